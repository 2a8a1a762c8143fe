"""Meridian Independent Medical Evaluations (IMEs, file reviews, peer reviews for insurers): 38 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nMeridian Independent Medical Evaluations\n700 Pacific Avenue, Floor 3, Tacoma WA 98402\nScheduling (253) 555-0162 | Fax (253) 555-0163"
DISC = "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee."

MESSAGES = [
    # ---------------- PHI (19) ----------------
    Spec(
        phi=True,
        category="IME report to workers' compensation adjuster",
        notes="Final IME report PDF with the claimant's name, claim number, diagnoses and MMI opinion.",
        frm="Report Delivery <reports@meridian-ime.com>",
        to="k.osei@evergreenstatefund.com",
        subject="IME report - claim 2025-WC-448213",
        body="Attached is Dr. Fairbanks' orthopaedic IME report. An invoice follows separately."
        + SIG
        + DISC,
        atts=(
            Att(
                "IME_report_448213.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN INDEPENDENT MEDICAL EVALUATIONS - ORTHOPAEDIC IME",
                        "Examinee: Roberto Salinas    DOB: 03/02/1979    Claim: 2025-WC-448213",
                        "Date of exam: 03/12/2026    Examiner: J. Fairbanks MD (orthopaedic surgery)",
                        "Diagnoses: right rotator cuff full-thickness tear, repaired 08/2025; adhesive capsulitis",
                        "MMI: not yet. Anticipate MMI in 3-4 months after manipulation under anesthesia.",
                        "Work capacity: sedentary-light, no overhead use right arm",
                    ],
                    "IME report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="IME appointment notice to claimant with calendar",
        notes="Appointment notice to the claimant's gmail naming her, the orthopaedic IME and what imaging to bring, with a calendar invite.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="lashonda.pierce74@gmail.com",
        subject="Your independent medical examination appointment",
        body=(
            "Dear Ms. LaShonda Pierce,\n\nAt the request of Evergreen State Fund, an independent medical examination has been scheduled for you:\n\n"
            "  Date: Tuesday 24 March 2026, 10:30 am\n  Examiner: Dr. Helen Vukovic, orthopaedic spine surgeon\n  Place: 700 Pacific Avenue, Floor 3, Tacoma\n\n"
            "Please bring photo ID, a list of your medications and any MRI films of your lower back. Allow 90 minutes."
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meridian IME//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h80-ime-pierce-0324@meridian-ime.com\n"
            "DTSTAMP:20260316T150000Z\nDTSTART:20260324T173000Z\nDTEND:20260324T190000Z\nSUMMARY:Independent medical exam - Dr. Vukovic (spine)\n"
            "LOCATION:700 Pacific Avenue, Floor 3, Tacoma WA\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="interpreter booking for psychiatric IME",
        notes="Hard positive: interpreter booking names the claimant and reveals she is having a psychiatric IME, nothing more clinical.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="bookings@sealinginterpreters.com",
        subject="Spanish interpreter - 3/25 9:00",
        body="Please book a certified Spanish medical interpreter for Wednesday 25 March, 9:00-12:00, for claimant Graciela Ortiz attending a psychiatric IME with Dr. Amundsen. Account MIE-04."
        + SIG,
    ),
    Spec(
        phi=True,
        category="wheelchair transport order with claimant address",
        notes="Hard positive: transport order gives the claimant's name, home address, phone and wheelchair need for a medical exam.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="dispatch@accessridesnw.com",
        subject="Ride request 3/23",
        body="Pickup: Mr. Samir Haddad, 221 Orchard St, Puyallup WA 98371, (253) 555-0118\nNeeds: wheelchair van, he cannot transfer without assist\nTo: Meridian IME, 700 Pacific Ave (neurology exam 1:00)\nReturn: approx 3:30\nBill to: Evergreen State Fund",
    ),
    Spec(
        phi=True,
        category="837P workers' comp e-bill for IME",
        notes="X12 837 bill to the insurer with claimant name, claim number, DOB and IME CPT/diagnosis codes.",
        frm="Billing <billing@meridian-ime.com>",
        to="ebill@evergreenstatefund.com",
        subject="E-bill batch MIE-0318",
        body="One IME bill attached (batch MIE-0318).",
        atts=(
            Att(
                "MIE_0318.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MERIDIANIME    *ZZ*EVERGREENSF    *260318*0930*^*00501*000006651*0*P*:~\n"
                "GS*HC*MERIDIANIME*EVERGREENSF*20260318*0930*6651*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*85*2*MERIDIAN INDEPENDENT MEDICAL EVALUATIONS*****XX*1124322995~\n"
                "NM1*IL*1*SALINAS*ROBERTO****MI*2025WC448213~\nDMG*D8*19790302*M~\n"
                "REF*Y4*2025-WC-448213~\nCLM*MIE44821301*1850.00***11:B:1*Y*A*Y*Y~\nHI*ABK:M75.121*ABF:M75.01~\n"
                "SV1*HC:99456*1850.00*UN*1***1~\nSE*10*0001~\nGE*1*6651~\nIEA*1*000006651~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records index workbook for file review",
        notes="Hard positive: multi-sheet index of medical records with a claim number and a condition list; the claimant's name appears only inside the workbook.",
        frm="Records Intake <records@meridian-ime.com>",
        to="dr.amundsen@amundsenpsychiatry.com",
        subject="File review packet index - WC-26-08841",
        body="Dr. Amundsen, index for the file review is attached; the records themselves are on the secure portal.",
        atts=(
            Att(
                "index_WC-26-08841.xlsx",
                XLSX,
                xlsx(
                    {
                        "Index": [
                            ["Tab", "Source", "Pages"],
                            ["1", "Claim file - Yusuf Abdi", 44],
                            ["2", "St. Joseph ED 11/2025", 18],
                            ["3", "Counselling notes", 61],
                        ],
                        "Conditions": [
                            ["Condition", "First noted"],
                            ["Post-traumatic stress disorder", "2025-12"],
                            ["Alcohol use disorder, in early remission", "2026-01"],
                            ["Insomnia", "2025-12"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="IME addendum to defence attorney",
        notes="Addendum DOCX with the examinee's name and causation opinion about his knee condition, to an attorney.",
        frm="Report Delivery <reports@meridian-ime.com>",
        to="lstrand@strandcolelaw.com",
        subject="Addendum per your 3/9 letter",
        body="Ms. Strand, Dr. Fairbanks' addendum responding to your questions is attached."
        + SIG
        + DISC,
        atts=(
            Att(
                "Addendum_Kaminski.docx",
                DOCX,
                docx(
                    [
                        "Meridian IME - Addendum Report",
                        "Examinee: Paul Kaminski   Exam date: 02/19/2026",
                        "Q1: Is the medial meniscus tear causally related to the 06/2025 fall? A: More probably than not, yes.",
                        "Q2: Is the pre-existing tricompartmental osteoarthritis aggravated? A: Temporarily, resolving by 12/2025.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 MDM transcription to transcription vendor",
        notes="Hard positive: HL7 MDM message in an attachment carries the examinee's name, DOB and neurology IME text; the cover email is generic.",
        frm="Interface Alerts <interfaces@meridian-ime.com>",
        to="hl7@clearscribe-transcription.com",
        subject="resend job 55102",
        body="Job failed your validator on OBX-5 length; resent with wrapped text.",
        atts=(
            Att(
                "MDM_T02_55102.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|MERIDIAN|MIE|CLEARSCRIBE|CS|202603171430||MDM^T02|55102|P|2.5.1\r"
                "EVN|T02|202603171430\rPID|1||MIE-20931^^^MIE^MR||BARNES^KEISHA^L||19850611|F\r"
                "TXA|1|IME|TX|20260317\rOBX|1|TX|NEURO-IME||Persistent post-concussive headaches, 4/week; normal MRI brain; recommend vestibular therapy||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show notification to adjuster",
        notes="Names the claimant and states she missed her neurology IME; attendance at an exam is health-related information.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="claims.team7@cascadecasualty.com",
        subject="No-show: Keisha Barnes - neurology IME 3/17",
        body="Claimant Keisha Barnes (claim CC-26-10377) did not attend her neurology IME with Dr. Osei today at 1:00 pm. We called (253) 555-0127 twice with no answer. The no-show fee of $650 applies per our agreement. Reschedule?"
        + SIG,
    ),
    Spec(
        phi=True,
        category="examiner dictation text file to transcriptionist",
        notes="Hard positive: dictation text attachment is named after the claimant and holds exam findings; the email body is one line.",
        frm="Dr. Nadia Petrova <npetrova@meridian-ime.com>",
        to="typist.jordan@clearscribe-transcription.com",
        subject="rush pls",
        body="Rush by Thurs. Thx - NP",
        atts=(
            Att(
                "dictation_Petrov_V_lumbar.txt",
                "text/plain",
                "Examinee Viktor Petrov, 47, forklift operator. Chief complaint low back pain radiating to left leg since lifting injury 10/2025.\nExam: SLR positive left at 40 deg, diminished L ankle reflex, EHL 4/5.\nImpression: L5-S1 disc herniation with left S1 radiculopathy. Not at MMI; surgical consult reasonable.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="claimant ID photo to examiner",
        notes="Hard positive: a photograph file named after the claimant is sent to the examining doctor for identity check at an exam.",
        frm="Front Desk <frontdesk@meridian-ime.com>",
        to="dr.osei@osei-neurology.com",
        subject="ID photo for this afternoon",
        body="Dr. Osei - photo ID check for your 2:00 exam attached.",
        atts=(
            Att("IDcheck_Nguyen_Thanh_2pm_neuro_IME.png", "image/png", png(5, 6, (181, 140, 110))),
        ),
    ),
    Spec(
        phi=True,
        category="records packet zip to examiner",
        notes="Plain zip of medical records with the claimant's name and conditions inside, sent to the examining physician.",
        frm="Records Intake <records@meridian-ime.com>",
        to="dr.vukovic@sounderspineclinic.com",
        subject="Records for 3/24 IME (Pierce)",
        body="Records for next Tuesday's exam attached (3 files)." + SIG,
        atts=(
            Att(
                "Pierce_L_records.zip",
                "application/zip",
                zipped(
                    {
                        "01_MRI_lumbar_2025-12.txt": "PATIENT: LaShonda Pierce  DOB 1974-08-21\nMRI L-spine: L4-5 broad disc bulge with moderate foraminal stenosis.\n",
                        "02_PT_discharge.txt": "Pierce, LaShonda - PT discharge 02/2026: plateaued, ODI 48%.\n",
                        "03_claim_form.txt": "Claim ESF-25-771902; injury: lifting patient at nursing home 09/2025.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR nerve conduction DiagnosticReport to insurer",
        notes="FHIR DiagnosticReport names the examinee and reports carpal tunnel findings from an EMG/NCS.",
        frm="Report Delivery <reports@meridian-ime.com>",
        to="medical.review@cascadecasualty.com",
        subject="EMG/NCS results (FHIR) for your system",
        body="As requested, the electrodiagnostic results are attached as a FHIR resource for import."
        + SIG,
        atts=(
            Att(
                "DiagnosticReport_EMG.json",
                "application/fhir+json",
                '{"resourceType":"DiagnosticReport","status":"final","code":{"text":"EMG/NCS bilateral upper extremities"},'
                '"subject":{"display":"Anita Sorensen","identifier":{"value":"MIE-21177"}},"effectiveDateTime":"2026-03-13",'
                '"conclusion":"Moderate right median neuropathy at the wrist (carpal tunnel syndrome); mild left. No cervical radiculopathy."}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="utilisation peer review determination to health plan",
        notes="Hard positive: peer review names neither patient nor diagnosis in plain words but gives the member ID, procedure and denial rationale.",
        frm="Peer Review Unit <peerreview@meridian-ime.com>",
        to="um.appeals@pugetcommunityhealthplan.org",
        subject="PR-26-3318 determination",
        body="Member ID PCH-60217745. Request: L4-S1 TLIF (CPT 22633). Reviewer: board-certified orthopaedic spine surgeon. Determination: not medically necessary - no documented instability, <6 wks conservative care. Peer-to-peer offered 3/16, declined by requesting office.",
    ),
    Spec(
        phi=True,
        category="forwarded attorney objection to examiner",
        notes="Hard positive: the forwarded attorney letter names the claimant and his traumatic brain injury while objecting to the exam scope.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="dr.osei@osei-neurology.com",
        subject="Fwd: Objection to scope of exam",
        body="Dr. Osei - FYI before Thursday. Please limit the exam as the adjuster agreed below.",
        forward=Spec(
            phi=True,
            category="forward",
            notes="forward",
            frm="Carla Benitez <cbenitez@benitezinjurylaw.com>",
            to="scheduling@meridian-ime.com",
            subject="Objection to scope of exam",
            body="Our client Marcus Oyelaran sustained a traumatic brain injury in the 9/2025 collision. He will not submit to neuropsychological testing at this exam; the IME must be limited to the neurological examination. Please confirm.",
        ),
    ),
    Spec(
        phi=True,
        category="terse reschedule of psychiatric IME",
        notes="Hard positive: the exam type and claimant surname appear only in the subject line of a terse note to the examiner's office.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="office@amundsenpsychiatry.com",
        subject="Rescheduled: PSYCH IME - Lindqvist - now 4/2 13:00",
        body="See subject. Same room.",
    ),
    Spec(
        phi=True,
        category="weekly exam schedule CSV to examiner office",
        notes="CSV lists claimant names, exam types, claim numbers and times for the week, sent to an examiner's office.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="office@sounderspineclinic.com",
        subject="Dr. Vukovic - next week's IMEs",
        body="Next week's list attached. Please confirm Dr. Vukovic is still available Thursday afternoon.",
        atts=(
            Att(
                "vukovic_wk13.csv",
                "text/csv",
                "date,time,examinee,exam,claim\n2026-03-24,10:30,LaShonda Pierce,lumbar spine IME,ESF-25-771902\n2026-03-24,13:00,Henrik Dahl,cervical fusion follow-up IME,CC-25-09912\n2026-03-26,14:00,Maribel Cruz,thoracic compression fx IME,ESF-26-004118\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="examination instructions letter to claimant (HTML)",
        notes="HTML-only letter to a claimant's outlook address naming him and his hand-surgery IME and telling him to bring his splint.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="dwayne.holloway@outlook.com",
        subject="What to bring to your exam",
        body="",
        html=(
            "<html><body><p>Dear Dwayne Holloway,</p><p>Your examination with <b>Dr. Sato (hand surgery)</b> on 27 March will review the "
            "injury to your right hand and the tendon repair you had in December. Please bring your splint and any therapy notes.</p>"
            "<p>Meridian IME Scheduling - (253) 555-0162</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="impairment rating summary to disability insurer",
        notes="Names the claimant, policy number and a whole-person impairment rating for his heart condition.",
        frm="Report Delivery <reports@meridian-ime.com>",
        to="idi.claims@northstarlifeins.com",
        subject="Impairment rating - policy NS-DI-220817",
        body=(
            "Ms. Grady,\n\nSummary ahead of the full report: Dr. Lindgren (cardiology) rated Mr. Alan Foster at 30% whole person impairment "
            "(AMA Guides 6th ed., Table 4-6) for ischaemic cardiomyopathy, EF 35%, with exercise tolerance of 5 METs. Sedentary work is feasible.\n\nReport Delivery"
            + SIG
            + DISC
        ),
    ),
    # ---------------- not PHI (19) ----------------
    Spec(
        phi=False,
        category="examiner panel roster workbook with NPIs",
        notes="Hard negative: multi-sheet roster of examining physicians, specialties, NPIs and licence states; provider data only.",
        frm="Provider Relations <providers@meridian-ime.com>",
        to="vendor.mgmt@evergreenstatefund.com",
        subject="Updated examiner panel - Q2",
        body="Updated panel attached for your approved-vendor file." + SIG,
        atts=(
            Att(
                "Meridian_panel_Q2_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Physicians": [
                            ["Name", "Specialty", "NPI", "States"],
                            ["Jonah Fairbanks MD", "Orthopaedic surgery", "1556623423", "WA, OR"],
                            ["Helen Vukovic MD", "Orthopaedic spine", "1601570496", "WA"],
                            ["Kwame Osei MD", "Neurology", "1565670613", "WA, ID"],
                        ],
                        "Psych": [
                            ["Name", "Specialty"],
                            ["Erik Amundsen MD", "Forensic psychiatry"],
                            ["Nadia Petrova DO", "PM&R"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate turnaround and volume report to client insurer",
        notes="Hard negative: quarterly PDF with exam counts, turnaround days and no-show rates by specialty; aggregate only.",
        frm="Account Management <accounts@meridian-ime.com>",
        to="vendor.mgmt@cascadecasualty.com",
        subject="Q1 service report",
        body="Our Q1 service metrics are attached ahead of the quarterly review.",
        atts=(
            Att(
                "Meridian_Q1_service_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN INDEPENDENT MEDICAL EVALUATIONS - Q1 2026 SERVICE REPORT",
                        "Exams completed: 412 (orthopaedic 208, neurology 71, psychiatry 64, other 69)",
                        "Median report turnaround: 8 business days (target 10)",
                        "No-show rate: 6.1%   Addenda requested: 3.4%",
                    ],
                    "Q1 service report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="examiner recruitment email (HTML)",
        notes="HTML-only recruiting message to a physician about joining the panel; no patients.",
        frm="Provider Relations <providers@meridian-ime.com>",
        to="rlindgren.md@gmail.com",
        subject="Join Meridian's cardiology panel?",
        body="",
        html=(
            "<html><body><p>Dr. Lindgren,</p><p>Meridian is expanding its cardiology examiner panel in the South Sound. Examiners set their own "
            "availability (as little as one half-day a month) and earn $1,600-$2,400 per exam plus record review.</p>"
            "<p>Reply to schedule a 15-minute call.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="IME report template with placeholders",
        notes="Hard negative: DOCX template of report headings with [EXAMINEE NAME] and [CLAIM NO] placeholders; no data.",
        frm="Quality <quality@meridian-ime.com>",
        to="examiners@meridian-ime.com",
        subject="2026 report template - please switch",
        body="From 1 April all reports must use this template. The impairment section now requires the AMA Guides table reference.",
        atts=(
            Att(
                "IME_report_template_2026.docx",
                DOCX,
                docx(
                    [
                        "INDEPENDENT MEDICAL EXAMINATION",
                        "Examinee: [EXAMINEE NAME]   DOB: [DOB]   Claim: [CLAIM NO]",
                        "History of injury: [ ]",
                        "Diagnoses (ICD-10): [ ]",
                        "MMI / impairment (AMA Guides table): [ ]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clearinghouse onboarding test 837 with dummy claimant",
        notes="Hard negative: e-billing test file sent in test mode (ISA15=T) with a clearly dummy claimant TESTCLAIMANT; no real person.",
        frm="Billing <billing@meridian-ime.com>",
        to="onboarding@wcebillhub.com",
        subject="Test file #2 for certification",
        body="Second certification test file attached; ISA15 is T. TESTCLAIMANT is the dummy name from your spec, not a person.",
        atts=(
            Att(
                "MIE_cert_test2.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MERIDIANIME    *ZZ*WCEBILLHUB     *260316*1100*^*00501*000000002*0*T*:~\n"
                "ST*837*0001*005010X222A1~\nNM1*IL*1*TESTCLAIMANT*DUMMY****MI*TEST0000001~\nCLM*TEST0002*100.00***11:B:1*Y*A*Y*Y~\n"
                "SV1*HC:99456*100.00*UN*1***1~\nSE*5*0001~\nIEA*1*000000002~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IME fee schedule PDF",
        notes="Price list of IME services by specialty; no individual.",
        frm="Account Management <accounts@meridian-ime.com>",
        to="procurement@summitmutualins.com",
        subject="2026 fee schedule",
        body="As requested, our 2026 fee schedule. Volume discounts apply above 50 exams per quarter.",
        atts=(
            Att(
                "Meridian_fees_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN IME - 2026 FEE SCHEDULE",
                        "Orthopaedic IME $1,850 | Neurology IME $1,950 | Psychiatric IME $2,400",
                        "Records review per 100 pages over 500: $150",
                        "No-show fee: $650",
                    ],
                    "Fees 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office relocation notice to clients",
        notes="Business notice of a new exam location; no individual.",
        frm="Meridian IME <info@meridian-ime.com>",
        to="clients@lists.meridian-ime.com",
        subject="New Olympia exam suite opens 6 April",
        body="From 6 April Meridian will see examinees at our new Olympia suite, 415 Capitol Way N, Suite 200. Tacoma is unchanged. Please update your referral instructions."
        + SIG,
    ),
    Spec(
        phi=False,
        category="examiner credentialing packet with DEA and licence",
        notes="Hard negative: credentialing file for a physician lists her DEA number, state licence and board certification; provider identifiers only.",
        frm="Provider Relations <providers@meridian-ime.com>",
        to="credentialing@evergreenstatefund.com",
        subject="Credentialing - Dr. Nadia Petrova, DO",
        body="Dr. Nadia Petrova, DO - PM&R, board certified (AOBPMR) 2014. WA licence OP60418822, exp 2027-05. DEA BH5510929. NPI: 1807345750. Malpractice: Physicians Insurance, $1M/$3M. CV and COI to follow.",
    ),
    Spec(
        phi=False,
        category="state rule change summary for examiners",
        notes="Hard negative: summary of new state IME rules (recording, observers, exam length) with no claimant.",
        frm="Quality <quality@meridian-ime.com>",
        to="examiners@meridian-ime.com",
        subject="New L&I rules for IMEs effective 1 July",
        body="Summary: examinees may now audio-record the exam; one observer is allowed for psychiatric exams; examiners must note the start and end time. Questions about TBI or PTSD exams go to the medical director.",
    ),
    Spec(
        phi=False,
        category="de-identified outcomes dataset to university researcher",
        notes="Hard negative: CSV extract with random study IDs, age bands, specialty and impairment ratings; no identifiers.",
        frm="Medical Director <meddirector@meridian-ime.com>",
        to="research.lab@uwoccmed.edu",
        subject="De-identified extract for IRB STUDY00022417",
        body="Attached is the de-identified extract agreed under the data use agreement. Dates removed, ages banded, IDs randomised.",
        atts=(
            Att(
                "deid_extract_v1.csv",
                "text/csv",
                "study_id,age_band,specialty,body_region,wpi_percent,mmi\nR-0412,40-49,ortho,shoulder,6,Y\nR-1187,50-59,spine,lumbar,11,Y\nR-2093,30-39,neuro,head,3,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff spring party invite",
        notes="Social event invite for staff.",
        frm="Office Manager <office@meridian-ime.com>",
        to="staff@meridian-ime.com",
        subject="Spring team lunch",
        body="Lunch is on us Friday 27 March at Harmon Brewing, 12:30. RSVP by Wednesday.",
        atts=(
            Att(
                "team_lunch.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meridian IME//Office//EN\nBEGIN:VEVENT\nUID:h80-lunch-0327@meridian-ime.com\nDTSTAMP:20260316T150000Z\n"
                "DTSTART:20260327T193000Z\nDTEND:20260327T210000Z\nSUMMARY:Spring team lunch\nLOCATION:Harmon Brewing, Tacoma\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="password policy reminder",
        notes="IT policy notice; no patients.",
        frm="IT Helpdesk <it@meridian-ime.com>",
        to="staff@meridian-ime.com",
        subject="MFA required on the report portal from Monday",
        body="Starting Monday 23 March the report portal requires MFA. Enrol in the authenticator app before then; accounts without MFA will be locked. Questions: it@meridian-ime.com.",
    ),
    Spec(
        phi=False,
        category="examiner availability change notice",
        notes="Hard negative: names a physician who is unavailable for personal leave in a staff notice; no health detail and no examinee.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="schedulers@meridian-ime.com",
        subject="Dr. Fairbanks out 3/30-4/10",
        body="Dr. Fairbanks is on personal leave 30 March - 10 April. Do not book him; offer Dr. Vukovic for spine and Dr. Sato for upper extremity.",
    ),
    Spec(
        phi=False,
        category="records retrieval vendor invoice approval",
        notes="Invoice approval with page counts and totals only; no claimant names.",
        frm="Accounts Payable <ap@meridian-ime.com>",
        to="billing@swiftrecordsretrieval.com",
        subject="Invoice SRR-88120 approved",
        body="Approved for payment: 37 retrieval orders, 6,214 pages, $3,942.60. Payment by ACH within 30 days.",
    ),
    Spec(
        phi=False,
        category="ICD-10 quick reference for schedulers",
        notes="Hard negative: reference text file of common ICD-10 codes by body region for scheduling; no patient.",
        frm="Quality <quality@meridian-ime.com>",
        to="schedulers@meridian-ime.com",
        subject="Cheat sheet: matching codes to specialties",
        body="Use the attached to pick the right specialty when the referral only lists codes.",
        atts=(
            Att(
                "icd10_specialty_cheatsheet.txt",
                "text/plain",
                "M54.5x low back pain -> spine\nM75.1x rotator cuff -> ortho\nS06.x concussion/TBI -> neurology\nF43.1x PTSD -> psychiatry\nG56.0x carpal tunnel -> hand/neuro\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="adjuster webinar invite on impairment ratings",
        notes="Educational webinar invite for claims staff about MMI and impairment ratings; no individual.",
        frm="Account Management <accounts@meridian-ime.com>",
        to="claims.training@cascadecasualty.com",
        subject="Webinar: Understanding MMI and AMA Guides ratings",
        body="Dr. Petrova will explain MMI, apportionment and the AMA Guides 6th edition on Wednesday 1 April at 10 am. 1 CE hour for adjusters.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Meridian IME//Webinars//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h80-webinar-0401@meridian-ime.com\n"
            "DTSTAMP:20260316T150000Z\nDTSTART:20260401T170000Z\nDTEND:20260401T180000Z\nSUMMARY:Webinar - MMI and impairment ratings\n"
            "LOCATION:https://meridian-ime.com/webinar\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="marketing brochure assets zip to designer",
        notes="Brochure copy and image files to a design agency; no people.",
        frm="Meridian IME <info@meridian-ime.com>",
        to="studio@northlightdesign.co",
        subject="Brochure assets",
        body="Zip attached with copy and logo. Target print date 10 April.",
        atts=(
            Att(
                "brochure_assets.zip",
                "application/zip",
                zipped(
                    {
                        "copy.txt": "Objective. Timely. Defensible. Meridian IME serves insurers across Washington.\n",
                        "logo.png": png(4, 4, (20, 60, 120)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate no-show rate chart image",
        notes="Hard negative: chart image of monthly no-show rates by specialty sent to the operations lead; aggregate.",
        frm="Account Management <accounts@meridian-ime.com>",
        to="ops.lead@meridian-ime.com",
        subject="No-show trend chart",
        body="Chart for the board deck: psych no-shows are up to 11% in February, ortho steady at 5%.",
        atts=(Att("noshow_by_specialty_feb.png", "image/png", png(10, 6, (90, 160, 90))),),
    ),
    Spec(
        phi=False,
        category="referral format guidance for adjusters",
        notes="Hard negative: tells adjusters the claim-number format and fields to send, with only a made-up example number.",
        frm="Scheduling <scheduling@meridian-ime.com>",
        to="claims.team7@cascadecasualty.com",
        subject="Referral checklist",
        body="To speed scheduling, please include on each referral: claim number (format CC-YY-NNNNN, e.g. CC-26-00000), examinee contact phone, specialty requested, questions for the examiner and whether an interpreter is needed. Send records via the portal, not email."
        + SIG,
    ),
]
