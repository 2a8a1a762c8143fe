"""Summit Imaging Readers (independent radiology reading group): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SIR, Att, Spec

RPT = f"Summit Reports <reports@{SIR}>"

HL7_ORU = (
    "\r".join(
        [
            "MSH|^~\\&|SIR_RIS|SUMMIT|BMP_EHR|BROOKFIELD|202609161415||ORU^R01|SIR66-88120|P|2.5.1",
            "PID|1||40228813^^^BMP^MR||Voss^Harlan||19540227|M",
            "OBR|1|ORD55120|ACC7719302|71275^CTA CHEST W CONTRAST^CPT|||202609161140",
            "OBX|1|FT|IMP^Impression||No pulmonary embolism. Right lower lobe consolidation compatible with pneumonia.||||||F",
            "OBX|2|FT|RAD^Reading radiologist||Imogen Sato, MD||||||F",
        ]
    )
    + "\r"
)

HL7_TEST = (
    "\r".join(
        [
            "MSH|^~\\&|SIR_RIS|SUMMIT|NEWCO_EHR|NEWCO|202609150900||ORU^R01|TEST0001|T|2.5.1",
            "PID|1||TEST0000001^^^SIR^MR||ZZTEST^INTERFACE^ONE||19000101|U",
            "OBR|1|TESTORD1|TESTACC1|00000^TEST EXAM^L",
            "OBX|1|FT|IMP^Impression||*** TEST MESSAGE - SYNTHETIC PATIENT - DO NOT FILE ***||||||F",
        ]
    )
    + "\r"
)

FHIR_DR = """{
  "resourceType": "DiagnosticReport",
  "id": "sir-dr-7719455",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "24627-2", "display": "CT Chest"}]},
  "subject": {"display": "Ines Duarte", "identifier": {"system": "urn:stcatherines:mrn", "value": "SC-8830125"}},
  "effectiveDateTime": "2026-09-15T10:22:00-05:00",
  "conclusion": "6 mm solid nodule right upper lobe. Recommend CT in 12 months per Fleischner 2017.",
  "performer": [{"display": "Summit Imaging Readers"}]
}
"""

FHIR_TEST = """{
  "resourceType": "DiagnosticReport",
  "id": "validation-sample-01",
  "status": "final",
  "meta": {"tag": [{"code": "TEST", "display": "Interface validation sample - synthetic"}]},
  "code": {"text": "XR CHEST 2 VIEWS"},
  "subject": {"display": "TEST, VALIDATION (synthetic)"},
  "conclusion": "Sample text for mapping validation only."
}
"""

X12_837 = (
    "~".join(
        [
            "ISA*00*          *00*          *ZZ*SUMMITIMG      *ZZ*CLEARWAVE      *260916*1730*^*00501*000006611*0*P*:",
            "GS*HC*SUMMITIMG*CLEARWAVE*20260916*1730*6611*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*SIR837-0916*20260916*1730*CH",
            "NM1*85*2*SUMMIT IMAGING READERS*****XX*1188374056",
            "NM1*IL*1*HOLLOWAY*PRUDENCE****MI*HHP99102746",
            "DMG*D8*19570412*F",
            "CLM*SIR-CLM-44120*412.00***11:B:1*Y*A*Y*Y",
            "HI*ABK:R91.1",
            "SV1*HC:71250:26*412*UN*1",
            "DTP*472*D8*20260914",
            "SE*11*0001",
            "GE*1*6611",
            "IEA*1*000006611",
        ]
    )
    + "~\n"
)

X12_835 = (
    "~".join(
        [
            "ISA*00*          *00*          *ZZ*KEYSTONEMUT    *ZZ*SUMMITIMG      *260911*0615*^*00501*000412207*0*P*:",
            "ST*835*0001",
            "BPR*I*98.40*C*ACH",
            "CLP*SIR-CLM-43877*1*310*98.40*45*12*KM5530190021",
            "NM1*QC*1*GALLOWAY*SERAPHINE****MI*KM5530190021",
            "SVC*HC:74177:26*310*98.40",
            "CAS*CO*45*166.60",
            "SE*7*0001",
        ]
    )
    + "~\n"
)

_ref_question = Spec(
    phi=True,
    category="referring physician question (forwarded)",
    notes="Referring doctor asks about named patient's MRI.",
    frm="Omar Feld MD <ofeld@brookfieldmedpartners.com>",
    to=RPT,
    subject="MRI brain - Marroquin",
    body="Can someone look again at Beatriz Marroquin's MRI from 9/12? Neurology thinks there are new enhancing lesions vs her prior MS study; report says stable. Thanks, Omar",
)

MESSAGES = [
    Spec(
        phi=True,
        category="HL7 ORU CTA result to ordering practice",
        notes="Hard positive: HL7 ORU with patient name, MRN, DOB and pneumonia finding; body is generic.",
        frm=f"Summit Interfaces <interfaces@{SIR}>",
        to="interfaces@brookfieldmedpartners.com",
        subject="Resend ORU SIR66-88120 (your engine rejected)",
        body="Your engine NAK'd this one with AE 207. Resending as file; please import manually.",
        atts=(Att("SIR66-88120.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="critical result notification log",
        notes="Critical subdural hematoma on named patient's CT communicated to ordering physician.",
        frm=f"Dr. Imogen Sato <isato@{SIR}>",
        to="ed-physicians@stcatherineshospital.org",
        subject="Critical result documentation",
        body=(
            "Documenting: CT head without contrast on Harold Benning (MRN SC-7730142), acute 9 mm left subdural "
            "hematoma with 4 mm midline shift. Called to Dr. Ruiz in the ED at 14:05, read back confirmed.\n\n"
            "Imogen Sato, MD\nSummit Imaging Readers"
        ),
    ),
    Spec(
        phi=True,
        category="mammogram report PDF to patient gmail",
        notes="Mammography report PDF with BI-RADS 4 sent to patient's personal mailbox.",
        frm=f"Patient Requests <patientrequests@{SIR}>",
        to="lorna.beckwith@gmail.com",
        subject="Copy of your report as requested",
        body="Dear Ms. Beckwith,\n\nAs you requested by phone, attached is a copy of your report. Your ordering physician has also received it.\n\nSummit Imaging Readers - Patient Requests",
        atts=(
            Att(
                "Beckwith_L_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT IMAGING READERS",
                        "Patient: Lorna Beckwith   DOB: 06/03/1969   Exam date: 09/10/2026",
                        "Exam: Diagnostic mammogram left breast with ultrasound",
                        "Impression: 1.1 cm irregular mass L breast 2 o'clock. BI-RADS 4B. Biopsy recommended.",
                        "Radiologist: Mireille Osei, MD",
                    ],
                    "Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="key image named after patient",
        notes="Hard positive: patient surname and spine level only in PNG file name of a key image.",
        frm=f"Dr. Teodor Brandvold <tbrandvold@{SIR}>",
        to="spineclinic@lakeviewortho.com",
        subject="key image you asked for",
        body="Here you go. Sag T2.",
        atts=(Att("Kowalczyk_Lspine_L4-5_extrusion.png", "image/png", png(8, 8, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport lung nodule",
        notes="FHIR DiagnosticReport naming patient, MRN and lung nodule follow-up.",
        frm=f"Summit Interfaces <interfaces@{SIR}>",
        to="fhir@stcatherineshospital.org",
        subject="DiagnosticReport sir-dr-7719455",
        body="Attached per the manual-resend procedure.",
        atts=(Att("sir-dr-7719455.json", "application/fhir+json", FHIR_DR),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim",
        notes="Hard positive: claim with member ID, name, DOB, CT code and lung nodule diagnosis only in X12 837.",
        frm=f"Summit Billing <billing@{SIR}>",
        to="submit@clearwaveclearinghouse.com",
        subject="837P resubmission SIR837-0916",
        body="Resubmitting after the 999 rejection (missing DTP). Thanks.",
        atts=(Att("SIR837-0916.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: payment-for-care remittance; patient name and member ID only inside the forwarded X12 835.",
        frm=f"Summit Billing <billing@{SIR}>",
        to="support@apexrcmpartners.com",
        subject="835 underpayment - pls appeal",
        body="This 835 paid 98.40 on a CT A/P professional component; contract is 141. Please file an appeal.",
        atts=(Att("KM_835_0911.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="overdue reads worklist CSV",
        notes="CSV worklist with patient names, accession numbers and exam types.",
        frm=f"Reading Room Ops <ops@{SIR}>",
        to="radiology-mgr@stcatherineshospital.org",
        subject="Studies unread > 24h",
        body="These are stuck because priors didn't transfer. Can your PACS team push priors?",
        atts=(
            Att(
                "unread_over24h.csv",
                "text/csv",
                'accession,patient,mrn,exam,ordered\r\nACC7720011,"Pruitt, Delmar",SC-7741190,MRI L-SPINE W/O,2026-09-14 08:12\r\n'
                'ACC7720047,"Nakashima, Eri",SC-7702255,CT ABD/PEL W,2026-09-14 10:40\r\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peer review discrepancy workbook",
        notes="Hard positive: MRNs with exams and missed findings only on the second sheet of a peer review workbook.",
        frm=f"Quality Committee <quality@{SIR}>",
        to="medstaff.quality@stcatherineshospital.org",
        subject="Q3 peer review - discrepancies for your committee",
        body="Confidential peer review material. Discrepancy cases on tab 2.",
        atts=(
            Att(
                "peer_review_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Score", "Count"], ["1 - agree", 412], ["2a", 18], ["3b", 3]],
                        "Discrepancies": [
                            ["MRN", "Exam date", "Exam", "Missed finding", "Score"],
                            ["SC-7690021", "2026-07-08", "CT chest", "8 mm RLL nodule", "3b"],
                            ["SC-7712430", "2026-08-19", "XR wrist", "Scaphoid fracture", "3b"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="tumor board case list invite",
        notes="Hard positive: patients appear only as initials plus MRN with their cancers inside the ICS description.",
        frm=f"Dr. Mireille Osei <mosei@{SIR}>",
        to="tumorboard@stcatherineshospital.org",
        subject="Thoracic tumor board Thu - imaging cases",
        body="Cases I'll present are in the invite description.",
        atts=(
            Att(
                "tumor_board.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIR//EN\r\nBEGIN:VEVENT\r\nUID:sir-tb-0917@summitimagingreaders.com\r\n"
                "DTSTAMP:20260915T120000Z\r\nDTSTART:20260917T170000Z\r\nDTEND:20260917T180000Z\r\nSUMMARY:Thoracic tumor board\r\n"
                "DESCRIPTION:1) R.K. SC-7651180 - NSCLC RUL restaging\\n2) A.M. SC-7688912 - mesothelioma\\, new effusion\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse MRN-only impression",
        notes="Hard positive: one-line MRN with CTA impression abbreviations.",
        frm=f"Dr. Imogen Sato <isato@{SIR}>",
        to="hospitalist-pager@stcatherineshospital.org",
        subject="prelim",
        body="MRN SC-7730981 CTA chest neg for PE, +RLL consol, sm R eff. Final to follow.",
    ),
    Spec(
        phi=True,
        category="headerless exam list CSV",
        notes="Hard positive: CSV without headers listing names, DOBs and MRI exams.",
        frm=f"Reading Room Ops <ops@{SIR}>",
        to="scheduling@westburyimagingcenter.com",
        subject="the ones we need to re-protocol",
        body="See attached, need contrast added to all of these. Call the patients pls.",
        atts=(
            Att(
                "reprotocol.csv",
                "text/csv",
                "Ferreira,Luis,03/14/1958,MRI BRAIN W/WO,r/o metastasis\r\nOkafor,Grace,11/27/1990,MRI PITUITARY,prolactinoma f/u\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned requisition",
        notes="Hard positive: OCR text of a scanned requisition with patient name, DOB, SSN and indication.",
        frm=f"Reading Room Ops <ops@{SIR}>",
        to="frontdesk@westburyimagingcenter.com",
        subject="Illegible req - please verify",
        body="OCR of the req attached. Indication line is garbled, can you confirm what the doc wrote?",
        atts=(
            Att(
                "req_scan_ocr.txt",
                "text/plain",
                "WESTBURY IMAGING CENTER  REQUISITION\nPt: ALVAREZ, Tomas Q    DOB 10/o9/1948\nSSN 482-61-3307  Ins: Medicare  MBI: 4TK7-W92-HX38\n"
                "Exam: CT ABD/PELVIS W CONTRAST\nIndication: h/o co1on ca, rising CEA ?recurr\nOrdering: R. Cole MD\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="report addendum to referring physician",
        notes="Addendum changing impression for named patient's MS MRI.",
        frm=f"Dr. Teodor Brandvold <tbrandvold@{SIR}>",
        to="ofeld@brookfieldmedpartners.com",
        subject="Re: MRI brain - Marroquin (addendum issued)",
        body=(
            "Omar,\n\nAgreed on re-review. Addendum issued: two new enhancing periventricular lesions compared with "
            "the March study, consistent with active demyelination in Ms. Marroquin's known MS. Original question below.\n\nTeo"
        ),
        forward=_ref_question,
    ),
    Spec(
        phi=True,
        category="subpoena response with report zip",
        notes="Zip of named patient's reports sent to attorney under subpoena.",
        frm=f"Compliance <compliance@{SIR}>",
        to="records@harwellgrantlaw.com",
        subject="Subpoena 26-CV-1183 - responsive records",
        body="Responsive records for Desmond Achterberg (DOB 01/19/1975) attached, with certification of custodian.",
        atts=(
            Att(
                "Achterberg_responsive.zip",
                "application/zip",
                zipped(
                    {
                        "XR_cspine_2026-05-02.txt": "Desmond Achterberg - XR C-spine: no fracture. Straightening of lordosis.\n",
                        "MRI_cspine_2026-06-10.txt": "Desmond Achterberg - MRI C-spine: C5-6 disc protrusion contacting cord.\n",
                        "certification.txt": "I certify these are true copies. Compliance Officer, Summit Imaging Readers.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="outside images request reply to daughter",
        notes="Daughter's personal mailbox told about her named father's outside PET-CT and upcoming lymphoma restaging scan.",
        frm=f"Patient Requests <patientrequests@{SIR}>",
        to="h.vandermeer@yahoo.com",
        subject="Re: Dad's scans",
        body=(
            "Hi Hanneke,\n\nWe received the CD with your father Pieter van der Meer's 2025 PET-CT from Ohio Valley. "
            "It's loaded so Dr. Osei can compare with next week's lymphoma restaging scan. You can pick up the CD at "
            "the front desk.\n\nPatient Requests"
        ),
    ),
    Spec(
        phi=True,
        category="incidental finding follow-up reminder",
        notes="Named patient's lung nodule follow-up recommendation sent to ordering clinic.",
        frm=f"Follow-up Registry <followup@{SIR}>",
        to="nurses@pinecrestfamilymed.com",
        subject="Follow-up imaging due",
        body="Your patient Ines Duarte (DOB 04/30/1962) had a 6 mm RUL nodule on CT 9/15. 12-month follow-up CT recommended. Please confirm it is ordered.",
    ),
    Spec(
        phi=True,
        category="HTML billing statement to patient",
        notes="Hard positive: HTML-only statement to patient's email with balance for a named CT exam.",
        frm=f"Summit Billing <billing@{SIR}>",
        to="rfairbanks1958@aol.com",
        subject="Your statement from Summit Imaging Readers",
        body="",
        html=(
            "<html><body><p>Dear Raymond Fairbanks,</p><p>Account 66-204418. Professional reading fee for "
            "<b>CT ABDOMEN/PELVIS WITH CONTRAST</b> on 08/21/2026: $118.00 after insurance.</p>"
            "<p>Pay online or call 614-555-0166.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="consult letter DOCX",
        notes="DOCX second-opinion letter naming patient and prostate MRI PI-RADS result.",
        frm=f"Dr. Teodor Brandvold <tbrandvold@{SIR}>",
        to="urology@capitalurologygroup.com",
        subject="Second opinion read",
        body="Second-opinion letter attached.",
        atts=(
            Att(
                "second_opinion.docx",
                DOCX,
                docx(
                    [
                        "Summit Imaging Readers - Second Opinion",
                        "Patient: Augustin Lemaire, DOB 12/02/1959",
                        "Exam: MRI prostate multiparametric (outside, 08/30/2026)",
                        "Opinion: 1.4 cm PI-RADS 5 lesion left peripheral zone, concerning for clinically significant cancer.",
                        "Teodor Brandvold, MD",
                    ]
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate turnaround CSV",
        notes="Hard negative: turnaround times by modality; no patients.",
        frm=f"Reading Room Ops <ops@{SIR}>",
        to="radiology-mgr@stcatherineshospital.org",
        subject="August TAT",
        body="August turnaround attached. ED CT median is back under 30 minutes.",
        atts=(
            Att(
                "tat_aug2026.csv",
                "text/csv",
                "modality,priority,studies,median_min,p90_min\r\nCT,STAT,1822,27,48\r\nMR,Routine,911,410,1210\r\nXR,Routine,6120,95,260\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate QA workbook",
        notes="Hard negative: multi-sheet QA stats by modality and radiologist ID; no patients.",
        frm=f"Quality Committee <quality@{SIR}>",
        to="imagingdirector@westburyimagingcenter.com",
        subject="Q3 QA dashboard",
        body="Dashboard attached.",
        atts=(
            Att(
                "QA_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "By modality": [
                            ["Modality", "Reads", "Discrepancy %"],
                            ["CT", 15200, 0.9],
                            ["MR", 6100, 1.2],
                        ],
                        "By reader": [
                            ["Reader code", "Reads", "Addenda"],
                            ["R01", 4100, 12],
                            ["R02", 3880, 9],
                        ],
                        "Callbacks": [
                            ["Category", "Count"],
                            ["Critical results", 211],
                            ["Unexpected findings", 640],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="iodinated contrast shortage notice",
        notes="Hard negative: drug shortage notice with protocol advice; no individual.",
        frm=f"Dr. Imogen Sato <isato@{SIR}>",
        to="ordering-providers@pinecrestfamilymed.com",
        subject="Iohexol shortage - protocol changes effective Monday",
        body=(
            "Due to the national iohexol (Omnipaque 350) shortage, we will read non-contrast CT for renal stone, "
            "headache and sinus indications, and reserve contrast for oncology staging and PE. Patients with eGFR < 30 "
            "will be discussed case by case."
        ),
    ),
    Spec(
        phi=False,
        category="FHIR validation sample synthetic report",
        notes="Hard negative: DiagnosticReport tagged synthetic validation sample.",
        frm=f"Summit Interfaces <interfaces@{SIR}>",
        to="integration@newcohealthsystems.com",
        subject="Mapping validation sample",
        body="Synthetic sample (not a patient) for your mapping validation.",
        atts=(Att("validation_sample.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message",
        notes="Hard negative: HL7 test message with ZZTEST synthetic patient, processing ID T.",
        frm=f"Summit Interfaces <interfaces@{SIR}>",
        to="integration@newcohealthsystems.com",
        subject="Test ORU for go-live",
        body="Test message only (ZZTEST patient, MSH-11 = T). Please confirm parse.",
        atts=(Att("test_oru.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="radiologist bio for hospital website",
        notes="Hard negative: clinician bio mentioning glioblastoma and MS expertise; no patients.",
        frm=f"Summit Communications <news@{SIR}>",
        to="webteam@stcatherineshospital.org",
        subject="Bio for Dr. Kenji Morales",
        body=(
            "Kenji Morales, MD is a fellowship-trained neuroradiologist with special interest in glioblastoma "
            "perfusion imaging, multiple sclerosis and pediatric epilepsy surgery planning. NPI 1482037565."
        ),
    ),
    Spec(
        phi=False,
        category="professional fee schedule PDF",
        notes="Hard negative: CPT codes and fees; no patients.",
        frm=f"Summit Billing <billing@{SIR}>",
        to="contracting@westburyimagingcenter.com",
        subject="2027 professional component fee schedule",
        body="Proposed 2027 schedule attached for your review.",
        atts=(
            Att(
                "SIR_fee_schedule_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT IMAGING READERS - 2027 PROFESSIONAL FEES",
                        "70553-26  MRI brain w/wo      $142.00",
                        "71275-26  CTA chest           $118.00",
                        "77067-26  Screening mammogram $52.00",
                    ],
                    "Fee schedule",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="teleradiologist job posting",
        notes="Job posting.",
        frm=f"Summit Recruiting <careers@{SIR}>",
        to="jobs@radiologyjobsboard.com",
        subject="Posting: Remote overnight teleradiologist",
        body="",
        html="<html><body><h3>Overnight Teleradiologist (remote)</h3><p>7-on/7-off, ED CT/XR, ABR certified, multi-state licensure.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="coverage schedule invite",
        notes="Coverage invite to a radiologist's personal mailbox; staff scheduling only, no patients.",
        frm=f"Reading Room Ops <ops@{SIR}>",
        to="kenji.morales.md@gmail.com",
        subject="October weekend coverage",
        body="Kenji - sending to your personal address since your VPN token expired. You're on weekend neuro coverage Oct 3-4; invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIR//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sir-cov-1003@summitimagingreaders.com\r\n"
            "DTSTAMP:20260915T120000Z\r\nDTSTART:20261003T120000Z\r\nDTEND:20261005T120000Z\r\nSUMMARY:Neuro coverage - K. Morales\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified teaching case",
        notes="Hard negative: teaching case with age and findings but no identifiers or dates.",
        frm=f"Dr. Mireille Osei <mosei@{SIR}>",
        to="residents@ohiovalleyradiologyprogram.org",
        subject="Case of the week",
        body="A 62-year-old man presents with hemoptysis. CT shows a cavitating RUL mass with an air-crescent sign. Differential? Answer Friday.",
    ),
    Spec(
        phi=False,
        category="PACS upgrade vendor coordination",
        notes="Vendor mail.",
        frm=f"Summit IT <it@{SIR}>",
        to="support@clarionpacs.com",
        subject="Upgrade window v12.4",
        body="Confirming the v12.4 upgrade Sunday 01:00-05:00 CT. Please have an engineer on the bridge.",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped number",
        notes="Hard negative: SSN-shaped string is a purchase order number for monitors.",
        frm=f"Summit Purchasing <purchasing@{SIR}>",
        to="orders@diagnosticdisplays.com",
        subject="PO 512-48-2290 - 4 diagnostic monitors",
        body="Please ship PO 512-48-2290 (4x 5MP mammography displays) to our Westbury reading room.",
    ),
    Spec(
        phi=False,
        category="breach tabletop exercise scenario",
        notes="Hard negative: fictional incident-response exercise scenario explicitly invented.",
        frm=f"Compliance <compliance@{SIR}>",
        to="privacy@stcatherineshospital.org",
        subject="Tabletop exercise materials",
        body="Scenario (fictional): a radiologist's laptop with 'a few hundred' reports is stolen from a car. Questions: who notifies, within what timeline, what logs do we need? No real patient data is used in the exercise.",
    ),
    Spec(
        phi=False,
        category="radiologist credentialing packet",
        notes="Hard negative: radiologist's NPI and DEA for privileges; provider identifiers.",
        frm=f"Credentialing <credentialing@{SIR}>",
        to="medstaff@stcatherineshospital.org",
        subject="Reappointment - Imogen Sato, MD",
        body="Reappointment packet info:\nImogen Sato, MD - Diagnostic Radiology\nNPI: 1188374056\nDEA: FS6152033\nOhio license 35.118822",
    ),
    Spec(
        phi=False,
        category="lung screening newsletter HTML",
        notes="Health topic newsletter for referring offices; no individual.",
        frm=f"Summit Communications <news@{SIR}>",
        to="referringoffices@pinecrestfamilymed.com",
        subject="Who qualifies for lung cancer screening in 2026?",
        body="",
        html="<html><body><h2>Lung cancer screening</h2><p>Adults 50-80 with 20 pack-years who smoke or quit within 15 years qualify for annual low-dose CT.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="logo file to print vendor",
        notes="Logo PNG for letterhead.",
        frm=f"Summit Communications <news@{SIR}>",
        to="orders@buckeyeprintshop.com",
        subject="Letterhead reprint",
        body="Logo attached, same as last order, 5,000 sheets.",
        atts=(Att("summit_logo.png", "image/png", png(10, 4, (0, 70, 130))),),
    ),
    Spec(
        phi=False,
        category="monthly services invoice PDF",
        notes="Hard negative: invoice with study counts by modality; no patients.",
        frm=f"Summit Billing <billing@{SIR}>",
        to="ap@westburyimagingcenter.com",
        subject="Invoice SIR-INV-2026-08",
        body="August professional services invoice attached. Net 30.",
        atts=(
            Att(
                "SIR-INV-2026-08.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT IMAGING READERS - INVOICE SIR-INV-2026-08",
                        "CT reads 1,204 x $38 = $45,752",
                        "MR reads 388 x $61 = $23,668",
                        "Total due: $69,420",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dose registry aggregate summary",
        notes="Hard negative: aggregate CT dose index summary; no individuals.",
        frm=f"Quality Committee <quality@{SIR}>",
        to="registry@acrdoseindexregistry.org",
        subject="Q3 DIR submission summary",
        body="Q3 submission: 18,402 CT exams; median CTDIvol head 52 mGy, chest 8.1 mGy. All facility-level; no patient-level data in this message.",
    ),
]
