"""Outbound mail of Northstar EAP Partners, an employee assistance programme vendor (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nNorthstar EAP Partners\n24/7 line 1-800-555-0119 | northstareap.com\nThis e-mail is intended only for the addressee."

MESSAGES = [
    Spec(
        phi=False,
        category="Quarterly EAP utilisation report to employer client",
        notes="Hard negative: employer utilisation report by presenting problem with counts and small-cell suppression; no individual.",
        frm="Account Management <accounts@northstareap.com>",
        to="benefits@tidewatermfg.com",
        subject="Tidewater Manufacturing - EAP utilisation Q1 2026",
        body="Hi Renée,\n\nYour Q1 utilisation report is attached. Overall utilisation was 6.8% (annualised), up from 5.9%. Stress and anxiety remain the top presenting issue. Cells under 5 are suppressed to protect confidentiality."
        + FOOT,
        atts=(
            Att(
                "Tidewater_EAP_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Overview": [
                            ["Metric", "Q1 2026", "Q4 2025"],
                            ["Eligible employees", 1840, 1822],
                            ["New cases", 31, 27],
                            ["Counselling sessions", 104, 88],
                        ],
                        "Presenting issue": [
                            ["Issue", "Cases"],
                            ["Stress/anxiety", 11],
                            ["Depression", 6],
                            ["Relationship", 7],
                            ["Substance use", "<5"],
                            ["Grief", "<5"],
                        ],
                        "Departments": [
                            ["Department", "Cases"],
                            ["Production", 14],
                            ["Office", 9],
                            ["Other", "<5"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Counsellor referral confirmation to employee personal email",
        notes="Confirms an EAP counselling referral for the employee at her personal gmail, naming the counsellor and presenting problem (panic attacks).",
        frm="Northstar Intake <intake@northstareap.com>",
        to="b.okonkwo.personal@gmail.com",
        subject="Your Northstar counsellor details",
        body=(
            "Dear Blessing,\n\nThank you for calling us yesterday. As discussed, we have matched you with "
            "Helen Marsh, LICSW, who works with panic attacks and workplace stress. Your first of 6 free sessions "
            "is Tuesday 24 March at 5:30 PM by video. Case number NS-26-044187.\n\nIf you feel unsafe at any "
            "time, call 988 or our 24/7 line." + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="Formal management referral feedback to supervisor",
        notes="Hard positive: tells the supervisor that a named employee attended EAP and is compliant with recommendations; attendance in a counselling programme is health information.",
        frm="Management Consultation <mgmtconsult@northstareap.com>",
        to="d.fairbanks@tidewatermfg.com",
        subject="Formal referral update - J. Castellano",
        body=(
            "Dear Mr. Fairbanks,\n\nWith the employee's signed release, I can confirm that Jorge Castellano "
            "attended his EAP assessment on 12 March and is participating in the recommended follow-up. "
            "Per policy, we will not share clinical details.\n\nNext update at 30 days.\n\nLaurel Benning, LPC\n"
            "Management Consultation" + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Manager toolkit webinar invitation",
        notes="Webinar invite for managers on recognising distress; general topic, no individual.",
        frm="Northstar Training <training@northstareap.com>",
        to="hr-leaders@coastalcreditunion.org",
        subject="Webinar 26 March: Talking to an employee who seems distressed",
        body="",
        html=(
            "<html><body><p>Join our 45-minute webinar for people leaders:</p><ul><li>Signs that an employee may be "
            "struggling (missed deadlines, withdrawal, irritability)</li><li>How to make a supportive EAP referral</li>"
            "<li>What managers will and won't hear back</li></ul><p><a href='https://northstareap.com/webinars/0326'>Register</a></p>"
            "<p>Northstar EAP Partners</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="DOT SAP initial assessment report",
        notes="Substance Abuse Professional report to employer DER naming driver, failed test and treatment recommendation.",
        frm="SAP Services <sap@northstareap.com>",
        to="der.safety@bluehighwayfreight.com",
        subject="SAP initial evaluation - Kowalczyk, Ryan",
        body=(
            "DER,\n\nAttached is the initial SAP evaluation for Ryan Kowalczyk (CDL driver, employee #40218) following "
            "the positive post-accident test for cocaine metabolite on 2 March. Recommendation: 12-week intensive "
            "outpatient programme, then follow-up evaluation. He may not return to safety-sensitive duties until "
            "then.\n\nMarcus Lindgren, LCADC, SAP" + FOOT
        ),
        atts=(
            Att(
                "SAP_initial_Kowalczyk.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR EAP PARTNERS - DOT SAP INITIAL EVALUATION",
                        "Employee: Ryan Kowalczyk   Employer ID 40218   CDL RI 7720194",
                        "Violation: positive test, benzoylecgonine, collected 03/02/2026",
                        "Recommendation: IOP 12 weeks, education, follow-up testing 6/yr",
                    ],
                    "SAP initial evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EAP brochure PDF for open enrolment",
        notes="Generic brochure describing EAP services; no individual.",
        frm="Account Management <accounts@northstareap.com>",
        to="openenrollment@coastalcreditunion.org",
        subject="Brochure for your benefits fair",
        body="Hi Theo, here is the print-ready brochure. We can send a counsellor to staff the table on 8 April.\n\nMeg"
        + FOOT,
        atts=(
            Att(
                "Northstar_EAP_brochure_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR EAP PARTNERS",
                        "Free, confidential help for you and your household",
                        "Up to 6 counselling sessions per issue, legal and financial consults,",
                        "elder care and child care referrals. Call 1-800-555-0119, 24/7.",
                    ],
                    "EAP brochure",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Critical incident debrief attendee list",
        notes="Hard positive: list of named employees who attended a trauma debrief after a workplace death, sent to HR; implies counselling services use.",
        frm="Critical Incident Team <cism@northstareap.com>",
        to="hr@bluehighwayfreight.com",
        subject="Attendance - Warwick yard debrief",
        body=(
            "Hi Sandra,\n\nFor your records and the workers' comp file, these staff attended the group debrief "
            "after Monday's fatality and two asked for individual follow-up sessions (marked *):\n\n"
            "Alvarez, Tomas\nBeckett, Lorraine *\nDuong, Vinh\nMcAllister, Seamus *\nPrice, Odette\n\n"
            "Dr. Anya Feld, CISM lead" + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Critical incident response quote",
        notes="Hard negative: quote for on-site crisis response after a workplace death, naming only the vendor's staff; no employee health info.",
        frm="Critical Incident Team <cism@northstareap.com>",
        to="hr@bluehighwayfreight.com",
        subject="Re: Warwick yard - on-site support quote",
        body="Sandra,\n\nWe're very sorry about the loss of your colleague. Two counsellors (Dr. Anya Feld and Paul Ruiz) can be on site Monday 7 AM-3 PM. Fee $1,450 for the first day, covered at no extra charge under your plan's 10 annual CISM hours. Please send the site address and a contact name.\n\nAnya"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Counselling session claim to health plan (X12 837)",
        notes="Hard positive: 837P for sessions beyond EAP limit with subscriber name and F43.23 diagnosis in the X12 file.",
        frm="Claims <claims@northstareap.com>",
        to="edi@pilgrimshealthplan.com",
        subject="837 test-to-prod cutover - first live file",
        body="First production 837 file attached per the cutover plan.",
        atts=(
            Att(
                "NS_837P_20260317.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*NORTHSTAREAP   *ZZ*PILGRIMSHP     *260317*0905*^*00501*000001204*0*P*:~"
                    "GS*HC*NORTHSTAREAP*PILGRIMSHP*20260317*0905*1204*X*005010X222A1~ST*837*0001*005010X222A1~"
                    "NM1*85*2*NORTHSTAR EAP PARTNERS*****XX*1271972287~"
                    "NM1*IL*1*HOLLOWAY*MEGAN****MI*PHP7730551022~DMG*D8*19870214*F~"
                    "CLM*NS044190*150***11:B:1~HI*ABK:F4323~SV1*HC:90834*150*UN*1***1~DTP*472*D8*20260311~"
                    "SE*8*0001~GE*1*1204~IEA*1*000001204~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EDI enrolment form with provider identifiers",
        notes="Hard negative: payer EDI enrolment with organisation NPI and tax ID only.",
        frm="Claims <claims@northstareap.com>",
        to="edi.enrollment@pilgrimshealthplan.com",
        subject="EDI enrolment - Northstar EAP Partners",
        body="Completed enrolment details:\n\nBilling provider: Northstar EAP Partners\nNPI 1271972287\nTIN 05-3318842\nSubmitter ID NORTHSTAREAP\nContact: Farah Qureshi, 401-555-0124\n\nPlease confirm test window."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Encrypted case file transfer to new EAP vendor",
        notes="Hard positive: password-protected zip of open case files transferred to successor vendor; body says it holds open cases with names.",
        frm="Client Transitions <transitions@northstareap.com>",
        to="intake.ops@evergreenwellbeing.com",
        subject="Coastal CU open cases - transfer package",
        body="As agreed in the transition plan, attached are the 3 open Coastal CU counselling cases (names, case numbers, session counts, clinical summaries). Password by phone.\n\nGreta"
        + FOOT,
        atts=(
            Att(
                "CoastalCU_open_cases.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "open_cases.csv": "case,name,dob,issue,sessions_used\nNS-26-039911,Paulette Girard,1976-04-02,depression,4\nNS-26-040207,Derek Yoon,1990-10-19,alcohol use,2\nNS-26-041560,Ana Beltran,1983-07-07,grief,5\n",
                    },
                    "Cu-Transfer-2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Counsellor network credentialing request",
        notes="Network credentialing request to an affiliate counsellor about their licence; workforce data only.",
        frm="Network Development <network@northstareap.com>",
        to="helen.marsh.licsw@gmail.com",
        subject="Recredentialing - licence and malpractice certificate",
        body="Hi Helen,\n\nYour 3-year recredentialing is due. Please upload your current LICSW licence, malpractice certificate and an updated CV by 15 April. Your NPI 1470549753 is on file.\n\nThanks,\nNetwork Development"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Return-to-work fitness-for-duty letter",
        notes="Fitness-for-duty outcome to employer naming employee and depression treatment context.",
        frm="Dr. Anya Feld <afeld@northstareap.com>",
        to="occhealth@stateharborpolice.gov",
        subject="Fitness for duty - Officer Declan Murray",
        body=(
            "Captain Ellis,\n\nI completed the fitness-for-duty evaluation of Officer Declan Murray on 13 March. "
            "He is fit to return to full duty with the condition that he continues outpatient treatment for "
            "depression and attends monthly check-ins for 6 months. He consented to this disclosure.\n\n"
            "Anya Feld, PsyD" + FOOT
        ),
        atts=(
            Att(
                "FFD_Murray_D.docx",
                DOCX,
                docx(
                    [
                        "NORTHSTAR EAP PARTNERS - Fitness-for-duty determination",
                        "Employee: Declan Murray, badge 3317",
                        "Outcome: fit for duty with conditions (continued outpatient depression treatment, monthly check-ins)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Employee wellbeing article for intranet",
        notes="Hard negative: article describing burnout and anxiety symptoms in general; no individual.",
        frm="Northstar Content <content@northstareap.com>",
        to="intranet.editor@coastalcreditunion.org",
        subject="April intranet article: 'Burnout isn't a personal failing'",
        body=(
            "Here's April's piece (420 words):\n\nBurnout shows up as exhaustion, cynicism and a sense that nothing "
            "you do matters. It is not a diagnosis, but it can overlap with depression and anxiety disorders. "
            "Your EAP offers free, confidential counselling; your manager won't know unless you tell them.\n\n"
            "Feel free to edit for length." + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="Reply to employee's spouse about counselling",
        notes="Hard positive: reply to spouse confirming husband (first name) is in couples counselling and has a session booked; personal mailbox.",
        frm="Northstar Intake <intake@northstareap.com>",
        to="marguerite.lind@hotmail.com",
        subject="Re: Appointment for Stefan and me",
        body=(
            "Hi Marguerite,\n\nYes - Stefan's EAP benefit covers couples sessions too. You are both booked with "
            "Rachel Ibsen, LMFT, on Wednesday 25 March at 6 PM in our Cranston office, session 3 of 6. She has "
            "the notes from Stefan's individual intake about his drinking.\n\nWarmly,\nIntake"
            + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Sales proposal to prospective employer",
        notes="Pricing proposal with per-employee-per-month rates; no individual.",
        frm="Sales <sales@northstareap.com>",
        to="cfo@granitestatebuilders.com",
        subject="Northstar EAP proposal - Granite State Builders",
        body="Dear Ms. Ortiz,\n\nFor 420 employees we propose $2.35 PEPM for the 6-session model, including 8 CISM hours, 2 manager trainings and quarterly utilisation reports. Implementation 30 days.\n\nBest,\nEthan Cole, Sales"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Counsellor session notes sent to wrong affiliate",
        notes="Misdirected mail: affiliate counsellor's progress note with client name and suicidal ideation assessment forwarded to an unrelated affiliate.",
        frm="Clinical Quality <clinicalqa@northstareap.com>",
        to="paul.ruiz.counseling@outlook.com",
        subject="Fwd: progress note for QA",
        body="Paul - can you second-review this note for the audit? Thanks, Dana",
        forward=Spec(
            phi=True,
            category="Progress note",
            notes="Nested progress note.",
            frm="Helen Marsh <helen.marsh.licsw@gmail.com>",
            to="clinicalqa@northstareap.com",
            subject="Progress note - NS-26-044187",
            body="Client: Blessing Okonkwo  Session 2\nReports passive SI without plan or intent; no access to firearms. Safety plan reviewed. Panic episodes down from daily to 3/week. Plan: continue CBT, re-screen C-SSRS next session.",
        ),
    ),
    Spec(
        phi=False,
        category="Anonymised case for clinical supervision group",
        notes="Hard negative: de-identified case summary with no name, employer or dates, for peer supervision.",
        frm="Clinical Quality <clinicalqa@northstareap.com>",
        to="affiliate-supervision@lists.northstareap.com",
        subject="Case for Thursday's peer supervision",
        body="Case (de-identified): client in their 30s, works in healthcare, self-referred for insomnia and irritability after a workplace assault. Three sessions used. Question for the group: when should we recommend transition to a trauma specialist outside the EAP model?\n\nPlease do not add identifying details in replies."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="HTML appointment reminder with case details",
        notes="HTML-only reminder to employee's yahoo address naming him and his alcohol-use counselling session.",
        frm="Northstar Reminders <reminders@northstareap.com>",
        to="t.abernathy77@yahoo.com",
        subject="Reminder: session tomorrow",
        body="",
        html=(
            "<html><body><p>Hi Trevor,</p><p>Reminder: your session with <b>Marcus Lindgren, LCADC</b> is tomorrow at 8:00 AM "
            "(session 2 of 6, alcohol use counselling). Please complete the AUDIT questionnaire before the visit.</p>"
            "<p>Northstar EAP Partners</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Invoice to employer client (PEPM)",
        notes="Monthly PEPM invoice with headcount; no individual.",
        frm="Billing <billing@northstareap.com>",
        to="ap@tidewatermfg.com",
        subject="Invoice NS-INV-2026-0311",
        body="Invoice NS-INV-2026-0311 for March: 1,840 employees x $2.10 PEPM = $3,864.00. Net 30. Remit to Northstar EAP Partners, PO Box 2290, Providence RI 02906."
        + FOOT,
        atts=(
            Att(
                "NS-INV-2026-0311.csv",
                "text/csv",
                "invoice,period,headcount,rate,amount\nNS-INV-2026-0311,2026-03,1840,2.10,3864.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Leave of absence support letter",
        notes="Letter supporting FMLA leave for a named employee because of a mental health condition, sent to the leave administrator.",
        frm="Dr. Anya Feld <afeld@northstareap.com>",
        to="leaves@absencepointadmin.com",
        subject="FMLA certification support - case 88-21047",
        body="Attached is the clinician statement for Priya Raman (employee of Coastal Credit Union, leave case 88-21047): generalised anxiety disorder with panic, expected incapacity 4 weeks from 16 March, intermittent thereafter for weekly therapy.\n\nA. Feld, PsyD"
        + FOOT,
        atts=(
            Att(
                "WH-380-E_Raman.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR EAP PARTNERS - CERTIFICATION OF HEALTH CARE PROVIDER",
                        "Employee: Priya Raman   Leave case 88-21047",
                        "Condition: generalized anxiety disorder with panic attacks",
                        "Incapacity: 03/16/2026 - 04/13/2026; intermittent weekly therapy",
                    ],
                    "Certification",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for affiliate counsellor",
        notes="Hard negative: recruiting post listing clinical specialties (substance use, trauma) and licences; no client.",
        frm="Network Development <network@northstareap.com>",
        to="jobs@riclinicalsocialwork.org",
        subject="Posting: affiliate EAP counsellors (RI/CT)",
        body="Please post to your job board:\n\nNorthstar EAP Partners seeks licensed affiliate counsellors (LICSW, LMHC, LMFT, psychologists) in RI and eastern CT. Experience with substance use disorders, trauma and short-term solution-focused therapy preferred. Fee $95/session, video or office.\n\nApply: network@northstareap.com"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Work-life referral with health context for dependent",
        notes="Hard positive: elder-care referral naming employee and her father's dementia diagnosis and recent hospital discharge.",
        frm="Work-Life Services <worklife@northstareap.com>",
        to="s.villanueva@coastalcreditunion.org",
        subject="Memory care options near Pawtucket",
        body=(
            "Hi Sofia,\n\nAs promised, three memory-care communities with openings that accept residents after a "
            "hospital discharge, given your father Ernesto's Alzheimer's diagnosis and his fall last week:\n\n"
            "1. Maple Court, Pawtucket - 401-555-0131\n2. Harbor Lights, East Providence - 401-555-0132\n"
            "3. St. Agnes Residence, Lincoln - 401-555-0133\n\nCall me if you want help with the Medicaid paperwork.\n\nColleen, Work-Life Specialist"
            + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Webinar registration confirmation to manager's personal email",
        notes="Hard negative: a manager registered with her gmail for a training on supporting distressed employees; training topic only, no one's health or counselling.",
        frm="Northstar Training <training@northstareap.com>",
        to="jamila.whitfield@gmail.com",
        subject="You're registered: Talking to an employee who seems distressed",
        body="Hi Jamila,\n\nYou're registered for Thursday 26 March, 12:00-12:45 PM ET. The join link and slides will arrive an hour before. A certificate of attendance is sent afterwards for your HR development record.\n\nNorthstar Training"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Multi-sheet case roster to clinical director",
        notes="Hard positive: workbook of open cases with client names, employers and presenting issues, sent to an external affiliate director's mailbox.",
        frm="Case Management <casemgmt@northstareap.com>",
        to="director@lighthousecounselinggroup.com",
        subject="Your affiliates' open cases - please reconcile",
        body="Please reconcile the attached list against your billing by Friday. Second tab has sessions awaiting notes.\n\nCase Management"
        + FOOT,
        atts=(
            Att(
                "Lighthouse_open_cases_0317.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open": [
                            ["Case", "Client", "Employer", "Issue", "Counsellor"],
                            [
                                "NS-26-043002",
                                "Gabriel Sousa",
                                "Tidewater Mfg",
                                "Depression",
                                "Ibsen",
                            ],
                            [
                                "NS-26-043377",
                                "Wendy Harcourt",
                                "Coastal CU",
                                "Opioid use - family member",
                                "Ibsen",
                            ],
                            ["NS-26-044015", "Rahul Menon", "Blue Highway", "Anxiety", "Torres"],
                        ],
                        "Notes pending": [
                            ["Case", "Session date"],
                            ["NS-26-043002", "2026-03-10"],
                            ["NS-26-044015", "2026-03-12"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Affiliate network directory update",
        notes="Directory of counsellors with specialties and offices; provider data only.",
        frm="Network Development <network@northstareap.com>",
        to="intake@northstareap.com",
        cc="director@lighthousecounselinggroup.com",
        subject="Network directory changes - March",
        body="Adds: Rachel Ibsen LMFT (couples, Cranston); Luis Torres LMHC (Spanish, anxiety, Woonsocket).\nRemoves: Dr. Keith Rowan (retired).\nNo other changes.",
        atts=(
            Att(
                "network_directory_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Counsellor", "Licence", "Specialties", "Office"],
                            ["Rachel Ibsen", "LMFT", "Couples, family", "Cranston"],
                            ["Luis Torres", "LMHC", "Anxiety, Spanish-speaking", "Woonsocket"],
                            ["Helen Marsh", "LICSW", "Panic, workplace stress", "Video only"],
                        ],
                        "Removed": [["Counsellor", "Reason"], ["Keith Rowan, PhD", "Retired"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Voicemail transcript forwarded to counsellor",
        notes="Hard positive: voicemail transcript in txt attachment with caller name, phone and mention of relapse.",
        frm="Northstar 24/7 Line <afterhours@northstareap.com>",
        to="luis.torres.lmhc@gmail.com",
        subject="VM for you (after hours)",
        body="Transcript attached. Caller asked for you by name.",
        atts=(
            Att(
                "vm_0317_0214.txt",
                "text/plain",
                "Voicemail 03/17/2026 02:14\nFrom: 401-555-0196\n\"Hi Luis it's Camila Reyes, your Tuesday client... I used again last night after six weeks, I'm okay, not in danger, but I need to move my appointment up. Please call me.\"\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phishing simulation results to staff",
        notes="IT security awareness results by department; no health data.",
        frm="IT Security <itsecurity@northstareap.com>",
        to="all-staff@northstareap.com",
        subject="March phishing simulation: results",
        body="Thanks all. Click rate fell to 4% (from 9%). Intake and Billing had zero credential submissions. Reminder: report suspicious mail with the 'Report' button.\n\nIT Security",
    ),
    Spec(
        phi=True,
        category="Calendar invite for SAP follow-up evaluation",
        notes="Calendar invite for a DOT SAP follow-up evaluation naming the driver, sent to his personal email.",
        frm="SAP Services <sap@northstareap.com>",
        to="ryan.kowalczyk.cdl@gmail.com",
        subject="Follow-up SAP evaluation",
        body="Ryan, your follow-up SAP evaluation is booked. Bring your IOP completion letter.\n\nMarcus Lindgren, SAP"
        + FOOT,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar//SAP//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sap-fu-40218@northstareap.com\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260610T140000Z\r\nDTEND:20260610T150000Z\r\n"
            "SUMMARY:SAP follow-up evaluation - R. Kowalczyk (post IOP)\r\nLOCATION:Northstar Cranston office\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Internal team meeting invite; no individual health information.",
        frm="Clinical Director <clinicaldirector@northstareap.com>",
        to="clinical-staff@northstareap.com",
        subject="Clinical team meeting - new CISM protocol",
        body="Agenda: new CISM protocol, intake script changes, Q2 trainings.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar//Staff//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:staffmtg-0324@northstareap.com\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260324T130000Z\r\nDTEND:20260324T140000Z\r\n"
            "SUMMARY:Clinical team meeting\r\nLOCATION:Conference room B / video\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Screenshot of case management screen to software vendor",
        notes="Hard positive: support ticket with a screenshot named after the client's case and a body quoting her name and 'eating disorder' flag.",
        frm="Case Management <casemgmt@northstareap.com>",
        to="support@caseloomsoftware.com",
        subject="Ticket: risk flag won't clear",
        body="On the attached screen for Nadia Farouk (case NS-26-042871) the 'eating disorder - high risk' flag won't clear after the counsellor closed it. Screenshot attached.\n\nThanks,\nCase Management",
        atts=(Att("NS-26-042871_Farouk_riskflag.png", "image/png", png(8, 5, (240, 240, 245))),),
    ),
    Spec(
        phi=False,
        category="Software vendor bug report with dummy data",
        notes="Hard negative: support ticket reproduced on training tenant with clearly fake client 'Test Client Alpha'.",
        frm="Case Management <casemgmt@northstareap.com>",
        to="support@caseloomsoftware.com",
        subject="Ticket: date picker bug (reproduced on TRAINING tenant)",
        body="Reproduced on the TRAINING tenant with dummy record 'Test Client Alpha' (case TRN-0001): the session date picker jumps back a month when you tab out. No production data involved.\n\nCase Management",
        atts=(Att("training_tenant_datepicker.png", "image/png", png(8, 5, (230, 235, 250))),),
    ),
    Spec(
        phi=True,
        category="Grief counselling referral to outside therapist",
        notes="Referral of named employee to a community grief therapist after EAP sessions exhausted, including phone and issue.",
        frm="Northstar Intake <intake@northstareap.com>",
        to="office@bereavementcenterri.org",
        subject="Referral - EAP sessions completed",
        body="Hello,\n\nWe'd like to refer Colm Fitzgerald (401-555-0172), who has used his 6 EAP sessions for complicated grief after his son's overdose death in January. He has BCBS RI coverage and prefers evenings. He agreed to this referral.\n\nThanks,\nIntake"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Aggregate substance-use trend brief for client",
        notes="Hard negative: industry-level data brief on alcohol-related EAP calls; aggregate only.",
        frm="Northstar Insights <insights@northstareap.com>",
        to="safety.director@bluehighwayfreight.com",
        subject="Trucking sector brief: substance use calls up 14%",
        body="Across our 22 transport-sector clients, alcohol-related EAP contacts rose 14% year over year, concentrated in Q4. Recommended: supervisor reasonable-suspicion training and a peer-support pilot. Full brief attached.",
        atts=(
            Att(
                "Transport_sector_brief_2026.docx",
                DOCX,
                docx(
                    [
                        "Northstar Insights - Transport sector brief",
                        "22 client employers, 9,400 covered employees",
                        "Alcohol-related contacts: 2024 212, 2025 242 (+14%)",
                        "No client-level or individual data are included.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of signed consent forms to auditor",
        notes="Hard positive: zip to external auditor containing consent forms naming clients and EAP counselling; body is only 'sample per request'.",
        frm="Compliance <compliance@northstareap.com>",
        to="fieldwork@ledgerlineaudit.com",
        subject="Sample #14-#16 per request list",
        body="Sample per request list attached.",
        atts=(
            Att(
                "consent_samples_14-16.zip",
                "application/zip",
                zipped(
                    {
                        "14_consent_Greenberg_Leah.txt": "Consent to release: Leah Greenberg, case NS-26-038812, authorises Northstar to confirm attendance to supervisor. Signed 2026-01-22.",
                        "15_consent_Ochoa_Ruben.txt": "Consent to release: Ruben Ochoa, case NS-26-039004, authorises referral to outpatient SUD programme. Signed 2026-01-29.",
                        "16_consent_Tan_Meiling.txt": "Consent to release: Meiling Tan, case NS-26-039540, authorises disclosure to leave administrator. Signed 2026-02-03.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Policy document on record retention",
        notes="Hard negative: retention policy listing record types such as 'client name, diagnosis' as examples; no individual.",
        frm="Compliance <compliance@northstareap.com>",
        to="fieldwork@ledgerlineaudit.com",
        subject="Policy CP-07 Record retention (current version)",
        body="Current version of CP-07 attached, approved 2 February 2026.",
        atts=(
            Att(
                "CP-07_Record_Retention.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR EAP PARTNERS - POLICY CP-07 RECORD RETENTION",
                        "Clinical records (client name, DOB, diagnosis, session notes): 7 years after closure.",
                        "SAP records: 5 years per 49 CFR 40.333.",
                        "Destruction: cross-cut shredding or certified wiping, logged.",
                    ],
                    "Record retention",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="One-line case note to colleague at personal address",
        notes="Hard positive: abbreviated note with first name + last initial + case number + 'SI screen +' sent to a counsellor's personal mailbox.",
        frm="Northstar 24/7 Line <afterhours@northstareap.com>",
        to="rachel.ibsen.lmft@outlook.com",
        subject="pls call back re NS-26-045120",
        body="Rachel - Owen T. (NS-26-045120) called 03:40, C-SSRS screen +, no plan, agreed to safety plan, wants appt today. Cell 401-555-0185.",
    ),
]
