"""Bridgeway Patient Advocates (patient financial counselling service): 38 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBridgeway Patient Advocates\nFree, confidential help with medical bills | 555-0134 | bridgewayadvocates.org"

FHIR_QR = (
    '{"resourceType": "QuestionnaireResponse", "id": "bw-intake-26-0412", "status": "completed",'
    ' "questionnaire": "https://bridgewayadvocates.org/fhir/Questionnaire/intake-v3", "authored": "2026-03-16",'
    ' "subject": {"display": "Yolanda Pritchett, DOB 1979-12-03"},'
    ' "item": [{"linkId": "household", "text": "Household size", "answer": [{"valueInteger": 3}]},'
    ' {"linkId": "income", "text": "Monthly income", "answer": [{"valueDecimal": 2140.0}]},'
    ' {"linkId": "reason", "text": "Reason for visit", "answer": [{"valueString": "Bills from stroke admission at Mercy Valley, Jan 2026; now on disability"}]},'
    ' {"linkId": "insurance", "text": "Insurance", "answer": [{"valueString": "None at time of admission"}]}]}\n'
)

FHIR_Q_BLANK = (
    '{"resourceType": "Questionnaire", "id": "intake-v3", "status": "active", "title": "Bridgeway client intake v3",'
    ' "item": [{"linkId": "household", "text": "Household size", "type": "integer"},'
    ' {"linkId": "income", "text": "Monthly income", "type": "decimal"},'
    ' {"linkId": "reason", "text": "Reason for visit (e.g. hospital bill, diagnosis-related costs)", "type": "string"},'
    ' {"linkId": "insurance", "text": "Insurance", "type": "string"}]}\n'
)

MESSAGES = [
    Spec(
        phi=True,
        category="Medicaid application cover note with SSN and pregnancy",
        notes="Client name, SSN, DOB and pregnancy with due date sent to a county caseworker for expedited Medicaid.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="caseworker.team4@franklincountyjfs.example.gov",
        subject="Expedited pregnancy Medicaid - application submitted today",
        body=(
            "Hi Ms. Odom,\n\nI helped Chantelle Rivers submit her application this morning (confirmation 2026-0316-88410). She is 24 weeks pregnant, "
            "due July 2, and has prenatal care at Mercy Valley OB but no coverage.\n\nSSN 271-84-0619, DOB 04/19/1999. Household of 2, income $1,610/month.\n\n"
            "Can you flag it for presumptive eligibility?\n\nGrace Nakamura, Certified Application Counselor"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Note to husband about wife's MRI approval",
        notes="Hard positive: first name plus relationship ('June') with her MRI authorization and cost, to the husband's gmail.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="ken.sorensen.oh@gmail.com",
        subject="good news",
        body="Ken - the plan approved June's brain MRI on appeal, so the $2,800 goes away. Her copay will be $150. Tell her to keep the 3/24 slot.\n\nBen",
    ),
    Spec(
        phi=True,
        category="Drug manufacturer assistance application with prescriber DEA",
        notes="Patient-assistance application naming the patient, Crohn's disease and adalimumab, with the prescriber's NPI and DEA.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="applications@abilitypatientfoundation.org",
        subject="New PAP application - adalimumab",
        body=(
            "Hello,\n\nPlease find the application details for our client:\n\n"
            "Patient: Devon Achebe, DOB 09/27/1988, uninsured since January\nDiagnosis: Crohn's disease (K50.90)\nDrug: adalimumab 40 mg SC every 14 days\n"
            "Prescriber: Dr. Leonard Keller, Gastroenterology, NPI: 2339078356, DEA BK9873743\n\nIncome documents and the signed patient consent are attached in your portal.\n\nSofia Lindgren"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer orientation schedule",
        notes="Schedule for new volunteers; no clients.",
        frm="Volunteer Program <volunteers@bridgewayadvocates.org>",
        to="new-volunteers@bridgewayadvocates.org",
        subject="Orientation: March 25 and 26",
        body="Welcome! Orientation runs 9-3 both days at our Harlow office. Day 1: how hospital billing works, Medicaid basics. Day 2: shadowing on the helpline. Lunch provided; parking behind the library.",
    ),
    Spec(
        phi=False,
        category="Aggregate grant outcomes workbook",
        notes="Hard negative: clients served by condition category and dollars relieved, several sheets, aggregate only.",
        frm="Development <development@bridgewayadvocates.org>",
        to="grants@harlowcommunityfoundation.org",
        subject="Year-end report, grant HCF-2025-031",
        body="Attached is our year-end data. In 2025 we served 1,912 clients and helped relieve $14.2M in medical bills.",
        atts=(
            Att(
                "HCF-2025-031_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clients by need": [
                            ["Category", "Clients", "Share"],
                            ["Cancer treatment", 726, 0.38],
                            ["Kidney failure / dialysis", 421, 0.22],
                            ["Maternity", 268, 0.14],
                            ["Other", 497, 0.26],
                        ],
                        "Dollars relieved": [
                            ["Source", "Amount"],
                            ["Hospital charity care", 9100000],
                            ["Medicaid retro coverage", 3800000],
                            ["Drug assistance programs", 1300000],
                        ],
                        "County": [
                            ["County", "Clients"],
                            ["Franklin", 1204],
                            ["Delaware", 388],
                            ["Licking", 320],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical withdrawal tuition appeal to university",
        notes="Letter to a university bursar naming the student and her hospitalization for a psychiatric condition.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="bursar.appeals@harlowstateu.edu",
        subject="Tuition refund appeal - student ID H00482215",
        body=(
            "Dear Appeals Committee,\n\nI am writing on behalf of our client, Kayla Brandvold (student ID H00482215), with her written permission. "
            "Kayla was hospitalized at Mercy Valley's inpatient psychiatric unit from February 3 to February 17 for a major depressive episode and "
            "could not complete the spring term. Her hospital bills are already over $19,000; we ask that her spring tuition of $4,870 be refunded under the medical withdrawal policy.\n\n"
            "Sincerely,\nBen Adeyemi, Patient Advocate" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="De-identified client stories for newsletter",
        notes="Hard negative: composite, de-identified stories ('a 54-year-old with cancer') with no name, date or place.",
        frm="Communications <comms@bridgewayadvocates.org>",
        to="editor@harlowneighborsnews.org",
        subject="Stories for your April health issue",
        body=(
            "Two short composite stories (details changed, no real client can be identified):\n\n"
            "1. A woman in her fifties finishing cancer treatment faced $60,000 in bills. With help she qualified for the hospital's charity program and now owes nothing.\n"
            "2. A young father with kidney failure learned he qualified for Medicare before 65 because of dialysis.\n\nPhotos are stock images."
        ),
    ),
    Spec(
        phi=True,
        category="Hospital charity care application PDF",
        notes="Financial assistance application PDF naming the patient, account and stroke admission, sent to the hospital's FA office.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="financialassistance@mercyvalleymc.org",
        subject="FAP application - acct 50088402",
        body="Attached is the completed financial assistance application and income attestation for account 50088402. Our client's signed release is on page 2.",
        atts=(
            Att(
                "FAP_50088402.pdf",
                "application/pdf",
                pdf(
                    [
                        "FINANCIAL ASSISTANCE APPLICATION - submitted by BRIDGEWAY PATIENT ADVOCATES",
                        "Hospital: Mercy Valley Medical Center   Account: 50088402",
                        "Patient: Yolanda Pritchett   DOB 12/03/1979   Phone 555-0158",
                        "Admission 01/09/2026-01/21/2026: ischemic stroke, rehab unit",
                        "Household: 3   Monthly income: $2,140 (SSDI pending)   Percent FPL: 97%",
                        "Requested: 100% write-off under Mercy Valley FAP",
                    ],
                    "FAP application",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Counselling appointment invite about mother's nursing-home Medicaid",
        notes="Calendar invite to a son's yahoo naming his mother and her nursing-home Medicaid spend-down after dementia diagnosis.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="r.castellano58@yahoo.com",
        subject="Appointment: Medicaid planning for your mother",
        body="Robert, here is our appointment. Please bring your mother's bank statements for the last 5 years and the Maple Grove admission paperwork.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridgeway//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-appt-0318-castellano@bridgewayadvocates.org\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260318T193000Z\r\nDTEND:20260318T203000Z\r\n"
            "SUMMARY:Medicaid spend-down - Teresa Castellano (dementia\\, Maple Grove NH)\r\nLOCATION:Bridgeway office\\, Room 2\r\n"
            "ATTENDEE:mailto:r.castellano58@yahoo.com\r\nORGANIZER:mailto:slindgren@bridgewayadvocates.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Board meeting calendar invite",
        notes="Board meeting invitation; no clients.",
        frm="Executive Director <director@bridgewayadvocates.org>",
        to="board@bridgewayadvocates.org",
        subject="Q1 board meeting",
        body="Agenda: FY27 budget, new hospital partnership, audit committee report.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridgeway//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-board-2026q1@bridgewayadvocates.org\r\nDTSTAMP:20260316T160000Z\r\nDTSTART:20260326T223000Z\r\nDTEND:20260327T000000Z\r\n"
            "SUMMARY:Bridgeway board meeting Q1\r\nLOCATION:Harlow Public Library\\, Room B\r\nORGANIZER:mailto:director@bridgewayadvocates.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form",
        notes="Hard positive: generic body; the TXT is OCR of a handwritten intake form with name, address, phone and chemotherapy bills.",
        frm="Front Desk <frontdesk@bridgewayadvocates.org>",
        to="intake@lakeporthealth.org",
        subject="scan from walk-in",
        body="Scanned form from this morning's walk-in, OCR text attached since the image was unreadable. She asked us to send it to your FA team.",
        atts=(
            Att(
                "scan_0317_0931_ocr.txt",
                "text/plain",
                "BRIDGEWAY INTAKE (paper)   date 3/17/26\nNAME: Marguerite  Oduya       DOB: 5 / 30 / 67\nADDR: 44 Tannery Rd  Lakeport OH\n"
                "PHONE: 555-0116\nWHAT BILLS?: Lakeport Health - chemo for ovarian cancer  Oct-Feb, about $31,000\nINSURANCE: marketplace plan lapsed Dec\n"
                "SIGNATURE: M. Oduya\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank intake form template with clinical field labels",
        notes="Hard negative: empty intake template (Diagnosis, Hospital, Account # blanks) shared with a partner clinic.",
        frm="Front Desk <frontdesk@bridgewayadvocates.org>",
        to="frontoffice@eastharlowfqhc.org",
        subject="Our intake form (blank) for your waiting room",
        body="As promised, our blank intake form. Patients can fill it out before calling us.",
        atts=(
            Att(
                "Bridgeway_intake_form_blank.docx",
                DOCX,
                docx(
                    [
                        "BRIDGEWAY PATIENT ADVOCATES - CLIENT INTAKE",
                        "Name: ______________________   Date of birth: ___/___/_____",
                        "Hospital or clinic that billed you: ______________________   Account #: __________",
                        "Diagnosis or treatment (optional): ______________________",
                        "Insurance (circle): Medicare / Medicaid / Employer / Marketplace / None",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR intake QuestionnaireResponse to hospital partner",
        notes="FHIR QuestionnaireResponse naming the client with DOB and her stroke admission, sent to the hospital partner.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="fhir-intake@mercyvalleymc.org",
        subject="Referral payload for FA pre-screen",
        body="Structured intake for the referral discussed in our huddle; posting by e-mail while your endpoint is down.",
        atts=(Att("qr_bw-intake-26-0412.json", "application/fhir+json", FHIR_QR),),
    ),
    Spec(
        phi=False,
        category="Blank FHIR intake Questionnaire definition",
        notes="Hard negative: FHIR Questionnaire definition with question text about diagnosis; no answers or person.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="integration@mercyvalleymc.org",
        subject="Questionnaire definition for the referral feed",
        body="Here is the Questionnaire resource our QuestionnaireResponses will reference. Version 3, no changes expected this year.",
        atts=(Att("Questionnaire_intake-v3.json", "application/fhir+json", FHIR_Q_BLANK),),
    ),
    Spec(
        phi=True,
        category="Bill negotiation letter to outside surgical practice",
        notes="Negotiation letter naming the client, her account and gallbladder surgery with a settlement proposal.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="billing@centralohiosurgeons.com",
        subject="Account 88-20417 - request for prompt-pay discount",
        body=(
            "Dear Billing Manager,\n\nI represent Ms. Ingrid Halloran (account 88-20417, date of birth 02/14/1971) regarding Dr. Pham's bill for her laparoscopic cholecystectomy "
            "on December 4, 2025. Her insurer's allowed amount was $1,210; you billed her the $2,970 difference as an out-of-network surgeon at an in-network facility, "
            "which the No Surprises Act prohibits. Please reprocess and reduce her balance to in-network cost sharing ($240).\n\nBen Adeyemi"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Abbreviated ESRD Medicare enrolment question to SHIP",
        notes="Hard positive: clinical shorthand (ESRD on HD MWF) with initials, age and a hospital account number sent to a SHIP counsellor.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="ship.counselor@ohioseniorhealth.example.gov",
        subject="Part B SEP q",
        body="Q for you: pt JM, 58M, ESRD on HD MWF since 11/25, Mcare A only, no B (declined at 65? no - ESRD entitlement). MVMC acct 50077812 $11k unpaid HD charges. Can we get retro B? thx, S.",
    ),
    Spec(
        phi=False,
        category="Insulin cost-cap explainer newsletter (HTML only)",
        notes="Hard negative: HTML-only client newsletter about insulin and diabetes costs; no individual.",
        frm="Bridgeway Patient Advocates <news@bridgewayadvocates.org>",
        to="clients@lists.bridgewayadvocates.org",
        subject="Insulin for $35 a month: what changed",
        body="",
        html=(
            "<html><body><h2>Insulin for $35 a month</h2><p>If you have diabetes and Medicare, your insulin copay is capped at $35 per month. "
            "Many manufacturers offer the same cap to people with private insurance or no insurance.</p>"
            "<p>Call our helpline at 555-0134 and ask for a drug-cost review.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccine clinic notice",
        notes="Hard negative: staff health notice about an on-site flu shot clinic; no individual.",
        frm="Operations <ops@bridgewayadvocates.org>",
        to="staff@bridgewayadvocates.org",
        subject="Flu shots Thursday 12-2",
        body="The county health department will give free flu and COVID boosters in the conference room Thursday 12-2. Bring your insurance card if you have one; no cost either way.",
    ),
    Spec(
        phi=True,
        category="Referral to legal aid for medical debt lawsuit",
        notes="Client name, court case and her breast cancer treatment bills in a referral to legal aid.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="intake@centralohiolegalaid.org",
        subject="Referral: medical debt suit, hearing 4/9",
        body=(
            "Hello,\n\nReferring our client Sharon Delmonico (555-0172), sued by Brandt & Fields on behalf of Mercy Valley for $5,205 "
            "(Harlow Municipal Court case 26CVF-01188). The debt is from her breast cancer surgery in 2025, and she should have qualified for 100% charity care. "
            "Hearing April 9. She consents to this referral.\n\nGrace" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Draft partnership MOU with legal aid",
        notes="Draft memorandum of understanding on referrals; no client information.",
        frm="Executive Director <director@bridgewayadvocates.org>",
        to="director@centralohiolegalaid.org",
        subject="MOU draft v2",
        body="Here is v2 with your edits on consent forms and data sharing. Section 5 now limits what we share to the minimum needed for intake.",
        atts=(
            Att(
                "Bridgeway_LegalAid_MOU_v2.docx",
                DOCX,
                docx(
                    [
                        "Memorandum of Understanding between Bridgeway Patient Advocates and Central Ohio Legal Aid",
                        "1. Purpose: coordinated help for people sued over medical debt.",
                        "5. Information sharing: only with the client's written consent, minimum necessary, by encrypted e-mail or secure portal.",
                        "8. Term: one year, renewable.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid renewal checklist to client (HTML only)",
        notes="HTML-only reminder to the client's gmail naming her, her Medicaid renewal and her insulin pump supplies.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="tamika.rowell22@gmail.com",
        subject="Your Medicaid renewal is due April 30",
        body="",
        html=(
            "<html><body><p>Hi Tamika,</p><p>Your Medicaid renewal is due <b>April 30</b>. Please don't let it lapse: your insulin pump supplies "
            "and your endocrinology visits depend on it. Bring:</p><ul><li>last 30 days of pay stubs</li><li>the renewal letter</li></ul>"
            "<p>I can meet Tuesday or Thursday.</p><p>Sofia</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Insurance card photo named after client",
        notes="Hard positive: terse body; the PNG is named for the client's insurance card and is sent for her hospital charity application.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="financialassistance@lakeporthealth.org",
        subject="card for the FA app",
        body="Card attached for the FA app we submitted Monday (acct 2291045).",
        atts=(
            Att("Okonkwo_Adaeze_insurance_card_front.png", "image/png", png(8, 5, (220, 220, 230))),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes chart image",
        notes="PNG bar chart of aggregate dollars relieved by quarter; no individual.",
        frm="Communications <comms@bridgewayadvocates.org>",
        to="design@harlowprintco.com",
        subject="Chart for the annual report, page 4",
        body="Please place this chart on page 4. Caption: 'Medical bills relieved per quarter, 2025'.",
        atts=(Att("relieved_by_quarter_2025.png", "image/png", png(10, 6, (60, 140, 90))),),
    ),
    Spec(
        phi=True,
        category="Joint caseload workbook to hospital partner",
        notes="Multi-sheet caseload list naming shared clients, hospital accounts and their Medicaid/FAP status.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="financialcounseling@mercyvalleymc.org",
        subject="Shared caseload for Thursday's huddle",
        body="Updated caseload attached. Two new retro-Medicaid approvals this week.",
        atts=(
            Att(
                "shared_caseload_0319.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open": [
                            ["Client", "MVMC acct", "Service", "Status"],
                            ["Yolanda Pritchett", "50088402", "Stroke admission", "FAP submitted"],
                            ["Chantelle Rivers", "50091044", "Prenatal", "Medicaid pending"],
                            [
                                "J. Mbeki",
                                "50077812",
                                "Outpatient dialysis",
                                "Medicare Part B retro",
                            ],
                        ],
                        "Closed this week": [
                            ["Client", "MVMC acct", "Outcome"],
                            ["Harold Teague", "50081200", "Retro Medicaid approved"],
                            ["Lynette Burrell", "50072870", "Paid in full"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: de-identified CSV with age bands, 3-digit ZIP, debt amounts and condition categories under a data use agreement.",
        frm="Data & Evaluation <data@bridgewayadvocates.org>",
        to="medicaldebt.study@harlowstateu.edu",
        subject="De-identified extract per DUA 2026-02",
        body="Attached is the Safe Harbor de-identified extract (no names, dates reduced to year, ZIP3 only, ages 90+ grouped). 2,010 rows; first rows shown as a sample.",
        atts=(
            Att(
                "bridgeway_deid_2025.csv",
                "text/csv",
                "study_id,age_band,zip3,year,condition_category,debt_usd,outcome\nS0001,50-59,432,2025,cancer,61200,charity_full\n"
                "S0002,30-39,430,2025,maternity,8400,medicaid_retro\nS0003,60-69,432,2025,kidney,11100,medicare_retro\nS0004,90+,433,2025,cardiac,4300,payment_plan\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Client's own bill e-mail forwarded to hospital billing",
        notes="Forwarded (rfc822) client e-mail in which he describes his appendectomy bill and account number.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="billing@mercyvalleymc.org",
        subject="Fw: my bill - please review with consent on file",
        body="Forwarding with our client's consent (release on file with your FA office). Can you hold the account from collections while FA reviews it?\n\nBen",
        forward=Spec(
            phi=True,
            category="forwarded client mail",
            notes="inner",
            frm="Marcus Fontaine <marcusfontaine71@gmail.com>",
            to="badeyemi@bridgewayadvocates.org",
            subject="my bill",
            body="Ben, here's the thing they sent me. $18,422 for the appendix surgery in March. Account 50091177. I lost my job in January, I can't pay this.",
        ),
    ),
    Spec(
        phi=False,
        category="Case-management software renewal",
        notes="Vendor renewal mail about licences; no clients.",
        frm="Operations <ops@bridgewayadvocates.org>",
        to="renewals@casetrackersoftware.com",
        subject="Renewal quote Q-8812",
        body="We'd like to renew 18 seats, not 22. Please also confirm the BAA carries over to the new term and send the updated SOC 2 report.",
    ),
    Spec(
        phi=False,
        category="Volunteer privacy training with fictional examples",
        notes="Hard negative: HIPAA training note whose examples of what never to e-mail use clearly declared fictional names.",
        frm="Volunteer Program <volunteers@bridgewayadvocates.org>",
        to="new-volunteers@bridgewayadvocates.org",
        subject="Privacy basics before your first shift",
        body=(
            "Before your first helpline shift, remember:\n\n- Never put a client's name and their condition in the same e-mail subject. "
            "Bad example (fictional): 'Maria Example - chemo bills'. Good: 'Case 26-0001'.\n- Use the secure portal for documents.\n"
            "- If you e-mail the wrong person, tell a supervisor within the hour.\n\nThe names above are made up for training."
        ),
    ),
    Spec(
        phi=True,
        category="Medicare beneficiary question to SHIP with MBI",
        notes="Beneficiary name, MBI and her Part D drug for multiple sclerosis sent to a SHIP counsellor.",
        frm="Sofia Lindgren <slindgren@bridgewayadvocates.org>",
        to="ship.counselor@ohioseniorhealth.example.gov",
        subject="Extra Help application stuck",
        body=(
            "Hi Paula,\n\nOur client Evelyn Marchbanks (MBI: 7DX4-AN2-WP58) applied for Extra Help in January and still shows as pending. "
            "Her Ocrevus infusions for MS cost her $1,900 per dose under Part B without a Medigap plan. Could you check the SSA status?\n\nSofia"
        ),
    ),
    Spec(
        phi=False,
        category="Press release on medical debt relieved",
        notes="Media release with aggregate figures; no individual.",
        frm="Communications <comms@bridgewayadvocates.org>",
        to="newsdesk@harlowdispatch.com",
        subject="For release: Bridgeway helped erase $14.2M in medical bills in 2025",
        body="FOR IMMEDIATE RELEASE\n\nHARLOW, Ohio - Bridgeway Patient Advocates helped 1,912 local residents resolve $14.2 million in medical bills in 2025, a 22% increase over 2024. Most clients were uninsured or underinsured and treated for cancer, kidney disease or childbirth.\n\nMedia contact: 555-0134",
    ),
    Spec(
        phi=True,
        category="COBRA request to client's employer HR",
        notes="Names the employee-client and his February hospitalization for a heart attack in a COBRA request to his employer.",
        frm="Ben Adeyemi <badeyemi@bridgewayadvocates.org>",
        to="hr@harlowprecisionstamping.com",
        subject="COBRA election notice for Marcus Bell",
        body=(
            "Hello,\n\nWith Mr. Marcus Bell's permission, I'm asking when his COBRA election notice was mailed. He was hospitalized at Mercy Valley for a heart attack "
            "on February 20, the day after his last day of work, and the hospital needs proof of continued coverage. His address is 904 Walnut St, Harlow.\n\nBen Adeyemi"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Call for retired-nurse volunteers",
        notes="Hard negative: volunteer recruitment mentioning cancer, dialysis and Medicaid in general terms; no client.",
        frm="Volunteer Program <volunteers@bridgewayadvocates.org>",
        to="members@ohioretirednurses.org",
        subject="Volunteers wanted: help patients read their bills",
        body="Retired nurses are ideal helpline volunteers: you know what a CPT code is, what dialysis involves and why a chemo bill has 40 lines. 4 hours a week, training provided. Reply to this e-mail to learn more.",
    ),
    Spec(
        phi=True,
        category="Zip of supporting documents for Medicaid retro request",
        notes="Zip of text documents naming the client with her hospital bill for premature labor and income proof, sent to county Medicaid.",
        frm="Grace Nakamura <gnakamura@bridgewayadvocates.org>",
        to="caseworker.team4@franklincountyjfs.example.gov",
        subject="Retro coverage request - documents",
        body="Supporting documents for the 3-month retroactive coverage request are zipped here.",
        atts=(
            Att(
                "retro_request_docs.zip",
                "application/zip",
                zipped(
                    {
                        "01_request.txt": "Retroactive Medicaid request for Lucia Paredes-Gant, DOB 08/08/1996, case 26-MA-004471\nMonths requested: Dec 2025 - Feb 2026\n",
                        "02_hospital_bill.txt": "Mercy Valley Medical Center - Lucia Paredes-Gant - admission 12/28/2025 preterm labor, 32 weeks, L&D observation 3 days - $14,960.00\n",
                        "03_income.txt": "Employer letter: hours reduced to 12/week since November 2025.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Board minutes document",
        notes="Board minutes about budget and staffing; no clients.",
        frm="Executive Director <director@bridgewayadvocates.org>",
        to="board@bridgewayadvocates.org",
        subject="Draft minutes - February meeting",
        body="Draft minutes attached for review before the March meeting.",
        atts=(
            Att(
                "board_minutes_2026-02.docx",
                DOCX,
                docx(
                    [
                        "Bridgeway Patient Advocates - Board of Directors - February 2026",
                        "Present: 9 of 11 directors. Quorum confirmed.",
                        "Motion to approve two new counselor positions funded by the Harlow Community Foundation: carried.",
                        "Treasurer: 6 months operating reserve.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Enrolment roster for cancer navigation programme",
        notes="Hard positive: CSV of client names and enrolment dates in the Cancer Financial Navigation programme, sent to the funder for verification.",
        frm="Development <development@bridgewayadvocates.org>",
        to="grants.compliance@buckeyecancerfund.org",
        subject="Roster for desk audit",
        body="As requested for the desk audit, the Q1 enrolment roster is attached. Please treat as confidential.",
        atts=(
            Att(
                "CFN_roster_Q1.csv",
                "text/csv",
                "client_name,enrolled,county\nMarguerite Oduya,2026-03-17,Licking\nSharon Delmonico,2026-02-02,Franklin\nEsther Brennan,2026-01-20,Franklin\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Generic how-we-help reply to a member of the public",
        notes="Hard negative: reply to a personal mailbox explaining services in general; says nothing about the person's health or bills.",
        frm="Helpline <help@bridgewayadvocates.org>",
        to="jt.morales.home@gmail.com",
        subject="Re: how does this work?",
        body="Hi,\n\nThanks for asking. Our help is free. A counselor reviews bills, checks for insurance errors, and helps you apply for Medicaid, hospital charity care or payment plans. To start, call 555-0134 or book a time at bridgewayadvocates.org/book.\n\nBridgeway Helpline",
    ),
    Spec(
        phi=False,
        category="Debt-relief portfolio purchase announcement to partner",
        notes="Hard negative: announcement of a medical-debt portfolio purchase with counts and dollars only; no individual.",
        frm="Executive Director <director@bridgewayadvocates.org>",
        to="partnerships@lakeporthealth.org",
        subject="Debt relief purchase closed",
        body="Good news: with our donors we purchased and abolished 3,214 Lakeport medical accounts ($4.9M face value) from your 2019-2021 bad-debt inventory. Letters to the affected households go out next month from our mail vendor; you don't need to do anything.",
    ),
    Spec(
        phi=False,
        category="Insurance enrolment fair flyer (HTML only)",
        notes="HTML-only community event flyer; no individual.",
        frm="Bridgeway Patient Advocates <events@bridgewayadvocates.org>",
        to="community@lists.bridgewayadvocates.org",
        subject="Free insurance enrolment help - Saturday April 11",
        body="",
        html=(
            "<html><body><h2>Get covered</h2><p>Saturday April 11, 10-2, Harlow Recreation Center. Certified counselors will help with Medicaid, "
            "Marketplace plans and Medicare Savings Programs. Bring ID and proof of income. Spanish, Korean, Chinese and Tagalog interpreters available.</p></body></html>"
        ),
    ),
]
