"""Outbound mail of Homestead Medical Supply, a durable medical equipment and home supply vendor (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nHomestead Medical Supply\nHome oxygen - CPAP - mobility - diabetic & ostomy supplies\n"
    "Customer care (312) 555-0110 - Mon-Fri 8-6"
)

_X12_837_DME = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*HOMESTEADMS    *ZZ*DMEMACJB       *260617*1405*^*00501*000002231*0*P*:",
            "GS*HC*HOMESTEADMS*DMEMACJB*20260617*1405*2231*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*HMS-0617-A*20260617*1405*CH",
            "NM1*85*2*HOMESTEAD MEDICAL SUPPLY*****XX*1034384903",
            "HL*1**20*1",
            "HL*2*1*22*0",
            "SBR*P*18*******MB",
            "NM1*IL*1*GALLAGHER*FRANCIS*J***MI*2HD7PE3WY04",
            "N3*5 TAMARACK LN",
            "N4*EASTGATE*IL*60517",
            "DMG*D8*19410308*M",
            "CLM*HMS77120*245.88***12:B:1*Y*A*Y*Y",
            "HI*ABK:J449*ABF:J9611",
            "LX*1",
            "SV1*HC:E1390:RR*245.88*UN*1***1",
            "DTP*472*RD8*20260601-20260630",
            "NM1*DK*1*SIDDIQUI*ANWAR****XX*1179466721",
            "SE*18*0001",
            "GE*1*2231",
            "IEA*1*000002231",
        ]
    )
    + "~\n"
)

_X12_835 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*PRAIRIEBLUE    *ZZ*HOMESTEADMS    *260612*0630*^*00501*000088120*0*P*:",
            "GS*HP*PRAIRIEBLUE*HOMESTEADMS*20260612*0630*88120*X*005010X221A1",
            "ST*835*0001",
            "BPR*I*612.40*C*ACH*CCP*01*071000013*DA*5550118*1410022*20260612",
            "TRN*1*00482211*1410022",
            "N1*PR*PRAIRIE BLUE HEALTH PLAN",
            "N1*PE*HOMESTEAD MEDICAL SUPPLY*XX*1034384903",
            "CLP*HMS76002*1*398.00*312.40*50*12*PB2616001*12",
            "NM1*QC*1*ABERNATHY*COLE****MI*W66120437",
            "SVC*HC:A4253*150.00*120.00**2",
            "SVC*HC:A4259*48.00*42.40**2",
            "SVC*HC:E0607*200.00*150.00**1",
            "CLP*HMS76019*1*300.00*300.00**12*PB2616014*12",
            "NM1*QC*1*LINDGREN*HEATHER****MI*W70381529",
            "SVC*HC:A4670*300.00*300.00**1",
            "SE*15*0001",
            "GE*1*88120",
            "IEA*1*000088120",
        ]
    )
    + "~\n"
)

_X12_270 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*HOMESTEADMS    *ZZ*HEARTLANDMA    *260616*0815*^*00501*000000902*0*P*:",
            "GS*HS*HOMESTEADMS*HEARTLANDMA*20260616*0815*902*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*ELIG0616*20260616*0815",
            "HL*1**20*1",
            "NM1*PR*2*HEARTLAND MEDICARE ADVANTAGE*****PI*HMA01",
            "HL*2*1*21*1",
            "NM1*1P*2*HOMESTEAD MEDICAL SUPPLY*****XX*1034384903",
            "HL*3*2*22*0",
            "NM1*IL*1*ATKINSON*LORRAINE****MI*HMA552814302",
            "DMG*D8*19491130*F",
            "EQ*12",
            "HL*4*2*22*0",
            "NM1*IL*1*DUFRESNE*ALBERT****MI*HMA610077501",
            "DMG*D8*19380417*M",
            "EQ*12",
            "SE*16*0001",
            "GE*1*902",
            "IEA*1*000000902",
        ]
    )
    + "~\n"
)

_FHIR_TASK = """{
  "resourceType": "Task",
  "id": "hms-task-55190",
  "status": "completed",
  "intent": "order",
  "description": "Hospital bed (E0260) and pressure-reducing mattress (E0181) delivered and set up",
  "for": {"reference": "Patient/cna-224590", "display": "Patrick Brennan"},
  "focus": {"display": "DeviceRequest from Cascade Nephrology Associates, order 71145"},
  "executionPeriod": {"end": "2026-06-16T15:40:00-05:00"},
  "note": [{"text": "Delivered to 2209 Quince St, Millbrook. Patient has stage 2 sacral pressure injury; wife trained on bed controls."}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="CPAP resupply shipping confirmation to patient",
        notes="Named customer's CPAP mask and filter resupply order sent to his gmail; CPAP use implies sleep apnea treatment.",
        frm="Homestead Resupply <resupply@homesteadmedsupply.com>",
        to="dwayne.pettibone@gmail.com",
        subject="Your CPAP supplies ship Tuesday",
        body=(
            "Hi Dwayne Pettibone,\n\nGood news - your 90-day CPAP resupply is approved by your insurance and "
            "ships Tuesday:\n  - ResMed AirFit F20 full-face cushion (M) x 3\n  - Disposable filters x 6\n"
            "  - Heated tubing x 1\n\nYour compliance report shows you used the machine 6.8 hours a night last "
            "month - nice work.\n\nHomestead Resupply Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="incontinence supply delivery manifest to courier",
        notes="Hard positive: a courier hand-off with a customer's name, home address and incontinence products, nothing labelled clinical.",
        frm="Warehouse Dispatch <dispatch@homesteadmedsupply.com>",
        to="routes@lastmilecourierco.com",
        subject="Add-on stop for Route 4 today",
        body=(
            "Route 4 add-on, deliver by 5 pm:\n\nRuth Delgado\n44 Orchard Lane, Millbrook IL 60536\n(630) "
            "555-0125 - ring twice, she is slow to the door\n\n2 cs adult briefs size L (maximum absorbency)\n"
            "1 cs disposable underpads 30x36\n1 bx perineal wipes\n\nNo signature needed; leave inside the "
            "storm door.\n\nDispatch"
        ),
    ),
    Spec(
        phi=False,
        category="HTML product catalogue promotion",
        notes="Hard negative: HTML-only general marketing of medical supplies to the whole newsletter list, not segmented by condition.",
        frm="Homestead Medical Supply <deals@homesteadmedsupply.com>",
        to="newsletter@homesteadmedsupply.com",
        subject="June savings: mobility, bath safety and diabetes care",
        body="",
        html=(
            "<html><body><h1>June savings at Homestead</h1><table><tr><td><b>Rollators</b><br>from $79</td>"
            "<td><b>Shower chairs</b><br>20% off</td><td><b>Glucose meters</b><br>free with strip subscription</td>"
            "</tr></table><p>Ostomy, CPAP and compression stockings: ask about insurance billing.</p>"
            "<p><a href='https://homesteadmedsupply.com/shop'>Shop now</a> | <a href='https://homesteadmedsupply.com/unsub'>"
            "Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="condition-targeted marketing to named customer",
        notes="Hard positive: a 'promotion' addressed to a named customer as an ostomy customer reveals his condition and product use.",
        frm="Homestead Medical Supply <deals@homesteadmedsupply.com>",
        to="gerald.mccloud@comcast.net",
        subject="Gerald, new skin barrier for ostomy customers",
        body=(
            "Hi Gerald,\n\nAs one of our ostomy customers using the Hollister 2-piece system (flange 57 mm), you "
            "qualify for free samples of the new ceramide skin barrier. Since your colostomy supplies renew on "
            "the 24th, we can add samples to that box - just reply YES.\n\nHomestead Ostomy Care"
        ),
    ),
    Spec(
        phi=False,
        category="wheelchair purchase order to manufacturer",
        notes="Inventory purchase order (CSV) to a manufacturer; no patient data.",
        frm="Purchasing <purchasing@homesteadmedsupply.com>",
        to="orders@summitmobilitymfg.com",
        subject="PO HMS-26-0448",
        body="Please confirm ship date for the attached PO. Dock hours 7-3.\n\nRick Sandoval, Purchasing",
        atts=(
            Att(
                "PO_HMS-26-0448.csv",
                "text/csv",
                "sku,description,qty,unit_cost\n"
                "SMW-18STD,18in standard wheelchair swing-away footrests,40,118.00\n"
                "SMW-20HD,20in heavy-duty wheelchair,10,212.00\n"
                "SMR-ROLL6,Rollator 6in wheels with seat,60,54.50\n"
                "SMC-3IN1,3-in-1 commode,36,31.25\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 oxygen rental claim to DME MAC",
        notes="Hard positive: body gives a batch number only; the 837 carries the beneficiary name, MBI, DOB, address and COPD/hypoxia codes for oxygen rental.",
        frm="Billing <billing@homesteadmedsupply.com>",
        to="edi-submissions@dmemacjurisdictionb.com",
        subject="837P batch HMS-0617-A",
        body="Batch HMS-0617-A (1 claim) attached for manual submission while our SFTP key is rotated.\n\nHomestead Billing",
        atts=(Att("HMS-0617-A.x12", "application/edi-x12", _X12_837_DME),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance to outsourced billing firm",
        notes="Hard positive: body mentions a check number only; the 835 lists two named members with IDs and the diabetic and BP-monitoring supplies paid.",
        frm="Cash Posting <cashposting@homesteadmedsupply.com>",
        to="posting@revcyclepartners.com",
        subject="ERA check 00482211",
        body="ERA for check 00482211 attached for posting. Two claims.\n\nThanks, Lupe",
        atts=(Att("era_00482211.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=False,
        category="aggregate payer mix and HCPCS revenue workbook",
        notes="Hard negative: revenue by payer and by HCPCS code, totals only, no patients.",
        frm="Finance <finance@homesteadmedsupply.com>",
        to="cpa@brandtmorrisaccounting.com",
        subject="May close package",
        body="Hi Jill, May close package attached (payer mix, HCPCS revenue, AR aging).\n\nOwen Hartley, Controller",
        atts=(
            Att(
                "HMS_May2026_close.xlsx",
                XLSX,
                xlsx(
                    {
                        "Payer mix": [
                            ["Payer", "Claims", "Paid"],
                            ["Medicare DME MAC", 1184, 201844.20],
                            ["Prairie Blue", 412, 66120.75],
                            ["Heartland MA", 233, 38410.00],
                            ["Self-pay", 97, 8842.10],
                        ],
                        "HCPCS": [
                            ["HCPCS", "Description", "Units", "Revenue"],
                            ["E1390", "Oxygen concentrator", 611, 150216.00],
                            ["E0601", "CPAP device", 88, 7040.00],
                            ["A4253", "Glucose strips/50", 1420, 42600.00],
                            ["A5063", "Ostomy pouch", 2210, 19890.00],
                        ],
                        "AR aging": [
                            ["Bucket", "Amount"],
                            ["0-30", 180422.0],
                            ["31-60", 40211.0],
                            ["61-90", 12090.0],
                            ["90+", 9188.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oxygen CMN sent to physician for signature",
        notes="Certificate of medical necessity PDF with patient name, DOB, oxygen saturation and COPD for physician signature.",
        frm="Documentation Team <docs@homesteadmedsupply.com>",
        to="referrals@cascadenephro.com",
        subject="Signature needed: CMN 484 - please return by 6/24",
        body=(
            "Dr. Siddiqui's office,\n\nThe attached oxygen CMN needs the physician's signature and date in "
            "section D. Without it Medicare will deny the June rental.\n\nThank you,\nTerri Lund, Documentation "
            "Specialist" + SIG
        ),
        atts=(
            Att(
                "CMN484_Gallagher_Francis.pdf",
                "application/pdf",
                pdf(
                    [
                        "HOMESTEAD MEDICAL SUPPLY",
                        "CERTIFICATE OF MEDICAL NECESSITY - OXYGEN (CMS-484)",
                        "Patient: Francis J. Gallagher   DOB: 03/08/1941",
                        "Address: 5 Tamarack Ln, Eastgate IL 60517",
                        "Supplier: Homestead Medical Supply   NPI: 1034384903",
                        "Physician: Anwar Siddiqui MD   NPI: 1179466721",
                        "Qualifying test 05/29/2026: SpO2 86% on room air at rest",
                        "Diagnosis: COPD (J44.9), chronic respiratory failure with hypoxia (J96.11)",
                        "Prescribed flow: 2 L/min continuous, 24 h/day, estimated length of need 99 months",
                        "Physician signature: ______________________   Date: ________",
                    ],
                    "CMN 484",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank CMN form and instructions for physician offices",
        notes="Hard negative: blank oxygen CMN template with field labels like patient name and SpO2, no patient data.",
        frm="Documentation Team <docs@homesteadmedsupply.com>",
        to="office-managers@oakhollowfamilymed.com",
        subject="How to fill out oxygen CMNs (blank form + tips)",
        body=(
            "Hello,\n\nSeveral offices asked for a blank copy. Most denials come from a missing qualifying "
            "test date or an unsigned section D.\n\nTerri Lund"
        ),
        atts=(
            Att(
                "CMN484_blank_with_tips.pdf",
                "application/pdf",
                pdf(
                    [
                        "HOMESTEAD MEDICAL SUPPLY - OXYGEN CMN TIPS",
                        "Patient name: ____________________   DOB: __________   MBI: ______________",
                        "Qualifying test date: ______   SpO2 at rest on room air: ____ %",
                        "Tip: test must be within 30 days before the initial date; SpO2 <= 88% qualifies.",
                        "Diagnosis code: __________ (example: J44.9 is commonly used)",
                        "Section D must be signed and dated by the treating physician.",
                    ],
                    "CMN tips",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospital bed proof of delivery to home health agency",
        notes="Delivery ticket DOCX with patient name, address, hospital bed and pressure-injury mattress sent to the home health nurse.",
        frm="Delivery Operations <delivery@homesteadmedsupply.com>",
        to="intake@brightpathhomehealth.com",
        subject="POD - bed delivered today",
        body="Hi Monica, POD attached as you asked for your start-of-care file.\n\nMiguel, Delivery Ops",
        atts=(
            Att(
                "POD_71145.docx",
                DOCX,
                docx(
                    [
                        "HOMESTEAD MEDICAL SUPPLY - PROOF OF DELIVERY",
                        "Order 71145   Delivered 06/16/2026 15:40",
                        "Customer: Patrick Brennan, 2209 Quince St, Millbrook IL 60536",
                        "Items: semi-electric hospital bed E0260 (SN HB-5520-1187), pressure-reducing mattress E0181",
                        "Reason on order: stage 2 sacral pressure injury; CKD 4",
                        "Received by: Marianne Brennan (spouse)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="delivery van maintenance schedule with plates",
        notes="Hard negative: company vehicles' plate numbers and service dates; vehicle identifiers of the business, not of patients.",
        frm="Fleet <fleet@homesteadmedsupply.com>",
        to="service@millbrookfleetcare.com",
        subject="Q3 service schedule - 5 vans",
        body=(
            "Hi Bob,\n\nQ3 schedule for our vans:\n  Van 1  IL plate DM 48213   oil + tires   7/6\n  Van 2  IL "
            "plate DM 48214   brakes        7/6\n  Van 3  IL plate DM 50977   oil           7/13\n  Van 4  IL "
            "plate DM 50978   liftgate      7/13\n  Van 5  IL plate DM 61002   A/C           7/20\n\nThe O2 "
            "cylinder racks on vans 3 and 4 need inspection too.\n\nGina Marsh, Fleet Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="CPAP technician service note with device serial and address",
        notes="Hard positive: terse tech note (.txt) with the customer's surname, home address, CPAP serial, pressure and AHI.",
        frm="Respiratory Services <rt@homesteadmedsupply.com>",
        to="rt.supervisor@homesteadmedsupply.com",
        cc="sleepclinic@lakeshorehospital.org",
        subject="svc call 6/16",
        body="Note attached. Sleep lab cc'd re pressure.",
        atts=(
            Att(
                "svc_0616_birch.txt",
                "text/plain",
                "svc 6/16 1410  12 Birch Ct Eastgate (Mrs. Ivanova)\n"
                "AirSense 11 SN 23251847719  - CPAP 11 cmH2O, EPR 2\n"
                "AHI 9.4 on download (was 3-4). mask leak 38 L/min -> new F30 cushion M\n"
                "pt c/o dry mouth, humidity 4->6. sleep lab to review pressure.\n"
                "-JR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="general CPAP recall notice",
        notes="Hard negative: manufacturer recall notice to all customers explaining how to check serial numbers; no individual.",
        frm="Homestead Medical Supply <notices@homesteadmedsupply.com>",
        to="customers@homesteadmedsupply.com",
        subject="Manufacturer recall: certain DreamFlow 2 humidifier tubs",
        body=(
            "Dear customers,\n\nThe maker of DreamFlow 2 CPAP machines has recalled humidifier tubs with "
            "serial numbers starting DF2H-24 because the seal can crack. The CPAP machine itself is not "
            "affected.\n\nHow to check: look at the label under the tub. If it starts with DF2H-24, stop using "
            "the humidifier and call us at (312) 555-0110 for a free replacement. You can keep using the "
            "machine without humidification.\n\nHomestead Medical Supply"
        ),
    ),
    Spec(
        phi=True,
        category="ventilator recall swap to named patient",
        notes="Named customer told his home ventilator (with serial) is recalled and will be swapped; reveals ventilator dependence.",
        frm="Respiratory Services <rt@homesteadmedsupply.com>",
        to="lbenedetto48@yahoo.com",
        subject="Your ventilator replacement on Friday",
        body=(
            "Dear Mr. Benedetto,\n\nOur records show the Trilogy Evo ventilator we set up for you in March "
            "(serial TV2206118) is included in a manufacturer correction. Our respiratory therapist, Jenna, "
            "will bring a replacement Friday, June 19, between 10 and noon, move your settings (AVAPS, backup "
            "rate 14) and check your mask. Please have your backup battery charged.\n\nRespiratory Services"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="warehouse forklift safety notice",
        notes="Staff safety notice about forklift training; nothing clinical.",
        frm="Warehouse Manager <warehouse@homesteadmedsupply.com>",
        to="warehouse-staff@homesteadmedsupply.com",
        subject="Forklift recertification - sign up",
        body=(
            "Team,\n\nOSHA forklift recertification is due for eight of you by July 31. Sessions: June 24 and "
            "July 8, 7:00-10:00 a.m., loading dock B. Steel-toe boots required. No certification, no driving - "
            "no exceptions.\n\nPete"
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for two members",
        notes="Eligibility inquiry listing two named Medicare Advantage members with IDs and DOBs for DME coverage.",
        frm="Intake <intake@homesteadmedsupply.com>",
        to="edi@heartlandmedicareadvantage.com",
        subject="270 batch ELIG0616",
        body="270 batch attached (portal is down). Please return the 271 to this address.\n\nIntake",
        atts=(Att("ELIG0616.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security warning about a phishing campaign; no patient data.",
        frm="IT Security <itsecurity@homesteadmedsupply.com>",
        to="allstaff@homesteadmedsupply.com",
        subject="Phishing alert: fake 'DME MAC portal password reset'",
        body=(
            "Heads up: several of you got an e-mail that looks like it comes from the Medicare DME portal asking "
            "you to reset your password. It does not. The link goes to dme-mac-portal-login.co. Do not click. "
            "If you already entered your password, call the help desk at ext. 2200 now.\n\nIT Security"
        ),
    ),
    Spec(
        phi=True,
        category="proof-of-delivery photo zip for insurer",
        notes="Hard positive: PHI only inside a zip - a manifest text naming the patient, address and power wheelchair with diagnosis, plus photos.",
        frm="Delivery Operations <delivery@homesteadmedsupply.com>",
        to="documentation@prairiebluehealth.com",
        subject="Requested delivery documentation - claim HMS75588",
        body="Documentation for claim HMS75588 attached as requested in your letter of 6/8.\n\nMiguel",
        atts=(
            Att(
                "HMS75588_delivery.zip",
                "application/zip",
                zipped(
                    {
                        "manifest.txt": (
                            "Claim HMS75588 - delivery 05/21/2026\n"
                            "Member: Osvaldo Prieto, 77 Quarry Rd Apt 4, Eastgate IL\n"
                            "Item: group 2 power wheelchair K0823 (SN PWC-88172-C)\n"
                            "Diagnosis on order: multiple sclerosis (G35)\n"
                            "Signed by member at delivery.\n"
                        ),
                        "photo_1.png": png(4, 4, (90, 90, 90)),
                        "photo_2.png": png(4, 4, (60, 60, 60)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="product image zip for website",
        notes="Zip of product photos sent to the web designer; no patients.",
        frm="Marketing <marketing@homesteadmedsupply.com>",
        to="kim.pixelpine@outlook.com",
        subject="Product images for the new shop pages",
        body="Kim - the product shots for the rollator and shower chair pages are zipped here.\n\nAmber",
        atts=(
            Att(
                "product_images_june.zip",
                "application/zip",
                zipped(
                    {
                        "rollator_blue.png": png(6, 6, (30, 60, 200)),
                        "shower_chair.png": png(6, 6, (230, 230, 230)),
                        "captions.txt": "rollator_blue: 6-inch wheels, 300 lb capacity\nshower_chair: tool-free assembly\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="password-protected audit response zip",
        notes="Hard positive: the only PHI is inside a password-protected zip of audit documentation for named beneficiaries; body gives claim count only.",
        frm="Compliance <compliance@homesteadmedsupply.com>",
        to="adr-responses@recoveryauditregion2.com",
        subject="ADR response - request 26-4471 (3 claims)",
        body=(
            "Attached is our response to additional documentation request 26-4471 covering three claims. The "
            "zip is password protected; the password will be sent separately by phone to the reviewer named in "
            "the letter.\n\nStella Morgan, Compliance Officer" + SIG
        ),
        atts=(
            Att(
                "ADR_26-4471.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "claim1_Gallagher.txt": "Francis Gallagher, MBI 2HD7PE3WY04, oxygen E1390, SpO2 86% RA 5/29/2026",
                        "claim2_Tillman.txt": "Vernon Tillman, DOB 04/22/1963, BP monitor A4670, CKD 3b",
                        "claim3_Prieto.txt": "Osvaldo Prieto, power wheelchair K0823, multiple sclerosis G35",
                    },
                    "Hms!Adr4471",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="respiratory therapist job posting",
        notes="Hard negative: job advert describing oxygen and CPAP set-ups for patients with COPD in general terms.",
        frm="Human Resources <hr@homesteadmedsupply.com>",
        to="careers-board@illinoisrespiratorysociety.org",
        subject="Posting: Home Care Respiratory Therapist (RRT)",
        body=(
            "Please post:\n\nHOME CARE RESPIRATORY THERAPIST - Homestead Medical Supply, Millbrook\n"
            "Set up home oxygen, CPAP/BiPAP and non-invasive ventilators; teach patients with COPD, ALS and "
            "sleep apnea; perform overnight oximetry. Company vehicle, on-call 1 weekend a month. RRT and IL "
            "licence required. $34-41/h.\n\nHuman Resources"
        ),
    ),
    Spec(
        phi=True,
        category="backordered test strips reply to patient's daughter",
        notes="Reply to a daughter's hotmail naming her father, his diabetic test strips and insurance resupply.",
        frm="Customer Care <care@homesteadmedsupply.com>",
        to="tanya.frost.72@hotmail.com",
        subject="RE: Dad's order",
        body=(
            "Hi Tanya,\n\nI checked your father's account (Harold Frost). His FreeStyle Lite strips and lancets "
            "for the month are backordered until June 22. Because he tests four times a day on insulin, I moved "
            "him to the Contour Next strips we have in stock and will include a free Contour meter to "
            "read them. Medicare will cover either.\n\nBest,\nAisha, Customer Care" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="rental price list reply to physical therapy clinic",
        notes="Price list for rental equipment sent to a PT clinic; no individual.",
        frm="Customer Care <care@homesteadmedsupply.com>",
        to="frontdesk@stridephysicaltherapy.com",
        subject="RE: rental prices",
        body=(
            "Hi Jess,\n\nCurrent self-pay rental prices:\n  Knee scooter      $45/month\n  Standard "
            "wheelchair $60/month\n  Hospital bed      $180/month (delivery included)\n  Cold therapy unit "
            "$35/week\n\nMost commercial plans cover these with a prescription. Happy to leave flyers at your "
            "front desk.\n\nAisha" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="oxygen patient list to refill subcontractor",
        notes="Hard positive: body is routine; the CSV lists named oxygen patients with addresses and liter flow for cylinder refills.",
        frm="Respiratory Services <rt@homesteadmedsupply.com>",
        to="scheduling@airwaycylinderservice.com",
        subject="July refill route list",
        body="July list attached. Same as June plus two adds.\n\nJR",
        atts=(
            Att(
                "o2_refills_july.csv",
                "text/csv",
                "name,address,phone,lpm,cylinders_e\n"
                "Francis Gallagher,5 Tamarack Ln Eastgate,(630) 555-0135,2,6\n"
                "Agnes Lindqvist,41 Pier Rd Cedar Falls,(312) 555-0136,3,8\n"
                "Walter Szymanski,600 Linden Ave Millbrook,(630) 555-0137,1.5,4\n"
                "Dorothy Pak,18 Sumac Way Eastgate,(630) 555-0138,2,6\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="warehouse inventory workbook with device serials",
        notes="Hard negative: serial numbers of unassigned devices in stock by warehouse; no patient linkage.",
        frm="Inventory Control <inventory@homesteadmedsupply.com>",
        to="audit@brandtmorrisaccounting.com",
        subject="Mid-year inventory count - serialised equipment",
        body="Serialised equipment on hand as of 6/12, by location. All units are unassigned stock.\n\nOwen",
        atts=(
            Att(
                "serialised_inventory_0612.xlsx",
                XLSX,
                xlsx(
                    {
                        "Millbrook": [
                            ["Item", "Model", "Serial", "Status"],
                            ["Oxygen concentrator", "EverFlo", "EF-117204", "ready"],
                            ["Oxygen concentrator", "EverFlo", "EF-117233", "cleaning"],
                            ["CPAP", "AirSense 11", "23251900412", "new in box"],
                        ],
                        "Eastgate": [
                            ["Item", "Model", "Serial", "Status"],
                            ["Hospital bed", "Semi-electric", "HB-5520-1204", "ready"],
                            ["Power wheelchair", "K0823", "PWC-88190-C", "repair"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR task completion update to referring practice",
        notes="Hard positive: one-line body; the FHIR Task names the patient, his address, the hospital bed delivery and his pressure injury.",
        frm="Order Integration <integration@homesteadmedsupply.com>",
        to="fhir-inbox@cascadenephro.com",
        subject="Order 71145 completed",
        body="Status update for your order 71145 (FHIR Task attached).",
        atts=(Att("task_71145.json", "application/fhir+json", _FHIR_TASK),),
    ),
    Spec(
        phi=False,
        category="vendor review call invite",
        notes="Calendar invite for a vendor relationship review with a referring practice; agenda has no patients.",
        frm="Stella Morgan <smorgan@homesteadmedsupply.com>",
        to="cbenning@cascadenephro.com",
        subject="Invitation: Quarterly partner review - Homestead / Cascade",
        body="Agenda: turnaround on orders, CMN return rates, BAA renewal date, new FHIR connection.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Homestead//Calendar//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:partner-review-q2@homesteadmedsupply.com\nDTSTAMP:20260617T130000Z\nDTSTART:20260630T150000Z\n"
            "DTEND:20260630T160000Z\nSUMMARY:Quarterly partner review - Homestead / Cascade\n"
            "LOCATION:Video call\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient rights policy document for accreditation",
        notes="Hard negative: accreditation policy describing patient rights and PHI handling in general; no individual.",
        frm="Compliance <compliance@homesteadmedsupply.com>",
        to="surveyor@achcaccreditation.org",
        subject="Pre-survey document request - item 4 (patient rights)",
        body="Item 4 of your pre-survey list attached. Items 5-9 follow tomorrow.\n\nStella Morgan",
        atts=(
            Att(
                "Policy_PR-01_patient_rights.docx",
                DOCX,
                docx(
                    [
                        "HOMESTEAD MEDICAL SUPPLY - POLICY PR-01: PATIENT RIGHTS AND RESPONSIBILITIES",
                        "Each patient receives a written copy of their rights at set-up, including the right to file a complaint.",
                        "Protected health information (name, address, diagnosis, equipment, insurance ID) is disclosed only as permitted by HIPAA.",
                        "Complaints are acknowledged within 5 days and resolved within 14 days.",
                        "Reviewed: 01/2026   Owner: Compliance Officer",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded knee brace referral to orthotist",
        notes="Forward of a physician office's referral naming the patient, her knee osteoarthritis and brace code to an orthotic fitter.",
        frm="Intake <intake@homesteadmedsupply.com>",
        to="fittings@precisionorthoticslab.com",
        subject="Fwd: brace referral - please schedule fitting",
        body="Hi Carlos - can you fit this one next week? Prior auth approved. Forwarding the referral below.\n\nIntake",
        forward=Spec(
            phi=True,
            category="referral email",
            notes="nested",
            frm="Oak Hollow Family Medicine <referrals@oakhollowfamilymed.com>",
            to="intake@homesteadmedsupply.com",
            subject="brace referral",
            body=(
                "Please fit Mrs. Mei-Ling Ng (DOB 09/30/1957, (630) 555-0161) for an unloader knee brace, right, "
                "L1851. Dx: primary osteoarthritis right knee (M17.11), failed PT and injections. Thanks, Dr. Whelan"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded supplier price increase",
        notes="Forward of a manufacturer's price increase notice to a purchasing consultant; no patients.",
        frm="Purchasing <purchasing@homesteadmedsupply.com>",
        to="consult@groupbuyadvisors.com",
        subject="Fwd: 2026 H2 price adjustment",
        body="Bill - another 6% on ostomy pouches. Can the GPO push back? Forwarding below.\n\nRick",
        forward=Spec(
            phi=False,
            category="vendor email",
            notes="nested",
            frm="Pricing <pricing@ostoguardmedical.com>",
            to="purchasing@homesteadmedsupply.com",
            subject="2026 H2 price adjustment",
            body=(
                "Dear valued distributor, effective August 1 list prices on one- and two-piece pouching systems "
                "increase 6% due to resin costs. Skin barrier rings are unchanged."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="breast pump shipment to new mother",
        notes="Hard positive: a named customer's insurance breast pump order mentioning her delivery date reveals postpartum status.",
        frm="Homestead Mom & Baby <mombaby@homesteadmedsupply.com>",
        to="kaylee.brandstetter@icloud.com",
        subject="Congratulations - your breast pump is on the way",
        body=(
            "Hi Kaylee,\n\nCongratulations on baby Nora's arrival on June 9! Your insurance approved the "
            "Spectra S1 double electric pump at no cost to you, and it ships today with 2 extra flange sets "
            "(24 mm). Your plan also covers replacement valves every 90 days - we'll remind you.\n\n"
            "Homestead Mom & Baby"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate complaint summary for accreditor",
        notes="Hard negative: counts of complaints by category for the quarter, no individuals.",
        frm="Compliance <compliance@homesteadmedsupply.com>",
        to="surveyor@achcaccreditation.org",
        subject="Item 7: Q2 complaint log summary",
        body=(
            "Summary of complaints April 1 - June 12:\n\n  Late delivery                6\n  Billing/explanation "
            "of benefits 4\n  Equipment malfunction        3\n  Staff courtesy               1\n  Total           "
            "            14 (all resolved, median 4 days)\n\nThe full log with customer names is available on site "
            "during the survey.\n\nStella Morgan"
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours notice HTML",
        notes="HTML-only holiday hours notice to all customers; nothing about any individual.",
        frm="Homestead Medical Supply <notices@homesteadmedsupply.com>",
        to="customers@homesteadmedsupply.com",
        subject="Holiday hours - July 3 and 4",
        body="",
        html=(
            "<html><body><p>Our showroom is closed <b>Friday July 3</b> and <b>Saturday July 4</b>.</p>"
            "<p>Oxygen and ventilator emergencies: our on-call therapist is available 24/7 at (312) 555-0199."
            "</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="scanned prescription image named after patient",
        notes="Hard positive: a PNG scan whose file name carries the patient's surname and the rollator; body says only 'rx for the rollator'.",
        frm="Intake <intake@homesteadmedsupply.com>",
        to="verification@revcyclepartners.com",
        subject="rx for the rollator",
        body="rx for the rollator, see pic. Need PA?\n\nIntake",
        atts=(
            Att(
                "Rx_Adebayo_Funmilayo_rollator_E0143.png", "image/png", png(10, 14, (245, 245, 240))
            ),
        ),
    ),
    Spec(
        phi=False,
        category="order-entry system release notes",
        notes="Software release notes in a .txt attachment; no patient information.",
        frm="IT <it@homesteadmedsupply.com>",
        to="superusers@homesteadmedsupply.com",
        cc="support@dmeorderworks.com",
        subject="OrderWorks 8.4 release notes",
        body="Release notes for Saturday's upgrade attached.",
        atts=(
            Att(
                "OrderWorks_8.4_release_notes.txt",
                "text/plain",
                "OrderWorks 8.4\n- New: HCPCS modifier check (KX, NU, RR) before claim release\n"
                "- New: CMN expiry warning 30 days ahead\n- Fixed: duplicate delivery tickets when printing twice\n"
                "- Known issue: FHIR Task status 'on-hold' not yet supported\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="used wheelchair donation to church loan closet",
        notes="Community donation offer of refurbished equipment to a church loan closet; no individual.",
        frm="Rick Sandoval <purchasing@homesteadmedsupply.com>",
        to="stjude.loancloset@yahoo.com",
        subject="Donation: 12 refurbished wheelchairs and 20 walkers",
        body=(
            "Hi Deacon Mike,\n\nWe are retiring some rental stock and would like to donate 12 refurbished "
            "standard wheelchairs, 20 folding walkers and 8 shower benches to the parish loan closet. Everything "
            "has been cleaned and safety-checked. We can deliver Saturday morning if someone can open the hall.\n\n"
            "Rick Sandoval\nHomestead Medical Supply"
        ),
    ),
]
