# ruff: noqa: E501
"""Clearview Imaging and its teleradiology readers: outbound mail without PHI (18 messages)."""

from __future__ import annotations

from _att import XLSX, pdf, png, xlsx
from _spec import CVI, Att, Spec

TEST_ORM = (
    "MSH|^~\\&|CEDAR_EHR|CEDAR FAMILY MED|CVI_RIS|CLEARVIEW IMAGING|20261112101500||ORM^O01|"
    "ZZT-000417|T|2.3\r"
    "PID|1||ZZTEST00417^^^CVI^MR||ZZTEST^MRIONE^^^^^T||19700101|O|||100 NOWHERE ST^^TESTTOWN^IA^00000\r"
    "ORC|NW|ZZORD-0417\r"
    "OBR|1|ZZORD-0417||70553^MRI BRAIN WO/W CONTRAST^CPT|||20261112101500||||||TEST ORDER - DO NOT "
    "SCHEDULE\r"
)

FHIR_CAPS = """{
  "resourceType": "CapabilityStatement",
  "status": "active",
  "date": "2026-11-01",
  "publisher": "Clearview Imaging",
  "kind": "instance",
  "fhirVersion": "4.0.1",
  "format": ["json"],
  "rest": [{"mode": "server",
    "resource": [
      {"type": "ServiceRequest", "interaction": [{"code": "create"}, {"code": "read"}],
       "searchParam": [{"name": "identifier", "type": "token"}, {"name": "status", "type": "token"}]},
      {"type": "DiagnosticReport", "interaction": [{"code": "read"}, {"code": "search-type"}]},
      {"type": "ImagingStudy", "interaction": [{"code": "read"}]}
    ]}]
}
"""

DOSE_FWD = Spec(
    phi=False,
    category="dose_registry_inner",
    notes="inner forwarded ACR dose index registry report notice",
    frm="ACR NRDR <nrdr-noreply@acr-registries.org>",
    to=f"dosecommittee@{CVI}",
    subject="DIR Semi-Annual Report available - Facility 400188",
    body=(
        "Your Dose Index Registry semi-annual report for Jan-Jun 2026 is now available in the "
        "NRDR portal.\n\nSummary for facility 400188:\n- CT head wo: median CTDIvol 48 mGy "
        "(registry 50th percentile 52)\n- CT chest wo: median DLP 318 mGy-cm (registry 50th 362)\n"
        "- CT abd/pelvis w: median SSDE 14.1 mGy (registry 50th 15.3)\n\nLog in to view exam-level "
        "distributions by protocol.\n\nAmerican College of Radiology - National Radiology Data "
        "Registry"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="imaging_reader_coverage_schedule",
        notes=(
            "Hard negative: teleradiology coverage workbook naming radiologists with subspecialties "
            "and shifts, no patient."
        ),
        frm=f"Dr. Farah Qureshi <fqureshi@{CVI}>",
        to="Scheduling <schedule@nightreadmd.com>",
        subject="December reader coverage (final)",
        body=(
            "Final December coverage attached. Neuro nights are thin on 12/24-12/26 - Dr. "
            "Nakamura has agreed to take stroke CTAs those nights and MSK overflow goes to day "
            "shift.\n\nFarah Qureshi, MD\nMedical Director, Clearview Imaging"
        ),
        atts=(
            Att(
                "CVI_reader_coverage_Dec2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Coverage": [
                            ["Date", "Shift", "Radiologist", "Subspecialty", "Credentialed sites"],
                            ["2026-12-01", "Day", "Samuel Achterberg MD", "Neuroradiology", "CVI, Riverbend"],
                            ["2026-12-01", "Day", "Farah Qureshi MD", "Body / Breast", "CVI"],
                            ["2026-12-01", "Night", "Ken Nakamura MD", "MSK / General (telerad)", "CVI, Mayfield"],
                            ["2026-12-02", "Night", "Adaeze Nwosu MD", "Neuroradiology (telerad)", "CVI, Riverbend, Mayfield"],
                        ],
                        "Contacts": [
                            ["Radiologist", "Reading room", "Escalation"],
                            ["Samuel Achterberg MD", "(319) 555-0300", "cell via operator"],
                            ["Ken Nakamura MD", "(319) 555-0304", "nightreadmd.com on-call"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="imaging_contrast_shortage_protocol",
        notes="Hard negative: iodinated contrast shortage conservation protocol with drug names and indications.",
        frm=f"Dr. Samuel Achterberg <sachterberg@{CVI}>",
        to="Referring Providers <referrers@cedarfamilymed.com>",
        cc=f"Technologists <techs@{CVI}>",
        subject="Omnipaque 350 shortage - contrast conservation starting Monday",
        body=(
            "Dear colleagues,\n\nOur distributor has cut iohexol (Omnipaque 350) deliveries to 40% "
            "through at least January. Starting Monday 11/16:\n\n- CT abdomen/pelvis for kidney "
            "stone, uncomplicated diverticulitis follow-up and low-suspicion appendicitis in adults "
            "will default to non-contrast unless you call.\n- CTA PE studies continue with a "
            "reduced 60 mL bolus.\n- We will substitute iopamidol (Isovue 370) where available.\n"
            "- Ultrasound first for RLQ pain in patients under 25.\n\nPlease call the reading room "
            "(319) 555-0300 with questions." + "\n\nSamuel Achterberg, MD\nChair, Contrast & Safety Committee"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_quality_dashboard_pdf",
        notes="Hard negative: aggregate quality report (turnaround, critical-result compliance, RADPEER rates) as PDF.",
        frm=f"QA Committee <qa@{CVI}>",
        to="Medical Staff Office <mso@riverbendhealth.org>",
        subject="Q3 radiology quality report for MEC",
        body="Attached is the Q3 quality summary for the Medical Executive Committee packet.\n\nQA Committee",
        atts=(
            Att(
                "CVI_Q3_2026_quality.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW IMAGING - QUARTERLY QUALITY REPORT - Q3 2026",
                        "Exams interpreted: 41,882 (CT 12,406; MRI 7,915; US 9,330; XR 12,231)",
                        "Median report turnaround: ED 24 min; inpatient 52 min; outpatient 3.1 h",
                        "Critical results communicated within 60 min: 98.4% (612 of 622)",
                        "RADPEER: 1,904 peer reviews; score 2b/3b rate 1.3%",
                        "Contrast reactions: 11 mild, 2 moderate, 0 severe (rate 0.06%)",
                        "MRI safety events: 1 near miss (screening form), no injuries",
                    ],
                    "Q3 2026 Quality Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="imaging_mri_service_ticket_serial",
        notes="Hard negative: scanner service ticket with system serial numbers and helium level.",
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="Field Service <fieldservice@siemens-healthineers-partner.com>",
        subject="Ticket 2611-44187 - MAGNETOM Vida SN 175529 helium 71% and cold head noise",
        body=(
            "Hello,\n\nFollowing up on ticket 2611-44187. Our 3T MAGNETOM Vida (system serial "
            "175529, site ID CVI-LP-02) dropped from 79% to 71% helium over 10 days and the cold "
            "head is cycling loudly. Compressor SN F70-22831. We need an engineer before Thursday "
            "so we don't have to cancel the afternoon schedule; we can give you the magnet room from "
            "18:00.\n\nElena Sokolova\nPACS / Modality Administrator"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_interface_test_order_hl7",
        notes="Hard negative: HL7 ORM test order for a clearly labelled ZZTEST patient with processing ID T.",
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="Interfaces <interfaces@cedarfamilymed.com>",
        subject="Order interface cutover - test ORM looks good",
        body=(
            "Hi,\n\nYour TEST ORM (attached back to you) came through fine: ZZTEST MRIONE, "
            "processing ID T, order flagged DO NOT SCHEDULE. OBR-4 maps to our 70553 procedure. "
            "We're OK to go live Tuesday.\n\nElena"
        ),
        atts=(Att("ZZT-000417_test_ORM.hl7", "application/hl7-v2", TEST_ORM),),
    ),
    Spec(
        phi=False,
        category="imaging_payer_pa_policy_update",
        notes="Hard negative: payer prior-auth policy summary listing CPT codes, no patient.",
        frm=f"Luis Ortega <lortega@{CVI}>",
        to=f"Schedulers <scheduling@{CVI}>",
        cc="Office Managers <officemanagers@cedarfamilymed.com>",
        subject="Blue Meadow PA changes Jan 1 - CT abd/pelvis and cardiac added",
        body=(
            "Hi all,\n\nBlue Meadow sent their 2027 imaging PA list. Starting January 1 these need "
            "prior auth through their radiology benefit manager:\n\n- 74176 / 74177 / 74178 CT "
            "abdomen and pelvis\n- 75574 CTA coronary\n- 78452 nuclear stress (SPECT)\n- all MRI "
            "and MRA (no change)\n\nStill NO auth needed: XR, mammography (77067), DEXA, "
            "ultrasound except 76700 for MA members. ED and inpatient studies are exempt. "
            "Turnaround is 2 business days standard, 72 hours urgent.\n\nLuis Ortega\nPrior "
            "Authorization Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_job_posting_mri_tech",
        notes="Job posting for an MRI technologist.",
        frm=f"Human Resources <hr@{CVI}>",
        to="Postings <postings@asrt-jobs.org>",
        subject="Job posting: MRI Technologist (ARRT-MR), evenings",
        body=(
            "MRI Technologist - Clearview Imaging, Linden Park, Iowa\n\nEvenings 2:30-11pm, "
            "Mon-Fri, rotating Saturdays. 1.5T and 3T Siemens; cardiac MRI a plus.\n"
            "Requirements: ARRT (R) and (MR) or MR primary pathway, BLS, 1 year experience.\n"
            "Pay: $41-$52/hr plus $4/hr evening differential, sign-on bonus $7,500.\n"
            "Apply at clearviewimaging.com/careers. Equal opportunity employer.\n\nHuman Resources"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_rsna_travel_ics",
        notes="Calendar invite for RSNA travel/meeting planning, no patient.",
        frm=f"Dr. Farah Qureshi <fqureshi@{CVI}>",
        to="Dr. Adaeze Nwosu <anwosu@nightreadmd.com>",
        subject="Invitation: RSNA 2026 - group dinner and AI vendor meetings",
        body=(
            "Adaeze,\n\nBlocking time for our RSNA meetings so the vendor reps stop emailing me: "
            "Monday we see the two triage-AI vendors (ICH and PE detection) at booth 4511 and 7302, "
            "then group dinner.\n\nFarah"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearview Imaging//Events//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cvi-rsna26-0330@clearviewimaging.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261130T150000Z\r\nDTEND:20261130T230000Z\r\n"
            "SUMMARY:RSNA 2026 - AI vendor meetings + group dinner\r\n"
            "DESCRIPTION:10:00 ICH triage vendor (North Hall 4511)\\; 13:30 PE detection "
            "vendor (South Hall 7302)\\; 18:30 dinner\\, Gibsons.\r\n"
            "LOCATION:McCormick Place\\, Chicago\r\n"
            "ORGANIZER:mailto:fqureshi@clearviewimaging.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_referrer_newsletter_lung_screening",
        notes="Hard negative: HTML-only referrer newsletter on lung screening eligibility criteria, no patient.",
        frm=f"Clearview Imaging <outreach@{CVI}>",
        to="Referring Providers <referrers@cedarfamilymed.com>",
        subject="Clearview Referrer Update: 3T MRI now open, low-dose CT lung screening criteria",
        body="",
        html=(
            "<html><body><h2>Referrer Update - November 2026</h2><h3>New 3T MRI</h3><p>Our second "
            "3T scanner opened Nov 2 with evening and Saturday slots; prostate MRI (PI-RADS v2.1) "
            "and cardiac MRI now same-week.</p><h3>Low-dose CT lung cancer screening</h3><ul>"
            "<li>Age 50-80</li><li>20 pack-year smoking history</li><li>Currently smoke or quit "
            "within the past 15 years</li><li>Shared decision-making visit documented (G0296)</li>"
            "</ul><p>Order code: LDCT LUNG SCREEN (71271). Results reported with Lung-RADS v2022.</p>"
            "<p>Questions: Tanya Wills, RN, Nurse Navigator, (319) 555-0330.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_mammo_event_press",
        notes="Press release for a community mammography event, no individual.",
        frm=f"Marketing <marketing@{CVI}>",
        to="Newsroom <news@lindenparkgazette.com>",
        subject="Press release: Clearview Imaging hosts free Mammogram Saturday Nov 21",
        body=(
            "FOR IMMEDIATE RELEASE\n\nLINDEN PARK, Iowa - Clearview Imaging will offer free "
            "screening mammograms for uninsured and underinsured women ages 40 and older on "
            "Saturday, November 21, from 8 a.m. to 2 p.m., in partnership with the Tamarack County "
            "Health Department's breast and cervical cancer program.\n\n'One in eight women will "
            "be diagnosed with breast cancer in her lifetime,' said Dr. Farah Qureshi, medical "
            "director. 'Screening with 3D mammography finds cancers earlier.'\n\nLast year's event "
            "screened 146 women. Appointments: (319) 555-0340.\n\nMedia contact: Jordan Pike, "
            "(319) 555-0345\n\n###"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_pacs_migration_txt",
        notes="Hard negative: PACS migration notice with server IP addresses and AE titles in a TXT, no patient.",
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="IT <it-radiology@riverbendhealth.org>",
        subject="PACS migration weekend - DICOM routing changes",
        body=(
            "Hi Riverbend IT,\n\nWe move to the new PACS archive Nov 21-22. Attached are the new "
            "AE titles, IPs and ports your modalities and router need. The old node stays "
            "read-only for 90 days.\n\nElena"
        ),
        atts=(
            Att(
                "dicom_routing_changes.txt",
                "text/plain",
                "Clearview Imaging - DICOM routing after 2026-11-22\n"
                "OLD  AE CVI_STORE    10.40.12.21:104   (read-only after cutover)\n"
                "NEW  AE CVI_ARCH01   10.40.18.50:11112 (C-STORE, C-FIND, C-MOVE)\n"
                "NEW  AE CVI_QR01     10.40.18.51:11112 (query/retrieve only)\n"
                "VPN tunnel Riverbend<->CVI: 172.20.4.0/24, IPsec, peer 203.0.113.18\n"
                "Test with C-ECHO before Monday 06:00.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="imaging_acr_phantom_png",
        notes="Hard negative: ACR accreditation phantom images (PNG) with scanner details, no patient.",
        frm=f"Jamal Price <jprice@{CVI}>",
        to="Physicist <mlarkin@midwestmedphysics.com>",
        subject="ACR MRI phantom - slice 7 low-contrast fail on scanner 2?",
        body=(
            "Mike,\n\nWeekly ACR phantom on scanner 2 (1.5T) shows only 7 spokes on slice 11 and "
            "the slice-position check on slice 1 is borderline. Screenshots attached. Can you "
            "check before the accreditation submission on the 20th?\n\nJamal Price, MRI Safety "
            "Officer"
        ),
        atts=(
            Att("ACR_phantom_scanner2_T1_slice11.png", "image/png", png(8, 8, (30, 30, 30))),
            Att("ACR_phantom_scanner2_slice1_position.png", "image/png", png(8, 8, (60, 60, 60))),
        ),
    ),
    Spec(
        phi=False,
        category="imaging_deidentified_ai_validation_csv",
        notes=(
            "Hard negative: de-identified AI validation extract (study IDs, age bands, year only, "
            "findings) per Safe Harbor."
        ),
        frm=f"Dr. Samuel Achterberg <sachterberg@{CVI}>",
        to="Clinical Validation <validation@neurotriage-ai.com>",
        subject="De-identified validation set - ICH reads (sample of 8 of 500)",
        body=(
            "Hi,\n\nHere is the format check for the validation set. All 18 Safe Harbor identifiers "
            "removed, ages banded, dates reduced to year, study IDs are random and the key stays "
            "with us. Full file via your SFTP once you confirm the columns.\n\nSam Achterberg, MD"
        ),
        atts=(
            Att(
                "ich_validation_sample.csv",
                "text/csv",
                "study_id,age_band,sex,year,scanner,ground_truth,ich_type,volume_ml\n"
                "S-7F2A,60-69,M,2025,SOMATOM Force,positive,intraparenchymal,14.2\n"
                "S-0C91,80-89,F,2025,Revolution CT,positive,subdural,22.8\n"
                "S-B374,40-49,F,2026,SOMATOM Force,negative,,\n"
                "S-51DE,70-79,M,2026,Revolution CT,positive,subarachnoid,\n"
                "S-9A0F,18-29,M,2025,SOMATOM Force,negative,,\n"
                "S-E6C2,50-59,F,2026,SOMATOM Force,negative,,\n"
                "S-3D88,90+,F,2025,Revolution CT,positive,intraventricular,5.1\n"
                "S-44B7,30-39,M,2026,Revolution CT,negative,,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="imaging_radiologist_credentialing",
        notes="Hard negative: radiologist credentialing with NPI, DEA and subspecialty for a hospital.",
        frm=f"Medical Staff Coordinator <credentialing@{CVI}>",
        to="Medical Staff Office <mso@mayfieldhospital.org>",
        subject="Telerad privileges by proxy - Farah Qureshi MD",
        body=(
            "Hello,\n\nFor credentialing by proxy under our telemedicine agreement:\n\nFarah "
            "Qureshi, MD - Diagnostic Radiology (ABR), fellowship Body Imaging and Breast Imaging\n"
            "NPI: 1286770569\nDEA: FQ5305936 (for moderate sedation during biopsies)\nIowa license "
            "MD-51207, Illinois license 036.148820\nMQSA interpreting physician: yes\n\nRequested "
            "privileges: CT, MRI, US, mammography interpretation; image-guided breast biopsy.\n\n"
            "Medical Staff Coordinator, Clearview Imaging"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_professional_reads_invoice",
        notes="Hard negative: invoice for professional reads by volume with an SSN-shaped PO number.",
        frm=f"Accounts Receivable <ar@{CVI}>",
        to="Accounts Payable <ap@mayfieldhospital.org>",
        subject="Invoice CVI-2610-118 for October teleradiology services (PO 527-40-1186)",
        body=(
            "Hello,\n\nPlease find below the October invoice under the professional services "
            "agreement, PO 527-40-1186:\n\n  CT interpretations        1,214 x $38.00 = $46,132.00\n"
            "  MRI interpretations         388 x $62.00 = $24,056.00\n  XR interpretations        "
            "2,903 x $9.50  = $27,578.50\n  Stroke/STAT premium          97 x $25.00 =  $2,425.00\n"
            "  Total due                                    $100,191.50\n\nNet 30. Remit to "
            "Clearview Imaging LLC, ACH details on file.\n\nAccounts Receivable"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_candidate_reply_gmail",
        notes="Interview scheduling reply to a job candidate's gmail, no health information.",
        frm=f"Human Resources <hr@{CVI}>",
        to="Kelsey Marchetti <kelsey.marchetti.rt@gmail.com>",
        subject="Re: MRI Technologist application - interview",
        body=(
            "Hi Kelsey,\n\nThank you for applying for the evening MRI Technologist role. We'd like "
            "to invite you to a shadow shift and interview on Wednesday 11/18 at 3:00 PM with Jamal "
            "Price, our MRI lead. Please bring a copy of your ARRT card and BLS.\n\nParking is in "
            "the north lot; check in at the front desk.\n\nBest,\nMorgan Ellis\nHuman Resources, "
            "Clearview Imaging"
        ),
    ),
    Spec(
        phi=False,
        category="imaging_fhir_capability_statement",
        notes="Hard negative: FHIR CapabilityStatement for the order interface, no patient resource.",
        frm=f"Elena Sokolova <esokolova@{CVI}>",
        to="Integration <integration@iowahie.org>",
        subject="Our FHIR capability statement for the orders pilot",
        body=(
            "Attached is our server's CapabilityStatement for the ServiceRequest pilot. We support "
            "create/read for ServiceRequest and read/search for DiagnosticReport.\n\nElena"
        ),
        atts=(Att("cvi_capabilitystatement.json", "application/fhir+json", FHIR_CAPS),),
    ),
    Spec(
        phi=False,
        category="imaging_forwarded_dose_registry",
        notes="Forwarded (rfc822) aggregate CT dose registry report notice.",
        frm=f"Jamal Price <jprice@{CVI}>",
        to="Physicist <mlarkin@midwestmedphysics.com>",
        subject="Fwd: DIR Semi-Annual Report available - Facility 400188",
        body="Mike - for the annual dose review. Head CT still a bit high vs. our target, thoughts?\n\nJamal",
        forward=DOSE_FWD,
    ),
]
