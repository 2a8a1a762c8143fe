"""NorvaneConnect (Norvane Therapeutics' patient assistance and access hub): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

NVC = "NorvaneConnect <support@norvaneconnect.com>"
SIG = "\n\nNorvaneConnect Patient Support | Norvane Therapeutics\nPO Box 61820, Raleigh, NC 27661\n(888) 555-0130, Mon-Fri 8 am-8 pm ET | Fax (888) 555-0131"
FOOT = "\n\nNorvaneConnect is a patient support program of Norvane Therapeutics. Program terms apply. This message was sent to you because you enrolled in NorvaneConnect."

X12_270 = (
    "ISA*00*          *00*          *ZZ*NORVANECONNECT *ZZ*BLUEPIEDMONT   *260421*0932*^*00501*000000871*0*P*:~"
    "GS*HS*NORVANECONNECT*BLUEPIEDMONT*20260421*0932*871*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*NVC-BV-26-04417*20260421*0932~"
    "HL*1**20*1~NM1*PR*2*BLUE PIEDMONT HEALTH*****PI*BPH01~"
    "HL*2*1*21*1~NM1*1P*1*OSEI*AMARA****XX*1167868433~"
    "HL*3*2*22*0~TRN*1*NVC2604210932*9NORVANE01~NM1*IL*1*HOLLOWAY*DENISE*R***MI*BPW552190377~"
    "DMG*D8*19740518*F~DTP*291*D8*20260421~EQ*88~EQ*30~"
    "SE*12*0001~GE*1*871~IEA*1*000000871~"
)

X12_278 = (
    "ISA*00*          *00*          *ZZ*NORVANECONNECT *ZZ*CAROLINACAREHP *260422*1104*^*00501*000000884*0*P*:~"
    "GS*HI*NORVANECONNECT*CAROLINACAREHP*20260422*1104*884*X*005010X217~"
    "ST*278*0001*005010X217~BHT*0007*13*NVC-PA-26-1188*20260422*1104~"
    "HL*1**20*1~NM1*X3*2*CAROLINA CARE HEALTH PLAN*****PI*CCHP7~"
    "HL*2*1*21*1~NM1*1P*1*VANTERPOOL*CLAIRE****XX*1478245040~"
    "HL*3*2*22*1~NM1*IL*1*ABERNATHY*COLE****MI*CCH0081734402~DMG*D8*19910307*M~"
    "HL*4*3*EV*0~UM*HS*I*1~HI*ABK:L40.0*ABF:L40.52~SV1*HC:J3590*1*UN*1~MSG*ORZELVI 90 MG SC Q8W AFTER INDUCTION. FAILED METHOTREXATE AND ADALIMUMAB.~"
    "SE*13*0001~GE*1*884~IEA*1*000000884~"
)

FHIR_REFERRAL = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "nvc-pt-118402",
      "identifier": [{"system": "https://norvaneconnect.com/case", "value": "NVC-26-118402"}],
      "name": [{"family": "Abernathy", "given": ["Cole"]}], "birthDate": "1991-03-07",
      "telecom": [{"system": "phone", "value": "919-555-0188"}],
      "address": [{"line": ["604 Glenwood Ave Apt 3"], "city": "Raleigh", "state": "NC", "postalCode": "27603"}]},
     "request": {"method": "POST", "url": "Patient"}},
    {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": "CCH0081734402",
      "beneficiary": {"reference": "Patient/nvc-pt-118402"}, "payor": [{"display": "Carolina Care Health Plan"}]},
     "request": {"method": "POST", "url": "Coverage"}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/nvc-pt-118402"},
      "medicationCodeableConcept": {"text": "Orzelvi (sevarikumab) 90 mg/mL prefilled pen"},
      "reasonCode": [{"text": "Psoriatic arthritis (L40.52), plaque psoriasis (L40.0)"}]},
     "request": {"method": "POST", "url": "MedicationRequest"}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="copay program enrollment confirmation",
        notes="Enrollment confirmation to the patient's gmail names her, her Orzelvi treatment and her copay card member ID.",
        frm=NVC,
        to="denise.holloway74@gmail.com",
        subject="Welcome to NorvaneConnect - your savings card",
        body="Hi Denise Holloway,\n\nYou're enrolled in the Orzelvi Copay Program. Your card details:\n\nBIN 610020   PCN NVCOPAY   Group NVC4410   Member ID 70144120388\n\nEligible patients may pay as little as $5 per dose of Orzelvi, up to the annual program maximum. Your specialty pharmacy has the card on file for your May 4 shipment.\n\nYour case manager is Tomas Reyes."
        + SIG
        + FOOT,
    ),
    Spec(
        phi=True,
        category="benefits verification summary to prescriber",
        notes="Benefits verification summary PDF to the prescriber's office names the patient, DOB, plan, member ID and prior-authorization requirement for her psoriasis drug.",
        frm="Benefits Verification <bv@norvaneconnect.com>",
        to="priorauth@trianglederm.com",
        subject="BV complete - case NVC-26-117760",
        body="Hello,\n\nThe benefits investigation for your patient is complete; summary attached. A PA is required; we can send the payer's criteria form if you need it.\n\nNorvaneConnect Benefits Team"
        + SIG,
        atts=(
            Att(
                "BV_NVC-26-117760.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORVANECONNECT - BENEFITS VERIFICATION SUMMARY",
                        "Patient: Denise R. Holloway   DOB: 05/18/1974   Case: NVC-26-117760",
                        "Product: Orzelvi 90 mg SC (plaque psoriasis, L40.0)",
                        "Plan: Blue Piedmont Health PPO   Member ID: BPW552190377",
                        "Pharmacy benefit: specialty tier 5, 30% coinsurance after $2,500 deductible",
                        "PA required: YES (step through one TNF inhibitor)   Specialty pharmacy: Accredo-type network",
                    ],
                    "BV summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry file",
        notes="Hard positive: the X12 270 attachment carries the member's name, ID and DOB in an eligibility check for specialty drug benefits.",
        frm="EDI Operations <edi@norvaneconnect.com>",
        to="tradingpartners@bluepiedmont.com",
        subject="270 rejected with AAA*N**42 - sample attached",
        body="Hi,\n\nOur real-time 270s are coming back AAA*N**42 since this morning. Sample transaction attached so your team can trace it. Nothing changed on our side.\n\nRaj Menon\nEDI Analyst"
        + SIG,
        atts=(Att("NVC_270_000000871.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="X12 278 prior authorization request",
        notes="Hard positive: the X12 278 request names the member, ID and DOB with psoriatic arthritis codes and prior failed therapies.",
        frm="EDI Operations <edi@norvaneconnect.com>",
        to="edi-support@carolinacarehp.com",
        subject="278 stuck in pended status",
        body="Carolina Care team,\n\nThis 278 was accepted (999) but never returned a 278 response. Can you look it up? File attached as sent.\n\nRaj Menon"
        + SIG,
        atts=(Att("NVC_278_000000884.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="specialty pharmacy triage list",
        notes="Hard positive: CSV triage list to the specialty pharmacy names patients with DOB, phone, product and payer status.",
        frm="Pharmacy Triage <triage@norvaneconnect.com>",
        to="intake@carolinaspecialtyrx.com",
        subject="Today's triage - 4 new referrals",
        body="Four new Orzelvi/Hemvanta referrals triaged to you today, file attached. Please confirm receipt and first-fill dates.\n\nNorvaneConnect Triage",
        atts=(
            Att(
                "triage_2026-04-22.csv",
                "text/csv",
                "case_id,patient,dob,phone,product,indication,payer,pa_status\n"
                "NVC-26-118402,Cole Abernathy,1991-03-07,919-555-0188,Orzelvi,Psoriatic arthritis,Carolina Care,Pending\n"
                "NVC-26-118415,Priscilla Nwosu,1968-12-01,704-555-0149,Orzelvi,Crohn's disease,Medicaid NC,Approved\n"
                "NVC-26-118431,Gerald Vance,1959-08-22,336-555-0135,Hemvanta,Hemophilia B,Medicare D,Not required\n"
                "NVC-26-118440,Rosa Ibarra,1983-02-14,919-555-0107,Orzelvi,Plaque psoriasis,Blue Piedmont,Approved\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="free drug shipment notice to patient",
        notes="Free-drug program shipment notice to the patient's aol mailbox names him, his address and the Hemvanta factor IX shipment.",
        frm="NorvaneConnect PAP <pap@norvaneconnect.com>",
        to="gvance1959@aol.com",
        subject="Your free medicine is on the way",
        body="Dear Gerald Vance,\n\nYour Norvane Patient Assistance Program shipment has been sent:\n\nHemvanta 3,000 IU x 8 vials with mixing kits\nShipping to: 1150 Pine Knoll Rd, Asheboro NC 27205\nArrives: Friday, April 24 (signature required)\n\nYour approval runs through 12/31/2026. Please tell your hemophilia nurse when it arrives."
        + SIG
        + FOOT,
    ),
    Spec(
        phi=True,
        category="forwarded adverse event report to pharmacovigilance",
        notes="Hard positive: a case manager forwards the patient's own email describing a reaction, with her name, DOB and drug, to drug safety.",
        frm="Tomas Reyes <treyes@norvaneconnect.com>",
        to="drugsafety@norvanetx.com",
        subject="FW: possible AE - within 24h",
        body="Forwarding per SOP PV-004: patient-reported possible adverse event received 04/22 14:10. Patient consents to follow-up by phone.\n\nTomas Reyes\nCase Manager",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Rosa Ibarra <rosa.ibarra83@yahoo.com>",
            to="treyes@norvaneconnect.com",
            subject="rash after shot",
            body="Hi Tomas, it's Rosa Ibarra (DOB 2/14/83). Two days after my second Orzelvi pen I got an itchy red rash on my arms and chest and my lips felt a little swollen. I took Benadryl and it's better today. Should I take the next dose? My dermatologist is Dr. Patel at Triangle Derm.",
        ),
    ),
    Spec(
        phi=True,
        category="foundation assistance application with SSN",
        notes="Hard positive: the application DOCX sent to an independent foundation carries the patient's name, SSN, income and Crohn's diagnosis.",
        frm="Foundation Referrals <foundations@norvaneconnect.com>",
        to="applications@healwellfoundation-nc.org",
        subject="Referral packet - IBD fund",
        body="Please find a completed application for your Crohn's disease copay fund. The patient signed the consent to share on 04/20.\n\nNorvaneConnect Foundation Referrals"
        + SIG,
        atts=(
            Att(
                "HealWell_application_NVC-26-118415.docx",
                DOCX,
                docx(
                    [
                        "NorvaneConnect - Independent Foundation Referral",
                        "Applicant: Priscilla A. Nwosu   DOB: 12/01/1968   SSN: 247-61-3908",
                        "Address: 88 Brevard Ct, Charlotte NC 28202   Phone: 704-555-0149",
                        "Diagnosis: Crohn's disease of small and large intestine (K50.80)",
                        "Medication: Orzelvi 180 mg SC every 8 weeks after IV induction",
                        "Household size: 3   Annual household income: $41,600",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nurse educator injection visit invite",
        notes="Hard positive: calendar invite to a patient's personal mailbox for an at-home injection training visit with his name, address and drug.",
        frm="Nurse Educators <nurseed@norvaneconnect.com>",
        to="cole.abernathy@outlook.com",
        subject="Your injection training visit",
        body="Hi Cole, your nurse educator visit is confirmed. Please accept the invite; have your first pen in the fridge.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NorvaneConnect//Nurse Ed//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nvc-ne-118402@norvaneconnect.com\r\nDTSTAMP:20260422T150000Z\r\nDTSTART:20260429T223000Z\r\nDTEND:20260429T233000Z\r\nSUMMARY:Orzelvi pen injection training - Cole Abernathy\r\nLOCATION:604 Glenwood Ave Apt 3, Raleigh NC\r\nDESCRIPTION:Nurse educator Janelle Pierce RN. First self-injection of Orzelvi 90 mg for psoriatic arthritis.\r\nORGANIZER:mailto:nurseed@norvaneconnect.com\r\nATTENDEE:mailto:cole.abernathy@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="copay reimbursement explanation PDF",
        notes="Copay reimbursement statement PDF to the patient names her, the pharmacy claim dates for Orzelvi and amounts paid.",
        frm="Copay Claims <copayclaims@norvaneconnect.com>",
        to="rosa.ibarra83@yahoo.com",
        subject="Your reimbursement has been processed",
        body="Hi Rosa,\n\nWe processed your reimbursement request. A check will arrive in 7-10 days; the details are attached."
        + SIG
        + FOOT,
        atts=(
            Att(
                "reimbursement_CC-2604-33190.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORVANECONNECT COPAY PROGRAM - REIMBURSEMENT STATEMENT",
                        "Patient: Rosa Ibarra   Program ID: 70144133057   Claim: CC-2604-33190",
                        "Fill 03/09/2026  Orzelvi 90 mg/mL pen x1  Patient paid $1,245.00",
                        "Fill 04/06/2026  Orzelvi 90 mg/mL pen x1  Patient paid $1,245.00",
                        "Program reimbursement: $2,480.00 (your cost $5 per fill)",
                        "Remaining 2026 program benefit: $9,020.00",
                    ],
                    "Reimbursement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML welcome email revealing condition by product",
        notes="Hard positive: HTML-only welcome email to a patient's personal mailbox; only his name and the hemophilia product appear, but the product reveals his condition.",
        frm="NorvaneConnect <welcome@norvaneconnect.com>",
        to="marcus.dial@icloud.com",
        subject="Marcus, welcome to Hemvanta support",
        body="",
        html="<html><body><div style='font-family:Arial;max-width:600px'><img src='https://norvaneconnect.com/img/hemvanta-logo.png' alt='Hemvanta'/><h2>Welcome, Marcus Dial!</h2><p>Thanks for joining <b>NorvaneConnect for Hemvanta</b>. Your dedicated case manager is <b>Priya Natarajan</b> at (888) 555-0133.</p><ul><li>Factor delivery reminders</li><li>Copay help</li><li>24/7 nurse line</li></ul><p style='font-size:10px;color:#888'>Hemvanta [coagulation factor IX (recombinant), fictional] &copy; Norvane Therapeutics</p></div></body></html>",
    ),
    Spec(
        phi=True,
        category="payer denial note by case number",
        notes="Hard positive: a hub case number (a unique identifier) with the step-therapy denial details is sent to a field reimbursement manager's personal mailbox.",
        frm="Appeals Team <appeals@norvaneconnect.com>",
        to="jen.okafor.frm@gmail.com",
        subject="denial on NVC-26-118402",
        body="Jen,\n\nCarolina Care denied NVC-26-118402 today: reason code 'step therapy not met - methotrexate trial < 12 weeks documented.' The chart notes show 16 weeks of methotrexate stopped for elevated LFTs, so this should turn on appeal. Can you meet with the office manager at Vanterpool Rheumatology this week?\n\n(Sending to your gmail since your laptop is in for repair.)\n\nAppeals Team",
    ),
    Spec(
        phi=True,
        category="appeal letter to health plan",
        notes="Appeal letter DOCX to the health plan names the member, member ID, psoriatic arthritis history and prior treatments.",
        frm="Appeals Team <appeals@norvaneconnect.com>",
        to="appeals@carolinacarehp.com",
        subject="First-level appeal - member CCH0081734402",
        body="Please find attached the prescriber-signed first-level appeal for Orzelvi. Supporting chart notes follow by fax.\n\nAppeals Team"
        + SIG,
        atts=(
            Att(
                "Appeal_Abernathy_Orzelvi.docx",
                DOCX,
                docx(
                    [
                        "Re: Cole Abernathy, DOB 03/07/1991, Member ID CCH0081734402 - appeal of denial dated 04/22/2026",
                        "Mr. Abernathy has active psoriatic arthritis with 6 swollen joints and 18% BSA plaque psoriasis.",
                        "He took methotrexate 20 mg weekly for 16 weeks (stopped for ALT 3x ULN) and adalimumab for 7 months (secondary failure).",
                        "We request approval of Orzelvi 90 mg SC at weeks 0 and 4, then every 8 weeks.",
                        "Claire Vanterpool, MD, Rheumatology   NPI: 1478245040",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to specialty pharmacy",
        notes="Hard positive: the FHIR transaction bundle carries the patient's name, DOB, phone, address, coverage ID and psoriatic arthritis prescription.",
        frm="Integration Team <integration@norvaneconnect.com>",
        to="api-support@carolinaspecialtyrx.com",
        subject="422 on POST /Bundle - payload attached",
        body="Your endpoint returns 422 Unprocessable Entity for this bundle. Attaching the exact payload we posted at 10:41 ET so you can reproduce.\n\nNorvaneConnect Integration",
        atts=(Att("referral_bundle_118402.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="call center notes text file",
        notes="Hard positive: text file of call notes with callers' phone numbers, names and their Crohn's and hemophilia treatment issues.",
        frm="Contact Center QA <qa@norvaneconnect.com>",
        to="coaching@voxtelsolutions.com",
        subject="Calls for Thursday calibration",
        body="Here are the call notes for the three calls we'll calibrate on Thursday. Recordings are in the shared folder.\n\nBeth Lyle\nQA Lead",
        atts=(
            Att(
                "calibration_calls_0423.txt",
                "text/plain",
                "Call 1 - 04/20 09:14 - inbound 704-555-0149 - Priscilla Nwosu: asked if foundation covers her Orzelvi IV induction at the infusion center; agent read wrong fund criteria.\n"
                "Call 2 - 04/20 11:02 - inbound 336-555-0135 - Gerald Vance: PAP shipment of Hemvanta late, had a bleed in his elbow, used last vial.\n"
                "Call 3 - 04/21 16:48 - outbound 919-555-0107 - Rosa Ibarra: AE follow-up (rash, lip swelling), agent did not read PV script.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of signed enrollment forms",
        notes="Hard positive: a zip of scanned enrollment forms whose member file names and contents carry patients' names and products.",
        frm="Document Intake <docs@norvaneconnect.com>",
        to="records@iron-vault-storage.com",
        subject="Batch 0422 for scanning archive",
        body="Batch 0422 attached for archive indexing (3 forms). Please index by case ID.\n\nDocument Intake",
        atts=(
            Att(
                "NVC_batch_0422.zip",
                "application/zip",
                zipped(
                    {
                        "NVC-26-118415_Nwosu_Priscilla_enrollment.png": png(8, 8, (240, 240, 235)),
                        "NVC-26-118431_Vance_Gerald_PAP_income.png": png(8, 8, (238, 238, 232)),
                        "index.txt": "NVC-26-118415 Nwosu, Priscilla - Orzelvi (Crohn's) - enrollment + HIPAA auth\nNVC-26-118431 Vance, Gerald - Hemvanta (hemophilia B) - PAP income docs\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare Extra Help referral with MBI",
        notes="Referral to a benefits counselling partner names a Medicare beneficiary with his MBI, hemophilia B factor costs and income.",
        frm="Medicare Access Team <medicare@norvaneconnect.com>",
        to="counselors@ncshiip-partners.org",
        subject="Referral for LIS/Extra Help screening",
        body="Hello,\n\nWith his permission, referring Gerald Vance (DOB 08/22/1959, MBI: 7HN2XE6QA41, phone 336-555-0135) for Extra Help screening. He takes Hemvanta for hemophilia B under Part D and hits the catastrophic phase in February every year. Household income about $23,900, single. He prefers calls after 1 pm.\n\nMedicare Access Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style shipment reminder",
        notes="Hard positive: SMS-style reminder to a patient's personal mailbox with her first name, the Hemvanta delivery window and nurse call.",
        frm="NorvaneConnect Alerts <alerts@norvaneconnect.com>",
        to="dana.whitlock22@hotmail.com",
        subject="Delivery tmrw",
        body="NorvaneConnect: Hi Dana, your Hemvanta 2000 IU x6 arrives tmrw 10a-2p. Someone must sign. Nurse Priya will call Fri re: your dosing diary. Reply STOP to opt out.",
    ),
    Spec(
        phi=True,
        category="patient-level weekly report to brand team",
        notes="Hard positive: multi-sheet workbook to the manufacturer's brand team lists patients by name and case with their status and therapy, beyond minimum necessary.",
        frm="Hub Reporting <reporting@norvaneconnect.com>",
        to="orzelvi-brand@norvanetx.com",
        subject="Weekly hub status - wk 17",
        body="Weekly status attached. Note: per request, the 'Stalled' tab now includes patient names so field teams can follow up; legal has not reviewed this yet.\n\nHub Reporting",
        atts=(
            Att(
                "hub_status_wk17.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Value"],
                            ["New referrals", 142],
                            ["Approved", 88],
                            ["Stalled > 21 d", 3],
                        ],
                        "Stalled": [
                            ["Case", "Patient", "Indication", "Prescriber", "Stall reason"],
                            [
                                "NVC-26-118402",
                                "Cole Abernathy",
                                "Psoriatic arthritis",
                                "Vanterpool",
                                "Denied - step therapy",
                            ],
                            [
                                "NVC-26-116990",
                                "Harlan Pugh",
                                "Crohn's disease",
                                "Mbeki",
                                "Missing colonoscopy report",
                            ],
                            [
                                "NVC-26-117305",
                                "Tiffany Salas",
                                "Plaque psoriasis",
                                "Patel",
                                "Patient unreachable",
                            ],
                        ],
                        "Shipments": [
                            ["Week", "Commercial", "PAP"],
                            ["wk16", 611, 47],
                            ["wk17", 634, 52],
                        ],
                    }
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="program eligibility flyer PDF",
        notes="Program flyer PDF describing eligibility and income limits for the assistance programme; no individual.",
        frm="NorvaneConnect <support@norvaneconnect.com>",
        to="frontdesk@vanterpoolrheum.com",
        subject="Updated NorvaneConnect flyer for your office",
        body="Hello,\n\nHere is the 2026 NorvaneConnect program flyer for your waiting room and new-start packets.\n\nNorvaneConnect"
        + SIG,
        atts=(
            Att(
                "NorvaneConnect_Programs_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORVANECONNECT - 2026 PROGRAMS AT A GLANCE",
                        "Copay Program: commercially insured patients pay as little as $5 per dose (annual max applies).",
                        "Patient Assistance Program: free medicine for uninsured or underinsured patients",
                        "with household income up to 500% of the Federal Poverty Level.",
                        "Bridge Program: up to 3 months of free medicine during coverage delays.",
                        "Call (888) 555-0130 or enroll at norvaneconnect.com",
                    ],
                    "Programs",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate hub KPI workbook",
        notes="Hard negative: multi-sheet KPI workbook of referral volumes, time-to-therapy and approval rates by region and payer type; aggregate only.",
        frm="Hub Reporting <reporting@norvaneconnect.com>",
        to="market-access@norvanetx.com",
        subject="Q1 hub KPI pack",
        body="Q1 KPI pack attached for the QBR. Time to first fill improved 3.4 days vs Q4.\n\nHub Reporting",
        atts=(
            Att(
                "NVC_KPI_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [
                            ["Month", "Referrals", "Enrolled", "First fills"],
                            ["Jan", 512, 470, 301],
                            ["Feb", 498, 455, 322],
                            ["Mar", 561, 519, 366],
                        ],
                        "Time to therapy": [
                            ["Payer type", "Median days"],
                            ["Commercial", 14.2],
                            ["Medicare D", 19.8],
                            ["Medicaid", 22.5],
                        ],
                        "Approvals": [
                            ["Region", "PA approval %", "Appeal overturn %"],
                            ["Southeast", 71, 58],
                            ["Midwest", 66, 61],
                            ["West", 74, 52],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="prescriber office webinar invitation",
        notes="Hard negative: webinar invite for office staff on the prior authorization process; no patient.",
        frm="Field Access Team <fieldaccess@norvaneconnect.com>",
        to="officemanagers-se@norvaneconnect.com",
        subject="Invitation: PA best practices for Orzelvi (webinar)",
        body="Office managers and PA coordinators: join our 30-minute webinar on submitting complete prior authorizations. Accept to add it to your calendar.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NorvaneConnect//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nvc-webinar-pa-0512@norvaneconnect.com\r\nDTSTAMP:20260421T180000Z\r\nDTSTART:20260512T170000Z\r\nDTEND:20260512T173000Z\r\nSUMMARY:Webinar - PA best practices for Orzelvi\r\nLOCATION:https://norvaneconnect.webex.example/pa-0512\r\nDESCRIPTION:Common denial reasons, step therapy documentation, using the NorvaneConnect portal. Presenter: Jen Okafor, Field Reimbursement Manager.\r\nORGANIZER:mailto:fieldaccess@norvaneconnect.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="speaker program roster with prescriber NPIs",
        notes="Hard negative: speaker program logistics listing physician speakers with NPIs and specialties; provider identifiers, no patient.",
        frm="Medical Events <events@norvaneconnect.com>",
        to="speakerbureau@norvanetx.com",
        subject="May speaker programs - confirmed speakers",
        body="Confirmed speakers for May (NPIs for transparency reporting):\n\n5/7 Raleigh - Claire Vanterpool, MD, Rheumatology, NPI 1478245040\n5/14 Charlotte - Amara Osei, MD, Dermatology, NPI 1167868433\n5/21 Durham - Vikram Patel, MD, Dermatology, NPI 1526018159\n\nHonoraria per FMV schedule B. Menus under the $125 cap.\n\nMedical Events",
    ),
    Spec(
        phi=False,
        category="blank enrollment form template",
        notes="Hard negative: DOCX enrollment form template with labelled empty fields for patient name, DOB, SSN (last 4) and diagnosis.",
        frm="Forms Management <forms@norvaneconnect.com>",
        to="printvendor@carolinapressworks.com",
        subject="Print-ready: enrollment form rev 04-2026",
        body="Please print 5,000 copies of the attached enrollment form (2-sided, 3-part NCR). Proof by Friday please.\n\nForms Management",
        atts=(
            Att(
                "NVC_Enrollment_Form_rev0426.docx",
                DOCX,
                docx(
                    [
                        "NorvaneConnect Enrollment Form (rev 04/2026)",
                        "Patient name: ____________________   Date of birth: __/__/____",
                        "Last 4 of SSN (PAP only): ____   Phone: ______________",
                        "Diagnosis / ICD-10: ____________   Product: [ ] Orzelvi  [ ] Hemvanta",
                        "Insurance plan and member ID: ______________________",
                        "Patient signature: ______________  Prescriber signature: ______________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="adverse event intake SOP with sample patient",
        notes="Hard negative: SOP PDF for adverse event intake using an obviously fictional sample patient ('Jane Sample').",
        frm="Quality & Compliance <compliance@norvaneconnect.com>",
        to="casemanagers@norvaneconnect.com",
        subject="SOP PV-004 rev C - read and attest by 5/1",
        body="Please read SOP PV-004 rev C (attached) and attest in the LMS by May 1. The worked example uses a made-up patient.\n\nQuality & Compliance",
        atts=(
            Att(
                "SOP_PV-004_revC.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORVANECONNECT SOP PV-004 rev C - ADVERSE EVENT INTAKE",
                        "Any mention of a possible side effect must reach Drug Safety within 24 hours.",
                        "Four minimum criteria: identifiable reporter, identifiable patient, suspect product, event.",
                        "Example (fictional): 'Jane Sample, 40s, says her injection site was red for 3 days.'",
                        "-> All four criteria met; forward to drugsafety mailbox using the AE template.",
                    ],
                    "SOP PV-004",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="work order with SSN-shaped number",
        notes="Hard negative: facilities work order whose reference number is shaped like an SSN; no person or health information.",
        frm="Facilities <facilities@norvaneconnect.com>",
        to="dispatch@triangleofficeservices.com",
        subject="WO 231-60-4418 - badge readers 3rd floor",
        body="Please schedule a tech for work order 231-60-4418: two badge readers on the 3rd floor call center (doors 3E and 3W) are not reading new cards. Access after 6 pm preferred.\n\nFacilities",
    ),
    Spec(
        phi=False,
        category="HTML HCP marketing email",
        notes="HTML-only promotional email to healthcare professionals about the support program; no patient.",
        frm="Norvane Therapeutics <hcp-news@norvaneconnect.com>",
        to="hcp-list-se@norvaneconnect.com",
        subject="Your patients can start Orzelvi faster with Bridge",
        body="",
        html="<html><body><h1>Start faster with the NorvaneConnect Bridge Program</h1><p>Eligible commercially insured patients can receive up to 3 months of free Orzelvi while coverage is pending.</p><p><a href='https://norvaneconnect.com/hcp/bridge'>Learn more</a> | Call (888) 555-0130</p><p style='font-size:9px'>For US healthcare professionals only. See full Prescribing Information.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="copay program terms update to pharmacies",
        notes="Program terms update to pharmacy partners about claims processing; no patient.",
        frm="Copay Program <copayclaims@norvaneconnect.com>",
        to="pharmacy-network@norvaneconnect.com",
        subject="Copay program update effective June 1",
        body="Pharmacy partners,\n\nEffective June 1, the Orzelvi Copay Program annual maximum changes to $15,000 and claims must be submitted as secondary with the primary's 'other payer amount paid'. BIN/PCN/Group are unchanged. Questions: (888) 555-0136.\n\nNorvaneConnect Copay Program",
    ),
    Spec(
        phi=False,
        category="de-identified claims CSV by state",
        notes="Hard negative: de-identified CSV of copay claim counts and averages by state and month; no individuals.",
        frm="Hub Reporting <reporting@norvaneconnect.com>",
        to="analytics@norvanetx.com",
        subject="Copay utilization by state - March",
        body="De-identified state-level extract attached for the forecast model.\n\nHub Reporting",
        atts=(
            Att(
                "copay_by_state_2026-03.csv",
                "text/csv",
                "state,month,claims,unique_patients,avg_oop_before,avg_oop_after\n"
                "NC,2026-03,1204,988,812.40,5.00\n"
                "SC,2026-03,466,391,790.10,5.00\n"
                "VA,2026-03,702,590,845.75,5.00\n"
                "GA,2026-03,931,760,801.00,5.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer formulary meeting notes",
        notes="Meeting notes with a health plan on formulary placement; business discussion, no patient.",
        frm="Market Access <marketaccess@norvaneconnect.com>",
        to="pharmacy.director@carolinacarehp.com",
        subject="Follow-up from Tuesday's formulary discussion",
        body="Dr. Farris,\n\nThanks for the time Tuesday. Notes:\n\n- P&T reviews IL-23 class in July\n- Plan wants real-world persistence data; we'll share the published registry analysis\n- Step edit (one TNF) likely to remain for psoriasis\n\nWe'll follow up with the rebate proposal under separate cover.\n\nLena Hoffmann\nAccount Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="recruiting email to candidate personal mailbox",
        notes="Recruiter email to a case manager candidate's outlook mailbox; employment only.",
        frm="Talent Acquisition <careers@norvaneconnect.com>",
        to="shauna.pettway@outlook.com",
        subject="Interview invitation - Case Manager II",
        body="Hi Shauna,\n\nThanks for applying for Case Manager II (req 2604-17). We'd like to invite you to a 45-minute video interview with Tomas Reyes and Beth Lyle next week. Please pick a time at the link in your candidate portal.\n\nTalent Acquisition"
        + SIG,
    ),
    Spec(
        phi=False,
        category="zip of brand assets for pharmacy partners",
        notes="Zip of logos and approved copy for pharmacy partner websites; marketing material only.",
        frm="Partner Marketing <partners@norvaneconnect.com>",
        to="marketing@carolinaspecialtyrx.com",
        subject="Approved NorvaneConnect assets",
        body="Attached are the approved logo files and program copy for your website. Please don't alter the program language without review.\n\nPartner Marketing",
        atts=(
            Att(
                "NVC_partner_assets_2026.zip",
                "application/zip",
                zipped(
                    {
                        "NorvaneConnect_logo_small.png": png(10, 4, (20, 70, 140)),
                        "approved_copy.txt": "NorvaneConnect helps eligible patients access Orzelvi and Hemvanta. Call (888) 555-0130.\n",
                        "usage_guidelines.txt": "Minimum logo size 120 px. Clear space equal to the N height. Do not recolor.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hub closure notice to staff",
        notes="Staff notice on holiday hours and coverage; workforce only.",
        frm="Hub Operations <operations@norvaneconnect.com>",
        to="allhub@norvaneconnect.com",
        subject="Memorial Day coverage",
        body="Team,\n\nThe hub closes at 5 pm ET on Friday, May 22 and is closed Monday, May 25. The nurse line and AE intake stay staffed by the on-call team (Beth Lyle, Tomas Reyes). Voicemail greeting updates go live Friday at 4.\n\nHub Operations",
    ),
    Spec(
        phi=False,
        category="forwarded payer policy bulletin",
        notes="Hard negative: forwarded payer medical policy bulletin listing drug criteria and HCPCS codes; no member.",
        frm="Market Access <marketaccess@norvaneconnect.com>",
        to="casemanagers@norvaneconnect.com",
        subject="FW: Medical policy update - IL-23 inhibitors",
        body="Case managers - heads up, Blue Piedmont tightened the psoriasis criteria. Update your BV scripts.\n\nLena",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Provider News <providernews@bluepiedmont.com>",
            to="marketaccess@norvaneconnect.com",
            subject="Medical Policy Bulletin 2026-09: IL-23 inhibitors",
            body="Effective July 1, 2026, coverage of IL-23 inhibitors (including J3590 unclassified biologics) for plaque psoriasis requires: BSA >= 10% or PASI >= 12, and inadequate response to one TNF inhibitor. Reauthorization every 12 months with documented response.",
        ),
    ),
    Spec(
        phi=False,
        category="call volume chart image",
        notes="Hard negative: PNG chart of daily call volumes sent to the call-centre vendor; operational data only.",
        frm="Contact Center QA <qa@norvaneconnect.com>",
        to="wfm@voxtelsolutions.com",
        subject="Call volume chart - staff to this curve",
        body="Attached is the April daily call curve. Peak is 10-11 am; please add two agents to that interval starting Monday. Abandon rate was 7.9% vs 5% SLA.\n\nBeth",
        atts=(Att("april_call_curve.png", "image/png", png(12, 6, (60, 120, 200))),),
    ),
    Spec(
        phi=False,
        category="portal UAT script with test patients",
        notes="Hard negative: user-acceptance test script for the hub portal using obviously fake test patients and dummy IDs.",
        frm="Integration Team <integration@norvaneconnect.com>",
        to="qa-team@brightlane-software.com",
        subject="UAT round 3 - scripts for enrollment flow",
        body="Hi Brightlane QA,\n\nRound 3 scripts for the enrollment flow (UAT environment only):\n\nTC-301 Create patient 'TEST, PATIENT ONE', DOB 01/01/1950, case auto-assigned. Select product Orzelvi, diagnosis L40.0. Expect BV task created.\nTC-302 Create 'TEST, PATIENT TWO' with no insurance. Expect PAP screening task.\nTC-303 Upload blank consent PDF. Expect 'signature missing' error.\n\nPlease log defects in Jira project NVCP.\n\nNorvaneConnect Integration",
    ),
    Spec(
        phi=False,
        category="aggregate adverse event counts to drug safety",
        notes="Hard negative: quarterly table of adverse event counts by preferred term and seriousness; aggregate, no case details.",
        frm="Quality & Compliance <compliance@norvaneconnect.com>",
        to="drugsafety@norvanetx.com",
        subject="Q1 hub AE intake reconciliation",
        body="Q1 reconciliation of AEs forwarded by the hub (all within 24 h):\n\nPreferred term | Orzelvi | Hemvanta\nInjection site reaction | 41 | 0\nRash | 17 | 2\nHeadache | 12 | 3\nUpper respiratory infection | 9 | 1\nInhibitor development | 0 | 1\nSerious | 3 | 1\n\nTotal forwarded: 91. Late (> 24 h): 0. Case IDs are in the safety database only.\n\nQuality & Compliance",
    ),
]
