"""Pinecrest School-Based Health Program: 17 PHI and 17 non-PHI messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import MCPH, PSD, Att, Spec

NURSE_SIG = (
    "\n\nMeredith Whitcomb, BSN, RN\nSchool Nurse, Pinecrest Elementary & Middle\n"
    "Pinecrest School District | 507-441-2200 x318\n"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="diabetic student care note to substitute teacher",
        notes="Hard positive: a child's first name with his classroom, diabetes, glucose checks "
        "and snack times, written to a sub.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"sub.ohare@{PSD}",
        subject="Room 108 tomorrow - one thing",
        body=(
            "Hi Mr. O'Hare,\n\nThanks for covering Ms. Ruiz's 3rd grade tomorrow. Eli in the "
            "front row has type 1 diabetes. He needs his snack at 10:15 and comes to me for a "
            "glucose check before recess. If he seems shaky or sweaty, send him to the office "
            "with a buddy right away - don't let him walk alone.\n" + NURSE_SIG
        ),
    ),
    Spec(
        phi=True,
        category="medication administration log XLSX multi-sheet",
        notes="Hard positive: workbook of student names, grades, medications and times given; "
        "body is a monthly cover note.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"health.services@{PSD}",
        subject="October MAR - Pinecrest Elem",
        body="October medication administration records attached, both tabs.\n" + NURSE_SIG,
        atts=(
            Att(
                "MAR_Oct_PE.xlsx",
                XLSX,
                xlsx(
                    {
                        "Daily": [
                            ["student", "grade", "medication", "dose", "time"],
                            ["Aiden Kowalczyk", 4, "methylphenidate ER", "18 mg", "11:30"],
                            ["Zainab Yusuf", 2, "albuterol HFA", "2 puffs PRN", "as needed"],
                            ["Mateo Gutierrez", 5, "guanfacine", "1 mg", "12:00"],
                        ],
                        "PRN given": [
                            ["student", "date", "medication", "reason"],
                            ["Zainab Yusuf", "2026-10-14", "albuterol", "wheezing after PE"],
                            ["Harper Lindahl", "2026-10-22", "ibuprofen 200 mg", "cramps"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lowercase texting-style fever send-home note",
        notes="Hard positive: a lowercase first name and initial with a fever reading and "
        "'sent home', to the attendance office.",
        frm=f"health.office.pms@{PSD}",
        to=f"attendance.pms@{PSD}",
        subject="early dismissal",
        body="noah p. (6th) going home w/ 101.4 temp, mom picking up ~1:15. code as illness pls\n",
    ),
    Spec(
        phi=True,
        category="vision screening referral PDF to parent hotmail",
        notes="A child's failed vision screening referral letter as PDF, sent to a parent's "
        "hotmail.",
        frm=f"nurse.whitcomb@{PSD}",
        to="tanya.ebersole@hotmail.com",
        subject="Vision screening letter",
        body=(
            "Hi Ms. Ebersole,\n\nAs we talked about on the phone, here is the referral letter "
            "from this week's screening to take to the eye doctor.\n" + NURSE_SIG
        ),
        atts=(
            Att(
                "vision_referral_Ebersole_Kaylee.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINECREST SCHOOL DISTRICT - HEALTH SERVICES",
                        "Vision Screening Referral",
                        "Student: Kaylee Ebersole   Grade 3   DOB 04/19/2018",
                        "Result: right eye 20/50, left eye 20/40 (did not pass).",
                        "Please have your child examined by an eye care provider and return",
                        "the bottom portion to the school nurse.",
                    ],
                    "Vision referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="student number with expired EpiPen",
        notes="Hard positive: a student number, not a name, with an expired epinephrine "
        "auto-injector for a peanut allergy.",
        frm=f"health.office.pms@{PSD}",
        to=f"nurse.whitcomb@{PSD}",
        subject="expired",
        body=(
            "Meredith - the EpiPen Jr we have for student #304417 (peanut allergy) expired "
            "10/31. I left a message with dad. Ok to use the stock epi if needed until the new "
            "one comes?\n\nDenise, Health Office\n"
        ),
    ),
    Spec(
        phi=True,
        category="head lice case named to teacher",
        notes="Hard positive: a first name and room number with head lice found and sent home.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"t.abernathy@{PSD}",
        subject="Ava",
        body=(
            "Hi Jen, I checked Ava this morning - live lice, so she's going home for treatment "
            "and can come back after the first treatment. Please bag the hats in the cubbies. "
            "I'm sending the general letter to your class tonight, no names.\n\nMeredith\n"
        ),
    ),
    Spec(
        phi=True,
        category="immunization exclusion CSV",
        notes="Hard positive: CSV of student names, grades, birth dates and missing vaccines for "
        "the exclusion list; body says only the deadline.",
        frm=f"health.services@{PSD}",
        to=f"principal.pms@{PSD}",
        subject="Exclusion list - 12/1 deadline",
        body=(
            "Attached are the 7th graders still out of compliance. Letters went home Monday; "
            "exclusion starts 12/1 unless records arrive.\n\nHealth Services\n"
        ),
        atts=(
            Att(
                "exclusion_gr7.csv",
                "text/csv",
                "student,grade,dob,missing\n"
                "Kaleb Rasmussen,7,2014-01-12,Tdap;MenACWY\n"
                "Amira Haddad,7,2013-09-30,MenACWY\n"
                "Finn O'Sullivan,7,2014-05-06,Tdap;varicella #2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="504 plan DOCX seizure disorder",
        notes="Hard positive: a 504 plan in DOCX naming the student, his epilepsy and rescue "
        "medication; body is a meeting follow-up.",
        frm=f"section504@{PSD}",
        to=f"teachers-gr5@{PSD}",
        subject="504 plan - please review before Monday",
        body="Please read the attached plan and sign the acknowledgment in the office.\n",
        atts=(
            Att(
                "504_plan_LH.docx",
                DOCX,
                docx(
                    [
                        "Pinecrest School District - Section 504 Plan",
                        "Student: Lucas Hendricks, Grade 5",
                        "Condition: epilepsy (focal seizures), on levetiracetam.",
                        "Seizure lasting over 5 minutes: give intranasal midazolam (Nayzilam), "
                        "call 911, call parent.",
                        "Accommodations: rest breaks, no climbing in PE, buddy on field trips.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sports physical heart murmur cardiology referral",
        notes="A named student's murmur found at a sports physical referred to pediatric "
        "cardiology.",
        frm=f"sbhc.np@{PSD}",
        to="peds-cardiology@lakeshorehealth.org",
        subject="Referral - new murmur",
        body=(
            "Hello,\n\nReferring DeAndre Whitaker, DOB 08/11/2011, seen at the Pinecrest High "
            "school-based health center for a sports physical 11/9. New grade 2/6 systolic "
            "murmur, louder standing; no syncope. Please evaluate before basketball clearance.\n"
            "\nAnita Sorensen, CPNP\nPinecrest School-Based Health Center\n"
        ),
    ),
    Spec(
        phi=True,
        category="parent thread about ADHD medication, quoted",
        notes="A reply to a parent at aol about her son's ADHD dose change, with the quoted "
        "thread.",
        frm=f"nurse.whitcomb@{PSD}",
        to="rdelacroix@aol.com",
        subject="Re: Andre's medication",
        body=(
            "Hi Ms. Delacroix,\n\nGot the new form from Dr. Patel. Starting Monday I'll give "
            "Andre the Focalin 5 mg at lunch instead of the 2.5. I'll let you know how "
            "afternoons go.\n\nMeredith\n\n"
            "> On Nov 9, Renee Delacroix wrote:\n> His doctor raised the dose, the form is in his "
            "backpack. He says he can't focus after lunch.\n"
        ),
    ),
    Spec(
        phi=True,
        category="self-harm concern referral to school therapist",
        notes="A named 7th grader's self-harm marks reported for a behavioral health referral.",
        frm=f"counselor.bui@{PSD}",
        to=f"sbhc.therapist@{PSD}",
        subject="referral - urgent-ish",
        body=(
            "Hi Rachel,\n\nJasmine Oduya (7th, Mr. Kwan's homeroom) showed her friend cuts on her "
            "forearm. I met with her, she denies a plan, and mom consented to a referral to you. "
            "Can you see her tomorrow?\n\nLinh Bui, School Counselor\n"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of asthma action plans",
        notes="Hard positive: a zip of text asthma action plans with names and medications; body "
        "only says 'field trip binder'.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"t.abernathy@{PSD}",
        subject="field trip binder",
        body="For Friday's trip - print these for the binder please.\n\nMeredith\n",
        atts=(
            Att(
                "trip_plans.zip",
                "application/zip",
                zipped(
                    {
                        "yusuf_zainab.txt": "Zainab Yusuf - asthma. Green: no meds. Yellow: "
                        "albuterol 2 puffs. Red: albuterol 4 puffs, call 911.\n",
                        "chen_oliver.txt": "Oliver Chen - asthma + tree nut allergy. Albuterol "
                        "2 puffs before exertion; EpiPen Jr in blue bag.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="knee injury photo, name in file name, to parent icloud",
        notes="Hard positive: the PNG file name carries the child's name and 'knee'; the body "
        "says only 'photo from today'.",
        frm=f"health.office.pms@{PSD}",
        to="gutierrez.family@icloud.com",
        subject="photo from today",
        body="Hi, here is the photo you asked for from recess. Ice was applied.\n\nDenise\n",
        atts=(Att("mateo_gutierrez_knee_1110.png", "image/png", png(5, 4, (190, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="IEP meeting invite with seizure protocol",
        notes="Hard positive: an ICS invite naming a student by first name and last initial with "
        "a seizure protocol review.",
        frm=f"sped.coordinator@{PSD}",
        to=f"nurse.whitcomb@{PSD}",
        subject="Invitation: IEP meeting",
        body="Please attend; the nurse section needs updating.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pinecrest Schools//Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:psd-iep-5512@pinecrestschools.org\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261118T200000Z\r\n"
            "DTEND:20261118T210000Z\r\n"
            "SUMMARY:IEP annual - Lucas H. (seizure protocol + Nayzilam order review)\r\n"
            "LOCATION:PES conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only dental screening result to parent",
        notes="A child's dental screening findings (cavities, urgent care needed) sent as "
        "HTML only to a parent's yahoo.",
        frm=f"dental.program@{PSD}",
        to="marisol.arce@yahoo.com",
        subject="Dental screening results",
        body="",
        html=(
            "<html><body><p>Dear parent of <b>Sofia Arce</b> (Grade 1),</p><p>At the school "
            "dental screening on November 5 our hygienist found <b>2 cavities</b> and a possible "
            "abscess on a lower molar. This needs <b>prompt dental care</b>. Sealants were not "
            "placed.</p><p>Call 507-441-2290 for help finding a dentist.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="lowercase concussion note to PE teacher",
        notes="Hard positive: 'liam b.' in lower case with a head injury and a two-week PE "
        "restriction.",
        frm=f"health.office.pms@{PSD}",
        to=f"pe.dorsey@{PSD}",
        subject="no PE",
        body=(
            "liam b. (8th) hit his head in your 3rd period yesterday, dr says concussion. no PE "
            "for 2 wks, walking only. note from clinic is in his file\n\n-denise\n"
        ),
    ),
    Spec(
        phi=True,
        category="school clinic daily sign-out TXT",
        notes="Hard positive: TXT sign-out from the school clinic with first names, last "
        "initials and visits (pregnancy test, UTI).",
        frm=f"sbhc.np@{PSD}",
        to=f"sbhc.staff@{PSD}",
        subject="sign-out tues",
        body="Tuesday sign-out attached, 2 callbacks pending.\n\nAnita\n",
        atts=(
            Att(
                "signout_1110.txt",
                "text/plain",
                "PHS SBHC sign-out 11/10\n"
                "Kiara T. (10th) - urine hCG positive, ~9 wks by LMP. Prenatal intake booked at "
                "Marlow County PH 11/20. Counseled. Call back Thu.\n"
                "Bianca M. (11th) - dysuria, UA +nitrites, nitrofurantoin x5d. Culture pending.\n"
                "Jordan W. (9th) - sports physical, cleared.\n",
            ),
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="honor roll list",
        notes="Hard negative: dozens of student names and grades with no health information.",
        frm=f"principal.pms@{PSD}",
        to=f"pms-families@{PSD}",
        subject="First quarter honor roll",
        body=(
            "Congratulations to our A honor roll students!\n6th: Amelia Brandt, Joaquin Reyes, "
            "Priyanka Iyer, Owen Schultz\n7th: Amira Haddad, Kaleb Rasmussen, Mei Tanaka\n"
            "8th: Liam Brennan, Noelle Fairchild, Tobiah Mensah\n"
        ),
    ),
    Spec(
        phi=False,
        category="field trip permission roster",
        notes="Hard negative: a roster of student names with permission slips and fees; no health.",
        frm=f"t.abernathy@{PSD}",
        to=f"office.pes@{PSD}",
        subject="Science museum trip - slips",
        body=(
            "Still missing slips: Ava Lindqvist, Oliver Chen, Zainab Yusuf. Fee waived for two "
            "families. Chaperones: Mr. Chen, Mrs. Lindqvist. Bus leaves 8:45.\n"
        ),
    ),
    Spec(
        phi=False,
        category="general head lice letter to class",
        notes="Hard negative: a class-wide head lice notice that names no child.",
        frm=f"nurse.whitcomb@{PSD}",
        to=f"room12-families@{PSD}",
        subject="Head lice in our classroom",
        body=(
            "Dear families,\n\nA case of head lice was found in our classroom. Lice are common "
            "and do not spread disease. Please check your child's hair tonight and over the "
            "next two weeks, and call me with questions.\n" + NURSE_SIG
        ),
    ),
    Spec(
        phi=False,
        category="school flu clinic announcement HTML-only",
        notes="A school flu vaccine clinic flyer, HTML only.",
        frm=f"health.services@{PSD}",
        to=f"all-families@{PSD}",
        subject="Flu vaccine clinic at school Nov 19",
        body="",
        html=(
            "<html><body><h3>Flu shots at school!</h3><p>Marlow County Public Health will give "
            "flu vaccines at all Pinecrest schools on <b>November 19</b>. Return the consent "
            "form by 11/16. Insurance billed; no cost to families.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="immunization compliance rates by school XLSX",
        notes="Hard negative: compliance percentages and counts per school and grade; no student.",
        frm=f"health.services@{PSD}",
        to=f"immunizations@{MCPH}",
        subject="Annual immunization report - district summary",
        body="District summary attached (aggregates only; the state form is filed).\n",
        atts=(
            Att(
                "district_imm_summary.xlsx",
                XLSX,
                xlsx(
                    {
                        "By school": [
                            ["school", "enrolled", "complete", "conditional", "exempt"],
                            ["Pinecrest Elementary", 512, 481, 19, 12],
                            ["Pinecrest Middle", 388, 349, 27, 12],
                            ["Pinecrest High", 701, 655, 20, 26],
                        ],
                        "Kindergarten": [
                            ["vaccine", "percent"],
                            ["MMR 2 doses", 94.1],
                            ["DTaP 5 doses", 92.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="stock epinephrine training with staff names",
        notes="Hard negative: staff names signed up for epinephrine and naloxone training.",
        frm=f"health.services@{PSD}",
        to=f"building-leads@{PSD}",
        subject="Stock epinephrine / naloxone training",
        body=(
            "Trained designees for this year: Jen Abernathy, Carl Dorsey, Denise Follett, "
            "Hector Ruiz. Refresher on anaphylaxis signs and naloxone for opioid overdose, "
            "Dec 2 at 3:30 in the PMS library.\n"
        ),
    ),
    Spec(
        phi=False,
        category="school nurse job posting",
        notes="A job posting for a licensed school nurse.",
        frm=f"hr@{PSD}",
        to="postings@edjoin-mn.org",
        subject="Licensed School Nurse - Pinecrest High",
        body=(
            "Pinecrest School District seeks a Licensed School Nurse (LSN) for Pinecrest High. "
            "Duties: manage chronic conditions (diabetes, asthma, seizures), medication "
            "administration, screenings, care plans. MN LSN required.\n"
        ),
    ),
    Spec(
        phi=False,
        category="AED maintenance invoice zip with device serials",
        notes="Hard negative: AED device serial numbers in an invoice zip; the devices belong to "
        "schools, not patients.",
        frm=f"facilities@{PSD}",
        to="service@heartsafeaed.com",
        subject="AED pad/battery replacement - invoice copies",
        body="Invoice copies attached for the 6 units serviced. Please correct unit 4's serial.\n",
        atts=(
            Att(
                "aed_invoices.zip",
                "application/zip",
                zipped(
                    {
                        "inv_7781.txt": "HeartSafe AED Service - Invoice 7781\nPinecrest High "
                        "gym: AED SN 1730-44821, pads + battery $312\nPinecrest Middle office: "
                        "AED SN 1730-44907, pads $118\n",
                        "inv_7782.txt": "Invoice 7782\nPinecrest Elem: AED SN 1730-45110, "
                        "battery $194\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="basketball roster",
        notes="Hard negative: team roster with names, jersey numbers and grades; no health.",
        frm=f"athletics@{PSD}",
        to="sports@marlowtribune.com",
        subject="Girls varsity basketball roster",
        body=(
            "#3 Keira Walsh (11)\n#5 Esperanza Ibarra (12)\n#11 Tahlia Moore (10)\n"
            "#14 Brynn Halvorsen (12)\n#22 Nia Okafor (11)\nCoach: Dana Wirth\n"
        ),
    ),
    Spec(
        phi=False,
        category="science fair judging schedule with health-topic projects",
        notes="Hard negative: student names with project titles about germs, sleep and heart "
        "rate; the projects are schoolwork, not anyone's health.",
        frm=f"science.dept@{PSD}",
        to=f"fair-judges@{PSD}",
        subject="Science fair judging - table assignments",
        body=(
            "Judges, your tables for Thursday:\n"
            "T1 Mei Tanaka - 'Does hand sanitizer really kill 99.9% of bacteria?'\n"
            "T2 Joaquin Reyes - 'Screen time and sleep in middle schoolers (class survey)'\n"
            "T3 Noelle Fairchild - 'Heart rate before and after jumping jacks'\n"
            "T4 Owen Schultz - 'Which mouthwash stops mold growth?'\n"
            "Rubrics are in your folders. Judging 6:00-7:30.\n"
        ),
    ),
    Spec(
        phi=False,
        category="bus route roster",
        notes="Hard negative: students' names with bus stops and times; no health.",
        frm=f"transportation@{PSD}",
        to=f"office.pes@{PSD}",
        subject="Route 7 changes starting 11/16",
        body=(
            "Route 7 AM changes:\nOak & 5th 7:22 - Harper Lindahl, Finn O'Sullivan\n"
            "Willow Bend Rd 7:29 - Amelia Brandt\nPrairie Rose Ct 7:35 - Joaquin Reyes\n"
        ),
    ),
    Spec(
        phi=False,
        category="student council results",
        notes="Hard negative: election results naming students.",
        frm=f"stuco.advisor@{PSD}",
        to=f"phs-staff@{PSD}",
        subject="Student council results",
        body=(
            "President: Esperanza Ibarra; VP: Marcus Thibodeaux; Secretary: Hana Sato; "
            "Treasurer: Devin Oyelowo. Turnout 61%.\n"
        ),
    ),
    Spec(
        phi=False,
        category="PTA volunteer thanks to parent gmail",
        notes="A thank-you to a parent volunteer at gmail; no health.",
        frm=f"principal.pes@{PSD}",
        to="jlindqvist.home@gmail.com",
        subject="Thank you!",
        body=(
            "Hi Jessica,\n\nThank you for running the book fair this week - we raised $2,140 "
            "for the library. Ava's class won the reading challenge too!\n\nGreg Sandberg, "
            "Principal\n"
        ),
    ),
    Spec(
        phi=False,
        category="medication administration policy DOCX",
        notes="Hard negative: district policy on giving medications at school (stimulants, "
        "inhalers, insulin); no student.",
        frm=f"health.services@{PSD}",
        to=f"school-board@{PSD}",
        subject="Policy 516 first reading",
        body="Draft Policy 516 for first reading at the 11/23 meeting.\n",
        atts=(
            Att(
                "Policy_516_draft.docx",
                DOCX,
                docx(
                    [
                        "Pinecrest School District Policy 516 - Student Medication",
                        "Prescription medications, including Schedule II stimulants, require a "
                        "signed prescriber order and parent consent.",
                        "Students may self-carry asthma inhalers, epinephrine and insulin with "
                        "nurse approval.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="spelling bee winners with pediatrician judge",
        notes="Hard negative: student winners and a named pediatrician who judged; no health.",
        frm=f"principal.pms@{PSD}",
        to="news@marlowtribune.com",
        subject="PMS spelling bee results",
        body=(
            "Winner: Priyanka Iyer (7th), runner-up Owen Schultz (6th). Thanks to our judges, "
            "pediatrician Dr. Alan Whitcomb of Prairieview Family Medicine and librarian Ruth "
            "Engel. Winning word: 'sphygmomanometer'.\n"
        ),
    ),
    Spec(
        phi=False,
        category="health advisory council invite",
        notes="Calendar invite for the district health advisory council on vaping and mental "
        "health curriculum.",
        frm=f"health.services@{PSD}",
        to="shac-members@pinecrestschools.org",
        subject="Invitation: School Health Advisory Council",
        body="Agenda: vaping prevention curriculum, mental health screening pilot.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pinecrest Schools//Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:psd-shac-2612@pinecrestschools.org\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261208T233000Z\r\n"
            "DTEND:20261209T010000Z\r\nSUMMARY:SHAC - vaping + mental health screening\r\n"
            "LOCATION:District Office Board Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded state chronic absenteeism memo",
        notes="Hard negative: a forwarded state memo on illness-related absenteeism rates and "
        "asthma; aggregates only.",
        frm=f"health.services@{PSD}",
        to=f"principals@{PSD}",
        subject="Fwd: absenteeism guidance",
        body="FYI for the attendance teams. Our illness absences are up 12% over last November.\n",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="schoolhealth@education.state.mn.us",
            to="district-nurses@education.state.mn.us",
            subject="Guidance: chronic absenteeism and health",
            body=(
                "Statewide, 18% of students were chronically absent last year; asthma, dental "
                "pain and anxiety are leading health-related causes. Districts with school-based "
                "health centers saw 9% fewer illness absences. Toolkit link in the portal.\n"
            ),
        ),
    ),
]

MESSAGES = PHI + CLEAN
