# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""Cedar Falls School District Health Services: school nurses, health aides and the coordinator."""

from __future__ import annotations

from _att import docx, pdf, xlsx
from _spec import BSEI, CFSD, LOP, Att, Spec

SIG_N = (
    "\n\nWarmly,\nBeth Lundquist, BSN, RN, NCSN\nSchool Nurse - Hawthorne Elementary & Orchard Hill\n"
    "Cedar Falls School District Health Services | (319) 555-0231\n"
)
FERPA = (
    "\n\nThis email may contain student education records protected by FERPA. If you are not "
    "the intended recipient, delete it and notify the sender.\n"
)

MED_AUTH_PDF = pdf(
    [
        "CEDAR FALLS SCHOOL DISTRICT - MEDICATION AUTHORIZATION (PRESCRIBER SECTION)",
        "Student: Theo Marchetti   DOB 12/02/2016   School: Orchard Hill   Grade: 4",
        "Diagnosis: Peanut and tree nut allergy with history of anaphylaxis",
        "Medication: Epinephrine auto-injector 0.3 mg IM, may repeat x1 in 5-15 min",
        "Cetirizine 5 mg PO for hives without breathing symptoms",
        "Self-carry: YES   Prescriber signature: ______________  Date: ________",
        "Parent: Gina Marchetti (319) 555-0284",
    ],
    "Medication authorization",
)

IHP_DOCX = docx(
    [
        "Individualized Healthcare Plan - Type 1 Diabetes",
        "Student: Emma Lindqvist   DOB 05/21/2015   Grade 5, Room 14 (Mr. Tran)",
        "Insulin pump: Omnipod 5. Carb ratio 1 unit : 15 g at lunch; correction 1 unit : 50 mg/dL over 150.",
        "CGM: Dexcom G7, alerts to nurse's iPad at <80 and >300 mg/dL.",
        "Low (<70): 15 g fast carbs, recheck in 15 min. Severe low: Baqsimi 3 mg nasal, call 911 and parent.",
        "Parent contacts: Karin Lindqvist (319) 555-0291, Erik Lindqvist (319) 555-0292",
        "Endocrinologist: Dr. Amrita Bose, UI Stead Family Children's Hospital",
    ]
)

SCREEN_CSV = (
    "student_id,last_name,first_name,grade,teacher,vision_R,vision_L,result,hearing\n"
    "2031884,Baptiste,Mariah,3,Hollis,20/20,20/25,pass,pass\n"
    "2031907,Oyelaran,Tobi,3,Hollis,20/50,20/40,REFER,pass\n"
    "2032011,Kaminski,Jakub,3,Reyes,20/20,20/20,pass,REFER 4000Hz L\n"
    "2032046,Sandoval,Itzel,3,Reyes,20/70,20/30,REFER,pass\n"
)

MEDLOG = xlsx(
    {
        "Daily meds": [
            ["Student", "Grade", "Medication", "Dose", "Time"],
            ["Abernathy, Cole", "K", "Focalin XR", "5 mg", "n/a - given at home"],
            ["Pruitt, Jaxon", 2, "methylphenidate", "5 mg", "11:45"],
            ["Gutierrez, Ana Lucia", 4, "Depakote sprinkles", "125 mg", "12:00"],
            ["Whitfield, Marcus", 5, "insulin lispro", "per ratio", "lunch"],
        ],
        "PRN": [
            ["Student", "Medication", "Indication"],
            ["Marchetti, Theo", "EpiPen 0.3 mg", "anaphylaxis"],
            ["Said, Yusuf", "albuterol HFA", "asthma"],
            ["Gutierrez, Ana Lucia", "Nayzilam 5 mg", "seizure > 5 min"],
        ],
    }
)

AGG_XLSX = xlsx(
    {
        "Vision": [
            ["School", "Screened", "Referred", "Referral rate"],
            ["Hawthorne", 118, 11, 0.093],
            ["Orchard Hill", 142, 14, 0.099],
            ["Lincoln", 152, 12, 0.079],
        ],
        "Hearing": [
            ["School", "Screened", "Referred"],
            ["Hawthorne", 118, 3],
            ["Orchard Hill", 142, 5],
            ["Lincoln", 152, 2],
        ],
    }
)

POLICY_DOCX = docx(
    [
        "Cedar Falls School District Board Policy 507.2 - Administration of Medication to Students",
        "1. Prescription and non-prescription medication requires written parent authorization and, for prescription medication, the prescriber's label or order.",
        "2. Medication is stored in a locked cabinet in the health office; controlled substances are counted weekly by two staff.",
        "3. Students may self-carry asthma inhalers, epinephrine auto-injectors and diabetes supplies with a signed self-administration form.",
        "4. Unlicensed staff may administer medication only after district medication administration training, renewed every 5 years.",
        "5. Stock epinephrine and naloxone are kept in each building per Iowa Code 280.16A.",
    ]
)

BOARD_PDF = pdf(
    [
        "CEDAR FALLS SCHOOL DISTRICT HEALTH SERVICES - 2025-26 ANNUAL REPORT (SUMMARY)",
        "Health office visits: 41,226 (returned to class 88%, sent home 9%, 911 calls 14)",
        "Students with a health condition plan: 1,104 (asthma 402, severe allergy 231, seizure 58, diabetes 37)",
        "Immunization compliance: 97.1% (medical exemptions 0.4%, religious 2.5%)",
        "Stock epinephrine administered: 6; naloxone administered: 0",
        "Prepared by Renata Okafor, MSN, RN, Health Services Coordinator",
    ],
    "Health services annual report",
)

INCIDENT_PDF = pdf(
    [
        "CEDAR FALLS SCHOOL DISTRICT - STUDENT HEALTH INCIDENT REPORT",
        "Student: Yusuf Said   DOB 09/14/2013   Holmes Junior High, Grade 7",
        "Date/time: 11/05/2026 12:18   Location: cafeteria",
        "Event: hives, throat tightness after eating a granola bar (cashew). No self-carry EpiPen on site.",
        "Action: stock epinephrine 0.3 mg given 12:21 by B. Lundquist RN; 911 called 12:22; transported to CVMC ED.",
        "Parent notified: Amal Said 12:24.",
    ],
    "Incident report",
)

X12 = (
    "ISA*00*          *00*          *ZZ*CFSDMEDICAID   *ZZ*IAMEDICAID     *261110*1402*^*00501*000000218*0*P*:~"
    "GS*HC*CFSDMEDICAID*IAMEDICAID*20261110*1402*218*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*CEDAR FALLS COMMUNITY SCHOOL DISTRICT*****XX*1442605808~"
    "NM1*IL*1*GUTIERREZ*ANA LUCIA****MI*3318274H~DMG*D8*20160403*F~"
    "CLM*CFSD10218*96.00***03:B:1*Y*A*Y*Y~HI*ABK:G40.909~"
    "SV1*HC:T1002:TM*96.00*UN*4***1~DTP*472*RD8*20261001-20261030~SE*9*0001~GE*1*218~IEA*1*000000218~\n"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="inhaler use note to parent",
        notes="Hard positive: nurse tells a mother at her gmail that her daughter (first name only) used her inhaler twice.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to="tanisha.reed.cf@gmail.com",
        subject="Aaliyah today",
        body=(
            "Hi Tanisha,\n\nJust a heads up that Aaliyah came in twice today for her inhaler (10:15 after "
            "recess and 1:30 after PE), 2 puffs each time, and was fine afterwards. That's more than usual, "
            "so you may want to check with her doctor about her controller medicine." + SIG_N
        ),
    ),
    Spec(
        phi=True,
        category="medication authorization to pediatrician",
        notes="Hard positive: School nurse asks the pediatric practice to sign an epinephrine order; PDF with student name, DOB, allergy.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"frontdesk@{LOP}",
        subject="Prescriber signature needed",
        body="Hello, please have the prescriber complete and fax back the attached form. Parent signed the release on 11/2."
        + SIG_N,
        atts=(Att("med_auth.pdf", "application/pdf", MED_AUTH_PDF),),
    ),
    Spec(
        phi=True,
        category="diabetes IHP DOCX",
        notes="Hard positive: Individualized healthcare plan for type 1 diabetes sent to the teaching team; PHI in the DOCX only.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"ktran@{CFSD}",
        cc=f"pe.hawthorne@{CFSD}, lunchroom.hawthorne@{CFSD}",
        subject="Updated plan - please read before Monday",
        body="Hi team, the updated plan is attached. The main change is the new pump. Please keep a printed copy in your sub folder."
        + SIG_N
        + FERPA,
        atts=(
            Att(
                "IHP_2026-27.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                IHP_DOCX,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vision referral HTML-only",
        notes="HTML-only letter to a parent: child failed vision screening, referral to eye doctor.",
        frm=f"CFSD Health Services <healthservices@{CFSD}>",
        to="olu.oyelaran@yahoo.com",
        subject="Vision screening follow-up",
        body="",
        html=(
            "<html><body><p>Dear Parent/Guardian of <b>Tobi Oyelaran</b>,</p><p>Your child was screened at "
            "Hawthorne Elementary on November 4, 2026. Results: right eye 20/50, left eye 20/40. "
            "These results suggest your child should have a complete eye exam by an optometrist or "
            "ophthalmologist.</p><p>Please return the bottom section signed by the eye doctor. If you need help "
            "finding a free exam (InfantSEE / Sight for Students), call the health office.</p>"
            "<p>Beth Lundquist, RN</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="screening results CSV to audiologist",
        notes="CSV of named students with vision/hearing results and refer flags to the contracted audiologist.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to="rescreen@aea267-audiology.org",
        subject="Grade 3 rescreen list",
        body="Here are the Hawthorne grade 3 results. Please rescreen Jakub (hearing) on your Nov 18 visit."
        + SIG_N,
        atts=(Att("hawthorne_g3_screening.csv", "text/csv", SCREEN_CSV),),
    ),
    Spec(
        phi=True,
        category="absence for influenza",
        notes="Nurse tells the attendance clerk a named student is out with influenza A until Thursday.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"attendance.holmes@{CFSD}",
        subject="Excused - Marcus Whitfield",
        body=(
            "Hi Deb, please code Marcus Whitfield (gr 7) as medically excused Wed-Fri. Mom called: "
            "positive flu A at urgent care, on Tamiflu, can come back Monday if fever free 24 hrs.\n\nRenata"
        ),
    ),
    Spec(
        phi=True,
        category="concussion return-to-learn with initials",
        notes="Hard positive: initials, DOB and concussion return-to-learn restrictions sent to teachers.",
        frm=f"Coach Evan Baird <ebaird@{CFSD}>",
        to=f"nhs-grade10-team@{CFSD}",
        subject="RTL plan - J.M.",
        body=(
            "Teachers,\n\nJ.M. (DOB 6/3/2010, your 10th grader on the varsity soccer roster) sustained a "
            "concussion on 11/6. Per the physician's note: half days this week, no tests or quizzes until "
            "cleared, 10-minute rest breaks as needed, sunglasses allowed, no screens > 20 min.\n\n"
            "Evan Baird, ATC\nAthletic Trainer, Northern High"
        ),
    ),
    Spec(
        phi=True,
        category="504 meeting invite",
        notes="Calendar invite naming a student and her type 1 diabetes accommodations meeting.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to="karin.lindqvist@outlook.com",
        cc=f"ktran@{CFSD}",
        subject="Invitation: 504 meeting - Emma Lindqvist (T1D accommodations)",
        body="Invite attached for Emma's annual 504 review.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CFSD//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cfsd-504-3381@cfsd.k12.us\r\nDTSTAMP:20261109T170000Z\r\n"
            "DTSTART:20261119T143000Z\r\nDTEND:20261119T153000Z\r\n"
            "SUMMARY:504 review - Emma Lindqvist (type 1 diabetes)\r\n"
            "DESCRIPTION:Annual review: CGM alerts in class\\, pump site changes\\, snacks during state testing.\r\n"
            "LOCATION:Hawthorne Elementary conference room\r\nORGANIZER:mailto:rokafor@cfsd.k12.us\r\n"
            "ATTENDEE:mailto:karin.lindqvist@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent ADHD med thread",
        notes="Hard positive: Nurse forwards a parent's email (attached message) about a son's lunchtime stimulant dose to the practice.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"jwhitaker@{LOP}",
        subject="Fwd: Jaxon's noon dose",
        body="Jolene, forwarding mom's note below - she says Dr. Feld may stop the noon dose. Can you send an updated order either way?"
        + SIG_N,
        forward=Spec(
            phi=True,
            category="parent email",
            notes="forwarded",
            frm="Crystal Pruitt <crystalpruitt@aol.com>",
            to=f"blundquist@{CFSD}",
            subject="Jaxon's noon dose",
            body=(
                "Hi Mrs. Lundquist,\n\nJaxon has his ADHD recheck on the 23rd and the doctor might switch him to "
                "the long-acting one so he doesn't need the 5 mg Ritalin at lunch anymore. Can you keep giving it "
                "until then? He has 6 pills left in the office.\n\nThanks, Crystal"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="building medication log workbook",
        notes="Multi-sheet XLSX of students with their daily and PRN medications (stimulants, anticonvulsants, insulin).",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"healthaide.orchard@{CFSD}",
        subject="Med list for when I'm at Hawthorne",
        body="Rosa - here is the current list for Orchard Hill. Call me for anything on the PRN tab.\n\nBeth",
        atts=(
            Att(
                "OH_med_list.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                MEDLOG,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="head lice notice to parent",
        notes="Hard positive: named child found with live lice, sent to the parent's personal mailbox.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to="lucia.soto.wloo@hotmail.com",
        subject="Please call the health office",
        body=(
            "Hi Mrs. Soto,\n\nDuring a check today I found live lice and nits on Ximena. She can stay in "
            "class until the end of the day. Please treat tonight (permethrin 1% or the Sklice sample I sent "
            "home) and comb daily. She can come back tomorrow after treatment." + SIG_N
        ),
    ),
    Spec(
        phi=True,
        category="immunization exclusion list",
        notes="List to the principal of named students missing required vaccines facing exclusion.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"principal.lincoln@{CFSD}",
        subject="Immunization exclusion - Nov 20 deadline",
        body=(
            "Dr. Haugen,\n\nThese Lincoln students still lack a Certificate of Immunization and will be "
            "excluded on 11/20 unless records arrive:\n\n- Brayden Kohl, K - missing MMR #2, varicella #2\n"
            "- Safiya Warsame, 7 - missing Tdap, MenACWY\n- Oliver Nakamura-Price, 7 - missing MenACWY\n\n"
            "Letters went home 10/20 and 11/5.\n\nRenata Okafor, MSN, RN\nHealth Services Coordinator"
            + FERPA
        ),
    ),
    Spec(
        phi=True,
        category="low glucose in subject",
        notes="Hard positive: PHI only in the subject (student's name, glucose 54, treatment); body says logged.",
        frm=f"Rosa Delgado <rdelgado@{CFSD}>",
        to=f"blundquist@{CFSD}",
        subject="Tyler Beaumont - BG 54 at 10:20, juice given, recheck 98, mom notified",
        body="FYI, logged in SNAP.",
    ),
    Spec(
        phi=True,
        category="Medicaid school-based services claim",
        notes="Hard positive: 837 claim to state Medicaid for a student's school nursing services (Medicaid id, seizure dx).",
        frm=f"Medicaid Billing <medicaidbilling@{CFSD}>",
        to="edi@iowamedicaid-partner.org",
        subject="October SBS claim file",
        body="Attached is the October school-based services file for nursing (T1002). Let me know if the new TM modifier rejects.\n\nJeff Morrow\nBusiness Office",
        atts=(Att("CFSD_SBS_202610.x12", "application/edi-x12", X12),),
    ),
    Spec(
        phi=True,
        category="Part C to Part B transition",
        notes="District asks the EI program about a named toddler's speech delay and IFSP for transition to preschool special education.",
        frm=f"Nadia Ferrante <nferrante@{CFSD}>",
        to=f"coordinators@{BSEI}",
        subject="Transition conference - Harper Quinlan",
        body=(
            "Hi Bright Start team,\n\nWe received the LEA notification for Harper Quinlan (DOB 1/30/2024). "
            "Could the service coordinator send the current IFSP and the most recent speech-language "
            "evaluation before the transition conference? Family reports she uses about 15 words.\n\n"
            "Nadia Ferrante, Ed.S.\nEarly Childhood Special Education, CFSD"
        ),
    ),
    Spec(
        phi=True,
        category="health office visit notes TXT",
        notes="TXT attachment of a student's health office visits (headaches, stomachaches, anxiety) to the counselor.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"counselor.hawthorne@{CFSD}",
        subject="Visit notes you asked for",
        body="As discussed, the visit log is attached. Mom agreed to the referral to the Pathways therapist."
        + SIG_N,
        atts=(
            Att(
                "visits.txt",
                "text/plain",
                "Health office visits - Camila Herrera, grade 4\n"
                "10/12 stomachache before math test, rested 15 min, returned\n"
                "10/19 headache, no fever, says she can't sleep, returned\n"
                "10/26 crying, chest tight, 'panic' per student, called mom\n"
                "11/02 stomachache, asked to go home, mom reports she sees a therapist starting 11/16\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="anaphylaxis incident report",
        notes="Incident report PDF to risk management: student name, DOB, anaphylaxis, stock epinephrine, ED transport.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"riskmanagement@{CFSD}",
        subject="Incident report 11/05 - Holmes",
        body="Attached per procedure. Parent has since provided a self-carry EpiPen and a new allergy action plan.\n\nRenata",
        atts=(Att("incident_2026-11-05.pdf", "application/pdf", INCIDENT_PDF),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="flu clinic flyer to PTA",
        notes="Hard negative: HTML-only flyer for a school-located flu vaccine clinic; no individual.",
        frm=f"CFSD Health Services <healthservices@{CFSD}>",
        to="orchardhillpta@outlook.com",
        subject="Flyer for Friday folders - school flu clinic",
        body="",
        html=(
            "<html><body><h3>Free flu vaccine at school</h3><p>Orchard Hill Elementary, Tuesday December 1, "
            "8:30-11:00. Offered by Black Hawk County Health with parent consent. Flu shot or nasal spray, "
            "no cost with or without insurance.</p><p>Consent forms due November 24. Questions: health office "
            "(319) 555-0231.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate screening report",
        notes="Hard negative: vision/hearing screening counts and referral rates by school; no students.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"cabinet@{CFSD}",
        subject="Fall screening numbers",
        body="Fall screening totals attached. Referral rate is in line with last year (about 9%).\n\nRenata",
        atts=(
            Att(
                "fall_screening_totals.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                AGG_XLSX,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="epinephrine staff training",
        notes="Hard negative: staff training roster for epinephrine and seizure first aid; workforce names only.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"staff.lincoln@{CFSD}",
        subject="Epi-pen & seizure first aid training - Nov 16",
        body=(
            "Required for all lunchroom, recess and transportation staff. Monday 11/16, 3:30-4:30, library.\n\n"
            "Signed up so far: Donna Kessler, Raj Patel, Megan O'Toole, Luis Carrillo. If you trained in "
            "the last two years, you do not need to attend.\n\nRenata Okafor, Health Services Coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="AED pad invoice SSN-shaped",
        notes="Hard negative: AED supply invoice whose PO number looks like an SSN; device serials of AEDs, not patients.",
        frm=f"Jeff Morrow <jmorrow@{CFSD}>",
        to="orders@schoolhealth-supply.com",
        subject="PO 407-63-2218 - AED pads",
        body=(
            "Please ship 12 sets of adult/pediatric pads for the ZOLL AED Plus units (serials X17H554201-X17H554212) "
            "against PO 407-63-2218, ship to district warehouse, 1002 W 1st St. Tax exempt certificate on file.\n\nJeff Morrow\nBusiness Office"
        ),
    ),
    Spec(
        phi=False,
        category="medication policy DOCX",
        notes="Hard negative: board policy on administering medication, stock epinephrine and naloxone.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"boardsecretary@{CFSD}",
        subject="Policy 507.2 redline for first reading",
        body="Attached is the redline for the December board packet.",
        atts=(
            Att(
                "Policy_507-2_redline.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                POLICY_DOCX,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="school nurse job posting",
        notes="Hard negative: substitute school nurse job posting mentioning diabetes and seizure care; no student.",
        frm=f"CFSD Human Resources <hr@{CFSD}>",
        to="jobs@iowaschooljobs.org",
        subject="Posting: Substitute School Nurse (RN/LPN)",
        body=(
            "Cedar Falls Community School District seeks substitute school nurses. Duties include medication "
            "administration, diabetes management (pumps, CGMs), seizure and anaphylaxis response, "
            "screenings and care plans. Iowa RN or LPN licence and CPR required. $34/hr. Apply online, "
            "requisition 2026-117."
        ),
    ),
    Spec(
        phi=False,
        category="immunization compliance by school",
        notes="Hard negative: aggregate immunization compliance percentages sent to the county health department.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to="immunizations@blackhawkcountyhealth.org",
        subject="Fall immunization audit - district totals",
        body=(
            "District totals for the fall audit:\n\nKindergarten: 412 enrolled, 401 complete (97.3%), 2 medical, 9 religious\n"
            "Grade 7: 388 enrolled, 372 complete (95.9%), 1 medical, 10 religious, 5 provisional\n"
            "Grade 12 MenACWY #2: 81.4%\n\nRenata"
        ),
    ),
    Spec(
        phi=False,
        category="classroom lice letter",
        notes="Hard negative: generic letter to a class's families that lice was found in the classroom; no child named.",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to=f"room12families@{CFSD}",
        subject="Note for Room 12 families",
        body=(
            "Dear Room 12 families,\n\nA case of head lice has been found in our classroom. Lice are common, "
            "are not a sign of poor hygiene and do not spread disease. Please check your child's hair this "
            "week. Information on treatment is at cfsd.k12.us/health." + SIG_N
        ),
    ),
    Spec(
        phi=False,
        category="nurse conference agenda",
        notes="State school nurse conference agenda with speakers and topics; no student.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="ISNO winter conference - agenda",
        body=(
            "Registration is paid for all district nurses. Sessions I'd recommend:\n"
            "- Diabetes tech update: automated insulin delivery at school (Dr. Amrita Bose)\n"
            "- Vaping cessation for teens\n- Seizure rescue meds: Nayzilam vs Valtoco\n- FERPA vs HIPAA for school nurses\n\nRenata"
        ),
    ),
    Spec(
        phi=False,
        category="SNAP upgrade with test student",
        notes="Hard negative: health-office software upgrade notice using a clearly labelled test student record.",
        frm=f"District Technology <techsupport@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="SNAP Health Center upgrade Saturday",
        body=(
            "SNAP will be offline Saturday 8am-2pm. After the upgrade, please verify your login by opening "
            "the training record 'TEST, STUDENT ZZ' (ID 9999001, fake) and adding a dummy visit 'test - "
            "headache'. Do not use a real student.\n\nDistrict Technology"
        ),
    ),
    Spec(
        phi=False,
        category="nurse stipend timesheets",
        notes="Hard negative: payroll mail to nurses about stipend and mileage; staff only.",
        frm=f"Payroll <payroll@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="Screening stipend and mileage - due 11/20",
        body=(
            "Nurses who worked the Saturday screening day get the $150 stipend. Submit the extra-duty "
            "timesheet and your mileage log (Skyward > Employee Access) by 11/20. Beth Lundquist and "
            "Rosa Delgado, your October mileage is still pending approval.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="stock medication expiry",
        notes="Hard negative: stock albuterol/naloxone/epinephrine expiry and reorder; no student.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="Stock meds expiring 12/2026",
        body=(
            "Please check your building stock: EpiPen 0.3 lot 3GM117 and Jr lot 3GM089 expire 12/31. "
            "Narcan 4 mg lot 24B331 expires 1/31. Albuterol HFA for the stock inhaler program arrives "
            "next week. Send me counts by Friday."
        ),
    ),
    Spec(
        phi=False,
        category="nurse absence coverage",
        notes="Hard negative: workforce notice that a nurse is out and a sub covers; staff names only.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"office.orchard@{CFSD}",
        subject="Nurse coverage Friday",
        body="Beth Lundquist is out Friday. Sub nurse Carla Benavides will be at Orchard Hill 8-12 and Hawthorne 12-3:30. Health aide Rosa Delgado is in all day.",
    ),
    Spec(
        phi=False,
        category="board annual report PDF",
        notes="Hard negative: aggregate health services annual report (condition counts, no individuals).",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"superintendent@{CFSD}",
        subject="Health services annual report for the board",
        body="Final version attached for the December 14 meeting.",
        atts=(Att("HS_annual_report_2025-26.pdf", "application/pdf", BOARD_PDF),),
    ),
    Spec(
        phi=False,
        category="forwarded measles guidance",
        notes="Hard negative: forwarded public health advisory about measles exposure guidance; no case named.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="Fwd: HAN - measles exposure guidance for schools",
        body="Please review. Make sure your MMR exemption lists are current in SNAP in case we need to exclude.",
        forward=Spec(
            phi=False,
            category="HAN",
            notes="forwarded",
            frm="Iowa HHS Health Alert <han@hhs-iowa-alerts.org>",
            to=f"rokafor@{CFSD}",
            subject="HAN - measles exposure guidance for schools",
            body=(
                "Health Advisory: Measles cases have been confirmed in two neighboring states. If a case is "
                "identified at a school, unvaccinated students and staff without evidence of immunity will be "
                "excluded for 21 days after last exposure. Post-exposure MMR within 72 hours may allow return."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="nurses meeting invite",
        notes="Monthly district nurses meeting invite.",
        frm=f"Renata Okafor <rokafor@{CFSD}>",
        to=f"nurses@{CFSD}",
        subject="Invitation: District nurses - December",
        body="Agenda: state testing snack plans, care plan deadlines, flu clinic debrief.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CFSD//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cfsd-nurses-1202@cfsd.k12.us\r\nDTSTAMP:20261109T170500Z\r\n"
            "DTSTART:20261202T213000Z\r\nDTEND:20261202T230000Z\r\nSUMMARY:District nurses meeting\r\n"
            "LOCATION:Central office room 3\r\nORGANIZER:mailto:rokafor@cfsd.k12.us\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="flu clinic volunteer reply",
        notes="Reply to a parent volunteer's gmail about helping at the flu clinic (paperwork, not care).",
        frm=f"Beth Lundquist <blundquist@{CFSD}>",
        to="jen.vanderhoek@gmail.com",
        subject="Re: volunteering Dec 1",
        body=(
            "Hi Jen,\n\nThank you for offering! We need two volunteers 8:15-11 to walk classes down and "
            "hand out stickers. Please bring your volunteer badge; the county nurses do the vaccines.\n\n"
            "> I can help at the flu clinic if you need someone." + SIG_N
        ),
    ),
]
