"""Scribeline Transcription Services (medical transcription vendor): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

QA = "\n\nBest regards,\nQuality Assurance\nScribeline Transcription Services\n555-0170"
CS = "\n\nScribeline Client Services\nclientservices@scribeline-ts.com | 555-0171"
DISC = "\n\nThis e-mail and any attachments are intended solely for the addressee. If you received it in error, notify the sender and delete it."

MESSAGES = [
    Spec(
        phi=True,
        category="Completed radiology dictation returned as DOCX",
        notes="Hard positive: the body gives only a job number; the attached report names the patient, DOB and CT findings.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="transcription@valleyimagingassoc.com",
        subject="Job 88213 completed",
        body="Job 88213 (work type RAD) is complete and attached. Please review and sign in your EHR."
        + CS,
        atts=(
            Att(
                "job88213.docx",
                DOCX,
                docx(
                    [
                        "VALLEY IMAGING ASSOCIATES - CT ABDOMEN/PELVIS WITH CONTRAST",
                        "Patient: Rutherford, Anneliese   DOB: 02/14/1963   MRN: VIA-301187",
                        "Findings: 3.2 cm enhancing mass in the right renal lower pole, suspicious for renal cell carcinoma.",
                        "Impression: Recommend urology referral.",
                        "Dictated by: Marcus Ilves, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="QA query about drug name in a heart failure note",
        notes="QA question names the patient and her CHF follow-up and the Lasix/Losec ambiguity.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="dr.okafor.office@lakecountycardio.com",
        subject="Clarification needed - job 77102",
        body="Dr. Okafor,\n\nIn job 77102 (Mrs. Deirdre Brennan, CHF follow-up 10/19) at 01:42 we hear either 'Lasix 40 twice daily' or 'Losec 40 twice daily'. Given the edema discussion we believe Lasix, but please confirm before we release the note."
        + QA,
    ),
    Spec(
        phi=True,
        category="Blank in H&P sent back to dictating physician",
        notes="Query quotes a patient's name and his cancer history blank from an H&P.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="hweiss@foothillsurgical.com",
        subject="Job 77140 - one blank",
        body="Dr. Weiss,\n\nH&P for Gideon Falk, 02:14: 'Past history significant for ___ cancer treated with radiation in 2019.' Sounds like 'tonsil' or 'thyroid'. Could you tell us which?"
        + QA,
    ),
    Spec(
        phi=True,
        category="Nightly zip batch of finished reports",
        notes="Hard positive: bland batch notice; the zipped text reports name patients and their discharge diagnoses.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="him-inbox@redbudcommunityhosp.org",
        subject="Batch 2026-10-21 (23 reports)",
        body="Tonight's batch is attached. 23 reports, 0 on hold." + CS,
        atts=(
            Att(
                "batch_20261021.zip",
                "application/zip",
                zipped(
                    {
                        "DS_55121.txt": "DISCHARGE SUMMARY\nPatient: Thibodeaux, Lorraine  MRN R0448120\nAdmitted 10/15/2026 Discharged 10/20/2026\nDiagnosis: Community-acquired pneumonia; COPD.\n",
                        "DS_55122.txt": "DISCHARGE SUMMARY\nPatient: Mbatha, Sipho  MRN R0451733\nAdmitted 10/17/2026 Discharged 10/20/2026\nDiagnosis: Acute pancreatitis, alcohol-related.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected operative report notice to patient",
        notes="Named patient's gmail told her operative report (cholecystectomy) went to the wrong clinic; PDF letter too.",
        frm="Scribeline Privacy Officer <privacy@scribeline-ts.com>",
        to="marisa.bellweather@gmail.com",
        subject="Notice regarding your medical information",
        body="Dear Ms. Bellweather,\n\nOn behalf of Foothill Surgical Associates, we are writing about a delivery error at our company. The attached letter explains what happened and what we are doing about it."
        + DISC,
        atts=(
            Att(
                "breach_notice_bellweather.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBELINE TRANSCRIPTION SERVICES",
                        "Notice of a privacy incident - October 21, 2026",
                        "Marisa Bellweather",
                        "Your operative report for laparoscopic cholecystectomy on October 12, 2026",
                        "was delivered to another clinic's inbox on October 14. That clinic confirmed",
                        "deletion. No financial information was involved.",
                    ],
                    "Privacy notice",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 MDM document message to hospital interface",
        notes="Hard positive: PHI only in the MDM^T02 attachment carrying a named patient's consult note.",
        frm="Scribeline Integrations <integrations@scribeline-ts.com>",
        to="interfaces@redbudcommunityhosp.org",
        subject="Resend: MDM for document 55190",
        body="Your engine NAK'd document 55190 last night (AE, segment TXA). Resending the message unchanged so you can trace it.\n\nScribeline Integrations",
        atts=(
            Att(
                "mdm_55190.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|SCRIBELINE|SLT|REDBUD_EHR|RCH|202610210133||MDM^T02|SL55190|P|2.4\rEVN|T02|202610210133\rPID|1||R0459902^^^RCH^MR||Adebayo^Folake||19810930|F\rTXA|1|CN|TX|202610201530|||||||55190||||||AU\rOBX|1|TX|CONSULT||Endocrinology consult: new diagnosis of Graves disease, start methimazole 10 mg daily.\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Monthly invoice with patient names per job",
        notes="Hard positive: billing workbook lists patient names and work types per job alongside line counts.",
        frm="Scribeline Billing <billing@scribeline-ts.com>",
        to="ap@lakecountycardio.com",
        subject="Invoice SL-2026-0917 (September)",
        body="Attached is the September invoice with job detail. Payment terms net 30."
        + "\n\nScribeline Billing",
        atts=(
            Att(
                "SL-2026-0917.xlsx",
                XLSX,
                xlsx(
                    {
                        "Invoice": [
                            ["Client", "Lines", "Rate", "Total"],
                            ["Lake County Cardiology", 18420, 0.11, 2026.20],
                        ],
                        "Job detail": [
                            ["Job", "Patient", "Work type", "Lines"],
                            ["76011", "Brennan, Deirdre", "Echo report", 62],
                            ["76015", "Soto, Ramon", "Cath report", 141],
                            ["76022", "Lindahl, Greta", "Pacemaker check", 48],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Name spelling check before colonoscopy report release",
        notes="Hard positive: terse note with first name, DOB and colonoscopy report.",
        frm="Kavya R. <kavya.r@scribeline-ts.com>",
        to="frontdesk@bayshoregi.com",
        subject="re job 55310",
        body="hi - pt name is Siobhan not Shivon right? DOB 7/2/88. want to confirm before we finalize the colonoscopy report, pathology pending per dictation\n\nthx, Kavya",
    ),
    Spec(
        phi=True,
        category="Truncated psychiatric evaluation audio",
        notes="Psychiatrist asked to re-dictate a named patient's psychiatric evaluation; mental health treatment.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="lmarsh@riverbendbehavioral.org",
        subject="Audio truncated - please re-dictate",
        body="Dr. Marsh,\n\nThe audio for the initial psychiatric evaluation of Vukovic, Dragan (dictated 10/20) stops at 4:02, in the middle of the suicide risk assessment. Please re-dictate from that point using job 77188."
        + QA,
    ),
    Spec(
        phi=True,
        category="Transcribed return-to-work letter draft",
        notes="Draft letter names a patient, his lumbar strain and work restrictions; sent to the physician for signature.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="office@northgateortho.com",
        subject="Letter job 66120 for signature",
        body="Attached for Dr. Paulsen's signature." + CS,
        atts=(
            Att(
                "letter_66120.docx",
                DOCX,
                docx(
                    [
                        "Northgate Orthopedics",
                        "To whom it may concern:",
                        "Jamal Whitfield has been under my care since 10/2/2026 for an acute lumbar strain.",
                        "He may return to work on 11/2/2026 with no lifting over 20 lb for four weeks.",
                        "Erik Paulsen, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Complaint thread forwarded to personal mailbox",
        notes="Forwarded physician complaint naming a patient and a wrong-laterality error went to a QA lead's personal gmail.",
        frm="Denise Karlsson <dkarlsson@scribeline-ts.com>",
        to="denise.karlsson.home@gmail.com",
        subject="FW: serious error in knee op note",
        body="sending to myself to work on tonight",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Erik Paulsen <epaulsen@northgateortho.com>",
            to="qa@scribeline-ts.com",
            subject="serious error in knee op note",
            body="Your op note for Teresa Caldwell (right total knee arthroplasty, 10/16) says LEFT throughout. This is the second laterality error this month. I want a call today.",
        ),
    ),
    Spec(
        phi=True,
        category="Headerless edit-queue export",
        notes="Hard positive: CSV without headers listing job, patient surname, MRN and work type.",
        frm="Scribeline Operations <ops@scribeline-ts.com>",
        to="him-inbox@redbudcommunityhosp.org",
        subject="Pending edits as of 06:00",
        body="The speech-recognition edit queue export you asked for.",
        atts=(
            Att(
                "queue_0600.csv",
                "text/csv",
                "55410,HALVORSEN,R0439215,DS,2026-10-20\n55412,NAKAMURA-BELL,R0447781,OP,2026-10-20\n55415,ESPINOZA,R0452210,HP,2026-10-21\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Corrected letter about MRI sent to patient",
        notes="Patient's hotmail receives her corrected letter with MRI results at the practice's request.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="t.adeyemi@hotmail.com",
        subject="Corrected letter from Dr. Carr's office",
        body="Dear Ms. Adeyemi,\n\nAt Dr. Carr's request, here is the corrected text of his letter:\n\n'Your MRI of the lumbar spine on 10/13 showed a disc herniation at L5-S1 without nerve compression. Physical therapy is the recommended next step.'\n\nThe signed copy will come from the practice."
        + CS,
    ),
    Spec(
        phi=True,
        category="Transcribed surgical pathology report PDF",
        notes="PDF pathology report for a named patient with a diagnosis of melanoma.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="pathology@summitdermpath.com",
        subject="Path report S26-4411 ready",
        body="Attached." + CS,
        atts=(
            Att(
                "S26-4411.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBELINE TRANSCRIPTION - for Summit Dermatopathology",
                        "Accession S26-4411   Patient: Halloran, Brendan   DOB 11/03/1957",
                        "Specimen: skin, left upper back, excision",
                        "Diagnosis: Invasive melanoma, superficial spreading, Breslow 1.1 mm.",
                        "Margins clear. Pathologist: Ines Carvalho, MD",
                    ],
                    "S26-4411",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DocumentReference with consult note",
        notes="FHIR DocumentReference naming the patient and containing a nephrology consult summary.",
        frm="Scribeline Integrations <integrations@scribeline-ts.com>",
        to="fhir-support@valleyimagingassoc.com",
        subject="DocumentReference POST returned 422",
        body="Your endpoint returned 422 for this resource. Body attached as sent. Is the category coding wrong?\n\nScribeline Integrations",
        atts=(
            Att(
                "docref_66180.json",
                "application/fhir+json",
                '{"resourceType": "DocumentReference", "status": "current", "subject": {"reference": "Patient/VIA-298812", "display": "Gunnarsson, Elin"}, "date": "2026-10-20T14:10:00-05:00", "description": "Nephrology consult: CKD stage 4, eGFR 22; discuss dialysis access planning.", "content": [{"attachment": {"contentType": "text/plain", "title": "Consult 66180"}}]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient name and procedure only in subject",
        notes="Hard positive: subject names the patient and her mastectomy; body has no details.",
        frm="Scribeline Delivery <delivery@scribeline-ts.com>",
        to="scheduling@foothillsurgical.com",
        subject="STAT: Khoury, Rania op note (bilateral mastectomy) ready",
        body="Ready in the portal.",
    ),
    Spec(
        phi=True,
        category="Abbreviated redictation request with MRN",
        notes="Hard positive: terse abbreviations with MRN, age/sex and NSTEMI s/p PCI.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="hospitalists@redbudcommunityhosp.org",
        subject="redictate plan pls",
        body="MRN R0461145 - 67M w/ NSTEMI s/p PCI to LAD 10/19, DS dictation cuts off at A&P. Pls redictate plan (job 55433).\n\n- QA",
    ),
    Spec(
        phi=True,
        category="Scanned face sheet image named after patient",
        notes="Hard positive: the only identifier is the image file name with the patient's name; body mentions her dialysis.",
        frm="Scribeline Operations <ops@scribeline-ts.com>",
        to="billing@northgateortho.com",
        subject="Unreadable face sheet",
        body="The scanned face sheet for this dialysis patient's pre-op visit is unreadable (image attached). Can you rescan?",
        atts=(
            Att("scanned_face_sheet_Lindgren_Ruth.png", "image/png", png(10, 14, (235, 235, 228))),
        ),
    ),
    Spec(
        phi=True,
        category="Call invite to review a disputed report",
        notes="Invite description names the patient, MRN and the disputed echocardiogram finding.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="dr.okafor.office@lakecountycardio.com",
        subject="Invitation: review of disputed report",
        body="Calendar invitation below.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Scribeline//QA//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-dispute-77160@scribeline-ts.com\r\nDTSTAMP:20261020T140000Z\r\nDTSTART:20261022T170000Z\r\nDTEND:20261022T173000Z\r\nSUMMARY:Disputed echo report - job 77160\r\nDESCRIPTION:Patient Amara Osei (MRN LCC-20417). Report says EF 35%; Dr. Okafor states he dictated 55%. Audio replay and correction.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Aggregate turnaround-time report by client",
        notes="Hard negative: TAT and volume by client and work type; no patients.",
        frm="Scribeline Client Services <clientservices@scribeline-ts.com>",
        to="him.director@redbudcommunityhosp.org",
        subject="September TAT report",
        body="Your September turnaround report is attached. Discharge summaries averaged 9.4 h against a 12 h SLA."
        + CS,
        atts=(
            Att(
                "TAT_2026-09_Redbud.xlsx",
                XLSX,
                xlsx(
                    {
                        "By work type": [
                            ["Work type", "Jobs", "Avg TAT (h)", "SLA (h)"],
                            ["Discharge summary", 612, 9.4, 12],
                            ["Operative note", 455, 5.1, 6],
                            ["H&P", 701, 7.8, 12],
                        ],
                        "By week": [
                            ["Week", "Jobs", "% in SLA"],
                            ["09/01", 420, 0.97],
                            ["09/08", 455, 0.95],
                            ["09/15", 447, 0.98],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Onboarding sample report with fictitious patient",
        notes="Hard negative: sample discharge summary for a declared fictitious patient, used to show formatting.",
        frm="Scribeline Sales <sales@scribeline-ts.com>",
        to="practice.manager@cedargrovefamilymed.com",
        subject="Sample report format",
        body="As promised, a formatting sample. The patient in it is fictitious ('Sample, Jonathan'); we never share real client work as samples.\n\nBest,\nAngela Ruiz\nScribeline Sales",
        atts=(
            Att(
                "sample_format_DS.docx",
                DOCX,
                docx(
                    [
                        "SAMPLE - FICTITIOUS PATIENT",
                        "Patient: Sample, Jonathan   MRN: 0000000",
                        "Discharge diagnosis: [diagnosis]",
                        "Hospital course: [narrative]",
                        "Formatting: headings in caps, medications as a numbered list.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dictation style guide PDF",
        notes="Hard negative: style guide explaining how to format demographic fields and drug doses; no real patient.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="transcriptionists@scribeline-contractors.com",
        subject="Updated style guide v9",
        body="Version 9 of the style guide is attached. Changes: dose units, laterality in caps, and how to flag a blank."
        + QA,
        atts=(
            Att(
                "style_guide_v9.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBELINE STYLE GUIDE v9",
                        "Header block: Patient Name / MRN / DOB / Date of Service - fill from the job only",
                        "Laterality: RIGHT and LEFT in capitals in op notes",
                        "Doses: metoprolol 25 mg b.i.d. (no trailing zeros)",
                        "Blanks: ___ with time stamp",
                    ],
                    "Style guide v9",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday coverage schedule to clients",
        notes="Holiday staffing notice; no patient information.",
        frm="Scribeline Client Services <clientservices@scribeline-ts.com>",
        to="clients@scribeline-ts-notify.com",
        subject="Thanksgiving coverage",
        body="We will be fully staffed over Thanksgiving. STAT turnaround stays at 2 hours; routine work may take up to 24 hours on 11/26-11/27."
        + CS,
    ),
    Spec(
        phi=False,
        category="Transcriptionist job posting",
        notes="Hard negative: job ad listing oncology and cardiology terminology skills; no patient.",
        frm="Scribeline HR <hr@scribeline-ts.com>",
        to="postings@mtjobsboard.com",
        subject="Job posting: Medical Transcription Editor (remote)",
        body="Medical Transcription Editor - remote, US only. Edit speech-recognition drafts of cardiology, oncology and orthopedic reports. Must know chemotherapy regimen names (FOLFOX, R-CHOP) and cardiac procedures (PCI, TAVR). 2 years' experience; RHDS preferred.",
    ),
    Spec(
        phi=False,
        category="Countersigned BAA sent to hospital legal",
        notes="Signed business associate agreement; no patient.",
        frm="Scribeline Legal <legal@scribeline-ts.com>",
        to="contracts@redbudcommunityhosp.org",
        subject="Countersigned BAA",
        body="Attached is the countersigned BAA effective 11/1/2026.\n\nScribeline Legal",
        atts=(
            Att(
                "BAA_Redbud_Scribeline_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "SCRIBELINE TRANSCRIPTION SERVICES",
                        "Business Associate Agreement with Redbud Community Hospital",
                        "Effective November 1, 2026",
                        "Signed: Helen Marsh, CEO",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Price quote to prospective clinic",
        notes="Per-line pricing quote; no patient.",
        frm="Angela Ruiz <aruiz@scribeline-ts.com>",
        to="practice.manager@cedargrovefamilymed.com",
        subject="Quote for Cedar Grove Family Medicine",
        body="Hi Paula,\n\nFor roughly 9,000 lines a month: $0.105/line routine, $0.14/line STAT, EHR interface set-up waived with a 24-month term.\n\nAngela",
    ),
    Spec(
        phi=False,
        category="HTML QA tip on sound-alike drugs",
        notes="Hard negative: HTML-only newsletter on sound-alike drug names; no patient.",
        frm="Scribeline QA <qa@scribeline-ts.com>",
        to="transcriptionists@scribeline-contractors.com",
        subject="QA Tip of the Month: sound-alikes",
        body="",
        html="<html><body><h3>Sound-alike drugs</h3><table border='1'><tr><th>Heard</th><th>Check</th></tr><tr><td>hydroxyzine</td><td>hydralazine</td></tr><tr><td>Celebrex</td><td>Celexa / Cerebyx</td></tr><tr><td>Lasix</td><td>Losec</td></tr></table><p>When in doubt, flag it - never guess.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Client account statement with MRN-like account number",
        notes="Hard negative: the eight-digit number is the client's account number with Scribeline, not a patient's.",
        frm="Scribeline Billing <billing@scribeline-ts.com>",
        to="ap@northgateortho.com",
        subject="Statement for account 00417733",
        body="Account 00417733 (Northgate Orthopedics): balance $3,412.58, of which $1,120.00 is over 60 days. Please remit to the lockbox on the invoice.\n\nScribeline Billing",
    ),
    Spec(
        phi=False,
        category="Staff medical leave TAT warning without name",
        notes="Hard negative: notice that a team member is on medical leave, no person identified.",
        frm="Scribeline Client Services <clientservices@scribeline-ts.com>",
        to="him.director@redbudcommunityhosp.org",
        subject="Heads-up: radiology turnaround",
        body="One of our dedicated radiology editors is out on medical leave for the next three weeks. Radiology TAT may run 1-2 hours over SLA; STAT work is unaffected."
        + CS,
    ),
    Spec(
        phi=False,
        category="Platform maintenance window invite",
        notes="Maintenance window calendar invite; no patient.",
        frm="Scribeline Operations <ops@scribeline-ts.com>",
        to="clients@scribeline-ts-notify.com",
        subject="Maintenance: dictation platform 10/25 01:00-03:00",
        body="Dictation by phone and app will be unavailable during this window.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Scribeline//Ops//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-maint-1025@scribeline-ts.com\r\nDTSTAMP:20261020T120000Z\r\nDTSTART:20261025T060000Z\r\nDTEND:20261025T080000Z\r\nSUMMARY:Scribeline dictation platform maintenance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Interface spec test MDM with dummy patient",
        notes="Hard negative: MDM test message for a declared dummy patient ZZTEST SCRIBE.",
        frm="Scribeline Integrations <integrations@scribeline-ts.com>",
        to="interfaces@cedargrovefamilymed.com",
        subject="Interface test message (dummy data)",
        body="For your interface validation: attached MDM uses our dummy patient ZZTEST^SCRIBE; the text is lorem ipsum. Send us the ACK.",
        atts=(
            Att(
                "mdm_test_dummy.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|SCRIBELINE|SLT|CGFM|CGFM|202610200900||MDM^T02|SLTEST01|T|2.4\rPID|1||TEST0001^^^SLT||ZZTEST^SCRIBE||19000101|U\rTXA|1|CN|TX|202610200900\rOBX|1|TX|NOTE||Lorem ipsum dolor sit amet.\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Typing test result to job applicant",
        notes="Hard negative: applicant's own transcription test score sent to her gmail; employment, not health.",
        frm="Scribeline HR <hr@scribeline-ts.com>",
        to="priya.n.transcribes@gmail.com",
        subject="Your transcription test results",
        body="Hi Priya,\n\nThanks for taking our skills test. Your accuracy was 98.6% on the cardiology audio and 97.2% on orthopedics, above our 97% bar. We'd like to schedule an interview next week.\n\nScribeline HR",
    ),
    Spec(
        phi=False,
        category="De-identified ASR training corpus to speech vendor",
        notes="Hard negative: expert-determination de-identified transcripts with surrogate names; no real identifiers.",
        frm="Scribeline Engineering <engineering@scribeline-ts.com>",
        to="data-intake@vocalisai.com",
        subject="Corpus drop 7 (de-identified)",
        body="Drop 7 attached: 2 sample rows of 4,100. De-identified under our expert determination (report ED-2026-03): names replaced by surrogates, dates shifted, no MRNs or locations below state.",
        atts=(
            Att(
                "corpus_drop7_sample.zip",
                "application/zip",
                zipped(
                    {
                        "sample.csv": "doc_id,work_type,text\nD7-0001,DS,[NAME] is a [AGE]-year-old admitted with pneumonia...\nD7-0002,OP,Right knee arthroscopy performed on [DATE]...\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Foot pedal hardware order",
        notes="Equipment order; no patient.",
        frm="Scribeline Operations <ops@scribeline-ts.com>",
        to="orders@dictaphonesupply.com",
        subject="PO 26-1104 foot pedals",
        body="Please ship 15 USB foot pedals (model FP-3) and 15 headsets to our Tulsa office. PO 26-1104, net 30. Contact: 555-0177.",
    ),
    Spec(
        phi=False,
        category="Work type code list",
        notes="Hard negative: code list of document types (discharge summary, op note); no patient.",
        frm="Scribeline Integrations <integrations@scribeline-ts.com>",
        to="interfaces@cedargrovefamilymed.com",
        subject="Work type codes for TXA-2",
        body="Map these to your document types.",
        atts=(
            Att(
                "worktypes.csv",
                "text/csv",
                "Code,Description\nDS,Discharge summary\nHP,History and physical\nOP,Operative note\nCN,Consultation\nRAD,Radiology report\nPSY,Psychiatric evaluation\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Client satisfaction survey HTML",
        notes="HTML-only survey invitation to physicians; no patient.",
        frm="Scribeline Client Services <clientservices@scribeline-ts.com>",
        to="physicians@northgateortho.com",
        subject="2 minutes? Tell us how we're doing",
        body="",
        html="<html><body><p>Dear Doctor,</p><p>Please rate our accuracy and turnaround in a two-minute survey: <a href='https://survey.scribeline-ts.com/q4'>start survey</a>.</p><p>Scribeline Transcription Services</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Dictating provider roster with NPIs",
        notes="Hard negative: roster of dictating clinicians with specialties and NPIs for a new account.",
        frm="Scribeline Client Services <clientservices@scribeline-ts.com>",
        to="practice.manager@cedargrovefamilymed.com",
        subject="Please confirm your dictating providers",
        body="Before go-live please confirm these dictating providers and their author IDs:\n\nPaula Grant, MD - Family Medicine - NPI 1656708777 - author 4101\nHenry Osei, DO - Sports Medicine - NPI 1996000331 - author 4102\n"
        + CS,
    ),
]
