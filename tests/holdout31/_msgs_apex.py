"""Apex Independent Medical Exams: outbound mail (16 PHI, 16 not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import APEX, IRON, VVC, Att, Spec

SIG = (
    "\n\nApex Independent Medical Exams\n"
    "1180 Commerce Pkwy, Suite 400 | 555-733-9100 | apexime.com\n"
)
DISC = (
    "\n\nThis communication is intended only for the addressee and may contain confidential "
    "material. Any review or distribution by others is prohibited.\n"
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "IME report to insurer",
        "IME report PDF with claimant name, claim number, diagnoses, impairment rating.",
        f"Report Desk <reports@{APEX}>",
        "adjuster.kline@statewideins.com",
        "IME report - claim WC-2026-448192",
        "Ms. Kline,\n\nThe IME report for your claimant is attached.\n\nApex Report Desk"
        + SIG
        + DISC,
        atts=(
            Att(
                "IME_WC-2026-448192.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX INDEPENDENT MEDICAL EXAMS - INDEPENDENT MEDICAL EVALUATION",
                        "Claimant: Bartholomew Osei   DOB 11/02/1969   Claim WC-2026-448192",
                        "Examiner: Anika Feldman, MD, Neurology   Exam date 11/05/2026",
                        "Diagnosis: L5 radiculopathy right, post lumbar strain; MMI reached",
                        "Whole person impairment 8% (AMA Guides 6th ed.); restrictions: no "
                        "lifting > 25 lb",
                    ],
                    "IME report",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "exam appointment letter to claimant",
        "Appointment letter to claimant's gmail for an orthopedic IME.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "janellebrooks.home@gmail.com",
        "Your independent medical exam on November 18",
        "Dear Ms. Janelle Brooks,\n\nAt the request of Pacific Mutual you are scheduled for an "
        "orthopedic "
        "independent medical examination of your right shoulder (rotator cuff repair, claim "
        "PM-88-10427) with "
        "Dr. Howard Teitelbaum on Wednesday 11/18 at 9:00 AM. Bring photo ID and any imaging "
        "discs.\n\nApex Scheduling" + SIG,
    ),
    Spec(
        True,
        "disability evaluation attorney",
        "Hard positive: attorney update with the client's first name and psych diagnoses only.",
        f"Dr. Ruth Adeyemi <radeyemi@{APEX}>",
        "mfoster@fosterdisabilitylaw.com",
        "Re: Corinne - psych eval",
        "Mark,\n\nI saw Corinne yesterday. Testing supports major depressive disorder, "
        "recurrent, "
        "severe, and PTSD; MMPI-3 valid profile. I'll have the report to you Monday. She was "
        "tearful but "
        "engaged.\n\nRuth Adeyemi, PsyD",
    ),
    Spec(
        True,
        "records retrieval zip",
        "Hard positive: zip of provider records for an exam, names only inside the zip.",
        f"Records Team <records@{APEX}>",
        "exam-review@peerreviewmd.com",
        "File for peer review 3391",
        "File 3391 attached for the peer reviewer.",
        atts=(
            Att(
                "file_3391.zip",
                "application/zip",
                zipped(
                    {
                        "cover.txt": "Claimant: Lionel Ashby, DOB 1958-12-01. Question: causation "
                        "of bilateral carpal tunnel (G56.03).",
                        "ncs_report.txt": "NCS 09/30/2026: Lionel Ashby. Moderate bilateral "
                        "median neuropathy at wrist.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "HTML schedule table to examiner",
        "HTML-only schedule for an examiner listing claimants and body parts.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "dr.teitelbaum@orthoexaminers.com",
        "Your Wednesday IME schedule",
        "",
        html="<html><body><p>Dr. Teitelbaum, your Wednesday 11/18 schedule:</p><table border='1'>"
        "<tr><th>Time</th><th>Claimant</th><th>Body part</th><th>Carrier</th></tr>"
        "<tr><td>9:00</td><td>Janelle Brooks</td><td>R shoulder</td><td>Pacific Mutual</td></tr>"
        "<tr><td>10:30</td><td>Vikram Chaudhary</td><td>Lumbar</td><td>Statewide</td></tr>"
        "<tr><td>1:00</td><td>Ofelia Santangelo</td><td>L knee TKA</td><td>Harbor "
        "Casualty</td></tr>"
        "</table></body></html>",
    ),
    Spec(
        True,
        "addendum request forwarded",
        "Forwarded adjuster email asking an addendum on a named claimant's MRI.",
        f"Report Desk <reports@{APEX}>",
        f"afeldman@{APEX}",
        "FW: addendum request - Osei",
        "Dr. Feldman, can you address the question below by Friday?",
        forward=Spec(
            True,
            "-",
            "-",
            "adjuster.kline@statewideins.com",
            f"reports@{APEX}",
            "addendum request",
            "Please have the examiner review the 10/29 lumbar MRI for Bartholomew Osei (L4-5 "
            "extrusion) "
            "and state whether it changes the 8% rating.",
        ),
    ),
    Spec(
        True,
        "XLSX monthly invoice with claimants",
        "Hard positive: client invoice workbook listing claimant names, exam type, dates.",
        f"Accounts Receivable <ar@{APEX}>",
        "vendorpay@pacificmutualins.com",
        "Apex invoice 2026-10 - Pacific Mutual",
        "October invoice attached. Net 30.\n\nApex AR" + SIG,
        atts=(
            Att(
                "Apex_PacificMutual_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Invoice": [
                            ["Claim", "Claimant", "Exam", "Date", "Fee"],
                            ["PM-88-10427", "Janelle Brooks", "Ortho IME", "2026-10-07", "1850"],
                            ["PM-88-10511", "Douglas Fennimore", "Psych IME", "2026-10-15", "2400"],
                            [
                                "PM-88-10533",
                                "Aiyana Running Bear",
                                "Records review - cervical fusion",
                                "2026-10-22",
                                "950",
                            ],
                        ],
                        "Summary": [["Exams", "Total"], ["3", "5200"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "interpreter request",
        "Interpreter booking naming claimant and exam type.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "bookings@valleyinterpreters.com",
        "Interpreter needed 11/20 - Spanish",
        "Need a certified Spanish medical interpreter 11/20 2:00-4:00 PM for claimant Eusebio "
        "Lozano Reyes, "
        "psychiatric IME (chronic pain and depression). Suite 400.\n\nScheduling" + SIG,
    ),
    Spec(
        True,
        "no-show notice to adjuster",
        "Hard positive: no-show notice; name + that he was scheduled for a neuropsych exam.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "claims.intake@harborcasualty.com",
        "No-show: Preston Halvorsen 11/10",
        "Claimant Preston Halvorsen did not appear for the 11/10 neuropsychological IME. No-show "
        "fee applies. "
        "Please advise if we should reschedule.\n\nScheduling",
    ),
    Spec(
        True,
        "records request to Ironwood",
        "Partner records request naming an Ironwood patient, DOB and DOI.",
        f"Records Team <records@{APEX}>",
        f"records@{IRON}",
        "Records request - Thomas Whitlock DOB 04/09/1985",
        "Hello Ironwood,\n\nPlease send chiropractic records for Thomas Whitlock, DOB 04/09/1985, "
        "DOI 08/27/2026, "
        "for his IME on 12/2. Authorization attached.\n\nApex Records" + SIG,
        atts=(
            Att(
                "HIPAA_authorization_Whitlock.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX INDEPENDENT MEDICAL EXAMS - AUTHORIZATION FOR RELEASE",
                        "Patient: Thomas Whitlock  DOB 04/09/1985",
                        "Records: all chiropractic records 08/27/2026 to present",
                    ],
                    "Authorization",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "FHIR json summary",
        "FHIR Observation + Patient for a functional capacity evaluation.",
        f"Integration <integration@{APEX}>",
        "api@claimsportal-pm.com",
        "FCE result push 2026-11-12",
        "Automated push.",
        atts=(
            Att(
                "fce_result.json",
                "application/fhir+json",
                '{"resourceType":"Bundle","type":"collection",'
                '"entry":[{"resource":{"resourceType":"Patient",'
                '"id":"apx-7781","name":[{"family":"Fennimore","given":["Douglas"]}],'
                '"birthDate":"1963-01-28"}},'
                '{"resource":{"resourceType":"Observation","status":"final",'
                '"code":{"text":"Functional capacity evaluation"},'
                '"subject":{"reference":"Patient/apx-7781"},"valueString":"Sedentary work '
                'capacity; lift max 10 lb"}}]}',
            ),
        ),
    ),
    Spec(
        True,
        "report dictation note",
        "Hard positive: DOCX dictation draft with claimant name and SSN for SSA disability.",
        f"Transcription <transcription@{APEX}>",
        f"radeyemi@{APEX}",
        "Draft for your signature",
        "Draft attached, please sign off.",
        atts=(
            Att(
                "draft_CE_Marchetti.docx",
                DOCX,
                docx(
                    [
                        "Consultative Examination - Psychological",
                        "Claimant: Gianna Marchetti   SSN 527-81-4406   DOB 03/22/1979",
                        "Diagnoses: bipolar I disorder, most recent episode depressed; "
                        "generalized anxiety disorder",
                        "Medications: lithium 600 mg BID, quetiapine 200 mg HS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "MBI in Medicare set-aside",
        "Medicare set-aside referral with MBI and future care for named claimant.",
        f"Dr. Anika Feldman <afeldman@{APEX}>",
        "msa@setasidepros.com",
        "MSA future care - Ashby",
        "Future care recommendations for Lionel Ashby, MBI 4QW7-HN2-RT58: bilateral carpal tunnel "
        "release "
        "if conservative care fails; EMG in 12 months; splints. Report attached "
        "separately.\n\nAnika Feldman, MD" + SIG,
    ),
    Spec(
        True,
        "reply with quoted claimant message",
        "Claimant emails his pain medication; Apex replies quoting him.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "vchaudhary.work@outlook.com",
        "Re: can I take my meds before the exam?",
        "Mr. Chaudhary, yes, take your usual medications. Bring the bottles with "
        "you.\n\nScheduling\n\n"
        "> From: Vikram Chaudhary\n> I take oxycodone 10mg and tizanidine for my back since the "
        "surgery. "
        "Can I take them the morning of the exam on 11/18?\n",
    ),
    Spec(
        True,
        "TXT exam notes",
        "Hard positive: terse body; TXT attachment of examiner notes naming claimant.",
        f"Dr. Howard Teitelbaum <hteitelbaum@{APEX}>",
        f"reports@{APEX}",
        "notes 11/11",
        "for typing",
        atts=(
            Att(
                "notes_1111.txt",
                "text/plain",
                "Ofelia Santangelo 67F L TKA 3/2026. Flexion 95, ext -5. Mild effusion. Antalgic "
                "gait. "
                "Recommend 8 more PT, no further surgery. Apportionment 50% to preexisting OA.\n",
            ),
        ),
    ),
    Spec(
        True,
        "Subject-only name + condition",
        "Hard positive: subject has claimant and condition; body is 'see portal'.",
        f"Report Desk <reports@{APEX}>",
        "adjuster.ramos@harborcasualty.com",
        "Aiyana Running Bear - cervical fusion records review complete",
        "Report is uploaded to the portal.\n\nReport Desk",
    ),
    # ---- not PHI ----
    Spec(
        False,
        "examiner recruitment",
        "Hard negative: recruiting psychiatrists to do PTSD and depression IMEs.",
        f"Provider Relations <providers@{APEX}>",
        "dr.lortega.md@gmail.com",
        "Join our examiner panel",
        "Dr. Ortega,\n\nWe're expanding our psychiatry panel for IMEs involving PTSD, depression "
        "and "
        "chronic pain. $2,400 per exam, flexible Saturdays, report templates "
        "provided.\n\nProvider Relations" + SIG,
    ),
    Spec(
        False,
        "examiner CV with NPI",
        "Hard negative: examiner credentials packet to a client, NPI and board certifications.",
        f"Provider Relations <providers@{APEX}>",
        "vendor-mgmt@statewideins.com",
        "Examiner credentials - Dr. Feldman",
        "Per your vendor audit: Anika Feldman, MD, board certified neurology, NPI 1171373719, "
        "California license "
        "A 145928, specializes in TBI, neuropathy and radiculopathy.\n\nProvider Relations",
    ),
    Spec(
        False,
        "rate sheet",
        "Fee schedule PDF for IMEs by specialty.",
        f"Sales <sales@{APEX}>",
        "procurement@harborcasualty.com",
        "2027 IME rate sheet",
        "Rate sheet attached.",
        atts=(
            Att(
                "Apex_2027_rates.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX INDEPENDENT MEDICAL EXAMS - 2027 RATES",
                        "Orthopedic IME $1,900 | Neurology IME $2,100 | Psychiatric IME $2,450",
                        "Records review $250/hour | No-show $600 | Addendum $350",
                    ],
                    "Rates",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "aggregate turnaround report",
        "Hard negative: aggregate KPIs by exam type, no claimant names.",
        f"Operations <ops@{APEX}>",
        "vendor-mgmt@statewideins.com",
        "October KPI report",
        "October: 312 exams, 97% reports within 10 business days, no-show rate 6.1%. By "
        "specialty: ortho 154, "
        "neuro 61, psych 58, pain 39. Top diagnoses reviewed: lumbar radiculopathy, rotator cuff "
        "tear, PTSD.",
    ),
    Spec(
        False,
        "SSN-shaped invoice ids",
        "Hard negative: invoice and check numbers formatted like SSNs.",
        f"Accounts Receivable <ar@{APEX}>",
        "ap@fosterdisabilitylaw.com",
        "Past due invoices 418-20-5531, 418-20-5547",
        "Hi, invoices 418-20-5531 and 418-20-5547 are 60 days past due ($3,400). Check "
        "556-10-2201 was "
        "applied to 418-20-5502.\n\nApex AR",
    ),
    Spec(
        False,
        "office closure",
        "Office closure notice to clients.",
        f"Operations <ops@{APEX}>",
        "clients@apexime.com",
        "Holiday closure",
        "Apex will be closed 11/26-11/27. Exams on those days have been rescheduled already.",
    ),
    Spec(
        False,
        "sample report template",
        "Hard negative: report template with placeholders and a clearly fictional sample.",
        f"Quality <quality@{APEX}>",
        "examiners@apexime.com",
        "New IME report template v4",
        "Attached is template v4. The sample uses the fictional claimant 'SAMPLE CLAIMANT' - do "
        "not edit it.",
        atts=(
            Att(
                "IME_template_v4.docx",
                DOCX,
                docx(
                    [
                        "Claimant: [SAMPLE CLAIMANT]   Claim: [CLAIM #]   DOB: [MM/DD/YYYY]",
                        "History of injury: [narrative]",
                        "Diagnosis: [ICD-10]   MMI: [yes/no]   Impairment: [%]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "legal subpoena process",
        "Process guidance on subpoenas, no individual.",
        f"Compliance <compliance@{APEX}>",
        "examiners@apexime.com",
        "Deposition and subpoena process reminder",
        "If you receive a subpoena for deposition, forward it to compliance the same day. We "
        "schedule, bill "
        "and prep. Do not discuss cases with opposing counsel directly.",
    ),
    Spec(
        False,
        "CE course announcement",
        "Hard negative: AMA Guides impairment training agenda mentioning conditions.",
        f"Quality <quality@{APEX}>",
        "examiners@apexime.com",
        "Training: AMA Guides 6th - spine and upper extremity",
        "Agenda 12/5:\n8:00 DRE vs ROM for spine\n9:30 CRPS rating pitfalls\n10:30 Carpal tunnel "
        "grade modifiers\n"
        "Presenter: Dr. Howard Teitelbaum, MD (orthopedic surgery).",
    ),
    Spec(
        False,
        "IT vendor security questionnaire",
        "Security questionnaire reply to a client.",
        f"IT <it@{APEX}>",
        "vendorsecurity@pacificmutualins.com",
        "Security questionnaire response",
        "Attached are our answers: TLS 1.2+ enforced, MFA on all accounts, SOC 2 Type II report "
        "available under NDA.",
        atts=(
            Att(
                "security_questionnaire.xlsx",
                XLSX,
                xlsx(
                    {
                        "Controls": [
                            ["Control", "Answer"],
                            ["Encryption in transit", "TLS 1.2+"],
                            ["MFA", "Yes"],
                        ],
                        "Contacts": [["Role", "Email"], ["CISO", "ciso@apexime.com"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "employee benefits",
        "Hard negative: HR benefits open enrollment naming plans and a wellness program.",
        f"HR <hr@{APEX}>",
        "allstaff@apexime.com",
        "Open enrollment closes 11/20",
        "Reminder: open enrollment closes 11/20. New this year: EAP counseling sessions (8 free), "
        "diabetes "
        "prevention program, and a tobacco cessation benefit.",
    ),
    Spec(
        False,
        "de-identified peer review sample",
        "Hard negative: de-identified QA audit sample, identifiers stripped.",
        f"Quality <quality@{APEX}>",
        "qa-committee@apexime.com",
        "QA audit sample - de-identified",
        "Five reports were audited; identifiers removed. Findings: 2 missing apportionment "
        "discussion, "
        "1 rating arithmetic error (lumbar DRE II), 2 compliant. Case codes QA-01 to QA-05 only.",
    ),
    Spec(
        False,
        "job posting scheduler",
        "Job posting for an IME scheduler at a staffing site.",
        f"HR <hr@{APEX}>",
        "jobs@healthcarestaffingnow.com",
        "Posting: IME scheduler",
        "Full-time IME scheduler, 2 years medical office experience, $24-27/hour. Coordinates "
        "claimants, "
        "examiners and interpreters.",
    ),
    Spec(
        False,
        "partner business to VVCC",
        "Business outreach to VVCC about disability exams contract.",
        f"Sales <sales@{APEX}>",
        f"epark@{VVC}",
        "C&P exam capacity",
        "Hi Ellen,\n\nWe have capacity for compensation and pension exams in audiology and mental "
        "health "
        "starting January. Could we set up a call?\n\nApex Sales" + SIG,
    ),
    Spec(
        False,
        "facility",
        "Parking garage notice.",
        f"Operations <ops@{APEX}>",
        "allstaff@apexime.com",
        "Garage level 2 closed",
        "Level 2 of the garage is closed for resurfacing 11/16-11/18. Claimants will be directed "
        "to level 3.",
    ),
    Spec(
        False,
        "forwarded examiner availability",
        "Forwarded examiner availability thread.",
        f"Apex Scheduling <scheduling@{APEX}>",
        "ops@apexime.com",
        "Fwd: December availability",
        "FYI, Dr. Adeyemi's December dates below.",
        forward=Spec(
            False,
            "-",
            "-",
            f"radeyemi@{APEX}",
            f"scheduling@{APEX}",
            "December availability",
            "I can do Dec 3, 4, 10 and 17, mornings only. Out Dec 21-Jan 4.",
        ),
    ),
]
