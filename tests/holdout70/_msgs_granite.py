"""Outbound mail of Granite Valley Rheumatology, a private rheumatology practice (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import GVR, TIB, Att, Spec

FD = f"Granite Valley Rheumatology <frontdesk@{GVR}>"
NURSE = f"Nurse Line <rnline@{GVR}>"
DRK = f"Dr. Anika Kowalczyk <akowalczyk@{GVR}>"
MGR = f"Practice Manager <opsmanager@{GVR}>"

HL7_RF = (
    "MSH|^~\\&|GVR_EHR|GRANITEVALLEY|QLAB|QLAB|202603160912||ORM^O01|GV88213|P|2.5.1\r"
    "PID|1||GV-204417^^^GVR^MR||HALVERSEN^TOMAS^J||19680211|M|||88 Birch Hollow Rd^^Keene^NH^03431||603-555-0142\r"
    "ORC|NW|ORD55120\r"
    "OBR|1|ORD55120||RF^Rheumatoid factor^L|||202603160900\r"
    "OBR|2|ORD55121||CCP^Anti-CCP IgG^L|||202603160900\r"
    "DG1|1||M06.9^Rheumatoid arthritis, unspecified^I10\r"
)
HL7_TEST = (
    "MSH|^~\\&|GVR_EHR|GRANITEVALLEY|QLAB|QLAB|202603170800||ORM^O01|TST0001|T|2.5.1\r"
    "PID|1||TEST0001^^^GVR^MR||ZZTEST^INTERFACE^||19000101|U\r"
    "ORC|NW|TST9001\r"
    "OBR|1|TST9001||ESR^Sed rate^L\r"
    "NTE|1||INTERFACE VALIDATION MESSAGE - SYNTHETIC PATIENT - NOT A REAL PERSON\r"
)
CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Referral Note</title>'
    '<recordTarget><patientRole><id extension="GV-198302" root="2.16.840.1.113883.19.5"/>'
    "<patient><name><given>Priyanka</given><family>Desai</family></name>"
    '<birthTime value="19910704"/></patient></patientRole></recordTarget>'
    "<component><section><title>Problems</title><text>Systemic lupus erythematosus (M32.14) with lupus nephritis class III; "
    "proteinuria 1.8 g/day. Mycophenolate 1000 mg BID, hydroxychloroquine 200 mg daily.</text></section></component>"
    "</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Rheum lab order HL7 to reference lab",
        notes="HL7 ORM with patient name, MRN, DOB, address and RA diagnosis code.",
        frm=f"EHR Interface <interface@{GVR}>",
        to="orders@quarrylabservices.com",
        subject="Resend ORD55120/55121 - interface dropped",
        body="Resending the two orders that bounced this morning. File attached.\n\nGVR interface team",
        atts=(Att("ORD55120.hl7", "application/hl7-v2", HL7_RF),),
    ),
    Spec(
        phi=False,
        category="Synthetic HL7 interface test message",
        notes="Hard negative: HL7 file with a declared synthetic ZZTEST patient for interface validation.",
        frm=f"EHR Interface <interface@{GVR}>",
        to="integration@quarrylabservices.com",
        subject="Test feed - please confirm ACK",
        body=(
            "Hi Ross,\n\nAttached is the validation message for the new ESR order code. It is the ZZTEST "
            "dummy record we agreed on, processing ID T. Please send the ACK to the test endpoint only.\n\nThanks,\nMarco"
        ),
        atts=(Att("test_orm.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="C-CDA referral to nephrology",
        notes="Hard positive: body only says 'referral as discussed'; the C-CDA names the patient with DOB and lupus nephritis.",
        frm=DRK,
        to="referrals@ashbrooknephrology.com",
        subject="Referral as discussed",
        body="Dr. Obi,\n\nReferral as discussed on the phone Friday. CCD attached. She can do Tuesdays.\n\nAnika",
        atts=(Att("referral_GV-198302.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Methotrexate lab monitoring reminder to patient",
        notes="Named patient told her methotrexate blood work is overdue, sent to personal gmail.",
        frm=NURSE,
        to="lorraine.beckett57@gmail.com",
        subject="Your blood work is due",
        body=(
            "Hi Lorraine,\n\nOur records show your CBC and liver panel for methotrexate monitoring were last done "
            "in December. Dr. Kowalczyk needs them every 12 weeks to keep refilling your prescription. You can walk in "
            "to any Quarry Lab location; the order is already in.\n\nGranite Valley Rheumatology Nurse Line\n603-555-0110"
        ),
    ),
    Spec(
        phi=True,
        category="Terse nurse note to PCP",
        notes="Hard positive: terse abbreviation-heavy note tying Mr. Faraday to gout flare, colchicine and uric acid.",
        frm=NURSE,
        to="mchen@riversideprimarycare.net",
        subject="re: Faraday",
        body="Dr Chen - D. Faraday seen 3/16, acute gout flare L 1st MTP, UA 9.4. Started colch 0.6 BID x5d, hold allopurinol titration till flare settles. f/u 4 wk. -RN Paula",
    ),
    Spec(
        phi=False,
        category="Staff lunch-and-learn announcement",
        notes="Internal announcement of a drug-rep lunch; no patient.",
        frm=MGR,
        to=f"allstaff@{GVR}",
        subject="Thursday lunch - JAK inhibitor update",
        body=(
            "All,\n\nThursday at 12:15 in the back conference room the Pfizer rep will do a 30-minute update on "
            "JAK inhibitor boxed warnings. Lunch is provided (sandwiches from Lindy's). Please RSVP by Wednesday.\n\nDenise"
        ),
    ),
    Spec(
        phi=False,
        category="Rheumatologist bio for hospital directory",
        notes="Hard negative: clinician bio listing diseases she treats; no patient.",
        frm=MGR,
        to="webteam@cheshiremedicalcenter.org",
        subject="Updated bio for Dr. Kowalczyk - directory",
        body=(
            "Please replace the directory text with:\n\nAnika Kowalczyk, MD, FACR, is board certified in rheumatology "
            "and internal medicine. She treats rheumatoid arthritis, psoriatic arthritis, lupus, vasculitis, gout and "
            "osteoporosis, and leads the practice's ultrasound-guided injection clinic. NPI: 1482039579.\n\nThanks, Denise"
        ),
    ),
    Spec(
        phi=True,
        category="Hand photo sent to dermatology",
        notes="Hard positive: PNG named after patient with psoriatic nail changes; body gives only first name.",
        frm=DRK,
        to="dr.lindqvist@monadnockderm.com",
        subject="nail pitting - second opinion?",
        body="Erik,\n\nPhoto from today. Pitting + onycholysis, DIP swelling 3rd/4th. I'm leaning PsA. Thoughts before I start Otezla?\n\nA.",
        atts=(
            Att("Moreau_Jacqueline_hands_2026-03-16.png", "image/png", png(6, 6, (214, 170, 150))),
        ),
    ),
    Spec(
        phi=False,
        category="Sharps disposal vendor pickup",
        notes="Vendor scheduling for sharps container pickup; no patient.",
        frm=MGR,
        to="dispatch@greenlinemedwaste.com",
        subject="Pickup request - 2 sharps + 1 pharm waste",
        body="Hi, we need a pickup this week: 2 full 8-gal sharps, 1 pharmaceutical waste bin. Back door, code 4417. Thanks! Denise",
    ),
    Spec(
        phi=True,
        category="Prior auth letter of medical necessity",
        notes="Hard positive: body gives only a PA reference; the PDF has patient name, DOB, member ID, ankylosing spondylitis and failed drugs.",
        frm=f"Prior Auth <priorauth@{GVR}>",
        to="pa.fax@northstarhealthplan.com",
        subject="LMN - adalimumab - ref PA-66120",
        body="Please see attached letter of medical necessity for PA-66120. Chart notes available on request.",
        atts=(
            Att(
                "LMN_PA-66120.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE VALLEY RHEUMATOLOGY",
                        "Letter of Medical Necessity",
                        "Patient: Gerald Obuya   DOB 09/14/1974   Member ID NSH448120317",
                        "Diagnosis: Ankylosing spondylitis (M45.9)",
                        "Failed: naproxen 500 mg BID x 12 wk, sulfasalazine 2 g/day x 16 wk.",
                        "Requesting adalimumab 40 mg SC every other week.",
                        "Anika Kowalczyk, MD  NPI: 1482039579",
                    ],
                    "LMN",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank new patient intake form",
        notes="Hard negative: blank intake DOCX with field labels (DOB, SSN, diagnosis) but nothing filled in.",
        frm=FD,
        to="office@keenefamilymed.com",
        subject="Our new-patient packet (blank) for your referrals",
        body="Hi Tasha, here is the updated blank packet so your patients can fill it out before the first visit.\n\nGVR front desk",
        atts=(
            Att(
                "GVR_new_patient_packet_BLANK.docx",
                DOCX,
                docx(
                    [
                        "Granite Valley Rheumatology - New Patient Questionnaire",
                        "Name: ____________________  DOB: ___/___/_____  SSN (optional): ___-__-____",
                        "Insurance member ID: ______________",
                        "Have you ever been diagnosed with: [ ] lupus [ ] RA [ ] gout [ ] psoriasis",
                        "Current medications: _______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appointment invite for joint injection",
        notes="Calendar invite to patient's yahoo mailbox for a knee steroid injection, with name.",
        frm=FD,
        to="h.pruett1949@yahoo.com",
        subject="Appointment: knee injection Thu 3/19 10:40",
        body="Hello Harold,\n\nYour right knee cortisone injection with Dr. Kowalczyk is Thursday 3/19 at 10:40. Please arrive 15 minutes early. Invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GVR//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:gvr-appt-77120@granitevalleyrheum.com\r\nDTSTART:20260319T154000Z\r\nDTEND:20260319T160000Z\r\n"
            "SUMMARY:Harold Pruett - R knee triamcinolone injection\r\nLOCATION:Granite Valley Rheumatology Suite 2\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Hard negative: calendar invite for a meeting titled 'biologics workflow'; no patient.",
        frm=MGR,
        to=f"clinical@{GVR}",
        subject="Invitation: Biologics workflow huddle",
        body="15-min huddle to go over the new specialty pharmacy handoff.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GVR//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:gvr-mtg-0318@granitevalleyrheum.com\r\nDTSTART:20260318T130000Z\r\nDTEND:20260318T131500Z\r\n"
            "SUMMARY:Biologics workflow huddle\r\nLOCATION:Back office\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="School accommodation letter for JIA",
        notes="Letter to a school nurse naming a student and her juvenile idiopathic arthritis with accommodations.",
        frm=DRK,
        to="nurse.office@keenemiddleschool.org",
        subject="Accommodation letter - Sophie Trang, grade 7",
        body=(
            "To the school nurse,\n\nSophie Trang is under my care for juvenile idiopathic arthritis. She receives "
            "weekly methotrexate injections on Sunday evenings and may have nausea on Mondays. Please allow elevator "
            "access, extra time between classes, and a modified PE program during flares.\n\nAnika Kowalczyk, MD"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quality measure report to ACO",
        notes="Hard negative: aggregate counts of RA patients on DMARD by quarter; no individuals.",
        frm=MGR,
        to="quality@monadnockaco.org",
        subject="Q4 RA DMARD measure - practice totals",
        body="Attached are our Q4 numbers for the ACO quality submission.",
        atts=(
            Att(
                "GVR_Q4_DMARD_measure.csv",
                "text/csv",
                "measure,denominator,numerator,rate\nRA patients on DMARD (NQF 0054),412,389,94.4%\nGout patients with urate < 6,238,151,63.4%\nGC users with bone density screen,97,71,73.2%\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Infusion referral to billing office with patient sheet",
        notes="Hard positive: body mentions only a count; the XLSX lists named patients with member IDs and infusion drugs.",
        frm=f"Prior Auth <priorauth@{GVR}>",
        to=f"intake@{TIB}",
        subject="New infusion starts - April",
        body="Hi Jolene,\n\nThree new starts for April, workbook attached (tab 2 has the auth numbers).\n\nKayla",
        atts=(
            Att(
                "April_new_starts.xlsx",
                XLSX,
                xlsx(
                    {
                        "Patients": [
                            ["Name", "DOB", "Member ID", "Drug", "Dx"],
                            [
                                "Wendell Osei",
                                "1959-08-02",
                                "HPN661024839",
                                "infliximab 5 mg/kg",
                                "M05.79",
                            ],
                            [
                                "Carla Mendonca",
                                "1983-01-27",
                                "NSH552930184",
                                "rituximab 1 g",
                                "M31.31",
                            ],
                            [
                                "Bettina Kraus",
                                "1970-11-15",
                                "AMB220948117",
                                "tocilizumab 8 mg/kg",
                                "M06.09",
                            ],
                        ],
                        "Auths": [
                            ["Member ID", "Auth #", "Visits"],
                            ["HPN661024839", "A-88201", 8],
                            ["NSH552930184", "A-88212", 2],
                            ["AMB220948117", "A-88230", 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for medical assistant",
        notes="Hard negative: job ad mentioning biologic injections and infusion patients generically.",
        frm=MGR,
        to="jobs@nhhealthcareers.com",
        subject="Posting: Medical Assistant - Rheumatology (FT)",
        body=(
            "Please post the following:\n\nMedical Assistant, full time. Room patients, take vitals, teach "
            "self-injection of biologics, assist with joint injections and DEXA scans. CMA preferred. Pay $21-24/hr. "
            "Apply to careers@granitevalleyrheum.com."
        ),
    ),
    Spec(
        phi=True,
        category="Reply to daughter about mother's prednisone taper",
        notes="Hard positive: first name + relationship + PMR prednisone taper to a relative's personal mailbox.",
        frm=NURSE,
        to="kbolduc.home@outlook.com",
        subject="RE: Mom's pills",
        body=(
            "Hi Karen,\n\nYes, your mom Yvette should drop from 12.5 mg to 10 mg of prednisone on Monday as Dr. K "
            "wrote. Her polymyalgia symptoms were much better at the last visit and her ESR came down to 18. If the "
            "shoulder stiffness comes back, call us.\n\nPaula RN"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Karen Bolduc <kbolduc.home@outlook.com>",
            to=f"rnline@{GVR}",
            subject="Mom's pills",
            body="Hi, my mother Yvette Bolduc is confused which dose she's on now. She is 78 and I fill her pill box. Thanks, Karen",
        ),
    ),
    Spec(
        phi=False,
        category="EHR vendor support ticket",
        notes="IT support ticket about a print driver; no patient data.",
        frm=f"IT <it@{GVR}>",
        to="support@meridianehr.com",
        subject="Ticket 40912 - label printer not printing from Rx module",
        body="Since the 26.1 update the Zebra label printer in room 3 doesn't print from the Rx module. Other apps print fine. Workstation GVR-WS07.",
    ),
    Spec(
        phi=True,
        category="Bone density result to patient",
        notes="DEXA T-score and osteoporosis diagnosis sent to patient's icloud address by name.",
        frm=NURSE,
        to="marjorie.tilley@icloud.com",
        subject="Your DEXA results",
        body=(
            "Dear Ms. Tilley,\n\nYour bone density scan from March 12 shows a T-score of -2.8 at the lumbar spine, "
            "which is in the osteoporosis range. Dr. Kowalczyk recommends starting alendronate 70 mg once weekly. "
            "Please call to discuss.\n\nGranite Valley Rheumatology"
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to patients list",
        notes="Hard negative: generic hydroxychloroquine shortage notice, no individual or list.",
        frm=FD,
        to=f"announcements@{GVR}",
        subject="Hydroxychloroquine shortage - what to do",
        body=(
            "Some pharmacies in the region are short on hydroxychloroquine 200 mg. If your pharmacy can't fill it, "
            "ask them to check the 300 mg strength or call our office for a transfer to another pharmacy. Do not stop "
            "your medicine without talking to us."
        ),
    ),
    Spec(
        phi=True,
        category="Disability form for employer HR",
        notes="Completed FMLA PDF to an employer naming employee and rheumatoid arthritis flares.",
        frm=f"Forms <forms@{GVR}>",
        to="leave@cobaltlogistics.com",
        subject="FMLA certification - D. Santangelo",
        body="Attached is the completed certification. Original mailed to the employee.",
        atts=(
            Att(
                "FMLA_Santangelo.pdf",
                "application/pdf",
                pdf(
                    [
                        "Granite Valley Rheumatology - Certification of Health Care Provider",
                        "Employee: Dominic Santangelo",
                        "Condition: rheumatoid arthritis with episodic flares",
                        "Intermittent leave: up to 2 days/month; infusion every 8 weeks (half day).",
                        "Provider: Anika Kowalczyk, MD",
                    ],
                    "FMLA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training to staff",
        notes="Hard negative: HIPAA training text using an obviously fictional example patient.",
        frm=MGR,
        to=f"allstaff@{GVR}",
        subject="Annual HIPAA refresher - due 3/31",
        body=(
            "Reminder: complete the HIPAA module by March 31.\n\nKey point from this year's module: never put "
            "a diagnosis in a subject line. BAD: 'Jane Doe lupus labs'. GOOD: 'Message from your care team'. "
            "The example names in the module are fictional.\n\nDenise"
        ),
    ),
    Spec(
        phi=True,
        category="Specialty pharmacy enrollment form",
        notes="Specialty pharmacy referral with patient name, DOB, phone and etanercept prescription.",
        frm=f"Prior Auth <priorauth@{GVR}>",
        to="intake@crestlinespecialtyrx.com",
        subject="New Rx - etanercept",
        body=(
            "New referral:\nPatient: Renata Vasquez-Oyelaran\nDOB: 05/22/1988\nPhone: 603-555-0163\nRx: Enbrel 50 mg "
            "SureClick weekly, qty 4, RF x5\nDx: L40.50 psoriatic arthritis\nPrescriber: A. Kowalczyk MD, NPI: 1482039579\n\nKayla, PA coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="Supply order to medical distributor",
        notes="Order of syringes and ultrasound gel; no patient.",
        frm=MGR,
        to="orders@bayviewmedsupply.com",
        subject="PO 2026-0317",
        body="Please ship: 10 bx 25G 1.5in needles, 6 bx 3 mL syringes, 12 btl ultrasound gel, 4 bx triamcinolone 40 mg/mL 1 mL vials. Account GV-1180.",
    ),
    Spec(
        phi=True,
        category="HTML lab result follow-up to patient",
        notes="HTML message to patient's gmail with ANA titer and lupus workup.",
        frm=NURSE,
        to="imani.rutherford@gmail.com",
        subject="Follow-up on your recent labs",
        body="",
        html=(
            "<html><body><p>Hi Imani,</p><p>Your <b>ANA came back positive at 1:640</b> (speckled) and your anti-dsDNA "
            "was 88 IU/mL. Dr. Kowalczyk would like to see you sooner to talk about lupus and start "
            "hydroxychloroquine. We moved your visit to <b>March 20 at 2:00</b>.</p><p>Nurse Line, Granite Valley Rheumatology</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Newsletter on living with arthritis (HTML)",
        notes="Hard negative: HTML patient-education newsletter about RA and exercise, no individual.",
        frm=f"Granite Valley News <news@{GVR}>",
        to="subscribers@lists.granitevalleyrheum.com",
        subject="Spring tips: moving with arthritis",
        body="",
        html=(
            "<html><body><h2>Spring tips</h2><p>Gentle water exercise is one of the best ways to keep joints moving "
            "with rheumatoid arthritis or osteoarthritis. The Keene YMCA runs an arthritis aquatics class Tuesdays "
            "and Thursdays.</p><p>Flu and shingles vaccines are recommended for most people taking biologics.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Attorney records release",
        notes="Hard positive: body names no one; the zip holds the client's name, MRN and fibromyalgia visit history, released under authorization.",
        frm=f"Medical Records <records@{GVR}>",
        to="paralegal@harwoodinjurylaw.com",
        subject="Records request #R-2291 - fulfilled",
        body="Per the signed HIPAA authorization received 3/9, attached are the records for your client from 2024 to present.",
        atts=(
            Att(
                "R-2291_records.zip",
                "application/zip",
                zipped(
                    {
                        "visit_summary.txt": "Granite Valley Rheumatology\nPatient: Lucas Whitcombe  MRN GV-177302\n2025-06-04 fibromyalgia, post-traumatic; duloxetine 60 mg.\n2025-11-19 persistent widespread pain after MVC, referred PT.\n",
                        "authorization.txt": "Authorization signed by Lucas Whitcombe 2026-03-02 for release to Harwood Injury Law.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Practice closure for snow day",
        notes="Office closure notice; no patient.",
        frm=FD,
        to=f"announcements@{GVR}",
        subject="Office closed Tuesday - snow",
        body="Due to the storm we are closed Tuesday 3/17. We will call everyone scheduled to rebook. Infusion patients: Tallgrass will reach you directly.",
    ),
    Spec(
        phi=True,
        category="Misdirected results to wrong domain",
        notes="Uric acid result with patient name sent to a look-alike domain; still PHI.",
        frm=NURSE,
        to="amartinez@riversideprimarycare.com",
        subject="labs for your pt",
        body="Uric acid for Oswaldo Ferreira (DOB 2/3/1961) was 10.2 on 3/13, creatinine 1.6. He's on allopurinol 100. Suggest renal dosing before we titrate.",
    ),
    Spec(
        phi=False,
        category="Provider credentialing packet to payer",
        notes="Hard negative: clinician credentialing with NPI and DEA; provider identifiers only.",
        frm=f"Credentialing <credentialing@{GVR}>",
        to="providerenrollment@northstarhealthplan.com",
        subject="Recredentialing - Dr. Hollis Nakamura",
        body=(
            "Attached data for recredentialing:\nHollis Nakamura, DO - Rheumatology\nNPI: 1629473053\nDEA BN5172046\n"
            "NH license 18844, board cert ABIM Rheum exp 2031.\nMalpractice: Coverys policy on file."
        ),
    ),
    Spec(
        phi=True,
        category="FHIR medication statement to care coordinator",
        notes="Hard positive: body is bland; FHIR JSON has patient name, MRN and leflunomide.",
        frm=f"EHR Interface <interface@{GVR}>",
        to="carecoord@monadnockaco.org",
        subject="Med rec export",
        body="Export from this morning for your reconciliation project.",
        atts=(
            Att(
                "medstatement.json",
                "application/fhir+json",
                '{"resourceType": "MedicationStatement", "status": "active", "subject": {"reference": "Patient/GV-209981", "display": "Nadia Ferreira-Holt"}, "medicationCodeableConcept": {"text": "leflunomide 20 mg tablet daily"}, "reasonCode": [{"text": "Rheumatoid arthritis"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified registry extract",
        notes="Hard negative: de-identified CorEvitas-style registry rows with study IDs, age bands, no identifiers.",
        frm=DRK,
        to="data@ra-registry-consortium.org",
        subject="Site 044 quarterly extract (de-identified)",
        body="Attached is the Safe Harbor de-identified extract for site 044. Study IDs only; key stays on site.",
        atts=(
            Att(
                "site044_q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["StudyID", "AgeBand", "Sex", "CDAI", "Biologic"],
                            ["S044-0012", "50-59", "F", 14.5, "adalimumab"],
                            ["S044-0031", "60-69", "M", 6.0, "none"],
                            ["S044-0047", "40-49", "F", 22.0, "tofacitinib"],
                        ],
                        "Dictionary": [
                            ["Field", "Meaning"],
                            ["CDAI", "Clinical Disease Activity Index"],
                            ["AgeBand", "10-year band"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Cancellation note with diagnosis in subject only",
        notes="Hard positive: body just asks to reschedule; subject names patient and vasculitis follow-up.",
        frm=FD,
        to="g.albrecht.family@aol.com",
        subject="Gunther Albrecht - GCA follow-up needs new date",
        body="Hi, Dr. Kowalczyk is out on 3/24. Please call 603-555-0110 to pick a new time. Thank you!",
    ),
    Spec(
        phi=False,
        category="Patient-facing price list",
        notes="Self-pay price list PDF with CPT codes; no individual.",
        frm=FD,
        to="info@keenecommunityfreeclinic.org",
        subject="Our self-pay rates as requested",
        body="Attached are our current self-pay rates for your uninsured referrals.",
        atts=(
            Att(
                "GVR_selfpay_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "Granite Valley Rheumatology - Self-pay fees 2026",
                        "99204 New patient visit  $240",
                        "20610 Large joint injection  $145",
                        "77080 DEXA  $110",
                    ],
                    "Self-pay",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Referral thank-you to PCP without patient",
        notes="Hard negative: generic thank-you to referring practice with referral statistics.",
        frm=DRK,
        to="mchen@riversideprimarycare.net",
        subject="Thanks for the referrals",
        body="Mei, thanks for sending us 31 new patients last year. Our new-patient wait for suspected inflammatory arthritis is now under 3 weeks - just flag 'urgent IA' on the referral.\n\nAnika",
    ),
    Spec(
        phi=True,
        category="Ultrasound report to orthopedics",
        notes="Hard positive: body is one line; the DOCX has patient name, MRN and synovitis/RA findings for an outside surgeon.",
        frm=DRK,
        to="scheduling@pinecrestortho.com",
        subject="US report for your consult",
        body="Attached as requested for the 3/25 consult.",
        atts=(
            Att(
                "US_report_GV-188840.docx",
                DOCX,
                docx(
                    [
                        "Granite Valley Rheumatology - Musculoskeletal Ultrasound",
                        "Patient: Teodora Lisowski   MRN GV-188840",
                        "Right wrist: grade 2 synovitis with power Doppler signal; ECU tenosynovitis.",
                        "Impression: active inflammatory arthritis, consistent with seropositive RA.",
                    ]
                ),
            ),
        ),
    ),
]
