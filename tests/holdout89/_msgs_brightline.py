"""Outbound mail of Brightline Telepsychiatry, a behavioural health telepsychiatry group (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBrightline Telepsychiatry | 400 Canal Street, Suite 610, Providence RI 02903\nPhone 401-555-0142 | Fax 401-555-0143\nCONFIDENTIALITY: this message may contain privileged information. If you received it in error, delete it and tell the sender."

MESSAGES = [
    Spec(
        phi=True,
        category="Telepsychiatry visit link to patient personal mailbox",
        notes="Video visit invitation to the patient's gmail naming her and her medication-management appointment with a psychiatrist.",
        frm="Brightline Scheduling <scheduling@brightlinetelepsych.com>",
        to="dana.whitcombe88@gmail.com",
        subject="Your video visit on Thursday",
        body=(
            "Hi Dana,\n\nThis is a reminder of your medication management video visit with "
            "Dr. Okafor on Thursday 19 March at 10:30 AM. Please have your current list of "
            "medications ready (including the lamotrigine dose you mentioned) and join from a "
            "private room.\n\nJoin: https://visit.brightlinetelepsych.com/r/8QZ-41K\n\nBrightline Scheduling"
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightline//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bl-appt-55120@brightlinetelepsych.com\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260319T143000Z\r\nDTEND:20260319T150000Z\r\n"
            "SUMMARY:Medication management - Dana Whitcombe with Dr. Okafor\r\n"
            "ORGANIZER:mailto:scheduling@brightlinetelepsych.com\r\nATTENDEE:mailto:dana.whitcombe88@gmail.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Psychiatrist bio for partner clinic website",
        notes="Hard negative: clinician bio listing conditions she treats (bipolar disorder, OCD); no patient.",
        frm="Marketing <marketing@brightlinetelepsych.com>",
        to="web@southcountyfamilymed.org",
        subject="Updated bio - Dr. Ifeoma Okafor for your provider page",
        body=(
            "Hi Gretchen,\n\nHere is the updated bio for your 'Behavioral Health Partners' page:\n\n"
            "Ifeoma Okafor, MD is board certified in adult psychiatry and has practised telepsychiatry "
            "since 2017. She treats bipolar disorder, treatment-resistant depression, OCD and "
            "perinatal mood disorders, and has a special interest in lithium monitoring. "
            "NPI 1519279032.\n\nHeadshot to follow from our designer.\n\nThanks,\nMarisol" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Consult note to referring PCP",
        notes="Psychiatric consult summary with patient name, DOB, diagnosis and sertraline plan sent to the referring primary care office.",
        frm="Dr. Ifeoma Okafor <iokafor@brightlinetelepsych.com>",
        to="referrals@southcountyfamilymed.org",
        subject="Consult completed - referral #SC-22871",
        body=(
            "Dr. Pham,\n\nThank you for referring Mr. Tobias Renner (DOB 04/11/1979). I saw him by video "
            "on 16 March. Impression: major depressive disorder, recurrent, moderate (F33.1) with "
            "generalised anxiety. PHQ-9 17, GAD-7 14. No SI.\n\nPlan: increase sertraline from 50 mg to "
            "100 mg daily; refer to CBT; follow-up with me in 4 weeks. Full note attached.\n\n"
            "Ifeoma Okafor, MD" + SIG
        ),
        atts=(
            Att(
                "Consult_SC-22871.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTLINE TELEPSYCHIATRY - PSYCHIATRIC CONSULTATION",
                        "Patient: Renner, Tobias   DOB: 04/11/1979   MRN: BL-0048213",
                        "Referring: Linh Pham, MD (South County Family Medicine)",
                        "Dx: F33.1 MDD recurrent, moderate; F41.1 GAD",
                        "PHQ-9 17 / GAD-7 14 / C-SSRS negative",
                        "Plan: sertraline 100 mg daily, CBT referral, RTC 4 weeks",
                    ],
                    "Psychiatric consultation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Prospective psychiatrist recruiting email",
        notes="Hard negative: job posting that describes the patient population in general terms (ADHD, PTSD); no individual.",
        frm="Talent Team <careers@brightlinetelepsych.com>",
        to="jmorales.md@gmail.com",
        subject="Remote child & adolescent psychiatrist - 0.6 FTE",
        body=(
            "Dr. Morales,\n\nThanks for your interest. The role is fully remote, 0.6 FTE, with a panel of "
            "children and teens referred mostly for ADHD, anxiety, PTSD and early psychosis. You would "
            "need RI and MA licences (we sponsor), DEA registration in both states and comfort with "
            "collaborative care. Salary band $265k-$290k pro-rated.\n\nWould Tuesday at 4 PM work for "
            "a 30-minute call?\n\nPriya Nair\nTalent Acquisition"
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization request to payer for long-acting injectable",
        notes="Prior auth to health plan with member ID, name, schizophrenia diagnosis and paliperidone palmitate request.",
        frm="Prior Auth <priorauth@brightlinetelepsych.com>",
        to="pharmacy.pa@oceanstatehealthplan.com",
        subject="PA request - Invega Sustenna - member OSH448120937",
        body=(
            "Please review the attached prior authorization for:\n\nMember: Marcus Delacroix-Baines\n"
            "Member ID: OSH448120937\nDOB: 09/02/1996\nDx: F20.9 schizophrenia, unspecified\n"
            "Requested: paliperidone palmitate 156 mg IM monthly (after 234 mg initiation)\n"
            "Rationale: two hospitalisations in 12 months with oral non-adherence.\n"
            "Prescriber: Samuel Greer, MD  NPI 1186369702\n\nFax confirmation to 401-555-0143.\n\nTeresa, PA coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="Clinician license renewal reminder",
        notes="Staff credentialing notice with clinician name, licence and DEA renewal dates; workforce information only.",
        frm="Credentialing <credentialing@brightlinetelepsych.com>",
        to="sgreer@brightlinetelepsych.com",
        subject="Action needed: MA licence and DEA renewal",
        body=(
            "Hi Sam,\n\nOur tracker shows your Massachusetts medical licence expires 30 April and your "
            "DEA registration (MR9120281) on 31 May. Please upload the renewal confirmations to the "
            "credentialing portal when you have them; payer rosters need 45 days' notice.\n\nThanks,\nCredentialing"
        ),
    ),
    Spec(
        phi=True,
        category="Lithium level lab order sent to outside lab",
        notes="Hard positive: terse lab requisition with patient name and lithium level/TSH order; diagnosis implied by drug.",
        frm="Nursing <rn.team@brightlinetelepsych.com>",
        to="orders@bayviewclinicallab.com",
        subject="STAT add-on",
        body="Pls add serum Li level + TSH/creat to Harriet Solis draw tomorrow AM, DOB 1/30/62. Last Li 1.3. Results to Dr Okafor. Thx - Jen RN",
    ),
    Spec(
        phi=False,
        category="Vendor invoice query",
        notes="Billing question to the video platform vendor about seat licences; no patient.",
        frm="Accounts Payable <ap@brightlinetelepsych.com>",
        to="billing@vidcarehealth.io",
        subject="Invoice INV-20931 - seat count",
        body="Hello,\n\nInvoice INV-20931 charges for 64 clinician seats but we have 58 active. Could you credit the difference for March? PO 4471-BT.\n\nRegards,\nKwame Asante\nAccounts Payable",
    ),
    Spec(
        phi=True,
        category="Collaborative care registry to primary care partner",
        notes="Hard positive: multi-sheet workbook of patients with names, DOBs and PHQ-9 scores; email body is generic.",
        frm="Collaborative Care <cocm@brightlinetelepsych.com>",
        to="care.managers@harborviewmedgroup.com",
        subject="Weekly CoCM registry review - week 12",
        body="Hi team,\n\nAttached is this week's registry for our Friday case review. Flagged rows are patients not improving at 10 weeks.\n\nBrightline CoCM",
        atts=(
            Att(
                "CoCM_registry_wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            [
                                "Patient",
                                "DOB",
                                "Enrolled",
                                "PHQ-9 baseline",
                                "PHQ-9 latest",
                                "Flag",
                            ],
                            ["Ortega, Lucia", "1988-06-14", "2026-01-05", 19, 15, "Y"],
                            ["Birch, Ronald", "1957-11-02", "2026-01-12", 14, 6, ""],
                            ["Nakamura, Emi", "1999-03-27", "2026-02-02", 22, 20, "Y"],
                        ],
                        "Discharged": [
                            ["Patient", "DOB", "Reason"],
                            ["Feld, Aaron", "1971-08-19", "Remission (PHQ-9 < 5)"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quality outcomes to payer",
        notes="Hard negative: quarterly PHQ-9 response and remission rates in a multi-sheet workbook; aggregate only.",
        frm="Quality <quality@brightlinetelepsych.com>",
        to="vbc.reporting@oceanstatehealthplan.com",
        subject="Q4 2025 behavioral health outcomes - Brightline",
        body="Attached are our Q4 outcome measures for the value-based agreement. Counts under 11 are suppressed.\n\nQuality team",
        atts=(
            Att(
                "Brightline_Q4_2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Denominator", "Numerator", "Rate"],
                            ["Depression response at 6 mo (PHQ-9 50% drop)", 412, 187, "45.4%"],
                            ["Depression remission at 12 mo", 298, 71, "23.8%"],
                            [
                                "Follow-up after ED visit for mental illness (7-day)",
                                96,
                                58,
                                "60.4%",
                            ],
                        ],
                        "By age band": [
                            ["Age band", "Patients", "Response rate"],
                            ["18-34", 151, "48%"],
                            ["35-64", 214, "44%"],
                            ["65+", 47, "<11 suppressed"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's mother about adolescent ADHD medication",
        notes="Hard positive: first name plus relationship plus medication change and visit, sent to the parent's personal mailbox.",
        frm="Dr. Samuel Greer <sgreer@brightlinetelepsych.com>",
        to="kbrandt.home@yahoo.com",
        subject="Re: Eli's appetite",
        body=(
            "Hi Karen,\n\nThanks for the update. Weight loss of 3 lb since starting is common, but let's "
            "move Eli's Vyvanse to 20 mg and give it with breakfast. If appetite is still poor at our "
            "April visit we can talk about guanfacine instead.\n\nDr. Greer\n\n> On Mar 15, Karen Brandt wrote:\n"
            "> He's barely eating lunch since the new med. Should I worry?"
        ),
    ),
    Spec(
        phi=False,
        category="Internal IT notice about VPN",
        notes="IT maintenance notice for staff; no health information about anyone.",
        frm="IT Service Desk <itsupport@brightlinetelepsych.com>",
        to="all-staff@brightlinetelepsych.com",
        subject="Saturday 21 March: VPN and EHR downtime 22:00-02:00",
        body="All,\n\nThe EHR and VPN will be unavailable Saturday night for certificate renewal. Please do not schedule video visits between 22:00 and 02:00. Downtime forms are on the shared drive.\n\nIT Service Desk",
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest to pharmacy partner",
        notes="Hard positive: identity and clonazepam prescription only in the FHIR JSON attachment; body is one line.",
        frm="eRx Integration <erx@brightlinetelepsych.com>",
        to="intake@mainstreetspecialtyrx.com",
        subject="Resent bundle 7741",
        body="Resending bundle 7741 - the first attempt failed validation.",
        atts=(
            Att(
                "bundle-7741.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "collection", "entry": ['
                    '{"resource": {"resourceType": "Patient", "id": "bl-0051977", "name": [{"family": "Quintero", "given": ["Adela"]}], '
                    '"birthDate": "1984-12-05", "telecom": [{"system": "phone", "value": "401-555-0177"}]}}, '
                    '{"resource": {"resourceType": "MedicationRequest", "status": "active", "subject": {"reference": "Patient/bl-0051977"}, '
                    '"medicationCodeableConcept": {"text": "clonazepam 0.5 mg tablet"}, '
                    '"dosageInstruction": [{"text": "1 tab PO BID PRN panic, max 2/day"}], '
                    '"reasonCode": [{"text": "F41.0 Panic disorder"}]}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR test bundle to integration vendor",
        notes="Hard negative: FHIR sandbox bundle whose only patient is the declared synthetic test record ZZTEST; no real person.",
        frm="Integration Team <integration@brightlinetelepsych.com>",
        to="support@medbridgeinterop.com",
        subject="Sandbox bundle for ticket MB-3310 (synthetic data)",
        body="Attached is the synthetic bundle we used in the sandbox. Patient is the standard test record ZZTEST, no real person. The error is on the dosageInstruction element.\n\nHenrik",
        atts=(
            Att(
                "sandbox-test-bundle.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "SYNTHETIC-TEST-DATA"}]}, "entry": ['
                    '{"resource": {"resourceType": "Patient", "id": "zztest-001", "name": [{"family": "Zztest", "given": ["Testpatient"]}], "birthDate": "1900-01-01"}}, '
                    '{"resource": {"resourceType": "MedicationRequest", "status": "draft", "subject": {"reference": "Patient/zztest-001"}, '
                    '"medicationCodeableConcept": {"text": "placebo test item"}}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Records release to disability insurer",
        notes="Records sent to disability carrier with claimant name, claim number and PTSD treatment history.",
        frm="Health Information Management <him@brightlinetelepsych.com>",
        to="claims.records@granitemutualdisability.com",
        subject="Records request - claim LTD-5581204",
        body=(
            "Attached are the records authorised by the claimant, Ms. Rosalind Achebe, for claim "
            "LTD-5581204: treatment dates 08/2025 to 03/2026, diagnosis PTSD (F43.10), prazosin and "
            "prolonged-exposure therapy. A signed authorisation is on file.\n\nHIM Department" + SIG
        ),
        atts=(
            Att(
                "Achebe_R_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTLINE TELEPSYCHIATRY - RECORDS RELEASE",
                        "Claimant: Rosalind Achebe   DOB 02/17/1983   Claim LTD-5581204",
                        "Visits: 14 video visits 2025-08-04 through 2026-03-09",
                        "Diagnoses: F43.10 PTSD; G47.00 insomnia",
                        "Medications: prazosin 2 mg qhs; sertraline 150 mg daily",
                    ],
                    "Records release",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training module for new hires",
        notes="Hard negative: training document with fictional example scenario and placeholder field names; no real individual.",
        frm="Compliance <compliance@brightlinetelepsych.com>",
        to="newhires-march@brightlinetelepsych.com",
        subject="Required: Privacy & 42 CFR Part 2 training before first shift",
        body="Welcome! Please read the attached module and complete the quiz in the LMS by Friday.\n\nCompliance Office",
        atts=(
            Att(
                "Privacy_Training_Module_3.docx",
                DOCX,
                docx(
                    [
                        "Module 3 - Sending information by email",
                        "Never put [Patient Name], [DOB] or [Diagnosis] in the subject line.",
                        "Example scenario (fictional): 'Jane Sample' asks you to email her visit summary to her work address. What should you do?",
                        "Answer: use the portal; work mailboxes may be read by employers.",
                        "Substance use disorder records need specific Part 2 consent before disclosure.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis in subject line only",
        notes="Hard positive: subject names patient and bipolar diagnosis; body only asks for a callback.",
        frm="Front Desk <frontdesk@brightlinetelepsych.com>",
        to="intake@eastbaycounselingri.com",
        subject="Warm handoff - Nolan Petrakis, bipolar II, needs therapist",
        body="Hi, could someone from intake call me back today at 401-555-0142 ext 3? Thanks, Aisha",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to prescribers",
        notes="Hard negative: stimulant shortage notice naming drugs and doses but no patient.",
        frm="Clinical Pharmacy <pharmacy@brightlinetelepsych.com>",
        to="prescribers@brightlinetelepsych.com",
        subject="Shortage update: methylphenidate ER 36 mg and 54 mg",
        body=(
            "Prescribers,\n\nWholesalers report backorders of methylphenidate ER 36 mg and 54 mg through "
            "April. Consider 18 mg multiples or alternatives per the attached table, and check local "
            "pharmacy stock before sending.\n\nClinical Pharmacy"
        ),
        atts=(
            Att(
                "stimulant_alternatives.csv",
                "text/csv",
                "Product,Status,Suggested alternative\nMethylphenidate ER 36 mg,Backorder,2 x 18 mg\nMethylphenidate ER 54 mg,Backorder,18 mg + 36 mg if available\nLisdexamfetamine 30 mg,Available,-\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lab result forwarded to patient's work email",
        notes="Hard positive: forward of an outside lab result notice with a valproate level to the patient's work mailbox at employer.",
        frm="Dr. Samuel Greer <sgreer@brightlinetelepsych.com>",
        to="g.ferrante@coastlinelogistics.com",
        subject="Fwd: your level came back",
        body="Giulia - as you asked, forwarding here. Level is fine, keep the same dose. SG",
        forward=Spec(
            phi=True,
            category="Lab result",
            notes="Nested lab notice.",
            frm="Bayview Clinical Lab <results@bayviewclinicallab.com>",
            to="sgreer@brightlinetelepsych.com",
            subject="Result: FERRANTE, GIULIA - valproic acid",
            body="Patient: FERRANTE, GIULIA  DOB 07/22/1990\nValproic acid, total: 78 ug/mL (ref 50-100)\nCollected 03/13/2026 08:05",
        ),
    ),
    Spec(
        phi=False,
        category="Newsletter on seasonal depression",
        notes="HTML newsletter about seasonal affective disorder for the public; no individual.",
        frm="Brightline News <news@brightlinetelepsych.com>",
        to="subscribers@lists.brightlinetelepsych.com",
        subject="Spring is coming - and so is the light",
        body="",
        html=(
            "<html><body><h2>Beating the late-winter slump</h2><p>Seasonal affective disorder affects about "
            "5% of adults in New England. Light therapy boxes of 10,000 lux for 20-30 minutes each morning "
            "help many people.</p><p>If low mood lasts more than two weeks, talk to your clinician. In crisis, "
            "call or text 988.</p><p><small>Brightline Telepsychiatry - unsubscribe</small></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care document",
        notes="Hard positive: C-CDA continuity of care document with patient demographics and diagnoses; body is a terse transmittal.",
        frm="Direct Messaging <direct@brightlinetelepsych.com>",
        to="records@newportbehavioralhospital.org",
        subject="CCD for transfer of care",
        body="CCD attached per your request this morning.",
        atts=(
            Att(
                "ccd_transfer.xml",
                "application/xml",
                (
                    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                    '<title>Continuity of Care Document</title><recordTarget><patientRole><id extension="BL-0039952" root="2.16.840.1.113883.19.5"/>'
                    '<patient><name><given>Warren</given><family>Ostrowski</family></name><birthTime value="19680315"/></patient></patientRole></recordTarget>'
                    "<component><section><title>Problems</title><text>F31.2 Bipolar I disorder, current episode manic, severe with psychotic features; F10.20 Alcohol dependence</text></section>"
                    "<section><title>Medications</title><text>Lithium carbonate 600 mg BID; olanzapine 10 mg qhs</text></section></component></ClinicalDocument>"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payer contract negotiation",
        notes="Rate negotiation with CPT codes and fee schedule; no patient.",
        frm="Managed Care Contracts <contracts@brightlinetelepsych.com>",
        to="provider.contracting@oceanstatehealthplan.com",
        subject="Proposed 2027 telehealth fee schedule",
        body=(
            "Hi Doug,\n\nFollowing our call, our proposal for 2027:\n\n90792 psychiatric diagnostic eval w/ medical - $248\n"
            "99214 + 90833 - $176\n99492/99493 CoCM - per CMS + 8%\nModifier 95 parity with in-person.\n\n"
            "Happy to discuss on Friday.\n\nAndrea Koval\nDirector, Managed Care"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim to clearinghouse",
        notes="Hard positive: 837P professional claim file with subscriber name, member ID and F32 diagnosis; body is generic.",
        frm="Billing <billing@brightlinetelepsych.com>",
        to="submissions@claimsbridgeclearing.com",
        subject="Batch 0316-B resubmission",
        body="Resubmitting batch 0316-B after the NM1 fix. One claim.",
        atts=(
            Att(
                "batch_0316B.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*BRIGHTLINE     *ZZ*CLAIMSBRIDGE   *260316*1015*^*00501*000000731*0*P*:~"
                    "GS*HC*BRIGHTLINE*CLAIMSBRIDGE*20260316*1015*731*X*005010X222A1~ST*837*0001*005010X222A1~"
                    "NM1*85*2*BRIGHTLINE TELEPSYCHIATRY*****XX*1049160918~"
                    "NM1*IL*1*VANCE*TREVOR****MI*OSH550219384~DMG*D8*19920708*M~"
                    "CLM*BL55120*210***02:B:1~HI*ABK:F322~SV1*HC:99214:95*130*UN*1***1~SV1*HC:90833:95*80*UN*1***1~"
                    "DTP*472*D8*20260310~SE*9*0001~GE*1*731~IEA*1*000000731~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Conference talk abstract with case vignette de-identified",
        notes="Hard negative: abstract with a composite, de-identified vignette ('a man in his 40s'); no identifiers.",
        frm="Dr. Ifeoma Okafor <iokafor@brightlinetelepsych.com>",
        to="abstracts@neptelehealthsummit.org",
        subject="Abstract submission - Okafor",
        body=(
            "Title: Lithium monitoring at a distance\n\nBackground: Home phlebotomy can close the monitoring gap "
            "in telepsychiatry. Case (composite, details altered): a man in his 40s with bipolar I disorder whose "
            "levels were drawn at home after two missed lab visits. Results: across 118 patients, on-time levels rose "
            "from 52% to 81%.\n\nIfeoma Okafor, MD, Brightline Telepsychiatry"
        ),
    ),
    Spec(
        phi=True,
        category="Patient photo ID uploaded for identity proofing",
        notes="Hard positive: ID image named after the patient in its filename, with the body saying the patient is starting esketamine for treatment-resistant depression.",
        frm="Intake <intake@brightlinetelepsych.com>",
        to="verify@idproofnow.com",
        subject="ID check for new patient before controlled-substance Rx",
        body="Please verify the attached ID image before Dr. Greer prescribes. Patient is being started on esketamine for treatment-resistant depression; appointment 20 March.\n\nIntake",
        atts=(Att("Yusuf_Adeyemi_driver_license.png", "image/png", png(6, 4, (120, 130, 150))),),
    ),
    Spec(
        phi=False,
        category="Office closure notice to patients (bulk, generic)",
        notes="HTML-only hours-change notice to the patient announcement list; no individual or condition.",
        frm="Brightline Telepsychiatry <hello@brightlinetelepsych.com>",
        to="patient-announcements@lists.brightlinetelepsych.com",
        subject="Hours change on Friday 3 April",
        body="",
        html=(
            "<html><body><p>Our office line will close at <b>1 PM on Friday 3 April</b>. Video visits already booked will go ahead.</p>"
            "<p>For urgent needs after hours call 988.</p><p>Brightline Telepsychiatry</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Missed appointment outreach to patient (HTML)",
        notes="No-show follow-up to patient's personal mailbox naming the psychiatry visit and clozapine blood monitoring.",
        frm="Care Coordination <carecoord@brightlinetelepsych.com>",
        to="malik.stroud@icloud.com",
        subject="We missed you today",
        body="",
        html=(
            "<html><body><p>Hi Malik,</p><p>You missed your 2 PM video visit with Dr. Greer today. Because you take "
            "<b>clozapine</b>, your weekly ANC blood test is also due before the pharmacy can release your next fill.</p>"
            "<p>Please call us at 401-555-0142 to reschedule.</p><p>Care Coordination<br>Brightline Telepsychiatry</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Employee flu shot clinic notice",
        notes="Hard negative: staff health notice about vaccine clinic with no individual's health information.",
        frm="HR <hr@brightlinetelepsych.com>",
        to="all-staff@brightlinetelepsych.com",
        subject="Last call: staff COVID/flu boosters Thursday",
        body="Onsite boosters for Providence staff on Thursday 9-12 in the 6th-floor kitchen. Remote staff can submit a pharmacy receipt for reimbursement. No appointment needed.\n\nHR",
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed sample sent to vendor with real patient",
        notes="Hard positive: interface troubleshooting email that pasted a real HL7 ADT message with patient identifiers and diagnosis.",
        frm="Integration Team <integration@brightlinetelepsych.com>",
        to="support@medbridgeinterop.com",
        subject="MB-3317 - ADT A04 rejected",
        body="The A04 in the attached file was rejected with 'PV1-3 invalid'. Can you check the mapping?\n\nHenrik",
        atts=(
            Att(
                "A04_rejected.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|BLEHR|BRIGHTLINE|MEDBRIDGE|MB|202603161122||ADT^A04|778120|P|2.5.1\r"
                    "PID|1||BL-0060418^^^BL^MR||CARRASCO^BEATRIZ^M||19751109|F|||88 Elm Hollow Rd^^Warwick^RI^02886||401-555-0163\r"
                    "PV1|1|O|TELE^^^BL||||1664677246^OKAFOR^IFEOMA\r"
                    "DG1|1||F33.2^Major depressive disorder, recurrent severe without psychotic features^I10\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Referral form template to clinics",
        notes="Hard negative: blank referral form with field labels (Patient name, DOB, Diagnosis) but no data.",
        frm="Referrals <referrals@brightlinetelepsych.com>",
        to="frontdesk@harborviewmedgroup.com",
        subject="New referral form (v4) - please discard old versions",
        body="Attached is v4 of our referral form. New fields: preferred language and whether the patient consents to a video visit.\n\nThanks,\nReferrals",
        atts=(
            Att(
                "Brightline_referral_form_v4.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTLINE TELEPSYCHIATRY - REFERRAL FORM v4",
                        "Patient name: ____________________  DOB: ___/___/______",
                        "Member ID: ______________  Preferred language: __________",
                        "Reason for referral / diagnosis: _______________________",
                        "Current medications: ___________________________________",
                        "Referring clinician: __________  NPI: __________",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacy clarification call-back",
        notes="Short note to pharmacy naming patient and quetiapine dose clarification.",
        frm="Nursing <rn.team@brightlinetelepsych.com>",
        to="rx.help@walnutpharmacy.com",
        subject="Rx clarification - Pearson",
        body="Re Rx for Evelyn Pearson (DOB 5/3/1949): quetiapine should read 25 mg qhs, not 250. Corrected Rx sent electronically at 11:02. Please void the first one. - Jen Alvarez RN",
    ),
    Spec(
        phi=False,
        category="Clinician schedule roster to call center",
        notes="Provider on-call roster with names and coverage hours; workforce data only.",
        frm="Operations <ops@brightlinetelepsych.com>",
        to="afterhours@answerlinecallcenter.com",
        subject="April on-call roster",
        body="April psychiatry on-call:\n\nWk 1  Dr. Okafor   401-555-0151\nWk 2  Dr. Greer    401-555-0152\nWk 3  Dr. Lindqvist 401-555-0153\nWk 4  Dr. Okafor   401-555-0151\n\nEscalation: Medical Director Dr. Ruth Haddad 401-555-0150.",
    ),
    Spec(
        phi=True,
        category="Zip of intake questionnaires to EHR migration vendor",
        notes="Hard positive: zip of intake questionnaires (csv with names, DOB, AUDIT-C scores) to data migration vendor; body only says 'batch 3'.",
        frm="Data Migration <datamigration@brightlinetelepsych.com>",
        to="sftp-drop@chartshiftmigrations.com",
        subject="Batch 3 of 9",
        body="Batch 3 attached. Checksums in manifest.txt.",
        atts=(
            Att(
                "intake_batch3.zip",
                "application/zip",
                zipped(
                    {
                        "intake_batch3.csv": "mrn,last,first,dob,phq9,gad7,auditc\nBL-0031120,Haskins,Troy,1986-02-11,12,9,7\nBL-0031147,Lemaire,Simone,1994-09-30,6,15,1\nBL-0031162,Obi,Chinedu,1979-05-05,21,18,9\n",
                        "manifest.txt": "intake_batch3.csv sha256 5c2f0e...\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Telehealth platform security questionnaire",
        notes="Vendor security questionnaire answers; no patient data.",
        frm="Security <security@brightlinetelepsych.com>",
        to="vendorrisk@oceanstatehealthplan.com",
        subject="Completed SIG Lite questionnaire",
        body="Attached is our completed SIG Lite. Highlights: AES-256 at rest, TLS 1.2+ enforced, MFA for all workforce, annual penetration test (last: Jan 2026), BAA with video vendor in place.\n\nSecurity Office",
        atts=(
            Att(
                "Brightline_SIG_Lite_2026.docx",
                DOCX,
                docx(
                    [
                        "Brightline Telepsychiatry - SIG Lite 2026",
                        "A.1 Does the organisation maintain an information security policy? Yes, reviewed annually.",
                        "D.4 Is PHI encrypted at rest? Yes, AES-256.",
                        "G.2 Are audit logs retained for six years? Yes, in a separate SIEM.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Court-ordered evaluation report to attorney",
        notes="Competency evaluation summary naming defendant with diagnosis, sent to defence counsel.",
        frm="Dr. Ruth Haddad <rhaddad@brightlinetelepsych.com>",
        to="l.marchetti@marchettidefenselaw.com",
        subject="State v. Kessler - evaluation report",
        body=(
            "Ms. Marchetti,\n\nAs ordered, my evaluation of your client Dwayne Kessler is attached. In summary, "
            "he meets criteria for schizoaffective disorder, bipolar type, and is currently not competent to "
            "proceed; I recommend restoration treatment. A copy goes to the court clerk under seal.\n\n"
            "Ruth Haddad, MD, Medical Director" + SIG
        ),
        atts=(
            Att(
                "Kessler_competency_eval.docx",
                DOCX,
                docx(
                    [
                        "Forensic Psychiatric Evaluation - Dwayne Kessler, DOB 12/01/1985",
                        "Docket K2-2026-0114",
                        "Diagnosis: F25.0 schizoaffective disorder, bipolar type",
                        "Opinion: not currently competent to stand trial; restoration recommended.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Marketing campaign copy for compliance review",
        notes="Hard negative: compliance review of general-public anxiety campaign copy; no patient list, segment or individual.",
        frm="Marketing <marketing@brightlinetelepsych.com>",
        to="compliance@brightlinetelepsych.com",
        subject="Spring campaign copy - compliance review",
        body=(
            "Hi Tomasz,\n\nCopy for the spring awareness campaign is below. The audience is the general public "
            "in RI/MA via billboards and search ads; no patient list is used, and we removed the Meta pixel from "
            "the landing page per your note.\n\n'Anxiety is common. Help is a video call away. Book with a "
            "psychiatric clinician within 7 days.'\n\nMarisol"
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned safety plan to crisis unit",
        notes="Hard positive: OCR text of a scanned safety plan attached as txt, naming patient and warning signs.",
        frm="Care Coordination <carecoord@brightlinetelepsych.com>",
        to="crisis.team@riverbendcsu.org",
        subject="Safety plan for tonight's handoff",
        body="OCR of the scanned safety plan attached, original in the chart. Pt may present to you tonight.",
        atts=(
            Att(
                "safety_plan_scan_ocr.txt",
                "text/plain",
                (
                    "STANLEY  SAFETY  PLAN   pg 1/2\nName: Corinne Vaillancourt     D0B: O3/O9/2OO1\n"
                    "Warning signs: not sleeping, giving away things, texting goodbye\n"
                    "Coping: walk dog (Biscuit), call sister Amelie 401-555-0188\n"
                    "Means restriction: mother holding sertraline + trazodone supply\n"
                ),
            ),
        ),
    ),
]
