"""Halvorsen & Okafor LLP (Social Security, long-term disability and VA disability law): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nHalvorsen & Okafor LLP\nDisability Benefits Attorneys\n1500 Fourth Avenue, Suite 900, Seattle WA 98101\n(206) 555-0178"
PRIV = "\n\nATTORNEY-CLIENT PRIVILEGED AND CONFIDENTIAL. If you are not the intended recipient, do not read, copy or forward this message."

MESSAGES = [
    # ---------------- PHI (18) ----------------
    Spec(
        phi=True,
        category="pre-hearing brief to SSA hearing office with SSN",
        notes="Brief PDF to the hearing office names the claimant with SSN and summarises her multiple sclerosis evidence.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="ohoseattle.filings@ssa-eservices.gov",
        subject="Pre-hearing brief - hearing 4/8/2026",
        body="Claimant: Corinne Ellison, SSN 536-41-8820\n\nPlease associate the attached pre-hearing brief with the claimant's electronic folder before the 8 April hearing."
        + SIG,
        atts=(
            Att(
                "PHB_Ellison_C.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVORSEN & OKAFOR LLP - PRE-HEARING BRIEF",
                        "Claimant: Corinne Ellison     SSN: 536-41-8820",
                        "Alleged onset: 06/14/2024    DLI: 12/31/2028",
                        "Severe impairments: relapsing-remitting multiple sclerosis; fatigue; depressive disorder",
                        "MRI 01/2026: new T2 lesions, cervical cord involvement (Ex. 14F)",
                        "Argument: meets Listing 11.09 or, alternatively, RFC below sedentary",
                    ],
                    "Pre-hearing brief",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted medical records package to retained expert",
        notes="Hard positive: the only readable text names the client and says the password-protected zip holds her records for the LTD appeal; records content is encrypted.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="dr.kimura@pacificforensicpsych.com",
        subject="Records - Delacroix LTD appeal",
        body="Dr. Kimura,\n\nAttached are Ms. Marguerite Delacroix's treatment records for your file review in her long-term disability appeal. The password will come by text to your office line.\n\nThank you,"
        + SIG
        + PRIV,
        atts=(
            Att(
                "Delacroix_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "index.txt": "Delacroix, Marguerite - records index\n1. Psychiatry notes 2024-2026\n2. Neuropsych testing 11/2025\n",
                        "psych_notes.txt": "Dx: major depressive disorder, recurrent, severe; PTSD. Sertraline 200 mg, prazosin 2 mg.\n",
                    },
                    "Hx-Appeal-2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hearing notice explanation to client",
        notes="Client named at her gmail with hearing date and a request for her rheumatology records and lupus flare diary.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="tanya.brightwater@gmail.com",
        subject="Your hearing is scheduled",
        body=(
            "Hi Tanya,\n\nGood news: the hearing office scheduled your disability hearing for Wednesday 8 April at 9:30 am (video). "
            "Before then please:\n  1. Ask Dr. Menon's office for your rheumatology notes since October.\n  2. Keep filling in the lupus flare diary - "
            "the judge will want to know how many days a month you can't get out of bed.\n  3. List every medication, including the prednisone taper.\n\n"
            "We'll do a prep call the week before.\n\nDev" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="update to client's spouse about psychological evaluation",
        notes="Hard positive: tells the spouse, by first name only, that her husband's psych evaluation documents PTSD and panic disorder.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="ana.rutledge@hotmail.com",
        subject="Re: update?",
        body=(
            "Hi Ana,\n\nThanks for checking in. Marcus told us it's fine to keep you updated. The consultative psych exam report came in and it is helpful: "
            "the examiner confirmed PTSD and panic disorder with agoraphobia and wrote that he would miss more than 3 days a month. "
            "We'll send it to the judge this week.\n\nDev"
        ),
    ),
    Spec(
        phi=True,
        category="ERISA long-term disability appeal letter to insurer",
        notes="Appeal DOCX to the LTD insurer with claimant name, claim number and ALS diagnosis.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="ltd.appeals@northstarlifeins.com",
        subject="Appeal of claim termination - claim LTD-7730418",
        body="Please see the attached appeal under 29 C.F.R. 2560.503-1. Supporting records follow by secure upload."
        + SIG,
        atts=(
            Att(
                "LTD_appeal_Whitcomb.docx",
                DOCX,
                docx(
                    [
                        "Halvorsen & Okafor LLP",
                        "Re: Gregory Whitcomb, Claim No. LTD-7730418, Policy GL-55120",
                        "Northstar terminated benefits on 12/30/2025 citing ability to perform sedentary work.",
                        "Mr. Whitcomb was diagnosed with amyotrophic lateral sclerosis in 2024; EMG 02/2026 shows progression to bulbar involvement.",
                        "His neurologist states he cannot type, write or speak for sustained periods.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical chronology workbook to co-counsel",
        notes="Hard positive: multi-sheet chronology lists visit dates, providers and findings; the client's name appears only in a sheet title and the file name.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="mhayes@hayesappellatelaw.com",
        subject="chronology as promised",
        body="Matt - chronology through last week attached. Tab 2 is the med list.",
        atts=(
            Att(
                "chron_Sato_K_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sato K chronology": [
                            ["Date", "Provider", "Finding"],
                            ["2025-04-02", "Harborview ED", "syncope, new AFib"],
                            ["2025-06-19", "Dr. L. Brandt cardiology", "EF 30%, NYHA III"],
                            ["2026-01-08", "Dr. L. Brandt cardiology", "ICD placed"],
                        ],
                        "Meds": [
                            ["Drug", "Dose"],
                            ["sacubitril/valsartan", "49/51 mg BID"],
                            ["apixaban", "5 mg BID"],
                            ["furosemide", "40 mg daily"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records request with signed authorisation to hospital HIM",
        notes="Request letter PDF gives client name, DOB and the admission for which records are sought, with authorisation.",
        frm="Records Unit <records@halvorsenokafor.com>",
        to="roi@valleygeneralhosp.org",
        subject="Records request - signed authorization enclosed",
        body="Please see the attached request and HIPAA authorization. We will pay reasonable copy charges per RCW 70.02."
        + SIG,
        atts=(
            Att(
                "ROI_request_Nakamura.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVORSEN & OKAFOR LLP - REQUEST FOR MEDICAL RECORDS",
                        "Patient: Daniel Nakamura    DOB: 09/12/1972",
                        "Records: inpatient admission 10/03/2025-10/11/2025 (spinal cord injury, T10)",
                        "Include: discharge summary, imaging, PT/OT notes, rehab consult",
                        "Authorization signed by patient 03/10/2026 (attached page 2)",
                    ],
                    "ROI request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="RFC questionnaire to treating physician",
        notes="Hard positive: client surname and diagnoses (fibromyalgia/CFS) appear in the subject; the body just asks for a signature on the attached form.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="frontdesk@olympiarheumatology.com",
        subject="Ruiz - fibromyalgia / ME-CFS - RFC form for Dr. Patel",
        body="Hello,\n\nAttached is the residual functional capacity form for Dr. Patel to complete and sign. A signed HIPAA release is on file with your office. Due by 3/31 please.\n\nThank you",
        atts=(
            Att(
                "RFC_physical_Ruiz.docx",
                DOCX,
                docx(
                    [
                        "Physical Residual Functional Capacity Questionnaire",
                        "Patient: Elena Ruiz",
                        "1. How many hours can your patient sit in an 8-hour day? ____",
                        "2. Would your patient need unscheduled breaks? ____",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VA disability claim status to veteran",
        notes="Names the veteran with his VA file number and PTSD/TBI rating decision details.",
        frm="Veterans Practice <vets@halvorsenokafor.com>",
        to="jbrandvold.usmc@yahoo.com",
        subject="Your VA decision came in",
        body=(
            "Jake,\n\nThe VA issued its decision on your supplemental claim (VA file no. 28 417 903). PTSD was increased from 50% to 70%, "
            "but TBI residuals stayed at 10%. Your combined rating is now 80%. We think the TBI rating is wrong given the neuropsych testing "
            "and recommend a Higher-Level Review. Call me when you can.\n\nRenee Castillo, Accredited Agent"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded client email about seizures to co-counsel",
        notes="Hard positive: cover note is content-free; the forwarded client email describes his seizure frequency and medication changes.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="mhayes@hayesappellatelaw.com",
        subject="Fwd: this month",
        body="FYI for the Appeals Council brief.",
        forward=Spec(
            phi=True,
            category="forward",
            notes="forward",
            frm="Owen Pritchard <owen.pritchard88@gmail.com>",
            to="dokafor@halvorsenokafor.com",
            subject="this month",
            body="Dev - I had 4 more seizures this month, one at the grocery store. Dr. Varga added lacosamide to the Keppra and I'm so tired I can barely stay awake. Still not allowed to drive. -Owen",
        ),
    ),
    Spec(
        phi=True,
        category="SSDI award explanation to client",
        notes="Explains to the named client his SSDI award based on heart failure, onset date and back pay.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="r.abernathy@comcast.net",
        subject="Notice of Award - what it means",
        body=(
            "Dear Mr. Abernathy,\n\nSocial Security has sent your Notice of Award. The judge found you disabled since 2 February 2025 because of your "
            "congestive heart failure and kidney disease. Your first monthly payment is $2,214 and back pay is about $31,800, less our fee "
            "(capped at $9,200). Medicare starts 24 months after entitlement.\n\nCongratulations - it's been a long road."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse claimant profile to vocational expert",
        notes="Hard positive: initials plus full DOB, last four of SSN and diagnoses in a short abbreviated request.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="voc@cascadevocationalconsulting.com",
        subject="new VE review",
        body="Claimant T.W., DOB 8/14/1971, SSN xxx-xx-4471. Dx lumbar DDD w/ L5 radic, s/p L4-S1 fusion 2024, opioid Rx. PRW: CDL driver. Need transferable skills opinion by 4/1. Files on ShareFile.",
    ),
    Spec(
        phi=True,
        category="client docket CSV to records retrieval vendor",
        notes="CSV sent to an outside retrieval vendor lists client names, DOBs and the treating facilities/conditions to retrieve.",
        frm="Records Unit <records@halvorsenokafor.com>",
        to="intake@swiftrecordsretrieval.com",
        subject="New retrieval batch - March wk 3",
        body="Please open orders for the attached 4 clients. Authorizations uploaded to your portal under account HO-221."
        + SIG,
        atts=(
            Att(
                "batch_mar_wk3.csv",
                "text/csv",
                "client,dob,facility,records_needed\nLena Ostrowski,1969-02-11,Swedish Cherry Hill,cardiac rehab notes\nBrandon Tuilagi,1983-07-30,Valley General,psych inpatient 2025\nHelen Marchetti,1958-12-04,Olympia Rheumatology,RA infusion records\nDarnell Frye,1975-05-19,VA Puget Sound,PTSD clinic notes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle from client portal export to medical expert",
        notes="FHIR Bundle with the client's Patient resource and Condition entries forwarded to an expert reviewer.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="dr.kimura@pacificforensicpsych.com",
        subject="portal export for your review",
        body="Dr. Kimura - the client downloaded her patient-portal record in FHIR format; attached in case it's easier than the PDFs.",
        atts=(
            Att(
                "portal_export.json",
                "application/fhir+json",
                '{"resourceType":"Bundle","type":"collection","entry":['
                '{"resource":{"resourceType":"Patient","name":[{"family":"Delacroix","given":["Marguerite"]}],"birthDate":"1974-01-23"}},'
                '{"resource":{"resourceType":"Condition","code":{"text":"Major depressive disorder, recurrent, severe"},"onsetDateTime":"2023-09"}},'
                '{"resource":{"resourceType":"MedicationStatement","medicationCodeableConcept":{"text":"sertraline 200 mg"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA continuity of care document to physician expert",
        notes="C-CDA XML with the client's name, DOB, problems and medications sent to a physician reviewer.",
        frm="Records Unit <records@halvorsenokafor.com>",
        to="reviews@meddisabilityexperts.com",
        subject="CCD for file review - Whitcomb",
        body="Attached is the CCD we received from the neurology clinic for your review." + SIG,
        atts=(
            Att(
                "CCD_Whitcomb.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Continuity of Care Document</title>'
                '<recordTarget><patientRole><id extension="NW-3390417" root="2.16.840.1.113883.3.7711"/><patient><name><given>Gregory</given>'
                '<family>Whitcomb</family></name><birthTime value="19660815"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Amyotrophic lateral sclerosis (G12.21); dysphagia</text></section>"
                "<section><title>Medications</title><text>riluzole 50 mg BID; edaravone</text></section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ADA accommodation letter to client's employer",
        notes="Hard positive: letter to employer HR names the client and her recovery from cervical spinal fusion while discussing accommodations, with no diagnosis codes.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="employee.relations@kingsleylogistics.com",
        subject="Accommodation request - Priya Anand",
        body=(
            "Dear Employee Relations,\n\nWe represent Priya Anand in her disability matters. Ms. Anand is recovering from a cervical spinal fusion "
            "performed in January and her surgeon has restricted overhead reaching and lifting over 10 lb through June. She requests a "
            "modified workstation and remote work two days per week as a reasonable accommodation under the ADA.\n\nSincerely,"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare set-aside question with MBI to vendor",
        notes="Names the client with Medicare MBI and the surgery the set-aside must fund.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="msa@claimsettlementpartners.com",
        subject="MSA quote request",
        body=(
            "Hello,\n\nWe need an MSA allocation for a third-party settlement. Client: Harold Greaves, MBI: 3KW7-HN4-RT52, entitled to Medicare on SSDI. "
            "Future care includes a planned right total knee revision and ongoing pain management. Records available on request."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="client case update newsletter-style email (HTML)",
        notes="HTML-only update to a named client about her Appeals Council filing and her bipolar disorder records.",
        frm="Halvorsen & Okafor <updates@halvorsenokafor.com>",
        to="j.mcallister.home@icloud.com",
        subject="Your case update",
        body="",
        html=(
            "<html><body><table width='600'><tr><td style='background:#1d3557;color:#fff;padding:12px'>Halvorsen &amp; Okafor LLP</td></tr>"
            "<tr><td><p>Dear Joanna McAllister,</p><p>We filed your request for Appeals Council review on 16 March. The judge's decision "
            "did not account for your hospitalisations for bipolar disorder in 2025, and we have asked the Council to consider Dr. Ferrante's "
            "updated letter.</p><p>Reviews currently take 9-12 months. Please keep us informed of any new hospital stays.</p></td></tr></table></body></html>"
        ),
    ),
    # ---------------- not PHI (19) ----------------
    Spec(
        phi=False,
        category="public blog newsletter on listing-level impairments (HTML)",
        notes="Hard negative: HTML-only newsletter explaining how depression, COPD and MS listings work; no individual.",
        frm="Halvorsen & Okafor <news@halvorsenokafor.com>",
        to="subscribers@lists.halvorsenokafor.com",
        subject="March newsletter: Do you meet a Listing?",
        body="",
        html=(
            "<html><body><h2>What is a 'Listing'?</h2><p>Social Security's Blue Book lists impairments - such as multiple sclerosis (11.09), "
            "COPD (3.02) and depressive disorders (12.04) - that are severe enough to be found disabling without vocational analysis.</p>"
            "<p>Most of our clients do not meet a listing and win on residual functional capacity instead.</p>"
            "<p><a href='https://halvorsenokafor.com/blog/listings'>Read more</a> | <a href='https://halvorsenokafor.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate hearing outcomes by impairment workbook",
        notes="Hard negative: multi-sheet statistics of firm hearing win rates by impairment category and hearing office; counts only.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="partners@halvorsenokafor.com",
        subject="2025 outcomes for the retreat",
        body="Numbers for Saturday. Note mental-health cases now outperform musculoskeletal.",
        atts=(
            Att(
                "2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By impairment": [
                            ["Category", "Hearings", "Favourable", "Rate"],
                            ["Musculoskeletal", 142, 74, 0.52],
                            ["Mental health", 96, 58, 0.60],
                            ["Cardiac", 31, 19, 0.61],
                            ["Neurological", 44, 27, 0.61],
                        ],
                        "By office": [
                            ["Hearing office", "Hearings", "Rate"],
                            ["Seattle", 188, 0.57],
                            ["Tacoma (remote)", 81, 0.55],
                            ["Spokane", 44, 0.59],
                        ],
                        "Notes": [
                            ["Source", "Case management system, closed 2025"],
                            ["Suppression", "cells under 11 merged"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CLE webinar calendar invite",
        notes="Continuing legal education invite for attorneys; no client.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="wa-disability-bar@googlegroups.com",
        subject="CLE: Cross-examining the vocational expert (1.5 credits)",
        body="Join us Thursday 26 March 12:00-1:30 PT. Free for WSBA members; link in the invite.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//HalvorsenOkafor//CLE//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h80-cle-0326@halvorsenokafor.com\n"
            "DTSTAMP:20260316T180000Z\nDTSTART:20260326T190000Z\nDTEND:20260326T203000Z\nSUMMARY:CLE - Cross-examining the VE\n"
            "LOCATION:https://meet.halvorsenokafor.com/cle\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="disability paralegal job posting (HTML)",
        notes="Hard negative: HTML-only job ad mentioning medical records, ICD-10 and mental-health impairments generically.",
        frm="Careers <careers@halvorsenokafor.com>",
        to="jobs@wsparalegalassoc.org",
        subject="Posting: Disability Case Paralegal",
        body="",
        html=(
            "<html><body><h1>Disability Case Paralegal - Seattle</h1><p>Summarise medical records, track ICD-10 diagnoses and prepare "
            "chronologies for SSDI/SSI, ERISA LTD and VA claims. Comfort discussing mental-health, pain and neurological conditions with "
            "clients is essential.</p><p>$62-72k, hybrid.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="software renewal invoice to vendor",
        notes="Case-management software renewal PDF; vendor business only.",
        frm="Accounts Payable <ap@halvorsenokafor.com>",
        to="billing@casepeak.io",
        subject="Invoice INV-20931 - PO attached",
        body="Please find our PO for renewal of 14 seats. Remit confirmation to ap@halvorsenokafor.com.",
        atts=(
            Att(
                "PO_CasePeak_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVORSEN & OKAFOR LLP - PURCHASE ORDER 2026-044",
                        "Vendor: CasePeak Inc.",
                        "14 seats x $89/month x 12 = $14,952.00",
                        "Term: 04/01/2026-03/31/2027",
                    ],
                    "PO 2026-044",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank client intake template",
        notes="Hard negative: DOCX intake template with bracketed placeholders for client name, SSN and diagnoses; no real data.",
        frm="Operations <ops@halvorsenokafor.com>",
        to="intake-team@halvorsenokafor.com",
        subject="Updated intake template v2026.1",
        body="Please use this version from Monday. Changes: added VA questions and a medication table.",
        atts=(
            Att(
                "intake_template_v2026_1.docx",
                DOCX,
                docx(
                    [
                        "CLIENT INTAKE - CONFIDENTIAL",
                        "Client name: [__________]   SSN: [___-__-____]   DOB: [__/__/____]",
                        "Diagnoses / conditions: [__________]",
                        "Treating providers: [__________]",
                        "Medications (name, dose, side effects): [__________]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSA ruling summary for staff",
        notes="Hard negative: explains SSR 16-3p and fibromyalgia evaluation rules in general; no claimant.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="attorneys@halvorsenokafor.com",
        subject="Reminder: SSR 12-2p + 16-3p for fibro cases",
        body="Quick reminder for anyone with fibromyalgia hearings: under SSR 12-2p the ALJ must look at longitudinal records because symptoms wax and wane, and under 16-3p they can't discount symptoms solely for lack of objective findings. Tender-point counts are not required if the 2010 ACR criteria are met.",
    ),
    Spec(
        phi=False,
        category="retained physician expert CV with NPI",
        notes="Hard negative: retained expert's CV with her NPI, board certifications and research topics; clinician data only.",
        frm="Paralegal Team <paralegals@halvorsenokafor.com>",
        to="mhayes@hayesappellatelaw.com",
        subject="Expert CV for your disclosure",
        body=(
            "Matt - CV details for the disclosure:\nDr. Leila Hassani, MD, MPH - board certified in physical medicine & rehabilitation and pain medicine. "
            "NPI: 1439457197. Publications on chronic low back pain, complex regional pain syndrome and post-COVID fatigue. Testified in 41 cases since 2019 (31 for claimants)."
        ),
    ),
    Spec(
        phi=False,
        category="internship reply to law student",
        notes="Reply to a student's personal mailbox about a summer internship; no health information.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="bea.lindqvist.law@gmail.com",
        subject="Re: summer internship",
        body="Hi Bea,\n\nThanks for your note. We take two law-clerk interns each summer; applications close 15 April. Send a resume and a 5-page writing sample.\n\nIngrid",
    ),
    Spec(
        phi=False,
        category="redacted ALJ decision sample for training",
        notes="Hard negative: training text file of an ALJ decision with claimant identity fully redacted.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="newhires@halvorsenokafor.com",
        subject="Reading for Friday: sample decision",
        body="Please read the attached (fully redacted) decision and mark every step of the 5-step analysis.",
        atts=(
            Att(
                "sample_decision_redacted.txt",
                "text/plain",
                "DECISION\nIn the case of: [REDACTED]   Claim for: Period of Disability and DIB\nThe claimant has the following severe impairments: degenerative disc disease, obesity, depressive disorder.\nThe claimant has the RFC to perform sedentary work with occasional stooping.\nFINDING: Not disabled at step 5.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="trust account reconciliation by matter number",
        notes="Hard negative: CSV of fee deposits keyed by matter numbers and check numbers only; no names or health details.",
        frm="Accounts <accounts@halvorsenokafor.com>",
        to="cpa@pinecrestaccounting.com",
        subject="IOLTA rec - Feb",
        body="February reconciliation attached. Two SSA fee checks still uncleared.",
        atts=(
            Att(
                "iolta_feb_2026.csv",
                "text/csv",
                "date,matter,source,check_no,amount\n2026-02-03,M-2024-0412,SSA fee payment,70442,7200.00\n2026-02-10,M-2023-1187,LTD settlement,88210,18500.00\n2026-02-24,M-2025-0093,SSA fee payment,70518,6150.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security notice; no clients.",
        frm="IT Helpdesk <it@halvorsenokafor.com>",
        to="allstaff@halvorsenokafor.com",
        subject="Warning: fake 'SSA document ready' emails",
        body="We're seeing phishing emails pretending to be SSA's Appointed Representative Services with a 'document ready' link. SSA never emails links like this. Don't click; forward to it@halvorsenokafor.com and delete.",
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice without names",
        notes="Hard negative: notice that a staff member tested positive, with no name or identifying detail.",
        frm="Office Manager <office@halvorsenokafor.com>",
        to="allstaff@halvorsenokafor.com",
        subject="COVID exposure - 9th floor",
        body="A member of our 9th floor team tested positive for COVID-19 yesterday. If you were in the small conference room on Tuesday afternoon, please test before returning Monday. Masks available at reception.",
    ),
    Spec(
        phi=False,
        category="community workshop flyer PDF",
        notes="Public workshop flyer about applying for SSDI; no individual.",
        frm="Community Outreach <outreach@halvorsenokafor.com>",
        to="events@seattlepubliclibrary-branches.org",
        subject="Flyer for April 11 SSDI workshop",
        body="Could you post the attached flyer at the Beacon Hill branch? Thanks for hosting us again!",
        atts=(
            Att(
                "SSDI_workshop_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "HALVORSEN & OKAFOR LLP",
                        "FREE WORKSHOP: Applying for Social Security Disability",
                        "Saturday April 11, 10:00-11:30, Beacon Hill Library",
                        "Bring questions - no appointment needed",
                    ],
                    "Workshop flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier pickup request",
        notes="Courier scheduling for a court filing box; no client or health details.",
        frm="Reception <reception@halvorsenokafor.com>",
        to="dispatch@pugetlegalcouriers.com",
        subject="Pickup today 3 pm",
        body="Hi, please pick up one sealed box from suite 900 for delivery to the U.S. District Court clerk by 4:30. Account HO-1500.",
    ),
    Spec(
        phi=False,
        category="letterhead templates zip to printer",
        notes="Zip of letterhead and envelope artwork to a printer.",
        frm="Operations <ops@halvorsenokafor.com>",
        to="quotes@emeraldcityprinting.com",
        subject="Letterhead reprint",
        body="Attached zip has the new letterhead and #10 envelope files. 5,000 of each please.",
        atts=(
            Att(
                "HO_letterhead_2026.zip",
                "application/zip",
                zipped(
                    {
                        "letterhead.txt": "Halvorsen & Okafor LLP | 1500 Fourth Avenue, Suite 900 | Seattle WA 98101\n",
                        "envelope_spec.txt": "#10 envelope, PMS 2767 navy, 24 lb\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="comment letter to SSA on proposed rule",
        notes="Hard negative: regulatory comment letter using national shares of disability awards by impairment type; no individual claimant.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="regulations.comments@ssa-eservices.gov",
        subject="Comment on Docket SSA-2026-0007 (vocational grid update)",
        body="Please accept the attached comment on behalf of our firm.",
        atts=(
            Att(
                "comment_SSA-2026-0007.docx",
                DOCX,
                docx(
                    [
                        "Halvorsen & Okafor LLP - Comment on SSA-2026-0007",
                        "The proposed rule would remove age as a factor for claimants 50-54 with sedentary RFCs.",
                        "Nationally, musculoskeletal disorders account for roughly 30% of DI awards and mental disorders about 17%.",
                        "We urge SSA to retain the current grid rules.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fictional mock-hearing hypothetical for training",
        notes="Hard negative: training hypothetical about an explicitly fictional claimant for a mock hearing; no real person.",
        frm="Dev Okafor <dokafor@halvorsenokafor.com>",
        to="clinic@uwlawdisabilityclinic.org",
        subject="Mock hearing packet (fictional)",
        body="For next week's student mock hearing. Everything in the attached hypothetical is invented for teaching - any resemblance to a real claimant is coincidental.",
        atts=(
            Att(
                "mock_hearing_hypothetical.txt",
                "text/plain",
                "FICTIONAL HYPOTHETICAL - FOR TRAINING ONLY\nClaimant: 'Sam Sample', age 52, former warehouse supervisor.\nImpairments: type 2 diabetes with peripheral neuropathy, obesity, anxiety.\nIssue: can Sam perform sedentary work given hand numbness?\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referral thank-you to another attorney",
        notes="Professional courtesy note; no client identified.",
        frm="Ingrid Halvorsen <ihalvorsen@halvorsenokafor.com>",
        to="office@marinoworkerscomp.com",
        subject="Thank you",
        body="Tony - thanks for thinking of us this year. We've set up a direct intake line for your referrals: (206) 555-0179. Lunch in April?\n\nIngrid",
    ),
]
