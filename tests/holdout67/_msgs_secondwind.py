"""Outbound mail of Second Wind Recovery Community, a peer-run recovery centre (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SWR, Att, Spec

SIG = "\n\nIn recovery together,\nSecond Wind Recovery Community | 77 Depot Street | 555-0131"

MESSAGES = [
    Spec(
        phi=True,
        category="Peer coach check-in with member about relapse",
        notes="Peer coach writes to member's gmail naming her and her relapse on fentanyl and naloxone use.",
        frm=f"Jess Albright <jess.albright@{SWR}>",
        to="kayleigh.runyon88@gmail.com",
        subject="checking in",
        body="Hey Kayleigh,\n\nI heard from Dom that you used again Saturday and someone had to give you Narcan. I'm really glad you're here. No judgement - want to grab coffee Tuesday and talk about getting back on Suboxone? I can drive you to the bridge clinic.\n\nJess (your peer coach)"
        + SIG,
    ),
    Spec(
        phi=False,
        category="All-recovery meeting schedule",
        notes="Public weekly meeting schedule; no individual.",
        frm=f"Second Wind <hello@{SWR}>",
        to="listserv@depotstreetneighbors.org",
        subject="Spring meeting schedule",
        body="All-recovery meeting: Mon/Wed/Fri 6 pm\nSMART Recovery: Tuesdays 7 pm\nFamilies & Friends: Thursdays 6:30 pm\nRecovery yoga: Saturdays 10 am\n\nEveryone welcome, no sign-up."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Recovery housing referral with member details",
        notes="Referral to sober-living house names the member, his 40 days of sobriety from alcohol and methadone dosing.",
        frm=f"Recovery Navigation <navigation@{SWR}>",
        to="intake@cornerstonesoberliving.org",
        subject="Bed referral",
        body="Hi Martha,\n\nReferring Terrell Oakes (55, phone 555-0176) for a bed. He has 40 days clean from alcohol and opioids, is dosing daily at Riverbend methadone clinic (95 mg), and just finished detox at St. Martha. He has income from SSDI.\n\nNavigation team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Volunteer orientation invite",
        notes="Calendar invite for a volunteer orientation; attendees are volunteers, no health info.",
        frm=f"Volunteer Coordinator <volunteers@{SWR}>",
        to="volunteers-list@secondwindrecovery.org",
        subject="Volunteer orientation - 28 March",
        body="New volunteers: orientation is on the 28th. Invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SecondWind//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sw-vol-0328@secondwindrecovery.org\r\nDTSTART:20260328T150000Z\r\nDTEND:20260328T170000Z\r\nSUMMARY:Volunteer orientation\r\nLOCATION:77 Depot Street\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Naloxone distribution log with names to state",
        notes="Hard positive: second sheet of the state naloxone workbook lists reporters with DOBs, one of whom was herself revived from an overdose.",
        frm=f"Harm Reduction <harmreduction@{SWR}>",
        to="naloxone@statehealthdept.gov",
        subject="Monthly naloxone report - February",
        body="Attached is February's report. Sheet 2 is the reversal reports you asked for." + SIG,
        atts=(
            Att(
                "naloxone_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Totals": [
                            ["Kits distributed", "Trainings", "Reversals reported"],
                            ["212", "37", "9"],
                        ],
                        "Reversals": [
                            ["Reporter", "DOB", "Person revived", "Date"],
                            ["Shawn Dempsey", "1991-03-08", "brother", "2026-02-04"],
                            [
                                "Alma Reyes",
                                "1986-11-21",
                                "self (revived by roommate)",
                                "2026-02-17",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Anonymous recovery story for newsletter",
        notes="Hard negative: member story published with consent under a pseudonym and no identifying details.",
        frm=f"Newsletter <newsletter@{SWR}>",
        to="printing@depotpress.com",
        subject="Newsletter copy for print - March",
        body='Final copy below, please print 400.\n\n"I\'m a mom, a welder, and a person in long-term recovery." - a member, name withheld\nOur Recovery Month gala raised $18,400. Thank you, community!'
        + SIG,
        atts=(
            Att(
                "newsletter_march.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND WIND RECOVERY COMMUNITY - MARCH NEWSLETTER",
                        "Member voices (name withheld by request): 'I'm a mom, a welder, and a person in long-term recovery.'",
                        "Gala raised $18,400",
                    ],
                    "March newsletter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to member's sister about treatment bed",
        notes="Hard positive: first name plus 'your brother' plus detox admission, sent to sister's mailbox.",
        frm=f"Jess Albright <jess.albright@{SWR}>",
        to="m.feeney.home@yahoo.com",
        subject="RE: Danny",
        body="Hi Maureen,\n\nGood news - Danny got a detox bed at St. Martha this morning and went in at 10. He asked me to let you know. He'll probably be there 5 days, then we'll talk about residential.\n\nJess"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Board treasurer report",
        notes="Finance report for peer organisation board; no individual.",
        frm=f"Operations <ops@{SWR}>",
        to="board@secondwindrecovery.org",
        subject="Treasurer's report",
        body="Cash on hand $61,200. SAMHSA BRSS grant drawdown on schedule. Rent increase effective July. Full statements attached."
        + SIG,
        atts=(
            Att(
                "treasurer_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "P&L": [
                            ["Line", "Feb", "YTD"],
                            ["Grants", "22,000", "44,000"],
                            ["Donations", "3,150", "6,910"],
                        ],
                        "Balance": [
                            ["Account", "Balance"],
                            ["Operating", "61,200"],
                            ["Reserve", "15,000"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Letter to drug court confirming participation",
        notes="Letter to drug court coordinator with participant name, case number and meeting attendance plus peer recovery coaching.",
        frm=f"Recovery Navigation <navigation@{SWR}>",
        to="drugcourt@ravencountycourts.gov",
        subject="Attendance letter - case 25-DC-0441",
        body="Attached is the attendance letter for Kristof Malinowski." + SIG,
        atts=(
            Att(
                "Malinowski_attendance.docx",
                DOCX,
                docx(
                    [
                        "Second Wind Recovery Community",
                        "Re: Kristof Malinowski, case 25-DC-0441",
                        "Mr. Malinowski attended 11 recovery meetings between 1 Feb and 13 Mar 2026 and meets weekly with a peer recovery coach for methamphetamine use disorder.",
                        "Signed release on file.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Peer specialist training certificate list",
        notes="Hard negative: staff course completions reported to the certification board; workforce training data with no health information.",
        frm=f"Training <training@{SWR}>",
        to="certification@statepeercert.org",
        subject="CPRS course completions - Cohort 14",
        body="The following completed the 46-hour CPRS course on 13 March: Alana Birch, Dominic Ferro, Yolanda Greer, Pete Sandoval. Attendance sheets attached."
        + SIG,
        atts=(
            Att(
                "cohort14_attendance.csv",
                "text/csv",
                "name,hours,completed\nAlana Birch,46,yes\nDominic Ferro,46,yes\nYolanda Greer,46,yes\nPete Sandoval,46,yes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form text in PDF",
        notes="Hard positive: scanned-form style PDF with member name, phone, substances used and last use date.",
        frm=f"Front Desk <frontdesk@{SWR}>",
        to="referrals@riverbendotp.com",
        subject="scan",
        body="scan attached" + SIG,
        atts=(
            Att(
                "SCAN_0316_0932.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND WIND RECOVERY COMMUNITY  WELCOME FORM",
                        "Name: _Rowan Pettibone_   Phone: _555-0119_",
                        "Substance(s): [x] opioids  [x] benzos  [ ] alcohol",
                        "Last use: _3/15_   Interested in MAT? [x] yes",
                        "Consent to share with Riverbend OTP: [x]",
                    ],
                    "scan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Community harm reduction vending machine press release",
        notes="Press release on naloxone vending machine with aggregate numbers.",
        frm=f"Second Wind <hello@{SWR}>",
        to="news@ksrv-tv.com",
        subject="Press release: free naloxone vending machine",
        body="FOR IMMEDIATE RELEASE\n\nSecond Wind Recovery Community's naloxone vending machine has dispensed 1,030 kits since October. County overdose deaths fell 22% in 2025.\n\nMedia contact: Ray Holt, 555-0131"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only welcome email mentioning member's recovery pathway",
        notes="Hard positive: HTML-only welcome to a new member's outlook address names him and his MAT pathway and first coaching session.",
        frm=f"Second Wind <hello@{SWR}>",
        to="ezra.lindgren@outlook.com",
        subject="Welcome to Second Wind, Ezra",
        body="",
        html="<html><body><p>Hi Ezra Lindgren,</p><p>Welcome! Your peer coach is <b>Dom Ferro</b>. Your first coaching session is Wednesday at 4 pm. Since you mentioned you're starting methadone at Riverbend, Dom can go with you to your first dosing day if you want.</p><p>Second Wind</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Thank-you to donor",
        notes="Donor thank-you; donor is not a member and no health info.",
        frm=f"Development <giving@{SWR}>",
        to="h.castellanos@gmail.com",
        subject="Thank you for your gift",
        body="Dear Helena,\n\nThank you for your gift of $250 to our Recovery Cafe fund. Your gift is tax deductible; no goods or services were provided.\n\nRay Holt\nExecutive Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Recovery capital assessment shared with clinic",
        notes="BARC-10 recovery capital scores with member name sent to his outpatient clinic.",
        frm=f"Recovery Navigation <navigation@{SWR}>",
        to="counselors@valleyoutpatientsud.com",
        subject="BARC-10 for shared member",
        body="Hi Ines,\n\nWith his release, here are Luis Carbajal's recovery capital scores: BARC-10 was 31 at intake (Jan) and 44 this week. He's still struggling with housing; cocaine cravings down. He says his counseling with you is helping.\n\nNavigation"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Peer coach shift schedule",
        notes="Staff shift rota; staff names only.",
        frm=f"Operations <ops@{SWR}>",
        to=f"coaches@{SWR}",
        subject="Shift schedule wk of 3/23",
        body="Mon: Jess / Dom\nTue: Alana / Pete\nWed: Yolanda / Jess\nThu: Dom / Pete\nFri: Alana / Yolanda\nSat drop-in: volunteers\n\nSwap requests to Ops by Friday."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hospital ED bridge referral acknowledgement",
        notes="Reply to ED peer programme naming an overdose survivor they referred and her follow-up plan.",
        frm=f"ED Bridge Coaches <edbridge@{SWR}>",
        to="edpeer@stmarthaharlan.org",
        subject="RE: warm handoff",
        body="Thanks for the warm handoff. We met Sierra Montague at her home yesterday after her overdose discharge. She's agreed to buprenorphine induction at Riverbend Friday and weekly coaching.\n\n> Warm handoff: Sierra Montague, 29, OD 3/13, discharged 3/15, phone 555-0163"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Recovery-friendly workplace toolkit to employers",
        notes="Hard negative: employer toolkit discussing opioid use disorder and return to work in general terms.",
        frm=f"Workforce Programs <workforce@{SWR}>",
        to="members@harlanchamber.org",
        subject="Recovery-friendly workplace toolkit",
        body="Attached is our toolkit for employers: how to write a fair-chance policy, what to do if an employee discloses opioid use disorder, and how medications like buprenorphine affect safety-sensitive jobs (usually they don't)."
        + SIG,
        atts=(
            Att(
                "RFW_toolkit.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND WIND RECOVERY COMMUNITY - RECOVERY-FRIENDLY WORKPLACE TOOLKIT",
                        "1. Fair-chance hiring",
                        "2. When an employee discloses a substance use disorder",
                        "3. MOUD and safety-sensitive roles",
                    ],
                    "RFW toolkit",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Photo of member at graduation named in file",
        notes="Hard positive: photo file named after the member, with a caption saying she is one year free from heroin, sent to the local paper.",
        frm=f"Newsletter <newsletter@{SWR}>",
        to="photos@harlancourier.com",
        subject="Photo for Sunday feature",
        body="Photo for the feature. Caption: Brianna Vukovic celebrates one year free from heroin at Second Wind's coin ceremony."
        + SIG,
        atts=(Att("brianna_vukovic_1yr_coin.png", "image/png", png(10, 8, (210, 180, 140))),),
    ),
    Spec(
        phi=False,
        category="Fake member data in app demo",
        notes="Hard negative: vendor demo feedback using clearly fake sample members from the app's demo dataset.",
        frm=f"Operations <ops@{SWR}>",
        to="success@recoverytrackapp.com",
        subject="Demo feedback",
        body="Hi Cole,\n\nThe demo looked good. In the sample data, \"Demo Member A\" with 'opioids, 90 days' and \"Test User Bravo\" didn't show the check-in streak correctly. Since these are your demo records, not ours, no concern there - but we'd want the BAA before loading real members."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded text from member about suicidal thoughts",
        notes="Peer coach forwards member's message naming her and suicidal thoughts to crisis line partner.",
        frm=f"Dom Ferro <dom.ferro@{SWR}>",
        to="mobilecrisis@brightwatercmhc.org",
        subject="Fwd: can't do this anymore",
        body="Please reach out to Carmen Ybarra ASAP, 555-0158, she sent this at 1 am. She's 60 days sober from alcohol. I'm going over now.\n\nDom"
        + SIG,
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="carmen.ybarra77@gmail.com",
            to=f"dom.ferro@{SWR}",
            subject="can't do this anymore",
            body="dom i keep thinking about ending it. i have the pills my doc gave me. i don't want to drink but i'm tired. - carmen",
        ),
    ),
    Spec(
        phi=False,
        category="Grant report with aggregate outcomes",
        notes="Hard negative: multi-sheet grant workbook with member counts and retention rates by quarter, no individuals.",
        frm=f"Operations <ops@{SWR}>",
        to="grants@samhsa-brss-tacs.org",
        subject="BRSS TACS quarterly data",
        body="Quarterly data attached. n<10 suppressed." + SIG,
        atts=(
            Att(
                "brss_q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Engagement": [
                            ["Measure", "Q1"],
                            ["New members", "148"],
                            ["Coaching sessions", "1,022"],
                            ["Retained 90 days", "61%"],
                        ],
                        "Pathways": [
                            ["Primary substance", "Members"],
                            ["Opioids", "83"],
                            ["Alcohol", "41"],
                            ["Stimulants", "19"],
                            ["Other", "<10"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of coaching notes to new coach",
        notes="Zip of coaching notes with member names and substance histories sent to a coach's personal mailbox.",
        frm=f"Jess Albright <jess.albright@{SWR}>",
        to="alana.birch.cprs@gmail.com",
        subject="my caseload notes while I'm out",
        body="Alana - here are my notes so you can cover my folks while I'm on leave. Please delete after."
        + SIG,
        atts=(
            Att(
                "jess_caseload_notes.zip",
                "application/zip",
                zipped(
                    {
                        "notes.txt": "Kayleigh Runyon - relapse 3/14 fentanyl, wants Suboxone\nMarcus Doyle - 8 months alcohol-free, court date 4/2\nTina Esposito - on Vivitrol shots, due 3/27\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Facility rental agreement",
        notes="Vendor contract for renting the hall; no health content about individuals.",
        frm=f"Operations <ops@{SWR}>",
        to="leasing@depotstreetprops.com",
        subject="Signed addendum - hall rental",
        body="Attached is the signed addendum extending the Friday hall rental through December at $300/month."
        + SIG,
        atts=(
            Att(
                "hall_addendum_signed.docx",
                DOCX,
                docx(
                    [
                        "Second Wind Recovery Community - Addendum 2",
                        "Hall rental Fridays 5-9 pm through 31 Dec 2026",
                        "Rent $300/month",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transportation voucher request naming clinic",
        notes="Hard positive: terse voucher request ties a member's name to daily methadone clinic dosing.",
        frm=f"Front Desk <frontdesk@{SWR}>",
        to="vouchers@ravencountytransit.org",
        subject="bus passes",
        body="Need 30-day pass for Orlando Bisset - daily dosing at Riverbend OTP, starts Mon. Thx."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Recovery walk registration confirmation",
        notes="Hard negative: event registration to a supporter's gmail; participation in a public walk is not health info about the person.",
        frm=f"Second Wind <events@{SWR}>",
        to="jules.marrow@gmail.com",
        subject="You're registered: Rally for Recovery 5K",
        body="Hi Jules,\n\nYou're registered for the Rally for Recovery 5K on 12 September. T-shirt size: M. Packet pickup at 77 Depot Street the day before.\n\nSee you there!"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Text export of member check-ins to probation",
        notes="Plain-text log of member check-ins with names and drug screen results sent to probation officer.",
        frm=f"Recovery Navigation <navigation@{SWR}>",
        to="pwhitley@ravencountyprobation.gov",
        subject="Check-ins for your clients",
        body="Officer Whitley, attached are check-in logs for the two members who signed releases."
        + SIG,
        atts=(
            Att(
                "checkins_mar.txt",
                "text/plain",
                "Name          Date   Coach  Notes\nJarvis Kemp   03/04  Dom    attended; self-reports 30 days no meth\nJarvis Kemp   03/11  Dom    UDS at clinic negative per member\nLena Osei     03/05  Pete   missed; later reported drinking\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML event newsletter",
        notes="HTML-only community newsletter about recovery cafe events; no individual.",
        frm=f"Newsletter <newsletter@{SWR}>",
        to="subscribers@secondwindrecovery.org",
        subject="This week at the Recovery Cafe",
        body="",
        html="<html><body><h3>This week at the Recovery Cafe</h3><ul><li>Open mic Friday</li><li>Resume workshop Tuesday</li><li>Free naloxone training Saturday</li></ul><p>Sober fun, no cover.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Insurance peer support billing question",
        notes="Email to Medicaid plan with member name, Medicaid ID and H0038 peer support units billed.",
        frm=f"Billing <billing@{SWR}>",
        to="providerservices@showmecaremcd.com",
        subject="Denied H0038 claims",
        body="Hello,\n\nThree claims for peer support (HCPCS H0038) were denied for member Nadine Coker, Medicaid ID MCD5518207, DOS 2/9, 2/16, 2/23. Denial reason CO-197. Her authorization was on file (auth 77120). Please advise.\n\nBilling, Second Wind"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Policy on member confidentiality with placeholders",
        notes="Hard negative: confidentiality policy template with bracketed placeholders for member name and substance.",
        frm=f"Operations <ops@{SWR}>",
        to="peerleaders@staterecoverynetwork.org",
        subject="Our confidentiality policy (template to share)",
        body='As promised, our template. Fill in the brackets.\n\n"I, [MEMBER NAME], allow Second Wind to share that I participate in [PROGRAM] and my recovery goals related to [SUBSTANCE] with [RECIPIENT] until [DATE]."'
        + SIG,
    ),
    Spec(
        phi=True,
        category="Reply to member's employer confirming attendance",
        notes="Hard positive: reply to employer EAP names the employee only as 'Ms. Ruiz' in the subject; body confirms her weekly recovery coaching for alcohol use.",
        frm=f"Workforce Programs <workforce@{SWR}>",
        to="eap@harlanmanufacturing.com",
        subject="RE: Ms. Ruiz",
        body="Yes - she has attended all weekly recovery coaching sessions for her alcohol use since 2 Feb, per her return-to-work agreement. Next report due 1 April."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff member's sick leave notice to team",
        notes="Hard negative: workforce notice that a coach is out on leave with no reason given; staff, not a member.",
        frm=f"Operations <ops@{SWR}>",
        to=f"coaches@{SWR}",
        subject="Jess out until April",
        body="Team, Jess is out on leave until 13 April. Alana is covering her members. Please route questions to Ops."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Calendar invite for member's court support",
        notes="Hard positive: invite to the member's hotmail whose summary names him, his DUI treatment court review and months alcohol-free.",
        frm=f"Dom Ferro <dom.ferro@{SWR}>",
        to="marcusdoyle.work@hotmail.com",
        subject="Court on 4/2",
        body="Marcus, I'll meet you on the courthouse steps.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SecondWind//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sw-court-0402@secondwindrecovery.org\r\nDTSTART:20260402T140000Z\r\nDTEND:20260402T153000Z\r\nSUMMARY:Marcus Doyle - DUI treatment court review (8 months alcohol-free)\r\nLOCATION:Raven County Courthouse\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Screenshot of website banner for designer",
        notes="Image of website banner sent to designer; no individual.",
        frm=f"Second Wind <hello@{SWR}>",
        to="studio@bluepinedesign.co",
        subject="banner colours",
        body="Can we make the banner greener, like this?" + SIG,
        atts=(Att("banner_mock.png", "image/png", png(12, 4, (40, 160, 90))),),
    ),
    Spec(
        phi=True,
        category="Hepatitis C test referral note",
        notes="Hard positive: abbreviation-heavy note ties member first and last initial plus DOB to reactive HCV antibody result.",
        frm=f"Harm Reduction <harmreduction@{SWR}>",
        to="hcv@ravencountyhealth.gov",
        subject="linkage",
        body="Linkage to care pls: pt R.P., DOB 7/2/1994, HCV Ab reactive on rapid test 3/13 at our site, needs RNA. Ph 555-0119. Prefers text."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to researcher declining data request",
        notes="Declines a data request; no individual information given.",
        frm=f"Operations <ops@{SWR}>",
        to="k.oyelowo@marlowuniversity.edu",
        subject="RE: survey of your members",
        body="Dr. Oyelowo,\n\nThanks for thinking of us. Our member council declined to share contact lists. You're welcome to post a flyer on our board for voluntary participation.\n\nRay Holt"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Member list for holiday gift cards with recovery status",
        notes="Hard positive: CSV to grocery vendor lists members with phone and 'days in recovery' column, tying names to SUD recovery.",
        frm=f"Development <giving@{SWR}>",
        to="giftcards@harvestmarket.com",
        subject="Order list",
        body="Here's the list for the gift card order. Please mail to the addresses." + SIG,
        atts=(
            Att(
                "giftcard_list.csv",
                "text/csv",
                "name,address,phone,days_in_recovery\nTina Esposito,14 Birch Ln Harlan MO 65012,555-0125,210\nOrlando Bisset,3 Mill St Apt 2 Harlan MO 65012,555-0133,18\n",
            ),
        ),
    ),
]
