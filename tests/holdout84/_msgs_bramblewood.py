"""Outbound mail of Bramblewood Oncology & Infusion, a community oncology practice (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import Att, Spec

SIG = "\n\n--\nBramblewood Oncology & Infusion\n2200 Bramblewood Pkwy, Suite 300, Ashford, OH 44004\nTel 440-555-0140 | Fax 440-555-0141"
CONF = "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please notify the sender and delete it."

_837 = (
    "ISA*00*          *00*          *ZZ*BRAMBLEWOOD    *ZZ*CLAIMBRIDGE    *261117*1405*^*00501*000008417*0*P*:~"
    "GS*HC*BRAMBLEWOOD*CLAIMBRIDGE*20261117*1405*8417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*BW8417*20261117*1405*CH~"
    "NM1*85*2*BRAMBLEWOOD ONCOLOGY AND INFUSION*****XX*1710168430~"
    "NM1*IL*1*FENWICK*DORIAN*R***MI*KHP448190372~"
    "DMG*D8*19580922*M~"
    "CLM*BW-2611-0433*11840.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:C3490*ABF:Z5111~"
    "LX*1~SV1*HC:J9271:JZ*11420.00*UN*200***1~DTP*472*D8*20261113~"
    "LX*2~SV1*HC:96413*420.00*UN*1***1~DTP*472*D8*20261113~"
    "SE*14*0001~GE*1*8417~IEA*1*000008417~"
)

_270 = (
    "ISA*00*          *00*          *ZZ*BRAMBLEWOOD    *ZZ*CLAIMBRIDGE    *261116*0912*^*00501*000000901*0*T*:~"
    "GS*HS*BRAMBLEWOOD*CLAIMBRIDGE*20261116*0912*901*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*CONNTEST01*20261116*0912~"
    "NM1*PR*2*CLAIMBRIDGE TEST PAYER*****PI*TEST00~"
    "NM1*1P*2*BRAMBLEWOOD ONCOLOGY AND INFUSION*****XX*1710168430~"
    "NM1*IL*1*TESTPATIENT*ZZTEST****MI*TEST0000001~"
    "EQ*30~SE*8*0001~GE*1*901~IEA*1*000000901~"
)

_HL7_CBC = (
    "MSH|^~\\&|BWO_LIS|BRAMBLEWOOD|EPIC|ASHFORDFAMILYMED|202611170842||ORU^R01|BW2611170842|P|2.5.1\r"
    "PID|1||BWO-447102^^^BWO^MR||ARCENEAUX^LUCILLE^M||19490611|F|||88 Quarry Ln^^Ashford^OH^44004||440-555-0167\r"
    "OBR|1||L26-88104|CBC^Complete blood count^L|||202611170715\r"
    "OBX|1|NM|WBC^WBC||2.1|10*3/uL|4.0-10.5|L|||F\r"
    "OBX|2|NM|ANC^Absolute neutrophils||0.9|10*3/uL|1.8-7.7|L|||F\r"
    "OBX|3|NM|HGB^Hemoglobin||8.7|g/dL|12.0-15.5|L|||F\r"
    "OBX|4|NM|PLT^Platelets||94|10*3/uL|150-400|L|||F\r"
    "NTE|1||Post cycle 3 carboplatin/paclitaxel nadir check\r"
)

_FHIR_TEST = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"system": "http://bramblewoodonc.com/tags", "code": "SANDBOX-TEST", "display": "Synthetic test data - not a real person"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "test-001", "name": [{"family": "Testpatient", "given": ["Sandbox"]}], "birthDate": "1900-01-01", "identifier": [{"system": "urn:bwo:mrn", "value": "TEST-000001"}]}},
    {"resource": {"resourceType": "MedicationRequest", "id": "test-mr-1", "status": "draft", "subject": {"reference": "Patient/test-001"}, "medicationCodeableConcept": {"text": "TEST DRUG 1 mg"}}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="infusion appointment reminder to patient",
        notes="Patient's full name with FOLFOX cycle, chair and pump disconnect date sent to his gmail.",
        frm="Infusion Scheduling <infusion@bramblewoodonc.com>",
        to="marcus.delacroix71@gmail.com",
        subject="Your infusion visit on Wednesday, November 18",
        body=(
            "Dear Marcus Delacroix,\n\nThis is a reminder of your cycle 4 FOLFOX infusion on Wednesday, November 18 "
            "at 8:30 AM in the infusion suite (chair 6). Please arrive 30 minutes early for labs. You will go home "
            "with the 5-FU pump, and we will see you Friday the 20th at 10:00 for the disconnect.\n\n"
            "If you have a fever of 100.4 or higher before then, call us right away." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="nurse update to son about mother's ANC",
        notes="Hard positive: only a first name and relationship, but ties mom Priya to a low ANC and held chemo, sent to the son's personal mailbox.",
        frm="Tamsin Wolde RN <twolde@bramblewoodonc.com>",
        to="dev.raman.86@yahoo.com",
        subject="re: tomorrow",
        body=(
            "Hi Dev,\n\nThanks for calling back. Your mom's (Priya's) ANC came back at 0.6 this morning, so Dr. Okafor "
            "wants to hold tomorrow's treatment and recheck on Monday. She doesn't need to come in tomorrow. Please keep "
            "an eye on her temperature over the weekend.\n\nTamsin" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="Hard positive: body is a bare batch note; the attached 837 names the subscriber with member ID, DOB, lung cancer code and pembrolizumab.",
        frm="Billing Office <billing@bramblewoodonc.com>",
        to="submissions@claimbridgeedi.com",
        subject="Batch 8417 - professional claims",
        body="Batch 8417 attached for processing. 1 claim, total charges $11,840.00.\n\nThanks,\nRenata Boyle, Billing"
        + SIG,
        atts=(Att("BW_8417_837P.x12", "application/edi-x12", _837),),
    ),
    Spec(
        phi=False,
        category="X12 270 connectivity test with declared test subscriber",
        notes="Hard negative: eligibility test transaction in test mode (T) with a TESTPATIENT/ZZTEST subscriber, declared as a connectivity test.",
        frm="Billing Office <billing@bramblewoodonc.com>",
        to="support@claimbridgeedi.com",
        subject="Connectivity test - 270 file (TEST ONLY, no real member)",
        body=(
            "Hi ClaimBridge support,\n\nAs requested for ticket CB-20941 we're sending a 270 in test mode. The subscriber "
            "is your documented dummy member TESTPATIENT/ZZTEST, not a real person. Please confirm you receive the 271.\n\nRenata"
            + SIG
        ),
        atts=(Att("conn_test_270.x12", "application/edi-x12", _270),),
    ),
    Spec(
        phi=True,
        category="prior authorization letter to payer (PDF)",
        notes="Hard positive: body names no patient; the PDF letter has name, DOB, member ID, NSCLC diagnosis and pembrolizumab request.",
        frm="Prior Auth Team <priorauth@bramblewoodonc.com>",
        to="oncology.um@keystonehealthplan.com",
        subject="Prior authorization request - ref PA-26-11-0788",
        body="Please find the attached letter of medical necessity for reference PA-26-11-0788. Clinical notes to follow by fax."
        + SIG,
        atts=(
            Att(
                "PA-26-11-0788_LMN.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRAMBLEWOOD ONCOLOGY & INFUSION",
                        "Letter of Medical Necessity",
                        "Patient: Dorian R. Fenwick   DOB: 09/22/1958",
                        "Keystone Health Plan member ID: KHP448190372",
                        "Diagnosis: C34.90 Non-small cell lung cancer, stage IV, PD-L1 TPS 80%",
                        "Requested: pembrolizumab 200 mg IV every 21 days (J9271)",
                        "First-line therapy per NCCN category 1. No EGFR/ALK alterations.",
                        "Helena Marchetti, MD, Medical Oncology  NPI 1710168430",
                    ],
                    "Letter of Medical Necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="carboplatin shortage notice to referring practices",
        notes="Hard negative: drug shortage and substitution policy naming chemotherapy drugs and cancers but no patient.",
        frm="Pharmacy Director <pharmacy@bramblewoodonc.com>",
        to="referrals-list@ashfordphysiciansnetwork.org",
        subject="Carboplatin supply update and interim dosing policy",
        body=(
            "Colleagues,\n\nOur wholesaler has again placed carboplatin on allocation through at least mid-December. Until supply "
            "recovers, Bramblewood will:\n\n  1. Prioritise curative-intent regimens (e.g. ovarian, testicular, limited-stage SCLC).\n"
            "  2. Round doses to the nearest vial size within 10%.\n  3. Discuss cisplatin substitution case by case.\n\n"
            "No action is needed from referring offices; we will contact affected patients directly.\n\n"
            "Gareth Lund, PharmD, BCOP\nDirector of Pharmacy" + SIG + CONF
        ),
    ),
    Spec(
        phi=False,
        category="infusion nurse staffing workbook",
        notes="Hard negative: multi-sheet schedule listing nurses, chair blocks and skills; no patient appears.",
        frm="Tamsin Wolde RN <twolde@bramblewoodonc.com>",
        to="staffing@flexcarenursingagency.com",
        subject="December infusion RN coverage - agency slots",
        body="Attached is the December grid. Yellow rows are the shifts we need agency chemo-certified RNs for. Sheet 2 lists competencies required.\n\nTamsin Wolde, RN, OCN\nInfusion Suite Manager"
        + SIG,
        atts=(
            Att(
                "Dec_infusion_staffing.xlsx",
                XLSX,
                xlsx(
                    {
                        "Grid": [
                            ["Date", "Shift", "Chairs", "RN", "Status"],
                            ["2026-12-01", "07:00-15:30", "1-6", "T. Wolde", "Staff"],
                            ["2026-12-01", "07:00-15:30", "7-12", "OPEN", "Agency needed"],
                            ["2026-12-02", "09:30-18:00", "7-12", "J. Pacheco", "Staff"],
                            ["2026-12-03", "07:00-15:30", "1-6", "OPEN", "Agency needed"],
                        ],
                        "Competencies": [
                            ["Requirement", "Notes"],
                            ["ONS/ONCC chemo-biotherapy provider card", "Current"],
                            ["Vesicant administration", "Peripheral and port"],
                            ["Hypersensitivity reaction protocol", "Sign off on day 1"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daily infusion schedule to compounding pharmacy",
        notes="Hard positive: body is logistics only; the multi-sheet workbook lists patients by name and MRN with regimens and doses.",
        frm="Pharmacy Director <pharmacy@bramblewoodonc.com>",
        to="orders@precisioncompounding.com",
        subject="Thu 11/19 batch prep list",
        body="Hi team, Thursday's prep list attached (sheet 2 has the premeds). Courier pickup at 06:15 as usual.\n\nGareth"
        + SIG,
        atts=(
            Att(
                "prep_2026-11-19.xlsx",
                XLSX,
                xlsx(
                    {
                        "Chemo": [
                            ["Time", "Patient", "MRN", "Drug", "Dose", "Diluent"],
                            [
                                "08:00",
                                "Halvorsen, Ingrid",
                                "BWO-330981",
                                "Paclitaxel",
                                "175 mg/m2 = 312 mg",
                                "NS 500 mL",
                            ],
                            [
                                "08:30",
                                "Mbeki, Thando",
                                "BWO-512774",
                                "Oxaliplatin",
                                "85 mg/m2 = 158 mg",
                                "D5W 250 mL",
                            ],
                            [
                                "10:00",
                                "Quintero, Rosa",
                                "BWO-402215",
                                "Daratumumab SC",
                                "1800 mg",
                                "n/a",
                            ],
                        ],
                        "Premeds": [
                            ["Patient", "Premed"],
                            [
                                "Halvorsen, Ingrid",
                                "Dexamethasone 20 mg, diphenhydramine 50 mg, famotidine 20 mg",
                            ],
                            ["Mbeki, Thando", "Palonosetron 0.25 mg, dexamethasone 12 mg"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician bio for community magazine",
        notes="Hard negative: a clinician's bio naming the cancers she treats and her research; no patient.",
        frm="Marketing <marketing@bramblewoodonc.com>",
        to="editor@ashfordlivingmagazine.com",
        subject="Bio and headshot caption for the December issue",
        body=(
            "Hi Colleen,\n\nHere is the bio for the 'Meet your doctors' column:\n\n"
            "Dr. Helena Marchetti is a board-certified medical oncologist who focuses on triple-negative and HER2-positive breast "
            "cancer. Before joining Bramblewood she led a clinical trial program on antibody-drug conjugates at a university "
            "hospital. She is a two-time breast cancer survivors' 5K organiser and lives in Ashford with her family.\n\n"
            "Caption: Dr. Helena Marchetti, Medical Oncology.\n\nThanks!\nNoor" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="employer work-accommodation letter",
        notes="Letter to patient's employer naming her, her chemotherapy schedule and expected side effects.",
        frm="Rhea Castellanos NP <rcastellanos@bramblewoodonc.com>",
        to="hr@tristatelogistics.com",
        subject="Work accommodation - Carla Nygaard",
        body="Please see the attached letter, provided at Ms. Nygaard's request with her signed authorization."
        + SIG,
        atts=(
            Att(
                "Nygaard_accommodation_letter.docx",
                DOCX,
                docx(
                    [
                        "November 17, 2026",
                        "To whom it may concern:",
                        "Carla Nygaard is under my care at Bramblewood Oncology & Infusion and is receiving chemotherapy every 14 days through March 2027.",
                        "On infusion days and the two days after, she may have fatigue and nausea. I recommend remote work on those days and no lifting over 20 lb while her port is healing.",
                        "Rhea Castellanos, MSN, AGPCNP-BC",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor quote request for recliner chairs",
        notes="Purchasing e-mail about infusion chairs; no patient information.",
        frm="Operations <ops@bramblewoodonc.com>",
        to="sales@comfortlinemedical.com",
        subject="Quote: 4 power infusion recliners",
        body="Hello,\n\nCould you quote 4 of the Model 7400 power recliners (vinyl, 'slate'), with IV poles and side tables, delivered to suite 300? We'd like delivery before Jan 15.\n\nThanks,\nOwen Petrakis\nOperations Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 CBC result to primary care",
        notes="Hard positive: the body only mentions resending an interface file; the HL7 message carries name, DOB, MRN, address and nadir blood counts.",
        frm="Lab Interface <lab@bramblewoodonc.com>",
        to="results@ashfordfamilymed.com",
        subject="Results interface - manual resend",
        body="Resending one ORU that failed on your side last night (ACK AE). File attached.\n\nBramblewood lab interface"
        + SIG,
        atts=(Att("ORU_BW2611170842.hl7", "application/hl7-v2", _HL7_CBC),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher with fictional example",
        notes="Hard negative: staff training e-mail whose example patient is an explicitly fictional placeholder with a zero MRN.",
        frm="Compliance <compliance@bramblewoodonc.com>",
        to="all-staff@bramblewoodonc.com",
        subject="Annual HIPAA refresher - due Dec 12",
        body=(
            "Team,\n\nOur annual privacy module is live. One reminder from this year's incidents: never put patient details "
            "in a subject line. For example, a subject such as 'Labs for [Patient Name], MRN [000000]' would be a violation "
            "even if the message itself is encrypted. Use the ticket or reference number instead.\n\n"
            "The module takes about 25 minutes. Completion is required by December 12.\n\nDana Whitcombe\nPrivacy Officer"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="patient balance statement",
        notes="Statement to patient's mailbox with her name, account number and infusion charges.",
        frm="Patient Accounts <statements@bramblewoodonc.com>",
        to="june.holloway@outlook.com",
        subject="Your Bramblewood statement - account 20-448812",
        body=(
            "Dear June Holloway,\n\nAfter your insurance payment, your balance for services on 10/28/2026 (chemotherapy infusion, "
            "1 hr; zoledronic acid) is $184.60. You can pay online or call us to set up a payment plan.\n\n"
            "Account: 20-448812" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis in subject line only",
        notes="Hard positive: the body says only 'attached as discussed'; the subject pairs surname with neutropenic fever and the attachment is the patient's precautions sheet.",
        frm="Rhea Castellanos NP <rcastellanos@bramblewoodonc.com>",
        to="frontdesk@ashfordurgentcare.com",
        subject="Okonkwo - neutropenic fever precautions / on active chemo",
        body="Attached as discussed on the phone.\n\nRhea" + SIG,
        atts=(
            Att(
                "precautions.txt",
                "text/plain",
                "Patient: Chidi Okonkwo, DOB 04/02/1967\nOn docetaxel q21d, last dose 11/13/2026.\nIf T >= 38.0 C: draw cultures x2, start cefepime 2 g IV within 60 min, call on-call oncologist 440-555-0140.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate infusion-reaction quality report",
        notes="Hard negative: quarterly counts and rates of infusion reactions by drug; no individual.",
        frm="Quality <quality@bramblewoodonc.com>",
        to="board@bramblewoodonc.com",
        subject="Q3 infusion safety dashboard",
        body=(
            "Board members,\n\nQ3 summary:\n\n"
            "Drug            Administrations   Reactions   Rate/1000\n"
            "Paclitaxel            612              9          14.7\n"
            "Oxaliplatin           498              4           8.0\n"
            "Rituximab             211              6          28.4\n"
            "Carboplatin           377              2           5.3\n\n"
            "No grade 4 reactions. Extravasations: 1 (no surgical intervention).\n\nMaya Rosenthal, Quality"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="infusion RN job posting",
        notes="Hard negative: job ad describing chemotherapy, ports and oncology patients in general.",
        frm="Talent <careers@bramblewoodonc.com>",
        to="postings@ohionursesjobboard.com",
        subject="Posting: Oncology Infusion RN (FT, days)",
        body=(
            "Please post the following through January 31:\n\nONCOLOGY INFUSION RN - Bramblewood Oncology & Infusion, Ashford OH\n"
            "Administer chemotherapy, immunotherapy and supportive infusions in a 12-chair suite; access implanted ports; "
            "educate patients on side effects; manage hypersensitivity reactions. Requirements: Ohio RN licence, 2 years "
            "oncology or critical care, ONS chemo-biotherapy certificate within 6 months. Mon-Fri, no nights, no holidays."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="records to attorney in encrypted zip",
        notes="Cover e-mail names the client with DOB and describes oncology treatment records in the password-protected archive.",
        frm="Health Information <him@bramblewoodonc.com>",
        to="paralegal@whitfieldandsons-law.com",
        subject="Records request RR-2611-057",
        body=(
            "Dear Ms. Ferraro,\n\nPer the signed authorization, attached are the records for your client Terrence Albright "
            "(DOB 1/14/1955): office notes, infusion administration records and CT reports, 6/2025 to present. The archive is "
            "password protected; the password will come by phone.\n\nHealth Information Management"
            + SIG
        ),
        atts=(
            Att(
                "RR-2611-057.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Albright_T_office_notes.txt": "Terrence Albright DOB 01/14/1955\n2025-06-03 New patient: metastatic prostate cancer, castration-resistant. Plan docetaxel.\n",
                        "Albright_T_MAR.txt": "Docetaxel 75 mg/m2 administered 2025-06-17, 2025-07-08, 2025-07-29.\n",
                    },
                    "Bw-RR057-hold",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours announcement (HTML)",
        notes="HTML-only holiday hours notice to the newsletter list; general to all patients, no individual.",
        frm="Bramblewood Oncology <news@bramblewoodonc.com>",
        to="patient-news@lists.bramblewoodonc.com",
        subject="Thanksgiving week hours",
        body="",
        html=(
            "<html><body><h2>Thanksgiving week hours</h2><p>The office and infusion suite will be closed Thursday, Nov 26 and "
            "Friday, Nov 27. Our on-call oncologist is available 24/7 at 440-555-0140.</p><p>Infusions normally scheduled on those "
            "days have been moved; our schedulers are calling everyone affected.</p><p>Wishing you a peaceful holiday,<br>"
            "Bramblewood Oncology &amp; Infusion</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="chemo teaching appointment invitation",
        notes="Calendar invite to patient's icloud naming him and his chemo teaching session and port check.",
        frm="Infusion Scheduling <infusion@bramblewoodonc.com>",
        to="eli.vanterpool@icloud.com",
        subject="Invitation: Chemo teaching visit, Fri Nov 20",
        body="Hi Eli, adding this to your calendar. Bring your medication list and a support person if you like."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bramblewood//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-teach-88213@bramblewoodonc.com\r\nDTSTAMP:20261117T150000Z\r\nDTSTART:20261120T150000Z\r\nDTEND:20261120T160000Z\r\n"
            "SUMMARY:Chemo teaching (R-CHOP) + port check - Eli Vanterpool\r\nLOCATION:Bramblewood Oncology, Suite 300\r\n"
            "ATTENDEE;CN=Eli Vanterpool:mailto:eli.vanterpool@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="tumor board meeting invite",
        notes="Hard negative: recurring tumor board invitation with logistics only; cases are not listed.",
        frm="Dr. Samuel Okafor <sokafor@bramblewoodonc.com>",
        to="tumorboard@ashfordgeneral.org",
        subject="Thoracic tumor board - December series",
        body="All,\n\nCalendar hold for the December thoracic tumor boards. Case lists will be posted in the secure portal 48 h ahead, not by e-mail.\n\nSam Okafor, MD"
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bramblewood//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-ttb-dec26@bramblewoodonc.com\r\nDTSTAMP:20261117T150000Z\r\nDTSTART:20261203T123000Z\r\nDTEND:20261203T133000Z\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Thoracic Tumor Board\r\nLOCATION:Ashford General, Conf Rm B / video\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient portal message to dermatologist",
        notes="Forward of a patient's own message about a cetuximab rash, with her name, to an outside dermatologist.",
        frm="Dr. Samuel Okafor <sokafor@bramblewoodonc.com>",
        to="dr.feld@lakeshoredermatology.com",
        subject="Fwd: rash is worse",
        body="Aaron, could you squeeze her in this week? Grade 2 acneiform rash on cetuximab, doxycycline started Friday. Her note below.\n\nSam"
        + SIG,
        forward=Spec(
            phi=True,
            category="patient message",
            notes="nested",
            frm="Yvette Brandauer <ybrandauer@gmail.com>",
            to="Dr. Samuel Okafor <sokafor@bramblewoodonc.com>",
            subject="rash is worse",
            body="Dr. Okafor, the rash on my face and chest from the Erbitux is spreading and some spots are weeping. The doxy isn't helping yet. Should I skip Tuesday? - Yvette Brandauer",
        ),
    ),
    Spec(
        phi=False,
        category="declining pharma rep lunch",
        notes="Office reply to a pharmaceutical representative; no patient information.",
        frm="Front Office <office@bramblewoodonc.com>",
        to="k.mendez@veridianpharma.com",
        subject="Re: lunch-and-learn in December",
        body="Hi Kayla,\n\nThanks for reaching out. We're pausing sponsored lunches until February while we renovate the break room. Feel free to drop off the updated prescribing information at the front desk.\n\nBest,\nLena"
        + SIG,
    ),
    Spec(
        phi=True,
        category="port site photo named after patient",
        notes="Hard positive: the patient's name appears only in the photo's file name, attached with a post-op port site description.",
        frm="Rhea Castellanos NP <rcastellanos@bramblewoodonc.com>",
        to="vascular@ashfordsurgicalassoc.com",
        subject="port site - photo from today",
        body="Hi Dr. Imre,\n\nPhoto from today's visit, 3 days after the port you placed. ~2 cm erythema, no drainage, afebrile. OK to watch, or do you want to see her?\n\nRhea"
        + SIG,
        atts=(Att("R_Hollis_portsite_2026-11-17.png", "image/png", png(6, 6, (214, 120, 110))),),
    ),
    Spec(
        phi=False,
        category="logo file to print vendor",
        notes="Brand artwork sent to a printer; no patient information.",
        frm="Marketing <marketing@bramblewoodonc.com>",
        to="orders@ashfordprintworks.com",
        subject="Logo for the new appointment cards",
        body="Hi, attached is the logo for the appointment card reorder (qty 2,000, same layout as last time).\n\nNoor Haddad"
        + SIG,
        atts=(Att("bramblewood_logo_teal.png", "image/png", png(8, 4, (20, 128, 128))),),
    ),
    Spec(
        phi=False,
        category="supply order confirmation with SSN-shaped PO",
        notes="Hard negative: a purchase order number formatted like an SSN on an IV supply order; no person or health data.",
        frm="Operations <ops@bramblewoodonc.com>",
        to="customerservice@medlinksupplyco.com",
        subject="PO 412-58-3307 - confirm ship date",
        body=(
            "Hello,\n\nPlease confirm the ship date for PO 412-58-3307:\n- 40 cs closed-system transfer devices\n- 12 cs 0.2 micron in-line filters\n"
            "- 6 cs chemo spill kits\n\nShip to suite 300 receiving, attn Owen Petrakis.\n\nThank you"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="manufacturer foundation copay application with SSN",
        notes="Patient assistance application to a foundation with name, SSN, income and multiple myeloma drug.",
        frm="Financial Counselor <finance@bramblewoodonc.com>",
        to="apply@myelomacarefoundation.org",
        subject="Copay assistance application - new patient",
        body=(
            "Hello,\n\nSubmitting a copay assistance application on behalf of our patient:\n\n"
            "Name: Harold Weatherspoon\nDOB: 07/30/1951\nSSN: 418-62-7305\nDiagnosis: multiple myeloma (C90.00)\n"
            "Drug: daratumumab/hyaluronidase + lenalidomide + dexamethasone\nHousehold income: $38,400 (2 persons)\n\n"
            "Signed consent is on file. Please reply with the approval number.\n\nBelinda Shaw, Financial Counselor"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare Advantage denial follow-up by MBI",
        notes="Hard positive: no name, but the MBI ties a beneficiary to a bevacizumab claim denial and colon cancer.",
        frm="Billing Office <billing@bramblewoodonc.com>",
        to="provider.appeals@heartlandmedicareadv.com",
        subject="Reconsideration - claim 26-3318-0442",
        body=(
            "We are requesting reconsideration of claim 26-3318-0442.\n\nMBI: 5KR7-HN2-PW48\nDOS: 10/21/2026\n"
            "J9035 bevacizumab 400 mg, 96413, 96415\nDx: C18.7, C78.7\n\nDenial reason CO-50 is not supported; bevacizumab with "
            "FOLFIRI is on-label for metastatic colorectal cancer. Infusion records attached to the portal upload.\n\nRenata Boyle"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="physician credentialing with NPI and DEA",
        notes="Hard negative: credentialing packet details of a clinician (NPI, DEA, licence); provider identifiers are not PHI.",
        frm="Credentialing <credentialing@bramblewoodonc.com>",
        to="medstaff@ashfordgeneral.org",
        subject="Reappointment - Samuel Okafor, MD",
        body=(
            "Hello Medical Staff Office,\n\nFor Dr. Okafor's reappointment:\n\nSamuel Okafor, MD - Hematology/Oncology\nNPI 1342006487\n"
            "DEA BK8471637 (exp 08/2028)\nOhio licence 35.118842\nBoard certification: ABIM Medical Oncology, Hematology\n\n"
            "Malpractice certificate to follow.\n\nPriya Nandakumar, Credentialing" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="FHIR sandbox bundle with synthetic patient",
        notes="Hard negative: FHIR test bundle tagged as synthetic sandbox data with a placeholder patient, sent to an EHR vendor.",
        frm="IT Integration <integration@bramblewoodonc.com>",
        to="onboarding@onchartehr.com",
        subject="Sandbox bundle for the MedicationRequest mapping issue",
        body="Hi OnChart team,\n\nAttached is the synthetic bundle that reproduces ticket OC-7713 (status 'draft' is dropped). Everything in it is sandbox test data.\n\nLuis Ortega, Integration Analyst"
        + SIG,
        atts=(Att("oc7713_test_bundle.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="biosimilar switch patient list to PBM",
        notes="Hard positive: the csv lists patients by name, MRN and member ID with their trastuzumab/bevacizumab products.",
        frm="Pharmacy Director <pharmacy@bramblewoodonc.com>",
        to="specialty.ops@northpointrx.com",
        subject="Biosimilar transition list (Jan 1)",
        body="Per our call, here are the patients moving to the plan-preferred biosimilar on 1/1. Please update the authorizations.\n\nGareth"
        + SIG,
        atts=(
            Att(
                "biosimilar_transition.csv",
                "text/csv",
                "name,mrn,member_id,current_product,new_product\n"
                "Ostrowski Lena,BWO-220871,NPX71100234,Herceptin,Kanjinti\n"
                "Baptiste Ronel,BWO-304452,NPX71100918,Avastin,Mvasi\n"
                "Kerrigan Maeve,BWO-611029,NPX71101377,Herceptin,Ogivri\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug inventory export to wholesaler",
        notes="Lot and quantity csv for a returns credit; products only, no patients.",
        frm="Pharmacy Director <pharmacy@bramblewoodonc.com>",
        to="returns@cardinalpeakdistrib.com",
        subject="Return authorization RA-55190 - short-dated vials",
        body="Attached: lots for RA-55190. Pickup Friday.\n\nGareth Lund" + SIG,
        atts=(
            Att(
                "RA-55190.csv",
                "text/csv",
                "ndc,product,lot,expiry,qty\n0069-0072-01,gemcitabine 1 g,GX2231A,2026-12-31,6\n63323-0172-10,leucovorin 350 mg,LV88012,2026-12-15,10\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospice referral note",
        notes="Names a patient who has decided to stop chemotherapy and needs a hospice evaluation.",
        frm="Dr. Helena Marchetti <hmarchetti@bramblewoodonc.com>",
        to="intake@ashfordhospice.org",
        subject="referral",
        body="Hi Jen - Gloria Abernathy (DOB 2/9/1944, 40 Orchard Row, Ashford) has decided to stop chemo for her pancreatic cancer. Family is asking for a home hospice eval this week. Daughter Marie is the contact at 440-555-0182.\n\nHelena"
        + SIG,
    ),
    Spec(
        phi=False,
        category="extravasation protocol with blank fields",
        notes="Hard negative: a clinical protocol document whose documentation section has only blank template fields.",
        frm="Tamsin Wolde RN <twolde@bramblewoodonc.com>",
        to="nursing.education@ashfordgeneral.org",
        subject="Our extravasation protocol (as promised)",
        body="Hi Ruth, here is the current version for your comparison project. Feel free to reuse the documentation template.\n\nTamsin"
        + SIG,
        atts=(
            Att(
                "Extravasation_protocol_v4.docx",
                DOCX,
                docx(
                    [
                        "Bramblewood Oncology & Infusion - Vesicant Extravasation Management, v4 (2026)",
                        "1. Stop the infusion; leave the catheter in place and aspirate residual drug.",
                        "2. Anthracyclines: dexrazoxane within 6 h. Vinca alkaloids: warm compress, hyaluronidase.",
                        "3. Documentation template - Patient name: ________  MRN: ________  Drug/volume: ________  Photo taken: Y / N",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-infusion visit summary (HTML)",
        notes="HTML-only after-visit summary to patient's gmail with name, rituximab dose and vitals.",
        frm="Bramblewood Infusion <infusion@bramblewoodonc.com>",
        to="beatrix.kowalczyk@gmail.com",
        subject="Your visit summary - November 17",
        body="",
        html=(
            "<html><body><p>Dear Beatrix Kowalczyk,</p><p>Today you received <b>rituximab 375 mg/m&sup2; (690 mg)</b> over 4 h 10 min. "
            "You had mild chills at 100 mg/h, treated with meperidine 25 mg; the rate was resumed.</p>"
            "<table border='1'><tr><th>Time</th><th>BP</th><th>HR</th><th>Temp</th></tr><tr><td>09:05</td><td>128/76</td><td>82</td><td>36.8</td></tr>"
            "<tr><td>11:40</td><td>134/80</td><td>96</td><td>37.9</td></tr></table><p>Next cycle: December 8.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice to staff",
        notes="IT maintenance notice to the workforce; no patient information.",
        frm="IT Help Desk <it@bramblewoodonc.com>",
        to="all-staff@bramblewoodonc.com",
        subject="Planned EHR downtime Sat 11/21 22:00-02:00",
        body="OnChart will be unavailable Saturday night for the quarterly upgrade. Downtime forms are in the blue binder at each nurse station. Infusion pumps are not affected.\n\nIT Help Desk, x4400",
    ),
    Spec(
        phi=True,
        category="terse clinical handoff to home infusion",
        notes="Hard positive: abbreviation-heavy note with initials, age/sex, MRN, colorectal cancer regimen and platelet count.",
        frm="Rhea Castellanos NP <rcastellanos@bramblewoodonc.com>",
        to="intake@homestreaminfusion.com",
        subject="pump d/c change",
        body="JR 62M mCRC on FOLFIRI+bev, MRN BWO-558120. C6D1 held 11/17, plt 68k. Pls cancel 11/19 home d/c visit; resched to wk of 11/24.\n-RC"
        + SIG,
    ),
    Spec(
        phi=False,
        category="thank-you to comfort fund donor",
        notes="Hard negative: personal-mailbox thank-you to a donor for warm blankets in the infusion suite; no one's health is described.",
        frm="Development Office <giving@bramblewoodonc.com>",
        to="theresa.okoye@aol.com",
        subject="Thank you for the blankets!",
        body="Dear Theresa,\n\nThank you so much for the 60 fleece blankets your book club sewed for the infusion suite. They went into the warmer this morning and people were already asking where they came from. A tax receipt for the fabric costs is attached to your donor account.\n\nWith gratitude,\nAmelia Grant, Development"
        + SIG,
    ),
]
