"""Northgate School-Based Health Center (clinics inside Northgate High and Pell Middle School) (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nNorthgate School-Based Health Center\nInside Northgate High School, Room 118 | 555-0105 | fax 555-0106"

MESSAGES = [
    Spec(
        phi=True,
        category="sports physical clearance to athletic director",
        notes="Message to athletic director says a named student is NOT cleared for football due to a heart murmur pending echo.",
        frm="Nurse Practitioner Office <np@northgatesbhc.org>",
        to="athletics@northgatehs.k12.oh.us",
        subject="Clearance update",
        body=(
            "Coach Bell,\n\nDarnell Pettiford (11th) is not cleared for spring football yet. We heard a new heart murmur at his physical; "
            "cardiology echo is booked for March 26. Please keep him out of contact drills until I send clearance.\n\nAlicia Fernhill, CPNP"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="sports physical day announcement",
        notes="Announcement of free sports physical days for all students; no individual.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="families@northgatehs.k12.oh.us",
        subject="Free sports physicals April 6-8",
        body=(
            "Spring sports start soon! The health center will offer free sports physicals April 6-8 during lunch periods. "
            "Bring the signed OHSAA form and your insurance card if you have one (not required). Students without a signed consent on file need a parent signature."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to Medicaid plan",
        notes="Hard positive: X12 837P claim with a student's name, Medicaid ID, birth date and depression screening/therapy codes; body has only batch info.",
        frm="SBHC Billing <billing@northgatesbhc.org>",
        to="edi-submissions@buckeyecaremco.com",
        subject="837P batch 0316-A",
        body="Batch 0316-A attached, 1 claim. Trading partner ID NGSBHC01.",
        atts=(
            Att(
                "837P_0316A.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*NGSBHC01       *ZZ*BUCKEYECARE    *260316*1015*^*00501*000004417*0*P*:~\n"
                "GS*HC*NGSBHC01*BUCKEYECARE*20260316*1015*4417*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*85*2*NORTHGATE SCHOOL BASED HEALTH CENTER*****XX*1847362591~\n"
                "NM1*IL*1*VANTREASE*MAKAYLA****MI*OHM448201937~\nDMG*D8*20100519*F~\n"
                "CLM*NGS26031601*185***03:B:1*Y*A*Y*Y~\nHI*ABK:F32.1*ABF:Z13.31~\nSV1*HC:90834*145*UN*1***1~\nSV1*HC:96127*40*UN*1***1~\n"
                "SE*10*0001~\nGE*1*4417~\nIEA*1*000004417~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 270 test file to clearinghouse",
        notes="Hard negative: X12 270 eligibility test file with a clearly declared test subject (TESTPATIENT / ZZTEST) for connectivity certification.",
        frm="SBHC Billing <billing@northgatesbhc.org>",
        to="certification@pinnacleclearinghouse.com",
        subject="270 certification test file (test data only)",
        body="Attached is our 270 test transaction for certification. Subscriber is the clearinghouse's published dummy member (ZZTEST), not a real person.",
        atts=(
            Att(
                "270_cert_test.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*NGSBHC01       *ZZ*PINNACLECH     *260313*0930*^*00501*000000901*0*T*:~\n"
                "GS*HS*NGSBHC01*PINNACLECH*20260313*0930*901*X*005010X279A1~\nST*270*0001*005010X279A1~\n"
                "NM1*IL*1*TESTPATIENT*ZZTEST****MI*ZZTEST0000001~\nEQ*30~\nSE*5*0001~\nGE*1*901~\nIEA*1*000000901~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parent notification of positive STI test",
        notes="Hard positive: very short note to a parent's gmail asking to call about 'Jayla's results from Tuesday' with mention of antibiotic; relationship plus result.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="monique.harrell.tx@gmail.com",
        subject="Jayla",
        body="Ms. Harrell, Jayla asked me to let you know her results from Tuesday came back and she'll need the antibiotic we talked about. She's fine. Please call me at 555-0105 before 3. - Alicia",
    ),
    Spec(
        phi=False,
        category="vaccine clinic flyer HTML",
        notes="HTML-only flu and HPV vaccine clinic flyer to all families; no individual.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="families@pellmiddle.k12.oh.us",
        subject="Vaccine catch-up clinic at Pell - March 25",
        body="",
        html=(
            "<html><body><h2>Vaccine catch-up day</h2><p>Tdap, MenACWY, HPV and flu vaccines for 6th-8th graders, Wednesday March 25, "
            "in the Pell Middle School gym. No cost. Return the consent form by March 20.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 VXU immunization report to state registry",
        notes="Hard positive: the student's name, DOB, address and HPV vaccination appear only in the HL7 VXU attachment.",
        frm="SBHC Immunizations <immunizations@northgatesbhc.org>",
        to="impact-submissions@odh.ohio.gov",
        subject="VXU resend - rejected message 3/12",
        body="Resending the one message that rejected on 3/12 (missing RXA-11). Corrected file attached.",
        atts=(
            Att(
                "vxu_resend.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|NGSBHC|NORTHGATE|IMPACTSIIS|ODH|202603131102||VXU^V04^VXU_V04|NG2603131102|P|2.5.1\r"
                "PID|1||S-220871^^^NGSBHC^MR||OSEI^KWAME^A||20130227|M|||1402 Tamarack Dr^^Fenwick^OH^43015\r"
                "RXA|0|1|20260312|20260312|165^HPV9^CVX|0.5|mL||00^New^NIP001||||||W82041||MSD^Merck^MVX|||CP|A\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly aggregate utilization report to school district",
        notes="Hard negative: multi-sheet XLSX of visit counts by reason and grade (including mental health and reproductive health) with no student-level data.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="superintendent@fenwickcityschools.org",
        subject="February utilization report",
        body="Dr. Lomax, February numbers attached. Behavioral health visits are 31% of all visits, up from 24% in the fall; we'd like to discuss adding a second counselor.",
        atts=(
            Att(
                "SBHC_util_Feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits by reason": [
                            ["Reason", "Visits"],
                            ["Behavioral health", 142],
                            ["Acute illness", 118],
                            ["Reproductive health", 46],
                            ["Asthma", 29],
                            ["Sports physical", 12],
                        ],
                        "Visits by grade": [
                            ["Grade", "Visits"],
                            [9, 121],
                            [10, 103],
                            [11, 92],
                            [12, 66],
                            ["Pell 6-8", 74],
                        ],
                        "Notes": [
                            ["Note"],
                            ["Counts under 5 are suppressed."],
                            ["Source: EHR visit table, 2026-03-02."],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="asthma action plan PDF to school nurse",
        notes="PDF asthma action plan with student name, DOB, medications and peak flow zones sent to district nurse.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="district.nurse@fenwickcityschools.org",
        subject="Updated action plan for your file",
        body="Updated plan attached after this week's visit; inhaler dose changed. Parent signed."
        + SIG,
        atts=(
            Att(
                "asthma_action_plan.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE SCHOOL-BASED HEALTH CENTER - ASTHMA ACTION PLAN",
                        "Student: Benedikt Halvorsen   DOB 04/07/2012   Grade 8, Pell Middle",
                        "Diagnosis: Moderate persistent asthma",
                        "GREEN: Flovent HFA 110 mcg 2 puffs twice daily",
                        "YELLOW (peak flow 200-280): albuterol 4 puffs every 4 hours, call parent",
                        "RED (<200): albuterol 6 puffs, call 911",
                        "Prescriber: Alicia Fernhill, CPNP, NPI: 1520938477",
                    ],
                    "Asthma action plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="consent form template revision",
        notes="Hard negative: DOCX consent form template with blank fields for student name, DOB and Medicaid ID; no real student.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="forms@fenwickcityschools.org",
        subject="Revised SBHC consent form for 2026-27 enrollment packet",
        body="Please swap this version into the enrollment packet. Changes: added telehealth consent and the minor-consent notice for confidential services under Ohio law.",
        atts=(
            Att(
                "SBHC_consent_2026-27.docx",
                DOCX,
                docx(
                    [
                        "NORTHGATE SCHOOL-BASED HEALTH CENTER - PARENT/GUARDIAN CONSENT",
                        "Student name: ______________________  Date of birth: ____/____/______",
                        "Insurance / Medicaid ID: ______________________",
                        "I consent to: [ ] physical exams [ ] immunizations [ ] behavioral health counseling [ ] telehealth",
                        "Notice: Ohio law lets minors consent to some services (e.g., STI testing) without a parent.",
                        "Parent/guardian signature: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="counselor note to teacher about student's anxiety accommodation",
        notes="Hard positive: counselor email to a teacher by first name and class period says the student has panic attacks and a counseling plan.",
        frm='"Omar Belhadj, LPCC" <obelhadj@northgatesbhc.org>',
        to="s.marchetti@northgatehs.k12.oh.us",
        subject="3rd period - Leah",
        body=(
            "Hi Sofia,\n\nLeah W. in your 3rd period chemistry has been seeing me for panic attacks since January. With her OK, can she "
            "step out to my office when she feels one coming on, no questions asked? She'll show you a yellow pass. "
            "We're also working on a 504 meeting with her mom.\n\nThanks, Omar"
        ),
    ),
    Spec(
        phi=False,
        category="mental health awareness week teacher resources",
        notes="Generic teacher resources for recognizing student distress; no student named.",
        frm='"Omar Belhadj, LPCC" <obelhadj@northgatesbhc.org>',
        to="staff@northgatehs.k12.oh.us",
        subject="Mental Health Awareness Week - classroom resources",
        body=(
            "Staff,\n\nFor next week: 5-minute lesson plans on stress, sleep and asking for help are in the shared drive. Signs a student may need "
            "support: sudden grade drop, withdrawal, talk of hopelessness, self-harm marks. Walk the student to us or call 555-0105. "
            "Crisis line for students: 988."
        ),
    ),
    Spec(
        phi=True,
        category="FHIR immunization record to pediatric practice",
        notes="Hard positive: FHIR Immunization resource sent to a pediatric office with student's name and vaccine; body says only 'as requested'.",
        frm="SBHC Immunizations <immunizations@northgatesbhc.org>",
        to="records@lakeviewpediatrics.com",
        subject="As requested",
        body="As requested by your office on Friday.",
        atts=(
            Att(
                "immunization.json",
                "application/fhir+json",
                '{"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "MenACWY (Menveo)"}, '
                '"patient": {"display": "Yesenia Galarza, DOB 2009-12-03"}, "occurrenceDateTime": "2026-03-11", '
                '"performer": [{"actor": {"display": "Northgate School-Based Health Center"}}], "lotNumber": "MV72831"}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR test bundle for EHR vendor",
        notes="Hard negative: FHIR Patient sample with a declared synthetic patient ('Test, Synthea') for a vendor interface test.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="support@schoolchartehr.com",
        subject="Ticket 88213 - sample payload (synthetic)",
        body="Here is the synthetic payload that reproduces the error. It's a Synthea-generated test patient, not a student.",
        atts=(
            Att(
                "synthetic_patient.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "synthetic-001", "meta": {"tag": [{"code": "SYNTHETIC-TEST-DATA"}]}, '
                '"name": [{"family": "Test", "given": ["Synthea"]}], "birthDate": "2010-01-01"}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to mother about contraception visit confidentiality",
        notes="Reply to a mother's personal mailbox confirms her daughter had a visit and names a birth control method; PHI even though it is a privacy dispute.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="pamela.steuben@aol.com",
        subject="RE: What did you give my daughter?",
        body=(
            "Dear Mrs. Steuben,\n\nI understand your concern. I can confirm Hannah was seen on March 10 and that the Depo-Provera injection was "
            "discussed, but under Ohio minor-consent rules I need Hannah's permission before sharing more. I'd welcome a meeting with both of you.\n\n"
            "Ruth Abernathy" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="reply to parent with general hours to personal mailbox",
        notes="Reply to a parent's gmail with general hours and how to enroll; no student health information.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="dwayne.kettering@gmail.com",
        subject="RE: How do I sign up?",
        body="Hi Mr. Kettering,\n\nThanks for asking! Any Northgate or Pell student can enroll. Fill out the consent form in the front office or at northgatesbhc.org/enroll. Hours: Mon-Fri 7:30-3:30, closed school holidays."
        + SIG,
    ),
    Spec(
        phi=True,
        category="lab requisition csv to reference lab",
        notes="Hard positive: body says only '3 specimens'; the CSV names students with DOBs and STI/pregnancy tests.",
        frm="SBHC Lab Desk <lab@northgatesbhc.org>",
        to="pickup@meridianclinicallabs.com",
        subject="Pickup manifest Mon 3/16",
        body="Manifest for today's pickup attached. 3 specimens in the lockbox.",
        atts=(
            Att(
                "manifest_0316.csv",
                "text/csv",
                "specimen,student,dob,test\nNG-4401,Tyreek Coles,2008-06-14,CT/NG NAAT urine\nNG-4402,Alondra Sifuentes,2009-02-02,urine hCG\nNG-4403,Mason Breckenridge,2010-10-21,UA with reflex culture\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="specimen lockbox maintenance note",
        notes="Facilities note about the lab lockbox and refrigerator temperature log; no student.",
        frm="SBHC Lab Desk <lab@northgatesbhc.org>",
        to="facilities@fenwickcityschools.org",
        subject="Fridge in Room 118 running warm",
        body="The specimen refrigerator in Room 118 logged 9.4 C overnight (range 2-8). Can someone check the compressor today? We've moved everything to the backup unit.",
    ),
    Spec(
        phi=True,
        category="counseling session reminder to student's personal email",
        notes="Reminder to a student's gmail about her grief counseling session after her father's death.",
        frm='"Omar Belhadj, LPCC" <obelhadj@northgatesbhc.org>',
        to="zoe.lindgren08@gmail.com",
        subject="Thursday",
        body="Hi Zoe, just a reminder we're meeting Thursday 6th period for our grief session. We'll keep working on the letter to your dad if you want. - Mr. B",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NorthgateSBHC//Counseling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bh-lindgren-20260319@northgatesbhc.org\r\nDTSTAMP:20260316T130000Z\r\nDTSTART:20260319T173000Z\r\nDTEND:20260319T182000Z\r\n"
            "SUMMARY:Counseling - Zoe L.\r\nLOCATION:SBHC Room 118B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="advisory board meeting invite",
        notes="Calendar invite to community advisory board; no students.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="advisory-board@northgatesbhc.org",
        subject="Advisory board - April meeting",
        body="Agenda: budget renewal, youth advisory council report, summer hours.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NorthgateSBHC//Admin//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:cab-20260409@northgatesbhc.org\r\nDTSTAMP:20260316T130000Z\r\nDTSTART:20260409T223000Z\r\nDTEND:20260410T000000Z\r\n"
            "SUMMARY:SBHC Community Advisory Board\r\nLOCATION:Northgate HS Library\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="eligibility spreadsheet to Medicaid outreach",
        notes="Hard positive: multi-sheet XLSX to the plan's outreach team with SBHC patients' names, Medicaid IDs, DOBs and visit dates; no diagnosis column.",
        frm="SBHC Billing <billing@northgatesbhc.org>",
        to="outreach@buckeyecaremco.com",
        subject="Members needing redetermination",
        body="Our patients below show Medicaid terminating 3/31. Can your outreach team help families redetermine? Second tab = visit dates this year.",
        atts=(
            Att(
                "redetermination.xlsx",
                XLSX,
                xlsx(
                    {
                        "Members": [
                            ["Name", "Medicaid ID", "DOB"],
                            ["Kwame Osei", "OHM551209381", "2013-02-27"],
                            ["Lucero Pineda", "OHM207743118", "2011-07-09"],
                        ],
                        "Visits": [
                            ["Name", "Visit dates"],
                            ["Kwame Osei", "1/14, 3/12"],
                            ["Lucero Pineda", "2/3, 2/24, 3/10"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant report narrative with aggregate outcomes",
        notes="Hard negative: foundation grant report with aggregate depression screening and follow-up rates.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="programs@fenwickcommunityfoundation.org",
        subject="Mid-year report - Grant 2025-118",
        body=(
            "Dear Ms. Orr,\n\nMid-year highlights: 612 students screened with PHQ-A; 97 (15.8%) screened positive; 88 of those (91%) had a counseling "
            "visit within 14 days. Two students were connected to inpatient care after crisis assessments. Full narrative attached.\n\nRuth"
        ),
        atts=(
            Att(
                "midyear_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE SCHOOL-BASED HEALTH CENTER",
                        "Mid-Year Report to Fenwick Community Foundation",
                        "PHQ-A screens: 612 | Positive: 97 | Follow-up within 14 days: 88 (91%)",
                        "All figures aggregate; cells under 5 suppressed.",
                    ],
                    "Mid-year report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded teacher concern with counselor reply to parent",
        notes="Forward to a parent's hotmail of a teacher's concern about a student's self-harm marks plus counselor's assessment.",
        frm='"Omar Belhadj, LPCC" <obelhadj@northgatesbhc.org>',
        to="gloria.abernethy-ruiz@hotmail.com",
        subject="FW: concern about Diego",
        body=(
            "Mrs. Abernethy-Ruiz,\n\nAs we discussed by phone, forwarding the teacher's note. I met with Diego today; he has superficial cuts on his forearm, "
            "denies suicidal intent, and agreed to a safety plan. I'd like to see him twice a week and refer him to Riverbend for family therapy.\n\nOmar Belhadj, LPCC"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Ms. Tran <k.tran@northgatehs.k12.oh.us>",
            to="obelhadj@northgatesbhc.org",
            subject="Diego R. - 5th period",
            body="Omar, I noticed cuts on Diego Ruiz's arm when he pushed up his sleeves in 5th period. He seemed embarrassed. Can you see him today?",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded district lockdown drill notice",
        notes="Forward of district lockdown drill schedule to SBHC staff's list; no health info.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="staff@northgatesbhc.org",
        subject="FW: Lockdown drill Thursday",
        body="FYI - during the drill, lock Room 118, lights off, no patients released. Put the med cart in the back room.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Safety Office <safety@fenwickcityschools.org>",
            to="allstaff@northgatehs.k12.oh.us",
            subject="Lockdown drill Thursday",
            body="A lockdown drill will take place Thursday during 2nd period. Follow standard procedures.",
        ),
    ),
    Spec(
        phi=True,
        category="photo of rash sent to dermatology",
        notes="Hard positive: PNG photo whose file name carries the student's name and suspected ringworm, sent to a teledermatology service.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="consults@teledermohio.com",
        subject="E-consult photo",
        body="Photo for e-consult 26-0931 attached. 14 yo, 2 wk history, tried clotrimazole x10 days. Thanks.",
        atts=(Att("Tariq_Bassam_scalp_tinea_0316.png", "image/png", png(8, 8, (190, 120, 100))),),
    ),
    Spec(
        phi=False,
        category="clinic logo file for signage vendor",
        notes="Logo PNG for a sign vendor; no person.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="proofs@fenwicksignworks.com",
        subject="Logo for hallway sign",
        body="Logo attached (PNG). Sign text: 'Health Center - Room 118 - All students welcome'. Navy on white please.",
        atts=(Att("sbhc_logo.png", "image/png", png(10, 4, (20, 40, 120))),),
    ),
    Spec(
        phi=True,
        category="zip of medication authorization forms to school",
        notes="Zip of signed medication authorization forms for named students (ADHD and seizure medications) sent to the school office.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="frontoffice@pellmiddle.k12.oh.us",
        subject="Med authorization forms (3)",
        body="Attached are the three signed medication authorization forms for the nurse's office binder.",
        atts=(
            Att(
                "med_auth_forms.zip",
                "application/zip",
                zipped(
                    {
                        "Alvarez_Nico_medauth.txt": "Student: Nico Alvarez, grade 7. Medication: methylphenidate ER 18 mg at 11:30 daily. Dx: ADHD combined type.",
                        "Whitcombe_Ella_medauth.txt": "Student: Ella Whitcombe, grade 6. Medication: Nayzilam (midazolam nasal) 5 mg for seizure >5 min. Dx: epilepsy.",
                        "Boateng_Kofi_medauth.txt": "Student: Kofi Boateng, grade 8. Medication: EpiPen 0.3 mg. Dx: peanut allergy with anaphylaxis 2024.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of blank school health forms",
        notes="Hard negative: zip of blank forms (medication authorization, allergy plan, seizure plan) with field labels only.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="frontoffice@pellmiddle.k12.oh.us",
        subject="Blank forms for next year",
        body="Blank forms for your counter, 2026-27 versions.",
        atts=(
            Att(
                "blank_forms_2026-27.zip",
                "application/zip",
                zipped(
                    {
                        "medication_authorization.txt": "Student name: ____ Grade: ____ Medication: ____ Dose: ____ Time: ____ Diagnosis: ____ Prescriber signature: ____",
                        "allergy_plan.txt": "Student: ____ Allergen: ____ Epinephrine dose: ____ Emergency contact: ____",
                        "seizure_plan.txt": "Student: ____ Seizure type: ____ Rescue medication: ____ Call 911 if: ____",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text file visit note to student's primary care",
        notes="Plain-text visit note of a student's concussion evaluation sent to his primary care office.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="nurse@lakeviewpediatrics.com",
        subject="Visit note for your records",
        body="Visit note attached for your patient; parent requested it go to you.",
        atts=(
            Att(
                "visit_note_0313.txt",
                "text/plain",
                "NORTHGATE SBHC VISIT NOTE 03/13/2026\nPatient: Gavin Sorensen  DOB 2009-09-01  SBHC ID S-219934\nCC: head hit in basketball practice 3/12, headache, light sensitivity\n"
                "Exam: SCAT5 symptom score 22; no focal deficits.\nA/P: concussion (S06.0X0A). Cognitive rest, no sports, return-to-learn plan. Recheck 3/20.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="text file export of supply inventory",
        notes="Plain-text supply inventory export (vaccine doses, test kits) with lot numbers; no patient.",
        frm="SBHC Lab Desk <lab@northgatesbhc.org>",
        to="purchasing@fenwickcityschools.org",
        subject="Month-end inventory",
        body="Month-end inventory attached. Please reorder strep kits and urine cups.",
        atts=(
            Att(
                "inventory_feb.txt",
                "text/plain",
                "ITEM\tLOT\tQTY\tEXP\nRapid strep kits\tRS2291\t14\t2026-09\nUrine hCG cassettes\tHC8812\t40\t2027-01\nHPV9 vaccine\tW82041\t22\t2026-11\nAlbuterol HFA (stock)\tAB1290\t6\t2026-08\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only portal message with student name and result",
        notes="HTML-only patient portal message to a student's personal mailbox naming her negative pregnancy test.",
        frm="Northgate SBHC Portal <portal@northgatesbhc.org>",
        to="brianna.cole2009@icloud.com",
        subject="A message from your health center",
        body="",
        html="<html><body><p>Hi Brianna,</p><p>Your urine pregnancy test from Friday 3/13 was <b>negative</b>. Come see us if you want to talk about birth control options.</p><p>- Northgate SBHC</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only newsletter on vaping",
        notes="HTML-only health newsletter about vaping for parents; no student identified.",
        frm="Northgate SBHC <info@northgatesbhc.org>",
        to="families@northgatehs.k12.oh.us",
        subject="Parents: what you should know about vapes",
        body="",
        html="<html><body><h2>Vapes and teens</h2><p>1 in 4 Ohio high schoolers has tried vaping. Nicotine changes the developing brain. Our health center offers free, confidential quit help for students.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="abbreviation-heavy handoff to covering NP",
        notes="Hard positive: abbreviation-heavy handoff to a covering NP's personal email with initials, grade and medication plan for students.",
        frm='"Alicia Fernhill, CPNP" <afernhill@northgatesbhc.org>',
        to="jen.okafor.np@gmail.com",
        subject="coverage Fri",
        body=(
            "Thanks for covering Fri!\n- DP (11th, football) - murmur, echo 3/26, NOT cleared\n- JH 10th - +CT, rx'd doxy 100 BID x7d, EPT for partner pending\n"
            "- Gavin S - concussion recheck, SCAT5\n- BH 8th Pell - new Flovent, check technique\nCodes for the cabinet in the blue folder. -A"
        ),
    ),
    Spec(
        phi=False,
        category="staff TB screening reminder",
        notes="Hard negative: staff reminder about annual TB screening and a staff flu vaccine rate; no individual health info.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="staff@northgatesbhc.org",
        subject="Annual TB screening due by 3/31",
        body="Team, annual TB screening (QuantiFERON or symptom questionnaire) is due by March 31. Staff flu vaccination rate is 94% this season - thank you! Upload results to the HR portal, not to me.",
    ),
    Spec(
        phi=False,
        category="billing vendor BAA renewal",
        notes="Business associate agreement renewal with a billing vendor; no patient data.",
        frm='"Ruth Abernathy, SBHC Director" <rabernathy@northgatesbhc.org>',
        to="contracts@keystonemedicalbilling.com",
        subject="BAA renewal - signed copy",
        body="Attached is our countersigned BAA for 2026-2028. Please note the new breach-notification window (within 5 business days).",
        atts=(
            Att(
                "BAA_Keystone_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT",
                        "Between Northgate School-Based Health Center and Keystone Medical Billing LLC",
                        "Term: April 1, 2026 - March 31, 2028",
                        "Signed: Ruth Abernathy, Director",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="teen peer educator training slides mentioning STIs",
        notes="Hard negative: peer educator curriculum on chlamydia and HIV testing; health topics only, no individual.",
        frm='"Omar Belhadj, LPCC" <obelhadj@northgatesbhc.org>',
        to="peer-educators@northgatehs.k12.oh.us",
        subject="Session 4 slides: STIs and testing",
        body=(
            "Peer educators,\n\nSession 4 covers chlamydia, gonorrhea, HIV and how testing works at the health center (urine test, results in 2-3 days, confidential). "
            "Practice the role-play in pairs. Reminder: never share anything a classmate tells you about their own health.\n\nMr. B"
        ),
        atts=(
            Att(
                "session4_notes.docx",
                DOCX,
                docx(
                    [
                        "Peer Educator Session 4: STIs and Testing",
                        "Chlamydia is the most common STI among teens and often has no symptoms.",
                        "Testing at the SBHC is confidential for students 12 and older.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="eligibility inquiry email with member ID and visit",
        notes="Hard positive: terse eligibility question to a plan listing a Medicaid member number and a dental sealant visit date, no name.",
        frm="SBHC Billing <billing@northgatesbhc.org>",
        to="providerservices@buckeyecaremco.com",
        subject="Eligibility question",
        body="Member ID OHM330918274, DOS 03/09/2026, D1351 sealants x4 denied as 'member not eligible'. Portal shows active. Please advise. Ref 26-0309-17.",
    ),
]
