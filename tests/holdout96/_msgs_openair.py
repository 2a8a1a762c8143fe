"""Outbound mail of the Open Air Asthma Alliance, an asthma education nonprofit (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nOpen Air Asthma Alliance\n1200 Willow Street, Linden Park, IL\n217-555-0180 | openairasthma.org"

MESSAGES = [
    Spec(
        phi=True,
        category="Camp medical form follow-up to parent",
        notes="Parent's gmail told her son's asthma camp file lacks his action plan and inhaler dose.",
        frm="Camp Breathe Easy <camp@openairasthma.org>",
        to="shaniece.holloway@gmail.com",
        subject="Camp Breathe Easy - missing forms for Jaylen",
        body=(
            "Hi Ms. Holloway,\n\nWe're excited to have Jaylen Holloway at Camp Breathe Easy (session 2, July 12-17). His file is still missing:\n"
            "  - a signed asthma action plan from his doctor\n  - the dose of his controller inhaler (you wrote 'the orange one')\n\n"
            "Could you send these by May 1? Our camp nurse needs them to set up his medication schedule.\n\nCamp Office"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Camp cabin medication roster workbook",
        notes="Hard positive: multi-sheet roster of named campers with inhaler and nebulizer medications for the camp nurse.",
        frm="Camp Breathe Easy <camp@openairasthma.org>",
        to="nurse.volunteers@openairasthma.org",
        subject="Session 1 cabins + meds (draft)",
        body="Draft cabin list for session 1 with meds. Sheet 2 is the kids who need neb treatments. Please check against the forms.",
        atts=(
            Att(
                "session1_cabins_meds.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cabins": [
                            ["Cabin", "Camper", "Age", "Controller", "Rescue"],
                            ["Cedar", "Mateo Ruiz", 9, "Flovent 44 2 puffs BID", "Albuterol HFA"],
                            ["Cedar", "Brody Kessler", 10, "Dulera 100", "Albuterol HFA"],
                            ["Aspen", "Naomi Achebe", 8, "Pulmicort Flexhaler", "Levalbuterol"],
                        ],
                        "Nebs": [
                            ["Camper", "Neb med", "Times"],
                            ["Naomi Achebe", "Budesonide 0.5 mg", "7am/8pm"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Home visit summary to referring pediatrician",
        notes="Community health worker home visit summary naming child, asthma control score and home triggers.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="dr.fenske@eastgatepediatrics.com",
        subject="Home visit summary - your referral",
        body=(
            "Dr. Fenske,\n\nThank you for referring Chidi Okonkwo (DOB 06/03/2017). I completed the first home visit on 3/12:\n"
            "- Asthma Control Test: 14 (not well controlled)\n- Visible mold on bedroom wall, gas stove without hood, two cats\n"
            "- Mom reports he uses albuterol 5-6 days/week and the Flovent has run out\n\n"
            "We delivered a HEPA purifier and mattress covers. Could your office send a new Flovent prescription?\n\nDara Whitcombe, CHW"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Home visiting programme welcome letter",
        notes="Hard positive: no diagnosis word beyond the programme, but enrolment in an asthma home visiting programme tied to a named person.",
        frm="Open Air Home Visiting <homevisits@openairasthma.org>",
        to="rosa.bermudez82@gmail.com",
        subject="Welcome to the program, Rosa!",
        body="Hi Rosa,\n\nWelcome to Open Air's Asthma Home Visiting Program! Your community health worker is Dara. She will call you this week to set up your first visit at your home on Kettering Ave.\n\nSee you soon!"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Grant report success story naming client",
        notes="Hard positive: funder report narrative names a child with her ER visits and hospitalisation history.",
        frm="Development <development@openairasthma.org>",
        to="grants@lindenparkcommunityfdn.org",
        subject="Interim report - Healthy Homes grant",
        body=(
            "Dear Ms. Park,\n\nOur interim narrative is below.\n\nClient story: Marisol Treviño, age 9, of the Eastgate apartments, had six ER visits and "
            "one hospitalization for asthma in 2025. After our remediation (pest control, new carpet removed) and inhaler teaching, she has had no ER visits since "
            "October.\n\nOverall we enrolled 142 families this year.\n\nWarmly,\nJune Albrecht, Development Director"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Member-level program report CSV to Medicaid plan",
        notes="CSV to the health plan listing members' IDs, names and asthma home visits delivered.",
        frm="Program Data <data@openairasthma.org>",
        to="care.management@prairiecaremco.com",
        subject="Feb home visit encounters",
        body="Attached: member-level encounters for February for the asthma home visiting contract (CM-2291).",
        atts=(
            Att(
                "feb_encounters.csv",
                "text/csv",
                "member_id,last_name,first_name,dob,visit_date,visit_type,act_score\n"
                "PCM58820314,Okonkwo,Chidi,2017-06-03,2026-02-12,initial,14\n"
                "PCM58817702,Albright,Vivian,1961-11-19,2026-02-18,follow-up,19\n"
                "PCM58830055,Nguyen,Bao,2019-04-27,2026-02-25,follow-up,17\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HEPA purifier delivery instructions to vendor",
        notes="Hard positive: tells a delivery vendor a named child's household is getting a purifier for his asthma.",
        frm="Open Air Home Visiting <homevisits@openairasthma.org>",
        to="dispatch@prairiedeliveryco.com",
        subject="Delivery Thursday - Nguyen household",
        body="Please deliver one HEPA purifier (model AP-300) to the Nguyen family, 3318 Birch Hollow Rd Apt 2, Linden Park. It is for their son Bao's asthma, so please set it up in his bedroom. Mom's cell 217-555-0186.",
    ),
    Spec(
        phi=True,
        category="Forwarded parent message to CHW supervisor",
        notes="Forward of a parent's e-mail describing her daughter's ER visit for asthma.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="supervisor.chw@openairasthma.org",
        subject="Fwd: Amara in ER again",
        body="FYI - should we move her visit up? Third ED visit this winter.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Folake Adeyemi <folake.adeyemi@yahoo.com>",
            to="dwhitcombe@openairasthma.org",
            subject="Amara in ER again",
            body="Dara, Amara was in the ER last night at Linden Park Hospital, they gave her steroids and nebs. Can you still come Friday?",
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form OCR text",
        notes="Hard positive: OCR text file of an intake form with name, DOB, triggers and medications; body says only 'scan attached'.",
        frm="Intake <intake@openairasthma.org>",
        to="data@openairasthma.org",
        subject="scan 0314",
        body="scan attached for entry",
        atts=(
            Att(
                "intake_scan_0314.txt",
                "text/plain",
                "OPEN AIR ASTHMA ALLIANCE - CLIENT INTAKE\nName: Vivian Albright   DOB: 11/19/1961\nAddress: 54 Lantern Row, Linden Park\n"
                "Phone: 217-555-0193\nDx: asthma/COPD overlap   Smoker: quit 2019\nMeds: Symbicort 160/4.5 2 puffs BID, albuterol PRN, Spiriva\n"
                "Triggers: cold air, bleach, cockroaches\nER visits last 12 mo: 2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Home visit appointment invite to parent",
        notes="Calendar invite to a parent's gmail for an asthma home visit naming the child.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="minh.tran.home@gmail.com",
        subject="Visit Tuesday 4pm",
        body="See you Tuesday! I'll bring the new spacer for An.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OpenAir//Visits//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:hv-tran-0324@openairasthma.org\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260324T210000Z\r\nDTEND:20260324T220000Z\r\n"
            "SUMMARY:Asthma home visit #3 - An Tran (spacer teaching, trigger check)\r\nLOCATION:Tran home, 61 Pell St\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Personalised education progress e-mail (HTML only)",
        notes="HTML-only note to a parent saying her named son completed 4 of 6 asthma self-management sessions.",
        frm="Open Air Education <education@openairasthma.org>",
        to="denise.whitfield@icloud.com",
        subject="Marcus is almost there!",
        body="",
        html=(
            "<html><body><p>Hi Denise,</p><p><b>Marcus</b> has completed <b>4 of 6</b> sessions of our Kids Breathe Smart asthma class. "
            "Next up: <i>Using your peak flow meter</i> on March 28.</p><p>His last peak flow log showed he is in the yellow zone most mornings - please bring the log.</p>"
            "<p>Open Air Asthma Alliance</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Refill coordination with pharmacy",
        notes="Hard positive: short request to a pharmacy naming a client and her Symbicort prescription.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="rx.willowst@corneronepharmacy.com",
        subject="refill question",
        body="Hi, this is Dara from Open Air. Can you check if Vivian Albright's Symbicort 160/4.5 has refills left? She ran out Sunday. Her DOB is 11/19/1961. Thanks!",
    ),
    Spec(
        phi=True,
        category="Advocacy letter to landlord citing tenant's child's asthma",
        notes="Hard positive: letter to a landlord naming a tenant's child and her asthma to request mold remediation.",
        frm="Open Air Housing Advocate <housing@openairasthma.org>",
        to="management@eastgateproperties.com",
        subject="Request for repairs - Unit 14C",
        body=(
            "Dear Eastgate Property Management,\n\nI am writing on behalf of your tenant Leticia Treviño, Unit 14C. Her daughter Marisol has severe asthma and "
            "her doctor has documented that mold and cockroach allergen worsen it. We request remediation of the bathroom mold and integrated pest management "
            "within 14 days, as a reasonable accommodation.\n\nSincerely,\nGabe Oyelaran, Housing Advocate"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Mold photo named after client family",
        notes="Hard positive: photo file named after a client family, sent for their asthma remediation file.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="housing@openairasthma.org",
        subject="photos for remediation file",
        body="Gabe - photos from the Tran visit for An's asthma remediation request. Bathroom is worst.",
        atts=(Att("tran_61pell_bathroom_mold.png", "image/png", png(5, 5, (60, 70, 50))),),
    ),
    Spec(
        phi=True,
        category="Rescue inhaler use update to school nurse",
        notes="Named student's rescue inhaler use and controller change reported to a school nurse.",
        frm="Open Air School Program <schools@openairasthma.org>",
        to="nurse.eastgate@millbrookusd.org",
        subject="Kenji - inhaler use this week",
        body="Hi Nurse Palmer,\n\nMom shared that Kenji Morales (grade 3) used his rescue inhaler three times at school this week. His doctor started him on a daily Qvar on Monday; could you let us know if the school-day use drops?\n\nThanks,\nLuz Carrillo, School Program Coordinator",
    ),
    Spec(
        phi=True,
        category="Community spirometry screening result to participant",
        notes="Screening event spirometry result with name sent to the participant's aol address.",
        frm="Open Air Screening <screening@openairasthma.org>",
        to="hgrabowski1958@aol.com",
        subject="Your breathing test from the health fair",
        body="Dear Henry Grabowski,\n\nThank you for visiting our booth at the Senior Health Fair on March 14. Your spirometry showed FEV1/FVC 0.62 and FEV1 71% of predicted, a pattern that can mean COPD or asthma. Please share this with your doctor; we recommend a full evaluation.\n\nOpen Air Screening Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse CHW case note with client code and first name",
        notes="Hard positive: internal note with client code, first name and abbreviated ACT/ED/ICS-LABA results to a hospital care manager.",
        frm="Dara Whitcombe CHW <dwhitcombe@openairasthma.org>",
        to="cm.asthma@lindenparkhosp.org",
        subject="HV-2291 update",
        body="HV-2291 (Tamsin, 34F): ACT 12->19, 0 ED since Jan, still on ICS-LABA, adherence good. Discharging from program 4/1 unless you object.",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Annual outcomes report PDF",
        notes="Hard negative: aggregate outcome percentages for ED visits and school absences; no individual.",
        frm="Executive Director <director@openairasthma.org>",
        to="board@openairasthma.org",
        subject="2025 outcomes report (final)",
        body="Final version attached for Thursday's board meeting.",
        atts=(
            Att(
                "OpenAir_2025_Outcomes.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN AIR ASTHMA ALLIANCE - 2025 PROGRAM OUTCOMES",
                        "Families enrolled: 142   Completed program: 118 (83%)",
                        "Asthma ED visits per child (6 mo before vs after): 1.9 -> 0.6",
                        "School days missed for asthma: 7.4 -> 2.8",
                    ],
                    "2025 Outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified evaluation dataset workbook",
        notes="Hard negative: multi-sheet workbook with random study codes, age bands and scores; de-identified per DUA.",
        frm="Program Data <data@openairasthma.org>",
        to="evaluation@midwestuniv.edu",
        subject="Evaluation dataset - deidentified",
        body="Attached the de-identified dataset (no names, dates shifted to year only, ZIP3 only).",
        atts=(
            Att(
                "eval_deid_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scores": [
                            ["code", "age_band", "zip3", "act_pre", "act_post"],
                            ["E017", "5-11", "618", 13, 20],
                            ["E044", "12-17", "618", 15, 19],
                        ],
                        "Codebook": [
                            ["field", "meaning"],
                            ["act_pre", "Asthma Control Test at enrolment"],
                            ["zip3", "first 3 ZIP digits"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Camp volunteer recruitment",
        notes="Hard negative: recruitment for volunteer nurses mentioning inhalers and nebulizers; no camper named.",
        frm="Camp Breathe Easy <camp@openairasthma.org>",
        to="volunteers@lindenparknursingassoc.org",
        subject="Volunteer nurses needed for asthma camp",
        body="We need 6 RNs for each session to give controller inhalers, run nebulizer treatments and lead peak-flow checks for 60 campers with asthma. CE credit available."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Donor thank-you letter",
        notes="Donor acknowledgement; no health information about anyone.",
        frm="Development <development@openairasthma.org>",
        to="r.castellano.giving@gmail.com",
        subject="Thank you for your gift",
        body="Dear Mr. Castellano,\n\nThank you for your gift of $250 on March 10. No goods or services were provided in exchange. Your support buys spacers for kids in Linden Park.\n\nGratefully,\nJune Albrecht"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Board meeting minutes DOCX",
        notes="Board minutes on budget and programs; no client.",
        frm="Board Secretary <secretary@openairasthma.org>",
        to="board@openairasthma.org",
        subject="Draft minutes - March board meeting",
        body="Draft minutes attached for corrections.",
        atts=(
            Att(
                "Board_minutes_2026-03.docx",
                DOCX,
                docx(
                    [
                        "Open Air Asthma Alliance - Board of Directors, March 10, 2026",
                        "Present: 9 of 11 directors. Quorum confirmed.",
                        "Treasurer: FY26 budget 18% spent at Q3 midpoint; camp scholarships fully funded.",
                        "Motion to renew the Prairie Care MCO contract: passed 9-0.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Landlord asthma-friendly housing checklist",
        notes="Hard negative: generic trigger checklist PDF for landlords; no tenant.",
        frm="Open Air Housing Advocate <housing@openairasthma.org>",
        to="info@lindenparklandlords.org",
        subject="Checklist for your members",
        body="As discussed at your association meeting, here is our one-page asthma-friendly housing checklist.",
        atts=(
            Att(
                "asthma_friendly_housing_checklist.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN AIR ASTHMA ALLIANCE - ASTHMA-FRIENDLY HOUSING CHECKLIST",
                        "[ ] Fix leaks within 48 hours  [ ] Integrated pest management, no foggers",
                        "[ ] Range hood vented outdoors  [ ] Smoke-free building policy",
                    ],
                    "Checklist",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CHW training with fictional case study",
        notes="Hard negative: training DOCX uses a clearly fictional case ('Jane Doe, fictional'); no real client.",
        frm="Training <training@openairasthma.org>",
        to="chw-cohort7@openairasthma.org",
        subject="Module 3 case study",
        body="Please read before Friday. The case is fictional and built for teaching.",
        atts=(
            Att(
                "Module3_case_study.docx",
                DOCX,
                docx(
                    [
                        "Module 3 - Case study (FICTIONAL - for training only)",
                        "'Jane Doe' is a made-up 7-year-old with uncontrolled asthma living in an older apartment.",
                        "Questions: which triggers would you look for? How would you teach spacer technique?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Air quality alert blast (HTML only)",
        notes="HTML-only ozone alert to the mailing list; no individual.",
        frm="Open Air Alerts <alerts@openairasthma.org>",
        to="community-alerts@lists.openairasthma.org",
        subject="Ozone Action Day tomorrow",
        body="",
        html="<html><body><h3>Ozone Action Day - Wednesday</h3><p>AQI expected 130 (unhealthy for sensitive groups). If you have asthma, keep your rescue inhaler with you and limit outdoor exercise after noon.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Grant application with county asthma rates",
        notes="Hard negative: grant narrative citing county ED visit rates; aggregate public health data only.",
        frm="Development <development@openairasthma.org>",
        to="applications@greatlakeshealthtrust.org",
        subject="LOI - Healthy Homes expansion",
        body="Dear Review Committee,\n\nCounty asthma ED visit rates for children are 98 per 10,000, twice the state average, and concentrated in three ZIP codes on the east side. We propose expanding home visits to 200 families.\n\nJune Albrecht"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Privacy training reminder",
        notes="Hard negative: staff privacy training reminder discussing client data rules in general terms.",
        frm="Privacy Officer <privacy@openairasthma.org>",
        to="allstaff@openairasthma.org",
        subject="Annual HIPAA training due March 31",
        body="Reminder: annual HIPAA and confidentiality training is due March 31. Key points: never put a client's name, address or diagnosis in a subject line; use the secure-mail button for anything about a client; report lost phones the same day.",
    ),
    Spec(
        phi=False,
        category="Supply catalogue zip to purchasing partner",
        notes="Vendor price sheets for spacers and peak flow meters in a zip; no client.",
        frm="Operations <ops@openairasthma.org>",
        to="purchasing@prairiecoalition.org",
        subject="Spacer pricing for joint order",
        body="Price sheets from the two vendors attached so we can combine orders.",
        atts=(
            Att(
                "spacer_quotes.zip",
                "application/zip",
                zipped(
                    {
                        "vendorA.csv": "item,unit_price,min_qty\nValved holding chamber w/ mask (child),6.40,100\nPeak flow meter (low range),4.90,50\n",
                        "vendorB.txt": "Quote 44-118: valved chamber $5.95 ea (250+), mouthpiece only $4.10 ea.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Press release quoting pulmonologist",
        notes="Hard negative: press release naming a pulmonologist and his specialty; no patient.",
        frm="Communications <comms@openairasthma.org>",
        to="news@lindenparkgazette.com",
        subject="PRESS RELEASE: World Asthma Day walk",
        body="FOR IMMEDIATE RELEASE\n\nOpen Air Asthma Alliance will hold its 5K Breathe Walk on May 5. 'Severe asthma is treatable,' said Dr. Anil Ravindran, a pulmonologist at Linden Park Hospital who chairs our medical advisory board.\n\nMedia contact: 217-555-0188",
    ),
    Spec(
        phi=False,
        category="Bilingual community health worker posting",
        notes="Hard negative: job posting describing home visits for children with asthma; no individual.",
        frm="Open Air HR <hr@openairasthma.org>",
        to="postings@illinoisnonprofitjobs.org",
        subject="Job: Bilingual CHW (Spanish/English)",
        body="Community Health Worker, full time. Conduct home visits for families of children with asthma, teach inhaler technique, assess homes for triggers. Spanish required; CHW certificate preferred.",
    ),
    Spec(
        phi=False,
        category="Volunteer training session invite",
        notes="Calendar invite for volunteer orientation; no health information about anyone.",
        frm="Camp Breathe Easy <camp@openairasthma.org>",
        to="camp-volunteers@openairasthma.org",
        subject="Volunteer orientation April 11",
        body="Orientation for all camp volunteers. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OpenAir//Camp//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:camp-orient-0411@openairasthma.org\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260411T140000Z\r\nDTEND:20260411T180000Z\r\n"
            "SUMMARY:Camp volunteer orientation\r\nLOCATION:Open Air office, 1200 Willow St\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Reply to volunteer applicant at personal mailbox",
        notes="Reply to a prospective volunteer's hotmail about scheduling; nothing about anyone's health.",
        frm="Camp Breathe Easy <camp@openairasthma.org>",
        to="brandon.oakes22@hotmail.com",
        subject="Re: volunteering this summer",
        body="Hi Brandon, thanks for applying! Counselors must be 18+ and available for a full week. Please fill in the background-check form by April 1 and we'll place you in a session.",
    ),
    Spec(
        phi=False,
        category="Caregiver survey aggregate CSV to coalition",
        notes="Hard negative: CSV of aggregated caregiver survey percentages; no individual responses.",
        frm="Program Data <data@openairasthma.org>",
        to="coalition@illinoisasthmacoalition.org",
        subject="Caregiver survey - aggregate tables",
        body="Aggregate results (n=211) for the statewide report.",
        atts=(
            Att(
                "caregiver_survey_aggregate.csv",
                "text/csv",
                "question,agree_pct,n\nI know my child's asthma triggers,88,211\nMy child has an action plan at school,61,209\nCost kept us from filling an inhaler,27,205\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Website vendor tracking pixel request",
        notes="Vendor mail about removing tracking pixels from the website; no data about anyone.",
        frm="Communications <comms@openairasthma.org>",
        to="support@brightleafweb.com",
        subject="Please remove Meta pixel from enrollment pages",
        body="Hi, per our privacy review please remove the Meta pixel and any third-party analytics from /enroll and /camp/register. Keep them on the blog only. Thanks, Priya",
    ),
    Spec(
        phi=False,
        category="Spacer recall notice to partners",
        notes="Hard negative: device recall notice with lot numbers; no patient.",
        frm="Operations <ops@openairasthma.org>",
        to="partners@lists.openairasthma.org",
        subject="Recall: pediatric spacer lots 2405-2411",
        body="The manufacturer has recalled pediatric valved holding chambers, lots 2405 through 2411, because the valve can stick. If you received spacers from us between June and September 2025, please check lot numbers and return affected units for replacement."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Blank asthma action plan template",
        notes="Hard negative: blank action plan form PDF with empty name and medicine fields.",
        frm="Open Air School Program <schools@openairasthma.org>",
        to="health.services@millbrookusd.org",
        subject="Blank action plan forms 2026-27",
        body="Here is the blank action plan for your back-to-school packets.",
        atts=(
            Att(
                "Asthma_Action_Plan_BLANK.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN AIR ASTHMA ALLIANCE - ASTHMA ACTION PLAN (BLANK)",
                        "Student name: ____________   Date of birth: ________",
                        "GREEN ZONE daily medicine: ____________  YELLOW ZONE: ____________  RED ZONE: call 911",
                    ],
                    "Blank plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Spring allergy tips newsletter to subscriber",
        notes="Generic newsletter to a subscriber's gmail; no personal health information.",
        frm="Open Air Education <education@openairasthma.org>",
        to="kwame.mensah.lp@gmail.com",
        subject="Spring tips: pollen and asthma",
        body="Hello friend of Open Air,\n\nTree pollen is early this year. Three tips: check the daily pollen count, change HVAC filters, and review your family's action plans before spring sports begin.\n\nUnsubscribe anytime."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Event flyer image to library",
        notes="Event flyer PNG for a public class; no individual.",
        frm="Open Air Education <education@openairasthma.org>",
        to="events@lindenparklibrary.org",
        subject="Flyer for April class",
        body="Could you post the attached flyer for our free 'Asthma Basics for Parents' class on April 9?",
        atts=(Att("asthma_basics_flyer.png", "image/png", png(6, 8, (100, 180, 220))),),
    ),
    Spec(
        phi=False,
        category="Grant budget text to funder",
        notes="Budget lines in a text attachment; no client.",
        frm="Finance <finance@openairasthma.org>",
        to="grants@lindenparkcommunityfdn.org",
        subject="Budget justification",
        body="Budget justification attached as requested.",
        atts=(
            Att(
                "budget_justification.txt",
                "text/plain",
                "Personnel: 2.0 FTE CHW $104,000\nSupplies: HEPA purifiers x 60 $9,000\nSpacers/peak flow meters $3,200\nTravel: mileage $4,800\n",
            ),
        ),
    ),
]
