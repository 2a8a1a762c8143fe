"""Meridian Home Infusion (IVIG, OPAT antibiotics, TPN, inotropes at home): English messages, PHI
and not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import MHI, Att, Spec, dea, npi

IWU_NPI = npi("154902218")
PRASAD_DEA = dea("BP", "730215")

SIG = (
    "\n\nMeridian Home Infusion | 24/7 pharmacist line 888-555-0172\n"
    "CONFIDENTIALITY: This message may contain information protected by law. If you received it "
    "in error, delete it and notify the sender.\n"
)
PHARMACY_DEA = dea("FM", "401772")
PIC_NPI = npi("160388274")

_OPAT_LABS = (
    "patient,dob,drug,draw_date,wbc,crcl,vanc_trough,crp,esr\n"
    "Hollis Dwayne,1955-08-30,vancomycin,2026-11-09,7.1,64,17.8,22,48\n"
    "Ortega Maribel,1971-02-14,ceftriaxone,2026-11-09,5.9,98,,8,31\n"
    "Pham Quoc,1983-06-03,daptomycin,2026-11-09,6.4,110,,35,62\n"
)

_TICKETS = (
    "Delivery 2026-11-10  Patient: Hollis, Dwayne  1140 Orchard Ln, Plainfield IL\n"
    "  Clinimix E 5/15 2000 mL x7, lipids 250 mL x7, MVI, tubing\n"
    "Delivery 2026-11-10  Patient: Ortega, Maribel  77 Sandpiper Ct, Bolingbrook IL\n"
    "  ceftriaxone 2 g elastomeric x7\n"
)

_TEST_FHIR = (
    '{"resourceType": "Patient", "id": "test-0001", "meta": {"tag": [{"system": '
    '"http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": '
    '"test health data"}]}, "name": [{"family": "Testpatient", "given": ["Infusion"]}], '
    '"birthDate": "1900-01-01", "gender": "unknown", "address": [{"line": ["123 Test Street"], '
    '"city": "Testville", "state": "IL", "postalCode": "00000"}]}\n'
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="delivery_schedule_to_patient",
        notes="Delivery and nursing visit schedule for IVIG to the patient's gmail.",
        frm=f"Patient Care Coordinators <coordinators@{MHI}>",
        to="jtorvik.runner@gmail.com",
        subject="Your delivery this Thursday",
        body=(
            "Hi Janelle,\n\nYour next Privigen 40 g shipment will arrive Thursday 11/12 between "
            "10am and 2pm at 815 Birchwood Dr. Your nurse, Colleen, will come Friday at 9am for "
            "the infusion and will check your pre-meds (Tylenol and Benadryl). Please keep the "
            "box in the fridge, not the freezer.\n\nReply or call if the time doesn't work.\n\n"
            "Patient Care Coordinators" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="quiet_nursing_handoff",
        notes="Hard positive: first name, street address, vancomycin trough and a held dose in a "
        "short handoff.",
        frm=f"Colleen Marsh RN <cmarsh@{MHI}>",
        to=f"oncall.rn@{MHI}",
        subject="tonight",
        body=(
            "Dwayne at 1140 Orchard Ln - trough 17.8 this am, pharmacy says hold tonight's dose "
            "and redraw at 0600. PICC dressing done, site clean. Wife knows.\n\nC"
        ),
    ),
    Spec(
        phi=True,
        category="benefits_verification_payer",
        notes="Benefits verification to a payer with member id, DOB, J-code and diagnosis.",
        frm=f"Intake <intake@{MHI}>",
        to="homeinfusion.auth@midwestcarealliance.com",
        subject="BV request - home IVIG",
        body=(
            "Member: Janelle Torvik\nMember ID: MCA604417725\nDOB: 03/27/1986\n"
            "Therapy: immune globulin (Privigen) 40 g IV every 4 weeks, J1459 x 80 units\n"
            "Dx: D80.1 nonfamilial hypogammaglobulinemia; G61.81 CIDP\nPrescriber: Dr. Helen Iwu,"
            " neurology, NPI: " + IWU_NPI + "\nSite of care: home\n\n"
            "Please confirm coverage under the medical "
            "benefit and whether per-diem S9338 is payable.\n\nIntake Department" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="nursing_visit_note_docx",
        notes="Hard positive: terse body; the DOCX visit note carries name, DOB, MRN, milrinone, "
        "vitals and weight gain.",
        frm=f"Colleen Marsh RN <cmarsh@{MHI}>",
        to="nurses@heartfailureclinic-joliet.com",
        subject="Visit note 11/10",
        body="Visit note attached for your review. Call with any orders.\n\nColleen Marsh, RN"
        + SIG,
        atts=(
            Att(
                "visit_note_1110.docx",
                DOCX,
                docx(
                    [
                        "MERIDIAN HOME INFUSION - SKILLED NURSING VISIT",
                        "Patient: Walter Eberhardt   DOB: 10/04/1949   MRN: MHI-0044815",
                        "Therapy: milrinone 0.375 mcg/kg/min continuous via CADD pump",
                        "BP 98/60, HR 88, SpO2 95% RA, weight 81.2 kg (up 1.4 kg since 11/03)",
                        "2+ pitting edema bilateral ankles. Patient reports more dyspnea climbing "
                        "stairs. Informed Dr. Prasad's office; furosemide increase requested.",
                        "Ordering physician: Anil Prasad, MD, DEA " + PRASAD_DEA,
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="census_workbook_multisheet",
        notes="Hard positive: census workbook (names, MRNs, therapies, pump serials, payers) to a "
        "sister branch; the body only says census.",
        frm=f"Branch Manager <branch.joliet@{MHI}>",
        to=f"branch.rockford@{MHI}",
        subject="Census for holiday coverage",
        body=(
            "Here's our census for the Thanksgiving coverage swap. Nursing tab has the visit "
            "days.\n\nThanks,\nJoliet branch"
        ),
        atts=(
            Att(
                "joliet_census_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Patients": [
                            ["MRN", "Name", "Therapy", "Pump SN", "Payer"],
                            [
                                "MHI-0044815",
                                "Eberhardt, Walter",
                                "milrinone",
                                "CADD-S-7718420",
                                "Medicare B",
                            ],
                            ["MHI-0045102", "Torvik, Janelle", "IVIG", "", "Midwest Care Alliance"],
                            [
                                "MHI-0045330",
                                "Hollis, Dwayne",
                                "TPN + vancomycin",
                                "CURLIN-6000-55219",
                                "BCBSIL",
                            ],
                        ],
                        "Nursing": [
                            ["MRN", "Visit day", "RN"],
                            ["MHI-0044815", "Mon/Thu", "C. Marsh"],
                            ["MHI-0045102", "q4wk Fri", "C. Marsh"],
                            ["MHI-0045330", "Tue", "D. Akhtar"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medicare_mbi_pa_pdf",
        notes="Hard positive: one-line body; MBI, name, heart-failure diagnosis and inotrope order "
        "are in the PDF.",
        frm=f"Reimbursement <reimbursement@{MHI}>",
        to="dmedocs@cgs-medicare-dme.com",
        subject="ADR response - claim 22026310448120",
        body="ADR response documentation attached (4 pages in one PDF).\n\nReimbursement" + SIG,
        atts=(
            Att(
                "ADR_22026310448120.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN HOME INFUSION - ADR RESPONSE",
                        "Beneficiary: Walter Eberhardt   MBI: 3QW7-HN2-KD58",
                        "DOB: 10/04/1949",
                        "HCPCS E0781 ambulatory infusion pump; J2260 milrinone",
                        "Dx: I50.22 chronic systolic heart failure, NYHA class IV",
                        "Order: milrinone 0.375 mcg/kg/min continuous, Dr. Anil Prasad",
                        "Right heart cath 08/2026: CI 1.7 on no inotrope",
                    ],
                    "ADR response",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="device_complaint_txt",
        notes="Hard positive: pump complaint to the manufacturer with serial number, patient "
        "initials, age, occlusion event and drug.",
        frm=f"Pharmacy QA <qa@{MHI}>",
        to="complaints@curlinmedical-support.com",
        subject="Complaint CSR-11873 - device details",
        body="Device and event details attached as requested by your complaint line.\n\nQA",
        atts=(
            Att(
                "CSR-11873_details.txt",
                "text/plain",
                "Device: Curlin 6000 CMS  SN 55219\nUser facility: Meridian Home Infusion, "
                "Joliet IL\nPatient: D.H., 71 y/o male, home TPN and vancomycin via PICC\n"
                "Event 11/07/2026 02:10: repeated downstream occlusion alarms, 4 h of TPN not "
                "delivered; patient found glucose 58 mg/dL at nurse visit, treated, no "
                "hospitalization.\nDevice returned 11/09 with tubing set lot 26K0412.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="opat_labs_zip",
        notes="Weekly OPAT labs (names, DOBs, troughs) zipped for the ID physician.",
        frm=f"Clinical Pharmacist <rxclinical@{MHI}>",
        to="idclinic@stanselmcommunity.org",
        subject="OPAT weekly labs - Dr. Banerjee",
        body=(
            "Dr. Banerjee,\n\nWeekly labs for your three OPAT patients attached. Mr. Hollis's "
            "trough is climbing; we held tonight's dose and will redraw.\n\nSuresh Pillai, PharmD"
            + SIG
        ),
        atts=(
            Att(
                "opat_labs_1109.zip", "application/zip", zipped({"opat_labs_1109.csv": _OPAT_LABS})
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted_zip_delivery_tickets",
        notes="Password-protected zip of delivery tickets; the body names the TPN and antibiotic "
        "patients.",
        frm=f"Warehouse <warehouse@{MHI}>",
        to="billing@meridianhi-billingpartners.com",
        subject="Signed delivery tickets 11/10",
        body=(
            "Signed tickets for Hollis (TPN) and Ortega (ceftriaxone) attached. Password comes "
            "in a separate email per policy.\n\nWarehouse"
        ),
        atts=(
            Att(
                "tickets_1110.zip",
                "application/zip",
                encrypted_zip({"tickets_1110.txt": _TICKETS}, "Mhi!Nov1110"),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="refill_reminder_html",
        notes="HTML-only refill reminder naming the product, dose and patient.",
        frm=f"Meridian Home Infusion <noreply@{MHI}>",
        to="quoc.pham83@yahoo.com",
        subject="Time to schedule your next shipment",
        body="",
        html=(
            "<html><body><p>Hello Quoc Pham,</p><p>It's time to schedule your next shipment of "
            "<b>daptomycin 600 mg</b> and flush supplies for your PICC line. Your therapy is "
            "scheduled through 12/01/2026 per Dr. Banerjee.</p><p><a href='https://"
            "portal.meridianhomeinfusion.com/refill'>Confirm delivery</a> or call 888-555-0172."
            "</p></body></html>"
        ),
    ),
]

MESSAGES += [
    Spec(
        phi=False,
        category="heparin_flush_shortage",
        notes="Hard negative: heparin lock flush shortage and substitution guidance.",
        frm=f"Pharmacy Operations <rxops@{MHI}>",
        to=f"nursing@{MHI}",
        subject="Heparin 100 units/mL flush - allocation",
        body=(
            "We are on allocation for heparin 100 units/mL 5 mL syringes through December.\n\n"
            "- Use 10 units/mL for peripheral lines and midlines\n- Reserve 100 units/mL for "
            "implanted ports and hemodialysis-type catheters\n- Patients with a heparin allergy "
            "or HIT history stay on saline-only locks (no change)\n\nRx Ops"
        ),
    ),
    Spec(
        phi=False,
        category="nurse_oncall_schedule",
        notes="Hard negative: nurse on-call schedule with staff names and cell numbers.",
        frm=f"Nursing Supervisor <rnsupervisor@{MHI}>",
        to=f"nursing@{MHI}",
        subject="Thanksgiving week on-call",
        body=(
            "On-call RNs:\n  Mon 11/23  Colleen Marsh     815-555-0138\n  Tue 11/24  Dilnoza "
            "Akhtar    815-555-0152\n  Wed 11/25  Patrick Oduya     815-555-0161\n  Thu 11/26  "
            "Colleen Marsh (holiday pay)\n  Fri 11/27  Mei-Ling Ko       815-555-0174\n\nSwap "
            "requests to me by Friday.\n\nTeresa"
        ),
    ),
    Spec(
        phi=False,
        category="usp797_audit_summary",
        notes="USP <797> cleanroom audit summary; environmental results, no patients.",
        frm=f"Pharmacist in Charge <pic@{MHI}>",
        to=f"leadership@{MHI}",
        subject="USP 797 semi-annual certification results",
        body=(
            "Cleanroom certification 11/06: ISO 7 buffer room and ISO 8 anteroom passed. Two "
            "viable air samples in the anteroom grew Micrococcus (action level not reached). "
            "Gloved fingertip testing: 14/14 compounders passed. Next certification May 2027.\n\n"
            f"Pharmacy license 054.019922, DEA {PHARMACY_DEA}, PIC NPI: {PIC_NPI}\n\nSuresh Pillai"
            ", PharmD, PIC"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_pump_serials",
        notes="Hard negative: pump purchase invoice listing serial numbers not assigned to anyone.",
        frm=f"Purchasing <purchasing@{MHI}>",
        to="ar@curlinmedical-support.com",
        subject="Invoice 88120 discrepancy",
        body=(
            "Invoice 88120 bills 12 Curlin 6000 CMS pumps but we received 10. Serials received:"
            "\n55301-55308, 55311, 55314\n\nPlease issue a credit for two units ($3,180.00) or "
            "ship the missing serials. PO 2026-4471.\n\nPurchasing"
        ),
    ),
    Spec(
        phi=False,
        category="referral_marketing",
        notes="Hard negative: referral-source marketing listing therapies and conditions served.",
        frm=f"Ashley Brennan <abrennan@{MHI}>",
        to="casemanagement@silvercrossrehab.org",
        subject="Home infusion options for your discharges",
        body="",
        html=(
            "<html><body><p>Hi case management team,</p><p>Meridian now takes same-day referrals"
            " for:</p><ul><li>OPAT antibiotics (vancomycin, daptomycin, ertapenem)</li><li>IVIG "
            "and SCIG for CIDP and primary immunodeficiency</li><li>Inotropes for advanced heart "
            "failure</li><li>TPN</li></ul><p>Fax referrals to 888-555-0179. Happy to do a lunch "
            "in-service for your team.</p><p>Ashley Brennan, Clinical Liaison</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic_fhir_test_patient",
        notes="Hard negative: FHIR Patient tagged HTEST 'Infusion Testpatient' for interface "
        "testing.",
        frm=f"IT Integrations <integrations@{MHI}>",
        to="interfaces@stanselmcommunity.org",
        subject="Test payload for the referral API",
        body=(
            "Sample payload for the referral API test. This is a synthetic test patient "
            "(meta tag HTEST), not a real person. Expect a 201 with a Location header.\n\n"
            "Integrations"
        ),
        atts=(Att("test_patient.json", "application/fhir+json", _TEST_FHIR),),
    ),
    Spec(
        phi=False,
        category="clabsi_quality_dashboard",
        notes="Aggregate CLABSI and readmission rates for the quarter.",
        frm=f"Quality <quality@{MHI}>",
        to=f"leadership@{MHI}",
        subject="Q3 quality dashboard",
        body=(
            "Q3 2026 (all branches):\n- CLABSI: 0.21 per 1,000 catheter days (2 events / 9,410 "
            "days)\n- Unplanned 30-day readmissions, OPAT: 11.8%\n- Missed deliveries: 3 of "
            "4,882\n- Patient satisfaction (HHCAHPS-style): 92% top box\n\nQuality"
        ),
    ),
    Spec(
        phi=False,
        category="staff_inservice_ics",
        notes="Calendar invite for a staff pump in-service.",
        frm=f"Clinical Education <education@{MHI}>",
        to=f"nursing@{MHI}",
        subject="In-service: CADD-Solis programming",
        body="Mandatory for field RNs. Bring your pump key.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mhi-edu-1118@meridianhomeinfusion.com\r\n"
            "DTSTAMP:20261110T160000Z\r\nDTSTART:20261118T140000Z\r\nDTEND:20261118T160000Z\r\n"
            "SUMMARY:In-service: CADD-Solis programming and occlusion troubleshooting\r\n"
            "LOCATION:Joliet branch training room\r\n"
            "ORGANIZER:mailto:education@meridianhomeinfusion.com\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff_flu_vaccine_compliance",
        notes="Hard negative: staff flu vaccination compliance by branch (aggregates, "
        "exemptions counted).",
        frm=f"Employee Health <employeehealth@{MHI}>",
        to=f"managers@{MHI}",
        subject="Staff flu vaccine compliance - 2 weeks left",
        body=(
            "Compliance as of today: Joliet 91% (4 outstanding), Rockford 84% (7), Naperville "
            "97% (1). Medical and religious exemptions approved: 5 total. Anyone not vaccinated "
            "or exempt by 11/30 must mask in patient homes.\n\nEmployee Health"
        ),
    ),
    Spec(
        phi=False,
        category="patient_education_handout_rtf",
        notes="Generic PICC care handout (RTF) for the patient education library; no patient.",
        frm=f"Clinical Education <education@{MHI}>",
        to="marketing@meridianhi-print.com",
        subject="Print file: PICC care handout v4",
        body="Final text for the PICC handout attached. 500 copies, same stock as last time.\n",
        atts=(
            Att(
                "PICC_care_v4.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 "
                "{\\b Caring for your PICC line at home}\\par "
                "Keep the dressing clean and dry. Cover it with plastic when you shower.\\par "
                "Call us right away for fever over 100.4 F, redness, swelling or pain in the arm."
                "\\par Never use scissors near the line.\\par 24/7 line: 888-555-0172\\par }",
            ),
        ),
    ),
]
