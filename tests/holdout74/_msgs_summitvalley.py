"""Summit Valley ENT Surgery Center (ambulatory ENT surgery): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import SVE, Att, Spec

SIG = "\n\nSummit Valley ENT Surgery Center\n4800 Ridgecrest Parkway, Fenwick, OH 45233 | 513-555-0140"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for "
    "the addressee. If you received it in error, notify the sender and delete it."
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Pre-op tonsillectomy instructions to adult patient",
        notes="Names the patient with his tonsillectomy date, arrival time and fasting instructions, to his gmail.",
        frm=f"Pre-Admission Testing <preop@{SVE}>",
        to="ethan.brooks.oh@gmail.com",
        subject="Your surgery on Thursday, March 19",
        body=(
            "Dear Ethan Brooks,\n\nYour tonsillectomy with Dr. Lim is scheduled for Thursday, March 19. "
            "Please arrive at 6:00 AM.\n\n- Nothing to eat after midnight; clear liquids until 4:00 AM.\n"
            "- Stop ibuprofen and fish oil now; Tylenol is fine.\n- You must have an adult drive you home "
            "and stay with you the first night.\n\nRecovery usually takes 10-14 days. Call 513-555-0141 with "
            "questions." + SIG + CONF
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA operative note for septoplasty to PCP",
        notes="Hard positive: generic body; the C-CDA XML carries patient name, DOB, MRN and septoplasty/turbinate reduction procedure sent to referring PCP.",
        frm=f"Health Information <him@{SVE}>",
        to="records@fenwickfamilymed.com",
        subject="Operative summary for your patient",
        body="Please find the operative summary (C-CDA) attached for your records." + SIG + CONF,
        atts=(
            Att(
                "op_summary.xml",
                "application/xml",
                (
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<ClinicalDocument xmlns="urn:hl7-org:v3">'
                    '<templateId root="2.16.840.1.113883.10.20.22.1.7"/>'
                    "<title>Operative Note</title>"
                    '<recordTarget><patientRole><id extension="SV-20931177" root="2.16.840.1.113883.19.5"/>'
                    "<patient><name><given>Marcus</given><family>Feldman</family></name>"
                    '<birthTime value="19840517"/></patient></patientRole></recordTarget>'
                    "<component><structuredBody><component><section><title>Procedures</title>"
                    "<text>Septoplasty (30520) and bilateral inferior turbinate reduction (30140) on 03/13/2026. "
                    "Indication: deviated nasal septum J34.2 with nasal obstruction. EBL 25 mL. No complications.</text>"
                    "</section></component></structuredBody></component></ClinicalDocument>"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Adenoid pathology result to child's mother",
        notes="Hard positive: only the child's first name, to his mother (Ms. Duarte) at her personal mailbox, with his adenoid pathology result.",
        frm=f"Dr. Hannah Lim <hlim@{SVE}>",
        to="rosa.duarte88@yahoo.com",
        subject="Mateo's results",
        body=(
            "Hi Ms. Duarte,\n\nGood news - the pathology from Mateo's adenoids came back benign "
            "(lymphoid hyperplasia only, nothing worrying). Keep up the saline spray and we'll see him "
            "at his 4-week check.\n\nDr. Lim"
        ),
    ),
    Spec(
        phi=True,
        category="Weekly surgical schedule workbook to anesthesia group",
        notes="Multi-sheet XLSX listing patients' names, DOBs, procedures and allergies for the week, sent to the anesthesia group.",
        frm=f"OR Scheduling <orscheduling@{SVE}>",
        to="scheduling@ridgecrestanesthesia.com",
        subject="Schedule wk of 3/23",
        body="Attached. Note room 2 add-on Wednesday (latex allergy).\nBeth" + SIG,
        atts=(
            Att(
                "SV_schedule_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mon 3-23": [
                            ["Time", "Patient", "DOB", "Procedure", "Surgeon", "Allergy"],
                            ["07:30", "Kessler, Abigail", "2019-04-11", "T&A", "Lim", "NKDA"],
                            [
                                "09:00",
                                "Nwosu, Daniel",
                                "1976-09-02",
                                "FESS bilateral",
                                "Achebe",
                                "PCN",
                            ],
                        ],
                        "Wed 3-25": [
                            ["Time", "Patient", "DOB", "Procedure", "Surgeon", "Allergy"],
                            [
                                "07:30",
                                "Pham, Linh",
                                "1990-12-19",
                                "Thyroid lobectomy R",
                                "Achebe",
                                "Latex",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for sinus surgery",
        notes="Hard positive: body is one line; the X12 270 carries subscriber name, DOB and member ID to check benefits before a procedure.",
        frm=f"Patient Financial Services <pfs@{SVE}>",
        to="edi@claimbridge-edi.com",
        subject="270 batch 0316",
        body="270 attached for tomorrow's add-on case." + SIG,
        atts=(
            Att(
                "elig0316.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*SVENT01        *ZZ*CLAIMBRIDGE    *260316*1402*^*00501*000000318*0*P*:~"
                    "GS*HS*SVENT01*CLAIMBRIDGE*20260316*1402*318*X*005010X279A1~ST*270*0001*005010X279A1~"
                    "BHT*0022*13*SV0316E*20260316*1402~HL*1**20*1~NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*31822~"
                    "HL*2*1*21*1~NM1*1P*2*SUMMIT VALLEY ENT SURGERY CENTER*****XX*1802372965~HL*3*2*22*0~"
                    "NM1*IL*1*GALLOWAY*TERRENCE****MI*BMH771204455~DMG*D8*19690728*M~DTP*291*D8*20260317~EQ*30~SE*12*0001~GE*1*318~IEA*1*000000318~"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 SIU surgical booking to hospital",
        notes="Hard positive: automated-looking mail whose HL7 SIU attachment books a named patient's parotidectomy at the hospital, with DOB and diagnosis.",
        frm=f"Interfaces <interfaces@{SVE}>",
        to="hl7-inbound@fenwickgeneral.org",
        subject="SIU S12 - inpatient case booking",
        body="Automated booking message. Case requires overnight admission." + SIG,
        atts=(
            Att(
                "siu_s12_4471.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|SVENT|SUMMITVALLEY|FGH_OR|FENWICKGEN|202603161305||SIU^S12|SV4471|P|2.5.1\r"
                    "SCH|4471|||||ROUTINE|Parotidectomy||||^^^20260402073000\r"
                    "PID|1||SV-30318842^^^SVENT^MR||OYELARAN^GRACE^A||19610830|F|||17 Tannery Ln^^Fenwick^OH^45233||513-555-0157\r"
                    "DG1|1||D11.0^Benign neoplasm of parotid gland^I10\r"
                    "AIP|1||1913207720^ACHEBE^MIRIAM|SURGEON\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization letter for balloon sinuplasty",
        notes="PDF prior-auth request with patient name, member ID and chronic sinusitis history to payer.",
        frm=f"Prior Authorizations <priorauth@{SVE}>",
        to="um-requests@buckeyemutualhealth.com",
        subject="PA request - CPT 31296",
        body="Please review the attached request. Clinical notes and CT report available on request."
        + SIG
        + CONF,
        atts=(
            Att(
                "PA_31296.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT VALLEY ENT SURGERY CENTER - PRIOR AUTHORIZATION REQUEST",
                        "Member: Yolanda Price     Member ID: BMH660318217     DOB: 02/14/1979",
                        "Requested: CPT 31296 balloon dilation, frontal sinus, bilateral",
                        "Diagnosis: J32.1 chronic frontal sinusitis",
                        "History: 5 courses of antibiotics and 12 weeks of nasal steroids in the past year;",
                        "CT 02/20/2026 shows bilateral frontal recess opacification (Lund-Mackay 9).",
                        "Surgeon: Hannah Lim, MD   NPI: 1446083291",
                    ],
                    "Prior authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse post-op bleed note by MRN",
        notes="Hard positive: MRN with post-tonsillectomy day-6 bleed and ED transfer, in clinical shorthand.",
        frm=f"Dr. Hannah Lim <hlim@{SVE}>",
        to="ed-charge@fenwickgeneral.org",
        subject="sending you a POD6 T&A bleed",
        body="MRN SV-20877310, 24F, POD6 s/p T&A, oozing L fossa, clot in place, Hgb unknown. Sent by private car, ETA 20 min. I'll meet her there.\nHL",
    ),
    Spec(
        phi=True,
        category="School letter excusing student after ear tube surgery",
        notes="Letter to a school nurse naming a student and her ear-tube surgery with activity restrictions.",
        frm=f"Summit Valley Pediatric ENT <peds@{SVE}>",
        to="nurse@maplewoodelementary.k12.oh.us",
        subject="School note - Lily Chen, grade 2",
        body=(
            "To the school nurse,\n\nLily Chen had bilateral myringotomy with tympanostomy tubes on March "
            "13, 2026. She may return to school Monday. Please excuse her from swimming for 1 week; after "
            "that she may swim with earplugs. If you notice ear drainage, please let her parents know.\n\n"
            "Dr. Hannah Lim" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Records to personal-injury lawyer for nasal fracture",
        notes="Letter and DOCX records to a law firm naming the patient with a nasal fracture and closed reduction.",
        frm=f"Release of Information <roi@{SVE}>",
        to="intake@harlanbrightlaw.com",
        subject="Records request 26-0412 - your client",
        body="Per the signed authorization on file, records for your client are attached. Invoice to follow."
        + SIG
        + CONF,
        atts=(
            Att(
                "records_26-0412.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT VALLEY ENT SURGERY CENTER - RECORDS RELEASE",
                        "Patient: Derek Holloway   DOB 06/05/1993",
                        "02/27/2026 consult: nasal bone fracture with septal deviation after motor vehicle collision on 02/21/2026.",
                        "03/03/2026 procedure: closed reduction of nasal fracture (21325) under general anesthesia.",
                        "Follow-up 03/10/2026: splint removed, alignment good, mild persistent right obstruction.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded anesthesia history about malignant hyperthermia risk",
        notes="Hard positive: body gives only a surname and trigger-free plan; the forwarded hospital message names a patient with a family history of malignant hyperthermia, to the anesthesia group.",
        frm=f"Pre-Admission Testing <preop@{SVE}>",
        to="clinical@ridgecrestanesthesia.com",
        subject="Fwd: prior anesthetic record - Kowalski",
        body="Dr. Patel, forwarding for Friday's FESS. Please plan trigger-free anesthetic.\nNina RN",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Anesthesia Dept <anesthesia@fenwickgeneral.org>",
            to=f"preop@{SVE}",
            subject="prior anesthetic record - Kowalski",
            body="Re: Stanley Kowalski, DOB 10/12/1958. 2019 knee arthroscopy uneventful with TIVA. Brother had MH crisis in 2004; patient never biopsy-tested. Treat as MH-susceptible.",
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only patient statement",
        notes="HTML-only billing statement naming the patient, account number and sinus surgery charges.",
        frm=f"Patient Billing <statements@{SVE}>",
        to="clara.osei@outlook.com",
        subject="Your statement is ready",
        body="",
        html=(
            "<html><body><p>Dear Clara Osei,</p><table border='1' cellpadding='4'>"
            "<tr><th>Date</th><th>Service</th><th>Charge</th><th>Ins. paid</th><th>You owe</th></tr>"
            "<tr><td>02/26/2026</td><td>Endoscopic sinus surgery (31255, 31267)</td><td>$6,840.00</td><td>$5,472.00</td><td>$1,368.00</td></tr>"
            "</table><p>Account SV-A-118273. Pay online at summitvalleyent.org/pay or call 513-555-0144.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Thyroid FNA result to patient",
        notes="FNA result (Bethesda IV) and surgery recommendation to a named patient at her personal address.",
        frm=f"Dr. Miriam Achebe <machebe@{SVE}>",
        to="nina.castell@outlook.com",
        subject="Your biopsy result",
        body=(
            "Dear Nina,\n\nYour thyroid nodule biopsy came back as 'follicular neoplasm' (Bethesda IV). This "
            "is not a cancer diagnosis, but the only way to know for sure is to remove that half of the "
            "thyroid. I recommend a right thyroid lobectomy. My scheduler will call to set up a visit to "
            "talk it through.\n\nDr. Achebe"
        ),
    ),
    Spec(
        phi=True,
        category="Hypoglossal nerve stimulator implant registration",
        notes="Hard positive: routine-looking device paperwork to the manufacturer with patient name, DOB, implant serial and obstructive sleep apnea indication.",
        frm=f"OR Materials <materials@{SVE}>",
        to="registration@airwaystimmedical.com",
        subject="Implant registration form",
        body=(
            "Implant registration for yesterday's case:\n\nPatient: Ronald Estes\nDOB: 01/23/1966\nAddress: "
            "402 Birch Hollow Rd, Fenwick OH 45233\nDevice: IPG model 3028, S/N 3028-771045\nImplant date: "
            "03/16/2026\nIndication: moderate-severe obstructive sleep apnea, CPAP intolerant\nSurgeon: Dr. "
            "Miriam Achebe" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned registration form",
        notes="Hard positive: OCR'd scanned intake form in a TXT attachment with patient name, SSN and reason for visit (hoarseness).",
        frm=f"Scanning <scanning@{SVE}>",
        to="indexing@medrecordsolutions.net",
        subject="Batch 0316-07 unindexed page",
        body="One page from batch 0316-07 could not be auto-indexed. OCR text attached; please index manually.",
        atts=(
            Att(
                "page_0316-07-14.txt",
                "text/plain",
                (
                    "PAT1ENT REG1STRATION F0RM  Summit Va11ey ENT\n"
                    "Name (Last, First): VANDERMEER, ELSA    Sex: F\nDOB: 07/30/1955   SSN: 431-72-6618\n"
                    "Address: 58 Quarry Rd, Fenwick OH 45231   Phone: 513-555-0166\n"
                    "Reason for visit: hoarse voice 3 months, ex-smoker\nInsurance: Medicare + AARP supp\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless case table in body to coding vendor",
        notes="Hard positive: table with no headers listing patient surname/initial, DOB and CPT codes sent to an outsourced coder.",
        frm=f"Coding <coding@{SVE}>",
        to="ent-team@precisioncodingpartners.com",
        subject="3 charts to recheck",
        body=(
            "Please recheck these three, modifiers look wrong:\n\n"
            "Alvarez, R   03/04/1971   31267-50   Lim\n"
            "Boateng, K   11/21/1988   69436-50   Lim\n"
            "Sorensen, P  05/09/1949   31541      Achebe\n\nThanks, Joy"
        ),
    ),
    Spec(
        phi=True,
        category="Post-op visit calendar invite naming patient",
        notes="ICS invite to the patient naming him and his post-op visit after FESS.",
        frm=f"Summit Valley Scheduling <scheduling@{SVE}>",
        to="dnwosu76@gmail.com",
        subject="Post-op visit confirmed",
        body="Your post-op visit is confirmed. Please bring your saline rinse bottle.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Valley ENT//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:sv-postop-88120@summitvalleyent.org\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260401T140000Z\r\nDTEND:20260401T142000Z\r\n"
            "SUMMARY:Daniel Nwosu - post-op debridement after sinus surgery (Dr. Achebe)\r\n"
            "LOCATION:Summit Valley ENT, 4800 Ridgecrest Pkwy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Disability evidence for laryngectomy patient with SSN",
        notes="Letter to a disability determination office with patient name, SSN and total laryngectomy for laryngeal cancer.",
        frm=f"Release of Information <roi@{SVE}>",
        to="dds-evidence@ohiodisability-determination.gov",
        subject="Medical evidence - claimant response",
        body=(
            "Re: Claimant Raymond Tuttle, SSN 287-41-5093\n\nIn response to your request of 03/02/2026: Mr. "
            "Tuttle underwent total laryngectomy with bilateral neck dissection on 01/08/2026 for T4a "
            "squamous cell carcinoma of the larynx. He communicates with a tracheoesophageal voice "
            "prosthesis and is completing adjuvant radiation. Full records enclosed by fax."
            + SIG
            + CONF
        ),
    ),
    Spec(
        phi=True,
        category="Return-to-work note to employer without diagnosis",
        notes="Hard positive: no diagnosis, but names the employee as a surgery-centre patient with a procedure date and restrictions.",
        frm=f"Summit Valley Front Office <frontoffice@{SVE}>",
        to="hr@tristatelogistics.com",
        subject="Work note - C. Walsh",
        body="To whom it may concern,\n\nConnor Walsh had a procedure at our surgery center on 03/12/2026. He may return to work 03/23/2026 with no lifting over 20 lb until 03/30.\n\nSummit Valley ENT",
    ),
    # ------------------------------------------------------------ not PHI (19)
    Spec(
        phi=False,
        category="Head and neck surgeon bio for hospital newsletter",
        notes="Hard negative: surgeon's name with cancer and thyroid specialties; no patient.",
        frm=f"Marketing <marketing@{SVE}>",
        to="newsletter@fenwickgeneral.org",
        subject="Physician spotlight copy - Dr. Achebe",
        body=(
            "Here's the spotlight text:\n\nMiriam Achebe, MD, FACS, is fellowship-trained in head and neck "
            "surgical oncology. She treats thyroid and parathyroid disease, salivary gland tumours, oral "
            "cavity and laryngeal cancer, and performs hypoglossal nerve stimulator implants for sleep "
            "apnea. She has performed more than 1,500 thyroid operations." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Lidocaine with epinephrine shortage notice",
        notes="Hard negative: drug shortage notice to surgeons with substitutions; no patient.",
        frm=f"Pharmacy <pharmacy@{SVE}>",
        to=f"surgeons@{SVE}",
        subject="SHORTAGE: lidocaine 1% with epi 1:100,000 (10 mL)",
        body=(
            "Our wholesaler has the 10 mL vials on backorder until at least April 20. We have ~3 weeks of "
            "stock. Please use the 30 mL multi-dose vials (single patient use, discard at case end) or "
            "1% lidocaine with epi 1:200,000 where acceptable. Oxymetazoline pledgets are unaffected.\n\nPharmacy"
        ),
    ),
    Spec(
        phi=False,
        category="OR block schedule workbook by surgeon",
        notes="Hard negative: multi-sheet XLSX of OR block times by surgeon and room; no patients.",
        frm=f"OR Scheduling <orscheduling@{SVE}>",
        to=f"surgeons@{SVE}",
        subject="Q2 block schedule (final)",
        body="Final Q2 blocks attached. Release unused block time 72 h ahead.",
        atts=(
            Att(
                "Q2_blocks.xlsx",
                XLSX,
                xlsx(
                    {
                        "Room 1": [
                            ["Day", "AM", "PM"],
                            ["Mon", "Lim", "Lim"],
                            ["Tue", "Achebe", "Open"],
                            ["Wed", "Achebe", "Achebe"],
                        ],
                        "Room 2": [
                            ["Day", "AM", "PM"],
                            ["Mon", "Ferris", "Open"],
                            ["Tue", "Lim", "Ferris"],
                        ],
                        "Utilisation Q1": [
                            ["Surgeon", "Block hrs", "Used hrs", "%"],
                            ["Lim", 192, 171, 89],
                            ["Achebe", 176, 168, 95],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate post-tonsillectomy hemorrhage quality report",
        notes="Hard negative: PDF with aggregate complication rates for the board; no individual patients.",
        frm=f"Quality <quality@{SVE}>",
        to="board@summitvalleyent-partners.com",
        subject="Q4/annual quality report",
        body="Annual quality indicators attached for Thursday's board meeting." + SIG,
        atts=(
            Att(
                "quality_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT VALLEY ENT SURGERY CENTER - QUALITY INDICATORS 2025",
                        "Cases: 3,412    Tonsillectomies: 1,106",
                        "Post-tonsillectomy hemorrhage requiring return to OR: 2.1% (benchmark 1-4%)",
                        "Unplanned hospital transfer: 0.4%     Surgical site infection: 0.1%",
                        "Same-day cancellation rate: 3.8%     Patient satisfaction top-box: 91%",
                    ],
                    "Quality 2025",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Instrument repair quote to vendor",
        notes="Sterile processing vendor mail about scope repairs; no patient.",
        frm=f"Sterile Processing <spd@{SVE}>",
        to="quotes@keystonescoperepair.com",
        subject="Quote request - 2 sinus scopes",
        body="Hi, we have two 4 mm 30-degree sinus endoscopes with cloudy optics (asset tags SV-EQ-0441 and SV-EQ-0447). Please quote repair vs. exchange. Loaners needed.\nMarcus, SPD Lead",
    ),
    Spec(
        phi=False,
        category="ASC licensure annual report with case volumes",
        notes="Hard negative: regulator filing with aggregate case counts by procedure category; no individuals.",
        frm=f"Administrator <administrator@{SVE}>",
        to="asc-licensure@odh-facilities.ohio.gov",
        subject="Annual ASC report - license ASC-04471",
        body=(
            "Please find our annual statistics for license ASC-04471:\n\nTotal cases 3,412; pediatric 1,388; "
            "general anesthesia 3,040; transfers to hospital 14; deaths 0. Top procedures: tonsillectomy "
            "1,106, tympanostomy tubes 842, FESS 516, septoplasty 401, thyroid 122.\n\nDiane Kaufman, Administrator"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="FHIR test patient for EHR training environment",
        notes="Hard negative: FHIR Patient clearly marked as a synthetic test record for the training environment.",
        frm=f"IT <it@{SVE}>",
        to="support@ambulacloud-ehr.com",
        subject="Training env - test patient not loading",
        body="The synthetic patient below fails validation in TRAIN. It's our standard fake record, not a real person. Ticket 55120.",
        atts=(
            Att(
                "zztest.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Patient","id":"train-0001","meta":{"tag":[{"code":"SYNTHETIC"}]},'
                    '"name":[{"family":"ZZTEST","given":["DONOTUSE"]}],"birthDate":"1900-01-01",'
                    '"identifier":[{"system":"urn:sv:train","value":"TRAIN-0001"}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Email PHI policy with blank example fields",
        notes="Hard negative: DOCX policy showing template field names (Patient Name, MRN, DOB) with blanks; no data.",
        frm=f"Privacy Officer <privacy@{SVE}>",
        to=f"allstaff@{SVE}",
        subject="Updated policy 7.4 - e-mailing patient information",
        body="The revised policy is attached. Please read and attest in the LMS by March 31.",
        atts=(
            Att(
                "Policy_7-4.docx",
                DOCX,
                docx(
                    [
                        "Policy 7.4 - Electronic mail containing patient information",
                        "1. Use [SECURE] in the subject to trigger encryption.",
                        "2. Never place these fields in a subject: Patient Name: ______  MRN: ______  DOB: ______",
                        "3. Send only the minimum necessary.",
                        "4. Report misdirected e-mail to privacy@summitvalleyent.org within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Perioperative RN job posting",
        notes="Job posting; no patient.",
        frm=f"HR <hr@{SVE}>",
        to="postings@ohionursejobs.com",
        subject="Job: Perioperative RN - no nights, no weekends",
        body="Summit Valley ENT Surgery Center seeks a perioperative RN (circulating, PACU cross-training). 2 years OR experience, BLS/ACLS, PALS preferred. Mon-Fri 6a-4p. Sign-on bonus $5,000.",
    ),
    Spec(
        phi=False,
        category="Staff retirement congratulations",
        notes="Workforce member named in a staff notice; no health information.",
        frm=f"Administrator <administrator@{SVE}>",
        to=f"allstaff@{SVE}",
        subject="Cake Friday - congrats Dana!",
        body="Please join us Friday at 2 pm in the lounge to celebrate Dana Ruiz, RN, who retires after 22 years in our PACU. Card is at the front desk.",
    ),
    Spec(
        phi=False,
        category="Anesthesiologist credentialing with NPI and DEA",
        notes="Hard negative: clinician's NPI, DEA and license numbers for credentialing; provider identifiers are not PHI.",
        frm=f"Medical Staff Office <medstaff@{SVE}>",
        to="credentialing@ridgecrestanesthesia.com",
        subject="Reappointment file - Dr. Sanjay Patel",
        body=(
            "Hi Carla, we're missing two items for Dr. Patel's reappointment:\n\nName: Sanjay Patel, MD\n"
            "NPI: 1350001693\nDEA: BK4525133\nOhio license: 35.118274\n\nStill needed: current malpractice "
            "face sheet and ACLS card. Thanks!" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only seasonal allergy education newsletter",
        notes="Patient-education newsletter about allergies and sinus rinses; no individual.",
        frm=f"Summit Valley ENT <news@{SVE}>",
        to=f"patients-newsletter@lists.{SVE}",
        subject="Spring allergies: 5 tips from our ENTs",
        body="",
        html=(
            "<html><body><h1>Spring is here - so is pollen</h1><ol>"
            "<li>Start your nasal steroid 2 weeks before the season.</li><li>Use distilled water in sinus rinses.</li>"
            "<li>Shower after outdoor activities.</li><li>Keep windows closed on high-count days.</li>"
            "<li>See an ENT if symptoms last more than 12 weeks.</li></ol>"
            "<img src='https://summitvalleyent.org/img/pollen.png' alt='pollen'/></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="CME course invitation calendar",
        notes="ICS invitation to a CME course on pediatric airway; no patients.",
        frm=f"Education <education@{SVE}>",
        to="ent-residents@fenwickstate.edu",
        subject="CME: Pediatric airway workshop, April 11",
        body="Residents welcome; 4 AMA PRA Category 1 credits. Cadaver lab limited to 12.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Valley ENT//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:sv-cme-0411@summitvalleyent.org\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260411T130000Z\r\nDTEND:20260411T170000Z\r\nSUMMARY:Pediatric airway workshop (CME)\r\n"
            "LOCATION:Summit Valley ENT, Conference Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Insurance acceptance reply to enquirer",
        notes="Reply to a member of the public asking which plans are accepted; nothing about their health.",
        frm=f"Summit Valley Front Office <frontoffice@{SVE}>",
        to="k.mbeki.home@gmail.com",
        subject="RE: do you take Aetna?",
        body="Hello,\n\nYes, we are in network with Aetna PPO and Aetna Medicare Advantage, but not Aetna HMO plans. A referral is not required for a consult. Call 513-555-0140 to book.\n\nFront Office",
    ),
    Spec(
        phi=False,
        category="X12 837 test file with dummy patient for enrollment",
        notes="Hard negative: 837P test-mode file (usage indicator T) with obviously fake subscriber TEST ZZPATIENT for clearinghouse enrollment.",
        frm=f"Patient Financial Services <pfs@{SVE}>",
        to="enrollment@claimbridge-edi.com",
        subject="Test file for new payer ID 60054",
        body="As requested, a test-mode 837P with a dummy subscriber for the enrollment check. Not a real claim."
        + SIG,
        atts=(
            Att(
                "TEST_837P.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*SVENT01        *ZZ*CLAIMBRIDGE    *260316*1500*^*00501*000000001*0*T*:~"
                    "GS*HC*SVENT01*CLAIMBRIDGE*20260316*1500*1*X*005010X222A1~ST*837*0001*005010X222A1~"
                    "NM1*IL*1*ZZPATIENT*TEST****MI*TEST00000001~DMG*D8*19000101*U~CLM*TEST1*1***11:B:1*Y*A*Y*Y~SE*5*0001~GE*1*1~IEA*1*000000001~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified SNOT-22 outcomes for registry",
        notes="Hard negative: XLSX of de-identified pre/post SNOT-22 scores keyed by random study IDs for a registry.",
        frm=f"Research <research@{SVE}>",
        to="registry@sinusoutcomesconsortium.org",
        subject="Q1 registry upload (de-identified)",
        body="De-identified per the registry protocol (random IDs, year only). File attached.",
        atts=(
            Att(
                "snot22_q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["study_id", "year", "age_band", "pre_SNOT22", "post_SNOT22_3mo"],
                            ["R-8812", 2025, "40-49", 58, 17],
                            ["R-8813", 2025, "60-69", 44, 21],
                            ["R-8814", 2025, "30-39", 61, 30],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of implant product brochures to referring offices",
        notes="Zip of manufacturer brochures on sinus implants sent to referring offices; no patient.",
        frm=f"Practice Liaison <liaison@{SVE}>",
        to="officemanager@greenhillsinternalmed.com",
        subject="Brochures you asked for",
        body="Hi Tara, here are the patient brochures for your waiting room (text versions; printed copies coming Friday).\nJordan",
        atts=(
            Att(
                "brochures.zip",
                "application/zip",
                zipped(
                    {
                        "balloon_sinuplasty.txt": "What is balloon sinuplasty? A minimally invasive option for chronic sinusitis...",
                        "ear_tubes_faq.txt": "Ear tubes: frequently asked questions for parents...",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning quoting fake statement lure",
        notes="Hard negative: IT warning about a phishing e-mail titled 'Patient Statement'; no real patient data.",
        frm=f"IT <it@{SVE}>",
        to=f"allstaff@{SVE}",
        subject="PHISHING: 'Your Patient Statement.zip' - do not open",
        body="Several of you received an e-mail from 'billing-summitvalley@secure-docs.co' with 'Your Patient Statement.zip'. It is malware. Do not open it; use Report Phish. If you clicked, call x4400 now.",
    ),
    Spec(
        phi=False,
        category="Case counts by CPT code CSV to practice manager",
        notes="Hard negative: CSV of monthly case counts per CPT code and surgeon; no patient-level rows.",
        frm=f"Coding <coding@{SVE}>",
        to="manager@summitvalleyent-partners.com",
        subject="Feb volumes by CPT",
        body="February counts attached, as requested for the payer negotiation.",
        atts=(
            Att(
                "feb_cpt_counts.csv",
                "text/csv",
                (
                    "cpt,description,surgeon,count\n42826,Tonsillectomy 12+,Lim,38\n42820,T&A under 12,Lim,51\n"
                    "69436,Tympanostomy GA,Ferris,66\n31255,Total ethmoidectomy,Achebe,19\n60220,Thyroid lobectomy,Achebe,9\n"
                ),
            ),
        ),
    ),
]
