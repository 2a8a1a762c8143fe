"""Outbound mail of the Maple Grove Schools health services (school nurse) office (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nHealth Services Office\nMaple Grove Schools\n900 School Rd, Maple Grove, OH 44720\nPhone (330) 555-0181 | Fax (330) 555-0182"
FERPA = "\n\nThis e-mail may contain student information protected by FERPA. If you received it in error, delete it and notify the sender."

_X12_270 = (
    "ISA*00*          *00*          *ZZ*MAPLEGROVESCH  *ZZ*OHMEDICAID     *260317*1030*^*00501*000000318*0*P*:~"
    "GS*HS*MAPLEGROVESCH*OHMEDICAID*20260317*1030*318*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*MGS0318*20260317*1030~HL*1**20*1~NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~"
    "HL*2*1*21*1~NM1*1P*2*MAPLE GROVE SCHOOLS*****XX*1555689789~"
    "HL*3*2*22*0~NM1*IL*1*PARKS*DESHAWN****MI*910447218833~DMG*D8*20140822*M~"
    "EQ*30~SE*11*0001~GE*1*318~IEA*1*000000318~"
)
_X12_835 = (
    "ISA*00*          *00*          *ZZ*OHMEDICAID     *ZZ*MAPLEGROVESCH  *260319*0800*^*00501*000000771*0*P*:~"
    "GS*HP*OHMEDICAID*MAPLEGROVESCH*20260319*0800*771*X*005010X221A1~ST*835*0001~"
    "BPR*I*412.80*C*ACH*CCP*01*041000124*DA*7720019*1555689789**01*041000124*DA*3340981*20260319~"
    "N1*PR*OHIO MEDICAID~N1*PE*MAPLE GROVE SCHOOLS*XX*1555689789~"
    "CLP*MGS-2602-117*1*96.00*96.00**MC*2026031900117~NM1*QC*1*LINDGREN*ASTRID****MI*910552108764~"
    "SVC*HC:T1002*96.00*96.00**4~DTM*472*20260223~"
    "SE*9*0001~GE*1*771~IEA*1*000000771~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Emergency action plan PDF to bus company",
        notes="PDF emergency plan names student with heart condition and ICD, sent to transport contractor.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="dispatch@yellowlinebusoh.com",
        subject="Emergency plan for route 14 rider",
        body="Hi Marty,\n\nAttached is the emergency action plan for one of the route 14 riders. Please give a copy to the driver and sub driver and keep it in the bus binder.\n\nEllen Ward, BSN, RN\nDistrict Nurse"
        + SIG
        + FERPA,
        atts=(
            Att(
                "EAP_route14.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLE GROVE SCHOOLS - EMERGENCY ACTION PLAN",
                        "Student: Caleb Thornton   Grade 7   Jefferson Middle",
                        "Condition: hypertrophic cardiomyopathy with implanted defibrillator (ICD)",
                        "If student collapses: call 911, start CPR, use AED. ICD may shock; this is expected.",
                        "Parent: Dana Thornton (330) 555-0126",
                    ],
                    "Emergency action plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank emergency plan template PDF",
        notes="Hard negative: blank district emergency action plan template with field labels only.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="nurses@maplegroveschools.org",
        subject="Updated EAP template 2026-27",
        body="Nurses, please switch to the attached template for next year's plans. Fields unchanged except the new AED location line.\n\nEllen"
        + SIG,
        atts=(
            Att(
                "EAP_template.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLE GROVE SCHOOLS - EMERGENCY ACTION PLAN (TEMPLATE)",
                        "Student: ____________   Grade: ___   School: ________",
                        "Condition: ______________________",
                        "Nearest AED location: __________",
                        "Parent/guardian phone: __________",
                    ],
                    "EAP template",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Immunization noncompliance CSV to county health",
        notes="CSV to health department with student names, DOBs and missing vaccines.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="immunizations@summitcountyhealth.org",
        subject="Exclusion list - Lincoln Elementary",
        body="Attached are Lincoln Elementary students still missing required vaccines as of March 16, per ORC 3313.671. Exclusion date is April 1.\n\nEllen Ward, RN"
        + SIG,
        atts=(
            Att(
                "lincoln_exclusion.csv",
                "text/csv",
                "last,first,dob,grade,missing\nHollister,Kaden,2019-08-04,K,MMR dose 2; varicella dose 2\nAbdi,Hodan,2015-02-17,5,Tdap\nSeo,Minjun,2019-11-21,K,DTaP dose 5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate immunization compliance CSV",
        notes="Hard negative: building-level vaccination compliance percentages; aggregate only.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="superintendent@maplegroveschools.org",
        subject="Immunization compliance by building",
        body="Dr. Feld, here is the building summary for the board report. District compliance is 96.1%.\n\nEllen",
        atts=(
            Att(
                "compliance_by_building.csv",
                "text/csv",
                "building,enrolled,compliant,pct\nLincoln Elementary,412,389,94.4\nJefferson Middle,655,640,97.7\nMaple Grove High,1210,1168,96.5\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Individualized health plan docx to teacher",
        notes="IHP docx names student with type 1 diabetes, insulin pump settings and low-sugar plan.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="mrs.dalton@maplegroveschools.org",
        subject="Health plan for your class",
        body="Mrs. Dalton, please read the attached plan before the field trip and keep it with your sub folder.\n\nAmy Chen, RN\nLincoln Elementary"
        + SIG,
        atts=(
            Att(
                "IHP.docx",
                DOCX,
                docx(
                    [
                        "INDIVIDUALIZED HEALTH PLAN",
                        "Student: Poppy Vanterpool   Grade 3   DOB 01/28/2018",
                        "Diagnosis: type 1 diabetes; Omnipod insulin pump and Dexcom CGM",
                        "If CGM under 70 or symptoms: 15 g fast sugar (juice box in backpack), recheck in 15 minutes.",
                        "Never send her to the office alone when low.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Field trip health checklist docx for teachers",
        notes="Hard negative: generic checklist mentioning epinephrine, inhalers and insulin; no student.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="teachers@maplegroveschools.org",
        subject="Field trip health checklist",
        body="Teachers, before any field trip please complete the attached checklist with your building nurse at least 5 school days ahead.\n\nHealth Services"
        + SIG,
        atts=(
            Att(
                "fieldtrip_checklist.docx",
                DOCX,
                docx(
                    [
                        "FIELD TRIP HEALTH CHECKLIST",
                        "[ ] List of students with medications (get from nurse)",
                        "[ ] Epinephrine auto-injectors, inhalers, insulin and glucagon packed",
                        "[ ] Trained staff member assigned",
                        "[ ] Emergency plans in a sealed folder",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medication administration log workbook to substitute nurse pool",
        notes="Hard positive: multi-sheet MAR with student names, drugs and doses; sheet 2 has no header row.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="sub.nurse.pool@maplegroveschools.org",
        subject="Lincoln MAR for your coverage Thurs-Fri",
        body="Thanks for covering. The MAR is attached; PRN meds are on the second tab. Poppy's pump supplies are in drawer 2.\n\nAmy",
        atts=(
            Att(
                "lincoln_MAR_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scheduled": [
                            ["Student", "Grade", "Medication", "Dose", "Time"],
                            ["Jaxon Pruett", "4", "methylphenidate ER", "18 mg", "11:30"],
                            ["Leilani Cruz", "2", "levetiracetam", "250 mg", "12:00"],
                        ],
                        "PRN": [
                            ["Hodan Abdi", "albuterol HFA", "2 puffs q4h prn"],
                            ["Kaden Hollister", "EpiPen Jr", "peanut anaphylaxis"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate vision/hearing screening workbook",
        notes="Hard negative: multi-sheet screening totals by grade for state report; counts only.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="schoolhealth@odh.ohio.gov",
        subject="Annual screening report - Maple Grove Schools",
        body="Attached is our annual vision and hearing screening summary (IRN 044720).\n\nEllen Ward, RN, District Nurse"
        + SIG,
        atts=(
            Att(
                "screening_summary.xlsx",
                XLSX,
                xlsx(
                    {
                        "Vision": [
                            ["Grade", "Screened", "Referred"],
                            ["K", "148", "11"],
                            ["1", "139", "9"],
                            ["3", "142", "14"],
                        ],
                        "Hearing": [
                            ["Grade", "Screened", "Referred"],
                            ["K", "148", "4"],
                            ["1", "139", "2"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility 270 for school nursing billing",
        notes="Hard positive: X12 270 with student name, Medicaid ID and DOB; eligibility for school-based health services.",
        frm="Medicaid Billing <msbillingclerk@maplegroveschools.org>",
        to="edi@ohmedicaidgateway.com",
        subject="270 batch 0318",
        body="Batch 0318 attached for eligibility verification.\n\nSchool Medicaid Billing" + SIG,
        atts=(Att("MGS0318.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to finance",
        notes="Hard positive: 835 remittance names a student, her Medicaid ID and nursing service code T1002; body only mentions deposit.",
        frm="Medicaid Billing <msbillingclerk@maplegroveschools.org>",
        to="treasurer@maplegroveschools.org",
        subject="Medicaid deposit 3/19",
        body="Deposit of $412.80 posted 3/19. Remit file attached for your reconciliation.\n\nJoan",
        atts=(Att("remit_0319.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="Nurse visit note to parent (head injury)",
        notes="Head injury nurse note to parent's personal email naming student and symptoms.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="gloria.mendez.1980@yahoo.com",
        subject="Bump to the head today",
        body="Hi Ms. Mendez,\n\nMateo bumped heads with a classmate at recess around 10:15. He had a small bump over the left eyebrow, no loss of consciousness, and was acting normally after 30 minutes of observation with ice. Please watch tonight for headache, vomiting or unusual sleepiness and call his doctor if you see these.\n\nRavi Desai, RN\nJefferson Middle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="HTML-only head lice notice to class",
        notes="Hard negative: HTML-only general lice notice to a classroom list; no student named.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="room12.parents@lists.maplegroveschools.org",
        subject="Head lice in Room 12",
        body="",
        html="<html><body><p>Dear Room 12 families,</p><p>A case of head lice was found in our classroom. Please check your child's hair tonight. Lice do not spread disease. <a href='https://maplegroveschools.org/health/lice'>How to check</a>.</p><p>School Nurse</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only seizure report to parent",
        notes="HTML-only message to parent's outlook naming daughter, seizure at school and rescue med given.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="r.cruz.family@outlook.com",
        subject="Leilani today",
        body="",
        html="<html><body><p>Mr. Cruz,</p><p>Leilani had a <b>tonic-clonic seizure</b> in art class at 1:05 lasting about 3 minutes. Per her seizure plan I gave <b>Valtoco 5 mg</b> nasally at 1:08. She is sleepy but breathing well and you are on your way. I am sending the seizure log to Dr. Alvarez's office as you asked.</p><p>Amy Chen, RN</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only wellness fair announcement",
        notes="General wellness fair announcement for families; no individual.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="families@lists.maplegroveschools.org",
        subject="Family Wellness Night April 16",
        body="",
        html="<html><body><h2>Family Wellness Night</h2><p>Free sports physicals by appointment, flu shots, dental screenings and healthy snacks. Thursday April 16, 5-7 PM, Maple Grove High cafeteria.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Nurse office visit log txt to counselor",
        notes="TXT daily log names students with complaints and a self-harm concern; sent to counselor.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="counseling@maplegroveschools.org",
        subject="today's log - 2 for you",
        body="Two students on today's log I'd like you to see. Flagged with **.\n\nRavi",
        atts=(
            Att(
                "visitlog_0317.txt",
                "text/plain",
                "03/17 JEFFERSON MS HEALTH OFFICE\n08:05 Tyler Novak gr8 stomachache, returned to class\n09:40 ** Sienna Holt gr7 superficial cuts on forearm, says she did it herself; parent called\n11:20 Marcus Webb gr6 asthma, albuterol 2 puffs\n13:10 ** Evan Liu gr8 third visit this week, panic symptoms\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Nurse supply order text file",
        notes="Supply order list for health office; no student.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="purchasing@maplegroveschools.org",
        subject="Health office supply order",
        body="Please order the attached for Jefferson. Budget code 2134-410.\n\nRavi",
        atts=(
            Att(
                "supply_order.txt",
                "text/plain",
                "Gauze 4x4 - 10 boxes\nInstant cold packs - 48\nNitrile gloves M - 10 boxes\nAED pads adult - 2 sets\nAED pads pediatric - 1 set\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="504 meeting invite with health detail",
        notes="Meeting invite to parent's gmail: 504 review for named student with heart condition.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="dana.thornton.oh@gmail.com",
        cc="akessler@brightwaterpedsheart.com",
        subject="Caleb - 504 plan review",
        body="Ms. Thornton,\n\nWe'd like to meet to update Caleb's 504 plan now that Dr. Kessler has restricted competitive sports because of his cardiomyopathy and ICD. Invite attached; Dr. Kessler has been copied in case she can call in.\n\nEllen Ward, RN"
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MGS//Health//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mgs-504-thornton@maplegroveschools.org\r\nDTSTAMP:20260317T140000Z\r\nDTSTART:20260325T193000Z\r\nDTEND:20260325T203000Z\r\nSUMMARY:504 review - Caleb Thornton (cardiac)\r\nLOCATION:Jefferson MS conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="CPR/AED training session invite for staff",
        notes="Staff training invite; workforce members named only as attendees, no health info.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="coaches@maplegroveschools.org",
        subject="Required CPR/AED recertification",
        body="Coaches, Lindsay's Law requires current CPR/AED training. Session Monday after school in the high school gym. Bring your ID.\n\nEllen Ward, RN",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MGS//Health//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mgs-cpr-0323@maplegroveschools.org\r\nDTSTAMP:20260317T140000Z\r\nDTSTART:20260323T193000Z\r\nDTEND:20260323T220000Z\r\nSUMMARY:CPR/AED recertification\r\nLOCATION:MGHS gym\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Forwarded physician order to nurse colleague",
        notes="Hard positive: ADHD diagnosis, DOB and dose are only in the forwarded physician authorization; body gives first name and initial.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="rdesai@maplegroveschools.org",
        subject="FW: Med authorization - Jaxon P.",
        body="Ravi, Jaxon moves to Jefferson after spring break. Here is his current authorization so you can set up the MAR.\n\nAmy",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Front Office <frontoffice@willowcreekpediatrics.com>",
            to="achen@maplegroveschools.org",
            subject="Med authorization - Jaxon P.",
            body="Physician authorization for school medication: Jaxon Pruett, DOB 04/11/2016. Diagnosis ADHD combined type (F90.2). Methylphenidate ER 18 mg at school 11:30 daily. Dr. Anjali Patel, NPI: 1930577154.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded state guidance on naloxone",
        notes="Hard negative: forward of state guidance about stocking naloxone in schools; no student.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="principals@maplegroveschools.org",
        subject="FW: Naloxone in schools guidance",
        body="Principals, see the state guidance below. I recommend we stock 2 kits per building and train front-office staff.\n\nEllen",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="School Health Program <schoolhealth@odh.ohio.gov>",
            to="eward@maplegroveschools.org",
            subject="Naloxone in schools guidance",
            body="Schools may stock naloxone under ORC 3313.7114. Overdoses among adolescents increased statewide in 2025; staff training materials are linked in the toolkit.",
        ),
    ),
    Spec(
        phi=True,
        category="Concussion return-to-learn note to teachers",
        notes="Names student with concussion and classroom accommodations to teaching team.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="team8b@maplegroveschools.org",
        subject="Return to learn - accommodations",
        body="8B team,\n\nTyler Novak is back Monday after a concussion from Saturday's hockey game. Per his doctor: half days this week, no screens longer than 20 minutes, no tests until cleared, extra time on homework. Please let me know if headaches return in class.\n\nRavi"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff flu outbreak notice",
        notes="Hard negative: notice that several staff are out with flu, no names; encourages vaccination.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="staff@maplegroveschools.org",
        subject="Influenza B in buildings",
        body="Staff,\n\nWe have 23 staff absences and 11% student absences at Lincoln this week, mostly influenza B. Wash hands, stay home with fever until 24 hours fever-free, and free flu shots are still available at the Thursday clinic.\n\nHealth Services",
    ),
    Spec(
        phi=True,
        category="Report to county of reportable disease",
        notes="Nurse reports a named student with suspected pertussis and contact info to health department.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="epi@summitcountyhealth.org",
        subject="Possible pertussis - Lincoln Elementary",
        body="Hello,\n\nReporting a possible pertussis case: Hodan Abdi, grade 5, DOB 02/17/2015, not up to date on Tdap. Paroxysmal cough for 2 weeks, post-tussive vomiting today. Parent Faduma Abdi (330) 555-0134, 1402 Harlow Ave. She is home and seeing her doctor tomorrow. Classroom list available.\n\nAmy Chen, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Exposure letter to class without names",
        notes="Hard negative: pertussis exposure letter to a class; no identification of the case.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="room5b.parents@lists.maplegroveschools.org",
        subject="Possible whooping cough exposure",
        body="Dear families,\n\nA person in your child's classroom may have pertussis (whooping cough). If your child develops a cough lasting more than a week, especially with coughing fits, please see your doctor and mention this letter. Make sure your child's vaccines are up to date.\n\nSummit County Health and Lincoln Elementary Health Office",
    ),
    Spec(
        phi=True,
        category="Sports physical clearance question to clinic",
        notes="Hard positive: terse nurse note to outside clinic gives student's name, sport, fainting at practice and family history of sudden death.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="sportsmed@akronvalleymed.org",
        subject="clearance?",
        body="Hi - quick one. Our sophomore wrestler Elias (last name Varga) fainted at practice Tuesday after sprints. Family says he has an appointment with you Friday. Please don't clear him without a cardiology opinion; he mentioned his uncle died suddenly at 30.\n\nEllen Ward, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Athletic pre-participation form reminder",
        notes="Reminder that all athletes need PPE forms; mentions cardiac screening questions generally.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="athletics.families@lists.maplegroveschools.org",
        subject="Spring sports physical forms due",
        body="All spring athletes need a current pre-participation physical on file before the first practice. Note the cardiac questions on page 1 (fainting during exercise, chest pain, family history of sudden death). Answer them carefully.\n\nMaple Grove Athletics & Health Services",
    ),
    Spec(
        phi=True,
        category="Zip of student allergy action plans to cafeteria vendor",
        notes="Zip with allergy plans named by student; body lists names and allergens to food service contractor.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="manager@nutrishoolfoodservice.com",
        subject="Allergy plans for Lincoln cafeteria",
        body="Dana, allergy action plans for Lincoln attached: Kaden Hollister (peanut), Aria Singh (tree nuts, sesame), Noah Brandt (milk). Photos on each plan for your line staff.\n\nHealth Services"
        + SIG,
        atts=(
            Att(
                "allergy_plans_lincoln.zip",
                "application/zip",
                zipped(
                    {
                        "Hollister_Kaden_FAAP.txt": "Kaden Hollister, grade K. Peanut anaphylaxis. EpiPen Jr 0.15 mg.",
                        "Singh_Aria_FAAP.txt": "Aria Singh, grade 3. Tree nut and sesame allergy. Epinephrine 0.3 mg.",
                        "Brandt_Noah_FAAP.txt": "Noah Brandt, grade 1. Milk allergy, hives. Cetirizine 5 mg.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of blank health forms to new parents",
        notes="Hard negative: zip of blank district health forms sent to a new family's personal email.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="the.okonkwos@gmail.com",
        subject="Health forms for registration",
        body="Welcome to Maple Grove! Here are the blank health forms for registration. Return them to the school office or upload them in the portal.\n\nHealth Services",
        atts=(
            Att(
                "registration_health_forms.zip",
                "application/zip",
                zipped(
                    {
                        "emergency_medical_authorization.txt": "Student name: ____  Allergies: ____  Medications: ____  Physician: ____",
                        "medication_authorization.txt": "Medication: ____  Dose: ____  Time: ____  Prescriber signature: ____",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Epilepsy note to after-school program",
        notes="Hard positive: note to after-school program names child and new epilepsy diagnosis with rescue medicine.",
        frm="Nurse Amy Chen <achen@maplegroveschools.org>",
        to="director@kidzoneafterschool.com",
        subject="For Leilani's after-school staff",
        body="Hi Monique, Mr. Cruz asked me to share: Leilani was recently diagnosed with epilepsy and has Valtoco nasal spray for seizures over 5 minutes. He will drop off a spray and the seizure plan for your staff Monday.\n\nAmy Chen, RN",
    ),
    Spec(
        phi=False,
        category="Job posting for school nurse",
        notes="Hard negative: job posting listing diabetes care and medication administration duties; no student.",
        frm="Human Resources <hr@maplegroveschools.org>",
        to="jobs@ohioschoolnurses.org",
        subject="Job posting: School Nurse (RN), Lincoln Elementary",
        body="Please post: School Nurse, Lincoln Elementary, 184-day contract. Duties include diabetes management, seizure and anaphylaxis response, medication administration, screenings and IHP writing. Ohio RN and school nurse licence required. Apply by April 10.\n\nHuman Resources",
    ),
    Spec(
        phi=False,
        category="FERPA/HIPAA policy excerpt with field names",
        notes="Hard negative: policy excerpt listing which health record fields staff may see; no data.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="admins@maplegroveschools.org",
        subject="Reminder: who may see health records",
        body="Administrators,\n\nPer Policy 5780, teachers may see a student's name, condition summary and emergency plan only when they need it to keep the student safe. Fields such as diagnosis codes, medication history, mental health notes and Medicaid ID stay in the nurse's system. Do not forward nurse e-mails to large lists.\n\nEllen Ward, District Nurse",
    ),
    Spec(
        phi=False,
        category="Vendor AED inspection report",
        notes="Hard negative: AED device inspection with serial numbers; devices, not people.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="facilities@maplegroveschools.org",
        subject="AED inspection results",
        body="AED monthly checks done. Lincoln unit SN 8842-110 needs new pads (exp 04/2026); Jefferson gym SN 8842-214 battery at 28%. Others OK.\n\nEllen",
    ),
    Spec(
        phi=True,
        category="Parent reply with child's mental health referral",
        notes="Reply to parent's gmail naming son and counseling referral for anxiety.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="liu.wen.family@gmail.com",
        subject="RE: Evan's stomachaches",
        body="Mrs. Liu,\n\nThank you for calling back. Evan has come to my office 6 times this month and we think anxiety may be part of it. With your permission the counselor will give you the referral list for Summit Behavioral Health; they take your insurance.\n\nRavi Desai, RN",
    ),
    Spec(
        phi=False,
        category="Reply to parent about school hours",
        notes="Reply to parent's personal email about nurse office hours; no health info about a child.",
        frm="Nurse Ravi Desai <rdesai@maplegroveschools.org>",
        to="kpatterson.mg@yahoo.com",
        subject="RE: nurse hours",
        body="Hi Mrs. Patterson, I'm in the Jefferson office 7:30-3:30 every day and at the high school Friday afternoons. The front office can always reach me by radio.\n\nRavi",
    ),
    Spec(
        phi=True,
        category="Scanned form text to pediatrician (OCR style)",
        notes="Hard positive: OCR-like text of a returned screening referral with student name, failed vision result.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="frontdesk@willowcreekpediatrics.com",
        subject="fax copy",
        body="Fax copy below as requested.\n\n---- SCANNED ----\nMAPLE GROVE SCH00LS V1SION REFERRAL\nStudent: Aria  Singh     Gr: 3\nR 20/50   L 20/70   (pass = 20/32)\nFAILED - rescreen 3/11 also failed\nPlease return exam results to nurse\n---- END ----",
    ),
    Spec(
        phi=False,
        category="Multi-sheet nurse staffing schedule",
        notes="Staff coverage workbook of nurses; workforce names only, no health info.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="nurses@maplegroveschools.org",
        subject="April coverage",
        body="April coverage attached; swaps by the 25th please.\n\nEllen",
        atts=(
            Att(
                "april_coverage.xlsx",
                XLSX,
                xlsx(
                    {
                        "Week1": [
                            ["Building", "Nurse"],
                            ["Lincoln", "Amy Chen"],
                            ["Jefferson", "Ravi Desai"],
                        ],
                        "Week2": [
                            ["Building", "Nurse"],
                            ["Lincoln", "sub pool"],
                            ["Jefferson", "Ravi Desai"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pregnancy disclosure to guidance counselor",
        notes="Names high school student and her pregnancy and prenatal appointment.",
        frm="Nurse Ellen Ward <eward@maplegroveschools.org>",
        to="jmorrow.counselor@maplegroveschools.org",
        subject="Checking in re student",
        body="Jill, confidential: Brianna Kell (11th grade) confirmed today she is about 14 weeks pregnant and has her first prenatal appointment at Summit Women's Clinic Thursday. She asked us to help rearrange her chem lab schedule.\n\nEllen",
    ),
    Spec(
        phi=False,
        category="Newsletter column on sleep and teens",
        notes="Health newsletter column; no individual.",
        frm="Health Services <healthservices@maplegroveschools.org>",
        to="newsletter@maplegroveschools.org",
        subject="Nurse's corner for May newsletter",
        body="Nurse's Corner: Teens need 8-10 hours of sleep. Phones out of the bedroom, consistent wake times and less caffeine help. Chronic tiredness can also be a sign of anemia or depression; talk to your doctor.\n\nEllen Ward, RN",
    ),
]
