"""Outbound mail of Riverbend Crisis Stabilization Unit, a 16-bed adult crisis unit (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nRiverbend Crisis Stabilization Unit\n1200 Mill River Road, Pawtucket RI 02860 | Main 401-555-0160 | Fax 401-555-0161"

MESSAGES = [
    Spec(
        phi=True,
        category="Transfer request to inpatient psychiatric hospital",
        notes="Bed request to inpatient unit naming patient, hold status, diagnosis and vitals.",
        frm="Riverbend Charge Nurse <charge.rn@riverbendcsu.org>",
        to="admissions@newportbehavioralhospital.org",
        subject="Bed request - involuntary, adult male",
        body=(
            "Admissions,\n\nRequesting inpatient bed for Julian Marchand, 34M, DOB 06/21/1991, on emergency "
            "certification since 03:10 today. Presenting: command auditory hallucinations, unable to contract "
            "for safety. Hx schizophrenia, off risperidone x 3 wks. UDS +THC. VS stable, BP 132/84. Medically "
            "cleared by Dr. Anand (NPI 1113120384).\n\nCall 401-555-0160 x2.\n\nKate Morrow, RN, Charge"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Bed availability broadcast to regional partners",
        notes="Hard negative: daily bed-board numbers (census, open beds) with no individual.",
        frm="Riverbend Bed Board <bedboard@riverbendcsu.org>",
        to="crisis-partners@lists.ribhcollaborative.org",
        subject="Riverbend CSU beds - Tue 17 Mar 07:00",
        body="Census 13/16. Open beds: 3 (2 male, 1 female). Expected discharges today: 4. Accepting police drop-offs and mobile crisis transfers 24/7. Call 401-555-0160.",
    ),
    Spec(
        phi=True,
        category="HL7 ADT discharge to primary care",
        notes="Hard positive: HL7 A03 discharge message naming patient and Z91.51 self-harm history; body says only 'ADT attached'.",
        frm="Riverbend Interfaces <interfaces@riverbendcsu.org>",
        to="hie.inbound@currentcarehie.org",
        subject="Manual ADT resend",
        body="ADT attached, resent manually after the overnight interface outage.",
        atts=(
            Att(
                "ADT_A03_resend.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|RBCSU|RIVERBEND|CURRENTCARE|HIE|202603170615||ADT^A03|RB90211|P|2.5.1\r"
                    "EVN|A03|202603170600\r"
                    "PID|1||RB-221904^^^RB^MR||LOMBARDI^CHIARA^R||19980223|F|||41 Fountain St Apt 3^^Pawtucket^RI^02860||401-555-0179\r"
                    "PV1|1|I|CSU^B07^^RB|||||||||||||||||||||||||||||||||||||||202603151840|202603170600\r"
                    "DG1|1||F32.2^Major depressive disorder, single episode, severe^I10\rDG1|2||Z91.51^Personal history of suicidal behavior^I10\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec to vendor",
        notes="Hard negative: interface specification describing PID/DG1 segments with placeholder values only.",
        frm="Riverbend Interfaces <interfaces@riverbendcsu.org>",
        to="onboarding@currentcarehie.org",
        subject="Riverbend ADT interface spec v2.1",
        body="Spec attached. Sample segment uses placeholder values: PID|1||<MRN>^^^RB^MR||<LAST>^<FIRST>||<YYYYMMDD>|<SEX>. We send A01/A03/A08 only, no A31.",
        atts=(
            Att(
                "Riverbend_ADT_spec_v2.1.docx",
                DOCX,
                docx(
                    [
                        "Riverbend CSU - Outbound ADT Interface Specification v2.1",
                        "Events: A01 admit, A03 discharge, A08 update.",
                        "PID-3: MRN with assigning authority RB. PID-5: name. PID-7: date of birth.",
                        "DG1-3: ICD-10-CM code. Part 2 (SUD) diagnoses are suppressed unless consent flag = Y.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Notification to family member of admission",
        notes="Hard positive: note to a sister's personal mailbox confirming her brother (first name) was admitted overnight and is 'safe and sleeping'.",
        frm="Riverbend Social Work <socialwork@riverbendcsu.org>",
        to="teresa.ng.1982@gmail.com",
        subject="Following up on your call",
        body="Hi Teresa,\n\nWith Kevin's permission I can confirm he came to us last night and is safe and sleeping. He'd like you to bring his glasses and phone charger. Visiting is 6-8 PM.\n\nMaya Collins, LCSW"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Visiting hours policy to public",
        notes="General visiting and belongings policy for families; no individual.",
        frm="Riverbend CSU <info@riverbendcsu.org>",
        to="familysupport@namiriverside.org",
        subject="Updated visiting and belongings guide",
        body="",
        html=(
            "<html><body><h3>Visiting Riverbend CSU</h3><p>Visiting is 6-8 PM daily. Please do not bring glass, belts, "
            "cords, lighters or medications. Staff will check all items.</p><p>Guests under 16 need an adult.</p>"
            "<p>Questions: 401-555-0160</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Police drop-off disposition to officer",
        notes="Email to police officer confirming the person he dropped off was admitted for stabilization, with name and incident number.",
        frm="Riverbend Intake <intake@riverbendcsu.org>",
        to="sgt.rodrigues@pawtucketpd.gov",
        subject="Incident 26-004471 - disposition",
        body="Sgt. Rodrigues,\n\nRe: Lionel Baptiste, brought in on incident 26-004471 at 22:50: he was evaluated and admitted voluntarily for crisis stabilization. No further police action needed from our side.\n\nIntake"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Police co-responder training schedule",
        notes="Hard negative: CIT training schedule for officers mentioning psychosis and suicide-risk topics; no individual.",
        frm="Riverbend Education <education@riverbendcsu.org>",
        to="training@pawtucketpd.gov",
        subject="CIT 40-hour course - April cohort",
        body="The April Crisis Intervention Team course runs 6-10 April. Topics: recognising psychosis, suicide risk, de-escalation, and our no-wrong-door drop-off process. 24 seats.",
        atts=(
            Att(
                "CIT_April_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND CRISIS STABILIZATION UNIT - CIT COURSE APRIL 2026",
                        "Day 1 Mental illness overview; Day 2 Psychosis and mania",
                        "Day 3 Suicide risk and safety planning; Day 4 Substance use and withdrawal",
                        "Day 5 Scenarios and graduation",
                    ],
                    "CIT agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Encounter to state crisis data system",
        notes="Hard positive: FHIR Encounter plus Patient with name, DOB and 988 referral reason in JSON; body only has a batch ID.",
        frm="Riverbend Interfaces <interfaces@riverbendcsu.org>",
        to="crisis.data@bhddh-ri.gov",
        subject="Batch RB-FHIR-0317",
        body="Batch RB-FHIR-0317 (1 encounter).",
        atts=(
            Att(
                "RB-FHIR-0317.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "collection", "entry": ['
                    '{"resource": {"resourceType": "Patient", "id": "rb-223310", "name": [{"family": "Okoye", "given": ["Daniel"]}], "birthDate": "2001-01-13", "gender": "male"}}, '
                    '{"resource": {"resourceType": "Encounter", "status": "in-progress", "class": {"code": "IMP"}, "subject": {"reference": "Patient/rb-223310"}, '
                    '"period": {"start": "2026-03-16T21:05:00-04:00"}, "reasonCode": [{"text": "Referred by 988 lifeline - suicidal ideation with plan"}]}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Monthly aggregate report to state agency",
        notes="Hard negative: monthly counts by referral source and disposition in a multi-sheet workbook; no individual.",
        frm="Riverbend Quality <quality@riverbendcsu.org>",
        to="crisis.data@bhddh-ri.gov",
        subject="February 2026 CSU contract report",
        body="February report attached. Average length of stay 2.6 days; 81% discharged to community.",
        atts=(
            Att(
                "Riverbend_Feb2026_report.xlsx",
                XLSX,
                xlsx(
                    {
                        "Admissions": [
                            ["Referral source", "Admissions"],
                            ["Police", 38],
                            ["Mobile crisis", 51],
                            ["988", 22],
                            ["Walk-in", 47],
                            ["ED diversion", 19],
                        ],
                        "Dispositions": [
                            ["Disposition", "Count"],
                            ["Home with outpatient", 128],
                            ["Inpatient psychiatry", 21],
                            ["Detox/SUD residential", 8],
                        ],
                        "Notes": [
                            ["Item", "Value"],
                            ["ALOS (days)", 2.6],
                            ["Readmits within 30 days", "<11"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare patient eligibility question with MBI",
        notes="Eligibility question to MAC help desk with patient name, MBI and CSU admission date.",
        frm="Riverbend Billing <billing@riverbendcsu.org>",
        to="provider.help@nemacservices.com",
        subject="Eligibility question - CSU stay",
        body="Hello,\n\nWe admitted Mr. Harold Vickery (MBI 4TW7-K92-RD58, DOB 02/08/1948) on 14 March for crisis stabilization. The 270/271 shows an MA plan terminated 28 Feb. Can you confirm he is back on original Medicare?\n\nBilling Office"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clearinghouse 835 remittance parsing question (no patients)",
        notes="Hard negative: question about an 835 loop structure with only payer/provider identifiers and totals.",
        frm="Riverbend Billing <billing@riverbendcsu.org>",
        to="support@claimsbridgeclearing.com",
        subject="835 - PLB adjustments not posting",
        body="Our 835 from Neighborhood Health Plan shows a PLB*WO adjustment of -412.00 for provider NPI 1874896800, check EFT 8812093. It doesn't post to any claim. Is that expected? No claim-level data attached.\n\nBilling",
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: 270 eligibility file with subscriber name, DOB and Medicaid ID; body generic.",
        frm="Riverbend Billing <billing@riverbendcsu.org>",
        to="edi@neighborhoodhp.org",
        subject="270 real-time fallback file",
        body="Real-time 270 is timing out; batch file attached.",
        atts=(
            Att(
                "RB_270_0317.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*RIVERBENDCSU   *ZZ*NHPRI          *260317*0730*^*00501*000000412*0*P*:~"
                    "GS*HS*RIVERBENDCSU*NHPRI*20260317*0730*412*X*005010X279A1~ST*270*0001*005010X279A1~"
                    "HL*1**20*1~NM1*PR*2*NEIGHBORHOOD HEALTH PLAN*****PI*05047~HL*2*1*21*1~NM1*1P*2*RIVERBEND CSU*****XX*1874896800~"
                    "HL*3*2*22*0~NM1*IL*1*FONTAINE*ROSE****MI*RIM30771245~DMG*D8*19890530~DTP*291*D8*20260317~EQ*MH~"
                    "SE*11*0001~GE*1*412~IEA*1*000000412~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medicaid rate letter forwarded to finance",
        notes="Forward of state rate notice with daily rates and codes; no patient.",
        frm="Riverbend Finance <finance@riverbendcsu.org>",
        to="board.treasurer@riverbendcsu-board.org",
        subject="Fwd: FY27 CSU per diem",
        body="FYI - the new rate is effective 1 July. Net effect about +$310k at current census.",
        forward=Spec(
            phi=False,
            category="Rate notice",
            notes="Nested rate notice.",
            frm="Medicaid Rates <rates@eohhs-ri.gov>",
            to="finance@riverbendcsu.org",
            subject="FY27 crisis stabilization per diem (H2013)",
            body="Effective 07/01/2026 the per diem for H2013 crisis stabilization (adult) increases from $742.00 to $798.00. Bill with revenue code 1001.",
        ),
    ),
    Spec(
        phi=True,
        category="Discharge summary to outpatient clinic",
        notes="Discharge summary PDF with patient name, DOB, diagnoses and medications sent to the follow-up clinic.",
        frm="Dr. Vikram Anand <vanand@riverbendcsu.org>",
        to="intake@blackstonevalleycmhc.org",
        subject="Discharge summary - follow-up within 7 days",
        body="Please see the attached discharge summary for your new client. She has an intake with you Thursday at 1 PM. Bridge supply of medications given.\n\nV. Anand, MD"
        + SIG,
        atts=(
            Att(
                "DC_summary_RB-219877.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND CRISIS STABILIZATION UNIT - DISCHARGE SUMMARY",
                        "Patient: Imani Wallace   DOB 10/04/1995   MRN RB-219877",
                        "Admit 03/13/2026  Discharge 03/16/2026",
                        "Dx: F31.81 bipolar II disorder, current episode depressed; F43.10 PTSD",
                        "Meds: lamotrigine 50 mg daily (titrating), hydroxyzine 25 mg PRN",
                    ],
                    "Discharge summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medical director CV for grant",
        notes="Hard negative: psychiatrist CV with research on suicide prevention and clozapine; provider identifiers only.",
        frm="Riverbend Development <development@riverbendcsu.org>",
        to="grants@samhsa-ccbhc-review.org",
        subject="Key personnel - Dr. Vikram Anand CV",
        body="Attached is the CV of our medical director for the CCBHC expansion application. NPI 1113120384, DEA BK9377284.",
        atts=(
            Att(
                "Anand_CV_2026.docx",
                DOCX,
                docx(
                    [
                        "Vikram Anand, MD - Curriculum Vitae",
                        "Medical Director, Riverbend Crisis Stabilization Unit (2019-present)",
                        "Publications: 'Clozapine initiation in crisis settings' (2023); 'Caring contacts after CSU discharge' (2025)",
                        "Board certification: Psychiatry; Addiction Medicine",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Caring contacts follow-up to former patient",
        notes="Follow-up note to a discharged patient's personal email referencing his stay at the crisis unit.",
        frm="Riverbend Follow-Up Team <followup@riverbendcsu.org>",
        to="andre.fonseca.ri@outlook.com",
        subject="Thinking of you",
        body="",
        html=(
            "<html><body><p>Hi Andre,</p><p>It's been a week since you left Riverbend and we wanted to say we're thinking of you. "
            "How did your first appointment at the clinic go?</p><p>If things get hard, call us any time at 401-555-0160 or 988.</p>"
            "<p>Warmly,<br>The Riverbend Follow-Up Team</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Caring-contacts programme description for funder",
        notes="Hard negative: programme description with aggregate follow-up statistics and a sample message with no name.",
        frm="Riverbend Development <development@riverbendcsu.org>",
        to="programofficer@rhodefoundation.org",
        subject="Caring contacts - programme summary",
        body="As requested: since 2024 we send brief, non-demanding messages at 1 week, 1 month and 3 months after discharge. 1,112 people enrolled; 62% replied at least once. Sample text: 'It's been a week since you left Riverbend and we wanted to say we're thinking of you.' No individual data are shared with funders.",
    ),
    Spec(
        phi=True,
        category="Guardian notification with SSN for Medicaid application",
        notes="Letter to legal guardian with ward's name, SSN and admission for Medicaid application.",
        frm="Riverbend Social Work <socialwork@riverbendcsu.org>",
        to="guardianship@ocean-stateguardians.org",
        subject="Medicaid application for your ward",
        body="Ms. Tavares,\n\nYour ward, Gerald Pike, was admitted to Riverbend CSU on 15 March after decompensation at his group home. To start an emergency Medicaid application we need your signature on the attached form. We have his SSN as 412-58-3071; please confirm.\n\nMaya Collins, LCSW"
        + SIG,
        atts=(
            Att(
                "Medicaid_app_Pike.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND CRISIS STABILIZATION UNIT - MEDICAID APPLICATION WORKSHEET",
                        "Applicant: Gerald Pike   SSN 412-58-3071   DOB 11/30/1961",
                        "Facility: Riverbend CSU, admitted 03/15/2026",
                        "Guardian: Loretta Tavares, Ocean State Guardians",
                    ],
                    "Medicaid worksheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped number",
        notes="Hard negative: supply order with an order number formatted like an SSN; no person or health data.",
        frm="Riverbend Purchasing <purchasing@riverbendcsu.org>",
        to="orders@safeguardfurnishings.com",
        subject="PO confirmation 271-83-6045",
        body="Please confirm PO 271-83-6045: 6 ligature-resistant bed frames (model LR-200), 6 tamper-proof mattresses. Deliver to loading dock, 1200 Mill River Road, weekdays 8-3.\n\nPurchasing",
    ),
    Spec(
        phi=True,
        category="Incident report to state licensing",
        notes="Critical incident report naming patient who self-harmed on the unit, with injury and treatment.",
        frm="Riverbend Risk Management <risk@riverbendcsu.org>",
        to="licensing.incidents@bhddh-ri.gov",
        subject="Critical incident report - 16 March",
        body="Attached is the 24-hour critical incident report.",
        atts=(
            Att(
                "CIR_20260316.docx",
                DOCX,
                docx(
                    [
                        "RIVERBEND CSU - CRITICAL INCIDENT REPORT",
                        "Individual: Sasha Brennan, MRN RB-222145, DOB 08/08/2003",
                        "16 March 2026 02:20: superficial lacerations to left forearm using a broken plastic utensil.",
                        "Treated on unit with steri-strips; no ED transfer. 1:1 observation started.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Environment of care inspection findings",
        notes="Ligature risk audit findings by room; no patient.",
        frm="Riverbend Facilities <facilities@riverbendcsu.org>",
        to="risk@riverbendcsu.org",
        subject="Q1 ligature risk rounds",
        body="Findings from Q1 rounds:\n\n- Room B04: towel hook not breakaway - replace\n- Quiet room: door hinge gap > 1/4 in - repair\n- Lounge: TV cable exposed - enclose\n\nWork orders WO-5512 to WO-5514 opened.",
        atts=(
            Att(
                "ligature_rounds_Q1.csv",
                "text/csv",
                "room,item,risk,action,work_order\nB04,towel hook,high,replace,WO-5512\nQuiet room,door hinge,medium,repair,WO-5513\nLounge,TV cable,medium,enclose,WO-5514\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacy bridge prescription fax cover by email",
        notes="Hard positive: terse abbreviated bridge Rx note naming patient, DOB and buprenorphine/naloxone for opioid use disorder (Part 2 data) to a community pharmacy.",
        frm="Riverbend Pharmacy Liaison <rxliaison@riverbendcsu.org>",
        to="pharmacist@blackstonecommunityrx.com",
        subject="bridge rx - pls hold for pickup 3pm",
        body="Pls hold for pickup 3pm: pt R.D. (Rafael Duarte) DOB 12/19/1987 - buprenorphine/naloxone 8/2 mg SL film #7, 1 daily, OUD induction done on unit 3/15. Prescriber Dr Anand DEA BK9377284. Cash price ok. - Liaison",
    ),
    Spec(
        phi=False,
        category="Naloxone distribution aggregate",
        notes="Hard negative: count of naloxone kits distributed with lot numbers; no individual.",
        frm="Riverbend Pharmacy Liaison <rxliaison@riverbendcsu.org>",
        to="overdose.prevention@health-ri.gov",
        subject="Naloxone kits distributed - February",
        body="February: 64 naloxone kits distributed at discharge (lots NX2407A, NX2409C). 0 kits expired on shelf. Please send 80 kits for March.",
    ),
    Spec(
        phi=True,
        category="Multi-sheet shift handoff workbook to agency nurse",
        notes="Hard positive: shift handoff workbook with patient names, bed numbers, precautions and meds sent to an agency nurse's personal gmail.",
        frm="Riverbend Charge Nurse <charge.rn@riverbendcsu.org>",
        to="nurse.pattyc@gmail.com",
        subject="tonight",
        body="Patty - handoff sheet for tonight so you can look before you come in. See you at 7.",
        atts=(
            Att(
                "handoff_0317_night.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Bed", "Name", "Obs", "Notes"],
                            ["B02", "Marchand, J", "1:1", "EC, awaiting inpt bed"],
                            ["B05", "Okoye, D", "q15", "SI w plan, 988 referral"],
                            ["B07", "Brennan, S", "1:1", "self-harm 3/16"],
                        ],
                        "Meds due": [
                            ["Bed", "Med", "Time"],
                            ["B02", "olanzapine 10 mg PO/IM PRN", "PRN"],
                            ["B05", "sertraline 50 mg", "21:00"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staffing schedule to nursing agency",
        notes="Open shift list to staffing agency; workforce data only.",
        frm="Riverbend Staffing <staffing@riverbendcsu.org>",
        to="scheduler@coastalnursestaffing.com",
        subject="Open shifts week of 23 March",
        body="We need RN coverage for the following: Mon N, Wed N, Fri D, Sat D+N. Psych experience required; CPI certification on arrival.",
        atts=(
            Att(
                "open_shifts_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "RN": [
                            ["Date", "Shift", "Hours"],
                            ["2026-03-23", "Night", "19-07"],
                            ["2026-03-25", "Night", "19-07"],
                            ["2026-03-27", "Day", "07-19"],
                        ],
                        "MHW": [
                            ["Date", "Shift", "Hours"],
                            ["2026-03-28", "Day", "07-19"],
                            ["2026-03-28", "Night", "19-07"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appointment booking at outpatient clinic with ICS",
        notes="Calendar invite to patient's personal email for post-discharge psychiatry follow-up at the CMHC, naming patient.",
        frm="Riverbend Follow-Up Team <followup@riverbendcsu.org>",
        to="imani.wallace95@gmail.com",
        subject="Your follow-up appointment after Riverbend",
        body="Hi Imani,\n\nAs we discussed before you left, here is your intake appointment at Blackstone Valley CMHC. Bring your discharge papers and your lamotrigine bottle.\n\nRiverbend Follow-Up Team",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//FollowUp//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:fu-219877@riverbendcsu.org\r\nDTSTAMP:20260317T140000Z\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T180000Z\r\n"
            "SUMMARY:Post-discharge psychiatry intake - Imani Wallace\r\nLOCATION:Blackstone Valley CMHC, 300 Main St, Pawtucket\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Community event calendar invite",
        notes="Hard negative: invite to a public suicide-prevention walk; health topic but no individual.",
        frm="Riverbend Community Relations <community@riverbendcsu.org>",
        to="volunteers@riverbendcsu.org",
        subject="Out of the Darkness walk - volunteer shift",
        body="Thanks for volunteering at our table at the Out of the Darkness suicide-prevention walk!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Community//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:walk-2026@riverbendcsu.org\r\nDTSTAMP:20260317T140000Z\r\nDTSTART:20260425T130000Z\r\nDTEND:20260425T170000Z\r\n"
            "SUMMARY:Out of the Darkness walk - Riverbend table\r\nLOCATION:Slater Park, Pawtucket\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Records request response to attorney with zip",
        notes="Zip of medical records sent to a personal-injury attorney, naming the client-patient and containing the crisis assessment.",
        frm="Riverbend HIM <him@riverbendcsu.org>",
        to="paralegal@dunmorelawri.com",
        subject="Records - your client Bernadette Quinn",
        body="Enclosed are the records for your client Bernadette Quinn (stay 01/04/2026-01/07/2026) per the HIPAA authorisation dated 2 March. Invoice for copying to follow.\n\nHIM"
        + SIG,
        atts=(
            Att(
                "Quinn_B_records.zip",
                "application/zip",
                zipped(
                    {
                        "crisis_assessment.txt": "Bernadette Quinn DOB 1972-03-02\nPresenting: acute stress reaction after MVA 01/03/2026, insomnia, intrusive images.\nDx F43.0. Plan: stabilization, trauma-focused referral.\n",
                        "discharge_instructions.txt": "Follow up with Dr. Lee (PCP) within 7 days. Trazodone 50 mg at bedtime as needed.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Records request denial template",
        notes="Hard negative: template letter for denying records requests with bracketed placeholders; no individual.",
        frm="Riverbend HIM <him@riverbendcsu.org>",
        to="him-team@riverbendcsu.org",
        subject="Updated template: incomplete authorisation",
        body="Team - please use this version from today:\n\n'Dear [Requester], we received your request for records of [Patient Name], DOB [DOB]. We cannot release them because the authorisation does not [reason]. Substance use disorder records require consent that meets 42 CFR Part 2.'\n\nThanks, Lorna",
    ),
    Spec(
        phi=True,
        category="Mobile crisis dispatch note",
        notes="Hard positive: terse dispatch with address, first name, age and 'hx psychosis, off meds' sent to the partner mobile team.",
        frm="Riverbend Dispatch <dispatch@riverbendcsu.org>",
        to="mct.team2@providencecrisisresponse.org",
        subject="MCT call 0317-14",
        body="14:12 call from mother. 27 Larch St, Central Falls, 2nd fl. Son Marco, 24, hx psychosis, off meds ~2 wks, not sleeping, no weapons reported. Mother 401-555-0184. Police not requested.",
    ),
    Spec(
        phi=False,
        category="Mobile crisis response time metrics",
        notes="Hard negative: response time statistics by town; aggregate only.",
        frm="Riverbend Quality <quality@riverbendcsu.org>",
        to="mct.leads@providencecrisisresponse.org",
        subject="MCT response times - February",
        body="Median arrival time 38 min (target 60). Central Falls 31, Pawtucket 36, Cumberland 52, Lincoln 49. 94% of calls resolved without police. Nice work.",
    ),
    Spec(
        phi=True,
        category="Patient complaint forwarded to state ombudsman",
        notes="Forward of a patient's own complaint email (name, stay and medication) to the state ombudsman.",
        frm="Riverbend Patient Advocate <advocate@riverbendcsu.org>",
        to="ombudsman@mhaofri.org",
        subject="Fwd: complaint about my stay",
        body="Forwarding with the patient's consent, as he asked us to. Our response is due 27 March.",
        forward=Spec(
            phi=True,
            category="Complaint",
            notes="Nested complaint.",
            frm="Wendell Ashby <wendell.ashby@aol.com>",
            to="advocate@riverbendcsu.org",
            subject="complaint about my stay",
            body="I was at Riverbend 3/10 to 3/12. The night nurse gave me Haldol 5 mg by injection when I asked for my own lorazepam and I was never told why. I want this looked into. Wendell Ashby, 401-555-0190",
        ),
    ),
    Spec(
        phi=False,
        category="Board meeting minutes",
        notes="Board minutes with finance and census figures; no individual.",
        frm="Board Secretary <board@riverbendcsu.org>",
        to="board.members@riverbendcsu-board.org",
        subject="Draft minutes - 12 March board meeting",
        body="Draft minutes attached for review before April.",
        atts=(
            Att(
                "Board_minutes_20260312.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND CRISIS STABILIZATION UNIT - BOARD OF DIRECTORS",
                        "Minutes, 12 March 2026. Present: 9 of 11 directors.",
                        "Finance: YTD margin 1.8%. Census: 84% occupancy.",
                        "Motion to approve 988 co-location lease: carried.",
                    ],
                    "Board minutes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff wellbeing notice after hard week on unit",
        notes="Hard negative: staff wellbeing notice after a difficult week mentioning EAP and a critical incident in general; no individual.",
        frm="Riverbend HR <hr@riverbendcsu.org>",
        to="all-staff@riverbendcsu.org",
        subject="Looking after yourselves this week",
        body="It has been a hard week on the unit. Northstar EAP offers 6 free confidential sessions to all staff and family members: 1-800-555-0119. A debrief with the chaplain is Thursday at 3 PM.\n\nHR",
    ),
    Spec(
        phi=False,
        category="Vendor BAA renewal",
        notes="BAA renewal correspondence with a telehealth vendor; no PHI.",
        frm="Riverbend Compliance <compliance@riverbendcsu.org>",
        to="legal@vidcarehealth.io",
        subject="BAA renewal - expires 30 April",
        body="Hello,\n\nOur business associate agreement with VidCare expires 30 April. Please send the 2026 version with the updated breach notification clause (notice within 10 business days).\n\nLorna Pratt, Privacy Officer",
    ),
    Spec(
        phi=False,
        category="Research data request with de-identified extract",
        notes="Hard negative: de-identified extract (no names, random study IDs, years only, age bands, 3-digit ZIP) to university researcher under data use agreement.",
        frm="Riverbend Quality <quality@riverbendcsu.org>",
        to="crisis.study@brownpublichealth-research.org",
        subject="De-identified extract per DUA 2026-03",
        body="Attached is the Safe Harbor de-identified extract (no names, MRNs replaced with random study IDs, years only, ages banded, ZIP3).",
        atts=(
            Att(
                "deid_extract_2025.txt",
                "text/plain",
                "study_id\tyear\tage_band\tzip3\tsource\tdispo\tlos_days\nS0001\t2025\t25-34\t028\tpolice\thome\t2\nS0002\t2025\t45-54\t029\t988\tinpatient\t1\nS0003\t2025\t18-24\t028\twalk-in\thome\t3\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Admission confirmation to housing case manager",
        notes="Hard positive: first name + relationship + overdose-reversal detail in a one-paragraph note to a housing case manager.",
        frm="Riverbend Social Work <socialwork@riverbendcsu.org>",
        to="casemanager@crossroadshousing-ri.org",
        subject="Re: your tenant",
        body="Hi Dev - yes, your tenant Tyrell from unit 4B is with us. He was brought in after his girlfriend gave him Narcan on Saturday. He'll likely discharge Thursday to the recovery residence, so the apartment inspection can wait. - Maya",
    ),
]
