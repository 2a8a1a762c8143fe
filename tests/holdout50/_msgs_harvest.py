"""Harvest Table Food Rx (food bank produce-prescription and medically tailored meals partner programme) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import HTF, Att, Spec

SIG = "\n\nHarvest Table Food Rx | a program of the Miami Valley Community Food Bank\n88 Keowee St, Dayton OH 45404 | 937-555-0120"
FOOTER = "\n\nYou are receiving this because you signed up at harvesttablefoodrx.org. Unsubscribe any time."

_ROSTER_XLSX = xlsx(
    {
        "Tuesday route A": [
            ["Stop", "Name", "Address", "Phone", "Meal plan", "Notes"],
            [
                1,
                "Eunice Haskell",
                "1402 Salem Ave",
                "937-555-0121",
                "Renal (dialysis M/W/F)",
                "leave with neighbor 1404 if no answer",
            ],
            [
                2,
                "Orville Tate",
                "77 Hoover Ave",
                "937-555-0122",
                "Diabetic, low sodium",
                "walker - knock loudly",
            ],
            [
                3,
                "Lucia Benavides",
                "2210 N Main St #4",
                "937-555-0123",
                "Post-chemo soft foods",
                "",
            ],
        ],
        "Tuesday route B": [
            ["Stop", "Name", "Address", "Meal plan"],
            [1, "Wendell Pryor", "318 Kammer Ave", "Heart healthy (CHF)"],
            [2, "Gloria Ambrose", "45 Fairview Ave", "Diabetic"],
        ],
    }
)

_OUTCOMES_XLSX = xlsx(
    {
        "Cohort summary": [
            ["Measure", "Baseline", "6 months", "n"],
            ["Mean A1c (%)", 9.4, 8.6, 212],
            ["Mean systolic BP", 142, 136, 198],
            ["Food secure (USDA 6-item)", "31%", "58%", 205],
        ],
        "By referring clinic": [
            ["Clinic", "Enrolled", "Completed 6 mo"],
            ["Riverbend CHC", 118, 91],
            ["Five Rivers Family Med", 64, 47],
            ["CareRoute Mobile", 30, 19],
        ],
        "Method": [
            ["Note", "Aggregate only. Groups under 11 suppressed. Source: partner clinic labs."],
        ],
    }
)

_FHIR_SR = """{
  "resourceType": "ServiceRequest",
  "id": "htf-ref-20933",
  "status": "active",
  "intent": "order",
  "code": {"text": "Produce prescription - 6 months, $80/month"},
  "subject": {"display": "Rosalind Tuck", "identifier": {"system": "urn:oid:2.16.840.1.113883.3.5050", "value": "RCH-0602518"}},
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}, {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z59.41", "display": "Food insecurity"}]}],
  "requester": {"display": "Helen Quarles, MD"},
  "authoredOn": "2026-03-10"
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Food Rx enrollment welcome to participant",
        notes="Welcome e-mail to participant's gmail stating she was referred for her diabetes and her card number.",
        frm="Harvest Table Food Rx <enroll@harvesttablefoodrx.org>",
        to="rosalind.tuck61@gmail.com",
        subject="Welcome to Harvest Table Food Rx!",
        body=(
            "Hi Rosalind,\n\nDr. Quarles at Riverbend referred you to our produce prescription program to help manage your type 2 diabetes. "
            "Your Food Rx card (HT-20933) is loaded with $80 each month for 6 months and works at the Keowee St market and the Wednesday "
            "mobile market.\n\nWe will check in with you in April." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Generic Food Rx program flyer to clinics",
        notes="Hard negative: describes eligibility (diabetes, hypertension, pregnancy) for the programme; no participant.",
        frm="Partnerships <partners@harvesttablefoodrx.org>",
        to="care-team@fiveriversfamilymed.org",
        subject="Referral criteria for spring cohort",
        body=(
            "Hello Five Rivers team,\n\nThe spring cohort opens April 6. Eligible patients: adults with A1c >= 8 or uncontrolled hypertension, "
            "or pregnant patients, who screen positive on the Hunger Vital Sign. Refer through the portal; do not e-mail patient lists.\n\n"
            "Thanks,\nOlivia Marsh, Partnerships Manager" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medically tailored meal delivery roster to volunteer drivers",
        notes="Hard positive: multi-sheet route roster with names, addresses, phones and diet/diagnosis (dialysis, chemo, CHF) sent to volunteer drivers.",
        frm="Meals Coordinator <meals@harvesttablefoodrx.org>",
        to="drivers-tuesday@harvesttablefoodrx.org",
        cc="bobby.lenz.driver@yahoo.com",
        subject="Tuesday routes",
        body="Drivers - routes for tomorrow attached. Coolers at the dock by 9.\n\nPhil",
        atts=(Att("tuesday_routes.xlsx", XLSX, _ROSTER_XLSX),),
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes workbook to funder",
        notes="Hard negative: multi-sheet workbook of cohort A1c and BP means by clinic; aggregate, small cells suppressed.",
        frm="Evaluation <evaluation@harvesttablefoodrx.org>",
        to="programofficer@daytonfoundationgrants.org",
        subject="Year 2 outcomes - Food Rx",
        body="Dear Ms. Harrow,\n\nAttached are our Year 2 aggregate outcomes. Mean A1c dropped 0.8 points among completers.\n\nBest,\nDr. Ken Abiola, Evaluation Lead"
        + SIG,
        atts=(Att("FoodRx_Y2_outcomes.xlsx", XLSX, _OUTCOMES_XLSX),),
    ),
    Spec(
        phi=True,
        category="Referral FHIR ServiceRequest acknowledgement to clinic",
        notes="FHIR ServiceRequest naming the participant, her clinic MRN and diabetes/food insecurity codes, returned to the clinic.",
        frm="Referrals <referrals@harvesttablefoodrx.org>",
        to="pophealth@riverbendchc.org",
        subject="Referral accepted - htf-ref-20933",
        body="Hi Nadia,\n\nWe accepted the attached referral and enrolled the patient. The ServiceRequest is returned with status active.\n\nReferrals team"
        + SIG,
        atts=(Att("htf-ref-20933.json", "application/fhir+json", _FHIR_SR),),
    ),
    Spec(
        phi=False,
        category="Food recall notice to pantry partners",
        notes="Hard negative: peanut butter recall notice with lot numbers that look like identifiers; no person.",
        frm="Food Safety <foodsafety@harvesttablefoodrx.org>",
        to="pantry-partners@harvesttablefoodrx.org",
        subject="RECALL: Sunfield peanut butter 16 oz - lots 512-44-0917 and 512-44-0918",
        body=(
            "Pull and hold all Sunfield creamy peanut butter 16 oz, lots 512-44-0917 and 512-44-0918 (possible Salmonella). "
            "Do not distribute. We will pick up on Thursday's route. Anyone who reports illness should see their doctor.\n\nFood Safety"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Health plan billing for medically tailored meals",
        notes="Claims-style CSV to Medicaid MCO listing members, member IDs, meal service dates and qualifying diagnoses.",
        frm="Billing <billing@harvesttablefoodrx.org>",
        to="ilos.claims@buckeyehealthplan.com",
        subject="ILOS medically tailored meals - February invoice",
        body="Attached is our February in-lieu-of-services invoice detail. Total $6,930.00.\n\nRegards,\nJanelle Fox, Finance"
        + SIG,
        atts=(
            Att(
                "HTF_ILOS_Feb2026.csv",
                "text/csv",
                "member_id,member_name,dob,hcpcs,units,service_from,service_to,dx\n"
                "BKM30081166,Eunice Haskell,1949-05-02,S5170,28,2026-02-01,2026-02-28,N18.6\n"
                "BKM30090457,Wendell Pryor,1955-10-19,S5170,28,2026-02-01,2026-02-28,I50.22\n"
                "BKM30101733,Lucia Benavides,1968-01-27,S5170,20,2026-02-09,2026-02-28,C50.911\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer shift schedule",
        notes="Volunteer warehouse shift schedule with volunteer names and phone numbers; no health information.",
        frm="Volunteer Services <volunteers@harvesttablefoodrx.org>",
        to="carla.dunn.volunteer@gmail.com",
        cc="volunteer-leads@harvesttablefoodrx.org",
        subject="Next week's sort shifts",
        body=(
            "Hi Carla - can you forward to your crew?\n\nMon 9-12  lead: Carla Dunn (937-555-0124)\nWed 1-4   lead: Ike Moreno (937-555-0125)\nSat 8-11  lead: Priya Shah (937-555-0126)\n\n"
            "Closed-toe shoes required. Thanks everyone!"
        ),
    ),
    Spec(
        phi=True,
        category="Caseworker reply with terse participant note",
        notes="Hard positive: terse note naming a participant by first name and last initial with her gestational diabetes and due date.",
        frm="Angela Ruiz <aruiz@harvesttablefoodrx.org>",
        to="wic.eastdayton@odh-wic-clinics.org",
        subject="RE: shared client",
        body="Yes - Tanisha W. is ours too. GDM dx at 26 wks, due 5/9, on diet only per her OB. She's picking up produce Weds. -Angela",
    ),
    Spec(
        phi=False,
        category="Diabetes-friendly recipe newsletter HTML-only",
        notes="Hard negative: HTML-only recipe newsletter for people managing diabetes; mass mailing with no individual.",
        frm="Harvest Table Kitchen <kitchen@harvesttablefoodrx.org>",
        to="foodrx-news@lists.harvesttablefoodrx.org",
        subject="Low-sugar spring recipes",
        body="",
        html=(
            "<html><body><h1>Spring in the Harvest Table kitchen</h1><p>Managing blood sugar? Try our lentil and spinach soup "
            "(22 g carbs per serving) and roasted carrot salad.</p><p>Cooking class Thursday 6pm at Keowee St.</p>"
            "<p style='font-size:10px'>Unsubscribe</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only missed pickup notice with diet",
        notes="HTML-only notice to participant's outlook naming him and his low-sodium heart-failure meal box.",
        frm="Harvest Table Food Rx <noreply@harvesttablefoodrx.org>",
        to="wendell.pryor@outlook.com",
        subject="We missed you on Friday",
        body="",
        html=(
            "<html><body><p>Hi Wendell,</p><p>You missed Friday's pickup of your <b>low-sodium heart failure meal box</b> "
            "(ordered by your cardiology team). Reply or call 937-555-0120 and we'll deliver it instead.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Donor thank-you letter",
        notes="Thank-you to a donor naming the donor and gift amount; no health information about a person.",
        frm="Development <development@harvesttablefoodrx.org>",
        to="margaret.ellison.home@gmail.com",
        subject="Thank you, Margaret",
        body=(
            "Dear Margaret,\n\nThank you for your gift of $250. It provides about 40 produce boxes for families managing diabetes and high blood pressure. "
            "No goods or services were provided in exchange.\n\nWith gratitude,\nNina Patel, Development Director"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded clinic referral to partner pantry",
        notes="Hard positive: short note; the forwarded referral names the patient, his address and HIV diagnosis for the pantry.",
        frm="Referrals <referrals@harvesttablefoodrx.org>",
        to="manager@westsidepantrycoop.org",
        subject="FW: new referral - please contact",
        body="Hi Deb, he lives closer to you. Can you take this one? Fwd below.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Care Coordination <carecoord@riverbendchc.org>",
            to="referrals@harvesttablefoodrx.org",
            subject="Food Rx referral",
            body="Referring Andre Whitcombe, 630 W Third St, 937-555-0127. HIV on ART, weight loss 12 lb since January, food insecure. Prefers texts.\n\nCare Coordination",
        ),
    ),
    Spec(
        phi=False,
        category="Internal forward of USDA TEFAP guidance",
        notes="Forward of USDA TEFAP commodity allocation guidance; no person.",
        frm="Operations <operations@harvesttablefoodrx.org>",
        to="pantry-partners@harvesttablefoodrx.org",
        subject="FW: TEFAP Q3 allocations",
        body="FYI - note the new income attestation form.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="TEFAP Ohio <tefap@ohiofoodbanksassoc.org>",
            to="operations@harvesttablefoodrx.org",
            subject="TEFAP Q3 allocations",
            body="Q3 allocations are posted. New income attestation form is required from July 1. Household income limit 250% FPL.",
        ),
    ),
    Spec(
        phi=True,
        category="Participant A1c tracking CSV without headers",
        notes="Hard positive: headerless CSV pairing participant names with card numbers and A1c values, sent to evaluator.",
        frm="Program Data <data@harvesttablefoodrx.org>",
        to="k.abiola.eval@gmail.com",
        subject="march pull",
        body="Ken - the pull you asked for. Sorry, no headers, same order as last time.",
        atts=(
            Att(
                "march_pull.csv",
                "text/csv",
                "Rosalind Tuck,HT-20933,9.6,8.9\nGloria Ambrose,HT-20417,10.1,9.0\nOrville Tate,HT-19872,8.4,8.2\nMaribel Soto,HT-21004,11.2,9.7\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Evaluation plan with placeholder data dictionary",
        notes="Hard negative: evaluation protocol DOCX listing variables (name, DOB, A1c) as a data dictionary with no values.",
        frm="Evaluation <evaluation@harvesttablefoodrx.org>",
        to="irb@daytonregionalirb.org",
        subject="Protocol v3 - data dictionary",
        body="Attached is protocol v3 with the data dictionary requested by the board.\n\nKen Abiola, PhD"
        + SIG,
        atts=(
            Att(
                "FoodRx_protocol_v3.docx",
                DOCX,
                docx(
                    [
                        "Harvest Table Food Rx Evaluation Protocol v3",
                        "Data dictionary: participant_name (text, stored at clinic only), dob (date, clinic only), study_id (HT-#####), a1c_baseline (%), a1c_6mo (%), sbp (mmHg).",
                        "Only study_id and outcome fields leave the clinic. Analysis dataset is de-identified.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Daughter updated about mother's meal plan change",
        notes="Hard positive: first name plus relationship and new renal diet after dialysis start, to relative's personal mail.",
        frm="Meals Coordinator <meals@harvesttablefoodrx.org>",
        to="dhaskell.jr@icloud.com",
        subject="Your mom's meals",
        body="Hi Denise,\n\nNow that your mom started dialysis, her nephrologist switched her to the renal meal plan (low potassium, low phosphorus). Deliveries stay Tuesdays.\n\nPhil, Meals Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff notice about norovirus in warehouse",
        notes="Hard negative: staff notice that several warehouse staff had norovirus symptoms; nobody named.",
        frm="Operations <operations@harvesttablefoodrx.org>",
        to=f"allstaff@{HTF}",
        subject="Stomach bug going around - please stay home if sick",
        body="Several warehouse staff have had vomiting and diarrhea this week, likely norovirus. If you have symptoms stay home 48 h after they stop. Extra handwashing and bleach wipe-down on the sort line.\n\nOps",
    ),
    Spec(
        phi=True,
        category="Pregnancy produce box enrollment confirmation PDF",
        notes="PDF letter to participant with name, address and that she is enrolled in the prenatal produce program, due date.",
        frm="Harvest Table Food Rx <enroll@harvesttablefoodrx.org>",
        to="mari.soto.84@yahoo.com",
        subject="Your enrollment letter",
        body="Hi Maribel, your enrollment letter is attached. Keep it for WIC.\n\nHarvest Table",
        atts=(
            Att(
                "enrollment_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARVEST TABLE FOOD RX - ENROLLMENT CONFIRMATION",
                        "Maribel Soto, 1810 E Fifth St, Dayton OH 45403",
                        "Program: Healthy Moms Produce Box (prenatal)",
                        "Referred by: Riverbend CHC OB clinic   Estimated due date: 06/22/2026",
                        "Card HT-21004   Benefit: $100/month through 08/2026",
                    ],
                    "Enrollment confirmation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Warehouse temperature log to health department",
        notes="Cold-storage temperature log text file for an inspection; equipment data only.",
        frm="Food Safety <foodsafety@harvesttablefoodrx.org>",
        to="environmental.health@phdmc-inspections.org",
        subject="Cooler logs for inspection #2026-0311",
        body="Attached are the walk-in cooler logs you requested.\n\nFood Safety",
        atts=(
            Att(
                "cooler_logs_march.txt",
                "text/plain",
                "Walk-in cooler 1 (SN WC-88120)\n03/01 06:00 36F\n03/01 18:00 37F\n03/02 06:00 35F\nFreezer 2: -4F stable\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for nutrition counselling session",
        notes="ICS invite to participant naming him and a dietitian session for his kidney disease diet.",
        frm="Nutrition Services <nutrition@harvesttablefoodrx.org>",
        to="orville.tate1952@aol.com",
        subject="Dietitian visit - kidney-friendly eating",
        body="Mr. Tate, here is your appointment with our registered dietitian.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harvest Table//Nutrition//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:htf-rd-4410@harvesttablefoodrx.org\r\nDTSTART:20260325T150000Z\r\nDTEND:20260325T154500Z\r\n"
            "SUMMARY:Medical nutrition therapy - Orville Tate (CKD stage 3b, diabetes)\r\nLOCATION:88 Keowee St, room 2\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Cooking class calendar invite to community",
        notes="Hard negative: invite to a public diabetes-friendly cooking class; no individual.",
        frm="Harvest Table Kitchen <kitchen@harvesttablefoodrx.org>",
        to="community-classes@lists.harvesttablefoodrx.org",
        subject="Cooking for heart health - April 2",
        body="Open to the public. Free. Bring a friend!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harvest Table//Classes//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:htf-class-0402@harvesttablefoodrx.org\r\nDTSTART:20260402T220000Z\r\nDTEND:20260402T233000Z\r\n"
            "SUMMARY:Cooking for heart health (low-sodium)\r\nLOCATION:88 Keowee St teaching kitchen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Allergy substitution note to kitchen vendor",
        notes="Named participant with celiac disease and anaphylactic peanut allergy sent to outside meal-prep vendor.",
        frm="Meals Coordinator <meals@harvesttablefoodrx.org>",
        to="orders@gemcitycommissary.com",
        subject="Special order for Lucia Benavides",
        body=(
            "Hi Tom,\n\nFor Lucia Benavides (route A stop 3): she has celiac disease and an anaphylactic peanut allergy, and is on soft foods after chemo. "
            "Please pack her meals separately and label them.\n\nPhil" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Allergen labeling requirements to commissary vendor",
        notes="Hard negative: general allergen labeling rules for the meal vendor; no participant.",
        frm="Food Safety <foodsafety@harvesttablefoodrx.org>",
        to="orders@gemcitycommissary.com",
        subject="Allergen labels - contract reminder",
        body="Tom, reminder that every meal must list the nine major allergens and carry a gluten-free seal when sold as GF. Renal and diabetic meals need the nutrition panel on the lid.\n\nFood Safety",
    ),
    Spec(
        phi=True,
        category="Social worker letter supporting housing application",
        notes="DOCX letter naming participant, stating her cancer treatment and food program enrollment, for a housing authority.",
        frm="Angela Ruiz <aruiz@harvesttablefoodrx.org>",
        to="applications@daytonmha-housing.org",
        subject="Support letter",
        body="Please find my support letter attached for the applicant's reasonable accommodation request.\n\nAngela Ruiz, LSW"
        + SIG,
        atts=(
            Att(
                "support_letter.docx",
                DOCX,
                docx(
                    [
                        "To the Dayton Metropolitan Housing Authority:",
                        "Lucia Benavides has been enrolled in Harvest Table Food Rx since January 2026 after referral by her oncologist. She is completing chemotherapy for breast cancer and needs a ground-floor unit near her treatment center.",
                        "Angela Ruiz, LSW",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Annual report PDF with participant story consented anonymised",
        notes="Hard negative: annual report with aggregate numbers and an anonymised story with no name or identifying details.",
        frm="Communications <comms@harvesttablefoodrx.org>",
        to=f"board@{HTF}",
        subject="2025 annual report - final",
        body="Final PDF attached for your review before printing.\n\nComms",
        atts=(
            Att(
                "HTF_annual_report_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARVEST TABLE FOOD RX - 2025 ANNUAL REPORT",
                        "1.2 million pounds of produce; 2,140 Food Rx participants; 61,000 tailored meals",
                        "Story: a grandmother raising three grandchildren told us the produce box helped her",
                        "cook with less salt. (Details changed to protect privacy.)",
                    ],
                    "Annual report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Case note export zip to new case management vendor",
        notes="Zip of case notes naming participants with diagnoses and social needs sent to a software vendor for migration.",
        frm="IT <it@harvesttablefoodrx.org>",
        to="migrations@casetrackpro.io",
        subject="Migration sample set 1",
        body="Attached sample export (50 records) for the mapping workshop.\n\nIT",
        atts=(
            Att(
                "sample_export_1.zip",
                "application/zip",
                zipped(
                    {
                        "casenotes.csv": "participant,card,referral_dx,note\nGloria Ambrose,HT-20417,E11.65,eviction notice 3/1; referred legal aid\nOrville Tate,HT-19872,N18.32,needs renal box\n",
                        "README.txt": "Export from FoodRxTracker v2, 2026-03-17",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Software vendor demo with fake participant data",
        notes="Hard negative: zip of clearly labelled synthetic demo records (DEMO names) for a vendor demo.",
        frm="IT <it@harvesttablefoodrx.org>",
        to="support@casetrackpro.io",
        subject="Demo dataset for sandbox",
        body="For the sandbox only: synthetic records, all names start with DEMO- and none are real people.\n\nIT",
        atts=(
            Att(
                "sandbox_demo.zip",
                "application/zip",
                zipped(
                    {
                        "demo.csv": "participant,card,referral_dx\nDEMO-Alpha Person,HT-00001,E11.9\nDEMO-Beta Person,HT-00002,I10\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subject-line only diagnosis to participant",
        notes="Hard positive: subject reveals participant's hypertension program; body has only first name and pickup time.",
        frm="Harvest Table Food Rx <enroll@harvesttablefoodrx.org>",
        to="g.ambrose.dayton@gmail.com",
        subject="Gloria - your high blood pressure produce box is ready",
        body="Hi Gloria, pickup Wednesday 2-6pm at Keowee St. See you then!",
    ),
    Spec(
        phi=False,
        category="Market hours change text to subscribers",
        notes="Mobile market schedule change to subscriber list; no health information.",
        frm="Harvest Table Food Rx <news@harvesttablefoodrx.org>",
        to="foodrx-news@lists.harvesttablefoodrx.org",
        subject="Wednesday market moves to 3-7pm",
        body="Starting April 1 the Wednesday mobile market runs 3-7pm to fit after-school pickups."
        + FOOTER,
    ),
    Spec(
        phi=True,
        category="Payment dispute for participant card with diagnosis",
        notes="Reply to grocery partner naming participant, card number and that the benefit is for her diabetes program.",
        frm="Billing <billing@harvesttablefoodrx.org>",
        to="accounts@kroegerlanegrocers.com",
        subject="RE: declined Food Rx card",
        body="Hi Sam,\n\nCard HT-20417 belongs to Gloria Ambrose, enrolled through Riverbend's diabetes program. It was declined because her first benefit month hadn't loaded yet. It's fixed now; please re-run.\n\nJanelle"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Grocery partner settlement report aggregate",
        notes="Monthly settlement totals per store for Food Rx redemptions; no participant.",
        frm="Billing <billing@harvesttablefoodrx.org>",
        to="accounts@kroegerlanegrocers.com",
        subject="February settlement",
        body="February Food Rx redemptions at your stores: Salem Ave $4,812.40; Wayne Ave $3,390.15. ACH on 3/20.\n\nJanelle",
    ),
    Spec(
        phi=True,
        category="Screening results text file to partner clinic",
        notes="Hard positive: plain-text list of Hunger Vital Sign screening results with names and DOBs sent to the clinic.",
        frm="Outreach <outreach@harvesttablefoodrx.org>",
        to="carecoord@riverbendchc.org",
        subject="screens from the Saturday pantry",
        body="Attached. Positive screens flagged for Food Rx; two asked about blood pressure checks.",
        atts=(
            Att(
                "screens_0314.txt",
                "text/plain",
                "Saturday 3/14 pantry screens\nDarnell Hughes 07/22/1979 HVS+ BP self-report 'high', no PCP\nSelena Ortiz 02/02/1990 HVS+ pregnant 20 wk\nRuth Gaines 12/11/1946 HVS- \n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Board minutes mentioning program metrics",
        notes="Hard negative: board minutes with programme enrolment totals and contract news; no participant.",
        frm="Executive Office <exec@harvesttablefoodrx.org>",
        to=f"board@{HTF}",
        subject="Draft minutes - March board meeting",
        body=(
            "Present: 9 of 11. Food Rx enrolment 2,140 (target 2,000). Medically tailored meals contract with Buckeye renewed. "
            "Motion to expand to Springfield approved. Board welcomed back the treasurer.\n\nNext meeting April 21."
        ),
    ),
    Spec(
        phi=False,
        category="Partner MOU draft to FQHC",
        notes="MOU draft with the FQHC describing referral workflow and BAA terms; no individual.",
        frm="Partnerships <partners@harvesttablefoodrx.org>",
        to="legal@riverbendchc.org",
        subject="MOU + BAA redline",
        body="Attached redline. Key change: referrals only through the closed-loop platform, never e-mail; we delete screening data after 7 years.\n\nOlivia",
    ),
    Spec(
        phi=True,
        category="Grandparent kinship care meal request with child's condition",
        notes="Hard positive: reply to grandmother naming grandson and his type 1 diabetes and insulin schedule for meal planning.",
        frm="Nutrition Services <nutrition@harvesttablefoodrx.org>",
        to="ruthgaines46@hotmail.com",
        subject="RE: meals for Jaylen",
        body="Dear Mrs. Gaines,\n\nThank you for letting us know Jaylen (age 9) has type 1 diabetes and takes insulin before dinner. We'll add carb counts to his boxes so you can dose.\n\nDietitian team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Vendor quote for refrigerated van",
        notes="Fleet vendor quote with VIN for a food van; vehicle belongs to the organisation.",
        frm="Operations <operations@harvesttablefoodrx.org>",
        to="fleet@buckeyecommercialtrucks.com",
        subject="Quote request - reefer unit for VIN 1FTBR3X89PKA55012",
        body="Please quote a replacement reefer unit for our 2023 Transit (VIN 1FTBR3X89PKA55012). Need by May.\n\nOps",
    ),
    Spec(
        phi=False,
        category="Survey invitation to all participants",
        notes="Hard negative: generic satisfaction survey to all Food Rx participants via list; no individual.",
        frm="Evaluation <evaluation@harvesttablefoodrx.org>",
        to="foodrx-participants@lists.harvesttablefoodrx.org",
        subject="Tell us how we're doing (5 minutes)",
        body="We want to hear from you about the produce boxes and markets. Take the survey: https://survey.harvesttablefoodrx.org/s/spring\n\nYou'll get a $10 card for completing it."
        + FOOTER,
    ),
]
