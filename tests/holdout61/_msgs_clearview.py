"""Outbound mail of Clearview Breast Imaging, a mammography and breast imaging centre (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LGY, Att, Spec

SIG = "\n\nClearview Breast Imaging\n415 Lakeview Parkway, Roseville MN | (651) 555-0120\nwww.clearviewbreast.org"
DISC = "\n\nThis e-mail and any attachments are intended only for the addressee and may contain confidential health information."

_ORU = (
    "MSH|^~\\&|CBI_RIS|CBI|LINDEN_EHR|LGY|202603181140||ORU^R01|CBI-RPT-90412|P|2.5.1\r"
    "PID|1||CB-0072214^^^CBI^MR||Brennan^Maeve^T||19710604|F\r"
    "OBR|1|ORD77140|ACC-5521907|77066^Diagnostic mammography bilateral^CPT|||202603181015\r"
    "OBX|1|FT|BIRADS^Assessment||BI-RADS 4B: suspicious 1.4 cm irregular mass left breast 2:00, 6 cm FN. Ultrasound-guided core biopsy recommended.||||||F\r"
    "OBX|2|FT|IMP^Impression||Heterogeneously dense breasts (C).||||||F\r"
)

_FHIR_DR = json.dumps(
    {
        "resourceType": "DiagnosticReport",
        "id": "cbi-dr-88317",
        "status": "final",
        "code": {
            "coding": [
                {"system": "http://loinc.org", "code": "24606-6", "display": "MG Breast Screening"}
            ]
        },
        "subject": {"reference": "Patient/cbi-pt-20931", "display": "Odette Marchand"},
        "identifier": [{"system": "urn:cbi:mrn", "value": "CB-0068830"}],
        "effectiveDateTime": "2026-03-16T09:20:00-05:00",
        "conclusion": "BI-RADS 0: incomplete. Possible asymmetry right breast upper inner quadrant; recall for additional views.",
    },
    indent=2,
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*BLUEPRAIRIE    *ZZ*CLEARVIEWBI    *260317*0815*^*00501*000004410*0*P*:~"
    "GS*HP*BLUEPRAIRIE*CLEARVIEWBI*20260317*0815*4410*X*005010X221A1~ST*835*4410~BPR*I*1284.60*C*ACH*CCP*01*091000019*DA*4401772*1411998817**01*091000022*DA*7730021*20260317~"
    "N1*PR*BLUE PRAIRIE HEALTH~N1*PE*CLEARVIEW BREAST IMAGING*XX*1508125063~"
    "CLP*CBI-30771*1*410.00*322.15*30.00*12*BP26031700412~NM1*QC*1*VOSS*ELEANOR****MI*BPH400931877~SVC*HC:77067*410.00*322.15~"
    "CLP*CBI-30788*1*980.00*962.45*0*12*BP26031700433~NM1*QC*1*NAKASHIMA*REIKO****MI*BPH400872015~SVC*HC:19083*980.00*962.45~"
    "SE*12*4410~GE*1*4410~IEA*1*000004410~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="BI-RADS 4 report back to ordering gynaecologist via HL7",
        notes="HL7 ORU attachment names patient, MRN and DOB with a BI-RADS 4B suspicious mass.",
        frm="Results Interface <results@clearviewbreast.org>",
        to=f"orders@{LGY}",
        subject="Report delivery ACC-5521907",
        body="Final report attached for your order ORD77140. Radiologist available at (651) 555-0121."
        + SIG,
        atts=(Att("ORU_ACC-5521907.hl7", "application/hl7-v2", _ORU),),
    ),
    Spec(
        phi=True,
        category="Screening recall letter to patient BI-RADS 0",
        notes="Named patient told her screening mammogram needs additional views, sent to personal mailbox.",
        frm="Clearview Patient Letters <letters@clearviewbreast.org>",
        to="odette.marchand@gmail.com",
        subject="Please schedule follow-up imaging",
        body="Dear Odette Marchand,\n\nYour screening mammogram on March 16, 2026 needs additional images of the right breast. This is common - most callbacks turn out to be normal tissue overlap. Please call (651) 555-0120 to schedule within two weeks.\n\nSincerely,\nClearview Breast Imaging",
        atts=(
            Att(
                "recall_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW BREAST IMAGING",
                        "Odette Marchand  DOB 02/11/1966",
                        "Screening mammogram 03/16/2026: BI-RADS 0, additional evaluation needed",
                        "Please call (651) 555-0120",
                    ],
                    "Recall",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport to health system",
        notes="Hard positive: body mentions only an interface test; FHIR JSON carries name, MRN and BI-RADS 0 conclusion.",
        frm="Integration <integration@clearviewbreast.org>",
        to="fhir-support@northlakehealth.org",
        subject="Failed POST - DiagnosticReport cbi-dr-88317",
        body="Your endpoint returned 422 for the attached resource. Can you check whether the subject reference needs a different system?\n\nThanks,\nOmar, integration",
        atts=(Att("cbi-dr-88317.json", "application/fhir+json", _FHIR_DR),),
    ),
    Spec(
        phi=False,
        category="FHIR sample resource in vendor docs",
        notes="Hard negative: a synthetic FHIR Patient example clearly labelled SYNTHETIC for API testing.",
        frm="Integration <integration@clearviewbreast.org>",
        to="api@mammotrackcloud.com",
        subject="Sandbox payload sample",
        body="Here's the synthetic sample we'll post to your sandbox. All values are made up (SYNTHETIC flag set).\n\nOmar",
        atts=(
            Att(
                "sandbox_patient.json",
                "application/fhir+json",
                json.dumps(
                    {
                        "resourceType": "Patient",
                        "id": "synthetic-001",
                        "meta": {"tag": [{"code": "SYNTHETIC"}]},
                        "name": [{"family": "Testpatient", "given": ["Synthetic"]}],
                        "birthDate": "1900-01-01",
                    },
                    indent=2,
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Screening volume dashboard to board",
        notes="Hard negative: monthly aggregate screening volumes, recall rate and cancer detection rate by site; no patient.",
        frm="Director <director@clearviewbreast.org>",
        to="board@clearviewbreast.org",
        subject="February MQSA audit numbers",
        body="Board members,\n\nFebruary: 3,412 screening exams, recall rate 8.9%, 14 cancers detected (CDR 4.1/1000), PPV1 4.6%. Tomosynthesis now 96% of screens. Detail attached.\n\nDr. Ingrid Halvorsen, Medical Director",
        atts=(
            Att(
                "mqsa_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By site": [
                            ["Site", "Screens", "Recalls", "Cancers"],
                            ["Roseville", 2104, 188, 9],
                            ["Woodbury", 1308, 116, 5],
                        ],
                        "Trend": [
                            ["Month", "Recall %", "CDR"],
                            ["Dec", 9.4, 3.8],
                            ["Jan", 9.1, 4.4],
                            ["Feb", 8.9, 4.1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Biopsy pathology callback list to nurse navigator vendor",
        notes="Hard positive: multi-sheet workbook listing patients, phones and biopsy pathology results for a contracted navigation service.",
        frm="Nurse Navigator <navigator@clearviewbreast.org>",
        to="team@pinkpathnavigation.com",
        subject="This week's callbacks",
        body="Hi Jess, the callbacks for this week are attached. Please prioritise the first tab.",
        atts=(
            Att(
                "callbacks_w12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Malignant": [
                            ["Name", "Phone", "Path"],
                            ["Eleanor Voss", "(651) 555-0131", "IDC grade 2, ER+/PR+/HER2-"],
                            ["Gwen Aldridge", "(651) 555-0136", "DCIS high grade"],
                        ],
                        "Benign": [
                            ["Name", "Phone", "Path"],
                            ["Reiko Nakashima", "(651) 555-0139", "fibroadenoma"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="MQSA inspection scheduling with state",
        notes="Annual MQSA inspection logistics with the state inspector; equipment only.",
        frm="Physicist <physics@clearviewbreast.org>",
        to="mqsa.inspections@health.state.mn.us",
        subject="MQSA annual inspection - Woodbury unit 2",
        body="Hello,\n\nWe can host the annual inspection of the Woodbury Selenia Dimensions (serial SD-44871) on April 7 or 8. Phantom images and QC logs will be ready.\n\nDale Kirchner, MS, DABR",
    ),
    Spec(
        phi=True,
        category="Appointment reminder revealing biopsy",
        notes="HTML-only reminder to patient's outlook mailbox for an ultrasound-guided breast biopsy with blood-thinner instructions.",
        frm="Clearview Scheduling <schedule@clearviewbreast.org>",
        to="gwen.aldridge@outlook.com",
        subject="Reminder: your appointment Friday",
        body="",
        html="<html><body><p>Hello Gwen Aldridge,</p><p>This is a reminder of your <strong>ultrasound-guided breast biopsy</strong> on Friday, March 20 at 8:30 AM at our Roseville site.</p><ul><li>Stop aspirin 5 days before if your doctor agrees.</li><li>Wear a comfortable bra for support afterwards.</li></ul><p>Questions: (651) 555-0120</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="Marketing mammogram reminder campaign template",
        notes="Hard negative: HTML-only generic screening campaign to a general community list, not segmented by condition.",
        frm="Clearview Outreach <outreach@clearviewbreast.org>",
        to="community-list@clearviewbreast.org",
        subject="Women 40+: it's time for your annual mammogram",
        body="",
        html='<html><body><h1>Early detection saves lives</h1><p>The USPSTF now recommends screening every two years starting at 40. Book online in under two minutes - evening and Saturday slots available.</p><p><a href="https://clearviewbreast.org/book">Book now</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing company",
        notes="Hard positive: body has only a check trace; the X12 835 attachment names two patients with member IDs and mammography/biopsy service codes.",
        frm="Finance <finance@clearviewbreast.org>",
        to="posting@apexmedicalbilling.com",
        subject="ERA 3/17 for posting",
        body="ERA from Blue Prairie for 3/17 attached for posting. Check trace BP-EFT-4401772.\n\nFinance",
        atts=(Att("era_20260317_835.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=False,
        category="Radiologist reading schedule",
        notes="Hard negative: radiologist names with breast subspecialties and reading shifts; clinicians, not patients.",
        frm="Director <director@clearviewbreast.org>",
        to="radiologists@clearviewbreast.org",
        subject="April reading schedule",
        body="April reads:\nWeek 1 - Dr. Halvorsen (diagnostic), Dr. Mensah (screening batch)\nWeek 2 - Dr. Mensah (MRI), Dr. Oyelaran (procedures)\nWeek 3 - Dr. Oyelaran (diagnostic), Dr. Halvorsen (MRI)\nWeek 4 - locum Dr. Whitcombe (screening only)\n\nSwap requests by 3/27.",
        atts=(
            Att(
                "april_reads.csv",
                "text/csv",
                "week,diagnostic,screening,mri,procedures\n1,Halvorsen,Mensah,,\n2,,,Mensah,Oyelaran\n3,Oyelaran,,Halvorsen,\n4,,Whitcombe,,\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior mammogram comparison request to outside facility",
        notes="Request for outside priors naming patient and DOB in context of a diagnostic workup.",
        frm="Film Library <films@clearviewbreast.org>",
        to="imagingrecords@stcroixvalleyhospital.org",
        subject="Outside priors request",
        body="Hello,\n\nWe are evaluating a new right breast asymmetry for Beatrix Holloway, DOB 12/05/1958, and need her screening mammograms from 2021-2024 for comparison. Signed release attached. Please push via PowerShare to CLEARVIEW-RSV.\n\nFilm Library"
        + SIG,
        atts=(
            Att(
                "release_Holloway.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW BREAST IMAGING",
                        "Authorization to release images",
                        "Patient: Beatrix Holloway  DOB 12/05/1958",
                        "Purpose: comparison for diagnostic mammogram",
                    ],
                    "Release",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Equipment service ticket",
        notes="Service ticket for a tomosynthesis unit detector fault; no patient.",
        frm="Physicist <physics@clearviewbreast.org>",
        to="service@hologicfieldservice.com",
        subject="Detector artifact - SD-44871",
        body="Seeing a vertical line artifact on flat-field images on unit SD-44871 since this morning. Unit is down; screening patients moved to unit 1. Please dispatch.\n\nDale",
        atts=(Att("flatfield_artifact.png", "image/png", png(10, 10, (120, 120, 120))),),
    ),
    Spec(
        phi=True,
        category="Genetic counselling referral first name and relationship",
        notes="Hard positive: note to genetics about 'Sophie, the daughter of our patient Mrs. Lang', with her mother's BRCA1 and her own dense breasts.",
        frm="High-Risk Clinic <highrisk@clearviewbreast.org>",
        to="genetics@northlakehealth.org",
        subject="referral",
        body="Hi Marta,\n\nSophie (29), daughter of our patient Dolores Lang who tested BRCA1+ last month, came in today for her first screening MRI. Extremely dense tissue, MRI negative. She'd like testing - can you reach her at (651) 555-0158?\n\nThanks,\nNP Carla Dimas",
    ),
    Spec(
        phi=False,
        category="Breast density notification law policy",
        notes="Hard negative: policy memo on the FDA density notification rule with template wording; no individual.",
        frm="Compliance <compliance@clearviewbreast.org>",
        to="allstaff@clearviewbreast.org",
        subject="Density notification language - effective now",
        body="Per the FDA MQSA amendment, every lay letter must include the density statement. Template for dense results: 'Your mammogram shows that your breast tissue is dense...' Template fields: [PATIENT_NAME], [EXAM_DATE], [DENSITY_CATEGORY]. See attached policy.",
        atts=(
            Att(
                "density_policy_v2.docx",
                DOCX,
                docx(
                    [
                        "Clearview Breast Imaging - Policy IM-14 Breast density notification",
                        "Applies to: all screening and diagnostic lay letters",
                        "Fields: [PATIENT_NAME], [EXAM_DATE], [DENSITY_CATEGORY]",
                        "Owner: Compliance",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Surgeon handoff for new breast cancer",
        notes="Long letter to breast surgeon naming patient with pathology, receptor status and staging imaging.",
        frm="Dr. Kwame Mensah <kmensah@clearviewbreast.org>",
        to="dr.lindahl@roseville-breastsurgery.com",
        subject="New dx - Eleanor Voss",
        body="Dear Dr. Lindahl,\n\nThank you for seeing Eleanor Voss (DOB 04/30/1962, MRN CB-0069112) this week. Summary:\n\n- 3/9 screening: new 11 mm spiculated mass left breast 10:00\n- 3/11 diagnostic + US: BI-RADS 5, one borderline axillary node\n- 3/13 US core biopsy: invasive ductal carcinoma, grade 2, ER 95% / PR 60% / HER2 1+\n- Node FNA: benign\n\nShe is anxious but well-informed; her sister accompanied her. MRI for extent of disease is booked 3/19.\n\nKind regards,\nKwame Mensah, MD\nBreast Imaging"
        + SIG
        + DISC,
    ),
    Spec(
        phi=False,
        category="Contrast supply backorder",
        notes="Hard negative: gadolinium contrast backorder affecting breast MRI scheduling; no patient.",
        frm="Supply <supply@clearviewbreast.org>",
        to="radiologists@clearviewbreast.org",
        subject="Gadavist backorder - MRI slots",
        body="Bayer reports gadobutrol backorder for 3 weeks. We have ~40 doses. Please prioritise extent-of-disease and high-risk screening MRIs; routine follow-ups will be rescheduled by the desk.",
    ),
    Spec(
        phi=True,
        category="Mobile unit roster with names and DOB",
        notes="Hard positive: table with no headers of names, DOBs and exam times for the mobile mammography coach at an employer site.",
        frm="Mobile Coach <mobile@clearviewbreast.org>",
        to="wellness@grainbeltlogistics.com",
        subject="Thursday coach roster",
        body="Roster below for Thursday's coach visit. Please make sure they bring photo ID.\n\n08:00  Tanya Orlov  1975-03-02\n08:15  Lise Brandt  1969-11-20\n08:30  Maricela Ruiz  1978-07-07\n08:45  Dawn Peltier  1983-01-30\n\nThanks!",
    ),
    Spec(
        phi=False,
        category="Employer wellness event counts",
        notes="Hard negative: follow-up to employer with only the number of employees screened and no results.",
        frm="Mobile Coach <mobile@clearviewbreast.org>",
        to="wellness@grainbeltlogistics.com",
        subject="Coach visit recap",
        body="Thanks for hosting! We screened 27 employees on Thursday. Results go directly to each woman and her doctor; we don't share any individual results with employers. Next visit: September.",
    ),
    Spec(
        phi=True,
        category="Patient reply about implant imaging",
        notes="Reply to patient's personal email about her silicone implant rupture seen on MRI.",
        frm="Dr. Abimbola Oyelaran <aoyelaran@clearviewbreast.org>",
        to="reiko.nakashima@icloud.com",
        subject="Re: question about my MRI",
        body="Dear Ms. Nakashima,\n\nYes - the MRI shows an intracapsular rupture of the left silicone implant, with no silicone outside the capsule. This is not an emergency. I'd recommend seeing your plastic surgeon to discuss removal or exchange.\n\nDr. Oyelaran",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Reiko Nakashima <reiko.nakashima@icloud.com>",
            to="aoyelaran@clearviewbreast.org",
            subject="question about my MRI",
            body="The portal says 'intracapsular rupture' - what does that mean? Do I need surgery? Reiko",
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT security notice; no health information.",
        frm="IT Security <itsec@clearviewbreast.org>",
        to="allstaff@clearviewbreast.org",
        subject="Phishing: fake 'PACS password expiry' emails",
        body="Several of you received an email claiming your PACS password expires today with a link to clearview-breast-login.com. That is NOT us. Do not click. Report with the Phish button.",
    ),
    Spec(
        phi=True,
        category="Lay letter with dense breast and supplemental MRI recommendation",
        notes="Hard positive: body only says 'see attached'; the PDF names the patient with home address, extremely dense breasts, lifetime risk and an MRI recommendation.",
        frm="Clearview Patient Letters <letters@clearviewbreast.org>",
        to="m.ruiz1978@yahoo.com",
        subject="Your letter from Clearview",
        body="Please see the attached letter.\n\nClearview Breast Imaging",
        atts=(
            Att(
                "letter_0319.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW BREAST IMAGING",
                        "Maricela Ruiz",
                        "1402 Larpenteur Ave W, Falcon Heights MN 55113",
                        "Your mammogram of 03/12/2026 is normal (BI-RADS 1).",
                        "Your breast tissue is extremely dense (D). Lifetime risk 23% (Tyrer-Cuzick).",
                        "Supplemental screening MRI is recommended.",
                    ],
                    "Letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Tech CE certificates for staff",
        notes="Staff continuing-education certificates for mammography technologists; workforce only.",
        frm="Education <education@clearviewbreast.org>",
        to="registrations@asrt-ce.org",
        subject="CE credit upload - 4 technologists",
        body="Please record DBT CE credits for: Hannah Price RT(R)(M), Luis Ortega RT(R)(M), Jin Park RT(R)(M), Sabine Roux RT(R)(M). Certificates attached as zip.",
        atts=(
            Att(
                "ce_certs.zip",
                "application/zip",
                zipped(
                    {
                        "Price.txt": "Certificate: DBT image quality, 3.0 CE, Hannah Price RT(R)(M)\n",
                        "Ortega.txt": "Certificate: DBT image quality, 3.0 CE, Luis Ortega RT(R)(M)\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of DICOM report text to second opinion",
        notes="Zip with report text naming patient, MRN and BI-RADS 4C calcifications for a second opinion.",
        frm="Film Library <films@clearviewbreast.org>",
        to="secondopinion@mayobreastcenter.org",
        subject="Second opinion - reports attached",
        body="Reports attached; images via PowerShare under accession ACC-5530118.\n\nFilm Library",
        atts=(
            Att(
                "reports_ACC-5530118.zip",
                "application/zip",
                zipped(
                    {
                        "mammo_report.txt": "Patient: Priscilla Agyeman  MRN CB-0074401  DOB 06/18/1972\nDiagnostic mammogram 03/10/2026: segmental fine pleomorphic calcifications right breast, 3.5 cm. BI-RADS 4C.\n",
                        "stereo_plan.txt": "Stereotactic biopsy scheduled 03/24/2026.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Radiology conference case with anonymised image",
        notes="Hard negative: teaching case with anonymised image, age in decade and no identifiers, for a regional conference.",
        frm="Dr. Kwame Mensah <kmensah@clearviewbreast.org>",
        to="program@mnradsociety.org",
        subject="Case submission - 'The mass that wasn't'",
        body="Submission for the April case conference: woman in her 50s, focal asymmetry on screening DBT that resolved on spot compression - summation artifact. Image attached is anonymised (burned-in text removed, no dates).\n\nKwame Mensah, MD",
        atts=(Att("case_anon_01.png", "image/png", png(12, 12, (40, 40, 40))),),
    ),
    Spec(
        phi=True,
        category="Interpreter request for breast MRI",
        notes="Hard positive: no diagnosis, but a named patient's contrast breast MRI appointment is given to an interpreter agency; the appointment for care is itself PHI.",
        frm="Clearview Scheduling <schedule@clearviewbreast.org>",
        to="requests@twincitiesinterpreters.com",
        subject="Somali interpreter 3/25 9:00",
        body="Please send a Somali interpreter (female preferred) for Hodan Farah, breast MRI with contrast, Wed 3/25 at 9:00, Roseville. She will need help with the screening questionnaire (kidney function, implants).\n\nScheduling",
    ),
    Spec(
        phi=False,
        category="Referring office FAQ on ordering",
        notes="How-to for referring offices on ordering diagnostic vs screening mammograms; no patient.",
        frm="Outreach <outreach@clearviewbreast.org>",
        to=f"office@{LGY}",
        subject="Ordering tips for your staff",
        body="Quick reminders for orders:\n1. Screening (77067) = no symptoms.\n2. Diagnostic (77066/77065) = lump, pain, nipple discharge, or BI-RADS 0 recall - include side and clock position.\n3. Include the NPI of the ordering clinician.\n\nThanks for referring to Clearview!",
    ),
    Spec(
        phi=True,
        category="No-show log with MRNs to safety consortium",
        notes="Hard positive: terse plain-text attachment noting a patient's MRN with 'no-show, diag workup BI-RADS 0 pending'.",
        frm="Clearview Scheduling <schedule@clearviewbreast.org>",
        to="qa@ruralbreastconsortium.org",
        subject="no-show log",
        body="weekly no-show log attached per the consortium's safety project",
        atts=(
            Att(
                "noshow_w11.txt",
                "text/plain",
                "CB-0068830  03/13  diag L/R addl views  BI-RADS 0 workup pending  2 calls no answer\nCB-0070127  03/12  US f/u 6mo BI-RADS 3  letter sent\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Invoice to referring practice for reading services",
        notes="Professional services invoice by exam volume; no individual patients.",
        frm="Finance <finance@clearviewbreast.org>",
        to=f"billing@{LGY}",
        subject="Invoice CBI-2026-03 - in-office ultrasound reads",
        body="Invoice for February reading services: 42 breast ultrasound interpretations at the contracted rate. Net 30.\n\nFinance",
        atts=(
            Att(
                "invoice_CBI-2026-03.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW BREAST IMAGING",
                        "Invoice CBI-2026-03",
                        "42 interpretations x $38.00 = $1,596.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Mammogram result to daughter acting as proxy",
        notes="Reply to adult daughter giving her mother's (first name and relationship) benign biopsy result.",
        frm="Nurse Navigator <navigator@clearviewbreast.org>",
        to="anya.petrov.work@gmail.com",
        subject="Re: Mom's biopsy",
        body="Hi Anya,\n\nSince your mom Lydia signed the proxy form, I can share that her biopsy came back benign - a fibroadenoma. Routine yearly mammograms from now on. She's welcome to call me directly too.\n\nCarla Dimas, RN, Nurse Navigator",
    ),
    Spec(
        phi=False,
        category="Order number resembling SSN",
        notes="Hard negative: purchase order number formatted like 3-2-4 digits for mammography paddles; vendor only.",
        frm="Supply <supply@clearviewbreast.org>",
        to="orders@imagingpartsdirect.com",
        subject="PO 418-22-7093 - compression paddles",
        body="Confirming PO 418-22-7093: 2x 24x29 cm compression paddles, 1x spot paddle. Ship to Woodbury.",
    ),
    Spec(
        phi=True,
        category="Medicare denied biopsy claim inquiry with MBI",
        notes="Claim inquiry to Medicare contractor naming beneficiary and MBI for a diagnostic mammogram and biopsy.",
        frm="Finance <finance@clearviewbreast.org>",
        to="provider.inquiries@ngs-medicare-jurisdiction.com",
        subject="Claim inquiry - denied 19083",
        body="Hello,\n\nBeneficiary: Gwen Aldridge, MBI: 3HK7-RA2-WT58, DOS 03/20/2026. CPT 19083 (US-guided breast biopsy) denied CO-50. Dx R92.8 and N63.20 were submitted. Please advise on reconsideration.\n\nClearview Breast Imaging, NPI: 1508125063",
    ),
    Spec(
        phi=False,
        category="Breast cancer survivor support group flyer",
        notes="Hard negative: flyer for a survivors' support group sent to a library; no individual.",
        frm="Outreach <outreach@clearviewbreast.org>",
        to="events@rosevillelibrary.org",
        subject="Flyer: Pink Thread survivors group",
        body="Could you post this in the community board? Pink Thread meets the 2nd Tuesday of each month, 6 PM, Room B - open to anyone affected by breast cancer. No registration needed.",
    ),
    Spec(
        phi=False,
        category="Holiday hours notice",
        notes="Closing hours notice to referring offices; no patient.",
        frm="Clearview Scheduling <schedule@clearviewbreast.org>",
        to="referring-offices@clearviewbreast.org",
        subject="Closed Friday April 3",
        body="Both sites will be closed Friday April 3 for staff training. Urgent diagnostic cases: call (651) 555-0121.",
    ),
    Spec(
        phi=True,
        category="Wire localisation photo named after patient",
        notes="Hard positive: skin marker photo file named with patient's full name sent to a surgeon; body uses initials.",
        frm="Dr. Abimbola Oyelaran <aoyelaran@clearviewbreast.org>",
        to="dr.lindahl@roseville-breastsurgery.com",
        subject="skin marking photo for Tues OR",
        body="Photo of the wire localisation skin mark for your 7:30 Tuesday case (P.A.). Clip is at the 10:00 position, 4 cm from nipple.",
        atts=(Att("Priscilla_Agyeman_wireloc_0324.png", "image/png", png(6, 6, (220, 190, 170))),),
    ),
    Spec(
        phi=False,
        category="Quarterly accreditation ACR phantom results",
        notes="Phantom image scores and dose per unit for ACR accreditation; equipment data.",
        frm="Physicist <physics@clearviewbreast.org>",
        to="accreditation@acr-mammo.org",
        subject="Q1 phantom results - facility 55102",
        body="Q1 phantom scores: Unit 1 fibers 5 / specks 4 / masses 4, AGD 1.42 mGy; Unit 2 fibers 5 / specks 4 / masses 3.5, AGD 1.51 mGy. Full workbook attached.",
        atts=(
            Att(
                "phantom_q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Unit 1": [["Test", "Score"], ["Fibers", 5], ["Specks", 4], ["Masses", 4]],
                        "Unit 2": [
                            ["Test", "Score"],
                            ["Fibers", 5],
                            ["Specks", 4],
                            ["Masses", 3.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Radiologist bio for press release",
        notes="Hard negative: press release on a radiologist's award describing her research on interval cancers; no patient.",
        frm="Communications <comms@clearviewbreast.org>",
        to="newsdesk@twincitiesbiz.com",
        subject="Press release: Dr. Oyelaran named SBI Fellow",
        body="FOR IMMEDIATE RELEASE\n\nAbimbola Oyelaran, MD, of Clearview Breast Imaging has been named a Fellow of the Society of Breast Imaging for her work on reducing interval breast cancers in women with dense breasts and on contrast-enhanced mammography.",
        atts=(
            Att(
                "press_release.docx",
                DOCX,
                docx(
                    [
                        "Clearview Breast Imaging - Press release",
                        "Dr. Abimbola Oyelaran named SBI Fellow",
                        "Research: interval cancers, dense breasts, contrast-enhanced mammography",
                    ]
                ),
            ),
        ),
    ),
]
