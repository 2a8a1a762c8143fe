"""Beacon Low Vision Services (low-vision rehabilitation agency): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

BLV = "Beacon Low Vision Services <info@beaconlowvision.org>"
SIG = "\n\nBeacon Low Vision Services\n655 N 4th St, Allentown, PA 18102\n(610) 555-0150 | beaconlowvision.org"

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="intake confirmation to new client",
        notes="Intake confirmation to the client's gmail naming her, her macular degeneration and the first home visit date.",
        frm="Colleen Murtagh <cmurtagh@beaconlowvision.org>",
        to="dorothea.sandquist@gmail.com",
        subject="Welcome to Beacon - your first visit",
        body="Dear Mrs. Sandquist,\n\nThank you for speaking with me on Friday. Based on the referral from Dr. Raman for your macular degeneration, we have scheduled your low vision evaluation at home on Wednesday, April 29 at 1:00 pm with our therapist Meredith Quayle, CLVT. Please have your current glasses and any magnifiers you use handy.\n\nColleen Murtagh\nIntake Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="rehabilitation plan DOCX with SSN to state counselor",
        notes="Rehabilitation plan to the state vocational counselor with the client's name, SSN, retinitis pigmentosa and planned services.",
        frm="Sunita Patel <spatel@beaconlowvision.org>",
        to="mhowell@pa-bbvs-services.org",
        subject="IPE services plan - your consumer",
        body="Hi Monica,\n\nThe proposed services plan for your consumer is attached for your signature. Authorization needed for 24 hours of assistive technology training.\n\nSunita Patel, CVRT\nVision Rehabilitation Therapist"
        + SIG,
        atts=(
            Att(
                "Services_plan_Cordero_J.docx",
                DOCX,
                docx(
                    [
                        "Beacon Low Vision Services - Proposed Rehabilitation Services Plan",
                        "Consumer: Joaquin Cordero   SSN 211-48-7730   DOB 09/14/1991",
                        "Condition: retinitis pigmentosa, visual fields under 10 degrees OU, legally blind",
                        "Goal: retain employment as payroll clerk",
                        "Services: JAWS screen reader training (24 h), O&M long cane training (16 h), workplace assessment",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="low vision therapy progress note with MBI",
        notes="Progress note PDF to the referring ophthalmologist names the client with Medicare MBI, diagnosis and therapy progress.",
        frm="Meredith Quayle <mquayle@beaconlowvision.org>",
        to="referrals@clearviewretina.com",
        subject="Progress note - low vision therapy",
        body="Dr. Raman,\n\nPlease find attached the 30-day progress note and plan of care for Mrs. Sandquist (MBI: 4TW7-HN2-RK58) for signature - Medicare requires your certification.\n\nMeredith Quayle, OTR/L, CLVT"
        + SIG,
        atts=(
            Att(
                "Progress_note_Sandquist.pdf",
                "application/pdf",
                pdf(
                    [
                        "BEACON LOW VISION SERVICES - LOW VISION THERAPY PROGRESS NOTE",
                        "Client: Dorothea Sandquist   DOB: 06/02/1939   MBI: 4TW7-HN2-RK58",
                        "Dx: exudative AMD OU with inactive scar OS (H35.3232), VA 20/200 OU",
                        "Visits 1-6 (97535): eccentric viewing training, 4x illuminated stand magnifier",
                        "Progress: reads 14-pt print at 40 wpm (baseline 0), labels medications independently",
                        "Plan: 4 more visits; certification requested through 06/30/2026",
                    ],
                    "Progress note",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="orientation and mobility lesson invite to contractor",
        notes="Hard positive: calendar invite to a contract instructor's gmail names the client and his home address for cane travel lessons, which reveals blindness.",
        frm="Daniel Ortiz <dortiz@beaconlowvision.org>",
        to="renee.vanhorn.coms@gmail.com",
        subject="Invitation: O&M - G. Fisk - Thu 9:00",
        body="Renee - can you cover these while I'm at the conference? Route notes in the invite.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Beacon Low Vision//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:blv-om-fisk-20260430@beaconlowvision.org\nDTSTAMP:20260421T130000Z\nDTSTART:20260430T130000Z\nDTEND:20260430T143000Z\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:O&M lesson - Gerald Fisk (long cane, bus route 103)\nDESCRIPTION:Meet at client's home 1120 W Tilghman St Apt 2. Glaucoma, no usable vision OD. Work on street crossing at 12th St signal.\nLOCATION:1120 W Tilghman St, Allentown\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="assistive device delivery CSV to vendor",
        notes="Hard positive: delivery list gives clients' names, addresses and phones with video magnifiers from a low-vision agency, revealing visual impairment.",
        frm="Assistive Technology <at@beaconlowvision.org>",
        to="deliveries@clearvuemagnifiers.com",
        subject="Delivery list - PO BLV-7719",
        body="Please deliver and set up the units below; clients expect a call the day before.\n\nKevin Marsh\nAT Specialist",
        atts=(
            Att(
                "BLV-7719_deliveries.csv",
                "text/csv",
                "client,address,phone,item,training_note\n"
                "Agnes Wolfe,228 N 9th St Allentown PA 18102,610-555-0161,Desktop video magnifier 24in,AMD - high contrast mode yellow/black\n"
                "Leroy Baptiste,45 E Broad St Bethlehem PA 18018,610-555-0168,Portable 7in magnifier,diabetic retinopathy - speech on\n"
                "Fern Holloway,910 Chestnut St Emmaus PA 18049,484-555-0170,OCR reading machine,glaucoma - tunnel vision\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only home safety report to client's daughter",
        notes="Hard positive: HTML-only email to a daughter's outlook names her mother, her home address and fall-risk findings from the vision loss assessment.",
        frm="Meredith Quayle <mquayle@beaconlowvision.org>",
        to="karen.lutz.home@outlook.com",
        subject="Home assessment summary for your mom",
        body="",
        html="<html><body><p>Hi Karen,</p><p>Here is the summary from yesterday's home safety visit with your mother, <b>Margaret Lutz</b>, at <b>317 Walnut St, Catasauqua</b>:</p><ul><li>Two falls in March; central vision loss from macular degeneration makes the basement steps hardest.</li><li>Recommended: contrast tape on stair edges, 100 W LED task lamp in kitchen, bump dots on stove and microwave.</li><li>Next visit: May 6, 10 am - medication organizer training.</li></ul><p>Meredith Quayle, CLVT<br>Beacon Low Vision Services</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="forwarded client email to counseling center",
        notes="Hard positive: forwarded client email reveals his name, phone and depression after losing his sight, sent on for a counseling referral.",
        frm="Andre Simmons <asimmons@beaconlowvision.org>",
        to="intake@lehighcounselingcenter.org",
        subject="Fwd: not doing well - referral",
        body="Hello intake team,\n\nReferring a client of ours for counseling with his consent (release on file, attached to his chart). His email is below. He would prefer a male counselor and phone sessions.\n\nAndre Simmons, LCSW\nSocial Worker"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Victor Stanek <vstanek1952@yahoo.com>",
            to="asimmons@beaconlowvision.org",
            subject="not doing well",
            body="Andre, since the stroke took most of my sight I don't sleep and I don't see the point of getting up. My wife says I should talk to someone. You can call me at 610-555-0187. - Victor Stanek",
        ),
    ),
    Spec(
        phi=True,
        category="texting-style fall report to supervisor",
        notes="Hard positive: short text-style note names the client, his street address, a fall and his visual impairment needs.",
        frm="Daniel Ortiz <dortiz@beaconlowvision.org>",
        to="r.acheson@outlook.com",
        subject="abernathy",
        body="fyi mr abernathy fell on his front steps again (22 Wyandotte St), bruised hip, no ER. needs contrast tape + cane refresher asap, lives alone. ok to add 2 visits? - D",
    ),
    Spec(
        phi=True,
        category="caseload workbook to state funder",
        notes="Multi-sheet caseload report to the state agency lists clients by name and SSN with diagnoses, service hours and authorization numbers.",
        frm="Rosalyn Acheson <racheson@beaconlowvision.org>",
        to="contracts@pa-bbvs-services.org",
        subject="Q1 caseload and hours - contract 44-BLV-26",
        body="Q1 report attached. Three authorizations expire in May - see tab 2.\n\nRosalyn Acheson\nExecutive Director",
        atts=(
            Att(
                "BLV_Q1_caseload.xlsx",
                XLSX,
                xlsx(
                    {
                        "Caseload": [
                            ["Client", "SSN", "Auth #", "Diagnosis", "Service", "Hours"],
                            [
                                "Cordero, Joaquin",
                                "211-48-7730",
                                "A-26-3301",
                                "Retinitis pigmentosa",
                                "AT training",
                                12,
                            ],
                            ["Fisk, Gerald", "509-62-1184", "A-26-3318", "Glaucoma", "O&M", 9],
                            [
                                "Baptiste, Leroy",
                                "402-19-6653",
                                "A-26-3342",
                                "Diabetic retinopathy",
                                "Daily living skills",
                                6,
                            ],
                        ],
                        "Expiring": [
                            ["Auth #", "Client", "Expires"],
                            ["A-26-3301", "Cordero, Joaquin", "2026-05-15"],
                            ["A-26-3342", "Baptiste, Leroy", "2026-05-31"],
                        ],
                        "Totals": [
                            ["Service", "Hours"],
                            ["AT training", 12],
                            ["O&M", 9],
                            ["Daily living skills", 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="client ID and DOB note to support group partner",
        notes="Hard positive: no name, but a client number, exact birth date and ZIP code are given with Charles Bonnet hallucinations.",
        frm="Andre Simmons <asimmons@beaconlowvision.org>",
        to="groups@visionpeersupport.org",
        subject="new member for Tuesday group",
        body="Hi Jo,\n\nPlease add client BLV-20419 (DOB 03/03/1938, lives in 18052) to the Tuesday phone group. She has Charles Bonnet syndrome - sees faces and patterns - and is frightened by it; peers who have been through it would help. She'll dial in from her landline.\n\nAndre",
    ),
    Spec(
        phi=True,
        category="paratransit booking to low vision clinic",
        notes="Hard positive: ride booking gives the rider's name, address and phone with the destination being the agency's low vision clinic, which reveals care.",
        frm="Colleen Murtagh <cmurtagh@beaconlowvision.org>",
        to="ridebooking@valleyparatransit.org",
        subject="Standing ride request",
        body="Please set up a standing ride:\n\nRider: Ethel Brandywine, 84 Stoneybrook Ln, Whitehall PA 18052, 610-555-0176\nPick-up: Tuesdays 9:15 am, starting 5/5, for 6 weeks\nDestination: Beacon Low Vision Clinic, 655 N 4th St, Allentown (therapy session 10:00-11:00)\nReturn: 11:15 am\nRider uses a white cane; please announce yourself at the door.\n\nColleen Murtagh",
    ),
    Spec(
        phi=True,
        category="low vision evaluation summary to client",
        notes="Evaluation summary PDF to the client's aol mailbox with her name, DOB, glaucoma and prescribed low vision devices.",
        frm="Dr. Leonard Tsang <ltsang@beaconlowvision.org>",
        to="fhollowayemmaus@aol.com",
        subject="Your low vision evaluation summary",
        body="Dear Ms. Holloway,\n\nAs promised, a copy of your evaluation summary is attached in large print. Please call with any questions.\n\nLeonard Tsang, OD, FAAO"
        + SIG,
        atts=(
            Att(
                "LVE_summary_Holloway.pdf",
                "application/pdf",
                pdf(
                    [
                        "BEACON LOW VISION SERVICES - LOW VISION EVALUATION SUMMARY",
                        "Fern Holloway   DOB 11/19/1947   Evaluation 04/16/2026",
                        "Advanced primary open-angle glaucoma OU, central island 8 degrees",
                        "Distance VA 20/100 OU; near 2.0M at 25 cm",
                        "Prescribed: OCR reading machine, 3x handheld LED magnifier, NoIR amber filters",
                        "Leonard Tsang, OD",
                    ],
                    "Low vision evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="large-print medication schedule to caregiver",
        notes="Large-print medication schedule sent to a caregiver's yahoo names the client and lists insulin and glaucoma drops.",
        frm="Sunita Patel <spatel@beaconlowvision.org>",
        to="tbaptiste.caregiver@yahoo.com",
        subject="Large-print med schedule for your dad",
        body="Hi Tanya,\n\nAttached is the large-print medication chart we made with your father today. Print it at 24 pt on yellow paper and tape it inside the kitchen cabinet.\n\nSunita"
        + SIG,
        atts=(
            Att(
                "Leroy_Baptiste_med_chart.txt",
                "text/plain",
                "LEROY BAPTISTE - MEDICINES\n\nMORNING\n  Lantus insulin 22 units (orange pen)\n  Metformin 1000 mg\n  Timolol drops - 1 drop BOTH eyes (yellow cap)\n\nEVENING\n  Metformin 1000 mg\n  Latanoprost drops - 1 drop BOTH eyes (teal cap)\n\nCheck sugar before breakfast and supper.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="support group welcome to new member",
        notes="Hard positive: welcome email to a comcast mailbox names the person as a new member of the agency's group for people living with vision loss.",
        frm="Andre Simmons <asimmons@beaconlowvision.org>",
        to="walt.pruitt@comcast.net",
        subject="Welcome to the Thursday group",
        body="Dear Walter,\n\nWelcome to Beacon's 'Living With Vision Loss' group. We meet Thursdays 2-3:30 pm in Room 104. Meredith mentioned you're still adjusting to the diagnosis and learning the new magnifier, so bring it along - others can share tips.\n\nAndre Simmons, LCSW"
        + SIG,
    ),
    Spec(
        phi=True,
        category="volunteer reader assignment with client details",
        notes="Hard positive: assignment to a volunteer's gmail gives the client's name, address and legal blindness from diabetic retinopathy.",
        frm="Volunteers <volunteers@beaconlowvision.org>",
        to="patty.kressley@gmail.com",
        subject="Your new reading match",
        body="Hi Patty,\n\nThank you for taking a new match! Your client is Mrs. Odessa Freeman at 402 E Greenleaf St, Allentown. She is legally blind from diabetic retinopathy and needs help reading her mail and sorting bills on Monday mornings. Please remind her to check her blood sugar log - her nurse asked us to.\n\nVolunteer Services"
        + SIG,
    ),
    Spec(
        phi=True,
        category="service invoice to state agency for named client",
        notes="Invoice to the state agency names the client and authorization with dated rehabilitation services billed.",
        frm="Billing <billing@beaconlowvision.org>",
        to="ap@pa-bbvs-services.org",
        subject="Invoice BLV-INV-2604-17",
        body="Invoice BLV-INV-2604-17\nConsumer: Joaquin Cordero   Authorization A-26-3301\n\n04/02/2026  AT training (JAWS), 2.0 h @ $78  $156.00\n04/09/2026  AT training (JAWS), 2.0 h @ $78  $156.00\n04/14/2026  O&M, 1.5 h @ $82  $123.00\nTotal due: $435.00\n\nRemit to Beacon Low Vision Services, 655 N 4th St, Allentown PA 18102.",
    ),
    Spec(
        phi=True,
        category="client success story naming client to foundation",
        notes="Hard positive: a grant story sent to a foundation names a real client with her age, town and glaucoma and the services she received.",
        frm="Rosalyn Acheson <racheson@beaconlowvision.org>",
        to="grants@lehighvalleycommunityfdn.org",
        subject="Story for your annual report",
        body="Hi Nora,\n\nHere's the client story you asked for:\n\n\"Rosa Delgado, 82, of Easton lost most of her side vision to glaucoma last year and stopped cooking. After eight visits with our therapist she uses talking kitchen tools and VoiceOver on her iPhone, and hosts Sunday dinner again.\"\n\nShe said yes on the phone; I'll get the signed form next week.\n\nRosalyn",
    ),
    Spec(
        phi=True,
        category="client photo with magnifier named by client",
        notes="Hard positive: a full-face photo of a client using a video magnifier, file named with his name, goes to the newsletter designer.",
        frm="Communications <comms@beaconlowvision.org>",
        to="layout@pagecraftdesign.com",
        subject="cover photo for summer newsletter",
        body="Cover image for the summer issue attached. Caption: 'Walter reads his own mail again.'",
        atts=(Att("Walter_Pruitt_CCTV_reading.png", "image/png", png(10, 8, (120, 90, 70))),),
    ),
    Spec(
        phi=True,
        category="workplace accommodation letter to employer HR",
        notes="Accommodation email to the client's employer names the employee with Stargardt disease and the assistive technology she needs.",
        frm="Sunita Patel <spatel@beaconlowvision.org>",
        to="hr@lehighlogisticsgroup.com",
        subject="Workplace accommodations - Hannah Greaves",
        body="Dear Ms. Ruiz,\n\nWith Hannah Greaves' written permission, here are our recommendations following Tuesday's worksite visit. Hannah has Stargardt disease (juvenile macular degeneration) with central vision loss in both eyes.\n\n1. ZoomText Fusion on her workstation\n2. 27-inch monitor on an adjustable arm\n3. Task lighting with glare control\n4. Large-print versions of shipping forms\n\nSunita Patel, CVRT"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="volunteer orientation invitation",
        notes="Invitation to a volunteer orientation session with a calendar file; no client.",
        frm="Volunteers <volunteers@beaconlowvision.org>",
        to="volunteer-list@lists.beaconlowvision.org",
        subject="Volunteer orientation - May 9",
        body="New volunteers: orientation is Saturday May 9, 9 am-noon. We'll cover sighted-guide technique and confidentiality. Invite attached.",
        atts=(
            Att(
                "volunteer_orientation_0509.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Beacon Low Vision//Volunteers//EN\nBEGIN:VEVENT\nUID:blv-vol-orient-20260509@beaconlowvision.org\nDTSTAMP:20260420T150000Z\nDTSTART:20260509T130000Z\nDTEND:20260509T160000Z\nSUMMARY:Beacon volunteer orientation\nLOCATION:655 N 4th St, Allentown, Room 104\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only gala invitation",
        notes="Hard negative: HTML-only gala invitation that talks about people living with blindness in general; no individual's care.",
        frm="Beacon Low Vision Services <events@beaconlowvision.org>",
        to="friends@lists.beaconlowvision.org",
        subject="Dinner in the Dark - June 12",
        body="",
        html='<html><body><h2>Dinner in the Dark 2026</h2><p>Experience a three-course dinner served by blind and low-vision staff, and help 900 Lehigh Valley neighbors living with vision loss stay independent.</p><p>Friday, June 12, 6 pm, ArtsQuest Center. Tickets $150.</p><p><a href="https://www.beaconlowvision.org/gala">Buy tickets</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="annual outcomes workbook by diagnosis",
        notes="Hard negative: multi-sheet outcomes report with client counts by diagnosis and age band; aggregate only.",
        frm="Rosalyn Acheson <racheson@beaconlowvision.org>",
        to="board@beaconlowvision.org",
        subject="FY25 outcomes for board packet",
        body="Outcomes tables for the board packet attached. 912 clients served, 78% met their primary goal.",
        atts=(
            Att(
                "FY25_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Diagnosis", "Clients"],
                            ["Macular degeneration", 402],
                            ["Glaucoma", 171],
                            ["Diabetic retinopathy", 139],
                            ["Other", 200],
                        ],
                        "By age": [
                            ["Age band", "Clients"],
                            ["Under 18", 31],
                            ["18-64", 188],
                            ["65-84", 466],
                            ["85+", 227],
                        ],
                        "Goals": [
                            ["Outcome", "Share"],
                            ["Met primary goal", 0.78],
                            ["Partially met", 0.15],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget workbook",
        notes="Programme budget for a grant application; no individual.",
        frm="Rosalyn Acheson <racheson@beaconlowvision.org>",
        to="grants@lehighvalleycommunityfdn.org",
        subject="Budget - Tech for Independence proposal",
        body="Hi Nora, budget and justification tabs attached for our proposal.\n\nRosalyn",
        atts=(
            Att(
                "Tech_for_Independence_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Budget": [
                            ["Line", "Amount"],
                            ["AT specialist 0.5 FTE", 31000],
                            ["Loaner devices", 18500],
                            ["Training materials", 2400],
                        ],
                        "Justification": [
                            ["Line", "Why"],
                            ["Loaner devices", "30-day trials before purchase"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="simulated low vision training with fictional case",
        notes="Hard negative: staff training DOCX with an obviously fictional example client and simulation exercises.",
        frm="Meredith Quayle <mquayle@beaconlowvision.org>",
        to="staff@beaconlowvision.org",
        subject="In-service: simulation goggles lab",
        body="Handout for Friday's in-service attached.",
        atts=(
            Att(
                "Inservice_simulation_lab.docx",
                DOCX,
                docx(
                    [
                        "Beacon in-service: experiencing low vision",
                        "Example client (fictional): 'Mr. Example', 80, AMD with central scotoma.",
                        "Station 1: central scotoma goggles - make tea.",
                        "Station 2: tunnel vision goggles - find the exit sign.",
                        "Discussion: what would help Mr. Example most at home?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff retirement party notice",
        notes="Staff notice about a colleague's retirement; no client.",
        frm="Beacon HR <hr@beaconlowvision.org>",
        to="staff@beaconlowvision.org",
        subject="Linda's retirement lunch",
        body="After 27 years as a rehabilitation teacher, Linda Szabo retires on May 29. Join us for lunch in Room 104 at noon that day. Card is at the front desk.",
    ),
    Spec(
        phi=False,
        category="assistive tech purchase order with SSN-shaped number",
        notes="Hard negative: a purchase order whose requisition number is shaped like an SSN; equipment only, no client.",
        frm="Assistive Technology <at@beaconlowvision.org>",
        to="sales@clearvuemagnifiers.com",
        subject="Requisition 538-40-2217 - loaner pool",
        body="Please invoice against requisition 538-40-2217. PDF attached.\n\nKevin Marsh",
        atts=(
            Att(
                "Req_538-40-2217.pdf",
                "application/pdf",
                pdf(
                    [
                        "BEACON LOW VISION SERVICES - REQUISITION 538-40-2217",
                        "ClearVue desktop video magnifier 24in  x2  $2,695.00  $5,390.00",
                        "ClearVue portable 7in  x4  $895.00  $3,580.00",
                        "Total $8,970.00   Deliver: 655 N 4th St, Allentown PA 18102",
                    ],
                    "Requisition",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer confidentiality policy PDF",
        notes="Hard negative: confidentiality policy for volunteers describing what client information may not be shared; no individual.",
        frm="Volunteers <volunteers@beaconlowvision.org>",
        to="volunteer-list@lists.beaconlowvision.org",
        subject="Please read: confidentiality policy",
        body="All volunteers must sign the attached confidentiality policy before their next assignment.",
        atts=(
            Att(
                "Volunteer_confidentiality_policy.pdf",
                "application/pdf",
                pdf(
                    [
                        "BEACON LOW VISION SERVICES - VOLUNTEER CONFIDENTIALITY POLICY",
                        "Client names, addresses, eye conditions and services are confidential.",
                        "Do not post photos of clients or their homes on social media.",
                        "Do not email client details from personal accounts.",
                        "Report any disclosure to the Volunteer Coordinator within 24 hours.",
                    ],
                    "Volunteer confidentiality",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="large-print document templates zip",
        notes="Hard negative: zip of large-print letter templates with placeholders for client name and diagnosis; no real person.",
        frm="Communications <comms@beaconlowvision.org>",
        to="office@slatebeltseniorcenter.org",
        subject="Large-print templates you asked for",
        body="As promised, our large-print templates. Replace the bracketed fields; keep 18 pt Arial.",
        atts=(
            Att(
                "Beacon_largeprint_templates.zip",
                "application/zip",
                zipped(
                    {
                        "appointment_letter_template.txt": "Dear [CLIENT NAME],\n\nYour [SERVICE] visit is on [DATE] at [TIME].\n\n[THERAPIST NAME]\n",
                        "device_instructions_template.txt": "[DEVICE NAME] - how to use\n1. [STEP]\n2. [STEP]\nFor help call (610) 555-0150.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded state agency rate change notice",
        notes="Hard negative: forwarded state agency notice about provider rate changes and billing codes; no consumer.",
        frm="Rosalyn Acheson <racheson@beaconlowvision.org>",
        to="finance@beaconlowvision.org",
        subject="Fwd: FY27 provider rate schedule",
        body="Please update the billing table for July 1.\n\nR",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Provider Contracts <contracts@pa-bbvs-services.org>",
            to="racheson@beaconlowvision.org",
            subject="FY27 provider rate schedule",
            body="Effective July 1, 2026: O&M instruction $86/h, vision rehabilitation therapy $81/h, assistive technology training $80/h. Invoices must cite the authorization number. Travel time is no longer billable separately.",
        ),
    ),
    Spec(
        phi=False,
        category="White Cane Day donor newsletter",
        notes="Donor newsletter about White Cane Safety Day and agency programmes; no individual.",
        frm="Beacon Low Vision Services <news@beaconlowvision.org>",
        to="donors@lists.beaconlowvision.org",
        subject="Beacon Notes - spring",
        body="Spring news from Beacon:\n\n- Our O&M team taught 1,340 hours of cane travel last year.\n- New: free tech Tuesdays for smartphone accessibility.\n- Thank you to the 212 donors who funded our loaner magnifier library.\n\nBeacon Low Vision Services"
        + SIG,
    ),
    Spec(
        phi=False,
        category="COMS job posting",
        notes="Job posting for an orientation and mobility specialist; no client.",
        frm="Beacon HR <hr@beaconlowvision.org>",
        to="jobs@aerbvi-careers.org",
        subject="Posting: Certified Orientation & Mobility Specialist",
        body="Beacon Low Vision Services (Allentown, PA) seeks a full-time COMS to provide home- and community-based O&M instruction to adults. ACVREP certification required; mileage reimbursed. Salary $58,000-$66,000. Apply to hr@beaconlowvision.org.",
    ),
    Spec(
        phi=False,
        category="donation thank-you to donor's gmail",
        notes="Donation acknowledgment to a donor's personal gmail; no health information.",
        frm="Development <giving@beaconlowvision.org>",
        to="hartmann.family.pa@gmail.com",
        subject="Thank you for your gift",
        body="Dear Mr. and Mrs. Hartmann,\n\nThank you for your gift of $500 received April 14. No goods or services were provided in exchange. Please keep this letter for your tax records (Beacon Low Vision Services EIN 23-1187340).\n\nWith gratitude,\nRosalyn Acheson\nExecutive Director",
    ),
    Spec(
        phi=False,
        category="volunteer training reminder to yahoo",
        notes="Training reminder to a volunteer's personal yahoo; no client information.",
        frm="Volunteers <volunteers@beaconlowvision.org>",
        to="gina.marchetti77@yahoo.com",
        subject="Sighted guide refresher Saturday",
        body="Hi Gina, just a reminder that the sighted guide refresher is Saturday at 10 am. Wear comfortable shoes! - Volunteer Services",
    ),
    Spec(
        phi=False,
        category="low vision optometrist directory with NPIs",
        notes="Hard negative: directory of low vision optometrists with their NPIs and specialties for a partner; clinicians, no patient.",
        frm="Colleen Murtagh <cmurtagh@beaconlowvision.org>",
        to="info@lehighvalleyaging.org",
        subject="Low vision provider directory for your case managers",
        body="As requested, area low vision providers who accept referrals:\n\nLeonard Tsang, OD, FAAO - Beacon Low Vision Clinic, Allentown - NPI: 1593493467\nKeisha Rowland, OD - BrightFrame Optical, Allentown - NPI: 1457088221\nAnjali Raman, MD - retina, Clearview Retina & Eye Associates - NPI: 1583752997\n\nReferral form: beaconlowvision.org/refer"
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate referral sources table",
        notes="Hard negative: a table of referral counts by source and eye condition; aggregate numbers, no individual.",
        frm="Colleen Murtagh <cmurtagh@beaconlowvision.org>",
        to="racheson@beaconlowvision.org",
        subject="Referral sources Jan-Mar",
        body="Referrals Q1 2026 (n=241)\n\nSource               AMD  Glaucoma  DR  Other\nRetina practices      61        4   22      9\nOptometrists          28       19    7     14\nState agency (BBVS)    6       11    9     21\nSelf/family           15        5    3      7\n\nClearview sends the most AMD referrals; optometry referrals up 18%.",
    ),
    Spec(
        phi=False,
        category="magnifier product comparison for staff",
        notes="Product comparison of magnifiers for staff purchasing decisions; vendor information only.",
        frm="Kevin Marsh <kmarsh@beaconlowvision.org>",
        to="staff@beaconlowvision.org",
        subject="Portable magnifier comparison",
        body="Quick comparison before Thursday's purchasing meeting:\n\nClearVue 7in - 2x-24x, 4 h battery, $895\nLumaRead Pocket 5 - 2x-16x, 3 h battery, $640\nOptiMag HD 10 - 1.5x-30x, speech, $1,290\n\nMy vote: ClearVue for the loaner pool.\n\nKevin",
    ),
    Spec(
        phi=False,
        category="blank referral intake form DOCX",
        notes="Hard negative: a blank referral form with empty fields for name, DOB, diagnosis and visual acuity, sent to a partner clinic.",
        frm="Colleen Murtagh <cmurtagh@beaconlowvision.org>",
        to="frontoffice@easthillsvision.com",
        subject="Our referral form",
        body="Here is our referral form. Fax completed forms to (610) 555-0151 or send through the secure portal - please don't email them back.",
        atts=(
            Att(
                "Beacon_referral_form_blank.docx",
                DOCX,
                docx(
                    [
                        "BEACON LOW VISION SERVICES - REFERRAL FORM",
                        "Client name: ____________________   DOB: ___/___/_____",
                        "Address: __________________________   Phone: ____________",
                        "Eye diagnosis: ____________________   Best-corrected VA: OD ______ OS ______",
                        "Services requested: [ ] Low vision exam [ ] O&M [ ] Daily living [ ] Technology",
                        "Referring provider: ______________   NPI: ______________",
                    ]
                ),
            ),
        ),
    ),
]
