"""Outbound mail of Sunward Adult Day Health Center (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSunward Adult Day Health Center\n57 Mercer Avenue, Fairhaven, OH 44839 | (419) 555-0150\nwww.sunwardadultday.org"

HL7_VITALS = "\r".join(
    [
        "MSH|^~\\&|SUNWARD_EHR|SUNWARD|PCP_INBOX|FAIRHAVENIM|202611181530||ORU^R01|SW18811|P|2.5.1",
        "PID|1||SW-10442^^^SUNWARD^MR||BANKS^THEODORE^L||19440817|M|||19 Greeley St^^Fairhaven^OH^44839",
        "OBR|1||SW-V-1118|VITALS^Adult day vitals|||202611181000",
        "OBX|1|NM|29463-7^Body weight^LN||98.4|kg|||||F",
        "OBX|2|NM|29463-7^Body weight 1 wk prior^LN||95.1|kg|||||F",
        "OBX|3|ST|8480-6^BP^LN||164/92|mm[Hg]|||||F",
        "NTE|1||Weight up 3.3 kg in 7 days; bilateral ankle edema 2+. Renal diet.",
        "",
    ]
)

FHIR_DEMO = json.dumps(
    {
        "resourceType": "Patient",
        "id": "demo-001",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "name": [{"family": "Testperson", "given": ["Alpha"], "text": "DEMO - NOT A REAL PERSON"}],
        "gender": "unknown",
        "birthDate": "1900-01-01",
    },
    indent=1,
)

X12_837P = (
    "ISA*00*          *00*          *ZZ*SUNWARDADH     *ZZ*CARESOURCEOH   *261120*1110*^*00501*000000877*0*P*:~"
    "GS*HC*SUNWARDADH*CARESOURCEOH*20261120*1110*877*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*SW877*20261120*1110*CH~NM1*85*2*SUNWARD ADULT DAY HEALTH*****XX*1264509831~"
    "HL*2*1*22*0~SBR*P*18*******MC~NM1*IL*1*DELGADO*ROSA****MI*108877301244~DMG*D8*19470402*F~"
    "CLM*SW2611-0412*742.50***99:B:1*Y*A*Y*Y~HI*ABK:F0390~"
    "LX*1~SV1*HC:S5102*742.50*UN*11~DTP*472*RD8*20261102-20261117~"
    "SE*12*0001~GE*1*877~IEA*1*000000877~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="waiver attendance workbook to case manager",
        notes="Multi-sheet attendance workbook listing named waiver participants, days attended and absences for hospitalisation.",
        frm="Enrollment <enrollment@sunwardadultday.org>",
        to="cm-team4@areaagencyonaging7.org",
        subject="PASSPORT attendance - November 1-15",
        body="Attached is the mid-month attendance for your caseload. Note Mr. Banks missed 11/9-11/11 (hospital).\n\nYvette Sallis, Enrollment Coordinator"
        + SIG,
        atts=(
            Att(
                "sunward_attendance_nov1-15.xlsx",
                XLSX,
                xlsx(
                    {
                        "Attendance": [
                            [
                                "Participant",
                                "Medicaid ID",
                                "Authorized days",
                                "Attended",
                                "Absent reason",
                            ],
                            ["Banks, Theodore", "108833104572", 10, 7, "hospitalized 11/9-11/11"],
                            ["Delgado, Rosa", "108877301244", 11, 11, ""],
                            ["Finch, Ulysses", "108860027719", 6, 4, "dialysis schedule change"],
                        ],
                        "Units": [
                            ["Participant", "S5102 units"],
                            ["Banks, Theodore", 7],
                            ["Delgado, Rosa", 11],
                            ["Finch, Ulysses", 4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hypoglycemia incident report to wife",
        notes="Incident notification to a participant's wife's gmail describing a low blood sugar event and treatment at the centre.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="marjorie.finch52@gmail.com",
        subject="Incident today - Ulysses",
        body="Dear Mrs. Finch,\n\nAt 11:20 today Ulysses became sweaty and confused before lunch. His fingerstick was 54. We gave him 4 oz juice and crackers; recheck at 11:35 was 102 and he was back to himself. He ate all of his lunch. He told us he took his morning insulin but skipped breakfast. Please let Dr. Pham know; a copy of the incident report goes to his chart.\n\nBeatriz Olmos, RN"
        + SIG,
    ),
    Spec(
        phi=True,
        category="transportation pickup list CSV with mobility and oxygen needs",
        notes="Ride list to the transport vendor with participants' names, home addresses, wheelchair and oxygen needs.",
        frm="Transportation <transport@sunwardadultday.org>",
        to="dispatch@valleyparatransit.com",
        subject="Route B manifest - week of 11/23",
        body="Route B manifest attached. New rider Tuesday. Please make sure the lift van goes on B.\n\nDarnell"
        + SIG,
        atts=(
            Att(
                "routeB_1123.csv",
                "text/csv",
                "pickup,name,address,phone,mobility,notes\n"
                "07:40,Rosa Delgado,812 Pine St,(419) 555-0171,walker,memory loss - walk to door\n"
                "07:55,Theodore Banks,19 Greeley St,(419) 555-0172,wheelchair,portable O2 2L\n"
                "08:10,Hector Benavides,2240 Ridge Rd,(419) 555-0173,ambulatory,seizure plan in bag\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daily note to daughter with first name and refusals",
        notes="Hard positive: chatty note to a daughter (first name, personal mailbox) about 'your dad' refusing insulin and eating half his lunch; another participant is named in passing.",
        frm="Program Aide <activities@sunwardadultday.org>",
        to="kbanks.rn@yahoo.com",
        subject="Today at Sunward",
        body="Hi Kim! Your dad had a good morning - he sang along in music group and beat Walt at dominoes. He only ate about half his lunch though and he refused his noon insulin again, said he'd take it at home. Nurse Bea wanted you to know. See you at 3:30!\n-Tasha",
    ),
    Spec(
        phi=True,
        category="individual care plan PDF to primary care physician",
        notes="Care plan PDF naming the participant with diagnoses, medications given at the centre and goals.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="records@fairhaveninternalmed.com",
        subject="Sunward care plan - annual update",
        body="Dr. Pham,\n\nAttached is the annual individual plan of care for your patient who attends Sunward 5 days a week. Please review the medication section and sign page 1.\n\nBeatriz Olmos, RN"
        + SIG,
        atts=(
            Att(
                "IPC_Delgado_R_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUNWARD ADULT DAY HEALTH CENTER - INDIVIDUAL PLAN OF CARE",
                        "Participant: Rosa Delgado    DOB 04/02/1947    Attends M-F",
                        "Diagnoses: F03.90 dementia, unspecified; M81.0 osteoporosis; H40.9 glaucoma",
                        "Meds given at center: donepezil 10 mg noon; latanoprost per family at home",
                        "Goals: maintain MMSE >= 18; zero falls; attend 3 group activities daily",
                        "Physician: Linh Pham MD  NPI: 1908372547",
                    ],
                    "Individual plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="controlled medication refill request with prescriber DEA",
        notes="Refill request to pharmacy naming the participant and clonazepam, with the prescriber's DEA number.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="rx@mercerstreetpharmacy.com",
        subject="Refill for center supply - Benavides",
        body="Hello,\n\nPlease fill the center supply for Hector Benavides (DOB 9/14/1958): levetiracetam 500 mg BID (noon dose here) and clonazepam 0.5 mg rescue, 5 tabs. Prescriber Dr. Anand Kulkarni, neurology, DEA FM3829148. We'll pick up Thursday.\n\nBeatriz Olmos, RN"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML welcome letter to new participant",
        notes="HTML-only welcome letter to a new participant's family confirming enrolment, start date and nursing assessment.",
        frm="Enrollment <enrollment@sunwardadultday.org>",
        to="alvarez.family.home@outlook.com",
        subject="Welcome to Sunward, Mr. Alvarez",
        body="",
        html="<html><body><p>Dear Mr. Ignacio Alvarez and family,</p><p>Welcome! Your enrollment in the Sunward Adult Day Health program is approved under your PASSPORT waiver. Your first day is <b>Monday, November 30</b>.</p><p>On your first day our nurse will complete your health assessment, review your Parkinson's medications and take a weight and blood pressure. Please bring all medication bottles and your walker.</p><p>Warmly,<br>Yvette Sallis, Enrollment Coordinator</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="X12 837P adult day claim to Medicaid MCO",
        notes="Hard positive: one-line body; the 837P carries the participant's name, DOB, Medicaid ID and dementia code.",
        frm="Billing <billing@sunwardadultday.org>",
        to="edi@caresourceohmco.com",
        subject="837P test-to-prod first live file",
        body="First live file after certification, attached. Please confirm 999 acceptance.\n\nBilling"
        + SIG,
        atts=(Att("SW_837P_877.x12", "application/edi-x12", X12_837P),),
    ),
    Spec(
        phi=True,
        category="housing application support letter DOCX",
        notes="Letter to the housing authority stating a participant's dementia and daily program attendance to support an application.",
        frm="Social Services <socialwork@sunwardadultday.org>",
        to="applications@fairhavenhousing.org",
        subject="Support letter - application 26-3318",
        body="Please find attached a letter supporting the accessible unit application 26-3318.\n\nAdaeze Nwosu, LSW"
        + SIG,
        atts=(
            Att(
                "support_letter_Benavides.docx",
                DOCX,
                docx(
                    [
                        "Sunward Adult Day Health Center",
                        "To: Fairhaven Metropolitan Housing Authority",
                        "Re: Hector Benavides, application 26-3318",
                        "Mr. Benavides has attended our program since 2024. He has a seizure disorder and early-onset dementia and cannot safely manage stairs.",
                        "A ground-floor accessible unit near our transport route would allow him to continue living with his sister.",
                        "Adaeze Nwosu, LSW, Social Services",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 vitals result to PCP inbox",
        notes="Hard positive: body only says 'weight alert'; the HL7 ORU names the participant with weight gain, edema and BP.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="hl7-inbound@fairhaveninternalmed.com",
        subject="weight alert",
        body="Weight alert per CHF protocol, ORU attached. Family notified.\n-BO RN",
        atts=(Att("ORU_SW18811.hl7", "application/hl7-v2", HL7_VITALS),),
    ),
    Spec(
        phi=True,
        category="special diet list to caterer",
        notes="Hard positive: caterer list naming participants next to renal, diabetic and pureed diets and a peanut allergy.",
        frm="Dietary <dietary@sunwardadultday.org>",
        to="orders@goldenplatecatering.com",
        subject="special diets update",
        body="Updated special diet list for December:\n\nBanks T. - renal, 1500 mL fluid limit\nDelgado R. - pureed, nectar-thick\nFinch U. - consistent carb (diabetic)\nAlvarez I. - regular, NO peanuts (anaphylaxis)\nEveryone else regular.\n\nThanks, Lorraine"
        + SIG,
    ),
    Spec(
        phi=True,
        category="birthday photo named after participant to family",
        notes="Hard positive: photo file named with participant's name and 'memory care group' sent to her grandson; attendance at a dementia programme is health information.",
        frm="Activities <activities@sunwardadultday.org>",
        to="devon.whitcomb@gmail.com",
        subject="Happy 91st!",
        body="Devon, here's the picture from your grandma's party today - she loved the cake and the harmonica song!",
        atts=(
            Att(
                "Gladys_Whitcomb_91st_memorycare_group.png", "image/png", png(8, 6, (240, 200, 90))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fall notice to home health nurse",
        notes="Participant's first name, last initial and a fall at the centre in the subject, sent to his home health agency nurse.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="kfrost@brightpathhomehealth.com",
        subject="Hector B. - fall 11/17 - no injury",
        body="Kayla - FYI he had an unwitnessed fall in the restroom at 13:10, found sitting, no LOC, no injury, neuro checks normal x4. He says he got dizzy standing up. Might be worth orthostatics at your next visit.\n\nBea Olmos RN",
    ),
    Spec(
        phi=True,
        category="letter to daughter's employer about seizure pickup",
        notes="Hard positive: letter to an employer explaining a daughter had to leave work because her mother had a seizure at the centre.",
        frm="Social Services <socialwork@sunwardadultday.org>",
        to="hr@tri-statebankcorp.com",
        subject="Ms. Leticia Moreno - early departure 11/16",
        body="To whom it may concern,\n\nAt Ms. Leticia Moreno's request, we confirm that on November 16 we called her to pick up her mother, Graciela Moreno, a participant at our center, after her mother had a seizure here at 1:45 pm. Ms. Moreno arrived at 2:30 pm. Our policy requires a family member to take a participant home after any seizure.\n\nAdaeze Nwosu, LSW"
        + SIG,
    ),
    Spec(
        phi=True,
        category="progress notes zip to MCO auditor",
        notes="Zip of monthly nursing progress notes for named participants sent for a managed care audit.",
        frm="Compliance <compliance@sunwardadultday.org>",
        to="audit@caresourceohmco.com",
        subject="Audit request #A-2611-07 - documentation",
        body="Documentation for the 3 sampled members is attached as one zip, as requested in your letter dated 11/9.\n\nPaulette Grimes, Director"
        + SIG,
        atts=(
            Att(
                "A-2611-07_sunward.zip",
                "application/zip",
                zipped(
                    {
                        "Delgado_Rosa_Oct.txt": "10/06 RN: alert, oriented x1, ate 80%. Donepezil given 12:00. Wandered to exit door x2.\n",
                        "Banks_Theodore_Oct.txt": "10/14 RN: wt 95.0 kg, BP 150/88, renal diet tolerated. Refused insulin at noon.\n",
                        "Finch_Ulysses_Oct.txt": "10/21 RN: FSBS 212 pre-lunch, covered per sliding scale.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="TB screening result to participant's wife",
        notes="Hard positive: reply to a wife's personal mailbox with her husband's first name and negative TB skin test clearing him to start.",
        frm="Enrollment <enrollment@sunwardadultday.org>",
        to="ruth.abernathy@comcast.net",
        subject="RE: start date",
        body="Hi Ruth,\n\nGood news - Walter's PPD was read today and it's negative (0 mm), so he's cleared to start Monday. Transport will pick him up around 8:05.\n\nYvette\n\n> Did his TB test come back? He's anxious about starting.",
    ),
    Spec(
        phi=True,
        category="care plan review meeting invite naming participant",
        notes="Calendar invite to the son's gmail naming his mother Rosa Delgado with dementia and wandering in the event summary.",
        frm="Social Services <socialwork@sunwardadultday.org>",
        to="m.delgado.ortiz@gmail.com",
        subject="Care plan review for your mother",
        body="Hi Miguel, here's the invite for Rosa's 6-month care plan review. We'd like to talk about her increased wandering and whether the memory care group is a better fit.\n\nAdaeze"
        + SIG,
        atts=(
            Att(
                "careplan_review_delgado.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Sunward ADH//Social Services//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cpr-delgado-20261201@sunwardadultday.org\nDTSTAMP:20261118T150000Z\nDTSTART:20261201T203000Z\nDTEND:20261201T211500Z\nSUMMARY:Care plan review - Rosa Delgado (dementia, wandering)\nLOCATION:Sunward family room\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="adult protective services referral",
        notes="APS referral naming a participant with unexplained bruises and weight loss and her caregiver.",
        frm="Social Services <socialwork@sunwardadultday.org>",
        to="intake@fairhavencountyaps.org",
        subject="Follow-up to phone report 11/18 - Moreno",
        body="As discussed by phone today, written follow-up of our report:\n\nParticipant: Graciela Moreno, 76, 3018 W Lake Dr, Fairhaven\nConcern: bruises on both upper arms (photographed, 11/18), weight loss of 4.5 kg since September, missed seizure medication 4 of the last 10 days per pill box.\nCaregiver: grandson Jace Moreno (lives in the home).\nDaughter Leticia is not the caregiver and is not aware of this report.\n\nAdaeze Nwosu, LSW"
        + SIG,
    ),
    Spec(
        phi=True,
        category="headerless table of initials, DOB and ICD codes",
        notes="Hard positive: headerless pasted table of initials, full dates of birth and ICD-10 codes sent to the MCO for authorisation.",
        frm="Billing <billing@sunwardadultday.org>",
        to="auth@caresourceohmco.com",
        subject="reauth batch",
        body="Reauths due 12/1:\n\nT.B.   08/17/1944   I50.32  N18.4  E11.9\nR.D.   04/02/1947   F03.90  M81.0\nU.F.   02/28/1951   E11.65  N18.6  Z99.2\n\nPlease fax approvals to (419) 555-0151.\nBilling"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="HTML monthly activity calendar to families",
        notes="HTML-only activity calendar for all families; no participant information.",
        frm="Activities <activities@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="December activity calendar",
        body="",
        html='<html><body><h2>December at Sunward</h2><table border="1"><tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr><tr><td>Chair yoga</td><td>Music with Mr. Pete</td><td>Baking</td><td>Bingo</td><td>Movie</td></tr></table><p>Holiday party Friday Dec 18, families welcome!</p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="HTML weekly lunch menu",
        notes="Hard negative: HTML-only menu noting renal and diabetic alternatives generally; no participant.",
        frm="Dietary <dietary@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="Menu - week of November 23",
        body="",
        html="<html><body><p><b>Mon</b> turkey meatloaf, green beans</p><p><b>Tue</b> baked cod, rice pilaf</p><p><b>Wed</b> Thanksgiving lunch!</p><p>Renal, diabetic and pureed versions of every meal are available as ordered by your nurse.</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="staff CPR recertification notice",
        notes="Staff notice about CPR class dates.",
        frm="Director <director@sunwardadultday.org>",
        to="staff@sunwardadultday.org",
        subject="CPR/First Aid recert Dec 5",
        body="Anyone whose card expires before March: CPR/First Aid recert Saturday Dec 5, 9-1, in the dining room. Paid time. Sign up on the break room sheet.\n\nPaulette",
    ),
    Spec(
        phi=False,
        category="aggregate census workbook to state certification",
        notes="Hard negative: monthly enrolment and attendance totals by payer and diagnosis group; aggregate only.",
        frm="Director <director@sunwardadultday.org>",
        to="adultday-cert@ohioaging.gov",
        subject="Quarterly statistical report Q3",
        body="Our Q3 statistical report is attached.\n\nPaulette Grimes, Director" + SIG,
        atts=(
            Att(
                "sunward_Q3_stats.xlsx",
                XLSX,
                xlsx(
                    {
                        "Enrollment": [
                            ["Month", "Enrolled", "Avg daily attendance"],
                            ["Jul", 64, 41],
                            ["Aug", 66, 43],
                            ["Sep", 67, 45],
                        ],
                        "Payer": [
                            ["Payer", "Participants"],
                            ["PASSPORT waiver", 38],
                            ["VA", 9],
                            ["Private pay", 14],
                            ["MCO", 6],
                        ],
                        "Diagnosis groups": [
                            ["Group", "Participants"],
                            ["Dementia", 31],
                            ["Stroke", 9],
                            ["Developmental disability", 7],
                            ["Other", 20],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="foundation grant report DOCX with outcomes",
        notes="Hard negative: grant report with programme-level outcomes and an anonymous quote; no identifiable participant.",
        frm="Development <development@sunwardadultday.org>",
        to="grants@fairhavencommunityfdn.org",
        subject="Final report - Caregiver Respite Grant 2026",
        body="Attached is our final report for the 2026 Caregiver Respite grant. Thank you for your support!\n\nNadine Pierce, Development"
        + SIG,
        atts=(
            Att(
                "respite_grant_final_report.docx",
                DOCX,
                docx(
                    [
                        "Sunward Adult Day Health - Caregiver Respite Grant, final report",
                        "Scholarship days funded: 1,140 for 23 families.",
                        "Caregiver burden (Zarit) fell from an average of 41 to 29 after 6 months.",
                        "Falls among scholarship participants: 2 (vs. 6 the prior year).",
                        '"I can finally work full days again." - a caregiver (name withheld)',
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer recruitment",
        notes="Volunteer recruitment message to a church.",
        frm="Volunteer Services <volunteers@sunwardadultday.org>",
        to="outreach@stpaulfairhaven.org",
        subject="Volunteers needed for music and crafts",
        body="Hello Pastor Ames,\n\nWe're looking for volunteers who can play piano or lead a craft one morning a month. Background check is free and takes about a week. Could you put this in the bulletin?\n\nThank you,\nGina"
        + SIG,
    ),
    Spec(
        phi=False,
        category="donor thank-you to personal mailbox",
        notes="Thank-you letter for a donation to the music programme, to the donor's gmail; no health information about anyone.",
        frm="Development <development@sunwardadultday.org>",
        to="hal.bergstrom@gmail.com",
        subject="Thank you for your gift",
        body="Dear Mr. Bergstrom,\n\nThank you for your gift of $500 to the Sunward music program. It will buy a new keyboard and a year of visits from our music therapist. Your donation is tax deductible; no goods or services were received.\n\nWith gratitude,\nNadine Pierce"
        + SIG,
    ),
    Spec(
        phi=False,
        category="van maintenance with VINs to fleet vendor",
        notes="Hard negative: vehicle VINs and plates of the centre's vans; no person's health.",
        frm="Transportation <transport@sunwardadultday.org>",
        to="service@buckeyemobilityvans.com",
        subject="Lift service - vans 2 and 4",
        body="Please schedule annual wheelchair lift inspection for:\nVan 2 - 2021 Ford Transit, VIN 1FTBR3X82MKA41707, plate SWD 2\nVan 4 - 2023 Ford Transit, VIN 1FTBR3X89PKA15233, plate SWD 4\nWe can drop them off after 3:30 pm any weekday.\n\nDarnell Hughes"
        + SIG,
    ),
    Spec(
        phi=False,
        category="consulting psychiatrist introduction",
        notes="Hard negative: introduction of a consulting geriatric psychiatrist with specialties and NPI; no participant.",
        frm="Director <director@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="New consulting psychiatrist",
        body="Dear families,\n\nWe're pleased to announce that Dr. Miriam Okonjo-Hale, a geriatric psychiatrist (NPI: 1483726158), will visit Sunward twice a month starting in January. Dr. Okonjo-Hale specializes in depression, anxiety and behavior changes in dementia. Visits are by referral from your loved one's physician.\n\nPaulette Grimes"
        + SIG,
    ),
    Spec(
        phi=False,
        category="medication administration policy with example fields",
        notes="Hard negative: policy text with field names and a placeholder example; no real participant.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="consult@adultdaynursingassoc.org",
        subject="Our med policy for your peer review",
        body="As offered at the conference, here's our med administration section for peer review:\n\n4.2 Each medication card lists Participant Name, Date of Birth, Allergy, Medication, Dose, Route and Time. Example: 'Participant Name: [LAST, FIRST]; Medication: [drug] [dose] PO at 12:00.'\n4.3 Two identifiers (name and photo) are checked before each dose.\n4.4 Controlled substances are counted at arrival and departure by two staff.\n\nBeatriz Olmos, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="de-identified outcomes extract for university study",
        notes="Hard negative: de-identified study extract with random codes and age bands for a university partner.",
        frm="Director <director@sunwardadultday.org>",
        to="adrc-study@greatlakesuniv.edu",
        subject="De-identified extract - wave 3",
        body="Wave 3 extract attached per our data use agreement; codes are random, ages banded, no dates beyond year.\n\nPaulette"
        + SIG,
        atts=(
            Att(
                "sunward_wave3_deid.csv",
                "text/csv",
                "code,age_band,sex,days_per_week,mmse_baseline,mmse_w3,falls_6mo,year\n"
                "K7Q2,75-79,F,5,19,18,0,2026\nP3M9,85-89,M,3,22,22,1,2026\nX1D4,90+,F,2,15,13,2,2026\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="LPN job posting",
        notes="Hard negative: job posting describing medication passes and diabetic care; no individual.",
        frm="Human Resources <hr@sunwardadultday.org>",
        to="jobs@northwestohioworks.org",
        subject="Posting: LPN, weekdays, no nights or weekends",
        body="Sunward Adult Day Health seeks an LPN, M-F 7:30-4. Noon medication pass for about 40 participants, blood glucose checks, insulin administration, weights and blood pressures, and first aid. Experience with dementia preferred. $29-32/hr.\n\nApply at sunwardadultday.org/jobs"
        + SIG,
    ),
    Spec(
        phi=False,
        category="privacy training handout with fictional participant",
        notes="Hard negative: privacy handout built on an explicitly fictional participant and diagnosis.",
        frm="Compliance <compliance@sunwardadultday.org>",
        to="staff@sunwardadultday.org",
        subject="Privacy refresher - photos and social media",
        body="Refresher (made-up example): An aide posts a photo of 'Mrs. Doe' at the Halloween party with the caption 'our sweetest Alzheimer's lady!' Even with no last name, this reveals a participant and her diagnosis. Never post participant photos on personal accounts. Only Development may post, and only with a signed photo release.\n\nPaulette",
    ),
    Spec(
        phi=False,
        category="participant flu clinic announcement",
        notes="Hard negative: general announcement of a flu vaccine clinic for participants with consent form instructions; no names.",
        frm="Nursing <nurse@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="Flu and COVID vaccine clinic Dec 2",
        body="Mercer Street Pharmacy will hold a flu and updated COVID vaccine clinic at Sunward on Wednesday, Dec 2. If you'd like your loved one vaccinated, return the signed consent form and a copy of the insurance card by Nov 27.\n\nBeatriz Olmos, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="catering contract renewal PDF",
        notes="Catering contract renewal terms with prices; business mail.",
        frm="Director <director@sunwardadultday.org>",
        to="contracts@goldenplatecatering.com",
        subject="2027 contract - signed",
        body="Signed renewal attached. Per-meal price $6.85 effective 1/1/2027.\n\nPaulette Grimes"
        + SIG,
        atts=(
            Att(
                "golden_plate_2027_renewal.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUNWARD ADULT DAY HEALTH CENTER - MEAL SERVICE AGREEMENT RENEWAL",
                        "Vendor: Golden Plate Catering LLC",
                        "Term: 01/01/2027 - 12/31/2027",
                        "Price: $6.85 per lunch, $1.40 per snack; therapeutic diets at no extra charge",
                        "Signed: Paulette Grimes, Director",
                    ],
                    "Meal service agreement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="weather closure notice to families",
        notes="Weather closure notice to the families list; no health information.",
        frm="Director <director@sunwardadultday.org>",
        to="families@sunwardadultday.org",
        subject="Sunward closed Tuesday - ice storm",
        body="Hello,\n\nDue to the ice storm forecast, Sunward will be CLOSED Tuesday, November 24. Vans will not run. We expect to reopen Wednesday at the normal time. Watch for a text update by 6 am.\n\nPaulette Grimes, Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="FHIR demo patient to EHR vendor",
        notes="Hard negative: FHIR Patient tagged HTEST with a declared demo name for vendor testing.",
        frm="Director <director@sunwardadultday.org>",
        to="implementation@daycareehr.com",
        subject="Demo record for Thursday's training",
        body="Here is the demo patient we built for staff training - it's the HTEST-tagged fake record, not a participant.\n\nPaulette"
        + SIG,
        atts=(Att("demo_patient.json", "application/fhir+json", FHIR_DEMO),),
    ),
    Spec(
        phi=False,
        category="forwarded vendor quote to board treasurer",
        notes="Forward of a vendor's price quote for new chairs with the original as message/rfc822; no health information.",
        frm="Director <director@sunwardadultday.org>",
        to="treasurer@sunwardadultday.org",
        subject="FW: Quote - dining chairs",
        body="Dale - quote below for the 40 dining chairs with arms. Can we fit it in Q1?\n\nPaulette",
        forward=Spec(
            phi=False,
            category="vendor quote",
            notes="Original vendor quote.",
            frm="Sales <sales@heartlandcommercialfurn.com>",
            to="director@sunwardadultday.org",
            subject="Quote - dining chairs",
            body="Quote Q-55410: 40 x Ridgeline bariatric-rated dining chair with arms, antimicrobial vinyl, $214 each, freight included. Valid 30 days.",
        ),
    ),
    Spec(
        phi=False,
        category="dementia caregiver support group flyer",
        notes="Hard negative: flyer for a caregiver support group about dementia; no individual.",
        frm="Social Services <socialwork@sunwardadultday.org>",
        to="library-events@fairhavenlibrary.org",
        subject="Flyer for your community board",
        body="Could you post this on your community board?\n\nCARING FOR SOMEONE WITH DEMENTIA?\nFree support group, 2nd and 4th Tuesdays, 6-7:30 pm at Sunward. Topics: sundowning, wandering, getting respite, and taking care of yourself. Free respite care during the meeting - call (419) 555-0150.\n\nAdaeze Nwosu, LSW"
        + SIG,
    ),
]
