"""Outbound mail of Bellwether Life Assurance's underwriting office (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BLA, Att, Spec

SIG = (
    "\n\nBellwether Life Assurance Company - New Business Underwriting\n"
    "1 Bellwether Plaza, Des Moines, IA 50309 | (515) 555-0180"
)
NOTICE = (
    "\n\nThis message may contain confidential medical information obtained with the applicant's "
    "authorization. If you are not the intended recipient, delete it and notify us."
)

HL7_PARAMED = (
    "MSH|^~\\&|HEMALAB|HEMA|BELLWETHER|UW|202610161022||ORU^R01|HL48-7719|P|2.5.1\r"
    "PID|1||BL-7740913^^^BELLWETHER^AN||CARRASCO^MIGUEL^J||19740309|M\r"
    "OBR|1||HL7719|INSPANEL^Insurance blood and urine profile|||20261015\r"
    "OBX|1|NM|4548-4^HbA1c||7.4|%|4.0-5.6|H|||F\r"
    "OBX|2|ST|10366-3^Cotinine urine||POSITIVE||NEG|A|||F\r"
    "OBX|3|NM|1742-6^ALT||88|U/L|7-56|H|||F\r"
)

FHIR_Q = """{
  "resourceType": "Questionnaire",
  "id": "bla-health-questionnaire-2026",
  "status": "active",
  "title": "Bellwether Part B Medical Questionnaire",
  "item": [
    {"linkId": "1", "text": "In the past 10 years have you been diagnosed with or treated for heart disease, stroke or high blood pressure?", "type": "boolean"},
    {"linkId": "2", "text": "Have you ever been treated for alcohol or drug use?", "type": "boolean"},
    {"linkId": "3", "text": "List all medications you currently take.", "type": "text"}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Attending physician statement request to doctor's office",
        notes="APS request naming the applicant with DOB to her physician, with authorization PDF.",
        frm=f"APS Unit <apsunit@{BLA}>",
        to="frontdesk@oakparkfamilymed.com",
        subject="Attending Physician Statement request - Yolanda Briggs",
        body=(
            "Dear Dr. Ferreira's office,\n\nBellwether Life has received an application for life insurance "
            "from your patient Yolanda Briggs (DOB 06/11/1969). Please complete the enclosed Attending "
            "Physician Statement and include copies of office notes, labs and specialist letters for the "
            "last five years. A signed authorization is enclosed; our fee of $75 will be paid on receipt." + SIG
        ),
        atts=(
            Att(
                "APS_request_Briggs.pdf",
                "application/pdf",
                pdf(
                    [
                        "BELLWETHER LIFE ASSURANCE COMPANY - ATTENDING PHYSICIAN STATEMENT REQUEST",
                        "Proposed insured: Yolanda Briggs   DOB: 06/11/1969   App no. BL-7741208",
                        "Physician: Dr. Luis Ferreira, Oak Park Family Medicine",
                        "Please provide: diagnoses, dates of treatment, medications, lab results, referrals.",
                        "Authorization signed 10/09/2026 (MIB/medical information authorization attached).",
                    ],
                    "APS request - Briggs",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Rated underwriting decision letter to applicant",
        notes="Decision letter to applicant's gmail explaining a table rating because of her diabetes and A1c.",
        frm=f"Underwriting <underwriting@{BLA}>",
        to="yolanda.briggs1969@gmail.com",
        subject="Your Bellwether Life application - decision",
        body=(
            "Dear Ms. Briggs,\n\nWe have completed our review of your application for a $500,000 term "
            "policy. We can offer coverage at a Table 4 rating rather than the Preferred rate you applied "
            "for. The main reason is your history of type 2 diabetes, with a most recent HbA1c of 8.1% "
            "reported by Dr. Ferreira, and early retinopathy noted by your eye doctor.\n\nIf your A1c is "
            "below 7% for 12 months, you may ask us to reconsider the rating.\n\nSincerely,\n"
            "Carla Nguyen, Senior Underwriter" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Paramedical exam appointment invite",
        notes="Hard positive: calendar invite to an exam vendor naming the applicant, his home address, a fasting blood/urine draw and his insulin-treated type 1 diabetes.",
        frm=f"Exam Scheduling <exams@{BLA}>",
        to="dispatch@paramedexpress.com",
        subject="Exam scheduled - Carrasco",
        body="Please assign an examiner for the appointment below. No examiner gender preference.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellwether Life//Exams//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bla-exam-7740913@bellwetherlife.com\r\nDTSTAMP:20261012T140000Z\r\n"
            "DTSTART:20261015T130000Z\r\nDTEND:20261015T140000Z\r\n"
            "SUMMARY:Paramed exam - Miguel Carrasco (BL-7740913)\r\n"
            "DESCRIPTION:Fasting blood and urine profile\\, resting EKG\\, height/weight/BP. Applicant is on insulin for type 1 diabetes - book the first slot so he can eat right after the draw. Phone (515) 555-0188.\r\n"
            "LOCATION:2714 Beaver Ave\\, Des Moines\\, IA 50310\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded exam lab results to consulting medical director",
        notes="Forward of an exam lab result e-mail naming the applicant with elevated liver enzymes and CDT.",
        frm=f"Carla Nguyen <cnguyen@{BLA}>",
        to="dr.pham@insurancemedconsult.com",
        subject="Fwd: Lab results BL-7742035",
        body="Dr. Pham - could you give me an opinion on the liver profile below before I refer this to the reinsurer? Thanks, Carla" + NOTICE,
        forward=Spec(
            phi=True,
            category="lab results",
            notes="lab results",
            frm="Results <results@hemalabs.com>",
            to=f"underwriting@{BLA}",
            subject="Lab results BL-7742035",
            body=(
                "Applicant: Gregory Lindahl, DOB 1971-11-30\nSpecimen date: 2026-10-13\n"
                "GGT 212 U/L (H)\nAST 96 U/L (H)\nALT 71 U/L (H)\nCDT 2.9% (H)\nHepatitis C antibody: non-reactive"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse MIB hit note to reinsurer",
        notes="Hard positive: surname, initial and an MIB cardiac code with an APS plan in a two-line note.",
        frm=f"Carla Nguyen <cnguyen@{BLA}>",
        to="fac.uw@northstarre.com",
        subject="Mendoza, A. - prelim",
        body="Mendoza, A. (BL-7741876): MIB shows a 2023 cardiac code from another carrier. Ordering APS from Dr. Liu; will send the fac package once in. C.",
    ),
    Spec(
        phi=True,
        category="Facultative reinsurance submission workbook",
        notes="Multi-sheet workbook to a reinsurer with the applicant's name, DOB, face amount and impairments.",
        frm=f"Reinsurance Desk <reinsurance@{BLA}>",
        to="fac.uw@northstarre.com",
        subject="Fac submission - $4M - Kwan",
        body="Please quote facultative on the attached. Our retention is $1M. Full APS pack uploaded to the portal." + NOTICE,
        atts=(
            Att(
                "fac_submission_Kwan.xlsx",
                XLSX,
                xlsx(
                    {
                        "Case": [
                            ["Insured", "Benjamin Kwan"],
                            ["DOB", "1968-04-27"],
                            ["Face amount", 4000000],
                            ["Product", "20-year term"],
                        ],
                        "Impairments": [
                            ["Impairment", "Detail", "Our debit"],
                            ["Atrial fibrillation", "paroxysmal, on apixaban, CHA2DS2-VASc 1", 75],
                            ["Obstructive sleep apnea", "CPAP compliant", 0],
                            ["Build", "6'0\" 242 lb, BMI 32.8", 25],
                        ],
                        "Labs": [["Test", "Value"], ["NT-proBNP", 310], ["HbA1c", 5.9]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Postponement notice to agent",
        notes="Hard positive: agent told his named client is postponed until six months after a pending heart surgery.",
        frm=f"Underwriting <underwriting@{BLA}>",
        to="dchoi.agency@farmlandfinancial.com",
        subject="Application BL-7741502 - postponed",
        body=(
            "Hi Dennis,\n\nWe have to postpone your client Daniel Choi's application. His cardiologist's "
            "records show a mitral valve repair scheduled for November. We can reconsider six months after "
            "surgery with a post-operative echo. We will send him the formal notice separately.\n\nCarla" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Prescription history report attachment only",
        notes="Hard positive: body says only 'Rx check attached'; the text file lists the applicant's name and antidepressant/benzodiazepine fills.",
        frm=f"Carla Nguyen <cnguyen@{BLA}>",
        to="dr.pham@insurancemedconsult.com",
        subject="Rx check for file UW-2026-48817",
        body="Rx check attached. Any concern for the mental-health questions on Part B? C.",
        atts=(
            Att(
                "UW-2026-48817_rx.txt",
                "text/plain",
                "PRESCRIPTION HISTORY REPORT\nSubject: Alicia Brennan-Moss  DOB 1985-07-19  ZIP 50266\n"
                "2026-09-02 sertraline 100 mg #30  Dr. K. Olafsen\n"
                "2026-08-03 sertraline 100 mg #30  Dr. K. Olafsen\n"
                "2026-06-21 lorazepam 0.5 mg #20  Dr. K. Olafsen\n"
                "2025-12-11 quetiapine 25 mg #30  Dr. R. Singh (psychiatry)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Contestable claim record request for deceased insured",
        notes="Hospital request naming a deceased insured, date of death and the admission that preceded it.",
        frm=f"Claims Investigations <claimsinv@{BLA}>",
        to="roi@iowamethodistmed.org",
        subject="Records request - deceased insured",
        body=(
            "Bellwether Life is reviewing a death claim within the two-year contestable period.\n\n"
            "Insured: Frank Delacroix\nDOB: 03/03/1961\nDate of death: 09/28/2026\n\n"
            "Please send all records of his admission of 09/24/2026-09/28/2026, including the discharge "
            "summary, toxicology and any history of alcohol-related liver disease. The executor's "
            "authorization is enclosed." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Death claim letter to beneficiary with cause pending",
        notes="Letter to a beneficiary's yahoo mailbox naming the insured and the pending autopsy and toxicology.",
        frm=f"Death Claims <deathclaims@{BLA}>",
        to="monique.delacroix@yahoo.com",
        subject="Claim for policy ending 4471",
        body=(
            "Dear Ms. Delacroix,\n\nWe are sorry for the loss of your husband, Frank. The certified death "
            "certificate we received lists the cause of death as 'pending' while the medical examiner's "
            "autopsy and toxicology are completed. We will finish our review once the amended certificate "
            "is available. Because the policy is within its contestable period, we have also requested his "
            "records from Iowa Methodist.\n\nWith sympathy,\nJoan Ellery, Claims Examiner" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HL7 paramedical lab panel to reinsurer",
        notes="Hard positive: routine body; the HL7 file holds the applicant's name, DOB, high HbA1c, positive cotinine and high ALT.",
        frm=f"Reinsurance Desk <reinsurance@{BLA}>",
        to="fac.uw@northstarre.com",
        subject="Lab file for fac case 26-1187",
        body="Lab file attached for fac case 26-1187, per your request." + NOTICE,
        atts=(Att("fac26-1187_labs.hl7", "application/hl7-v2", HL7_PARAMED),),
    ),
    Spec(
        phi=True,
        category="Portal notification naming oncology records (HTML only)",
        notes="Hard positive: HTML portal notice to applicant's gmail saying records arrived from her named oncologist.",
        frm=f"Bellwether Life <noreply@{BLA}>",
        to="hollyann.marsh@gmail.com",
        subject="Update on your application",
        body="",
        html=(
            "<html><body><p>Hello Holly-Ann,</p><p>Good news: we received the records from "
            "<b>Dr. Marguerite Olsen, Iowa Cancer Specialists</b> for your application "
            "#BL-7741990. An underwriter is now reviewing your breast cancer treatment history and "
            "will contact you within 5 business days.</p><p>Bellwether Life Assurance</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Headerless CSV of applicant lab values",
        notes="Hard positive: a CSV with no header row listing applicant names, DOBs and lab values.",
        frm=f"Carla Nguyen <cnguyen@{BLA}>",
        to="audit@uwqualitypartners.com",
        subject="files for the sample",
        body="Here are the remaining three from the sample, in the same layout as before.",
        atts=(
            Att(
                "sample_b.csv",
                "text/csv",
                "Ruiz,Hector,1968-02-11,HbA1c,7.9,cotinine,POS\n"
                "Pellegrini,Ruth,1957-10-03,NT-proBNP,640,cotinine,NEG\n"
                "Osei,Reginald,1959-08-27,creatinine,3.1,eGFR,19\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Tele-interview transcript with SSN and alcohol treatment",
        notes="Docx transcript to a reinsurer containing the applicant's SSN and answers about alcohol treatment.",
        frm=f"Reinsurance Desk <reinsurance@{BLA}>",
        to="fac.uw@northstarre.com",
        subject="Tele-interview transcript - case 26-1192",
        body="Transcript of the personal history interview attached." + NOTICE,
        atts=(
            Att(
                "tele_interview_26-1192.docx",
                DOCX,
                docx(
                    [
                        "BELLWETHER LIFE - PERSONAL HISTORY INTERVIEW",
                        "Applicant: Gregory Lindahl   SSN: 431-72-0658   DOB: 11/30/1971",
                        "Q: Have you ever been treated for alcohol use? A: Yes, 28-day residential program at Hazel Ridge in 2019.",
                        "Q: Current drinking? A: Says 2-3 beers on weekends. Attends AA monthly.",
                        "Q: Medications? A: naltrexone stopped in 2021.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP compliance request to applicant",
        notes="Follow-up to applicant's outlook mailbox about his sleep apnea and CPAP use data.",
        frm=f"Underwriting <underwriting@{BLA}>",
        to="b.kwan68@outlook.com",
        subject="One more item for your application",
        body=(
            "Dear Mr. Kwan,\n\nDuring your phone interview you mentioned being treated for obstructive "
            "sleep apnea. Please ask your sleep clinic or your CPAP supplier for a 90-day compliance "
            "report and upload it to the portal. That is the last item we need.\n\nThank you,\n"
            "Underwriting Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Abbreviated cardiac summary to reinsurer",
        notes="Hard positive: shorthand medical summary (hx MI s/p PCI, EF, meds) tied to an applicant's name and age.",
        frm=f"Carla Nguyen <cnguyen@{BLA}>",
        to="medical.director@northstarre.com",
        subject="quick look?",
        body="Appl K. Brandvold, 52M. hx MI '19 s/p PCI x2 (LAD, RCA). EF 45% on 8/26 echo. ASA/atorva 80/metop 50. Non-smoker. $1.5M 20T. Standard w/ flat extra or Table 2? C.",
    ),
    Spec(
        phi=True,
        category="EKG tracing image named after applicant",
        notes="Hard positive: PNG file named with the applicant's name and exam date sent to a cardiologist reviewer.",
        frm=f"APS Unit <apsunit@{BLA}>",
        to="reads@heartreadmd.com",
        subject="EKG for over-read",
        body="Please over-read the attached tracing. Standard 48-hour turnaround is fine.",
        atts=(Att("EKG_Pellegrini_Ruth_2026-10-14.png", "image/png", png(12, 4, (250, 220, 220))),),
    ),
    Spec(
        phi=True,
        category="Rescission letter for undisclosed diagnosis",
        notes="Letter to an insured's attorney rescinding a policy because a multiple sclerosis diagnosis was not disclosed.",
        frm=f"Claims Investigations <claimsinv@{BLA}>",
        to="jortiz@ortizlawdsm.com",
        subject="Rescission of policy - your client Alana Whitcomb",
        body="Counsel, please see the attached letter regarding your client's policy." + SIG,
        atts=(
            Att(
                "Whitcomb_rescission.pdf",
                "application/pdf",
                pdf(
                    [
                        "BELLWETHER LIFE ASSURANCE COMPANY",
                        "Re: Alana Whitcomb, policy issued 04/2025",
                        "Our contestable review found that Ms. Whitcomb was diagnosed with relapsing-remitting",
                        "multiple sclerosis in 2023 and was taking ocrelizumab when she applied, but answered",
                        "'No' to question 7 (neurological disorders). We are rescinding the policy and refunding",
                        "all premiums paid ($3,182.40).",
                    ],
                    "Rescission - Whitcomb",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reactive HIV screen notice to designated physician",
        notes="Letter to the applicant's designated physician reporting his reactive HIV screen and confirmatory result.",
        frm=f"Medical Department <meddept@{BLA}>",
        to="office@capitolinternalmed.com",
        subject="Confidential: test result for your patient",
        body=(
            "Dear Dr. Abiodun,\n\nYour patient Samuel Oyelaran (DOB 12/05/1980) named you as the physician "
            "to receive significant results from his life insurance blood test. His HIV-1/2 antigen/antibody "
            "screen of 10/08/2026 was reactive and the confirmatory differentiation assay was positive for "
            "HIV-1. We have not told him the result; please contact him to discuss it.\n\n"
            "Dr. Helena Strand, Chief Medical Officer" + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Underwriting manual excerpt zip",
        notes="Hard negative: zipped underwriting guideline pages on diabetes and build ratings; no applicant.",
        frm=f"Underwriting Standards <uwstandards@{BLA}>",
        to="newbusiness@harborbrokerage.com",
        subject="Field underwriting guide - 2026 edition",
        body="As requested, the diabetes and build sections of our field underwriting guide are attached." + SIG,
        atts=(
            Att(
                "field_uw_guide_2026.zip",
                "application/zip",
                zipped(
                    {
                        "diabetes.txt": "Type 2 diabetes, onset after 40, A1c < 7.0, no complications: Standard possible. A1c 7.0-8.0: Table 2. A1c > 9: decline.",
                        "build.txt": "Height 5'10\": Preferred Plus to 196 lb; Standard to 237 lb; Table 2 to 262 lb.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mortality experience study workbook",
        notes="Hard negative: aggregate actual-to-expected mortality by impairment; no individuals.",
        frm=f"Actuarial <actuarial@{BLA}>",
        to="experience.studies@northstarre.com",
        subject="2021-2025 impairment experience study",
        body="Our impairment A/E study is attached for the treaty review." + SIG,
        atts=(
            Att(
                "impairment_AE_2021_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By impairment": [
                            ["Impairment", "Exposure years", "Deaths", "A/E"],
                            ["Type 2 diabetes", 18420, 61, 1.12],
                            ["Coronary disease", 6210, 44, 0.97],
                            ["Sleep apnea", 23990, 28, 0.88],
                        ],
                        "By class": [["Class", "A/E"], ["Preferred Plus", 0.71], ["Standard", 0.94], ["Table 2-4", 1.06]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Chief medical officer announcement with NPI",
        notes="Hard negative: staff announcement of a physician's appointment with specialty, diseases researched and NPI.",
        frm=f"Communications <communications@{BLA}>",
        to="producers@lists.bellwetherlife.com",
        subject="Welcome Dr. Helena Strand, Chief Medical Officer",
        body=(
            "We are pleased to announce that Helena Strand, MD, FACC (NPI: 1919189179) has joined "
            "Bellwether as Chief Medical Officer. Dr. Strand is a cardiologist who spent 15 years at "
            "Iowa Heart Institute researching heart failure and atrial fibrillation outcomes. She will lead "
            "our medical underwriting guidelines." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Fictional training case for underwriters",
        notes="Hard negative: training case explicitly fictional with age, BMI and A1c but no identity.",
        frm=f"Underwriting Training <uwtraining@{BLA}>",
        to=f"trainees@{BLA}",
        subject="Case study 7 for Thursday",
        body=(
            "Case 7 (fictional - for training only): a 45-year-old male accountant applies for $750,000 "
            "20-year term. BMI 34, blood pressure 138/88 on lisinopril, HbA1c 6.9%, no tobacco. Father "
            "died of MI at 61.\n\nWhat class would you offer and why? Bring your answers Thursday."
        ),
    ),
    Spec(
        phi=False,
        category="Agent commission statement by policy number",
        notes="Commission statement listing policy numbers and premiums only; no health information.",
        frm=f"Agent Compensation <agentcomp@{BLA}>",
        to="dchoi.agency@farmlandfinancial.com",
        subject="October commission statement",
        body="Your October statement is attached. Payment will be deposited on 10/30." + SIG,
        atts=(
            Att(
                "commission_2026-10_agent40771.csv",
                "text/csv",
                "policy,product,annual_premium,rate,commission\n"
                "LT-20-5520913,20-year term,1210.00,0.90,1089.00\nLT-10-5521077,10-year term,486.00,0.80,388.80\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Term life product brochure (HTML only)",
        notes="Consumer marketing for term life with generic health-class wording; no individual.",
        frm=f"Bellwether Life <marketing@{BLA}>",
        to="newsletter@lists.bellwetherlife.com",
        subject="Coverage in as little as 10 days",
        body="",
        html=(
            "<html><body><h1>Term life, simplified.</h1><p>Apply online in 20 minutes. Many applicants "
            "under 50 qualify without a medical exam.</p><p>Rates from $14/month for $250,000 of "
            "coverage (Preferred Plus, non-tobacco, age 35).</p><p><a href='https://www.bellwetherlife.com/quote'>"
            "Get a quote</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Underwriting workbench outage notice",
        notes="Internal IT maintenance notice; no health information.",
        frm=f"IT Service Desk <servicedesk@{BLA}>",
        to=f"newbusiness@{BLA}",
        subject="Planned outage Saturday 22:00-02:00",
        body="The underwriting workbench and the APS portal will be unavailable Saturday night for database upgrades. Save your work before 21:45.",
    ),
    Spec(
        phi=False,
        category="Paramedical vendor fee schedule",
        notes="Hard negative: exam services price list (blood profile, EKG, urine) with no applicant.",
        frm=f"Vendor Management <vendor.management@{BLA}>",
        to="contracts@paramedexpress.com",
        subject="2027 fee schedule - countersigned",
        body=(
            "Countersigned 2027 fees:\nParamed exam with blood and urine profile - $95\nResting EKG add-on - $40\n"
            "Treadmill stress test - $210\nOral fluid HIV/cotinine kit - $28\nMobile phlebotomy only - $55\n\n"
            "Fees include courier of specimens to Hema Labs." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Lab cut-off table for insurance panel",
        notes="Hard negative: reference cut-offs for insurance lab tests; no individual results.",
        frm=f"Underwriting Standards <uwstandards@{BLA}>",
        to="clientservices@hemalabs.com",
        subject="Updated flag thresholds",
        body="Please apply these flag thresholds to our panel from November 1." + SIG,
        atts=(
            Att(
                "flag_thresholds_2026-11.csv",
                "text/csv",
                "test,unit,flag_low,flag_high\nHbA1c,%,,6.0\nGGT,U/L,,100\nNT-proBNP,pg/mL,,200\nCotinine,ng/mL,,200\neGFR,mL/min,60,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Guideline change memo on nicotine replacement",
        notes="Hard negative: guideline memo about classes for nicotine-replacement users; no individual.",
        frm=f"Underwriting Standards <uwstandards@{BLA}>",
        to="producers@lists.bellwetherlife.com",
        subject="Guideline change: nicotine replacement therapy",
        body=(
            "Effective 11/1/2026, applicants who use nicotine patches or gum as part of a cessation "
            "program, with no tobacco use for 12 months, qualify for non-tobacco rates up to Preferred. "
            "Positive cotinine results must be explained on the application." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Credential verification of contract physician with DEA",
        notes="Hard negative: credentialing note listing a consulting physician's NPI and DEA numbers; provider identifiers only.",
        frm=f"Medical Department <meddept@{BLA}>",
        to="credentialing@insurancemedconsult.com",
        subject="Credential verification - Dr. Omar Haddad",
        body=(
            "We have verified the following for our new consulting medical director:\nOmar Haddad, MD, "
            "internal medicine\nNPI: 1362211306\nDEA: BH5667970 (active, exp. 2028)\nIowa licence MD-44187 "
            "(active)\n\nNo board actions found." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Reinsurance treaty meeting invitation",
        notes="Business meeting invite about treaty terms; no health information about individuals.",
        frm=f"Reinsurance Desk <reinsurance@{BLA}>",
        to="treaty@northstarre.com",
        subject="Treaty renewal meeting",
        body="Looking forward to discussing the 2027 YRT rates and the automatic binding limits.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellwether Life//Reinsurance//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bla-treaty-2027@bellwetherlife.com\r\nDTSTAMP:20261019T150000Z\r\n"
            "DTSTART:20261110T150000Z\r\nDTEND:20261110T170000Z\r\nSUMMARY:2027 treaty renewal\r\n"
            "LOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Application received acknowledgement to applicant",
        notes="Hard negative: acknowledgement to an applicant's gmail with name and application number but no health details.",
        frm=f"Bellwether Life <noreply@{BLA}>",
        to="tmaddox.home@gmail.com",
        subject="We received your application",
        body=(
            "Dear Terrence Maddox,\n\nThank you for applying for Bellwether Term 20. Your application "
            "number is BL-7742210. We will e-mail you if we need anything else. You can check the status "
            "any time at bellwetherlife.com/status.\n\nBellwether Life Assurance"
        ),
    ),
    Spec(
        phi=False,
        category="Agent contracting reply",
        notes="Contracting paperwork reply to an agent's gmail; no health information.",
        frm=f"Agent Contracting <contracting@{BLA}>",
        to="kelsey.ruiz.insurance@gmail.com",
        subject="Re: appointment paperwork",
        body="Hi Kelsey, we received your E&O certificate and AML training certificate. Your Iowa appointment should be active within 3 business days. Welcome aboard!",
    ),
    Spec(
        phi=False,
        category="FHIR questionnaire template for health questions",
        notes="Hard negative: FHIR Questionnaire resource with medical questions but no answers or person.",
        frm=f"Digital Applications <digital@{BLA}>",
        to="dev@quotepipe.io",
        subject="Part B questionnaire as FHIR",
        body="Here is the Part B medical questionnaire as a FHIR Questionnaire resource for your e-app integration." + SIG,
        atts=(Att("bla_partB_questionnaire.json", "application/fhir+json", FHIR_Q),),
    ),
    Spec(
        phi=False,
        category="Annual privacy notice (HTML only)",
        notes="Hard negative: privacy notice describing collection of medical information in general; no individual.",
        frm=f"Bellwether Life Privacy Office <privacy@{BLA}>",
        to="policyholders@lists.bellwetherlife.com",
        subject="Our annual privacy notice",
        body="",
        html=(
            "<html><body><h2>Privacy Notice</h2><p>We collect personal and medical information from "
            "applications, medical professionals, the MIB and prescription databases, with your "
            "authorization. We do not sell your information. We may share it with reinsurers and "
            "service providers that must protect it.</p><p>Questions: privacy@bellwetherlife.com</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Underwriting audit results summary",
        notes="Hard negative: aggregate audit findings (error rates by type) in a docx; no applicant.",
        frm=f"Underwriting Quality <uwquality@{BLA}>",
        to="audit.committee@bellwetherlife.com",
        subject="Q3 underwriting audit",
        body="Summary attached." + SIG,
        atts=(
            Att(
                "Q3_2026_uw_audit.docx",
                DOCX,
                docx(
                    [
                        "Q3 2026 underwriting audit: 250 files reviewed.",
                        "Decision errors: 12 (4.8%), of which 7 involved build charts and 3 involved diabetes ratings.",
                        "Missing MIB check: 0. APS ordered when not required: 19.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded drug shortage bulletin",
        notes="Hard negative: forwarded industry bulletin on a GLP-1 shortage and underwriting impact; no individual.",
        frm=f"Underwriting Standards <uwstandards@{BLA}>",
        to=f"underwriters@{BLA}",
        subject="Fwd: Semaglutide shortage - underwriting note",
        body="FYI. Do not penalise applicants whose A1c rose during a documented shortage gap; ask for the pharmacy note instead.",
        forward=Spec(
            phi=False,
            category="bulletin",
            notes="bulletin",
            frm="Bulletin <bulletin@lifeuwforum.org>",
            to="members@lists.lifeuwforum.org",
            subject="Semaglutide shortage - underwriting note",
            body=(
                "The FDA lists intermittent shortages of semaglutide injection through Q1 2027. Members report "
                "applicants switching agents or pausing therapy. Consider this context when reviewing glucose trends."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Paramedical exam preparation tips for agents",
        notes="Hard negative: generic exam-preparation tips file (fasting, medications) with no applicant.",
        frm=f"Field Support <fieldsupport@{BLA}>",
        to="producers@lists.bellwetherlife.com",
        subject="Help your clients ace the paramed exam",
        body="Share the attached tips with clients before their exam appointment." + SIG,
        atts=(
            Att(
                "paramed_exam_tips.txt",
                "text/plain",
                "Preparing for your exam:\n- Fast for 8 hours (water is fine).\n- Avoid caffeine, nicotine and heavy exercise for 12 hours.\n"
                "- Have a list of your medications and doctors' names ready.\n- Wear short sleeves.\n",
            ),
        ),
    ),
]
