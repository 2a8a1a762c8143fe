# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)
"""Harborside Psychiatry & Counseling: outbound mail, 16 with PHI and 16 without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

ICS_TELE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborside Psychiatry//Telehealth//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:hpc-tele-55021@harborsidepsych.com\r\nDTSTAMP:20261109T180000Z\r\n"
    "DTSTART:20261116T230000Z\r\nDTEND:20261116T235000Z\r\n"
    "SUMMARY:Telehealth session with Dr. Venkataraman\r\n"
    "LOCATION:https://harborsidepsych.doxy.me/venkataraman\r\n"
    "DESCRIPTION:Medication management follow-up (lithium level review) for Gideon Marchetti-Hale.\\n"
    "Please have your pharmacy bottle nearby.\r\n"
    "ORGANIZER:mailto:frontdesk@harborsidepsych.com\r\nATTENDEE:mailto:gmarchettihale@outlook.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_STAFF = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborside Psychiatry//Staff//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:hpc-peer-consult-1119@harborsidepsych.com\r\nDTSTAMP:20261109T180000Z\r\n"
    "DTSTART:20261119T200000Z\r\nDTEND:20261119T210000Z\r\n"
    "SUMMARY:Peer consultation group - treatment-resistant depression\r\n"
    "LOCATION:Conference room B / Teams\r\n"
    "DESCRIPTION:Journal club: esketamine outcomes review. Bring de-identified case questions only.\r\n"
    "ORGANIZER:mailto:clinicaldirector@harborsidepsych.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

INNER_PARENT = Spec(
    phi=True,
    category="inner",
    notes="inner forwarded message",
    frm="Connor Whitaker <c.whitaker77@yahoo.com>",
    to="Front Desk <frontdesk@harborsidepsych.com>",
    subject="my son's appointment",
    body=(
        "Hi, this is Connor, Ethan Whitaker's dad. Ethan's anxiety has gotten a lot worse since the\n"
        "Prozac dose change and he's refusing school. Can Dr. Lindgren see him sooner than Dec 3?\n"
        "Best number is 650-555-0182.\n"
    ),
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="telehealth ICS invite to patient",
        notes="ICS invite to patient's outlook with name and lithium level review",
        frm="Harborside Front Desk <frontdesk@harborsidepsych.com>",
        to="gmarchettihale@outlook.com",
        subject="Your upcoming telehealth visit",
        body="Please accept the invitation. The link opens a private video room; no download needed.\n",
        ics=ICS_TELE,
    ),
    Spec(
        phi=True,
        category="therapist to patient brief reschedule",
        notes="Hard positive: therapist writes patient's gmail to move their weekly EMDR session; being a patient + therapy type",
        frm="Noor Haddad LMFT <nhaddad@harborsidepsych.com>",
        to="sam.oyelaran@gmail.com",
        subject="Thursday",
        body=(
            "Hi Sam,\n\nI need to move our Thursday EMDR session to Friday at 4 - same room. If that doesn't\n"
            "work, reply with a couple of times and I'll make it happen.\n\nNoor\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent email to psychiatrist",
        notes="Hard positive: cover note bland; forwarded parent mail has child's name, anxiety, Prozac, school refusal",
        frm="Harborside Front Desk <frontdesk@harborsidepsych.com>",
        to="Dr. Erik Lindgren <elindgren@harborsidepsych.com>",
        subject="Fwd: my son's appointment",
        body="Dr. L - see below, do you want me to use your Tuesday hold slot?\n",
        forward=INNER_PARENT,
    ),
    Spec(
        phi=True,
        category="prior auth letter PDF for TMS",
        notes="PDF letter of medical necessity for TMS with name, DOB, member ID, diagnoses and failed meds",
        frm="Harborside Billing <billing@harborsidepsych.com>",
        to="behavioralhealth.um@pacificcrestbh.com",
        subject="LMN - TMS request",
        body="Letter of medical necessity attached for the TMS request submitted 11/9.\n",
        atts=(
            Att(
                "LMN_TMS.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORSIDE PSYCHIATRY & COUNSELING",
                        "Letter of Medical Necessity - Transcranial Magnetic Stimulation",
                        "Patient: Rosalind Achebe   DOB: 06/14/1979   Member ID: PCB448201937",
                        "Diagnosis: F33.2 Major depressive disorder, recurrent, severe",
                        "Failed trials: sertraline 200 mg, bupropion XL 450 mg, venlafaxine 225 mg",
                        "Requested: 36 sessions TMS (90867, 90868)",
                        "Erik Lindgren, MD  NPI: 1473812471",
                    ],
                    "LMN TMS",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Part 2 SUD treatment to employer EAP",
        notes="Hard positive: counselor confirms to EAP that employee attends IOP for alcohol use disorder (42 CFR Part 2)",
        frm="Marcus Bell LCADC <mbell@harborsidepsych.com>",
        to="case.manager@anchoreap.com",
        subject="RE: attendance verification",
        body=(
            "Hi Donna,\n\nPer the signed consent, confirming that Travis Kjellberg has attended 11 of 12\n"
            "IOP group sessions for alcohol use disorder since 10/12 and is on naltrexone. Next review 12/1.\n\n"
            "Marcus Bell, LCADC\nHarborside Psychiatry & Counseling\n\n"
            "This information has been disclosed to you from records protected by federal confidentiality\n"
            "rules (42 CFR part 2).\n"
        ),
    ),
    Spec(
        phi=True,
        category="superbill CSV to billing service",
        notes="CSV of therapy sessions with client names, DOBs, CPT and ICD codes sent to outsourced biller",
        frm="Office Manager <office@harborsidepsych.com>",
        to="uploads@coastalbillingpros.com",
        subject="week 45 sessions",
        body="Week 45 export attached. Two sessions are self-pay, marked SP.\n",
        atts=(
            Att(
                "sessions_wk45.csv",
                "text/csv",
                "client,dob,dos,cpt,icd10,clinician,payer\r\n"
                "Leilani Kahale,1992-03-08,2026-11-02,90837,F43.10,NHaddad,Aetna W302918844\r\n"
                "Omar Farouk,1988-11-21,2026-11-03,90834,F41.1,MBell,SP\r\n"
                "Beatriz Nogueira,2001-07-15,2026-11-04,99214+90833,F31.81,PVenkataraman,Cigna U71884520\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="safety plan DOCX to patient",
        notes="DOCX safety plan with patient name, suicidal ideation triggers, crisis contacts",
        frm="Dr. Priya Venkataraman <pvenkataraman@harborsidepsych.com>",
        to="juniper.ashworth@icloud.com",
        subject="the plan we made today",
        body="Juniper, here's the copy of the plan we wrote together. Keep it on your phone too.\n",
        atts=(
            Att(
                "Safety_Plan_J_Ashworth.docx",
                DOCX,
                docx(
                    [
                        "Safety Plan for Juniper Ashworth (11/10/2026)",
                        "Warning signs: not sleeping, skipping meals, thoughts that everyone would be better off without me.",
                        "Coping: walk the dog, call my sister Wren (415-555-0164).",
                        "Professional contacts: Dr. Venkataraman, 988 Suicide & Crisis Lifeline.",
                        "Making the environment safe: roommate holds my quetiapine.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show list initials and DOB",
        notes="Hard positive: no-show list by initials and DOB with clinician and appointment type to answering service",
        frm="Front Desk Lead <deskleads@harborsidepsych.com>",
        to="ops@bayareaansweringservice.com",
        subject="call list for Monday",
        body=(
            "Please do outreach calls Monday AM for these no-shows (numbers in our shared portal):\n"
            "R.T. 04/02/1985 - med mgmt w/ Dr. Lindgren\n"
            "K.M.S. 10/19/2004 - intake, eating disorder eval\n"
            "D.Y. 01/27/1971 - Suboxone follow-up\n"
        ),
    ),
    Spec(
        phi=True,
        category="coordination with children's hospital psych",
        notes="Hard positive: Psychiatrist replies to Bayview C-L psychiatry: accepted teen, first appointment and med plan",
        frm="Dr. Priya Venkataraman <pvenkataraman@harborsidepsych.com>",
        to="Marisol Quintero <mquintero@bayviewchildrens.org>",
        subject="RE: Referral - adolescent after PICU stay",
        body=(
            "Marisol - we can take Kayla. First visit Wed 11/18 at 3:30 with me, DBT intake with Noor the\n"
            "following week. I'll continue sertraline 25 mg and titrate. Please send the discharge summary.\n\nPriya\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only lab order to lab",
        notes="HTML-only lab requisition with patient name, DOB, clozapine ANC monitoring",
        frm="Harborside Nursing <nursing@harborsidepsych.com>",
        to="orders@quantalabs-norcal.com",
        subject="Standing order - ANC monitoring",
        body="",
        html=(
            "<html><body><table border='1'><tr><th>Patient</th><th>DOB</th><th>Test</th><th>Frequency</th></tr>"
            "<tr><td>Desmond Achterberg</td><td>09/03/1996</td><td>CBC w/ diff (ANC)</td><td>weekly - clozapine REMS</td></tr>"
            "</table><p>Ordering: Erik Lindgren MD. Fax results 650-555-0110.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="telehealth IP log with patient",
        notes="Hard positive: IT troubleshooting mail tying a client's name, IP address and session for couples therapy",
        frm="Harborside IT <it@harborsidepsych.com>",
        to="support@doxyme-partners.com",
        subject="Ticket 55810 - dropped session",
        body=(
            "The 5pm couples therapy session for Lena and Viktor Morozov dropped 3 times.\n"
            "Client side IP 73.158.42.19, Chrome 131 on Windows. Our side was fine. Logs attached on portal.\n"
        ),
    ),
    Spec(
        phi=True,
        category="collections account notice to patient",
        notes="Account number and balance for psychotherapy services to patient hotmail",
        frm="Harborside Billing <billing@harborsidepsych.com>",
        to="d.ferrante71@hotmail.com",
        subject="Past due balance - account 30077182",
        body=(
            "Dear Dominic Ferrante,\n\nYour account 30077182 has a past-due balance of $420.00 for\n"
            "psychotherapy sessions on 08/14 and 08/28/2026. Please call 650-555-0105 to set up a plan.\n\nHarborside Billing\n"
        ),
    ),
    Spec(
        phi=True,
        category="XLSX caseload handoff",
        notes="Two-sheet XLSX caseload for departing therapist with names, diagnoses, risk level",
        frm="Clinical Director <clinicaldirector@harborsidepsych.com>",
        to="Dr. Hannah Greer <hgreer@harborsidepsych.com>",
        cc="Noor Haddad LMFT <nhaddad@harborsidepsych.com>",
        subject="Caseload transfer from Noor",
        body="Hannah, here's the handoff list. High-risk tab first please.\n",
        atts=(
            Att(
                "caseload_transfer.xlsx",
                XLSX,
                xlsx(
                    {
                        "High risk": [
                            ["Client", "DOB", "Dx", "Risk note"],
                            ["Juniper Ashworth", "1999-12-04", "MDD, recurrent", "SI history, safety plan 11/10"],
                        ],
                        "Routine": [
                            ["Client", "DOB", "Dx", "Modality"],
                            ["Sam Oyelaran", "1990-05-19", "PTSD", "EMDR weekly"],
                            ["Leilani Kahale", "1992-03-08", "PTSD", "CPT biweekly"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy clarification with DEA",
        notes="Prescriber office asks pharmacy about buprenorphine Rx for named patient; includes prescriber DEA (valid)",
        frm="Harborside Nursing <nursing@harborsidepsych.com>",
        to="rx@harborviewcommunitypharmacy.com",
        subject="Rx clarification",
        body=(
            "Re: Dwayne Yarborough, DOB 01/27/1971 - buprenorphine/naloxone 8/2 mg film, #14.\n"
            "Prescriber Dr. Erik Lindgren, DEA: FL7612319. The quantity is correct (weekly pickup).\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI to colleague",
        notes="Hard positive: subject names patient and 'ER visit overdose'; body only 'call me'",
        frm="Marcus Bell LCADC <mbell@harborsidepsych.com>",
        to="Dr. Erik Lindgren <elindgren@harborsidepsych.com>",
        subject="Omar Farouk - ER visit last night, overdose",
        body="Call me when you're out of session.\n",
    ),
    Spec(
        phi=True,
        category="zip of intake forms",
        notes="Zip with intake questionnaire text including PHQ-9 score for named client",
        frm="Intake <intake@harborsidepsych.com>",
        to="Dr. Hannah Greer <hgreer@harborsidepsych.com>",
        subject="new intake packet",
        body="Packet for your 11/16 new client attached.\n",
        atts=(
            Att(
                "intake_packet.zip",
                "application/zip",
                zipped(
                    {
                        "intake.txt": (
                            "Name: Priscilla Vandermeer  DOB 1986-02-11  Phone 408-555-0177\n"
                            "Reason: postpartum depression, baby born 09/2026\n"
                            "PHQ-9: 19  GAD-7: 14  Prior meds: none\n"
                        )
                    }
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="peer consultation ICS",
        notes="Hard negative: staff calendar invite on treatment-resistant depression, no clients",
        frm="Clinical Director <clinicaldirector@harborsidepsych.com>",
        to="clinicians@harborsidepsych.com",
        subject="Peer consult 11/19",
        body="Invite attached.\n",
        ics=ICS_STAFF,
    ),
    Spec(
        phi=False,
        category="clinician bio web update",
        notes="Hard negative: website bios listing clinicians with specialties in PTSD, bipolar disorder, OCD",
        frm="Marketing <marketing@harborsidepsych.com>",
        to="hello@wavelengthwebstudio.com",
        subject="Bio updates for the Our Team page",
        body="",
        html=(
            "<html><body><p>Please update these bios:</p><ul>"
            "<li><b>Noor Haddad, LMFT</b> - trauma and PTSD, EMDR certified, couples therapy</li>"
            "<li><b>Erik Lindgren, MD</b> - adult psychiatry, bipolar disorder, clozapine clinic</li>"
            "<li><b>Hannah Greer, PsyD</b> - OCD and anxiety, exposure and response prevention</li>"
            "</ul><p>Headshots in the shared drive.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="practice newsletter mental health topic",
        notes="Hard negative: newsletter about seasonal affective disorder and 988, no individuals",
        frm="Harborside Psychiatry <news@harborsidepsych.com>",
        to="newsletter@lists.harborsidepsych.com",
        subject="Shorter days, lower mood? Let's talk about SAD",
        body=(
            "As daylight shrinks, about 5% of adults experience seasonal affective disorder.\n"
            "Light therapy, regular sleep and talking to a clinician can help. In crisis? Call or text 988.\n"
            "Our evening telehealth slots are now open on Tuesdays.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes report PDF",
        notes="Hard negative: PDF of aggregate PHQ-9 improvement rates by program",
        frm="Clinical Director <clinicaldirector@harborsidepsych.com>",
        to="contracts@pacificcrestbh.com",
        subject="2026 Q3 outcomes for value-based contract",
        body="Q3 aggregate outcomes attached, no client-level data.\n",
        atts=(
            Att(
                "Q3_outcomes.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORSIDE PSYCHIATRY & COUNSELING - Q3 2026 OUTCOMES (AGGREGATE)",
                        "Adults with depression treated: 412",
                        "PHQ-9 response (50% reduction) at 12 weeks: 48%",
                        "Remission (PHQ-9 < 5): 29%",
                        "IOP completion rate (substance use): 71% of 58 enrollees",
                    ],
                    "Q3 outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting psychiatric NP",
        notes="Hard negative: job posting mentioning ADHD, bipolar disorder, Suboxone",
        frm="Harborside HR <hr@harborsidepsych.com>",
        to="jobs@behavioralhealthcareers.net",
        subject="Job post: Psychiatric Mental Health NP (hybrid)",
        body=(
            "Harborside Psychiatry & Counseling is hiring a PMHNP for adult med management: depression,\n"
            "bipolar disorder, ADHD and buprenorphine for opioid use disorder (X-waiver no longer required).\n"
            "Hybrid, 4x10s, $165k-$190k. Apply at harborsidepsych.com/careers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="lease and facilities vendor",
        notes="Landlord correspondence about suite HVAC",
        frm="Office Manager <office@harborsidepsych.com>",
        to="pm@portolacommercialprops.com",
        subject="Suite 210 HVAC again",
        body="Hi Glen, the thermostat in Suite 210 is stuck at 79 again. Therapists are using fans during sessions. Can someone come Wednesday?\n\nThanks, Carla\n",
    ),
    Spec(
        phi=False,
        category="payroll correction with SSN-like employee number",
        notes="Hard negative: payroll vendor email with employee number 551-07-2241 formatted like SSN but labelled employee/ batch",
        frm="Office Manager <office@harborsidepsych.com>",
        to="support@gustopayrollhelp.com",
        subject="Payroll batch 551-07-2241 correction",
        body=(
            "Batch 551-07-2241 (pay date 11/13) double-counted 6 hours of PTO for one of our therapists.\n"
            "Can you reverse that line? Everything else is correct.\n\nCarla Jimenez, Office Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case for consult",
        notes="Hard negative: clinician asks colleague about a composite de-identified case (age band, no dates, no names)",
        frm="Dr. Hannah Greer <hgreer@harborsidepsych.com>",
        to="dr.amaya.osorio@stanfordocdconsult.org",
        subject="curbside - ERP question",
        body=(
            "Amaya - general question, no identifiers: adult in their 30s with contamination OCD, partial\n"
            "response to fluvoxamine, stuck at hierarchy step 6 of 10. Have you had luck adding\n"
            "inference-based CBT at that point? Happy to chat Friday.\n\nHannah\n"
        ),
    ),
    Spec(
        phi=False,
        category="CE certificate to clinician",
        notes="CE certificate PDF naming therapist and course on suicide risk assessment",
        frm="Harborside Training <training@harborsidepsych.com>",
        to="noorhaddad.lmft@gmail.com",
        subject="Your CE certificate",
        body="Congrats on finishing the course! Certificate attached for your licensing board.\n",
        atts=(
            Att(
                "CE_certificate_Haddad.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORSIDE PSYCHIATRY & COUNSELING - CONTINUING EDUCATION",
                        "This certifies that Noor Haddad, LMFT",
                        "completed 6.0 hours: Suicide Risk Assessment and Management (CAMS)",
                        "November 7, 2026",
                    ],
                    "CE certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR vendor ticket with test client",
        notes="Hard negative: EHR vendor ticket using practice's TEST client 'Testpatient, Harbor' with fake diagnosis",
        frm="Harborside IT <it@harborsidepsych.com>",
        to="support@simplepracticepartners.com",
        subject="Ticket: superbill template drops ICD code",
        body=(
            "Reproduced with our sandbox TEST client 'Testpatient, Harbor' (DOB 01/01/1900, not a real person):\n"
            "superbill for 90837 with F41.1 prints without the ICD code. Screenshot in the portal ticket.\n"
        ),
    ),
    Spec(
        phi=False,
        category="group therapy flyer DOCX",
        notes="Hard negative: flyer for grief group and DBT skills group; topics, no individuals",
        frm="Marketing <marketing@harborsidepsych.com>",
        to="community@peninsulalibraryfriends.org",
        subject="Flyer for your bulletin board",
        body="Thank you for posting this at the branch!\n",
        atts=(
            Att(
                "winter_groups_flyer.docx",
                DOCX,
                docx(
                    [
                        "Harborside Psychiatry & Counseling - Winter Groups",
                        "Grief and Loss Support Group - Mondays 6pm, 8 weeks",
                        "DBT Skills for Adults - Wednesdays 5:30pm, 12 weeks",
                        "Most insurance accepted. Call 650-555-0100 to join.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="insurance contracting fee schedule XLSX",
        notes="Fee schedule by CPT code with payer rates, two sheets",
        frm="Harborside Billing <billing@harborsidepsych.com>",
        to="provider.relations@pacificcrestbh.com",
        subject="2027 rate proposal",
        body="Our proposed 2027 rates are attached.\n",
        atts=(
            Att(
                "rates_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Psychotherapy": [["CPT", "Desc", "Current", "Proposed"], ["90834", "45 min", 98.0, 112.0], ["90837", "60 min", 132.0, 150.0]],
                        "E-M visits": [["CPT", "Desc", "Current", "Proposed"], ["99214", "est pt mod", 128.0, 140.0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff wellness note",
        notes="Director's note to staff about burnout and EAP; workforce wellbeing, no patient",
        frm="Clinical Director <clinicaldirector@harborsidepsych.com>",
        to="all@harborsidepsych.com",
        subject="Take care of yourselves this month",
        body=(
            "It's been a heavy fall. Reminder that our EAP (Anchor EAP, 800-555-0142) is free and confidential\n"
            "for staff, and Friday afternoons are protected admin time through December.\n\n- Renata\n"
        ),
    ),
    Spec(
        phi=False,
        category="zip of policies for audit",
        notes="Hard negative: zip of HIPAA/Part 2 policy documents for payer audit",
        frm="Compliance <compliance@harborsidepsych.com>",
        to="audit@pacificcrestbh.com",
        subject="Policies for credentialing audit",
        body="Requested policies attached as a zip.\n",
        atts=(
            Att(
                "policies_2026.zip",
                "application/zip",
                zipped(
                    {
                        "HPC-PRIV-03_Part2_consent.txt": "Policy: disclosures of substance use disorder records require written consent meeting 42 CFR 2.31.",
                        "HPC-CLIN-11_suicide_screening.txt": "Policy: all new clients complete the C-SSRS screener at intake; positive screens trigger same-day safety planning.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to PTA parent about a community talk",
        notes="Hard negative: reply to a PTA volunteer's aol address agreeing to give a talk on teen anxiety; topic only, nobody's care",
        frm="Dr. Hannah Greer <hgreer@harborsidepsych.com>",
        to="l.braddock.home@aol.com",
        subject="RE: speaker for the January PTA meeting",
        body=(
            "Hi Linda,\n\nHappy to do it! I can give a 40-minute talk on recognizing anxiety and school avoidance in\n"
            "teens, plus Q&A, on Tuesday 1/12 at 7pm. No fee. I'll send slides a week ahead so you can post them.\n\n"
            "Hannah Greer, PsyD\nHarborside Psychiatry & Counseling\n\n"
            "> Would someone from Harborside be willing to speak to parents about teen anxiety? - Linda Braddock, Hillview PTA\n"
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with telehealth vendor",
        notes="Vendor contract mail about BAA terms and breach notification windows",
        frm="Compliance <compliance@harborsidepsych.com>",
        to="legal@doxyme-partners.com",
        subject="BAA renewal - redlines",
        body=(
            "Hi Jordan,\n\nOur redlines on the 2027 BAA: (1) breach notification within 5 business days,\n"
            "(2) subcontractor list on request, (3) return or destruction of data within 30 days of termination.\n"
            "Otherwise we're ready to sign.\n\nTheresa Nakamura\nCompliance Officer, Harborside Psychiatry & Counseling\n"
        ),
    ),
]
