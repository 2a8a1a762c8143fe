"""Northmoor State Cancer Registry, Department of Health (38)."""
# ruff: noqa: E501  (hand-written mail text: its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import NCR, Att, Spec

REG = f"Cancer Registry <cancerregistry@{NCR}>"
SIG = (
    "\n\nNorthmoor State Cancer Registry\nDivision of Chronic Disease Epidemiology, Department of Health\n"
    "PO Box 4410, Capital City | 555-0127"
)

_HL7_PATH = (
    "\r".join(
        [
            "MSH|^~\\&|NSCR|NORTHMOOR|LAB_QA|GRANITEPATH|202603181122||ORU^R01^ORU_R01|NSCR260318004|P|2.5.1",
            "PID|1||GP-55190331^^^GRANITEPATH^MR||OYELARAN^BABATUNDE||19550421|M|||17 Fernhill Ln^^Westbrook^NM^04877",
            "OBR|1||S26-01877|60568-3^Pathology Synoptic report^LN|||20260302",
            "OBX|1|CWE|21918-8^Histology^LN||8140/3^Adenocarcinoma, NOS^ICDO3",
            "OBX|2|CWE|21861-0^Primary site^LN||C61.9^Prostate gland^ICDO3",
            "OBX|3|ST|35266-6^Gleason score^LN||4+3=7",
        ]
    )
    + "\r"
)

_HL7_TEST = (
    "\r".join(
        [
            "MSH|^~\\&|NSCR_TEST|NORTHMOOR|ELR_ONBOARD|TESTLAB|202603161000||ORU^R01^ORU_R01|TST0001|T|2.5.1",
            "PID|1||TEST99001^^^TESTLAB^MR||TESTPATIENT^NOTREAL||19000101|U",
            "OBX|1|CWE|21918-8^Histology^LN||8000/3^Neoplasm, malignant^ICDO3",
        ]
    )
    + "\r"
)

_FHIR = """{
  "resourceType": "Patient",
  "id": "nscr-2026-0071145",
  "identifier": [{"system": "urn:northmoor:nscr:case", "value": "2026-0071145"}],
  "name": [{"family": "Haldane", "given": ["Corinne", "M"]}],
  "birthDate": "1948-10-27",
  "address": [{"line": ["5 Orchard Way"], "city": "Linden Falls", "postalCode": "04862"}],
  "extension": [{"url": "urn:northmoor:nscr:primary", "valueString": "C34.1 Upper lobe, lung - small cell carcinoma, dx 2026-01-14"}]
}
"""

_X12_270 = (
    "ISA*00*          *00*          *ZZ*NSCRDOH        *ZZ*SUMMITCARE     *260317*1010*^*00501*000000617*0*P*:~"
    "GS*HS*NSCRDOH*SUMMITCARE*20260317*1010*617*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*NSCRFU0617*20260317*1010~HL*1**20*1~NM1*PR*2*SUMMIT CARE HEALTH PLAN*****PI*77021~"
    "HL*2*1*21*1~NM1*1P*2*NORTHMOOR STATE CANCER REGISTRY*****XX*1336580646~HL*3*2*22*0~"
    "NM1*IL*1*PACHECO*ESTEBAN****MI*SCH3309172285~DMG*D8*19600309~EQ*30~SE*11*0001~GE*1*617~IEA*1*000000617~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Missing data query to hospital registrar",
        notes="Registry query naming a patient, DOB and breast cancer primary with missing stage.",
        frm=REG,
        to="tumorregistry@bayviewregionalmed.org",
        subject="Edit query Q26-0412: missing stage",
        body=(
            "Hello Bayview registrars,\n\nCase abstracted 02/2026 fails edit 'Summary Stage 2018 blank':\n\n"
            "  Name: Vivian Okonkwo   DOB 05/30/1958\n  Primary: C50.4 breast, upper-outer quadrant, IDC\n"
            "  Date of diagnosis: 12/09/2025\n\nPlease submit a correction record by March 31."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Annual cancer incidence report release",
        notes="Hard negative: press release with incidence rates by cancer site and county; aggregate only.",
        frm=f"NSCR Communications <nscr.comms@{NCR}>",
        to="newsdesk@capitalcityledger.com",
        subject="Embargoed until Thursday: Northmoor Cancer Facts & Figures 2026",
        body=(
            "Embargoed until March 19, 10 a.m.\n\nNorthmoor recorded 9,842 new invasive cancer cases in 2023. "
            "Lung cancer incidence fell 4% from 2022; melanoma rose in coastal counties (Harbor County 38.1 per "
            "100,000). Colorectal cancer in adults under 50 continued to increase. Counts under 16 are suppressed "
            "to protect privacy.\n\nFull report attached." + SIG
        ),
        atts=(
            Att(
                "Cancer_Facts_2026_tables.xlsx",
                XLSX,
                xlsx(
                    {
                        "Incidence by site": [
                            ["Site", "Cases 2023", "Rate per 100k"],
                            ["Lung", 1288, 52.4],
                            ["Breast (female)", 1402, 128.9],
                            ["Prostate", 1133, 110.2],
                            ["Colorectal", 801, 34.7],
                            ["Melanoma", 512, 26.0],
                        ],
                        "By county": [
                            ["County", "Cases", "Rate"],
                            ["Harbor", 1904, 488.2],
                            ["Pell", 1210, 462.0],
                            ["Linden", 88, "suppressed rate"],
                        ],
                        "Notes": [
                            ["Note"],
                            ["Age-adjusted to the 2000 US standard population."],
                            ["Counts under 16 suppressed."],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pathology HL7 feedback to lab",
        notes="Hard positive: body mentions only a message-control ID; the HL7 file carries patient name, DOB, address and prostate adenocarcinoma.",
        frm=f"NSCR ELR Team <elr@{NCR}>",
        to="interfaces@granitepathology.com",
        subject="ELR message rejected - MSH-10 NSCR260318004",
        body="Your message failed validation: OBX-5 histology uses a retired code set version. Resubmit with ICD-O-3.2. Copy of the message attached for reference."
        + SIG,
        atts=(Att("NSCR260318004.hl7", "application/hl7-v2", _HL7_PATH),),
    ),
    Spec(
        phi=False,
        category="ELR onboarding test message",
        notes="Hard negative: onboarding test HL7 with TESTPATIENT^NOTREAL and processing ID T; clearly synthetic.",
        frm=f"NSCR ELR Team <elr@{NCR}>",
        to="lis.team@brightwaterdermpath.com",
        subject="ELR onboarding - test message echo",
        body="Your test message passed structural validation. Echo attached. This is test data only (processing ID T, patient TESTPATIENT NOTREAL). Next step: 20 production-parallel messages."
        + SIG,
        atts=(Att("test_echo.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="Death clearance follow-back to physician office",
        notes="Follow-back letter naming a deceased person, date of death and lung cancer on death certificate, asking for diagnosis details.",
        frm=REG,
        to="office@lindenfallsfamilymed.com",
        subject="Death clearance follow-back - records request",
        body=(
            "Dr. Ferreira,\n\nThe death certificate of your patient Corinne M. Haldane (DOB 10/27/1948, died "
            "02/26/2026) lists small cell lung cancer as the underlying cause. We have no report of this "
            "cancer. Under state reporting law, please send the date of diagnosis, how it was confirmed "
            "and any treatment. A FHIR summary of what we hold is attached." + SIG
        ),
        atts=(Att("followback_2026-0071145.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=False,
        category="Reporting requirement reminder to physician offices",
        notes="Hard negative: reminder of which cancers physicians must report with example fields; no patient.",
        frm=REG,
        to="physician-reporters@lists.northmoorcancerregistry.gov",
        subject="Reminder: physician office cancer reporting",
        body=(
            "Physicians who diagnose or treat cancer outside a hospital must report within 6 months: "
            "name, date of birth, address at diagnosis, primary site, histology, date of diagnosis and "
            "first course treatment. Dermatology offices: melanoma in situ is reportable; basal and "
            "squamous cell skin cancers are not. Use the web-plus form." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Case list for linkage to central registry of another state",
        notes="Hard positive: interstate data exchange xlsx with names, DOBs and sites; body only says 'quarterly exchange file'.",
        frm=f"NSCR Data Exchange <dataexchange@{NCR}>",
        to="exchange@westmarkcancerregistry.org",
        subject="Quarterly interstate exchange - Q4 2025",
        body="Quarterly exchange file attached per our data sharing agreement (residents of your state diagnosed in Northmoor facilities)."
        + SIG,
        atts=(
            Att(
                "NSCR_to_WCR_2025Q4.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Last", "First", "DOB", "Site", "Histology", "Dx date"],
                            ["Marwick", "Elise", "1969-01-30", "C18.7", "8140/3", "2025-10-11"],
                            ["Duchamp", "Remy", "1951-07-04", "C67.9", "8120/3", "2025-11-02"],
                            ["Sato", "Kenji", "1977-12-19", "C43.5", "8720/3", "2025-12-08"],
                        ],
                        "Counts": [["Sent", 3], ["Duplicates removed", 0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Data use agreement for de-identified research file",
        notes="Hard negative: de-identified research extract with age group, site and stage only, under a data use agreement.",
        frm=f"NSCR Research Data <research@{NCR}>",
        to="j.albrecht@northmooruniversity.edu",
        subject="Your de-identified extract (DUA 2026-07)",
        body=(
            "Dr. Albrecht,\n\nYour de-identified file is attached: 4,112 records, variables age group (5-year), "
            "sex, county of residence grouped to region, site, histology, stage and year of diagnosis. "
            "No names, dates or addresses are included; cells under 11 are suppressed in any publication."
            + SIG
        ),
        atts=(
            Att(
                "dua2026-07_extract.csv",
                "text/csv",
                "age_group,sex,region,site,histology,stage,dx_year\n"
                "60-64,F,Coastal,C50,8500,Localized,2022\n70-74,M,Inland,C61,8140,Regional,2022\n"
                "45-49,F,North,C18,8140,Distant,2023\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pediatric case follow-up to children's hospital",
        notes="Query about a named child's neuroblastoma case and treatment data.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="oncology.registry@starlightchildrens.org",
        subject="Childhood cancer case - treatment fields",
        body=(
            "Hi Claudia,\n\nFor the case of Mateo Quintero (DOB 04/02/2022), neuroblastoma of the adrenal gland "
            "diagnosed 11/2025, we still need the first course chemotherapy start date and whether he was "
            "enrolled on the COG trial. Could you update the abstract?\n\nThanks, Ruth" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="CTR job posting",
        notes="Hard negative: job posting for cancer registrar listing registry tasks and cancer terms; no patient.",
        frm=f"DOH Human Resources <hr@{NCR}>",
        to="jobs@ncra-careers-board.org",
        subject="Posting: Cancer Registrar (CTR) - Quality Control",
        body="",
        html=(
            "<html><body><h3>Cancer Registrar, Quality Control</h3><p>Review abstracts for lung, breast, "
            "colorectal and hematopoietic cancers, perform visual editing, and train hospital registrars. "
            "CTR required. Salary $62,400-$78,900. Remote eligible within Northmoor.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Patient contact letter for research study",
        notes="Letter to a patient's personal email inviting her to a study because she was diagnosed with ovarian cancer.",
        frm=f"NSCR Research Contact <research.contact@{NCR}>",
        to="elise.marwick@icloud.com",
        subject="Invitation to a research study",
        body=(
            "Dear Ms. Marwick,\n\nThe Northmoor State Cancer Registry is contacting you because you were "
            "reported to us with a diagnosis of ovarian cancer in 2025. Researchers at Northmoor University "
            "are studying quality of life after treatment. Taking part is voluntary. Your doctor, Dr. Nwosu, "
            "has been informed of this letter." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Registrar training webinar invite",
        notes="Calendar invite for staging webinar; no patient.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="hospital-registrars@lists.northmoorcancerregistry.gov",
        subject="Webinar: Summary Stage 2018 for lung",
        body="Join us for the quarterly training webinar on staging lung primaries. Case scenarios are fictional.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//NSCR//Training//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:nscr-webinar-20260326@northmoorcancerregistry.gov\nDTSTAMP:20260316T120000Z\n"
            "DTSTART:20260326T180000Z\nDTEND:20260326T193000Z\nSUMMARY:NSCR webinar - Summary Stage 2018 lung\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="Casefinding audit results with patient list",
        notes="Hard positive: audit CSV of missed cases with MRNs and sites; no header row, names absent but MRNs and dx dates present.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="tumorregistry@bayviewregionalmed.org",
        subject="Casefinding audit 2025 - unreported cases",
        body="Our audit of your disease index found 4 reportable cases not yet submitted. List attached; please abstract within 60 days."
        + SIG,
        atts=(
            Att(
                "bayview_casefinding_2025.csv",
                "text/csv",
                "B00601184,C25.0,2025-05-14\nB00237761,C91.10,2025-07-02\nB00718820,C71.9,2025-09-21\nB00150073,C64.9,2025-11-30\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Software vendor release notes",
        notes="Registry software vendor update; no patient.",
        frm=f"NSCR IT <nscr.it@{NCR}>",
        to="hospital-registrars@lists.northmoorcancerregistry.gov",
        subject="Registry Plus 26.1 update this weekend",
        body="The abstracting software will update to 26.1 on Saturday. New edits for 2026 solid tumor rules are included. Log out before 6 pm Friday."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Cluster inquiry reply to resident",
        notes="Reply to a resident's gmail that restates her CLL diagnosis and names the neighbour whose illness she reported.",
        frm=f"NSCR Epidemiology <epi@{NCR}>",
        to="donna.prewitt.westbrook@gmail.com",
        subject="Re: cancer cluster concern on Fernhill Lane",
        body=(
            "Dear Ms. Prewitt,\n\nThank you for telling us about your diagnosis of chronic lymphocytic leukemia "
            "last year and about your neighbor Mr. Oyelaran's illness. We are reviewing cancer counts for your "
            "census tract and will write with results within 90 days. We will not share the names you gave us."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Cluster assessment result to town council",
        notes="Hard negative: cluster assessment result with observed vs expected counts for a town; aggregate, no individuals.",
        frm=f"NSCR Epidemiology <epi@{NCR}>",
        to="clerk@westbrooktown.gov",
        subject="Cancer cluster assessment - Westbrook (summary)",
        body=(
            "Town Clerk,\n\nThe assessment requested by residents is complete. For 2016-2025, Westbrook had "
            "31 observed leukemia and lymphoma cases vs 27.4 expected (SIR 1.13, 95% CI 0.77-1.61). This is "
            "not a statistically significant excess. A public summary is attached." + SIG
        ),
        atts=(
            Att(
                "Westbrook_cluster_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHMOOR STATE CANCER REGISTRY - CLUSTER ASSESSMENT SUMMARY",
                        "Area: Town of Westbrook   Period: 2016-2025",
                        "Leukemia + lymphoma: observed 31, expected 27.4, SIR 1.13",
                        "Conclusion: no statistically significant excess.",
                    ],
                    "Westbrook cluster",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Insurance eligibility query for treatment follow-up",
        notes="Hard positive: X12 270 eligibility inquiry naming patient and member ID for follow-up of treatment; body generic.",
        frm=f"NSCR Data Linkage <linkage@{NCR}>",
        to="edi.support@summitcarehealthplan.com",
        subject="Test of 270 linkage file",
        body="As agreed in the linkage pilot, one 270 is attached to test your parser before the full batch. Please confirm you can read it."
        + SIG,
        atts=(Att("nscr_270_pilot.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=False,
        category="Registry NPI for payer enrollment",
        notes="Hard negative: organisational NPI and contact details for a linkage agreement; no patient.",
        frm=f"NSCR Data Linkage <linkage@{NCR}>",
        to="contracts@summitcarehealthplan.com",
        subject="Registry identifiers for the linkage agreement",
        body="For Exhibit B: Northmoor State Cancer Registry, NPI: 1336580646, EIN on file. Technical contact Ahmed Farouk, 555-0131."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded hospital question about a patient's prior cancer",
        notes="Hard positive: forward in which a hospital registrar asks if a named patient had a prior melanoma; outer note is short.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="Kofi Mensah <k.mensah@northmoorcancerregistry.gov>",
        subject="Fwd: prior primary?",
        body="Kofi, can you check the linked record and answer Claudia?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Claudia Reyes <oncology.registry@starlightchildrens.org>",
            to="r.abernathy@northmoorcancerregistry.gov",
            subject="prior primary?",
            body="Ruth - mother of one of our patients, Kenji Sato (DOB 12/19/1977), says he had a melanoma removed in 2019. Do you have it? It changes his sequence number.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded CDC funding announcement",
        notes="Forward of a federal funding notice; no patient.",
        frm="Kofi Mensah <k.mensah@northmoorcancerregistry.gov>",
        to="nscr-staff@northmoorcancerregistry.gov",
        subject="Fwd: NPCR cooperative agreement continuation",
        body="Good news below.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="NPCR Program <npcr-notices@cdcgrants-program.gov>",
            to="k.mensah@northmoorcancerregistry.gov",
            subject="NPCR cooperative agreement continuation",
            body="Your continuation application for year 3 has been approved at the requested funding level.",
        ),
    ),
    Spec(
        phi=True,
        category="Correction request from patient answered",
        notes="Reply to patient's personal email confirming correction of her thyroid cancer record and date of birth.",
        frm=REG,
        to="nadia.fortier@hotmail.com",
        subject="Re: correction to my registry record",
        body=(
            "Dear Ms. Fortier,\n\nWe corrected your date of birth to 08/15/1983 in your record and confirmed with "
            "Bayview Regional that your 2024 diagnosis was papillary thyroid cancer, not follicular. Your "
            "record is now accurate." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Suppression rule guidance for data requests",
        notes="Hard negative: policy on small-cell suppression with example table; aggregate only.",
        frm=f"NSCR Research Data <research@{NCR}>",
        to="data-requests@lists.northmoorcancerregistry.gov",
        subject="Updated small-number suppression policy",
        body=(
            "Effective April 1, counts of 1-15 and rates based on them are suppressed in public tables. Example:\n\n"
            "County   Pancreas cases   Rate\nLinden        <16           *\nHarbor         74          14.1\n\n"
            "Complementary suppression is required when a total would reveal a suppressed cell."
            + SIG
        ),
        atts=(
            Att(
                "suppression_policy_2026.docx",
                DOCX,
                docx(
                    [
                        "NORTHMOOR STATE CANCER REGISTRY - DATA RELEASE POLICY 4.3",
                        "Counts 1-15 are suppressed. Rates are not shown for suppressed counts.",
                        "Fields never released: name, address, date of birth, SSN, medical record number.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Radiation facility reporting query with treatment",
        notes="Query to a radiation oncology center naming the patient and treatment dates for glioblastoma.",
        frm="Kofi Mensah <k.mensah@northmoorcancerregistry.gov>",
        to="registry@coastalradiationoncology.com",
        subject="Missing radiation summary",
        body=(
            "Hello,\n\nWe have a hospital report for Neville Ashcombe (DOB 01/11/1964), glioblastoma, right temporal "
            "lobe, resected 09/2025, but no radiation summary. If he was treated at your center (60 Gy with "
            "temozolomide, per the surgeon's note), please report the start and end dates.\n\nKofi Mensah, CTR"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Screening awareness newsletter",
        notes="HTML newsletter about colorectal screening to a subscriber; no condition of the recipient implied.",
        frm=f"Northmoor Cancer Control <cancercontrol@{NCR}>",
        to="walt.berenson@aol.com",
        subject="March is Colorectal Cancer Awareness Month",
        body="",
        html=(
            "<html><body><h2>Screening saves lives</h2><p>Colorectal cancer is rising in adults under 50. "
            "Screening now starts at age 45. Ask your doctor about a colonoscopy or a stool test.</p>"
            "<p>In Northmoor, 801 people were diagnosed in 2023.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of abstracts to hospital for reconciliation",
        notes="Zip of abstract records containing names and diagnoses sent to hospital registrar for reconciliation.",
        frm=f"NSCR Data Exchange <dataexchange@{NCR}>",
        to="tumorregistry@bayviewregionalmed.org",
        subject="Reconciliation file - duplicates to review",
        body="Please review the possible duplicates in the attached zip and tell us which to merge."
        + SIG,
        atts=(
            Att(
                "bayview_dupes_2026-03.zip",
                "application/zip",
                zipped(
                    {
                        "dupes.txt": "PAIR 1: Remy Duchamp 07/04/1951 bladder C67.9 (BRMC) | Remy Duchamps 07/04/1951 bladder C67.2 (Coastal Urology)\n"
                        "PAIR 2: Patricia Lowe 02/28/1944 CLL | Pat Lowe 02/28/1944 CLL\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Registry annual audit engagement letter",
        notes="Auditor engagement about registry data completeness; no patient.",
        frm="Kofi Mensah <k.mensah@northmoorcancerregistry.gov>",
        to="engagements@northstaraudit.com",
        subject="Re: NAACCR certification audit scope",
        body="Confirming the audit scope: completeness for diagnosis year 2023, timeliness and edits. We'll provide aggregate summaries only; record-level review happens on site."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Treatment follow-up query to oncologist with terse abbreviations",
        notes="Hard positive: terse abbreviated query: initials plus DOB plus 'DLBCL R-CHOP?' to an oncology practice.",
        frm="Kofi Mensah <k.mensah@northmoorcancerregistry.gov>",
        to="nurse.manager@pellvalleyoncology.com",
        subject="tx query",
        body="Pt P.L. dob 2/28/44 - DLBCL dx 10/25, did she start R-CHOP at your office or at Bayview? Need 1st course start date. thx -Kofi",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice relayed to oncology reporters",
        notes="Hard negative: relays a carboplatin/cisplatin shortage notice; no individual.",
        frm=f"Northmoor Cancer Control <cancercontrol@{NCR}>",
        to="oncology-practices@lists.northmoorcancerregistry.gov",
        subject="FYI: carboplatin and cisplatin shortage update",
        body="The FDA lists carboplatin and cisplatin supply as improving but still constrained. Practices should continue the conservation guidance from the state oncology society."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Registrar's screenshot of case record",
        notes="Hard positive: PNG named with patient's name and 'AML_case' sent to IT for a bug.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="nscr.it@northmoorcancerregistry.gov",
        subject="bug - treatment tab won't save",
        body="Screenshot attached. The treatment tab throws an error every time I save this case.",
        atts=(Att("Whitlock_Harriet_AML_case.png", "image/png", png(10, 6, (250, 250, 250))),),
    ),
    Spec(
        phi=False,
        category="Case definition training quiz",
        notes="Hard negative: training quiz with fictional cases ('Case A: a 58-year-old man') and no identifiers.",
        frm='"Ruth Abernathy, CTR" <r.abernathy@northmoorcancerregistry.gov>',
        to="new-registrars@lists.northmoorcancerregistry.gov",
        subject="Week 2 quiz: reportability",
        body=(
            "Answer reportable / not reportable:\n\nCase A: a 58-year-old man with basal cell carcinoma of the cheek.\n"
            "Case B: a 40-year-old woman with CIN III of the cervix.\nCase C: a 72-year-old with monoclonal B-cell "
            "lymphocytosis.\nCase D: a child with pilocytic astrocytoma.\n\nAll cases are fictional. Answers Friday."
            + SIG
        ),
        atts=(
            Att(
                "quiz_week2.txt",
                "text/plain",
                "A) not reportable  B) not reportable  C) not reportable  D) reportable\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Quality report listing cases failing edits",
        notes="Multi-sheet workbook to a hospital listing named patients with cancer sites and the failed edits.",
        frm=f"NSCR Quality <quality@{NCR}>",
        to="tumorregistry@coastalgeneralhosp.org",
        subject="Submission 2026-02: 3 records failed edits",
        body="Three records from your February submission failed edits; see attached workbook."
        + SIG,
        atts=(
            Att(
                "coastal_feb_edit_failures.xlsx",
                XLSX,
                xlsx(
                    {
                        "Failures": [
                            ["Accession", "Patient", "Site", "Edit"],
                            ["2026000114", "Ingram, Louisa", "C56.9 ovary", "Grade vs histology"],
                            [
                                "2026000131",
                                "Pacheco, Esteban",
                                "C22.0 liver",
                                "Date of dx after date of surgery",
                            ],
                            ["2026000152", "Ortiz, Lena", "C73.9 thyroid", "SSDI missing"],
                        ],
                        "Edit help": [
                            ["Edit", "Fix"],
                            ["Grade vs histology", "Check grade table"],
                            ["SSDI missing", "Enter site-specific data items"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate survival tables for cancer coalition",
        notes="Hard negative: 5-year relative survival by stage and site for a coalition; aggregate.",
        frm=f"NSCR Epidemiology <epi@{NCR}>",
        to="director@northmoorcancercoalition.org",
        subject="Survival tables for the state cancer plan",
        body="Attached are 5-year relative survival estimates by stage for the plan's priority sites."
        + SIG,
        atts=(
            Att(
                "survival_2015_2021.xlsx",
                XLSX,
                xlsx(
                    {
                        "Survival": [
                            ["Site", "Localized", "Regional", "Distant"],
                            ["Breast", "99%", "86%", "31%"],
                            ["Colorectal", "90%", "73%", "15%"],
                            ["Lung", "61%", "34%", "8%"],
                        ],
                        "Method": [
                            ["Item", "Value"],
                            ["Cohort", "Diagnosed 2015-2021"],
                            ["Follow-up through", "2024"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Legal request response from registry counsel",
        notes="Registry refuses a subpoena for a named person's cancer record; the reply itself confirms she is in the registry with breast cancer.",
        frm=f"DOH Office of Legal Counsel <legal@{NCR}>",
        to="subpoenas@keystonelegalrecords.com",
        subject="Re: Subpoena for registry record of Brianna Tolliver",
        body=(
            "Keystone,\n\nUnder state law registry data are confidential and not subject to subpoena. We "
            "therefore will not produce the registry abstract of Brianna Tolliver's 2025 breast cancer "
            "diagnosis. Please direct the request to the treating facility.\n\nOffice of Legal Counsel"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Legal response declining subpoena without confirming",
        notes="Hard negative: registry declines subpoena and explicitly neither confirms nor denies any record; no health info about the person.",
        frm=f"DOH Office of Legal Counsel <legal@{NCR}>",
        to="records@hollisgrantdefense.com",
        subject="Re: subpoena served March 9",
        body="Counsel,\n\nState law makes cancer registry data confidential and exempt from subpoena. The registry neither confirms nor denies whether any record exists for the person named in your subpoena, and will not produce documents.\n\nOffice of Legal Counsel"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Tumor board invitation naming case",
        notes="Hard positive: calendar invite whose description names the patient and his lymphoma relapse question.",
        frm="Dr. Imani Okoro <i.okoro@northmoorcancerregistry.gov>",
        to="tumorboard@lakemontcancerinstitute.org",
        subject="Registry input - case review",
        body="I'll dial in to give the registry's prior-history information for this case.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//NSCR//Case//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:case-20260324@northmoorcancerregistry.gov\nDTSTAMP:20260316T170000Z\nDTSTART:20260324T220000Z\n"
            "DTEND:20260324T230000Z\nSUMMARY:Case review - Theo Brandvold\\, DLBCL relapse vs new primary\n"
            "DESCRIPTION:Registry history: lymphoma dx 2021 (Bayview)\\, PET 12/2025 new lesions.\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="Board meeting minutes",
        notes="Advisory board minutes discussing funding and completeness rates; no individuals' health.",
        frm=f"NSCR Admin <nscr.admin@{NCR}>",
        to="advisory-board@lists.northmoorcancerregistry.gov",
        subject="Draft minutes - March advisory board",
        body=(
            "Minutes, March 12:\n1. Completeness for 2023 reached 97.8% (NAACCR gold requires 95%).\n"
            "2. Dr. Okoro presented the pediatric reporting backlog (42 abstracts).\n3. Budget: CDC continuation approved.\n"
            "Next meeting June 11." + SIG
        ),
        atts=(
            Att(
                "minutes_2026-03.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHMOOR STATE CANCER REGISTRY ADVISORY BOARD - DRAFT MINUTES",
                        "March 12, 2026",
                        "Completeness 2023: 97.8%",
                        "Pediatric backlog: 42 abstracts",
                    ],
                    "Minutes",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to family member requesting deceased relative's data",
        notes="Reply to a son's personal mailbox discussing his late father's registered pancreatic cancer.",
        frm=REG,
        to="chris.ingram.1979@yahoo.com",
        subject="Re: my father's registry record",
        body=(
            "Dear Mr. Ingram,\n\nWe are sorry for your loss. The registry holds a record of your father Arthur "
            "Ingram's pancreatic cancer (diagnosed 2024). As his executor you may request a copy; please send "
            "the letters testamentary and a copy of the death certificate." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Staff coverage and flu clinic notice",
        notes="Hard negative: staff coverage notice for an unnamed colleague's leave plus a building flu shot clinic; no individual's health information.",
        frm=f"NSCR Admin <nscr.admin@{NCR}>",
        to="nscr-staff@northmoorcancerregistry.gov",
        subject="Coverage next month + flu shot clinic",
        body="Quality team coverage shifts while one of our registrars is on leave in April; Ruth will reassign queues. Reminder: the building flu and COVID shot clinic is Tuesday 9-12 in Room 210."
        + SIG,
    ),
]
