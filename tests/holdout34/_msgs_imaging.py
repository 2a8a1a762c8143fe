"""Precision Imaging Center: outbound mail, PHI and not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import ALIGN, MSP, PIC, Att, Spec

RAD_SIG = (
    "\n\nEli Feld, MD\nMedical Director, Precision Imaging Center\n"
    "Neuro & Musculoskeletal Radiology"
)
FOOTER = (
    "\n\nThis message is intended only for the addressee. Precision Imaging Center, 1450 Bethel "
    "Rd, "
    "Columbus OH. Do not forward without authorization."
)

MESSAGES = [
    Spec(
        phi=True,
        category="MRI report to referring office",
        notes="Signed MRI report PDF for a named patient to the ordering pain practice.",
        frm=f"Precision Imaging Reports <reports@{PIC}>",
        to=f"results@{MSP}",
        subject="Final report - Acc PIC-2611-07102",
        body="Final report attached for your review." + FOOTER,
        atts=(
            Att(
                "PIC-2611-07102.pdf",
                "application/pdf",
                pdf(
                    [
                        "PRECISION IMAGING CENTER",
                        "MRI LUMBAR SPINE WITHOUT CONTRAST",
                        "Patient: Obinna Eze   DOB: 06/25/1977   MRN: PIC-334871",
                        "Impression: Recurrent right paracentral disc extrusion at L5-S1 "
                        "compressing the",
                        "descending right S1 nerve root. Postsurgical changes L5-S1.",
                        "Electronically signed: Eli Feld, MD 11/10/2026 16:02",
                    ],
                    "MRI report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="critical result call note",
        notes="Critical finding communicated about a named patient (cord compression).",
        frm=f"Eli Feld <efeld@{PIC}>",
        to=f"hbrandt@{MSP}",
        cc=f"reports@{PIC}",
        subject="CRITICAL - please call",
        body=(
            "Hannah,\n\nTried your cell. Beatriz Castellanos (CT T-spine today) has retropulsion "
            "of the T11 fragment with about 40% canal narrowing - new since her September MRI. "
            "I'd get her to the ED tonight if she has any leg weakness. My cell is 614-555-0109."
        )
        + RAD_SIG,
    ),
    Spec(
        phi=True,
        category="MRI safety screening question",
        notes=(
            "Hard positive: tech asks ordering office about a patient's implant (SCS) by name and "
            "appointment."
        ),
        frm=f"Tasha Greene <tgreene@{PIC}>",
        to=f"kvarga@{MSP}",
        subject="MRI conditional? your SCS patient",
        body=(
            "Hi Kelsey, Harold Nwachukwu is booked here Monday 11/16 at 11:00 for a C-spine MRI. "
            "Intake says he has a spinal cord stimulator from your office. Can you send the model "
            "and lead info so we can confirm MR-conditional settings? Otherwise we'll have to "
            "convert to CT myelogram.\n\nTasha Greene, RT(R)(MR)\nMRI Lead Technologist"
        ),
    ),
    Spec(
        phi=True,
        category="appointment confirmation HTML",
        notes=(
            "HTML-only confirmation to a patient at gmail naming the exam and prep (contrast, "
            "creatinine)."
        ),
        frm=f"Precision Imaging Center <appointments@{PIC}>",
        to="claudette.fontaine64@gmail.com",
        subject="Appointment confirmed",
        body="",
        html=(
            "<html><body><p>Hello Claudette,</p><p>Your <b>MRI of the lumbar spine with and "
            "without contrast</b> is confirmed for <b>Thursday 11/12 at 2:40 "
            "PM</b>.</p><p>Because you have diabetes on metformin, please bring your most recent "
            "creatinine result. Arrive 20 minutes early.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="billing statement to patient",
        notes="Balance statement with account number, DOS and exam to a patient's outlook address.",
        frm=f"Patient Billing <billing@{PIC}>",
        to="p.kowalczyk@outlook.com",
        subject="Statement for account 8810442",
        body=(
            "Dear Piotr Kowalczyk,\n\nYour balance for the CT lumbar spine on 09/28/2026 (account "
            "8810442) is $312.40 after your Aetna deductible. Pay online or call 614-555-0133 to "
            "set up a payment plan.\n\nPatient Billing"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA to HIE",
        notes=(
            "Hard positive: C-CDA XML attachment with patient demographics and a result; body "
            "technical."
        ),
        frm=f"interfaces@{PIC}",
        to="submissions@centralohiohie.org",
        subject="CCD resend - message 55120 failed validation",
        body="Resending document 55120 with the corrected templateId. Please confirm receipt.",
        atts=(
            Att(
                "ccd_55120.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                "<title>Imaging Result</title><recordTarget><patientRole><id "
                'extension="PIC-340056" root="2.16.840.1.113883.3.9921"/>'
                "<addr><streetAddressLine>77 Weber "
                "Rd</streetAddressLine><city>Columbus</city><state>OH</state><postalCode>43202</postalCode></addr>"
                "<patient><name><given>Farah</given><family>Siddiqui</family></name><birthTime "
                'value="19900530"/></patient>'
                "</patientRole></recordTarget><component><section><title>Findings</title>"
                "<text>MRI cervical spine: C6-7 left foraminal disc protrusion contacting the "
                "exiting C7 root.</text>"
                "</section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU result to PT clinic",
        notes=(
            "Hard positive: HL7 ORU radiology result for a patient sent to the PT clinic; body "
            "says only '1 result attached'."
        ),
        frm=f"interfaces@{PIC}",
        to=f"referrals@{ALIGN}",
        subject="Result delivery",
        body="1 result attached.",
        atts=(
            Att(
                "ORU_20261111_884.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|PICRIS|PIC|ALIGNPT|ALIGN|202611110810||ORU^R01|PIC884|P|2.5.1\r"
                "PID|1||PIC-351209^^^PIC^MR||Nakamura^Brandon||19990104|M\r"
                "OBR|1||PIC-2611-07311|73721^MRI knee w/o contrast^CPT\r"
                "OBX|1|TX|IMP||Intact ACL graft. Small joint effusion. Grade 2 chondromalacia "
                "patella.||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of imaging to law firm",
        notes="Encrypted zip of images list plus a follow-up body naming the patient and exam.",
        frm=f"Film Library <filmlibrary@{PIC}>",
        to="records@hartleyinjurylaw.com",
        subject="Imaging for Shaniqua Berry - cervical MRI",
        body=(
            "Attached is the encrypted archive with the cervical MRI report for Shaniqua Berry "
            "(DOS 10/29/2026), per the authorization received. The password will follow by phone."
        ),
        atts=(
            Att(
                "berry_imaging.zip",
                "application/zip",
                encrypted_zip({"report.txt": "MRI C-spine: C5-6 facet arthropathy"}, "Pic-7731!"),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show list CSV",
        notes=(
            "Hard positive: CSV of no-shows with names, phone and exam type to the call center "
            "vendor."
        ),
        frm=f"Rosa Delgado <rdelgado@{PIC}>",
        to="ops@recallcallcenter.com",
        subject="Recall list for Thursday calls",
        body="Please call these to reschedule. Script B.",
        atts=(
            Att(
                "noshow_1110.csv",
                "text/csv",
                "name,phone,exam,missed\nYvonne Baptiste,614-555-0171,MRI brain w/wo (MS "
                "follow-up),11/09\nChidi Abara,614-555-0158,CT lumbar myelogram,11/09\nWalter "
                "Pruitt,740-555-0193,MRI shoulder arthrogram,11/10\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="incidental finding letter",
        notes="DOCX letter to patient about an incidental thyroid nodule, name and address.",
        frm=f"Patient Navigation <navigator@{PIC}>",
        to="walt.pruitt@aol.com",
        subject="Important follow-up letter",
        body="Mr. Pruitt, please read the attached letter about your recent scan and call us.",
        atts=(
            Att(
                "followup_letter.docx",
                DOCX,
                docx(
                    [
                        "Precision Imaging Center",
                        "Walter Pruitt, 19 Elmwood Ln, Lancaster OH 43130",
                        "Your CT of the neck on 11/02/2026 showed a 1.8 cm nodule in the right "
                        "thyroid lobe.",
                        "The radiologist recommends a thyroid ultrasound. Please contact your "
                        "doctor.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="key image PNG to surgeon",
        notes="Hard positive: key image PNG with patient name in filename; body 'see image'.",
        frm=f"Eli Feld <efeld@{PIC}>",
        to="dr.okonjo@ohiospinesurgery.com",
        subject="key image",
        body="See image. This is the one I mentioned on the phone.",
        atts=(Att("Castellanos_B_CT_Tspine_sag.png", "image/png", png(8, 8, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="prior images request",
        notes="Request to a hospital for a named patient's prior MRI for comparison.",
        frm=f"Film Library <filmlibrary@{PIC}>",
        to="imagelibrary@mountcarmelhealth-demo.org",
        subject="Prior request - comparison",
        body=(
            "Please push priors via PowerShare for Yvonne Baptiste, DOB 02/19/1979, MRI brain "
            "2024-2025 (MS surveillance). Our exam is scheduled 11/17.\n\nFilm "
            "Library\n614-555-0144"
        ),
    ),
    Spec(
        phi=True,
        category="XLSX addenda log to MSP",
        notes=(
            "Hard positive: workbook of report addenda with MRNs and findings sent to the "
            "referring practice."
        ),
        frm=f"Quality <quality@{PIC}>",
        to=f"quality@{MSP}",
        subject="Report addenda for your patients - October",
        body="As agreed, list of October addenda for your referred patients.",
        atts=(
            Att(
                "addenda_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Addenda": [
                            ["MRN", "Patient", "Exam", "Change"],
                            [
                                "PIC-334871",
                                "Eze, Obinna",
                                "MRI L-spine",
                                "level corrected L4-5 -> L5-S1",
                            ],
                            [
                                "PIC-340056",
                                "Siddiqui, Farah",
                                "MRI C-spine",
                                "side corrected to left",
                            ],
                        ],
                        "Summary": [["Total", "Discrepancy"], ["2", "laterality/level"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply quoted thread from patient's wife",
        notes="Reply to a wife's question about her husband's claustrophobia and sedation for MRI.",
        frm=f"Rosa Delgado <rdelgado@{PIC}>",
        to="maria.pruitt55@icloud.com",
        subject="Re: Walter's MRI",
        body=(
            "Hi Maria,\n\nYes, we can do Walter's shoulder MRI in our open-bore magnet. His "
            "doctor will need to prescribe the lorazepam for the claustrophobia, and he'll need "
            "you to drive. He's rebooked for 11/20 at 9:00.\n\nRosa\n\n> From: Maria Pruitt\n> He "
            "panicked last time and they had to stop. Is there anything you can do?"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of worklist for teleradiology",
        notes="ZIP with a worklist of patients, ages and indications to a teleradiology group.",
        frm=f"PACS Admin <pacs@{PIC}>",
        to="intake@nightshiftteleradiology.com",
        subject="Overnight worklist backup",
        body="PACS push failed for these, attached as a backup worklist.",
        atts=(
            Att(
                "worklist_1111.zip",
                "application/zip",
                zipped(
                    {
                        "worklist.txt": (
                            "PIC-2611-07520 | Ahmadi, Reza | 44M | CT head w/o | fall, on "
                            "warfarin\nPIC-2611-07521 | Lowe, Brittany | 29F | MRI pelvis | r/o "
                            "endometriosis\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport",
        notes=(
            "Hard positive: FHIR DiagnosticReport JSON with patient name and result; body "
            "'Automated push'."
        ),
        frm=f"interfaces@{PIC}",
        to=f"fhir-inbox@{MSP}",
        subject="DiagnosticReport push",
        body="Automated push.",
        atts=(
            Att(
                "dr_7731902.json",
                "application/fhir+json",
                '{"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "CT '
                'thoracic spine w/o"}, '
                '"subject": {"display": "Beatriz Castellanos", "identifier": {"value": '
                '"MSP-0702285"}}, '
                '"effectiveDateTime": "2026-11-10", "conclusion": "Acute T11 compression fracture '
                'with 40% height loss and mild retropulsion."}\n',
            ),
        ),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="radiologist reading schedule",
        notes="Hard negative: radiologist call schedule with names and subspecialties.",
        frm=f"Eli Feld <efeld@{PIC}>",
        to=f"radiologists@{PIC}",
        subject="December reading schedule",
        body=(
            "Dec 1-7 neuro: Feld; MSK: Tran; body: Okoro. Dec 8-14 neuro: Shapiro; MSK: Feld. "
            "Night reads go to Nightshift Teleradiology as usual."
        )
        + RAD_SIG,
    ),
    Spec(
        phi=False,
        category="contrast shortage and protocol",
        notes="Hard negative: gadolinium reaction protocol / premedication regimen, no patient.",
        frm=f"Eli Feld <efeld@{PIC}>",
        to=f"technologists@{PIC}",
        subject="Contrast premedication protocol reminder",
        body=(
            "For patients with prior moderate reaction to gadolinium: prednisone 50 mg PO at 13, "
            "7 and 1 hour before, plus diphenhydramine 50 mg 1 hour before. eGFR under 30: group "
            "II agent only, radiologist approval required."
        ),
    ),
    Spec(
        phi=False,
        category="ACR accreditation phantom results",
        notes=(
            "Hard negative: MRI phantom QC values with serial number of the scanner (device, not "
            "patient)."
        ),
        frm=f"Physics <physics@{PIC}>",
        to="accreditation@acr-submissions.org",
        subject="MRAP phantom results - Unit 2",
        body=(
            "Attached phantom results for Unit 2 (Siemens Vida 3T, serial 175402). All ACR "
            "criteria pass: geometric accuracy +/-1 mm, high-contrast resolution 1.0 mm, slice "
            "thickness 5.1 mm."
        ),
    ),
    Spec(
        phi=False,
        category="test patient HL7",
        notes=(
            "Hard negative: HL7 test message with obviously fictitious TEST patient for interface "
            "validation."
        ),
        frm=f"interfaces@{PIC}",
        to=f"interfaces@{MSP}",
        subject="Validation message - TEST patient",
        body=(
            "Test ORU for your new interface engine. Patient is the shared fictional TEST record, "
            "not a real person."
        ),
        atts=(
            Att(
                "ORU_TEST.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|PICRIS|PIC|MSPEHR|MSP|202611091000||ORU^R01|TEST0001|T|2.5.1\r"
                "PID|1||TEST-000001^^^PIC^MR||ZZTEST^INTERFACE||19000101|U\r"
                "OBX|1|TX|IMP||TEST RESULT - NOT A REAL PATIENT||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referral volume report to partner",
        notes="Hard negative: aggregate referral counts by modality sent to the pain practice.",
        frm=f"Outreach <outreach@{PIC}>",
        to=f"valmeida@{MSP}",
        subject="Your referral volumes Q3",
        body="",
        html=(
            "<html><body><p>Victor, here are your Q3 referral counts:</p><table "
            "border='1'><tr><th>Modality</th><th>Exams</th><th>Avg days to "
            "schedule</th></tr><tr><td>MRI L-spine</td><td>318</td><td>2.1</td></tr><tr><td>MRI "
            "C-spine</td><td>141</td><td>2.4</td></tr><tr><td>CT</td><td>77</td><td>1.2</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="scanner service invoice",
        notes="Vendor service invoice for coil repair; invoice number SSN-shaped.",
        frm=f"Accounts Payable <ap@{PIC}>",
        to="service.billing@medicalimagingsvc.com",
        subject="Dispute on invoice 508-31-2264",
        body=(
            "Invoice 508-31-2264 bills the knee coil repair twice (lines 3 and 7). Please issue a "
            "credit of $4,870.00 and we'll pay the balance."
        ),
    ),
    Spec(
        phi=False,
        category="radiation safety training",
        notes="Staff training reminder, dosimetry badge exchange.",
        frm=f"Radiation Safety <rso@{PIC}>",
        to=f"all-staff@{PIC}",
        subject="Dosimeter badge exchange + annual training",
        body=(
            "Badges exchange on 11/30. Annual radiation safety and MRI Zone IV training is due by "
            "12/15 in the LMS. Two staff had badge readings above investigation level I last "
            "quarter; RSO will meet with them privately."
        ),
    ),
    Spec(
        phi=False,
        category="marketing to referrers",
        notes=(
            "Hard negative: marketing email to physician offices about a new MRI scanner and "
            "conditions imaged."
        ),
        frm=f"Outreach <outreach@{PIC}>",
        to="office.managers@centralohiophysicians.org",
        subject="Now open: wide-bore 3T MRI in Dublin",
        body="",
        html=(
            "<html><body><h2>Wide-bore 3T MRI now in Dublin</h2><p>Ideal for claustrophobic and "
            "larger patients, MR-conditional spinal cord stimulators and cardiac devices. "
            "Same-week appointments for radiculopathy, MS follow-up and sports "
            "injuries.</p><p>Fax orders to 614-555-0150.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="job posting MRI tech",
        notes="Job posting.",
        frm=f"Recruiting <jobs@{PIC}>",
        to="jobs@ohiorad-techs.org",
        subject="Hiring: MRI Technologist, evenings",
        body=(
            "Precision Imaging Center is hiring an ARRT(MR) technologist for evenings, 4x10. "
            "Sign-on bonus $7,500. Experience with cardiac device MRI a plus."
        ),
    ),
    Spec(
        phi=False,
        category="price transparency list",
        notes="Hard negative: cash price list with CPT codes.",
        frm=f"Patient Billing <billing@{PIC}>",
        to="dana.wu.shopper@gmail.com",
        subject="Re: self-pay prices",
        body=(
            "Hello,\n\nThanks for asking. Our self-pay prices: MRI without contrast (72148, "
            "72141, 73721) $425; with/without contrast $650; CT without contrast $275. Prices "
            "include the radiologist's read. No referral needed for the quote, but exams need an "
            "order.\n\nPatient Billing"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified teaching file",
        notes=(
            "Hard negative: de-identified teaching case (no names, no dates except year, no MRN)."
        ),
        frm=f"Eli Feld <efeld@{PIC}>",
        to="residents@osu-radiology-edu.org",
        subject="Teaching case: Tarlov cysts vs. meningocele",
        body=(
            "Case for Thursday conference (de-identified, Safe Harbor): adult female in her 40s, "
            "2025 study, sacral perineural cysts up to 2.3 cm with scalloping of S2. Discussion: "
            "when to call them symptomatic. Key images attached."
        ),
        atts=(Att("teaching_case_tarlov_key1.png", "image/png", png(6, 6, (40, 40, 40))),),
    ),
    Spec(
        phi=False,
        category="downtime procedure",
        notes="PACS downtime procedure to staff.",
        frm=f"PACS Admin <pacs@{PIC}>",
        to=f"all-staff@{PIC}",
        subject="PACS upgrade Saturday",
        body=(
            "PACS upgrade Saturday 11/14 from 10 pm to 2 am. Radiologists read from the modality "
            "consoles; techs log accessions on the downtime sheet and we'll reconcile Sunday "
            "morning."
        ),
    ),
    Spec(
        phi=False,
        category="budget XLSX",
        notes="Capital budget workbook with equipment lines.",
        frm=f"Finance <finance@{PIC}>",
        to="cfo@precisionimaging-partners.com",
        subject="2027 capital budget draft",
        body="Draft capital budget attached; the CT replacement is the big one.",
        atts=(
            Att(
                "capex_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Capital": [
                            ["Item", "Cost"],
                            ["CT 128-slice replacement", "1,150,000"],
                            ["MRI coil set", "185,000"],
                        ],
                        "Depreciation": [["Item", "Years"], ["CT", "7"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="radiologist CV to hospital",
        notes=(
            "Hard negative: radiologist privileging with NPI and DEA; the doctor is not a patient."
        ),
        frm=f"Medical Staff Office <mso@{PIC}>",
        to="privileging@mountcarmelhealth-demo.org",
        subject="Privileges application - Anh Tran, MD",
        body=(
            "Attached application for teleradiology privileges. Anh Tran, MD, MSK radiology "
            "fellowship (Michigan). NPI: 1928473655. DEA: AR6152843. Board certified (ABR) 2019."
        ),
    ),
]
