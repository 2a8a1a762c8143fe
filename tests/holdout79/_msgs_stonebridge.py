"""Outbound mail of Stonebridge Foot & Ankle Associates, a podiatry practice (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, hl7, pdf, png, x12, xlsx, zipped
from _spec import SFA, Att, Spec

SIG = (
    "\n\n--\nStonebridge Foot & Ankle Associates\n2210 Quarry Park Dr, Suite 140, Dayton OH\n"
    "Tel 937-555-0114 | Fax 937-555-0115 | www.stonebridgefoot.com"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only "
    "for the addressee. If you received it in error, please notify the sender and delete it."
)
FRONT = f"Front Desk <frontdesk@{SFA}>"
OKAFOR = f"Dr. Renata Okafor <rokafor@{SFA}>"
MARSH = f"Dr. Colin Marsh <cmarsh@{SFA}>"
BILLING = f"Stonebridge Billing <billing@{SFA}>"
OFFICE = f'"Denise Farrow, Practice Manager" <dfarrow@{SFA}>'

ICS_NAIL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stonebridge Foot & Ankle//Scheduling//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sfa-appt-55821@stonebridgefoot.com\r\n"
    "DTSTAMP:20261116T130000Z\r\nDTSTART:20261119T143000Z\r\nDTEND:20261119T151500Z\r\n"
    "SUMMARY:Toenail avulsion (right great toe) - Dr. Okafor\r\n"
    "LOCATION:Stonebridge Foot & Ankle, Suite 140\r\n"
    "DESCRIPTION:Patient: Wendell Haskins. Please wear an open-toed shoe or sandal.\r\n"
    "ORGANIZER:mailto:frontdesk@stonebridgefoot.com\r\n"
    "ATTENDEE;CN=Wendell Haskins:mailto:whaskins1958@gmail.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="podiatry procedure appointment reminder with calendar invite",
        notes="Patient named with nail avulsion procedure date sent to his gmail, with an .ics invite.",
        frm=FRONT,
        to="whaskins1958@gmail.com",
        subject="Your appointment Thursday, November 19 at 9:30 AM",
        body=(
            "Hello Mr. Haskins,\n\nThis is a reminder of your procedure appointment with Dr. Okafor on "
            "Thursday, November 19 at 9:30 AM (removal of the ingrown nail, right great toe).\n\n"
            "Please eat normally, bring a list of your medicines, and wear a roomy shoe or sandal. "
            "If you take a blood thinner, let us know before the visit.\n\nA calendar invitation is attached."
            + SIG
        ),
        ics=ICS_NAIL,
    ),
    Spec(
        phi=True,
        category="referral to vascular surgery with ABI results (PDF)",
        notes="Referral PDF names patient, DOB, rest pain and ankle-brachial index results for vascular consult.",
        frm=OKAFOR,
        to="referrals@miamivalleyvascular.com",
        subject="Referral - vascular consult requested",
        body=(
            "Dear colleagues,\n\nPlease see the attached referral for a vascular evaluation. The patient "
            "has been told to expect your call. Non-invasive studies are in the letter.\n\n"
            "Thank you,\nRenata Okafor, DPM" + SIG + CONF
        ),
        atts=(
            Att(
                "Referral_Vascular_Pruitt.pdf",
                "application/pdf",
                pdf(
                    [
                        "STONEBRIDGE FOOT & ANKLE ASSOCIATES",
                        "Referral for Vascular Surgery Consultation",
                        "",
                        "Patient: Eugene T. Pruitt     DOB: 04/02/1949     MRN: SFA-0088127",
                        "Phone: 937-555-0162",
                        "Reason: bilateral calf claudication at 1 block, new rest pain L foot at night",
                        "ABI: right 0.71, left 0.52. TBI left 0.31. Absent DP/PT pulses L.",
                        "Hx: type 2 diabetes, CKD 3a, former smoker (40 pack-years).",
                        "Dry eschar L 3rd toe tip, no drainage. Please evaluate for revascularization.",
                        "",
                        "Referring: Renata Okafor, DPM   NPI: 1375284852",
                    ],
                    "Referral - Pruitt",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="therapeutic shoe prescription with details only in PDF",
        notes="Hard positive: body says only 'see attached'; the PDF carries patient name, DOB, E11.42 and a Rx for diabetic shoes.",
        frm=f'"Maria Lutz, MA" <mlutz@{SFA}>',
        to="orders@keystepmedical.com",
        subject="Rx attached",
        body="Hi, see attached. Thanks!\nMaria",
        atts=(
            Att(
                "scan_20261116_0931.pdf",
                "application/pdf",
                pdf(
                    [
                        "STONEBRIDGE FOOT & ANKLE ASSOCIATES - PRESCRIPTION",
                        "Patient: Jerome Whitcombe   DOB: 03/14/1951",
                        "Address: 418 Linden Ave, Kettering OH 45429",
                        "Dx: E11.42 Type 2 DM with diabetic polyneuropathy; L89.892 hx callus/pre-ulcer",
                        "Rx: 1 pair extra-depth shoes (A5500), 3 pairs custom heat-molded inserts (A5513)",
                        "Prescriber: Colin Marsh, DPM   NPI: 1264025820",
                    ],
                    "Prescription",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo named after patient to home health nurse",
        notes="Hard positive: PNG file name carries patient's name and 'heel ulcer'; the body is a one-liner.",
        frm=MARSH,
        to="jcarrow@gemcityhomehealth.com",
        subject="latest pic",
        body="Looks better than last week - keep the offloading boot on. CM",
        atts=(Att("Delgado_Marisol_L_heel_ulcer_wk3.png", "image/png", png(6, 6, (180, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="837P professional claim to clearinghouse",
        notes="X12 837P batch with patient names, member IDs, DOBs, ICD-10 and CPT codes for podiatry services.",
        frm=BILLING,
        to="edi-submit@clearpathclaims.net",
        subject="Batch 1117-02 professional claims",
        body="Claims batch 1117-02 attached (3 claims). Please confirm the 999.\n\nStonebridge Billing"
        + SIG,
        atts=(
            Att(
                "SFA_837P_1117_02.x12",
                "application/EDI-X12",
                x12(
                    [
                        "ISA*00*          *00*          *ZZ*STONEBRIDGE    *ZZ*CLEARPATH      *261117*1015*^*00501*000001172*0*P*:",
                        "GS*HC*STONEBRIDGE*CLEARPATH*20261117*1015*1172*X*005010X222A1",
                        "ST*837*0001*005010X222A1",
                        "BHT*0019*00*1117-02*20261117*1015*CH",
                        "NM1*85*2*STONEBRIDGE FOOT AND ANKLE*****XX*1489162614",
                        "NM1*IL*1*KOWALCZYK*BERNADETTE****MI*YRH448120377",
                        "DMG*D8*19570830*F",
                        "CLM*SFA24471*185***11:B:1*Y*A*Y*Y",
                        "HI*ABK:L84*ABF:E1142",
                        "SV1*HC:11056*95*UN*1***1",
                        "SV1*HC:11721*90*UN*1***1",
                        "NM1*IL*1*TRAN*DUC****MI*W77310458",
                        "DMG*D8*19640112*M",
                        "CLM*SFA24480*240***11:B:1*Y*A*Y*Y",
                        "HI*ABK:M722",
                        "SV1*HC:20550*140*UN*1***1",
                        "SE*16*0001",
                        "GE*1*1172",
                        "IEA*1*000001172",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound culture result to patient's daughter",
        notes="Hard positive: first name + 'your mom' + culture result and antibiotic to the daughter's personal mailbox.",
        frm=f'"Tara Nguyen, RN" <tnguyen@{SFA}>',
        to="karen.lindqvist77@yahoo.com",
        subject="Re: mom's toe",
        body=(
            "Hi Karen,\n\nGood news - the culture from your mom's toe came back negative for MRSA. It grew a "
            "regular staph that should clear up with the Keflex Dr. Marsh already prescribed, so she should "
            "finish the whole bottle (500 mg four times a day).\n\nWe'll see her again on the 24th to re-check.\n\n"
            "Tara\n\n> On Mon, Nov 16, Karen Lindqvist wrote:\n> Any word on Astrid's culture? She is worried.\n"
        ),
    ),
    Spec(
        phi=True,
        category="school nurse note after pediatric ingrown toenail surgery",
        notes="Student named with matrixectomy and activity restrictions sent to school nurse.",
        frm=OKAFOR,
        to="nurse.office@beavercreekschools.org",
        subject="PE excuse - Owen Takahashi, grade 7",
        body=(
            "To the school nurse,\n\nOwen Takahashi had a partial nail removal with chemical matrixectomy "
            "(left great toe) on November 16. Please excuse him from PE and recess running games through "
            "November 30. He may wear a sneaker with the toe box cut or a post-op shoe. Dressing changes "
            "are done at home; no care is needed at school unless there is bleeding through the bandage.\n\n"
            "Renata Okafor, DPM" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="return-to-work status note to employer HR",
        notes="Employee named with foot surgery and standing restrictions sent to employer's HR mailbox.",
        frm=MARSH,
        to="leaves@tristateprecision.com",
        subject="Work status - Dale Preston",
        body=(
            "Dale Preston was seen in our office on 11/17/2026 following a 5th metatarsal fracture repair. "
            "He may return to work on 11/23/2026 with restrictions: seated duty only, no ladders, must wear "
            "the CAM boot at all times. Re-evaluation 12/8/2026.\n\nColin Marsh, DPM"
        ),
    ),
    Spec(
        phi=True,
        category="records production to personal injury attorney (zip)",
        notes="Records request fulfilment to a law firm: zip of visit notes and billing ledger for a named patient.",
        frm=f"Medical Records <records@{SFA}>",
        to="paralegal@hendricksonlawgroup.com",
        subject="Records request #R-2026-0413 (your client: Loretta Sims)",
        body=(
            "Counsel,\n\nIn response to your request with HIPAA authorization signed 10/29/2026, attached "
            "are the records of Loretta Sims (DOB 09/05/1972, SSN 538-21-9046 as listed on your request) for dates of service 06/02/2026 through "
            "11/10/2026, and the itemized billing ledger. The fee invoice follows separately.\n\n"
            "Medical Records Department" + SIG
        ),
        atts=(
            Att(
                "R-2026-0413_Sims.zip",
                "application/zip",
                zipped(
                    {
                        "visit_notes.txt": (
                            "SIMS, LORETTA  DOB 09/05/1972  MRN SFA-0071450\n"
                            "06/02/2026 Ankle sprain R, grade II ATFL, slip and fall at grocery store. Aircast.\n"
                            "07/14/2026 Persistent lateral instability. MRI ordered.\n"
                            "08/20/2026 MRI: ATFL tear, peroneal tenosynovitis. PT referral.\n"
                            "11/10/2026 Brostrom-Gould repair discussed; patient wishes to proceed.\n"
                        ),
                        "ledger.csv": (
                            "date,cpt,description,charge,paid\n"
                            "2026-06-02,99203,New patient visit,210.00,168.00\n"
                            "2026-06-02,L1906,Ankle orthosis,95.00,76.00\n"
                            "2026-07-14,99213,Follow-up,120.00,96.00\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization request for bunionectomy",
        notes="Prior auth to payer with member ID, hallux valgus diagnosis and planned CPT 28296.",
        frm=f"Prior Auth Desk <auth@{SFA}>",
        to="um.requests@buckeyeunitedhealthplan.com",
        subject="Prior authorization request - outpatient surgery",
        body=(
            "Member: Felicia Ann Brandt\nMember ID: BUH-55019847-02\nDOB: 12/21/1980\n"
            "Requested: CPT 28296 (hallux valgus correction with metatarsal osteotomy), left\n"
            "Dx: M20.12 hallux valgus, left foot\nSetting: Valley Surgery Center, 12/10/2026\n"
            "Conservative care: wide shoes and pads x 9 months, NSAIDs, custom orthoses; pain 7/10.\n"
            "Surgeon: Colin Marsh, DPM, NPI: 1264025820\n\nClinical notes available on request."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis in subject line to physical therapy clinic",
        notes="Hard positive: subject names the patient and plantar fasciitis injection; the body is only a scheduling question.",
        frm=f"Scheduling <schedule@{SFA}>",
        to="frontdesk@riverbendpt.com",
        subject="Benitez - plantar fasciitis inj f/u / PT start date",
        body="Hi Jo, can we move him to Tuesday instead? He has a work conflict Monday. Thx - Lena",
    ),
    Spec(
        phi=True,
        category="patient A/R aging workbook to outsourced billing firm",
        notes="Multi-sheet workbook listing patients with account numbers, dates of service, CPT codes and balances.",
        frm=BILLING,
        to="team7@meridianrcm.com",
        subject="November AR aging - 90+ bucket for follow-up",
        body="Attached is the 90+ day list. Sheet 2 has the self-pay accounts. Please work the Medicare ones first.\n\nBilling"
        + SIG,
        atts=(
            Att(
                "SFA_AR_90plus_Nov2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Insurance 90+": [
                            ["Account", "Patient", "DOS", "CPT", "Payer", "Balance"],
                            ["A-300412", "Greer, Harold", "2026-07-22", "11042", "Medicare", 312.5],
                            [
                                "A-300588",
                                "Ostrowski, Lena",
                                "2026-08-03",
                                "28285",
                                "Anthem",
                                1140.0,
                            ],
                            [
                                "A-301027",
                                "Mbeki, Thandiwe",
                                "2026-08-11",
                                "11730",
                                "CareSource",
                                88.0,
                            ],
                        ],
                        "Self-pay": [
                            ["Account", "Patient", "Phone", "DOS", "Service", "Balance"],
                            [
                                "A-299871",
                                "Quist, Ronald",
                                "937-555-0139",
                                "2026-06-30",
                                "Orthotics L3020",
                                450.0,
                            ],
                            [
                                "A-300955",
                                "Haines, Ivy",
                                "937-555-0147",
                                "2026-08-09",
                                "Nail debridement",
                                65.0,
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 order for nail specimen fungal testing",
        notes="Hard positive: body is a generic resend note; patient identifiers and onychomycosis order exist only in the HL7 attachment.",
        frm=f"Interfaces <interfaces@{SFA}>",
        to="hl7-inbound@dermpathlabs.com",
        subject="Resend ORM - interface queue stuck 11/17",
        body="Resending the order that failed to transmit this morning. Please confirm receipt via ACK.",
        atts=(
            Att(
                "ORM_SFA_20261117_0007.hl7",
                "application/hl7-v2",
                hl7(
                    [
                        "MSH|^~\\&|SFA_EHR|STONEBRIDGE|DPL_LIS|DERMPATH|20261117083112||ORM^O01|SFA0007|P|2.3",
                        "PID|1||SFA-0090214^^^SFA^MR||LACHANCE^MONIQUE^R||19660918|F|||77 Orchard Way^^Centerville^OH^45459||937-555-0171",
                        "PV1|1|O|PODI^^^STONEBRIDGE||||1264025820^MARSH^COLIN^^^DPM",
                        "ORC|NW|SFA-ORD-55190",
                        "OBR|1|SFA-ORD-55190||88312^PAS STAIN NAIL CLIPPING|||20261116",
                        "DG1|1||B35.1^Tinea unguium^I10",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="headerless wound status table to wound-care supply vendor",
        notes="Hard positive: bare rows of MRNs, initials and amputation/ulcer wound status with no column headers.",
        frm=MARSH,
        to="clinical@woundsourcedirect.com",
        subject="this week's list for NPWT supplies",
        body=(
            "Debbie - same as usual, ship to the patients' homes on file.\n\n"
            "SFA-0041288 | R.Q. | 2nd toe amp site L, granulating, 2.1 x 1.0 cm | VAC 125 cont\n"
            "SFA-0063310 | T.B. | TMA R dehiscence, 4.5 x 2.2 cm | VAC 125 cont, foam med\n"
            "SFA-0079902 | P.A. | plantar 1st MTH ulcer, 1.2 cm, probes to bone? | hold VAC, send xray\n\n"
            "CM"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only post-operative instructions to patient",
        notes="HTML-only e-mail naming the patient with hammertoe surgery, medication and follow-up date.",
        frm=f"Stonebridge Patient Care <care@{SFA}>",
        to="shelby.yates@outlook.com",
        subject="Your after-surgery instructions",
        body="",
        html=(
            "<html><body><p>Dear Ms. Yates,</p><p>Thank you for choosing Stonebridge for your "
            "<b>hammertoe correction (left 2nd and 3rd toes)</b> on November 17.</p><ul>"
            "<li>Keep the dressing dry and the foot elevated above your heart for 72 hours.</li>"
            "<li>Take oxycodone-acetaminophen 5/325 one tablet every 6 hours only as needed; otherwise ibuprofen.</li>"
            "<li>Pins will be removed at your visit on <b>December 8</b>.</li></ul>"
            "<p>Call 937-555-0114 for fever over 101&deg;F or spreading redness.</p>"
            "<p>Dr. Colin Marsh</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient message to orthotics lab",
        notes="Forward of a named patient's message about custom orthotics with casting details to an outside lab.",
        frm=OKAFOR,
        to="casts@precisionorthoticlab.com",
        subject="Fwd: orthotics still hurting",
        body=(
            "Hi team - see below from Mr. Castellanos. He had the pair you made in October (order PO-7731, "
            "semi-rigid, 3 mm medial heel skive). The right arch is too high over the plantar fascia. "
            "Can you lower the right medial arch 2 mm and add a heel cushion? I'll recast if needed."
            "\n\nRenata Okafor, DPM"
        ),
        forward=Spec(
            phi=True,
            category="forwarded patient message to orthotics lab",
            notes="inner",
            frm="Raul Castellanos <raul.castellanos@icloud.com>",
            to=f"care@{SFA}",
            subject="orthotics still hurting",
            body=(
                "Dr. Okafor, the new inserts are killing my right arch after 2 hours on the job. The heel pain "
                "from the plantar fasciitis is better but now the arch burns. Can they be fixed?\nRaul"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form",
        notes="Hard positive: noisy OCR text file of a scanned intake form with name, DOB, diabetes and neuropathy answers.",
        frm=f"Scanning Queue <scan@{SFA}>",
        to="indexing@docuvaultservices.com",
        subject="Batch 4471 - 1 doc failed auto-index",
        body="One page could not be matched to a chart. OCR text attached; please index manually.",
        atts=(
            Att(
                "batch4471_p12_ocr.txt",
                "text/plain",
                "ST0NEBRIDGE F00T & ANKLE - NEW PAT1ENT 1NTAKE\n"
                "Narne: Tr1sha  Ba1ley        D0B: 07/22/1968\n"
                "Addr: 2l9 W. Stroop Rd  Kettering 0H 4544O\n"
                "Ph: 937-555-O186\n"
                "Do you have diabetes?  [X] Yes  [ ] No     Insu1in? [X]\n"
                "Numbness/tingling in feet: [X]   Prior foot ulcer: [X] L big toe 2024\n"
                "Current meds: metforrnin 1000 BID, g1argine 22u, gabapentin 300 TID\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement for debridement balance",
        notes="Statement to patient's personal e-mail with date of service, debridement service and balance.",
        frm=BILLING,
        to="gordon.pike52@aol.com",
        subject="Statement from Stonebridge Foot & Ankle - balance due",
        body=(
            "Dear Gordon Pike,\n\nAccount: A-301448\nDate of service: 10/14/2026\n"
            "Service: debridement of nails, 6 or more (CPT 11721)\nInsurance paid: $41.20\n"
            "Your balance: $10.30\n\nPay online at stonebridgefoot.com/pay or call 937-555-0116."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse post-op update to surgery center",
        notes="Hard positive: abbreviated note with patient surname, MRN and Lapidus post-op status to the surgery center.",
        frm=MARSH,
        to="nursing@valleysurgerycenter.com",
        subject="Oyelaran",
        body="MRN SFA-0085534. POD 14 s/p Lapidus L. Sutures out, incision CDI, xr alignment ok. NWB x4 more wks. Thx for the great case. CM",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="clinician biography for hospital directory",
        notes="Hard negative: podiatrist bio listing diseases she treats, with her NPI; no patient.",
        frm=OFFICE,
        to="webteam@daytonregionalhealth.org",
        subject="Updated bio for Dr. Okafor - physician directory",
        body=(
            "Hi, please replace Dr. Okafor's directory entry with the text below.\n\n"
            "Renata Okafor, DPM, FACFAS, is board certified in foot surgery and reconstructive rearfoot/ankle "
            "surgery. Her clinical interests include diabetic limb salvage, Charcot neuroarthropathy, chronic "
            "wounds, peripheral neuropathy and pediatric flatfoot. She completed residency at Grant Medical "
            "Center and has practiced in Dayton since 2014. NPI: 1375284852.\n\nThanks,\nDenise"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="staff holiday coverage schedule",
        notes="Internal-style staffing schedule sent to the answering service; staff names only.",
        frm=OFFICE,
        to="accounts@miamivalleyanswering.com",
        subject="Thanksgiving week on-call schedule",
        body=(
            "On-call podiatrist for after-hours calls:\n  Wed 11/25 - Dr. Marsh (cell via operator)\n"
            "  Thu 11/26 - Dr. Okafor\n  Fri 11/27 - Dr. Marsh\nOffice closed Thursday; open 8-12 Friday.\n\nDenise"
        ),
    ),
    Spec(
        phi=False,
        category="supply reorder with SSN-shaped PO number",
        notes="Hard negative: purchase order for instruments; the 3-2-4 digit number is the vendor PO, not an SSN.",
        frm=OFFICE,
        to="orders@tristatesurgicalsupply.com",
        subject="PO 418-22-7305 - instrument reorder",
        body=(
            'Please ship on PO 418-22-7305:\n- 4 x double-action nail nippers, 5.5"\n- 2 x Freer elevator\n'
            "- 10 boxes #15 blades\n- 6 cases 4x4 gauze non-sterile\n\nBill to account STB-2210. Ship to Suite 140."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only seasonal foot-care newsletter",
        notes="HTML-only marketing newsletter with general foot-care tips; no condition implied for any recipient.",
        frm=f"Stonebridge Foot & Ankle <news@{SFA}>",
        to="subscribers@list.stonebridgefoot.com",
        subject="Winter boots and your feet: 5 tips",
        body="",
        html=(
            "<html><body><h2>Keep your feet happy this winter</h2><ol><li>Choose boots with a wide toe box.</li>"
            "<li>Change damp socks promptly.</li><li>Moisturize heels, but not between toes.</li>"
            "<li>Check your feet daily if you have diabetes or poor circulation.</li>"
            "<li>Don't ignore heel pain that lasts more than two weeks.</li></ol>"
            '<p>Book online at stonebridgefoot.com. <a href="https://stonebridgefoot.com/unsubscribe">Unsubscribe</a></p>'
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate diabetic foot-exam quality measures to payer",
        notes="Hard negative: multi-sheet workbook of quarterly measure rates and counts only; no patient rows.",
        frm=OFFICE,
        to="quality@buckeyeunitedhealthplan.com",
        subject="Q3 2026 quality submission - diabetic foot exam and ulcer measures",
        body="Attached is our Q3 submission. Numerators and denominators are practice totals.\n\nDenise Farrow"
        + SIG,
        atts=(
            Att(
                "SFA_Q3_2026_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measures": [
                            ["Measure", "Numerator", "Denominator", "Rate"],
                            ["Diabetic foot exam documented", 612, 701, 0.873],
                            ["Neuropathy screening (monofilament)", 588, 701, 0.839],
                            ["Ulcer healed within 12 weeks", 41, 63, 0.651],
                        ],
                        "By quarter": [
                            [
                                "Quarter",
                                "Diabetic patients seen",
                                "New ulcers",
                                "Minor amputations",
                            ],
                            ["2026 Q1", 655, 22, 3],
                            ["2026 Q2", 690, 19, 2],
                            ["2026 Q3", 701, 24, 4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz with fictional patient",
        notes="Hard negative: training quiz using an explicitly fictional patient to teach minimum necessary.",
        frm=OFFICE,
        to="compliance@ohiopodiatrycollaborative.org",
        subject="Our HIPAA refresher quiz - feel free to reuse",
        body=(
            "Sharing the quiz we used at the staff meeting.\n\n"
            "Scenario (FICTIONAL - no real patient): 'Pat Sample' calls asking you to e-mail her foot x-ray to "
            "her gym trainer. Q1: Can you do this without written authorization? Q2: What is the minimum "
            "necessary? Q3: Where do you document the disclosure?\n\nAnswers on page 2 of the handout.\n\nDenise"
        ),
    ),
    Spec(
        phi=False,
        category="medical assistant job posting",
        notes="Hard negative: job ad mentioning wound debridement and diabetic foot exams as duties; no patient.",
        frm=OFFICE,
        to="jobs@daytonhealthcareers.com",
        subject="Job posting: Podiatry Medical Assistant (full time)",
        body=(
            "Stonebridge Foot & Ankle Associates seeks a full-time Medical Assistant. Duties: room patients, "
            "assist with nail and wound debridement, set up for in-office procedures, perform diabetic foot "
            "screening with monofilament under supervision, take foot x-rays (limited license a plus). "
            "Mon-Fri, no weekends. $19-22/hr. Apply to dfarrow@stonebridgefoot.com." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="EHR planned downtime notice to partner",
        notes="IT notice about EHR upgrade downtime; no patient information.",
        frm=f"IT Support <it@{SFA}>",
        to="support@valleysurgerycenter.com",
        subject="Planned EHR downtime Sat 11/21 6-10 PM",
        body="Our EHR will be offline for an upgrade Saturday 11/21 from 6 to 10 PM. Faxed referrals will be processed Monday.",
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: HL7 test message using the vendor's ZZTEST dummy patient, labelled as interface testing.",
        frm=f"Interfaces <interfaces@{SFA}>",
        to="integration@dermpathlabs.com",
        subject="TEST ONLY - new ORM mapping for nail biopsy panel",
        body=(
            "Attached is a TEST message for the new panel code mapping. The patient is the standard ZZTEST dummy "
            "record (not a real person) and processing ID is T. Please validate field OBR-4 and reply with the ACK."
        ),
        atts=(
            Att(
                "ORM_TEST_panel_mapping.hl7",
                "application/hl7-v2",
                hl7(
                    [
                        "MSH|^~\\&|SFA_EHR|STONEBRIDGE|DPL_LIS|DERMPATH|20261116150000||ORM^O01|TEST0001|T|2.3",
                        "PID|1||TEST0001^^^SFA^MR||ZZTEST^PATIENT||19000101|U",
                        "ORC|NW|TEST-ORD-1",
                        "OBR|1|TEST-ORD-1||88305^NAIL BIOPSY PANEL (TEST MAPPING)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider roster with NPIs and DEA to payer credentialing",
        notes="Hard negative: provider roster CSV with clinicians' NPIs and DEA numbers for credentialing; no patients.",
        frm=OFFICE,
        to="credentialing@buckeyeunitedhealthplan.com",
        subject="Roster update - Stonebridge Foot & Ankle (TIN on file)",
        body="Please update our roster per the attached. Dr. Marsh's DEA renewed in October.\n\nDenise"
        + SIG,
        atts=(
            Att(
                "SFA_provider_roster_2026-11.csv",
                "text/csv",
                "name,credential,specialty,npi,dea,location\n"
                "Renata Okafor,DPM,Podiatric surgery,NPI 1375284852,FO2846155,Suite 140\n"
                "Colin Marsh,DPM,Podiatry,NPI 1264025820,BM1739400,Suite 140\n"
                "Avery Lindgren,PA-C,Wound care,NPI 1889118554,,Suite 140\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="landlord correspondence about parking lot",
        notes="Facilities mail about snow removal and parking lot repair.",
        frm=OFFICE,
        to="pm@quarryparkproperties.com",
        subject="Parking lot potholes by the ramp",
        body="Hi Gary, the pothole by our accessible ramp is back and a cart caught in it yesterday. Can the crew patch it before the snow? Thanks, Denise",
    ),
    Spec(
        phi=False,
        category="local anesthetic shortage notice to affiliated clinics",
        notes="Hard negative: drug shortage notice about lidocaine vials and substitutions; no individual.",
        frm=OKAFOR,
        to="providers@ohiopodiatrycollaborative.org",
        subject="Heads up: lidocaine 1% plain 30 mL backorder",
        body=(
            "Colleagues - our distributor says lidocaine 1% plain 30 mL MDV is backordered until January. We are "
            "switching digital blocks to 10 mL single-dose vials and using bupivacaine 0.5% for longer cases. "
            "Don't stockpile; share if a neighbour runs short.\n\nRenata"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case report draft to journal co-author",
        notes="Hard negative: de-identified case report (age, year only, no names/dates) in DOCX sent to a co-author.",
        frm=OKAFOR,
        to="j.whitfield@wright-state-podiatry.edu",
        subject="Charcot case report - draft 3",
        body="Jim - draft 3 attached. I removed the exact dates and the hospital name per the journal's de-identification checklist.",
        atts=(
            Att(
                "Charcot_case_report_draft3.docx",
                DOCX,
                docx(
                    [
                        "Midfoot Charcot neuroarthropathy managed with staged reconstruction: a case report",
                        "A man in his 60s with long-standing type 2 diabetes presented in 2024 with a warm, swollen midfoot.",
                        "Radiographs showed Eichenholtz stage I changes. He was treated with total contact casting.",
                        "Because of progressive rocker-bottom deformity, staged beaming was performed.",
                        "At 18 months he was ulcer-free in custom footwear.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sharps and biohazard pickup scheduling",
        notes="Vendor mail about medical waste pickup; no patient.",
        frm=OFFICE,
        to="service@greenlinemedwaste.com",
        subject="Change pickup day to Tuesdays",
        body="Starting December, please move our sharps/biohazard pickup from Friday to Tuesday mornings. Two 18-gal containers per visit is still right.",
    ),
    Spec(
        phi=False,
        category="limb salvage aggregate outcomes to hospital committee",
        notes="Hard negative: aggregate amputation and healing counts for a committee; no individual.",
        frm=MARSH,
        to="limbsalvage@daytonregionalhealth.org",
        subject="Limb salvage committee - our 2026 YTD numbers",
        body=(
            "For Thursday's meeting:\n- Diabetic foot ulcers treated YTD: 118\n- Healed by 12 wks: 64%\n"
            "- Minor amputations: 9, major amputations: 2\n- Mean time to vascular referral: 6 days\n\nColin"
        ),
    ),
    Spec(
        phi=False,
        category="reply to job applicant personal mailbox",
        notes="Interview scheduling with a job applicant at her gmail; nothing about health or care.",
        frm=OFFICE,
        to="kayla.brennan.ma@gmail.com",
        subject="Re: Medical Assistant application",
        body="Hi Kayla,\n\nThanks for applying. Could you come in for an interview Friday 11/20 at 1 PM? Ask for Denise at the front desk.\n\nDenise Farrow"
        + SIG,
    ),
    Spec(
        phi=False,
        category="CME lecture invitation to podiatrist",
        notes="Hard negative: speaker invitation on a Charcot foot and casting topic; no patient.",
        frm=f"Ohio Podiatric CME Series <cme@{SFA}>",
        to="drsanjay.mehta@lakeshorefootcare.com",
        subject="Invitation to speak: Charcot foot update, Jan 14",
        body=(
            "Dr. Mehta,\n\nWe would be honoured if you would give the January lecture on offloading options in acute "
            "Charcot foot and total contact casting pitfalls. 45 minutes plus Q&A, 1.0 CE credit. Dinner provided.\n\n"
            "Colin Marsh, DPM, CME chair" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="blank referral form template to referring offices",
        notes="Hard negative: blank referral form PDF with empty Patient/DOB/Diagnosis fields; no individual filled in.",
        frm=OFFICE,
        to="frontdesk@kettering-familymed.com",
        subject="New referral form (please discard the 2023 version)",
        body="Attached is our updated referral form. Please fax or upload it with the last office note.\n\nDenise"
        + SIG,
        atts=(
            Att(
                "SFA_referral_form_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "STONEBRIDGE FOOT & ANKLE ASSOCIATES - REFERRAL FORM",
                        "Patient name: ______________________   DOB: ____/____/______",
                        "Insurance / Member ID: ______________________",
                        "Reason for referral:  [ ] diabetic foot exam  [ ] ulcer  [ ] nail  [ ] heel pain  [ ] other",
                        "Urgent (ulcer with signs of infection): call 937-555-0114 for same-day visit",
                        "Referring provider: ______________________  NPI: __________",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
]
