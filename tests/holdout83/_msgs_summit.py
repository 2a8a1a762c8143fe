"""Summit Oral & Maxillofacial Surgery: outbound mail of an oral surgery centre (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import BAB, LMP, SOM, Att, Spec

DRV = f"Dr. Elena Vasquez-Hart <evasquezhart@{SOM}>"
DRO = f"Dr. Marcus Oyelaran <moyelaran@{SOM}>"
SURG = f"Summit Surgical Coordinators <surgery@{SOM}>"
BILL = f"Summit OMS Billing <billing@{SOM}>"
ADMIN = f"Renata Solis <rsolis@{SOM}>"
REC = f"Summit Records <records@{SOM}>"
SIG = "\n\n--\nSummit Oral & Maxillofacial Surgery\n600 Ridgeline Pkwy, Bldg C, Fairbanks Hollow\nT (555) 555-0128  F (555) 555-0129\nCONFIDENTIALITY: this message may contain privileged information. If you received it in error, delete it and notify the sender."

HL7_PATH = (
    "MSH|^~\\&|SUMMITOMS|SOM|DENTALEHR|HARBORSMILES|20260317101500||ORU^R01|SOM4471|P|2.5.1\r"
    "PID|1||SOM-118402^^^SOM^MR||KOVAC^DANIEL^J||19790611|M|||77 Heron Ln^^Fairbanks Hollow^^55512\r"
    "OBR|1||PATH-26-0391|88305^Surgical pathology^CPT|||20260310\r"
    "OBX|1|TX|22637-3^Pathology report final diagnosis^LN||Odontogenic keratocyst, left posterior mandible. Margins involved focally.||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|SUMMITOMS|SOM|IMAGINGHUB|CBCTLAB|20260316080000||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST-0001^^^SOM^MR||ZZTEST^INTERFACE^DO NOT USE||19000101|U\r"
    "PV1|1|O|CBCT^ROOM1\r"
)

FHIR_CLAIM = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "som-120977", "name": [{"family": "Abernathy", "given": ["Colleen", "R"]}], "birthDate": "1992-12-03", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9901", "value": "BAX918220734"}]}},
    {"resource": {"resourceType": "Claim", "id": "clm-26-5521", "status": "active", "use": "claim", "patient": {"reference": "Patient/som-120977"}, "created": "2026-03-16",
      "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D7240", "display": "removal of impacted tooth - completely bony"}]}, "bodySite": {"text": "tooth 17"}},
               {"sequence": 2, "productOrService": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D9243", "display": "IV moderate sedation"}]}}]}}
  ]
}
"""

FHIR_PRACT = """{
  "resourceType": "Practitioner",
  "id": "som-pract-02",
  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1917463055"}],
  "name": [{"family": "Oyelaran", "given": ["Marcus"], "suffix": ["DDS", "MD"]}],
  "qualification": [{"code": {"text": "Oral and Maxillofacial Surgery"}}],
  "telecom": [{"system": "phone", "value": "555-555-0128"}]
}
"""

X12_837P = (
    "ISA*00*          *00*          *ZZ*SUMMITOMS      *ZZ*RIVERSHIELDMED *260316*1402*^*00501*000000417*0*P*:~"
    "GS*HC*SUMMITOMS*RIVERSHIELDMED*20260316*1402*417*X*005010X222A1~"
    "ST*837*0417*005010X222A1~"
    "NM1*85*2*SUMMIT ORAL AND MAXILLOFACIAL SURGERY*****XX*1629584073~"
    "NM1*IL*1*FERREIRA*TOMAS****MI*RSM44820917~"
    "DMG*D8*19880214*M~"
    "CLM*SOM26-0882*6840***11:B:1*Y*A*Y*Y~"
    "HI*ABK:S02.652A*ABF:V43.52XA~"
    "SV1*HC:21462*6840*UN*1***1~"
    "DTP*472*D8*20260302~"
    "SE*9*0417~GE*1*417~IEA*1*000000417~"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Summit Oral and Maxillofacial Surgery - Transition of Care</title>
  <recordTarget><patientRole><id extension="SOM-109355" root="2.16.840.1.113883.3.9902"/>
    <patient><name><given>Walter</given><family>Pienaar</family></name><birthTime value="19510922"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Procedures</title><text>2026-03-09 Extraction #3, #14, #19 with alveoloplasty prior to radiation therapy for oropharyngeal cancer.</text></section></component>
    <component><section><title>Medications</title><text>Chlorhexidine 0.12% rinse; acetaminophen 500 mg q6h prn.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Post-op check-in after wisdom teeth",
        notes="Post-operative message to the patient's gmail about third molar extraction and swelling care.",
        frm=DRO,
        to="bennett.hale04@gmail.com",
        subject="How are you feeling after Monday?",
        body="Hi Bennett,\n\nChecking in after your four wisdom teeth came out on Monday. Some swelling on day 2-3 is normal; keep the ice on and take the ibuprofen 600 mg every 6 hours with food. If the pain gets worse after day 4, call us - that can be a dry socket.\n\nDr. Oyelaran"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 pathology result to referring dentist",
        notes="HL7 ORU with patient name, MRN, DOB and an odontogenic keratocyst diagnosis sent to the referring office.",
        frm=REC,
        to="interfaces@harborsmilesdental.com",
        subject="Path result - interface message",
        body="Attached HL7 result for your chart import. Dr. Vasquez-Hart will call the patient to discuss."
        + SIG,
        atts=(Att("ORU_SOM4471.hl7", "application/hl7-v2", HL7_PATH),),
    ),
    Spec(
        phi=True,
        category="Implant warranty claim with device serial",
        notes="Hard positive: a manufacturer warranty claim tying a named patient to a failed implant, its tooth site and serial number.",
        frm=ADMIN,
        to="warranty@keystoneimplantsystems.com",
        subject="Warranty replacement request - lot KIS-4.1-22871",
        body="Hello,\n\nRequesting replacement under the lifetime warranty:\n\nImplant: Keystone Tapered 4.1 x 11.5, lot KIS-4.1-22871, serial 0091827734\nSite: #30\nPlaced: 09/15/2025, failed to integrate, removed 03/11/2026\nPatient: Henryk Kowalski\n\nThank you,\nRenata Solis, Practice Administrator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Controlled substance prescription clarification to pharmacy",
        notes="Opioid prescription clarification with the patient's name, DOB and drug, plus the prescriber's DEA.",
        frm=DRV,
        to="rx@hollowcornerpharmacy.com",
        subject="Rx clarification",
        body="Pharmacist,\n\nConfirming the e-prescription for Rachel Adeyemi, DOB 07/30/1985: hydrocodone/acetaminophen 5/325 mg, #12, 1 tab q6h prn severe pain, no refills, after bilateral sagittal split osteotomy on 03/16.\nPrescriber: Elena Vasquez-Hart, DDS MD, DEA BK4839203.\n\nCall (555) 555-0128 with questions."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Work excuse letter to employer",
        notes="Letter to an employer stating the employee had oral surgery and needs three days off.",
        frm=f"Summit Front Office <frontoffice@{SOM}>",
        to="hr@granitelogistics.com",
        subject="Work note - Darnell Whitaker",
        body="To whom it may concern,\n\nDarnell Whitaker had oral surgery in our office on March 17, 2026 and may return to work on March 20. He should avoid heavy lifting until March 24.\n\nSummit Front Office"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Records to attorney for jaw fracture case",
        notes="Operative summary PDF for a mandible fracture repair sent to the patient's personal injury lawyer.",
        frm=REC,
        to="paralegal@hendrickslawgroup.com",
        subject="Records - Ferreira, Tomas - your file 26-1183",
        body="Per the HIPAA authorization received 03/12, attached is the operative report. Invoice for copying ($25.00) follows.\n\nSummit Records"
        + SIG,
        atts=(
            Att(
                "Ferreira_op_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY - OPERATIVE REPORT",
                        "Patient: Tomas Ferreira   DOB 02/14/1988   MRN SOM-120415",
                        "Date of surgery: 03/02/2026",
                        "Diagnosis: S02.652A fracture of angle of left mandible (MVC)",
                        "Procedure: ORIF left mandible angle, CPT 21462, MMF screws",
                        "Surgeon: Marcus Oyelaran, DDS MD",
                    ],
                    "Operative report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Anticoagulation clearance request to cardiologist",
        notes="Asks a cardiologist about holding apixaban before named patient's extractions.",
        frm=DRV,
        to="cardiology.nurses@hollowheartcenter.org",
        subject="Peri-op apixaban - Mrs. Gloria Nwosu",
        body="Dear Dr. Lindqvist,\n\nYour patient Gloria Nwosu (DOB 10/04/1948) is scheduled for extraction of #2, #3 and #31 on April 2. She takes apixaban 5 mg BID for atrial fibrillation. We'd plan to hold one dose the morning of surgery and use local hemostatics. Please let us know if you agree or prefer a different plan.\n\nElena Vasquez-Hart, DDS MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse clinical handoff with abbreviations",
        notes="Hard positive: terse note with patient name, chart number and dry socket (alveolar osteitis) follow-up to a covering surgeon.",
        frm=DRO,
        to="jpak@ridgelinefacialsurgery.com",
        subject="covering Sat",
        body="James - thx for covering.\n\nWinslow, Jim  SOM-117760  AO #17 + #32, packed x2, on amox. If he calls Sat repack + rx chlorhex. Otherwise quiet.\n\nM.",
    ),
    Spec(
        phi=True,
        category="FHIR claim bundle to clearinghouse",
        notes="FHIR Bundle with Patient (name, DOB, member ID) and Claim for impacted tooth removal under IV sedation.",
        frm=BILL,
        to="fhir-intake@dentalbridgeclearing.com",
        subject="Pilot FHIR submission 03/16",
        body="Pilot claim for your FHIR intake test, production patient per our BAA. Please confirm receipt."
        + SIG,
        atts=(Att("claim_clm-26-5521.json", "application/fhir+json", FHIR_CLAIM),),
    ),
    Spec(
        phi=True,
        category="X12 837P medical claim for jaw fracture",
        notes="Hard positive: the body is a bare transmittal; the X12 837P holds the patient's name, DOB, member ID and the fracture diagnosis.",
        frm=BILL,
        to="edi@rivershieldmedical.com",
        subject="837P batch 000000417",
        body="Batch attached. 1 claim.\n\nSummit OMS Billing",
        atts=(Att("batch_000000417.x12", "application/edi-x12", X12_837P),),
    ),
    Spec(
        phi=True,
        category="Surgery calendar invite to patient",
        notes="Invitation to the patient's personal mailbox naming her and the sedation extraction of four teeth.",
        frm=SURG,
        to="d.whitfield.art@outlook.com",
        subject="Surgery appointment - IV sedation",
        body="Hi Danielle, your surgery is booked. Nothing to eat or drink after midnight; you need a driver."
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit OMS//Surgery//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:som-or-2026-0412@summitoms.com\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260326T130000Z\r\nDTEND:20260326T143000Z\r\nSUMMARY:D. Whitfield - IV sedation, extraction #1 #16 #17 #32\r\nLOCATION:Summit OMS, Bldg C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Headerless surgery schedule workbook to anesthesia",
        notes="Hard positive: multi-sheet workbook with no header row listing patient names, ages, procedures and ASA class.",
        frm=SURG,
        to="coordinator@bluepineanesthesia.com",
        subject="next wk",
        body="Attached, both rooms.",
        atts=(
            Att(
                "wk13.xlsx",
                XLSX,
                xlsx(
                    {
                        "Room A": [
                            ["Mon 3/23 07:30", "Lydia Brandvold", 34, "BSSO + LeFort I", "ASA 1"],
                            [
                                "Mon 3/23 13:00",
                                "Ahmad Karimi",
                                61,
                                "Mandibulectomy segmental",
                                "ASA 3",
                            ],
                        ],
                        "Room B": [
                            ["Tue 3/24 08:00", "Paige Okonjo", 19, "4 x 3rd molars", "ASA 1"],
                            ["Tue 3/24 10:00", "Victor Amsel", 72, "All-on-4 maxilla", "ASA 2"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Benign biopsy result letter to patient",
        notes="Biopsy result letter PDF naming the patient with a benign fibroma diagnosis.",
        frm=DRV,
        to="hsuarez.mail@yahoo.com",
        subject="Your biopsy result",
        body="Dear Mr. Suarez,\n\nGood news - the tissue from your cheek was benign. The letter is attached for your records.\n\nDr. Vasquez-Hart"
        + SIG,
        atts=(
            Att(
                "biopsy_result_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY",
                        "Hector Suarez, DOB 05/19/1966",
                        "Specimen: excisional biopsy, left buccal mucosa, 03/05/2026",
                        "Diagnosis: irritation fibroma. No dysplasia. No further treatment needed.",
                    ],
                    "Biopsy result",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to oncologist",
        notes="Hard positive: the body names no patient; the C-CDA holds name, DOB and pre-radiation extractions for oropharyngeal cancer.",
        frm=REC,
        to="intake@hollowcancercenter.org",
        subject="CCD - pre-radiation dental clearance complete",
        body="Dental clearance complete; CCD attached for Dr. Amadi's team. Radiation can proceed after 14 days of healing."
        + SIG,
        atts=(Att("CCD_SOM-109355.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Password-protected records zip to attorney",
        notes="Hard positive: records are encrypted, but the body ties a named claimant and injury date to the enclosed treatment records.",
        frm=REC,
        to="mlee@barrowandlee.com",
        subject="Records for the Tran matter",
        body="Ms. Lee,\n\nAttached are treatment records for Kimberly Tran (date of injury 02/11/2026) as requested in your subpoena. The zip is password protected; we will phone the password to your office.\n\nSummit Records"
        + SIG,
        atts=(
            Att(
                "Tran_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Tran_treatment.txt": "Kimberly Tran DOB 09/08/1990. 02/12/2026 closed reduction of nasal/zygoma fracture. 02/26/2026 follow-up.\n"
                    },
                    "Summit#0325",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Payment plan reply to patient's son",
        notes="Billing reply to the son's personal mailbox about his mother's balance for implant surgery.",
        frm=BILL,
        to="greg.amsel@gmail.com",
        subject="Re: payment plan for my mom",
        body="Hi Greg,\n\nYes, we can split your mother Ruth Amsel's remaining balance of $3,420 for her lower implant surgery into six monthly payments of $570. Her insurance paid their maximum in January. I'll mail the agreement to her house for signature.\n\nTina, Billing"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded dentist referral to orthodontist",
        notes="Hard positive: bland cover note; the forwarded referral names the teen with an impacted canine and her DOB.",
        frm=SURG,
        to="office@straightpathortho.com",
        subject="Fwd: referral",
        body="Lauren - see below, we'll coordinate expose-and-bond with you.\n\nSurgical Coordinators",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="forwarded",
            frm=f"Dr. Priya Raman <praman@{LMP}>",
            to=f"referrals@{SOM}",
            subject="referral",
            body="Please see Maya Lindgren, DOB 04/11/2012, for exposure of impacted #6 (palatal). Ortho is Dr. Vance at Straight Path. CBCT done 2/28.\n\nPriya Raman, DDS",
        ),
    ),
    Spec(
        phi=True,
        category="CT image to surgical guide lab named after patient",
        notes="Hard positive: the only identifier is the patient's name in the CT image file name, sent for guide fabrication.",
        frm=DRO,
        to="cases@precisionguidelab.com",
        subject="New guide case",
        body="New case, full-arch maxilla, 6 implants. Scan export attached, STL to follow. Need by 4/1.\n\nMO",
        atts=(Att("CBCT_axial_Baptiste_Marguerite.png", "image/png", png(6, 6, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="Pre-op fasting reminder to parent",
        notes="Hard positive: only the child's first name and the parent's surname, tied to his jaw cyst surgery date and fasting rules, sent to the parent's mailbox.",
        frm=SURG,
        to="tamika.j.howard@gmail.com",
        subject="Friday - reminder",
        body="Hi Ms. Howard,\n\nJust a reminder that Keshawn can't eat after midnight Thursday, clear liquids until 5 am only, for his jaw cyst surgery Friday at 7:30. Bring his inhaler.\n\nSummit Surgical Coordinators"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Surgeon bio with conditions treated",
        notes="Hard negative: clinician bio listing oral cancer, cleft and TMJ disorders plus the surgeon's NPI; no patient.",
        frm=ADMIN,
        to="hollowhealthmag.editor@yahoo.com",
        subject="Bio for the 'Top Doctors' feature",
        body="Dr. Elena Vasquez-Hart, DDS, MD, is double-board-certified in oral and maxillofacial surgery. She treats oral cancer, cleft lip and palate, facial trauma and TMJ disorders, and leads the head and neck reconstruction program at Summit.\nNPI: 1629584073\n\nRenata Solis",
    ),
    Spec(
        phi=False,
        category="Quarterly outcomes aggregate workbook",
        notes="Hard negative: multi-sheet workbook of complication rates and counts; no patient.",
        frm=ADMIN,
        to="quality@hollowsurgicalnetwork.org",
        subject="Q4 2025 outcomes",
        body="Attached are our Q4 numbers for the network quality dashboard.",
        atts=(
            Att(
                "SOM_Q4_2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Extractions": [
                            ["Metric", "Value"],
                            ["Third molar cases", 812],
                            ["Alveolar osteitis rate", "3.1%"],
                            ["Paresthesia > 6 mo", 2],
                        ],
                        "Implants": [
                            ["Metric", "Value"],
                            ["Implants placed", 436],
                            ["Early failure rate", "1.8%"],
                        ],
                        "Sedation": [
                            ["Metric", "Value"],
                            ["IV sedation cases", 1290],
                            ["Unplanned transfers", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Surgeon credentialing packet to payer",
        notes="Hard negative: provider credentialing with NPI, DEA and licence numbers of a surgeon; no patient.",
        frm=ADMIN,
        to="credentialing@rivershieldmedical.com",
        subject="Recredentialing - Dr. Marcus Oyelaran",
        body="Attached and below for Dr. Oyelaran's recredentialing:\n\nNPI: 1917463055\nDEA FS6720153 (exp 11/30/2027)\nState dental licence D-48812, medical licence M-22019\nBoard: ABOMS diplomate\nHospital privileges: Hollow General\n\nRenata Solis"
        + SIG,
        atts=(
            Att(
                "Oyelaran_CV.docx",
                DOCX,
                docx(
                    [
                        "Marcus Oyelaran, DDS, MD",
                        "Residency: Oral and Maxillofacial Surgery",
                        "Interests: orthognathic surgery, facial trauma, obstructive sleep apnea surgery",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with dummy patient",
        notes="Hard negative: HL7 ADT test message whose patient is explicitly a ZZTEST do-not-use record.",
        frm=f"Summit IT <it@{SOM}>",
        to="integration@cbctimaginghub.com",
        subject="Test ADT for new CBCT worklist",
        body="Sending a test ADT^A04 with our dummy patient ZZTEST^INTERFACE (not a real person, processing ID T). Please confirm it lands on the worklist."
        + SIG,
        atts=(Att("test_adt.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Local anesthetic shortage notice",
        notes="Hard negative: drug shortage notice to referring dentists; no patient.",
        frm=DRV,
        to="referring-dentists@lists.summitoms.com",
        subject="Bupivacaine with epinephrine - supply update",
        body="Colleagues,\n\nOur supplier has bupivacaine 0.5% with epinephrine 1:200,000 on allocation through April. We are prioritising it for long orthognathic and reconstruction cases and using articaine for routine extractions. This does not affect scheduling of your referrals.\n\nElena Vasquez-Hart"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Sterilizer spore test results",
        notes="Hard negative: 'test results' for autoclave biological indicators, not a person.",
        frm=ADMIN,
        to="reports@sterilcheckmonitoring.com",
        subject="Re: Weekly spore test results - March",
        body="Thanks - confirming all four autoclaves (Statim 5000 #S5-20931, #S5-20944; Midmark M11 #M11-7730, #M11-7741) were PASS for weeks 10 and 11. Next strips go out Friday.\n\nRenata",
    ),
    Spec(
        phi=False,
        category="OSHA training sign-up",
        notes="Staff training logistics; no patient.",
        frm=ADMIN,
        to=f"staff@{SOM}",
        subject="Annual OSHA bloodborne pathogens training",
        body="All clinical staff: annual OSHA bloodborne pathogens and hazard communication training is on March 25 at 7:00 am in the break room. Sign the sheet at the front desk.",
    ),
    Spec(
        phi=False,
        category="Surgical assistant job posting",
        notes="Hard negative: job ad describing IV sedation monitoring and surgery duties; no patient.",
        frm=ADMIN,
        to="jobs@hollowhealthcareers.com",
        subject="Posting: Oral Surgery Assistant",
        body="Summit OMS seeks an oral surgery assistant. Duties: IV sedation monitoring (pulse oximetry, capnography, BP), instrument setup for third molar, implant and bone graft procedures, post-op instructions. DAANCE certification preferred. Apply to careers@summitoms.com.",
    ),
    Spec(
        phi=False,
        category="Referral guidelines PDF for dentists",
        notes="Hard negative: referral guide PDF listing conditions to refer; no patient.",
        frm=DRV,
        to="referring-dentists@lists.summitoms.com",
        subject="Updated referral guide 2026",
        body="Attached is our one-page guide: what to send us, and what to include with a referral."
        + SIG,
        atts=(
            Att(
                "Summit_referral_guide_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY - REFERRAL GUIDE",
                        "Refer: impacted third molars, suspicious lesions for biopsy,",
                        "jaw cysts, implant site grafting, facial trauma, TMJ disorders.",
                        "Include: pano or CBCT, medical history, medications, insurance.",
                    ],
                    "Referral guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract CSV",
        notes="Hard negative: de-identified extract with age bands, procedure codes and outcomes, no identifiers, for a residency research project.",
        frm=DRO,
        to="research@hollowdentalschool.edu",
        subject="De-identified extract for the dry socket study",
        body="Dr. Feld, attached is the de-identified extract per the IRB protocol (Safe Harbor: no names, dates, ZIPs or record numbers; ages banded).\n\nMarcus",
        atts=(
            Att(
                "dry_socket_deid.csv",
                "text/csv",
                "age_band,sex,cdt,smoker,alveolar_osteitis\n18-24,F,D7240,N,N\n18-24,M,D7230,Y,Y\n25-34,F,D7240,N,N\n35-44,M,D7220,Y,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Implant seminar marketing",
        notes="HTML-only seminar invitation to a general public list; no condition implied for any person.",
        frm=f"Summit OMS <events@{SOM}>",
        to=f"community@lists.{SOM}",
        subject="Free seminar: Is a dental implant right for you?",
        body="",
        html="<html><body><h2>Free community seminar</h2><p>Thursday, April 16, 6 pm - Dr. Oyelaran explains implants, bone grafting and what to expect. Light dinner served.</p><p><a href='https://summitoms.com/seminar'>Reserve a seat</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="Blank consent template DOCX",
        notes="Hard negative: consent template whose only patient fields are blank placeholders.",
        frm=ADMIN,
        to="forms@hollowprintshop.com",
        subject="Print run - consent forms",
        body="Please print 500 of the attached, two-sided, padded in 50s.",
        atts=(
            Att(
                "consent_template.docx",
                DOCX,
                docx(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY - CONSENT FOR SURGERY AND ANESTHESIA",
                        "Patient name: ______________________  Date of birth: ___________",
                        "Procedure: ____________________________________",
                        "Risks include swelling, bleeding, infection, dry socket, numbness of lip or tongue.",
                        "Signature: _______________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phone system cutover notice",
        notes="IT/operations notice with office phone numbers; no patient.",
        frm=f"Summit IT <it@{SOM}>",
        to=f"staff@{SOM}",
        subject="New phones Saturday",
        body="The new VoIP system goes live Saturday. Main line stays (555) 555-0128; fax moves to (555) 555-0129. Voicemail PINs reset to the last four of your extension.",
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Staff meeting invitation; no patient.",
        frm=ADMIN,
        to=f"staff@{SOM}",
        subject="Invitation: Monthly staff meeting",
        body="Monthly staff meeting - agenda: new phones, spring schedule, OSHA.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit OMS//Staff//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:som-staff-2026-03@summitoms.com\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260331T120000Z\r\nDTEND:20260331T130000Z\r\nSUMMARY:Monthly staff meeting\r\nLOCATION:Break room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="FHIR Practitioner directory update",
        notes="Hard negative: FHIR Practitioner resource with a surgeon's NPI and specialty for a plan's directory; no patient.",
        frm=ADMIN,
        to=f"directory@{BAB}",
        subject="Provider directory update - add Dr. Oyelaran",
        body="Attached is the FHIR Practitioner resource for Dr. Oyelaran to add to our group listing.\n\nNPI: 1917463055\n\nRenata"
        + SIG,
        atts=(Att("Practitioner_oyelaran.json", "application/fhir+json", FHIR_PRACT),),
    ),
    Spec(
        phi=False,
        category="Patient satisfaction aggregate summary",
        notes="Hard negative: survey response counts and themes without any patient named.",
        frm=ADMIN,
        to="partners@summitoms.com",
        subject="Feb patient survey summary",
        body="February: 214 responses, 4.8/5 overall. Top comments: short wait times, clear post-op instructions. Lowest: parking (3.9). Two complaints about billing statements, both resolved. No identifying comments included.",
    ),
    Spec(
        phi=False,
        category="Surgical guide lab invoice query",
        notes="Vendor invoice question about unit counts; no patient.",
        frm=BILL,
        to="ar@precisionguidelab.com",
        subject="Invoice 2026-0311",
        body="Hi, invoice 2026-0311 lists 16 guides but our PO was for 14. Could you check and reissue? Thanks, Tina",
    ),
    Spec(
        phi=False,
        category="CBCT scanner lease renewal",
        notes="Equipment lease correspondence; no patient.",
        frm=ADMIN,
        to="leasing@medequipfinance.com",
        subject="Lease 88-2041 renewal",
        body="Hello,\n\nWe'd like to renew lease 88-2041 for the CBCT unit for 36 months at the quoted rate and add the service plan. Please send the documents for signature.\n\nRenata Solis, Practice Administrator"
        + SIG,
    ),
]
