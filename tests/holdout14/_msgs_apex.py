"""Apex Specialty Pharmacy: oral oncology and biologic dispensing, prior auth, patient aid."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import APEX, CRCC, Att, Spec

SIG = (
    "\n\nApex Specialty Pharmacy | URAC & ACHC accredited\n"
    "Toll free 877-555-0127 | Fax 877-555-0128\n"
)

_HL7_ORU = (
    "MSH|^~\\&|APEX_RX|APEXSPECIALTY|CRCC_ONC|CEDARRIDGE|202611111005||RDS^O13|APX55281|P|2.5.1\r"
    "PID|1||APX-7711402^^^APEX^PI||MENDOZA-ALVARADO^TERESA||19710615|F|||88 Bluebell "
    "Ave^^Golden^CO^80401\r"
    "RXD|1|Olaparib 300 mg tablet|20261111|60|TAB|||||||||||||||||||Shipped FedEx 7712 4406 2291\r"
    "DG1|1||C56.1^Malignant neoplasm of right ovary^I10\r"
)

_FHIR_MR = (
    '{"resourceType": "MedicationDispense", "id": "disp-99120", "status": "completed", '
    '"subject": {"display": "Kofi Mensah-Asare", "identifier": {"value": "APX-7690335"}}, '
    '"medicationCodeableConcept": {"text": "ibrutinib 420 mg tablet"}, "quantity": {"value": 28}, '
    '"whenHandedOver": "2026-11-09", "note": [{"text": '
    '"CLL; held 7 days for dental extraction"}]}\n'
)

_FHIR_FORMULARY = (
    '{"resourceType": "MedicationKnowledge", "id": "apex-formulary-venetoclax", "code": {"text":'
    ' "venetoclax 100 mg tablet"}, "status": "active", "manufacturer": {"display": "AbbVie"},'
    ' "packaging": {"quantity": {"value": 120}}, "monitoringProgram": [{"name": "TLS risk ramp-up'
    ' starter pack"}]}\n'
)

MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="refill reminder to patient",
        notes="Patient name, drug for cancer and refill date to personal mailbox.",
        frm=f"Apex Refills <refills@{APEX}>",
        to="teresa.mendoza.alv@gmail.com",
        subject="Time to schedule your refill",
        body=(
            "Hi Teresa,\n\nYour Lynparza (olaparib) 300 mg refill is due to ship on 11/18. Reply "
            "YES or call us to confirm your shipping address on Bluebell Ave and let us know if "
            "you've had any side effects like nausea or tiredness.\n\nYour Apex care team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="prior auth submission",
        notes="Member id, DOB, diagnosis code and drug to payer PA desk.",
        frm=f"Prior Authorization <pa@{APEX}>",
        to="pharmacy.pa@summitcareplan.com",
        subject="PA request - urgent - ref 26-44811",
        body=(
            "Patient: Kofi Mensah-Asare\nDOB: 01/30/1955\nMember ID: SCP662093114\nDrug: ibrutinib "
            "420 mg daily\nDx: C91.10 chronic lymphocytic leukemia not in remission\nPrescriber: "
            "Imre Szabo, MD, NPI 1198344412\nPrior therapy: none; del(17p) positive.\n\nPlease fax "
            "determination to 877-555-0128.\n\nOlumide Adebayo-Hart, CPhT"
        ),
    ),
    Spec(
        phi=True,
        category="copay foundation application csv",
        notes="Hard positive: CSV to foundation with names, diagnoses and income; body generic.",
        frm=f"Patient Assistance <assist@{APEX}>",
        to="grants@brightwayoncologyfund.org",
        subject="Batch upload - November",
        body="November batch attached, 3 applicants, per your upload template.",
        atts=(
            Att(
                "apex_fund_batch_nov.csv",
                "text/csv",
                "last,first,dob,zip,diagnosis,drug,household_income,hh_size\r\n"
                "Mendoza-Alvarado,Teresa,1971-06-15,80401,ovarian cancer,olaparib,41200,3\r\n"
                "Haugland,Per,1949-02-27,80004,CML,dasatinib,28800,2\r\n"
                "Abiodun,Funmilayo,1983-09-14,80219,multiple sclerosis,ocrelizumab,52000,4\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 dispense message",
        notes="Hard positive: PHI only in HL7 RDS attachment; body is interface chatter.",
        frm=f"Integration <integration@{APEX}>",
        to=f"interfaces@{CRCC}",
        subject="RDS feed gap - manual resend",
        body="Feed dropped between 10:00 and 10:20 today; resending the one dispense we found. "
        "Sorry for the noise.",
        atts=(Att("APX55281.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR dispense record",
        notes="Hard positive: PHI only in FHIR MedicationDispense (name, id, CLL, ibrutinib hold).",
        frm=f"Integration <integration@{APEX}>",
        to=f"interfaces@{CRCC}",
        subject="dispense record you asked about",
        body="Here's the dispense resource for the ticket you opened (INC-20981).",
        atts=(Att("disp-99120.json", "application/fhir+json", _FHIR_MR),),
    ),
    Spec(
        phi=True,
        category="adverse event call note to prescriber",
        notes="Pharmacist note about patient's rash on drug, to clinic.",
        frm=f"Clinical Pharmacist <clinical@{APEX}>",
        to=f"lferreira@{CRCC}",
        subject="Adherence call - rash on Verzenio",
        body=(
            "Dr. Ferreira,\n\nDuring today's monthly check-in Hector Valderrama (DOB 3/4/1958) "
            "reported a grade 1 maculopapular rash on his arms and 4 loose stools/day since "
            "starting "
            "abemaciclib 150 mg BID. He's using loperamide. Do you want a dose reduction to 100 mg "
            "BID? We'll hold shipment until we hear back.\n\nWen-Li Marchetti, PharmD, BCOP" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="shipping delay HTML-only to patient",
        notes="HTML-only shipment notice naming patient and biologic for psoriasis.",
        frm=f"Apex Shipping <shipping@{APEX}>",
        to="jthorvaldsen@outlook.com",
        subject="Your shipment is delayed",
        body="",
        html=(
            "<html><body><p>Dear Jens Thorvaldsen,</p><p>Your cold-chain shipment of "
            "<b>Skyrizi (risankizumab) 150 mg pen</b> for your psoriasis treatment was delayed by "
            "weather and will arrive Thursday 11/12 before noon. Please keep it refrigerated on "
            "arrival.</p><p>Tracking: 7712 4410 0036</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="claims reconciliation xlsx member ids",
        notes="Hard positive: spreadsheet with member ids and claim lines (drug, date of service), "
        "no names.",
        frm=f"Revenue Cycle <revcycle@{APEX}>",
        to="pharmacy.recon@summitcareplan.com",
        subject="Short-paid claims - October",
        body="Two tabs attached: short-paid and rejected. Can we set up a call?",
        atts=(
            Att(
                "oct_shortpay.xlsx",
                XLSX,
                xlsx(
                    {
                        "ShortPaid": [
                            ["Member ID", "Rx #", "DOS", "NDC", "Drug", "Billed", "Paid"],
                            [
                                "SCP662093114",
                                "7340921",
                                "2026-10-05",
                                "57962-0420-28",
                                "ibrutinib 420",
                                16211.40,
                                14890.00,
                            ],
                            [
                                "SCP884120377",
                                "7341188",
                                "2026-10-12",
                                "59572-0410-21",
                                "lenalidomide 10",
                                21470.00,
                                19102.55,
                            ],
                        ],
                        "Rejected": [
                            ["Member ID", "Rx #", "DOS", "Reject"],
                            ["SCP770391524", "7342006", "2026-10-21", "75 - PA required"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="REMS enrollment",
        notes="Patient name, pregnancy-risk category and REMS enrollment for lenalidomide.",
        frm=f"REMS Desk <rems@{APEX}>",
        to=f"iszabo@{CRCC}",
        subject="Lenalidomide REMS - survey overdue",
        body=(
            "Dr. Szabo,\n\nBartholomew Nwachukwu's mandatory REMS patient survey for his next "
            "lenalidomide 10 mg fill is overdue, and your prescriber authorization number needs to "
            "be renewed. We cannot dispense until both are complete (Rx #7341188).\n\nREMS Desk"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="subject line only PHI",
        notes="Hard positive: PHI only in subject line (name + drug + cancer); body generic.",
        frm=f"Wen-Li Marchetti <wmarchetti@{APEX}>",
        to=f"clinical@{APEX}",
        subject="Haugland Per - dasatinib for CML - pleural effusion callback",
        body="Can someone take this callback? I'm in P&T until 3.",
    ),
    Spec(
        phi=True,
        category="patient assistance approval letter PDF",
        notes="Hard positive: PHI only in PDF letter (name, address, grant for MS drug).",
        frm=f"Patient Assistance <assist@{APEX}>",
        to="funmi.abiodun@yahoo.com",
        subject="Your letter from Apex",
        body="Hello, please see the attached letter. Call us with any questions.\n\nApex Patient "
        "Assistance",
        atts=(
            Att(
                "approval_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX SPECIALTY PHARMACY - PATIENT ASSISTANCE",
                        "Funmilayo Abiodun, 2290 S Federal Blvd Apt 4, Denver CO 80219",
                        "Good news: your copay grant for Ocrevus (ocrelizumab) infusions for",
                        "relapsing multiple sclerosis is approved through 11/30/2027, up to "
                        "$8,000.",
                    ],
                    "Grant approval",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="welcome call script with patient details",
        notes="Hard positive: DOCX onboarding note for new patient with initials, DOB and drug; "
        "body neutral.",
        frm=f"Onboarding <onboarding@{APEX}>",
        to=f"careteam@{APEX}",
        subject="New starts - welcome calls",
        body="New-start notes attached for today's welcome calls.",
        atts=(
            Att(
                "new_starts_1110.docx",
                DOCX,
                docx(
                    [
                        "New starts - 11/10/2026",
                        "P.H. DOB 02/27/1949 - dasatinib 100 mg daily, CML chronic phase; lives "
                        "alone, "
                        "hard of hearing - call daughter Ingrid at 303-555-0191.",
                        "K.M.-A. DOB 01/30/1955 - ibrutinib 420 mg, CLL; AFib history, on "
                        "apixaban.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of faxed prescription transcriptions",
        notes="Hard positive: zip of TXT transcription of faxed prescription; filenames generic.",
        frm=f"Intake <intake@{APEX}>",
        to=f"oncpharmacy@{CRCC}",
        subject="Need clarification on 2 faxed scripts",
        body="Two scripts in the zip are missing the strength. Please re-fax or reply with "
        "corrections.",
        atts=(
            Att(
                "fax_batch_1110.zip",
                "application/zip",
                zipped(
                    {
                        "fax_01.txt": (
                            "Rx: Xtandi (enzalutamide) - strength ?\n"
                            "Pt: Tobias Pfannenstiel DOB 8/23/1951\nDx: mCRPC\n"
                        ),
                        "fax_02.txt": (
                            "Rx: Tagrisso (osimertinib) - strength ?\n"
                            "Pt: Margarethe Lindqvist DOB 5/5/1968\nDx: NSCLC EGFR+\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative reply forwarded message attached",
        notes="Hard positive: rfc822 attachment of a husband's email about wife's missed doses; "
        "outer body generic.",
        frm=f"Care Team <careteam@{APEX}>",
        to=f"clinical@{APEX}",
        subject="Fwd: please escalate",
        body="Escalating per SOP 7.2.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Arjun Venkataraman <arjun.venkat1960@gmail.com>",
            to=f"careteam@{APEX}",
            subject="Re: Lakshmi's Ibrance",
            body=(
                "Hello, my wife Lakshmi Venkataraman missed 5 days of her Ibrance 125 mg because "
                "the "
                "package went to our old address. She restarts chemo-free cycle Monday. Should she "
                "just continue or start the 21 days over? Dr. Ferreira's office said to ask "
                "you.\n\nArjun"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PNG injection site photo",
        notes="Hard positive: photo of injection site reaction with patient name in file name.",
        frm=f"Wen-Li Marchetti <wmarchetti@{APEX}>",
        to=f"clinical@{APEX}",
        subject="photo from pt for review",
        body="Patient emailed this in; does this look like a typical injection-site reaction to "
        "you?",
        atts=(
            Att(
                "Thorvaldsen_Jens_injection_site_reaction_left_thigh.png",
                "image/png",
                png(5, 5, (226, 130, 120)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS pharmacist teach session",
        notes="Hard positive: ICS invite naming patient for Kisqali teaching video call.",
        frm=f"Clinical Pharmacist <clinical@{APEX}>",
        to="l.venkataraman@icloud.com",
        subject="Video visit with your Apex pharmacist",
        body="Looking forward to meeting with you.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apex//Teach//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:teach-20261116@apexspecialtyrx.com\r\nDTSTAMP:20261110T160000Z\r\n"
            "DTSTART:20261116T170000Z\r\nDTEND:20261116T173000Z\r\n"
            "SUMMARY:Ribociclib (Kisqali) start teaching - Lakshmi Venkataraman\r\n"
            "DESCRIPTION:Review ECG schedule, liver labs, and missed-dose rules for your breast "
            "cancer treatment.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare beneficiary coverage check",
        notes="MBI with name and drug coverage determination.",
        frm=f"Benefits Investigation <bi@{APEX}>",
        to="partd.coverage@silverpeakrx.com",
        subject="Coverage determination request",
        body=(
            "Beneficiary: Tobias Pfannenstiel\nMBI 7HG2-Y53-PR84\nDOB 08/23/1951\nRequested: "
            "enzalutamide 160 mg daily for metastatic castration-resistant prostate cancer.\n"
            "Please advise tier and coinsurance.\n\nBenefits Investigation"
        ),
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="payer network announcement",
        notes="Hard negative: network/formulary news listing oncology drugs and diseases.",
        frm=f"Trade Relations <trade@{APEX}>",
        to="oncology.managers@frontrangehemonc.com",
        subject="Apex now in-network for Summit Care Plan oral oncology",
        body=(
            "Good news: effective 12/1 Apex is an in-network specialty pharmacy for Summit Care "
            "Plan "
            "commercial and Medicare Part D members. This includes oral oncolytics (olaparib, "
            "abemaciclib, ibrutinib, venetoclax) and biologics for MS, psoriasis and RA. Send "
            "e-prescriptions to Apex NCPDP 0612245.\n\nTrade Relations" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="limited distribution drug news",
        notes="Hard negative: new LDD access with REMS wording, no patient.",
        frm=f"Trade Relations <trade@{APEX}>",
        to=f"oncpharmacy@{CRCC}",
        subject="Limited distribution network additions",
        body=(
            "We've been added to the limited distribution network for two new oral agents for "
            "relapsed myeloma and AML. Prescribers must be REMS-certified; we handle patient "
            "enrollment. Turnaround target: 48 hours from clean PA.\n\nTrade Relations"
        ),
    ),
    Spec(
        phi=False,
        category="pharmacist DEA registration renewal",
        notes="Hard negative: DEA registration number of the pharmacy/prescriber context, no "
        "patient.",
        frm=f"Regulatory <regulatory@{APEX}>",
        to=f"pharmacists@{APEX}",
        subject="DEA registration renewed",
        body=(
            "Our DEA registration BK6691477 was renewed through 11/30/2029 and the state pharmacy "
            "license PDO.0031875 through 10/31/2028. Updated copies are posted by the safe. "
            "Reminder: "
            "CII inventory count is due 11/30.\n\nRegulatory Affairs"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient",
        notes="Hard negative: clearly labelled test patient used to validate the refill portal.",
        frm=f"QA Team <qa@{APEX}>",
        to=f"itdev@{APEX}",
        subject="Portal UAT results - build 4.18",
        body=(
            "UAT results for build 4.18:\n- Test patient TEST, APEXQA (DOB 01/01/1901, Rx 0000001 "
            "'TEST DRUG 1 mg') refill request: PASS\n- Copay card field validation: FAIL (allows "
            "letters)\n- Spanish template render: PASS\n\nNo production patients used.\n\nQA"
        ),
    ),
    Spec(
        phi=False,
        category="FHIR formulary resource",
        notes="Hard negative: FHIR MedicationKnowledge formulary entry, no patient.",
        frm=f"Integration <integration@{APEX}>",
        to="api@formularyhub.io",
        subject="Formulary feed sample",
        body="Sample MedicationKnowledge resource for the feed mapping attached.",
        atts=(Att("formulary_venetoclax.json", "application/fhir+json", _FHIR_FORMULARY),),
    ),
    Spec(
        phi=False,
        category="manufacturer data report aggregate",
        notes="Hard negative: aggregate dispensing data for a manufacturer (counts, adherence "
        "rates).",
        frm=f"Data Services <data@{APEX}>",
        to="trade.reporting@vireopharma.com",
        subject="Q3 852/867 summary",
        body=(
            "Q3 aggregate for your brand: 1,218 fills, 396 unique patients, median time to fill "
            "5.2 days, PDC >= 80% for 83% of patients. No patient-level data is included, per the "
            "data agreement.\n\nData Services"
        ),
    ),
    Spec(
        phi=False,
        category="xlsx inventory multi-sheet",
        notes="Hard negative: inventory workbook with oncology NDCs and lot numbers.",
        frm=f"Inventory <inventory@{APEX}>",
        to="orders@mountainwholesalerx.com",
        subject="PO 2611-0442 and short-dated lots",
        body="PO and short-dated lot list attached (two tabs).",
        atts=(
            Att(
                "po_2611_0442.xlsx",
                XLSX,
                xlsx(
                    {
                        "PO": [
                            ["NDC", "Drug", "Qty"],
                            ["57962-0420-28", "ibrutinib 420 mg", 12],
                            ["0310-0668-60", "osimertinib 80 mg", 8],
                        ],
                        "ShortDated": [
                            ["NDC", "Lot", "Exp"],
                            ["0078-0860-84", "LX4471", "2027-01"],
                            ["0069-0189-21", "DP2290", "2026-12"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hiring pharmacist",
        notes="Hard negative: job posting for oncology pharmacist.",
        frm=f"Recruiting <recruiting@{APEX}>",
        to="jobs@coloradopharmacists.org",
        subject="Job posting: Clinical Oncology Pharmacist (BCOP)",
        body=(
            "Apex Specialty Pharmacy seeks a remote Clinical Oncology Pharmacist. Duties: counsel "
            "patients starting oral chemotherapy, monitor for toxicities (hand-foot syndrome, QTc "
            "prolongation, neutropenia), collaborate with prescribers. BCOP required within 2 "
            "years. "
            "Salary $142-160K."
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped reference numbers",
        notes="Hard negative: courier claim number formatted like an SSN; a lost cold-chain "
        "cooler, no patient.",
        frm=f"Shipping <shipping@{APEX}>",
        to="claims@coldstreamcourier.com",
        subject="Damage claim 538-22-4190",
        body=(
            "Re claim 538-22-4190: the cooler shipped 11/4 arrived with the gel packs thawed. Data "
            "logger shows 14.2 C for 6 hours. Product was destroyed per our cold-chain SOP. Please "
            "credit $412.50 for the packaging and freight.\n\nShipping Supervisor"
        ),
    ),
    Spec(
        phi=False,
        category="accreditation audit prep",
        notes="Hard negative: URAC audit memo mentioning patient management program metrics in "
        "aggregate.",
        frm=f"Quality <quality@{APEX}>",
        to=f"managers@{APEX}",
        subject="URAC reaccreditation desktop review",
        body=(
            "Desktop review due 12/15. Evidence needed: patient management program outcomes "
            "(aggregate), dispensing accuracy 99.97%, complaint log trends, and call abandonment "
            "rate < 5%. Don't upload any patient-level records to the URAC portal.\n\nQuality"
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter to prescribers",
        notes="HTML-only prescriber newsletter on CDK4/6 inhibitors, no patients.",
        frm=f"Clinical Programs <clinicalprograms@{APEX}>",
        to="prescribers@apexspecialtyrx-news.com",
        subject="Oncology Pearls: CDK4/6 inhibitor monitoring",
        body="",
        html=(
            "<html><body><h2>Oncology Pearls - November</h2><ul><li>Ribociclib: ECG at baseline, "
            "day 14, start of cycle 2.</li><li>Abemaciclib: diarrhea management with loperamide at "
            "first loose stool.</li><li>Palbociclib: CBC on day 1 and 15 of first two cycles.</li>"
            "</ul><p>Wen-Li Marchetti, PharmD, BCOP</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="PDF service level report",
        notes="Hard negative: PDF SLA report to a partner clinic with aggregates only.",
        frm=f"Account Management <accounts@{APEX}>",
        to=f"praghunathan@{CRCC}",
        subject="Quarterly service report for Cedar Ridge",
        body="Quarterly report attached. Happy to review on our call.",
        atts=(
            Att(
                "crcc_q3_service.pdf",
                "application/pdf",
                pdf(
                    [
                        "APEX SPECIALTY PHARMACY - CEDAR RIDGE QUARTERLY SERVICE REPORT",
                        "Referrals received: 214   Median referral to first fill: 3.1 days",
                        "PA approval rate: 91%   Patient assistance dollars secured: $1.84M",
                        "Top drugs: abemaciclib, enzalutamide, olaparib, ibrutinib",
                    ],
                    "Service report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier contract",
        notes="Vendor mail about courier routes.",
        frm=f"Operations <ops@{APEX}>",
        to="accounts@coldstreamcourier.com",
        subject="Saturday delivery add-on",
        body=(
            "Hi Dana,\n\nWe'd like to add Saturday AM delivery for the Denver and Colorado Springs "
            "zones starting 12/5. Please quote per-stop pricing.\n\nMateo Grünewald\nDirector of "
            "Operations"
        ),
    ),
    Spec(
        phi=False,
        category="clinical pharmacist name with NPI",
        notes="Hard negative: collaborative practice agreement with prescriber names and NPIs "
        "only.",
        frm=f"Clinical Pharmacist <clinical@{APEX}>",
        to=f"compliance@{CRCC}",
        subject="CPA renewal signatures",
        body=(
            "Please route the collaborative practice agreement for signature:\n- Lucia Ferreira, "
            "MD, "
            "NPI 1143669798 (breast oncology)\n- Imre Szabo, MD, NPI 1119952178 (myeloma)\n"
            "Pharmacist: Wen-Li Marchetti, PharmD, BCOP, NPI 1834793741\nScope: dose holds for "
            "grade 2 toxicities and antiemetic adjustments.\n\nThanks!"
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction aggregate to staff",
        notes="Hard negative: aggregate survey comments paraphrased without identifiers.",
        frm=f"Quality <quality@{APEX}>",
        to=f"allstaff@{APEX}",
        subject="Net Promoter score up again",
        body=(
            "NPS for October was 78 (n=412). Common praise: pharmacists who explain side effects, "
            "fast copay help. Common complaints: refill texts arriving late, hold times on "
            "Mondays. "
            "Great work everyone!"
        ),
    ),
    Spec(
        phi=False,
        category="personal mail to employee",
        notes="Hard negative: HR to employee's personal mailbox about FMLA paperwork status only "
        "(no condition).",
        frm=f"Human Resources <hr@{APEX}>",
        to="mateo.grunewald@gmail.com",
        subject="Your leave paperwork",
        body=(
            "Hi Mateo,\n\nWe received your leave request form and it's complete. Your approved "
            "dates are 12/14-12/28. No further documents needed.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="P&T biosimilar switch memo",
        notes="Hard negative: formulary decision naming biologics and indications, no patient.",
        frm=f"P&T Committee <pt@{APEX}>",
        to=f"pharmacists@{APEX}",
        subject="P&T decision: ustekinumab biosimilar preferred 1/1",
        body=(
            "Effective 1/1, the ustekinumab biosimilar becomes our preferred product for Crohn's "
            "disease, ulcerative colitis and plaque psoriasis where the plan allows substitution. "
            "Patients currently on the reference product will be transitioned at their next refill "
            "after prescriber notification; the care team will send the standard letter.\n\nP&T "
            "Committee"
        ),
    ),
]
