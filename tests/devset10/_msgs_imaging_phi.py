# ruff: noqa: E501
"""Clearview Imaging and its teleradiology readers: outbound mail that carries PHI (19 messages)."""

from __future__ import annotations

from _att import XLSX, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CVI, Att, Spec

SIG_READ = "\n\nSamuel Achterberg, MD\nNeuroradiology | Clearview Imaging\nReading room (319) 555-0300\n"
SIG_SCHED = "\n\nBrittany Caldwell\nPatient Scheduling | Clearview Imaging\n(319) 555-0310\n"

ORU = (
    "MSH|^~\\&|CVI_RIS|CLEARVIEW IMAGING|EPIC|CEDAR FAMILY MED|20261110162204||ORU^R01|"
    "CVI2611101622|P|2.3\r"
    "PID|1||CV0081422^^^CVI^MR||Dumont^Gerald^R||19580319|M|||2702 Quarry Rd^^Linden Park^IA^52414"
    "||(319)555-0482\r"
    "PV1|1|O|CTSCAN1^^^CVI||||1746033517^Brennan^Alicia^^^^MD\r"
    "OBR|1|ORD-558120|ACC-26-0914477|74177^CT ABD/PELVIS W CONTRAST^CPT|||20261110141500|||||||"
    "||1746033517^Brennan^Alicia||||||20261110162100|||F\r"
    "OBX|1|TX|74177^IMPRESSION||1. 3.4 cm enhancing mass lower pole left kidney, suspicious for "
    "renal cell carcinoma. 2. No adenopathy or metastatic disease in the abdomen/pelvis. "
    "3. Urology referral recommended.||||||F\r"
    "OBX|2|TX|74177^RADIOLOGIST||Farah Qureshi, MD||||||F\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18748-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnostic imaging study"/>
  <title>Clearview Imaging - Diagnostic Imaging Report</title>
  <effectiveTime value="20261111093000-0600"/>
  <recordTarget><patientRole>
    <id extension="CV0079015" root="2.16.840.1.113883.3.7710.1"/>
    <addr><streetAddressLine>91 Larkspur Way</streetAddressLine><city>Marion</city>
      <state>IA</state><postalCode>52302</postalCode></addr>
    <patient><name><given>Rosalind</given><family>Achebe-Hart</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19710805"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Findings</title>
    <text>MRI right knee without contrast: complex tear posterior horn medial meniscus with
    displaced flap into the intercondylar notch. Grade 2 MCL sprain. Moderate joint effusion.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

FHIR_DR = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"fullUrl": "urn:uuid:pt-1", "resource": {"resourceType": "Patient",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7710.1", "value": "CV0090556"}],
      "name": [{"family": "Lindgren", "given": ["Bettina"]}], "birthDate": "1949-11-27",
      "telecom": [{"system": "phone", "value": "319-555-0831"}]},
     "request": {"method": "POST", "url": "Patient"}},
    {"resource": {"resourceType": "DiagnosticReport", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "24627-2", "display": "CT Chest"}]},
      "subject": {"reference": "urn:uuid:pt-1"}, "effectiveDateTime": "2026-11-09T10:12:00-06:00",
      "conclusion": "Lung-RADS 4A: 9 mm solid nodule right upper lobe. 3-month LDCT or PET/CT."},
     "request": {"method": "POST", "url": "DiagnosticReport"}}
  ]
}
"""

X12_278 = (
    "ISA*00*          *00*          *ZZ*CLEARVIEWIMG   *ZZ*EVICOREPA      *261110*0914*^*00501*"
    "000004417*0*P*:~GS*HI*CLEARVIEWIMG*EVICOREPA*20261110*0914*4417*X*005010X217~"
    "ST*278*0001*005010X217~BHT*0007*13*PA2611100914*20261110*0914~"
    "HL*1**20*1~NM1*X3*2*BLUE MEADOW HEALTH PLAN*****PI*BMHP01~"
    "HL*2*1*21*1~NM1*1P*1*BRENNAN*ALICIA****XX*1746033517~"
    "HL*3*2*22*1~NM1*IL*1*OYELOWO*TERRENCE*A***MI*BMH590338112-01~DMG*D8*19670214*M~"
    "HL*4*3*EV*1~UM*HS*I*2~HI*ABK:M5416*ABF:M4806~DTP*472*RD8*20261116-20261216~"
    "SV2**HC:72148*0*UN*1~PRV*PE*PXC*2085R0202X~SE*14*0001~GE*1*4417~IEA*1*000004417~"
)

DAUGHTER_MSG = Spec(
    phi=True,
    category="relative_message_inner",
    notes="inner forwarded daughter message",
    frm="Marisa Kaplan <marisakaplan.home@yahoo.com>",
    to=f"breastcenter@{CVI}",
    subject="My mother's callback results??",
    body=(
        "Hello, my mother Ruth Kaplan (DOB 02/11/1952) had her diagnostic mammogram and "
        "ultrasound at your center on Monday after the callback. The portal now says BI-RADS 4 and "
        "'biopsy recommended' and nobody has called her. She is very anxious. Who will do the "
        "biopsy and when? Her surgeon is Dr. Obi at Riverbend. Her cell is (319) 555-0577.\n\n"
        "Marisa Kaplan"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="imaging_critical_result_pe",
        notes="Critical result communication: named patient, DOB, segmental PE, read-back documented.",
        frm=f"Dr. Farah Qureshi <fqureshi@{CVI}>",
        to="Dr. Alicia Brennan <abrennan@cedarfamilymed.com>",
        cc=f"Critical Results Log <critical@{CVI}>",
        subject="CRITICAL RESULT - documentation of phone notification",
        body=(
            "Dr. Brennan,\n\nConfirming our call at 14:32 today.\n\nPatient: Hector Ruiz-Salcedo, "
            "DOB 08/22/1979, MRN CV0093107\nExam: CTA chest (ACC-26-0914512)\nFinding: acute "
            "segmental pulmonary emboli right lower lobe, no right heart strain.\n\nYou indicated "
            "he would be sent to the Riverbend ED now. Read-back completed.\n\nFarah Qureshi, MD\n"
            "Body Imaging, Clearview Imaging"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_oru_report_hl7",
        notes=(
            "Hard positive: an interface resend whose body has only an accession; the named "
            "patient and suspicious renal mass are in the HL7 ORU."
        ),
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="Interfaces <interfaces@cedarfamilymed.com>",
        subject="Resending ORU that failed to file (ACC-26-0914477)",
        body=(
            "Hi,\n\nYour inbound engine NAK'd this result with AE 'unknown ordering provider'. "
            "Dr. Brennan's NPI is in OBR-16 now. Raw message attached - please reprocess and "
            "confirm it files to her in-basket.\n\nElena Sokolova\nPACS / RIS Administrator"
        ),
        atts=(Att("ORU_ACC-26-0914477.hl7", "application/hl7-v2", ORU),),
    ),
    Spec(
        phi=True,
        category="imaging_prior_auth_mri_x12",
        notes=(
            "Hard positive: PA troubleshooting mail; the member's name, ID, DOB and diagnoses are "
            "only in the X12 278."
        ),
        frm=f"Luis Ortega <lortega@{CVI}>",
        to="Provider Services <pa-support@evicore-partner.com>",
        subject="278 rejected twice - case PA2611100914",
        body=(
            "Hello,\n\nOur clearinghouse shows the attached 278 for an MRI lumbar spine (72148) "
            "rejected twice with AAA*N**15. Member has completed 6 weeks of PT and has L5 "
            "radiculopathy per the ordering note. Can you tell us which loop is failing? We have "
            "the patient scheduled Monday 11/16.\n\nLuis Ortega\nPrior Authorization Specialist\n"
            "Clearview Imaging (319) 555-0318"
        ),
        atts=(Att("PA2611100914.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="imaging_mri_prep_patient_gmail",
        notes="Appointment prep to a patient's gmail: MRI brain with contrast, diabetes, metformin hold.",
        frm=f"Brittany Caldwell <bcaldwell@{CVI}>",
        to="Gail Thornbury <gail.thornbury55@gmail.com>",
        subject="Your MRI appointment Thursday",
        body=(
            "Dear Ms. Thornbury,\n\nYou are scheduled for an MRI of the brain with and without "
            "contrast on Thursday, November 12 at 7:15 AM (please arrive at 6:45). Because your "
            "referral lists type 2 diabetes and you take metformin, we need a creatinine blood test "
            "from within the last 30 days - your last one on file is from August. You can get it at "
            "any Riverbend lab before Wednesday.\n\nPlease complete the MRI safety questionnaire in "
            "the portal; Dr. Ahmed's office noted the seizures started in September, so bring your "
            "current medication list (levetiracetam).\n\nYour account number is CV-AC-3381920." + SIG_SCHED
        ),
    ),
    Spec(
        phi=True,
        category="imaging_telerad_worklist_csv",
        notes=(
            "Hard positive: overnight teleradiology worklist CSV with MRNs, ages, exam and clinical "
            "history, no names."
        ),
        frm=f"Night Coordinator <nightdesk@{CVI}>",
        to="Dr. Ken Nakamura <knakamura@nightreadmd.com>",
        subject="overflow list for tonight",
        body=(
            "Ken - 6 overflow studies for you, all prelim by 06:00 please. Stroke alert on line 1 "
            "already has CTA in queue.\n\n-Jamal"
        ),
        atts=(
            Att(
                "overflow_1110.csv",
                "text/csv",
                "priority,mrn,age_sex,exam,accession,history\n"
                "STAT,CV0094410,71F,CT head wo + CTA head/neck,ACC-26-0915021,L sided weakness onset 22:40 tPA candidate\n"
                "STAT,CV0088127,34M,CT abd/pelvis w,ACC-26-0915024,RLQ pain r/o appendicitis\n"
                "URG,CV0070342,58F,CT chest PE protocol,ACC-26-0915026,dyspnea on apixaban hold\n"
                "URG,CV0093387,8M,US appendix,ACC-26-0915027,fever RLQ pain\n"
                "RTN,CV0091975,45M,MRI C-spine wo,ACC-26-0915030,myelopathy f/u\n"
                "RTN,CV0062288,66F,XR chest 2v,ACC-26-0915031,CHF f/u\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="imaging_report_pdf_attorney",
        notes="Radiology report PDF for a named patient sent to her attorney under an authorization.",
        frm=f"Release of Information <roi@{CVI}>",
        to="Paralegal <mhuynh@durantinjurylaw.com>",
        subject="Records request 26-ROI-0712",
        body=(
            "Please find attached the report responsive to your request 26-ROI-0712 with the "
            "signed HIPAA authorization received 11/04/2026. Images on CD will ship by USPS. "
            "Invoice for copy fees to follow.\n\nRelease of Information\nClearview Imaging"
        ),
        atts=(
            Att(
                "26-ROI-0712_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW IMAGING - DIAGNOSTIC REPORT",
                        "Patient: Donna Fairweather   DOB: 06/14/1984   MRN: CV0087716",
                        "Exam: MRI cervical spine without contrast   Date: 09/28/2026",
                        "History: motor vehicle collision 09/19/2026, neck pain radiating to right arm",
                        "Findings: C5-6 right paracentral disc extrusion with moderate right foraminal",
                        "stenosis and mild flattening of the ventral cord. No cord signal change.",
                        "Impression: C5-6 disc extrusion with right C6 foraminal narrowing.",
                        "Electronically signed: Samuel Achterberg, MD",
                    ],
                    "Diagnostic Report 26-ROI-0712",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="imaging_contrast_reaction_mrs_k",
        notes=(
            "Hard positive: 'Mrs. K' with a bay number, exam time, contrast reaction and "
            "diphenhydramine dose to the ordering office."
        ),
        frm=f"Jamal Price <jprice@{CVI}>",
        to="Nurse Line <nurses@cedarfamilymed.com>",
        subject="your 10:40 CT - reaction, pt observed",
        body=(
            "Hi,\n\nHeads up on your patient from the 10:40 CT abd/pelvis today (Mrs. K, recovery "
            "bay 3): she broke out in hives on the chest and arms about 5 min after the Omnipaque "
            "350. No wheeze, BP stable. Dr. Qureshi gave diphenhydramine 50 mg IV, hives resolved "
            "after 30 min and she went home with her husband at 11:55. We added iodinated contrast "
            "allergy to her chart - she'll need 13-hr premedication for any future contrast CT.\n\n"
            "Jamal Price, RT(R)(CT)\nCT Lead Technologist"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_denials_workbook_member_ids",
        notes=(
            "Hard positive: multi-sheet denial workbook with member IDs, CPT lines and dates of "
            "service, no patient names."
        ),
        frm=f"Renee Vos <rvos@{CVI}>",
        to="Denials Team <denials@radbillingsolutions.com>",
        subject="Blue Meadow denials Oct - rework list",
        body=(
            "Team,\n\nOctober denials from Blue Meadow attached. Tab 2 is the no-auth group, tab 3 "
            "medical necessity. The no-auth ones all had auth numbers - looks like their system "
            "didn't link them. Please appeal with the auth letter.\n\nRenee Vos\nRevenue Cycle"
        ),
        atts=(
            Att(
                "BMHP_denials_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Totals": [["Group", "Claims", "Billed"], ["No auth", 3, 4210.00], ["Med nec", 2, 1730.00]],
                        "No_auth": [
                            ["Member ID", "DOS", "CPT", "ICD-10", "Billed", "Auth #", "CARC"],
                            ["BMH771203458-01", "2026-10-02", "70553", "G43.909", 1620.00, "A26-88412", "197"],
                            ["BMH612094477-03", "2026-10-07", "72148", "M54.16", 1290.00, "A26-88590", "197"],
                            ["BMH508812260-01", "2026-10-15", "73721", "S83.241A", 1300.00, "A26-88733", "197"],
                        ],
                        "Med_nec": [
                            ["Member ID", "DOS", "CPT", "ICD-10", "Billed", "CARC"],
                            ["BMH390217745-02", "2026-10-09", "74177", "R10.9", 1180.00, "50"],
                            ["BMH447120893-01", "2026-10-21", "77080", "Z13.820", 550.00, "50"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="imaging_fhir_lung_screening_hie",
        notes=(
            "Hard positive: validation-error mail; the named patient, phone and Lung-RADS 4A "
            "result are only in the FHIR transaction."
        ),
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="HIE Onboarding <onboarding@iowahie.org>",
        subject="FHIR endpoint test - production payload that failed validation",
        body=(
            "Hello,\n\nThis is one of the production transactions your validator rejected last "
            "night (error: Patient.identifier.system not registered). We can't send synthetic data "
            "through the production channel, so sending the payload here over TLS for your analyst "
            "per the BAA. Please delete after review.\n\nElena"
        ),
        atts=(Att("cvi_tx_2611090003.json", "application/fhir+json", FHIR_DR),),
    ),
    Spec(
        phi=True,
        category="imaging_forwarded_daughter_birads",
        notes="Forwards a daughter's message (rfc822) naming her mother, DOB and BI-RADS 4 to the breast surgeon.",
        frm=f"Tanya Wills RN <twills@{CVI}>",
        to="Dr. Chidi Obi <cobi@riverbendhealth.org>",
        subject="Fwd: My mother's callback results??",
        body=(
            "Dr. Obi,\n\nForwarding the daughter's note. I called Ms. Kaplan this morning and she "
            "is booked for US-guided core biopsy Friday 11/13 at 9:00 with Dr. Qureshi. Path will "
            "route to you.\n\nTanya Wills, RN, Breast Nurse Navigator"
        ),
        forward=DAUGHTER_MSG,
    ),
    Spec(
        phi=True,
        category="imaging_tumor_board_ics",
        notes=(
            "Hard positive: the body has no patient; the patients, ages and imaging questions "
            "sit only in the calendar invite description."
        ),
        frm=f"Dr. Farah Qureshi <fqureshi@{CVI}>",
        to="Thoracic Tumor Board <thoracic-tb@riverbendhealth.org>",
        subject="Invitation: Thoracic tumor board 11/17 - imaging cases",
        body="Cases for Tuesday attached in the invite. Images will be on the conference PACS folder.\n\nFarah",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearview Imaging//TB//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cvi-tb-20261117@clearviewimaging.com\r\n"
            "DTSTAMP:20261110T140000Z\r\nDTSTART:20261117T130000Z\r\nDTEND:20261117T140000Z\r\n"
            "SUMMARY:Thoracic tumor board - imaging review\r\n"
            "DESCRIPTION:1) Bettina Lindgren 77F - Lung-RADS 4A RUL nodule\\, PET vs short "
            "interval CT. 2) Raymond Oduya 63M - LLL mass with hilar nodes\\, staging. 3) Sun-hee "
            "Park 55F - post-SBRT change vs recurrence.\r\n"
            "LOCATION:Riverbend Cancer Center Rm 2\r\n"
            "ORGANIZER:mailto:fqureshi@clearviewimaging.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_ccda_knee_mri",
        notes="C-CDA imaging report for a named patient (meniscal tear) sent to the orthopaedic office.",
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="Records <records@linnortho.com>",
        subject="C-CDA for DirectTrust failure - please import manually",
        body=(
            "Your Direct address bounced our summary today (certificate expired on your side). "
            "Attaching the C-CDA for the knee MRI Dr. Lutz ordered so she has it for tomorrow's "
            "visit.\n\nElena Sokolova, Clearview Imaging"
        ),
        atts=(Att("CVI_CCDA_CV0079015.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="imaging_subject_only_addendum",
        notes=(
            "Hard positive: the patient's name, exam and missed-nodule addendum are only in the "
            "subject line; the body says to look in PACS."
        ),
        frm=f"Dr. Samuel Achterberg <sachterberg@{CVI}>",
        to="Dr. Owen Petrakis <opetrakis@cedarfamilymed.com>",
        subject="Addendum - Okonjo, Patrice - CT chest 11/05 - 6 mm RML nodule not in original report",
        body="Owen,\n\nAddendum is signed, please see PACS. Happy to talk it through.\n\nSam" + SIG_READ,
    ),
    Spec(
        phi=True,
        category="imaging_medicare_dexa_mbi",
        notes="Medicare Advantage claim question with a beneficiary's name, MBI and DEXA claim details.",
        frm=f"Renee Vos <rvos@{CVI}>",
        to="Provider Relations <provider.relations@heartlandmedicareplus.com>",
        subject="DEXA claim denied frequency - beneficiary is eligible",
        body=(
            "Hello,\n\nClaim 26311-00482 for Lorraine Castellanos, MBI: 5KD9-WN3-RT62, DOB "
            "03/30/1953, DOS 10/14/2026, CPT 77080 was denied as exceeding frequency. Her prior "
            "DEXA was 10/02/2024, which is more than 23 months. She is on alendronate for "
            "osteoporosis (M81.0). Please reprocess or tell us where to send the reconsideration.\n\n"
            "Renee Vos\nRevenue Cycle, Clearview Imaging\n(319) 555-0322"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_key_images_zip_filenames",
        notes=(
            "Hard positive: the patient's name and diagnosis are only in the file names inside a "
            "ZIP of key images; the body just says key images."
        ),
        frm=f"Dr. Ken Nakamura <knakamura@{CVI}>",
        to="Ortho Residents <ortho-conf@linnortho.com>",
        subject="key images for Thursday conference",
        body="Key images for case 3 as requested. DICOM on the conference share.\n\nKen",
        atts=(
            Att(
                "case3_key_images.zip",
                "application/zip",
                zipped(
                    {
                        "Chen_Wei_1962-04-09_MRI_knee_ACL_tear_sag_PD.png": png(8, 8, (90, 90, 90)),
                        "Chen_Wei_1962-04-09_MRI_knee_bone_bruise_cor.png": png(8, 8, (110, 110, 110)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="imaging_peer_review_discrepancy",
        notes=(
            "Hard positive: peer-review discrepancy with accession, MRN, age and missed fracture, "
            "no name."
        ),
        frm=f"QA Committee <qa@{CVI}>",
        to="Dr. Ken Nakamura <knakamura@nightreadmd.com>",
        subject="RADPEER review - score 3 - response requested",
        body=(
            "Dr. Nakamura,\n\nA study you read on 10/29 was scored RADPEER 3b on over-read:\n\n"
            "Accession: ACC-26-0909381\nMRN: CV0085203 (44M)\nExam: CT cervical spine wo\n"
            "Original: no acute fracture\nOver-read: nondisplaced fracture right C6 lamina; "
            "patient returned to ED 11/02 with persistent pain, collar placed.\n\nPlease review "
            "and respond in the peer review module within 14 days. This communication is a "
            "confidential peer review document under Iowa Code 147.135.\n\nQA Committee, "
            "Clearview Imaging"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_patient_statement_yahoo",
        notes="Patient statement to a personal yahoo with name, account number, MRI shoulder and balance.",
        frm=f"Patient Billing <billing@{CVI}>",
        to="Victor Almeida <valmeida1971@yahoo.com>",
        subject="Your Clearview Imaging statement is ready",
        body="",
        html=(
            "<html><body><p>Dear Victor Almeida,</p><p>Your statement for account "
            "<b>CV-AC-3290117</b> is ready.</p><table border='1' cellpadding='3'>"
            "<tr><th>Date of service</th><th>Service</th><th>Charge</th><th>Insurance paid</th>"
            "<th>You owe</th></tr><tr><td>10/20/2026</td><td>MRI shoulder w/o contrast (73221) - "
            "rotator cuff tear</td><td>$1,410.00</td><td>$1,062.18</td><td>$347.82</td></tr>"
            "</table><p>Pay online at clearviewimaging.com/pay or call (319) 555-0325. Payment "
            "plans are available.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_mri_pacemaker_device_serial",
        notes="MRI-conditional pacemaker check with patient name, device model and serial number.",
        frm=f"Jamal Price <jprice@{CVI}>",
        to="Device Clinic <deviceclinic@riverbendheart.org>",
        subject="MR conditional check - need programming 11/18",
        body=(
            "Hi device clinic,\n\nWe have Walter Brzezinski (DOB 12/01/1944) scheduled for MRI "
            "lumbar spine 11/18 at 13:00. His card shows Medtronic Azure XT DR MRI SureScan, "
            "serial RNB604118H, leads 5076 x2, implanted 2021 for complete heart block. Can a rep "
            "be here to put him in SureScan mode and restore after? Radiologist on site will be "
            "Dr. Achterberg.\n\nJamal Price, MRI Safety Officer"
        ),
    ),
    Spec(
        phi=True,
        category="imaging_encrypted_zip_outside_images",
        notes="Encrypted ZIP of outside images; the body names the patient and her liver MRI question.",
        frm=f"Brittany Caldwell <bcaldwell@{CVI}>",
        to="Film Library <filmlibrary@mayfieldhospital.org>",
        subject="Outside images for comparison",
        body=(
            "Hello,\n\nAttached (encrypted zip, password by phone) are the reports for Tessa "
            "Morgan, DOB 01/17/1966, that we need compared with her liver MRI next week for the "
            "hepatic lesions Dr. Greaves is following. If you can push the prior MRI to our "
            "PACS node CVI_STORE that would be ideal." + SIG_SCHED
        ),
        atts=(
            Att(
                "Morgan_priors.zip",
                "application/zip",
                encrypted_zip(
                    {"Morgan_T_MRI_abd_2025.txt": "MRI abdomen 2025-06-04: two hepatic lesions, likely FNH.\n"},
                    "Clearview-1117",
                ),
            ),
        ),
    ),
]
