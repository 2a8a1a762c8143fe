"""Outbound mail of Kessler Vance Injury Law's medical records team (35)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import KVL, Att, Spec

SIG = "\n\nMedical Records Team\nKessler Vance Injury Law, LLP\n600 W Wacker Dr, Suite 1900, Chicago IL\n312-555-0118 | fax 312-555-0119"
PRIV = "\n\nPRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT."

MESSAGES = [
    Spec(
        phi=True,
        category="HIPAA-authorized records request to hospital HIM",
        notes="Request to a hospital for a named client's ER and surgical records with DOB and treatment dates, authorization attached.",
        frm=f"Records Team <records@{KVL}>",
        to="roi@stbrendanmedical.org",
        subject="Records request - Marisol Ochoa",
        body="Health Information Management:\n\nPlease produce complete records, including ED notes, imaging reports and itemized billing, for our client Marisol Ochoa (DOB 05/12/1979) for treatment from 03/08/2026 (emergency visit after a motor vehicle collision) through present. Her signed HIPAA authorization is attached.\n\nThank you."
        + SIG,
        atts=(
            Att(
                "Ochoa_HIPAA_authorization.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESSLER VANCE INJURY LAW - AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION",
                        "Patient: Marisol Ochoa   DOB 05/12/1979   Phone 773-555-0172",
                        "Provider: St. Brendan Medical Center   Dates: 03/08/2026 - present",
                        "Records: all, including ED, radiology, billing. Purpose: legal claim.",
                        "Signed: Marisol Ochoa   10/02/2026",
                    ],
                    "HIPAA authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical chronology DOCX to co-counsel",
        notes="Chronology of a named client's injuries, surgeries and providers sent to co-counsel.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="lhartman@hartmantrialgroup.com",
        subject="Chronology - Fenwick v. Midway Freight",
        body="Lisa,\n\nUpdated medical chronology attached through the September ortho visit. Still missing the pain management records."
        + SIG
        + PRIV,
        atts=(
            Att(
                "Fenwick_chronology_v3.docx",
                DOCX,
                docx(
                    [
                        "MEDICAL CHRONOLOGY - Darnell Fenwick (DOB 01/30/1985)",
                        "03/28/2026 Northwestern Lakeview ED: forearm laceration repair (12 sutures), lumbar strain; CT head negative.",
                        "04/02/2026 - 08/27/2026 Alder Creek Chiropractic: 31 visits, lumbar sprain.",
                        "06/15/2026 Dr. Ravi Sethi, orthopedics: L4-5 disc protrusion on MRI; ESI recommended.",
                        "07/09/2026 Lakeview Pain Center: L4-5 epidural steroid injection.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Demand letter with medical specials to liability insurer",
        notes="Hard positive: the body is generic; the client's name, wrist fracture, surgery and bills are only in the PDF demand letter.",
        frm=f"Records Team <records@{KVL}>",
        to="bi.claims@heartlandcasualty.com",
        subject="Time-limited demand - claim HC-77-4410231",
        body="Please see the attached demand on behalf of our client. Response due within 30 days."
        + SIG,
        atts=(
            Att(
                "Demand_Tran_M.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESSLER VANCE INJURY LAW, LLP",
                        "Re: Your insured Gordon Pike / Our client Mai Tran / Claim HC-77-4410231",
                        "Ms. Tran sustained a right distal radius fracture (S52.571A) and post-traumatic headaches.",
                        "She underwent open reduction internal fixation on 05/04/2026 at Rush Oak Park Hospital,",
                        "followed by 24 physical therapy visits. Medical specials to date: $48,912.37.",
                        "Demand: policy limits of $100,000.",
                    ],
                    "Demand letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical specials multi-sheet workbook to adjuster",
        notes="Workbook of a named client's bills by provider with CPT codes and a summary sheet.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="bi.claims@heartlandcasualty.com",
        subject="Specials breakdown - Tran",
        body="As requested on our call, the breakdown of Ms. Tran's medical specials by provider."
        + SIG,
        atts=(
            Att(
                "Tran_specials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Client", "Mai Tran"],
                            ["DOB", "1991-09-14"],
                            ["Total billed", 48912.37],
                            ["Paid by health plan", 21004.10],
                        ],
                        "By provider": [
                            ["Provider", "Dates", "Billed"],
                            ["Rush Oak Park ED", "2026-05-02", 6120.00],
                            ["Rush Oak Park OR (25607 ORIF)", "2026-05-04", 31450.00],
                            ["Stride Point PT", "2026-05-20 to 2026-08-28", 5842.37],
                            ["Dr. Feld neurology", "2026-06-11", 5500.00],
                        ],
                        "Pharmacy": [
                            ["Drug", "Fills"],
                            ["oxycodone 5 mg", 2],
                            ["sumatriptan 50 mg", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hospital lien balance inquiry",
        notes="Hard positive: no diagnosis, but names a client and her hospital account number asking about the lien for her care.",
        frm=f"Records Team <records@{KVL}>",
        to="liens@cookcountyhealthbilling.org",
        subject="Lien balance request",
        body="Please provide the current lien balance and itemization for our client Yolanda Pierce, account 77120458, so we can resolve it at settlement. Her release is on file with your office.\n\nThank you."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicare conditional payment request with MBI",
        notes="Named client's Medicare MBI, date of injury and request for conditional payments for accident care.",
        frm=f"Records Team <records@{KVL}>",
        to="bcrc.correspondence@cobcmsrecovery.com",
        subject="Conditional payment letter request",
        body="Please issue a conditional payment letter for:\n\nBeneficiary: Harold Jankowski\nMBI: 7HW2-XK4-GN63\nDate of injury: 02/19/2026 (slip and fall, left hip fracture)\nClaim type: liability\n\nProof of representation enclosed by fax."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded client email about counselling to expert",
        notes="Forward of a client's email describing her PTSD counselling and sleep medication, sent to a retained psychologist.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="dr.weiss@midwestforensicpsych.com",
        subject="Fwd: update from Ms. Salgado",
        body="Dr. Weiss,\n\nForwarding our client's update for your file before your evaluation on 11/3."
        + PRIV,
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="Elena Salgado <elenasalgado81@gmail.com>",
            to=f"nbrooks@{KVL}",
            subject="update",
            body="Hi Nadia, I wanted to let you know I started seeing a trauma counselor at Lakeshore Behavioral Health every week for the PTSD after the crash. They also put me on trazodone for sleep. I still can't drive on the highway.\n\nElena",
        ),
    ),
    Spec(
        phi=True,
        category="FHIR records export to nurse consultant",
        notes="FHIR bundle of a named client's conditions and medication sent to a retained legal nurse consultant.",
        frm=f"Records Team <records@{KVL}>",
        to="review@lnc-partners.com",
        subject="FHIR export from patient portal - Salgado",
        body="Attached is the FHIR export our client downloaded from her portal. Please fold it into your review."
        + SIG,
        atts=(
            Att(
                "salgado_portal_export.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "name": [{"family": "Salgado", "given": ["Elena"]}], "birthDate": "1981-02-25", "address": [{"line": ["4417 N Kedzie Ave"], "city": "Chicago", "postalCode": "60625"}]}},'
                '{"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.10", "display": "Post-traumatic stress disorder"}]}}},'
                '{"resource": {"resourceType": "MedicationStatement", "medicationCodeableConcept": {"text": "trazodone 50 mg at bedtime"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to life care planner",
        notes="C-CDA document with a named client's discharge diagnoses sent to a life care planner.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="intake@futurecareplanning.com",
        subject="CCD for Jankowski life care plan",
        body="Attached is the hospital's CCD for Mr. Jankowski's admission. The rehab facility records will follow."
        + SIG,
        atts=(
            Att(
                "Jankowski_CCD.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Discharge Summary</title>'
                '<recordTarget><patientRole><id extension="MRN-4410978" root="2.16.840.1.113883.19.5"/><patient><name><given>Harold</given><family>Jankowski</family></name><birthTime value="19440806"/></patient></patientRole></recordTarget>'
                "<component><structuredBody><component><section><title>Discharge Diagnoses</title><text>Left femoral neck fracture s/p hemiarthroplasty 02/20/2026; post-op delirium, resolved</text></section></component></structuredBody></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab results export to records retrieval vendor",
        notes="Hard positive: the body gives only a matter number; the HL7 ORU holds the client's name, MRN, DOB and drug screen results.",
        frm=f"Records Team <records@{KVL}>",
        to="support@recordretrievalnow.com",
        subject="Can you convert this to PDF?",
        body="The hospital sent this raw file instead of a PDF. Can your team convert it into a readable lab report? Matter KV-2291."
        + SIG,
        atts=(
            Att(
                "stbrendan_oru_export.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LAB|STBRENDAN|ROI|EXT|20260308224500||ORU^R01|LB88120|P|2.5.1\r"
                "PID|1||MRN20448791^^^STB^MR||OCHOA^MARISOL||19790512|F\r"
                "OBR|1||LB88120|TOXSCR^Urine drug screen\r"
                "OBX|1|ST|ETOH^Ethanol serum||NEGATIVE||||||F\r"
                "OBX|2|ST|THC^Cannabinoids urine||NEGATIVE||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless case list CSV to records retrieval vendor",
        notes="Hard positive: CSV with no header row of matter numbers, client names, birth dates, hospitals and ED visit dates.",
        frm=f"Records Team <records@{KVL}>",
        to="orders@recordretrievalnow.com",
        subject="new orders wk 43",
        body="New orders for this week, same format as always. Authorizations uploaded to the portal.",
        atts=(
            Att(
                "orders_wk43.csv",
                "text/csv",
                "KV-2291,Ochoa,Marisol,05/12/1979,St. Brendan Medical Center,ED 03/08/2026\r\nKV-2307,Pierce,Yolanda,10/22/1966,Stroger Hospital,admit 06/01/2026\r\nKV-2312,Abara,Chinedu,03/03/2001,Advocate Illinois Masonic,ED 07/19/2026\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Records status update to client's personal mailbox",
        notes="Client's hotmail with his name, his shoulder surgery and its billed amount.",
        frm=f"Records Team <records@{KVL}>",
        to="chinedu.abara@hotmail.com",
        subject="Update on your medical records",
        body="Hi Chinedu,\n\nGood news - we received your records from Dr. Ames at Lakeshore Orthopedics. The bill for your shoulder arthroscopy (labral repair) on 08/12 is $18,400; your health plan paid part of it. We'll add this to your claim package.\n\nPlease let us know if you have any more appointments scheduled."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject to records vendor",
        notes="Hard positive: the body is a bare follow-up; the subject names the client and his traumatic brain injury neuropsych records.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="orders@recordretrievalnow.com",
        subject="Ruiz, Hector - TBI neuropsych records still outstanding",
        body="Any update? It's been 45 days.\n\nThanks,\nNadia",
    ),
    Spec(
        phi=True,
        category="Deposition prep letter to treating physician",
        notes="Letter to a treating surgeon's office naming the patient and his spinal fusion ahead of a deposition.",
        frm=f"Records Team <records@{KVL}>",
        to="office@sethiorthopedics.com",
        subject="Deposition of Dr. Sethi - records to review",
        body="Dear Dr. Sethi,\n\nThank you for agreeing to a deposition on November 12 regarding your patient Darnell Fenwick. Please review your notes on his L4-5 disc protrusion, the 07/09 epidural injection and your recommendation for an L4-5 fusion. Your fee schedule of $1,200/hour is acceptable."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Social Security number for Section 111 query",
        notes="Client's SSN, name and DOB sent to a lien resolution vendor for the Medicare status query.",
        frm=f"Records Team <records@{KVL}>",
        to="intake@clearlienresolution.com",
        subject="Medicare status query - Pierce",
        body="Please run the Medicare status query for our client:\n\nYolanda Pierce\nSSN 529-64-1183\nDOB 10/22/1966\nDate of incident: 06/01/2026 (admitted to Stroger Hospital for rib fractures)\n\nSettlement expected in December."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only client portal upload notice",
        notes="Hard positive: portal notice to client's personal mailbox names him and the new orthopedic consult record uploaded.",
        frm=f"Kessler Vance Client Portal <portal@{KVL}>",
        to="t.okafor.chi@yahoo.com",
        subject="New document in your case file",
        body="",
        html="<html><body><p>Hello Daniel Okafor,</p><p>A new document was added to your case file <b>KV-2318</b>:</p><ul><li>Orthopedic consult - lumbar radiculopathy (Lakeshore Spine, 10/14/2026)</li></ul><p><a href='https://portal.kesslervancelaw.com/case/KV-2318'>View in portal</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Injury photo named after client to medical expert",
        notes="Hard positive: the PNG file name carries the client's name and injury; body asks the expert about scarring.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="dr.lowell@plasticsurgeryexperts.com",
        subject="photo for your scarring opinion",
        body="Dr. Lowell, day-3 photo attached as discussed. Do you expect permanent scarring?",
        atts=(Att("Fenwick_forearm_laceration_day3.png", "image/png", png(6, 6, (210, 150, 140))),),
    ),
    Spec(
        phi=True,
        category="Copy fee dispute with physical therapy provider",
        notes="Hard positive: names a client and that she had physical therapy visits at the provider, disputing the records fee.",
        frm=f"Records Team <records@{KVL}>",
        to=f"roi@{'stridepointpt.com'}",
        subject="Re: invoice 5512 - copy fee",
        body="Hello,\n\nYour invoice 5512 charges $42.50 for the records of our client Mai Tran (her PT visits May through August). Illinois allows a $29.04 handling fee plus per-page charges; 18 pages would be $30.12 total. Please send a corrected invoice."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Independent medical exam invite to client",
        notes="Calendar invite to the client's personal mailbox with her name and orthopedic IME for her knee injury.",
        frm=f"Records Team <records@{KVL}>",
        to="yolanda.pierce66@gmail.com",
        subject="Your independent medical exam",
        body="Hi Yolanda, the insurance company scheduled your independent medical exam. Bring your knee brace and a photo ID. We'll call you the day before to prepare.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kessler Vance//Records//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kv-ime-2307@kesslervancelaw.com\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261104T150000Z\r\nDTEND:20261104T163000Z\r\nSUMMARY:IME (orthopedic, right knee) - Yolanda Pierce with Dr. Carl Eberhardt\r\nLOCATION:211 E Ontario St, Suite 800, Chicago\r\nORGANIZER:mailto:records@kesslervancelaw.com\r\nATTENDEE:mailto:yolanda.pierce66@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Settlement statistics workbook for marketing",
        notes="Hard negative: multi-sheet aggregate settlement averages by injury type; no clients named.",
        frm=f"Records Team <records@{KVL}>",
        to="analytics@lexmarketingpartners.com",
        subject="2026 results data for the website",
        body="Aggregate results for the 'Our Results' page. Nothing client-level, per the partners.",
        atts=(
            Att(
                "KV_results_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By injury": [
                            ["Injury type", "Cases resolved", "Median settlement"],
                            ["Spinal fusion", 14, 612000],
                            ["Traumatic brain injury", 9, 840000],
                            ["Fracture (extremity)", 31, 185000],
                        ],
                        "By year": [
                            ["Year", "Cases", "Total recovered"],
                            [2024, 212, 41200000],
                            [2025, 236, 47900000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank HIPAA authorization template DOCX",
        notes="Hard negative: blank release template with placeholder fields for patient name, DOB and diagnosis; no real person.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="forms@illinoistriallawyers.org",
        subject="Our updated authorization template",
        body="Sharing our updated HIPAA authorization form for the forms bank. It now includes the separate Part 2 substance use consent checkbox.",
        atts=(
            Att(
                "KV_authorization_template_2026.docx",
                DOCX,
                docx(
                    [
                        "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION",
                        "Patient name: ______________________  Date of birth: ___/___/______",
                        "Provider: ______________________  Dates of treatment: ______________",
                        "[ ] Include mental health records  [ ] Include substance use disorder records (42 CFR Part 2)",
                        "This authorization expires one year from signature.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Expert orthopedic surgeon CV with NPI and DEA",
        notes="Hard negative: an expert physician's CV with his NPI and DEA number and clinical interests; no patient.",
        frm=f"Records Team <records@{KVL}>",
        to="disclosures@cookcountycircuitclerk-efile.com",
        subject="Expert disclosure attachment - CV of Dr. Carl Eberhardt",
        body="Attached is the curriculum vitae for our disclosed expert in 2026-L-004118. For the clerk's expert index: Carl Eberhardt, MD, NPI 1109278436, DEA BE4738475."
        + SIG,
        atts=(
            Att(
                "Eberhardt_CV.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESSLER VANCE INJURY LAW - EXPERT DISCLOSURE EXHIBIT B",
                        "Carl Eberhardt, MD, FAAOS   NPI 1109278436   DEA BE4738475",
                        "Board certified, orthopaedic surgery. Clinical interests: knee arthroplasty,",
                        "ACL reconstruction, fracture care, osteoarthritis.",
                        "Professor of Orthopaedics, Lakeshore University, 2011 - present.",
                    ],
                    "Expert CV",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Records vendor invoice summary without clients",
        notes="Hard negative: monthly invoice counts by facility for records retrieval; no client names or matters.",
        frm=f"Records Team <records@{KVL}>",
        to="billing@recordretrievalnow.com",
        subject="Re: September invoice",
        body="Approved: 37 requests across 12 facilities, $2,881.40 total. Please split the rush fees onto a separate line next month.\n\nNadia",
    ),
    Spec(
        phi=False,
        category="Records team backlog meeting invite",
        notes="Internal-style team meeting invite sent to a contract paralegal; no client information.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="j.morales.paralegal@outlook.com",
        subject="Records backlog review - Thursday",
        body="Hi Javier, adding you to Thursday's backlog review since you start with us Monday.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kessler Vance//Records//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kv-backlog-1022@kesslervancelaw.com\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261022T190000Z\r\nDTEND:20261022T200000Z\r\nSUMMARY:Records backlog review\r\nLOCATION:19th floor conference room B\r\nORGANIZER:mailto:nbrooks@kesslervancelaw.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="CLE seminar on reading medical records",
        notes="Hard negative: seminar announcement about ICD-10 codes for brain injury; no individual.",
        frm=f"Records Team <records@{KVL}>",
        to="cle@chicagobarassn.org",
        subject="Speaker proposal: decoding medical records for TBI cases",
        body="We'd like to propose a one-hour CLE: 'Decoding Medical Records in TBI Cases' - ICD-10 S06 codes, Glasgow Coma Scale, neuropsych testing, and spotting gaps in treatment. Speaker: Nadia Brooks, senior records paralegal."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR sample from portal vendor",
        notes="Hard negative: vendor's synthetic FHIR sample patient clearly marked as test data, returned with a parsing question.",
        frm=f"Records Team <records@{KVL}>",
        to="support@medchartimport.io",
        subject="Your sample file won't import",
        body="Your onboarding sample (SYNTHETIC - Synthea generated, per your readme) fails on import with 'unknown resource'. Attaching it back.",
        atts=(
            Att(
                "synthetic_sample_patient.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "synthetic-0001", "meta": {"tag": [{"code": "SYNTHETIC", "display": "Synthetic test data - not a real person"}]}, "name": [{"family": "Example", "given": ["Test"]}], "birthDate": "1900-01-01"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Office move closure notice to courier",
        notes="Operations notice; no health information.",
        frm=f"Records Team <records@{KVL}>",
        to="dispatch@loopcourierchicago.com",
        subject="Suite change from Nov 2",
        body="From November 2 our records team moves to Suite 1950 on the same floor. Please update deliveries. No pickups on October 30 (move day)."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Medical records paralegal job posting",
        notes="Hard negative: job ad mentioning HIPAA and ICD-10 skills; no individual.",
        frm=f"Records Team <records@{KVL}>",
        to="jobs@legalstaffingchicago.com",
        subject="Posting: Medical Records Paralegal",
        body="Kessler Vance Injury Law seeks a Medical Records Paralegal to request, organize and summarize medical records in personal-injury matters. Must understand HIPAA authorizations, ICD-10 and CPT codes, and Medicare lien rules. 3+ years' experience. Hybrid."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HTML-only after-a-crash newsletter",
        notes="HTML-only general legal newsletter about seeing a doctor after a crash; no individual.",
        frm=f"Kessler Vance Injury Law <news@{KVL}>",
        to="subscribers@lists.kesslervancelaw.com",
        subject="After a car crash: 4 steps to protect your health and your claim",
        body="",
        html="<html><body><h2>After a car crash</h2><ol><li>Get checked by a doctor within 72 hours, even if you feel fine - whiplash and concussion symptoms can appear later.</li><li>Keep every medical bill.</li><li>Follow your treatment plan.</li><li>Don't give a recorded statement before talking to a lawyer.</li></ol><p>Free consultation: 312-555-0118</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Mass tort advertisement draft with no individuals",
        notes="Hard negative: draft ad about a recalled medication aimed at the public; no person identified.",
        frm=f"Records Team <records@{KVL}>",
        to="creative@lexmarketingpartners.com",
        subject="Copy review: ranitidine ad",
        body="Copy for review:\n\n'Did you take Zantac (ranitidine) for 1 year or more and were later diagnosed with bladder, stomach or liver cancer? You may be entitled to compensation. Call 312-555-0118.'\n\nPlease have compliance check the state bar disclaimer."
        + SIG,
    ),
    Spec(
        phi=False,
        category="LOP provider directory CSV with NPIs",
        notes="Hard negative: directory of clinicians with specialties and NPIs who accept letters of protection; no patients.",
        frm=f"Records Team <records@{KVL}>",
        to="intake@hartmantrialgroup.com",
        subject="LOP provider list",
        body="Updated list of providers who accept letters of protection, as promised. New this month: Ravi Sethi, MD, orthopedic spine (NPI: 1678166327).",
        atts=(
            Att(
                "LOP_providers_2026.csv",
                "text/csv",
                "provider,specialty,npi,phone\r\nRavi Sethi MD,Orthopedic spine,1678166327,312-555-0131\r\nStride Point Physical Therapy,Physical therapy,1948340306,920-555-0142\r\nAlder Creek Chiropractic,Chiropractic,1568542876,541-555-0121\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Intake acknowledgement to prospective client",
        notes="Hard negative: auto-reply to a prospective client's gmail with no facts about injury or treatment.",
        frm=f"Kessler Vance Intake <intake@{KVL}>",
        to="bwashington1988@gmail.com",
        subject="We received your inquiry",
        body="Thank you for contacting Kessler Vance Injury Law. An intake specialist will call you within one business day. Please do not send medical records by email; we will provide a secure upload link.\n\nKessler Vance Injury Law",
    ),
    Spec(
        phi=False,
        category="Aggregate hernia mesh docket figures to co-counsel",
        notes="Hard negative: docket-level plaintiff counts for a device litigation; no individual.",
        frm=f"Records Team <records@{KVL}>",
        to="lhartman@hartmantrialgroup.com",
        subject="Mesh MDL - records status numbers",
        body="Lisa,\n\nStatus across our mesh inventory: 412 plaintiffs; complete implant records for 288, operative reports outstanding for 97, explant pathology for 27. No names in this email; the tracker is on the shared drive.\n\nNadia",
    ),
    Spec(
        phi=False,
        category="Court forms zip and records checklist text",
        notes="Zip of blank subpoena forms plus a generic records checklist; no individual.",
        frm=f'"Nadia Brooks, Records Paralegal" <nbrooks@{KVL}>',
        to="j.morales.paralegal@outlook.com",
        subject="Forms for your first week",
        body="Javier, here are the blank subpoena forms and our records checklist. Read the checklist before Monday.",
        atts=(
            Att(
                "blank_subpoena_forms.zip",
                "application/zip",
                zipped(
                    {
                        "subpoena_records_blank.txt": "SUBPOENA FOR RECORDS - Case No. ______ - To: ______ Keeper of Records",
                        "certification_blank.txt": "CERTIFICATION OF RECORDS CUSTODIAN - I, ______, certify ...",
                    }
                ),
            ),
            Att(
                "records_checklist.txt",
                "text/plain",
                "RECORDS CHECKLIST\n1. Confirm signed authorization (HIPAA + Part 2 if needed)\n2. Request itemized billing with CPT codes\n3. Diary follow-up at 30 days\n4. Log receipt; never email records unencrypted\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phishing alert to managed IT provider",
        notes="IT security report about a phishing email; no client or health data.",
        frm=f"Records Team <records@{KVL}>",
        to="soc@lakeshoremanagedit.com",
        subject="Phishing - fake 'records portal' login",
        body="Three of us got an email pretending to be a hospital records portal ('Your requested records are ready - log in'). Link goes to st-brendan-records.co. Nobody clicked. Can you block the domain?\n\nNadia",
    ),
]
