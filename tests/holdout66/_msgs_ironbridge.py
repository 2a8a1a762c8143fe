"""Ironbridge Records & Courier (courier and records-scanning vendor): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import IRC, Att, Spec

OPS = f"Ironbridge Operations <ops@{IRC}>"

FHIR_DOCREF = """{
  "resourceType": "DocumentReference",
  "id": "irc-scan-B2207-0031",
  "status": "current",
  "type": {"text": "Operative report (scanned)"},
  "subject": {"display": "Cornelius Whitaker", "identifier": {"system": "urn:westburygeneral:mrn", "value": "WG-00918342"}},
  "date": "2026-09-14T15:02:00-05:00",
  "description": "Laparoscopic cholecystectomy 2019 - scanned from paper chart box 1184",
  "content": [{"attachment": {"contentType": "application/pdf", "title": "B2207-0031.pdf"}}]
}
"""

HL7_TEST = (
    "\r".join(
        [
            "MSH|^~\\&|IRC_INDEX|IRONBRIDGE|WG_HIM|WESTBURYGEN|202609140800||MDM^T02|IRCTEST01|T|2.5.1",
            "PID|1||TEST999^^^WG^MR||TESTPATIENT^DO NOT USE||19000101|U",
            "TXA|1|SCAN|TX|||||||||IRC-TEST-0001||||||AU",
            "OBX|1|TX|SCAN^Scanned document||Synthetic test document for index feed validation||||||F",
        ]
    )
    + "\r"
)

_client_request = Spec(
    phi=True,
    category="client re-scan request (forwarded)",
    notes="Client HIM lists patients whose charts need re-scanning.",
    frm="HIM Supervisor <him.supervisor@westburygeneral.org>",
    to=OPS,
    subject="Rescan needed",
    body="Please re-pull and rescan these charts, pages came through blank:\nWG-00877120 Leontyne Barker (oncology infusion records 2023)\nWG-00901455 Casimir Dobrev (psychiatry inpatient 2024)\nThanks, Yolanda",
)

MESSAGES = [
    Spec(
        phi=True,
        category="chain-of-custody PDF with chart list",
        notes="Chain-of-custody form listing patient names and MRNs of charts picked up.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="him@westburygeneral.org",
        subject="Pickup complete - custody form 26-0914-07",
        body="Signed custody form for today's pickup is attached. 3 charts, sealed tote T-4471.",
        atts=(
            Att(
                "custody_26-0914-07.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONBRIDGE RECORDS & COURIER - CHAIN OF CUSTODY 26-0914-07",
                        "Released by: Westbury General HIM   Received by: driver R. Acosta",
                        "WG-00918342  Whitaker, Cornelius   surgical chart 2019",
                        "WG-00920117  Lamonte, Priscilla    OB delivery record 2022",
                        "WG-00931904  Haskell, Bram         cardiology cath report 2025",
                    ],
                    "Custody",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="scanning batch index workbook",
        notes="Multi-sheet scan index with patient names, MRNs, DOBs and document types.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="him@westburygeneral.org",
        subject="Batch B-2207 index for QA",
        body="Index for batch B-2207 attached (tabs: documents, exceptions). Images are on the SFTP.",
        atts=(
            Att(
                "B-2207_index.xlsx",
                XLSX,
                xlsx(
                    {
                        "Documents": [
                            ["Doc ID", "MRN", "Patient", "DOB", "Doc type"],
                            [
                                "B2207-0031",
                                "WG-00918342",
                                "Whitaker, Cornelius",
                                "1951-02-08",
                                "Operative report",
                            ],
                            [
                                "B2207-0032",
                                "WG-00920117",
                                "Lamonte, Priscilla",
                                "1988-06-30",
                                "Delivery summary",
                            ],
                        ],
                        "Exceptions": [
                            ["Doc ID", "Issue"],
                            ["B2207-0040", "Torn page, manual review"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="delivery manifest CSV",
        notes="Hard positive: names tied to behavioral health and HIV clinic records only in the manifest CSV; body has none.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="roi@westburygeneral.org",
        subject="Delivered today",
        body="All 3 ROI packages delivered and signed for, manifest attached.",
        atts=(
            Att(
                "manifest_0915.csv",
                "text/csv",
                "package,patient,records,destination,signed_by,time\r\nP-55012,Alder Quintrell,Behavioral health records 2021-2024,Dunmore & Pike LLP,J. Pike,10:42\r\n"
                "P-55013,Nadia Ferrante,Infectious disease clinic (HIV) notes,Social Security DDS Columbus,front desk,11:30\r\n"
                "P-55014,Ogden Pryce,ED visit 2026-08-02,Keystone Mutual SIU,M. Hale,13:05\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OCR of scanned consent with SSN",
        notes="Hard positive: OCR text of scanned surgical consent with name, SSN and procedure.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="him@westburygeneral.org",
        subject="OCR confidence low on doc B2207-0044",
        body="OCR output attached. Please verify the signature line before we index it.",
        atts=(
            Att(
                "B2207-0044_ocr.txt",
                "text/plain",
                "CONSENT FOR OPERATION\nI, Marguerite Tolliver   SSN 531-07-2284\nconsent to: RIGHT TOTAL HIP ARTHR0PLASTY\nSurgeon: Dr. L. Haverford   Date 03/1l/2024\nSignature: ____illegible____\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of scanned pages to client",
        notes="Zip of scanned chart pages (text renditions) with patient name and pathology.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="him@westburygeneral.org",
        subject="Urgent rescans (expedited)",
        body="Expedited rescans attached as you asked.",
        atts=(
            Att(
                "expedited_rescans.zip",
                "application/zip",
                zipped(
                    {
                        "WG-00877120_p1.txt": "Leontyne Barker - Infusion record 2023-04-11: cycle 3 FOLFOX, neuropathy grade 1.\n",
                        "WG-00877120_p2.txt": "Leontyne Barker - Pathology: adenocarcinoma of sigmoid colon, pT3N1.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="misfiled document QC exception",
        notes="QC note naming a patient whose lab report was misfiled in another patient's chart.",
        frm=f"QC Lead <qc@{IRC}>",
        to="privacy@westburygeneral.org",
        subject="Misfile found during scanning",
        body=(
            "During QC of batch B-2207 we found a lab report for Norma Ackerly (DOB 09/21/1944, hepatitis C viral load) "
            "filed inside the chart of another patient (WG-00931904). We have not indexed it. Please advise."
        ),
    ),
    Spec(
        phi=True,
        category="home medication delivery confirmation",
        notes="Courier confirms delivery of insulin to named patient at home address.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="pharmacy@brookfieldmedpartners.com",
        subject="Delivery confirmation #D-88120",
        body="Delivered 2 boxes insulin glargine pens (cold chain) to Beatrice Olander, 14 Alder Ct, Westbury, 10:14. Patient signed.",
    ),
    Spec(
        phi=True,
        category="ROI shipment notice to attorney",
        notes="Attorney told that named client's PT and neurology referral records shipped.",
        frm=f"Release of Information <roi@{IRC}>",
        to="paralegal@dunmoreandpike-law.com",
        subject="Records shipped - Ybarra",
        body="Certified records for Celeste Ybarra from Brookfield Medical Partners (PT and neurology referrals, 41 pages) shipped today, tracking IRB-7740215.",
    ),
    Spec(
        phi=True,
        category="forwarded rescan list",
        notes="Hard positive: patient names, MRNs and psychiatry/oncology records only in the forwarded rfc822 message.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="nightshift@ironbridge-scanning-ops.com",
        subject="Fwd: Rescan needed",
        body="Night shift - please do these first. See below.",
        forward=_client_request,
    ),
    Spec(
        phi=True,
        category="MRN-only rescan list CSV",
        notes="Hard positive: standalone list of MRNs with patient names in attachment; body has no identifiers.",
        frm=f"QC Lead <qc@{IRC}>",
        to="him.supervisor@westburygeneral.org",
        subject="list",
        body="see attached",
        atts=(
            Att(
                "rescan_list.csv",
                "text/csv",
                "WG-00870012,Pell,Harriet\r\nWG-00870391,Sorensen,Vida\r\nWG-00871156,Mbeki,Thabo\r\nWG-00871900,Crane,Ottoline\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="proof-of-delivery image of dialysis supplies",
        notes="Hard positive: PNG file name ties a named recipient to home dialysis supplies.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="homeprograms@buckeyekidneycare.com",
        subject="POD",
        body="POD attached.",
        atts=(
            Att("POD_Hollis_Gerald_PD_dialysate_0915.png", "image/png", png(6, 6, (120, 160, 120))),
        ),
    ),
    Spec(
        phi=True,
        category="misdirected delivery incident report",
        notes="Incident report naming patient whose pathology slides were delivered to wrong clinic.",
        frm=f"Compliance <compliance@{IRC}>",
        to="privacy@stcatherineshospital.org",
        subject="Incident IRC-INC-2026-019",
        body=(
            "On 9/14 our driver delivered a sealed envelope containing pathology slides and the report for Quentin Ravel "
            "(breast biopsy, DOB 1/5/1977) to Pinecrest Family Medicine instead of Capital Oncology. Retrieved unopened at 16:20. "
            "Incident report attached to follow."
        ),
    ),
    Spec(
        phi=True,
        category="records request status to patient gmail",
        notes="Patient's personal email told status of her cardiology records request.",
        frm=f"Release of Information <roi@{IRC}>",
        to="bettina.roarke@gmail.com",
        subject="Your records request",
        body="Hi Bettina,\n\nYour request for your cardiology records (echo and stress test, 2025) from Riverside Cardiology is being processed; expect the encrypted link within 5 business days.\n\nIronbridge ROI on behalf of Riverside Cardiology",
    ),
    Spec(
        phi=True,
        category="certificate of destruction with chart list",
        notes="Destruction certificate DOCX listing patient names, DOBs and record types.",
        frm=f"Compliance <compliance@{IRC}>",
        to="him@westburygeneral.org",
        subject="Certificate of destruction - exception charts",
        body="Certificate attached for the 2 exception charts destroyed under your instruction.",
        atts=(
            Att(
                "COD_exceptions.docx",
                DOCX,
                docx(
                    [
                        "IRONBRIDGE RECORDS & COURIER - CERTIFICATE OF DESTRUCTION",
                        "Fenwick, Adela - DOB 1938-12-02 - inpatient chart 2009 (stroke admission)",
                        "Oduya, Samuel - DOB 1961-03-17 - dialysis unit records 2010",
                        "Method: cross-cut shred, witnessed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DocumentReference for scanned op report",
        notes="FHIR DocumentReference with patient name, MRN and cholecystectomy.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="fhir@westburygeneral.org",
        subject="DocumentReference irc-scan-B2207-0031",
        body="Resource attached for manual load.",
        atts=(Att("irc-scan-B2207-0031.json", "application/fhir+json", FHIR_DOCREF),),
    ),
    Spec(
        phi=True,
        category="HTML oncology pharmacy delivery alert",
        notes="Hard positive: HTML-only delivery alert to patient's personal mailbox from an oncology pharmacy.",
        frm=f"Ironbridge Deliveries <notify@{IRC}>",
        to="w.ashgrove58@hotmail.com",
        subject="Your delivery is on the way",
        body="",
        html="<html><body><p>Hello Wendell,</p><p>Your package from <b>Brookfield Oncology Specialty Pharmacy</b> (refrigerated, signature required) is out for delivery to 2810 Quarry Rd today between 1 and 3 PM.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="driver note terse specimen handoff",
        notes="Hard positive: terse driver note with patient surname, room and STAT specimen.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="lab.receiving@stcatherineshospital.org",
        subject="stat drop",
        body="dropped CSF tubes x4 for Yusuf rm 612 at 15:52, handed to Kim at window",
    ),
    Spec(
        phi=True,
        category="Medicare ADR records upload notice",
        notes="Reply to a Medicare audit contractor naming the patient, her MBI and a CHF inpatient stay.",
        frm=f"Release of Information <roi@{IRC}>",
        to="records@medicareauditcontractor-region5.com",
        subject="ADR records pickup confirmation",
        body="For ADR 26-4471: records for Eulalia Brandt, MBI: 7CN2-D54-RA61, inpatient stay for CHF exacerbation, will be uploaded via esMD by Friday.",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="courier services invoice PDF",
        notes="Invoice with stop counts; no patients.",
        frm=f"Ironbridge Billing <billing@{IRC}>",
        to="ap@westburygeneral.org",
        subject="Invoice IRC-2026-0831",
        body="August invoice attached.",
        atts=(
            Att(
                "IRC-2026-0831.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONBRIDGE RECORDS & COURIER - INVOICE IRC-2026-0831",
                        "Scheduled stops: 310 x $18",
                        "Boxes scanned: 42 x $96",
                        "Total: $9,612",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal DOCX",
        notes="Hard negative: business associate agreement template discussing PHI generically.",
        frm=f"Compliance <compliance@{IRC}>",
        to="contracts@summitimagingreaders.com",
        subject="BAA renewal for 2027",
        body="Redlined BAA attached for your counsel.",
        atts=(
            Att(
                "IRC_BAA_2027.docx",
                DOCX,
                docx(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT",
                        "Business Associate shall not use or disclose Protected Health Information other than as permitted.",
                        "Breach notification within 5 business days of discovery.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="route pickup schedule invite",
        notes="Recurring pickup time invite; no patients.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="lab.receiving@stcatherineshospital.org",
        subject="New pickup times from 9/21",
        body="Route 4 moves to 11:15 and 16:30.",
        atts=(
            Att(
                "route4.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IRC//EN\r\nBEGIN:VEVENT\r\nUID:irc-route4@ironbridgerecords.com\r\nDTSTAMP:20260914T120000Z\r\nDTSTART:20260921T161500Z\r\nDTEND:20260921T163000Z\r\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\nSUMMARY:Ironbridge route 4 pickup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="route change notice",
        notes="Operational notice.",
        frm=OPS,
        to="frontdesk@pinecrestfamilymed.com",
        subject="Bridge closure - delays Tues",
        body="The Main St bridge closes Tuesday; expect pickups 20-30 minutes late.",
    ),
    Spec(
        phi=False,
        category="box inventory workbook without patients",
        notes="Hard negative: multi-sheet box inventory by box ID and date range only.",
        frm=f"Storage <storage@{IRC}>",
        to="him@westburygeneral.org",
        subject="Offsite inventory Q3",
        body="Inventory attached.",
        atts=(
            Att(
                "inventory_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Boxes": [
                            ["Box", "Dept", "Years", "Destroy after"],
                            ["1184", "Surgery", "2017-2019", "2029"],
                            ["1185", "Radiology film jackets", "2012-2014", "2027"],
                        ],
                        "Totals": [["Dept", "Boxes"], ["Surgery", 212], ["Radiology", 95]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="tracking number SSN-shaped",
        notes="Hard negative: SSN-shaped string is a parcel tracking reference for office supplies.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="office@clearskydermatology.com",
        subject="Your toner delivery ref 604-19-2281",
        body="Your toner order (ref 604-19-2281) was left with reception at 9:05.",
    ),
    Spec(
        phi=False,
        category="HL7 MDM test message",
        notes="Hard negative: HL7 test message with synthetic TESTPATIENT and processing ID T.",
        frm=f"Scanning Center <scanning@{IRC}>",
        to="interfaces@westburygeneral.org",
        subject="Index feed test",
        body="Synthetic test MDM for the new index feed (TESTPATIENT, DO NOT USE).",
        atts=(Att("irc_test.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic",
        notes="Hard negative: employee vaccination clinic announcement; no individual health info.",
        frm=f"Ironbridge HR <hr@{IRC}>",
        to="drivers@ironbridge-staff.com",
        subject="Flu shots at the depot Thursday",
        body="Free flu shots at the depot Thursday 6-9 AM. Bring your badge. Required for hospital routes by 10/31.",
    ),
    Spec(
        phi=False,
        category="interview invitation to applicant",
        notes="Hiring mail to an applicant's personal mailbox; no health information.",
        frm=f"Ironbridge HR <hr@{IRC}>",
        to="deshawn.milbrook@gmail.com",
        subject="Interview - Document Scanning Technician",
        body="Hi DeShawn,\n\nThanks for applying for the second-shift Document Scanning Technician role ($19/hr). Can you come in Thursday at 3 PM? Bring photo ID; we run a background check before HIPAA training.\n\nIronbridge HR",
    ),
    Spec(
        phi=False,
        category="scanning SOP with field names",
        notes="Hard negative: SOP and blank templates listing index fields (patient name, MRN, DOB) without any values.",
        frm=f"QC Lead <qc@{IRC}>",
        to="him.supervisor@westburygeneral.org",
        subject="Updated indexing SOP",
        body="SOP v7 attached.",
        atts=(
            Att(
                "indexing_SOP_v7.txt",
                "text/plain",
                "INDEXING SOP v7\n1. Capture: Patient name, MRN, DOB, document type, date of service.\n2. Double-key MRN.\n3. Flag any page where MRN does not match the chart header.\n",
            ),
            Att(
                "index_templates.zip",
                "application/zip",
                zipped(
                    {
                        "index_template.csv": "doc_id,mrn,patient_name,dob,doc_type,dos\r\n",
                        "exceptions_template.csv": "doc_id,issue,reviewer\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA quiz for drivers",
        notes="Hard negative: HIPAA quiz sent to a contract driver's personal mailbox mentions lab results generically; no real patient.",
        frm=f"Compliance <compliance@{IRC}>",
        to="tcarraway.drives@yahoo.com",
        subject="Monthly HIPAA quiz",
        body="Q1: A clinic hands you an unsealed envelope with lab results. What do you do? Q2: Can you leave a records box at a locked door? Answers due Friday.",
    ),
    Spec(
        phi=False,
        category="SLA performance CSV",
        notes="Hard negative: aggregate on-time and scanning accuracy metrics.",
        frm=OPS,
        to="vendor-mgmt@stcatherineshospital.org",
        subject="August SLA report",
        body="SLA metrics attached.",
        atts=(
            Att(
                "sla_aug.csv",
                "text/csv",
                "metric,target,actual\r\nOn-time pickups,98%,98.6%\r\nScan accuracy,99.5%,99.7%\r\nStat deliveries < 60 min,95%,96.1%\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="specimen cooler temperature log",
        notes="Hard negative: cooler temperature log by bag ID; no patients.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="lab.receiving@stcatherineshospital.org",
        subject="Temp excursion? cooler C-12",
        body="Cooler C-12 logged 9.1 C at 14:20 for 6 minutes. Bags 88-401 to 88-409. Your call whether to reject.",
    ),
    Spec(
        phi=False,
        category="scanning quote to dental office",
        notes="Sales quote.",
        frm=f"Sales <sales@{IRC}>",
        to="manager@smilesofwestbury.com",
        subject="Quote: backfile scanning",
        body="For ~60 boxes of backfile charts: $94/box scanning + indexing, secure shred included. Valid 30 days.",
    ),
    Spec(
        phi=False,
        category="holiday closure HTML",
        notes="HTML-only holiday notice.",
        frm=OPS,
        to="clients@ironbridge-clientnews.com",
        subject="Holiday schedule",
        body="",
        html="<html><body><p>Ironbridge will run STAT routes only on Thanksgiving Day. Normal service resumes Friday.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="clinic pickup address list",
        notes="Hard negative: clinic and physician names with addresses; providers, not patients.",
        frm=f"Driver Dispatch <dispatch@{IRC}>",
        to="routing@ironbridge-staff.com",
        subject="Route 7 stops",
        body="Route 7:\n1. Riverside Cardiology - Dr. Amos Kettering, 220 River Rd\n2. Clearsky Dermatology, 18 Elm Plaza\n3. Capital Oncology - Dr. Sunita Varma, 5 Medical Pkwy Suite 300",
    ),
    Spec(
        phi=False,
        category="box-level destruction certificate PDF",
        notes="Hard negative: destruction certificate listing only box numbers and departments.",
        frm=f"Compliance <compliance@{IRC}>",
        to="him@westburygeneral.org",
        subject="Certificate of destruction - boxes 0901-0950",
        body="Certificate attached.",
        atts=(
            Att(
                "COD_0901-0950.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONBRIDGE RECORDS & COURIER - CERTIFICATE OF DESTRUCTION",
                        "Boxes 0901-0950 (Medical Records, years 2005-2008)",
                        "Destroyed 09/11/2026, witnessed.",
                    ],
                    "COD",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fleet maintenance",
        notes="Vendor mail about vans.",
        frm=f"Fleet <fleet@{IRC}>",
        to="service@columbusfleetrepair.com",
        subject="Van 14 reefer unit",
        body="Van 14's reefer unit isn't holding 2-8 C. Plate OH-IRC14. Can you look at it tomorrow 7 AM?",
    ),
    Spec(
        phi=False,
        category="forwarded pricing thread",
        notes="Forwarded message about price increase; no patients.",
        frm=f"Sales <sales@{IRC}>",
        to="procurement@stcatherineshospital.org",
        subject="Fwd: 2027 pricing",
        body="Forwarding our internal note so you have the context. Happy to discuss.",
        forward=Spec(
            phi=False,
            category="internal pricing note",
            notes="Pricing.",
            frm=f"CFO <cfo@{IRC}>",
            to=f"sales@{IRC}",
            subject="2027 pricing",
            body="Fuel surcharge goes to 6.5%; hold stop price at $18 for hospital clients.",
        ),
    ),
]
