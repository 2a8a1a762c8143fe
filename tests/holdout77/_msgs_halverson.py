"""Outbound mail of the Halverson Memorial Hospital palliative care consult service (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nPalliative Care Consult Service\nHalverson Memorial Hospital | 900 Lakeview Blvd, Port Ellery, OH 45870\nPager 419-555-0120 | Office 419-555-0121"
TAG = "\n\n[EXTERNAL] This e-mail and attachments are intended only for the addressee and may contain confidential health information."

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.4" extension="2015-08-01"/>\n'
    " <title>Palliative Care Consultation Note</title>\n"
    ' <effectiveTime value="20260317"/>\n'
    ' <recordTarget><patientRole><id root="2.16.840.1.113883.3.7701" extension="HM-3308214"/>\n'
    "  <addr><streetAddressLine>47 Cutter Rd</streetAddressLine><city>Port Ellery</city><state>OH</state><postalCode>45870</postalCode></addr>\n"
    '  <patient><name><given>Raymond</given><family>Lindqvist</family></name><administrativeGenderCode code="M"/><birthTime value="19490630"/></patient>\n'
    " </patientRole></recordTarget>\n"
    " <component><structuredBody>\n"
    "  <component><section><title>Assessment</title><text>Metastatic prostate cancer to spine with uncontrolled bone pain (ESAS pain 8/10). Patient wishes to go home; DNR confirmed with patient and wife.</text></section></component>\n"
    "  <component><section><title>Plan</title><text>Start methadone 2.5 mg PO q8h; continue oxycodone 5 mg q4h PRN; dexamethasone 4 mg daily; refer to home hospice.</text></section></component>\n"
    " </structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

SYNTH_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    " <!-- SYNTHETIC TEST DOCUMENT - not a real patient -->\n"
    " <title>Palliative Care Consultation Note (TEMPLATE TEST)</title>\n"
    ' <recordTarget><patientRole><id root="2.16.840.1.113883.3.7701.99" extension="TEST000001"/>\n'
    "  <patient><name><given>Testpatient</given><family>Zzpalliative</family></name></patient>\n"
    " </patientRole></recordTarget>\n"
    " <component><structuredBody><component><section><title>Assessment</title><text>[free text]</text></section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="C-CDA palliative consult note to primary care",
        notes="Hard positive: short cover note; the C-CDA carries patient name, MRN, DOB, metastatic cancer and opioid plan.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="records@porterelleryfamilyhealth.org",
        subject="Consult note for your patient (CCD attached)",
        body="Dr. Barros,\n\nThanks for the referral. Our consultation note is attached as a CCD for import into your EHR. Happy to talk by phone."
        + SIG
        + TAG,
        atts=(Att("PC_consult_HM-3308214.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="family meeting invite to patient's daughter",
        notes="Calendar invite to the daughter's Gmail for a goals-of-care meeting about her named father in the ICU.",
        frm="Claire Dufresne LICSW <cdufresne@halversonmemorial.org>",
        to="nina.lindqvist.pdx@gmail.com",
        subject="Family meeting about your father - Wednesday 2 pm",
        body="Hi Nina,\n\nAs we discussed, we'll meet Wednesday at 2 pm in the 5 East family room with Dr. Okwu and Dr. Haines from oncology to talk about your father's goals of care and the option of going home with hospice. Your brother can join by phone (dial-in in the invite).\n\nClaire Dufresne, LICSW"
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Halverson Memorial//Palliative//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hmh-pc-fm-0318-lindqvist@halversonmemorial.org\r\nDTSTAMP:20260316T170000Z\r\n"
            "DTSTART:20260318T180000Z\r\nDTEND:20260318T190000Z\r\nSUMMARY:Goals of care meeting - Raymond Lindqvist (5E-14)\r\n"
            "LOCATION:5 East family room; dial-in 419-555-0125\r\nORGANIZER:mailto:cdufresne@halversonmemorial.org\r\n"
            "ATTENDEE:mailto:nina.lindqvist.pdx@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="hospice referral with details only in DOCX",
        notes="Hard positive: body says only 'referral attached'; the DOCX names the patient with prognosis and diagnosis.",
        frm="Claire Dufresne LICSW <cdufresne@halversonmemorial.org>",
        to="intake@willowmerehospice.org",
        subject="Referral",
        body="Referral attached. Family prefers Willowmere. Target discharge Thursday.\n\nClaire",
        atts=(
            Att(
                "Referral_0317.docx",
                DOCX,
                docx(
                    [
                        "Halverson Memorial Hospital - Hospice Referral",
                        "Patient: Raymond Lindqvist   DOB 06/30/1949   MRN HM-3308214",
                        "Diagnosis: metastatic prostate adenocarcinoma (C61, C79.51); prognosis weeks",
                        "Code status: DNR/DNI (POLST completed 03/17/2026)",
                        "Home: 47 Cutter Rd, Port Ellery OH 45870. Wife Annette 419-555-0133",
                        "Needs: hospital bed, methadone supply, PT/OT not needed",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="headerless consult list to covering group",
        notes="Hard positive: pipe-separated list with no column headers: rooms, initials, ages, diagnoses and code status for weekend coverage.",
        frm="Dr. Ravi Menon <rmenon@halversonmemorial.org>",
        to="oncall@lakeshorepalliativepartners.com",
        subject="wknd signout",
        body="Thanks for covering. Active list:\n\n5E-14 | R.L. | 76 | met prostate ca, bone pain | DNR/DNI | d/c home hospice Thu\n6N-03 | A.P. | 81 | ESLD, HE | full code -> GOC pending | wife Marisol\nICU-9 | T.W. | 58 | HIE s/p arrest | comfort care, terminal extubation Sat 10a | chaplain notified\n4B-22 | D.H. | 67 | ESRD, stopped HD | DNR | fentanyl 12 mcg patch\n\nCall me if anything odd.\nRavi",
    ),
    Spec(
        phi=True,
        category="HL7 referral order to hospice",
        notes="Hard positive: the body only says manual resend; the HL7 ORM carries patient identifiers and terminal diagnosis.",
        frm="Halverson Interfaces <hl7ops@halversonmemorial.org>",
        to="interfaces@willowmerehospice.org",
        subject="Manual resend: referral order ORM",
        body="Manual resend of a referral order that errored on your side (AE on MSA). Please ack.",
        atts=(
            Att(
                "ORM_O01_HM3308214.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HALVERSON|HMH|WILLOWMERE|WMH|202603171522||ORM^O01|HM5561902|P|2.5.1\r"
                "PID|1||HM-3308214^^^HMH^MR||LINDQVIST^RAYMOND^E||19490630|M|||47 Cutter Rd^^Port Ellery^OH^45870||419-555-0133\r"
                "ORC|NW|PC77120\r"
                "OBR|1|PC77120||HOSPREF^Hospice referral^L\r"
                "DG1|1||C61^Malignant neoplasm of prostate^I10\r"
                "DG1|2||C79.51^Secondary malignant neoplasm of bone^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="symptom plan summary to patient's Hotmail",
        notes="After-visit summary emailed to the patient's own mailbox with medications and bowel regimen.",
        frm="Maureen Kiley NP <mkiley@halversonmemorial.org>",
        to="ppaltrowitz52@hotmail.com",
        subject="What we talked about today",
        body="Dear Mr. Paltrowitz,\n\nHere is the plan from our clinic visit today, as you asked:\n\n1. Pain: keep methadone 5 mg every 12 hours. Use oxycodone 5 mg for breakthrough pain, up to every 4 hours.\n2. Constipation: senna 2 tabs at bedtime, add Miralax daily if no BM in 2 days.\n3. Nausea: ondansetron 4 mg before meals as needed.\n4. Your next scan is with Dr. Haines on April 2; we'll see you again April 9.\n\nCall the palliative line at 419-555-0121 for pain above 6 that lasts more than a day.\n\nMaureen Kiley, NP"
        + SIG,
    ),
    Spec(
        phi=True,
        category="scanned POLST form text to nursing facility",
        notes="Hard positive: OCR-style scanned POLST in a PDF with the patient's name and DNR/comfort-measures selections.",
        frm="Unit 6N Clerk <6n.clerk@halversonmemorial.org>",
        to="admissions@harborviewcarecenter.com",
        subject="scan0047",
        body="Attached per your request.",
        atts=(
            Att(
                "scan0047.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVERSON MEMORIAL HOSPITAL  -  scanned document  -  page 1 of 1",
                        "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)",
                        "Last name: PERALTA     First: ALMA     DOB: 11 / 04 / 1944",
                        "A. CARDIOPULMONARY RESUSCITATION:  [ ] Attempt   [X] Do Not Attempt (DNR)",
                        "B. MEDICAL INTERVENTIONS:  [X] Comfort Measures Only  [ ] Limited  [ ] Full",
                        "C. ARTIFICIALLY ADMINISTERED NUTRITION:  [X] No feeding tube",
                        "Discussed with: patient and daughter (health care POA)   Dx: end stage liver dz",
                        "Signature of physician: I. Okwu MD   Date 03/16/2026",
                    ],
                    "scan0047",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated hospice eligibility note to hospice intake",
        notes="Hard positive: dense abbreviations (ESLD, MELD, GOC, DNR/DNI) with the patient's surname.",
        frm="Dr. Ravi Menon <rmenon@halversonmemorial.org>",
        to="intake@willowmerehospice.org",
        subject="6N-03 for eval",
        body="Mr Peralta 6N-03: ESLD 2/2 EtOH, MELD 32, refractory ascites (para x3 this adm), HE gr 2. GOC mtg today w/ wife -> DNR/DNI, no TIPS, ok for hosp eval. Prefers home. Pls call wife Marisol 419-555-0137.\n\nRM",
    ),
    Spec(
        phi=True,
        category="FMLA certification letter to caregiver's employer",
        notes="Letter to an employer naming the employee and his mother's terminal cancer and palliative care.",
        frm="Claire Dufresne LICSW <cdufresne@halversonmemorial.org>",
        to="leave@kestrelmanufacturing.com",
        subject="FMLA certification - Daniel Reyes",
        body="To the Leave Administrator,\n\nAt the request of your employee Daniel Reyes, this confirms that his mother, Consuelo Reyes, is a patient of the Halverson Memorial palliative care service for metastatic breast cancer. Her condition is expected to worsen over the coming months and she depends on Daniel for transportation to treatment and overnight care. Intermittent leave of up to 3 days per week is medically appropriate through September 2026.\n\nThe completed WH-380-F is attached; certifying provider Imani Okwu, MD, NPI 1897319236.\n\nClaire Dufresne, LICSW"
        + SIG,
        atts=(
            Att(
                "WH-380-F_Reyes.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVERSON MEMORIAL HOSPITAL - Certification of Health Care Provider (Family Member)",
                        "Employee: Daniel Reyes   Family member: Consuelo Reyes (mother), DOB 07/22/1956",
                        "Condition: metastatic breast cancer (C50.911), receiving chemotherapy and palliative care",
                        "Incapacity: intermittent, estimated 1-3 days/week through 09/30/2026",
                        "Provider: Imani Okwu MD, Hospice & Palliative Medicine",
                    ],
                    "WH-380-F",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school counselor note about child's father in ICU",
        notes="Hard positive: letter to a school names the student by first name and states her father is dying in the ICU under palliative care.",
        frm="Claire Dufresne LICSW <cdufresne@halversonmemorial.org>",
        to="counseling@porterellery-ms.k12.oh.us",
        subject="Maya W. - absences this week",
        body="Ms. Grant,\n\nWith her mother's permission I'm letting you know that Maya (7th grade, Mr. Tobin's homeroom) will miss school this week. Her father, Tom Whitfield, is in our ICU after a cardiac arrest and the family has decided on comfort care; he is not expected to survive the weekend. Maya may need a quiet place and some flexibility when she returns. Our child life specialist is available if you want to talk.\n\nClaire"
        + SIG,
    ),
    Spec(
        phi=True,
        category="consult registry upload workbook to registry vendor",
        notes="Hard positive: generic body; the multi-sheet registry extract pairs MRNs with consult dates, diagnoses and symptom scores.",
        frm="Palliative Quality <pcquality@halversonmemorial.org>",
        to="uploads@palliqregistry.org",
        subject="Q1 registry upload (partial)",
        body="Hi Jo,\n\nPartial Q1 upload attached (Jan-Feb). March will follow after chart abstraction closes.\n\nBest,\nEvan Castro",
        atts=(
            Att(
                "PQR_upload_HMH_2026Q1_partial.xlsx",
                XLSX,
                xlsx(
                    {
                        "Consults": [
                            ["MRN", "Consult date", "Age", "Primary dx", "Reason", "Disposition"],
                            [
                                "HM-3291044",
                                "2026-01-08",
                                74,
                                "NSCLC stage IV",
                                "Pain",
                                "Home hospice",
                            ],
                            [
                                "HM-3299310",
                                "2026-01-19",
                                88,
                                "CHF NYHA IV",
                                "GOC",
                                "Died in hospital",
                            ],
                            ["HM-3302271", "2026-02-11", 63, "AML relapsed", "GOC", "SNF"],
                        ],
                        "ESAS": [
                            ["MRN", "Pain first", "Pain 48h", "Dyspnea first", "Dyspnea 48h"],
                            ["HM-3291044", 8, 4, 3, 2],
                            ["HM-3299310", 2, 1, 9, 5],
                            ["HM-3302271", 5, 3, 1, 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR ServiceRequest bundle to hospice",
        notes="FHIR bundle with patient name, MRN and a hospice ServiceRequest for end-stage renal disease.",
        frm="Halverson Interfaces <hl7ops@halversonmemorial.org>",
        to="interfaces@willowmerehospice.org",
        subject="FHIR referral bundle (pilot) - 1 patient",
        body="First pilot FHIR referral per the interface spec v0.4. Please validate and reply with any OperationOutcome.",
        atts=(
            Att(
                "referral_bundle_0319.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "transaction", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "hm-3310467", "identifier": [{"system": "urn:halverson:mrn", "value": "HM-3310467"}], "name": [{"family": "Hargrove", "given": ["Dorothy"]}], "birthDate": "1958-02-17", "telecom": [{"system": "phone", "value": "419-555-0146"}]}},\n'
                ' {"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": {"reference": "Patient/hm-3310467"}, "code": {"text": "Referral to hospice"}, "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.6", "display": "End stage renal disease"}], "text": "Elected to stop hemodialysis"}]}}\n]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded wife's letter to ethics consultant",
        notes="Forward of a patient's wife's email about disagreement over continuing life support, sent to an outside ethics consultant.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="j.abernethy@ohioethicsconsult.org",
        subject="Fwd: please don't let them stop",
        body="Jonah,\n\nCould you join us for an ethics consult tomorrow? Mr. Whitfield (ICU-9, anoxic brain injury after out-of-hospital arrest, day 6) - wife and adult son disagree about withdrawal. Her email below. The son holds the POA.\n\nImani",
        forward=Spec(
            phi=True,
            category="family email",
            notes="inner",
            frm="Renee Whitfield <renee.whitfield77@yahoo.com>",
            to="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
            subject="please don't let them stop",
            body="Dr. Okwu, I know Tom would want more time. His eyes opened yesterday when Maya talked to him. Please don't let Jason make them take out the tube. I'm begging you. Renee",
        ),
    ),
    Spec(
        phi=True,
        category="SNF transfer packet zip",
        notes="Zip with a medication list CSV and transfer summary for a named patient going to a nursing facility.",
        frm="Unit 6N Clerk <6n.clerk@halversonmemorial.org>",
        to="admissions@harborviewcarecenter.com",
        subject="Transfer packet - Peralta, Alma",
        body="Transfer packet for tomorrow's 11 am transfer attached (med list + summary). POLST sent separately this morning."
        + TAG,
        atts=(
            Att(
                "transfer_Peralta_A.zip",
                "application/zip",
                zipped(
                    {
                        "med_list.csv": "drug,dose,route,freq\nlactulose,20 g,PO,TID titrate to 3 BM\nrifaximin,550 mg,PO,BID\nmorphine oral soln,2.5 mg,SL,q2h PRN dyspnea\n",
                        "transfer_summary.txt": "Alma Peralta, DOB 11/04/1944, MRN HM-3312209. End-stage liver disease, comfort measures only. Admitted 03/10/2026 with hepatic encephalopathy.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="consult note sent to physician's personal Gmail",
        notes="Misdirected-style mail: consult assessment with patient name and diagnosis sent to a doctor's personal Gmail.",
        frm="Dr. Ravi Menon <rmenon@halversonmemorial.org>",
        to="drbarros.home@gmail.com",
        subject="Re: your pt",
        body="Luis - sending here since you said your work inbox is down. Saw Dorothy Hargrove today: she has decided to stop dialysis after the fistula failed again. Understands she likely has 1-2 weeks. Started low-dose hydromorphone for pruritus/dyspnea, referring to Willowmere. She asked me to tell you thank you for 20 years.\n\nRavi",
    ),
    Spec(
        phi=True,
        category="MRN plus ammonia result to covering NP",
        notes="Hard positive: only an MRN with a lab value and medication change, no name.",
        frm="Dr. Ravi Menon <rmenon@halversonmemorial.org>",
        to="kbell.np@lakeshorepalliativepartners.com",
        subject="fyi",
        body="HM-3312209 ammonia 148 this am, more confused overnight. Increased lactulose to 30 g QID, rifaximin cont. Family aware.",
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing company",
        notes="Hard positive: generic body; the X12 835 lists patient names, member IDs and paid amounts for palliative consults.",
        frm="PC Billing <pcbilling@halversonmemorial.org>",
        to="denials@revcyclemedpartners.com",
        subject="835 from Buckeye - 2 denials to work",
        body="Two CO-197 denials on this remit. Can your team appeal? Remit attached.",
        atts=(
            Att(
                "ERA_BUCKEYE_0313.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*BUCKEYEADV     *ZZ*HALVERSONPC    *260313*0600*^*00501*000331870*0*P*:~"
                "GS*HP*BUCKEYEADV*HALVERSONPC*20260313*0600*331870*X*005010X221A1~ST*835*0001~BPR*I*412.60*C*ACH~"
                "N1*PE*HALVERSON MEMORIAL PALLIATIVE*XX*1573344060~"
                "CLP*PC88011*1*268.00*206.30**MC*2603130011~NM1*QC*1*PALTROWITZ*PERRY****MI*BAP40551278~SVC*HC:99223*268.00*206.30~"
                "CLP*PC88042*4*212.00*0**MC*2603130012~NM1*QC*1*REYES*CONSUELO****MI*BAP40889013~SVC*HC:99497*212.00*0~CAS*CO*197*212.00~"
                "SE*11*0001~GE*1*331870~IEA*1*000331870~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="condolence note to widow referencing hospital stay",
        notes="Hard positive: a warm condolence card to the widow's Gmail names her husband and his last days on 6 North.",
        frm="Palliative Care Team <palliativecare@halversonmemorial.org>",
        to="marisol.peralta.oh@gmail.com",
        subject="Thinking of you",
        body="",
        html=(
            "<html><body style='font-family:Georgia'><p>Dear Marisol,</p><p>All of us on the palliative care team were honored to know Alberto during his last week with us on 6 North. "
            "We remember how he still teased the nurses about the Browns even when he was so tired, and how you never left his side.</p>"
            "<p>Our bereavement coordinator will call you next month. Please reach out anytime at 419-555-0121.</p>"
            "<p>With sympathy,<br>Dr. Menon, Maureen, Claire and the Palliative Care Team</p></body></html>"
        ),
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="palliative grand rounds invitation on opioids in renal failure",
        notes="Hard negative: educational calendar invite about opioid choice in kidney failure; no patient.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="medstaff-all@halversonmemorial.org",
        cc="cme@ohiopalliativesociety.org",
        subject="Grand Rounds 3/20: Opioids when the kidneys fail",
        body="Please join us Friday at noon. Learning objectives: avoid morphine and codeine in ESRD, dose hydromorphone and fentanyl safely, recognise neurotoxicity. 1.0 CME.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Halverson Memorial//CME//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hmh-gr-20260320@halversonmemorial.org\r\nDTSTAMP:20260316T120000Z\r\n"
            "DTSTART:20260320T160000Z\r\nDTEND:20260320T170000Z\r\nSUMMARY:Medicine Grand Rounds - Opioids in renal failure (Okwu)\r\n"
            "LOCATION:Auditorium B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="consult volume workbook to hospital leadership",
        notes="Hard negative: multi-sheet aggregate consult counts by unit and diagnosis group, no patient rows.",
        frm="Palliative Quality <pcquality@halversonmemorial.org>",
        to="cmo-office@halversonmemorial-leadership.org",
        subject="FY26 palliative volume & LOS impact",
        body="Dr. Sunderland,\n\nThe numbers you asked for ahead of the budget meeting are attached. Short version: consults up 18%, median time from admission to consult down from 4.1 to 2.6 days.\n\nEvan Castro, MPH",
        atts=(
            Att(
                "PC_volume_FY26.xlsx",
                XLSX,
                xlsx(
                    {
                        "By unit": [
                            ["Unit", "Consults", "Median days to consult"],
                            ["ICU", 212, 1.8],
                            ["5 East Oncology", 301, 2.1],
                            ["6 North Medicine", 188, 3.4],
                        ],
                        "By diagnosis": [
                            ["Group", "Consults", "% hospice referral"],
                            ["Cancer", 402, 47],
                            ["Heart failure", 96, 31],
                            ["Dementia", 71, 52],
                            ["ESRD", 44, 38],
                        ],
                        "Notes": [["Item"], ["Counts exclude repeat consults within 30 days"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fellowship interview confirmation to applicant",
        notes="Interview logistics to an applicant's personal mailbox; no health information.",
        frm="Palliative Fellowship <pcfellowship@halversonmemorial.org>",
        to="s.nakashima.md@gmail.com",
        subject="Interview confirmed - April 7",
        body="Dear Dr. Nakashima,\n\nYour interview for the Hospice and Palliative Medicine fellowship is confirmed for Tuesday April 7, 8:00-14:30. Dinner with current fellows the evening before at 6:30. Parking validation at the front desk.\n\nWarm regards,\nAlicia Moreno\nProgram Coordinator",
    ),
    Spec(
        phi=False,
        category="opioid conversion reference PDF to residents",
        notes="Hard negative: equianalgesic dosing table with drug names and doses; no patient.",
        frm="Maureen Kiley NP <mkiley@halversonmemorial.org>",
        to="im-residents@halversonmemorial.org",
        subject="Pocket card: opioid conversions (updated)",
        body="Updated pocket card attached. Note the methadone row now says 'call palliative' instead of giving a ratio.",
        atts=(
            Att(
                "opioid_conversion_card_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVERSON MEMORIAL PALLIATIVE CARE - EQUIANALGESIC REFERENCE",
                        "Morphine PO 30 mg = morphine IV 10 mg = oxycodone PO 20 mg",
                        "Hydromorphone PO 7.5 mg = hydromorphone IV 1.5 mg",
                        "Fentanyl patch 25 mcg/h ~ morphine PO 50-60 mg/day",
                        "Reduce 25-50% for incomplete cross-tolerance. Methadone: call palliative.",
                    ],
                    "Opioid conversion card",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="declining pharmaceutical rep lunch",
        notes="Reply to a drug company rep; no patient.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="b.kessler@northlinepharma.com",
        subject="Re: lunch-and-learn on naldemedine",
        body="Hi Brett,\n\nThanks, but our team doesn't do sponsored lunches per hospital policy. If you have the prescribing information and the cost data for the formulary committee, send them to pharmacy@halversonmemorial.org.\n\nImani Okwu, MD",
    ),
    Spec(
        phi=False,
        category="HL7 test message with declared test patient",
        notes="Hard negative: HL7 sample for interface testing uses an obviously fake TEST patient and is declared synthetic.",
        frm="Halverson Interfaces <hl7ops@halversonmemorial.org>",
        to="support@carebridgeintegration.com",
        subject="Sample ORM for mapping (synthetic)",
        body="Synthetic sample for your mapping work (TEST patient in our TST environment, no real data).",
        atts=(
            Att(
                "sample_ORM_TEST.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HALVERSON|HMH_TST|CAREBRIDGE|CB|202603161000||ORM^O01|TST0001|T|2.5.1\r"
                "PID|1||TEST000001^^^HMH^MR||ZZTEST^PALLIATIVE^A||19000101|U\r"
                "ORC|NW|TST9001\r"
                "OBR|1|TST9001||HOSPREF^Hospice referral^L\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR Questionnaire for symptom screening",
        notes="Hard negative: a FHIR Questionnaire definition (ESAS items), a form template with no patient answers.",
        frm="Halverson Interfaces <hl7ops@halversonmemorial.org>",
        to="dev@symptomtrackapp.io",
        subject="ESAS Questionnaire resource for the app build",
        body="Here is the Questionnaire resource our build uses. No patient data; just the item definitions.",
        atts=(
            Att(
                "Questionnaire-esas-r.json",
                "application/fhir+json",
                '{"resourceType": "Questionnaire", "id": "esas-r", "status": "active", "title": "Edmonton Symptom Assessment System (revised)",\n'
                ' "item": [{"linkId": "pain", "text": "Pain (0-10)", "type": "integer"}, {"linkId": "tiredness", "text": "Tiredness (0-10)", "type": "integer"}, {"linkId": "nausea", "text": "Nausea (0-10)", "type": "integer"}, {"linkId": "dyspnea", "text": "Shortness of breath (0-10)", "type": "integer"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="on-call roster CSV to answering service",
        notes="Hard negative: CSV with names, dates and phone numbers of clinicians on call; workforce data only.",
        frm="Palliative Care Team <palliativecare@halversonmemorial.org>",
        to="dispatch@tristateanswering.com",
        subject="April on-call roster",
        body="April roster attached. Note Dr. Menon and Dr. Okwu swapped the Easter weekend.",
        atts=(
            Att(
                "pc_oncall_april2026.csv",
                "text/csv",
                "date,physician,np,physician_cell\n2026-04-01,Imani Okwu MD,Maureen Kiley NP,419-555-0151\n2026-04-02,Ravi Menon MD,Maureen Kiley NP,419-555-0152\n2026-04-03,Ravi Menon MD,Kerry Bell NP,419-555-0152\n2026-04-04,Ravi Menon MD,Kerry Bell NP,419-555-0152\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="journal club discussion",
        notes="Discussion of a published trial; no patients.",
        frm="Dr. Ravi Menon <rmenon@halversonmemorial.org>",
        to="pc-journalclub@ohiopalliativesociety.org",
        subject="Journal club: early PC in advanced heart failure",
        body="For next week: the PAL-HF trial. Questions to think about: (1) was the KCCQ change clinically meaningful, (2) who delivered the intervention, (3) could we replicate this with our staffing. I'll bring snacks.\n\nRavi",
    ),
    Spec(
        phi=False,
        category="supply order confirmation with SSN-shaped PO number",
        notes="Hard negative: purchase order number formatted like an SSN in a supply order; no person.",
        frm="PC Office <pcoffice@halversonmemorial.org>",
        to="orders@midwestmedsupply.com",
        subject="PO 512-44-8830 confirmation",
        body="Please confirm PO 512-44-8830:\n\n- 6 x memory boxes (bereavement keepsake)\n- 200 x handprint kits\n- 4 x reclining chairs, family room\n\nShip to Palliative Care Office, 5th floor, Halverson Memorial, 900 Lakeview Blvd.\n\nThanks,\nGina",
    ),
    Spec(
        phi=False,
        category="patient-family advisory council recruitment",
        notes="HTML-only recruitment message for an advisory council; no individual health data.",
        frm="Patient Experience <patientexperience@halversonmemorial.org>",
        to="pfac-interest@halversonmemorial.org",
        subject="Join our Palliative Care Family Advisory Council",
        body="",
        html=(
            "<html><body><h2>Share your voice</h2><p>If you or someone you love has been cared for by a palliative care team, we would value your perspective. "
            "The council meets six times a year, evenings, with a stipend for your time.</p><p>Reply to this message or call 419-555-0128.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="music therapy program description to donor foundation",
        notes="Program description for a grant; general patient populations only.",
        frm="Palliative Care Team <palliativecare@halversonmemorial.org>",
        to="programs@ellerybaycommunityfdn.org",
        subject="Music therapy proposal - program description",
        body="Dear Grants Committee,\n\nOur bedside music therapy program would serve adults with serious illness on the oncology and ICU units: legacy songwriting, relaxation for dyspnea and anxiety, and vigil music at end of life. We estimate 300 sessions per year. Budget and letters of support are attached to the portal submission.\n\nSincerely,\nImani Okwu, MD, Medical Director",
    ),
    Spec(
        phi=False,
        category="conference abstract with aggregate outcomes",
        notes="Hard negative: abstract reports counts, medians and percentages of consult outcomes; no individual.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="abstracts@aahpmassembly.org",
        subject="Abstract submission #2291 - revised",
        body="Revised abstract text:\n\nEarly ICU palliative triggers in a community hospital. Of 212 ICU consults (median age 71, 46% women), 58% occurred within 48 hours of admission after trigger implementation versus 23% before. Code status changed in 64%. Median ICU length of stay fell from 6.2 to 4.9 days. No change in mortality.\n\nI. Okwu, R. Menon, E. Castro",
    ),
    Spec(
        phi=False,
        category="survey response to state health department",
        notes="Policy survey answer to a regulator about opioid stewardship; no patients.",
        frm="Dr. Imani Okwu <iokwu@halversonmemorial.org>",
        to="opioidsurvey@odh.ohio.gov",
        subject="Hospital opioid stewardship survey - Halverson Memorial",
        body="Answers for section C:\n\nC1. Yes, palliative care reviews all methadone starts.\nC2. Naloxone co-prescribing at discharge for >= 50 MME/day: yes since 2024.\nC3. We do not exclude hospice patients from PDMP checks.\n\nImani Okwu, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="consult trigger criteria DOCX",
        notes="Hard negative: criteria document listing diseases and scores that trigger a palliative consult; no patient.",
        frm="Maureen Kiley NP <mkiley@halversonmemorial.org>",
        to="nursing-leaders@halversonmemorial.org",
        subject="Updated consult triggers - for huddle boards",
        body="Please post the attached on the unit huddle boards by Monday.",
        atts=(
            Att(
                "PC_consult_triggers_v5.docx",
                DOCX,
                docx(
                    [
                        "Halverson Memorial - When to call Palliative Care",
                        "Metastatic solid tumor with ECOG 3-4",
                        "ESRD age 75+ with 2 or more admissions in 6 months",
                        "Heart failure NYHA IV with inotrope dependence",
                        "ICU stay longer than 7 days, or family conflict about goals",
                        "Ask: 'Would you be surprised if this patient died in the next 12 months?'",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer contract question on palliative bundle",
        notes="Hard negative: contract question cites a CPT code and enrolment file format but no member data.",
        frm="Evan Castro <ecastro@halversonmemorial.org>",
        to="provider.contracting@buckeyeadvantageplan.com",
        subject="Community palliative bundle - rate question",
        body="Hi Sheryl,\n\nOn the draft community palliative care bundle: is the $410 PMPM inclusive of the home visit by the NP, or billed separately under 99345? Also, which attribution file format will you send (834 or flat file)?\n\nThanks,\nEvan Castro\nPalliative Program Manager",
    ),
    Spec(
        phi=False,
        category="forwarded conference registration receipt",
        notes="Forward of a conference registration receipt to finance; no health information.",
        frm="Maureen Kiley NP <mkiley@halversonmemorial.org>",
        to="ap@halversonmemorial-finance.org",
        subject="Fwd: Registration confirmed - Ohio Palliative Summit",
        body="For reimbursement, CME fund.",
        forward=Spec(
            phi=False,
            category="registration receipt",
            notes="inner",
            frm="Ohio Palliative Society <events@ohiopalliativesociety.org>",
            to="Maureen Kiley <mkiley@halversonmemorial.org>",
            subject="Registration confirmed - Ohio Palliative Summit",
            body="Thank you, Maureen Kiley. Registration ID OPS26-0419. Amount paid: $325.00. Columbus Convention Center, May 14-15.",
        ),
    ),
    Spec(
        phi=False,
        category="synthetic C-CDA template for vendor validation",
        notes="Hard negative: a C-CDA skeleton with a declared synthetic test patient and placeholder text.",
        frm="Halverson Interfaces <hl7ops@halversonmemorial.org>",
        to="support@carebridgeintegration.com",
        subject="CCD template for validator run",
        body="Template only (synthetic, TEST000001) so you can run the ONC validator against our section structure.",
        atts=(Att("PC_consult_template_TEST.xml", "application/xml", SYNTH_CCDA),),
    ),
    Spec(
        phi=False,
        category="family satisfaction survey QR poster",
        notes="Poster image and text for a general survey; no individual.",
        frm="Patient Experience <patientexperience@halversonmemorial.org>",
        to="printing@halversonmemorial-services.org",
        subject="Print request: 20 posters",
        body="Please print 20 copies (11x17) of the attached QR poster: 'Tell us how we cared for your family - scan to take a 3-minute survey.'",
        atts=(Att("family_survey_QR.png", "image/png", png(7, 7, (20, 20, 20))),),
    ),
]
