"""Outbound mail of Kestrel Valley Cardiac Rehabilitation, a hospital-affiliated programme (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nKestrel Valley Cardiac Rehabilitation\n90 Millrace Drive, Kestrel Valley, OH | 555-0150"

_PROGRESS_DOCX = docx(
    [
        "KESTREL VALLEY CARDIAC REHABILITATION - 12-SESSION PROGRESS REPORT",
        "Participant: Harold Benning   DOB: 08/03/1954   Referring dx: NSTEMI with DES to LAD 08/2026",
        "Sessions attended: 12 of 12   Peak workload: 3.1 -> 5.4 METs",
        "Resting BP 142/86 -> 128/78; weight 212 -> 206 lb; PHQ-9 11 -> 6",
        "Symptoms: one episode of exertional chest tightness session 7, resolved with rest; ECG unchanged.",
        "Plan: continue 24 more sessions; start resistance training; dietitian follow-up for LDL 96.",
        "Exercise physiologist: Corinne Balogun, MS, ACSM-CEP",
    ]
)

_ATTEND_CSV = (
    "member_id,last_name,first_name,dob,session_date,cpt,units\n"
    "KVH30017725,Benning,Harold,1954-08-03,2026-10-05,93798,1\n"
    "KVH30017725,Benning,Harold,1954-08-03,2026-10-07,93798,1\n"
    "KVH41108391,Ferreira,Rosa,1960-01-27,2026-10-05,93798,1\n"
    "KVH52290017,Tallis,Marcus,1948-06-19,2026-10-06,G0422,1\n"
    "KVH52290017,Tallis,Marcus,1948-06-19,2026-10-08,G0422,1\n"
)

_X12_270 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*KESTRELREHAB   *ZZ*BUCKEYEUNITED  *261012*0905*^*00501*000000231*0*P*:",
            "GS*HS*KESTRELREHAB*BUCKEYEUNITED*20261012*0905*231*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*KVR231*20261012*0905",
            "HL*1**20*1",
            "NM1*PR*2*BUCKEYE UNITED HEALTH*****PI*60054",
            "HL*2*1*21*1",
            "NM1*1P*2*KESTREL VALLEY CARDIAC REHABILITATION*****XX*1443530898",
            "HL*3*2*22*0",
            "TRN*1*KVR-ELIG-0231*1443530898",
            "NM1*IL*1*NAKAMURA*KENJI****MI*BUH778214009",
            "DMG*D8*19570930*M",
            "DTP*291*D8*20261014",
            "EQ*BG",
            "SE*13*0001",
            "GE*1*231",
            "IEA*1*000000231",
        ]
    )
    + "~\n"
)

_X12_837I = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*KESTRELREHAB   *ZZ*HARBORCLEAR    *261014*1610*^*00501*000000588*0*P*:",
            "GS*HC*KESTRELREHAB*HARBORCLEAR*20261014*1610*588*X*005010X223A2",
            "ST*837*0001*005010X223A2",
            "BHT*0019*00*KVR588*20261014*1610*CH",
            "NM1*85*2*KESTREL VALLEY CARDIAC REHABILITATION*****XX*1443530898",
            "HL*1**20*1",
            "HL*2*1*22*0",
            "SBR*P*18*******MB",
            "NM1*IL*1*TALLIS*MARCUS****MI*4TW7KD3HJ52",
            "DMG*D8*19480619*M",
            "CLM*KVR-588-01*418.00***13:A:1**A*Y*Y",
            "HI*ABK:I50.22*ABF:Z95.1",
            "LX*1",
            "SV2*0943*HC:G0422*418.00*UN*2",
            "SE*13*0001",
            "GE*1*588",
            "IEA*1*000000588",
        ]
    )
    + "~\n"
)

_COHORT_XLSX = xlsx(
    {
        "Oct cohort": [
            ["Init", "MRN", "Dx", "Start", "EF", "Risk"],
            ["H.B.", "20566104", "NSTEMI/DES", "2026-09-14", "50", "moderate"],
            ["R.F.", "20571877", "CABG x3", "2026-09-21", "45", "moderate"],
            ["M.T.", "20380041", "HFrEF", "2026-09-28", "25", "high"],
            ["K.N.", "20611529", "TAVR", "2026-10-05", "60", "low"],
        ],
        "Events": [
            ["MRN", "Date", "Event"],
            ["20380041", "2026-10-08", "SBP 84 after cycle, held session"],
        ],
        "Staffing": [
            ["Day", "EP on floor", "RN"],
            ["Mon", "Corinne", "Aldo"],
        ],
    }
)

_REGISTRY_XLSX = xlsx(
    {
        "Outcomes": [
            ["Measure", "Q2 2026", "Q3 2026"],
            ["Enrolled", 118, 131],
            ["Completed 36 sessions (%)", 61.0, 64.9],
            ["Mean METs gain", 2.1, 2.3],
            ["PHQ-9 improved >=5 points (%)", 38.0, 41.2],
        ],
        "Referral sources": [
            ["Source", "Referrals"],
            ["Marlow General inpatient", 74],
            ["Brightwater Heart Associates", 39],
            ["Other", 18],
        ],
        "Safety": [
            ["Event type", "Count"],
            ["EMS activation", 1],
            ["Falls", 0],
        ],
    }
)

_FMLA_PDF = pdf(
    [
        "KESTREL VALLEY CARDIAC REHABILITATION",
        "Certification of Health Care Provider - Employee's Serious Health Condition (WH-380-E excerpt)",
        "Employee: Rosa Ferreira   Employer: Dunmore Tool & Die",
        "Condition: coronary artery bypass graft x3 on 09/08/2026; enrolled in phase II cardiac rehabilitation.",
        "Treatment schedule: 3 sessions per week, Mon/Wed/Fri 7:00-8:30 am, through 12/18/2026.",
        "Intermittent leave needed for sessions; full-time return anticipated 11/02/2026 with restrictions.",
        "Medical director: Dr. Evelyn Saucedo, NPI: 1262810793",
    ],
    "FMLA certification",
)

_LEGAL_PDF = pdf(
    [
        "KESTREL VALLEY CARDIAC REHABILITATION - PARTICIPATION SUMMARY",
        "Participant: Walter Kaminski   DOB 11/30/1952",
        "Referral diagnosis: ischemic cardiomyopathy, LVAD implanted 06/2026",
        "Sessions completed: 22 of 36 (withdrew 09/30/2026 due to driveline infection)",
        "Functional capacity at discharge: 6MWT 288 m",
        "Prepared for: Gellar Disability Law, at the participant's written request.",
    ],
    "Participation summary - Kaminski",
)

_SCAN_TXT = (
    "[OCR - fax page 1 of 2 - 10/13/2026 08:41]\n"
    "KESTREL VALLEY CARDIAC REHAB  REFERRAL / INTAKE\n"
    "PT NAME: OLUWASEUN ADEBAYO-CLARKE      DOB: 04/ 9/1966\n"
    "PHONE: 555-0172     SSN: 417-62-3398\n"
    "INS: Buckeye United  ID BUH55102396\n"
    "DX: I21.4 NSTEMI  s/p PCI RCA 10/02/26   EF 45%\n"
    "MEDS: ASA 81, TICAGRELOR 90 BID, ATORVA 80, METOP SUCC 25\n"
    "PHASE II  x36  START ASAP     SIGNED: ___illegible___ MD\n"
)

_EXRX_DOCX = docx(
    [
        "KESTREL VALLEY CARDIAC REHABILITATION - INDIVIDUALIZED EXERCISE PRESCRIPTION (TEMPLATE)",
        "Participant name: ______________   Referral diagnosis: ______________",
        "Target heart rate range: ____ to ____ bpm   RPE target: 11-14",
        "Modes: treadmill / recumbent stepper / arm ergometer",
        "Progression: increase duration by 5 minutes per week to 40 minutes, then intensity.",
        "Guidance: hold exercise for resting SBP > 200 or < 90, new arrhythmia, or angina.",
    ]
)

_QI_DOCX = docx(
    [
        "KVR Quality & Safety Committee - minutes, October 9, 2026",
        "Present: Dr. Saucedo (chair), C. Balogun, A. Ruiz RN, P. Delaney (hospital risk management)",
        "1. Q3 safety: one EMS activation (participant transported, stable); no falls; two hypoglycemia events treated per protocol.",
        "2. Protocol review: pre-exercise glucose check for insulin users - keep threshold 100 mg/dL.",
        "3. Completion rate 64.9%; transportation is the top barrier - explore ride-share vouchers.",
        "Next meeting January 8.",
    ]
)

_EQUIP_CSV = (
    "asset_tag,equipment,model,serial,location,last_pm\n"
    "KV-0112,Treadmill,Trackmaster TMX428,TMX428-19-44871,Gym A,2026-04-02\n"
    "KV-0113,Treadmill,Trackmaster TMX428,TMX428-19-44872,Gym A,2026-04-02\n"
    "KV-0120,Recumbent stepper,NuStep T5XR,T5XR-22-10933,Gym B,2026-05-18\n"
    "KV-0131,Telemetry receiver,Q-Tel RMS,QT-2087-5521,Nurse station,2026-06-30\n"
)

_GRAD_PHOTO = png(8, 6, (90, 140, 200))

_PLAYLIST_TXT = (
    "Kestrel Valley gym playlist - October (licensed via StudioTunes business plan)\n"
    "Warm-up 100-110 bpm: 12 tracks\nAerobic 120-130 bpm: 20 tracks\nCool-down 80-90 bpm: 8 tracks\n"
)

_ICS_SESSION = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kestrel Valley Cardiac Rehab//EN\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\nUID:kvr-intake-20261014-nakamura@kestrelvalleyrehab.org\n"
    "DTSTAMP:20261012T140000Z\nDTSTART:20261014T130000Z\nDTEND:20261014T143000Z\n"
    "SUMMARY:Cardiac rehab orientation - Kenji Nakamura (post-TAVR)\n"
    "LOCATION:Kestrel Valley Cardiac Rehabilitation, 90 Millrace Drive, Gym B\n"
    "DESCRIPTION:Wear walking shoes. Bring your medication list and your TAVR discharge papers. "
    "We will do a 6-minute walk test.\n"
    "ATTENDEE;CN=Kenji Nakamura:mailto:kenji.nakamura57@yahoo.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

_ICS_STAFF = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kestrel Valley Cardiac Rehab//EN\nMETHOD:REQUEST\n"
    "BEGIN:VEVENT\nUID:kvr-staff-20261022@kestrelvalleyrehab.org\n"
    "DTSTAMP:20261012T140000Z\nDTSTART:20261022T170000Z\nDTEND:20261022T180000Z\n"
    "SUMMARY:Staff meeting + ACLS megacode practice\n"
    "LOCATION:KVR conference room\n"
    "DESCRIPTION:Agenda: holiday schedule, new treadmill training, megacode scenarios.\n"
    "ATTENDEE;CN=KVR Staff:mailto:staff@kestrelvalleyrehab.org\n"
    "ATTENDEE;CN=Aldo Ruiz RN:mailto:aldo.ruiz@marlowgeneral.org\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

_DONOR_ZIP = zipped(
    {
        "thank_you_letter.docx": docx(
            [
                "Dear friends of the Kestrel Valley Heart Fund,",
                "Your gift bought two recumbent steppers and funded 140 transportation vouchers in 2026.",
                "Completion rates rose from 58% to 65% among participants who received vouchers.",
            ]
        ),
        "impact_numbers.csv": "year,participants,vouchers,completion_pct\n2025,452,0,58.1\n2026,489,140,64.9\n",
        "gym_photo_empty_room.png": png(5, 5, (120, 180, 120)),
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="Rehab progress report DOCX to referring cardiologist",
        notes="Hard positive: the participant's name appears only in the DOCX and its file name (with DOB, NSTEMI, METs, BP, PHQ-9); body says just 'your patient'.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="cokafor@brightwaterheart.com",
        subject="12-session progress report",
        body="Dr. Okafor,\n\nAttached is the 12-session progress report for your patient. He is doing well overall; please note the one episode of chest tightness on session 7.\n\nCorinne Balogun, MS, ACSM-CEP"
        + SIG,
        atts=(Att("KVR_progress_Benning_H.docx", DOCX, _PROGRESS_DOCX),),
    ),
    Spec(
        phi=True,
        category="Session attendance CSV to health plan",
        notes="CSV of members with IDs, names, DOBs, rehab session dates and CPT codes sent to the payer.",
        frm="KVR Billing <billing@kestrelvalleyrehab.org>",
        to="ccr.audit@buckeyeunitedhealth.com",
        subject="Attendance documentation for audit request AR-77120",
        body="Attached is the attendance log requested in AR-77120 for dates of service 10/05-10/08. Signed session notes are available on request.\n\nKVR Billing"
        + SIG,
        atts=(Att("AR-77120_attendance.csv", "text/csv", _ATTEND_CSV),),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for new participant",
        notes="Hard positive: the 270 attachment carries the participant's name, member ID and DOB for a rehab eligibility check; body is generic.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="edi-eligibility@buckeyeunitedhealth.com",
        subject="270 - manual submission",
        body="Portal is down again, sending the 270 by e-mail per your rep's instructions. Please return the 271.",
        atts=(Att("KVR_270_0231.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="X12 837I rehab claim to clearinghouse",
        notes="Hard positive: 837I attachment names the Medicare beneficiary with MBI and heart-failure rehab claim; body is one line.",
        frm="KVR Billing <billing@kestrelvalleyrehab.org>",
        to="submissions@harborclear.net",
        subject="837I batch 588",
        body="Batch 588 attached.",
        atts=(Att("KVR_837I_588.x12", "application/edi-x12", _X12_837I),),
    ),
    Spec(
        phi=True,
        category="Session incident note to participant's husband",
        notes="Hard positive: husband addressed by first name, wife 'Linda' with low blood pressure and a held rehab session; surname only in his mailbox address.",
        frm="Aldo Ruiz RN <aruiz@kestrelvalleyrehab.org>",
        to="tom.brennecke.mech@gmail.com",
        subject="Today at rehab",
        body="Hi Tom,\n\nJust letting you know Linda felt light-headed on the treadmill this morning and her BP was 88/54, so we stopped her session. She rested, had juice, and was 112/70 when she left. We faxed Dr. Whitby about possibly lowering her carvedilol. Please make sure she drinks enough before Wednesday.\n\nAldo",
    ),
    Spec(
        phi=True,
        category="Phase II enrolment welcome to participant",
        notes="Welcome mail naming the participant with start date and CABG referral, to his gmail.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="marcus.tallis48@gmail.com",
        subject="Welcome to cardiac rehab, Marcus",
        body="Dear Marcus Tallis,\n\nWelcome to Kestrel Valley Cardiac Rehabilitation. Dr. Raman's referral for heart failure rehabilitation has been approved by Medicare. Your first session is Monday, October 19 at 9:00 am. Bring your medications, your weight log, and the LifeVest if you are still wearing it.\n\nSee you soon!"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Orientation calendar invite naming participant and procedure",
        notes="Calendar invite to participant's yahoo with his name, post-TAVR status and orientation date.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="kenji.nakamura57@yahoo.com",
        subject="Orientation - Wednesday",
        body="Mr. Nakamura, please accept the attached invitation for your orientation visit.",
        ics=_ICS_SESSION,
    ),
    Spec(
        phi=True,
        category="Graduation photo named after participant sent to newsletter",
        notes="Hard positive: participant's full name only in the photo's file name; body adds her first name, bypass surgery and rehab completion for an outside newsletter.",
        frm="Community Outreach <outreach@kestrelvalleyrehab.org>",
        to="editor@kestrelvalleygazette.com",
        subject="Photo for the Heart Month feature",
        body="Hi Paula,\n\nHere is the photo of Rosa with her certificate after finishing all 36 sessions after her bypass surgery. Could it run with the 'Back to the dance floor' story?\n\nThanks, Outreach",
        atts=(Att("ferreira_rosa_graduation.png", "image/png", _GRAD_PHOTO),),
    ),
    Spec(
        phi=True,
        category="FMLA certification PDF to employer HR",
        notes="PDF names the employee with CABG and rehab schedule; sent to the employer.",
        frm="KVR Medical Director Office <director@kestrelvalleyrehab.org>",
        to="leave.admin@dunmoretool.com",
        subject="FMLA certification - R. Ferreira",
        body="Attached is the completed provider certification you requested. The employee signed a release on 10/06.\n\nOffice of Dr. Saucedo"
        + SIG,
        atts=(Att("FMLA_cert_Ferreira.pdf", "application/pdf", _FMLA_PDF),),
    ),
    Spec(
        phi=True,
        category="Dietitian meal plan with lab values to participant",
        notes="Participant named with A1c, LDL and diabetes medication in nutrition advice, sent to yahoo.",
        frm="Yvette Carrow RD <ycarrow@kestrelvalleyrehab.org>",
        to="h.benning54@yahoo.com",
        subject="Your eating plan after today's visit",
        body=(
            "Hi Harold,\n\nGreat talking with you today. As we discussed, your A1c of 8.1 and LDL of 96 mean "
            "we want fewer refined carbs and less saturated fat. Since you started Jardiance, keep drinking "
            "water through the day.\n\n- Breakfast: steel-cut oats, walnuts, berries\n- Lunch: big salad with "
            "beans or salmon\n- Dinner: half the plate vegetables\n\nBring your food log on Friday.\n\nYvette"
        ),
    ),
    Spec(
        phi=True,
        category="Cohort workbook with initials and MRNs sent to personal gmail",
        notes="Hard positive: multi-sheet workbook with initials, MRNs, diagnoses and an event, sent to the director's personal gmail (misdirected).",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="evelyn.saucedo.md@gmail.com",
        subject="for your review tonight",
        body="Evelyn - the cohort sheet you asked for, so you can look at it from home. Events tab has the hypotension from Thursday.\n\nC.",
        atts=(Att("oct_cohort.xlsx", XLSX, _COHORT_XLSX),),
    ),
    Spec(
        phi=True,
        category="LVAD exercise question with diagnosis only in subject",
        notes="Hard positive: the participant's initial and surname with 'post-LVAD' appear only in the subject; body asks about ergometer use.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="vad.coordinator@stcolumbamedical.org",
        subject="Question re: W. Kaminski post-LVAD",
        body="Hi Joanne, is he OK to use the arm ergometer now, or should we keep to walking only? Thanks. Corinne",
    ),
    Spec(
        phi=True,
        category="Adverse event report to hospital risk management",
        notes="Incident report names the participant, chest pain on treadmill, ECG changes and EMS transport.",
        frm="Aldo Ruiz RN <aruiz@kestrelvalleyrehab.org>",
        to="riskmanagement@marlowgeneral.org",
        subject="Incident report - KVR 10/08",
        body=(
            "Event: chest pain during exercise\nParticipant: Gideon Marsh-Altman, 71, MRN 20599310\n"
            "At 08:22 on 10/08, 14 min into treadmill at 3.0 mph/2%, participant reported 6/10 chest pressure. "
            "Telemetry showed 2 mm ST depression V4-V6. NTG 0.4 mg SL x1, pain 2/10. EMS called 08:26, transported "
            "to Marlow General ED 08:41. Family (wife) notified.\n\nReported by A. Ruiz RN"
        ),
    ),
    Spec(
        phi=True,
        category="Tobacco cessation referral for participant",
        notes="Referral names the participant with phone, smoking status and cardiac history to an outside quit programme.",
        frm="Yvette Carrow RD <ycarrow@kestrelvalleyrehab.org>",
        to="referrals@ohioquitline.org",
        subject="Referral - quitline",
        body="Referral for Darnell Whitfield, 555-0176 (best after 5 pm). 58 y/o, smokes 1 ppd, recent STEMI with stent 09/2026, in our cardiac rehab program. Interested in patch + counselling. He consented to this referral on 10/12.\n\nYvette Carrow, RD",
    ),
    Spec(
        phi=True,
        category="Forward of participant's depression disclosure to contracted psychologist",
        notes="Forwarded participant e-mail names her with depression and missed rehab sessions; sent to the programme's outside psychologist.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="dr.ilse.moreau@valleymindcounseling.com",
        subject="Fwd: not coming this week",
        body="Dr. Moreau, forwarding with her permission (she said we could share). PHQ-9 was 16 on Friday. Could you see her this week?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Patrice Dumont <patrice.dumont@hotmail.com>",
            to="cbalogun@kestrelvalleyrehab.org",
            subject="not coming this week",
            body="Corinne, I won't make it to rehab this week. Since the heart attack I can't get out of bed most days and I cry all the time. I don't see the point of the exercise. Sorry. Patrice",
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of faxed referral form",
        notes="Hard positive: scanned-form text attachment with name, DOB, phone, SSN, insurance ID, NSTEMI code and medications; body only asks to check the scan.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="support@faxbridgecloud.com",
        subject="OCR quality issue - ticket 55021",
        body="Your OCR keeps dropping digits from dates (see the DOB line). Example output attached as requested. Fax was received 10/13 08:41.",
        atts=(Att("ocr_output_ticket55021.txt", "text/plain", _SCAN_TXT),),
    ),
    Spec(
        phi=True,
        category="Abbreviated handoff to partner rehab site",
        notes="Hard positive: terse abbreviations with name, MRN, CABG, EF and medications in a transfer note.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="cr.staff@northfieldhearthealth.org",
        subject="xfer to your site",
        body="JR Okeke (Jerome), MRN 20602218, 68M s/p CABG x3 10/1, EF 40, AFib post-op now NSR on amio 200. Ph II 6/36 done here, moving to be near daughter. Target HR 95-110, RPE 12-13. Tele x6 more. Thx - C",
    ),
    Spec(
        phi=True,
        category="Participation summary PDF to disability lawyer",
        notes="Body names the participant with his SSN for a disability claim; the PDF adds DOB, LVAD, infection and session counts.",
        frm="KVR Medical Director Office <director@kestrelvalleyrehab.org>",
        to="intake@gellardisabilitylaw.com",
        subject="Requested summary",
        body="Ms. Gellar,\n\nRe: Walter Kaminski, SSN 538-21-7064 (SSDI claim)\n\nPlease find the participation summary requested under your client's authorization dated 10/01.\n\nOffice of Dr. Saucedo",
        atts=(Att("KVR_summary_Kaminski.pdf", "application/pdf", _LEGAL_PDF),),
    ),
    Spec(
        phi=True,
        category="HTML-only graduation congratulations to participant",
        notes="Hard positive: warm HTML-only note naming the participant as a cardiac rehab graduate; programme enrolment is health information.",
        frm="Kestrel Valley Cardiac Rehab <hello@kestrelvalleyrehab.org>",
        to="rosa.ferreira1960@hotmail.com",
        subject="Congratulations, Rosa!",
        body="",
        html="<html><body><h1 style='color:#2a6fb0'>You did it, Rosa!</h1><p>Dear Rosa Ferreira, congratulations on completing all <b>36 sessions</b> of cardiac rehabilitation. Your maintenance membership starts November 2 &ndash; Tuesdays and Thursdays at 10 am.</p><p>With pride,<br>The KVR team</p></body></html>",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="Heart-healthy cooking class flyer",
        notes="Public class announcement; no individual.",
        frm="Community Outreach <outreach@kestrelvalleyrehab.org>",
        to="programs@kestrelvalleyymca.org",
        subject="Cooking class flyer for your lobby",
        body="Hi Jen, could you post this? 'Heart-Healthy Holiday Cooking' - Thursday Nov 12, 6 pm, KVR teaching kitchen. Free, open to everyone, register at 555-0150.",
    ),
    Spec(
        phi=False,
        category="Registry outcomes workbook to professional society",
        notes="Hard negative: multi-sheet workbook of programme-level outcomes and referral counts; no participant rows.",
        frm="KVR Quality <quality@kestrelvalleyrehab.org>",
        to="registry@aacvpr-ohio.org",
        subject="Q3 registry submission - Kestrel Valley",
        body="Attached is our Q3 aggregate submission (outcomes, referral sources, safety). Let us know if you need the data dictionary.",
        atts=(Att("KVR_Q3_registry.xlsx", XLSX, _REGISTRY_XLSX),),
    ),
    Spec(
        phi=False,
        category="EMR training with declared fictional patient",
        notes="Hard negative: training instructions use a fictional sandbox patient explicitly labelled as fake.",
        frm="KVR Education <education@kestrelvalleyrehab.org>",
        to="new.hires@kestrelvalleyrehab.org",
        subject="EMR sandbox practice",
        body="For Thursday's charting practice, log in to the TRAINING environment and open the fictional patient 'Cardio, Testy' (sandbox only - not a real person). Document a session with BP 130/80 and peak METs 4.2, then sign the note.",
    ),
    Spec(
        phi=False,
        category="BLS recertification reminder for staff",
        notes="Staff training reminder; no patient.",
        frm="KVR Education <education@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        subject="BLS cards expiring in November",
        body="Four of you have BLS cards expiring in November. Classes on Oct 27 and Nov 3 in the conference room. Sign up with Aldo.",
    ),
    Spec(
        phi=False,
        category="Equipment service contract with serial numbers",
        notes="Hard negative: CSV lists treadmill and telemetry receiver serial numbers of gym equipment, not patient devices.",
        frm="Facilities <facilities@kestrelvalleyrehab.org>",
        to="service@midwestfitnesstech.com",
        subject="PM contract renewal - asset list",
        body="Attached is the asset list for the 2027 preventive-maintenance contract. Please quote the same two-visit schedule.",
        atts=(Att("KVR_assets_2027.csv", "text/csv", _EQUIP_CSV),),
    ),
    Spec(
        phi=False,
        category="Blank exercise prescription template",
        notes="Hard negative: DOCX template with blank participant fields and generic safety thresholds.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="cr.staff@northfieldhearthealth.org",
        subject="Our ExRx template",
        body="As promised at the regional meeting, here is our blank exercise prescription template. Feel free to adapt.",
        atts=(Att("ExRx_template_2026.docx", DOCX, _EXRX_DOCX),),
    ),
    Spec(
        phi=False,
        category="Exercise physiologist job posting",
        notes="Hard negative: job ad mentions post-MI and heart failure patients in general.",
        frm="Human Resources <jobs@kestrelvalleyrehab.org>",
        to="jobs@acsm-careers.org",
        subject="Posting: Clinical Exercise Physiologist",
        body="Clinical Exercise Physiologist, Kestrel Valley Cardiac Rehabilitation. ACSM-CEP required; experience with post-MI, post-CABG, heart failure and LVAD patients preferred. ECG interpretation and telemetry monitoring. Full time, days. Apply: kestrelvalleyrehab.org/jobs",
    ),
    Spec(
        phi=False,
        category="HTML-only public lecture announcement",
        notes="Hard negative: public talk about life after a heart attack; health topic, no individual.",
        frm="Community Outreach <outreach@kestrelvalleyrehab.org>",
        to="calendar@kestrelvalleylibrary.org",
        subject="Event listing: Living well after a heart attack",
        body="",
        html="<html><body><p><b>Living well after a heart attack</b> &ndash; a free talk by Dr. Evelyn Saucedo, medical director of Kestrel Valley Cardiac Rehabilitation. Learn about exercise, medications, and emotional recovery. Tuesday, November 17, 7 pm, Library Auditorium.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Coverage criteria explainer with ICD-10 codes",
        notes="Hard negative: Medicare coverage rules with qualifying diagnosis codes and CPT codes; no patient.",
        frm="KVR Billing <billing@kestrelvalleyrehab.org>",
        to="frontoffice@brightwaterheart.com",
        subject="Which diagnoses qualify for cardiac rehab / ICR",
        body="Hi team, a reminder of what Medicare covers so referrals don't bounce:\n- MI within 12 months (I21.x/I22.x)\n- CABG (Z95.1), PCI (Z95.5), valve repair/replacement\n- Stable angina\n- HFrEF EF<=35% with NYHA II-IV after 6 weeks of stable GDMT (I50.2x) - bill 93798; ICR uses G0422/G0423\nPlease include the diagnosis and date of event on every referral.\n\nThanks, KVR Billing",
    ),
    Spec(
        phi=False,
        category="Parking lot closure notice to volunteers",
        notes="Facilities notice to a volunteer's personal mailbox; no health information.",
        frm="Volunteer Services <volunteers@kestrelvalleyrehab.org>",
        to="marge.tolliver@aol.com",
        subject="Parking lot resurfacing Oct 24",
        body="Hi Marge, the front lot will be closed Saturday Oct 24 for resurfacing. Please park in the church lot across Millrace Drive for your greeter shift. Thanks for all you do!",
    ),
    Spec(
        phi=False,
        category="Fictional teaching case for student interns",
        notes="Hard negative: case vignette explicitly fictional, with no real person, for intern education.",
        frm="KVR Education <education@kestrelvalleyrehab.org>",
        to="internship@ohiovalleyuniv.edu",
        subject="Case study for week 6 interns",
        body="Dr. Pruett, here is the case for your interns (fictional, built for teaching):\n\n'A man in his 60s, 4 weeks after an inferior MI, arrives with resting HR 58 on metoprolol. During exercise his HR rises only to 82 at RPE 15.' Questions: how do you set intensity without a HR target? What does chronotropic incompetence mean for the prescription?\n\nAnswers are in the instructor guide.",
    ),
    Spec(
        phi=False,
        category="Donor thank-you zip with aggregate impact numbers",
        notes="Hard negative: zip with a thank-you letter, programme totals and a photo of an empty gym; no participant.",
        frm="Kestrel Valley Heart Fund <fund@kestrelvalleyrehab.org>",
        to="giving@dunmorefamilyfoundation.org",
        subject="Thank you - 2026 impact",
        body="Dear Dunmore Family Foundation, with gratitude, our 2026 impact pack is attached.",
        atts=(Att("KVR_impact_2026.zip", "application/zip", _DONOR_ZIP),),
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Staff meeting with ACLS practice; no patient.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        cc="aldo.ruiz@marlowgeneral.org",
        subject="Staff meeting Oct 22",
        body="Invite attached. Lunch provided.",
        ics=_ICS_STAFF,
    ),
    Spec(
        phi=False,
        category="Research recruitment notice to referring practices",
        notes="Hard negative: HFpEF interval-training study recruitment criteria; no individual.",
        frm="Dr. Evelyn Saucedo <esaucedo@kestrelvalleyrehab.org>",
        to="physicians@brightwaterheart.com",
        subject="Now enrolling: HIIT-P study (HFpEF)",
        body="Colleagues, we are enrolling adults 50-80 with HFpEF (EF >= 50%, NYHA II-III) in a 12-week interval-training study. Exclusions: recent MI, severe AS, uncontrolled AF. If you have candidates, give them our flyer; they can call 555-0157 themselves.\n\nEvelyn Saucedo, MD (NPI: 1262810793)",
    ),
    Spec(
        phi=False,
        category="Quality committee minutes without names",
        notes="Hard negative: minutes mention an EMS activation and hypoglycemia events as counts only.",
        frm="KVR Quality <quality@kestrelvalleyrehab.org>",
        to="p.delaney@marlowgeneral.org",
        subject="Minutes - Quality & Safety 10/9",
        body="Peggy, minutes attached for your records.",
        atts=(Att("QS_minutes_2026-10-09.docx", DOCX, _QI_DOCX),),
    ),
    Spec(
        phi=False,
        category="Gym music licence reply with playlist text",
        notes="Vendor correspondence about music licensing; attachment is a tempo playlist.",
        frm="Facilities <facilities@kestrelvalleyrehab.org>",
        to="business@studiotunes.com",
        subject="Re: licence audit",
        body="Hello, our licence covers one room. The October playlist file you asked for is attached. Please confirm we are compliant.",
        atts=(Att("kvr_playlist_oct.txt", "text/plain", _PLAYLIST_TXT),),
        headers=(("In-Reply-To", "<lic-audit-20261009.4471@studiotunes.com>"),),
    ),
    Spec(
        phi=False,
        category="Generic heart-rate zone chart image for handouts",
        notes="Hard negative: PNG chart of exercise heart-rate zones for all participants; file name and text mention beta-blockers generally, no individual.",
        frm="Corinne Balogun <cbalogun@kestrelvalleyrehab.org>",
        to="design@valleyprintandsign.com",
        subject="Poster file - HR zones",
        body="Hi Owen, attached is the chart for the 24x36 gym poster. Please add the line 'If you take a beta-blocker, use RPE 11-14 instead of heart rate' under the table. Matte finish.",
        atts=(Att("hr_zones_beta_blocker_poster.png", "image/png", png(10, 4, (240, 200, 60))),),
    ),
    Spec(
        phi=False,
        category="Branded water bottle order with vendor",
        notes="Promotional merchandise order; slogan only, no individual.",
        frm="Community Outreach <outreach@kestrelvalleyrehab.org>",
        to="orders@promoprintpros.com",
        subject="Order 3321 - water bottles",
        body="Please proceed with order 3321: 500 x 24 oz bottles, navy, one-colour white imprint 'Kestrel Valley Cardiac Rehab - Every beat counts'. Deliver before Nov 9.",
    ),
]
