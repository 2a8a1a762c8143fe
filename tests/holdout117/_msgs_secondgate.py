"""Second Gate Reentry Network (re-entry programme): outbound mail (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSecond Gate Reentry Network\n77 Harbor Street, Port Selden, WA 98368 | (360) 555-0160\nsecondgatereentry.org"

MESSAGES = [
    Spec(
        phi=True,
        category="clinic referral for released participant on HIV treatment",
        notes="Referral naming a newly released participant, his DOB, HIV treatment and the lapsed Medicaid that needs reactivating.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="newpatients@olympicbaycommunityhealth.org",
        subject="New patient referral - released 10/2",
        body="Hello,\n\nReferring Dashiell Monk (DOB 08/19/1983), released from Harlan Ridge on 10/2 and staying at our Harbor St house. He is on Biktarvy for HIV, has 14 days of medication from DOC, and his Apple Health coverage was suspended during incarceration; we submitted the reactivation on 10/3. Can you see him before 10/16? He has a phone: (360) 555-0168 (house line).\n\nCorinne Vasquez\nReentry Case Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicare reinstatement help with MBI",
        notes="Email to a Medicare counselor with a participant's name, MBI and his heart failure medications to restore Part D after release.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="ship.counselor@peninsulaseniorservices.org",
        subject="Part D after release - need help",
        body="Hi Joan,\n\nWe have a 68-year-old participant, Elmer Quarles, released 9/25 after 11 years. His Medicare Part A continued but Part B and D lapsed while he was incarcerated. MBI: 4TR7-WE2-QK63. He has heart failure and is paying cash for furosemide, carvedilol and Entresto (the last one is $600+/month). Can you help him with a special enrollment period and Extra Help? He can come to your office Tuesday.\n\nCorinne"
        + SIG,
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry batch",
        notes="Hard positive: X12 270 file listing participants' names, DOBs and Medicaid member IDs to check health coverage before peer-support billing.",
        frm="Second Gate Billing <billing@secondgatereentry.org>",
        to="edi@cascadecarehealthplan.com",
        subject="270 batch SGR 1005",
        body="270 eligibility batch attached (2 subscribers). Please return 271s to our SFTP folder.",
        atts=(
            Att(
                "SGR_270_20261005.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*SECONDGATE     *ZZ*CASCADECARE    *261005*1010*^*00501*000000712*0*P*:~"
                "GS*HS*SECONDGATE*CASCADECARE*20261005*1010*712*X*005010X279A1~"
                "ST*270*0001*005010X279A1~"
                "BHT*0022*13*SGR1005*20261005*1010~"
                "HL*1**20*1~NM1*PR*2*CASCADE CARE HEALTH PLAN*****PI*CCHP01~"
                "HL*2*1*21*1~NM1*1P*2*SECOND GATE REENTRY NETWORK*****XX*1982004412~"
                "HL*3*2*22*0~NM1*IL*1*MONK*DASHIELL****MI*WA71440382~DMG*D8*19830819~EQ*30~"
                "HL*4*2*22*0~NM1*IL*1*SANDOVAL*ERIN****MI*WA70918864~DMG*D8*19940302~EQ*30~"
                "SE*12*0001~GE*1*712~IEA*1*000000712~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P peer support claim",
        notes="Hard positive: 837P claim for peer recovery support (H0038) with the participant's name, member ID and an opioid use disorder diagnosis code.",
        frm="Second Gate Billing <billing@secondgatereentry.org>",
        to="edi@cascadecarehealthplan.com",
        subject="837P SGR-0930 peer support",
        body="837P for September peer support services. 1 claim, 6 units.",
        atts=(
            Att(
                "SGR_837P_0930.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*SECONDGATE     *ZZ*CASCADECARE    *261005*1100*^*00501*000000713*0*P*:~"
                "GS*HC*SECONDGATE*CASCADECARE*20261005*1100*713*X*005010X222A1~"
                "ST*837*0001*005010X222A1~"
                "BHT*0019*00*SGR0930*20261005*1100*CH~"
                "NM1*IL*1*SANDOVAL*ERIN****MI*WA70918864~DMG*D8*19940302*F~"
                "CLM*SGR0930ES*312***53:B:1*Y*A*Y*Y~"
                "HI*ABK:F11.20~"
                "SV1*HC:H0038*312*UN*6***1~DTP*472*RD8*20260901-20260930~"
                "SE*9*0001~GE*1*713~IEA*1*000000713~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reasonable accommodation letter to housing authority",
        notes="PDF letter to the housing authority naming the participant and his bipolar disorder to request a disability accommodation.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="section8@portseldenhousing.org",
        subject="Reasonable accommodation request - application 26-H-3381",
        body="Please attach the enclosed letter to application 26-H-3381. The participant has signed a release permitting us to share this information with your office.\n\nCorinne Vasquez"
        + SIG,
        atts=(
            Att(
                "RA_letter_26-H-3381.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND GATE REENTRY NETWORK",
                        "Re: Reasonable accommodation - applicant Tobias Greer, DOB 12/04/1987",
                        "Mr. Greer has bipolar I disorder, treated at Peninsula Behavioral Health since 2024.",
                        "His 2019 conviction occurred during an untreated manic episode.",
                        "We ask that the criminal history screen be reviewed individually",
                        "in light of his disability and two years of stable treatment.",
                        "Corinne Vasquez, Reentry Case Manager",
                    ],
                    "Reasonable accommodation letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MAT clinic intake reminder to participant's hotmail",
        notes="Hard positive: reminder to a participant's hotmail about intake at a buprenorphine clinic; the clinic's service reveals opioid treatment.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="tyrell.mason.92@hotmail.com",
        subject="Thursday 9am - don't forget",
        body="Tyrell, reminder you have your intake at Riverside Bridge Clinic (buprenorphine program) Thursday 9am, 1410 Dock St. Bring your release papers and the DOC med sheet. I'll pick you up at 8:30 at the house. Text me if anything changes.\n\nAndre Kimball\nPeer Recovery Coach"
        + SIG,
    ),
    Spec(
        phi=True,
        category="weekly participant roster with MOUD status",
        notes="Multi-sheet roster to the funder's care coordinator naming participants with their MOUD medication, housing and UA results.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="carecoord@peninsulaaccountablehealth.org",
        subject="Weekly roster - care coordination",
        body="This week's roster for our care coordination call attached. Releases on file for all listed.\n\nCorinne",
        atts=(
            Att(
                "SGR_roster_wk41.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Participant", "DOB", "Released from", "Housing", "MOUD", "Last UA"],
                            [
                                "Mason, Tyrell",
                                "1992-05-17",
                                "CCJ",
                                "Harbor St house",
                                "Buprenorphine (pending intake)",
                                "neg",
                            ],
                            [
                                "Sandoval, Erin",
                                "1994-03-02",
                                "CCJ",
                                "own apt",
                                "Methadone 90 mg",
                                "neg",
                            ],
                            [
                                "Monk, Dashiell",
                                "1983-08-19",
                                "Harlan Ridge",
                                "Harbor St house",
                                "none",
                                "neg",
                            ],
                        ],
                        "Flags": [
                            ["Participant", "Flag"],
                            ["Ochoa, Renata", "relapse 10/4, at St. Brigid ED"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR care coordination bundle to health home",
        notes="Hard positive: FHIR JSON bundle to a health home with a participant's name, DOB, phone and conditions (hepatitis C, opioid use disorder).",
        frm="Second Gate Data <data@secondgatereentry.org>",
        to="intake-api@sound-healthhome.org",
        subject="Health home referral (FHIR) - 1 participant",
        body="Referral bundle per our data sharing agreement. Consent on file (42 CFR Part 2 compliant).",
        atts=(
            Att(
                "sgr_referral_bundle_1005.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "sgr-2207", "name": [{"family": "Ochoa", "given": ["Renata"]}], "birthDate": "1990-10-11", "telecom": [{"system": "phone", "value": "360-555-0169"}]}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/sgr-2207"}, "code": {"text": "Opioid use disorder, severe"}}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/sgr-2207"}, "code": {"text": "Chronic hepatitis C"}}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dialysis ride list to transport vendor",
        notes="Hard positive: ride list with names, home addresses and a dialysis centre destination three times a week, which reveals kidney failure treatment.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="dispatch@baylinerides.com",
        subject="Standing rides starting 10/12",
        body="Hi dispatch,\n\nPlease set up standing rides for the two participants below starting Monday 10/12. Bill to our account SGR-4401.\n\nAndre",
        atts=(
            Att(
                "standing_rides_1012.csv",
                "text/csv",
                "rider,pickup_address,phone,destination,days,pickup_time,return_time\n"
                "Wendell Ames,77 Harbor St Port Selden WA 98368,360-555-0168,Salish Kidney Center 2200 Mill Rd,Mon/Wed/Fri,05:40,10:30\n"
                "Rosalind Pryce,19 Cedar Ct Apt 2 Brennock WA 98370,360-555-0172,Salish Kidney Center 2200 Mill Rd,Tue/Thu/Sat,11:15,16:00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parole officer note on positive UA",
        notes="Hard positive: cover note is short; the forwarded officer's email names the participant with a positive meth test and a treatment requirement.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="counselor@recoverynorthwest.org",
        subject="FW: Greer - UA 10/1",
        body="Hi Pam, forwarding per Tobias's release so you're in the loop before his assessment. - Andre",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Paul Ocampo <p.ocampo@wadoc-communitycorrections.wa.gov>",
            to="akimball@secondgatereentry.org",
            subject="Greer - UA 10/1",
            body="Andre,\n\nTobias Greer's UA on 10/1 was positive for methamphetamine. I'm not violating him if he completes a chemical dependency assessment by 10/15 and follows recommendations. Please confirm when scheduled.\n\nPaul Ocampo, CCO",
        ),
    ),
    Spec(
        phi=True,
        category="donor newsletter success story naming participant",
        notes="Hard positive: HTML-only fundraising newsletter tells an identifiable participant's story (full name, age, town, employer) including his heroin addiction and overdose.",
        frm="Second Gate Development <giving@secondgatereentry.org>",
        to="supporters@secondgate-list.org",
        subject="Meet Luis: from an overdose in a cell to a union card",
        body="",
        html=(
            "<html><body><h2>Meet Luis Carvajal</h2><p><img src='https://secondgatereentry.org/img/luis-carvajal.jpg' alt='Luis Carvajal' width='240'></p>"
            "<p>Luis, 34, of Brennock, overdosed on heroin in a Calder County Jail cell in 2024 and was revived by a nurse. "
            "When he got out he came to Second Gate, started methadone at Harbor Light and moved into our Harbor St house.</p>"
            "<p>Today Luis is 18 months in recovery and a second-year apprentice with Pipefitters Local 32.</p>"
            "<p><a href='https://secondgatereentry.org/give'>Give today</a> so the next Luis has a place to land.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="warm handoff invite for psychiatric intake",
        notes="Hard positive: calendar invite titled with a participant's name and a psychiatric intake appointment.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="intake@peninsulabehavioral.org",
        subject="Invitation: Warm handoff - Dwight Rourke - psychiatric intake",
        body="Warm handoff for Dwight Rourke's psychiatric intake. I'll bring him and stay for the first 15 minutes. He was on mirtazapine and prazosin at DOC.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Second Gate//Case Mgmt//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:sgr-handoff-rourke-1014@secondgatereentry.org\nDTSTAMP:20261005T183000Z\nDTSTART:20261014T213000Z\nDTEND:20261014T223000Z\n"
            "SUMMARY:Warm handoff - Dwight Rourke - psychiatric intake\nDESCRIPTION:Post-release psych intake. PTSD/insomnia\\, meds at DOC: mirtazapine 15 mg\\, prazosin 2 mg.\n"
            "LOCATION:Peninsula Behavioral Health\\, 300 Lindale Ave\nORGANIZER:mailto:cvasquez@secondgatereentry.org\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="detox admission update to participant's mother",
        notes="Update to a mother's icloud mailbox (with consent) naming her daughter and her admission to a detox unit.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="deborah.ochoa@icloud.com",
        subject="Renata is safe",
        body="Mrs. Ochoa,\n\nRenata asked me to let you know she's okay. After the ED on Sunday she agreed to go to withdrawal management and was admitted to the Cascade detox unit Monday afternoon. She'll be there 5-7 days, and we're holding her bed at the house. She can call you from the unit phone after 6pm.\n\nAndre Kimball\nPeer Recovery Coach"
        + SIG,
    ),
    Spec(
        phi=True,
        category="re-entry plan document to participant's outlook",
        notes="DOCX re-entry plan sent to the participant's outlook mailbox with her name, hepatitis C treatment, counselling and medication goals.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="erin.sandoval.pt@outlook.com",
        subject="Your updated plan",
        body="Hi Erin,\n\nHere's the updated plan we went over today. Let me know if I got anything wrong.\n\nCorinne",
        atts=(
            Att(
                "Reentry_Plan_Sandoval_E_Oct2026.docx",
                DOCX,
                docx(
                    [
                        "Second Gate Reentry Network - Individual Reentry Plan",
                        "Participant: Erin Sandoval   DOB 03/02/1994   Updated 10/05/2026",
                        "Health: continue methadone 90 mg at Harbor Light; start hepatitis C treatment (Epclusa) at Olympic Bay in November.",
                        "Counselling: weekly trauma group, Thursdays.",
                        "Employment: 30 hrs/wk at Dockside Cafe; goal full-time by January.",
                        "Legal: drug court phase 3; next review 10/22.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="case notes export to new case manager",
        notes="Hard positive: bland cover note; the TXT case notes name the participant and record suicidal ideation, a crisis call and his medications.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="cm.team@caldercountybh.org",
        subject="Transfer of case - notes attached",
        body="Hi Marta,\n\nAs discussed, he's moving to your catchment area. Notes since intake are attached (release signed 10/2).\n\nCorinne",
        atts=(
            Att(
                "casenotes_Rourke_D.txt",
                "text/plain",
                "SECOND GATE CASE NOTES - Dwight Rourke (SG-2214)\n"
                "2026-09-08 Intake. Released from Harlan Ridge 9/4. Hx PTSD, insomnia. DOC meds: mirtazapine, prazosin.\n"
                "2026-09-21 Reports passive suicidal thoughts after argument with brother. Safety plan done; 988 number given.\n"
                "2026-09-26 Crisis line called by house manager at 02:10; mobile crisis visited, no hospitalization.\n"
                "2026-10-02 Agreed to psych intake; warm handoff scheduled 10/14.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="expedited ID request with SSN for chemotherapy",
        notes="Request with a participant's name, SSN and DOB saying he needs ID to start chemotherapy for lymphoma.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="reentry.liaison@wa-dol-services.wa.gov",
        subject="Expedite request - state ID",
        body="Hello,\n\nRequesting an expedited state ID appointment for a participant released 9/30:\n\nName: Dwayne Keel\nDOB: 11/23/1976\nSSN: 472-19-6630\n\nHe was diagnosed with non-Hodgkin lymphoma in prison and St. Brigid's Cancer Institute cannot start his chemotherapy until registration is complete, which requires photo ID. His DOC release ID and birth certificate are ready.\n\nCorinne Vasquez"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style relapse alert between staff",
        notes="Hard positive: terse staff-to-partner note with a first name and house, reporting a relapse and an ED visit.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="housemgr@harborsthouse.org",
        subject="renata",
        body="fyi Renata O relapsed last nite, EMS took her to St Brigid ED ~1am, narcan x2. she's ok. pls hold her room + lock her meds. -A",
    ),
    Spec(
        phi=True,
        category="specialty pharmacy delivery coordination",
        notes="Email to a specialty pharmacy with a participant's name, phone, delivery address and hepatitis C prescription.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="intake@pacificspecialtyrx.com",
        subject="Delivery address change for Epclusa",
        body="Hello,\n\nPlease update the delivery address for Wendell Ames (DOB 07/07/1968) for his Epclusa 400/100 mg (28-day supply, ordered by Olympic Bay Community Health). New address: 77 Harbor St, Port Selden WA 98368. Deliveries should be handed to house staff, not left at the door. His phone is 360-555-0168.\n\nCorinne Vasquez"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="foundation grant outcomes workbook",
        notes="Hard negative: multi-sheet grant report of aggregate outcomes (MOUD retention, overdoses, housing) with no individual.",
        frm="Second Gate Development <giving@secondgatereentry.org>",
        to="grants@salishcommunityfoundation.org",
        subject="Year 2 outcomes report - grant SCF-2025-118",
        body="Attached is our year 2 outcomes workbook. Narrative follows by Friday.\n\nGrace Liu\nDevelopment Director",
        atts=(
            Att(
                "SGR_Year2_Outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "Year 1", "Year 2"],
                            ["Participants served", 164, 211],
                            ["Started or continued MOUD within 7 days", "58%", "71%"],
                            ["Non-fatal overdoses (self-report)", 19, 12],
                            ["Fatal overdoses", 2, 0],
                        ],
                        "Housing": [
                            ["Measure", "Year 2"],
                            ["Housed at 90 days", "77%"],
                            ["Average stay (days)", 142],
                        ],
                        "Budget": [
                            ["Line", "Spent"],
                            ["Peer coaches", 184000],
                            ["Rent assistance", 96500],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mentor training with fictional vignettes",
        notes="Hard negative: PDF mentor training with invented vignettes ('Participant A') about relapse and mental illness; no real person.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="mentors@secondgate-list.org",
        subject="Mentor training packet - Saturday",
        body="Please read the vignettes before Saturday. They are invented composites; discuss them, don't try to guess who they are.",
        atts=(
            Att(
                "Mentor_Training_Vignettes.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND GATE REENTRY NETWORK - MENTOR TRAINING",
                        "Vignette 1 (fictional): Participant A, 40s, three weeks out, misses a methadone dose.",
                        "Vignette 2 (fictional): Participant B hears voices at night and stops her medication.",
                        "Vignette 3 (fictional): Participant C relapses the day after getting a job.",
                        "Discussion: what do you say, who do you call, what do you document?",
                    ],
                    "Mentor training vignettes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="second-chance job fair invitation",
        notes="Calendar invite for an employer job fair; no individual health information.",
        frm="Employment Team <jobs@secondgatereentry.org>",
        to="hr@dockside-logistics.com",
        subject="Invitation: Second-Chance Job Fair - Oct 28",
        body="We'd love to have Dockside Logistics at our fall job fair. Tables are free; bring job descriptions. About 60 job seekers expected.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Second Gate//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:sgr-jobfair-20261028@secondgatereentry.org\nDTSTAMP:20261001T160000Z\nDTSTART:20261028T170000Z\nDTEND:20261028T210000Z\n"
            "SUMMARY:Second-Chance Job Fair\nLOCATION:Port Selden Community Center\nORGANIZER:mailto:jobs@secondgatereentry.org\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="bus pass invoice with SSN-shaped number",
        notes="Hard negative: transit vendor invoice whose invoice number has the SSN pattern; bulk passes, no individual.",
        frm="Second Gate Finance <finance@secondgatereentry.org>",
        to="accounts@caldertransit.org",
        subject="Payment sent - invoice 512-60-4471",
        body="Hello,\n\nACH payment of $3,150.00 sent today for invoice 512-60-4471 (150 monthly reduced-fare passes, October). Please send November passes to 77 Harbor Street, attention Finance.\n\nMei Fontaine\nFinance Manager",
    ),
    Spec(
        phi=False,
        category="job interview reminder to participant's gmail",
        notes="Hard negative: a participant's personal gmail and name with a job interview reminder; nothing about health or treatment.",
        frm="Employment Team <jobs@secondgatereentry.org>",
        to="dquintero.works@gmail.com",
        subject="Interview tomorrow 10am",
        body="Hi Diego,\n\nReminder: interview at Dockside Logistics tomorrow at 10:00, 5 Pier Rd. Ask for Maureen. Wear the boots from the clothing closet; it's a warehouse tour too. Bring two IDs for the I-9.\n\nGood luck!\nKeanu Park\nEmployment Specialist",
    ),
    Spec(
        phi=False,
        category="holiday office hours staff notice",
        notes="Staff notice of office hours; no participant data.",
        frm="Operations <ops@secondgatereentry.org>",
        to="staff@secondgate-list.org",
        subject="Thanksgiving week hours",
        body="All,\n\nOffice closed Thu 11/26 and Fri 11/27. The house line (555-0168) is staffed as usual; on-call manager that weekend is Andre Kimball.\n\nOps",
    ),
    Spec(
        phi=False,
        category="partner treatment provider directory",
        notes="Hard negative: directory of partner clinicians and programs (addiction medicine, psychiatry, OTP) with contact details; no participant.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="casemanagers@secondgate-list.org",
        subject="Updated partner directory",
        body="Updated partner directory:\n\n- Harbor Light OTP (methadone, buprenorphine): intake line 555-0174, walk-in Mon-Fri 6-10am\n- Riverside Bridge Clinic, Dr. Opal Feeney (addiction medicine): same-week starts\n- Peninsula Behavioral Health, Dr. Nathan Royce (psychiatry): referrals by fax\n- Olympic Bay Community Health, Kira Osei ARNP (HIV/HCV): accepts new patients\n- Cascade Detox: 16 beds, call for availability\n\nPlease use these rather than the old list.\n\nCorinne",
    ),
    Spec(
        phi=False,
        category="donor thank-you to personal yahoo",
        notes="Thank-you letter to a donor's yahoo mailbox; donor, not a patient.",
        frm="Second Gate Development <giving@secondgatereentry.org>",
        to="hank.oberlin@yahoo.com",
        subject="Thank you, Hank",
        body="Dear Hank,\n\nThank you for your gift of $500 on September 29. It covers a month of rent for someone leaving prison with nowhere to go. No goods or services were provided in exchange; please keep this email for your tax records.\n\nWith gratitude,\nGrace Liu\nDevelopment Director",
    ),
    Spec(
        phi=False,
        category="quarterly impact newsletter",
        notes="HTML-only newsletter with aggregate programme figures; no individual.",
        frm="Second Gate Development <giving@secondgatereentry.org>",
        to="community@secondgate-list.org",
        subject="Q3 at Second Gate: 61 people came home to us",
        body="",
        html=(
            "<html><body><h2>Q3 2026 in numbers</h2><ul><li>61 people enrolled at release</li><li>44 connected to medical or mental health care within 14 days</li>"
            "<li>37 started or continued addiction treatment</li><li>29 found jobs</li></ul>"
            "<p>Thank you to our partners and donors. <a href='https://secondgatereentry.org/volunteer'>Volunteer</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="blank Part 2 consent form",
        notes="Hard negative: blank 42 CFR Part 2 consent form PDF with empty fields for name, DOB and substance use records.",
        frm="Corinne Vasquez <cvasquez@secondgatereentry.org>",
        to="casemanagers@secondgate-list.org",
        subject="New consent form - use from today",
        body="The updated consent form (Part 2 compliant, 2024 rule) is attached. Please destroy the old blank stock.",
        atts=(
            Att(
                "SGR_Consent_Part2_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "SECOND GATE REENTRY NETWORK - CONSENT FOR DISCLOSURE (42 CFR PART 2)",
                        "Name: ______________________   Date of birth: ___________",
                        "I authorize: ______________________ to disclose to: ______________________",
                        "Information: [ ] substance use treatment records  [ ] mental health  [ ] HIV",
                        "Purpose: ______________________   Expires: ___________",
                        "Signature: ______________________   Date: ___________",
                    ],
                    "Consent form (blank)",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board meeting packet zip",
        notes="Zip of board agenda and finance summary; no participant data.",
        frm="Operations <ops@secondgatereentry.org>",
        to="board@secondgate-list.org",
        subject="Board packet - Oct 20 meeting",
        body="Board members, the packet for the October 20 meeting is attached.",
        atts=(
            Att(
                "Board_packet_2026-10-20.zip",
                "application/zip",
                zipped(
                    {
                        "agenda.txt": "1. Call to order\n2. Minutes of 9/15\n3. Finance report\n4. Harbor St house expansion\n5. ED report\n",
                        "finance_summary.csv": "line,budget,actual\nPersonnel,612000,455100\nRent assistance,140000,96500\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="press release with recidivism statistics",
        notes="Hard negative: press release with aggregate recidivism and overdose figures and a staff quote; no participant identified.",
        frm="Second Gate Development <giving@secondgatereentry.org>",
        to="newsdesk@portseldenherald.com",
        subject="Press release: Second Gate study shows fewer returns to jail",
        body='FOR IMMEDIATE RELEASE\n\nPort Selden, WA - An evaluation of 375 people served by Second Gate Reentry Network between 2024 and 2026 found that 22% returned to jail within a year, compared with 41% in a matched county comparison group. Participants who started addiction medication within a week of release had half the overdose rate.\n\n"Housing and treatment on day one change everything," said executive director Rosalind Achebe.\n\nMedia contact: Grace Liu, (360) 555-0162',
    ),
    Spec(
        phi=False,
        category="housing partner MOU draft",
        notes="Draft memorandum of understanding with a housing partner; no individuals.",
        frm="Rosalind Achebe <rachebe@secondgatereentry.org>",
        to="director@baysidehousingcoop.org",
        subject="MOU draft - master lease units",
        body="Hi Tomas,\n\nDraft terms for the master lease:\n- Second Gate leases 6 units for 24 months at $1,150/month each\n- Second Gate provides case management to residents and a 24/7 contact line\n- Either party may exit with 90 days' notice\n\nOur board approves on 10/20. Comments welcome before then.\n\nRosalind Achebe\nExecutive Director",
    ),
    Spec(
        phi=False,
        category="volunteer background check batch",
        notes="Hard negative: CSV of volunteer names and DOBs for a background check; identifiers but no health information.",
        frm="Operations <ops@secondgatereentry.org>",
        to="orders@clearpathscreening.com",
        subject="Background checks - 3 volunteers",
        body="Please run standard criminal background checks (WA + national) for the volunteers attached. Account SG-22.",
        atts=(
            Att(
                "volunteers_bgcheck_1005.csv",
                "text/csv",
                "first,last,dob,email\nMaya,Lindgren,1989-06-14,maya.lindgren@outlook.com\nOscar,Truong,1975-02-27,otruong@comcast.net\nPatience,Adeyemi,2000-09-09,p.adeyemi@gmail.com\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="community naloxone training notice",
        notes="Hard negative: naloxone training notice with overdose response steps in a TXT; health topic with no individual.",
        frm="Andre Kimball <akimball@secondgatereentry.org>",
        to="events@portseldenlibrary.org",
        subject="Naloxone training at the library - Nov 4",
        body="Hi Alma,\n\nConfirming our free naloxone training on Nov 4 at 6pm in the community room. We'll bring 40 kits. The handout text is attached for your flyer.\n\nAndre",
        atts=(
            Att(
                "naloxone_steps.txt",
                "text/plain",
                "RESPONDING TO AN OPIOID OVERDOSE\n1. Check for response; shout and rub the breastbone.\n2. Call 911.\n3. Give naloxone nasal spray in one nostril.\n4. Rescue breathing if trained; recovery position.\n5. Second dose after 2-3 minutes if no response.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded county funding opportunity",
        notes="Forwarded county RFP announcement about re-entry funding; no individual.",
        frm="Rosalind Achebe <rachebe@secondgatereentry.org>",
        to="giving@secondgatereentry.org",
        subject="FW: Calder County RFP - behavioral health reentry services",
        body="Grace, let's apply. Due 11/20. Can you start an outline?",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Calder County Human Services <rfp@caldercountywa.gov>",
            to="providers-list@caldercountywa.gov",
            subject="Calder County RFP - behavioral health reentry services",
            body="Calder County Human Services announces RFP 26-HS-14 for behavioral health reentry services ($450,000, two years), funded by the opioid settlement. Eligible: nonprofits serving people leaving jail or prison. Proposals due November 20, 2026. Pre-proposal meeting October 15.",
        ),
    ),
    Spec(
        phi=False,
        category="transitional house lease renewal",
        notes="Business email to a landlord about a lease renewal; no residents named.",
        frm="Operations <ops@secondgatereentry.org>",
        to="leasing@harborviewproperties.com",
        subject="Lease renewal - 77 Harbor St",
        body="Hello,\n\nWe'd like to renew the lease for 77 Harbor St for another 24 months. Could you send the renewal terms and confirm whether the roof repair from August is complete?\n\nThanks,\nOperations, Second Gate Reentry Network",
    ),
    Spec(
        phi=False,
        category="new staff onboarding to personal outlook",
        notes="Hard negative: onboarding email to a new peer coach's outlook with her name, start date and training dates; nothing about health or any participant.",
        frm="Operations <ops@secondgatereentry.org>",
        to="shay.morrow.peer@outlook.com",
        subject="Your first week at Second Gate",
        body="Hi Shay,\n\nWelcome to the team! Your start date is Monday 10/19. Payroll forms and the confidentiality agreement are in the portal; please finish them by Friday. Your peer certification training is 10/26-10/30. Your supervisor Andre will walk you through the house rules, the van schedule and documentation in week one.\n\nOperations",
    ),
]
