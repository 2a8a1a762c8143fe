"""Northfield College Student Health & Counseling: 20 PHI and 20 non-PHI messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import MCPH, NFC, Att, Spec

SIG_SHC = (
    "\n--\nNorthfield College Student Health & Counseling\n"
    "Hollis Hall, 2nd floor | 507-663-4100\n"
    "CONFIDENTIALITY: This message may contain privileged information. If you received it in "
    "error, delete it and notify the sender.\n"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="texting-style nurse note, lowercase name, anxiety med start",
        notes="Hard positive: lowercase student name with no title plus a panic-attack visit and a "
        "new hydroxyzine prescription, typed like a text message.",
        frm=f"bekah.lindqvist@{NFC}",
        to=f"counseling-triage@{NFC}",
        subject="quick one",
        body=(
            "hey - maya rosenthal came in again this am w another panic attack, 3rd this month. "
            "dr a started her on hydroxyzine 25 prn. she said she's on your waitlist? can someone "
            "bump her up\n\nthx\nbekah\n"
        ),
    ),
    Spec(
        phi=True,
        category="student id with strep result to dean of students",
        notes="Hard positive: no name at all, a student id number next to a positive strep test "
        "and an antibiotic course.",
        frm=f"clinic-frontdesk@{NFC}",
        to=f"deanofstudents@{NFC}",
        subject="Class absence verification - ID 0048213",
        body=(
            "Hello,\n\nStudent ID 0048213 was seen in Student Health on 11/9. Rapid strep was "
            "positive and she was started on amoxicillin for 10 days. She should be excused from "
            "classes through Thursday 11/12 and may return once fever-free for 24 hours.\n\n"
            "Thank you,\nFront Desk, Student Health" + SIG_SHC
        ),
    ),
    Spec(
        phi=True,
        category="first name plus counseling intake to parent gmail",
        notes="Hard positive: a first name alone next to 'intake' at the counseling center, sent "
        "to a parent's personal mailbox.",
        frm=f"s.akindele@{NFC}",
        to="karen.whitfield62@gmail.com",
        subject="Re: checking in",
        body=(
            "Hi Karen,\n\nJonah gave us written permission to talk with you, so I can confirm he "
            "missed his 3 pm intake again today. That is the second one. We'd like to get him "
            "seen this week; could you encourage him to call us at 507-663-4120?\n\n"
            "Best,\nSade Akindele, LPC\nCounseling & Psychological Services\n\n"
            "> On Mon, Nov 9, Karen Whitfield wrote:\n"
            "> Is Jonah going to his appointments? He sounds really low on the phone.\n"
        ),
    ),
    Spec(
        phi=True,
        category="disability accommodation letter DOCX, diagnosis only in attachment",
        notes="Hard positive: the body is generic; the DOCX names the student, her ADHD and "
        "generalized anxiety diagnoses and the accommodations.",
        frm=f"accessibility@{NFC}",
        to=f"testingcenter@{NFC}",
        subject="Accommodation letter for spring exams",
        body=(
            "Hi Testing Center team,\n\nPlease see the attached accommodation letter for a student "
            "registered with our office. Let me know if you have questions about scheduling.\n\n"
            "Marguerite Dube\nDisability Services Liaison\n"
        ),
        atts=(
            Att(
                "accommodation_letter_2027S.docx",
                DOCX,
                docx(
                    [
                        "Northfield College - Office of Accessibility Resources",
                        "Accommodation Letter, Spring 2027",
                        "Student: Tamsin Achterberg   Student ID: 0051336",
                        "Documented conditions (from Student Health, Dr. L. Ferreira): ADHD, "
                        "combined presentation (F90.2); generalized anxiety disorder (F41.1).",
                        "Approved accommodations: 1.5x extended time on exams; reduced-distraction "
                        "testing room; permission to take stimulant medication during exams.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="international student TB screening CSV to county TB control",
        notes="Hard positive: body only says 'roster attached'; the CSV lists names, student ids, "
        "dates of birth and QuantiFERON results.",
        frm=f"j.morrow@{NFC}",
        to=f"tbcontrol@{MCPH}",
        subject="Fall entry screening - referrals",
        body=(
            "Hi Odette,\n\nAttached are this term's referrals from our entry screening. The "
            "indeterminates were redrawn last week. Chest films are scheduled through your "
            "clinic per our MOU.\n\nJanelle Morrow, RN\nStudent Health" + SIG_SHC
        ),
        atts=(
            Att(
                "referrals_fall26.csv",
                "text/csv",
                "student_id,last,first,dob,country,qft_result,qft_date\n"
                "0052117,Haidari,Farzana,2006-02-19,AF,POSITIVE,2026-10-27\n"
                "0052240,Mwangi,Brian,2005-08-03,KE,POSITIVE,2026-10-28\n"
                "0052301,Pham,Quynh Anh,2006-11-30,VN,INDETERMINATE->POSITIVE,2026-11-04\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rash photo PNG, name only in file name",
        notes="Hard positive: the body has no name; the PNG file name carries the student's full "
        "name and 'rash day3'.",
        frm=f"dr.ferreira@{NFC}",
        to="derm-consult@lakeshorehealth.org",
        subject="e-consult photo",
        body=(
            "Hi Dr. Osei,\n\nPhoto for the e-consult I submitted this morning, taken today. "
            "Spreading since Friday, not itchy. Thoughts before I start anything?\n\nLuisa\n"
        ),
        atts=(Att("priya_natarajan_rash_day3.png", "image/png", png(6, 6, (214, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="calendar invite lithium level follow-up",
        notes="Hard positive: an ICS invite whose summary is an initial and last name with a "
        "lithium level follow-up.",
        frm=f"psych-scheduling@{NFC}",
        to=f"r.banerjee@{NFC}",
        subject="Invitation: Follow-up (30 min)",
        body="You have been invited to a 30-minute follow-up. Details in the invitation.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northfield College//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nfc-psy-88213@northfield.edu\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261116T210000Z\r\n"
            "DTEND:20261116T213000Z\r\n"
            "SUMMARY:K. Oyelaran - lithium level review + med check\r\n"
            "DESCRIPTION:Lithium level drawn 11/13 (0.6). Discuss tremor. Room 214.\r\n"
            "ORGANIZER:mailto:psych-scheduling@northfield.edu\r\n"
            "ATTENDEE:mailto:r.banerjee@northfield.edu\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="student insurance claim lines XLSX multi-sheet",
        notes="Hard positive: workbook of member ids, dates of service, CPT and ICD-10 codes and "
        "charges; body is a billing cover note.",
        frm=f"shc-billing@{NFC}",
        to="provider-services@campusguardhealth.com",
        subject="Resubmission batch 11/10",
        body=(
            "Hello,\n\nPer our call, attached is the corrected resubmission for the 7 denied "
            "lines (wrong rendering NPI). Please confirm receipt.\n\nDeShawn Pryor\n"
            "Billing Coordinator, Student Health\n"
        ),
        atts=(
            Att(
                "resub_1110.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["member_id", "name", "dos", "cpt", "icd10", "charge"],
                            ["CGH884120371", "Ortega, Samuel", "2026-10-02", "99213", "J02.0", 142],
                            ["CGH884120371", "Ortega, Samuel", "2026-10-02", "87880", "J02.0", 38],
                            ["CGH884177052", "Lindgren, Ada", "2026-10-06", "99214", "F32.1", 198],
                            ["CGH884190844", "Baptiste, Noe", "2026-10-08", "87491", "Z11.3", 64],
                        ],
                        "Notes": [
                            ["line", "note"],
                            ["all", "Rendering NPI corrected to 1347264198"],
                            [
                                "2-3",
                                "Plan has subscriber SSN 521-47-3086 (parent); use member id",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded RA message about student stopping sertraline",
        notes="Hard positive: the counselor's note is vague; the forwarded message names the "
        "student, the residence hall room and that he stopped his sertraline.",
        frm=f"s.akindele@{NFC}",
        to=f"oncall-psych@{NFC}",
        subject="Fwd: concern - Hartley 214",
        body=(
            "Forwarding for tonight's on-call. He is an existing client of mine. I'd like a "
            "wellness check if he doesn't answer by 8.\n\nSade\n"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=f"ra.hartley2@{NFC}",
            to=f"s.akindele@{NFC}",
            subject="concern - Hartley 214",
            body=(
                "Hi, I'm the RA on Hartley 2nd. Daniel Kovacs in 214 hasn't left his room since "
                "Saturday. His roommate says he stopped taking his sertraline because 'it wasn't "
                "doing anything'. He told me he's talking to you. Not sure what to do.\n\n-Theo\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI in subject only, mono result",
        notes="Hard positive: the subject carries the student's lowercase name and 'mono spot "
        "pos'; the body says nothing identifying.",
        frm=f"t.greaves@{NFC}",
        to=f"dr.ferreira@{NFC}",
        subject="sophie castellanos - mono spot pos",
        body="fyi, result is in the chart. she's asking about rugby. -t\n",
    ),
    Spec(
        phi=True,
        category="STI result notice to student outlook",
        notes="A named student told his chlamydia test was positive and to come in for treatment.",
        frm=f"shc-nurse@{NFC}",
        to="emeka.obi.2005@outlook.com",
        subject="Please call Student Health",
        body=(
            "Hi Emeka,\n\nYour chlamydia test from 11/5 came back positive. It is easily "
            "treated; please come to Student Health for a walk-in visit this week (no "
            "appointment needed, 8:30-4:30). Please avoid sex until 7 days after treatment, and "
            "we can talk about letting partners know.\n\nJanelle Morrow, RN" + SIG_SHC
        ),
    ),
    Spec(
        phi=True,
        category="terse refill request with initial, drug and student id",
        notes="Hard positive: an initial and last name in lower case, a migraine drug and a "
        "college id, nothing else.",
        frm=f"dr.ferreira@{NFC}",
        to="refills@campusrxpartners.com",
        subject="refill",
        body="pls refill for l. nguyen (NF ID 0051977), sumatriptan 50mg #9, 1 refill. thx LF\n",
    ),
    Spec(
        phi=True,
        category="HTML-only counseling appointment reminder",
        notes="A named student reminded of her appointment at Counseling & Psychological "
        "Services; HTML only.",
        frm=f"no-reply@{NFC}",
        to="aaliyah.brandt@icloud.com",
        subject="Appointment reminder",
        body="",
        html=(
            "<html><body><p>Hi Aaliyah,</p><p>This is a reminder of your appointment with "
            "<b>Counseling &amp; Psychological Services</b> on <b>Tuesday, November 17 at "
            "2:00 pm</b> with Rohan Banerjee, PsyD.</p><p>If you need to cancel, call "
            "507-663-4120 at least 24 hours ahead.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="eating disorder group roster TXT",
        notes="Hard positive: TXT attachment lists first names with last initials, weights and "
        "meal-plan notes for an eating-disorder group.",
        frm=f"r.banerjee@{NFC}",
        to=f"dietitian@{NFC}",
        subject="Thursday group",
        body="Hi Colleen, roster + notes for Thursday attached. Two new members.\n\nRohan\n",
        atts=(
            Att(
                "thurs_group.txt",
                "text/plain",
                "Recovery Skills Group - Thu 4pm\n"
                "Hana K.   - new; restricting, wt 101 lb (was 112 in Aug); on meal plan B\n"
                "Olivia M. - binge episodes down to 1/wk\n"
                "Greta S.  - new; referred after ED visit for syncope 10/30\n"
                "Imani J.  - missed last 2; follow up\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="athletic trainer concussion note to faculty",
        notes="A named athlete's post-concussion restrictions sent to his instructors.",
        frm=f"athletictraining@{NFC}",
        to=f"chem101-instructors@{NFC}",
        subject="Return-to-learn: Marcus Bell",
        body=(
            "Professors,\n\nMarcus Bell (football) sustained a concussion on 11/7 and is under "
            "our return-to-learn protocol. Until cleared by Student Health: no screen work over "
            "30 minutes, extended time on quizzes, and he may leave class if symptomatic.\n\n"
            "Curtis Yazzie, ATC\nNorthfield Athletics Sports Medicine\n"
        ),
    ),
    Spec(
        phi=True,
        category="medical withdrawal letter PDF",
        notes="Hard positive: the body refers to 'the student we discussed'; the PDF names her "
        "and her major depressive disorder and hospitalization.",
        frm=f"r.banerjee@{NFC}",
        to=f"registrar-withdrawals@{NFC}",
        subject="Medical withdrawal support letter",
        body="Attached is the support letter for the student we discussed on Friday.\n\nRohan\n",
        atts=(
            Att(
                "MW_support_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD COLLEGE COUNSELING & PSYCHOLOGICAL SERVICES",
                        "November 10, 2026",
                        "Re: Medical withdrawal, Fall 2026 - Renee Castellano (ID 0049902)",
                        "Ms. Castellano has been in treatment with our center since September",
                        "for major depressive disorder, severe. She was hospitalized at Lakeshore",
                        "Behavioral Health from 10/21 to 10/30. I support a full medical",
                        "withdrawal for this term.",
                        "Rohan Banerjee, PsyD",
                    ],
                    "Support letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to mother about asthma action plan with quoted thread",
        notes="A student's asthma action plan and inhaler discussed with her mother at yahoo.",
        frm=f"t.greaves@{NFC}",
        to="donna.marchetti@yahoo.com",
        subject="Re: Lily's inhaler",
        body=(
            "Hi Mrs. Marchetti,\n\nLily came by today. We updated her asthma action plan: "
            "Symbicort 160/4.5 two puffs twice daily, albuterol as needed. She has refills at the "
            "campus pharmacy now.\n\nTess Greaves, NP\n\n"
            "> From: Donna Marchetti\n> Lily says she's out of her inhaler and the pharmacy "
            "back home can't transfer it. Can you help?\n"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of intake forms",
        notes="Hard positive: a zip of text intake forms with names, dates of birth and presenting "
        "concerns; the body only names the week.",
        frm=f"caps-admin@{NFC}",
        to=f"caps-clinicians@{NFC}",
        subject="intake packets wk 46",
        body="Scanned + typed intake packets for week 46 attached. Please assign by Wed.\n",
        atts=(
            Att(
                "intake_wk46.zip",
                "application/zip",
                zipped(
                    {
                        "intake_01.txt": "Name: Wei-Ling Cho\nDOB: 04/22/2007\n"
                        "Presenting: insomnia, grief (father died Sept)\nPHQ-9: 16\n",
                        "intake_02.txt": "Name: Gabriel Fontaine\nDOB: 12/01/2004\n"
                        "Presenting: alcohol use after sanction, AUDIT 19\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA continuity of care to home PCP",
        notes="Hard positive: body is a cover note; the C-CDA XML carries the student's name, "
        "birth date, problems and medications.",
        frm=f"records@{NFC}",
        to="records@prairieviewfamilymed.com",
        subject="Records request #4471",
        body="Per the signed authorization on file, the requested summary is attached.\n",
        atts=(
            Att(
                "ccd_4471.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">'
                '<templateId root="2.16.840.1.113883.10.20.22.1.2"/>'
                "<title>Continuity of Care Document</title>"
                '<recordTarget><patientRole><id extension="NF0050431"/><patient>'
                "<name><given>Tobias</given><family>Eriksen</family></name>"
                '<birthTime value="20060714"/></patient></patientRole></recordTarget>'
                "<component><structuredBody><component><section><title>Problems</title>"
                "<text>Type 1 diabetes mellitus (E10.9); celiac disease (K90.0)</text>"
                "</section></component><component><section><title>Medications</title>"
                "<text>insulin glargine 18 units nightly; insulin lispro per scale</text>"
                "</section></component></structuredBody></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lowercase first name with A1c in a reply",
        notes="Hard positive: a first name in lower case in the subject, a lab value and a "
        "referral in the body.",
        frm=f"dr.ferreira@{NFC}",
        to=f"t.greaves@{NFC}",
        subject="re: hannah",
        body=(
            "yes her a1c came back 9.1. endo referral placed at lakeshore, she has the number. "
            "can you do the pump teaching f/u next wk\n\n> did hannah's labs come back?\n"
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="flu clinic newsletter HTML",
        notes="Campus-wide flu and COVID vaccine clinic announcement; disease words, no person.",
        frm=f"healthpromotion@{NFC}",
        to=f"allstudents@{NFC}",
        subject="Free flu + COVID shots this week",
        body="",
        html=(
            "<html><body><h2>Get your flu shot!</h2><p>Influenza season is here. Free flu and "
            "updated COVID-19 vaccines for all students, Nov 10-13, Student Union Room 140, "
            "10 am-3 pm. Bring your student ID; no appointment needed.</p><ul><li>Flu can cause "
            "fever, cough and body aches</li><li>Vaccination lowers your risk of pneumonia and "
            "hospitalization</li></ul></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate counseling utilization workbook",
        notes="Hard negative: quarterly counts by presenting concern (anxiety, depression, "
        "suicidal ideation) across a multi-sheet workbook; no individual.",
        frm=f"caps-director@{NFC}",
        to=f"vp-studentlife@{NFC}",
        subject="Q1 CAPS utilization",
        body=(
            "Hi Dana,\n\nQ1 numbers attached. Headlines: 1,212 visits (+14%), anxiety is still "
            "the top concern at 38%, depression 22%, and 41 crisis contacts. Waitlist peaked at "
            "9 business days.\n\nNadia\n"
        ),
        atts=(
            Att(
                "CAPS_Q1_FY27.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["month", "intakes", "individual", "group", "crisis"],
                            ["Sep", 188, 301, 44, 12],
                            ["Oct", 164, 352, 61, 17],
                            ["Nov (partial)", 71, 150, 31, 12],
                        ],
                        "Concerns": [
                            ["concern", "percent"],
                            ["anxiety", 38],
                            ["depression", 22],
                            ["suicidal ideation", 6],
                            ["substance use", 5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new psychiatrist staff announcement with specialties",
        notes="Hard negative: a clinician's name with bipolar disorder, ADHD and eating disorders "
        "as her clinical interests.",
        frm=f"shc-director@{NFC}",
        to=f"shc-staff@{NFC}",
        subject="Welcome Dr. Renata Okafor",
        body=(
            "Team,\n\nPlease welcome Renata Okafor, MD, board-certified psychiatrist, who joins "
            "us Monday. Dr. Okafor's clinical interests are bipolar disorder, adult ADHD and "
            "eating disorders; she trained at Rush and most recently worked in a campus setting "
            "in Iowa. She'll hold med-management clinics Tue-Thu.\n\nHelen Vasquez-Kerr\n"
            "Director, Student Health & Counseling\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting psychiatric nurse practitioner",
        notes="Hard negative: a job posting full of clinical duties (depression, ADHD, "
        "substance use), no individual.",
        frm=f"hr-recruiting@{NFC}",
        to="postings@acha-careers.org",
        subject="Posting: Psychiatric Mental Health NP (1.0 FTE)",
        body=(
            "Please post the following:\n\nNorthfield College seeks a PMHNP to provide "
            "medication management for students with depression, anxiety, ADHD, and substance "
            "use disorders. Requirements: active MN APRN license, DEA registration, 2 years "
            "experience. Salary $118,000-$132,000. Apply at jobs.northfield.edu #R-2611.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor PO with SSN-shaped number",
        notes="Hard negative: a purchase order number shaped like an SSN for rapid strep and "
        "pregnancy test kits.",
        frm=f"shc-purchasing@{NFC}",
        to="orders@midwestmedsupply.com",
        subject="PO 418-62-7730 - test kits",
        body=(
            "Hello,\n\nPlease process PO 418-62-7730:\n"
            "- 20 bx rapid strep A kits (25/bx)\n- 10 bx urine hCG cassettes\n"
            "- 6 bx mono spot tests\nShip to Hollis Hall dock. Net 30.\n\n"
            "Gloria Ambrose, Purchasing\n"
        ),
    ),
    Spec(
        phi=False,
        category="regional college health conference agenda",
        notes="Hard negative: a conference agenda about STI testing, eating disorders and "
        "suicide prevention with speaker names.",
        frm=f"shc-director@{NFC}",
        to="board@ncmchealth.org",
        subject="Draft agenda - fall regional meeting",
        body=(
            "Draft agenda for the 12/4 meeting:\n\n"
            "09:00 Expedited partner therapy on campus - Tess Greaves, NP\n"
            "10:15 Eating disorders: when to refer to higher level of care - Dr. Renata Okafor\n"
            "11:30 Postvention after a student suicide - Nadia Haddad, PhD\n"
            "13:00 Mpox and meningococcal B: where we are now - Marlow County PH\n"
        ),
    ),
    Spec(
        phi=False,
        category="nursing student clinical rotation assignments",
        notes="Hard negative: student names with hospital units and dates, but they are nursing "
        "students on rotation, not patients.",
        frm=f"nursing-clinicals@{NFC}",
        to=f"nurs320-section2@{NFC}",
        subject="NURS 320 clinical placements - spring",
        body=(
            "Spring placements (Lakeshore Health):\n"
            "Abena Mensah - 4 West Oncology, Tue/Wed\n"
            "Caleb Ostrowski - Cardiac Step-Down, Tue/Wed\n"
            "Ji-woo Han - Labor & Delivery, Thu/Fri\n"
            "Rosa Delgado - Behavioral Health Unit, Thu/Fri\n"
            "Immunization and TB clearance due to the clinical office by 1/8.\n"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice with labelled test patient",
        notes="Hard negative: an IT downtime notice whose verification steps use a clearly "
        "labelled test patient with a fake diagnosis.",
        frm=f"it-healthsystems@{NFC}",
        to=f"shc-staff@{NFC}",
        subject="EHR upgrade Sat 11/14 6-10 am",
        body=(
            "The student health EHR will be down Saturday 6-10 am for the upgrade. After it "
            "returns, superusers please verify with the test record ZZTEST, STUDENT (ID "
            "T000001, DOB 01/01/1900): open the chart, add a test dx of 'strep pharyngitis', "
            "print a test prescription, then void everything.\n\nPaper downtime forms are in "
            "the blue binder.\n\nIT Health Systems\n"
        ),
    ),
    Spec(
        phi=False,
        category="amoxicillin suspension shortage notice",
        notes="Hard negative: a drug shortage memo with alternatives and doses; no patient.",
        frm=f"shc-pharmacy@{NFC}",
        to=f"shc-prescribers@{NFC}",
        subject="Shortage: amoxicillin 400 mg/5 mL",
        body=(
            "Prescribers,\n\nOur wholesaler has amoxicillin 400 mg/5 mL on backorder until "
            "January. For strep pharyngitis use amoxicillin 500 mg capsules or, for penicillin "
            "allergy, cephalexin 500 mg BID x10 days. Azithromycin is second line.\n\n"
            "Campus Pharmacy\n"
        ),
    ),
    Spec(
        phi=False,
        category="medical amnesty policy DOCX",
        notes="Hard negative: a policy document about alcohol poisoning and overdose; no "
        "individual.",
        frm=f"deanofstudents@{NFC}",
        to=f"reslife-staff@{NFC}",
        subject="Updated Medical Amnesty Policy",
        body="Attached is the updated policy approved by the Student Life Committee.\n",
        atts=(
            Att(
                "Medical_Amnesty_Policy_2026.docx",
                DOCX,
                docx(
                    [
                        "Northfield College Medical Amnesty Policy (rev. November 2026)",
                        "A student who seeks medical help for alcohol poisoning or a drug "
                        "overdose, for themselves or another student, will not face conduct "
                        "sanctions for possession or use.",
                        "Naloxone is available in every residence hall.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract CSV",
        notes="Hard negative: a de-identified extract with age bands, PHQ-9 and GAD-7 scores, no "
        "names, ids or dates.",
        frm=f"caps-research@{NFC}",
        to="healthymindsstudy@umich-research.org",
        subject="De-identified extract (IRB #2026-114)",
        body=(
            "Attached is the de-identified extract per our DUA: age band, class year, PHQ-9 and "
            "GAD-7 at intake and week 8. Identifiers were removed under Safe Harbor.\n"
        ),
        atts=(
            Att(
                "deid_extract.csv",
                "text/csv",
                "rec,age_band,class_year,phq9_intake,phq9_wk8,gad7_intake,gad7_wk8\n"
                "1,18-20,FY,14,9,12,8\n2,21-23,SR,19,11,15,10\n3,18-20,SO,8,6,10,7\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HR benefits open enrollment mentioning EAP",
        notes="Hard negative: payroll/HR benefits mail listing counseling and EAP benefits with HR "
        "staff names; no health information about anyone.",
        frm=f"benefits@{NFC}",
        to=f"allstaff@{NFC}",
        subject="Open enrollment closes Nov 20",
        body=(
            "Reminder: benefits open enrollment closes Friday, Nov 20. New this year: the EAP "
            "covers 8 free counseling sessions per issue, and the HSA employer seed rises to "
            "$750. Questions: Paulette Greer (x4411) or Omar Siddiqui (x4413) in Payroll & "
            "Benefits.\n"
        ),
    ),
    Spec(
        phi=False,
        category="peer health educator shift schedule",
        notes="Hard negative: student names with shifts at a condom and naloxone table; they are "
        "volunteers, not patients.",
        frm=f"healthpromotion@{NFC}",
        to=f"peer-educators@{NFC}",
        subject="Tabling schedule - Safer Sex Week",
        body=(
            "Mon 11-1 Union: Destiny Okoye, Marco Villanueva\n"
            "Tue 11-1 Library: Harper Quist, Yusuf Abdi\n"
            "Wed 6-8 Hartley lobby: Lena Fischer, Tomas Reyes\n"
            "Stock: condoms, dental dams, naloxone, STI testing flyers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="naloxone order with clinician DEA and NPI",
        notes="Hard negative: the clinic physician's DEA number and NPI on a supply order; "
        "provider identifiers, no patient.",
        frm=f"shc-pharmacy@{NFC}",
        to="orders@midwestmedsupply.com",
        subject="Order - naloxone + controlled stock",
        body=(
            "Please ship 48 naloxone 4 mg nasal kits and 2 bx buprenorphine 8 mg SL (CII-V form "
            "to follow).\nOrdering prescriber: Luisa Ferreira, MD, NPI: 1347264198, "
            "DEA BF8483581.\n"
        ),
    ),
    Spec(
        phi=False,
        category="interview invite to applicant gmail",
        notes="Hard negative: a student applicant at gmail invited to interview for a peer health "
        "job; name plus 'health' but no health information about her.",
        frm=f"healthpromotion@{NFC}",
        to="yesenia.tran04@gmail.com",
        subject="Peer Health Educator interview",
        body=(
            "Hi Yesenia,\n\nThanks for applying to be a Peer Health Educator! Can you interview "
            "Thursday 11/12 at 3:30 in Hollis 210? You'll meet Marisol and me.\n\nCheers,\n"
            "Ben Adeyemi, Health Promotion Coordinator\n"
        ),
    ),
    Spec(
        phi=False,
        category="winter break hours PDF flyer",
        notes="Clinic hours flyer as PDF; no person.",
        frm=f"shc-frontdesk@{NFC}",
        to=f"shc-staff@{NFC}",
        subject="Break hours flyer - please post",
        body="Please post the attached at the front desk and in the waiting room.\n",
        atts=(
            Att(
                "break_hours.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFIELD COLLEGE STUDENT HEALTH & COUNSELING",
                        "Winter Break Hours: Dec 19 - Jan 10",
                        "Clinic: Mon-Fri 9-1 (closed Dec 24-Jan 1)",
                        "Crisis line available 24/7: 507-663-4199",
                    ],
                    "Break hours",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="QI meeting calendar invite",
        notes="Hard negative: an ICS invite for a quality review of 'missed abnormal Pap "
        "follow-ups' with aggregate numbers only.",
        frm=f"shc-director@{NFC}",
        to=f"shc-clinicians@{NFC}",
        subject="Invitation: QI huddle",
        body="Quarterly QI huddle. Aggregate data only; please do not bring charts.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northfield College//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nfc-qi-2611@northfield.edu\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261119T140000Z\r\n"
            "DTEND:20261119T150000Z\r\nSUMMARY:QI huddle - abnormal Pap follow-up rate\r\n"
            "DESCRIPTION:Q1 rate 81% (target 95%). 9 of 47 not closed in 90 days.\r\n"
            "ORGANIZER:mailto:shc-director@northfield.edu\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="general services answer to parent icloud",
        notes="Hard negative: a parent at icloud told what Student Health offers, fees and the "
        "after-hours line, listing conditions treated in general; nothing about her child.",
        frm=f"shc-frontdesk@{NFC}",
        to="mhollingsworth@icloud.com",
        subject="Re: question about student health services",
        body=(
            "Dear Ms. Hollingsworth,\n\nThanks for writing. Every enrolled student can use "
            "Student Health: office visits are covered by the health fee, and we see the usual "
            "college concerns (colds and flu, strep, sprains, STI testing, birth control, "
            "anxiety and depression). Lab tests and prescriptions are billed to insurance. After "
            "hours, students can call our nurse line at 507-663-4199.\n\nStudent Health Front "
            "Desk\n\n> On Nov 8, Maureen Hollingsworth wrote:\n> My daughter starts in January. "
            "What does the health center offer, and what does it cost?\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate ILI counts to county",
        notes="Hard negative: weekly influenza-like illness counts reported to the county; no "
        "individual.",
        frm=f"j.morrow@{NFC}",
        to=f"epi@{MCPH}",
        subject="NFC ILI week 45",
        body=(
            "Week 45 sentinel report, Northfield College Student Health:\n"
            "Total visits: 412\nILI visits: 14 (3.4%)\nRapid flu A positive: 3; flu B: 0\n"
            "COVID-19 positive: 2\nNo hospitalizations.\n\nJanelle\n"
        ),
    ),
    Spec(
        phi=False,
        category="campus norovirus advisory with counts",
        notes="Hard negative: a campus-wide advisory with a case count of vomiting and "
        "diarrhea after an event; nobody is identified.",
        frm=f"shc-director@{NFC}",
        to=f"allstudents@{NFC}",
        subject="Stomach bug on campus - please read",
        body=(
            "Students,\n\nSince Saturday, 27 students have come to Student Health or reported "
            "vomiting and diarrhea after the Homecoming weekend; Marlow County Public Health "
            "suspects norovirus and is investigating. Wash hands with soap (sanitizer does not "
            "work well), stay home for 48 hours after symptoms stop, and call us if you cannot "
            "keep fluids down. Dining halls are doing an extra deep clean.\n\nHelen "
            "Vasquez-Kerr, Director\n"
        ),
    ),
]

MESSAGES = PHI + CLEAN
