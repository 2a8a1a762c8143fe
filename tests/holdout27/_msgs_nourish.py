"""NourishWell Nutrition: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LBS, MDE, NW, Att, Spec

SIG_RD = (
    "\n\nWarm regards,\nKeisha Obi, MS, RDN, LD\nNourishWell Nutrition\n"
    "www.nourishwell.com | 502-555-0130"
)

INTAKE_DOCX = docx(
    [
        "NourishWell Nutrition - Eating Disorder Intake Summary",
        "Client: Phoebe Castellanos   DOB: 01/16/2008   Phone: 502-555-0161",
        "Referred by: Dr. Ines Marchetti (adolescent medicine)",
        "Presenting concern: restrictive eating, 14 lb weight loss over 4 months, amenorrhea "
        "since July. Heart rate 48 at referral visit.",
        "Working diagnosis: anorexia nervosa, restricting type (F50.01).",
        "Plan: weekly MNT, meal plan 2,400 kcal, coordinate with therapist; weigh blind.",
    ]
)

COHORT_XLSX = xlsx(
    {
        "Winter cohort": [
            ["Client", "Email", "Start weight", "Goal", "Referral reason", "Plan"],
            ["Julian Whitehorse", "jwhitehorse@gmail.com", 231, 210, "prediabetes", "Aetna"],
            ["Mercedes Aldana", "maldana.ky@yahoo.com", 198, 180, "PCOS", "Humana"],
            ["Dmitri Sokolov", "dsokolov64@outlook.com", 264, 235, "fatty liver", "self-pay"],
        ],
        "Waitlist": [
            ["Client", "Phone", "Referral reason"],
            ["Tanisha Greenlee", "502-555-0188", "gestational diabetes history"],
            ["Owen Pritchard", "502-555-0109", "hypertension, BMI 34"],
        ],
    }
)

X12_MNT = (
    "ISA*00*          *00*          *ZZ*NOURISHWELL    *ZZ*CLAIMBRIDGE    *261111*1402*^*00501*"
    "000000812*0*P*:~\n"
    "GS*HC*NOURISHWELL*CLAIMBRIDGE*20261111*1402*812*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "NM1*85*2*NOURISHWELL NUTRITION*****XX*1716865179~\n"
    "NM1*IL*1*ALDANA*MERCEDES****MI*HUM77120458~\n"
    "DMG*D8*19910422*F~\n"
    "CLM*NW-26-3391*118.50***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:E282~\n"
    "SV1*HC:97802*118.50*UN*4***1~\nDTP*472*D8*20261104~\n"
    "SE*10*0001~\nGE*1*812~\nIEA*1*000000812~\n"
)

SOAP_TXT = (
    "SOAP - MNT follow-up #2 - J. Whitehorse - 11/18/2026\n"
    "S: walking 20 min 4x/wk, cut soda. Night snacking persists.\n"
    "O: Wt 224.2 lb (-6.8), BMI 31.4. A1c 6.1 (was 6.4).\n"
    "A: prediabetes improving; goals on track.\n"
    "P: add protein at breakfast, f/u 4 wks.\n"
)

FOOD_ZIP = zipped(
    {
        "food_diary_Aldana_M.csv": (
            "date,meal,food,carbs_g,note\n2026-11-02,breakfast,oatmeal+berries,48,BG 141\n"
            "2026-11-02,lunch,turkey wrap,39,\n2026-11-02,dinner,rice+chicken,72,BG 188 2h\n"
        ),
        "food_diary_Sokolov_D.csv": (
            "date,meal,food,carbs_g,note\n2026-11-02,breakfast,eggs+toast,30,\n"
            "2026-11-02,dinner,pasta,95,ALT recheck due\n"
        ),
    }
)

ASSESS_PDF = pdf(
    [
        "NOURISHWELL NUTRITION - Nutrition Assessment",
        "Client: Bernadette Hollis   DOB: 09/09/1961",
        "Reason: post gastric band adjustment, food intolerance and vomiting",
        "Intake: ~700 kcal/day, protein 38 g/day (goal 60-80 g)",
        "Recommendations: liquid protein supplements, small bites, stop drinking with meals.",
        "Keisha Obi, MS, RDN, LD",
    ],
    "Assessment Hollis",
)

CEU_PDF = pdf(
    [
        "NOURISHWELL NUTRITION - Renal Nutrition Update (2.0 CPEU)",
        "Thursday, December 10, 2026, 12:00-2:00 PM, live webinar",
        "Potassium myths in CKD stage 3-4 - Arjun Mehta, MS, RDN, CSR",
        "Plant-based diets and phosphorus - Keisha Obi, MS, RDN",
        "Diabetes and kidney disease: carbohydrate targets - Farah Haddad, MD",
    ],
    "Renal update",
)

FODMAP_DOCX = docx(
    [
        "NourishWell Nutrition - Low-FODMAP Diet: Getting Started",
        "Phase 1 (2-6 weeks): replace high-FODMAP foods such as onion, garlic, wheat, apples and "
        "milk with low-FODMAP options.",
        "Phase 2: reintroduce one FODMAP group at a time and note symptoms.",
        "Phase 3: personalise - keep the foods you tolerate.",
        "Work with your dietitian; this handout is general information, not medical advice.",
    ]
)

HANDOUT_ZIP = zipped(
    {
        "low_FODMAP_getting_started.docx": FODMAP_DOCX,
        "carb_counting_basics.txt": (
            "Carb counting basics\n15 g carbohydrate = 1 carb choice.\n"
            "1 slice bread, 1/3 cup rice, 1 small apple = about 15 g.\n"
            "Read the Total Carbohydrate line on the label, not Sugars.\n"
        ),
    }
)

OUTCOMES_XLSX = xlsx(
    {
        "6-month outcomes": [
            ["Program", "Clients enrolled", "Completed", "Mean % weight change"],
            ["Weight management", 188, 141, -6.2],
            ["Prediabetes", 94, 77, -5.1],
            ["Post-bariatric", 63, 58, -18.4],
        ],
        "Satisfaction": [
            ["Question", "Agree %"],
            ["My dietitian listened to me", 96],
            ["I would recommend NourishWell", 93],
        ],
    }
)

TOURS_CSV = (
    "date,store,address,time,capacity\n"
    "2026-12-05,Kroger Hurstbourne,9501 Westport Rd,10:00,12\n"
    "2026-12-12,Whole Foods St Matthews,4944 Shelbyville Rd,10:00,10\n"
    "2027-01-09,Aldi Dixie Hwy,5221 Dixie Hwy,11:00,12\n"
)

MEAL_HTML = (
    "<html><body><p>Hi Loretta,</p><p>Here is the plan we built today for your kidneys and "
    "your diabetes together:</p>"
    "<table border='1'><tr><th>Meal</th><th>Carbs</th><th>Notes</th></tr>"
    "<tr><td>Breakfast</td><td>45 g</td><td>egg whites, white toast, half cup blueberries</td>"
    "</tr><tr><td>Lunch</td><td>45-60 g</td><td>skip the deli meats (sodium)</td></tr>"
    "<tr><td>Dinner</td><td>45-60 g</td><td>4 oz chicken, rice, green beans - no potatoes "
    "(potassium)</td></tr></table>"
    "<p>Your potassium was 5.3 last week, so keep bananas and oranges off the list until Dr. "
    "Haddad rechecks it. See you December 2.</p><p>Keisha</p></body></html>"
)

RECIPE_HTML = (
    "<html><body><h2>This month at NourishWell: sheet-pan dinners</h2>"
    "<p>Try our roasted salmon with sweet potato and broccoli - 35 minutes, one pan, 32 g "
    "protein per serving.</p><p>Also new: a heart-healthy cooking class on December 9 and our "
    "winter grocery store tours. Most insurance plans cover medical nutrition therapy for "
    "diabetes and kidney disease.</p><p><a href='https://www.nourishwell.com/classes'>See "
    "classes</a></p></body></html>"
)

REMINDER_HTML = (
    "<html><body><p>Dear Ifeoma Nwachukwu,</p><p>This is a reminder of your "
    "<b>medical nutrition therapy follow-up for gestational diabetes</b> with Arjun Mehta, RDN "
    "on <b>Wednesday, November 18 at 3:30 PM</b> (video visit).</p><p>Please bring your "
    "glucose log from the past two weeks. To reschedule call 502-555-0130.</p>"
    "<p>NourishWell Nutrition</p></body></html>"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="meal_plan_ckd_diabetes_html",
        notes="Meal plan with potassium result for a named client, HTML with text alternative.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="loretta.bankhead@gmail.com",
        subject="Your meal plan from today",
        body=(
            "Hi Loretta, your kidney + diabetes meal plan is below (HTML version). Potassium was "
            "5.3 last week, so no bananas or oranges for now. See you December 2. - Keisha"
        ),
        html=MEAL_HTML,
    ),
    Spec(
        phi=True,
        category="referral_ack_to_physician",
        notes="Referral acknowledgement naming the patient and diagnosis code to the referring "
        "physician.",
        frm=f"Referrals <referrals@{NW}>",
        to="mchen@louisvilleinternalmed.com",
        subject="Referral received",
        body=(
            "Dr. Chen,\n\nWe received your referral for Owen Pritchard (DOB 03/03/1980) for MNT, "
            "dx E66.01 and I10. He's scheduled for an initial assessment on 11/24 with Arjun "
            "Mehta, RDN. We'll send the assessment when complete.\n\nNourishWell Referrals"
        ),
    ),
    Spec(
        phi=True,
        category="x12_mnt_claim",
        notes="Hard positive: X12 837 for MNT visit with member ID and DOB; body only a batch "
        "number.",
        frm=f"Billing <billing@{NW}>",
        to="submissions@claimbridgeedi.com",
        subject="NW batch 812",
        body="Batch 812 attached.",
        atts=(Att("NW_812.x12", "application/edi-x12", X12_MNT),),
    ),
    Spec(
        phi=True,
        category="relative_first_name_celiac",
        notes="Hard positive: child's first name plus celiac disease diet to a parent's gmail.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to="grace.okafor.home@gmail.com",
        subject="grocery list",
        body=(
            "Hi Grace,\n\nAs promised, here's the starter list for Theo's celiac diet: certified "
            "gluten-free oats, corn tortillas, rice pasta, and check every label for wheat, barley "
            "and rye. His tTG should come down over the next 6-12 months if we're strict. Watch "
            "out for soy sauce and shared toasters.\n\nArjun"
        ),
    ),
    Spec(
        phi=True,
        category="eating_disorder_intake_docx",
        notes="Eating disorder intake DOCX with adolescent's name, DOB and diagnosis to the "
        "therapist.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="rbaptiste@bluegrasscounseling.com",
        subject="Intake summary for shared client",
        body="Rose, intake summary attached as discussed on the phone. Let's talk after her "
        "session Thursday." + SIG_RD,
        atts=(Att("ED_intake_summary.docx", DOCX, INTAKE_DOCX),),
    ),
    Spec(
        phi=True,
        category="weight_program_cohort_xlsx",
        notes="Hard positive: weight-management cohort and waitlist with emails and referral "
        "reasons, two sheets, sent to the class instructor.",
        frm=f"Program Desk <programs@{NW}>",
        to="coach.danielle.fry@gmail.com",
        subject="winter group roster",
        body="Hi Danielle, roster for the winter group you're teaching, plus the waitlist. Thanks!",
        atts=(Att("winter_group_roster.xlsx", XLSX, COHORT_XLSX),),
    ),
    Spec(
        phi=True,
        category="telehealth_ics_named",
        notes="ICS invite for a named client's MNT video visit.",
        frm=f"Scheduling <schedule@{NW}>",
        to="dsokolov64@outlook.com",
        subject="Video visit invitation",
        body="Your video visit link will be in the invitation.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NourishWell//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nw-visit-33918@nourishwell.com\r\n"
            "DTSTAMP:20261110T170000Z\r\nDTSTART:20261119T200000Z\r\nDTEND:20261119T204500Z\r\n"
            "SUMMARY:MNT follow-up (fatty liver) - Dmitri Sokolov with Keisha Obi RDN\r\n"
            "LOCATION:https://video.nourishwell.com/r/ko-4471\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="appointment_reminder_html_only",
        notes="HTML-only reminder naming the client and gestational diabetes MNT.",
        frm=f"Scheduling <schedule@{NW}>",
        to="ifeoma.nwachukwu@yahoo.com",
        subject="Appointment reminder",
        body="",
        html=REMINDER_HTML,
    ),
    Spec(
        phi=True,
        category="food_photo_filename",
        notes="Hard positive: client name only in PNG file names of food log photos.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to=f"Keisha Obi <kobi@{NW}>",
        subject="for case review",
        body="Two of the photos he uploaded - portion sizes look much better.",
        atts=(
            Att("Ramirez_Luis_foodlog_day3_lunch.png", "image/png", png(5, 5, (120, 170, 90))),
            Att("Ramirez_Luis_foodlog_day3_dinner.png", "image/png", png(5, 5, (160, 120, 80))),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_client_labs_to_endo",
        notes="RD forwards a client's own email with lab values to the endocrinologist.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to=f"Farah Haddad <fhaddad@{MDE}>",
        subject="Fwd: my labs",
        body="Dr. Haddad, forwarding from Loretta Bankhead (your patient). Potassium is creeping "
        "up; do you want to adjust lisinopril or should I tighten the diet further?" + SIG_RD,
        forward=Spec(
            phi=True,
            category="client_message",
            notes="nested",
            frm="Loretta Bankhead <loretta.bankhead@gmail.com>",
            to=f"kobi@{NW}",
            subject="my labs",
            body="Keisha, the lab called: potassium 5.3, creatinine 1.6, A1c 7.4. Is that bad? "
            "- Loretta",
        ),
    ),
    Spec(
        phi=True,
        category="soap_note_txt_attachment",
        notes="Hard positive: SOAP note with initial, surname, weight and A1c only in a TXT "
        "attachment.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to=f"charts@{NW}",
        subject="note for scanning",
        body="Couldn't get the EHR to save this one, please scan it in.",
        atts=(Att("mnt_note_1118.txt", "text/plain", SOAP_TXT),),
    ),
    Spec(
        phi=True,
        category="denial_appeal_member_id",
        notes="Claim denial follow-up with member ID, CPT and client name to the payer.",
        frm=f"Billing <billing@{NW}>",
        to="provider.appeals@humanaky-mco.com",
        subject="Reconsideration - claim NW-26-3391",
        body=(
            "Claim NW-26-3391 for Mercedes Aldana, member HUM77120458, DOS 11/04/2026, CPT 97802 "
            "x4 units, was denied as 'not medically necessary'. The referral lists iron "
            "deficiency anemia (D50.9) and PCOS; MNT is a covered benefit. Please reprocess.\n\n"
            "Tonya Reeves, Billing"
        ),
    ),
    Spec(
        phi=True,
        category="initials_dob_list_body",
        notes="Hard positive: Thursday list with initials, DOBs and diet orders in the body.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="dietary@oakridgeseniorliving.com",
        subject="Thursday consults",
        body=(
            "Hi Pam,\n\nFor my Thursday rounds:\nM.T. 02/11/1946 - renal diet, 2 g Na, fluid "
            "1.5 L\nR.H. 07/30/1939 - pureed, thickened liquids (post stroke)\nE.G. 11/02/1951 - "
            "consistent carb, wound healing, add Juven BID\n\nThanks," + SIG_RD
        ),
    ),
    Spec(
        phi=True,
        category="enteral_order_home_infusion",
        notes="Tube feeding order with name, DOB and formula to a home infusion company.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="intake@bluegrasshomeinfusion.com",
        subject="Enteral order update",
        body=(
            "Updated enteral order:\n\nPatient: Reginald Hargrove, DOB 07/30/1939\n"
            "Medicare MBI: 8CW6-MP3-QA19\nOrdering physician: Ines Marchetti, MD, NPI: "
            "1780580936\n"
            "Formula: Jevity 1.5, 60 mL/hr x 18 hr via PEG, free water 200 mL q6h\n"
            "Dx: dysphagia after stroke (R13.10, I69.391)\nPlease deliver by Friday to "
            "Oakridge Senior Living, room 214.\n\nKeisha Obi, RDN"
        ),
    ),
    Spec(
        phi=True,
        category="assessment_pdf_to_surgeon",
        notes="Nutrition assessment PDF for a named post-band patient to the surgery program.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to=f"Priya Raman <praman@{LBS}>",
        subject="Nutrition assessment",
        body="Dr. Raman, assessment from today attached. Protein intake is well below goal."
        + SIG_RD,
        atts=(Att("assessment_1112.pdf", "application/pdf", ASSESS_PDF),),
    ),
    Spec(
        phi=True,
        category="food_diary_zip",
        notes="Hard positive: zip of food diaries with client surnames, glucose and lab notes; "
        "body generic.",
        frm=f"Program Desk <programs@{NW}>",
        to=f"amehta@{NW}",
        cc="arjun.mehta.rd@gmail.com",
        subject="diaries",
        body="Diaries from the app export, zipped.",
        atts=(Att("app_export_1103.zip", "application/zip", FOOD_ZIP),),
    ),
    Spec(
        phi=True,
        category="subject_name_mrn_only",
        notes="Hard positive: name and MRN only in the subject; body one line.",
        frm=f"Front Desk <frontdesk@{NW}>",
        to=f"referrals@{LBS}",
        subject="Nutrition consult - Hollis, Bernadette (MRN 55102877)",
        body="Scanned note is in your fax queue.",
    ),
    Spec(
        phi=True,
        category="growth_update_grandmother",
        notes="Child's weight and growth concern to a grandmother's hotmail.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to="nana.odessa.greene@hotmail.com",
        subject="Re: Jaylen's visit",
        body=(
            "Hi Ms. Greene,\n\nThanks for bringing Jaylen in. He's now at the 97th percentile for "
            "BMI for his age, and his liver enzymes from the pediatrician were mildly high. Our "
            "plan: water instead of juice, family dinners 5 nights a week, 60 minutes of play. "
            "Next visit December 15.\n\nArjun Mehta, RDN"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="recipe_newsletter_html_only",
        notes="Recipe newsletter, no individual.",
        frm=f"NourishWell <hello@{NW}>",
        to="members@lists.nourishwell.com",
        subject="Sheet-pan dinners + December classes",
        body="",
        html=RECIPE_HTML,
    ),
    Spec(
        phi=False,
        category="blog_draft_freelancer",
        notes="Blog draft edits about keto myths to a freelance writer at gmail.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="sam.whitlock.writes@gmail.com",
        subject="keto myths post - edits",
        body=(
            "Hi Sam,\n\nEdits on the keto post: please drop the line saying keto 'cures' type 2 "
            "diabetes - say it can lower A1c in some people under medical supervision. Also add "
            "that people on insulin or SGLT2 inhibitors must talk to their doctor first.\n\nKeisha"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_scales",
        notes="Hard negative: invoice for body composition scales, serial numbers and an "
        "SSN-shaped order number.",
        frm=f"Office Manager <office@{NW}>",
        to="billing@inbodyscalesupply.com",
        subject="Re: order 311-62-4408",
        body=(
            "Hi,\n\nWe received both body composition analyzers on order 311-62-4408 (serials "
            "BCA770142 and BCA770143). Please send the invoice to ap@nourishwell.com; net 30.\n\n"
            "Rhoda Kim, Office Manager"
        ),
    ),
    Spec(
        phi=False,
        category="job_interview_candidate",
        notes="Interview invitation to a dietitian job candidate's yahoo.",
        frm=f"Careers <careers@{NW}>",
        to="priyanka.deshmukh.rd@yahoo.com",
        subject="Interview - Outpatient RDN (eating disorders / bariatric)",
        body="Hi Priyanka,\n\nThank you for applying for our outpatient RDN position (eating "
        "disorders and bariatric surgery focus). We'd like to invite you to a 45-minute video "
        "interview with Keisha Obi and Nadia Ferreira-Wells on Tuesday, November 24 at 1 PM "
        "Eastern. Please bring a short case presentation you are proud of (de-identified).\n\n"
        "Rhoda Kim, Office Manager",
    ),
    Spec(
        phi=False,
        category="ceu_webinar_agenda_pdf",
        notes="Hard negative: renal nutrition webinar agenda with clinician names and diseases.",
        frm=f"Education <education@{NW}>",
        to="cpe@kyeatright.org",
        subject="CPEU approval request - Renal Nutrition Update",
        body="Please find the agenda attached for CPEU prior approval.",
        atts=(Att("renal_update_agenda.pdf", "application/pdf", CEU_PDF),),
    ),
    Spec(
        phi=False,
        category="program_outcomes_xlsx_payer",
        notes="Hard negative: program-level enrolment and weight-change outcomes, no clients.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="contracting@bluecresthealthplan.com",
        subject="Outcomes for the value-based proposal",
        body="As requested, our 6-month outcomes by program (2 tabs)." + SIG_RD,
        atts=(Att("NW_outcomes_2026H1.xlsx", XLSX, OUTCOMES_XLSX),),
    ),
    Spec(
        phi=False,
        category="payer_rate_negotiation_cpt",
        notes="Hard negative: CPT codes and rates in a contract negotiation, no patients.",
        frm=f"Owner <owner@{NW}>",
        to="contracting@bluecresthealthplan.com",
        subject="2027 fee schedule",
        body=(
            "Hi Marcus,\n\nOur counter-proposal for 2027: 97802 (initial MNT, per 15 min) "
            "$38.50, 97803 (follow-up) $34.00, 97804 (group, per 30 min) $16.75, G0270 $34.00. "
            "We'd also like telehealth parity with POS 10.\n\nNadia Ferreira-Wells, Owner"
        ),
    ),
    Spec(
        phi=False,
        category="holiday_staff_schedule",
        notes="Staff holiday coverage.",
        frm=f"Office Manager <office@{NW}>",
        to=f"team@{NW}",
        subject="Holiday coverage",
        body="Dec 24: Arjun (AM only). Dec 28-30: Keisha. Dec 31: closed. Please block your "
        "calendars by Friday.\n\nRhoda",
    ),
    Spec(
        phi=False,
        category="test_client_account",
        notes="Hard negative: scheduling system test client, clearly labelled test.",
        frm=f"Office Manager <office@{NW}>",
        to="support@healthieschedpro.com",
        subject="Ticket 44810 - reminders not sending",
        body=(
            "Hi support,\n\nReminders aren't going out. To reproduce, I booked 'TEST CLIENT - "
            "DO NOT USE' (test@nourishwell.com) for 11/20 2:00 PM, visit type 'MNT follow-up', "
            "and no reminder was generated. This is a dummy account, not a real client.\n\n"
            "Rhoda Kim"
        ),
    ),
    Spec(
        phi=False,
        category="handout_pack_zip",
        notes="Hard negative: zip of general diet handouts (low-FODMAP, carb counting), no "
        "individual.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to=f"team@{NW}",
        subject="updated handouts",
        body="Updated handouts attached (zipped); please toss the old printed copies.",
        atts=(Att("handouts_2027.zip", "application/zip", HANDOUT_ZIP),),
    ),
    Spec(
        phi=False,
        category="deidentified_teaching_case",
        notes="Hard negative: teaching case with age and diagnosis but no identifiers.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to="dietetic.internship@uofl-health-sciences.edu",
        subject="Case for next week's seminar",
        body=(
            "Dr. Patel,\n\nHere's the case for the interns: a man in his fifties with type 2 "
            "diabetes and stage 3 CKD, A1c 8.2, potassium 5.4, eats out 5 times a week. Ask them "
            "to write a PES statement and a 3-day meal plan. Details are composite and changed, "
            "not a real client." + SIG_RD
        ),
    ),
    Spec(
        phi=False,
        category="forwarded_food_recall",
        notes="Hard negative: forwarded FDA-style food recall notice, no individuals.",
        frm=f"Arjun Mehta <amehta@{NW}>",
        to=f"team@{NW}",
        subject="Fwd: Recall - gluten-free oat bars (undeclared wheat)",
        body="Heads up for our celiac clients - please mention it at visits this week.",
        forward=Spec(
            phi=False,
            category="recall",
            notes="nested",
            frm="Recalls <alerts@foodsafetyalerts-list.org>",
            to=f"amehta@{NW}",
            subject="Recall - gluten-free oat bars (undeclared wheat)",
            body=(
                "A regional brand of 'gluten-free' oat bars, lot codes GF2610A-GF2614C, is "
                "recalled because they may contain wheat. People with celiac disease or wheat "
                "allergy should not eat them. Return for a refund."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="it_laptop_rollout",
        notes="IT laptop rollout.",
        frm=f"IT <it@{NW}>",
        to=f"team@{NW}",
        subject="New laptops next Tuesday",
        body="New laptops arrive Tuesday. Save anything on your desktop to the shared drive by "
        "Monday. Full-disk encryption and MFA will be on from day one.",
    ),
    Spec(
        phi=False,
        category="new_rd_introduction",
        notes="Hard negative: introduces a new dietitian and his specialty areas (kidney disease, "
        "diabetes, celiac disease), no clients.",
        frm=f"Owner <owner@{NW}>",
        to="providers@louisvilleinternalmed.com",
        subject="Meet our newest dietitian",
        body=(
            "Dear colleagues,\n\nPlease welcome Arjun Mehta, MS, RDN, CSR, who joined us from a "
            "dialysis unit. He sees adults with chronic kidney disease, diabetes and celiac "
            "disease, and children with obesity. Referrals by fax to 502-555-0131.\n\nNadia"
        ),
    ),
    Spec(
        phi=False,
        category="grocery_tour_schedule_csv",
        notes="Grocery tour schedule with store addresses, no individuals.",
        frm=f"Program Desk <programs@{NW}>",
        to="community@louisvillelibrary.org",
        subject="Grocery store tours - please share",
        body="Could you post these free grocery tours on your community board? Schedule attached.",
        atts=(Att("grocery_tours_winter.csv", "text/csv", TOURS_CSV),),
    ),
    Spec(
        phi=False,
        category="expense_reimbursement",
        notes="Staff expense reimbursement.",
        frm=f"Office Manager <office@{NW}>",
        to="Arjun Mehta <amehta@nourishwell.com>",
        subject="Your FNCE expenses",
        body="Approved: registration $575, hotel $612.40, mileage 228 mi. Reimbursement on the "
        "Nov 27 payroll.\n\nRhoda",
    ),
    Spec(
        phi=False,
        category="privacy_policy_update",
        notes="Hard negative: HIPAA privacy procedure update for staff, no PHI.",
        frm=f"Owner <owner@{NW}>",
        to=f"team@{NW}",
        subject="Privacy procedure update - no client info by text",
        body=(
            "Team,\n\nEffective December 1: no client names, diagnoses or photos by text "
            "message or personal email, including food photos. Use the secure portal only. "
            "Misdirected emails must be reported to me within 24 hours. Annual HIPAA training is "
            "due December 15.\n\nNadia"
        ),
    ),
    Spec(
        phi=False,
        category="partner_class_referral_info",
        notes="Hard negative: program description for a partner endocrine practice, no patients.",
        frm=f"Keisha Obi <kobi@{NW}>",
        to=f"education@{MDE}",
        subject="Carb counting class for your pump starts",
        body=(
            "Hi Hollis,\n\nWe'd be glad to run a monthly carb-counting class for your pump-start "
            "patients. 90 minutes, max 10 people, covered as group MNT (97804) for most plans. "
            "Second Mondays at 5:30 starting in January?" + SIG_RD
        ),
    ),
]
