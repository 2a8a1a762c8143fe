"""Little Voices Pediatric Speech Therapy (paediatric speech therapy clinic): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

DANA = '"Dana Whitfield, CCC-SLP" <dwhitfield@littlevoicesspeech.org>'
ROSA = "Rosa Iglesias <riglesias@littlevoicesspeech.org>"
CALEB = "Caleb Huang <chuang@littlevoicesspeech.org>"
SCHED = "Little Voices Scheduling <schedule@littlevoicesspeech.org>"
BILL = "Little Voices Billing <billing@littlevoicesspeech.org>"
FOOT = "\n\nLittle Voices Pediatric Speech Therapy\n2675 Fish Hatchery Rd, Fitchburg, WI 53713\n(608) 555-0131 | fax (608) 555-0132"

MESSAGES = [
    Spec(
        phi=True,
        category="speech evaluation report to parent",
        notes="Evaluation report PDF to a parent's gmail naming the child, DOB and a diagnosis of childhood apraxia of speech.",
        frm=DANA,
        to="lauren.mcateer.family@gmail.com",
        subject="Liam's evaluation report",
        body="Hi Lauren,\n\nLiam's full evaluation report is attached. As we discussed on Friday, his profile fits childhood apraxia of speech, and I'm recommending therapy twice a week using a motor-based approach (DTTC). I've sent the insurance request today; Tanya will call you about times once it's approved.\n\nDana"
        + FOOT,
        atts=(
            Att(
                "LV_Eval_McAteer_Liam.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE VOICES PEDIATRIC SPEECH THERAPY - SPEECH-LANGUAGE EVALUATION",
                        "Client: Liam McAteer   DOB: 07/02/2022   Age: 3;9   Client no. LV-20388",
                        "Evaluation date: 04/10/2026   Clinician: Dana Whitfield, MS, CCC-SLP",
                        "GFTA-3 standard score 58 (<1st percentile); inconsistent vowel errors, groping.",
                        "Receptive language within normal limits (PLS-5 AC 102).",
                        "Diagnosis: childhood apraxia of speech (R48.2); expressive language delay (F80.1).",
                        "Plan: 2x/week 45-min sessions, DTTC, home practice; re-evaluate in 6 months.",
                    ],
                    "Speech-language evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="progress report to school SLP",
        notes="Progress report DOCX to the school district SLP naming the student, his articulation goals and progress, sent with parental consent.",
        frm=ROSA,
        to="kbradley@fitchburgschools.org",
        subject="Private therapy progress report for IEP meeting",
        body="Hi Kristen,\n\nAs requested (signed release attached to our chart), here is our progress summary for Mateo ahead of his IEP meeting on the 28th. Happy to join by phone.\n\nRosa Iglesias, MA, CCC-SLP"
        + FOOT,
        atts=(
            Att(
                "Progress_Summary_Mateo_Rios.docx",
                DOCX,
                docx(
                    [
                        "Little Voices Pediatric Speech Therapy - Progress Summary",
                        "Student: Mateo Rios   DOB: 11/15/2018   Grade 2, Leopold Elementary",
                        "Diagnosis: speech sound disorder (F80.0), lateral lisp and /r/ distortion.",
                        "Goal 1: /s/ and /z/ in sentences 80% - met (86% over 3 sessions).",
                        "Goal 2: vocalic /r/ at word level 80% - 55%, emerging.",
                        "Recommend continuing weekly private therapy alongside school services.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style session note to parent",
        notes="Hard positive: a one-line casual note to a parent's icloud saying the child did well with her /r/ sound in today's session; name plus therapy.",
        frm=CALEB,
        to="jess.haugen@icloud.com",
        subject="today",
        body="Mia nailed 'rabbit' and 'rainbow' today!! 8/10 on her /r/ words. Keep doing the 5-a-day cards. See you Thurs 4pm :) - Caleb",
    ),
    Spec(
        phi=True,
        category="teletherapy session link to parent",
        notes="Hard positive: the video-visit link for a named child's speech therapy session; no diagnosis, but the appointment itself is care.",
        frm=SCHED,
        to="b.oyelaran@outlook.com",
        subject="Video session link for Tuesday",
        body="Hello Mrs. Oyelaran,\n\nHere is the link for Adaeze's teletherapy session with Rosa on Tuesday, April 14 at 3:30 pm:\nhttps://telehealth.littlevoicesspeech.org/room/riglesias\n\nPlease have her headset and the picture cards from last week ready. If the link doesn't work, call (608) 555-0131.\n\nTanya Beck\nScheduling",
    ),
    Spec(
        phi=True,
        category="837P speech therapy claims to Medicaid clearinghouse",
        notes="Hard positive: X12 837P with two children's names, Medicaid IDs, DOBs, speech disorder codes and 92507 sessions.",
        frm=BILL,
        to="edi@forwardhealth-gateway.com",
        subject="LVST 837 0413",
        body="837 file for week ending 04/10 attached. 2 claims, total $620.00.",
        atts=(
            Att(
                "LVST_837_0413.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*LVST01         *ZZ*WIMEDICAID     *260413*1612*^*00501*000000207*0*P*:~\n"
                "GS*HC*LVST01*WIMEDICAID*20260413*1612*207*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*LITTLE VOICES PEDIATRIC SPEECH THERAPY*****XX*1298039268~\n"
                "HL*2*1*22*0~\nNM1*IL*1*PETERSEN*OWEN****MI*4418830271~\nDMG*D8*20200921*M~\n"
                "CLM*LV5581*310***11:B:1*Y*A*Y*Y~\nHI*ABK:F801~\n"
                "LX*1~\nSV1*HC:92507*155*UN*1***1~\nDTP*472*D8*20260407~\n"
                "LX*2~\nSV1*HC:92507*155*UN*1***1~\nDTP*472*D8*20260409~\n"
                "HL*3*1*22*0~\nNM1*IL*1*XIONG*KALIA****MI*4420175598~\nDMG*D8*20210504*F~\n"
                "CLM*LV5582*310***11:B:1*Y*A*Y*Y~\nHI*ABK:F8081~\n"
                "LX*1~\nSV1*HC:92507*155*UN*1***1~\nDTP*472*D8*20260406~\n"
                "LX*2~\nSV1*HC:92507*155*UN*1***1~\nDTP*472*D8*20260408~\n"
                "SE*27*0001~\nGE*1*207~\nIEA*1*000000207~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry for new client",
        notes="Hard positive: X12 270 eligibility request naming a child, DOB and member ID for speech therapy benefits.",
        frm=BILL,
        to="eligibility@claimbridge-edi.com",
        subject="270 request LV-0414-01",
        body="Eligibility request attached (service type AD, therapy). Please return the 271 to this mailbox.",
        atts=(
            Att(
                "LV-0414-01_270.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*LVST01         *ZZ*CLAIMBRIDGE    *260414*0805*^*00501*000000311*0*P*:~\n"
                "GS*HS*LVST01*CLAIMBRIDGE*20260414*0805*311*X*005010X279A1~\n"
                "ST*270*0001*005010X279A1~\nBHT*0022*13*LV041401*20260414*0805~\n"
                "HL*1**20*1~\nNM1*PR*2*DEAN HEALTH PLAN*****PI*39113~\n"
                "HL*2*1*21*1~\nNM1*1P*2*LITTLE VOICES PEDIATRIC SPEECH THERAPY*****XX*1298039268~\n"
                "HL*3*2*22*0~\nNM1*IL*1*BAUMGARTNER*ELSIE****MI*DHP772019340~\nDMG*D8*20220118*F~\n"
                "DTP*291*D8*20260420~\nEQ*AD~\nSE*12*0001~\nGE*1*311~\nIEA*1*000000311~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid prior authorization for apraxia therapy",
        notes="Prior authorization request to the Medicaid HMO with the child's name, member ID, diagnosis code and requested visits.",
        frm=DANA,
        to="um-therapy@dairylandcarehmo.com",
        subject="PA request - speech therapy",
        body="Utilization Management,\n\nPrior authorization request:\n\nMember: Liam McAteer\nMember ID: 4419002816\nDOB: 07/02/2022\nDiagnosis: R48.2 childhood apraxia of speech; F80.1\nRequested: 92507 x 48 visits (2x/week, 6 months)\nRendering: Dana Whitfield, CCC-SLP, NPI: 1298039268\n\nEvaluation and plan of care to follow by fax.\n\nDana Whitfield"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="waitlist workbook to contract scheduler",
        notes="Hard positive: multi-sheet waitlist workbook to an outside scheduling contractor, with children's names, parents' phones and reasons for referral.",
        frm=SCHED,
        to="kayla@brightpathadmin.com",
        subject="Waitlist as of 4/13",
        body="Hi Kayla, current waitlist attached. Please start calling the top of the fluency tab first; Rosa opened two Wednesday slots.\n\nTanya",
        atts=(
            Att(
                "LV_waitlist_2026-04-13.xlsx",
                XLSX,
                xlsx(
                    {
                        "Articulation": [
                            ["Child", "DOB", "Parent", "Phone", "Referred for"],
                            [
                                "Aiden Schultz",
                                "2021-02-14",
                                "Kara Schultz",
                                "608-555-0162",
                                "speech sound disorder",
                            ],
                            [
                                "Noelle Grady",
                                "2020-10-03",
                                "Sean Grady",
                                "608-555-0188",
                                "/r/ /l/ errors",
                            ],
                        ],
                        "Fluency": [
                            ["Child", "DOB", "Parent", "Phone", "Referred for"],
                            [
                                "Ezra Feldman",
                                "2019-06-22",
                                "Rachel Feldman",
                                "608-555-0147",
                                "stuttering, blocks and facial tension",
                            ],
                            [
                                "Sofia Lindahl",
                                "2021-12-01",
                                "Erik Lindahl",
                                "608-555-0193",
                                "stuttering onset 6 months ago",
                            ],
                        ],
                        "Feeding": [
                            ["Child", "DOB", "Parent", "Phone", "Referred for"],
                            [
                                "Jonah Pike",
                                "2024-05-30",
                                "Amber Pike",
                                "608-555-0170",
                                "oral aversion, G-tube weaning",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded pediatrician referral to therapist",
        notes="Hard positive: forward of a pediatrician's referral email naming the toddler, his DOB and a language delay with autism evaluation pending.",
        frm=SCHED,
        to="riglesias@littlevoicesspeech.org",
        cc="dwhitfield@littlevoicesspeech.org",
        subject="FW: Referral - speech/language",
        body="Rosa, this one fits your Thursday opening. Mom prefers afternoons. Can you review before I call?\n\nTanya",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Prairie Pediatrics Referrals <referrals@prairiepeds.com>",
            to="schedule@littlevoicesspeech.org",
            subject="Referral - speech/language",
            body="Please evaluate and treat:\n\nPatient: Caleb Vang Thao  DOB 01/09/2024\nParent: Mai Thao, (608) 555-0159\nConcern: 12 words at 26 months, limited gestures, not combining words. M-CHAT-R moderate risk; developmental pediatrics evaluation for autism pending (waitlist ~5 months).\nDx: F80.2 mixed receptive-expressive language disorder\n\nReferring: Miriam Holcomb, MD  NPI: 1761734072  DEA: BH8422951\nPrairie Pediatrics, (608) 555-0140",
        ),
    ),
    Spec(
        phi=True,
        category="home practice plan HTML to parent",
        notes="Hard positive: HTML-only home practice sheet to a parent's yahoo naming the child and his stuttering therapy targets.",
        frm=ROSA,
        to="rachel.feldman77@yahoo.com",
        subject="Ezra's practice plan for this week",
        body="",
        html="<html><body><p>Hi Rachel,</p><p>Here's Ezra's plan for this week:</p><ul><li><b>Easy onsets</b>: 5 minutes a day with the 'gentle start' cards</li><li><b>Stuttering modification</b>: practice 2 'pullouts' on purpose during reading</li><li>Keep tallying the days he says he avoided talking at school</li></ul><p>He's doing really well; his %SS dropped from 9% to 5% since March.</p><p>Rosa</p></body></html>",
    ),
    Spec(
        phi=True,
        category="AAC board photo to parent",
        notes="Hard positive: a PNG of a child's core-word AAC board, the file name and message naming the child, to a parent's gmail.",
        frm=CALEB,
        to="marcus.ndiaye.dad@gmail.com",
        subject="Core board for home",
        body="Hi Marcus,\n\nAttached is the photo of Amara's core board we built today. Print it and keep it on the fridge; model 'more', 'go' and 'help' whenever you can. She used 'help' twice on her own today!\n\nCaleb Huang, CF-SLP",
        atts=(Att("Amara_Ndiaye_core_board.png", "image/png", png(12, 8, (250, 220, 90))),),
    ),
    Spec(
        phi=True,
        category="therapy statement to parent",
        notes="Statement to a parent's hotmail with the child's name, therapy dates and balance after insurance.",
        frm=BILL,
        to="kmurphy_home@hotmail.com",
        subject="Little Voices statement - April",
        body="Dear Kathleen Murphy,\n\nStatement for account LV-20154 (patient: Declan Murphy)\n\n03/05 Speech therapy 92507  $155.00  ins paid $96.00  you owe $59.00\n03/12 Speech therapy 92507  $155.00  ins paid $96.00  you owe $59.00\n03/19 Speech therapy 92507  $155.00  ins paid $96.00  you owe $59.00\n\nTotal due: $177.00 by May 1. Pay at littlevoicesspeech.org/pay.\n\nJenna Morrow, Billing"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="FHIR feeding evaluation to children's hospital",
        notes="Hard positive: FHIR JSON Patient plus Condition for a toddler's pediatric dysphagia, sent to the hospital's feeding clinic; body mentions no name.",
        frm=DANA,
        to="feeding-clinic@stmarkshealth.org",
        subject="Referral for VFSS - structured data attached",
        body="Referring for a videofluoroscopic swallow study. Structured referral attached per your intake process; narrative eval to follow via the portal.",
        atts=(
            Att(
                "LV_referral_VFSS.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "lv20402", "identifier": [{"system": "urn:lvst:client", "value": "LV-20402"}], "name": [{"family": "Pike", "given": ["Jonah"]}], "birthDate": "2024-05-30"}},'
                '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/lv20402"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "R13.12", "display": "Dysphagia, oropharyngeal phase"}]}, "note": [{"text": "Coughing with thin liquids; G-tube dependent for 60% of intake."}]}},'
                '{"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": {"reference": "Patient/lv20402"}, "code": {"text": "Videofluoroscopic swallow study"}}}'
                "]}",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insurance appeal with client number and DOB",
        notes="Hard positive: appeal letter identifying the child only by client number, member ID and DOB, with his stuttering diagnosis and denied visits.",
        frm=DANA,
        to="appeals@quartzhealthbenefits.com",
        subject="Level 1 appeal - claim 26A0331908",
        body="To the Appeals Unit,\n\nWe appeal the denial of claim 26A0331908 (reason: 'not medically necessary').\n\nClient: LV-20417\nMember ID: QHB-5510723-02\nDOB: 08/14/2019\nDiagnosis: F80.81 childhood-onset fluency disorder\nDenied: 92507 x 12 visits, 01/06-03/31/2026\n\nThe child's stuttering severity (SSI-4 score 27, moderate) and reported school avoidance meet your own policy criteria. The evaluation is attached to the portal submission.\n\nDana Whitfield, MS, CCC-SLP"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="attendance policy warning to parent",
        notes="Notice to a parent's yahoo that her named son's missed speech sessions put his slot at risk.",
        frm=SCHED,
        to="tamara.gonsalves@yahoo.com",
        subject="Missed sessions",
        body="Hi Tamara,\n\nWe've missed Josiah's last three Monday speech sessions (3/23, 3/30, 4/6) without notice. Under our attendance policy, a fourth missed session means we'll need to release his Monday 5:00 slot to the waitlist. If Mondays no longer work, let's find another time - we really want to keep working with him.\n\nTanya Beck\nScheduling"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Birth to 3 referral list to county",
        notes="Hard positive: CSV to the county Birth to 3 programme with toddlers' names, DOBs, addresses and the delays found at a screening.",
        frm=DANA,
        to="birthto3@danecountyhumanservices.org",
        subject="Screening day referrals (parent consent signed)",
        body="Hi Lori,\n\nFrom Saturday's free screening, three families signed consent for referral to Birth to 3. Details attached. Signed forms are in the mail.\n\nDana",
        atts=(
            Att(
                "B3_referrals_0411.csv",
                "text/csv",
                "child,dob,parent,address,phone,concern\n"
                "Willow Brandt,2024-08-19,Hannah Brandt,3301 Atwood Ave Madison 53714,608-555-0164,no words at 19 months\n"
                "Kai Ferreira,2023-11-02,Luana Ferreira,17 Sunset Ct Fitchburg 53711,608-555-0197,limited babble; hearing screen referred\n"
                "Isaiah Moore,2024-03-25,Tasha Moore,920 E Washington Ave Apt 5 Madison 53703,608-555-0186,not responding to name\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records to school district",
        notes="Records for a named student sent to the district as a password-protected zip; the body names the child and the speech records.",
        frm=ROSA,
        to="records@madisonmetroschools.org",
        subject="Records for transfer student",
        body="Hello,\n\nAttached are the speech therapy records for Ava Lindqvist (DOB 05/06/2017), transferring into Sandburg Elementary, per the release signed by her mother. The zip is password protected; I'll call your office with the password.\n\nRosa Iglesias, CCC-SLP"
        + FOOT,
        atts=(
            Att(
                "Lindqvist_A_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "eval_2024.txt": "Ava Lindqvist DOB 05/06/2017. Developmental language disorder (F80.2). CELF-5 core 72.\n",
                        "progress_2026-03.txt": "Goals: narrative retell, following 3-step directions. Progress steady.\n",
                    },
                    "Sandburg-0414",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="tongue-tie referral explanation to father",
        notes="Letter to a father's outlook naming his daughter, her restricted lingual frenulum and the ENT referral.",
        frm=DANA,
        to="greg.albrecht@outlook.com",
        subject="Follow-up from Nora's visit",
        body="Hi Greg,\n\nYou weren't able to make it Thursday, so Jamie asked me to fill you in. During Nora's feeding assessment I saw a restricted lingual frenulum (tongue-tie) that is limiting her tongue lift, which explains the clicking and the long feeds. I've sent a referral to Dr. Okonjo at Lakeshore ENT to assess whether a frenotomy would help. We'll keep working on feeding in the meantime.\n\nDana"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="session notes txt to covering therapist",
        notes="Hard positive: plain-text attachment of session notes for named children handed to a covering clinician; body just says 'notes attached'.",
        frm=CALEB,
        to="riglesias@littlevoicesspeech.org",
        subject="Thursday coverage",
        body="Rosa - thanks for covering my Thursday kids. Notes attached.",
        atts=(
            Att(
                "thursday_coverage_notes.txt",
                "text/plain",
                "3:00 Mia Haugen (7) - /r/ in words 80%, move to phrases. Mom picks up.\n"
                "3:45 Amara Ndiaye (3) - AAC core board, model 'more/help'. Sensitive to loud noise.\n"
                "4:30 Ben Carvalho (5) - language; hearing retest at Clearbrook pending, sit on his right side.\n",
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="late talkers parent workshop invitation",
        notes="Hard negative: community invitation to a free parent workshop about late talking, with a calendar invite; no child named.",
        frm="Little Voices <events@littlevoicesspeech.org>",
        to="families@fitchburglibrary.org",
        subject="Free workshop: Is my toddler a late talker?",
        body="Hello,\n\nPlease share with your families: Dana Whitfield, CCC-SLP, will lead a free one-hour workshop on early language milestones and simple ways to build words at home. No registration needed. Calendar invite attached.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Little Voices//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:lv-latetalkers-0502@littlevoicesspeech.org\nDTSTAMP:20260413T160000Z\nDTSTART:20260502T150000Z\nDTEND:20260502T160000Z\nSUMMARY:Workshop - Is my toddler a late talker?\nLOCATION:Fitchburg Public Library, Community Room\nORGANIZER:mailto:events@littlevoicesspeech.org\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="blank speech milestone checklist PDF",
        notes="Hard negative: blank age-by-age speech milestones checklist PDF with empty name/DOB lines; no child.",
        frm=ROSA,
        to="office@sunnysidedaycare.com",
        subject="Milestone checklists for your classrooms",
        body="Hi Carmen, here's the checklist we talked about. Teachers can print one per child; families keep them. Nothing needs to come back to us.",
        atts=(
            Att(
                "LV_Milestones_Checklist.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE VOICES PEDIATRIC SPEECH THERAPY - SPEECH AND LANGUAGE MILESTONES",
                        "Child's name: ______________________   Date of birth: ____/____/______",
                        "By 18 months: [ ] says 10+ words  [ ] points to show you things",
                        "By 2 years:   [ ] 50+ words  [ ] puts two words together",
                        "By 3 years:   [ ] understood by strangers about 75% of the time",
                        "Concerned? Call (608) 555-0131 for a free screening.",
                    ],
                    "Speech and language milestones",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate therapy outcomes workbook",
        notes="Hard negative: multi-sheet outcomes workbook with counts by diagnosis group and discharge reason; no individual.",
        frm=DANA,
        to="board@littlevoicesspeech.org",
        subject="2025 outcomes for the board packet",
        body="Outcomes for the April board packet are attached. All counts, no client-level data.",
        atts=(
            Att(
                "LV_outcomes_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Diagnosis group", "Clients", "Met all goals", "Median months"],
                            ["Speech sound disorder", 142, 98, 7],
                            ["Language disorder", 97, 51, 11],
                            ["Fluency", 31, 17, 9],
                            ["Apraxia", 18, 6, 16],
                        ],
                        "Discharges": [
                            ["Reason", "Count"],
                            ["Goals met", 172],
                            ["Moved", 23],
                            ["Insurance", 14],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CE case study with fictional child",
        notes="Hard negative: clinical fellow CE case study using an obviously fictional child ('Sample Child', made-up scores); teaching material.",
        frm=DANA,
        to="clinicalteam@littlevoicesspeech.org",
        subject="Journal club Thursday - case for discussion",
        body="For Thursday's journal club, read the Murray et al. ReST paper and think about this made-up case:\n\n'Sample Child', age 4;6 (fictional). Inconsistent errors on multisyllabic words, vowel distortions, good comprehension. Scores invented for discussion: GFTA-3 SS 62, inconsistency 48%.\n\nQuestions: CAS vs phonological disorder? ReST vs DTTC? How would you write the first goal?\n\nDana",
    ),
    Spec(
        phi=False,
        category="therapy materials order with SSN-shaped order number",
        notes="Hard negative: order to a materials vendor whose order number looks like an SSN; no client.",
        frm="Little Voices Office <office@littlevoicesspeech.org>",
        to="orders@superduperspeechsupply.com",
        subject="Order 402-17-8826 - shipping address correction",
        body="Hello,\n\nFor order 402-17-8826 (Webber articulation card decks x4, fluency dice, 2 Tobii device cases), please change the ship-to to our new suite:\n\nLittle Voices Pediatric Speech Therapy\n2675 Fish Hatchery Rd, Suite 3\nFitchburg WI 53713\n\nThank you,\nMaya Ortiz, Office Coordinator",
    ),
    Spec(
        phi=False,
        category="school district contracted services agreement",
        notes="Hard negative: draft service agreement DOCX with a school district describing services for students with IEPs in general; no student.",
        frm=DANA,
        to="sped.contracts@verona-schools.org",
        subject="Draft agreement - contracted SLP services 2026-27",
        body="Hi Mr. Gallo, attached is our draft for next year. The rate is unchanged; I added the teletherapy clause you asked about.",
        atts=(
            Att(
                "LV_Verona_SLP_services_draft.docx",
                DOCX,
                docx(
                    [
                        "Agreement for Contracted Speech-Language Pathology Services, 2026-27",
                        "Little Voices will provide licensed SLPs for up to 30 hours/week across district elementary schools.",
                        "Services: evaluations and therapy for students with IEPs, as assigned by the district.",
                        "Rate: $82/hour; teletherapy at the same rate when approved by the building principal.",
                        "Records remain the property of the district; FERPA applies.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blog draft on bilingual language development",
        notes="General educational blog draft on raising bilingual children; no individual.",
        frm=ROSA,
        to="webmaster@littlevoicesspeech.org",
        subject="Blog post draft - bilingual myths",
        body="Draft for May's post:\n\n'Will two languages confuse my child?' No. Bilingual children reach milestones in the same range as monolingual children when you count words across both languages. Mixing languages in one sentence is normal and even a sign of skill. Speak the language you are most comfortable in.\n\nFeel free to cut for length. - Rosa",
    ),
    Spec(
        phi=False,
        category="job offer to SLP candidate personal mailbox",
        notes="Employment offer to a candidate's personal gmail; staff matter, no client.",
        frm=DANA,
        to="hannah.okeefe.slp@gmail.com",
        subject="Offer - Speech-Language Pathologist",
        body="Hi Hannah,\n\nWe loved meeting you and are thrilled to offer you the full-time SLP position at $78,000, starting June 8, with $1,500 in annual CE funds and 20 days PTO. The formal letter will come from HR tomorrow. Let me know if you have questions!\n\nDana",
    ),
    Spec(
        phi=False,
        category="speech therapist NPI roster to insurer",
        notes="Hard negative: provider roster with SLPs' NPIs and licence numbers for credentialing; no client.",
        frm="Little Voices Office <office@littlevoicesspeech.org>",
        to="provider.enrollment@deanhealthplan-partners.com",
        subject="Add providers to Little Voices group",
        body="Please add the following rendering providers:\n\nDana Whitfield, MS, CCC-SLP  NPI: 1298039268  WI SLP lic 2214-48\nRosa Iglesias, MA, CCC-SLP   NPI: 1419085596  WI SLP lic 3098-48\n\nCaleb Huang (CF-SLP) will be added after his CCC is issued.\n\nMaya Ortiz",
    ),
    Spec(
        phi=False,
        category="stuttering awareness day newsletter HTML",
        notes="Hard negative: HTML-only family newsletter on International Stuttering Awareness Day tips; no child.",
        frm="Little Voices <news@littlevoicesspeech.org>",
        to="families-list@littlevoicesspeech.org",
        subject="Talking with a child who stutters",
        body="",
        html="<html><body><h3>Talking with a child who stutters</h3><ol><li>Slow your own rate a little.</li><li>Give your full attention and wait.</li><li>Don't finish their words.</li></ol><p>About 5% of young children go through a period of stuttering. Questions? (608) 555-0131.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="toy cleaning infection control procedure",
        notes="Internal infection-control procedure for therapy toys; no client.",
        frm=DANA,
        to="allstaff@littlevoicesspeech.org",
        subject="Reminder: toy cleaning between sessions",
        body="Team,\n\nWith RSV season still going, reminder: hard toys into the grey bin after each session, wipe with the purple-top wipes (2 min wet time) at the end of the day. Soft toys stay out of the rooms until May.\n\nThanks,\nDana",
    ),
    Spec(
        phi=False,
        category="zip of therapy material templates",
        notes="Hard negative: zip of blank home-practice templates and a parent handout; no client.",
        frm=ROSA,
        to="clinicalteam@littlevoicesspeech.org",
        subject="New home practice templates",
        body="Made a set of templates for home practice. Blank, editable; use them for anyone. Zip attached.",
        atts=(
            Att(
                "home_practice_templates.zip",
                "application/zip",
                zipped(
                    {
                        "artic_5_a_day.txt": "Child: ________  Sound: ___  Mon Tue Wed Thu Fri\n[ ] [ ] [ ] [ ] [ ]\n",
                        "fluency_easy_onset.txt": "Practice gentle starts with these 10 words: apple, ocean, ...\n",
                        "parent_handout_modeling.txt": "Modeling: say it back the right way, no need to correct.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="foundation grant report aggregate",
        notes="Hard negative: grant report to a foundation with numbers of children served and outcomes, no individual.",
        frm=DANA,
        to="grants@dunlapfamilyfoundation.org",
        subject="Year-end report - Early Words grant",
        body="Dear Ms. Carver,\n\nThank you for funding Early Words in 2025. Highlights:\n- 214 free screenings at 11 child care centers\n- 38 children referred for evaluation; 29 started therapy\n- 61% of the sliding-fee families were below 200% FPL\n\nThe financial report follows next week.\n\nDana Whitfield"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="daycare screening day logistics",
        notes="Logistics for a screening day at a daycare; no child is named.",
        frm=CALEB,
        to="director@tinytreesdaycare.com",
        subject="Screening day May 6",
        body="Hi Joy,\n\nConfirming Wednesday, May 6, 9-11:30 in the quiet room. We'll screen only children whose families returned the consent form - please have those in a folder for us. Results go home in sealed envelopes to families, not to staff.\n\nCaleb",
    ),
    Spec(
        phi=False,
        category="clinical fellowship supervision hours",
        notes="Staff-only mail about a clinical fellow's supervision hours; no client.",
        frm=DANA,
        to="chuang@littlevoicesspeech.org",
        subject="CF hours check-in",
        body="Caleb, you're at 612 of 1,260 hours and 9 of 18 direct observations, right on track. Let's do your mid-point rating on the 24th.\n\nDana",
    ),
    Spec(
        phi=False,
        category="staff timesheet csv to payroll",
        notes="Payroll hours CSV for staff; no client.",
        frm="Little Voices Office <office@littlevoicesspeech.org>",
        to="payroll@cornerstonepayroll.com",
        subject="Hours 3/29-4/11",
        body="Hours for the period attached.",
        atts=(
            Att(
                "hours_0329_0411.csv",
                "text/csv",
                "employee_id,name,regular,overtime,pto\nE104,Dana Whitfield,80,0,0\nE117,Rosa Iglesias,72,0,8\nE122,Caleb Huang,80,2.5,0\nE130,Tanya Beck,64,0,0\nE131,Maya Ortiz,60,0,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referral guide PDF to pediatricians",
        notes="Hard negative: referral guide PDF for pediatric practices listing when to refer for apraxia, stuttering or feeding issues; no child.",
        frm=DANA,
        to="practice.manager@prairiepeds.com",
        subject="Updated referral guide",
        body="Hi Sheila, here's our updated one-page guide for your providers. New: feeding referrals now go straight to our feeding team.",
        atts=(
            Att(
                "LV_Referral_Guide_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE VOICES PEDIATRIC SPEECH THERAPY - WHEN TO REFER",
                        "Fewer than 50 words or no word combinations at 24 months",
                        "Stuttering lasting more than 6 months, or with tension or avoidance",
                        "Inconsistent speech errors, groping (possible apraxia)",
                        "Coughing or gagging with feeds, food refusal, tube weaning",
                        "Fax referrals to (608) 555-0132.",
                    ],
                    "Referral guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with test patient",
        notes="Hard negative: HL7 test message to the EHR vendor using an obviously fictional test patient (TEST^ZZPATIENT) for interface validation.",
        frm="Little Voices Office <office@littlevoicesspeech.org>",
        to="interfaces@therapynotes-connect.com",
        subject="Interface validation - test message 3",
        body="Test message 3 attached for the scheduling interface validation. Test patient only.",
        atts=(
            Att(
                "lv_test_msg_3.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LVST|LITTLEVOICES|TNC|TNC|202604131015||SIU^S12|TEST0003|T|2.5.1\r"
                "SCH|TEST-APPT-3||||||Test visit|||45|min\r"
                "PID|1||TEST-0000^^^LVST||ZZPATIENT^TEST||20000101|U\r"
                "AIP|1||TESTPROVIDER^SLP\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medicaid acceptance reply to prospective parent",
        notes="Hard negative: reply to a parent's gmail confirming the clinic accepts Medicaid and describing the intake steps; no child or condition mentioned.",
        frm=SCHED,
        to="dmitri.volkov.wi@gmail.com",
        subject="RE: Do you take BadgerCare?",
        body="Hi Dmitri,\n\nYes, we accept BadgerCare and most Medicaid HMOs. To get started we need a physician referral, then we'll call you to schedule an evaluation. Current wait for evaluations is about 6 weeks. You can also fill out the intake form at littlevoicesspeech.org/start.\n\nTanya"
        + FOOT,
    ),
]
