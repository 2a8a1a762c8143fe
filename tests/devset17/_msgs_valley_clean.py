"""Valley Digestive Health: outbound mail full of names and GI words that is not PHI."""

from __future__ import annotations

from _att import XLSX, docx, pdf, xlsx, zipped
from _spec import VDH, Att, Spec

HL7_TEST = (
    "MSH|^~\\&|VDH_EHR|VALLEYDIG|SUMMITPATH|SPL|202611091005||ORM^O01|VDHTEST0042|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^VDH^MR||ZZTEST^GIPATIENT^ONE||19000101|U|||1 TEST ST^^NOWHERE^WI^"
    "53000\r"
    "NTE|1||SYNTHETIC TEST PATIENT - INTERFACE VALIDATION ONLY - NOT A REAL PERSON\r"
    "ORC|NW|TEST-0042\r"
    "OBR|1|TEST-0042||88305^Surgical pathology^CPT\r"
)

DEID_CSV = (
    "study_id,age_band,sex,disease,montreal,baseline_mayo,wk12_mayo,biologic\r\n"
    "UCX-0007,30-39,F,UC,E3,9,3,vedolizumab\r\n"
    "UCX-0011,50-59,M,UC,E2,8,6,ustekinumab\r\n"
    "UCX-0019,20-29,F,UC,E3,11,2,infliximab\r\n"
    "UCX-0023,60-69,M,UC,E1,6,1,vedolizumab\r\n"
    "UCX-0031,40-49,F,UC,E3,10,4,upadacitinib\r\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="endo tech roster as name-unit rows",
        notes="Hard negative: a staff roster written as 'Name - room' rows; workforce "
        "assignments, no patients.",
        frm=f"Bernadette Kowalski <bkowalski@{VDH}>",
        to=f"endo-staff@{VDH}",
        subject="tech assignments wk of 11/16",
        body="Assignments for next week:\n\n"
        "Fatima Qureshi - Endo Rm 1\nJoaquin Reyes - Endo Rm 2\nShanelle Whitaker - ERCP/fluoro\n"
        "Dmitri Volkov - Reprocessing\nHana Kobayashi - Pre-op\nTobias Lindqvist - Recovery\n"
        "Marisela Ochoa - float\n\nSwaps go through me please.\nBernadette\nEndoscopy Manager\n",
    ),
    Spec(
        phi=False,
        category="physician clinic schedule",
        notes="Hard negative: clinicians with specialties, procedures and days; nobody's care.",
        frm=f"Practice Administration <admin@{VDH}>",
        to="referral.coordinators@brookfieldfamilymed.com",
        subject="VDH provider schedule - December",
        body="Hello referral coordinators,\n\nDecember coverage for your referrals:\n\n"
        "Dr. Adaeze Okafor - IBD clinic Mon/Wed, infusion oversight Thu\n"
        "Dr. Samir Haddad - ERCP and EUS Tue, general GI clinic Fri\n"
        "Dr. Lucia Ferraro - screening colonoscopy Mon-Thu\n"
        "Dr. Pieter Lindqvist - hepatology (hep C, NAFLD, cirrhosis) Wed/Fri\n"
        "Jolene Marsh, NP - post-procedure and celiac follow-ups daily\n\n"
        "Dec 24-25 and Dec 31-Jan 1 closed.\n\nPractice Administration\n",
    ),
    Spec(
        phi=False,
        category="bowel prep shortage notice",
        notes="Hard negative: drug shortage notice naming preps and diseases; no individual.",
        frm=f"Pharmacy Liaison <pharmacy@{VDH}>",
        to=f"all-clinical@{VDH}",
        subject="SHORTAGE: sodium picosulfate/Mg citrate prep",
        body="All,\n\nOur wholesaler has backordered sodium picosulfate/magnesium oxide/citric "
        "acid through January. Until further notice prescribe split-dose PEG-3350 with "
        "electrolytes; for CKD stage 4+ or heart failure patients continue to avoid sodium "
        "phosphate. Updated prep sheets are on the shared drive.\n\nPharmacy Liaison\n",
    ),
    Spec(
        phi=False,
        category="physician ADR quality workbook",
        notes="Hard negative: adenoma detection rates per endoscopist (clinicians with metrics) "
        "in a multi-sheet workbook; aggregates only.",
        frm=f"Quality Dept <quality@{VDH}>",
        to=f"gi-physicians@{VDH}",
        subject="Q3 ADR and cecal intubation rates",
        body="Attached are Q3 quality metrics. Benchmarks: ADR >= 25% overall, cecal "
        "intubation >= 95%. Great quarter everyone.\n\nQuality & Safety\n",
        atts=(
            Att(
                "VDH_Q3_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "ADR": [
                            ["Endoscopist", "Screening colons", "ADR %", "Cecal %"],
                            ["Ferraro, Lucia", 412, 38.1, 98.8],
                            ["Haddad, Samir", 188, 33.5, 97.9],
                            ["Okafor, Adaeze", 96, 29.2, 99.0],
                        ],
                        "Withdrawal": [
                            ["Endoscopist", "Mean withdrawal (min)"],
                            ["Ferraro, Lucia", 9.4],
                            ["Haddad, Samir", 8.1],
                            ["Okafor, Adaeze", 10.2],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO",
        notes="Hard negative: purchase-order and invoice numbers formatted like SSNs on a "
        "biopsy-forceps invoice.",
        frm=f"Accounts Payable <ap@{VDH}>",
        to="ar@medisupplyco.com",
        subject="Remittance - PO 418-22-7391",
        body="Hello,\n\nPayment released for PO 418-22-7391 / invoice 507-31-2264 (cold snares "
        "10 mm x 20 boxes, radial jaw biopsy forceps x 15 boxes). ACH should post Friday.\n\n"
        "Accounts Payable\nValley Digestive Health\n",
    ),
    Spec(
        phi=False,
        category="restaurant named like a person, IBD education lunch",
        notes="Hard negative: caterer named after a person, a menu with dietary notes, and an "
        "IBD nurse-education day.",
        frm=f"Office Manager <office@{VDH}>",
        to="rosamartinezkitchen@gmail.com",
        subject="catering order 11/20 - IBD nurse education day",
        body="Hi Rosa Martinez Kitchen team,\n\nPlease confirm lunch for 28 on Friday 11/20, "
        "11:45 delivery to 2200 Fernbrook Pkwy Suite 300:\n- 2 trays chicken tinga\n- 1 tray "
        "gluten-free veggie enchiladas (we have 3 celiac staff)\n- rice, beans, no dairy on the "
        "side please\n\nThanks,\nMonique\n",
    ),
    Spec(
        phi=False,
        category="job posting endoscopy RN",
        notes="Job posting with sedation and GI vocabulary.",
        frm=f"Talent Acquisition <careers@{VDH}>",
        to="postings@wihealthjobs.org",
        subject="Posting: RN - Endoscopy (FT, no weekends)",
        body="Valley Digestive Health seeks an RN for our ASC-based endoscopy center. Experience "
        "with moderate sedation monitoring, ERCP and capnography preferred. BLS/ACLS required. "
        "Sign-on bonus $5,000.\n\nApply: careers@valleydigestive.com\n",
    ),
    Spec(
        phi=False,
        category="IBD symposium agenda PDF",
        notes="Hard negative: conference agenda with speakers and disease topics.",
        frm=f"Dr. Adaeze Okafor <aokafor@{VDH}>",
        to="cme@wisconsingisociety.org",
        subject="final agenda - Midwest IBD Update",
        body="Attached is the final agenda for the printed program. Dr. Haddad's talk title "
        "changed slightly.\n\nAdaeze\n",
        atts=(
            Att(
                "MidwestIBD_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "MIDWEST IBD UPDATE 2027 - hosted by VALLEY DIGESTIVE HEALTH",
                        "8:00  Crohn's disease in pregnancy - Adaeze Okafor, MD",
                        "8:45  Positioning JAK inhibitors after anti-TNF failure - Ravi Menon, MD",
                        "9:30  Primary sclerosing cholangitis: surveillance - Samir Haddad, MD",
                        "10:30 Case panel: refractory pouchitis",
                    ],
                    "Midwest IBD Update agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract CSV",
        notes="Hard negative: study ids, age bands and Mayo scores, no identifiers; to the "
        "sponsor's data manager.",
        frm=f"Research Office <research@{VDH}>",
        to="dm@crescentclinicalresearch.com",
        subject="UCX registry - de-identified extract batch 4",
        body="Attached is batch 4 of the de-identified extract (Safe Harbor, age bands only, no "
        "dates). Linking key stays on site.\n\nResearch Coordinator\n",
        atts=(Att("ucx_batch4_deid.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="synthetic test patient HL7",
        notes="Hard negative: HL7 message for a synthetic test patient clearly labelled as test.",
        frm=f"Interface Team <interfaces@{VDH}>",
        to="hl7-inbound@summitpathlabs.com",
        subject="TEST message for new ORM route (processing id T)",
        body="Sending the test ORM for the new route. Synthetic patient ZZTEST^GIPATIENT, "
        "processing ID T. Please do not file to production.\n",
        atts=(Att("VDHTEST0042.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="sedation policy DOCX",
        notes="Policy document with drug doses and clinical criteria; no patient.",
        frm=f"Compliance <compliance@{VDH}>",
        to=f"all-clinical@{VDH}",
        subject="Updated policy: moderate sedation (NUR-114)",
        body="Revised policy attached; effective 12/1. Please attest in the LMS by 11/30.\n",
        atts=(
            Att(
                "NUR-114_moderate_sedation.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "NUR-114 Moderate Sedation",
                        "Midazolam initial dose 1-2 mg IV, titrate in 1 mg increments.",
                        "Fentanyl 25-50 mcg IV, max 200 mcg per procedure.",
                        "Patients with ASA class IV or BMI over 45 require anesthesia "
                        "consultation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT downtime notice with downtime-form instructions.",
        frm=f"IT Service Desk <itservice@{VDH}>",
        to=f"all-staff@{VDH}",
        subject="Planned EHR downtime Sat 11/21 01:00-05:00",
        body="The EHR will be unavailable Saturday 11/21 01:00-05:00 for the upgrade. Use the "
        "paper downtime packets in each department; the read-only BCA workstation in each unit "
        "will have Friday night's census.\n\nIT Service Desk x4400\n",
        atts=(
            Att(
                "downtime_forms_blank.zip",
                "application/zip",
                zipped(
                    {
                        "README.txt": "Blank downtime forms. Print in each department before "
                        "Friday 5pm.\n",
                        "med_admin_record_blank.txt": "MEDICATION ADMINISTRATION RECORD "
                        "(DOWNTIME)\nPatient label: ________  Drug: ____  Dose: ____  Time: ____\n",
                        "procedure_log_blank.txt": "ENDOSCOPY PROCEDURE LOG (DOWNTIME)\n"
                        "Room: __  Physician: ______  Start: ____  End: ____\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HR open enrollment",
        notes="Hard negative: staff benefits mail about health plans, FSA for copays and "
        "colonoscopy coverage; no individual's care.",
        frm=f"Human Resources <hr@{VDH}>",
        to=f"all-staff@{VDH}",
        subject="Open enrollment closes Friday",
        body="Reminder: open enrollment closes Friday 11/20.\n\n- The HSA plan now covers "
        "screening colonoscopy at 100%, including follow-up diagnostic colonoscopy after a "
        "positive stool test.\n- FSA limit rises to $3,300.\n- Dependent care FSA unchanged.\n"
        "\nQuestions: Lorna Pettigrew, Benefits, x4120.\n",
        html="<html><body><p>Reminder: open enrollment closes <b>Friday 11/20</b>.</p><ul>"
        "<li>The HSA plan now covers screening colonoscopy at 100%, including follow-up "
        "diagnostic colonoscopy after a positive stool test.</li><li>FSA limit rises to "
        "$3,300.</li><li>Dependent care FSA unchanged.</li></ul><p>Questions: Lorna Pettigrew, "
        "Benefits, x4120.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="colon cancer screening fair flyer (HTML)",
        notes="Hard negative: a community screening event flyer in HTML; health topic, no "
        "individual.",
        frm=f"Community Outreach <outreach@{VDH}>",
        to="events@brookfieldlibrary.org",
        subject="Flyer for March screening fair",
        body="",
        html="<html><body><h2>Dress in Blue Day - Free Colon Cancer Screening Info</h2>"
        "<p>Saturday March 6, 10am-2pm, Brookfield Public Library</p><ul><li>Free FIT kits for "
        "adults 45-75</li><li>Ask a gastroenterologist: Dr. Lucia Ferraro</li><li>Family "
        "history and Lynch syndrome questions welcome</li></ul><p>Valley Digestive Health</p>"
        "</body></html>",
    ),
    Spec(
        phi=False,
        category="staff recognition",
        notes="Staff notice congratulating a physician.",
        frm=f"CEO Office <ceo@{VDH}>",
        to=f"all-staff@{VDH}",
        subject="Congratulations Dr. Lindqvist",
        body="Please join me in congratulating Dr. Pieter Lindqvist, named a Top Doctor in "
        "hepatology by Milwaukee Magazine for the third year running.\n\nMargaret Osterhaus\nCEO\n",
    ),
    Spec(
        phi=False,
        category="employer population screening statistics",
        notes="Hard negative: business mail telling an employer about aggregate screening rates "
        "for its workforce.",
        frm=f"Business Development <bizdev@{VDH}>",
        to="benefits@tristatelogistics.com",
        subject="Your 2026 screening program results",
        body="Hi Sandra,\n\nThanks for partnering with us this year. Of your 1,240 employees aged "
        "45+, 472 (38%) were overdue for colorectal screening at kickoff; 211 have since "
        "completed a FIT or colonoscopy, and 14 positive FITs went on to diagnostic "
        "colonoscopy. No individual results are shared with employers.\n\nHappy to present at "
        "your January benefits meeting.\n\nConnor Blaylock\nBusiness Development\n",
    ),
    Spec(
        phi=False,
        category="scope recall with device serials",
        notes="Hard negative: device serial numbers of endoscopes in a manufacturer recall; not "
        "tied to any patient.",
        frm=f"Biomed <biomed@{VDH}>",
        to="fieldservice@opticscopemed.com",
        subject="Recall FSN-2611 - affected scopes",
        body="Per FSN-2611 these units are pulled from service pending elevator-channel "
        "inspection:\n\nCF-HQ190L s/n 2851743\nCF-HQ190L s/n 2851790\nTJF-Q190V s/n 2709114 "
        "(duodenoscope)\n\nPlease schedule pickup. Loaners needed for 2 colonoscopes.\n\n"
        "Biomedical Engineering\n",
    ),
    Spec(
        phi=False,
        category="physician credentialing with NPI and DEA",
        notes="Hard negative: a clinician's NPI, DEA and licence in a credentialing packet.",
        frm=f"Credentialing <credentialing@{VDH}>",
        to="provider.enrollment@badgerstatehealthplan.com",
        subject="Re-credentialing: Lucia Ferraro, MD",
        body="Provider: Lucia Ferraro, MD - Gastroenterology\nNPI: 1704420755\nDEA: FM3986924\n"
        "WI license 61822-20, exp 10/31/2027\nBoard certified ABIM (Gastroenterology)\n\n"
        "CAQH attestation updated 11/2.\n\nCredentialing Specialist\n",
    ),
    Spec(
        phi=False,
        category="M&M conference invite (ICS)",
        notes="Hard negative: a calendar invite for a morbidity conference on a complication "
        "type; no cases identified.",
        frm=f"Dr. Samir Haddad <shaddad@{VDH}>",
        to=f"gi-physicians@{VDH}",
        subject="Invitation: GI M&M - post-polypectomy bleeding",
        body="Quarterly M&M. Topic: delayed post-polypectomy bleeding and clip strategy.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VDH//Outlook//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vdh-mm-2026q4@valleydigestive.com\r\n"
            "DTSTAMP:20261109T140000Z\r\nDTSTART:20261203T000000Z\r\nDTEND:20261203T010000Z\r\n"
            "SUMMARY:GI M&M - delayed post-polypectomy bleeding\r\n"
            "LOCATION:Conference Room B\r\n"
            "DESCRIPTION:Aggregate review of Q3 delayed bleeds and literature on prophylactic "
            "clipping.\r\nORGANIZER:mailto:shaddad@valleydigestive.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="low FODMAP handout to newsletter",
        notes="Patient education handout attached to a newsletter; no individual.",
        frm=f"Nutrition Services <nutrition@{VDH}>",
        to="newsletter@brookfieldseniorcenter.org",
        subject="handout for your December newsletter",
        body="Here is our IBS diet handout you asked about. Feel free to reprint.\n\n"
        "Halima Yusuf, RD\n",
        atts=(
            Att(
                "low_FODMAP_basics.pdf",
                "application/pdf",
                pdf(
                    [
                        "VALLEY DIGESTIVE HEALTH - Nutrition Services",
                        "Low FODMAP basics for irritable bowel syndrome",
                        "Limit: onion, garlic, wheat, apples, milk, honey.",
                        "Enjoy: rice, oats, carrots, strawberries, lactose-free yogurt.",
                    ],
                    "Low FODMAP basics",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="coding tip with CPT codes",
        notes="Hard negative: coding education with CPT and ICD-10 codes; no patients.",
        frm=f"Regina Szabo <rszabo@{VDH}>",
        to=f"coders@{VDH}",
        subject="coding tip: screening turned diagnostic",
        body="Reminder: when a screening colonoscopy finds a polyp, bill 45385 (snare) or 45380 "
        "(biopsy) with modifier PT for Medicare or 33 for commercial, Z12.11 first, then the "
        "finding (e.g. K63.5). Do not drop the screening code.\n\nRegina\n",
    ),
    Spec(
        phi=False,
        category="patient satisfaction aggregate",
        notes="Aggregate survey results by site.",
        frm=f"Quality Dept <quality@{VDH}>",
        to=f"leadership@{VDH}",
        subject="October patient experience scores",
        body="October top-box: Endo Center 91.2% (n=318), GI Clinic 86.7% (n=402), Infusion "
        "94.0% (n=77). Lowest item again: wait time after arrival.\n",
    ),
    Spec(
        phi=False,
        category="pharma rep lunch",
        notes="Hard negative: drug rep lunch about a biologic for Crohn's disease.",
        frm=f"Office Manager <office@{VDH}>",
        to="kvanderberg@pharmaspecialtyreps.com",
        subject="Thursday lunch confirmed",
        body="Hi Kirsten,\n\nConfirmed for Thursday 12:15 in Conf B, 14 attendees. Drs. Okafor "
        "and Ferraro would like the new Crohn's maintenance data and the copay card details. "
        "No branded pens please (compliance).\n\nMonique Lafleur\nOffice Manager\n",
    ),
    Spec(
        phi=False,
        category="courier schedule change",
        notes="Specimen courier logistics; no patients.",
        frm=f"Lab Coordinator <lab@{VDH}>",
        to="routes@swiftmedcourier.com",
        subject="pathology pickup time change",
        body="Starting 11/16 please move our daily pathology pickup from 3:30 to 4:15 pm. "
        "Specimen cooler stays at the 3rd floor front desk.\n\nThanks,\nOlumide\n",
    ),
    Spec(
        phi=False,
        category="HTML table clinician on-call",
        notes="Hard negative: HTML-only on-call table of GI physicians with phone numbers.",
        frm=f"Practice Administration <admin@{VDH}>",
        to="hospitalist.office@stmarysmke.org",
        subject="GI call schedule - December",
        body="",
        html="<html><body><p>GI call for St. Mary's consults:</p><table border=1>"
        "<tr><th>Dates</th><th>Physician</th><th>Cell</th></tr>"
        "<tr><td>Dec 1-7</td><td>Samir Haddad, MD</td><td>555-880-3120</td></tr>"
        "<tr><td>Dec 8-14</td><td>Lucia Ferraro, MD</td><td>555-880-4471</td></tr>"
        "<tr><td>Dec 15-21</td><td>Adaeze Okafor, MD</td><td>555-880-9014</td></tr>"
        "</table><p>GI bleed and ERCP requests: call directly.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="staff flu shot compliance (aggregate)",
        notes="Hard negative: staff vaccination compliance by department, percentages only.",
        frm=f"Employee Health <employeehealth@{VDH}>",
        to=f"managers@{VDH}",
        subject="flu vaccine compliance by dept",
        body="As of today:\nEndo Center 96%\nGI Clinic 91%\nInfusion 100%\nBilling 78%\n"
        "Please remind your teams; declination forms due 11/30.\n",
    ),
]
