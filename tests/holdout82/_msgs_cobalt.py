"""Outbound mail of Cobalt Bay Recovery Center, an addiction treatment programme (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

PART2 = (
    "\n\n-- \nThis information has been disclosed to you from records protected by federal "
    "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further "
    "disclosure of this information unless further disclosure is expressly permitted by the written "
    "consent of the person to whom it pertains or as otherwise permitted by 42 CFR part 2."
)
FOOT = "\n\nCobalt Bay Recovery Center | 2180 Tidewater Rd, Port Ardeen | 555-0142"

HL7_UDS = (
    "MSH|^~\\&|CBRLAB|COBALTBAY|COURTLINK|MARROWCO|202611170915||ORU^R01|CB88213|P|2.5.1\r"
    "PID|1||CB-204817^^^CBR^MR||Okafor^Darnell^J||19910322|M|||411 Pell St^^Port Ardeen^CA^95514\r"
    "OBR|1|UDS-33120||UDS12^Urine drug screen 12 panel|||202611160810\r"
    "OBX|1|ST|FEN^Fentanyl||POSITIVE|||A\r"
    "OBX|2|ST|BUP^Buprenorphine||POSITIVE|||N\r"
    "OBX|3|ST|MTD^Methadone||NEGATIVE|||N\r"
    "OBX|4|ST|COC^Cocaine||NEGATIVE|||N\r"
)

HL7_ADT = (
    "MSH|^~\\&|CBRADT|COBALTBAY|PORTARDEENFHC|PAFHC|202611180730||ADT^A03|CB88390|P|2.5.1\r"
    "EVN|A03|202611180700\r"
    "PID|1||CB-203355^^^CBR^MR||Lindqvist^Maren^E||19850611|F\r"
    "PV1|1|I|RES^W2^04||||1720354087^Haddad^Samir|||||||||||||||||||||||||||||||||||||202611040900|202611180700\r"
    "DG1|1||F10.20^Alcohol dependence, uncomplicated^I10\r"
)

FHIR_BUP = json.dumps(
    {
        "resourceType": "MedicationRequest",
        "id": "cbr-mr-55102",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "buprenorphine/naloxone 8 mg/2 mg sublingual film"},
        "subject": {"reference": "Patient/cbr-204990", "display": "Teodora Vance"},
        "dosageInstruction": [{"text": "1 film SL daily"}],
        "dispenseRequest": {"quantity": {"value": 7, "unit": "film"}},
        "requester": {"display": "Samir Haddad MD"},
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "meta": {
            "tag": [{"code": "SYNTHETIC", "display": "Synthetic test data - not a real person"}]
        },
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "zz-test-01",
                    "name": [{"family": "Testpatient", "given": ["Zzcobalt"]}],
                    "birthDate": "1900-01-01",
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/zz-test-01"},
                    "code": {"text": "TEST CONDITION - IGNORE"},
                }
            },
        ],
    },
    indent=1,
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*COBALTBAY      *ZZ*PACIFICAHP     *261117*1004*^*00501*000004471*0*P*:~"
    "GS*HC*COBALTBAY*PACIFICAHP*20261117*1004*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*COBALT BAY RECOVERY CENTER*****XX*1278422427~"
    "NM1*IL*1*ESPINOZA*RAFAEL****MI*PHP66120743~DMG*D8*19780904*M~"
    "CLM*CB-77120*1840***55:B:1*Y*A*Y*Y~HI*ABK:F11.20~SV1*HC:H0015*1840*UN*8***1~DTP*472*RD8*20261109-20261113~SE*9*0001~GE*1*4471~IEA*1*000004471~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*COBALTBAY      *ZZ*STATEMEDICAID  *261118*0815*^*00501*000004480*0*P*:~"
    "GS*HS*COBALTBAY*STATEMEDICAID*20261118*0815*4480*X*005010X279A1~ST*270*0001*005010X279A1~"
    "HL*1**20*1~NM1*PR*2*STATE MEDICAID*****PI*CAMCD~HL*2*1*21*1~NM1*1P*2*COBALT BAY RECOVERY CENTER*****XX*1278422427~"
    "HL*3*2*22*0~NM1*IL*1*BRANNIGAN*COLLEEN****MI*91620447C~DMG*D8*19990217*F~EQ*AI~SE*9*0001~GE*1*4480~IEA*1*000004480~"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.22.1.1"/>'
    "<title>Transition of Care Summary - Cobalt Bay Recovery Center</title>"
    '<recordTarget><patientRole><id extension="CB-202761" root="2.16.840.1.113883.19.5.82"/>'
    "<patient><name><given>Hollis</given><family>Breckenridge</family></name>"
    '<birthTime value="19670130"/></patient></patientRole></recordTarget>'
    "<component><structuredBody><component><section><title>Problems</title>"
    "<text>Opioid use disorder, severe, in early remission on maintenance therapy (F11.21). Hepatitis C, treated 2025.</text>"
    "</section></component><component><section><title>Medications</title>"
    "<text>Methadone 85 mg PO daily (last dose at CBR 11/17/2026). Guest dosing requested.</text>"
    "</section></component></structuredBody></component></ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="intake appointment confirmation to patient gmail",
        notes="Names the patient and confirms her intake assessment at a substance use treatment programme.",
        frm="Cobalt Bay Admissions <admissions@cobaltbayrecovery.org>",
        to="jess.alarcon.88@gmail.com",
        subject="Your appointment on Thursday",
        body=(
            "Hi Jessamyn,\n\nThis confirms your intake assessment with our admissions counselor on Thursday, "
            "November 19 at 9:30 am. Please bring a photo ID and your insurance card and plan for about two hours. "
            "If you have taken any alcohol in the last 24 hours please tell the nurse when you arrive so we can "
            "check you for withdrawal.\n\nCall us at 555-0142 if you need to reschedule.\n\nWarmly,\nAdmissions team"
            + FOOT
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cobalt Bay//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:cbr-intake-55190@cobaltbayrecovery.org\r\nDTSTAMP:20261116T170000Z\r\nDTSTART:20261119T173000Z\r\n"
            "DTEND:20261119T193000Z\r\nSUMMARY:Intake assessment - Jessamyn Alarcon\r\nLOCATION:Cobalt Bay Recovery Center\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="counselor bio for website refresh",
        notes="Hard negative: staff biography mentions opioid use disorder and PTSD as specialties, no patient.",
        frm="Ines Marchetti <imarchetti@cobaltbayrecovery.org>",
        to="studio@harborlinecreative.com",
        subject="Bio copy for the Meet Our Team page",
        body=(
            "Hi Dev,\n\nHere's the bio for our new clinical lead, to go under her headshot:\n\n"
            '"Renata Szabo, LCSW, LAADC, has spent fifteen years treating adults with opioid use disorder, '
            "alcohol use disorder and co-occurring PTSD. She trained in trauma-focused CBT and contingency "
            "management and leads our Thursday evening relapse-prevention group. Before Cobalt Bay she ran the "
            "withdrawal management unit at St. Brendan's.\"\n\nHeadshot to follow from Renata directly.\n\nInes"
        ),
    ),
    Spec(
        phi=True,
        category="UDS result HL7 to drug court with consent",
        notes="Hard positive: body only says 'results attached'; the HL7 names the participant with a fentanyl-positive urine screen.",
        frm="Cobalt Bay Lab Liaison <lab@cobaltbayrecovery.org>",
        to="treatmentcourt@marrowcountycourts.gov",
        subject="Weekly feed 11/16",
        body="Attached per the signed consent on file. Reply to this address with any questions."
        + PART2,
        atts=(Att("cbr_feed_1116.hl7", "application/hl7-v2", HL7_UDS),),
    ),
    Spec(
        phi=False,
        category="42 CFR Part 2 staff training reminder",
        notes="Hard negative: compliance training about Part 2 redisclosure rules with an invented scenario and no real patient.",
        frm="Compliance Office <compliance@cobaltbayrecovery.org>",
        to="allstaff@cobaltbayrecovery.org",
        subject="Annual Part 2 refresher due Nov 30",
        body=(
            "Team,\n\nThe annual 42 CFR Part 2 module is now in the LMS. New this year: the 2024 final rule "
            "lets a single consent cover future TPO uses, but court orders still require the Subpart E process. "
            "Quiz scenario 3 asks what you do when a probation officer calls asking whether 'a client' attended "
            "group yesterday (answer: neither confirm nor deny without a valid consent).\n\n"
            "Completion is required by November 30.\n\nTomasz Wierzbicki, Privacy & Compliance Officer"
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary PDF to primary care",
        notes="PDF discharge summary names the patient with alcohol use disorder diagnosis, detox course and naltrexone plan.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="referrals@portardeenfhc.org",
        subject="Discharge summary - residential program",
        body="Dr. Aubuchon,\n\nPlease find the residential discharge summary for your shared patient attached. A release is on file.\n\nMedical Records"
        + PART2,
        atts=(
            Att(
                "discharge_summary_lindqvist.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT BAY RECOVERY CENTER - DISCHARGE SUMMARY",
                        "Patient: Maren E. Lindqvist   MRN CB-203355   DOB 06/11/1985",
                        "Admitted 11/04/2026  Discharged 11/18/2026  Level of care: ASAM 3.7",
                        "Dx: F10.20 Alcohol use disorder, severe. Withdrawal managed with lorazepam taper.",
                        "Discharge meds: naltrexone 50 mg daily; thiamine 100 mg daily.",
                        "Follow-up: IOP 3x/week starting 11/23; PCP within 7 days.",
                        "Attending: Samir Haddad MD, NPI 1720354087",
                    ],
                    "Discharge summary",
                ),
            ),
            Att("adt_a03_lindqvist.hl7", "application/hl7-v2", HL7_ADT),
        ),
    ),
    Spec(
        phi=False,
        category="buprenorphine supply shortage notice",
        notes="Hard negative: drug shortage notice to prescribers naming a medication and doses but no patient.",
        frm="Pharmacy Services <pharmacy@cobaltbayrecovery.org>",
        to="prescribers@cobaltbayrecovery.org",
        subject="Short supply: buprenorphine/naloxone 2 mg/0.5 mg film",
        body=(
            "Prescribers,\n\nOur wholesaler has the 2 mg/0.5 mg films on allocation through mid-December. "
            "The 8 mg/2 mg film and the generic tablets are unaffected. For new inductions please write for tablets "
            "where clinically reasonable, and do not switch stable patients without a clinical reason.\n\n"
            "Dana Oyelaran, PharmD"
        ),
    ),
    Spec(
        phi=True,
        category="e-prescription FHIR to pharmacy",
        notes="Hard positive: the body names no one; the FHIR attachment names the patient with a buprenorphine/naloxone prescription.",
        frm="Dr. Samir Haddad <shaddad@cobaltbayrecovery.org>",
        to="rx@tidewaterpharmacy.com",
        subject="Bridge script - please fill today",
        body=(
            "Hi Marisol,\n\nBridge supply attached as we discussed on the phone; patient will pick up after 3 pm. "
            "My DEA BK7601861, NPI 1720354087.\n\nThanks,\nSamir Haddad MD" + PART2
        ),
        atts=(Att("medrequest_55102.json", "application/fhir+json", FHIR_BUP),),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test bundle to EHR vendor",
        notes="Hard negative: FHIR bundle explicitly tagged synthetic with an obviously fake test patient.",
        frm="IT Help Desk <it@cobaltbayrecovery.org>",
        to="support@meridianbehavioralehr.com",
        subject="Ticket 40917 - interface test payload",
        body=(
            "Hello,\n\nThe outbound FHIR interface rejects bundles with a Condition entry. Sample payload attached; "
            "it uses our standard ZZ test patient, not a real person. Error: 422 Unprocessable Entity.\n\nKwame\nCobalt Bay IT"
        ),
        atts=(Att("test_bundle.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="837 professional claim for IOP",
        notes="Hard positive: X12 837 names the member with opioid dependence diagnosis and intensive outpatient service lines; body has none.",
        frm="Billing <billing@cobaltbayrecovery.org>",
        to="edi@pacificahealthplan.com",
        subject="837P batch 4471",
        body="Batch 4471 attached, 1 claim. Please confirm 999 receipt.\n\nCobalt Bay Billing",
        atts=(Att("CBR_4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry",
        notes="Hard positive: X12 270 carries a named member, Medicaid ID and DOB from a treatment programme.",
        frm="Billing <billing@cobaltbayrecovery.org>",
        to="edi-support@camedicaidgateway.gov",
        subject="270 inquiry resend",
        body="Resending 270 control 4480; the first transmission timed out.",
        atts=(Att("CBR_270_4480.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook to board",
        notes="Hard negative: multi-sheet workbook of program-level counts and percentages, no individuals.",
        frm="Quality Improvement <qi@cobaltbayrecovery.org>",
        to="board@cobaltbayrecovery.org",
        subject="Q3 outcomes dashboard",
        body="Board members,\n\nQ3 outcomes attached ahead of Tuesday. Retention at 90 days is up 6 points; overdose deaths within 30 days of discharge: zero this quarter.\n\nPriya Raman, QI Director",
        atts=(
            Att(
                "CBR_Q3_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q2", "Q3"],
                            ["Admissions", 212, 228],
                            ["90-day retention %", 51, 57],
                            ["MOUD initiation %", 64, 70],
                        ],
                        "By level": [
                            ["Level of care", "Admits", "Completed"],
                            ["Withdrawal mgmt", 88, 71],
                            ["Residential", 64, 41],
                            ["IOP", 76, 49],
                        ],
                        "Payer mix": [
                            ["Payer", "Share %"],
                            ["Medicaid", 61],
                            ["Commercial", 27],
                            ["Self-pay", 12],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="caseload workbook to contracted counselor",
        notes="Multi-sheet workbook lists named clients with MRNs, substances and group assignments.",
        frm="Clinical Director <clinicaldirector@cobaltbayrecovery.org>",
        to="mfontaine.counseling@outlook.com",
        subject="Your caseload starting Monday",
        body="Mireille,\n\nWelcome aboard. Your starting caseload is attached; please keep it on the encrypted laptop only.\n\nRenata"
        + PART2,
        atts=(
            Att(
                "caseload_fontaine.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clients": [
                            ["Name", "MRN", "Primary", "Level"],
                            ["Quentin Abernathy", "CB-204410", "Methamphetamine", "IOP"],
                            ["Rosalind Achebe", "CB-204455", "Alcohol", "IOP"],
                            ["Tobias Mwangi", "CB-204502", "Opioids (MOUD)", "OP"],
                        ],
                        "Groups": [
                            ["Group", "Day", "Members"],
                            ["Relapse prevention", "Mon", "Abernathy, Mwangi"],
                            ["Women's process", "Wed", "Achebe"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="naloxone community training flyer",
        notes="Health-topic flyer about overdose response for the public; no individual.",
        frm="Community Outreach <outreach@cobaltbayrecovery.org>",
        to="events@portardeenlibrary.org",
        subject="Free naloxone training - flyer for your board",
        body="",
        html=(
            "<html><body><h2>Learn to reverse an overdose</h2><p>Free 45-minute Narcan training, Saturday December 5, "
            "10 am, Port Ardeen Public Library community room. Everyone leaves with two doses of naloxone nasal spray.</p>"
            "<p>No registration needed. Questions: outreach@cobaltbayrecovery.org</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML appointment reminder with patient name",
        notes="HTML-only reminder names the patient and her medication-management visit at the programme.",
        frm="Cobalt Bay Reminders <noreply@cobaltbayrecovery.org>",
        to="tvance.home@yahoo.com",
        subject="Reminder: your visit tomorrow",
        body="",
        html=(
            "<html><body><p>Hello Teodora Vance,</p><p>This is a reminder of your <b>MAT medication check</b> with "
            "Dr. Haddad tomorrow, Tuesday 11/17 at 2:15 pm, and your observed urine screen beforehand.</p>"
            "<p>Reply C to confirm.</p><p>Cobalt Bay Recovery Center</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="job posting for recovery coach",
        notes="Hard negative: job posting listing addiction, MOUD and overdose duties with no patient.",
        frm="Human Resources <hr@cobaltbayrecovery.org>",
        to="postings@socialservicejobsboard.org",
        subject="Posting: Peer Recovery Coach (full time)",
        body=(
            "Please post the following through December 31.\n\nPeer Recovery Coach - Cobalt Bay Recovery Center\n"
            "Lived experience of recovery from substance use disorder required (2+ years). Duties: accompany clients "
            "to MOUD appointments, carry and administer naloxone, run the Tuesday SMART Recovery meeting. "
            "$24-27/hr, full benefits. Apply at cobaltbayrecovery.org/careers."
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA for guest methadone dosing",
        notes="Hard positive: C-CDA transition document names the patient with methadone dose and OUD; the body is two words.",
        frm="Nursing Station <nursing@cobaltbayrecovery.org>",
        to="intake@lakeshoreotp.com",
        subject="guest dosing 11/23-11/30",
        body="ccda attached" + PART2,
        atts=(Att("toc_202761.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="UDS cup vendor order",
        notes="Hard negative: supply order for drug-test cups with an SSN-shaped order number; no patient.",
        frm="Purchasing <purchasing@cobaltbayrecovery.org>",
        to="orders@clearpathdiagnostics.com",
        subject="PO for 12-panel cups",
        body=(
            "Hi,\n\nPlease ship 40 cases of the 12-panel integrated cups (item CP-12FTY, includes fentanyl strip) "
            "and 10 cases of oral fluid swabs. Your quote reference 417-28-5530.\n\nShip to the loading dock, "
            "2180 Tidewater Rd.\n\nRoland Etxeberria, Purchasing"
        ),
    ),
    Spec(
        phi=True,
        category="release of information to attorney",
        notes="Letter to a defense attorney confirming the named client's attendance and negative screens.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="lchen@chenandpolkdefense.com",
        subject="Records request - your client",
        body=(
            "Ms. Chen,\n\nPursuant to the consent signed by Rafael Espinoza on 11/2/2026, attached is a letter "
            "confirming he has attended 11 of 12 scheduled IOP sessions since October 12 and that all six urine "
            "drug screens in that period were negative. We are not authorized to release counseling notes.\n\nMedical Records"
            + PART2
        ),
        atts=(
            Att(
                "attendance_letter_espinoza.docx",
                DOCX,
                docx(
                    [
                        "Cobalt Bay Recovery Center",
                        "To whom it may concern:",
                        "Rafael Espinoza (DOB 09/04/1978) has been enrolled in our Intensive Outpatient Program since 10/12/2026.",
                        "Attendance: 11 of 12 sessions. Urine drug screens: 6 of 6 negative.",
                        "Renata Szabo, LCSW, Clinical Director",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: de-identified extract with study codes, age bands and 3-digit ZIPs under a DUA.",
        frm="Research Coordinator <research@cobaltbayrecovery.org>",
        to="data-core@westbayuniversity.edu",
        subject="Limited extract v2 (de-identified per Safe Harbor)",
        body="Dr. Olufemi,\n\nVersion 2 attached. Safe Harbor review by Tomasz is on file; no dates, no names, ZIP3 only.\n\nCelia",
        atts=(
            Att(
                "cbr_extract_v2.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,primary_substance,moud,retained_90d\nS0001,25-34,F,955,opioid,yes,1\nS0002,35-44,M,955,alcohol,no,0\nS0003,18-24,M,954,methamphetamine,no,1\nS0004,45-54,F,955,opioid,yes,1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to mother about son's status",
        notes="Hard positive: first name plus relationship confirms the son is in residential treatment and stable after withdrawal.",
        frm="Family Program <family@cobaltbayrecovery.org>",
        to="gwen.pruitt56@aol.com",
        subject="RE: checking on Caleb",
        body=(
            "Hi Gwen,\n\nCaleb signed the family release yesterday so I can finally answer you: he's doing okay. "
            "The hardest part of withdrawal is behind him and he's eating again. Family session is Sunday at 1 if "
            "you can make it.\n\nBest,\nNoor Hadid, Family Program Coordinator" + PART2
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Gwen Pruitt <gwen.pruitt56@aol.com>",
            to="family@cobaltbayrecovery.org",
            subject="checking on Caleb",
            body="Hello, my son Caleb Pruitt was brought to you Friday. Is he alright? Nobody will tell me anything. Gwen",
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization to health plan",
        notes="Prior authorization request names the member, ID and diagnosis for residential treatment.",
        frm="Utilization Review <ur@cobaltbayrecovery.org>",
        to="bh-auth@pacificahealthplan.com",
        subject="Concurrent review request - residential",
        body=(
            "Member: Rafael Espinoza, ID PHP66120743, DOB 9/4/1978\nRequested: 7 additional days ASAM 3.5\n"
            "Dx: F11.20, F15.10\nClinical: cravings 8/10, two AMA attempts, housing unstable, no safe discharge yet. "
            "ASAM dimensions 4-6 high risk.\n\nPeer-to-peer available with Dr. Haddad at 555-0147.\n\nMaya, UR"
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with transcription vendor",
        notes="Hard negative: business associate agreement paperwork naming PHI and Part 2 clauses but no patient.",
        frm="Compliance Office <compliance@cobaltbayrecovery.org>",
        to="contracts@clearscribemedical.com",
        subject="BAA + QSOA renewal, signed",
        body=(
            "Attached is the countersigned BAA with the Qualified Service Organization Agreement addendum required "
            "under 42 CFR 2.11. Section 4 limits use of patient identifying information to transcription; section 7 "
            "requires breach notice within 5 business days.\n\nTomasz Wierzbicki"
        ),
        atts=(
            Att(
                "BAA_QSOA_ClearScribe_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT BAY RECOVERY CENTER",
                        "Business Associate and Qualified Service Organization Agreement",
                        "Term: January 1, 2027 - December 31, 2027",
                        "4. Permitted uses: transcription of clinical dictation only.",
                        "7. Breach notification within five (5) business days of discovery.",
                        "Signed: Tomasz Wierzbicki, Privacy Officer",
                    ],
                    "BAA QSOA",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records zip to probation",
        notes="Hard positive: the zip is unreadable, but subject and body tie the named client to treatment records at an addiction programme.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="pcorrigan@marrowcountyprobation.gov",
        subject="Records for Darnell Okafor (password by phone)",
        body="Officer Corrigan,\n\nAs authorized by Mr. Okafor's consent dated 10/28, his treatment records are attached. I will call you with the password.\n\nMedical Records"
        + PART2,
        atts=(
            Att(
                "okafor_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "progress_notes.txt": "Darnell Okafor CB-204817\n11/09 group: engaged, reports cravings.\n11/16 UDS positive fentanyl.\n"
                    },
                    "Tide!2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank consent form to court",
        notes="Hard negative: blank Part 2 consent form template with field labels only.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="treatmentcourt@marrowcountycourts.gov",
        subject="Updated consent form (blank)",
        body="Please replace the old consent form in your intake packet with the attached revision. Fields unchanged except the new expiration line.",
        atts=(
            Att(
                "CBR_Part2_consent_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT BAY RECOVERY CENTER - CONSENT FOR RELEASE OF INFORMATION (42 CFR PART 2)",
                        "Patient name: ______________________   Date of birth: ____/____/______",
                        "I authorize Cobalt Bay to disclose: [ ] attendance [ ] drug screen results [ ] treatment plan",
                        "To: ______________________________ Purpose: __________________",
                        "This consent expires on: _____________ (or upon case closure)",
                    ],
                    "Consent form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse text to on-call nurse",
        notes="Hard positive: terse internal note with patient initials, room and CIWA score.",
        frm="Night Tech <nighttech@cobaltbayrecovery.org>",
        to="oncall.rn@cobaltbayrecovery.org",
        subject="W2-04",
        body="ML in W2-04 ciwa 17 @0310, tremor, BP 168/102. gave 2mg ativan per protocol. pls call back",
    ),
    Spec(
        phi=False,
        category="clinical supervision schedule",
        notes="Staff supervision rota with clinician names only.",
        frm="Renata Szabo <rszabo@cobaltbayrecovery.org>",
        to="counselors@cobaltbayrecovery.org",
        subject="December supervision slots",
        body="Group supervision moves to Wednesdays 4-5 in December. Individual slots:\n- Mireille Fontaine: Mon 3pm\n- Jonah Castellanos: Tue 11am\n- Akua Mensah: Fri 10am\nRenata",
    ),
    Spec(
        phi=True,
        category="multi-sheet UR workbook to health plan",
        notes="Hard positive: workbook has a headerless sheet pairing names, member IDs and levels of care.",
        frm="Utilization Review <ur@cobaltbayrecovery.org>",
        to="bh-auth@pacificahealthplan.com",
        subject="Weekly census for your members",
        body="Weekly census attached as agreed in the provider contract.",
        atts=(
            Att(
                "php_census_1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Espinoza, Rafael", "PHP66120743", "3.5", "day 9"],
                            ["Nakamura, Ellis", "PHP66804415", "3.7-WM", "day 2"],
                            ["Oduya, Beatrice", "PHP67012298", "IOP", "wk 4"],
                        ],
                        "Notes": [["Field", "Meaning"], ["3.5", "ASAM residential"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget to county behavioral health",
        notes="Budget figures for a state opioid response grant; no individuals.",
        frm="Finance <finance@cobaltbayrecovery.org>",
        to="sor-grants@marrowcountybh.gov",
        subject="SOR budget modification",
        body="Hello Marguerite,\n\nWe'd like to move $38,000 from naloxone purchasing (underspent, state supply covered it) to peer coach salaries. Revised budget lines attached.\n\nYusuf Adeyemi, CFO",
        atts=(
            Att(
                "sor_budget_mod.csv",
                "text/csv",
                "line,original,revised\nPeer coaches,142000,180000\nNaloxone kits,52000,14000\nTransportation,30000,30000\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lab critical result call-back note",
        notes="Hard positive: the patient's name and reactive hepatitis C result appear only in the forwarded lab message.",
        frm="Nursing Station <nursing@cobaltbayrecovery.org>",
        to="infectiousdisease@portardeenfhc.org",
        subject="FW: result needing follow-up",
        body="Dr. Pham, forwarding for your HCV linkage clinic; patient agreed to referral and signed release. Thanks - Lorena RN"
        + PART2,
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Results <results@clearpathdiagnostics.com>",
            to="nursing@cobaltbayrecovery.org",
            subject="Result: Nakamura, Ellis",
            body="Patient: Nakamura, Ellis  DOB 02/27/1994\nHCV Ab: REACTIVE\nHCV RNA reflex: 1,240,000 IU/mL\nCollected 11/13/2026",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor webinar invite",
        notes="Forwarded vendor webinar on contingency management; no patient.",
        frm="Priya Raman <praman@cobaltbayrecovery.org>",
        to="clinicalleads@cobaltbayrecovery.org",
        subject="FW: Webinar - contingency management for stimulant use",
        body="Worth attending if you can, especially for the meth-heavy IOP groups. -P",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Events <events@recoveryrewardsapp.com>",
            to="praman@cobaltbayrecovery.org",
            subject="Webinar - contingency management for stimulant use",
            body="Join us Dec 9 at noon PT for a 60-minute session on evidence for CM in stimulant use disorder, with a demo of our platform. Register at recoveryrewardsapp.com/webinar.",
        ),
    ),
    Spec(
        phi=True,
        category="treatment plan docx to patient",
        notes="Treatment plan document for the named patient sent to her personal email.",
        frm="Akua Mensah <amensah@cobaltbayrecovery.org>",
        to="rosalind.achebe@icloud.com",
        subject="Your plan from today's session",
        body="Rosalind,\n\nAs promised, here is the updated plan we wrote together today. Proud of you for the 60 days.\n\nAkua Mensah, CADC",
        atts=(
            Att(
                "Achebe_treatment_plan.docx",
                DOCX,
                docx(
                    [
                        "Individualized Treatment Plan - Rosalind Achebe (CB-204455)",
                        "Problem 1: Alcohol use disorder, moderate. Goal: maintain abstinence; attend 3 IOP groups weekly.",
                        "Problem 2: Depressed mood. Goal: complete PHQ-9 monthly; psychiatry consult 12/2.",
                        "Reviewed with client 11/17/2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document with example field names",
        notes="Hard negative: records-retention policy lists example field names (MRN, DOB, UDS result) but no values.",
        frm="Compliance Office <compliance@cobaltbayrecovery.org>",
        to="managers@cobaltbayrecovery.org",
        subject="Draft policy 7.3 - record retention",
        body="Managers, draft attached for comment by Friday.",
        atts=(
            Att(
                "Policy_7.3_retention_draft.docx",
                DOCX,
                docx(
                    [
                        "Policy 7.3 Retention and Destruction of Patient Records",
                        "Scope: all records containing patient identifying information, e.g. name, MRN, DOB, UDS result, diagnosis.",
                        "Adult records are retained 7 years after last service; minors until age 25.",
                        "Paper destroyed by cross-cut shredding; media by certified vendor.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form text to EHR abstraction vendor",
        notes="Hard positive: OCR text of a scanned intake form with name, DOB, SSN and substance history.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="abstraction@clearscribemedical.com",
        subject="batch 118 OCR - 1 doc failed indexing",
        body="One doc from batch 118 failed to index; OCR output attached so you can key it manually.",
        atts=(
            Att(
                "batch118_doc07_ocr.txt",
                "text/plain",
                "C0BALT BAY REC0VERY - INTAKE SCREEN1NG\nName: Brannigan Colleen M   D0B 02/17/1999\nSSN 531-47-2290\n"
                "Substance(s): heroin IV, xanax (non-rx)   Last use: 11/15 am\nPrior tx: detox x2 (2024, 2025)\nPregnant? Y  ~14 wks\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="parking lot repair vendor thread",
        notes="Facilities mail with a contractor; no patient.",
        frm="Facilities <facilities@cobaltbayrecovery.org>",
        to="bids@ardeenpaving.com",
        subject="RE: quote for resurfacing",
        body="Hi Lou,\n\nThe $14,800 quote works. Can your crew do it the weekend of 12/12 so we don't block client drop-off? The residential van needs the east gate open.\n\nGabe",
    ),
    Spec(
        phi=True,
        category="employer return-to-work letter",
        notes="Letter to an employer naming the employee as having completed residential substance treatment.",
        frm="Renata Szabo <rszabo@cobaltbayrecovery.org>",
        to="hr@ardeenshipyard.com",
        subject="Return to work - Tobias Mwangi",
        body=(
            "Dear Ms. Holloway,\n\nWith Mr. Mwangi's written consent, I confirm that he completed our 28-day residential "
            "program on 11/13/2026 and is cleared to return to duty. He will continue outpatient care twice weekly "
            "after 5 pm, which should not conflict with his shift.\n\nRenata Szabo, LCSW" + PART2
        ),
    ),
    Spec(
        phi=False,
        category="anonymous success story newsletter",
        notes="Hard negative: newsletter story about an unnamed alumnus with no identifying details.",
        frm="Alumni Program <alumni@cobaltbayrecovery.org>",
        to="alumni-list@cobaltbayrecovery.org",
        subject="November alumni news",
        body="",
        html=(
            "<html><body><h1>Alumni News</h1><p>One alum (who asked us not to use a name) marked five years in recovery "
            "this month and now coaches a youth soccer team.</p><p>Alumni dinner: December 10, 6 pm, main hall. Bring a dish!</p>"
            '<img src="cid:logo" alt="Cobalt Bay"/></body></html>'
        ),
    ),
    Spec(
        phi=True,
        category="records zip to successor provider",
        notes="Zip archive holds a named patient's assessment and medication list for transfer of care.",
        frm="Medical Records <records@cobaltbayrecovery.org>",
        to="records@lakeshoreotp.com",
        subject="Transfer packet",
        body="Transfer packet attached per the consent on file. Please acknowledge receipt."
        + PART2,
        atts=(
            Att(
                "transfer_packet.zip",
                "application/zip",
                zipped(
                    {
                        "assessment.txt": "Hollis Breckenridge, MRN CB-202761, DOB 01/30/1967\nASAM assessment 10/02/2026: OUD severe; methadone 85 mg.\n",
                        "med_list.csv": "medication,dose\nmethadone,85 mg daily\nsertraline,50 mg daily\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="building photo for grant application",
        notes="PNG of the new wing for a grant application; no person.",
        frm="Development Office <development@cobaltbayrecovery.org>",
        to="grants@ardeencommunityfoundation.org",
        subject="Photo for the capital grant",
        body="Attached is the exterior photo of the new withdrawal-management wing you asked for.",
        atts=(Att("new_wing_exterior.png", "image/png", png(6, 4, (90, 120, 160))),),
    ),
]
