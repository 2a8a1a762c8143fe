"""Tri-River Health Information Exchange: outbound mail of a regional HIE (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nTri-River Health Information Exchange\n400 Canal Street, Suite 900, Harrisport, OH\nSupport desk (555) 555-0140\n"

ADT_ERR = (
    "MSH|^~\\&|MERCYADT|MERCYHARRIS|TRHIE|TRHIE|20261116083112||ADT^A04|MH88213409|P|2.5.1\r"
    "EVN|A04|20261116083000\r"
    "PID|1||00482913^^^MERCYHARRIS^MR||KOWALCZYK^DOROTA^M||19670412|F|||1188 ELM HOLLOW RD^^HARRISPORT^OH^45720||(555)555-0117\r"
    "PV1|1|E|ED^BAY7^01||||1715086967^FENWICK^MARCUS^^^^MD|||||||||||V0098812\r"
    "DG1|1||R07.9^CHEST PAIN, UNSPECIFIED^I10||20261116|W\r"
)

ORU = (
    "MSH|^~\\&|TRHIE|TRHIE|NORTHLABLIS|NORTHLAB|20261117141502||ACK^R01|TR55102|P|2.5.1\r"
    "MSA|AE|NL7720431|Unknown ordering provider\r"
    "PID|1||3310972^^^NORTHLAB^MR||BRAITHWAITE^SAMUEL^T||19540930|M\r"
    "OBR|1|ORD88120|NL7720431|80061^LIPID PANEL^C4|||20261116\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||262|mg/dL|<200|H|||F\r"
    "OBX|2|NM|2089-1^LDL Cholesterol^LN||181|mg/dL|<100|H|||F\r"
)

TEST_HL7 = (
    "MSH|^~\\&|SAMPLEEHR|ONBOARD|TRHIE|TRHIE|20261101090000||ADT^A01|TEST0001|T|2.5.1\r"
    "EVN|A01|20261101090000\r"
    "PID|1||ZZ000001^^^ONBOARD^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 TEST WAY^^NOWHERE^OH^00000\r"
    "PV1|1|I|TEST^TEST^01\r"
)

FHIR_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 2,
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "trhie-7781203",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.7788.1", "value": "7781203"}
                    ],
                    "name": [{"family": "Oyelaran", "given": ["Folasade"]}],
                    "birthDate": "1988-01-23",
                    "address": [
                        {
                            "line": ["72 Quarry Lane"],
                            "city": "Belmont Falls",
                            "state": "OH",
                            "postalCode": "45731",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/trhie-7781203"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "O24.419",
                                "display": "Gestational diabetes mellitus in pregnancy, unspecified control",
                            }
                        ]
                    },
                    "recordedDate": "2026-10-28",
                }
            },
        ],
    },
    indent=1,
)

CAPABILITY = json.dumps(
    {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-01",
        "publisher": "Tri-River Health Information Exchange",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [
            {
                "mode": "server",
                "security": {"service": [{"text": "SMART-on-FHIR backend services"}]},
                "resource": [
                    {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                    {
                        "type": "DocumentReference",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                    },
                    {"type": "Encounter", "interaction": [{"code": "search-type"}]},
                ],
            }
        ],
    },
    indent=1,
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
 <title>Continuity of Care Document</title>
 <effectiveTime value="20261113"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.7788.1" extension="6620418"/>
  <addr><streetAddressLine>9 Birchmont Court</streetAddressLine><city>Harrisport</city><state>OH</state><postalCode>45722</postalCode></addr>
  <patient><name><given>Lionel</given><family>Ashdown</family></name><birthTime value="19490817"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title><text>Chronic kidney disease stage 4 (N18.4); Type 2 diabetes (E11.22)</text></section></component>
  <component><section><title>Medications</title><text>Insulin glargine 18 units nightly; calcitriol 0.25 mcg daily</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*TRHIETEST      *ZZ*GLPAYERTEST    *261110*0930*^*00501*000000905*0*T*:~"
    "GS*HS*TRHIETEST*GLPAYERTEST*20261110*0930*905*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*TESTBATCH01*20261110*0930~"
    "HL*1**20*1~NM1*PR*2*GREAT LAKES TEST PAYER*****PI*99999~"
    "HL*2*1*21*1~NM1*1P*2*TRI-RIVER HIE SANDBOX*****XX*1580206740~"
    "HL*3*2*22*0~NM1*IL*1*TESTCASE*ALPHA****MI*TEST0000001~DMG*D8*19800101~"
    "EQ*30~SE*10*0001~GE*1*905~IEA*1*000000905~"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="HIE access report sent to patient",
        notes="Patient's own record-access report to her gmail listing which facilities viewed her oncology and ED records.",
        frm="Patient Access Requests <patientaccess@tririverhie.org>",
        to="marisol.quint@gmail.com",
        subject="Your Tri-River access report (request #AR-26-1187)",
        body=(
            "Dear Ms. Quintanilla,\n\nAs requested, attached is the report of who viewed your record in the "
            "Tri-River exchange between May 1 and November 15, 2026. In short: Harrisport Cancer Institute viewed "
            "your chemotherapy notes on four occasions, and Mercy Harrisport's emergency department viewed your "
            "record on October 9 during your ED visit. No access outside a treatment relationship was found.\n\n"
            "If you don't recognise one of these entries, reply to this message or call us." + SIG
        ),
        atts=(
            Att(
                "access_report_AR-26-1187.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-RIVER HEALTH INFORMATION EXCHANGE - ACCESS REPORT",
                        "Individual: Marisol Quintanilla   DOB: 03/22/1971   TRHIE ID: 5530871",
                        "2026-06-02  Harrisport Cancer Institute  Oncology note (chemotherapy cycle 3)",
                        "2026-07-14  Harrisport Cancer Institute  Oncology note",
                        "2026-10-09  Mercy Harrisport ED          Encounter summary, labs",
                        "2026-10-30  Harrisport Cancer Institute  Imaging report (CT chest)",
                    ],
                    "Access report AR-26-1187",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Rejected HL7 ADT returned to hospital interface team",
        notes="Hard positive: body only describes the rejection; the attached ADT carries the patient's name, DOB, MRN, address and chest-pain diagnosis.",
        frm="TRHIE Interface Monitoring <interfaces@tririverhie.org>",
        to="hl7-support@mercyharrisport.org",
        subject="ADT feed: 1 message rejected overnight (PV1-7 format)",
        body=(
            "Hi team,\n\nOne A04 from your ED feed was rejected at 08:31 because PV1-7 carried the attending in a "
            "non-standard component order. Raw message attached so you can replay it after the fix. Everything else "
            "in the overnight batch (2,114 messages) processed fine.\n\nThanks,\nOwen\nInterface Engineer"
            + SIG
        ),
        atts=(Att("rejected_MH88213409.hl7", "application/hl7-v2", ADT_ERR),),
    ),
    Spec(
        phi=True,
        category="FHIR query response forwarded to clinic",
        notes="Hard positive: identity and gestational diabetes diagnosis appear only inside the attached FHIR bundle.",
        frm="Clinical Query Services <query@tririverhie.org>",
        to="it@belmontfallsobgyn.com",
        subject="Results of the query your EHR timed out on",
        body=(
            "Hello,\n\nYour EHR's query timed out before our response landed, so our on-call engineer pulled the "
            "response bundle from the log at your clinic manager's request. It's attached as JSON. Please load it "
            "through the import tool rather than pasting it into a note.\n\nBest,\nQuery Services"
            + SIG
        ),
        atts=(Att("query_response_20261117.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="Duplicate record merge request to hospital HIM",
        notes="Names a patient with two MRNs and DOB and mentions her dialysis encounters in a merge request to HIM.",
        frm="MPI Data Stewardship <mpi@tririverhie.org>",
        to="him.dataintegrity@stjudeharrisport.org",
        subject="Probable duplicate - please review for merge",
        body=(
            "Hi Renata,\n\nOur MPI flagged a probable duplicate at your facility:\n\n"
            "  Ngozi Adebayo-Clarke, DOB 07/30/1960, MRN 20117734\n"
            "  Ngozi Clarke, DOB 07/30/1960, MRN 20988105\n\n"
            "Same address and phone. The second record holds all the outpatient dialysis encounters since August, "
            "the first holds her 2025 inpatient stay. Could HIM confirm and merge on your side? We'll link ours once "
            "you do.\n\nThanks,\nHyun-woo Baek\nMPI Data Steward" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Opt-out confirmation naming Part 2 programme",
        notes="Hard positive: opt-out confirmation to patient's yahoo mailbox reveals she is treated at a named substance-use programme (42 CFR Part 2).",
        frm="Tri-River Consent Desk <consent@tririverhie.org>",
        to="t.brannigan77@yahoo.com",
        subject="Your sharing preference has been updated",
        body=(
            "Dear Teresa Brannigan,\n\nWe have recorded your request of November 12. From today, records sent to "
            "the exchange by Northway Recovery Center (your opioid treatment program) will not be shared with any "
            "other provider, even in an emergency. Your records from other providers will continue to be shared "
            "as before.\n\nYou can change this at any time by calling (555) 555-0140." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="ED encounter alert file to ACO care managers",
        notes="Daily encounter-notification csv to an ACO naming attributed members, member IDs, ED visits and chief complaints.",
        frm="Encounter Notification Service <ens@tririverhie.org>",
        to="caremgmt@lakeshoreaco.org",
        subject="ENS daily alerts 2026-11-18 (Lakeshore ACO panel)",
        body="Attached: 4 alerts for your attributed panel from the last 24 hours. Reply STOP-ENS to pause delivery."
        + SIG,
        atts=(
            Att(
                "ens_lakeshore_20261118.csv",
                "text/csv",
                "member_id,last,first,dob,event,facility,event_time,chief_complaint\n"
                "LSA40021877,Petrakis,Ioanna,1951-05-03,ED visit,Mercy Harrisport,2026-11-17 22:14,shortness of breath\n"
                "LSA40019420,Whitlock,Gerald,1944-12-19,Inpatient admit,St Jude Harrisport,2026-11-17 16:02,CHF exacerbation\n"
                "LSA40030566,Mbeki,Thandiwe,1979-08-08,ED visit,Belmont Falls Regional,2026-11-17 19:40,migraine\n"
                "LSA40011293,Garza,Esteban,1958-02-27,Discharge,St Jude Harrisport,2026-11-17 11:25,post-op hip\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse interface note with MRN and ICD code",
        notes="Hard positive: two-line note pairs a medical record number with a depression ICD-10 code (F33.1).",
        frm="Owen Tracy <otracy@tririverhie.org>",
        to="interfaces@riverbendbehavioral.org",
        subject="A08 stuck",
        body="pt 00735120 - A08 stuck in queue since 0600, DG1 has F33.1 w/ no coding system. resend w/ I10?\n-O",
    ),
    Spec(
        phi=True,
        category="Immunization reconciliation workbook to county health department",
        notes="Multi-sheet workbook to county health department listing children by name and DOB with missing vaccine doses.",
        frm="Public Health Reporting <publichealth@tririverhie.org>",
        to="immunizations@harriscountyhealth.gov",
        subject="IIS reconciliation - November batch mismatches",
        body=(
            "Hi Dolores,\n\nAttached are the records where the registry and the submitting clinic disagree. The "
            "'Mismatches' tab is patient-level; 'Summary' is counts by clinic. Most are lot-number typos.\n\nRegards,\n"
            "Public Health Reporting" + SIG
        ),
        atts=(
            Att(
                "iis_recon_2026-11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mismatches": [
                            [
                                "Child",
                                "DOB",
                                "Clinic",
                                "Vaccine",
                                "Clinic record",
                                "Registry record",
                            ],
                            [
                                "Amari Felton",
                                "2024-03-11",
                                "Harrisport Pediatrics",
                                "MMR dose 1",
                                "2025-03-12",
                                "missing",
                            ],
                            [
                                "Lucia Bergstrom",
                                "2023-09-02",
                                "Belmont Falls Family Med",
                                "DTaP dose 4",
                                "2026-10-01",
                                "missing",
                            ],
                            [
                                "Yusuf Haddad",
                                "2021-06-17",
                                "Harrisport Pediatrics",
                                "Varicella dose 2",
                                "2026-11-04",
                                "lot mismatch",
                            ],
                        ],
                        "Summary": [
                            ["Clinic", "Mismatches"],
                            ["Harrisport Pediatrics", 2],
                            ["Belmont Falls Family Med", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA resent to specialist",
        notes="Hard positive: short resend note; the attached C-CDA identifies the patient with CKD stage 4 and insulin.",
        frm="Direct Messaging Support <direct@tririverhie.org>",
        to="records@harrisportnephrology.com",
        subject="RE: CCD wouldn't open",
        body="Resending as plain XML - the Direct attachment was double-encoded by the sending EHR. Should open in your viewer now."
        + SIG,
        atts=(Att("CCD_6620418.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="HL7 ACK with lab results returned to reference lab",
        notes="Hard positive: error acknowledgment echoes the patient's name, DOB and high lipid results back to the lab.",
        frm="TRHIE Interface Monitoring <interfaces@tririverhie.org>",
        to="lis-admin@northlabsohio.com",
        subject="ORU rejected: unknown ordering provider",
        body="Your result NL7720431 was rejected (MSA AE, unknown ordering provider). ACK and the echoed segments attached. Can you check the provider mapping table?"
        + SIG,
        atts=(Att("ack_NL7720431.hl7", "application/hl7-v2", ORU),),
    ),
    Spec(
        phi=True,
        category="Allergy correction reply to patient",
        notes="HTML-only reply to patient's gmail confirming a penicillin allergy error in her HIE record and the clinic asked to correct it.",
        frm="Patient Access Requests <patientaccess@tririverhie.org>",
        to="lan.dao.harrisport@gmail.com",
        subject="Re: wrong allergy on my record",
        body="",
        html=(
            "<html><body><p>Dear Ms. Dao,</p><p>Thank you for letting us know. The exchange only passes along what "
            "your providers send, and the <b>penicillin allergy</b> you saw came from Lakeview Family Clinic's record "
            "of your visit on September 3. We have asked Lakeview to review it; once they send a corrected allergy "
            "list, it will replace the old one automatically.</p><p>Your asthma medication list was not affected.</p>"
            "<p>Kind regards,<br>Priya Sandoval<br>Patient Access, Tri-River HIE</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Misfiled result with diagnosis in subject",
        notes="Hard positive: the body says only 'done'; the subject names the patient and an HIV viral load result.",
        frm="Hyun-woo Baek <hbaek@tririverhie.org>",
        to="him.dataintegrity@stjudeharrisport.org",
        subject="RE: Vasquez, Hector - HIV viral load misfiled to wrong chart",
        body="Done - moved to the correct record and the wrong-patient link is broken on our side too.\n\nHyun-woo",
    ),
    Spec(
        phi=True,
        category="Break-the-glass audit workbook to hospital privacy officer",
        notes="Audit workbook shows a named user opening a named patient's psychiatric notes with no treatment relationship.",
        frm="TRHIE Privacy & Security <privacy@tririverhie.org>",
        to="privacy.officer@mercyharrisport.org",
        subject="Break-the-glass review - possible inappropriate access",
        body=(
            "Karen,\n\nOur monthly break-the-glass review found one access by a Mercy user we'd like you to look at. "
            "Detail on the first tab, the user's other November activity on the second. Please let us know your "
            "findings by December 4 so we can close it in our log.\n\nMichael Osei\nPrivacy & Security Officer"
            + SIG
        ),
        atts=(
            Att(
                "btg_review_2026-11_mercy.xlsx",
                XLSX,
                xlsx(
                    {
                        "Flagged access": [
                            [
                                "User",
                                "Role",
                                "Patient",
                                "DOB",
                                "Documents opened",
                                "Reason entered",
                                "Time",
                            ],
                            [
                                "jlindqvist",
                                "Unit clerk",
                                "Cormac Delaney",
                                "1990-04-04",
                                "Inpatient psychiatry progress notes (3)",
                                "emergency",
                                "2026-11-06 23:41",
                            ],
                        ],
                        "User activity": [
                            ["Date", "Patient", "Documents"],
                            ["2026-11-02", "Cormac Delaney", "Discharge summary"],
                            ["2026-11-06", "Cormac Delaney", "Psychiatry progress notes"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Screenshot named after patient and dialysis",
        notes="Hard positive: the body is generic; the PNG filename carries the patient's name, DOB and dialysis.",
        frm="Support Desk <support@tririverhie.org>",
        to="tickets@clinicalportalvendor.com",
        subject="Ticket 44120 - viewer crashes on document load",
        body="Screenshot from the user attached. Happens every time she opens the document in the community viewer. Chrome 131, Windows 11."
        + SIG,
        atts=(
            Att(
                "Okonkwo_Adaeze_1979-06-02_dialysis_flowsheet_error.png",
                "image/png",
                png(6, 4, (30, 60, 200)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Death notification to ACO",
        notes="Names a member with DOB and date of death at hospice so the ACO stops outreach.",
        frm="Encounter Notification Service <ens@tririverhie.org>",
        to="caremgmt@lakeshoreaco.org",
        subject="Deceased member notice",
        body=(
            "Please remove from outreach lists: Wilhelmina Sargent, DOB 11/02/1937, member LSA40007715, died "
            "11/15/2026 at Riverside Hospice House (source: hospice ADT A03, discharge disposition 20)."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned Part 2 consent form",
        notes="Hard positive: messy OCR text of a scanned consent form naming the patient, DOB and her alcohol-use treatment.",
        frm="Tri-River Consent Desk <consent@tririverhie.org>",
        to="records@northwayrecovery.org",
        subject="Consent form - OCR didn't parse, please confirm fields",
        body="Our intake OCR couldn't read the signature date on the attached form. Can you confirm it from your paper copy?"
        + SIG,
        atts=(
            Att(
                "scan_0041_ocr.txt",
                "text/plain",
                "C0NSENT T0 DISCL0SE SUBSTANCE USE DlS0RDER REC0RDS (42 CFR Part 2)\n"
                "PATlENT NAME: R0SA LYNN MARKS      D0B: O4/11/1962\n"
                "PR0GRAM: Northway Recovery Center - outpatient alcohol use disorder treatment\n"
                "I auth0rize disclosure of: diagnosis, medications (naltrexone), attendance\n"
                "T0: Tri-River Health Information Exchange and my treating providers\n"
                "Signature: [illegible]        Date: 1l/ ?/2026\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Invalid SSN data-quality list to hospital",
        notes="List of named patients with their SSNs and MRNs (a standalone high-risk identifier set) sent for correction.",
        frm="MPI Data Stewardship <mpi@tririverhie.org>",
        to="him.dataintegrity@stjudeharrisport.org",
        subject="Data quality: SSNs failing validation",
        body=(
            "Renata, these three registrations from your feed carry SSNs that look transposed against what other "
            "participants send. Please verify at next registration:\n\n"
            "MRN 20441870  Pellegrino, Vito    SSN 412-58-3307 (others send 412-85-3307)\n"
            "MRN 20513996  Achterberg, Lise    SSN 287-40-1952 (others send 287-04-1952)\n"
            "MRN 20660412  Fofanah, Ibrahim    SSN 530-17-6684 (others send 530-71-6684)\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Personal representative reply about deceased mother",
        notes="Reply to daughter's outlook mailbox naming her late mother and her 2025 admissions held in the exchange.",
        frm="Patient Access Requests <patientaccess@tririverhie.org>",
        to="claire.pruitt.home@outlook.com",
        subject="Re: records for my mother",
        body=(
            "Dear Ms. Pruitt,\n\nI'm sorry for your loss. We located your mother Ellen Pruitt's record: it includes "
            "her two admissions to St. Jude Harrisport in 2025 (March and July) and the hospice notes from this year.\n\n"
            "Before we can release them we need a copy of the letters of administration naming you as executor. "
            "You can upload them through the link in our earlier message.\n\nWith sympathy,\nPriya Sandoval"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Quality measure gap list to practice",
        notes="Care-gap list to a practice naming diabetic patients overdue for eye exams with their A1c values.",
        frm="Quality Analytics <analytics@tririverhie.org>",
        to="qi@eastfieldprimarycare.com",
        subject="Q4 diabetic eye exam gaps - Eastfield",
        body=(
            "Hi Marco,\n\nFrom the HIE data, these patients attributed to Dr. Ayesha Rahman (NPI 1962400697) with diabetes have no retinal exam in 2026:\n\n"
            "Albright, Norma (02/14/1956) - last A1c 8.9%\nChoudhury, Anil (09/09/1963) - last A1c 7.4%\n"
            "Levesque, Roland (05/30/1949) - last A1c 10.2%\n\nThe full list (41) is in the quality portal.\n\nBeth"
            + SIG
        ),
    ),
    # ---------------------------------------------------------------- not PHI (19)
    Spec(
        phi=False,
        category="Onboarding kit with declared test HL7 message",
        notes="Hard negative: sample ADT uses an obviously fictitious ZZTEST patient explicitly declared as test data.",
        frm="Participant Onboarding <onboarding@tririverhie.org>",
        to="integration@valleyviewrural.org",
        subject="Welcome to Tri-River - interface onboarding kit",
        body=(
            "Welcome aboard! Attached is the sample A01 we expect in the test channel. The patient ZZTEST, PATIENT ONE "
            "is a fictitious record that exists only in our sandbox; please send your own test patients with the ZZ "
            "prefix so they are purged automatically. Go-live checklist to follow." + SIG
        ),
        atts=(Att("sample_ADT_A01_TEST.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="FHIR CapabilityStatement to developer",
        notes="Hard negative: FHIR JSON attachment is a server capability statement with no patient data.",
        frm="Developer Relations <developers@tririverhie.org>",
        to="api@medbridgeapps.io",
        subject="Our FHIR endpoint capabilities",
        body="As discussed, our current CapabilityStatement is attached. Bulk export is on the Q2 roadmap."
        + SIG,
        atts=(Att("capabilitystatement.json", "application/fhir+json", CAPABILITY),),
    ),
    Spec(
        phi=False,
        category="Aggregate utilisation workbook for board",
        notes="Hard negative: multi-sheet workbook of counts of alerts and queries by facility and month; no individuals.",
        frm="Quality Analytics <analytics@tririverhie.org>",
        to="board@tririverhie.org",
        subject="Board packet: October utilisation",
        body="Board members - October utilisation numbers attached ahead of Thursday. ED alerts up 9% on September."
        + SIG,
        atts=(
            Att(
                "utilisation_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Queries": [
                            ["Facility", "Sept", "Oct"],
                            ["Mercy Harrisport", 41220, 43871],
                            ["St Jude Harrisport", 38002, 39415],
                        ],
                        "ENS alerts": [
                            ["Event", "Oct"],
                            ["ED visit", 18233],
                            ["Admission", 6120],
                            ["Discharge", 6047],
                        ],
                        "Opt-outs": [
                            ["Month", "New opt-outs", "Rate per 10k"],
                            ["2026-10", 212, 1.9],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Participant directory with provider NPIs",
        notes="Hard negative: csv lists clinicians, specialties, Direct addresses and NPIs; no patients.",
        frm="Provider Directory <directory@tririverhie.org>",
        to="credentialing@lakeshoreaco.org",
        subject="Updated Direct address directory (November)",
        body="Updated directory extract attached. Two cardiologists added at St Jude.\nNPI 1393799121 (Dr. Halvorsen) changed practice location."
        + SIG,
        atts=(
            Att(
                "direct_directory_2026-11.csv",
                "text/csv",
                "npi,clinician,specialty,organisation,direct_address\n"
                "1393799121,Ingrid Halvorsen MD,Cardiology,St Jude Harrisport,ihalvorsen@direct.stjudeharrisport.org\n"
                "1226416455,Tomasz Wrobel DO,Cardiology,St Jude Harrisport,twrobel@direct.stjudeharrisport.org\n"
                "1962400697,Ayesha Rahman MD,Endocrinology,Eastfield Primary Care,arahman@direct.eastfieldpc.com\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Planned maintenance notice",
        notes="Maintenance window notice to participants; no individual.",
        frm="Tri-River Operations <ops@tririverhie.org>",
        to="participants-it@lists.tririverhie.org",
        subject="Planned maintenance Sat 11/21 22:00-02:00",
        body="The clinical viewer and query services will be unavailable Saturday 22:00 to Sunday 02:00 ET while we patch the database cluster. ADT feeds will queue and replay."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Board meeting invitation",
        notes="Calendar invite for the HIE board meeting; no health information.",
        frm="Executive Office <exec@tririverhie.org>",
        to="board@tririverhie.org",
        subject="Invitation: Board of Directors - December meeting",
        body="Agenda: budget 2027, opt-out policy update, CEO report. Dial-in in the invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tri-River HIE//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:board-20261210@tririverhie.org\r\nDTSTAMP:20261116T150000Z\r\nDTSTART:20261210T230000Z\r\n"
            "DTEND:20261211T010000Z\r\nSUMMARY:TRHIE Board of Directors\r\nLOCATION:400 Canal St, Suite 900\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified syndromic surveillance extract",
        notes="Hard negative: extract keeps only ZIP3, age band, year and diagnosis; Safe Harbor de-identified.",
        frm="Public Health Reporting <publichealth@tririverhie.org>",
        to="epi@ohioregion5health.gov",
        subject="De-identified ILI extract, week 46",
        body="Week 46 influenza-like illness extract attached (Safe Harbor: ZIP3, 10-year age bands, year only). Counts under 11 suppressed."
        + SIG,
        atts=(
            Att(
                "ili_week46_deid.csv",
                "text/csv",
                "zip3,age_band,sex,year,dx_code,visits\n457,0-9,F,2026,J11.1,34\n457,0-9,M,2026,J11.1,41\n457,60-69,F,2026,J10.1,12\n457,70-79,M,2026,J11.1,<11\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for interface analyst",
        notes="Hard negative: job ad mentions HL7, FHIR and PHI handling but no individual.",
        frm="Tri-River HR <careers@tririverhie.org>",
        to="postings@ohiohealthitjobs.com",
        subject="Posting: Integration Analyst II (hybrid, Harrisport)",
        body=(
            "Please post the following through December 31.\n\nIntegration Analyst II. Build and support HL7 v2 ADT/ORU and "
            "FHIR R4 interfaces for 60+ hospitals and clinics. You will troubleshoot messages containing protected health "
            "information and must complete HIPAA training before access. 3+ years with Rhapsody or Mirth. Salary $92-108k."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Declared test X12 270 for payer connectivity",
        notes="Hard negative: X12 270 is a connectivity test with a TESTCASE subscriber in test mode (ISA15=T).",
        frm="Payer Connectivity <payers@tririverhie.org>",
        to="edi-testing@greatlakeshealthplan.com",
        subject="270 round-trip test file (test indicator T)",
        body="Test 270 attached for the sandbox round-trip; subscriber TESTCASE ALPHA is a fabricated test member. Please return the 271 to our test mailbox."
        + SIG,
        atts=(Att("eligibility_test_905.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="MPI vendor match-rate tuning",
        notes="Hard negative: aggregate match/duplicate rates and thresholds sent to the MPI vendor; no records.",
        frm="Hyun-woo Baek <hbaek@tririverhie.org>",
        to="support@identimatch.com",
        subject="Threshold change results",
        body=(
            "Hi Sven,\n\nAfter raising the auto-link threshold from 14.0 to 15.5 last month: auto-links fell from 96.1% to "
            "94.8%, the manual review queue grew from 310 to 512 per week, and confirmed false links dropped from 0.08% to "
            "0.02%. We'd like to try 15.0 before year end. Can we get a call Thursday?\n\nHyun-woo"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Data use policy with example field names",
        notes="Hard negative: policy docx lists field names (patient name, MRN, DOB) as examples without any values.",
        frm="TRHIE Privacy & Security <privacy@tririverhie.org>",
        to="participant-privacy@lists.tririverhie.org",
        subject="Revised Data Use and Disclosure Policy v4.2 for comment",
        body="Attached for participant comment by December 11. Main change: section 5 on secondary use for quality programs."
        + SIG,
        atts=(
            Att(
                "TRHIE_Data_Use_Policy_v4.2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Tri-River Health Information Exchange - Data Use and Disclosure Policy v4.2",
                        "5.1 A participant may query the exchange only for treatment, payment or permitted operations.",
                        "5.2 Query parameters are limited to Patient Name, Date of Birth, Sex, and Medical Record Number or TRHIE ID.",
                        "5.3 Records from Part 2 programs are shared only with the patient's written consent.",
                        "5.4 Extracts for quality programs must be de-identified unless a BAA covers the use.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Public health newsletter on overdose dashboard",
        notes="Hard negative: HTML newsletter with aggregate overdose counts by county; no individuals.",
        frm="Tri-River Community Updates <news@tririverhie.org>",
        to="subscribers@lists.tririverhie.org",
        subject="Tri-River Pulse: new overdose dashboard, winter readiness",
        body="",
        html=(
            "<html><body><h2>Tri-River Pulse - November</h2><p>Our new <b>opioid overdose dashboard</b> went live for "
            "county health officers. In October the region saw 87 non-fatal overdose ED visits, down from 112 in "
            "September; naloxone administration before arrival rose to 61%.</p><p>Winter readiness: the RSV and flu "
            "alert thresholds now feed the regional hospital capacity board.</p><p><a href='https://tririverhie.org/pulse'>"
            "Read more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Participation fee invoice",
        notes="Annual participation invoice to a clinic; payment for HIE services, not for care.",
        frm="Tri-River Finance <finance@tririverhie.org>",
        to="ap@valleyviewrural.org",
        subject="Invoice TR-2026-1142 - 2027 participation fee",
        body="Attached is invoice TR-2026-1142 for $18,400 (tier 2 participation, 2027). Net 45. ACH details on the invoice."
        + SIG,
        atts=(
            Att(
                "Invoice_TR-2026-1142.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-RIVER HEALTH INFORMATION EXCHANGE",
                        "Invoice TR-2026-1142",
                        "Valley View Rural Health - Tier 2 participation 2027",
                        "Amount due: $18,400.00   Terms: Net 45",
                    ],
                    "Invoice TR-2026-1142",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Direct certificate renewal",
        notes="IT notice about expiring Direct trust certificates; no health information.",
        frm="Direct Messaging Support <direct@tririverhie.org>",
        to="it@belmontfallsobgyn.com",
        subject="Action needed: Direct certificate expires 12/31",
        body="Your organisation's Direct signing certificate expires December 31. Please submit the renewal form in the admin portal by December 15 to avoid interruption."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to reporter with statistics",
        notes="Reply to a journalist with aggregate HIE figures; no individual.",
        frm="Communications <media@tririverhie.org>",
        to="jenna.morrow.writes@gmail.com",
        subject="Re: HIE numbers for your story",
        body=(
            "Hi Jenna,\n\nHappy to help with your freelance piece for the Ledger. We connect 63 hospitals and 410 clinics, hold records for about 2.3 million people, "
            "and about 1.4% of residents have opted out. We can't discuss any individual's record, but our CEO is available "
            "Tuesday afternoon for an interview.\n\nDana Whitfield\nCommunications Director" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="New clinician announcement with specialties",
        notes="Hard negative: announces a hepatologist's clinical interests (hepatitis C, cirrhosis); no patient.",
        frm="Provider Directory <directory@tririverhie.org>",
        to="participants-clinical@lists.tririverhie.org",
        subject="Directory update: new hepatology referrals at Eastfield",
        body=(
            "Dr. Priya Natarajan, hepatology, has joined Eastfield Primary Care's specialty clinic and is accepting "
            "e-referrals for hepatitis C treatment, cirrhosis surveillance and fatty liver disease. Direct address: "
            "pnatarajan@direct.eastfieldpc.com, NPI 1510823168." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Blank consent form template",
        notes="Hard negative: blank consent form PDF with empty patient fields.",
        frm="Tri-River Consent Desk <consent@tririverhie.org>",
        to="frontdesk@harrisportpediatrics.com",
        subject="Updated consent form for your front desk",
        body="Please replace your printed stock with the attached revision (adds a line for minors' guardians). Blank form only."
        + SIG,
        atts=(
            Att(
                "TRHIE_consent_form_rev2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-RIVER HEALTH INFORMATION EXCHANGE",
                        "Consent to share records from substance use disorder programs",
                        "Patient name: ______________________   Date of birth: ___/___/______",
                        "Program: ______________________   Parent/guardian (if minor): ______________",
                        "Signature: ______________________   Date: ___________",
                    ],
                    "Consent form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="MFA enrolment reminder to portal users",
        notes="IT security reminder to clinical viewer users; no patient data.",
        frm="TRHIE Privacy & Security <privacy@tririverhie.org>",
        to="viewer-users@lists.tririverhie.org",
        subject="Reminder: enrol in MFA by December 1",
        body="From December 1 the clinical viewer will require multi-factor authentication. Accounts without an enrolled authenticator will be locked. Enrol at https://viewer.tririverhie.org/mfa."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Synthetic test documents zip for vendor",
        notes="Hard negative: zip of Synthea-generated documents declared synthetic for vendor load testing.",
        frm="Developer Relations <developers@tririverhie.org>",
        to="api@medbridgeapps.io",
        subject="Synthetic CCDs for your load test",
        body="Attached: 2 synthetic CCDs generated with Synthea (no real persons, all names fabricated) plus the README. Use these, never production documents, for load tests."
        + SIG,
        atts=(
            Att(
                "synthetic_ccds.zip",
                "application/zip",
                zipped(
                    {
                        "README.txt": "Synthetic documents generated by Synthea 3.2 for load testing. Not real patients.\n",
                        "synthetic_01.txt": "SYNTHETIC PATIENT Alpha Testerson, born 1970, condition: hypertension (synthetic).\n",
                        "synthetic_02.txt": "SYNTHETIC PATIENT Beta Testerson, born 1985, condition: asthma (synthetic).\n",
                    }
                ),
            ),
        ),
    ),
]
