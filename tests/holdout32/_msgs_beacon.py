"""Beacon Pathology Associates: reports, frozen sections, billing and admin mail (18 PHI, 18 not)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import ASC, BPA, SUG, Att, Spec

CSV = "text/csv"
TXT = "text/plain"
PDF = "application/pdf"
DOCXT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSXT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIPT = "application/zip"
HL7T = "application/hl7-v2"
FHIRT = "application/fhir+json"

SIG = "\n\nBeacon Pathology Associates\nClient Services (805) 555-0400\n"

ORU = (
    "MSH|^~\\&|BEACON_LIS|BEACONPATH|SUG_EHR|SEASIDE|202611111022||ORU^R01|BPA561207|P|2.5.1\r"
    "PID|1||SUG-0461190^^^SUG^MR||Rutherford^Clement^A||19520311|M\r"
    "OBR|1||S26-18822|88305^Surgical pathology^CPT|||20261109\r"
    "OBX|1|TX|22634-0^Path report^LN||Prostate, left apex, needle biopsy: Adenocarcinoma, "
    "Gleason 3+4=7 (Grade Group 2), 30% of core.||||||F\r"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="HL7 ORU pathology result",
        notes="Hard positive: HL7 ORU with a patient's prostate cancer diagnosis, sent as a resend.",
        frm=f"LIS Support <lis@{BPA}>",
        to=f"Interfaces <interfaces@{SUG}>",
        subject="Manual resend - ORU BPA561207",
        body="Your listener was down 10:20-10:40; resending the one result that failed.",
        atts=(Att("BPA561207.hl7", HL7T, ORU),),
    ),
    Spec(
        phi=True,
        category="frozen section callback",
        notes="Pathologist to surgeon: frozen section diagnosis with patient name and OR room.",
        frm=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        to="Dr. Luc Moreau <lmoreau@pacificgeneralsurg.com>",
        subject="FS result OR2",
        body=(
            "Luc - confirming what I called in: frozen on Whitcombe, right axillary node, POSITIVE for\n"
            "metastatic carcinoma, 4 mm deposit. Final on permanents Monday.\n\nNaomi"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport",
        notes="FHIR DiagnosticReport JSON with patient name and bladder tumor result.",
        frm=f"LIS Support <lis@{BPA}>",
        to="Integration <integration@healthbridgehie.org>",
        subject="DiagnosticReport payload for conformance review",
        body="One production report as requested by your onboarding team (under our BAA).",
        atts=(
            Att(
                "dr_S26-18907.json",
                FHIRT,
                '{"resourceType":"DiagnosticReport","id":"S26-18907","status":"final",'
                '"code":{"text":"Surgical pathology"},'
                '"subject":{"reference":"Patient/SUG-0433871","display":"Gwendolyn Asante"},'
                '"effectiveDateTime":"2026-11-06",'
                '"conclusion":"Bladder, TURBT: high-grade papillary urothelial carcinoma, '
                'muscularis propria present and not involved (pTa HG)."}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient bill dispute reply",
        notes="Billing reply to a patient's outlook.com with claim and skin biopsy charge.",
        frm=f"Billing <billing@{BPA}>",
        to="Francesca Ruiz <frankie.ruiz@outlook.com>",
        subject="Re: why did I get a bill from you?",
        body=(
            "Hi Ms. Ruiz,\n\nWe're the lab that read the skin biopsy your dermatologist took on September 29.\n"
            "Your plan (Anthem, ID ZGP556102348) applied the $187.00 to your deductible. If you think that's\n"
            "wrong, call Anthem first, then us.\n\n> I never went to Beacon Pathology, why is there a bill?\n"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="amended report notice",
        notes="Amended report notice with patient name, DOB, accession and changed diagnosis.",
        frm=f"Dr. Rashid Qasim <rqasim@{BPA}>",
        to=f"Dr. Anika Kessler <akessler@{SUG}>",
        subject="Amended report S26-18644",
        body=(
            "Dr. Kessler,\n\nPlease note an amended report on S26-18644 (Theodore Banks, DOB 05/30/1958):\n"
            "after intradepartmental review the right mid core is upgraded from Gleason 3+3 to 3+4,\n"
            "pattern 4 about 10%. I called your office at 09:10.\n\nRashid Qasim, MD"
        ),
    ),
    Spec(
        phi=True,
        category="specimen problem call",
        notes="Hard positive: specimen rejection with patient initials, DOB and missing cores.",
        frm=f"Accessioning <accessioning@{BPA}>",
        to=f"Clinic Nurses <nurses@{SUG}>",
        subject="Specimen hold - label mismatch",
        body=(
            "Specimen received 11/10 labelled R.T. DOB 8/8/1963 but the requisition says 8/3/1963.\n"
            "12 prostate cores held, not processed until someone comes to re-identify.\n\nAccessioning"
        ),
    ),
    Spec(
        phi=True,
        category="pathology report PDF to patient",
        notes="PDF report sent to a patient's gmail on request (name, DOB, diagnosis).",
        frm=f"Client Services <clientservices@{BPA}>",
        to="Lionel Asher <lionel.asher@gmail.com>",
        subject="Copy of your report as requested",
        body="Mr. Asher, the copy you requested under your right of access is attached." + SIG,
        atts=(
            Att(
                "Asher_report.pdf",
                PDF,
                pdf(
                    [
                        "BEACON PATHOLOGY ASSOCIATES - Surgical Pathology Report",
                        "Patient: Lionel Asher   DOB: 10/12/1970   Accession: S26-17310",
                        "Specimen: Colon, sigmoid, polypectomy",
                        "Diagnosis: Tubular adenoma, low-grade dysplasia, margins clear",
                    ],
                    "Report S26-17310",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing work queue XLSX",
        notes="Hard positive: workbook of claims with member ids, an SSN and pathology CPT codes; the body names no patient or condition.",
        frm=f"Billing <billing@{BPA}>",
        to="Collections <team@pacificrevenuegroup.com>",
        subject="Aging > 120 - November",
        body="Two tabs, commercial and self-pay. Please work by Dec 15.",
        atts=(
            Att(
                "aging_120.xlsx",
                XLSXT,
                xlsx(
                    {
                        "Commercial": [
                            ["Acct", "Patient", "Member ID", "DOS", "CPT", "Balance"],
                            ["B-881203", "Jerome Faulkner", "CGX448201937", "2026-06-14", "88305", "142.00"],
                            ["B-881476", "Amara Eze", "MHP00729184", "2026-07-02", "88307", "388.00"],
                        ],
                        "Self-pay": [
                            ["Acct", "Patient", "SSN", "DOS", "CPT", "Balance"],
                            ["B-879911", "Svetlana Orlova", "529-61-3048", "2026-05-21", "88342", "211.50"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="genetic test send-out",
        notes="Send-out request with patient name and BRCA/germline testing on a prostate tumor.",
        frm=f"Send-Outs <sendouts@{BPA}>",
        to="Client Services <clients@genomiq-labs.com>",
        subject="Block request for germline/somatic panel",
        body=(
            "Shipping block A3 from S26-18822 (Clement Rutherford, DOB 3/11/1952) for your somatic panel\n"
            "with germline follow-up; ordering MD Dr. Kessler. FedEx 7791 2203 4417."
        ),
    ),
    Spec(
        phi=True,
        category="tumor board case list DOCX",
        notes="DOCX tumor board list with patient names and diagnoses.",
        frm=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        to=f"Dr. Grace Liu <gliu@{SUG}>",
        subject="Slides for Thursday",
        body="My list for GU board attached. I'll show 3 cases.",
        atts=(
            Att(
                "GU_board_1112.docx",
                DOCXT,
                docx(
                    [
                        "GU Tumor Board - 11/12/2026 - Pathology",
                        "1. Gwendolyn Asante - TURBT, pTa high grade",
                        "2. Clement Rutherford - prostate bx, GG2, PNI present",
                        "3. Edwin Castellanos - prostate bx, GG3 in 5/12 cores",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only accession and name",
        notes="Hard positive: name and diagnosis sit in the subject; body is a two-word ack.",
        frm=f"Dr. Rashid Qasim <rqasim@{BPA}>",
        to=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        subject="Okonjo, Faith - renal mass core bx: clear cell RCC",
        body="Final signed.",
    ),
    Spec(
        phi=True,
        category="TXT addendum",
        notes="TXT addendum with IHC results for a named patient.",
        frm=f"Histology <histo@{BPA}>",
        to=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        subject="IHC done",
        body="Stains are out for your case; addendum text drafted below in the file.",
        atts=(
            Att(
                "addendum_S26-18907.txt",
                TXT,
                "ADDENDUM S26-18907 Asante, Gwendolyn\n"
                "p53 aberrant (null pattern); CK20 full-thickness; Ki-67 ~40%. Supports CIS component.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative question reply",
        notes="Hard positive: reply to a son's gmail about mom's biopsy with first name and result.",
        frm=f"Client Services <clientservices@{BPA}>",
        to="Andre Moreau <andremoreau.sf@gmail.com>",
        subject="Re: my mother's results",
        body=(
            "Andre,\n\nI'm sorry, we can only release Josephine's thyroid FNA result to her or to someone\n"
            "she has named on a HIPAA authorization. Her endocrinologist has the report (Bethesda IV)\n"
            "and can go over it with her.\n\n"
            "> Can you just tell me if my mom's thyroid thing is cancer? Her name is Josephine Moreau."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="zip of slide images",
        notes="Hard positive: ZIP of PNG slide images named with accession and patient surname for consult.",
        frm=f"Dr. Rashid Qasim <rqasim@{BPA}>",
        to="Dr. Helen Okada <hokada@ucla-gupath.org>",
        subject="Consult request - images",
        body=(
            "Helen, would value your opinion. Prostate core, atypical glands, ?PIN-like ductal.\n"
            "Images in the zip, glass going FedEx."
        ),
        atts=(
            Att(
                "consult.zip",
                ZIPT,
                zipped(
                    {
                        "S26-18755_Pembroke_core4_20x.png": png(5, 5, (180, 90, 170)),
                        "S26-18755_Pembroke_core4_HMWCK.png": png(5, 5, (140, 80, 50)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="critical value notification",
        notes="HTML-only critical diagnosis notification with patient name and MRN.",
        frm=f"Beacon Pathology <notify@{BPA}>",
        to=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        subject="Critical/unexpected diagnosis - please acknowledge",
        body="",
        html=(
            "<html><body><p><b>Unexpected diagnosis</b></p><p>Patient: Nikolai Petrenko, MRN SUG-0449018"
            "</p><p>Specimen: Prostate chips, TURP for BPH</p><p>Finding: incidental prostatic "
            "adenocarcinoma, Grade Group 1, involving less than 5% of tissue (pT1a).</p><p>"
            "Please reply to acknowledge.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="credit balance refund",
        notes="Refund notice to a patient's yahoo mailbox for a pap test overpayment.",
        frm=f"Billing <billing@{BPA}>",
        to="Mei-Ling Zhou <meiling.zhou@yahoo.com>",
        subject="Refund of overpayment",
        body=(
            "Dear Ms. Zhou,\n\nYou paid $64.00 for the Pap test (88175) on your 8/19 visit, which your\n"
            "insurance later covered in full. A refund check is being mailed to 902 Marigold Ln,\n"
            "Santa Paula." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="CSV daily case log",
        notes="Hard positive: CSV log of cases with accession, names and preliminary diagnoses to a courier/IT vendor.",
        frm=f"Lab Manager <labmanager@{BPA}>",
        to="Support <support@cerulean-lis.com>",
        subject="Export sample for the new report template",
        body="Real rows from yesterday so your team can test the template mapping (BAA on file).",
        atts=(
            Att(
                "caselog_1110.csv",
                CSV,
                "accession,patient,dob,specimen,diagnosis\n"
                "S26-18870,Hollis Walter,1949-02-03,bladder bx,chronic cystitis\n"
                "S26-18871,Nguyen Thi Lan,1966-05-09,urethral polyp,benign\n"
                "S26-18872,Ortega Luis,1975-01-27,kidney stone,calcium oxalate\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="chatty colleague note",
        notes="Hard positive: colleague chat mentions 'the Delgado kid' and a testicular tumor.",
        frm=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        to=f"Dr. Rashid Qasim <rqasim@{BPA}>",
        subject="lunch?",
        body=(
            "Lunch at 12:30? Also - the Delgado kid's orchiectomy from Coastal is on your bench, it's a\n"
            "mixed germ cell tumor, I think mostly yolk sac. Poor family, he's 19. Let's look together."
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="turnaround aggregate",
        notes="Hard negative: TAT and frozen-section concordance stats, no cases named.",
        frm=f"Lab Manager <labmanager@{BPA}>",
        to=f"Practice Manager <pm@{SUG}>",
        subject="October turnaround for your group",
        body=(
            "October for Seaside: 612 surgical cases, median TAT 1.6 days, prostate biopsies 2.1 days,\n"
            "IHC adds 1 day. Frozen-section concordance 99.1% across the practice."
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule",
        notes="Hard negative: CPT fee schedule for a client, codes and prices only.",
        frm=f"Billing <billing@{BPA}>",
        to=f"Business Office <billing@{ASC}>",
        subject="2027 client fee schedule",
        body="88305 $74; 88307 $290; 88331 frozen first block $118; 88342 IHC $96; 88175 Pap $40.",
    ),
    Spec(
        phi=False,
        category="pathologist call schedule",
        notes="Hard negative: pathologist names, subspecialties and frozen-section coverage.",
        frm=f"Practice Administrator <admin@{BPA}>",
        to=f"OR Scheduling <orsched@{ASC}>",
        subject="Frozen section coverage - December",
        body=(
            "Week 1 Dr. Feldstein (breast/GYN), week 2 Dr. Qasim (GU), week 3 Dr. Amadi (derm/GI),\n"
            "week 4 Dr. Feldstein. Call the FS line 805-555-0410 20 minutes before sending."
        ),
    ),
    Spec(
        phi=False,
        category="reagent recall notice",
        notes="Hard negative: antibody lot recall mentioning cancers but no patients.",
        frm=f"Lab Manager <labmanager@{BPA}>",
        to=f"Pathologists <paths@{BPA}>",
        subject="Recall: PSA IHC antibody lot 2405A",
        body=(
            "Vendor recall of PSA antibody lot 2405A (weak staining). Cases stained 10/2-10/30 with\n"
            "this lot are being re-stained per QA; each pathologist will get a list in the LIS, not\n"
            "by email. Use NKX3.1 as backup for prostate origin."
        ),
    ),
    Spec(
        phi=False,
        category="proficiency testing",
        notes="Hard negative: CAP proficiency test with synthetic challenge cases.",
        frm=f"QA <qa@{BPA}>",
        to=f"Pathologists <paths@{BPA}>",
        subject="CAP PAP challenge due Friday",
        body=(
            "The PT slides (PAP-C 2026) are in the QA cabinet. Challenges 1-10 are synthetic teaching\n"
            "slides with made-up histories (e.g. '34 y/o, LSIL on prior'). Don't discuss answers."
        ),
    ),
    Spec(
        phi=False,
        category="courier route change",
        notes="Courier route change for specimen pickups.",
        frm=f"Logistics <logistics@{BPA}>",
        to=f"Front Desk <frontdesk@{SUG}>",
        subject="New pickup times from Dec 1",
        body="Courier pickup moves to 12:30 and 16:45 Mon-Fri. Keep the lockbox stocked with bags.",
    ),
    Spec(
        phi=False,
        category="payroll and benefits",
        notes="Hard negative: open enrollment mail mentioning health plans, for employees.",
        frm=f"HR <hr@{BPA}>",
        to=f"All Staff <staff@{BPA}>",
        subject="Open enrollment closes Nov 20",
        body=(
            "Medical plan premiums rise 4% in 2027. New this year: fertility rider and lower copay for\n"
            "mental health visits. Enrol in the benefits portal. Questions to hr@beaconpath.com."
        ),
    ),
    Spec(
        phi=False,
        category="histotech job posting",
        notes="Histotechnologist job posting.",
        frm=f"HR <hr@{BPA}>",
        to="Jobs <jobs@ascp-careers.org>",
        subject="HTL - full time, Ventura",
        body="Beacon Pathology seeks an HT(ASCP)/HTL for embedding, cutting and IHC. Days, no weekends.",
    ),
    Spec(
        phi=False,
        category="de-identified teaching set",
        notes="Hard negative: de-identified teaching cases with age bands and diagnoses.",
        frm=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        to="Residency Coordinator <gme@venturacountymed.org>",
        subject="Teaching set for residents",
        body=(
            "De-identified teaching set for the GU block (labels removed, accession replaced):\n"
            "T1 - man in his 60s, prostate bx, Gleason 4+4\nT2 - woman in her 50s, renal mass, chromophobe RCC\n"
            "T3 - man in his 30s, testis, pure seminoma\n"
        ),
    ),
    Spec(
        phi=False,
        category="client requisition update PDF",
        notes="Hard negative: blank requisition form PDF with field labels (Patient name, DOB).",
        frm=f"Client Services <clientservices@{BPA}>",
        to=f"Clinic Nurses <nurses@{SUG}>",
        subject="New requisition form",
        body="Please use the attached requisition starting Dec 1. Old forms will be returned.",
        atts=(
            Att(
                "BPA_requisition_v7.pdf",
                PDF,
                pdf(
                    [
                        "BEACON PATHOLOGY ASSOCIATES - Surgical Pathology Requisition v7",
                        "Patient name: ______________  DOB: ________  MRN: ________",
                        "Specimen source: ___________  Number of containers: ___",
                        "Clinical history / ICD-10: ______________________",
                    ],
                    "Requisition v7",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor short-shipment credit",
        notes="Hard negative: invoice dispute with SSN-shaped vendor reference number.",
        frm=f"Accounts Payable <ap@{BPA}>",
        to="AR <ar@leicabiosys-billing.com>",
        subject="Invoice 7720431 - ref 608-19-4472",
        body="Short-shipped 2 cases of cassettes on ref 608-19-4472; please credit $418.",
    ),
    Spec(
        phi=False,
        category="CLIA inspection notice",
        notes="Inspection scheduling.",
        frm=f"Lab Director <director@{BPA}>",
        to=f"All Staff <staff@{BPA}>",
        subject="CAP inspection window opens Dec 1",
        body="Our biennial CAP inspection window opens Dec 1. Checklists are on the shared drive.",
    ),
    Spec(
        phi=False,
        category="marketing to clients",
        notes="Hard negative: HTML-only service announcement about prostate MRI-fusion biopsy pathology.",
        frm=f"Beacon Pathology <outreach@{BPA}>",
        to="Referring offices <clients@lists.beaconpath.com>",
        subject="Now offering same-day prostate biopsy reads",
        body="",
        html=(
            "<html><body><h2>Same-day GU pathology</h2><p>Biopsies received by 10 am are signed out"
            " the same day, with Grade Group, percent pattern 4 and cribriform reporting.</p>"
            "<p>Call client services to set up.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="IT security notice",
        notes="Phishing warning to staff.",
        frm=f"IT <it@{BPA}>",
        to=f"All Staff <staff@{BPA}>",
        subject="Phishing: fake 'slide scanner license' emails",
        body="Do not open the 'Aperio license renewal' emails from aperio-licensing.co. Report and delete.",
    ),
    Spec(
        phi=False,
        category="workload spreadsheet",
        notes="Hard negative: XLSX of pathologist RVUs by CPT, no patients.",
        frm=f"Practice Administrator <admin@{BPA}>",
        to="Dr. Rashid Qasim <rqasim@beaconpath.com>",
        subject="Your October RVUs",
        body="Your breakdown attached.",
        atts=(
            Att(
                "RVU_Oct_Qasim.xlsx",
                XLSXT,
                xlsx(
                    {
                        "By CPT": [["CPT", "Units", "wRVU"], ["88305", "412", "309.0"], ["88342", "96", "57.6"]],
                        "Totals": [["Month", "wRVU"], ["Oct 2026", "401.3"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="research collaboration",
        notes="Aggregate counts for a grant, no individuals.",
        frm=f"Dr. Naomi Feldstein <nfeldstein@{BPA}>",
        to="Dr. Samir Qureshi <squreshi@venturacountymed.org>",
        subject="Numbers for the R21",
        body=(
            "Samir, from 2021-2025 we signed out 3,914 prostate biopsies with GG2 or higher in 1,688;\n"
            "cribriform present in 19%. Happy to be on the grant."
        ),
    ),
    Spec(
        phi=False,
        category="forwarded equipment thread",
        notes="Forwarded rfc822 about cryostat repair for frozen sections.",
        frm=f"Lab Manager <labmanager@{BPA}>",
        to=f"OR Scheduling <orsched@{ASC}>",
        subject="FW: Cryostat down",
        body="Heads up: frozen sections go to our main lab Thursday morning, add 20 minutes.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Service <service@epredia-field.com>",
            to=f"labmanager@{BPA}",
            subject="Cryostat down",
            body="Compressor part for cryostat SN CX50-2231 ships tomorrow; install Thursday 7-11am.",
        ),
    ),
    Spec(
        phi=False,
        category="applicant reply at consumer mailbox",
        notes="Reply to a pathology assistant applicant's icloud address; no health data.",
        frm=f"HR <hr@{BPA}>",
        to="Jordan Ellery <jordan.ellery@icloud.com>",
        subject="Re: PA position - next steps",
        body="Hi Jordan, thanks for the great interview. Offer letter to follow by Friday. - Lorena, HR",
    ),
]

MESSAGES = PHI + CLEAN
