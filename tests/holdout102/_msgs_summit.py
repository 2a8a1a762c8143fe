"""Outbound mail of Summit Ridge Sports Medicine & Concussion Clinic (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import docx, encrypted_zip, pdf, png, xlsx
from _spec import LVH, SRS, TCY, Att, Spec

FHIR_OBS = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "srs-88214",
                    "identifier": [{"system": "urn:srs:mrn", "value": "SR0088214"}],
                    "name": [{"family": "Okafor", "given": ["Chidi"]}],
                    "birthDate": "2010-03-22",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "SCAT6 symptom severity score"},
                    "subject": {"reference": "Patient/srs-88214"},
                    "effectiveDateTime": "2026-09-10",
                    "valueQuantity": {"value": 31, "unit": "score"},
                }
            },
        ],
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "sandbox-0001",
        "meta": {
            "tag": [
                {
                    "system": "urn:srs:env",
                    "code": "TEST",
                    "display": "Synthetic test record - not a real person",
                }
            ]
        },
        "name": [{"family": "Testpatient", "given": ["Zzsynthetic"]}],
        "birthDate": "2000-01-01",
    },
    indent=1,
)

HL7_ADT = (
    "MSH|^~\\&|SRSEHR|SUMMITRIDGE|IMAGING|NORTHSTARIMG|20260915083000||ORM^O01|SR55102|P|2.5.1\r"
    "PID|1||SR0091377^^^SRS^MR||Brennan^Tessa^M||20090714|F|||418 Quarry Hill Rd^^Fairlawn^OH^44333||330-555-0117\r"
    "ORC|NW|SRO88120\r"
    "OBR|1|SRO88120||73721^MRI KNEE W/O CONTRAST^CPT|||20260915\r"
    "DG1|1||S83.512A^Sprain of anterior cruciate ligament of left knee^I10\r"
)

HL7_SCHED = (
    "MSH|^~\\&|SRSEHR|SUMMITRIDGE|PT|KINETICPT|20260916101500||SIU^S12|SR55140|P|2.5.1\r"
    "SCH|APT7712||||||Post-op ACL rehab initial eval\r"
    "PID|1||SR0077421^^^SRS^MR||Delgado^Marcus||20080205|M\r"
    "AIS|1||97163^PT EVAL HIGH COMPLEXITY^CPT|20260922143000\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*BUCKEYEHP      *260915*1012*^*00501*000004417*0*P*:~"
    "GS*HC*SUMMITRIDGE*BUCKEYEHP*20260915*1012*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*SUMMIT RIDGE SPORTS MEDICINE*****XX*1472836059~"
    "NM1*IL*1*HAWTHORNE*OWEN****MI*BHP771204938~DMG*D8*20110418*M~"
    "CLM*SR26091501*385***11:B:1*Y*A*Y*Y~HI*ABK:S060X0A*ABF:R51.9~"
    "SV1*HC:99204*260*UN*1***1~SV1*HC:96116*125*UN*1***1~SE*9*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*BUCKEYEHP      *ZZ*SUMMITRIDGE    *260912*0800*^*00501*000009921*0*P*:~"
    "ST*835*0001~BPR*I*18422.50*C*ACH~TRN*1*EFT7781203*1311224455~"
    "N1*PR*BUCKEYE HEALTH PLAN~N1*PE*SUMMIT RIDGE SPORTS MEDICINE*XX*1472836059~"
    "CLP*SR26082207*1*410*288.40*40*12*BH26082207~NM1*QC*1*VANTERPOOL*JADA****MI*BHP660318275~"
    "SVC*HC:99214*210*151.20~CAS*PR*2*40~SE*9*0001~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*MEDINAMUTUAL   *260914*0915*^*00501*000001102*0*T*:~"
    "GS*HS*SUMMITRIDGE*MEDINAMUTUAL*20260914*0915*1102*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*TEST270*20260914*0915~HL*1**20*1~NM1*PR*2*MEDINA MUTUAL*****PI*77120~"
    "HL*2*1*21*1~NM1*1P*2*SUMMIT RIDGE SPORTS MEDICINE*****XX*1472836059~"
    "HL*3*2*22*0~NM1*IL*1*TESTCASE*ALPHA****MI*TEST00000001~EQ*30~SE*10*0001~"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    " <title>Summit Ridge Sports Medicine - Transition of Care Summary</title>\n"
    ' <recordTarget><patientRole><id extension="SR0064410" root="2.16.840.1.113883.19.5"/>\n'
    '  <patient><name><given>Aaliyah</given><family>Pruitt</family></name><birthTime value="20090930"/></patient>\n'
    " </patientRole></recordTarget>\n"
    " <component><section><title>Problems</title><text>Post-concussion syndrome (F07.81), persistent headaches, convergence insufficiency</text></section></component>\n"
    " <component><section><title>Plan</title><text>Vestibular therapy 2x/week; academic accommodations; no contact sports pending re-evaluation 10/20/2026</text></section></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Return-to-learn letter emailed to parent",
        notes="Concussion diagnosis and school accommodations for named 9th grader sent to parent's gmail.",
        frm="Dr. Renata Hollis <rhollis@summitridgesportsmed.com>",
        to="kara.whitcomb.home@gmail.com",
        subject="Letter for Eli's school",
        body=(
            "Hi Ms. Whitcomb,\n\nAttached is the return-to-learn letter for Eli Whitcomb (DOB 02/11/2011) "
            "following his concussion on 9/12. Please give it to his counselor at Lincoln Valley. "
            "He should have reduced screen time, extra time on tests and no PE for at least one week.\n\n"
            "Dr. Renata Hollis, MD\nSummit Ridge Sports Medicine & Concussion Clinic"
        ),
        atts=(
            Att(
                "Whitcomb_Eli_return_to_learn.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE SPORTS MEDICINE & CONCUSSION CLINIC",
                        "Return-to-Learn Recommendations",
                        "Student: Eli Whitcomb   DOB: 02/11/2011",
                        "Diagnosis: Concussion without loss of consciousness (S06.0X0A), injury date 09/12/2026",
                        "- Half days for 3 school days, then full days as tolerated",
                        "- No tests this week; 50% extra time thereafter",
                        "- Rest breaks in nurse's office as needed",
                        "Renata Hollis, MD",
                    ],
                    "Return to learn",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Physician bio for clinic website",
        notes="Hard negative: clinician bio listing concussion, ACL tears and osteochondritis as specialties; no patient.",
        frm="Marketing <marketing@summitridgesportsmed.com>",
        to="webteam@brightpixelagency.com",
        subject="Updated bio - Dr. Hollis",
        body=(
            "Please swap in the new bio below on the Our Team page.\n\n"
            "Renata Hollis, MD, CAQSM, is board certified in family medicine with a certificate of added "
            "qualification in sports medicine. She directs the concussion program and treats ACL tears, "
            "osteochondritis dissecans, stress fractures and exertional headaches in athletes age 8 and up. "
            "She is team physician for two area high schools and a former collegiate rower.\n\nThanks,\nMonique"
        ),
    ),
    Spec(
        phi=True,
        category="MRI order HL7 to imaging center",
        notes="Hard positive: HL7 ORM attachment alone carries patient name, MRN, DOB, address and ACL sprain diagnosis for knee MRI.",
        frm="Orders <orders@summitridgesportsmed.com>",
        to="interfaces@northstarimaging.com",
        subject="ORM batch 0915 resend",
        body="Resending the order that failed your validation this morning. Same content, fixed PID-3 assigning authority.",
        atts=(Att("SR55102.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="PT referral scheduling HL7 SIU",
        notes="Hard positive: identifiers and post-op ACL rehab reason exist only inside the HL7 attachment; body is generic.",
        frm="Referrals <referrals@summitridgesportsmed.com>",
        to="intake@kineticptgroup.com",
        subject="SIU",
        body="See attached.",
        atts=(Att("siu_0916.hl7", "application/hl7-v2", HL7_SCHED),),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec with field names",
        notes="Hard negative: interface spec listing PID/DG1 field names and placeholder values; no patient.",
        frm="IT Integrations <it@summitridgesportsmed.com>",
        to="interfaces@northstarimaging.com",
        subject="Field mapping for new ORM feed",
        body=(
            "Here's our mapping for the new order feed.\n\n"
            "PID-3  MRN (format SR + 7 digits)\nPID-5  Patient name (Last^First^Middle)\n"
            "PID-7  DOB (YYYYMMDD)\nPID-11 Home address\nDG1-3  ICD-10-CM diagnosis code\n"
            "OBR-4  CPT of requested study\n\nWe will send test messages with patient TEST^INTERFACE only "
            "until go-live on 10/1. Let me know if you need ORC-12 populated with ordering NPI.\n\n-- Sanjay, Integrations"
        ),
    ),
    Spec(
        phi=True,
        category="837P claim file to payer",
        notes="Hard positive: only the X12 837 attachment carries subscriber name, member ID, DOB and concussion/headache diagnosis codes.",
        frm="Billing <billing@summitridgesportsmed.com>",
        to="edi@buckeyehealthplan.com",
        subject="837P batch 4417",
        body="Batch 4417 attached for 09/15 submission. 1 claim.\n\nSummit Ridge Billing Office",
        atts=(Att("SR_837P_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance question to payer",
        notes="Hard positive: member name and member ID with patient-responsibility adjustment appear only in the 835 file; body asks a generic question.",
        frm="Billing <billing@summitridgesportsmed.com>",
        to="providerservices@buckeyehealthplan.com",
        subject="Question on EFT7781203",
        body="Hi, the CAS PR-2 amount on the attached remittance doesn't match our contract rate for 99214. Can you check? Ref EFT7781203.\n\nThanks, Dana",
        atts=(Att("ERA_EFT7781203.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="270 eligibility test transaction",
        notes="Hard negative: X12 270 test-mode (T) transaction with declared synthetic subscriber TESTCASE ALPHA.",
        frm="Billing <billing@summitridgesportsmed.com>",
        to="edi-enrollment@medinamutual.com",
        subject="Test 270 for connectivity certification",
        body="Per your enrollment checklist, here is our test 270 (ISA15 = T) with the dummy subscriber you assigned. Please confirm receipt of a 271.",
        atts=(Att("test_270.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="FHIR SCAT6 score to school portal",
        notes="Hard positive: only the FHIR bundle carries student name, MRN, DOB and concussion symptom score sent to athletic trainer.",
        frm="Concussion Program <concussion@summitridgesportsmed.com>",
        to=f"atc@{LVH}",
        subject="SCAT6 follow-up export",
        body="Jordan - as requested, structured export from today's visit for your tracking system.",
        atts=(Att("scat6_export.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=False,
        category="FHIR sandbox synthetic patient",
        notes="Hard negative: FHIR Patient resource explicitly tagged synthetic TEST for app developer sandbox.",
        frm="IT Integrations <it@summitridgesportsmed.com>",
        to="dev@concussiontrackapp.io",
        subject="Sandbox credentials + sample resource",
        body="Sample resource from our sandbox attached. It's a synthetic record we use for all vendor testing; no real data lives in that tenant.",
        atts=(Att("sandbox_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to neuro-optometry",
        notes="Hard positive: C-CDA attachment carries name, MRN, DOB and post-concussion syndrome; body only says referral.",
        frm="Referrals <referrals@summitridgesportsmed.com>",
        to="referrals@clearviewneurooptometry.com",
        subject="Referral packet",
        body="Good afternoon, referral packet attached per Dr. Hollis. Please call 330-555-0142 with the appointment.",
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="Aggregate concussion season statistics",
        notes="Hard negative: aggregate counts of concussions by sport and median recovery days; no individuals.",
        frm="Dr. Renata Hollis <rhollis@summitridgesportsmed.com>",
        to="board@ohiosportsmedsociety.org",
        subject="2025 season numbers for the newsletter",
        body="For the newsletter piece: last fall we saw 214 concussions in athletes under 19.",
        atts=(
            Att(
                "2025_concussion_summary.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "By sport": [
                            ["Sport", "Concussions", "Median days to RTP"],
                            ["Football", 97, 16],
                            ["Girls soccer", 41, 21],
                            ["Wrestling", 22, 14],
                            ["Hockey", 19, 18],
                        ],
                        "By age": [
                            ["Age band", "Count"],
                            ["8-11", 28],
                            ["12-14", 71],
                            ["15-18", 115],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Baseline vs post-injury ImPACT table to ATC",
        notes="Hard positive: headerless table of student names with baseline and post-injury cognitive scores.",
        frm="Concussion Program <concussion@summitridgesportsmed.com>",
        to=f"jordan.pike@{LVH}",
        subject="numbers",
        body=(
            "Jordan,\n\nWhitcomb E   82 / 61   91 / 70\nOkafor C     77 / 59   88 / 62\nRuiz-Kent M  85 / 84   93 / 91\n\n"
            "Ruiz-Kent is back to baseline, can start the graduated return. Other two stay out.\n\nRH"
        ),
    ),
    Spec(
        phi=False,
        category="Clinic closure notice for holiday",
        notes="Office hours change notice to referring schools; no patient.",
        frm="Front Desk <frontdesk@summitridgesportsmed.com>",
        to=f"atc@{LVH}",
        subject="Closed Monday 10/12",
        body="Hi all, Summit Ridge will be closed Monday 10/12 for staff training. Saturday injury clinic runs as usual 8-11am. For urgent injuries call 330-555-0140.",
    ),
    Spec(
        phi=True,
        category="Appointment reminder HTML to patient",
        notes="HTML-only reminder to patient's yahoo naming concussion follow-up appointment.",
        frm="Summit Ridge Reminders <noreply@summitridgesportsmed.com>",
        to="tbrennan09@yahoo.com",
        subject="Reminder: your appointment Thursday",
        body="",
        html=(
            "<html><body><p>Hi Tessa,</p><p>This is a reminder of your <b>concussion follow-up and "
            "vestibular screening</b> with Dr. Hollis on <b>Thursday 9/17 at 3:40 PM</b>.</p>"
            "<p>Please bring your glasses and do not exercise the morning of the visit.</p>"
            "<p>Summit Ridge Sports Medicine</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter on heat illness",
        notes="Hard negative: HTML-only newsletter about exertional heat stroke warning signs; no individual.",
        frm="Summit Ridge News <news@summitridgesportsmed.com>",
        to="parents-list@tricountyyouthfootball.org",
        subject="Heat is back this week: know the signs",
        body="",
        html=(
            "<html><body><h2>Exertional heat illness</h2><ul><li>Confusion, collapse, core temp over 104F = emergency</li>"
            "<li>Cold-water immersion first, transport second</li><li>Weigh in/weigh out: more than 2% loss means rehydrate</li></ul>"
            "<p>Our sports medicine team is happy to speak at your next parent meeting.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Work note for parent employer",
        notes="Hard positive: note to parent's employer names father and says he accompanied son to concussion clinic visit.",
        frm="Front Desk <frontdesk@summitridgesportsmed.com>",
        to="hr@fairlawnmetalworks.com",
        subject="Attendance verification - Gregory Hawthorne",
        body=(
            "To whom it may concern,\n\nThis confirms Gregory Hawthorne was at Summit Ridge Sports Medicine on 9/14/2026 "
            "from 1:00 to 3:30 PM accompanying his son Owen for a concussion evaluation and neurocognitive testing.\n\n"
            "Front Desk, Summit Ridge"
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to staff",
        notes="Hard negative: ketorolac injection shortage notice with alternatives; no patient.",
        frm="Clinical Operations <clinops@summitridgesportsmed.com>",
        to=f"allstaff@{SRS}",
        subject="Ketorolac 30 mg/mL shortage",
        body="Our distributor has backordered ketorolac 30 mg/mL vials until November. Use ibuprofen PO or acetaminophen where appropriate; injectable orders need Dr. Hollis's approval. Remaining stock: 14 vials in Room 3 Pyxis.",
    ),
    Spec(
        phi=False,
        category="Provider credentialing with NPI and DEA",
        notes="Hard negative: physician credentialing packet with NPI and DEA numbers; clinician identifiers only.",
        frm="Credentialing <credentialing@summitridgesportsmed.com>",
        to="credentialing@buckeyehealthplan.com",
        subject="Recredentialing - Renata Hollis MD",
        body=(
            "Please find Dr. Hollis's recredentialing details:\n\nName: Renata A. Hollis, MD\nNPI: 1628493714\n"
            "DEA: FH4829137 (exp 06/2028)\nOhio license 35.118842\nBoard: ABFM, CAQ Sports Medicine\n"
            "Practice NPI: 1472836059\n\nCAQH attestation completed 9/2."
        ),
    ),
    Spec(
        phi=True,
        category="Medicare patient ankle fracture note to PCP",
        notes="Senior pickleball player's MBI, name and ankle fracture management sent to primary care.",
        frm="Dr. Paul Ostrowski <postrowski@summitridgesportsmed.com>",
        to="office@cuyahogafalls-familymed.com",
        subject="Consult note",
        body=(
            "Dr. Lindqvist,\n\nSaw your patient Harold Feeney (MBI: 5KT2-HW8-NJ41) today after a pickleball fall. "
            "X-ray shows a non-displaced distal fibula fracture, Weber A. Placed in a CAM boot, WBAT, repeat films in 3 weeks. "
            "Given his apixaban I held off on NSAIDs.\n\nPaul Ostrowski, DO\nNPI: 1103958272"
        ),
    ),
    Spec(
        phi=False,
        category="Vendor quote for balance system",
        notes="Vendor purchasing mail about a balance testing platform; no patient.",
        frm="Operations <ops@summitridgesportsmed.com>",
        to="sales@neurobalance-systems.com",
        subject="RE: Quote Q-20931",
        body="Thanks for the quote on the force plate and software. Can you confirm whether the annual license includes the pediatric normative database and on-site training for 4 ATs? We'd want delivery before 10/15.",
    ),
    Spec(
        phi=True,
        category="Encrypted zip of records to attorney",
        notes="Records release for a named patient's concussion claim sent to law firm; PHI in body even though zip is encrypted.",
        frm="Health Information <him@summitridgesportsmed.com>",
        to="paralegal@marchettilawohio.com",
        subject="Records request - Vanterpool, Jada",
        body=(
            "Per the signed authorization, attached are Jada Vanterpool's records from 08/22/2026 through today "
            "(concussion visits, ImPACT reports, PT notes). Password will follow by phone.\n\nHIM Dept."
        ),
        atts=(
            Att(
                "Vanterpool_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "visit_notes.txt": "Jada Vanterpool DOB 05/30/2008 MRN SR0071150\n08/22 concussion after collision in soccer match...\n",
                    },
                    "Summit-7731",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training reminder",
        notes="Hard negative: HIPAA training reminder with a made-up example of what not to email; no real patient.",
        frm="Compliance <compliance@summitridgesportsmed.com>",
        to=f"allstaff@{SRS}",
        subject="Annual HIPAA refresher due 9/30",
        body=(
            "Reminder: the annual privacy module is due 9/30. New this year: emailing schools and coaches. "
            "Example from the module: 'Jane Doe, concussion, out 2 weeks' sent to a coach's personal email is a reportable "
            "disclosure unless the parent signed our school-communication authorization. When in doubt, use the portal."
        ),
    ),
    Spec(
        phi=True,
        category="Referral fax cover for neuropsych",
        notes="Neuropsych referral naming patient, DOB, prolonged concussion symptoms and anxiety.",
        frm="Referrals <referrals@summitridgesportsmed.com>",
        to="intake@akronneuropsych.com",
        subject="Neuropsych referral - urgent",
        body=(
            "Referring Chidi Okafor, DOB 03/22/2010, MRN SR0088214, for neuropsychological evaluation. Concussion 8/29, "
            "persistent cognitive complaints at 2+ weeks, new test anxiety and sleep disturbance. Mother's cell 330-555-0163.\n\n"
            "Thank you,\nSummit Ridge Referrals"
        ),
        atts=(
            Att(
                "referral_form.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "SUMMIT RIDGE SPORTS MEDICINE - REFERRAL FORM",
                        "Patient: Chidi Okafor  DOB 03/22/2010",
                        "Reason: prolonged post-concussive symptoms, neurocognitive decline on ImPACT",
                        "Insurance: Buckeye Health Plan, member BHP804411726",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for athletic trainer",
        notes="Hard negative: job ad mentioning concussion management and ACL rehab duties; no patient.",
        frm="HR <hr@summitridgesportsmed.com>",
        to="jobs@nata-careercenter.org",
        subject="Posting: Outreach Athletic Trainer (full time)",
        body="Summit Ridge seeks an LAT/ATC for high school outreach. Duties: sideline coverage, concussion baseline testing, ACL and shoulder rehab progression, emergency action plans. Ohio license required. Salary $52-58k.",
    ),
    Spec(
        phi=True,
        category="Patient photo of wound sent to surgeon",
        notes="Hard positive: PNG named after patient showing post-op incision, sent with surgical site concern.",
        frm="Dr. Paul Ostrowski <postrowski@summitridgesportsmed.com>",
        to="dr.kessler@akronortho.com",
        subject="Can you look at this incision?",
        body="Marcus's portal is a little red at day 12. No fever. Keep him on the Keflex or see him sooner?",
        atts=(Att("Delgado_Marcus_knee_incision_0916.png", "image/png", png(6, 6, (190, 90, 80))),),
    ),
    Spec(
        phi=False,
        category="Logo file to print shop",
        notes="PNG logo for printed sideline banners; no health info about anyone.",
        frm="Marketing <marketing@summitridgesportsmed.com>",
        to="orders@akronprintworks.com",
        subject="Banner artwork",
        body="Logo attached for the two 3x8 vinyl banners (Summit Ridge - Official Sports Medicine Provider). Navy PMS 2767.",
        atts=(Att("summit_ridge_logo.png", "image/png", png(8, 4, (20, 40, 90))),),
    ),
    Spec(
        phi=True,
        category="Forwarded parent question with reply",
        notes="Reply to mother's outlook forwarding her message about daughter's concussion symptoms and clearance.",
        frm="Dr. Renata Hollis <rhollis@summitridgesportsmed.com>",
        to="lruizkent@outlook.com",
        subject="RE: Mia still has headaches?",
        body="Hi Lena - mild headaches at the end of a school day are common at this stage. If they go over 3/10 or she has any vomiting, call us. We'll recheck her Friday before clearing her for practice.\n\nDr. Hollis",
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Lena Ruiz-Kent <lruizkent@outlook.com>",
            to="rhollis@summitridgesportsmed.com",
            subject="Mia still has headaches?",
            body="Dr. Hollis, Mia says her head still hurts after 6th period. Is that normal 10 days after the concussion? Her game is Saturday.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor invoice",
        notes="Forwarded medical supply invoice for tape and ice bags; no patient.",
        frm="Operations <ops@summitridgesportsmed.com>",
        to="ap@summitridgesportsmed.com",
        subject="FW: Invoice 55120",
        body="Approved - please pay from the sideline supplies budget.",
        forward=Spec(
            phi=False,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Billing <billing@midwestathleticsupply.com>",
            to="ops@summitridgesportsmed.com",
            subject="Invoice 55120",
            body="Invoice 55120: 48 cases athletic tape, 20 boxes ice bags, 6 AED pad sets. Total $3,214.80. Net 30.",
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for patient testing",
        notes="ICS invite to patient's icloud for post-injury neurocognitive retest with patient name in summary.",
        frm="Concussion Program <concussion@summitridgesportsmed.com>",
        to="aaliyah.pruitt09@icloud.com",
        subject="Invitation: ImPACT retest - Aaliyah Pruitt",
        body="You're booked for your post-concussion ImPACT retest. Accept the invite to add it to your calendar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Ridge//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:srs-apt-77102@summitridgesportsmed.com\r\nDTSTART:20260918T193000Z\r\nDTEND:20260918T203000Z\r\n"
            "SUMMARY:ImPACT post-concussion retest - Aaliyah Pruitt\r\nLOCATION:Summit Ridge Suite 210\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Calendar invite for staff in-service",
        notes="ICS invite for staff in-service on vestibular rehab; no patients.",
        frm="Clinical Operations <clinops@summitridgesportsmed.com>",
        to=f"clinicians@{SRS}",
        subject="In-service: VOMS refresher",
        body="30-minute refresher on the Vestibular/Ocular Motor Screening. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Ridge//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:srs-inservice-0917@summitridgesportsmed.com\r\nDTSTART:20260917T163000Z\r\nDTEND:20260917T170000Z\r\n"
            "SUMMARY:VOMS refresher in-service\r\nLOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Daily schedule spreadsheet to satellite clinic",
        notes="Hard positive: only the multi-sheet workbook carries patient names, DOBs and visit reasons for Saturday injury clinic.",
        frm="Front Desk <frontdesk@summitridgesportsmed.com>",
        to="frontdesk.stow@summitridgesportsmed.net",
        subject="Sat injury clinic list",
        body="Stow team - here's who is pre-registered for Saturday. Second tab is who still needs insurance verified.",
        atts=(
            Att(
                "sat_clinic_0919.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Booked": [
                            ["Time", "Patient", "DOB", "Reason"],
                            ["8:00", "Keegan Short", "04/02/2012", "wrist pain after tackle"],
                            ["8:20", "Bella Nakamura", "11/19/2009", "concussion recheck"],
                            ["8:40", "Dante Ruffin", "07/07/2011", "shoulder dislocation f/u"],
                        ],
                        "Ins pending": [
                            ["Patient", "Plan", "Member ID"],
                            ["Dante Ruffin", "Medina Mutual", "MM40718832"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: de-identified concussion research extract with study IDs, age bands and year only.",
        frm="Research Coordinator <research@summitridgesportsmed.com>",
        to="concussion-lab@kentstateuniv.edu",
        subject="Data pull for IRB 2026-114 (de-identified)",
        body="Attached is the de-identified extract per the data use agreement: study IDs only, ages banded, dates reduced to year, ZIP to 3 digits.",
        atts=(
            Att(
                "irb2026_114_extract.csv",
                "text/csv",
                "study_id,age_band,sex,sport,year,zip3,days_to_rtp,scat_initial\nS001,13-15,M,football,2025,443,17,28\nS002,16-18,F,soccer,2025,442,24,35\nS003,13-15,F,volleyball,2026,443,12,19\nS004,10-12,M,football,2026,442,9,14\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization request for MRI",
        notes="Prior auth to payer naming patient, member ID and suspected labral tear.",
        frm="Prior Auth <priorauth@summitridgesportsmed.com>",
        to="um@medinamutual.com",
        subject="PA request - shoulder MR arthrogram",
        body=(
            "Requesting authorization for CPT 73222 (MR arthrogram, right shoulder) for Dante Ruffin, member ID MM40718832, "
            "DOB 07/07/2011. Recurrent anterior instability after dislocation 8/30, suspected Bankart lesion. Failed 4 weeks PT.\n\n"
            "Ordering: Paul Ostrowski, DO, NPI: 1103958272"
        ),
    ),
    Spec(
        phi=False,
        category="Payer contract rate negotiation",
        notes="Fee schedule discussion with CPT codes and rates; no patient.",
        frm="Revenue Cycle <rcm@summitridgesportsmed.com>",
        to="contracting@medinamutual.com",
        subject="2027 fee schedule proposal",
        body="Our proposed 2027 rates: 99204 $265, 99214 $172, 96116 $128, 97110 $44 per unit. We are asking for parity with the hospital-based concussion program on 96132/96133.",
    ),
    Spec(
        phi=True,
        category="Terse sideline note between doctors",
        notes="Hard positive: terse lowercase note naming a player by school, jersey and name with arm paresthesias after a tackle and ED transport.",
        frm="Dr. Paul Ostrowski <postrowski@summitridgesportsmed.com>",
        to="dr.kessler@akronortho.com",
        subject="fri night",
        body="FYI the Fairlawn #44, Nate Ellison, went to Akron Children's by squad - transient bilateral arm paresthesias after spear tackle, C-spine CT neg per ED. Can you see him Mon?",
    ),
    Spec(
        phi=False,
        category="Coverage schedule for physicians at games",
        notes="Physician game coverage roster; clinicians only.",
        frm="Dr. Renata Hollis <rhollis@summitridgesportsmed.com>",
        to=f"atc@{LVH}",
        cc=f"coaches@{TCY}",
        subject="Sideline physician coverage - Sept/Oct",
        body="9/18 Lincoln Valley vs Revere: Dr. Ostrowski\n9/25 at Copley: Dr. Hollis\n10/2 vs Tallmadge: Dr. Ostrowski\n10/9 homecoming: Dr. Hollis + fellow\nTri-County youth Saturdays: PA Kimura",
    ),
    Spec(
        phi=False,
        category="Policy document with example PHI field names",
        notes="Hard negative: release-of-information policy docx listing field names like MRN and DOB; no values.",
        frm="Compliance <compliance@summitridgesportsmed.com>",
        to="privacy@akronneuropsych.com",
        subject="Our ROI policy as requested",
        body="Attached is our release of information policy (rev. 2026) for your BAA review.",
        atts=(
            Att(
                "ROI_policy_2026.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Summit Ridge Release of Information Policy",
                        "1. Requests must include patient name, DOB, MRN and the signed authorization.",
                        "2. Schools receive only return-to-learn and return-to-play status unless the parent authorizes more.",
                        "3. Records are sent by encrypted portal or encrypted zip; passwords by phone.",
                    ]
                ),
            ),
        ),
    ),
]
