"""Outbound mail of the Little Lionhearts Foundation, a congenital heart disease family foundation (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nWith heart,\nLittle Lionhearts Foundation\n415 Orchard St, Brightwater, OH | (330) 555-0167\nlittlelionhearts.org"
FOOT = "\n\nLittle Lionhearts Foundation is a 501(c)(3) nonprofit. You are receiving this because you signed up at littlelionhearts.org."

MESSAGES = [
    Spec(
        phi=True,
        category="Family assistance grant approval to parent",
        notes="Grant approval to mother's gmail naming son, his upcoming Glenn surgery and hospital stay.",
        frm="Family Support <support@littlelionhearts.org>",
        to="brittany.kowalski22@gmail.com",
        subject="Your travel assistance request is approved",
        body="Dear Brittany,\n\nGood news: the committee approved $750 in travel assistance for your family while Henry is at Lake Erie Children's for his Glenn procedure on March 24. A gas card and hotel voucher for the Ronald McDonald House overflow will be mailed to your home address this week.\n\nWe are thinking of Henry and all of you.\n\nAngela Moretti\nFamily Support Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Grant program description to social worker",
        notes="Hard negative: explains eligibility for assistance grants for families of children with CHD in general; no family named.",
        frm="Family Support <support@littlelionhearts.org>",
        to="socialwork@lakeeriechildrens.org",
        subject="Spring grant cycle - eligibility",
        body="Hi Corinne,\n\nOur spring assistance cycle opens April 1. Families of any child with a congenital heart defect who is having surgery, a catheterization or a long admission can apply for up to $1,000 for travel, lodging, meals or lost wages. Applications need a letter from the care team confirming treatment; no diagnosis details are required.\n\nAngela"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Camp roster with cardiac details (multi-sheet)",
        notes="Hard positive: camp workbook to camp medical director listing campers' names with heart lesions and medications; medications sheet has no headers.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="medical.director@camppinegrove.org",
        subject="Camp Lionheart 2026 - session 1 health roster",
        body="Dr. Sato,\n\nHere is the session 1 roster for your medical review. Anticoagulated campers are flagged in yellow on sheet 1; the med sheet is copied straight from the health forms.\n\nKeisha Lambert\nCamp Director"
        + SIG,
        atts=(
            Att(
                "session1_health_roster.xlsx",
                XLSX,
                xlsx(
                    {
                        "Campers": [
                            ["Camper", "Age", "Heart condition", "Anticoag"],
                            ["Ruby Albright", "11", "HLHS s/p Fontan", "yes"],
                            ["Theo Marchetti", "12", "TOF repaired", "no"],
                            ["Amara Osei", "10", "mechanical mitral valve", "yes"],
                        ],
                        "Meds": [
                            ["Ruby Albright", "aspirin 81 mg daily; enalapril 2.5 mg BID"],
                            ["Amara Osei", "warfarin 3 mg daily; INR goal 2.5-3.5"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Foundation budget workbook to treasurer",
        notes="Multi-sheet budget with program lines; no individuals.",
        frm="Executive Director <director@littlelionhearts.org>",
        to="treasurer@littlelionhearts.org",
        subject="FY27 draft budget v3",
        body="Rob, v3 attached with your changes. Camp line up because of the new cabin lease.\n\nDeborah",
        atts=(
            Att(
                "FY27_budget_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Revenue": [
                            ["Source", "Amount"],
                            ["Heart Walk", "182000"],
                            ["Grants", "95000"],
                            ["Individual gifts", "140000"],
                        ],
                        "Expenses": [
                            ["Program", "Amount"],
                            ["Family assistance grants", "120000"],
                            ["Camp Lionheart", "88000"],
                            ["Hospital care bags", "14000"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Heart Walk flyer PDF to sponsors",
        notes="Event flyer for fundraising walk; no individual health info.",
        frm="Events <events@littlelionhearts.org>",
        to="community@lakeshorecreditunion.com",
        subject="Heart Walk 2026 sponsor flyer",
        body="Hi Jamal, attached is the flyer with your logo in the gold tier. Could you share it in your branch lobbies?\n\nThanks!\nSienna"
        + SIG,
        atts=(
            Att(
                "HeartWalk2026_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE LIONHEARTS FOUNDATION",
                        "HEART WALK 2026 - Saturday May 9, Brightwater Riverfront",
                        "1 in 100 babies is born with a congenital heart defect.",
                        "Gold sponsor: Lakeshore Credit Union",
                    ],
                    "Heart Walk flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Heart Walk team page draft about a named child",
        notes="Hard positive: draft web copy sent to a vendor names a child, her town, HLHS and her heart transplant listing.",
        frm="Events <events@littlelionhearts.org>",
        to="content@pixelharborstudio.com",
        subject="Team page copy - Team Juniper",
        body="Draft copy for Team Juniper's page (family still reviewing, do not publish yet):\n\n'Juniper Hale, age 6, of Medina was born with hypoplastic left heart syndrome. After three open-heart surgeries her heart is failing, and this spring she was listed for a heart transplant at Lake Erie Children's.'\n\nSienna"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Newsletter print job to printer",
        notes="Final print-ready newsletter with events and donor thanks; no family or child mentioned.",
        frm="Communications <comms@littlelionhearts.org>",
        to="prepress@lakeshoreprintco.com",
        subject="Spring newsletter final PDF - print run 3,000",
        body="Rich, final newsletter attached. Same paper stock as winter. The cover story is the Heart Walk recap.\n\nMorgan",
        atts=(
            Att(
                "spring_newsletter_final.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE LIONHEARTS FOUNDATION - SPRING NEWSLETTER",
                        "Camp registration opens April 1",
                        "Heart Walk May 9 - register your team",
                        "Thank you to our 2025 donors",
                    ],
                    "Spring newsletter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Peer mentor match introduction",
        notes="Introduces two parents; names a baby, his diagnosis (TGA) and switch surgery date to another family's personal email.",
        frm="Parent Mentors <mentors@littlelionhearts.org>",
        to="jess.whitcombe@outlook.com",
        cc="d.amponsah@gmail.com",
        subject="Meet your parent mentor",
        body="Jess, meet Diana Amponsah. Diana's daughter had the same arterial switch operation in 2023.\n\nDiana, Jess's son Micah was born March 2 with transposition of the great arteries and had his arterial switch on March 9. He is still in the CICU. Jess would love to talk to someone who has been there.\n\nWith permission from both of you,\nLaurel Finch\nParent Mentor Program"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Mentor training curriculum docx",
        notes="Hard negative: training document for volunteer mentors with generic scenarios about CHD diagnoses; no real family.",
        frm="Parent Mentors <mentors@littlelionhearts.org>",
        to="mentor.volunteers@lists.littlelionhearts.org",
        subject="Mentor training module 2 - read before Saturday",
        body="Mentors, please read module 2 before Saturday's session. The scenarios are composites written for training, not real families.\n\nLaurel",
        atts=(
            Att(
                "mentor_module2.docx",
                DOCX,
                docx(
                    [
                        "Module 2: Listening in the CICU",
                        "Scenario A (fictional composite): a mother of a newborn with HLHS before the Norwood asks whether she did something wrong in pregnancy.",
                        "Scenario B (fictional composite): a father whose son needs a pacemaker is angry at the surgeon.",
                        "Never share another family's story without their permission.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Donor thank-you revealing memorial child",
        notes="Hard positive: memorial gift acknowledgement to grandparent names the child who died after heart surgery and the date.",
        frm="Development <giving@littlelionhearts.org>",
        to="lhavili.family@aol.com",
        subject="Thank you for your gift in memory",
        body="Dear Mr. and Mrs. Havili,\n\nThank you for your gift of $500 in memory of your grandson Kaleo, who passed away on January 30 after complications of his heart surgery at Lake Erie Children's. His name will be read at our Heart Walk memorial circle.\n\nWith deepest sympathy,\nDeborah Kwan\nExecutive Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Standard donor receipt",
        notes="Tax receipt for a general donation; no health or patient info.",
        frm="Development <giving@littlelionhearts.org>",
        to="marc.oyelowo@yahoo.com",
        subject="Your 2026 donation receipt",
        body="Dear Marc,\n\nThank you for your donation of $100 on March 14, 2026. No goods or services were provided in exchange. Please keep this receipt for your tax records. EIN 84-3310927.\n\nLittle Lionhearts Foundation"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="HTML donor appeal with aggregate stats",
        notes="Hard negative: fundraising e-mail with aggregate statistics and a generic anonymous example; no identifiable child.",
        frm="Little Lionhearts <news@littlelionhearts.org>",
        to="supporters@lists.littlelionhearts.org",
        subject="In 2025 you helped 214 heart families",
        body="",
        html="<html><body><h2>Thank you!</h2><p>In 2025 you helped 214 families of children with congenital heart defects: 1,130 nights of lodging, 96 camp scholarships and 2,400 hospital care bags.</p><p><a href='https://littlelionhearts.org/give'>Give today</a></p><p style='font-size:10px'>Unsubscribe anytime.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only care bag delivery list to volunteer",
        notes="HTML-only: table of CICU children's first and last names, room numbers and surgeries for a volunteer's personal mailbox.",
        frm="Hospital Programs <hospital@littlelionhearts.org>",
        to="gina.ferraro.volunteer@gmail.com",
        subject="Care bag deliveries Thursday",
        body="",
        html="<html><body><p>Hi Gina, here is Thursday's delivery list from the CICU family liaison:</p><table border='1'><tr><th>Child</th><th>Room</th><th>Note</th></tr><tr><td>Micah Whitcombe</td><td>CICU 12</td><td>post arterial switch</td></tr><tr><td>Lola Brandt</td><td>CICU 4</td><td>awaiting heart transplant, on Berlin heart</td></tr><tr><td>Ezra Quaye</td><td>4 West 418</td><td>post Fontan, chest tubes</td></tr></table><p>Thank you!</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Volunteer shift text file",
        notes="Volunteer names and shift times for an event; volunteers are not patients and no health info.",
        frm="Volunteers <volunteer@littlelionhearts.org>",
        to="captains@lists.littlelionhearts.org",
        subject="Heart Walk volunteer shifts",
        body="Captains, shifts attached. Please confirm your crew by Friday.\n\nNate",
        atts=(
            Att(
                "shifts.txt",
                "text/plain",
                "REGISTRATION 6:30-9:00: Lena Ortiz, Paul Greaves, Yuki Tanabe\nWATER STATION 8:00-11:00: Sam Whitley, Ada Mbeki\nTEARDOWN 11:00-13:00: Rick Dunlap, Chen Wei\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scholarship application forward to committee",
        notes="Forwarded camp scholarship application naming child, his pacemaker and family income.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="scholarship.committee@littlelionhearts.org",
        subject="FW: scholarship application - Dashiell",
        body="Committee, forwarding this one for Thursday's vote. Family meets income guideline.\n\nKeisha",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Renata Oyelaran <renata.oyelaran@gmail.com>",
            to="camp@littlelionhearts.org",
            subject="scholarship application - Dashiell",
            body="Hello, I am applying for a full scholarship for my son Dashiell Oyelaran (age 9). He has congenital complete heart block and got a new pacemaker in January. Our household income is $31,000 for four people. Thank you.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded hotel contract for gala",
        notes="Forward of hotel banquet contract; no health info.",
        frm="Events <events@littlelionhearts.org>",
        to="director@littlelionhearts.org",
        subject="FW: Banquet contract - Lionheart Gala",
        body="Deborah, contract below for signature. Deposit due April 3.\n\nSienna",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="Catering Sales <events@riverfronthotelbw.com>",
            to="events@littlelionhearts.org",
            subject="Banquet contract - Lionheart Gala",
            body="Attached is the contract for October 17: ballroom for 320 guests, plated dinner $68 pp, AV package $2,100.",
        ),
    ),
    Spec(
        phi=False,
        category="Grant report docx to funder with aggregate outcomes",
        notes="Hard negative: grant report with program totals and de-identified quote; no identifiable family.",
        frm="Executive Director <director@littlelionhearts.org>",
        to="grants@buckeyecommunityfdn.org",
        subject="Final report - Family Lodging grant 2025",
        body="Dear Ms. Ruiz,\n\nOur final report is attached. Thank you for funding 410 lodging nights last year.\n\nDeborah Kwan"
        + SIG,
        atts=(
            Att(
                "final_report_2025.docx",
                DOCX,
                docx(
                    [
                        "LITTLE LIONHEARTS FOUNDATION - Family Lodging Grant Final Report",
                        "Families served: 87; lodging nights: 410; average stay 4.7 nights.",
                        "Diagnoses served ranged from VSD repair to heart transplant.",
                        "Parent quote (anonymous, shared with permission): 'Staying close meant I could hold my baby every day.'",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Camp health form return to parent (docx)",
        notes="Hard positive: returned health form docx to parent lists child's name, DOB, diagnosis and cardiologist; body is only 'please sign page 2'.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="pgutierrez.home@icloud.com",
        subject="Please sign page 2",
        body="Hi Pilar, the form is missing a signature on page 2. Can you sign and send it back by April 10?\n\nKeisha",
        atts=(
            Att(
                "camp_health_form.docx",
                DOCX,
                docx(
                    [
                        "CAMP LIONHEART HEALTH FORM",
                        "Camper: Santiago Gutierrez   DOB 05/19/2015",
                        "Heart condition: pulmonary atresia with VSD, RV-PA conduit replaced 2024",
                        "Cardiologist: Dr. Priya Raman, Brightwater Pediatric Heart",
                        "Medications: none. Allergies: amoxicillin (rash)",
                        "Parent signature: ________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Media kit zip to TV station",
        notes="Logos, fact sheet and aggregate CHD facts for press; no patient.",
        frm="Communications <comms@littlelionhearts.org>",
        to="assignments@wbrwnews5.com",
        subject="Media kit - CHD Awareness feature",
        body="Hi Dev, media kit attached for your awareness-week segment. Our director is available Tuesday or Wednesday for an interview.\n\nMorgan Steele\nCommunications"
        + SIG,
        atts=(
            Att(
                "LLF_media_kit.zip",
                "application/zip",
                zipped(
                    {
                        "fact_sheet.txt": "Congenital heart defects are the most common birth defect, affecting about 1 in 100 births.",
                        "logo.png": png(8, 8, (200, 30, 60)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hospital liaison referral of a new family",
        notes="Referral from liaison to family support naming newborn, her coarctation repair, hospitals and mother's phone.",
        frm="Hospital Programs <hospital@littlelionhearts.org>",
        to="support@littlelionhearts.org",
        subject="New family - please reach out",
        body="Angela,\n\nCICU social work referred a new family: baby Aurelia Navarro, born 3/15 at St. Mark's and transferred to Lake Erie Children's with coarctation of the aorta, repair planned this week. Mom is Celeste, (330) 555-0119. They drove in from Ashtabula and have no lodging.\n\nTom"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Drug shortage awareness post for families",
        notes="Hard negative: general advocacy notice about a pediatric drug shortage; no child named.",
        frm="Advocacy <advocacy@littlelionhearts.org>",
        to="families@lists.littlelionhearts.org",
        subject="What the propranolol shortage means for your family",
        body="Dear heart families,\n\nSome pharmacies cannot get propranolol oral solution in the usual strength this spring. If your child takes it, do not change the dose on your own; ask your cardiology team whether a different strength or tablets make sense, and double-check the mL on the new bottle.\n\nAdvocacy Committee"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Research survey invitation (no individual)",
        notes="Invitation to an anonymous parent quality-of-life survey; no data about anyone.",
        frm="Research Partnerships <research@littlelionhearts.org>",
        to="families@lists.littlelionhearts.org",
        subject="Help researchers: 15-minute anonymous survey",
        body="Researchers at Ohio Valley University are studying school experiences of children with heart defects. The survey is anonymous and takes 15 minutes: https://survey.ohiovalleyu.edu/chd-school\n\nThank you!"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Survey results export with names to university",
        notes="Hard positive: CSV export meant to be anonymous actually includes parent emails, child first names and conditions.",
        frm="Research Partnerships <research@littlelionhearts.org>",
        to="chdstudy@ohiovalleyu.edu",
        subject="Survey export - wave 1",
        body="Dr. Abara, export from our form tool attached. I noticed the email column came through; please delete it on your side.\n\nPriyanka",
        atts=(
            Att(
                "wave1_export.csv",
                "text/csv",
                "email,child_first,age,condition,missed_school_days\nlaura.pike@gmail.com,Jonah,8,Ebstein anomaly,14\nmvanterpool@yahoo.com,Isla,12,pacemaker,6\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate survey summary CSV",
        notes="Hard negative: summary of survey responses in counts only.",
        frm="Research Partnerships <research@littlelionhearts.org>",
        to="board@littlelionhearts.org",
        subject="Survey wave 1 - summary",
        body="Board, top-line summary attached. 142 responses.\n\nPriyanka",
        atts=(
            Att(
                "wave1_summary.csv",
                "text/csv",
                "question,yes,no\nchild missed >10 school days,51,91\nschool has individual health plan,98,44\nPE modified,77,65\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lodging voucher request to hotel",
        notes="Hard positive: hotel asked to bill foundation for a named family 'while their daughter is in the CICU'; reveals hospitalization.",
        frm="Family Support <support@littlelionhearts.org>",
        to="frontdesk@riverfronthotelbw.com",
        subject="Direct bill - 4 nights",
        body="Hello,\n\nPlease direct-bill Little Lionhearts for 4 nights (March 17-21) for Oren and Talia Mizrahi, who are staying near Lake Erie Children's while their daughter Noa recovers in the CICU after heart surgery. Voucher LLF-26-0311.\n\nAngela"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Board meeting minutes",
        notes="Minutes about finances and programs; no families named.",
        frm="Secretary <secretary@littlelionhearts.org>",
        to="board@littlelionhearts.org",
        subject="Draft minutes - March board meeting",
        body="Draft minutes:\n1. Treasurer: cash on hand $412k.\n2. Camp: 64 campers registered, nurse staffing confirmed with Lake Erie Children's.\n3. Family assistance: 19 grants approved in Feb.\n4. Gala date set for Oct 17.\nMotion to approve FY27 budget tabled.\n\nCarla",
    ),
    Spec(
        phi=True,
        category="Spreadsheet of grant recipients to auditor",
        notes="Hard positive: audit workbook lists grant recipients' parent names, child names and the treatment that qualified them.",
        frm="Finance <finance@littlelionhearts.org>",
        to="audit@hollisbrandtcpa.com",
        subject="Audit PBC list item 14 - grant disbursements",
        body="Attached item 14. Second sheet has the check register.\n\nRob Tanaka, Treasurer",
        atts=(
            Att(
                "PBC14_grants.xlsx",
                XLSX,
                xlsx(
                    {
                        "Grants": [
                            ["Date", "Payee", "Child", "Qualifying treatment", "Amount"],
                            [
                                "2025-11-03",
                                "Celeste Navarro",
                                "Aurelia",
                                "coarctation repair",
                                "600",
                            ],
                            ["2025-12-12", "Marcus Bellamy", "Imani", "Fontan revision", "1000"],
                        ],
                        "Checks": [["Check", "Amount"], ["5531", "600"], ["5540", "1000"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Insurance renewal for event liability",
        notes="Vendor mail about event insurance; no health info.",
        frm="Executive Director <director@littlelionhearts.org>",
        to="agent@brightwaterinsurancegroup.com",
        subject="Event liability renewal",
        body="Hi Frank, please renew our special-event liability policy for the Heart Walk and gala. Attendance estimates: 1,800 and 320. Let me know if you need the venue certificates.\n\nDeborah Kwan",
    ),
    Spec(
        phi=True,
        category="Condolence card list to printer",
        notes="Hard positive: list of bereaved families with child names and death months sent to a print vendor.",
        frm="Family Support <support@littlelionhearts.org>",
        to="orders@lakeshoreprintco.com",
        subject="Remembrance cards - mailing list",
        body="Rich, please print and mail our remembrance cards to these families:\n\nThe Havili family, 19 Birch Ln, Brightwater OH 44711 - in memory of Kaleo (Jan)\nThe Song family, 2207 Summit Ave, Medina OH 44256 - in memory of baby Ji-ho (Feb, heart transplant wait)\n\nThanks,\nAngela",
    ),
    Spec(
        phi=False,
        category="Camp nurse recruiting post",
        notes="Hard negative: recruiting volunteer nurses, mentions campers' heart conditions generally.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="nursing.alumni@ohiovalleyu.edu",
        subject="Volunteer camp nurses needed - June 14-20",
        body="We need 6 RNs for a week at Camp Lionheart, a camp for kids with heart defects, pacemakers and transplants. Experience with anticoagulation and cardiac meds preferred. Room and board provided plus CE credit.\n\nKeisha Lambert, Camp Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Camp arrival reminder to parent with calendar",
        notes="Invite to parent's gmail: camper's first name with warfarin INR requirement and Fontan care plan.",
        frm="Camp Lionheart <camp@littlelionhearts.org>",
        to="jalbright.mom@gmail.com",
        subject="Ruby - camp check-in June 14",
        body="Hi Jenna,\n\nRuby's check-in is June 14 at 2 PM. Because she is on warfarin, please bring an INR result from within 5 days and her Fontan care plan.\n\nKeisha",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LLF//Camp//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:llf-camp-ruby@littlelionhearts.org\r\nDTSTAMP:20260318T120000Z\r\nDTSTART:20260614T180000Z\r\nDTEND:20260614T190000Z\r\nSUMMARY:Camp Lionheart check-in (Ruby - bring INR)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Webinar invite on transition to adult care",
        notes="Hard negative: educational webinar on adolescent transition to adult congenital cardiology; no individual.",
        frm="Education <education@littlelionhearts.org>",
        to="families@lists.littlelionhearts.org",
        subject="Webinar: moving from pediatric to adult heart care",
        body="Join Dr. Priya Raman, pediatric cardiologist, and an adult congenital cardiologist for a Q&A on transition planning for teens with repaired heart defects. Thursday April 9, 7 PM.\n\nRegister: https://littlelionhearts.org/webinars"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Thank-you note to surgeon naming patient",
        notes="Foundation relays a family's thanks to surgeon, naming the child and operation.",
        frm="Executive Director <director@littlelionhearts.org>",
        to="cvsurgery@lakeeriechildrens.org",
        subject="A note from the Quaye family",
        body="Dr. Lindgren,\n\nEzra Quaye's parents asked us to pass this along: 'Thank you for Ezra's Fontan on March 3. He rode his scooter down the 4 West hallway yesterday.' They are one of our mentor families.\n\nDeborah Kwan",
    ),
    Spec(
        phi=True,
        category="Insurance navigator letter to health plan",
        notes="Hard positive: advocacy letter gives member ID, infant's admission dates and 'Sano shunt' surgery abbreviation for a denied claim.",
        frm="Insurance Navigator <navigator@littlelionhearts.org>",
        to="memberservices@heartlandchildrensplan.com",
        cc="support@littlelionhearts.org",
        subject="Member HCP-3318470 - request for reconsideration",
        body="To Member Services,\n\nWith the parents' signed authorization (attached to the portal request), I am assisting the family of member HCP-3318470, age 4 months. The 2/2-2/28 admission at Lake Erie Children's for the Norwood/Sano stage 1 was processed out-of-network although it was an emergency transfer. Please reconsider claim 26-0199-7731.\n\nHelen Baptiste\nInsurance Navigator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse text to volunteer driver",
        notes="Hard positive: terse ride request gives child's first name and initial, home address and pacemaker check to volunteer driver's personal email.",
        frm="Family Support <support@littlelionhearts.org>",
        to="walt.pruitt55@hotmail.com",
        subject="ride Thurs",
        body="Walt - pickup Thurs 8:15, Dashiell O. + mom, 77 Fenwick Rd. Going to Brightwater Peds Heart for his pacer check. Back by noon. Thx! -A",
    ),
    Spec(
        phi=True,
        category="Hospital visit request to sports team",
        notes="Hard positive: request to hockey team's community office names a boy waiting for a heart transplant and his hospital unit.",
        frm="Hospital Programs <hospital@littlelionhearts.org>",
        to="community@brightwaterblades.com",
        subject="Special visit request",
        body="Hi Carly,\n\nOne of our kids, Lucas Ferrante (8), has been inpatient on 4 West at Lake Erie Children's since January on a VAD waiting for a new heart. He is the biggest Blades fan we know. Could a player or Blaze the mascot visit on a Tuesday afternoon? The unit requires flu shots and a mask.\n\nTom Reyes\nHospital Programs"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Website analytics vendor question",
        notes="Hard negative: discussion of removing tracking pixel from donation pages; no individual data.",
        frm="Communications <comms@littlelionhearts.org>",
        to="support@clearmetricsanalytics.com",
        subject="Removing pixel from family-support pages",
        body="Hello, please help us remove the ad pixel from the family assistance application pages. Our privacy advisor flagged that the page URL can reveal that a visitor's child has a heart defect. Keep it on the donation pages only.\n\nMorgan Steele",
    ),
]
