"""Harvest Lantern AIDS Project: Open Table food pantry and home-delivered meals (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BCM, HLP, MPH, Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="home delivery route sheet to volunteer driver",
        notes="Hard positive: route CSV of client names, addresses and diet codes for an HIV meal programme, sent to a volunteer's gmail.",
        frm="Open Table Deliveries <deliveries@harvestlantern.org>",
        to="mike.dorsey.drives@gmail.com",
        subject="Route 4 - Tuesday",
        body="Hi Mike, Tuesday's Route 4 is attached. Bags will be on cart 4 by 10. Knock twice at the Pruitt house - she's hard of hearing.\n\nJen",
        atts=(
            Att(
                "route4_tue.csv",
                "text/csv",
                "stop,name,address,phone,diet\n1,Vernice Pruitt,311 Alder St,330-555-0115,RENAL\n2,Hollis Grady,27 Penn Ave Apt 3,330-555-0127,DIAB/SOFT\n3,Kwame Asante,1402 Locust Blvd,330-555-0136,HI-CAL (wasting)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer shift schedule",
        notes="Hard negative: volunteer roster with names and phones of volunteers only, no clients.",
        frm="Volunteer Desk <volunteer@harvestlantern.org>",
        to="pantry-volunteers@harvestlantern.org",
        subject="Shift schedule wk of 5/18",
        body="Schedule attached. Swap requests to Jen by Thursday.",
        atts=(
            Att(
                "shifts_0518.csv",
                "text/csv",
                "day,shift,volunteer,phone\nMon,9-12,Rosa Whitaker,330-555-0102\nMon,12-3,Theo Lambright,330-555-0103\nTue,9-12,Mike Dorsey,330-555-0104\nWed,9-12,Aisha Kamara,330-555-0105\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dietitian note on client weight loss",
        notes="Dietitian tells clinic a named client lost weight and has thrush, asks about supplements.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to=f"nurseline@{MPH}",
        subject="Kwame Asante - weight",
        body="Hello,\n\nKwame Asante (your patient, DOB 6/1/1962) is down to 118 lb from 131 in March and says swallowing hurts (thrush?). We've moved him to high-calorie bags and Ensure Plus BID. Could someone see him this week?\n\nGrace Holloway, RDN",
    ),
    Spec(
        phi=False,
        category="food recall notice to pantry staff",
        notes="Hard negative: product recall notice (listeria) with lot numbers; no clients.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="pantry-staff@harvestlantern.org",
        subject="RECALL: Greenfield cottage cheese lots 6128-6131",
        body="Pull all Greenfield 16 oz cottage cheese, lots 6128-6131, from the cooler now - listeria risk. Don't hand out, don't re-donate. Log the count on the recall sheet.",
    ),
    Spec(
        phi=True,
        category="medically tailored meal enrolment list to caterer",
        notes="Multi-sheet workbook to meal vendor lists named clients with diet restrictions and HIV programme enrollment.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to="orders@brightplatekitchens.com",
        subject="MTM enrolment update - June",
        body="June enrolment attached: 2 new, 1 ended. Tab 2 has the allergy detail.",
        atts=(
            Att(
                "MTM_june.xlsx",
                XLSX,
                xlsx(
                    {
                        "Enrolled": [
                            ["Client", "Address", "Program", "Meals/wk"],
                            ["Hollis Grady", "27 Penn Ave Apt 3", "HIV MTM (Ryan White)", 10],
                            ["Fern Castellano", "88 Wick Rd", "HIV MTM (Ryan White)", 14],
                        ],
                        "Diet": [
                            ["Client", "Restriction"],
                            ["Hollis Grady", "diabetic, soft foods (dental)"],
                            ["Fern Castellano", "renal, dialysis MWF"],
                        ],
                        "Ended": [["Client", "Reason"], ["Oscar Venn", "deceased 5/2"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="TEFAP monthly aggregate report",
        notes="Hard negative: USDA commodity distribution aggregate counts by household size; no individuals.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="tefap@regionalfoodbank-ne-ohio.org",
        subject="April TEFAP report",
        body="April totals attached (households and pounds).",
        atts=(
            Att(
                "TEFAP_april.xlsx",
                XLSX,
                xlsx(
                    {
                        "Households": [
                            ["Size", "Households"],
                            ["1", 214],
                            ["2", 88],
                            ["3-4", 61],
                            ["5+", 19],
                        ],
                        "Pounds": [
                            ["Category", "lb"],
                            ["Produce", 6120],
                            ["Canned", 4410],
                            ["Protein", 2380],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="eligibility letter request to clinic",
        notes="Pantry asks clinic to confirm a named person's HIV diagnosis for pantry eligibility.",
        frm="Client Intake <intake@harvestlantern.org>",
        to=f"him@{MPH}",
        subject="Eligibility verification",
        body="Hi,\n\nFern Castellano (DOB 10/14/1958) signed our release (attached) and needs a diagnosis letter for our HIV nutrition programme. She's on dialysis, so delivery is urgent.\n\nThanks,\nLatoya",
        atts=(
            Att(
                "ROI_Castellano_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARVEST LANTERN AIDS PROJECT - Release of Information",
                        "Client: Fern Castellano   DOB 10/14/1958",
                        "I authorize Meridian Positive Health to release proof of HIV diagnosis",
                        "to Harvest Lantern for nutrition programme eligibility.",
                        "Signed: F. Castellano  05/11/2026",
                    ],
                    "ROI",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you letter",
        notes="Thank-you to a grocery donor; no clients.",
        frm="Development <give@harvestlantern.org>",
        to="community@freshwaymarkets.com",
        subject="Thank you, Freshway!",
        body="Your May donation of 1,800 lb of produce filled every bag last week. We'd love to feature your team in our newsletter.\n\nWarmly,\nCaleb Ortiz, Development",
    ),
    Spec(
        phi=True,
        category="delivery driver reply about client not home",
        notes="Hard positive: short note to a case manager naming a client of the AIDS project's meal deliveries with a wellness concern.",
        frm="Open Table Deliveries <deliveries@harvestlantern.org>",
        to=f"rmontoya@{BCM}",
        subject="Ray K - no answer 3rd week",
        body="Ray - Ray Kowalczyk didn't answer again today (3rd week). Bag left with neighbor in 2B. Driver says mail piling up. Can you check on him?",
    ),
    Spec(
        phi=False,
        category="allergen labelling policy",
        notes="Pantry allergen labelling policy document; no clients.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="pantry-staff@harvestlantern.org",
        subject="Updated allergen labelling SOP",
        body="Updated SOP attached. Key change: sesame is now on the big-9 sticker.",
        atts=(
            Att(
                "SOP_allergen_v3.docx",
                DOCX,
                docx(
                    [
                        "SOP: Allergen Labelling v3",
                        "Label every repacked item with the big-9 allergen sticker.",
                        "Keep peanut items on the bottom shelf.",
                        "Harvest Lantern AIDS Project",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="SNAP application help with SSN",
        notes="E-mail to SNAP office with client name, SSN and disability due to AIDS for expedited benefits.",
        frm="Benefits Helper <snaphelp@harvestlantern.org>",
        to="snap-carvercounty@jfs.ohio.gov",
        subject="Expedited SNAP - verification",
        body="Good morning,\n\nFor Hollis Grady's expedited SNAP application (SSN 302-58-1147): he receives SSI due to AIDS-related wasting and has $40 in the bank. Disability award letter attached by fax.\n\nLatoya Briggs",
    ),
    Spec(
        phi=False,
        category="holiday meal event flyer to churches",
        notes="Hard negative: HTML flyer for a community meal 'for people living with and affected by HIV'; no individual.",
        frm="Events <events@harvestlantern.org>",
        to="outreach@stmarkscarver.org",
        subject="Please share: Juneteenth community cookout",
        html="<html><body><h2>Juneteenth Community Cookout</h2><p>Free food, music and rapid HIV testing by our partners. Everyone living with and affected by HIV - and everyone else - welcome.</p><p>June 19, noon, Lantern Hall.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HTML-only pickup reminder naming programme",
        notes="Hard positive: HTML-only text to client's personal address naming her HIV nutrition programme pickup.",
        frm="Open Table Pantry <noreply@harvestlantern.org>",
        to="vpruitt311@yahoo.com",
        subject="Your Open Table box is ready",
        html="<html><body><p>Hi Vernice,</p><p>Your <b>HIV Nutrition Program</b> renal box is ready for pickup Thursday 1-4 pm. Reply STOP to end reminders.</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="general pantry reminder to public list",
        notes="HTML general pantry hours reminder to a public mailing list.",
        frm="Open Table Pantry <noreply@harvestlantern.org>",
        to="open-table-updates@harvestlantern.org",
        subject="Pantry closed Memorial Day",
        html="<html><body><p>The pantry is closed Monday, May 25. Extra hours Tuesday 9-6.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="forwarded client thank-you with disclosure",
        notes="Hard positive: forwarded client note thanking staff, naming herself and her recent AIDS hospitalization.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="communications@harvestlantern.org",
        cc="storybank@hivstoriescollective.org",
        subject="Fwd: thank you",
        body="Lovely note for the newsletter? Not sure she's OK with being named - check first.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Marisela Duarte <marisela.duarte@hotmail.com>",
            to="pantry@harvestlantern.org",
            subject="thank you",
            body="When I got out of the hospital with the PCP pneumonia I had nothing in the fridge. Your drivers brought food for 3 weeks. Thank you from Marisela Duarte and my kids.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded food bank allocation",
        notes="Forward of the regional food bank's allocation bulletin; no clients.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="pantry-staff@harvestlantern.org",
        subject="Fwd: June allocation",
        body="Heads up: less protein in June.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Allocations <allocations@regionalfoodbank-ne-ohio.org>",
            to="pantry@harvestlantern.org",
            subject="June allocation",
            body="June TEFAP allocation: chicken reduced 30%, canned vegetables +15%. Orders due May 27.",
        ),
    ),
    Spec(
        phi=True,
        category="client delivery photo named after client",
        notes="Hard positive: photo of doorstep delivery named after the client and her renal programme; body says only 'delivered'.",
        frm="Open Table Deliveries <deliveries@harvestlantern.org>",
        to="deliveries-log@harvestlantern-archive.com",
        subject="delivered",
        body="delivered 11:42",
        atts=(Att("Pruitt_Vernice_HIVrenal_0512.png", "image/png", png(5, 5, (90, 140, 60))),),
    ),
    Spec(
        phi=False,
        category="photo of pantry shelves to donor",
        notes="Photo of stocked shelves for a donor; no people.",
        frm="Development <give@harvestlantern.org>",
        to="community@freshwaymarkets.com",
        subject="Your produce on our shelves",
        body="A quick photo of this morning's shelves!",
        atts=(Att("shelves_may.png", "image/png", png(7, 4, (200, 160, 40))),),
    ),
    Spec(
        phi=True,
        category="ICS calendar for client nutrition counselling",
        notes="Calendar invite to client's personal mailbox naming her and HIV/dialysis nutrition counselling.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to="fern.castellano58@gmail.com",
        subject="Nutrition visit with Grace",
        body="Fern, here's your invite. Bring your dialysis lab sheet if you have it.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Harvest Lantern//Nutrition//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h63-nutri-castellano@harvestlantern.org\nDTSTART:20260519T150000Z\nDTEND:20260519T154500Z\nSUMMARY:Fern Castellano - HIV/renal nutrition counselling (Grace Holloway RDN)\nLOCATION:Harvest Lantern, Room 2\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="ICS for cooking class open to public",
        notes="Hard negative: cooking class invite on 'eating well with HIV' open to anyone; no individual.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to="community-calendar@carvercitylibrary.org",
        subject="Add to calendar: Eating Well with HIV cooking class",
        body="Please list on the community calendar. Free, open to all.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Harvest Lantern//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h63-cooking-0603@harvestlantern.org\nDTSTART:20260603T220000Z\nDTEND:20260603T233000Z\nSUMMARY:Eating Well with HIV - cooking class (public)\nLOCATION:Lantern Hall kitchen\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="pantry intake form docx to case manager",
        notes="Intake docx with client name, address, HIV status and food insecurity score.",
        frm="Client Intake <intake@harvestlantern.org>",
        to=f"tgallo@{BCM}",
        subject="Intake for your client",
        body="Teresa, intake done for your referral. Copy attached.",
        atts=(
            Att(
                "intake_Duvernay.docx",
                DOCX,
                docx(
                    [
                        "Open Table Intake",
                        "Name: Claudette Duvernay   DOB: 04/15/1972",
                        "Address: Harbor shelter (temp)",
                        "HIV status: positive (letter on file)   Food security screen: very low",
                        "Diet: none   Delivery: no (pickup)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board minutes with aggregate numbers",
        notes="Hard negative: board minutes docx discussing client counts, deaths in aggregate and budget; no names.",
        frm="Executive Director <ed@harvestlantern.org>",
        to="board@harvestlantern.org",
        subject="Draft minutes April board meeting",
        body="Draft minutes attached for approval at the May meeting.",
        atts=(
            Att(
                "board_minutes_april_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "Harvest Lantern AIDS Project - Board Minutes (draft)",
                        "Pantry served 382 households; 126 home-delivered meal clients.",
                        "Four meal clients died this quarter; staff held a memorial.",
                        "Motion to approve FY27 budget passed 9-0.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of delivery signature sheets",
        notes="Hard positive: zip of signature sheets whose text lists client names and HIV meal programme.",
        frm="Open Table Deliveries <deliveries@harvestlantern.org>",
        to="grants-compliance@ohiohopwa-partners.org",
        subject="April proof of delivery",
        body="Proof-of-delivery sheets for April, as required for the meal grant.",
        atts=(
            Att(
                "POD_april.zip",
                "application/zip",
                zipped(
                    {
                        "route2_week1.txt": "HIV Home-Delivered Meals - Route 2 - Apr 6\nJoaquin Reyes  441 Oak  signed JR\nBeatrice Ngata  9 Fulton  signed BN\n",
                        "route2_week2.txt": "HIV Home-Delivered Meals - Route 2 - Apr 13\nJoaquin Reyes  441 Oak  signed JR\nBeatrice Ngata  9 Fulton  not home\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of menu plans",
        notes="Zip of generic weekly menu plans by diet type; no clients.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to="orders@brightplatekitchens.com",
        subject="Summer menu cycle",
        body="Summer menu cycle attached - renal, diabetic and high-calorie versions.",
        atts=(
            Att(
                "summer_menus.zip",
                "application/zip",
                zipped(
                    {
                        "renal_week1.txt": "Mon: chicken, white rice, green beans\n",
                        "highcal_week1.txt": "Mon: beef stew, cornbread, whole milk\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pantry worker note to sister of client",
        notes="Hard positive: reply to a relative's personal mailbox confirming her brother is a pantry client and his diet.",
        frm="Client Intake <intake@harvestlantern.org>",
        to="denise.grady.lpn@gmail.com",
        subject="Re: my brother Hollis",
        body="Hi Denise,\n\nYes, Hollis is still signed up and his soft-food diabetic bags go out Tuesdays. Since his teeth were pulled we've added more soups. He listed you as emergency contact.\n\nLatoya",
    ),
    Spec(
        phi=False,
        category="reply to volunteer applicant's personal email",
        notes="Reply to volunteer's gmail about background check; no health information.",
        frm="Volunteer Desk <volunteer@harvestlantern.org>",
        to="aisha.kamara.helps@gmail.com",
        subject="Re: background check",
        body="Hi Aisha, your background check cleared. See you Wednesday 9-12!\n\nJen",
    ),
    Spec(
        phi=False,
        category="staff TB test reminder",
        notes="Hard negative: annual staff TB screening reminder; nobody's result.",
        frm="Human Resources <hr@harvestlantern.org>",
        to="allstaff@harvestlantern.org",
        subject="Annual TB screening due",
        body="Staff and delivery volunteers who enter client homes need annual TB screening by June 30. Free IGRA at Meridian lab on Fridays. Upload your result to the HR portal (not by e-mail).",
    ),
    Spec(
        phi=True,
        category="PDF monthly client report to HOPWA",
        notes="PDF lists named meal clients with CD4 criterion and addresses in a grant report.",
        frm="Executive Director <ed@harvestlantern.org>",
        to="hopwa-reports@carvercitycdd.gov",
        subject="HOPWA supportive services report - April",
        body="April report attached.",
        atts=(
            Att(
                "HOPWA_april.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARVEST LANTERN AIDS PROJECT - HOPWA Supportive Services, April 2026",
                        "Client            Address              Eligibility",
                        "Kwame Asante      1402 Locust Blvd     AIDS dx, CD4 < 200",
                        "Beatrice Ngata    9 Fulton St          HIV+, income 41% AMI",
                        "Joaquin Reyes     441 Oak St           HIV+, income 28% AMI",
                    ],
                    "HOPWA April",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="PDF flyer about free HIV testing",
        notes="Hard negative: public flyer PDF on HIV testing and PrEP; no individual.",
        frm="Events <events@harvestlantern.org>",
        to="frontdesk@carverfreeclinic.org",
        subject="Flyer for your waiting room",
        body="Could you put this up?",
        atts=(
            Att(
                "testing_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARVEST LANTERN AIDS PROJECT",
                        "FREE rapid HIV testing every Thursday 2-6 pm",
                        "Results in 20 minutes. Ask about PrEP.",
                        "No ID, no insurance needed.",
                    ],
                    "Testing flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text-file client list without headers",
        notes="Hard positive: headerless text list of client names, addresses, pantry IDs and 'B20' (HIV) codes sent to a label printing vendor.",
        frm="Open Table Deliveries <deliveries@harvestlantern.org>",
        to="jobs@quickprintlabels.com",
        subject="labels - same format as last time",
        body="Same format as last month please, 1 label per line.",
        atts=(
            Att(
                "labels_may.txt",
                "text/plain",
                "ASANTE KWAME|1402 LOCUST BLVD|HL-0412|B20|HI-CAL\nGRADY HOLLIS|27 PENN AVE 3|HL-0377|B20|DIAB-SOFT\nPRUITT VERNICE|311 ALDER ST|HL-0290|B20|RENAL\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="text-file inventory export",
        notes="Hard negative: inventory export with SKU codes that look like IDs; no people.",
        frm="Pantry Manager <pantry@harvestlantern.org>",
        to="inventory@regionalfoodbank-ne-ohio.org",
        subject="Inventory count 5/12",
        body="Cycle count attached.",
        atts=(
            Att(
                "inventory_0512.txt",
                "text/plain",
                "SKU|ITEM|QTY\nB20-114|Black beans 15oz|340\nR10-221|Brown rice 2lb|96\nE11-009|Ensure Plus vanilla 8oz|210\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant application narrative",
        notes="Hard negative: grant narrative about food insecurity among people with HIV, with an anonymous composite story.",
        frm="Development <give@harvestlantern.org>",
        to="grants@carvercommunityfoundation.org",
        subject="Application: Nourish Carver 2026",
        body=(
            "Dear committee,\n\nPeople living with HIV in Carver County are twice as likely to be food insecure. "
            "Our composite client 'M.' (a blend of several stories, not a real person) skipped meals to afford rent "
            "and missed doses as a result. We request $40,000 to add a fourth delivery route.\n\nCaleb Ortiz"
        ),
    ),
    Spec(
        phi=True,
        category="client death notification to partner agency",
        notes="Notice that a named meal client died, with cause, to partner agency.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to=f"intake@{BCM}",
        subject="Oscar Venn",
        body="Sad news - Oscar Venn passed on 5/2 at Carver General (family says complications of AIDS-related lymphoma). We've ended his deliveries. Please close on your side too.\n\nGrace",
    ),
    Spec(
        phi=False,
        category="vendor invoice dispute",
        notes="Vendor invoice question; no clients.",
        frm="Finance <finance@harvestlantern.org>",
        to="billing@brightplatekitchens.com",
        subject="Invoice 20418 - quantity",
        body="Invoice 20418 bills 1,520 meals but our receiving log shows 1,480. Could you check and reissue?\n\nThanks,\nMorgan (Finance)",
    ),
    Spec(
        phi=False,
        category="safety training for delivery drivers",
        notes="Hard negative: driver training on confidentiality uses hypothetical scenarios only.",
        frm="Volunteer Desk <volunteer@harvestlantern.org>",
        to="pantry-volunteers@harvestlantern.org",
        subject="Driver training: confidentiality at the door",
        body="Reminder for all drivers: never say 'Harvest Lantern' or 'HIV' at the door or to neighbors. Say 'grocery delivery'. Scenario: a neighbor asks what's in the bag - you say 'groceries'. Bags are unbranded for this reason.",
    ),
    Spec(
        phi=False,
        category="aggregate survey results CSV",
        notes="Hard negative: client satisfaction survey aggregate CSV; no individuals.",
        frm="Executive Director <ed@harvestlantern.org>",
        to="evaluation@ohiohivcoalition.org",
        subject="Survey results for the coalition report",
        body="Aggregate survey results attached (n=144).",
        atts=(
            Att(
                "survey_2026_aggregate.csv",
                "text/csv",
                "question,agree_pct,n\nFood meets my dietary needs,81,144\nDelivery is on time,92,126\nStaff respect my privacy,97,144\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nutritional supplement order billed to Medicaid",
        notes="Supplement order to DME supplier names client, Medicaid ID and HIV wasting diagnosis code.",
        frm="Nutrition Services <nutrition@harvestlantern.org>",
        to="orders@midstatenutrisupply.com",
        subject="Ensure Plus order - HL-0412",
        body="Please ship 4 cases Ensure Plus vanilla to Kwame Asante, 1402 Locust Blvd, Carver City OH 44719. Bill Medicaid ID 102948337615, dx B20 + R64 (cachexia). Rx from Dr. Castellanos, NPI 1315775100, on file.\n\nGrace Holloway, RDN",
    ),
]

assert all(s.frm.endswith(f"@{HLP}>") for s in MESSAGES)
