"""Outbound mail of Fernhollow Scar & Laser Clinic (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nFernhollow Scar & Laser Clinic\n75 Wickham Lane, Brookvale, MN\n651-555-0118 | fernhollowlaser.com"

_TX_SUMMARY = pdf(
    [
        "FERNHOLLOW SCAR & LASER CLINIC - TREATMENT SUMMARY",
        "Patient: Sunniva Haslam   DOB 04/11/1992   Chart FSL-22817",
        "Diagnosis: Keloid scars, bilateral earlobes and presternal (L91.0)",
        "Treatment: intralesional triamcinolone 40 mg/mL q4 weeks x3; pulsed dye laser 595 nm.",
        "Response: 40% flattening; pruritus resolved. Plan: 5-FU combination at next visit.",
    ],
    "Treatment summary",
)

_EDU = pdf(
    [
        "FERNHOLLOW SCAR & LASER CLINIC - PATIENT EDUCATION",
        "KELOIDS AND HYPERTROPHIC SCARS: WHAT YOU SHOULD KNOW",
        "Keloids grow beyond the original wound; hypertrophic scars stay within it.",
        "Treatments include silicone gel, steroid injections, laser and pressure therapy.",
        "Avoid elective piercings if you have had a keloid before.",
    ],
    "Keloid education",
)

_LASERLOG = xlsx(
    {
        "Sessions": [
            ["Date", "Patient", "Chart", "Device", "Area", "Fluence", "Passes"],
            [
                "2026-03-16",
                "Ivanova, Katarina",
                "FSL-23140",
                "CO2 fractional",
                "Burn scar L neck",
                "17.5 mJ",
                2,
            ],
            [
                "2026-03-16",
                "Brennagh, Colm",
                "FSL-22954",
                "PDL 595",
                "Hypertrophic scar chest",
                "7 J/cm2",
                1,
            ],
            [
                "2026-03-17",
                "Okafor-Lindell, Zaria",
                "FSL-23301",
                "Nd:YAG",
                "Acne scars cheeks",
                "35 J/cm2",
                2,
            ],
        ],
        "Adverse events": [
            ["Chart", "Event", "Action"],
            ["FSL-22954", "Purpura lasting 10 days", "Lowered fluence"],
        ],
    }
)

_DEVICE = xlsx(
    {
        "Pulse counts": [
            ["Device", "Serial", "Pulses Feb", "Pulses Mar (to date)"],
            ["CO2 fractional", "CX-44018-B", 182300, 97400],
            ["PDL 595", "VB-11972", 41200, 23900],
        ],
        "Service": [
            ["Serial", "Last PM", "Next PM", "Note"],
            ["CX-44018-B", "2026-01-12", "2026-07-12", "Arm recalibrated"],
            ["VB-11972", "2025-11-03", "2026-05-03", "Dye kit replaced"],
        ],
    }
)

_PACKAGES = xlsx(
    {
        "Laser packages": [
            ["Package", "Sessions", "Price"],
            ["Acne scar resurfacing", 3, 2400],
            ["Surgical scar PDL", 4, 1600],
            ["Tattoo removal (small)", 6, 900],
        ],
        "Injections": [
            ["Service", "Price"],
            ["Keloid steroid injection", 180],
            ["5-FU / steroid combo", 240],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="Treatment summary PDF to referring dermatologist",
        notes="PDF summary with patient name, DOB, chart number, keloid diagnosis and treatment response.",
        frm="Dr. Anneliese Throndsen <athrondsen@fernhollowlaser.com>",
        to="referrals@brookvaledermatology.com",
        subject="Treatment summary - your referral of Feb",
        body="Dr. Pak,\n\nThank you for the referral. Summary after three sessions attached.\n\nAnneliese Throndsen, MD"
        + SIG,
        atts=(Att("FSL22817_summary.pdf", "application/pdf", _TX_SUMMARY),),
    ),
    Spec(
        phi=False,
        category="Keloid education PDF to community clinic",
        notes="Hard negative: generic keloid education sheet listing treatments; no individual.",
        frm="Patient Education <education@fernhollowlaser.com>",
        to="frontdesk@brookvalecommunityhealth.org",
        subject="Keloid handout for your waiting room",
        body="As promised at the coalition meeting, our plain-language keloid handout. Free to print.\n\nFernhollow Education"
        + SIG,
        atts=(Att("Keloids_What_To_Know.pdf", "application/pdf", _EDU),),
    ),
    Spec(
        phi=True,
        category="Laser session log workbook to device rep",
        notes="Multi-sheet laser log with patient names, chart numbers, treated scars and an adverse event, sent to the manufacturer's rep.",
        frm="Laser Safety Officer <lso@fernhollowlaser.com>",
        to="clinical.support@vireolasers.com",
        subject="Session data for the purpura question",
        body="Hi Tom, as you asked for the purpura investigation, here's this week's session log including settings.\n\nGwen Ashby, LSO",
        atts=(
            Att(
                "sessions_wk12.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _LASERLOG,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Device pulse count and service workbook",
        notes="Hard negative: multi-sheet device log with laser serial numbers and pulse counts; device serials of equipment, no patients.",
        frm="Laser Safety Officer <lso@fernhollowlaser.com>",
        to="service@vireolasers.com",
        subject="PM scheduling - CX-44018-B and VB-11972",
        body="Please schedule preventive maintenance for both units in May. Pulse counts attached.\n\nGwen",
        atts=(
            Att(
                "device_log_2026Q1.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _DEVICE,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Package price workbook to spa partner",
        notes="Multi-sheet price list for laser and injection packages; no patient.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="partnerships@serenitydayspa.com",
        subject="Referral partner price sheet",
        body="Here is our current price sheet for your front desk. Clients must see our physician before any laser treatment.\n\nMaren, Business Office",
        atts=(
            Att(
                "Fernhollow_prices_2026.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _PACKAGES,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Result to father about son's scar biopsy",
        notes="Hard positive: first name plus relationship ('your son Eli') and benign biopsy result to father's personal email.",
        frm="Dr. Anneliese Throndsen <athrondsen@fernhollowlaser.com>",
        to="petter.lundqvist@gmail.com",
        subject="good news",
        body="Hi Petter,\n\nEli's biopsy from the raised scar on his shoulder came back as a hypertrophic scar, nothing worrisome. We can start the silicone sheets and plan laser in May.\n\nDr. T",
    ),
    Spec(
        phi=True,
        category="Prior authorization for burn scar laser",
        notes="Payer request naming patient, member ID, burn scar contracture and fractional CO2 CPT codes.",
        frm="Insurance Coordinator <insurance@fernhollowlaser.com>",
        to="priorauth@northstarhealthplan.com",
        subject="PA request - ablative laser for burn scar contracture",
        body="Member: Katarina Ivanova\nMember ID: NSH30029148\nDOB: 09/27/1990\n\nMs. Ivanova has a hypertrophic burn scar of the left neck with restricted rotation (L90.5, T21.-sequela) after a 2024 flame burn treated at St. Brendan Regional Burn Center. We request 3 sessions of ablative fractional laser (CPT 0479T, 0480T).\n\nAnneliese Throndsen, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML session reminder",
        notes="HTML-only reminder to patient's personal email naming her and her acne scar laser session.",
        frm="Fernhollow Reminders <noreply@fernhollowlaser.com>",
        to="zaria.okafor.l@hotmail.com",
        subject="See you Thursday",
        body="",
        html="<html><body><p>Hi Zaria,</p><p>Your <b>Nd:YAG acne scar session #2</b> is Thursday, March 26 at 3:15 PM. Please stop retinoids 5 days before and avoid sun.</p><p>Fernhollow Scar &amp; Laser Clinic</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML scar awareness newsletter",
        notes="Hard negative: HTML-only newsletter about scar treatments to a mailing list; no condition of any recipient.",
        frm="Fernhollow News <news@fernhollowlaser.com>",
        to="newsletter@lists.fernhollowlaser.com",
        subject="Scars tell stories - and now they can fade",
        body="",
        html="<html><body><h1>Scar Awareness Week</h1><p>Surgical, acne, burn or injury scars: new laser combinations can improve texture and color. Join our free Q&amp;A night on April 2.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML webinar registration confirmation",
        notes="HTML-only event confirmation for a clinician attendee; no patient.",
        frm="Events <events@fernhollowlaser.com>",
        to="dr.hyun@brookvaledermatology.com",
        subject="You're registered: Laser for burn scars (CME)",
        body="",
        html="<html><body><p>Dear Dr. Hyun,</p><p>You are registered for <i>Lasers in Burn Scar Rehabilitation</i>, April 14, 6 PM. 1.5 CME credits.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Reply to sister about patient's pain",
        notes="Hard positive: first name plus relationship ('your sister Marguerite') and laser session pain control to a relative.",
        frm="Nurse Yusuf Demir <ydemir@fernhollowlaser.com>",
        to="celine.aubertin@icloud.com",
        subject="RE: Marguerite",
        body="Hi Céline,\n\nYes, your sister Marguerite can take her Tylenol before Friday's session; we'll use numbing cream on the scar on her forearm as usual. Please drive her, since we also give her lorazepam.\n\nYusuf, RN",
    ),
    Spec(
        phi=False,
        category="Gift card reply to personal email",
        notes="Hard negative: reply to a person's personal email about buying a gift card; no care or condition.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="t.rosenquist@gmail.com",
        subject="RE: gift certificate",
        body="Hi Tove,\n\nYes, we sell gift certificates in any amount; they can be used for skincare products or services. We can mail it or you can pick it up.\n\nMaren",
    ),
    Spec(
        phi=True,
        category="Headerless CSV of keloid injections to compounding pharmacy",
        notes="Hard positive: CSV with no header row listing chart numbers, surnames, DOBs, ICD code and drug.",
        frm="Clinic Nurse <nursing@fernhollowlaser.com>",
        to="orders@twincitiescompounding.com",
        subject="5-FU/triamcinolone orders",
        body="Orders for next week below in the usual format.",
        atts=(
            Att(
                "orders_0323.csv",
                "text/csv",
                "FSL-22817,Haslam,1992-04-11,L91.0,5FU 50mg/mL + TAC 10\nFSL-23388,Valdivia,1986-12-02,L91.0,TAC 40\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate patient satisfaction csv",
        notes="Hard negative: survey scores by month and service; aggregate only.",
        frm="Quality <quality@fernhollowlaser.com>",
        to="owners@fernhollowlaser.com",
        subject="Q1 survey scores",
        body="Scores attached; acne scar patients rate us lowest on wait times.",
        atts=(
            Att(
                "survey_q1.csv",
                "text/csv",
                "month,service,responses,mean_score\nJan,Acne scar,22,4.3\nJan,Burn scar,9,4.8\nFeb,Acne scar,25,4.4\nFeb,Tattoo removal,31,4.6\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form text with SSN",
        notes="Hard positive: OCR text of a scanned intake form with name, SSN, medications and scar history in a txt attachment.",
        frm="Front Desk <frontdesk@fernhollowlaser.com>",
        to="billing@minnbillpartners.com",
        subject="scan 0319-04",
        body="OCR of the paper form for the new patient, for registration.",
        atts=(
            Att(
                "scan_0319_04.txt",
                "text/plain",
                "NEW PATIENT INTAKE   pg 1/2\nName: Colm Brennagh   SSN: 538-21-9043\nDOB 1979-05-30  Phone 651-555-0139\nReason for visit: thick scar chest after CABG 2025\nMeds: metoprolol 25 BID, atorvastatin 40, clopidogrel\nAllergies: NKDA\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Device serial number to manufacturer",
        notes="Hard negative: laser device serial and error code to service desk; device identifier of equipment, no patient.",
        frm="Laser Safety Officer <lso@fernhollowlaser.com>",
        to="service@vireolasers.com",
        subject="Error E-217 on CX-44018-B",
        body="Our CO2 unit (serial CX-44018-B) threw E-217 (arm position) twice this morning during a session and self-cleared. Firmware 4.2.1. Please advise if a tech visit is needed.\n\nGwen",
    ),
    Spec(
        phi=True,
        category="Forwarded patient email with photo",
        notes="Forwarded patient email naming her and her acne scars with her photo attached.",
        frm="Front Desk <frontdesk@fernhollowlaser.com>",
        to="athrondsen@fernhollowlaser.com",
        subject="FW: photos before my consult",
        body="Dr. T, she sent photos ahead of Monday's consult. Attached in the forward.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Hanne Valdivia <hanne.valdivia@outlook.com>",
            to="frontdesk@fernhollowlaser.com",
            subject="photos before my consult",
            body="Hello, here are pictures of my acne scars and the keloid on my jaw, for my appointment on the 23rd. - Hanne Valdivia",
            atts=(Att("hanne_jaw.png", "image/png", png(5, 5, (190, 150, 130))),),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded software update notice",
        notes="Forwarded vendor EHR release notes; no patients.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="staff@fernhollowlaser.com",
        subject="FW: PhotoChart 9.3 release notes",
        body="FYI - the photo app updates Sunday. New: side-by-side compare.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="PhotoChart Support <releases@photochartmed.com>",
            to="office@fernhollowlaser.com",
            subject="PhotoChart 9.3 release notes",
            body="Version 9.3 adds side-by-side comparison, faster sync and bug fixes. No downtime required.",
        ),
    ),
    Spec(
        phi=True,
        category="Appointment ics to patient",
        notes="Calendar invite to patient's personal email naming him and pulsed dye laser for post-surgical scar.",
        frm="Scheduling <scheduling@fernhollowlaser.com>",
        to="colm.brennagh@yahoo.com",
        subject="Your appointment",
        body="Colm, your invite is attached. Please shave the chest the day before.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fernhollow//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fsl-22954-0325@fernhollowlaser.com\r\nDTSTAMP:20260318T140000Z\r\nDTSTART:20260325T200000Z\r\nDTEND:20260325T204500Z\r\nSUMMARY:PDL session 2 - sternotomy scar (Colm Brennagh)\r\nLOCATION:Fernhollow Scar & Laser Clinic\\, Room 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff meeting ics",
        notes="Staff meeting invite; no patient.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="staff@fernhollowlaser.com",
        subject="Monthly staff meeting",
        body="Agenda: summer hours, laser goggles audit.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fernhollow//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fsl-staff-0401@fernhollowlaser.com\r\nDTSTAMP:20260318T140000Z\r\nDTSTART:20260401T130000Z\r\nDTEND:20260401T140000Z\r\nSUMMARY:Staff meeting\r\nLOCATION:Break room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Medicare patient ABN letter",
        notes="Advance beneficiary notice naming patient, MBI and non-covered scar laser.",
        frm="Insurance Coordinator <insurance@fernhollowlaser.com>",
        to="h.achterberg.sr@aol.com",
        subject="Your Advance Beneficiary Notice",
        body="Dear Mr. Harold Achterberg,\n\nMedicare MBI: 5TR2-QJ7-WX91\n\nMedicare usually does not pay for laser treatment of the scar on your nose after your skin cancer surgery, because it is considered cosmetic. Please sign the attached ABN if you wish to proceed on April 7; the estimated cost is $450.\n\nInsurance Coordinator"
        + SIG,
        atts=(
            Att(
                "ABN_Achterberg.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE",
                        "Patient: Harold Achterberg",
                        "Item: Pulsed dye laser, post-Mohs scar nasal dorsum",
                        "Estimated cost: $450",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank intake form docx to translator",
        notes="Hard negative: blank intake form with field labels (Name, DOB, SSN, medications) sent for translation; no patient.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="projects@northlinetranslations.com",
        subject="Translation: intake form into Somali and Hmong",
        body="Please quote translation of the attached blank intake form into Somali and Hmong.\n\nMaren",
        atts=(
            Att(
                "intake_form_blank.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "NEW PATIENT INTAKE",
                        "Name: ________  Date of birth: ________  SSN (optional): ________",
                        "Reason for visit: ________",
                        "Current medications: ________",
                        "History of keloids? Yes / No",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Letter to military recruiter re scar waiver",
        notes="Letter to recruiter naming applicant and his keloid treatment history.",
        frm="Dr. Anneliese Throndsen <athrondsen@fernhollowlaser.com>",
        to="sfc.ramirez@usarec-brookvale.mil",
        subject="Medical waiver documentation - Dominic Kettering",
        body="SFC Ramirez,\n\nAt Mr. Kettering's request and with his written authorization: Dominic Kettering has been treated here since 2024 for keloids of the upper back and shoulders with steroid injections and laser. The lesions are stable and do not restrict range of motion or the wearing of equipment.\n\nAnneliese Throndsen, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinician bio to conference organisers",
        notes="Hard negative: physician bio with specialties (burn scars, keloids, vitiligo) and NPI; no patient.",
        frm="Dr. Anneliese Throndsen <athrondsen@fernhollowlaser.com>",
        to="program@midwestlasersociety.org",
        subject="Speaker bio",
        body="Anneliese Throndsen, MD, is a dermatologist and medical director of Fernhollow Scar & Laser Clinic. Her practice focuses on laser treatment of burn scars, keloids, acne scarring and vitiligo. NPI: 1099345625.\n\nTalk title: Combining lasers and injections for keloids.",
    ),
    Spec(
        phi=False,
        category="De-identified case photo for lecture",
        notes="Hard negative: cropped scar photo with case number only, de-identified for teaching; no identifiers.",
        frm="Dr. Anneliese Throndsen <athrondsen@fernhollowlaser.com>",
        to="av@midwestlasersociety.org",
        subject="slide image for my talk",
        body="One more image for slide 14 please. It's de-identified (forearm only, no tattoos or faces, consent for teaching on file).",
        atts=(Att("case07_forearm_before.png", "image/png", png(6, 4, (200, 160, 140))),),
    ),
    Spec(
        phi=False,
        category="Payer contract negotiation with CPT codes",
        notes="Hard negative: fee negotiation listing CPT codes and rates; no patients.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="provider.contracting@northstarhealthplan.com",
        subject="Rate proposal 2026-2027",
        body="We propose: 17110 $142, 11900 $98, 0479T $410, 0480T $205 per additional 100 cm2. Our volume of burn scar laser grew 30% last year.\n\nMaren Holt, Business Manager",
    ),
    Spec(
        phi=False,
        category="Staff exposure notice without names",
        notes="Hard negative: staff illness exposure notice with no named individual.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="staff@fernhollowlaser.com",
        subject="Norovirus in the office",
        body="A staff member went home sick Tuesday with probable norovirus. Please wipe down goggles and keyboards with bleach wipes and stay home if you have symptoms.",
    ),
    Spec(
        phi=False,
        category="IRB approval letter for scar study",
        notes="Hard negative: IRB approval for a future keloid study; no participants enrolled or named.",
        frm="Research <research@fernhollowlaser.com>",
        to="irb@mnclinicalresearchirb.org",
        subject="RE: Protocol FSL-2026-01 approval acknowledgement",
        body="Thank you for approving 'Pulsed dye laser plus triamcinolone versus triamcinolone alone for earlobe keloids'. Enrollment will open April 1; target 60 participants.\n\nResearch Office",
    ),
    Spec(
        phi=False,
        category="Zip of model images to social media agency",
        notes="Zip of stock model images and captions; no patients.",
        frm="Marketing <marketing@fernhollowlaser.com>",
        to="team@northpinesocial.com",
        subject="April posts",
        body="Stock images (licensed models, not patients) and captions for April.",
        atts=(
            Att(
                "april_posts.zip",
                "application/zip",
                zipped(
                    {
                        "captions.txt": "1. Glow season starts now.\n2. Ask about our laser packages.",
                        "model1.png": png(4, 4, (230, 200, 180)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of before/after photos to patient lawyer",
        notes="Zip of photos named after the patient plus a note about dog-bite scar treatment, sent to her attorney.",
        frm="Medical Records <records@fernhollowlaser.com>",
        to="intake@halvorsonpi-law.com",
        subject="Records - Priya Raghunathan (authorization attached)",
        body="Per Ms. Raghunathan's authorization, enclosed are her treatment photos and summary.\n\nMedical Records"
        + SIG,
        atts=(
            Att(
                "Raghunathan_photos.zip",
                "application/zip",
                zipped(
                    {
                        "Raghunathan_P_lip_2025-10-02.png": png(4, 4, (210, 170, 150)),
                        "summary.txt": "Priya Raghunathan: dog bite scar upper lip; 4 PDL sessions; residual 1 cm depressed scar.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subject-only condition to pharmacy",
        notes="Hard positive: name and isotretinoin question appear only in the subject; body is a bare request.",
        frm="Clinic Nurse <nursing@fernhollowlaser.com>",
        to="rx@brookvalepharmacy.com",
        subject="Zaria Okafor-Lindell - last isotretinoin fill date?",
        body="Could you call us back at 651-555-0118? Thanks.",
    ),
    Spec(
        phi=True,
        category="Referral acknowledgement to burn centre",
        notes="Hard positive: reply to burn surgeon naming only 'Ms. Ivanova' plus her first laser date and neck contracture.",
        frm="Scheduling <scheduling@fernhollowlaser.com>",
        to="lortega@stbrendanburn.org",
        subject="RE: referral",
        body="Dr. Ortega, thanks - Ms. Ivanova is booked for her first fractional CO2 session on the neck contracture on April 2. We'll send notes after.\n\nFernhollow Scheduling\n\n> Please see my burn patient K. Ivanova for laser.",
    ),
    Spec(
        phi=True,
        category="Patient statement to personal email",
        notes="Billing statement to patient's gmail naming keloid injections, account number and balance.",
        frm="Billing <billing@fernhollowlaser.com>",
        to="sunniva.haslam@gmail.com",
        subject="Your statement from Fernhollow",
        body="Hi Sunniva,\n\nStatement for account FA-18820: keloid injections 2/20 and 3/19, patient responsibility $236.40 after NorthStar. Pay at fernhollowlaser.com/pay.\n\nBilling"
        + SIG,
    ),
    Spec(
        phi=True,
        category="C-CDA referral note",
        notes="Hard positive: C-CDA attachment carries name, DOB, and gender-affirming chest surgery scar treatment; body names no one.",
        frm="Medical Records <records@fernhollowlaser.com>",
        to="records@twincitiesgenderhealth.org",
        subject="Consult note (CCD)",
        body="Consult note attached per your request.",
        atts=(
            Att(
                "consult_23455.xml",
                "application/xml",
                """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Consultation Note - Fernhollow Scar &amp; Laser Clinic</title>
  <recordTarget><patientRole><id extension="FSL-23455"/><patient><name><given>Rowan</given><family>Ellery-Voss</family></name><birthTime value="19980714"/></patient></patientRole></recordTarget>
  <component><section><title>Assessment</title><text>Hypertrophic scars after gender-affirming mastectomy (Z87.890). Plan PDL + silicone.</text></section></component>
</ClinicalDocument>
""",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR medication request to e-prescribing hub",
        notes="Hard positive: body says only 'Automated message'; the FHIR MedicationRequest names the patient, scar gel and keloid.",
        frm="eRx Gateway <erx@fernhollowlaser.com>",
        to="inbound@mnerxhub.org",
        subject="MedicationRequest 5521",
        body="Automated message.",
        atts=(
            Att(
                "medreq_5521.json",
                "application/fhir+json",
                '{"resourceType": "MedicationRequest", "id": "5521", "status": "active", "intent": "order", "subject": {"display": "Dominic Kettering"}, "medicationCodeableConcept": {"text": "silicone scar gel 15 g"}, "reasonCode": [{"text": "Keloid of upper back"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for laser nurse",
        notes="Hard negative: job ad mentioning scar types and lasers; no patients.",
        frm="HR <hr@fernhollowlaser.com>",
        to="postings@mnnursingjobs.com",
        subject="RN - Laser and Injection Nurse",
        body="Fernhollow seeks an RN to perform laser treatments for acne scars, burn scars and vitiligo under physician supervision and to assist with keloid injections. Laser certification preferred.",
    ),
    Spec(
        phi=False,
        category="BAA renewal with answering service",
        notes="Business associate agreement renewal; no patient data.",
        frm="Business Office <office@fernhollowlaser.com>",
        to="contracts@twincityanswering.com",
        subject="BAA renewal 2026",
        body="Our BAA expires April 30. Attached terms are unchanged; please countersign.\n\nMaren Holt",
    ),
    Spec(
        phi=False,
        category="Laser safety officer certificate memo",
        notes="Staff training record notice; no patients.",
        frm="Laser Safety Officer <lso@fernhollowlaser.com>",
        to="staff@fernhollowlaser.com",
        subject="Laser safety training certificates",
        body="All clinical staff completed the annual laser safety course. Certificates are in the compliance binder. Next eye exams for operators due in June.",
    ),
]
