"""Keystone Health Plan: outbound mail that carries PHI (30 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

_PA_LETTER = pdf(
    [
        "KEYSTONE HEALTH PLAN - Utilization Management",
        "PO Box 4410, Camp Hill, PA 17001   Fax 717-555-0148",
        "",
        "NOTICE OF PRIOR AUTHORIZATION DETERMINATION",
        "",
        "Member: Marguerite Lindqvist      DOB: 02/17/1961",
        "Member ID: KPA418207736           Group: 004417 (Dauphin Valley Schools)",
        "Requesting provider: Susquehanna Spine & Joint, NPI: 1146374487",
        "Service: MRI lumbar spine w/o contrast (CPT 72148)",
        "Diagnosis: M54.16 Radiculopathy, lumbar region",
        "",
        "Determination: APPROVED   Auth #: UM26-1104-88213",
        "Valid: 11/16/2026 - 02/14/2027   Units: 1",
        "",
        "Reviewer: T. Okafor, RN, Utilization Review Nurse",
    ],
    "Prior authorization determination UM26-1104-88213",
)

_DENIAL_LETTER = pdf(
    [
        "KEYSTONE HEALTH PLAN",
        "Adverse Benefit Determination - Level 1 Appeal Upheld",
        "",
        "Priya Ramaswamy",
        "2218 Locust Ridge Rd",
        "Mechanicsburg, PA 17055",
        "Member ID: KPB550193847",
        "",
        "Dear Ms. Ramaswamy,",
        "We reviewed your appeal of our denial for laparoscopic sleeve gastrectomy",
        "(CPT 43775). Our medical director, Dr. Alan Whitcombe, determined that the",
        "records submitted do not document 6 months of supervised weight management.",
        "BMI on 09/08/2026: 41.2. Comorbidities listed: hypertension, sleep apnea.",
        "You may request an external review within 4 months of this notice.",
    ],
    "Appeal decision letter",
)

_ADT = (
    "MSH|^~\\&|STAGNES_ADT|STAGNES|KHP_CM|KEYSTONEHP|20261116073211||ADT^A01|ADT88120417|P|2.5.1\r"
    "EVN|A01|20261116071900\r"
    "PID|1||00832219^^^STAGNES^MR~KPC773019264^^^KHP^MB||Varga^Desmond^L||19580409|M|||"
    "77 Quarry St^^Enola^PA^17025||717-555-0172\r"
    "PV1|1|I|4W^412^B^STAGNES||||1681965756^Marsh^Colleen^^^MD|||CAR||||1|||"
    "1681965756^Marsh^Colleen^^^MD|IN||KHP||||||||||||||||||||||||20261116071900\r"
    "DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A\r"
    "DG1|2||Z95.811^Presence of heart assist device^I10|||A\r"
)

_X12_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEHP     *ZZ*PAYERXCHG      "
    "*261117*0915*^*00501*000004417*0*P*:~"
    "GS*HC*KEYSTONEHP*PAYERXCHG*20261117*0915*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*KHP26111701*20261117*0915*CH~"
    "NM1*85*2*LAKESIDE ANESTHESIA ASSOC*****XX*1172782157~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*004417******CI~"
    "NM1*IL*1*ACHTERBERG*WILLEM*J***MI*KPA302118845~"
    "N3*41 CEDAR HOLLOW DR~N4*CARLISLE*PA*17013~DMG*D8*19690522*M~"
    "CLM*AN26-55120*1240***21:B:1*Y*A*Y*Y~"
    "HI*ABK:K80.20~"
    "SV1*HC:00790:P3*1240*MJ*142***1~DTP*472*D8*20261022~"
    "SE*15*0001~GE*1*4417~IEA*1*000004417~"
)

_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "khp-mbr-6620931",
      "identifier": [{"system": "https://keystonehp.com/member-id", "value": "KPD662093115"}],
      "name": [{"family": "Halvorsen", "given": ["Jorunn", "E"]}],
      "gender": "female",
      "birthDate": "1977-08-30",
      "address": [{"line": ["9 Pinecrest Ter"], "city": "Hershey", "state": "PA",
                   "postalCode": "17033"}]
    }},
    {"resource": {
      "resourceType": "ExplanationOfBenefit",
      "id": "eob-26-3390217",
      "status": "active",
      "type": {"coding": [{"code": "professional"}]},
      "patient": {"reference": "Patient/khp-mbr-6620931"},
      "billablePeriod": {"start": "2026-10-05", "end": "2026-10-05"},
      "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept":
        {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.911"}]}}],
      "item": [{"sequence": 1, "productOrService":
        {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "96413"}]},
        "adjudication": [{"category": {"coding": [{"code": "benefit"}]},
                          "amount": {"value": 1812.40, "currency": "USD"}}]}]
    }}
  ]
}
"""

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Care Management Summary - Keystone Health Plan</title>
  <effectiveTime value="20261118"/>
  <recordTarget><patientRole>
    <id extension="KPE219904471" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>1503 Orchard Ave</streetAddressLine><city>Lebanon</city>
      <state>PA</state><postalCode>17042</postalCode></addr>
    <patient><name><given>Rosalind</given><family>Petrakis</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19520314"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Type 2 diabetes mellitus with CKD stage 3 (E11.22, N18.30); recurrent falls.</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>Insulin glargine 22 units nightly; lisinopril 10 mg daily; sertraline 50 mg.</text>
    </section></component>
    <component><section><title>Care plan</title>
      <text>Weekly RN calls; home safety eval ordered 11/12; PCP follow-up 12/03.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_PENDED = xlsx(
    {
        "Pended": [
            ["Auth #", "Member", "Member ID", "DOB", "Service", "CPT", "Days pended"],
            [
                "UM26-1109-71022",
                "Brandvold, Theo",
                "KPA771230984",
                "1984-01-19",
                "Outpt PT 12 visits",
                "97110",
                6,
            ],
            [
                "UM26-1110-71288",
                "Castellano, Mirela",
                "KPB308812277",
                "1990-06-03",
                "CT abdomen/pelvis",
                "74177",
                5,
            ],
            [
                "UM26-1111-71502",
                "Ogunleye, Femi",
                "KPA650441908",
                "1966-11-27",
                "Sleep study in-lab",
                "95810",
                4,
            ],
        ],
        "Peer-to-peer": [
            ["Auth #", "Member", "Requested by", "P2P slot"],
            ["UM26-1103-70114", "Deschamps, Aurelie", "Dr. K. Benning", "11/19 2:30 PM"],
            ["UM26-1106-70651", "Whitfield, Carson", "Dr. L. Abara", "11/20 9:00 AM"],
        ],
    }
)

_WOUND_PNG = png(6, 5, (176, 92, 84))

_APPEAL_ZIP = zipped(
    {
        "appeal_packet/cover_letter.txt": (
            "Keystone Health Plan - Appeals & Grievances\n"
            "Case AG-26-004192  Member: Gideon Farrow  ID KPC118460273\n"
            "Issue: denial of inpatient rehab days 10/28-11/04 after left hip ORIF.\n"
        ),
        "appeal_packet/records.zip": zipped(
            {
                "discharge_summary.txt": (
                    "Harrisburg Regional - Discharge Summary\n"
                    "Patient: FARROW, GIDEON  MRN 20457718  DOB 1949-03-02\n"
                    "Dx: closed fracture L femoral neck s/p ORIF 10/24. Dementia, mild.\n"
                    "Disposition: acute inpatient rehab.\n"
                ),
                "pt_notes.txt": (
                    "PT eval 10/26: gait 10 ft with RW, mod assist x2. Unsafe for home.\n"
                ),
            }
        ),
    }
)

_OUTREACH_ZIP = encrypted_zip(
    {
        "diabetes_outreach_nov.csv": (
            "member_id,name,dob,phone,last_a1c,pcp\n"
            "KPA220918337,Dolores Kucharski,1958-04-11,717-555-0133,9.8,Dr. Feeney\n"
            "KPB774120065,Raymond Seidel,1971-12-02,717-555-0190,10.4,Dr. Amari\n"
            "KPA511390842,Lucinda Treece,1963-07-25,717-555-0127,9.1,Dr. Feeney\n"
        )
    },
    "Khp!Outreach26",
)

_LARGE_CLAIMANT = docx(
    [
        "Keystone Health Plan - Large Claimant Report (claims > $75,000), Q3 2026",
        "Group: Millbrook Fabrication Inc. (group 006120)",
        "Prepared for: Plan Sponsor Benefits Committee",
        "1. R.K., Warehouse/Shipping, employee, DOB 03/1971 - pancreatic adenocarcinoma, "
        "Whipple procedure and chemotherapy; paid $412,880",
        "2. Spouse of employee in Paint Line, female, age 44 - high-risk pregnancy, NICU "
        "stay for twins 42 days; paid $318,402",
        "3. A.V., Maintenance, employee, DOB 10/1958 - CABG x3, cardiac rehab; paid $96,115",
    ]
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="prior_auth_approval_letter",
        notes="Prior auth approval letter PDF to the requesting spine practice: name, DOB, "
        "member ID, CPT and ICD-10 in the attachment.",
        frm="Tamara Okafor <tokafor@keystonehp.com>",
        to="auths@susquehannaspine.com",
        subject="Auth determination UM26-1104-88213",
        body=(
            "Good morning,\n\nPlease see attached determination for the MRI request faxed "
            "11/13.\n\nThank you,\nTamara Okafor, RN\nUtilization Review Nurse\n"
            "Keystone Health Plan | 717-555-0148 (fax)\n"
        ),
        atts=(Att("UM26-1104-88213.pdf", "application/pdf", _PA_LETTER),),
    ),
    Spec(
        phi=True,
        category="um_denial_reply_provider",
        notes="UM nurse replies to an outside ortho office about a named member's knee "
        "arthroscopy request pending conservative therapy.",
        frm="Jolene Pfister <jpfister@keystonehp.com>",
        to="Renee Castellanos <rcastellanos@capitalorthopa.com>",
        subject="RE: arthroscopy request - Garrick Holm",
        body=(
            "Hi Renee,\n\nI can't approve the L knee scope (29881) for Garrick Holm as "
            "submitted. Notes show 3 wks of PT only; policy needs 6 wks plus a trial of "
            "injection. If Dr. Benning has the 10/30 injection note, send it over and I'll "
            "reopen.\n\nMember ID on our side is KPA903318542 if you need it for the portal."
            "\n\nJolene\n\n-----Original Message-----\nFrom: Renee Castellanos\n"
            "Sent: Monday, November 16, 2026 9:12 AM\nSubject: arthroscopy request - "
            "Garrick Holm\n\nHi, checking on the status of the scope request for Garrick "
            "Holm DOB 6/14/1979, faxed Thursday. Surgery tentatively 12/2.\n"
        ),
    ),
    Spec(
        phi=True,
        category="external_review_packet",
        notes="Appeals coordinator sends the external review organisation a denial letter "
        "PDF naming the member, address, procedure and BMI.",
        frm="Appeals & Grievances <appeals@keystonehp.com>",
        to="intake@keystonereviewiro.org",
        subject="External review request - case AG-26-003877",
        body=(
            "Attached is the final adverse determination for case AG-26-003877. Full "
            "records will follow via SFTP by end of day.\n\nAppeals & Grievances Dept.\n"
            "Keystone Health Plan\n"
        ),
        atts=(Att("AG-26-003877_final_letter.pdf", "application/pdf", _DENIAL_LETTER),),
    ),
    Spec(
        phi=True,
        category="grievance_ack_personal_email",
        notes="Grievance acknowledgement to a member's gmail: her name and the insulin "
        "pump approval delay.",
        frm="Keystone Member Grievances <grievances@keystonehp.com>",
        to="bettylou.harnish@gmail.com",
        subject="We received your grievance (GR-26-118402)",
        body=(
            "Dear Betty Lou Harnish,\n\nThank you for contacting Keystone Health Plan. We "
            "received your grievance on November 16, 2026 about the delay in approving your "
            "insulin pump (Omnipod 5) and supplies.\n\nA grievance specialist will review it "
            "and send you a written decision within 30 days. If your health is at risk "
            "you can ask for an expedited review by calling 1-800-555-0164 (TTY 711).\n\n"
            "Sincerely,\nMember Grievance Unit\n"
        ),
    ),
    Spec(
        phi=True,
        category="care_mgmt_nurse_followup",
        notes="Hard positive: only a first name and the member's personal mailbox identify "
        "her; A1c value, metformin dose and the next nurse call are the health content.",
        frm="Nadia Brennan RN <nbrennan@keystonehp.com>",
        to="dkucharski58@yahoo.com",
        subject="following up from our call",
        body=(
            "Hi Dolores,\n\nIt was good talking with you this morning. Like we said, your "
            "last A1c came back at 9.8 so Dr. Feeney may want to bump the metformin from "
            "500 twice a day. Write down your fasting numbers this week and I'll call you "
            "Tuesday the 24th around 10.\n\nThe diabetes education class at the Camp Hill "
            "Y is free for you - flyer attached to my last email.\n\nTake care,\nNadia\n"
            "Nadia Brennan, RN, CCM | Care Manager | Keystone Health Plan\n"
        ),
    ),
    Spec(
        phi=True,
        category="formulary_exception_fax_email",
        notes="Formulary exception approval to a prescriber's fax-to-email inbox with member "
        "name, ID and drug.",
        frm="KHP Pharmacy Services <rxservices@keystonehp.com>",
        to="fax7175550119@efaxrelay.net",
        subject="Formulary exception - APPROVED",
        body=(
            "FORMULARY EXCEPTION DETERMINATION\n\nPrescriber: Dr. Hana Vesely\n"
            "Member: Theo Brandvold   ID: KPA771230984   DOB: 01/19/1984\n"
            "Drug: Ozempic 1 mg/0.75 mL pen, 4 pens/28 days\n"
            "Decision: Approved through 11/30/2027 at tier 3 copay.\n\n"
            "Questions: 1-800-555-0177 option 2.\n"
        ),
    ),
    Spec(
        phi=True,
        category="siu_claims_extract_counsel",
        notes="SIU investigator sends outside counsel a CSV of a provider's claims with "
        "member names, DOB, service dates and CPT codes.",
        frm="Curtis Lyle <clyle@keystonehp.com>",
        to="mjardine@holtzjardinelaw.com",
        subject="Lyndale Wellness claims pull",
        body=(
            "Marcus,\n\nHere's the claims pull you asked for on Lyndale Wellness Center "
            "(Jan-Sep). Pattern is the same as the other two clinics: 97140 + 97530 billed "
            "on every visit, same 4 units. I flagged the members who told us they never got "
            "the services. Stroud is the one who called\nthe hotline - his SSN is 412-60-2287 "
            "if you need it for the subpoena.\n\nCurtis Lyle, CFE\nSpecial Investigations Unit\n"
        ),
        atts=(
            Att(
                "lyndale_claims_2026.csv",
                "text/csv",
                "claim_id,member_name,member_dob,member_id,dos,cpt,units,billed,flag\n"
                "C2604418822,Hollis Stroud,1975-02-14,KPA118832604,2026-03-02,97140,4,"
                "280.00,DENIES SERVICE\n"
                "C2604418823,Hollis Stroud,1975-02-14,KPA118832604,2026-03-02,97530,4,"
                "300.00,DENIES SERVICE\n"
                "C2605102277,Yvette Marchand,1988-09-09,KPB204471139,2026-05-11,97140,4,"
                "280.00,\n"
                "C2607730154,Dariusz Nowak,1952-12-30,KPA602258417,2026-07-20,97530,4,"
                "300.00,DENIES SERVICE\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="broker_spouse_claim_update",
        notes="Hard positive: broker mail about an employer group; the only health content "
        "is that a named employee's wife had surgery whose claim was reprocessed.",
        frm="Gwen Sorensen <gsorensen@keystonehp.com>",
        to="Dale Prentiss <dale@prentissbenefits.com>",
        subject="RE: Vasquez claim",
        body=(
            "Dale - good news, the claim for Hector Vasquez's wife (Marisol) from her "
            "gallbladder surgery at Holy Spirit on 9/15 was reprocessed in-network. New EOB "
            "should hit their mailbox next week and the balance drops to her $750 "
            "deductible. Let Hector know he can ignore the collection letter from the "
            "surgeon's office.\n\nGwen\n\nGwen Sorensen | Account Executive, Employer Group "
            "Sales\n\n> On Nov 16, 2026, Dale Prentiss wrote:\n> Any update on the Vasquez "
            "thing? Guy at Millbrook Fab keeps calling me.\n"
        ),
    ),
    Spec(
        phi=True,
        category="large_claimant_report_employer",
        notes="Hard positive: large claimant report to a plan sponsor uses initials, "
        "department and birth month/year (no full names) with cancer, pregnancy and CABG.",
        frm="Gwen Sorensen <gsorensen@keystonehp.com>",
        to="benefits@millbrookfab.com",
        subject="Q3 large claimant report",
        body=(
            "Hi Carla,\n\nAttached is the Q3 large claimant report for the renewal "
            "committee meeting. Let me know if you want me to walk through it Thursday.\n\n"
            "Gwen\n"
        ),
        atts=(Att("Millbrook_Q3_large_claimants.docx", DOCX, _LARGE_CLAIMANT),),
    ),
    Spec(
        phi=True,
        category="eob_screenshot_png_name",
        notes="Hard positive: member services sends the portal vendor a screenshot whose file "
        "name carries the member's name and claim number; body only says 'the member'.",
        frm="Ian Whitlock <iwhitlock@keystonehp.com>",
        to="support@portalworks-saas.com",
        subject="EOB viewer shows wrong amount - ticket 55810",
        body=(
            "Hi team,\n\nScreenshot attached of what the member sees when she opens her EOB "
            "for the 10/05 chemo infusion claim - patient responsibility shows $0 in the "
            "summary but $1,812.40 in the detail. Can you check the rendering?\n\nIan\n"
            "Member Services Systems Analyst\n"
        ),
        atts=(Att("JHalvorsen_EOB_claim_26-3390217.png", "image/png", png(8, 6, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="adt_feed_to_cm_vendor",
        notes="HL7 ADT^A01 admission message forwarded to a care-management vendor: name, "
        "hospital MRN, member ID, heart failure and LVAD codes.",
        frm="Integration Team <hl7ops@keystonehp.com>",
        to="inbound@carebridgecm.com",
        subject="Missed ADT from St Agnes - resend",
        body=(
            "Resending the A01 that failed on your endpoint at 07:32 (your ack came back "
            "AE). Please load manually and confirm.\n\n-- KHP Integration Team\n"
        ),
        atts=(Att("ADT88120417.hl7", "application/hl7-v2", _ADT),),
    ),
    Spec(
        phi=True,
        category="x12_837_resubmission",
        notes="X12 837P file sent to a clearinghouse contact: subscriber name, address, DOB, "
        "member ID, gallbladder diagnosis and anesthesia service.",
        frm="Claims EDI <edi@keystonehp.com>",
        to="support@payerxchange.net",
        subject="837P batch 4417 - resubmit after 999 reject",
        body=(
            "Batch 4417 rejected on 999 for GS08 version. Corrected file attached, one "
            "claim. Pls reprocess.\n\nClaims EDI Support\n"
        ),
        atts=(Att("KHP_837P_4417.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="fhir_eob_payer_to_payer",
        notes="FHIR Bundle (Patient + ExplanationOfBenefit) to the new health plan under "
        "payer-to-payer exchange: breast cancer code and chemo infusion.",
        frm="Interoperability <interop@keystonehp.com>",
        to="p2p-exchange@northstarhealthplan.com",
        subject="Payer-to-payer request PTP-26-0918 response",
        body=(
            "Attached is the claims/encounter bundle for request PTP-26-0918, member "
            "consent on file 11/09/2026. Remaining resources to follow in the API pull.\n\n"
            "Keystone Health Plan Interoperability Team\n"
        ),
        atts=(Att("PTP-26-0918.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="ccda_care_summary_pcp",
        notes="C-CDA care management summary to the member's PCP practice: name, DOB, "
        "address, diabetes with CKD, medications.",
        frm="Nadia Brennan RN <nbrennan@keystonehp.com>",
        to="frontdesk@lebanonfamilymed.com",
        subject="Care mgmt summary for your patient",
        body=(
            "Hello,\n\nAttached is our care management summary ahead of the 12/03 PCP "
            "visit. Please route to Dr. Amari.\n\nThanks,\nNadia Brennan, RN, CCM\n"
        ),
        atts=(Att("CM_summary_KPE219904471.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="pended_auth_workbook_vendor",
        notes="Two-sheet workbook of pended authorisations and peer-to-peer slots sent to the "
        "delegated UM vendor: names, IDs, DOB, services.",
        frm="Jolene Pfister <jpfister@keystonehp.com>",
        to="um-ops@evercrestreview.com",
        subject="pended list for today's huddle",
        body="list attached, the sleep study one is the member who called the CEO's office\n",
        atts=(Att("pended_auths_1118.xlsx", XLSX, _PENDED),),
    ),
    Spec(
        phi=True,
        category="nested_zip_appeal_records",
        notes="Hard positive: nested zip (zip inside zip) holds the appeal cover letter and "
        "hospital discharge summary; the body says nothing identifying.",
        frm="Appeals & Grievances <appeals@keystonehp.com>",
        to="records@capitalpeerreview.com",
        subject="Physician reviewer packet - rehab days",
        body="Packet for the physician reviewer attached. Decision due 11/23.\n",
        atts=(Att("AG-26-004192.zip", "application/zip", _APPEAL_ZIP),),
    ),
    Spec(
        phi=True,
        category="encrypted_outreach_list",
        notes="Hard positive: password-protected zip of a diabetes outreach list (names, "
        "DOB, phones, A1c) to a vendor; the body only describes it.",
        frm="Population Health <pophealth@keystonehp.com>",
        to="campaigns@vitaldialoutreach.com",
        subject="November call list",
        body=(
            "Hi Sam,\n\nNovember list is attached (3 members, small pilot). Password comes "
            "by phone as usual. Script B please, not the pharmacy one.\n\nPopulation Health "
            "Programs\n"
        ),
        atts=(Att("khp_nov_list.zip", "application/zip", _OUTREACH_ZIP),),
    ),
    Spec(
        phi=True,
        category="wound_photo_home_health",
        notes="Hard positive: wound photo file named with the member's initial and surname "
        "and body site; body refers only to 'our member'.",
        frm="Paula Mendes RN <pmendes@keystonehp.com>",
        to="intake@riversidehomehealth.org",
        subject="photo before tomorrow's visit",
        body=(
            "Hi Trish - daughter sent this tonight, looks worse than last week to me. Can "
            "the wound nurse prioritize our member tomorrow AM? Thx, Paula\n"
        ),
        atts=(Att("RTorvik_sacral_wound_1117.png", "image/png", _WOUND_PNG),),
    ),
    Spec(
        phi=True,
        category="eob_explanation_member_email",
        notes="Member services explains a balance bill to a member's personal email: name, "
        "anesthesia claim, amounts.",
        frm="Keystone Member Services <memberservices@keystonehp.com>",
        to="w.achterberg@outlook.com",
        subject="Your question about the Lakeside Anesthesia bill",
        body=(
            "Dear Mr. Achterberg,\n\nThank you for your message. The $1,240 you were billed "
            "by Lakeside Anesthesia Associates for your October 22 procedure was sent to us "
            "incorrectly as out-of-network. We have asked the clearinghouse to resubmit it. "
            "Once it reprocesses, your share should be your $40 specialist copay.\n\nPlease "
            "do not pay the bill while it is being corrected.\n\nRegards,\nAngela, Member "
            "Services Representative\nKeystone Health Plan\n"
        ),
    ),
    Spec(
        phi=True,
        category="denial_subject_line_only",
        notes="Subject line names the member and the procedure; body is a one-liner and the "
        "PDF is the letter.",
        frm="Appeals & Grievances <appeals@keystonehp.com>",
        to="intake@keystonereviewiro.org",
        subject="Denial - Priya Ramaswamy - bariatric surgery",
        body="see attached, pls confirm receipt\n",
        atts=(Att("letter.pdf", "application/pdf", _DENIAL_LETTER),),
    ),
    Spec(
        phi=True,
        category="texting_style_chemo_auth",
        notes="Hard positive: lower-case texting style; a bare member number and 'her chemo "
        "auth' are the only identifier and health fact.",
        frm="kaylee.draper@keystonehp.com",
        to="triage@hersheyoncology.com",
        subject="call back pls",
        body=(
            "hey can someone call the mbr back re her chemo auth, id is KPF441203987, she "
            "thinks cycle 3 got denied but it didnt, its approved thru jan. shes really "
            "upset. thx k\n"
        ),
    ),
    Spec(
        phi=True,
        category="detox_admission_part2",
        notes="Hard positive: 42 CFR Part 2 substance-use content; the member is named only "
        "by first name and last initial plus his date of birth.",
        frm="Marcus Bell LCSW <mbell@keystonehp.com>",
        to="admissions@brooksiderecovery.org",
        subject="transition from detox",
        body=(
            "Hi Jen,\n\nFollowing up on Kevin D. (DOB 5/2/1991) who finished detox at your "
            "Mechanicsburg unit yesterday. We authorized 14 days residential starting 11/18; "
            "auth number BH26-20457. He asked that his mother not be contacted.\n\nMarcus "
            "Bell, LCSW\nBehavioral Health Care Manager\n"
        ),
    ),
    Spec(
        phi=True,
        category="genetic_test_auth_reply",
        notes="BRCA genetic testing auth reply to a genetics lab: member name and family "
        "history of breast cancer.",
        frm="Jolene Pfister <jpfister@keystonehp.com>",
        to="priorauth@heliogenomics.com",
        subject="RE: BRCA1/2 request",
        body=(
            "Approved - auth UM26-1117-73390 for 81162 for Anneliese Krug. Criteria met "
            "based on mother dx at 42 and sister at 47. Please bill with that number.\n\n"
            "Jolene Pfister, RN\n"
        ),
    ),
    Spec(
        phi=True,
        category="deceased_member_stop_service",
        notes="Hard positive: notice to an infusion vendor that a named member died, with "
        "the date of death and the therapy to stop.",
        frm="Eldon Gaskins <egaskins@keystonehp.com>",
        to="orders@keystoneinfusionpartners.com",
        subject="stop deliveries - Lorraine Pettit",
        body=(
            "Please cancel remaining TPN deliveries for Lorraine Pettit. Family called "
            "today, she passed away on 11/14. Pick up the pump from the house when you "
            "can, daughter is there weekdays.\n\nEldon Gaskins | Care Coordinator\n"
        ),
    ),
    Spec(
        phi=True,
        category="dme_delivery_address_only",
        notes="Hard positive: no name at all; a street address plus a hospital bed delivery "
        "tied to Thursday's hospital discharge identify the member.",
        frm="Eldon Gaskins <egaskins@keystonehp.com>",
        to="dispatch@midstatemedequip.com",
        subject="bed delivery thursday",
        body=(
            "Can you get a semi-electric hospital bed and a commode to 418 Fenwick Lane, "
            "Apt 3, Millbrook PA 17108 before 2pm Thursday? Member is being discharged from "
            "Pinnacle after the stroke and the wife is home to receive it. PO to follow.\n"
        ),
    ),
    Spec(
        phi=True,
        category="html_caseload_handoff",
        notes="HTML table of a care manager's caseload handed to a contracted nurse: names, "
        "conditions and next contacts.",
        frm="Nadia Brennan RN <nbrennan@keystonehp.com>",
        to="lhuang@nursebridgestaffing.com",
        subject="caseload while I'm out 11/23-11/27",
        body="",
        html=(
            "<html><body><p>Hi Lin, thanks for covering. Active cases below:</p>"
            "<table border='1'><tr><th>Member</th><th>ID</th><th>Program</th>"
            "<th>Next touch</th></tr>"
            "<tr><td>Rosalind Petrakis</td><td>KPE219904471</td><td>Diabetes/CKD, falls</td>"
            "<td>11/24 call</td></tr>"
            "<tr><td>Sunil Chaudhry</td><td>KPA390117265</td><td>CHF post-discharge</td>"
            "<td>11/23 weight check</td></tr>"
            "<tr><td>Opal Wingate</td><td>KPB812203574</td><td>High-risk pregnancy, 31 wks</td>"
            "<td>11/25 OB f/u</td></tr></table>"
            "<p>Nadia</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="short_reply_confirms_identity",
        notes="Hard positive: the new text is a one-line reply ('yes that's him' plus a DOB "
        "and LVAD); the name sits in the quoted message below.",
        frm="Paula Mendes RN <pmendes@keystonehp.com>",
        to="Colleen Marsh <cmarsh@pinnaclecardiology.com>",
        subject="RE: your member at 4W",
        body=(
            "yes thats him - DOB 4/9/58, the one with the LVAD. wife is the contact.\n\n"
            "From: Colleen Marsh <cmarsh@pinnaclecardiology.com>\n"
            "Sent: Tuesday, November 17, 2026 7:58 AM\n"
            "To: Paula Mendes\nSubject: your member at 4W\n\n"
            "Paula, is Desmond Varga the same man your team followed last spring? We need "
            "his home health agency before discharge.\n"
        ),
    ),
    Spec(
        phi=True,
        category="ics_case_conference",
        notes="Calendar invite for an interdisciplinary case conference with an outside "
        "social worker; the member ID and NICU discharge are in the description.",
        frm="Opal Grant <ogrant@keystonehp.com>",
        to="swalsh@hersheychildrens.org",
        subject="Case conference - NICU discharge planning",
        body=("Invite for Friday's case conference. Details in the invite.\n"),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone Health Plan//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:khp-cc-20261120-0930@keystonehp.com\r\n"
            "DTSTAMP:20261116T150000Z\r\nDTSTART:20261120T143000Z\r\n"
            "DTEND:20261120T151500Z\r\nSUMMARY:Case conference - baby Okafor-Reyes\r\n"
            "DESCRIPTION:Member ID KPG550702318 (newborn of Adaeze Okafor-Reyes). "
            "Twins born 29 wks\\, twin B on home oxygen. Need DME and early intervention "
            "referral before discharge.\r\n"
            "ORGANIZER;CN=Opal Grant:mailto:ogrant@keystonehp.com\r\n"
            "ATTENDEE;CN=Sheila Walsh:mailto:swalsh@hersheychildrens.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="ooo_autoreply_quotes_phi",
        notes="Hard positive: an out-of-office auto-reply to an outside provider that quotes "
        "the incoming message, which names a patient and her dialysis schedule.",
        frm="Marcus Bell LCSW <mbell@keystonehp.com>",
        to="socialwork@capitalkidneycenter.com",
        subject="Automatic reply: transport for Ms. Ferreira",
        body=(
            "I am out of the office until Monday, November 23. For urgent behavioral health "
            "care management needs call 717-555-0156.\n\n"
            "-----Original Message-----\nFrom: socialwork@capitalkidneycenter.com\n"
            "Subject: transport for Ms. Ferreira\n\n"
            "Marcus, Ilda Ferreira missed dialysis MWF this week because the ride service "
            "didn't show. She's on your plan (ID KPA117650293). Can you escalate?\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_complaint_chain",
        notes="Forward to outside counsel of a provider's email (attached message/rfc822) "
        "describing a named member's wrong-site injection complaint.",
        frm="Renata Szabo <rszabo@keystonehp.com>",
        to="mjardine@holtzjardinelaw.com",
        subject="FW: complaint re Dr. Halloran",
        body=(
            "Marcus - forwarding as discussed, this is the complaint that came in through "
            "provider relations. Legal hold on the file starting today.\n\nRenata Szabo\n"
            "Director, Appeals & Grievances\n"
        ),
        forward=Spec(
            phi=True,
            category="forwarded_complaint_inner",
            notes="inner",
            frm="Office Manager <office@hallorandpain.com>",
            to="provrelations@keystonehp.com",
            subject="member complaint",
            body=(
                "Hello, your member Terrence Oduya (ID KPC664019382) is threatening to sue "
                "Dr. Halloran over the lumbar epidural on 10/29. He says the injection was "
                "done at the wrong level and he now has foot numbness. We'd like to know "
                "if the plan has received a grievance.\n\nDeb Pruitt, Office Manager\n"
            ),
        ),
    ),
]
