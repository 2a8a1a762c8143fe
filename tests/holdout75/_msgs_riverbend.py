"""Outbound mail of Riverbend Kidney Care, an outpatient and home dialysis provider (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nRiverbend Kidney Care | Eastgate Dialysis Center\n2210 Harlan Ave, Suite 4, Cedar Falls IA\n319-555-0142"
CONF = (
    "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it "
    "in error, please notify the sender and delete it."
)

_TRAVEL_PDF = pdf(
    [
        "RIVERBEND KIDNEY CARE - EASTGATE DIALYSIS CENTER",
        "TRANSIENT PATIENT TREATMENT SUMMARY",
        "Patient: Odell Pruitt        DOB: 09/02/1954        Sex: M",
        "Primary dx: ESRD due to hypertensive nephrosclerosis (N18.6, I12.0)",
        "Modality: in-center HD, MWF 2nd shift, 3h45m",
        "Dry weight 91.5 kg   Dialyzer: Optiflux F180   Qb 400  Qd 600   Bath 2K/2.5Ca",
        "Access: L brachiocephalic AVF, 15g needles, antegrade/retrograde",
        "Heparin: 2000 u bolus, 1000 u/h, stop 1h before end",
        "Hepatitis B: HBsAg negative 02/24/2026, anti-HBs 64 mIU/mL (immune)",
        "Meds given on HD: Mircera 100 mcg q2wk, calcitriol 0.5 mcg TIW",
        "Last Kt/V 1.48 (03/02/2026)   Hgb 10.9   K 4.8   Alb 3.9",
        "Allergies: lisinopril (angioedema)",
        "Nephrologist: Dr. Ruth Amankwah   Riverbend Eastgate",
    ],
    "Transient treatment summary",
)

_ROSTER_CSV = (
    "04,Okafor B,AVF L,MWF-2,3h30,2K\r\n"
    "05,Lindgren M,TDC R IJ,MWF-2,4h00,3K\r\n"
    "06,Saucedo R,AVG L thigh,MWF-2,3h45,2K\r\n"
    "07,Petrakis D,AVF R,MWF-2,3h15,2K\r\n"
    "08,Hollins J,AVF L,MWF-2,4h00,1K\r\n"
    "09,Abernathy C,TDC L IJ,MWF-2,3h30,3K\r\n"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDKC    *ZZ*CLRHOUSE01     *260313*1642*^*00501*000007512*0*P*:~"
    "GS*HC*RIVERBENDKC*CLRHOUSE01*20260313*1642*7512*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*RBK7512*20260313*1642*CH~"
    "NM1*85*2*RIVERBEND KIDNEY CARE EASTGATE*****XX*1479270492~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MB~"
    "NM1*IL*1*VOSBURG*CLARENCE*E***MI*4TW7K82RF41~N3*818 LOCUST ST~N4*WATERLOO*IA*50703~"
    "DMG*D8*19480611*M~NM1*PR*2*MEDICARE PART A*****PI*05202~"
    "CLM*RBK26030077*3962.40***72:A:1**A*Y*Y~DTP*434*RD8*20260201-20260228~"
    "HI*ABK:N186*ABF:E1122*ABF:D631~"
    "LX*1~SV2*0821**3962.40*UN*13~DTP*472*RD8*20260201-20260228~"
    "SE*19*0001~GE*1*7512~IEA*1*000007512~"
)

_HL7_ORU = (
    "MSH|^~\\&|RBK_LAB|EASTGATE|NEPHRO_EHR|CVNEPHRO|202603130615||ORU^R01|RBK0313061|P|2.5.1\r"
    "PID|1||RB20044718^^^RBK^MR||TRAN^HIEU^V||19610827|M|||43 Orchard Ln^^Hudson^IA^50643\r"
    "OBR|1|||RENALPNL^Monthly dialysis panel|||20260311\r"
    "OBX|1|NM|2823-3^Potassium||6.3|mmol/L|3.5-5.1|HH|||F\r"
    "OBX|2|NM|2777-1^Phosphorus||7.8|mg/dL|2.5-4.5|H|||F\r"
    "OBX|3|NM|1751-7^Albumin||3.1|g/dL|3.5-5.0|L|||F\r"
    "OBX|4|NM|718-7^Hemoglobin||9.2|g/dL|12-16|L|||F\r"
    "PID|2||RB20051903^^^RBK^MR||ELLISON^MARGARET^A||19570102|F|||9 Birch Ct^^Cedar Falls^IA^50613\r"
    "OBR|2|||RENALPNL^Monthly dialysis panel|||20260311\r"
    "OBX|1|NM|2823-3^Potassium||5.4|mmol/L|3.5-5.1|H|||F\r"
    "OBX|2|NM|14682-9^Creatinine||9.6|mg/dL|0.6-1.1|H|||F\r"
)

_HL7_TEST = (
    "MSH|^~\\&|RBK_EHR|TRAINING|RBK_LAB|TRAINING|202603120900||ADT^A04|TST0001|T|2.5.1\r"
    "EVN|A04|202603120900\r"
    "PID|1||ZZTEST0001^^^RBKTRAIN^MR||ZZTEST^DIALYSIS^ONE||19000101|U|||1 Training Way^^Nowhere^IA^50000\r"
    "PV1|1|O|TRAIN^CHAIR99||||\r"
)

_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "rb-20061322",
      "identifier": [{"system": "urn:riverbend:mrn", "value": "RB20061322"}],
      "name": [{"family": "Whitcomb", "given": ["Loretta", "June"]}],
      "birthDate": "1963-05-19",
      "telecom": [{"system": "phone", "value": "319-555-0187"}]}},
    {"resource": {"resourceType": "MedicationStatement", "status": "active",
      "subject": {"reference": "Patient/rb-20061322"},
      "medicationCodeableConcept": {"text": "sevelamer carbonate 800 mg, 2 tabs with meals"}}},
    {"resource": {"resourceType": "MedicationStatement", "status": "active",
      "subject": {"reference": "Patient/rb-20061322"},
      "medicationCodeableConcept": {"text": "cinacalcet 60 mg daily"}}},
    {"resource": {"resourceType": "MedicationStatement", "status": "active",
      "subject": {"reference": "Patient/rb-20061322"},
      "medicationCodeableConcept": {"text": "insulin glargine 18 units at bedtime"}}}
  ]
}
"""

_HOSP_XLSX = xlsx(
    {
        "Admissions Feb": [
            [
                "Patient",
                "MRN",
                "Unit",
                "Admit",
                "Discharge",
                "Hospital",
                "Reason",
                "Access-related",
            ],
            [
                "Greer, Jolene",
                "RB20039952",
                "Eastgate",
                "02/03/2026",
                "02/07/2026",
                "Allen Memorial",
                "Fluid overload / missed HD",
                "N",
            ],
            [
                "Banda, Samuel",
                "RB20047301",
                "Eastgate",
                "02/11/2026",
                "02/19/2026",
                "Allen Memorial",
                "AVG thrombosis, thrombectomy",
                "Y",
            ],
            [
                "Ruelas, Consuelo",
                "RB20050217",
                "Millbrook Home",
                "02/14/2026",
                "02/16/2026",
                "Covenant",
                "PD peritonitis",
                "Y",
            ],
            [
                "Fairbanks, Otis",
                "RB20028844",
                "Eastgate",
                "02/22/2026",
                "",
                "Covenant",
                "NSTEMI",
                "N",
            ],
        ],
        "Summary": [
            ["Metric", "Value"],
            ["Admissions", 4],
            ["Patient-days", 19],
            ["Access-related", 2],
        ],
    }
)

_QIP_CSV = (
    "Facility,CCN,Measure,Facility rate,National median,Points\r\n"
    "Eastgate,162514,Kt/V comprehensive,94.1%,93.8%,6\r\n"
    "Eastgate,162514,Standardized transfusion ratio,0.71,0.88,8\r\n"
    "Eastgate,162514,Long-term catheter rate,11.2%,12.9%,5\r\n"
    "Millbrook Home,162533,Kt/V comprehensive,89.6%,93.8%,3\r\n"
    "Millbrook Home,162533,Standardized hospitalization ratio,0.94,0.99,4\r\n"
)

_POLICY_DOCX = docx(
    [
        "Riverbend Kidney Care - Policy RI-204: Release of Patient Information",
        "Purpose: to describe how staff release dialysis records to outside parties.",
        "1. Verify a signed authorization (form RI-204A) unless the request is for treatment, payment or operations.",
        "2. The request must include: Patient Name, Date of Birth, Riverbend MRN, records requested, purpose, recipient.",
        "3. Transient (travel) treatment records go only to the receiving unit's secure fax or Direct address.",
        "4. Never put the patient's name or diagnosis in an e-mail subject line.",
        "5. Log every release in the Disclosure Log (fields: date, MRN, recipient, items, staff initials).",
        "Example of a correctly completed log line: 03/01/2026 | RB2000XXXX | [receiving unit] | treatment flowsheets | AB",
        "Owner: Compliance Officer. Review: annually.",
    ]
)

_RESEARCH_XLSX = xlsx(
    {
        "README": [
            ["Item", "Description"],
            ["Source", "Riverbend Eastgate, treatments 2024-2025"],
            [
                "De-identification",
                "HIPAA Safe Harbor: no names, no MRNs, no dates except year, ages 90+ collapsed, ZIP removed",
            ],
            ["Study ID", "Random 5-character code; key destroyed, not retained by Riverbend"],
        ],
        "Cohort": [
            [
                "Study ID",
                "Age band",
                "Sex",
                "Year started HD",
                "Diabetes",
                "Access at start",
                "Mean Kt/V 2025",
            ],
            ["K7Q2M", "60-69", "F", 2022, "Y", "CVC", 1.41],
            ["P3X9D", "70-79", "M", 2019, "N", "AVF", 1.55],
            ["B8R4T", "50-59", "M", 2024, "Y", "CVC", 1.33],
            ["W2N6H", "40-49", "F", 2021, "N", "AVG", 1.62],
        ],
        "Codebook": [
            ["Variable", "Values"],
            ["Access at start", "AVF, AVG, CVC"],
            ["Diabetes", "Y/N from problem list"],
        ],
    }
)

_CENSUS_XLSX = xlsx(
    {
        "Census by unit": [
            [
                "Unit",
                "Patients 03/01",
                "New starts",
                "Transfers out",
                "Transplanted",
                "Deaths",
                "Home %",
            ],
            ["Eastgate", 84, 3, 1, 1, 2, 0],
            ["Millbrook Home", 37, 2, 0, 0, 0, 100],
            ["Northfield", 61, 1, 2, 0, 1, 0],
        ],
        "Treatments": [
            ["Unit", "Scheduled", "Delivered", "Missed %"],
            ["Eastgate", 1008, 979, 2.9],
            ["Northfield", 732, 701, 4.2],
        ],
    }
)

_PRICE_PDF = pdf(
    [
        "RIVERBEND KIDNEY CARE - REFERENCE LAB FEE SCHEDULE 2026 (PROPOSED)",
        "CPT    Description                         Contract price",
        "80069  Renal function panel                 $9.40",
        "82565  Creatinine, blood                    $4.10",
        "84520  BUN                                  $3.85",
        "85025  CBC with differential                $6.20",
        "83970  Parathyroid hormone, intact          $31.00",
        "87340  Hepatitis B surface antigen          $11.75",
        "Prices valid 04/01/2026 - 03/31/2027. Specimen pickup included for all three units.",
    ],
    "Lab fee schedule 2026",
)

_WATER_ZIP = zipped(
    {
        "Eastgate_RO_cultures_Feb2026.csv": "Sample point,Date,CFU/mL,Endotoxin EU/mL,Action level exceeded\r\nRO outlet,02/09/2026,<1,<0.03,N\r\nLoop return,02/09/2026,4,0.05,N\r\nBicarb mixer,02/09/2026,12,0.08,N\r\n",
        "Northfield_RO_cultures_Feb2026.csv": "Sample point,Date,CFU/mL,Endotoxin EU/mL,Action level exceeded\r\nRO outlet,02/10/2026,2,<0.03,N\r\nLoop return,02/10/2026,38,0.21,N\r\n",
        "notes.txt": "All results below AAMI action levels (50 CFU/mL, 0.5 EU/mL). Loop disinfection 02/16 per schedule.\r\n",
    }
)

_DOWNTIME_TXT = (
    "EHR DOWNTIME CHECKLIST - RIVERBEND KIDNEY CARE\r\n"
    "1. Print the shift roster and standing orders at 21:00 Friday (charge nurse).\r\n"
    "2. Use paper flowsheets RK-11 for every treatment during the outage.\r\n"
    "3. Machine data stays on the machines; do not re-key until the EHR is back.\r\n"
    "4. Back-entry deadline: Monday 12:00. Shred paper copies after scan verification.\r\n"
    "Help desk: 319-555-0110\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="monthly dialysis lab letter to patient",
        notes="Patient's full name with Kt/V, phosphorus, albumin and PTH results sent to her personal gmail.",
        frm="Eastgate Care Team <eastgate.care@riverbendkidney.com>",
        to="bernadette.kowalczyk57@gmail.com",
        subject="Your March lab results",
        body=(
            "Dear Bernadette Kowalczyk,\n\nHere are your monthly lab results from your treatment on "
            "Wednesday, March 11:\n\n  Kt/V (dialysis adequacy): 1.52 - goal met\n  Phosphorus: 6.4 mg/dL - above goal (3.5-5.5)\n"
            "  Albumin: 3.7 g/dL\n  PTH: 612 pg/mL - Dr. Amankwah will increase your cinacalcet\n\n"
            "Please remember to take your binder (sevelamer) with every meal and snack. Our dietitian "
            "Lena will review your food diary with you at chairside on Friday." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="dietitian note to daughter about mother's potassium",
        notes="Hard positive: daughter's yahoo mailbox, 'your mom' plus the mother's first name, high potassium result and diet advice; no surname or record number.",
        frm="Lena Hartsock RD <lhartsock@riverbendkidney.com>",
        to="marisol.ybarra@yahoo.com",
        subject="re: food list",
        body=(
            "Hi Marisol,\n\nThanks for sending the grocery photos. Your mom's potassium came back 6.1 on "
            "Wednesday again, so the orange juice and the bananas really have to go for now - I know "
            "Dolores loves them. Apples, grapes and cranberry juice are fine. Leaching the potatoes "
            "(peel, slice, soak 2 hours) helps too.\n\nI'll see her Friday at chairside.\n\nLena\nRenal Dietitian, Eastgate"
        ),
    ),
    Spec(
        phi=True,
        category="transient dialysis request to travel unit",
        notes="Travel treatment request naming the patient with DOB, hepatitis status and dialysis orders, plus a treatment-summary PDF.",
        frm="Transient Coordinator <travel@riverbendkidney.com>",
        to="admissions@gulfbreezedialysis.com",
        subject="Transient request 4/6-4/17 - Riverbend Eastgate",
        body=(
            "Good morning,\n\nWe are requesting guest treatments at your Pensacola unit for our patient "
            "Odell Pruitt (DOB 09/02/1954), visiting family 4/6 through 4/17. He runs MWF 2nd shift, "
            "3h45m, via left AVF. HBsAg negative 2/24, immune. Full treatment summary attached; H&P, "
            "last 3 flowsheets, chest x-ray and PPD will follow by fax.\n\nPlease confirm chair times.\n\n"
            "Tamsin Ogle, RN\nTransient Coordinator" + CONF
        ),
        atts=(Att("Pruitt_transient_summary.pdf", "application/pdf", _TRAVEL_PDF),),
    ),
    Spec(
        phi=True,
        category="headerless chair roster csv to covering nephrologist",
        notes="Hard positive: CSV with no header row listing patient surnames with chair, vascular access and dialysate bath; the body only says 'roster attached'.",
        frm="Charge Nurse Eastgate <charge.eastgate@riverbendkidney.com>",
        to="rounding@cedarvalleynephrology.com",
        subject="MWF 2nd shift for Monday rounds",
        body="Dr. Feld - roster for Monday attached, same order as the floor. Chair 6 may swap to 1st shift. -Gwen",
        atts=(Att("mwf2.csv", "text/csv", _ROSTER_CSV),),
    ),
    Spec(
        phi=True,
        category="EQRS admission correction to ESRD Network",
        notes="Patient name, SSN, MBI and ESRD start date sent to the ESRD Network to correct a CMS-2728 record.",
        frm="Admissions Coordinator <admissions@riverbendkidney.com>",
        to="dataquality@midwestesrdnetwork.org",
        subject="EQRS correction request - CCN 162514",
        body=(
            "Hello Network data team,\n\nWe submitted a CMS-2728 for a new in-center patient with the wrong "
            "first-dialysis date. Details:\n\n  Name: Clarence E. Vosburg\n  SSN: 412-68-3307\n  MBI: 4TW7-K82-RF41\n"
            "  Date regular chronic dialysis began: 01/19/2026 (entered as 01/29/2026)\n  Primary cause: E11.22 type 2 diabetes with CKD\n\n"
            "Could you unlock the form so we can resubmit? Thank you,\nDarla Mims\nAdmissions, Riverbend Eastgate"
        ),
    ),
    Spec(
        phi=True,
        category="837I claim file resend to clearinghouse",
        notes="Hard positive: the body only mentions a rejected batch; the attached X12 837I names the beneficiary with MBI, birth date, address and ESRD diagnosis codes.",
        frm="Revenue Cycle <billing@riverbendkidney.com>",
        to="support@claimbridgeedi.com",
        subject="Ticket 55817 - resubmitting batch 7512",
        body=(
            "Hi ClaimBridge support,\n\nBatch 7512 came back with a 999 rejection on the BHT segment. We "
            "corrected it and are resending the file here as you asked since the SFTP drop is down. "
            "Please confirm receipt.\n\nThanks,\nHector Lumley\nBilling Specialist"
        ),
        atts=(Att("RBK_837I_7512.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="failed HL7 lab interface messages resent to practice",
        notes="Hard positive: identifiers and critical potassium results appear only in the attached HL7 ORU file; the body is about an interface failure.",
        frm="Interface Team <interfaces@riverbendkidney.com>",
        to="ehr-support@cedarvalleynephrology.com",
        subject="ORU queue stuck overnight - manual file",
        body=(
            "Hi team, your inbound listener rejected two messages at 06:15 (ACK AE, segment length). "
            "Attaching the raw .hl7 so you can load it manually. We've opened INC-20417 on our side.\n\n"
            "Riverbend Interface Team"
        ),
        atts=(Att("oru_20260313_0615.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="terse missed-treatment alert to nephrologist",
        notes="Hard positive: terse note with patient surname and initial, two missed treatments, potassium and fluid gain.",
        frm="Gwen Pardo RN <gpardo@riverbendkidney.com>",
        to="dr.feld@cedarvalleynephrology.com",
        subject="no-show x2",
        body="Castellanos R. no-show Mon + Wed. Came in today, IDWG 5.6 kg, K 5.8 pre. Ran 4h, UF 4.1. Says ride fell through. SW aware. Want him seen?",
    ),
    Spec(
        phi=True,
        category="social worker accommodation letter to employer",
        notes="Letter to patient's employer HR confirming he receives hemodialysis three times weekly and requesting a schedule change (with authorisation).",
        frm="Naomi Castle MSW <ncastle@riverbendkidney.com>",
        to="hr@prairielinelogistics.com",
        subject="Schedule accommodation - Dwayne Pettis",
        body=(
            "Dear Ms. Albright,\n\nWith Mr. Dwayne Pettis's written authorization (copy on file), I am "
            "confirming that he is a patient at Riverbend Kidney Care and receives in-center hemodialysis "
            "every Monday, Wednesday and Friday from 5:30 to 10:00 am. Treatments cannot be shortened or "
            "skipped without medical risk.\n\nWe respectfully ask that his shift start no earlier than 11:00 am "
            "on those days. Please contact me with any questions.\n\nSincerely,\nNaomi Castle, MSW, LCSW\nSocial Worker"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML home PD supply order to vendor",
        notes="HTML-only peritoneal dialysis supply order naming the home patient, delivery address, phone and PD prescription.",
        frm="Millbrook Home Program <homeprogram@riverbendkidney.com>",
        to="orders@renalsupplydirect.com",
        subject="Monthly order - Millbrook Home account 44120",
        body="",
        html=(
            "<html><body><p>Please process the April delivery below.</p>"
            "<table border='1'><tr><th>Patient</th><td>Consuelo Ruelas</td></tr>"
            "<tr><th>Deliver to</th><td>1607 Kimball Ave, Waterloo IA 50701 (side door)</td></tr>"
            "<tr><th>Phone</th><td>319-555-0163</td></tr>"
            "<tr><th>Therapy</th><td>CCPD, 5 exchanges x 2.0 L overnight, last fill 1.5 L icodextrin</td></tr>"
            "<tr><th>Solution</th><td>Dianeal 1.5% 5L x 24 cs, 2.5% 5L x 8 cs, Extraneal 2L x 30</td></tr>"
            "<tr><th>Note</th><td>Recovering from peritonitis - add 2 boxes mask/caps</td></tr></table>"
            "<p>Thank you,<br>Millbrook Home Program, Riverbend Kidney Care</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="fistula photo named after patient to vascular surgeon",
        notes="Hard positive: PNG file named with the patient's initial and surname; the one-line body describes a weak thrill in her fistula.",
        frm="Gwen Pardo RN <gpardo@riverbendkidney.com>",
        to="vascularaccess@northiowavascular.com",
        subject="pic",
        body="see pic, thrill weak since Tue, pulsatile near the arterial site. Can you squeeze her in this week?",
        atts=(Att("fistula_jgreer_0314.png", "image/png", png(6, 6, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="patient statement for dialysis balance",
        notes="Statement to patient's personal mailbox with her name, account number and balance for February dialysis treatments.",
        frm="Patient Accounts <patientaccounts@riverbendkidney.com>",
        to="ireneholtz@outlook.com",
        subject="Your Riverbend statement is ready",
        body=(
            "Dear Irene Holtz,\n\nYour statement for account 7730-4419 is ready.\n\n"
            "Services: in-center hemodialysis, 02/02/2026 - 02/27/2026 (12 treatments)\n"
            "Medicare paid: $2,861.17\nSecondary (Wellmark) paid: $402.10\nYour balance: $87.40\n\n"
            "Pay by phone at 319-555-0118 or reply to set up a payment plan.\n\nRiverbend Patient Accounts"
        ),
    ),
    Spec(
        phi=True,
        category="hepatitis B isolation note with diagnosis in subject",
        notes="Hard positive: the HBsAg-positive status appears only in the subject; the body names the new patient and her start date and chair.",
        frm="Clinic Manager <manager.northfield@riverbendkidney.com>",
        to="charge.northfield@riverbendkidney.com",
        cc="infectionprevention@allenmemorialhosp.org",
        subject="New admit - HBsAg+ - isolation room needed Monday",
        body=(
            "Wanda Kessler starts with us Monday on 2nd shift. Please put her in the isolation room, chair 14, "
            "dedicated machine. Hospital records and orders to follow. I've copied Allen Memorial IP so they "
            "know where she's going.\n\nJoy"
        ),
    ),
    Spec(
        phi=True,
        category="shift change reply to patient's wife",
        notes="Hard positive: reply to the wife's hotmail naming the patient only as 'Frank' and moving his dialysis chair time; surname only via the wife's quoted signature.",
        frm="Front Desk Eastgate <frontdesk.eastgate@riverbendkidney.com>",
        to="gloria.deshazo@hotmail.com",
        subject="RE: earlier time for Frank?",
        body=(
            "Hi Gloria,\n\nGood news - we can move Frank to the 6:00 am chair on Tue/Thu/Sat starting next "
            "Tuesday, 3/24. Please have him here by 5:45 so we can weigh him and get his vitals. His transport "
            "(Black Hawk County Rides) has been updated.\n\nTiffany\nFront Desk\n\n"
            "-----Original Message-----\nFrom: Gloria DeShazo\nAny chance of an earlier slot? The afternoon "
            "runs are wiping him out."
        ),
    ),
    Spec(
        phi=True,
        category="fistulagram appointment invite to patient",
        notes="Calendar invite to patient's gmail for a fistulagram at the vascular access center, with name and prep instructions.",
        frm="Access Scheduling <access@riverbendkidney.com>",
        to="tre.washburn88@gmail.com",
        subject="Appointment: fistulagram Thu 3/19 10:30",
        body=(
            "Trevon Washburn,\n\nYour fistulagram at North Iowa Vascular Access Center is on Thursday 3/19 at "
            "10:30 am. Nothing to eat after 4:30 am. You will still dialyze that afternoon here at 2:00 pm - do "
            "not skip. Bring your medication list.\n\nRiverbend Access Team"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend Kidney Care//Access//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:access-0319-washburn@riverbendkidney.com\r\nDTSTAMP:20260313T160000Z\r\n"
            "DTSTART:20260319T153000Z\r\nDTEND:20260319T170000Z\r\n"
            "SUMMARY:Fistulagram - Trevon Washburn\r\nLOCATION:North Iowa Vascular Access Center\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="transplant referral with forwarded nephrology note",
        notes="Transplant referral naming the patient, his ESRD start and comorbidities, with the nephrologist's forwarded note attached as message/rfc822.",
        frm="Transplant Liaison <transplant.liaison@riverbendkidney.com>",
        to="referrals@summitcresttransplant.org",
        subject="Kidney transplant referral - Riverbend Eastgate",
        body=(
            "Hello Summit Crest intake,\n\nPlease accept this referral for Lamar Whitfield (DOB 12/14/1979), "
            "on in-center HD since 06/2023, ESRD from FSGS. Blood type B+. Potential living donor (sister) "
            "interested. Dr. Feld's note is forwarded below. Insurance: Medicare primary, BCBS secondary.\n\n"
            "Anita Roque, RN\nTransplant Liaison"
        ),
        forward=Spec(
            phi=True,
            category="nephrology note",
            notes="forwarded",
            frm="Dr. Simon Feld <dr.feld@cedarvalleynephrology.com>",
            to="transplant.liaison@riverbendkidney.com",
            subject="Whitfield - ok to refer",
            body=(
                "Anita, Lamar Whitfield is a good candidate. 46M, FSGS (biopsy 2019), HTN controlled on "
                "amlodipine, no CAD history, BMI 29, adherent, never misses. Echo 2025 EF 60%. Please refer "
                "to Summit Crest. - SF"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="monthly hospitalization tracker workbook",
        notes="Multi-sheet workbook listing dialysis patients by name and MRN with hospital admissions and reasons, sent to the nephrology group.",
        frm="Quality Coordinator <quality@riverbendkidney.com>",
        to="qapi@cedarvalleynephrology.com",
        subject="February hospitalizations for QAPI",
        body="Attached is the February hospitalization log for Thursday's QAPI meeting. Two access-related, one still inpatient.\n\nCarmen Dillard\nQuality Coordinator",
        atts=(Att("Hospitalizations_Feb2026.xlsx", XLSX, _HOSP_XLSX),),
    ),
    Spec(
        phi=True,
        category="FHIR medication list for unit transfer",
        notes="Hard positive: body gives only a transfer date; the FHIR bundle carries the patient's name, MRN, birth date, phone and renal medications.",
        frm="Northfield Clinic <northfield@riverbendkidney.com>",
        to="intake@lakeshoredialysis.com",
        subject="Transfer packet - med list (FHIR)",
        body="Per our call, med rec for the transfer effective 3/23 is attached as FHIR JSON so you can import it. Flowsheets follow via Direct.",
        atts=(Att("medrec_transfer.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="encrypted records package to disability attorney",
        notes="Patient named with dialysis records released to his disability attorney; the records are in a password-protected zip.",
        frm="Health Information Management <him@riverbendkidney.com>",
        to="intake@brandtlawdisability.com",
        subject="Records request 26-0188",
        body=(
            "Counsel,\n\nPer the authorization signed 03/02/2026, attached are the requested dialysis records for "
            "Anselm Brody (treatment flowsheets 2025, nephrology progress notes, lab trends) in support of his SSDI "
            "claim. The password will be given by phone to your office.\n\nHIM Department, Riverbend Kidney Care"
        ),
        atts=(
            Att(
                "records_26-0188.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Brody_flowsheets_2025.txt": "Anselm Brody DOB 07/30/1968 MRN RB20015530 - HD flowsheets Jan-Dec 2025",
                        "Brody_progress_notes.txt": "Progress notes: ESRD secondary to IgA nephropathy, on HD since 2021; fatigue limits work.",
                    },
                    "Rbk!0188",
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="QIP facility scores csv to board",
        notes="Hard negative: facility-level ESRD Quality Incentive Program rates by unit; no individual patient.",
        frm="Quality Coordinator <quality@riverbendkidney.com>",
        to="board@riverbendkidney.com",
        subject="PY2026 QIP preview",
        body="Board members - preliminary QIP measure rates by facility attached. Millbrook's Kt/V is the one to watch; plan at the April meeting.\n\nCarmen",
        atts=(Att("qip_preview_py2026.csv", "text/csv", _QIP_CSV),),
    ),
    Spec(
        phi=False,
        category="medical director bio for newsletter",
        notes="Hard negative: clinician biography naming her research interests in diabetic kidney disease with her NPI and DEA; no patient.",
        frm="Communications <communications@riverbendkidney.com>",
        to="editor@cedarvalleybusinessjournal.com",
        subject="Bio + headshot info for the health care leaders feature",
        body=(
            "Hi Marcus,\n\nHere is the bio you asked for.\n\nDr. Ruth Amankwah, MD, FASN, is medical director of "
            "Riverbend Kidney Care's Eastgate and Northfield units. She trained at the University of Iowa and has "
            "published on diabetic kidney disease, hyperkalemia management and vascular access outcomes. She "
            "leads the unit's home dialysis expansion.\n\nFor your fact box: NPI 1967087515; DEA BK5254672 "
            "(she asked that we include her registration for the prescriber directory you publish).\n\n"
            "Our associate director, Dr. Paul Ostrander, NPI 1144759747, focuses on polycystic kidney disease.\n\nDeb Kincaid\nCommunications"
        ),
    ),
    Spec(
        phi=False,
        category="declared training patient HL7 sample",
        notes="Hard negative: an HL7 ADT for the clearly labelled training patient ZZTEST^DIALYSIS in the training environment (processing ID T).",
        frm="EHR Training <ehr.training@riverbendkidney.com>",
        to="implementation@renallabpartners.com",
        subject="Training environment test message",
        body=(
            "Hi Priya,\n\nAttached is the A04 for our TRAINING environment. ZZTEST^DIALYSIS^ONE is a dummy "
            "patient that exists only in the training build (MRN prefix ZZ, DOB 1900-01-01). Please confirm it "
            "lands in your test queue, not production.\n\nEHR Training Team"
        ),
        atts=(Att("train_adt_a04.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="water culture results zip to biomed",
        notes="Water-treatment culture and endotoxin results by sample point; equipment data, no patient.",
        frm="Biomed Technician <biomed@riverbendkidney.com>",
        to="techservices@aquarenalsystems.com",
        subject="Feb water cultures - Eastgate & Northfield",
        body="Attached Feb cultures. Northfield loop return at 38 CFU is under action level but trending up; can your tech look at the loop on the 20th?\n\nMarty Vogt, CBET",
        atts=(Att("water_cultures_feb2026.zip", "application/zip", _WATER_ZIP),),
    ),
    Spec(
        phi=False,
        category="staff hepatitis B titer reminder",
        notes="Hard negative: staff health notice asking employees to update hepatitis B titers and TB screening; no individual named.",
        frm="Employee Health <employeehealth@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="Reminder: annual TB screen and hep B titer due by 3/31",
        body=(
            "All direct-care staff,\n\nOur records show about a third of you still need the annual TB screening "
            "questionnaire and, if you have never had one, an anti-HBs titer. Non-responders after two vaccine "
            "series will be counselled confidentially by Employee Health. Walk-in hours Tue/Thu 1-3 pm.\n\nEmployee Health"
        ),
    ),
    Spec(
        phi=False,
        category="heparin shortage conservation notice",
        notes="Hard negative: drug shortage notice with dosing-conservation guidance for all units; no patient.",
        frm="Pharmacy Services <pharmacy@riverbendkidney.com>",
        to="clinicmanagers@riverbendkidney.com",
        cc="medstaff@cedarvalleynephrology.com",
        subject="Heparin 1,000 units/mL 10 mL vials - allocation through April",
        body=(
            "Managers,\n\nOur wholesaler has placed heparin 1,000 units/mL 10 mL vials on allocation (80% of "
            "prior usage). Until further notice:\n- Use 5,000 units/mL multi-dose vials for catheter locks\n"
            "- Review standing maintenance doses >1,000 u/h with the nephrologist\n- Do not stockpile; transfer "
            "between units through Pharmacy only\n\nThanks,\nGreg Halvorsen, PharmD"
        ),
    ),
    Spec(
        phi=False,
        category="dialysis RN job posting",
        notes="Hard negative: job posting describing dialysis nursing duties (cannulation, hyperkalemia, catheter care); no patient.",
        frm="Talent Acquisition <careers@riverbendkidney.com>",
        to="postings@iowanursejobs.com",
        subject="Posting: Registered Nurse - Hemodialysis (Northfield)",
        body=(
            "Please post the following through 4/30.\n\nREGISTERED NURSE - HEMODIALYSIS, Northfield, IA\n"
            "Full time, 3 x 12 hr shifts, no nights. Duties: assess patients pre/post treatment, cannulate AV "
            "fistulas and grafts, manage central venous catheters, recognise and treat hyperkalemia, hypotension "
            "and access complications, administer ESAs and IV iron per protocol. 1 year acute care experience; "
            "CNN a plus. Sign-on bonus $7,500.\n\nApply at riverbendkidney.com/careers"
        ),
    ),
    Spec(
        phi=False,
        category="HTML phosphorus newsletter to community list",
        notes="HTML-only patient-education newsletter on phosphorus and holiday eating sent to a general list; no individual.",
        frm="Riverbend Kidney Care <news@riverbendkidney.com>",
        to="kidneyconnection-list@riverbendkidney.com",
        subject="Kidney Connection - spring edition",
        body="",
        html=(
            "<html><body><h2>Kidney Connection</h2><h3>Phosphorus: the hidden additive</h3>"
            "<p>Look for 'PHOS' on ingredient labels - phosphate additives in processed meats, colas and "
            "baked goods are almost fully absorbed.</p><h3>Spring walking club</h3><p>Join staff and "
            "neighbours every Saturday at 9 am, Black Hawk Park.</p>"
            "<p><small>You are receiving this because you subscribed at riverbendkidney.com. "
            "<a href='https://riverbendkidney.com/unsubscribe'>Unsubscribe</a></small></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="release-of-information policy docx with field names",
        notes="Hard negative: policy document listing the fields a records request needs (Patient Name, DOB, MRN) with placeholder values only.",
        frm="Compliance Officer <compliance@riverbendkidney.com>",
        to="policy.review@iowadialysisalliance.org",
        subject="Our ROI policy for the peer comparison",
        body="Hi Sandra, as promised, our current release-of-information policy for the alliance's policy comparison project. Feel free to quote it.\n\nMei Ling Sato, CHC",
        atts=(Att("RI-204_Release_of_Patient_Information.docx", DOCX, _POLICY_DOCX),),
    ),
    Spec(
        phi=False,
        category="supply purchase order with SSN-shaped number",
        notes="Hard negative: purchase-order number formatted like an SSN for bicarbonate cartridges; no patient.",
        frm="Materials Management <purchasing@riverbendkidney.com>",
        to="customerservice@midwestdialysissupply.com",
        subject="PO 417-22-8830 confirm ship date",
        body="Hello, please confirm the ship date for PO 417-22-8830 (40 cs bicarbonate cartridges 720 g, 12 cs bloodline sets). Deliver to the Northfield dock, 7-3 receiving hours.\n\nRon Beaudry\nMaterials",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice with checklist",
        notes="IT notice of planned EHR downtime with a generic paper-process checklist; no patient.",
        frm="IT Service Desk <servicedesk@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="Planned EHR downtime Sat 3/21 22:00-02:00",
        body="The EHR will be unavailable Saturday night for the quarterly upgrade. Charge nurses: the downtime checklist is attached. Machines and lab interfaces are not affected.\n\nIT Service Desk",
        atts=(Att("downtime_checklist.txt", "text/plain", _DOWNTIME_TXT),),
    ),
    Spec(
        phi=False,
        category="benefits open enrollment reminder",
        notes="HR benefits reminder to staff; no health information about anyone.",
        frm="Human Resources <hr@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="Last week to change your 2026-27 benefits",
        body="Open enrollment closes Friday 3/20 at 5 pm. New this year: a lower-deductible dental plan and dependent-care FSA up to $7,500. Log in to BenefitHub to make changes.\n\nRiverbend HR",
    ),
    Spec(
        phi=False,
        category="de-identified cohort workbook to university researcher",
        notes="Hard negative: Safe Harbor de-identified extract with random study IDs, age bands and years only, shared with a university researcher.",
        frm="Research Office <research@riverbendkidney.com>",
        to="kdrummond@uiowa-nephroresearch.edu",
        subject="De-identified Kt/V cohort (DUA 2026-03)",
        body="Dr. Drummond, the de-identified cohort extract is attached: README, cohort sheet and codebook. No dates beyond year, no MRNs; the study-ID key was not retained.\n\nResearch Office",
        atts=(Att("kt_v_cohort_deid.xlsx", XLSX, _RESEARCH_XLSX),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz with fictional scenario",
        notes="Hard negative: annual HIPAA training with a vignette about an explicitly fictional patient 'Pat Sample'.",
        frm="Compliance Officer <compliance@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="HIPAA refresher - 5 questions, due 3/27",
        body=(
            "Please complete the 5-minute HIPAA refresher in the LMS. Preview of question 3 (fictional case):\n\n"
            '"Pat Sample, an imaginary dialysis patient, asks you to e-mail her monthly labs to her neighbour. What do you do?"\n'
            "A) Send them - she asked\nB) Send them only with her written authorization, through the secure portal\nC) Read them to the neighbour by phone\n\n"
            "Answers and explanations appear after you submit.\n\nMei Ling Sato, Compliance"
        ),
    ),
    Spec(
        phi=False,
        category="payer rate negotiation email",
        notes="Commercial payer contract discussion about per-treatment rates; no patient.",
        frm="Managed Care Contracting <contracting@riverbendkidney.com>",
        to="provider.contracting@heartlandhealthplan.com",
        subject="Counter-proposal: 2026 outpatient dialysis rates",
        body=(
            "Hi Jerome,\n\nThanks for the proposal. We can't accept a flat $310 per treatment for in-center HD. "
            "Our counter: $352 in-center, $365 home HD training, PD at a monthly capitated $4,180, with ESAs carved "
            "out at ASP+6%. Happy to discuss Thursday.\n\nElaine Ferris\nVP Managed Care"
        ),
    ),
    Spec(
        phi=False,
        category="morbidity and mortality meeting invite",
        notes="Hard negative: calendar invite for a case-review (M&M) meeting with no patient named or described.",
        frm="Medical Director Office <mdoffice@riverbendkidney.com>",
        to="medstaff@cedarvalleynephrology.com",
        subject="Invitation: Quarterly M&M review",
        body="Quarterly morbidity and mortality review. Case summaries will be handed out at the meeting and collected afterward; nothing will be e-mailed.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend Kidney Care//MD Office//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:mm-q1-2026@riverbendkidney.com\r\nDTSTAMP:20260313T160000Z\r\n"
            "DTSTART:20260326T230000Z\r\nDTEND:20260327T003000Z\r\nSUMMARY:Quarterly M&M review\r\n"
            "LOCATION:Eastgate conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="lab fee schedule pdf with CPT codes",
        notes="Hard negative: reference-lab price list with CPT codes and test names; no patient.",
        frm="Finance <finance@riverbendkidney.com>",
        to="contracts@renallabpartners.com",
        subject="Proposed 2026 fee schedule - please countersign",
        body="Attached is the fee schedule as we discussed. If the PTH price holds we can sign by month end.\n\nLouis Carver, Controller",
        atts=(Att("fee_schedule_2026.pdf", "application/pdf", _PRICE_PDF),),
    ),
    Spec(
        phi=False,
        category="interview invite to job applicant",
        notes="Interview scheduling with a job applicant at her personal mailbox; no health information.",
        frm="Talent Acquisition <careers@riverbendkidney.com>",
        to="janessa.moorfield@gmail.com",
        subject="Interview for Patient Care Technician - Eastgate",
        body="Hi Janessa,\n\nThank you for applying. Can you meet with our clinic manager on Tuesday 3/24 at 2:00 pm at the Eastgate center? The interview takes about 45 minutes and includes a short tour.\n\nBest,\nKara Lindell\nTalent Acquisition",
    ),
    Spec(
        phi=False,
        category="aggregate census workbook to CFO",
        notes="Hard negative: per-unit patient counts, starts, transplants and deaths as aggregate numbers; no individual.",
        frm="Operations <operations@riverbendkidney.com>",
        to="cfo@riverbendkidney.com",
        subject="March 1 census + Feb treatment volumes",
        body="Mark - census and delivered treatments by unit attached for the forecast. Northfield missed-treatment rate is up; we think it's the transport contract.\n\nOps",
        atts=(Att("census_0301.xlsx", XLSX, _CENSUS_XLSX),),
    ),
]
