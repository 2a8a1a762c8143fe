"""Summit Skin & Mohs Surgery: outbound mail full of health words and names, about nobody's care
(20 messages)."""

from __future__ import annotations

from _att import docx, pdf, xlsx
from _spec import CVE, DISCLAIMER, SSK, Att, Spec

MESSAGES = [
    Spec(
        phi=False,
        category="grand rounds with clinician names and cancers",
        notes="Hard negative: clinicians' names beside Merkel cell carcinoma and melanoma topics",
        frm=f"Education Office <education@{SSK}>",
        to=f"all-providers@{SSK}",
        subject="Derm grand rounds Thursday - Merkel cell carcinoma",
        body=(
            "Thursday 7:00 AM, conference room B and Zoom\n\n"
            "Helena Vasquez, MD (Mohs surgery): Merkel cell carcinoma - margins, sentinel nodes\n"
            "and when to call radiation oncology\n"
            "Rafael Alvarez, MD: Amelanotic melanoma - five dermoscopic clues\n\n"
            "Breakfast from Ann Sather's. 1.0 CME credit.\n"
        ),
    ),
    Spec(
        phi=False,
        category="lidocaine shortage notice",
        notes="Hard negative: drug names, doses and a substitution plan with no patient",
        frm=f"Carla Wojcik <cwojcik@{SSK}>",
        to=f"clinical-staff@{SSK}",
        subject="BACKORDER: lidocaine 1% w/ epi 50 mL",
        body=(
            "Our distributor has lidocaine 1% with epinephrine 1:100,000 50 mL multi-dose vials\n"
            "on backorder until at least mid-December. Effective Monday:\n"
            "- Mohs rooms use the 30 mL vials (we have 14 cases)\n"
            "- General derm biopsies: 2% plain + buffered sodium bicarbonate per protocol\n"
            "- Do not open a new vial for a single shave biopsy\n\n"
            "Carla\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate Mohs quality workbook",
        notes="Hard negative: case counts, stages and complication rates by month, no individuals",
        frm=f"Quality <quality@{SSK}>",
        to=f"leadership@{SSK}",
        subject="Q3 Mohs quality dashboard",
        body="Q3 numbers attached. Infection rate stayed under 1%.\n",
        atts=(
            Att(
                "mohs_quality_q3.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Volume": [
                            ["Month", "Cases", "BCC", "SCC", "MIS", "Mean stages"],
                            ["Jul", 312, 201, 88, 23, 1.6],
                            ["Aug", 298, 190, 84, 24, 1.5],
                            ["Sep", 331, 214, 91, 26, 1.7],
                        ],
                        "Complications": [
                            ["Measure", "Q3 count", "Rate"],
                            ["Surgical site infection", 7, "0.74%"],
                            ["Post-op bleeding requiring visit", 4, "0.42%"],
                            ["Flap necrosis", 1, "0.11%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO number",
        notes="Hard negative: a purchase-order number shaped like an SSN on a supply invoice",
        frm=f"Accounts Payable <ap@{SSK}>",
        to="billing@dermasupplyco.com",
        subject="Invoice 77120 - PO 418-62-3307",
        body=(
            "Hi,\n\nWe received invoice 77120 for PO 418-62-3307 (disposable biopsy punches 3 mm\n"
            "and 4 mm, 10 boxes each; Monsel's solution x 6). Two boxes of 4 mm punches arrived\n"
            "crushed - please credit $86.40 and we'll pay the balance net 30.\n\n"
            "Accounts Payable\nSummit Skin & Mohs Surgery\n" + DISCLAIMER
        ),
    ),
    Spec(
        phi=False,
        category="open enrollment HR notice",
        notes="Hard negative: staff benefits with copays, FSA and dermatology words",
        frm=f"Human Resources <hr@{SSK}>",
        to=f"all-staff@{SSK}",
        subject="Open enrollment closes Nov 20",
        body=(
            "Reminder: open enrollment closes Friday, November 20.\n"
            "- Medical plan premiums rise 4.2% for 2027\n"
            "- FSA limit is $3,300; it covers copays, prescriptions and sunscreen SPF 15+\n"
            "- New: employee discount on cosmetic services moves from 20% to 25%\n\n"
            "Questions: hr@summitskin.org or ext 2210.\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting for Mohs histotechnician",
        notes="Hard negative: job posting full of Mohs, frozen section and tumour words",
        frm=f"Recruiting <careers@{SSK}>",
        to="postings@healthcarejobsmidwest.com",
        subject="Posting: Mohs Histotechnician (full time)",
        body=(
            "Summit Skin & Mohs Surgery seeks a Mohs histotechnician.\n"
            "Duties: cryostat frozen sections, H&E staining, tissue mapping with the surgeon,\n"
            "QA on slide quality for basal and squamous cell carcinoma cases.\n"
            "Requirements: HT(ASCP) preferred, 2 years Mohs lab experience.\n"
            "Pay: $31-38/hour, benefits day one.\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient in EHR test environment",
        notes="Hard negative: a clearly labelled test patient with an MRN-like number in the "
        "test environment",
        frm=f"EHR Support <ehr-support@{SSK}>",
        to=f"billing@{SSK}",
        subject="TEST patient charges in TST - please ignore",
        body=(
            "FYI: we loaded a synthetic patient in the TST environment to validate the new Mohs\n"
            "charge router.\n\n"
            "  Name: ZZTEST, DERMPATIENT   MRN: TST-0000917   DOB: 01/01/1900\n"
            "  Charges: 17311 x1, 17312 x1, 13132 x1\n\n"
            "This is not a real person. If these charges appear in a PROD work queue, please\n"
            "tell us - it means the router is misconfigured.\n"
        ),
    ),
    Spec(
        phi=False,
        category="clinical photography policy DOCX",
        notes="Hard negative: policy text about patient photographs, consent and full-face images",
        frm=f"Compliance <compliance@{SSK}>",
        to=f"all-staff@{SSK}",
        subject="Updated policy: clinical photography",
        body="Please read the attached policy revision and attest in the LMS by 11/30.\n",
        atts=(
            Att(
                "POL-CL-014_clinical_photography_rev3.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Policy CL-014 Clinical photography (rev 3)",
                        "Photographs of patients are part of the medical record.",
                        "Full-face photographs require written consent on form CL-014A.",
                        "Personal phones may not be used; use the practice iPads only.",
                        "Images must never be sent by email; upload them in the EHR.",
                        "Violations are reported to the Privacy Officer.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified BCC recurrence extract",
        notes="Hard negative: research extract with study ids, age bands and years only",
        frm=f"Dr. Helena Vasquez <hvasquez@{SSK}>",
        to="biostat@lakeviewuniversity.edu",
        subject="BCC recurrence extract (de-identified, IRB 2026-118)",
        body=(
            "Here is the de-identified extract for the recurrence analysis. Safe Harbor applied:\n"
            "no dates beyond year, ages over 89 grouped, no geography below state.\n"
        ),
        atts=(
            Att(
                "bcc_recurrence_deid.csv",
                "text/csv",
                "study_id,age_band,sex,site,subtype,year_treated,stages,recurrence_5y\n"
                "R0001,60-69,M,nose,nodular,2019,2,0\n"
                "R0002,70-79,F,cheek,infiltrative,2019,3,1\n"
                "R0003,90+,M,ear,morpheaform,2020,4,0\n"
                "R0004,50-59,F,forehead,superficial,2020,1,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda PDF",
        notes="Hard negative: agenda naming surgeons with cancer and reconstruction topics",
        frm=f"Dr. Helena Vasquez <hvasquez@{SSK}>",
        to=f"Dr. Marcus Odum <modum@{CVE}>",
        subject="Regional Mohs meeting agenda",
        body="Marcus - agenda for the spring meeting, you're on at 10:15 for periocular recon.\n",
        atts=(
            Att(
                "mohs_regional_agenda_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT SKIN & MOHS SURGERY - Midwest Mohs Regional Meeting 2027",
                        "08:30  Welcome - Helena Vasquez, MD",
                        "09:00  High-risk SCC in transplant recipients - Ji-woo Park, MD",
                        "10:15  Periocular reconstruction after Mohs - Marcus Odum, MD",
                        "11:00  Lentigo maligna: staged excision vs Mohs - panel",
                    ],
                    "Agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only patient newsletter on melanoma ABCDEs",
        notes="Hard negative: general skin cancer newsletter to a mailing list, no individual",
        frm=f"Summit Skin News <news@{SSK}>",
        to=f"newsletter-subscribers@lists.{SSK}",
        subject="Know your ABCDEs this winter",
        body="",
        html=(
            "<html><body><h2>Skin cancer doesn't take winter off</h2>"
            "<p>Melanoma is one of the most common cancers in young adults. Check your moles for "
            "the ABCDEs: <b>A</b>symmetry, <b>B</b>order, <b>C</b>olor, <b>D</b>iameter, "
            "<b>E</b>volving.</p><p>Ski trips mean UV at altitude: SPF 30+, lip balm, goggles.</p>"
            "<p>Annual full-body skin exams are covered by most plans.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="phishing simulation results",
        notes="IT security results in aggregate by department",
        frm=f"IT Security <itsec@{SSK}>",
        to=f"managers@{SSK}",
        subject="November phishing test results",
        body=(
            "14% of staff clicked the fake 'lab results ready' link (down from 22%).\n"
            "Front desk 19%, billing 11%, clinical 12%. Refresher training assigned to clickers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="credentialing packet with NPI and DEA",
        notes="Hard negative: a clinician's NPI, DEA and licence for payer credentialing",
        frm=f"Credentialing <credentialing@{SSK}>",
        to="provider-enrollment@heartlandhealthplan.com",
        subject="New provider enrollment - Ji-woo Park, MD",
        body=(
            "Please enroll our new Mohs surgeon effective 12/1/2026.\n\n"
            "Ji-woo Park, MD - Dermatology / Micrographic Dermatologic Surgery\n"
            "NPI: 1809674751\nDEA: FP3438947\nIL license 036.158842\n"
            "Board certified ABD 2021, MDS subspecialty 2023\n"
        ),
    ),
    Spec(
        phi=False,
        category="dermpath supply order",
        notes="Hard negative: formalin, punch biopsies, slides and stains order",
        frm=f"Lab Manager <lab@{SSK}>",
        to="orders@labsourcemedical.com",
        subject="Order - Mohs lab",
        body=(
            "Please ship:\n"
            "- 10% neutral buffered formalin prefilled 20 mL jars x 500\n"
            "- OCT compound 4 oz x 12\n"
            "- Hematoxylin Gill 2 gallon x 4\n"
            "- Charged slides x 20 boxes\n"
            "Account 55102-SSK. Deliver to Mohs lab, suite 300.\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff coverage notice",
        notes="Workforce member's leave and coverage, no health detail",
        frm=f"Carla Wojcik <cwojcik@{SSK}>",
        to=f"lincolnpark-staff@{SSK}",
        subject="MA coverage through Dec 4",
        body=(
            "Tamika Jones is out through Dec 4. Brianna will cover Dr. Alvarez's clinic and\n"
            "Kiana will float to Mohs on Tues/Thurs. Thanks everyone.\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded FDA laser device notice",
        notes="Hard negative: forwarded safety notice about a laser model, burns and lot numbers",
        frm=f"Biomed <biomed@{SSK}>",
        to=f"cosmetic-staff@{SSK}",
        subject="FW: Field safety notice - 1064 nm Nd:YAG handpiece",
        body=(
            "We have 2 of the affected handpieces (SN HP-22817, HP-22840). Pulled from service\n"
            "today; loaners arrive Weds. No action needed from clinicians.\n\n"
            "-----Original Message-----\nFrom: Field Safety <safety@lumenaesthetic.com>\n"
            "Subject: Field safety notice\n\n"
            "Handpieces in lots 2204-2209 may overheat and cause superficial burns during hair\n"
            "removal. Three adverse events have been reported worldwide.\n"
        ),
    ),
    Spec(
        phi=False,
        category="Mohs schedule template",
        notes="Hard negative: surgeon schedule template with slots, no patients",
        frm=f"OR Scheduler <orsched@{SSK}>",
        to=f"Dr. Ji-woo Park <jpark@{SSK}>",
        subject="Your December Mohs template",
        body=(
            "Proposed template for December:\n"
            "Mon/Wed: 6 Mohs stage slots 7:30-11:30, 2 reconstruction slots 1:00-3:00\n"
            "Fri: 4 Mohs slots, 4 new-patient skin cancer consults\n"
            "Let me know if you want a longer block for ear/nose cases.\n"
        ),
    ),
    Spec(
        phi=False,
        category="wound care handout to print vendor",
        notes="Hard negative: generic post-Mohs wound care handout sent to a printer",
        frm=f"Marketing <marketing@{SSK}>",
        to="orders@lakeprintworks.com",
        subject="Reprint: wound care handout (2,000)",
        body="Please reprint 2,000 of the attached, same paper as last time.\n",
        atts=(
            Att(
                "wound_care_after_mohs.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT SKIN & MOHS SURGERY",
                        "Caring for your wound after Mohs surgery",
                        "Keep the pressure bandage dry for 48 hours.",
                        "Clean daily with soap and water; apply petroleum jelly.",
                        "Call us for bleeding that does not stop after 20 minutes of pressure.",
                    ],
                    "Wound care handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cosmetic price list to marketing agency",
        notes="Hard negative: HTML table of Botox, filler and laser prices for an ad agency",
        frm=f"Tess Lindgren PA-C <tlindgren@{SSK}>",
        to="accounts@brightwaveagency.com",
        subject="Holiday promo prices for the landing page",
        body="Prices for the December landing page below.\n",
        html=(
            "<html><body><p>Prices for the December landing page:</p><table border='1'>"
            "<tr><th>Service</th><th>Price</th></tr>"
            "<tr><td>Botox (per unit)</td><td>$12</td></tr>"
            "<tr><td>Juvederm Ultra, 1 syringe</td><td>$650</td></tr>"
            "<tr><td>IPL photofacial</td><td>$350</td></tr>"
            "<tr><td>Laser hair removal, underarm</td><td>$150</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="interview scheduling with nurse applicant at gmail",
        notes="Hard negative: a job applicant at a personal mailbox, clinic words, no patient",
        frm=f"Recruiting <careers@{SSK}>",
        to="kayla.brandt.rn@gmail.com",
        subject="Interview - Mohs RN position",
        body=(
            "Hi Kayla,\n\nThanks for applying for the Mohs surgery RN role. Dr. Vasquez and our\n"
            "nurse manager would like to meet you Tuesday, November 17 at 2:00 PM. You will tour\n"
            "the procedure rooms and the Mohs lab. Please bring your BLS card.\n\n"
            "Recruiting team\n" + DISCLAIMER
        ),
    ),
]

assert sum(m.phi for m in MESSAGES) == 0 and len(MESSAGES) == 20
