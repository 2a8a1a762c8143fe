"""Outbound mail of Kestrel Clinical Research, a contract research organisation (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nKestrel Clinical Research\n1 Harborview Plaza, Floor 9, Raleigh NC 27601\n+1 (919) 555-0171"
LEGAL = "\n\nKestrel Clinical Research LLC. This email and any attachments are confidential."

_hl7 = (
    "MSH|^~\\&|KCR_CENTRAL_LAB|KESTREL|MTS_EDC|MERIDIAN|202603181402||ORU^R01|KCL-77310|P|2.5.1\r"
    "PID|1||KC-DM-3310-104-006^^^KESTREL^SUBJ~00431077^^^RIVERSIDE^MR||MBEKI^THANDIWE||19611118|F\r"
    "OBR|1||CL-7731|24331-1^Lipid panel^LN|||202603171005\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||262|mg/dL|<200|H|||F\r"
    "OBX|2|NM|33914-3^eGFR^LN||38|mL/min/1.73m2|>60|L|||F\r"
)

_fhir = """{
  "resourceType": "Patient",
  "id": "dct-88412",
  "identifier": [{"system": "urn:kestrel:dct:participant", "value": "DCT-88412"}],
  "name": [{"family": "Sandoval", "given": ["Marisol"]}],
  "telecom": [{"system": "phone", "value": "919-555-0192"}],
  "birthDate": "1973-05-21",
  "address": [{"line": ["405 Pinecrest Dr"], "city": "Cary", "state": "NC", "postalCode": "27513"}],
  "extension": [{"url": "urn:kestrel:dct:study", "valueString": "KC-RA-5102 rheumatoid arthritis home-dosing study"}]
}
"""

_x12 = (
    "ISA*00*          *00*          *ZZ*KESTRELTEST    *ZZ*CLEARHOUSETST  *260318*0915*^*00501*000000077*0*T*:~"
    "GS*HC*KESTRELTEST*CLEARHOUSETST*20260318*0915*77*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*TEST0318*20260318*0915*CH~NM1*41*2*KESTREL DCT NURSING*****46*TEST01~"
    "NM1*IL*1*TESTPATIENT*ALPHA****MI*TEST0000001~CLM*TEST-CLM-1*150***12:B:1*Y*A*Y*Y~"
    "HI*ABK:Z0000~SV1*HC:99509*150*UN*1***1~SE*9*0001~GE*1*77~IEA*1*000000077~"
)

_ccda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="00422915" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>58 Beacon Hill Rd</streetAddressLine><city>Columbus</city><state>OH</state><postalCode>43214</postalCode></addr>
    <patient><name><given>Clara</given><family>Yoon</family></name><birthTime value="19680214"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Type 2 diabetes mellitus (E11.22); CKD stage 3b (N18.32); hypertension</text></section></component>
    <component><section><title>Medications</title><text>Metformin 500 mg BID; empagliflozin 10 mg daily; lisinopril 20 mg</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="central lab result HL7 to site EDC",
        notes="Hard positive: HL7 ORU carries participant name, DOB and hospital MRN with lipid and eGFR results.",
        frm="Kestrel Central Lab Interface <lab-interface@kestrelclinical.com>",
        to="edc-integration@meridiantrialsites.com",
        subject="KCL-77310",
        body="Automated resend.",
        atts=(Att("KCL-77310.hl7", "application/hl7-v2", _hl7),),
    ),
    Spec(
        phi=True,
        category="FHIR participant record to home nursing vendor",
        notes="Hard positive: FHIR Patient with name, phone, address and DOB tied to rheumatoid arthritis home dosing.",
        frm="DCT Operations <dct.ops@kestrelclinical.com>",
        to="scheduling@homecarenursingpartners.com",
        subject="New home-visit referral DCT-88412",
        body="New referral attached in the agreed FHIR format. First home visit window March 23-25."
        + SIG,
        atts=(Att("DCT-88412.json", "application/fhir+json", _fhir),),
    ),
    Spec(
        phi=False,
        category="X12 837 test file for clearinghouse onboarding",
        notes="Hard negative: 837 in test mode (ISA15=T) with declared TESTPATIENT dummy data.",
        frm="DCT Billing <dct.billing@kestrelclinical.com>",
        to="onboarding@clearhouseconnect.com",
        subject="Test 837P for connectivity - dummy data only",
        body="Per your onboarding checklist, attached is a test 837P. All names and IDs are dummy values (TESTPATIENT ALPHA), usage indicator T."
        + SIG,
        atts=(Att("kestrel_test_837p.x12", "application/edi-x12", _x12),),
    ),
    Spec(
        phi=True,
        category="C-CDA for eligibility review",
        notes="Hard positive: C-CDA of a pre-screened patient with name, address, DOB and diabetic CKD forwarded to medical monitor.",
        frm="Kestrel Medical Monitoring <medmon@kestrelclinical.com>",
        to="dr.hallett@hallettmedicalconsulting.com",
        subject="Eligibility query 104-SCR-22 - CCD attached",
        body="Dr. Hallett,\n\nCould you confirm eligibility under inclusion 4 (eGFR 25-60 with albuminuria)? The site's CCD is attached.\n\nAnjali"
        + SIG,
        atts=(Att("104-SCR-22_ccd.xml", "application/xml", _ccda),),
    ),
    Spec(
        phi=False,
        category="protocol synopsis to site",
        notes="Hard negative: protocol synopsis with diagnoses, ICD codes and dosing, no participant.",
        frm="Study Startup <startup@kestrelclinical.com>",
        to="feasibility@meridiantrialsites.com",
        subject="KC-DM-3310 synopsis and schedule of assessments",
        body="Synopsis attached. Population: adults with T2D (E11.22) and CKD stage 3 (N18.3x), HbA1c 7-10.5%. Dosing: KST-210 25 mg daily vs placebo, 104 weeks."
        + SIG,
        atts=(
            Att(
                "KC-DM-3310_synopsis.docx",
                DOCX,
                docx(
                    [
                        "KC-DM-3310 Protocol Synopsis",
                        "Population: T2D with CKD stage 3",
                        "Primary endpoint: time to 40% eGFR decline, ESKD or renal death",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="SAE narrative with participant name",
        notes="SAE narrative to sponsor pharmacovigilance that left the participant's name and admission date in.",
        frm="Kestrel Pharmacovigilance <pv@kestrelclinical.com>",
        to="drugsafety@nordlandbiotech.com",
        subject="SAE 2026-0318 initial - KC-ONC-2091",
        body="Initial narrative: Harold Penwarden, 75-year-old male (subject 104-007), admitted 03/14/2026 with febrile neutropenia (ANC 0.3) on C3D12. Treated with cefepime; study drug interrupted. Outcome: recovering."
        + LEGAL,
    ),
    Spec(
        phi=False,
        category="SAE narrative de-identified",
        notes="Hard negative: CIOMS-style narrative with subject code, age and study day only; no name or dates.",
        frm="Kestrel Pharmacovigilance <pv@kestrelclinical.com>",
        to="drugsafety@nordlandbiotech.com",
        subject="SAE 2026-0311 follow-up 1 - KC-DM-3310",
        body="Follow-up 1: subject S-0231, male in his 60s, developed diabetic ketoacidosis on study day 214 and was hospitalised 4 days. Study drug permanently discontinued. Causality: related (investigator)."
        + LEGAL,
    ),
    Spec(
        phi=True,
        category="call centre pre-screen referral to site",
        notes="Recruitment call centre sends site a candidate's name, phone and self-reported migraine frequency and triptan use.",
        frm="Kestrel Patient Recruitment <recruit@kestrelclinical.com>",
        to="columbus.crc@meridiantrialsites.com",
        subject="New referral - MIG-118",
        body="New pre-screen pass:\n\nName: Harriet Osei\nPhone: 614-555-0119\nBest time: evenings\nMigraine days/month: 9\nCurrent meds: sumatriptan PRN, topiramate 50 mg (stopped for side effects)\n\nPlease call within 2 business days."
        + SIG,
    ),
    Spec(
        phi=False,
        category="recruitment funnel report",
        notes="Hard negative: multi-sheet recruitment funnel by source and site, counts only.",
        frm="Kestrel Patient Recruitment <recruit@kestrelclinical.com>",
        to="clinops@nordlandbiotech.com",
        subject="MIG-118 recruitment funnel - week 11",
        body="Weekly funnel attached." + SIG,
        atts=(
            Att(
                "MIG-118_funnel_wk11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Funnel": [
                            ["Stage", "Count"],
                            ["Web responses", 1240],
                            ["Pre-screen pass", 212],
                            ["Referred to site", 180],
                            ["Consented", 41],
                        ],
                        "By site": [
                            ["Site", "Referred", "Consented"],
                            ["Meridian Columbus", 62, 17],
                            ["Meridian Dayton", 48, 11],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML pre-screen result to candidate",
        notes="HTML-only email to candidate's gmail telling her she qualifies based on her rheumatoid arthritis answers.",
        frm="StudyFinder by Kestrel <noreply@kestrelclinical.com>",
        to="marisol.sandoval73@gmail.com",
        subject="Good news about your questionnaire",
        html="<html><body><p>Hi Marisol,</p><p>Based on your answers (rheumatoid arthritis for 6 years, still having flares on methotrexate), you may qualify for our home-dosing RA study. A nurse will call you at 919-555-0192.</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="HTML job alert to candidate personal email",
        notes="Hard negative: job alert to a job seeker's gmail listing oncology and diabetes CRA roles; no health data.",
        frm="Kestrel Careers <careers@kestrelclinical.com>",
        to="jamal.whitby.cra@gmail.com",
        subject="3 new CRA jobs matching your profile",
        html="<html><body><p>Hi Jamal,</p><ul><li>Senior CRA - Oncology (NSCLC, myeloma) - Raleigh</li><li>CRA II - Diabetes/CKD - home-based Ohio</li><li>CTA - Rare disease - Durham</li></ul><p><a href='https://kestrelclinical.com/careers'>Apply</a></p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="freelance CRA contract to personal mailbox",
        notes="Contract for an independent monitor sent to her personal mailbox; no health information.",
        frm="Resourcing <resourcing@kestrelclinical.com>",
        to="bea.lindqvist.monitoring@outlook.com",
        subject="Consulting agreement - April to September",
        body="Hi Bea,\n\nAttached is your consulting agreement: 0.6 FTE, rate $95/h, sites in Ohio and Indiana. Please sign via DocuSign by Friday."
        + SIG,
    ),
    Spec(
        phi=True,
        category="monitoring visit follow-up letter with subject names",
        notes="Hard positive: body is vague; the attached PDF names two PrEP participants with missing pregnancy tests.",
        frm="Marcus Lee <marcus.lee@kestrelclinical.com>",
        to="regulatory@meridiantrialsites.com",
        subject="IMV follow-up letter - site 102 - PREP-LA-07",
        body="Letter attached. Action items 3 and 4 relate to the pregnancy tests not documented for two participants."
        + SIG,
        atts=(
            Att(
                "IMV_followup_site102.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESTREL CLINICAL RESEARCH - Monitoring visit follow-up",
                        "Site 102 / PREP-LA-07 / visit 03/16/2026",
                        "3. Urine hCG not documented at Month 2 for Keisha Dorsey (102-027)",
                        "4. Urine hCG not documented at Month 3 for Aaliyah Strand (102-029)",
                    ],
                    "IMV follow-up",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monitoring visit confirmation letter",
        notes="Confirmation of a monitoring visit date and documents to prepare; no participant.",
        frm="Marcus Lee <marcus.lee@kestrelclinical.com>",
        to="dayton.research@meridiantrialsites.com",
        subject="Confirmation - IMV April 2 - BPD-902",
        body="Confirming the interim monitoring visit on April 2, 9:00-16:00. Please have the regulatory binder, IP logs and delegation log available and reserve a room with internet."
        + SIG,
    ),
    Spec(
        phi=True,
        category="travel booking for participant",
        notes="Hard positive: travel agency booking with participant name and mobile for a rare-disease study visit at a named hospital.",
        frm="Participant Concierge <concierge@kestrelclinical.com>",
        to="groups@tripwisetravel.com",
        subject="Booking: 1 adult + carer, RDU-CLE, 3/30-4/1",
        body="Please book: traveller Ignatius Mbatha (mobile 919-555-0115) plus carer, flights RDU-CLE 3/30, return 4/1, hotel near Cleveland Clinic. Purpose: Day 180 visit in the Pompe disease enzyme study; he uses a wheelchair and needs an aisle chair."
        + SIG,
    ),
    Spec(
        phi=False,
        category="travel vendor contract renewal",
        notes="Vendor contract discussion with travel agency; no participant.",
        frm="Procurement <procurement@kestrelclinical.com>",
        to="accounts@tripwisetravel.com",
        subject="MSA renewal 2026-2028",
        body="Attached redlines for the MSA renewal. Main changes: duty-of-care reporting, BAA addendum for participant data, 2% rebate tier."
        + SIG,
        atts=(
            Att(
                "Tripwise_MSA_redline.docx",
                DOCX,
                docx(
                    [
                        "Master Services Agreement - Kestrel / Tripwise",
                        "Section 9: Business Associate Addendum incorporated by reference",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="data query with identifiers in free text",
        notes="Hard positive: EDC query text quotes the participant's name and HIV viral load.",
        frm="Kestrel Data Management <data.mgmt@kestrelclinical.com>",
        to="teresa.flood@meridiantrialsites.com",
        subject="Open queries - site 102 - 3 items",
        body="Q-5521 (102-027, Visit M3): 'HIV-1 RNA for Keisha Dorsey reported as 48 copies/mL in source but <20 in EDC - please reconcile.'\nQ-5522: missing weight at M3.\nQ-5523: AE end date missing."
        + SIG,
    ),
    Spec(
        phi=False,
        category="data management plan",
        notes="Hard negative: DMP with example dummy records clearly marked.",
        frm="Kestrel Data Management <data.mgmt@kestrelclinical.com>",
        to="datamanagement@nordlandbiotech.com",
        subject="DMP v1.2 for KC-RA-5102",
        body="DMP v1.2 attached. Appendix C shows dummy records ('Subject 999-999, DUMMY') for edit check testing."
        + SIG,
        atts=(
            Att(
                "DMP_KC-RA-5102_v1.2.docx",
                DOCX,
                docx(
                    [
                        "Data Management Plan KC-RA-5102 v1.2",
                        "Appendix C - dummy test records: 999-999 DUMMY, DAS28 5.1 (test value)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded site email with participant details",
        notes="Hard positive: CRA forwards site email naming participant and her dose reduction to sponsor medical lead.",
        frm="Marcus Lee <marcus.lee@kestrelclinical.com>",
        to="medlead@nordlandbiotech.com",
        subject="FW: KC-ONC-2091 dose reduction - subject 104-007",
        body="FYI - see below from the site pharmacy. Note the name is in the original; please do not forward further.\n\nMarcus",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Investigational Pharmacy <ip.pharmacy@meridiantrialsites.com>",
            to="marcus.lee@kestrelclinical.com",
            subject="KC-ONC-2091 dose reduction - subject 104-007",
            body="Subject 104-007 (Harold Penwarden, DOB 02/11/1951) dose-reduced to 100 mg on C3D1 for grade 3 neutropenia.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor notice",
        notes="Forward of a lab vendor kit-change notice; no participant.",
        frm="Supply Chain <supply@kestrelclinical.com>",
        to="columbus.crc@meridiantrialsites.com",
        subject="FW: kit change - SST tubes",
        body="FYI - new kit configuration from April 1.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="MedKit Logistics <notices@medkitlogistics.com>",
            to="supply@kestrelclinical.com",
            subject="kit change - SST tubes",
            body="From April 1, ambient kits will include 5 mL SST tubes instead of 3.5 mL. No change to shipping.",
        ),
    ),
    Spec(
        phi=True,
        category="zip of eSource photos to sponsor",
        notes="Hard positive: zip of wound photos whose member names include the participant's name and diagnosis.",
        frm="DCT Operations <dct.ops@kestrelclinical.com>",
        to="imaging@nordlandbiotech.com",
        subject="Week 8 photo set",
        body="Week 8 photo set for central read attached." + SIG,
        atts=(
            Att(
                "wk8_photos.zip",
                "application/zip",
                zipped(
                    {
                        "Octavia_Redfern_diabetic_foot_ulcer_wk8_left.png": b"\x89PNG\r\n\x1a\n",
                        "Octavia_Redfern_diabetic_foot_ulcer_wk8_right.png": b"\x89PNG\r\n\x1a\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank eCRF completion guidelines",
        notes="CRF completion guidelines zip; no participant data.",
        frm="Kestrel Data Management <data.mgmt@kestrelclinical.com>",
        to="site-users@meridiantrialsites.com",
        subject="CCGs for KC-DM-3310",
        body="CRF completion guidelines attached as a zip." + SIG,
        atts=(
            Att(
                "KC-DM-3310_CCG.zip",
                "application/zip",
                zipped(
                    {
                        "CCG.txt": "Enter dates as DD-MMM-YYYY. Use subject ID only; never enter names or MRNs.",
                        "edit_checks.csv": "check,description\nEC01,eGFR out of range\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home nurse visit schedule",
        notes="Schedule to home nursing vendor with names, addresses and injection visits in rheumatoid arthritis study.",
        frm="DCT Operations <dct.ops@kestrelclinical.com>",
        to="scheduling@homecarenursingpartners.com",
        subject="Week 13 home visits",
        body="Home visits for week 13, two tabs (visits and supplies)." + SIG,
        atts=(
            Att(
                "home_visits_wk13.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["Participant", "Address", "Date", "Task"],
                            [
                                "Marisol Sandoval",
                                "405 Pinecrest Dr, Cary NC 27513",
                                "2026-03-24",
                                "SC injection + DAS28",
                            ],
                            [
                                "Wilbur Crane",
                                "77 Ashe Ave, Raleigh NC 27605",
                                "2026-03-25",
                                "SC injection + labs",
                            ],
                        ],
                        "Supplies": [["Item", "Qty"], ["Sharps container", 2], ["Lab kit B", 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DSMB closed report cover note",
        notes="Hard negative: cover note for DSMB report with unblinded aggregate rates by arm.",
        frm="Kestrel Biostatistics <biostats@kestrelclinical.com>",
        to="dsmb.chair@rtp-dsmb.org",
        subject="KC-ONC-2091 DSMB closed report - meeting 3",
        body="Closed report attached separately via the secure portal. Headline: grade 3+ neutropenia 31% vs 18%; febrile neutropenia 6% vs 2%; deaths 4 vs 3."
        + SIG,
    ),
    Spec(
        phi=True,
        category="unblinding request with participant identity",
        notes="Emergency unblinding request identifies participant by name, ED and anaphylaxis.",
        frm="Kestrel Medical Monitoring <medmon@kestrelclinical.com>",
        to="ivrs-support@randomizeitnow.com",
        subject="URGENT emergency unblind - KC-RA-5102 - 311-004",
        body="Please unblind 311-004 (Wilbur Crane) immediately: anaphylaxis in WakeMed ED tonight after the 8th injection; ED physician needs to know if he received active drug."
        + SIG,
    ),
    Spec(
        phi=False,
        category="IxRS user access request",
        notes="Staff account request for randomisation system; no participant.",
        frm="Study Startup <startup@kestrelclinical.com>",
        to="ivrs-support@randomizeitnow.com",
        subject="New users - KC-RA-5102",
        body="Please add: Kendra Moss (CRC, Meridian Columbus) and Leah Ortiz (pharmacist, Meridian Columbus), role Site User. Training certificates attached in the portal."
        + SIG,
    ),
    Spec(
        phi=True,
        category="reimbursement denial to participant",
        notes="Email to participant's yahoo about denied mileage claim for her methadone-study visits.",
        frm="Participant Payments <payments@kestrelclinical.com>",
        to="shawna.petit1990@yahoo.com",
        subject="About your mileage claim",
        body="Hi Shawna,\n\nWe could not approve the mileage claim for your February 19 visit in the opioid use disorder study because the receipt was missing. Please upload it in the app and we will pay within 5 days."
        + SIG,
    ),
    Spec(
        phi=False,
        category="participant app release notes",
        notes="Hard negative: app release notes sent to all app users mentioning symptom diaries generically.",
        frm="StudyFinder by Kestrel <noreply@kestrelclinical.com>",
        to="app-users@kestrelclinical.com",
        subject="What's new in StudyPal 4.2",
        html="<html><body><h3>StudyPal 4.2</h3><p>Faster symptom diary, medication reminders and a new reimbursement tracker. Update from your app store.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="member ID in payer prior-auth question",
        notes="Hard positive: question to payer gives member ID and MBI with the participant's name and CAR-T standard-of-care admission.",
        frm="Kestrel Site Billing Services <sitebilling@kestrelclinical.com>",
        to="priorauth@northpeakmedicare.com",
        subject="Routine cost coverage question",
        body="We support St. Luke's research billing. For Genevieve Hartshorn, MBI: 5KT7WM2HR48, please confirm the March 1-9 inpatient stay for CRS management is billed as routine care under NCD 310.1 (trial NCT06123457)."
        + SIG,
    ),
    Spec(
        phi=False,
        category="site payment remittance advice",
        notes="Hard negative: site grant payment remittance by visit counts; no participant identifiers.",
        frm="Site Payments <sitepayments@kestrelclinical.com>",
        to="site.finance@meridiantrialsites.com",
        subject="Remittance - February site payments",
        body="Payee: Meridian Trial Sites LLC, organisation NPI: 1357902463. Payment of $48,215.00 sent by ACH. Breakdown: 31 completed visits, 6 screen fails, 2 SAE reports, pass-through imaging 4. Detail by study in the attached CSV."
        + SIG,
        atts=(
            Att(
                "remit_feb.csv",
                "text/csv",
                "study,visits,screen_fails,amount\nKC-DM-3310,18,4,27310.00\nKC-ONC-2091,13,2,20905.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lost to follow-up search request",
        notes="Request to a locator service giving participant's name, last address and SSN to find him for vital status.",
        frm="Kestrel Clinical Operations <clinops@kestrelclinical.com>",
        to="requests@vitalstatuslocate.com",
        subject="Vital status search - 1 subject",
        body="Please run a vital status search: Garrett Hollis, last known 212 Poplar St, Newark OH 43055, SSN 481-62-7730. He has been lost to follow-up in our CKD outcomes study since October."
        + SIG,
    ),
    Spec(
        phi=False,
        category="SSN-shaped ticket number in IT note",
        notes="Hard negative: helpdesk note; the SSN-shaped string is a ticket number.",
        frm="Kestrel IT Service Desk <servicedesk@kestrelclinical.com>",
        to="all-raleigh@kestrelclinical.com",
        subject="Resolved: VPN outage (incident 412-55-8170)",
        body="The VPN outage this morning (incident 412-55-8170) is resolved. Root cause: expired certificate on the Raleigh concentrator."
        + SIG,
    ),
    Spec(
        phi=True,
        category="genetic result to participant's spouse",
        notes="Hard positive: email to spouse names husband and his BRCA2 pathogenic variant from the study's genetic sub-study.",
        frm="Genetic Counselling Service <genetics@kestrelclinical.com>",
        to="anneliese.kroll@icloud.com",
        subject="Call back about Dieter",
        body="Dear Mrs. Kroll,\n\nAs Dieter asked, I am writing to you too: his result from the genetics sub-study showed a BRCA2 pathogenic variant. This may matter for your children. Please call me to set up a counselling appointment.\n\nNina Paredes, MS, CGC"
        + SIG,
    ),
    Spec(
        phi=False,
        category="genetic sub-study aggregate summary",
        notes="Hard negative: aggregate variant frequencies in a study population.",
        frm="Kestrel Biostatistics <biostats@kestrelclinical.com>",
        to="translational@nordlandbiotech.com",
        subject="Genetics sub-study: variant frequencies",
        body="Among 612 consented participants: BRCA1 pathogenic 1.8%, BRCA2 2.3%, PALB2 0.7%. Per-subject data stay in the secure environment."
        + SIG,
    ),
    Spec(
        phi=True,
        category="subject ID only in subject line with diagnosis",
        notes="Hard positive: name and HIV seroconversion appear only in the subject line; the body has unlabelled lab values.",
        frm="Kestrel Medical Monitoring <medmon@kestrelclinical.com>",
        to="medlead@nordlandbiotech.com",
        subject="Aaliyah Strand - HIV seroconversion on PrEP - for review",
        body="See attached lab report text below.\n\nHIV-1/2 Ag/Ab: REACTIVE. HIV-1 RNA 12,400 copies/mL. Collected 03/16/2026."
        + SIG,
    ),
    Spec(
        phi=False,
        category="regulatory submission cover letter",
        notes="IND annual report cover letter to FDA; no participant.",
        frm="Kestrel Regulatory Affairs <regaffairs@kestrelclinical.com>",
        to="cder-ind@fda.hhs.gov",
        subject="IND 158842 - annual report",
        body="On behalf of Nordland Biotech, please find the annual report for IND 158842 (KST-441). Cumulative exposure: 318 participants; 4 IND safety reports in the period."
        + SIG,
        atts=(
            Att(
                "IND158842_AR_cover.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESTREL CLINICAL RESEARCH on behalf of Nordland Biotech",
                        "IND 158842 Annual Report",
                        "Cumulative exposure: 318 participants",
                    ],
                    "Cover letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="investigator letter about participant employment",
        notes="Letter to participant's employer confirming study visit absences in a named multiple sclerosis trial.",
        frm="Kestrel Clinical Operations <clinops@kestrelclinical.com>",
        to="hr@triangleprecisionparts.com",
        subject="Attendance letter - Luis Ferreira",
        body="To whom it may concern,\n\nLuis Ferreira is a participant in the MS-ORAL-12 relapsing multiple sclerosis study and attended study visits on March 3 and March 17, 2026. Please excuse these absences.\n\nKestrel Clinical Operations"
        + SIG,
    ),
    Spec(
        phi=True,
        category="abbreviated pre-screen call notes",
        notes="Hard positive: terse txt call notes with first name, last initial, phone and cardiac history with anticoagulant.",
        frm="Kestrel Patient Recruitment <recruit@kestrelclinical.com>",
        to="dayton.research@meridiantrialsites.com",
        subject="PS notes - HF study - 2 callers",
        body="Notes from today's calls attached.",
        atts=(
            Att(
                "ps_notes_0318.txt",
                "text/plain",
                "Gordon P. 937-555-0104 - hx MI 2019, EF 35%, on apixaban + sacubitril/valsartan, NYHA II, interested, prefers AM\nBeverly T. 937-555-0107 - HFpEF, CKD3, on furosemide 40, lives alone, needs ride\n",
            ),
        ),
    ),
]
