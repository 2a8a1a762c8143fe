"""Pine Hollow Critical Access Hospital: outbound mail without PHI (26 messages)."""

# ruff: noqa: E501  (message text and structured attachments keep their natural line lengths)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import EMS, PHH, RX, Att, Spec

TEST_ORU = (
    "\r".join(
        [
            "MSH|^~\\&|LIS|PINEHOLLOW|CLOVEREHR|PHCAH|20261111091502||ORU^R01|TST0001|T|2.5.1",
            "PID|1||ZZTEST0001^^^PHCAH^MR||ZZTEST^LABONE^^^^^T||19000101|U",
            "OBR|1||L-TEST-0001|CBC^Complete blood count^L|||20261111090000",
            "OBX|1|NM|718-7^Hemoglobin^LN||13.5|g/dL|12.0-16.0|N|||F",
            "OBX|2|NM|6690-2^WBC^LN||7.2|10*3/uL|4.0-11.0|N|||F",
            "NTE|1||INTERFACE VALIDATION MESSAGE - TEST PATIENT - NOT A REAL PERSON",
        ]
    )
    + "\r"
)

FHIR_TEST = """{
  "resourceType": "Bundle",
  "id": "phcah-interface-validation-07",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "test-07",
      "name": [{"family": "Zztest", "given": ["Swingbed"], "text": "SYNTHETIC TEST PATIENT"}],
      "gender": "unknown", "birthDate": "1900-01-01"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/test-07"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.9"}]},
      "note": [{"text": "Synthetic record for interface validation only"}]}}
  ]
}
"""

CCDA_SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <!-- ONC certification test data, scenario 170.315(b)(1) ToC - synthetic -->
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - CERTIFICATION TEST</title>
  <recordTarget><patientRole>
    <id extension="TEST-0042" root="2.16.840.1.113883.3.9001.99"/>
    <patient><name><given>Testpatient</given><family>Certification</family></name>
      <birthTime value="19000101"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Essential hypertension (test entry)</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

QUALITY_XLSX = xlsx(
    {
        "ED measures": [
            ["Measure", "Jul", "Aug", "Sep", "Oct", "Goal"],
            ["Median door-to-EKG (min)", 7, 6, 9, 6, 10],
            ["Median door-to-transfer, AMI (min)", 71, 64, 88, 59, 60],
            ["Left without being seen (%)", 1.2, 0.8, 1.9, 1.1, 2.0],
            ["ED visits", 398, 431, 405, 412, ""],
        ],
        "Inpatient & swing": [
            ["Measure", "Jul", "Aug", "Sep", "Oct", "Goal"],
            ["Sepsis SEP-1 bundle compliance (%)", 82, 86, 79, 87, 85],
            ["Falls with injury (count)", 0, 1, 0, 0, 0],
            ["CAUTI (count)", 0, 0, 0, 0, 0],
            ["Swing-bed avg daily census", 5.4, 6.0, 5.8, 6.1, ""],
            ["30-day readmissions (%)", 9.1, 7.7, 10.4, 8.2, 10.0],
        ],
        "Notes": [
            ["Note"],
            [
                "Counts from MBQIP abstraction; cells under 5 are not patient-level and contain no identifiers"
            ],
            ["Prepared by Quality Dept for the Board Quality Committee"],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=False,
        category="new_provider_announcement",
        notes=(
            "Hard negative: a new outreach cardiologist with his specialty and the diseases he "
            "treats; no patient."
        ),
        frm=f"Ruth Ann Delacroix <rdelacroix@{PHH}>",
        to=f"All Staff <allstaff@{PHH}>",
        subject="Welcome Dr. Naveen Kothari - cardiology outreach clinic",
        body=(
            "Team,\n\nPlease welcome Naveen Kothari, MD, FACC, from Prairie Mercy Heart Institute. "
            "Starting December 8 he will hold a cardiology outreach clinic in the RHC every second "
            "Tuesday. Dr. Kothari specializes in heart failure, atrial fibrillation and "
            "post-MI care, and will read our echocardiograms remotely. Referrals go through the "
            "usual RHC referral queue.\n\nRuth Ann Delacroix\nCEO, Pine Hollow CAH"
        ),
    ),
    Spec(
        phi=False,
        category="po_ssn_shaped",
        notes="Hard negative: reagent purchase order whose PO number looks like an SSN.",
        frm=f"Luis Cardenas <lcardenas@{PHH}>",
        to="Orders <orders@northlanddiagnostics.com>",
        subject="PO 417-22-8391 troponin reagent + controls",
        body=(
            "Please process PO 417-22-8391:\n\n"
            "  2 x hs-Troponin I reagent pack (REF 08P13)\n"
            "  1 x Troponin controls L1-L3\n"
            "  4 x CBC tube racks\n\n"
            "Ship to: Pine Hollow CAH Laboratory, 410 Hospital Dr, Pine Hollow MN 56473. "
            "Net 30. Call me if the reagent is backordered again.\n\n"
            "Luis Cardenas, MLS(ASCP)\nLaboratory Manager"
        ),
    ),
    Spec(
        phi=False,
        category="contrast_shortage_notice",
        notes="Hard negative: iodinated contrast shortage guidance to clinicians; no individual.",
        frm=f"Priya Ramanathan <pramanathan@{PHH}>",
        to=f"Medical Staff <medstaff@{PHH}>",
        cc=f"Radiology <radiology@{PHH}>",
        subject="Iohexol (Omnipaque) shortage - conservation steps effective now",
        body=(
            "Our wholesaler has allocated us 40% of usual iohexol 350 volume through January.\n\n"
            "Effective today:\n"
            "- CT abdomen/pelvis for suspected appendicitis in adults: consider non-contrast or US first\n"
            "- CTA chest for PE: continue, but use 60 mL weight-based protocol\n"
            "- Outpatient contrast studies: radiology will review and reschedule non-urgent ones\n"
            "- Stroke/trauma: no change\n\n"
            "Questions to pharmacy ext 2217.\n\nPriya Ramanathan, PharmD"
        ),
    ),
    Spec(
        phi=False,
        category="quality_report_xlsx",
        notes=(
            "Hard negative: multi-sheet quality dashboard with sepsis, falls and readmission "
            "counts; aggregates only."
        ),
        frm=f"Quality Dept <quality@{PHH}>",
        to=f"Board Quality Committee <boardquality@{PHH}>",
        subject="Q3/Oct quality dashboard for Thursday",
        body="Dashboard attached for Thursday's committee. Door-to-transfer for AMI is the one to discuss.\n\nBeth Ann",
        atts=(Att("PHCAH_quality_dashboard_2026-10.xlsx", XLSX, QUALITY_XLSX),),
    ),
    Spec(
        phi=False,
        category="hr_open_enrollment",
        notes="Hard negative: employee benefits open enrollment (HSA, dental, EAP) to all staff.",
        frm=f"Human Resources <hr@{PHH}>",
        to=f"All Staff <allstaff@{PHH}>",
        subject="Open enrollment closes Nov 20 - health, dental, vision, HSA",
        body=(
            "Reminder: 2027 benefits open enrollment closes Friday, Nov 20 at 5 PM.\n\n"
            "- Medical: HDHP premium increases 4%; the PPO option is unchanged\n"
            "- HSA: hospital contribution stays at $750 single / $1,500 family\n"
            "- Dental and vision: new carrier (Delta Dental), new cards mailed in December\n"
            "- EAP: free confidential counseling, 6 sessions per issue\n\n"
            "If you do nothing, your current elections roll over except the FSA. HR office hours "
            "are 7-4, or email hr@pinehollowhospital.org.\n\nPine Hollow HR"
        ),
    ),
    Spec(
        phi=False,
        category="test_patient_hl7",
        notes=(
            "Hard negative: HL7 ORU with a ZZTEST patient clearly marked as interface "
            "validation, sent to the EHR vendor."
        ),
        frm=f"Brandon Keough <bkeough@{PHH}>",
        to="Interfaces <interfaces@cloverehr.com>",
        subject="LIS->EHR validation msg 1 of 12 (test patient)",
        body=(
            "Test message 1 for the new LIS interface attached. ZZTEST LABONE is our test patient "
            "in the TEST environment. Please confirm OBX-5 maps into the flowsheet.\n\nBrandon"
        ),
        atts=(Att("TST0001_ORU.hl7", "application/hl7-v2", TEST_ORU),),
    ),
    Spec(
        phi=False,
        category="job_posting_docx",
        notes="Hard negative: RN job posting (med-surg/swing bed, ACLS/PALS, sepsis) sent to a job board.",
        frm=f"Human Resources <hr@{PHH}>",
        to="Postings <postings@ruralhealthjobs.org>",
        subject="Job posting: RN - Med/Surg & Swing Bed (0.9 FTE nights)",
        body="Please post the attached for 30 days. Invoice to hr@pinehollowhospital.org.\n\nThanks",
        atts=(
            Att(
                "PHCAH_RN_MedSurg_SwingBed_posting.docx",
                DOCX,
                docx(
                    [
                        "Registered Nurse - Med/Surg & Swing Bed, 0.9 FTE nights",
                        "Pine Hollow Critical Access Hospital, Pine Hollow, MN",
                        "Care for inpatients with pneumonia, CHF exacerbations, post-operative "
                        "rehab and end-of-life comfort care; float to ED as trained.",
                        "Requirements: MN RN license, BLS, ACLS within 6 months, PALS preferred.",
                        "Pay: $38.50-$49.75/hr plus night differential; $7,500 sign-on bonus.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_dispute",
        notes="PACS maintenance invoice dispute with the vendor; contract terms only.",
        frm=f"Erik Solheim <esolheim@{PHH}>",
        to="AR <accountsreceivable@lumenpacs.com>",
        subject="Invoice LP-88214 - duplicate maintenance charge",
        body=(
            "Hello,\n\nInvoice LP-88214 bills annual PACS maintenance for 2027 ($18,400), but that "
            "was prepaid on LP-87102 in September (check 30218). Please issue a credit memo.\n\n"
            "Erik Solheim\nCFO, Pine Hollow Critical Access Hospital"
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda",
        notes=(
            "Hard negative: Rural Trauma Team Development Course agenda with trauma topics and "
            "faculty names."
        ),
        frm=f"Tessa Varner <tvarner@{PHH}>",
        to=f"ED Staff <edstaff@{PHH}>",
        cc=f"Renee Oduya <roduya@{EMS}>",
        subject="RTTDC agenda - Dec 4, classroom B",
        body=(
            "Rural Trauma Team Development Course, Friday Dec 4, 0800-1630, Classroom B\n\n"
            "0800  Initial assessment and the decision to transfer - Dr. Okafor-Lind\n"
            "0900  Airway and breathing: tension pneumothorax, needle decompression\n"
            "1015  Shock and massive hemorrhage, TXA, pelvic binder\n"
            "1130  Lunch\n"
            "1200  Traumatic brain injury in anticoagulated elders\n"
            "1300  Team scenarios (mannequin) with Tri-County EMS crews\n"
            "1600  Debrief, CE certificates (7.5 CEU)\n\n"
            "Tri-County is sending 6 medics. Sign up on the sheet by the time clock.\n\nTessa"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes=(
            "Hard negative: Safe Harbor de-identified sepsis extract (age bands, ZIP3, year only) "
            "to a university study team."
        ),
        frm=f"Quality Dept <quality@{PHH}>",
        to="Rural Sepsis Study <ruralsepsis@umn-ruralhealth.org>",
        subject="Site 14 extract - de-identified per DUA section 4",
        body=(
            "Attached is site 14's extract for the rural sepsis timing study. De-identified under "
            "Safe Harbor: no names, dates reduced to year, ages in 10-year bands (90+ grouped), "
            "geography to ZIP3, no record numbers.\n\nBeth Ann Krueger, RN\nQuality Director"
        ),
        atts=(
            Att(
                "site14_sepsis_deid_2026.csv",
                "text/csv",
                "study_id,year,age_band,sex,zip3,source,lactate_gt4,abx_within_1h,transferred,outcome\n"
                "S14-001,2026,70-79,F,564,pneumonia,N,Y,Y,survived\n"
                "S14-002,2026,80-89,M,564,urinary,Y,Y,N,survived\n"
                "S14-003,2026,60-69,M,565,skin/soft tissue,N,N,Y,survived\n"
                "S14-004,2026,90+,F,564,pneumonia,Y,Y,N,died\n"
                "S14-005,2026,40-49,F,565,intra-abdominal,N,Y,Y,survived\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy_pdf_critical_values",
        notes="Hard negative: lab critical value policy PDF with thresholds and call procedure.",
        frm=f"Luis Cardenas <lcardenas@{PHH}>",
        to=f"Nursing Leadership <nursingleaders@{PHH}>",
        subject="Revised policy LAB-114 Critical Values - please review by 11/20",
        body="Redline version attached. Main change: troponin critical limit moves to the new hs assay.\n\nLuis",
        atts=(
            Att(
                "LAB-114_Critical_Values_rev2026-11.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINE HOLLOW CRITICAL ACCESS HOSPITAL - LABORATORY POLICY LAB-114",
                        "Critical Value Reporting   Revision 11/2026",
                        "Potassium < 2.8 or > 6.0 mmol/L;  Sodium < 120 or > 160 mmol/L",
                        "Glucose < 50 or > 450 mg/dL;  Hemoglobin < 7.0 g/dL",
                        "hs-Troponin I > 52 ng/L (new assay);  INR > 5.0",
                        "Call the ordering provider or RN within 30 minutes; read-back required.",
                        "Document name of person notified, date and time in the LIS.",
                    ],
                    "LAB-114 Critical Values",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_flu_vaccination_rates",
        notes="Hard negative: staff influenza vaccination percentages by department; no individuals.",
        frm=f"Employee Health <employeehealth@{PHH}>",
        to=f"Department Managers <managers@{PHH}>",
        subject="Staff flu vaccine - 83% and climbing",
        body=(
            "Where we stand as of Monday:\n\n"
            "  Lab 100%  |  Radiology 94%  |  ED 88%  |  Med/Surg 81%  |  Dietary 70%  |  "
            "EVS 64%\n\n"
            "Overall 83%; the state goal is 90% by Dec 15. The cart will be in the cafeteria "
            "Wed 11-1. Declination forms go to Employee Health, not to managers.\n\nKaren, Employee Health"
        ),
    ),
    Spec(
        phi=False,
        category="board_ceo_report",
        notes=(
            "Hard negative: CEO board report with ED volumes, STEMI transfers and swing-bed "
            "census as counts."
        ),
        frm=f"Ruth Ann Delacroix <rdelacroix@{PHH}>",
        to="Board of Directors <board@pinehollowhospital.org>",
        subject="October CEO report",
        body=(
            "Board members,\n\nOctober highlights:\n"
            "- 412 ED visits (+3% YoY); 31 transfers out, 3 of them STEMI, all under 90 minutes door-to-balloon at Prairie Mercy\n"
            "- Swing bed average daily census 6.1, best month since 2022\n"
            "- RHC visits 1,288; behavioral health integration started with 1 LICSW\n"
            "- Days cash on hand 118\n"
            "- Generator replacement project on budget, cutover Dec 2\n\n"
            "Ruth Ann"
        ),
        html=(
            "<html><body><p>Board members,</p><p><b>October highlights</b></p><ul>"
            "<li>412 ED visits (+3% YoY); 31 transfers out, 3 of them STEMI, all under 90 "
            "minutes door-to-balloon at Prairie Mercy</li>"
            "<li>Swing bed average daily census 6.1, best month since 2022</li>"
            "<li>RHC visits 1,288; behavioral health integration started with 1 LICSW</li>"
            "<li>Days cash on hand 118</li>"
            "<li>Generator replacement project on budget, cutover Dec 2</li></ul>"
            "<p>Ruth Ann</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="it_mfa_rollout",
        notes="IT MFA rollout notice to staff.",
        frm=f"Brandon Keough <bkeough@{PHH}>",
        to=f"All Staff <allstaff@{PHH}>",
        subject="MFA for webmail starts Monday Nov 16",
        body=(
            "Starting Monday you will be asked for a code from the Authenticator app when you "
            "sign in to webmail or the VPN from outside the building. Inside the hospital nothing "
            "changes. IT will be in the cafeteria Thursday and Friday 10-2 to help set up phones. "
            "We will never ask for your password by email.\n\nBrandon Keough, IT"
        ),
    ),
    Spec(
        phi=False,
        category="facilities_generator_test",
        notes="Facilities: monthly generator load test.",
        frm=f"Facilities <facilities@{PHH}>",
        to=f"All Staff <allstaff@{PHH}>",
        subject="Generator load test Tuesday 0600",
        body=(
            "Monthly generator load test Tuesday at 0600, about 30 minutes. Lights will flicker "
            "twice. Red outlets stay powered. The CT scanner will be down 0555-0640.\n\nGus, Facilities"
        ),
    ),
    Spec(
        phi=False,
        category="fictional_mock_code_case",
        notes=(
            "Hard negative: a mock-code scenario clearly marked fictional (age, symptoms, "
            "vitals) for staff training."
        ),
        frm=f"Tessa Varner <tvarner@{PHH}>",
        to=f"Nursing Staff <nursing@{PHH}>",
        subject="Mock code scenario for Wednesday's drill (fictional)",
        body=(
            "FICTIONAL TRAINING SCENARIO - not a real patient.\n\n"
            "'Mr. Sim' (the SimMan mannequin), 67, is in a med/surg bed 2 days after a knee "
            "replacement. At 1400 he complains of sudden shortness of breath, SpO2 84%, HR 128, "
            "BP 88/54. He becomes unresponsive and pulseless at 1406 (PEA).\n\n"
            "Objectives: recognize massive PE, high-quality CPR, epinephrine timing, discuss "
            "tPA during arrest, call for transfer.\n\nDrill is unannounced to the floor; leads "
            "only.\n\nTessa"
        ),
    ),
    Spec(
        phi=False,
        category="lab_reference_range_change",
        notes="Hard negative: new troponin assay reference ranges to providers and the EMS medical director.",
        frm=f"Luis Cardenas <lcardenas@{PHH}>",
        to=f"Providers <providers@{PHH}>",
        cc=f"Dr. Ikenna Obi <iobi@{EMS}>",
        subject="New hs-troponin I assay live Nov 16 - new units and cutoffs",
        body=(
            "Effective Monday 11/16 at 0700 the lab switches to the high-sensitivity troponin I "
            "assay.\n\n- Units change from ng/mL to ng/L (0.04 ng/mL = 40 ng/L)\n"
            "- 99th percentile URL: female 16 ng/L, male 34 ng/L\n"
            "- 0/2-hour delta protocol replaces 0/3/6\n\n"
            "Old and new results will not be trended together in the EHR. The ED order set is "
            "updated.\n\nLuis Cardenas, Lab Manager"
        ),
    ),
    Spec(
        phi=False,
        category="foundation_newsletter_html",
        notes=(
            "Hard negative: HTML-only foundation newsletter about heart health and free blood "
            "pressure checks; no individuals."
        ),
        frm=f"Pine Hollow Foundation <foundation@{PHH}>",
        to="Friends of Pine Hollow <friends@lists.pinehollowhospital.org>",
        subject="Giving Tuesday + free blood pressure checks",
        body="",
        html=(
            "<html><body><h2>Pine Hollow Foundation - November</h2>"
            "<p>Thanks to you, the new <b>cardiac monitor</b> for the ED is installed. This "
            "Giving Tuesday we are raising $40,000 for a <b>mammography upgrade</b>.</p>"
            "<p><b>Free blood pressure checks</b> every Saturday in November, 9-noon, at Main "
            "Street Pharmacy. High blood pressure has no symptoms - know your numbers.</p>"
            "<p><a href='https://pinehollowhospital.org/give'>Give today</a></p>"
            "<p style='font-size:10px'>Unsubscribe | Pine Hollow Foundation, 410 Hospital Dr, "
            "Pine Hollow MN 56473</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded_vendor_patch",
        notes="Forwarded vendor bulletin about a PACS patch; forwarded message/rfc822 with no patient.",
        frm=f"Brandon Keough <bkeough@{PHH}>",
        to=f"Radiology <radiology@{PHH}>",
        subject="FW: LumenPACS 9.4.2 security patch - downtime Sat",
        body="FYI - I scheduled this for Saturday 0200-0300. Read studies from the backup station during the window.\n\nBrandon",
        forward=Spec(
            phi=False,
            category="forwarded_vendor_patch",
            notes="inner",
            frm="LumenPACS Support <notices@lumenpacs.com>",
            to=f"Brandon Keough <bkeough@{PHH}>",
            subject="LumenPACS 9.4.2 security patch available",
            body=(
                "LumenPACS 9.4.2 fixes CVE-2026-41177 (DICOM listener authentication bypass). "
                "Install within 30 days. Expected downtime: 45 minutes. Release notes: "
                "https://support.lumenpacs.com/rn/9.4.2\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_meeting_ics",
        notes="Hard negative: swing-bed interdisciplinary process meeting invite; agenda mentions care topics only.",
        frm=f"Colleen Birchard <cbirchard@{PHH}>",
        to=f"Swing Bed Team <swingbedteam@{PHH}>",
        subject="Invitation: Swing bed IDT process review",
        body=(
            "Monthly process meeting, not patient rounds. Agenda: the new MDS 3.0 Section GG "
            "scoring, PT/OT minutes documentation, and the Medicare 3-day stay audit checklist."
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pine Hollow CAH//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ph-mtg-2611-swingidt@pinehollowhospital.org\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261119T200000Z\r\nDTEND:20261119T210000Z\r\n"
            "SUMMARY:Swing bed IDT process review\r\nLOCATION:Conference Room A / Teams\r\n"
            "ORGANIZER;CN=Colleen Birchard:mailto:cbirchard@pinehollowhospital.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="policy_bundle_zip",
        notes="Zip of ED policies (EMTALA, transfer, restraint) sent to the surveyor-prep consultant.",
        frm=f"Quality Dept <quality@{PHH}>",
        to="Consult <consult@cahcompliancepartners.com>",
        subject="Policies for mock survey",
        body="As requested, the ED policy set for next week's mock CMS survey.\n\nBeth Ann",
        atts=(
            Att(
                "PHCAH_ED_policies_2026.zip",
                "application/zip",
                zipped(
                    {
                        "ED-001_EMTALA_Medical_Screening.txt": (
                            "Every individual who comes to the ED requesting examination receives "
                            "a medical screening exam by a qualified medical person.\n"
                        ),
                        "ED-014_Interfacility_Transfer.txt": (
                            "Transfers require physician certification, receiving facility "
                            "acceptance and appropriate transport.\n"
                        ),
                        "NUR-220_Restraint_Seclusion.txt": (
                            "Restraints only to ensure immediate physical safety; order renewed "
                            "every 4 hours for adults.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="credentialing_npi_dea",
        notes=(
            "Hard negative: provider roster with NPIs and DEA numbers for payer credentialing; "
            "clinicians' identifiers only."
        ),
        frm=f"Medical Staff Office <medstaff-office@{PHH}>",
        to="Provider Enrollment <enrollment@bluestemhealthplan.com>",
        subject="Recredentialing roster - Pine Hollow CAH group",
        body=(
            "Please update our group roster (TIN ending 4471):\n\n"
            "Adaeze Okafor-Lind, MD - Family Medicine/Emergency - NPI: 1233626872 - DEA BK6809620\n"
            "Hollis Grady, PA-C - Family Medicine - NPI: 1175337728 - DEA MT7623223\n"
            "Marcus Hallberg, MD - Diagnostic Radiology - NPI: 1474341587\n"
            "Sven Haugen, MD - General Surgery - NPI: 1232335988 - DEA AS8781090\n\n"
            "Term: Linnea Brask, NP effective 10/31.\n\nMedical Staff Office"
        ),
    ),
    Spec(
        phi=False,
        category="ccda_certification_test",
        notes="Hard negative: C-CDA with a certification test patient sent to the EHR vendor's validation team.",
        frm=f"Brandon Keough <bkeough@{PHH}>",
        to="Certification <cert-testing@cloverehr.com>",
        subject="ToC test doc from our TEST environment",
        body=(
            "This is the C-CDA our TEST environment generated for the certification test "
            "patient (Testpatient Certification). The validator flags the problem section "
            "templateId. Can you check?\n\nBrandon"
        ),
        atts=(Att("TEST_ToC_0042.xml", "application/xml", CCDA_SAMPLE),),
    ),
    Spec(
        phi=False,
        category="fhir_synthetic_test_bundle",
        notes="Hard negative: FHIR bundle tagged HTEST with a synthetic patient for the HIE onboarding test.",
        frm=f"Interface Engine <interfaces@{PHH}>",
        to="HIE Onboarding <onboarding@prairiemercy.org>",
        subject="Onboarding step 3 - synthetic bundle",
        body="Synthetic test bundle for step 3 attached. No production data.\n\n-- PHCAH interfaces",
        atts=(Att("phcah_validation_07.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="cost_report_auditor",
        notes="CFO to the external auditor about the Medicare cost report schedule.",
        frm=f"Erik Solheim <esolheim@{PHH}>",
        to="Jill Amundsen <jamundsen@northprairiecpa.com>",
        subject="FY26 cost report - worksheet S-3 timing",
        body=(
            "Jill, we'll have the swing-bed day counts and the W/S S-3 statistics to you by "
            "Dec 4. Inpatient days 1,412, swing SNF days 2,233, observation hours converted per "
            "your template. Let me know if the RHC worksheet M needs the FTE split again.\n\nErik"
        ),
    ),
    Spec(
        phi=False,
        category="cafeteria_menu_png",
        notes="Cafeteria menu image to staff and the pharmacy next door; no patient.",
        frm=f"Dietary <dietary@{PHH}>",
        to=f"All Staff <allstaff@{PHH}>",
        cc=f"Main Street Pharmacy <staff@{RX}>",
        subject="Thanksgiving lunch - menu attached",
        body="Staff Thanksgiving lunch Nov 24, 11-1:30. Turkey, wild rice hotdish, pie. $6. Menu attached.\n\nDietary",
        atts=(Att("thanksgiving_menu_2026.png", "image/png", png(8, 4, (230, 160, 60))),),
    ),
]
