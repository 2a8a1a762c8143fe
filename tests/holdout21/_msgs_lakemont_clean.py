"""Lakemont University Hospital inpatient services: ordinary outbound mail without PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and non-Latin scripts are the data)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

_ICS_SEPSIS = """BEGIN:VCALENDAR
PRODID:-//Lakemont University Hospital//Outlook 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sepsis-inservice-20261119@lakemonthealth.org
DTSTAMP:20261109T180000Z
DTSTART:20261119T130000Z
DTEND:20261119T140000Z
SUMMARY:Sepsis bundle in-service (SEP-1) - 1 CE
LOCATION:Tower A Sim Lab 2
DESCRIPTION:Hour-1 bundle\\, lactate redraw timing\\, fluid documentation. Bring badge for CE.
ORGANIZER;CN=Clinical Education:mailto:clined@lakemonthealth.org
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    Spec(
        phi=False,
        category="staff_flu_vaccine_compliance",
        notes="Hard negative: staff flu vaccination deadline with unit percentages; workforce, not patients",
        frm="Employee Health <employeehealth@lakemonthealth.org>",
        to="Nursing Leadership <nursing.leaders@lakemonthealth.org>",
        subject="Flu vaccine compliance - 9 days left",
        body="""Leaders,

Workforce influenza vaccination closes November 20. Current compliance by unit:
  MICU 91%   SICU 88%   6 East 79%   6 West 84%   5 West (transplant) 93%   Blood bank 100%

Staff with a medical or religious exemption must wear a mask in patient areas through March 31.
Walk-in clinic hours: 0630-0830 and 1400-1600, Tower A lower level.

Employee Health
""",
    ),
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: heparin shortage with conservation steps, drug names and doses but no patient",
        frm="Pharmacy Purchasing <rxpurchasing@lakemonthealth.org>",
        to="All Prescribers <prescribers@lakemonthealth.org>",
        subject="SHORTAGE: heparin 25,000 units/250 mL premix",
        body="""Effective today the premixed heparin 25,000 units/250 mL bag is on allocation from our
wholesaler (about 40% of usual volume) through at least mid-December.

What changes:
  - ICUs and cath lab keep premix; other units get pharmacy-compounded bags (expect 45-min delay)
  - Use enoxaparin 40 mg SC daily for VTE prophylaxis unless CrCl < 30
  - Heparin flushes: switch to normal saline flush where policy allows

Questions: Rx purchasing, ext 4-2150.
""",
    ),
    Spec(
        phi=False,
        category="clabsi_quality_report",
        notes="Hard negative: HTML-only quarterly CLABSI/CAUTI rates by unit, aggregate only",
        frm="Quality & Patient Safety <quality@lakemonthealth.org>",
        to="Nurse Managers <nursemanagers@lakemonthealth.org>",
        subject="Q3 device infection dashboard",
        body="",
        html="""<html><body><p>Q3 2026 device-associated infections (NHSN definitions):</p>
<table border="1"><tr><th>Unit</th><th>CLABSI</th><th>Line days</th><th>SIR</th><th>CAUTI</th><th>SIR</th></tr>
<tr><td>MICU</td><td>2</td><td>1,842</td><td>0.81</td><td>1</td><td>0.44</td></tr>
<tr><td>SICU</td><td>1</td><td>1,510</td><td>0.52</td><td>3</td><td>1.32</td></tr>
<tr><td>5 West</td><td>0</td><td>966</td><td>0.00</td><td>0</td><td>0.00</td></tr>
</table><p>SICU CAUTI deep dive at the Dec 3 quality council.</p></body></html>""",
    ),
    Spec(
        phi=False,
        category="transplant_program_volumes",
        notes="Hard negative: annual transplant volumes and one-year survival rates, no individuals",
        frm="Dr. Lorenzo Bianchi <lbianchi@lakemonthealth.org>",
        to="Board Quality Committee <boardquality@lakemonthealth.org>",
        subject="Transplant center year-to-date outcomes",
        body="""Committee members,

Through October we performed 142 kidney transplants (38 living donor) and 61 liver
transplants, up 12% on last year. SRTR one-year graft survival is 96.1% for kidneys
(expected 95.4%) and 92.8% for livers (expected 91.7%). Median time to transplant for
blood type O kidney candidates is 4.1 years.

We expect to exceed 160 kidneys by year end.

Lorenzo Bianchi, MD
Surgical Director, Transplant Center
""",
    ),
    Spec(
        phi=False,
        category="grand_rounds_speaker",
        notes="Hard negative: clinician names with specialties and diseases (hepatorenal syndrome) in a grand rounds notice",
        frm="Medical Education <meded@lakemonthealth.org>",
        to="Medical Staff <medstaff@lakemonthealth.org>",
        subject="Grand Rounds Friday: hepatorenal syndrome",
        body="""Medicine Grand Rounds, Friday 7:30 AM, Kessler Auditorium and Teams

"Hepatorenal syndrome in the transplant era: terlipressin, albumin and when to list"
Priya Raghunathan, MD, Transplant Hepatology
Samuel Achebe, MD, Transplant Nephrology

Objectives: apply the ICA-AKI criteria; select candidates for simultaneous liver-kidney
transplant; manage cirrhosis with refractory ascites.

1.0 AMA PRA Category 1 Credit.
""",
    ),
    Spec(
        phi=False,
        category="job_posting",
        notes="ICU RN night-shift job posting to a recruiting partner",
        frm="Talent Acquisition <careers@lakemonthealth.org>",
        to="postings@midwestnursejobs.com",
        subject="Posting: RN - Medical ICU, nights, 0.9 FTE",
        body="""Please post the following through December 31:

Registered Nurse - Medical ICU (36 hrs/week, nights, every third weekend)
Lakemont University Hospital, 28-bed level I medical ICU
Requirements: MN RN licence, BLS/ACLS, 1 year acute care; CCRN preferred
Sign-on bonus $15,000; tuition support; self-scheduling
Req #RN-26-1184
""",
    ),
    Spec(
        phi=False,
        category="hr_open_enrollment",
        notes="Hard negative: HR benefits mail with health plan and FSA terms, employee-facing, no patient",
        frm="HR Benefits <benefits@lakemonthealth.org>",
        to="All Staff <allstaff@lakemonthealth.org>",
        subject="Open enrollment closes Nov 20 - HSA, FSA, dental",
        body="""Open enrollment for 2027 benefits ends Friday, November 20 at 11:59 PM.

- Lakemont PPO premium increases 4.2%; the HDHP employee-only premium is unchanged
- HSA employer seed: $750 single / $1,500 family
- Health care FSA limit: $3,300
- New: fertility benefit and a second-opinion service

Log in to MyHR > Benefits to elect. If you do nothing, your current medical, dental and
vision elections roll over but FSA does not.
""",
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_like_po",
        notes="Hard negative: infusion pump remittance with PO and contract numbers in SSN-like 3-2-4 shape and a PHI confidentiality footer",
        frm="Accounts Payable <ap@lakemonthealth.org>",
        to="ar@meridianinfusion.com",
        subject="Remittance: PO 412-55-0193",
        body="""Hello,

Payment issued for the following:
  PO 412-55-0193  Invoice MI-88213  48 large-volume pump channels  $61,440.00
  PO 412-55-0207  Invoice MI-88240  tubing sets (case of 100) x 30   $9,870.00

ACH trace 071000288834110. Net 45 terms per contract 318-20-4471.

Accounts Payable, Lakemont University Hospital

--
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or protected
health information intended only for the addressee. If you received it in error, notify the
sender and delete it. Lakemont University Hospital, Eau Pointe, MN.
""",
    ),
    Spec(
        phi=False,
        category="ehr_downtime_notice",
        notes="IT downtime notice for the EHR with BCA printing instructions",
        frm="Lakemont IT Service Desk <servicedesk@lakemonthealth.org>",
        to="Inpatient Units <inpatient.units@lakemonthealth.org>",
        subject="Planned EHR downtime Sun 11/15 0200-0330",
        body="""The EHR will be unavailable Sunday, November 15, 02:00-03:30 for an upgrade.

Before 01:45: confirm your unit's BCA PC printed the MAR and census reports.
During: use paper downtime forms in the red binder; blood bank will issue products on
paper requisitions with two-person verification.
After: enter downtime documentation within 4 hours.

Service Desk x4-4357
""",
    ),
    Spec(
        phi=False,
        category="synthetic_test_patient",
        notes="Hard negative: EHR build validation with clearly labelled test patient ZZTEST in the TST environment",
        frm="Brock Halloran <bhalloran@lakemonthealth.org>",
        to="Transplant Analysts <txanalysts@lakemonthealth.org>",
        subject="TST validation - kidney tx order set",
        body="""Validated the new kidney transplant post-op order set in TST (not PRD):

Test patient: ZZTEST, KIDNEYONE (TST MRN 99000412) - synthetic record
  - tacrolimus dose rounding to 0.5 mg works
  - thymoglobulin premeds fire
  - CMV prophylaxis default valganciclovir 450 mg renally adjusted correctly
Test patient: ZZTEST, LIVERTWO (TST MRN 99000413) - synthetic record
  - hepatic artery Doppler order defaults POD 1 - OK

Ready for sign-off at Thursday's CAB.
Brock
""",
    ),
    Spec(
        phi=False,
        category="policy_document_docx",
        notes="Hard negative: blood administration policy DOCX with reaction symptoms and products, no patient",
        frm="Policy Office <policy@lakemonthealth.org>",
        to="Nursing Practice Council <npc@lakemonthealth.org>",
        subject="For review: Blood product administration policy (rev. 2026)",
        body="Attached for review before the Nov 24 council. Changes are in section 4 (vital sign timing).\n",
        atts=(
            Att(
                "NUR-214_blood_administration_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Lakemont University Hospital Policy NUR-214: Administration of Blood Products",
                        "1. Two qualified staff verify patient identity at the bedside using two identifiers.",
                        "2. Start within 30 minutes of issue; complete RBC within 4 hours.",
                        "4. Vital signs: before, at 15 minutes, and at completion.",
                        "5. Stop the transfusion for fever, chills, dyspnea, hypotension or urticaria and call the blood bank.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda_pdf",
        notes="Hard negative: transplant nursing symposium agenda PDF with speaker names and clinical topics",
        frm="Transplant Education <txeducation@lakemonthealth.org>",
        to="Regional Transplant Nurses <regional.txnurses@lakemonthealth.org>",
        subject="Save the date: Upper Midwest Transplant Nursing Symposium",
        body="Agenda attached. Registration is free for partner hospitals.\n",
        atts=(
            Att(
                "symposium_agenda_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKEMONT UNIVERSITY HOSPITAL TRANSPLANT CENTER",
                        "Upper Midwest Transplant Nursing Symposium - March 5, 2027",
                        "08:00 Delayed graft function: what the bedside nurse sees - K. Olmstead RN",
                        "09:00 BK virus and CMV after kidney transplant - S. Achebe MD",
                        "10:30 Alcohol use disorder and liver transplant candidacy - W. Okafor LICSW",
                        "13:00 Panel: living donor advocacy",
                    ],
                    "Symposium agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes="Hard negative: de-identified delayed graft function extract (year only, age bands, no identifiers) to a university collaborator",
        frm="Dr. Mei-Ling Cho <mcho@lakemonthealth.org>",
        to="biostat.core@northlandu.edu",
        subject="DGF extract v3 (Safe Harbor de-identified)",
        body="""Hi Ravi,

v3 of the DGF extract is attached. Safe Harbor de-identified by our honest broker: no dates
beyond year, ages banded, no ZIPs, study IDs are random and the key stays here.

Mei-Ling
""",
        atts=(
            Att(
                "dgf_extract_v3.csv",
                "text/csv",
                "study_id,tx_year,age_band,donor_type,kdpi,cold_ischemia_h,dgf,1y_egfr\n"
                "S0419,2024,50-59,DCD,62,21.5,1,48\n"
                "S0733,2024,30-39,DBD,18,9.0,0,71\n"
                "S1102,2025,60-69,DBD,81,27.2,1,39\n"
                "S1288,2025,40-49,LD,,1.1,0,66\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blood_inventory_conservation",
        notes="Hard negative: O-negative shortage conservation guidance naming patient groups but no individual",
        frm="Dr. Hyun-Woo Baek <hbaek@lakemonthealth.org>",
        to="All Prescribers <prescribers@lakemonthealth.org>",
        subject="O-negative red cells: conservation mode",
        body="""Colleagues,

Our O-negative inventory is at 1.5 days. Until further notice:
  - O-neg units go only to O-neg recipients, females under 50 of unknown type and neonates
  - Trauma bay coolers switch to O-pos for males and females over 50
  - Single-unit orders for stable non-bleeding adults with Hgb > 7

Prairie Blood Center expects to recover in about 10 days.

Hyun-Woo Baek, MD, Medical Director, Transfusion Service
""",
    ),
    Spec(
        phi=False,
        category="oncall_schedule_npis",
        notes="Hard negative: transplant surgeon call schedule workbook with clinicians' NPIs and cell numbers",
        frm="Transplant Surgery Office <txsurgery@lakemonthealth.org>",
        to="Transfer Center <transfercenter@lakemonthealth.org>",
        cc="Organ Offers <offers@northstarorgan.org>",
        subject="December transplant surgery call",
        body="December call attached. Liver and kidney separate tabs. NPIs included for the OPO.\n",
        atts=(
            Att(
                "dec_call.xlsx",
                XLSX,
                xlsx(
                    {
                        "Kidney": [
                            ["Dates", "Surgeon", "NPI", "Cell"],
                            ["Dec 1-7", "Lorenzo Bianchi MD", "1281767040", "507-555-0191"],
                            ["Dec 8-14", "Aisha Mensah-Bonsu MD", "1227042870", "507-555-0192"],
                        ],
                        "Liver": [
                            ["Dates", "Surgeon", "NPI", "Cell"],
                            ["Dec 1-10", "Tobias Engqvist MD", "1561117890", "507-555-0193"],
                            ["Dec 11-20", "Lorenzo Bianchi MD", "1281767040", "507-555-0191"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="credentialing_new_surgeon",
        notes="Hard negative: credentialing approval for a transplant surgeon with NPI and DEA numbers",
        frm="Medical Staff Services <medstaff.services@lakemonthealth.org>",
        to="Transplant Administration <txadmin@lakemonthealth.org>",
        subject="Privileges approved - Dr. Aisha Mensah-Bonsu",
        body="""The Board approved privileges for Aisha Mensah-Bonsu, MD (abdominal transplant surgery)
effective 11/16/2026.

NPI: 1227042870
DEA: FM4105842
MN licence 71420

Core privileges: kidney, pancreas, and living donor nephrectomy (laparoscopic). FPPE: 6
proctored cases.

Medical Staff Services
""",
    ),
    Spec(
        phi=False,
        category="parking_notice",
        notes="Facilities notice about a parking ramp closure",
        frm="Facilities <facilities@lakemonthealth.org>",
        to="All Staff <allstaff@lakemonthealth.org>",
        subject="Ramp C level 3 closed Nov 14-15",
        body="Ramp C level 3 will be closed for sealing Nov 14-15. Staff permits are valid in Ramp D. Shuttle every 10 minutes.\n",
    ),
    Spec(
        phi=False,
        category="education_invite_ics",
        notes="Sepsis bundle in-service calendar invite for nurses",
        frm="Clinical Education <clined@lakemonthealth.org>",
        to="ICU Nurses <icu.rns@lakemonthealth.org>",
        subject="Sepsis bundle in-service (SEP-1) - 1 CE",
        body="You're invited. Please accept to reserve a seat.\n",
        ics=_ICS_SEPSIS,
    ),
    Spec(
        phi=False,
        category="hcahps_aggregate",
        notes="Hard negative: HCAHPS aggregate scores by unit with a verbatim comment that names only a nurse",
        frm="Patient Experience <patientexperience@lakemonthealth.org>",
        to="Inpatient Directors <inpatient.directors@lakemonthealth.org>",
        subject="October HCAHPS - top box by unit",
        body="""October top-box, nurse communication / responsiveness / discharge info:
  6 East  81 / 64 / 88   (n=54)
  6 West  79 / 61 / 90   (n=47)
  5 West  86 / 72 / 93   (n=31)

Comment of the month: "The night nurse Danielle explained every medication." Shout-out to
Danielle Forsberg, 5 West!
""",
    ),
    Spec(
        phi=False,
        category="vendor_service_contract",
        notes="Hard negative: CRRT equipment service contract renewal with machine serial numbers and a PHI confidentiality footer",
        frm="Clinical Engineering <clineng@lakemonthealth.org>",
        to="contracts@prismacare-devices.com",
        subject="Renewal: CRRT fleet service agreement",
        body="""Hello Dana,

We'd like to renew the full-service agreement for our 14 CRRT machines for 2027-2029.
Please include the two units added in August (SN PX8-22041, PX8-22057) and quote the
3-year rate with loaners within 24 hours.

Marcus Lindgren, CBET
Clinical Engineering, Lakemont University Hospital

--
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or protected
health information intended only for the addressee. If you received it in error, notify the
sender and delete it. Lakemont University Hospital, Eau Pointe, MN.
""",
    ),
    Spec(
        phi=False,
        category="staff_recognition",
        notes="Hard negative: DAISY award staff recognition naming a nurse, with her photo whose file name carries her name",
        frm="Chief Nursing Officer <cno@lakemonthealth.org>",
        to="All Nursing <allnursing@lakemonthealth.org>",
        subject="DAISY Award - Leticia Ramos, 6 East",
        body="""Please join me in congratulating Leticia Ramos, RN, of 6 East, our November DAISY honoree.
She was nominated for the calm, kind way she leads rapid responses and mentors new grads.
Cinnamon rolls on 6 East Thursday at 1400!

Beth Ann Kowalski, DNP, RN, Chief Nursing Officer
""",
        atts=(
            Att("DAISY_Nov2026_LeticiaRamos_RN_6East.png", "image/png", png(8, 6, (240, 200, 60))),
        ),
    ),
    Spec(
        phi=False,
        category="support_group_flyer",
        notes="Hard negative: transplant support group flyer about a health topic sent to a community venue; no individual",
        frm="Transplant Social Work <txsocialwork@lakemonthealth.org>",
        to="events@eaupointelibrary.org",
        subject="Room booking - Kidney Transplant Support Group 2027",
        body="""Hi Jenna,

Could we book the Riverside Room on the second Thursday of each month, 6-7:30 PM, for
2027? Flyer text for your community board:

  Kidney Transplant Support Group - living with a new kidney, waiting for one, or caring
  for someone who is. Topics: anti-rejection medicines, going back to work, fear of rejection.
  Free, no registration.

Thanks, Wendell Okafor, LICSW
""",
    ),
    Spec(
        phi=False,
        category="mm_conference_deidentified",
        notes="Hard negative: M&M conference notice with a generic de-identified case stem (decade of age, no dates or names)",
        frm="Surgery Residency <surgresidency@lakemonthealth.org>",
        to="Surgery Department <surgery.dept@lakemonthealth.org>",
        subject="M&M Tuesday",
        body="""M&M Tuesday 6:30 AM, Room B-210.

Case 1: Hepatic artery thrombosis after liver transplant - timing of Doppler surveillance
Case 2: Delayed recognition of abdominal compartment syndrome in the SICU

Presenters: PGY-4 and PGY-2. Cases are de-identified; please do not add identifiers to the slides.
""",
    ),
    Spec(
        phi=False,
        category="device_recall_notice",
        notes="Hard negative: blood warmer recall notice with device lot numbers, no patient",
        frm="Supply Chain <supplychain@lakemonthealth.org>",
        to="Nurse Managers <nursemanagers@lakemonthealth.org>",
        subject="RECALL Class II: fluid/blood warmer disposable sets",
        body="""Manufacturer recall: warmer disposable sets, lots 24K118, 24K121, 24K130 (possible
leak at the heat exchanger). Remove from PAR locations and return to Supply Chain by 11/12.
Replacement lot 25A004 is on the shelf. Report any related event in the safety system.
""",
    ),
    Spec(
        phi=False,
        category="blood_standing_order",
        notes="Hard negative: hospital's standing blood product order to the supplier by ABO type and quantity",
        frm="Transfusion Service <bloodbank@lakemonthealth.org>",
        to="Distribution <distribution@prairieblood.org>",
        subject="Standing order wk of 11/16",
        body="""Standing order for the week of 11/16:

  RBC LR: O+ 60, O- 14, A+ 48, A- 8, B+ 12, AB+ 4
  Apheresis PLT: 18 (pathogen reduced preferred)
  FP24: A 20, AB 10
  Cryo pools: 12

Please hold 4 extra O- if you can spare them. Thanks, Lakemont Blood Bank
""",
    ),
    Spec(
        phi=False,
        category="applicant_interview",
        notes="Recruiter schedules a job interview with an applicant at gmail",
        frm="Talent Acquisition <careers@lakemonthealth.org>",
        to="Jasmine Ofori <jasmine.ofori.rn@gmail.com>",
        subject="Interview - RN Medical ICU",
        body="""Hi Jasmine,

Thanks for applying to the MICU night RN position (Req RN-26-1184). The manager would like to
meet you Tuesday, November 17 at 1:00 PM in Tower A, 4th floor. Plan on 90 minutes including
a unit tour. Bring your licence and BLS card.

Talent Acquisition
""",
    ),
    Spec(
        phi=False,
        category="ceo_town_hall",
        notes="CEO town hall mail about budget and patient volumes (aggregate)",
        frm="Office of the CEO <ceo@lakemonthealth.org>",
        to="All Staff <allstaff@lakemonthealth.org>",
        subject="Town hall recap and FY27 outlook",
        body="""Thank you to the 1,100 of you who joined yesterday's town hall.

Highlights: inpatient admissions are up 6% and average length of stay is down to 4.9 days.
We will open 12 new medical-surgical beds on 7 North in February and add 80 nursing positions.
The 2.5% merit increase is confirmed for January.

Recording is on the intranet.
""",
    ),
    Spec(
        phi=False,
        category="phishing_warning",
        notes="IT security phishing warning",
        frm="Information Security <infosec@lakemonthealth.org>",
        to="All Staff <allstaff@lakemonthealth.org>",
        subject="Phishing: fake 'payroll update' emails",
        body="""We're seeing emails titled "Payroll direct deposit update required" that link to a fake
login page. Lakemont will never ask for your password by email. Use the Report Phish button.
If you entered your password, call the Service Desk at x4-4357 now.
""",
    ),
    Spec(
        phi=False,
        category="unit_staffing_huddle",
        notes="Hard negative: staffing grid with census numbers and acuity counts, no patient named",
        frm="Staffing Office <staffing@lakemonthealth.org>",
        to="House Supervisors <housesupers@lakemonthealth.org>",
        subject="1500 staffing huddle",
        body="""1500 huddle:
  MICU census 26/28, 3 CRRT, 2 ECMO-capable rooms open - need 1 RN for nights
  SICU 22/24 - OK
  6 East 31/32, 4 pending admits from ED - float 1 CNA
  5 West 20/24 - 2 transplants expected overnight (kidney offers accepted)

Agency: 2 RNs confirmed for 1900.
""",
    ),
    Spec(
        phi=False,
        category="antibiogram",
        notes="Hard negative: annual antibiogram summary (percent susceptible) for prescribers",
        frm="Antimicrobial Stewardship <stewardship@lakemonthealth.org>",
        to="All Prescribers <prescribers@lakemonthealth.org>",
        subject="2026 antibiogram published",
        body="""The 2026 inpatient antibiogram is on the intranet. Highlights:
  E. coli: ceftriaxone 84% S, pip-tazo 91% S, ciprofloxacin 71% S
  P. aeruginosa (ICU): cefepime 86% S, meropenem 80% S
  S. aureus: MRSA 34% of isolates; vancomycin 100% S

Empiric pyelonephritis guidance updated: ceftriaxone remains first line.
""",
    ),
]
