"""Ridgemont University Accessibility Resources (disability services) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import ACC, Att, Spec

SIG = "\n\nAccessibility Resources | Ridgemont University\nCrane Hall 120 | 802-555-0152 | access.ridgemont.edu\nCONFIDENTIAL: student disability information is shared only with consent and on a need-to-know basis."

MESSAGES = [
    Spec(
        phi=True,
        category="Faculty accommodation letter naming diabetes",
        notes="Accommodation letter DOCX to a professor naming the student, her Type 1 diabetes (disclosed with consent) and exam accommodations.",
        frm=f"Accommodation Letters <letters@{ACC}>",
        to="prof.hallett@ridgemont.edu",
        subject="Accommodation letter - BIO 201, Spring 2026",
        body="Dear Professor Hallett,\n\nThe attached accommodation letter is for a student enrolled in BIO 201. She has asked that we include her medical context. Please reply to confirm receipt and contact us with any questions about implementation."
        + SIG,
        atts=(
            Att(
                "Accommodation_Letter_Ferreira_BIO201.docx",
                DOCX,
                docx(
                    [
                        "Ridgemont University Accessibility Resources",
                        "Student: Lucia Ferreira   ID 20247702",
                        "Course: BIO 201 Cell Biology (Hallett)",
                        "At the student's request: Lucia has Type 1 diabetes managed with an insulin pump and continuous glucose monitor.",
                        "Approved accommodations:",
                        "- Phone/CGM receiver permitted during exams for glucose monitoring",
                        "- Breaks to treat low blood sugar, with stopped clock",
                        "- Snacks and water in class and exams",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Faculty guide PDF with sample letter",
        notes="Hard negative: faculty guide PDF showing a sample accommodation letter for 'Jane Sample', explicitly fictional.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="faculty@lists.ridgemont.edu",
        subject="Faculty guide: reading an accommodation letter",
        body="Dear faculty,\n\nMany of you asked what a letter looks like. The attached two-pager walks through a sample (fictional student). Letters never include diagnoses unless a student asks us to."
        + SIG,
        atts=(
            Att(
                "faculty_guide_accommodation_letters.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGEMONT ACCESSIBILITY RESOURCES - FACULTY GUIDE",
                        "SAMPLE LETTER (fictional student, for illustration only)",
                        "Student: Jane Sample   ID 00000000",
                        "Accommodations: Extended time 1.5x; reduced-distraction room",
                        "What you should do: confirm receipt, arrange the exam with the",
                        "Testing Center 5 business days ahead, keep the letter private.",
                        "What you should not do: ask the student about their diagnosis.",
                    ],
                    "Faculty guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Outdated ADHD evaluation documentation request",
        notes="Tells a named student at her personal address that her ADHD evaluation from a named psychologist is too old and what testing is needed.",
        frm=f"Intake Coordinator <intake@{ACC}>",
        to="harper.quill@gmail.com",
        subject="Your documentation - next steps",
        body="Hi Harper,\n\nThanks for sending your paperwork. The ADHD evaluation from Dr. Wexler is dated 2017, when you were in 7th grade, and doesn't include adult measures. We can grant provisional extended time for this semester, but please ask your provider for an updated letter describing current functional impact (a full re-evaluation isn't required).\n\nWarmly,\nBeth Orlov, Intake Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Testing center hours notice",
        notes="Testing center operating hours and booking deadline notice; no students.",
        frm=f"Testing Center <testing@{ACC}>",
        to="faculty@lists.ridgemont.edu",
        subject="Testing Center midterm hours and booking deadline",
        body="Midterm week hours: Mon-Fri 8am-9pm, Sat 9-3. Exams must be uploaded to the portal 5 business days before the test date. Late uploads may be moved to the next open slot."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Encrypted accommodated exam roster to proctoring vendor",
        notes="Hard positive: body only mentions the roster; the password-protected zip holds students' names, IDs and disability-related exam accommodations.",
        frm=f"Testing Center <testing@{ACC}>",
        to="ops@proctorwise-services.com",
        subject="Remote proctoring roster - ECON 110 midterm",
        body="Hi Jordan,\n\nThe accommodated roster for the ECON 110 online midterm (3/12) is attached as an encrypted zip. Password will come by text from our main line. Please delete after the exam window closes, per our BAA/data agreement."
        + SIG,
        atts=(
            Att(
                "ECON110_accommodated_roster.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "roster.csv": "student_id,name,extended_time,breaks,other\n20251140,Nadia Haddad,2.0x,Y,screen reader (low vision)\n20240388,Colm Brennan,1.5x,N,\n20252009,Yusuf Demir,1.5x,Y,insulin/food permitted\n"
                    },
                    "Quarry-Lane-26",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Annual registrations by disability category workbook",
        notes="Hard negative: multi-sheet annual report with counts of registered students by disability category and accommodation; aggregate only.",
        frm=f"AR Director <director@{ACC}>",
        to="provost.office@ridgemont.edu",
        subject="AY2025 annual report data",
        body="Attached are the tables for the annual report. Categories under 10 students are combined into 'Other'."
        + SIG,
        atts=(
            Att(
                "AR_annual_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By category": [
                            ["Primary category", "Students"],
                            ["ADHD", 412],
                            ["Anxiety/depression", 380],
                            ["Learning disability", 197],
                            ["Chronic health", 144],
                            ["Autism", 58],
                            ["Other", 61],
                        ],
                        "Accommodations": [
                            ["Accommodation", "Letters issued"],
                            ["Extended time", 1210],
                            ["Reduced distraction", 880],
                            ["Note-taking support", 301],
                        ],
                        "Trend": [["Year", "Registered"], [2023, 1011], [2024, 1138], [2025, 1252]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Housing single-room request citing Crohn's disease",
        notes="Named student with ID and Crohn's disease justifying a private-bathroom housing accommodation, sent to Residence Life.",
        frm=f"Housing Accommodations <housing-acc@{ACC}>",
        to="assignments@reslife.ridgemont.edu",
        subject="Approved housing accommodation - fall 2026",
        body="Hi Assignments team,\n\nPlease assign Ren Nakamura (ID 20248831) a single room with private or semi-private bathroom for fall 2026. Documentation from her gastroenterologist confirms severe Crohn's disease with frequent urgent flares. Ground floor not required.\n\nThanks,\nMalik Trent"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Housing accommodation deadline announcement",
        notes="General deadline announcement for housing accommodation requests; no student.",
        frm=f"Housing Accommodations <housing-acc@{ACC}>",
        to="all-students@lists.ridgemont.edu",
        subject="Need a housing accommodation for fall? Apply by April 3",
        body="Students who need housing accommodations for a disability or medical condition (e.g. single room, air conditioning, proximity) should apply in the Accessibility portal by April 3. Requests after that date are reviewed as space allows."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Emotional support animal approval to housing",
        notes="Hard positive: ESA approval naming the student and room; an ESA approval implies a documented mental health condition.",
        frm=f"Housing Accommodations <housing-acc@{ACC}>",
        to="linden.hall.rd@reslife.ridgemont.edu",
        subject="ESA approved - Linden 314",
        body="Hi Sam,\n\nFYI, Tova Berkowitz (Linden 314) has an approved emotional support animal (cat, 'Pickle') effective 3/16. Her roommate agreement was signed. Please don't share the reason for the approval with hall staff beyond what's needed.\n\nMalik"
        + SIG,
    ),
    Spec(
        phi=False,
        category="ESA documentation policy update",
        notes="Hard negative: policy update on ESA documentation from licensed mental health providers; no student.",
        frm=f"AR Director <director@{ACC}>",
        to="reslife-professional-staff@reslife.ridgemont.edu",
        subject="ESA documentation standard - updated",
        body="Colleagues,\n\nStarting fall 2026, ESA requests need documentation from a licensed provider with an established treatment relationship (at least 30 days); certificates bought online won't be accepted. Reminder: RDs should never ask students what their condition is.\n\nDr. Ines Calloway"
        + SIG,
    ),
    Spec(
        phi=True,
        category="ASL interpreting schedule invite to vendor",
        notes="Hard positive: ICS invite to interpreting agency naming a Deaf student and his class schedule for ASL/CART services.",
        frm=f"Interpreting Coordinator <interpreting@{ACC}>",
        to="scheduling@greenmtninterpreters.com",
        subject="Standing request - MWF 10:10 HIST 240",
        body="Please confirm two ASL interpreters for the standing class below (student is Deaf; prefers ASL, CART as backup).",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ridgemont AR//Interpreting//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:asl-hist240@access.ridgemont.edu\r\nDTSTAMP:20260309T150000Z\r\nDTSTART:20260316T141000Z\r\nDTEND:20260316T150000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260508T000000Z\r\nSUMMARY:ASL for Marcus Bell (Deaf) - HIST 240\r\nDESCRIPTION:Student Marcus Bell\\, ID 20239915. Lip-reads poorly\\; team interpreting required.\r\nLOCATION:Morrow Hall 204\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Commencement interpreting invoice CSV",
        notes="Interpreting vendor invoice for public commencement events; no students.",
        frm=f"Accessibility Business Office <business@{ACC}>",
        to="ap@ridgemont.edu",
        subject="Approve for payment: GMI invoice 5521",
        body="Approved for payment from 21-4410. Commencement and convocation interpreting, public events only."
        + SIG,
        atts=(
            Att(
                "GMI_5521.csv",
                "text/csv",
                "date,event,interpreters,hours,rate,amount\n2025-12-13,Winter commencement,2,4,95,760\n2026-01-20,MLK convocation,2,2,95,380\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Temporary injury scribe accommodation",
        notes="Named student's fractured wrist and scribe/extended-time accommodation sent to professor, cc student.",
        frm=f"Beth Orlov <borlov@{ACC}>",
        to="k.amundsen@ridgemont.edu",
        cc="felix.obi@ridgemont.edu",
        subject="Temporary accommodation - Felix Obi, MATH 221",
        body="Hi Professor Amundsen,\n\nFelix fractured his right (dominant) wrist last weekend and is in a cast for about six weeks. Through April 24 he is approved for a scribe and 1.5x time on quizzes and exams in MATH 221. The Testing Center will provide the scribe.\n\nBeth"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Office closure for staff training",
        notes="Office closure notice for staff training; no students.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="campus-announcements@ridgemont.edu",
        subject="AR closed Friday 3/20, 1-4 pm",
        body="Accessibility Resources will close Friday 3/20 from 1 to 4 pm for staff training. The Testing Center remains open."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded student disclosure for retroactive withdrawal",
        notes="Coordinator forwards student's own email disclosing bipolar disorder and a psychiatric hospitalisation to the dean for a medical withdrawal.",
        frm=f"Beth Orlov <borlov@{ACC}>",
        to="dean.students@ridgemont.edu",
        subject="Fwd: fall semester - can I withdraw retroactively?",
        body="Sarah, forwarding with the student's permission; she's registered with us and I support a retroactive medical withdrawal for fall. Her provider letter is on file.\n\nBeth"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Naomi Steinberg <naomi.steinberg@ridgemont.edu>",
            to=f"borlov@{ACC}",
            subject="fall semester - can I withdraw retroactively?",
            body="Hi Beth,\n\nAs you know I was hospitalised at Brattleboro Retreat from October 28 to November 19 after a manic episode (bipolar I). I failed three classes because of it. Is a retroactive withdrawal possible?\n\nNaomi Steinberg, ID 20236654",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor webinar on autistic students",
        notes="Hard negative: forwards a vendor webinar invitation on supporting autistic college students; topic only.",
        frm=f"AR Director <director@{ACC}>",
        to="ar-staff@access.ridgemont.edu",
        subject="Fwd: Webinar - Supporting autistic students in the transition to college",
        body="Worth attending if you can - counts toward PD hours." + SIG,
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="AHEAD Learning <events@aheadlearning-events.org>",
            to=f"director@{ACC}",
            subject="Webinar - Supporting autistic students in the transition to college",
            body="Join us April 2 at 2 pm ET. Panelists discuss sensory-friendly testing spaces, executive function coaching and social communication supports for autistic students. Register at the link on our site.",
        ),
    ),
    Spec(
        phi=True,
        category="Priority registration list CSV to registrar",
        notes="Hard positive: CSV of student IDs and names flagged as registered with disability services; disability status tied to individuals.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="registrar.ops@ridgemont.edu",
        subject="Priority registration eligibility - fall 2026",
        body="Hi Registrar team, attached is the list of students eligible for priority registration as an accommodation. Please load the flag by 3/23. (Excerpt only - full file to follow via SFTP.)"
        + SIG,
        atts=(
            Att(
                "priority_reg_fall2026_excerpt.csv",
                "text/csv",
                "student_id,last_name,first_name,basis\n20250017,Abara,Chidi,AR registered - accommodation\n20240561,Bjornsson,Elin,AR registered - accommodation\n20252283,Castillo,Paloma,AR registered - accommodation\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Captioning request CSV for course videos",
        notes="Hard negative: list of lecture videos needing captions sent to a captioning vendor; courses and URLs only, no students.",
        frm=f"Accessible Media <media@{ACC}>",
        to="orders@verbitcaptions-partner.com",
        subject="Caption order batch 14",
        body="Batch 14 attached, standard turnaround. These are proactive captions for public course materials."
        + SIG,
        atts=(
            Att(
                "caption_batch14.csv",
                "text/csv",
                "course,video_title,minutes,url\nPSYC 101,Lecture 12 - Memory,48,https://media.ridgemont.edu/v/psyc101-12\nBIO 201,Lab safety walkthrough,14,https://media.ridgemont.edu/v/bio201-lab\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Neuropsych report sent to consulting psychologist",
        notes="Hard positive: body has no name; forwards a student's neuropsychological evaluation summary PDF (dyslexia, processing speed scores) to an outside consultant for review.",
        frm=f"Intake Coordinator <intake@{ACC}>",
        to="dr.vasquez@vasquezpsychconsulting.com",
        subject="Documentation review request #26-041",
        body="Dr. Vasquez,\n\nPlease review the attached evaluation under our consulting agreement and advise whether it supports a reduced course load in addition to extended time.\n\nBeth"
        + SIG,
        atts=(
            Att(
                "26-041_eval_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGEMONT ACCESSIBILITY RESOURCES - DOCUMENTATION REVIEW 26-041",
                        "Student: Elias Moreno-Pratt   DOB 02/14/2006",
                        "Evaluator: C. Duarte, PhD, 11/2025",
                        "Diagnosis: Specific learning disorder with impairment in reading (F81.0)",
                        "WAIS-IV PSI 78; WJ-IV Reading Fluency SS 74; Oral comprehension SS 112",
                        "Recommendations: extended time 1.5x, text-to-speech, reduced load",
                    ],
                    "Documentation review 26-041",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Consultant contract renewal with NPI",
        notes="Hard negative: contract renewal terms with a consulting psychologist including her NPI and rates; provider identifier only.",
        frm=f"Accessibility Business Office <business@{ACC}>",
        to="dr.vasquez@vasquezpsychconsulting.com",
        subject="FY27 consulting agreement renewal",
        body="Dr. Vasquez,\n\nWe'd like to renew your documentation-review agreement for FY27 at $140/review (up from $130), cap 60 reviews. Please confirm your billing details:\n\nElena Vasquez, PhD, Licensed Psychologist\nNPI: 1576727626\nW-9 on file\n\nThe renewed BAA/confidentiality addendum will come through DocuSign."
        + SIG,
    ),
    Spec(
        phi=True,
        category="One-line OT result to faculty",
        notes="Hard positive: one-liner to a professor with a student's first name, occupational therapy evaluation result and resulting accommodation.",
        frm=f"Beth Orlov <borlov@{ACC}>",
        to="p.nakashima@ridgemont.edu",
        subject="re: laptop in ARTH 150",
        body="Leo's OT eval came back - fine motor deficit confirmed, so yes, laptop for all in-class writing in ARTH 150. -B",
    ),
    Spec(
        phi=False,
        category="Assistive technology licence renewal",
        notes="Vendor renewal for screen reader and literacy software licences; no students.",
        frm=f"Assistive Technology <at@{ACC}>",
        to="renewals@texthelp-partner.com",
        subject="Read&Write site licence renewal - quote needed",
        body="Hello, please send a renewal quote for our Read&Write campus licence (current term ends 6/30) and 10 JAWS network seats. PO will come from central procurement."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Approval letter PDF citing PTSD",
        notes="Hard positive: body has only a first name; attached PDF adds her full name, ID, PTSD diagnosis and accommodations.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="g.whitaker.vet@outlook.com",
        subject="Your accommodation approval",
        body="Hi Grace, your approval letter is attached. Faculty letters go out once you request them in the portal."
        + SIG,
        atts=(
            Att(
                "approval_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGEMONT ACCESSIBILITY RESOURCES",
                        "Grace Whitaker, ID 20250902",
                        "Basis reviewed: Post-traumatic stress disorder (VA documentation, 2024)",
                        "Approved: seat near exit; permission to step out; exams in private room;",
                        "advance notice of graphic content in course materials.",
                        "Coordinator: Beth Orlov",
                    ],
                    "Approval letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Peer ambassador student job posting",
        notes="Hard negative: student job posting that welcomes applicants with lived experience of disability; no individual.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="studentjobs@careers.ridgemont.edu",
        subject="Posting: Peer Accessibility Ambassador (10 hrs/wk)",
        body="Position: Peer Accessibility Ambassador. Lead campus accessibility audits, present at orientation, staff the AR front desk. Students with lived experience of disability, chronic illness or neurodivergence are strongly encouraged to apply; disclosure is never required. $16.50/hr."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Accessible parking permit with plate and surgery",
        notes="Named student's vehicle plate and temporary mobility impairment after knee surgery sent to parking services.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="permits@parking.ridgemont.edu",
        subject="Temporary accessible permit - Dufresne",
        body="Please issue a temporary accessible parking permit through 4/30:\n\nStudent: Aurelie Dufresne, ID 20243370\nVehicle: 2016 Subaru Impreza, VT plate HKT-4419\nReason: non-weight-bearing after ACL reconstruction on 3/2\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Accessible parking procedure with example fields",
        notes="Hard negative: procedure listing the fields a temporary permit request needs (plate, ID) with no actual student.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="permits@parking.ridgemont.edu",
        subject="Updated temporary permit procedure",
        body="For future temporary accessible permits we'll send: student name, ID, vehicle make/model, plate, and end date. We will not send the medical reason - the approval itself is sufficient. Let us know if your system needs anything else."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only portal status with ICD code",
        notes="Hard positive: HTML-only portal notification showing a named student's diagnosis on file as an ICD-10 code (F41.1).",
        frm=f"AR Portal <noreply@{ACC}>",
        to="devin.ashgrove@ridgemont.edu",
        subject="Documentation status updated",
        body="",
        html="<html><body><table border='1'><tr><th>Student</th><td>Devin Ashgrove (20244017)</td></tr><tr><th>Documentation</th><td>Received 03/04/2026 - complete</td></tr><tr><th>Condition on file</th><td>F41.1</td></tr><tr><th>Next step</th><td>Accommodation meeting 03/11 2:00 pm</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only universal design faculty newsletter",
        notes="HTML-only faculty newsletter on universal design for learning; no individual.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="faculty@lists.ridgemont.edu",
        subject="UDL tip of the month: flexible deadlines",
        body="",
        html="<html><body><h2>UDL tip: build in flexibility</h2><p>A 48-hour grace window on weekly assignments reduces individual extension requests by up to 40% in our pilot courses.</p><p>Questions? <a href='https://access.ridgemont.edu/udl'>Book a consult</a>.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Celiac meal plan request to dining",
        notes="Named student's celiac disease and dietary accommodation sent to dining services.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="nutrition@dining.ridgemont.edu",
        subject="Dietary accommodation - Hannah Oyelaran",
        body="Hi Chef Reyes,\n\nHannah Oyelaran (ID 20256613) has biopsy-confirmed celiac disease and has been approved for the modified meal plan with access to the gluten-free pantry in Weller Hall. She'd like to meet with the dietitian next week.\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Dining allergen policy discussion",
        notes="Hard negative: discussion of allergen labelling and celiac-safe preparation in dining halls; no student.",
        frm=f"AR Director <director@{ACC}>",
        to="nutrition@dining.ridgemont.edu",
        subject="Allergen labelling in the new menu app",
        body="Chef Reyes,\n\nThanks for the demo. Two requests: label the top 9 allergens plus sesame on every item, and mark which stations use shared fryers so students with celiac disease or severe nut allergies can decide for themselves."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Department accommodation tracker workbook",
        notes="Hard positive: body has no student; multi-sheet tracker to a department administrator lists students' names, IDs, conditions and accommodations.",
        frm=f"Testing Center <testing@{ACC}>",
        to="chem.admin@ridgemont.edu",
        subject="CHEM accommodated students - spring tracker",
        body="Hi Pat, the tracker you asked for is attached so your TAs can schedule labs. Please limit access to the course staff."
        + SIG,
        atts=(
            Att(
                "CHEM_spring_tracker.xlsx",
                XLSX,
                xlsx(
                    {
                        "CHEM 110": [
                            ["ID", "Name", "Accommodation", "Note"],
                            [20250731, "Ivy Sandoval", "1.5x time", "migraine"],
                            [20251902, "Kwame Asante", "Lab partner assist", "low vision"],
                        ],
                        "CHEM 230": [
                            ["ID", "Name", "Accommodation", "Note"],
                            [20238845, "Rhea Kapoor", "Seated lab station", "POTS"],
                        ],
                        "Exams": [
                            ["Date", "Course", "Students"],
                            ["2026-03-18", "CHEM 110", 2],
                            ["2026-03-20", "CHEM 230", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Testing center room and proctor schedule workbook",
        notes="Hard negative: multi-sheet room capacity and proctor shift workbook naming staff only.",
        frm=f"Testing Center <testing@{ACC}>",
        to="tc-proctors@access.ridgemont.edu",
        subject="Midterm week proctor schedule",
        body="Schedule attached. Swap shifts directly and update the sheet." + SIG,
        atts=(
            Att(
                "proctor_schedule_midterms.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rooms": [
                            ["Room", "Seats", "Type"],
                            ["Crane 112", 12, "Reduced distraction"],
                            ["Crane 114", 1, "Private"],
                            ["Crane 116", 20, "Standard"],
                        ],
                        "Shifts": [
                            ["Date", "Shift", "Proctor"],
                            ["2026-03-16", "8-12", "Lola Brandt"],
                            ["2026-03-16", "12-5", "Omar Haidari"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to father confirming epilepsy reduced load",
        notes="Hard positive: reply to father's personal mailbox (release on file) confirming son's reduced course load approved for epilepsy.",
        frm=f"Beth Orlov <borlov@{ACC}>",
        to="r.lindahl1961@yahoo.com",
        subject="Re: Daniel's course load",
        body="Mr. Lindahl,\n\nSince Daniel signed a release naming you, I can confirm his reduced course load (9 credits) was approved for spring because of his epilepsy and the medication change in January. He keeps full-time status for insurance purposes.\n\nBeth Orlov"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to parent declining to confirm registration",
        notes="Hard negative: reply to a parent's personal mailbox that neither confirms nor denies any student's registration and explains the release process.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="m.ostrowski.home@yahoo.com",
        subject="Re: my son's accommodations",
        body="Dear Ms. Ostrowski,\n\nThank you for reaching out. Our office cannot confirm whether any particular student is registered with us without that student's written release. If your son would like us to talk with you, he can complete the 'Parent/Guardian Release' form in the portal. In the meantime, general information about our process is on our website.\n\nAccessibility Resources"
        + SIG,
    ),
    Spec(
        phi=False,
        category="De-identified case study training document",
        notes="Hard negative: training DOCX with a de-identified composite case ('Student A', junior with TBI); no identifiers.",
        frm=f"AR Director <director@{ACC}>",
        to="ar-staff@access.ridgemont.edu",
        subject="Case study for Thursday's staff meeting",
        body="Please read before Thursday. Composite case; details changed." + SIG,
        atts=(
            Att(
                "case_study_TBI_composite.docx",
                DOCX,
                docx(
                    [
                        "Case study (composite, de-identified)",
                        "Student A is a junior who sustained a traumatic brain injury in a car accident over the summer.",
                        "Reports headaches with screen use, slowed processing and fatigue after 2 hours.",
                        "Discussion: which accommodations are reasonable for a lab-based major?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of scanned intake forms to document vendor",
        notes="Zip of intake form text files with students' names, IDs and diagnoses sent to a document management vendor for import.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="migration@clockworkdms.com",
        subject="Pilot import - 3 intake forms",
        body="Hi Priya, here are three scanned intake forms (OCR text) for the import pilot. Please confirm the field mapping before we send the full archive."
        + SIG,
        atts=(
            Att(
                "intake_pilot.zip",
                "application/zip",
                zipped(
                    {
                        "intake_20241177.txt": "RIDGEMONT AR INTAKE\nName: Selin Aydin  ID 20241177\nCondition(s): Type 2 bipolar disorder; migraine\nCurrent provider: Dr. Hale, Mercy Behavioral Health\n",
                        "intake_20252410.txt": "RIDGEMONT AR INTAKE\nName: Owen Traore  ID 20252410\nCondition(s): Autism spectrum disorder (level 1)\n",
                        "intake_20230955.txt": "RIDGEMONT AR INTAKE\nName: Fern Mulcahy  ID 20230955\nCondition(s): Multiple sclerosis, relapsing-remitting\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICS invite for accessibility compliance training",
        notes="Calendar invite for staff training on web accessibility compliance; no students.",
        frm=f"Accessibility Resources <access@{ACC}>",
        to="web-editors@lists.ridgemont.edu",
        subject="Invitation: WCAG 2.2 for web editors",
        body="Join us for a hands-on session on the new ADA Title II web rule and WCAG 2.2 AA.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ridgemont AR//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:wcag22-0325@access.ridgemont.edu\r\nDTSTAMP:20260309T150000Z\r\nDTSTART:20260325T180000Z\r\nDTEND:20260325T193000Z\r\nSUMMARY:WCAG 2.2 workshop for web editors\r\nLOCATION:Crane Hall 130\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
]
