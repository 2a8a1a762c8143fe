"""NourishPath Nutrition Counseling: outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nWarmly,\nNourishPath Nutrition Counseling\n55 Willow Bend Rd, Suite 2 | 608-555-0170 | nourishpathnutrition.com"

_X12_837P = (
    "ISA*00*          *00*          *ZZ*NOURISHPATH    *ZZ*CLEARPATHEDI   *260318*1430*^*00501*000000772*0*P*:~"
    "GS*HC*NOURISHPATH*CLEARPATHEDI*20260318*1430*772*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*NP772*20260318*1430*CH~"
    "NM1*85*2*NOURISHPATH NUTRITION COUNSELING*****XX*1780645127~"
    "NM1*IL*1*HOLLIS*RAYNA****MI*DHP22081455~DMG*D8*19870922*F~"
    "CLM*NP0316RH*180***11:B:1*Y*A*Y*Y~HI*ABK:K3184~"
    "SV1*HC:97802*180*UN*4***1~DTP*472*D8*20260316~"
    "SE*9*0001~GE*1*772~IEA*1*000000772~"
)

_FHIR_WEIGHT = json.dumps(
    {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]
        },
        "subject": {"reference": "Patient/np-3381", "display": "Gideon Farrow"},
        "effectiveDateTime": "2026-03-17T08:05:00-05:00",
        "valueQuantity": {"value": 104.6, "unit": "kg"},
        "note": [{"text": "Post bariatric sleeve gastrectomy month 4; protein intake below goal"}],
    },
    indent=1,
)

_WELLNESS = xlsx(
    {
        "Participants": [
            ["Employee", "Emp ID", "Sessions", "Start BMI", "Current BMI", "Pre-diabetes flag"],
            ["Duane Kessler", "TS-4410", 6, 34.1, 32.8, "Y"],
            ["Priscilla Young", "TS-4522", 4, 29.7, 29.0, "N"],
            ["Ahmed Rahimi", "TS-4608", 8, 38.4, 35.9, "Y"],
        ],
        "Incentives": [
            ["Emp ID", "Premium credit"],
            ["TS-4410", "$300"],
            ["TS-4522", "$150"],
            ["TS-4608", "$300"],
        ],
    }
)

_DPP = xlsx(
    {
        "Cohort summary": [
            ["Cohort", "Enrolled", "Completed", "Mean wt loss %", "Mean A1c change"],
            ["Spring 2025", 58, 44, 5.8, -0.31],
            ["Fall 2025", 71, 52, 6.4, -0.27],
        ],
        "Attendance": [["Week", "Attendance %"], [1, 96], [8, 81], [16, 72]],
        "Notes": [
            ["Item", "Detail"],
            ["Data source", "program records, aggregated, cells under 11 suppressed"],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="low-FODMAP plan follow-up to patient",
        notes="Follow-up to the patient's personal mailbox naming her IBS diagnosis and low-FODMAP elimination plan.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="talia.brennan@gmail.com",
        subject="Your plan from today",
        body=(
            "Hi Talia,\n\nGreat to meet you today. As we discussed, since Dr. Aune confirmed IBS-D, we'll do the "
            "low-FODMAP elimination phase for 4 weeks, then reintroduce one group at a time. Keep your symptom log "
            "(bloating 0-10, stool form) and bring it on April 14.\n\nJenna Voss, RDN, LD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="weight loss and ARFID screen update to referring GI",
        notes="Hard positive: first name only to the referring GI with weight loss and a positive ARFID screen.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="rkowalczyk@riverbenddigestive.com",
        subject="Priya - update",
        body="Saw Priya today. Down 4.1 kg since January; NIAS screen positive for ARFID (fear of choking since the food impaction). I'd like to loop in a therapist - OK with you?\n\nJenna",
    ),
    Spec(
        phi=True,
        category="superbill for out-of-network reimbursement",
        notes="PDF superbill with patient name, DOB, address, CPT 97802 and obesity diagnosis.",
        frm="NourishPath Billing <billing@nourishpathnutrition.com>",
        to="marcy.odell@yahoo.com",
        subject="Superbill for your insurance",
        body="Hi Marcy, your superbill is attached - submit it to your insurer for out-of-network reimbursement."
        + SIG,
        atts=(
            Att(
                "superbill_2026-03.pdf",
                "application/pdf",
                pdf(
                    [
                        "NOURISHPATH NUTRITION COUNSELING - SUPERBILL",
                        "Client: Marcy O'Dell   DOB 05/17/1979   1402 Elm Grove Rd, Waunakee WI 53597",
                        "DOS 03/03/2026  CPT 97802 x 4 units  $180.00",
                        "DOS 03/17/2026  CPT 97803 x 2 units  $90.00",
                        "Diagnosis: E66.01 morbid obesity due to excess calories; Z68.41 BMI 40.0-44.9",
                        "Provider: Jenna Voss, RDN   NPI 1663058471",
                    ],
                    "Superbill",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim for medical nutrition therapy",
        notes="Hard positive: X12 claim naming the client, member ID, DOB, MNT code and gastroparesis diagnosis; body a single line.",
        frm="NourishPath Billing <billing@nourishpathnutrition.com>",
        to="submissions@clearpathedi.com",
        subject="claims 772",
        body="1 claim, batch 772.",
        atts=(Att("NP772.x12", "application/edi-x12", _X12_837P),),
    ),
    Spec(
        phi=True,
        category="food diary feedback to child's mother",
        notes="Hard positive: child's first name with relationship and his celiac diet log, sent to the mother's mailbox.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="kristen.paulsen@hotmail.com",
        subject="RE: Jonah's food log",
        body=(
            "Hi Kristen,\n\nThanks for sending Jonah's log. Two hidden gluten sources jumped out: the soy sauce at the "
            "Tuesday stir-fry and the malt in his cereal. Swap to tamari and a certified GF cereal, and let's recheck "
            "his tTG-IgA with Dr. Haddad's team in June.\n\nOmar"
        ),
    ),
    Spec(
        phi=True,
        category="employer wellness report with individual BMI",
        notes="Hard positive: workbook to an employer listing named employees with BMI and pre-diabetes flags.",
        frm="Corporate Programs <corporate@nourishpathnutrition.com>",
        to="benefits@tristatelogistics.com",
        subject="Q1 coaching report",
        body="Attached is the Q1 coaching report with the incentive tab for payroll.\n\nDana",
        atts=(Att("tristate_Q1_coaching.xlsx", XLSX, _WELLNESS),),
    ),
    Spec(
        phi=True,
        category="diet plan whose file name carries the diagnosis",
        notes="Hard positive: diagnosis only in the attachment file name (patient surname + gastroparesis); body generic.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="rayna.hollis@icloud.com",
        subject="As promised",
        body="Here's the plan we went over. Small meals, and try the soups first!\n\nJenna",
        atts=(
            Att(
                "Hollis_R_gastroparesis_diet_plan.docx",
                DOCX,
                docx(
                    [
                        "Eating plan",
                        "Eat 5-6 small meals a day. Chew well. Sit upright for 2 hours after eating.",
                        "Choose low-fat, low-fiber foods; pureed soups and smoothies are often easier.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diabetes prevention class roster",
        notes="Hard positive: CSV roster of named participants with phones for a diabetes prevention programme (enrolment in a health programme).",
        frm="Group Programs <groups@nourishpathnutrition.com>",
        to="room.bookings@waunakeecommunitycenter.org",
        subject="Tuesday group sign-in sheet",
        body="Attached is the sign-in sheet for the front desk so they can let people in after 6.",
        atts=(
            Att(
                "DPP_tuesday_cohort_signin.csv",
                "text/csv",
                "name,phone,A1c at intake\nEsther Lundgren,608-555-0102,6.1\nRoy Vang,608-555-0105,6.3\nMaribel Cortez,608-555-0107,5.9\nDon Peabody,608-555-0111,6.2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only telehealth link for CKD diet visit",
        notes="HTML-only telehealth invitation naming the client and her pre-dialysis kidney diet visit.",
        frm="NourishPath Telehealth <telehealth@nourishpathnutrition.com>",
        to="gloria.fenwick@aol.com",
        subject="Your video visit link",
        body="",
        html=(
            "<html><body><p>Hello Gloria Fenwick,</p><p>Your follow-up <b>kidney diet (CKD stage 4)</b> session "
            "with Omar Aziz, RD is on Wednesday, March 18 at 2:30 PM.</p><p><a href='https://meet.nourishpathnutrition.com/r/4821'>"
            "Join the video visit</a></p><p>Please have your potassium and phosphorus lab printout handy.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="photo named after client of tube-feeding setup",
        notes="Hard positive: PNG named with the client's full name and 'tube feeding pump'; body has only a first name.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="jvoss@nourishpathnutrition.com",
        subject="pump setup pic",
        body="Delaney's husband sent this - is the rate right to you? Looks like 80 not 60.",
        atts=(
            Att(
                "Delaney_Fitch_tube_feeding_pump_0317.png", "image/png", png(6, 6, (230, 230, 220))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="letter of medical necessity for enteral formula",
        notes="DOCX letter to the payer with member ID, name, Crohn's-related malnutrition and enteral formula.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="medicalnecessity@dairystatehealth.com",
        subject="LMN - enteral nutrition",
        body="Letter of medical necessity attached for the enteral formula request." + SIG,
        atts=(
            Att(
                "LMN_enteral.docx",
                DOCX,
                docx(
                    [
                        "Letter of Medical Necessity",
                        "Member: Isaiah Barlow   Member ID DHP40177329   DOB 11/30/1988",
                        "Diagnosis: E44.0 moderate protein-calorie malnutrition; K51.90 ulcerative colitis",
                        "Request: polymeric enteral formula 1.5 kcal/mL, 5 cartons/day (B4152), 6 months",
                        "Weight 58.2 kg (down 11% in 4 months).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse enzyme dosing note to surgeon",
        notes="Hard positive: terse note with surname, post-Whipple status, enzyme dose and weight.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="surgery.clinic@capitolsurgicalassoc.com",
        subject="Re: Abernathy",
        body="Abernathy: s/p Whipple 12/25. Creon 24k w/ meals, 12k w/ snacks. Wt 51.2 (nadir 49.8). Steatorrhea better. f/u 4 wk.\n-OA",
    ),
    Spec(
        phi=True,
        category="FHIR weight observation to remote monitoring platform",
        notes="Hard positive: FHIR Observation with client name, weight and bariatric surgery note; body generic.",
        frm="NourishPath Integrations <integrations@nourishpathnutrition.com>",
        to="ingest@scaleconnect-rpm.com",
        subject="observation push",
        body="Nightly push, 1 resource.",
        atts=(Att("obs_np-3381.json", "application/fhir+json", _FHIR_WEIGHT),),
    ),
    Spec(
        phi=True,
        category="eating disorder care coordination with therapist",
        notes="Named client with anorexia nervosa, vitals and treatment-level concern, sent to her therapist.",
        frm='"Kendra Ames, RD, CEDS" <kames@nourishpathnutrition.com>',
        to="lwhitfield@lakesidecounselinggroup.com",
        cc="kames@nourishpathnutrition.com",
        subject="Coordination - Sofia",
        body=(
            "Laura,\n\nChecking in about Sofia Marchetti (ROI on file). Her weight dropped again to 44.9 kg and she "
            "reported dizziness and skipping lunch at school all week. HR at her PCP visit was 46. I think we need to "
            "talk about a higher level of care - PHP at Rosewood has an opening. Can we have a call tomorrow before "
            "her session with you?\n\nKendra"
        ),
    ),
    Spec(
        phi=True,
        category="forward of client gluten question to colleague",
        notes="Forwarded client e-mail (message/rfc822) revealing her celiac disease and a reaction, forwarded with her name.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="oaziz@nourishpathnutrition.com",
        subject="FW: oats?",
        body="Omar, you know the oats brands better - can you answer Wen?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Wen Li Huang <wenli.huang@gmail.com>",
            to="jvoss@nourishpathnutrition.com",
            subject="oats?",
            body="Hi Jenna, since my celiac diagnosis I've avoided oats, but I tried 'gluten-free' oats Sunday and had cramps and diarrhea for a day. Is it the oats or cross-contamination? - Wen Li",
        ),
    ),
    Spec(
        phi=True,
        category="diet order with condition in subject line",
        notes="Hard positive: subject names the patient's initial/surname and ileostomy; body only gives the meal instructions.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="dietary@heritageassistedliving.com",
        subject="Low-residue diet for A. Mensah s/p ileostomy",
        body="Please start the low-residue diet today: no raw vegetables, skins, seeds, nuts or popcorn. Encourage 8-10 cups fluid and salty snacks. I'll review in 2 weeks.",
    ),
    Spec(
        phi=True,
        category="payment receipt for nutrition therapy",
        notes="Receipt to the client's personal mailbox for medical nutrition therapy sessions (payment for care).",
        frm="NourishPath Billing <billing@nourishpathnutrition.com>",
        to="gideon.farrow@gmail.com",
        subject="Receipt #NP-10488",
        body="Thank you, Gideon Farrow.\nReceipt NP-10488 - 03/17/2026\nPost-bariatric medical nutrition therapy, follow-up (97803 x 2)   $90.00\nPaid: Visa ending 4417\n\nNourishPath Nutrition Counseling",
    ),
    Spec(
        phi=True,
        category="Medicare MNT referral with MBI",
        notes="Hard positive: referral acknowledgement with a Medicare MBI, CKD stage 3b and MNT hours, sent to the nephrology office.",
        frm="Intake <intake@nourishpathnutrition.com>",
        to="referrals@madisonkidneycare.com",
        subject="Referral received",
        body="Received your MNT referral: MBI 3HN9-PA6-XR27, DOB 09/02/1948, N18.32 CKD 3b, eGFR 34. Medicare allows 3 hours in year one; first visit booked 03/25 with Omar Aziz, RD.\n\nIntake team",
    ),
    Spec(
        phi=True,
        category="school cafeteria allergy diet order",
        notes="Student named with peanut and tree-nut anaphylaxis and eosinophilic esophagitis diet order to the school food service.",
        frm='"Omar Aziz, RD" <oaziz@nourishpathnutrition.com>',
        to="foodservice@sunprairieschools.org",
        subject="Diet order - Ethan Kowalski, Bird Elementary",
        body="Per the signed parent release: Ethan Kowalski (grade 3) has eosinophilic esophagitis managed with milk and wheat elimination, plus peanut/tree-nut anaphylaxis (EpiPen in nurse's office). Please provide the dairy-free, wheat-free lunch option daily.\n\nOmar Aziz, RD",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="HTML-only recipe newsletter",
        notes="Hard negative: HTML-only newsletter with a low-FODMAP recipe and IBS tips; no individual.",
        frm="NourishPath Nutrition <hello@nourishpathnutrition.com>",
        to="subscribers@nourishpathnutrition.com",
        subject="Gut-friendly lentil soup (low-FODMAP!)",
        body="",
        html="<html><body><h2>Recipe of the month</h2><p>Canned, rinsed lentils are low-FODMAP at 1/2 cup - great news if you have IBS.</p><ul><li>1 can lentils, rinsed</li><li>2 carrots</li><li>garlic-infused oil</li></ul><p><a href='https://nourishpathnutrition.com/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="dietitian bio for website",
        notes="Hard negative: clinician bio listing eating disorders and Crohn's as specialties, with her NPI.",
        frm="Kendra Ames <kames@nourishpathnutrition.com>",
        to="web@pixelandpine.design",
        subject="bio for the team page",
        body="Kendra Ames, RD, CEDS (NPI 1447203914) has 12 years of experience treating eating disorders, including ARFID, and supports people with Crohn's disease and ulcerative colitis through flares. She is trained in intuitive eating and Health at Every Size approaches.",
    ),
    Spec(
        phi=False,
        category="aggregate diabetes prevention outcomes workbook",
        notes="Hard negative: multi-sheet workbook of cohort-level DPP outcomes with small cells suppressed.",
        frm="Group Programs <groups@nourishpathnutrition.com>",
        to="grants@danecountyhealthfund.org",
        subject="Year-end outcomes for grant report",
        body="Outcome tables for the grant report attached (aggregate only).",
        atts=(Att("DPP_outcomes_2025.xlsx", XLSX, _DPP),),
    ),
    Spec(
        phi=False,
        category="sample meal plan with declared fictional client",
        notes="Hard negative: training sample meal plan for a clearly fictional persona ('Alex', a made-up example).",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="interns@nourishpathnutrition.com",
        subject="Practice case for Friday",
        body="For Friday's intern session, use this made-up case: 'Alex' (fictional), 45, newly told he has prediabetes, works nights, eats most meals from gas stations. Draft a 3-day meal plan and two SMART goals. This is not a real client.",
    ),
    Spec(
        phi=False,
        category="employer wellness contract proposal",
        notes="Hard negative: wellness programme pricing that promises aggregate-only reporting; no employee data.",
        frm="Corporate Programs <corporate@nourishpathnutrition.com>",
        to="hr@badgerpaperco.com",
        subject="Proposal: on-site nutrition coaching",
        body="Thank you for meeting with us. Proposed pricing: $85 per coaching session, billed monthly; group classes $400 each. Per HIPAA, Badger Paper will receive only aggregate participation reports (minimum group size 15), never individual results.",
    ),
    Spec(
        phi=False,
        category="CE certificate with dietitian registration number",
        notes="Hard negative: a dietitian's CDR registration number on a continuing-education record; workforce licence, no patient.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="oaziz@nourishpathnutrition.com",
        subject="Your CPE log is uploaded",
        body="Omar - your 2024-2026 CPE log (CDR #1108342, 75 hours) is uploaded to the portal. Recertification due May 31.",
    ),
    Spec(
        phi=False,
        category="body composition analyser order",
        notes="Device order with a serial number of clinic equipment; no patient.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="sales@bodymetrixequipment.com",
        subject="Calibration weights + service for S/N BC418-22719",
        body="Please send a calibration weight kit and book annual service for our analyser S/N BC418-22719. Billing address on file.",
    ),
    Spec(
        phi=False,
        category="reply to public inquiry about grocery tour",
        notes="Hard negative: reply to a member of the public's personal mailbox about a free heart-healthy grocery tour; nothing about her health or care.",
        frm="NourishPath Nutrition <events@nourishpathnutrition.com>",
        to="lorna.haugen@gmail.com",
        subject="RE: grocery store tour April 11",
        body="Hi Lorna, thanks for asking - yes, anyone can come and you're welcome to bring a friend. From the flyer: FREE heart-healthy grocery tour with a registered dietitian, Sat April 11, 10 AM, Willow Bend Market. Learn to read sodium labels and find high-fiber swaps. No registration needed.",
    ),
    Spec(
        phi=False,
        category="staff kitchen gluten-free notice",
        notes="Hard negative: break-room notice about keeping an area gluten-free with no staff member named.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="team@nourishpathnutrition.com",
        subject="Break room: gluten-free shelf",
        body="Friendly reminder: the top shelf and the purple toaster are gluten-free only. A few of us (and many clients) have celiac disease, so please no shared crumbs!",
    ),
    Spec(
        phi=False,
        category="de-identified case study for conference poster",
        notes="Hard negative: case narrative stripped of identifiers (age decade, no dates, names or places) for a poster abstract.",
        frm='"Kendra Ames, RD, CEDS" <kames@nourishpathnutrition.com>',
        to="abstracts@midwestnutritionconf.org",
        subject="Abstract submission - case report",
        body="Title: Weaning parenteral nutrition in short bowel syndrome with an oral rehydration-first approach.\nCase: A man in his 50s with short bowel syndrome after several resections for Crohn's disease was weaned from parenteral nutrition 6 to 2 nights a week over 16 weeks using oral rehydration solution, soluble fiber and small frequent meals. All identifiers removed per Safe Harbor; consent on file.",
    ),
    Spec(
        phi=False,
        category="room booking for cooking class",
        notes="Facility booking; no health information.",
        frm="Group Programs <groups@nourishpathnutrition.com>",
        to="room.bookings@waunakeecommunitycenter.org",
        subject="Teaching kitchen - May 6",
        body="Hi Pam, can we book the teaching kitchen May 6, 5:30-8 PM for 14 people? We'll bring our own induction burners.",
    ),
    Spec(
        phi=False,
        category="clinician webinar on MNT billing codes",
        notes="Hard negative: education mail listing ICD-10 and CPT codes for MNT billing in general; no individual.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="referrers@nourishpathnutrition.com",
        subject="Webinar: getting MNT covered (Apr 2)",
        body="Free 30-minute webinar for referring offices: which diagnoses Medicare covers for MNT (E11.x diabetes, N18.x CKD, Z94.0 kidney transplant), how to write the referral, and when 97802 vs 97803 applies. April 2, noon.",
    ),
    Spec(
        phi=False,
        category="website SEO review",
        notes="Marketing agency coordination; no health data about anyone.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="web@pixelandpine.design",
        subject="RE: March SEO report",
        body="Thanks! Let's target 'dietitian near me' and 'IBS dietitian Madison' for April. Please remove the stock photo on the home page, it looks like a hospital.",
    ),
    Spec(
        phi=False,
        category="oral nutrition supplement price list",
        notes="Hard negative: CSV product list with HCPCS enteral codes and prices; no patient.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="frontdesk@nourishpathnutrition.com",
        subject="updated supplement price list",
        body="New price list for the retail shelf attached.",
        atts=(
            Att(
                "supplement_prices_2026.csv",
                "text/csv",
                "product,hcpcs,unit,price\nStandard 1.0 kcal/mL,B4150,carton,2.40\nHigh protein 1.5 kcal/mL,B4152,carton,3.10\nPeptide-based,B4153,carton,5.85\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dietitian job posting",
        notes="Hard negative: job ad naming eating disorders and IBD experience; no individual.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="jobs@eatrightwisconsin.org",
        subject="Job post: outpatient RDN (eating disorders / GI)",
        body="NourishPath is hiring a 0.8 FTE RDN. Experience with anorexia, bulimia, ARFID or IBD preferred; CEDS a plus. Telehealth 2 days/week. Send resume to office@nourishpathnutrition.com.",
    ),
    Spec(
        phi=False,
        category="payer credentialing application",
        notes="Hard negative: credentialing packet cover with a dietitian's NPI and licence number; no patient.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="credentialing@dairystatehealth.com",
        subject="Credentialing application - Omar Aziz, RD",
        body="Enclosed: application for Omar Aziz, RD, LD, NPI 1274810930, Wisconsin dietitian certification 2281-034. Group: NourishPath Nutrition Counseling. Please confirm receipt.",
    ),
    Spec(
        phi=False,
        category="office cleaning invoice approval",
        notes="PDF invoice from a cleaning contractor forwarded for payment; no health information.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="bookkeeping@ledgerlinebooks.com",
        subject="Please pay - cleaning invoice",
        body="Approved, please pay by the 25th.",
        atts=(
            Att(
                "invoice_SC-2291.pdf",
                "application/pdf",
                pdf(
                    [
                        "SPARKLE COMMERCIAL CLEANING - INVOICE SC-2291",
                        "Bill to: NourishPath Nutrition Counseling, 55 Willow Bend Rd, Suite 2",
                        "Weekly office cleaning, March 2026 (4 visits)   $520.00",
                        "Window service   $85.00",
                        "Total due $605.00",
                    ],
                    "Invoice SC-2291",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forward of vendor order confirmation",
        notes="Hard negative: forwarded vendor e-mail (message/rfc822) about food-model teaching kits; no patient.",
        frm="Office Manager <office@nourishpathnutrition.com>",
        to="groups@nourishpathnutrition.com",
        subject="FW: Your order has shipped",
        body="The portion-size models for the diabetes class are on their way.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="NutriModels Orders <orders@nutrimodels-teaching.com>",
            to="office@nourishpathnutrition.com",
            subject="Your order has shipped",
            body="Order NM-55821: 1 x Diabetes Plate food model kit, 1 x Sodium awareness display. Tracking 1Z4W78E20344719862.",
        ),
    ),
    Spec(
        phi=False,
        category="zip of client handouts to partner clinic",
        notes="Hard negative: zip of generic nutrition handouts (celiac, GERD, CKD diets); no individual.",
        frm='"Jenna Voss, RDN" <jvoss@nourishpathnutrition.com>',
        to="frontdesk@madisongiassociates.com",
        subject="Handouts you asked for",
        body="Here are our plain-language handouts. Print freely.",
        atts=(
            Att(
                "nourishpath_handouts.zip",
                "application/zip",
                zipped(
                    {
                        "celiac_basics.txt": "Gluten is found in wheat, barley and rye. Read labels for malt and brewer's yeast.\n",
                        "GERD_eating_tips.txt": "Avoid large meals within 3 hours of bedtime. Limit alcohol and peppermint.\n",
                        "CKD_potassium.txt": "Lower-potassium choices: apples, berries, rice, cabbage.\n",
                    }
                ),
            ),
        ),
    ),
]
