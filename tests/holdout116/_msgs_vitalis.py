"""Vitalis Workplace Wellness (corporate wellness vendor): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

VW = "Vitalis Wellness <programs@vitaliswellness.com>"
FOOT = "\n\nVitalis Workplace Wellness\n233 S Wacker Dr, Suite 2100, Chicago, IL 60606 | (312) 555-0130"

MESSAGES = [
    Spec(
        phi=True,
        category="HTML-only biometric screening results to employee",
        notes="Hard positive: HTML-only results email to the employee's gmail with her name, blood pressure, cholesterol and glucose values.",
        frm="Vitalis Results <results@vitaliswellness.com>",
        to="tamsin.oyelaran@gmail.com",
        subject="Your screening results are ready",
        body="",
        html='<html><body style="font-family:Verdana,sans-serif"><h2 style="color:#5a3e8c">Your Know Your Numbers results</h2>'
        "<p>Hi Tamsin Oyelaran, here are your results from the onsite screening at Halvern Logistics on May 6, 2026:</p>"
        '<table border="1" cellpadding="6" style="border-collapse:collapse">'
        "<tr><th>Measure</th><th>Your result</th><th>Goal</th></tr>"
        '<tr><td>Blood pressure</td><td style="color:#c62828">148/94</td><td>&lt;120/80</td></tr>'
        '<tr><td>Total cholesterol</td><td style="color:#c62828">244 mg/dL</td><td>&lt;200</td></tr>'
        "<tr><td>Fasting glucose</td><td>97 mg/dL</td><td>&lt;100</td></tr><tr><td>BMI</td><td>29.6</td><td>18.5-24.9</td></tr></table>"
        "<p>Your blood pressure is in the stage 2 range. Please share these results with your doctor soon.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="individual biometric report PDF",
        notes="Hard positive: PDF report attached for the employee's outlook mailbox with his name, DOB, A1c in the diabetes range and a referral to see a doctor.",
        frm="Vitalis Results <results@vitaliswellness.com>",
        to="r.kaminski77@outlook.com",
        subject="Your personal health report",
        body="Hello Robert,\n\nYour personal health report from the May 7 screening is attached. A Vitalis nurse will call you this week about one of your results.\n\nVitalis Results Team"
        + FOOT,
        atts=(
            Att(
                "Vitalis_Report_Kaminski_R.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALIS WORKPLACE WELLNESS - PERSONAL HEALTH REPORT",
                        "Participant: Robert Kaminski   DOB: 10/29/1977   Employer: Halvern Logistics",
                        "Screening date: 05/07/2026 (onsite, Joliet DC)",
                        "Hemoglobin A1c: 7.1%  (diabetes range >= 6.5%)  ** Please see your physician **",
                        "Blood pressure 136/86   LDL 158 mg/dL   Waist 42 in   Tobacco: yes (cotinine positive)",
                        "Next step: nurse outreach call; enrol in Vitalis diabetes coaching.",
                    ],
                    "Personal health report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="incentive workbook to employer HR with tobacco status",
        notes="Hard positive: multi-sheet incentive workbook to the employer's HR listing named employees with tobacco status and disease-coaching completion.",
        frm="Vitalis Client Services <clientservices@vitaliswellness.com>",
        to="hrbenefits@halvernlogistics.com",
        subject="Q2 premium incentive file",
        body="Hi Megan,\n\nAttached is the Q2 incentive file for payroll, keyed by SSN as your payroll system needs. Tab 2 shows who keeps the tobacco surcharge and tab 3 who earned the condition-management credit.\n\nOwen Szabo\nAccount Manager",
        atts=(
            Att(
                "Halvern_Q2_incentives.xlsx",
                XLSX,
                xlsx(
                    {
                        "Incentive": [
                            ["Employee ID", "SSN", "Name", "Screening done", "Credit"],
                            ["HL-20318", "417-62-3085", "Robert Kaminski", "Y", 0],
                            ["HL-20455", "604-18-2297", "Tamsin Oyelaran", "Y", 300],
                            ["HL-21102", "268-39-1542", "Luis Echeverria", "Y", 300],
                        ],
                        "Tobacco": [
                            ["Employee ID", "Name", "Cotinine", "Surcharge"],
                            ["HL-20318", "Robert Kaminski", "Positive", "Yes - $50/month"],
                            ["HL-21102", "Luis Echeverria", "Negative", "No"],
                        ],
                        "Condition mgmt": [
                            ["Employee ID", "Name", "Program", "Completed"],
                            [
                                "HL-20455",
                                "Tamsin Oyelaran",
                                "Hypertension coaching",
                                "3 of 4 calls",
                            ],
                            ["HL-21877", "Gail Sorensen", "Diabetes coaching", "4 of 4 calls"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="high-risk outreach list CSV to nurse subcontractor",
        notes="Hard positive: CSV of named participants with phones and their abnormal blood pressure and A1c values for nurse outreach calls.",
        frm="Vitalis Clinical <clinical@vitaliswellness.com>",
        to="outreach@carelinenursing.com",
        subject="Outreach queue 05/11",
        body="This week's high-risk outreach queue attached. Same script as last month; document calls in the portal.\n\nNadia Farouk RN\nClinical Manager",
        atts=(
            Att(
                "outreach_queue_0511.csv",
                "text/csv",
                "participant,phone,employer,bp,a1c,flag\n"
                "Robert Kaminski,(815) 555-0126,Halvern Logistics,136/86,7.1,A1c diabetes range\n"
                "Tamsin Oyelaran,(708) 555-0173,Halvern Logistics,148/94,5.4,BP stage 2\n"
                "Donnell Price,(312) 555-0188,Marisco Foods,182/112,5.9,BP hypertensive crisis - call first\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="smoking cessation coaching note to participant",
        notes="Coaching follow-up to the participant's yahoo naming him, his 30 smoke-free days and nicotine patch step-down.",
        frm="Imani Brooks <ibrooks@vitaliswellness.com>",
        to="lucho.echeverria@yahoo.com",
        subject="Day 30!",
        body="Luis,\n\nThirty days smoke-free - that's huge. As we planned on today's call, step down from the 21 mg patch to the 14 mg patch starting Monday, and keep the gum for cravings after meals. Our next call is May 26.\n\nImani Brooks, NBC-HWC\nVitalis Health Coach",
    ),
    Spec(
        phi=True,
        category="reasonable alternative physician form docx",
        notes="Hard positive: physician form sent to the employee's doctor naming her and her hypothyroidism and pregnancy as reasons she cannot meet the BMI goal.",
        frm="Vitalis Member Services <members@vitaliswellness.com>",
        to="records@oakbrookobgyn.com",
        subject="Reasonable alternative standard form",
        body="Hello,\n\nYour patient asked us to send the attached reasonable alternative standard form to your office. Please complete section B and return by fax to (312) 555-0131.\n\nVitalis Member Services",
        atts=(
            Att(
                "RAS_form_Sorensen_Gail.docx",
                DOCX,
                docx(
                    [
                        "Vitalis Workplace Wellness - Reasonable Alternative Standard Request",
                        "Participant: Gail Sorensen   DOB: 07/12/1989   Employer: Halvern Logistics",
                        "Standard not met: BMI under 30 (screening 05/06/2026 BMI 33.1)",
                        "Reason given by participant: hypothyroidism on levothyroxine; currently 22 weeks pregnant.",
                        "Section B (physician): I certify the standard is medically inadvisable: [ ] Yes  [ ] No",
                        "Physician signature: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded participant email about migraines",
        notes="Hard positive: forwards a participant's own email about migraines and medication to the onsite nurse contractor.",
        frm="Vitalis Member Services <members@vitaliswellness.com>",
        to="onsite.rn@carelinenursing.com",
        subject="Fwd: can't do the screening Thursday",
        body="Hi Carla - can you offer her the makeup slot on the 21st at the Joliet site? See her note below.\n\nMember Services",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Hana Whitlock <hana.whitlock@halvernlogistics.com>",
            to="members@vitaliswellness.com",
            subject="can't do the screening Thursday",
            body="Hi, I'm scheduled for the 8:40 screening Thursday but I'm getting chronic migraines and my neurologist just started me on topiramate, and fasting makes them worse. Is there a later slot or can I skip the fasting draw? Thanks, Hana Whitlock (ext 4471)",
        ),
    ),
    Spec(
        phi=True,
        category="flu shot and A1c recheck invite",
        notes="Hard positive: calendar invite to the employee's work address naming her, a flu vaccine and an A1c recheck.",
        frm="Vitalis Onsite <onsite@vitaliswellness.com>",
        to="priyanka.raman@marisco-foods.com",
        subject="Invitation: onsite clinic appointment",
        body="Your onsite appointment is confirmed. Please bring your insurance card.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vitalis Workplace Wellness//Onsite//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vw-onsite-80412@vitaliswellness.com\r\nDTSTAMP:20260511T180000Z\r\n"
            "DTSTART:20260520T150000Z\r\nDTEND:20260520T151500Z\r\n"
            "SUMMARY:Priyanka Raman - quadrivalent flu vaccine + prediabetes A1c recheck\r\n"
            "LOCATION:Marisco Foods HQ\\, Wellness Room 2B\r\n"
            "ORGANIZER;CN=Vitalis Onsite:mailto:onsite@vitaliswellness.com\r\n"
            "ATTENDEE;CN=Priyanka Raman;RSVP=TRUE:mailto:priyanka.raman@marisco-foods.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="texting-style counselling referral confirmation",
        notes="Hard positive: short note to the employee's icloud confirming her first counselling session for anxiety through the program.",
        frm="Vitalis Care Navigation <navigation@vitaliswellness.com>",
        to="jo.ferrante@icloud.com",
        subject="counseling appt",
        body="Hi Jo - you're all set w/ Dr. Amari Coles (LCSW) Tues 5/19 6pm by video for the anxiety/panic stuff we talked about. 1st 6 sessions free thru the program. Reply if u need to move it. -Vitalis Care Nav",
    ),
    Spec(
        phi=True,
        category="employee ID prediabetes enrolment to payroll",
        notes="Hard positive: no names, but employee IDs are listed with a positive prediabetes screen and diabetes-prevention enrolment, sent to payroll.",
        frm="Vitalis Client Services <clientservices@vitaliswellness.com>",
        to="payroll@marisco-foods.com",
        subject="DPP credit - pay period 11",
        body="Please apply the $25 per-pay-period Diabetes Prevention Program credit for these employee IDs, each of whom screened in the prediabetes range and enrolled in DPP this month:\n\nMF-003318\nMF-004702\nMF-005519\n\nOwen Szabo\nAccount Manager",
    ),
    Spec(
        phi=True,
        category="diabetes prevention enrolment confirmation",
        notes="Enrolment confirmation to the participant's hotmail naming him, his prediabetes A1c and the DPP cohort start.",
        frm=VW,
        to="gustavo.brennan@hotmail.com",
        subject="You're enrolled: Prevent T2 cohort starting May 27",
        body="Hi Gustavo,\n\nYou're enrolled in the Vitalis diabetes prevention program. Your screening A1c of 6.0% puts you in the prediabetes range, and the program's goal is 5-7% weight loss and 150 minutes of activity a week. Your cohort meets Wednesdays at 12:10 pm by video, starting May 27, with lifestyle coach Imani Brooks.\n\nVitalis Workplace Wellness"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="zipped scanned screening forms to data entry vendor",
        notes="Hard positive: zip of transcribed onsite screening forms with names, DOBs and results sent to a data entry vendor.",
        frm="Vitalis Operations <ops@vitaliswellness.com>",
        to="intake@keystroke-datasolutions.com",
        subject="Batch MF-0507 for keying",
        body="Batch MF-0507 (Marisco Foods onsite, paper forms because the tablets failed). 3 forms transcribed to text, attached as a zip. Key into the results template by Wednesday.\n\nVitalis Ops",
        atts=(
            Att(
                "batch_MF-0507.zip",
                "application/zip",
                zipped(
                    {
                        "form_001.txt": "Name: Priyanka Raman  DOB: 1984-02-17  Emp ID MF-003318\nBP 124/80  Glucose (fasting) 109  A1c 5.9  HDL 48  Height 64 in  Weight 171 lb\n",
                        "form_002.txt": "Name: Walter Osei  DOB: 1966-09-03  Emp ID MF-004702\nBP 142/90  Glucose 118  A1c 6.2  Meds: amlodipine 5 mg\n",
                        "form_003.txt": "Name: Dana Kwiatkowski  DOB: 1991-12-30  Emp ID MF-005519\nBP 118/76  Glucose 104  A1c 5.8  Pregnant: no  Tobacco: no\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only personal health assessment summary",
        notes="Hard positive: HTML-only personalised assessment summary to the employee's comcast mailbox naming him and flagging depression screening and sleep apnea risk.",
        frm="Vitalis Wellness <hra@vitaliswellness.com>",
        to="omar.haddadin@comcast.net",
        subject="Your Health Assessment summary",
        body="",
        html='<html><body style="font-family:Verdana,sans-serif"><h2 style="color:#5a3e8c">Your Health Assessment</h2><p>Omar Haddadin, thank you for completing your assessment on May 9.</p>'
        "<h3>Areas to focus on</h3><ul><li><b>Mood:</b> your PHQ-9 answers (score 14) suggest moderate depression. Free counselling is available - call (312) 555-0135.</li>"
        "<li><b>Sleep:</b> loud snoring, daytime sleepiness and BMI 35 suggest sleep apnea risk. Talk to your doctor about a sleep study.</li></ul>"
        '<p><a href="https://my.vitaliswellness.com/hra/results">View your full report</a></p></body></html>',
    ),
    Spec(
        phi=True,
        category="follow-up lab requisition PDF to lab partner",
        notes="Hard positive: requisition PDF naming the participant, DOB and the repeat A1c and lipid tests ordered after an abnormal screen; cover note is generic.",
        frm="Vitalis Clinical <clinical@vitaliswellness.com>",
        to="requisitions@lakeshorelabservices.com",
        subject="Requisition attached",
        body="Requisition attached for a walk-in draw this week at your Loop location. Results to clinical@vitaliswellness.com.\n\nNadia Farouk RN",
        atts=(
            Att(
                "REQ_VW-551209.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALIS WORKPLACE WELLNESS - LABORATORY REQUISITION",
                        "Patient: Donnell Price   DOB: 03/08/1971   Phone: (312) 555-0188",
                        "Tests: Hemoglobin A1c (83036); Comprehensive metabolic panel (80053); Lipid panel (80061)",
                        "Reason: abnormal onsite screen 05/06/2026 - BP 182/112, glucose 131 (ICD-10 R03.0, R73.09)",
                        "Ordering clinician: Nadia Farouk RN under standing order of Paul Hennessy MD, NPI: 1402540706",
                    ],
                    "Lab requisition",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="tobacco surcharge appeal result to employee",
        notes="Decision on a tobacco surcharge appeal to the employee's gmail naming him, his positive cotinine test and his nicotine replacement.",
        frm="Vitalis Member Services <members@vitaliswellness.com>",
        to="rkaminski.home@gmail.com",
        subject="Your tobacco surcharge appeal",
        body="Dear Robert Kaminski,\n\nWe reviewed your appeal. Your May 7 cotinine test was positive; you told us this is from the nicotine patch you started April 28 to quit smoking. Because you are enrolled in our tobacco cessation program, the surcharge will be removed once you complete 4 coaching calls (you have done 1). We'll notify Halvern HR only that you met the alternative standard - not your test results.\n\nVitalis Member Services"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="EAP referral with PHQ-9 score to counselling partner",
        notes="Referral to a counselling practice naming the employee, her phone, her PHQ-9 score and grief-related depression.",
        frm="Vitalis Care Navigation <navigation@vitaliswellness.com>",
        to="intake@lakefrontcounseling.com",
        subject="New referral - Vitalis program",
        body="Hello,\n\nNew referral under our contract:\n\nName: Marguerite Delaney\nPhone: (773) 555-0142 (ok to leave message)\nEmployer: Marisco Foods\nReason: depressive symptoms after her husband's death in March; PHQ-9 = 17, denies suicidal ideation today.\nPreference: female therapist, evenings, in person.\n\nThanks,\nVitalis Care Navigation",
    ),
    Spec(
        phi=True,
        category="abnormal screening fax-to-email to PCP",
        notes="Screening result letter to the participant's primary care office naming him, his DOB and his very high blood pressure.",
        frm="Nadia Farouk RN <nfarouk@vitaliswellness.com>",
        to="fax-inbox@southlooppcp.com",
        subject="Abnormal screening - Donnell Price DOB 03/08/1971",
        body="To Dr. Abernathy,\n\nYour patient Donnell Price (DOB 03/08/1971) had a blood pressure of 182/112 (repeat 178/110) at a workplace screening on May 6, 2026. He had no chest pain or neurological symptoms. We advised same-day care; he says he ran out of amlodipine in March. Please follow up.\n\nNadia Farouk RN, Clinical Manager"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="coaching summary to participant with weight and medications",
        notes="Coaching summary to the participant's gmail naming her, her weight, blood pressure and statin.",
        frm="Imani Brooks <ibrooks@vitaliswellness.com>",
        to="tamsin.oyelaran@gmail.com",
        subject="Our call today - your plan",
        body="Hi Tamsin,\n\nSummary of today's call: your home readings this week averaged 138/88 - better than 148/94 at the screening. You started atorvastatin 20 mg from Dr. Greer and are down 4 lb (to 182). Goals for next two weeks: salt under 2,000 mg, 3 walks a week, take BP every morning.\n\nImani"
        + FOOT,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate population health workbook to employer",
        notes="Hard negative: multi-sheet aggregate report for the employer with risk percentages and participation; groups under 20 suppressed.",
        frm="Vitalis Analytics <analytics@vitaliswellness.com>",
        to="hrbenefits@halvernlogistics.com",
        subject="2026 screening - aggregate population report",
        body="Hi Megan,\n\nYour aggregate report is attached. As required, no individual results are included and any group under 20 participants is suppressed.\n\nVitalis Analytics",
        atts=(
            Att(
                "Halvern_aggregate_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Participation": [
                            ["Site", "Eligible", "Screened", "Rate"],
                            ["Joliet DC", 640, 512, "80%"],
                            ["Aurora DC", 410, 301, "73%"],
                            ["HQ", 220, 188, "85%"],
                        ],
                        "Risk": [
                            ["Measure", "% at risk 2025", "% at risk 2026"],
                            ["Blood pressure >= 130/80", 41, 38],
                            ["A1c >= 5.7", 29, 27],
                            ["BMI >= 30", 44, 43],
                            ["Tobacco", 18, 15],
                        ],
                        "Programs": [
                            ["Program", "Enrolled"],
                            ["Hypertension coaching", 74],
                            ["Diabetes prevention", 96],
                            ["Tobacco cessation", 41],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="participation counts by department CSV",
        notes="Hard negative: CSV of screening participation counts by department; no individuals.",
        frm="Vitalis Analytics <analytics@vitaliswellness.com>",
        to="wellness.committee@marisco-foods.com",
        subject="Participation by department - week 2",
        body="Department counts for your challenge leaderboard. Counts only.",
        atts=(
            Att(
                "marisco_participation_wk2.csv",
                "text/csv",
                "department,eligible,screened,pct\nProduction,388,241,62\nWarehouse,212,150,71\nOffice,140,121,86\nSales,96,58,60\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="screening services invoice PDF to employer",
        notes="Hard negative: vendor invoice PDF to the employer for screening services billed by volume; no participant named.",
        frm="Vitalis Billing <billing@vitaliswellness.com>",
        to="ap@halvernlogistics.com",
        subject="Invoice VW-2026-0419",
        body="Invoice attached for the May onsite screening events. Net 30.\n\nVitalis Billing",
        atts=(
            Att(
                "Invoice_VW-2026-0419.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALIS WORKPLACE WELLNESS - INVOICE VW-2026-0419",
                        "Bill to: Halvern Logistics, Accounts Payable, 1500 Channahon Rd, Joliet IL",
                        "Onsite biometric screening (venipuncture), 1,001 participants x $62.00 = $62,062.00",
                        "Health coaching, program fee May 2026 = $4,800.00",
                        "Total due: $66,862.00   Terms: Net 30   Remit to: Vitalis, 233 S Wacker Dr, Chicago",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lunch and learn invitation",
        notes="Hard negative: calendar invite to an all-employee list for a 'Know your numbers' lunch-and-learn on blood pressure and cholesterol.",
        frm="Vitalis Events <events@vitaliswellness.com>",
        to="all-employees@marisco-foods.com",
        subject="Invitation: Lunch & Learn - Know your numbers",
        body="Bring your lunch! Nurse Nadia Farouk explains what blood pressure, cholesterol and A1c numbers mean and how to improve them. Raffle for a fitness tracker.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vitalis Workplace Wellness//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vw-lnl-20260528@vitaliswellness.com\r\nDTSTAMP:20260511T190000Z\r\n"
            "DTSTART:20260528T170000Z\r\nDTEND:20260528T175000Z\r\n"
            "SUMMARY:Lunch & Learn: Know your numbers\r\nLOCATION:Marisco Foods HQ\\, Cafeteria B\r\n"
            "ORGANIZER;CN=Vitalis Events:mailto:events@vitaliswellness.com\r\n"
            "ATTENDEE;CN=All Employees;RSVP=FALSE:mailto:all-employees@marisco-foods.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only step challenge kickoff",
        notes="HTML-only step challenge kickoff to an employer distribution list; general wellness promotion, no individual.",
        frm="Vitalis Wellness <challenges@vitaliswellness.com>",
        to="all-staff@halvernlogistics.com",
        subject="The Summer Stride Challenge starts June 1",
        body="",
        html='<html><body style="font-family:Verdana,sans-serif"><h1 style="color:#5a3e8c">Summer Stride Challenge</h1>'
        "<p>Form a team of 4-6 coworkers and log your steps June 1-30. Top three teams win catered lunches.</p>"
        '<p><a href="https://my.vitaliswellness.com/challenges/summer-stride">Join or create a team</a></p>'
        '<p style="font-size:10px">Vitalis Workplace Wellness, 233 S Wacker Dr, Chicago IL</p></body></html>',
    ),
    Spec(
        phi=False,
        category="blank screening consent and authorization docx",
        notes="Hard negative: blank screening consent and authorization with empty name, DOB and result fields.",
        frm="Vitalis Compliance <compliance@vitaliswellness.com>",
        to="screeners@vitaliswellness.com",
        subject="Use this consent form from June 1",
        body="Screeners - attached is the revised blank consent (adds the GINA notice). Print 50 per event.\n\nCompliance",
        atts=(
            Att(
                "VW_Screening_Consent_2026-06.docx",
                DOCX,
                docx(
                    [
                        "Vitalis Workplace Wellness - Biometric Screening Consent and Authorization",
                        "Participant name: ______________________   Date of birth: __________   Employee ID: __________",
                        "I consent to a fingerstick or venipuncture to measure cholesterol, glucose and A1c.",
                        "Individual results are shared only with me and Vitalis clinical staff; my employer receives aggregate data only.",
                        "GINA notice: do not provide genetic information, including family medical history.",
                        "Signature: ______________________   Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="coach training with fictional participant",
        notes="Hard negative: coach training case using an obviously fictional participant ('Casey Sample') with invented results.",
        frm="Vitalis Coaching Academy <academy@vitaliswellness.com>",
        to="coaches@vitaliswellness.com",
        subject="Module 4 practice case",
        body="Practice case (fictional):\n\nCasey Sample, 'age 40', screening BP 142/92, BMI 31, says 'I don't have time to exercise'. Draft a motivational interviewing opening and one SMART goal. Bring to Friday's huddle.\n\nCoaching Academy",
    ),
    Spec(
        phi=False,
        category="wellness program notice TXT for employer intranet",
        notes="Hard negative: ADA/HIPAA wellness program notice text for the employer's intranet describing data use in general terms.",
        frm="Vitalis Compliance <compliance@vitaliswellness.com>",
        to="intranet@marisco-foods.com",
        subject="Required wellness program notice - please post",
        body="Please post the attached notice on the benefits intranet page before screenings begin.",
        atts=(
            Att(
                "Wellness_Program_Notice_2026.txt",
                "text/plain",
                "NOTICE REGARDING WELLNESS PROGRAM\n\nThe Marisco Foods wellness program is voluntary and available to all employees. If you choose to participate you will be asked to complete a health risk assessment and a biometric screening (blood pressure, cholesterol, glucose). You are not required to participate.\n\nThe information from your assessment will be used to provide you with information on your health and to offer services such as coaching. Your employer receives only aggregate information. Medical information that personally identifies you will not be provided to your supervisors or managers.\n\nQuestions: Vitalis Workplace Wellness, (312) 555-0130.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="screener logistics notice",
        notes="Staff logistics notice for screeners (parking, uniforms, start time); no participant data.",
        frm="Vitalis Operations <ops@vitaliswellness.com>",
        to="screeners@vitaliswellness.com",
        subject="Joliet DC event May 21 - logistics",
        body="Team,\n\nArrive 6:15 am, park in lot C (east gate), purple polos. Supply cases are in the van; sharps containers go back to Chicago. Lead: Carla Mendes.\n\nOps",
    ),
    Spec(
        phi=False,
        category="forwarded HR request for smoker names and refusal",
        notes="Hard negative: forwards an HR request for the names of smokers to compliance with the refusal; no individual is named or disclosed.",
        frm="Owen Szabo <oszabo@vitaliswellness.com>",
        to="compliance@vitaliswellness.com",
        subject="Fwd: list of smokers?",
        body="FYI - I told Megan we can't send that; only the surcharge yes/no through the payroll file under the plan's rules, and nothing to managers. Logging it as a disclosure request.\n\nOwen",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Megan Torvik <mtorvik@halvernlogistics.com>",
            to="oszabo@vitaliswellness.com",
            subject="list of smokers?",
            body="Owen, our ops VP wants to know which of his supervisors smoke so he can 'encourage' them. Can you send me the list from the screening? Thanks, Megan",
        ),
    ),
    Spec(
        phi=False,
        category="RFP response describing program outcomes",
        notes="Hard negative: RFP answers describing program design and book-of-business outcome averages; no individual.",
        frm="Vitalis Sales <sales@vitaliswellness.com>",
        to="rfp@northwoodsinsurancegroup.com",
        subject="RFP 2026-W14 - Vitalis response",
        body="Attached is our response to RFP 2026-W14.\n\nDelia Ashworth\nVP Sales",
        atts=(
            Att(
                "Vitalis_RFP_2026-W14.docx",
                DOCX,
                docx(
                    [
                        "Vitalis Workplace Wellness - Response to RFP 2026-W14",
                        "Q3. Describe outcomes: across 46 employer clients in 2025, participants at hypertension risk fell from 41% to 36%; average A1c among DPP completers fell 0.3 points.",
                        "Q7. Data protection: Vitalis signs BAAs with group health plans; employers receive aggregate data only with a minimum cell size of 20.",
                        "Q9. Staffing: RNs, NBC-HWC certified coaches, and a medical director.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="screening supply order to vendor",
        notes="Supply order for screening consumables; vendor business only.",
        frm="Vitalis Operations <ops@vitaliswellness.com>",
        to="orders@pointofcaresupplyco.com",
        subject="Order: lipid cartridges and lancets",
        body="Please ship to Chicago by May 18:\n- 40 boxes lipid panel + glucose cassettes (10/box)\n- 30 boxes A1c test kits\n- 20 boxes safety lancets\nAccount VW-7781.\n\nVitalis Ops",
    ),
    Spec(
        phi=False,
        category="shift offer to contract screener's gmail",
        notes="Hard negative: shift scheduling to a contract screener's personal gmail; workforce logistics only.",
        frm="Vitalis Operations <ops@vitaliswellness.com>",
        to="carla.mendes.phleb@gmail.com",
        subject="Shifts available 5/21 and 5/28",
        body="Hi Carla,\n\nWe have two shifts open: Joliet DC May 21 (6:15 am - 2 pm, lead) and Marisco HQ May 28 (7 am - 1 pm). Same rate as April. Reply to claim.\n\nVitalis Ops",
    ),
    Spec(
        phi=False,
        category="promotional flyer zip to employer communications",
        notes="Hard negative: zip of flyers and posters promoting onsite screening; general health messaging only.",
        frm="Vitalis Marketing <marketing@vitaliswellness.com>",
        to="internal.comms@marisco-foods.com",
        subject="Screening promo kit",
        body="Promo kit attached: poster text, email copy and a break-room flyer. Feel free to add your logo.",
        atts=(
            Att(
                "screening_promo_kit.zip",
                "application/zip",
                zipped(
                    {
                        "poster.txt": "KNOW YOUR NUMBERS. Free 15-minute screening at work. Blood pressure, cholesterol, glucose. Earn $300 toward your premium.",
                        "email_copy.txt": "Subject: Book your free screening\nIt takes 15 minutes and your results are private.",
                        "flyer.txt": "Onsite screening dates: May 20-22, Wellness Room 2B. Book at my.vitaliswellness.com.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal reminder to group health plan",
        notes="Contract reminder about a business associate agreement renewal; no PHI.",
        frm="Vitalis Legal <legal@vitaliswellness.com>",
        to="planadmin@halvernlogistics.com",
        subject="BAA renewal for the Halvern health plan",
        body="Hi,\n\nThe BAA between Vitalis and the Halvern Logistics Group Health Plan expires July 31, 2026. The renewal draft is unchanged from 2025. Could you confirm who will sign for the plan?\n\nPriya Nambiar\nCounsel",
    ),
    Spec(
        phi=False,
        category="team step challenge standings",
        notes="Hard negative: team-level step totals for a challenge leaderboard; team names only, no individual health data.",
        frm="Vitalis Wellness <challenges@vitaliswellness.com>",
        to="wellness.committee@marisco-foods.com",
        subject="Spring challenge - final standings",
        body="Final team standings (average daily steps per member):\n1. Forklift Five - 11,420\n2. Sales Sprinters - 10,880\n3. Night Shift Striders - 9,960\n4. HQ Hustle - 9,105\nPrize lunches will be scheduled next week.\n\nVitalis Challenges",
    ),
    Spec(
        phi=False,
        category="blood pressure category guideline for coaches",
        notes="Hard negative: clinical reference table of blood pressure categories and coaching actions; no individual.",
        frm="Nadia Farouk RN <nfarouk@vitaliswellness.com>",
        to="coaches@vitaliswellness.com",
        subject="BP categories and escalation - updated",
        body="Quick reference (2026 update):\n- Normal: <120/<80 - routine\n- Elevated: 120-129/<80 - lifestyle coaching\n- Stage 1: 130-139 or 80-89 - coaching + advise PCP visit within 3 months\n- Stage 2: >=140 or >=90 - advise PCP within 1 month\n- Crisis: >180 and/or >120 - same-day care; with symptoms call 911\n\nNadia",
    ),
    Spec(
        phi=False,
        category="webinar recording link to HR contacts",
        notes="Follow-up with a webinar recording link for benefits contacts; no individual.",
        frm="Vitalis Events <events@vitaliswellness.com>",
        to="benefits-contacts@vitaliswellness.com",
        subject="Recording: Designing incentives that comply with the ADA",
        body="Thanks to everyone who joined. Recording and slides: https://www.vitaliswellness.com/webinars/ada-incentives-2026 (available for 90 days).\n\nVitalis Events",
    ),
    Spec(
        phi=False,
        category="health coach job posting",
        notes="Job posting for a health coach; no patient data.",
        frm="Vitalis Talent <talent@vitaliswellness.com>",
        to="jobs@chicagohealthcareers.com",
        subject="Posting: Health Coach (remote, Central time)",
        body="Please post for 30 days:\n\nHealth Coach - remote. Telephonic and video coaching for tobacco cessation, hypertension and prediabetes programs. NBC-HWC or willingness to certify within 12 months; bilingual Spanish a plus. $58,000-$66,000.\n\nApply: vitaliswellness.com/careers",
    ),
]
