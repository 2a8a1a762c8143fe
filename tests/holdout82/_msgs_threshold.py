"""Outbound mail of Threshold Homes, a sober-living house operator (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nThreshold Homes | Recovery residences since 2011\n505 Gannet Ave, Port Ardeen | 555-0163"

MESSAGES = [
    Spec(
        phi=True,
        category="house manager relapse report to program director",
        notes="Names a resident who relapsed on alcohol and was sent to detox.",
        frm="Luis Ferreira <lferreira@thresholdhomes.net>",
        to="director@thresholdhomes.net",
        subject="Incident - Gannet house, Sat night",
        body=(
            "Beth,\n\nDeShawn Carrow came in around 11:40 Saturday clearly intoxicated (BAC 0.14 on the house breathalyzer). "
            "Per policy he was not allowed to stay; his sister drove him to the Cobalt Bay detox unit. His bed is held "
            "through Wednesday. Incident form is in the shared drive.\n\nLuis, House Manager"
        ),
    ),
    Spec(
        phi=False,
        category="vacancy announcement to referral partners",
        notes="Bed availability by house and gender, no residents named.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="dischargeplanners@cobaltbayrecovery.org",
        subject="Open beds this week",
        body="Hi all,\n\nCurrent openings below. Residents must have 7+ days abstinent and a sponsor or outpatient provider.",
        atts=(
            Att(
                "open_beds_1116.csv",
                "text/csv",
                "house,gender,open_beds,rent_per_week\nGannet,men,2,185\nMarlin,women,1,185\nHeron,men,0,165\nOsprey (MAT-friendly),women,3,175\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="drug test result text to resident",
        notes="Hard positive: first name only plus a positive test result to the resident's personal mailbox.",
        frm="Marlin House <marlin@thresholdhomes.net>",
        to="kenzie.roldan@gmail.com",
        subject="today",
        body="Kenzie - your cup from this morning came back non-negative for THC and benzos. We need to talk before curfew. House meeting is at 7, come find me at 6:30. - Tamsin",
    ),
    Spec(
        phi=False,
        category="house rules PDF for new applicants",
        notes="Hard negative: generic house rules mention drug testing and medications but no individual.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="applicants@thresholdhomes.net",
        subject="House rules (2026 edition)",
        body="Please read the attached rules before your interview.",
        atts=(
            Att(
                "house_rules_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "THRESHOLD HOMES - HOUSE RULES",
                        "1. No alcohol or non-prescribed drugs on or off property.",
                        "2. Random drug and alcohol testing at least twice monthly.",
                        "3. Prescribed medications (including buprenorphine) stored in the locked box.",
                        "4. Curfew 10 pm Sun-Thu, midnight Fri-Sat for the first 30 days.",
                        "5. Five recovery meetings per week; chores as posted.",
                    ],
                    "House rules",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="resident intake packet PDF to outpatient provider",
        notes="Intake PDF names the resident with DOB, substance history and current buprenorphine.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="intake@cobaltbayrecovery.org",
        subject="New resident - coordination",
        body="Attached is the intake sheet for a resident who will be continuing IOP with you; her release is on page 2.",
        atts=(
            Att(
                "intake_okonkwo.pdf",
                "application/pdf",
                pdf(
                    [
                        "THRESHOLD HOMES - RESIDENT INTAKE",
                        "Resident: Adaeze Okonkwo   DOB 07/19/1996   Move-in 11/12/2026   House: Osprey",
                        "Primary substance: opioids (fentanyl). Last use 10/21/2026.",
                        "Current meds: buprenorphine/naloxone 16 mg daily, sertraline 100 mg.",
                        "Outpatient provider: Cobalt Bay IOP.",
                    ],
                    "Intake",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="rent increase notice to landlord partner",
        notes="Lease discussion with a property owner; no residents.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="owner@pelicanpropertiesllc.com",
        subject="Heron house lease renewal",
        body="Hi Walt,\n\nWe'd like to renew Heron for another 24 months. Can we hold the increase to 3%? We replaced the water heater ourselves in August ($1,900).\n\nBeth Salcedo, Executive Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="weekly census workbook to county funder",
        notes="Multi-sheet census names residents with move-in dates and MAT status for voucher billing.",
        frm="Billing <billing@thresholdhomes.net>",
        to="recoveryhousing@marrowcountybh.gov",
        subject="Voucher census week of 11/16",
        body="Census for county-voucher residents attached; invoices follow Friday.",
        atts=(
            Att(
                "voucher_census_1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Residents": [
                            ["Name", "House", "Move-in", "MAT"],
                            ["Adaeze Okonkwo", "Osprey", "11/12/2026", "bup"],
                            ["Harlan Voss", "Gannet", "09/30/2026", "none"],
                            ["Priscilla Dubois", "Marlin", "10/05/2026", "naltrexone"],
                        ],
                        "Invoices": [
                            ["Voucher #", "Amount"],
                            ["MCV-22418", 740],
                            ["MCV-22301", 740],
                            ["MCV-22355", 740],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="operating budget workbook to board",
        notes="Hard negative: multi-sheet budget with line items like drug testing supplies; no individual.",
        frm="Billing <billing@thresholdhomes.net>",
        to="board@thresholdhomes.net",
        subject="FY27 draft budget",
        body="Board, draft FY27 budget attached. Drug testing costs are up 22% because of the fentanyl strips.",
        atts=(
            Att(
                "FY27_budget_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Revenue": [
                            ["Source", "FY26", "FY27"],
                            ["Resident fees", 612000, 640000],
                            ["County vouchers", 188000, 210000],
                        ],
                        "Expenses": [
                            ["Line", "FY26", "FY27"],
                            ["Leases", 402000, 414000],
                            ["Drug testing supplies", 21000, 25600],
                            ["Naloxone", 0, 0],
                        ],
                        "Occupancy": [
                            ["House", "Beds", "Avg occupancy %"],
                            ["Gannet", 10, 92],
                            ["Marlin", 8, 88],
                            ["Heron", 8, 95],
                            ["Osprey", 9, 81],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="message to resident's mother about eviction and relapse",
        notes="Tells a named resident's mother that he was discharged from the house for using opioids.",
        frm="Luis Ferreira <lferreira@thresholdhomes.net>",
        to="marcy.voss@hotmail.com",
        subject="Harlan",
        body=(
            "Mrs. Voss,\n\nHarlan listed you as his emergency contact and asked me to write. He had to leave Gannet house "
            "this morning after using pills again. He is safe and went to the Cobalt Bay walk-in clinic at 10. "
            "His belongings are boxed in the garage and can be picked up any day before 8 pm.\n\nLuis Ferreira"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="NARR certification renewal",
        notes="Hard negative: certification paperwork describing recovery residence standards; no resident.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="certification@carecoveryresidences.org",
        subject="Level II recertification - 4 houses",
        body="Attached are our standards self-assessment and fire inspection reports for Gannet, Marlin, Heron and Osprey. Our naloxone policy (one kit per floor, monthly check) is on page 6.\n\nBeth"
        + SIG,
        atts=(
            Att(
                "self_assessment.docx",
                DOCX,
                docx(
                    [
                        "Threshold Homes NARR Level II self-assessment",
                        "Standard 14: residents have access to naloxone; staff trained quarterly.",
                        "Standard 22: MAT residents are welcomed; medications are secured.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="house photo named after resident",
        notes="Hard positive: PNG file named after a resident with a 'sobriety chip' caption identifies her as in recovery.",
        frm="Marlin House <marlin@thresholdhomes.net>",
        to="newsletter@thresholdhomes.net",
        subject="pic for the milestone corner",
        body="For the newsletter - she said ok to use her first name only, so crop the caption.",
        atts=(Att("Priscilla_Dubois_90day_chip.png", "image/png", png(5, 5, (210, 180, 60))),),
    ),
    Spec(
        phi=False,
        category="resident newsletter without names",
        notes="Newsletter with chore schedule and events; no resident named.",
        frm="Threshold Homes <newsletter@thresholdhomes.net>",
        to="residents@thresholdhomes.net",
        subject="Threshold Times - November",
        body="",
        html=(
            "<html><body><h2>Threshold Times</h2><ul><li>Thanksgiving potluck at Gannet, 2 pm</li>"
            "<li>Osprey painted the porch - thank you!</li><li>Reminder: meeting slips due Sundays</li></ul>"
            "<p>Milestones this month: 3 residents hit 90 days, 1 hit a year. Proud of all of you.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="reference letter to new landlord",
        notes="Hard positive: housing reference reveals the named tenant lived in a sober-living home and stayed abstinent.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="leasing@bayviewapartmentsardeen.com",
        subject="Reference for Priscilla Dubois",
        body=(
            "To the leasing office,\n\nPriscilla Dubois has lived in our Marlin recovery residence since October 2026. "
            "She has had no positive drug tests, pays rent on time and kept her chore schedule. She is moving on as "
            "part of her recovery plan and I recommend her without reservation.\n\nBeth Salcedo"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="fire inspection scheduling",
        notes="Facilities scheduling with the fire marshal; no residents.",
        frm="Facilities <facilities@thresholdhomes.net>",
        to="firemarshal.scheduling@portardeen.gov",
        subject="Annual inspection - 4 addresses",
        body="Good morning,\n\nCould we book the annual inspections for 505 Gannet Ave, 12 Marlin Ct, 88 Heron Way and 301 Osprey Ln on the same day? Any Tuesday in December works.\n\nTheo Brandt, Facilities",
    ),
    Spec(
        phi=True,
        category="medication log photo request reply",
        notes="Reply to an outpatient nurse listing a named resident's missed buprenorphine doses from the lockbox log.",
        frm="Osprey House <osprey@thresholdhomes.net>",
        to="nursing@cobaltbayrecovery.org",
        subject="RE: Adaeze's lockbox log",
        body=(
            "Hi Lorena,\n\nLog says Adaeze took her Suboxone film every morning except 11/14 and 11/15 (she was at her "
            "aunt's overnight with a pass and took the films with her, says she dosed). Count matches: 4 films left.\n\nJune, Osprey house manager"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Nursing Station <nursing@cobaltbayrecovery.org>",
            to="osprey@thresholdhomes.net",
            subject="Adaeze's lockbox log",
            body="Hi June, can you check whether Adaeze Okonkwo missed any bup doses last week? Her UDS was negative for buprenorphine on 11/16. Thanks, Lorena RN",
        ),
    ),
    Spec(
        phi=False,
        category="staff naloxone training sign-up",
        notes="Staff training logistics; no resident.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="housemanagers@thresholdhomes.net",
        subject="Quarterly Narcan refresher",
        body="House managers: quarterly refresher is Dec 3, 6 pm at Gannet. We'll also swap the expired kits (lot 24C exp 11/2026).",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Threshold Homes//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:thh-narcan-q4@thresholdhomes.net\r\nDTSTAMP:20261116T160000Z\r\nDTSTART:20261204T020000Z\r\nDTEND:20261204T030000Z\r\n"
            "SUMMARY:Narcan refresher (house managers)\r\nLOCATION:505 Gannet Ave\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="rent ledger to resident's payee",
        notes="Hard positive: rent ledger to a representative payee names the resident and the sober-living charges incl. drug-test fees.",
        frm="Billing <billing@thresholdhomes.net>",
        to="payee@ardeenfiduciaryservices.org",
        subject="Statement - Voss, Harlan",
        body="Attached is the final statement. Balance due $212 (prorated rent plus two lab-confirmation fees).",
        atts=(
            Att(
                "statement_voss.csv",
                "text/csv",
                "date,item,amount\n2026-11-02,Weekly rent Gannet,185\n2026-11-09,Weekly rent Gannet,185\n2026-11-10,Lab confirmation - positive oxycodone,35\n2026-11-16,Lab confirmation - positive fentanyl,35\n2026-11-16,Prorated credit,-228\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug test kit invoice dispute",
        notes="Hard negative: invoice dispute with an SSN-shaped invoice number and drug-panel names, no person.",
        frm="Billing <billing@thresholdhomes.net>",
        to="ar@clearpathdiagnostics.com",
        subject="Invoice 602-41-7735 - duplicate charge",
        body="Hello,\n\nInvoice 602-41-7735 bills us twice for 6 cases of 14-panel cups with fentanyl and xylazine strips. We only received one shipment (packing slip attached in the earlier email). Please credit.\n\nThanks,\nNina, Billing",
    ),
    Spec(
        phi=True,
        category="court compliance letter from house",
        notes="Letter to drug court confirming a named participant resides in the house and tested negative.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="treatmentcourt@marrowcountycourts.gov",
        subject="Residence verification",
        body=(
            "Dear Coordinator,\n\nWith the participant's consent, this confirms that Darnell Okafor has resided at our "
            "Gannet recovery residence since 10/26/2026. House tests on 11/4 and 11/11 were negative; the 11/16 test "
            "was not collected because he was at work.\n\nBeth Salcedo" + SIG
        ),
        atts=(
            Att(
                "residence_verification_okafor.docx",
                DOCX,
                docx(
                    [
                        "THRESHOLD HOMES",
                        "Residence verification for Darnell Okafor",
                        "Resident since 10/26/2026, Gannet house.",
                        "House tests: 11/4 negative, 11/11 negative.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="insurance certificate request",
        notes="Liability insurance paperwork; no residents.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="service@ardeeninsurancegroup.com",
        subject="COI for Osprey lease",
        body="Please send a certificate of insurance naming Pelican Properties LLC as additional insured for 301 Osprey Ln. Policy GL-7740132.",
    ),
    Spec(
        phi=True,
        category="house meeting minutes with named residents",
        notes="Hard positive: meeting minutes mention residents by first name and last initial with a relapse and a new medication.",
        frm="Gannet House <gannet@thresholdhomes.net>",
        to="director@thresholdhomes.net",
        subject="Gannet minutes 11/17",
        body=(
            "Minutes - Gannet 11/17\n- Chores rotated.\n- Marcus T. back from 5 days at detox; house voted to let him return on contract.\n"
            "- Eli W. started Vivitrol shot at Cobalt Bay, asked us to watch for injection-site issues.\n- Need a new toaster."
        ),
        atts=(
            Att(
                "gannet_minutes_1117.txt",
                "text/plain",
                "Gannet house meeting 11/17\nPresent: 9 of 10\nMarcus T. returned from detox (5 days); contract signed.\nEli W. started Vivitrol 11/16.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer orientation packet",
        notes="Volunteer logistics zip of forms and a house map; no resident.",
        frm="Volunteer Coordinator <volunteer@thresholdhomes.net>",
        to="ms.hendricks.volunteers@gmail.com",
        subject="Orientation packet",
        body="Hi Gloria,\n\nThanks for signing up to teach the cooking class. The packet has the confidentiality pledge and a map of the Gannet kitchen.\n\nSara",
        atts=(
            Att(
                "volunteer_packet.zip",
                "application/zip",
                zipped(
                    {
                        "confidentiality_pledge.txt": "I will not disclose the identity of any resident I meet while volunteering.\nSignature: ______\n",
                        "kitchen_map.png": png(4, 4, (120, 200, 120)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="overdose incident report to funder",
        notes="Critical incident report names the resident, the overdose, naloxone given and the hospital.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="incidents@marrowcountybh.gov",
        subject="Critical incident report 2026-14",
        body=(
            "Critical incident 2026-14\nDate/time: 11/15/2026 02:10\nLocation: 88 Heron Way\nResident: Colby Renwick, 24\n"
            "Description: roommate found him unresponsive; staff gave 2 doses naloxone nasal, EMS transported to Port Ardeen "
            "General. Resident now stable and admitted to detox.\nFollow-up: room search found no further substances."
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes for city council",
        notes="Hard negative: counts of residents, relapses and overdoses across all houses; no individual.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="council.clerk@portardeen.gov",
        subject="Testimony handout for Tuesday",
        body="Attached handout for the council's recovery-housing hearing: 2026 YTD 142 residents served, 81% negative on all random tests, 4 overdoses (all reversed, no deaths), average stay 5.4 months.",
        atts=(
            Att(
                "testimony_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "THRESHOLD HOMES - 2026 AT A GLANCE",
                        "Residents served: 142",
                        "Random tests negative: 81%",
                        "Overdoses: 4 (all reversed)",
                        "Average stay: 5.4 months",
                    ],
                    "Handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="application waitlist export",
        notes="Hard positive: waitlist workbook pairs applicant names and phones with detox discharge dates and MAT status.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="sara.intake.threshold@gmail.com",
        subject="waitlist to work from home",
        body="Sending to my personal so I can call people tomorrow while I'm off. -S",
        atts=(
            Att(
                "waitlist.xlsx",
                XLSX,
                xlsx(
                    {
                        "Women": [
                            ["Name", "Phone", "Detox d/c", "MAT"],
                            ["Joelle Marchand", "555-0118", "11/20", "methadone"],
                            ["Rae Tillman", "555-0124", "11/24", "none"],
                        ],
                        "Men": [
                            ["Name", "Phone", "Detox d/c", "MAT"],
                            ["Gus Amarante", "555-0131", "11/19", "bup"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="inquiry reply without resident details",
        notes="Hard negative: reply to a parent's inquiry that neither confirms nor denies residence and gives only general info.",
        frm="Threshold Homes Intake <intake@thresholdhomes.net>",
        to="dmccreary1964@yahoo.com",
        subject="RE: is my daughter staying there?",
        body="Dear Mr. McCreary,\n\nFor privacy reasons we can't confirm or deny whether any person lives in our homes. If someone you love is a resident, they can sign a release so staff can speak with you. General information on our houses is at thresholdhomes.net.\n\nIntake Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="email to resident about MAT storage violation",
        notes="Names the resident and his methadone take-home bottles found unsecured.",
        frm="Heron House <heron@thresholdhomes.net>",
        to="gus.amarante@outlook.com",
        subject="Take-homes",
        body="Gus,\n\nYour two methadone take-home bottles were on the kitchen counter this morning. I've locked them in the med box. Rule 3 - they have to be in the box. Second notice means a contract. Let's talk at 5.\n\nRiley",
    ),
    Spec(
        phi=False,
        category="HIPAA awareness note for house managers",
        notes="Hard negative: privacy guidance with a made-up example name explicitly labelled fictional.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="housemanagers@thresholdhomes.net",
        subject="Privacy tips - what not to text",
        body=(
            "Reminder: don't text resident test results. Example of what NOT to send (fictional person): "
            "'John Sample at Heron popped for fentanyl.' Instead say 'please call me about a resident.' "
            "Use the Signal group for scheduling only."
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital discharge to house manager",
        notes="Forwarded hospital discharge instructions name the resident after an overdose.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="heron@thresholdhomes.net",
        subject="FW: Colby - discharge instructions",
        body="Riley, FYI before Colby comes back Thursday. Please keep an extra naloxone kit in his room.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Discharge Nurse <discharge@portardeengeneral.org>",
            to="director@thresholdhomes.net",
            subject="Discharge instructions - Colby Renwick",
            body="Patient Colby Renwick (DOB 03/02/2002) treated for opioid overdose 11/15. Discharged to Cobalt Bay withdrawal management. Naloxone prescribed.",
        ),
    ),
    Spec(
        phi=False,
        category="plumber invoice",
        notes="Maintenance invoice; no residents.",
        frm="Facilities <facilities@thresholdhomes.net>",
        to="billing@tidewaterplumbing.com",
        subject="Paid - invoice 3381",
        body="Paid by ACH today. Thanks for the quick work on the Marlin upstairs shower.\n\nTheo",
    ),
    Spec(
        phi=True,
        category="transport request for resident to methadone clinic",
        notes="Hard positive: ride request pairs the named resident, Medicaid ID and address with daily methadone dosing.",
        frm="Osprey House <osprey@thresholdhomes.net>",
        to="dispatch@ardeencaretransit.org",
        subject="Standing ride request",
        body="Please set up weekday rides for Joelle Marchand from 301 Osprey Ln to Lakeshore OTP (methadone dosing) at 7:15 am starting 11/23. Her Medicaid ID is 91733508B. Phone 555-0118.",
    ),
    Spec(
        phi=False,
        category="house photo for listing",
        notes="Property photo for a housing directory listing; no person.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="listings@recoveryhousingdirectory.org",
        subject="Updated photo - Osprey",
        body="New exterior photo for our Osprey listing (women's, MAT-friendly, 9 beds).",
        atts=(Att("osprey_front.png", "image/png", png(6, 4, (180, 150, 120))),),
    ),
    Spec(
        phi=True,
        category="grievance response letter to resident",
        notes="Response letter names the resident and her positive test that led to a behavior contract.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="kenzie.roldan@gmail.com",
        subject="Your grievance",
        body="",
        html=(
            "<html><body><p>Dear Kenzie Roldan,</p><p>I reviewed your grievance about the behavior contract. The lab "
            "confirmation of your 11/16 specimen showed alprazolam and THC, and you have no prescription on file, so the "
            "contract stands. You may appeal to the board within 10 days.</p><p>Beth Salcedo, Executive Director</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="job posting house manager",
        notes="Hard negative: job posting requiring recovery experience and naloxone skills; no resident.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="jobs@ardeennonprofitnetwork.org",
        subject="Live-in house manager (Heron)",
        body="Threshold Homes seeks a live-in house manager. Minimum 2 years continuous recovery; comfortable administering naloxone and observed urine collection; free room plus $1,600/month.",
    ),
    Spec(
        phi=True,
        category="move-out summary to outpatient counselor",
        notes="Hard positive: terse summary with resident initials, house and a DOB that identify him plus relapse dates.",
        frm="Gannet House <gannet@thresholdhomes.net>",
        to="mfontaine.counseling@outlook.com",
        subject="HV move-out",
        body="HV (dob 4/8/89), Gannet, out 11/16. +oxy 11/10, +fent 11/16. Said he's going to his mom's on Creel Rd. Not answering phone.",
    ),
    Spec(
        phi=False,
        category="chore chart docx",
        notes="Weekly chore chart with room numbers only.",
        frm="Marlin House <marlin@thresholdhomes.net>",
        to="residents-marlin@thresholdhomes.net",
        subject="chore chart wk 47",
        body="New chart attached. Kitchen deep clean Saturday.",
        atts=(
            Att(
                "chores_wk47.docx",
                DOCX,
                docx(
                    [
                        "Marlin chores week 47",
                        "Room 1: kitchen",
                        "Room 2: bathrooms",
                        "Room 3: trash and recycling",
                        "Room 4: living room",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donation thank-you",
        notes="Thank-you to a donor; no resident.",
        frm="Beth Salcedo <director@thresholdhomes.net>",
        to="hank.oleary@comcast.net",
        subject="Thank you",
        body="Hank,\n\nThank you for the $2,500 gift to mark your firm's 20th anniversary. It will cover a year of naloxone kits and smoke detectors for all four houses.\n\nWith gratitude,\nBeth",
    ),
]
