"""Meridian University Medical Center, Clinical Research Office: messages without PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import MUMC, Att, Spec

HL7_TEST_ADT = (
    "MSH|^~\\&|EPIC|MUMC|REDCAP|MUMC_CRO|202611090930||ADT^A04|TEST000017|T|2.5.1\r"
    "EVN|A04|202611090930\r"
    "PID|1||TEST-0001^^^MUMC_TEST^MR||ZZTEST^UATPATIENT||19000101|U|||1 TEST WAY^^TESTVILLE^NE^00000\r"
    "PV1|1|O|TESTCLINIC^^^MUMC||||||||||||||||TESTVISIT0001\r"
    "DG1|1||E11.65^TEST VALUE ONLY^I10\r"
)

PRIYA = f"Priya Raman <praman@{MUMC}>"
TAMIKA = f'"Tamika Hollins, PharmD" <thollins@{MUMC}>'
MIGUEL = f"Miguel Ocampo <mocampo@{MUMC}>"
LINA = f"Li Na Zhou <lzhou2@{MUMC}>"
DIRECTOR = f'"Beatriz Santángelo, PhD" <bsantangelo@{MUMC}>'
IRB = f"Meridian IRB Office <irb@{MUMC}>"

CONFIDENTIAL = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential information. If you are not the intended recipient, please "
    "contact the sender and destroy all copies.\n"
)

MESSAGES = [
    Spec(
        phi=False,
        category="IRB full-board agenda",
        notes="Hard negative: agenda lists PIs by name with protocol titles naming cancers, HIV and opioid use disorder; no participant.",
        frm=IRB,
        to=f"IRB Panel B Members <irb-panel-b@{MUMC}>",
        subject="Panel B agenda - Tuesday November 17, 2026",
        body=(
            "Panel B - Full Board Meeting, Tuesday 11/17/2026, 12:00-2:00 pm, Research Tower 3rd floor / Zoom\n\n"
            "NEW STUDIES\n"
            "1. IRB #2026-1402 - Dr. Farah Qureshi (Hematology/Oncology): A Phase II randomized study of "
            "HB-118 plus pembrolizumab in relapsed small-cell lung cancer. Primary reviewer: Dr. Okafor.\n"
            "2. IRB #2026-1419 - Dr. Samuel Whitehorse (Addiction Medicine): Extended-release buprenorphine "
            "versus daily sublingual buprenorphine after release from incarceration. Prisoner representative "
            "required.\n"
            "3. IRB #2026-1425 - Dr. Mei-Ling Fang (Infectious Diseases): Long-acting cabotegravir adherence "
            "in adolescents living with HIV.\n\n"
            "CONTINUING REVIEW\n"
            "4. IRB #2024-1187 - Dr. Anders Halvorsen (Cardiology): HF-2291, 14 enrolled at this site.\n\n"
            "Materials are in IRBNet. Quorum requires 6 members including one non-scientist.\n\n"
            "Meridian IRB Office | irb@meridianumc.edu | 402-555-0100\n"
        ),
    ),
    Spec(
        phi=False,
        category="enrolment metrics by study (aggregate XLSX)",
        notes="Hard negative: multi-sheet workbook of enrolment counts per protocol and per month, screen-fail reasons as counts only.",
        frm=LINA,
        to=DIRECTOR,
        subject="October accrual dashboard",
        body=(
            "Beatriz,\n\nOctober accrual numbers are attached for the Research Council packet. Oncology is "
            "ahead of target, cardiology slightly behind (renal screen fails are the main driver, 9 of 21).\n\n"
            "Li Na\n"
        ),
        atts=(
            Att(
                "CRO_accrual_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "By protocol": [
                            ["Protocol", "Dept", "Target", "Enrolled to date", "Oct enrolled"],
                            ["HF-2291", "Cardiology", 20, 14, 2],
                            ["ONC-4471", "Oncology", 12, 11, 3],
                            ["DM-5120", "Endocrinology", 40, 6, 6],
                            ["PSY-3307", "Psychiatry", 30, 26, 4],
                        ],
                        "Screen fails": [
                            ["Reason", "Count"],
                            ["eGFR below threshold", 9],
                            ["Declined / travel", 5],
                            ["Prohibited medication", 4],
                            ["Other", 3],
                        ],
                        "By month": [["Month", "Enrolled"], ["Aug", 9], ["Sep", 12], ["Oct", 15]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice from research pharmacy",
        notes="Hard negative: carboplatin and cisplatin shortage notice naming drugs, doses and protocols, no patient.",
        frm=TAMIKA,
        to=f"Oncology Research Staff <onc-research@{MUMC}>",
        subject="Carboplatin / cisplatin shortage - impact on studies",
        body=(
            "All,\n\nThe ASHP shortage list now includes carboplatin 450 mg/45 mL and cisplatin 100 mg vials. "
            "Our wholesaler allocation has been cut to 60% through at least January.\n\n"
            "* Sponsor-supplied drug (ONC-4471, ONC-4502) is NOT affected.\n"
            "* Standard-of-care carboplatin on ONC-3988 comes from commercial stock: coordinators, please "
            "give us 72 hours' notice for C1 orders so we can confirm supply.\n"
            "* Do not substitute cisplatin for carboplatin on any protocol without a sponsor-approved "
            "memo.\n\nQuestions to the research pharmacy line, x5-0190.\n\n"
            "Tamika Hollins, PharmD, BCOP\nInvestigational Drug Service\n"
        ),
    ),
    Spec(
        phi=False,
        category="sponsor invoice with SSN-shaped PO number",
        notes="Hard negative: site invoice to a sponsor quoting a purchase-order number shaped like an SSN; startup and per-visit fees only.",
        frm=f"Gideon Mwangi <gmwangi@{MUMC}>",
        to="Accounts Payable <ap@halcyonbio.com>",
        subject="Invoice CRO-26-0918 / PO 412-55-8810 - ONC-4471 startup and Q3 visits",
        body=(
            "Hello,\n\nPlease find below our invoice for ONC-4471 (Site 112). Reference PO 412-55-8810 as "
            "issued by Halcyon procurement.\n\n"
            "  IRB initial review fee                 $3,250.00\n"
            "  Pharmacy setup fee                     $2,800.00\n"
            "  Per-visit payments, Q3 (31 visits)    $46,190.00\n"
            "  Screen failures (4 @ $850)             $3,400.00\n"
            "  TOTAL DUE                             $55,640.00\n\n"
            "Remit by ACH to Meridian University, account on file. Net 45.\n\n"
            "Gideon Mwangi\nResearch Finance Analyst\n" + CONFIDENTIAL
        ),
    ),
    Spec(
        phi=False,
        category="GCP training expiry reminder to staff",
        notes="Workforce names with training due dates; staff notice, no patients.",
        frm=MIGUEL,
        to=f"CRO All Staff <cro-all@{MUMC}>",
        subject="CITI GCP / HSP refresher due before December 31",
        body=(
            "Hi everyone,\n\nThe following people have CITI certifications expiring before year end. Sponsors "
            "check this at every monitoring visit, so please complete the refresher modules soon:\n\n"
            "  - Jasper Pak (GCP) - expires 12/04/2026\n"
            "  - Rosalind Achterberg (HSP Social-Behavioral) - expires 12/11/2026\n"
            "  - Dr. Anders Halvorsen (GCP) - expires 12/19/2026\n\n"
            "Upload the completion certificates to the regulatory SharePoint.\n\nThanks,\nMiguel\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting: clinical research coordinator",
        notes="Job posting (HTML-only) for a CRC role mentioning oncology and phlebotomy duties.",
        frm=f"Meridian Talent Acquisition <careers@{MUMC}>",
        to=f"CRO Managers <cro-managers@{MUMC}>",
        subject="Posted: Clinical Research Coordinator I - Oncology (Req 26-4418)",
        body="",
        html=(
            "<html><body><h2>Clinical Research Coordinator I - Oncology</h2>"
            "<p><b>Req 26-4418</b> | Full time | Pavilion B</p>"
            "<ul><li>Screen and consent patients for phase I-III cancer trials</li>"
            "<li>Process PK samples and ship to central labs (IATA certification provided)</li>"
            "<li>Enter data in EDC within 5 business days of visits</li></ul>"
            "<p>Requirements: bachelor's degree; phlebotomy experience preferred; SOCRA/ACRP certification a plus.</p>"
            "<p>Pay range $24.50-$31.75/hr. Please share with your networks.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified extract to collaborator",
        notes="Hard negative: Safe Harbor de-identified CSV (study codes, age bands, year only, lab values) with a statement of the de-identification method.",
        frm=LINA,
        to="Dr. Kwame Asante <kasante@stlukesresearch.org>",
        subject="De-identified HF registry extract for the pooled analysis",
        body=(
            "Dr. Asante,\n\nAs agreed in the data use agreement, attached is our de-identified HF registry "
            "extract (Safe Harbor: no names, dates reduced to year, ages 90+ grouped, 3-digit ZIP suppressed "
            "where population < 20,000). Study codes are random and not derived from any identifier; the key "
            "stays with us.\n\nLi Na Zhou\nResearch Data Manager\n"
        ),
        atts=(
            Att(
                "hf_registry_deid_2026Q3.csv",
                "text/csv",
                "study_code,age_band,sex,year_dx,nyha_class,lvef,ntprobnp,on_sglt2\n"
                "R-8F21,60-64,F,2021,II,35,1180,Y\n"
                "R-0C7A,70-74,M,2019,III,25,4410,Y\n"
                "R-5B93,90+,F,2022,III,40,2960,N\n"
                "R-E114,55-59,M,2024,II,30,860,Y\n"
                "R-73DD,65-69,M,2020,IV,20,9120,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EDC test patient for UAT",
        notes="Hard negative: REDCap user-acceptance testing with a synthetic record clearly labelled TEST, with a diagnosis and a DOB, plus an HL7 test-mode ADT for the same record.",
        frm=LINA,
        to=PRIYA,
        subject="UAT for the DM-5120 REDCap build - test record",
        body=(
            "Priya,\n\nThe DM-5120 project is in development mode. I created a synthetic record you can use "
            "for UAT - it is NOT a real patient:\n\n"
            "  Record: TEST-0001\n  Name: ZZTEST, UATPATIENT\n  DOB: 01/01/1900\n"
            "  Dx: E11.65 (test value)\n  HbA1c: 9.9 (test value)\n\n"
            "Please walk through screening -> randomization -> week 4 and log any branching-logic issues in "
            "the UAT sheet. Don't enter anything real until we move to production. The Epic interface test "
            "message for the same synthetic record (processing ID T) is attached.\n\nLi Na\n"
        ),
        atts=(Att("TEST_ADT_A04_zztest.hl7", "application/hl7-v2", HL7_TEST_ADT),),
    ),
    Spec(
        phi=False,
        category="research day conference agenda",
        notes="Hard negative: program of talks by clinicians about TAVR, sepsis and stroke outcomes (aggregate results), sent to a community advisory board member's personal mailbox.",
        frm=DIRECTOR,
        to="Harriet Quist <hquist.cab@outlook.com>",
        subject="Meridian Research Day 2026 - final program",
        body="",
        html=(
            "<html><body><p>Dear Harriet,</p><p>As a member of our Community Advisory Board you are warmly invited to "
            "<b>Research Day, Friday December 4</b> (Auditorium A). The final program is below.</p><table border='1' cellpadding='4'>"
            "<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>"
            "<tr><td>9:00</td><td>Anders Halvorsen, MD</td><td>TAVR outcomes in 412 patients over 80: a "
            "single-center experience</td></tr>"
            "<tr><td>9:20</td><td>Chiara Benedetti, MD</td><td>Time to antibiotics and mortality in "
            "emergency department sepsis, 2019-2025</td></tr>"
            "<tr><td>9:40</td><td>Oluwaseun Adebayo, DO</td><td>Door-to-needle times after the mobile stroke "
            "unit launch</td></tr>"
            "<tr><td>10:00</td><td colspan='2'>Poster session and coffee</td></tr></table>"
            "<p>Beatriz Santángelo, PhD<br>Director, Clinical Research Office</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="protocol amendment summary of changes (DOCX)",
        notes="Hard negative: DOCX summary of protocol changes: eligibility criteria with diagnoses, drugs and lab thresholds, no individual.",
        frm=MIGUEL,
        to=f"HF-2291 Study Team <hf2291-team@{MUMC}>",
        subject="HF-2291 Amendment 3 - summary of changes",
        body="Team, summary of changes for Amendment 3 attached. IRB approval expected 11/24; not in effect yet.\n",
        atts=(
            Att(
                "HF-2291_Amd3_Summary_of_Changes.docx",
                DOCX,
                docx(
                    [
                        "HF-2291 Protocol Amendment 3 - Summary of Changes",
                        "Section 5.1 Inclusion: LVEF threshold changed from <= 35% to <= 40%.",
                        "Section 5.2 Exclusion: eGFR < 30 mL/min/1.73m2 (was < 25); added: current treatment "
                        "with a non-dihydropyridine calcium channel blocker.",
                        "Section 7.3: Potassium > 5.5 mmol/L requires dose interruption (was > 6.0).",
                        "Section 9: Week 20 visit may be done by telephone.",
                        "Rationale: alignment with updated ACC/AHA heart failure guideline.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monitoring visit logistics to CRA",
        notes="Hard negative: monitoring visit confirmation with a number of charts to review, room, parking; no participant identified.",
        frm=PRIYA,
        to="Owen Carrick <owen.carrick@veridiancro.com>",
        subject="RE: IMV confirmation - HF-2291 Site 112, Nov 18-19",
        body=(
            "Hi Owen,\n\nConfirmed for Nov 18-19. You'll be in Pavilion B room 4102 (badge at the front desk). "
            "Dr. Halvorsen is available 3:30-4:00 on the 19th for sign-off. EMR read-only access is set up "
            "under your monitor account. We'll have the regulatory binder and the 6 charts you listed ready; "
            "pharmacy can meet at 1 pm on the 18th for drug accountability.\n\n"
            "Parking: Garage 3, we'll validate.\n" + "\nPriya Raman, CCRP\n"
            "\n> On Nov 5, 2026, Owen Carrick wrote:\n> Please confirm dates and have the charts from my "
            "follow-up letter available.\n"
        ),
    ),
    Spec(
        phi=False,
        category="recruitment flyer draft for IRB",
        notes="Study advertisement text about a diabetes trial addressed to the public; no individual.",
        frm=PRIYA,
        to=IRB,
        subject="DM-5120 advertisement for IRB review",
        body=(
            "Hello,\n\nPlease review the attached flyer text for DM-5120 (IRB #2026-1360). Posting in the "
            "endocrinology clinic waiting room and on the Meridian research website.\n\n"
            "---\nDO YOU HAVE TYPE 2 DIABETES?\nAdults 30-75 whose A1c is above 8% despite metformin may be "
            "eligible for a research study of a once-weekly injection. Study visits are free and you will be "
            "paid up to $600 for your time. Call 402-555-0199 or visit meridianumc.edu/dm5120.\n---\n\nPriya\n"
        ),
    ),
    Spec(
        phi=False,
        category="PI out-of-office coverage notice",
        notes="Hard negative: staff notice naming a cardiologist and covering sub-investigator with specialties; no patients.",
        frm=f'"Anders Halvorsen, MD" <ahalvorsen@{MUMC}>',
        to=f"HF-2291 Study Team <hf2291-team@{MUMC}>",
        subject="Out Nov 23-27 - coverage",
        body=(
            "I'm out Nov 23-27. Dr. Imani Goldfarb (Heart Failure & Transplant Cardiology, sub-I on the 1572) "
            "will cover any study-related eligibility sign-offs and AE assessments. Pager 4471.\n\nAH\n"
        ),
    ),
    Spec(
        phi=False,
        category="central lab kit shipment",
        notes="Hard negative: lab-kit shipment with kit serial numbers and tracking numbers; supplies, not patient devices.",
        frm=f"CRU Lab <cru-lab@{MUMC}>",
        to="Kit Logistics <kits@axiscentrallab.com>",
        subject="Kit resupply request - Site 112 (ONC-4471)",
        body=(
            "Hello,\n\nPlease resupply Site 112 for ONC-4471:\n"
            "  - Screening kits (K-SCR-4471): 6\n  - PK kits cycle 1-4 (K-PK-4471): 10\n"
            "  - Dry ice shipper boxes: 4\n\n"
            "Expired kits being returned: lot 24G-118, serials AXK4471-00913 through AXK4471-00917. UPS return "
            "label 1Z 8A4 W19 03 4416 2207.\n\nThanks,\nMeridian CRU Lab\n"
        ),
    ),
    Spec(
        phi=False,
        category="FDA 1572 and investigator credentials to sponsor",
        notes="Hard negative: sub-investigator credentials with NPI, DEA and licence number; provider identifiers only.",
        frm=MIGUEL,
        to="Start-up Team <startup@veridiancro.com>",
        subject="ONC-4502 site 112 - updated 1572 and sub-I documents",
        body=(
            "Hi Start-up team,\n\nAdding Dr. Tobias Lindqvist (Medical Oncology) as sub-investigator. Details for "
            "your CTMS:\n\n  Name: Tobias Lindqvist, MD\n  NPI: 1633555614\n  DEA: BL6129654\n"
            "  Nebraska licence: MD-28841\n  GCP completed 09/2026\n\n"
            "Signed 1572, CV and licence are attached in the portal upload.\n\nMiguel Ocampo\n"
        ),
    ),
    Spec(
        phi=False,
        category="REDCap maintenance IT notice",
        notes="IT maintenance window for the EDC; no health information.",
        frm=f"Research IT <research-it@{MUMC}>",
        to=f"REDCap Users <redcap-users@{MUMC}>",
        subject="REDCap upgrade to 15.2 - Saturday Nov 14, 6-10 am",
        body=(
            "REDCap will be unavailable Saturday, November 14 from 6:00 to 10:00 am CT for the 15.2 LTS upgrade. "
            "Surveys scheduled in that window will be sent after the upgrade. MyCap participant apps are not "
            "affected. After the upgrade, clear your browser cache if pages look broken.\n\nResearch IT Service Desk\n"
        ),
    ),
    Spec(
        phi=False,
        category="freezer temperature excursion report",
        notes="Hard negative: investigational product temperature excursion with drug names, lot numbers and durations; no patients.",
        frm=TAMIKA,
        to="Clinical Supplies <clinical.supplies@halcyonbio.com>",
        subject="Temperature excursion - IDS refrigerator R-3, HB-118 lots",
        body=(
            "Hello,\n\nOur monitored refrigerator R-3 recorded 9.4 C for 47 minutes on 11/07 (02:10-02:57) after a "
            "door-seal failure. Affected stock, quarantined pending your assessment:\n\n"
            "  HB-118 100 mg/4 mL, lot HB24-0716, 22 vials\n  HB-118 100 mg/4 mL, lot HB25-0102, 8 vials\n\n"
            "The TempTrak report is attached in PDF. No affected vials have been dispensed since the excursion.\n\n"
            "Tamika Hollins, PharmD\n"
        ),
        atts=(
            Att(
                "R3_excursion_2026-11-07.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN UMC INVESTIGATIONAL DRUG SERVICE",
                        "TempTrak excursion report - Unit R-3 (refrigerated 2-8 C)",
                        "Start 2026-11-07 02:10  End 02:57  Max 9.4 C  Duration 47 min",
                        "Cause: door seal failure; seal replaced 2026-11-07 08:15",
                        "Product quarantined: HB-118 lots HB24-0716 (22), HB25-0102 (8)",
                    ],
                    "R3 excursion",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate adverse event table for results posting",
        notes="Hard negative: ClinicalTrials.gov results draft with adverse event counts by arm; no individual.",
        frm=LINA,
        to=f'"Farah Qureshi, MD" <fqureshi@{MUMC}>',
        subject="ONC-3988 results posting - AE table for your review",
        body=(
            "Dr. Qureshi,\n\nDraft adverse events module for the ClinicalTrials.gov results (due 12/15):\n\n"
            "  Serious AEs              Arm A (n=38)   Arm B (n=37)\n"
            "  Febrile neutropenia        5 (13.2%)      2 (5.4%)\n"
            "  Pneumonia                  3 (7.9%)       4 (10.8%)\n"
            "  Pulmonary embolism         1 (2.6%)       2 (5.4%)\n"
            "  All-cause mortality        4 (10.5%)      6 (16.2%)\n\n"
            "Counts are from the locked database (lock 08/30). Let me know if you want the 5% threshold for "
            "other AEs.\n\nLi Na\n"
        ),
    ),
]
