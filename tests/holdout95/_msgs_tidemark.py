"""Tidemark Health clinical data warehouse team: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

CDW = "\n\nClinical Data Warehouse | Tidemark Health\ncdw@tidemarkhealth.org | 555-0190"

MESSAGES = [
    Spec(
        phi=True,
        category="State cancer registry submission extract",
        notes="Patient-level cancer registry CSV with names, DOBs, primary site and histology.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="submissions@orcancerregistry.org",
        subject="Q3 2026 case submission - Tidemark Health",
        body="Attached is our Q3 case file (47 cases; sample rows shown for your format check)."
        + CDW,
        atts=(
            Att(
                "tidemark_q3_cases.csv",
                "text/csv",
                "last,first,dob,mrn,site,histology,dx_date\nPemberton,Alice,1952-04-18,T0081123,C50.4,8500/3,2026-07-09\nOyelaran,Tunde,1969-11-02,T0082550,C18.7,8140/3,2026-08-21\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Limited data set delivered to researcher",
        notes="Hard positive: 'research extract' is a limited data set with admission dates and five-digit ZIPs, still PHI.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="c.ferrante@cascadia-univ.edu",
        subject="RDS-2026-041 delivery (LDS under DUA)",
        body="Dr. Ferrante,\n\nYour extract for RDS-2026-041 is attached. Per the DUA this is a limited data set: names and MRNs removed, but admission/discharge dates and 5-digit ZIP retained. Do not re-identify or redisclose.\n\nResearch Data Services",
        atts=(
            Att(
                "RDS-2026-041.xlsx",
                XLSX,
                xlsx(
                    {
                        "Encounters": [
                            ["study_id", "zip", "admit", "discharge", "age", "dx"],
                            ["S0001", "97405", "2026-02-03", "2026-02-09", 71, "I50.23"],
                            ["S0002", "97477", "2026-03-11", "2026-03-14", 64, "J18.9"],
                        ],
                        "Readme": [
                            ["Field", "Note"],
                            ["zip", "5-digit residence ZIP"],
                            ["admit", "actual admission date"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HEDIS care gap list to health plan",
        notes="Member-level gap list with member IDs, names and missing diabetic eye exams, sent to the payer.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="providerquality@cascadehealthplan.com",
        subject="Diabetic eye exam gaps - Tidemark attributed members",
        body="Attached is our list of attributed members with open eye-exam gaps; we'd like to reconcile against your claims before the outreach push."
        + CDW,
        atts=(
            Att(
                "eye_exam_gaps_Oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open gaps": [
                            ["Member ID", "Name", "DOB", "Last A1c", "Last eye exam"],
                            ["CHP402281190", "Velasquez, Ana", "1961-05-30", 9.4, "none"],
                            ["CHP402297741", "Dunmore, Keith", "1958-12-12", 7.8, "2024-03-02"],
                        ],
                        "Closed since Sept": [
                            ["Member ID", "Closed by"],
                            ["CHP402200315", "Retinal scan 10/02"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P claim file sample to analytics vendor",
        notes="Hard positive: PHI only in the X12 837 (patient name, member ID, diagnosis and procedure codes).",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="etl-support@quarrydata.io",
        subject="837 loader drops HI segment",
        body="Your loader drops the second HI composite. Sample file attached (one claim)." + CDW,
        atts=(
            Att(
                "claim_sample.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*TIDEMARK       *ZZ*CASCADEHP      *261020*0810*^*00501*000017220*0*P*:~\nGS*HC*TIDEMARK*CASCADEHP*20261020*0810*17220*X*005010X222A1~\nST*837*0001*005010X222A1~\nNM1*85*2*TIDEMARK HEALTH CLINICS*****XX*1009643085~\nNM1*IL*1*ROSSITER*GWENDOLYN****MI*CHP402315568~\nDMG*D8*19670704*F~\nCLM*TMK88120*245***11:B:1~\nHI*ABK:F33.1*ABF:F41.1~\nSV1*HC:90837*245*UN*1~\nDTP*472*D8*20261014~\nSE*10*0001~\nGE*1*17220~\nIEA*1*000017220~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Research recruitment letter revealing condition",
        notes="Hard positive: recruitment email to a named patient says records show she was treated for atrial fibrillation.",
        frm="Tidemark Research <research@tidemarkhealth.org>",
        to="glenda.moorcroft@gmail.com",
        subject="An invitation to join the AF-HOME study",
        body="Dear Ms. Moorcroft,\n\nOur records show that you were treated for atrial fibrillation at Tidemark Heart Institute this year. You may be eligible for AF-HOME, a study of home rhythm monitoring. Participation is voluntary and will not affect your care.\n\nTo learn more call 555-0193.\n\nTidemark Research Office",
    ),
    Spec(
        phi=True,
        category="Data quality defect list to affiliate EHR team",
        notes="MRNs and names of patients whose death dates precede birth dates, sent to an affiliate's EHR team.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="ehr-team@coastalvalleyhospital.org",
        subject="DQ-118: impossible death dates in your feed",
        body="Three records in your nightly feed have a death date before the birth date:\n\nCV0044812  Ingersoll, Mae       DOB 1938-09-14  DOD 1938-09-01\nCV0051177  Prakash, Ravi        DOB 1975-02-27  DOD 1957-02-27\nCV0049903  Lundqvist, Bo        DOB 1944-06-30  DOD 1944-03-06\n\nLikely keying errors. Can you correct at source?"
        + CDW,
    ),
    Spec(
        phi=True,
        category="Length-of-stay outlier with MRN and age over 89",
        notes="Hard positive: terse note with MRN, age 94, admission date and trach/vent stay.",
        frm="Ben Arkwright <barkwright@tidemarkhealth.org>",
        to="analytics@pacificnwhospitalassoc.org",
        subject="re: LOS outlier",
        body="the outlier row is MRN T0067714, 94F, admit 3/14/2026, 212 days on 6W (trach/vent, waiting on LTACH bed). it's real, not a load error.\n\nben",
    ),
    Spec(
        phi=True,
        category="FHIR Condition bundle for risk adjustment",
        notes="FHIR bundle of a named patient's conditions (HCC codes) sent to the payer for risk adjustment.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="riskadjustment@cascadehealthplan.com",
        subject="Supplemental risk data - pilot member",
        body="First pilot member for the supplemental data feed; please confirm your intake parses it."
        + CDW,
        atts=(
            Att(
                "ra_pilot_member.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n {"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "https://cascadehealthplan.com/member", "value": "CHP402290014"}], "name": [{"family": "Achebe", "given": ["Obiora"]}], "birthDate": "1950-01-23"}},\n {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.22"}]}}},\n {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.4"}]}}}\n]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lab feed parse failure with live ORU",
        notes="Hard positive: PHI only in the attached HL7 ORU (name, MRN, HIV viral load).",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="hl7support@cascadelabs.com",
        subject="OBX-5 with embedded pipe breaks our parser",
        body="One message from last night's feed that our parser split wrong. Looks like an unescaped '|' in OBX-5."
        + CDW,
        atts=(
            Att(
                "oru_fail_1020.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CLAB|CLAB|TIDEMARK_CDW|TMK|202610200212||ORU^R01|CL0091772|P|2.5.1\rPID|1||T0071829^^^TMK^MR||Ferraro^Dominic||19880316|M\rOBR|1||CL-7730012|25836-8^HIV 1 RNA viral load^LN\rOBX|1|NM|25836-8^HIV 1 RNA^LN||<20|copies/mL|||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Study ID to MRN crosswalk sent to research coordinator",
        notes="Hard positive: looks like a de-identified key file but maps study IDs to MRNs and names.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="s.kimura@cascadia-univ.edu",
        subject="RDS-2026-033 re-contact key",
        body="Per the IRB-approved re-contact amendment, here is the key linking study IDs to patients. Store it separately from the analytic file.\n\nResearch Data Services",
        atts=(
            Att(
                "RDS-2026-033_key.csv",
                "text/csv",
                "study_id,mrn,name\nK-0012,T0058231,Harlan Voss\nK-0019,T0060457,Mirela Stan\nK-0027,T0062209,Anthony Beaulieu\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Mortality review list to peer review organisation",
        notes="PDF mortality list with names, dates of death and causes sent to the external peer-review organisation.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="cases@westernpeerreview.org",
        subject="Q3 mortality cases for external review",
        body="Attached are the Q3 inpatient deaths selected for external review." + CDW,
        atts=(
            Att(
                "q3_mortality_review.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEMARK HEALTH - Q3 2026 MORTALITY CASES FOR EXTERNAL REVIEW",
                        "1. Oswald Trent, MRN T0061120, died 07/22/2026 - sepsis, post-op day 3 (colectomy)",
                        "2. Carmen Ibsen, MRN T0063987, died 08/09/2026 - massive PE",
                        "3. Lyle Hampton, MRN T0064455, died 09/17/2026 - intracranial hemorrhage on warfarin",
                    ],
                    "Q3 mortality",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ACO readmission list with Medicare MBIs",
        notes="Beneficiary-level readmission list with MBIs and names sent to the ACO.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="careteam@willamettecareaco.org",
        subject="30-day readmissions, September discharges",
        body="Beneficiaries readmitted within 30 days:\n\nMBI: 5TQ8-HN2-WC41  Corliss Banerjee  CHF  discharged 9/04, readmitted 9/19\nMBI 7CW2-AE6-DF83  Walter Oyelowo  COPD  discharged 9/11, readmitted 9/30\n\nYour care managers may want to call them this week."
        + CDW,
    ),
    Spec(
        phi=True,
        category="Duplicate SSN patient matching issue to MPI vendor",
        notes="SSN shared by two named patient records, one with a dialysis encounter, sent to the MPI vendor.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="support@verimatchmpi.com",
        subject="Probabilistic match missed obvious pair",
        body="Your matcher scored these at 11.2 (below threshold), but they share SSN 418-62-3907:\n\nT0059920 Darnell Pruitt, DOB 1966-08-14, last encounter: outpatient dialysis\nT0073301 Darrell Pruitt, DOB 1966-08-14, last encounter: ED visit\n\nPlease review the weighting for first-name variants."
        + CDW,
    ),
    Spec(
        phi=True,
        category="High-MME opioid patient list to pharmacy consultant",
        notes="Patients on high-dose opioids and buprenorphine treatment named in a DOCX to an external pharmacy consultant; substance use.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="consult@rxstewardpartners.com",
        subject="Opioid stewardship - patient review list",
        body="For Thursday's stewardship review, attached are the patients above 90 MME/day and those on buprenorphine for opioid use disorder."
        + CDW,
        atts=(
            Att(
                "opioid_review_oct.docx",
                DOCX,
                docx(
                    [
                        "Opioid stewardship review - October 2026",
                        "Hollis Brandt (T0055410): oxycodone ER 60 mg BID + hydromorphone PRN, 210 MME/day",
                        "Reina Castillo (T0068822): methadone 40 mg daily for chronic pain",
                        "Jared Soames (T0070134): buprenorphine-naloxone 16/4 mg, OUD, missed last two visits",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Researcher question forwarded with pasted patient table",
        notes="Hard positive: PHI only in the forwarded message's pasted table of names and A1c values.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="informatics-help@cascadia-univ.edu",
        subject="FW: A1c values look off",
        body="Forwarding Dr. Ferrante's question; I think their unit conversion is wrong (mmol/mol vs %). Can your team look?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Carla Ferrante <c.ferrante@cascadia-univ.edu>",
            to="rds@tidemarkhealth.org",
            subject="A1c values look off",
            body="These patients from the pilot pull have A1c over 60, which can't be right:\n\nNguyen Thi Lan  T0069012  A1c 64\nBasil Okoye  T0069544  A1c 71\nRhoda Kessler  T0070021  A1c 58",
        ),
    ),
    Spec(
        phi=True,
        category="Tumor board data-pull invite with patients",
        notes="Hard positive: PHI only in the calendar invite description (tumor board patients, MRNs, cancer diagnoses).",
        frm="Oncology Analytics <onc-analytics@tidemarkhealth.org>",
        to="tumorboard@cascadeoncologygroup.com",
        subject="Tumor board 10/23 - data pull",
        body="Invite for the data review before Friday's board.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidemark//Onc Analytics//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-tb-1023@tidemarkhealth.org\r\nDTSTAMP:20261020T160000Z\r\nDTSTART:20261022T210000Z\r\nDTEND:20261022T213000Z\r\nSUMMARY:Tumor board data review\r\nDESCRIPTION:Cases: Pemberton Alice T0081123 (breast IDC\\, ER+)\\; Oyelaran Tunde T0082550 (sigmoid adenocarcinoma\\, stage III)\\; Vance Imogen T0083004 (NSCLC\\, EGFR+).\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="HTML sepsis alert list to telehealth partner",
        notes="HTML-only daily list of named inpatients with lactate values sent to a tele-ICU partner.",
        frm="CDW Alerts <cdw-alerts@tidemarkhealth.org>",
        to="teleicu@nightwatchcritical.com",
        subject="Daily sepsis screen - positives",
        body="",
        html="<html><body><p>Sepsis screen positives, 10/21 06:00</p><table border='1'><tr><th>Patient</th><th>MRN</th><th>Unit</th><th>Lactate</th></tr><tr><td>Esperanza Milan</td><td>T0074410</td><td>3N</td><td>4.2</td></tr><tr><td>Gordon Pike</td><td>T0074488</td><td>ICU-2</td><td>3.1</td></tr></table></body></html>",
    ),
    Spec(
        phi=True,
        category="BRCA variant results to genetic counselor",
        notes="Named patients with BRCA1/BRCA2 pathogenic variants sent to an external genetic counselling practice.",
        frm="Genomics Data Mart <genomics@tidemarkhealth.org>",
        to="intake@pacificgeneticcounsel.com",
        subject="Referrals: pathogenic BRCA results",
        body="Referred patients for counselling:\n\n- Yvette Marchand, DOB 04/02/1979: BRCA1 c.68_69delAG (pathogenic)\n- Lorna Fitzhugh, DOB 12/19/1985: BRCA2 c.5946delT (pathogenic)\n\nOrdering clinician: Dr. Sabine Ortiz."
        + CDW,
    ),
    Spec(
        phi=False,
        category="Readmission dashboard aggregates",
        notes="Hard negative: readmission rates by service line and month; no patients.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="board-quality@tidemarkhealth-board.org",
        subject="Q3 readmission dashboard",
        body="Q3 dashboard attached. All-cause 30-day readmissions fell to 12.8% from 14.1%." + CDW,
        atts=(
            Att(
                "readmissions_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "By service": [
                            ["Service", "Discharges", "Readmits", "Rate"],
                            ["Cardiology", 1104, 162, 0.147],
                            ["Medicine", 2890, 351, 0.121],
                            ["Surgery", 1502, 148, 0.099],
                        ],
                        "By month": [
                            ["Month", "Rate"],
                            ["Jul", 0.134],
                            ["Aug", 0.127],
                            ["Sep", 0.124],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Safe Harbor de-identified research extract",
        notes="Hard negative: Safe Harbor extract with year only, 3-digit ZIP and ages capped at 90.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="epi-lab@cascadia-univ.edu",
        subject="RDS-2026-052 de-identified extract",
        body="Attached is the Safe Harbor de-identified extract (year only, 3-digit ZIP, ages 90+ grouped, random study IDs). No DUA needed."
        + CDW,
        atts=(
            Att(
                "RDS-2026-052_deid.csv",
                "text/csv",
                "study_id,zip3,adm_year,age,dx\nR8812,974,2026,71,I50.23\nR2290,973,2025,90+,J18.9\nR4017,974,2026,45,E11.9\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Data dictionary with identifier field names",
        notes="Hard negative: data dictionary listing PHI field names and types, no values.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="onboarding@quarrydata.io",
        subject="CDW data dictionary v3.2",
        body="Data dictionary attached for your ETL mapping." + CDW,
        atts=(
            Att(
                "cdw_dictionary_v3_2.docx",
                DOCX,
                docx(
                    [
                        "Tidemark CDW Data Dictionary v3.2",
                        "PAT_MRN - varchar(10) - medical record number (restricted)",
                        "BIRTH_DATE - date (restricted)",
                        "SSN_LAST4 - char(4) - masked in all views",
                        "PRIMARY_DX_ICD10 - varchar(8)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR data for vendor testing",
        notes="Hard negative: synthetic patients generated by a simulator, declared synthetic.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="onboarding@quarrydata.io",
        subject="Synthetic test data for the FHIR loader",
        body="Synthetic patients (generated with our simulator, no real people) for your FHIR loader test. One resource attached; the full set is on the SFTP."
        + CDW,
        atts=(
            Att(
                "synthetic_patient_001.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "syn-001", "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}]}, "name": [{"family": "Synthetic", "given": ["Rowan"]}], "birthDate": "1977-01-01"}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ETL job failure notification",
        notes="Job names and error text only.",
        frm="CDW Alerts <cdw-alerts@tidemarkhealth.org>",
        to="oncall@quarrydata.io",
        subject="[FAILED] nightly_encounters_load 02:00",
        body="Job nightly_encounters_load failed at 02:47 with ORA-01555 snapshot too old. Downstream jobs held: readmit_mart, quality_measures. Restart after 06:00.",
    ),
    Spec(
        phi=False,
        category="Small-cell suppressed report to county",
        notes="Hard negative: counts by county with cells under 11 suppressed.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="epi@lanecountyhealth.org",
        subject="Overdose ED visits by county, Q3",
        body="Per our agreement, counts under 11 are suppressed.\n\nLane 142\nDouglas 38\nLinn 27\nBenton <11\nCoos <11\n"
        + CDW,
    ),
    Spec(
        phi=False,
        category="Weekly influenza-like illness counts to state",
        notes="Hard negative: aggregate ILI counts by age band; no individuals.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="ili-reports@oregonpublichealth.org",
        subject="ILI weekly counts, week 42",
        body="Weekly counts attached." + CDW,
        atts=(
            Att(
                "ili_week42.csv",
                "text/csv",
                "age_band,ed_visits,ili_visits\n0-4,412,38\n5-24,655,51\n25-64,1980,77\n65+,1104,42\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Data engineer job posting",
        notes="Job posting; no patients.",
        frm="Tidemark Talent <careers@tidemarkhealth.org>",
        to="jobs@pdxdatajobs.com",
        subject="Posting: Data Engineer II, Clinical Data Warehouse",
        body="Data Engineer II - build pipelines from Epic Clarity, lab and claims feeds into our Snowflake CDW. Python, SQL, dbt. Hybrid in Eugene, OR. $112k-$135k.",
    ),
    Spec(
        phi=False,
        category="IRB not-human-subjects determination",
        notes="Hard negative: IRB letter stating a QI project using aggregate data is not human subjects research.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="epi-lab@cascadia-univ.edu",
        subject="IRB determination for QI-2026-019",
        body="Attached is the determination letter; you can proceed with the aggregate analysis."
        + CDW,
        atts=(
            Att(
                "IRB_determination_QI-2026-019.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEMARK HEALTH INSTITUTIONAL REVIEW BOARD",
                        "Determination: Not Human Subjects Research",
                        "Project QI-2026-019: Sepsis bundle compliance by unit (aggregate only)",
                        "Investigator: Carla Ferrante, PhD",
                    ],
                    "IRB determination",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Data governance council invite",
        notes="Meeting invite with agenda items; no patient.",
        frm="Data Governance <datagov@tidemarkhealth.org>",
        to="council@tidemarkhealth-board.org",
        subject="Data Governance Council - November",
        body="Agenda: small-cell suppression standard, new LDS request template, Snowflake role review.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidemark//DataGov//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h95-dgc-1104@tidemarkhealth.org\r\nDTSTAMP:20261020T160000Z\r\nDTSTART:20261104T170000Z\r\nDTEND:20261104T180000Z\r\nSUMMARY:Data Governance Council\r\nLOCATION:Admin 3rd floor / Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="HTML data warehouse newsletter with aggregates",
        notes="Hard negative: HTML-only newsletter with vaccination counts and a new mart; no individual.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="analysts@tidemarkhealth-affiliates.org",
        subject="CDW Digest - October",
        body="",
        html="<html><body><h2>CDW Digest</h2><p>New: the Immunization mart is live. This season we have recorded 41,280 influenza and 18,902 COVID-19 vaccinations across all sites.</p><p>Reminder: patient-level pulls need an approved request.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Cohort feasibility count for sponsor",
        notes="Hard negative: aggregate cohort count for a trial sponsor; no patients.",
        frm="Research Data Services <rds@tidemarkhealth.org>",
        to="feasibility@northstarclinicaltrials.com",
        subject="Feasibility: T2DM with CKD stage 3",
        body="Between 2020 and 2025 we saw 1,284 adults with type 2 diabetes and CKD stage 3 (eGFR 30-59) at least twice; 212 were on an SGLT2 inhibitor. Counts only; patient-level data needs IRB approval."
        + CDW,
    ),
    Spec(
        phi=False,
        category="SQL snippet for LOS to partner analyst",
        notes="Hard negative: SQL with column names like PAT_MRN; no data values.",
        frm="Ben Arkwright <barkwright@tidemarkhealth.org>",
        to="analytics@pacificnwhospitalassoc.org",
        subject="LOS calc we use",
        body="Here's our LOS logic so the numbers line up:\n\nSELECT pat_mrn, enc_id, DATEDIFF(day, admit_dt, disch_dt) AS los\nFROM cdw.inpatient_enc\nWHERE disch_dt BETWEEN :start AND :end AND enc_type = 'IP';\n\nWe exclude observation stays.\n\nben",
        atts=(
            Att(
                "los.sql.txt",
                "text/plain",
                "SELECT pat_mrn, enc_id, DATEDIFF(day, admit_dt, disch_dt) AS los FROM cdw.inpatient_enc;\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 270 template with placeholders",
        notes="Hard negative: 270 companion template with DOE/placeholder values only.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="edi@cascadehealthplan.com",
        subject="270 template for the eligibility batch",
        body="Template we plan to use; placeholders in angle brackets. Please confirm the payer ID."
        + CDW,
        atts=(
            Att(
                "270_template.x12",
                "application/edi-x12",
                "ST*270*0001*005010X279A1~\nBHT*0022*13*<TRACE>*<CCYYMMDD>*<HHMM>~\nNM1*PR*2*CASCADE HEALTH PLAN*****PI*<PAYERID>~\nNM1*IL*1*<LAST>*<FIRST>****MI*<MEMBERID>~\nEQ*30~\nSE*5*0001~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reference letter to former analyst",
        notes="Employment reference confirmation to a former employee's personal mailbox; no health information.",
        frm="Ben Arkwright <barkwright@tidemarkhealth.org>",
        to="mina.sorensen88@outlook.com",
        subject="Reference letter",
        body="Hi Mina,\n\nAttached is the reference letter you asked for, confirming your role as CDW Analyst from 2022 to 2026. Good luck at the new job!\n\nBen",
        atts=(
            Att(
                "reference_sorensen.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEMARK HEALTH - CLINICAL DATA WAREHOUSE",
                        "To whom it may concern:",
                        "Mina Sorensen worked as a CDW Analyst, 2022-2026.",
                        "She built our readmission and sepsis data marts.",
                    ],
                    "Reference",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Conference talk acceptance to speaker",
        notes="Speaker's personal mailbox; talk about aggregate data quality; no patient.",
        frm="Tidemark Analytics Summit <summit@tidemarkhealth.org>",
        to="drmarco.vitale@yahoo.com",
        subject="Your talk is accepted",
        body="Dear Dr. Vitale,\n\nYour talk 'Measuring completeness of problem lists across 12 hospitals' is accepted for the January summit. 25 minutes plus Q&A.\n\nSummit Committee",
    ),
    Spec(
        phi=False,
        category="Breach tabletop exercise with fictitious patients",
        notes="Hard negative: tabletop scenario with 'Patient A/B' and invented details, declared fictional.",
        frm="Data Governance <datagov@tidemarkhealth.org>",
        to="exercise@cyberreadinesspartners.com",
        subject="Tabletop scenario draft",
        body="Scenario draft attached. All patients in it are fictional placeholders." + CDW,
        atts=(
            Att(
                "tabletop_scenario.txt",
                "text/plain",
                "SCENARIO (FICTIONAL)\nAn analyst emails an extract containing Patient A (diabetes) and Patient B (HIV) to a personal account.\nInject 1: the analyst reports it 3 days later.\nDiscussion: notification, risk assessment, logging.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician quality scorecard",
        notes="Hard negative: clinicians' names with panel-level aggregate diabetes metrics.",
        frm="Quality Analytics <qa-analytics@tidemarkhealth.org>",
        to="pcp-leads@tidemarkmedicalgroup.org",
        subject="Primary care scorecard - Q3",
        body="Clinician scorecard attached (panel aggregates)." + CDW,
        atts=(
            Att(
                "pcp_scorecard_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Diabetes": [
                            ["Clinician", "Panel diabetics", "A1c<8 %", "Eye exam %"],
                            ["Lena Hartmann, MD", 312, 0.78, 0.61],
                            ["Samuel Ochoa, DO", 274, 0.71, 0.55],
                        ],
                        "Hypertension": [
                            ["Clinician", "Panel HTN", "BP<140/90 %"],
                            ["Lena Hartmann, MD", 640, 0.74],
                            ["Samuel Ochoa, DO", 588, 0.69],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of SQL views for vendor review",
        notes="Zipped view definitions and a row-count summary; no patient data.",
        frm="Tidemark CDW <cdw@tidemarkhealth.org>",
        to="onboarding@quarrydata.io",
        subject="View definitions",
        body="Zip of the mart view definitions plus row counts, for your sizing." + CDW,
        atts=(
            Att(
                "mart_views.zip",
                "application/zip",
                zipped(
                    {
                        "v_readmit.sql": "CREATE VIEW v_readmit AS SELECT enc_id, service, readmit_30d FROM mart.readmit;\n",
                        "rowcounts.txt": "mart.readmit 1,204,551\nmart.quality 8,880,102\n",
                    }
                ),
            ),
        ),
    ),
]
