"""Riverbend Kidney Care: a regional dialysis network (in-centre HD, home PD/HHD, vascular access,
transplant referrals). 18 PHI and 18 non-PHI messages."""

# ruff: noqa: E501

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import RKC, Att, Spec

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_LABS_CSV = """facility,mrn,last_name,first_name,dob,shift,draw_date,spKtV,URR,albumin_g_dL,hgb_g_dL,phos_mg_dL,ca_mg_dL,ipth_pg_mL,k_mEq_L
Riverbend East,RKC-204418,Fenwick,Delroy,1957-02-11,MWF-2,2026-11-03,1.38,72,3.6,10.4,6.9,8.7,612,5.4
Riverbend East,RKC-201907,Adeyemi,Ngozi,1969-09-30,MWF-1,2026-11-03,1.52,75,3.9,11.1,4.8,9.1,388,4.6
Riverbend East,RKC-209331,Szymanski,Walter,1944-12-05,TTS-1,2026-11-04,1.19,66,3.2,9.3,5.5,8.4,944,5.9
Riverbend East,RKC-210284,Mahmoud,Yasmin,1978-06-17,TTS-3,2026-11-04,1.61,77,4.0,10.9,7.8,9.4,1210,4.9
Riverbend East,RKC-198552,Begay,Harold,1952-03-22,MWF-3,2026-11-03,1.27,70,3.4,8.8,5.1,8.6,455,6.2
Riverbend East,RKC-211046,Castellano,Lucia,1961-10-09,TTS-2,2026-11-04,1.44,73,3.7,10.2,6.2,8.9,530,5.0
"""

_HL7_ORU = (
    "MSH|^~\\&|SPECTRA|SPECTRA LAB|RKC_EHR|RIVERBEND EAST|20261105061522||ORU^R01|SPX88213004|P|2.5.1\r"
    "PID|1||RKC-209331^^^RKC^MR||SZYMANSKI^WALTER^J||19441205|M|||2215 Linden Ave^^Rockford^IL^61104||(815)555-0143\r"
    "PV1|1|O|RBE^CHAIR07^TTS1\r"
    "OBR|1|ORD55120|SPX88213004|CHEM7^Renal panel|||20261104063000\r"
    "OBX|1|NM|2823-3^Potassium^LN||6.8|mmol/L|3.5-5.1|HH|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||9.7|mg/dL|0.7-1.3|H|||F\r"
    "OBX|3|NM|3094-0^BUN^LN||88|mg/dL|7-20|H|||F\r"
    "OBX|4|NM|17861-6^Calcium^LN||8.4|mg/dL|8.6-10.3|L|||F\r"
    "NTE|1||CRITICAL K+ called to RN M. Ochoa 0615 read back\r"
)

_HL7_TEST = (
    "MSH|^~\\&|RKC_EHR|RKC_TEST|SPECTRA|SPECTRA LAB|20261110091500||ORM^O01|TST000017|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^RKC^MR||ZZTEST^DIALYSIS^INTERFACE||19000101|U|||1 Test Way^^Testville^IL^60000\r"
    "ORC|NW|TSTORD17\r"
    "OBR|1|TSTORD17||CHEM7^Renal panel|||20261110090000\r"
    "NTE|1||INTERFACE VALIDATION ONLY - SYNTHETIC PATIENT - DO NOT RESULT\r"
)

_FHIR_REFERRAL = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "rkc-201907",
                    "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7707.1", "value": "RKC-201907"}],
                    "name": [{"family": "Adeyemi", "given": ["Ngozi", "Folake"]}],
                    "gender": "female",
                    "birthDate": "1969-09-30",
                    "telecom": [{"system": "phone", "value": "815-555-0177"}],
                    "address": [{"line": ["48 Orchard Hill Ct"], "city": "Loves Park", "state": "IL", "postalCode": "61111"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/rkc-201907"},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.6", "display": "End stage renal disease"}]},
                    "onsetDateTime": "2022-04-18",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "subject": {"reference": "Patient/rkc-201907"},
                    "code": {"text": "ABO/Rh"},
                    "valueString": "B positive",
                }
            },
            {
                "resource": {
                    "resourceType": "ServiceRequest",
                    "subject": {"reference": "Patient/rkc-201907"},
                    "intent": "order",
                    "code": {"text": "Kidney transplant evaluation"},
                    "authoredOn": "2026-11-09",
                }
            },
        ],
    },
    indent=1,
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDKC    *ZZ*CLEARPATHEDI   *261110*1422*^*00501*000004417*0*P*:~"
    "GS*HC*RIVERBENDKC*CLEARPATHEDI*20261110*1422*4417*X*005010X223A2~"
    "ST*837*0001*005010X223A2~"
    "BHT*0019*00*RKC20261110A*20261110*1422*CH~"
    "NM1*85*2*RIVERBEND KIDNEY CARE EAST*****XX*1028234130~"
    "N3*1400 N ALPINE RD~N4*ROCKFORD*IL*61107~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MB~"
    "NM1*IL*1*BEGAY*HAROLD****MI*7M93TV7CX63~"
    "N3*903 CROOKED CREEK RD~N4*ROCKTON*IL*61072~DMG*D8*19520322*M~"
    "CLM*RBE2611BEG*4185.00***72:A:1**A*Y*Y~"
    "DTP*434*RD8*20261001-20261031~"
    "HI*ABK:N186*ABF:E1122*ABF:I120~"
    "LX*1~SV2*0821*HC:90999*3780.00*UN*13~DTP*472*RD8*20261001-20261031~"
    "LX*2~SV2*0634*HC:J0882*405.00*UN*13~"
    "SE*19*0001~GE*1*4417~IEA*1*000004417~"
)

_QIP_BOOK = xlsx(
    {
        "Summary": [
            ["Measure", "Riverbend East", "Riverbend West", "Belvidere", "Freeport", "Network"],
            ["spKt/V >= 1.2 (%)", 94.1, 96.3, 91.8, 95.0, 94.5],
            ["Hgb < 10 g/dL (%)", 12.4, 9.8, 15.1, 11.0, 11.9],
            ["Catheter > 90 days (%)", 11.4, 8.2, 14.9, 10.3, 10.8],
            ["Hospitalization (per pt-yr)", 1.62, 1.41, 1.77, 1.55, 1.58],
            ["30-day readmission (%)", 24.8, 21.5, 27.0, 22.9, 24.0],
            ["Home modality share (%)", 14.0, 19.5, 9.2, 12.7, 14.6],
        ],
        "Trend": [
            ["Month", "Kt/V ok %", "Hgb<10 %", "Cath>90d %"],
            ["2026-07", 93.2, 13.0, 12.1],
            ["2026-08", 93.9, 12.6, 11.7],
            ["2026-09", 94.0, 12.2, 11.2],
            ["2026-10", 94.5, 11.9, 10.8],
        ],
        "Notes": [
            ["Source: monthly QIP extract, facility level only. Denominators exclude transients."],
            ["No patient-level rows in this workbook - do not add any before sending to the board."],
        ],
    }
)

_ACCESS_BOOK = xlsx(
    {
        "Fistula flows": [
            ["MRN", "Pt", "Access", "Qa (mL/min)", "Prior Qa", "Drop %", "Action"],
            ["RKC-204418", "D.F.", "L RC AVF", 480, 790, 39, "Refer fistulogram"],
            ["RKC-210284", "Y.M.", "R BC AVF", 1120, 1180, 5, "None"],
            ["RKC-211046", "L.C.", "L BB AVF", 610, 880, 31, "Refer fistulogram"],
        ],
        "Catheter days": [
            ["MRN", "Pt", "Cath placed", "Days", "Plan"],
            ["RKC-209331", "W.S.", "2026-07-14", 118, "AVG placement 11/19 Dr. Lindqvist"],
            ["RKC-198552", "H.B.", "2026-09-02", 68, "Vein mapping pending"],
        ],
    }
)

_DEID_CSV = """study_id,age_band,sex,dialysis_vintage_months,diabetes,access_type,mean_spKtV_6mo,mean_albumin_6mo,hosp_events_12mo
S0001,60-69,F,41,Y,AVF,1.48,3.8,1
S0002,70-79,M,18,Y,CVC,1.21,3.3,3
S0003,50-59,M,77,N,AVF,1.57,4.0,0
S0004,80-89,F,9,Y,AVG,1.32,3.5,2
S0005,40-49,F,52,N,AVF,1.66,4.1,0
S0006,60-69,M,29,Y,CVC,1.18,3.2,4
"""

_CONF_PDF = pdf(
    [
        "RIVERBEND KIDNEY CARE",
        "14th Annual Northern Illinois Nephrology Nursing Symposium",
        "Saturday, January 23, 2027 - Giovanni's Conference Center, Rockford",
        "",
        "07:30  Registration and breakfast",
        "08:00  Hyperkalemia in the dialysis unit: recognition and protocols",
        "       Dr. Anjali Venkataraman, Nephrology",
        "09:00  Calciphylaxis: wound care and sodium thiosulfate",
        "       Dr. Marcus Oyelaran-Hughes, Dermatology",
        "10:15  Cannulation of the new fistula: buttonhole vs rope-ladder",
        "       Kristin Dahl, RN, CNN",
        "11:15  Transplant referral: who, when and how",
        "       Dr. Felipe Arrieta, Transplant Surgery",
        "12:00  Lunch and vendor hall",
        "13:00  Peritonitis prevention in PD",
        "14:00  Panel: conservative kidney management and hospice",
        "6.0 contact hours (ANNA approved provider)",
    ],
    "NINN Symposium 2027 agenda",
)

_HEPB_POLICY = docx(
    [
        "Riverbend Kidney Care - Clinical Policy CP-214",
        "Hepatitis B Surveillance and Isolation (rev. November 2026)",
        "1. Purpose: prevent transmission of hepatitis B virus (HBV) in the in-centre setting.",
        "2. Screening: HBsAg, anti-HBs and anti-HBc on admission; HBsAg monthly for susceptible patients.",
        "3. Isolation: HBsAg-positive patients are dialysed in the isolation room with dedicated machine, supplies and staff.",
        "4. Transient patients: HBsAg result drawn within 30 days must be received before the first treatment.",
        "5. Vaccination: offer Heplisav-B (2 doses) or Engerix-B 40 mcg (4-dose) series to susceptible patients.",
        "6. Staff: follow post-exposure protocol EH-07 after any needlestick.",
        "Approved by the Medical Director and QAPI committee, 11/05/2026.",
    ]
)

_REFERRAL_TEMPLATE = docx(
    [
        "LAKESHORE TRANSPLANT INSTITUTE - Kidney Transplant Referral Form (blank)",
        "Patient name: ____________________   Date of birth: __________",
        "Dialysis start date: __________   Modality: HD / PD / not yet on dialysis",
        "Primary cause of ESRD: ____________________",
        "Blood type: ____   Most recent PRA: ____",
        "Referring nephrologist: ____________________   NPI: __________",
        "Attach: last 3 months labs, H&P, cardiac testing, dental clearance, insurance cards (front/back).",
        "Fax to 815-555-0290 or upload to the referral portal.",
    ]
)


_CCDA_MERCY = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <realmCode code="US"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
 <id root="2.16.840.1.113883.19.5.99999" extension="MRC-DS-88120417"/>
 <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
 <title>Mercy Hospital Rockford - Discharge Summary</title>
 <effectiveTime value="20261109"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.19.5" extension="MR00741886"/>
  <addr><streetAddressLine>3317 Auburn St</streetAddressLine><city>Rockford</city><state>IL</state><postalCode>61101</postalCode></addr>
  <patient><name><given>Hamid</given><family>Rahimi</family></name>
   <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19630415"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Hospital course</title>
   <text>Admitted 11/03 with infected L forearm AV graft and MSSA bacteremia. Graft excised 11/04;
   R IJ tunneled dialysis catheter placed 11/06. HBsAg drawn 11/08, pending at discharge.</text>
  </section></component>
  <component><section><title>Discharge medications</title>
   <text>vancomycin 1 g IV after each HD through 12/07; amlodipine 10 mg daily; sevelamer 800 mg TID with meals</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="dialysis_missed_treatment",
        notes="Charge nurse tells the nephrologist a named patient missed two treatments, with K+ and weight gain.",
        frm=f"Maribel Ochoa RN <mochoa@{RKC}>",
        to=f"Dr. Anjali Venkataraman <avenkataraman@{RKC}>",
        subject="Missed tx x2 this week - Fenwick",
        body="""Dr. V,

Delroy Fenwick (MWF 2nd shift, chair 14) no-showed Monday and again today. Reached him at
home around 1pm - says his ride fell through and his legs are "too swollen to walk to the bus".

Last treatment was Fri 11/6. Pre-weight Friday was 92.4 kg, EDW 86.0. K+ on Tuesday's draw
was 5.4 but that was before he missed. He's on the missed-treatment list for the second
month running.

Options I can see: add him to tomorrow's TTS 1st shift for an extra run, or send him to
St. Luke's ED if he can't get here. Social work is calling Pace for a same-day ride.

Please let me know which you prefer.

Maribel Ochoa, RN
Charge Nurse, Riverbend East Dialysis
815-555-0130 ext 214
""",
    ),
    Spec(
        phi=True,
        category="vascular_access_subject_only",
        notes="Hard positive: the patient's name and a clotted fistula sit only in the subject; the body is two lines.",
        frm=f"Kristin Dahl <kdahl@{RKC}>",
        to="scheduling@metrovascularaccess.com",
        subject="Ngozi Adeyemi - L arm AVF clotted, needs declot tomorrow AM",
        body="""See subject. No thrill or bruit this morning, she did not run today.
Transport is booked for 0700 - please confirm a slot.

Kristin
""",
    ),
    Spec(
        phi=True,
        category="monthly_labs_roster_csv",
        notes="Monthly lab roster (names, MRN, DOB, Kt/V, Hgb, PTH) attached as CSV to the rounding nephrology group.",
        frm=f"Lab Coordinator <labs.east@{RKC}>",
        to="rounds@prairienephrology.com",
        cc=f"mochoa@{RKC}",
        subject="November monthly labs - Riverbend East (MWF/TTS)",
        body="""Good morning,

Attached are the November monthly draws for Riverbend East, both schedules. Flagged for review:
PTH > 900 (2), phos > 7.5 (2), K+ >= 5.9 (2). Please send orders back through the portal by
Thursday so pharmacy can update ESA and binder doses before the weekend.

Thanks,
Renee Whitfield
Lab Coordinator
""",
        atts=(Att("RBE_monthly_labs_2026-11.csv", "text/csv", _LABS_CSV),),
    ),
    Spec(
        phi=True,
        category="critical_lab_hl7",
        notes="HL7 ORU with a critical potassium for a named patient forwarded to the on-call nephrologist.",
        frm=f"Interface Alerts <hl7-alerts@{RKC}>",
        to="oncall@prairienephrology.com",
        subject="CRITICAL result received - Riverbend East - see attached ORU",
        body="""A result flagged HH was received by the Riverbend EHR interface and has been
acknowledged by the unit. The original message is attached for the on-call physician.

This mailbox is not monitored. Call the unit at 815-555-0130 for questions.
""",
        atts=(Att("ORU_SPX88213004.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="transplant_referral_pdf",
        notes="Hard positive: the body only says 'packet attached'; name, DOB, ESRD dx and blood type are in the PDF.",
        frm=f"Shanice Porter MSW <sporter@{RKC}>",
        to="referrals@lakeshoretransplant.org",
        subject="New kidney transplant referral - Riverbend West",
        body="""Hello Lakeshore referral team,

Please find the referral packet attached. Labs from the last three months and the echo report
are included; the dental clearance will follow next week.

Best,
Shanice Porter, MSW
Social Worker, Riverbend West
""",
        atts=(
            Att(
                "referral_packet.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND KIDNEY CARE - TRANSPLANT REFERRAL",
                        "Patient: Okonjo, Chidi E.     DOB: 07/19/1975     MRN: RKC-213377",
                        "Address: 6110 Spring Creek Rd, Rockford IL 61114   Phone: 815-555-0162",
                        "Primary insurance: Medicare A/B   MBI: 3XE2-C90-QU63",
                        "Cause of ESRD: hypertensive nephrosclerosis (I12.0, N18.6)",
                        "HD start: 03/02/2024   Modality: in-centre HD TTS",
                        "Blood type: O positive   cPRA: 0%",
                        "Comorbidities: HTN, gout; no diabetes; no malignancy history",
                        "Referring nephrologist: Dr. Anjali Venkataraman",
                    ],
                    "Transplant referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pd_patient_appointment_email",
        notes="Hard positive: home PD nurse writes to a patient's gmail by first name about her PET test appointment.",
        frm=f"Home Program - Joanna Kirby RN <jkirby@{RKC}>",
        to="marisol.ibarra72@gmail.com",
        subject="Thursday",
        body="""Hi Marisol,

Just confirming Thursday 9:00 for your PET test at the home training room. Please do your
usual overnight on the cycler, but bring the bag from your last fill with you - don't drain
it at home. Plan on being here about four hours; we'll draw blood at the 2 hour mark.

If your exit site is still pink from last week, let me know and I'll take a look while you're
here.

Joanna
Home Dialysis Program
""",
    ),
    Spec(
        phi=True,
        category="chair_time_change_relative",
        notes="Social worker writes to a patient's daughter at yahoo about her father's new chair time.",
        frm=f"Shanice Porter MSW <sporter@{RKC}>",
        to="adaeze.okafor@yahoo.com",
        subject="Your father's new treatment time",
        body="""Hi Adaeze,

As we discussed on the phone, your father Mr. Emmanuel Okafor's chair time moves to 11:15
on Tuesday/Thursday/Saturday starting next week (Nov 17). The van company has the new pickup
at 10:30 from his apartment on Rural St.

Please remind him to bring his blood pressure log and his insulin schedule - the nurse wants to
go over the low sugars he had after treatment.

Shanice Porter, MSW
Riverbend West Dialysis | 815-555-0188
""",
    ),
    Spec(
        phi=True,
        category="dietitian_phosphorus_patient",
        notes="Hard positive: renal dietitian tells a patient at outlook.com (surname only) his phosphorus result and binder dose.",
        frm=f"Ravi Menon RD <rmenon@{RKC}>",
        to="t.lindgren.home@outlook.com",
        subject="Your November labs",
        body="""Hello Mr. Lindgren,

Your phosphorus came back at 7.8 this month (goal is 3.5-5.5). Dr. Venkataraman would like you
to go up on sevelamer to 1600 mg (2 tablets) with each meal and 1 with snacks.

A few things that usually help: cola and processed cheese are big sources, so swap them out
where you can. I'll see you at chairside on Wednesday and we'll go over your food log.

Ravi Menon, RD, CSR
Renal Dietitian
""",
    ),
    Spec(
        phi=True,
        category="x12_837i_dialysis_claim",
        notes="X12 837I institutional claim (rev 0821 + ESA) with the patient's name, MBI, DOB and diagnoses.",
        frm=f"Revenue Cycle <billing@{RKC}>",
        to="submissions@clearpathedi.com",
        subject="Batch 4417 - 837I October dialysis claims (Riverbend East)",
        body="""Batch 4417 attached. One claim held back for a missing value code; will resubmit
Monday. Please send the 999 to this mailbox.

Revenue Cycle Team
""",
        atts=(Att("RKC_837I_4417.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="access_surveillance_xlsx",
        notes="Hard positive: access-surveillance workbook with MRNs and initials, flows and catheter plans.",
        frm=f"Kristin Dahl <kdahl@{RKC}>",
        to="coordinators@metrovascularaccess.com",
        subject="Q4 access surveillance - referrals",
        body="""Hi team,

Two fistulograms to schedule from this round (flow drops > 25%), plus the catheter list for
your tracking. Workbook attached, two tabs.

Kristin Dahl, RN, CNN
Vascular Access Coordinator
""",
        atts=(Att("access_surveillance_Q4.xlsx", XLSX, _ACCESS_BOOK),),
    ),
    Spec(
        phi=True,
        category="hospitalization_initials_dob",
        notes="Hard positive: weekly hospitalization list with only initials plus date of birth, admit dates and reasons.",
        frm=f"Maribel Ochoa RN <mochoa@{RKC}>",
        to=f"Dr. Anjali Venkataraman <avenkataraman@{RKC}>",
        subject="hospitalizations wk of 11/2",
        body="""Dr V - hospital list for last week, for QAPI:

- J.T. 03/14/1951 - admitted St Luke's 11/4, fluid overload/CHF, still inpatient
- R.A. 08/02/1966 - ED 11/5, hyperkalemia (K 7.1) after missed Sat tx, treated and released
- M.W. 12/29/1940 - admitted Mercy 11/6, catheter-related bacteremia, on vanc
- P.N. 05/11/1983 - obs stay 11/7, chest pain, r/o MI

I'll put the readmission flags in the QAPI sheet once discharges come through.
M.
""",
    ),
    Spec(
        phi=True,
        category="mrs_p_chair_med_change",
        notes="Hard positive: 'Mrs. P' identified by chair, shift and her grandson; ESA switched and dose given.",
        frm=f"Dana Bruckner LPN <dbruckner@{RKC}>",
        to=f"east-nurses@{RKC}",
        subject="chair 9 TTS 1st - ESA change",
        body="""Heads up for Tuesday:

Mrs. P in chair 9 (TTS 1st shift, the lady whose grandson Marco drops her off) - Dr. V stopped
her Epogen and started Mircera 75 mcg IV every 2 weeks. First dose due Tue 11/10. Her Hgb
was 8.9 so please do NOT hold it. Pharmacy bin is labelled.

Also she's been cramping the last hour of every run - UF goal capped at 3.0 L for now.

Thx, Dana
""",
    ),
    Spec(
        phi=True,
        category="vascular_consult_ics",
        notes="Calendar invite for a vascular access consult naming the patient and the fistula check.",
        frm=f"Kristin Dahl <kdahl@{RKC}>",
        to="dr.lindqvist@metrovascularaccess.com",
        subject="Invitation: AVF maturation check - L. Baptiste @ Mon Nov 16 10:40",
        body="""Dr. Lindqvist - invite for Mr. Baptiste's 6-week maturation check as discussed.
""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Riverbend Kidney Care//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rkc-access-20261116-baptiste@riverbendkidney.com
DTSTAMP:20261109T151500Z
DTSTART:20261116T164000Z
DTEND:20261116T171000Z
SUMMARY:AVF maturation check - Louis Baptiste (DOB 01/27/1958)
DESCRIPTION:L radiocephalic AVF created 10/01. Ultrasound + exam. Currently
  dialysing via R IJ tunneled catheter. MRN RKC-207765.
LOCATION:Metro Vascular Access Center\\, Suite 210
ORGANIZER;CN=Kristin Dahl:mailto:kdahl@riverbendkidney.com
ATTENDEE;CN=Dr. Lindqvist:mailto:dr.lindqvist@metrovascularaccess.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="pd_exit_site_photo_filename",
        notes="Hard positive: the patient's name is only in the PNG file name; body describes exit-site redness.",
        frm=f"Joanna Kirby RN <jkirby@{RKC}>",
        to=f"Home Program Nurses <homeprogram@{RKC}>",
        subject="exit site pic from this AM",
        body="""Photo from this morning's home visit. Redness about 1 cm at 2 o'clock, no drainage,
no tenderness. I swabbed it and started mupirocin daily. Can someone look again Friday?

J
""",
        atts=(Att("exit_site_Tran_Kevin_2026-11-10.png", "image/png", png(6, 6, (214, 150, 140))),),
    ),
    Spec(
        phi=True,
        category="transplant_fhir_bundle",
        notes="FHIR bundle (Patient, ESRD Condition, blood type, transplant ServiceRequest) sent to the transplant centre.",
        frm=f"Integration Team <interfaces@{RKC}>",
        to="fhir-inbound@lakeshoretransplant.org",
        subject="Referral bundle RKC-201907",
        body="""Referral bundle for the transplant evaluation order placed today. Resend of
yesterday's failed POST (HTTP 422 on your side - missing ServiceRequest.intent, fixed).
""",
        atts=(Att("rkc-201907-referral.json", "application/fhir+json", _FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="patient_email_forwarded",
        notes="Front desk forwards (message/rfc822) a patient's own email about cycler alarms and cloudy effluent.",
        frm=f"Front Desk West <frontdesk.west@{RKC}>",
        to=f"homeprogram@{RKC}",
        subject="Fw: cycler keeps alarming",
        body="""This came to the general inbox overnight - forwarding to home program.
""",
        forward=Spec(
            phi=True,
            category="patient_email_forwarded",
            notes="inner",
            frm="Gerald Wozniak <gwozniak1950@icloud.com>",
            to=f"frontdesk.west@{RKC}",
            subject="cycler keeps alarming",
            body="""To whoever reads this,

My cycler alarmed 6 times last night (drain alarm) and I only got 4 exchanges in. This
morning the bag looked a little cloudy. I have a little belly pain too. Should I come in or
go to the ER? My nurse is Joanna.

Gerald Wozniak
815-555-0119
""",
        ),
    ),
    Spec(
        phi=True,
        category="discharge_isolation_plan",
        notes="Named patient's hospital discharge, HD restart and a pending HBsAg with isolation plan; hospital C-CDA attached.",
        frm=f"Maribel Ochoa RN <mochoa@{RKC}>",
        to=f"Facility Manager East <fm.east@{RKC}>",
        subject="Re-admit Monday + isolation",
        body="""Tom,

Hamid Rahimi was discharged from Mercy yesterday after the AV graft infection (graft excised,
new R IJ permcath). He resumes HD with us Monday MWF 1st shift.

His hep B surface antigen from Mercy is still pending, so per CP-214 he goes in the isolation
room until we have a negative result. That means we'll need to move Mr. Castellano's slot.

Orders from the discharge summary: vancomycin 1 g IV post-HD x 4 more weeks, heparin held
(post-op). Mercy's discharge summary is attached; I'll fax it to Dr. V too.

Maribel
""",
        atts=(Att("Mercy_DC_summary.xml", "application/xml", _CCDA_MERCY),),
    ),
    Spec(
        phi=True,
        category="transient_patient_request_html",
        notes="Travel-dialysis request in an HTML table: name, DOB, MBI, treatment dates to another provider.",
        frm=f"Transient Coordinator <travel@{RKC}>",
        to="guestservices@emeraldcoastdialysis.com",
        subject="Guest treatment request - 12/21 to 12/28",
        body="""Please see the request below; the HTML version has the table.

Patient: Eleanor Whitcombe, DOB 02/08/1948, Medicare MBI 6QF1-UG3-NQ57
Dates: 12/21-12/28 (MWF pattern -> 12/21, 12/23, 12/26, 12/28)
Rx: 3.5 h, Optiflux 180, Qb 400, 2K/2.5Ca, EDW 61.5 kg, heparin 1000 u bolus
Access: L upper arm AVG
HBsAg negative (10/29), no MRSA/VRE.
""",
        html="""<html><body>
<p>Hello Emerald Coast guest services,</p>
<p>Our patient will be visiting family in Destin over the holidays. Details:</p>
<table border="1" cellpadding="4">
<tr><th>Patient</th><td>Eleanor Whitcombe</td></tr>
<tr><th>DOB</th><td>02/08/1948</td></tr>
<tr><th>Medicare MBI</th><td>6QF1-UG3-NQ57</td></tr>
<tr><th>Requested dates</th><td>12/21, 12/23, 12/26, 12/28</td></tr>
<tr><th>Prescription</th><td>3.5 h, Optiflux 180, Qb 400, 2K/2.5Ca, EDW 61.5 kg</td></tr>
<tr><th>Access</th><td>L upper arm AVG</td></tr>
<tr><th>Infection status</th><td>HBsAg negative 10/29; no MRSA/VRE</td></tr>
</table>
<p>Full packet (H&amp;P, last 3 run sheets, standing orders) will follow via your secure fax.</p>
<p>Thank you,<br>Lorna Pettigrew<br>Transient Coordinator, Riverbend Kidney Care</p>
</body></html>""",
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: heparin and cefazolin shortage notice with doses and substitutions, no patient.",
        frm=f"Pharmacy Services <pharmacy@{RKC}>",
        to=f"All Clinical Staff <clinical-all@{RKC}>",
        subject="SHORTAGE: heparin 1,000 units/mL vials + cefazolin 1 g",
        body="""Team,

Effective Monday our wholesaler has heparin 1,000 units/mL 10 mL multi-dose vials on
allocation. Until further notice:

  * Catheter locks: use heparin 5,000 units/mL prefilled syringes per the lock protocol
    (volume per catheter label). Do not draw locks from the 1,000 unit vials.
  * Circuit bolus: continue from the 1,000 units/mL stock on hand; no new orders needed.
  * Cefazolin 1 g vials are backordered - for post-HD cefazolin orders, pharmacy will
    substitute 2 g vials and the order sets have been updated.

No change to any patient's ordered dose. Questions to the pharmacy line, ext 402.

Priya Raman, PharmD
Network Pharmacy Services
""",
    ),
    Spec(
        phi=False,
        category="qip_dashboard_aggregate",
        notes="Hard negative: facility-level QIP workbook (Kt/V, Hgb, catheter, hospitalization rates), no patient rows.",
        frm=f"Quality Department <quality@{RKC}>",
        to=f"Board Quality Committee <board-quality@{RKC}>",
        subject="October QIP dashboard - network",
        body="""Attached is the October QIP dashboard (three tabs: Summary, Trend, Notes).

Headlines: catheter > 90 days is down to 10.8% network-wide; Belvidere remains the outlier at
14.9% and has an access improvement plan in place. Hospitalizations per patient-year are flat.

Deb Kowalczyk, MSN
Director of Quality
""",
        atts=(Att("QIP_dashboard_2026-10.xlsx", XLSX, _QIP_BOOK),),
    ),
    Spec(
        phi=False,
        category="staff_holiday_coverage",
        notes="Thanksgiving staff coverage: staff names and shifts only.",
        frm=f"Tom Haverkamp <fm.east@{RKC}>",
        to=f"east-staff@{RKC}",
        subject="Thanksgiving week coverage - please confirm",
        body="""All,

Thanksgiving (Thu 11/26) we run the Thursday schedule on Wednesday night and Friday.
Tentative coverage:

  Wed 11/25 PM:  Maribel (charge), Dana, Luis, Haruka (PCT), Brent (PCT)
  Fri 11/27 AM:  Kristin (charge), Dana, Olu (PCT), Haruka (PCT)
  Sat 11/28 AM:  Maribel (charge), Luis, Brent (PCT), Olu (PCT)

Reply by Friday if you need a swap. Holiday pay applies Thursday only.

Tom Haverkamp
Facility Manager, Riverbend East
""",
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped_po",
        notes="Hard negative: water-treatment vendor invoice whose PO number is SSN-shaped; no patient anywhere.",
        frm=f"Accounts Payable <ap@{RKC}>",
        to="billing@aquapurewater.com",
        subject="Re: Invoice 88412 - RO preventive maintenance, Belvidere",
        body="""Hi Colleen,

We received invoice 88412 ($6,480.00) for the RO membrane replacement and carbon tank
exchange at Belvidere. It references PO 417-22-6093, which was closed in September. Please
reissue against our new blanket PO 418-30-2215 and we'll release payment on the next run.

Also, the chlorine/chloramine test log sheets were missing from the service report - the
surveyors will ask for them.

Thanks,
Neil Ferraro
Accounts Payable, Riverbend Kidney Care
""",
    ),
    Spec(
        phi=False,
        category="job_posting_home_dialysis_rn",
        notes="Job posting for a home dialysis RN.",
        frm=f"Talent Acquisition <careers@{RKC}>",
        to="jobs@nwillinoisnursing.org",
        subject="Job posting: Home Dialysis RN (PD/HHD) - Rockford, $5,000 sign-on",
        body="""Please post the following on your job board through 12/31.

Home Dialysis RN - Riverbend Kidney Care (Rockford, IL)
Full time, Monday-Friday days, one on-call weekend per month.

Responsibilities: train patients and care partners on peritoneal dialysis and home
hemodialysis, complete monthly clinic visits, home visits, and remote-monitoring review.

Requirements: Illinois RN licence, 1 year of dialysis or acute care, CNN or CDN within
2 years of hire (we pay for the exam). $5,000 sign-on bonus.

Apply at riverbendkidney.com/careers.
""",
    ),
    Spec(
        phi=False,
        category="new_physician_announcement",
        notes="Hard negative: announces a nephrologist with NPI and clinical interests (diabetic kidney disease, transplant).",
        frm=f"Office of the CMO <cmo@{RKC}>",
        to=f"All Staff <allstaff@{RKC}>",
        subject="Welcome Dr. Anjali Venkataraman, Medical Director, Riverbend East",
        body="""Please join me in welcoming Dr. Anjali Venkataraman (NPI 1328783604) as Medical
Director of Riverbend East starting November 2.

Dr. Venkataraman completed her nephrology fellowship at Loyola and comes to us from a large
home-dialysis program in Milwaukee. Her clinical interests are diabetic kidney disease,
home hemodialysis and early transplant referral, and she will lead our effort to get more
patients waitlisted before they start dialysis.

She will round MWF at East and hold Thursday clinic at Prairie Nephrology.

Dr. Samuel Achterberg
Chief Medical Officer
""",
    ),
    Spec(
        phi=False,
        category="interface_test_patient_hl7",
        notes="Hard negative: synthetic ZZTEST patient in an HL7 order, clearly marked as interface validation.",
        frm=f"Integration Team <interfaces@{RKC}>",
        to="interfaces@spectralabs.com",
        subject="Lab interface cutover - test order TST000017 (synthetic patient)",
        body="""Hi Spectra integration team,

Sending test order TST000017 for tonight's validation window. The patient is our synthetic
interface patient ZZTEST, DIALYSIS INTERFACE (MRN ZZTEST0001) - processing ID is T, so
please do not route it to a real lab bench. Expecting an ACK and a dummy ORU back.

Validation window: 21:00-23:00 CT. Bridge line 872-555-0100, code 4417.

Thanks,
Aaron Kleinschmidt
Integration Engineer
""",
        atts=(Att("TST000017.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="water_culture_results",
        notes="Hard negative: water and dialysate culture/endotoxin results by machine serial and station, no patient.",
        frm=f"Biomed Team <biomed@{RKC}>",
        to=f"fm.east@{RKC}",
        cc=f"quality@{RKC}",
        subject="Oct water/dialysate cultures - East - 1 action level",
        body="""Tom,

October cultures are back from the lab:

  RO product water:            <1 CFU/mL, endotoxin <0.03 EU/mL  OK
  Distribution loop (return):   8 CFU/mL, endotoxin 0.05 EU/mL   OK
  Machine SN 2K4F118203 (st 7): 62 CFU/mL  ACTION LEVEL (>=50)
  Machine SN 2K4F120577 (st 12): 3 CFU/mL  OK

Station 7 machine is pulled, disinfected, and re-cultured today; loaner from West is in place.
Per our protocol no patient notification is needed at action level (< 200 CFU/mL limit).

Luis Ferreira, CBET
Biomedical Technician
""",
    ),
    Spec(
        phi=False,
        category="policy_docx_hepb",
        notes="Hard negative: hepatitis B isolation policy (DOCX) with vaccines and doses, no patient.",
        frm=f"Quality Department <quality@{RKC}>",
        to=f"Facility Managers <facility-managers@{RKC}>",
        subject="CP-214 Hepatitis B surveillance/isolation - revised, effective 12/1",
        body="""Managers,

Attached is the revised CP-214. Main change: transients must have an HBsAg drawn within 30
days (was 60) and the result in hand before the first treatment. Please review with your
staff at the December in-service and collect signatures.

Deb
""",
        atts=(Att("CP-214_HepB_rev_2026-11.docx", DOCX_T, _HEPB_POLICY),),
    ),
    Spec(
        phi=False,
        category="ehr_downtime_notice",
        notes="IT downtime notice with paper run-sheet procedure.",
        frm=f"IT Service Desk <servicedesk@{RKC}>",
        to=f"All Staff <allstaff@{RKC}>",
        subject="Planned EHR downtime Sun 11/15 02:00-05:00",
        body="""The clinical EHR will be unavailable Sunday 11/15 from 02:00 to 05:00 CT for the
vendor's quarterly upgrade.

Units with overnight/nocturnal shifts (Riverbend West nocturnal): print the downtime packet
(census, standing orders, and blank run sheets) from the Downtime PC before 01:45. Enter the
paper run sheets into the EHR within 24 hours of recovery.

The machine-integration feed will buffer and replay automatically.

IT Service Desk - ext 4357
""",
    ),
    Spec(
        phi=False,
        category="conference_agenda_pdf",
        notes="Hard negative: nursing symposium agenda PDF (hyperkalemia, calciphylaxis, peritonitis) with speaker names.",
        frm=f"Clinical Education <education@{RKC}>",
        to="members@niannachapter.org",
        subject="Save the date: Nephrology Nursing Symposium, Jan 23",
        body="""Hello chapter members,

The agenda for our 14th annual symposium is attached. Registration opens December 1; members
$45, non-members $75, students free. 6.0 contact hours.

Kristin Dahl, RN, CNN - Symposium Chair
""",
        atts=(Att("NINN_2027_agenda.pdf", "application/pdf", _CONF_PDF),),
    ),
    Spec(
        phi=False,
        category="patient_newsletter_html",
        notes="Hard negative: HTML-only patient newsletter on holiday potassium/fluid tips sent to a list, no individual.",
        frm=f"Riverbend Kidney Care <news@{RKC}>",
        to=f"patient-newsletter@{RKC}",
        subject="Holiday eating on dialysis: 5 tips from our dietitians",
        body="",
        html="""<html><body style="font-family:Arial">
<h2>Holiday eating on dialysis</h2>
<p>The holidays are full of foods that are high in potassium, phosphorus and salt. Our
dietitians suggest:</p>
<ol>
<li>Fill half your plate with lower-potassium vegetables such as green beans and carrots.</li>
<li>Leach potatoes (peel, dice, soak) before mashing.</li>
<li>Take your phosphate binder with the meal, not after.</li>
<li>Use a small cup for drinks and count soup and gravy toward your fluid limit.</li>
<li>Skip the ham and cured meats, they are very high in sodium.</li>
</ol>
<p>Questions? Ask your dietitian at your next treatment.</p>
<p style="font-size:11px">You are receiving this because you subscribed to the Riverbend
newsletter. <a href="https://riverbendkidney.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes="Hard negative: de-identified research extract (study ids, age bands, labs) sent to a university.",
        frm=f"Research Office <research@{RKC}>",
        to="kidney.outcomes@uic-research.edu",
        subject="IRB 2026-0412 - de-identified extract, wave 2",
        body="""Dr. Halloran,

Attached is wave 2 of the de-identified extract under the DUA. Per the Safe Harbor method:
no names, dates collapsed to months of vintage, ages banded (89+ collapsed into 80-89 not
present this wave), and study IDs are random and not derived from MRNs. The crosswalk stays
with us.

Rows: 6 shown here as a format sample; the full 1,812-row file goes through the SFTP drop.

Regards,
Helen Cho
Research Coordinator
""",
        atts=(Att("wave2_sample_deid.csv", "text/csv", _DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="hr_open_enrollment",
        notes="Hard negative: employee benefits open enrollment (medical plan, FSA, EAP) with no individual's health info.",
        frm=f"Human Resources <hr@{RKC}>",
        to=f"All Staff <allstaff@{RKC}>",
        subject="Open enrollment closes Friday 11/20",
        body="""Reminder: benefits open enrollment for 2027 closes this Friday at 5 pm.

- Medical: PPO and HDHP options; the HDHP comes with a $750 employer HSA contribution.
- New member ID cards will be mailed to your home the week of 12/14.
- FSA limit for 2027 is $3,300; dependent care FSA $5,000.
- Our EAP (free, confidential counselling) is available 24/7 at 800-555-0148.

If you do nothing, your current elections roll over, except FSA, which must be re-elected.

HR Benefits Team
""",
    ),
    Spec(
        phi=False,
        category="supply_order_dialyzers",
        notes="Supply order for dialyzers and bloodlines to a vendor, par-level CSVs in a ZIP.",
        frm=f"Materials Management <supply@{RKC}>",
        to="orders@midwestrenalsupply.com",
        subject="PO 77120 - Riverbend West standing order change",
        body="""Hi Marcus,

Please update the Riverbend West standing weekly order starting 11/16:

  Optiflux F180NR dialyzers       12 cases (was 10)
  Combiset bloodlines             12 cases
  Fistula needles 15G 1"          8 boxes
  Fistula needles 16G 1"          4 boxes
  Bicarb cartridges 650 g         6 cases
  Acid concentrate 2K/2.5Ca       20 jugs

Ship to dock B. Our census is up with the new MWF 3rd shift. The par-level sheets for all
four units are in the zip in case you want to rebalance the other standing orders too.

Janet Ruiz
Materials Coordinator
""",
        atts=(
            Att(
                "par_levels_all_units.zip",
                "application/zip",
                zipped(
                    {
                        "par_levels/RBE.csv": "item,par,on_hand\nOptiflux F180NR,14,9\nCombiset,14,11\nAcid 2K/2.5Ca,24,16\n",
                        "par_levels/RBW.csv": "item,par,on_hand\nOptiflux F180NR,12,4\nCombiset,12,6\nAcid 2K/2.5Ca,20,8\n",
                        "par_levels/BEL.csv": "item,par,on_hand\nOptiflux F160NR,8,7\nCombiset,8,8\n",
                        "par_levels/FRP.csv": "item,par,on_hand\nOptiflux F160NR,6,2\nCombiset,6,3\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="qapi_minutes_infection_rates",
        notes="Hard negative: QAPI minutes with bloodstream infection counts and rates per 100 patient-months, no patient identifiers.",
        frm=f"Deb Kowalczyk <quality@{RKC}>",
        to=f"qapi-east@{RKC}",
        subject="QAPI minutes - November (draft)",
        body="""Draft minutes, please send corrections by Monday.

Attendees: Dr. Venkataraman, T. Haverkamp, M. Ochoa, R. Menon, S. Porter, L. Ferreira, D. Kowalczyk

1. Infections: 3 positive blood cultures in October, all in catheter patients
   (rate 0.9 per 100 patient-months, network 0.7). Root causes: hub scrub not timed in 2 of 3
   observed connections. Action: re-audit hub care x 4 weeks.
2. Hyperkalemia: 5 pre-HD K+ >= 6.5 this month vs 2 in September. Dietitians reviewing.
3. Missed treatments: 2.1% of scheduled treatments (goal < 1.5%). Transportation is the top
   reason. Social work piloting a ride-share voucher.
4. Water: one action-level culture (station 7), corrected.
5. Survey readiness: mock survey scheduled for 12/8.

Next meeting 12/10, 14:00, conference room B.
""",
    ),
    Spec(
        phi=False,
        category="blank_referral_form_template",
        notes="Hard negative: blank transplant referral form template with empty name/DOB/blood type fields.",
        frm=f"Shanice Porter MSW <sporter@{RKC}>",
        to=f"Social Work Team <socialwork@{RKC}>",
        subject="Lakeshore changed their referral form again",
        body="""FYI - Lakeshore Transplant updated their referral form. Blank copy attached. They now
want the PRA on page 1 and will bounce referrals that use the old form.

The portal login is the same as before. I'll walk through it at Tuesday's huddle.

Shanice
""",
        atts=(Att("Lakeshore_kidney_referral_form_BLANK.docx", DOCX_T, _REFERRAL_TEMPLATE),),
    ),
    Spec(
        phi=False,
        category="facility_maintenance",
        notes="Facility maintenance note: generator test, broken recliner at a station.",
        frm=f"Tom Haverkamp <fm.east@{RKC}>",
        to="service@rockfordfacilitypros.com",
        subject="Generator transfer test + recliner at station 12",
        body="""Hi Gary,

Two things for your tech on Thursday:

1. Monthly generator load/transfer test - please do it after 18:30 when the last shift is off.
2. The recliner at station 12 won't lock in Trendelenburg. It's tagged out of service; we
   need it fixed or swapped before Monday.

Door code for the back entrance is unchanged.

Tom Haverkamp
Riverbend East
""",
    ),
]
