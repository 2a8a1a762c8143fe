"""Outbound mail of Birchwood Dermatology & Mohs Surgery (37): patients, families, referring
physicians, payers, pathology, vendors, lawyers and staff."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nBirchwood Dermatology & Mohs Surgery\n2210 N. Alder Ridge Pkwy, Suite 300, Tempe AZ 85281\n"
    "Tel 480-555-0142 | Fax 480-555-0143\n"
    "CONFIDENTIALITY: This message may contain protected health information. If you received it in "
    "error, please notify the sender and delete it."
)

_PATH_PDF = pdf(
    [
        "BIRCHWOOD DERMATOLOGY & MOHS SURGERY - DERMATOPATHOLOGY REPORT",
        "Patient: HOLLOWAY, GRETCHEN A.     MRN: BDM-0418822     DOB: 07/19/1956",
        "Accession: DP26-03311     Collected: 03/10/2026     Received: 03/11/2026",
        "Site: Left upper back, shave biopsy",
        "Diagnosis: Malignant melanoma in situ, lentigo maligna type; peripheral margin involved.",
        "Comment: Recommend wide local excision with 5 mm margins or staged excision.",
        "Electronically signed: Priya Venkataraman, MD, Dermatopathology",
    ],
    "DP26-03311",
)

_MOHS_CSV = (
    "0730,Okafor T.,BDM-0392015,R nasal ala,BCC nodular,Dr. Halvorsen\r\n"
    "0800,Brandt-Lyle M.,BDM-0410077,L helix,SCC well diff,Dr. Halvorsen\r\n"
    "0830,Castellanos R.,BDM-0377406,R lower eyelid,BCC infiltrative,Dr. Halvorsen\r\n"
    "0930,Whitlock E.,BDM-0422918,scalp vertex,SCC in situ,Dr. Nakashima\r\n"
    "1000,Pruitt D.,BDM-0401366,L cheek,BCC superficial,Dr. Nakashima\r\n"
)

_AGING = xlsx(
    {
        "Over 90": [
            ["Account", "Patient", "DOS", "CPT", "Payer", "Balance"],
            ["A-208811", "Feeney, Colm", "2025-11-04", "17311", "Self-pay", 612.4],
            ["A-209372", "Szabo, Ilona", "2025-10-21", "11102", "Cigna denial CO-197", 188.0],
            ["A-210045", "Marchetti, Paul", "2025-11-18", "17312", "UHC appeal pending", 940.15],
        ],
        "61-90": [
            ["Account", "Patient", "DOS", "CPT", "Payer", "Balance"],
            ["A-211908", "Oyelaran, Funmi", "2025-12-09", "96910", "BCBS AZ", 77.5],
            ["A-212263", "Lindqvist, Bo", "2025-12-16", "17000", "Self-pay", 145.0],
        ],
        "Notes": [
            ["Prepared for", "Sonoran Revenue Partners (BAA on file)"],
            ["Run date", "2026-03-13"],
        ],
    }
)

_STATS = xlsx(
    {
        "Mohs cases 2025": [
            ["Tumour", "Cases", "Mean stages", "5-yr recurrence (published)"],
            ["BCC", 1184, 1.6, "1.0%"],
            ["SCC", 402, 1.8, "3.1%"],
            ["Melanoma in situ", 61, 2.2, "0.5%"],
        ],
        "By site": [
            ["Site", "Cases"],
            ["Nose", 388],
            ["Ear", 174],
            ["Cheek", 241],
            ["Other H&N", 506],
        ],
        "Method": [
            ["Counts only, no patient-level data; cells under 11 suppressed."],
            ["Source: Birchwood QA registry"],
        ],
    }
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note - Birchwood Dermatology &amp; Mohs Surgery</title>
  <recordTarget><patientRole>
    <id extension="BDM-0399174" root="2.16.840.1.113883.3.7373"/>
    <addr><streetAddressLine>418 W. Palo Verde Dr</streetAddressLine><city>Mesa</city><state>AZ</state><postalCode>85201</postalCode></addr>
    <patient><name><given>Harold</given><family>Trujillo</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19420603"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Merkel cell carcinoma, right temple (C4A.39), excised 03/12/2026; sentinel node biopsy pending. Chronic lymphocytic leukemia on ibrutinib.</text>
    </section></component>
    <component><section><title>Reason for referral</title>
      <text>Radiation oncology consultation for adjuvant therapy to tumour bed.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_HL7 = (
    "MSH|^~\\&|BDM_DERMPATH|BIRCHWOOD|EPIC|DESERTSKYFM|202603171412||ORU^R01|BDM73118|P|2.5.1\r"
    "PID|1||BDM-0425530^^^BDM^MR||NGUYEN^THANH^V||19690214|M|||77 E Camelback Rd^^Phoenix^AZ^85012||480-555-0167\r"
    "OBR|1||DP26-03402|88305^Surgical pathology^CPT|||20260313\r"
    "OBX|1|TX|22637-3^Path report final dx^LN||Basal cell carcinoma, nodular and micronodular, left nasal sidewall; deep margin involved.||||||F\r"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*BIRCHWOODDERM  *ZZ*AZBLUE         *260317*1030*^*00501*000007311*0*P*:~"
    "GS*HC*BIRCHWOODDERM*AZBLUE*20260317*1030*7311*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*BDM7311*20260317*1030*CH~NM1*85*2*BIRCHWOOD DERMATOLOGY AND MOHS*****XX*1132305321~"
    "NM1*IL*1*KESSLER*DIANE*R***MI*XQB884120557~DMG*D8*19580922*F~"
    "CLM*A-214477*1418.60***11:B:1*Y*A*Y*Y~HI*ABK:C44.319~"
    "SV1*HC:17311*842.10*UN*1***1~SV1*HC:17312*418.50*UN*1***1~SV1*HC:13132*158.00*UN*1***1~"
    "SE*11*0001~GE*1*7311~IEA*1*000007311~"
)

_X12_270 = (
    "ISA*00*          *00*          *ZZ*BIRCHWOODDERM  *ZZ*HUMANAMA       *260318*0815*^*00501*000007329*0*P*:~"
    "GS*HS*BIRCHWOODDERM*HUMANAMA*20260318*0815*7329*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*ELIG7329*20260318*0815~HL*1**20*1~NM1*PR*2*HUMANA MEDICARE ADVANTAGE*****PI*61101~"
    "HL*2*1*21*1~NM1*1P*2*BIRCHWOOD DERMATOLOGY AND MOHS*****XX*1132305321~"
    "HL*3*2*22*0~NM1*IL*1*ABERNATHY*LOUISE****MI*H48822093~DMG*D8*19440105*F~EQ*30~SE*10*0001~GE*1*7329~IEA*1*000007329~"
)

_OCR_TXT = (
    "[scanned intake form - OCR text, page 1 of 2]\n"
    "NEW PATIENT HISTORY          Birchwood Derm\n"
    "Name  Rosalind  Achterberg      DOB 11 / 02 / 1963\n"
    "Reason for visit: changing mole L calf, itchy, bled x2\n"
    "Hx skin cancer?  [X] yes  - melanoma 2019 (R shoulder)   [ ] no\n"
    "Meds: tamoxifen 20mg, lisinopril 10mg\n"
    "Allergies: sulfa (hives)\n"
    "Insurance: Aetna  ID W2237710894\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Dermatopathology melanoma report PDF to referring PCP",
        notes="Hard positive: the body only says 'her'; the attached pathology PDF carries name, MRN, DOB and melanoma in situ.",
        frm="Pathology Desk <pathdesk@birchwooddermmohs.com>",
        to="referrals@desertskyfamilymed.com",
        subject="Path result - your referral, acc DP26-03311",
        body="Dr. Ambrose,\n\nAttached is the final dermatopathology report for the patient you referred on 2/24. We have booked her for staged excision; please call if you want to discuss."
        + SIG,
        atts=(Att("DP26-03311_final.pdf", "application/pdf", _PATH_PDF),),
    ),
    Spec(
        phi=True,
        category="Margins-clear note to patient's wife using first name only",
        notes="Hard positive: first name plus relationship to the recipient plus Mohs margin result identifies the husband.",
        frm="Dr. Kirsten Halvorsen <khalvorsen@birchwooddermmohs.com>",
        to="marjorie.tillotson@comcast.net",
        subject="Quick update",
        body="Marjorie,\n\nYou asked me to let you know once the lab finished: Walt's last stage came back clear, so the cancer on his ear is fully out. The reconstruction went smoothly and he is in recovery with the nurse now. He can go home in about 40 minutes.\n\nKirsten",
    ),
    Spec(
        phi=True,
        category="Mohs surgery day schedule CSV without headers to ASC",
        notes="Hard positive: header-less CSV of Mohs cases with patient names, MRNs, sites and tumour types sent to the surgery centre.",
        frm="Mohs Coordinator <mohs@birchwooddermmohs.com>",
        to="scheduling@saguarosurgerycenter.com",
        subject="Tues 3/17 list",
        body="Hi Lena, tomorrow's list attached for your OR board. Same room as last week please."
        + SIG,
        atts=(Att("0317.csv", "text/csv", _MOHS_CSV),),
    ),
    Spec(
        phi=False,
        category="Mohs surgeon bio for hospital medical staff newsletter",
        notes="Hard negative: clinician bio listing the cancers she treats; no patient identified.",
        frm="Practice Marketing <marketing@birchwooddermmohs.com>",
        to="newsletter@banneredesertmedctr.org",
        subject="Bio and headshot caption for April physician spotlight",
        body=(
            "Hi Tomás,\n\nHere is the text for the spotlight:\n\n"
            "Kirsten Halvorsen, MD, FACMS, is a fellowship-trained Mohs surgeon who treats basal cell carcinoma, "
            "squamous cell carcinoma, melanoma in situ and rarer tumours such as dermatofibrosarcoma protuberans "
            "and Merkel cell carcinoma. She completed her fellowship at the University of Utah and has performed "
            "more than 9,000 Mohs procedures. She is accepting referrals for complex facial reconstruction. "
            "NPI 1679672018.\n\nThanks,\nAudrey"
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted records zip to plaintiff attorney",
        notes="Hard positive: the clinical records sit in an encrypted zip; only the readable body and filename name the patient, DOB and his visits.",
        frm="Release of Information <roi@birchwooddermmohs.com>",
        to="paralegal@ferrisandwald-law.com",
        subject="Records - Dominic Sauer - your ref FW-2291",
        body="Please find the certified records for Dominic Sauer (DOB 05/30/1971) per the HIPAA authorisation received 3/9, covering visits 2023-2026. The password will be sent separately by phone. Invoice for copying fees to follow."
        + SIG,
        atts=(
            Att(
                "Sauer_Dominic_records_2023-2026.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "progress_notes.txt": "Dominic Sauer, MRN BDM-0351207. 2024-06-12 Mohs R temple SCC, 3 stages, flap repair. 2025-02-03 wound dehiscence.\n",
                        "billing_ledger.txt": "A-198520 17311 17312 14040 paid Aetna\n",
                    },
                    "Birch-FW2291",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lidocaine with epinephrine shortage notice to referring offices",
        notes="Hard negative: drug shortage notice naming medications, no patient.",
        frm="Clinical Operations <ops@birchwooddermmohs.com>",
        to="officemanagers@valleyprimarycarenetwork.org",
        subject="Heads up: lidocaine 1% w/ epi shortage - Mohs scheduling impact",
        body=(
            "Dear colleagues,\n\nOur distributor has placed lidocaine 1% with epinephrine 1:100,000 (30 mL vials) on "
            "allocation through at least April. We have enough stock for scheduled Mohs cases but may shift a small "
            "number of non-urgent excisions by one to two weeks. Patients with a biopsy-proven melanoma or rapidly "
            "growing SCC will continue to be prioritised. No action is needed from your office.\n\nThank you,\nBirchwood Clinical Operations"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare MBI in eligibility question to billing vendor",
        notes="Patient name with Medicare MBI and planned Mohs procedure sent to the outsourced biller.",
        frm="Front Desk <frontdesk@birchwooddermmohs.com>",
        to="support@sonoranrevenuepartners.com",
        subject="eligibility kicking back - Medicare pt",
        body="Hi team,\n\nThe 271 for Evelyn Marsh keeps returning 'subscriber not found'. MBI: 3HN7-WQ2-RK48, DOB 02/11/1939. She is scheduled for Mohs on 3/24 (CPT 17311) so we need this fixed before then. Can you re-run?\n\nThanks, Reggie",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training announcement to staff",
        notes="Hard negative: annual HIPAA training reminder using obviously fictional sample patient.",
        frm="Compliance <compliance@birchwooddermmohs.com>",
        to="allstaff@birchwooddermmohs.com",
        subject="Annual HIPAA refresher due March 31",
        body=(
            "Team,\n\nThe annual HIPAA refresher module is live in the LMS. New this year: a scenario on texting wound "
            "photos. The sample chart in the module is for the fictional 'Pat Example' (MRN TEST-0000) and is not a real patient.\n\n"
            "Completion is required for everyone, including per-diem MAs, by March 31.\n\nGloria Nakamura, Privacy Officer"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA referral to radiation oncology",
        notes="Hard positive: body names no one; the C-CDA carries name, address, DOB, MRN and Merkel cell carcinoma.",
        frm="Referral Coordinator <referrals@birchwooddermmohs.com>",
        to="intake@copperstateradonc.com",
        subject="Referral: adjuvant RT consult",
        body="Attached is the referral summary (C-CDA). Dr. Nakashima would like the patient seen within two weeks. Sentinel node results will follow."
        + SIG,
        atts=(Att("referral_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=False,
        category="Aggregate Mohs outcomes workbook to payer quality team",
        notes="Hard negative: multi-sheet workbook of case counts and recurrence rates with small cells suppressed; no individuals.",
        frm="Quality <quality@birchwooddermmohs.com>",
        to="providerquality@azblueshield.com",
        subject="2025 Mohs appropriateness data for tiering review",
        body="Hello Ms. Garza,\n\nAs requested for the specialty tiering review, attached is our 2025 aggregate Mohs data (counts by tumour type and anatomic site). Let me know if the committee needs the AUC scoring breakdown."
        + SIG,
        atts=(Att("Birchwood_Mohs_2025_aggregate.xlsx", XLSX, _STATS),),
    ),
    Spec(
        phi=True,
        category="HL7 ORU pathology result feed to PCP EHR",
        notes="Hard positive: automated one-line body; the HL7 ORU carries name, MRN, DOB, address and a BCC pathology result.",
        frm="Interface Engine <hl7@birchwooddermmohs.com>",
        to="inbound-results@desertskyfamilymed.com",
        subject="ORU batch BDM73118",
        body="Automated result delivery. 1 message attached.",
        atts=(Att("BDM73118.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=False,
        category="Medical assistant job posting",
        notes="Hard negative: job posting mentioning Mohs, biopsies and skin cancer duties; no patient.",
        frm="Human Resources <hr@birchwooddermmohs.com>",
        to="postings@azhealthcarejobs.com",
        subject="Job posting: Mohs Surgical Assistant (full time, Tempe)",
        body="Please post the attached description through April 30.\n\nThanks,\nDana Whitfield, HR",
        atts=(
            Att(
                "Mohs_Surgical_Assistant_2026.docx",
                DOCX,
                docx(
                    [
                        "Mohs Surgical Assistant - Birchwood Dermatology & Mohs Surgery",
                        "Duties: prepare surgical trays, assist with Mohs stages and layered closures, process frozen sections with histotechs, dress wounds, teach wound care.",
                        "Experience with melanoma and squamous cell carcinoma patients preferred; BLS required.",
                        "Pay: $22-$27/hour DOE. Full benefits.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P claim X12 for Mohs to payer",
        notes="X12 837 claim with member name, member ID, DOB and C44.319 diagnosis with Mohs CPT codes.",
        frm="Billing <billing@birchwooddermmohs.com>",
        to="edi-submissions@azblueshield.com",
        subject="837P resubmission batch 7311",
        body="Corrected claim resubmitted per your rejection 3/16 (missing modifier). 1 claim in batch.",
        atts=(Att("BDM_837P_7311.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry file to Medicare Advantage plan",
        notes="Hard positive: the body is content-free; the X12 270 names the member with her plan ID and DOB, tying her to the practice.",
        frm="Billing <billing@birchwooddermmohs.com>",
        to="edi@humanamedicareportal.com",
        subject="270 batch 7329",
        body="batch attached",
        atts=(Att("270_7329.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped PO number to supply vendor",
        notes="Hard negative: a supply order whose PO number looks like an SSN; no patient.",
        frm="Purchasing <purchasing@birchwooddermmohs.com>",
        to="orders@medlinepro-supply.com",
        subject="PO 418-62-7305 confirmation - sutures and Mohs slides",
        body=(
            "Please confirm PO 418-62-7305:\n\n"
            "12 bx  Ethilon 5-0 P-3\n6 bx  Vicryl 4-0 PS-2\n20 cs  charged microscope slides 25x75\n4 ea  cryostat blades\n\n"
            "Ship to suite 300, dock B. Net 30.\n\nMarisol, Purchasing"
        ),
    ),
    Spec(
        phi=True,
        category="Patient-taken lesion photo forwarded to Mohs surgeon at another clinic",
        notes="Hard positive: PNG named after the patient with a body that only says 'photo of the recurrence'.",
        frm="Dr. Kenji Nakashima <knakashima@birchwooddermmohs.com>",
        to="drsilva@mesaplasticsurgery.com",
        subject="photo for Thursday",
        body="Rafael - photo of the recurrence at the graft edge, taken by the patient last night. Still want to do the revision together Thursday?\n\nKenji",
        atts=(
            Att(
                "ellingsworth_barbara_nose_recurrence_0315.png",
                "image/png",
                png(6, 6, (196, 150, 132)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Patient education PDF on post-Mohs wound care to community center",
        notes="Generic wound-care handout for a community health fair; no individual.",
        frm="Patient Education <education@birchwooddermmohs.com>",
        to="events@tempeseniorcenter.org",
        subject="Handouts for the skin check fair on 3/28",
        body="Hi Bev, attached is the wound care handout we'd like to have on the table. We'll bring 200 printed copies and sunscreen samples."
        + SIG,
        atts=(
            Att(
                "Post_Mohs_Wound_Care.pdf",
                "application/pdf",
                pdf(
                    [
                        "BIRCHWOOD DERMATOLOGY & MOHS SURGERY - CARING FOR YOUR WOUND AFTER MOHS",
                        "Keep the pressure bandage dry and in place for 48 hours.",
                        "Then clean once daily with soap and water and apply petrolatum.",
                        "Call us for bleeding that does not stop after 20 minutes of pressure.",
                        "Acetaminophen is preferred for pain; avoid alcohol for 48 hours.",
                    ],
                    "Post-Mohs wound care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pre-op instructions to patient's gmail with appointment ICS",
        notes="Mohs surgery appointment for a named patient sent to her personal address with a calendar invite.",
        frm="Mohs Coordinator <mohs@birchwooddermmohs.com>",
        to="lupe.carrizales@gmail.com",
        subject="Your Mohs surgery on Tuesday March 24",
        body=(
            "Dear Guadalupe,\n\nYou are scheduled for Mohs surgery for the basal cell carcinoma on your right cheek on Tuesday, "
            "March 24 at 7:30 am. Please eat breakfast, take your usual medicines (keep taking the apixaban unless Dr. Halvorsen "
            "tells you otherwise) and plan to be with us most of the day. Bring a driver.\n\nMohs Team"
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Birchwood Derm//Mohs//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:mohs-20260324-0730-carrizales@birchwooddermmohs.com\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260324T143000Z\r\nDTEND:20260324T220000Z\r\nSUMMARY:Mohs surgery - Guadalupe Carrizales\r\n"
            "LOCATION:Birchwood Dermatology & Mohs Surgery, Suite 300\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified tumour board agenda to outside participants",
        notes="Hard negative: tumour board cases described only by age band, sex and tumour; no names, dates or record numbers.",
        frm="Dr. Kenji Nakashima <knakashima@birchwooddermmohs.com>",
        to="cutaneousonc-board@valleycancerinstitute.org",
        subject="Cutaneous tumour board - Birchwood cases for Thursday",
        body=(
            "Two cases from us this week (de-identified per board rules):\n\n"
            "1. Man in his 70s, recurrent infiltrative BCC of the nasal tip after two prior excisions; question of vismodegib vs further surgery.\n"
            "2. Woman in her 60s, solid organ transplant recipient, >20 SCCs in 3 years; discuss acitretin chemoprevention and immunosuppression change.\n\n"
            "Slides will be presented by Dr. Venkataraman.\n\nKenji"
        ),
    ),
    Spec(
        phi=True,
        category="A/R aging workbook to outsourced billing vendor (multi-sheet)",
        notes="Multi-sheet A/R aging workbook with patient names, accounts, dates of service and CPT codes sent to a billing vendor.",
        frm="Billing Manager <billing@birchwooddermmohs.com>",
        to="accounts@sonoranrevenuepartners.com",
        subject="March aging for follow-up",
        body="Attached aging by bucket. Please prioritise the Marchetti appeal; the others can go to statement cycle."
        + SIG,
        atts=(Att("aging_2026-03-13.xlsx", XLSX, _AGING),),
    ),
    Spec(
        phi=False,
        category="Staff notice about norovirus-like illness with no individual",
        notes="Hard negative: staff health notice about GI illness in the office without naming anyone.",
        frm="Office Manager <officemanager@birchwooddermmohs.com>",
        to="allstaff@birchwooddermmohs.com",
        subject="GI bug going around - please stay home if sick",
        body="Hi all,\n\nSeveral staff members have had vomiting and diarrhoea this week. Per our illness policy, stay home for 48 hours after symptoms end, and wash hands (sanitiser does not kill norovirus). Break room has been deep cleaned.\n\nThanks, Connie",
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint to practice's insurer",
        notes="Forwarded complaint in which the named patient describes her nasal scar after Mohs, sent to the malpractice carrier.",
        frm="Practice Administrator <admin@birchwooddermmohs.com>",
        to="claims@medprotectivemutual.com",
        subject="FW: Incident notification - potential claim",
        body="Please open a file. The patient below is threatening legal action over her nasal scar after Mohs and flap repair by Dr. Halvorsen on 11/4/2025. Chart notes can be sent through your secure portal.\n\nDeborah Liang, Administrator",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Cynthia Oberholtzer <cyn.oberholtzer@yahoo.com>",
            to="admin@birchwooddermmohs.com",
            subject="My nose",
            body="My name is Cynthia Oberholtzer. Four months after my skin cancer surgery my nose is still crooked and the flap is lumpy. I was never told it would look like this. I want my records and I'm talking to a lawyer.",
        ),
    ),
    Spec(
        phi=False,
        category="Provider credentialing packet to health plan",
        notes="Hard negative: new dermatologist's NPI, DEA and licence for credentialing; clinician identifiers only.",
        frm="Credentialing <credentialing@birchwooddermmohs.com>",
        to="provider.enrollment@azblueshield.com",
        subject="Credentialing: Simone Baptiste, MD - add to group",
        body=(
            "Please add the following dermatologist to our group contract effective 4/1/2026:\n\n"
            "Simone Baptiste, MD - Dermatology\nNPI: 1005499896\nDEA: FB7304188\nAZ licence MD-71290\nCAQH 17744021\n\n"
            "Board certification and malpractice face sheet attached in CAQH.\n\nRuth, Credentialing"
        ),
    ),
    Spec(
        phi=True,
        category="Terse results reply to PCP with DOB and diagnosis",
        notes="Hard positive: terse note with only DOB, initials and a pathology abbreviation tied to a referral.",
        frm="Dr. Simone Baptiste <sbaptiste@birchwooddermmohs.com>",
        to="mbecker@chandlerinternalmed.com",
        subject="RE: your pt J.R. (DOB 8/14/1950)",
        body="Mark - bx R shin = KA-type SCC, ED&C'd today. Recheck 3 mo. Holding off on MTX since his LFTs are up. -SB",
    ),
    Spec(
        phi=False,
        category="Skin cancer awareness newsletter (HTML) to subscribers",
        notes="HTML-only marketing newsletter about skin checks; no individual health information.",
        frm="Birchwood Dermatology <news@birchwooddermmohs.com>",
        to="subscribers@lists.birchwooddermmohs.com",
        subject="May is Melanoma Awareness Month - free skin checks",
        body="",
        html=(
            "<html><body><h1>Free skin checks on May 2</h1><p>Melanoma is the deadliest skin cancer, but when caught early it is "
            "highly curable. Join our dermatologists for free 10-minute spot checks.</p><p>Remember the ABCDEs: Asymmetry, Border, "
            "Colour, Diameter, Evolving.</p><p><a href='https://birchwooddermmohs.com/skin-check'>Reserve a spot</a></p>"
            "<p style='font-size:10px'>Unsubscribe any time.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form OCR text to outside medical records",
        notes="Hard positive: OCR text of a scanned intake form with name, DOB, melanoma history, medications and insurance ID.",
        frm="Medical Records <records@birchwooddermmohs.com>",
        to="himrequests@honorhealthnetwork.org",
        subject="Requested document",
        body="Per your request #HR-55102, the intake form is attached (OCR text; original scan is illegible in places).",
        atts=(Att("scan_0316_intake.txt", "text/plain", _OCR_TXT),),
    ),
    Spec(
        phi=False,
        category="Cryostat service visit scheduling with vendor",
        notes="Equipment service scheduling; no patient.",
        frm="Histology Lab <histo@birchwooddermmohs.com>",
        to="service@leicabiosystems-field.com",
        subject="Cryostat CM1860 SN 7738-2291 - PM visit",
        body="Hello,\n\nOur cryostat (serial 7738-2291) is due for preventive maintenance. Mondays after 3 pm work best since Mohs cases are done by then. Please also bring a replacement anti-roll plate.\n\nThanks,\nJoaquin, Histotech",
    ),
    Spec(
        phi=True,
        category="Prior authorization letter DOCX for dupilumab",
        notes="Hard positive: body has no identifier; the DOCX letter names the patient with member ID, atopic dermatitis and failed therapies.",
        frm="Prior Auth <priorauth@birchwooddermmohs.com>",
        to="pharmacy.pa@unitedhealthrxpartners.com",
        subject="PA request - Dupixent - case 2026-0318-44",
        body="Letter of medical necessity attached. Note the member ID on your fax cover sheet was wrong; the correct ID is in the letter."
        + SIG,
        atts=(
            Att(
                "LMN_dupilumab_Rahimi.docx",
                DOCX,
                docx(
                    [
                        "Birchwood Dermatology & Mohs Surgery - Letter of Medical Necessity",
                        "Re: Leila Rahimi, DOB 04/09/1998, UHC member ID 90412877103",
                        "Ms. Rahimi has severe atopic dermatitis (L20.89) with EASI 31 and BSA 42%.",
                        "She failed 16 weeks of triamcinolone 0.1%, tacrolimus 0.1% and 12 weeks of methotrexate 15 mg weekly (transaminitis).",
                        "I request approval of dupilumab 600 mg load then 300 mg every 2 weeks.",
                        "Simone Baptiste, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Referral guidelines for primary care offices",
        notes="Hard negative: guidance about which lesions to refer, written with diagnoses and example field names but no patient.",
        frm="Dr. Kirsten Halvorsen <khalvorsen@birchwooddermmohs.com>",
        to="providers@valleyprimarycarenetwork.org",
        subject="Updated referral criteria for Mohs - what to include",
        body=(
            "Colleagues,\n\nTo speed up Mohs scheduling, please include on every referral: Patient name, DOB, MRN, pathology report "
            "(accession #), anticoagulant use, and a photo of the site. We prioritise: melanoma in situ, SCC on lip/ear, BCC on "
            "eyelid/nose, and any tumour in transplant recipients.\n\nWe do not need referrals for seborrheic keratoses.\n\nThanks,\nKirsten Halvorsen, MD"
        ),
    ),
    Spec(
        phi=True,
        category="Patient post-op check-in email to hotmail",
        notes="Message to patient's hotmail about her specific wound after Mohs and antibiotic prescription.",
        frm="Nurse Line <nurseline@birchwooddermmohs.com>",
        to="d.featherstone@hotmail.com",
        subject="Following up on your photo",
        body="Hi Ms. Featherstone,\n\nThanks for sending the picture of your forehead. The redness around the stitches looks like an early infection, so Dr. Nakashima has sent cephalexin 500 mg four times a day for 7 days to your Walgreens on Rural Rd. Please come in Friday at 10:15 to have the stitches checked.\n\nAlicia, RN",
    ),
    Spec(
        phi=False,
        category="Reply to dermatology resident about observership",
        notes="Scheduling an observership for a physician; no patient information.",
        frm="Dr. Kenji Nakashima <knakashima@birchwooddermmohs.com>",
        to="aiyana.begay@gmail.com",
        subject="Re: Observership in Mohs surgery",
        body="Dear Dr. Begay,\n\nHappy to host you for two weeks in June. You'll need to complete our HIPAA attestation and bring proof of immunisations. Our Mohs coordinator will send the paperwork.\n\nBest,\nKenji Nakashima, MD",
    ),
    Spec(
        phi=True,
        category="Photo consent and lesion images zip to teaching file vendor",
        notes="Zip of identifiable full-face photos named by patient with a consent form going to an outside teaching-file company.",
        frm="Dr. Kirsten Halvorsen <khalvorsen@birchwooddermmohs.com>",
        to="submissions@dermatlasmedia.com",
        subject="Images for the reconstruction atlas chapter",
        body="Attached are the before/after images for the bilobed flap chapter, with the signed consent. Please crop below the eyes before publication as discussed.",
        atts=(
            Att(
                "bilobed_flap_images.zip",
                "application/zip",
                zipped(
                    {
                        "Pruitt_Donald_preop_fullface.png": png(8, 8, (210, 170, 150)),
                        "Pruitt_Donald_6wk_postop_fullface.png": png(8, 8, (205, 168, 149)),
                        "consent.txt": "I, Donald Pruitt (DOB 9/1/1949), consent to use of my photographs from Mohs surgery for a L nasal tip basal cell carcinoma in educational publications.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lunch and learn invitation from pharma rep to staff (ICS)",
        notes="Internal calendar invite for a pharma lunch on a psoriasis biologic; no patient.",
        frm="Office Manager <officemanager@birchwooddermmohs.com>",
        to="providers@birchwooddermmohs.com",
        subject="Lunch & learn: IL-23 inhibitors in psoriasis - Wed 3/25",
        body="Rep from the manufacturer will present data on guselkumab vs risankizumab. Lunch provided, break room, 12:15.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Birchwood Derm//Office//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:lunch-20260325@birchwooddermmohs.com\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260325T191500Z\r\n"
            "DTEND:20260325T200000Z\r\nSUMMARY:Lunch & learn - IL-23 inhibitors in psoriasis\r\nLOCATION:Break room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Dictation transcript TXT to transcription QA vendor",
        notes="Hard positive: dictation text file named only with a job number; inside are the patient's name and isotretinoin/iPLEDGE details.",
        frm="Dr. Simone Baptiste <sbaptiste@birchwooddermmohs.com>",
        to="qa@clearscribetranscription.com",
        subject="Job 55817 - please correct",
        body="Several drug names were garbled in this one; corrected version attached. Please re-train the profile.",
        atts=(
            Att(
                "job55817_corrected.txt",
                "text/plain",
                "Patient Tyler Ngata, 19, returns for month 4 of isotretinoin 40 mg BID for nodulocystic acne. iPLEDGE ID 5507781243. Lipids today: TG 248. Mood stable, PHQ-2 negative. Continue, recheck 30 days.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pathology courier route change to lab",
        notes="Logistics of specimen pickup times; no patient.",
        frm="Histology Lab <histo@birchwooddermmohs.com>",
        to="dispatch@swiftmedcourier.com",
        subject="Pickup time change starting 3/23",
        body="Starting Monday 3/23 please move the afternoon derm-path pickup from 4:00 to 4:45 pm. Specimens will be in the lockbox at the back door as usual. Thanks!",
    ),
    Spec(
        phi=False,
        category="Sunscreen donation thank-you letter to school",
        notes="Community outreach to a school; no health information about anyone.",
        frm="Community Outreach <outreach@birchwooddermmohs.com>",
        to="principal@kyreneschools-az.org",
        subject="Sunscreen stations for field day",
        body="Dear Principal Okonkwo,\n\nWe'd love to donate four SPF 50 dispenser stations and a short 'sun-smart' talk for your 4th-grade classes before field day. Just let us know a date that works.\n\nWarmly,\nBirchwood Community Outreach",
    ),
    Spec(
        phi=False,
        category="Fake patient used in EHR template test, clearly declared",
        notes="Hard negative: EHR template test to the vendor using an explicitly fictitious test patient.",
        frm="IT Help Desk <it@birchwooddermmohs.com>",
        to="support@modmedsupport-desk.com",
        subject="Ticket 88213 - Mohs map template misaligns",
        body=(
            "Hi,\n\nReproduced the bug on the TEST environment with the vendor-supplied dummy chart 'ZZTEST, MOHS' (MRN 0000001, not a real "
            "person). When stage 2 is added, the diagram labels for 'BCC nodular' shift by one row. Screenshots to follow.\n\nEric, IT"
        ),
    ),
]
