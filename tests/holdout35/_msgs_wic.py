"""Harbor County WIC Program: nutritionists, breastfeeding peer counselors, clerks, managers."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LST, WIC, Att, Spec

SIG_RD = (
    "\n\nRosa Delgado, MS, RDN, IBCLC\nNutrition Coordinator | Harbor County WIC Program\n"
    "Harbor County Public Health Department\n"
)
GOV = (
    "\n\nThis institution is an equal opportunity provider.\n"
    "NOTICE: This email may contain confidential information protected by state and federal law.\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="WIC certification appointment reminder to participant",
        notes="Hard positive: enrolment in a health program (WIC) + name + appointment to gmail",
        frm=f"Harbor County WIC <appointments@{WIC}>",
        to="brianna.lefevre92@gmail.com",
        subject="Your WIC appointment",
        body=(
            "Hi Brianna,\n\nThis is a reminder of your WIC recertification appointment for "
            "you and Noelle on Tuesday, November 17 at 9:30 AM at the Westside clinic. "
            "Please bring proof of income, Noelle's immunization record and her most recent "
            "weight from the doctor. We'll also check her hemoglobin.\n\nHarbor County WIC" + GOV
        ),
    ),
    Spec(
        phi=False,
        category="WIC food package change notice",
        notes="Hard negative: program-wide food package update, no participant",
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to=f"allclinics@{WIC}",
        subject="Food package update effective Dec 1",
        body=(
            "Team,\n\nEffective 12/1 the state adds canned fish to package V and VII and raises "
            "the fruit & vegetable cash value benefit to $26 for children. Please update your "
            "talking points; new shopping guides arrive next week.\n" + SIG_RD
        ),
    ),
    Spec(
        phi=True,
        category="breastfeeding peer counselor follow-up",
        notes=(
            "Peer counselor: mother's mastitis, baby's weight, named, to clinic nutritionist and "
            "LC"
        ),
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to=f"rdelgado@{WIC}",
        cc="lactation@harborcountyhospital.org",
        subject="Follow-up: Tran Thi Hoa + baby Kevin",
        body=(
            "Rosa,\n\nCalled Hoa today. Baby Kevin (born 10/30) is 3 weeks, down to 7 lb 2 oz from "
            "7 lb 9 oz birth weight. Hoa has a red, painful left breast and chills since "
            "yesterday - I told her to call her OB today for possible mastitis. She's asking "
            "about a hospital-grade pump loan. Can you approve?\n\nAmaya, BF Peer Counselor"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate caseload report to state",
        notes="Hard negative: monthly caseload and breastfeeding rates, counts only, in XLSX",
        frm=f"Martin Osei <mosei@{WIC}>",
        to="wic.reports@cdph-stateprogram.gov",
        subject="Harbor County LA 42 - October caseload",
        body="Attached: October participation report (2 tabs). Caseload at 96.8% of assigned.",
        atts=(Att("LA42_Oct2026_participation.xlsx", XLSX, xlsx({
            "Participation": [
                ["Category", "Enrolled", "Participating"],
                ["Pregnant", 812, 790], ["Breastfeeding", 655, 630], ["Postpartum", 310, 288],
                ["Infants", 1920, 1874], ["Children 1-4", 4410, 4205],
            ],
            "Breastfeeding": [
                ["Measure", "Rate"], ["Any BF at 6 mo", 0.41], ["Exclusive BF at 3 mo", 0.22],
            ],
        })),),
    ),
    Spec(
        phi=True,
        category="high-risk referral to dietitian",
        notes="Hard positive: participant id + anemia + pregnancy details, no name",
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to=f"highrisk-rd@{WIC}",
        subject="HR referral",
        body=(
            "Please schedule a high-risk RD visit:\n\nWIC ID 42-0098173\nPregnant, 24 wks, "
            "Hgb 9.4 today, pre-pregnancy BMI 17.1, reports vomiting most days. Lives at "
            "1290 Marsh Ave (no phone this month).\n\nJulia, CPA"
        ),
    ),
    Spec(
        phi=False,
        category="vendor retailer compliance notice",
        notes="Business mail to a WIC-authorized grocer, store id numbers, no participants",
        frm=f"Vendor Management <vendors@{WIC}>",
        to="manager@harborfreshmarket.com",
        subject="Store #WV-40227 - shelf stock requirements",
        body=(
            "Dear Mr. Huang,\n\nDuring the 11/5 routine monitoring visit, store WV-40227 did not "
            "stock the minimum variety of whole grain bread and infant cereal. Please correct "
            "within 30 days; a re-check is scheduled.\n\nHarbor County WIC Vendor Management" + GOV
        ),
    ),
    Spec(
        phi=True,
        category="formula prescription medical documentation to pediatrician",
        notes="Special formula request: infant's name, DOB, diagnosis, formula to clinic fax/email",
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to="referrals@baysidepediatrics.com",
        subject="Medical Documentation form needed",
        body=(
            "Hello Bayside,\n\nWe need an updated WIC Medical Documentation form to continue "
            "Elemental formula for Santiago Herrera, DOB 05/02/2026. The current form expires "
            "11/30. Dx on file: cow's milk protein allergy (K52.21, food protein-induced "
            "enterocolitis). Requested: Neocate Infant, 31 cans/month.\n" + SIG_RD
        ),
        atts=(Att("WIC_MedDoc_form_Herrera.pdf", "application/pdf", pdf([
            "HARBOR COUNTY WIC PROGRAM - Medical Documentation for WIC Formula",
            "Infant: Santiago Herrera   DOB 05/02/2026",
            "Diagnosis: food protein-induced enterocolitis syndrome (K52.21)",
            "Formula: Neocate Infant   Duration: ____ months   Prescriber signature: ____",
        ], "MedDoc")),),
    ),
    Spec(
        phi=False,
        category="outreach flyer to partners",
        notes="Hard negative: enrolment outreach flyer mentioning pregnancy and anemia generally",
        frm=f"Martin Osei <mosei@{WIC}>",
        to=f"partners@{LST}",
        subject="WIC outreach flyer for your waiting room",
        body="",
        html=(
            "<html><body><h3>Are you pregnant, breastfeeding, or caring for a child under 5?</h3>"
            "<p>You may qualify for WIC: healthy foods, breastfeeding support, nutrition "
            "counseling and referrals. Working families and dads qualify too. We screen every "
            "child for anemia and help with growth concerns.</p><p>Call (555) 017-9000 or text "
            "WIC to 55500.</p><p>Little Steps friends - could you print this for your lobby? Thank "
            "you! Martin Osei, Outreach</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="participant transfer to another county",
        notes="VOC transfer: family names, WIC ids, address, categories to another county WIC",
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to="wic@seacliffcounty.gov",
        subject="Transfer - VOC family",
        body=(
            "Hi Seacliff WIC,\n\nThe family below moved to your county and asked to transfer. "
            "VOC cards issued 11/9.\n\n"
            "  Dana Whitmore  WIC 42-0077120  Postpartum (delivered 9/20/26, C-section)\n"
            "  Finn Whitmore  WIC 42-0077121  Infant, partially breastfed\n"
            "  New address: 71 Lighthouse Rd, Seacliff\n\nJulia Sandoval, CPA" + GOV
        ),
    ),
    Spec(
        phi=False,
        category="staff training on anthropometrics",
        notes=(
            "Hard negative: training with example growth chart values of a fictional child 'Baby "
            "A'"
        ),
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to=f"cpa-staff@{WIC}",
        subject="Anthro refresher - quiz + answer key",
        body=(
            "Hi CPAs, annual length/weight refresher is attached. The practice case 'Baby A' "
            "is invented for the quiz.\n\nExample: Baby A, 6 mo, 6.1 kg, length 63 cm -> plot "
            "weight-for-length on the WHO chart (about 10th percentile).\n" + SIG_RD
        ),
        atts=(Att("Anthro_quiz_2026.docx", DOCX, docx([
            "Harbor County WIC - Anthropometric Competency Quiz (training use only)",
            "Case 1 (fictional): Baby A, 6 months, 6.1 kg, 63 cm. Plot and classify.",
            "Case 2 (fictional): Child B, 30 months, BMI-for-age 97th percentile.",
        ])),),
    ),
    Spec(
        phi=True,
        category="participant complaint reply with child details",
        notes="Reply to a mother at outlook about her child's weight risk assessment",
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to="latoya.greene.home@outlook.com",
        subject="RE: my son's WIC visit",
        body=(
            "Dear Ms. Greene,\n\nI'm sorry the visit felt rushed. To answer your question: "
            "Jamal's BMI-for-age was at the 96th percentile, which is why the nutritionist "
            "talked about juice and sweet drinks. It is not a diagnosis and his benefits do not "
            "change. I'd be glad to meet with you both myself on 12/2.\n" + SIG_RD
            + "\n> -----Original Message-----\n> From: Latoya Greene\n> The lady said my son is "
            "overweight in front of him and he cried."
        ),
    ),
    Spec(
        phi=False,
        category="IT eWIC card system outage",
        notes="IT notice about eWIC terminal outage; card numbers are test cards",
        frm=f"Harbor County IT <helpdesk@{WIC}>",
        to=f"allclinics@{WIC}",
        subject="eWIC issuance outage 11/18 6-8am",
        body=(
            "The state eWIC issuance system will be down Wed 11/18 6:00-8:00 AM for maintenance. "
            "After it's back, verify your card printer with test card 6008 4400 0000 0019 "
            "(TEST CARD, no benefits). Ticket INC-41022 if issues.\n\nHC IT Help Desk"
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite for home visit",
        notes="Hard positive: calendar invite for a lactation home visit with name + address",
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to="Rosa Delgado <rdelgado@harborcountywic.gov>",
        subject="Home visit",
        body="Adding you since you wanted to shadow.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HCWIC//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hv-1119-01@harborcountywic.gov\r\nDTSTAMP:20261116T180000Z\r\n"
            "DTSTART:20261119T190000Z\r\nDTEND:20261119T200000Z\r\nSUMMARY:Home visit\r\n"
            "LOCATION:433 Driftwood Ct Apt 12\\, Harbor City\r\n"
            "DESCRIPTION:Priscilla Nakamura - latch pain\\, twins born 11/2 (NICU 5 days). "
            "Bring nipple shields 24mm.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting nutritionist",
        notes=(
            "Hard negative: job posting with clinical duties (anemia, gestational diabetes "
            "counseling)"
        ),
        frm=f"Harbor County HR <hr-recruiting@{WIC}>",
        to="careers@harborstateuniversity.edu",
        subject="Job posting: WIC Nutritionist II",
        body=(
            "Please share with your dietetics students:\n\nWIC Nutritionist II (RDN eligible)\n"
            "- Counsel high-risk participants (gestational diabetes, anemia, failure to thrive)\n"
            "- Issue special formulas with medical documentation\n- Spanish or Vietnamese a plus\n"
            "Salary $72,118-$87,660. Apply by 12/11 at harborcounty.gov/jobs." + GOV
        ),
    ),
    Spec(
        phi=True,
        category="participant list with initials and DOB",
        notes="Hard positive: no-show callback list with initials, DOB, category and phone",
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to="clerks.westside@harborcountywic.gov",
        subject="callbacks",
        body=(
            "Please call these no-shows from Monday and reschedule:\n\n"
            "M.A.  DOB 02/17/2025  infant, formula  555-018-2209\n"
            "R.T.  DOB 08/03/1998  pregnant 31 wks  555-018-6645\n"
            "K.L.  DOB 12/28/2022  child, anemia f/u  555-018-7150\n\nThx, Julia"
        ),
    ),
    Spec(
        phi=False,
        category="farmers market coupon program",
        notes="Program announcement, no participants",
        frm=f"Martin Osei <mosei@{WIC}>",
        to="ellie.greenacresfarm@yahoo.com",
        subject="FMNP 2027 season - vendor training dates",
        body=(
            "Hi Ellie,\n\nThe WIC Farmers' Market Nutrition Program will run June-October 2027. "
            "Farmer training sessions: 3/4 and 3/11 at the Ag Extension office. We expect to "
            "issue about 2,900 coupon booklets.\n\nMartin Osei" + GOV
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab result hemoglobin from clinic",
        notes=(
            "Hard positive: HL7 ORU hemoglobin result for a child forwarded by WIC to pediatric "
            "clinic"
        ),
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to="results@baysidepediatrics.com",
        subject="Hgb result per your request",
        body="Attached as requested.",
        atts=(Att("hgb_result.hl7", "application/hl7-v2",
            "MSH|^~\\&|WICLAB|HCWIC|BAYSIDE|BSP|202611170930||ORU^R01|W8820|P|2.5.1\r"
            "PID|1||42-0103346^^^HCWIC||MALIK^AYESHA||20230912|F\r"
            "OBR|1|||718-7^Hemoglobin^LN|||20261116\r"
            "OBX|1|NM|718-7^Hemoglobin^LN||10.1|g/dL|11.0-14.0|L|||F\r"),),
    ),
    Spec(
        phi=False,
        category="budget memo",
        notes="Executive budget memo with grant numbers shaped like identifiers",
        frm=f"Gwendolyn Achebe <gachebe@{WIC}>",
        to="budget.office@harborcounty.gov",
        subject="FFY27 NSA budget - revised",
        body=(
            "Hi Tom,\n\nRevised FFY27 Nutrition Services & Administration budget attached. "
            "Grant 26-10427, contract 652-48-1107. Main change: two additional peer counselor "
            "FTEs funded by the breastfeeding supplement.\n\nGwendolyn Achebe, WIC Director"
        ),
        atts=(Att("FFY27_NSA_budget.xlsx", XLSX, xlsx({
            "Summary": [["Line", "FFY26", "FFY27"], ["Personnel", 3412000, 3578400],
                        ["Peer counselors", 288000, 402000], ["Outreach", 41000, 45000]],
            "FTE": [["Position", "FTE"], ["Nutritionist II", 14], ["Peer counselor", 8]],
        })),),
    ),
    Spec(
        phi=True,
        category="subject-only PHI to family outlook",
        notes=(
            "Hard positive: PHI in subject only (name + gestational diabetes class); body generic"
        ),
        frm=f"Harbor County WIC <classes@{WIC}>",
        to="priya.raman.1990@outlook.com",
        subject="Priya Raman - Gestational diabetes nutrition class confirmed",
        body="You're registered. Class link and handouts will be sent the day before." + GOV,
    ),
    Spec(
        phi=False,
        category="aggregate anemia dashboard",
        notes="Hard negative: clinic-level anemia prevalence chart PNG and numbers",
        frm=f"Martin Osei <mosei@{WIC}>",
        to=f"management@{WIC}",
        subject="Anemia prevalence by clinic - Q3",
        body=(
            "Children 1-4 with low Hgb, Q3: Westside 14.2%, Eastside 11.0%, Harbor Point 17.8%, "
            "county 13.9% (n=4,205). Harbor Point is up 3 points; chart attached."
        ),
        atts=(Att("anemia_by_clinic_Q3.png", "image/png", png(12, 8, (60, 120, 200))),),
    ),
    Spec(
        phi=True,
        category="breast pump loan agreement",
        notes="Pump loan with serial number tied to named participant and premature infant",
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to="equipment@medelaloanprogram-partner.com",
        subject="Pump loan #L-3318",
        body=(
            "Hi, logging loan L-3318: Symphony pump SN SYM-4418830 issued 11/16 to Keala "
            "Kahananui (WIC 42-0091502) for her 33-week preemie in the NICU at Harbor County "
            "Hospital. Expected return 1/31/27.\n\nAmaya"
        ),
    ),
    Spec(
        phi=False,
        category="peer counselor meeting notes",
        notes=(
            "Hard negative: team notes about breastfeeding challenges in general, no participants"
        ),
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to=f"peercounselors@{WIC}",
        subject="Notes from Thursday",
        body=(
            "Hi all,\n- Lots of calls about low supply at 6-8 weeks; review the handout on "
            "block feeding and when to refer to an IBCLC\n- Tongue-tie questions: we don't "
            "diagnose, refer to the pediatrician\n- New Marshallese-speaking counselor starts "
            "in Dec!\n\nAmaya"
        ),
    ),
    Spec(
        phi=True,
        category="XLSX certification export to contractor (multi-sheet)",
        notes=(
            "Hard positive: multi-sheet XLSX with participant names, DOB, risk codes to "
            "evaluation contractor"
        ),
        frm=f"Martin Osei <mosei@{WIC}>",
        to="analytics@pacificevalgroup.com",
        subject="Extract for the evaluation",
        body=(
            "Hi Dana, here's the extract for the outcome evaluation. Let me know if the format "
            "works."
        ),
        atts=(Att("HCWIC_cert_extract.xlsx", XLSX, xlsx({
            "Certs": [
                ["WIC ID", "Name", "DOB", "Category", "Risk codes"],
                ["42-0088214", "Gonzalez, Yesenia", "1996-03-30", "Pregnant",
                 "201 (low Hgb); 302 (GDM)"],
                ["42-0088215", "Oduya, Faith", "2025-07-07", "Infant", "142 (preterm)"],
                ["42-0088219", "Sorensen, Lily", "2023-01-19", "Child",
                 "114 (at risk of overweight)"],
            ],
            "Addresses": [
                ["WIC ID", "Street", "ZIP"],
                ["42-0088214", "19 Alder Ln", "95037"],
                ["42-0088215", "602 Quay St", "95039"],
            ],
        })),),
    ),
    Spec(
        phi=False,
        category="public records request response",
        notes="Hard negative: response to records request with only aggregate figures",
        frm=f"Gwendolyn Achebe <gachebe@{WIC}>",
        to="reporter@harbordailynews.com",
        subject="Re: records request PRA-2026-118",
        body=(
            "Dear Mr. Lindqvist,\n\nIn response to PRA-2026-118: Harbor County WIC served an "
            "average of 7,787 participants per month in FFY26; 38% were children 1-4. We cannot "
            "release participant-level data; WIC participant information is confidential under "
            "7 CFR 246.26.\n\nGwendolyn Achebe, WIC Director"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital discharge to WIC",
        notes=(
            "Hard positive: rfc822 hospital message forwarded internally; NICU discharge and "
            "formula"
        ),
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to=f"westside-rd@{WIC}",
        subject="FW: NICU grad",
        body=(
            "FYI for Friday's visit - see the attached from the hospital. Formula change is in "
            "there."
        ),
        forward=Spec(
            phi=True, category="", notes="",
            frm="NICU Social Work <nicu.sw@harborcountyhospital.org>",
            to=f"rdelgado@{WIC}", subject="NICU grad referral",
            body=(
                "Hi Rosa, baby girl Esperanza Molina (born 9/2/26 at 29 wks) discharges Thursday "
                "on Similac NeoSure 22 kcal. Mom Lucia Molina is enrolled with you. Please "
                "coordinate formula. Thanks, Kendra, NICU SW"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy memo formula recall",
        notes="Hard negative: formula recall notice with lot numbers, no participant",
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to=f"allclinics@{WIC}",
        subject="URGENT: infant formula recall - lot numbers",
        body=(
            "All clinics: the manufacturer has recalled a hypoallergenic powder formula, lots "
            "ZL3340951 and ZL3340952 (possible Cronobacter). Pull from shelves, post the notice "
            "in lobbies and tell families to check lot numbers. Do not give medical advice; "
            "refer concerns to their pediatrician.\n" + SIG_RD
        ),
    ),
    Spec(
        phi=True,
        category="ZIP with proof-of-income scans",
        notes="Hard positive: ZIP with txt index naming participant's pregnancy eligibility docs",
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to="fairhearings@cdph-stateprogram.gov",
        subject="Fair hearing file FH-2026-044",
        body="Attached is the file for FH-2026-044 as requested by the hearing officer.",
        atts=(Att("FH-2026-044.zip", "application/zip", zipped({
            "index.txt": (
                "Fair hearing FH-2026-044\nApplicant: Shanelle Dubois, WIC 42-0101877\n"
                "Category: pregnant (EDD 02/14/2027), denied 10/19 for income over 185% FPL\n"
                "Docs: pay stubs (3), pregnancy verification from Harbor OB-GYN\n"
            ),
            "pregnancy_verification.pdf": pdf([
                "HARBOR COUNTY WIC PROGRAM - copy on file",
                "Shanelle Dubois - pregnancy verified 09/28/2026, EDD 02/14/2027",
            ], "Verification"),
        })),),
    ),
    Spec(
        phi=False,
        category="county nutrition newsletter",
        notes=(
            "Hard negative: HTML newsletter with a recipe, an anemia tip and a staff anniversary"
        ),
        frm=f"Harbor County WIC <news@{WIC}>",
        to=f"subscribers@{WIC}",
        subject="WIC Bites - November",
        body="",
        html=(
            "<html><body><h2>WIC Bites</h2><p><b>Recipe:</b> pumpkin oatmeal muffins (uses "
            "WIC oats and canned pumpkin).</p><p><b>Staff news:</b> our nutritionist Leilani "
            "Fonoti celebrates 15 years with Harbor County WIC - thank you, Leilani!</p>"
            "<p><b>Did you know?</b> Iron-rich foods like beans help prevent anemia in "
            "toddlers.</p><img src='cid:logo' alt='WIC logo'></body></html>"
        ),
    ),
]
