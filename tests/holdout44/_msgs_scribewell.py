"""Outbound mail of Scribewell Medical Documentation, a coding and transcription service (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nScribewell Medical Documentation, Inc.\nCoding | Transcription | CDI\n2150 Lakeshore Pkwy, Columbus OH | 614-555-0155"
FOOT = "\n\nThis e-mail and any attachments are intended only for the named recipient and may contain information protected under HIPAA."

_MDM = "\r".join(
    [
        "MSH|^~\\&|SCRIBEWELL|SWMD|EHRDOCS|MAPLEGROVE_HOSP|202604211344||MDM^T02|SW260421-0387|P|2.4",
        "EVN|T02|202604211344",
        "PID|1||M2207714^^^MGH^MR||Castellano^Bruno^E||19590131|M|||77 Orchard Hill Dr^^Dublin^OH^43017",
        "PV1|1|I|3W^318^A^MGH||||1541018580^Whitaker^Simone^^^^MD",
        "TXA|1|OP|TX|202604201610|||||||SW-JOB-44817||||AU",
        "OBX|1|TX|OPNOTE^Operative note||PROCEDURE: Laparoscopic cholecystectomy. INDICATION: symptomatic cholelithiasis with acute cholecystitis. FINDINGS: distended, inflamed gallbladder; no CBD stones on cholangiogram. EBL 20 mL.||||||F",
        "",
    ]
)

_MDM_TEST = "\r".join(
    [
        "MSH|^~\\&|SCRIBEWELL|SWMD_TEST|EHRDOCS|CEDARPOINT_TST|202604200900||MDM^T02|SWTEST0001|T|2.4",
        "PID|1||TEST0001^^^CPT^MR||TESTPATIENT^SCRIBEWELL||19000101|U",
        "TXA|1|CN|TX|202604200900|||||||SW-TEST-0001||||AU",
        "OBX|1|TX|CONSULT^Consult note||This is a synthetic interface test document. No patient.||||||F",
        "",
    ]
)

_X12_837P = (
    "ISA*00*          *00*          *ZZ*SCRIBEWELLMD   *ZZ*BUCKEYEEDI     *260421*1615*^*00501*000007730*0*P*:~"
    "GS*HC*SCRIBEWELLMD*BUCKEYEEDI*20260421*1615*7730*X*005010X222A1~ST*837*0001*005010X222A1~"
    "BHT*0019*00*SW837P-7730*20260421*1615*CH~NM1*85*2*OLENTANGY INTERNAL MEDICINE*****XX*1990423950~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*BCX4410******BL~"
    "NM1*IL*1*HOLLOWAY*DIANE****MI*ZGH882047731~N3*1408 Kenny Rd~N4*Columbus*OH*43212~DMG*D8*19640709*F~"
    "CLM*OIM-26-04417*245***11:B:1*Y*A*Y*Y~HI*ABK:M54.16*ABF:M51.26~"
    "SV1*HC:99214:25*185*UN*1***1:2~DTP*472*D8*20260415~SV1*HC:20552*60*UN*1***1~DTP*472*D8*20260415~"
    "SE*16*0001~GE*1*7730~IEA*1*000007730~"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*BUCKEYEEDI     *ZZ*SCRIBEWELLMD   *260420*0805*^*00501*000088210*0*P*:~"
    "GS*HP*BUCKEYEEDI*SCRIBEWELLMD*20260420*0805*88210*X*005010X221A1~ST*835*0001~"
    "BPR*I*412.66*C*ACH*CCP*01*041000124*DA*7730021*1314000001**01*044000037*DA*5512093*20260420~"
    "TRN*1*EFT88210331*1314000001~N1*PR*OHIO VALLEY HEALTH PLAN~N1*PE*OLENTANGY INTERNAL MEDICINE*XX*1990423950~"
    "CLP*OIM-26-04102*1*320*212.66*40*12*OVH2604100552*11*1~NM1*QC*1*FAIRBANKS*LEON****MI*OVH553901214~"
    "SVC*HC:99215*320*212.66**1~DTM*472*20260402~CAS*PR*2*40~CAS*CO*45*67.34~"
    "CLP*OIM-26-04133*4*210*0*0*12*OVH2604100587*11*1~NM1*QC*1*ABERNATHY*JUNE****MI*OVH553877610~"
    "SVC*HC:G0439*210*0**1~CAS*CO*97*210~SE*18*0001~GE*1*88210~IEA*1*000088210~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="transcribed discharge summary returned to HIM",
        notes="Transcribed discharge summary DOCX with patient name, MRN, dates and COPD exacerbation course returned to the client hospital.",
        frm="Transcription Delivery <delivery@scribewellmed.com>",
        to="him.transcription@maplegrovehospital.org",
        subject="Completed job SW-44790 (DS)",
        body="Completed discharge summary attached for Dr. Whitaker's signature queue." + FOOT,
        atts=(
            Att(
                "SW-44790_DS.docx",
                DOCX,
                docx(
                    [
                        "MAPLE GROVE HOSPITAL - DISCHARGE SUMMARY",
                        "PATIENT: Rutherford, Agnes    MRN: M2195530    ADMITTED: 04/14/2026    DISCHARGED: 04/19/2026",
                        "ATTENDING: Simone Whitaker, MD",
                        "DISCHARGE DIAGNOSIS: Acute exacerbation of COPD (J44.1) with acute on chronic hypoxic respiratory failure.",
                        "HOSPITAL COURSE: Treated with IV methylprednisolone, nebulized ipratropium-albuterol and azithromycin; weaned to 2 L home O2.",
                        "DISCHARGE MEDICATIONS: prednisone 40 mg daily x 3 more days; Trelegy Ellipta 1 inhalation daily.",
                        "Dictated by: S. Whitaker  Transcribed by: SW/kd  Job: SW-44790",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CDI query to physician on heart failure acuity",
        notes="Clinical documentation query names a patient, account and echo findings and asks the physician to specify heart failure type.",
        frm="CDI Team <cdi@scribewellmed.com>",
        to="swhitaker@maplegrovehospital.org",
        subject="Documentation query - acct 7730214",
        body=(
            "Dr. Whitaker,\n\nPatient: Delgado, Ramon   Acct 7730214   Admit 04/16/2026\n"
            "Clinical indicators: BNP 1,840 pg/mL, echo EF 25%, IV furosemide 40 mg BID, 'CHF' documented in progress notes.\n"
            "Question: Can the type and acuity of heart failure be further specified? (e.g., acute on chronic systolic, chronic systolic, other, unable to determine)\n\n"
            "Please answer in the query tab in the EHR. Thank you.\nNadia Holm, RN, CCDS" + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="dictation text whose name is only in the file name",
        notes="Hard positive: the transcript text has no name, but the attachment's file name gives the patient's name and visit date with diabetes follow-up content.",
        frm="Transcription Delivery <delivery@scribewellmed.com>",
        to="records@olentangyinternalmed.com",
        subject="Completed: 1 clinic note",
        body="1 clinic note attached. Pls confirm receipt.",
        atts=(
            Att(
                "Pruitt_Harold_2026-04-20_clinic.txt",
                "text/plain",
                "SUBJECTIVE: 58-year-old male here for follow-up of type 2 diabetes and hypertension. Reports good adherence.\n"
                "OBJECTIVE: BP 148/92. A1c 8.4 today, up from 7.6.\n"
                "ASSESSMENT/PLAN: 1. Type 2 DM, uncontrolled - add empagliflozin 10 mg daily. 2. HTN - increase lisinopril to 20 mg.\n"
                "Return in 3 months.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P professional claim batch to clearinghouse",
        notes="X12 837P with patient name, address, DOB, member ID, radiculopathy diagnoses and procedures.",
        frm="Billing Services <billing@scribewellmed.com>",
        to="submissions@buckeyeedi.com",
        subject="Batch 7730 - Olentangy IM",
        body="837P batch 7730 attached for Olentangy Internal Medicine (1 claim). Please confirm 999.",
        atts=(Att("OIM_837P_7730.x12", "application/edi-x12", _X12_837P),),
    ),
    Spec(
        phi=True,
        category="835 remittance with denied wellness visit",
        notes="Hard positive: the body only flags a denial by claim number; the attached 835 names patients, member IDs and services paid or denied.",
        frm="Billing Services <billing@scribewellmed.com>",
        to="office.manager@olentangyinternalmed.com",
        subject="ERA 04/20 - one denial to work",
        body="Hi Carol, ERA from Ohio Valley attached. Claim OIM-26-04133 denied CO-97 (bundled). We'll rebill with modifier if you confirm the AWV was separately documented.\n\nBilling Services",
        atts=(Att("OVH_835_88210.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="Medicare denial appeal letter with MBI",
        notes="Appeal letter names a Medicare beneficiary with MBI, DOB and the denied cardiac monitoring service.",
        frm="Denials & Appeals <appeals@scribewellmed.com>",
        to="redeterminations@cgs-mac-region15.com",
        subject="Redetermination request - claim 2226104481902",
        body=(
            "To the Redetermination Unit:\n\nOn behalf of Olentangy Internal Medicine we request redetermination of claim 2226104481902.\n"
            "Beneficiary: Winifred Achterberg   MBI: 7RJ2-UX4-MD61   DOB 09/03/1941\n"
            "Service: 93248 external ECG monitoring, 7-15 days, DOS 03/02/2026. Denied as not medically necessary.\n"
            "The attached letter documents recurrent syncope with a prior non-diagnostic 24-hour Holter.\n\nScribewell Appeals Team" + SIG
        ),
        atts=(
            Att(
                "appeal_Achterberg_93248.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBEWELL MEDICAL DOCUMENTATION - APPEALS",
                        "Re: Winifred Achterberg, DOB 09/03/1941, DOS 03/02/2026, CPT 93248",
                        "Mrs. Achterberg has had three syncopal episodes since January 2026.",
                        "24-hour Holter 01/28/2026 was non-diagnostic. Extended monitoring is indicated",
                        "per LCD L34636 to evaluate for paroxysmal arrhythmia.",
                        "Prepared for: Olentangy Internal Medicine, Dr. P. Greaves",
                    ],
                    "Appeal - Achterberg",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coding audit workbook by account number",
        notes="Hard positive: no names, but account numbers with service dates, diagnosis and procedure codes identify individual encounters.",
        frm="Coding Quality <quality@scribewellmed.com>",
        to="revenue.integrity@maplegrovehospital.org",
        subject="Q1 inpatient coding audit - detail",
        body="Detail for the Q1 audit is attached (sheet 1 = changes, sheet 2 = DRG impact). Overall accuracy 96.1%.",
        atts=(
            Att(
                "MGH_Q1_IP_audit_detail.xlsx",
                XLSX,
                xlsx(
                    {
                        "Changes": [["Acct", "Disch", "Original PDX", "Audited PDX", "Reason"], ["7710533", "2026-01-08", "J18.9", "A41.9", "sepsis present on admission"], ["7712918", "2026-02-11", "I50.9", "I50.23", "acuity documented"], ["7719904", "2026-03-27", "F10.239", "F10.231", "withdrawal delirium documented"]],
                        "DRG impact": [["Acct", "Original DRG", "Audited DRG", "Delta"], ["7710533", "194", "872", 4120.55], ["7712918", "292", "291", 2211.10]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded physician answer on insulin code",
        notes="Hard positive: forwarded thread with only an account number and the physician confirming insulin use and diabetic neuropathy.",
        frm="Coding Team <coding@scribewellmed.com>",
        to="billing@olentangyinternalmed.com",
        subject="Fwd: RE: acct 55102873",
        body="FYI - Dr. Greaves answered below; we've added Z79.4 and E11.42 and released the claim.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Paul Greaves MD <pgreaves@olentangyinternalmed.com>",
            to="coding@scribewellmed.com",
            subject="RE: acct 55102873",
            body="yes she's been on insulin since Jan. and yes the neuropathy is diabetic. DOS 4/14. -PG\n\n> Dr. Greaves, acct 55102873 DOS 4/14: is the pt on long-term insulin, and is the peripheral neuropathy due to her diabetes?",
        ),
    ),
    Spec(
        phi=True,
        category="QA feedback sent to contractor's personal mailbox",
        notes="Quality feedback to a transcriptionist's gmail quotes a named patient's report (hypotension after dialysis).",
        frm="QA Lead <qa@scribewellmed.com>",
        to="kdorsey.mt@gmail.com",
        subject="QA feedback - job 44817",
        body=(
            "Hi Kim,\n\nOne critical error on job 44817 (Mrs. Eleanor Albright, nephrology consult): you typed 'hypertension after dialysis' "
            "where Dr. Singh dictated 'hypotension after dialysis' - that changes the plan (midodrine). Please re-listen at 03:42 and correct in the platform.\n\n"
            "Otherwise 99.2% this week - nice work.\nMarta"
        ),
    ),
    Spec(
        phi=True,
        category="HTML radiology report delivery",
        notes="HTML-only delivery of a CT report with patient name, DOB and renal calculus finding.",
        frm="Radiology Transcription <rad@scribewellmed.com>",
        to="reading.room@cedarpointimaging.com",
        subject="STAT report ready - CT abd/pelvis",
        html=(
            "<html><body><table border='1' cellpadding='3'><tr><th>Patient</th><td>Marguerite Osei</td></tr>"
            "<tr><th>DOB</th><td>12/01/1977</td></tr><tr><th>Exam</th><td>CT abdomen/pelvis without contrast, 04/21/2026 07:55</td></tr></table>"
            "<p><b>IMPRESSION:</b> 4 mm obstructing calculus at the left ureterovesical junction with mild left hydronephrosis. No free air.</p>"
            "<p>Dictated by Aaron Feld, MD. Transcribed by Scribewell Radiology, job R-90314.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="HL7 MDM operative note to client EHR",
        notes="Hard positive: body is a one-line delivery notice; the attached MDM carries the patient's name, MRN, address and operative findings.",
        frm="Interface Delivery <hl7@scribewellmed.com>",
        to="interface.queue@maplegrovehospital.org",
        subject="Resend SW260421-0387",
        body="Resending one MDM that failed ACK at 13:44.",
        atts=(Att("SW260421-0387.hl7", "application/hl7-v2", _MDM),),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form",
        notes="Hard positive: OCR'd intake form with typos (D0B, Pat1ent) still gives name, DOB, insurance ID and depression/medication history.",
        frm="Indexing Team <indexing@scribewellmed.com>",
        to="himscan@cedarpointbehavioral.org",
        subject="OCR output for batch 0419-B page 3",
        body="Page 3 of batch 0419-B didn't index (no barcode). OCR text attached so you can tell us which chart it belongs to.",
        atts=(
            Att(
                "batch0419B_p3_ocr.txt",
                "text/plain",
                "CEDARP0INT BEHAVI0RAL HEALTH - NEW PAT1ENT INTAKE\n"
                "Pat1ent Name: Sch0field, Brianna M.    D0B: O4/27/2OO0\n"
                "lnsurance lD: BKO 7719 2204 58\n"
                "Reason for visit: depressi0n, panic attacks since Jan\n"
                "Current meds: escitalopram 1O mg, hydroxyzine 25 mg prn\n"
                "Prior hosp: yes - 2024 (overdose)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="operative note sent to patient at her request",
        notes="Copy of a named patient's operative report sent to her icloud mailbox at her request.",
        frm="Release of Information <roi@scribewellmed.com>",
        to="tamsin.obrien@icloud.com",
        subject="Your requested record - operative report 03/30/2026",
        body=(
            "Dear Ms. O'Brien,\n\nAs requested on your signed form (ROI-88213), here is your operative report from Maple Grove Hospital:\n\n"
            "Procedure: right carpal tunnel release, 03/30/2026, surgeon Dr. Imran Qadir. Findings: marked median nerve compression. "
            "No complications.\n\nScribewell processes release-of-information requests on behalf of Maple Grove Hospital." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="dictation job list with MRN and psych worktype",
        notes="Hard positive: job list CSV pairs MRNs and patient initials with psychiatric evaluation and substance-use worktypes.",
        frm="Workflow Desk <workflow@scribewellmed.com>",
        to="him.supervisor@cedarpointbehavioral.org",
        subject="Overdue jobs > 48 h",
        body="These jobs are past the 48-hour TAT because the audio is unclear. Can you ask the dictators to re-record?",
        atts=(
            Att(
                "overdue_jobs.csv",
                "text/csv",
                "job_id,dictator,mrn,pt_initials,worktype,dictated\n"
                "CB-2291,Dr. Y. Albrecht,CB0044813,R.T.,Psych eval - initial,2026-04-17\n"
                "CB-2296,Dr. Y. Albrecht,CB0051120,M.K.,SUD (42 CFR Part 2) progress,2026-04-17\n"
                "CB-2304,L. Fenn LPCC,CB0049902,D.O.,Discharge - inpatient psych,2026-04-18\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="signature request to physician's personal mailbox",
        notes="Query naming a patient, MRN and dementia diagnosis sent to a physician's personal gmail (misdirected channel).",
        frm="CDI Team <cdi@scribewellmed.com>",
        to="dr.imran.qadir@gmail.com",
        subject="Unsigned query - Lamb",
        body="Dr. Qadir, your query for Victoria Lamb (MRN M2201187) about the type of dementia (Alzheimer's vs vascular) is still unsigned and is holding the claim. Can you sign in the EHR today?\n\nNadia Holm, RN, CCDS",
    ),
    Spec(
        phi=True,
        category="colonoscopy charge correction",
        notes="Client billing is told a named patient's colonoscopy code should change.",
        frm="Coding Team <coding@scribewellmed.com>",
        to="billing@lakeviewgi.com",
        subject="Charge correction",
        body="Hi Deb,\n\nFor Yusuf Adeyemi, DOS 04/08/2026: the colonoscopy was coded 45385 (snare polypectomy) but the report documents cold biopsy forceps only, so it should be 45380. Dx K63.5 polyp of colon. Corrected charge is in the queue.\n\nThanks,\nScribewell Coding",
    ),
    Spec(
        phi=True,
        category="death summary transcription to HIM",
        notes="Death summary names a patient and his time and cause of death.",
        frm="Transcription Delivery <delivery@scribewellmed.com>",
        to="him.transcription@maplegrovehospital.org",
        subject="Completed job SW-44902 (death summary)",
        body=(
            "DEATH SUMMARY\nPatient: Ellis Marchetti   MRN M1988021\nDate/time of death: 04/18/2026 03:12\n"
            "Cause: cardiopulmonary arrest secondary to metastatic pancreatic adenocarcinoma; comfort care per family.\n"
            "Attending: Simone Whitaker, MD\n\nJob SW-44902, transcribed 04/20/2026." + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="pathology report with diagnosis only in subject",
        notes="Hard positive: the body is a generic cover line; the subject pairs a surname with melanoma margins and the PDF holds the report.",
        frm="Pathology Transcription <path@scribewellmed.com>",
        to="dermpath@lakeviewdermatology.com",
        subject="STAT TAT - Kessler - melanoma re-excision margins",
        body="Attached as requested. Please confirm receipt.",
        atts=(
            Att(
                "path_S26-1187.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBEWELL PATHOLOGY TRANSCRIPTION - SURGICAL PATHOLOGY REPORT",
                        "Patient: Kessler, Norbert   DOB 02/19/1966   Case S26-1187",
                        "Specimen: skin, left upper back, wide re-excision",
                        "Diagnosis: residual melanoma in situ; margins clear, closest 4 mm.",
                        "Pathologist: R. Ahn, MD",
                    ],
                    "S26-1187",
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="coding tips HTML newsletter",
        notes="Hard negative: HTML-only newsletter with ICD-10 codes and documentation tips; no patient.",
        frm="Scribewell Academy <academy@scribewellmed.com>",
        to="coders-list@scribewellmed.com",
        subject="Coding Corner #112: diabetes combination codes",
        html=(
            "<html><body><h2>Coding Corner #112</h2><p>Remember the ICD-10-CM 'with' convention: type 2 diabetes and CKD stage 3a "
            "are coded E11.22 + N18.31 even when the link isn't stated.</p><ul><li>E11.65 - with hyperglycemia</li>"
            "<li>E11.42 - with diabetic polyneuropathy</li><li>Z79.4 - long-term insulin use (not for temporary use)</li></ul>"
            "<p>Quiz answers next week.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="coder applicant skills test",
        notes="Hard negative: fictional case study for a job applicant's coding test; no real person.",
        frm="Recruiting <recruiting@scribewellmed.com>",
        to="coding.candidates@scribewellmed.com",
        subject="Pre-employment coding assessment (fictional cases)",
        body="Candidates: attached is the 45-minute assessment. All cases are fictional and written by our education team.",
        atts=(
            Att(
                "coding_assessment_2026.docx",
                DOCX,
                docx(
                    [
                        "Scribewell Coding Assessment - all cases fictional",
                        "Case 1: A 67-year-old man is admitted with community-acquired pneumonia and acute kidney injury. Assign ICD-10-CM codes.",
                        "Case 2: Outpatient colonoscopy with snare removal of two polyps in the sigmoid colon. Assign CPT.",
                        "Case 3: Established patient, moderate MDM, plus a joint injection the same day. Which modifier?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="transcriptionist productivity report",
        notes="Hard negative: workbook of staff names and line counts; workforce data, no patients.",
        frm="Operations <ops@scribewellmed.com>",
        to="client.success@scribewellmed.com",
        subject="Week 16 productivity",
        body="Week 16 productivity attached. Kim and Raul over 1,800 lines/day; two MTs under target on the radiology queue.",
        atts=(
            Att(
                "wk16_productivity.xlsx",
                XLSX,
                xlsx(
                    {
                        "By MT": [["Transcriptionist", "Lines", "Accuracy"], ["Kim Dorsey", 9210, 0.992], ["Raul Jimenez", 9044, 0.988], ["Priya Nand", 6120, 0.994]],
                        "By client": [["Client", "Lines", "TAT hrs"], ["Maple Grove Hospital", 61220, 11.2], ["Cedar Point Imaging", 20433, 2.4]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly transcription invoice",
        notes="Invoice by line counts and rates; no patient.",
        frm="Accounts <accounts@scribewellmed.com>",
        to="ap@cedarpointimaging.com",
        subject="Invoice SW-INV-2026-0312",
        body="Invoice attached for March transcription services. Thank you for your business.",
        atts=(
            Att(
                "SW-INV-2026-0312.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBEWELL MEDICAL DOCUMENTATION, INC. - INVOICE SW-INV-2026-0312",
                        "Client: Cedar Point Imaging",
                        "March 2026 radiology transcription: 81,904 lines @ $0.11 = $9,009.44",
                        "STAT surcharge: 412 reports @ $1.50 = $618.00",
                        "Total: $9,627.44   Due 05/15/2026",
                    ],
                    "Invoice SW-INV-2026-0312",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CPT code update summary",
        notes="Hard negative: summary of new and revised procedure codes, no patient.",
        frm="Scribewell Academy <academy@scribewellmed.com>",
        to="client-coding-managers@scribewellmed.com",
        subject="Heads-up: 2027 CPT proposals affecting your specialties",
        body="Highlights: new codes for remote therapeutic monitoring of musculoskeletal conditions, revisions to 93241-93248 extended ECG monitoring descriptors, and deletion of two cardiac event recorder codes. Our webinar on June 3 will cover crosswalks.",
    ),
    Spec(
        phi=False,
        category="de-identified report samples for speech-recognition vendor",
        notes="Hard negative: zip of report samples with names, dates and numbers replaced by placeholders for ASR model tuning.",
        frm="Technology <tech@scribewellmed.com>",
        to="data-partners@voxmedica.ai",
        subject="Sample set v3 (de-identified)",
        body="Attached 3 of the 2,000 de-identified samples so you can validate format. Names, dates, MRNs and locations are replaced with [NAME], [DATE], [ID], [LOC] by our scrubber and spot-checked by two reviewers.",
        atts=(
            Att(
                "asr_samples_v3.zip",
                "application/zip",
                zipped(
                    {
                        "s0001.txt": "[NAME] is a [AGE]-year-old female seen on [DATE] for follow-up of hypertension. BP 132/80. Continue amlodipine.\n",
                        "s0002.txt": "CT head without contrast [DATE]: no acute intracranial abnormality. Dictated by [NAME], MD.\n",
                        "s0003.txt": "Patient [NAME], MRN [ID], underwent uncomplicated cataract extraction of the right eye at [LOC].\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic MDM test message",
        notes="Hard negative: HL7 MDM for interface testing with a TESTPATIENT record and processing ID T.",
        frm="Interface Delivery <hl7@scribewellmed.com>",
        to="integration@cedarpointimaging.com",
        subject="MDM test for new route (synthetic)",
        body="Synthetic MDM attached for your new route (TESTPATIENT, processing ID T). Please ACK with AA.",
        atts=(Att("SWTEST0001.hl7", "application/hl7-v2", _MDM_TEST),),
    ),
    Spec(
        phi=False,
        category="staff flu shot clinic notice",
        notes="Office notice about an on-site vaccine clinic for employees; no individual.",
        frm="Office Manager <office@scribewellmed.com>",
        to="columbus-staff@scribewellmed.com",
        subject="Office closes at 2 PM Friday - staff vaccine clinic",
        body="Reminder: the office closes at 2 PM Friday so Buckeye Pharmacy can run the on-site vaccine clinic (COVID booster and Tdap). Sign up on the sheet by the kitchen. Remote staff can expense a pharmacy visit.",
    ),
    Spec(
        phi=False,
        category="dictation platform licence renewal",
        notes="Vendor licence renewal discussion.",
        frm="Technology <tech@scribewellmed.com>",
        to="renewals@dictaflowsoftware.com",
        subject="Renewal quote Q-55120",
        body="Thanks for the quote. We'd like to renew 240 editor seats and drop the 30 unused mobile-dictation seats. Please also send your current SOC 2 report and confirm the BAA carries over.",
    ),
    Spec(
        phi=False,
        category="blank dictation template",
        notes="Hard negative: a blank H&P template with field labels (patient name, DOB, chief complaint) but no values.",
        frm="Client Success <success@scribewellmed.com>",
        to="practice.manager@lakeviewgi.com",
        subject="H&P template for your new providers",
        body="Here's the blank H&P template your new providers can dictate against. Field labels only - we fill them in from the dictation.",
        atts=(
            Att(
                "HP_template_LakeviewGI.docx",
                DOCX,
                docx(
                    [
                        "HISTORY AND PHYSICAL",
                        "Patient name: ____________   DOB: ____________   MRN: ____________",
                        "Chief complaint:",
                        "History of present illness:",
                        "Medications / Allergies:",
                        "Assessment and plan:",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="coder accuracy summary CSV",
        notes="Hard negative: per-coder accuracy percentages and volumes only; no patient or encounter.",
        frm="Coding Quality <quality@scribewellmed.com>",
        to="coding-leads@scribewellmed.com",
        subject="Q1 accuracy by coder",
        body="Q1 accuracy attached. Anyone under 95% gets a 30-day focused review.",
        atts=(
            Att(
                "q1_accuracy_by_coder.csv",
                "text/csv",
                "coder,setting,charts_reviewed,dx_accuracy,px_accuracy\n"
                "A. Lindqvist,Inpatient,120,0.968,0.975\nB. Mensah,Inpatient,118,0.941,0.962\nC. Ortiz,Pro-fee,200,0.983,0.979\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="modifier 25 payer policy explainer",
        notes="Hard negative: generic example scenario for modifier 25 use; no individual.",
        frm="Scribewell Academy <academy@scribewellmed.com>",
        to="billing@olentangyinternalmed.com",
        subject="Ohio Valley's new modifier 25 policy (effective 6/1)",
        body=(
            "Carol,\n\nOhio Valley will reduce E/M payment by 50% when billed with modifier 25 on the same day as a minor procedure. Example: "
            "an established patient seen for diabetes follow-up who also gets a trigger point injection - the E/M will be reduced unless the note "
            "shows a significant, separately identifiable service. We recommend a separate assessment/plan block. Happy to train your providers."
        ),
    ),
    Spec(
        phi=False,
        category="remote coder job posting",
        notes="Job posting; no health information about anyone.",
        frm="Recruiting <recruiting@scribewellmed.com>",
        to="listings@aapc-jobboard.org",
        subject="Remote Outpatient Coder (CPC or CCS) - Scribewell",
        body="Full-time remote outpatient coder. CPC, CCS or CCS-P required, 2 years multispecialty pro-fee experience, 95% accuracy standard. $24-$30/hr plus productivity bonus.",
    ),
    Spec(
        phi=False,
        category="CEU webinar invitation",
        notes="Calendar invite for a coding education webinar.",
        frm="Scribewell Academy <academy@scribewellmed.com>",
        to="coders-list@scribewellmed.com",
        subject="CEU webinar: sepsis coding after the 2026 guideline changes",
        body="1 AAPC CEU. Invite attached.",
        atts=(
            Att(
                "ceu_webinar.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Scribewell//Academy//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
                "UID:sw-ceu-0507@scribewellmed.com\nDTSTAMP:20260420T140000Z\nDTSTART:20260507T160000Z\nDTEND:20260507T170000Z\n"
                "SUMMARY:CEU webinar - Sepsis coding 2026\nLOCATION:https://academy.scribewellmed.com/live\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new client provider onboarding list",
        notes="Hard negative: providers' names, specialties and NPIs for dictation account setup; provider identifiers only.",
        frm="Client Success <success@scribewellmed.com>",
        to="practice.manager@lakeviewgi.com",
        subject="Dictation accounts - please confirm",
        body="We'll create dictation accounts for the providers below. Dr. Shah: NPI 1372505366. Dr. Oduya: NPI 1295625275. Please confirm spelling and specialty before Friday.",
        atts=(
            Att(
                "lakeview_providers.csv",
                "text/csv",
                "provider,specialty,npi,default_worktype\nAnjali Shah MD,Gastroenterology,1372505366,Procedure note\nSamuel Oduya DO,Hepatology,1295625275,Consult\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pay-rate reply to prospective transcriptionist",
        notes="Reply to an applicant's yahoo mailbox about pay and equipment; no health information.",
        frm="Recruiting <recruiting@scribewellmed.com>",
        to="raven.mtworks@yahoo.com",
        subject="Re: MT position - pay question",
        body="Hi Raven,\n\nEditors start at 9.5 cents per line with a raise after 90 days at 98% accuracy. We provide the foot pedal and headset; you need a wired connection. Let me know if you'd like to take the test.\n\nRecruiting",
    ),
    Spec(
        phi=False,
        category="breach response policy excerpt",
        notes="Hard negative: policy text lists example data elements (name, SSN, diagnosis) without any real person.",
        frm="Compliance <compliance@scribewellmed.com>",
        to="all-staff@scribewellmed.com",
        subject="Updated policy 7.4 - reporting a possible breach",
        body=(
            "Policy 7.4 (rev. April 2026), section 3:\n\nReport within 1 hour if any of the following leaves our systems without authorisation: "
            "patient name, date of birth, SSN, MRN, account number, diagnosis, procedure, audio files. Examples: a report e-mailed to the wrong clinic; "
            "audio played on speaker in a public place; a laptop left in a car. Call the compliance line 614-555-0199 - do not try to recall the e-mail yourself."
        ),
    ),
    Spec(
        phi=False,
        category="transcription style guide update",
        notes="Hard negative: style guide with generic dictation examples ('the patient is a 45-year-old...') not about any person.",
        frm="QA Lead <qa@scribewellmed.com>",
        to="mt-team@scribewellmed.com",
        subject="Style guide update: numbers, units, sound-alikes",
        body=(
            "Team - three updates to the style guide:\n1. Ages: 'a 45-year-old male', never '45 y/o'.\n"
            "2. Units: 'mg' not 'mgs'; never abbreviate 'units' as 'U'.\n"
            "3. Sound-alikes to flag for review: hypotension/hypertension, ileum/ilium, Celebrex/Celexa, dysphagia/dysphasia.\n\nMarta"
        ),
    ),
]
