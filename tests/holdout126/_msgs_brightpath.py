"""BrightPath School Therapy Program (school-based therapy programme): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

BPS = "BrightPath School Therapy <office@brightpathschooltherapy.org>"
SIG = (
    "\n\nBrightPath School Therapy Program\n140 Linden Avenue, Worcester, MA 01609\n(508) 555-0120"
)

MESSAGES = [
    Spec(
        phi=True,
        category="parent consent follow-up naming student and anxiety",
        notes="Email to a parent's gmail naming her son, his school, and his anxiety treatment plan with the school therapist.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="tanya.oyelaran@gmail.com",
        subject="Sessions for Malik at Burncoat Middle",
        body="Hi Ms. Oyelaran,\n\nThank you for signing consent. Malik (grade 7, Burncoat Middle) will start weekly CBT sessions for his separation anxiety and school refusal with Hannah Liu, LMHC, on Mondays during 3rd period. We'll review his progress with you in six weeks.\n\nRenee Kowalski, LICSW\nClinical Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="general letter to families about program",
        notes="Hard negative: generic back-to-school letter describing counseling services; mentions anxiety and depression as topics, no student.",
        frm=BPS,
        to="families-list@worcesterpublicschools-demo.org",
        subject="Counseling at your child's school",
        body="Dear families,\n\nBrightPath therapists work inside 14 Worcester schools. Students can get help with anxiety, sadness, grief, behavior and stress. Sessions take place during the school day, with parent consent. Ask your school adjustment counselor for a referral form, or call (508) 555-0120.\n\nBrightPath School Therapy Program",
    ),
    Spec(
        phi=True,
        category="teacher update with student initials and room",
        notes="Hard positive: short note to a teacher identifies a student by initials, grade, classroom and his ADHD medication timing.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="mr.gagnon@chandlerelementary-demo.org",
        subject="J.R. in your room",
        body="Hi Tom - J.R. (gr 4, your homeroom 112) just started Focalin in the mornings per his mom. If you notice appetite or mood changes after lunch pls text me 508-555-0124. Also he'll miss Tues 10:15 for his session w/ me. Thx! -Hannah",
    ),
    Spec(
        phi=False,
        category="staff training slides on trauma informed care",
        notes="Hard negative: training docx for staff with a made-up vignette ('Student X'); fictional example, no real student.",
        frm="Training <training@brightpathschooltherapy.org>",
        to="clinicians@brightpathschooltherapy.org",
        subject="Slides: trauma-informed classrooms",
        body="Slides for Friday's in-service attached.",
        atts=(
            Att(
                "trauma_informed_inservice.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "BrightPath In-service: Trauma-Informed Classrooms",
                        "Vignette (fictional): Student X, age 9, startles at loud noises and hides under desks after a house fire.",
                        "Discussion: what regulation strategies could the teacher use?",
                        "Presenter: Renee Kowalski, LICSW",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="504 meeting summary pdf",
        notes="Hard positive: neutral body; the attached PDF names the student, DOB, diagnosis F84.0 and therapy accommodations.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="504coord@doherty-hs-demo.org",
        subject="Meeting summary from Thursday",
        body="Attached is my summary for the file. Parent has the copy too.\n\nHannah",
        atts=(
            Att(
                "504_summary_0416.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH SCHOOL THERAPY PROGRAM - 504 MEETING SUMMARY",
                        "Student: Olivia Brennan   DOB 02/09/2011   Doherty Memorial HS, grade 9",
                        "Diagnosis: F84.0 Autism spectrum disorder; F41.1 Generalized anxiety disorder",
                        "Accommodations: sensory breaks, weekly school-based therapy (BrightPath)",
                        "Therapist: Hannah Liu, LMHC",
                    ],
                    "504 summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate caseload by school",
        notes="Hard negative: multi-sheet workbook of caseload counts by school and presenting problem; aggregate, no students.",
        frm="Data Team <data@brightpathschooltherapy.org>",
        to="superintendent.office@worcesterpublicschools-demo.org",
        subject="Caseload report - March",
        body="March numbers attached. Small cells (<11) suppressed.",
        atts=(
            Att(
                "caseload_march_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By school": [
                            ["School", "Active students"],
                            ["Burncoat Middle", 46],
                            ["Chandler Elementary", 31],
                            ["Doherty HS", 58],
                        ],
                        "By problem": [
                            ["Presenting problem", "Students"],
                            ["Anxiety", 72],
                            ["Depression", 39],
                            ["Behavior", 24],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="safety plan after self-harm disclosure to parent",
        notes="Email to a father's yahoo naming his daughter, her self-harm disclosure and the safety plan.",
        frm="Diego Marín <dmarin@brightpathschooltherapy.org>",
        to="kwame.asante.wor@yahoo.com",
        subject="Today at school",
        body="Mr. Asante,\n\nFollowing our call: today Abena told me she has been cutting her forearm. She is not in immediate danger and we completed a safety plan together (copy in her backpack). Please lock up medications at home. I have scheduled her for an evaluation with the Harborview youth clinic on Friday at 3:30.\n\nDiego Marín, LICSW"
        + SIG,
    ),
    Spec(
        phi=False,
        category="vendor invoice for assessment kits",
        notes="Hard negative: invoice for BASC-3 assessment kits with an order number in SSN shape; vendor mail, no student.",
        frm="Accounts Payable <ap@brightpathschooltherapy.org>",
        to="orders@psychassessmentsupply.com",
        subject="Invoice INV-77120 paid",
        body="Hello,\n\nInvoice INV-77120 for 6 BASC-3 parent rating kits and 2 Conners-4 kits ($2,418.60) was paid by ACH today. Reference: order 318-52-4406.\n\nAP, BrightPath",
    ),
    Spec(
        phi=True,
        category="referral csv from school counselors",
        notes="Hard positive: CSV attachment of referred students with grade, school and reason (suicidal statements, grief) sent to the intake list.",
        frm="Intake <intake@brightpathschooltherapy.org>",
        to="clinicians@brightpathschooltherapy.org",
        subject="New referrals this week",
        body="Please claim by Wednesday.",
        atts=(
            Att(
                "referrals_wk17.csv",
                "text/csv",
                "student,grade,school,reason,parent_phone\n"
                "Sofia Nguyen,8,Burncoat Middle,statements about not wanting to live,508-555-0131\n"
                "Ethan Kearney,3,Chandler Elementary,grief after father's death,508-555-0133\n"
                "Layla Haddad,11,Doherty HS,panic attacks in class,774-555-0135\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="parent night invitation",
        notes="Event invitation to families about a parent workshop on screen time and sleep; no individual.",
        frm=BPS,
        to="pto@burncoatmiddle-demo.org",
        subject="Parent workshop May 12",
        body="Hi PTO,\n\nCould you share this? Parent workshop on teens, screens and sleep, May 12, 6:30pm in the library. Childcare provided.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BrightPath//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:parentnight-20260512@brightpathschooltherapy.org\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260512T223000Z\r\nDTEND:20260513T000000Z\r\nSUMMARY:Parent workshop: teens, screens and sleep\r\nLOCATION:Burncoat Middle library\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Medicaid billing workbook by student",
        notes="Multi-sheet billing workbook with students' MassHealth IDs, dates of service and therapy CPT codes.",
        frm="Billing <billing@brightpathschooltherapy.org>",
        to="schoolbilling@commonwealthbillingsvc.com",
        subject="March services for MassHealth billing",
        body="March file attached. Second tab has the two corrections from February.",
        atts=(
            Att(
                "BP_services_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Services": [
                            ["Student", "DOB", "MassHealth ID", "DOS", "CPT", "Dx"],
                            [
                                "Rivera, Marco",
                                "2013-05-02",
                                "100284736519",
                                "2026-03-03",
                                "90832",
                                "F43.23",
                            ],
                            [
                                "Chen, Ava",
                                "2010-11-17",
                                "100391820447",
                                "2026-03-05",
                                "90834",
                                "F32.1",
                            ],
                        ],
                        "Corrections": [
                            ["Student", "Fix"],
                            ["Okafor, David", "Change 90837 to 90834 for 2026-02-11"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job description school therapist",
        notes="Job description for a school-based therapist; no student.",
        frm="HR <hr@brightpathschooltherapy.org>",
        to="careers@idealist-demo.org",
        subject="Job post: School-Based Clinician",
        body="School-Based Clinician (LMHC/LICSW), BrightPath School Therapy Program, Worcester. Provide individual and group therapy in K-12 schools; consult with teachers; crisis assessment. Summers off option. $68-76k.",
    ),
    Spec(
        phi=True,
        category="forwarded nurse email about student medication",
        notes="Hard positive: forwarded school-nurse email names the student, her sertraline dose and a missed dose; cover note is brief.",
        frm="Diego Marín <dmarin@brightpathschooltherapy.org>",
        to="loakes@harborviewcmhc.org",
        subject="Fwd: med question",
        body="Lena - forwarding with mom's consent on file. Could you call the nurse?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Nurse Pat Doyle <pdoyle@doherty-hs-demo.org>",
            to="dmarin@brightpathschooltherapy.org",
            subject="med question",
            body="Diego, Grace Whitfield (gr 10) told me she has been skipping her sertraline 50 mg for a week because it makes her nauseous. She seems flat today. Who is her prescriber?",
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter mental health awareness month",
        notes="HTML-only newsletter for May mental health awareness month; general tips, no individual.",
        frm="BrightPath News <news@brightpathschooltherapy.org>",
        to="subscribers@brightpathschooltherapy.org",
        subject="May is Mental Health Awareness Month",
        body="",
        html="<html><body><h1>May is Mental Health Awareness Month</h1><ul><li>Talk with your kids about feelings at dinner.</li><li>Watch for changes in sleep or grades.</li><li>Call 988 any time for a crisis.</li></ul><p>BrightPath School Therapy Program</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML progress note summary to parent",
        notes="Hard positive: HTML-only progress summary to a mother's outlook address with the child's name, ADHD and behavior goals.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="jess.rinaldi@outlook.com",
        subject="Quarter 3 progress",
        body="",
        html="<html><body><p>Hi Jess,</p><p>Here is <b>Luca's</b> Q3 summary:</p><table border='1'><tr><td>Goal</td><td>Progress</td></tr><tr><td>Stay seated during math (ADHD plan)</td><td>Met 4 of 5 days</td></tr><tr><td>Use calm-down corner instead of leaving room</td><td>Improving</td></tr></table><p>Session time stays Tuesdays 10:15.</p><p>Hannah Liu, LMHC</p></body></html>",
    ),
    Spec(
        phi=False,
        category="clinician directory with NPIs for district",
        notes="Hard negative: clinician directory listing names, licenses and NPIs for the district contract file; no students.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="contracts@worcesterpublicschools-demo.org",
        subject="Clinician roster for contract renewal",
        body="Roster for the 2026-27 renewal:\n\nRenee Kowalski, LICSW - clinical director - NPI 1925584710\nHannah Liu, LMHC - elementary/middle\nDiego Marín, LICSW - high school\nAmara Fofanah, LMFT - family therapy\n\nRenee",
    ),
    Spec(
        phi=True,
        category="zip of intake packets",
        notes="Hard positive: zip of intake packet text files for two named students including family history of bipolar disorder.",
        frm="Intake <intake@brightpathschooltherapy.org>",
        to="amara.fofanah@brightpathschooltherapy.org",
        subject="Intake packets for your new cases",
        body="Two packets zipped.",
        atts=(
            Att(
                "intakes_0420.zip",
                "application/zip",
                zipped(
                    {
                        "intake_Kearney_Ethan.txt": "Ethan Kearney, DOB 2017-08-14, grade 3. Father died 02/2026 (overdose). Symptoms: nightmares, refuses to sleep alone. Parent: Colleen Kearney 508-555-0133.\n",
                        "intake_Haddad_Layla.txt": "Layla Haddad, DOB 2009-01-22, grade 11. Panic attacks, family history of bipolar disorder (mother). Parent: Rami Haddad 774-555-0135.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank parent consent template",
        notes="Hard negative: blank consent template with placeholder fields like [Student Name] and [Diagnosis]; no real student.",
        frm=BPS,
        to="adjustmentcounselors@worcesterpublicschools-demo.org",
        subject="Updated consent template",
        body="Template text:\n\nI, [Parent Name], consent for [Student Name], DOB [MM/DD/YYYY], to receive school-based therapy from BrightPath for [Presenting Concern]. I understand information about [Diagnosis] will be shared only with my written permission.\n\nSignature: ________  Date: ________",
    ),
    Spec(
        phi=True,
        category="png drawing from therapy session",
        notes="Hard positive: PNG of a child's drawing attached; body names the child and what it reveals about trauma in therapy.",
        frm="Amara Fofanah <afofanah@brightpathschooltherapy.org>",
        to="dcf.worcester.intake@mass-dcf-demo.gov",
        subject="Follow-up to 51A filed today",
        body="Attached is the drawing Ethan Kearney (age 8) made in our play therapy session today, referenced in the 51A report. He described it as 'the night the ambulance came for dad'. I'm available at 508-555-0127.\n\nAmara Fofanah, LMFT",
        atts=(Att("EK_drawing_0420.png", "image/png", png(8, 6, (220, 180, 40))),),
    ),
    Spec(
        phi=False,
        category="supervision schedule for interns",
        notes="Supervision schedule for staff interns; staff names only.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="interns@brightpathschooltherapy.org",
        subject="Supervision times spring",
        body="Spring supervision: Mon 3:30 Hannah with Priyanka and Tyler; Wed 2:00 Diego with Maya. Group supervision Fridays at noon.",
    ),
    Spec(
        phi=True,
        category="texting-style note to parent about no-show",
        notes="Hard positive: short message to a parent's personal address naming the student and that she skipped her therapy session.",
        frm="Diego Marín <dmarin@brightpathschooltherapy.org>",
        to="lmontalvo77@aol.com",
        subject="Jasmine",
        body="Hi Ms Montalvo, Jasmine didn't come to her therapy appt today 11:40 (2nd missed this month). Can we talk tmrw? 508-555-0126 - Diego, BrightPath",
    ),
    Spec(
        phi=False,
        category="aggregate survey results pdf",
        notes="Hard negative: PDF of aggregate student wellbeing survey results by grade; no individual.",
        frm="Data Team <data@brightpathschooltherapy.org>",
        to="schoolcommittee@worcesterpublicschools-demo.org",
        subject="Student wellbeing survey 2026 results",
        body="Summary attached for the committee packet.",
        atts=(
            Att(
                "wellbeing_survey_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH SCHOOL THERAPY PROGRAM - STUDENT WELLBEING SURVEY 2026",
                        "Respondents: 3,904 students in grades 6-12",
                        "Felt sad or hopeless most days (2+ weeks): 27%",
                        "Knows an adult at school to talk to: 68%",
                        "Results are aggregate; no individual responses are reported.",
                    ],
                    "Survey",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Patient bundle to health centre",
        notes="Hard positive: FHIR Bundle JSON with a student's name, DOB and a depression Condition sent to the pediatric practice.",
        frm="Data Team <data@brightpathschooltherapy.org>",
        to="interop@greendalepediatrics-demo.com",
        subject="Test bundle per your request",
        body="One record, shared with parent authorization, to test the referral loop.",
        atts=(
            Att(
                "bp_bundle_ac.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "bp-1044", "name": [{"family": "Chen", "given": ["Ava"]}], "birthDate": "2010-11-17"}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/bp-1044"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F32.1", "display": "Major depressive disorder, single episode, moderate"}]}, "recordedDate": "2026-01-28"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="room booking request",
        notes="Request to book a school room; no students.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="mainoffice@chandlerelementary-demo.org",
        subject="Room for Tuesdays",
        body="Hi Carol, could I keep room 204 on Tuesdays 9-12 through June? The counseling office is being painted. Thanks, Hannah",
    ),
    Spec(
        phi=True,
        category="docx letter for IEP team",
        notes="Hard positive: docx clinical letter for the IEP team naming the student and his PTSD diagnosis and therapy frequency.",
        frm="Amara Fofanah <afofanah@brightpathschooltherapy.org>",
        to="sped.team@burncoatmiddle-demo.org",
        subject="Letter for Thursday's IEP",
        body="Letter attached.",
        atts=(
            Att(
                "letter_IEP_Okafor.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "BrightPath School Therapy Program",
                        "Re: David Okafor, DOB 06/03/2012",
                        "David has received weekly trauma-focused CBT with me since October 2025 for post-traumatic stress disorder (F43.10).",
                        "I recommend a counseling service of 30 minutes weekly in his IEP and a quiet testing room.",
                        "Amara Fofanah, LMFT",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget workbook",
        notes="Hard negative: multi-sheet grant budget workbook with positions and supplies; no students.",
        frm="Finance <finance@brightpathschooltherapy.org>",
        to="grants@centralmassfoundation-demo.org",
        subject="Budget attachment - school mental health grant",
        body="Budget workbook attached for our application.",
        atts=(
            Att(
                "BP_grant_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Role", "FTE", "Salary"],
                            ["School clinician", 4.0, 288000.0],
                        ],
                        "Other": [
                            ["Item", "Cost"],
                            ["Assessment kits", 3200.0],
                            ["Mileage", 5400.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded teacher concern with student name",
        notes="Forward to the clinician of a teacher's email naming a student with suspected eating disorder and weight loss.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="dmarin@brightpathschooltherapy.org",
        subject="Fwd: worried about a student",
        body="Diego, can you screen her this week? Mom already consented to services last year.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Ms. Alvarez <kalvarez@doherty-hs-demo.org>",
            to="rkowalski@brightpathschooltherapy.org",
            subject="worried about a student",
            body="Renee, Chloe Bergstrom in my 2nd period has lost a lot of weight since January and I saw her throwing away lunch every day. She fainted in PE on Friday. Can someone from BrightPath see her?",
        ),
    ),
    Spec(
        phi=False,
        category="reply to parent asking general question",
        notes="Hard negative: reply to a parent's gmail answering how to refer a child in general; no child named or discussed.",
        frm=BPS,
        to="marcus.delgado.home@gmail.com",
        subject="Re: how does the school therapy work?",
        body="Hello Mr. Delgado,\n\nAny parent can ask for a referral: contact your school's adjustment counselor, who will send you our consent form. Sessions are free with MassHealth and most insurance. We can't discuss a specific child until consent is signed.\n\nBrightPath Office"
        + SIG,
    ),
    Spec(
        phi=True,
        category="txt export of crisis assessment",
        notes="Hard positive: txt attachment of a crisis risk assessment naming the student and C-SSRS responses.",
        frm="Diego Marín <dmarin@brightpathschooltherapy.org>",
        to="crisis@harborviewcmhc.org",
        subject="Risk assessment from today",
        body="Sending my C-SSRS before your team meets her at home tonight.",
        atts=(
            Att(
                "cssrs_0422.txt",
                "text/plain",
                "C-SSRS screen 04/22/2026 - Doherty HS\nStudent: Sofia Nguyen, DOB 2012-04-30\nWish to be dead: yes. Suicidal thoughts: yes, no plan. Past 3 months behavior: no.\nRisk: moderate. Parent Linh Nguyen notified 1:15pm, 508-555-0131.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="txt export of de-identified group curriculum",
        notes="Text attachment of a social skills group curriculum; no student.",
        frm="Amara Fofanah <afofanah@brightpathschooltherapy.org>",
        to="clinicians@brightpathschooltherapy.org",
        subject="Friendship group curriculum",
        body="8-week plan attached, feel free to adapt.",
        atts=(
            Att(
                "friendship_group_8wk.txt",
                "text/plain",
                "Week 1: introductions and group rules\nWeek 2: recognizing feelings\nWeek 3: joining a game\nWeek 4: handling teasing\nWeek 5-8: practice and celebration\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite naming student meeting",
        notes="Hard positive: calendar invite whose summary names the student and 'psychiatric re-entry meeting' after hospitalisation.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="principal@burncoatmiddle-demo.org",
        subject="Invitation: re-entry meeting",
        body="Invite attached for Monday.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BrightPath//Meetings//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:reentry-20260427@brightpathschooltherapy.org\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260427T123000Z\r\nDTEND:20260427T131500Z\r\nSUMMARY:Re-entry meeting - Sofia Nguyen after inpatient psychiatric stay (Pembroke)\r\nLOCATION:Burncoat Middle conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="insurance vendor marketing reply",
        notes="Reply to an EHR vendor sales email; business mail.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="sales@therapynotes-demo.com",
        subject="Re: demo request",
        body="Thanks, we're interested in the group practice plan. Can you show us school-calendar scheduling and parent portal features on May 6 at 1pm?",
    ),
    Spec(
        phi=True,
        category="location reveals care: hospital pickup note",
        notes="Hard positive: note to a parent's comcast address naming her son and that the clinician will meet him at the adolescent psychiatric unit discharge.",
        frm="Diego Marín <dmarin@brightpathschooltherapy.org>",
        to="carla.beaulieu@comcast.net",
        subject="Thursday",
        body="Hi Carla, I'll be at UMass Memorial's adolescent unit (Pediatric Behavioral Health, 6th floor) at 10 for Noah's discharge meeting, then I'll start seeing him at school Monday. - Diego",
    ),
    Spec(
        phi=False,
        category="staff notice with clinician medical leave",
        notes="Hard negative: staff notice that a clinician is on leave and caseload coverage; workforce notice, no student or health detail.",
        frm="Renee Kowalski <rkowalski@brightpathschooltherapy.org>",
        to="allstaff@brightpathschooltherapy.org",
        subject="Coverage while Hannah is out",
        body="Team, Hannah Liu will be on leave May 4-29. Diego covers Chandler; Amara covers Burncoat. Please don't email Hannah during leave.",
    ),
    Spec(
        phi=True,
        category="identifier without name: student ID and diagnosis",
        notes="Hard positive: no name, but the district student ID plus school, grade and ADHD/ODD diagnosis identify the student.",
        frm="Billing <billing@brightpathschooltherapy.org>",
        to="schoolbilling@commonwealthbillingsvc.com",
        subject="Claim denied - student 4418207",
        body="Denied claim for WPS student ID 4418207 (Chandler Elementary, gr 5), DOS 03/17/2026, 90834 with F90.2 and F91.3. The denial says no prior auth; our auth # is PA-55102. Please resubmit.",
    ),
    Spec(
        phi=False,
        category="holiday schedule notice",
        notes="Program closure notice for April vacation; no student.",
        frm=BPS,
        to="adjustmentcounselors@worcesterpublicschools-demo.org",
        subject="April vacation coverage",
        body="BrightPath clinicians are off during April vacation (Apr 20-24). For urgent needs call Harborview's crisis line (508) 555-0111 or 988.",
    ),
    Spec(
        phi=False,
        category="article share on school refusal",
        notes="Sharing a journal article on school refusal treatment; health topic, no individual.",
        frm="Hannah Liu <hliu@brightpathschooltherapy.org>",
        to="clinicians@brightpathschooltherapy.org",
        subject="Article: CBT for school refusal",
        body="Good review of exposure-based CBT for school refusal (J Child Psychol, 2025). Worth reading before our case consult.",
    ),
]
