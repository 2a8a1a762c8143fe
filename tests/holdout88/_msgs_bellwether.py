"""Bellwether Compounding Pharmacy: outbound mail of a 503A compounding pharmacy (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nBellwether Compounding Pharmacy\n640 Quarry Lane, Boise ID 83702 | 555-0131 | fax 555-0132"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*NORTHCAPPBM    *ZZ*BELLWETHER     *260316*0610*^*00501*000007120*0*P*:~"
    "GS*HP*NORTHCAPPBM*BELLWETHER*20260316*0610*7120*X*005010X221A1~"
    "ST*835*0001~BPR*I*412.18*C*ACH*CCP*01*091000019*DA*8830021*1412233889**01*071000013*DA*5520190*20260316~"
    "TRN*1*EFT7120*1412233889~N1*PR*NORTHCAP PBM~N1*PE*BELLWETHER COMPOUNDING*XX*1932466257~"
    "CLP*BW-7781204*1*260.00*218.40**MC*NC2603110044~NM1*QC*1*HALVORSEN*INGRID****MI*NCP83301927~SVC*N4:00000000001*260*218.40**1~"
    "CLP*BW-7781388*1*220.00*193.78**MC*NC2603110051~NM1*QC*1*DUBOIS*REMY****MI*NCP80017734~SVC*N4:00000000001*220*193.78**1~"
    "SE*12*0001~GE*1*7120~IEA*1*000007120~"
)

FHIR_DISPENSE = """{
  "resourceType": "MedicationDispense",
  "status": "completed",
  "medicationCodeableConcept": {"text": "Low-dose naltrexone 4.5 mg capsule (compounded)"},
  "subject": {"reference": "Patient/bw-118820", "display": "Colette Amundsen"},
  "quantity": {"value": 30, "unit": "capsule"},
  "whenHandedOver": "2026-03-17",
  "dosageInstruction": [{"text": "1 capsule at bedtime for fibromyalgia"}]
}
"""

FHIR_TEST = """{
  "resourceType": "MedicationRequest",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "Progesterone 100 mg capsule (compounded)"},
  "subject": {"display": "CERTIFICATION, TESTPATIENT (synthetic)"},
  "note": [{"text": "eRx network certification scenario 7 - not a real patient"}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Shipment confirmation to patient with drug name",
        notes="Shipping notice to the patient's gmail naming her and her compounded semaglutide vial.",
        frm="Bellwether Pharmacy <shipping@bellwetherrx.com>",
        to="corinne.albescu@gmail.com",
        subject="Your order has shipped",
        body="Hi Corinne Albescu,\n\nRx #BW-7790416 (semaglutide 2.5 mg/mL, 1 mL vial) shipped today via overnight cold pack. Tracking: 1Z88W4110398822710. Refrigerate on arrival.\n\nQuestions for the pharmacist? Call 555-0131."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Prescription clarification to prescriber office",
        notes="Clarification request to the prescriber naming patient, DOB and bioidentical hormone troche dose.",
        frm="Pharmacist on duty <rph@bellwetherrx.com>",
        to="frontdesk@sagebrushwomenshealth.com",
        subject="Clarification needed - Rx received 03/16",
        body="Good morning,\n\nWe received an Rx for Lorraine Whitfield (DOB 08/02/1966) for estradiol/progesterone troche 'as directed'. Please confirm strength (we suspect estradiol 0.5 mg / progesterone 100 mg) and directions. We'll hold until we hear back.\n\nMegan Tullis, PharmD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Veterinary compounding order",
        notes="Hard negative: transdermal methimazole for a cat; veterinary medicine for an animal patient, not human health information.",
        frm="Veterinary Desk <vet@bellwetherrx.com>",
        to="rx@foothillsanimalclinic.com",
        subject="Re: 'Pumpkin' methimazole gel",
        body="Dr. Ruiz,\n\nPumpkin's methimazole transdermal gel 5 mg/0.1 mL (30 clicks) is ready for pickup at the clinic courier run tomorrow. The cat's T4 recheck is up to you; we'll hold refills until you send a new order.\n\nVet Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Master formulation record docx",
        notes="Hard negative: master formulation record for compounded tirzepatide with doses and ingredients; a recipe, no patient.",
        frm="Quality <quality@bellwetherrx.com>",
        to="consultant@usp797partners.com",
        subject="MFR review - tirzepatide/niacinamide",
        body="Hi Jill, the revised MFR is attached for your review before the board inspection.\n\nCorey",
        atts=(
            Att(
                "MFR-0412_tirzepatide_rev3.docx",
                DOCX,
                docx(
                    [
                        "BELLWETHER COMPOUNDING PHARMACY - MASTER FORMULATION RECORD MFR-0412 rev 3",
                        "Product: Tirzepatide 10 mg/mL with niacinamide 2 mg/mL, injectable, 2 mL vial",
                        "Ingredients: tirzepatide (API lot per CoA), niacinamide USP, benzyl alcohol 0.9%, sterile water for injection qs",
                        "Process: sterile-to-sterile, 0.22 micron filtration, ISO 5 PEC; BUD 30 days refrigerated",
                        "QC: sterility (USP 71), endotoxin (USP 85), potency 90-110%",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Certificate of analysis from testing lab",
        notes="Hard negative: potency/sterility CoA PDF for a compounded lot; product data only.",
        frm="Quality <quality@bellwetherrx.com>",
        to="qa@leanpathhealth.com",
        subject="CoA lot BW-2603-114",
        body="As requested, the third-party CoA for lot BW-2603-114 (semaglutide 2.5 mg/mL). Potency 101.2%, sterility pass, endotoxin <0.5 EU/mL.\n\nCorey Lund, Quality",
        atts=(
            Att(
                "CoA_BW-2603-114.pdf",
                "application/pdf",
                pdf(
                    [
                        "BELLWETHER COMPOUNDING PHARMACY - CERTIFICATE OF ANALYSIS",
                        "Lot BW-2603-114   Semaglutide 2.5 mg/mL injection   BUD 2026-04-14",
                        "Potency (HPLC) 101.2% - PASS",
                        "Sterility USP <71> - no growth at 14 days - PASS",
                        "Endotoxin USP <85> < 0.5 EU/mL - PASS",
                    ],
                    "Certificate of analysis",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing contractor",
        notes="Hard positive: patient names and PBM member IDs appear only inside the X12 835 remittance sent to the billing contractor.",
        frm="Accounts Receivable <ar@bellwetherrx.com>",
        to="posting@rxrevenuepartners.com",
        subject="Northcap 835 for posting",
        body="Please post the attached ERA. Two claims paid short; flag for appeal.",
        atts=(Att("northcap_7120.835.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationDispense to prescriber EHR",
        notes="Hard positive: FHIR MedicationDispense names the patient, low-dose naltrexone and fibromyalgia; body says only 'dispense feed'.",
        frm="Integrations <integrations@bellwetherrx.com>",
        to="fhir-inbox@clearwaterintegrativemed.com",
        subject="dispense feed 03/17",
        body="Daily dispense feed attached.",
        atts=(Att("dispense_118820.json", "application/fhir+json", FHIR_DISPENSE),),
    ),
    Spec(
        phi=False,
        category="eRx certification with synthetic patient",
        notes="Hard negative: FHIR MedicationRequest for an explicitly synthetic certification test patient sent to the eRx vendor.",
        frm="Integrations <integrations@bellwetherrx.com>",
        to="certification@rxlinknetwork.com",
        subject="Scenario 7 payload",
        body="Scenario 7 payload for certification attached. The patient is the network's synthetic CERTIFICATION, TESTPATIENT record.\n\nIntegrations",
        atts=(Att("scenario7_request.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="Patient-level recall letter",
        notes="Recall letter to a patient's mailbox naming him and the lot of testosterone cypionate he received.",
        frm="Bellwether Quality <quality@bellwetherrx.com>",
        to="gregory.halloran@outlook.com",
        subject="Important: voluntary recall of a medication you received",
        body="Dear Gregory Halloran,\n\nOur records show you received testosterone cypionate 200 mg/mL in grapeseed oil, lot BW-2602-087, on February 24. We are recalling this lot because of a failed particulate test. Please stop using the vial and call us at 555-0131; we will replace it at no cost and notify your prescriber, Dr. Samir Kanji.\n\nCorey Lund, Quality"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Recall list workbook to prescribing clinics",
        notes="Multi-sheet recall workbook listing patients, DOBs and dispense dates per clinic sent to a prescriber group.",
        frm="Bellwether Quality <quality@bellwetherrx.com>",
        to="clinicalmanager@treasurevalleymenshealth.com",
        subject="Recall BW-2602-087 - your patients",
        body="Attached are your clinic's patients who received lot BW-2602-087 (tab per location). We have contacted each patient by phone.\n\nCorey",
        atts=(
            Att(
                "recall_BW-2602-087.xlsx",
                XLSX,
                xlsx(
                    {
                        "Boise": [
                            ["Patient", "DOB", "Dispensed", "Rx"],
                            ["Gregory Halloran", "1971-05-03", "2026-02-24", "BW-7771020"],
                            ["Ned Fiorentino", "1968-09-19", "2026-02-26", "BW-7771188"],
                        ],
                        "Meridian": [
                            ["Patient", "DOB", "Dispensed", "Rx"],
                            ["Omar Haddad", "1980-01-07", "2026-02-25", "BW-7771130"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Workers comp claim with SSN",
        notes="Workers' compensation billing to adjuster with claimant name, SSN, injury and compounded pain cream.",
        frm="Accounts Receivable <ar@bellwetherrx.com>",
        to="claims.adjuster@gemstatecomp.com",
        subject="WC claim 26-118804 - compounded topical",
        body="Claimant: Dwayne Petrakis\nSSN: 527-41-8806\nDate of injury: 11/03/2025 (lumbar strain)\nEmployer: Snake River Framing\nRx: ketoprofen 10% / gabapentin 6% / lidocaine 5% cream, 120 g, dispensed 03/12/2026\nBilled: $412.00\n\nPlease advise on the status of the prior bill."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicare coverage inquiry with MBI",
        notes="Coverage inquiry naming a Medicare beneficiary, MBI and compounded budesonide nebulizer for COPD.",
        frm="Insurance Desk <insurance@bellwetherrx.com>",
        to="provider.services@noridianmac-jd.com",
        subject="Coverage question - compounded nebulizer solution",
        body="Hello,\n\nBeneficiary: Harriet Okonjo, MBI: 4RJ7-WN2-KP81, DOB 03/30/1944. Her pulmonologist ordered budesonide/ipratropium compounded inhalation solution for COPD (J44.9). Is this billable under Part B with HCPCS J7627, or does it need to go through Part D?\n\nThanks,\nInsurance Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hospice delivery note",
        notes="Delivery confirmation to hospice nurse with patient name, home address and comfort medications.",
        frm="Delivery <delivery@bellwetherrx.com>",
        to="rn.oncall@gentlewatershospice.org",
        subject="Delivered - comfort kit",
        body="Comfort kit delivered 2:40 PM to Walter Ellison at 14 Birch Ln, Eagle. Signed by daughter Jen. Contents: morphine 20 mg/mL oral soln 30 mL, lorazepam 1 mg tabs #10, ABH (Ativan/Benadryl/Haldol) gel 10 syringes.\n\nDriver: Sam"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Driver route manifest with addresses",
        notes="Hard positive: delivery route sheet (txt) of patient names, addresses and 'refrigerate' notes from the pharmacy; being a pharmacy patient is health information.",
        frm="Delivery <delivery@bellwetherrx.com>",
        to="dispatch@treasurecouriers.com",
        subject="Route 3 Wed",
        body="Wednesday route 3 attached. Cold items first.",
        atts=(
            Att(
                "route3_wed.txt",
                "text/plain",
                "1  M. Vossberg      88 Orchard Ave, Meridian     COLD  2 pkgs\n2  T. Abadi         1512 Kessler St, Boise        -     1 pkg\n3  Linnea Carrow    907 Hillcrest Dr, Eagle       COLD  1 pkg  (sign req)\n4  R. Santangelo    44 Pintail Ct, Star            -     1 pkg\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse initials plus DOB fill question",
        notes="Hard positive: terse message to prescriber with patient initials, full DOB and low-dose naltrexone dosing question.",
        frm="Megan Tullis <mtullis@bellwetherrx.com>",
        to="ma@clearwaterintegrativemed.com",
        subject="LDN",
        body="pt JR 4/2/61 - LDN 4.5 ok to go up from 3? last fill 3/1. pls call 555-0131\nMT",
    ),
    Spec(
        phi=True,
        category="Mother told child's suspension is ready",
        notes="Hard positive: first names plus relationship (mother, son Noah) plus compounded omeprazole suspension sent to the mother's gmail.",
        frm="Bellwether Pharmacy <pickup@bellwetherrx.com>",
        to="kristen.lowery.home@gmail.com",
        subject="Noah's medicine is ready",
        body="Hi Kristen,\n\nNoah's omeprazole 2 mg/mL suspension (strawberry) is ready at the Quarry Lane counter. Keep it in the fridge and shake well; it's good for 30 days.\n\nBellwether Pharmacy",
    ),
    Spec(
        phi=True,
        category="Gender-affirming hormone Rx confirmation to prescriber",
        notes="Confirmation to prescriber naming patient and compounded estradiol for gender-affirming therapy.",
        frm="Pharmacist on duty <rph@bellwetherrx.com>",
        to="nurse@prideclinicboise.org",
        subject="Re: Rx for Avery Lindqvist",
        body="Hi Sam,\n\nWe filled Avery Lindqvist's estradiol valerate 20 mg/mL (5 mL) and spironolactone 100 mg for gender-affirming therapy. Ready for pickup; Avery asked that we not leave voicemails at home.\n\nMegan Tullis, PharmD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Pharmacist consultation invite to patient",
        notes="Calendar invite to a patient's gmail for a pharmacist menopause hormone consultation with her name in the event.",
        frm="Consult Scheduling <consults@bellwetherrx.com>",
        to="lorraine.whitfield@gmail.com",
        subject="Your hormone consultation",
        body="Hi Lorraine, your BHRT follow-up consult with Megan is booked. Please have your recent estradiol level handy.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellwether//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:consult-0402-whitfield@bellwetherrx.com\r\nDTSTART:20260402T153000Z\r\nDTEND:20260402T160000Z\r\nSUMMARY:BHRT follow-up consult - Lorraine Whitfield (hot flashes, troche dose)\r\nLOCATION:Bellwether consult room / phone 555-0131\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Daily dispensing report to telehealth partner",
        notes="Hard positive: patient names with compounded GLP-1 drug and strength exist only in the CSV; body is one generic line.",
        frm="Partner Operations <partners@bellwetherrx.com>",
        to="pharmacy-ops@leanpathhealth.com",
        subject="Daily shipped report 2026-03-17",
        body="Shipped yesterday for LeanPath members.",
        atts=(
            Att(
                "shipped_20260317.csv",
                "text/csv",
                "lp_rx_id,patient,drug,strength,ship_date,tracking\nLP-RX-220914,Corinne Albescu,tirzepatide,10 mg/mL,2026-03-17,1Z88W4110398822710\nLP-RX-220951,Rosa Villafane,tirzepatide,10 mg/mL,2026-03-17,1Z88W4110398822745\nLP-RX-221002,Aisha Rahimi,semaglutide,2.5 mg/mL,2026-03-17,1Z88W4110398822799\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prescription labels zip to print vendor",
        notes="Hard positive: zip of label files with patient names, drugs and directions sent to the label-printer support vendor for a formatting bug.",
        frm="Pharmacy Tech <techlead@bellwetherrx.com>",
        to="support@labelforgeprint.com",
        subject="labels cut off on the right",
        body="See attached - the last line gets clipped on the 2x4 stock. These are this morning's real labels, sorry, it's all I had.\n\nDevon",
        atts=(
            Att(
                "labels_0318.zip",
                "application/zip",
                zipped(
                    {
                        "label_7790510.txt": "BELLWETHER COMPOUNDING  Rx 7790510\nMARGIT OSTROWSKI\nProgesterone 200 mg cap - take 1 at bedtime\nDr. H. Tanaka  Qty 30\n",
                        "label_7790522.txt": "BELLWETHER COMPOUNDING  Rx 7790522\nCALEB NUNEZ\nMinoxidil 5%/finasteride 0.1% soln - apply 1 mL to scalp daily\nDr. R. Obi  Qty 60 mL\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Caregiver update at assisted living",
        notes="Note to assisted-living med aide naming the resident and a change to her compounded dose.",
        frm="Long-Term Care Desk <ltc@bellwetherrx.com>",
        to="medaide@cottonwoodseniorliving.com",
        subject="Dose change - room 114",
        body="Hi Tara,\n\nFor Mrs. Edith Barnwell in 114: Dr. Moss reduced her levothyroxine oral suspension to 50 mcg daily starting tomorrow. New bottle comes on the 4 PM run; please pull the old one.\n\nLTC Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Cleanroom environmental monitoring workbook",
        notes="Hard negative: multi-sheet USP 797 environmental monitoring results (viable air, surface) for rooms; no patient.",
        frm="Quality <quality@bellwetherrx.com>",
        to="consultant@usp797partners.com",
        subject="February EM results",
        body="February EM attached. One action-level excursion in the ante-room, investigation opened.\n\nCorey",
        atts=(
            Att(
                "EM_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Air": [
                            ["Location", "ISO class", "CFU/m3", "Status"],
                            ["PEC 1", 5, 0, "OK"],
                            ["Buffer", 7, 3, "OK"],
                            ["Ante", 8, 112, "ACTION"],
                        ],
                        "Surface": [
                            ["Location", "CFU/plate", "Status"],
                            ["PEC 1 deck", 0, "OK"],
                            ["Pass-through", 2, "OK"],
                        ],
                        "Gloved fingertip": [
                            ["Operator", "Result"],
                            ["Op 03", "0 CFU"],
                            ["Op 07", "1 CFU"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinic price list CSV",
        notes="Hard negative: CSV price list of compounded preparations and strengths for prescriber clinics; product data only.",
        frm="Sales <sales@bellwetherrx.com>",
        to="office@sagebrushwomenshealth.com",
        subject="2026 Q2 price list",
        body="Updated Q2 cash prices attached. Nothing changed except the progesterone capsules.\n\nJenna, Sales",
        atts=(
            Att(
                "bellwether_q2_prices.csv",
                "text/csv",
                "item,strength,size,cash_price\nEstradiol/progesterone troche,0.5 mg/100 mg,30,48.00\nProgesterone capsule,100 mg,30,32.00\nTestosterone cream,1 mg/g,30 g,39.00\nLow-dose naltrexone capsule,4.5 mg,30,35.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interview scheduling to candidate personal mailbox",
        notes="HR message to a job candidate's gmail about interview time; workforce matter, no health information.",
        frm="Hiring <hiring@bellwetherrx.com>",
        to="tyler.brooks.cpht@gmail.com",
        subject="Interview - sterile compounding technician",
        body="Hi Tyler,\n\nThanks for applying. Could you come in Monday March 23 at 10 AM? Plan for 90 minutes including a cleanroom gowning demo. Bring your CPhT certificate and ID.\n\nNina Osgood, Pharmacy Manager",
    ),
    Spec(
        phi=False,
        category="Shift schedule to staff personal email",
        notes="Schedule note to a technician's personal mailbox; staff matter, no patient.",
        frm="Nina Osgood <nosgood@bellwetherrx.com>",
        to="mariela.soto.work@yahoo.com",
        subject="April schedule",
        body="Hi Mariela, April schedule below. You're on cleanroom Mon/Wed/Fri 6:30-3 and counter Saturday the 11th. Swap requests by the 25th.\n\nNina",
    ),
    Spec(
        phi=False,
        category="Sterility failure investigation summary",
        notes="Hard negative: lot-level sterility investigation summary with organisms and root cause; no patient named.",
        frm="Quality <quality@bellwetherrx.com>",
        to="inspections@idahobop.gov",
        subject="Investigation report INV-2026-004 (lot BW-2602-087)",
        body="Board staff,\n\nAs required, our investigation summary for lot BW-2602-087 (testosterone cypionate in oil): visible particulates traced to a vial-stopper supplier defect. 41 units dispensed; all patients and prescribers notified by March 6; no adverse events reported. CAPA: incoming stopper inspection.\n\nCorey Lund, Director of Quality",
    ),
    Spec(
        phi=False,
        category="API wholesale order with pharmacy DEA",
        notes="Hard negative: bulk API purchase order showing the pharmacy's DEA number and NDCs; no patient.",
        frm="Purchasing <purchasing@bellwetherrx.com>",
        to="orders@apexapisupply.com",
        subject="PO 26-0318 API order",
        body="Please ship:\n- Progesterone micronized USP, 500 g\n- Estradiol USP, 25 g\n- Testosterone USP (CIII), 100 g\nShip to registrant: Bellwether Compounding Pharmacy, DEA MR8505387\nCSOS order for the CIII item sent separately.\n\nPurchasing",
    ),
    Spec(
        phi=False,
        category="Prescriber newsletter HTML-only",
        notes="Hard negative: HTML-only newsletter to prescribers describing formulations for menopause and hair loss; no patient.",
        frm="Bellwether Pharmacy <news@bellwetherrx.com>",
        to="prescribers@lists.bellwetherrx.com",
        subject="New: sugar-free troche base and pediatric flavours",
        body="",
        html="<html><body><h3>Prescriber update - March</h3><p>Our new sugar-free troche base is available for estradiol/progesterone combinations used in menopause symptom management.</p><p>Pediatric suspensions (omeprazole, baclofen, spironolactone) now come in 6 flavours.</p><p>Questions: Megan Tullis, PharmD, 555-0131.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Forwarded supplier backorder",
        notes="Forward of a supplier backorder notice to prescribers list; no patient.",
        frm="Purchasing <purchasing@bellwetherrx.com>",
        to="prescribers@lists.bellwetherrx.com",
        subject="FW: backorder - grapeseed oil USP",
        body="FYI, testosterone in grapeseed oil may be substituted with cottonseed oil base for the next 3 weeks unless you tell us otherwise for a specific patient.",
        forward=Spec(
            phi=False,
            category="-",
            notes="-",
            frm="Customer Care <care@apexapisupply.com>",
            to="purchasing@bellwetherrx.com",
            subject="backorder - grapeseed oil USP",
            body="Grapeseed oil USP (item 44102) is on backorder until approximately April 10. We apologise for the inconvenience.",
        ),
    ),
    Spec(
        phi=False,
        category="Cleanroom recertification visit invite",
        notes="Vendor visit calendar invite for cleanroom hood certification; no patient.",
        frm="Quality <quality@bellwetherrx.com>",
        to="field@certairtechs.com",
        subject="Semi-annual certification visit",
        body="Confirming the semi-annual PEC and room certification.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellwether//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cert-0406@bellwetherrx.com\r\nDTSTART:20260406T130000Z\r\nDTEND:20260406T210000Z\r\nSUMMARY:Cleanroom/PEC certification - CertAir\r\nLOCATION:640 Quarry Lane, Boise\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff illness exposure notice",
        notes="Hard negative: staff notice that a cleanroom team member tested positive for flu, no name; workforce health notice without an individual.",
        frm="Pharmacy Manager <nosgood@bellwetherrx.com>",
        to="staff@bellwetherrx.com",
        subject="Flu exposure in the cleanroom team",
        body="Team,\n\nA member of the sterile team tested positive for influenza A yesterday. If you worked in the buffer room Mon-Tue and develop symptoms, stay home and call me. Masks in the ante-room through Friday.\n\nNina",
    ),
    Spec(
        phi=False,
        category="Board inspection response PDF",
        notes="Response to a board of pharmacy inspection about facility and SOP deficiencies; no patient records.",
        frm="Pharmacy Manager <nosgood@bellwetherrx.com>",
        to="compliance@idahobop.gov",
        subject="Response to inspection 2026-0211",
        body="Attached is our written response to the February 11 inspection findings.",
        atts=(
            Att(
                "inspection_response_2026-0211.pdf",
                "application/pdf",
                pdf(
                    [
                        "BELLWETHER COMPOUNDING PHARMACY - RESPONSE TO INSPECTION 2026-0211",
                        "Finding 1: pressure differential log gaps - continuous monitor installed 02/20",
                        "Finding 2: BUD labeling SOP outdated - SOP-114 rev 6 effective 03/01",
                        "Finding 3: eyewash weekly check - added to opening checklist",
                    ],
                    "Inspection response",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Liability insurance renewal",
        notes="Insurance broker mail about professional liability renewal and sales volumes; no patient.",
        frm="Finance <finance@bellwetherrx.com>",
        to="renewals@summitcrestinsurance.com",
        subject="PL renewal questionnaire",
        body="Hi Ben,\n\nCompleted renewal answers: 2025 Rx volume 61,200 (sterile 38%), no claims in 5 years, 3 pharmacists, 9 technicians, veterinary share 6%.\n\nAlex Pruitt",
    ),
    Spec(
        phi=False,
        category="Product photo for prescriber catalog",
        notes="PNG of a blank troche mould for the catalog; product image only.",
        frm="Sales <sales@bellwetherrx.com>",
        to="design@highdeserprint.com",
        subject="catalog image p.4",
        body="Troche mould photo for page 4; blank moulds, no labels visible.\n\nJenna",
        atts=(Att("troche_mould.png", "image/png", png(6, 4, (240, 230, 200))),),
    ),
    Spec(
        phi=False,
        category="Pharmacist CE session reminder",
        notes="Continuing-education reminder on hormone therapy topics for staff; no patient.",
        frm="Megan Tullis <mtullis@bellwetherrx.com>",
        to="pharmacists@bellwetherrx.com",
        subject="CE Thursday: testosterone therapy monitoring",
        body="Reminder - Thursday 7 AM CE on testosterone therapy monitoring (hematocrit, PSA, estradiol). 1.0 hr ACPE. Coffee in the break room.\n\nMegan",
    ),
    Spec(
        phi=False,
        category="Temperature excursion in shipping lane",
        notes="Hard negative: carrier analysis of cold-chain temperature excursions by lane with package counts; aggregate, no recipient named.",
        frm="Operations <ops@bellwetherrx.com>",
        to="quality@frostlinelogistics.com",
        subject="Excursions by lane - February",
        body="February data logger summary:\nBoise-Spokane: 4 of 612 packages over 8 C\nBoise-Portland: 11 of 1,340\nBoise-Billings: 9 of 288 (!)\nWe need the Billings lane moved to first-morning delivery.\n\nOps",
    ),
    Spec(
        phi=True,
        category="Prescription transfer to another pharmacy",
        notes="Transfer of a patient's compounded prescription with name, DOB, drug and remaining refills to another pharmacy.",
        frm="Pharmacist on duty <rph@bellwetherrx.com>",
        to="rx@spokanecompoundingcenter.com",
        subject="Rx transfer out",
        body="Transfer per patient request:\n\nPatient: Ingrid Halvorsen, DOB 12/09/1958, phone 555-0184\nRx BW-7781204: Low-dose naltrexone 3 mg caps #30, 1 at bedtime\nPrescriber: Dr. L. Amberg, Spokane\nOriginal date 11/04/2025, 4 refills remaining\n\nTransferring RPh: Megan Tullis"
        + SIG,
    ),
]
