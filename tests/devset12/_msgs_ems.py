"""Tamarack County EMS: billing, QA, after-action reports, mutual aid, fleet (18 PHI, 18 not)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import EMS, Att, Spec

BILL = f"Tamarack County EMS Billing Office <billing@{EMS}>"
QA = f'"Renata Obuya, QA/QI Coordinator" <robuya@{EMS}>'
CHIEF = f"Chief Dale Hruska <dhruska@{EMS}>"
FLEET = f"Fleet Services <fleet@{EMS}>"
MEDDIR = f"Dr. Anand Ramaswamy <aramaswamy@{EMS}>"
SIG = "\n\n--\nTamarack County EMS | 410 Quarry Rd, Alder Falls\nEmergencies: dial 911\n"
DISC = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only"
    " for the addressee. If you received it in error, notify the sender and delete it.\n"
)


def _ics(uid: str, start: str, summary: str, desc: str, org: str, attendees: list[str]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Tamarack County EMS//Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261106T150000Z",
        f"DTSTART:{start}",
        "DURATION:PT1H",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{desc}",
        f"ORGANIZER:mailto:{org}",
    ]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


_STATEMENT_HTML = """<html><body style="font-family:Arial">
<p><b>TAMARACK COUNTY EMS</b><br>Patient Billing Statement</p>
<p>Gerald T. Abernathy<br>88 Sumac Hollow Rd<br>Alder Falls, MN 56014</p>
<table border="1" cellpadding="4">
<tr><th>Account</th><th>Run #</th><th>Date of service</th><th>Service</th><th>Charge</th></tr>
<tr><td>TCE-0418893</td><td>26-118207</td><td>10/02/2026</td>
<td>A0427 ALS1 emergency transport</td><td>$1,485.00</td></tr>
<tr><td></td><td></td><td></td><td>A0425 ground mileage x 14</td><td>$238.00</td></tr>
<tr><td colspan="4">Blue Prairie Health Plan paid 10/29/2026</td><td>-$1,206.40</td></tr>
<tr><td colspan="4"><b>Patient responsibility</b></td><td><b>$516.60</b></td></tr>
</table>
<p>Pay online at pay.tamarackems.org or call (507) 555-0148. Payment plans are available.</p>
</body></html>"""

_FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "tce-run-26-121044",
                "name": [{"family": "Lindgren", "given": ["Harold", "E"]}],
                "birthDate": "1947-05-21",
                "gender": "male",
                "address": [{"line": ["3302 Tern Lake Dr"], "city": "Alder Falls"}],
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "subject": {"reference": "Patient/tce-run-26-121044"},
                "code": {
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/sid/icd-10-cm",
                            "code": "I21.19",
                            "display": "STEMI involving other coronary artery of inferior wall",
                        }
                    ]
                },
                "onsetDateTime": "2026-11-10T06:41:00-06:00",
            }
        },
        {
            "resource": {
                "resourceType": "MedicationAdministration",
                "subject": {"reference": "Patient/tce-run-26-121044"},
                "medicationCodeableConcept": {"text": "Aspirin 324 mg PO chewed"},
                "status": "completed",
            }
        },
    ],
}

_X12 = (
    "ISA*00*          *00*          *ZZ*TAMARACKEMS    *ZZ*NGSMEDICARE    *261109*0915*^*00501*"
    "000004127*0*P*:~GS*HC*TAMARACKEMS*NGSMEDICARE*20261109*0915*4127*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*TCE4127*20261109*0915*CH~"
    "NM1*85*2*TAMARACK COUNTY EMS*****XX*1495609152~"
    "NM1*IL*1*PETRAKIS*IRENE****MI*4TN7QH2WR58~DMG*D8*19380214*F~"
    "N3*1150 BIRCHCREST LN APT 4~N4*ALDER FALLS*MN*56014~"
    "CLM*TCE0420117*1723***41:B:1*Y*A*Y*Y~HI*ABK:S72001A*ABF:W19XXXA~"
    "CR1*LB*14*A*01***DH*14~"
    "SV1*HC:A0427:RH*1485*UN*1~SV1*HC:A0425:RH*238*UN*14~SE*14*0001~GE*1*4127~IEA*1*000004127~"
)

_RUNS_CSV = (
    "run_no,date,patient,dob,chief_complaint,dest,disposition\r\n"
    "26-120311,11/03/2026,Wanda Pruitt,02/17/1951,CHF exacerbation,St. Brendan's,admitted\r\n"
    "26-120347,11/03/2026,Khalid Mansour,09/30/1988,syncope,St. Brendan's,ED discharge\r\n"
    "26-120402,11/04/2026,Lucille Okonkwo,12/05/1940,hip fx after fall,St. Brendan's,admitted "
    "OR\r\n"
    "26-120455,11/04/2026,Travis Demers,06/22/1979,cardiac arrest ROSC,St. Brendan's,CCU\r\n"
    "26-120519,11/05/2026,Marisol Quintero,03/08/2001,OB - active labor,St. Brendan's "
    "L&D,admitted\r\n"
)

_FREQ = xlsx(
    {
        "High utilizers": [
            ["Name", "Address", "Calls (90d)", "Primary issue", "Referral"],
            [
                "Earl Vandersloot",
                "2210 Orchard Ridge Rd",
                11,
                "COPD, home O2",
                "Community paramedic",
            ],
            ["Patrice Moreau", "77 Depot St #3", 9, "alcohol use disorder", "Detox liaison"],
            ["Gloria Esparza", "1418 W 5th St", 8, "diabetes, missed insulin", "CP + pharmacy"],
            ["Wendell Fairbanks", "RR 2 Box 114", 7, "falls, lives alone", "APS referral made"],
        ],
        "Visits planned": [
            ["Name", "Visit date", "Medic"],
            ["Earl Vandersloot", "11/12/2026", "CP Torres"],
            ["Gloria Esparza", "11/13/2026", "CP Whitfield"],
        ],
    }
)

_STATS = xlsx(
    {
        "Oct 2026": [
            ["Metric", "Value"],
            ["Total 911 responses", 2318],
            ["Transports", 1604],
            ["Cardiac arrests (attempted resus.)", 19],
            ["ROSC at ED arrival", "36.8%"],
            ["STEMI alerts", 27],
            ["Stroke alerts", 41],
            ["Median urban response (min)", "7:42"],
            ["90th pct rural response (min)", "18:05"],
        ],
        "By district": [
            ["District", "Responses", "Overdoses (naloxone given)"],
            ["North", 611, 14],
            ["Central", 1022, 31],
            ["South", 685, 9],
        ],
    }
)

_FLEET = xlsx(
    {
        "Due this month": [
            ["Unit", "Plate", "VIN (last 6)", "Mileage", "Service", "Due"],
            ["Medic 9", "3HF-882", "A41227", 188412, "Alternator, brakes", "11/10/2026"],
            ["Medic 14", "EMS-4412", "B09385", 143007, "Oil, 150k inspection", "11/16/2026"],
            ["Medic 22 (reserve)", "EMS-4419", "C77310", 201660, "Module A/C", "11/18/2026"],
            ["Rescue 3", "7PK-319", "D11842", 96204, "Tires", "11/23/2026"],
        ],
        "Out of service log": [
            ["Unit", "Out", "Back", "Reason"],
            ["Medic 9", "11/04/2026", "", "charging fault"],
            ["Medic 31", "10/28/2026", "11/02/2026", "rear door latch"],
        ],
    }
)

_TEST_HL7 = (
    "MSH|^~\\&|MEDTRAIL|TCE_SANDBOX|BILLING|TCE_TEST|202611061200||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||TEST-0001^^^SANDBOX^MR||ZZTEST^PATIENT-ONE||19000101|U\r"
    "PV1|1|E|||||||||||||||||TEST-0001\r"
    "NTE|1||SYNTHETIC TEST RECORD - NOT A PATIENT\r"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="ems_patient_billing_statement_html",
        notes="Patient statement for an ALS transport: name, home address, account, run number, "
        "HCPCS codes, payer and balance due (HTML only, to personal mailbox).",
        frm=BILL,
        to="gerald.abernathy52@gmail.com",
        subject="Your Tamarack County EMS statement - account TCE-0418893",
        body="",
        html=_STATEMENT_HTML,
    ),
    Spec(
        phi=True,
        category="ems_qa_text_note_run_number",
        notes="Hard positive: terse QA chat between colleagues; only a run number identifies the "
        "patient, tied to a stroke alert and tPA-window documentation.",
        frm=QA,
        to=f"jpaulsen@{EMS}",
        subject="run 26-119655",
        body="hey Jake - your stroke alert on 26-119655 (Hwy 12 call, 2nd floor apt) is missing "
        "LKW "
        "time and the BE-FAST. St B says she went for thrombectomy so registry wants it by Fri. "
        "can u addend today? thx\n-R\n\nSent from my iPhone",
    ),
    Spec(
        phi=True,
        category="ems_case_review_calendar_invite",
        notes="Hard positive: calendar invite for an M&M review; the cardiac arrest is identified "
        "by run number and the home address where it happened.",
        frm=MEDDIR,
        to=f"qa-committee@{EMS}",
        subject="M&M: Run 26-120455 arrest, 4417 Birchcrest Ln",
        body="Case conference for the 11/04 cardiac arrest at 4417 Birchcrest Ln (run 26-120455). "
        "Pt got 3 rounds of epi before ROSC; airway had two failed intubation attempts. "
        "Bring the monitor file.\n\nAnand",
        ics=_ics(
            "mm-26-120455@tamarackems.org",
            "20261117T140000Z",
            "M&M: Run 26-120455 arrest at 4417 Birchcrest Ln",
            "Failed intubation x2\\, epi x3\\, ROSC. Crew + medical director.",
            f"aramaswamy@{EMS}",
            [f"qa-committee@{EMS}", f"jpaulsen@{EMS}"],
        ),
    ),
    Spec(
        phi=True,
        category="ems_x12_837_medicare_claim",
        notes="X12 837P ambulance claim attachment: beneficiary name, MBI, DOB, address, hip "
        "fracture ICD-10 and HCPCS lines.",
        frm=f"Lorraine Vickers <lvickers@{EMS}>",
        to="edi-support@ngs-claims.com",
        subject="Resubmission batch 4127 - rejected for CR1 segment",
        body="Hi, resending batch 4127 with the corrected CR1 loop (transport distance). File "
        "attached. Let me know if it still bounces.\n\nLorraine Vickers\nBilling Specialist" + SIG,
        atts=(Att("TCE_837_batch4127.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="ems_transport_roster_csv",
        notes="CSV of transports to the receiving hospital: names, DOBs, complaints, dispositions.",
        frm=f'"Kim Tollefson, Hospital Liaison" <ktollefson@{EMS}>',
        to="ed-outcomes@stbrendanshealth.org",
        subject="Outcome follow-up request, transports 11/03-11/05",
        body="Good morning Amira,\n\nAttached are our transports to you for 11/3-11/5. Could your "
        "team fill in final diagnosis for our QA outcome matching? Same as last month.\n\n"
        "Thanks,\nKim" + DISC,
        atts=(Att("transports_1103_1105.csv", "text/csv", _RUNS_CSV),),
    ),
    Spec(
        phi=True,
        category="ems_fhir_stemi_handoff",
        notes="FHIR bundle pre-arrival STEMI handoff: patient name, DOB, address, ICD-10 STEMI, "
        "aspirin.",
        frm=f"Medic 14 ePCR <epcr-m14@{EMS}>",
        to="cathlab@stbrendanshealth.org",
        subject="Pre-arrival STEMI packet (auto)",
        body="Automated pre-arrival packet from Medic 14. ETA 12 min. 12-lead transmitted "
        "separately.",
        atts=(
            Att("prearrival_26-121044.json", "application/fhir+json", json.dumps(_FHIR, indent=1)),
        ),
    ),
    Spec(
        phi=True,
        category="ems_subject_only_refusal",
        notes="Hard positive: PHI is in the subject only (patient name, fall, refusal); the body "
        "is "
        "a bare sign-off request.",
        frm=f"Lt. Marco Beltran <mbeltran@{EMS}>",
        to=MEDDIR,
        subject="Refusal sign-off: Dorothy Vance, fall w/ head strike 11/12, on Eliquis",
        body="Doc - need your co-sign on this one in the ePCR queue, crew did everything right.\n\n"
        "Marco",
    ),
    Spec(
        phi=True,
        category="ems_scene_photo_filename",
        notes="Hard positive: PHI only in the PNG file name (patient surname and gunshot wound); "
        "body text has no identifier.",
        frm=f"Paramedic Shawna Redcloud <sredcloud@{EMS}>",
        to="trauma-registry@stbrendanshealth.org",
        subject="scene photo for registry",
        body="Scene photo from last night as requested for the trauma registry. Vehicle damage "
        "only, "
        "no faces.\n\nShawna",
        atts=(Att("scene_Kowalczyk_Aaron_GSW_abd_1109.png", "image/png", png(6, 4, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="ems_community_paramedic_xlsx",
        notes="Multi-sheet workbook of high utilizers for the community paramedic program: names, "
        "home addresses, conditions, substance use and visit dates, sent to county social "
        "services.",
        frm=f'"Captain Liza Torres, Community Paramedicine" <ltorres@{EMS}>',
        to="adultservices@tamarackcounty.mn.gov",
        subject="CP program - Nov referral list",
        body="Hi Dwayne,\n\nHere is the November high-utilizer list for our joint staffing. "
        "Wendell "
        "F. is the one I mentioned on the phone.\n\nLiza",
        atts=(Att("CP_high_utilizers_Nov.xlsx", XLSX, _FREQ),),
    ),
    Spec(
        phi=True,
        category="ems_text_note_address_lift_assist",
        notes="Hard positive: texting-style note identifies the patient only by home address, with "
        "hip pain and repeated lift assists, to a county social worker.",
        frm=f"Medic Jamal Whitfield <jwhitfield@{EMS}>",
        to="dwayne.kessler@tamarackcounty.mn.gov",
        subject="2210 Orchard Ridge again",
        body="fyi - 2210 Orchard Ridge Rd, 3rd lift assist this wk. he's c/o R hip pain, refused "
        "transport again, O2 tank was empty when we got there. daughter wants a callback "
        "(she's the one on file). can APS swing by?\n-J",
    ),
    Spec(
        phi=True,
        category="ems_vehicle_plate_mvc",
        notes="Hard positive: a motor-vehicle crash patient identified by licence plate, with "
        "injuries and transport destination, sent to the subrogation vendor.",
        frm=BILL,
        to="claims@northstar-subro.com",
        subject="MVC 11/06 Hwy 12 - driver billing info",
        body="Per your request: driver of MN plate 7KXR219 (silver Camry), run 26-120688, was "
        "transported to St. Brendan's with seat-belt sign, chest wall contusion and L wrist "
        "deformity. Our charges total $1,959.00. Auto carrier unknown - can you locate the policy?"
        "\n\nBilling Office" + SIG,
    ),
    Spec(
        phi=True,
        category="ems_relative_payment_plan",
        notes="Payment plan confirmation to a patient's son: father's name, account, transport "
        "date "
        "and balance.",
        frm=f"Terri Lundquist <tlundquist@{EMS}>",
        to="b.heinemann77@hotmail.com",
        subject="Re: payment plan for your father's ambulance bill",
        body="Hi Brian,\n\nI've set up the plan for your dad, Walter Heinemann (account "
        "TCE-0419127, "
        "transport of 09/14/2026 to St. Brendan's). $60/month starting 12/01 until the $412.80 "
        "balance is paid. Medicare already paid its part.\n\nTerri Lundquist\nPatient Accounts"
        + SIG
        + "\n> On Nov 9, Brian Heinemann wrote:\n> Can we do monthly for Dad's bill? "
        "He's on a fixed income since the stroke.\n",
    ),
    Spec(
        phi=True,
        category="ems_narcotic_waste_review",
        notes="Hard positive: controlled-substance discrepancy review naming the patient by "
        "initials and run number with fentanyl dose given.",
        frm=f"Supervisor Nadia Petrosyan <npetrosyan@{EMS}>",
        to=MEDDIR,
        cc=f"jwhitfield@{EMS}",
        subject="CS discrepancy - Medic 9, 11/07",
        body="Dr. R,\n\nReconciling the 11/07 box for Medic 9: run 26-120741, pt J.R. (72 M, hip "
        "fx), received fentanyl 100 mcg IN in two doses; 0 mcg wasted documented, but vial count "
        "shows one vial short. Jamal says he gave 50 + 50 and the second vial was used for pt "
        "on the next call (26-120744). Need your review before I file the report.\n\nNadia",
    ),
    Spec(
        phi=True,
        category="ems_records_request_pdf",
        notes="Patient care report PDF sent to an attorney under authorization: name, DOB, "
        "injuries, vitals and treatment.",
        frm=f"Records Custodian <records@{EMS}>",
        to="paralegal@hendricksonlawpllc.com",
        subject="Records request #R-2026-0388",
        body="Attached is the patient care report responsive to your request and the signed "
        "authorization on file. Invoice for copy fees follows separately.\n\nRecords Custodian"
        + SIG,
        atts=(
            Att(
                "PCR_R-2026-0388.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY EMS - PATIENT CARE REPORT",
                        "Run 26-117902   Date 09/22/2026   Unit Medic 22",
                        "Patient: Cassandra Nwachukwu   DOB 07/11/1990",
                        "Address: 5120 Larkspur Ave, Alder Falls MN",
                        "CC: MVC, restrained passenger, neck and L shoulder pain",
                        "Vitals: BP 138/84 HR 104 RR 18 SpO2 98% GCS 15",
                        "Tx: c-collar, ondansetron 4 mg IV, fentanyl 50 mcg IV",
                        "Dest: St. Brendan's ED",
                    ],
                    "PCR R-2026-0388",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ems_collections_handoff_csv",
        notes="Collections placement file: names, accounts, dates of service, ambulance charges "
        "and addresses.",
        frm=BILL,
        to="newplacements@prairiecollect.com",
        subject="November placement file",
        body="Attached: 4 accounts past 120 days for placement. Per contract, no accounts with "
        "pending Medicaid.\n\nBilling Office",
        atts=(
            Att(
                "TCE_placements_2026-11.csv",
                "text/csv",
                "account,name,address,dos,service,balance\r\n"
                "TCE-0411552,Rodney Skaggs,19 Elm Ct Alder Falls,06/02/2026,BLS "
                "emergency,744.00\r\n"
                "TCE-0412017,Ana Lucia Ferraz,603 Vine St Pelham,06/19/2026,ALS1 "
                "emergency,1206.15\r\n"
                "TCE-0412930,Dmitri Sokolov,22 Birch Bay Rd,07/08/2026,ALS2,1890.00\r\n"
                "TCE-0413304,Keisha Barnwell,1400 Main St #12,07/21/2026,BLS "
                "non-emergency,388.50\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ems_zip_pcr_batch",
        notes="Hard positive: PHI only inside a ZIP of patient care report text files (names, "
        "ages, "
        "sepsis findings); the body names no patient.",
        frm=QA,
        to="sepsis-coordinator@stbrendanshealth.org",
        subject="Sepsis alert PCRs Oct",
        body="Hi Maya, here are the October sepsis alert PCRs zipped, as agreed in our "
        "data-sharing "
        "MOU.\n\nRenata",
        atts=(
            Att(
                "sepsis_alerts_oct.zip",
                "application/zip",
                zipped(
                    {
                        "26-117301_Haugen_Ruth.txt": "Run 26-117301 10/04/2026 Ruth Haugen 81F "
                        "nursing home, temp 39.4, lactate 4.1 (i-STAT), 1L NS, sepsis alert "
                        "called.\n",
                        "26-118090_Bello_Samuel.txt": "Run 26-118090 10/19/2026 Samuel Bello 64M "
                        "UTI hx, hypotensive 84/50, qSOFA 2, fluids started.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ems_forwarded_complaint_daughter",
        notes="Hard positive: PHI only in the forwarded message/rfc822 from a patient's daughter "
        "(mother's name, DOB, dementia, transport, bill dispute); the cover note names nobody.",
        frm=CHIEF,
        to=f"tlundquist@{EMS}",
        subject="Fw: complaint about my mother's transport",
        body="Terri - can you look at the billing side of this before I call her back? "
        "Forwarding the original.\n\nDale",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="inner",
            frm="Yvonne Castellanos <yvonne.castellanos@yahoo.com>",
            to=f"info@{EMS}",
            subject="complaint about my mother's transport",
            body="To whom it may concern,\n\nMy mother, Esperanza Castellanos (DOB 4/2/1939), was "
            "taken from Pine Haven memory care on October 30 for a UTI check. She has dementia and "
            "was left in the hallway for 40 minutes and now we have a $1,100 bill. She should "
            "have gone non-emergency. Please call me at 507-555-0193.\n\nYvonne",
        ),
    ),
    Spec(
        phi=True,
        category="ems_mutual_aid_aar_docx",
        notes="Mutual-aid after-action report DOCX listing MCI patients with names, triage colour "
        "and injuries, sent to the neighbouring county.",
        frm=CHIEF,
        to="ops@pelhamcountyems.org",
        subject="AAR - Hwy 12 bus rollover (mutual aid), draft for your review",
        body="Chief Ostrowski,\n\nDraft AAR attached. Appendix B has the patient tracking from the "
        "triage tags; please check your units' rows before we finalize.\n\nDale Hruska\nChief, "
        "Tamarack County EMS",
        atts=(
            Att(
                "AAR_Hwy12_rollover_draft.docx",
                DOCX,
                docx(
                    [
                        "Tamarack County EMS - After-Action Report (DRAFT)",
                        "Incident 26-120900, 11/08/2026, Hwy 12 at County Rd 5, charter bus "
                        "rollover, 23 patients, mutual aid from Pelham County Medic 2 and 4.",
                        "Strengths: triage started in 6 min; unified command.",
                        "Improvement: radio interop on VTAC channels.",
                        "Appendix B - Patient tracking",
                        "RED  Lorenzo Baptiste, 17, open femur fx, Pelham Medic 2 -> Regional "
                        "Trauma",
                        "RED  Hyun-woo Park, 45, tension pneumo, needle decompression, Medic 14",
                        "YELLOW  Carla Dominguez, 38, L radius fx, Medic 9",
                        "GREEN  Owen Birchfield, 16, abrasions, released at scene",
                    ]
                ),
            ),
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="ems_aggregate_run_stats_xlsx",
        notes="Hard negative: monthly run statistics (arrests, ROSC, STEMI, overdoses by "
        "district), "
        "aggregate only.",
        frm=QA,
        to=f"all-supervisors@{EMS}",
        cc="commissioners@tamarackcounty.mn.gov",
        subject="October 2026 run statistics",
        body="All,\n\nOctober numbers attached. ROSC at ED arrival was 36.8% (19 attempted "
        "resuscitations) and naloxone administrations are up in Central district. Response time "
        "90th percentile in the South is still above target.\n\nRenata" + SIG,
        atts=(Att("TCE_run_stats_2026-10.xlsx", XLSX, _STATS),),
    ),
    Spec(
        phi=False,
        category="ems_protocol_update_stroke",
        notes="Hard negative: protocol update with drug names, doses and stroke scale, no patient.",
        frm=MEDDIR,
        to=f"all-clinical@{EMS}",
        subject="Protocol 4.12 Stroke - revision effective 12/1",
        body="Team,\n\nEffective December 1:\n\n"
        "1. BE-FAST replaces Cincinnati scale for all suspected stroke.\n"
        "2. LAMS >= 4 with LKW < 24 h: bypass to Regional Comprehensive Stroke Center if transport "
        "< 45 min.\n"
        "3. Glucose check before stroke alert; treat < 60 mg/dL with D10 in 50 mL boluses.\n"
        "4. Do NOT give aspirin in the field for suspected stroke.\n\n"
        "Full protocol in the app. Quiz due 12/15.\n\nDr. Anand Ramaswamy, MD\nMedical Director",
        atts=(
            Att(
                "protocols_rev_2026-12.zip",
                "application/zip",
                zipped(
                    {
                        "4.12_Stroke.txt": "Protocol 4.12 Stroke (rev 12/2026). BE-FAST, LAMS, "
                        "glucose first, no aspirin, CSC bypass if LAMS >= 4.\n",
                        "3.4_Hypoglycemia.txt": "Protocol 3.4 Hypoglycemia. D10 50 mL boluses "
                        "to 250 mL; glucagon 1 mg IM if no IV.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ems_fleet_maintenance_plates",
        notes="Hard negative: fleet maintenance workbook with unit numbers, plates and VIN "
        "fragments; vehicles, not patients.",
        frm=FLEET,
        to=f"all-supervisors@{EMS}",
        subject="Fleet PM schedule - November",
        body="PM schedule attached. Medic 9 (plate 3HF-882) is still at Alder Falls Ford for the "
        "charging fault; Medic 22 is in service as reserve until further notice.\n\nGreg Tanaka\n"
        "Fleet Manager",
        atts=(Att("fleet_PM_Nov2026.xlsx", XLSX, _FLEET),),
    ),
    Spec(
        phi=False,
        category="ems_text_note_unit_swap",
        notes="Hard negative: texting-style note about an ambulance out of service, unit and "
        "plate, "
        "no patient.",
        frm=f"Supervisor Nadia Petrosyan <npetrosyan@{EMS}>",
        to=f"station4-crew@{EMS}",
        subject="M9 down again",
        body="M9 down at the shop again (alternator), plate 3HF-882. swap to reserve 22, keys in "
        "the lockbox, narc box transfer w/ me at 0700. restock the peds bag, it's short 2 IO "
        "needles.\n-N",
    ),
    Spec(
        phi=False,
        category="ems_drug_shortage_notice",
        notes="Hard negative: drug shortage notice with substitutions and doses.",
        frm=f"Logistics <logistics@{EMS}>",
        to=f"all-clinical@{EMS}",
        subject="SHORTAGE: dextrose 50% and fentanyl 100 mcg/2 mL",
        body="Distributor backorder on D50 syringes and fentanyl 100 mcg/2 mL vials through at "
        "least January.\n\n- Use D10 250 mL bags (per protocol 3.4) for hypoglycemia.\n"
        "- Fentanyl is being stocked as 250 mcg/5 mL; verify concentration before every dose.\n"
        "- Ketamine 50 mg/mL unchanged.\n\nQuestions to logistics@.",
    ),
    Spec(
        phi=False,
        category="ems_mutual_aid_agreement",
        notes="Mutual aid agreement renewal between counties; business only.",
        frm=CHIEF,
        to="ostrowski@pelhamcountyems.org",
        subject="Mutual aid agreement 2027-2029",
        body="Chief Ostrowski,\n\nOur county attorney signed off on the renewal. Only change is "
        "the "
        "cost-recovery clause (section 7): the responding agency bills the patient's insurer "
        "directly for transports it performs. Signed copy attached for your board.\n\nDale",
        atts=(
            Att(
                "Mutual_Aid_Agreement_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY EMS / PELHAM COUNTY EMS",
                        "Intergovernmental Mutual Aid Agreement 2027-2029",
                        "1. Requests via county dispatch on VTAC 11.",
                        "7. Cost recovery: responding agency bills for transports it performs.",
                        "Signed: Dale Hruska, Chief",
                    ],
                    "Mutual Aid Agreement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ems_qa_committee_invite",
        notes="Hard negative: recurring QA committee calendar invite, agenda of topics only.",
        frm=QA,
        to=f"qa-committee@{EMS}",
        subject="QA Committee - monthly (Dec)",
        body="Agenda: airway success rates, sepsis alert compliance, new ePCR validation rules. "
        "No case reviews this month.",
        ics=_ics(
            "qa-monthly-2026-12@tamarackems.org",
            "20261208T150000Z",
            "QA Committee - monthly",
            "Airway success rates\\, sepsis alert compliance\\, ePCR rules",
            f"robuya@{EMS}",
            [f"qa-committee@{EMS}"],
        ),
    ),
    Spec(
        phi=False,
        category="ems_job_posting",
        notes="Paramedic job posting (HTML only).",
        frm=f"Human Resources <hr@{EMS}>",
        to="jobs@mnemsjobs.org",
        subject="Posting: Full-time Paramedic (24/48), Station 4",
        body="",
        html="<html><body><h2>Full-time Paramedic - Station 4</h2><ul><li>24/48 schedule</li>"
        "<li>MN paramedic licence, ACLS, PALS</li><li>$31.40-$38.90/hr, sign-on bonus</li></ul>"
        "<p>Apply at tamarackems.org/careers.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="ems_vendor_invoice_ssn_shaped_po",
        notes="Hard negative: vendor invoice for cot service whose PO number is SSN-shaped.",
        frm="AR <ar@ridgelinemedicalequip.com>",
        to=f"ap@{EMS}",
        subject="Invoice 77310 - power cot PM, PO 418-22-7731",
        body="Attached invoice 77310 for preventive maintenance on 9 power cots and 4 stair chairs "
        "(PO 418-22-7731). Net 30.\n\nRidgeline Medical Equipment\nAccounts Receivable",
        atts=(
            Att(
                "INV77310.csv",
                "text/csv",
                "item,qty,unit,amount\r\nPower cot PM,9,185.00,1665.00\r\n"
                "Stair chair PM,4,95.00,380.00\r\nPO,418-22-7731,,\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ems_ce_class_instructor",
        notes="Hard negative: CE class announcement naming the instructor physician, specialty and "
        "NPI; disease topics only.",
        frm=f"Training Division <training@{EMS}>",
        to=f"all-clinical@{EMS}",
        subject="CE: Pediatric seizures and status epilepticus - 11/19",
        body="2 hours CAPCE credit. Instructor: Dr. Folasade Adeyemi, pediatric emergency medicine "
        "(NPI 1863377077), St. Brendan's. Topics: febrile seizures, midazolam IN/IM dosing, "
        "when to call for RSI.\n\nStation 1 training room, 0900.",
    ),
    Spec(
        phi=False,
        category="ems_test_patient_epcr",
        notes="Hard negative: ePCR migration test with synthetic patients clearly labelled TEST.",
        frm=f"IT Help Desk <helpdesk@{EMS}>",
        to="support@medtrailepcr.com",
        subject="Migration validation - test patients not syncing",
        body="Hi MedTrail support,\n\nOur synthetic records don't sync to the billing export:\n\n"
        "  ZZTEST, PATIENT-ONE  DOB 01/01/1900  run TEST-0001  'chest pain' (synthetic)\n"
        "  ZZTEST, PATIENT-TWO  DOB 01/01/1900  run TEST-0002  'fall' (synthetic)\n\n"
        "These are test-only records created in the sandbox tenant. Ticket #55182.\n\nIT",
        atts=(Att("TEST_outbound_sample.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="ems_hr_fmla_policy",
        notes="Hard negative: HR notice about FMLA and overtime policy, no individual's condition.",
        frm=f"Human Resources <hr@{EMS}>",
        to=f"all-staff@{EMS}",
        subject="Reminder: FMLA paperwork and mandatory OT rules",
        body="All staff,\n\nFMLA certification forms go to HR, never to your supervisor. "
        "Mandatory overtime is capped at 16 consecutive hours. Payroll cutoff is Friday 1500.\n\n"
        "HR",
    ),
    Spec(
        phi=False,
        category="ems_dea_registration_renewal",
        notes="Hard negative: medical director's DEA and NPI for controlled-substance registration "
        "renewal with the state board.",
        frm=MEDDIR,
        to="cs-registration@pharmacy.mn.gov",
        subject="Agency CS registration renewal - Tamarack County EMS",
        body="Attached renewal for our agency controlled-substance registration.\n\nMedical "
        "Director: Anand Ramaswamy, MD, emergency medicine / EMS\nNPI: 1238978963\n"
        "DEA: BK6587402\nStorage sites: Stations 1-6, logistics vault.\n\nRegards,\nDr. Ramaswamy",
    ),
    Spec(
        phi=False,
        category="ems_cpr_public_event_html",
        notes="Public CPR class flyer (HTML only), no individual.",
        frm=f"Community Outreach <outreach@{EMS}>",
        to="kelsey.marchetti.cpr@gmail.com",
        subject="Free Hands-Only CPR Saturday 11/21 - flyer for volunteers",
        body="",
        html="<html><body><h1>Hands-Only CPR - free!</h1><p>Saturday Nov 21, 10am-noon, Alder "
        "Falls "
        "Public Library. Learn CPR and how to use an AED in 45 minutes. All ages 12+.</p>"
        '<img src="https://tamarackems.org/img/cpr.png" alt="CPR"></body></html>',
    ),
    Spec(
        phi=False,
        category="ems_drill_aar_simulated_victims",
        notes="Hard negative: tabletop MCI drill after-action report with simulated victims "
        "(moulage actors numbered), no real patients.",
        frm=CHIEF,
        to="emergencymgmt@tamarackcounty.mn.gov",
        subject="AAR - Full-scale exercise 'Frozen Lake', 10/24",
        body="Summary: 30 simulated victims (volunteer actors, Victim 1-30, moulage cards: burns, "
        "crush injury, blast lung). Triage accuracy 87%. Over-triage of 'Victim 12' (simulated "
        "tension pneumothorax). Hospital surge notification took 19 minutes, target 10.\n\n"
        "Corrective action: revise MCI notification script.\n\nDale",
    ),
    Spec(
        phi=False,
        category="ems_billing_ar_aging",
        notes="Hard negative: billing AR aging and payer mix summary, aggregates only.",
        frm=f"Lorraine Vickers <lvickers@{EMS}>",
        to=CHIEF,
        subject="AR aging + payer mix, Q3",
        body="Q3 summary:\n\nPayer mix: Medicare 48%, Medicaid 22%, commercial 19%, self-pay 11%.\n"
        "AR > 120 days: $612,400 (down 8%).\nDenial rate: 6.1%, top reason medical necessity "
        "documentation.\nNet collection rate: 71.3%.\n\nLorraine",
    ),
    Spec(
        phi=False,
        category="ems_it_tablet_update",
        notes="IT notice: ePCR tablet update by unit and asset tag (devices, not patients).",
        frm=f"IT Help Desk <helpdesk@{EMS}>",
        to=f"all-clinical@{EMS}",
        subject="Tablet update tonight 0200",
        body="ePCR tablets in Medic 9, 14, 22 and 31 will update at 0200. Keep them docked. "
        "If a tablet won't sync, note its asset tag (e.g. TAB-0144) and call x4410.",
    ),
    Spec(
        phi=False,
        category="ems_naloxone_by_zip3",
        notes="Hard negative: naloxone administration counts by district and 3-digit ZIP for the "
        "county opioid task force; aggregate.",
        frm=QA,
        to="opioidtaskforce@tamarackcounty.mn.gov",
        subject="Naloxone administrations Q3 by area",
        body="Q3 naloxone administrations by first 3 ZIP digits / district:\n\n560xx North 14\n"
        "560xx Central 31\n561xx South 9\n\nRepeat-overdose counts are suppressed below 11. "
        "Leave-behind naloxone kits distributed: 86.\n\nRenata",
    ),
]

MESSAGES: list[Spec] = PHI + CLEAN
