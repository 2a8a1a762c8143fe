"""Northfork Family Nutrition Program (WIC-style nutrition programme) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nNorthfork Family Nutrition Program\n600 Mill St, Northfork | 555-0160 | Mon-Fri 8-5"
USDA = "\n\nThis institution is an equal opportunity provider."

X12_270 = (
    "ISA*00*          *00*          *ZZ*NORTHFORKNFP   *ZZ*MAINECAREEDI   *260316*0915*^*00501*000093270*0*P*:~"
    "GS*HS*NORTHFORKNFP*MAINECAREEDI*20260316*0915*93270*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*NFN93270*20260316*0915~"
    "HL*1**20*1~NM1*PR*2*MAINECARE*****PI*MECARE~"
    "HL*2*1*21*1~NM1*1P*2*NORTHFORK FAMILY NUTRITION*****XX*1414550511~"
    "HL*3*2*22*0~NM1*IL*1*BASSETT*KENDRA****MI*MC5520913~DMG*D8*19990723*F~"
    "EQ*30~SE*10*0001~GE*1*93270~IEA*1*000093270~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*PINECRESTHP    *ZZ*NORTHFORKNFP   *260317*1130*^*00501*000093835*0*P*:~"
    "GS*HP*PINECRESTHP*NORTHFORKNFP*20260317*1130*93835*X*005010X221A1~"
    "ST*835*0001~BPR*I*96.00*C*ACH*CCP*01*011000015*DA*4471002*1122334455*20260317~"
    "TRN*1*EFT93835*1122334455~N1*PR*PINECREST HEALTH PLAN~N1*PE*NORTHFORK FAMILY NUTRITION*XX*1414550511~"
    "CLP*NFN-3107*1*120*96*24*12*26031700417*11~NM1*QC*1*VANTERPOOL*ESME****MI*PCH-8810274-03~"
    "SVC*HC:97802*120*96**2~CAS*PR*2*24~"
    "SE*9*0001~GE*1*93835~IEA*1*000093835~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Anemia referral from nutrition program to pediatrician",
        notes="Referral names child, DOB and low hemoglobin found at certification, to child's doctor.",
        frm='"Marisa Dunleavy, RD" <mdunleavy@northforknutrition.org>',
        to="frontdesk@northforkfamilymedicine.com",
        subject="Referral: low hemoglobin at certification",
        body="Dear Dr. Pham,\n\nAt today's recertification, Elijah Stroud (DOB 09/14/2023) had a fingerstick hemoglobin of 9.6 g/dL. We have counselled his mother on iron-rich foods and ask that you evaluate him for iron-deficiency anemia and lead exposure.\n\nMarisa Dunleavy, RD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medical formula prescription follow-up to prescriber",
        notes="Request to prescriber names infant, cow's milk protein allergy and hypoallergenic formula.",
        frm="Formula Desk <formula@northforknutrition.org>",
        to="nurses@harborviewpediatrics.com",
        subject="Medical documentation form - expires 3/31",
        body="Hello,\n\nThe medical documentation for Nutramigen for Aria Castellanos (DOB 11/02/2025, dx cow's milk protein allergy) expires March 31. Please fax an updated form to 555-0161 so her benefits continue in April.\n\nFormula desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for participant",
        notes="Hard positive: bare cover note; the 270 names a participant, her Medicaid ID and DOB for an eligibility check.",
        frm="Eligibility <eligibility@northforknutrition.org>",
        to="edi-helpdesk@mainecareedi.org",
        subject="270 rejected at envelope - production record",
        body="Our vendor changed the ISA qualifier and this live inquiry from this morning's batch was rejected. Can you tell us which segment fails?",
        atts=(Att("NFN_270_0316.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance for medical nutrition therapy",
        notes="Hard positive: 835 remittance names the member, member ID and nutrition therapy claim; body is routine.",
        frm="Program Billing <billing@northforknutrition.org>",
        to="accountant@millstreetbookkeeping.com",
        subject="March ERA for reconciliation",
        body="Attaching the raw 835 for the Pinecrest deposit on 3/17. Please reconcile against the bank statement.",
        atts=(Att("pinecrest_835_0317.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Certification appointment email to participant",
        notes="Email to participant's personal mailbox names her, her pregnancy and gestational diabetes nutrition counselling.",
        frm="Northfork Appointments <appointments@northforknutrition.org>",
        to="kendra.bassett99@gmail.com",
        subject="Your appointment on March 24",
        body="Hi Kendra,\n\nYour prenatal certification is Tuesday March 24 at 1:30. Our dietitian will also go over meal planning for your gestational diabetes. Please bring proof of address and your blood sugar log.\n\nNorthfork Family Nutrition"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Participant list workbook to state agency",
        notes="Hard positive: workbook of participants with IDs, categories and nutrition risk codes (anemia, low birth weight) sent for audit.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="wic-audit@maine-dhhs.gov",
        subject="Sample for management evaluation",
        body="As requested, the 25-record sample is in the attached workbook. Risk code key is on sheet 2.",
        atts=(
            Att(
                "ME_sample_NFN.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sample": [
                            ["Participant ID", "Name", "Category", "Risk codes"],
                            ["NF-220193", "Lucia Varga", "Pregnant", "201, 302"],
                            ["NF-220417", "Mateo Varga", "Child", "201"],
                            ["NF-221088", "Noelani Purdy", "Infant", "141"],
                        ],
                        "Key": [
                            ["Code", "Meaning"],
                            [201, "Low hemoglobin"],
                            [302, "Gestational diabetes"],
                            [141, "Low birth weight"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Breastfeeding peer counselor note to lactation service",
        notes="Peer counselor referral names mother, phone and painful latch with bleeding, to IBCLC service.",
        frm="Peer Counselor Program <peers@northforknutrition.org>",
        to="intake@milkweedlactation.com",
        subject="Referral to IBCLC",
        body="Hi Milkweed,\n\nReferring Shauna Whitlock (555-0172), baby 9 days old, bleeding nipples and baby feeding hourly but not gaining. She consents to your call. She is on our program so no charge to her please.\n\nTess, peer counselor"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded application with SSN and pregnancy",
        notes="Hard positive: forward of an applicant's email with SSN and due date to the eligibility inbox of a partner agency.",
        frm="Front Desk <frontdesk@northforknutrition.org>",
        to="intake@northforkhousingalliance.org",
        subject="Fwd: application help",
        body="Forwarding with her permission for your housing-assistance screening. Please delete once entered.",
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm="Dalia Ferrante <daliaf.home@yahoo.com>",
            to="frontdesk@northforknutrition.org",
            subject="application help",
            body="Hi, it's Dalia Ferrante. My SSN is 538-21-7749 and my due date is June 2. The clinic said I have high blood pressure in this pregnancy and I can't work right now. What else do you need?",
        ),
    ),
    Spec(
        phi=True,
        category="Dietitian note about child obesity to school nurse",
        notes="Note to school nurse names child and BMI-for-age >97th percentile with a nutrition plan.",
        frm='"Marisa Dunleavy, RD" <mdunleavy@northforknutrition.org>',
        to="nurse@millbrookelementary.org",
        subject="Nutrition plan for Jayden Kowalczyk (parent consent on file)",
        body="Hi Ms. Grier,\n\nWith his mother's written consent: Jayden Kowalczyk's BMI-for-age is above the 97th percentile and his pediatrician asked us to coordinate. Could the cafeteria offer water and the fruit option at lunch? Plan attached.\n\nMarisa Dunleavy, RD"
        + SIG,
        atts=(
            Att(
                "Kowalczyk_plan.docx",
                DOCX,
                docx(
                    [
                        "Northfork Family Nutrition - Child nutrition plan",
                        "Child: Jayden Kowalczyk, age 4",
                        "BMI-for-age: >97th percentile",
                        "Goals: water instead of juice; 5 fruits/vegetables a day; 60 min active play",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lead screening result follow-up to parent",
        notes="Message to parent's personal mailbox names child and elevated blood lead level.",
        frm="Northfork Nurse <nurse@northforknutrition.org>",
        to="r.osullivan.family@hotmail.com",
        subject="Follow-up on Nora's test",
        body="Hi Rachel,\n\nNora's capillary lead test from last week was 8 micrograms per dL, which is above the reference value. Her doctor will repeat it with a venous draw. Until then, wet-mop floors and windowsills and give her foods high in iron and calcium. We added a lead-safe cooking handout to her benefits folder.\n\nNorthfork nurse"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only nutrition education follow-up to participant",
        notes="HTML-only email names participant and her iron-deficiency anemia in pregnancy.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="yesenia.tolliver@gmail.com",
        subject="Your iron-rich recipes",
        body="",
        html="<html><body><p>Hi Yesenia,</p><p>As promised after your visit: because your hemoglobin was <b>10.1</b> and you're 24 weeks pregnant, here are iron-rich recipes. Keep taking the prenatal vitamin with iron your midwife prescribed.</p><p>Northfork Family Nutrition</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Terse transfer record with risk codes no headers",
        notes="Hard positive: out-of-state transfer row with name, DOB and risk codes but no column headers.",
        frm="Transfers <transfers@northforknutrition.org>",
        to="wic-transfers@nhnutrition.org",
        subject="VOC transfer",
        body="Transfer in progress, data below:\n\nPELLAND, GRACIE | 2024-05-30 | C2 | 201,134 | cert end 2026-05-31\n\nThanks",
    ),
    Spec(
        phi=True,
        category="Referral of Medicare-enrolled pregnant participant with MBI",
        notes="Referral for a pregnant participant with a disability includes her Medicare MBI and diagnoses.",
        frm='"Marisa Dunleavy, RD" <mdunleavy@northforknutrition.org>',
        to="referrals@bayviewwomenshealth.org",
        subject="Referral - high-risk pregnancy nutrition",
        body="Referring Celestine Marr, 33, Medicare MBI 3HW7-K29-RX41 (disability), 16 weeks pregnant with type 1 diabetes and celiac disease. She needs MFM care and we will coordinate gluten-free food package substitutions.\n\nMarisa Dunleavy, RD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Calendar invite for group class naming participant and condition",
        notes="Hard positive: ICS summary reads 'Odalys Reyes - gestational diabetes class', sent to her personal mailbox.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="odalys.reyes@outlook.com",
        subject="Class confirmation",
        body="You're registered! Invite attached.",
        atts=(
            Att(
                "class.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northfork//Classes//EN\r\nBEGIN:VEVENT\r\nUID:nfn-gdm-20260325-reyes@northforknutrition.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260325T150000Z\r\nDTEND:20260325T160000Z\r\nSUMMARY:Odalys Reyes - gestational diabetes class\r\nLOCATION:Northfork, 600 Mill St, Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Failure-to-thrive weight chart CSV to pediatrician",
        notes="CSV of a named infant's weights showing faltering growth sent to pediatric office.",
        frm='"Marisa Dunleavy, RD" <mdunleavy@northforknutrition.org>',
        to="nurses@harborviewpediatrics.com",
        subject="Weights for Baby Lindgren",
        body="Our weights for Soren Lindgren since birth; he has crossed two percentile lines. Mom says his next well visit is in April, which seems too late.",
        atts=(
            Att(
                "lindgren_weights.csv",
                "text/csv",
                "date,weight_kg,percentile\r\n2025-12-01,3.60,45\r\n2026-01-12,4.70,22\r\n2026-03-09,5.30,6\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Benefit card replacement with special formula note",
        notes="Hard positive: card-replacement note to participant's personal mailbox mentions her son's feeding tube formula.",
        frm="Benefits Desk <benefits@northforknutrition.org>",
        to="marguerite.ellory@icloud.com",
        subject="New benefit card",
        body="Hi Marguerite,\n\nYour replacement card is ready at the front desk. Because Julien's Pediasure Peptide for his G-tube is ordered through the pharmacy and not the store, that benefit is not on the card - pick it up at Northfork Pharmacy as usual.\n\nBenefits desk",
    ),
    Spec(
        phi=True,
        category="Zip of scanned certification forms to state",
        notes="Zip of scanned-form text files with participant names, heights/weights and risk assessments sent to state agency.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="wic-audit@maine-dhhs.gov",
        subject="Follow-up documents for evaluation",
        body="The three certification forms you asked for are in the zip.",
        atts=(
            Att(
                "cert_forms.zip",
                "application/zip",
                zipped(
                    {
                        "cert_220193.txt": "Participant: Lucia Varga  Cat: P  Ht 157 cm  Wt 71 kg  Hgb 10.4  Risk: 201 low Hgb\r\n",
                        "cert_221088.txt": "Participant: Noelani Purdy  Cat: I  Birth wt 2.21 kg  Risk: 141 LBW\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Text note about eating disorder history to dietitian colleague",
        notes="Hard positive: short note to an outside dietitian with first name, last initial and eating disorder history in pregnancy.",
        frm='"Marisa Dunleavy, RD" <mdunleavy@northforknutrition.org>',
        to="lfeather.rd@gmail.com",
        subject="handing off",
        body="Lena - taking over Bree T. (Thursday 2pm, 20 wk). Hx anorexia in recovery, avoid weight talk, weigh blind. Her ED therapist is at Seaglass. Thx!",
    ),
    Spec(
        phi=True,
        category="No-show follow-up text file with participant contacts",
        notes="Text attachment lists participants with phones and care reasons (hemoglobin recheck, medical formula form, GDM class) for a call-back vendor.",
        frm="Northfork Appointments <appointments@northforknutrition.org>",
        to="campaigns@callbridgereminders.com",
        subject="No-show list for robocall",
        body="List for Thursday's reminder calls attached.",
        atts=(
            Att(
                "noshow_0319.txt",
                "text/plain",
                "Kiana Roux 555-0173 postpartum cert, hgb recheck\r\nBethany Hale 555-0174 infant 2 mo, formula medical form\r\nSunita Rao 555-0175 pregnant, GDM class\r\n",
            ),
        ),
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="Income eligibility guideline table",
        notes="Hard negative: income eligibility table by household size; no individual.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="partners@northforkcommunityaction.org",
        subject="New income guidelines effective July 1",
        body="Updated income guidelines attached for your intake staff.",
        atts=(
            Att(
                "income_guidelines.xlsx",
                XLSX,
                xlsx(
                    {
                        "Annual": [
                            ["Household size", "Max annual income"],
                            [1, 29101],
                            [2, 39442],
                            [3, 49784],
                        ],
                        "Monthly": [
                            ["Household size", "Max monthly"],
                            [1, 2426],
                            [2, 3287],
                            [3, 4149],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate caseload and anemia prevalence report",
        notes="Hard negative: aggregate counts of participants and anemia prevalence by category.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="board@northforknutrition.org",
        subject="February caseload report",
        body="Caseload 3,412 (97% of assigned). Anemia prevalence: children 11.2%, pregnant 14.8%, postpartum 18.1%. Breastfeeding initiation 79%.",
        atts=(
            Att(
                "caseload_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Caseload": [
                            ["Category", "Count"],
                            ["Pregnant", 402],
                            ["Infants", 1011],
                            ["Children", 1999],
                        ],
                        "Anemia": [
                            ["Category", "Prevalence %"],
                            ["Children", 11.2],
                            ["Pregnant", 14.8],
                            ["Postpartum", 18.1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Approved food list update for grocers",
        notes="Vendor notice about approved foods; no participants.",
        frm="Vendor Management <vendors@northforknutrition.org>",
        to="store-managers@harborfoodsmarket.com",
        subject="Approved product list changes April 1",
        body="Adding: two whole-grain tortilla brands and canned salmon. Removing: discontinued 64 oz juice UPC 0-41250-88221-3.",
        atts=(
            Att(
                "APL_changes_April.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHFORK FAMILY NUTRITION PROGRAM",
                        "Approved product list changes effective April 1, 2026",
                        "ADD: whole-grain tortillas (2 brands), canned salmon",
                        "REMOVE: 64 oz juice UPC 0-41250-88221-3",
                    ],
                    "APL changes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Infant formula recall notice with lot numbers",
        notes="Hard negative: formula recall with lot codes and a health warning; no participant named.",
        frm="Formula Desk <formula@northforknutrition.org>",
        to="allstaff@northforknutrition.org",
        subject="URGENT: formula recall lots 4422A-4430A",
        body="Manufacturer recall of powdered formula lots 4422A through 4430A for possible Cronobacter contamination. Pull from clinic shelves and tell families to check cans. Watch infants for fever, poor feeding or lethargy and refer to their doctor.",
        html_only=True,
        html="<html><body><h2 style='color:red'>Formula recall</h2><p>Lots <b>4422A-4430A</b> (possible Cronobacter). Pull from shelves; tell families to check cans.</p><p>Signs to watch in infants: fever, poor feeding, lethargy.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Store compliance buy results with vendor IDs",
        notes="Hard negative: compliance investigation about a grocery vendor with vendor IDs shaped like participant numbers; no participant.",
        frm="Vendor Management <vendors@northforknutrition.org>",
        to="compliance@maine-dhhs.gov",
        subject="Compliance buy results - vendor V-20417",
        body="Two compliance buys at vendor V-20417 (Corner Mart, Northfork) on 3/10 and 3/12: store charged above shelf price for infant cereal both times. Recommend a warning letter. Investigator: J. Albee.",
    ),
    Spec(
        phi=False,
        category="Staff training example with dummy participant",
        notes="Hard negative: training slide text using an obviously fictional sample participant 'Sample, Pat' to teach risk coding.",
        frm="Training Coordinator <training@northforknutrition.org>",
        to="newstaff@northforknutrition.org",
        subject="Risk code practice (fictional cases)",
        body="Practice before Friday. All cases are FICTIONAL.\n\nCase 1: 'Sample, Pat', pregnant, Hgb 10.2 at 22 weeks -> which risk code?\nCase 2: 'Example, Kid', 3 years, BMI-for-age 96th percentile -> which code?\n\nAnswers next week.",
        atts=(
            Att(
                "risk_practice.docx",
                DOCX,
                docx(
                    [
                        "Risk coding practice - fictional cases only",
                        "Case 1: Sample, Pat - pregnant, Hgb 10.2",
                        "Case 2: Example, Kid - age 3, BMI 96th pct",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Farmers market coupon program announcement",
        notes="Program announcement about farmers market coupons, no individual.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="participants-announce@lists.northforknutrition.org",
        subject="Farmers market coupons start June 6",
        body="Each eligible family gets $30 in coupons for fresh fruits and vegetables at 4 local markets. Pick up at any appointment from June 1."
        + USDA,
    ),
    Spec(
        phi=False,
        category="Reply to donor about storm closure",
        notes="Reply to a member of the public offering donated car seats about a storm closure; no health information.",
        frm="Front Desk <frontdesk@northforknutrition.org>",
        to="lmcgarrity22@gmail.com",
        subject="Re: dropping off donated car seats",
        body="Hi! Thank you for thinking of us. We're closed today because of the storm; you can drop the car seats at the side door on Thursday between 9 and 3 (they must be unexpired)."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Dietitian job posting",
        notes="Hard negative: job ad mentioning anemia, gestational diabetes counselling duties; no participant.",
        frm="Human Resources <hr@northforknutrition.org>",
        to="jobs@eatrightmaine.org",
        subject="Now hiring: Registered Dietitian (1.0 FTE)",
        body="Northfork Family Nutrition Program seeks an RD to provide high-risk counselling (anemia, gestational diabetes, failure to thrive, food allergies) and supervise peer counselors. Salary $64-72k."
        + USDA,
    ),
    Spec(
        phi=False,
        category="Federal reimbursement form with agency EIN",
        notes="Hard negative: financial claim to state with agency tax ID and grant numbers; no people.",
        frm="Program Billing <billing@northforknutrition.org>",
        to="grants-finance@maine-dhhs.gov",
        subject="NSA expenditure report February",
        body="February NSA expenditures: $118,402.16. Agency EIN 01-0934471, grant 2026-WIC-NF-07. Breastfeeding peer counselling share: $14,220.00.",
    ),
    Spec(
        phi=False,
        category="Health fair invite with no participant info",
        notes="Community event invite with calendar file; no individual.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="events@northforklibrary.org",
        subject="Table at the Spring Family Health Fair",
        body="We'd love a table again this year. Invite attached for the setup time.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northfork//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:nfn-fair-20260425@northforknutrition.org\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260425T130000Z\r\nDTEND:20260425T180000Z\r\nSUMMARY:Spring Family Health Fair - Northfork table\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Peer counselor staff schedule",
        notes="Staff schedule CSV; names of workforce only.",
        frm="Peer Counselor Program <peers@northforknutrition.org>",
        to="peers-team@northforknutrition.org",
        subject="April coverage",
        body="April coverage attached; swap shifts by the 25th.",
        atts=(
            Att(
                "april_coverage.csv",
                "text/csv",
                "date,counselor,site\r\n2026-04-01,Tess Marlow,Mill St\r\n2026-04-02,Ana Duarte,Eastport\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Privacy policy draft with example data fields",
        notes="Hard negative: confidentiality policy draft naming field types (participant ID, DOB, hemoglobin) as examples without values.",
        frm="Privacy Officer <privacy@northforknutrition.org>",
        to="counsel@harborlegalassoc.com",
        subject="Draft participant confidentiality policy v4",
        body="Please review section 3 of the attached. It lists what counts as confidential participant information: name, participant ID, date of birth, address, hemoglobin, height/weight and nutrition risk codes.",
        atts=(
            Att(
                "confidentiality_policy_v4.docx",
                DOCX,
                docx(
                    [
                        "Participant confidentiality policy v4 (draft)",
                        "3. Confidential information includes participant name, participant ID, date of birth, address, hemoglobin, anthropometrics and nutrition risk codes.",
                        "4. Disclosure only with written consent or as permitted by 7 CFR 246.26.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor training quiz results aggregate",
        notes="Aggregate vendor training completion statistics, no participant.",
        frm="Vendor Management <vendors@northforknutrition.org>",
        to="regional-vendors@lists.northforknutrition.org",
        subject="Annual cashier training - 87% complete",
        body="27 of 31 authorized stores have completed cashier training. Remaining stores must finish by April 15 or face a sanction point.",
    ),
    Spec(
        phi=False,
        category="Newsletter HTML on picky eating",
        notes="Hard negative: HTML newsletter about toddler picky eating and iron deficiency in general; no individual.",
        frm="Northfork Education <education@northforknutrition.org>",
        to="participants-announce@lists.northforknutrition.org",
        subject="Tips for picky eaters",
        body="",
        html="<html><body><h2>Picky eaters</h2><p>Toddlers may need to try a new food 10-15 times. Offer iron-rich foods like beans and fortified cereal - iron deficiency is common at this age.</p><p>Northfork Family Nutrition</p><p><small>This institution is an equal opportunity provider.</small></p></body></html>",
    ),
    Spec(
        phi=False,
        category="IT notice about clinic tablets with device serials",
        notes="IT asset notice with device serial numbers of staff tablets; no participants.",
        frm="IT <it@northforknutrition.org>",
        to="allstaff@northforknutrition.org",
        subject="Tablet swap - return these serials",
        body="Please return tablets with serials NFT-2291, NFT-2294 and NFT-2307 to IT by Friday for the OS upgrade.",
        atts=(
            Att(
                "tablet_list.txt",
                "text/plain",
                "NFT-2291 Mill St front desk\r\nNFT-2294 Eastport\r\nNFT-2307 mobile unit\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant proposal summary on breastfeeding support outcomes",
        notes="Hard negative: grant proposal narrative with program-level outcomes and no individuals.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="programs@coastalhealthfoundation.org",
        subject="LOI: expanding peer counselling to Eastport",
        body="Our peer counselling programme raised breastfeeding duration to 6 months from 31% to 44% of enrolled mothers over three years. We request $48,000 to add two counselors in Eastport, where initiation lags at 64%.",
        atts=(
            Att(
                "LOI_budget.zip",
                "application/zip",
                zipped(
                    {
                        "budget.csv": "line,amount\r\nPeer counselors (2 x 0.5 FTE),38000\r\nTraining,4000\r\nPumps,6000\r\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dental partner MOU for fluoride varnish days",
        notes="Partnership agreement logistics with a dental clinic; no participants.",
        frm="Program Manager <manager@northforknutrition.org>",
        to="director@millriverdental.org",
        subject="MOU signed - fluoride varnish days",
        body="Thanks, Dr. Aube. Signed MOU attached in spirit (paper copy coming by mail). Your hygienists are welcome on the second Tuesday of each month in Room B; families sign your consent forms on site, we do not share our lists."
        + SIG,
    ),
]
