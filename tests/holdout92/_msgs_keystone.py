"""Keystone Legal Records, a subpoena and legal record-retrieval service (37)."""
# ruff: noqa: E501  (hand-written mail text: its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import KLR, Att, Spec

ORD = f"Keystone Orders <orders@{KLR}>"
SIG = (
    "\n\nKeystone Legal Records, Inc.\nSubpoena Service | Record Retrieval | Deposition Support\n"
    "88 Commerce Row, Suite 300, Fairhaven | 555-0118"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONELR     *ZZ*SUMMITCARE     *260310*1412*^*00501*000004412*0*P*:~"
    "GS*HC*KEYSTONELR*SUMMITCARE*20260310*1412*4412*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*FAIRHAVEN ORTHOPEDIC GROUP*****XX*1136526641~"
    "NM1*IL*1*PRUITT*LEONARD****MI*SCH7730019544~DMG*D8*19740611*M~"
    "CLM*PRU0214*4820***11:B:1~HI*ABK:S83.512A*ABF:M23.221~SV1*HC:29881*4820*UN*1***1~DTP*472*D8*20251109~"
    "SE*10*0001~GE*1*4412~IEA*1*000004412~"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*SUMMITCARE     *ZZ*KEYSTONELR     *260302*0930*^*00501*000007781*0*P*:~"
    "GS*HP*SUMMITCARE*KEYSTONELR*20260302*0930*7781*X*005010X221A1~ST*835*0001~"
    "BPR*I*1675.40*C*ACH~TRN*1*EFT88214*1391000001~N1*PR*SUMMIT CARE HEALTH PLAN~"
    "CLP*BNK0517*1*2310*1675.40*0*12*SCH2208815430~NM1*QC*1*BANKS*ODETTE****MI*SCH2208815430~"
    "SVC*HC:99284*1450*1020~SVC*HC:70450*860*655.40~DTM*232*20251122~SE*10*0001~GE*1*7781~IEA*1*000007781~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Record retrieval delivery to law firm",
        notes="Delivery of retrieved hospital records to plaintiff's counsel naming the client and her spinal fusion surgery.",
        frm=ORD,
        to="paralegals@marchettiburke.com",
        subject="Order KLR-260344 complete - Bayview Regional",
        body=(
            "Order KLR-260344 is complete.\n\nSubject: Renata Solis (DOB 02/17/1980)\nFacility: Bayview "
            "Regional Medical Center\nRecords: admission 08/02-08/06/2025, L5-S1 posterior fusion, PT notes, "
            "radiology\nPages: 318 + 2 imaging CDs (shipped FedEx)\n\nDownload link valid 14 days in your "
            "client portal." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Subpoena service pricing sheet",
        notes="Hard negative: price list mentioning medical records, HIPAA authorizations and subpoenas; no individual.",
        frm=f"Keystone Sales <sales@{KLR}>",
        to="office@tremontinjurylaw.com",
        subject="Keystone pricing for 2026",
        body=(
            "Hi Maria,\n\nGreat speaking today. Our 2026 pricing:\n\n  Records subpoena (prep + service + retrieval): $89 per location\n"
            "  Authorization-based medical retrieval: $64 per location + facility fees at cost\n"
            "  Billing records with ledger certification: $49\n  Rush (5 business days): +$40\n\n"
            "All medical records are held in our HIPAA-compliant vault and we sign a BAA with every firm.\n\n"
            "Colin Reyes\nAccount Executive" + SIG
        ),
        atts=(
            Att(
                "Keystone_Pricing_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE LEGAL RECORDS - 2026 PRICE LIST",
                        "Records subpoena per location ........ $89",
                        "Authorization retrieval per location . $64",
                        "Billing ledger certification ......... $49",
                        "Rush handling ........................ $40",
                    ],
                    "Keystone price list",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subpoena duces tecum draft to attorney for signature",
        notes="Hard positive: draft subpoena in DOCX naming the deponent patient, DOB and the mental health records sought.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="j.burke@marchettiburke.com",
        subject="Draft subpoena for signature - Solis v. Northgate Freight",
        body="Attorney Burke, the draft is attached for review and e-signature. We'll serve on receipt."
        + SIG,
        atts=(
            Att(
                "Subpoena_Solis_Harborview_Counseling.docx",
                DOCX,
                docx(
                    [
                        "SUPERIOR COURT OF HARBOR COUNTY",
                        "Renata Solis v. Northgate Freight Inc., No. 25-CV-1177",
                        "SUBPOENA DUCES TECUM TO: Custodian of Records, Harborview Counseling Associates",
                        "Produce: all records of Renata Solis, DOB 02/17/1980, including intake assessment, diagnoses (PTSD, anxiety), therapy progress notes and billing, 01/2023 to present.",
                        "Date of production: April 6, 2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Court holiday schedule notice",
        notes="Notice to a client attorney's gmail about court closures affecting service dates; no individual.",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="rkaplan.law@gmail.com",
        subject="Service delays: county court closures next week",
        body="Harbor County and Pell County clerks' offices close Friday March 20 for a system upgrade. Subpoenas requiring clerk issuance that day will be issued Monday."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Non-compliance follow-up to clinic",
        notes="Follow-up to a physical therapy clinic naming the patient and requesting her treatment records.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="frontdesk@corestrengthpt.com",
        subject="Second request: records subpoena - Marjorie Ekwueme",
        body=(
            "Hello,\n\nOur subpoena served February 24 for the physical therapy records and billing of Marjorie "
            "Ekwueme (DOB 09/30/1966), treated for a rotator cuff tear from November 2025, was due March 12. "
            "Please send the records or a certificate of no records by March 20 to avoid a motion to "
            "compel.\n\nThank you," + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Certificate of no records",
        notes="Hard negative: certificate of no records for one location, identified only by order number; no person is named.",
        frm=ORD,
        to="paralegals@marchettiburke.com",
        subject="Order KLR-260351 - certificate of no records",
        body=(
            "Order KLR-260351, location 4 of 6 (Lakeview Urgent Care): the custodian certified that no records "
            "exist for the subject named in your order. No fee was charged for this location. The remaining "
            "locations are in progress." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medical chronology summary to attorney",
        notes="Long chronology with the plaintiff's name and treatment timeline (ED, MRI, surgery, opioids).",
        frm='"Dana Kirkwood, RN" <d.kirkwood@keystonelegalrecords.com>',
        to="a.tremont@tremontinjurylaw.com",
        subject="Medical chronology - Pruitt",
        body=(
            "Anthony,\n\nHere is the chronology for Leonard Pruitt you asked for before the mediation:\n\n"
            "11/09/2025  Fairhaven Ortho: right knee arthroscopy, partial medial meniscectomy (CPT 29881)\n"
            "10/28/2025  MRI right knee: complex tear medial meniscus\n10/14/2025  Bayview ED after the forklift "
            "collision; knee effusion, prescribed oxycodone 5 mg #12\n12/01/2025  PT discharge, still limited in "
            "squatting\n\nPre-existing: 2019 chart notes mention gout flares in the same knee, which defense "
            "will likely raise.\n\nDana Kirkwood, RN, LNC\nNurse Reviewer" + SIG
        ),
        atts=(Att("Pruitt_claim_837.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=False,
        category="Nurse reviewer webinar on reading medical records",
        notes="Hard negative: CLE webinar invite about reading records, with made-up example abbreviations; no individual.",
        frm=f"Keystone Events <events@{KLR}>",
        to="cle-list@keystonelegalrecords.com",
        subject="Free CLE: Reading medical records like a nurse (1.0 credit)",
        body="",
        html=(
            "<html><body><h2>Reading medical records like a nurse</h2><p>Join Dana Kirkwood, RN, LNC for a "
            "one-hour CLE on decoding charts: SOAP notes, 'c/o LBP x3d', 'r/o PE', medication administration "
            "records, and spotting late entries. Examples use a fictional patient.</p><p>Thursday, April 2, "
            "12:00 ET. <a href='https://keystonelegalrecords.com/cle'>Register</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Billing records with ledger to defense counsel",
        notes="Hard positive: remittance (835) attachment holds the patient's name, member ID and ED/CT codes; body only gives the order number.",
        frm=ORD,
        to="records@hollisgrantdefense.com",
        subject="KLR-260298 billing records",
        body="Billing records and payer remittance for KLR-260298 are attached as produced by the provider."
        + SIG,
        atts=(Att("KLR-260298_remit.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=False,
        category="BAA countersignature to law firm",
        notes="Business associate agreement countersigned; template with no patient.",
        frm="Colin Reyes <c.reyes@keystonelegalrecords.com>",
        to="office@tremontinjurylaw.com",
        subject="Countersigned BAA",
        body="Maria, countersigned BAA attached. You're all set to place orders in the portal.\n\nColin"
        + SIG,
        atts=(
            Att(
                "BAA_Tremont_Keystone_countersigned.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE LEGAL RECORDS, INC. - BUSINESS ASSOCIATE AGREEMENT",
                        "Between Tremont Injury Law PLLC (Covered Entity's agent) and Keystone",
                        "Keystone will safeguard PHI, report breaches within 10 days,",
                        "and return or destroy PHI at the end of each matter.",
                        "Signed: Colin Reyes, VP Operations   03/16/2026",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Order status spreadsheet to law firm",
        notes="Multi-sheet status workbook listing clients by name and DOB with the facilities (counseling practice, cancer institute, rehab hospital) and order status.",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="paralegals@marchettiburke.com",
        subject="Weekly open-orders report - Marchetti Burke",
        body="Your weekly report is attached (open orders and completed this week)." + SIG,
        atts=(
            Att(
                "MarchettiBurke_open_orders_0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open": [
                            ["Order", "Client", "DOB", "Location", "Status"],
                            [
                                "KLR-260344",
                                "Renata Solis",
                                "02/17/1980",
                                "Harborview Counseling",
                                "Served 02/24",
                            ],
                            [
                                "KLR-260362",
                                "Theo Brandvold",
                                "07/08/1957",
                                "Lakemont Cancer Institute",
                                "Awaiting fee approval",
                            ],
                            [
                                "KLR-260371",
                                "Aisha Carrington",
                                "12/12/1993",
                                "Pinebrook Rehab Hospital",
                                "Records received",
                            ],
                        ],
                        "Completed": [
                            ["Order", "Client", "Completed"],
                            ["KLR-260331", "Gus Halvorsen", "03/11/2026"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Process server route schedule",
        notes="Hard negative: route sheet listing healthcare facilities, addresses and subpoena counts with internal service codes; no patient.",
        frm="Dispatch <dispatch@keystonelegalrecords.com>",
        to="routes@keystonelegalrecords.com",
        subject="Tuesday service route - north county",
        body=(
            "Route N-2 for Tuesday:\n\n1. Bayview Regional Medical Center, HIM (2200 Harborline Dr) - 3 subpoenas, svc code 7731-N2-0042\n"
            "2. Fairhaven Orthopedic Group (14 Mill St) - 1 subpoena, svc code 7731-N2-0043\n"
            "3. Core Strength PT (290 Ridge Ave) - deliver second request, svc code 7731-N2-0044\n\n"
            "Be at Bayview before 11, their HIM window closes for lunch." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Reply to claimant asking about her records",
        notes="Reply to an injured claimant's personal email confirming her inpatient rehab records (after a hip fracture) were obtained.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="aisha.carrington93@gmail.com",
        subject="Re: did you get my records?",
        body=(
            "Hi Ms. Carrington,\n\nYes - we received your records from Pinebrook Rehab Hospital (your inpatient "
            "rehab stay after the hip fracture) and they were sent to your attorney's office on Friday. We "
            "can't send them to you directly under our agreement with the firm; please ask Attorney Marchetti's "
            "office for a copy.\n\nBest," + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Vendor invoice for courier services",
        notes="Courier vendor invoice for document pickups; no patient.",
        frm=f"Accounts Payable <ap@{KLR}>",
        to="billing@swiftlinecouriers.com",
        subject="Re: Invoice 55012 - approved",
        body="Invoice 55012 ($1,284.00, 41 pickups in February) is approved and will be paid on the 25th."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Deposition on written questions answers",
        notes="Hard positive: DWQ answers in PDF quote the patient name, DOB and diagnoses; body is a one-liner.",
        frm=ORD,
        to="records@hollisgrantdefense.com",
        subject="DWQ answers - KLR-260310",
        body="Executed DWQ attached." + SIG,
        atts=(
            Att(
                "KLR-260310_DWQ_answers.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE LEGAL RECORDS - DEPOSITION ON WRITTEN QUESTIONS",
                        "Witness: Custodian of Records, Northgate Family Medicine",
                        "Q3. State the name and date of birth of the patient. A: Odette Banks, 05/19/1972",
                        "Q5. State each diagnosis. A: Type 2 diabetes (E11.9), cervical strain (S16.1XXA)",
                        "Q7. Number of pages produced: 54",
                    ],
                    "DWQ answers",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA security awareness training to staff",
        notes='Hard negative: internal training memo with a fictional example ("John Doe, MRN 0000") flagged as an example.',
        frm=f"Keystone Compliance <compliance@{KLR}>",
        to="allstaff@keystonelegalrecords.com",
        subject="Annual HIPAA training due March 31",
        body=(
            "All staff,\n\nAnnual HIPAA and security training is due by March 31. New module this year: "
            "recognising what is PHI in a subpoena packet. Example used in the module (fictional): "
            '"John Doe, MRN 0000, diabetic foot ulcer" - name plus condition = PHI, treat it like '
            "any client record.\n\nReminder: never forward records to your personal email.\n\nGrace Liang\nCompliance Officer"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded facility response with attachment name",
        notes="Hard positive: forward from a facility whose subject names the patient and 'dialysis records'; outer body is just FYI.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="a.tremont@tremontinjurylaw.com",
        subject="Fwd: Records - Gilbert Ostrowski dialysis",
        body="FYI, see facility's note below. More pages coming next week.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Records Dept <records@riversidekidneycare.com>",
            to="h.whitford@keystonelegalrecords.com",
            subject="Records - Gilbert Ostrowski dialysis",
            body="Attached first batch (2024). Treatment flowsheets for 2025 are stored off-site; allow 10 days.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded court rule change",
        notes="Forward of a bar association notice on subpoena rule amendments; no patient.",
        frm="Colin Reyes <c.reyes@keystonelegalrecords.com>",
        to="ops@keystonelegalrecords.com",
        subject="Fwd: Rule 45 amendment effective May 1",
        body="Heads up: notice period goes to 14 days for non-party records. We need to update the templates.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Harbor County Bar <news@harborcountybar.org>",
            to="c.reyes@keystonelegalrecords.com",
            subject="Rule 45 amendment effective May 1",
            body="The amended rule requires 14 days' notice to parties before service of a non-party records subpoena.",
        ),
    ),
    Spec(
        phi=True,
        category="HIPAA authorization packet to client",
        notes="Packet sent to injured client's personal email pre-filled with his name, DOB and the treating providers (neurosurgery).",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="theo.brandvold@outlook.com",
        subject="Please sign: authorizations for your records",
        body=(
            "Dear Mr. Brandvold,\n\nYour attorney asked us to collect your records. Please sign the attached "
            "authorizations (pre-filled with your name and date of birth, 07/08/1957) for: Lakemont Cancer "
            "Institute (oncology), Bayview Regional (neurosurgery, 2025) and Fairhaven Pharmacy.\n\nSign and "
            "reply with a photo of each page." + SIG
        ),
        atts=(
            Att(
                "Brandvold_authorizations.docx",
                DOCX,
                docx(
                    [
                        "AUTHORIZATION TO RELEASE HEALTH INFORMATION",
                        "Patient: Theo Brandvold   DOB: 07/08/1957",
                        "Provider: Lakemont Cancer Institute - all oncology records, 2023-present",
                        "Provider: Bayview Regional Medical Center - neurosurgery admission 2025",
                        "Release to: Keystone Legal Records on behalf of Marchetti Burke LLP",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staffing announcement",
        notes="New hire announcement; staff name and role only.",
        frm="Colin Reyes <c.reyes@keystonelegalrecords.com>",
        to="allstaff@keystonelegalrecords.com",
        subject="Welcome Marcus Dlamini to retrieval",
        body="Please welcome Marcus Dlamini, who joins the retrieval team Monday after six years in a hospital HIM department. He'll cover the south county route.\n\nColin",
    ),
    Spec(
        phi=True,
        category="Objection notice to patient in subpoena matter",
        notes="Notice to a non-party patient (personal mailbox) that her gynecology records are subpoenaed.",
        frm=ORD,
        to="b.tolliver.mom@yahoo.com",
        subject="Notice of subpoena for your medical records",
        body=(
            "Dear Ms. Tolliver,\n\nAs required by law, this is notice that a subpoena will be served on "
            "Bayview Regional Medical Center on March 30, 2026 for your labor and delivery records and "
            "obstetrics/gynecology clinic records from 2025, in Tolliver v. Bayview Regional. You may object "
            "by filing a motion with the court before that date." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate turnaround report to client firm",
        notes="Hard negative: quarterly stats by facility type (hospital, clinics, pharmacies) for a client; aggregate only.",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="managing.partner@hollisgrantdefense.com",
        subject="Q1 service report",
        body="Q1 summary for Hollis Grant: 214 locations served, median retrieval 12 days, 9 motions to compel filed. Detail attached."
        + SIG,
        atts=(
            Att(
                "HollisGrant_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By facility type": [
                            ["Type", "Locations", "Median days"],
                            ["Hospital", 71, 14],
                            ["Physician office", 98, 10],
                            ["Pharmacy", 29, 6],
                            ["Behavioral health", 16, 21],
                        ],
                        "By month": [
                            ["Month", "Served", "Completed"],
                            ["Jan", 68, 61],
                            ["Feb", 77, 70],
                            ["Mar", 69, 44],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacy records log in CSV",
        notes="Hard positive: CSV of a client's pharmacy fill history (drug names, dates) with name only in the file name.",
        frm=ORD,
        to="records@hollisgrantdefense.com",
        subject="KLR-260317 pharmacy production",
        body="Pharmacy production for KLR-260317 attached (converted to CSV from the printout)."
        + SIG,
        atts=(
            Att(
                "Halvorsen_Gus_fairhaven_pharmacy.csv",
                "text/csv",
                "fill_date,drug,strength,qty,prescriber\n"
                "2025-09-02,alprazolam,0.5 mg,60,Dr. K. Imrie\n"
                "2025-10-01,alprazolam,0.5 mg,60,Dr. K. Imrie\n"
                "2025-10-20,zolpidem,10 mg,30,Dr. K. Imrie\n"
                "2025-11-03,hydrocodone/APAP,5/325,20,Dr. S. Achterberg\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic sample chronology for marketing",
        notes="Hard negative: marketing sample chronology about a clearly fictional patient ('Jane Sample, fictional').",
        frm=f"Keystone Sales <sales@{KLR}>",
        to="newclients@keystonelegalrecords.com",
        subject="Sample medical chronology for the website",
        body=(
            "Attached is the sample chronology for the web page. It is entirely fictional - 'Jane Sample' "
            "does not exist and the facilities are invented.\n\n  01/05  ED: wrist pain after fall, x-ray negative\n"
            "  01/19  Ortho: scaphoid fracture on repeat imaging, cast\n  03/02  Cast removed, PT referral\n\nColin"
        ),
        atts=(Att("sample_chronology_thumb.png", "image/png", png(8, 4, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Invoice to firm naming deponent and behavioral health facility",
        notes="Hard positive: invoice lines name the patient and 'Sunrise Recovery Center' (substance use treatment, Part 2).",
        frm=f"Keystone Billing <billing@{KLR}>",
        to="ap@marchettiburke.com",
        subject="Invoice 26-03-7714",
        body=(
            "Invoice 26-03-7714\n\nOrder KLR-260371 - Aisha Carrington\n  Pinebrook Rehab Hospital ......... $64.00 + facility fee $38.20\n"
            "  Sunrise Recovery Center (Part 2 consent) ... $64.00 + facility fee $25.00\n\nTotal: $191.20, net 30."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="IT notice about secure portal MFA",
        notes="IT notice to clients about MFA on the record portal; no patient.",
        frm=f"Keystone IT <it@{KLR}>",
        to="clients@keystonelegalrecords.com",
        subject="Action required: turn on two-step sign-in by April 15",
        body="",
        html=(
            "<html><body><p>Dear client,</p><p>Starting April 15, the Keystone records portal will require "
            "two-step sign-in for every user. Set it up under <b>Profile &gt; Security</b>. Records downloads "
            "will also expire after 14 days.</p><p>Keystone IT</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of retrieved records with index",
        notes="Zip of records for one named patient: index text plus an ED note and cardiology stress test.",
        frm=ORD,
        to="paralegals@marchettiburke.com",
        subject="KLR-260331 final production (zip)",
        body="Final production for KLR-260331 attached. Index inside." + SIG,
        atts=(
            Att(
                "KLR-260331.zip",
                "application/zip",
                zipped(
                    {
                        "INDEX.txt": "KLR-260331 Gus Halvorsen DOB 03/03/1961\n01 ED note 12/28/2025 (chest pain)\n02 Nuclear stress test 01/06/2026\n",
                        "01_ED_note.txt": "Chest pain, troponin negative x2, discharged with cardiology follow-up.",
                        "02_stress_test.txt": "Small reversible inferior defect; recommend cardiac catheterization.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Office move notice with ics",
        notes="Calendar hold for office move; no patient.",
        frm="Office Manager <office@keystonelegalrecords.com>",
        to="allstaff@keystonelegalrecords.com",
        subject="Office move: pack-up day",
        body="Pack-up day is Friday. Please box your files before noon; the vault stays locked during the move.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//KLR//Office//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:move-20260320@keystonelegalrecords.com\nDTSTAMP:20260316T150000Z\nDTSTART:20260320T160000Z\n"
            "DTEND:20260320T210000Z\nSUMMARY:Office move - pack-up day\nLOCATION:88 Commerce Row\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="Text note of phone call with facility",
        notes="Hard positive: terse internal call note in a .txt naming the patient and 'HIV test' records being withheld.",
        frm="Marcus Dlamini <m.dlamini@keystonelegalrecords.com>",
        to="h.whitford@keystonelegalrecords.com",
        subject="call note KLR-260362",
        body="see attached",
        atts=(
            Att(
                "callnote_260362.txt",
                "text/plain",
                "3/16 10:40 spoke w/ Lakemont HIM (Rhonda). Brandvold T. - they'll release onc records but "
                "withholding HIV test results, need separate specific consent. Pt's auth only checks general box.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Opposing counsel meet-and-confer scheduling",
        notes="Scheduling a discovery call; refers to a case number only; no person or health information.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="scheduling@hollisgrantdefense.com",
        subject="Meet and confer availability",
        body="Attorney Grant's office asked for Thursday or Friday afternoon to confer on the subpoena scope in case 25-CV-0418. Our custodian liaison can join at 2 pm either day."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Records request to radiology with MBI",
        notes="Records request naming the Medicare patient with MBI and the PET scan dates.",
        frm=ORD,
        to="records@lakemontimaging.com",
        subject="Authorization-based request - imaging",
        body=(
            "Please produce imaging reports and images (CD) for:\n\nPatient: Theo Brandvold\nDOB: 07/08/1957\n"
            "Medicare MBI: 4TW8-E37-RK52\nStudies: PET/CT 06/2025 and 12/2025 (lymphoma restaging)\n\nSigned HIPAA "
            "authorization on file; copy available in our portal." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Public court filing docket alert",
        notes="Hard negative: docket alert listing case numbers and filing titles (e.g. 'motion to compel medical records') without any health detail.",
        frm=f"Docket Alerts <docket@{KLR}>",
        to="paralegals@marchettiburke.com",
        subject="Docket alert: 3 new filings",
        body=(
            "25-CV-1177  Motion to compel production of medical records (filed 03/13)\n"
            "25-CV-0418  Stipulated protective order (filed 03/12)\n24-CV-2290  Notice of service of subpoena (filed 03/12)"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Protective order cover with sealed exhibit list",
        notes="Hard positive: exhibit list in body refers to 'Exhibit 4 - D. Ashby psychiatric consult 10/7/25' under seal.",
        frm="Hannah Whitford <h.whitford@keystonelegalrecords.com>",
        to="litigation@sorensenmaywood.com",
        subject="Exhibits for sealing motion",
        body=(
            "Exhibits as numbered for the sealing motion:\n  Ex 1 - subpoena and return of service\n  Ex 2 - custodian certification\n"
            "  Ex 3 - D. Ashby discharge summary 10/9/25\n  Ex 4 - D. Ashby psychiatric consult 10/7/25 (alcohol withdrawal, depression)\n\nHannah"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped order numbers in client invoice summary",
        notes="Hard negative: invoice summary uses matter numbers formatted like 512-44-7809 that are the firm's matter codes, no people or care.",
        frm=f"Keystone Billing <billing@{KLR}>",
        to="ap@tremontinjurylaw.com",
        subject="Statement March 2026",
        body=(
            "Statement for March 2026 (by your matter number):\n\n  Matter 512-44-7809 ....... $153.00\n  Matter 512-44-7811 ....... $89.00\n"
            "  Matter 512-45-0102 ....... $242.40\n\nBalance due: $484.40" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Workers comp records to adjuster",
        notes="Records sent to a workers' comp adjuster with claimant name, SSN, and carpal tunnel surgery.",
        frm=ORD,
        to="adjuster.team@beaconmutualcomp.com",
        subject="WC claim 2025-88130 records",
        body=(
            "Claimant: Joaquin Rivas  SSN 527-30-8841  DOI 06/11/2025\nRecords: Fairhaven Ortho notes, EMG 08/2025, right "
            "carpal tunnel release 10/02/2025, return-to-work note (light duty).\n\nProduced under the workers' "
            "compensation statute; authorization not required." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Record retrieval tips blog post",
        notes="Hard negative: blog draft on why HIV and substance use records need special consent; general, no patient.",
        frm=f"Keystone Marketing <marketing@{KLR}>",
        to="blog@keystonelegalrecords.com",
        subject="Blog draft: 5 reasons your records request stalls",
        body=(
            "Draft for review:\n\n1. The authorization is older than the provider's limit.\n2. Substance use "
            "treatment records under 42 CFR Part 2 need a Part 2 compliant consent.\n3. HIV and genetic test "
            "results need specific consent in most states.\n4. The DOB doesn't match.\n5. The facility sent "
            "records to storage.\n\n-- Priyanka"
        ),
    ),
    Spec(
        phi=True,
        category="DOB mismatch query to client on recovery-center consent",
        notes="Hard positive: email to the client's personal mailbox asks about DOB mismatch on her 'Sunrise Recovery' consent.",
        frm=f"Keystone Client Services <clientservices@{KLR}>",
        to="aisha.carrington93@gmail.com",
        subject="Quick question about your consent form",
        body="Hi Aisha, the consent you signed for Sunrise Recovery Center lists your birth date as 12/21/1993 but their records show 12/12/1993. Could you initial the correction on the attached page? Thanks!"
        + SIG,
    ),
]
