"""Tri-River Tuberculosis Control Clinic: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, png, xlsx, zipped
from _att import pdf as make_pdf
from _spec import Att, Spec

CLINIC = "Tri-River TB Control Clinic <tbclinic@tririvertb.org>"
NURSE = "Odalys Ferrante RN <oferrante@tririvertb.org>"
MD = "Dr. Kwame Asante-Lindqvist <kasante@tririvertb.org>"
SIG = (
    "\n\nTri-River Tuberculosis Control Clinic\n2200 Levee Road, Suite 4 | 555-0160 | fax 555-0161"
)
FOOT = "\n\nThis e-mail may contain information protected by federal and state privacy laws. If you are not the intended recipient, please delete it and call 555-0160."

ORU = (
    "MSH|^~\\&|STATELAB|STPHL|TRIRIVER_EMR|TRTB|20260310084511||ORU^R01^ORU_R01|SPHL2603100117|P|2.5.1\r"
    "PID|1||TR-0048815^^^TRTB^MR||NGUYEN-ABADI^KHANH^^^^^L||19830711|M|||47 Heron Bay Ct^^Harlow^ST^61540\r"
    "OBR|1||SPHL-26-11872|543-9^Mycobacterium sp identified^LN|||20260302|||||||SPUTUM\r"
    "OBX|1|ST|11545-1^AFB smear^LN||2+ acid-fast bacilli||||||F\r"
    "OBX|2|CE|543-9^Mycobacterium sp identified^LN||M. tuberculosis complex (NAAT positive)||||||P\r"
    "OBX|3|ST|29553-5^Rifampin resistance (rpoB)^LN||Not detected||||||P\r"
)

ORU_TEST = (
    "MSH|^~\\&|TRIRIVER_EMR|TRTB|STATE_ELR|STPHL|20260311100000||ORU^R01^ORU_R01|ELRTEST-003|T|2.5.1\r"
    "PID|1||TEST000003^^^TRTB^MR||TESTPATIENT^ZZZ^^^^^L||19000101|U\r"
    "OBR|1||TEST-ACC-3|71773-6^IGRA^LN|||20260311\r"
    "OBX|1|ST|71773-6^IGRA^LN||POSITIVE (TEST DATA ONLY)||||||F\r"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*HEARTLANDCHP   *ZZ*TRIRIVERTB     *260306*1115*^*00501*000077120*0*P*:~\n"
    "GS*HP*HEARTLANDCHP*TRIRIVERTB*20260306*1115*77120*X*005010X221A1~\n"
    "ST*835*0001*005010X221A1~\n"
    "BPR*I*312.40*C*ACH*CCP*01*071000288*DA*4400187*1416802273**01*091000019*DA*22801*20260306~\n"
    "N1*PE*TRI-RIVER TB CONTROL CLINIC*XX*1032423471~\n"
    "CLP*TR26-0211*1*420.00*312.40*0*MC*2606512277*11~\n"
    "NM1*QC*1*OYELOWO*BABATUNDE****MI*HCP55018733~\n"
    "SVC*HC:99211*140.00*104.13**1~\nDTM*472*20260211~\n"
    "SVC*HC:99211*140.00*104.13**1~\nDTM*472*20260212~\n"
    "SVC*HC:99211*140.00*104.14**1~\nDTM*472*20260213~\n"
    "SE*12*0001~\nGE*1*77120~\nIEA*1*000077120~\n"
)

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "trtb-0051207", "name": [{"family": "Castellanos", "given": ["Wilmer"]}], "birthDate": "1976-05-09", "gender": "male"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/trtb-0051207"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "A15.0", "display": "Tuberculosis of lung"}]}, "note": [{"text": "MDR-TB: resistant to isoniazid and rifampin (line probe assay 2026-02-27)"}]}},
    {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": "Patient/trtb-0051207"}, "medicationCodeableConcept": {"text": "bedaquiline 200 mg TIW, pretomanid 200 mg daily, linezolid 600 mg daily"}, "status": "active"}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Tri-River TB Control Clinic - Continuity of Care Document</title>
  <recordTarget><patientRole><id extension="TR-0049230" root="2.16.840.1.113883.3.7761"/>
    <patient><name><given>Marguerite</given><family>Delacroix-Hobbs</family></name>
    <administrativeGenderCode code="F"/><birthTime value="19670214"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Latent TB infection (R76.11, IGRA positive); chronic hepatitis C</text></section></component>
    <component><section><title>Medications</title><text>Rifampin 600 mg daily (4R), started 2026-01-19 - HELD 2026-03-09</text></section></component>
    <component><section><title>Results</title><text>2026-03-06 ALT 212 U/L (H), AST 188 U/L (H), total bilirubin 1.9 mg/dL (H)</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

COHORT_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tri-River TB//Cohort//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:cohort-review-2026q1@tririvertb.org\r\nDTSTAMP:20260309T160000Z\r\n"
    "DTSTART:20260402T180000Z\r\nDTEND:20260402T200000Z\r\n"
    "SUMMARY:Q1 TB cohort review (regional)\r\nLOCATION:Video conference\r\n"
    "DESCRIPTION:Quarterly cohort review with the State TB Program. Case presentations use state case numbers only.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="DOT schedule to patient personal mailbox",
        notes="Named patient's directly observed therapy schedule with RIPE drug names, sent to his gmail.",
        frm=NURSE,
        to="hector.almanza.r@gmail.com",
        subject="Your DOT visits for the next two weeks",
        body=(
            "Hello Mr. Almanza,\n\nHere is your schedule for directly observed therapy (DOT). Our outreach "
            "worker Luz will come to your home at 7:30 am Monday through Friday, or you can use video DOT on "
            "the app.\n\nMedicines each day: isoniazid 300 mg, rifampin 600 mg, pyrazinamide 1500 mg, "
            "ethambutol 1200 mg, vitamin B6 25 mg.\n\nYour next sputum collection is Monday 3/16. If your "
            "urine looks orange, that is normal with rifampin.\n\nOdalys Ferrante, RN, Case Manager"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="3HP dose reminder by first name",
        notes="Hard positive: first name plus '3HP dose #8' (latent TB regimen) to the patient's personal mailbox.",
        frm="DOT Team <dot@tririvertb.org>",
        to="luisfer.m92@hotmail.com",
        subject="Thursday",
        body="Hi Luis! Dose #8 of 3HP is this Thursday at 5:15. Bring your pill card. Only 4 left!! - Jess, DOT team",
    ),
    Spec(
        phi=True,
        category="state lab AFB culture HL7 to treating physician",
        notes="HL7 ORU with a named patient's positive AFB smear and MTB NAAT forwarded to the treating physician.",
        frm=NURSE,
        to="pulm.office@harlowlungclinic.com",
        subject="State lab result for your patient - please call",
        body=(
            "Dr. Pasternak,\n\nThe state lab called a positive result on your patient Khanh Nguyen-Abadi "
            "(DOB 07/11/1983): sputum smear 2+ AFB, MTB complex by NAAT, no rifampin resistance detected. The HL7 "
            "result is attached. We'd like to start RIPE under DOT tomorrow and begin the contact investigation. "
            "Please call me at 555-0162.\n\nOdalys Ferrante, RN" + SIG + FOOT
        ),
        atts=(Att("SPHL2603100117.hl7", "application/hl7-v2", ORU),),
    ),
    Spec(
        phi=True,
        category="chest x-ray referral after positive IGRA",
        notes="Named patient with DOB and positive QuantiFERON referred for a chest x-ray to an imaging centre.",
        frm=CLINIC,
        to="scheduling@rivervalleyimaging.com",
        subject="CXR referral",
        body=(
            "Please schedule a 2-view chest x-ray:\n\nPatient: Svetlana Moroz\nDOB: 09/22/1990\nPhone: 555-0119\n"
            "Reason: positive QuantiFERON-TB Gold Plus (03/04/2026), asymptomatic, rule out active TB (R76.8)\n"
            "Ordering: Dr. Kwame Asante-Lindqvist, NPI 1100377294\n\nPlease fax the read to 555-0161.\n\nThank you"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="IGRA result in subject line only",
        notes="Hard positive: initial, surname, DOB and 'QFT+' appear only in the subject; the body is a one-line request.",
        frm="Odalys Ferrante RN <oferrante@tririvertb.org>",
        to="frontdesk@harlowfamilymed.org",
        subject="QFT+ - K. Mensah 04/02/1987 - needs CXR + eval",
        body="see subject - pls schedule with Dr. Lowe this week and fax us the CXR. thx, O.",
    ),
    Spec(
        phi=True,
        category="RVCT case report PDF to state TB program",
        notes="State case report PDF naming a patient with pulmonary TB, site of disease and treatment start.",
        frm=NURSE,
        to="tb.surveillance@statehealth.gov",
        subject="RVCT - new verified case",
        body="Attached is the RVCT initial report for a newly verified case (Tri-River county code 041). Follow-up 1 will be sent at 2 months.\n\nO. Ferrante, RN",
        atts=(
            Att(
                "RVCT_2026-041-007.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "TRI-RIVER TB CONTROL CLINIC - REPORT OF VERIFIED CASE OF TUBERCULOSIS",
                        "State case no. 2026-041-007    Date reported 03/10/2026",
                        "Name: NGUYEN-ABADI, Khanh    DOB 07/11/1983    Sex M",
                        "Address: 47 Heron Bay Ct, Harlow ST 61540",
                        "Site of disease: pulmonary    Sputum smear: positive    NAAT: positive",
                        "Initial regimen: INH RIF PZA EMB, start 03/11/2026, DOT",
                        "HIV status: negative (03/10/2026)",
                    ],
                    "RVCT 2026-041-007",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: the body names no one; the X12 835 carries a named Medicaid member's ID and paid DOT visits, sent to the billing vendor.",
        frm="Accounts <accounts@tririvertb.org>",
        to="posting@claimstreamrcm.com",
        subject="835 from Heartland - please post",
        body="Posting file for the 3/6 Heartland payment attached. Three DOT visits for one member; one line was short-paid by a penny, please don't write it off.\n\nAccounts",
        atts=(Att("heartland_835_77120.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Class B1 refugee follow-up to resettlement caseworker",
        notes="Named refugee client's Class B1 TB status, SSN and clinic appointment sent to the resettlement agency caseworker.",
        frm=CLINIC,
        to="casework@newhorizonsresettle.org",
        subject="TB follow-up for your client",
        body=(
            "Hi Fatima,\n\nYour client Deo Niyonzima (DOB 1995, arrived 02/20/2026) came in with a Class B1 TB "
            "notification from his overseas exam (treated TB in 2022). He needs a chest x-ray and three "
            "sputum samples. His first visit is Tuesday 3/17 at 8:30; please arrange the interpreter (Kirundi).\n\n"
            "For Medicaid billing we have SSN 538-71-0294 on file - can you confirm it matches his card?\n\nThanks"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="interpreter booking for DOT visit",
        notes="Hard positive: an interpreter request naming the patient and his TB medicines to the language-services vendor.",
        frm="DOT Team <dot@tririvertb.org>",
        to="bookings@bridgelanguageservices.com",
        subject="Nepali interpreter Tue 9am",
        body="Need a Nepali interpreter (in person) Tue 3/17 9:00-9:45 at our clinic for Mr. Tika Gurung's DOT visit and med review - he's on isoniazid/rifampin and having nausea. Same interpreter as last time if possible (Bishnu).",
    ),
    Spec(
        phi=True,
        category="isolation order enforcement letter to attorney",
        notes="Named patient with infectious TB and non-adherence, in a letter to the county attorney about a court-ordered isolation.",
        frm=MD,
        to="jwestbrook@tririvercountylaw.gov",
        subject="Petition for order of isolation - supporting declaration",
        body=(
            "Ms. Westbrook,\n\nAs requested, my declaration in support of the petition:\n\n"
            "Roderick Baines (DOB 12/03/1979) has sputum-smear-positive pulmonary tuberculosis diagnosed on "
            "02/12/2026. He has missed 9 of 20 DOT doses, left the motel where he agreed to isolate, and was "
            "seen at a shelter on 03/07. He remains infectious. Less restrictive measures have failed; I "
            "recommend an order of isolation at Riverside Medical Center until three negative sputum smears.\n\n"
            "Kwame Asante-Lindqvist, MD\nTB Control Officer" + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="scanned symptom screen text attachment",
        notes="Hard positive: body says only 'scan attached'; the OCR text file holds a named person's TB symptom screen answers.",
        frm="Front Desk <frontdesk@tririvertb.org>",
        to="intake@harlowcommunityhealth.org",
        subject="scan",
        body="scan attached as discussed",
        atts=(
            Att(
                "SCAN_0310_0932.txt",
                "text/plain",
                "TRI-RIVER TB CONTROL CLINIC   TB SYMPTOM SCREEN\r\nName: Pham Thi Lan          DOB: 3 / 8 / 1958\r\n"
                "Cough > 3 wks  [X] yes  [ ] no\r\nNight sweats   [X] yes  [ ] no\r\nWeight loss    [ ] yes  [X] no\r\n"
                "Prior TB / exposure: husband treated 2024\r\nReferred to: CXR + sputum x3   Staff: OF\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hepatotoxicity alert with C-CDA to primary care",
        notes="Named patient's elevated liver enzymes and held rifampin, with a C-CDA, sent to her primary care physician.",
        frm=MD,
        to="dr.whitford@harlowfamilymed.org",
        subject="Your patient - rifampin held for transaminitis",
        body=(
            "Dr. Whitford,\n\nFYI - we held rifampin for Marguerite Delacroix-Hobbs (DOB 02/14/1967) on 3/9: ALT 212, "
            "AST 188, bilirubin 1.9 at her week-7 check. She has chronic hep C which you are managing. We will recheck "
            "LFTs Friday and likely restart at a lower intensity. CCD attached.\n\nKwame" + SIG
        ),
        atts=(Att("CCD_TR-0049230.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="MDR-TB expert consultation FHIR bundle",
        notes="FHIR bundle with a named MDR-TB patient, ICD-10 code and BPaL regimen sent to the regional expert centre.",
        frm=MD,
        to="consult@heartlandtbcenter.org",
        subject="Consult request - MDR case",
        body=(
            "Colleagues,\n\nRequesting a consult on a new MDR-TB case, resistant to INH and RIF by line probe assay. "
            "We started BPaL on 3/2; baseline QTc 428 ms. Summary bundle attached. Can we present at Thursday's "
            "case conference?\n\nKwame Asante-Lindqvist, MD"
        ),
        atts=(Att("consult_trtb-0051207.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="return-to-work clearance to employer",
        notes="Letter to an employer naming an employee treated for TB and cleared as non-infectious.",
        frm=MD,
        to="hr@harlowpoultryproc.com",
        subject="Return to work - Mr. Oyelowo",
        body=(
            "To the Human Resources Department:\n\nBabatunde Oyelowo has been under the care of the Tri-River TB "
            "Control Clinic. He has completed the infectious period of treatment, has three negative sputum "
            "smears, and is no longer contagious. He may return to full duty on Monday, March 16, 2026. He must "
            "continue to take medication daily at work under observation until treatment ends.\n\n"
            "Kwame Asante-Lindqvist, MD, TB Control Officer" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="headerless contact list workbook to school nurse",
        notes="Hard positive: workbook without headers listing students exposed in a TB contact investigation, with TST dates and results.",
        frm=NURSE,
        to="nurse.ridgeviewms@pinecrestusd.org",
        subject="Ridgeview contacts - round 1 + round 2",
        body="Ann - both rounds in the file. Tab 2 = the ones we still need to test at 8 weeks. Call me re the two positives.",
        atts=(
            Att(
                "rvms_ci.xlsx",
                XLSX,
                xlsx(
                    {
                        "r1": [
                            ["Deshawn Pike", "7B", "3/2", "0 mm"],
                            ["Emilia Zoric", "7B", "3/2", "12 mm"],
                            ["Caleb Ferro", "7B", "3/2", "0 mm"],
                            ["Nia Oduya", "7C", "3/3", "16 mm"],
                        ],
                        "r2 due 4-27": [
                            ["Deshawn Pike", "7B"],
                            ["Caleb Ferro", "7B"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rifapentine prescription to pharmacy",
        notes="Prescription for a named patient with DOB and LTBI diagnosis, including the prescriber's DEA and NPI, sent to a pharmacy.",
        frm=MD,
        to="rx@levee-roadpharmacy.com",
        subject="Rx for pickup - 3HP",
        body=(
            "Patient: Lucinda Marchetti    DOB: 10/05/1972\nDx: latent TB infection (R76.11)\n\n"
            "Rifapentine 150 mg tabs: 900 mg (6 tabs) once weekly x 12 weeks, #72\n"
            "Isoniazid 300 mg tabs: 900 mg (3 tabs) once weekly x 12 weeks, #36\n"
            "Pyridoxine 50 mg once weekly, #12\n\n"
            "Prescriber: Kwame Asante-Lindqvist, MD  NPI 1100377294  DEA FR0281991\n"
        ),
    ),
    Spec(
        phi=True,
        category="sputum result to patient's daughter",
        notes="Hard positive: daughter told that her mother Almaz's sputum was negative again and home masking can stop.",
        frm=NURSE,
        to="hiwot.tesfaye@hotmail.com",
        subject="RE: mom",
        body=(
            "Hi Hiwot,\n\nGood news - your mom's sputum from Monday was negative again, that's three in a row. "
            "Dr. Asante says Almaz can stop wearing the mask at home and the little ones can visit. She still "
            "needs every dose of her medicine through August.\n\nOdalys"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted contact line list to state epidemiologist",
        notes="Password-protected zip of a contact line list; the body gives the index case's clinic MRN and the contact count.",
        frm=NURSE,
        to="tb.epi@statehealth.gov",
        subject="CI line list - state case 2026-041-007",
        body=(
            "Dr. Feld,\n\nEncrypted line list for the contact investigation around MRN TR-0048815 (state case 2026-041-007) "
            "attached: 23 household, workplace and congregate contacts. Password by phone as usual.\n\nOdalys"
        ),
        atts=(
            Att(
                "CI_2026-041-007.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "contacts.csv": "name,dob,setting,tst1,result\nTrang Nguyen,1985-02-11,household,2026-03-11,pending\nBao Nguyen-Abadi,2015-06-30,household,2026-03-11,pending\n",
                    },
                    "H3ronBay!41",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of chest x-ray reads for radiology over-read",
        notes="Zip of three named patients' chest x-ray reports sent to a contracted radiologist for over-read.",
        frm=CLINIC,
        to="reads@prairieteleradiology.com",
        subject="Over-read request - 3 CXRs (TB clinic)",
        body="Please over-read the three attached CXRs from last week's contact clinic. Patients: Emilia Zoric, Nia Oduya, Trang Nguyen (all TST/IGRA positive). Images are on the PACS share under the same accession numbers.",
        atts=(
            Att(
                "cxr_reports_wk10.zip",
                "application/zip",
                zipped(
                    {
                        "ACC7741_Zoric_Emilia.txt": "CXR PA/LAT 03/05/2026: lungs clear. No hilar adenopathy. Impression: normal.\n",
                        "ACC7742_Oduya_Nia.txt": "CXR PA/LAT 03/05/2026: possible right hilar fullness. Impression: recommend CT.\n",
                        "ACC7750_Nguyen_Trang.txt": "CXR PA/LAT 03/06/2026: small calcified granuloma left upper lobe.\n",
                    }
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="World TB Day aggregate press release",
        notes="Hard negative: case counts and completion rates for the region with no individual.",
        frm="Communications <news@tririvertb.org>",
        to="editor@harlowdailyherald.com",
        subject="World TB Day: Tri-River reports 32 cases in 2025",
        body=(
            "For release March 24 (World TB Day)\n\nTri-River TB Control Clinic treated 32 people with active TB "
            "disease in 2025, up from 27 in 2024; 4 were children under 15 and 2 had drug-resistant TB. 94% of "
            "patients completed treatment. The clinic also treated 611 people for latent TB infection.\n\n"
            "Free TB testing is available Monday to Friday, 8-4."
        ),
    ),
    Spec(
        phi=False,
        category="health care worker TB screening policy",
        notes="Hard negative: policy document with example form fields ('Employee name', 'IGRA result'); no individual.",
        frm=MD,
        to="infection.prevention@riversidemedctr.org",
        subject="Updated HCW TB screening policy - for your review",
        body=(
            "Hi Grace,\n\nAttached is our draft policy aligning with the CDC 2019 HCW recommendations: baseline "
            "screening with IGRA, individual risk assessment, no routine annual testing unless exposure. The "
            "form in appendix A has fields for employee name, IGRA result and CXR date - these are just the "
            "template.\n\nKwame"
        ),
        atts=(
            Att(
                "HCW_TB_screening_policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Health Care Personnel TB Screening - Policy IC-07 (draft v3)",
                        "1. Baseline screening at hire: symptom evaluation, risk assessment, IGRA.",
                        "2. Annual testing is not recommended unless exposure or ongoing transmission.",
                        "Appendix A form fields: Employee name | Department | IGRA date | IGRA result | CXR date | Cleared by",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="rifapentine shortage notice",
        notes="Hard negative: drug shortage advisory to prescribers with drug names and doses; no patient.",
        frm=MD,
        to="ltbi-prescribers@lists.tririvertb.org",
        subject="Rifapentine (Priftin) supply interruption",
        body=(
            "Colleagues,\n\nThe manufacturer reports intermittent rifapentine supply through May. For new LTBI "
            "starts, please use 4R (rifampin 10 mg/kg daily x 4 months) or 3HR instead of 3HP. Patients already "
            "on 3HP should finish; our clinic holds a reserve for them.\n\nK. Asante-Lindqvist, MD"
        ),
    ),
    Spec(
        phi=False,
        category="worksite contact investigation notice without names",
        notes="Hard negative: notice to an employer that a person with TB spent time at the site, deliberately without naming or describing them.",
        frm=NURSE,
        to="safety@greatriverlogistics.com",
        subject="TB screening for some of your staff",
        body=(
            "Dear Safety Manager,\n\nA person with infectious tuberculosis spent time at your warehouse during "
            "January and February. To protect privacy we cannot share who the person is. We will offer free "
            "testing to employees who shared the night-shift break room. We'll hold an on-site clinic on "
            "March 18 and 20 and bring information sheets in English, Spanish and Somali.\n\nOdalys Ferrante, RN"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="lab supply order",
        notes="Order of IGRA collection kits from a supplier; no patient.",
        frm="Accounts <accounts@tririvertb.org>",
        to="orders@medlinksupplyco.com",
        subject="PO 2026-0318",
        body="Please ship: QFT-Plus blood collection tubes x 20 packs, PPD tuberculin 5 mL vials x 30, 27G tuberculin syringes x 10 boxes. Ship to 2200 Levee Road, Suite 4. Net 30.",
    ),
    Spec(
        phi=False,
        category="staff annual TB testing notice",
        notes="Hard negative: workforce notice about staff TB screening dates; no individual's result.",
        frm="Clinic Manager <manager@tririvertb.org>",
        to="staff@tririvertb.org",
        cc="hr@tririvercounty.gov",
        subject="Staff TB screening week",
        body="Staff screening is March 23-27. Bring your badge. If you had a positive test before, you only need the symptom questionnaire - do not get another skin test.",
    ),
    Spec(
        phi=False,
        category="outreach worker job posting",
        notes="Hard negative: job ad for a DOT outreach worker describing TB duties; no patient.",
        frm="Clinic Manager <manager@tririvertb.org>",
        to="jobs@harlowworkforcecenter.org",
        subject="Job posting: Community Health Worker (DOT)",
        body=(
            "Please share: Community Health Worker - Directly Observed Therapy. Full time, $22.40/hr, mileage paid. "
            "Visit patients with TB at home or work to watch them take their medicines, collect sputum samples, "
            "and connect families to services. Must have a car. Nepali, Somali or Karen a plus."
        ),
        atts=(Att("dot_chw_flyer.png", "image/png", png(8, 6, (30, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="test patient for electronic lab reporting validation",
        notes="Hard negative: ELR validation HL7 with a declared TESTPATIENT in processing mode T; no real person.",
        frm="Tri-River IT <it@tririvertb.org>",
        to="elr.onboarding@statehealth.gov",
        subject="ELR validation - test message 3",
        body="Attached test message 3 (TESTPATIENT^ZZZ, MSH-11 = T) with the corrected LOINC for IGRA. Please confirm it parses so we can schedule the production switch.",
        atts=(Att("ELRTEST-003.hl7", "application/hl7-v2", ORU_TEST),),
    ),
    Spec(
        phi=False,
        category="de-identified cohort extract for research partner",
        notes="Hard negative: study IDs, age bands, year of diagnosis and outcomes only, two sheets; no identifiers.",
        frm=MD,
        to="tb.research@heartlandtbcenter.org",
        subject="De-identified cohort 2021-2025",
        body="Attached the de-identified cohort per our data sharing agreement: random study IDs, 10-year age bands, year of diagnosis, outcome. Dates and places removed. Key stays with us.",
        atts=(
            Att(
                "trtb_cohort_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "cases": [
                            ["study_id", "age_band", "sex", "dx_year", "site", "outcome"],
                            ["S-0081", "30-39", "M", 2023, "pulmonary", "completed"],
                            ["S-0112", "60-69", "F", 2024, "extrapulmonary", "completed"],
                            ["S-0140", "20-29", "M", 2025, "pulmonary", "on treatment"],
                        ],
                        "summary": [
                            ["year", "cases", "completed %"],
                            [2023, 29, 93.1],
                            [2024, 27, 96.3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pulmonologist speaker introduction",
        notes="Hard negative: introduction of a consulting pulmonologist and her MDR-TB experience; no patient.",
        frm="Clinic Manager <manager@tririvertb.org>",
        to="events@stateruralhealthassoc.org",
        subject="Speaker for your May webinar",
        body=(
            "Hi Dana,\n\nDr. Priya Raman-Oakes, pulmonologist (NPI 1967862099), consults for our clinic on drug-"
            "resistant TB and nontuberculous mycobacterial lung disease. She'd be glad to speak on 'TB in rural "
            "primary care' on May 14.\n\nBest,\nClinic Manager"
        ),
    ),
    Spec(
        phi=False,
        category="civil surgeon referral directory",
        notes="Hard negative: list of civil surgeons with NPIs for immigration exams; provider identifiers only.",
        frm=CLINIC,
        to="info@newhorizonsresettle.org",
        subject="Civil surgeons in our area (updated)",
        body=(
            "Updated list of designated civil surgeons for I-693 exams:\n\n"
            "- Dr. Aurelio Banda, Harlow Family Medicine - NPI 1763795626\n"
            "- Dr. Ingrid Solvang, Levee Urgent Care - NPI 1213149184\n\n"
            "Both send positive IGRA results to us for follow-up, free of charge." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="fax number change notice",
        notes="Administrative notice of a new fax number; no patient.",
        frm=CLINIC,
        to="referring-offices@lists.tririvertb.org",
        subject="New fax number effective March 16",
        body="Our fax number changes to 555-0161 on March 16. The old number will forward for 30 days. Please update your referral templates.",
    ),
    Spec(
        phi=False,
        category="grant budget workbook to county finance",
        notes="Budget spreadsheet for the TB grant; no patient.",
        frm="Accounts <accounts@tririvertb.org>",
        to="grants@tririvercounty.gov",
        subject="TB elimination grant - FY27 budget draft",
        body="Draft budget attached. Main change is the second CHW position and the video DOT licences.",
        atts=(
            Att(
                "FY27_TB_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Budget": [
                            ["Line", "FY26", "FY27"],
                            ["Personnel", 412000, 468500],
                            ["Video DOT licences", 6000, 9600],
                            ["Incentives and enablers", 8000, 8000],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="quarterly cohort review meeting invite",
        notes="Hard negative: cohort review invite stating presentations use state case numbers only; no patient details.",
        frm=NURSE,
        to="tb.program@statehealth.gov",
        subject="Q1 cohort review - April 2",
        body="Invite attached for Q1 cohort review. We'll present 7 cases; slides will use state case numbers only.",
        ics=COHORT_ICS,
    ),
    Spec(
        phi=False,
        category="latent TB patient education handout",
        notes="Hard negative: general handout on latent TB and treatment options for a community partner; no individual.",
        frm="Health Educator <education@tririvertb.org>",
        to="programs@harlowadulted.org",
        subject="Handout for your ESL class",
        body="As promised, the plain-language handout on latent TB. Feel free to print as many as you need.",
        atts=(
            Att(
                "latent_TB_what_to_know.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "TRI-RIVER TB CONTROL CLINIC - LATENT TB: WHAT TO KNOW",
                        "Latent TB means TB germs are asleep in your body. You are not sick and cannot spread it.",
                        "Treatment (3 or 4 months of pills) stops it from becoming TB disease later.",
                        "Testing and treatment at our clinic are free. Call 555-0160.",
                    ],
                    "Latent TB handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="x-ray unit service report with device serials",
        notes="Hard negative: equipment service report with device serial numbers not tied to any patient.",
        frm="Clinic Manager <manager@tririvertb.org>",
        to="service@plainsimagingservice.com",
        subject="RE: PM visit - DR panel SN 88K-40217",
        body="Thanks for the PM visit. Confirming the generator (SN GX-2219-0457) and the DR panel (SN 88K-40217) passed. Please send the dose calibration certificate for our state registration.",
    ),
    Spec(
        phi=False,
        category="testing hours reply to member of public",
        notes="Reply to a personal mailbox with general testing hours and fees; says nothing about the person's health.",
        frm=CLINIC,
        to="b.kowalczyk.home@gmail.com",
        subject="RE: TB test hours",
        body="Hello,\n\nTB testing is walk-in Monday-Friday 8-4 (no testing Thursday afternoons). A skin test needs a second visit 48-72 hours later; a blood test is one visit. Both are free for county residents; employment tests are $25.\n\nTri-River TB Control Clinic",
    ),
    Spec(
        phi=False,
        category="forwarded vendor video DOT contract note",
        notes="Forward of a vendor's renewal quote for video DOT software; no patient.",
        frm="Clinic Manager <manager@tririvertb.org>",
        to="purchasing@tririvercounty.gov",
        subject="FW: emocha renewal quote",
        body="Forwarding the renewal quote for purchasing review. BAA is already on file from 2024 and does not change.",
        forward=Spec(
            phi=False,
            category="vendor quote (forwarded)",
            notes="inner",
            frm="Account Team <accounts@vdotsoftware.com>",
            to="manager@tririvertb.org",
            subject="Renewal quote 2026-27",
            body="Renewal for 40 patient licences at $20/month, 12 months: $9,600. Price locked if signed by April 30.",
        ),
    ),
]
