"""Cedar Hollow Endocrine & Diabetes Center (endocrinology and diabetes clinic): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nCedar Hollow Endocrine & Diabetes Center\n2200 Larkspur Pkwy, Suite 300, Boise, ID 83706\n(208) 555-0112 | Fax (208) 555-0113"
FRONT = "Cedar Hollow Front Desk <frontdesk@cedarhollowendo.org>"

HL7 = (
    "MSH|^~\\&|CHEDC_LIS|CEDARHOLLOW|GLUCOLINK|GLS|20260508101500||ORU^R01|CH260508-0031|P|2.5.1\r"
    "PID|1||CH-0418827^^^CHEDC^MR||Tran^Minh^Q||19710314|M|||88 Sagebrush Ct^^Meridian^ID^83642||208-555-0141\r"
    "OBR|1|||4548-4^Hemoglobin A1c^LN|||20260506\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||9.4|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F\r"
)

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ch-0422190", "name": [{"family": "Lindqvist", "given": ["Harriet"]}], "birthDate": "1958-09-02", "address": [{"city": "Nampa", "state": "ID", "postalCode": "83686"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/ch-0422190"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E05.00", "display": "Thyrotoxicosis with diffuse goiter without thyrotoxic crisis"}]}}},
    {"resource": {"resourceType": "MedicationRequest", "subject": {"reference": "Patient/ch-0422190"}, "medicationCodeableConcept": {"text": "Methimazole 10 mg tablet, 1 tab daily"}, "status": "active"}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Referral Summary - Cedar Hollow Endocrine &amp; Diabetes Center</title>
  <recordTarget><patientRole><id extension="CH-0409613" root="2.16.840.1.113883.3.8812"/>
    <patient><name><given>Delphine</given><family>Arceneaux</family></name>
      <birthTime value="19840611"/></patient></patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <text>Gestational diabetes history; type 2 diabetes mellitus (E11.9) diagnosed 2024. Metformin ER 1000 mg daily.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

X837 = (
    "ISA*00*          *00*          *ZZ*CEDARHOLLOW    *ZZ*IDBLUEPLAN     *260507*1422*^*00501*000000417*0*P*:~"
    "GS*HC*CEDARHOLLOW*IDBLUEPLAN*20260507*1422*417*X*005010X222A1~"
    "ST*837*0417*005010X222A1~"
    "NM1*85*2*CEDAR HOLLOW ENDOCRINE*****XX*1457382905~"
    "NM1*IL*1*OKAFOR*CHIDINMA****MI*XQP884120376~"
    "DMG*D8*19900122*F~"
    "CLM*CH5507-22*245***11:B:1*Y*A*Y*Y~"
    "HI*ABK:E10.65~"
    "SV1*HC:95251*245*UN*1***1~"
    "DTP*472*D8*20260504~"
    "SE*10*0417~GE*1*417~IEA*1*000000417~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="A1c result reply to patient gmail",
        notes="Nurse reply to the patient's gmail with his name, A1c value and an insulin dose change.",
        frm="Renata Holm RN CDCES <rholm@cedarhollowendo.org>",
        to="gideon.pruitt64@gmail.com",
        subject="Re: my lab results",
        body="Hi Gideon,\n\nDr. Sahni reviewed your labs from Tuesday. Your A1c came back at 8.7%, up from 7.9% in January. She'd like you to increase your Tresiba from 24 to 28 units at bedtime and keep logging fasting sugars for two weeks.\n\nCall us if you see readings under 70.\n\nRenata Holm, RN, CDCES"
        + SIG,
    ),
    Spec(
        phi=False,
        category="staff notice on new insulin pump training hours",
        notes="Internal staff notice about training schedule for educators; no patient.",
        frm="Clinic Operations <ops@cedarhollowendo.org>",
        to="allstaff@cedarhollowendo.org",
        subject="Pump start training moves to Thursdays",
        body="Team,\n\nStarting May 21, Omnipod and Tandem pump-start classes move from Wednesday to Thursday 1-4 pm in Conference B. Educators: please update your templates. Renata Holm and Jamal Reyes will co-lead the first session.\n\nThanks,\nPriya Anand\nPractice Manager",
    ),
    Spec(
        phi=True,
        category="HL7 A1c result feed to CGM distributor",
        notes="Hard positive: HL7 ORU attachment with the patient's name, MRN, DOB, address and elevated A1c; the body says nothing.",
        frm="Interfaces <interfaces@cedarhollowendo.org>",
        to="intake@glucolinksupply.com",
        subject="ORU resend CH260508-0031",
        body="Resending the message that failed on your side Friday. ACK please.\n\n-- Interface team",
        atts=(Att("CH260508-0031.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard by quarter",
        notes="Hard negative: multi-sheet workbook with A1c control rates and counts by quarter and clinic; aggregate only.",
        frm="Quality Analytics <quality@cedarhollowendo.org>",
        to="board@cedarhollowendo.org",
        subject="Q1 diabetes quality dashboard",
        body="Board members,\n\nQ1 numbers attached. Share of adult diabetes patients with A1c under 8% rose to 71.4%. Eye exam completion still lags.\n\nMarcus Feld\nQuality Director",
        atts=(
            Att(
                "CH_quality_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q4 2025", "Q1 2026"],
                            ["A1c < 8% (adults, n)", "2,904 of 4,118", "2,977 of 4,169"],
                            ["A1c > 9% (poor control)", "14.2%", "12.9%"],
                            ["Retinal exam in 12 mo", "58.0%", "59.6%"],
                        ],
                        "By site": [
                            ["Site", "Diabetes panel", "A1c < 8%"],
                            ["Boise Larkspur", 2611, "72.1%"],
                            ["Meridian", 1022, "70.3%"],
                            ["Nampa", 536, "69.8%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior auth letter of medical necessity for CGM",
        notes="Letter of medical necessity PDF to the health plan naming the patient, member ID, type 1 diabetes and hypoglycemia episodes.",
        frm="Prior Authorizations <priorauth@cedarhollowendo.org>",
        to="um.fax@idahoblueplan.com",
        subject="LMN - CGM request - ref PA-77214",
        body="Please find the letter of medical necessity attached for reference PA-77214. Chart notes to follow by fax.\n\nTeresa Vang\nPrior Authorization Specialist"
        + SIG,
        atts=(
            Att(
                "LMN_PA-77214.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW ENDOCRINE & DIABETES CENTER - LETTER OF MEDICAL NECESSITY",
                        "Patient: Wesley Kaminski   DOB 04/19/1997   Member ID XQP771093548",
                        "Diagnosis: E10.649 Type 1 diabetes with hypoglycemia without coma",
                        "Three documented level 2 hypoglycemia events in March 2026; on MDI insulin 4x daily.",
                        "Requested: Dexcom G7 sensors (A4239) and receiver.",
                        "Ravi Sahni, MD  NPI 1457382913",
                    ],
                    "Letter of medical necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider directory update to payer with NPIs",
        notes="Hard negative: roster of clinicians with specialties and NPIs sent to a payer; provider identifiers only.",
        frm="Credentialing <credentialing@cedarhollowendo.org>",
        to="provider.data@idahoblueplan.com",
        subject="Directory update - Cedar Hollow Endocrine",
        body="Please update our directory listing:\n\nRavi Sahni, MD - Endocrinology - NPI 1457382913 - accepting new patients\nAnneliese Cho, DO - Endocrinology, thyroid - NPI 1457382921 - accepting new patients\nJamal Reyes, NP - Diabetes management - NPI 1629047105 - not accepting\n\nGroup NPI 1457382905, 2200 Larkspur Pkwy Ste 300, Boise ID 83706.\n\nLena Ortiz\nCredentialing Coordinator",
    ),
    Spec(
        phi=True,
        category="appointment reminder text-style to patient",
        notes="Hard positive: terse reminder to a personal mailbox naming the patient and an insulin pump start visit with date and time.",
        frm="Cedar Hollow Reminders <reminders@cedarhollowendo.org>",
        to="k.abernathy@yahoo.com",
        subject="Reminder: Thu 5/14 2:30pm",
        body="Kayla - pump start w/ Renata Thu 5/14 2:30. Bring your Omnipod kit + last 2 wks of sugars. Reply C to confirm. -CHEDC",
    ),
    Spec(
        phi=False,
        category="patient newsletter on thyroid awareness",
        notes="HTML newsletter on thyroid health with no individual named; general health topic.",
        frm="Cedar Hollow News <news@cedarhollowendo.org>",
        to="subscribers@lists.cedarhollowendo.org",
        subject="May newsletter: Is it your thyroid?",
        body="",
        html="<html><body><h2>Is it your thyroid?</h2><p>Fatigue, weight change and feeling cold can have many causes. A simple TSH blood test can check your thyroid.</p><p>Join Dr. Anneliese Cho for a free community talk on May 28 at the Meridian library.</p><p><small>Cedar Hollow Endocrine &amp; Diabetes Center, Boise ID. <a href='https://cedarhollowendo.org/unsubscribe'>Unsubscribe</a></small></p></body></html>",
    ),
    Spec(
        phi=True,
        category="FHIR bundle referral to surgery group",
        notes="Hard positive: FHIR bundle attachment with the patient's name, birth date, Graves disease code and methimazole; body only gives a reference.",
        frm="Referrals <referrals@cedarhollowendo.org>",
        to="referrals@treasurevalleysurgical.com",
        subject="Referral packet R-3391",
        body="Attached is the structured referral for R-3391 (thyroidectomy consult). Please schedule within 3 weeks.\n\nMaya Brandt\nReferral Coordinator"
        + SIG,
        atts=(Att("referral_R-3391.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=False,
        category="vendor invoice for lab reagents",
        notes="Hard negative: vendor invoice PDF for A1c reagent cartridges; supplies, no patient.",
        frm="Accounts Payable <ap@cedarhollowendo.org>",
        to="billing@mountainlabsupply.com",
        subject="Invoice 55821 - question on freight",
        body="Hi,\n\nOn invoice 55821 (attached) freight was charged twice. Please credit $48.00.\n\nGreta Myles\nAccounts Payable",
        atts=(
            Att(
                "MLS_invoice_55821.pdf",
                "application/pdf",
                pdf(
                    [
                        "MOUNTAIN LAB SUPPLY - INVOICE 55821",
                        "Bill to: CEDAR HOLLOW ENDOCRINE & DIABETES CENTER, Accounts Payable",
                        "A1c reagent cartridge kit (10) x 6   $1,434.00",
                        "Control solution lvl 1/2 x 2        $118.00",
                        "Freight                              $48.00",
                        "Freight                              $48.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to new PCP",
        notes="Hard positive: C-CDA document with patient name, MRN, birth date and type 2 diabetes problem list sent to a primary care office.",
        frm="Medical Records <records@cedarhollowendo.org>",
        to="records@snakeriverfamilymed.com",
        subject="Transition of care document",
        body="Per your request dated 5/6, the summary of care document is attached.\n\nMedical Records"
        + SIG,
        atts=(Att("summary_CH-0409613.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="CE course roster for staff on diabetes topics",
        notes="Hard negative: continuing-education roster with staff names next to disease topics they will present; no patients.",
        frm="Education Office <education@cedarhollowendo.org>",
        to="clinicalstaff@cedarhollowendo.org",
        subject="CE series assignments - June",
        body="June CE assignments:\n\n6/3  Diabetic ketoacidosis recognition - Jamal Reyes, NP\n6/10 Hypothyroidism in pregnancy - Dr. Anneliese Cho\n6/17 Diabetic foot ulcers - Renata Holm, RN\n6/24 Adrenal insufficiency - Dr. Ravi Sahni\n\n1.0 contact hour each. Sign in on the sheet by the door.\n\nEducation Office",
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim for CGM interpretation",
        notes="Hard positive: X12 837 claim with subscriber name, member ID, DOB, E10.65 and CGM interpretation CPT 95251.",
        frm="Billing <billing@cedarhollowendo.org>",
        to="edi@clearpathclearinghouse.com",
        subject="Resubmission batch 000000417",
        body="Batch 417 resubmitted after the NM1 fix. One claim.\n\nBilling Office",
        atts=(Att("CH_837P_000000417.x12", "application/edi-x12", X837),),
    ),
    Spec(
        phi=False,
        category="blank new patient intake form",
        notes="Hard negative: blank intake DOCX with empty fields for name, DOB and diabetes history; template only.",
        frm=FRONT,
        to="newpatient.help@cedarhollowendo.org",
        subject="Updated intake form v7",
        body="Uploaded v7 of the intake packet to the shared drive, copy attached. Fields are blank; please retire v6.\n\nFront Desk Lead",
        atts=(
            Att(
                "CH_new_patient_intake_v7.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Cedar Hollow Endocrine & Diabetes Center - New Patient Intake",
                        "Patient name: ____________________  Date of birth: ___/___/_____",
                        "Reason for referral: [ ] Diabetes  [ ] Thyroid  [ ] Osteoporosis  [ ] Other",
                        "Current medications and doses: ____________________________",
                        "Insurance member ID: ______________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient message about DKA admission",
        notes="Hard positive: forwarded patient portal message names the patient and her recent admission for diabetic ketoacidosis.",
        frm="Jamal Reyes NP <jreyes@cedarhollowendo.org>",
        to="hospitalist.group@stlukesboiseidaho.org",
        subject="FW: after my hospital stay",
        body="Hi team - forwarding below. Can someone send us her discharge summary? We'd like it before her visit Monday.\n\nJamal Reyes, NP",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Alondra Mejia <alondra.mejia03@outlook.com>",
            to="jreyes@cedarhollowendo.org",
            subject="after my hospital stay",
            body="Hi Jamal, I was in the hospital Saturday to Tuesday for DKA, they said my pump site failed. They changed my basal rates, I don't have the paper. Do I keep the new ones? - Alondra",
        ),
    ),
    Spec(
        phi=False,
        category="event invitation community diabetes walk",
        notes="Hard negative: calendar invite to the public diabetes awareness walk; event, no patient.",
        frm="Community Outreach <outreach@cedarhollowendo.org>",
        to="tvwalk.volunteers@gmail.com",
        subject="Invitation: Step Up for Diabetes walk - Sat May 30",
        body="You're invited to staff the water station at the Step Up for Diabetes walk. Details in the invite.\n\nOutreach Team",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Hollow//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:walk-20260530@cedarhollowendo.org\r\nDTSTAMP:20260508T150000Z\r\nDTSTART:20260530T150000Z\r\nDTEND:20260530T190000Z\r\nSUMMARY:Step Up for Diabetes walk - volunteer water station\r\nLOCATION:Ann Morrison Park, Boise\r\nORGANIZER:mailto:outreach@cedarhollowendo.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="insulin pump download CSV to patient's husband",
        notes="Pump download CSV and note to the patient's husband's hotmail naming her and listing glucose and bolus data.",
        frm="Renata Holm RN CDCES <rholm@cedarhollowendo.org>",
        to="dwayne.ferreira@hotmail.com",
        subject="Marisol's pump settings",
        body="Dwayne,\n\nAs Marisol asked, here is her pump export from today's visit. The new carb ratio is 1:10 at breakfast. She signed the release for you on 5/11.\n\nRenata",
        atts=(
            Att(
                "pump_export_ferreira_0511.csv",
                "text/csv",
                "time,glucose_mgdl,bolus_u,basal_u_hr\n2026-05-10 07:05,188,6.2,0.85\n2026-05-10 12:30,241,8.0,0.85\n2026-05-10 18:45,96,5.1,0.90\n2026-05-11 02:10,64,0.0,0.70\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified CGM research extract",
        notes="Hard negative: de-identified study extract with random subject codes and age bands, no dates or identifiers, sent to the university partner.",
        frm="Research Office <research@cedarhollowendo.org>",
        to="tir.study@boisestate-research.edu",
        subject="De-identified TIR extract - batch 3",
        body="Batch 3 attached, de-identified per the DUA (safe harbor, subject codes re-randomized, age in 10-year bands, no dates).\n\nNoor Haddad\nResearch Coordinator",
        atts=(
            Att(
                "tir_batch3_deid.csv",
                "text/csv",
                "subject,age_band,diabetes_type,time_in_range_pct,time_below_pct\nS-7Q2,30-39,T1,62,3.1\nS-K81,50-59,T2,74,0.8\nS-3ZD,20-29,T1,55,5.4\nS-M0P,60-69,T2,81,0.2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="osteoporosis infusion scheduling with MBI",
        notes="Hard positive: scheduling request giving a Medicare beneficiary's name, MBI and zoledronic acid infusion date.",
        frm="Infusion Scheduling <infusion@cedarhollowendo.org>",
        to="scheduling@gemstateinfusion.com",
        subject="Reclast referral",
        body="Please schedule:\n\nEdith Varga, DOB 02/11/1941, MBI 3KW7-HN2-PT48\nZoledronic acid 5 mg IV annual dose, osteoporosis M81.0\nPreferred: week of 6/1, mornings. Recent creatinine 0.9.\n\nThanks,\nInfusion Scheduling",
    ),
    Spec(
        phi=False,
        category="IT notice on phishing simulation",
        notes="Staff IT notice about phishing training; no health information about anyone.",
        frm="IT Help <ithelp@cedarhollowendo.org>",
        to="allstaff@cedarhollowendo.org",
        subject="Phishing test results and next steps",
        body="All,\n\n14% of staff clicked last month's simulated 'lab results' phish. Please complete the 10-minute refresher in the LMS by May 29. Never open attachments from unknown senders.\n\nIT Help Desk x4410",
    ),
    Spec(
        phi=True,
        category="thyroid biopsy result PDF to outside surgeon",
        notes="Pathology summary PDF with patient name, DOB and Bethesda V thyroid nodule result sent to the surgeon.",
        frm="Dr. Anneliese Cho <acho@cedarhollowendo.org>",
        to="dr.whitfield@treasurevalleysurgical.com",
        subject="FNA result for your review",
        body="Dr. Whitfield,\n\nThe FNA report for the patient we discussed is attached. I've told her to expect your office's call.\n\nAnneliese Cho, DO",
        atts=(
            Att(
                "FNA_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW ENDOCRINE & DIABETES CENTER - FNA SUMMARY",
                        "Patient: Beatrix Oyelaran   DOB 12/07/1979   MRN CH-0431170",
                        "Right thyroid nodule 2.3 cm, TI-RADS 4",
                        "Cytology: Bethesda V - suspicious for malignancy",
                        "Recommend surgical consultation.",
                    ],
                    "FNA summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document on emailing results",
        notes="Hard negative: policy DOCX on secure messaging mentions lab results and MRNs in general terms; no individual.",
        frm="Compliance <compliance@cedarhollowendo.org>",
        to="managers@cedarhollowendo.org",
        subject="Revised policy: electronic communication of results",
        body="Managers, the revised policy is attached. Key change: lab results with MRNs may only go out through the portal or the encrypted mail button.\n\nHelen Strand\nCompliance Officer",
        atts=(
            Att(
                "POL-IM-014_electronic_results_rev3.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Policy IM-014: Electronic Communication of Results (rev 3)",
                        "Purpose: protect patient lab results, medication lists and MRNs in electronic communications.",
                        "Staff must not send A1c, TSH or other results by unencrypted email.",
                        "Subject lines must never contain patient names or diagnoses.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="portal screenshot of glucose graph",
        notes="Hard positive: PNG screenshot of a patient's glucose report named after her, sent to the CGM vendor's support to troubleshoot.",
        frm="Jamal Reyes NP <jreyes@cedarhollowendo.org>",
        to="clinicalsupport@glucolinksupply.com",
        subject="Sensor gaps - see screenshot",
        body="Your sensor shows 6-hour gaps every night for this patient (serial on her receiver: GL7-20931884). Screenshot attached. Is this a known firmware issue?\n\nJamal Reyes, NP",
        atts=(Att("Nakamura_Reiko_glucose_0505-0511.png", "image/png", png(6, 4, (30, 140, 200))),),
    ),
    Spec(
        phi=False,
        category="job posting for certified diabetes educator",
        notes="Recruitment post for a CDCES position; no patient.",
        frm="Human Resources <hr@cedarhollowendo.org>",
        to="jobs@idahonursesassociation.org",
        subject="Job posting: Certified Diabetes Care & Education Specialist",
        body="Please post: Cedar Hollow Endocrine & Diabetes Center seeks a full-time CDCES (RN or RD). Pump and CGM experience preferred. Salary $78-92k. Apply at cedarhollowendo.org/careers.\n\nHR",
    ),
    Spec(
        phi=True,
        category="daily schedule sent to personal email",
        notes="Hard positive: staff member emails tomorrow's clinic schedule with patient names and visit reasons to her own gmail (misdirected/personal mailbox).",
        frm="Tasha Quinlan <tquinlan@cedarhollowendo.org>",
        to="tashaq.boise@gmail.com",
        subject="tmrw",
        body="so I can check from home\n\n8:00 Halvorsen, P - f/u hyperthyroid\n8:30 Dube, Samuel - new T2 + neuropathy\n9:00 Castellanos, Ines - gestational DM\n9:30 Weatherby, Colm - Ozempic start\n10:00 Price, Noelle - adrenal f/u",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped number",
        notes="Hard negative: purchase order to a vendor whose PO number happens to look like an SSN; supplies only.",
        frm="Purchasing <purchasing@cedarhollowendo.org>",
        to="orders@westernmedicalsupply.com",
        subject="PO 412-58-3307 - sharps containers",
        body="Please ship on PO 412-58-3307:\n\n40 x 1.4 qt sharps containers\n12 x glucose meter control solution\n\nShip to Suite 300 dock. Net 30.\n\nPurchasing",
    ),
    Spec(
        phi=True,
        category="records request response with SSN",
        notes="Release of records cover email with patient name, SSN and the endocrine records enclosed for a disability claim.",
        frm="Medical Records <records@cedarhollowendo.org>",
        to="claims@northstardisability.com",
        subject="Records - claim 88-410392",
        body="Records for your claimant are enclosed in the secure zip (password sent separately).\n\nClaimant: Darnell Whitcombe\nSSN: 518-44-2097\nRecords: endocrinology notes 2023-2026, type 1 diabetes with peripheral neuropathy and retinopathy\n\nMedical Records"
        + SIG,
    ),
    Spec(
        phi=False,
        category="zip of marketing brochures to printer",
        notes="Zip of brochure PDFs text for the print shop; general service descriptions, no patient.",
        frm="Marketing <marketing@cedarhollowendo.org>",
        to="proofs@capitalcityprint.com",
        subject="Brochure files for reprint",
        body="Zip attached with the three brochure texts. 2,000 of each, tri-fold.\n\nMarketing",
        atts=(
            Att(
                "brochures_2026.zip",
                "application/zip",
                zipped(
                    {
                        "diabetes_services.txt": "Cedar Hollow Diabetes Services: education, pump and CGM starts, nutrition counseling.",
                        "thyroid_clinic.txt": "Thyroid Clinic: ultrasound, fine-needle aspiration, radioactive iodine coordination.",
                        "bone_health.txt": "Bone Health: DEXA review, osteoporosis treatment options.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show list to care management vendor",
        notes="Hard positive: multi-sheet workbook of no-show patients with phone numbers and diabetes program to an outreach vendor.",
        frm="Care Management <caremgmt@cedarhollowendo.org>",
        to="outreach@healthbridgecalls.com",
        subject="May outreach list",
        body="Call list attached for the 'missed visit' campaign. Script B for the insulin patients.\n\nCare Management",
        atts=(
            Att(
                "outreach_may.xlsx",
                XLSX,
                xlsx(
                    {
                        "Call list": [
                            ["MRN", "Name", "Phone", "Missed visit", "Program"],
                            [
                                "CH-0398812",
                                "Abrams, Lyle",
                                "208-555-0177",
                                "2026-04-28",
                                "Insulin titration",
                            ],
                            [
                                "CH-0411045",
                                "Sutter, Joan",
                                "208-555-0178",
                                "2026-05-01",
                                "Type 2 education",
                            ],
                            [
                                "CH-0420371",
                                "Baca, Ruben",
                                "208-555-0179",
                                "2026-05-04",
                                "Insulin titration",
                            ],
                        ],
                        "Scripts": [["Script", "Use"], ["A", "Thyroid"], ["B", "Insulin"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="textbook case study with fictional patient",
        notes="Hard negative: teaching case for residents with an obviously fictional patient labelled as such.",
        frm="Dr. Ravi Sahni <rsahni@cedarhollowendo.org>",
        to="residents@idahoendofellowship.org",
        subject="Case for Friday conference",
        body="Fictional teaching case (not a real patient):\n\n'Patient X', a 34-year-old with polyuria, weight loss and glucose 480. Bicarbonate 12, anion gap 22. Discuss: DKA vs HHS, fluids, insulin drip, potassium.\n\nRavi",
    ),
    Spec(
        phi=True,
        category="html-only lab result notice with name",
        notes="Hard positive: HTML-only notice to the patient's icloud naming her and her TSH result and levothyroxine change.",
        frm="Cedar Hollow Patient Messages <noreply@cedarhollowendo.org>",
        to="ingrid.paulsen@icloud.com",
        subject="A message from your care team",
        body="",
        html="<html><body><p>Dear Ingrid Paulsen,</p><p>Your TSH from 05/06/2026 was <b>7.8 mIU/L</b> (high). Dr. Cho has increased your levothyroxine to <b>88 mcg</b> daily. Recheck in 6 weeks.</p><p>Cedar Hollow Endocrine &amp; Diabetes Center</p></body></html>",
    ),
    Spec(
        phi=False,
        category="lab courier pickup schedule",
        notes="Business mail about courier times for specimens; no patient.",
        frm="Lab <lab@cedarhollowendo.org>",
        to="dispatch@gemcouriers.com",
        subject="Courier pickup change",
        body="Starting Monday please move our afternoon specimen pickup from 3:30 to 4:15. Morning pickup unchanged.\n\nLab Supervisor",
    ),
    Spec(
        phi=True,
        category="txt attachment of dictated visit note",
        notes="Hard positive: plain-text dictation attachment with patient name, DOB, Cushing workup and medications; body is just a transcription note.",
        frm="Transcription <transcription@cedarhollowendo.org>",
        to="qa@scribeworksmedical.com",
        subject="Job 66102 - please re-check",
        body="Job 66102 has several blanks; corrected draft attached.",
        atts=(
            Att(
                "job66102.txt",
                "text/plain",
                "Patient: Oksana Bielik  DOB: 08/23/1966\nVisit: 05/07/2026, Dr. Sahni\nHPI: weight gain, easy bruising, new hypertension. Late-night salivary cortisol elevated x2.\nPlan: 1 mg dexamethasone suppression test, ACTH, MRI pituitary if ACTH-dependent.\nMeds: lisinopril 20 mg, metformin 500 mg BID.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy rep DEA and license verification",
        notes="Hard negative: prescriber DEA and NPI sent to a specialty pharmacy for account set-up; clinician identifiers only.",
        frm="Practice Manager <panand@cedarhollowendo.org>",
        to="accounts@rockyridgepharmacy.com",
        subject="Prescriber account setup",
        body="For the new prescriber account:\n\nJamal Reyes, NP  NPI 1629047105\nDEA BH4829175\nIdaho license NP-8812\n\nPriya Anand, Practice Manager",
    ),
    Spec(
        phi=True,
        category="patient balance statement to guarantor",
        notes="Statement to a parent's aol mailbox naming her son and charges for a diabetes education visit and CGM interpretation.",
        frm="Billing <billing@cedarhollowendo.org>",
        to="mbrannigan52@aol.com",
        subject="Your statement is ready",
        body="Dear Mary Brannigan,\n\nA balance of $86.20 remains for services to Owen Brannigan on 04/22/2026: diabetes self-management education (G0108) and CGM interpretation (95251). Insurance paid $311.80.\n\nPay at cedarhollowendo.org/pay or call (208) 555-0112.",
    ),
    Spec(
        phi=False,
        category="meeting invite for QI committee",
        notes="Internal committee invite with an aggregate agenda; no patient.",
        frm="Quality Analytics <quality@cedarhollowendo.org>",
        to="qicommittee@cedarhollowendo.org",
        subject="QI committee - hypoglycemia bundle review",
        body="Agenda: ED visits for hypoglycemia per 1,000 insulin users (Q1 2.3 vs 3.1), pharmacist review pilot. Invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Hollow//QI//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:qi-20260520@cedarhollowendo.org\r\nDTSTAMP:20260508T160000Z\r\nDTSTART:20260520T190000Z\r\nDTEND:20260520T200000Z\r\nSUMMARY:QI committee - hypoglycemia bundle\r\nLOCATION:Conference B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="forwarded GLP-1 prior auth denial to patient",
        notes="Hard positive: forward to patient's comcast mailbox of the payer's denial naming him, his member ID and Mounjaro for obesity.",
        frm="Teresa Vang <tvang@cedarhollowendo.org>",
        to="lpetrakis@comcast.net",
        subject="FW: determination",
        body="Mr. Petrakis, see the plan's decision below. We are filing an appeal with Dr. Sahni's notes this week.\n\nTeresa",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Utilization Management <um@idahoblueplan.com>",
            to="priorauth@cedarhollowendo.org",
            subject="PA-77390 determination: denied",
            body="Member: Leon Petrakis, ID XQP660218874\nDrug: tirzepatide (Mounjaro) 5 mg weekly\nDiagnosis: E66.01 morbid obesity, R73.03 prediabetes\nDecision: DENIED - step therapy not met.",
        ),
    ),
]
