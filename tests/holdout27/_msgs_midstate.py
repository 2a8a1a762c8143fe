"""Midstate Diabetes & Endocrine Center: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx
from _spec import LBS, MDE, NW, Att, Spec

SIG_CDCES = (
    "\n\n--\nHollis Tran, RN, CDCES\nDiabetes Education & Pump Clinic\n"
    "Midstate Diabetes & Endocrine Center | 1450 Medical Park Dr, Springfield\n"
    "Phone 217-555-0144 | Fax 217-555-0145"
)
FOOTER = (
    "\n\nThis message may contain confidential health information protected by federal and "
    "state law. If you are not the intended recipient, notify the sender and destroy all copies."
)

CGM_PDF = pdf(
    [
        "MIDSTATE DIABETES & ENDOCRINE CENTER - CGM 14-day summary",
        "Patient: Harold J. Jennings   DOB: 02/09/1957   MRN: MD-2201984",
        "Sensor: Dexcom G7   Period: 10/27/2026 - 11/09/2026   Wear time 96%",
        "Mean glucose 188 mg/dL   GMI 7.8%   CV 38%",
        "Time in range 70-180: 49%   Above 250: 17%   Below 70: 3%   Below 54: 1%",
        "Pattern: overnight lows 2-4 AM after evening correction doses.",
        "Plan: reduce basal glargine 34 -> 30 units; stop bedtime correction.",
        "Farah Haddad, MD, Endocrinology",
    ],
    "CGM summary",
)

PUMP_PA_XLSX = xlsx(
    {
        "Requests": [
            ["Member ID", "Patient", "DOB", "HCPCS", "Item", "Qty", "Dx", "Prescriber NPI"],
            [
                "QHP40177231",
                "Lindqvist, Ava",
                "2014-03-27",
                "E0784",
                "Insulin pump",
                1,
                "E10.65",
                "1007217601",
            ],
            [
                "QHP40177231",
                "Lindqvist, Ava",
                "2014-03-27",
                "A4226",
                "Infusion sets (box 10)",
                3,
                "E10.65",
                "1007217601",
            ],
            [
                "QHP51902264",
                "Odum, Terrence",
                "1979-11-15",
                "A9277",
                "CGM transmitter",
                1,
                "E11.65",
                "1008412763",
            ],
            [
                "QHP51902264",
                "Odum, Terrence",
                "1979-11-15",
                "A9276",
                "CGM sensors (30-day)",
                3,
                "E11.65",
                "1008412763",
            ],
        ],
        "Serials": [
            ["Patient", "Device", "Serial"],
            ["Lindqvist, Ava", "t:slim X2 (replacement)", "TS-1188245"],
            ["Odum, Terrence", "G7 receiver", "DXR-77120931"],
        ],
    }
)

SCHOOL_DOCX = docx(
    [
        "Diabetes Medical Management Plan 2026-2027 - Riverbend Elementary",
        "Student: Ava Lindqvist   DOB: 03/27/2014   Grade 6   Teacher: Mr. Ochoa",
        "Diagnosis: Type 1 diabetes (diagnosed 2021). Insulin pump: Tandem t:slim X2 with "
        "Control-IQ; CGM Dexcom G7.",
        "Target range 80-180. Treat below 70 with 15 g fast carbs, recheck in 15 minutes.",
        "Lunch carb ratio 1 unit : 12 g. Glucagon (Baqsimi 3 mg) if unresponsive.",
        "Parent: Kristin Lindqvist 217-555-0166.   Endocrinologist: Farah Haddad, MD",
    ]
)

FHIR_A1C = json.dumps(
    {
        "resourceType": "Observation",
        "id": "a1c-55190",
        "status": "final",
        "code": {
            "coding": [
                {
                    "system": "http://loinc.org",
                    "code": "4548-4",
                    "display": "Hemoglobin A1c/Hemoglobin.total in Blood",
                }
            ]
        },
        "subject": {"reference": "Patient/mde-2231007", "display": "Graciela Montoya-Reyes"},
        "effectiveDateTime": "2026-11-06",
        "valueQuantity": {"value": 9.4, "unit": "%"},
        "interpretation": [{"coding": [{"code": "H"}]}],
        "contained": [
            {
                "resourceType": "Patient",
                "id": "p1",
                "birthDate": "1966-07-30",
                "identifier": [{"system": "urn:mde:mrn", "value": "MD-2231007"}],
            }
        ],
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "test-0001",
                    "name": [{"family": "Zztest", "given": ["Diabetes", "Sandbox"]}],
                    "birthDate": "1900-01-01",
                    "meta": {"tag": [{"code": "TEST", "display": "synthetic"}]},
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "id": "test-obs-1",
                    "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
                    "subject": {"reference": "Patient/test-0001"},
                    "valueQuantity": {"value": 7.0, "unit": "%"},
                }
            },
        ],
    },
    indent=1,
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    " <title>Transition of Care Summary</title>\n"
    " <recordTarget><patientRole>\n"
    '  <id root="2.16.840.1.113883.19.5" extension="MD-2198850"/>\n'
    "  <addr><streetAddressLine>2207 W Cedar St</streetAddressLine><city>Chatham</city>"
    "<state>IL</state><postalCode>62629</postalCode></addr>\n"
    "  <patient><name><given>Kwame</given><family>Asante</family></name>"
    '<birthTime value="19710405"/></patient>\n'
    " </patientRole></recordTarget>\n"
    " <component><structuredBody>\n"
    "  <section><title>Problems</title><text>Graves disease (E05.00); s/p I-131 ablation "
    "12/03/2026 planned; atrial fibrillation</text></section>\n"
    "  <section><title>Medications</title><text>methimazole 10 mg daily (stop 3 days before "
    "RAI); propranolol 20 mg BID</text></section>\n"
    " </structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

RECALL_CSV = (
    "mrn,name,phone,pump_model,serial,last_visit\n"
    "MD-2187710,Beatriz Sandoval,217-555-0102,Omnipod 5 PDM,PDM-5510732,2026-10-14\n"
    "MD-2190455,Gregory Pohl,217-555-0129,Omnipod 5 PDM,PDM-5510988,2026-09-30\n"
    "MD-2201733,Naomi Abernathy,217-555-0171,Omnipod 5 PDM,PDM-5511204,2026-11-02\n"
)

A1C_DASH_XLSX = xlsx(
    {
        "Clinic": [
            ["Measure", "Oct 2026", "Sep 2026", "Goal"],
            ["Adults with diabetes, A1c < 8%", "61%", "59%", "65%"],
            ["A1c > 9% (poor control)", "18%", "19%", "< 15%"],
            ["Annual eye exam documented", "54%", "52%", "60%"],
            ["Active pump users", 412, 405, ""],
            ["Active CGM users", 1288, 1251, ""],
        ],
        "By provider": [
            ["Provider", "Panel size", "A1c < 8%"],
            ["Farah Haddad, MD", 842, "63%"],
            ["Benedict Osei, MD", 790, "60%"],
            ["Lucia Ferreira, NP", 655, "59%"],
        ],
    }
)

DEID_CGM_CSV = (
    "subject,age_band,diabetes_type,pump,tir_pct,tbr_pct,gmi\n"
    "S001,18-29,T1,hybrid closed loop,71,2,6.9\n"
    "S002,30-39,T1,MDI,52,4,7.6\n"
    "S003,40-49,T2,MDI,64,1,7.2\n"
    "S004,60-69,T2,none,58,0,7.4\n"
)

QI_DOCX = docx(
    [
        "Midstate Diabetes & Endocrine Center - Quality Committee minutes, November 5, 2026",
        "Present: F. Haddad (chair), B. Osei, L. Ferreira, H. Tran, pharmacy rep.",
        "1. Severe hypoglycemia events reported this quarter: 7 (last quarter 11). Root cause "
        "themes: sulfonylurea in elderly, missed meal after correction bolus.",
        "2. Deprescribing glipizide in patients over 75: proposal approved.",
        "3. Pump-start class waitlist is 6 weeks; add a Saturday class in January.",
    ]
)

NEWSLETTER_HTML = (
    "<html><body><h1>Holiday eating with diabetes</h1>"
    "<p>The holidays don't have to wreck your glucose. A few tips from our diabetes "
    "educators:</p><ol><li>Eat your usual breakfast - skipping meals leads to overeating "
    "later.</li><li>Fill half your plate with vegetables first.</li><li>If you use a pump, "
    "pre-bolus 15 minutes before big meals.</li><li>Take a walk after dinner.</li></ol>"
    "<p>Our thyroid clinic and diabetes education classes have new evening hours. Call "
    "217-555-0140.</p></body></html>"
)

SCHEDULE_HTML = (
    "<html><body><p>Hi Brianna, here's tomorrow so you can prep charts from home tonight:</p>"
    "<table border='1'><tr><th>Time</th><th>Patient</th><th>DOB</th><th>Visit</th>"
    "<th>Provider</th></tr>"
    "<tr><td>8:00</td><td>Pohl, Gregory</td><td>05/02/1961</td><td>Pump follow-up</td>"
    "<td>Tran</td></tr>"
    "<tr><td>8:30</td><td>Asante, Kwame</td><td>04/05/1971</td><td>Graves - pre RAI</td>"
    "<td>Haddad</td></tr>"
    "<tr><td>9:15</td><td>Nwachukwu, Ifeoma</td><td>10/18/1994</td><td>New pt - gestational "
    "DM</td><td>Ferreira</td></tr>"
    "<tr><td>10:00</td><td>Sandoval, Beatriz</td><td>08/21/1958</td><td>Thyroid nodule FNA"
    "</td><td>Osei</td></tr></table><p>Thanks! Maribel</p></body></html>"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="pump_setting_change_patient",
        notes="Pump basal change instructions to the patient's gmail.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to="gpohl.springfield@gmail.com",
        subject="Basal change starting tonight",
        body=(
            "Hi Gregory,\n\nI looked at your pump download. You're dropping around 3-4 AM most "
            "nights, so please change your 3:00 AM - 7:00 AM basal from 0.95 to 0.85 u/hr. Leave "
            "the rest as is. Upload again next Friday and I'll take another look." + SIG_CDCES
        ),
    ),
    Spec(
        phi=True,
        category="cgm_summary_pdf_to_pcp",
        notes="CGM summary PDF with name, DOB and MRN to an outside primary care office.",
        frm=f"Farah Haddad <fhaddad@{MDE}>",
        to="dr.whitman@prairiefamilycare.com",
        subject="CGM review for our mutual patient",
        body=(
            "Dr. Whitman,\n\nAttached is Mr. Jennings' 14-day CGM summary. I've reduced his "
            "glargine to 30 units for overnight lows. He'll see you in 3 weeks for his BP "
            "follow-up.\n\nFarah Haddad, MD" + FOOTER
        ),
        atts=(Att("CGM_summary_1109.pdf", "application/pdf", CGM_PDF),),
    ),
    Spec(
        phi=True,
        category="dme_prior_auth_xlsx_member_ids",
        notes="Hard positive: spreadsheet of member IDs, names, DOBs, HCPCS claim lines and "
        "device serials to a DME supplier.",
        frm=f"Prior Auth Team <priorauth@{MDE}>",
        to="orders@heartlanddme.com",
        subject="November pump/CGM orders",
        body="Hi, November orders attached (2 tabs). Signed orders are in your portal.\n\n"
        "Dana Whitley, Prior Authorization",
        atts=(Att("MDE_DME_orders_Nov.xlsx", XLSX, PUMP_PA_XLSX),),
    ),
    Spec(
        phi=True,
        category="fna_result_patient",
        notes="Thyroid FNA result and plan to the patient's outlook.",
        frm=f"Benedict Osei <bosei@{MDE}>",
        to="beatriz.sandoval58@outlook.com",
        subject="Your biopsy result",
        body=(
            "Dear Ms. Sandoval,\n\nYour thyroid nodule biopsy came back as Bethesda category III "
            "(atypia of undetermined significance). This is usually not cancer, but we can't be "
            "sure from this sample. I recommend molecular testing on the sample we already have; "
            "no repeat needle is needed. My nurse will call you to discuss.\n\nDr. Benedict Osei"
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_rai_appointment",
        notes="Hard positive: patient name and radioiodine ablation date only in the subject.",
        frm=f"Maribel Ortiz <mortiz@{MDE}>",
        to="nuclearmed@springfieldmemorial.org",
        subject="Kwame Asante - RAI ablation 12/3 confirmed?",
        body="Hi, just checking this is still on for the morning. Thanks, Maribel",
    ),
    Spec(
        phi=True,
        category="school_care_plan_docx",
        notes="Child's diabetes management plan DOCX to the school nurse.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to="nurse.jacobs@riverbendschools.org",
        subject="Updated DMMP",
        body="Mrs. Jacobs,\n\nUpdated plan attached after Ava's pump replacement. The carb "
        "ratio at lunch changed." + SIG_CDCES,
        atts=(Att("DMMP_2026-27_Lindqvist.docx", DOCX, SCHOOL_DOCX),),
    ),
    Spec(
        phi=True,
        category="fhir_observation_hie",
        notes="Hard positive: FHIR A1c observation with patient name, DOB and MRN; body generic.",
        frm=f"Interfaces <interfaces@{MDE}>",
        to="onboarding@illinoishie.org",
        subject="Observation feed - payload that failed validation",
        body="Attached is the payload your validator rejected (error: interpretation missing "
        "system). Please advise.\n\nMDE Interfaces",
        atts=(Att("obs_a1c_55190.json", "application/fhir+json", FHIR_A1C),),
    ),
    Spec(
        phi=True,
        category="ccda_transition_of_care",
        notes="Hard positive: C-CDA with name, address, MRN, Graves disease and medications.",
        frm=f"Farah Haddad <fhaddad@{MDE}>",
        to="referrals@chathamcardiology.com",
        subject="Transition of care document",
        body="Please see the attached CCD ahead of your consult next week.\n\nFarah Haddad, MD"
        + FOOTER,
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="relative_insulin_dose_aol",
        notes="Husband told the patient's new insulin dose and pharmacy, quoted reply.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to="dennis.holcomb@aol.com",
        subject="Re: Ruth's insulin",
        body=(
            "Hi Dennis,\n\nThe new pens went to the Walgreens on Elm St. Ruth should take 22 "
            "units of Tresiba every morning starting tomorrow (down from 26) because of the lows "
            "she had this week. Keep checking her sugar before bed.\n\nHollis\n\n"
            "-----Original Message-----\nFrom: Dennis Holcomb\nSent: Monday\n"
            "Ruth had another low last night, 52. Should we change anything? She's upset."
            + SIG_CDCES
        ),
    ),
    Spec(
        phi=True,
        category="clinic_hypoglycemia_room_note",
        notes="Hard positive: surname plus room and glucose treatment, internal terse note.",
        frm=f"Lucia Ferreira <lferreira@{MDE}>",
        to=f"Benedict Osei <bosei@{MDE}>",
        subject="rm 3",
        body=(
            "Mr. Thanh in rm 3 was 42 on the fingerstick, gave 4 oz juice + crackers, recheck 88. "
            "He took his glipizide and skipped lunch. Can you see him before he drives home?\n"
            "L"
        ),
    ),
    Spec(
        phi=True,
        category="device_recall_patient_list_csv",
        notes="Recall outreach list of patients with device serials and phones, CSV.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to=f"Pump Clinic <pumpclinic@{MDE}>",
        subject="PDM advisory - patients to call",
        body="These three have PDMs in the affected serial range. Please call today and "
        "document." + SIG_CDCES,
        atts=(Att("pdm_advisory_calls.csv", "text/csv", RECALL_CSV),),
    ),
    Spec(
        phi=True,
        category="dsme_class_roster",
        notes="Hard positive: diabetes self-management class roster (enrolment in a health "
        "program) in the body, names and phones.",
        frm=f"Education Desk <education@{MDE}>",
        to="classroom@springfieldmemorial.org",
        subject="Tuesday DSMES class - room setup and sign-in",
        body=(
            "Hi, for Tuesday 11/17 (Diabetes Self-Management, session 2 of 4) please print a "
            "sign-in sheet with these names:\n\n"
            "Ifeoma Nwachukwu 217-555-0158\nWalter Brzezinski 217-555-0117\n"
            "Sunita Raghavan 217-555-0193\nCurtis Lambright 217-555-0121\n\n"
            "We need 10 chairs and the glucose meter demo cart.\n\nEducation Desk"
        ),
    ),
    Spec(
        phi=True,
        category="html_schedule_to_personal_mailbox",
        notes="HTML-only clinic schedule with names, DOBs and visit reasons sent to a staff "
        "member's personal gmail.",
        frm=f"Maribel Ortiz <mortiz@{MDE}>",
        to="brianna.k.lowe@gmail.com",
        subject="tomorrow",
        body="",
        html=SCHEDULE_HTML,
    ),
    Spec(
        phi=True,
        category="cgm_out_of_pocket_statement",
        notes="Patient charge for CGM sensors to the patient's outlook.",
        frm=f"Billing <billing@{MDE}>",
        to="nabernathy@outlook.com",
        subject="Your statement from Midstate Diabetes",
        body=(
            "Dear Naomi Abernathy,\n\nYour plan applied the CGM sensors dispensed on 11/02/2026 "
            "(HCPCS A9276, qty 3) to your deductible. Amount due: $327.60. Account MDE-778102.\n"
            "Questions? Call 217-555-0148.\n\nMidstate Billing"
        ),
    ),
    Spec(
        phi=True,
        category="pump_report_filename_only",
        notes="Hard positive: name and DOB only in the PDF file name; the PDF holds pump data "
        "without a name.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to=f"Farah Haddad <fhaddad@{MDE}>",
        subject="download for your 2:00",
        body="Here's the download for your 2:00.",
        atts=(
            Att(
                "Okafor_Chidi_DOB1988-07-22_pump_download.pdf",
                "application/pdf",
                pdf(
                    [
                        "MIDSTATE DIABETES & ENDOCRINE CENTER - Pump report 10/26-11/08",
                        "Total daily dose 48.2 u (basal 44% / bolus 56%)",
                        "Auto-mode 91%   Avg BG 162   Boluses/day 4.1",
                        "Occlusion alarms: 3   Site changes: every 3.4 days",
                    ],
                    "Pump report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy_prior_auth_glp1",
        notes="Prior auth reply to a pharmacy with member ID, diagnosis and A1c.",
        frm=f"Prior Auth Team <priorauth@{MDE}>",
        to="pa@centralilrx.com",
        subject="RE: PA needed - semaglutide",
        body=(
            "Hello,\n\nPA submitted for Curtis Lambright (DOB 06/14/1973), member ID "
            "ZRH882014567, Ozempic 1 mg weekly. Dx E11.65, A1c 9.1% on metformin 1000 BID and "
            "glipizide. Key: BNXT7RQ. Should have a decision in 72h.\n\nDana Whitley"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted_zip_labs_body_names",
        notes="Labs in an encrypted zip, but the body names the patient and the test.",
        frm=f"Lucia Ferreira <lferreira@{MDE}>",
        to="records@ob-associates-springfield.com",
        subject="Labs requested",
        body=(
            "Per your request, Ifeoma Nwachukwu's 3-hour glucose tolerance test results are in "
            "the attached zip. Password will be phoned to your office.\n\nLucia Ferreira, NP"
        ),
        atts=(
            Att(
                "labs_1110.zip",
                "application/zip",
                encrypted_zip(
                    {"ogtt.txt": "3h OGTT 100 g: fasting 98, 1h 192, 2h 171, 3h 139\n"}, "mde1110"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ketones_triage_parent",
        notes="Triage advice about a named child with ketones to the parent's icloud.",
        frm=f"After-hours Nurse <triage@{MDE}>",
        to="kristin.lindqvist@icloud.com",
        subject="Following up on your call",
        body=(
            "Hi Kristin,\n\nFollowing up on last night's call about Ava's moderate ketones. As "
            "we discussed: change the pump site, give the correction by pen, push water, and "
            "recheck ketones in 2 hours. If she vomits or ketones are large, go to the ER. Dr. "
            "Haddad will review her pump data Monday.\n\nMidstate After-hours Nurse Line"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="pump_vendor_training_invite",
        notes="Hard negative: vendor training ICS for staff on an insulin pump, no patients.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to=f"pumpclinic@{MDE}",
        subject="Pump software update training",
        body="Rep from the pump company will walk us through the new algorithm settings.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Midstate//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mde-training-1120@midstatediabetes.org\r\n"
            "DTSTAMP:20261110T160000Z\r\nDTSTART:20261120T180000Z\r\nDTEND:20261120T190000Z\r\n"
            "SUMMARY:Insulin pump algorithm update - staff in-service\r\n"
            "LOCATION:Education Room 1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate_a1c_dashboard_xlsx",
        notes="Hard negative: clinic and provider-level quality percentages, no patients.",
        frm=f"Quality <quality@{MDE}>",
        to=f"providers@{MDE}",
        subject="October diabetes quality dashboard",
        body="October dashboard attached. A1c < 8% up two points; eye exams still lag.\n\n"
        "Quality Office",
        atts=(Att("dm_dashboard_oct2026.xlsx", XLSX, A1C_DASH_XLSX),),
    ),
    Spec(
        phi=False,
        category="formulary_change_referrers",
        notes="Hard negative: insulin formulary change notice to referring offices.",
        frm=f"Farah Haddad <fhaddad@{MDE}>",
        to="providers@prairiefamilycare.com",
        subject="Insulin formulary change Jan 1",
        body=(
            "Colleagues,\n\nThe two largest plans in our area move insulin lispro to the "
            "unbranded product on January 1; insulin aspart stays preferred. Patients on Humalog "
            "KwikPen will need a new prescription for insulin lispro KwikPen, same dose. We will "
            "handle patients we manage; please update those you prescribe for.\n\nFarah Haddad, "
            "MD, Medical Director"
        ),
    ),
    Spec(
        phi=False,
        category="test_patient_fhir_sandbox",
        notes="Hard negative: synthetic FHIR bundle tagged TEST for a sandbox.",
        frm=f"Interfaces <interfaces@{MDE}>",
        to="onboarding@illinoishie.org",
        subject="Sandbox test bundle",
        body="Synthetic test bundle for the sandbox endpoint (patient Zztest, tagged TEST). "
        "Please confirm it validates.",
        atts=(Att("sandbox_bundle.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="job_posting_educator",
        notes="Job posting for a diabetes educator.",
        frm=f"Human Resources <hr@{MDE}>",
        to="postings@illinoisdietetics.org",
        subject="Opening: Certified Diabetes Care and Education Specialist",
        body=(
            "Midstate Diabetes & Endocrine Center is hiring a CDCES (RN or RD) to run pump "
            "starts, CGM training and group DSMES classes. Pump certification (Tandem, Insulet or "
            "Medtronic) preferred. Full time, Springfield IL. Apply at midstatediabetes.org/jobs."
        ),
    ),
    Spec(
        phi=False,
        category="it_phishing_warning",
        notes="IT phishing warning.",
        frm=f"IT Security <security@{MDE}>",
        to=f"allstaff@{MDE}",
        subject="Phishing alert: fake 'Dexcom portal' login",
        body=(
            "Several staff received an email asking them to log in to a fake device portal to "
            "'review flagged patient data'. Do not click. Report with the Phish button. Our "
            "clinic portal address never changes: clarity links come only from the vendor's "
            "own domain.\n\nIT Security"
        ),
    ),
    Spec(
        phi=False,
        category="provider_directory_npi",
        notes="Hard negative: new endocrinologist with NPI and thyroid specialty, directory "
        "update to a health plan.",
        frm=f"Credentialing <credentialing@{MDE}>",
        to="providerdata@bluecresthealthplan.com",
        subject="Provider directory addition",
        body=(
            "Please add to our group's directory listing effective 12/1/2026:\n\n"
            "Benedict Osei, MD - Endocrinology, Diabetes & Metabolism; thyroid nodules, "
            "thyroid cancer surveillance\nNPI: 1008412763\nAccepting new patients: yes\n"
            "Location: 1450 Medical Park Dr, Springfield IL\n\nThanks,\nCredentialing"
        ),
    ),
    Spec(
        phi=False,
        category="newsletter_html_only",
        notes="Patient newsletter about holiday eating, no individual.",
        frm=f"Midstate Diabetes <news@{MDE}>",
        to="newsletter@lists.midstatediabetes.org",
        subject="Holiday eating with diabetes",
        body="",
        html=NEWSLETTER_HTML,
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped",
        notes="Hard negative: CGM sensor supply invoice question; PO looks like an SSN.",
        frm=f"Purchasing <purchasing@{MDE}>",
        to="billing@heartlanddme.com",
        subject="Invoice 55-10921 question",
        body=(
            "Hi,\n\nInvoice 55-10921 bills 40 boxes of sample CGM sensors but PO 529-41-7763 was "
            "for 30. Please issue a credit memo for 10 boxes.\n\nThanks,\nOwen Schultz, "
            "Purchasing"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_cgm_research",
        notes="Hard negative: de-identified CGM metrics with subject codes and age bands.",
        frm=f"Benedict Osei <bosei@{MDE}>",
        to="cgm.study@uis-research.edu",
        subject="Data pull for the TIR abstract",
        body="Attached is the de-identified pull (subject codes only, age bands, no dates) for "
        "the abstract. n=212 in the full file; this is the 4-row check you asked for.",
        atts=(Att("tir_deid_check.csv", "text/csv", DEID_CGM_CSV),),
    ),
    Spec(
        phi=False,
        category="sample_closet_inventory",
        notes="Hard negative: insulin sample inventory with lot numbers and expiry dates.",
        frm=f"Maribel Ortiz <mortiz@{MDE}>",
        to=f"nursing@{MDE}",
        subject="sample closet - expiring",
        body=(
            "Expiring before 12/31, use first:\n- insulin glargine pens, lot 4KX219, exp 12/2026, "
            "qty 14\n- semaglutide 0.25/0.5 mg pens, lot PQ7731, exp 12/2026, qty 6\n- "
            "glucagon nasal 3 mg, lot GN0081, exp 01/2027, qty 9\nLog every sample on the "
            "dispensing sheet.\n\nMaribel"
        ),
    ),
    Spec(
        phi=False,
        category="hr_w2_former_employee",
        notes="Payroll note to a former employee's personal gmail about her W-2.",
        frm=f"Payroll <payroll@{MDE}>",
        to="tasha.mcbride.1990@gmail.com",
        subject="Your 2026 W-2",
        body="Hi Tasha,\n\nSince your last day was August 28, your 2026 W-2 will be mailed to the "
        "address on file by January 20. If you've moved, reply with your new mailing address "
        "or update it in the former-employee portal. Your final PTO payout is included.\n\n"
        "Payroll, Midstate Diabetes & Endocrine Center",
    ),
    Spec(
        phi=False,
        category="community_event_thyroid",
        notes="Community thyroid awareness event flyer request, no individuals.",
        frm=f"Outreach <outreach@{MDE}>",
        to="events@springfieldpubliclibrary.org",
        subject="January thyroid awareness talk",
        body=(
            "Hello,\n\nWe'd like to book the community room on January 14 at 6 PM for a free "
            "talk, 'Your thyroid: tired, cold, or something else?', by our endocrinologist. "
            "We'll bring handouts on hypothyroidism and thyroid nodules. About 40 people.\n\n"
            "Carla Vance, Outreach"
        ),
    ),
    Spec(
        phi=False,
        category="qi_minutes_docx",
        notes="Hard negative: quality committee minutes with event counts and drug names, no "
        "patients.",
        frm=f"Quality <quality@{MDE}>",
        to=f"qualitycommittee@{MDE}",
        subject="Minutes 11/5",
        body="Minutes attached. Next meeting Dec 3.",
        atts=(Att("QC_minutes_2026-11-05.docx", DOCX, QI_DOCX),),
    ),
    Spec(
        phi=False,
        category="forwarded_field_safety_notice",
        notes="Hard negative: forwarded manufacturer field safety notice about a device model, "
        "no patients.",
        frm=f"Hollis Tran <htran@{MDE}>",
        to=f"pumpclinic@{MDE}",
        subject="Fwd: Field Safety Notice - PDM battery",
        body="FYI - I'll pull our list separately through the secure report. Please read the "
        "notice before talking to any callers.",
        forward=Spec(
            phi=False,
            category="vendor",
            notes="nested",
            frm="Field Safety <fieldsafety@insuletcorp-notices.com>",
            to=f"htran@{MDE}",
            subject="Field Safety Notice - PDM battery",
            body=(
                "Dear Healthcare Provider,\n\nA small number of personal diabetes managers "
                "(PDMs) in lots 55107-55112 may show battery swelling. Users should check for "
                "a bulging case and charge only with the supplied cable. Replacement PDMs will "
                "be shipped at no cost. No adverse events have been reported.\n\nQuality & "
                "Regulatory Affairs"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinical_question_no_patient",
        notes="Hard negative: peer question about perioperative pump protocol with no patient.",
        frm=f"Farah Haddad <fhaddad@{MDE}>",
        to=f"Priya Raman <praman@{LBS}>",
        subject="periop pump protocol",
        body=(
            "Priya,\n\nWe're rewriting our perioperative guidance. For sleeve and bypass patients "
            "on hybrid closed-loop pumps, do your anesthesiologists let them keep the pump on in "
            "the OR, or do you want them on an insulin drip? And do you stop GLP-1s one week "
            "before? Happy to share our draft.\n\nFarah"
        ),
    ),
    Spec(
        phi=False,
        category="cde_course_agenda_pdf",
        notes="Hard negative: education course agenda with clinician names and disease topics.",
        frm=f"Education Desk <education@{MDE}>",
        to=f"Keisha Obi <kobi@{NW}>",
        subject="Speaker confirmation - spring CDCES prep course",
        body="Hi Keisha, agenda attached; your slot is 10:15. Thank you for presenting!",
        atts=(
            Att(
                "CDCES_prep_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "MIDSTATE DIABETES & ENDOCRINE CENTER - CDCES exam prep, March 6, 2027",
                        "0830  Pathophysiology of type 1 and type 2 diabetes - Farah Haddad, MD",
                        "0930  Insulin pumps and CGM - Hollis Tran, RN, CDCES",
                        "1015  Medical nutrition therapy and carb counting - Keisha Obi, RD",
                        "1115  Hypoglycemia and sick-day rules - Lucia Ferreira, NP",
                    ],
                    "CDCES prep agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="out_of_office_staff",
        notes="Staff out-of-office coverage note.",
        frm=f"Lucia Ferreira <lferreira@{MDE}>",
        to=f"frontdesk@{MDE}",
        subject="OOO Dec 21-Jan 1",
        body="I'm out Dec 21 through Jan 1. Dr. Osei covers my inbox and refills. Please don't "
        "book me on Jan 4 before 10.\n\nLucia",
    ),
]
