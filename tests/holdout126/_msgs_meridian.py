"""Meridian Psychiatric Records Office (psychiatric medical records office): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

MPR = "Meridian Psychiatric Records Office <records@meridianpsychrecords.com>"
SIG = "\n\nMeridian Psychiatric Records Office\nRelease of Information Unit\n75 Chestnut Street, Springfield, MA 01103\nPhone (413) 555-0140 | Fax (413) 555-0141"

MESSAGES = [
    Spec(
        phi=True,
        category="records release cover with SSN to attorney",
        notes="Hard positive: release cover letter PDF to a law firm with the patient's name, SSN and inpatient psychiatric admission dates.",
        frm=MPR,
        to="paralegal@lindqvistlaw-demo.com",
        subject="Records request ROI-26-01882",
        body="Please find the cover sheet for your request attached. The records will follow by secure portal.\n\nRelease of Information Unit"
        + SIG,
        atts=(
            Att(
                "ROI-26-01882_cover.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN PSYCHIATRIC RECORDS OFFICE - RELEASE COVER SHEET",
                        "Patient: Howard Pellegrino   DOB 01/22/1961   SSN 047-62-8815",
                        "Records: Inpatient psychiatry, Mercy Behavioral Unit, 09/03/2025 - 09/19/2025",
                        "Includes: discharge summary, ECT consent and treatment log (6 sessions)",
                        "Authorization signed 04/09/2026; requester Lindqvist & Roe LLP",
                    ],
                    "Release cover",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule for record copies",
        notes="Fee schedule for copies of records under state law; no patient.",
        frm=MPR,
        to="requests@medicalrecordretrieval-demo.com",
        subject="Copy fee schedule 2026",
        body="Our 2026 fees: base fee $25.00, pages 1-100 $0.82/page, 101+ $0.41/page; electronic copies capped at $6.50 for patients. Invoices are payable within 30 days."
        + SIG,
    ),
    Spec(
        phi=True,
        category="patient request fulfilment to gmail",
        notes="Reply to a patient's own gmail confirming release of her psychiatric records, naming her treating psychiatrist and diagnosis.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="shauna.oleary1984@gmail.com",
        subject="Your records request",
        body="Dear Ms. O'Leary,\n\nYour request for your own records (outpatient psychiatry with Dr. Samuel Okonkwo, 2023-2025, including the borderline personality disorder evaluation and DBT notes) has been processed. You'll get a portal link within 2 business days; there is no charge.\n\nYvonne Carrier, RHIT"
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIM staff meeting agenda",
        notes="Staff meeting agenda about workflow; no patients.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="him-staff@meridianpsychrecords.com",
        subject="Agenda - Monday HIM huddle",
        body="1. Backlog (212 open requests)\n2. New scanner in room 4\n3. Part 2 redaction refresher\n4. PTO for summer",
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to new provider",
        notes="Hard positive: C-CDA XML attachment with patient name, DOB, MRN and a schizophrenia discharge diagnosis.",
        frm="Interoperability <interop@meridianpsychrecords.com>",
        to="records@pioneervalleyfamilymed-demo.com",
        subject="Continuity of care document",
        body="CCD attached per the patient's authorization.",
        atts=(
            Att(
                "ccd_MPR-0087712.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                "  <title>Discharge Summary</title>\n"
                '  <recordTarget><patientRole><id extension="MPR-0087712" root="2.16.840.1.113883.3.9999"/>\n'
                '    <patient><name><given>Terrence</given><family>Mulcahy</family></name><birthTime value="19780314"/></patient>\n'
                "  </patientRole></recordTarget>\n"
                "  <component><section><title>Discharge Diagnosis</title><text>F20.0 Paranoid schizophrenia; discharged 2026-03-30 on clozapine 250 mg</text></section></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only retention policy notice",
        notes="Hard negative: HTML-only notice of record retention policy with generic examples of psychiatric records; no patient.",
        frm="Compliance <compliance@meridianpsychrecords.com>",
        to="clients@meridianpsychrecords.com",
        subject="Record retention policy update",
        body="",
        html="<html><body><h3>Retention policy, effective July 1</h3><p>Adult psychiatric records: 20 years after last encounter. Minors: 7 years after age 18 or 20 years, whichever is longer. Psychotherapy notes kept separately and never released without specific authorization.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="subpoena response with MRN only",
        notes="Hard positive: no name in the body, but the MRN, admission dates and 'involuntary commitment' identify a patient's care.",
        frm="Legal Liaison <legal@meridianpsychrecords.com>",
        to="clerk@hampdenprobate-demo.gov",
        subject="Response to subpoena 26-SP-0419",
        body="Re MRN MPR-0091146: we hold records of an involuntary commitment (Section 7/8) from 11/02/2025 to 12/14/2025 and outpatient follow-up through 03/2026. Under G.L. c.233 s.20B the records will be produced only upon a court order. \n\nLegal Liaison"
        + SIG,
    ),
    Spec(
        phi=False,
        category="vendor contract renewal for scanning",
        notes="Hard negative: vendor contract renewal with an SSN-shaped contract number; no patient.",
        frm="Operations <ops@meridianpsychrecords.com>",
        to="accounts@docuscan-solutions-demo.com",
        subject="Contract 401-33-7291 renewal",
        body="Hi Greg,\n\nWe'd like to renew contract 401-33-7291 (scanning and indexing, 40k pages/month) for another 24 months at the same rate. BAA on file expires 06/30; please send an updated one.\n\nOperations Manager",
    ),
    Spec(
        phi=True,
        category="HL7 MDM document notification",
        notes="Hard positive: HL7 MDM attachment notifying a scanned psychiatric evaluation for a named patient.",
        frm="Interfaces <interfaces@meridianpsychrecords.com>",
        to="hl7support@baystatehie-demo.org",
        subject="MDM message failing validation",
        body="This MDM^T02 failed at your end with AE. Can you tell which field?",
        atts=(
            Att(
                "mdm_t02_0419.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|MERIDIANHIM|MPR|HIE|BAYSTATE|202604191104||MDM^T02|MPR0419110401|P|2.5.1\r"
                "PID|1||MPR-0093320^^^MPR^MR||GALLAGHER^MAUREEN^T||19690811|F|||412 Sumner Ave^^Springfield^MA^01108\r"
                "TXA|1|PSYEVAL|TX|20260418||||||||DOC-88120|||||AU\r"
                "OBX|1|TX|PSYEVAL^Psychiatric evaluation||Major depressive disorder, recurrent, severe with psychotic features (F33.3)\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate request volume report",
        notes="Hard negative: multi-sheet workbook of ROI request counts by requester type and turnaround; aggregate only.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="director@meridianpsychrecords.com",
        subject="Q1 ROI volume",
        body="Q1 volume workbook attached.",
        atts=(
            Att(
                "ROI_volume_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "By requester": [
                            ["Requester", "Requests"],
                            ["Patient", 612],
                            ["Attorney", 288],
                            ["Insurer", 174],
                            ["SSA disability", 131],
                        ],
                        "Turnaround": [
                            ["Days", "Share"],
                            ["0-5", 0.58],
                            ["6-15", 0.33],
                            ["16-30", 0.09],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="SSA disability records with SSN",
        notes="Records transmittal to the disability determination office with the claimant's name, SSN and bipolar I treatment dates.",
        frm="Disability Desk <ssa@meridianpsychrecords.com>",
        to="dds.records@ma-dds-demo.gov",
        subject="Medical evidence - claimant request DDS-7718204",
        body="Claimant: Rosalind Fontaine\nSSN: 031-58-2276\nDOB: 05/19/1974\nTreatment: Bipolar I disorder (F31.2), outpatient psychiatry 2019-2026 with Dr. Samuel Okonkwo, inpatient 08/2024.\n\nRecords (212 pages) uploaded to ERE today. Invoice for $45.00 follows."
        + SIG,
    ),
    Spec(
        phi=False,
        category="training quiz with fictional patients",
        notes="Hard negative: HIM training quiz with obviously fictional patients (Mickey Mouse) and a made-up MRN; no real person.",
        frm="Training <training@meridianpsychrecords.com>",
        to="him-staff@meridianpsychrecords.com",
        subject="Part 2 redaction quiz",
        body="Quiz for Thursday:\n\n1. A request for records of 'Mickey Mouse, MRN TEST-0000001' includes an opioid treatment program note. What must you redact without a Part 2 consent?\n2. Donald Duck's attorney asks for psychotherapy notes. Which authorization is needed?\n\nAnswers due Friday.",
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry",
        notes="Hard positive: X12 270 attachment checking a named patient's eligibility by member ID for psychiatric services.",
        frm="Billing Desk <billing@meridianpsychrecords.com>",
        to="edi@pioneerhealthplan-demo.com",
        subject="270 test transaction",
        body="Test 270 attached; we get a 999 reject on the NM1 loop.",
        atts=(
            Att(
                "elig_0420.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MERIDIANPSY    *ZZ*PIONEERHP      *260420*1015*^*00501*000000731*0*T*:~"
                "GS*HS*MERIDIANPSY*PIONEERHP*20260420*1015*731*X*005010X279A1~ST*270*0001*005010X279A1~"
                "BHT*0022*13*ELIG0420*20260420*1015~HL*1**20*1~NM1*PR*2*PIONEER HEALTH PLAN*****PI*PHP01~"
                "HL*2*1*21*1~NM1*1P*1*OKONKWO*SAMUEL****XX*1583710268~HL*3*2*22*0~"
                "NM1*IL*1*DESROSIERS*PAUL****MI*PHP448201937~DMG*D8*19820907~EQ*MH~SE*11*0001~GE*1*731~IEA*1*000000731~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA request to vendor",
        notes="Request for a business associate agreement from a courier vendor; business mail.",
        frm="Compliance <compliance@meridianpsychrecords.com>",
        to="contracts@swiftcourier-ma.com",
        subject="BAA needed before pickup",
        body="Hi, before you start transporting record boxes for us on May 1 we need a signed BAA. Template attached in our portal; please sign by April 28.",
    ),
    Spec(
        phi=True,
        category="forwarded request thread with patient details",
        notes="Hard positive: forward of an insurer's request naming the member, member ID and dates of ECT treatment.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="release.team@meridianpsychrecords.com",
        subject="Fwd: records for utilization review",
        body="Team - please pull these; authorization is in the queue.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="UR Nurse <ur@pioneerhealthplan-demo.com>",
            to="records@meridianpsychrecords.com",
            subject="records for utilization review",
            body="Please send ECT treatment notes for member Beatrice Lindahl, ID PHP330918244, DOB 12/01/1957, sessions 01/05/2026-02/20/2026, for our review of continued authorization.",
        ),
    ),
    Spec(
        phi=False,
        category="HTML marketing from records office",
        notes="Hard negative: HTML-only service brochure to clinics about release-of-information outsourcing; no patient.",
        frm="Meridian Business Development <bd@meridianpsychrecords.com>",
        to="practicemanager@westfieldpsychassoc-demo.com",
        subject="Outsource your release of information",
        body="",
        html="<html><body><h2>Meridian Psychiatric Records Office</h2><p>We handle release of information for behavioral health practices: Part 2 aware, 5-day average turnaround, HITRUST-certified storage.</p><p><a href='https://meridianpsychrecords.com/roi'>Learn more</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="csv accounting of disclosures",
        notes="Hard positive: accounting-of-disclosures CSV listing a patient's name, MRN and each disclosure about his substance use treatment.",
        frm="Privacy Desk <privacy@meridianpsychrecords.com>",
        to="kieran.walsh.413@hotmail.com",
        subject="Accounting of disclosures you requested",
        body="Dear Mr. Walsh,\n\nAs you requested, your accounting of disclosures for 2020-2026 is attached.\n\nPrivacy Desk"
        + SIG,
        atts=(
            Att(
                "accounting_MPR-0078810.csv",
                "text/csv",
                "patient,mrn,date,recipient,purpose,records\n"
                "Kieran Walsh,MPR-0078810,2024-06-11,Hampden County Probation,court order,opioid treatment program attendance\n"
                "Kieran Walsh,MPR-0078810,2025-02-03,MassHealth,audit,methadone dosing records\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office closure notice",
        notes="Office closure notice for Patriots' Day; no patient.",
        frm=MPR,
        to="clients@meridianpsychrecords.com",
        subject="Closed Monday April 20",
        body="Meridian will be closed Monday, April 20 for Patriots' Day. Requests received that day will be logged Tuesday.",
    ),
    Spec(
        phi=True,
        category="docx records denial letter",
        notes="Hard positive: docx letter denying release of psychotherapy notes to a named patient, citing her treatment dates and provider.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="m.santiago.springfield@yahoo.com",
        subject="Regarding your request",
        body="Please see the attached letter about your request.",
        atts=(
            Att(
                "denial_letter_ROI-26-01907.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Meridian Psychiatric Records Office",
                        "Dear Marisol Santiago,",
                        "Your request for psychotherapy notes from your treatment with Dr. Leah Brandt, PsyD (trauma therapy, 2022-2025) is denied under 45 CFR 164.524(a)(1)(i).",
                        "Your designated record set, including diagnoses and medication history, will be released.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider credential verification NPI",
        notes="Hard negative: credentialing verification naming a psychiatrist with her NPI and board certification; provider data only.",
        frm="Credentialing <credentialing@meridianpsychrecords.com>",
        to="credentialing@pioneerhealthplan-demo.com",
        subject="Verification - Dr. Leah Brandt",
        body="Confirming for your file: Leah Brandt, PsyD, licensed psychologist MA #9921, NPI 1760493324, affiliated with Meridian from 2019 to present. Dr. Nadia Ferreira, MD, psychiatry, NPI 1372049589, also verified.",
    ),
    Spec(
        phi=True,
        category="Medicare MBI in records billing",
        notes="Records request follow-up to Medicare contractor with the beneficiary's name, MBI and partial hospitalization program dates.",
        frm="Billing Desk <billing@meridianpsychrecords.com>",
        to="adr.responses@ngsmedicare-demo.com",
        subject="ADR response - partial hospitalization",
        body="ADR response for beneficiary Walter Kowalczyk, MBI 5QK7-HJ2-RT48, partial hospitalization program 02/02/2026-02/27/2026 (revenue code 0912), diagnosis F33.2. 86 pages uploaded via esMD.\n\nBilling Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="zip of blank request forms",
        notes="Hard negative: zip of blank authorization and request forms in several languages; templates only.",
        frm=MPR,
        to="frontdesk@westfieldpsychassoc-demo.com",
        subject="Request forms for your lobby",
        body="Blank forms zipped for printing.",
        atts=(
            Att(
                "meridian_forms.zip",
                "application/zip",
                zipped(
                    {
                        "authorization_en.txt": "Authorization to disclose records. Patient name: ____ DOB: ____ Records: [ ] psychiatry [ ] psychotherapy notes [ ] Part 2\n",
                        "authorization_es.txt": "Autorización para divulgar registros. Nombre: ____ Fecha de nacimiento: ____\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style courier pickup note with patient name",
        notes="Hard positive: short courier note gives a patient name and that the box holds her state hospital commitment records.",
        frm="Operations <ops@meridianpsychrecords.com>",
        to="dispatch@swiftcourier-ma.com",
        subject="pickup 2pm",
        body="pls pick up box #14 at back door 2pm - it's the Worcester State Hosp commitment file for Gloria Benoit going to Atty Lindqvist, sign for it. thx",
    ),
    Spec(
        phi=False,
        category="invoice for copies to attorney no patient",
        notes="Hard negative: invoice to a law firm lists only invoice and request numbers and page counts; no patient name or health detail.",
        frm="Billing Desk <billing@meridianpsychrecords.com>",
        to="accountspayable@lindqvistlaw-demo.com",
        subject="Invoice MPR-INV-2260",
        body="Invoice MPR-INV-2260: request ROI-26-01882, 318 pages, $156.14 including base fee. Remit within 30 days. Tax ID 04-3317720.",
    ),
    Spec(
        phi=True,
        category="workbook of pending requests",
        notes="Multi-sheet workbook of pending requests naming patients, MRNs and record types (detox, inpatient psychiatry).",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="temp.staff@hiringsolutions-demo.com",
        subject="Backlog list for your temps",
        body="Here's the backlog your temps will work on next week.",
        atts=(
            Att(
                "backlog_0424.xlsx",
                XLSX,
                xlsx(
                    {
                        "Pending": [
                            ["Request", "Patient", "MRN", "Records"],
                            [
                                "ROI-26-01911",
                                "Costa, Brian",
                                "MPR-0081203",
                                "Detox admission 01/2026",
                            ],
                            [
                                "ROI-26-01914",
                                "Ames, Lorraine",
                                "MPR-0080055",
                                "Inpatient psychiatry 2024",
                            ],
                        ],
                        "On hold": [
                            ["Request", "Reason"],
                            ["ROI-26-01920", "Part 2 consent missing"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="calendar invite for HIM conference",
        notes="Event invitation to a health information management conference; no patient.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="him-staff@meridianpsychrecords.com",
        subject="MAHIMA spring meeting",
        body="Who wants to go? I'll cover registration for two.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian//HIM//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mahima-20260605@meridianpsychrecords.com\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260605T130000Z\r\nDTEND:20260605T210000Z\r\nSUMMARY:MAHIMA spring meeting\r\nLOCATION:Sturbridge Host Hotel\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="file name reveals patient and condition",
        notes="Hard positive: body is generic; the attachment's file name carries the patient's name and 'eating disorder residential' stay.",
        frm="Release Team <release.team@meridianpsychrecords.com>",
        to="records@pioneervalleyfamilymed-demo.com",
        subject="Requested records",
        body="Requested records attached.",
        atts=(
            Att(
                "Harriet_Moynihan_eating_disorder_residential_2025.txt",
                "text/plain",
                "Page count: 44. Released under authorization dated 04/02/2026.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy pdf on minimum necessary",
        notes="Hard negative: policy PDF on the minimum-necessary standard with generic examples; no patient.",
        frm="Compliance <compliance@meridianpsychrecords.com>",
        to="him-staff@meridianpsychrecords.com",
        subject="Policy HIM-07 revised",
        body="Revised policy attached. Please read before the huddle.",
        atts=(
            Att(
                "HIM-07_minimum_necessary.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN PSYCHIATRIC RECORDS OFFICE - POLICY HIM-07",
                        "Release only the records the authorization names.",
                        "Example: an insurer asking for 2025 medication management does not get 2019 inpatient notes.",
                        "Psychotherapy notes and Part 2 records require their own specific consent.",
                    ],
                    "Policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fax cover sent by email to insurer",
        notes="Email-to-fax cover naming the patient, DOB and lithium toxicity hospitalization records enclosed.",
        frm="Release Team <release.team@meridianpsychrecords.com>",
        to="4135550177@efax-demo.com",
        subject="Fax: records for claim review",
        body="TO: Pioneer Health Plan Appeals, fax 413-555-0177\nRE: Dennis Farrow, DOB 04/04/1966\nPages: 27 - admission for lithium toxicity 01/12/2026 and psychiatric consult notes.\n\nIf received in error call (413) 555-0140.",
    ),
    Spec(
        phi=False,
        category="email to personal mailbox job applicant",
        notes="Hard negative: interview invitation to a job applicant's personal mailbox; no health information.",
        frm="HR <hr@meridianpsychrecords.com>",
        to="tiffany.m.ocasio@gmail.com",
        subject="Interview - Release of Information Specialist",
        body="Hi Tiffany,\n\nThanks for applying. Could you come in Wednesday, April 29 at 11am for an interview with Yvonne Carrier, RHIT? Parking is behind the building.\n\nHR, Meridian",
    ),
    Spec(
        phi=True,
        category="reply to daughter about deceased patient records",
        notes="Reply to a daughter's icloud about her late mother's records, naming the mother, date of death and dementia-related psychiatric care.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="claire.duval.home@icloud.com",
        subject="Re: my mother's records",
        body="Dear Ms. Duval,\n\nI'm sorry for your loss. As executor you can obtain the records of your mother, Jeanne Duval (died 02/11/2026). We hold her geriatric psychiatry records from 2021-2025 (dementia with behavioral disturbance, F03.91). Please send a copy of the letter of appointment.\n\nYvonne Carrier, RHIT"
        + SIG,
    ),
    Spec(
        phi=False,
        category="IT system downtime notice",
        notes="Notice of records system downtime; no patient.",
        frm="IT <it@meridianpsychrecords.com>",
        to="clients@meridianpsychrecords.com",
        subject="Portal maintenance Saturday",
        body="The records portal will be offline Saturday 10pm-2am for upgrades. Requests can be submitted by fax (413) 555-0141 during that time.",
    ),
    Spec(
        phi=True,
        category="misdirected reply to wrong personal address",
        notes="Hard positive: records status update sent to a similar-looking personal address, naming the patient and his PTSD VA disability evaluation records.",
        frm="Release Team <release.team@meridianpsychrecords.com>",
        to="jmcallister.vet@outlook.com",
        subject="Status of ROI-26-01933",
        body="Mr. McAllister,\n\nThe records for Jonathan McAllister (PTSD treatment 2022-2025 and the C&P evaluation notes) were sent to the VA Regional Office on 04/21. No further action is needed.\n\nRelease Team",
    ),
    Spec(
        phi=False,
        category="de-identified dataset for research",
        notes="Hard negative: de-identified CSV of year, age band and diagnosis category for a research request; no identifiers.",
        frm="Data Requests <data@meridianpsychrecords.com>",
        to="research@umass-psych-demo.edu",
        subject="De-identified extract IRB-2026-044",
        body="Safe Harbor extract attached (counts only by year/age band).",
        atts=(
            Att(
                "irb2026044_deid.csv",
                "text/csv",
                "year,age_band,dx_category,count\n2024,18-29,psychotic disorder,41\n2024,30-49,bipolar disorder,63\n2025,50-64,depressive disorder,88\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="thank you note to vendor",
        notes="Thank-you to a shredding vendor; business mail.",
        frm="Operations <ops@meridianpsychrecords.com>",
        to="service@securedocshred-ma.com",
        subject="Thanks for the quick purge",
        body="Thanks for handling the 120-box purge last week so quickly. Certificates received.",
    ),
    Spec(
        phi=False,
        category="forwarded vendor product announcement",
        notes="Hard negative: forward of a vendor announcement about e-signature features; no patient.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="director@meridianpsychrecords.com",
        subject="Fwd: new e-authorization feature",
        body="Might help with Part 2 consents. Worth a demo?",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="SignRight <news@signright-demo.com>",
            to="ycarrier@meridianpsychrecords.com",
            subject="new e-authorization feature",
            body="SignRight now supports 42 CFR Part 2 consent templates with expiry dates and revocation tracking. Book a demo today.",
        ),
    ),
    Spec(
        phi=True,
        category="PNG scanned authorization",
        notes="Hard positive: PNG of a scanned authorization attached; body names the patient and the detox records it covers.",
        frm="Release Team <release.team@meridianpsychrecords.com>",
        to="intake@pioneerrecovery-demo.org",
        subject="Authorization received",
        body="Scanned authorization from Brian Costa (DOB 08/16/1990) for his 01/2026 detox admission records attached; records follow via portal.",
        atts=(Att("auth_scan_ROI-26-01940.png", "image/png", png(5, 7, (240, 240, 235))),),
    ),
    Spec(
        phi=True,
        category="status reply to patient's brother with consent",
        notes="Reply to a brother's aol mailbox, under the patient's consent, naming the patient and his electroconvulsive therapy records status.",
        frm="Yvonne Carrier <ycarrier@meridianpsychrecords.com>",
        to="gerald.pike56@aol.com",
        subject="Re: Stephen's records",
        body="Mr. Pike,\n\nWe have Stephen Pike's signed authorization naming you. His ECT treatment records from Mercy Behavioral Unit (March 2026) and the psychiatric consult notes will be mailed to the Agawam address he listed by Friday.\n\nYvonne Carrier, RHIT"
        + SIG,
    ),
]
