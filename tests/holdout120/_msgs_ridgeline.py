"""Ridgeline Home Medical (durable medical equipment supplier: CPAP, oxygen): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

RHM = "Ridgeline Home Medical <service@ridgelinehomemedical.com>"
SIG = "\n\nRidgeline Home Medical\n3300 Industrial Park Rd, Williamsport, PA 17701\n(570) 555-0160 | 24-hour oxygen line (570) 555-0169"

X12_837 = (
    "ISA*00*          *00*          *ZZ*RIDGELINEHM    *ZZ*CLAIMBRIDGE    *260410*1422*^*00501*000004417*0*P*:~"
    "GS*HC*RIDGELINEHM*CLAIMBRIDGE*20260410*1422*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*RHM4417*20260410*1422*CH~"
    "NM1*85*2*RIDGELINE HOME MEDICAL*****XX*1786579759~"
    "NM1*IL*1*ZIMMERMAN*ARTHUR*L***MI*CPH60218844~"
    "N3*88 MOUNTAIN VIEW DR~N4*JERSEY SHORE*PA*17740~"
    "DMG*D8*19570314*M~"
    "CLM*RHM-A60419*92.50***12:B:1*Y*A*Y*Y~"
    "HI*ABK:G4733~"
    "LX*1~SV1*HC:E0601:RR:KX*92.50*UN*1***1~DTP*472*RD8*20260315-20260414~"
    "NM1*DK*1*VARGA*ELISE****XX*1948219930~"
    "SE*14*0001~GE*1*4417~IEA*1*000004417~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*RIDGELINEHM    *ZZ*CMSHETS        *260413*0911*^*00501*000004502*0*P*:~"
    "GS*HS*RIDGELINEHM*CMSHETS*20260413*0911*4502*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*RHM-EL-4502*20260413*0911~"
    "HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~"
    "HL*2*1*21*1~NM1*1P*2*RIDGELINE HOME MEDICAL*****XX*1786579759~"
    "HL*3*2*22*0~NM1*IL*1*DUNKELBERGER*FLORENCE****MI*7HM2QX4RA19~DMG*D8*19380902~"
    "DTP*291*D8*20260413~EQ*12~"
    "SE*10*0001~GE*1*4502~IEA*1*000004502~"
)

FHIR_DR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "rhm-118203",
                    "name": [{"family": "Quigley", "given": ["Maureen"]}],
                    "birthDate": "1952-01-28",
                    "telecom": [{"system": "phone", "value": "570-555-0178"}],
                    "address": [
                        {
                            "line": ["16 Pine Hollow Rd"],
                            "city": "Muncy",
                            "state": "PA",
                            "postalCode": "17756",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "DeviceRequest",
                    "id": "rhm-dr-55021",
                    "status": "active",
                    "intent": "order",
                    "codeCodeableConcept": {
                        "coding": [
                            {
                                "system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                "code": "E1390",
                                "display": "Oxygen concentrator",
                            }
                        ]
                    },
                    "subject": {"reference": "Patient/rhm-118203"},
                    "reasonCode": [
                        {
                            "text": "COPD with chronic hypoxemic respiratory failure (J44.9, J96.11); resting SpO2 86% on room air 04/08/2026"
                        }
                    ],
                    "note": [
                        {
                            "text": "2 L/min continuous via nasal cannula, portable E-tanks for ambulation."
                        }
                    ],
                }
            },
        ],
    },
    indent=1,
)

MESSAGES = [
    Spec(
        phi=True,
        category="oxygen delivery ticket to patient",
        notes="Delivery ticket PDF to the patient's gmail with name, home address, oxygen prescription and concentrator serial.",
        frm=RHM,
        to="walt.fenstermaker@gmail.com",
        subject="Your delivery ticket",
        body="Dear Mr. Fenstermaker,\n\nA copy of the delivery ticket you signed today is attached for your records. Remember: no smoking or open flames within 10 feet of your oxygen."
        + SIG,
        atts=(
            Att(
                "Delivery_Ticket_DT-260413-08.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE HOME MEDICAL - DELIVERY TICKET DT-260413-08",
                        "Patient: Walter Fenstermaker   DOB 05/05/1944   Acct RHM-104552",
                        "Address: 902 Ridge Ave, Montoursville, PA 17754",
                        "Items: Stationary oxygen concentrator E1390 (serial OC5-77120), 6 E-cylinders E0431",
                        "Prescription: O2 2 L/min continuous, nasal cannula. Dx J44.1 COPD with exacerbation.",
                        "Delivered and set up 04/13/2026 by driver K. Heim. Patient instructed on fire safety.",
                    ],
                    "Delivery ticket",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP rental claim in X12 837",
        notes="Hard positive: X12 837 file with the patient's name, address, DOB, member ID, OSA diagnosis and CPAP rental line, sent to the clearinghouse support desk.",
        frm="Billing <billing@ridgelinehomemedical.com>",
        to="support@claimbridge-edi.com",
        subject="Rejected 837 batch 4417 - loop 2010BA?",
        body="Hello,\n\nBatch 4417 came back rejected (999 says loop 2010BA). The file we sent is attached. Can you tell us which segment is wrong?\n\nNoelle Brandt\nBilling Specialist",
        atts=(Att("RHM_837_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="Medicare eligibility inquiry with MBI",
        notes="Hard positive: 270 eligibility file plus a body quoting the beneficiary's MBI and name for a help-desk question.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="helpdesk@hets-connect-vendor.com",
        subject="270 returning AAA 72",
        body="Hi,\n\nOur 270 for a new oxygen patient keeps returning AAA 72 (invalid member ID). The card shows MBI 7HM2-QX4-RA19 for Florence Dunkelberger. File attached. Is our DMG wrong?\n\nIntake Team",
        atts=(Att("RHM_270_4502.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="CPAP adherence list to sleep physician",
        notes="CSV to the sleep physician listing named CPAP patients with 90-day usage and residual AHI.",
        frm="Sleep Therapy Team <sleeptherapy@ridgelinehomemedical.com>",
        to="Dr. Elise Varga <evarga@susquehannasleep.com>",
        subject="90-day adherence - your patients",
        body="Dr. Varga,\n\nAttached are the 90-day downloads for your patients set up in January. Two are below the Medicare 4-hour/70% rule and need a face-to-face re-evaluation before day 120.\n\nJill Sattazahn, RRT"
        + SIG,
        atts=(
            Att(
                "adherence_varga_jan_setups.csv",
                "text/csv",
                "patient,dob,setup_date,pct_nights_4h,avg_use_hrs,residual_ahi,mask\n"
                "Yost Gerald,1961-02-27,2026-01-06,88,6.4,1.9,nasal pillows\n"
                "Marchetti Lena,1977-08-15,2026-01-09,54,3.1,4.7,full face\n"
                "Holtzapple Dean,1969-04-30,2026-01-14,61,3.9,2.2,nasal\n"
                "Oyelaran Bisi,1983-10-02,2026-01-20,93,7.2,0.8,nasal\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oxygen recertification tracker workbook",
        notes="Multi-sheet workbook naming oxygen patients with saturations, CMN dates and physicians for the contract respiratory therapist.",
        frm="Respiratory Services <rt@ridgelinehomemedical.com>",
        to="cwagner.rrt@susquehannarespiratorycare.com",
        subject="May recerts - your route",
        body="Carla,\n\nYour May recert visits are on sheet 1; sheet 2 has those whose physician has not returned the CMN yet.\n\nThanks,\nRespiratory Services",
        atts=(
            Att(
                "O2_recerts_May2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            [
                                "Patient",
                                "Town",
                                "Liters",
                                "Last SpO2 RA",
                                "CMN expires",
                                "Physician",
                            ],
                            [
                                "Bowersox, Lyle",
                                "Hughesville",
                                2,
                                "87%",
                                "2026-05-09",
                                "Dr. Ferrante",
                            ],
                            ["Shaner, Opal", "Muncy", 3, "85%", "2026-05-14", "Dr. Ferrante"],
                            [
                                "Kline, Mervin",
                                "Linden",
                                1.5,
                                "88% (exertion)",
                                "2026-05-21",
                                "Dr. Hoy",
                            ],
                        ],
                        "CMN pending": [
                            ["Patient", "Physician", "Faxed", "Follow-up"],
                            ["Shaner, Opal", "Dr. Ferrante", "2026-04-02", "called 4/9"],
                            ["Witmer, Ada", "Dr. Hoy", "2026-04-06", "resend"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="driver route sheet with addresses and equipment",
        notes="Hard positive: route text file with customers' names, home addresses and the oxygen and CPAP equipment delivered, which reveals their conditions.",
        frm="Dispatch <dispatch@ridgelinehomemedical.com>",
        to="courier@susquehannaexpresslogistics.com",
        subject="Thursday overflow route",
        body="Thanks for taking our overflow Thursday. Route attached. Cylinders will be loaded by 7 am at dock 2.\n\nDispatch",
        atts=(
            Att(
                "route_thu_0416.txt",
                "text/plain",
                "RIDGELINE HOME MEDICAL - OVERFLOW ROUTE THU 04/16\n"
                "1. Mae Ulrich, 14 Creek Rd, Trout Run 17771 - swap 6 E-cyl O2, pick up empties\n"
                "2. Stanley Rupert, 220 Main St Apt 3, Jersey Shore 17740 - deliver CPAP resupply (mask cushion, filters)\n"
                "3. Viola Crist, 5 Orchard Ln, Cogan Station 17728 - liquid O2 refill 41 L, resident on hospice\n"
                "4. Darnell Hughes, 37 Maple St, Williamsport 17701 - hospital bed pick-up (patient deceased 4/12)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR oxygen order bundle to payer",
        notes="Hard positive: the body cites only an order number; the FHIR bundle names the patient with address, phone, COPD with hypoxemia and oxygen order.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="pa-intake@centralpahealthplan.com",
        subject="Prior auth attachment - order RHM-DR-55021",
        body="Per your API outage notice, we are sending the DeviceRequest bundle for order RHM-DR-55021 by email. Please attach it to the pending authorization.\n\nIntake Team"
        + SIG,
        atts=(Att("RHM-DR-55021.json", "application/fhir+json", FHIR_DR),),
    ),
    Spec(
        phi=True,
        category="encrypted intake packet to billing service",
        notes="Encrypted zip of a new patient's intake packet (demographics, insurance and SSN) sent to the outsourced billing service; the body names the patient.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="newaccounts@keystonebillingpartners.com",
        subject="New account - Harlan Steininger (encrypted)",
        body="Attached encrypted: intake packet for Harlan Steininger, BiPAP set up 4/10. Password follows by text to your office phone.\n\nIntake Team",
        atts=(
            Att(
                "intake_Steininger.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "intake.txt": "Harlan Steininger, DOB 1950-06-19, SSN 214-60-7739, 41 Birch St, Lock Haven PA 17745\nPrimary: Medicare. Secondary: PA Medicaid.\nItem: E0470 BiPAP, Dx G47.33, J44.9\n",
                    },
                    "Ridg3line!0410",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style concentrator alarm dispatch",
        notes="Hard positive: short dispatch note with a patient's surname, street address and her continuous oxygen need.",
        frm="On-call Tech <oncall@ridgelinehomemedical.com>",
        to="kheim@ridgelinehomemedical.com",
        cc="dispatch.backup.rhm@gmail.com",
        subject="urgent swap",
        body="Kyle - Mrs Albanese, 412 Cedar St Williamsport, conc alarming, she's on 3L continuous. take a loaner + 4 E tanks asap. called her, she's on a tank now\n\n-Jo",
    ),
    Spec(
        phi=True,
        category="insurance verification with SSN",
        notes="Insurance verification request to the billing service with a patient's name, SSN, DOB and oxygen order.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="verify@keystonebillingpartners.com",
        subject="Verify secondary - new oxygen patient",
        body="Please verify the secondary coverage before we bill:\n\nPatient: Eugene Mowery\nDOB: 11/17/1947\nSSN: 187-42-9051\nSecondary: Highmark Medigap plan F (card lost - patient says member # starts with HMK)\nItem: E1390 concentrator + E0431 portable, start 04/09/2026, Dx J96.11\n\nThanks,\nIntake"
        + SIG,
    ),
    Spec(
        phi=True,
        category="forwarded physician order for BiPAP",
        notes="Hard positive: the body is a one-line forward; the attached original order from the pulmonologist names the patient, diagnosis and BiPAP settings.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="docs@keystonebillingpartners.com",
        subject="Fwd: BiPAP order",
        body="FYI for the file.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Luca Ferrante <lferrante@westbranchpulmonary.com>",
            to="intake@ridgelinehomemedical.com",
            subject="BiPAP order",
            body="Please set up Harlan Steininger (DOB 06/19/1950) on BiPAP S/T: IPAP 16, EPAP 8, backup rate 12. Hypercapnic COPD, PaCO2 58 on ABG 03/31/2026, plus OSA. Full face mask medium. Ordering NPI 1390996035.\n\nLuca Ferrante, MD",
        ),
    ),
    Spec(
        phi=True,
        category="html-only resupply reminder",
        notes="Hard positive: HTML-only resupply reminder to the patient's comcast mailbox naming her and the CPAP mask parts due under her insurance.",
        frm="Ridgeline Resupply <resupply@ridgelinehomemedical.com>",
        to="joann.weidner@comcast.net",
        subject="Time for new supplies, Joann",
        body="",
        html="<html><body><p>Hi Joann,</p><p>Your insurance now covers new supplies for your CPAP:</p>"
        "<table border='1'><tr><td>Nasal mask cushion (A7032)</td><td>2</td></tr><tr><td>Disposable filters (A7038)</td><td>6</td></tr><tr><td>Heated tubing (A4604)</td><td>1</td></tr></table>"
        "<p><a href='https://ridgelinehomemedical.com/resupply?acct=RHM-118990'>Confirm my order</a> or call (570) 555-0163.</p><p>Ridgeline Home Medical</p></body></html>",
    ),
    Spec(
        phi=True,
        category="BiPAP setup visit invite to patient",
        notes="Hard positive: calendar invite to the patient's gmail for a BiPAP home setup with his name and address.",
        frm="Scheduling <schedule@ridgelinehomemedical.com>",
        to="harlan.steininger50@gmail.com",
        subject="Setup visit confirmed",
        body="Mr. Steininger, your setup visit is confirmed. Please have your mask prescription and insurance cards ready.\n\nRidgeline Scheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Ridgeline Home Medical//Scheduling//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rhm-setup-55102@ridgelinehomemedical.com\r\nDTSTAMP:20260413T160000Z\r\n"
            "DTSTART:20260417T140000Z\r\nDTEND:20260417T153000Z\r\n"
            "SUMMARY:BiPAP S/T home setup - Harlan Steininger\r\nLOCATION:41 Birch St\\, Lock Haven PA\r\n"
            "DESCRIPTION:RRT Jill Sattazahn will set up the BiPAP and fit a full-face mask.\r\n"
            "ORGANIZER:mailto:schedule@ridgelinehomemedical.com\r\nATTENDEE:mailto:harlan.steininger50@gmail.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="proof of delivery photo with address in file name",
        notes="Hard positive: the body says only 'POD photo'; the PNG file name holds the patient's surname, street and the oxygen concentrator delivered.",
        frm="Kyle Heim <kheim@ridgelinehomemedical.com>",
        to="dispatch@ridgelinehomemedical.com",
        cc="kyle.heim77@yahoo.com",
        subject="POD",
        body="POD photo, nobody home, left at side door per note",
        atts=(
            Att(
                "POD_Ulrich_14CreekRd_O2conc_OC5-77188.png", "image/png", png(9, 9, (120, 110, 90))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP rental statement to patient",
        notes="Rental statement to the patient's outlook mailbox naming him with CPAP rental month, HCPCS code and balance.",
        frm="Billing <billing@ridgelinehomemedical.com>",
        to="tomas.reinholt@outlook.com",
        subject="Statement - account RHM-117342",
        body="Dear Tomas Reinholt,\n\nStatement for 04/2026:\nE0601 CPAP device rental, month 7 of 13 - $18.50 (your 20%)\nA7030 full face mask - $31.40\nBalance due: $49.90\n\nPay at ridgelinehomemedical.com/pay."
        + SIG,
    ),
    Spec(
        phi=True,
        category="CPAP recall replacement notice to patient",
        notes="Hard positive: recall notice to the patient's icloud naming her, her CPAP serial number and the replacement shipment.",
        frm="Ridgeline Resupply <resupply@ridgelinehomemedical.com>",
        to="peggy.lauver@icloud.com",
        subject="Important: replacement for your device",
        body="Dear Ms. Lauver,\n\nThe manufacturer has recalled the sound-abatement foam in your CPAP (serial SL3-882041). Your replacement unit ships today by UPS (tracking 1Z88W0410360027718). Keep using your current machine until the new one arrives, then return the old one in the same box.\n\nRidgeline Sleep Therapy Team\n(570) 555-0163",
    ),
    Spec(
        phi=True,
        category="audit zip of proof-of-delivery records",
        notes="Hard positive: plain zip to an audit contractor with delivery records naming beneficiaries, addresses and oxygen equipment; the body only cites the audit number.",
        frm="Compliance <compliance@ridgelinehomemedical.com>",
        to="documentation@dmeauditservices.com",
        subject="ADR response - case 26-ADR-3307",
        body="Attached is our response to additional documentation request 26-ADR-3307 (2 claims).\n\nCompliance Office"
        + SIG,
        atts=(
            Att(
                "ADR_26-3307.zip",
                "application/zip",
                zipped(
                    {
                        "claims.csv": "claim,beneficiary,dob,hcpcs,dos,address\nRHM-A58810,Bowersox Lyle,1940-07-11,E1390,2026-01-01,77 Spring St Hughesville PA 17737\nRHM-A58944,Kline Mervin,1946-03-22,E0431,2026-01-01,9 Route 973 Linden PA 17744\n",
                        "pod_notes.txt": "Both beneficiaries signed delivery tickets; qualifying SpO2 tests on file (87% and 88% on exertion).\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="utility medical certificate for oxygen customer",
        notes="Hard positive: letter to the electric utility naming a customer at his address as dependent on a home oxygen concentrator, to prevent shut-off.",
        frm="Respiratory Services <rt@ridgelinehomemedical.com>",
        to="medicalcert@pennvalleyelectric.com",
        subject="Medical certification - service address 58 Loyalsock Ave",
        body="To the Medical Certification Unit:\n\nRidgeline Home Medical supplies continuous home oxygen to your customer Raymond Sechrist, 58 Loyalsock Ave, Montoursville PA 17754 (account 4410-288-061). He uses an electric concentrator 24 hours a day. Please flag this address for priority restoration and do not terminate service. His physician's certificate will follow from Dr. Hoy's office.\n\nRespiratory Services"
        + SIG,
    ),
    Spec(
        phi=True,
        category="letter of need for travel oxygen to airline",
        notes="Letter to an airline's special assistance desk naming the passenger, flight and her need for a portable oxygen concentrator.",
        frm="Respiratory Services <rt@ridgelinehomemedical.com>",
        to="specialassistance@alleghenyskyways.com",
        subject="POC for passenger on flight 2217, May 2",
        body="Hello,\n\nOur customer Dolores Reichenbach will travel on flight 2217 (IPT-CLT) on May 2. She will carry a portable oxygen concentrator, FAA-approved model LifeAir P4, set at pulse 3, with three batteries (9 hours). Her physician's statement is being sent separately.\n\nRespiratory Services"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="manufacturer invoice remittance",
        notes="Hard negative: remittance for a manufacturer invoice listing device SKUs and warehouse serial numbers; no patient.",
        frm="Accounts Payable <ap@ridgelinehomemedical.com>",
        to="ar@airlinemaskco.com",
        subject="Payment - invoice AMC-551902",
        body="Payment for the attached invoice was sent today.\n\nAccounts Payable",
        atts=(
            Att(
                "RHM_remittance_AMC-551902.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE HOME MEDICAL - REMITTANCE",
                        "Vendor: AirLine Mask Co.   Invoice AMC-551902   PO RHM-PO-8841",
                        "24 x Auto-CPAP AL-10 (warehouse serials SL3-900110 through SL3-900133)  $9,816.00",
                        "60 x full face mask, medium                                                $2,940.00",
                        "Total: $12,756.00   Paid ACH 04/13/2026",
                    ],
                    "Remittance",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mask purchase order CSV",
        notes="Purchase order CSV of mask SKUs and quantities; business data only.",
        frm="Purchasing <purchasing@ridgelinehomemedical.com>",
        to="orders@airlinemaskco.com",
        subject="PO RHM-PO-8857",
        body="PO attached. Ship to warehouse, dock 1.\n\nPurchasing",
        atts=(
            Att(
                "RHM-PO-8857.csv",
                "text/csv",
                "sku,description,qty,unit_price\nAL-FF-M,Full face mask medium,40,49.00\nAL-NP-S,Nasal pillows small,30,38.00\nAL-FLT-6,Disposable filters 6-pack,200,3.10\nAL-TUBE-H,Heated tubing,50,22.50\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="warehouse equipment inventory workbook",
        notes="Hard negative: multi-sheet inventory of concentrators and CPAP units by serial number and warehouse status; equipment, not tied to patients.",
        frm="Warehouse <warehouse@ridgelinehomemedical.com>",
        to="operations@ridgelinehomemedical.com",
        subject="Month-end inventory",
        body="Month-end counts attached. We are short on portable concentrators again.\n\nWarehouse",
        atts=(
            Att(
                "inventory_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Concentrators": [
                            ["Serial", "Model", "Status", "Hours"],
                            ["OC5-77201", "OC5 stationary", "Ready", 1204],
                            ["OC5-77204", "OC5 stationary", "Repair - sieve bed", 18422],
                            ["P4-30118", "LifeAir P4 portable", "Ready", 310],
                        ],
                        "PAP": [
                            ["Serial", "Model", "Status"],
                            ["SL3-900110", "AL-10 Auto", "New"],
                            ["SL3-882310", "AL-10 Auto", "Sanitized - ready"],
                        ],
                        "Summary": [
                            ["Category", "Ready", "Out for repair"],
                            ["Stationary O2", 41, 6],
                            ["Portable O2", 9, 2],
                            ["CPAP", 58, 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="oxygen safety policy for drivers",
        notes="Hard negative: DOCX policy on cylinder transport and patient-home fire safety; general procedures, no patient.",
        frm="Compliance <compliance@ridgelinehomemedical.com>",
        to="drivers@ridgelinehomemedical.com",
        subject="Policy update: oxygen cylinder transport",
        body="Please read the updated policy and sign the acknowledgment at the morning huddle.\n\nCompliance",
        atts=(
            Att(
                "Policy_O2_Transport_rev5.docx",
                DOCX,
                docx(
                    [
                        "Ridgeline Home Medical - Policy DR-07 rev 5: Oxygen cylinder transport and home safety",
                        "1. Secure cylinders upright in racks; no more than 48 E-cylinders per vehicle.",
                        "2. If a patient or household member is smoking near oxygen, stop the setup and call the on-call RT.",
                        "3. Never leave equipment with a person who is not the patient or caregiver listed on the order.",
                        "4. Do not photograph patients or their homes except the front door for proof of delivery.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="competitive bidding update to referral sources",
        notes="Update on Medicare competitive bidding and supplier status; no patient.",
        frm="Ridgeline Home Medical <outreach@ridgelinehomemedical.com>",
        to="referral-partners@ridgelinehomemedical.com",
        subject="We remain a contract supplier in 2026",
        body="Dear referral partners,\n\nRidgeline Home Medical has been awarded contracts for oxygen, CPAP/BiPAP and supplies in our competitive bidding area for 2026-2028. Orders can continue as before. Questions: (570) 555-0160."
        + SIG,
    ),
    Spec(
        phi=False,
        category="driver training with fictional scenario",
        notes="Hard negative: training scenario with an obviously fictional customer ('Pat Example') for delivery documentation.",
        frm="Training <training@ridgelinehomemedical.com>",
        to="new-drivers@ridgelinehomemedical.com",
        subject="Module 3 scenario",
        body="Module 3 scenario (fictional):\n\nYou arrive at the home of 'Pat Example, 1 Sample Street'. The order says 2 L/min continuous. A visitor is smoking on the porch. What do you document, and who do you call?\n\nBring your answers Friday.\n\nTraining",
    ),
    Spec(
        phi=False,
        category="cleaning product promotion html-only",
        notes="Hard negative: HTML-only retail promotion for CPAP cleaning supplies to a general newsletter list; no individual or condition of a recipient.",
        frm="Ridgeline Home Medical <deals@ridgelinehomemedical.com>",
        to="newsletter@ridgelinehomemedical.com",
        subject="Spring sale: 20% off accessories",
        body="",
        html="<html><body><h1>Spring sale</h1><p>20% off mask wipes, tubing covers and travel cases in our Williamsport showroom through April 30.</p>"
        "<p>Showroom hours Mon-Sat 9-5. <a href='https://ridgelinehomemedical.com/shop'>Shop online</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="driver applicant reply to yahoo",
        notes="Hard negative: reply to a delivery driver applicant's yahoo mailbox; a personal mailbox without health information.",
        frm="Human Resources <hr@ridgelinehomemedical.com>",
        to="b.kauffman.drives@yahoo.com",
        subject="Driver position - next steps",
        body="Hi Brent,\n\nThanks for applying for the delivery technician job. Next steps: DOT physical, drug screen at Valley Occupational Health and a road test on Tuesday at 8 am. Please bring your CDL and medical card.\n\nHR",
    ),
    Spec(
        phi=False,
        category="accreditation survey prep invite",
        notes="Calendar invite for an accreditation readiness meeting; staff only.",
        frm="Compliance <compliance@ridgelinehomemedical.com>",
        to="managers@ridgelinehomemedical.com",
        subject="Accreditation survey prep",
        body="Please bring your department's binder checklist.",
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Ridgeline Home Medical//Compliance//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rhm-accred-0421@ridgelinehomemedical.com\r\nDTSTAMP:20260413T110000Z\r\n"
            "DTSTART:20260421T170000Z\r\nDTEND:20260421T183000Z\r\nSUMMARY:Accreditation survey readiness review\r\n"
            "LOCATION:Training room\r\nORGANIZER:mailto:compliance@ridgelinehomemedical.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate resupply program statistics",
        notes="Hard negative: management summary of resupply order counts and CPAP adherence percentages; aggregate only.",
        frm="Sleep Therapy Team <sleeptherapy@ridgelinehomemedical.com>",
        to="leadership@ridgelinehomemedical.com",
        subject="Resupply program - March numbers",
        body="March:\n- 1,184 active CPAP patients; 642 resupply orders shipped (54%)\n- 90-day adherence for January setups: 78% met the 4h/70% rule\n- Average mask complaints per 100 patients: 6.2\n- Texting outreach response rate: 41%\n\nJill",
    ),
    Spec(
        phi=False,
        category="physician newsletter on oxygen documentation",
        notes="Educational newsletter to physicians on oxygen qualifying documentation; no individual.",
        frm="Ridgeline Home Medical <outreach@ridgelinehomemedical.com>",
        to="physician-offices@ridgelinehomemedical.com",
        subject="Documentation tips: home oxygen qualification",
        body="Home oxygen qualifies when resting SpO2 is 88% or less, or with exertional desaturation documented with and without oxygen in the same visit. The face-to-face note must be within 30 days before the order. Call us with questions at (570) 555-0160."
        + SIG,
    ),
    Spec(
        phi=False,
        category="forwarded freight delay notice",
        notes="Forward of a freight carrier's delay notice for a concentrator shipment; logistics only.",
        frm="Warehouse <warehouse@ridgelinehomemedical.com>",
        to="Jo Marchetti <jmarchetti@ridgelinehomemedical.com>",
        subject="Fwd: shipment delay PRO 55102877",
        body="Jo - the portable concentrators are delayed to Friday. Please hold new POC setups until then.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Tracking <tracking@keystonefreightlines.com>",
            to="warehouse@ridgelinehomemedical.com",
            subject="shipment delay PRO 55102877",
            body="Shipment PRO 55102877 (12 pallets, shipper Aeris Oxygen Devices) is delayed at our Harrisburg terminal due to weather. New delivery date: 04/17/2026.",
        ),
    ),
    Spec(
        phi=False,
        category="blank CMN form template",
        notes="Hard negative: blank certificate of medical necessity template PDF with empty patient, test result and signature fields.",
        frm="Intake <intake@ridgelinehomemedical.com>",
        to="frontdesk@westbranchpulmonary.com",
        subject="Oxygen CMN - blank form",
        body="Blank oxygen CMN attached, as requested. Please fill in and fax to (570) 555-0161.\n\nIntake",
        atts=(
            Att(
                "RHM_Oxygen_CMN_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGELINE HOME MEDICAL - CERTIFICATE OF MEDICAL NECESSITY: OXYGEN (CMS-484)",
                        "Patient name: _____________________  MBI: ______________  DOB: __/__/____",
                        "Qualifying test result: ____ % SpO2 / PaO2 ____ mmHg   Test date: __/__/____",
                        "Condition: [ ] at rest  [ ] during exercise  [ ] during sleep",
                        "Liters per minute: ____   Length of need (months): ____",
                        "Physician signature: _____________________   NPI: ____________",
                    ],
                    "Oxygen CMN template",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ordering physician NPI check list",
        notes="Hard negative: list of ordering physicians with NPIs to verify PECOS enrollment; provider identifiers only.",
        frm="Billing <billing@ridgelinehomemedical.com>",
        to="enrollment@keystonebillingpartners.com",
        subject="PECOS check - ordering physicians",
        body="Please confirm these ordering physicians are PECOS-enrolled before we submit April claims:\n\nLuca Ferrante, MD (Pulmonology) NPI 1390996035\nElise Varga, MD (Sleep Medicine) NPI 1948219930\nNathan Hoy, DO (Family Medicine) NPI 1526018159\n\nOur supplier NPI 1786579759.\n\nNoelle",
    ),
    Spec(
        phi=False,
        category="BAA renewal with clearinghouse",
        notes="Hard negative: business associate agreement renewal discussion with a clearinghouse; contract terms, no patient data.",
        frm="Compliance <compliance@ridgelinehomemedical.com>",
        to="legal@claimbridge-edi.com",
        subject="BAA renewal - Ridgeline Home Medical",
        body="Hello,\n\nOur business associate agreement expires June 30. Attached markup asks for breach notice within 5 business days (instead of 30 days) and annual SOC 2 reports. Please send a countersigned copy by June 1.\n\nCompliance Office",
        atts=(
            Att(
                "BAA_redline_2026.docx",
                DOCX,
                docx(
                    [
                        "Business Associate Agreement - Ridgeline Home Medical and ClaimBridge EDI (redline)",
                        "Section 4.2: Business Associate shall report any Breach of Unsecured PHI within five (5) business days of discovery.",
                        "Section 6.1: Business Associate shall provide its SOC 2 Type II report annually.",
                        "Section 9: Term through June 30, 2028.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fleet vehicle plates maintenance",
        notes="Hard negative: list of company delivery van plates for maintenance scheduling; vehicle identifiers of the business, no patient.",
        frm="Operations <operations@ridgelinehomemedical.com>",
        to="service@lycomingfleetrepair.com",
        subject="Van inspections - May",
        body="Please schedule state inspections for:\n\nVan 4 - PA plate ZKT-4418 - 2022 Transit\nVan 7 - PA plate ZMR-2093 - 2023 Transit\nVan 9 - PA plate ZLV-7730 - 2024 ProMaster (liftgate noise)\n\nVans must be back by 2 pm for afternoon oxygen routes.\n\nOperations",
    ),
    Spec(
        phi=False,
        category="holiday hours notice",
        notes="Customer notice of holiday hours; no individual.",
        frm="Ridgeline Home Medical <outreach@ridgelinehomemedical.com>",
        to="customers@ridgelinehomemedical.com",
        subject="Memorial Day hours",
        body="Our showroom is closed Monday, May 25. The 24-hour oxygen line (570) 555-0169 is answered as usual."
        + SIG,
    ),
    Spec(
        phi=False,
        category="independent courier contract to gmail",
        notes="Hard negative: contract terms sent to an independent courier's gmail; a personal mailbox but no patient information.",
        frm="Operations <operations@ridgelinehomemedical.com>",
        to="lewisburg.courier.dan@gmail.com",
        subject="Courier agreement - rates",
        body="Dan,\n\nAs discussed: $1.10/mile plus $12 per stop for supply boxes (no oxygen; cylinders stay on our vans). Weekly invoice, net 15. You'll sign our confidentiality agreement before the first run.\n\nOperations",
    ),
    Spec(
        phi=False,
        category="service tech schedule SSN-shaped work order",
        notes="Hard negative: biomed work order whose reference looks like an SSN, about concentrator preventive maintenance in the shop; no patient.",
        frm="Biomed <biomed@ridgelinehomemedical.com>",
        to="techsupport@aerisoxygen.com",
        subject="Work order 305-71-2284 - sieve bed failures",
        body="Hello,\n\nWork order 305-71-2284: six OC5 stationary units failed oxygen purity (<85%) at 18,000-19,000 hours this month. Is there a known sieve bed issue in lot 2021-11? Units are in our shop, not in service.\n\nBiomed Shop",
    ),
]
