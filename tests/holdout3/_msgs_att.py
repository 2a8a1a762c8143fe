# ruff: noqa: E501
"""Hand-written messages whose content sits in structured attachments: HL7 v2, FHIR, C-CDA, ZIP, TXT."""

from __future__ import annotations

import json

from _bin import png, zip_encrypted, zip_plain
from _docx import docx
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "brightwaterhealth.org"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

HL7_ORU = (
    "MSH|^~\\&|BWH_LAB|BRIGHTWATER|NSRL|NORTHSTAR|20261124083512||ORU^R01^ORU_R01|BW2611240835120031|P|2.5.1\r"
    "PID|1||BW00366714^^^BWH^MR||TRAN^KHANH^MINH||19720519|M|||980 Larkspur Ct^^Brightwater^MN^55379||^PRN^PH^^1^952^5550181\r"
    "PV1|1|O|NCLINIC^^^BWH||||1547382907^HAUGEN^LARS\r"
    "ORC|RE|ORD778102|LAB55120\r"
    "OBR|1|ORD778102|LAB55120|80061^LIPID PANEL^CPT|||20261123071500\r"
    "OBX|1|NM|2093-3^Cholesterol^LN||262|mg/dL|<200|H|||F\r"
    "OBX|2|NM|2571-8^Triglyceride^LN||488|mg/dL|<150|H|||F\r"
    "OBX|3|NM|4548-4^Hemoglobin A1c^LN||10.2|%|<5.7|H|||F\r"
    "NTE|1||Non-fasting specimen per patient.\r"
)

HL7_ADT = (
    "MSH|^~\\&|EPIC|BWH|ADTFEED|LAKEVIEWHIE|20261125141002||ADT^A04|MSG00881734|P|2.3\r"
    "EVN|A04|20261125141002\r"
    "PID|1||BW00529904^^^BWH^MR~530-22-8146^^^SSA^SS||KOVACS^ILONA^R||19880213|F|||77 Fernhill Rd^^Brightwater^MN^55379||(612)555-0193|||M||ACCT77320015\r"
    "PV1|1|E|ED^BAY4^01||||1933206470^OKORO^CHIDI|||||||||||ER|77320015\r"
    "DG1|1||O20.0^Threatened abortion^I10||20261125|W\r"
    "IN1|1|GLHPPO|GLHP|GREAT LAKES HEALTH PLAN|||||||||||KOVACS^ILONA|SEL|||||||||||||||||||GLH71188420-01\r"
)

HL7_TEST = (
    "MSH|^~\\&|EPIC|BWH|RADPACS|NEWVENDOR|20261124101500||ADT^A08|TESTMSG0007|T|2.5.1\r"
    "EVN|A08|20261124101500\r"
    "PID|1||ZZ99000001^^^BWH^MR||ZZTEST^INTERFACE^ONE||19000101|U|||1 TEST ST^^TESTVILLE^MN^55000\r"
    "PV1|1|O|TESTDEPT^^^BWH\r"
)

FHIR_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "bw-529911",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "BW00529911"}
                    ],
                    "name": [{"family": "Okafor-Lindgren", "given": ["Chiamaka", "Joy"]}],
                    "gender": "female",
                    "birthDate": "1967-11-30",
                    "telecom": [{"system": "phone", "value": "763-555-0113"}],
                    "address": [
                        {
                            "line": ["4112 Quarry Ridge Dr"],
                            "city": "Brightwater",
                            "state": "MN",
                            "postalCode": "55379",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/bw-529911"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "C50.412",
                                "display": "Malignant neoplasm of upper-outer quadrant of left female breast",
                            }
                        ]
                    },
                    "onsetDateTime": "2026-10-02",
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "subject": {"reference": "Patient/bw-529911"},
                    "medicationCodeableConcept": {"text": "anastrozole 1 mg tablet"},
                    "status": "active",
                }
            },
        ],
    },
    indent=2,
)

FHIR_IMMZ = json.dumps(
    {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {
            "coding": [
                {
                    "system": "http://hl7.org/fhir/sid/cvx",
                    "code": "300",
                    "display": "COVID-19, mRNA, 2026-2027 formula",
                }
            ]
        },
        "patient": {
            "reference": "Patient/bw-611042",
            "display": "Nasra Hassan Abdullahi (DOB 2019-04-18)",
        },
        "occurrenceDateTime": "2026-11-20T10:14:00-06:00",
        "lotNumber": "FK4471",
        "site": {"text": "left deltoid"},
        "performer": [{"actor": {"display": "Brightwater Pediatrics"}}],
    },
    indent=2,
)

FHIR_CAPS = json.dumps(
    {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-20",
        "publisher": "Brightwater Health Integration Team",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [
            {
                "mode": "server",
                "resource": [
                    {
                        "type": "Patient",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                        "searchParam": [
                            {"name": "identifier", "type": "token"},
                            {"name": "birthdate", "type": "date"},
                        ],
                    },
                    {
                        "type": "Condition",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                    },
                    {
                        "type": "Observation",
                        "interaction": [{"code": "read"}],
                        "searchParam": [{"name": "code", "type": "token"}],
                    },
                ],
            }
        ],
    },
    indent=2,
)

CCDA_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
"""

CCDA_CCD = (
    CCDA_HEAD
    + """  <id root="2.16.840.1.113883.3.9921.2" extension="CCD-26-0448102"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261125"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="BW00402276"/>
      <addr><streetAddressLine>512 Juniper Ave</streetAddressLine><city>Brightwater</city><state>MN</state><postalCode>55379</postalCode></addr>
      <telecom value="tel:+1-952-555-0137"/>
      <patient>
        <name><given>Reginald</given><family>Oyelowo</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19590322"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text><list><item>Heart failure with reduced ejection fraction, EF 30% (I50.22)</item><item>Type 2 diabetes (E11.9)</item></list></text>
    </section></component>
    <component><section><title>Medications</title>
      <text><list><item>sacubitril/valsartan 49/51 mg BID</item><item>metoprolol succinate 100 mg daily</item><item>empagliflozin 10 mg daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
)

CCDA_REFERRAL = (
    CCDA_HEAD
    + """  <id root="2.16.840.1.113883.3.9921.2" extension="REF-26-7719"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
  <title>Referral Note</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9921.1" extension="BW00488150"/>
    <patient><name><given>Siri</given><family>Haakonsen</family></name><birthTime value="20090714"/></patient>
    <guardian><guardianPerson><name><given>Erling</given><family>Haakonsen</family></name></guardianPerson></guardian>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for Referral</title>
      <text>17-year-old with restrictive eating, weight loss of 11 kg since June, BMI 16.1, bradycardia (HR 44). Concern for anorexia nervosa (F50.01). Please evaluate for eating disorder program.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
)

CCDA_BLANK = (
    CCDA_HEAD
    + """  <id root="2.16.840.1.113883.3.9921.2" extension="TEMPLATE"/>
  <title>Continuity of Care Document (template v3 - for interface validation)</title>
  <recordTarget><patientRole>
    <id nullFlavor="NI"/>
    <patient><name nullFlavor="MSK"/><birthTime nullFlavor="UNK"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.5.1"/><title>Problems</title><text>{problem_list}</text></section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.1.1"/><title>Medications</title><text>{medication_list}</text></section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.3.1"/><title>Results</title><text>{results_table}</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
)

OUTREACH_ROWS: list[list[str | int | float]] = [
    ["MRN", "First", "Last", "DOB", "Cell", "Email", "Last A1c", "Last visit"],
    [
        "BW00318827",
        "Dale",
        "Iverson",
        "1958-02-11",
        "612-555-0104",
        "dale.iverson@frontier.com",
        9.4,
        "2026-03-02",
    ],
    [
        "BW00322190",
        "Rosalind",
        "Ekberg",
        "1971-06-30",
        "952-555-0115",
        "rekberg71@gmail.com",
        8.8,
        "2026-01-19",
    ],
    [
        "BW00339421",
        "Tuan",
        "Pham",
        "1965-09-09",
        "763-555-0142",
        "tuanpham65@yahoo.com",
        10.1,
        "2025-12-08",
    ],
    ["BW00341675", "Glenda", "Moorhouse", "1949-12-24", "651-555-0166", "", 9.0, "2026-02-14"],
]

PATIENT_LIST_CSV = """\
MRN,Patient Name,DOB,Unit,Admit Date,Isolation,Reason
BW00551023,"Lindell, Roy",1946-03-02,4W-412,2026-11-21,Contact (MRSA),CHF exacerbation
BW00551198,"Adeyemi, Folake",1983-07-19,4W-415,2026-11-22,Droplet (influenza A),Influenza A with hypoxia
BW00550874,"Strom, Beatrice",1930-01-05,4W-418,2026-11-20,Contact (C. diff),C. difficile colitis
BW00551402,"Nakashima, Ken",1977-10-28,4W-421,2026-11-23,None,DKA
"""

ADT_ORIGINAL = Spec(
    True,
    "hl7",
    "Hard positive: HL7 ADT A04 in a .txt attachment with SSN, MRN, pregnancy diagnosis and member ID.",
    f"Rajesh Kulkarni <rkulkarni@{DOM}>",
    "support@lakeviewhie.org",
    "ADT feed - segment order question",
    """\
Hello HIE support,

We're seeing your engine reject some A04s with DG1 segments. Sample from this afternoon pasted
into the attached txt. Is DG1 before IN1 the problem? We're on 2.3.

Rajesh Kulkarni
Integration Engineer, Brightwater IT
""",
    atts=(Att("sample_a04.txt", "text/plain", HL7_ADT.replace("\r", "\n")),),
)


MESSAGES: list[Spec] = [
    Spec(
        True,
        "hl7",
        "Hard positive: HL7 v2 ORU result message (name, MRN, address, phone, lipid/A1c values) attached as .hl7.",
        f"Interface Team <interfaces@{DOM}>",
        "hl7support@northstarreflab.com",
        "ORU resend - msg BW2611240835120031",
        """\
Hi Northstar support,

The message below errored on your side with AE "PV1-7 invalid". Attaching the raw message so you
can replay it once the provider master is updated.

Brightwater Interface Team
""",
        atts=(Att("BW2611240835120031.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    ADT_ORIGINAL,
    Spec(
        False,
        "hl7",
        "Hard negative: HL7 ADT with an obvious synthetic interface test patient (ZZTEST, 1900 DOB, test processing ID T).",
        f"Rajesh Kulkarni <rkulkarni@{DOM}>",
        "implementation@clearviewpacs.com",
        "test ADT for connectivity",
        """\
Sending the test A08 we agreed on for tomorrow's connectivity check. It's our standard dummy
patient, processing ID is T. Please confirm you can parse it before we point the feed at prod.

Rajesh
""",
        atts=(Att("test_a08.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        True,
        "hl7",
        "Hard positive: same ADT A04 (SSN, MRN, diagnosis) pasted into the body, with the earlier mail forwarded as message/rfc822.",
        f"Rajesh Kulkarni <rkulkarni@{DOM}>",
        "support@lakeviewhie.org",
        "RE: ADT feed - segment order question",
        """\
Here it is inline in case the attachment got stripped:

"""
        + HL7_ADT.replace("\r", "\n")
        + """
R.
""",
        forward=ADT_ORIGINAL,
    ),
    Spec(
        True,
        "fhir",
        "Hard positive: FHIR Bundle JSON (Patient, breast cancer Condition, medication) sent to an HIE onboarding contact.",
        f"Integration Team <interfaces@{DOM}>",
        "onboarding@lakeviewhie.org",
        "sample bundle from our side",
        """\
As requested, a sample bundle exported from our FHIR server for validation. Tell us if the
Condition coding looks right to you.

-- Integration Team
""",
        atts=(Att("bundle_bw-529911.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        True,
        "immunization",
        "Hard positive: FHIR Immunization JSON naming a child with DOB to the state registry support desk.",
        f"Brightwater Pediatrics <peds@{DOM}>",
        "miic.help@health-registry-mn.org",
        "Immunization not showing in MIIC",
        """\
Hello MIIC help desk,

This dose is not showing up in MIIC three days after administration. The JSON our system sent is
attached. Could you check whether it was rejected?

Brightwater Pediatrics clinic manager
""",
        atts=(Att("immz_611042.json", "application/json", FHIR_IMMZ),),
    ),
    Spec(
        False,
        "fhir",
        "Hard negative: FHIR CapabilityStatement JSON (birthdate, identifier search params) with no patient data.",
        f"Integration Team <interfaces@{DOM}>",
        "devrel@carebridgeapps.com",
        "our CapabilityStatement",
        """\
Hi Carebridge,

Here is our current CapabilityStatement for the sandbox. Patient search supports identifier
and birthdate; Observation only by code for now. Sandbox credentials come from the app gallery.

-- Integration Team
""",
        atts=(Att("CapabilityStatement.json", "application/fhir+json", FHIR_CAPS),),
    ),
    Spec(
        True,
        "ccda",
        "Hard positive: C-CDA CCD XML (name, DOB, address, HFrEF, meds) sent to a partner cardiology clinic.",
        f"Health Information Management <him@{DOM}>",
        "records@prairieheartclinic.com",
        "CCD for new patient appt 12/4",
        """\
Attached is the continuity of care document for your new patient appointment on 12/4, as
requested. Direct address was bouncing so sending this way.

HIM Department
""",
        atts=(Att("CCD_BW00402276.xml", "application/xml", CCDA_CCD),),
    ),
    Spec(
        True,
        "ccda",
        "Hard positive: C-CDA referral note XML for a minor with eating disorder and guardian name, to a treatment program.",
        f"Dr. Helga Bjornstad <hbjornstad@{DOM}>",
        "intake@emergeeatingdisorders.org",
        "Referral",
        """\
Hi Emerge intake - referral attached (C-CDA). Family is aware and expecting your call. I'm
worried about her heart rate, so sooner is better.

Helga Bjornstad, MD, Pediatrics
""",
        atts=(Att("referral_note.xml", "text/xml", CCDA_REFERRAL),),
    ),
    Spec(
        False,
        "ccda",
        "Hard negative: blank C-CDA template with nullFlavor and {placeholders}, sent to a vendor for validation.",
        f"Integration Team <interfaces@{DOM}>",
        "certification@medixcdavalidate.com",
        "CCD template for validation run",
        """\
Attached is our CCD template. Sections are populated at runtime from {problem_list} etc. Please
run it through your schema and schematron checks and send back the report.
""",
        atts=(Att("ccd_template_v3.xml", "application/xml", CCDA_BLANK),),
    ),
    Spec(
        True,
        "outreach",
        "Hard positive: condition-segmented list (uncontrolled diabetes, A1c) with contact details in XLSX to a marketing vendor.",
        f"Population Health <pophealth@{DOM}>",
        "campaigns@pulsepointoutreach.com",
        "list for the A1c outreach campaign",
        """\
Hi Jordan,

Attached is the first pull for the diabetes outreach texts - patients with A1c over 8.5 and no
visit in 6 months. About 1,100 rows in the full file; this is the first tab. Go-live 12/7.

Thanks,
Hollis Grant
Population Health Analyst
""",
        atts=(Att("a1c_outreach_wave1.xlsx", XLSX_T, xlsx(OUTREACH_ROWS, "wave1")),),
    ),
    Spec(
        True,
        "patient_list",
        "Hard positive: ZIP holding a CSV census with names, MRNs, DOBs, isolation status and reasons for admission.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "team@quickcleanservices.com",
        "isolation rooms 4W",
        """\
Attached is tonight's 4W isolation list so your crew knows which rooms need the bleach
protocol at discharge. Zipped because our mail filter was blocking the csv.

Infection Prevention
""",
        atts=(
            Att(
                "4W_iso_list.zip",
                "application/zip",
                zip_plain([("4W_isolation_2026-11-24.csv", PATIENT_LIST_CSV)]),
            ),
        ),
    ),
    Spec(
        True,
        "records",
        "Hard positive: encrypted ZIP; only the visible member filenames name the patient and record types.",
        f"Release of Information <roi@{DOM}>",
        "records@stcloudsurgicalassoc.com",
        "records as requested",
        """\
Records attached as requested. The password will come in a separate email.

Release of Information
Brightwater Family Medicine & Hospital
""",
        atts=(
            Att(
                "records_request_26-3412.zip",
                "application/zip",
                zip_encrypted(
                    [
                        (
                            "Teresa_Kowalczyk_DOB1964-05-02_op_note.txt",
                            "Operative note: laparoscopic sleeve gastrectomy 10/14/2026.\n",
                        ),
                        (
                            "Teresa_Kowalczyk_DOB1964-05-02_path.txt",
                            "Pathology: gastric tissue, no dysplasia.\n",
                        ),
                    ],
                    "Lk7!vQ29-bw",
                    3412,
                ),
            ),
        ),
    ),
    Spec(
        True,
        "transcription",
        "Hard positive: dictation transcript TXT returned by staff to the transcription vendor with corrections.",
        f"HIM Transcription QA <himqa@{DOM}>",
        "qa@veritasscribe.com",
        "corrections job 8841-27",
        """\
Two corrections on job 8841-27, see attached txt (corrected lines marked **). Please re-upload
to the EHR inbox.
""",
        atts=(
            Att(
                "job_8841-27_corrected.txt",
                "text/plain",
                """\
JOB 8841-27  DICTATED BY: Farouk Haddad, MD  DATE: 11/24/2026
PATIENT: Gloria Stenberg   MRN: BW00263318   DOB: 04/04/1953

HISTORY: 73-year-old woman with Parkinson disease, **diagnosed 2019** (not 2009), presenting
for follow-up of worsening tremor and two falls.
MEDICATIONS: carbidopa-levodopa 25/100 **1.5 tabs TID** (not 1 tab), rasagiline 1 mg daily.
ASSESSMENT: Parkinson disease with motor fluctuations. Start PT for gait and balance.
""",
            ),
        ),
    ),
    Spec(
        False,
        "it",
        "Hard negative: interface error log TXT with message control IDs, hostnames, IPs of servers, no patient fields.",
        f"Integration Team <interfaces@{DOM}>",
        "support@rhapsodyengine-partners.com",
        "Case 00418823 - logs",
        """\
Attached are the engine logs for case 00418823 (queue backing up after the 02:00 failover).
Patient data lines were filtered out by the log export; only control IDs and timings remain.
""",
        atts=(
            Att(
                "engine_2026-11-24.txt",
                "text/plain",
                """\
2026-11-24T02:00:03Z INFO  failover initiated node=bwh-int-02 peer=bwh-int-01 ip=10.40.12.22
2026-11-24T02:00:41Z WARN  route=ADT_OUT queue_depth=4412 oldest_msg=MSG00880122
2026-11-24T02:03:10Z ERROR route=ORU_IN connection reset by peer 10.40.18.5:6661 retries=3
2026-11-24T02:07:55Z INFO  route=ORU_IN reconnected latency_ms=212
2026-11-24T02:31:19Z INFO  route=ADT_OUT queue_depth=0 drained=4412 elapsed=1838s
""",
            ),
        ),
    ),
    Spec(
        False,
        "it",
        "Hard negative: ZIP of vendor invoice CSVs with invoice, PO and part numbers shaped like MRNs/SSNs.",
        f"Accounts Payable <ap@{DOM}>",
        "ar@prairiemedsupply.com",
        "remittance detail Nov",
        """\
Hi Prairie AR team,

Zipped remittance detail for November attached. ACH trace 091000019448120 settled 11/24.

Accounts Payable, Brightwater Health
""",
        atts=(
            Att(
                "remit_nov_2026.zip",
                "application/zip",
                zip_plain(
                    [
                        (
                            "remit_detail.csv",
                            "invoice,po,item,part_no,qty,amount\n"
                            "INV-00772104,PO-4410238,nitrile gloves M,402-17-5583,40,1180.00\n"
                            "INV-00772310,PO-4410271,IV start kit,BW-00388104,200,1922.00\n"
                            "INV-00772466,PO-4410302,suction canister 1200ml,771-20-9916,60,414.60\n",
                        ),
                        (
                            "README.txt",
                            "Remittance detail generated by AP module. Amounts in USD.\n",
                        ),
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "policy",
        "Hard negative: DOCX meeting minutes of the P&T committee discussing drugs and aggregate ADE counts.",
        f"Pharmacy Administration <pharmacyadmin@{DOM}>",
        "consultant@rxstewardshipgroup.com",
        "P&T minutes Nov",
        """\
Attached are the November P&T minutes for your review before the December meeting.
""",
        atts=(
            Att(
                "PT_minutes_2026-11.docx",
                DOCX_T,
                docx(
                    [
                        "Brightwater Hospital Pharmacy & Therapeutics Committee - Minutes, November 18, 2026",
                        "Present: R. Okafor (chair), N. Lindeman, M. Oyelaran, S. Halvorsen, PharmD",
                        "1. Adverse drug events Q3: 14 reported (9 anticoagulant-related, 3 hypoglycemia, 2 opioid).",
                        "2. Formulary: add tirzepatide for T2DM with restrictions; remove glyburide.",
                        "3. Heparin drip nomogram revision approved.",
                        "4. Next meeting: December 16, 2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "referral",
        "Hard positive: DOCX letter from a therapist to a school counsellor with ADHD diagnosis and medication for a named student.",
        f"Pediatric Behavioral Health <pedsbh@{DOM}>",
        "counseling@brightwatermiddle.k12.mn.us",
        "504 plan letter",
        """\
Ms. Rudd,

With the parents' signed release, attached is my letter supporting the 504 plan meeting next week.

Warmly,
Jenna Lofgren, LPCC
""",
        atts=(
            Att(
                "504_letter_E_Varga.docx",
                DOCX_T,
                docx(
                    [
                        "Brightwater Pediatric Behavioral Health",
                        "November 24, 2026",
                        "RE: Elias Varga, DOB 01/17/2014, grade 7",
                        "Elias has been treated in our clinic since March 2026 for ADHD, combined presentation (F90.2), and generalized anxiety disorder.",
                        "He takes methylphenidate ER 36 mg each morning. Recommended accommodations: extended time, preferential seating, movement breaks.",
                        "Jenna Lofgren, LPCC",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "it",
        "Hard negative: PNG screenshot named after a config screen, ticket numbers, no patient.",
        f"Service Desk <servicedesk@{DOM}>",
        "support@helixaehr.com",
        "Ticket HX-558102: order set not loading",
        """\
Hi Helixa support,

The Sepsis Adult order set (ID 300124) fails to load for all hospitalists since this morning's
upgrade. Screenshot of the build screen attached. Priority 2 please.

Brightwater Service Desk
""",
        atts=(Att("orderset_300124_build_screen.png", "image/png", png(10, 6, (230, 230, 235))),),
    ),
]
