"""Meridell Manufacturing Occupational Health: drug screens, fit-for-duty, workers' comp
(18 PHI, 18 not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import OCC, Att, Spec

RN = f'"Colleen Mwangi, RN, COHN" <cmwangi@{OCC}>'
MRO = f'"Dr. Victor Albescu, MRO" <valbescu@{OCC}>'
WC = f"Workers' Comp Coordinator <wc@{OCC}>"
MGR = f'"Raj Patel, Occupational Health Manager" <rpatel@{OCC}>'
HR = "Meridell HR <hr@meridellmfg.com>"
SIG = "\n\nMeridell Occupational Health Services\nPlant 1 Clinic, 700 Foundry Way, Alder Falls\n"
CONF = (
    "\n\nThis message contains confidential employee medical information maintained separately "
    "from personnel files.\n"
)


def _ics(uid: str, start: str, summary: str, desc: str, attendees: list[str]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Meridell OHS//Outlook 16.0//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261106T140000Z",
        f"DTSTART:{start}",
        "DURATION:PT45M",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{desc}",
        f"ORGANIZER:mailto:wc@{OCC}",
    ]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


_HL7 = (
    "MSH|^~\\&|CLEARPATH|CPLAB|MERIDELL_OHS|PLANT1|202611101415||ORU^R01|CP88120|P|2.5.1\r"
    "PID|1||E40-88213^^^MERIDELL^EI||Gustafson^Kyle^R||19910314|M\r"
    "ORC|RE|SPC-5510392\r"
    "OBR|1||SPC-5510392|DOT10^DOT 5-panel urine^L|||20261109\r"
    "OBX|1|ST|AMP^Amphetamines^L||POSITIVE 1240 ng/mL||<500|A|||P\r"
    "OBX|2|ST|THC^Marijuana metab^L||NEGATIVE||<50||||P\r"
    "NTE|1||Confirmed by GC/MS. Pending MRO interview.\r"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*MERIDELLOHS    *ZZ*GRANITEMUTUAL  *261110*1030*^*00501*"
    "000000733*0*P*:~GS*HC*MERIDELLOHS*GRANITEMUTUAL*20261110*1030*733*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*OHS733*20261110*1030*CH~"
    "NM1*85*2*MERIDELL OCCUPATIONAL HEALTH*****XX*1534647296~"
    "NM1*IL*1*FERREIRA*JOAO****MI*WC26004171~DMG*D8*19840902*M~"
    "REF*Y4*WC-26-0417~CLM*OHS26733*385***11:B:1*Y*A*Y*Y~"
    "DTP*439*D8*20261027~HI*ABK:S83.241A~"
    "SV1*HC:99204*245*UN*1~SV1*HC:73721:26*140*UN*1~SE*12*0001~GE*1*733~IEA*1*000000733~"
)

_AUDIO = xlsx(
    {
        "STS 2026": [
            ["Emp ID", "Name", "Dept", "Ear", "Shift (dB)", "Recordable", "Retest"],
            ["E40-77120", "Darnell Hughes", "Stamping", "L", 12, "Y", "11/20/2026"],
            ["E40-80457", "Svetlana Orlova", "Press line 3", "R", 10, "N", "11/20/2026"],
            ["E40-81933", "Brandon Kieffer", "Grinding", "L+R", 15, "Y", "done - hearing aid eval"],
        ],
        "Baseline revisions": [
            ["Emp ID", "Name", "Reason"],
            ["E40-69902", "Arturo Vela", "persistent STS confirmed by audiologist"],
        ],
    }
)

_INVOICE = xlsx(
    {
        "October services": [
            ["Date", "Employee", "Emp ID", "Service", "Fee"],
            [
                "10/02/2026",
                "Tomasz Wierzbicki",
                "E40-90011",
                "Pre-placement physical + vision",
                145,
            ],
            ["10/09/2026", "Kyle Gustafson", "E40-88213", "DOT urine drug screen (random)", 48],
            ["10/14/2026", "Renee Blackhorse", "E40-85520", "Respirator medical eval", 65],
            ["10/27/2026", "Joao Ferreira", "E40-86674", "WC injury visit, knee", 245],
        ],
        "Summary": [["Total", 503], ["Due", "12/05/2026"]],
    }
)

_OSHA = xlsx(
    {
        "300A 2025": [
            ["Field", "Value"],
            ["Establishment", "Meridell Manufacturing - Plant 1"],
            ["Total deaths", 0],
            ["Cases with days away", 7],
            ["Cases with job transfer/restriction", 15],
            ["Other recordable cases", 22],
            ["Injuries", 39],
            ["Hearing loss", 4],
            ["Total hours worked", 1184000],
        ],
        "Rates": [["Metric", "Value"], ["TRIR", 7.4], ["DART", 3.7]],
    }
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="occ_drug_screen_employee_id",
        notes="Hard positive: MRO status to HR identifying the employee only by employee ID, with "
        "a non-negative amphetamine screen pending review.",
        frm=MRO,
        to=HR,
        subject="Random DOT test - status",
        body="HR,\n\nEmployee ID E40-88213 (random selection 11/09): result is NON-NEGATIVE, "
        "pending MRO verification interview. Remove from safety-sensitive duty (forklift/CDL) "
        "until I report a verified result. Do not share with the supervisor beyond the duty "
        "removal.\n\nVictor Albescu, MD, MRO" + CONF,
    ),
    Spec(
        phi=True,
        category="occ_fit_for_duty_pdf",
        notes="Fit-for-duty evaluation PDF: employee name, ID, diagnosis (lumbar radiculopathy), "
        "restrictions and medication.",
        frm=RN,
        to="k.haroldsen@meridellmfg.com",
        subject="Fit for duty determination",
        body="Karen, the FFD determination for your employee is attached. Please keep it out of "
        "the personnel file.\n\nColleen" + SIG,
        atts=(
            Att(
                "FFD_E40-79355.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDELL OCCUPATIONAL HEALTH SERVICES - FITNESS FOR DUTY",
                        "Employee: Lakshmi Narayanan   ID E40-79355   Dept: Assembly",
                        "Evaluation 11/06/2026 by Raj Patel, MD",
                        "Findings: L5 radiculopathy, positive straight leg raise",
                        "Determination: FIT WITH RESTRICTIONS through 12/15/2026",
                        "No lifting > 15 lb; sit/stand option; no forklift (cyclobenzaprine at "
                        "night)",
                    ],
                    "FFD E40-79355",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_workers_comp_claim_carrier",
        notes="Workers' comp carrier update: claim number, employee name, laceration with "
        "sutures and return-to-work date.",
        frm=WC,
        to="adjuster.team4@granitemutual.com",
        subject="Claim WC-26-0433 - medical update",
        body="Hi Sharon,\n\nUpdate on WC-26-0433 (Mateo Ruiz, DOI 11/02/2026): 4 cm laceration "
        "L palm from sheet metal, 6 sutures placed at Plant 1 clinic, tetanus booster given. "
        "Suture removal 11/12, full duty expected 11/16. No lost time so far.\n\n"
        "Workers' Comp Coordinator" + SIG,
    ),
    Spec(
        phi=True,
        category="occ_text_note_employee_number",
        notes="Hard positive: nurse-to-nurse texting note; employee number only, with shoulder "
        "strain, lifting restriction and follow-up.",
        frm=RN,
        to=f"tbaptiste@{OCC}",
        subject="#30517",
        body="#30517 from 2nd shift back in - L shoulder strain worse, kept 20 lb restriction, "
        "naproxen 500 bid, f/u thu w/ Dr P. pls call his sup re light duty. ty",
    ),
    Spec(
        phi=True,
        category="occ_post_accident_results_csv",
        notes="Post-accident drug and alcohol results CSV with names, IDs and results.",
        frm=MRO,
        to=f"rpatel@{OCC}",
        subject="post-accident tests Q4 to date",
        body="Raj - verified results for the post-accident log. One refusal to test is in there.",
        atts=(
            Att(
                "post_accident_Q4.csv",
                "text/csv",
                "date,emp_id,name,test,result\r\n"
                "10/05/2026,E40-83310,Cody Lindahl,breath alcohol,0.000\r\n"
                "10/05/2026,E40-83310,Cody Lindahl,urine 10-panel,negative\r\n"
                "10/22/2026,E40-87741,Shanice Wofford,urine 10-panel,positive oxycodone - no "
                "valid Rx\r\n"
                "11/03/2026,E40-80092,Bill Hagerty,urine 10-panel,refusal (left collection "
                "site)\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_audiometric_sts_xlsx",
        notes="Multi-sheet audiometric standard threshold shift log: names, IDs, hearing loss, "
        "recordable status.",
        frm=f"Hearing Conservation <hearing@{OCC}>",
        to="ehs@meridellmfg.com",
        subject="STS list for OSHA 300 entry",
        body="Attached are the confirmed STS cases for the 300 log (hearing loss column). Two are "
        "recordable.",
        atts=(Att("STS_2026.xlsx", XLSX, _AUDIO),),
    ),
    Spec(
        phi=True,
        category="occ_respirator_clearance_zip",
        notes="Hard positive: body gives only a first name with an asthma flag; the ZIP holds "
        "respirator questionnaires with names, IDs, asthma and metoprolol.",
        frm=RN,
        to=f"rpatel@{OCC}",
        subject="respirator questionnaires for sign-off",
        body="Three respirator questionnaires for your sign-off, zipped. Renee's has the asthma "
        "flag.",
        atts=(
            Att(
                "resp_questionnaires_1106.zip",
                "application/zip",
                zipped(
                    {
                        "Blackhorse_Renee_E40-85520.txt": "Renee Blackhorse, E40-85520, paint "
                        "line. Q: asthma - YES, uses albuterol 2x/week. Q: smoker - no.\n",
                        "Fuentes_Ivan_E40-86002.txt": "Ivan Fuentes, E40-86002, welding. All "
                        "answers no. Cleared half-face APR.\n",
                        "Moe_Kristin_E40-84410.txt": "Kristin Moe, E40-84410, paint line. Q: "
                        "heart palpitations - yes, on metoprolol. Needs PLHCP review.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_flu_tb_compliance_list",
        notes="Flu vaccine and TB test compliance list for clinic staff with names, declinations "
        "and a positive TB test.",
        frm=RN,
        to="supervisors-clinic@meridellmfg.com",
        subject="Flu/TB compliance - who's outstanding",
        body="Outstanding as of today:\n\n- Gwen Ashby: flu declined (egg allergy form on file)\n"
        "- Paolo Mancuso: TB QuantiFERON positive, chest x-ray clear, latent TB, on rifampin\n"
        "- Deja Whitlow: flu shot due\n\nColleen",
    ),
    Spec(
        phi=True,
        category="occ_rtw_conference_invite",
        notes="Hard positive: calendar invite for a return-to-work conference naming the employee "
        "by initial and surname with the comp claim number.",
        frm=WC,
        to="k.haroldsen@meridellmfg.com",
        cc=f"rpatel@{OCC}",
        subject="RTW conference - D. Nakamura (WC-26-0417)",
        body="Return-to-work planning for D. Nakamura after the rotator cuff repair; PT says "
        "6 more weeks before overhead work.",
        ics=_ics(
            "rtw-wc-26-0417@meridell-ohs.com",
            "20261119T150000Z",
            "RTW conference - D. Nakamura (WC-26-0417)",
            "Post rotator cuff repair\\, modified duty options",
            ["k.haroldsen@meridellmfg.com", f"rpatel@{OCC}"],
        ),
    ),
    Spec(
        phi=True,
        category="occ_dot_physical_driver",
        notes="DOT physical result to a driver's personal mailbox: name, licence number, "
        "hypertension and one-year card.",
        frm=f"Dr. Raj Patel <rpatel@{OCC}>",
        to="marcus.oyelowo@gmail.com",
        subject="Your DOT medical card",
        body="Hi Marcus,\n\nYour medical examiner's certificate is attached. Because your blood "
        "pressure was 152/94 on lisinopril, the card is valid for 1 year (expires 11/06/2027) "
        "instead of 2. CDL MN C482-915-770-331 is listed on it. Keep taking your BP meds.\n\n"
        "Dr. Patel",
        atts=(
            Att(
                "MEC_Oyelowo.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDELL OCCUPATIONAL HEALTH - MEDICAL EXAMINER'S CERTIFICATE",
                        "Driver: Marcus Oyelowo  DOB 02/11/1976  CDL MN C482-915-770-331",
                        "Meets standards; qualified for 1 year (hypertension stage 1, treated)",
                        "Examiner: Raj Patel, MD  NPI 1534647296  Registry 3318204471",
                    ],
                    "MEC",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_wife_forward_injury",
        notes="Reply to an injured employee's wife (forwarded original): husband's name, knee "
        "injury, MRI and claim status.",
        frm=WC,
        to="paula.ferreira@outlook.com",
        subject="Re: Joao's knee - when is the MRI",
        body="Hi Paula,\n\nJoao signed the release so I can update you: the MRI is approved by "
        "Granite Mutual and scheduled Friday 11/13 at 8:30 at Alder Falls Imaging. The claim "
        "number is WC-26-0417. He stays on seated duty until the results.\n\nWorkers' Comp "
        "Coordinator",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="inner",
            frm="Paula Ferreira <paula.ferreira@outlook.com>",
            to=f"wc@{OCC}",
            subject="Joao's knee - when is the MRI",
            body="Hello, my husband Joao Ferreira hurt his knee at work on Oct 27 and still can't "
            "climb stairs. Nobody told him when the MRI is. Can you tell me?\nPaula",
        ),
    ),
    Spec(
        phi=True,
        category="occ_uds_hl7_result",
        notes="HL7 ORU urine drug screen from the lab: employee name, employee ID, DOB, positive "
        "amphetamines.",
        frm="ClearPath Labs Results <results@clearpathlabs.com>",
        to=f"mro-inbox@{OCC}",
        subject="Result available: SPC-5510392",
        body="A confirmed result is attached for MRO review.",
        atts=(Att("SPC-5510392.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="occ_filename_only_mri",
        notes="Hard positive: PHI only in the file name (employee name, comp claim, knee MRI); "
        "the body says 'Attached.' and the PDF is a fax cover.",
        frm=WC,
        to="adjuster.team4@granitemutual.com",
        subject="as requested",
        body="Attached.",
        atts=(
            Att(
                "WC_claim_Ferreira_Joao_knee_MRI_report.pdf",
                "application/pdf",
                pdf(
                    ["MERIDELL OCCUPATIONAL HEALTH SERVICES", "Fax cover", "Pages: 3"],
                    "Fax cover",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_vehicle_plate_post_accident",
        notes="Hard positive: post-accident note identifying the driver by company truck plate, "
        "with breath alcohol result and neck pain.",
        frm=RN,
        to="fleetsafety@meridellmfg.com",
        subject="truck MN 4RT-559 incident",
        body="Driver of company truck MN 4RT-559 (yard collision this am): breath alcohol 0.000, "
        "urine collected, c/o neck pain, sent to St. Brendan's ED for c-spine imaging. Please "
        "don't put the results in the fleet file.\n\nColleen",
    ),
    Spec(
        phi=True,
        category="occ_hearing_followup_employee",
        notes="Hearing conservation follow-up to an employee's personal mailbox: name, hearing "
        "shift and audiologist referral.",
        frm=f"Hearing Conservation <hearing@{OCC}>",
        to="svetlana.orlova@hotmail.com",
        subject="Your hearing test follow-up",
        body="Dear Svetlana,\n\nYour annual hearing test on 10/28 showed a 10 dB shift in your "
        "right ear compared to your baseline. Please come for a retest on 11/20 at 6:45 am "
        "(before shift), and wear your earplugs every day in Press line 3.\n\nHearing "
        "Conservation Program",
    ),
    Spec(
        phi=True,
        category="occ_froi_docx",
        notes="Workers' comp first report of injury DOCX: employee name, SSN, address and burn "
        "injury.",
        frm=WC,
        to="froi@granitemutual.com",
        subject="FROI - new claim",
        body="First report of injury attached, please assign a claim number.",
        atts=(
            Att(
                "FROI_Adebayo.docx",
                DOCX,
                docx(
                    [
                        "Employer's First Report of Injury - Meridell Manufacturing",
                        "Employee: Folake Adebayo  SSN 412-67-3390  DOB 08/14/1989",
                        "Address: 2716 Juniper Ln, Alder Falls MN 56014",
                        "Date of injury 11/08/2026, 22:40, Plant 1 heat treat",
                        "Second-degree burns R forearm (8 x 5 cm), silver sulfadiazine, seen at "
                        "Plant 1 clinic then burn clinic referral",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occ_invoice_employee_services_xlsx",
        notes="Clinic invoice to the employer listing employees by name and ID with services "
        "(drug screen, WC knee visit).",
        frm=f"Billing <billing@{OCC}>",
        to="ap@meridellmfg.com",
        subject="OHS invoice October 2026",
        body="October invoice with service detail attached.",
        atts=(Att("OHS_invoice_2026-10.xlsx", XLSX, _INVOICE),),
    ),
    Spec(
        phi=True,
        category="occ_subject_name_vision_fail",
        notes="Hard positive: subject carries the employee's name and failed vision test; "
        "body only asks about a retest.",
        frm=RN,
        to=HR,
        subject="Pre-placement physical - Tomasz Wierzbicki - failed vision",
        body="can he retest with his glasses next week? start date would move to 11/23.",
    ),
    Spec(
        phi=True,
        category="occ_x12_837_wc_claim",
        notes="X12 837 workers' comp bill: employee name, claim number, DOB, knee meniscus tear "
        "ICD-10.",
        frm=f"Billing <billing@{OCC}>",
        to="edi@granitemutual.com",
        subject="837 batch 733",
        body="Batch 733 attached. Encrypted transfer is down so sending by mail per Sharon.",
        atts=(Att("OHS_837_733.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="occ_encrypted_zip_ffd",
        notes="Hard positive: encrypted ZIP of a psychiatric fitness-for-duty report; the body "
        "names the employee and the evaluation type.",
        frm=MGR,
        to="legal@meridellmfg.com",
        subject="FFD - psych eval",
        body="Gina, the psychiatric fitness-for-duty report for Brett Calloway (E40-82257, "
        "referred after the 10/30 incident, on leave) is attached, zip password by phone.\n\nRaj",
        atts=(
            Att(
                "FFD_psych_E40-82257.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "report.txt": "Brett Calloway: major depressive episode, fit to return "
                        "with weekly counseling."
                    },
                    "Meridell!2026",
                ),
            ),
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="occ_drug_testing_policy",
        notes="Hard negative: drug and alcohol testing policy update (panels, cutoffs, oral "
        "fluid), no employee.",
        frm=MGR,
        to="all-employees@meridellmfg.com",
        subject="Updated drug & alcohol testing policy - effective Jan 1",
        body="Key changes:\n\n1. DOT-covered drivers: oral fluid testing added as an option.\n"
        "2. Non-DOT panel expands to 10 drugs incl. fentanyl and oxycodone.\n3. Cannabis: "
        "positive THC remains a violation for safety-sensitive jobs.\n4. Refusal to test = "
        "positive.\n\nThe full policy is on the intranet. Questions: Raj Patel, x2210.",
    ),
    Spec(
        phi=False,
        category="occ_osha_300a_aggregate",
        notes="Hard negative: OSHA 300A summary workbook, counts and rates only.",
        frm="EHS <ehs@meridellmfg.com>",
        to=f"rpatel@{OCC}",
        subject="2025 300A for posting",
        body="Final 300A attached for posting Feb 1. Hearing loss cases: 4. TRIR 7.4.",
        atts=(Att("OSHA_300A_2025.xlsx", XLSX, _OSHA),),
    ),
    Spec(
        phi=False,
        category="occ_heat_illness_toolbox",
        notes="Safety toolbox talk on heat illness symptoms and first aid.",
        frm=RN,
        to="shift-leads@meridellmfg.com",
        subject="Toolbox talk: heat stress in the foundry",
        body="Talk for this week: heat exhaustion vs heat stroke. Signs: heavy sweating, cramps, "
        "confusion. Move to cool area, water, call 911 if confused or not sweating. Water "
        "stations at bays 4 and 9.",
    ),
    Spec(
        phi=False,
        category="occ_lab_vendor_invoice",
        notes="Hard negative: lab vendor invoice with SSN-shaped account number and collection "
        "counts.",
        frm="ClearPath Labs AR <ar@clearpathlabs.com>",
        to=f"billing@{OCC}",
        subject="Statement - account 503-41-2286",
        body="October statement for account 503-41-2286: 212 urine collections, 38 breath alcohol "
        "tests, 9 MRO reviews. Amount due $6,118.00.",
    ),
    Spec(
        phi=False,
        category="occ_flu_clinic_invite",
        notes="Hard negative: all-staff flu shot clinic calendar invite.",
        frm=RN,
        to="all-employees@meridellmfg.com",
        subject="Flu shot clinic - Plant 1 cafeteria",
        body="Free flu shots for employees and spouses on our plan. No appointment needed.",
        ics=_ics(
            "flu-2026@meridell-ohs.com",
            "20261117T120000Z",
            "Flu shot clinic - Plant 1 cafeteria",
            "Bring your badge. Quadrivalent and high-dose available.",
            ["all-employees@meridellmfg.com"],
        ),
    ),
    Spec(
        phi=False,
        category="occ_mro_contract_npi",
        notes="Hard negative: MRO services contract renewal with the physician's NPI and "
        "certification.",
        frm=MGR,
        to="contracts@albescumro.com",
        subject="MRO agreement renewal 2027",
        body="Dr. Albescu,\n\nRenewal attached: per-review fee $28, 24-hour turnaround. Please "
        "confirm NPI 1495609152 and MROCC certification expiry for our vendor file.\n\nRaj Patel",
    ),
    Spec(
        phi=False,
        category="occ_payroll_employee_ids",
        notes="Hard negative: payroll correction listing employee IDs and hours; no health "
        "information.",
        frm="Payroll <payroll@meridellmfg.com>",
        to=f"rpatel@{OCC}",
        subject="Clinic staff timecard corrections",
        body="Corrections for pay period ending 11/07:\n\nE40-60118  +2.0 h OT\nE40-61207  "
        "shift differential missing\nE40-66540  holiday pay 11/11\n\nPlease approve by noon.",
    ),
    Spec(
        phi=False,
        category="occ_job_posting_ohn",
        notes="Job posting for an occupational health nurse (HTML only).",
        frm=HR,
        to="r.castellano.rn@yahoo.com",
        subject="Occupational Health Nurse - Plant 1",
        body="",
        html="<html><body><p>Hi Rosa, as promised, the posting. We interview the week of "
        "11/30.</p><h3>Occupational Health Nurse (RN)</h3><p>Meridell Manufacturing, "
        "Alder Falls MN. Case management, DOT collections, hearing conservation, first aid. "
        "COHN preferred. Day shift.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="occ_forklift_inspection_units",
        notes="Hard negative: forklift inspection schedule with unit numbers and plates.",
        frm="Fleet Safety <fleetsafety@meridellmfg.com>",
        to="shift-leads@meridellmfg.com",
        subject="Forklift + truck inspections next week",
        body="FL-07, FL-12, FL-19: annual inspection Mon. Yard truck MN 4RT-559 and MN 8BX-204: "
        "DOT annual Wed. Tag out any unit with hydraulic leaks.",
    ),
    Spec(
        phi=False,
        category="occ_test_records_portal",
        notes="Hard negative: drug-testing portal go-live test with synthetic donors clearly "
        "labelled TEST.",
        frm=MGR,
        to="implementation@clearpathlabs.com",
        subject="Portal UAT - results not posting",
        body="UAT results for the synthetic donors:\n\nTEST DONOR ALPHA  ID TEST-0001  simulated "
        "positive AMP - didn't route to MRO queue\nTEST DONOR BRAVO  ID TEST-0002  simulated "
        "negative - posted OK\n\nAll UAT records are fake. Can we retest Thursday?",
    ),
    Spec(
        phi=False,
        category="occ_ergonomics_newsletter_html",
        notes="Hard negative: ergonomics newsletter (HTML only) on back pain and carpal tunnel "
        "prevention.",
        frm=f"Meridell Occupational Health <news@{OCC}>",
        to="all-employees@meridellmfg.com",
        subject="Healthy at Work: your back and your wrists",
        body="",
        html="<html><body><h2>Healthy at Work - November</h2><p>Back strains are our #1 injury. "
        "Lift with your legs, use the lift assists on line 2.</p><p>Carpal tunnel: rotate "
        "tasks, report tingling early.</p><table border='1'><tr><td>Injuries YTD</td><td>31"
        "</td></tr><tr><td>Days since lost-time</td><td>47</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="occ_ffd_procedure_docx",
        notes="Hard negative: fitness-for-duty procedure DOCX (policy document).",
        frm=MGR,
        to="policy-committee@meridellmfg.com",
        subject="FFD procedure rev 4 for approval",
        body="Rev 4 attached: clarifies that supervisors receive only the duty status, never the "
        "diagnosis.",
        atts=(
            Att(
                "FFD_procedure_rev4.docx",
                DOCX,
                docx(
                    [
                        "Meridell Fitness-for-Duty Procedure, Rev 4",
                        "1. Referral by supervisor for observed impairment.",
                        "2. Evaluation by OHS physician; psychiatric evaluations by contracted "
                        "psychiatrist.",
                        "3. Outcome to HR: fit / fit with restrictions / not fit. No diagnosis.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="occ_text_collection_supplies",
        notes="Hard negative: texting-style note about urine cups and breathalyzer calibration.",
        frm=f'"Tessa Baptiste, MA" <tbaptiste@{OCC}>',
        to=RN,
        subject="plant 2 site",
        body="plant 2 collection site out of split-spec cups + temp strips. breathalyzer due for "
        "calibration fri. can u send courier? ty",
    ),
    Spec(
        phi=False,
        category="occ_wc_experience_mod",
        notes="Hard negative: workers' comp experience modifier letter, aggregate loss data.",
        frm="Underwriting <uw@granitemutual.com>",
        to=MGR,
        subject="2027 experience modification factor",
        body="Your 2027 EMR is 0.91 (down from 1.04). 3-year losses: 18 claims, $412k incurred. "
        "Premium estimate attached in the renewal packet.",
    ),
    Spec(
        phi=False,
        category="occ_conference_agenda",
        notes="Conference agenda (occupational medicine), speaker names and topics.",
        frm=MGR,
        to=f"clinic-staff@{OCC}",
        subject="AOHP/ACOEM regional - agenda",
        body="Sessions I'd like us to cover:\n- Fentanyl exposure myths in first responders - "
        "Dr. Helen Szabo, toxicology\n- Noise-induced hearing loss update\n- Cannabis and "
        "safety-sensitive work\n\nSign up by 12/1.",
    ),
    Spec(
        phi=False,
        category="occ_it_password_notice",
        notes="IT notice about the clinic software password policy.",
        frm="IT Service Desk <servicedesk@meridellmfg.com>",
        to=f"clinic-staff@{OCC}",
        subject="Clinic EHR: MFA required from 11/16",
        body="From Monday, the OHS clinic EHR requires MFA. Enroll at https://sso.meridellmfg.com/"
        "mfa. Sessions will time out after 10 minutes idle.",
    ),
    Spec(
        phi=False,
        category="occ_hearing_trend_deidentified",
        notes="Hard negative: de-identified hearing-loss trend by department (percentages).",
        frm=f"Hearing Conservation <hearing@{OCC}>",
        to="ehs@meridellmfg.com",
        subject="Hearing loss trends by department",
        body="Share of tested workers with an STS, 2022 -> 2026:\n\nStamping 6% -> 4%\nPress "
        "line 3 5% -> 7%\nGrinding 8% -> 3%\n\nPress line 3 needs a noise survey. No "
        "individual data included.",
    ),
    Spec(
        phi=False,
        category="occ_training_roster",
        notes="Hard negative: respirator fit-training completion roster (training records, "
        "not medical).",
        frm="Training <training@meridellmfg.com>",
        to="shift-leads@meridellmfg.com",
        subject="Respirator training completion",
        body="Completed annual respirator training 11/05: Renee Blackhorse, Ivan Fuentes, Kristin "
        "Moe, Dale Sorensen. Still due: Sam Okoro, Lina Haddad.",
    ),
]

MESSAGES: list[Spec] = PHI + CLEAN
