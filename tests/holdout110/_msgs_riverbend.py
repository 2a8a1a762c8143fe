"""Riverbend Regional Medical Center, Health Information Management / Release of Information (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, encrypted_zip, pdf, png, xlsx
from _spec import RRM, Att, Spec

ROI = f"Release of Information <roi@{RRM}>"
HIM = f"HIM Department <him@{RRM}>"

MESSAGES = [
    Spec(
        phi=True,
        category="ROI fulfilment notice to patient personal mailbox",
        notes="Patient's gmail told her records of her October 3 appendectomy admission are ready, with MRN.",
        frm=ROI,
        to="delphine.okafor88@gmail.com",
        subject="Your records request is ready",
        body=(
            "Dear Ms. Okafor,\n\nThe copies you requested of your inpatient stay (MRN RR-0448172, "
            "admitted 10/03/2026 for laparoscopic appendectomy) are ready. You can pick them up at "
            "the HIM window, Level 1, or we can mail them to the address on file.\n\n"
            "Riverbend Regional Medical Center - Release of Information\n(608) 555-0142"
        ),
    ),
    Spec(
        phi=False,
        category="ROI office holiday hours notice",
        notes="General notice of HIM window hours; no individual.",
        frm=HIM,
        to=f"all-clinic-managers@{RRM}",
        subject="HIM window hours - week of Thanksgiving",
        body=(
            "Hi all,\n\nThe HIM walk-in window will close at 2 pm on Wed 11/25 and be closed 11/26-11/27. "
            "Electronic requests through the portal are processed as usual.\n\nThanks,\nMarisol Bento\nHIM Operations Supervisor"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT resend to outside HIE",
        notes="Hard positive: one-line body; patient identity and admission only in the attached HL7 ADT message.",
        frm=f"Interface Team <interfaces@{RRM}>",
        to="onboarding@statehie-connect.org",
        subject="Resend per ticket 88213",
        body="Resending the message that failed validation. Fixed PV1-3.\n-- interfaces",
        atts=(
            Att(
                "adt_resend_88213.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|EPIC|RRMC|HIE|STATE|202610191402||ADT^A01|88213|P|2.5.1\r"
                "PID|1||RR-0391157^^^RRMC^MR||VANTERPOOL^AUGUST^K||19570412|M|||118 Cobble Ln^^Baraboo^WI^53913||(608) 555-0167\r"
                "PV1|1|I|4W^412^B||||1805513862^KHOURY^NADIA|||MED||||||||IN0009921\r"
                "DG1|1||I50.23^Acute on chronic systolic heart failure^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: HL7 sample uses the declared test patient ZZTEST^INTERFACE in the non-production feed.",
        frm=f"Interface Team <interfaces@{RRM}>",
        to="integration@chartvault-ehr.com",
        subject="TEST feed sample - ADT A08 (non-prod)",
        body=(
            "Attached is the sample A08 for the TEST channel. The patient is our standing test "
            "record ZZTEST, INTERFACE (not a real person); please use it for the mapping review only."
        ),
        atts=(
            Att(
                "sample_A08_TEST.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|EPIC|RRMC|CVLT|CVLT|202610200900||ADT^A08|T0001|T|2.5.1\r"
                "PID|1||TEST000001^^^RRMC^MR||ZZTEST^INTERFACE||19000101|U\r"
                "PV1|1|O|TESTCLINIC\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Continuity of care document to skilled nursing facility",
        notes="Hard positive: short cover note; name, DOB and discharge problems only inside the attached C-CDA.",
        frm=HIM,
        to="admissions@willowcrestsnf.com",
        subject="CCD for incoming transfer",
        body="Per your call this morning, the CCD is attached. Direct message failed twice so sending here.\n\nHIM - Riverbend",
        atts=(
            Att(
                "transfer_ccd.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Continuity of Care Document</title>'
                '<recordTarget><patientRole><id extension="RR-0527730" root="2.16.840.1.113883.3.9921"/>'
                "<patient><name><given>Harriet</given><family>Quisenberry</family></name>"
                '<birthTime value="19390216"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Left hip fracture s/p ORIF 10/14/2026; "
                "Alzheimer dementia; CKD stage 3b</text></section></component></ClinicalDocument>",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ROI fee schedule sent to law firm",
        notes="Hard negative: state-allowed per-page copy fees sent to a law firm; no patient named.",
        frm=ROI,
        to="records@marlowteaguelaw.com",
        subject="RE: Current copy fees",
        body=(
            "Good afternoon,\n\nOur fees under Wis. Stat. 146.83 for 2026: $0.96/page for the first 25 pages, "
            "$0.72/page for 26-50, $0.48 for 51-100, $0.29 above 100; $8.00 certification; "
            "retrieval fee $22.88. Electronic copies to patients are capped at $6.50.\n\n"
            "We cannot quote a total until a specific request is logged.\n\nRelease of Information Team"
        ),
    ),
    Spec(
        phi=True,
        category="Authorization deficiency letter to patient",
        notes="Letter to patient's yahoo mailbox naming her and her behavioral health records request being rejected for missing signature.",
        frm=ROI,
        to="t.brzezinski@yahoo.com",
        subject="Your authorization could not be processed",
        body=(
            "Dear Teodora Brzezinski,\n\nWe received your request to send your outpatient psychiatry notes "
            "(Dr. Sandoval, 2024-2026) to your new therapist. Because these are psychotherapy-related records, "
            "the authorization must be signed and dated by you and must name the specific records. "
            "The form we received was unsigned. Please complete the enclosed form and return it.\n\n"
            "Release of Information, Riverbend Regional Medical Center"
        ),
        atts=(
            Att(
                "authorization_form_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND REGIONAL MEDICAL CENTER",
                        "Authorization for Use and Disclosure of Health Information",
                        "Patient name: ____________  Date of birth: ________",
                        "Records to release: ____________________________",
                        "Signature: _________________  Date: __________",
                    ],
                    "Authorization form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank authorization form distributed to clinics",
        notes="Hard negative: blank ROI authorization form with empty fields for name, DOB and diagnosis.",
        frm=HIM,
        to=f"clinic-frontdesk@{RRM}",
        subject="Updated authorization form (rev. 10/2026) - please discard old stock",
        body=(
            "The revised authorization form is attached. Changes: added a checkbox for substance use "
            "disorder (Part 2) records and HIV test results, and an expiration-date line. Please "
            "recycle old forms.\n\nMarisol"
        ),
        atts=(
            Att(
                "ROI_authorization_rev2026-10.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND REGIONAL MEDICAL CENTER - AUTHORIZATION (REV 10/2026)",
                        "Patient name: ______________________ MRN: __________",
                        "Date of birth: __/__/____   Phone: ______________",
                        "[ ] HIV/AIDS results  [ ] Mental health  [ ] SUD (42 CFR Part 2)",
                        "Expiration date: __________",
                    ],
                    "Authorization form rev 2026-10",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subpoena response cover letter with patient and date range",
        notes="Cover letter to county court clerk naming patient, DOB and ED visit records produced under subpoena.",
        frm=ROI,
        to="clerk.civil@dane-county-courts.gov",
        subject="Subpoena duces tecum - Case 2026CV001874 - records produced",
        body=(
            "Clerk of Court,\n\nIn response to the subpoena in Pellegrino v. Ostrander Freight, 2026CV001874, "
            "enclosed are certified emergency department records for Luca Pellegrino, DOB 06/22/1984, "
            "for dates of service 03/11/2026 through 03/14/2026 (47 pages), with the custodian affidavit.\n\n"
            "Janelle Hruska, RHIA\nCustodian of Records"
        ),
    ),
    Spec(
        phi=False,
        category="Subpoena process training slide deck note",
        notes="Hard negative: internal training on subpoena handling using invented placeholder 'Patient A'; no individual.",
        frm=HIM,
        to=f"him-staff@{RRM}",
        subject="Friday huddle: subpoenas vs. court orders",
        body=(
            "Reminder for Friday: a subpoena signed only by an attorney is NOT enough on its own. We need "
            "either the patient's authorization, a court order, or satisfactory assurance of notice "
            "(164.512(e)). Example we'll walk through: 'Patient A, ED visit, subpoena from plaintiff counsel, "
            "no notice letter' - what do you do?\n\nHIV, mental health and AODA records need a court order in Wisconsin."
        ),
    ),
    Spec(
        phi=True,
        category="Accounting of disclosures sent to patient",
        notes="Hard positive: accounting of disclosures spreadsheet (name only on the cover sheet) listing disclosures of the patient's records to a health department and court.",
        frm=f"Privacy Office <privacy@{RRM}>",
        to="gunnar.lindqvist@outlook.com",
        subject="Accounting of disclosures you requested",
        body="Mr. Lindqvist,\n\nAs requested, the accounting of disclosures for the past six years is attached.\n\nPrivacy Office",
        atts=(
            Att(
                "accounting_of_disclosures.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Cover": [
                            ["Patient", "Gunnar Lindqvist"],
                            ["MRN", "RR-0217664"],
                            ["Period", "2020-10-01 to 2026-10-01"],
                        ],
                        "Disclosures": [
                            ["Date", "Recipient", "Purpose", "Description"],
                            [
                                "2022-02-09",
                                "Wisconsin DHS",
                                "Public health reporting",
                                "Positive TB skin test / IGRA",
                            ],
                            [
                                "2025-07-30",
                                "Sauk County Circuit Court",
                                "Court order",
                                "ED records 2025-06-02",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Monthly ROI volume report",
        notes="Hard negative: aggregate multi-sheet ROI request counts by requester type and turnaround; no patients.",
        frm=HIM,
        to=f"hic-leadership@{RRM}",
        subject="ROI dashboard - September 2026",
        body="September numbers attached. Turnaround improved to 4.1 days median; attorney requests up 12%.",
        atts=(
            Att(
                "roi_dashboard_2026-09.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "By requester": [
                            ["Requester", "Requests", "Pages"],
                            ["Patient", 412, 9140],
                            ["Attorney", 233, 21877],
                            ["Insurer", 188, 6402],
                            ["SSA/DDS", 97, 8813],
                        ],
                        "Turnaround": [
                            ["Metric", "Value"],
                            ["Median days", 4.1],
                            ["90th pct days", 11],
                            ["Over 30 days", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Record amendment denial letter",
        notes="Letter to patient naming him and the disputed diagnosis of alcohol use disorder in his chart.",
        frm=f"Privacy Office <privacy@{RRM}>",
        to="rory.mcelhinney@icloud.com",
        subject="Response to your amendment request",
        body=(
            "Dear Mr. McElhinney,\n\nYou asked us to remove the diagnosis 'alcohol use disorder, moderate (F10.20)' "
            "from your 08/17/2026 emergency visit note. After review with Dr. Faraday, the treating physician, "
            "we are denying the amendment because the note is accurate and complete as written. You may submit "
            "a statement of disagreement, which we will append to your record.\n\nPrivacy Office"
        ),
    ),
    Spec(
        phi=False,
        category="Vendor BAA renewal with records copy service",
        notes="Contract renewal between hospital and copy vendor; no patient information.",
        frm=f"Contracts <contracts@{RRM}>",
        to="accounts@keystonerecordcopy.com",
        subject="BAA renewal - signature page",
        body=(
            "Hi Dev,\n\nAttached is the countersigned business associate agreement renewal running through "
            "12/31/2028. Section 7 (breach notice within 5 business days) is unchanged.\n\nRegards,\nOlu Adebayo\nContracts Manager"
        ),
        atts=(
            Att(
                "BAA_Keystone_2026_signature.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT - RENEWAL",
                        "Covered Entity: Riverbend Regional Medical Center",
                        "Business Associate: Keystone Record Copy Services, LLC",
                        "Term: January 1, 2027 through December 31, 2028",
                        "Signed: Olu Adebayo, Contracts Manager",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted record package to patient's new physician",
        notes="Hard positive: body names the patient and says her cardiology records are in the protected zip (password sent separately).",
        frm=ROI,
        to="records@lakeshorecardiologygroup.com",
        subject="Records for transfer of care",
        body=(
            "Hello,\n\nPer the signed authorization, attached are the cardiology records for Priyanka Venkataraman "
            "(echo 09/2026, Holter, clinic notes). The zip is password-protected; password to follow by phone.\n\nROI"
        ),
        atts=(
            Att(
                "records_venkataraman.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "echo_2026-09-08.txt": "Echo: LVEF 38%, moderate MR. Patient: Priyanka Venkataraman DOB 1971-11-30",
                        "holter.txt": "Holter 48h: paroxysmal AF, 6% burden",
                    },
                    "Rv!2026-transfer",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Records retention destruction certificate",
        notes="Hard negative: certificate of destruction for boxes by box number and date range; no patient names.",
        frm=HIM,
        to="service@shredsecure-midwest.com",
        subject="Destruction certificate received - thanks",
        body=(
            "Thanks, we received the certificate for pickup 10/16: 42 boxes, record years 1996-2005, "
            "box IDs B-1996-001 through B-2005-042, destroyed per our retention schedule. No further action.\n\nMarisol"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded misdirected fax notice to privacy officer of other hospital",
        notes="Hard positive: forward of a misdirected fax note naming a patient and his dialysis schedule.",
        frm=f"Privacy Office <privacy@{RRM}>",
        to="privacy@stmaryslodi.org",
        subject="FW: fax received in error",
        body="Bjorn - this came to our HIM fax but belongs to your dialysis unit. We have destroyed the paper copy. Details below.\n\nKatrin",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=HIM,
            to=f"privacy@{RRM}",
            subject="fax in error",
            body=(
                "Fax received 10/20 07:12 from St. Mary's Lodi dialysis: schedule change for Edwin Akintola, "
                "hemodialysis MWF moving to TTS chair 6, dry weight 81.5 kg. Not our patient."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIM job posting",
        notes="Hard negative: job posting for ROI specialist listing duties with PHI vocabulary; no individual.",
        frm=f"Talent Acquisition <careers@{RRM}>",
        to="postings@wihealthjobs.org",
        subject="Posting: Release of Information Specialist II (1.0 FTE)",
        html=(
            "<html><body><h2>Release of Information Specialist II</h2><p>Process requests for medical records "
            "from patients, attorneys, insurers and SSA; validate HIPAA authorizations; redact HIV, substance use "
            "and psychotherapy content as required.</p><ul><li>RHIT preferred</li><li>2 years ROI experience</li>"
            "</ul><p>Apply at riverbendregional.org/careers</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="HTML records portal notification with name and visit",
        notes="HTML-only portal notice naming patient and her oncology infusion records being released.",
        frm=f"MyRiverbend Records <noreply@{RRM}>",
        to="annabel.whitcomb@gmail.com",
        subject="Your requested records were released",
        html=(
            "<html><body><p>Hi Annabel Whitcomb,</p><p>Records from your <b>Oncology Infusion Center</b> visits "
            "(06/02/2026 - 09/29/2026) were released to <b>Blue Lake Health Insurance</b> on 10/19/2026 per your "
            "authorization.</p><p>Questions? Call (608) 555-0142.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="Newsletter on new patient portal records download",
        notes="HTML-only marketing-style announcement to all patients; no condition or individual.",
        frm=f"MyRiverbend <news@{RRM}>",
        to="patient-news-list@lists.riverbendregional.org",
        subject="New: download your whole chart in one click",
        html=(
            "<html><body><h1>Your records, your way</h1><p>Starting November you can download your full record "
            "from MyRiverbend as a PDF or share it with another provider using a secure link.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="Disability insurer records release with diagnosis in filename",
        notes="Hard positive: body only gives claim number; attached PDF named with patient and diagnosis.",
        frm=ROI,
        to="ltd.claims@northstar-mutual.com",
        subject="Claim LTD-55-290114 records",
        body="Records attached per authorization received 10/09. Invoice to follow.",
        atts=(
            Att(
                "Ferreira_Joaquim_MS_neurology_notes.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND REGIONAL MEDICAL CENTER - NEUROLOGY",
                        "Patient: Joaquim Ferreira  MRN RR-0602215",
                        "Dx: Relapsing-remitting multiple sclerosis (G35)",
                        "Plan: continue ocrelizumab q6 months",
                    ],
                    "Neurology notes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician directory with specialties to copy vendor",
        notes="Hard negative: physician names, specialties and NPIs for signature verification; clinicians are not patients.",
        frm=HIM,
        to="qa@keystonerecordcopy.com",
        subject="Signing providers list for certification checks",
        body=(
            "For your QA of chart completeness - providers who can sign record certifications:\n\n"
            "Nadia Khoury, MD - Cardiology - NPI 1805513862\n"
            "Ezra Faraday, DO - Emergency Medicine - NPI 1520811393\n"
            "Lucia Sandoval, MD - Psychiatry - NPI 1332542483\n\nHIM"
        ),
    ),
    Spec(
        phi=True,
        category="Deceased patient records to estate executor",
        notes="Letter to executor about releasing her late father's hospice records, naming him and date of death.",
        frm=ROI,
        to="mirela.dragomir.law@gmail.com",
        subject="Records of Constantin Dragomir",
        body=(
            "Ms. Dragomir,\n\nWe have your letters testamentary. The hospice and inpatient records of your father, "
            "Constantin Dragomir (died 09/04/2026 at Riverbend, pancreatic cancer), will be mailed to you within 10 business days.\n\nROI"
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination compliance reminder",
        notes="Hard negative: staff notice about flu vaccine deadline with aggregate compliance; no individual.",
        frm=f"Employee Health <employeehealth@{RRM}>",
        to=f"him-staff@{RRM}",
        subject="HIM flu shot compliance 78% - deadline 11/15",
        body="HIM is at 78% for flu vaccination. Walk-in clinic in the cafeteria Tue/Thu 7-10. Declinations go through the portal.",
    ),
    Spec(
        phi=True,
        category="FHIR DocumentReference sent to payer",
        notes="Hard positive: terse body; patient name, member ID and discharge summary reference inside FHIR JSON.",
        frm=f"Interface Team <interfaces@{RRM}>",
        to="attachments@bluelakehealthplan.com",
        subject="payer attachment 2026-10-20",
        body="see attached",
        atts=(
            Att(
                "docref_8841.json",
                "application/fhir+json",
                '{"resourceType": "DocumentReference", "status": "current", "type": {"text": "Discharge summary"}, '
                '"subject": {"display": "Wendell Osei", "identifier": {"system": "urn:bluelake:member", "value": "BLH448120937"}}, '
                '"description": "Discharge 10/15/2026 after COPD exacerbation (J44.1)"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement sent to vendor",
        notes="Hard negative: FHIR CapabilityStatement JSON describing endpoints; no patient data.",
        frm=f"Interface Team <interfaces@{RRM}>",
        to="integration@chartvault-ehr.com",
        subject="Our FHIR metadata",
        body="Here is our /metadata for the ROI API pilot.",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                '{"resourceType": "CapabilityStatement", "status": "active", "kind": "instance", "fhirVersion": "4.0.1", '
                '"rest": [{"mode": "server", "resource": [{"type": "DocumentReference"}, {"type": "Patient"}]}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="School nurse records release with first name and relationship",
        notes="Hard positive: reply to a school naming a student, her mother and her asthma action plan.",
        frm=ROI,
        to="nurse.office@pinecrestelementary.k12.wi.us",
        subject="RE: Maya's forms",
        body=(
            "Hi Mrs. Dahl,\n\nMaya Thorsby's mom signed the release, so the asthma action plan from her 10/12 "
            "pulmonology visit (albuterol 2 puffs before recess, Flovent 44 BID) is attached as a text file.\n\nROI"
        ),
        atts=(
            Att(
                "asthma_action_plan.txt",
                "text/plain",
                "Green zone: Flovent 44 mcg 2 puffs BID\nYellow: albuterol 2-4 puffs q4h\nRed: call 911\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Redaction procedure text file",
        notes="Hard negative: procedure listing record types that need redaction; no patient.",
        frm=HIM,
        to=f"roi-team@{RRM}",
        subject="Redaction checklist v3",
        body="Checklist attached; please print for your desk.",
        atts=(
            Att(
                "redaction_checklist_v3.txt",
                "text/plain",
                "1. HIV test results - require specific consent\n2. AODA / Part 2 program notes - separate consent\n"
                "3. Psychotherapy notes - never released without separate authorization\n4. Other patients' names in nursing notes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appointment invite for in-person record review",
        notes="Calendar invite for a patient to review her labor and delivery records with HIM; name in summary.",
        frm=HIM,
        to="sunniva.halvorsen@hotmail.com",
        subject="Record review appointment",
        body="Ms. Halvorsen, here is your appointment to review your labor and delivery records with a HIM specialist.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend HIM//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-rr-review-001@riverbendregional.org\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261027T150000Z\r\n"
            "DTEND:20261027T160000Z\r\nSUMMARY:Sunniva Halvorsen - review L&D records (delivery 08/30/2026)\r\n"
            "LOCATION:HIM Room 1-114\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Calendar invite for HIM quarterly meeting; no patients.",
        frm=HIM,
        to=f"him-staff@{RRM}",
        subject="HIM quarterly all-hands",
        body="Agenda: CDI metrics, ROI backlog, new scanning vendor.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend HIM//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h110-rr-allhands@riverbendregional.org\r\nDTSTAMP:20261019T150000Z\r\nDTSTART:20261105T190000Z\r\n"
            "DTEND:20261105T200000Z\r\nSUMMARY:HIM quarterly all-hands\r\nLOCATION:Conf B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Scanned wound photo sent to records requester",
        notes="Hard positive: subject gives only an MRN and the body mentions the wound clinic; patient name and ulcer are in the image file name.",
        frm=ROI,
        to="medrecords@kessingerpt.com",
        subject="Image for MRN RR-0773401",
        body="The wound clinic image you asked for is attached (only one in the chart).",
        atts=(
            Att(
                "Yarborough_Dennis_sacral_ulcer_stage3_2026-10-02.png",
                "image/png",
                png(6, 6, (180, 90, 90)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Logo image for letterhead sent to vendor",
        notes="PNG logo for printed letterhead; nothing about patients.",
        frm=f"Marketing <marketing@{RRM}>",
        to="print@keystonerecordcopy.com",
        subject="Riverbend logo for cover sheets",
        body="Use this on the certification cover sheet starting next month. Pantone 541.",
        atts=(Att("riverbend_logo_541.png", "image/png", png(8, 4, (0, 63, 135))),),
    ),
    Spec(
        phi=True,
        category="Terse internal-to-external note on SSA disability request",
        notes="Hard positive: abbreviated note to SSA DDS naming claimant with last-4 SSN and psych admit dates.",
        frm=ROI,
        to="dds.records@ssa-dds-wi.gov",
        subject="re: CE req",
        body="Kowalczyk, Irena - SSN xxx-xx-4471 - inpt psych 7/2-7/19/26 + 8/30-9/6/26 - 112 pp sent via ERE this AM.",
    ),
    Spec(
        phi=False,
        category="SSN-shaped invoice number to finance",
        notes="Hard negative: invoice reference formatted like an SSN; purely billing between hospital and vendor, no patient.",
        frm=f"HIM Finance <himfinance@{RRM}>",
        to="ar@keystonerecordcopy.com",
        subject="Remittance for invoice 412-77-0935",
        body="Paid today by ACH: invoice 412-77-0935 ($4,118.20, September copy services). Ref batch 2026-10-20-A.",
    ),
    Spec(
        phi=True,
        category="Workers compensation records release to employer's carrier",
        notes="Release to comp carrier naming employee, injury and MRI finding.",
        frm=ROI,
        to="claims.intake@badgerstatecomp.com",
        subject="WC claim 26-WC-30418 - Tomasz Lewandowski",
        body=(
            "Attached per the WC statutory release: ED and ortho records for Tomasz Lewandowski, DOI 09/28/2026. "
            "MRI L-spine 10/06 shows L4-5 disc extrusion; PT 3x/week ordered.\n\nROI"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified extract for research with IRB letter",
        notes="Hard negative: de-identified (Safe Harbor) readmission extract with ages in bands and 3-digit ZIPs.",
        frm=f"HIM Data Services <himdata@{RRM}>",
        to="research.core@uwmadison-hsr.edu",
        subject="De-identified readmissions extract (IRB 2026-0412)",
        body="Safe Harbor extract attached; study IDs are random and the key stays with us.",
        atts=(
            Att(
                "readmit_deid.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Data": [
                            ["StudyID", "AgeBand", "ZIP3", "Year", "Dx", "Readmit30"],
                            ["S0001", "60-69", "537", 2025, "I50.9", "Y"],
                            ["S0002", "70-79", "539", 2025, "J44.1", "N"],
                        ],
                        "Readme": [
                            ["Note"],
                            ["Safe Harbor: no dates except year, ZIP3 only, ages >89 grouped"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Legal hold notice for employee dispute",
        notes="Legal hold about an HR matter; names staff only, no patient or health information.",
        frm=f"Legal Affairs <legal@{RRM}>",
        to=f"him-managers@{RRM}",
        subject="Litigation hold - Bellweather v. Riverbend (employment)",
        body="Please preserve all email and chat of HIM supervisors from 01/2025 onward regarding scheduling of Ms. Bellweather. This is an employment matter; no patient records are involved.",
    ),
]
