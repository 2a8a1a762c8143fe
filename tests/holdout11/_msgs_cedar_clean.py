"""Cedar Hollow Medical Group: ordinary outbound mail without PHI (20 messages)."""

from __future__ import annotations

from _att import XLSX, pdf, png, xlsx
from _spec import CH, KMB, NG, Att, Spec

_QUALITY_CSV = (
    "measure,numerator,denominator,rate,benchmark\r\n"
    "Diabetes HbA1c poor control (>9%),142,1318,10.8%,15.0%\r\n"
    "Controlling high blood pressure,2211,2930,75.5%,70.0%\r\n"
    "Colorectal cancer screening,5120,7040,72.7%,68.0%\r\n"
    "Statin therapy for CVD,884,1012,87.4%,84.0%\r\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="quality_aggregate_csv",
        notes="Hard negative: HEDIS-style aggregate quality rates with disease names, "
        "no individuals",
        frm=f"quality@{CH}",
        to=f"valuebased@{NG}",
        subject="Q3 quality measures - Cedar Hollow",
        body=(
            "Attached is our Q3 submission for the shared-savings dashboard. Diabetes poor "
            "control dropped another 1.2 points. Denominators are attributed lives only.\n\n"
            "Quality & Population Health"
        ),
        atts=(Att("chmg_q3_measures.csv", "text/csv", _QUALITY_CSV),),
    ),
    Spec(
        phi=False,
        category="provider_directory_update",
        notes="Hard negative: clinician names, specialties, NPIs and conditions they treat",
        frm=f"credentialing@{CH}",
        to=f"medstaff.office@{NG}",
        subject="Provider roster changes effective 12/1",
        body=(
            "Please update your referral directory:\n\n"
            "- Anjali Rao, MD, Endocrinology (thyroid disease, type 1 and type 2 diabetes, "
            "osteoporosis) NPI: 1787789324 - adding Westerville Tuesdays\n"
            "- Kwame Osei, MD, Gastroenterology (IBD, Barrett's esophagus, hepatitis C) "
            "NPI: 1908100336 - no change\n"
            "- Helen Dubois, MD, Internal Medicine NPI: 1879217424 - now accepting new "
            "Medicare patients\n\nThanks,\nTamsin Holloway\nCredentialing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="staff_notice_flu_clinic",
        notes="Staff flu-shot clinic notice, workforce names only",
        frm=f"employeehealth@{CH}",
        to=f"allstaff@{CH}",
        cc=f"occhealth@{NG}",
        subject="Employee flu clinic - last chance",
        body=(
            "Final employee flu vaccine clinic is Friday 11/13, 11:00-2:00 in the Oak conference "
            "room. Bring your badge. If you got your shot elsewhere, upload the card in the "
            "HR portal by 11/30.\n\nQuestions: Darnell Witt, Employee Health, x4471"
        ),
    ),
    Spec(
        phi=False,
        category="po_ssn_shaped",
        notes="Hard negative: purchase order and invoice numbers shaped like SSNs, vendor mail",
        frm=f"purchasing@{CH}",
        to="orders@midwestendosupply.com",
        subject="PO 431-62-8815 - biopsy forceps backorder",
        body=(
            "Hello,\n\nFollowing up on PO 431-62-8815 (your order ref 502-18-7734). We still "
            "show 12 cases of the 2.4 mm cold biopsy forceps on backorder. Can you ship the "
            "partial and substitute the 2.8 mm for the rest?\n\nLeon Markowitz\nPurchasing, "
            "Cedar Hollow Medical Group\n(614) 555-0102"
        ),
    ),
    Spec(
        phi=False,
        category="test_patient_portal",
        notes="Hard negative: portal go-live test using clearly labelled synthetic test patients",
        frm=f"it.apps@{CH}",
        to="support@portalvendor-healthconnect.com",
        subject="UAT defect 2291 - proxy access for test patient",
        body=(
            "In UAT, logging in as proxy for TEST, PORTALONE (synthetic test patient, MRN "
            "ZZTEST0001, DOB 01/01/1900) the lab results tab shows 'Hemoglobin A1c 7.0' from "
            "the seeded test data but the medication list is blank. Same with ZZTEST0002. "
            "Production is not affected. Screenshots in the ticket.\n\nOwen Fairbanks\nIT "
            "Applications"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting",
        notes="Hard negative: job posting describing GI/endoscopy duties",
        frm=f"recruiting@{CH}",
        to="postings@ohionursejobs.net",
        subject="Posting: Endoscopy RN, full time",
        body=(
            "Please post the following through 12/31:\n\nEndoscopy RN - Cedar Hollow Medical "
            "Group, Columbus OH. Assist with EGD, colonoscopy and ERCP; moderate sedation "
            "monitoring; pre-procedure assessment of patients with GERD, IBD, GI bleeding. "
            "ACLS required. $38-$49/hr.\n\nRecruiting"
        ),
    ),
    Spec(
        phi=False,
        category="html_newsletter_health_topic",
        notes="HTML-only patient newsletter about diabetes month, no individual",
        frm=f"news@{CH}",
        to="subscribers@list.cedarhollowmg.com",
        subject="November is Diabetes Awareness Month",
        body="",
        html=(
            "<html><body><h1>Know your numbers</h1><p>One in ten Ohioans has diabetes. Ask "
            "your primary care provider whether an A1c test is right for you.</p><ul><li>Free "
            "glucose screening Saturday 11/21 at our Westerville office</li><li>Cooking class: "
            "low-carb holiday sides</li></ul><p>Cedar Hollow Medical Group</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="payroll_hr",
        notes="Hard negative: payroll correction to an employee's personal gmail about a shift "
        "differential, employee id only",
        frm=f"payroll@{CH}",
        to="darnell.witt.home@gmail.com",
        subject="Payroll correction - PP 23",
        body=(
            "Darnell,\n\nYour shift differential for 10/25-11/07 was underpaid by 6.5 hours. "
            "The correction ($41.60) will be on the 11/20 check. Employee ID 30218.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda",
        notes="Hard negative: CME agenda with clinician names and disease topics",
        frm=f"cme@{CH}",
        to=f"gi.fellows@{NG}",
        subject="Agenda: Fall GI Grand Rounds 11/20",
        body=(
            "7:30  Breakfast\n8:00  'Eosinophilic esophagitis: dupilumab in practice' - Kwame "
            "Osei, MD\n8:45  'MASH and the GLP-1 era' - Farah Siddiqui, MD (Northgate)\n9:30  "
            "Case panel: refractory C. difficile\n\n1.5 AMA PRA Category 1 Credits. RSVP "
            "by 11/16."
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_pdf",
        notes="Vendor invoice PDF for glucose meters to stock, no patients",
        frm=f"ap@{CH}",
        to="billing@glucotrack-devices.com",
        subject="Invoice 88410 - question on freight",
        body="We were charged freight twice on the attached. Please credit.\n\nAccounts Payable",
        atts=(
            Att(
                "INV-88410.pdf",
                "application/pdf",
                pdf(
                    [
                        "GLUCOTRACK DEVICES INC - INVOICE 88410",
                        "Bill to: CEDAR HOLLOW MEDICAL GROUP, Accounts Payable",
                        "40 x GT-200 glucometer starter kits @ 12.50",
                        "Freight 38.00  Freight 38.00",
                        "Total 576.00",
                    ],
                    "Invoice 88410",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="it_outage",
        notes="IT maintenance notice to staff about portal downtime",
        frm=f"it.servicedesk@{CH}",
        to=f"allstaff@{CH}",
        subject="Patient portal maintenance Sat 11/14 10pm-2am",
        body=(
            "The patient portal and e-check-in kiosks will be down Saturday 11/14 from 10 PM to "
            "2 AM for the vendor upgrade. Tell patients calling in to use the phone line for "
            "refill requests during that window.\n\nIT Service Desk x5000"
        ),
    ),
    Spec(
        phi=False,
        category="policy_document",
        notes="Hard negative: policy excerpt that uses example terms (MRN, DOB, diagnosis) "
        "in general",
        frm=f"compliance@{CH}",
        to=f"managers@{CH}",
        subject="Updated policy: verifying patient identity on the phone",
        body=(
            "Effective 12/1, staff must verify two identifiers (full name plus date of birth, "
            "or MRN) before discussing lab results, diagnoses or balances on the phone. Never "
            "leave a diagnosis or test name on voicemail. Relatives need a proxy form on file. "
            "Full policy CMP-114 on the intranet.\n\nCompliance Office"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research",
        notes="Hard negative: de-identified research extract (age bands, year only, "
        "no identifiers)",
        frm=f"research@{CH}",
        to="data.core@osu-gi-research.org",
        subject="De-identified IBD cohort extract v3",
        body=(
            "Safe Harbor de-identified extract as per the DUA (no names, dates reduced to year, "
            "ZIP3 only, ages >89 grouped).\n\nstudy_id,age_band,sex,zip3,dx_year,dx,biologic\n"
            "S001,30-39,F,432,2019,Crohn's disease,adalimumab\n"
            "S002,50-59,M,430,2021,Ulcerative colitis,vedolizumab\n"
            "S003,20-29,F,432,2023,Crohn's disease,ustekinumab\n\nResearch Office"
        ),
    ),
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: drug shortage notice naming meds and conditions, no patients",
        frm=f"clinical.ops@{CH}",
        to=f"providers@{CH}",
        subject="Shortage: semaglutide pens and Sutab",
        body=(
            "Heads up - our wholesaler reports short supply of Ozempic 1 mg pens and SUTAB "
            "prep kits through December. For colonoscopy prep please default to split-dose "
            "PEG. For diabetes patients already stable on semaglutide, consider the 0.5 mg x2 "
            "pens. Pharmacy will send alternatives.\n\nClinical Operations"
        ),
    ),
    Spec(
        phi=False,
        category="xlsx_staff_schedule",
        notes="XLSX call schedule of physicians, multi-sheet",
        frm=f"scheduling.admin@{CH}",
        to=f"operator@{NG}",
        subject="December call schedule",
        body="December GI and Endo call attached.",
        atts=(
            Att(
                "dec_call.xlsx",
                XLSX,
                xlsx(
                    {
                        "GI": [
                            ["Date", "On call", "Pager"],
                            ["12/01", "Osei", "4412"],
                            ["12/02", "Lindgren", "4418"],
                        ],
                        "Endo": [
                            ["Date", "On call", "Pager"],
                            ["12/01", "Rao", "4420"],
                            ["12/02", "Mwangi", "4423"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office_photo_png",
        notes="Hard negative: PNG named after a staff member for the website bio",
        frm=f"marketing@{CH}",
        to="design@brightlinecreative.com",
        subject="headshot for website",
        body=(
            "Here is Dr. Mwangi's headshot for the new Endocrinology page. Bio: Grace Mwangi, "
            "MD, board certified in endocrinology, diabetes and metabolism; special interest in "
            "thyroid nodules and pituitary disorders."
        ),
        atts=(Att("grace_mwangi_md_headshot.png", "image/png", png(8, 8, (120, 150, 200))),),
    ),
    Spec(
        phi=False,
        category="billing_vendor_contract",
        notes="Contract renewal with billing company, fees and KPIs only",
        frm=f"cfo@{CH}",
        to=f"accounts@{KMB}",
        subject="Renewal terms - 2027",
        body=(
            "Matt,\n\nWe're OK with 4.9% of collections for 2027 if days in A/R stays under 38 "
            "and the clean claim rate above 96%. Please send redlines and the updated BAA "
            "exhibit.\n\nRebecca Sorensen\nCFO, Cedar Hollow Medical Group"
        ),
    ),
    Spec(
        phi=False,
        category="patient_general_question_reply",
        notes="Hard negative: reply to a member of the public (gmail) about whether the practice "
        "accepts an insurer; no care or patient relationship described",
        frm=f"info@{CH}",
        to="newresident.columbus@gmail.com",
        subject="Re: do you take Medical Mutual?",
        body=(
            "Hello,\n\nYes, all Cedar Hollow locations are in network with Medical Mutual, "
            "Anthem, Aetna, UnitedHealthcare and Ohio Medicaid plans. Our primary care team in "
            "Gahanna is accepting new patients; you can request an appointment online.\n\n"
            "Cedar Hollow Medical Group"
        ),
    ),
    Spec(
        phi=False,
        category="dea_registration_renewal",
        notes="Hard negative: clinician DEA number renewal, provider identifier only",
        frm=f"credentialing@{CH}",
        to=f"a.rao@{CH}",
        subject="DEA renewal due 01/31",
        body=(
            "Dr. Rao,\n\nYour DEA registration AR7204869 expires 01/31/2027. Please renew "
            "online and send me the new certificate so we can update payer files. Your Ohio "
            "license 35.148220 renews in 2028.\n\nTamsin"
        ),
    ),
    Spec(
        phi=False,
        category="pdf_patient_education",
        notes="Patient education handout PDF about low-FODMAP diet, no individual",
        frm=f"gi.nurses@{CH}",
        to=f"dietitians@{NG}",
        subject="updated low-FODMAP handout",
        body="Can you review our updated handout before we print 500? Thanks!",
        atts=(
            Att(
                "low_fodmap_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW MEDICAL GROUP - GASTROENTEROLOGY",
                        "Low-FODMAP diet: a guide for irritable bowel syndrome",
                        "Phase 1: elimination (2-6 weeks)",
                        "Avoid: onion, garlic, wheat, apples, milk",
                    ],
                    "Low-FODMAP handout",
                ),
            ),
        ),
    ),
]
