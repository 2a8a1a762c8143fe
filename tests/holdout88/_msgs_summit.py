"""Summit Ridge Endocrine & Bariatric Surgery: outbound mail of an endocrinology and bariatric
surgery practice (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nSummit Ridge Endocrine & Bariatric Surgery\n2200 Alder Crest Dr, Suite 300 | 555-0142"
)

HL7_ORU = (
    "MSH|^~\\&|SRE_LAB|SUMMITRIDGE|EPIC|CASCADEFAMMED|202603171012||ORU^R01|SRE88031|P|2.5.1\r"
    "PID|1||SRE-3318274^^^SRE^MR||OKONKWO^CHIDINMA^A||19790622|F|||418 Larchmont Ave^^Ferndale^WA^98248||555-0117\r"
    "OBR|1||L55021|4548-4^Hemoglobin A1c^LN|||202603160845\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||10.4|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|2345-7^Glucose^LN||241|mg/dL|70-99|H|||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|SRE_EHR|SUMMITRIDGE|INTERFACE|VENDOR|202603160930||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||ZZ000001^^^SRE^MR||ZZTEST^BARIATRIC^ONE||19000101|U\r"
    "PV1|1|O|BARI^CLINIC\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Summit Ridge Endocrine - Continuity of Care Document</title>
  <recordTarget><patientRole><id extension="SRE-2290415" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>77 Sorrel Way</streetAddressLine><city>Bellingham</city><state>WA</state><postalCode>98226</postalCode></addr>
    <patient><name><given>Harold</given><family>Vantreese</family></name><birthTime value="19580411"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>E05.00 Graves disease without thyrotoxic crisis; s/p radioactive iodine 01/2026</text></section></component>
    <component><section><title>Medications</title><text>Levothyroxine 88 mcg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_OBS = """{
  "resourceType": "Observation",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5", "display": "Body mass index"}]},
  "subject": {"reference": "Patient/sre-5502187", "display": "Marisol Etxeberria"},
  "effectiveDateTime": "2026-03-16",
  "valueQuantity": {"value": 44.7, "unit": "kg/m2"}
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*CLEARHOUSE     *260317*1015*^*00501*000008801*0*P*:~"
    "GS*HC*SUMMITRIDGE*CLEARHOUSE*20260317*1015*8801*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "NM1*85*2*SUMMIT RIDGE ENDOCRINE*****XX*1807686781~"
    "NM1*IL*1*PELLETIER*GRACE****MI*WPX448120937~"
    "DMG*D8*19850914*F~"
    "CLM*SRE26031701*2450***22:B:1*Y*A*Y*Y~"
    "HI*ABK:E6601*ABF:E1165~"
    "SV1*HC:43775*2450*UN*1***1~"
    "SE*9*0001~GE*1*8801~IEA*1*000008801~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Appointment reminder to patient mailbox",
        notes="Pre-op visit reminder to the patient's gmail naming her and the sleeve gastrectomy consult.",
        frm="Scheduling <schedule@summitridgeendo.com>",
        to="dana.whitcombe81@gmail.com",
        subject="Reminder: your visit on Thursday",
        body="Hi Dana Whitcombe,\n\nThis is a reminder of your pre-operative visit for your sleeve gastrectomy with Dr. Aurelio Brandt on Thursday, March 19 at 9:40 AM. Please arrive 15 minutes early and bring your food log.\n\nReply C to confirm."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 ORU A1c result to outside PCP",
        notes="Hard positive: patient name, MRN, DOB and a high A1c exist only in the HL7 attachment; body is a one-liner.",
        frm="Interface Team <interfaces@summitridgeendo.com>",
        to="results@cascadefamilymed.org",
        subject="ORU batch 88031",
        body="Resend of the batch that failed overnight.",
        atts=(Att("SRE88031.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=False,
        category="Interface vendor test ADT with ZZTEST patient",
        notes="Hard negative: HL7 ADT for an obviously fake ZZTEST patient in a declared test feed (processing ID T).",
        frm="Interface Team <interfaces@summitridgeendo.com>",
        to="support@meridianinterfaces.com",
        subject="Test ADT A04 - ticket 20417",
        body="Attached is the test message from our TEST environment. The patient is a dummy record (ZZTEST), no real person. The A04 is failing on PV1-3 mapping.\n\nThanks,\nLeo",
        atts=(Att("adt_a04_test.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="Husband told wife's parathyroid calcium result",
        notes="Hard positive: first name plus relationship (wife of the recipient) plus post-parathyroidectomy calcium result sent to the husband's mailbox.",
        frm="Nurse Line <nurseline@summitridgeendo.com>",
        to="tom.abernathy@yahoo.com",
        subject="Re: Lynn's labs",
        body="Hi Tom,\n\nYes, Lynn's calcium this morning was 9.1, right where Dr. Feld wants it after the parathyroid surgery. She can stop the extra Tums tomorrow.\n\nRenee, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinician bio newsletter",
        notes="Hard negative: newsletter welcoming a new endocrinologist and listing the diseases she treats; no patient.",
        frm="Summit Ridge News <news@summitridgeendo.com>",
        to="referrals-list@summitridgeendo.com",
        subject="Welcome Dr. Priyanka Osei-Hart",
        body="",
        html="<html><body><h2>Welcome, Dr. Priyanka Osei-Hart</h2><p>Dr. Osei-Hart joins us from the University of Utah. Her clinical interests include Cushing's syndrome, pituitary adenomas, differentiated thyroid cancer and type 1 diabetes in pregnancy.</p><p>She is accepting new referrals from March 23. NPI 1672608274.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Aggregate bariatric outcomes workbook",
        notes="Hard negative: multi-sheet workbook of program-level weight-loss and complication rates by year; no patient rows.",
        frm="Quality Office <quality@summitridgeendo.com>",
        to="board@summitridgeendo.com",
        subject="Q4 2025 bariatric outcomes (aggregate)",
        body="Board members,\n\nAttached are the program-level outcomes for the Q4 board packet. All figures are aggregate; cells under 11 are suppressed.\n\nMarta Ibsen, Quality",
        atts=(
            Att(
                "bariatric_outcomes_2025Q4.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "2024", "2025"],
                            ["Sleeve cases", 212, 238],
                            ["RYGB cases", 96, 101],
                            ["Mean %EWL at 12 mo", 61.2, 63.8],
                        ],
                        "Complications": [
                            ["Type", "Rate 2025"],
                            ["Leak", "0.4%"],
                            ["30-day readmission", "3.1%"],
                            ["VTE", "<11 cases"],
                        ],
                        "By surgeon": [
                            ["Surgeon", "Cases", "LOS (days)"],
                            ["Brandt", 181, 1.3],
                            ["Nakashima", 158, 1.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization to payer with member ID",
        notes="Prior-auth request naming patient, member ID, BMI 44 and planned Roux-en-Y gastric bypass.",
        frm="Prior Auth <priorauth@summitridgeendo.com>",
        to="um.requests@evergreenhealthplan.com",
        subject="PA request - bariatric surgery - ref SRE-PA-6621",
        body="Utilization Management,\n\nPlease review the enclosed request.\n\nMember: Terrence Oyelaran\nMember ID: EHP7730418826\nDOB: 02/11/1976\nProcedure: Laparoscopic Roux-en-Y gastric bypass (CPT 43644)\nDiagnosis: E66.01 morbid obesity, BMI 44.2 (Z68.41); K21.9 GERD; G47.33 OSA\nSurgeon: Aurelio Brandt, MD, NPI 1807686781\n\nSupervised diet 6 months completed; psych eval cleared 02/20/2026."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Bariatric information seminar invitation",
        notes="Public marketing invite to a free weight-loss surgery seminar; no individual or condition of a recipient implied (sent to a general list).",
        frm="Summit Ridge Events <events@summitridgeendo.com>",
        to="community-subscribers@summitridgeendo.com",
        subject="Free seminar: Is weight-loss surgery right for you?",
        body="Join Dr. Aurelio Brandt on Tuesday, March 24 at 6 PM at the Ferndale Library community room for a free talk on sleeve gastrectomy, gastric bypass and what recovery looks like. No registration needed.\n\nLight refreshments provided."
        + SIG,
    ),
    Spec(
        phi=True,
        category="CCDA transition of care to new endocrinologist",
        notes="Hard positive: C-CDA attachment carries name, address, DOB and Graves disease history; body only says records attached.",
        frm="Medical Records <records@summitridgeendo.com>",
        to="intake@northsoundendocrine.com",
        subject="Records transfer - request 4471",
        body="Per your request 4471 and the signed authorization on file, the continuity of care document is attached.\n\nMedical Records",
        atts=(Att("ccd_4471.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training with example fields",
        notes="Hard negative: staff HIPAA training text listing example identifier fields (MRN, DOB) with placeholder values only.",
        frm="Compliance <compliance@summitridgeendo.com>",
        to="allstaff@summitridgeendo.com",
        subject="Annual HIPAA refresher due March 31",
        body="Team,\n\nThe annual privacy refresher is live in the LMS. Reminder of the basics:\n- Never put a name, MRN, DOB or diagnosis in a subject line.\n- Use [SECURE] in the subject to encrypt external mail.\n- Example of what NOT to send: 'Pt Jane Doe, MRN 0000000, DOB 01/01/1900, A1c 9'.\n\nQuestions: Holly Brennan, Privacy Officer, ext. 2210.",
    ),
    Spec(
        phi=True,
        category="Return-to-work note to employer after gastric bypass",
        notes="Work note to employer HR naming the employee, her gastric bypass and lifting restrictions.",
        frm="Dr. Aurelio Brandt <abrandt@summitridgeendo.com>",
        to="leaves@northbaylogistics.com",
        subject="Work status - Angela Rustova",
        body="To whom it may concern,\n\nAngela Rustova underwent laparoscopic gastric bypass on March 2, 2026 and may return to work on March 30 with no lifting over 15 lb for four additional weeks.\n\nAurelio Brandt, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Surgical supply purchase order with SSN-shaped number",
        notes="Hard negative: stapler reload order whose PO number looks like an SSN; vendor mail with no patient.",
        frm="Purchasing <purchasing@summitridgeendo.com>",
        to="orders@keystonesurgicalsupply.com",
        subject="PO 418-22-6093 staple reloads",
        body="Hello,\n\nPlease ship PO 418-22-6093:\n- 12 boxes 60mm purple reloads\n- 4 boxes 45mm tan reloads\n- 2 trocar kits 12mm\n\nDeliver to loading dock B, attn. OR materials.\n\nKai Lindqvist, Purchasing",
    ),
    Spec(
        phi=True,
        category="Type 1 diabetes school care plan",
        notes="Diabetes medical management plan for a named student with insulin doses sent to the school nurse.",
        frm="Pediatric Diabetes Educator <cde@summitridgeendo.com>",
        to="nurse.office@maplewoodmiddle.org",
        subject="Diabetes care plan for the spring term",
        body="Hi Ms. Carver,\n\nAttached is the updated plan for Eli; parents signed the release last week. Main change is the lunch carb ratio.\n\nJune Haldane, RN, CDCES",
        atts=(
            Att(
                "DMMP_Eli_Pacheco_2026.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT RIDGE ENDOCRINE - Diabetes Medical Management Plan",
                        "Student: Eli Pacheco   DOB: 05/30/2013   Grade 7",
                        "Diagnosis: Type 1 diabetes (E10.9), Omnipod 5 with Dexcom G7",
                        "Insulin: Humalog; lunch carb ratio 1 unit : 12 g; correction 1 : 45 over 150",
                        "Hypoglycemia under 70: 15 g fast carbs, recheck in 15 min; glucagon 3 mg nasal if unconscious",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting bariatric nurse coordinator",
        notes="Hard negative: job advert describing bariatric and diabetes duties; no patient.",
        frm="Human Resources <hr@summitridgeendo.com>",
        to="postings@nwhealthcarejobs.com",
        subject="Posting: RN Bariatric Program Coordinator (full time)",
        body="Please post the following through April 30.\n\nRN Bariatric Program Coordinator. Guides patients through pre-operative education, insurance requirements, nutrition and psychology visits, and post-op follow-up after sleeve gastrectomy and gastric bypass. Experience with GLP-1 therapy and CGM a plus. WA RN license required. $46-58/hr.\n\nApply at careers.summitridgeendo.com.",
    ),
    Spec(
        phi=True,
        category="Headerless CSV of post-op weights to dietitian",
        notes="Hard positive: CSV with no header row of patient names, surgery dates and weights sent to an outside contract dietitian.",
        frm="Bariatric Coordinator <bariatrics@summitridgeendo.com>",
        to="lena@lenamarshnutrition.com",
        subject="your list for next week",
        body="Lena - the six for your Tuesday group visits. Let me know if anyone no-shows.\n\nDeb",
        atts=(
            Att(
                "tues.csv",
                "text/csv",
                "Ortega Luz,2026-01-12,SG,271,238\nBeaulieu Mark,2025-12-01,RYGB,322,279\nHsu Wendy,2026-02-02,SG,244,229\nFranzen Carl,2025-11-17,RYGB,338,281\nAdeyemi Tola,2026-01-26,SG,259,231\nRiggs Paula,2025-10-20,SG,230,188\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Curbside consult without identifiers",
        notes="Hard negative: clinician asks a colleague about a case described only as 'a woman in her 40s' with labs; no identifier.",
        frm="Dr. Kenji Nakashima <knakashima@summitridgeendo.com>",
        to="rfaulk@pugetsoundnephrology.com",
        subject="quick question - calcium after bypass",
        body="Rob,\n\nGeneral question for your opinion: woman in her 40s, four years out from a bypass, PTH 140, calcium 9.0, vitamin D 18, eGFR 85. I'm assuming secondary hyperpara from malabsorption, but any reason you'd image first? Happy to send details through the referral portal if you want to see her.\n\nKenji",
    ),
    Spec(
        phi=True,
        category="Post-op instructions HTML to patient",
        notes="HTML-only discharge instructions to the patient's outlook mailbox naming him and his sleeve gastrectomy and medications.",
        frm="Summit Ridge Surgery <surgery@summitridgeendo.com>",
        to="marcus.delahaye@outlook.com",
        subject="Your going-home instructions",
        body="",
        html="<html><body><p>Dear Marcus Delahaye,</p><p>You had a <b>laparoscopic sleeve gastrectomy</b> on March 16. At home:</p><ul><li>Stage 2 full liquids for 14 days, 48-64 oz fluid daily</li><li>Omeprazole 40 mg daily for 90 days</li><li>Enoxaparin 40 mg injection daily for 14 days</li><li>Call 555-0142 for fever over 101, vomiting or leg swelling</li></ul><p>Your follow-up is March 26 with Dr. Brandt.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Staff parking and IT downtime notice",
        notes="IT/facilities notice about EHR downtime and parking; no patient.",
        frm="IT Help Desk <helpdesk@summitridgeendo.com>",
        to="allstaff@summitridgeendo.com",
        subject="Saturday EHR downtime 10 PM - 2 AM",
        body="All,\n\nThe EHR will be unavailable Saturday 10 PM to Sunday 2 AM for the quarterly upgrade. Use the downtime packets in each clinic. Also: the north lot is being restriped Sunday; please park in the garage.\n\nIT",
    ),
    Spec(
        phi=True,
        category="Scanned intake form OCR text",
        notes="Hard positive: OCR text of a scanned intake form (name, DOB, phone, weight history, diabetes meds) attached to a note to the scanning vendor.",
        frm="Front Desk <frontdesk@summitridgeendo.com>",
        to="support@docuscanpro.com",
        subject="OCR misread on batch 0316-B",
        body="Hi,\n\nYour OCR keeps merging fields on our intake form. Example output from page 14 attached; the DOB lands in the phone field. Can you adjust the template?\n\nThanks, Gabi",
        atts=(
            Att(
                "batch0316B_p14.txt",
                "text/plain",
                "NEW PATIENT INTAKE  SUMMIT RIDGE\nName  Yusuf Karadag   DOB 07/19/1969 Phone 555-0163\nReason for visit  weight loss surgery eval / diabetes\nHighest adult weight 318  Current 304  Height 5'9\nCurrent meds  metformin 1000 bid, glipizide 5, lisinopril 20\nPrior attempts  Weight Watchers 2019, phentermine 2021\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Device field safety notice CGM sensors",
        notes="Hard negative: relay of a manufacturer field safety notice listing CGM sensor lot numbers; no patient named.",
        frm="Clinical Operations <clinops@summitridgeendo.com>",
        to="diabetes-educators@summitridgeendo.com",
        subject="FW: Field safety notice - sensor lots 7J2 series",
        body="Educators - please check clinic stock against the lots below and pull any matches. No action needed for patients already wearing them unless readings look off; the manufacturer will contact users directly.\n\nAffected lots: 7J2A0419, 7J2A0422, 7J2B0107.\n\nOlu",
    ),
    Spec(
        phi=True,
        category="FHIR BMI observation to payer wellness program",
        notes="Hard positive: FHIR Observation names the patient and BMI 44.7; body mentions only the program.",
        frm="Care Coordination <carecoord@summitridgeendo.com>",
        to="programs@evergreenhealthplan.com",
        subject="Weight management program enrolment data",
        body="Attached per the program data-sharing agreement.",
        atts=(Att("obs_bmi.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=False,
        category="Clinician credentialing letter with NPI and DEA",
        notes="Hard negative: credentialing submission listing a surgeon's NPI, DEA and license; provider identifiers only.",
        frm="Credentialing <credentialing@summitridgeendo.com>",
        to="provider.enrollment@evergreenhealthplan.com",
        subject="Recredentialing packet - Kenji Nakashima, MD",
        body="Please find the recredentialing details for Dr. Kenji Nakashima, bariatric and general surgery:\n\nNPI: 1786963045\nDEA: FM2601121\nWA license MD60412277, exp 08/2027\nBoard: American Board of Surgery, recert 2024\n\nMalpractice certificate to follow by fax."
        + SIG,
    ),
    Spec(
        phi=True,
        category="837 claim file to clearinghouse",
        notes="X12 837P claim with patient name, member ID, DOB and obesity/diabetes diagnoses for a sleeve gastrectomy.",
        frm="Billing <billing@summitridgeendo.com>",
        to="edi@claimbridgeclearing.com",
        subject="837P resubmission batch 8801",
        body="Resubmitting batch 8801 after the NPI correction.",
        atts=(Att("SRE_8801.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="Support group calendar invite",
        notes="Recurring support-group meeting invite sent to the program list; attendees not named, no individual.",
        frm="Bariatric Program <bariatrics@summitridgeendo.com>",
        to="support-group@summitridgeendo.com",
        subject="Monthly bariatric support group - April 7",
        body="Our April support group topic is 'Protein after year one'. Open to anyone considering or recovering from weight-loss surgery, and family.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Ridge//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sg-20260407@summitridgeendo.com\r\nDTSTART:20260407T180000\r\nDTEND:20260407T193000\r\nSUMMARY:Bariatric support group - Protein after year one\r\nLOCATION:Summit Ridge classroom B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Thyroid FNA pathology in file name only",
        notes="Hard positive: the diagnosis (papillary carcinoma) and patient name appear only in the PDF file name and cover sheet; body is 'for Thursday'.",
        frm="Dr. Priyanka Osei-Hart <posei-hart@summitridgeendo.com>",
        to="tumorboard@whatcomregionalmed.org",
        subject="for Thursday",
        body="Adding one for Thursday's board. Cover sheet attached.\n\nP.",
        atts=(
            Att(
                "Delgado_Ramon_FNA_BethesdaVI_papillary.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE ENDOCRINE - TUMOR BOARD SUBMISSION",
                        "Patient: Ramon Delgado   MRN SRE-4407751",
                        "Referring: P. Osei-Hart, MD",
                        "Question: total thyroidectomy vs lobectomy; 2.1 cm right nodule",
                    ],
                    "Tumor board submission",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Patient satisfaction survey aggregate",
        notes="Hard negative: patient-experience scores for endocrine and bariatric clinics in aggregate; no respondent identified.",
        frm="Quality Office <quality@summitridgeendo.com>",
        to="managers@summitridgeendo.com",
        subject="February Press Ganey roll-up",
        body="Managers,\n\nFebruary top-box: Endocrine 84.1% (n=212), Bariatric 88.7% (n=97). Lowest item again 'wait time in clinic' at 61%. Comments are in the shared drive, already stripped of names.\n\nMarta",
    ),
    Spec(
        phi=True,
        category="Forwarded patient portal message to outside psychologist",
        notes="Forward of a patient's portal message (name, binge-eating disclosure) to the contracted pre-op psychologist.",
        frm="Bariatric Coordinator <bariatrics@summitridgeendo.com>",
        to="drsloane@sloanebehavioralhealth.com",
        subject="FW: question before my eval",
        body="Dr. Sloane - forwarding this from Keisha ahead of her pre-surgical psych eval next week so you have context.\n\nDeb",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="Keisha Marbury <keisha.marbury@icloud.com>",
            to="bariatrics@summitridgeendo.com",
            subject="question before my eval",
            body="Hi Deb, I'm nervous about the psych eval. I still binge a couple nights a week, mostly after work. Will that disqualify me from the sleeve? I was treated for depression in 2022 too.\n\nKeisha",
        ),
    ),
    Spec(
        phi=False,
        category="Lab courier pickup schedule change",
        notes="Vendor logistics note about courier pickup times; no specimens or patients named.",
        frm="Lab Coordinator <lab@summitridgeendo.com>",
        to="dispatch@rapidspecimencourier.com",
        subject="Pickup times starting March 23",
        body="Hi dispatch,\n\nStarting Monday March 23 please move our afternoon pickup from 3:30 to 4:15. Morning pickup stays 11:00. Ferndale site only.\n\nThanks,\nAnders",
    ),
    Spec(
        phi=True,
        category="Terse colleague text with MRN and result",
        notes="Hard positive: terse internal-to-external note to covering physician: MRN, abbreviations (TSH, FT4) and new methimazole start.",
        frm="Dr. Priyanka Osei-Hart <posei-hart@summitridgeendo.com>",
        to="hwei@bakerviewinternalmed.com",
        subject="covering this wknd",
        body="Hannah - one to watch: SRE-3107765, 34F, TSH <0.01, FT4 4.2, HR 118. Started methimazole 20 + propranolol 20 tid Fri. Repeat CBC/LFT Mon. Call me if she bounces back to ED.\nP",
    ),
    Spec(
        phi=False,
        category="De-identified registry extract",
        notes="Hard negative: de-identified MBSAQIP-style extract with study IDs, year of surgery and age bands only.",
        frm="Quality Office <quality@summitridgeendo.com>",
        to="data@nwbariatricregistry.org",
        subject="Q4 registry upload (de-identified)",
        body="Attached is our Q4 extract under the registry's de-identification spec: study IDs only, year of surgery, 10-year age bands, no dates or ZIPs.\n\nMarta Ibsen",
        atts=(
            Att(
                "q4_registry_deid.csv",
                "text/csv",
                "study_id,surg_year,age_band,sex,procedure,bmi_band,readmit_30d\nR88-0001,2025,40-49,F,SG,40-44.9,N\nR88-0002,2025,50-59,M,RYGB,45-49.9,N\nR88-0003,2025,30-39,F,SG,35-39.9,Y\nR88-0004,2025,40-49,F,RYGB,50+,N\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Statement of balance to patient",
        notes="Billing statement PDF to patient's personal mailbox with account number and endocrine visit charges.",
        frm="Patient Accounts <accounts@summitridgeendo.com>",
        to="gpelletier85@hotmail.com",
        subject="Your statement from Summit Ridge",
        body="Hello,\n\nYour March statement is attached. Pay online or call 555-0149.\n\nPatient Accounts",
        atts=(
            Att(
                "statement_SRE-A-902114.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT RIDGE ENDOCRINE & BARIATRIC SURGERY - STATEMENT",
                        "Guarantor: Grace Pelletier   Account SRE-A-902114",
                        "02/17/2026  Office visit, est. patient (99214)   $210.00",
                        "02/17/2026  Continuous glucose monitor interpretation (95251)   $68.00",
                        "Insurance paid  $201.40    Patient balance  $76.60",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Newsletter on GLP-1 and surgery topics",
        notes="Hard negative: HTML-only newsletter discussing GLP-1 drugs, diabetes remission and bariatric surgery in general terms.",
        frm="Summit Ridge News <news@summitridgeendo.com>",
        to="newsletter@summitridgeendo.com",
        subject="Spring newsletter: GLP-1 medicines and surgery",
        body="",
        html="<html><body><h1>Spring 2026</h1><p><b>GLP-1 medicines or surgery?</b> Semaglutide and tirzepatide can lower weight by 15-20%, while sleeve gastrectomy and gastric bypass typically achieve 25-30%. Many people with type 2 diabetes see remission after bypass.</p><p>Ask your endocrinologist which option fits you.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Referral letter docx to sleep medicine",
        notes="Referral letter naming patient, DOB and suspected sleep apnoea before bariatric surgery.",
        frm="Bariatric Program <bariatrics@summitridgeendo.com>",
        to="referrals@baysidesleepcenter.com",
        subject="Referral for sleep study",
        body="Please schedule at your earliest availability; surgery target is late May. Letter attached.",
        atts=(
            Att(
                "referral_sleep_study.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT RIDGE BARIATRIC PROGRAM - REFERRAL",
                        "Patient: Bernadette Quill, DOB 10/03/1971, phone 555-0128",
                        "Reason: STOP-BANG 6, BMI 47, witnessed apneas; pre-op polysomnography requested",
                        "Referring surgeon: Kenji Nakashima, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinic photo for website",
        notes="Photo of the new clinic lobby sent to the web agency; no person pictured or named.",
        frm="Marketing <marketing@summitridgeendo.com>",
        to="studio@pinecrestcreative.com",
        subject="lobby photo for the locations page",
        body="Here's the new Bellingham lobby shot for the locations page. Please crop to 16:9.\n\nMia",
        atts=(Att("bellingham_lobby.png", "image/png", png(8, 6, (90, 140, 170))),),
    ),
    Spec(
        phi=True,
        category="Wound photo named after patient",
        notes="Hard positive: PNG of an incision named with the patient's name and post-op day, sent to the surgeon's personal address.",
        frm="Clinic Nurse <clinicrn@summitridgeendo.com>",
        to="aurelio.brandt.md@gmail.com",
        subject="incision pic",
        body="Dr B, this is the port site that was red at today's visit. She says no fever. Want her on Keflex?\n\nRenee",
        atts=(Att("Whitcombe_Dana_POD9_LUQ_port.png", "image/png", png(6, 6, (190, 90, 80))),),
    ),
    Spec(
        phi=False,
        category="Conference abstract with case counts",
        notes="Hard negative: abstract with disease and procedure terms and outcome rates for a 412-patient cohort, aggregate only.",
        frm="Dr. Kenji Nakashima <knakashima@summitridgeendo.com>",
        to="abstracts@asmbs-nw.org",
        subject="Abstract submission - revisional surgery outcomes",
        body="Title: Conversion of sleeve gastrectomy to Roux-en-Y for reflux: 5-year single-centre experience.\nMethods: retrospective review of 412 conversions 2018-2023.\nResults: GERD symptom resolution 78%, mean additional TWL 6.1%, marginal ulcer 4.4%.\n\nKenji Nakashima, MD",
    ),
    Spec(
        phi=True,
        category="Lab order zip to reference lab",
        notes="Hard positive: names, DOBs and endocrine diagnoses exist only inside the zipped requisitions; body is one line.",
        frm="Lab Coordinator <lab@summitridgeendo.com>",
        to="orders@cascadereflab.com",
        subject="Send-out requisitions 03/17",
        body="Three send-outs today, requisitions zipped.\n\nAnders",
        atts=(
            Att(
                "sendouts_0317.zip",
                "application/zip",
                zipped(
                    {
                        "req_01.txt": "Patient: Olivia Brandvold DOB 1990-04-08\nTests: ACTH, cortisol 8 AM, dexamethasone level\nDx: E24.9 Cushing syndrome, unspecified\n",
                        "req_02.txt": "Patient: Samuel Iwu DOB 1962-12-21\nTests: aldosterone/renin ratio\nDx: I15.2 hypertension secondary to endocrine disorders\n",
                        "req_03.txt": "Patient: Heather Lusk DOB 1984-08-30\nTests: IGF-1, GH suppression\nDx: E22.0 acromegaly\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Locum contract with clinician details",
        notes="Contract email about a locum endocrinologist's dates and rate; workforce information only.",
        frm="Practice Administrator <admin@summitridgeendo.com>",
        to="placements@westcoastlocums.com",
        subject="Locum coverage April 6-17 - confirmation",
        body="Confirming Dr. Alina Vorster for April 6-17, endocrine clinic only, 20 patients/day cap, rate per our agreement. She will need EHR access by April 2; please send her NPI and DEA to credentialing.\n\nRuth Ansley, Practice Administrator",
    ),
]
