"""Devset5: HIM / release of information, law firms, payers, patient financial services."""

from __future__ import annotations

from _att import DOCX, XLSX, Att, Spec, csv_att, docx, encrypted_zip, fhir, pdf, xlsx, zipped

D = "ridgecrestumc.org"

X12_837 = (
    "ISA*00*          *00*          *ZZ*RIDGECRESTUMC  *ZZ*CLEARPATHEDI   *261116*1412*^*00501*"
    "000004417*0*P*:~\n"
    "GS*HC*RIDGECRESTUMC*CLEARPATHEDI*20261116*1412*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*RC4417*20261116*1412*CH~\n"
    "NM1*41*2*RIDGECREST UNIVERSITY MEDICAL CENTER*****46*RCUMC01~\n"
    "NM1*40*2*CLEARPATH EDI*****46*CPEDI~\n"
    "HL*1**20*1~\n"
    "NM1*85*2*RIDGECREST UNIVERSITY MEDICAL CENTER*****XX*1385280841~\n"
    "N3*1400 MEDICAL CENTER PKWY~\nN4*RIDGECREST*CO*810550000~\n"
    "HL*2*1*22*0~\nSBR*P*18*GRP77120******CI~\n"
    "NM1*IL*1*PELLETIER*AUGUSTINE*R***MI*XQH884201377~\n"
    "N3*57 OSPREY LANDING~\nN4*SALIDA*CO*812010000~\nDMG*D8*19690508*M~\n"
    "NM1*PR*2*ROCKY SUMMIT HEALTH PLAN*****PI*84019~\n"
    "CLM*RC2611160093*1845.00***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:C61*ABF:Z79.818~\n"
    "LX*1~\nSV1*HC:J9217*1210.00*UN*1***1~\nDTP*472*D8*20261103~\n"
    "LX*2~\nSV1*HC:96402*635.00*UN*1***1~\nDTP*472*D8*20261103~\n"
    "SE*24*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

X12_999 = (
    "ISA*00*          *00*          *ZZ*CLEARPATHEDI   *ZZ*RIDGECRESTUMC  *261116*1530*^*00501*"
    "000088102*0*P*:~\n"
    "GS*FA*CLEARPATHEDI*RIDGECRESTUMC*20261116*1530*88102*X*005010X231A1~\n"
    "ST*999*0001*005010X231A1~\nAK1*HC*4417*005010X222A1~\nAK2*837*0001*005010X222A1~\n"
    "IK3*CLM*17**8~\nIK4*2*782*7*1845.00~\nIK5*R*5~\nAK9*R*1*1*0~\n"
    "SE*8*0001~\nGE*1*88102~\nIEA*1*000088102~\n"
)

HL7_ADT = (
    "MSH|^~\\&|EPIC|RCUMC|CAREPORT|WILLOWBEND|20261116141500||ADT^A03|RC88412|P|2.5.1\r"
    "EVN|A03|20261116141200\r"
    "PID|1||40311209^^^RCUMC^MR||NAKASHIMA^FUMIKO^^^^^L||19370214|F|||"
    "1129 CEDAR BLUFF DR^^RIDGECREST^CO^81055||(555)014-6603\r"
    "PV1|1|I|5W^512^A|||||1532650201^BRENNAN^LUCIA|||||||||||||||||||||||||||||||||"
    "|20261109083000|20261116140000\r"
    "DG1|1||I50.33^Acute on chronic diastolic heart failure^I10\r"
    "DG1|2||N18.31^CKD stage 3a^I10\r"
)

HL7_SAMPLE = (
    "MSH|^~\\&|EPIC|RCUMC|LABIF|QUESTLINK|20260101000000||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||TEST00001^^^RCUMC^MR||ZZTEST^INTERFACE^ONE||19000101|U\r"
    "OBR|1|ORD0001||2345-7^GLUCOSE^LN\r"
    "OBX|1|NM|2345-7^GLUCOSE^LN||999|mg/dL|70-99|H|||T\r"
)

CCDA = """\
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="RC-DS-778120"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261116"/>
  <recordTarget>
    <patientRole>
      <id extension="40311209" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr><streetAddressLine>1129 Cedar Bluff Dr</streetAddressLine><city>Ridgecrest</city>
        <state>CO</state><postalCode>81055</postalCode></addr>
      <patient><name><given>Fumiko</given><family>Nakashima</family></name>
        <administrativeGenderCode code="F"/><birthTime value="19370214"/></patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>89 y/o F admitted 11/09 with acute on chronic diastolic HF. Diuresed 6.2 kg with
      IV furosemide; transitioned to torsemide 20 mg daily. Discharged to SNF.</text>
    </section></component>
    <component><section><title>Discharge Medications</title>
      <text>torsemide 20 mg PO daily; metoprolol succinate 25 mg daily; apixaban 2.5 mg BID</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="roi_law_firm_records_release",
        notes="Release of information to a law firm: cover letter names the client-patient and "
        "the records are in a password-protected zip.",
        frm=f"HIM Release of Information <roi@{D}>",
        to="records@haversham-pike.law",
        subject="Records request R-26-11873 - response",
        body="""\
Dear Ms. Pike,

In response to your request dated 10/28/2026 and the signed authorization of your client
Brandon Okafor-Whitley (DOB 04/19/1990), enclosed are the records for dates of service
08/02/2026 - 08/07/2026 (Emergency Department and inpatient admission, trauma service),
including radiology reports and the operative note.

Page count: 214. Invoice to follow under separate cover per 45 CFR 164.524 fee
limitations. The password will be sent in a separate email.

Sincerely,
Noreen Fitzwilliam, RHIT
Release of Information Specialist, Health Information Management
""",
        atts=(
            Att(
                "R-26-11873_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "R-26-11873_index.txt": "Okafor-Whitley, Brandon  MRN 40098812\n"
                        "ED note 08/02/2026; CT head/C-spine; ORIF right tibial plateau 08/03\n",
                    },
                    "Rc!8873-pike",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="roi_fee_schedule_reply",
        notes="Hard negative: reply to a law firm about ROI fees, CFR citations, page charges and "
        "turnaround; no client or patient named.",
        frm=f"Noreen Fitzwilliam <noreen.fitzwilliam@{D}>",
        to="paralegals@brennick-ostrowski.law",
        subject="RE: standard fees for records requests",
        body="""\
Hi Tessa,

To your general question (no specific request attached):

  - Requests by the patient or sent at the patient's direction (45 CFR 164.524): flat
    $6.50 for electronic copies, or actual cost for paper.
  - Requests by an attorney under a HIPAA authorization (164.508): per state schedule,
    $18.53 search fee plus $0.89/page for pages 1-10, $0.61/page after.
  - Subpoenas must be accompanied by a court order or satisfactory assurances under
    164.512(e).
  - Standard turnaround is 15 business days; rush (5 days) is not available.

Our authorization form is on ridgecrestumc.org/records. Please don't send requests to
my direct address - use roi@ridgecrestumc.org so they're logged.

Noreen Fitzwilliam, RHIT
""",
        forward=Spec(
            phi=False,
            category="roi_fee_schedule_reply",
            notes="quoted question",
            frm="Tessa Lindgren <tessa.lindgren@brennick-ostrowski.law>",
            to=f"noreen.fitzwilliam@{D}",
            subject="standard fees for records requests",
            body="Hi Noreen - new paralegal here. What does Ridgecrest charge for records "
            "requests from attorneys, and how long do they usually take? Thanks, Tessa\n",
        ),
    ),
    Spec(
        phi=True,
        category="roi_password_followup",
        notes="Hard positive: short password email that also repeats the client's name and the "
        "type of care in one line.",
        frm=f"HIM Release of Information <roi@{D}>",
        to="records@haversham-pike.law",
        subject="R-26-11873 pw",
        body="""\
Password for the Okafor-Whitley trauma admission records zip sent earlier today:

  Rc!8873-pike

Noreen
""",
    ),
    Spec(
        phi=False,
        category="roi_blank_authorization_form",
        notes="Hard negative: blank HIPAA authorization form as PDF with labelled empty fields for "
        "name, DOB, MRN, SSN and diagnosis categories.",
        frm=f"HIM Release of Information <roi@{D}>",
        to="intake@crossroadsdisabilitylaw.com",
        subject="Our authorization form (current version) as requested",
        body="""\
Hello,

Attached is the current version of our Authorization for Release of Protected Health
Information (form HIM-110, rev. 07/2026). Older versions are no longer accepted. Please
make sure section 4 (sensitive information: HIV, substance use disorder treatment, mental
health) is initialed separately when it applies.

HIM Release of Information | Ridgecrest University Medical Center
""",
        atts=(
            Att(
                "HIM-110_authorization_rev2026-07.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER",
                        "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION (HIM-110)",
                        "Patient name: ______________________   Date of birth: ____/____/______",
                        "MRN (if known): ____________   Last 4 of SSN: ______",
                        "Release to: ________________________________________",
                        "Information: [ ] Discharge summary [ ] Labs [ ] Imaging [ ] All",
                        "Sensitive (initial): ___ HIV  ___ SUD treatment (42 CFR Part 2)  "
                        "___ Mental health",
                        "This authorization expires on: ____________",
                        "Signature: ______________________  Date: __________",
                    ],
                    "HIM-110 authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subpoena_response_records",
        notes="Subpoena response with certification of records naming the patient, dates of "
        "behavioral health admission and account number.",
        frm=f"Noreen Fitzwilliam <noreen.fitzwilliam@{D}>",
        to="clerk@fremontcountycourts.gov",
        subject="Certification of records - Case 26-DR-04417",
        body="""\
Clerk of Court,

Attached is the certification of records custodian for Case No. 26-DR-04417 pursuant to the
court order signed 11/04/2026. Records are delivered under seal by courier today.

Noreen Fitzwilliam, RHIT
""",
        atts=(
            Att(
                "certification_26-DR-04417.docx",
                DOCX,
                docx(
                    [
                        "CERTIFICATION OF CUSTODIAN OF RECORDS",
                        "Ridgecrest University Medical Center, Health Information Management",
                        "Patient: Celestine Marchetti-Dunn   Date of birth: 12/01/1984",
                        "Account: 7700192284   MRN: 40166570   SSN: 521-38-0947",
                        "Records: Inpatient Behavioral Health Unit admission 06/14/2026 - "
                        "06/22/2026, 88 pages",
                        "I certify the enclosed are true copies kept in the regular course "
                        "of business.",
                        "Noreen Fitzwilliam, RHIT, Custodian of Records",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payer_prior_auth",
        notes="Prior authorization request with member ID, diagnosis code and drug.",
        frm=f"Infusion Prior Auth <infusion.auth@{D}>",
        to="pa-requests@rockysummithealth.com",
        subject="Urgent PA - pembrolizumab - member XQH884201377",
        body="""\
Urgent prior authorization request (treatment start 11/23):

Member: Augustine Pelletier   Member ID: XQH884201377   DOB: 05/08/1969
Drug: pembrolizumab (J9271) 200 mg IV q3w x 6 cycles
Dx: C61 malignant neoplasm of prostate, MSI-H; Z79.818
Ordering: Dr. Celeste Amundsen, NPI: 1913909960
Site of care: Ridgecrest UMC Infusion Center (HOPD), NPI: 1385280841

Clinicals (MSI testing, PSA trend, prior docetaxel) attached in the portal upload. The
PAS bundle is attached too since your portal rejected it twice this morning.

Ysolde Carrington, CPhT
Infusion Authorization Specialist | fax 555-0110 x4499
""",
        atts=(
            fhir(
                "PAS_request_XQH884201377.json",
                {
                    "resourceType": "Bundle",
                    "type": "collection",
                    "entry": [
                        {"resource": {
                            "resourceType": "Patient",
                            "id": "pt1",
                            "identifier": [{"system": "urn:rockysummit:member",
                                            "value": "XQH884201377"}],
                            "name": [{"family": "Pelletier", "given": ["Augustine"]}],
                            "birthDate": "1969-05-08",
                        }},
                        {"resource": {
                            "resourceType": "Claim",
                            "status": "active",
                            "use": "preauthorization",
                            "patient": {"reference": "Patient/pt1"},
                            "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {
                                "coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                            "code": "C61"}]}}],
                            "item": [{"sequence": 1, "productOrService": {"coding": [{
                                "system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                "code": "J9271"}]}, "quantity": {"value": 200}}],
                        }},
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=True,
        category="clearinghouse_claim_batch",
        notes="Hard positive: PHI only inside an X12 837 attachment (subscriber name, member ID, "
        "DOB, ICD-10 and J-code); body is a one-line resend note.",
        frm=f"PFS EDI <pfs.edi@{D}>",
        to="support@clearpathedi.com",
        subject="Resubmitting batch 4417 after 999 reject",
        body="Corrected CLM05 (facility code qualifier). Resubmitting 4417 - pls confirm receipt.\n"
        "\nMarcus Delacroix-Hale\nEDI Analyst, Patient Financial Services\n",
        atts=(Att("RCUMC_837P_batch4417_corrected.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="clearinghouse_999_question",
        notes="Hard negative: forwards an X12 999 acknowledgement (segment errors, control "
        "numbers, a dollar amount) with no patient data.",
        frm=f"Marcus Delacroix-Hale <marcus.delacroixhale@{D}>",
        to="support@clearpathedi.com",
        subject="999 reject on batch 4417 - IK4 782 error?",
        body="""\
Hi ClearPath support,

Got the attached 999 back rejecting batch 4417. IK3 points at CLM, element 782 - I read
that as the CLM05 composite. Is this the new facility-code-qualifier edit you mentioned
in the October release notes? Want to confirm before we fix and resend.

Ticket #CP-229104.

Marcus Delacroix-Hale
EDI Analyst, Patient Financial Services
""",
        atts=(Att("999_88102.x12", "application/edi-x12", X12_999),),
    ),
    Spec(
        phi=True,
        category="collections_agency_placement",
        notes="Bad-debt placement file to a collection agency: guarantor names, account numbers, "
        "service dates and balances.",
        frm=f"PFS Collections <pfs.collections@{D}>",
        to="placements@summitrecoverygroup.com",
        subject="November placement file - 4 accounts",
        body="""\
Attached is this month's placement. All accounts have completed the 120-day cycle and the
financial assistance screening per policy PFS-220.

PFS Collections | Ridgecrest University Medical Center
""",
        atts=(csv_att("RCUMC_placement_2026-11.csv", [
            ["guarantor", "account", "patient", "service_date", "service", "balance"],
            ["Jarrah Wilkerson", "7700184421", "Jarrah Wilkerson", "2026-05-11",
             "ED visit level 4", "1284.60"],
            ["Mireille Cho", "7700187730", "Dashiell Cho (minor)", "2026-05-30",
             "Pediatric urgent care, fracture care", "642.15"],
            ["Osric Thallberg", "7700190026", "Osric Thallberg", "2026-06-02",
             "MRI lumbar spine", "2210.00"],
            ["Lupe Fonoti", "7700190551", "Lupe Fonoti", "2026-06-19",
             "Outpatient infusion (iron sucrose)", "488.40"],
        ]),),
    ),
    Spec(
        phi=False,
        category="collections_monthly_performance",
        notes="Hard negative: agency performance summary with account counts, dollars, recovery "
        "rates and placement months; aggregate.",
        frm=f"Halima Ostrander <halima.ostrander@{D}>",
        to="client.services@summitrecoverygroup.com",
        subject="Oct recovery numbers look low - can we talk Thursday?",
        body="""\
Hi Brett,

Looking at your October report:

  Placement month   Accounts   Placed $      Recovered $   Rate
  May 2026          412        $1,204,880    $96,390       8.0%
  Jun 2026          388        $1,117,402    $61,457       5.5%
  Jul 2026          431        $1,309,776    $45,842       3.5%

June and July are tracking well behind the 9% in our contract. Can we get 30 min Thursday
at 2? Also want to talk about the 14 disputes still open past 30 days.

Halima Ostrander
Director, Patient Financial Services
""",
    ),
    Spec(
        phi=True,
        category="patient_billing_reply_personal_email",
        notes="Billing reply to a patient's personal mailbox: account number, service and "
        "financial assistance decision.",
        frm=f"Patient Financial Services <billing@{D}>",
        to="t.rawlinson77@hotmail.com",
        subject="Re: question about my bill",
        body="""\
Hi Mr. Rawlinson,

Thanks for your patience. For account 7700176654 (your cardiac catheterization on
09/14/2026), your insurance paid $18,402.10 and the remaining $2,340.00 was your
deductible and coinsurance. Your financial assistance application was approved at the
60% level, so your new balance is $936.00. You can set up a 12-month payment plan with
no interest by calling us at 555-0110 x7000.

Kind regards,
Paloma Esquivel
Patient Account Representative
""",
        forward=None,
    ),
    Spec(
        phi=False,
        category="financial_assistance_policy_update",
        notes="Hard negative: financial assistance policy with income thresholds, discounts and "
        "sample bill calculation for a hypothetical family; no real patient.",
        frm=f"Halima Ostrander <halima.ostrander@{D}>",
        to="navigators@ridgecrestcountyhealth.org",
        subject="2027 financial assistance thresholds (for your navigators)",
        body="""\
Hi county navigator team,

Our 2027 financial assistance (charity care) grid, effective 1/1/2027:

  Household income (% of FPL)   Discount on patient balance
  <= 200%                      100%
  201-300%                     75%
  301-400%                     50%

Example (hypothetical): a family of 4 with $62,000 income (about 194% FPL) and a $4,800
balance after insurance would owe $0.

Applications can be started at any registration desk or online. Presumptive eligibility
applies to Medicaid-eligible and homeless patients.

Halima Ostrander, Director, Patient Financial Services
""",
    ),
    Spec(
        phi=True,
        category="snf_discharge_hl7_ccda",
        notes="HL7 ADT A03 and a C-CDA discharge summary for an 89-year-old sent to a SNF.",
        frm=f"Interface Team <interfaces@{D}>",
        to="hie@willowbendcare.com",
        subject="Manual resend - ADT + discharge summary (feed was down 13:00-14:30)",
        body="""\
Willow Bend IT,

Our outbound feed to you was down from 13:00 to 14:30 today. Resending the one discharge
that fell in the window as files. Feed is restored; no action needed other than import.

Interface Team, Ridgecrest UMC IS
""",
        atts=(
            Att("ADT_A03_RC88412.hl7", "application/hl7-v2", HL7_ADT),
            Att("DS_RC-DS-778120.xml", "application/xml", CCDA),
        ),
    ),
    Spec(
        phi=False,
        category="interface_spec_test_message",
        notes="Hard negative: interface specification with an HL7 test message for ZZTEST "
        "INTERFACE ONE (placeholder patient) and processing ID T.",
        frm=f"Interface Team <interfaces@{D}>",
        to="integration@questlinklabs.com",
        subject="ORU spec v1.3 + sample test message",
        body="""\
Hi Quinton,

Attached: our ORU^R01 spec v1.3 and a sample test message. Note MSH-11 = T; the patient
ZZTEST^INTERFACE^ONE with DOB 19000101 is our standard interface test patient in the
TST environment. Please route to your validation queue only.

Next connectivity test: Wed 11/18 10:00 MT over the VPN tunnel (peer 10.44.8.12).

Interface Team, Ridgecrest UMC IS
""",
        atts=(
            Att("ORU_sample_TEST0001.hl7", "application/hl7-v2", HL7_SAMPLE),
            Att(
                "RCUMC_ORU_spec_v1.3.docx",
                DOCX,
                docx(
                    [
                        "Ridgecrest UMC Outbound ORU^R01 Specification v1.3",
                        "PID-3 carries the MRN with assigning authority RCUMC.",
                        "OBX-5 numeric results; OBX-8 abnormal flags per HL7 table 0078.",
                        "Test patients: ZZTEST^INTERFACE^ONE / TWO / THREE (TST only).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payer_fhir_care_gap_response",
        notes="FHIR bundle to a payer closing a care gap: patient with member ID, A1c result.",
        frm=f"Quality Reporting <quality.reporting@{D}>",
        to="careGaps@rockysummithealth.com",
        subject="Care gap closure - HbA1c - 1 member",
        body="""\
Attached FHIR bundle closes the CDC HbA1c gap your list showed as open for one of our
attributed members. Result date in the Observation.

Quality Reporting Team
""",
        atts=(
            fhir(
                "caregap_closure_XQH771930284.json",
                {
                    "resourceType": "Bundle",
                    "type": "collection",
                    "entry": [
                        {"resource": {
                            "resourceType": "Patient",
                            "id": "rc-40290115",
                            "identifier": [
                                {"system": "urn:rockysummit:member", "value": "XQH771930284"},
                                {"system": "urn:rcumc:mrn", "value": "40290115"},
                            ],
                            "name": [{"family": "Szabo-Greer", "given": ["Lorraine"]}],
                            "birthDate": "1963-10-02",
                        }},
                        {"resource": {
                            "resourceType": "Observation",
                            "status": "final",
                            "code": {"coding": [{"system": "http://loinc.org",
                                                 "code": "4548-4",
                                                 "display": "Hemoglobin A1c"}]},
                            "subject": {"reference": "Patient/rc-40290115"},
                            "effectiveDateTime": "2026-11-02",
                            "valueQuantity": {"value": 7.4, "unit": "%"},
                        }},
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fhir_questionnaire_template",
        notes="Hard negative: a blank FHIR Questionnaire (PHQ-9 style screening form) shared with "
        "an app vendor; no respondent.",
        frm=f"Nadia Kowalczyk <nadia.kowalczyk@{D}>",
        to="dev@brightbridgehealthapps.com",
        subject="Questionnaire resource for the intake app",
        body="""\
Hi team, here's the Questionnaire resource for the depression screen we want in the
pre-visit intake flow. No QuestionnaireResponse data will come to you until the BAA is
countersigned - this is just the form definition.

Nadia Kowalczyk, Clinical Informatics
""",
        atts=(
            fhir(
                "Questionnaire_depression_screen_v2.json",
                {
                    "resourceType": "Questionnaire",
                    "id": "rcumc-depression-screen",
                    "status": "active",
                    "title": "Pre-visit depression screen",
                    "item": [
                        {"linkId": "1", "type": "choice",
                         "text": "Little interest or pleasure in doing things?"},
                        {"linkId": "2", "type": "choice",
                         "text": "Feeling down, depressed, or hopeless?"},
                        {"linkId": "9", "type": "choice",
                         "text": "Thoughts that you would be better off dead?"},
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=True,
        category="retro_auth_appeal_xlsx",
        notes="Hard positive: appeal worksheet to a payer with member IDs, claim numbers and "
        "denial reasons on a second sheet; body only mentions 'the attached'.",
        frm=f"Denials Management <denials@{D}>",
        to="provider.appeals@prairielandcare.com",
        subject="Appeals batch Nov-2 (see attached)",
        body="Hi, appeals batch attached per our call. Medical records uploaded to Availity.\n"
        "Thanks - Odalys Brandvold, CPC, Denials Analyst\n",
        atts=(
            Att(
                "appeals_batch_nov2.xlsx",
                XLSX,
                xlsx({
                    "Summary": [
                        ["Batch", "Claims", "Billed"],
                        ["NOV-2", 3, 48315.5],
                    ],
                    "Claims": [
                        ["Claim #", "Member ID", "Member", "DOS", "Denial", "Appeal basis"],
                        ["PLC26-8840213", "PLC0048812207", "Theodora Vance", "2026-08-19",
                         "CO-50 not medically necessary", "inpatient criteria met: NSTEMI"],
                        ["PLC26-8851107", "PLC0051139904", "Ignatius Ferro", "2026-09-02",
                         "CO-197 no auth", "emergent admission, sepsis"],
                        ["PLC26-8867450", "PLC0049920115", "Saoirse Kinsella", "2026-09-21",
                         "CO-4 modifier", "bilateral procedure, -50 applies"],
                    ],
                }),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer_contract_rates",
        notes="Hard negative: payer contract negotiation with CPT/DRG codes and rates; no patient.",
        frm=f"Managed Care Contracting <contracting@{D}>",
        to="network.contracts@prairielandcare.com",
        subject="2027 renewal - our counter on oncology + transplant carve-outs",
        body="""\
Gerald,

Our counter to your 11/6 proposal:

  Service                              Your offer      Our counter
  MS-DRG 008 (kidney/pancreas tx)      $118,400        $131,900 case rate
  MS-DRG 652 (kidney transplant)       $79,200         $88,750 case rate
  J9271 pembrolizumab                  ASP + 4%        ASP + 8%
  96413 chemo admin first hour         $212            $248
  NICU level IV per diem               $5,900          $6,650

Stop-loss threshold stays at $250k. Happy to discuss on the 11/24 call.

Miriam Castellano-Reyes
VP, Managed Care Contracting
""",
    ),
    Spec(
        phi=True,
        category="disability_insurer_records_cover",
        notes="Hard positive: disability insurer records release with claimant name and claim "
        "number; condition only in the attached PDF's lines.",
        frm=f"HIM Release of Information <roi@{D}>",
        to="claims.documents@lodestarlife.com",
        subject="Records for claim LTD-5508126 per authorization",
        body="""\
Enclosed per the claimant's authorization on file. Invoice #ROI-26-3391 is attached to the
same PDF, last page.

HIM Release of Information
""",
        atts=(
            Att(
                "LTD-5508126_Ridgecrest_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGECREST UNIVERSITY MEDICAL CENTER - RECORDS RELEASE",
                        "Claimant/patient: Evander Lockridge   DOB 02/27/1978",
                        "Claim: LTD-5508126   Lodestar Life Insurance",
                        "Included: Neurology clinic notes 03/2026 - 10/2026 (12 visits)",
                        "Dx: G35 multiple sclerosis, relapsing-remitting; EDSS 4.0",
                        "Treatment: ocrelizumab 600 mg IV q6 months",
                        "Invoice ROI-26-3391: 46 pages, $58.24",
                    ],
                    "LTD-5508126 records",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="him_coding_education",
        notes="Hard negative: coding tip sheet with ICD-10-CM codes, conditions and a fictional "
        "example note; education only.",
        frm=f"HIM Coding Education <coding.education@{D}>",
        to="coders@ridgecrestcodingpartners.com",
        subject="Coding tip of the week: sepsis vs. SIRS and sequencing",
        body="""\
Outsourced coding team,

This week's tip (applies to all inpatient accounts from 11/16):

  - A41.9 Sepsis, unspecified organism, is sequenced first when sepsis is present on
    admission and meets the definition; R65.20 severe sepsis without shock is added when
    organ dysfunction is documented and linked.
  - Do not code R65.10 (SIRS of non-infectious origin) when an infection is documented.
  - Example (fictional): "78-year-old with E. coli UTI, lactate 4.1, hypotension responsive
    to fluids" -> A41.51, R65.20, N39.0.

Query the provider when the linkage is not explicit.

Coding Education, Health Information Management
""",
    ),
    Spec(
        phi=True,
        category="forwarded_chain_phi_at_bottom",
        notes="Hard positive: top of the chain is about invoicing; the quoted older message at the "
        "bottom has patient name, MRN and dialysis schedule.",
        frm=f"Odalys Brandvold <odalys.brandvold@{D}>",
        to="billing@clearwaterdialysis.com",
        subject="RE: RE: who bills for the transient treatments?",
        body="""\
Hi Sheryl - agreed, you bill those directly under your provider number and we stay out of
it. I'll let our transplant team know. Thanks for sorting it out!

Odalys

-----Original Message-----
From: Sheryl Abernathy <billing@clearwaterdialysis.com>
Sent: Friday, November 13, 2026 3:02 PM
Subject: RE: who bills for the transient treatments?

We bill them, you'd never see them. Just confirm his schedule is still the same?

-----Original Message-----
From: Marguerite Olander <marguerite.olander@ridgecrestumc.org>
Sent: Friday, November 13, 2026 11:47 AM
Subject: who bills for the transient treatments?

Sheryl, our kidney transplant candidate Teodoro Vasquez-Lund (MRN 40255801) will be
staying near us for his workup and needs transient HD at your Ridgecrest unit MWF 06:00,
3 h 45 min, 2K/2.5Ca bath, EDW 78.5 kg, heparin 2000 u bolus. Who bills for those?
""",
    ),
    Spec(
        phi=False,
        category="him_storage_vendor_pickup",
        notes="Hard negative: offsite records storage pickup with box barcodes, dates and "
        "retention codes; no patient names.",
        frm=f"Noreen Fitzwilliam <noreen.fitzwilliam@{D}>",
        to="service@ironvaultrecords.com",
        subject="Pickup for destruction - 62 boxes, certificate needed",
        body="""\
Hi IronVault,

Please schedule pickup of 62 boxes for certified destruction (retention met: paper charts
closed 2009-2015, adult, no legal hold). Box barcodes RCU-B-118200 through RCU-B-118261.
Loading dock 2, any weekday 07:00-15:00. We need the certificate of destruction listing
box barcodes for our retention log.

Account RCUMC-0091.

Noreen Fitzwilliam, RHIT
""",
    ),
    Spec(
        phi=True,
        category="lawyer_bill_dispute_with_diagnosis",
        notes="Reply to a personal-injury attorney about lien amount for a named client, with "
        "injuries and surgery.",
        frm=f"Paloma Esquivel <paloma.esquivel@{D}>",
        to="liens@torrance-vale.law",
        subject="Lien amount - your client Ms. Ileana Prokopenko",
        body="""\
Mr. Vale,

Confirming the hospital lien for your client Ileana Prokopenko (DOB 07/30/1993), MVC on
06/21/2026: total charges $86,714.22 for the ED visit, splenectomy and 5-day inpatient
stay. Her auto PIP paid $10,000.00; balance subject to the lien is $76,714.22.

We will accept a reduction request with the settlement statement.

Paloma Esquivel, Patient Account Representative - Liens & Third Party
""",
    ),
    Spec(
        phi=False,
        category="roi_vendor_audit_summary",
        notes="Hard negative: ROI vendor quality audit with error rates and request counts by "
        "requester type; aggregate.",
        frm=f"Noreen Fitzwilliam <noreen.fitzwilliam@{D}>",
        to="account.mgmt@verisreleaseservices.com",
        subject="Q3 ROI audit results - 2 misfiles, corrective action plan due 12/1",
        body="""\
Hi Carla,

Q3 audit of your onsite ROI work (sample of 150 of 4,812 requests):

  Requester type       Requests   Sampled   Errors
  Patient (right of access)  1,903   60    0
  Attorney             1,120      35        1 (wrong date range)
  Insurance/disability 986        30        1 (released to wrong requester)
  Other provider       803        25        0

One release went to the wrong requester - we've handled the breach assessment internally
(low probability of compromise, recipient attested destruction). We need your CAP by 12/1.

Noreen
""",
    ),
    Spec(
        phi=True,
        category="nested_zip_records_to_outside_provider",
        notes="Hard positive: nested zip (zip inside zip) of imaging reports for a named patient "
        "sent to an outside orthopedic practice; body has only a reference number.",
        frm=f"Imaging Records <imaging.records@{D}>",
        to="records@peakorthosports.com",
        subject="Outside records - ref OR-61422",
        body="Reports attached as requested, ref OR-61422. Images to follow via PowerShare.\n"
        "Imaging Records Desk\n",
        atts=(
            Att(
                "OR-61422.zip",
                "application/zip",
                zipped(
                    {
                        "OR-61422/readme.txt": "Ridgecrest UMC imaging reports. See inner zip.\n",
                        "OR-61422/reports.zip": zipped(
                            {
                                "MRI_R_knee_2026-10-30.txt": (
                                    "RIDGECREST UMC RADIOLOGY\nPatient: Callum Ferreira-Nunes"
                                    "  MRN 40301177  DOB 11/02/2003\nMRI RIGHT KNEE W/O "
                                    "CONTRAST 10/30/2026\nIMPRESSION: Complete ACL tear. Bucket-"
                                    "handle tear medial meniscus, displaced.\n"
                                ),
                                "XR_R_knee_2026-10-28.txt": (
                                    "Patient: Callum Ferreira-Nunes  MRN 40301177\nXR knee 3 "
                                    "views: small effusion, no fracture.\n"
                                ),
                            }
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="records_request_form_fax_cover_template",
        notes="Hard negative: fax cover template with confidentiality notice and empty "
        "patient/MRN fields, sent to a clinic office manager.",
        frm=f"HIM Release of Information <roi@{D}>",
        to="officemgr@prairiefamilymed.com",
        subject="Updated fax cover sheet to use when sending us records requests",
        body="""\
Hello Prairie Family Medicine,

Attached is our updated fax cover (new fax number 555-0110 x8800 - the old 4400 line is
retired 12/1). The cover intentionally has only the blanks below; please put patient
details on the request form, not on the cover.

HIM Release of Information
""",
        atts=(
            Att(
                "RCUMC_fax_cover_HIM_2026.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 "
                "{\\b RIDGECREST UNIVERSITY MEDICAL CENTER - HIM FAX COVER}\\par "
                "To: ____________  From: ____________  Pages: ____\\par "
                "Re: Records request (patient details on enclosed form only)\\par "
                "CONFIDENTIALITY NOTICE: This fax may contain protected health information. "
                "If received in error, call 555-0110 x8800 and destroy.\\par }",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payer_eligibility_spreadsheet_to_vendor",
        notes="Hard positive: eligibility verification list to an outsourced vendor with names, "
        "member IDs, SSN for one and scheduled infusion dates; minimum-necessary problem.",
        frm=f"Patient Access <patient.access@{D}>",
        to="team@verifyrightrcm.com",
        subject="tomorrow's verifications",
        body="List for tomorrow attached. #3 has no card on file, use the SSN. thx\n",
        atts=(csv_att("verif_1117.csv", [
            ["name", "dob", "payer", "member_id", "ssn", "appt", "dept"],
            ["Ottoline Hargreave", "1951-03-08", "Medicare", "7CN2DF5XA31", "",
             "2026-11-17 08:00", "Infusion - IVIG"],
            ["Benedikt Sorrell", "1977-12-21", "Rocky Summit", "XQH880017245", "",
             "2026-11-17 09:30", "Infusion - infliximab"],
            ["Yesenia Okonjo", "1988-06-14", "self-pay?", "", "524-71-3068",
             "2026-11-17 11:00", "Infusion - iron"],
        ]),),
    ),
]
