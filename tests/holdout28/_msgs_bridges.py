"""Bridges Peer Recovery Center: outbound mail, 18 with PHI and 18 without."""

# ruff: noqa: E501  (message text and attachment payloads are kept as written)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BPR, KBH, ODC, Att, Spec

SIG_PEER = """
In recovery and in service,
Jasmine Okafor, CRS, CPS
Certified Peer Specialist | Bridges Peer Recovery Center
512 Allison St, Harrisburg PA 17104 | 717-555-0280
"""

SIG_HOUSING = """
Thanks!
Wendell Price
Recovery Housing Coordinator, Bridges Peer Recovery Center
717-555-0284 (office) | 717-555-0291 (text)
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*BRIDGESPEER    *ZZ*KEYSTONEBHP    *261113*1030*^*00501*"
    "000000612*0*P*:~GS*HC*BRIDGESPEER*KEYSTONEBHP*20261113*1030*612*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*BPR612*20261113*1030*CH~"
    "NM1*85*2*BRIDGES PEER RECOVERY CENTER*****XX*1106752649~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MC~"
    "NM1*IL*1*CALLOWAY*RAYSHAWN****MI*KB72290415~N3*15 S 13TH ST~N4*HARRISBURG*PA*17104~"
    "DMG*D8*19930411*M~CLM*BPR-26-3318*78.40***11:B:1*Y*A*Y*Y~HI*ABK:F1120~"
    "LX*1~SV1*HC:H0038:HQ*39.20*UN*4***1~DTP*472*D8*20261104~"
    "LX*2~SV1*HC:H0038*39.20*UN*4***1~DTP*472*D8*20261106~SE*17*0001~GE*1*612~IEA*1*000000612~"
)

ATTEND_CSV = """initials,dob,group,date,attended,moud
D.W.,1990-01-23,All Recovery,2026-11-09,Y,buprenorphine
K.A.,1986-07-02,All Recovery,2026-11-09,Y,methadone
R.C.,1993-04-11,All Recovery,2026-11-09,N,none
S.M.,2000-12-18,Women in Recovery,2026-11-10,Y,naltrexone-XR
T.R.,1981-05-05,Women in Recovery,2026-11-10,Y,buprenorphine
"""

CONTACT_LOG = """Contact log - R.V. (participant #BP-2291)
11/06 2:10p  text from R.V.: used last night, scared. Sent naloxone info, offered ride.
11/06 4:30p  met at Sheetz on Cameron St. Agreed to go to crisis walk-in; declined detox for now.
11/07 9:00a  R.V. at Harrisburg Hospital ED after overdose, naloxone by EMS. Visited 11am.
11/08 10:15a R.V. accepted referral to Gaudenzia 3.7-WM. Bed tomorrow 8am.
"""

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="recovery housing referral to partner",
        notes="Referral of a named participant with sobriety date, Vivitrol and detox discharge "
        "to a recovery house",
        frm=f"Wendell Price <wprice@{BPR}>",
        to="intake@newdawnrecoveryhomes.org",
        subject="Referral for your Cameron St house",
        body=(
            "Hi Lorraine,\n\nI'd like to refer Tomas Reyes (DOB 2/14/1989) for the men's bed at "
            "Cameron St. He discharged from Gaudenzia detox Monday 11/9, has 28 days clean as of "
            "today, and got his first Vivitrol shot before discharge (next one due 12/7). He's "
            "working with Jasmine here twice a week and has a job lined up at the warehouse on "
            "Paxton.\n\nHe can move in as early as Friday. His cell is 717-555-0716." + SIG_HOUSING
        ),
    ),
    Spec(
        phi=True,
        category="peer update to relative (personal mailbox)",
        notes="Hard positive: first name only, NA meetings and a court-ordered treatment check-in, "
        "to the participant's sister at gmail, quoting her question",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to="carla.mendes.77@gmail.com",
        subject="Jay this week",
        body=(
            "Hi Carla!\n\nJust a quick one since you asked me to keep you posted (and Jay signed "
            "the release for you). He made it to 4 NA meetings this week and his drug court "
            "check-in on Thursday went well, the judge moved him to phase 2. He's still nervous "
            "about the holidays so maybe plan something low-key?\n" + SIG_PEER
            + "\n-----Original Message-----\nFrom: Carla Mendes <carla.mendes.77@gmail.com>\n"
            "Sent: Sunday, November 8, 2026 9:14 PM\nSubject: Jay\n\n"
            "> Hi Jasmine, sorry to bother you on a Sunday. Jay has been quiet all weekend and "
            "mom is worried. Is he still going to his meetings? Thank you for everything you do."
        ),
    ),
    Spec(
        phi=True,
        category="PDF housing referral form",
        notes="Hard positive: PHI only in the attached referral PDF (name, DOB, opioid use "
        "disorder, MOUD); the body is generic",
        frm=f"Wendell Price <wprice@{BPR}>",
        to="admissions@gracehouserecovery.org",
        subject="Referral form attached",
        body="Hi, referral form attached as promised. Let me know about a bed." + SIG_HOUSING,
        atts=(
            Att(
                "BPRC_housing_referral.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIDGES PEER RECOVERY CENTER - Recovery Housing Referral",
                        "Name: Shanice Monroe-Lyles     DOB: 12/18/2000",
                        "Phone: 717-555-0733",
                        "Primary substance: opioids (fentanyl). Last use: 10/12/2026",
                        "MOUD: naltrexone-XR monthly, next injection 11/20/2026",
                        "Mental health: PTSD, sees therapist at Capital Area Trauma Center",
                        "Referred by: Jasmine Okafor, CPS",
                    ],
                    "Housing referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PNG photo with name in file name",
        notes="Hard positive: participant's ID-badge photo whose file name carries the full name, "
        "sent to the recovery house",
        frm=f"Wendell Price <wprice@{BPR}>",
        to="house.manager@newdawnrecoveryhomes.org",
        subject="photo for the house file",
        body="Here's the photo for his resident badge. He moves in Friday." + SIG_HOUSING,
        atts=(
            Att("Darnell_Whitfield_resident_photo.png", "image/png", png(6, 8, (120, 96, 80))),
        ),
    ),
    Spec(
        phi=True,
        category="CSV attendance with initials, DOB and MOUD",
        notes="Hard positive: group attendance CSV with initials, dates of birth and MOUD type",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to=f"supervisors@{BPR}",
        subject="group attendance wk 46",
        body="Attendance for this week attached for billing review." + SIG_PEER,
        atts=(Att("attendance_wk46.csv", "text/csv", ATTEND_CSV),),
    ),
    Spec(
        phi=True,
        category="ICS recovery check-in",
        notes="Hard positive: calendar invite 'Recovery check-in' naming a participant with "
        "relapse-prevention topic and meeting place",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to="rcalloway93@icloud.com",
        subject="Invitation: Recovery check-in",
        body="Sending the invite so it's on your phone. See you Tuesday!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridges Peer//Google Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bprc-20261117-calloway@bridgespeer.org\r\n"
            "DTSTAMP:20261112T140000Z\r\nDTSTART:20261117T150000Z\r\nDTEND:20261117T160000Z\r\n"
            "SUMMARY:Recovery check-in - Rayshawn Calloway\r\n"
            "DESCRIPTION:Relapse prevention plan review\\, Suboxone pharmacy issue\\, "
            "intro to the housing coordinator.\r\n"
            "LOCATION:Bridges Peer Recovery Center\\, 512 Allison St\r\n"
            "ORGANIZER:mailto:jokafor@bridgespeer.org\r\nATTENDEE:mailto:rcalloway93@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="DOCX weekly peer notes",
        notes="DOCX peer support notes on a named participant sent to the care manager at the "
        "health plan",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to=f"oeze@{KBH}",
        subject="Peer notes for care coordination",
        body=(
            "Hi Obinna, weekly notes attached per the care coordination agreement (consent on file)."
            + SIG_PEER
        ),
        atts=(
            Att(
                "peer_notes_Calloway_wk46.docx",
                DOCX,
                docx(
                    [
                        "Participant: Rayshawn Calloway   Member ID: KB72290415",
                        "11/04: 60 min. Reviewed recovery goals. Reports cravings 4/10. "
                        "Taking buprenorphine/naloxone 16 mg daily as prescribed.",
                        "11/06: 60 min. Accompanied to DHS appointment. Discussed triggers at "
                        "mother's home; wants recovery housing.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="internal terse relapse note",
        notes="Hard positive: first name with relapse, ED location and naloxone doses in a short "
        "internal note",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to=f"jokafor@{BPR}",
        subject="Lorenzo",
        body=(
            "heads up - Lorenzo relapsed over the weekend, he's in the ED at Harrisburg Hosp, "
            "EMS gave narcan x2. he asked for you. I'm going over at 1, can you come after group?"
            "\n\nM"
        ),
    ),
    Spec(
        phi=True,
        category="release to probation officer",
        notes="Participation letter to a probation officer naming the participant and treatment "
        "attendance, with consent",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to="k.fitzgerald@dauphincountyprobation.org",
        subject="Participation verification",
        body=(
            "Officer Fitzgerald,\n\nPer the signed consent dated 10/30/2026, this confirms that "
            "Ethan Blackwood (DOB 08/22/1995) has attended peer recovery support at Bridges "
            "weekly since 9/14/2026, is enrolled in outpatient treatment at Pyramid Healthcare "
            "and reports no use since 10/2. Toxicology is handled by his treatment provider.\n\n"
            "This information is protected by 42 CFR Part 2 and may not be redisclosed.\n\n"
            "Marco Delgado, CPS\nPeer Supervisor, Bridges Peer Recovery Center"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI (naloxone + waitlist)",
        notes="Hard positive: full name with naloxone refill and housing waitlist only in the "
        "subject line",
        frm=f"Wendell Price <wprice@{BPR}>",
        to=f"mdelgado@{BPR}",
        subject="Kwame Asante - naloxone refill + housing waitlist",
        body="Done, both in the system. W",
    ),
    Spec(
        phi=True,
        category="HTML-only house census table",
        notes="HTML table of recovery house residents with names, move-in dates and MOUD",
        frm=f"Wendell Price <wprice@{BPR}>",
        to="director@newdawnrecoveryhomes.org",
        subject="Weekly census - Bridges-referred residents",
        body="",
        html=(
            "<html><body><p>Hi Lorraine, census of our referred residents as of Friday:</p>"
            "<table border='1'><tr><th>Resident</th><th>House</th><th>Move-in</th><th>MOUD</th>"
            "<th>Peer</th></tr>"
            "<tr><td>Tomas Reyes</td><td>Cameron St</td><td>11/13/2026</td><td>Vivitrol</td>"
            "<td>Okafor</td></tr>"
            "<tr><td>Bao Tran</td><td>Cameron St</td><td>09/02/2026</td><td>Suboxone 8 mg BID</td>"
            "<td>Delgado</td></tr>"
            "<tr><td>Curtis Yellowhorse</td><td>Green St</td><td>10/19/2026</td><td>methadone</td>"
            "<td>Okafor</td></tr></table>"
            "<p>Wendell Price<br>Bridges Peer Recovery Center</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="message to participant (personal mailbox)",
        notes="Congratulating a participant on 90 days and confirming her next peer session, "
        "to icloud",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to="brianna.kowalski@icloud.com",
        subject="90 days!!",
        body=(
            "Brianna!! 90 days clean today, I am so proud of you. You earned that chip. Your next "
            "session with me is Wednesday at 10, and don't forget your Sublocade shot at the "
            "clinic on the 19th.\n" + SIG_PEER
        ),
    ),
    Spec(
        phi=True,
        category="forwarded ED navigator referral (rfc822)",
        notes="Hard positive: outer note is generic; the forwarded hospital email names a patient "
        "seen for overdose",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to=f"jokafor@{BPR}",
        subject="Fwd: warm handoff request",
        body="Can you take this one? You're on call tonight.\n\nM",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="inner",
            frm="Aaliyah Brooks <abrooks@harrisburghospital.org>",
            to=f"referrals@{BPR}",
            subject="warm handoff request",
            body=(
                "Hi Bridges team,\n\nWe have a patient in ED bay 12, Gregory Szabo, 41, brought in "
                "after an opioid overdose (naloxone by EMS). Buprenorphine 8 mg given here. He's "
                "agreeable to talking to a peer before discharge around 9 PM. His phone: "
                "717-555-0851.\n\nAaliyah Brooks, RN\nED Navigator, Harrisburg Hospital"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="XLSX state registry extract (IDs + DOB)",
        notes="Hard positive: multi-sheet grant workbook with participant IDs, DOBs, ZIP codes "
        "and overdose history; no names",
        frm=f"Data & Grants <grants@{BPR}>",
        to="sor.reporting@padrugandalcohol.org",
        subject="SOR participant-level file, October",
        body=(
            "Attached is the October participant-level submission for the SOR grant (sheet 1) "
            "and the follow-up interviews (sheet 2).\n\nPriya Raman\nData & Grants Manager"
        ),
        atts=(
            Att(
                "BPRC_SOR_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Intake": [
                            ["Participant ID", "DOB", "ZIP", "Primary substance", "OD past yr", "MOUD"],
                            ["BP-2291", "1997-03-08", "17104", "fentanyl", 2, "none"],
                            ["BP-2304", "1979-11-30", "17109", "methamphetamine", 0, "n/a"],
                            ["BP-2310", "1988-06-21", "17103", "heroin", 1, "methadone"],
                        ],
                        "Follow-up": [
                            ["Participant ID", "Interview date", "Housing", "Use past 30 days"],
                            ["BP-2188", "2026-10-14", "recovery house", 0],
                            ["BP-2195", "2026-10-20", "homeless", 12],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="TXT contact log attachment",
        notes="Hard positive: TXT contact log with initials, participant number, overdose and ED "
        "visit; the body says only 'log attached'",
        frm=f"Jasmine Okafor <jokafor@{BPR}>",
        to=f"mdelgado@{BPR}",
        subject="contact log for supervision",
        body="Log attached for our 2pm.\n\nJ",
        atts=(Att("contact_log_RV.txt", "text/plain", CONTACT_LOG),),
    ),
    Spec(
        phi=True,
        category="landlord reference letter",
        notes="Reference letter to a landlord stating a named person is in the recovery program",
        frm=f"Wendell Price <wprice@{BPR}>",
        to="leasing@riversidecommonsapts.com",
        subject="Reference for Marisela Fuentes - unit 3C application",
        body=(
            "To whom it may concern,\n\nI am writing at Ms. Marisela Fuentes's request in support "
            "of her application for unit 3C. Ms. Fuentes has participated in our peer recovery "
            "program since March 2026 and completed six months in recovery housing at New Dawn "
            "without a single house violation. She has been reliable, paid her house fees on "
            "time and volunteers at our front desk.\n\nPlease contact me with any questions."
            + SIG_HOUSING
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 peer support claim",
        notes="X12 837P with member name, address, DOB, member ID, OUD code and peer support "
        "H0038 lines, re-sent by email",
        frm=f"Billing <billing@{BPR}>",
        to=f"edi@{KBH}",
        subject="837 batch 612 - resend",
        body="Resending batch 612 that bounced on the portal. Thanks, Bridges Billing",
        atts=(Att("BPRC_837_612.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="drug court status report PDF",
        notes="PDF status report for drug court on a named participant",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to="treatmentcourt@dauphincourts.org",
        subject="Status report - docket 2026-TC-0418",
        body="Status report for Thursday's session attached.\n\nMarco Delgado, CPS",
        atts=(
            Att(
                "status_2026-TC-0418.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIDGES PEER RECOVERY CENTER - Treatment Court Status Report",
                        "Participant: Ethan Blackwood   Docket: 2026-TC-0418",
                        "Peer sessions attended Oct 15 - Nov 12: 5 of 5",
                        "Self-reported use: none since 10/02/2026",
                        "Treatment provider: Pyramid Healthcare IOP, attending 3x/week",
                    ],
                    "Status report",
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="volunteer schedule",
        notes="Recovery walk volunteer schedule",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to="volunteers@bridgespeer.org",
        subject="Recovery Walk volunteer shifts",
        body=(
            "Hi all, shifts for the Recovery Walk on City Island, Saturday:\n"
            "7:00-9:00 setup: Tanya, Greg, Luis\n9:00-12:00 water stations: Keisha, Omar, Pat\n"
            "12:00-1:30 teardown: everyone who can!\n\nThank you!\nMarco"
        ),
    ),
    Spec(
        phi=False,
        category="staff certification congratulations",
        notes="Hard negative: staff member named for completing peer specialist certification",
        frm=f"Denise Harrow <dharrow@{BPR}>",
        to=f"staff@{BPR}",
        subject="Congrats Tyrone!",
        body=(
            "Everyone, please congratulate Tyrone Mills, who passed the Certified Recovery "
            "Specialist exam last week! Tyrone will start carrying a caseload in December and "
            "will co-lead the Tuesday Family Recovery group.\n\nDenise Harrow\nExecutive Director"
        ),
    ),
    Spec(
        phi=False,
        category="naloxone training with overdose statistics",
        notes="Hard negative: community naloxone training announcement with county overdose "
        "death counts",
        frm=f"Community Education <education@{BPR}>",
        to="partners@harrisburgcoalition.org",
        subject="Free naloxone training - Dec 3",
        body=(
            "Dauphin County lost 148 people to overdose in 2025, and fentanyl was involved in 83% "
            "of those deaths. We are offering free naloxone training with take-home kits on "
            "Thursday, Dec 3, 6-7:30 PM at 512 Allison St. Fentanyl test strips also available.\n\n"
            "Please share with your networks.\n\nBridges Peer Recovery Center"
        ),
    ),
    Spec(
        phi=False,
        category="recovery housing vacancy notice",
        notes="Hard negative: bed availability notice for MOUD-friendly houses, no residents",
        frm=f"Wendell Price <wprice@{BPR}>",
        to=f"care.managers@{KBH}",
        subject="3 beds open - MOUD-friendly recovery housing",
        body=(
            "Hi all, current openings:\n- Cameron St (men): 2 beds, MOUD-friendly, $135/wk\n"
            "- Green St (women): 1 bed, accepts methadone and buprenorphine\n\n"
            "Send referrals to housing@bridgespeer.org with the referral form." + SIG_HOUSING
        ),
    ),
    Spec(
        phi=False,
        category="grant aggregate report PDF",
        notes="Hard negative: annual outcomes PDF with participant counts and retention rates",
        frm=f"Data & Grants <grants@{BPR}>",
        to="programofficer@capitalregionfoundation.org",
        subject="FY26 outcomes report",
        body="Dear Ms. Lindgren, our FY26 outcomes report is attached.\n\nPriya Raman",
        atts=(
            Att(
                "BPRC_FY26_outcomes.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIDGES PEER RECOVERY CENTER - FY26 Outcomes",
                        "Participants served: 212 (64% retained at 90 days)",
                        "Warm handoffs from EDs: 87; overdose reversals reported: 31",
                        "Recovery housing placements: 46; employment gained: 39",
                    ],
                    "FY26 outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice for test strips",
        notes="Hard negative: purchase of fentanyl test strips and naloxone kits, account numbers",
        frm=f"Operations <ops@{BPR}>",
        to="orders@harmreductionsupply.com",
        subject="Order 44718 - account 0092217",
        body=(
            "Hi, please ship order 44718 on account 0092217:\n- Fentanyl test strips, 100-pack x 10\n"
            "- Xylazine test strips, 100-pack x 5\n- Naloxone 4 mg nasal kits x 48\n\n"
            "Ship to 512 Allison St. Net 30.\n\nOperations, Bridges"
        ),
    ),
    Spec(
        phi=False,
        category="payroll change notice",
        notes="Hard negative: payroll/timesheet notice with employee IDs and pay dates",
        frm=f"Payroll <payroll@{BPR}>",
        to=f"staff@{BPR}",
        subject="Timesheets due early - Thanksgiving",
        body=(
            "Because of Thanksgiving, timesheets for the 11/16-11/29 period are due Tuesday 11/24 "
            "by noon. Employees E0112, E0117 and E0131 still have October mileage to submit.\n\n"
            "Payday stays Friday 12/4.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="job posting (lived experience)",
        notes="Peer specialist job posting requiring lived experience of recovery",
        frm=f"Denise Harrow <dharrow@{BPR}>",
        to="jobs@pacertificationboard.org",
        subject="Job posting: Certified Peer Specialist (2 openings)",
        body=(
            "Bridges Peer Recovery Center is hiring two Certified Peer Specialists. Lived "
            "experience of recovery from substance use or mental health conditions is required; "
            "CPS or CRS certification within 6 months. $21-$24/hr, full benefits.\n"
            "Apply at bridgespeer.org/jobs."
        ),
    ),
    Spec(
        phi=False,
        category="community vigil ICS",
        notes="Invite to a community overdose awareness event, no individuals",
        frm=f"Community Education <education@{BPR}>",
        to="partners@harrisburgcoalition.org",
        subject="Invitation: Winter Solstice Remembrance",
        body="Join us at Riverfront Park. All welcome.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridges Peer//Google Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bprc-solstice-2026@bridgespeer.org\r\n"
            "DTSTAMP:20261112T140000Z\r\nDTSTART:20261221T230000Z\r\nDTEND:20261222T000000Z\r\n"
            "SUMMARY:Winter Solstice Remembrance\r\n"
            "DESCRIPTION:Candle lighting and music. Naloxone kits available.\r\n"
            "LOCATION:Riverfront Park\\, Harrisburg\r\n"
            "ORGANIZER:mailto:education@bridgespeer.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="training vignette (fictional)",
        notes="Hard negative: motivational interviewing training DOCX with an explicitly "
        "fictional composite vignette",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to=f"staff@{BPR}",
        subject="MI practice packet for Friday",
        body="Packet for Friday's MI practice attached. The vignette is made up, no real people.",
        atts=(
            Att(
                "MI_practice_packet.docx",
                DOCX,
                docx(
                    [
                        "Motivational Interviewing Practice - Peer Staff",
                        "Vignette (fictional composite, not a real participant): 'Sam' is in "
                        "their 30s, uses methamphetamine on weekends and says it helps with work.",
                        "Practice: two reflections, one open question, one affirmation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Part 2 confidentiality refresher",
        notes="Hard negative: staff policy email on 42 CFR Part 2 redisclosure and consent",
        frm=f"Denise Harrow <dharrow@{BPR}>",
        to=f"staff@{BPR}",
        subject="Reminder: Part 2 consent before sharing anything",
        body=(
            "Reminder from the compliance review: before you share anything about a participant "
            "with a probation officer, family member, landlord or health plan, check that a Part "
            "2 consent naming that recipient is on file and not expired. Verbal permission is not "
            "enough. Use the participant's initials only in texts and Teams.\n\nDenise"
        ),
    ),
    Spec(
        phi=False,
        category="IT laptop rollout",
        notes="IT notice about laptop replacement",
        frm=f"IT <it@{BPR}>",
        to=f"staff@{BPR}",
        subject="New laptops Monday",
        body=(
            "New laptops arrive Monday. Save anything on your desktop to OneDrive by Friday; local "
            "files will be wiped. Bring your charger to the swap.\n\nIT"
        ),
    ),
    Spec(
        phi=False,
        category="MOU draft with partner",
        notes="MOU draft between the recovery center and the community services agency",
        frm=f"Denise Harrow <dharrow@{BPR}>",
        to=f"kmarsh@{ODC}",
        subject="MOU draft - referral partnership 2027",
        body="Karen, draft MOU attached. Section 5 covers consent and data sharing.\n\nDenise",
        atts=(
            Att(
                "MOU_Bridges_OpenDoor_2027_draft.docx",
                DOCX,
                docx(
                    [
                        "Memorandum of Understanding - Bridges Peer Recovery Center and Open Door "
                        "Community Services",
                        "1. Purpose: coordinate food, housing and benefits referrals.",
                        "5. Referrals are shared only with the participant's written consent.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ZIP marketing assets",
        notes="Zip of logo and flyer text for a partner newsletter",
        frm=f"Community Education <education@{BPR}>",
        to="editor@midstaterecoverynews.org",
        subject="Logo + blurb for your December issue",
        body="Assets attached. Thanks for featuring our family recovery group!",
        atts=(
            Att(
                "bridges_assets.zip",
                "application/zip",
                zipped(
                    {
                        "bridges_logo.png": png(8, 8, (20, 110, 160)),
                        "blurb.txt": (
                            "Family Recovery Group: Tuesdays 6 PM at Bridges, for anyone who "
                            "loves someone in recovery. Free, no registration.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supervision caseload aggregate",
        notes="Hard negative: caseload averages and contact counts by peer, no participants",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to=f"dharrow@{BPR}",
        subject="Q3 caseload numbers",
        body=(
            "Denise, Q3 numbers: average caseload 18 per CPS (range 12-24), 1,146 contacts, 71% "
            "face to face. 9 participants moved to recovery housing, 4 returned to use and "
            "re-engaged. Jasmine is over 24 so I'd like Tyrone to take 5 of hers.\n\nMarco"
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you (personal mailbox)",
        notes="Thank-you to a donor at aol.com for a year-end gift",
        frm=f"Denise Harrow <dharrow@{BPR}>",
        to="hal.and.june.kessler@aol.com",
        subject="Thank you!",
        body=(
            "Dear Hal and June,\n\nThank you for your generous gift of $500 to Bridges. It will "
            "fund naloxone kits and bus passes for people getting to their first meetings. Your "
            "gift is tax deductible; no goods or services were provided.\n\nWith gratitude,\n"
            "Denise Harrow, Executive Director"
        ),
    ),
    Spec(
        phi=False,
        category="reply to volunteer inquiry (personal mailbox)",
        notes="Reply to a member of the public asking how to volunteer",
        frm=f"Marco Delgado <mdelgado@{BPR}>",
        to="sophie.tran.hbg@gmail.com",
        subject="RE: volunteering",
        body=(
            "Hi Sophie,\n\nThanks for reaching out! Volunteer orientation is the first Saturday of "
            "each month at 10 AM. You'll need a clearance (we cover the fee). The next one is "
            "December 5.\n\nMarco\n\n> Hi, I'd love to help out at the front desk or with events. "
            "How do I get started?"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only community newsletter",
        notes="HTML newsletter with group schedule and recovery month events, no participants",
        frm=f"Community Education <education@{BPR}>",
        to="friends@bridgespeer-news.org",
        subject="Bridges Bulletin: December groups and events",
        body="",
        html=(
            "<html><body><h2>Bridges Bulletin - December</h2>"
            "<p><b>New:</b> All Recovery meeting Saturdays 11 AM, open to every pathway, "
            "including medication-assisted recovery.</p>"
            "<ul><li>Family Recovery Group - Tuesdays 6 PM</li>"
            "<li>Women in Recovery - Wednesdays 5:30 PM</li>"
            "<li>Recovery Yoga - Fridays noon</li></ul>"
            "<p>Need naloxone? Walk in any weekday, no questions asked.</p>"
            "<p>Bridges Peer Recovery Center, 512 Allison St, Harrisburg</p></body></html>"
        ),
    ),
]
