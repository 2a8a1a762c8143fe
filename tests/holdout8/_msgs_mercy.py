# ruff: noqa: E501  (CSV rows, HL7/X12 segments and HTML rows are kept on one line as sent)
"""Mercy Valley Medical Center, Health Information Management and Release of Information: ROI
specialists, coders, CDI, the privacy officer, the HIM director and clerks (PHI and not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, ics, pdf, png, xlsx
from _spec import MVM, Att, Spec, d

BRI = f"Brianna Kowalski <bkowalski@{MVM}>"
ROI = f"Release of Information <roi@{MVM}>"
GLORIA = f"Gloria Ashby <gashby@{MVM}>"
HARUTO = f'"Haruto Sato, CCS" <hsato@{MVM}>'
FATIMA = f'"Fatima Al-Sayed RN, CCDS" <falsayed@{MVM}>'
DEREK = f"Derek Lindqvist <privacy@{MVM}>"
JP = f"Juan Pablo Reyes <jpreyes@{MVM}>"
TANYA = f"Tanya Brooks <tbrooks@{MVM}>"

SIG_ROI = d("""
    Brianna Kowalski, RHIT | Release of Information Specialist
    Health Information Management | Mercy Valley Medical Center
    p 651-555-0310 | f 651-555-0311
    This e-mail and any attachments may contain protected health information. If you are not
    the intended recipient, notify the sender and destroy all copies.
    """)

GREER_ZIP = encrypted_zip(
    {
        "Greer_Samantha_MVMC_records.txt": d("""
            MERCY VALLEY MEDICAL CENTER - CERTIFIED COPY
            Patient: Samantha Greer  DOB 09/22/1986  MRN 00791553
            Admission 03/02/2026 - Discharge 03/09/2026
            Discharge diagnosis: Closed fracture of left tibial plateau (S82.142A), s/p ORIF 03/03
            Secondary: Concussion without LOC; acute blood loss anemia
            Operative note, discharge summary, PT notes, radiology (pages 1-212)
            """),
    },
    "Mv!2026-RG",
)

ROI_INVOICE = pdf(
    [
        "MERCY VALLEY MEDICAL CENTER - HEALTH INFORMATION MANAGEMENT",
        "Release of Information Invoice   INV-ROI-26-11842",
        "",
        "Bill to: Hartwell & Brooks LLP, 220 S 6th St, Minneapolis MN",
        "Requester ref: HB-2291",
        "Patient: Samantha Greer        DOB: 09/22/1986",
        "Records: inpatient stay 03/02/2026-03/09/2026, radiology images (CD)",
        "",
        "Search/retrieval fee                        $25.00",
        "Copies, 212 pages @ $0.50 (state max)      $106.00",
        "CD of images                                $10.00",
        "Total due                                  $141.00",
        "",
        "Pay within 30 days. Tax ID 41-0739922.",
    ],
    "ROI Invoice INV-ROI-26-11842",
)

CUSTODIAN_DOCX = docx(
    [
        "CERTIFICATION OF CUSTODIAN OF RECORDS",
        "Mercy Valley Medical Center, Health Information Management",
        "Re: Subpoena duces tecum, Hennepin County District Court No. 27-CV-26-10455",
        "Patient: Marcus Delacroix-Whitby   DOB 01/05/1972",
        "I, Gloria Ashby, RHIA, certify that the enclosed 64 pages are true copies of the "
        "emergency department records of the above patient for the visit of 06/14/2026 "
        "(motor vehicle collision; cervical strain; blood alcohol 0.11), kept in the regular "
        "course of business.",
        "Signed: ____________________  Date: 11/11/2026",
    ]
)

DEFICIENCY_CSV = d("""
    physician,mrn,pt_initials,discharge_date,missing_item,days_open
    Okonjo A,00784412,L.M.,2026-10-19,Discharge summary,23
    Okonjo A,00790018,R.T.,2026-10-22,Op note signature,20
    Varga K,00772290,S.P.,2026-10-24,H&P co-signature,18
    Varga K,00793375,J.W.,2026-10-25,Discharge summary,17
    Lindgren M,00781164,A.B.,2026-10-27,Verbal order auth,15
    """)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="MVMC-CCD-558201"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Mercy Valley Medical Center - Continuity of Care Document</title>
  <effectiveTime value="20261110"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5" extension="00766204"/>
    <addr><streetAddressLine>5120 Cedar Lake Rd</streetAddressLine><city>St. Louis Park</city>
      <state>MN</state><postalCode>55416</postalCode></addr>
    <telecom value="tel:+1-952-555-0126"/>
    <patient><name><given>Lorraine</given><family>Haugen</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19580307"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Atrial fibrillation (I48.91); Type 2 diabetes (E11.9); CKD stage 3a (N18.31)</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>Apixaban 5 mg BID; metformin 500 mg BID; metoprolol succinate 50 mg daily</text>
    </section></component>
    <component><section><title>Encounters</title>
      <text>Inpatient 10/28/2026-11/01/2026, AFib with RVR</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "mvmc-00788130",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "00788130"}],
      "name": [{"family": "Szabo", "given": ["Imre"]}],
      "birthDate": "1939-12-02", "gender": "male"}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/mvmc-00788130"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I63.512",
        "display": "Cerebral infarction due to occlusion of left middle cerebral artery"}]}}},
    {"resource": {"resourceType": "MedicationStatement", "subject": {"reference": "Patient/mvmc-00788130"},
      "medicationCodeableConcept": {"text": "clopidogrel 75 mg daily"}, "status": "active"}},
    {"resource": {"resourceType": "Encounter", "subject": {"reference": "Patient/mvmc-00788130"},
      "status": "finished", "period": {"start": "2026-11-03", "end": "2026-11-11"},
      "hospitalization": {"dischargeDisposition": {"text": "Skilled nursing facility"}}}}
  ]
}
"""

ROI_LOG_XLSX = xlsx(
    {
        "Oct log": [
            ["Req #", "Received", "Patient", "MRN", "Requester", "Type", "Status", "Pages"],
            ["R-26-10311", "10/02/2026", "Gutierrez, Ana", "00770341", "State Farm", "Auto claim", "Released", 88],
            ["R-26-10327", "10/05/2026", "Pruitt, Darnell", "00759027", "Sunfield Life", "Disability", "Partial - psych notes withheld", 142],
            ["R-26-10340", "10/09/2026", "Lindahl, Erik", "00792266", "SSA DDS", "Disability", "Released", 310],
            ["R-26-10355", "10/14/2026", "Mwangi, Grace", "00781990", "Patient", "Self", "Released", 24],
        ],
        "Pending": [
            ["Req #", "Patient", "Issue"],
            ["R-26-10388", "Castellano, Rita", "Authorization expired"],
            ["R-26-10392", "Yazzie, Nathan", "Part 2 SUD records - needs specific consent"],
        ],
    }
)

X12_837I = (
    "ISA*00*          *00*          *ZZ*MERCYVALLEY    *ZZ*CLEARPATHRCM   *261111*0915*^*00501*"
    "000018820*0*P*:~\n"
    "GS*HC*MERCYVALLEY*CLEARPATHRCM*20261111*0915*18820*X*005010X223A2~\n"
    "ST*837*0001*005010X223A2~\n"
    "BHT*0019*00*MV18820*20261111*0915*CH~\n"
    "NM1*85*2*MERCY VALLEY MEDICAL CENTER*****XX*1007244324~\n"
    "HL*2*1*22*0~\nSBR*P*18*GRP8812******CI~\n"
    "NM1*IL*1*ACHTERBERG*WILLEM****MI*NHP448120993~\n"
    "N3*77 LAUREL AVE~\nN4*ST PAUL*MN*55102~\nDMG*D8*19610418*M~\n"
    "CLM*00795520A*48210.55***11:A:1**A*Y*Y~\n"
    "DTP*434*RD8*20261026-20261101~\n"
    "HI*ABK:A419*ABF:N179*ABF:E872~\n"
    "HI*BBR:0DTJ4ZZ:D8:20261027~\n"
    "SE*13*0001~\nGE*1*18820~\nIEA*1*000018820~\n"
)

TRANSCRIPTION_TXT = d("""
    Correction request - Mercy Valley HIM
    Job #448120   Dictated 11/09/2026 by Dr. K. Varga (Hospitalist)
    Patient: Yusuf Ahmadi   MRN 00794418   Rm 5N-22
    Line 14: "history of hypotension" should read "history of hypertension"
    Line 31: "lisinopril 40 mg" should read "lisinopril 20 mg"
    Please correct and re-send to the EHR interface today; chart is held for the DS.
    """)

QA_CHECKLIST_PDF = pdf(
    [
        "MERCY VALLEY MEDICAL CENTER - HIM RELEASE QA CHECKLIST",
        "",
        "[ ] Authorization valid, signed, not expired",
        "[ ] Requested date range matches what is being released",
        "[ ] Psychotherapy notes excluded unless specifically authorized",
        "[ ] 42 CFR Part 2 records: consent names recipient",
        "[ ] Second identifier verified on every page",
        "[ ] Accounting of disclosures entry created",
    ],
    "Release QA checklist",
)

POLICY_DOCX = docx(
    [
        "Mercy Valley Medical Center Policy HIM-204: Release of Information",
        "Purpose: to describe how protected health information is disclosed from the legal "
        "medical record.",
        "1. Valid authorizations must include the patient's signature, a description of the "
        "information, the recipient, the purpose and an expiration date or event.",
        "2. Psychotherapy notes, HIV test results and substance use disorder treatment records "
        "(42 CFR Part 2) require specific authorization.",
        "3. Requests are completed within 15 business days; patients' own requests within 30 "
        "days as required by 45 CFR 164.524.",
        "4. Fees follow Minn. Stat. 144.292 and are reviewed each January.",
        "Owner: Director, HIM. Effective 12/01/2026.",
    ]
)

PRODUCTIVITY_XLSX = xlsx(
    {
        "Coder productivity": [
            ["Coder", "Inpatient charts", "Hours", "Charts/hr", "Accuracy %"],
            ["H. Sato", 412, 148, 2.78, 97.1],
            ["R. Mendez", 388, 151, 2.57, 95.4],
            ["T. Brooks", 301, 120, 2.51, 96.8],
            ["Contract (Ovation)", 520, 0, 0, 94.9],
        ],
        "DRG mix": [
            ["MS-DRG", "Description", "Cases"],
            [871, "Septicemia w/o MV >96 hrs w MCC", 64],
            [291, "Heart failure and shock w MCC", 51],
            [470, "Major joint replacement w/o MCC", 88],
            [885, "Psychoses", 39],
        ],
    }
)

DEID_CSV = d("""
    study_id,age_band,sex,zip3,admit_year,los_days,principal_dx,readmit_30d
    S0001,65-69,F,554,2025,4,I50.23,0
    S0002,80-84,M,553,2025,7,J18.9,1
    S0003,90+,F,551,2025,3,N39.0,0
    S0004,50-54,M,554,2026,2,K35.80,0
    S0005,70-74,F,550,2026,6,I50.33,1
    """)

SHRED_PDF = pdf(
    [
        "CERTIFICATE OF DESTRUCTION - IronGate Secure Shredding",
        "Customer: MERCY VALLEY MEDICAL CENTER - HIM",
        "Service date: 11/05/2026   Certificate #: IG-558107",
        "Material: 46 boxes paper medical records, retention expired (discharges 2011-2012)",
        "Method: cross-cut shredding, NAID AAA certified facility",
        "Witness: J. P. Reyes (customer)",
    ],
    "Certificate of Destruction IG-558107",
)

SCANNER_PNG = png(8, 5, (30, 60, 160))

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="roi_attorney_encrypted_zip",
        notes="ROI fulfilment to a law firm: body names the client-patient, DOB and dates of the "
        "hospital stay; records in a password-protected zip.",
        frm=BRI,
        to="Records Dept <records@hartwellbrooks-law.com>",
        subject="Your ref HB-2291 - records ready",
        body=d("""
            Hello,

            Attached are the certified records for your client Samantha Greer (DOB 09/22/1986),
            inpatient stay 03/02/2026-03/09/2026, 212 pages. Images will follow on CD by mail.
            The password will come in a separate email. Invoice to follow.

            """) + SIG_ROI,
        atts=(Att("HB-2291_records.zip", "application/zip", GREER_ZIP),),
    ),
    Spec(
        phi=True,
        category="roi_password_followup",
        notes="Hard positive: password follow-up that still names the patient whose records "
        "were released.",
        frm=BRI,
        to="Records Dept <records@hartwellbrooks-law.com>",
        subject="pw",
        body="Password for the Samantha Greer records zip (inpatient 3/2-3/9): Mv!2026-RG\n\n"
        "Brianna",
    ),
    Spec(
        phi=True,
        category="roi_invoice_pdf",
        notes="Hard positive: ROI invoice PDF naming the patient, DOB and hospital stay dates; "
        "reads like a vendor invoice.",
        frm=f"HIM Billing <himbilling@{MVM}>",
        to="ap@hartwellbrooks-law.com",
        subject="Invoice INV-ROI-26-11842",
        body="Please find invoice INV-ROI-26-11842 attached. Thank you.",
        atts=(Att("INV-ROI-26-11842.pdf", "application/pdf", ROI_INVOICE),),
    ),
    Spec(
        phi=True,
        category="subpoena_custodian_docx",
        notes="Custodian certification DOCX for a subpoena: patient name, DOB, ED visit, "
        "diagnosis and blood alcohol.",
        frm=GLORIA,
        to="Kyle Brennan <kbrennan@lindqvist-defense.com>",
        subject="Subpoena 27-CV-26-10455 - certification",
        body="Mr. Brennan,\n\nThe signed certification is attached; records were sent by "
        "courier today. Note the ED record only; no inpatient stay exists.\n\nGloria Ashby, "
        "RHIA\nDirector, Health Information Management",
        atts=(Att("Custodian_Certification_27-CV-26-10455.docx", DOCX, CUSTODIAN_DOCX),),
    ),
    Spec(
        phi=True,
        category="coding_query_internal",
        notes="Coding query to a physician with MRN, account number, sepsis documentation and "
        "lab values.",
        frm=HARUTO,
        to=f"Dr. Adaeze Okonjo <aokonjo@{MVM}>",
        subject="Query - MRN 00784412",
        body=d("""
            Dr. Okonjo,

            Acct 5561230 / MRN 00784412 (disch 10/19). The progress notes document "sepsis"
            with lactate 4.1 and MAP 58 on 10/14, but the discharge summary lists "UTI" only.
            Please clarify in the record:
              [ ] Severe sepsis with septic shock
              [ ] Sepsis without organ dysfunction
              [ ] Sepsis ruled out
              [ ] Other / unable to determine

            Thanks,
            Haruto Sato, CCS - Inpatient Coding
            """),
    ),
    Spec(
        phi=True,
        category="cdi_pending_queries_html",
        notes="HTML-only CDI worklist table: room numbers, MRNs, patient surnames and working "
        "diagnoses.",
        frm=FATIMA,
        to=f"Hospitalist Group <hospitalists@{MVM}>",
        subject="Open CDI queries - please answer before d/c",
        body="",
        html=d("""
            <html><body>
            <p>Good morning, these are still open:</p>
            <table border="1" cellspacing="0" cellpadding="3">
            <tr><th>Room</th><th>Pt</th><th>MRN</th><th>Question</th></tr>
            <tr><td>4W-12</td><td>Bjornstad</td><td>00795102</td><td>Acute on chronic systolic HF? BNP 2,140</td></tr>
            <tr><td>5N-08</td><td>Ekwueme</td><td>00795377</td><td>Malnutrition severity - albumin 2.1, dietitian note</td></tr>
            <tr><td>5N-22</td><td>Ahmadi</td><td>00794418</td><td>Acute kidney injury vs CKD progression</td></tr>
            <tr><td>ICU-3</td><td>Lachance</td><td>00795640</td><td>Acute respiratory failure w/ hypoxia?</td></tr>
            </table>
            <p>Fatima, CDI x4417</p>
            </body></html>
            """),
    ),
    Spec(
        phi=True,
        category="deficiency_list_initials_csv",
        notes="Hard positive: record deficiency CSV with MRNs, patient initials and discharge "
        "dates.",
        frm=TANYA,
        to=f"Medical Staff Office <medstaff@{MVM}>",
        subject="Delinquent records > 14 days",
        body="Weekly delinquency list attached. Dr. Okonjo is at 2 and will hit suspension "
        "Friday if the DS isn't done.\n\nTanya Brooks\nHIM Analyst",
        atts=(Att("delinquent_records_111126.csv", "text/csv", DEFICIENCY_CSV),),
    ),
    Spec(
        phi=True,
        category="amendment_response_patient",
        notes="Response to a patient's amendment request at aol.com: name, allergy in record, "
        "date of visit.",
        frm=DEREK,
        to="rfontaine1954@aol.com",
        subject="Your request to amend your health record",
        body=d("""
            Dear Mr. Fontaine,

            We received your request dated October 30, 2026 to amend your medical record from
            your September 18 emergency department visit. You asked that the allergy list show
            a penicillin allergy of "rash" rather than "anaphylaxis."

            Dr. Nkemelu reviewed the request and agreed. The record now reads "penicillin -
            rash (2019)". We have notified Lakeshore Family Medicine as you asked.

            Derek Lindqvist, CHPC
            Privacy Officer, Mercy Valley Medical Center
            """),
    ),
    Spec(
        phi=True,
        category="patient_access_ccda",
        notes="Patient right-of-access reply to a patient's gmail with a C-CDA (problems, meds, "
        "encounter, address, DOB).",
        frm=ROI,
        to="lorraine.haugen@gmail.com",
        subject="Your requested health summary",
        body="Hi Lorraine,\n\nAs requested, your continuity of care document from your October "
        "stay is attached. The full chart copy (paper) will be ready for pickup Friday at the "
        "HIM window, lower level.\n\nRelease of Information\nMercy Valley Medical Center",
        atts=(Att("CCD_Haugen_L.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="snf_transfer_fhir",
        notes="Hard positive: FHIR Bundle to a skilled nursing facility: patient, MRN, DOB over 85, stroke "
        "diagnosis, medication, discharge.",
        frm=ROI,
        to="admissions@willowcreekcare.com",
        subject="Records for admission today",
        body="Records for this afternoon's admission from 6 South attached (FHIR bundle, your "
        "intake team asked for the JSON). Call 651-555-0310 with questions.",
        atts=(Att("transfer_bundle_00788130.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="privacy_complaint_forward",
        notes="Hard positive: Privacy officer forwards a patient's complaint (rfc822) about her discharge "
        "papers being handed to another patient.",
        frm=DEREK,
        to=f"Nurse Manager 3 East <3east-mgr@{MVM}>",
        subject="Fwd: discharge papers",
        body="Karen - please see the complaint below. I need the names of who was working 3 East "
        "discharge on 11/6 afternoon by tomorrow; this will be logged as a potential breach.\n\n"
        "Derek",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Denise Lattimore <dlattimore62@hotmail.com>",
            to=f"privacy@{MVM}",
            subject="discharge papers",
            body="I was discharged Nov 6 after my gallbladder surgery and the papers in my "
            "folder were for another woman (her name, birthday and her heart medications). "
            "That means someone got mine. My phone is 651-555-0184. Denise Lattimore",
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_records_request",
        notes="Hard positive: subject-only internal note naming a patient and an ED visit date.",
        frm=JP,
        to=BRI,
        subject="Okonkwo, Chidi - DOS 10/22 ED - atty req in the scan queue",
        body="",
    ),
    Spec(
        phi=True,
        category="filename_only_psych",
        notes="Hard positive: PHI only in the attachment file name (patient name + psych "
        "records); body and PDF are generic.",
        frm=BRI,
        to=f"Tanya Brooks <tbrooks@{MVM}>",
        subject="QA before release pls",
        body="Can you QA this one before it goes out? Checklist attached, the packet is in the "
        "shared tray.",
        atts=(Att("ROI_Vasquez_Teresa_inpt_psych_2025.pdf", "application/pdf", QA_CHECKLIST_PDF),),
    ),
    Spec(
        phi=True,
        category="disability_insurer_psych_notes",
        notes="Reply to a disability insurer about a named claimant: what was released, "
        "psychotherapy notes withheld, major depression admission.",
        frm=BRI,
        to="Claims Records <claimsrecords@sunfieldlife.com>",
        subject="RE: Claimant Darnell Pruitt - claim SL-7730128",
        body=d("""
            Hi Meredith,

            For Darnell Pruitt we released the discharge summary, psychiatric evaluation,
            medication record and labs for his 08/12-08/21 behavioral health admission (MDD,
            recurrent, severe). Psychotherapy notes are withheld; the authorization you sent is
            a general one and they need their own separate authorization per 164.508(a)(2).

            """) + SIG_ROI,
    ),
    Spec(
        phi=True,
        category="roi_log_xlsx_vendor",
        notes="Hard positive: ROI log workbook to the BAA vendor; patients, MRNs, requesters and "
        "sensitive request types (disability, SUD).",
        frm=GLORIA,
        to="Account Team <mvmc-team@releasepointhim.com>",
        subject="October ROI log for reconciliation",
        body="October log attached for the monthly reconciliation. Two pending on our side.",
        atts=(Att("MVMC_ROI_log_Oct2026.xlsx", XLSX, ROI_LOG_XLSX),),
    ),
    Spec(
        phi=True,
        category="birth_certificate_worksheet",
        notes="Hard positive: birth registrar asks a new mother at gmail to confirm details for "
        "her baby's birth certificate (birth date/time in the hospital).",
        frm=f"Birth Registrar <birthregistry@{MVM}>",
        to="lucia.hdz.m@gmail.com",
        subject="Birth certificate worksheet",
        body=d("""
            Hi Lucia,

            Congratulations! Before we file your daughter's birth record with the state we need
            you to confirm:
              - Baby's name spelling: Valentina Sofia Hernandez
              - Born 11/08/2026 at 03:12 AM, Mercy Valley Family Birth Center
              - Father's legal name (it was blank on the worksheet)
            Reply here or call 651-555-0330. We file on Friday.

            Birth Registration, HIM
            """),
    ),
    Spec(
        phi=True,
        category="death_certificate_funeral_home",
        notes="Hard positive: Death certificate status to a funeral home: decedent name, date of death, "
        "pending physician signature.",
        frm=JP,
        to="Grace Funeral Chapel <arrangements@gracefuneralchapel.com>",
        subject="Ebersole",
        body="Hi Dana, Harold Ebersole (DOD 11/07/2026, Mercy Valley ICU). The death record is "
        "pending Dr. Lindgren's signature in MN-MDRS, cause of death still being finalized. I'll "
        "email you the minute it's signed, likely tomorrow AM.\n\nJP - HIM",
    ),
    Spec(
        phi=True,
        category="claim_x12_837i_vendor",
        notes="837I inpatient claim to the billing vendor: patient name, DOB, address, member "
        "id, sepsis/AKI diagnoses, procedure.",
        frm=HARUTO,
        to="edi-support@clearpathrcm.com",
        subject="rebill 00795520A after coding change",
        body="Corrected claim file attached after the DRG change (was 690, now 871). Please hold "
        "the original.\n\nHaruto",
        atts=(Att("MV_837I_rebill_18820.txt", "text/plain", X12_837I),),
    ),
    Spec(
        phi=True,
        category="transcription_correction_txt",
        notes="TXT correction request to the transcription vendor: patient name, MRN, room, "
        "hypertension, lisinopril dose.",
        frm=TANYA,
        to="qa@accuscribetx.com",
        subject="correction job 448120",
        body="Correction attached, please turn around today.",
        atts=(Att("correction_448120.txt", "text/plain", TRANSCRIPTION_TXT),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="roi_fee_schedule_notice",
        notes="Hard negative: fee schedule notice to requesting law firms; no patient.",
        frm=GLORIA,
        to="Frequent Requesters <roi-requesters@lists.mercyvalleymc.org>",
        subject="2027 copy fees for medical records requests",
        body=d("""
            Effective January 1, 2027, under Minn. Stat. 144.292 our fees for records requests
            from attorneys and insurers are:
              Retrieval fee $25.00 (no charge for patients' own requests)
              Paper copies $0.50/page, electronic copies $0.30/page
              Radiology CD $10.00
            Requests for Part 2 SUD or psychotherapy notes still require a specific
            authorization. Questions: roi@mercyvalleymc.org
            """),
    ),
    Spec(
        phi=False,
        category="roi_policy_docx",
        notes="Hard negative: ROI policy document (psychotherapy notes, HIV, Part 2) with no "
        "individual.",
        frm=GLORIA,
        to=f"HIM Staff <himstaff@{MVM}>",
        subject="HIM-204 revised - read & sign",
        body="Revised ROI policy attached. Main change is the 15-business-day turnaround. Sign "
        "off in PolicyStat by 11/25.",
        atts=(Att("HIM-204_Release_of_Information_rev2026.docx", DOCX, POLICY_DOCX),),
    ),
    Spec(
        phi=False,
        category="shredding_certificate",
        notes="Hard negative: certificate of destruction for boxes of expired medical records "
        "(counts and years only).",
        frm=JP,
        to="service@irongateshred.com",
        subject="RE: certificate IG-558107",
        body="Got it, thanks. Filed. Next pickup 12/3 please, probably ~30 boxes.\n\nJP",
        atts=(Att("IG-558107.pdf", "application/pdf", SHRED_PDF),),
    ),
    Spec(
        phi=False,
        category="ceu_webinar_ics",
        notes="Calendar invite for an AHIMA CEU webinar.",
        frm=GLORIA,
        to=f"HIM Staff <himstaff@{MVM}>",
        subject="Invitation: Webinar - ICD-10-CM 2027 updates (1 CEU)",
        body="Conference room B, lunch provided. Counts toward your AHIMA CEUs.",
        ics=ics(
            "mvmc-him-ceu-20261119",
            "Webinar: ICD-10-CM/PCS FY2027 updates (1 CEU)",
            "20261119T120000",
            "20261119T130000",
            f"gashby@{MVM}",
            (f"himstaff@{MVM}",),
            "HIM Conf Rm B (lower level)",
        ),
    ),
    Spec(
        phi=False,
        category="coder_productivity_xlsx",
        notes="Hard negative: coder productivity and DRG-mix workbook (staff names, diagnosis "
        "groups, counts only).",
        frm=GLORIA,
        to="CFO Office <cfo-office@mercyvalleyhealth.org>",
        subject="Coding productivity Oct",
        body="October coding productivity and DRG mix attached. DNFB is at $4.1M, down from "
        "$5.3M.",
        atts=(Att("Coding_Productivity_Oct2026.xlsx", XLSX, PRODUCTIVITY_XLSX),),
    ),
    Spec(
        phi=False,
        category="cdi_aggregate_metrics",
        notes="Hard negative: CDI aggregate metrics (sepsis query rates, CMI); no patient.",
        frm=FATIMA,
        to=f"Physician Advisor <physicianadvisor@{MVM}>",
        subject="Q3 CDI numbers",
        body=d("""
            Dr. Mahmoud,
            Q3: 1,846 reviews, 412 queries, response rate 87%, agree rate 79%.
            Sepsis queries 96 (sepsis-3 criteria met in 71). Malnutrition capture up 18%.
            CMI 1.62 vs 1.55 in Q2. Happy to present at med exec.
            Fatima
            """),
    ),
    Spec(
        phi=False,
        category="candidate_interview_personal",
        notes="Recruiter schedules an interview with a coding job candidate at her gmail.",
        frm=f"Talent Acquisition <careers@{MVM}>",
        to="ngozi.adebayo.ccs@gmail.com",
        subject="Interview - Inpatient Coding Specialist II (req 26-4471)",
        body=d("""
            Hi Ngozi,

            Thanks for applying! Gloria Ashby (HIM Director) and Haruto Sato would like to meet
            you by Teams on Tuesday 11/17 at 10:00 AM for about 45 minutes. There is a short
            coding test (5 inpatient cases, open book, ICD-10-CM/PCS) after the interview.
            Please reply to confirm and we'll send the link.

            Talent Acquisition, Mercy Valley Medical Center
            """),
    ),
    Spec(
        phi=False,
        category="deidentified_research_csv",
        notes="Hard negative: safe-harbor de-identified extract (age bands, 3-digit ZIP, year) for "
        "an IRB-approved study.",
        frm=f"HIM Data Requests <himdata@{MVM}>",
        to="Dr. Nadia Petrossian <npetross@umn-research.edu>",
        subject="IRB 2026-0412 extract (de-identified)",
        body="Dr. Petrossian, the de-identified extract for IRB 2026-0412 is attached. Safe "
        "harbor: ages 90+ collapsed, ZIP3 only, dates reduced to year. 5 rows shown are the "
        "sample; the full file is on the SFTP.",
        atts=(Att("irb2026-0412_deid_sample.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="incomplete_authorization_no_name",
        notes="Hard negative: ROI rejection to a law firm referring only to the firm's reference "
        "number, no patient identified.",
        frm=BRI,
        to="Paralegal Team <paralegals@ostrandermiller.com>",
        subject="Your request ref OM-55817",
        body="Hello, we can't process your request ref OM-55817 received 11/2: the authorization "
        "is missing the expiration date and the patient's signature date. Please send a "
        "corrected form; we'll keep the request open 30 days.\n\n" + SIG_ROI,
    ),
    Spec(
        phi=False,
        category="it_scanning_workstations",
        notes="IT/HIM scanning workstation refresh; no patient.",
        frm=f"Mercy Valley IT Service Desk <servicedesk@{MVM}>",
        to=f"HIM Staff <himstaff@{MVM}>",
        subject="INC0098812 scanning workstations refresh Thursday",
        body="HIM scanning stations 1-4 will be replaced Thursday 6-9 AM. Finish batches by "
        "Wednesday close; Kofax profiles will be migrated. Ticket INC0098812.",
    ),
    Spec(
        phi=False,
        category="test_patient_workflow",
        notes="Hard negative: ROI workflow training with a clearly labelled synthetic test "
        "patient, MRN and dummy diagnosis.",
        frm=GLORIA,
        to=f"HIM New Staff <himnew@{MVM}>",
        subject="practice request in TST",
        body=d("""
            For your practice release in the TST environment use:
            Patient ZZTEST, HIMONE (TEST PATIENT - NOT REAL)  MRN 99000001  DOB 01/01/1900
            Fake encounter: 01/01/2020 ED, dx "chest pain" (dummy data)
            Log it in the disclosure tracker, print to PDF, and do not fax anything.
            """),
    ),
    Spec(
        phi=False,
        category="staff_fmla_coverage",
        notes="Hard negative: staff coverage notice for an employee on FMLA.",
        frm=GLORIA,
        to=f"HIM Staff <himstaff@{MVM}>",
        subject="scanning coverage",
        body="JP is out on FMLA starting 11/16 through about 12/4. Loose-sheet scanning routes "
        "to Tanya, death certificates to me. Thanks all.",
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped_fwd",
        notes="Hard negative: forwarded ROI vendor invoice whose invoice number is SSN-shaped.",
        frm=GLORIA,
        to=f"Accounts Payable <ap@{MVM}>",
        subject="Fwd: ReleasePoint invoice 503-11-2284",
        body="OK to pay, GL 7120-HIM.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="AR <ar@releasepointhim.com>",
            to=f"gashby@{MVM}",
            subject="ReleasePoint invoice 503-11-2284",
            body="Invoice 503-11-2284, October 2026 ROI processing services, 1,206 requests "
            "@ $3.10 = $3,738.60. Net 30.",
        ),
    ),
    Spec(
        phi=False,
        category="coding_roundtable_clinician_disease",
        notes="Hard negative: coding roundtable announcement naming clinician speakers with "
        "their specialties and disease topics.",
        frm=HARUTO,
        to=f"Coding Team <coding@{MVM}>",
        subject="Roundtable Thursday",
        body="Dr. Helena Marsh (Infectious Disease) will cover HIV and hepatitis C documentation "
        "pitfalls, and Dr. Samuel Achebe (Nephrology) will talk AKI vs ATN. 2pm, Rm B. Bring "
        "your worst denial letters.",
    ),
    Spec(
        phi=False,
        category="him_week_html",
        notes="HTML-only celebration newsletter for Health Information Professionals Week.",
        frm=GLORIA,
        to=f"HIM Staff <himstaff@{MVM}>",
        subject="Happy HI Professionals Week!",
        body="",
        html="<html><body><h3>Happy Health Information Professionals Week!</h3><p>Thank you for "
        "releasing 14,200 requests this year and getting DNFB under goal three months running. "
        "Breakfast burritos Tuesday, ice cream social Thursday 2-3 in Conf B.</p><p>- Gloria</p>"
        "</body></html>",
    ),
    Spec(
        phi=False,
        category="cancer_registry_counts",
        notes="Hard negative: aggregate cancer registry submission counts to the state.",
        frm=f"Cancer Registry <cancerregistry@{MVM}>",
        to="mcss.submissions@health.state.mn.us",
        subject="Q3 submission confirmation",
        body="Q3 2026 file uploaded via the portal: 318 analytic cases (breast 71, lung 54, "
        "prostate 49, colorectal 33, other 111). Completeness check passed. Contact Tanya "
        "Brooks, CTR, 651-555-0342.",
    ),
    Spec(
        phi=False,
        category="scanner_error_png",
        notes="Scanner error screenshot to IT; no patient.",
        frm=JP,
        to=f"Service Desk <servicedesk@{MVM}>",
        subject="scanner 3 jam error again",
        body="Station 3 keeps throwing 'Feeder error 0x81' and locks up Kofax. Screenshot "
        "attached. 4th time this week.",
        atts=(Att("kofax_error.png", "image/png", SCANNER_PNG),),
    ),
]

