"""Outbound mail of Ledgerline Record Retrieval, a medical records retrieval vendor (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import LRR, Att, Spec

SIG = (
    "\n\nLedgerline Record Retrieval | 3300 University Ave, Madison, WI 53705\n"
    "Orders: (608) 555-0160 | Fax: (608) 555-0161 | www.ledgerlinerecords.com"
)

HL7_PHI = (
    "MSH|^~\\&|LEDGERLINE|LRR|CLAIMSINTAKE|NORTHGATE|202610201415||ORU^R01|LRR48211|P|2.5.1\r"
    "PID|1||RMC5530981^^^RIVERSIDEMED^MR||KOWALSKI^DOROTA^A||19630514|F|||88 Elm Grove Rd^^Brookfield^WI^53045\r"
    "OBR|1||RAD77201|71260^CT CHEST W CONTRAST^CPT|||20260311\r"
    "OBX|1|TX|IMP^Impression||2.1 cm spiculated right upper lobe nodule, suspicious for malignancy.||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|LEDGERLINE|LRR|EHRBRIDGE|SANDBOX|202610191000||ADT^A08|TEST0001|T|2.5.1\r"
    "PID|1||ZZ0000001^^^SANDBOX^MR||ZZTEST^SYNTHETIC^ONE||19000101|U\r"
    "PV1|1|O|TESTCLINIC\r"
)

FHIR_PHI = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "name": [{"family": "Abernathy-Cole", "given": ["Simone"]}],
      "birthDate": "1977-12-03", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731", "value": "SMH-4471029"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p1"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F31.81", "display": "Bipolar II disorder"}]},
      "onsetDateTime": "2022-04-18"}},
    {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": "Patient/p1"},
      "medicationCodeableConcept": {"text": "lamotrigine 200 mg daily"}}}
  ]
}
"""

FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "sandbox-test-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Sandbox"]}],
  "birthDate": "1900-01-01"
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="AMC-2290448" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>41 Juniper Court</streetAddressLine><city>Verona</city><state>WI</state><postalCode>53593</postalCode></addr>
    <patient><name><given>Reginald</given><family>Osei</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19590827"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Problems</title>
    <text>Chronic kidney disease stage 4 (N18.4); type 2 diabetes with nephropathy (E11.21)</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*LEDGERLINE     *ZZ*CBRLAW         *261020*1130*^*00501*000004821*0*P*:~"
    "GS*HC*LEDGERLINE*CBRLAW*20261020*1130*4821*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*IL*1*SUTTON*DARNELL****MI*WPS8840021~DMG*D8*19880217*M~"
    "CLM*SUT20250211*9420***21:A:1~HI*ABK:T79A22XA~SV1*HC:27892*9420*UN*1~SE*8*0001~GE*1*4821~IEA*1*000004821~"
)

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*LEDGERLINE     *ZZ*TESTPAYER      *261019*0900*^*00501*000000001*0*T*:~"
    "GS*HS*LEDGERLINE*TESTPAYER*20261019*0900*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*IL*1*TESTSUBSCRIBER*SYNTHETIC****MI*TEST0000001~DMG*D8*19000101~EQ*30~SE*5*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Records request to clinic with authorization PDF",
        notes="Vendor request to a clinic naming the patient with DOB and dates of service, with authorization PDF.",
        frm=f"Requests Team <requests@{LRR}>",
        to="him@riversidecardiology.com",
        subject="Records request LRR-2026-88213",
        body=(
            "Hello,\n\nOn behalf of Calloway Brandt & Reyes LLP we request complete records for "
            "Gloria Menendez, DOB 02/19/1955, dates of service 01/01/2024 to present, including echo "
            "and stress test reports. The signed authorization is attached. Please reply with your "
            "fee estimate or fax records to (608) 555-0161." + SIG
        ),
        atts=(
            Att(
                "LRR-2026-88213_authorization.pdf",
                "application/pdf",
                pdf(
                    [
                        "LEDGERLINE RECORD RETRIEVAL - REQUEST LRR-2026-88213",
                        "Patient: Gloria Menendez   DOB: 02/19/1955",
                        "Facility: Riverside Cardiology Associates",
                        "Records: office notes, echocardiograms, stress tests, billing 2024-present",
                        "Authorization signed by patient 10/12/2026 (copy attached)",
                    ],
                    "LRR-2026-88213",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weekly order status CSV to law firm",
        notes="Hard positive: status report lists claimants by name with the hospitals and clinics holding their records.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="npruitt@callowaybrandt.com",
        subject="Weekly status - open orders",
        body="Nadia, this week's status for your open orders is attached. Two are waiting on payment approvals." + SIG,
        atts=(
            Att(
                "CBR_open_orders_2026-10-19.csv",
                "text/csv",
                "order,patient,dob,facility,status\n"
                "LRR-2026-88213,Gloria Menendez,1955-02-19,Riverside Cardiology,Fee quoted\n"
                "LRR-2026-88240,Edwin Sorensen,1941-08-30,Maplecrest Nursing & Rehab,Awaiting records\n"
                "LRR-2026-88302,Teresa Okonkwo,1981-07-22,St. Brendan Medical Center,Received - QA\n"
                "LRR-2026-88317,Victor Aldana,1972-04-30,Northshore Pain Clinic,Rejected - needs new auth\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip delivery of orthopedic records",
        notes="Delivery e-mail names the claimant, the orthopedic practice and page count; records in a password-protected zip.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="records.intake@northgatemutual-claims.com",
        subject="Delivery: LRR-2026-88129 (Tanaka) - 212 pages",
        body=(
            "Attached are the complete records for claimant Ryo Tanaka from Mercy Orthopedic Group "
            "(212 pages, including the 2025 rotator cuff repair operative note and MRI reports). The "
            "password will follow in a separate message." + SIG
        ),
        atts=(
            Att(
                "LRR-2026-88129.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Tanaka_Ryo_MercyOrtho_records.txt": "Ryo Tanaka DOB 1970-05-06. Op note 2025-06-11: arthroscopic rotator cuff repair, right.",
                    },
                    "Ledger-88129!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 radiology result in electronic delivery",
        notes="Hard positive: body is routine; the HL7 file carries the patient's name, MRN, address and a suspicious lung nodule.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="uwintake@bellwetherlife.com",
        subject="Electronic delivery LRR-2026-88455",
        body="Electronic records for order LRR-2026-88455 are attached in HL7 format as requested." + SIG,
        atts=(Att("LRR-2026-88455.hl7", "application/hl7-v2", HL7_PHI),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle with psychiatric diagnosis",
        notes="FHIR Bundle delivered to an insurer with patient name, DOB, MRN, bipolar II diagnosis and medication.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="uwintake@bellwetherlife.com",
        subject="FHIR delivery LRR-2026-88470",
        body="Attached: FHIR Bundle for order LRR-2026-88470 (Simone Abernathy-Cole) from Sunrise Mental Health." + SIG,
        atts=(Att("LRR-2026-88470.json", "application/fhir+json", FHIR_PHI),),
    ),
    Spec(
        phi=True,
        category="C-CDA continuity of care document delivery",
        notes="Hard positive: C-CDA attachment carries name, address, MRN and CKD/diabetes problems; body gives only an order number.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="apsunit@bellwetherlife.com",
        subject="CCD for order LRR-2026-88502",
        body="The CCD for this order is attached. Paper records from the nephrology office are still pending." + SIG,
        atts=(Att("LRR-2026-88502_CCD.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Copy-fee invoice itemised by patient",
        notes="Hard positive: an invoice where each line names a patient and the cardiology, behavioral-health or GI practice that treated them.",
        frm=f"Billing <billing@{LRR}>",
        to="ap@callowaybrandt.com",
        subject="Invoice 2026-1019 - Calloway Brandt & Reyes",
        body=(
            "Invoice 2026-1019 (net 30)\n\n"
            "Patient: Gloria Menendez - Riverside Cardiology - 84 pages - $62.30\n"
            "Patient: Noreen Castellano - Riverbend Behavioral Health - 311 pages - $118.40\n"
            "Patient: Owen Brandt - Lakeview GI Associates - 56 pages - $41.00\n"
            "Retrieval fees (3 x $35.00) - $105.00\n\nTotal due: $326.70" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Second request with MRN and imaging dates",
        notes="Hard positive: follow-up to a hospital citing an MRN, admission dates and radiology images, without a name.",
        frm=f"Requests Team <requests@{LRR}>",
        to="roi@stbrendanmedical.org",
        subject="SECOND REQUEST - MRN 7730145",
        body=(
            "2nd request. MRN 7730145, DOS 04/02/2025-04/19/2025. Paper chart received 10/06, thank you, "
            "but the radiology CD (CT abdomen/pelvis x3, IR drain placement) is still outstanding. "
            "Please advise the fee for the disc.\n\nMarcus, Requests Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Custodian affidavit for substance use treatment records",
        notes="Docx affidavit names the patient and certifies records from an opioid treatment programme (Part 2).",
        frm=f"Requests Team <requests@{LRR}>",
        to="records@clearpathrecovery.org",
        subject="Affidavit for signature - order LRR-2026-88377",
        body="Please have your custodian sign the attached affidavit before a notary and return it with the records." + SIG,
        atts=(
            Att(
                "Affidavit_LRR-2026-88377.docx",
                DOCX,
                docx(
                    [
                        "AFFIDAVIT OF RECORDS CUSTODIAN",
                        "I am the custodian of records of ClearPath Recovery Center, an opioid treatment program.",
                        "The attached 146 pages are true copies of the records of Dominic Ruiz, DOB 09/14/1986,",
                        "including methadone dosing records and counselling notes from 03/2023 to 08/2026,",
                        "disclosed under a 42 CFR Part 2 compliant consent.",
                        "Signature: ______________________  Notary: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded provider rejection of authorization",
        notes="Forward to the law firm of a clinic rejecting an authorization for a named patient's methadone records.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="npruitt@callowaybrandt.com",
        subject="Fwd: Rejected request - Ruiz",
        body="Nadia, see below. The clinic needs a Part 2-specific consent for Mr. Ruiz before it will release anything." + SIG,
        forward=Spec(
            phi=True,
            category="clinic rejection",
            notes="clinic rejection",
            frm="Records <records@clearpathrecovery.org>",
            to=f"requests@{LRR}",
            subject="Rejected request - Ruiz",
            body=(
                "We cannot process the request for Dominic Ruiz (DOB 09/14/1986). The authorization does "
                "not meet 42 CFR Part 2: it must name our program specifically and describe the substance "
                "use disorder treatment information to be disclosed."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim data retrieved from billing",
        notes="Hard positive: the X12 837 names the patient, member ID, DOB, fasciotomy CPT and compartment-syndrome code.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="ap@callowaybrandt.com",
        subject="Billing data - order LRR-2026-88140",
        body="The hospital provided billing data as an 837 extract instead of a UB-04. File attached." + SIG,
        atts=(Att("LRR-2026-88140_837.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="Authorization re-sign request to patient",
        notes="To a patient's gmail: her women's-health clinic rejected the authorization for her records.",
        frm=f"Requests Team <requests@{LRR}>",
        to="priya.banerjee.83@gmail.com",
        subject="Your records request - new signature needed",
        body=(
            "Dear Ms. Banerjee,\n\nSt. Lucia Women's Health has asked for a new authorization before it "
            "releases your records (including your 2025 IVF and pregnancy records). Their form is attached "
            "via DocuSign link. Please sign by Friday so your attorney's deadline is not missed.\n\n"
            "Thank you,\nAnita, Requests Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Terse retrieval progress note with biopsy",
        notes="Hard positive: a surname plus a melanoma biopsy and dermatology notes in an informal note to the client law firm.",
        frm=f"Marcus Hale <mhale@{LRR}>",
        to="mreyes@callowaybrandt.com",
        subject="Kowalczyk",
        body="pulled 3 of 4 for Kowalczyk. Dr. Amari's derm notes still out; the melanoma biopsy path came w/ the hospital chart. -M",
    ),
    Spec(
        phi=True,
        category="Wrong-patient records returned to hospital",
        notes="Hard positive: misdirected-records notice naming the wrong patient received and the intended one.",
        frm=f"Quality Assurance <qa@{LRR}>",
        to="roi@maplecrestrehab.com",
        subject="Records received for the wrong patient",
        body=(
            "Hello,\n\nFor order LRR-2026-88240 we requested records for Edwin Sorensen, DOB 08/30/1941. "
            "The package we received contains 63 pages for Edith Sorenson, DOB 1944, including her wound "
            "care flowsheets. We have not shared them and will return the package by courier today; please "
            "confirm and send the correct records.\n\nQA Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Rush APS order confirmation with SSN",
        notes="Order confirmation to an insurer with applicant name, SSN and the physicians whose records are sought.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="apsunit@bellwetherlife.com",
        subject="Rush order confirmed - APS",
        body=(
            "Confirmed rush APS order:\nApplicant: Trevor Nakamura\nSSN: 512-48-3307\nDOB: 1979-01-25\n"
            "Physicians: Dr. Ellen Vo (internal medicine), Dr. Marcus Grant (gastroenterology)\n"
            "Expected turnaround: 5 business days." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Open order aging workbook with patient names",
        notes="Multi-sheet aging report naming patients and the facilities treating them.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="apsunit@bellwetherlife.com",
        subject="October aging report",
        body="Aging report for your open APS orders attached. Anything over 30 days has had at least three follow-ups." + SIG,
        atts=(
            Att(
                "Bellwether_aging_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "0-30 days": [
                            ["Order", "Applicant", "Provider", "Days open"],
                            ["LRR-2026-88455", "Dorota Kowalski", "Riverside Medical Imaging", 9],
                            ["LRR-2026-88502", "Reginald Osei", "Verona Nephrology", 6],
                        ],
                        "31-60 days": [
                            ["Order", "Applicant", "Provider", "Days open"],
                            ["LRR-2026-87710", "Hector Ruiz", "Southside Endocrinology", 44],
                        ],
                        "Over 60": [["Order", "Applicant", "Provider", "Days open"], ["LRR-2026-86998", "Ruth Pellegrini", "Lakeshore Heart Center", 71]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned signed authorization image",
        notes="Hard positive: a PNG of a signed authorization named after the patient, sent to a neurology practice.",
        frm=f"Requests Team <requests@{LRR}>",
        to="records@midvaleneuro.com",
        subject="Signed authorization attached",
        body="Attached is the patient's signed HIPAA authorization for your neurology records, as requested on the phone." + SIG,
        atts=(Att("auth_Hollis_Beatrice_signed.png", "image/png", png(8, 10, (240, 240, 235))),),
    ),
    Spec(
        phi=True,
        category="Fee estimate call-back note about dialysis records",
        notes="Short note naming a patient and his dialysis-centre records and treatment years.",
        frm=f"Anita Cho <acho@{LRR}>",
        to="apsunit@bellwetherlife.com",
        subject="fee approval needed",
        body=(
            "Hi - Verona Dialysis quotes $180 for Reginald Osei's treatment records 2023-2026 "
            "(approx. 900 pages of run sheets). OK to approve? Anita"
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="HIPAA training reminder with fake example",
        notes="Hard negative: staff training reminder whose example record is an obviously fake John Doe with zero MRN.",
        frm=f"Compliance <compliance@{LRR}>",
        to=f"staff@{LRR}",
        subject="Annual HIPAA training due 10/31",
        body=(
            "Team,\n\nAnnual HIPAA and Part 2 training is due by October 31. New this year: a module on "
            "verifying fax numbers before sending records. Example used in the quiz: 'John Doe, MRN "
            "0000000, DOB 01/01/1900' - this is a fictional record, never a real patient.\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="Delivered-orders notice with SSN-shaped order numbers",
        notes="Hard negative: courier-batch order numbers in NNN-NN-NNNN format; no patient names or health data.",
        frm=f"Deliveries <deliveries@{LRR}>",
        to="mailroom@bellwetherlife.com",
        subject="Batch delivered - box 3 of 3",
        body=(
            "Box 3 of 3 was delivered to your mailroom at 11:05 by FedEx. Contents by batch order number:\n"
            "418-22-7096\n418-22-7097\n418-22-7103\n\nPlease sign the manifest and return it." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="State copy-fee schedule update",
        notes="Reference table of statutory copy fees by state; no individuals.",
        frm=f"Billing <billing@{LRR}>",
        to="clients@lists.ledgerlinerecords.com",
        subject="2027 statutory copy fees",
        body="Several states adjusted their copy-fee caps for 2027. The updated schedule is attached." + SIG,
        atts=(
            Att(
                "copy_fee_caps_2027.csv",
                "text/csv",
                "state,search_fee,per_page_first_25,per_page_after,electronic_max\n"
                "WI,0.00,1.00,0.75,26.00\nIL,31.92,1.19,0.80,\nMN,10.00,1.25,1.25,\nMI,23.97,1.20,0.60,\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Facility directory update with provider NPIs",
        notes="Hard negative: directory of facility ROI contacts and clinician NPIs; provider identifiers only.",
        frm=f"Operations <ops@{LRR}>",
        to=f"requests@{LRR}",
        subject="Directory update - new ROI fax numbers",
        body="Updated facility directory attached. Note Riverside Cardiology moved to a portal in November." + SIG,
        atts=(
            Att(
                "facility_directory_2026-10.csv",
                "text/csv",
                "facility,roi_fax,portal,contact_physician,npi\n"
                "Riverside Cardiology,(608) 555-0171,yes,Dr. Hana Liu,NPI: 1221733888\n"
                "Midvale Neurology,(608) 555-0172,no,Dr. Paul Strand,NPI: 1496988696\n"
                "Verona Nephrology,(608) 555-0173,no,Dr. Ama Owusu,NPI: 1497684716\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Turnaround metrics workbook",
        notes="Hard negative: aggregate turnaround and rejection rates by facility type; no individuals.",
        frm=f"Operations <ops@{LRR}>",
        to="vendor.management@bellwetherlife.com",
        subject="Q3 service metrics",
        body="Q3 metrics attached per our SLA. Median turnaround improved to 11 days." + SIG,
        atts=(
            Att(
                "LRR_Q3_2026_metrics.xlsx",
                XLSX,
                xlsx(
                    {
                        "Turnaround": [
                            ["Facility type", "Orders", "Median days", "90th pct"],
                            ["Hospital", 412, 14, 31],
                            ["Physician office", 1288, 9, 22],
                            ["Behavioral health", 57, 21, 45],
                        ],
                        "Rejections": [["Reason", "Count"], ["Expired authorization", 38], ["Missing Part 2 language", 11]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Matter-level invoice summary",
        notes="Hard negative: invoice lists law-firm matter numbers and totals, no patient names or providers.",
        frm=f"Billing <billing@{LRR}>",
        to="ap@feldmantriallaw.com",
        subject="Statement - September 2026",
        body=(
            "Statement for September 2026\n\nMatter 24-0193: 3 orders - $184.00\nMatter 25-0047: 1 order - "
            "$52.75\nMatter 25-0311: 5 orders - $402.10\n\nBalance due: $638.85. Pay online or by check." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Sandbox FHIR test patient to EHR vendor",
        notes="Hard negative: FHIR Patient tagged HTEST with a synthetic 'Sandbox Testpatient' for interface testing.",
        frm=f"Integrations <integrations@{LRR}>",
        to="support@ehrbridge.io",
        subject="Sandbox test - Patient read failing",
        body="Our GET on the sandbox Patient below returns 403. This is your synthetic test patient, not real data. Can you check our scopes?" + SIG,
        atts=(Att("sandbox_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="Synthetic HL7 message for interface test",
        notes="Hard negative: HL7 test message (processing ID T) with a ZZTEST synthetic patient.",
        frm=f"Integrations <integrations@{LRR}>",
        to="support@ehrbridge.io",
        subject="HL7 test message - ADT A08",
        body="Attached is the synthetic A08 we used; processing ID T. Please confirm your listener accepts it." + SIG,
        atts=(Att("test_adt_a08.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Marketing email to law firms (HTML only)",
        notes="Vendor marketing to attorneys about retrieval services; no patient.",
        frm=f"Ledgerline Record Retrieval <marketing@{LRR}>",
        to="info@feldmantriallaw.com",
        subject="Records in 11 days, not 11 weeks",
        body="",
        html=(
            "<html><body><h1>Stop chasing medical records.</h1><p>Ledgerline retrieves records, "
            "films and billing from 14,000 facilities nationwide, with HIPAA-compliant delivery and "
            "a live status portal.</p><ul><li>Median 11-day turnaround</li><li>Part 2 consent "
            "expertise</li><li>Flat $35 retrieval fee</li></ul><p><a href='https://www.ledgerlinerecords.com/demo'>"
            "Book a demo</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Security questionnaire answers (docx)",
        notes="Hard negative: security controls document describing PHI handling in general terms.",
        frm=f"Compliance <compliance@{LRR}>",
        to="vendor.risk@harborlife.com",
        subject="Completed security questionnaire",
        body="Please find our completed questionnaire and SOC 2 Type II bridge letter." + SIG,
        atts=(
            Att(
                "LRR_security_questionnaire.docx",
                DOCX,
                docx(
                    [
                        "Ledgerline Record Retrieval - Vendor Security Questionnaire",
                        "Q: Is PHI encrypted at rest? A: Yes, AES-256 on all storage.",
                        "Q: Is PHI sent by e-mail? A: Only in encrypted archives or via the portal.",
                        "Q: Breach notification window? A: 5 business days to covered entity clients.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Courier pickup calendar invite",
        notes="Pickup of sealed record boxes at a hospital, identified only by box count.",
        frm=f"Operations <ops@{LRR}>",
        to="him@stbrendanmedical.org",
        subject="Courier pickup Thursday",
        body="Our courier will pick up the 4 sealed boxes at your HIM dock on Thursday. Invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ledgerline//Ops//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lrr-pickup-1022@ledgerlinerecords.com\r\nDTSTAMP:20261019T150000Z\r\n"
            "DTSTART:20261022T190000Z\r\nDTEND:20261022T193000Z\r\nSUMMARY:Courier pickup - 4 sealed boxes\r\n"
            "LOCATION:St. Brendan HIM loading dock\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Request letter template with placeholders",
        notes="Hard negative: letter template with bracketed placeholders for patient and dates; no values.",
        frm=f"Requests Team <requests@{LRR}>",
        to=f"staff@{LRR}",
        subject="Updated request letter template",
        body=(
            "Use this wording from Monday:\n\n'We request complete records for [PATIENT NAME], DOB "
            "[MM/DD/YYYY], for dates of service [START] to [END], including [RECORD TYPES]. A signed "
            "authorization is enclosed.'\n\nDon't forget to delete unused brackets." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for release-of-information specialist",
        notes="Hard negative: job posting mentioning HIPAA, medical terminology and ICD-10; no individual.",
        frm=f"Careers <careers@{LRR}>",
        to="jobs@madisonjobboard.com",
        subject="Job posting: Release of Information Specialist",
        body=(
            "Ledgerline Record Retrieval is hiring two Release of Information Specialists. You will "
            "review authorizations for HIPAA and 42 CFR Part 2 compliance, request records from "
            "hospitals and clinics, and QA deliveries. Knowledge of medical terminology and ICD-10 "
            "preferred. $21-$25/hour, hybrid after 90 days."
        ),
    ),
    Spec(
        phi=False,
        category="X12 270 test file to payer",
        notes="Hard negative: X12 270 eligibility test (usage indicator T) with a synthetic subscriber.",
        frm=f"Integrations <integrations@{LRR}>",
        to="edi.testing@harborlife.com",
        subject="Test 270 file for connectivity",
        body="Attached is a test 270 (ISA15 = T) with a synthetic subscriber, for connectivity testing only." + SIG,
        atts=(Att("test_270.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="Forwarded hospital policy change notice",
        notes="Hard negative: forward of a hospital's notice that all requests must go through its portal; no patient.",
        frm=f"Operations <ops@{LRR}>",
        to=f"requests@{LRR}",
        subject="Fwd: Mercy Health - new ROI process",
        body="FYI - starting 11/1 Mercy only accepts requests through their portal. Update the directory." + SIG,
        forward=Spec(
            phi=False,
            category="hospital notice",
            notes="hospital notice",
            frm="Release of Information <roi@mercyhealthwi.org>",
            to="vendors@lists.mercyhealthwi.org",
            subject="New ROI process effective November 1",
            body=(
                "Effective November 1, 2026, Mercy Health will accept third-party record requests only "
                "through the ROI portal. Faxed and mailed requests will be returned unprocessed."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mileage reimbursement to freelance courier",
        notes="Mileage and payment note to a contract courier's gmail; no patient data.",
        frm=f"Operations <ops@{LRR}>",
        to="dwayne.courier.runs@gmail.com",
        subject="October mileage",
        body="Hi Dwayne, your October mileage (412 miles at $0.70) comes to $288.40 and will be paid Friday. Thanks for covering the Verona route.",
    ),
    Spec(
        phi=False,
        category="Facility outage delay notice",
        notes="Hard negative: notice that a hospital's ransomware outage delays all orders; no individual.",
        frm=f"Client Services <clientservices@{LRR}>",
        to="clients@lists.ledgerlinerecords.com",
        subject="Delays: Lakeshore Health System outage",
        body=(
            "Lakeshore Health System has reported a cybersecurity incident affecting its EHR. It is not "
            "processing release-of-information requests. Orders at Lakeshore facilities will show 'On hold "
            "- facility'. We'll update you when processing resumes." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Blank facility forms pack zip",
        notes="Hard negative: zip of blank facility-specific authorization forms; no patient data.",
        frm=f"Requests Team <requests@{LRR}>",
        to="npruitt@callowaybrandt.com",
        subject="Facility-specific forms pack",
        body="Nadia, some hospitals insist on their own forms. Blank copies are zipped here for your intake packets." + SIG,
        atts=(
            Att(
                "facility_forms_blank.zip",
                "application/zip",
                zipped(
                    {
                        "Mercy_Health_authorization_BLANK.txt": "MERCY HEALTH AUTHORIZATION. Patient name: ____ DOB: ____ Records requested: ____",
                        "StBrendan_ROI_form_BLANK.txt": "ST. BRENDAN MEDICAL CENTER. Patient: ____ MRN: ____ Purpose: ____",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Password policy reminder to staff",
        notes="Internal IT reminder about password rotation; no health information.",
        frm=f"IT <it@{LRR}>",
        to=f"staff@{LRR}",
        subject="Password expiry this week",
        body="Reminder: passwords expire every 90 days. If yours expires this week, change it before Friday to avoid being locked out of the order portal.",
    ),
]
