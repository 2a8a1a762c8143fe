"""Greenleaf Renal Nutrition (dietitian practice): outbound mail (39)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import GRN, Att, Spec

RD = f'"Camille Dufresne, RDN, CSR" <camille@{GRN}>'
RD2 = f'"Theo Marchetti, MS, RDN" <theo@{GRN}>'
SIG = "\n\nCamille Dufresne, RDN, CSR, LD\nGreenleaf Renal Nutrition\n1450 Fairway Dr, Suite 210 | 608-555-0188"
SIG2 = "\n\n~ Theo\nTheo Marchetti, MS, RDN | Greenleaf Renal Nutrition"

_hl7_oru = (
    "MSH|^~\\&|GRN_EHR|GREENLEAF|CAPNEPH|CN|202603181030||ORU^R01|GRN0318103|P|2.5.1\r"
    "PID|1||GRN-4471^^^GRN^MR||VASQUEZ^ESTEBAN||19580130|M\r"
    "OBR|1|||NUTR^Nutrition assessment\r"
    "OBX|1|NM|2777-1^Phosphorus^LN||7.4|mg/dL|2.5-4.5|H\r"
    "OBX|2|NM|1751-7^Albumin^LN||3.1|g/dL|3.5-5.0|L\r"
    "OBX|3|TX|NOTE^Dietitian note||Binder adherence poor; 2 g Na, 1000 mL fluid restriction reinforced\r"
)

_fhir_no = json.dumps(
    {
        "resourceType": "NutritionOrder",
        "status": "active",
        "intent": "order",
        "patient": {"reference": "Patient/grn-5120", "display": "Bernadette Oyelaran"},
        "dateTime": "2026-03-17",
        "oralDiet": {
            "type": [
                {
                    "text": "Renal diet: 2 g sodium, 2 g potassium, 800 mg phosphorus, 1.2 g/kg protein"
                }
            ],
            "fluidConsistencyType": [{"text": "Fluid restriction 1 L/day"}],
        },
        "supplement": [
            {
                "productName": "Nepro with Carb Steady",
                "instruction": "1 bottle daily after dialysis",
            }
        ],
    },
    indent=1,
)

_x12_835 = (
    "ISA*00*          *00*          *ZZ*BADGERHP       *ZZ*GREENLEAFRN    *260316*0610*^*00501*000000217*0*P*:~"
    "GS*HP*BADGERHP*GREENLEAFRN*20260316*0610*217*X*005010X221A1~ST*835*0001~BPR*I*412.00*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20260316~"
    "TRN*1*EFT88213*1512345678~N1*PR*BADGER HEALTH PLAN~N1*PE*GREENLEAF RENAL NUTRITION*XX*1936179500~"
    "CLP*GRN2602-118*1*206.00*206.00**12*BHP26A55812~NM1*QC*1*OYELARAN*BERNADETTE****MI*BHP6608143~SVC*HC:97802*206.00*206.00**4~DTM*472*20260224~"
    "CLP*GRN2602-131*1*206.00*206.00**12*BHP26A55830~NM1*QC*1*VASQUEZ*ESTEBAN****MI*BHP4470921~SVC*HC:97803*206.00*206.00**4~DTM*472*20260226~"
    "SE*14*0001~GE*1*217~IEA*1*000000217~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="HL7 nutrition assessment result to nephrology",
        notes="HL7 ORU with patient name, MRN, phosphorus/albumin results and dietitian note.",
        frm=f"Greenleaf EHR <interfaces@{GRN}>",
        to="hl7@capitolnephrology.com",
        subject="ORU 0318",
        body="Automated result message.",
        atts=(Att("oru_0318.hl7", "application/hl7-v2", _hl7_oru),),
    ),
    Spec(
        phi=False,
        category="low potassium recipe newsletter",
        notes="Hard negative: HTML-only recipe newsletter listing potassium and phosphorus per serving; no individual.",
        frm=f"Greenleaf Kitchen <kitchen@{GRN}>",
        to="newsletter-list@greenleafrenalnutrition.com",
        subject="Spring recipes: leached potato salad & lemon herb chicken",
        html="<html><body><h2>Kidney-friendly spring recipes</h2><p><b>Leached potato salad</b> - 180 mg potassium, 60 mg phosphorus per serving. Soak diced potatoes 4 hours, change water twice.</p><p><b>Lemon herb chicken</b> - 310 mg sodium.</p><p>Always check with your own dietitian.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="FHIR nutrition order to dialysis unit",
        notes="Hard positive: FHIR NutritionOrder naming patient with renal diet and supplement; body neutral.",
        frm=RD,
        to="dietitian@riverbenddialysis.org",
        subject="Updated order",
        body="Hi Nora - updated order attached so your chairside team has it." + SIG,
        atts=(Att("nutritionorder_5120.json", "application/fhir+json", _fhir_no),),
    ),
    Spec(
        phi=False,
        category="supplement quote request to distributor",
        notes="Hard negative: asks a distributor to quote cases of renal nutrition supplements for office stock; no patient.",
        frm=RD,
        to="sales@nutricaredistributors.com",
        subject="Re: Q2 pricing",
        body="Thanks. Please quote 10 cases each of Nepro vanilla and Novasource Renal, and 4 cases of the protein bars. Ship to the Fairway Dr office."
        + SIG,
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing service",
        notes="835 remittance with patient names, member IDs and MNT CPT codes sent to an outsourced billing service.",
        frm=f"Greenleaf Office <office@{GRN}>",
        to="posting@clearviewbillingsvc.com",
        subject="ERA 0316 for posting",
        body="ERA file from Badger for posting. EFT 88213.",
        atts=(Att("era_0316.x12", "application/edi-x12", _x12_835),),
    ),
    Spec(
        phi=False,
        category="MNT reimbursement policy summary",
        notes="Hard negative: summary of Medicare MNT coverage rules (CPT 97802/97803, CKD stage 3-5), no individual.",
        frm=RD2,
        to=f"team@{GRN}",
        subject="MNT coverage cheat sheet",
        body="Quick summary for new hires:\n- Medicare covers MNT for diabetes and non-dialysis CKD (eGFR 15-59) and 36 months post-transplant.\n- 3 hours year one, 2 hours after.\n- 97802 initial, 97803 follow-up, 15-min units.\n- Needs a physician referral (NPI on the order)."
        + SIG2,
    ),
    Spec(
        phi=True,
        category="follow-up email to patient with meal plan",
        notes="Email to patient's gmail with her name, potassium result and individualised meal plan PDF.",
        frm=RD,
        to="bernadette.oyelaran@gmail.com",
        subject="Your meal plan from Tuesday",
        body="Hi Bernadette,\n\nGreat session Tuesday. Your potassium was 6.1 last week, so let's keep the oranges and bananas out for now. Your personal plan is attached."
        + SIG,
        atts=(
            Att(
                "meal_plan_BOyelaran.pdf",
                "application/pdf",
                pdf(
                    [
                        "GREENLEAF RENAL NUTRITION",
                        "Personal meal plan for: Bernadette Oyelaran",
                        "Haemodialysis, K 6.1 (03/10), PO4 5.8",
                        "Breakfast: egg white omelette, white toast, apple",
                        "Lunch: turkey on rye, cucumber salad",
                        "Dinner: lemon herb chicken, white rice, green beans",
                        "Fluid: 1 litre/day including soup and ice",
                    ],
                    "Meal plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient handout on phosphorus binders",
        notes="Generic handout on when to take phosphate binders; no individual.",
        frm=RD,
        to="frontdesk@capitolnephrology.com",
        subject="Binder handout for your waiting room",
        body="Here's the handout you asked for; please print in colour if you can." + SIG,
        atts=(
            Att(
                "binder_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "GREENLEAF RENAL NUTRITION",
                        "Phosphate binders: the basics",
                        "Take with the first bite of every meal and snack.",
                        "Sevelamer, calcium acetate, lanthanum, ferric citrate - ask which is yours.",
                        "Missed it? Don't double up at the next meal.",
                    ],
                    "Binder handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first name relationship result",
        notes="Hard positive: message to a patient's wife naming 'Esteban' and his albumin drop and weight loss.",
        frm=RD2,
        to="marisol.vasquez.home@yahoo.com",
        subject="Following up on Esteban",
        body="Hi Marisol,\n\nThanks for coming with Esteban on Wednesday. His albumin dropped to 3.1 and he's lost 4 kg since January, so the Nepro after each treatment really matters. Texting reminders might help!"
        + SIG2,
    ),
    Spec(
        phi=False,
        category="reply to freelance writer about typical fees",
        notes="Hard negative: reply to a freelance writer's personal email with general MNT fees and coverage rules for an article; no individual's health.",
        frm=f"Greenleaf Office <office@{GRN}>",
        to="ptroutman.home@gmail.com",
        subject="Re: question for my article on the cost of nutrition care",
        body="Hello Ms. Troutman,\n\nHappy to help with your article. In our area an initial medical nutrition therapy visit runs about $200 for 60 minutes, and follow-ups $90-120. Medicare covers MNT for diabetes and non-dialysis kidney disease with a physician referral; many commercial plans do too. You may quote me as 'a Madison renal dietitian'.\n\nCamille Dufresne, RDN\nGreenleaf Renal Nutrition",
    ),
    Spec(
        phi=True,
        category="referral acknowledgment with diagnosis in filename",
        notes="Hard positive: generic body but attachment filename names the patient and 'CKD4_diabetic' diagnosis.",
        frm=f"Greenleaf Office <office@{GRN}>",
        to="referrals@prairiefamilymed.com",
        subject="Referral received",
        body="Thank you, referral received and scheduled. Confirmation attached.",
        atts=(
            Att(
                "Pruszynski_Anton_CKD4_diabetic_confirm.docx",
                DOCX,
                docx(
                    [
                        "Greenleaf Renal Nutrition - Referral confirmation",
                        "Initial MNT visit: 03/25/2026 09:00 with Camille Dufresne, RDN",
                        "Referring provider: Dr. Laura Benning, NPI 1984955066",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new staff welcome",
        notes="Welcome announcement for a new dietitian; staff name and credentials only.",
        frm=RD,
        to=f"team@{GRN}",
        subject="Welcome Priyanka!",
        body="Please welcome Priyanka Sethi, RDN, who joins us Monday from a paediatric nephrology programme. She'll take the Thursday transplant clinic."
        + SIG,
    ),
    Spec(
        phi=True,
        category="xlsx monthly dialysis lab review",
        notes="Multi-sheet workbook of dialysis patients with names, chair and phosphorus/albumin/PTH values to the dialysis unit's medical director.",
        frm=RD,
        to="dr.pnarayan@capitolnephrology.com",
        subject="March lab review - Riverbend contract patients",
        body="Dr. Narayan, March monthly review attached; see the 'Action' sheet for binder changes I'd like you to sign off."
        + SIG,
        atts=(
            Att(
                "march_labs_riverbend.xlsx",
                XLSX,
                xlsx(
                    {
                        "Labs": [
                            ["Patient", "Chair", "PO4", "Alb", "PTH"],
                            ["Harold Beaumont", 11, 6.9, 3.6, 812],
                            ["Evelyn Marsh", 6, 3.2, 3.0, 240],
                            ["Walter Okonkwo", 8, 5.4, 4.0, 390],
                        ],
                        "Action": [
                            ["Patient", "Recommendation"],
                            ["Harold Beaumont", "increase sevelamer to 1600 mg TID"],
                            ["Evelyn Marsh", "add oral supplement, assess for food insecurity"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook",
        notes="Hard negative: multi-sheet workbook of clinic-level averages and percent at goal; no patient rows.",
        frm=RD2,
        to="partnerships@riverbenddialysis.org",
        subject="Contract outcomes Q1",
        body="Q1 outcomes for the contract review attached - all unit-level numbers." + SIG2,
        atts=(
            Att(
                "contract_outcomes_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Unit averages": [
                            ["Measure", "Jan", "Feb", "Mar"],
                            ["Mean PO4", 5.3, 5.1, 4.9],
                            ["Mean albumin", 3.8, 3.8, 3.9],
                        ],
                        "% at goal": [
                            ["Measure", "Q1"],
                            ["PO4 3.5-5.5", "61%"],
                            ["Albumin >= 4.0", "44%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transplant nutrition clearance",
        notes="Letter to transplant centre naming candidate, BMI and weight-loss progress for listing.",
        frm=RD2,
        to="abrennan@summitkidneytx.org",
        subject="Nutrition clearance - Ramon Ortega",
        body="Aisha,\n\nRamon Ortega (DOB 02/27/1981) is down from BMI 41.2 to 36.8 since October with our program. He meets your BMI < 38 threshold; I'm comfortable clearing him from a nutrition standpoint."
        + SIG2,
    ),
    Spec(
        phi=False,
        category="continuing education certificate",
        notes="CEU certificate request; staff only.",
        frm=RD2,
        to="ceu@renalpracticegroup.org",
        subject="Missing CPEU certificate",
        body="I attended the March 5 webinar on plant-based diets in CKD but didn't get my certificate. CDR #1098877."
        + SIG2,
    ),
    Spec(
        phi=True,
        category="scanned food diary text",
        notes="Hard positive: OCR text of a handwritten food diary with the patient's name in the header, sent to a colleague's personal mailbox.",
        frm=RD,
        to="theo.marchetti.rd@gmail.com",
        subject="scan for tomorrow",
        body="can you review before his 9am? OCR is rough" + SIG,
        atts=(
            Att(
                "scan_0317.txt",
                "text/plain",
                "F00D D1ARY   Name: Anton Pruszynski   Wk of 3/9\nMon  oatmeal w/ raisins, 2 cups coffee, ham sandw, chips, frozen dinner (lasagna)\nTue  skipped bkfst - sugar low 62 at 10am, juice\nWed  dialysis? no - CKD clinic. fast food burger + fries\nNotes: insulin 18u HS\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OCR template test",
        notes="Hard negative: OCR template test with clearly fake sample name 'SAMPLE PATIENT' sent to the scanning vendor.",
        frm=f"Greenleaf Office <office@{GRN}>",
        to="support@scanwisedocs.com",
        subject="OCR template test - food diary form",
        body="Test scan of our blank food diary form filled with dummy data (SAMPLE PATIENT, fake entries) to tune the template. Please don't load into production.",
        atts=(
            Att(
                "ocr_test_sample.txt",
                "text/plain",
                "FOOD DIARY   Name: SAMPLE PATIENT (TEST)   Wk of 01/01\nMon  test entry 1\nTue  test entry 2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="group class roster to community venue",
        notes="Hard positive: class roster sent to a library with names and phones of attendees of a 'CKD stage 3 diet' class.",
        frm=RD2,
        to="roomreservations@fitchburglibrary.org",
        subject="Roster for Saturday room booking",
        body="For the front desk so they can direct people to Room 2 for our 'Eating well with CKD stage 3' class:\n\nAnton Pruszynski 608-555-0121\nLinh Tran 608-555-0124\nGeorge Whitcombe 608-555-0127\nPearl Adeyemi 608-555-0129"
        + SIG2,
    ),
    Spec(
        phi=False,
        category="class flyer for library",
        notes="Flyer for a public kidney diet class; no attendee named.",
        frm=RD2,
        to="programs@fitchburglibrary.org",
        subject="Free class flyer - April",
        body="Could you post this? 'Eating well with kidney disease', Saturday April 18, 10 am, free, open to the public, no registration."
        + SIG2,
    ),
    Spec(
        phi=True,
        category="superbill to patient",
        notes="Superbill to patient's personal email with name, DOB, ICD-10 E11.22/N18.4 and CPT charges.",
        frm=f"Greenleaf Billing <billing@{GRN}>",
        to="a.pruszynski@aol.com",
        subject="Superbill for your HSA",
        body="Hi Mr. Pruszynski, attached is the superbill you requested for your HSA reimbursement.\n\nGreenleaf Billing",
        atts=(
            Att(
                "superbill_0311.csv",
                "text/csv",
                "patient,dob,date,cpt,icd10,units,charge\nAnton Pruszynski,1957-10-04,2026-03-11,97802,E11.22;N18.4,4,206.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule CSV to payer",
        notes="Hard negative: practice fee schedule CSV with CPT and prices; no patient.",
        frm=f"Greenleaf Billing <billing@{GRN}>",
        to="credentialing@badgerhealthplan.com",
        subject="Fee schedule for recredentialing",
        body="Current fee schedule attached. Group NPI 1936179500.",
        atts=(
            Att(
                "fee_schedule_2026.csv",
                "text/csv",
                "cpt,description,unit_minutes,fee\n97802,MNT initial,15,51.50\n97803,MNT follow-up,15,47.00\n97804,MNT group,30,28.00\nG0270,MNT reassessment,15,47.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forward of patient question to nephrologist",
        notes="Forwards a patient's email asking about potassium binder with her name and symptoms to the nephrologist.",
        frm=RD,
        to="dr.lbenning@prairiefamilymed.com",
        subject="Fwd: question about Lokelma",
        body="Dr. Benning - Linh's question below is really a prescribing question; can you answer her?"
        + SIG,
        forward=Spec(
            phi=True,
            category="inner patient question",
            notes="Patient's own question about her medication.",
            frm="Linh Tran <linhtran.mke@gmail.com>",
            to=f"camille@{GRN}",
            subject="question about Lokelma",
            body="Hi Camille, since starting Lokelma my ankles are swollen and I've gained 3 lb. Should I stop it? My K was 5.9 before. - Linh",
        ),
    ),
    Spec(
        phi=False,
        category="forward of journal article",
        notes="Hard negative: forwards a journal table of contents about dietary potassium in CKD; no individual.",
        frm=RD2,
        to=f"team@{GRN}",
        subject="Fwd: JRN April issue - potassium myths",
        body="Worth reading the lead article before journal club." + SIG2,
        forward=Spec(
            phi=False,
            category="inner journal TOC",
            notes="Journal TOC.",
            frm="Journal of Renal Nutrition <toc@jrnjournalalerts.org>",
            to=f"theo@{GRN}",
            subject="April issue table of contents",
            body="- Rethinking dietary potassium restriction in CKD stage 3-4\n- Plant-based diets and metabolic acidosis\n- Protein intake in peritoneal dialysis: a cohort of 412 patients",
        ),
    ),
    Spec(
        phi=True,
        category="telehealth link with reason",
        notes="Hard positive: HTML-only telehealth reminder to patient naming her and 'post-transplant weight gain' visit.",
        frm=f"Greenleaf Scheduling <schedule@{GRN}>",
        to="pearl.adeyemi@icloud.com",
        subject="Reminder: video visit Thursday",
        html='<html><body><p>Hello Pearl Adeyemi,</p><p>Your video visit with Priyanka Sethi, RDN for <i>post-transplant weight gain and steroid-related blood sugar</i> is Thursday at 2:30 pm.</p><p><a href="https://telehealth.greenleafrenalnutrition.com/join/88412">Join visit</a></p></body></html>',
        body="",
    ),
    Spec(
        phi=False,
        category="webinar invitation HTML",
        notes="HTML-only invitation to a public webinar on eating out with kidney disease; tracking-free, no individual.",
        frm=f"Greenleaf Events <events@{GRN}>",
        to="community-list@greenleafrenalnutrition.com",
        subject="Free webinar: eating out with kidney disease",
        html="<html><body><h3>Eating out with kidney disease</h3><p>Wednesday April 8, 7 pm. Learn to read menus for sodium and phosphorus additives.</p><p>Register on our website.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="docx progress note to PCP",
        notes="DOCX progress note naming patient with CKD 3b, eGFR and diet plan to primary care.",
        frm=RD2,
        to="records@prairiefamilymed.com",
        subject="MNT progress note",
        body="Progress note attached for your chart." + SIG2,
        atts=(
            Att(
                "mnt_note_0316.docx",
                DOCX,
                docx(
                    [
                        "Greenleaf Renal Nutrition - MNT follow-up",
                        "Patient: George Whitcombe  DOB 12/02/1950  Visit 03/16/2026",
                        "Dx: CKD stage 3b (N18.32), hypertension. eGFR 38.",
                        "Plan: 0.8 g/kg protein, 2 g sodium; home BP log; f/u 6 weeks.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="docx job description",
        notes="Hard negative: job description mentioning dialysis, transplant and diabetes as clinical areas.",
        frm=RD,
        to="jobs@wisconsindieteticsassoc.org",
        subject="Job board posting: part-time renal dietitian",
        body="Please post the attached." + SIG,
        atts=(
            Att(
                "JD_renal_RDN_parttime.docx",
                DOCX,
                docx(
                    [
                        "Greenleaf Renal Nutrition - Part-time Renal Dietitian (0.6 FTE)",
                        "Provide MNT for adults with CKD stages 3-5, dialysis and kidney transplant.",
                        "Diabetes education experience preferred. CSR a plus.",
                        "Salary $36-40/hour.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of intake forms to covering dietitian",
        notes="Zip of completed intake forms with names, DOBs and diagnoses to a contract dietitian's company.",
        frm=RD,
        to="hello@flexrdcoverage.com",
        subject="Intakes for your Monday clinic",
        body="Three new intakes for Monday. Thanks for covering!" + SIG,
        atts=(
            Att(
                "intakes_0323.zip",
                "application/zip",
                zipped(
                    {
                        "intake_Kowalczyk.txt": "Name: Irena Kowalczyk  DOB 1969-05-21\nDx: ADPKD, CKD 4, eGFR 24\nMeds: tolvaptan 60/30\n",
                        "intake_Hale.txt": "Name: Desmond Hale  DOB 1984-08-09\nDx: PD patient, peritonitis x1 in Jan\n",
                        "intake_Moreau.txt": "Name: Celine Moreau  DOB 1990-03-14\nDx: kidney stones (calcium oxalate), 24h urine oxalate 62\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of brand assets",
        notes="Zip of logo and brand guidelines for a designer; no patient.",
        frm=RD2,
        to="studio@inkwelldesignco.com",
        subject="Greenleaf brand files",
        body="Logo files and the colour guide for the new handouts." + SIG2,
        atts=(
            Att(
                "greenleaf_brand.zip",
                "application/zip",
                zipped(
                    {
                        "brand_colours.txt": "Leaf green #3C8D5A\nSlate #2F3B45\n",
                        "tagline.txt": "Eat well. Live well. Kidney-smart.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse PD note with chart number to home-dialysis nurse",
        notes="Hard positive: one-line note with patient initials, chart number and peritoneal dialysis dextrose change to an outside PD nurse.",
        frm=RD2,
        to="pdnurse@homedialysispartners.com",
        subject="DH / GRN-5188",
        body="DH GRN-5188: gaining ~1.5 kg/wk since switched to 2.5% bags nightly; A1c 7.9. Can we revisit the icodextrin option?"
        + SIG2,
    ),
    Spec(
        phi=False,
        category="sodium content table to restaurant",
        notes="Hard negative: asks a restaurant for nutrient info of dishes to build a generic dining guide.",
        frm=RD,
        to="manager@lakeshorebistro.com",
        subject="Nutrition info for kidney dining guide",
        body="Hello! We're writing a dining-out guide for people with kidney disease. Could you share sodium, potassium and phosphorus values for your soups and grain bowls? We'd credit the restaurant."
        + SIG,
    ),
    Spec(
        phi=True,
        category="coaching invoice to employer wellness vendor",
        notes="Invoice to an employer wellness vendor naming two clients with programme IDs and their kidney conditions (ADPKD, PD).",
        frm=f"Greenleaf Billing <billing@{GRN}>",
        to="claims@thrivewellnessplans.com",
        subject="Coaching sessions invoice - March",
        body="Invoice for March sessions under your employer programme:\n- Irena Kowalczyk, ID TWP-22081, kidney diet coaching (ADPKD), 3/02, 3/16\n- Desmond Hale, ID TWP-22094, PD nutrition, 3/09\nTotal $360.",
    ),
    Spec(
        phi=False,
        category="wellness vendor program aggregate report",
        notes="Hard negative: aggregate participation counts for an employer wellness programme with no names.",
        frm=f"Greenleaf Billing <billing@{GRN}>",
        to="reports@thrivewellnessplans.com",
        subject="Quarterly participation summary",
        body="Q1: 14 employees enrolled, 38 sessions delivered, average satisfaction 4.7/5. No individual data included per our agreement.",
    ),
    Spec(
        phi=True,
        category="ICS invite with diagnosis in summary",
        notes="Hard positive: calendar invite to a covering dietitian with patient name and 'kidney stones 24h urine review' in the event title.",
        frm=f"Greenleaf Scheduling <schedule@{GRN}>",
        to="hello@flexrdcoverage.com",
        subject="Invitation: Monday 10:00",
        body="Added to your Monday.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Greenleaf//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:grn-0323-1000@greenleafrenalnutrition.com\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260323T150000Z\r\nDTEND:20260323T160000Z\r\nSUMMARY:Celine Moreau - kidney stones / 24h urine review\r\nLOCATION:Greenleaf Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="landlord maintenance request",
        notes="Office HVAC maintenance request; no patient.",
        frm=f"Greenleaf Office <office@{GRN}>",
        to="maintenance@fairwaypropertygroup.com",
        subject="Suite 210 - heat not working",
        body="The thermostat in Suite 210 reads 58F. Can someone come today? Clients arrive at 9.",
    ),
    Spec(
        phi=True,
        category="reply to patient about grocery list",
        notes="Reply to patient personal email with his name referencing his dialysis and phosphorus goals.",
        frm=RD2,
        to="estebanvasquez58@hotmail.com",
        subject="Re: grocery list",
        body="Hola Esteban,\n\nYour list looks good! Swap the processed cheese for cream cheese (less phosphorus) and skip the cola. Your phosphorus was 7.4, so remember the binder with every meal, even on dialysis days."
        + SIG2,
    ),
    Spec(
        phi=False,
        category="reply to student asking for shadowing",
        notes="Reply to a student's personal email about shadowing; no patient.",
        frm=RD,
        to="maya.k.student@gmail.com",
        subject="Re: shadowing request",
        body="Hi Maya,\n\nWe'd be glad to host you for two afternoons in May. You'll need to complete our confidentiality training first and you won't have chart access."
        + SIG,
    ),
    Spec(
        phi=True,
        category="misdirect recall to patient's work address",
        notes="Hard positive: recall notice to the patient's work mailbox that itself repeats his name, January peritonitis and PD diet.",
        frm=RD,
        to="desmond.hale@hale-consulting.net",
        subject="Please delete my previous email",
        body="Mr. Hale, apologies - my earlier message about your January peritonitis and the new PD diet was sent to your work address instead of the personal one on file. Please delete it; I will resend to the correct address."
        + SIG,
    ),
]
