"""TeleMD Connect outbound mail: 18 with PHI, 18 without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import QC, TMD, UHP, Att, Spec

_FOOT = (
    "\n\nTeleMD Connect | Care from anywhere\n"
    "Confidential: intended only for the addressee. If you received this in error, delete it and "
    "notify the sender.\n"
)

_RPM_CSV = (
    "patient,dob,device_serial,reading_time,systolic,diastolic,pulse,flag\r\n"
    "Adeyemi Olusegun,1958-04-19,OMR-HEM7361-22A81094,2026-11-07 07:12,168,98,81,HIGH\r\n"
    "Adeyemi Olusegun,1958-04-19,OMR-HEM7361-22A81094,2026-11-08 07:05,174,101,84,HIGH\r\n"
    "Adeyemi Olusegun,1958-04-19,OMR-HEM7361-22A81094,2026-11-09 06:58,181,104,88,CRITICAL\r\n"
)

_FHIR_PA = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "tmd-pt-40918",
      "name": [{"family": "Brennan", "given": ["Mairead"]}], "birthDate": "1984-12-03",
      "identifier": [{"system": "https://unityhealthplan.com/member-id", "value": "U80691127"}]}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/tmd-pt-40918"},
      "medicationCodeableConcept": {"text": "lisdexamfetamine 30 mg capsule"},
      "reasonCode": [{"coding": [
        {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F90.0"}]}],
      "dosageInstruction": [{"text": "1 capsule by mouth every morning"}]}}
  ]
}
"""

_TEST_FHIR = """{
  "resourceType": "Patient",
  "id": "sandbox-test-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Sandbox"]}],
  "birthDate": "1900-01-01",
  "identifier": [{"system": "https://telemdconnect.com/sandbox", "value": "TEST-0001"}]
}
"""

_RPM_BILLING_XLSX = xlsx(
    {
        "99454 device supply": [
            ["MRN", "Patient", "Program", "Days transmitted", "CPT", "Units"],
            ["TMD-208817", "Oduya, Wendell", "COPD pulse-ox RPM", 27, "99454", 1],
            ["TMD-210443", "Adeyemi, Olusegun", "Hypertension RPM", 30, "99454", 1],
            ["TMD-211902", "Sandoval, Lupe", "CHF weight RPM", 22, "99454", 1],
        ],
        "99457 mgmt minutes": [
            ["MRN", "Patient", "Minutes", "CPT", "Units"],
            ["TMD-208817", "Oduya, Wendell", 34, "99457", 1],
            ["TMD-210443", "Adeyemi, Olusegun", 48, "99457+99458", 2],
        ],
    }
)

_LAB_REQ_PDF = pdf(
    [
        "TELEMD CONNECT - Outpatient Lab Requisition",
        "Patient: Ingrid Halvorsen     DOB: 08/14/1969     Phone: 319-555-0192",
        "Insurance: Unity Health Plan, member U80734419",
        "Ordering: Dr. Naveen Kothari, internal medicine",
        "Tests: TSH with reflex free T4; lipid panel; hemoglobin A1c",
        "Dx: E03.9 hypothyroidism, E78.5 hyperlipidemia",
        "Fasting 10 hours. Draw by 11/20/2026.",
    ],
    "Lab Requisition",
)

_NOTES_ZIP = zipped(
    {
        "visit_2026-09-14.txt": (
            "Patient: Rowan Castellano-Pike  DOB 11/30/1992  MRN TMD-199230\r\n"
            "Video visit. Chest tightness 2 days, no exertional pattern. Advised ED if worse.\r\n"
        ),
        "visit_2026-09-16.txt": (
            "Patient: Rowan Castellano-Pike  MRN TMD-199230\r\n"
            "Seen at ED 9/15: NSTEMI, cath with stent to LAD. Follow-up only.\r\n"
        ),
    }
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>TeleMD Connect Referral Note</title>
  <recordTarget><patientRole>
    <id extension="TMD-214076" root="2.16.840.1.113883.3.9902.1"/>
    <telecom value="tel:+1-309-555-0161"/>
    <patient><name><given>Dimitri</given><family>Kalogeropoulos</family></name>
      <birthTime value="19710622"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for referral</title>
      <text>Palpitations with home ECG patch showing paroxysmal atrial fibrillation (I48.0).
        Started apixaban 5 mg BID and metoprolol 25 mg BID.
        Needs in-person cardiology within 2 weeks.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_LICENSE_XLSX = xlsx(
    {
        "Licenses": [
            ["Clinician", "Specialty", "State", "License #", "Expires"],
            ["Naveen Kothari, MD", "Internal medicine", "IA", "MD-44190", "2027-10-31"],
            ["Naveen Kothari, MD", "Internal medicine", "IL", "036.148802", "2027-07-31"],
            ["Grace Abernethy, PMHNP", "Psychiatry", "IA", "ARNP-F118", "2027-03-15"],
            ["Tomas Rehak, MD", "Dermatology", "MN", "71562", "2027-12-31"],
        ],
        "Compact": [
            ["Clinician", "IMLC LOQ issued", "States added 2026"],
            ["Naveen Kothari, MD", "2025-02-11", "WI, NE"],
            ["Tomas Rehak, MD", "2024-09-30", "IA"],
        ],
    }
)

_PROTOCOL_DOCX = docx(
    [
        "TeleMD Connect Clinical Protocol CP-07: Hypertension Remote Monitoring",
        "Eligibility: adults with uncontrolled hypertension (two office BP >= 140/90).",
        "Alert thresholds: SBP >= 180 or DBP >= 110 - nurse call within 1 hour; SBP < 90 - call "
        "same day.",
        "Titration: add or increase amlodipine, then lisinopril or losartan, per algorithm B.",
        "Billing: 99453 once, 99454 with 16+ days of readings, 99457 for the first 20 minutes.",
        "Owner: Dr. Naveen Kothari, Medical Director. Reviewed November 2026.",
    ]
)

_PM_TXT = (
    "Postmortem 2026-11-05 video degradation\r\n"
    "14:02 TURN relay cert expired; clients behind symmetric NAT fail ICE\r\n"
    "14:09 on-call paged by synthetic check\r\n14:31 renewed cert deployed\r\n"
    "14:41 error rate back to baseline (0.3%)\r\n"
    "Impact: 312 visits affected; 287 converted to phone; 25 rescheduled\r\n"
)

_DEID_ZIP = zipped(
    {
        "README.txt": "De-identified per 45 CFR 164.514(b)(2). No dates, no geography below "
        "state.\r\n",
        "sample.csv": (
            "row,age_band,sex,state,baseline_sbp,sbp_day90,meds_count,adherence_pct\r\n"
            "1,55-59,M,IA,162,138,2,91\r\n2,70-74,F,IL,171,149,3,78\r\n"
            "3,45-49,F,IA,154,131,1,88\r\n"
        ),
    }
)

_UTIL_PDF = pdf(
    [
        "TELEMD CONNECT - Unity Health Plan utilization, Q3 2026",
        "Virtual urgent care visits: 6,418 (up 12%)",
        "Behavioral health visits: 2,207; median wait to first visit 4 days",
        "Top reasons: URI 1,344; UTI 702; anxiety/depression 655; rash 411",
        "ED diversion (self-reported intent): 38%",
        "RPM enrollees end of quarter: 912 (hypertension 601, CHF 188, COPD 123)",
    ],
    "Q3 utilization",
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="e-prescribing pharmacy clarification",
        notes="Pharmacy clarification with patient name, DOB and sertraline dose change.",
        frm=f"Grace Abernethy PMHNP <gabernethy@{TMD}>",
        to="rx@hyveepharmacy-coralville.com",
        subject="Rx clarification - sertraline",
        body=(
            "Hello,\n\nRegarding the eRx sent 11/09 for Olivia Martensen (DOB 05/17/1998): the "
            "correct dose is sertraline 100 mg daily, not 50 mg - please cancel the 50 mg script. "
            "Patient is aware.\n\nGrace Abernethy, PMHNP-BC\nTeleMD Connect Behavioral Health"
            + _FOOT
        ),
    ),
    Spec(
        phi=True,
        category="RPM readings CSV to PCP",
        notes=(
            "RPM blood pressure readings CSV with patient name, DOB and device serial; body "
            "names the patient and the escalation."
        ),
        frm=f"RPM Nursing <rpm@{TMD}>",
        to="nurse@northparkfamilymed.com",
        subject="RPM escalation - Mr. Adeyemi",
        body=(
            "Hi, this is the TeleMD RPM nurse. Mr. Olusegun Adeyemi's home BP has been climbing "
            "three days in a row, 181/104 this morning, no chest pain or headache. He ran out of "
            "amlodipine last week. Readings attached; please refill and advise.\n\nKim Lanh Do, RN"
            + _FOOT
        ),
        atts=(Att("adeyemi_bp_readings_1107-1109.csv", "text/csv", _RPM_CSV),),
    ),
    Spec(
        phi=True,
        category="visit summary HTML-only to patient",
        notes=(
            "HTML-only visit summary to a patient's gmail with name, diagnosis, prescription "
            "and pharmacy."
        ),
        frm=f"TeleMD Connect <visits@{TMD}>",
        to="harper.lindgren09@gmail.com",
        subject="Your visit summary",
        body="",
        html=(
            "<html><body><p>Hi Harper Lindgren,</p><p>Thanks for your video visit with Dr. Naveen "
            "Kothari on November 9, 2026.</p><table border='1'><tr><td>Diagnosis</td><td>Acute "
            "sinusitis (J01.90)</td></tr><tr><td>Prescription</td><td>amoxicillin-clavulanate 875 "
            "mg "
            "twice daily for 7 days</td></tr><tr><td>Sent to</td><td>Walgreens, 2nd St "
            "Coralville</td>"
            "</tr></table><p>Visit ID V-26-8830194</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="referral letter to cardiology",
        notes="Provider-to-provider referral with patient name, DOB, A-fib and anticoagulation.",
        frm=f"Dr. Naveen Kothari <nkothari@{TMD}>",
        to="referrals@heartlandcardiology.com",
        subject="Referral - new AF on apixaban",
        body=(
            "Dear colleagues,\n\nReferring Dimitri Kalogeropoulos, DOB 06/22/1971, phone "
            "309-555-0161, Unity Medicare Advantage MBI 3TC9-PA4-XD18, for in-person evaluation "
            "of newly detected paroxysmal atrial fibrillation "
            "on a home ECG patch. CHA2DS2-VASc 1 (HTN). Started apixaban 5 mg BID and metoprolol "
            "25 mg BID on 11/08. C-CDA referral note attached.\n\nNaveen Kothari, MD" + _FOOT
        ),
        atts=(Att("referral_TMD-214076.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="RPM device shipment to logistics vendor",
        notes=(
            "Hard positive: shipping request with patient name, home address, device serial and "
            "enrolment in a hypertension monitoring program."
        ),
        frm=f"RPM Operations <rpmops@{TMD}>",
        to="orders@shipfastlogistics.com",
        subject="Replacement cuff - ship 2-day",
        body=(
            "Please ship a replacement cuff (serial OMR-HEM7361-22A81377) 2-day to:\n\n"
            "Olusegun Adeyemi\n4417 Larkspur Ln\nMoline, IL 61265\n309-555-0126\n\n"
            "Hypertension RPM program - old cuff serial 22A81094 has a cracked bladder; include a "
            "return label.\n\nThanks,\nRPM Ops"
        ),
    ),
    Spec(
        phi=True,
        category="virtual visit ICS invite to patient",
        notes=(
            "Hard positive: ICS invite to a patient's outlook mailbox with name and 'ADHD "
            "medication check' in the summary."
        ),
        frm=f"TeleMD Scheduling <schedule@{TMD}>",
        to="mairead.brennan@outlook.com",
        subject="Your upcoming video visit",
        body=(
            "Your appointment details are in the attached invite. Join 5 minutes early from the "
            "link.\n"
        )
        + _FOOT,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TeleMD Connect//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:v-26-8830551@telemdconnect.com\r\nDTSTAMP:20261109T160000Z\r\n"
            "DTSTART:20261118T220000Z\r\nDTEND:20261118T222000Z\r\n"
            "SUMMARY:Mairead Brennan - ADHD medication check with Grace Abernethy PMHNP\r\n"
            "DESCRIPTION:Video visit. Please have your Vyvanse bottle and a recent weight.\\n"
            "https://telemdconnect.com/join/v-26-8830551\r\n"
            "ORGANIZER:mailto:schedule@telemdconnect.com\r\n"
            "ATTENDEE:mailto:mairead.brennan@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR prior auth bundle to health plan",
        notes=(
            "Hard positive: FHIR Patient + MedicationRequest (name, DOB, member id, stimulant, "
            "ADHD code) attached; body only cites a ticket."
        ),
        frm=f"TeleMD Prior Auth <priorauth@{TMD}>",
        to=f"pa-intake@{UHP}",
        subject="PA submission - ticket PA-88120",
        body=(
            "Submission for ticket PA-88120 attached in FHIR format per the pilot spec.\n\n"
            "TeleMD Prior Auth Team"
        )
        + _FOOT,
        atts=(Att("PA-88120.json", "application/fhir+json", _FHIR_PA),),
    ),
    Spec(
        phi=True,
        category="therapy reminder to parent (quiet)",
        notes=(
            "Hard positive: a child's first name and a rescheduled therapy session to the "
            "mother's yahoo mailbox."
        ),
        frm=f"Dr. Elena Marchetti <emarchetti@{TMD}>",
        to="valvarez.fam@yahoo.com",
        subject="Wednesday",
        body=(
            "Hi Mrs. Alvarez,\n\nQuick note - I need to move Sofia's session this week to "
            "Wednesday "
            "at 4:00 instead of Tuesday. Same link as always. She mentioned the panic attacks at "
            "school were less frequent, which is great to hear.\n\nDr. Marchetti"
        ),
    ),
    Spec(
        phi=True,
        category="initials DOB BP alert to urgent care",
        notes=(
            "Hard positive: only initials plus DOB with a critical BP and non-adherence, asking "
            "an urgent care to see the patient."
        ),
        frm=f"RPM Nursing <rpm@{TMD}>",
        to=f"bettendorf@{QC}",
        subject="Walk-in heads up",
        body=(
            "Hi Bettendorf team,\n\nPt R.B., DOB 3/14/1961, one of our RPM patients, hasn't "
            "transmitted in 5 days and on a call just now reported BP 178/102 at a pharmacy kiosk "
            "with a headache. He is coming to you in the next hour. He stopped his lisinopril "
            "because of a cough.\n\nKim Lanh Do, RN, TeleMD RPM"
        ),
    ),
    Spec(
        phi=True,
        category="RPM billing workbook to billing vendor",
        notes=(
            "Hard positive: two-sheet XLSX of patients with MRN, program (COPD/CHF/HTN) and RPM "
            "CPT units; body is a cover note."
        ),
        frm=f"Revenue Cycle <rcm@{TMD}>",
        to="clients@ledgerlinebilling.com",
        subject="October RPM batch",
        body=(
            "October RPM batch attached, 2 tabs. Please hold Sandoval until the consent date is "
            "confirmed.\n\nRCM"
        )
        + _FOOT,
        atts=(Att("RPM_Oct2026_batch.xlsx", XLSX, _RPM_BILLING_XLSX),),
    ),
    Spec(
        phi=True,
        category="subject-only PHQ-9 score",
        notes="Hard positive: patient name and PHQ-9 score only in the subject; body says 'noted'.",
        frm=f"Grace Abernethy PMHNP <gabernethy@{TMD}>",
        to="bhconsult@northparkfamilymed.com",
        subject="Re: Fatima Haddad - PHQ-9 19, item 9 positive",
        body="Noted, thank you. I'll reach out to her today.\n\nGrace",
    ),
    Spec(
        phi=True,
        category="forwarded thread with husband",
        notes=(
            "Hard positive: the husband's gmail reply is quoted in a forwarded thread about his "
            "wife's migraine medication."
        ),
        frm=f"Care Team <careteam@{TMD}>",
        to="jon.pellegrino@gmail.com",
        subject="Re: Re: Lena's new medicine",
        body=(
            "Hi Jon,\n\nDr. Kothari says Lena can take the sumatriptan with her sertraline but to "
            "stop and call if she gets confusion, fever or muscle twitching. Max 2 doses in 24 "
            "hours.\n\n"
            "TeleMD Care Team\n\n> From: Jon Pellegrino\n> My wife Lena got Imitrex for her "
            "migraines "
            "after her visit yesterday, but she also takes Zoloft. Is that safe together?\n"
        ),
    ),
    Spec(
        phi=True,
        category="lab requisition PDF to lab",
        notes=(
            "Hard positive: PHI only in the attached lab requisition PDF (name, DOB, member id, "
            "thyroid/lipid dx)."
        ),
        frm=f"TeleMD Orders <orders@{TMD}>",
        to="outreach@iowalabservices.com",
        subject="Requisition for mobile draw",
        body=(
            "Please schedule the mobile draw for the attached requisition this week.\n\nTeleMD "
            "Orders"
        )
        + _FOOT,
        atts=(Att("req_20261109_0441.pdf", "application/pdf", _LAB_REQ_PDF),),
    ),
    Spec(
        phi=True,
        category="buprenorphine transfer to pharmacy (Part 2)",
        notes=(
            "Transfer of a buprenorphine prescription for opioid use disorder with patient name "
            "and DOB."
        ),
        frm=f"Dr. Naveen Kothari <nkothari@{TMD}>",
        to="pharmacist@valleydrugdavenport.com",
        subject="Transfer request - buprenorphine/naloxone",
        body=(
            "Pharmacist,\n\nPer patient consent, please transfer the remaining refills of "
            "buprenorphine/naloxone 8-2 mg films (1 BID) for Caleb Stroud, DOB 09/02/1990, to "
            "Hy-Vee Bettendorf; he moved. This is part of his OUD treatment with us. New EPCS "
            "script will follow for December.\n\nNaveen Kothari, MD, DEA AT5781352" + _FOOT
        ),
    ),
    Spec(
        phi=True,
        category="visit notes zip to malpractice carrier",
        notes=(
            "Hard positive: PHI only in a zip of TXT visit notes (name, DOB, MRN, NSTEMI) sent "
            "for a claim review."
        ),
        frm=f"Risk Management <risk@{TMD}>",
        to="claims@physiciansmutualins.com",
        subject="Notice of potential claim - records",
        body=(
            "Records for notice NPC-2611-02 attached as discussed. Please treat as "
            "confidential.\n\nHelena Strand\nRisk Manager"
        )
        + _FOOT,
        atts=(Att("NPC-2611-02.zip", "application/zip", _NOTES_ZIP),),
    ),
    Spec(
        phi=True,
        category="C-CDA referral to PCP (attachment)",
        notes=(
            "Hard positive: neutral body; the C-CDA carries name, DOB, phone, MRN, atrial "
            "fibrillation and medications."
        ),
        frm=f"TeleMD Care Coordination <coordination@{TMD}>",
        to="frontdesk@northparkfamilymed.com",
        subject="Referral note for your records",
        body="Attached for your records, no action needed unless you are not the PCP of record.\n"
        + _FOOT,
        atts=(Att("ref_note.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="interpreter request",
        notes=(
            "Interpreter request with patient name, language, appointment time and diabetes "
            "follow-up."
        ),
        frm=f"TeleMD Scheduling <schedule@{TMD}>",
        to="requests@languagelinkpartners.com",
        subject="Vietnamese interpreter 11/19 10:00 CT",
        body=(
            "Please add a Vietnamese video interpreter for Mr. Vo Van Thanh, diabetes follow-up "
            "with "
            "Dr. Kothari, 11/19 at 10:00 CT, 20 minutes. He prefers a male interpreter.\n\n"
            "Scheduling" + _FOOT
        ),
    ),
    Spec(
        phi=True,
        category="tech support with patient IP and visit link",
        notes=(
            "Hard positive: support escalation with the patient's name, IP address, visit URL "
            "and that it was a dermatology visit."
        ),
        frm=f"Support <support@{TMD}>",
        to="escalations@vidstreamcloud.io",
        subject="Video drop escalation #44102",
        body=(
            "Vendor team,\n\nCall drops at 00:03:10 every time. Patient Jonah Weiss, joining from "
            "IP 73.184.22.19 on Safari 17, link https://telemdconnect.com/join/v-26-8830402 "
            "(dermatology visit for a changing mole). Logs attached to the ticket in your "
            "portal.\n\n"
            "Support Tier 2"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="clinician onboarding with NPI DEA",
        notes=(
            "Hard negative: credentialing packet for a new psychiatrist with NPI, DEA and "
            "license states."
        ),
        frm=f"Credentialing <credentialing@{TMD}>",
        to=f"credentialing@{UHP}",
        subject="New clinician: Dr. Tomas Rehak",
        body=(
            "Hello,\n\nPlease add Tomas Rehak, MD (dermatology) to our delegated roster effective "
            "12/1. NPI 1829490410, DEA BN1181306, licensed in IA, MN, WI. Board certified ABD "
            "2015. "
            "Telehealth only.\n\nTeleMD Credentialing" + _FOOT
        ),
    ),
    Spec(
        phi=False,
        category="platform release notes",
        notes="Product release notes about e-prescribing and RPM dashboard features.",
        frm=f"TeleMD Product <product@{TMD}>",
        to="customers@lists.telemdconnect.com",
        subject="Release 26.11: EPCS on iPad, new RPM dashboard",
        body=(
            "What's new in 26.11:\n- EPCS signing with Face ID on iPad\n- RPM dashboard groups "
            "alerts "
            "by severity\n- Interpreter can be added mid-visit\n- Fixed: PDMP query timeout in IL\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate utilization report PDF",
        notes=(
            "Hard negative: quarterly telehealth utilization PDF for the health plan with "
            "condition counts; no individuals."
        ),
        frm=f"Account Management <accounts@{TMD}>",
        to=f"vendor-oversight@{UHP}",
        subject="Q3 utilization report",
        body=(
            "Hi Naomi, Q3 report attached. Behavioral health wait times improved to 4 days "
            "median.\n\nErin Cho"
        )
        + _FOOT,
        atts=(Att("UHP_Q3_2026_utilization.pdf", "application/pdf", _UTIL_PDF),),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR sandbox patient",
        notes=(
            "Hard negative: FHIR Patient resource clearly tagged HTEST/sandbox with a fake name "
            "and 1900 birth date."
        ),
        frm=f"Integrations <integrations@{TMD}>",
        to=f"sekdahl@{UHP}",
        subject="Sandbox test patient for the eligibility API",
        body=(
            "Soren,\n\nUse this sandbox patient (HTEST tag, TEST-0001) when you retest the "
            "eligibility call; it only exists in sandbox.telemdconnect.com.\n\nPriyanka" + _FOOT
        ),
        atts=(Att("sandbox_patient.json", "application/fhir+json", _TEST_FHIR),),
    ),
    Spec(
        phi=False,
        category="clinician licensure tracker",
        notes=(
            "Hard negative: multi-sheet XLSX of clinician licenses and compact status; "
            "workforce data only."
        ),
        frm=f"Credentialing <credentialing@{TMD}>",
        to="licensing@medboardservices.com",
        subject="License tracker for renewal quote",
        body=(
            "Attached is our current tracker for the renewal-management quote.\n\nTeleMD "
            "Credentialing"
        )
        + _FOOT,
        atts=(Att("license_tracker_Nov2026.xlsx", XLSX, _LICENSE_XLSX),),
    ),
    Spec(
        phi=False,
        category="outage postmortem",
        notes=(
            "Hard negative: incident postmortem counting affected visits and prescriptions in "
            "aggregate."
        ),
        frm=f"TeleMD Engineering <status@{TMD}>",
        to=f"it-partners@{UHP}",
        subject="Postmortem: video outage 11/05",
        body=(
            "Summary: video service degraded 11/05 14:02-14:41 CT after a TURN server certificate "
            "expired. 312 visits affected, 287 completed by phone, 25 rescheduled. No "
            "e-prescriptions "
            "lost. Action items: cert expiry alerts at 30/7/1 days.\n\nTeleMD SRE"
        ),
        atts=(Att("postmortem_2026-11-05.txt", "text/plain", _PM_TXT),),
    ),
    Spec(
        phi=False,
        category="employer marketing virtual mental health",
        notes="Marketing to an employer about a virtual mental health benefit; no individuals.",
        frm=f"Erin Cho <echo@{TMD}>",
        to="benefits@rivertonlogistics.com",
        subject="Virtual mental health for your drivers",
        body=(
            "Hi Shelby,\n\nMany of your drivers can't make a 2pm appointment. Our employer plan "
            "offers "
            "therapy and psychiatry by video 7am-11pm, $0 copay, 4-day median wait. Happy to share "
            "our outcomes deck.\n\nErin Cho\nEmployer Partnerships" + _FOOT
        ),
    ),
    Spec(
        phi=False,
        category="webinar agenda",
        notes="Hard negative: webinar invitation on RPM for heart failure with clinician speakers.",
        frm=f"TeleMD Events <events@{TMD}>",
        to="members@iowahospitalassoc.org",
        subject="Webinar: RPM for heart failure - lessons from 900 patients",
        body=(
            "Join Dr. Naveen Kothari and Kim Lanh Do, RN on Dec 3 at noon CT. Topics: weight-gain "
            "alert thresholds, diuretic titration protocols, reducing 30-day readmissions. "
            "Register: "
            "telemdconnect.com/webinars\n"
        ),
    ),
    Spec(
        phi=False,
        category="services invoice to health plan",
        notes=(
            "Hard negative: invoice with visit counts and PMPM fees; invoice number shaped like "
            "an ID."
        ),
        frm=f"Accounts Receivable <ar@{TMD}>",
        to=f"ap@{UHP}",
        subject="Invoice TMD-2026-1011",
        body=(
            "Invoice TMD-2026-1011 for October 2026\nPMPM platform fee: 148,220 members x $0.42 = "
            "$62,252.40\nVirtual visits: 2,231 x $39 = $87,009.00\nRPM enrollees: 902 x $42 = "
            "$37,884.00\nTotal due net 30: $187,145.40\n" + _FOOT
        ),
    ),
    Spec(
        phi=False,
        category="phishing awareness",
        notes="Security awareness notice to staff.",
        frm=f"TeleMD Security <security@{TMD}>",
        to=f"everyone@{TMD}",
        subject="Phishing test results + reminder",
        body=(
            "October phishing test: 7% click rate (down from 11%). Reminder: we will never ask "
            "for your "
            "EPCS token code by email or phone. Report suspicious mail with the Report button.\n"
        ),
    ),
    Spec(
        phi=False,
        category="EPCS prescriber audit",
        notes=(
            "Hard negative: EPCS access audit listing prescribers with DEA numbers and token "
            "status."
        ),
        frm=f"TeleMD Compliance <compliance@{TMD}>",
        to="auditor@drummondcertifications.com",
        subject="EPCS logical access control review",
        body=(
            "As requested for the annual EPCS audit, current prescribers with EPCS access:\n"
            "Naveen Kothari, MD - DEA AT5781352 - token verified 10/02\n"
            "Tomas Rehak, MD - DEA BN1181306 - pending\n"
            "Two-person access approval logs are in the shared folder.\n\nCompliance" + _FOOT
        ),
    ),
    Spec(
        phi=False,
        category="device purchase order",
        notes=(
            "Hard negative: BP cuff purchase with a serial number range; devices not assigned "
            "to anyone."
        ),
        frm=f"RPM Operations <rpmops@{TMD}>",
        to="sales@omronhealthcare-b2b.com",
        subject="PO 26-0917: 500 cellular BP cuffs",
        body=(
            "Please confirm PO 26-0917: 500 x HEM-7361 cellular, serial block 22A81500-22A81999, "
            "ship "
            "to our Davenport warehouse. Need delivery before 12/15 for the January cohort.\n\n"
            "RPM Ops"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified dataset description",
        notes=(
            "Hard negative: description of a de-identified RPM dataset for an academic partner; "
            "no identifiers."
        ),
        frm=f"Data Science <datascience@{TMD}>",
        to="rpm-study@augustana.edu",
        subject="Dataset description v2",
        body=(
            "Dr. Hoang,\n\nv2 of the dataset: 1,206 hypertension RPM enrollees, all identifiers "
            "removed "
            "per Safe Harbor, ages in 5-year bands, state only, days since enrolment instead of "
            "dates. "
            "Fields: age_band, sex, baseline_sbp, sbp_day90, meds_count, adherence_pct.\n\nData "
            "Science"
        ),
        atts=(Att("rpm_deid_v2_sample.zip", "application/zip", _DEID_ZIP),),
    ),
    Spec(
        phi=False,
        category="press inquiry reply",
        notes="Reply to a freelance journalist's gmail with aggregate statistics only.",
        frm=f"Communications <press@{TMD}>",
        to="dana.whitlock.writes@gmail.com",
        subject="Re: story on rural telehealth",
        body=(
            "Hi Dana,\n\nHappy to help. We did 41,000 visits in Iowa last year, 38% from rural "
            "counties. Dr. Kothari can do a 20-minute interview Thursday. We can't discuss any "
            "individual patient.\n\nBest,\nAnders Holm\nCommunications"
        ),
    ),
    Spec(
        phi=False,
        category="stimulant shortage prescriber guidance",
        notes=(
            "Hard negative: stimulant shortage guidance to prescribers with drug names and "
            "doses; no patients."
        ),
        frm=f"Dr. Naveen Kothari <nkothari@{TMD}>",
        to=f"prescribers@{TMD}",
        subject="Adderall XR / Vyvanse shortage guidance",
        body=(
            "Prescribers,\n\nIowa and Illinois pharmacies report shortages of mixed amphetamine "
            "salts "
            "ER 20 mg and lisdexamfetamine 40 mg. Before switching: check stock with the pharmacy, "
            "consider methylphenidate ER equivalents, and document the reason. Do not send "
            "duplicate "
            "EPCS scripts to multiple pharmacies.\n\nNaveen Kothari, MD, Medical Director"
        ),
    ),
    Spec(
        phi=False,
        category="clinical protocol DOCX",
        notes=(
            "Hard negative: hypertension RPM protocol DOCX with thresholds, drugs and CPT "
            "codes; no patients."
        ),
        frm=f"Dr. Naveen Kothari <nkothari@{TMD}>",
        to=f"cm-leads@{UHP}",
        subject="Updated HTN RPM protocol CP-07",
        body=(
            "Attached is the updated protocol you asked for ahead of the joint care model "
            "review.\n\nNaveen"
        )
        + _FOOT,
        atts=(Att("CP-07_HTN_RPM_protocol.docx", DOCX, _PROTOCOL_DOCX),),
    ),
    Spec(
        phi=False,
        category="payroll direct deposit notice",
        notes="HR/payroll notice about direct deposit timing over the holiday.",
        frm=f"Payroll <payroll@{TMD}>",
        to=f"everyone@{TMD}",
        subject="Thanksgiving week payroll",
        body=(
            "Paychecks for the 11/27 pay date will deposit on 11/25 because of the holiday. "
            "Timesheets due Monday 11/23 by noon.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="quality committee minutes aggregate",
        notes=(
            "Hard negative: quality committee minutes with aggregate PHQ-9 response rates and a "
            "de-identified safety event count."
        ),
        frm=f"Quality <quality@{TMD}>",
        to=f"quality@{UHP}",
        subject="Joint quality committee minutes - November",
        body=(
            "Minutes, 11/06:\n1. Depression outcomes: 58% of patients with baseline PHQ-9 >= 10 "
            "reached 50% reduction at 12 weeks (n=412).\n2. RPM: hypertension control (<140/90) "
            "61% at "
            "90 days.\n3. Safety events: 2 reported in Q3, both medication-reconciliation, no "
            "harm; "
            "root cause reviews complete.\n4. Next meeting 12/04.\n"
        ),
    ),
]
