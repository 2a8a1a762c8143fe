"""Outbound mail of Millbrook Unified School District's special education office (34)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nMillbrook Unified School District - Special Education & Student Services\n900 Schoolhouse Lane, Linden Park, IL\n217-555-0120"
FERPA = "\n\nThis e-mail may contain confidential student records protected by FERPA and IDEA. If you are not the intended recipient, delete it."

X12_837_SBS = (
    "ISA*00*          *00*          *ZZ*MILLBROOKUSD   *ZZ*ILMEDICAIDEDI  *260319*1400*^*00501*000000903*0*P*:~"
    "GS*HC*MILLBROOKUSD*ILMEDICAIDEDI*20260319*1400*903*X*005010X222A1~"
    "ST*837*0903*005010X222A1~"
    "NM1*85*2*MILLBROOK UNIFIED SCHOOL DISTRICT*****XX*1638475024~"
    "NM1*IL*1*BAPTISTE*OWEN****MI*IL4471920385~DMG*D8*20180205*M~"
    "CLM*SBS0319-01*180.00***03:B:1*Y*A*Y*Y~HI*ABK:F84.0*ABF:F80.2~"
    "SV1*HC:92507*60.00*UN*3***1~"
    "NM1*IL*1*CASTELLANO*MIA****MI*IL4471988210~DMG*D8*20140911*F~"
    "CLM*SBS0319-02*120.00***03:B:1*Y*A*Y*Y~HI*ABK:G80.1~SV1*HC:97530*40.00*UN*3***1~"
    "SE*13*0903~GE*1*903~IEA*1*000000903~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="IEP annual review invite to parent",
        notes="Calendar invite to parent's gmail for a named student's IEP review under the autism eligibility category.",
        frm="Ms. Carla Benedetti <cbenedetti@millbrookusd.org>",
        to="marie.baptiste.lp@gmail.com",
        subject="Owen's IEP annual review",
        body="Dear Ms. Baptiste,\n\nThis invites you to Owen's annual IEP review. The team will review his speech-language and autism support services and his new behavior goals. Please accept or propose another time.\n\nCarla Benedetti, Case Manager"
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Millbrook//IEP//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:iep-baptiste-0326@millbrookusd.org\r\nDTSTAMP:20260316T170000Z\r\nDTSTART:20260326T193000Z\r\nDTEND:20260326T203000Z\r\n"
            "SUMMARY:IEP annual review - Owen Baptiste (eligibility: autism; speech-language)\r\nLOCATION:Hillcrest Elementary conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Psychoeducational evaluation report to parent",
        notes="Hard positive: generic body; the PDF report names the student with ADHD and specific learning disability findings.",
        frm='"Dr. Howard Lim, School Psychologist" <hlim@millbrookusd.org>',
        to="jgarza.family@outlook.com",
        subject="Evaluation report",
        body="Hello Mr. and Mrs. Garza,\n\nPlease find the report attached ahead of our eligibility meeting on Monday. I'm happy to walk through it.\n\nDr. Lim",
        atts=(
            Att(
                "Psychoeducational_Report_Garza.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILLBROOK UNIFIED SCHOOL DISTRICT - PSYCHOEDUCATIONAL EVALUATION (CONFIDENTIAL)",
                        "Student: Sebastian Garza   DOB 01/30/2015   Grade 5   Student ID 204417",
                        "WISC-V FSIQ 98; WIAT-4 Reading Comprehension SS 74; Conners-4 parent/teacher elevated.",
                        "Findings: meets criteria for Specific Learning Disability (reading) and Other Health",
                        "Impairment due to ADHD, combined presentation (diagnosed by Dr. Ames, 2024).",
                    ],
                    "Evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="School-based Medicaid X12 837 for therapy services",
        notes="837P to state Medicaid with students' Medicaid IDs, DOBs, autism/CP codes and therapy CPTs.",
        frm="Medicaid Billing <sbsbilling@millbrookusd.org>",
        to="edi@ilmedicaid-sbs.org",
        subject="SBS claim file 903",
        body="School-based services claim file for week of 3/9 attached.",
        atts=(Att("MUSD_837_903.x12", "application/edi-x12", X12_837_SBS),),
    ),
    Spec(
        phi=True,
        category="Cumulative and health file transfer with SSN",
        notes="Records transfer to another district with student name, SSN, DOB, IEP and seizure disorder.",
        frm="Student Records <records@millbrookusd.org>",
        to="registrar@oakbendschools.org",
        subject="Records transfer - incoming student",
        body=(
            "Oak Bend Registrar,\n\nPer your request, records for Dominic Reyes-Hart (DOB 04/11/2012, SSN 327-41-8806) are being sent by secure courier. "
            "Summary: current IEP (Other Health Impairment - epilepsy), seizure action plan, daily levetiracetam given at home, rescue diastat kept in nurse's office.\n\nStudent Records"
            + FERPA
        ),
    ),
    Spec(
        phi=True,
        category="Related-services minutes workbook to OT contractor",
        notes="Hard positive: multi-sheet workbook per school listing students' names, OT minutes and diagnoses for the contractor.",
        frm="Related Services <relatedservices@millbrookusd.org>",
        to="billing@brightstepstherapy.com",
        subject="March OT minutes for invoicing",
        body="Minutes by campus attached for reconciliation against your invoice.",
        atts=(
            Att(
                "OT_minutes_March.xlsx",
                XLSX,
                xlsx(
                    {
                        "Hillcrest": [
                            ["Student", "Grade", "Dx", "Minutes"],
                            ["Mia Castellano", 6, "cerebral palsy", 240],
                            ["Theo Lindgren", 2, "DCD", 120],
                        ],
                        "Eastgate": [
                            ["Student", "Grade", "Dx", "Minutes"],
                            ["Priya Raman", 4, "autism", 180],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Seizure action plan to bus contractor",
        notes="Named student's seizure disorder and rescue medication sent to the bus company.",
        frm="Transportation Liaison <transport.sped@millbrookusd.org>",
        to="dispatch@yellowlinebus.com",
        subject="Route 14 - student safety plan",
        body="Hi dispatch,\n\nPlease share with the Route 14 driver and aide: Dominic Reyes-Hart (7th grade) has epilepsy. If a seizure lasts more than 5 minutes, call 911; the aide is trained to give his nasal midazolam, kept in the red bag.\n\nThanks,\nPat Okoro"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hearing rescreen result to father (first name)",
        notes="Hard positive: child's first name with father's surname, to his personal gmail, and a failed hearing rescreen.",
        frm="Health Services <health@millbrookusd.org>",
        to="d.osei1979@gmail.com",
        subject="Hearing rescreen",
        body="Hi Mr. Osei - Kwame did not pass the hearing rescreen again today (left ear). We recommend a full audiology evaluation; the referral form is in his folder.\n\nNurse Palmer",
    ),
    Spec(
        phi=True,
        category="Speech therapy progress notes to private SLP",
        notes="DOCX progress notes for a named student's stuttering therapy sent to the family's private therapist.",
        frm='"Janelle Fox, SLP" <jfox@millbrookusd.org>',
        to="office@clearvoicespeech.com",
        subject="School SLP notes (release on file)",
        body="Hi Amy, with the parent's release on file, my notes from this quarter are attached so we can align goals.\n\nJanelle Fox, M.S., CCC-SLP",
        atts=(
            Att(
                "SLP_progress_Whitaker_Q3.docx",
                DOCX,
                docx(
                    [
                        "Millbrook USD Speech-Language Progress Notes - Q3",
                        "Student: Caleb Whitaker   Grade 3",
                        "Area: fluency (childhood-onset fluency disorder). Stuttering-like disfluencies 9% SS (baseline 14%).",
                        "Uses easy onset in structured tasks 80%; avoidance behaviors reported in class.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="504 health accommodations list to teachers (CSV)",
        notes="Hard positive: CSV to a grade team listing students' names with type 1 diabetes, epilepsy and food allergy accommodations.",
        frm="504 Coordinator <section504@millbrookusd.org>",
        to="grade6-team@millbrookusd.org",
        subject="Accommodations roster",
        body="Team, current 504 roster for your homerooms. Please keep it in the sub folder, not on the wall.",
        atts=(
            Att(
                "gr6_504_roster.csv",
                "text/csv",
                "student,homeroom,condition,accommodation\nAva Thornquist,6B,type 1 diabetes,CGM phone allowed; snacks any time\n"
                "Luis Ferreira,6A,epilepsy,no strobe media; seizure plan\nHarper Quade,6C,peanut allergy,nut-free table; epinephrine in nurse office\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Teacher forward of parent note about anxiety medication",
        notes="Forward of a parent's message about her son's new anxiety medication to the school psychologist.",
        frm="Mr. Ben Carver <bcarver@millbrookusd.org>",
        to="hlim@millbrookusd.org",
        subject="Fwd: Ethan this week",
        body="Howard - FYI, see below. He's been very quiet in class. Can you check in with him?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Corinne Dahl <corinne.dahl@yahoo.com>",
            to="bcarver@millbrookusd.org",
            subject="Ethan this week",
            body="Mr. Carver, Ethan started sertraline for his anxiety on Monday and may be tired or nauseous for a week or two. Please let me know if he seems off. - Corinne Dahl",
        ),
    ),
    Spec(
        phi=True,
        category="New diagnosis only in subject",
        notes="Hard positive: subject carries student's name and PANDAS diagnosis; body is only logistics.",
        frm="Ms. Carla Benedetti <cbenedetti@millbrookusd.org>",
        to="nurse.hillcrest@millbrookusd.org",
        subject="Re: Avery Lindholm - new dx PANDAS",
        body="Mom will bring the neurology letter Thursday. Can you be at the 2:30 meeting?",
    ),
    Spec(
        phi=True,
        category="Records request to pediatrician",
        notes="Request to a pediatric practice for a named student's ADHD diagnosis records, with DOB.",
        frm='"Dr. Howard Lim, School Psychologist" <hlim@millbrookusd.org>',
        to="records@eastgatepediatrics.com",
        subject="Records request with signed release",
        body="Hello,\n\nThe signed parent authorization was faxed to you this morning. Please send the ADHD evaluation and current medication list for Sebastian Garza, DOB 01/30/2015, to support his special education eligibility review.\n\nDr. Howard Lim"
        + SIG,
    ),
    Spec(
        phi=True,
        category="IEP progress report notice (HTML only)",
        notes="HTML-only progress notice to a parent with her child's name, therapy minutes and behavior plan.",
        frm="Special Education <sped@millbrookusd.org>",
        to="tasha.greenlee@gmail.com",
        subject="Quarterly IEP progress report",
        body="",
        html=(
            "<html><body><p>Dear Ms. Greenlee,</p><p>Quarterly IEP progress for <b>Jordan Greenlee</b> (grade 7):</p>"
            "<ul><li>Counseling: 120 of 120 minutes delivered</li><li>Behavior intervention plan: 3 incidents this quarter (down from 11)</li>"
            "<li>Emotional disability goals: 2 of 3 on track</li></ul><p>Millbrook Special Education</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Midday stimulant medication note to parent",
        notes="Hard positive: first name plus methylphenidate dose and empty pharmacy bottle, to parent's personal mailbox.",
        frm="Nurse Alicia Palmer <apalmer@millbrookusd.org>",
        to="nate.obrien.home@outlook.com",
        subject="Gabriel's noon dose",
        body="Hi Nate, Gabriel's 12:00 methylphenidate 5 mg bottle is empty as of today. Could you drop off a new labelled bottle tomorrow morning? Thanks - Alicia",
    ),
    Spec(
        phi=True,
        category="Evaluation files zip to independent evaluator",
        notes="Hard positive: zip of named student's evaluation files (autism testing) sent to the independent educational evaluator.",
        frm="Special Education <sped@millbrookusd.org>",
        to="intake@praireiee-associates.com",
        subject="IEE file transfer",
        body="As agreed at the resolution meeting, the district's testing files are attached.",
        atts=(
            Att(
                "IEE_Raman_files.zip",
                "application/zip",
                zipped(
                    {
                        "Raman_Priya_ADOS2_summary.txt": "Student: Priya Raman, grade 4. ADOS-2 Module 3 comparison score 7 (autism spectrum). Eval date 2025-10-14.",
                        "Raman_Priya_SLP_eval.txt": "CELF-5 core language SS 79. Pragmatics profile below criterion.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Due-process complaint update to district counsel",
        notes="Named student's dyslexia and autism discussed with the district's lawyer.",
        frm="Director of Special Education <director.sped@millbrookusd.org>",
        to="mcallister@schoolslawgroup.com",
        subject="Due process - ISBE case 2026-0412",
        body="Ellen,\n\nThe parents of Noah Petrakis (grade 8) allege we failed to evaluate his dyslexia timely; he was found eligible under autism in 2023 and reading was not assessed. Records index attached to the portal. Can we talk Friday?\n\nDr. Simone Achterberg, Director",
    ),
    Spec(
        phi=True,
        category="Terse transportation equipment request",
        notes="Hard positive: abbreviated note giving student's initial, surname, cerebral palsy and motor level to transportation.",
        frm="Pat Okoro <transport.sped@millbrookusd.org>",
        to="routing@millbrookusd.org",
        subject="rt 14 add",
        body="Add harness seat + w/c tiedown for M. Castellano (CP, GMFCS IV), rt 14, starting Mon. Aide needed both ways.",
    ),
    Spec(
        phi=True,
        category="Extended school year approval to parent",
        notes="Parent told her daughter qualifies for extended school year speech services.",
        frm="Ms. Carla Benedetti <cbenedetti@millbrookusd.org>",
        to="huang.wen.family@yahoo.com",
        subject="ESY summer services",
        body="Dear Mrs. Huang,\n\nThe IEP team has approved Lily Huang for Extended School Year speech-language services (2x weekly, June 22 - July 24) because of regression in her articulation goals over winter break.\n\nCarla Benedetti"
        + SIG,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Special education child count to state (PDF)",
        notes="Hard negative: aggregate counts by disability category; cells under 10 suppressed.",
        frm="Director of Special Education <director.sped@millbrookusd.org>",
        to="childcount@isbe-data.org",
        subject="December 1 child count certification",
        body="Certified aggregate counts attached.",
        atts=(
            Att(
                "MUSD_child_count_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILLBROOK UNIFIED SCHOOL DISTRICT - SPECIAL EDUCATION CHILD COUNT 12/1/2025",
                        "Specific learning disability 412 | Speech/language 288 | Autism 176",
                        "Other health impairment 154 | Emotional disability 61 | Hearing impairment <10",
                    ],
                    "Child count",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="School psychologist job posting",
        notes="Hard negative: posting mentions autism and ADHD evaluations; no student.",
        frm="Millbrook HR <hr@millbrookusd.org>",
        to="jobs@k12jobboard.org",
        subject="Posting: School Psychologist (2026-27)",
        body="Millbrook USD seeks a school psychologist to conduct psychoeducational evaluations (autism, ADHD, learning disabilities), consult on behavior plans and lead crisis response. Illinois PEL required."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Dyslexia professional development invite",
        notes="Hard negative: staff PD invite on dyslexia; no student.",
        frm="Special Education <sped@millbrookusd.org>",
        to="k5-teachers@millbrookusd.org",
        subject="PD: Understanding Dyslexia (3 CPDUs)",
        body="Join us for an after-school session on structured literacy and dyslexia screening.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Millbrook//PD//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:pd-dyslexia-0401@millbrookusd.org\r\nDTSTAMP:20260316T170000Z\r\nDTSTART:20260401T210000Z\r\nDTEND:20260401T230000Z\r\n"
            "SUMMARY:PD - Understanding Dyslexia\r\nLOCATION:District office, Room 12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate caseload workbook to board",
        notes="Hard negative: multi-sheet workbook of caseload counts by school and service; aggregate.",
        frm="Director of Special Education <director.sped@millbrookusd.org>",
        to="board-office@millbrookusd.org",
        subject="Caseload data for budget workshop",
        body="Aggregate caseload tables for the budget workshop packet.",
        atts=(
            Att(
                "caseloads_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By school": [
                            ["School", "Students with IEPs", "Case managers"],
                            ["Hillcrest", 118, 7],
                            ["Eastgate", 96, 6],
                        ],
                        "By service": [
                            ["Service", "Students", "FTE"],
                            ["Speech-language", 288, 9.5],
                            ["OT", 141, 4.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Parent newsletter on childhood anxiety (HTML only)",
        notes="Hard negative: HTML-only general newsletter on signs of anxiety; no student.",
        frm="Student Services <studentservices@millbrookusd.org>",
        to="families@lists.millbrookusd.org",
        subject="Family Corner: spotting anxiety in kids",
        body="",
        html="<html><body><h2>Family Corner</h2><p>Stomach aches before school, trouble sleeping and avoiding friends can be signs of anxiety. Talk with your child's counselor; free community resources are listed on our website.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="AAC device purchase quote",
        notes="Hard negative: device serial numbers in a purchase quote; no student assigned.",
        frm="Assistive Technology <at@millbrookusd.org>",
        to="sales@talkbridgeaac.com",
        subject="PO for 3 loaner devices",
        body="Please invoice the three loaner speech-generating devices (serials TB8-20417, TB8-20418, TB8-20419) to PO 26-7713. They go into the district lending library, unassigned.",
    ),
    Spec(
        phi=False,
        category="IEP software training with sample student",
        notes="Hard negative: training DOCX uses a declared sample student in the training environment.",
        frm="Special Education <sped@millbrookusd.org>",
        to="case-managers@millbrookusd.org",
        subject="New IEP software - practice guide",
        body="Practice in the TRAINING site only, using the sample student.",
        atts=(
            Att(
                "IEP_practice_guide.docx",
                DOCX,
                docx(
                    [
                        "Practice guide - training site only",
                        "Open 'Sample Student (TRAINING)' - not a real child. Add a speech goal and a present level.",
                        "Never enter real student data in the training site.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank Medicaid consent form",
        notes="Hard negative: blank consent PDF with field labels (Student Medicaid ID) and no data.",
        frm="Medicaid Billing <sbsbilling@millbrookusd.org>",
        to="case-managers@millbrookusd.org",
        subject="Updated parental consent form",
        body="Please use the attached version from now on. Old forms are still valid until they expire.",
        atts=(
            Att(
                "Medicaid_Consent_BLANK_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILLBROOK UNIFIED SCHOOL DISTRICT - PARENTAL CONSENT TO BILL MEDICAID",
                        "Student name: ____________  Student Medicaid ID: ____________",
                        "Parent signature: ____________  Date: ______",
                    ],
                    "Consent form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Therapist NPI list for Medicaid enrollment",
        notes="Hard negative: district therapists' NPIs for provider enrollment; clinicians, not students.",
        frm="Medicaid Billing <sbsbilling@millbrookusd.org>",
        to="provider.enroll@ilmedicaid-sbs.org",
        subject="Rendering provider additions",
        body="Please add these rendering providers to the district group (NPI: 1638475024):\n\nJanelle Fox, SLP - NPI: 1360592848\nMarcus Bell, OT - NPI: 1102938473\n\nThank you."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to community presenter at personal mailbox",
        notes="Reply to a librarian's personal gmail confirming her presentation slot; nothing about any child or anyone's health.",
        frm="Parent Liaison <parentliaison@millbrookusd.org>",
        to="sandra.koenig.lp@gmail.com",
        subject="Re: SEPAC meeting",
        body="Hi Sandra, thanks for offering to present the public library's new sensory-friendly hours at the April 2 SEPAC meeting (6:30, district office library). You will have 15 minutes and a projector. - Liz",
    ),
    Spec(
        phi=False,
        category="Pertussis exposure notice without student",
        notes="Hard negative: district-wide exposure letter with no individual identified.",
        frm="Health Services <health@millbrookusd.org>",
        to="families@lists.millbrookusd.org",
        subject="Health notice: pertussis in the district",
        body="Dear families,\n\nThe county health department has confirmed pertussis (whooping cough) in our district. Watch for coughing fits lasting more than two weeks and check that your child's Tdap is current. No action is needed if your child is well.\n\nHealth Services",
    ),
    Spec(
        phi=False,
        category="Bus schedule change",
        notes="Routine transportation notice; no health information.",
        frm="Transportation <transportation@millbrookusd.org>",
        to="families-route14@lists.millbrookusd.org",
        subject="Route 14 pickup 10 minutes earlier",
        body="Starting Monday, Route 14 morning pickups are 10 minutes earlier because of the Birch Hollow bridge work.",
    ),
    Spec(
        phi=False,
        category="Blank forms zip for case managers",
        notes="Hard negative: zip of blank IEP forms with field names only.",
        frm="Special Education <sped@millbrookusd.org>",
        to="case-managers@millbrookusd.org",
        subject="Forms packet 2026",
        body="Blank forms packet attached.",
        atts=(
            Att(
                "sped_forms_2026.zip",
                "application/zip",
                zipped(
                    {
                        "notice_of_conference_BLANK.txt": "Student: ______  Date of conference: ______  Purpose: [ ] annual review [ ] eligibility",
                        "consent_for_evaluation_BLANK.txt": "Areas to assess: [ ] health [ ] vision/hearing [ ] social/emotional [ ] academic",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IEP system password reset instructions",
        notes="IT notice with a text attachment; no student data.",
        frm="District IT <helpdesk@millbrookusd.org>",
        to="sped-staff@millbrookusd.org",
        subject="IEP system: new password rules",
        body="New password rules start April 1. Steps attached.",
        atts=(
            Att(
                "password_steps.txt",
                "text/plain",
                "1. Go to the staff portal.\n2. Choose Reset.\n3. Use 14+ characters.\n4. Enrol in MFA.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mental health partner clinician bios",
        notes="Hard negative: bios of partner clinic therapists and what they treat; no student.",
        frm="Student Services <studentservices@millbrookusd.org>",
        to="principals@millbrookusd.org",
        subject="Meet our school-based therapists",
        body="Principals,\n\nStarting April, Riverbend Counseling places two therapists in our buildings:\n- Dana Ortiz, LCSW: anxiety, trauma, grief\n- Kevin Shore, LCPC: ADHD coaching, depression, self-harm prevention\nReferral forms go through your counselor.\n\nDr. Simone Achterberg",
    ),
    Spec(
        phi=False,
        category="Special education budget agenda",
        notes="Board agenda item on the special education budget; no student.",
        frm="Board Office <board-office@millbrookusd.org>",
        to="board-members@millbrookusd.org",
        subject="Agenda item 7: IDEA budget",
        body="Item 7: IDEA Part B allocation $2.41M; out-of-district placement costs up 12%; proposed 2 additional SLP positions.",
    ),
]
