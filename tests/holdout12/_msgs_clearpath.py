# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)
"""ClearPath Imaging Center: outbound mail, 16 with PHI and 16 without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

HL7_ORU = (
    "MSH|^~\\&|RIS|CLEARPATH|EHR|SUNSETPEDS|20261111091500||ORU^R01|CP551902|P|2.5.1\r"
    "PID|1||CP2290417^^^CLEARPATH^MR||ABERNATHY^GLORIA^M||19580722|F|||415 HILLCREST RD^^DALY CITY^CA^94015\r"
    "OBR|1||ACC88120455|77067^Screening mammography bilateral^CPT|||20261110\r"
    "OBX|1|TX|IMP^Impression||BI-RADS 0: incomplete. Focal asymmetry left breast upper outer quadrant. Recall for diagnostic views.||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|RIS|CLEARPATH|EHR|NEWCLIENT|20261111091500||ORU^R01|CPTEST01|T|2.5.1\r"
    "PID|1||TEST000001^^^CLEARPATH^MR||TESTPATIENT^ZZCLEARPATH||19000101|U\r"
    "OBR|1||TESTACC001|71046^Chest 2 views^CPT\r"
    "OBX|1|TX|IMP^Impression||TEST REPORT - no acute findings. NOT A REAL PATIENT.||||||F\r"
)

FHIR_DR = """{
  "resourceType": "DiagnosticReport",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "24590-2", "display": "MR Brain WO and W contrast"}]},
  "subject": {"reference": "Patient/cp-2291877", "display": "Tobias Wendt"},
  "identifier": [{"system": "urn:clearpath:accession", "value": "ACC88121073"}],
  "effectiveDateTime": "2026-11-09T14:20:00-08:00",
  "conclusion": "Multiple periventricular T2/FLAIR lesions, two enhancing, consistent with demyelinating disease such as multiple sclerosis."
}
"""

FHIR_SCHED = """{
  "resourceType": "Schedule",
  "id": "mri-3t-room2",
  "active": true,
  "serviceType": [{"text": "MRI 3T"}],
  "actor": [{"reference": "Location/clearpath-main-mri2", "display": "ClearPath MRI Room 2"}],
  "planningHorizon": {"start": "2026-11-16", "end": "2026-11-22"},
  "comment": "Open blocks Tue/Thu 18:00-21:00 for outpatient referrals"
}
"""

ICS_PT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ClearPath Imaging//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:cp-appt-9912071@clearpathimaging.com\r\nDTSTAMP:20261110T190000Z\r\n"
    "DTSTART:20261113T161500Z\r\nDTEND:20261113T171500Z\r\n"
    "SUMMARY:CT abdomen/pelvis with contrast - Reginald Oduya\r\n"
    "LOCATION:ClearPath Imaging Center\\, 2100 El Camino Real\\, Suite 100\r\n"
    "DESCRIPTION:Nothing to eat 4 hours before. Drink oral contrast at 8:15. Creatinine on file 11/02.\r\n"
    "ORGANIZER:mailto:scheduling@clearpathimaging.com\r\nATTENDEE:mailto:reggie.oduya@yahoo.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_VENDOR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ClearPath Imaging//Ops//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:cp-pm-ge-1121@clearpathimaging.com\r\nDTSTAMP:20261110T190000Z\r\n"
    "DTSTART:20261121T150000Z\r\nDTEND:20261121T230000Z\r\n"
    "SUMMARY:Preventive maintenance - CT scanner 1 (Revolution EVO)\r\n"
    "LOCATION:ClearPath Imaging CT suite\r\n"
    "DESCRIPTION:Scanner offline all day Saturday. Tube warm-up and QA phantom after.\r\n"
    "ORGANIZER:mailto:ops@clearpathimaging.com\r\nATTENDEE:mailto:fieldservice@ge-healthcare-west.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

CCDA_CP = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Diagnostic Imaging Report</title>
  <recordTarget><patientRole>
    <id extension="CP2288015" root="2.16.840.1.113883.3.9921"/>
    <patient><name><given>Harold</given><family>Steinberg</family></name><birthTime value="19490318"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Findings</title>
    <text>CT chest low-dose lung cancer screening 11/06/2026: 9 mm solid nodule right upper lobe. Lung-RADS 4A. Recommend 3-month follow-up LDCT or PET/CT.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

INNER_RESULT = Spec(
    phi=True,
    category="inner",
    notes="inner forwarded message",
    frm="ClearPath Results <results@clearpathimaging.com>",
    to="Dr. Ruth Abernathy <rabernathy@sunsetpediatricsgroup.com>",
    subject="Critical result notification",
    body=(
        "Critical result: Ultrasound appendix for Kenji Matsuda, DOB 05/01/2012, acc ACC88121500.\n"
        "Findings: dilated noncompressible appendix 9 mm with appendicolith. Called to Dr. Abernathy at 15:42.\n"
    ),
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="HL7 ORU mammogram recall",
        notes="Hard positive: HL7 ORU with name, MRN, DOB, address and BI-RADS 0 recall to referring practice",
        frm="ClearPath Interfaces <interfaces@clearpathimaging.com>",
        to="hl7inbound@sunsetpediatricsgroup.com",
        subject="ORU resend CP551902",
        body="Resending per your request - original failed on your side with AE.\n",
        atts=(Att("CP551902.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport MS findings",
        notes="FHIR DiagnosticReport naming patient with MRI findings of MS sent to neurology office",
        frm="ClearPath Results <results@clearpathimaging.com>",
        to="neuro.inbox@peninsulaneurology.com",
        subject="Final report ACC88121073",
        body="Final report attached (FHIR JSON) per your integration preference.\n",
        atts=(Att("ACC88121073.json", "application/fhir+json", FHIR_DR),),
    ),
    Spec(
        phi=True,
        category="CT prep ICS to patient",
        notes="ICS invite to patient yahoo with name, CT exam and prep",
        frm="ClearPath Scheduling <scheduling@clearpathimaging.com>",
        to="reggie.oduya@yahoo.com",
        subject="Your ClearPath appointment",
        body="Your appointment details are in the attached invitation. Reply to reschedule.\n",
        ics=ICS_PT,
    ),
    Spec(
        phi=True,
        category="C-CDA lung screening report",
        notes="C-CDA with name, MRN, DOB and Lung-RADS 4A to pulmonology",
        frm="ClearPath Results <results@clearpathimaging.com>",
        to="referrals@baypulmonaryassoc.com",
        subject="Imaging report - follow-up recommended",
        body="Report attached. Radiologist recommends 3-month follow-up; please coordinate with the patient.\n",
        atts=(Att("report_CP2288015.xml", "application/xml", CCDA_CP),),
    ),
    Spec(
        phi=True,
        category="forwarded critical result",
        notes="Hard positive: radiologist forwards critical result to Bayview surgery; the PHI sits in the forwarded message",
        frm="Dr. Vivian Castellano <vcastellano@clearpathimaging.com>",
        to="peds.surgery.oncall@bayviewchildrens.org",
        subject="Fwd: Critical result notification",
        body="FYI - PCP is sending this child to your ED now. Images are on PACS share.\n\nVivian Castellano, MD\nClearPath Imaging\n",
        forward=INNER_RESULT,
    ),
    Spec(
        phi=True,
        category="patient emails result letter PDF",
        notes="Mammography result letter PDF (MQSA lay letter) to patient's icloud with name and benign finding",
        frm="ClearPath Breast Imaging <breast@clearpathimaging.com>",
        to="m.santiago.ortega@icloud.com",
        subject="Your mammogram results letter",
        body="Dear patient,\n\nYour results letter is attached. Please keep it with your health records.\n",
        atts=(
            Att(
                "results_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH IMAGING CENTER - BREAST IMAGING",
                        "November 10, 2026",
                        "Maricela Santiago-Ortega, DOB 12/03/1971",
                        "Your diagnostic mammogram and ultrasound on 11/09/2026 showed a simple cyst in the right breast.",
                        "This is benign (not cancer). Return to yearly screening mammograms.",
                    ],
                    "Results letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="worklist XLSX to teleradiology",
        notes="Two-sheet XLSX worklist with accession, patient names, DOB, exam and clinical history to night teleradiology group",
        frm="ClearPath PACS Admin <pacs@clearpathimaging.com>",
        to="worklist@nighthawkteleradpartners.com",
        subject="overflow list tonight",
        body="Overflow studies for tonight's read. Stat tab first.\n",
        atts=(
            Att(
                "overflow_1111.xlsx",
                XLSX,
                xlsx(
                    {
                        "STAT": [
                            ["Accession", "Patient", "DOB", "Exam", "History"],
                            ["ACC88122018", "Fatima Al-Rashid", "1966-04-11", "CT head WO", "new L arm weakness"],
                        ],
                        "Routine": [
                            ["Accession", "Patient", "DOB", "Exam", "History"],
                            ["ACC88122040", "Jonas Eriksen", "1983-08-29", "MRI L-spine", "radiculopathy"],
                            ["ACC88122047", "Pauline Nakamura", "1952-01-16", "US renal", "CKD 3b"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior auth denial with member id",
        notes="Hard positive: terse note to ordering office with member id and MRI knee denial, no name",
        frm="ClearPath Authorizations <auth@clearpathimaging.com>",
        to="mas@eastbayortho.com",
        subject="auth denied",
        body=(
            "Member ID W220918374 - MRI R knee (73721) denied, needs 6 wks PT documented first.\n"
            "Pt is scheduled 11/18, we'll hold the slot till Monday.\n"
        ),
    ),
    Spec(
        phi=True,
        category="photo of patient ID card in filename",
        notes="Hard positive: PNG named with patient name and 'insurance_card'; body only asks to verify eligibility for a scheduled MRI",
        frm="ClearPath Front Desk <frontdesk@clearpathimaging.com>",
        to="eligibility@clearpathbillingsvc.com",
        subject="eligibility check please - MRI tomorrow",
        body="Card photo attached, MRI brain tomorrow 8am. Thanks!\n",
        atts=(Att("Ferreira_Antonio_insurance_card.png", "image/png", png(8, 5, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance for imaging",
        notes="Hard positive: X12 835 remittance with patient names and paid MRI claims",
        frm="ClearPath Billing <billing@clearpathimaging.com>",
        to="posting@clearpathbillingsvc.com",
        subject="835 for posting",
        body="835 from Pacific Crest attached for posting.\n",
        atts=(
            Att(
                "remit_20261110.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*PACCREST       *ZZ*CLEARPATH      *261110*0910*^*00501*000088211*0*P*:~"
                "GS*HP*PACCREST*CLEARPATH*20261110*0910*88211*X*005010X221A1~ST*835*0001~BPR*I*1482.50*C*ACH~"
                "CLP*CP771029*1*2100*812.50*150*12*PC88210044~NM1*QC*1*LINDQVIST*MAGNUS****MI*PCB330918227~SVC*HC:70553*2100*812.50~"
                "CLP*CP771033*1*980*670*0*12*PC88210051~NM1*QC*1*OYELARAN*ADA****MI*PCB330740112~SVC*HC:76700*980*670~"
                "SE*9*0001~GE*1*88211~IEA*1*000088211~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative asking about mother's scan",
        notes="Hard positive: reply to daughter's hotmail about 'your mom' CT needing sedation, mother named only as 'Mrs. Petrosyan'",
        frm="ClearPath Scheduling <scheduling@clearpathimaging.com>",
        to="anush.p.1989@hotmail.com",
        subject="RE: my mom's scan",
        body=(
            "Hi Anush,\n\nYes, we can do Mrs. Petrosyan's CT with oral sedation since her claustrophobia and\n"
            "dementia made last time hard. Her doctor needs to send the lorazepam order; she'll need you to drive.\n"
            "Thursday 11/19 at 1pm is held.\n\nTina, Scheduling\n\n"
            "> Hi, my mom couldn't finish her scan last week, can she get something to calm her? - Anush\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML table of daily add-ons",
        notes="HTML-only table of add-on patients with names, exams and contrast allergy",
        frm="ClearPath Lead Tech <leadtech@clearpathimaging.com>",
        to="techs@clearpathimaging.com",
        subject="Add-ons this afternoon",
        body="",
        html=(
            "<html><body><table border='1'><tr><th>Time</th><th>Patient</th><th>Exam</th><th>Note</th></tr>"
            "<tr><td>13:30</td><td>Gwendolyn Osei-Bonsu</td><td>CT chest w/ contrast</td><td>iodine allergy - premedicated</td></tr>"
            "<tr><td>14:15</td><td>Raymond Tulloch</td><td>MRI brain w/wo</td><td>pacemaker - MR conditional, cardiology rep coming</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="CSV missed mammogram outreach",
        notes="Hard positive: CSV of overdue screening mammography patients with names, phone, last exam date, sent to call center vendor",
        frm="ClearPath Outreach <outreach@clearpathimaging.com>",
        to="campaigns@reachcallcenters.com",
        subject="November recall list",
        body="Recall list for the overdue screening campaign. Script v2 applies.\n",
        atts=(
            Att(
                "recall_nov.csv",
                "text/csv",
                "name,phone,last_mammo,birads_last\r\n"
                "Yolanda Brisbane,650-555-0119,2024-09-03,2\r\n"
                "Mei-Ling Cho,415-555-0158,2024-10-12,1\r\n"
                "Deborah Falkenrath,650-555-0187,2024-08-22,3\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX addendum report",
        notes="DOCX addendum correcting laterality for named patient, sent to referring physician",
        frm="Dr. Samuel Iyer <siyer@clearpathimaging.com>",
        to="office@peninsulafamilymed.com",
        subject="Addendum - please replace prior report",
        body="Please replace the prior report with the attached addendum. Laterality error corrected.\n",
        atts=(
            Att(
                "addendum_ACC88119930.docx",
                DOCX,
                docx(
                    [
                        "ClearPath Imaging Center - Report Addendum",
                        "Patient: Lucinda Harrow   DOB 07/07/1960   Acc ACC88119930",
                        "ADDENDUM: The rotator cuff full-thickness tear is in the LEFT shoulder, not the right as originally dictated.",
                        "Samuel Iyer, MD, Musculoskeletal Radiology",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of images with name in folder",
        notes="Hard positive: zip whose member path names patient and exam; body is 'images as requested'",
        frm="ClearPath Film Library <filmlibrary@clearpathimaging.com>",
        to="records@sfsecondopinionortho.com",
        subject="images as requested",
        body="Images as requested (key images only, full DICOM by CD). Authorization on file.\n",
        atts=(
            Att(
                "keyimages.zip",
                "application/zip",
                zipped(
                    {
                        "Kowalski_Theresa_MRI_R_hip_labral_tear/key1.png": png(4, 4, (60, 60, 60)),
                        "Kowalski_Theresa_MRI_R_hip_labral_tear/key2.png": png(4, 4, (70, 70, 70)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MBI Medicare eligibility TXT",
        notes="TXT note with Medicare MBI, name and DEXA order for eligibility check",
        frm="ClearPath Front Desk <frontdesk@clearpathimaging.com>",
        to="eligibility@clearpathbillingsvc.com",
        subject="Medicare elig",
        body="Please check the attached before Friday.\n",
        atts=(
            Att(
                "elig_request.txt",
                "text/plain",
                "Patient: Eleanor Vasquez-Whitman  DOB 03/30/1944\nMBI: 3QW7-HN4-RK62\n"
                "Exam: DEXA bone density (77080), osteoporosis on alendronate, last DEXA 2024\n",
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="HL7 test message to new client",
        notes="Hard negative: HL7 ORU with TESTPATIENT ZZCLEARPATH, processing ID T",
        frm="ClearPath Interfaces <interfaces@clearpathimaging.com>",
        to="interfaces@peninsulafamilymed.com",
        subject="Test ORU for go-live validation",
        body="Test message with our synthetic patient (TESTPATIENT, ZZCLEARPATH). Please ACK; no PHI.\n",
        atts=(Att("CPTEST01.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="FHIR schedule availability",
        notes="FHIR Schedule resource with open MRI blocks; no patients",
        frm="ClearPath Scheduling <scheduling@clearpathimaging.com>",
        to="referral.coordinators@peninsulaneurology.com",
        subject="Extra evening MRI capacity next week",
        body="We've opened evening MRI blocks; availability resource attached for your scheduler integration.\n",
        atts=(Att("mri2_schedule.json", "application/fhir+json", FHIR_SCHED),),
    ),
    Spec(
        phi=False,
        category="CT maintenance ICS",
        notes="Ops invite for scanner maintenance",
        frm="ClearPath Operations <ops@clearpathimaging.com>",
        to="fieldservice@ge-healthcare-west.com",
        subject="PM visit CT1 confirmed",
        body="Confirmed for Saturday, invite attached.\n",
        ics=ICS_VENDOR,
    ),
    Spec(
        phi=False,
        category="radiologist reading schedule with subspecialties",
        notes="Hard negative: radiologist schedule naming doctors with breast cancer, MS and stroke reading assignments",
        frm="ClearPath Operations <ops@clearpathimaging.com>",
        to="radiologists@clearpathimaging.com",
        subject="Reading assignments week of 11/16",
        body=(
            "Breast imaging / breast cancer staging MRI: Dr. Mara Lindholm, Dr. Keiko Tanabe\n"
            "Neuro (MS protocol, stroke CTA): Dr. Vivian Castellano\n"
            "MSK: Dr. Samuel Iyer\nBody / oncology restaging CT: Dr. Obinna Eze\n"
        ),
    ),
    Spec(
        phi=False,
        category="contrast shortage notice",
        notes="Hard negative: iodinated contrast supply shortage and conservation protocol",
        frm="ClearPath Medical Director <meddirector@clearpathimaging.com>",
        to="referring-providers@lists.clearpathimaging.com",
        subject="Iohexol supply update and conservation measures",
        body=(
            "Dear referring providers,\n\nOur iohexol (Omnipaque 350) allocation is reduced 30% through January.\n"
            "We will convert CT abdomen/pelvis for kidney stones to non-contrast and ask you to consider\n"
            "ultrasound for suspected appendicitis in children and thin adults.\n\nDr. Obinna Eze, Medical Director\n"
        ),
    ),
    Spec(
        phi=False,
        category="MQSA accreditation aggregate audit",
        notes="Hard negative: annual MQSA medical audit with recall rate, cancer detection rate aggregates",
        frm="ClearPath Breast Imaging <breast@clearpathimaging.com>",
        to="accreditation@acr-breastprogram.org",
        subject="Annual medical outcomes audit 2026",
        body="",
        html=(
            "<html><body><p>Annual audit summary, ClearPath Imaging Center (FDA facility ID on file):</p>"
            "<table border='1'><tr><td>Screening exams</td><td>14,208</td></tr>"
            "<tr><td>Recall rate</td><td>9.1%</td></tr><tr><td>Cancers detected</td><td>62</td></tr>"
            "<tr><td>Cancer detection rate</td><td>4.4 per 1,000</td></tr><tr><td>PPV1</td><td>4.8%</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="equipment invoice with serial numbers",
        notes="Hard negative: service invoice with scanner serial numbers (device of the center, not a patient)",
        frm="ClearPath Accounts Payable <ap@clearpathimaging.com>",
        to="ar@siemens-healthineers-svc.com",
        subject="Invoice 5510-229 question",
        body=(
            "Invoice 5510-229 bills coil repair for MAGNETOM Vida SN 175502 twice (lines 3 and 7).\n"
            "Please issue a credit for $6,240. PO 602-33-1984.\n\nAP, ClearPath Imaging Center\n"
        ),
    ),
    Spec(
        phi=False,
        category="referring provider NPI update",
        notes="Hard negative: referring physician directory update with NPIs",
        frm="ClearPath Provider Relations <relations@clearpathimaging.com>",
        to="pacs@clearpathimaging.com",
        subject="New referrers to add in RIS",
        body=(
            "Please add:\nDr. Ruth Abernathy, Pediatrics, Sunset Pediatrics Group, NPI: 1465228173\n"
            "Dr. Laszlo Benedek, Orthopedic Surgery, East Bay Ortho, NPI: 1915113355\n"
            "Fax numbers in the attached vendor form.\n"
        ),
    ),
    Spec(
        phi=False,
        category="radiation dose aggregate XLSX",
        notes="Hard negative: CT dose index registry submission, protocol-level medians only, two sheets",
        frm="ClearPath Physicist <physics@clearpathimaging.com>",
        to="dir-support@acrdoseindex.org",
        subject="DIR Q3 protocol medians",
        body="Q3 medians attached.\n",
        atts=(
            Att(
                "dir_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Adult": [["Protocol", "Exams", "Median CTDIvol", "Median DLP"], ["CT head WO", 812, 48.2, 812.0], ["CT A/P w", 1204, 11.6, 560.0]],
                        "Pediatric": [["Protocol", "Exams", "Median CTDIvol"], ["CT head WO 5-10y", 61, 27.4]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting MRI technologist",
        notes="Job posting for MRI tech",
        frm="ClearPath HR <hr@clearpathimaging.com>",
        to="listings@radtechjobs.net",
        subject="MRI Technologist - evenings",
        body="ClearPath Imaging Center seeks an ARRT (MR) technologist for evening shifts, 3T Siemens. $62-$78/hr plus differential.\n",
    ),
    Spec(
        phi=False,
        category="career day visit reply to teacher",
        notes="Hard negative: reply to a teacher's gmail about a student career-day tour of the MRI suite; general MRI safety content",
        frm="ClearPath Scheduling <scheduling@clearpathimaging.com>",
        to="jmorrow.teaches@gmail.com",
        subject="RE: career day tour for your anatomy class",
        body=(
            "Hi Ms. Morrow,\n\nWe'd love to host your anatomy students on Friday 12/4 at 3:30, after patient hours.\n"
            "Because of the magnet, students must leave phones, keys, jewelry and anything metal in lockers,\n"
            "and anyone with a pacemaker or implant should tell us ahead. Our lead MRI technologist will give the tour.\n"
            "Parking is free in the garage on Elm St.\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing test results",
        notes="IT reports phishing simulation click rates by department (workforce)",
        frm="ClearPath IT <it@clearpathimaging.com>",
        to="managers@clearpathimaging.com",
        subject="October phishing simulation results",
        body="Click rate 7% overall (front desk 11%, techs 5%, radiologists 3%). Refresher module assigned to clickers.\n",
    ),
    Spec(
        phi=False,
        category="teaching file de-identified PDF",
        notes="Hard negative: de-identified teaching case PDF (age band, no dates, no names) of a glioblastoma MRI",
        frm="Dr. Vivian Castellano <vcastellano@clearpathimaging.com>",
        to="residency.coord@bayviewchildrens.org",
        subject="teaching case for Friday conference",
        body="De-identified case attached; PACS anonymizer applied, images on the teaching server.\n",
        atts=(
            Att(
                "teaching_case_neuro_17.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH IMAGING CENTER - TEACHING FILE (DE-IDENTIFIED)",
                        "Case 17: adult in their 60s, progressive headache",
                        "MRI: 4.2 cm ring-enhancing right temporal mass crossing the corpus callosum",
                        "Differential: glioblastoma, lymphoma, metastasis",
                        "Teaching point: butterfly pattern strongly suggests high-grade glioma",
                    ],
                    "Teaching case 17",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of marketing assets",
        notes="Zip of brochure text and logo for 3D mammography campaign",
        frm="ClearPath Marketing <marketing@clearpathimaging.com>",
        to="studio@brightfoxcreative.com",
        subject="Assets for 3D mammo campaign",
        body="Copy and logo in the zip. No patient photos - use stock only please.\n",
        atts=(
            Att(
                "mammo3d_assets.zip",
                "application/zip",
                zipped(
                    {
                        "copy.txt": "3D mammography finds more cancers and reduces callbacks. Screening starts at 40. Book online.",
                        "logo.png": png(6, 3, (0, 120, 110)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board memo on volumes",
        notes="Executive memo with imaging volumes and payer mix",
        frm="ClearPath CEO <ceo@clearpathimaging.com>",
        to="owners@clearpathimaging.com",
        subject="October volumes",
        body="October: MRI 1,942 (+6%), CT 2,411, mammography 1,388, US 1,706. Medicare share 38%. Detailed P&L Friday.\n\nDavid\n",
    ),
    Spec(
        phi=False,
        category="reply to referring office generic policy",
        notes="Hard negative: explains prior-authorization turnaround and which exams need auth; no patients",
        frm="ClearPath Authorizations <auth@clearpathimaging.com>",
        to="mas@eastbayortho.com",
        subject="RE: which exams need auth?",
        body=(
            "Hi Maria,\n\nFor Pacific Crest and Golden State plans, MRI, CT, PET and nuclear cardiology need prior auth;\n"
            "X-ray, ultrasound and screening mammography do not. Typical turnaround is 2-3 business days.\n\nClearPath Authorizations\n"
        ),
    ),
]
