"""Cedar Ridge Cancer Center: oncology clinic, infusion, radiation oncology, tumor board."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import APEX, CRCC, ESH, Att, Spec

SIG_RN = (
    "\n\nTamsin Oyelaran, RN, OCN\nInfusion Center, Cedar Ridge Cancer Center\n"
    "Phone 720-555-0143 | Fax 720-555-0199\n"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee and may contain information that is privileged or protected by law. If you "
    "received it in error, please notify the sender and delete it.\n"
)

_HL7 = (
    "MSH|^~\\&|CRCC_ONC|CEDARRIDGE|APEX_INTAKE|APEXRX|202611101422||ORM^O01|CR88214|P|2.5.1\r"
    "PID|1||CR-00418827^^^CRCC^MR||VALDERRAMA^HECTOR^L||19580304|M|||1187 Juniper Hollow Rd^^"
    "Lakewood^CO^80226||720-555-0172\r"
    "ORC|NW|ORD55120||||||||||1841114410^FERREIRA^LUCIA^^^^MD\r"
    "RXO|^Abemaciclib 150 mg tablet|150||mg|||||BID x 28 days\r"
    "DG1|1||C50.911^Malignant neoplasm of unsp site of right female breast^I10\r"
)

_FHIR = (
    '{"resourceType": "Bundle", "type": "collection", "entry": ['
    '{"resource": {"resourceType": "Patient", "id": "pt-7731", "name": [{"family": "Nakashima",'
    ' "given": ["Reiko"]}], "birthDate": "1949-08-21", "identifier": [{"system": '
    '"urn:oid:2.16.840.1.113883.3.9921", "value": "CR-00391150"}]}},'
    '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/pt-7731"},'
    ' "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.12",'
    ' "display": "Malignant neoplasm of upper lobe, left bronchus or lung"}]}}},'
    '{"resource": {"resourceType": "Procedure", "subject": {"reference": "Patient/pt-7731"},'
    ' "code": {"text": "SBRT left upper lobe 50 Gy in 5 fractions"}, "performedPeriod":'
    ' {"start": "2026-10-19", "end": "2026-10-27"}}}]}\n'
)

_FHIR_TEST = (
    '{"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "TEST",'
    ' "display": "synthetic test data - not a real patient"}]}, "entry": ['
    '{"resource": {"resourceType": "Patient", "id": "zztest-01", "name": [{"family": "Zztest",'
    ' "given": ["Oncology"]}], "birthDate": "1900-01-01"}},'
    '{"resource": {"resourceType": "MedicationRequest", "status": "draft", "subject":'
    ' {"reference": "Patient/zztest-01"}, "medicationCodeableConcept": {"text":'
    ' "TEST ONLY carboplatin AUC 5"}}}]}\n'
)

MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="infusion chair reschedule to patient gmail",
        notes="Patient name, chemo appointment date/time and regimen to personal mailbox.",
        frm=f"Tamsin Oyelaran <toyelaran@{CRCC}>",
        to="darnell.whitfield58@gmail.com",
        subject="Your infusion appointment has moved",
        body=(
            "Hi Mr. Whitfield,\n\nWe had to move your cycle 4 FOLFOX infusion from Thursday to "
            "Friday 11/13 at 8:30 AM, chair 14. Please still get your labs drawn at 7:45 (CBC and "
            "CMP) at the lab on the first floor. Your pump disconnect will be Sunday at 9 AM.\n\n"
            "If the oxaliplatin tingling in your fingers is worse than last time, tell us before "
            "we start." + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="tumor board case list docx",
        notes="Hard positive: PHI only in DOCX attachment; body is generic logistics.",
        frm=f"Priya Raghunathan <praghunathan@{CRCC}>",
        to=f"tumorboard@{CRCC}",
        subject="Thoracic tumor board - Wednesday cases",
        body="All,\n\nCase list for Wednesday attached. Pathology please pull slides for #2 and "
        "#3.\n\nPriya\nTumor Board Coordinator",
        atts=(
            Att(
                "Thoracic_TB_2026-11-11.docx",
                DOCX,
                docx(
                    [
                        "Cedar Ridge Cancer Center - Thoracic Multidisciplinary Tumor Board",
                        "Wednesday 11/11/2026, 7:00 AM, Conference Room B",
                        "1. Reiko Nakashima, MRN CR-00391150, 77F. LUL adenocarcinoma s/p SBRT, "
                        "new "
                        "4 mm RLL nodule on 3-month CT. Question: surveillance vs biopsy.",
                        "2. Obinna Chukwuemeka, MRN CR-00402276, 63M. Stage IIIA squamous cell, "
                        "post-chemoradiation. Discuss durvalumab consolidation; PD-L1 60%.",
                        "3. Margarethe Lindqvist, MRN CR-00411903, 58F. EGFR exon 19 deletion, on "
                        "osimertinib 14 months, oligoprogression in adrenal.",
                        "Presenters: Dr. Ferreira (Med Onc), Dr. Haddad (Rad Onc), Dr. Kowalczyk "
                        "(Thoracic Surg)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to outside pulmonology",
        notes="Hard positive: PHI only in FHIR JSON attachment (name, DOB, MRN, lung cancer, "
        "SBRT).",
        frm=f"Interfaces Team <interfaces@{CRCC}>",
        to="records@foothillspulmonary.com",
        subject="Requested treatment summary bundle",
        body="Attached is the FHIR bundle you requested through the referral portal. Let us know "
        "if your system rejects it.\n\n- CRCC Interfaces",
        atts=(Att("summary_bundle.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="HL7 order to specialty pharmacy",
        notes="Hard positive: PHI only inside HL7 ORM attachment (name, DOB, address, breast "
        "cancer, abemaciclib).",
        frm=f"Onc Pharmacy <oncpharmacy@{CRCC}>",
        to=f"intake@{APEX}",
        subject="New Rx - HL7 resend",
        body="The interface dropped this one overnight, resending manually. Message control id in "
        "the file.\n\nThanks,\nGrant Pellegrino, PharmD",
        atts=(Att("ORM_CR88214.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="nurse navigator note to daughter",
        notes="Hard positive: first name plus diagnosis and plan to a relative's personal mailbox.",
        frm=f"Joaquin Ybarra <jybarra@{CRCC}>",
        to="kimberly.adeyemi@yahoo.com",
        subject="Following up from today",
        body=(
            "Kimberly,\n\nThanks for coming with your mom today. To recap what Dr. Ferreira "
            "said: the PET showed the lymphoma is responding, so Grace will get two more cycles "
            "of R-CHOP and then another scan in January. The prednisone can make her blood sugar "
            "run high, so keep an eye on her meter readings.\n\nCall me with any questions.\n\n"
            "Joaquin Ybarra, RN\nNurse Navigator, Hematologic Malignancies"
        ),
    ),
    Spec(
        phi=True,
        category="subject only PHI",
        notes="Hard positive: PHI sits only in the subject (patient name + port placement); body "
        "is empty courtesy text.",
        frm=f"Scheduling <scheduling@{CRCC}>",
        to=f"ir.scheduling@{CRCC}",
        subject="Port placement needed before C1 - Kowalewski, Agnieszka DOB 06/02/1959",
        body="Please see subject. Order is signed in the chart. Thanks!",
    ),
    Spec(
        phi=True,
        category="radiation daily treatment list xlsx multi-sheet",
        notes="Hard positive: two-sheet XLSX with initials, MRNs, sites and fraction counts; body "
        "neutral.",
        frm=f"Rad Onc Front Desk <radonc.desk@{CRCC}>",
        to=f"radonc.therapists@{CRCC}",
        subject="Linac schedules week of 11/9",
        body="Updated schedule attached. Vault 2 is down for QA Tuesday afternoon so those moved "
        "to Vault 1.",
        atts=(
            Att(
                "linac_week_1109.xlsx",
                XLSX,
                xlsx(
                    {
                        "Vault1": [
                            ["Time", "Pt", "MRN", "Site", "Fx"],
                            ["07:30", "H.V.", "CR-00418827", "L-spine mets", "3/5"],
                            ["07:50", "D.W.", "CR-00377451", "Rectum", "12/28"],
                            ["08:10", "T.P.", "CR-00420019", "Prostate", "20/28"],
                        ],
                        "Vault2": [
                            ["Time", "Pt", "MRN", "Site", "Fx"],
                            ["08:00", "R.Q.", "CR-00423107", "L breast", "9/16"],
                            ["08:20", "M.L.", "CR-00411903", "Adrenal SBRT", "1/5"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded thread quoted relative reply",
        notes="Hard positive: forward of a son's reply quoting hospice referral for named patient.",
        frm=f"Esperanza Villalobos <evillalobos@{CRCC}>",
        to=f"referrals@{ESH}",
        subject="Fwd: Re: Dad - next steps",
        body=(
            "Hi team, forwarding below with the family's permission. Referral order is in "
            "Epic, face sheet faxed.\n\nEsperanza Villalobos, LCSW\nOncology Social Work\n\n"
            "---------- Forwarded message ---------\nFrom: Marcus Thibodeaux "
            "<mthibodeaux77@outlook.com>\n"
            "Subject: Re: Dad - next steps\n\n"
            "> Ms. Villalobos, we talked it over as a family and we are ready to go with hospice "
            "for Dad (Lionel Thibodeaux). He would rather be at home on Bayberry Court than go "
            "back to the hospital. His pain has been worse since they stopped the chemo.\n>\n"
            "> Thank you,\n> Marcus\n>\n> On Mon, Esperanza Villalobos wrote:\n>> Marcus, after "
            "today's visit Dr. Haddad agrees it's reasonable to stop treatment for the pancreatic "
            "cancer. I can send a referral to Evening Star Hospice whenever your family is ready."
        ),
    ),
    Spec(
        phi=True,
        category="PNG wound photo filename",
        notes="Hard positive: PHI only in image file name (patient name + radiation dermatitis) on "
        "a photo.",
        frm=f"Camille Beauchene <cbeauchene@{CRCC}>",
        to=f"woundcare@{CRCC}",
        subject="photo for your consult this afternoon",
        body="Photo from this morning attached. Grade 2, moist desquamation starting in the fold. "
        "Thanks.",
        atts=(
            Att(
                "Abernathy_Lorraine_radiation_dermatitis_R_breast_11-10.png",
                "image/png",
                png(6, 6, (214, 160, 150)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing statement question to patient",
        notes="Patient account number, balance for chemotherapy visits, to personal mailbox.",
        frm=f"Patient Financial Services <pfs@{CRCC}>",
        to="r.okonkwo-bell@icloud.com",
        subject="Re: question about my bill",
        body=(
            "Dear Ms. Okonkwo-Bell,\n\nThank you for your message. The $1,842.16 balance on "
            "account 40017725 is your coinsurance for the pembrolizumab infusions on 9/22 and "
            "10/13. Your plan processed both claims. If you'd like to apply for our financial "
            "assistance program or set up a payment plan, reply here or call 720-555-0110.\n\n"
            "Regards,\nDelphine Marchetti\nPatient Financial Services" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only inpatient consult handoff",
        notes="Hard positive: 'Mrs. K' with room number and a medication change, HTML-only.",
        frm=f"Dr. Lucia Ferreira <lferreira@{CRCC}>",
        to=f"onc.hospitalist@{CRCC}",
        subject="overnight - 6 West",
        body="",
        html=(
            "<html><body><p>Hi Sam,</p><p>Mrs. K in <b>6W-612</b> - neutropenic fever resolved, "
            "ANC up to 900 this AM. Please stop the cefepime after tonight's dose and switch to "
            "levofloxacin 750 mg PO daily. Okay for discharge tomorrow if afebrile.</p>"
            "<p>Lucia</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="PDF treatment summary to PCP",
        notes="Hard positive: PHI only in PDF (survivorship care plan for named patient).",
        frm=f"Survivorship Clinic <survivorship@{CRCC}>",
        to="frontdesk@mountainviewfamilymed.com",
        subject="Survivorship care plan",
        body="Please see attached care plan for your shared patient. A copy was also "
        "mailed.\n\nCedar Ridge Survivorship Clinic",
        atts=(
            Att(
                "care_plan.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE CANCER CENTER - SURVIVORSHIP CARE PLAN",
                        "Patient: Anneliese Wojcik   DOB: 02/17/1966   MRN: CR-00409981",
                        "Diagnosis: Left breast invasive ductal carcinoma, pT1c N0, ER+/PR+/HER2-",
                        "Treatment: lumpectomy 05/2026; radiation 16 fx completed 10/2026",
                        "Ongoing: anastrozole 1 mg daily x 5 years; DEXA baseline due",
                        "Follow-up: Dr. Lucia Ferreira every 6 months",
                    ],
                    "Survivorship care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="clinical trial screening log csv",
        notes="Hard positive: CSV with initials+DOB and eligibility for a trial; body generic.",
        frm=f"Research Office <research@{CRCC}>",
        to="cra.team@meridianoncologycro.com",
        subject="Screening log - site 014",
        body="Monthly screening log attached per the monitoring plan.\n\nNadia Esfahani, CCRP",
        atts=(
            Att(
                "site014_screening_oct.csv",
                "text/csv",
                "Screen_ID,Initials,DOB,Dx,Screen_date,Outcome,Reason\r\n"
                "014-031,JRT,1961-05-02,NSCLC stage IV KRAS G12C,2026-10-05,Enrolled,\r\n"
                "014-032,MAO,1957-12-19,NSCLC stage IV,2026-10-12,Screen fail,ECOG 3\r\n"
                "014-033,LKV,1970-03-30,NSCLC stage IIIB,2026-10-21,Screen fail,brain mets "
                "untreated\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS calendar invite family meeting",
        notes="Hard positive: PHI in calendar invite (family meeting about named patient's goals "
        "of care).",
        frm=f"Esperanza Villalobos <evillalobos@{CRCC}>",
        to="tran.minh.duc@hotmail.com",
        subject="Invitation: Family meeting",
        body="Please accept the invite for Friday's family meeting.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRCC//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:fm-20261113-0930@cedarridgecancer.org\r\nDTSTAMP:20261109T150000Z\r\n"
            "DTSTART:20261113T163000Z\r\nDTEND:20261113T173000Z\r\n"
            "SUMMARY:Family meeting - Tran Thi Hoa - goals of care (metastatic gastric cancer)\r\n"
            "LOCATION:CRCC 3rd floor family room\r\n"
            "DESCRIPTION:With Dr. Haddad and palliative care. Discuss stopping FOLFIRI and hospice "
            "options.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="prior auth appeal letter",
        notes="Member id, name, DOB and denied drug for myeloma, to payer.",
        frm=f"Prior Authorization <priorauth@{CRCC}>",
        to="appeals@summitcareplan.com",
        subject="Expedited appeal - ref PA-2026-558120",
        body=(
            "Summit Care Plan Appeals,\n\nPlease treat as expedited. Member: Bartholomew "
            "Nwachukwu, "
            "DOB 07/28/1952, Member ID SCP884120377. Denied: daratumumab/hyaluronidase SC for "
            "relapsed multiple myeloma (C90.02). Letter of medical necessity from Dr. Imre Szabo "
            "(NPI 1198344412) attached in the portal; prior lines lenalidomide and bortezomib.\n\n"
            "Rochelle Ampadu, CPhT\nPrior Authorization Specialist"
        ),
    ),
    Spec(
        phi=True,
        category="missed appointment outreach text style",
        notes="Hard positive: terse note to patient's personal mail: name implied by greeting + "
        "missed radiation.",
        frm=f"Rad Onc Front Desk <radonc.desk@{CRCC}>",
        to="bigtommy.p@aol.com",
        subject="missed you today",
        body="Tom - you missed your 8:10 radiation today (fraction 21 of 28). Please call "
        "720-555-0150 so we can add it at the end. -Front desk",
    ),
    Spec(
        phi=True,
        category="zip of pathology reports to second opinion",
        notes="Hard positive: zip containing TXT path report naming patient; body generic.",
        frm=f"Medical Records <himrelease@{CRCC}>",
        to="secondopinion@frontrangehemonc.com",
        subject="Records release #RR-26-11872",
        body="Records released per signed authorization on file. Zip attached.",
        atts=(
            Att(
                "RR-26-11872.zip",
                "application/zip",
                zipped(
                    {
                        "path_report.txt": (
                            "SURGICAL PATHOLOGY REPORT\nPatient: Ozturk, Selin  MRN: CR-00415530  "
                            "DOB: 1979-11-08\n"
                            "Specimen: Right colon, hemicolectomy\nDiagnosis: Adenocarcinoma, "
                            "moderately "
                            "differentiated, pT3 N1b (2/19 nodes). MMR proficient.\n"
                        ),
                        "cover.txt": (
                            "Released 11/10/2026 to Front Range Hematology & Oncology "
                            "second-opinion desk.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML table lab results to outside oncologist",
        notes="HTML table with patient name and tumor markers to partner practice.",
        frm=f"Dr. Imre Szabo <iszabo@{CRCC}>",
        to="dr.aldana@frontrangehemonc.com",
        subject="Shared patient - labs",
        body="Labs below for our shared myeloma patient.",
        html=(
            "<p>Rafael,</p><p>Labs for <b>Bartholomew Nwachukwu</b> (DOB 7/28/1952):</p>"
            "<table border='1'><tr><th>Test</th><th>10/20</th><th>11/09</th></tr>"
            "<tr><td>M-spike g/dL</td><td>1.9</td><td>1.1</td></tr>"
            "<tr><td>Free kappa mg/L</td><td>412</td><td>188</td></tr>"
            "<tr><td>Creatinine</td><td>1.6</td><td>1.4</td></tr></table>"
            "<p>He's tolerating dara well. - Imre</p>"
        ),
    ),
    Spec(
        phi=True,
        category="message/rfc822 forwarded portal message",
        notes="Hard positive: PHI only inside attached forwarded message (patient's portal "
        "question about nausea on capecitabine).",
        frm=f"Tamsin Oyelaran <toyelaran@{CRCC}>",
        to=f"oncpharmacy@{CRCC}",
        subject="Fwd: can you look at this",
        body="Grant - can you answer the dosing question in the attached? Thanks, T",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Huong Le <huongle.sews@gmail.com>",
            to=f"toyelaran@{CRCC}",
            subject="Question about my Xeloda",
            body=(
                "Hello, this is Huong Le, Dr. Ferreira's patient. I am on capecitabine 1500 mg "
                "twice "
                "a day for my colon cancer. I threw up this morning after the dose. Should I take "
                "another one? My birthday is 4/9/1964 if you need it.\n\nThank you"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care",
        notes="Hard positive: PHI only in C-CDA XML attachment (name, DOB, diagnosis, meds).",
        frm=f"Care Transitions <transitions@{CRCC}>",
        to=f"intake@{ESH}",
        subject="CCD for admission",
        body="CCD attached for tomorrow's admission. Hospice face-to-face to follow.",
        atts=(
            Att(
                "ccd_transition.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                "<title>Continuity of Care Document</title><recordTarget><patientRole>"
                '<id extension="CR-00377451" root="2.16.840.1.113883.3.9921"/>'
                "<addr><streetAddressLine>4410 W Quincy Ave</streetAddressLine><city>Denver</city>"
                "<state>CO</state><postalCode>80236</postalCode></addr>"
                "<patient><name><given>Desmond</given><family>Whitaker-Oyelowo</family></name>"
                '<birthTime value="19440612"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Metastatic rectal adenocarcinoma "
                "(C20) with liver metastases</text></section><section><title>Medications</title>"
                "<text>Oxycodone ER 20 mg q12h; senna 8.6 mg BID; dexamethasone 4 mg daily</text>"
                "</section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: carboplatin/cisplatin shortage notice, drug names and cancer terms, "
        "no patient.",
        frm=f"Oncology Pharmacy <oncpharmacy@{CRCC}>",
        to=f"allproviders@{CRCC}",
        subject="SHORTAGE: carboplatin and cisplatin - conservation measures",
        body=(
            "Providers,\n\nOur wholesaler has carboplatin on allocation at 60% of usual volume "
            "through at least December. Effective Monday:\n- Round carboplatin doses to nearest "
            "vial size per P&T policy ONC-114 (within 10%).\n- Cisplatin reserved for "
            "curative-intent "
            "regimens (head & neck, cervical, testicular).\n- Consider substitutions per the "
            "attached "
            "table for palliative lung and ovarian regimens.\n\nQuestions to Grant Pellegrino, "
            "PharmD, "
            "x4471.\n\nOncology Pharmacy & Therapeutics Committee"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard",
        notes="Hard negative: aggregate infusion and readmission metrics with disease words, no "
        "individuals.",
        frm=f"Quality Office <quality@{CRCC}>",
        to=f"leadership@{CRCC}",
        subject="October oncology quality dashboard",
        body=(
            "Leadership team,\n\nHighlights for October:\n- 1,214 infusion visits; chair "
            "utilization 87%\n"
            "- Febrile neutropenia ED visits within 30 days of chemo: 19 (1.6%)\n"
            "- 30-day readmissions after chemo: 4.1% (goal < 5%)\n- Hospice referral > 3 days "
            "before death: 71% (ASCO QOPI target 75%)\n- Extravasation events: 0\n\nFull dashboard "
            "on the quality SharePoint.\n\nMei-Ling Castellanos\nDirector, Quality & Patient Safety"
        ),
    ),
    Spec(
        phi=False,
        category="new physician announcement",
        notes="Hard negative: clinician name with specialty and disease focus; no patient.",
        frm=f"Marketing <marketing@{CRCC}>",
        to="editor@lakewoodsentinel.com",
        subject="Press release: Cedar Ridge welcomes Dr. Adaeze Okafor",
        body=(
            "FOR IMMEDIATE RELEASE\n\nCedar Ridge Cancer Center welcomes Adaeze Okafor, MD, a "
            "board-certified medical oncologist specializing in multiple myeloma, lymphoma and "
            "CAR-T cell therapy. Dr. Okafor completed fellowship at the University of Michigan and "
            "joins our Hematologic Malignancies program (NPI 1747661431). She sees patients at our "
            "Lakewood and Golden clinics.\n\nMedia contact: Jonah Feldstein, 720-555-0101"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient interface validation",
        notes="Hard negative: FHIR bundle with a clearly labelled synthetic TEST patient for "
        "interface testing.",
        frm=f"Interfaces Team <interfaces@{CRCC}>",
        to=f"integration@{APEX}",
        subject="TEST message - new eRx endpoint validation",
        body=(
            "Hi Apex integration team,\n\nAttached is a synthetic test bundle (patient "
            "ZZTEST, ONCOLOGY - not a real person, DOB 1900-01-01) for your new endpoint. "
            "Please confirm you can parse it; no production data has been sent.\n\nKwame "
            "Asante-Boateng\nIntegration Analyst"
        ),
        atts=(Att("zztest_bundle.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="vendor invoice with PO number",
        notes="Hard negative: invoice with SSN-shaped PO number and infusion pump items.",
        frm=f"Accounts Payable <ap@{CRCC}>",
        to="billing@alpinemedsupply.com",
        subject="Invoice 77120 - PO 412-58-0937 payment scheduled",
        body=(
            "Hello,\n\nInvoice 77120 for 40 ambulatory infusion pump cassettes and 12 cases of "
            "chemo-rated gloves (PO 412-58-0937) is approved and scheduled for ACH on 11/20.\n\n"
            "Thank you,\nBeatriz Hollingsworth\nAccounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="HR benefits open enrollment",
        notes="Hard negative: staff benefits mail mentioning cancer screening coverage and EAP, no "
        "patient.",
        frm=f"Human Resources <hr@{CRCC}>",
        to=f"allstaff@{CRCC}",
        subject="Open enrollment closes Friday",
        body=(
            "Team,\n\nOpen enrollment closes Friday 11/13 at 5 PM. Reminders:\n- The PPO now "
            "covers "
            "annual low-dose CT lung screening with no copay.\n- EAP offers 8 free counseling "
            "sessions for you and household members.\n- FSA max is $3,300.\n\nQuestions: "
            "benefits@cedarridgecancer.org\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: CME agenda with speakers and cancer topics.",
        frm=f"CME Office <cme@{CRCC}>",
        to="members@coloradooncologysociety.org",
        subject="Agenda: Rocky Mountain GI Oncology Symposium",
        body=(
            "Saturday, December 5, 2026 - Denver Marriott Tech Center\n\n"
            "7:30  Breakfast\n8:00  Total neoadjuvant therapy for rectal cancer - Dr. Lucia "
            "Ferreira\n"
            "8:45  HER2-positive gastric cancer: beyond trastuzumab - Dr. Samir Haddad\n"
            "9:30  Case-based panel: hepatocellular carcinoma (de-identified cases)\n"
            "10:30 Palliative radiation for bone metastases - Dr. Camille Beauchene\n\n"
            "6.0 AMA PRA Category 1 Credits. Register at the CME page."
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: oncology RN job posting with chemo certification wording.",
        frm=f"Talent Acquisition <careers@{CRCC}>",
        to="postings@coloradonursingjobs.com",
        subject="Posting: Infusion RN (OCN preferred) - Lakewood",
        body=(
            "Please post the following:\n\nInfusion Registered Nurse - full time, days\n"
            "Administer chemotherapy, immunotherapy and biologics; manage hypersensitivity "
            "reactions; "
            "access ports and PICCs. Requires ONS/ONCC Chemotherapy Immunotherapy Certificate "
            "within "
            "6 months; OCN preferred. Pay $44-$58/hr.\n\nReq #RN-2611-08"
        ),
    ),
    Spec(
        phi=False,
        category="IT downtime notice",
        notes="Staff IT notice about EHR downtime procedures.",
        frm=f"IT Service Desk <servicedesk@{CRCC}>",
        to=f"allstaff@{CRCC}",
        subject="Planned Epic downtime Sun 11/15 01:00-04:00",
        body=(
            "Epic and Beacon will be unavailable Sunday 11/15 01:00-04:00 for an upgrade. Infusion "
            "night shift: use downtime MAR binders. BCA read-only PCs on each unit will have a "
            "report as of 00:30.\n\nIT Service Desk x5000"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified CSV with study ids, age bands and year-only dates.",
        frm=f"Nadia Esfahani <nesfahani@{CRCC}>",
        to="biostat@rockymountaincancerconsortium.org",
        subject="De-identified extract for the TNT outcomes abstract",
        body=(
            "Attached is the Safe Harbor de-identified extract (honest-broker reviewed). Study IDs "
            "are "
            "random, ages banded, dates reduced to year.\n\nNadia"
        ),
        atts=(
            Att(
                "tnt_deid.csv",
                "text/csv",
                "study_id,age_band,sex,stage,year_dx,regimen,pCR\r\n"
                "S0193,60-69,M,cT3N1,2024,FOLFOX->CRT,yes\r\nS0417,50-59,F,cT4N2,2025,CAPOX->CRT,no\r\n"
                "S0822,70-79,M,cT3N0,2025,FOLFOX->SCRT,no\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll notice",
        notes="Hard negative: payroll mail with employee id and amounts, no health info.",
        frm=f"Payroll <payroll@{CRCC}>",
        to="j.feldstein.personal@gmail.com",
        subject="Your W-2 address update",
        body=(
            "Hi Jonah,\n\nWe updated the mailing address on your employee record (ID E10482) as "
            "requested. Your 2026 W-2 will go to the new address in January. Your direct deposit "
            "is "
            "unchanged.\n\nPayroll, Cedar Ridge Cancer Center"
        ),
    ),
    Spec(
        phi=False,
        category="policy document docx",
        notes="Hard negative: hazardous drug handling policy DOCX, drug names and procedures only.",
        frm=f"Pharmacy Compliance <pharmcompliance@{CRCC}>",
        to=f"infusion.staff@{CRCC}",
        subject="Revised policy: USP 800 hazardous drug handling",
        body="Attached is the revised policy. Please attest in the LMS by 11/30.",
        atts=(
            Att(
                "POL-PH-800_rev6.docx",
                DOCX,
                docx(
                    [
                        "Cedar Ridge Cancer Center Policy PH-800: Hazardous Drug Handling (rev 6)",
                        "Scope: all staff who receive, compound, administer or dispose of "
                        "antineoplastic agents.",
                        "Double chemotherapy gloves (ASTM D6978) for administration of "
                        "cyclophosphamide, "
                        "doxorubicin, cisplatin and similar agents.",
                        "Closed-system transfer devices required for all NIOSH Table 1 drugs.",
                        "Spill kits located in each infusion pod; report spills in the safety "
                        "system.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="tumor board schedule without cases",
        notes="Hard negative: tumor board calendar with physician names and disease sites, no "
        "patients.",
        frm=f"Priya Raghunathan <praghunathan@{CRCC}>",
        to=f"medstaff@{CRCC}",
        subject="December tumor board schedule",
        body=(
            "December schedule:\n- Breast: Tuesdays 7 AM (chair Dr. Ferreira)\n- Thoracic: "
            "Wednesdays "
            "7 AM (chair Dr. Haddad)\n- GI: Thursdays noon (chair Dr. Okafor)\n- Heme/BMT: Fridays "
            "7 AM "
            "(chair Dr. Szabo)\nNo boards 12/24-12/31. Submit cases by noon the day "
            "before.\n\nPriya"
        ),
    ),
    Spec(
        phi=False,
        category="vendor maintenance linac",
        notes="Vendor mail about linear accelerator preventive maintenance.",
        frm=f"Medical Physics <physics@{CRCC}>",
        to="fieldservice@radiantlinacservices.com",
        subject="PM visit Vault 2 - confirm Tues 13:00",
        body=(
            "Hi Curtis,\n\nConfirming the semiannual PM on Vault 2 (serial TB-4418) Tuesday "
            "13:00-19:00. "
            "We'll move treatments to Vault 1. Please bring the replacement MLC leaf motor we "
            "discussed.\n\nHyun-woo Baek, PhD, DABR\nChief Medical Physicist"
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you newsletter HTML",
        notes="Foundation newsletter, HTML-only, health topics and aggregates.",
        frm=f"Cedar Ridge Foundation <foundation@{CRCC}>",
        to="ellen.marquardt@outlook.com",
        subject="Your gift at work this fall",
        body="",
        html=(
            "<html><body><h2>Thank you, Ellen!</h2><p>Because of donors like you, our Ride for "
            "Hope raised $412,000 this year. The funds support our free wig boutique, gas cards "
            "for 300+ patients traveling for radiation, and our new lymphedema therapy room.</p>"
            "<p>Join us Dec 3 for the holiday tree lighting.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="staff recognition",
        notes="Hard negative: staff member praised by name with clinical context but no patient "
        "identified.",
        frm=f"Chief Nursing Officer <cno@{CRCC}>",
        to=f"nursing@{CRCC}",
        subject="DAISY Award - Joaquin Ybarra, RN",
        body=(
            "Please join me in congratulating Joaquin Ybarra, our lymphoma nurse navigator, on his "
            "DAISY Award. The nomination, from a family member, described how he explained a new "
            "diagnosis with patience and stayed late to coordinate a same-day PET scan.\n\nCake in "
            "the 2nd floor break room at 3 PM Thursday.\n\nGwendolyn Achterberg, DNP, RN\nCNO"
        ),
    ),
    Spec(
        phi=False,
        category="contract with BAA discussion",
        notes="Vendor/legal mail about a BAA and data elements, no patient data.",
        frm=f"Compliance <compliance@{CRCC}>",
        to="legal@oncoanalyticsai.com",
        subject="BAA redlines - v3",
        body=(
            "Counsel,\n\nOur redlines to the BAA are attached in the portal. Key points: breach "
            "notification within 5 business days, no offshore storage, and no use of PHI to train "
            "models without written consent. We can't share identifiable data until it's "
            "executed.\n\n"
            "Fatima Al-Rashidi, JD\nChief Compliance Officer"
        ),
    ),
    Spec(
        phi=False,
        category="xlsx budget multi-sheet",
        notes="Hard negative: department budget workbook with drug cost lines (Keytruda, Opdivo), "
        "no patients.",
        frm=f"Finance <finance@{CRCC}>",
        to=f"oncpharmacy@{CRCC}",
        subject="FY27 drug budget draft",
        body="Draft drug budget attached, two tabs. Please review volumes by Friday.",
        atts=(
            Att(
                "FY27_drug_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Immunotherapy": [
                            ["Drug", "Projected doses", "Unit cost", "Total"],
                            ["pembrolizumab 200 mg", 1450, 11380.0, 16501000.0],
                            ["nivolumab 480 mg", 390, 14750.0, 5752500.0],
                        ],
                        "Chemo": [
                            ["Drug", "Projected doses", "Unit cost", "Total"],
                            ["oxaliplatin 100 mg", 820, 64.5, 52890.0],
                            ["carboplatin 450 mg", 1100, 41.2, 45320.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mock PHI training quiz",
        notes="Hard negative: HIPAA training with an obviously fictitious example patient labelled "
        "as such.",
        frm=f"Privacy Office <privacy@{CRCC}>",
        to=f"newhires@{CRCC}",
        subject="HIPAA module 2 quiz",
        body=(
            "Welcome! Before Friday please complete module 2. Sample question:\n\n"
            "'A FICTIONAL patient, Jane Testpatient, asks you to email her chemo schedule to her "
            "neighbor. What do you do?' (Answer: verify authorization first.)\n\nPrivacy Office"
        ),
    ),
    Spec(
        phi=False,
        category="PDF patient education handout",
        notes="Hard negative: generic education PDF about neutropenic precautions, no individual.",
        frm=f"Patient Education <education@{CRCC}>",
        to=f"clinicmanagers@{CRCC}",
        subject="Updated handout: fever and low blood counts",
        body="Updated handout attached; please replace the printed stock in each exam room.",
        atts=(
            Att(
                "fever_neutropenia_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE CANCER CENTER - PATIENT EDUCATION",
                        "When to call: fever of 100.4 F (38 C) or higher during chemotherapy",
                        "Low white blood cell counts (neutropenia) make infections dangerous.",
                        "Call 720-555-0199 day or night. Do not take acetaminophen before calling.",
                    ],
                    "Fever and neutropenia",
                ),
            ),
        ),
    ),
]
