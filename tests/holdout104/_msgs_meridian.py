"""Meridian Independent Review, an independent review organisation: outbound mail (39)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import KRX, MIR, SCH, Att, Spec

CASE = f"Case Management <cases@{MIR}>"
SIG = "\n\nMeridian Independent Review\nCase Management | 1-877-555-0153\nURAC-accredited IRO"

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <title>Discharge Summary</title>\n <recordTarget><patientRole><id extension="MRN00418227" root="2.16.840.1.113883.19.5"/>\n'
    '  <patient><name><given>Florian</given><family>Achterberg</family></name><birthTime value="19590312"/></patient></patientRole></recordTarget>\n'
    " <component><section><title>Hospital course</title><text>Admitted 2026-07-02 with NSTEMI; left heart catheterization showed three-vessel disease; CABG x3 on 2026-07-05. Discharged to inpatient cardiac rehab.</text></section></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="IRO final decision letter to enrollee",
        notes="Final external review decision naming the enrollee and reversing denial of inpatient rehab after stroke.",
        frm=CASE,
        to="bernadette.coyle52@gmail.com",
        subject="Your external review decision - Meridian case MIR-26-04471",
        body=(
            "Dear Ms. Bernadette Coyle,\n\nThe independent reviewer, a board-certified physiatrist, has completed the external review of "
            "Summit Crest Health Plan's denial of acute inpatient rehabilitation following your ischemic stroke in May. The reviewer "
            "found the admission medically necessary. The denial is REVERSED and your plan must pay for the stay."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Reviewer recruitment email",
        notes="Hard negative: recruits physician reviewers in oncology, cardiology and psychiatry; no patient.",
        frm="Reviewer Network <reviewers@meridianreview.org>",
        to="members@statesocietyofcardiology.org",
        subject="Join our panel: independent physician reviewers (cardiology)",
        body="Meridian Independent Review is recruiting board-certified cardiologists to review external appeals - heart failure devices, TAVR, cardiac rehab. Remote, flexible, $180/hour. No current conflicts with the health plans involved.",
    ),
    Spec(
        phi=True,
        category="Case assignment to physician reviewer",
        notes="Hard positive: body gives only age, sex and the cardiac rehab denial; the attached C-CDA names the patient with DOB, MRN and CABG.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="dr.halloran.review@meridianreview.org",
        subject="New assignment MIR-26-04502 (due 9/24)",
        body="Dr. Halloran,\n\nNew standard review: 67M, post-CABG, plan denied 3 extra weeks of cardiac rehab. Discharge summary attached; rest in the portal. Please attest no conflict before opening.\n\nGwen",
        atts=(Att("MIR-26-04502_discharge.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=False,
        category="Conflict-of-interest attestation form",
        notes="Blank COI attestation form for reviewers; no case data.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="dr.lindholm@meridianreview.org",
        subject="Annual COI attestation",
        body="Please complete and return the attached attestation by 9/30.",
        atts=(
            Att(
                "COI_attestation_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN INDEPENDENT REVIEW - ANNUAL CONFLICT OF INTEREST ATTESTATION",
                        "Reviewer name: ____________  Specialty: ____________",
                        "I have no material professional, familial or financial affiliation with any health plan listed in Appendix A.",
                    ],
                    "COI",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Records request to health plan",
        notes="Request to the plan for missing records naming the enrollee, member ID and the denied service.",
        frm=CASE,
        to=f"appeals@{SCH}",
        subject="MIR-26-04488 - records incomplete",
        body="Summit Crest A&G,\n\nFor enrollee Thaddeus Lindqvist (SCH551830027), your file omits the radiation oncology consult and the prostate MRI report. The five-business-day clock for records is running; please upload today."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Annual report to state regulator",
        notes="Hard negative: aggregate external review outcomes by health plan and service category.",
        frm="Compliance <compliance@meridianreview.org>",
        to="ext-review@insurance.pa.example.gov",
        subject="Meridian IRO annual report 2025-2026",
        body="Annual report attached per 40 P.S. 991.2164. Overall reversal rate 38%.",
        atts=(
            Att(
                "MIR_annual_2026.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "By plan": [
                            ["Plan", "Reviews", "Upheld", "Reversed"],
                            ["Summit Crest", 212, 131, 81],
                            ["Allegheny Care", 98, 64, 34],
                        ],
                        "By service": [
                            ["Service", "Reviews", "Reversed %"],
                            ["Behavioral health inpatient", 61, 49.2],
                            ["Oncology drugs", 44, 45.5],
                            ["Imaging", 88, 27.3],
                        ],
                        "Timeliness": [
                            ["Type", "Avg days"],
                            ["Standard", 31.2],
                            ["Expedited", 2.1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reviewer rationale draft in docx",
        notes="Hard positive: DOCX draft decision names the enrollee and her anorexia nervosa residential treatment; body says only 'draft for QA'.",
        frm="Dr. Sofia Lindholm <slindholm@meridianreview.org>",
        to=f"qa@{MIR}",
        subject="Draft for QA - MIR-26-04455",
        body="Draft for QA.",
        atts=(
            Att(
                "MIR-26-04455_draft.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Enrollee: Tamsin Greeley, age 19",
                        "Service: residential eating disorder treatment, 45 days",
                        "Diagnosis: anorexia nervosa, restricting type (F50.01); BMI 15.8 on admission",
                        "Decision: REVERSED. The member met APA criteria for residential level of care.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="URAC accreditation evidence",
        notes="Policies and procedures index sent to accreditor; no case data.",
        frm="Compliance <compliance@meridianreview.org>",
        to="surveyor@urac-accred.example.org",
        subject="Evidence binder index - IRO v5 standards",
        body="Index of our evidence for standards CORE 1-40 and IRO 1-21 attached. Full documents in the survey portal.",
        atts=(
            Att(
                "evidence_index.txt",
                "text/plain",
                "CORE 4 Policy P-04 Business continuity\nIRO 6 Reviewer qualifications SOP-12\nIRO 11 Timeframes SOP-17\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Expedited decision phone follow-up email to treating physician",
        notes="Expedited decision for a named inpatient's liver transplant evaluation to the transplant coordinator.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="transplant.coord@alleghenyuniversityhosp.org",
        subject="Expedited review result (confirming today's call)",
        body="Confirming our 11:40 call: the expedited external review for Mr. Dashiell Ferro (DOB 1/30/1971), currently admitted on 7 North, REVERSED the denial of liver transplant evaluation at your center. MELD 27 documented. Written decision follows within 48 hours."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Case intake statistics to plan client",
        notes="Hard negative: weekly counts of open external reviews by status; no case numbers, enrollees or services.",
        frm=CASE,
        to=f"appeals@{SCH}",
        subject="Open external reviews - weekly status",
        body="Open Summit Crest cases this week: 4 (1 decided, letter pending; 1 awaiting records; 1 with reviewer; 1 in QA). Average age 14 days. No cases past the 45-day limit.",
    ),
    Spec(
        phi=True,
        category="Medicare MBI in case intake",
        notes="Medicare Advantage enrollee's MBI, name and denied skilled nursing stay in the intake email to the reviewer pool lead.",
        frm="Intake <intake@meridianreview.org>",
        to="dr.lindholm@meridianreview.org",
        subject="Intake: MA SNF denial",
        body="New MA case from Allegheny Care: Cornelius Yablonski, MBI 7QK4WD3RA58, 84, denied SNF days 21-35 after hip fracture repair. Needs geriatrics reviewer.",
    ),
    Spec(
        phi=False,
        category="Reviewer payment remittance",
        notes="Hard negative: reviewer fee statement listing case numbers and hours; reviewer is a contractor, no enrollee data.",
        frm="Finance <finance@meridianreview.org>",
        to="dr.halloran.review@meridianreview.org",
        subject="August reviewer fees",
        body="Dr. Halloran, your August statement is attached. Payment by ACH 9/20.",
        atts=(
            Att(
                "fees_aug_halloran.csv",
                "text/csv",
                "case,hours,rate,amount\nMIR-26-04312,2.5,180,450\nMIR-26-04390,3.0,180,540\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT copy from hospital forwarded to reviewer",
        notes="Hard positive: HL7 ADT attachment with patient name, MRN, admission to psychiatry; body mentions only the case number.",
        frm="Intake <intake@meridianreview.org>",
        to="dr.marchetti.review@meridianreview.org",
        subject="MIR-26-04519 supplemental",
        body="Supplemental from the facility for MIR-26-04519.",
        atts=(
            Att(
                "ADT_04519.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|STBARN|STBARNABAS|MIR|MERIDIAN|202608141930||ADT^A01|SB88214|P|2.5.1\r"
                "PID|1||MRN00377120^^^STB^MR||MARBURG^KELSEY^ANN||20010228|F\r"
                "PV1|1|I|5E^512^A^STB||||||||||||||||V20260814\r"
                "DG1|1||F32.3^Major depressive disorder, single episode, severe with psychotic features^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IRO website maintenance HTML notice",
        notes="HTML notice to plan clients about portal downtime.",
        frm="Meridian IT <it@meridianreview.org>",
        to=f"appeals@{SCH}",
        subject="Case portal maintenance 9/19",
        html="<html><body><p>The Meridian case portal will be offline Saturday 9/19 from 20:00 to 23:00 ET for upgrades. Uploads during this window will fail; please retry afterwards.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HTML decision notice to enrollee's representative",
        notes="HTML-only decision upholding denial of a named child's growth hormone therapy, to her father.",
        frm=CASE,
        to="n.obuya.family@yahoo.com",
        subject="External review decision for your daughter",
        html="<html><body><p>Dear Mr. Obuya,</p><p>The independent pediatric endocrinologist reviewed the denial of somatropin (growth hormone) for <b>Amani Obuya</b>. Because stimulation testing showed a normal peak growth hormone level, the reviewer <b>upheld</b> the plan's decision.</p><p>Meridian Independent Review, case MIR-26-04497</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="Clinical criteria literature summary",
        notes="Hard negative: literature summary on proton therapy for prostate cancer; no individual.",
        frm="Dr. Sofia Lindholm <slindholm@meridianreview.org>",
        to=f"reviewers@{MIR}",
        subject="Lit summary: proton vs IMRT in prostate cancer (2024-2026)",
        body="Colleagues, short summary: two RCTs (PARTIQoL, COMPPARE interim) show no difference in GI/GU toxicity at 2 years. ASTRO 2025 model policy still lists prostate as group 2. Cite when relevant.",
    ),
    Spec(
        phi=True,
        category="Zip of case records returned to plan",
        notes="Hard positive: zip of decision letter and records for a named enrollee returned to the plan at case closure.",
        frm=CASE,
        to=f"appeals@{SCH}",
        subject="Case closed - MIR-26-04471 - file return",
        body="Case closed. Returning the complete file per contract section 7.3.",
        atts=(
            Att(
                "MIR-26-04471_closed.zip",
                "application/zip",
                zipped(
                    {
                        "decision.txt": "Enrollee: Bernadette Coyle, SCH498120066. Acute inpatient rehab after ischemic stroke (I63.9): REVERSED.\n",
                        "reviewer_credentials.txt": "Reviewer: board-certified PM&R, licensed PA, no conflicts.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reviewer onboarding packet",
        notes="Hard negative: onboarding zip of policies and a sample case that is explicitly fictional.",
        frm="Reviewer Network <reviewers@meridianreview.org>",
        to="dr.haskins@pinecrestcardiology.com",
        subject="Welcome to the panel - onboarding packet",
        body='Welcome aboard. The packet includes a training case; the patient in it is fictional ("Sample Enrollee A").',
        atts=(
            Att(
                "onboarding.zip",
                "application/zip",
                zipped(
                    {
                        "SOP-12_reviewer_qualifications.txt": "Reviewers must hold active board certification in the relevant specialty.\n",
                        "training_case_FICTIONAL.txt": "FICTIONAL TRAINING CASE - Sample Enrollee A, 60s, denied cardiac MRI. Write a rationale citing criteria.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Enrollee scanned form text",
        notes="Hard positive: OCR text of the enrollee's handwritten request form with name, phone and depression/ECT treatment.",
        frm="Intake <intake@meridianreview.org>",
        to="dr.marchetti.review@meridianreview.org",
        subject="OCR of request form (handwritten)",
        body=(
            "OCR of page 1 of the request form, for your convenience:\n\n"
            "NAME: Ansel Whitcombe-Ray   PHONE: 555-0119\nWHAT WAS DENIED: ECT treatments 13 thru 20\n"
            "WHY I DISAGREE: the ECT is the only thing that has helped my depression after 6 medicines. I was suicidal in March.\n"
        ),
        atts=(Att("request_form_p1.png", "image/png", png(8, 10, (240, 240, 235))),),
    ),
    Spec(
        phi=False,
        category="Office move notice",
        notes="Office relocation notice with new mailing address for records; no case data.",
        frm="Meridian Operations <ops@meridianreview.org>",
        to="clients@meridianreview.org",
        subject="New mailing address from October 1",
        body="Meridian Independent Review moves to 2200 Keystone Plaza, Suite 900, Harrisburg, PA 17101 on October 1. Fax and phone numbers are unchanged.",
    ),
    Spec(
        phi=True,
        category="Decision to enrollee's attorney with multi-sheet exhibit",
        notes="Hard positive: exhibit workbook lists the client's dated bariatric consult, psychological evaluation and weight/BMI history; body names the client and case.",
        frm=CASE,
        to="mdelacroix@delacroixlawpa.com",
        subject="MIR-26-04433 - exhibit list you requested",
        body="Counsel,\n\nAs requested for your client Gerald Thornbury, the exhibit list the reviewer relied on is attached."
        + SIG,
        atts=(
            Att(
                "MIR-26-04433_exhibits.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Exhibits": [
                            ["No.", "Document", "Date"],
                            [1, "Bariatric surgery consult", "2026-02-11"],
                            [2, "Psychological evaluation", "2026-03-04"],
                            [3, "Dietitian visits x6", "2026-03 to 2026-08"],
                        ],
                        "Weights": [
                            ["Date", "Weight lb", "BMI"],
                            ["2026-02-11", 311, 44.6],
                            ["2026-08-20", 302, 43.3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday closure calendar invite",
        notes="Company-wide holiday invite.",
        frm="Meridian Operations <ops@meridianreview.org>",
        to=f"staff@{MIR}",
        subject="Office closed - Columbus Day (expedited on-call only)",
        body="Office closed Oct 12. Expedited on-call reviewers remain available.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian//Ops//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:closure-20261012@meridianreview.org\r\nDTSTAMP:20260914T130000Z\r\nDTSTART;VALUE=DATE:20261012\r\nDTEND;VALUE=DATE:20261013\r\n"
            "SUMMARY:Office closed\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Reviewer question about genetic test",
        notes="Reviewer asks plan about a named enrollee's BRCA2 result and requested prophylactic mastectomy.",
        frm="Dr. Sofia Lindholm <slindholm@meridianreview.org>",
        to=f"appeals@{SCH}",
        subject="Question on MIR-26-04510",
        body="For enrollee Philippa Nordqvist, the file references a pathogenic BRCA2 variant but the lab report itself is missing. Before I decide on the prophylactic bilateral mastectomy, can you supply the Myriad report?\n\nDr. Lindholm",
    ),
    Spec(
        phi=False,
        category="Published decision summary (de-identified)",
        notes="Hard negative: de-identified decision summary for the public database: age range, gender, diagnosis, no names, no dates.",
        frm="Compliance <compliance@meridianreview.org>",
        to="publicdb@insurance.pa.example.gov",
        subject="Decision summaries for public database - August",
        body=(
            "Per the reporting rule, de-identified summaries:\n\n1. Female, 41-50, breast cancer - PET/CT - overturned.\n"
            "2. Male, 61-70, coronary artery disease - cardiac rehab extension - overturned.\n3. Child, 6-10, short stature - growth hormone - upheld."
        ),
    ),
    Spec(
        phi=True,
        category="Enrollee's email reply quoting her health",
        notes="Hard positive: reply to enrollee's own outlook mailbox confirming receipt of her migraine diary; first name only plus case number.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="leonie.fairbanks@outlook.com",
        subject="RE: my headache diary",
        body="Hi Leonie,\n\nGot it - your 90-day migraine diary and the Botox injection records are now in case MIR-26-04526 and the neurologist reviewer will see them.\n\nGwen",
    ),
    Spec(
        phi=False,
        category="Reply to public inquiry about external review",
        notes="Hard negative: answer to a member of the public asking in general terms how external review works; no condition of theirs.",
        frm="Info <info@meridianreview.org>",
        to="curious.consumer88@gmail.com",
        subject="RE: question about external reviews",
        body="Thanks for writing. External review is free to you. Your health plan sends us the file after you ask them for an external review. We can't start a case from an email; please contact your plan first.",
    ),
    Spec(
        phi=True,
        category="Reviewer decision PDF to plan",
        notes="Decision PDF to the plan naming the enrollee and denied spinal cord stimulator trial.",
        frm=CASE,
        to=f"appeals@{SCH}",
        subject="Decision - MIR-26-04480",
        body="Decision letter attached." + SIG,
        atts=(
            Att(
                "MIR-26-04480_decision.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN INDEPENDENT REVIEW - FINAL EXTERNAL REVIEW DECISION",
                        "Enrollee: Winifred Osei-Bonsu   Plan ID: SCH730055618",
                        "Service: spinal cord stimulator trial (CPT 63650), failed back surgery syndrome",
                        "Decision: UPHELD. Psychological evaluation required by criteria not performed.",
                    ],
                    "Decision",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Insurance certificate to client",
        notes="Certificate of professional liability insurance; no cases.",
        frm="Compliance <compliance@meridianreview.org>",
        to=f"vendormanagement@{SCH}",
        subject="Certificate of insurance 2026-2027",
        body="Attached is our current COI for E&O and cyber liability.",
        atts=(
            Att(
                "MIR_COI_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN INDEPENDENT REVIEW - CERTIFICATE OF LIABILITY INSURANCE",
                        "Professional E&O: $5,000,000   Cyber: $3,000,000",
                    ],
                    "COI",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Misdirected email recall and notice",
        notes="Hard positive: recall request that repeats the enrollee's name and case subject (dialysis access surgery).",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="scheduling@pinecrestcardiology.com",
        subject="Sent in error - please delete",
        body="Please delete my 10:14 email unread. It concerned Mr. Augustin Petrakis's AV fistula surgery review and was meant for a different Dr. Haskins. Reply to confirm deletion.\n\nGwen",
    ),
    Spec(
        phi=False,
        category="Reviewer quality scorecard",
        notes="Hard negative: reviewer QA scorecard with reviewer names and scores; reviewers are workforce.",
        frm="QA <qa@meridianreview.org>",
        to="dr.lindholm@meridianreview.org",
        subject="Your Q3 QA scorecard",
        body="Dr. Lindholm - 24 decisions audited, 100% timely, 1 rationale returned for missing criteria citation. Overall score 97.",
        atts=(
            Att(
                "Q3_scorecard.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Summary": [
                            ["Reviewer", "Audited", "Timely %", "Score"],
                            ["Sofia Lindholm", 24, 100, 97],
                        ],
                        "Findings": [["Finding", "Count"], ["Missing criteria citation", 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Screenshot of portal upload for plan",
        notes="Hard positive: PNG filename names the enrollee and 'HIV PrEP' while body asks why the upload failed.",
        frm="Intake <intake@meridianreview.org>",
        to=f"edi@{SCH}",
        subject="Upload error screenshot",
        body="Your upload to case MIR-26-04531 failed with 'file type not allowed'. Screenshot attached.",
        atts=(
            Att(
                "Okafor_Benedikt_HIV_PrEP_denial_upload.png",
                "image/png",
                png(12, 8, (250, 250, 250)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor SFTP key rotation",
        notes="IT key rotation note to a client; no health data.",
        frm="Meridian IT <it@meridianreview.org>",
        to=f"edi@{KRX}",
        subject="SFTP host key rotation 9/28",
        body="Our SFTP host key changes 9/28. New SHA256 fingerprint: 7f:3a:9c:11:ae:04:de:52. Update known_hosts before then.",
    ),
    Spec(
        phi=True,
        category="Drug external review intake from PA desk",
        notes="Intake acknowledgement to the PBM naming the enrollee and the denied oncology drug.",
        frm="Intake <intake@meridianreview.org>",
        to=f"nfenwick@{KRX}",
        subject="Received: external exception review request",
        body="We received the expedited exception request for Beatrix Lund (KRX70215593), palbociclib 125 mg, metastatic breast cancer. Reviewer assigned; decision within 24 hours.",
    ),
    Spec(
        phi=False,
        category="Fee schedule to PBM client",
        notes="Fee schedule for review types.",
        frm="Finance <finance@meridianreview.org>",
        to=f"contracts@{KRX}",
        subject="2027 fee schedule",
        body="Standard drug exception review $425; expedited $575; peer reviewer specialty surcharge $75. Effective 1/1/2027.",
    ),
    Spec(
        phi=True,
        category="Forward of enrollee complaint to QA",
        notes="Hard positive: forwarded enrollee complaint including her phone and wheelchair denial.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to=f"qa@{MIR}",
        subject="FW: complaint about reviewer",
        body="Logging as a complaint against process. Please review the reviewer's call notes.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Maribel Quiroga <maribel.quiroga@gmail.com>",
            to=f"info@{MIR}",
            subject="complaint about reviewer",
            body="Your reviewer never looked at my ALS records before upholding the denial of my power wheelchair. Call me at 555-0127. Maribel Quiroga",
        ),
    ),
    Spec(
        phi=False,
        category="Conference abstract with aggregate outcomes",
        notes="Hard negative: abstract reporting aggregate overturn rates for behavioral health reviews.",
        frm="Dr. Sofia Lindholm <slindholm@meridianreview.org>",
        to="abstracts@amcpannual.example.org",
        subject="Abstract submission: external review outcomes in eating disorders",
        body="Title: Outcomes of 212 external reviews of residential eating-disorder treatment, 2022-2026.\nResults: 61% overturned; adolescents 68% vs adults 52%. No patient-level data included.",
    ),
    Spec(
        phi=True,
        category="Reviewer note with abbreviations",
        notes="Hard positive: terse reviewer note with full name and abbreviations for a knee replacement case.",
        frm="Dr. Emil Haskins <ehaskins@meridianreview.org>",
        to=f"cases@{MIR}",
        subject="04540 done",
        body="Lorraine Batiste - TKA R knee - KL gr 4 on XR, failed PT x12 wks + 3 CSI. Meets crit. Overturn. Ltr uploaded.",
    ),
    Spec(
        phi=False,
        category="Generic thank-you note to reviewer",
        notes="Thanks a reviewer for covering; no case details.",
        frm="Gwen Ashdown <gashdown@meridianreview.org>",
        to="dr.haskins@pinecrestcardiology.com",
        subject="Thanks for covering last week",
        body="Emil, thank you for picking up three expedited reviews on short notice last week. Much appreciated!\n\nGwen",
    ),
    Spec(
        phi=True,
        category="Plain-text case export to plan",
        notes="Hard positive: TXT export of closed case log listing enrollee names and services.",
        frm=CASE,
        to=f"agreporting@{SCH}",
        subject="Closed-case log August",
        body="Closed-case log attached for reconciliation.",
        atts=(
            Att(
                "closed_aug.txt",
                "text/plain",
                "MIR-26-04398 | Harold Kessler | PET-CT lymphoma | REVERSED\nMIR-26-04402 | Celeste Amundsen | sleep study | UPHELD\n",
            ),
        ),
    ),
]
