"""BrightFrame Optical (optical shop chain with in-store optometrists): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

BF = "BrightFrame Optical <care@brightframeoptical.com>"
SIG = "\n\nBrightFrame Optical\nCustomer Care (484) 555-0130 | brightframeoptical.com"

X12_270 = (
    "ISA*00*          *00*          *ZZ*BRIGHTFRAME    *ZZ*CLEARSIGHTVP   *260421*0915*^*00501*000000732*0*P*:~"
    "GS*HS*BRIGHTFRAME*CLEARSIGHTVP*20260421*0915*732*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*BF732*20260421*0915~"
    "HL*1**20*1~NM1*PR*2*CLEARSIGHT VISION PLAN*****PI*CSVP01~"
    "HL*2*1*21*1~NM1*1P*2*BRIGHTFRAME OPTICAL ALLENTOWN*****XX*1283260382~"
    "HL*3*2*22*0~NM1*IL*1*VARGHESE*ANITA****MI*CSV55092817~"
    "DMG*D8*19880305*F~"
    "DTP*291*D8*20260421~"
    "EQ*AL~EQ*AM~"
    "SE*13*0001~GE*1*732~IEA*1*000000732~"
)

FHIR_RX = """{
  "resourceType": "VisionPrescription",
  "id": "bf-rx-88412",
  "status": "active",
  "created": "2026-04-18",
  "patient": {"display": "Caleb Whitmore", "identifier": {"value": "BF-C-0088412"}},
  "dateWritten": "2026-04-18",
  "prescriber": {"display": "Keisha Rowland, OD"},
  "lensSpecification": [
    {"product": {"text": "contact"}, "eye": "right", "sphere": -6.50, "cylinder": -1.25, "axis": 170,
     "brand": "Acuvue Oasys for Astigmatism", "note": "Keratoconus suspect OD - recheck topography in 6 months"},
    {"product": {"text": "contact"}, "eye": "left", "sphere": -5.75, "brand": "Acuvue Oasys"}
  ]
}
"""

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="glasses ready notice with prescription",
        notes="Pickup notice to the customer's gmail naming her with her new progressive prescription and exam date.",
        frm="BrightFrame Easton <easton@brightframeoptical.com>",
        to="tamsin.oduya@gmail.com",
        subject="Your glasses are ready for pickup",
        body="Hi Tamsin,\n\nYour new progressives are ready at BrightFrame Easton (Northampton St). For your records, the prescription from your April 9 eye exam with Dr. Rowland:\n\nOD -2.75 -0.50 x 015  add +2.00\nOS -3.00 -0.75 x 170  add +2.00\n\nBring your old pair and we'll adjust both.\n\nEaston team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="contact lens prescription verification reply",
        notes="Reply to an online lens retailer verifying a named customer's contact lens prescription, DOB and brand.",
        frm="Dr. Keisha Rowland <krowland@brightframeoptical.com>",
        to="rxverify@lensdirectnow.com",
        subject="RE: Rx verification request #LDN-5520913",
        body="Verified as written, with one correction.\n\nPatient: Priya Natarajan, DOB 12/03/1994\nOD: Dailies Total1 8.5 / -4.50\nOS: Dailies Total1 8.5 / -4.25 (request listed -4.50; correct value is -4.25)\nExpiration: 04/07/2027\n\nKeisha Rowland, OD\nBrightFrame Optical - Allentown"
        + SIG,
    ),
    Spec(
        phi=True,
        category="X12 270 vision eligibility inquiry",
        notes="Hard positive: the 270 file names the member with DOB and vision plan member ID for an eligibility check on the date of her exam.",
        frm="Insurance Desk <insurance@brightframeoptical.com>",
        to="edi@clearsightvision.com",
        subject="270 batch 732",
        body="Real-time portal down again - batch 270 attached. Please return the 271 to insurance@brightframeoptical.com.",
        atts=(Att("BF_270_732.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="store claims log workbook to central billing",
        notes="Multi-sheet claims log sends customer names, vision plan member IDs and exam codes (including a diabetic eye exam) to the billing office.",
        frm="BrightFrame Bethlehem <bethlehem@brightframeoptical.com>",
        to="billing@centralopticalbilling.com",
        subject="Bethlehem claims week of 4/13",
        body="Weekly claims log attached. The Kessler claim needs the medical plan, not vision - dilated diabetic exam.\n\nJada Pruitt\nStore Manager, Bethlehem",
        atts=(
            Att(
                "BF_Bethlehem_claims_2026-04-13.xlsx",
                XLSX,
                xlsx(
                    {
                        "Exams": [
                            ["Date", "Patient", "Plan", "Member ID", "CPT", "Dx"],
                            [
                                "2026-04-13",
                                "Kessler, Ronald",
                                "Capital Blue medical",
                                "QCB448201937",
                                "92014",
                                "E11.9 / Z01.00",
                            ],
                            [
                                "2026-04-14",
                                "Amaro, Lucia",
                                "ClearSight Vision",
                                "CSV55081120",
                                "92015",
                                "H52.13",
                            ],
                            [
                                "2026-04-16",
                                "Dwyer, Aidan (minor)",
                                "ClearSight Vision",
                                "CSV55077316",
                                "92004",
                                "H52.03",
                            ],
                        ],
                        "Materials": [
                            ["Patient", "Item", "Billed"],
                            ["Amaro, Lucia", "Single vision poly AR", 148.0],
                            ["Dwyer, Aidan (minor)", "Frame + SV lenses", 212.0],
                        ],
                        "Notes": [["Note"], ["Kessler: bill medical, dilated diabetic exam"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only specialty lens order status",
        notes="Hard positive: HTML-only order update to the customer's icloud names him and his scleral lenses for keratoconus.",
        frm="BrightFrame Specialty Lens Center <specialty@brightframeoptical.com>",
        to="tariq.bashir@icloud.com",
        subject="Order update",
        body="",
        html="<html><body><p>Hi Tariq,</p><p>Your <b>custom scleral lenses</b> (ordered for your <b>keratoconus</b>, both eyes) shipped from the lab today and should arrive at our Allentown Specialty Lens Center on <b>April 24</b>.</p><p>Your insertion and removal training visit with Dr. Rowland is booked for <b>April 27 at 4:15 pm</b>.</p><p>Order # SL-26-0419 | Questions? (484) 555-0136</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="forwarded customer email to lens lab about prism",
        notes="Hard positive: the forwarded customer email gives her name, phone and double vision after a stroke with her prism prescription.",
        frm="Luis Ferreira <lferreira@brightframeoptical.com>",
        to="remakes@keystoneopticallab.com",
        subject="Fwd: still seeing double - job 71-44820",
        body="Lab team - please see below. Can you verify the prism was ground base-in on the left? We measured 2 BI on the OS lens instead of 3. Rush remake under warranty please.\n\nLuis Ferreira, ABOC\nBrightFrame Allentown",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Judith Ambrose <judy.ambrose51@aol.com>",
            to="allentown@brightframeoptical.com",
            subject="still seeing double",
            body="Hello Luis,\n\nThe new glasses still give me double vision when I read. Dr. Rowland said the prism (3 base in each eye) was for the eye muscle weakness from my stroke in January, but it's no better than before. Can you call me at 610-555-0177?\n\nJudith Ambrose",
        ),
    ),
    Spec(
        phi=True,
        category="lab job ticket text with medical history",
        notes="Hard positive: plain-text lab ticket names the customer with prescription and notes a prior retinal detachment and monocular status.",
        frm="BrightFrame Stroudsburg <stroudsburg@brightframeoptical.com>",
        to="orders@keystoneopticallab.com",
        subject="Job 71-44903",
        body="Ticket attached. Safety frame, polycarb mandatory.",
        atts=(
            Att(
                "job_71-44903.txt",
                "text/plain",
                "JOB 71-44903  BrightFrame Stroudsburg  2026-04-21\nCustomer: Howard Letterman  Tel 570-555-0141\nOD  -9.25 -1.50 x 095   (functionally monocular - OS NLP after retinal detachment 2019)\nOS  balance lens\nLens: polycarbonate SV, AR, photochromic\nFrame: Wiley Valor 55-18 matte black\nNOTE: impact resistance required per Dr. Rowland - protect only seeing eye\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diabetic eye exam report PDF to PCP",
        notes="Diabetic eye exam report to the primary care office naming the patient, DOB and mild nonproliferative retinopathy findings.",
        frm="Dr. Keisha Rowland <krowland@brightframeoptical.com>",
        to="referrals@slatebeltfamilypractice.com",
        subject="Diabetic eye exam report",
        body="Dr. Meyers,\n\nThe diabetic eye exam report for your patient is attached. Please call if you'd like to discuss.\n\nKeisha Rowland, OD"
        + SIG,
        atts=(
            Att(
                "DEE_report_Kessler.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTFRAME OPTICAL - DIABETIC EYE EXAMINATION REPORT",
                        "Patient: Ronald Kessler   DOB: 07/21/1961   Exam date: 04/13/2026",
                        "Diabetes type 2, last HbA1c (patient reported) 8.4%",
                        "Dilated fundus exam: mild nonproliferative diabetic retinopathy OU, no macular edema (E11.3293)",
                        "Plan: repeat dilated exam in 6 months; encourage glycemic control",
                        "Keisha Rowland, OD   NPI: 1457088221",
                    ],
                    "Diabetic eye exam report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="urgent retina referral from store optometrist",
        notes="Referral email to the retina practice naming the patient, phone and a suspected retinal tear with symptoms.",
        frm="Dr. Keisha Rowland <krowland@brightframeoptical.com>",
        to="referrals@clearviewretina.com",
        subject="Same-day referral please",
        body="Hi Clearview team,\n\nSending Nathaniel Oyelaran (DOB 10/08/1979, cell 484-555-0152) over this afternoon. New onset flashes and a shower of floaters OD since yesterday, pigment in the vitreous (Shafer sign +), suspect horseshoe tear superotemporal. He is leaving our Allentown store now.\n\nKeisha Rowland, OD",
    ),
    Spec(
        phi=True,
        category="contact lens drop-ship CSV to distributor",
        notes="Hard positive: drop-ship CSV gives customers' names, home addresses and contact lens prescriptions to the distributor.",
        frm="Contact Lens Fulfillment <cl@brightframeoptical.com>",
        to="dropship@visionsupplydirect.com",
        subject="Drop-ship batch 0421",
        body="Annual supply orders for home delivery attached. Bill to BrightFrame account 44-1180.",
        atts=(
            Att(
                "dropship_0421.csv",
                "text/csv",
                "order,name,street,city,state,zip,brand,od_power,os_power,boxes\n"
                "CL-88101,Rebecca Ostheimer,55 Mauch Chunk St,Nazareth,PA,18064,Biofinity Toric,-3.25/-1.25x010,-2.75/-0.75x170,8\n"
                "CL-88102,Samuel Pak,12 Cedar Crest Blvd,Allentown,PA,18104,MyDay,-1.50,-1.75,8\n"
                "CL-88103,Irma Delgado,301 Ferry St,Easton,PA,18042,Bausch+Lomb ULTRA Multifocal,+1.25 High Add,+1.50 High Add,4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style dizziness note to optometrist's yahoo",
        notes="Hard positive: short text-style note names the customer, her vertigo history, bifocal prescription and phone number.",
        frm="Maddie Koury <mkoury@brightframeoptical.com>",
        to="keisha.rowland.od@yahoo.com",
        subject="delacroix",
        body="mrs delacroix called again, new bifocals making her dizzy, she has BPPV per her ENT. rx OD +2.25 OS +2.50 add 2.50. can u call her 484-555-0193 before tmrw? thx",
    ),
    Spec(
        phi=True,
        category="corneal topography image named by customer",
        notes="Hard positive: the image's file name carries the customer's name, and the mail says it shows keratoconus progression.",
        frm="Dr. Keisha Rowland <krowland@brightframeoptical.com>",
        to="consult@scleralfitgroup.com",
        subject="topo for fitting consult",
        body="Hi Dr. Amsel - topography attached, steep K went from 51.2 to 53.8 in a year, keratoconus progressing OS. Would value your input before we order the next scleral.\n\nKeisha",
        atts=(Att("Bashir_Tariq_topo_OS_2026-04-20.png", "image/png", png(6, 6, (230, 150, 20))),),
    ),
    Spec(
        phi=True,
        category="FHIR vision prescription to e-commerce partner",
        notes="Hard positive: FHIR VisionPrescription attachment names the customer with customer ID, contact lens prescription and a keratoconus-suspect note.",
        frm="Integrations <integrations@brightframeoptical.com>",
        to="api-support@shopframesonline.com",
        subject="Sample payload failing validation",
        body="This payload from production is failing your schema check on 'brand'. Can you look before Thursday's cutover?\n\nOwen Tsai\nIntegrations Engineer",
        atts=(Att("visionrx_bf-rx-88412.json", "application/fhir+json", FHIR_RX),),
    ),
    Spec(
        phi=True,
        category="medical necessity appeal DOCX to vision plan",
        notes="Appeal letter to the vision plan naming the child, member ID and anisometropic amblyopia requiring medically necessary contacts.",
        frm="Insurance Desk <insurance@brightframeoptical.com>",
        to="appeals@clearsightvision.com",
        subject="Appeal - claim CSV-CLM-7741290",
        body="Please find our appeal attached for the denied medically necessary contact lens claim.\n\nInsurance Desk"
        + SIG,
        atts=(
            Att(
                "Appeal_CSV-CLM-7741290.docx",
                DOCX,
                docx(
                    [
                        "BrightFrame Optical - Appeal of denied claim CSV-CLM-7741290",
                        "Member: Elodie Marchand (age 9), member ID CSV55063318, subscriber Paul Marchand",
                        "Diagnosis: anisometropic amblyopia OS (H53.022); anisometropia 4.50 D",
                        "Contact lenses are medically necessary: spectacle correction causes aniseikonia and diplopia.",
                        "Keisha Rowland, OD, NPI: 1457088221",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FSA receipts zip to customer",
        notes="Zip of itemized receipts sent to the customer's outlook listing his and his son's eye exams and lenses for FSA reimbursement.",
        frm="BrightFrame Allentown <allentown@brightframeoptical.com>",
        to="gfarrell.home@outlook.com",
        subject="Itemized receipts for your FSA",
        body="Hi Gavin,\n\nAs requested, the itemized receipts for you and Liam are attached in one zip.\n\nAllentown team"
        + SIG,
        atts=(
            Att(
                "BrightFrame_receipts_Farrell.zip",
                "application/zip",
                zipped(
                    {
                        "receipt_Gavin_Farrell_20260302.txt": "BrightFrame Optical Allentown  03/02/2026\nPatient: Gavin Farrell\nComprehensive eye exam (92014)  $125.00\nContact lens fitting, toric  $85.00\nBiofinity Toric 6-pack x4  $312.00\nTotal paid (Visa ...4471)  $522.00\n",
                        "receipt_Liam_Farrell_20260302.txt": "BrightFrame Optical Allentown  03/02/2026\nPatient: Liam Farrell (age 11)\nEye exam (92004)  $110.00\nMiSight 1 day myopia control lenses, 3-month supply  $390.00\nTotal paid  $500.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diabetic exam calendar invite to customer",
        notes="Hard positive: the calendar invite to the customer's aol mailbox names him and books a dilated diabetic eye exam.",
        frm="BrightFrame Scheduling <appointments@brightframeoptical.com>",
        to="marcusbell1957@aol.com",
        subject="Your eye exam - Tue Apr 28, 10:00",
        body="Your appointment details are in the attached invite. Bring your glucose log and a driver for dilation.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//BrightFrame Optical//Appointments//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:bf-appt-5518702@brightframeoptical.com\nDTSTAMP:20260421T140000Z\nDTSTART:20260428T140000Z\nDTEND:20260428T145000Z\nSUMMARY:Marcus Bell - dilated diabetic eye exam with Dr. Rowland\nLOCATION:BrightFrame Optical Allentown, 2900 Hamilton Blvd\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="past-due exam and glasses balance",
        notes="Balance reminder to the customer's comcast mailbox naming her, account number, her eye exam and glasses.",
        frm="BrightFrame Billing <billing@brightframeoptical.com>",
        to="n.hrabosky@comcast.net",
        subject="Past-due balance on account 7730418",
        body="Dear Nadine Hrabosky,\n\nOur records show a balance of $184.00 on account 7730418 for your 02/17/2026 eye exam with retinal imaging and the lined trifocal lenses ordered that day. Your vision plan covered $150.00. Please pay online or call (484) 555-0131 to set up a plan.\n\nBrightFrame Billing",
    ),
    Spec(
        phi=True,
        category="myopia control lens follow-up reminder",
        notes="Reminder to a parent's icloud naming her son, his orthokeratology lenses for myopia control and the follow-up visit.",
        frm="BrightFrame Specialty Lens Center <specialty@brightframeoptical.com>",
        to="renata.wojcik@icloud.com",
        subject="Ethan's one-week ortho-k check",
        body="Hi Renata,\n\nJust a reminder that Ethan's one-week orthokeratology check is Saturday at 8:30 am - please have him wear the lenses overnight Friday and come in with them still in. His axial length scan is due at this visit too.\n\nSpecialty Lens Center"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="HTML-only frames promotion",
        notes="HTML-only promotional email about a frames sale sent to a marketing list; no health information about anyone.",
        frm="BrightFrame Optical <offers@brightframeoptical.com>",
        to="offers-list@mail.brightframeoptical.com",
        subject="Second pair 50% off - this weekend only",
        body="",
        html='<html><body><h1>Spring into style</h1><p>Buy any frame and lens package, get a second pair 50% off. Valid April 24-26 at all 11 BrightFrame stores.</p><p><a href="https://www.brightframeoptical.com/stores">Find a store</a></p><p style="font-size:10px">Not valid with vision plan benefits. <a href="https://www.brightframeoptical.com/unsubscribe">Unsubscribe</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="aggregate store sales and exams workbook",
        notes="Hard negative: multi-sheet store performance report with revenue and exam counts by store; aggregate only.",
        frm="Finance <finance@brightframeoptical.com>",
        to="owners@brightframeoptical.com",
        subject="March store scorecard",
        body="March scorecard attached. Exams up 7% chain-wide; Stroudsburg capture rate still lags.\n\nPaula Greenbaum\nController",
        atts=(
            Att(
                "BF_scorecard_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Revenue": [
                            ["Store", "Revenue", "Pairs"],
                            ["Allentown", 188420.0, 611],
                            ["Bethlehem", 142210.0, 470],
                            ["Easton", 98120.0, 322],
                        ],
                        "Exams": [
                            ["Store", "Eye exams", "Diabetic exams", "CL fits"],
                            ["Allentown", 402, 38, 71],
                            ["Bethlehem", 311, 25, 44],
                            ["Easton", 207, 14, 29],
                        ],
                        "Capture": [
                            ["Store", "Capture rate"],
                            ["Allentown", 0.71],
                            ["Stroudsburg", 0.52],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="remittance advice PDF to frame supplier",
        notes="Hard negative: vendor remittance advice with invoice and check numbers; no customer.",
        frm="Accounts Payable <ap@brightframeoptical.com>",
        to="ar@lunettefashioneyewear.com",
        subject="Remittance advice - check 20418",
        body="Remittance for April invoices attached. ACH will replace checks from May.\n\nAccounts Payable",
        atts=(
            Att(
                "Remittance_20418.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTFRAME OPTICAL - REMITTANCE ADVICE",
                        "Payee: Lunette Fashion Eyewear   Check no. 20418   Date 04/21/2026",
                        "INV LF-99120  frames spring collection  $6,420.00",
                        "INV LF-99177  display cases (2)  $1,180.00",
                        "Less credit memo CM-4410  -$310.00",
                        "Total paid: $7,290.00",
                    ],
                    "Remittance advice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="optician training module with fictional customer",
        notes="Hard negative: training DOCX whose worked example uses an obviously fictional 'Jane Sample' prescription.",
        frm="Training <training@brightframeoptical.com>",
        to="opticians@brightframeoptical.com",
        subject="Module 4: transposing and verifying prescriptions",
        body="Module 4 is attached. Complete the quiz in the LMS by May 8.",
        atts=(
            Att(
                "Module4_transposition.docx",
                DOCX,
                docx(
                    [
                        "BrightFrame Optician Academy - Module 4",
                        "Worked example (fictional): Jane Sample, DOB 01/01/1900, Rx OD -2.00 +1.00 x 090.",
                        "Transposed to minus cylinder: OD -1.00 -1.00 x 180.",
                        "Verify on the lensometer before dispensing; tolerance per ANSI Z80.1.",
                        "Quiz: transpose +1.50 -0.75 x 045.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="store grand opening invitation",
        notes="Hard negative: invitation to a store grand opening with a calendar attachment; no health information about anyone.",
        frm="Marketing <marketing@brightframeoptical.com>",
        to="events@lehighvalleychamber.org",
        subject="You're invited: BrightFrame Whitehall grand opening",
        body="Join us for the ribbon cutting at our 11th store, Whitehall, on Saturday May 2 at 10 am. Free frame adjustments and coffee all day.",
        atts=(
            Att(
                "BF_Whitehall_opening.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//BrightFrame Optical//Events//EN\nBEGIN:VEVENT\nUID:bf-whitehall-opening@brightframeoptical.com\nDTSTAMP:20260420T150000Z\nDTSTART:20260502T140000Z\nDTEND:20260502T160000Z\nSUMMARY:BrightFrame Whitehall ribbon cutting\nLOCATION:2410 MacArthur Rd, Whitehall PA\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded frame supplier recall notice",
        notes="Hard negative: a forwarded supplier recall notice about a hinge defect lists frame models and lot codes, not customers.",
        frm="Operations <ops@brightframeoptical.com>",
        to="storemanagers@brightframeoptical.com",
        subject="Fwd: Voluntary recall - Lunette Kids flex hinge",
        body="Managers: pull these from the boards today and count stock by Friday.\n\nOps",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Quality <quality@lunettefashioneyewear.com>",
            to="ops@brightframeoptical.com",
            subject="Voluntary recall - Lunette Kids flex hinge",
            body="Lunette is voluntarily recalling Kids Flex models LK-210 and LK-214, lot codes 25K01-25K19, because the spring hinge screw can loosen. Return unsold stock for credit. No injuries have been reported.",
        ),
    ),
    Spec(
        phi=False,
        category="store lease renewal",
        notes="Business correspondence with a landlord about a lease; no health information.",
        frm="Paula Greenbaum <pgreenbaum@brightframeoptical.com>",
        to="leasing@hamiltoncrossingplaza.com",
        subject="Unit 14 lease renewal",
        body="Hi Martin,\n\nWe'd like to renew Unit 14 for five years at the proposed $28.50/sq ft with the two months' free rent we discussed. Please send the draft amendment.\n\nPaula Greenbaum\nController, BrightFrame Optical",
    ),
    Spec(
        phi=False,
        category="store staff schedule CSV",
        notes="Hard negative: CSV of employee names and shifts for a store; staff, not patients.",
        frm="Jada Pruitt <jpruitt@brightframeoptical.com>",
        to="payroll@brightframeoptical.com",
        subject="Bethlehem schedule wk 18",
        body="Week 18 schedule attached. Maria is off Wednesday (vacation day) - covered by Theo.",
        atts=(
            Att(
                "bethlehem_wk18.csv",
                "text/csv",
                "employee,role,mon,tue,wed,thu,fri,sat\nMaria Lopez,Optician,9-5,9-5,OFF,12-8,9-5,9-3\nTheo Brandt,Optician,OFF,12-8,9-5,9-5,12-8,9-3\nKeisha Rowland,OD,9-6,9-6,9-6,OFF,9-6,OFF\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff newsletter charity run shout-out",
        notes="Hard negative: staff newsletter mentions an employee running for diabetes research and a glaucoma awareness drive; no patient.",
        frm="BrightFrame HR <hr@brightframeoptical.com>",
        to="allstaff@brightframeoptical.com",
        subject="BrightFrame Bulletin - April",
        body="Shout-outs:\n- Maria Lopez (Bethlehem) ran the Tour de Lehigh 5k and raised $1,240 for juvenile diabetes research.\n- Dr. Rowland will lead free glaucoma screenings at the Allentown library on May 16.\n- Benefits open enrollment closes April 30.\n\nHR",
    ),
    Spec(
        phi=False,
        category="vendor onboarding W-9 request",
        notes="Hard negative: vendor onboarding email with the company's EIN and bank details; business data, no individual's health information.",
        frm="Accounts Payable <ap@brightframeoptical.com>",
        to="billing@shinebrightsigns.com",
        subject="New vendor setup - W-9 and ACH",
        body="Hello,\n\nTo finish setup for the Whitehall signage job please return a signed W-9. Our details for your records: BrightFrame Optical LLC, EIN 23-4417822, 2900 Hamilton Blvd, Allentown PA 18104.\n\nAccounts Payable",
    ),
    Spec(
        phi=False,
        category="frame warranty claim to manufacturer",
        notes="Hard negative: warranty claim lists frame serial numbers and store account, not customer data.",
        frm="BrightFrame Easton <easton@brightframeoptical.com>",
        to="warranty@titanlineframes.com",
        subject="Warranty claim - 3 frames",
        body="Account BF-EAS-0117. Cracked bridge on three TL-88 frames within 6 months:\nSN TL88-440192\nSN TL88-440207\nSN TL88-441033\nReplacements to the Easton store please.",
    ),
    Spec(
        phi=False,
        category="window display artwork PNG to printer",
        notes="Store window artwork sent to a print shop; no health information.",
        frm="Marketing <marketing@brightframeoptical.com>",
        to="orders@valleyprintworks.com",
        subject="Window cling artwork - final",
        body="Final artwork attached, 48x72 in, matte vinyl, 11 copies.",
        atts=(Att("window_cling_spring.png", "image/png", png(8, 8, (250, 200, 40))),),
    ),
    Spec(
        phi=False,
        category="marketing assets zip to agency",
        notes="Brand assets for an advertising agency; no health information.",
        frm="Marketing <marketing@brightframeoptical.com>",
        to="studio@redbarnagency.com",
        subject="Brand kit for summer campaign",
        body="Logo files and the brand guide are in the zip. Copy deck to follow.",
        atts=(
            Att(
                "BF_brand_kit.zip",
                "application/zip",
                zipped(
                    {
                        "brand_guide.txt": "BrightFrame Optical brand guide v3\nPrimary color #1E6FB8, accent #FAC828\nTypeface: Source Sans\nTagline: See yourself clearly.\n",
                        "logo.png": png(4, 4, (30, 111, 184)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="anonymized customer comments text file",
        notes="Hard negative: survey comments with names removed, some mentioning eye conditions in general; no identifiable customer.",
        frm="Customer Experience <cx@brightframeoptical.com>",
        to="storemanagers@brightframeoptical.com",
        subject="Q1 survey comments (anonymized)",
        body="Q1 verbatims attached, store and names stripped. NPS 61 (+4).",
        atts=(
            Att(
                "Q1_verbatims_anonymized.txt",
                "text/plain",
                "- Optician was patient while I chose frames for my astigmatism.\n- Waited 40 min past my appointment time.\n- The doctor explained cataracts clearly, but the price of progressives was a shock.\n- Kids section is great.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="store hours reply to member of public",
        notes="Hard negative: reply to a person's gmail about Sunday hours and which vision plans are accepted; no care or health detail about him.",
        frm="BrightFrame Optical <care@brightframeoptical.com>",
        to="kyle.dorsey.pa@gmail.com",
        subject="RE: Sunday hours?",
        body="Hi Kyle,\n\nYes - Easton and Whitehall are open Sundays 11 am to 5 pm. We accept ClearSight, VSP, EyeMed and Davis Vision; walk-ins are welcome for frame shopping.\n\nCustomer Care"
        + SIG,
    ),
    Spec(
        phi=False,
        category="optician job offer letter",
        notes="Job offer to a candidate's hotmail; no health information.",
        frm="BrightFrame HR <hr@brightframeoptical.com>",
        to="aliyah.grant.optics@hotmail.com",
        subject="Offer - Licensed Optician, Whitehall",
        body="Dear Aliyah,\n\nWe are pleased to offer you the Licensed Optician position at our Whitehall store at $25.50/hour, starting May 4. Please sign and return the offer by April 29.\n\nBrightFrame HR",
    ),
    Spec(
        phi=False,
        category="contact lens prescription release policy PDF",
        notes="Hard negative: policy PDF on releasing contact lens prescriptions under the FTC rule; procedure only, no individual.",
        frm="Compliance <compliance@brightframeoptical.com>",
        to="storemanagers@brightframeoptical.com",
        subject="Updated CL Rx release policy",
        body="Policy attached; post it in the back office. Signed acknowledgments by May 15.",
        atts=(
            Att(
                "CL_Rx_release_policy.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTFRAME OPTICAL - CONTACT LENS PRESCRIPTION RELEASE POLICY",
                        "1. Give every patient a copy of the contact lens Rx at the end of the fitting.",
                        "2. Obtain a signed confirmation of release and keep it 3 years.",
                        "3. Answer seller verification requests within 8 business hours.",
                        "4. Never condition release on purchase of lenses.",
                    ],
                    "CL Rx release policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="optometrist CE certificate to own gmail",
        notes="Hard negative: an optometrist's own CE certificate with her licence number and NPI; clinician identifiers, no patient.",
        frm="Training <training@brightframeoptical.com>",
        to="keisha.rowland.od@gmail.com",
        subject="Your CE certificate - Glaucoma update 2026",
        body="Dr. Rowland,\n\nYour certificate for 'Glaucoma update 2026' (2 COPE hours) is below for your PA license renewal.\n\nAttendee: Keisha Rowland, OD   PA licence OE-011842   NPI: 1457088221\nCourse: COPE 91204-GL   Date: 04/11/2026   Hours: 2.0\n\nBrightFrame Training",
    ),
    Spec(
        phi=False,
        category="lab pricing negotiation",
        notes="Vendor pricing discussion with the lens lab; no customer.",
        frm="Paula Greenbaum <pgreenbaum@brightframeoptical.com>",
        to="sales@keystoneopticallab.com",
        subject="2026-27 lab pricing",
        body="Hi Rick,\n\nWe can commit to 14,000 jobs next year if digital progressive pricing drops to $62 and remakes within 30 days stay free. Can we meet the week of May 4?\n\nPaula",
    ),
]
