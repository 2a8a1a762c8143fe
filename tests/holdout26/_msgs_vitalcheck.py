"""holdout26: VitalCheck Wellness (biometric screening, health coaching), 15 PHI + 15 not."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import HF, VC, Att, Spec

COACH = f"VitalCheck Coaching <coaching@{VC}>"
SIG_MP = (
    "\n\nMaya Patel, RD, CDCES\nHealth Coach | VitalCheck Wellness\n(916) 555-0142\n"
    "vitalcheckwellness.com\n"
)
SIG_OPS = "\n\nBrandon Tills\nEvent Operations | VitalCheck Wellness\n"

_OBS = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [{"system": "urn:pacificcrest:member", "value": "PCB447180263"}],
                    "name": [{"family": "Melnyk", "given": ["Oksana"]}],
                    "birthDate": "1972-10-04",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {
                        "coding": [
                            {
                                "system": "http://loinc.org",
                                "code": "4548-4",
                                "display": "Hemoglobin A1c",
                            }
                        ]
                    },
                    "valueQuantity": {"value": 6.1, "unit": "%"},
                    "effectiveDateTime": "2026-11-03",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {
                        "coding": [
                            {
                                "system": "http://loinc.org",
                                "code": "39156-5",
                                "display": "Body mass index",
                            }
                        ]
                    },
                    "valueQuantity": {"value": 31.4, "unit": "kg/m2"},
                    "effectiveDateTime": "2026-11-03",
                }
            },
        ],
    },
    indent=1,
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="individual screening results letter (PDF) to participant's gmail",
        notes="Participant's name, gmail and biometric values (BP, glucose, cholesterol) in "
        "the PDF and body.",
        frm=f"VitalCheck Results <results@{VC}>",
        to="Tuan Nguyen <tuan.nguyen.79@gmail.com>",
        subject="Your VitalCheck screening results",
        body="Hi Tuan,\n\nThanks for attending the Harbor Foods screening on November 3. Your "
        "results are attached. Two values were outside the healthy range (LDL cholesterol and "
        "fasting glucose), so we recommend sharing them with your doctor.\n\nVitalCheck "
        "Results Team",
        atts=(
            Att(
                "VitalCheck_Results_Nguyen_Tuan.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALCHECK WELLNESS - BIOMETRIC SCREENING RESULTS",
                        "Participant: Tuan Nguyen   DOB: 08/02/1979   ID: VC-118077",
                        "Screening date: 11/03/2026   Employer: Harbor Foods Inc.",
                        "Blood pressure 134/86   BMI 27.9   Waist 38 in",
                        "Total cholesterol 241   LDL 168 (HIGH)   HDL 38   TG 205",
                        "Fasting glucose 112 (HIGH - prediabetes range)",
                        "Tobacco: non-user (cotinine negative)",
                    ],
                    "Screening results",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coaching hand-off with first name, employer and A1c",
        notes="Hard positive: first name plus employer site and worsening A1c and metformin "
        "adherence.",
        frm=f"Maya Patel <mpatel@{VC}>",
        to=f"Jorge Villanueva <jvillanueva@{VC}>",
        subject="covering my Thursday calls",
        body="Jorge, thanks for covering. Only tricky one is Curtis (Harbor Foods, Stockton DC, "
        "Thursday 7:30am before his shift). His A1c went from 6.9 to 7.4, he admits he "
        "skips the evening metformin when he works doubles. Please go over pill-box "
        "strategies and the refill sync program, don't push the step goal this week.\n\nMaya",
    ),
    Spec(
        phi=True,
        category="incentive file to health plan (XLSX, two sheets)",
        notes="Member ids, names and screening outcomes (BP, BMI, tobacco) per member for the "
        "premium incentive.",
        frm=f"Data Services <dataservices@{VC}>",
        to="Eligibility <wellness-data@pacificcrestbenefits.com>",
        subject="Harbor Foods incentive file - November",
        body="November incentive file attached (Completed + Outcomes tabs). 3 members are "
        "pending physician alternative forms.\n\nVitalCheck Data Services",
        atts=(
            Att(
                "HFI_incentive_2026-11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Completed": [
                            ["Member ID", "Last", "First", "DOB", "Screened", "Incentive"],
                            ["PCB447180263", "Melnyk", "Oksana", "1972-10-04", "2026-11-03", "Y"],
                            [
                                "PCB447183310",
                                "Robinson",
                                "Shanice",
                                "1986-02-11",
                                "2026-11-03",
                                "Y",
                            ],
                            [
                                "PCB447190544",
                                "Okafor",
                                "Jamal",
                                "1993-07-29",
                                "2026-11-04",
                                "N - pending RAS",
                            ],
                        ],
                        "Outcomes": [
                            ["Member ID", "BP", "BMI", "Tobacco", "Outcome met"],
                            ["PCB447180263", "128/82", 31.4, "N", "BP only"],
                            ["PCB447183310", "118/76", 24.2, "N", "All"],
                            ["PCB447190544", "146/94", 29.0, "Y", "None"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="critical value alert from screening event",
        notes="Hard positive: participant id, phone and a hypertensive crisis reading with ER "
        "referral; no name.",
        frm=f"Carmen Duarte <cduarte@{VC}>",
        to=f"Clinical Escalations <escalations@{VC}>",
        subject="CRITICAL - onsite event Harbor DC 11/4",
        body="Participant VC-118204 had BP 192/118 and 188/116 on recheck at 10:42, mild "
        "headache, no chest pain. Advised ER, she declined, agreed to urgent care today. "
        "Follow-up call needed tomorrow at 209-555-0119.\n\nCarmen Duarte, RN\nScreening "
        "Lead",
    ),
    Spec(
        phi=True,
        category="screening appointment confirmation to participant's yahoo",
        notes="Hard positive: name, personal mailbox and a scheduled biometric blood draw; no "
        "result or condition.",
        frm=f"VitalCheck Scheduling <schedule@{VC}>",
        to="Gloria Washington <gwashington58@yahoo.com>",
        subject="Confirmed: biometric screening Wed 11/18 7:15 AM",
        body="Hi Gloria,\n\nYou're confirmed for your VitalCheck biometric screening (finger-"
        "stick lipid panel, glucose, blood pressure, BMI) on Wednesday, November 18 at 7:15 "
        "AM, Harbor Foods DC training room.\n\nPlease fast 9-12 hours (water and black coffee "
        "are OK) and take your usual medications.\n\nConfirmation #VCS-55120",
    ),
    Spec(
        phi=True,
        category="HL7 ORU lipid panel to health plan",
        notes="HL7 v2 lipid results with participant name, DOB and member id.",
        frm=f"VitalCheck Interfaces <hl7@{VC}>",
        to="Inbound <hl7-inbound@pacificcrestbenefits.com>",
        subject="ORU batch 2026-11-05",
        body="Batch attached (1 message). Ack to hl7@vitalcheckwellness.com.",
        atts=(
            Att(
                "VC_ORU_20261105.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|VITALCHECK|VC|PCB|PACIFICCREST|202611051830||ORU^R01|VC556021|P|2.5.1\r"
                "PID|1||PCB447183310^^^PCB^MB||ROBINSON^SHANICE||19860211|F\r"
                "OBR|1||VC556021|LIPID^Lipid panel|||20261103\r"
                "OBX|1|NM|2093-3^Cholesterol total||198|mg/dL|<200|N|||F\r"
                "OBX|2|NM|13457-7^LDL calc||121|mg/dL|<100|H|||F\r"
                "OBX|3|NM|2085-9^HDL||52|mg/dL|>40|N|||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diabetes prevention cohort roster (CSV) to coach",
        notes="Hard positive: a list segmented by condition (prediabetes) with names and work "
        "emails; no lab values.",
        frm=f"Program Team <programs@{VC}>",
        to=f"Maya Patel <mpatel@{VC}>",
        subject="your new DPP cohort (starts 12/1)",
        body="Maya, here's your January-start Diabetes Prevention Program cohort from the "
        "Harbor Foods screenings (everyone qualified by A1c 5.7-6.4 or fasting glucose "
        "100-125). Welcome calls by 11/25 please.",
        atts=(
            Att(
                "DPP_cohort_HFI_Dec2026.csv",
                "text/csv",
                "first,last,work_email,site,preferred_lang\n"
                "Tuan,Nguyen,tnguyen@harborfoods.com,Plant 3,vi\n"
                "Gregory,Pelletier,gpelletier@harborfoods.com,Plant 3,en\n"
                "Leticia,Montoya,lmontoya@harborfoods.com,DC,es\n"
                "Deepak,Varma,dvarma@harborfoods.com,DC,en\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML table with initials, DOB and A1c",
        notes="Hard positive: only initials and full dates of birth with A1c values and "
        "follow-up status.",
        frm=f"Maya Patel <mpatel@{VC}>",
        to=f"Dr. Samuel Adeyemi <sadeyemi@{VC}>",
        subject="A1c follow-ups for your sign-off",
        body="",
        html="<html><body><p>Dr. Adeyemi, these need your sign-off before I send the "
        "see-your-doctor letters:</p><table border='1'><tr><th>Initials</th><th>DOB</th>"
        "<th>A1c</th><th>Note</th></tr><tr><td>G.P.</td><td>01/30/1958</td><td>8.2</td><td>"
        "on glipizide, no PCP</td></tr><tr><td>F.A.</td><td>09/12/1990</td><td>6.6</td><td>"
        "new, not on meds</td></tr><tr><td>H.V.</td><td>04/04/1969</td><td>9.1</td><td>"
        "insulin, missed 2 coaching calls</td></tr></table><p>Maya</p></body></html>",
    ),
    Spec(
        phi=True,
        category="reply to participant's husband about misdirected results",
        notes="Hard positive: spouse's icloud, participant's first name, home street address "
        "and high cholesterol.",
        frm=f"Member Services <support@{VC}>",
        to="Raj Raghunathan <raj.r@icloud.com>",
        subject="Re: Priya's results letter",
        body="Hi Raj,\n\nYou're right, Priya's results letter went to the old address (418 "
        "Birchwood Ct). We've updated her address and re-mailed it today. As Priya asked us "
        "to tell you: her cholesterol was flagged high (LDL 172), and the letter explains "
        "next steps with her doctor.\n\nSorry for the trouble,\nDana, Member Services\n\n"
        "> We moved in June, please don't send her medical stuff to Birchwood. - Raj",
    ),
    Spec(
        phi=True,
        category="nested forwarded complaint about result accuracy",
        notes="Hard positive: the outer mail is a one-liner; the nested forwarded mails "
        "contain the participant's name, glucose value and fingerstick dispute.",
        frm=f"Carmen Duarte <cduarte@{VC}>",
        to=f"Quality <quality@{VC}>",
        subject="Fwd: Fwd: wrong glucose?",
        body="For the QA log. I think we need to check that meter's control logs.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm=f"Member Services <support@{VC}>",
            to=f"Carmen Duarte <cduarte@{VC}>",
            subject="Fwd: wrong glucose?",
            body="Carmen, can you look at this one? Station 3 on 11/4.",
            forward=Spec(
                phi=True,
                category="inner",
                notes="inner",
                frm="Fatima Al-Sayed <fatima.alsayed@outlook.com>",
                to=f"support@{VC}",
                subject="wrong glucose?",
                body="Hello, my screening said glucose 248 but my doctor tested me two days "
                "later and it was 96. I am not diabetic. Can you please correct it before it "
                "goes to my insurance? Fatima Al-Sayed, Harbor Foods DC",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coaching summary DOCX for participant's physician",
        notes="DOCX: participant name, DOB, weight loss, BP and medication discussed.",
        frm=f"Maya Patel <mpatel@{VC}>",
        to="Front Office <records@sanjoaquinfamilymed.com>",
        subject="Coaching summary for Dr. Reyes - at patient request",
        body="Hello, at the participant's request (signed authorization on file), attached is "
        "her 12-week coaching summary for Dr. Reyes." + SIG_MP,
        atts=(
            Att(
                "coaching_summary_Washington_G.docx",
                DOCX,
                docx(
                    [
                        "VitalCheck Wellness - 12-week Coaching Summary",
                        "Participant: Gloria Washington   DOB: 05/09/1958",
                        "Weight: 212 lb -> 199 lb; BP 148/92 -> 136/84",
                        "Reports taking losartan 50 mg daily; home BP log reviewed.",
                        "Goals: sodium < 2,300 mg, walk 30 min 5x/week.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in subject: pregnancy exemption",
        notes="Hard positive: the subject names the participant and her pregnancy; the body "
        "is a one-word approval.",
        frm=f"Dr. Samuel Adeyemi <sadeyemi@{VC}>",
        to=f"Data Services <dataservices@{VC}>",
        subject="Tatiana Volkova - pregnant, exempt from BMI outcome",
        body="Approved per our call. Mark outcome met.\n\nSA",
    ),
    Spec(
        phi=True,
        category="screenshot named in file name (cotinine result)",
        notes="Hard positive: PHI sits only in the PNG file name (name, positive cotinine "
        "test); body is neutral.",
        frm=f"Carmen Duarte <cduarte@{VC}>",
        to=f"Data Services <dataservices@{VC}>",
        subject="screenshot you asked for",
        body="here you go",
        atts=(
            Att(
                "JOkafor_cotinine_POSITIVE_2026-11-04.png",
                "image/png",
                png(8, 5, (240, 240, 240)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reasonable alternative standard physician form",
        notes="Participant's name, employer, BMI and knee osteoarthritis on a physician form "
        "sent to a clinic.",
        frm=f"VitalCheck Member Services <support@{VC}>",
        to="Dr. Luis Reyes <lreyes@sanjoaquinfamilymed.com>",
        subject="Reasonable alternative standard form",
        body="Dr. Reyes,\n\nYour patient Hector Villalobos (DOB 04/04/1969, Harbor Foods) "
        "requested a reasonable alternative to the BMI outcome because of bilateral knee "
        "osteoarthritis. His screening BMI was 34.8. Please complete the RAS form we faxed "
        "today and return it to (916) 555-0170 by 12/15.\n\nVitalCheck Member Services",
    ),
    Spec(
        phi=True,
        category="FHIR observation bundle to health plan",
        notes="FHIR Bundle: member id, name, DOB with A1c and BMI observations.",
        frm=f"VitalCheck Interfaces <hl7@{VC}>",
        to="API Intake <fhir-intake@pacificcrestbenefits.com>",
        subject="FHIR push failed - manual resend",
        body="The API push for this bundle timed out twice; sending it by secure mail per the "
        "runbook.",
        atts=(Att("bundle_PCB447180263.json", "application/fhir+json", _OBS),),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="aggregate screening report (PDF) to employer",
        notes="Hard negative: population percentages for the employer (elevated BP, "
        "prediabetes, tobacco); no individual, small cells suppressed.",
        frm=f"Account Management <accounts@{VC}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="Harbor Foods 2026 screening - aggregate report",
        body="Hi Lisa,\n\nYour aggregate report is attached: 412 of 1,240 employees screened "
        "(33%). Results groups under 20 people are suppressed, per our agreement, so you "
        "won't see individual or small-group data.\n\nBest,\nTyler Brandt\nAccount Manager",
        atts=(
            Att(
                "HarborFoods_Aggregate_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALCHECK WELLNESS - AGGREGATE SCREENING REPORT",
                        "Harbor Foods Inc. | Events 11/2 - 11/6/2026 | n = 412",
                        "Elevated blood pressure (>=130/80): 38%",
                        "Prediabetes range glucose/A1c: 24%   Diabetes range: 9%",
                        "BMI >= 30: 41%   Tobacco users: 17%",
                        "Groups with n < 20 suppressed.",
                    ],
                    "Aggregate report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="screening event logistics",
        notes="Event staffing and supplies; no participant.",
        frm=f"Brandon Tills <btills@{VC}>",
        to=f"Helen Okoro <hokoro@{HF}>",
        subject="Setup for 11/18 DC screening",
        body="Hi Helen,\n\nFor the 11/18 event at the DC we'll bring 4 screeners and 2 "
        "registration staff, arriving 6:15. We need: 6 tables, 12 chairs, 3 outlets, a "
        "private corner for BP rechecks and a sink nearby. 96 people are signed up in 15-"
        "minute waves." + SIG_OPS,
    ),
    Spec(
        phi=False,
        category="job posting health coach",
        notes="Hard negative: posting for a coach with diabetes/hypertension coaching duties; "
        "no participant.",
        frm=f"Recruiting <jobs@{VC}>",
        to="Listings <listings@eatrightcareers.org>",
        subject="Job posting: Registered Dietitian Health Coach (remote, CA)",
        body="VitalCheck Wellness is hiring a Registered Dietitian Health Coach.\n\n"
        "Coach adults with prediabetes, type 2 diabetes, hypertension and obesity by phone "
        "and video; lead CDC-recognized Diabetes Prevention Program cohorts; review "
        "biometric screening results and escalate critical values to our medical director.\n"
        "Requires RD/RDN, CDCES preferred. $68k-$82k.",
    ),
    Spec(
        phi=False,
        category="supply invoice with SSN-shaped PO and lot numbers",
        notes="Hard negative: test-strip and cassette order with SSN-shaped PO and lot numbers.",
        frm=f"Purchasing <purchasing@{VC}>",
        to="Orders <orders@pointcare-diagnostics.com>",
        subject="PO 538-21-7746 confirmation",
        body="Please confirm PO 538-21-7746:\n\n- 40 bx Cholestech LDX lipid+glu cassettes "
        "(lot 2611-0473, exp 06/2027)\n- 20 bx A1cNow+ kits\n- 10 cs lancets 21G\n- 4 "
        "control kits level 1/2\n\nShip to VitalCheck Wellness, 1800 J St, Sacramento CA "
        "95811. Net 45.\n\nRoxanne Pike, Purchasing",
    ),
    Spec(
        phi=False,
        category="device recall notice to screening staff",
        notes="Hard negative: lancet recall lot numbers and instructions; no participant.",
        frm=f"Quality <quality@{VC}>",
        to=f"Screening Staff <screeners@{VC}>",
        subject="URGENT: lancet recall lot 26L0918",
        body="The manufacturer has recalled SafeTouch 21G lancets, lot 26L0918 (possible "
        "sterility breach). Pull and quarantine every box from that lot today; bag them and "
        "label 'RECALL - DO NOT USE'. Other lots are fine. No participant notification is "
        "needed: the recall notice says the lot had not shipped to screening vendors before "
        "10/30, and our boxes arrived 11/6.",
    ),
    Spec(
        phi=False,
        category="wellness challenge newsletter (HTML only)",
        notes="Step challenge newsletter; no individual health data.",
        frm=f"VitalCheck Wellness <hello@{VC}>",
        to=f"Harbor Foods Employees <all-employees@{HF}>",
        subject="Winter Step Challenge starts Dec 1",
        body="",
        html="<html><body><h1>Winter Step Challenge</h1><p>Teams of 5, six weeks, prizes for "
        "every team that averages 7,000 steps a day.</p><p>Sign up in the VitalCheck app by "
        "Nov 27.</p><p style='font-size:10px'>Unsubscribe</p></body></html>",
    ),
    Spec(
        phi=False,
        category="synthetic test file for SFTP integration",
        notes="Hard negative: clearly labelled synthetic participants for an integration "
        "test, fictional values.",
        frm=f"Data Services <dataservices@{VC}>",
        to="EDI Team <edi@pacificcrestbenefits.com>",
        subject="TEST FILE for new incentive layout (synthetic data)",
        body="Attached is a test file in the v3 layout. All records are SYNTHETIC (names "
        "start with TEST, member ids start with ZZ). Please validate and send the error "
        "report; production starts December.",
        atts=(
            Att(
                "TEST_incentive_v3_SYNTHETIC.csv",
                "text/csv",
                "member_id,last,first,dob,screened,bp,bmi,a1c,outcome_met\n"
                "ZZ0000001,TESTONE,SYNTHETIC,1900-01-01,2026-01-01,120/80,25.0,5.4,Y\n"
                "ZZ0000002,TESTTWO,SYNTHETIC,1900-01-01,2026-01-01,150/95,33.0,7.9,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified benchmark workbook",
        notes="Hard negative: de-identified aggregate benchmark values by age band and "
        "industry; no individuals.",
        frm=f"Analytics <analytics@{VC}>",
        to=f"Tyler Brandt <tbrandt@{VC}>",
        subject="2026 benchmarks for the QBR deck",
        body="Benchmarks attached (industry and age-band tabs), all de-identified and "
        "aggregated across 38 clients.",
        atts=(
            Att(
                "VC_benchmarks_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By industry": [
                            ["Industry", "n", "% elevated BP", "% BMI>=30", "% tobacco"],
                            ["Food manufacturing", 6120, 36.2, 39.8, 16.1],
                            ["Healthcare", 9880, 28.4, 33.0, 7.2],
                            ["Public sector", 7305, 31.9, 36.7, 9.8],
                        ],
                        "By age band": [
                            ["Age band", "n", "% prediabetes"],
                            ["18-29", 4110, 11.5],
                            ["30-44", 9920, 19.8],
                            ["45-64", 8870, 31.2],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff schedule for phlebotomists",
        notes="Hard negative: workforce schedule with staff names and certifications (CPT-1 "
        "phlebotomy); no participant.",
        frm=f"Brandon Tills <btills@{VC}>",
        to=f"Screening Staff <screeners@{VC}>",
        subject="Next week's event staffing",
        body="Mon 11/16 Harbor Plant 3: Carmen Duarte RN (lead), Keisha Moore CPT-1, Ahmad "
        "Rahimi CPT-1\nWed 11/18 Harbor DC: Carmen Duarte RN, Keisha Moore CPT-1, Lin Zhao "
        "MA\nFri 11/20 County of Yolo: Paul Brennan RN, Ahmad Rahimi CPT-1\n\nKeisha, your "
        "CPT-1 renewal is due 12/31, upload it to the portal please." + SIG_OPS,
    ),
    Spec(
        phi=False,
        category="statement of work for next year's program",
        notes="Commercial SOW for an employer client; no individual.",
        frm=f"Tyler Brandt <tbrandt@{VC}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="2027 SOW draft",
        body="Lisa,\n\nDraft 2027 SOW attached: 4 onsite events, DPP for up to 60 "
        "participants, coaching for 150, results letters mailed within 10 days. Aggregate "
        "reporting only, minimum cell size 20.\n\nTyler",
        atts=(
            Att(
                "SOW_HarborFoods_2027_draft.docx",
                DOCX,
                docx(
                    [
                        "Statement of Work - Harbor Foods Inc. and VitalCheck Wellness",
                        "Term: January 1 - December 31, 2027",
                        "Services: biometric screening (4 events), health coaching, DPP.",
                        "Fees: $62 per screening; $18 PEPM coaching; DPP $450 per completer.",
                        "Reporting: aggregate only; employer receives no individual data.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT: SFTP key rotation",
        notes="IT change notice to a partner; no data.",
        frm=f"IT Operations <itops@{VC}>",
        to="EDI Team <edi@pacificcrestbenefits.com>",
        subject="SFTP key rotation 11/21",
        body="We rotate our SFTP client key on 11/21 at 06:00 PT. New ed25519 fingerprint: "
        "SHA256:q7Vd2Lx0pR9mT4wYc1sZ8kJhN3bE6fGaU5oXiQ2vK0c. Please add it to "
        "sftp.pacificcrestbenefits.com before then; the old key stops working 11/28.",
    ),
    Spec(
        phi=False,
        category="marketing email to HR leaders",
        notes="B2B marketing with outcome claims, no condition segmentation of individuals.",
        frm=f"VitalCheck Wellness <marketing@{VC}>",
        to="Priya Chandrasekar <pchandrasekar@delmarpackaging.com>",
        subject="Cut diabetes costs without collecting health data",
        body="Hi Priya,\n\nEmployers using VitalCheck screenings plus coaching saw a 0.6-point "
        "average drop in A1c among coaching participants and 11% lower pharmacy trend (2025 "
        "book of business). You never see individual results - we report aggregates only.\n\n"
        "Want a 20-minute demo? Reply and pick a time.\n\nVitalCheck Wellness",
    ),
    Spec(
        phi=False,
        category="medical director bio with NPI for client proposal",
        notes="Hard negative: a clinician's name, specialty (endocrinology), NPI and DEA "
        "number in a proposal.",
        frm=f"Tyler Brandt <tbrandt@{VC}>",
        to="RFP Desk <rfp@countyofyolo-benefits.org>",
        subject="RFP 2026-118 clarifications: clinical oversight",
        body="Clinical oversight is provided by our Medical Director:\n\nSamuel Adeyemi, MD, "
        "board certified in internal medicine and endocrinology, diabetes and metabolism. "
        "NPI 1669820114. DEA MA5965871 (used only for the standing orders for screening "
        "supplies; we do not prescribe). CA license A 144071.\n\nHe reviews every critical "
        "value within 24 hours and signs our screening protocols annually.",
    ),
    Spec(
        phi=False,
        category="HR notice: W-2 and SSN verification for staff",
        notes="Hard negative: payroll notice about SSN verification and W-2s; no health "
        "information.",
        frm=f"Payroll <payroll@{VC}>",
        to=f"All Staff <staff@{VC}>",
        subject="Check your SSN and address for W-2s by 12/4",
        body="Payroll reminder: log in to the HR portal and confirm your legal name, mailing "
        "address and the last 4 of your SSN by Dec 4 so your 2026 W-2 is correct. Staff who "
        "used the dependent care FSA: the W-2 box 10 amount comes from the FSA vendor.",
    ),
    Spec(
        phi=False,
        category="conference agenda workplace health",
        notes="Hard negative: agenda on obesity medications, prediabetes and blood pressure "
        "programs; speakers only.",
        frm=f"Dr. Samuel Adeyemi <sadeyemi@{VC}>",
        to=f"Coaches <coaches@{VC}>",
        subject="HERO Forum sessions worth watching",
        body="If you have CE hours left, these recorded sessions are worth it:\n\n"
        "- GLP-1s and workplace wellness: who pays, who benefits (Dr. Keiko Tanaka)\n"
        "- Prediabetes is not a diagnosis of failure (Dr. Rafael Nunez)\n"
        "- Self-measured BP programs that actually work (Angela Obi, PharmD)\n\nSA",
    ),
]
