"""LeanPath Health: outbound mail of a medical weight-loss telehealth company (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nLeanPath Health | care team available 7am-9pm | 555-0150\nThis message may contain confidential information. If you received it in error, delete it and tell the sender."

X12_270 = (
    "ISA*00*          *00*          *ZZ*LEANPATH       *ZZ*AVAILITYX      *260318*0902*^*00501*000004412*0*P*:~"
    "GS*HS*LEANPATH*AVAILITYX*20260318*0902*4412*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*LP4412*20260318*0902~"
    "HL*1**20*1~NM1*PR*2*BLUE HARBOR HEALTH*****PI*60054~"
    "HL*2*1*21*1~NM1*1P*2*LEANPATH MEDICAL GROUP*****XX*1823401470~"
    "HL*3*2*22*0~NM1*IL*1*STRAND*MELISSA****MI*BHH55210934~DMG*D8*19880217~"
    "EQ*30~EQ*88~"
    "SE*11*0001~GE*1*4412~IEA*1*000004412~"
)

HL7_LIPID = (
    "MSH|^~\\&|LEANPATH|LPMG|PCPINBOX|RIVERSTONEPRIMARY|202603171430||ORU^R01|LP20260317-77|P|2.5.1\r"
    "PID|1||LP-00418827^^^LEANPATH^PI||NGATA^TIMOTI||19810903|M|||22 Fenwick Rd^^Salem^OR^97301\r"
    "OBR|1||Q88120|57698-3^Lipid panel^LN|||202603140700\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||262|mg/dL||H|||F\r"
    "OBX|2|NM|2571-8^Triglyceride^LN||418|mg/dL||H|||F\r"
    "NTE|1||Starting tirzepatide program; PCP copy per patient request\r"
)

FHIR_Q = """{
  "resourceType": "Questionnaire",
  "status": "draft",
  "title": "LeanPath eligibility intake v7",
  "item": [
    {"linkId": "1", "text": "Do you have a personal or family history of medullary thyroid cancer or MEN2?", "type": "boolean"},
    {"linkId": "2", "text": "Have you ever had pancreatitis?", "type": "boolean"},
    {"linkId": "3", "text": "Are you pregnant or planning pregnancy?", "type": "boolean"},
    {"linkId": "4", "text": "Current weight (lb)", "type": "decimal"}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Welcome email confirming GLP-1 prescription",
        notes="Welcome mail to patient's gmail naming her and her compounded semaglutide starting dose.",
        frm="LeanPath Care Team <care@leanpathhealth.com>",
        to="brianna.koval92@gmail.com",
        subject="You're approved - here's what happens next",
        body="Hi Brianna Koval,\n\nGreat news: your LeanPath clinician, Sofia Merrick, NP, approved you for treatment. Your prescription for compounded semaglutide 0.25 mg weekly has been sent to Bellwether Compounding Pharmacy and should ship within 3 business days.\n\nYour first check-in is scheduled for April 13."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Coach progress message with first name",
        notes="Hard positive: coach message to a patient's personal mailbox with first name and weight progress in the program.",
        frm="Coach Dani <coach.dani@leanpathhealth.com>",
        to="jordanpike@icloud.com",
        subject="you did it!!",
        body="Jordan!! Under 200 for the first time since you started with us - 198.6 this morning. That's 31 lb since January. Keep the protein up and let's talk about the nausea on Thursday.\n\nDani"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Drug shortage status notice to clinicians",
        notes="Hard negative: internal notice about FDA shortage list status of semaglutide and tirzepatide; no patient.",
        frm="Clinical Pharmacy <clinpharm@leanpathhealth.com>",
        to="clinicians@leanpathhealth.com",
        subject="Shortage list update - what changes for prescribing",
        body="Clinicians,\n\nFDA has updated the drug shortage list for tirzepatide and semaglutide. Until legal finishes its review, continue current patients on their existing regimens, but do not start new compounded tirzepatide prescriptions after March 31. Branded supply (Zepbound vials, Wegovy pens) is currently adequate at our partner retail pharmacies.\n\nDr. Ines Calloway, PharmD",
    ),
    Spec(
        phi=True,
        category="Prescription transmission to compounding pharmacy",
        notes="New prescription with patient name, DOB, address and compounded tirzepatide sent to the pharmacy.",
        frm="LeanPath Prescriptions <erx@leanpathhealth.com>",
        to="rx-intake@bellwetherrx.com",
        subject="New Rx LP-RX-220914",
        body="Patient: Corinne Albescu\nDOB: 06/14/1984\nShip to: 1190 Hollins Ct, Boise ID 83706\nPhone: 555-0172\nAllergies: sulfa\n\nRx: Tirzepatide 10 mg/mL compounded injection with niacinamide, 2.5 mg SC weekly x4 weeks, qty 1 mL vial, refills 0\nDx: E66.9, Z68.32\n\nPrescriber: Sofia Merrick, NP-C, NPI 1819323779, ID license NP-4421",
    ),
    Spec(
        phi=False,
        category="Eligibility questionnaire FHIR template",
        notes="Hard negative: FHIR Questionnaire template with medical questions but no patient or answers, sent to the app vendor.",
        frm="Product <product@leanpathhealth.com>",
        to="dev@fennelappstudio.com",
        subject="Intake v7 questionnaire JSON",
        body="Here's the v7 intake as FHIR Questionnaire. Questions 1-3 are hard stops; please wire them to the ineligible screen. No real responses in here.\n\nAmir",
        atts=(Att("intake_v7_questionnaire.json", "application/fhir+json", FHIR_Q),),
    ),
    Spec(
        phi=True,
        category="Subject-only prior auth denial to patient",
        notes="Hard positive: the PHI is mainly in the subject (Wegovy prior authorization denied) sent to the patient's own mailbox.",
        frm="LeanPath Insurance Team <insurance@leanpathhealth.com>",
        to="r.achterberg@outlook.com",
        subject="Your Wegovy prior authorization was denied",
        body="Hi Ruud,\n\nLog in to the app to see the letter and your options. We can appeal or switch you to our cash-pay plan.\n\nLeanPath Insurance Team",
    ),
    Spec(
        phi=False,
        category="Aggregate KPI workbook to investors",
        notes="Hard negative: multi-sheet investor workbook with enrolment by state and mean weight loss; aggregate only.",
        frm="Finance <finance@leanpathhealth.com>",
        to="updates@northfieldventures.com",
        subject="LeanPath February metrics",
        body="Hi all,\n\nFebruary metrics attached. Active members up 9% month on month; average 12-week weight loss steady at 8.4%.\n\nNoor Hadley, CFO",
        atts=(
            Att(
                "leanpath_feb2026_metrics.xlsx",
                XLSX,
                xlsx(
                    {
                        "Members": [
                            ["State", "Active", "New"],
                            ["ID", 4120, 512],
                            ["OR", 6877, 733],
                            ["WA", 9302, 1001],
                        ],
                        "Outcomes": [
                            ["Cohort", "n", "Mean TBWL 12wk"],
                            ["Semaglutide", 11209, "7.9%"],
                            ["Tirzepatide", 6890, "9.6%"],
                        ],
                        "Churn": [
                            ["Month", "Cancel rate"],
                            ["Dec", "6.2%"],
                            ["Jan", "7.1%"],
                            ["Feb", "5.8%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Side-effect triage escalation",
        notes="Urgent message to patient's mailbox about possible pancreatitis while on semaglutide, with name and symptoms.",
        frm="Dr. Wendell Osterhout <wosterhout@leanpathhealth.com>",
        to="pam.greenleaf@yahoo.com",
        subject="Please go to urgent care today",
        body="Pamela,\n\nI read your message about the severe upper belly pain going to your back and vomiting since last night. With your semaglutide at 1.7 mg, this could be pancreatitis. Please stop the medication and go to an emergency department or urgent care today for a lipase test. Call 911 if the pain gets worse.\n\nDr. Wendell Osterhout"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Clinician job posting multi-state licensure",
        notes="Hard negative: NP job post describing obesity medicine duties and GLP-1 prescribing; no patient.",
        frm="Talent <talent@leanpathhealth.com>",
        to="jobs@npcareerboard.com",
        subject="Job post: Telehealth NP, Obesity Medicine (remote)",
        body="Remote nurse practitioner, obesity medicine. Conduct asynchronous and video visits, prescribe and titrate GLP-1 medications, manage side effects such as nausea and constipation, order metabolic labs. Requirements: licences in 3+ of ID/OR/WA/MT, DEA registration, 2 years primary care. $62/hr + bonus.",
    ),
    Spec(
        phi=True,
        category="Condition-segmented marketing list to email vendor",
        notes="Hard positive: marketing audience CSV of member emails segmented as 'prediabetes' and 'PCOS' sent to an email marketing vendor.",
        frm="Growth Marketing <growth@leanpathhealth.com>",
        to="imports@sendwaveemail.com",
        subject="Audience import for the spring campaign",
        body="Hi Sendwave team,\n\nPlease load the attached audience into segments A (prediabetes) and B (PCOS) for the March 24 send.\n\nThanks,\nTess",
        atts=(
            Att(
                "spring_audience.csv",
                "text/csv",
                "email,first_name,segment\nkarla.menendez@gmail.com,Karla,prediabetes\nbcho77@yahoo.com,Ben,prediabetes\nlauren.stiles@outlook.com,Lauren,PCOS\nmaya.quist@icloud.com,Maya,PCOS\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="General marketing newsletter HTML",
        notes="HTML-only generic promo to the whole subscriber list; no segmentation or condition of a recipient.",
        frm="LeanPath <hello@leanpathhealth.com>",
        to="subscribers@news.leanpathhealth.com",
        subject="Spring reset: 5 high-protein breakfasts",
        body="",
        html="<html><body><h2>Spring reset</h2><ol><li>Greek yogurt parfait</li><li>Egg-white veggie scramble</li><li>Cottage cheese toast</li><li>Protein oats</li><li>Smoked salmon wrap</li></ol><p>Want medical support? Visit leanpathhealth.com.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Lipid HL7 result copy to patient's PCP",
        notes="HL7 ORU with patient name, address, DOB and high lipids sent to the patient's primary care inbox.",
        frm="LeanPath Records <records@leanpathhealth.com>",
        to="inbox@riverstoneprimary.com",
        subject="Lab copy - per patient request",
        body="Dr. Ferris,\n\nYour patient asked us to share his baseline labs. HL7 attached.\n\nLeanPath Records",
        atts=(Att("LP20260317-77.hl7", "application/hl7-v2", HL7_LIPID),),
    ),
    Spec(
        phi=False,
        category="Pen test findings with synthetic accounts",
        notes="Hard negative: security vendor follow-up mentioning synthetic QA patient accounts created for the test; no real people.",
        frm="Security <security@leanpathhealth.com>",
        to="engagements@ironlatchsecurity.com",
        subject="Re: retest scope",
        body="Hi Priya,\n\nFor the retest, use the same synthetic accounts: qa.patient01 through qa.patient05 (all fake names, e.g. 'Testy McTestface', DOB 01/01/2000, BMI fields random). Production is out of scope. The IDOR on /api/v2/checkins should be fixed in build 4.18.\n\nGreg Tamsin, Security",
    ),
    Spec(
        phi=True,
        category="Encrypted zip of patient roster to auditor",
        notes="Password-protected zip of a patient roster (names, DOBs, medications) sent to the external auditor; content is PHI regardless of encryption.",
        frm="Compliance <compliance@leanpathhealth.com>",
        to="fieldwork@harrowauditpartners.com",
        subject="Sample selection - item 14",
        body="Attached is the sample for item 14 (25 members). Password follows by text to your phone.\n\nLeanPath Compliance",
        atts=(
            Att(
                "item14_sample.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "item14_sample.csv": "member_id,name,dob,medication,start_date\nLP-00391204,Evan Roswell,1979-02-28,semaglutide 1 mg,2025-09-10\nLP-00402287,Hana Sato,1991-11-05,tirzepatide 7.5 mg,2025-10-02\n",
                    },
                    "Item14!Harrow",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Cold-chain shipping carrier rate negotiation",
        notes="Vendor mail about cold-chain shipping rates and volumes; no patient.",
        frm="Operations <ops@leanpathhealth.com>",
        to="accounts@frostlinelogistics.com",
        subject="Q2 cold-pack pricing",
        body="Hi Mateo,\n\nWe're forecasting ~14,000 overnight cold-pack shipments in Q2 across ID, OR and WA. Can you match $18.40 per parcel with the 48-hour gel packs? Need a reply by the 27th.\n\nOps",
    ),
    Spec(
        phi=True,
        category="Husband asking about wife's shipment",
        notes="Hard positive: reply to husband's mailbox confirming his wife Rosa's weight-loss injection shipment and dose.",
        frm="LeanPath Support <support@leanpathhealth.com>",
        to="hector.villafane@gmail.com",
        subject="Re: where is my wife's order",
        body="Hi Hector,\n\nRosa's refill (tirzepatide 5 mg vial) left the pharmacy yesterday and is due Thursday by 8 PM; it's on ice so it can sit on the porch until evening. Because she listed you on her account we can share shipping info, but dose questions need to come from her.\n\nLeanPath Support"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Clinician webinar invite on titration",
        notes="Internal CME webinar calendar invite on GLP-1 titration; no patient.",
        frm="Medical Education <meded@leanpathhealth.com>",
        to="clinicians@leanpathhealth.com",
        subject="CME: managing GI side effects during GLP-1 titration",
        body="Please join Dr. Osterhout for a 45-minute session with case discussions (de-identified).",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LeanPath//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cme-0325@leanpathhealth.com\r\nDTSTART:20260325T170000Z\r\nDTEND:20260325T174500Z\r\nSUMMARY:CME - GI side effects during GLP-1 titration\r\nLOCATION:Zoom\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Eligibility 270 inquiry to clearinghouse",
        notes="Hard positive: member name, member ID and DOB appear only inside the X12 270 file; body is 'Batch 4412 attached.'",
        frm="LeanPath Insurance Team <insurance@leanpathhealth.com>",
        to="edi@availityxchange.com",
        subject="270 batch 4412",
        body="Batch 4412 attached.",
        atts=(Att("LP4412_270.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=False,
        category="Clinician state licence roster",
        notes="Hard negative: roster of clinicians with NPIs and state licences sent to a licensure service; provider identifiers only.",
        frm="Credentialing <credentialing@leanpathhealth.com>",
        to="team@licensewise.io",
        subject="Renewals due by June",
        body="Renewals we need you to file:\n\nSofia Merrick, NP-C - NPI: 1819323779 - OR NP 4421 (exp 06/30)\nWendell Osterhout, MD - NPI: 1206831699 - WA MD 88120 (exp 05/31), DEA BK9926241\nJae-won Park, PA-C - NPI: 1882041704 - ID PA 3318 (exp 06/15)\n\nThanks!",
    ),
    Spec(
        phi=True,
        category="Payment dispute to processor revealing program",
        notes="Hard positive: chargeback response naming the cardholder-patient and describing her GLP-1 weight-loss program visits and shipped medication.",
        frm="Billing <billing@leanpathhealth.com>",
        to="disputes@payquaysolutions.com",
        subject="Dispute DSP-5519027 rebuttal",
        body="Re: dispute DSP-5519027, cardholder Natalie Furness, $349.00 on 02/02/2026.\n\nThe charge is for month 3 of her LeanPath medical weight-loss membership: video visit with her clinician on 01/29 and shipment of compounded semaglutide 1 mg (delivered 02/04, signed). Visit notes and delivery proof attached on request.\n\nLeanPath Billing",
    ),
    Spec(
        phi=False,
        category="App release notes",
        notes="Product release notes describing new weight-tracking features; no user data.",
        frm="Product <product@leanpathhealth.com>",
        to="allhands@leanpathhealth.com",
        subject="App 4.18 is live",
        body="4.18 shipped to the stores this morning:\n- smart scale sync for Withings and Renpho\n- injection-site rotation reminder\n- side-effect log now exports to PDF\n- fixed: check-in streak reset at midnight UTC\n\nAmir",
    ),
    Spec(
        phi=True,
        category="Employer wellness report with named employees",
        notes="Hard positive: employer report whose workbook names enrolled employees with weights and GLP-1 drugs; body mentions no health detail.",
        frm="Employer Partnerships <employers@leanpathhealth.com>",
        to="benefits@cobaltridgemfg.com",
        subject="Cobalt Ridge pilot - month 3 report",
        body="Hi Denise,\n\nMonth 3 report attached as you requested by employee.\n\nLeanPath Employer Partnerships",
        atts=(
            Att(
                "cobaltridge_month3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Participants": [
                            ["Employee", "Start wt", "Current wt", "Medication"],
                            ["Gary Lindholm", 262, 241, "semaglutide"],
                            ["Tasha Morrow", 208, 194, "tirzepatide"],
                            ["Luis Caballero", 301, 286, "semaglutide"],
                        ],
                        "Summary": [["Metric", "Value"], ["Enrolled", 3], ["Mean loss", "7.3%"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Policy document with example field names",
        notes="Hard negative: data-retention policy docx listing record fields (name, DOB, BMI, prescriptions) as categories; no data.",
        frm="Compliance <compliance@leanpathhealth.com>",
        to="policy-review@leanpathhealth.com",
        subject="Draft: records retention policy v3",
        body="Draft v3 for comment by Friday.",
        atts=(
            Att(
                "records_retention_v3.docx",
                DOCX,
                docx(
                    [
                        "LEANPATH HEALTH - RECORDS RETENTION POLICY v3 (DRAFT)",
                        "Scope: member record fields including name, date of birth, address, weight and BMI history, prescriptions, lab results, and payment records.",
                        "Retention: clinical records 10 years after last visit; minors until age 21 plus 10 years.",
                        "Destruction: cryptographic erasure with certificate from vendor.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical necessity letter PDF",
        notes="Letter of medical necessity naming patient, DOB, BMI, comorbid diabetes and Zepbound request for an insurer appeal.",
        frm="Dr. Wendell Osterhout <wosterhout@leanpathhealth.com>",
        to="appeals@blueharborhealth.com",
        subject="Appeal - member BHH55210934",
        body="Please find the letter of medical necessity for the appeal.",
        atts=(
            Att(
                "LMN_Strand.pdf",
                "application/pdf",
                pdf(
                    [
                        "LEANPATH MEDICAL GROUP - LETTER OF MEDICAL NECESSITY",
                        "Re: Melissa Strand, DOB 02/17/1988, Member ID BHH55210934",
                        "Diagnoses: E66.01 class III obesity (BMI 41.3), E11.65 type 2 diabetes with hyperglycemia",
                        "Request: tirzepatide (Zepbound) 2.5 mg weekly titrating to 10 mg",
                        "Failed: metformin, phentermine, 6-month lifestyle program",
                        "Wendell Osterhout, MD",
                    ],
                    "Letter of medical necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Press release on telehealth expansion",
        notes="Press release announcing service in Montana; no individual.",
        frm="Communications <press@leanpathhealth.com>",
        to="newsdesk@mountainbizjournal.com",
        subject="For release: LeanPath Health launches in Montana",
        body="FOR IMMEDIATE RELEASE\n\nLeanPath Health, a telehealth medical weight-loss provider serving 20,000 members in the Northwest, today launched in Montana. Members meet board-certified clinicians by video and receive lab testing and medication at home.\n\nMedia contact: Ava Lindgren, 555-0155.",
    ),
    Spec(
        phi=True,
        category="ID verification selfie forwarded to fraud vendor",
        notes="Hard positive: patient's face photo and name, plus enrolment in the weight-loss medication program, sent to the fraud-review vendor.",
        frm="Trust & Safety <trust@leanpathhealth.com>",
        to="review@veriface-id.com",
        subject="Manual review request TS-33190",
        body="Please review: member Kelsey Urquhart (member LP-00455213) signed up for our GLP-1 program with a BMI that doesn't match her selfie. Selfie and ID front attached.\n\nT&S",
        atts=(Att("TS-33190_Urquhart_selfie.png", "image/png", png(10, 12, (225, 190, 170))),),
    ),
    Spec(
        phi=False,
        category="BAA renewal with pharmacy partner",
        notes="Contract mail about renewing the business associate agreement; no patient.",
        frm="Legal <legal@leanpathhealth.com>",
        to="contracts@bellwetherrx.com",
        subject="BAA renewal - redline",
        body="Hi Corey,\n\nOur redline of the BAA renewal is in the portal. Main changes: breach notice down to 5 business days, subcontractor flow-down, and return/destruction at termination within 30 days.\n\nJoanna Reyes, Counsel",
    ),
    Spec(
        phi=True,
        category="Forwarded patient message to pharmacy about vial",
        notes="Forward to the pharmacy of a patient's complaint naming her, her dose and a cloudy vial.",
        frm="LeanPath Support <support@leanpathhealth.com>",
        to="qa@bellwetherrx.com",
        subject="FW: cloudy vial",
        body="Bellwether QA - member report below, photo was not attached. Lot on her label is BW-2603-114. Can you arrange a replacement?\n\nSupport",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="Aisha Rahimi <aisha.rahimi@gmail.com>",
            to="support@leanpathhealth.com",
            subject="cloudy vial",
            body="Hello, my semaglutide 0.5 mg vial arrived cloudy with little particles. I did not inject it. I'm due for my dose Sunday.\n\nAisha Rahimi",
        ),
    ),
    Spec(
        phi=False,
        category="Customer survey aggregate results",
        notes="NPS survey summary in aggregate with anonymous themes.",
        frm="Insights <insights@leanpathhealth.com>",
        to="leadership@leanpathhealth.com",
        subject="Q1 NPS: 58 (+4)",
        body="Q1 NPS came in at 58 (n=3,104). Top promoter theme: clinician responsiveness. Top detractor themes: shipping delays (22%) and price (19%). Verbatims anonymised in the deck.",
    ),
    Spec(
        phi=True,
        category="Lab order PDF to patient",
        notes="Lab requisition PDF to patient's personal mailbox naming him with HbA1c, TSH and lipid tests ordered for the program.",
        frm="LeanPath Care Team <care@leanpathhealth.com>",
        to="d.okafor.runs@gmail.com",
        subject="Your lab order",
        body="Hi David,\n\nAttached is your lab order. Take it to any Cascade Reference Lab location; fasting 10 hours.\n\nLeanPath Care Team",
        atts=(
            Att(
                "lab_order.pdf",
                "application/pdf",
                pdf(
                    [
                        "LEANPATH MEDICAL GROUP - LABORATORY REQUISITION",
                        "Patient: David Okafor   DOB 11/23/1977",
                        "Tests: Hemoglobin A1c, TSH, Lipid panel, CMP",
                        "Dx: E66.9 obesity, R73.03 prediabetes",
                    ],
                    "Lab order",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Support macro library export",
        notes="Hard negative: export of customer-support reply templates with placeholders like {first_name} and {medication}; no real member.",
        frm="Support Ops <supportops@leanpathhealth.com>",
        to="onboarding@zenithcxoutsourcing.com",
        subject="Macro library for your new agents",
        body="As discussed, our support macros are attached for agent training. Placeholders in braces are filled by the system.\n\nKarin",
        atts=(
            Att(
                "macros.txt",
                "text/plain",
                "MACRO 12 - Shipping delay\nHi {first_name}, your {medication} {dose} shipment is delayed by the carrier. It will arrive by {eta}.\n\nMACRO 19 - Dose question\nHi {first_name}, dose questions go to your clinician. Tap Messages > Care Team.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient panel workbook to contracted physician",
        notes="Multi-sheet panel review workbook with member names, IDs, weights and side effects sent to a contracted supervising physician.",
        frm="Clinical Ops <clinops@leanpathhealth.com>",
        to="dr.hallgrimsson@northstarphysiciangroup.com",
        subject="Chart review sample - March",
        body="Dr. Hallgrimsson, your March supervision sample is attached (tab per NP).\n\nClinical Ops",
        atts=(
            Att(
                "march_chart_review.xlsx",
                XLSX,
                xlsx(
                    {
                        "Merrick": [
                            ["Member", "ID", "Drug/dose", "Wt change", "AE"],
                            ["Owen Fairbairn", "LP-00388120", "sema 1.0", -9.2, "constipation"],
                            ["Lucia Benn", "LP-00399174", "tirz 5", -12.1, "none"],
                        ],
                        "Park": [
                            ["Member", "ID", "Drug/dose", "Wt change", "AE"],
                            ["Ray Castellano", "LP-00410093", "sema 0.5", -4.0, "nausea"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HR benefits open enrolment",
        notes="Staff notice on benefits enrolment including an employee wellness stipend; no individual health info.",
        frm="People Team <people@leanpathhealth.com>",
        to="allhands@leanpathhealth.com",
        subject="Benefits open enrolment closes March 27",
        body="Reminder: choose medical, dental and vision by March 27. New this year: $50/month wellness stipend and free LeanPath membership for employees and spouses (your enrolment is never visible to your manager).\n\nPeople Team",
    ),
    Spec(
        phi=True,
        category="Refund confirmation revealing weight-loss program",
        notes="Hard positive: refund receipt to patient naming her and the cancelled medical weight-loss membership and unshipped medication (payment for care).",
        frm="LeanPath Billing <billing@leanpathhealth.com>",
        to="sandra.bekele@aol.com",
        subject="Refund processed - order LP-O-771204",
        body="Hi Sandra Bekele,\n\nWe refunded $299.00 for your April Medical Weight Loss membership and the tirzepatide 7.5 mg shipment that was cancelled before dispatch. It should reach your card in 5-10 days.\n\nLeanPath Billing",
    ),
    Spec(
        phi=False,
        category="Data warehouse vendor schema zip",
        notes="Hard negative: zip of table schemas (column names like dob, bmi, diagnosis_code) with no rows, sent to analytics contractor.",
        frm="Data Engineering <data@leanpathhealth.com>",
        to="team@quarrydataworks.com",
        subject="Schemas for the warehouse migration",
        body="Schemas only, no data. Sample rows will be synthetic once the BAA is signed.\n\nPaulo",
        atts=(
            Att(
                "schemas.zip",
                "application/zip",
                zipped(
                    {
                        "members.sql": "CREATE TABLE members (member_id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, dob DATE, state CHAR(2));\n",
                        "vitals.sql": "CREATE TABLE vitals (member_id TEXT, measured_at TIMESTAMP, weight_lb NUMERIC, bmi NUMERIC);\n",
                        "rx.sql": "CREATE TABLE rx (rx_id TEXT, member_id TEXT, drug TEXT, dose_mg NUMERIC, diagnosis_code TEXT);\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Clinician note to patient HTML with dose change",
        notes="HTML-only visit summary to patient's mailbox naming him, dose increase and A1c.",
        frm='"Jae-won Park, PA-C" <jpark@leanpathhealth.com>',
        to="trevor.mulcahy@hotmail.com",
        subject="Visit summary - March 18",
        body="",
        html="<html><body><p>Hi Trevor Mulcahy,</p><p>Thanks for today's video visit. Summary:</p><table border='1'><tr><td>Weight</td><td>247 lb (-18 since Dec)</td></tr><tr><td>A1c</td><td>6.4% (was 7.2%)</td></tr><tr><td>Plan</td><td>Increase semaglutide to 1 mg weekly</td></tr></table><p>Jae-won Park, PA-C</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Forwarded vendor outage notice",
        notes="Forward of a video-platform outage notice to clinicians; no patient.",
        frm="IT <it@leanpathhealth.com>",
        to="clinicians@leanpathhealth.com",
        subject="FW: Incident - video visits degraded",
        body="FYI - use phone visits until resolved.",
        forward=Spec(
            phi=False,
            category="-",
            notes="-",
            frm="Status <status@vistaconnectvideo.com>",
            to="it@leanpathhealth.com",
            subject="Incident - video visits degraded",
            body="We are investigating elevated connection failures in the us-west region since 14:05 UTC. Next update in 30 minutes.",
        ),
    ),
]
