"""Veridian Health Assessments (in-home health risk assessment vendor) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SCH, VHA, Att, Spec

_SCHED_ORIG = Spec(
    phi=True,
    category="member reschedule request (forwarded original)",
    notes="Member's own email asking to move her in-home assessment, mentioning her oxygen.",
    frm="Clara Whitfield <clarawhit1946@aol.com>",
    to=f"scheduling@{VHA}",
    subject="need to change my appointment",
    body="Hello, I have the nurse coming Tuesday for the health check but I have my lung doctor that day. I am on oxygen so mornings are hard. Can we do Thursday afternoon? Clara Whitfield 555-0158",
)

MESSAGES = [
    Spec(
        phi=True,
        category="in-home assessment confirmation to member",
        notes="Confirmation to member's aol mailbox naming her, her address and the rescheduled in-home assessment.",
        frm=f"Veridian Scheduling <scheduling@{VHA}>",
        to="clarawhit1946@aol.com",
        subject="RE: need to change my appointment",
        body="Dear Mrs. Whitfield,\n\nNo problem - your in-home health assessment is now Thursday 3/19 at 2:00 pm at 88 Pinecrest Drive. Nurse practitioner Dana Rowe will bring a portable pulse oximeter, so please have your oxygen on as usual.\n\nVeridian Scheduling\n555-0110",
        forward=_SCHED_ORIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Veridian//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:vha-0319-cw@veridianhra.com\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260319T190000Z\r\nDTEND:20260319T200000Z\r\nSUMMARY:In-home health assessment - Veridian\r\nLOCATION:88 Pinecrest Drive\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="clinician field schedule template",
        notes="Hard negative: blank weekly route template for field NPs with placeholder columns.",
        frm=f"Field Operations <fieldops@{VHA}>",
        to="np-contractors@veridianhra.com",
        subject="New route sheet template",
        body="Starting 3/23 please use the attached route template. Columns for member initials and visit ID only - never full names on paper in the car.",
        atts=(
            Att(
                "route_template_v2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Monday": [["Visit ID", "Initials", "Time", "Mileage"], ["", "", "", ""]],
                        "Tuesday": [["Visit ID", "Initials", "Time", "Mileage"], ["", "", "", ""]],
                        "Mileage rates": [["Year", "Rate"], ["2026", "$0.70"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HRA results file to health plan",
        notes="Hard positive: weekly HRA results workbook with member IDs and new suspected diagnoses, no column headers on the detail tab.",
        frm=f"Veridian Data Delivery <delivery@{VHA}>",
        to=f"starsdata@{SCH}",
        subject="Weekly delivery 2026-W11",
        body="Weekly delivery attached. 3 completed assessments, 1 high-risk escalation (tab 2).",
        atts=(
            Att(
                "SCH_2026W11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Completed": [
                            ["SCM41002247", "Lam", "T", "2026-03-09", "E11.9", "I10"],
                            ["SCM40612277", "Barlowe", "E", "2026-03-10", "I50.32", "N18.31"],
                            ["SCM40550198", "Greer", "O", "2026-03-11", "F32.1", "E78.5"],
                        ],
                        "Escalations": [
                            ["SCM40550198", "PHQ-9 17", "warm transfer to BH 3/11 15:40"]
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HRA volume dashboard to client",
        notes="Hard negative: aggregate completion and diagnosis-capture rates across all members.",
        frm=f"Client Success <clientsuccess@{VHA}>",
        to=f"cm@{SCH}",
        subject="February program dashboard",
        body="February: 1,412 HRAs completed (68% of target), 9.1% high-risk escalations, top new suspects: CKD stage 3 (212), major depression (141), morbid obesity (97). Member detail stays in the SFTP delivery.",
        atts=(
            Att(
                "Feb_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Value"],
                            ["Completed", "1412"],
                            ["High-risk", "9.1%"],
                        ],
                        "Suspects": [
                            ["Condition", "Count"],
                            ["CKD 3", "212"],
                            ["MDD", "141"],
                            ["Morbid obesity", "97"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT-style visit feed to client",
        notes="Hard positive: HL7 v2 file with patient name, DOB and in-home visit; body says only 'resend'.",
        frm=f"Integration <integration@{VHA}>",
        to="hl7-intake@clinicbridgeehr.com",
        subject="resend - msg 00418",
        body="resend as requested",
        atts=(
            Att(
                "vha_00418.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|VERIDIAN|VHA|CLINICBRIDGE|CB|202603161022||ORU^R01|00418|P|2.5.1\rPID|1||SCM40883306^^^SCH^MB||SANDOVAL^RAMON||19460703|M|||420 MILL ST^^DAYTON^OH^45402\rOBR|1||HRA00418|HRA^In-home health risk assessment\rOBX|1|NM|8480-6^Systolic BP||168|mm[Hg]|||H\rOBX|2|ST|DX^Suspected||I69.351 Hemiplegia following cerebral infarction\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec to EHR vendor",
        notes="Hard negative: interface spec with a test message for a declared fake patient TEST^PATIENT.",
        frm=f"Integration <integration@{VHA}>",
        to="interfaces@clinicbridgeehr.com",
        subject="ORU interface spec v1.3",
        body="Spec attached. The sample uses our standing test patient TEST^PATIENT (MRN 0000001, not a real person) - please use it in your UAT.",
        atts=(
            Att(
                "ORU_spec_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|VERIDIAN|VHA|CLINICBRIDGE|CB|202603010000||ORU^R01|TEST01|T|2.5.1\rPID|1||0000001^^^VHA^MR||TEST^PATIENT||19000101|U\rOBX|1|NM|8480-6^Systolic BP||120|mm[Hg]\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA assessment summary to PCP",
        notes="C-CDA document with patient name and HRA findings sent to primary care.",
        frm=f"Veridian Clinical Records <records@{VHA}>",
        to="inbox@brightwaterfamilymed.com",
        subject="In-home assessment summary for your patient",
        body="Attached is the summary of our in-home assessment for your patient. Please review the suspected conditions.",
        atts=(
            Att(
                "summary_ccda.xml",
                "application/xml",
                '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>In-Home Health Assessment Summary</title><recordTarget><patientRole><id extension="SCM41002247"/><patient><name><given>Theresa</given><family>Lam</family></name><birthTime value="19510902"/></patient></patientRole></recordTarget><component><section><title>Findings</title><text>BMI 41.2; monofilament absent both feet; suspected diabetic polyneuropathy E11.42.</text></section></component></ClinicalDocument>',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinical documentation standards memo",
        notes="Hard negative: MEAT documentation guidance with ICD-10 examples, no patient.",
        frm=f"Clinical Quality <clinicalquality@{VHA}>",
        to="np-contractors@veridianhra.com",
        subject="Documentation tip: MEAT for CKD and depression",
        body="Reminder: every diagnosis you capture needs Monitor/Evaluate/Assess/Treat support. Example: 'CKD 3a (N18.31), eGFR 52 on 1/2026 labs, counselled on NSAID avoidance.' Do not code depression from PHQ-2 alone - complete the PHQ-9.",
        atts=(
            Att(
                "MEAT_tipsheet.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERIDIAN HEALTH ASSESSMENTS - MEAT tip sheet",
                        "Monitor: signs, symptoms, progression",
                        "Evaluate: test results, response to treatment",
                        "Assess: ordering tests, discussion",
                        "Treat: meds, referrals",
                    ],
                    "MEAT tip sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="urgent finding escalation to PCP",
        notes="Escalation naming a patient with critically high blood pressure found at home.",
        frm=f"Dana Rowe NP <drowe@{VHA}>",
        to="nurse@westfieldcardiology.com",
        subject="URGENT - BP 212/118 at home visit",
        body="Calling and emailing: Luis Pardo (DOB 5/14/1952) had BP 212/118 repeated x2 at my visit today, headache, no chest pain. Advised ED; he declined. He says he stopped his amlodipine two weeks ago. Please call him today at 555-0134.\n\nDana Rowe, FNP-C\nVeridian Health Assessments",
    ),
    Spec(
        phi=False,
        category="NP credentialing packet request",
        notes="Credentialing request with NP names, NPIs and DEA numbers; provider identifiers only.",
        frm=f"Credentialing <credentialing@{VHA}>",
        to="credentialing@summitcresthealth.com",
        subject="Roster additions - April",
        body="Please add to our delegated roster effective 4/1:\n  Dana Rowe, FNP-C  NPI 1710224555  DEA MK7369831\n  Victor Almeida, AGNP  NPI 1434516310\nCVs and licences on the portal.",
    ),
    Spec(
        phi=True,
        category="HRA billing 837P to clearinghouse",
        notes="Hard positive: 837P claim file with member name, ID and diagnosis codes for an HRA visit.",
        frm=f"Billing <billing@{VHA}>",
        to="claims@clearpathclearinghouse.com",
        subject="Batch 0316 manual resubmission",
        body="Manual resubmission, one claim. Rejected 3/13 for NM109 length.",
        atts=(
            Att(
                "batch0316_837P.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*VERIDIAN       *ZZ*CLEARPATH      *260316*1410*^*00501*000000988*0*P*:~GS*HC*VERIDIAN*CLEARPATH*20260316*1410*988*X*005010X222A1~ST*837*0001*005010X222A1~NM1*85*2*VERIDIAN HEALTH ASSESSMENTS*****XX*1596203996~NM1*IL*1*GREER*OTIS****MI*40550198~DMG*D8*19391230*M~CLM*VHA0316A*250***12:B:1*Y*A*Y*Y~HI*ABK:F321*ABF:E785~SV1*HC:99345*250*UN*1***1~DTP*472*D8*20260311~SE*10*0001~GE*1*988~IEA*1*000000988~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="835 remittance reconciliation summary",
        notes="Hard negative: remittance reconciliation totals with check numbers, no patients.",
        frm=f"Billing <billing@{VHA}>",
        to="ar@veridianhra-accounting.com",
        subject="835 recon week 11",
        body="Week 11 835s: 3 payers, 412 claim lines, paid $96,208.40, denied 11 lines (CARC 16 x8, CARC 97 x3). EFT trace 4418820017 matches. No open variances.",
    ),
    Spec(
        phi=True,
        category="assessment report to member",
        notes="HTML-only assessment summary to member's personal mailbox naming her conditions.",
        frm=f"Veridian Member Care <care@{VHA}>",
        to="theresalam51@gmail.com",
        subject="Your health assessment summary",
        body="",
        html="<html><body><p>Hi Theresa,</p><p>Thank you for letting us visit on March 9. Here is what we found:</p><ul><li>Blood pressure 138/84</li><li>Reduced feeling in both feet - please show this to Dr. Osei</li><li>Your A1c from February was 6.6%</li></ul><p>Veridian Member Care</p></body></html>",
    ),
    Spec(
        phi=False,
        category="marketing-compliant member mailer proof",
        notes="Hard negative: HTML proof of a general mailer offering free home visits; no condition or person implied.",
        frm=f"Veridian Communications <comms@{VHA}>",
        to=f"marketing@{SCH}",
        subject="Proof: 'A nurse visit at home' mailer",
        body="",
        html="<html><body><h1>A free wellness visit, at home</h1><p>As a Summit Crest member you can have a licensed clinician visit your home for about an hour to review your medicines and answer questions. No cost to you.</p><p>[MERGE: FIRST_NAME] placeholder stays blank in proof.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="abbreviated NP handoff note",
        notes="Hard positive: terse handoff with initials, street and abbreviations (DM2, SI screen) that identifies a member.",
        frm=f"Victor Almeida NP <valmeida@{VHA}>",
        to=f"drowe@{VHA}",
        cc="referrals@hearthsidehousecalls.org",
        subject="handoff 1120 Orchard Ave",
        body="Dana - took over Mr. F at 1120 Orchard Ave today. DM2 uncontrolled, BS 312 on meter, SI screen neg, lives alone, dtr in Akron. Needs endo f/u. Hearthside cc'd for ongoing visits.\nV",
    ),
    Spec(
        phi=False,
        category="mileage reimbursement for NP",
        notes="Contractor mileage claim listing towns and miles only.",
        frm=f"Victor Almeida NP <valmeida@{VHA}>",
        to=f"ap@{VHA}",
        subject="Mileage week 11",
        body="312 miles this week (Dayton, Kettering, Xenia). Receipts for parking attached.",
        atts=(Att("parking_receipts.png", "image/png", png(5, 5, (230, 230, 230))),),
    ),
    Spec(
        phi=True,
        category="suspected elder neglect report to APS",
        notes="Adult protective services report naming a member, address and conditions observed.",
        frm=f"Veridian Clinical Quality <clinicalquality@{VHA}>",
        to="intake@montgomerycountyaps.gov",
        subject="APS referral - follow-up to phone report",
        body="Following our call: Eunice Barlowe, 88, 14 Arbor Lane Unit 2. At our assessment 3/10 she had a stage 2 sacral pressure injury, no food in the home and missed doses of furosemide. Caregiver not present.\n\nJan Meyers, RN, Clinical Quality Manager",
    ),
    Spec(
        phi=False,
        category="mandated reporter training notice",
        notes="Hard negative: training notice describing neglect signs with no individual.",
        frm=f"Veridian Clinical Quality <clinicalquality@{VHA}>",
        to="np-contractors@veridianhra.com",
        subject="Annual mandated reporter module due 3/31",
        body="Please complete the elder abuse & neglect module in the LMS. It covers pressure injuries, malnutrition, medication mismanagement and how to call APS. 45 minutes.",
    ),
    Spec(
        phi=True,
        category="PHQ-9 result in subject to BH partner",
        notes="Hard positive: diagnosis and score only in the subject, member ID in a txt attachment.",
        frm=f"Veridian Clinical Quality <clinicalquality@{VHA}>",
        to="intake@riversidebehavioral.org",
        subject="Warm transfer: PHQ-9 17, passive SI",
        body="Referral details in the attached note.",
        atts=(
            Att(
                "referral_note.txt",
                "text/plain",
                "Member ID SCM40550198, Otis Greer, 86. PHQ-9 17 with passive SI (item 9 = 1). No plan. Son Darnell at 555-0147 agrees to check daily. Please contact within 48h.",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BH partner referral workflow",
        notes="Hard negative: workflow text explaining referral fields with no member.",
        frm=f"Veridian Clinical Quality <clinicalquality@{VHA}>",
        to="intake@riversidebehavioral.org",
        subject="Referral workflow draft",
        body="Proposed workflow attached: our NP screens PHQ-9; scores >= 15 or any positive item 9 trigger a warm transfer. We'll send member ID, name, score, callback number through your secure fax, never email.",
        atts=(
            Att(
                "workflow.txt",
                "text/plain",
                "1. PHQ-9 >= 15 or item 9 positive\n2. NP calls Riverside line\n3. Secure fax with referral form\n4. Riverside confirms contact within 48h",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social needs referral to food bank",
        notes="Referral to community organisation linking a named member to diabetes and food insecurity.",
        frm=f"Veridian Community Links <communitylinks@{VHA}>",
        to="referrals@miamivalleyfoodbank.org",
        subject="Medically tailored meals referral",
        body="Referring Antonio Ferreira, 1120 Orchard Ave, Dayton, phone 555-0152, for medically tailored diabetic meals. Type 2 diabetes, A1c 9.8%, screened positive for food insecurity on 3/12.",
    ),
    Spec(
        phi=False,
        category="community partner thank-you",
        notes="Hard negative: thank-you citing program-wide counts of food referrals.",
        frm=f"Veridian Community Links <communitylinks@{VHA}>",
        to="director@miamivalleyfoodbank.org",
        subject="Thank you - Q1 partnership",
        body="Thank you! This quarter our clinicians referred 64 older adults to your meals program; 41% had diabetes. We'd love to co-present at the coalition in May.",
    ),
    Spec(
        phi=True,
        category="assessment PDF to member's son",
        notes="Hard positive: son's personal mailbox receives his father's HRA summary PDF named after the father.",
        frm=f"Veridian Member Care <care@{VHA}>",
        to="darnell.greer@gmail.com",
        subject="Documents you requested",
        body="Mr. Greer, as your father's HIPAA authorization is on file, attached is the summary you asked for.",
        atts=(
            Att(
                "Greer_Otis_assessment_2026-03-11.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERIDIAN HEALTH ASSESSMENTS - In-home assessment summary",
                        "Otis Greer  DOB 12/30/1939",
                        "Depression screen PHQ-9: 17 (moderately severe)",
                        "Hyperlipidemia on atorvastatin",
                        "Falls in past year: 2",
                    ],
                    "Assessment summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sample HRA form for client review",
        notes="Hard negative: blank HRA form PDF with field labels like Name, DOB, Diagnoses.",
        frm=f"Clinical Quality <clinicalquality@{VHA}>",
        to=f"quality@{SCH}",
        subject="2026 HRA form - for your approval",
        body="Blank 2026 form attached. New this year: social isolation (UCLA-3) and hearing questions.",
        atts=(
            Att(
                "HRA_form_2026_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERIDIAN HEALTH ASSESSMENTS - Health Risk Assessment 2026",
                        "Member name: ____________  DOB: __/__/____  Member ID: ________",
                        "Current diagnoses: ____________",
                        "Medications: ____________",
                        "PHQ-2 / PHQ-9, UCLA-3 loneliness scale, hearing screen",
                    ],
                    "HRA form 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="missed visit notice to plan with SSN",
        notes="Notice that a member was not home, including SSN the member volunteered on the phone.",
        frm=f"Veridian Scheduling <scheduling@{VHA}>",
        to=f"cm@{SCH}",
        subject="No-show + ID question",
        body="Wilma Brandt was not home for her 3/16 in-home assessment (third attempt). On the reminder call she gave SSN 412-73-5580 instead of her member ID - can you confirm it is her (she mentioned she is on dialysis MWF, which may explain missing us)?",
    ),
    Spec(
        phi=False,
        category="SSN-shaped order number to supplies vendor",
        notes="Hard negative: supply order with a ddd-dd-dddd shaped order number; no person.",
        frm=f"Field Operations <fieldops@{VHA}>",
        to="orders@medsupplyexpress.com",
        subject="Order 418-62-7731 backordered items",
        body="Order 418-62-7731: 40 pulse oximeters and 20 BP cuffs (adult large) show backordered. Can you substitute the Omron model? Ship to our Dayton office.",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher for field staff",
        notes="Hard negative: HIPAA training with example of what not to email; fictional names flagged.",
        frm=f"Privacy Office <privacy@{VHA}>",
        to="allstaff@veridianhra.com",
        subject="HIPAA refresher: texting and email",
        body="Quick refresher. WRONG: 'Mrs. Example (fictional) has COPD, see her Tuesday.' RIGHT: 'Visit V-1234 Tuesday.' Never text member names or diagnoses. Report misdirected mail to privacy@veridianhra.com within 24 hours.",
        atts=(
            Att(
                "HIPAA_refresher_2026.docx",
                DOCX,
                docx(
                    [
                        "HIPAA refresher 2026",
                        "Minimum necessary",
                        "Secure messaging only",
                        "Example (fictional): Mrs. Example has COPD -> use visit ID instead",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="misdirected mail incident report to client",
        notes="Breach notice to the plan identifying the affected member and what was disclosed.",
        frm=f"Privacy Office <privacy@{VHA}>",
        to="privacy@summitcresthealth.com",
        subject="Incident VHA-2026-007 notification",
        body="Per our BAA: on 3/12 an assessment summary for member Clara Whitfield (SCM40990321) listing COPD on home oxygen and her medication list was emailed to a wrong external address. Recipient confirmed deletion 3/13. Risk assessment attached.",
        atts=(
            Att(
                "VHA-2026-007_risk_assessment.docx",
                DOCX,
                docx(
                    [
                        "Incident VHA-2026-007",
                        "Member: Clara Whitfield, SCM40990321",
                        "Disclosed: diagnoses (COPD, home O2), medication list",
                        "Recipient attestation of deletion received 3/13/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="privacy incident trend report",
        notes="Quarterly count of privacy incidents by type; no individuals.",
        frm=f"Privacy Office <privacy@{VHA}>",
        to="compliance@summitcresthealth.com",
        subject="Q1 privacy metrics",
        body="Q1 to date: 3 misdirected emails, 1 lost paper route sheet, 0 reportable breaches. All staff completed phishing training.",
    ),
    Spec(
        phi=True,
        category="foot photo to podiatry",
        notes="Hard positive: wound photo file named with member name and condition sent to podiatrist.",
        frm=f"Dana Rowe NP <drowe@{VHA}>",
        to="frontdesk@daytonpodiatry.com",
        subject="photo for Monday consult",
        body="Photo from today's visit for your Monday consult - patient consented.",
        atts=(Att("Lam_Theresa_R_heel_ulcer_0316.png", "image/png", png(6, 6, (150, 90, 80))),),
    ),
    Spec(
        phi=False,
        category="equipment photo to repair vendor",
        notes="Photo of a broken BP cuff with asset tag; no patient.",
        frm=f"Field Operations <fieldops@{VHA}>",
        to="service@medsupplyexpress.com",
        subject="RMA request - cuff asset VH-0441",
        body="Bladder leaking on asset VH-0441, photo attached. Please send RMA label.",
        atts=(Att("VH-0441_cuff.png", "image/png", png(4, 4, (60, 60, 60))),),
    ),
    Spec(
        phi=True,
        category="medication reconciliation list to pharmacy",
        notes="Med list for a named patient sent to community pharmacy for blister packing.",
        frm=f"Victor Almeida NP <valmeida@{VHA}>",
        to="rx@cornerdrugdayton.com",
        subject="Blister pack request - Ferreira",
        body="Antonio Ferreira (DOB 2/19/1944) - please start blister packs:\n  metformin 1000 mg BID\n  glipizide 5 mg daily\n  lisinopril 20 mg daily\nHe had 3 bottles of glipizide at home; please reconcile.\nVictor Almeida, AGNP, NPI 1434516310",
    ),
    Spec(
        phi=False,
        category="drug shortage notice to contractors",
        notes="Hard negative: drug shortage notice naming medications; no patient.",
        frm=f"Clinical Quality <clinicalquality@{VHA}>",
        to="np-contractors@veridianhra.com",
        subject="FYI: glipizide 5 mg shortage",
        body="FDA lists glipizide 5 mg ER on shortage through May. When members report difficulty filling, suggest they ask the pharmacy about 2.5 mg x2 and let their PCP know.",
    ),
    Spec(
        phi=True,
        category="assessment zip to plan audit",
        notes="RADV-style audit package zipped with member chart notes.",
        frm=f"Veridian Data Delivery <delivery@{VHA}>",
        to="radv@summitcresthealth.com",
        subject="RADV sample - 2 charts",
        body="Two charts for the RADV sample attached.",
        atts=(
            Att(
                "radv_2charts.zip",
                "application/zip",
                zipped(
                    {
                        "SCM40612277_Barlowe.txt": "Eunice Barlowe 10/08/1937. HF with reduced EF I50.22, EF 30%. CKD 3a N18.31 eGFR 52.",
                        "SCM40883306_Sandoval.txt": "Ramon Sandoval 07/03/1946. Left hemiparesis after stroke I69.354. Uses walker.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SOC 2 report delivery to client",
        notes="Security audit report shared with client; no PHI.",
        frm=f"Security <security@{VHA}>",
        to="vendorrisk@summitcresthealth.com",
        subject="SOC 2 Type II 2025 report",
        body="Attached per your annual review (NDA). No exceptions noted. Bridge letter through 3/31/2026 included.",
        atts=(
            Att(
                "VHA_SOC2_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "VERIDIAN HEALTH ASSESSMENTS - SOC 2 Type II report 2025",
                        "Period: 1/1/2025 - 12/31/2025",
                        "Opinion: unqualified, no exceptions",
                    ],
                    "SOC 2 report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="NP recruiting email",
        notes="Recruiting email to an NP's personal mailbox; no patient.",
        frm=f"Recruiting <recruiting@{VHA}>",
        to="kayla.ng.fnp@gmail.com",
        subject="In-home NP roles in Dayton",
        body="Hi Kayla, saw your profile. We're hiring per-diem NPs for in-home assessments, $95/visit, flexible schedule. Interested in a 15-minute call?",
    ),
    Spec(
        phi=False,
        category="webinar invite on risk adjustment",
        notes="Hard negative: HTML webinar invite discussing HCC coding for dementia and CHF in general.",
        frm=f"Veridian Events <events@{VHA}>",
        to="quality-leaders@medadvantagecouncil.org",
        subject="Webinar: HCC V28 and in-home assessments",
        body="",
        html="<html><body><h2>HCC V28: what changes for in-home assessments</h2><p>Join our CMO on April 8 to discuss coding dementia, CHF and CKD under V28, and why unsupported diagnoses fail RADV.</p><p><a href='https://veridianhra.com/webinar'>Register</a></p></body></html>",
    ),
]
