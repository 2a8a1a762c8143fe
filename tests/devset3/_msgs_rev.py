"""Hand-written devset3 revenue-cycle, records and partner messages (mostly PHI, attachments)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

DOM = "cedarhollowhealth.org"

_APPT_CSV = """\
appt_date,appt_time,provider,patient_name,dob,phone,visit_reason
2026-11-30,08:00,Nwachukwu A,Prudence Yarrow,1949-07-22,541-555-0131,diabetes f/u A1c
2026-11-30,08:20,Nwachukwu A,Caleb Ostrowski,1988-02-10,541-555-0187,depression med check
2026-11-30,08:40,Nwachukwu A,Imani Whitfield-Cole,2019-09-03,541-555-0112,well child 7y + asthma
2026-11-30,09:00,Lindgren E,Dorothea Kimura,1957-12-30,541-555-0155,post-op check L knee TKA
2026-11-30,09:20,Lindgren E,Hollis Vandermeer,1971-04-18,541-555-0140,HIV viral load review
2026-11-30,09:40,Lindgren E,Ramona Teixeira,1993-06-06,541-555-0106,IUD insertion
"""

_NOSHOW = [
    ["MRN", "Patient", "Phone", "Missed appt", "Dept", "Reason for visit"],
    ["00391022", "Abernathy, Clive", "541-555-0118", "2026-11-16", "Cardiology", "AFib anticoag"],
    ["00544817", "Bhandari, Sunita", "541-555-0176", "2026-11-17", "OB", "28 wk glucose test"],
    ["00207735", "Castellanos, Joaquin", "541-555-0124", "2026-11-18", "Behavioral", "Bipolar I"],
    ["00658290", "Duchene, Marguerite", "541-555-0169", "2026-11-19", "Oncology", "Zometa"],
    ["00713346", "Eversole, Wade", "541-555-0137", "2026-11-20", "GI", "Hep C treatment"],
]

_CLAIMS_CSV = """\
claim_id,acct,patient_last,patient_first,member_id,payer,dos,cpt,icd10,billed,status
CH26-118804,55120774,Fenwick,Rosalind,PCH884120571,PacificCare,2026-11-20,83036,E11.65,48.00,open
CH26-118805,55120791,Marchetti,Luca,PCH771200348,PacificCare,2026-11-20,99214,F41.1,212.00,open
CH26-118806,55120802,Ngata,Aroha,ORMED0044172,OHP,2026-11-20,90834,F33.1,165.00,open
CH26-118807,55120815,Pike,Everett,PCH552019874,PacificCare,2026-11-20,45380,K63.5,1420.00,denied
CH26-118808,55120820,Quintero,Alma,MCR,Medicare,2026-11-20,G0439,Z00.00,175.00,paid
"""

_HL7_ORU = (
    "MSH|^~\\&|CHHLAB|CEDARHOLLOW|QUANTIS|QUANTISLABS|202611241022||ORU^R01|CHH8841021|P|2.5.1\r"
    "PID|1||00731842^^^CHH^MR||FENWICK^ROSALIND^M||19580317|F|||2210 ALDER CT^^LINCOLN CITY^OR"
    "^97367||5415550149\r"
    "PV1|1|O|BIRCH^^^CHH||||1528390012^NWACHUKWU^ADAEZE\r"
    "OBR|1|CHH-551207|Q-88120|4548-4^Hemoglobin A1c^LN|||202611200814\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.4|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|33914-3^eGFR^LN||34|mL/min/1.73m2|>59|L|||F\r"
)

_HL7_ADT = (
    "MSH|^~\\&|VERDANT|CHH|SUMMITHH|SUMMIT|202611230815||ADT^A03|ADT20261123081|P|2.3\r"
    "EVN|A03|202611230810\r"
    "PID|1||00618824^^^CHH^MR||GLENDENNING^THADDEUS^R||19440702|M|||77 OSPREY WAY^^NEWPORT^OR"
    "^97365||5415550172\r"
    "PV1|1|I|4W^412^A^CHH|||||||MED||||||||||||||||||||||||||20261117|20261123\r"
    "DG1|1||J18.9^Pneumonia, unspecified organism^I10\r"
    "DG1|2||I50.33^Acute on chronic diastolic heart failure^I10\r"
)

_FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "chh-00552176",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921", "value": "00552176"}],
                "name": [{"family": "Achterberg", "given": ["Lucinda", "Mae"]}],
                "birthDate": "1962-10-09",
                "telecom": [{"system": "phone", "value": "541-555-0193"}],
                "address": [{"line": ["903 Heron St"], "city": "Waldport", "postalCode": "97394"}],
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "subject": {"reference": "Patient/chh-00552176"},
                "code": {
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/sid/icd-10-cm",
                            "code": "C50.412",
                            "display": "Malignant neoplasm of upper-outer quadrant of left breast",
                        }
                    ]
                },
                "onsetDateTime": "2026-09-14",
            }
        },
        {
            "resource": {
                "resourceType": "MedicationStatement",
                "subject": {"reference": "Patient/chh-00552176"},
                "medicationCodeableConcept": {"text": "anastrozole 1 mg tablet"},
                "status": "active",
            }
        },
    ],
}

_FHIR_MED = {
    "resourceType": "MedicationRequest",
    "id": "rx-7720014",
    "status": "active",
    "intent": "order",
    "medicationCodeableConcept": {"text": "adalimumab 40 mg/0.4 mL pen, every 14 days"},
    "subject": {"reference": "Patient/chh-00460931", "display": "Tobias Wrenfield"},
    "authoredOn": "2026-11-23",
    "reasonCode": [{"text": "Crohn disease of small intestine (K50.00)"}],
    "requester": {"display": "Dr. Sandeep Rao"},
}

_CCDA = """\
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care / Referral Summary</title>
  <effectiveTime value="20261124"/>
  <recordTarget><patientRole>
    <id extension="00689014" root="2.16.840.1.113883.3.9921"/>
    <addr><streetAddressLine>12 Fernhill Rd</streetAddressLine><city>Siletz</city>
      <state>OR</state><postalCode>97380</postalCode></addr>
    <patient><name><given>Ignatius</given><family>Pemberton</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19490115"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Parkinson disease (G20.A1); orthostatic hypotension; recurrent falls</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>carbidopa/levodopa 25/100 mg TID; midodrine 5 mg TID</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_SUPERBILL = """\
From: Cedar Hollow Billing <billing@cedarhollowhealth.org>
To: Jorge Alcantar <jorge.alcantar77@hotmail.com>
Subject: Your statement, account 55118230
Date: Thu, 19 Nov 2026 10:02:00 -0600
Message-ID: <d3.stmt.55118230@cedarhollowhealth.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Jorge Alcantar,

Your balance for the emergency visit on 10/30/2026 (laceration repair, CPT 12032) is $412.18
after your PacificCare payment. Member ID PCH330918476.
"""

MESSAGES: list[Spec] = [
    Spec(
        True,
        "scheduling",
        "Hard positive: CSV of tomorrow's appointments with names, DOBs and visit reasons to "
        "vendor.",
        f"Birchfield Front Desk <birchfield-fd@{DOM}>",
        "ops@remindlyhq.com",
        "Monday schedule for reminder calls",
        """\
Hi Remindly team,

Heres mondays list for the remider calls. same format as last wk.

Jolene
""",
        atts=(Att("birchfield_2026-11-30.csv", "text/csv", _APPT_CSV),),
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: XLSX no-show list with MRNs, names, phones and visit reasons to call "
        "centre.",
        f"Access Center <access@{DOM}>",
        "team@callbridgeservices.com",
        "no-show outreach - week of 11/16",
        "Attached. Please prioritise the oncology and OB rows.\n\nThanks, Access Center\n",
        atts=(Att("noshow_wk1116.xlsx", XLSX, xlsx(_NOSHOW, "No-shows")),),
    ),
    Spec(
        True,
        "billing",
        "Hard positive: ZIP holding a claims CSV (names, member IDs, CPT, ICD-10) to billing "
        "vendor.",
        f"Revenue Cycle <revcycle@{DOM}>",
        "uploads@northgatebilling.com",
        "daily extract 11/20",
        "Daily extract attached (zip). Row count 5.\n",
        atts=(
            Att(
                "chh_claims_20261120.zip",
                "application/zip",
                zipped({"claims_20261120.csv": _CLAIMS_CSV, "README.txt": "CHH daily extract\n"}),
            ),
        ),
    ),
    Spec(
        True,
        "post_acute",
        "Hard positive: password-protected ZIP of a wound-care census; body names the content "
        "type.",
        f"Wound Clinic <woundcare@{DOM}>",
        "intake@summithomehealth.org",
        "wound census (encrypted)",
        """\
Hi Kim,

Attached is this week's wound-care census for your shared patients. Password will come in a
separate email as usual.

Wound Clinic
""",
        atts=(
            Att(
                "wound_census_wk48.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "census.csv": (
                            "name,dob,wound,stage\n"
                            "Rocco Bianchi,1946-03-02,sacrum,4\n"
                            "Eulalia Fry,1938-08-27,L heel,3\n"
                        )
                    },
                    "Cedar-Wk48!",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "interface",
        "Hard positive: HL7 v2 ORU attachment (PID name/DOB/address, A1c) with a one-line body.",
        f"Interface Team <interfaces@{DOM}>",
        "hl7support@quantislabs.com",
        "msg that failed in your engine",
        "This one bounced with AE on your side, can you check segment OBX-2?\n",
        atts=(Att("CHH8841021.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        True,
        "interface",
        "Hard positive: HL7 ADT^A03 discharge (name, DOB, address, diagnoses) as .txt to home "
        "health.",
        f"Interface Team <interfaces@{DOM}>",
        "it@summithomehealth.org",
        "sample A03 for your mapping",
        """\
Hi Devon,

Here's a real A03 from this morning so you can test your mapping. Let me know if the DG1
segments come through.

- Raj, CHH Interfaces
""",
        atts=(Att("A03_sample.txt", "text/plain", _HL7_ADT),),
    ),
    Spec(
        True,
        "interface",
        "Hard positive: FHIR JSON bundle (Patient + breast cancer Condition) to app vendor.",
        f"Digital Health <digital@{DOM}>",
        "dev@oncopathapp.io",
        "Test bundle that breaks your parser",
        "The attached bundle makes your importer throw on the address field. Prod data, sorry.\n",
        atts=(
            Att(
                "bundle_chh-00552176.json",
                "application/fhir+json",
                json.dumps(_FHIR, indent=2) + "\n",
            ),
        ),
    ),
    Spec(
        True,
        "specialty_pharmacy",
        "FHIR MedicationRequest with patient name and Crohn disease to specialty pharmacy.",
        f"Specialty Rx Liaison <rx-liaison@{DOM}>",
        "intake@redwoodspecialtyrx.com",
        "New start - Humira",
        """\
New start attached as FHIR JSON. PA approved through 5/2027; copay card enrolled.
Patient prefers delivery to home, signature required.
""",
        atts=(Att("MedicationRequest-rx-7720014.json", "application/json", json.dumps(_FHIR_MED)),),
    ),
    Spec(
        True,
        "care_transition",
        "C-CDA XML transition-of-care document (name, DOB, address, Parkinson disease) to SNF.",
        f"Case Management <casemgmt@{DOM}>",
        "records@ridgelinecare.com",
        "CCD",
        "CCD attached for Friday's admission.\n",
        atts=(Att("CCD_00689014.xml", "application/xml", _CCDA),),
    ),
    Spec(
        True,
        "billing",
        "Explanation of benefits summary to patient: member ID, service, allowed amount.",
        f"Patient Financial Services <pfs@{DOM}>",
        "harlan.muir@comcast.net",
        "Question about your bill",
        """\
Dear Mr. Muir,

Thank you for calling. Here is what PacificCare processed for your visit on 10/14/2026:

  Member ID:            PCH604417239
  Service:              MRI lumbar spine without contrast (CPT 72148)
  Billed:               $2,140.00
  Plan allowed:         $812.36
  Plan paid:            $649.89
  Your responsibility:  $162.47 (deductible)

Your account number with us is 55109362. You can pay online or set up a payment plan.

Terrence, Patient Financial Services
""",
    ),
    Spec(
        True,
        "denials",
        "Appeal letter to insurer: member ID, CPT, ICD-10, clinical rationale for named patient.",
        f"Denials Management <denials@{DOM}>",
        "appeals@pacificcarehp.com",
        "Level 1 appeal - claim 26-3318870",
        """\
PacificCare Appeals Unit,

We request reconsideration of the denial of claim 26-3318870 for Everett Pike (member ID
PCH552019874, DOB 11/11/1968), date of service 11/20/2026, CPT 45380 (colonoscopy with biopsy).
Denial reason CO-50 (not medically necessary) is inconsistent with the record: the patient had
iron-deficiency anemia (D50.9) and a positive FIT test, which meet your own policy MP-0412 for
diagnostic colonoscopy. Pathology showed a tubular adenoma (K63.5).

Operative and pathology reports are available on request.

Sincerely,
Francine Okoye, CPC
Denials Management, Cedar Hollow Health

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including
protected health information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender and destroy all
copies of the original message.
""",
    ),
    Spec(
        True,
        "prior_auth",
        "Prior authorization request: member ID, diagnosis, biologic requested.",
        f"Prior Auth Team <priorauth@{DOM}>",
        "pa-requests@pacificcarehp.com",
        "PA request - dupilumab",
        """\
Member: Sage Holloway
Member ID: PCH118837405   DOB: 03/03/2004
Drug: dupilumab (Dupixent) 300 mg SC q2 weeks after 600 mg load
Diagnosis: L20.89 severe atopic dermatitis, BSA 35%, EASI 29
Tried/failed: triamcinolone 0.1%, tacrolimus 0.1% ointment, 12 weeks methotrexate (LFTs up)
Prescriber: Dr. Ines Castellvi, NPI 1526018159
""",
    ),
    Spec(
        True,
        "pharmacy",
        "Hard positive: HTML-only pharmacy refill note with Rx numbers, patient name and drugs.",
        f"CHH Outpatient Pharmacy <pharmacy@{DOM}>",
        "evasquez.1951@aol.com",
        "Refill ready",
        "",
        html="""\
<html><head><style>td{padding:3px 8px}</style></head><body>
<div style="font-family:Segoe UI,Arial">
<p>Hello Eleanor,</p>
<p>Your refill of <b>Rx #4418290</b> (lisinopril 20 mg, 90 tablets) is ready for pick-up at
the Cedar Hollow Outpatient Pharmacy.</p>
<p>Your refill for <b>Rx #4418312</b> (warfarin 5 mg) needs a new INR before we can fill it
&ndash; Dr. Lindgren&#39;s office has been notified.</p>
<table><tr><td>Hours</td><td>M&ndash;F 8&ndash;6</td></tr>
<tr><td>Phone</td><td>541-555-0109</td></tr></table>
</div></body></html>
""",
    ),
    Spec(
        True,
        "workers_comp",
        "Workers' comp PT progress note to adjuster: claim number, injury, restrictions.",
        f"CHH Rehab Services <rehab@{DOM}>",
        "Dana Ruiz <druiz@keystonemutual.com>",
        "Claim WC-2026-004418 progress note",
        """\
Ms. Ruiz,

Progress update for Kurt Ambrose, claim WC-2026-004418, employer Pacific Rim Lumber,
date of injury 09/02/2026 (right rotator cuff tear, s/p arthroscopic repair 9/28).

Visits: 14 of 24 authorized. Flexion 140 deg (from 95), strength 4-/5. Pain 3/10.
Restrictions: no lifting over 10 lb with the right arm, no overhead work, through 12/21.
Requesting 8 additional visits.

Jules Marchand, DPT
""",
    ),
    Spec(
        True,
        "school_form",
        "School asthma action plan to school nurse: child and parent names, meds, DOB.",
        f"Sunrise Pediatrics at CHH <peds@{DOM}>",
        "nurse@crestview.alder.k12.or.us",
        "Asthma action plan - Mateo Salcedo, 3rd grade",
        """\
Hi Nurse Penhallow,

At the request of Mateo's mother, Yesenia Salcedo, attached below is his updated plan.

Student: Mateo Salcedo   DOB 01/17/2018
Diagnosis: moderate persistent asthma
Controller: Flovent HFA 44 mcg 2 puffs BID (at home)
Rescue at school: albuterol HFA 2-4 puffs with spacer q4h PRN; may self-carry: NO
Call parent (541-555-0128) if rescue inhaler needed more than twice in a day.

Dr. Beatriz Lindholm, Sunrise Pediatrics at Cedar Hollow Health
""",
    ),
    Spec(
        True,
        "camp_form",
        "Hard positive: camp health form PDF (name, allergies, EpiPen, seizure history).",
        f"Sunrise Pediatrics at CHH <peds@{DOM}>",
        "health@campwildwoodoregon.org",
        "Form for Wildwood",
        "Mom asked us to send this directly. Signed copy attached.\n",
        atts=(
            Att(
                "Wildwood_health_form.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW HEALTH - CAMP / SPORTS HEALTH FORM",
                        "Camper: Juniper Ashcroft   DOB: 05/30/2015   Parent: Rowan Ashcroft",
                        "Allergies: peanut and tree nut (anaphylaxis 2022) - EpiPen Jr x2",
                        "Conditions: febrile seizure history (none since 2019)",
                        "Medications: cetirizine 5 mg daily in summer",
                        "Immunizations: up to date per Oregon ALERT IIS",
                        "Cleared for all activities including swimming.",
                        "Signed: B. Lindholm, MD   11/23/2026",
                    ],
                    "Camp form",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "fmla",
        "FMLA certification to employer leave administrator with diagnosis and incapacity dates.",
        f"Dr. Helena Voss <hvoss@{DOM}>",
        "claims@leavelogic.com",
        "FMLA certification - Ortega, Benjamin (employer: Coastline Foods)",
        """\
Please find the completed WH-380-E below.

Employee: Benjamin Ortega   Employer: Coastline Foods   Claim: LL-77120934
Condition: major depressive disorder, recurrent, severe (F33.2); started 10/2026
Incapacity: continuous leave 11/23/2026 - 01/04/2027; then intermittent, 1-2 days/month
for flare-ups and weekly therapy appointments through 5/2027.

Helena Voss, MD
""",
    ),
    Spec(
        True,
        "disability",
        "Short-term disability attending physician statement DOCX to insurer (diagnosis, dates).",
        f"Forms Team <forms@{DOM}>",
        "std-claims@summitlifeins.com",
        "APS for claim STD-44190271",
        "Completed attending physician statement attached. Please direct questions to "
        "541-555-0150.\n",
        atts=(
            Att(
                "APS_STD-44190271.docx",
                DOCX,
                docx(
                    [
                        "ATTENDING PHYSICIAN STATEMENT",
                        "Claimant: Priscilla Van Houten    DOB: 08/12/1981",
                        "Primary diagnosis: Multiple sclerosis, relapsing-remitting (G35)",
                        "Secondary: optic neuritis, right eye (H46.9)",
                        "Date first treated for this condition: 10/02/2026",
                        "Restrictions: no driving; no screen work > 2 h/day until 12/31/2026",
                        "Treatment: IV methylprednisolone x5 days; starting ocrelizumab",
                        "Physician: Dr. Sandeep Rao, Neurology, Cedar Hollow Health",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "referral",
        "DOCX referral letter to orthopaedics: name, DOB, knee injury, MRI finding.",
        f"Millrace Family Medicine <millrace@{DOM}>",
        "referrals@coastalortho.com",
        "Referral",
        """\
Hello,

Please see the attached referral letter. Patient is aware and expects your call.

Regards,
Millrace Family Medicine
""",
        atts=(
            Att(
                "referral_letter.docx",
                DOCX,
                docx(
                    [
                        "Millrace Family Medicine - Cedar Hollow Health",
                        "November 24, 2026",
                        "Dear Dr. Haugen,",
                        "Thank you for seeing Desmond Achebe (DOB 04/25/1999), a 27-year-old "
                        "soccer player who twisted his left knee on 11/7. MRI on 11/19 showed a "
                        "complete ACL tear and a bucket-handle tear of the medial meniscus.",
                        "He is on ibuprofen as needed and has no other medical problems.",
                        "Sincerely, Lauren Petrakis, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "collections",
        "Collections placement: account numbers, names, dates of service, balances.",
        f"Patient Financial Services <pfs@{DOM}>",
        "placements@meridianrecovery.com",
        "November placements",
        """\
Placements for November (balances over 180 days):

Acct 55091124  Hargrove, Lyle      DOS 04/02/2026  ED visit           $1,288.40
Acct 55093318  Ibsen, Clara        DOS 04/19/2026  Ambulance transfer $2,015.00
Acct 55094702  Jaramillo, Tomas    DOS 05/05/2026  Outpatient MRI     $  640.75

Letters of validation mailed 11/16.
""",
    ),
    Spec(
        True,
        "billing",
        "Medicare claim correction with name and MBI and date of service.",
        f"Billing Office <billing@{DOM}>",
        "provider.services@westernmacjf.com",
        "Reopening request",
        """\
Please reopen the claim for beneficiary Wallace Dunleavy, MBI 3GK7-WN2-TA41, DOS 10/28/2026.
The line for 93306 (echocardiogram) was billed with the wrong modifier (-26 instead of global).
Corrected claim ICN to follow.

Thank you,
Cedar Hollow Health Billing Office
""",
    ),
    Spec(
        True,
        "financial_assistance",
        "Charity care application to vendor: SSN, name, household income, hospital account.",
        f"Financial Counseling <fincounsel@{DOM}>",
        "apps@carebridgeeligibility.com",
        "FA app - needs Medicaid screen first",
        """\
Please screen this applicant for OHP before we apply charity care:

Name: Rosalie Dumont    SSN: 541-72-8830    DOB 02/09/1985
Household: 3 (self, 2 children)   Monthly income: $2,310
Hospital account 55117840, inpatient stay 11/12-11/15/2026 (appendectomy)
""",
    ),
    Spec(
        True,
        "lab_requisition",
        "TXT lab requisition attachment with name, DOB, tests and ICD-10 codes to reference lab.",
        f"Birchfield Lab Draw <birchfield-lab@{DOM}>",
        "clientservices@quantislabs.com",
        "add-on request",
        "Please add the test on the attached req to the specimen you picked up today.\n",
        atts=(
            Att(
                "req_addon.txt",
                "text/plain",
                """\
QUANTIS LABS - ADD-ON REQUEST
Client: Cedar Hollow Health / Birchfield Clinic   Acct Q-20418
Patient: Soto, Graciela    DOB 07/14/1977    Sex F
Original accession: Q26-3318417, collected 11/23/2026 09:05
Add: Hepatitis C antibody w/ reflex RNA (LOINC 13955-0)
ICD-10: Z11.59, F11.20
Ordering: Dr. A. Nwachukwu
""",
            ),
        ),
    ),
    Spec(
        True,
        "complaint",
        "Hard positive: forwarded statement (message/rfc822) with name, visit and procedure "
        "to counsel.",
        f"Risk Management <risk@{DOM}>",
        "mlaughlin@harrowlegal.com",
        "FW: patient statement dispute",
        """\
Megan,

Forwarding the original statement that prompted the complaint letter we discussed. The
patient says he was told the repair would be covered. Let's talk Thursday.

Diane Kowalski
Director, Risk Management
""",
        forward=Spec(
            True,
            "billing",
            "inner",
            f"Cedar Hollow Billing <billing@{DOM}>",
            "Jorge Alcantar <jorge.alcantar77@hotmail.com>",
            "Your statement, account 55118230",
            _SUPERBILL.split("\n\n", 1)[1],
        ),
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: ICS attachment 'Pre-op: Castellanos, Ruben - lap chole' to anesthesia "
        "group.",
        f"Surgery Scheduling <orsched@{DOM}>",
        "schedule@cascadeanesthesia.com",
        "add-on for Tues",
        "Adding one to Tuesday's list, invite attached.\n",
        atts=(
            Att(
                "preop_tues.ics",
                "text/calendar",
                """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hollow Health//OR Scheduling//EN
BEGIN:VEVENT
UID:or-20261201-04@cedarhollowhealth.org
DTSTAMP:20261124T160000Z
DTSTART:20261201T150000Z
DTEND:20261201T163000Z
SUMMARY:Pre-op: Castellanos, Ruben (DOB 6/1/1975) - lap chole, OSA on CPAP
LOCATION:CHMC OR 3
END:VEVENT
END:VCALENDAR
""",
            ),
        ),
    ),
    Spec(
        True,
        "lab_invoice",
        "Hard positive: lab invoice PDF that lists patient names with the tests billed.",
        f"Accounts Payable <ap@{DOM}>",
        "billing@cascadepath.net",
        "Invoice INV-260114 - disputed lines",
        """\
Hi,

We're disputing 2 lines on the attached invoice - these were billed to the patients' insurance
already. Please issue a credit memo.

Accounts Payable, Cedar Hollow Health
""",
        atts=(
            Att(
                "INV-260114_marked.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE PATHOLOGY - CLIENT INVOICE INV-260114",
                        "Bill to: CEDAR HOLLOW HEALTH, Accounts Payable",
                        "Line  Date        Patient             Test               Amount",
                        "1     11/02/2026  Lindqvist, Harold   88305 GI biopsy    $118.00",
                        "2     11/05/2026  Marchetti, Luca     88342 IHC x2       $212.00 DISPUTED",
                        "3     11/09/2026  Pike, Everett       88305 colon polyp  $118.00 DISPUTED",
                        "Total due: $448.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "release_of_information",
        "Records release to attorney: name, DOB, dates of treatment, injuries.",
        f"Release of Information <roi@{DOM}>",
        "records@pruittinjurylaw.com",
        "Records request #ROI-26-5518",
        """\
Counsel,

In response to your request with signed HIPAA authorization, the records for Shannon Kilbride
(DOB 10/10/1990) for dates of service 08/14/2026-11/01/2026 are available in the secure portal.
They include the ED visit of 8/14 (cervical strain, concussion without LOC after MVC), two
neurology visits, and 9 PT sessions. Invoice for copying fees: $38.50.

ROI Specialist, Cedar Hollow Health
""",
    ),
    Spec(
        True,
        "eligibility",
        "Hard positive: X12 271 eligibility response pasted as TXT with member name, ID and DOB.",
        f"Revenue Integrity <revintegrity@{DOM}>",
        "support@clearpathclearinghouse.com",
        "271 parsing issue",
        """\
Your 271s are coming back with the EB segment truncated. Example attached (one member).

Thanks,
Ola
""",
        atts=(
            Att(
                "271_example.txt",
                "text/plain",
                "ISA*00*          *00*          *ZZ*PACIFICCARE    *ZZ*CEDARHOLLOW    "
                "*261124*0912*^*00501*000004418*0*P*:~\n"
                "NM1*IL*1*TREMBLAY*GENEVIEVE****MI*PCH903371552~\n"
                "DMG*D8*19670421*F~\n"
                "EB*1*IND*30**GOLD PPO~\n"
                "EB*C*IND*30***23*1500~\n"
                "MSG*PRIOR AUTH REQUIRED FOR ONCOLOGY INFUSION~\n",
            ),
        ),
    ),
]
