"""Granite Falls Urology (vasectomy and prostate clinic): 37 outbound messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nGranite Falls Urology | 4410 Quarry Ridge Pkwy, Suite 200 | Phone 555-0142 | Fax 555-0143"
DISC = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
    "for the addressee. If you received it in error, please notify the sender and delete it."
)

HL7_PSA = (
    "MSH|^~\\&|GFU_LIS|GRANITEFALLSURO|EPIC|NORTHSHOREFAMILYMED|20260317101500||ORU^R01|GFU260317-0042|P|2.5.1\r"
    "PID|1||GFU00481127^^^GFU^MR||TRAEGER^WILLIAM^J||19570822|M|||88 Birchwood Ln^^Granite Falls^MN^56241||555-0177\r"
    "PV1|1|O|UROCLINIC^^^GFU||||1821446071^OYELARAN^MARCUS^^^DR\r"
    "OBR|1|ORD55213|LAB88120|2857-1^PSA^LN|||20260316083000\r"
    "OBX|1|NM|2857-1^Prostate specific Ag^LN||11.4|ng/mL|0.0-4.0|H|||F\r"
    "NTE|1||Rising from 6.2 (09/2025). MRI prostate ordered.\r"
)

HL7_TEST = (
    "MSH|^~\\&|GFU_LIS|GRANITEFALLSURO|MERIDIANEHR|TEST|20260318140000||ORU^R01|TEST-0001|T|2.5.1\r"
    "PID|1||ZZ0000001^^^GFU^MR||ZZTEST^UROLOGY^ONE||19000101|U\r"
    "OBR|1|TST1|TST1|2857-1^PSA^LN|||20260318130000\r"
    "OBX|1|NM|2857-1^Prostate specific Ag^LN||1.0|ng/mL|0.0-4.0|N|||F\r"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    " <title>Transition of Care - Granite Falls Urology</title>\n"
    ' <recordTarget><patientRole><id extension="GFU00377514" root="2.16.840.1.113883.19.5"/>\n'
    "  <addr><streetAddressLine>1207 Larkspur Ct</streetAddressLine><city>Montevideo</city><state>MN</state></addr>\n"
    "  <patient><name><given>Gerald</given><family>Osterhaus</family></name>\n"
    '  <administrativeGenderCode code="M"/><birthTime value="19490311"/></patient></patientRole></recordTarget>\n'
    " <component><structuredBody>\n"
    "  <component><section><title>Problems</title><text>N13.6 Pyonephrosis, right; N20.0 Calculus of kidney; "
    "status post right ureteral stent 03/13/2026</text></section></component>\n"
    "  <component><section><title>Medications</title><text>Cefpodoxime 200 mg BID x 10 days; tamsulosin 0.4 mg daily</text></section></component>\n"
    " </structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*GFU4410        *ZZ*PRAIRIECLEAR   *260317*1102*^*00501*000004471*0*P*:~"
    "GS*HC*GFU4410*PRAIRIECLEAR*20260317*1102*4471*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*GFU0317B*20260317*1102*CH~"
    "NM1*85*2*GRANITE FALLS UROLOGY*****XX*1307534200~"
    "NM1*IL*1*HALVORSEN*ERIK*T***MI*WBC771204933~"
    "DMG*D8*19680430*M~"
    "CLM*GFU-26-11873*812.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:Z30.2~"
    "SV1*HC:55250*812.00*UN*1***1~"
    "DTP*472*D8*20260313~"
    "SE*10*0001~GE*1*4471~IEA*1*000004471~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="post-vasectomy semen analysis clearance",
        notes="Named patient's post-vasectomy semen analysis result sent to his personal mailbox.",
        frm="Granite Falls Urology Nurse Line <nurseline@granitefallsurology.com>",
        to="bryce.lindqvist@gmail.com",
        subject="Your semen analysis result",
        body=(
            "Hi Bryce,\n\nGood news: your post-vasectomy semen analysis from March 12 showed no sperm "
            "(azoospermia). Dr. Oyelaran says you no longer need backup contraception.\n\n"
            "If you have any questions just reply or call the nurse line.\n\nTanya R., RN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PSA value in subject line to patient",
        notes="Hard positive: the PSA value and biopsy are only in the subject; the named patient's personal mailbox ties them to him.",
        frm="Dr. Marcus Oyelaran <moyelaran@granitefallsurology.com>",
        to="Walt Pedersen <waltpedersen1955@yahoo.com>",
        subject="PSA back at 9.8 - let's book the fusion biopsy",
        body="Walt - please call Jenny at 555-0142 to get on the schedule. Nothing to do before then.\n\nMO",
    ),
    Spec(
        phi=True,
        category="prostate cancer referral letter to radiation oncology",
        notes="Referral PDF with named patient, DOB and Gleason 4+3 adenocarcinoma to outside radiation oncology.",
        frm="Referrals <referrals@granitefallsurology.com>",
        to="intake@lakeplainsradonc.com",
        subject="Referral - new consult request",
        body="Please see attached referral and pathology. Patient prefers afternoon appointments."
        + SIG
        + DISC,
        atts=(
            Att(
                "Referral_Sandvig_R.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE FALLS UROLOGY - REFERRAL",
                        "Patient: Roland Sandvig    DOB: 07/19/1953    MRN: GFU00412290",
                        "Referring: Marcus Oyelaran, MD (NPI 1821446071)",
                        "Diagnosis: C61 Adenocarcinoma of prostate, Gleason 4+3=7, Grade Group 3",
                        "Cores positive 5/12, PSA 8.7, MRI PI-RADS 4 left peripheral zone",
                        "Request: consultation for definitive radiation therapy +/- ADT",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization for prostate MRI",
        notes="Prior-auth request to payer with member ID, name and elevated PSA indication in a DOCX.",
        frm="Prior Auth Desk <priorauth@granitefallsurology.com>",
        to="um-requests@northstarhealthplan.com",
        subject="PA request - MRI pelvis w/wo contrast (72197)",
        body="Attached is the completed request form and clinical notes. Please fax determination to 555-0143."
        + SIG,
        atts=(
            Att(
                "PA_72197_request.docx",
                DOCX,
                docx(
                    [
                        "Prior Authorization Request - Granite Falls Urology",
                        "Member: Curtis Bellweather   Member ID: NSH448120973   DOB 02/05/1961",
                        "CPT 72197 MRI pelvis with and without contrast",
                        "ICD-10 R97.20 Elevated PSA; PSA 7.9 (01/2026) and 9.2 (03/2026); prior negative TRUS biopsy 2024",
                        "Ordering: Priya Venkataraman, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 PSA result to primary care",
        notes="HL7 ORU with patient name, MRN, address and high PSA sent to the PCP's interface mailbox.",
        frm="Interface Engine <hl7-out@granitefallsurology.com>",
        to="results-inbound@northshorefamilymed.org",
        subject="ORU batch GFU260317-0042",
        body="Automated result delivery. 1 message attached.",
        atts=(Att("GFU260317-0042.hl7", "application/hl7-v2", HL7_PSA),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care after stent",
        notes="Hard positive: body is generic; attached C-CDA names the patient with pyonephrosis and stent.",
        frm="Granite Falls Urology Records <records@granitefallsurology.com>",
        to="care.transitions@prairieviewsnf.org",
        subject="Transition of care document",
        body="Per your request, the summary of care is attached." + SIG,
        atts=(Att("summary_of_care.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="reply to wife about catheter removal",
        notes="Hard positive: first name plus relationship plus catheter removal date to the wife's personal mailbox.",
        frm="Kelsey Moore RN <kmoore@granitefallsurology.com>",
        to="janet.hovland@hotmail.com",
        subject="RE: Tom's catheter",
        body=(
            "Hi Janet,\n\nYes, Tom can come in Thursday at 9:30 to have the catheter taken out. "
            "Have him drink plenty of water that morning and bring a pad for the drive home - leakage "
            "is normal for the first few weeks after the prostatectomy.\n\nKelsey"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 vasectomy claim",
        notes="837P claim to clearinghouse with subscriber name, member ID, DOB and vasectomy CPT 55250.",
        frm="Billing <billing@granitefallsurology.com>",
        to="edi-submit@prairieclearhealth.com",
        subject="837P batch 4471",
        body="Batch 4471 attached, 1 claim.",
        atts=(Att("GFU_4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="records to attorney in encrypted zip",
        notes="Body names the patient whose operative records are in the password-protected zip for his attorney.",
        frm="Release of Information <roi@granitefallsurology.com>",
        to="paralegal@brandtandwexler.com",
        subject="Records request - Kessler, Dale (your ref BW-2231)",
        body=(
            "Attached are Dale Kessler's records for dates of service 06/2025 - 02/2026 per the signed "
            "authorization, including operative note and ureteroscopy images. The password will be "
            "given by phone. Invoice for copying fees follows separately." + SIG
        ),
        atts=(
            Att(
                "Kessler_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "op_note_2025-06-14.txt": "Left ureteroscopy with laser lithotripsy and stent placement. Patient: Dale Kessler.",
                        "clinic_2026-02-03.txt": "Follow up, stone free on CT. Kessler, Dale.",
                    },
                    "GFU-roi-7731",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cystoscopy appointment invite to patient",
        notes="Calendar invite for a named patient's surveillance cystoscopy sent to his personal address.",
        frm="Scheduling <scheduling@granitefallsurology.com>",
        to="hank.rostad@outlook.com",
        subject="Appointment: cystoscopy Tue Mar 24",
        body="Hank, your bladder cancer surveillance cystoscopy with Dr. Venkataraman is booked. Please arrive 15 minutes early.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Falls Urology//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:gfu-appt-55871@granitefallsurology.com\r\nDTSTAMP:20260317T150000Z\r\n"
            "DTSTART:20260324T140000Z\r\nDTEND:20260324T143000Z\r\n"
            "SUMMARY:Cystoscopy (bladder CA surveillance) - Hank Rostad\r\n"
            "LOCATION:Granite Falls Urology\\, Procedure Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="terse pelvic floor PT referral",
        notes="Hard positive: terse note with initial, surname, age and post-prostatectomy incontinence to an outside PT clinic.",
        frm="Derek Hollis PA-C <dhollis@granitefallsurology.com>",
        to="referrals@corestrengthpt.com",
        subject="PFPT ref",
        body="R. Amundsen, 67 yo, s/p RALP 1/28, SUI 3 ppd. Biofeedback please. Ph 555-0161.\n-DH",
    ),
    Spec(
        phi=True,
        category="BCG instillation schedule workbook",
        notes="Hard positive: innocuous body; multi-sheet workbook lists named patients with MRNs on an intravesical BCG schedule.",
        frm="Clinic Manager <cmanager@granitefallsurology.com>",
        to="infusion-pharmacy@mercylakeshosp.org",
        subject="April schedule",
        body="Here's April. Let me know if any of the dates don't work for your prep.\n\nLinda",
        atts=(
            Att(
                "April_schedule.xlsx",
                XLSX,
                xlsx(
                    {
                        "Week 1-2": [
                            ["Date", "Patient", "MRN", "Induction #"],
                            ["04/01", "Fenske, Arnold", "GFU00390114", 3],
                            ["04/01", "Yusuf, Abdi", "GFU00451802", 1],
                            ["04/08", "Fenske, Arnold", "GFU00390114", 4],
                        ],
                        "Week 3-4": [
                            ["Date", "Patient", "MRN", "Maintenance"],
                            ["04/15", "Lorentzen, Carl", "GFU00288371", "M2"],
                            ["04/22", "Yusuf, Abdi", "GFU00451802", "3"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="return-to-work note to employer",
        notes="A named employee's visit after a procedure and his lifting restriction sent to his employer's HR.",
        frm="Front Desk <frontdesk@granitefallsurology.com>",
        to="hr@valleygrainco.com",
        subject="Work note - James Whitford",
        body=(
            "To whom it may concern,\n\nJames Whitford was seen in our office on 03/16/2026 following a "
            "procedure and may return to work 03/23/2026. No lifting over 10 lb for two weeks.\n\n"
            "Granite Falls Urology" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="KUB image named after patient",
        notes="Hard positive: the PNG file name carries the patient's name and kidney stone; body says nothing clinical.",
        frm="Dr. Priya Venkataraman <pvenkataraman@granitefallsurology.com>",
        to="dr.ahlquist@ridgewayradiology.com",
        subject="the image we discussed",
        body="Here it is. Curious what you think about the lower pole.\n\nPriya",
        atts=(
            Att(
                "Kessler_Dale_L_renal_stone_KUB_2026-03-10.png",
                "image/png",
                png(6, 6, (120, 120, 120)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded portal message to billing vendor",
        notes="Forward of a patient's portal message disputing a charge for his prostate biopsy to the outside billing vendor.",
        frm="Billing <billing@granitefallsurology.com>",
        to="support@medrevpartners.com",
        subject="FW: question about my bill",
        body="Can you look into this one? Looks like the pathology was billed twice.\n\nThanks, Rosa",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Patient Portal <portal@granitefallsurology.com>",
            to="billing@granitefallsurology.com",
            subject="question about my bill",
            body=(
                "From: Leonard Gustafsson (acct 2201188)\n\nI was charged twice for the prostate biopsy "
                "on Feb 19. My insurance already paid. Please fix.\nLeonard"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement balance due",
        notes="Statement to a named patient's personal mailbox for a urodynamics study balance (payment for care).",
        frm="Granite Falls Urology Billing <statements@granitefallsurology.com>",
        to="m.eckhardt77@icloud.com",
        subject="Your statement from Granite Falls Urology",
        body="",
        html=(
            "<html><body><p>Dear Michael Eckhardt,</p><p>Account 2204519 - balance due <b>$146.20</b></p>"
            "<table border='1'><tr><td>02/27/2026</td><td>51728 Urodynamics (cystometrogram)</td><td>$146.20</td></tr></table>"
            "<p>Pay online or call 555-0142.</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=True,
        category="headerless CSV to coding auditor",
        notes="Hard positive: CSV with no header row of names, DOBs and ICD-10 codes sent to an outside coding auditor.",
        frm="Compliance <compliance@granitefallsurology.com>",
        to="audits@truecodeconsulting.com",
        subject="sample pull Q1",
        body="Ten charts as agreed.",
        atts=(
            Att(
                "q1_pull.csv",
                "text/csv",
                "Pruitt,Alan,03/02/1958,N40.1,52000\r\nVogt,Samuel,11/17/1971,N50.811,55250\r\n"
                "Carrizales,Hector,06/29/1964,N20.1,52356\r\nBeaulieu,Andre,01/08/1949,C67.2,52234\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form text",
        notes="Hard positive: OCR text of a scanned intake form with name, phone and erectile dysfunction history in a TXT attachment.",
        frm="Scanning Station <scan-to-mail@granitefallsurology.com>",
        to="records@northshorefamilymed.org",
        subject="Scan 0317_0912",
        body="Scanned document attached.",
        atts=(
            Att(
                "scan_0317_0912.txt",
                "text/plain",
                "NEW PATIENT QUESTIONNAIRE  pg 1/3\nName: Ra ymond  Teske     Phone: 555-0188\n"
                "Reason for visit: E D  x 2 yrs, worse since starting metoprolol\n"
                "IIEF-5 score: 9    Tried sildenafil? [X] yes [ ] no\n",
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="physician bio for hospital newsletter",
        notes="Hard negative: clinician bio listing diseases she treats; no patient.",
        frm="Practice Marketing <marketing@granitefallsurology.com>",
        to="communications@mercylakeshosp.org",
        subject="Bio for the spring physician spotlight",
        body=(
            "Dr. Priya Venkataraman joined Granite Falls Urology in 2019 after fellowship in endourology. "
            "She treats kidney stones, interstitial cystitis, recurrent UTIs and overactive bladder, and "
            "performs percutaneous nephrolithotomy at Mercy Lakes. Outside the clinic she coaches youth "
            "soccer.\n\nHeadshot to follow." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard to board",
        notes="Hard negative: multi-sheet workbook with procedure counts and complication rates only.",
        frm="Quality <quality@granitefallsurology.com>",
        to="board@granitefallsurology.com",
        subject="Q4 quality dashboard",
        body="Attached for Thursday's meeting. Post-vasectomy infection rate held under 1%.",
        atts=(
            Att(
                "Q4_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [
                            ["Procedure", "Q3", "Q4"],
                            ["Vasectomy", 184, 221],
                            ["Prostate biopsy", 97, 88],
                            ["Ureteroscopy", 63, 71],
                        ],
                        "Complications": [
                            ["Measure", "Q4 rate"],
                            ["Post-vasectomy infection", "0.9%"],
                            ["Post-biopsy sepsis", "0.0%"],
                        ],
                        "Patient experience": [["Question", "Top box"], ["Would recommend", "91%"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="generic vasectomy prep sheet to partner clinic",
        notes="Generic pre-vasectomy instruction PDF for a referring clinic to hand out; no individual.",
        frm="Patient Education <education@granitefallsurology.com>",
        to="frontdesk@westcountyfamilyclinic.org",
        subject="Updated vasectomy prep handout",
        body="Here's the new handout with the updated shaving and ride-home instructions. Feel free to print copies."
        + SIG,
        atts=(
            Att(
                "Vasectomy_Prep.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE FALLS UROLOGY - PREPARING FOR YOUR VASECTOMY",
                        "Stop aspirin and ibuprofen 7 days before unless your doctor says otherwise.",
                        "Shave the front of the scrotum the night before.",
                        "Bring snug underwear or an athletic supporter. Arrange a ride home.",
                        "Use other birth control until a semen test shows no sperm.",
                    ],
                    "Vasectomy prep",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="email security policy with example field names",
        notes="Hard negative: policy DOCX listing field names like MRN and DOB as examples; no real patient data.",
        frm="Privacy Officer <privacy@granitefallsurology.com>",
        to="allstaff@granitefallsurology.com",
        subject="Revised policy 7.4 - sending PHI by e-mail",
        body="Please read and acknowledge the revised policy by March 31.",
        atts=(
            Att(
                "Policy_7.4_email.docx",
                DOCX,
                docx(
                    [
                        "Policy 7.4 Transmission of PHI by E-mail",
                        "PHI includes any of: Patient Name, MRN, DOB, Member ID, diagnosis, procedure, lab values.",
                        "Never place a diagnosis or PSA value in the subject line.",
                        "Use [secure] in the subject to trigger encryption when sending outside the practice.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supply order with SSN-shaped PO number",
        notes="Hard negative: a purchase-order number formatted like an SSN on a scope supply order.",
        frm="Purchasing <purchasing@granitefallsurology.com>",
        to="orders@urotechsupply.com",
        subject="PO 418-62-7730 flexible cystoscope sheaths",
        body=(
            "Please ship against PO 418-62-7730:\n- 4 boxes single-use cystoscope sheaths (16Fr)\n"
            "- 2 cases 10 mL lidocaine jelly syringes\n- 1 case no-scalpel vasectomy kits\n\nShip to Suite 200. Thanks, Marta"
        ),
    ),
    Spec(
        phi=False,
        category="staff flu and COVID vaccine clinic",
        notes="Staff vaccination clinic announcement; no individual health information.",
        frm="HR <hr@granitefallsurology.com>",
        to="allstaff@granitefallsurology.com",
        subject="Last call: staff vaccine clinic Friday",
        body="The pharmacy team will be in the break room Friday 11-2 for anyone who still wants the updated COVID booster. Bring your insurance card.",
    ),
    Spec(
        phi=False,
        category="HL7 interface test with declared dummy patient",
        notes="Hard negative: interface validation HL7 using an obviously fake ZZTEST patient, stated as test data.",
        frm="IT Interfaces <it@granitefallsurology.com>",
        to="interfaces@meridianehr.com",
        subject="Test ORU for validation (ZZTEST patient, not real)",
        body="Test message from our TEST environment, processing ID T. ZZTEST^UROLOGY is a dummy record. Please confirm the OBX maps to the PSA flowsheet row.",
        atts=(Att("test_oru.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="urology nurse job posting",
        notes="Hard negative: job posting mentioning BCG instillation and urodynamics skills; no patient.",
        frm="Careers <careers@granitefallsurology.com>",
        to="jobs@mnnursingjobs.org",
        subject="Posting: RN - Urology Procedures (FT)",
        body=(
            "Granite Falls Urology seeks a full-time RN for our procedure suite. Experience with intravesical "
            "BCG and mitomycin instillation, urodynamics, catheter teaching and vasectomy assists preferred. "
            "Mon-Fri, no call. Apply at careers@granitefallsurology.com."
        ),
    ),
    Spec(
        phi=False,
        category="BCG shortage notice to referrers",
        notes="Hard negative: drug shortage notice about TICE BCG allocation; no patient named.",
        frm="Dr. Marcus Oyelaran <moyelaran@granitefallsurology.com>",
        to="referring-physicians@granitefallsurology.com",
        subject="TICE BCG allocation update",
        body=(
            "Colleagues,\n\nOur BCG allocation for Q2 has been reduced again. We are prioritising induction for "
            "high-grade T1 disease and using gemcitabine/docetaxel for some intermediate-risk patients. "
            "Please don't tell patients that treatment is cancelled; we will call each one directly.\n\nMarcus Oyelaran, MD"
        ),
    ),
    Spec(
        phi=False,
        category="Movember PSA awareness newsletter",
        notes="HTML-only public newsletter on prostate screening; no individual.",
        frm="Granite Falls Urology <news@granitefallsurology.com>",
        to="subscribers@granitefallsurology.com",
        subject="Men's health month: should you get a PSA test?",
        body="",
        html=(
            "<html><body><h2>Should you get a PSA test?</h2><p>Men 55-69 should talk with their doctor about "
            "the benefits and harms of PSA screening. Black men and men with a father or brother with prostate "
            "cancer may want to start earlier.</p><p>Book a visit: 555-0142</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT downtime notice; no patient information.",
        frm="IT Helpdesk <it@granitefallsurology.com>",
        to="allstaff@granitefallsurology.com",
        subject="Planned EHR downtime Sat 3/21 22:00-02:00",
        body="Meridian EHR will be unavailable for the upgrade. Use the downtime forms in the blue binder at each nurses' station.",
    ),
    Spec(
        phi=False,
        category="lithotripsy truck day coordination",
        notes="Hard negative: case counts and truck logistics with the mobile lithotripsy vendor; no patient identified.",
        frm="Scheduling <scheduling@granitefallsurology.com>",
        to="dispatch@rockbreaklitho.com",
        subject="Thursday ESWL day - 4 cases",
        body="We have 4 cases booked for Thursday 3/19, first at 07:30. Power hookup is at the east dock this time. Tech can park in slot 12.\n\nJenny",
    ),
    Spec(
        phi=False,
        category="de-identified biopsy registry extract",
        notes="Hard negative: de-identified biopsy extract with study IDs, age bands and Gleason only.",
        frm="Research <research@granitefallsurology.com>",
        to="registry@mnprostatecollab.org",
        subject="Q1 de-identified upload",
        body="De-identified per Safe Harbor, study IDs only. 5 rows attached.",
        atts=(
            Att(
                "gfu_q1_deid.csv",
                "text/csv",
                "study_id,age_band,psa_band,pirads,gleason\r\nGF-0211,60-64,4-10,4,3+4\r\nGF-0212,70-74,>10,5,4+4\r\n"
                "GF-0213,55-59,4-10,3,benign\r\nGF-0214,65-69,4-10,4,3+3\r\nGF-0215,65-69,>10,5,4+3\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer credentialing with NPI and DEA",
        notes="Hard negative: provider NPI and DEA numbers for credentialing; clinician identifiers only.",
        frm="Credentialing <credentialing@granitefallsurology.com>",
        to="provider.enrollment@northstarhealthplan.com",
        subject="Re-credentialing - Oyelaran",
        body=(
            "Marcus Oyelaran, MD - Urology\nNPI: 1821446071\nDEA FO2793708 (exp 08/2027)\nMN license 58122\n\n"
            "Group NPI: 1307534200\nPriya Venkataraman, MD NPI: 1546948062\n\nCAQH attestation completed 03/10."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting calendar invite",
        notes="Staff meeting invite; no patient.",
        frm="Practice Administrator <admin@granitefallsurology.com>",
        to="clinical-staff@granitefallsurology.com",
        subject="Monthly clinical staff meeting",
        body="Agenda: new prostate biopsy prep protocol, summer vacation requests.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Falls Urology//Admin//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:gfu-staff-0326@granitefallsurology.com\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260326T123000Z\r\nDTEND:20260326T133000Z\r\nSUMMARY:Clinical staff meeting\r\n"
            "LOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice without names",
        notes="Hard negative: a workforce exposure notice with no individual identified.",
        frm="Infection Prevention <ip@granitefallsurology.com>",
        to="procedure-suite@granitefallsurology.com",
        subject="Possible exposure - procedure suite, Mon 3/16",
        body="A team member who worked in the procedure suite on Monday has tested positive for COVID-19. If you worked that shift, please test on day 5 and mask through day 10. No patient exposures met the close-contact definition.",
    ),
    Spec(
        phi=False,
        category="linen vendor payment remittance",
        notes="Vendor remittance for linen service; business mail only.",
        frm="Accounts Payable <ap@granitefallsurology.com>",
        to="ar@northlandlinen.com",
        subject="Remittance - invoice NL-20931",
        body="ACH sent today for invoice NL-20931, $1,284.50. Thank you.",
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with fictional example",
        notes="Hard negative: training quiz using a fictional, labelled example patient.",
        frm="Privacy Officer <privacy@granitefallsurology.com>",
        to="newhires@granitefallsurology.com",
        subject="HIPAA orientation quiz",
        body=(
            "Question 4 (fictional scenario): A caller says she is the wife of 'Patient X' and asks for his biopsy "
            "result. What do you check first?\n a) her ID  b) the patient's authorised contacts list  c) nothing\n\n"
            "Answer key will be reviewed in class."
        ),
    ),
    Spec(
        phi=False,
        category="brand asset zip to print shop",
        notes="Zip of logo text and brochure copy for a print vendor; no patient.",
        frm="Practice Marketing <marketing@granitefallsurology.com>",
        to="proofs@quarrycityprint.com",
        subject="Brochure files for reprint",
        body="Attached: copy deck and color specs. 2,000 tri-folds, same stock as last time." + SIG,
        atts=(
            Att(
                "brochure_files.zip",
                "application/zip",
                zipped(
                    {
                        "copy_deck.txt": "Vasectomy: a 20-minute office procedure. Kidney stones: same-week appointments. Prostate care close to home.",
                        "colors.txt": "Granite gray #5A5F66; Falls blue #1F6FB2",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded conference registration",
        notes="Forward of a CME conference registration confirmation; no patient.",
        frm="Dr. Marcus Oyelaran <moyelaran@granitefallsurology.com>",
        to="admin@granitefallsurology.com",
        subject="FW: Registration confirmed - North Central AUA Section",
        body="For the CME file and reimbursement. Thanks!",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="NCS-AUA Meetings <meetings@ncsaua.org>",
            to="moyelaran@granitefallsurology.com",
            subject="Registration confirmed - North Central AUA Section",
            body="Thank you for registering for the annual meeting, Sep 17-19. Registration fee $675 paid by card ending 4410.",
        ),
    ),
    Spec(
        phi=False,
        category="practice hours change notice",
        notes="Public notice of holiday hours; no individual.",
        frm="Granite Falls Urology <news@granitefallsurology.com>",
        to="subscribers@granitefallsurology.com",
        subject="Good Friday hours",
        body="Our office will close at noon on Friday April 3. The on-call urologist can be reached through 555-0142.",
    ),
]
