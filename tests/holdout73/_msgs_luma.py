"""Outbound mail of Luma Aesthetic Medicine & Med Spa (37): clients, their families, the medical
director, pharmacies, payment processors, agencies, distributors and staff."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = (
    "\n\nLuma Aesthetic Medicine & Med Spa\n7014 E. Camelback Rd, Scottsdale AZ 85251 | 480-555-0188\n"
    "Medical Director: Renata Morrow, MD"
)

_ROSACEA_CSV = (
    "first_name,last_name,mobile,email,segment,last_service\r\n"
    "Priya,Raman,480-555-0101,priya.raman88@gmail.com,rosacea-IPL-candidate,HydraFacial 2026-02-11\r\n"
    "Courtney,Abels,480-555-0102,cabels@yahoo.com,rosacea-IPL-candidate,consult 2026-01-29\r\n"
    "Meredith,Santangelo,602-555-0103,msantangelo@icloud.com,rosacea-IPL-candidate,IPL #1 2025-12-04\r\n"
    "Yolanda,Freitas,480-555-0104,yfreitas.az@gmail.com,rosacea-IPL-candidate,consult 2026-03-02\r\n"
)

_ROSTER = xlsx(
    {
        "Members": [
            ["Member", "Phone", "Plan", "Next due", "Treatment plan"],
            [
                "Alexis Brandvold",
                "480-555-0111",
                "Glow Gold",
                "2026-03-20",
                "Dysport 60u q12w + Sculptra",
            ],
            [
                "Fiona Kincaid",
                "602-555-0112",
                "Glow Silver",
                "2026-03-27",
                "Botox 24u glabella, melasma peel series",
            ],
            [
                "Tamsin Oduya",
                "480-555-0113",
                "Glow Gold",
                "2026-04-02",
                "Semaglutide 1.0 mg weekly, B12",
            ],
        ],
        "Lapsed": [
            ["Member", "Phone", "Last visit", "Reason"],
            ["Heather Lusk", "480-555-0114", "2025-10-08", "paused - pregnant"],
            ["Noor Haddad", "602-555-0115", "2025-09-19", "filler nodule, upset"],
        ],
    }
)

_SALES = xlsx(
    {
        "By service": [
            ["Service", "Q4 2025 units", "Q1 2026 units", "Revenue Q1"],
            ["Neurotoxin (areas)", 1412, 1530, 321300],
            ["HA filler (syringes)", 388, 402, 281400],
            ["GLP-1 weight program (enrollees)", 96, 141, 197400],
            ["IPL / BBL sessions", 210, 236, 94400],
        ],
        "By location": [["Location", "Q1 revenue"], ["Scottsdale", 612000], ["Gilbert", 318500]],
        "Notes": [["Unit counts only; no client-level data."]],
    }
)

_CONSENT_PDF = pdf(
    [
        "LUMA AESTHETIC MEDICINE & MED SPA - INFORMED CONSENT: DERMAL FILLER",
        "Client: Bianca Torvaldsen     DOB: 12/03/1990     Chart #: LU-20417",
        "Product: Juvederm Volbella XC, 1 syringe, lips     Date: 03/14/2026",
        "Medical history reviewed: cold sores (HSV-1) - valacyclovir prophylaxis given.",
        "Allergies: none known. Not pregnant. No anticoagulants.",
        "Risks explained: bruising, swelling, lumps, infection, vascular occlusion, blindness (rare).",
        "Client signature: B. Torvaldsen    Injector: Shay Corrigan, RN",
    ],
    "Consent LU-20417",
)

MESSAGES = [
    Spec(
        phi=True,
        category="Neurotoxin appointment confirmation HTML to client",
        notes="HTML-only confirmation to a client's gmail naming her Botox units and treatment areas.",
        frm="Luma Med Spa <appointments@lumaaestheticspa.com>",
        to="kendra.holcomb22@gmail.com",
        subject="You're booked, Kendra!",
        body="",
        html=(
            "<html><body><p>Hi Kendra Holcomb,</p><p>Your appointment is confirmed for <b>Thursday, March 19 at 2:30 PM</b> "
            "with Shay Corrigan, RN.</p><table border='1'><tr><td>Service</td><td>Botox - glabella 20u, forehead 10u, crow's feet 24u</td></tr>"
            "<tr><td>Notes</td><td>2-week touch-up from 3/5; mild ptosis L brow last time</td></tr></table>"
            "<p>Please arrive makeup-free.</p><img src='https://track.lumaaestheticspa.com/o.gif?c=88172' width='1' height='1'></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Before/after lip filler photo named after client to marketing agency",
        notes="Hard positive: PNG file named with the client's full name and treatment sent to an ad agency; body only says 'for the carousel'.",
        frm="Marketing <marketing@lumaaestheticspa.com>",
        to="creative@saltandsagesocial.com",
        subject="for the carousel",
        body="Use these two for the lips carousel next week. She signed the photo release.",
        atts=(
            Att("jessamyn_pike_lips_before.png", "image/png", png(6, 6, (222, 160, 160))),
            Att(
                "jessamyn_pike_lips_after_1syr_volbella.png",
                "image/png",
                png(6, 6, (230, 150, 155)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Condition-segmented SMS campaign list to marketing platform",
        notes="Hard positive: client list segmented as rosacea candidates with names, mobiles and emails sent to an SMS vendor.",
        frm="Marketing <marketing@lumaaestheticspa.com>",
        to="onboarding@textblastpro.com",
        subject="Upload for April IPL campaign",
        body="Hi Dev,\n\nPlease load the attached audience into our account for the 'Calm the redness' IPL campaign going out 4/1. Columns match your template.\n\nThanks, Brooke",
        atts=(Att("april_ipl_audience.csv", "text/csv", _ROSACEA_CSV),),
    ),
    Spec(
        phi=False,
        category="Spring promotion HTML newsletter to subscriber",
        notes="Generic spa promotion sent to a subscriber's personal address; no treatment history.",
        frm="Luma Med Spa <hello@lumaaestheticspa.com>",
        to="tara.mckinnon@gmail.com",
        subject="Spring glow-up: $50 off your first HydraFacial",
        body="",
        html=(
            "<html><body><h2>Spring is here</h2><p>Book a HydraFacial or chemical peel before April 30 and save $50. "
            "New this season: BBL Forever Young and our GLP-1 medical weight program consultations.</p>"
            "<p><a href='https://lumaaestheticspa.com/book'>Book now</a></p><p>You are receiving this because you subscribed at lumaaestheticspa.com.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Vascular occlusion incident report to medical director",
        notes="Incident report naming the client, filler product and hyaluronidase treatment sent to the off-site medical director.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="renata.morrow@morrowdermmd.com",
        subject="Incident report - possible VO 3/16",
        body=(
            "Dr. Morrow,\n\nFormal write-up as you asked on the phone.\n\nClient: Noor Haddad (chart LU-18830)\nProcedure: RHA 3, 0.6 mL, "
            "L nasolabial fold, cannula\nEvent: blanching and livedo along L alar base ~2 min after injection\nAction: stopped, "
            "hyaluronidase 450 units in 3 rounds, warm compress, aspirin 325 mg, capillary refill normal at 60 min\nFollow-up: "
            "daily photos, recheck tomorrow 9 am\n\nShay" + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Injector bio page text for website vendor",
        notes="Hard negative: nurse injector bio listing conditions she treats; no client.",
        frm="Marketing <marketing@lumaaestheticspa.com>",
        to="support@spasitebuilders.com",
        subject="New team bio - please publish",
        body=(
            "Please add to the Team page:\n\nShay Corrigan, RN, BSN, CANS - Shay has 9 years of aesthetic nursing experience and a special "
            "interest in treating hyperhidrosis with neurotoxin, melasma and post-acne scarring. She trains new injectors in "
            "complication management including vascular occlusion protocols.\n\nThanks!"
        ),
    ),
    Spec(
        phi=True,
        category="Suspicious mole referral from esthetician to dermatologist",
        notes="Client name and a changing pigmented lesion noticed during a facial referred to an outside dermatology office.",
        frm="Front Desk <frontdesk@lumaaestheticspa.com>",
        to="newpatients@birchwooddermmohs.com",
        subject="Referral - dark mole seen during facial",
        body="Hello,\n\nOur medical director would like to refer our client Priscilla Vang (DOB 06/22/1984, cell 480-555-0129) for evaluation of an irregular, two-toned mole about 7 mm on her upper back that our esthetician noticed during a back facial on 3/13. Client says it is new since last summer. She is expecting your call.\n\nThank you"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Quarterly sales by service workbook to outside accountant",
        notes="Hard negative: multi-sheet revenue and unit counts by service including GLP-1 enrollees; no client-level data.",
        frm="Owner <owner@lumaaestheticspa.com>",
        to="mwexler@wexlercpa-group.com",
        subject="Q1 numbers for estimated taxes",
        body="Mark, Q1 service mix and revenue attached. Gilbert location is now about a third of revenue.\n\nJanelle",
        atts=(Att("Luma_Q1_2026_service_mix.xlsx", XLSX, _SALES),),
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject line to medical director",
        notes="Hard positive: client's name and herpes outbreak after laser appear only in the subject; body is one line.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="renata.morrow@morrowdermmd.com",
        subject="Jenna Kowalczyk - HSV flare 2 days post CO2 laser - valacyclovir?",
        body="Can you call something in for her to the CVS on Hayden? Thx",
    ),
    Spec(
        phi=False,
        category="Botox and filler order to distributor with medical director DEA",
        notes="Hard negative: product order listing the medical director's NPI and DEA number; no client.",
        frm="Inventory <inventory@lumaaestheticspa.com>",
        to="orders@allerganaestheticsdirect.com",
        subject="Order - account 4471029",
        body=(
            "Please process:\n\n10 x Botox 100U\n6 x Juvederm Voluma XC\n12 x Volbella XC\n\nOrdering physician: Renata Morrow, MD\n"
            "NPI: 1784125829\nDEA: BM1899319\nShip to 7014 E. Camelback Rd, Scottsdale AZ 85251.\n\nThanks, Nico"
        ),
    ),
    Spec(
        phi=True,
        category="GLP-1 weight program dose escalation email to client",
        notes="Client's semaglutide dose, weight and nausea side effect sent to her personal mailbox.",
        frm="Luma Weight Program <weightloss@lumaaestheticspa.com>",
        to="tamsin.oduya@outlook.com",
        subject="Your week 9 check-in",
        body="Hi Tamsin,\n\nGreat work - you're down 14.2 lb since you started (212.6 to 198.4). Since the nausea has settled, Dr. Morrow approved moving your semaglutide from 0.5 mg to 1.0 mg weekly starting Sunday. Your next vial ships from the pharmacy Thursday.\n\nCoach Lia"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Gift card receipt with SSN-shaped card number",
        notes="Hard negative: gift card purchase receipt to a buyer; card number is SSN-shaped; no treatment or health information.",
        frm="Luma Med Spa <giftcards@lumaaestheticspa.com>",
        to="roger.lindahl@yahoo.com",
        subject="Your Luma gift card receipt",
        body="Thank you for your purchase!\n\nGift card no.: 512-40-7781\nAmount: $250.00\nRecipient name on card: 'Happy Anniversary'\nRedeemable for any service or product. Does not expire.\n\nLuma Aesthetic Medicine & Med Spa",
    ),
    Spec(
        phi=True,
        category="Signed filler consent PDF to client's iCloud",
        notes="Consent form PDF with client name, DOB, chart number, lip filler and HSV history sent to her personal mailbox.",
        frm="Front Desk <frontdesk@lumaaestheticspa.com>",
        to="bianca.torvaldsen@icloud.com",
        subject="Copy of your consent form",
        body="Hi Bianca, as requested here is a copy of the consent you signed on Saturday. Ice on and off today and text us if anything looks off!"
        + FOOT,
        atts=(Att("consent_LU-20417.pdf", "application/pdf", _CONSENT_PDF),),
    ),
    Spec(
        phi=False,
        category="Staff bloodborne pathogens training invite (ICS)",
        notes="OSHA training calendar invite for staff; no client.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="team@lumaaestheticspa.com",
        subject="Annual bloodborne pathogens + sharps training",
        body="Mandatory for all injectors, nurses and estheticians. 30 minutes before opening.",
        atts=(
            Att(
                "bbp_training.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Luma//Staff//EN\r\nBEGIN:VEVENT\r\nUID:bbp-2026@lumaaestheticspa.com\r\n"
                "DTSTAMP:20260316T170000Z\r\nDTSTART:20260320T153000Z\r\nDTEND:20260320T160000Z\r\n"
                "SUMMARY:Bloodborne pathogens & sharps training\r\nLOCATION:Treatment room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to client's sister about swelling after filler",
        notes="Hard positive: only first name plus 'your sister' plus post-filler swelling and steroid advice identify the client.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="lin.haoyu.88@outlook.com",
        subject="Re: my sister's face",
        body="Hi Hao,\n\nThanks for reaching out for Mei. Some swelling under the eyes 3 days after tear-trough filler is common, but since it's firmer on the left I'd like to see her tomorrow at 11. If it's getting worse tonight, she should take the prednisone Dr. Morrow prescribed and call our after-hours line.\n\nShay",
    ),
    Spec(
        phi=False,
        category="Nurse injector job posting DOCX to job board",
        notes="Hard negative: job description listing neurotoxin, filler and GLP-1 duties; no client.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="listings@aestheticcareers.net",
        subject="Posting: Nurse Injector (RN/NP), Gilbert",
        body="Attached. Please run for 30 days in the Arizona region.",
        atts=(
            Att(
                "Nurse_Injector_Gilbert.docx",
                DOCX,
                docx(
                    [
                        "Luma Aesthetic Medicine & Med Spa - Nurse Injector (RN/NP)",
                        "Perform neurotoxin and dermal filler treatments, Kybella, PRP microneedling, and GLP-1 weight program follow-ups under physician protocols.",
                        "Minimum 2 years injecting; complication management training required.",
                        "Base + commission; CE allowance $2,000/year.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Chargeback dispute evidence to card processor",
        notes="Hard positive: payment dispute packet naming the client and the CoolSculpting treatments she received.",
        frm="Billing <billing@lumaaestheticspa.com>",
        to="disputes@paysquaremerchant.com",
        subject="Dispute case 7730-118 - evidence",
        body=(
            "Re: chargeback case 7730-118, cardholder Melinda Ashcroft, $2,400.00.\n\nThe cardholder received the services charged: "
            "CoolSculpting, 4 cycles abdomen + 2 flanks, on 01/22/2026 and a follow-up session on 02/26/2026. Signed treatment consent "
            "and sign-in sheets are available on request. Her claim of 'services not rendered' is incorrect.\n\nLuma Billing"
        ),
    ),
    Spec(
        phi=False,
        category="Filler lot recall forwarded to medical director",
        notes="Hard negative: manufacturer recall notice about a product lot, with confirmation that no lot was used; no client.",
        frm="Inventory <inventory@lumaaestheticspa.com>",
        to="renata.morrow@morrowdermmd.com",
        subject="FW: Voluntary recall - lot VB40217",
        body="FYI - we checked, none of lot VB40217 was received or used at either location. Quarantine not needed.\n\nNico",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="Quality Notifications <quality@aestheticsmfr-notices.com>",
            to="inventory@lumaaestheticspa.com",
            subject="Voluntary recall - lot VB40217",
            body="Dear customer, out of caution we are recalling lot VB40217 (1 mL syringes) due to a packaging seal defect that may compromise sterility. Please quarantine any units and contact us for credit.",
        ),
    ),
    Spec(
        phi=True,
        category="Sculptra series calendar invite to client",
        notes="Calendar invite to a client's yahoo mailbox naming her and her Sculptra treatment session.",
        frm="Luma Med Spa <appointments@lumaaestheticspa.com>",
        to="ana.ruiz.scottsdale@yahoo.com",
        subject="Sculptra session 2 of 3",
        body="Hi Ana, your second Sculptra session is on the calendar. Remember the 5-5-5 massage after!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Luma//Booking//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sculptra2-ruiz@lumaaestheticspa.com\r\nDTSTAMP:20260316T180000Z\r\nDTSTART:20260408T180000Z\r\n"
            "DTEND:20260408T190000Z\r\nSUMMARY:Ana Ruiz - Sculptra 2/3 (2 vials, temples + cheeks)\r\n"
            "LOCATION:Luma Scottsdale\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Photography policy DOCX with example field names",
        notes="Hard negative: internal photo policy listing which fields to record, with no real client.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="consult@medspacompliancegroup.com",
        subject="Draft photo policy for your review",
        body="Attached is our draft clinical photography policy. Could you check it against Arizona rules before we roll it out?",
        atts=(
            Att(
                "Clinical_Photo_Policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Luma Clinical Photography Policy (draft v3)",
                        "1. Photos are taken only on clinic iPads in the Aesthetic Record app, never on personal phones.",
                        "2. Each photo set is tagged with: Client name, DOB, chart #, treatment area, product and lot.",
                        "3. Marketing use requires a separate signed release; faces are cropped unless the release allows full face.",
                        "4. Photos are never emailed; share via the portal only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Compounded semaglutide prescription order to 503A pharmacy",
        notes="Prescription order with patient name, DOB, address and semaglutide dose to a compounding pharmacy.",
        frm="Luma Weight Program <weightloss@lumaaestheticspa.com>",
        to="rx@desertbloomcompounding.com",
        subject="New Rx - please ship to patient",
        body=(
            "Patient: Gareth Olufemi  DOB 10/17/1979\nShip to: 3318 N. 68th St, Scottsdale AZ 85251  Ph 480-555-0136\n"
            "Rx: semaglutide 2.5 mg/mL, inject 0.25 mg SC weekly x4 weeks, then 0.5 mg weekly. Qty 2 mL, 1 refill.\nBMI 33.8, A1c 6.1\n"
            "Prescriber: Renata Morrow, MD, NPI 1784125829"
        ),
    ),
    Spec(
        phi=False,
        category="Marketing assets zip to print shop",
        notes="Logo and brochure art files for a print job; no client images.",
        frm="Marketing <marketing@lumaaestheticspa.com>",
        to="orders@copperstateprint.com",
        subject="Brochure files - 2,000 tri-folds",
        body="Files attached. Matte 100lb, deliver to the Scottsdale location by 3/27 please.",
        atts=(
            Att(
                "luma_trifold_print.zip",
                "application/zip",
                zipped(
                    {
                        "luma_logo_cmyk.png": png(10, 4, (201, 176, 140)),
                        "trifold_copy.txt": "Neurotoxin | Fillers | Laser & Light | Medical Weight Loss\nBook your complimentary consultation: 480-555-0188\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hormone panel results to client's AOL",
        notes="Wellness-program lab results (testosterone, estradiol) with the client's name sent to her AOL address.",
        frm="Luma Wellness <wellness@lumaaestheticspa.com>",
        to="gwen.pellerin@aol.com",
        subject="Your lab results are in",
        body="Hi Gwen,\n\nYour labs from 3/11 are back:\n- Total testosterone 14 ng/dL (low)\n- Estradiol 22 pg/mL\n- FSH 68 mIU/mL (post-menopausal range)\n- TSH 2.1\n\nDr. Morrow thinks you're a good candidate for the hormone pellet program we discussed. Call us to book a follow-up."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Landlord HVAC maintenance request",
        notes="Facilities request; no health information.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="maintenance@camelbackplazaprop.com",
        subject="Suite 110 - AC not keeping up in laser room",
        body="Hi Doug, the laser room is hitting 79F by noon and the devices throw temperature warnings. Can your HVAC tech come Thursday before 10 am? Thanks, Janelle",
    ),
    Spec(
        phi=True,
        category="Return-to-work note to client's employer",
        notes="Hard positive: note to an employer confirming a named person was treated at the clinic on a date, with no diagnosis.",
        frm="Front Desk <frontdesk@lumaaestheticspa.com>",
        to="hr@sonorantitlegroup.com",
        subject="Rachel Dunn - work note",
        body="To whom it may concern,\n\nRachel Dunn was seen at Luma Aesthetic Medicine on Tuesday, March 17, 2026 for an in-office medical procedure and may return to work on Thursday, March 19 without restrictions.\n\nRenata Morrow, MD\nMedical Director",
    ),
    Spec(
        phi=False,
        category="Social media content calendar CSV to agency",
        notes="Hard negative: post topics mention melasma, acne scars and GLP-1s but no client appears.",
        frm="Marketing <marketing@lumaaestheticspa.com>",
        to="creative@saltandsagesocial.com",
        subject="April content calendar",
        body="Here's April. Please avoid any client photos this month, stock/illustration only.",
        atts=(
            Att(
                "april_content.csv",
                "text/csv",
                "date,platform,topic,format\r\n2026-04-01,Instagram,Melasma myths vs facts,carousel\r\n2026-04-07,TikTok,What is a vascular occlusion? (injector safety),reel\r\n2026-04-14,Instagram,Acne scars: microneedling vs CO2,carousel\r\n2026-04-21,Facebook,GLP-1 FAQ with Dr. Morrow,live\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Abbreviated treatment handoff to sister location injector",
        notes="Hard positive: shorthand handoff with client name, products, units and HSV history between locations.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="maddie.hsu@lumagilbert.com",
        subject="handoff - Kat",
        body="Maddie - Kat Osei moving to Gilbert. Hx: 20u Dys glab q12w, 1 syr RHA3 NLF bilat 1/26. +HSV-1 -> valtrex 2g BID day of. Bruises easily (fish oil). Happy w/ results, likes natural. -S",
    ),
    Spec(
        phi=False,
        category="Glow Night event RSVP confirmation",
        notes="Event RSVP confirmation to a personal address; no treatment or health detail.",
        frm="Luma Med Spa <events@lumaaestheticspa.com>",
        to="sadie.markowitz@icloud.com",
        subject="You're on the list for Glow Night!",
        body="Hi Sadie,\n\nThanks for RSVPing for Glow Night on Thursday, April 9, 6-8 pm. Bubbly, mini-demos and raffle prizes. Bring a friend!\n\nTeam Luma",
    ),
    Spec(
        phi=True,
        category="Client complaint forwarded to defence attorney",
        notes="Client's complaint about a laser burn with her name forwarded to the spa's lawyer.",
        frm="Owner <owner@lumaaestheticspa.com>",
        to="jprescott@prescottlawaz.com",
        subject="FW: Formal complaint - burn from laser",
        body="Jim, see below. Treatment notes show BBL at 515 nm, 14 J/cm2 on 2/28, client reported Fitzpatrick II but looks like IV in photos. How do you want me to respond?\n\nJanelle",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Ximena Barraza <ximenabarraza@gmail.com>",
            to="owner@lumaaestheticspa.com",
            subject="Formal complaint - burn from laser",
            body="I am Ximena Barraza. After my BBL photofacial on February 28 I have blisters and now dark patches on both cheeks. The nurse never did a test spot. I expect a full refund and payment for my dermatologist visits.",
        ),
    ),
    Spec(
        phi=False,
        category="De-identified complication case abstract for conference",
        notes="Hard negative: de-identified case abstract (age band, no names or dates) submitted to a meeting.",
        frm="Renata Morrow MD <drmorrow@lumaaestheticspa.com>",
        to="abstracts@southwestaestheticsymposium.org",
        subject="Abstract submission: delayed-onset nodules after HA filler",
        body=(
            "Title: Delayed-onset inflammatory nodules after HA filler following viral illness: a case series\n\n"
            "We describe three women aged 35-55 who developed tender nodules 4-10 months after hyaluronic acid filler, "
            "each within two weeks of a viral respiratory illness. All responded to hyaluronidase plus a short oral steroid "
            "course. No identifying details are included.\n\nRenata Morrow, MD"
        ),
    ),
    Spec(
        phi=True,
        category="Membership roster workbook to SMS reminder vendor",
        notes="Hard positive: neutral body; the multi-sheet roster lists members with phones, treatment plans, pregnancy and a filler complication.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="import@remindlyapp.com",
        subject="Membership import for automated reminders",
        body="Attached is our member list for the reminder setup. Can you map 'Next due' to the text trigger?",
        atts=(Att("luma_members_march.xlsx", XLSX, _ROSTER),),
    ),
    Spec(
        phi=False,
        category="Test client in booking system declared fictitious",
        notes="Hard negative: booking-software bug report using a clearly labelled fake client record.",
        frm="Front Desk <frontdesk@lumaaestheticspa.com>",
        to="help@bookwellspa-software.com",
        subject="Deposit not refunding on cancel",
        body="Repro: I created a dummy client 'TEST TESTERSON' (not a real person) and booked 'Botox 50u' with a $50 deposit, then cancelled 48h out. The deposit shows as forfeited instead of refunded. Ticket #41177.",
    ),
    Spec(
        phi=False,
        category="Price list PDF to corporate wellness partner",
        notes="Service price list for a corporate perks programme; no individual.",
        frm="Owner <owner@lumaaestheticspa.com>",
        to="perks@northsightsoftware.com",
        subject="Employee perk pricing - Luma",
        body="Hi Camille, attached is the 15%-off employee price list we discussed. Employees just mention NorthSight when booking.",
        atts=(
            Att(
                "Luma_Corporate_Pricing_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LUMA AESTHETIC MEDICINE & MED SPA - CORPORATE PARTNER PRICING 2026",
                        "Neurotoxin (per unit): $11.00",
                        "HA filler (per syringe): $640.00",
                        "HydraFacial signature: $170.00",
                        "Medical weight program consult: $85.00",
                    ],
                    "Corporate pricing",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff annual TB screening reminder",
        notes="Hard negative: staff health requirement notice with no individual result.",
        frm="Clinic Manager <manager@lumaaestheticspa.com>",
        to="team@lumaaestheticspa.com",
        subject="TB screening due by April 15",
        body="Reminder: everyone with client contact needs an annual TB screen (QuantiFERON or skin test) by April 15. Bring your result to me in a sealed envelope; results are kept in your confidential employee file, not your personnel file.",
    ),
    Spec(
        phi=False,
        category="BAA redline discussion with EMR vendor",
        notes="Contract negotiation about a business associate agreement; no client data.",
        frm="Owner <owner@lumaaestheticspa.com>",
        to="legal@aestheticrecordemr.com",
        subject="BAA - our redlines on section 6",
        body="Hi Priyanka,\n\nWe're fine with the BAA except section 6: breach notification needs to be within 10 business days, not 60 days, and you should name your sub-processors for photo storage. Can you send a revised draft?\n\nJanelle Ortiz, Owner",
    ),
    Spec(
        phi=True,
        category="Kybella follow-up photo request to client",
        notes="Message to client's gmail about her submental swelling after Kybella treatment.",
        frm="Shay Corrigan RN <shay@lumaaestheticspa.com>",
        to="whitney.calloway@gmail.com",
        subject="Checking in after your Kybella",
        body="Hi Whitney! Day 3 after Kybella is usually peak swelling under the chin - totally normal. The numbness you mentioned should ease in 2-4 weeks. Could you reply with a side-profile photo so I can add it to your chart before your round 2 on 4/14?\n\nShay",
    ),
    Spec(
        phi=False,
        category="Monthly sales tax filing note to bookkeeper",
        notes="Bookkeeping about taxable retail product sales; no client information.",
        frm="Owner <owner@lumaaestheticspa.com>",
        to="books@ledgerlinebookkeeping.com",
        subject="Feb TPT - retail only",
        body="Reminder that only retail skincare is taxable for TPT; services are not. Feb retail was $18,420.55. Square report in the shared drive.",
    ),
    Spec(
        phi=True,
        category="PRP microneedling lab draw requisition to outside lab",
        notes="Lab requisition naming the client with hepatitis and HIV screening before PRP sent to an outside lab.",
        frm="Luma Wellness <wellness@lumaaestheticspa.com>",
        to="clientservices@valleyreflab.com",
        subject="Standing order - pre-PRP screening",
        body="Please keep this standing order on file:\n\nPatient: Delphine Okwuosa, DOB 01/30/1987, phone 602-555-0148\nTests: HIV-1/2 Ag/Ab, hepatitis B surface Ag, hepatitis C Ab, CBC\nDx: Z01.812 pre-procedural labs\nOrdering: Renata Morrow, MD\n\nThanks, Luma Wellness",
    ),
]
