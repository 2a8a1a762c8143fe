"""QuickCare Urgent Care outbound mail: 14 with PHI, 14 without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import QC, TMD, UHP, Att, Spec

_SIG = (
    "\n\n--\nQuickCare Urgent Care | Walk in. Feel better.\n"
    "This e-mail may contain confidential information. If received in error, please delete.\n"
)

_WORK_STATUS_PDF = pdf(
    [
        "QUICKCARE URGENT CARE - OCCUPATIONAL MEDICINE",
        "Work Status Report",
        "Employee: Terrence Baptiste     DOB: 07/21/1985",
        "Employer: Riverton Logistics     Claim: WC-26-30188",
        "Date of injury: 11/06/2026    Visit: 11/09/2026",
        "Diagnosis: lumbar strain (S39.012A)",
        "Restrictions: no lifting over 20 lb, no forklift operation, 10 min break every 2 hr",
        "Next visit: 11/16/2026.  Provider: Amanda Whitford, NP",
    ],
    "Work Status Report",
)

_CALLBACK_CSV = (
    "name,phone,dob,test,result,called\r\n"
    "Jazmin Ortega,319-555-0113,2016-03-08,strep culture,POSITIVE,no\r\n"
    "Curtis Vandenberg,319-555-0156,1990-10-30,influenza A/B PCR,flu A positive,no\r\n"
    "Yusuf Demir,319-555-0188,1977-06-14,urine culture,E. coli >100k resistant to cipro,no\r\n"
)

_HL7_ORU = (
    "MSH|^~\\&|QC_LAB|QUICKCARE_NL|NPFM_EHR|NORTHPARK|202611100815||ORU^R01|QC77120|P|2.5.1\r"
    "PID|1||QC-0448192^^^QC^MR||Lindqvist^Peter^A||19590830|M|||41 Birchwood Dr^^North "
    "Liberty^IA^52317\r"
    "ORC|RE|QO-55102\r"
    "OBR|1|QO-55102||80053^Comprehensive metabolic panel^CPT|||202611091040\r"
    "OBX|1|NM|2345-7^Glucose^LN||284|mg/dL|70-99|H|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.7-1.3|H|||F\r"
    "OBX|3|NM|2823-3^Potassium^LN||5.6|mmol/L|3.5-5.1|H|||F\r"
)

_TB_DOCX = docx(
    [
        "QuickCare Urgent Care - Occupational Medicine",
        "TB skin test (PPD) results - Clear Creek Amana School District",
        "Read 11/06/2026 by L. Santos, RN",
        "Hannah Brucker, DOB 01/17/1993 - 0 mm - negative",
        "Oscar Villanueva, DOB 09/05/1988 - 0 mm - negative",
        "Renata Kowal, DOB 04/22/1979 - 12 mm - POSITIVE, chest x-ray ordered 11/09",
        "Questions: occmed@quickcareuc.com",
    ]
)

_RASH_PNG = png(5, 5, (214, 120, 120))
_BANNER_PNG = png(8, 2, (0, 122, 94))

_VOLUME_XLSX = xlsx(
    {
        "Visits by clinic": [
            ["Clinic", "Oct visits", "Sep visits", "Avg door-to-door (min)"],
            ["Coralville", 3912, 3405, 52],
            ["North Liberty", 2877, 2550, 47],
            ["Bettendorf", 3320, 3011, 58],
        ],
        "Top diagnoses": [
            ["ICD-10", "Description", "Count"],
            ["J06.9", "Acute upper respiratory infection", 1204],
            ["J02.0", "Streptococcal pharyngitis", 611],
            ["N39.0", "Urinary tract infection", 402],
            ["S93.401A", "Ankle sprain", 188],
        ],
        "Occ med": [
            ["Service", "Count"],
            ["DOT physicals", 214],
            ["Post-accident drug screens", 66],
        ],
    }
)

_TEST_HL7 = (
    "MSH|^~\\&|QC_EHR_TEST|QUICKCARE|IFACE_TEST|QC|202611091200||ADT^A04|TST0001|T|2.5.1\r"
    "PID|1||ZZTEST-0001^^^QC^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST ST^^TESTCITY^IA^00000\r"
    "PV1|1|O|TESTCLINIC||||||||||||||||TESTVISIT\r"
)

_XRAY_QA_PDF = pdf(
    [
        "QUICKCARE URGENT CARE - Bettendorf Radiology Room 1",
        "Annual Medical Physicist Survey, November 2026",
        "Unit: Carestream DRX-Compass, serial 7H2291-004",
        "kVp accuracy: within 3.1%   Timer accuracy: within 2%   HVL at 80 kVp: 3.2 mm Al (pass)",
        "Entrance skin exposure, AP lumbar phantom: 2.9 mGy (reference level 4.5 mGy)",
        "Result: compliant with Iowa 641 IAC 41. Next survey due 11/2027.",
        "Physicist: Dr. Helen Marchetti, DABR",
    ],
    "Physicist survey Room 1",
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="occupational medicine drug screen result to employer",
        notes=(
            "Occ-med result to an employer's HR: employee name, post-accident drug screen and "
            "work restrictions for a lumbar strain."
        ),
        frm=f"QuickCare Occupational Medicine <occmed@{QC}>",
        to="hr@rivertonlogistics.com",
        subject="Post-accident results - T. Baptiste",
        body=(
            "Hi Shelby,\n\nTerrence Baptiste was seen today for his 11/06 injury. Post-accident "
            "10-panel drug screen and breath alcohol were negative (MRO verified). Diagnosis "
            "lumbar "
            "strain; he can return to modified duty tomorrow, no lifting over 20 lb and no "
            "forklift. "
            "Work status report to follow.\n\nLeticia Santos, RN\nOccupational Medicine "
            "Coordinator" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="x-ray overread request to radiology",
        notes="Overread request with patient name, DOB, MRN and suspected scaphoid fracture.",
        frm=f"Dr. Samir Qureshi <squreshi@{QC}>",
        to="reading@easternrads.com",
        subject="STAT overread please - Coralville",
        body=(
            "Can someone overread the wrist series I just pushed? Patient Noelle Fairbanks, DOB "
            "02/28/2004, MRN QC-0452277. FOOSH this morning, snuffbox tenderness, I don't see a "
            "scaphoid fracture but she's a collegiate pitcher and I want a second set of eyes "
            "before "
            "I splint and refer.\n\nThanks,\nSamir Qureshi, MD" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="result callback to patient personal email",
        notes=(
            "Hard positive: a first name, an x-ray result and splint instructions to an icloud "
            "address; no surname or ID."
        ),
        frm=f"QuickCare North Liberty <northliberty@{QC}>",
        to="marcus.tbone22@icloud.com",
        subject="Your x-ray from Saturday",
        body=(
            "Hi Marcus,\n\nThe radiologist's final read on your ankle x-rays came back: no "
            "fracture, "
            "it's a sprain as we thought. Keep the brace on for 2 weeks, ice, and ibuprofen 600 mg "
            "with food up to 3x a day. Follow up with ortho if you still can't bear weight by "
            "11/20.\n\nFeel better!\nBrianna, front desk" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="work status PDF to employer",
        notes=(
            "Hard positive: PHI only in the attached work status PDF (name, DOB, injury, "
            "diagnosis, restrictions)."
        ),
        frm=f"QuickCare Occupational Medicine <occmed@{QC}>",
        to="hr@rivertonlogistics.com",
        subject="Work status report attached",
        body="Shelby - as promised, the signed work status report is attached.\n\nLeticia" + _SIG,
        atts=(Att("work_status_WC-26-30188.pdf", "application/pdf", _WORK_STATUS_PDF),),
    ),
    Spec(
        phi=True,
        category="patient balance reminder",
        notes=(
            "Billing reminder to a hotmail address with name, account number, date of visit and "
            "urgent care services."
        ),
        frm=f"QuickCare Billing <billing@{QC}>",
        to="dwayne.holcomb@hotmail.com",
        subject="Balance due on account 5590218",
        body=(
            "Dear Dwayne Holcomb,\n\nYour balance of $87.50 for your visit on 10/19/2026 at "
            "QuickCare "
            "Bettendorf (laceration repair and tetanus shot) is past due. Your insurance paid "
            "$244.00. "
            "Pay online at quickcareuc.com/pay with account 5590218 or call 563-555-0118.\n\n"
            "QuickCare Billing Office" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="lab callback list CSV",
        notes=(
            "Hard positive: PHI only in a CSV callback list (names, phones, DOB, positive "
            "strep/flu/urine cultures) sent to a nurse triage service."
        ),
        frm=f"Lab Coordinator <lab@{QC}>",
        to="triage@nightowlnurses.com",
        subject="Tonight's callback list",
        body="Three for tonight. Standing orders for abx per protocol v4. Thanks!\n\nGina" + _SIG,
        atts=(Att("callbacks_1109.csv", "text/csv", _CALLBACK_CSV),),
    ),
    Spec(
        phi=True,
        category="workers comp first report to insurer",
        notes=(
            "First report of injury to the workers' comp carrier with employee name, DOB, claim "
            "number and injury."
        ),
        frm=f"QuickCare Occupational Medicine <occmed@{QC}>",
        to="claims@granitestatecomp.com",
        subject="First report - claim WC-26-30188",
        body=(
            "Adjuster,\n\nInitial treatment summary:\nClaimant: Terrence Baptiste, DOB "
            "07/21/1985, SSN 518-44-2096\n"
            "Employer: Riverton Logistics\nDOI: 11/06/2026, lifting a pallet jack\n"
            "Dx: S39.012A lumbar strain; x-ray negative\nTx: naproxen 500 mg BID, PT 2x/week x 3 "
            "weeks\n"
            "Modified duty.\n\nLeticia Santos, RN" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU lab result to PCP",
        notes=(
            "Hard positive: PHI only in an HL7 ORU (name, MRN, address, abnormal metabolic "
            "panel); body is a courier line."
        ),
        frm=f"Lab Coordinator <lab@{QC}>",
        to="results@northparkfamilymed.com",
        subject="Critical values - result file",
        body="Result file attached, critical K called to your on-call at 08:10.\n\nGina Rolfe, MLT"
        + _SIG,
        atts=(Att("QC77120.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="subject-only callback request",
        notes=(
            "Hard positive: patient name and positive culture only in the subject line; body is "
            "a one-line ask."
        ),
        frm=f"Dr. Samir Qureshi <squreshi@{QC}>",
        to="oncall@northparkfamilymed.com",
        subject="Callback - Jamal Whitfield - urine cx resistant, needs abx change",
        body="Can your on-call reach him before 5? We couldn't. Thanks.\n\nSQ\n",
    ),
    Spec(
        phi=True,
        category="rash photo named file to telederm",
        notes=(
            "Hard positive: PNG rash photo with the patient's name and date in the file name; "
            "body is generic."
        ),
        frm=f"Dr. Samir Qureshi <squreshi@{QC}>",
        to=f"derm-econsult@{TMD}",
        subject="e-consult photo",
        body="Photo for the e-consult I submitted through the portal. Thanks.\n",
        atts=(Att("Keisha_Monroe_rash_forearm_2026-11-09.png", "image/png", _RASH_PNG),),
    ),
    Spec(
        phi=True,
        category="patient fall incident report to risk insurer",
        notes="Incident report naming the patient, age and injury from a fall in the x-ray room.",
        frm=f"Jolene Marsh <jmarsh@{QC}>",
        to="riskreports@midwestmedmutual.com",
        subject="Incident report IR-2611-07",
        body=(
            "Incident IR-2611-07, QuickCare Bettendorf, 11/07/2026 14:20.\n\nPatient Eleanor Voss, "
            "81, was being positioned for a chest x-ray for suspected pneumonia, became dizzy and "
            "slid to the floor. Small skin tear to left forearm, dressed on site. Family "
            "(daughter) "
            "notified. Transferred to Genesis ED by ambulance for evaluation per Dr. Ansari.\n\n"
            "Jolene Marsh\nClinic Manager" + _SIG
        ),
    ),
    Spec(
        phi=True,
        category="TB test results DOCX to school district",
        notes=(
            "Hard positive: DOCX of named school staff with DOB and PPD results including one "
            "positive; body is a cover note."
        ),
        frm=f"QuickCare Occupational Medicine <occmed@{QC}>",
        to="hr@ccaschools.org",
        subject="PPD reads from Friday",
        body="Hi Deb, reads from Friday's onsite clinic attached.\n\nLeticia" + _SIG,
        atts=(Att("CCA_PPD_reads_1106.docx", DOCX, _TB_DOCX),),
    ),
    Spec(
        phi=True,
        category="quoted reply thread with parent",
        notes=(
            "Hard positive: reply to a parent's gmail in a quoted thread about a son's stitches "
            "and removal date."
        ),
        frm=f"QuickCare Coralville <coralville@{QC}>",
        to="amanda.kerrigan@gmail.com",
        subject="Re: stitches question",
        body=(
            "Hi Amanda,\n\nThat sounds normal - a little pink at the edges is expected. Ethan's "
            "stitches (5 on his chin) can come out Monday 11/16; no appointment needed, just walk "
            "in. "
            "If you see pus or a fever, bring him sooner.\n\nCoralville nursing team\n\n"
            "On Sun, Nov 8, 2026, Amanda Kerrigan <amanda.kerrigan@gmail.com> wrote:\n"
            "> Hi, my son Ethan got stitches there Friday night after falling off his bike. The "
            "skin "
            "around them is a bit red. Is that ok? When do they come out?\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded radiology discrepancy",
        notes=(
            "Hard positive: neutral forward note; the attached radiology discrepancy email "
            "names the patient, DOB and missed rib fracture."
        ),
        frm=f"Dr. Priya Ansari <pansari@{QC}>",
        to="patientrelations@genesishealthsystem.org",
        subject="FW: discrepancy notice",
        body=(
            "FYI - our patient was sent to your ED the next day. Forwarding for your records.\n\n"
            "Priya Ansari, MD\nMedical Director"
        )
        + _SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Eastern Iowa Radiology <qa@easternrads.com>",
            to=f"pansari@{QC}",
            subject="Discrepancy notice - Bettendorf 11/07",
            body=(
                "Final read differs from prelim: Eleanor Voss, DOB 03/02/1945, chest 2 views: "
                "right lower lobe pneumonia AND a nondisplaced right 8th rib fracture, not "
                "mentioned "
                "in prelim. Please contact patient.\n"
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="seasonal marketing HTML",
        notes=(
            "HTML-only marketing email about flu season hours and online check-in; no individuals."
        ),
        frm=f"QuickCare Urgent Care <hello@{QC}>",
        to="subscribers@lists.quickcareuc.com",
        subject="Flu season is here - save your spot online",
        body="",
        html=(
            "<html><body><h2>Skip the waiting room</h2><p>Flu and COVID cases are rising across "
            "eastern Iowa. Save your spot online and we'll text you when it's your turn.</p>"
            "<ul><li>Open 8am-8pm, 7 days</li><li>On-site x-ray and rapid tests</li>"
            "<li>Most insurance accepted, including Unity Health Plan</li></ul>"
            "<p><a href='https://quickcareuc.com/checkin'>Check in online</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="supply order rapid test kits",
        notes=(
            "Hard negative: supply order for strep/flu test kits with lot numbers, catalog "
            "numbers and PO; no patients."
        ),
        frm=f"Purchasing <purchasing@{QC}>",
        to="orders@midwestmedsupply.com",
        subject="PO QC-26-1184 - rapid test kits",
        body=(
            "Please ship to 910 N 1st Ave, Coralville:\n\n"
            "20 bx  Sofia Strep A+ FIA (cat 20274)\n30 bx  Sofia 2 Flu + SARS (cat 20374)\n"
            "10 cs  urine cups w/ temp strip\n\nPlease match lot expirations to 2027-06 or "
            "later.\n\n"
            "Ray Dominguez\nPurchasing" + _SIG
        ),
    ),
    Spec(
        phi=False,
        category="staff shift coverage",
        notes="Hard negative: staff schedule swap with clinician names; nothing about patients.",
        frm=f"Jolene Marsh <jmarsh@{QC}>",
        to=f"bettendorf-staff@{QC}",
        cc="scheduling@staffbridgemed.com",
        subject="Saturday coverage change",
        body=(
            "Team,\n\nSaturday 11/14: Dr. Ansari covers 8-2, Amanda Whitford NP 2-8. Rad tech is "
            "Colby from StaffBridge (agency) - please show him the DR workstation login.\n\n"
            "Jolene\n"
        ),
    ),
    Spec(
        phi=False,
        category="employer occ med price list",
        notes=(
            "Hard negative: occupational medicine price list to a prospective employer client "
            "(DOT physicals, drug panels)."
        ),
        frm=f"Trevor Haight <thaight@{QC}>",
        to="safety@cornbeltconcrete.com",
        subject="Occ med services and pricing",
        body=(
            "Hi Mr. Lindgren,\n\nGreat talking today. Our employer pricing for 2027:\n"
            "DOT physical $95\n5-panel urine drug screen $48 / 10-panel $62\nBreath alcohol $35\n"
            "Pre-employment lift test $70\nTB skin test $28\n\nNo contract minimum. Results go to "
            "your designated employer rep through our portal.\n\nTrevor Haight\nEmployer Services"
            + _SIG
        ),
    ),
    Spec(
        phi=False,
        category="x-ray physicist survey PDF",
        notes=(
            "Hard negative: x-ray room physicist survey PDF with device serial, dose figures; "
            "no patients."
        ),
        frm=f"Jolene Marsh <jmarsh@{QC}>",
        to="radiation.safety@idph.iowa.gov",
        subject="Annual physicist survey - registration R-4471",
        body="Attached is the annual survey for Room 1, registration R-4471.\n\nJolene Marsh"
        + _SIG,
        atts=(Att("Room1_physicist_survey_2026.pdf", "application/pdf", _XRAY_QA_PDF),),
    ),
    Spec(
        phi=False,
        category="aggregate visit volume report",
        notes=(
            "Hard negative: three-sheet XLSX of visits by clinic and top ICD-10 counts; "
            "aggregates only."
        ),
        frm=f"Daniel Rourke <drourke@{QC}>",
        to=f"contracting@{UHP}",
        subject="October volumes for our rate discussion",
        body=(
            "Owen,\n\nOctober volumes attached ahead of Thursday. Strep and URI drove most of "
            "the increase.\n\nDaniel Rourke\nCFO"
        )
        + _SIG,
        atts=(Att("QC_Oct2026_volumes.xlsx", XLSX, _VOLUME_XLSX),),
    ),
    Spec(
        phi=False,
        category="job posting rad tech",
        notes="Radiologic technologist job posting.",
        frm=f"QuickCare Careers <careers@{QC}>",
        to="jobs@kirkwood.edu",
        subject="Job posting: Radiologic Technologist (PRN)",
        body=(
            "Please share with your rad tech graduates: QuickCare is hiring PRN radiologic "
            "technologists for Coralville and Bettendorf. ARRT + Iowa permit required. $34-$39/hr, "
            "weekend differential. Apply at quickcareuc.com/careers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="CLIA certificate renewal",
        notes=(
            "Hard negative: CLIA waiver renewal naming the lab director and CLIA number; no "
            "patients."
        ),
        frm=f"Dr. Priya Ansari <pansari@{QC}>",
        to="clia@idph.iowa.gov",
        subject="CLIA waiver renewal - 16D2118830",
        body=(
            "Hello,\n\nAttached (via the portal) is our renewal for CLIA certificate of waiver "
            "16D2118830, QuickCare North Liberty. Lab director remains Priya Ansari, MD (NPI "
            "1577127073). Tests: rapid "
            "strep, influenza A/B, SARS-CoV-2 antigen, urine dipstick, hCG, glucose.\n\nPriya "
            "Ansari, MD" + _SIG
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient HL7",
        notes=(
            "Hard negative: HL7 ADT with an obviously synthetic ZZTEST patient for interface "
            "testing, labelled as test."
        ),
        frm=f"QuickCare IT <it@{QC}>",
        to="interfaces@northparkfamilymed.com",
        subject="Interface test message (TEST patient)",
        body=(
            "Hi Marco,\n\nSending the A04 test for the new feed. Patient is ZZTEST, PATIENT ONE - "
            "synthetic, processing ID T. Please confirm it landed in your TEST environment only.\n"
            "\n"
            "Nate\nQuickCare IT" + _SIG
        ),
        atts=(Att("TST0001_A04.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="Planned EHR downtime notice to partner offices.",
        frm=f"QuickCare IT <it@{QC}>",
        to="office@northparkfamilymed.com",
        subject="Planned downtime Sunday 2-4am",
        body=(
            "Our EHR and results interface will be down Sunday 11/15 2:00-4:00 CT for an "
            "upgrade. Results will queue and send after.\n\nQuickCare IT"
        ),
    ),
    Spec(
        phi=False,
        category="patient visit template to marketing vendor",
        notes=(
            "Hard negative: generic 'what to expect at your visit' HTML template with merge "
            "fields, sent to an email vendor; no patient data."
        ),
        frm=f"Marketing <marketing@{QC}>",
        to="builds@bluecanoeemail.com",
        subject="Template update: post-check-in email",
        body="",
        html=(
            "<html><body><p>Hi {{first_name}},</p><p>Thanks for checking in at {{clinic_name}}. "
            "Please bring your photo ID and insurance card. If your symptoms get worse while you "
            "wait, tell the front desk right away.</p><p>Estimated wait: {{wait_minutes}} "
            "minutes</p>"
            "<p>-- QuickCare Urgent Care</p></body></html>"
        ),
        atts=(Att("qc_header_banner_v3.png", "image/png", _BANNER_PNG),),
    ),
    Spec(
        phi=False,
        category="drug recall notice",
        notes="Hard negative: lidocaine lot recall notice to all clinics; inventory action only.",
        frm=f"Dr. Priya Ansari <pansari@{QC}>",
        to=f"clinic-leads@{QC}",
        cc="pharmacy@midwestmedsupply.com",
        subject="FW: RECALL: lidocaine 1% 20 mL lot 3K0412",
        body=(
            "All clinics: pull lidocaine HCl 1% 20 mL MDV lot 3K0412 (particulates). Quarantine in "
            "the red bin and log counts on the recall sheet by Wednesday. Use lot 3K0519 or 2%.\n\n"
            "Dr. Ansari"
        ),
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Recall Desk <recalls@midwestmedsupply.com>",
            to=f"purchasing@{QC}",
            subject="URGENT: Voluntary recall - lidocaine HCl 1% 20 mL MDV",
            body=(
                "Dear customer,\n\nThe manufacturer is voluntarily recalling lidocaine HCl "
                "injection 1%, 20 mL multiple-dose vials, lot 3K0412 (exp 2027-08), because of "
                "visible particulates. Our records show your account received 12 units on 10/22. "
                "Return via the enclosed RMA 88-20415 for credit.\n\nMidwest Med Supply Recall "
                "Desk\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="social media response guidance",
        notes=(
            "Hard negative: guidance for responding to online reviews, explaining not to "
            "confirm anyone is a patient; no individual."
        ),
        frm=f"Marketing <marketing@{QC}>",
        to="team@bluecanoeemail.com",
        subject="Review response guidelines",
        body=(
            "Hi Bluecanoe team,\n\nFor Google and Yelp replies: never confirm or deny that a "
            "reviewer "
            "was seen at QuickCare, never mention wait times for a specific visit, diagnoses or "
            "tests. Use: 'We're sorry to hear this. Please call our patient advocate at "
            "319-555-0100.' Escalate anything mentioning a lawsuit.\n\nThanks,\nMarisa"
        ),
    ),
    Spec(
        phi=False,
        category="job applicant interview scheduling",
        notes="Interview scheduling reply to an applicant's gmail; no health information.",
        frm=f"QuickCare Careers <careers@{QC}>",
        to="lila.okonkwo.rt@gmail.com",
        subject="Re: Radiologic Technologist application",
        body=(
            "Hi Lila,\n\nThanks for applying. Could you interview Tuesday 11/17 at 10am at our "
            "Coralville clinic? You'll meet Jolene Marsh and our lead tech. Bring your ARRT "
            "card.\n\n"
            "Best,\nQuickCare Talent Team"
        ),
    ),
]
