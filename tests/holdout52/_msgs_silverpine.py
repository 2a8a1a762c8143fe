"""Silverpine Home Infusion pharmacy (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SPI, Att, Spec

PH = f"Silverpine Pharmacy <pharmacy@{SPI}>"
INTAKE = f"Silverpine Intake <intake@{SPI}>"
BILL = f"Silverpine Billing <billing@{SPI}>"

_837 = (
    "ISA*00*          *00*          *ZZ*SILVERPINE     *ZZ*COMMONWELL     *260317*1102*^*00501*000005201*0*P*:~"
    "GS*HC*SILVERPINE*COMMONWELL*20260317*1102*5201*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*SPI5201*20260317*1102*CH~"
    "NM1*85*2*SILVERPINE HOME INFUSION*****XX*1090541602~"
    "NM1*IL*1*HALVORSEN*BRIT****MI*CWH884602219~"
    "DMG*D8*19780912*F~"
    "CLM*SPI-260317-01*4180.00***12:B:1*Y*A*Y*Y~"
    "HI*ABK:K50.90~"
    "SV1*HC:J1745:JB*3960.00*UN*40***1~"
    "SV1*HC:S9359*220.00*UN*1***1~"
    "SE*11*0001~GE*1*5201~IEA*1*000005201~"
)

_835_TEST = (
    "ISA*00*          *00*          *ZZ*TESTPAYER      *ZZ*SILVERPINE     *260316*0900*^*00501*000000001*0*T*:~"
    "GS*HP*TESTPAYER*SILVERPINE*20260316*0900*1*X*005010X221A1~"
    "ST*835*0001~BPR*I*0.00*C*NON************20260316~TRN*1*TEST0001*1999999999~"
    "N1*PR*TEST PAYER - SYNTHETIC~N1*PE*SILVERPINE HOME INFUSION*XX*1090541602~"
    "CLP*TESTCLAIM001*1*100.00*0.00**MC*TESTICN0001~NM1*QC*1*TESTPATIENT*ALPHA****MI*TEST000001~"
    "SE*9*0001~GE*1*1~IEA*1*000000001~"
)

_HL7_ORDER = (
    "MSH|^~\\&|SPI-RX|SILVERPINE|INFUSIONNURSING|NORTHRIDGEHH|202603161520||RDE^O11|SPI8841|P|2.5.1\r"
    "PID|1||SPI-220417^^^SPI^PI||ACHTERBERG^JONAS||19660105|M|||8 Orchard Way^^Lewisburg^PA^17837\r"
    "ORC|NW|RX55021\r"
    "RXE|^Q24H^^20260317|J0878^DAPTOMYCIN 700 MG IV^HCPCS|700||mg|||||||||||||||||||||||Osteomyelitis L foot\r"
)

_FHIR_MED = """{
  "resourceType": "MedicationRequest",
  "id": "spi-mr-7730",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "Immune globulin (human) 10% IV, 2 g/kg divided over 2 days"},
  "subject": {"display": "Calloway, Nadine", "reference": "Patient/SPI-219877"},
  "reasonCode": [{"text": "CIDP (G61.81)"}],
  "dosageInstruction": [{"text": "70 g IV day 1 and day 2 every 4 weeks; premedicate acetaminophen/diphenhydramine"}]
}
"""

_FHIR_FORMULARY = """{
  "resourceType": "Medication",
  "id": "formulary-ertapenem-1g",
  "code": {"text": "Ertapenem 1 g vial"},
  "form": {"text": "powder for injection"},
  "extension": [{"url": "http://silverpineinfusion.com/fhir/stability", "valueString": "Stable 6 h room temperature, 24 h refrigerated after reconstitution in NS 50 mL"}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="837P claim file for IVIG infusion",
        notes="Hard positive: X12 837 attachment carries member name, DOB, member ID and Crohn's infusion; body is only a batch note.",
        frm=BILL,
        to="edi@commonwellhealthplan.com",
        subject="Batch 5201 resubmission",
        body="Resubmitting batch 5201 per your 999 rejection (loop 2010BA). One claim.",
        atts=(Att("SPI_5201.x12", "application/edi-x12", _837),),
    ),
    Spec(
        phi=False,
        category="synthetic 835 test file to clearinghouse",
        notes="Hard negative: X12 835 test-mode (ISA15=T) with synthetic TESTPATIENT and zero payment for connectivity testing.",
        frm=BILL,
        to="enrollment@claimbridgeedi.com",
        subject="835 connectivity test file",
        body="Attached is the synthetic 835 we generated for the ERA enrollment test. Test indicator is T; no real patients.",
        atts=(Att("ERA_test.x12", "application/edi-x12", _835_TEST),),
    ),
    Spec(
        phi=True,
        category="HL7 pharmacy order to nursing agency",
        notes="Hard positive: patient name, address and daptomycin for osteomyelitis appear only in the HL7 RDE attachment; body says only please load.",
        frm="Silverpine Interfaces <interfaces@silverpineinfusion.com>",
        to="hl7@northridgehomehealth.com",
        subject="New order message RX55021",
        body="Sending manually since the interface queue is down. Please load.",
        atts=(Att("RX55021.hl7", "application/hl7-v2", _HL7_ORDER),),
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest for IVIG",
        notes="FHIR MedicationRequest naming patient with CIDP and IVIG dosing sent to the referring neurologist's office.",
        frm=PH,
        to="nurse@susquehannaneuro.com",
        subject="Order confirmation for your review",
        body="Please confirm this is the dose Dr. Ferrante intended; weight on referral was 70 kg but the visit note says 78 kg.",
        atts=(Att("MedicationRequest_spi-mr-7730.json", "application/fhir+json", _FHIR_MED),),
    ),
    Spec(
        phi=False,
        category="FHIR formulary Medication resource to EHR vendor",
        notes="FHIR Medication resource for a formulary item with stability data; no patient.",
        frm="Silverpine Interfaces <interfaces@silverpineinfusion.com>",
        to="integration@helixrxsystems.com",
        subject="Formulary sync sample (ertapenem)",
        body="Sample Medication resource for the formulary sync. Extension URL is our stability field.",
        atts=(Att("Medication_ertapenem.json", "application/fhir+json", _FHIR_FORMULARY),),
    ),
    Spec(
        phi=True,
        category="welcome email to new infusion patient",
        notes="Welcome mail to patient's personal mailbox naming her TPN therapy and first delivery.",
        frm=INTAKE,
        to="marguerite.tolliver@gmail.com",
        subject="Welcome to Silverpine - your first delivery",
        body="Dear Marguerite,\n\nWelcome to Silverpine Home Infusion. Your TPN supplies and first 7 bags will arrive Wednesday between 2 and 6 pm; please keep the bags in the refrigerator. Your nurse, Caleb, will visit Thursday morning to teach you how to connect to your PICC.\n\nQuestions any time: 570-555-0120.\n\nThe Silverpine Intake Team",
    ),
    Spec(
        phi=False,
        category="referral partner satisfaction survey",
        notes="Hard negative: survey to a referring physician's personal mailbox about Silverpine's referral service; no patient.",
        frm="Silverpine Feedback <feedback@silverpineinfusion.com>",
        to="dr.whitacre.office@yahoo.com",
        subject="How are we doing as your infusion partner?",
        body="Dr. Whitacre,\n\nThank you for referring to Silverpine this year. Would you or your staff spend 3 minutes rating our intake speed, pharmacist availability and communication? https://survey.silverpineinfusion.com/s/ref26\n\nSilverpine Outreach",
    ),
    Spec(
        phi=True,
        category="delivery confirmation with refrigerated drug",
        notes="Hard positive: first name, street address and 'Remicade' delivery window to patient's husband's personal mailbox.",
        frm="Silverpine Delivery <delivery@silverpineinfusion.com>",
        to="gregpaulsen1970@hotmail.com",
        subject="Delivery tomorrow - 41 Birch Hollow Rd",
        body="Hi Greg,\n\nThe Remicade for Anika is scheduled for delivery tomorrow 8-11 am at 41 Birch Hollow Rd. It's refrigerated, so someone needs to sign. Reply if the time doesn't work.\n\nSilverpine Delivery",
    ),
    Spec(
        phi=False,
        category="drug shortage notice to referral sources",
        notes="Hard negative: shortage notice on IV immune globulin brands to referring offices; no patient.",
        frm=PH,
        to="referral-partners@silverpineinfusion.com",
        subject="Supply update: IVIG brand substitution",
        body="Dear referral partners,\n\nDue to a national allocation, we may substitute Gamunex-C with Privigen or Octagam 10% for new IVIG starts through May. Existing patients stay on their brand. Please note 'brand substitution allowed' on new orders for CIDP, PID and MMN indications.\n\nSilverpine Clinical Pharmacy",
    ),
    Spec(
        phi=True,
        category="weekly lab results to prescriber",
        notes="Vancomycin trough and creatinine for named patient sent to ID physician with dose change.",
        frm="Priya Das PharmD <pdas@silverpineinfusion.com>",
        to="idclinic@lewisburgid.com",
        subject="Weekly labs - Achterberg",
        body="Dr. Morrow,\n\nJonas Achterberg (DOB 01/05/1966) weekly labs 3/16: vanc trough 24.1, SCr 1.6 (baseline 0.9). Holding tonight's dose and recommend 1,250 mg q24h with trough before 3rd dose. Please confirm.\n\nPriya Das, PharmD\nSilverpine Home Infusion",
    ),
    Spec(
        phi=False,
        category="pharmacist continuing education announcement",
        notes="Hard negative: CE session on vancomycin AUC dosing and nephrotoxicity; no patient.",
        frm="Priya Das PharmD <pdas@silverpineinfusion.com>",
        to="pharmacists@silverpineinfusion.com",
        subject="CE: AUC-guided vancomycin in home infusion (1.0 CE)",
        body="Thursday 12:15. We'll cover Bayesian AUC dosing, trough vs AUC targets (400-600), and AKI risk with pip-tazo. Lunch provided.",
    ),
    Spec(
        phi=True,
        category="prior authorization request PDF to payer",
        notes="PDF prior auth with patient name, member ID, diagnosis and ocrelizumab to payer.",
        frm="Silverpine Reimbursement <reimbursement@silverpineinfusion.com>",
        to="pharmacyauth@commonwellhealthplan.com",
        subject="PA request - home infusion ocrelizumab",
        body="Please see attached PA form and clinicals. Expedited review requested; patient's last dose was 6 months ago.",
        atts=(
            Att(
                "PA_ocrelizumab.pdf",
                "application/pdf",
                pdf(
                    [
                        "SILVERPINE HOME INFUSION - PRIOR AUTHORIZATION REQUEST",
                        "Member: Odessa Fairclough   Member ID: CWH885013376   DOB: 11/23/1984",
                        "Drug: Ocrelizumab 600 mg IV every 6 months (J2350)",
                        "Diagnosis: Relapsing-remitting multiple sclerosis (G35)",
                        "Prescriber: Dr. Gianna Ferrante, Neurology, NPI: 1352568012",
                        "Site of care: home",
                    ],
                    "PA request",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy license renewal PDF to state board",
        notes="Hard negative: license renewal with pharmacist-in-charge, DEA and NPI of the pharmacy; no patient.",
        frm="Silverpine Compliance <compliance@silverpineinfusion.com>",
        to="ra-stpharmacy@pa-boardexample.gov",
        subject="Nonresident/resident pharmacy renewal - Silverpine",
        body="Attached is our renewal application and PIC attestation.",
        atts=(
            Att(
                "renewal_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "SILVERPINE HOME INFUSION - PHARMACY PERMIT RENEWAL",
                        "Pharmacy NPI: 1090541602",
                        "DEA: FS4179099",
                        "Pharmacist-in-charge: Priya Das, PharmD, license RP-448120",
                        "Sterile compounding: USP 797 Category 2, cleanroom certified 01/2026",
                    ],
                    "Renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nursing visit schedule spreadsheet to agency",
        notes="Multi-sheet workbook of patients, addresses, therapies and visit dates sent to contracted nursing agency.",
        frm="Silverpine Nursing Coordination <nursing@silverpineinfusion.com>",
        to="scheduling@northridgehomehealth.com",
        subject="Week 12 visits",
        body="Visit schedule for next week. Two new starts on the second tab.",
        atts=(
            Att(
                "visits_wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Existing": [
                            ["Patient", "Address", "Therapy", "Access", "Visit"],
                            [
                                "Tolliver, Marguerite",
                                "12 Kettle Ln, Milton",
                                "TPN",
                                "PICC",
                                "2026-03-19",
                            ],
                            [
                                "Achterberg, Jonas",
                                "8 Orchard Way, Lewisburg",
                                "Daptomycin",
                                "PICC",
                                "2026-03-20",
                            ],
                        ],
                        "NewStarts": [
                            ["Patient", "Phone", "Therapy", "Start"],
                            ["Calloway, Nadine", "570-555-0163", "IVIG 70 g", "2026-03-23"],
                            ["Fairclough, Odessa", "570-555-0178", "Ocrelizumab", "2026-03-24"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="compounding room environmental monitoring report",
        notes="Multi-sheet workbook of cleanroom particle counts and surface samples; no patients.",
        frm="Silverpine Compliance <compliance@silverpineinfusion.com>",
        to="qa@sterilecertsolutions.com",
        subject="Q1 EM data for your review",
        body="Q1 viable air and surface sampling attached. One action-level hit in the ante room on 2/11, remediated.",
        atts=(
            Att(
                "EM_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Air": [
                            ["Location", "Date", "CFU"],
                            ["PEC-1", "2026-01-14", 0],
                            ["Buffer", "2026-01-14", 1],
                            ["Ante", "2026-02-11", 12],
                        ],
                        "Surface": [
                            ["Location", "Date", "CFU"],
                            ["PEC-1 deck", "2026-01-14", 0],
                            ["Pass-through", "2026-02-11", 2],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="adverse drug reaction report to manufacturer",
        notes="Hard positive: ADR report with initials, age, exact infusion date and ZIP beyond 3 digits plus anaphylaxis to the manufacturer.",
        frm="Priya Das PharmD <pdas@silverpineinfusion.com>",
        to="pv-intake@nordavapharma.com",
        subject="Adverse event report - infusion reaction",
        body="Reporter: Priya Das, PharmD, Silverpine Home Infusion\n\nPatient: N.C., 41-year-old female, Lewisburg PA 17837\nProduct: immune globulin IV 10%, lot 7TR4410\nEvent: on 03/14/2026, 40 minutes into the day-1 infusion at home, hives, wheeze and BP 84/50. Epinephrine 0.3 mg IM given by RN, EMS transported to Evangelical ER; discharged same day.\nOutcome: recovered.\n\nWe can provide the nursing note on request.",
    ),
    Spec(
        phi=False,
        category="aggregate infusion reaction rates to P&T committee",
        notes="Hard negative: quarterly rates of infusion reactions and line infections by therapy; counts only.",
        frm="Priya Das PharmD <pdas@silverpineinfusion.com>",
        to="pt-committee@silverpineinfusion.com",
        subject="Q1 outcomes for P&T",
        body="Q1 summary:\n- IVIG infusions: 412, reactions 9 (2.2%), 1 anaphylaxis\n- CLABSI: 0.41 per 1,000 catheter-days (goal < 0.5)\n- Unplanned readmission during therapy: 6.8%\n\nFull tables at the meeting.",
    ),
    Spec(
        phi=True,
        category="patient statement with balance",
        notes="HTML-only statement to patient's personal mailbox with account number and infusion charges.",
        frm=BILL,
        to="wes.harnett@gmail.com",
        subject="Your Silverpine statement",
        body="",
        html="<html><body><p>Wesley Harnett - Account 55-180732</p><table border='1'><tr><th>Date</th><th>Service</th><th>Your balance</th></tr><tr><td>02/24/2026</td><td>Ertapenem 1 g daily x 14 days, per diem S9500</td><td>$412.60</td></tr></table><p>Pay online or call 570-555-0124.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML marketing to physicians about home infusion",
        notes="Hard negative: HTML-only marketing to physician offices listing therapies treated; no individual.",
        frm="Silverpine Outreach <outreach@silverpineinfusion.com>",
        to="office@centralvalleyinternalmed.com",
        subject="Keep your patients out of the infusion chair",
        body="",
        html="<html><body><h3>Home infusion in 24 hours</h3><p>Antibiotics for osteomyelitis, IVIG for CIDP, TPN for short bowel, inotropes for heart failure. Referral fax 570-555-0129.</p><img src='https://silverpineinfusion.com/img/banner.png' alt='banner'/></body></html>",
    ),
    Spec(
        phi=True,
        category="pump serial number and patient to pump vendor",
        notes="Hard positive: device serial number tied to patient's first/last name and milrinone therapy in a pump malfunction report.",
        frm="Silverpine Biomed <biomed@silverpineinfusion.com>",
        to="service@ambitpumps.com",
        subject="RMA request - occlusion alarms",
        body="Pump SN AP7-4418023 alarmed 'downstream occlusion' 6 times overnight for our patient Harlan Weeks on continuous milrinone 0.375 mcg/kg/min; swapped to backup pump at 03:10. Please send RMA. Event log attached.",
        atts=(
            Att(
                "AP7-4418023_log.txt",
                "text/plain",
                "2026-03-16 23:41 OCCL-DN\r\n2026-03-17 00:12 OCCL-DN\r\n2026-03-17 01:58 OCCL-DN\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pump firmware release notes",
        notes="Plain text firmware notes for infusion pumps; no patients.",
        frm="Silverpine Biomed <biomed@silverpineinfusion.com>",
        to="nursing@silverpineinfusion.com",
        subject="Pump firmware 4.2 rollout",
        body="All pumps returned to the depot after 3/23 will get firmware 4.2. Notes attached; new downstream occlusion sensitivity setting.",
        atts=(
            Att(
                "fw42_notes.txt",
                "text/plain",
                "Firmware 4.2\r\n- Adjustable downstream occlusion (low/med/high)\r\n- Battery icon fix\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded referral with diagnosis to nurse",
        notes="Forwarded hospital referral (rfc822) naming patient with endocarditis and PICC to the on-call nurse.",
        frm="Silverpine Intake <intake@silverpineinfusion.com>",
        to="oncall.rn@silverpineinfusion.com",
        subject="FW: Referral - cefazolin start tonight",
        body="Can you do the start of care tonight? Details below.",
        forward=Spec(
            phi=True,
            category="referral",
            notes="inner",
            frm="Renata Okafor RN <rokafor@brookhavenregional.org>",
            to="intake@silverpineinfusion.com",
            subject="Home infusion referral",
            body="Patient: Lucinda Marsh, DOB 09/02/1959, 22 Fern St, Milton PA\nDx: MSSA endocarditis (I33.0)\nCefazolin 2 g IV q8h through 04/21/2026, R arm PICC placed 3/16\nDischarge today 5pm.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor price increase notice",
        notes="Forwarded wholesaler notice on price increases; no patient.",
        frm="Silverpine Purchasing <purchasing@silverpineinfusion.com>",
        to="finance@silverpineinfusion.com",
        subject="FW: April price changes",
        body="FYI for the budget model.",
        forward=Spec(
            phi=False,
            category="price notice",
            notes="inner",
            frm="Contracts <contracts@meridianwholesale.com>",
            to="purchasing@silverpineinfusion.com",
            subject="Price changes effective April 1",
            body="Daptomycin 500 mg +4.5%; ertapenem 1 g -2%; 0.9% NaCl 100 mL bags on allocation through June.",
        ),
    ),
    Spec(
        phi=True,
        category="caregiver teaching appointment ICS",
        notes="Hard positive: patient name and TPN therapy appear only in the calendar part sent to her personal mailbox; body is generic.",
        frm="Silverpine Nursing Coordination <nursing@silverpineinfusion.com>",
        to="marguerite.tolliver@gmail.com",
        subject="Nurse visit - TPN teaching",
        body="This is your nurse visit. Caleb will bring the pump.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silverpine//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h52-visit-7720@silverpineinfusion.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260319T130000Z\r\nDTEND:20260319T150000Z\r\nSUMMARY:TPN start of care and PICC teaching - Marguerite Tolliver\r\nLOCATION:12 Kettle Ln, Milton PA\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="cleanroom recertification appointment",
        notes="Calendar invite for cleanroom recertification; no patients.",
        frm="Silverpine Compliance <compliance@silverpineinfusion.com>",
        to="scheduling@sterilecertsolutions.com",
        subject="Recert visit confirmed",
        body="Confirming semiannual recertification.",
        atts=(
            Att(
                "recert.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silverpine//EN\r\nBEGIN:VEVENT\r\nUID:h52-recert@silverpineinfusion.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260407T120000Z\r\nDTEND:20260407T200000Z\r\nSUMMARY:Cleanroom recertification (ISO 7/8)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV of active patients to courier",
        notes="CSV of patients with addresses and cold-chain drug names given to a courier for route planning.",
        frm="Silverpine Delivery <delivery@silverpineinfusion.com>",
        to="routes@swiftlanecourier.com",
        subject="Thursday routes",
        body="Cold chain on rows 1 and 3.",
        atts=(
            Att(
                "thu_routes.csv",
                "text/csv",
                "stop,recipient,address,phone,item,cold\r\n1,Anika Paulsen,41 Birch Hollow Rd Milton PA 17847,570-555-0151,infliximab 500 mg,Y\r\n2,Jonas Achterberg,8 Orchard Way Lewisburg PA 17837,570-555-0157,daptomycin 700 mg x7,N\r\n3,Nadine Calloway,3 Cedar Ct Lewisburg PA 17837,570-555-0163,IVIG 70 g x2,Y\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CSV of supply par levels",
        notes="Hard negative: CSV par levels with SSN-shaped lot/order numbers; no patients.",
        frm="Silverpine Purchasing <purchasing@silverpineinfusion.com>",
        to="orders@meridianwholesale.com",
        subject="Standing order 417-28-3301 adjustments",
        body="Please update standing order 417-28-3301 to these par levels.",
        atts=(
            Att(
                "par_levels.csv",
                "text/csv",
                "item,ndc,par,reorder\r\nNaCl 0.9% 100 mL,0338-0049-48,600,200\r\nHeparin 100 u/mL 5 mL,25021-0400-05,300,100\r\nCADD cassette 100 mL,n/a,150,50\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of nursing notes to payer audit",
        notes="Hard positive: patient name, MRN and Crohn's infusion appear only inside the zipped visit notes; body cites a claim number.",
        frm="Silverpine Reimbursement <reimbursement@silverpineinfusion.com>",
        to="recordrequests@commonwellhealthplan.com",
        subject="Records request RR-90233",
        body="Attached are the requested records for claim SPI-260317-01 (DOS 02/10-03/10).",
        atts=(
            Att(
                "RR-90233.zip",
                "application/zip",
                zipped(
                    {
                        "visit_0210.txt": "Brit Halvorsen, MRN SPI-218806. Infliximab 5 mg/kg. VS stable. Crohn's flare improving.\r\n",
                        "visit_0310.txt": "Brit Halvorsen. Infusion #3 tolerated. Next 05/05.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of policy documents to accreditor",
        notes="Hard negative: zip of policies (patient rights, emergency plan) for accreditation survey; no patients.",
        frm="Silverpine Compliance <compliance@silverpineinfusion.com>",
        to="surveys@achcaccred-example.org",
        subject="Pre-survey document submission",
        body="Policies attached as requested.",
        atts=(
            Att(
                "policies.zip",
                "application/zip",
                zipped(
                    {
                        "patient_rights.txt": "Patients have the right to refuse therapy, to privacy of their health information, and to file a grievance.\r\n",
                        "emergency_plan.txt": "Patients on inotropes and TPN are tier 1 for power outage calls.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX letter of medical necessity",
        notes="Letter of medical necessity DOCX naming patient, diagnosis and home TPN for a payer appeal.",
        frm="Silverpine Reimbursement <reimbursement@silverpineinfusion.com>",
        to="appeals@keystonefirstmcd-example.com",
        subject="Appeal - home parenteral nutrition",
        body="Appeal letter attached; physician signature page follows by fax.",
        atts=(
            Att(
                "LMN_TPN.docx",
                DOCX,
                docx(
                    [
                        "Silverpine Home Infusion - Letter of Medical Necessity",
                        "Re: Marguerite Tolliver, DOB 06/30/1971, Medicaid ID 8820417735",
                        "Short bowel syndrome after small bowel resection (K91.2), 60 cm remaining; weight loss 14% in 3 months.",
                        "Home TPN 1,800 mL nightly over 12 h is medically necessary.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DOCX patient education handout on PICC care",
        notes="Hard negative: generic PICC care handout DOCX for all patients; no individual.",
        frm="Silverpine Nursing Coordination <nursing@silverpineinfusion.com>",
        to="marketing@silverpineinfusion.com",
        subject="PICC handout - final text for layout",
        body="Final text attached.",
        atts=(
            Att(
                "PICC_care_handout.docx",
                DOCX,
                docx(
                    [
                        "Caring for your PICC line",
                        "Keep the dressing dry. Cover with plastic wrap when showering.",
                        "Call us for fever over 100.4 F, redness, or arm swelling.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse on-call note to heart failure clinic",
        notes="Hard positive: terse on-call note with last name and inotrope dose change to the heart failure clinic.",
        frm="oncall.rn@silverpineinfusion.com",
        to="hfclinic@geisingerexample.org",
        subject="Weeks - milrinone",
        body="Weeks BP 82/48 HR 110 tonight, dizzy. Per protocol decreased milrinone to 0.25. Pls call pt in AM. -on call RN Silverpine",
    ),
    Spec(
        phi=False,
        category="sterile compounding staffing notice",
        notes="Staff notice about technician schedule; no patients.",
        frm="Priya Das PharmD <pdas@silverpineinfusion.com>",
        to="compounding@silverpineinfusion.com",
        subject="Hood schedule while Jordan is out",
        body="Jordan is out through April. Hood 1: Mia AM / Tess PM. Hood 2: TPN only 1-5pm.",
    ),
    Spec(
        phi=False,
        category="monthly returned drug destruction log",
        notes="Hard negative: manifest of expired/damaged controlled drugs by lot with the pharmacy's DEA registration; no patients.",
        frm="Silverpine Compliance <compliance@silverpineinfusion.com>",
        to="returns@pharmareturnservices.com",
        subject="March returns manifest",
        body="Manifest attached. Registrant DEA: FS4179099.",
        atts=(
            Att(
                "returns_manifest.txt",
                "text/plain",
                "Item,Lot,Qty,Reason\r\nHydromorphone 10 mg/mL 5 mL,HM2290,4,expired\r\nMorphine 1 mg/mL 30 mL,MS0911,2,damaged\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of infusion site sent to physician",
        notes="Hard positive: PNG named with patient's name and 'phlebitis' sent to the ID office; body gives only a first name.",
        frm="Caleb Morgan RN <cmorgan@silverpineinfusion.com>",
        to="idclinic@lewisburgid.com",
        subject="arm photo",
        body="Photo from today's visit for Dr. Morrow. Lucinda's arm is red 4 cm above insertion.",
        atts=(
            Att("Lucinda_Marsh_R_arm_phlebitis_0317.png", "image/png", png(5, 5, (210, 120, 110))),
        ),
    ),
    Spec(
        phi=False,
        category="insurance credentialing update with NPI",
        notes="Payer credentialing update with the pharmacy NPI and taxonomy; no patients.",
        frm="Silverpine Reimbursement <reimbursement@silverpineinfusion.com>",
        to="credentialing@commonwellhealthplan.com",
        subject="Address change - Silverpine Home Infusion",
        body="Please update our service location. Organization NPI: 1090541602, taxonomy 3336H0001X. New address 900 Industrial Pkwy, Suite 4, Lewisburg PA. W-9 attached to our portal submission.",
    ),
    Spec(
        phi=False,
        category="HTML holiday delivery schedule to patients list",
        notes="Hard negative: HTML-only broadcast to all patients about holiday delivery days; no individual or therapy.",
        frm="Silverpine Delivery <delivery@silverpineinfusion.com>",
        to="patients-announce@silverpineinfusion.com",
        subject="Easter weekend deliveries",
        body="",
        html="<html><body><p>Our pharmacy is closed Sunday April 5. Deliveries due that day will arrive Saturday. Pharmacist on call 24/7: 570-555-0120.</p></body></html>",
    ),
]
