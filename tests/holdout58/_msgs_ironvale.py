"""Ironvale Incident Response: outbound mail of a cybersecurity incident response firm (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n-- \nIronvale Incident Response | 24x7 hotline (555) 555-0188\n"
    "Privileged & Confidential - Prepared at the direction of counsel\n"
)
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CAPTURED_HL7 = (
    "MSH|^~\\&|RADIS|GRANITEPEAK|PACS|GRANITEPEAK|20261111021544||ORM^O01|RX44102|P|2.3\r"
    "PID|1||5520187^^^GPMC^MR||KHOURY^SAMIR^A||19710905|M|||77 LARKSPUR WAY^^ASHFORD^VT^05301\r"
    "ORC|NW|RX44102\r"
    "OBR|1|RX44102||72148^MRI LUMBAR SPINE W/O CONTRAST|||20261111\r"
)

EXPOSED_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "pt-00918",
                    "name": [{"family": "Lindahl", "given": ["Astrid", "M"]}],
                    "birthDate": "1983-10-02",
                    "telecom": [{"system": "phone", "value": "(555) 555-0129"}],
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationStatement",
                    "subject": {"reference": "Patient/pt-00918"},
                    "medicationCodeableConcept": {"text": "sertraline 100 mg tablet"},
                    "status": "active",
                }
            },
        ],
    },
    indent=1,
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*GRANITEPEAKMC  *ZZ*CLEARHOUSE01   *261105*2210*^*00501*000007719*0*P*:~"
    "GS*HC*GRANITEPEAKMC*CLEARHOUSE01*20261105*2210*7719*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*GP7719*20261105*2210*CH~NM1*85*2*GRANITE PEAK MEDICAL CENTER*****XX*1962400697~"
    "HL*2*1*22*0~SBR*P*18*******CI~NM1*IL*1*VANTERPOOL*NADINE****MI*GHP55102843~"
    "N3*14 RIDGELINE RD~N4*ASHFORD*VT*05301~DMG*D8*19660318*F~"
    "CLM*GP26-55120*865.00***11:B:1*Y*A*Y*Y~HI*ABK:M17.11*ABF:E66.01~"
    "SV1*HC:20610:RT*865.00*UN*1***1~DTP*472*D8*20261103~SE*14*0001~GE*1*7719~IEA*1*000007719~"
)

PHISH_LURE = Spec(
    phi=False,
    category="Phishing lure sample (original)",
    notes="Generic lure.",
    frm="MyChart Notifications <notify@mychart-results-portal.net>",
    to="undisclosed-recipients@granitepeakmc.org",
    subject="Your new test results are ready",
    body="You have a new test result available. Sign in within 48 hours to view it: http://mychart-results-portal.net/login",
)

ATTACKER_FWD = Spec(
    phi=True,
    category="Auto-forwarded clinic email (original)",
    notes="Original clinic email with a named patient's pathology result.",
    frm="Dr. Helen Marsh <hmarsh@granitepeakmc.org>",
    to="frontdesk@granitepeakmc.org",
    subject="Pathology back - Ruth Ellery",
    body="Please schedule Ruth Ellery (DOB 12/01/1957) for a visit next week - the skin biopsy came back as melanoma in situ. She'll need a wide excision referral.",
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Data-mining affected-individuals workbook to breach counsel",
        notes="Multi-sheet data-mining output naming affected patients with SSNs, DOBs and diagnoses, sent to outside counsel.",
        frm="Ironvale Data Mining <datamining@ironvaleir.com>",
        to="breachteam@hollisfordlaw.com",
        subject="GPMC - data mining batch 3 (privileged)",
        body=(
            "Counsel,\n\nBatch 3 of the data-mining review for Granite Peak is attached: 3 sample rows of the 2,904 "
            "individuals found in the exfiltrated 'Scheduling_Exports' share, plus the element counts. Full file on the "
            "secure portal.\n\nKatarina Volkova\nData Mining Lead" + SIG
        ),
        atts=(
            Att(
                "GPMC_batch3_sample.xlsx",
                XLSX,
                xlsx(
                    {
                        "Individuals": [
                            ["Name", "DOB", "SSN", "MRN", "Data elements", "Source file"],
                            [
                                "Orla Fitzgibbon",
                                "1975-04-19",
                                "218-44-9031",
                                "5517720",
                                "Dx: type 1 diabetes; insulin pump",
                                "sched_2025Q2.csv",
                            ],
                            [
                                "Bartholomew Kise",
                                "1948-08-30",
                                "",
                                "5509114",
                                "Procedure: colonoscopy; Medicare",
                                "sched_2025Q2.csv",
                            ],
                            [
                                "Reyna Castellanos",
                                "2009-01-12",
                                "",
                                "5530482",
                                "Dx: scoliosis; guardian name",
                                "peds_ortho.xlsx",
                            ],
                        ],
                        "Element counts": [
                            ["Element", "Count"],
                            ["Name", 2904],
                            ["SSN", 611],
                            ["Diagnosis", 2288],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Leak-site excerpt showing patient record",
        notes="Hard positive: a text excerpt captured from the extortion site contains a named patient's psychiatric intake.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="ciso@granitepeakmc.org",
        subject="Leak site update - proof pack posted",
        body="The group posted a 'proof pack' 20 minutes ago. Text of one page captured below is attached; treat as sensitive. We have not downloaded the archive itself."
        + SIG,
        atts=(
            Att(
                "leaksite_capture_1117.txt",
                "text/plain",
                "[proof 3/10] GPMC_BH_intake_2026.pdf\n"
                "Behavioral Health Intake - Patient: Corinne Baptiste  DOB 05/14/1992  MRN 5528816\n"
                "Presenting problem: panic attacks, passive suicidal ideation. Plan: start escitalopram 10 mg.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Captured cleartext HL7 from network traffic",
        notes="Hard positive: the attached HL7 captured from unencrypted traffic names a patient, address and lumbar MRI order.",
        frm="Luis Aranda <laranda@ironvaleir.com>",
        to="netops@granitepeakmc.org",
        subject="Cleartext HL7 on 2575 between RIS and PACS",
        body=(
            "Team,\n\nDuring the sweep we saw HL7 crossing VLAN 40 unencrypted on TCP 2575 between the RIS and PACS. One "
            "reassembled message is attached as evidence for the finding. Recommend TLS via the interface engine or an "
            "IPsec tunnel.\n\nLuis" + SIG
        ),
        atts=(Att("capture_RX44102.hl7", "application/hl7-v2", CAPTURED_HL7),),
    ),
    Spec(
        phi=True,
        category="Notification mailing file to print vendor",
        notes="Mailing csv to the letter vendor with names, addresses and the type of medical information involved per person.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="production@mailpointletters.com",
        subject="GPMC letter merge file - wave 1",
        body="Wave 1 merge file attached (template B, 2 rows in this test batch). Please return proofs before printing. SFTP for the full wave."
        + SIG,
        atts=(
            Att(
                "gpmc_wave1_test.csv",
                "text/csv",
                "name,address1,city,state,zip,template,elements\n"
                "Harold Pinkney,31 Aspen Ct,Ashford,VT,05301,B,name; date of service; treatment information (cardiac rehab)\n"
                "Yolanda Ferris,902 Main St Apt 4,Brattle,VT,05302,B,name; health insurance ID; diagnosis (hepatitis C)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Call-centre escalation naming caller's psychiatric concern",
        notes="Hard positive: call-centre escalation names a caller, her member ID and her worry about her psychiatric notes.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="privacy@granitepeakmc.org",
        subject="Call centre escalation #214",
        body=(
            "Escalation from the notification call centre:\n\nCaller: Gwen Taylor, member ID GHP55108817. She was treated "
            "by your outpatient psychiatry clinic in 2024 and wants to know whether her therapy notes were in the stolen "
            "data. Agent could not confirm. Please call her back at (555) 555-0176." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forensic file listing zip with patient-named documents",
        notes="Hard positive: zip of a laptop file listing whose file names carry patients' names and imaging/procedures.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="ciso@granitepeakmc.org",
        subject="Laptop GP-LT-0417 - file listing from image",
        body="Listing of the user's Documents folder from the forensic image is attached (zip). Several files appear to be patient documents saved locally; counsel should review for notification."
        + SIG,
        atts=(
            Att(
                "GP-LT-0417_listing.zip",
                "application/zip",
                zipped(
                    {
                        "listing.txt": (
                            "2026-10-02 14:11  218,402  C:/Users/dlowe/Documents/Khoury_Samir_MRI_lumbar_2026.pdf\n"
                            "2026-10-09 09:40   88,120  C:/Users/dlowe/Documents/Pruett_Alma_colonoscopy_path.pdf\n"
                            "2026-10-21 16:05   12,774  C:/Users/dlowe/Documents/budget_FY27_draft.xlsx\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded email found in compromised mailbox",
        notes="Hard positive: short cover note; the forwarded message auto-forwarded to the attacker names a patient with melanoma.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="privacy@granitepeakmc.org",
        subject="Fwd: Pathology back - Ruth Ellery (auto-forwarded by attacker rule)",
        body="One of 37 messages the attacker's inbox rule forwarded out. Original attached for your notification analysis."
        + SIG,
        forward=ATTACKER_FWD,
    ),
    Spec(
        phi=True,
        category="FHIR bundle exposed in public bucket",
        notes="Hard positive: the attached FHIR bundle from an exposed bucket names a patient, phone and an antidepressant.",
        frm="Luis Aranda <laranda@ironvaleir.com>",
        to="appsec@granitepeakmc.org",
        subject="Public bucket gp-mobile-cache: sample object",
        body="The bucket gp-mobile-cache was world-readable until 09:12 today. One sample object attached so your app team can see what was exposed; 4,180 similar objects exist."
        + SIG,
        atts=(Att("pt-00918.json", "application/fhir+json", EXPOSED_FHIR),),
    ),
    Spec(
        phi=True,
        category="X12 837 found on staging SFTP",
        notes="Hard positive: attached 837 claim names a patient, member ID and knee osteoarthritis and obesity codes.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="revenuecycle.it@granitepeakmc.org",
        subject="Claim files in /staging/tmp on the SFTP host",
        body="We found 212 claim files left in /staging/tmp older than 90 days. One is attached so you can identify the job that writes them."
        + SIG,
        atts=(Att("GP7719.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="Data-mining QA note with HIV code",
        notes="Hard positive: terse QA note pairs a patient's name with an HIV status code (Z21).",
        frm="Katarina Volkova <kvolkova@ironvaleir.com>",
        to="datamining@ironvaleir.com",
        subject="QA row 4412",
        body="row 4412 - Jorge Almanza, Dx Z21 picked up from the problem list col. reviewer tagged it as 'other'; should be 'HIV status' for the letter template. pls fix before export.",
    ),
    Spec(
        phi=True,
        category="Dark-web monitoring hit with patient record",
        notes="Monitoring alert to a client names a patient, MRN and DOB and his dialysis schedule seen on a forum.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="security@lakeviewkidneycare.com",
        subject="Monitoring alert: client data on forum",
        body=(
            "Our dark-web monitoring found a forum post advertising 'dialysis center data' with a sample row matching your "
            "records: Anselm Brightwater, MRN 0093311, DOB 02/02/1961, hemodialysis Mon/Wed/Fri 06:00 at your Ashford unit. "
            "We recommend treating this as a potential incident. Can we talk at 2 pm?" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="RDP session screenshot named with MRN",
        notes="Hard positive: the PNG file name carries a patient's MRN and the body says the attacker viewed that patient's chart banner with allergies and code status.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="ciso@granitepeakmc.org",
        subject="Recovered attacker screenshot",
        body="Recovered from the attacker's staging folder on FS02. It shows that patient's EHR banner (allergies, code status), so the attacker had at least view access to the chart."
        + SIG,
        atts=(Att("EHR_banner_MRN_5520187_capture.png", "image/png", png(8, 3, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="Headerless database rows in csv",
        notes="Hard positive: headerless csv rows pair names and DOBs with ICD codes and drugs.",
        frm="Luis Aranda <laranda@ironvaleir.com>",
        to="dba@granitepeakmc.org",
        subject="which table is this?",
        body="Found in a dump on the attacker's VPS. Three rows attached, no header. Can you tell us which table/app this comes from?"
        + SIG,
        atts=(
            Att(
                "dump_sample.csv",
                "text/csv",
                "Haldane,Priscilla,1958-02-14,E11.9,metformin 500\nTorvik,Anders,1940-07-07,I50.22,furosemide 40\nMbatha,Zanele,1999-11-30,O09.90,prenatal vit\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hotline reply to affected patient with MBI",
        notes="Reply to patient's gmail confirming his oncology visits and Medicare MBI were in the stolen data.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="edgar.ruiz.1949@gmail.com",
        subject="Re: was my information involved?",
        body=(
            "Dear Mr. Ruiz,\n\nOn behalf of Granite Peak Medical Center: yes, your information was in the affected files. "
            "It included your name, Medicare number (MBI: 3KP7-WA2-HN48) and the dates of your 2024 oncology infusion visits. "
            "Your letter with the credit monitoring code is in the mail. Medicare can issue a new number if you ask.\n\n"
            "Notification Support Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Interim report exhibit with named patients",
        notes="Hard positive: the docx exhibit of an interim report lists two patients whose surgery notes were opened by the attacker.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="breachteam@hollisfordlaw.com",
        subject="Interim report - Exhibit C",
        body="Counsel, Exhibit C to the interim report is attached separately because it lists individuals. Please limit circulation."
        + SIG,
        atts=(
            Att(
                "GPMC_Interim_Exhibit_C.docx",
                DOCX_T,
                docx(
                    [
                        "Exhibit C - Records viewed through the compromised account svc_scan",
                        "Ingeborg Nakamura - operative note, laparoscopic cholecystectomy, 2026-09-18",
                        "Felix Abernathy - operative note, total knee arthroplasty, 2026-09-21",
                        "Access times are from EHR audit logs, Eastern time.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Merged letter proof to print vendor",
        notes="A merged notification letter proof names a patient, his MRN and that treatment information was involved.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="production@mailpointletters.com",
        subject="Proof correction - record 1",
        body="Record 1 proof has the MRN in the wrong paragraph. Corrected proof attached; please use this layout for the run."
        + SIG,
        atts=(
            Att(
                "proof_record1_corrected.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE PEAK MEDICAL CENTER (letter prepared by IRONVALE notification services)",
                        "Rosalind Achebe, 12 Cobble Hill Rd, Ashford, VT 05301",
                        "Dear Rosalind Achebe: the files involved contained your name, medical record number 5541903,",
                        "and information about your treatment, including your 2025 physical therapy for a rotator cuff tear.",
                    ],
                    "Proof record 1",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Compromised portal account with dialysis appointments",
        notes="HTML-only note naming a portal user whose upcoming dialysis appointments the attacker viewed.",
        frm="Luis Aranda <laranda@ironvaleir.com>",
        to="security@lakeviewkidneycare.com",
        subject="Portal account takeover - findings",
        body="",
        html=(
            "<html><body><p>Hi Priyanka,</p><p>The portal account taken over on 11/14 belongs to <b>Leonard Fitch</b>. "
            "From the portal logs, the attacker viewed his upcoming hemodialysis appointments and his most recent "
            "potassium and phosphorus results, then changed the account e-mail. We reset the account and notified "
            "your patient relations lead.</p><p>Luis Aranda<br>Ironvale IR</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Ransom-note follow-up with patient sample",
        notes="Hard positive: counsel update quoting the attacker's sample naming a child and her leukemia chemotherapy.",
        frm="Daniel Okoye <dokoye@ironvaleir.com>",
        to="breachteam@hollisfordlaw.com",
        subject="Negotiation log - 11/18",
        body=(
            "Counsel,\n\nToday's chat: the actor raised the demand to $1.9M and, as 'proof', pasted a record for a pediatric "
            "patient, Lily Thornbury, age 7, with her induction chemotherapy plan for acute lymphoblastic leukemia. We have "
            "verified the record is genuine. Next session 10:00 tomorrow.\n\nDaniel" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Victim credit-monitoring exception list",
        notes="Hard positive: exceptions list for minors names children, guardians and the pediatric clinic they were treated at.",
        frm="Ironvale Notification Services <notify@ironvaleir.com>",
        to="enrollment@idshieldmonitor.com",
        subject="Minor enrollment exceptions",
        body=(
            "These minors need the minor-monitoring product instead of adult credit monitoring; all were patients of the "
            "GPMC pediatric endocrinology clinic:\n\nReyna Castellanos (guardian Mateo Castellanos)\nOwen Pickett (guardian "
            "Sara Pickett)\n" + SIG
        ),
    ),
    # ---------------------------------------------------------------- not PHI (18)
    Spec(
        phi=False,
        category="Statement of work for IR retainer",
        notes="Engagement SOW PDF to a hospital's counsel; no patient data.",
        frm="Ironvale Engagements <engagements@ironvaleir.com>",
        to="gc@granitepeakmc.org",
        subject="SOW - Incident response and forensics (Granite Peak)",
        body="Attached is the SOW under the retainer MSA. Our BAA with GPMC is already on file. Please countersign so we can start imaging today."
        + SIG,
        atts=(
            Att(
                "Ironvale_SOW_GPMC.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONVALE INCIDENT RESPONSE - STATEMENT OF WORK",
                        "Client: Granite Peak Medical Center",
                        "Scope: forensics, containment, data mining, notification support",
                        "Rate: $495/hour, not-to-exceed $240,000",
                    ],
                    "SOW",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Indicators of compromise list",
        notes="Hard negative: IOC text file with attacker IP addresses, domains and hashes; no patient.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="soc@granitepeakmc.org",
        subject="IOCs for blocking - updated",
        body="Updated IOC list attached (v4). Please block at the firewall and add to EDR custom detections."
        + SIG,
        atts=(
            Att(
                "iocs_v4.txt",
                "text/plain",
                "# Ironvale IOC list v4\nip 185.220.101.47\nip 45.134.26.19\ndomain update-mychart-portal.net\n"
                "sha256 9f2c41e0b8a7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1\ntool rclone.exe renamed svch0st.exe\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Weekly status update with aggregate counts",
        notes="Hard negative: status update to counsel with counts of affected individuals and data elements only.",
        frm="Daniel Okoye <dokoye@ironvaleir.com>",
        to="breachteam@hollisfordlaw.com",
        subject="GPMC weekly status - week 3",
        body=(
            "Counsel,\n\nContainment complete; no attacker activity since 11/9. Data mining: 48,213 unique individuals "
            "identified across 3 shares; 6,020 with SSN, 31,877 with diagnosis or treatment information, 2,904 minors. "
            "Target for the final list: 12/4. Notification call centre goes live 12/8.\n\nDaniel Okoye\nEngagement Lead"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Ransom note analysis",
        notes="Hard negative: analysis of a ransom note that threatens to publish 'patient data' with no individual named.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="ciso@lakeviewkidneycare.com",
        subject="Ransom note analysis",
        body=(
            "The note ('README_RESTORE.txt') claims 600 GB including 'all patient records' and gives a Tor chat link. The "
            "wording and ID format match the group we track as SILTSTONE. Their past healthcare claims were inflated; in 4 "
            "of 6 cases the real data was billing spreadsheets. Do not engage yet." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Tabletop exercise scheduling invite",
        notes="Invite for a tabletop exercise at a client; no PHI.",
        frm="Ironvale Advisory <advisory@ironvaleir.com>",
        to="cio@northshoreortho.com",
        subject="Tabletop: business email compromise scenario",
        body="Invite for the BEC tabletop attached. 2 hours, executives and IT leads.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironvale//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ttx-nso-20261209@ironvaleir.com\r\nDTSTAMP:20261117T160000Z\r\nDTSTART:20261209T150000Z\r\n"
            "DTEND:20261209T170000Z\r\nSUMMARY:BEC tabletop - Northshore Ortho\r\nLOCATION:Teams\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic patient data for DLP validation",
        notes="Hard negative: csv of patient-looking rows explicitly labelled synthetic, for testing DLP rules.",
        frm="Ironvale Advisory <advisory@ironvaleir.com>",
        to="dlp-admins@northshoreortho.com",
        subject="Synthetic records for your DLP rule test",
        body="As requested, a synthetic file for validating your outbound DLP rules. Every row is FAKE: generated names, placeholder dates and TEST- record numbers; no SSNs."
        + SIG,
        atts=(
            Att(
                "SYNTHETIC_dlp_test_records.csv",
                "text/csv",
                "# SYNTHETIC TEST DATA - NOT REAL PEOPLE\nname,dob,mrn,diagnosis\nTESTPERSON Alpha,1900-01-01,TEST-0001,J45.909 (synthetic)\nTESTPERSON Bravo,1900-01-02,TEST-0002,E11.9 (synthetic)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phishing simulation results",
        notes="Staff click-rate results by department; no individual.",
        frm="Ironvale Advisory <advisory@ironvaleir.com>",
        to="ciso@stbrendanmed.org",
        subject="October phishing simulation - results",
        body="Overall click rate 6.8% (down from 11.2%), credential submission 2.1%, report rate 38%. Worst: the 'benefits enrollment' template. Department breakdown in the portal."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Detection rule mentioning patient-file lure",
        notes="Hard negative: YARA rule text mentions a lure file named patient_records but no real person.",
        frm="Luis Aranda <laranda@ironvaleir.com>",
        to="soc@granitepeakmc.org",
        subject="YARA rule for the loader",
        body=(
            "Rule for the loader we found (dropped as 'patient_records_update.xlsm'):\n\n"
            'rule SILTSTONE_loader {\n  strings:\n    $a = "patient_records_update" ascii\n    $b = { 4D 5A 90 00 03 }\n'
            "  condition:\n    $b at 0 and $a\n}\n" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Invoice for IR services",
        notes="Invoice to client for forensic services; payment for security services, not for care.",
        frm="Ironvale Billing <billing@ironvaleir.com>",
        to="ap@granitepeakmc.org",
        subject="Invoice IV-2026-0871",
        body="Invoice IV-2026-0871 for October services: $186,420.00 (forensics 281 h, data mining 96 h). Payable to Ironvale Incident Response LLC, net 30."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Conference talk abstract",
        notes="Hard negative: talk abstract about hospital ransomware with aggregate case facts.",
        frm="Daniel Okoye <dokoye@ironvaleir.com>",
        to="cfp@healthsecsummit.org",
        subject="CFP submission: 'Seventy-two hours without an EHR'",
        body=(
            "Abstract: Drawing on 14 hospital ransomware cases we handled in 2025-26, we show how downtime procedures, "
            "backup isolation and early data-mining scoping changed outcomes. Median EHR downtime was 9 days; in cases "
            "with immutable backups it was 3. No client is identified.\n\nSpeaker: Daniel Okoye, Engagement Lead"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Healthcare threat bulletin newsletter",
        notes="Hard negative: HTML threat bulletin on groups targeting hospitals; no individual.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="bulletin-subscribers@ironvaleir.com",
        subject="Ironvale Health Threat Bulletin - November",
        body="",
        html=(
            "<html><body><h2>Health Threat Bulletin</h2><ul><li>SILTSTONE now exfiltrates via rclone to Mega before "
            "encryption; 5 hospital victims this month.</li><li>Help-desk social engineering for MFA resets rose sharply; "
            "verify callers out of band.</li><li>Patch the interface engine CVE announced 11/10.</li></ul>"
            "<p>Ironvale Incident Response</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Root cause summary naming service account",
        notes="Hard negative: root-cause summary names a service account and workforce roles, no patients.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="cio@granitepeakmc.org",
        subject="Root cause - initial access",
        body="Initial access was a password spray against the VPN on 10/28; svc_scan (no MFA, password unchanged since 2021) succeeded. From there the actor used RDP to FS02 and the EHR reporting server. Recommendations in the draft report."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Chain-of-custody form for devices",
        notes="Hard negative: chain-of-custody docx lists device serial numbers of hospital laptops, not patients.",
        frm="Ironvale Forensics <forensics@ironvaleir.com>",
        to="it.assets@granitepeakmc.org",
        subject="Chain of custody - devices collected 11/17",
        body="Signed chain-of-custody form attached for the three devices we collected. Return expected after imaging."
        + SIG,
        atts=(
            Att(
                "CoC_GPMC_1117.docx",
                DOCX_T,
                docx(
                    [
                        "Ironvale Incident Response - Chain of Custody",
                        "Item 1: Dell Latitude 7440, asset GP-LT-0417, serial 7QK2LX3",
                        "Item 2: Dell OptiPlex 7010, asset GP-WS-1192, serial 5HT9MB1",
                        "Item 3: Seagate 2TB external drive, serial ZA4B91KQ",
                        "Collected by L. Aranda 11/17/2026 15:20; received by K. Volkova 11/17/2026 18:05",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FBI IC3 report confirmation",
        notes="Summary to client of the law-enforcement report filed; no patient data.",
        frm="Daniel Okoye <dokoye@ironvaleir.com>",
        to="gc@granitepeakmc.org",
        subject="IC3 complaint filed",
        body="We filed the IC3 complaint this morning (reference on file) with the IOCs and wallet address; the Boston field office liaison will reach out. No patient data was included."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Forwarded phishing lure sample",
        notes="Hard negative: forwarded lure about 'test results' is generic phishing with no individual.",
        frm="Ironvale Threat Intelligence <intel@ironvaleir.com>",
        to="soc@granitepeakmc.org",
        subject="Fwd: Your new test results are ready (lure sample)",
        body="This is the lure used in the campaign. Sender domain registered 11/1. Please add to the awareness training deck."
        + SIG,
        forward=PHISH_LURE,
    ),
    Spec(
        phi=False,
        category="EDR licence coordination",
        notes="Vendor coordination on EDR licences; no PHI.",
        frm="Ironvale Engagements <engagements@ironvaleir.com>",
        to="partners@sentrypointedr.com",
        subject="Emergency licences for GPMC (1,800 endpoints)",
        body="Please issue 1,800 temporary EDR licences for 60 days under our partner agreement, tenant 'gpmc-ir'. We'll convert to the client's own subscription at day 45."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Affected-data element statistics workbook",
        notes="Hard negative: multi-sheet workbook of counts by data element and by state; no individuals.",
        frm="Ironvale Data Mining <datamining@ironvaleir.com>",
        to="gc@lakeviewkidneycare.com",
        subject="Data element statistics for regulator filings",
        body="Counts for your state filings attached (by state and by data element). The individual list stays on the secure portal."
        + SIG,
        atts=(
            Att(
                "LKC_element_stats.xlsx",
                XLSX,
                xlsx(
                    {
                        "By state": [
                            ["State", "Individuals"],
                            ["VT", 8114],
                            ["NH", 1302],
                            ["MA", 227],
                        ],
                        "By element": [
                            ["Element", "Individuals"],
                            ["Name", 9643],
                            ["Diagnosis/treatment", 9120],
                            ["SSN", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Retainer renewal",
        notes="Retainer renewal reminder to a client; no PHI.",
        frm="Ironvale Engagements <engagements@ironvaleir.com>",
        to="cio@northshoreortho.com",
        subject="Your IR retainer renews January 1",
        body="Your 40-hour retainer renews January 1. Unused hours this year (22) can be applied to a tabletop or a compromise assessment before December 31."
        + SIG,
    ),
]
