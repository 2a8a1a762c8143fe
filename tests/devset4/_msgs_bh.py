# ruff: noqa: E501
"""Hand-written devset4 messages from Lakeshore County Behavioral Health (lakeshorebh.org)."""

from __future__ import annotations

from _att import DOCX, docx
from _pdf import pdf
from _spec import Att, Spec

B = "lakeshorebh.org"
PART2 = (
    "\n\n42 CFR Part 2 notice: this information has been disclosed to you from records protected\n"
    "by federal confidentiality rules. Further disclosure is prohibited unless permitted by the\n"
    "written consent of the person to whom it pertains.\n"
)

_COURT_LETTER = [
    "LAKESHORE COUNTY BEHAVIORAL HEALTH - FORENSIC SERVICES",
    "1200 Harbor St, Port Ellery MI 49331",
    "",
    "December 1, 2026",
    "Hon. Celeste Maitland, Lakeshore County Circuit Court, Case No. 26-CR-004417",
    "",
    "Re: Court-ordered competency evaluation of Darnell Ruiz-Ebbesen (DOB 03/12/1990)",
    "",
    "Mr. Ruiz-Ebbesen was evaluated on 11/18 and 11/24/2026 pursuant to the Court's order.",
    "Diagnostic impression: schizoaffective disorder, bipolar type (F25.0); alcohol use",
    "disorder, moderate (F10.20). He is currently not competent to stand trial but is",
    "likely to be restored with inpatient treatment within 90 days.",
    "Respectfully, Dr. Miriam Tollefsen, PsyD, Licensed Psychologist",
]

MESSAGES: list[Spec] = [
    Spec(
        True,
        "child_psych_parent",
        "Hard positive: child's first name + 'his ADHD meds' to a parent's personal address.",
        f"Renata Gillespie <rgillespie@{B}>",
        "tina.marchetti77@hotmail.com",
        "Re: refill question",
        "Hi Tina,\n\nYes - Dr. Okonkwo sent the refill for Mateo's ADHD meds to the Walgreens on "
        "Shore Rd this morning. If he is still losing appetite at lunch, let's talk about moving the\n"
        "dose earlier at his Dec 10 visit.\n\nRenata, RN\n",
    ),
    Spec(
        True,
        "court_letter",
        "Hard positive: court letter PDF with evaluee name, DOB, case number and diagnoses.",
        f"Forensic Services <forensics@{B}>",
        "clerk.circuit@lakeshorecountycourts.gov",
        "Case 26-CR-004417 - report per order",
        "Please find attached the evaluator's letter for filing under seal.\n",
        atts=(Att("26-CR-004417_competency.pdf", "application/pdf", pdf(_COURT_LETTER, "Report")),),
    ),
    Spec(
        True,
        "group_roster",
        "Hard positive: roster CSV of group therapy attendees (names + group name reveals SUD treatment).",
        f"Luis Fairbanks <lfairbanks@{B}>",
        "l.fairbanks.counseling@gmail.com",
        "roster for tonight",
        "sending to myself so I can print at home\n",
        atts=(
            Att(
                "IOP_relapse_prevention_roster.csv",
                "text/csv",
                "group,date,client,client_id,attended,uds_result\n"
                "IOP Relapse Prevention,12/01/2026,Brianna Kowalczyk,LBH-20417,Y,neg\n"
                "IOP Relapse Prevention,12/01/2026,Terrence Oduya,LBH-19986,Y,pos fentanyl\n"
                "IOP Relapse Prevention,12/01/2026,Shauna Pilkington,LBH-20533,N,\n"
                "IOP Relapse Prevention,12/01/2026,Desmond Achterberg,LBH-18870,Y,neg\n",
            ),
        ),
    ),
    Spec(
        True,
        "crisis_note",
        "Mobile crisis team note with client name, location and suicide risk to a hospital ED.",
        f"Mobile Crisis <crisis@{B}>",
        "ed.socialwork@harborviewmed.org",
        "Transport handoff",
        "Handoff for the client we are bringing in: Colby Strand, 19, from 88 Pier View Ct.\n"
        "Ingested ~20 sertraline 50 mg tabs around 21:00 per roommate. Passive SI for 2 weeks,\n"
        "now with plan. Petition for involuntary hold completed by Deputy Harlan. ETA 22:40.\n",
    ),
    Spec(
        True,
        "sud_mat",
        "Part 2 MAT dosing info and client name to a pharmacy without the consent attached.",
        f"OTP Nursing <otp.nursing@{B}>",
        "rx@shorelinepharmacy.com",
        "Guest dosing",
        "Client Anton Visser (DOB 10/04/1983) is travelling 12/20-12/27. He is on buprenorphine/\n"
        "naloxone 16/4 mg daily. Please coordinate guest dosing; prescriber Dr. Okonkwo NPI\n"
        "1884726302." + PART2,
    ),
    Spec(
        True,
        "probation",
        "Treatment compliance for a named client to a probation officer (Part 2).",
        f"Luis Fairbanks <lfairbanks@{B}>",
        "kdahlquist@lakeshorecounty-probation.gov",
        "Monthly compliance - J. Everhart",
        "Officer Dahlquist,\n\nJaylen Everhart attended 7 of 8 sessions of outpatient SUD treatment\n"
        "in November. Urine drug screens 11/05, 11/19 negative; 11/26 positive for THC. He remains\n"
        "engaged. Release of information on file dated 08/14/2026." + PART2,
    ),
    Spec(
        True,
        "school_counselor",
        "Student's name and therapy attendance/diagnosis to a school counselor.",
        f"Ana Vasquez-Lind <avasquezlind@{B}>",
        "counseling@portellery.k12.mi.us",
        "Kiara - school plan",
        "Hi Mr. Brandvold,\n\nWith her mom's release signed, here is what helps Kiara Delacroix\n"
        "(grade 8): she is in weekly therapy here for generalized anxiety and panic attacks.\n"
        "A pass to see you when she feels panic and testing in a quiet room would help a lot.\n\n"
        "Ana Vasquez-Lind, LMSW\n",
    ),
    Spec(
        True,
        "housing_partner",
        "Case manager to a housing partner: client name, unit, and psychiatric hospitalization.",
        f"Case Management <cm@{B}>",
        "intake@harborhousingalliance.org",
        "Unit hold for Mr. Pryor",
        "Can you hold unit 3B at Maple Commons for Ellis Pryor? He is being discharged from\n"
        "Pine Ridge psych unit on 12/08 after stabilization for bipolar I mania and has no\n"
        "address to go to. SSN for the application is 412-68-3309. His CM is me, 231-555-0147.\n",
    ),
    Spec(
        True,
        "case_management",
        "Hard positive: case note with first name + last initial, clinic and MAT dose is still identifying.",
        f"Bree Halvorsen <bhalvorsen@{B}>",
        "bree.halvorsen@icloud.com",
        "notes to finish tonight",
        "- Marcus T. (Tues 2pm, Port Ellery clinic): methadone 95 mg, missed 2 doses over\n"
        "Thanksgiving, reports sleeping in car. Ref to housing.\n"
        "- Lena W. (Wed): Vivitrol inj due 12/9, AUD, 3 months sober.\n",
    ),
    Spec(
        True,
        "voicemail_transcript",
        "Hard positive: voicemail transcription from a client naming herself, her therapist and her meds.",
        f"Phone System <voicemail@{B}>",
        "dr.tollefsen@protonmail.com",
        "Voicemail from 231-555-0184 (0:48)",
        "Voicemail transcription attached.\n",
        atts=(
            Att(
                "voicemail_transcript.txt",
                "text/plain",
                "From: 231-555-0184  Received: 12/01/2026 07:12  Duration 0:48\n"
                "Hi, this is Rosalie Ambrose, I see Dr. Tollefsen on Thursdays. I ran out of my "
                "lithium and the quetiapine and I haven't slept in two days, I'm kind of scared. "
                "Can someone call me back at this number please.\n",
            ),
        ),
    ),
    Spec(
        True,
        "court_evaluation",
        "Court-ordered evaluation DOCX with name, case number and custody recommendation.",
        f"Dr. Miriam Tollefsen <mtollefsen@{B}>",
        "gal.office@lakeshorecountycourts.gov",
        "Custody evaluation - family case",
        "Attached is the court-ordered parenting evaluation for file 26-DM-1182.\n",
        atts=(
            Att(
                "26-DM-1182_eval.docx",
                DOCX,
                docx(
                    [
                        "Lakeshore County Behavioral Health - Court-Ordered Psychological Evaluation",
                        "Case 26-DM-1182: In re the custody of Owen and Lily Sandoval",
                        "Parent evaluated: Brooke Sandoval, DOB 06/21/1992",
                        "Findings: major depressive disorder, recurrent, in partial remission (F33.41);"
                        " adherent to treatment since 05/2026.",
                        "Recommendation: joint legal custody; continue individual therapy.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "hl7_adt",
        "HL7 ADT for a crisis stabilization unit admission sent to a state bed registry vendor.",
        f"Interfaces <interfaces@{B}>",
        "feeds@statebedboard-vendor.com",
        "ADT test from CSU - real admission",
        "First A01 from the crisis stabilization unit attached for your mapping check.\n",
        atts=(
            Att(
                "csu_a01.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LBH_EHR|LBH|BEDREG|STATE|20261201031500||ADT^A01|LBH0001|P|2.5.1\r"
                "PID|1||LBH-21044^^^LBH^MR||NORDQUIST^WESLEY^A||19970115|M|||"
                "17 Birch Hollow Rd^^Port Ellery^MI^49331\r"
                "PV1|1|I|CSU^04^A||||||||||||||||V8830\r"
                "DG1|1||F43.10^Post-traumatic stress disorder, unspecified^I10\r",
            ),
        ),
    ),
    Spec(
        True,
        "crisis_followup",
        "Hard positive: child's first name, family surname and a mobile-crisis visit sent to a parent's gmail.",
        f"Mobile Crisis <crisis@{B}>",
        "d.haugen.family@gmail.com",
        "Follow-up from Saturday night",
        "Mrs. Haugen,\n\nChecking in after our team's visit with Soren on Saturday night. The\n"
        "safety plan we made together is attached to his chart; please keep the locked box for\n"
        "medications and call 988 or our line if he talks about hurting himself again.\n",
    ),
    Spec(
        True,
        "intake_referral",
        "Hospital discharge planner referral with name, DOB, diagnosis, insurance ID.",
        f"Access Center <access@{B}>",
        "dcplanning@pineridgehealth.org",
        "Re: referral received",
        "We received the referral for Ottilie Brandvik (DOB 08/30/1961), Medicaid ID 4417729081,\n"
        "for post-discharge outpatient psychiatry (MDD severe w/o psychotic features, F32.2).\n"
        "First appointment: 12/07/2026 10:00 with Dr. Okonkwo.\n",
    ),
    Spec(
        True,
        "group_roster",
        "Hard positive: DBT skills group waitlist with first names and phone numbers only.",
        f"Renata Gillespie <rgillespie@{B}>",
        "signups@groupdeskapp.com",
        "waitlist import",
        "Import for the DBT Skills (adolescent) waitlist, columns as your template:\n"
        "Jada,231-555-0111,self-harm hx\nEmory,231-555-0128,ED discharge 11/20\n"
        "Quinn,231-555-0139,referred by Port Ellery MS\n",
    ),
    Spec(
        False,
        "crisis_awareness",
        "Hard negative: 988 Suicide & Crisis Lifeline public-awareness email, no individual.",
        f"Communications <comms@{B}>",
        "community-partners@lists.lakeshorebh.org",
        "Share: 988 is here for the holidays",
        "",
        html=(
            "<html><body><h2>988 is here for the holidays</h2><p>The holidays can be hard. If you "
            "or someone you know is struggling with thoughts of suicide, a mental health crisis or "
            "substance use, call or text 988. Lakeshore's mobile crisis team also responds "
            "24/7 in the county.</p><p>Please post our flyer in your lobby.</p></body></html>"
        ),
    ),
    Spec(
        False,
        "aa_meeting_list",
        "Hard negative: public AA meeting list, no individuals.",
        f"Front Desk <frontdesk@{B}>",
        "resources@harborhousingalliance.org",
        "AA / NA meeting list, December",
        "Public meeting list attached for your resource binder.\n",
        atts=(
            Att(
                "AA_NA_meetings_Dec2026.txt",
                "text/plain",
                "Lakeshore County open AA/NA meetings (public listing)\n"
                "Mon 7pm  St. Brendan's hall, 402 Lake St - AA Big Book (open)\n"
                "Wed 12pm First Methodist, 55 Main - NA Just for Today (open)\n"
                "Sat 9am  Port Ellery library - AA Women's (open)\n",
            ),
        ),
    ),
    Spec(
        False,
        "vacation_autoreply",
        "Hard negative: a therapist's own vacation auto-reply.",
        f"Luis Fairbanks <lfairbanks@{B}>",
        "kdahlquist@lakeshorecounty-probation.gov",
        "Automatic reply: Monthly compliance",
        "I am out of the office 12/21-1/3 with no access to email. For urgent client matters call\n"
        "the front desk at 231-555-0100. In a crisis call 988.\n",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Spec(
        False,
        "aggregate_stats",
        "Hard negative: aggregate crisis-line volumes for the county board.",
        f"Quality <quality@{B}>",
        "board@lakeshorecounty.gov",
        "Q3 crisis services report",
        "Q3 summary: 1,412 crisis calls, 318 mobile dispatches, 74% resolved in community,\n"
        "61 involuntary petitions. Opioid overdose reversals by our peers: 22.\n",
    ),
    Spec(
        False,
        "training",
        "Staff Part 2 training reminder with rule citations only.",
        f"Compliance <compliance@{B}>",
        "all-staff@lists.lakeshorebh.org",
        "Annual 42 CFR Part 2 training due 12/31",
        "Reminder: annual Part 2 and HIPAA training closes 12/31. The module covers the 2024 rule\n"
        "changes (single consent for TPO, redisclosure notice). 45 minutes in the LMS.\n",
    ),
    Spec(
        False,
        "group_schedule",
        "Hard negative: group therapy schedule (topics, rooms, facilitators) with no clients.",
        f"Renata Gillespie <rgillespie@{B}>",
        "clinicians@lists.lakeshorebh.org",
        "Winter group schedule",
        "Winter groups: Mon 5pm Seeking Safety (Fairbanks, Rm 2); Tue 4pm DBT adolescent\n"
        "(Gillespie, Rm 4); Thu 6pm Family recovery (Vasquez-Lind, Rm 2). Referrals via the form.\n",
    ),
    Spec(
        False,
        "partner_meeting",
        "Meeting invite with probation staff about workflow, no clients.",
        f"Case Management <cm@{B}>",
        "kdahlquist@lakeshorecounty-probation.gov",
        "Quarterly workflow meeting",
        "Invite attached. Agenda: ROI form update, referral turnaround, drug-court calendar.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LBH//Outlook//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lbh-q1-workflow@lakeshorebh.org\r\nDTSTAMP:20261201T140000Z\r\n"
            "DTSTART:20270112T150000Z\r\nDTEND:20270112T160000Z\r\n"
            "SUMMARY:LBH / Probation quarterly workflow\r\nLOCATION:Harbor St conf room B\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        False,
        "grant_report",
        "Hard negative: SAMHSA grant narrative with MAT program counts only.",
        f"Grants <grants@{B}>",
        "grantsonline@samhsa-reports.example.org",
        "Narrative draft",
        "Year 2 served 412 unduplicated clients in MAT; 68% retained at 6 months. Our peer recovery\n"
        "coach team grew from 3 to 5 staff. Naloxone kits distributed: 1,940.\n",
    ),
    Spec(
        False,
        "job_posting",
        "Recruitment email for a crisis clinician role.",
        f"HR <hr@{B}>",
        "jobs@michiganbhjobs.com",
        "Posting: Mobile Crisis Clinician (LMSW/LPC)",
        "Please post: Mobile Crisis Clinician, full time, nights. Requires LMSW or LPC, valid driver's\n"
        "licence. Salary $62,000-$71,000 plus shift differential.\n",
    ),
    Spec(
        False,
        "court_calendar",
        "Hard negative: drug-court calendar logistics with no participant names.",
        f"Luis Fairbanks <lfairbanks@{B}>",
        "drugcourt.coordinator@lakeshorecountycourts.gov",
        "Staffing time change",
        "Works for us to move Thursday staffing to 8:00 AM. I'll bring the updated one-page\n"
        "treatment-phase summary template.\n",
    ),
]
