"""Thistle Valley Early Intervention (Part C birth-to-three programme): outbound mail (38)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, typographic dashes)

from __future__ import annotations

from _att import XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

TVE = "Thistle Valley Early Intervention <intake@thistlevalleyei.org>"
SIG = "\n\nThistle Valley Early Intervention\n48 Mill Pond Rd, Leominster, MA 01453\n(978) 555-0150 — serving families of children birth to three"

MESSAGES = [
    Spec(
        phi=True,
        category="IFSP meeting confirmation to parent",
        notes="Confirmation to a mother's gmail naming her son, his speech delay eligibility and the IFSP meeting date.",
        frm="Allison Crane <acrane@thistlevalleyei.org>",
        to="meg.donahue.81@gmail.com",
        subject="IFSP meeting Tuesday",
        body="Hi Megan,\n\nConfirming Connor's IFSP meeting at your home Tuesday 5/19 at 9:30. His evaluation showed he qualifies for services for expressive language delay (30% delay), so we'll plan speech sessions together.\n\nAllison Crane, M.Ed.\nService Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="what to expect at IFSP handout",
        notes="General handout text about IFSP meetings for families; no child.",
        frm=TVE,
        to="familyresources@leominsterlibrary.org",
        subject="Handout for your parenting shelf",
        body="What happens at an IFSP meeting? Your family, your service coordinator and therapists write a plan together with goals for your child's development. Services happen at home, child care or in the community, at no cost for most families."
        + SIG,
    ),
    Spec(
        phi=True,
        category="referral acknowledgement to pediatrician",
        notes="Hard positive: acknowledgement to a referring practice names the infant and the NICU follow-up reason.",
        frm=TVE,
        to="records@northshorepeds.com",
        subject="Referral received",
        body="Dr. Amin's referral for Noelle Delacroix (DOB 03/02/2026, ex-27 weeker on home O2) was received 5/8. Her service coordinator will be Allison Crane; first home visit within 14 days."
        + SIG,
    ),
    Spec(
        phi=False,
        category="referral fax cover template",
        notes="Hard negative: blank referral form text with field labels only.",
        frm=TVE,
        to="referrals-list@thistlevalleyei.org",
        subject="New referral form (fillable)",
        body="Child name: ____  DOB: ____  Parent: ____  Phone: ____\nReason for referral: [ ] speech [ ] motor [ ] NICU graduate [ ] diagnosed condition ____\nReferring provider/NPI: ____\nFax to (978) 555-0151."
        + SIG,
    ),
    Spec(
        phi=True,
        category="intake form with child SSN for Medicaid billing",
        notes="Hard positive: intake PDF with child's SSN, MassHealth ID and Down syndrome diagnosis sent to the billing vendor.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="intake@partcbillingservices.com",
        subject="New enrollee - please set up",
        body="New enrollee set-up sheet attached.",
        atts=(
            Att(
                "enroll_TV-2605-118.pdf",
                "application/pdf",
                pdf(
                    [
                        "THISTLE VALLEY EARLY INTERVENTION - ENROLLMENT",
                        "Child: Ezra Whitcomb  DOB 11/14/2025  SSN 031-58-7724",
                        "MassHealth ID 100288475612   Dx: Q90.9 Down syndrome",
                        "Parent: Colleen Whitcomb, 9 Birch Hollow Rd, Lunenburg MA 01462",
                    ],
                    "Enrollment",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="billing vendor rate sheet",
        notes="Hard negative: vendor rate sheet PDF with service codes and prices; no child.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="accounts@partcbillingservices.com",
        subject="Signed rate sheet",
        body="Signed rate sheet attached.",
        atts=(
            Att(
                "rates_FY27.pdf",
                "application/pdf",
                pdf(
                    [
                        "THISTLE VALLEY EARLY INTERVENTION - FY27 RATE SHEET",
                        "Home visit (T1027) $48.12 per 15 min",
                        "Group (T1027 HQ) $22.40 per 15 min",
                    ],
                    "Rates",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: X12 270 eligibility inquiry with child name, DOB and Medicaid ID.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="edi@partcbillingservices.com",
        subject="270 for Whitcomb",
        body="Please run this eligibility check before the first visit.",
        atts=(
            Att(
                "tve_270_0511.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*THISTLEEI      *ZZ*MASSHEALTH     *260511*0900*^*00501*000000771*0*P*:~ST*270*0001*005010X279A1~NM1*IL*1*WHITCOMB*EZRA****MI*100288475612~DMG*D8*20251114*M~EQ*30~SE*5*0001~IEA*1*000000771~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="therapist visit note to parent's hotmail",
        notes="Hard positive: short texting-style note to a father about his daughter's physical therapy and torticollis progress.",
        frm="Jonah Pike <jpike@thistlevalleyei.org>",
        to="tavares.ricky@hotmail.com",
        subject="today",
        body="hey Ricky - Sofia did great today, head turning to the left is almost full now. keep doing the tummy time + stretches 4x/day. see you thurs 10am. Jonah (PT)",
    ),
    Spec(
        phi=False,
        category="therapist schedule change to staff",
        notes="Staff scheduling note naming therapists only.",
        frm="Jonah Pike <jpike@thistlevalleyei.org>",
        to="therapists@thistlevalleyei.org",
        subject="Out Friday",
        body="I'm out Friday 5/15 for a course. Kim is covering my two Fitchburg visits; I've left notes in the EHR.",
    ),
    Spec(
        phi=True,
        category="caseload workbook to state lead agency",
        notes="Hard positive: multi-sheet caseload workbook to the state with child names, DOBs and eligibility categories.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="partc-data@mass-dph-ei.gov",
        subject="Child-level timeliness file April",
        body="April child-level file attached for the 45-day timeline audit.",
        atts=(
            Att(
                "TVEI_timeliness_2026-04.xlsx",
                XLSX,
                xlsx(
                    {
                        "Children": [
                            ["Child", "DOB", "Referral", "IFSP", "Eligibility"],
                            [
                                "Donahue, Connor",
                                "2024-06-02",
                                "2026-03-30",
                                "2026-05-19",
                                "Developmental delay",
                            ],
                            [
                                "Whitcomb, Ezra",
                                "2025-11-14",
                                "2026-04-09",
                                "2026-05-12",
                                "Established condition: Down syndrome",
                            ],
                        ],
                        "Late_reasons": [
                            ["Child", "Reason"],
                            ["Donahue, Connor", "Family request - parent hospitalized"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate programme outcomes workbook",
        notes="Hard negative: multi-sheet workbook of child outcome percentages and counts; aggregate only.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="board@thistlevalleyei.org",
        subject="FY26 outcomes summary",
        body="Board, outcome summary attached for Thursday.",
        atts=(
            Att(
                "TVEI_outcomes_FY26.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Outcome", "% substantial progress"],
                            ["Social-emotional", 71],
                            ["Knowledge & skills", 66],
                            ["Meeting needs", 74],
                        ],
                        "Enrollment": [
                            ["Category", "Children"],
                            ["Developmental delay", 412],
                            ["Established condition", 88],
                            ["At risk (NICU)", 57],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MBI of grandparent guardian on cost-share form",
        notes="Hard positive: family cost-share note gives the guardian grandmother's Medicare MBI and the grandchild's autism evaluation.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="intake@partcbillingservices.com",
        subject="Cost share - Lindqvist household",
        body="Household for Mia Lindqvist (DOB 07/21/2024, autism evaluation 5/4, services start 5/20) is headed by grandmother and legal guardian Ruth Lindqvist, income SSDI only. Her Medicare MBI: 5TW2-C84-MR62 for the fee waiver documentation. Fee: $0.",
    ),
    Spec(
        phi=True,
        category="HTML visit summary to parent",
        notes="Hard positive: HTML-only visit summary to a parent's outlook mailbox with child name and feeding therapy goals.",
        frm="Kim Sato <ksato@thistlevalleyei.org>",
        to="r.tavares@outlook.com",
        subject="Visit summary",
        body="",
        html="<html><body><h3>Home visit summary — Sofia Tavares</h3><p>Date: 5/11/2026. Focus: oral-motor feeding (G-tube weaning). Took 30 mL puree by spoon.</p><p>Next: Thursday, same time.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML playgroup flyer",
        notes="Hard negative: HTML-only playgroup flyer about toddler language development; no child.",
        frm=TVE,
        to="familyresources@leominsterlibrary.org",
        subject="Talk & Play group this summer",
        body="",
        html="<html><body><h2>Talk &amp; Play</h2><p>Free group for toddlers 18–36 months and their grown-ups. Songs, books and tips to boost early language.</p><p>Tuesdays 10am, Leominster Public Library.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="forwarded audiology report to coordinator",
        notes="Hard positive: forwarded audiology email with child's name and hearing loss results.",
        frm="Allison Crane <acrane@thistlevalleyei.org>",
        to="Deaf and Hard of Hearing Specialist <dhh@thistlevalleyei.org>",
        subject="FW: ABR results",
        body="Can you join me at the next visit for this family?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Audiology <audiology@lanternbrookchildrens.org>",
            to="acrane@thistlevalleyei.org",
            subject="ABR results - Davi Ferreira",
            body="Davi Ferreira (DOB 02/11/2026): sedated ABR 5/6 shows moderate bilateral sensorineural hearing loss. Hearing aid fitting scheduled 5/27.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded conference announcement",
        notes="Hard negative: forwarded conference flyer on infant mental health; no individuals' health information.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="all-staff@thistlevalleyei.org",
        subject="FW: Infant mental health conference",
        body="Two registrations available, let me know by Friday.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="MAIMH <events@maimh-conference.org>",
            to="pokafor@thistlevalleyei.org",
            subject="Register: Infant Mental Health Conference 2026",
            body="Keynotes on perinatal depression, trauma-informed home visiting and NICU graduates. June 18-19, Worcester.",
        ),
    ),
    Spec(
        phi=True,
        category="transition conference invite with school district",
        notes="Hard positive: calendar invite to a school district naming the child turning three and the transition to special education.",
        frm="Allison Crane <acrane@thistlevalleyei.org>",
        to="sped-preschool@fitchburgschools.org",
        subject="Transition planning conference - Connor D.",
        body="Invite for Connor Donahue's transition conference (turns 3 on 6/2). Parents have consented to share the evaluation.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ThistleValley//EI//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:transition-donahue@thistlevalleyei.org\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260521T140000Z\r\nDTEND:20260521T150000Z\r\nSUMMARY:Transition conference - Connor Donahue (speech delay, IEP eligibility)\r\nLOCATION:Family home, 27 Pearl St, Fitchburg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="staff meeting invite",
        notes="Staff meeting calendar invite; no child.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="all-staff@thistlevalleyei.org",
        subject="All-staff meeting 5/28",
        body="Agenda: new documentation timelines, summer schedules.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ThistleValley//EI//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:allstaff-0528@thistlevalleyei.org\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260528T130000Z\r\nDTEND:20260528T150000Z\r\nSUMMARY:All-staff meeting\r\nLOCATION:Mill Pond conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="child photo for developmental portfolio",
        notes="Hard positive: photo of a named child in a gait trainer with therapy context sent to a parent.",
        frm="Jonah Pike <jpike@thistlevalleyei.org>",
        to="colleen.whitcomb@yahoo.com",
        subject="First steps!",
        body="Colleen, I couldn't resist — here is Ezra in the gait trainer today. Adding it to his portfolio for the 6-month IFSP review.",
        atts=(Att("Ezra_Whitcomb_gait_trainer.png", "image/png", png(5, 5, (120, 180, 220))),),
    ),
    Spec(
        phi=False,
        category="ASQ-3 screening tool training with fictional child",
        notes="Hard negative: training docx for staff using an obviously fictional example child.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="new-hires@thistlevalleyei.org",
        subject="ASQ-3 scoring practice",
        body="Practice case for Thursday's training attached.",
        atts=(
            Att(
                "ASQ3_practice.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Practice case: 'Pat Example', a fictional 18-month-old.",
                        "Communication score 15 (cutoff 13.06, monitoring zone). Score each domain and decide on next steps.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="evaluation report docx to parent",
        notes="Evaluation report docx sent to a parent with child's name, DOB and test scores.",
        frm="Allison Crane <acrane@thistlevalleyei.org>",
        to="meg.donahue.81@gmail.com",
        subject="Connor's evaluation report",
        body="Megan, the full evaluation report is attached as promised.",
        atts=(
            Att(
                "Eval_Donahue_Connor.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Thistle Valley EI - Multidisciplinary Evaluation",
                        "Connor Donahue, DOB 06/02/2024, evaluated 04/27/2026",
                        "BDI-3 expressive communication: 28th month equivalent 16 months",
                        "Eligible: developmental delay, expressive language",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV of families for transport vendor",
        notes="Hard positive: transport CSV listing children, addresses and the therapy group they attend.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="dispatch@nashobakidsride.com",
        subject="Group transport roster June",
        body="Roster for the June motor group rides.",
        atts=(
            Att(
                "motor_group_rides.csv",
                "text/csv",
                "child,parent_phone,pickup,group\nEzra Whitcomb,978-555-0173,9 Birch Hollow Rd Lunenburg,Motor group (Down syndrome)\nSofia Tavares,978-555-0181,14 Cross St Leominster,Motor/feeding group\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="transport vendor insurance certificate request",
        notes="Business mail asking the vendor for a certificate of insurance.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="office@nashobakidsride.com",
        subject="COI for FY27",
        body="Please send your updated certificate of insurance naming Thistle Valley EI as additional insured before July 1.",
    ),
    Spec(
        phi=True,
        category="SSN on Medicaid enrollment correction",
        notes="Hard positive: correction note with a child's SSN and autism spectrum diagnosis to the billing vendor.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="intake@partcbillingservices.com",
        subject="correction",
        body="Typo on the Lindqvist record — Mia's SSN is 044-72-1389, not 044-72-1398. Dx F84.0 stays the same.",
    ),
    Spec(
        phi=False,
        category="privacy training slides on FERPA and HIPAA",
        notes="Hard negative: policy training text with invented examples, no real child.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="all-staff@thistlevalleyei.org",
        subject="Annual privacy training",
        body="Reminder: EI records fall under IDEA Part C confidentiality. Example from the slides: 'Jane Sample's child has a speech delay' may not be shared with child care without signed consent. Complete the module by 6/30.",
    ),
    Spec(
        phi=True,
        category="child care consultation summary",
        notes="Indirect: note to a child care centre naming the child and describing her behaviour plan and sensory needs after autism diagnosis.",
        frm="Kim Sato <ksato@thistlevalleyei.org>",
        to="director@littleacornschildcare.com",
        subject="Strategies for Mia",
        body="Hi Denise,\n\nWith Ruth's consent, here are the strategies for Mia Lindqvist in the toddler room: visual schedule, noise-cancelling headphones at circle, first-then board. Her new ASD diagnosis means she now gets 3 hours/week of ABA through us starting 5/20.\n\nKim Sato, OTR/L",
    ),
    Spec(
        phi=False,
        category="child care partner training invite",
        notes="General training offer to a child care centre on sensory strategies; no child.",
        frm="Kim Sato <ksato@thistlevalleyei.org>",
        to="director@littleacornschildcare.com",
        subject="Free workshop for your teachers",
        body="We're offering a free 1-hour workshop on sensory-friendly classrooms for toddler teachers in June. Let me know a good evening.",
    ),
    Spec(
        phi=True,
        category="HTML waitlist status table",
        notes="Hard positive: HTML-only waitlist table to a contracted ABA agency with child names and diagnoses.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="scheduling@brightpathaba.com",
        subject="ABA waitlist update",
        body="",
        html="<html><body><table border='1'><tr><th>Child</th><th>DOB</th><th>Dx</th><th>Hours</th></tr><tr><td>Mia Lindqvist</td><td>07/21/2024</td><td>F84.0</td><td>3</td></tr><tr><td>Owen Barrett</td><td>01/09/2024</td><td>F84.0</td><td>5</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML job posting",
        notes="Hard negative: HTML-only job posting for a speech-language pathologist; no health information of a person.",
        frm="HR <hr@thistlevalleyei.org>",
        to="jobs@ma-speech-hearing.org",
        subject="Posting: Speech-Language Pathologist (EI)",
        body="",
        html="<html><body><h2>Speech-Language Pathologist — Early Intervention</h2><p>Home-based services to children 0–3 with communication delays, hearing loss and autism. CCC-SLP required. Mileage reimbursed.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="mileage log revealing home visits",
        notes="Hard positive: mileage reimbursement lists family surnames and home addresses visited by the PT, revealing they receive EI services.",
        frm="Jonah Pike <jpike@thistlevalleyei.org>",
        to="payroll@thistlevalleyei.org",
        subject="April mileage",
        body="April mileage:\n4/6 Tavares, 14 Cross St Leominster - 6.2 mi\n4/8 Whitcomb, 9 Birch Hollow Rd Lunenburg - 11.4 mi\n4/13 Tavares - 6.2 mi\nTotal 23.8 mi",
    ),
    Spec(
        phi=False,
        category="mileage policy memo",
        notes="Hard negative: mileage rate memo to staff; no families.",
        frm="HR <hr@thistlevalleyei.org>",
        to="all-staff@thistlevalleyei.org",
        subject="Mileage rate FY27",
        body="Effective July 1 the reimbursement rate is $0.70/mile. Submit logs by the 5th; list only the town, not the family name or street, per the new privacy rule.",
    ),
    Spec(
        phi=True,
        category="sign language interpreter request for deaf parent",
        notes="Request names a family and that their toddler is enrolled for hearing-loss services at a home visit.",
        frm="Allison Crane <acrane@thistlevalleyei.org>",
        to="bookings@centralmassasl.com",
        subject="ASL interpreter 5/27",
        body="Need an ASL interpreter 5/27 1:00-2:00 at 61 Prospect St, Clinton for a home visit with the Ferreira family (parent is Deaf); we're reviewing Davi's new hearing aids and listening goals.",
    ),
    Spec(
        phi=False,
        category="NPI list for enrollment with payer",
        notes="Hard negative: list of therapists with specialties and NPIs for payer enrollment; no children.",
        frm="Billing <billing@thistlevalleyei.org>",
        to="provider-enrollment@baystatehealthplan.com",
        subject="Rendering providers to add",
        body="Please add to our group:\nJonah Pike, DPT - Physical Therapy - NPI 1492033679\nKim Sato, OTR/L - Occupational Therapy - NPI 1329574085",
    ),
    Spec(
        phi=True,
        category="parent survey response follow-up",
        notes="Reply to a parent's gmail about her complaint, naming her child and missed speech therapy visits.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="sarahbarrett.home@gmail.com",
        subject="Your survey comments",
        body="Dear Ms. Barrett,\n\nThank you for your honest survey comments. You're right that Owen missed four speech sessions in April when his therapist was out; we will add make-up visits starting next week and a backup SLP is now assigned."
        + SIG,
    ),
    Spec(
        phi=False,
        category="annual family survey invitation",
        notes="Survey invitation to a parent's personal mailbox with no child or service details.",
        frm=TVE,
        to="tavares.ricky@hotmail.com",
        subject="Tell us how we're doing",
        body="Our annual family survey takes 10 minutes. Your answers are anonymous: https://survey.thistlevalleyei.org/2026"
        + SIG,
    ),
    Spec(
        phi=False,
        category="state report aggregate txt",
        notes="Hard negative: txt export of aggregate child counts by town; small-cell suppressed.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="partc-data@mass-dph-ei.gov",
        subject="Child count by town (aggregate)",
        body="Aggregate count attached; cells under 5 suppressed.",
        atts=(
            Att(
                "child_count_by_town.txt",
                "text/plain",
                "Leominster 211\nFitchburg 188\nLunenburg 37\nClinton <5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget workbook",
        notes="Hard negative: multi-sheet grant budget workbook with staff positions and costs.",
        frm="Paula Okafor <pokafor@thistlevalleyei.org>",
        to="grants@nashobacommunityfund.org",
        subject="Budget for the family literacy grant",
        body="Budget attached in your template.",
        atts=(
            Att(
                "TVEI_grant_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Position", "FTE", "Cost"],
                            ["Family literacy coordinator", 0.5, 31000],
                        ],
                        "Other": [
                            ["Item", "Cost"],
                            ["Books for families", 6000],
                            ["Mileage", 2400],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nurse visit vitals note to NICU follow-up clinic",
        notes="Note to the NICU follow-up clinic with a named infant's weight, oxygen saturation and concerns.",
        frm="Nurse Consultant <rn@thistlevalleyei.org>",
        to="nicufollowup@lanternbrookchildrens.org",
        subject="Concern after home visit",
        body="Hello — at today's home visit Noelle Delacroix weighed 3.1 kg and her sats were 89-91% on 1/8 L. Dad says she is sweating with feeds. Could clinic see her before the 5/27 pulmonary visit? Dad's cell 617-555-0193.",
    ),
]
