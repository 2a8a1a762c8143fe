"""Pinecrest Unified School District, Health Services (school nursing office): outbound mail (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx, zipped
from _att import pdf as make_pdf
from _spec import Att, Spec

HS = "Pinecrest USD Health Services <healthservices@pinecrestusd.org>"
LEAD = "Corinne Abernathy RN - Lead School Nurse <cabernathy@pinecrestusd.org>"
OAK = "Nurse Tamsin Reyes <treyes@pinecrestusd.org>"
RVMS = "Ann Kowalski RN <nurse.ridgeviewms@pinecrestusd.org>"
SIG = (
    "\n\nPinecrest Unified School District - Health Services\n900 Academy Way, Pinecrest | 555-0170"
)
FERPA = "\n\nThis message may contain confidential student health information protected by FERPA and state law. If you received it in error, please delete it and notify the sender."

X12_837 = (
    "ISA*00*          *00*          *ZZ*PINECRESTUSD   *ZZ*STATEMEDICAID  *260312*0830*^*00501*000000311*0*P*:~\n"
    "GS*HC*PINECRESTUSD*STATEMEDICAID*20260312*0830*311*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*PUSD-SBS-311*20260312*0830*CH~\n"
    "NM1*85*2*PINECREST UNIFIED SCHOOL DISTRICT*****XX*1865909620~\n"
    "NM1*IL*1*VOSS*ELLIOT****MI*SMC60291774~\n"
    "DMG*D8*20140826*M~\n"
    "CLM*PUSD2602-0418*96.00***03:B:1*Y*A*Y*Y~\n"
    "HI*ABK:E10.9~\n"
    "SV1*HC:T1002:TD*12.00*UN*8***1~\n"
    "DTP*472*RD8*20260201-20260228~\n"
    "SE*11*0001~\nGE*1*311~\nIEA*1*000000311~\n"
)

NURSE_MTG_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pinecrest USD//Health Services//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:school-nurse-consortium-0325@pinecrestusd.org\r\nDTSTAMP:20260309T140000Z\r\n"
    "DTSTART:20260325T200000Z\r\nDTEND:20260325T213000Z\r\n"
    "SUMMARY:Tri-county school nurse consortium\r\nLOCATION:Pinecrest District Office, Board Room\r\n"
    "DESCRIPTION:Topics: stock albuterol legislation, spring screening calendar, delegation of insulin pumps to UAP.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

FHIR_QR = """{
  "resourceType": "Observation",
  "id": "hearing-screen-demo",
  "status": "final",
  "meta": {"tag": [{"code": "TEST", "display": "Synthetic demo record"}]},
  "code": {"text": "Pure-tone hearing screen"},
  "subject": {"display": "Demo Student (synthetic, does not exist)"},
  "valueString": "Pass 20 dB at 1000/2000/4000 Hz both ears"
}
"""

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="failed vision screening referral to parent",
        notes="HTML-only letter to a parent's gmail naming the student and her failed vision screening with referral.",
        frm=OAK,
        to="mrs.quarshie@gmail.com",
        subject="Vision screening referral - Oak Hill Elementary",
        body="",
        html=(
            "<html><body><p>Dear Parent/Guardian of <b>Abena Quarshie</b> (Grade 2, Room 14),</p>"
            "<p>Your child did not pass the vision screening on March 4, 2026:</p>"
            "<table border='1'><tr><td>Right eye</td><td>20/50</td></tr><tr><td>Left eye</td><td>20/40</td></tr></table>"
            "<p>Please take her to an eye doctor and return the bottom portion of this letter. Free exams are available "
            "through the Lions Club voucher program.</p><p>Tamsin Reyes, RN, Oak Hill Elementary</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="expired inhaler note to parent",
        notes="Hard positive: first name of the child, relationship and his expired asthma inhaler, to the father's personal mailbox.",
        frm=OAK,
        to="tran.family2010@yahoo.com",
        subject="Kevin's inhaler",
        body="Hi Mr. Tran, Kevin's albuterol in the health office expired last week. Could you send a new one with him (in the pharmacy box with the label)? He used it twice at recess this week. Thanks! - Nurse Tamsin",
    ),
    Spec(
        phi=True,
        category="seizure action plan to bus contractor",
        notes="Seizure action plan for a named student with rescue medication, sent to the student transport contractor.",
        frm=LEAD,
        to="dispatch@sunrisestudenttransit.com",
        subject="Seizure action plan - Route 22 AM/PM",
        body=(
            "Hi Ray,\n\nPlease give the attached seizure action plan to the Route 22 driver and aide. The "
            "student rides both AM and PM. Staff must be trained on the nasal rescue spray before Monday; I "
            "can do the training at your yard Friday at 2.\n\nCorinne" + FERPA
        ),
        atts=(
            Att(
                "Seizure_Action_Plan_Marisol_Ventura.docx",
                DOCX,
                docx(
                    [
                        "SEIZURE ACTION PLAN - Pinecrest Unified School District",
                        "Student: Marisol Ventura   DOB: 11/02/2015   School: Lark Street ES   Bus: Route 22",
                        "Diagnosis: epilepsy (focal seizures with impaired awareness)",
                        "Daily medication: levetiracetam 500 mg twice daily (given at home)",
                        "Rescue: Valtoco (diazepam nasal) 10 mg if seizure lasts 5 minutes or more; call 911",
                        "Parent: Graciela Ventura 555-0177",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="immunization exclusion warning to parent",
        notes="Letter to a parent naming the student and the missing Tdap and MenACWY doses with an exclusion date.",
        frm=RVMS,
        to="okeefe.household@outlook.com",
        subject="Required 7th grade vaccines - action needed by March 27",
        body=(
            "Dear Parent/Guardian of Liam O'Keefe,\n\nOur records show that Liam has not yet received the Tdap "
            "and meningococcal (MenACWY) vaccines required for 7th grade. Under state law, students without "
            "proof of these vaccines or a valid exemption cannot attend school after March 27, 2026.\n\n"
            "The county health department offers these vaccines free at 410 Courthouse Square. Please send "
            "the record to me once he has them.\n\nAnn Kowalski, RN, Ridgeview Middle School" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="non-compliant student list to county immunization program",
        notes="Hard positive: the body is one line; the CSV lists named students with DOBs and missing vaccines.",
        frm=LEAD,
        to="immunizations@marlowcountyhealth.org",
        subject="as discussed",
        body="List for the registry look-up. Thanks, Corinne",
        atts=(
            Att(
                "pusd_noncompliant_0309.csv",
                "text/csv",
                "school,grade,last,first,dob,missing\r\n"
                "Ridgeview MS,7,O'Keefe,Liam,2013-08-19,Tdap;MenACWY\r\n"
                "Ridgeview MS,7,Salazar,Imani,2013-01-04,MenACWY\r\n"
                "Pinecrest MS,7,Haugland,Peder,2012-11-28,Tdap\r\n"
                "Oak Hill ES,K,Achterberg,Wren,2020-06-02,MMR2;VAR2;DTaP5\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ADHD medication authorization to prescriber",
        notes="Medication authorization PDF for a named student's methylphenidate sent back to the prescriber's office for signature.",
        frm="Nurse Darnell Whitaker <dwhitaker@pinecrestusd.org>",
        to="records@pinecrestpediatrics.com",
        subject="Medication authorization - signature needed",
        body="Hello,\n\nThe attached school medication authorization for Jasper Lindgren came to us unsigned. Could Dr. Oduya sign and fax it back to 555-0171? We can't give the noon dose until we have it.\n\nDarnell Whitaker, RN, Pinecrest Middle",
        atts=(
            Att(
                "med_auth_Lindgren.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "PINECREST UNIFIED SCHOOL DISTRICT - MEDICATION AUTHORIZATION",
                        "Student: Jasper Lindgren    DOB: 05/17/2013    Grade 7",
                        "Medication: methylphenidate 10 mg tablet, 1 tab at 12:00 on school days",
                        "Diagnosis: ADHD, combined type (F90.2)",
                        "Prescriber signature: ____________________  Date: ______",
                    ],
                    "Medication authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="concussion return-to-learn update to athletic trainer",
        notes="Hard positive: short reply naming the student by first name and school team with his concussion clearance and PE restriction dates.",
        frm="Nurse Darnell Whitaker <dwhitaker@pinecrestusd.org>",
        to="atc@summitsportsmedicine.com",
        subject="RE: Jalen W. (PMS basketball)",
        body="Got the note - Jalen was cleared by Dr. Hsu on 3/6 for return-to-learn. Still no PE/contact until your step 5 sign-off, we're thinking 3/16. Teachers have the accommodations (reduced screen time, extra time).",
    ),
    Spec(
        phi=True,
        category="head lice notification to parent",
        notes="HTML-only notice to a parent naming the student with live head lice found at school.",
        frm=OAK,
        to="jbeaumont82@yahoo.com",
        subject="Health office notice",
        body="",
        html=(
            "<html><body><p>Dear Ms. Beaumont,</p><p>During a check today, live head lice were found on "
            "<b>Harper Beaumont</b> (Kindergarten, Room 3). Harper may stay in class today. Please treat tonight and "
            "comb out nits; she can return tomorrow. A treatment guide is on our website.</p>"
            "<p>Nurse Tamsin Reyes, Oak Hill Elementary, 555-0172</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="headerless health office log to nursing agency",
        notes="Hard positive: two-tab workbook without headers listing students, times, complaints and medications given, sent to the contract nursing agency.",
        frm=LEAD,
        to="scheduling@carebridgenursing.com",
        subject="Log for your sub on Mon/Tue",
        body="So your float RN can reconcile, here's the office log from the days she covered Lark Street. The 2nd tab is the meds.",
        atts=(
            Att(
                "lark_0302-0303.xlsx",
                XLSX,
                xlsx(
                    {
                        "visits": [
                            ["3/2 09:10", "Ortega, Benji", "3", "stomach ache", "rest, returned"],
                            [
                                "3/2 11:45",
                                "Ventura, Marisol",
                                "4",
                                "aura, no seizure",
                                "parent called",
                            ],
                            ["3/3 13:20", "Pruitt, Kaylee", "5", "BG 62", "juice, recheck 104"],
                        ],
                        "meds": [
                            ["3/2 12:00", "Ford, Amari", "guanfacine 1 mg"],
                            ["3/3 12:05", "Pruitt, Kaylee", "insulin lispro 2 u (pump bolus)"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="504 meeting summary to family's attorney",
        notes="Meeting summary naming a student with generalized anxiety disorder and school refusal, sent to the family's education lawyer.",
        frm=LEAD,
        to="mfenwick@fenwickedlaw.com",
        subject="504 meeting summary - Nora Castellano",
        body=(
            "Ms. Fenwick,\n\nPer the parents' authorization, here is the health portion of the 504 summary from "
            "March 5 for Nora Castellano (Grade 9, Pinecrest High):\n\n"
            "- Diagnosis provided by her psychiatrist: generalized anxiety disorder and panic attacks; "
            "taking sertraline 50 mg daily.\n- Missed 19 days this semester (school refusal).\n"
            "- Accommodations: pass to the nurse's office, alternative testing room, phased return schedule.\n\n"
            "Corinne Abernathy, RN" + FERPA
        ),
    ),
    Spec(
        phi=True,
        category="school-based Medicaid 837 for nursing services",
        notes="Hard positive: the body is routine; the X12 837 holds a named student's Medicaid ID, DOB and type 1 diabetes code (E10.9).",
        frm="Medicaid Billing <sbs.billing@pinecrestusd.org>",
        to="provider.edi@statemedicaid.gov",
        subject="SBS claims batch 311",
        body="School-based services batch 311 attached (February nursing services). Please return the 999/277CA to this address.",
        atts=(Att("PUSD_SBS_311.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="forwarded teacher observations to neurologist",
        notes="Forward of a teacher's notes on a named student's staring spells, sent to the child neurologist's office with parent consent.",
        frm=OAK,
        to="intake@heartlandchildneuro.com",
        subject="FW: Maya - staring spells in class (parent consent on file)",
        body=(
            "Hello,\n\nMaya Lindqvist-Reyes's mother asked us to send the teacher's observations before her EEG on 3/18. "
            "The teacher's e-mail is below. Signed release is on file with us.\n\nTamsin Reyes, RN"
            + FERPA
        ),
        forward=Spec(
            phi=True,
            category="teacher note (forwarded)",
            notes="inner",
            frm="Ms. Penrose <apenrose@pinecrestusd.org>",
            to="treyes@pinecrestusd.org",
            subject="Maya - staring spells",
            body="Tamsin, Maya had 6 or 7 of those blank staring episodes again today, each a few seconds, eyelids fluttering. She didn't respond to her name. Mom said the neurologist wants notes.",
        ),
    ),
    Spec(
        phi=True,
        category="suicide risk screen referral to counseling agency",
        notes="Referral naming a student with a positive suicide risk screen to a community mental health agency.",
        frm="Student Wellness Nurse <wellness@pinecrestusd.org>",
        to="referrals@harborlightcounseling.org",
        subject="Urgent referral - parent consent attached",
        body=(
            "Harbor Light intake team,\n\nUrgent referral (parent consent signed today):\n\n"
            "Student: Ezra Montalvo, 15, Pinecrest High, grade 10\nParent: Lydia Montalvo, 555-0178\n"
            "ASQ suicide risk screen 3/10: positive (thoughts of suicide in past weeks, no current plan). "
            "Safety plan completed with the school psychologist. Family requests an appointment this week; "
            "insurance is Prairie Health Plan.\n\nThank you,\nStudent Wellness Nurse" + FERPA
        ),
    ),
    Spec(
        phi=True,
        category="food allergy alert in subject to cafeteria vendor",
        notes="Hard positive: subject names the student, her room and peanut anaphylaxis; body only asks for the tray flag.",
        frm=OAK,
        to="oakhill.kitchen@harvesttablefoods.com",
        subject="Peanut anaphylaxis - EpiPen - Sofia Rinaldi (Rm 12)",
        body="Please flag her tray and add her photo to the serving line binder. Thanks!",
    ),
    Spec(
        phi=True,
        category="scoliosis screening letter in attachment only",
        notes="Hard positive: the body is generic; the attached PDF names the student and a positive scoliosis screen with referral.",
        frm=RVMS,
        to="r.haddad.home@gmail.com",
        subject="Letter from the school nurse",
        body="Hello, please see the attached letter about last Friday's screening. Call me with any questions. - Ann Kowalski RN",
        atts=(
            Att(
                "screening_letter_0306.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "PINECREST UNIFIED SCHOOL DISTRICT - SCOLIOSIS SCREENING REFERRAL",
                        "Student: Yasmin Haddad   Grade 7   Ridgeview Middle School",
                        "Screening date: 03/06/2026",
                        "Result: Adams forward bend - right thoracic rib hump, scoliometer 9 degrees",
                        "Recommendation: evaluation by your health care provider (possible x-ray).",
                    ],
                    "Scoliosis referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rash photo named after student to consulting physician",
        notes="Hard positive: photo file named with the student's name and rash, with grade and school in the body, sent to the district's consulting pediatrician.",
        frm=OAK,
        to="dr.kessler@pinecrestpediatrics.com",
        subject="quick look?",
        body="Dr. K, can you take a look? 3rd grader at Oak Hill, started yesterday, not itchy, no fever. Wondering if he should go home.",
        atts=(Att("Lucas_Moreno_rash_elbow_0310.png", "image/png", png(5, 5, (210, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="overnight trip medication list to camp health officer",
        notes="Workbook with headers listing named students, conditions and medications for an overnight trip, sent to the outdoor school's health officer.",
        frm=LEAD,
        to="health@cedarlakeoutdoorschool.org",
        subject="Pinecrest MS 6th grade - health list for March 23-25",
        body="Attached: students with health needs (tab 1) and medications arriving with our chaperone nurse (tab 2). Please keep in your locked health office.",
        atts=(
            Att(
                "PMS_outdoorschool_health.xlsx",
                XLSX,
                xlsx(
                    {
                        "Health needs": [
                            ["Student", "Cabin", "Condition", "Plan"],
                            ["Amari Ford", "B", "ADHD", "evening med at 8 pm"],
                            [
                                "Kaylee Pruitt",
                                "C",
                                "Type 1 diabetes (pump)",
                                "BG checks before meals and 2 am",
                            ],
                            ["Owen Delgado", "A", "Bee sting allergy", "EpiPen on person"],
                        ],
                        "Medications": [
                            ["Student", "Medication", "Dose", "Time"],
                            ["Amari Ford", "guanfacine ER", "1 mg", "20:00"],
                            ["Kaylee Pruitt", "insulin lispro", "per pump", "meals"],
                            ["Owen Delgado", "epinephrine auto-injector", "0.3 mg", "PRN"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="homebound instruction request after surgery",
        notes="Request to the tutoring vendor naming a student recovering from spinal fusion surgery with restrictions.",
        frm=LEAD,
        to="homebound@brightpathtutoring.com",
        subject="Homebound instruction - start 3/16",
        body=(
            "Hi,\n\nWe need a homebound teacher for Ethan Brooks (grade 8, Pinecrest MS) starting March 16 for about "
            "six weeks. He had a spinal fusion for scoliosis on March 2 and cannot sit more than 30 minutes or "
            "lift anything over 5 lb. Sessions should be at home (1180 Cottonwood Ln) in the afternoons.\n\nCorinne"
            + SIG
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="family health newsletter",
        notes="HTML-only newsletter to all families on spring allergies and handwashing; no individual.",
        frm=HS,
        to="families@lists.pinecrestusd.org",
        subject="Health Services News - Spring 2026",
        body="",
        html=(
            "<html><body><h2>Health Services News</h2><p><b>Spring allergies:</b> if your child needs allergy "
            "medicine at school, a medication authorization form is required.</p><p><b>Stomach bugs:</b> keep children "
            "home for 24 hours after vomiting or diarrhea.</p><p><b>Screenings:</b> hearing and vision for grades K, 1, 3 "
            "and 5 in April.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="district screening results aggregate for board",
        notes="Hard negative: counts and referral rates by school and grade, two tabs; no student.",
        frm=LEAD,
        to="board.clerk@pinecrestusd.org",
        cc="superintendent@pinecrestusd.org",
        subject="Board packet - health screening summary",
        body="For the March 24 board packet: fall screening summary by school. Counts under 5 shown as '<5'.",
        atts=(
            Att(
                "screening_summary_fall2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Vision": [
                            ["School", "Screened", "Referred", "Referral %"],
                            ["Oak Hill ES", 312, 28, 9.0],
                            ["Lark Street ES", 401, 41, 10.2],
                        ],
                        "Hearing": [
                            ["School", "Screened", "Referred"],
                            ["Oak Hill ES", 309, "<5"],
                            ["Lark Street ES", 398, 7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff CPR and AED training notice",
        notes="Hard negative: staff notice about CPR/AED and epinephrine training dates; no individual's health.",
        frm=LEAD,
        to="all-staff@pinecrestusd.org",
        subject="CPR/AED and EpiPen training - sign up",
        body="All coaches, PE teachers and front office staff must complete CPR/AED and epinephrine auto-injector training by April 30. Sessions: 3/18, 4/1, 4/15 at 3:30 in the district office. Latex-free supplies will be used.",
    ),
    Spec(
        phi=False,
        category="blank individual health plan template",
        notes="Hard negative: IHP template with placeholder fields and a zip of blank forms, sent to another district; no student.",
        frm=LEAD,
        to="nursing@westfieldschools.org",
        subject="Our IHP template + forms, as promised",
        body="Here's the diabetes IHP template we use and the blank forms packet. Replace the bracketed fields. Happy to share our training slides too.",
        atts=(
            Att(
                "IHP_template_diabetes.docx",
                DOCX,
                docx(
                    [
                        "INDIVIDUAL HEALTH PLAN - DIABETES (TEMPLATE)",
                        "Student name: [Student Name]   DOB: [MM/DD/YYYY]   Grade: [ ]",
                        "Target blood glucose range: [ ] to [ ] mg/dL",
                        "Insulin delivery: [pump / pen]   Correction factor: [ ]",
                        "Hypoglycemia (below 70): give 15 g fast carbohydrate, recheck in 15 minutes.",
                    ]
                ),
            ),
            Att(
                "health_forms_blank.zip",
                "application/zip",
                zipped(
                    {
                        "medication_authorization_blank.txt": "Student: ______  Medication: ______  Dose: ______  Prescriber signature: ______\n",
                        "asthma_action_plan_blank.txt": "Green zone: ______  Yellow zone: ______  Red zone: call 911\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="kindergarten vaccine requirements letter",
        notes="HTML-only general letter on kindergarten vaccine requirements to a prospective parent's gmail; no child named.",
        frm=HS,
        to="newfamily.hollander@gmail.com",
        subject="Kindergarten registration - health requirements",
        body="",
        html=(
            "<html><body><p>Thank you for your interest in Pinecrest kindergarten.</p><p>Before the first day, every "
            "kindergartner needs: DTaP (5 doses), polio (4), MMR (2), varicella (2) and hepatitis B (3), plus a physical "
            "exam within the past year. Medical or religious exemption forms are available from the school nurse.</p>"
            "<p>Pinecrest USD Health Services</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="school nurse job posting",
        notes="Hard negative: posting describing diabetes care, seizures and screenings in general terms; no student.",
        frm="Pinecrest USD Human Resources <hr@pinecrestusd.org>",
        to="listings@schoolnursejobs.net",
        subject="Posting: School Nurse (RN), 2026-27",
        body="School Nurse RN - Lark Street Elementary, 1.0 FTE, 186-day calendar. Manage students with diabetes, asthma, seizures and severe allergies; perform state-mandated screenings; train staff on emergency medications. BSN and state school nurse certificate required.",
    ),
    Spec(
        phi=False,
        category="AED pads order with SSN-shaped invoice",
        notes="Hard negative: supply invoice whose number has the 3-2-4 SSN shape; no person.",
        frm="Health Services Office <healthservices@pinecrestusd.org>",
        to="ar@schoolhealthsupply.com",
        subject="Invoice 517-38-2046 - PO attached",
        body="Hi, paying invoice 517-38-2046 (24 adult AED pad sets, 12 pediatric pad sets, 6 stock EpiPen 2-paks). District PO 26-4471 attached to our portal. Ship-to is 900 Academy Way.",
    ),
    Spec(
        phi=False,
        category="stock epinephrine standing order",
        notes="Hard negative: standing order with the district physician's NPI and DEA; it covers any student, names none.",
        frm=LEAD,
        to="pharmacy.orders@levee-roadpharmacy.com",
        subject="Standing order 2026 - stock epinephrine and albuterol",
        body=(
            "Attached below is the signed standing order for the 2026 school year.\n\n"
            "Stock epinephrine auto-injectors 0.15 mg and 0.3 mg and albuterol MDI with spacers, for use by trained "
            "staff for any student or staff member with symptoms of anaphylaxis or respiratory distress.\n\n"
            "Prescriber: Hannelore Kessler, MD, district medical consultant - NPI 1139084150 - DEA BK8929993"
        ),
    ),
    Spec(
        phi=False,
        category="chickenpox exposure notice to classroom families",
        notes="Hard negative: standard notice that a case of chickenpox occurred in a grade; the case is not identified.",
        frm=OAK,
        to="grade2-families@lists.pinecrestusd.org",
        subject="Chickenpox in 2nd grade",
        body="Dear families,\n\nA case of chickenpox (varicella) was reported in 2nd grade at Oak Hill. Watch for fever and an itchy blister-like rash through March 30. Students who are not vaccinated or immune may be excluded for 21 days if more cases occur. Pregnant family members or anyone with a weak immune system should call their doctor.\n\nNurse Tamsin Reyes",
    ),
    Spec(
        phi=False,
        category="school nurse consortium meeting invite",
        notes="Meeting invite for a regional nurse consortium; no student.",
        frm=LEAD,
        to="consortium@tricountyschoolnurses.org",
        subject="Consortium - March 25",
        body="Invite below. Parking in the back lot.",
        ics=NURSE_MTG_ICS,
    ),
    Spec(
        phi=False,
        category="youth risk behaviour survey summary",
        notes="Hard negative: de-identified district-level survey percentages on vaping, sleep and mental health; no student.",
        frm="Student Wellness Nurse <wellness@pinecrestusd.org>",
        to="coalition@pinecrestyouthhealth.org",
        subject="2025 YRBS highlights for the coalition",
        body="Highlights from the anonymous 2025 survey (grades 9-12, n=1,214): 18% vaped in the past 30 days (down from 23%); 31% felt sad or hopeless almost every day for 2+ weeks; 9% seriously considered suicide; 61% sleep under 7 hours. Results are not linked to students.",
    ),
    Spec(
        phi=False,
        category="consulting pediatrician bio for parent night",
        notes="Hard negative: bio of the district's consulting physician listing conditions she treats; no patient.",
        frm=LEAD,
        to="pta.president@oakhillpta.org",
        subject="Speaker bio - parent health night",
        body="Bio for the flyer: Hannelore Kessler, MD, is a pediatrician at Pinecrest Pediatrics and the district's medical consultant. She has cared for children with asthma, type 1 diabetes and food allergies for 20 years and will talk about 'When to keep your child home'.",
    ),
    Spec(
        phi=False,
        category="health office software upgrade notice",
        notes="IT notice about the school health record system; no student.",
        frm="PUSD Technology <helpdesk@pinecrestusd.org>",
        to="support@schoolhealthehr.com",
        subject="Upgrade window confirmation",
        body="Confirming your upgrade to version 12.4 on Saturday 3/14 from 7 am to noon. Nurses have been told not to log in. Please send the release notes and the rollback plan.",
    ),
    Spec(
        phi=False,
        category="confidentiality training quiz with fictional student",
        notes="Hard negative: training quiz using a declared fictional student and a synthetic FHIR demo record; no real person.",
        frm=LEAD,
        to="trainers@statesnassoc.org",
        subject="Our confidentiality quiz - feel free to reuse",
        body=(
            "Sharing our staff quiz. All scenarios use 'Jordan Sample', a made-up student.\n\n"
            "Q1. A coach asks why Jordan Sample (fictional) goes to the nurse daily. What can you say?\n"
            "Q2. May you discuss a student's diagnosis in the staff lounge?\n"
            "Q3. Which records are covered by FERPA rather than HIPAA?\n\nThe FHIR file is the synthetic example we use to show the health software export."
        ),
        atts=(Att("demo_observation.json", "application/fhir+json", FHIR_QR),),
    ),
    Spec(
        phi=False,
        category="general medication drop-off reply to parent",
        notes="Reply to a parent's personal mailbox on the general medication drop-off policy; no child or condition mentioned.",
        frm=HS,
        to="gmorrisette@icloud.com",
        subject="RE: medicine at school?",
        body="Hi,\n\nAll medicines, including over-the-counter ones, must come in the original container with an authorization form signed by a parent and a prescriber. An adult must drop them off at the health office; students may not carry medicine except inhalers and EpiPens with a self-carry form.\n\nHealth Services"
        + SIG,
    ),
    Spec(
        phi=False,
        category="field trip medication policy memo",
        notes="HTML-only memo to principals on field trip medication procedures; no student.",
        frm=LEAD,
        to="principals@pinecrestusd.org",
        subject="Reminder: field trip medication procedure",
        body="",
        html=(
            "<html><body><p>Principals,</p><ol><li>Request a trained delegate or nurse 2 weeks before any trip.</li>"
            "<li>Medications travel in the locked pouch with the MAR.</li><li>Emergency medications go with the student at all times.</li></ol>"
            "<p>Corinne</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="AED inventory with device serial numbers",
        notes="Hard negative: CSV of AED serial numbers, locations and inspection dates; device IDs not tied to a person.",
        frm=LEAD,
        to="facilities@pinecrestusd.org",
        cc="service@heartsafeaed.com",
        subject="AED inspection list March",
        body="March inspection list attached. Two units need new pads before April.",
        atts=(
            Att(
                "aed_inventory_0309.csv",
                "text/csv",
                "site,location,serial,pads_expire,battery\r\nOak Hill ES,front office,AED-PL-770418,2026-04-30,OK\r\n"
                "Lark Street ES,gym,AED-PL-770422,2027-01-31,OK\r\nPinecrest HS,stadium,AED-PL-770510,2026-03-31,REPLACE\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sandbox test student export to vendor",
        notes="Hard negative: CSV from the vendor's sandbox with declared TEST students and fake conditions; no real student.",
        frm="PUSD Technology <helpdesk@pinecrestusd.org>",
        to="support@schoolhealthehr.com",
        subject="Sandbox export - date format bug",
        body="Repro for ticket 55910: export from the SANDBOX tenant (test students only). Note the DOB column comes out as MM/YYYY/DD.",
        atts=(
            Att(
                "sandbox_export.csv",
                "text/csv",
                'student,dob,condition\r\n"TEST, STUDENT ONE",01/2015/01,TEST-asthma\r\n"TEST, STUDENT TWO",02/2016/02,TEST-allergy\r\n',
            ),
        ),
    ),
]
