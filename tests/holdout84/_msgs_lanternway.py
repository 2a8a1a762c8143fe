"""Outbound mail of Lanternway Cancer Navigation, a patient navigation nonprofit (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nLanternway Cancer Navigation\n48 Commerce Street, Ashford, OH 44004 | 440-555-0150\nNo one should face cancer alone."

MESSAGES = [
    Spec(
        phi=True,
        category="navigator update to client on ride and gas card",
        notes="Navigator tells a named client in her gmail about rides to radiation and a gas card for her breast cancer treatment.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="deborah.finch58@gmail.com",
        subject="Rides are set up!",
        body="Hi Deborah,\n\nGood news: our volunteer drivers can take you to all 16 of your radiation appointments at Kestrel Bay, starting Monday. I also submitted your gas card application for the breast cancer travel fund; you should get a $150 card in the mail next week.\n\nCall me any time,\nJoelle Ambrose, Patient Navigator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form",
        notes="Hard positive: OCR-garbled intake form text in a txt attachment still gives a name, DOB, phone and AML diagnosis.",
        frm="Intake <intake@lanternwaynav.org>",
        to="socialwork@ashfordgeneral.org",
        subject="scan from Friday's drop-in",
        body="Hi Paula, the fax machine is down so here's the OCR of the form he filled in at our office. Can your team call him about the lodging question?\n\nIntake desk"
        + SIG,
        atts=(
            Att(
                "scan_0047_ocr.txt",
                "text/plain",
                "LANTERNWAY CL1ENT lNTAKE\nNAME: Re ginald  M0rrow     D0B: 1 1/04/1971\nPH0NE: 44O-555-0188\nDlAGNOSIS: AML - acute myel0id leukemia\nTREATlNG SlTE: Ashford General 6 North (induction chemo)\nNEEDS: [x] lodging for wife  [x] parking  [ ] meals\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer driver recruitment newsletter (HTML)",
        notes="Hard negative: HTML-only appeal describing driving cancer patients to chemo and radiation in general; no individual.",
        frm="Lanternway Volunteers <volunteer@lanternwaynav.org>",
        to="friends@lists.lanternwaynav.org",
        subject="We need 12 more drivers this winter",
        body="",
        html=(
            "<html><body><h2>Can you drive a neighbour to treatment?</h2><p>Many people going through chemotherapy or daily radiation "
            "can't drive themselves. Last winter our drivers gave 2,340 rides. Volunteers need a clean driving record, a 2-hour "
            "orientation and a few free mornings a month.</p><p><a href='https://lanternwaynav.org/drive'>Sign up</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="peer mentor match notice (HTML)",
        notes="Hard positive: matching a named client with a mentor who had the same ovarian cancer surgery and chemotherapy reveals her diagnosis; HTML-only to her gmail.",
        frm="Peer Mentor Program <mentors@lanternwaynav.org>",
        to="sofia.brennan.art@gmail.com",
        subject="Meet your mentor",
        body="",
        html=(
            "<html><body><p>Dear Sofia Brennan,</p><p>We've matched you with <b>Lydia</b>, a volunteer mentor who went through "
            "the same surgery and chemotherapy for ovarian cancer five years ago, also in her 40s. She'll call you this week.</p>"
            "<p>Warmly,<br>Lanternway Peer Mentor Program</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="grant report with aggregate client data",
        notes="Hard negative: funder report of counts by cancer type and services; no individual.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="grants@ashfordcommunityfoundation.org",
        subject="Year-end report - grant ACF-2026-031",
        body="Dear Ms. Ochoa,\n\nHighlights for the grant year:\n- 814 clients navigated (breast 31%, lung 17%, colorectal 12%, blood cancers 11%, other 29%)\n- 2,340 volunteer rides; 412 gas cards; 96 lodging nights\n- 78% of clients with a transportation barrier completed their planned treatment on schedule\n\nFull financials to follow.\n\nIdris Kallenbach, Executive Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="lodging assistance workbook to hotel partner",
        notes="Hard positive: the cover note is billing logistics; the multi-sheet workbook lists clients by name with nights and the cancer centre they are treated at.",
        frm="Client Services <services@lanternwaynav.org>",
        to="sales@ashfordinnandsuites.com",
        subject="November lodging invoice reconciliation",
        body="Hi Grant, attached is our reconciliation for November (sheet 1 our bookings, sheet 2 discrepancies). Please re-issue the invoice once fixed.\n\nSunita"
        + SIG,
        atts=(
            Att(
                "lodging_recon_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Bookings": [
                            ["Guest", "Nights", "Check-in", "Treatment", "Rate"],
                            [
                                "Ferreira, Tomas",
                                5,
                                "2026-11-03",
                                "Stem cell transplant - Ashford General",
                                89,
                            ],
                            [
                                "Lyle, Patrice (caregiver for Harlan Lyle)",
                                3,
                                "2026-11-10",
                                "Proton therapy consult",
                                89,
                            ],
                        ],
                        "Discrepancies": [
                            ["Guest", "Our nights", "Invoiced nights"],
                            ["Ferreira, Tomas", 5, 6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="program budget workbook",
        notes="Hard negative: budget with treatment-related assistance lines (copay grants, rides) in aggregate dollars; no client.",
        frm="Finance <finance@lanternwaynav.org>",
        to="treasurer@lanternwaynav-board.org",
        subject="FY27 draft budget",
        body="Draft budget attached for Thursday's finance committee. Sheet 2 compares to FY26 actuals.\n\nMin-jun Park, Finance Manager"
        + SIG,
        atts=(
            Att(
                "FY27_budget_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "FY27": [
                            ["Line", "Amount"],
                            ["Navigator salaries", 412000],
                            ["Copay relief grants", 95000],
                            ["Volunteer ride mileage", 38000],
                            ["Lodging assistance", 27000],
                        ],
                        "vs FY26": [
                            ["Line", "FY26 actual", "FY27 draft"],
                            ["Copay relief grants", 88250, 95000],
                            ["Lodging assistance", 24410, 27000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="letter to landlord during transplant",
        notes="Letter asking a landlord to defer rent for a named tenant undergoing stem cell transplant for myeloma.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="office@riverbendproperties.com",
        subject="Letter for your tenant, unit 4B",
        body="Hello, please see the attached letter written at our client's request.\n\nJoelle Ambrose"
        + SIG,
        atts=(
            Att(
                "letter_riverbend_4B.docx",
                DOCX,
                docx(
                    [
                        "Dear Riverbend Properties,",
                        "Our client, Mr. Desmond Achterberg of 1120 Riverbend Drive, Unit 4B, is undergoing an autologous stem cell transplant for multiple myeloma and will be in the hospital and then in recovery for about 8 weeks.",
                        "We ask that you defer December and January rent without penalty; Lanternway is helping him apply for emergency grants.",
                        "Joelle Ambrose, Patient Navigator",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient navigator job description",
        notes="Hard negative: job description mentioning cancer diagnoses, chemotherapy and HIPAA; no individual.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="jobs@ohiononprofitjobs.org",
        subject="Job listing: Bilingual Patient Navigator",
        body="Please list the attached position for 45 days.\n\nIdris" + SIG,
        atts=(
            Att(
                "Bilingual_Navigator_JD.docx",
                DOCX,
                docx(
                    [
                        "Bilingual Patient Navigator (Spanish/English) - Lanternway Cancer Navigation",
                        "Guide newly diagnosed adults through appointments, chemotherapy and radiation schedules, insurance and transportation.",
                        "Requirements: 2 years in social services or healthcare; HIPAA training within 30 days; fluent Spanish.",
                        "Salary $48,000-$54,000. Full-time, hybrid.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="navigation check-in invite about hospice options",
        notes="Calendar invite to client's yahoo naming her and a visit to discuss hospice options.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="m.solis.home@yahoo.com",
        subject="Our visit Thursday",
        body="Hi Marguerite, as promised, here's the calendar invite. Your daughter is welcome to join.\n\nJoelle"
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lanternway//Nav//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:lw-visit-3391@lanternwaynav.org\r\nDTSTAMP:20261117T160000Z\r\nDTSTART:20261119T190000Z\r\nDTEND:20261119T200000Z\r\n"
            "SUMMARY:Marguerite Solis - talk through hospice options after stopping chemo\r\nLOCATION:Client home\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="5K fundraiser print files zip",
        notes="Event flyer text and route map for a fundraiser, zipped for a printer; no health information about anyone.",
        frm="Events <events@lanternwaynav.org>",
        to="orders@ashfordprintworks.com",
        subject="Lantern Light 5K - print files",
        body="Hi! Zip attached with the flyer copy and the route file. 500 flyers, 11x17 glossy please.\n\nTessa, Events"
        + SIG,
        atts=(
            Att(
                "lantern5k_print.zip",
                "application/zip",
                zipped(
                    {
                        "flyer_copy.txt": "LANTERN LIGHT 5K - Saturday, May 8, 2027 - Ashford Riverfront. Walk or run to support free cancer navigation in our community.\n",
                        "route.csv": "mile,landmark\n0,Riverfront Pavilion\n1.5,Mill Bridge\n3.1,Finish Pavilion\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded client e-mail to pro bono lawyer",
        notes="Forward of a named client's message about a CAR-T therapy denial to a volunteer attorney.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="probono@ashfordlegalaid.org",
        subject="Fwd: they denied the CAR-T",
        body="Hi Marcus, this is the client I mentioned. She has given permission for us to share. Can you look at the appeal deadline?\n\nJoelle"
        + SIG,
        forward=Spec(
            phi=True,
            category="client message",
            notes="nested",
            frm="Renee Castellano <reneecastellano@gmail.com>",
            to="jambrose@lanternwaynav.org",
            subject="they denied the CAR-T",
            body="Joelle, my insurance (Buckeye Care, member BC-40718832) denied the CAR-T cell therapy for my lymphoma as 'experimental'. Dr. Okafor says it's standard now. I don't know what to do. - Renee",
        ),
    ),
    Spec(
        phi=True,
        category="insurance card photo to copay foundation",
        notes="Hard positive: the client's name appears only in the image file name, with her lymphoma fund application in the body.",
        frm="Client Services <services@lanternwaynav.org>",
        to="documents@bloodcancercopayfund.org",
        subject="Application LCF-88142 - card image",
        body="Front of her insurance card attached as requested for the lymphoma fund application LCF-88142.\n\nSunita Rao"
        + SIG,
        atts=(Att("card_front_MWashington.png", "image/png", png(8, 5, (230, 230, 240))),),
    ),
    Spec(
        phi=False,
        category="aggregate chart image for board slides",
        notes="Hard negative: a chart of clients by cancer type; aggregate only.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="board@lanternwaynav-board.org",
        subject="Slide image for Thursday",
        body="The 'clients by cancer type' chart for slide 4 is attached. Numbers match the grant report.\n\nIdris"
        + SIG,
        atts=(Att("chart_clients_by_cancer_type.png", "image/png", png(10, 6, (60, 90, 180))),),
    ),
    Spec(
        phi=True,
        category="gas card distribution list to vendor",
        notes="Hard positive: csv of named clients with home addresses and the cancer centres they travel to, sent to a card vendor.",
        frm="Finance <finance@lanternwaynav.org>",
        to="fulfillment@fleetfuelcards.com",
        subject="December card load",
        body="December load file attached. Same $150 amount per card.\n\nMin-jun" + SIG,
        atts=(
            Att(
                "dec_card_load.csv",
                "text/csv",
                "card_no,name,mail_address,treatment_site,amount\n7788-1041,Pruitt Evangeline,22 Sumac Way Ashford OH 44004,Bramblewood Infusion,150\n7788-1042,Dao Minh,9 Ferry St Elk Harbor MI 49612,Kestrel Bay Radiation Oncology,150\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="gala RSVP list to venue",
        notes="Hard negative: guest names and table numbers for a fundraising dinner; no health information.",
        frm="Events <events@lanternwaynav.org>",
        to="banquets@harborviewhotel.com",
        subject="Gala seating - final",
        body="Final seating attached. Two vegetarian meals at table 3.\n\nTessa" + SIG,
        atts=(
            Att(
                "gala_seating.csv",
                "text/csv",
                "table,guest,meal\n1,Idris Kallenbach,beef\n1,Marianne Voss,fish\n3,Curtis Abney,vegetarian\n3,Lorene Abney,vegetarian\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="navigation care plan PDF to client's son",
        notes="PDF care plan naming the client, his lung cancer treatments and appointments, sent to his son's outlook address.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="gabe.whitlock@outlook.com",
        subject="Your dad's plan, as we discussed",
        body="Hi Gabe, attached is the care plan we went over with your father. He asked me to send it to you.\n\nJoelle"
        + SIG,
        atts=(
            Att(
                "care_plan_Whitlock.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERNWAY CANCER NAVIGATION - Navigation Care Plan",
                        "Client: Harvey Whitlock",
                        "Diagnosis (client-reported): small cell lung cancer, limited stage",
                        "Treatment: carboplatin/etoposide at Bramblewood + chest radiation at Kestrel Bay",
                        "Barriers: no car; lives alone; hearing loss",
                        "Plan: volunteer rides daily; meal delivery; son Gabe to attend 12/02 doctor visit",
                    ],
                    "Care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="resource guide PDF to public library",
        notes="General community resource guide for anyone facing cancer; no individual.",
        frm="Outreach <outreach@lanternwaynav.org>",
        to="reference@ashfordpubliclibrary.org",
        subject="2027 cancer resource guide for your shelf",
        body="Hello, here is our updated community resource guide. We'll bring 50 printed copies on Monday.\n\nOutreach team"
        + SIG,
        atts=(
            Att(
                "resource_guide_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERNWAY CANCER NAVIGATION - Community Resource Guide 2027",
                        "Free rides to treatment: 440-555-0150",
                        "Wigs and head coverings: Ashford Cancer Boutique",
                        "Financial help: copay foundations, state programs, utility assistance",
                        "Support groups meet every 2nd Tuesday at the Ashford Library",
                    ],
                    "Resource guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer onboarding to personal mailbox",
        notes="Onboarding steps sent to a new volunteer's gmail; nothing about anyone's health.",
        frm="Sunita Rao <srao@lanternwaynav.org>",
        to="fitz.mcbride22@gmail.com",
        subject="Welcome aboard, Fitz!",
        body="Hi Fitz,\n\nWelcome to the driver team! Next steps: 1) finish the background check link from Sterling, 2) upload your insurance declaration page, 3) join orientation on Dec 4 at 6 PM.\n\nSunita Rao, Volunteer Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="donation receipt",
        notes="Tax receipt to a donor's gmail; no health information about anyone.",
        frm="Lanternway Giving <giving@lanternwaynav.org>",
        to="h.abernethy.family@gmail.com",
        subject="Your donation receipt",
        body="Dear Hugh Abernethy,\n\nThank you for your gift of $250.00 received on November 14, 2026. No goods or services were provided in exchange. Lanternway Cancer Navigation is a 501(c)(3) organisation, EIN 31-4470982.\n\nWith thanks,\nLanternway Giving"
        + SIG,
    ),
    Spec(
        phi=True,
        category="medically tailored meal referral",
        notes="Refers a named client on chemotherapy for esophageal cancer, with address and diet needs, to a food bank programme.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="mealprogram@ashfordfoodbank.org",
        subject="Referral - medically tailored meals",
        body="Hi Carmen,\n\nPlease add Mr. Babatunde Oyelowo, 305 Linden Ave Apt 2, Ashford 44004 (440-555-0191), to the medically tailored meals program. He is on chemoradiation for esophageal cancer and can only manage soft or pureed food. No dairy.\n\nThanks!\nJoelle"
        + SIG,
    ),
    Spec(
        phi=True,
        category="volunteer driver assignment",
        notes="Hard positive: a first name, initial and home address tied to radiation treatment and fatigue, sent to a volunteer's gmail.",
        frm="Sunita Rao <srao@lanternwaynav.org>",
        to="ray.kowalski.drives@gmail.com",
        subject="Fri ride",
        body="Ray - Fri 11/20: pick up Bernadette K. at 14 Maple Ave by 9:10, drop at Kestrel Bay Rad Onc by 9:45. She's wiped out after tx, so please help with her walker. Pick-up back at 10:30.\nThx! Sunita"
        + SIG,
    ),
    Spec(
        phi=False,
        category="office move notice",
        notes="Staff notice about an office move; no health information.",
        frm="Operations <ops@lanternwaynav.org>",
        to="team@lanternwaynav.org",
        subject="Office move - Dec 11",
        body="We move to the 2nd floor on Friday Dec 11. Please pack your desks by Thursday. Phones will forward; client files stay locked in the cabinets and move with the movers under escort.",
    ),
    Spec(
        phi=False,
        category="reply to journalist with aggregate figures",
        notes="Hard negative: a press reply with aggregate travel and treatment-delay statistics; no client.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="newsdesk@ashfordgazette.com",
        subject="Re: story on rural cancer travel",
        body="Hi Dana,\n\nHappy to help. From our 2026 data: our rural clients travel a median of 41 miles each way for radiation; 1 in 5 told us they had considered skipping treatment because of cost of gas. We can't connect you with individual clients without their own consent, but I can put a call out.\n\nIdris"
        + SIG,
    ),
    Spec(
        phi=False,
        category="composite client story for newsletter",
        notes="Hard negative: a story built around a declared composite, renamed character with details changed; no real individual.",
        frm="Outreach <outreach@lanternwaynav.org>",
        to="editor@lanternwaynav-newsletter.org",
        subject="Draft story for the winter newsletter",
        body="Draft below. Note: 'Maria' is a composite of several clients, with names and details changed, as we always do.\n\n'Maria was 52 when she heard the word lymphoma. The hardest part, she says, wasn't the chemo; it was the bus ride, two transfers each way...'\n\nPlease keep the composite disclaimer in the footer.\n\nOutreach"
        + SIG,
    ),
    Spec(
        phi=True,
        category="enrolment confirmation to hospital social worker",
        notes="Confirms a named client's enrolment in navigation and her missed chemotherapy appointments.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="pgraves@ashfordgeneral.org",
        subject="Re: Mrs. Faraday",
        body="Hi Paula,\n\nYes, Lucinda Faraday is enrolled with us as of October. She missed her last two chemo appointments at Bramblewood because her son's car broke down; we have her on the volunteer ride list from Monday.\n\nJoelle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="volunteer privacy policy with field names",
        notes="Hard negative: privacy rules for volunteers that mention field names (client name, diagnosis, MRN) but no values.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="volunteers@lists.lanternwaynav.org",
        subject="Reminder: what you may and may not text",
        body="Drivers,\n\nA reminder of our confidentiality policy. Never text or e-mail a client's name together with their diagnosis, treatment centre, MRN or appointment times. Use the ride ID from the app (for example 'Ride R-0000') and call the office for anything else.\n\nThank you for protecting our clients.\nIdris"
        + SIG,
    ),
    Spec(
        phi=True,
        category="clinical trial matching referral",
        notes="Names a client with age, town and metastatic HER2-low breast cancer treatment history to a trial-matching service.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="intake@trialfinderconnect.org",
        subject="Trial search request",
        body="Hello,\n\nWith her consent, requesting a trial search for Ines Carvalho, 54, of Ashford OH: HER2-low metastatic breast cancer (liver, bone), progressed on trastuzumab deruxtecan in October. ECOG 1. Willing to travel within 150 miles. Her cell is 440-555-0193.\n\nJoelle Ambrose"
        + SIG,
    ),
    Spec(
        phi=False,
        category="data-sharing MOU terms discussion",
        notes="Hard negative: contract language about how PHI will be exchanged in future; no actual individual.",
        frm="Idris Kallenbach <ikallenbach@lanternwaynav.org>",
        to="legal@ashfordgeneral.org",
        subject="MOU redline - section 6 (data)",
        body="Counsel,\n\nOur proposed section 6: 'Referral information including client names, dates of birth, diagnoses and appointment schedules shall be exchanged only through the hospital's secure referral portal, never by unencrypted e-mail. Lanternway will sign the hospital's standard business associate agreement.'\n\nIdris"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicaid member list to transport broker",
        notes="Hard positive: no diagnosis, but client names with Medicaid member IDs (a standalone high-risk identifier set) sent for transport eligibility.",
        frm="Client Services <services@lanternwaynav.org>",
        to="eligibility@buckeyenemtbroker.com",
        subject="NEMT eligibility check - 3 members",
        body="Please confirm NEMT eligibility for:\n\nAlvarado, Pilar - Medicaid ID 1188402291\nMcNair, Duncan - Medicaid ID 1188517034\nSteele, Odessa - Medicaid ID 1188660127\n\nThanks,\nSunita Rao"
        + SIG,
    ),
    Spec(
        phi=False,
        category="navigator training role-play with fictional client",
        notes="Hard negative: a training scenario with a declared fictional client 'Pat Example'.",
        frm="Training <training@lanternwaynav.org>",
        to="newnavigators@lists.lanternwaynav.org",
        subject="Role-play scenario for Wednesday",
        body="Scenario 3 (FICTIONAL - for training only):\n\n'Pat Example', 61, was just told she has stage III colon cancer and needs 6 months of FOLFOX. She has no car and cares for a grandson. In pairs, build her navigation plan.\n\nTraining team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="note to client's wife about scan result",
        notes="Hard positive: only first names, but tells the wife that husband Tom's scan shows the tumours shrinking.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="angela.rutherford.home@gmail.com",
        subject="so glad",
        body="Angela, I just heard from Tom's nurse: the scan shows the tumors shrinking! I'll still set up the rides for his next 3 cycles. Hugs to you both.\n\nJoelle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="webinar invitation on reading pathology reports",
        notes="Hard negative: an educational webinar invite about pathology terms; no individual.",
        frm="Outreach <outreach@lanternwaynav.org>",
        to="friends@lists.lanternwaynav.org",
        subject="Webinar: Understanding your pathology report (Dec 9)",
        body="Join pathologist Dr. Renata Kovacs for a plain-language walk through of grade, margins, ER/PR/HER2 and Ki-67. Wednesday Dec 9, 7 PM. Bring questions (please don't share your own report in the chat).\n\nRegister at lanternwaynav.org/webinars"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicare counselling referral with MBI",
        notes="Client name and MBI with his ibrutinib Part D coverage need, sent to a Medicare counselling programme.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="counselors@ohioship.org",
        subject="Part D plan help",
        body="Hello,\n\nCould a counsellor help our client Hollis Grady (MBI 7TN3-KD8-XY62) pick a 2027 Part D plan? He takes Imbruvica 420 mg daily for CLL and his current plan is dropping it. He's free weekday afternoons, 440-555-0196.\n\nJoelle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="thank-you to pharmacist speaker",
        notes="Thank-you naming a clinician and her talk topic; no patient.",
        frm="Training <training@lanternwaynav.org>",
        to="gareth.lund@bramblewoodonc.com",
        subject="Thank you!",
        body="Dr. Lund,\n\nThank you for your talk on oral chemotherapy adherence at our navigator training. The adherence calendar idea was a hit.\n\nTraining team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="long follow-up letter to client",
        notes="A long follow-up to the client's gmail summarising her pancreatic cancer treatment plan, bills and appointments.",
        frm="Joelle Ambrose <jambrose@lanternwaynav.org>",
        to="ruthanne.beasley@gmail.com",
        subject="Summary of today's meeting",
        body=(
            "Dear Ruthanne,\n\nThank you for meeting with me today. Here is what we talked about, so you and Carl have it in writing:\n\n"
            "1. Treatment: Dr. Marchetti plans gemcitabine and nab-paclitaxel for your pancreatic cancer, days 1, 8 and 15 of each "
            "28-day cycle, starting December 1 at Bramblewood.\n"
            "2. Port: placement is December 4 at Ashford Surgical; I'll arrange a ride.\n"
            "3. Bills: I sent your financial assistance form to Bramblewood's counselor. The $2,310 CT bill is on hold for 90 days.\n"
            "4. Nutrition: the dietitian visit is on the 8th; bring your enzyme (Creon) bottle.\n"
            "5. Support: the caregiver group for Carl meets Tuesdays at 6.\n\n"
            "Call me with anything at all.\n\nJoelle Ambrose, Patient Navigator" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="assistance program changes bulletin",
        notes="Hard negative: bulletin about manufacturer assistance programmes for named cancer drugs; no individual.",
        frm="Client Services <services@lanternwaynav.org>",
        to="navigators@ohiocancercoalition.org",
        subject="Copay program changes for January",
        body="FYI for fellow navigators:\n- The lung cancer copay fund closes to new applicants Dec 15.\n- The manufacturer program for ibrutinib raises its income limit to 600% FPL.\n- Oral chemo parity law takes effect in Ohio Jan 1.\n\nSunita Rao"
        + SIG,
    ),
]
