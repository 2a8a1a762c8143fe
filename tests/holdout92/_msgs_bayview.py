"""Bayview Regional Medical Center, Health Information Management / Release of Information (37)."""
# ruff: noqa: E501  (hand-written mail text: its own line breaks)

from __future__ import annotations

from _att import DOCX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import BRM, Att, Spec

ROI = f"Release of Information <roi@{BRM}>"
SIG = (
    "\n\n--\nHealth Information Management | Release of Information\n"
    "Bayview Regional Medical Center\n2200 Harborline Drive, Bayview\nPhone 555-0142 | Fax 555-0143"
)
DISC = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain information protected by federal and "
    "state law. If you received it in error, please notify the sender and delete it."
)

_HL7 = (
    "\r".join(
        [
            "MSH|^~\\&|BRMC_HIM|BAYVIEW|ROI_VENDOR|VERISMA|202603171012||MDM^T02|BRM7731042|P|2.5.1",
            "PID|1||B00482217^^^BRMC^MR||TREMBLAY^NOELLE^A||19780914|F|||41 Gull Ridge Rd^^Bayview^ST^04821||555-0177",
            "PV1|1|I|5N^512^A||||1895711285^OKAFOR^DANIEL",
            "TXA|1|DS|TX|20260312||||||||DOC88120||||||AU",
            "OBX|1|TX|18842-5^Discharge summary^LN||Admitted with community acquired pneumonia, sepsis resolved. Discharged on levofloxacin 750 mg daily x5d.",
        ]
    )
    + "\r"
)

_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "brmc-pt-0931", "identifier": [{"system": "urn:brmc:mrn", "value": "B00519834"}],
      "name": [{"family": "Castellanos", "given": ["Rafael"]}], "birthDate": "1962-06-02"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/brmc-pt-0931"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I25.10", "display": "Atherosclerotic heart disease of native coronary artery"}]}}},
    {"resource": {"resourceType": "Procedure", "subject": {"reference": "Patient/brmc-pt-0931"},
      "code": {"text": "Coronary artery bypass graft x3"}, "performedDateTime": "2026-01-21"}}
  ]
}
"""

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document - SAMPLE / TEST DATA ONLY</title>
  <recordTarget><patientRole><id extension="TEST000001" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Testpatient</given><family>Zzbayview</family></name>
    <birthTime value="19000101"/></patient></patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <text>Sample problem entry (synthetic): Hypertension</text></section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="ROI fulfilment to patient personal email",
        notes="Patient's own records request fulfilled to her gmail: name, MRN and discharge summary content.",
        frm=ROI,
        to="noelle.tremblay78@gmail.com",
        subject="Your records request #ROI-26-04117 is ready",
        body=(
            "Dear Ms. Tremblay,\n\nThe records you requested on March 9 are attached: your discharge "
            "summary and medication list from your admission to 5 North (March 6 to March 12). "
            "MRN B00482217.\n\nThe summary notes treatment for pneumonia with sepsis and your "
            "discharge prescription for levofloxacin. There is no charge for patient copies "
            "sent electronically." + SIG
        ),
        atts=(Att("Tremblay_N_DischargeSummary.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=False,
        category="ROI fee schedule to law firm",
        notes="Hard negative: state copy-fee schedule and turnaround policy for a law firm; cites record types but no individual.",
        frm=ROI,
        to="records@dunmorefieldlaw.com",
        subject="Fee schedule for medical record copies (2026)",
        body=(
            "Hello,\n\nAs requested, our 2026 fees for third-party requests under state law:\n\n"
            "  Search/retrieval fee ............ $22.88\n  Pages 1-25 (paper) ............... $1.14 / page\n"
            "  Pages 26+ ........................ $0.57 / page\n  Electronic copy (PDF) ............ $6.50 flat\n"
            "  Imaging on CD (radiology, MRI) ... $15.00 per disc\n\nPsychotherapy notes and substance use "
            "disorder records need a separate, specific authorization. Turnaround is 15 business days "
            "from receipt of a valid HIPAA authorization." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Invoice to attorney naming patient and dates of service",
        notes="Hard positive: a copy-fee invoice PDF for a law firm naming the client-patient, MRN and dates of service; the care is implied by the record set.",
        frm=f"HIM Billing <himbilling@{BRM}>",
        to="ap@dunmorefieldlaw.com",
        subject="Invoice INV-26-1188",
        body="Please find invoice INV-26-1188 attached. Payment is due before records are released."
        + SIG,
        atts=(
            Att(
                "INV-26-1188.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW REGIONAL MEDICAL CENTER - HIM RELEASE OF INFORMATION",
                        "INVOICE INV-26-1188     Date: 03/16/2026",
                        "Bill to: Dunmore Field LLP, attn. accounts payable",
                        "Re: Gerald P. Whitcombe   MRN B00377145",
                        "Records: ED visit 11/02/2025; orthopedic clinic 11/19/2025, 12/17/2025",
                        "Operative report 12/03/2025 (ORIF left distal radius)",
                        "Pages: 143   Search fee 22.88   Copies 88.73   Total due: $111.61",
                    ],
                    "Invoice INV-26-1188",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA authorization form blank template",
        notes="Hard negative: blank authorization form with example field labels (Patient name, DOB, MRN) and no values filled in.",
        frm=ROI,
        to="intake@harborfreeclinic.org",
        subject="Updated authorization form (rev. 02/2026)",
        body=(
            "Hi team,\n\nPlease discard the old authorization form. The attached revision adds the "
            "separate check box for HIV/AIDS, genetic testing and mental health records, which state "
            "law requires to be initialled individually.\n\nThanks," + SIG
        ),
        atts=(
            Att(
                "BRMC_Authorization_Form_rev2026-02.docx",
                DOCX,
                docx(
                    [
                        "BAYVIEW REGIONAL MEDICAL CENTER",
                        "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION",
                        "Patient name: ______________________  Date of birth: ___/___/______",
                        "Medical record number (if known): ____________",
                        "Release to: ______________________________________",
                        "[ ] HIV/AIDS test results   [ ] Genetic testing   [ ] Mental health   [ ] Substance use (42 CFR Part 2)",
                        "This authorization expires on: ____________",
                        "Signature of patient or legal representative: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Request denial letter to requester",
        notes="Hard positive: denial to a son for his mother's psychiatric records names the patient and the inpatient psychiatric admission.",
        frm=ROI,
        to="m.delacroix.home@outlook.com",
        subject="Re: request for your mother's records",
        body=(
            "Dear Mr. Delacroix,\n\nWe received your request for the records of your mother, "
            "Yvette Delacroix, from her stay on our inpatient behavioral health unit in January. "
            "Because she is a competent adult and the authorization was not signed by her, we "
            "cannot release these records to you. If you hold a health care power of attorney "
            "that is in effect, please send a copy and we will review the request again." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="ROI turnaround metrics to HIM director",
        notes="Hard negative: monthly ROI turnaround stats by requester type; aggregate counts only.",
        frm="Priya Natarajan <p.natarajan@bayviewregionalmed.org>",
        to=f"him.director@{BRM}",
        subject="February ROI dashboard",
        body=(
            "Kathleen,\n\nFebruary numbers:\n\nRequester     Requests  Median days  >30 days\n"
            "Patient          412        3.1          0\nAttorney         288        9.4          6\n"
            "Insurer/SSA      195        6.0          2\nSubpoena          37       11.2          1\n\n"
            "The six late attorney requests were all waiting on radiology CDs. I'll bring options "
            "to Thursday's meeting.\n\nPriya"
        ),
        atts=(
            Att(
                "ROI_Feb2026_dashboard.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Summary": [
                            ["Requester", "Requests", "Median days", "Over 30"],
                            ["Patient", 412, 3.1, 0],
                            ["Attorney", 288, 9.4, 6],
                            ["Insurer/SSA", 195, 6.0, 2],
                            ["Subpoena", 37, 11.2, 1],
                        ],
                        "By week": [
                            ["Week", "Received", "Closed"],
                            ["02-02", 228, 219],
                            ["02-09", 241, 236],
                            ["02-16", 230, 244],
                            ["02-23", 233, 229],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Disability insurer records release with attachment list",
        notes="Name, DOB and claim number plus diagnoses (lumbar disc herniation, depression) sent to a disability insurer.",
        frm=ROI,
        to="claims.intake@granitelifedisability.com",
        subject="Records for claim LTD-5583021",
        body=(
            "Claim LTD-5583021 / Claimant: Harold Beaumont, DOB 04/22/1969\n\nEnclosed per the signed "
            "authorization dated 02/27/2026: office notes from spine clinic (L4-L5 disc herniation, "
            "radiculopathy), MRI lumbar spine 01/08/2026, and the primary care note of 02/10/2026 "
            "listing major depressive disorder, single episode, on sertraline 50 mg.\n\nTotal 64 pages, "
            "sent via secure portal; this e-mail only confirms the contents." + SIG + DISC
        ),
    ),
    Spec(
        phi=False,
        category="Staff reminder about minimum necessary",
        notes="Hard negative: HIM training reminder quoting hypothetical request types and the words 'psychotherapy notes' and 'MRN'; no patient.",
        frm=f"HIM Compliance <himcompliance@{BRM}>",
        to=f"him-all@{BRM}",
        subject="Reminder: minimum necessary on attorney requests",
        body=(
            "Team,\n\nA reminder from last week's audit: when an attorney's authorization says "
            '"all records", we still exclude psychotherapy notes, and we do not include another '
            "patient's MRN that was scanned into the chart by mistake (flag it to the scanning team "
            "instead). If a request lists dates of service, release only those dates.\n\nQuestions "
            "to me or to the privacy office.\n\nDenise Farraday, RHIA\nHIM Compliance Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="Amendment request response to patient",
        notes="Response to patient's amendment request naming her, the disputed alcohol use entry and the ED visit date.",
        frm=f"HIM Privacy <himprivacy@{BRM}>",
        to="lorna.quist@yahoo.com",
        subject="Your request to amend your record",
        body=(
            "Dear Ms. Quist,\n\nWe reviewed your request of February 20 to amend the emergency "
            "department note from your visit on January 31, 2026. Dr. Haverford agreed the entry "
            '"history of alcohol use disorder" was recorded in error and it has been corrected to '
            '"social alcohol use". A statement of the amendment has been added to your record and '
            "will be sent with future releases.\n\nSincerely,\nMarisol Vance, CHPS\nPrivacy & HIM"
        ),
    ),
    Spec(
        phi=False,
        category="Vendor scanning contract renewal",
        notes="Copy-service vendor renewal terms; no patient.",
        frm="Owen Pritchard <o.pritchard@bayviewregionalmed.org>",
        to="accounts@clearpathdocimaging.com",
        subject="Renewal of scanning services agreement",
        body=(
            "Hi Jess,\n\nWe're ready to renew for 2026-2028 at the per-image rate you quoted ($0.041). "
            "Please send the redlined MSA and confirm the BAA stays attached as Exhibit C. Our legal "
            "team needs it by the 27th.\n\nThanks,\nOwen Pritchard\nHIM Operations Manager"
        ),
    ),
    Spec(
        phi=True,
        category="Subpoena response cover letter with records",
        notes="Cover letter to a court clerk certifying records of a named patient with admission dates for injuries from an assault.",
        frm=ROI,
        to="civilclerk@harborcountycourts.gov",
        cc="litigation@sorensenmaywood.com",
        subject="Records produced: Ashby v. Crane, No. 25-CV-0418",
        body=(
            "Clerk of Court,\n\nIn response to the subpoena duces tecum served February 26, 2026, "
            "Bayview Regional Medical Center produces the records of Darnell Ashby (DOB 08/14/1991) "
            "for the admission of October 4 to October 9, 2025 (facial fractures, closed head injury "
            "following assault) and the follow-up plastic surgery visits. The records are sealed "
            "and accompanied by the custodian's certification.\n\nRespectfully," + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Custodian of records affidavit blank",
        notes="Hard negative: unsigned template affidavit with placeholders [PATIENT NAME], [DATES]; no individual.",
        frm=ROI,
        to="paralegal.team@sorensenmaywood.com",
        subject="Our custodian affidavit template",
        body=(
            "Attached is the affidavit wording our custodian uses. If your court requires a "
            "different form, send it with the subpoena and we'll use yours.\n\nAFFIDAVIT OF CUSTODIAN "
            "OF RECORDS\nI, [CUSTODIAN], certify that the attached [NUMBER] pages are true copies of the "
            "records of [PATIENT NAME] for [DATES OF SERVICE], kept in the regular course of business "
            "of Bayview Regional Medical Center." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="SSA disability records release",
        notes="Records sent to state disability determination services with name, SSN and seizure disorder diagnosis.",
        frm=ROI,
        to="dds.records@ststatedds.gov",
        subject="Medical evidence - claimant response",
        body=(
            "Re: Claimant Tobias Wren, SSN 418-62-7305\n\nIn response to your request (form SSA-827 on file), "
            "enclosed are neurology clinic notes 2024-2026 documenting epilepsy with focal impaired-awareness "
            "seizures, EEG report 09/2025 and current medications (levetiracetam 1500 mg BID, lacosamide 100 mg BID).\n\n"
            "Invoice for the statutory fee follows separately." + SIG
        ),
        atts=(
            Att(
                "Wren_T_neuro_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW REGIONAL MEDICAL CENTER - NEUROLOGY CLINIC",
                        "Patient: WREN, TOBIAS   MRN B00291766   DOB 11/03/1984",
                        "Dx: G40.209 Localization-related epilepsy, not intractable",
                        "EEG 09/18/2025: left temporal sharp waves",
                        "Plan: continue levetiracetam, add lacosamide; no driving x 6 months",
                    ],
                    "Neurology records",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mock audit test record notice",
        notes="Hard negative: test-environment ROI workflow with a clearly declared fake patient (ZZTEST, Patient) for vendor validation.",
        frm=f"HIM Systems <himsystems@{BRM}>",
        to="implementation@verismacorp-roi.com",
        subject="UAT: test release batch for portal validation",
        body=(
            "Hi Gavin,\n\nFor Tuesday's UAT, please release the test chart to the staging portal:\n\n"
            "  Patient: ZZTEST, PATIENT ONE (TEST PATIENT - NOT A REAL PERSON)\n  MRN: TEST-000118\n"
            "  Document: sample CCD generated by the test harness\n\nThe attached C-CDA is synthetic. "
            "Nothing from production is in the test tenant.\n\nRegards,\nLeon Abernathy\nHIM Systems Analyst"
        ),
        atts=(Att("ZZTEST_sample_ccd.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="FHIR export to receiving hospital",
        notes="Hard positive: body says only 'records for transfer'; patient name, MRN and CABG history are in the FHIR bundle.",
        frm=ROI,
        to="him.intake@stcatherinesheart.org",
        subject="Records for transfer - ref 26-0931",
        body="Per your fax of this morning, records for transfer ref 26-0931 attached in FHIR format."
        + SIG,
        atts=(Att("transfer_26-0931.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=False,
        category="Job posting for ROI specialist",
        notes="Hard negative: job ad mentions HIPAA, medical records and subpoenas; no patient.",
        frm=f"Talent Acquisition <careers@{BRM}>",
        to="postings@northcoastjobboard.com",
        subject="Posting: Release of Information Specialist II (full time)",
        body="",
        html=(
            "<html><body><h2>Release of Information Specialist II</h2><p>Bayview Regional Medical "
            "Center seeks an ROI specialist to process requests from patients, attorneys, insurers "
            "and courts. You will validate HIPAA authorizations, respond to subpoenas, and redact "
            "records that need special consent (behavioral health, HIV, substance use).</p>"
            "<ul><li>RHIT preferred</li><li>2 years ROI experience</li><li>$24.10-$29.80/hr</li></ul>"
            "<p>Apply at careers.bayviewregionalmed.org</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML portal notice revealing oncology visit",
        notes="Hard positive: HTML-only notice to patient's icloud with first and last name and 'radiation oncology consult' record set.",
        frm=f"Bayview Records Portal <noreply@{BRM}>",
        to="ahmed.saleh.1971@icloud.com",
        subject="Your documents are available",
        body="",
        html=(
            "<html><body><p>Hello Ahmed Saleh,</p><p>The documents you requested are now available "
            "in the Bayview records portal for 30 days:</p><ul><li>Radiation oncology consult, 02/24/2026</li>"
            "<li>CT simulation report</li><li>Treatment plan summary (prostate, 70 Gy / 28 fractions)</li></ul>"
            "<p><a href='https://records.bayviewregionalmed.org/r/7Q2XK'>Open portal</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Patient-facing how to request records page",
        notes="HTML-only general instructions for requesting records; no individual.",
        frm=f"Bayview Communications <web@{BRM}>",
        to="webteam@bayviewregionalmed.org",
        subject="Final copy for the 'Request your records' web page",
        body="",
        html=(
            "<html><body><h1>Request your medical records</h1><p>You have the right to a copy of your "
            "records. Sign in to MyBayview or fill in the authorization form and send it to "
            "roi@bayviewregionalmed.org. Electronic copies are free for patients. Most requests are "
            "completed within 5 business days.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected release incident notice to privacy officer",
        notes="Internal incident report names the patient whose HIV result was faxed to the wrong law firm.",
        frm="Priya Natarajan <p.natarajan@bayviewregionalmed.org>",
        to=f"privacy@{BRM}",
        subject="Possible breach - ROI-26-03872",
        body=(
            "Marisol,\n\nReporting a misdirected release. Records of Celeste Ambrose (MRN B00611408), "
            "including her HIV viral load results from the ID clinic, went to Hartwell & Moss instead "
            "of Hartwell Moody on 3/13. Hartwell & Moss called us and confirm they deleted the file. "
            "Their attestation is attached.\n\nPriya"
        ),
        atts=(
            Att(
                "attestation_of_destruction.txt",
                "text/plain",
                "I, Bradley Moss, attest that on 03/13/2026 our office received and permanently deleted "
                "an electronic file sent in error by Bayview Regional Medical Center concerning patient "
                "C. Ambrose. No copies were retained.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Privacy office breach statistics report",
        notes="Hard negative: quarterly breach log summary with counts per cause; no names or record numbers.",
        frm=f"Privacy Office <privacy@{BRM}>",
        to=f"compliance.committee@{BRM}",
        subject="Q4 2025 privacy incident summary",
        body=(
            "Committee members,\n\nQ4 2025: 23 incidents logged, 4 reportable (all under 500 individuals).\n"
            "  Misdirected fax/mail ... 9\n  Wrong patient in release ... 5\n  Snooping ... 3\n"
            "  Lost device ... 1\n  Other ... 5\n\nAll four reportable events were notified within 60 days. "
            "Detail by department is in the attached workbook.\n\nMarisol Vance"
        ),
        atts=(
            Att(
                "privacy_incidents_Q4_2025.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "By cause": [
                            ["Cause", "Count", "Reportable"],
                            ["Misdirected", 9, 2],
                            ["Wrong patient", 5, 1],
                            ["Snooping", 3, 1],
                            ["Device", 1, 0],
                            ["Other", 5, 0],
                        ],
                        "By department": [
                            ["Department", "Count"],
                            ["HIM", 7],
                            ["Emergency", 4],
                            ["Radiology", 3],
                            ["Pharmacy", 2],
                            ["Other", 7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Status reply to patient about pending imaging CD",
        notes="Hard positive: terse reply to patient's personal mailbox: first name plus 'your MRI brain CD' and request number.",
        frm="Jolene Baptiste <j.baptiste@bayviewregionalmed.org>",
        to="kwame.osei.home@gmail.com",
        subject="Re: records status",
        body="Hi Kwame - your MRI brain CD is burned and goes out in Monday's mail. Req ROI-26-04390.\n\nJolene, ROI",
    ),
    Spec(
        phi=False,
        category="Thank-you note to a requester",
        notes="Generic courtesy reply acknowledging payment from a law office; no patient named.",
        frm="Jolene Baptiste <j.baptiste@bayviewregionalmed.org>",
        to="billing@abramsonlegalgroup.com",
        subject="Re: payment received",
        body="Thanks, we received your check #20418 for the February statement. Your account is current.\n\nJolene",
    ),
    Spec(
        phi=True,
        category="Release log extract to outsourced ROI vendor",
        notes="Hard positive: CSV with no header row listing patient names, MRNs and requested record types sent to the vendor.",
        frm=f"HIM Operations <himops@{BRM}>",
        to="queue@verismacorp-roi.com",
        subject="Overflow queue for week of 3/16",
        body="Attached are the 6 overflow requests for you to work this week. Due dates in col 5."
        + SIG,
        atts=(
            Att(
                "overflow_0316.csv",
                "text/csv",
                "ROI-26-04401,Pellegrino Anna,B00188342,OB delivery record 01/2026,03/23\n"
                "ROI-26-04405,Huang Derek,B00730911,ED + ortho 2025,03/24\n"
                "ROI-26-04406,Fairbanks Ruth,B00054102,Cardiology cath report,03/24\n"
                "ROI-26-04410,Mbeki Samuel,B00662915,Dialysis flowsheets 2025,03/25\n"
                "ROI-26-04411,Lindqvist Ola,B00419007,Path report skin excision,03/25\n"
                "ROI-26-04415,Ortega Rosa,B00290056,All records 2024-2026,03/26\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Department meeting invitation",
        notes="Calendar invite for HIM staff meeting about a new ROI system; no patient.",
        frm="Kathleen Morrow <him.director@bayviewregionalmed.org>",
        to=f"him-all@{BRM}",
        subject="HIM all-staff: ROI platform cutover",
        body="Please join us Thursday for the cutover plan. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//BRMC//HIM//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:him-cutover-20260319@bayviewregionalmed.org\nDTSTAMP:20260316T130000Z\n"
            "DTSTART:20260319T170000Z\nDTEND:20260319T180000Z\nSUMMARY:HIM all-staff - ROI platform cutover\n"
            "LOCATION:Conference Room B2\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="Deposition scheduling invite naming patient records",
        notes="Hard positive: calendar invite for custodian deposition; the patient's name and 'obstetric records' appear only in the invite summary.",
        frm="Kathleen Morrow <him.director@bayviewregionalmed.org>",
        to="scheduling@sorensenmaywood.com",
        subject="Custodian deposition - confirmed",
        body="Confirmed for the date below. I will bring the certified set.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//BRMC//HIM//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:depo-20260325@bayviewregionalmed.org\nDTSTAMP:20260316T140000Z\n"
            "DTSTART:20260325T150000Z\nDTEND:20260325T163000Z\n"
            "SUMMARY:Custodian depo - obstetric records of Brianna Tolliver (L&D 07/2025\\, shoulder dystocia)\n"
            "LOCATION:Sorensen Maywood LLP\\, 400 Pier St\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor outage notice",
        notes="Forward of a portal vendor's maintenance notice to staff; no patient.",
        frm="Leon Abernathy <l.abernathy@bayviewregionalmed.org>",
        to=f"roi-team@{BRM}",
        subject="Fwd: Scheduled maintenance - release portal",
        body="FYI - the portal is down Saturday night. Queue anything urgent by Friday 4pm.\n\nLeon",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Verisma Support <support@verismacorp-roi.com>",
            to="l.abernathy@bayviewregionalmed.org",
            subject="Scheduled maintenance - release portal",
            body="The release portal will be unavailable Saturday 21 March 22:00 to Sunday 02:00 ET for database upgrades.",
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded request from patient's spouse with diagnosis",
        notes="Hard positive: forward to ROI supervisor; the nested message from the wife names husband and his stroke admission.",
        frm="Jolene Baptiste <j.baptiste@bayviewregionalmed.org>",
        to="Priya Natarajan <p.natarajan@bayviewregionalmed.org>",
        subject="Fwd: need husband's records for rehab",
        body="Priya, can we release to the spouse with the POA she attached? See below.\n\nJolene",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dolores Finnegan <dolores.finnegan@aol.com>",
            to=f"roi@{BRM}",
            subject="need husband's records for rehab",
            body=(
                "Hello, my husband Walter Finnegan was in your hospital Feb 28 - Mar 7 after his stroke "
                "(left side weakness). The rehab center in Millbrook needs his records. I have power of "
                "attorney, copy attached. Thank you, Dolores"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Deidentified chart sample for coding education",
        notes="Hard negative: de-identified operative note excerpt for coder training, all identifiers removed and labelled so.",
        frm="Ines Calloway <i.calloway@bayviewregionalmed.org>",
        to="coding-education@northcoastcc.edu",
        subject="De-identified op note for your CPC class",
        body=(
            "Professor Lund,\n\nHere is the excerpt for your students. It has been de-identified under "
            'Safe Harbor (no names, dates, numbers or locations):\n\n"[Patient], a man in his 50s, '
            "underwent laparoscopic cholecystectomy for symptomatic cholelithiasis. Critical view of "
            'safety obtained. Estimated blood loss 10 mL."\n\nSuggested codes: 47562, K80.20.\n\n'
            "Ines Calloway, CCS\nCoding Quality"
        ),
    ),
    Spec(
        phi=True,
        category="Payer audit record request response",
        notes="Records sent to payer auditor listing member ID, patient name and DRG/procedure for audit.",
        frm=ROI,
        to="audit.records@summitcarehealthplan.com",
        subject="Audit request AR-77310 - records submitted",
        body=(
            "Audit request AR-77310\nMember: Constance Ridley  Member ID: SCH4418820917\n"
            "Admission 11/14/2025 - 11/20/2025, DRG 470 (major joint replacement, right knee)\n\n"
            "Complete inpatient record (212 pages) uploaded to your audit portal today. Please confirm receipt."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Retention and destruction schedule memo",
        notes="Hard negative: records-retention memo with example categories (fetal monitoring strips, minors' records); no individual.",
        frm=f"HIM Compliance <himcompliance@{BRM}>",
        to=f"department.heads@{BRM}",
        subject="Records retention schedule update",
        body=(
            "Department heads,\n\nThe retention schedule now keeps minors' records until age 28 and fetal "
            "monitoring strips for 25 years. Paper charts from 2004 and earlier will be destroyed by "
            "Ironside Shredding under supervision in April; a certificate of destruction will be filed.\n\n"
            "Denise Farraday, RHIA"
        ),
        atts=(
            Att(
                "retention_schedule_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW REGIONAL MEDICAL CENTER - RECORDS RETENTION SCHEDULE 2026",
                        "Adult inpatient record: 10 years after last encounter",
                        "Minors: until age 28",
                        "Fetal monitoring strips: 25 years",
                        "Radiology images: 7 years (mammography 10 years)",
                    ],
                    "Retention schedule",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of chemotherapy records to second-opinion clinic",
        notes="Patient's chemotherapy records to a second-opinion clinic in an encrypted zip; the body names the patient and the regimen.",
        frm=ROI,
        to="newpatients@lakemontcancerinstitute.org",
        subject="Records for second opinion",
        body=(
            "Attached are the records for Vivian Okonkwo (DOB 05/30/1958) for her second-opinion visit "
            "on March 24: breast surgery pathology, oncology notes and the AC-T chemotherapy flowsheets. "
            "The password will be sent by text to your office line 555-0163." + SIG
        ),
        atts=(
            Att(
                "Okonkwo_V_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "pathology.txt": "Invasive ductal carcinoma, left breast, grade 2, ER+/PR+/HER2-.",
                        "chemo_flowsheet.txt": "AC x4 then paclitaxel x12; cycle 3 delayed for neutropenia.",
                    },
                    "Brmc#0324",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Compressed policy bundle to new hire",
        notes="Zip of HIM policies sent to a new hire's personal mailbox before her start date; no patient.",
        frm="Priya Natarajan <p.natarajan@bayviewregionalmed.org>",
        to="tessa.ellsworth.rhit@gmail.com",
        subject="Welcome - ROI policies to read this week",
        body="Welcome aboard, Tessa! Your Bayview account goes live on your first day, so I'm sending this to your personal address. Zip attached with the five policies you need to sign off on by Friday.\n\nPriya",
        atts=(
            Att(
                "ROI_policies.zip",
                "application/zip",
                zipped(
                    {
                        "HIM-101_Verification_of_identity.txt": "Verify requester identity with two identifiers before release.",
                        "HIM-104_Special_consent_records.txt": "Behavioral health, HIV, genetic and Part 2 records need specific consent.",
                        "HIM-110_Subpoena_response.txt": "A subpoena without a court order or satisfactory assurance is not sufficient.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Photo of signed authorization",
        notes="Hard positive: PNG file named with the patient's full name and 'psych_records_auth'; body only says 'scan attached'.",
        frm="Tessa Ellsworth <t.ellsworth@bayviewregionalmed.org>",
        to="records@abramsonlegalgroup.com",
        subject="Re: authorization unreadable",
        body="Rescan attached, the earlier one was cropped.",
        atts=(
            Att(
                "Gwen_Allardyce_psych_records_auth_signed.png",
                "image/png",
                png(6, 6, (240, 240, 235)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician bio for ROI physician reviewer",
        notes="Hard negative: bio of a physician reviewer with specialty and the diseases she treats; no patient.",
        frm=f"HIM Compliance <himcompliance@{BRM}>",
        to="newsletter@bayviewregionalmed.org",
        subject="Staff spotlight text: Dr. Renata Kowalczyk",
        body=(
            "For the April newsletter:\n\nDr. Renata Kowalczyk (NPI: 1562994511) joins HIM as physician "
            "advisor for record amendments and clinical documentation. A psychiatrist by training, she "
            "spent 12 years treating schizophrenia, bipolar disorder and opioid use disorder at the "
            "county hospital. She will review disputed diagnoses and sensitive-record releases."
        ),
    ),
    Spec(
        phi=True,
        category="Accounting of disclosures to patient",
        notes="Accounting of disclosures sent to the patient's email: name plus disclosures to the health department for TB reporting and to a court.",
        frm=f"HIM Privacy <himprivacy@{BRM}>",
        to="rupert.vasquez@hotmail.com",
        subject="Accounting of disclosures you requested",
        body=(
            "Dear Mr. Vasquez,\n\nAs requested, below is the accounting of disclosures of your health "
            "information for the past six years:\n\n  06/12/2024  County Health Department - reportable "
            "disease (tuberculosis) report\n  09/03/2024  County Health Department - TB treatment "
            "completion\n  02/18/2025  Harbor County Court - response to court order\n\nDisclosures for "
            "treatment, payment and operations are not included, as the law allows.\n\nMarisol Vance, CHPS"
        ),
    ),
    Spec(
        phi=False,
        category="DEA and NPI list for prescriber verification",
        notes="Hard negative: HIM asks credentialing to confirm clinicians' NPIs and a DEA number for a signature log; no patient.",
        frm="Owen Pritchard <o.pritchard@bayviewregionalmed.org>",
        to="credentialing@bayviewregionalmed.org",
        subject="Prescriber identifiers for record signatures",
        body=(
            "Credentialing,\n\nFor our signature log on certified copies, please confirm these are current:\n\n"
            "  Dr. Daniel Okafor, hospitalist - NPI: 1895711285, DEA BK7099244\n"
            "  Dr. Simone Achterberg, emergency medicine - NPI: 1357684236\n\nThanks,\nOwen"
        ),
    ),
    Spec(
        phi=False,
        category="Imaging CD duplicator service request",
        notes="Vendor service call for the disc-burning robot; no patient.",
        frm="Owen Pritchard <o.pritchard@bayviewregionalmed.org>",
        to="service@discpublisherpro.com",
        subject="Service ticket: Bravo disc publisher jamming",
        body=(
            "Hello,\n\nOur disc publisher (serial DP4-22817) jams on every third disc since the firmware update "
            "on March 10. Error code E-0214. Can a technician come this week? The drive bay has no discs in it.\n\n"
            "Owen Pritchard\nHIM Operations Manager\n555-0149"
        ),
    ),
]
