"""Keystone Record Copy Services, a medical records copy and release vendor (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import KRC, Att, Spec

OPS = f"Keystone Fulfillment <fulfillment@{KRC}>"
AR = f"Keystone Billing <billing@{KRC}>"
XL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

MESSAGES = [
    Spec(
        phi=True,
        category="Copy invoice to law firm naming patient and facility",
        notes="Invoice to a law firm for copies of a named patient's Riverbend orthopedic records.",
        frm=AR,
        to="records@marlowteaguelaw.com",
        subject="Invoice KRC-2610-44817 - records of Shanice Abernathy",
        body=(
            "Attached is the invoice for certified copies of Shanice Abernathy's records from Riverbend Regional "
            "(orthopedic surgery and PT, 04/2026-09/2026, 318 pages). Records will be released on payment.\n\nKeystone Billing"
        ),
        atts=(
            Att(
                "KRC-2610-44817.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RECORD COPY SERVICES - INVOICE KRC-2610-44817",
                        "Patient: Shanice Abernathy   DOB 02/14/1990",
                        "Facility: Riverbend Regional - Orthopedics/PT",
                        "318 pages  Total due: $112.46",
                    ],
                    "Invoice KRC-2610-44817",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Generic invoice reminder to insurer",
        notes="Hard negative: past-due statement listing only invoice numbers and amounts; no patient names.",
        frm=AR,
        to="ap@northstar-mutual.com",
        subject="Statement of account - 3 invoices past 60 days",
        body="Invoices KRC-2607-31022 ($64.10), KRC-2608-33871 ($91.75), KRC-2608-34019 ($38.00) remain open. Remit to PO Box 4410, Harrisburg PA.",
    ),
    Spec(
        phi=True,
        category="Records delivery zip to insurer",
        notes="Hard positive: body has only a request ID; zip holds a named patient's labs and notes.",
        frm=OPS,
        to="apsrequests@northstar-mutual.com",
        subject="Request 7730915 fulfilled",
        body="Your request 7730915 has been fulfilled. Files attached. This link/attachment expires in 14 days.",
        atts=(
            Att(
                "7730915.zip",
                "application/zip",
                zipped(
                    {
                        "7730915_index.txt": "Patient: Oyelaran, Babatunde  DOB 1966-08-03\nSource: Riverbend Regional Endocrinology\n",
                        "labs.csv": "date,test,result\n2026-05-11,HbA1c,8.7\n2026-08-19,HbA1c,7.9\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Sample deliverable zip with dummy records",
        notes="Hard negative: sample package built from a clearly fictional 'SAMPLE, DEMO' patient for onboarding a new client.",
        frm=f"Keystone Sales <sales@{KRC}>",
        to="it@harborviewortho.com",
        subject="What your requesters will receive (sample)",
        body="The zip shows our delivery format. Everything inside is demo content for 'SAMPLE, DEMO' - not a real patient.",
        atts=(
            Att(
                "keystone_sample_delivery.zip",
                "application/zip",
                zipped(
                    {
                        "index.txt": "Patient: SAMPLE, DEMO (fictional demo record)\nSource: Demo Clinic\n",
                        "notes.txt": "Lorem ipsum clinic note for format demonstration only.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Request status update to patient",
        notes="Status update to patient's gmail naming him and the mental health records being held for additional consent.",
        frm=OPS,
        to="desmond.achterberg@gmail.com",
        subject="Update on your records request",
        body=(
            "Hi Desmond Achterberg,\n\nPart of your request is ready: your primary care records. The behavioral "
            "health counseling notes from Riverbend's outpatient clinic need a separate signed consent before we "
            "can release them. The consent form is waiting in your portal account.\n\nKeystone Record Copy Services, on behalf of Riverbend Regional"
        ),
    ),
    Spec(
        phi=False,
        category="Request portal password reset",
        notes="Automated password reset for a requester account; no records content.",
        frm=f"Keystone Portal <noreply@{KRC}>",
        to="paralegal3@marlowteaguelaw.com",
        subject="Reset your Keystone Portal password",
        html="<html><body><p>Someone asked to reset your password. Click <a href='https://portal.keystonerecordcopy.com/reset'>here</a> within 30 minutes. If this wasn't you, ignore this email.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HTML request confirmation with patient and provider",
        notes="HTML-only confirmation naming patient, DOB and the fertility clinic records requested.",
        frm=f"Keystone Portal <noreply@{KRC}>",
        to="l.castellanos.rn@yahoo.com",
        subject="We received your request #7731188",
        html=(
            "<html><body><table><tr><td>Patient</td><td>Lorena Castellanos</td></tr><tr><td>DOB</td><td>11/09/1988</td></tr>"
            "<tr><td>Provider</td><td>Riverbend Reproductive Medicine (IVF cycle records)</td></tr>"
            "<tr><td>Deliver to</td><td>Self</td></tr></table></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="Onsite staff schedule to hospital HIM",
        notes="Vendor staffing roster for onsite copy staff; names employees only.",
        frm=f"Keystone Operations <ops@{KRC}>",
        to="him@riverbendregional.org",
        subject="Onsite coverage next week",
        body="Mon-Wed: Priya Nand; Thu-Fri: Caleb Orr. Caleb is out 10/30 for a family matter; Priya covers.",
    ),
    Spec(
        phi=True,
        category="Daily request log CSV to hospital",
        notes="Hard positive: CSV with no headers listing names, MRNs and requesters for the day.",
        frm=f"Keystone Operations <ops@{KRC}>",
        to="him@riverbendregional.org",
        subject="daily log 10/20",
        body="Attached.",
        atts=(
            Att(
                "log_20261020.csv",
                "text/csv",
                "7731190,RR-0448172,OKAFOR DELPHINE,PATIENT,FULFILLED\n"
                "7731191,RR-0118854,GRABOWSKI HENRY,ATTORNEY,PENDING AUTH\n"
                "7731192,RR-0690012,NAKASHIMA REI,SSA,FULFILLED\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate monthly volume CSV to client",
        notes="Hard negative: CSV of request counts by type and month; no individuals.",
        frm=f"Keystone Account Management <am@{KRC}>",
        to="him@riverbendregional.org",
        subject="Q3 volume report",
        body="Q3 volume by requester type attached. Attorney requests are 31% of total.",
        atts=(
            Att(
                "q3_volume.csv",
                "text/csv",
                "month,patient,attorney,insurer,ssa\n2026-07,140,77,60,33\n2026-08,131,80,64,30\n2026-09,141,76,64,34\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Multi-sheet backlog workbook to client",
        notes="Hard positive: backlog workbook's second sheet lists patients' names and record types pending.",
        frm=f"Keystone Account Management <am@{KRC}>",
        to="him@riverbendregional.org",
        subject="Backlog review for Thursday",
        body="Summary on sheet 1, detail on sheet 2 for the ones over 20 days.",
        atts=(
            Att(
                "backlog_2026-10-20.xlsx",
                XL,
                xlsx(
                    {
                        "Summary": [
                            ["Bucket", "Count"],
                            ["0-10 days", 51],
                            ["11-20", 14],
                            ["21+", 3],
                        ],
                        "Detail": [
                            ["Req", "Patient", "Records", "Reason"],
                            ["7729004", "Ibarra, Solomon", "Sleep study + CPAP", "Waiting on scan"],
                            [
                                "7729150",
                                "Ng, Winifred",
                                "Chemo infusion logs",
                                "Awaiting auth signature",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pricing proposal workbook to prospective client",
        notes="Hard negative: multi-sheet pricing proposal workbook; no patient data.",
        frm=f"Keystone Sales <sales@{KRC}>",
        to="cfo@harborviewortho.com",
        subject="Proposal - ROI outsourcing",
        body="Pricing and SLA sheets attached.",
        atts=(
            Att(
                "proposal_harborview.xlsx",
                XL,
                xlsx(
                    {
                        "Pricing": [
                            ["Item", "Price"],
                            ["Per request fee", 0],
                            ["Onsite FTE", 52000],
                        ],
                        "SLA": [
                            ["Metric", "Target"],
                            ["Turnaround", "5 business days"],
                            ["Accuracy", "99.5%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected release incident report to client",
        notes="Incident report naming the patient whose records went to the wrong attorney, with diagnosis.",
        frm=f"Keystone Compliance <compliance@{KRC}>",
        to="privacy@riverbendregional.org",
        subject="Incident KRC-INC-2026-019 - misdirected release",
        body=(
            "On 10/16 records for Henry Grabowski (MRN RR-0118854; cardiac cath 2026-06-03, CABG x3) were sent to "
            "Feld & Ruiz instead of Field Ruiz LLP. Recipient confirmed deletion in writing 10/17. Our risk "
            "assessment is attached for your breach determination.\n\nAlana Pierce, Compliance Officer"
        ),
        atts=(
            Att(
                "KRC-INC-2026-019.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Incident KRC-INC-2026-019",
                        "Patient: Henry Grabowski, MRN RR-0118854",
                        "Records: cardiology, cardiac surgery",
                        "Recipient attestation received 10/17/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Annual HIPAA training completion memo",
        notes="Hard negative: HIPAA training content with made-up examples and field names; no individual.",
        frm=f"Keystone Compliance <compliance@{KRC}>",
        to=f"allstaff@{KRC}",
        subject="HIPAA refresher due 11/30",
        body=(
            "Module 3 covers minimum necessary: if a request asks for 'all records' but the authorization says "
            "'records related to the 2025 knee injury', release only the knee records. Fields such as Patient Name, "
            "DOB, MRN and SSN must be checked against the authorization before release. 92% of staff completed last year."
        ),
    ),
    Spec(
        phi=True,
        category="Patient complaint response",
        notes="Reply to patient's outlook mailbox naming her and the prenatal records delay.",
        frm=f"Keystone Customer Care <care@{KRC}>",
        to="beatrix.oyelowo@outlook.com",
        subject="RE: Where are my records??",
        body=(
            "Ms. Oyelowo,\n\nI'm sorry for the delay. Your prenatal and ultrasound records from Riverbend OB "
            "(EDD 12/2026) were held because the authorization listed your maiden name. We've matched them and "
            "they'll go out today by secure email.\n\nKaren\nKeystone Customer Care"
        ),
    ),
    Spec(
        phi=False,
        category="Customer satisfaction survey",
        notes="HTML-only satisfaction survey to a requester; no care information.",
        frm=f"Keystone Customer Care <care@{KRC}>",
        to="jimmy.tran77@gmail.com",
        subject="How did we do?",
        html="<html><body><p>Thanks for using Keystone. Rate your experience (1-5):</p><p><a href='https://survey.keystonerecordcopy.com/s/1'>Take the 1-minute survey</a></p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="X12 275 claim attachment to payer",
        notes="Hard positive: X12 275 attachment carries patient name, member ID and operative report reference.",
        frm=f"Keystone EDI <edi@{KRC}>",
        to="edi.intake@bluelakehealthplan.com",
        subject="275 batch 0419",
        body="Batch 0419 attached (1 transaction).",
        atts=(
            Att(
                "batch0419_275.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*KEYSTONE       *ZZ*BLUELAKE       *261020*1015*^*00501*000000419*0*P*:~"
                "GS*PI*KEYSTONE*BLUELAKE*20261020*1015*419*X*005010X210~ST*275*0001~BGN*11*7731205*20261020~"
                "NM1*QC*1*MARCHETTI*SILVANA****MI*BLH552871046~DTP*472*D8*20260914~"
                "CAT*AE*TX~OOI*OPERATIVE REPORT LAPAROSCOPIC CHOLECYSTECTOMY~SE*7*0001~GE*1*419~IEA*1*000000419~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EDI companion guide questions to payer",
        notes="Hard negative: X12 270 test file with declared test subscriber in the payer's test environment.",
        frm=f"Keystone EDI <edi@{KRC}>",
        to="edisupport@bluelakehealthplan.com",
        subject="Test 270 rejected in CERT environment",
        body="Our test 270 (TESTSUBSCRIBER, fixed test member ID from your companion guide) is rejected with AAA*Y**72. Can you check? File attached; ISA15 = T.",
        atts=(
            Att(
                "cert_test_270.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*KEYSTONE       *ZZ*BLUELAKE       *261019*0900*^*00501*000000001*0*T*:~"
                "GS*HS*KEYSTONE*BLUELAKE*20261019*0900*1*X*005010X279A1~ST*270*0001~"
                "NM1*IL*1*TESTSUBSCRIBER*ONE****MI*TEST00000001~SE*4*0001~GE*1*1~IEA*1*000000001~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Phone message follow-up to relative",
        notes="Hard positive: first name plus relationship plus test and result, sent to the daughter.",
        frm=OPS,
        to="kerrianne.foss@gmail.com",
        subject="Following up on your call",
        body=(
            "Hi Kerrianne,\n\nYou asked whether your dad Wally's biopsy report is in the package we sent. Yes - page 14, "
            "the prostate biopsy from 09/22 (Gleason 3+4). As his healthcare POA you're listed as the recipient.\n\nThanks,\nNoor"
        ),
    ),
    Spec(
        phi=False,
        category="Reply to a caller with no patient details",
        notes="Generic reply explaining how a relative can request records; no patient identified.",
        frm=OPS,
        to="marcus.bellingham@hotmail.com",
        subject="RE: How do I get my mother's records?",
        body="Hi Marcus,\n\nA family member can request records with a signed authorization from the patient, or with healthcare POA / executor paperwork. Please submit through portal.keystonerecordcopy.com and upload those documents. We can't discuss any specific patient by email.\n\nNoor",
    ),
    Spec(
        phi=True,
        category="Scanned request form OCR text sent to hospital",
        notes="Hard positive: OCR text of a scanned request form with garbled labels, still showing name, DOB and HIV result request.",
        frm=f"Keystone Operations <ops@{KRC}>",
        to="him@riverbendregional.org",
        subject="can't read this one - OCR attached",
        body="OCR of the faxed form is attached; can you confirm the DOB before we process?",
        atts=(
            Att(
                "ocr_fax_7731240.txt",
                "text/plain",
                "PATlENT NAME: Ekwueme, Chidinma   D0B: 0?/17/1979\nREC0RDS: lab - HlV viral load + CD4 2025-2026\nRELEASE T0: Dr Ames, Westside ID Clinic\nSlGNATURE: [illegible]\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Scanner maintenance note",
        notes="Hard negative: vendor ticket about scanner misfeeds mentioning 'patient charts' generically.",
        frm=f"Keystone IT <it@{KRC}>",
        to="support@docuscanpro.com",
        subject="Ticket 55102 - Fujitsu fi-7600 misfeeds",
        body="Our onsite scanner at Riverbend misfeeds thin paper from patient charts (about 1 in 40 pages). Serial number FI76-A01-88312. Can you send a new pick roller kit?",
    ),
    Spec(
        phi=True,
        category="Certification of records affidavit",
        notes="Certification PDF names the patient and states the oncology records produced.",
        frm=f"Keystone Legal Services <legal@{KRC}>",
        to="docket@harringtonwolfe.com",
        subject="Certification - subpoena 2026-CV-2277",
        body="Certification attached for the records produced yesterday.",
        atts=(
            Att(
                "certification_2026-CV-2277.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RECORD COPY SERVICES - CERTIFICATION OF RECORDS",
                        "I certify the attached 204 pages are true copies of the records of",
                        "Rosalind Achebe, DOB 07/30/1958, Riverbend Regional Oncology,",
                        "including chemotherapy administration records 01/2026-08/2026.",
                    ],
                    "Certification",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank certification template",
        notes="Hard negative: blank custodian affidavit template with bracketed placeholders.",
        frm=f"Keystone Legal Services <legal@{KRC}>",
        to=f"legal-team@{KRC}",
        subject="Updated affidavit template (PA)",
        body="New PA template attached; use this from 11/1.",
        atts=(
            Att(
                "affidavit_template_PA.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "AFFIDAVIT OF CUSTODIAN OF RECORDS",
                        "Patient: [PATIENT NAME]  DOB: [DOB]",
                        "Records: [DESCRIPTION]  Pages: [N]",
                        "Sworn before me on [DATE]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Workers comp FHIR Patient and Condition bundle",
        notes="Hard positive: terse body; FHIR bundle with patient, SSN and condition.",
        frm=f"Keystone EDI <edi@{KRC}>",
        to="api@badgerstatecomp.com",
        subject="bundle 7731260",
        body="per API outage, sending bundle by mail",
        atts=(
            Att(
                "bundle_7731260.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", '
                '"name": [{"family": "Lewandowski", "given": ["Tomasz"]}], "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "398-41-2076"}]}}, '
                '{"resource": {"resourceType": "Condition", "code": {"text": "Lumbar disc herniation L4-L5 (M51.26)"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday closure ics to clients",
        notes="Calendar invite for vendor office closure; no patient data.",
        frm=f"Keystone Account Management <am@{KRC}>",
        to="him@riverbendregional.org",
        subject="Keystone closed 11/26-11/27",
        body="Our processing center is closed for Thanksgiving. Onsite staff will not be at your facility.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-krc-closed@keystonerecordcopy.com\r\nDTSTAMP:20261019T120000Z\r\nDTSTART;VALUE=DATE:20261126\r\n"
            "DTEND;VALUE=DATE:20261128\r\nSUMMARY:Keystone closed - Thanksgiving\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Pickup appointment for patient's records",
        notes="Invite to a patient to pick up her sleep clinic records; name and clinic in event.",
        frm=OPS,
        to="gwendolyn.ashby@aol.com",
        subject="Pickup time for your records",
        body="Your records are ready for pickup at our Harrisburg counter. Bring photo ID.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-krc-pickup-7731301@keystonerecordcopy.com\r\nDTSTAMP:20261019T120000Z\r\nDTSTART:20261022T140000Z\r\n"
            "DTEND:20261022T143000Z\r\nSUMMARY:Pickup - Gwendolyn Ashby - Riverbend Sleep Center polysomnography records\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded courier tracking update",
        notes="Forward of a courier notice with tracking number for a box of records; no patient identifiers.",
        frm=f"Keystone Operations <ops@{KRC}>",
        to="him@riverbendregional.org",
        subject="FW: Delivery exception",
        body="FYI the box of returned originals is delayed a day.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="UPS Quantum View <mcinfo@ups-notify.com>",
            to=f"ops@{KRC}",
            subject="Delivery exception 1Z88X41E0392811047",
            body="Your package 1Z88X41E0392811047 will be delivered 10/21 due to weather delays.",
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded requester email with patient and request",
        notes="Hard positive: forward of a patient's own email naming her and her miscarriage-related ER visit.",
        frm=f"Keystone Customer Care <care@{KRC}>",
        to="roi@riverbendregional.org",
        subject="FW: urgent request",
        body="Forwarding to Riverbend ROI since this needs a same-day release for her new OB. Authorization is in the portal.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Ines Harcourt <ines.harcourt@gmail.com>",
            to=f"care@{KRC}",
            subject="urgent request",
            body="Hello, I need my ER records from Sept 30 (miscarriage, ultrasound and bloodwork) sent to Dr. Ploeg before my appointment Thursday. Ines Harcourt, DOB 5/2/1993.",
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice relayed to client",
        notes="Hard negative: contrast-media drug shortage bulletin relayed to a client's radiology office; no patient.",
        frm=f"Keystone Account Management <am@{KRC}>",
        to="radiology.admin@harborviewortho.com",
        subject="FYI - iohexol shortage bulletin",
        body="Saw this on the ASHP list, thought your radiology team would want it: iohexol (Omnipaque) 350 supply constrained through Q1 2027; conserve for CT angiography.",
    ),
    Spec(
        phi=True,
        category="Invoice to patient for copies",
        notes="Invoice to patient's personal mailbox naming her and the dermatology pathology records copied.",
        frm=AR,
        to="hollis.strand@icloud.com",
        subject="Invoice for your records copy",
        body="Hi Hollis Strand, your copies of Riverbend Dermatology records (melanoma excision pathology, 07/2026) cost $6.50. Pay at portal.keystonerecordcopy.com.",
    ),
    Spec(
        phi=False,
        category="Price list to patients",
        notes="Generic patient pricing page in plain text; no individual.",
        frm=AR,
        to="frontdesk@harborviewortho.com",
        subject="Patient copy pricing (for your front desk)",
        body="Patients pay a flat $6.50 for electronic copies of their own records. Paper: per-page state rates. We never charge patients for records sent to another provider for care.",
    ),
    Spec(
        phi=True,
        category="QA rejection note with MRN and record type",
        notes="Hard positive: terse QA note to onsite staff with MRN and 'SUD notes' indicating Part 2 records were wrongly included.",
        frm=f"Keystone QA <qa@{KRC}>",
        to="priya.nand@keystonerecordcopy.com",
        subject="QA fail 7731190",
        body="7731190 / RR-0690012 - pp 33-41 are Part 2 SUD counseling notes (methadone clinic) - pull before release, consent doesn't cover.",
    ),
    Spec(
        phi=False,
        category="QA statistics email",
        notes="Hard negative: QA error rates by category across all requests; no individuals.",
        frm=f"Keystone QA <qa@{KRC}>",
        to=f"onsite-leads@{KRC}",
        subject="October QA - error rate 0.6%",
        body="Errors this month: wrong patient page 2, missing signature page 5, Part 2 content included 1, HIV content included 0. Overall 0.6% of 1,402 requests.",
    ),
    Spec(
        phi=True,
        category="Screenshot of request queue sent to vendor support",
        notes="Hard positive: IT ticket to a software vendor names a patient and her chemo infusion logs, with a screenshot named after her.",
        frm=f"Keystone IT <it@{KRC}>",
        to="support@releasetrack-software.com",
        subject="Queue stuck on one request",
        body="The request for Winifred Ng (chemo infusion logs, Riverbend) won't leave 'Awaiting auth'. Screenshot attached.",
        atts=(Att("queue_stuck_Winifred_Ng.png", "image/png", png(10, 6, (240, 240, 240))),),
    ),
    Spec(
        phi=False,
        category="Software vendor ticket without patient data",
        notes="Ticket about export error code with no patient information.",
        frm=f"Keystone IT <it@{KRC}>",
        to="support@releasetrack-software.com",
        subject="Export error E-4410 on PDF merge",
        body="Since v8.2 the PDF merge fails on files over 200 MB with E-4410. Logs attached on the portal ticket 33910.",
    ),
    Spec(
        phi=True,
        category="Medicare beneficiary request confirmation",
        notes="Confirmation to a Medicare plan naming a beneficiary with MBI and dialysis records.",
        frm=OPS,
        to="records.requests@sunrisemedicareadv.com",
        subject="Request 7731322 - records sent",
        body="Beneficiary: Cornelius Vandermeer, MBI 2KC7WN3PD58. Dialysis and nephrology records 2025-2026 sent via secure link.",
    ),
]
