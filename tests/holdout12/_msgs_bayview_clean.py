# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)
"""Bayview Children's Hospital: ordinary outbound mail without PHI (24 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

ICS_MORB = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview Children's//GME//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:gme-grandrounds-1118@bayviewchildrens.org\r\nDTSTAMP:20261109T160000Z\r\n"
    "DTSTART:20261118T160000Z\r\nDTEND:20261118T170000Z\r\n"
    "SUMMARY:Pediatric Grand Rounds: MIS-C five years on (Dr. Olumide Adeyemi)\r\n"
    "LOCATION:Koret Auditorium / Zoom\r\n"
    "DESCRIPTION:1.0 AMA PRA Category 1 credit. Speaker: Olumide Adeyemi MD\\, Pediatric Rheumatology.\r\n"
    "ORGANIZER:mailto:gme@bayviewchildrens.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

TEST_HL7 = (
    "MSH|^~\\&|EPIC|BAYVIEW|CAREWELL|CWHH|20261109101500||ADT^A01|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^BAYVIEW^MR||ZZTEST^PEDSONE^^^^^L||20200101|M|||1 TEST WAY^^TESTVILLE^CA^99999\r"
    "PV1|1|I|TEST^T01^A\r"
    "DG1|1||Z00.00^Test diagnosis - not a patient^I10\r"
)

FHIR_DEID = """{
  "resourceType": "MeasureReport",
  "status": "complete",
  "type": "summary",
  "measure": "http://bayviewchildrens.org/fhir/Measure/clabsi-picu",
  "period": {"start": "2026-07-01", "end": "2026-09-30"},
  "group": [{"population": [
    {"code": {"text": "central-line-days"}, "count": 2214},
    {"code": {"text": "clabsi-events"}, "count": 2}
  ], "measureScore": {"value": 0.90, "unit": "per 1000 line days"}}]
}
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="clinician names with diseases - clinic schedule",
        notes="Hard negative: physician coverage grid naming doctors with leukemia, epilepsy, cystic fibrosis clinics; no patients",
        frm="Specialty Clinic Operations <clinicops@bayviewchildrens.org>",
        to="all-specialty-clinics@bayviewchildrens.org",
        subject="Holiday coverage grid - Thanksgiving week",
        body=(
            "Team, coverage for 11/23-11/27:\n\n"
            "Leukemia/Lymphoma clinic - Dr. Ines Carvalho (Mon/Tue), Dr. Femi Oduya (Wed)\n"
            "Epilepsy clinic - Dr. Karl Halvorsen (Mon), closed Thu/Fri\n"
            "Cystic fibrosis clinic - Dr. Meera Balasubramanian (Tue)\n"
            "Eating disorders program - Dr. Anneliese Ward (Mon-Wed)\n"
            "Please route urgent add-ons through the charge RN.\n\nClinic Ops\n"
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped PO number vendor invoice",
        notes="Hard negative: PO 418-62-7730 and invoice for pulse oximeter probes; reads like an SSN",
        frm="Accounts Payable <ap@bayviewchildrens.org>",
        to="billing@medline-west-dist.com",
        subject="Remittance - PO 418-62-7730",
        body=(
            "Hello,\n\nPayment for invoice INV-2026-88412 (PO 418-62-7730, neonatal SpO2 sensors, 40 cases)\n"
            "was released by ACH today, $14,880.00. Remittance advice ref 772019.\n\n"
            "Regards,\nKiran Desai\nAccounts Payable, Bayview Children's Hospital\n"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: pharmacy shortage bulletin about amoxicillin suspension and albuterol; no patient",
        frm="Pharmacy Department <pharmacy@bayviewchildrens.org>",
        to="medstaff@bayviewchildrens.org",
        subject="Shortage alert: amoxicillin 400 mg/5 mL and albuterol nebs",
        body=(
            "Amoxicillin 400 mg/5 mL suspension is on national backorder through mid-December.\n"
            "For outpatient otitis media prescriptions, consider 250 mg/5 mL or cefdinir for true PCN allergy.\n"
            "Albuterol 2.5 mg/3 mL unit-dose vials are allocated; use MDI with spacer for stable inpatients.\n\n"
            "Questions: Pharmacy Informatics, x3380\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report FHIR MeasureReport",
        notes="Hard negative: FHIR MeasureReport of PICU CLABSI counts; aggregate only",
        frm="Quality & Patient Safety <quality@bayviewchildrens.org>",
        to="data@calchildrensqualitycollab.org",
        subject="Q3 CLABSI submission",
        body="Q3 submission attached in FHIR MeasureReport format. 2 events / 2,214 line days.\n",
        atts=(Att("clabsi_q3_2026.json", "application/fhir+json", FHIR_DEID),),
    ),
    Spec(
        phi=False,
        category="synthetic test patient HL7",
        notes="Hard negative: HL7 ADT with clearly labelled ZZTEST patient for interface validation",
        frm="Interface Team <hl7-ops@bayviewchildrens.org>",
        to="integration@carewellhomehealth.com",
        subject="TEST message for new ADT route - please ACK",
        body=(
            "This is a TEST message (processing ID T) with our standard synthetic patient ZZTEST, PEDSONE.\n"
            "Please confirm your engine returns AA. No production data.\n"
        ),
        atts=(Att("TEST0001_A01.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="grand rounds ICS",
        notes="Hard negative: calendar invite about MIS-C talk by named physician; no patients",
        frm="Graduate Medical Education <gme@bayviewchildrens.org>",
        to="pediatric-residents@bayviewchildrens.org",
        subject="Grand Rounds 11/18",
        body="Grand Rounds invite attached. Lunch provided for in-person attendees.\n",
        ics=ICS_MORB,
    ),
    Spec(
        phi=False,
        category="job posting PICU RN",
        notes="Hard negative: job posting mentioning ECMO, sepsis, trauma; staff recruitment",
        frm="Talent Acquisition <careers@bayviewchildrens.org>",
        to="postings@nursingjobsca.com",
        subject="Posting: PICU RN II - nights, 0.9 FTE",
        body="",
        html=(
            "<html><body><h2>PICU Registered Nurse II - Nights</h2>"
            "<p>Bayview Children's Hospital seeks an experienced RN for our 24-bed PICU caring for children with "
            "sepsis, traumatic brain injury, post-op cardiac surgery and ECMO.</p>"
            "<ul><li>2+ years pediatric acute care</li><li>PALS, BLS required; CCRN preferred</li>"
            "<li>Pay range $72.40-$98.10/hr</li></ul><p>Req #26-1147</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR open enrollment",
        notes="Hard negative: HR mail with employee ID format and benefits deadlines, mentions mental health benefit generically",
        frm="Human Resources <hr@bayviewchildrens.org>",
        to="all-staff@bayviewchildrens.org",
        subject="Open enrollment closes Friday 11/13",
        body=(
            "Reminder: benefits open enrollment closes Friday at 11:59pm.\n"
            "- New this year: expanded behavioral health visits (no copay for 12 therapy sessions)\n"
            "- HSA employer contribution increases to $1,000\n"
            "- Log in with your employee ID (6 digits) at the HR portal\n\n"
            "Questions? benefits@bayviewchildrens.org\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract XLSX",
        notes="Hard negative: research extract with study IDs, age in years only, diagnoses; Safe Harbor de-identified",
        frm="Research Data Core <rdc@bayviewchildrens.org>",
        to="biostat@ucpedsresearchnet.org",
        subject="Bronchiolitis HFNC study - deidentified extract v3",
        body=(
            "Attached is v3 of the de-identified extract (Safe Harbor; HSC determination on file).\n"
            "Study IDs only, ages in years, admission year only. Data dictionary in tab 2.\n"
        ),
        atts=(
            Att(
                "hfnc_deid_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Extract": [
                            ["study_id", "age_yr", "adm_year", "dx", "max_flow_lpm", "picu_transfer"],
                            ["HF-0001", 0, 2025, "RSV bronchiolitis", 8, "N"],
                            ["HF-0002", 1, 2025, "RSV bronchiolitis", 12, "Y"],
                            ["HF-0003", 0, 2026, "hMPV bronchiolitis", 6, "N"],
                        ],
                        "Dictionary": [
                            ["field", "meaning"],
                            ["study_id", "random study identifier, key held by PI"],
                            ["max_flow_lpm", "maximum HFNC flow in L/min"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document DOCX",
        notes="Hard negative: restraint and seclusion policy docx; procedures and conditions, no patients",
        frm="Policy Office <policy@bayviewchildrens.org>",
        to="nursing-leaders@bayviewchildrens.org",
        subject="Revised policy NUR-214 Restraint and Seclusion for review",
        body="Please review redlines by 11/20. Main change: 1-hour face-to-face evaluation wording.\n",
        atts=(
            Att(
                "NUR-214_restraint_seclusion_v7.docx",
                DOCX,
                docx(
                    [
                        "Bayview Children's Hospital Policy NUR-214: Restraint and Seclusion",
                        "Purpose: to protect patients from harm while respecting rights and dignity.",
                        "Restraint for violent or self-destructive behavior requires a physician order within 1 hour.",
                        "Patients with autism spectrum disorder or agitation related to delirium should first receive de-escalation by child life or behavioral response team.",
                        "Documentation: every 15 minutes monitoring of circulation, skin and hydration.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff illness notice",
        notes="Hard negative: manager tells team a staff member is out sick (workforce, not patient) and asks for shift swap",
        frm="Renee Castillo <rcastillo@bayviewchildrens.org>",
        to="5north-rns@bayviewchildrens.org",
        subject="Need coverage Sat night",
        body=(
            "Hi all - Jamal is out this weekend (he's fine, just the flu going around). Anyone able to pick\n"
            "up Saturday 1900-0730? Incentive pay applies. Reply to me directly.\n\nRenee\n5 North Nurse Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda PDF",
        notes="Hard negative: conference agenda with speakers and topics (pediatric sepsis, opioid use disorder in adolescents)",
        frm="Continuing Education <ce@bayviewchildrens.org>",
        to="regional-partners@bayviewchildrens.org",
        cc="events@norcalpedsassn.org",
        subject="Bay Area Pediatric Acute Care Symposium - final agenda",
        body="Final agenda attached. Registration closes 11/20.\n",
        atts=(
            Att(
                "BAPACS_2026_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW CHILDREN'S HOSPITAL - BAY AREA PEDIATRIC ACUTE CARE SYMPOSIUM",
                        "December 4, 2026 - Koret Auditorium",
                        "08:00 Early recognition of pediatric sepsis - Sunita Reddy, MD",
                        "09:00 Adolescent opioid use disorder in the ED - Marcus Lehane, DO",
                        "10:30 Status epilepticus pathways - Karl Halvorsen, MD",
                        "13:00 Panel: Transport of the critically ill neonate",
                    ],
                    "BAPACS 2026 agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider NPI/DEA credentialing",
        notes="Hard negative: medical staff office sends physician NPI and DEA to payer for credentialing; identifiers of clinicians",
        frm="Medical Staff Office <mso@bayviewchildrens.org>",
        to="credentialing@goldenstatekidsplan.com",
        subject="Credentialing packet - new pediatric hospitalist",
        body=(
            "Please add to the Bayview group roster effective 12/1/2026:\n\n"
            "Tomasz Wierzbicki, MD - Pediatric Hospital Medicine\n"
            "NPI: 1200889511\nDEA: BW4165141\nCA license A 178204\n\n"
            "CV and board certificate to follow by secure upload.\n\nMedical Staff Office\n"
        ),
    ),
    Spec(
        phi=False,
        category="marketing newsletter HTML",
        notes="Hard negative: community newsletter about flu shots and RSV season; no individuals",
        frm="Bayview Children's News <news@bayviewchildrens.org>",
        to="subscribers@lists.bayviewchildrens.org",
        subject="Keep your family healthy this RSV season",
        body="",
        html=(
            "<html><body><h1>RSV season is here</h1><p>Infants under 8 months can now get nirsevimab. "
            "Ask your pediatrician. Flu shots are available at all Bayview primary care sites on Saturdays.</p>"
            "<p>Last winter we cared for more than 1,100 children with RSV - most recovered at home.</p>"
            "<p><a href='https://www.bayviewchildrens.org/rsv'>Learn more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="IT downtime notice",
        notes="Downtime notice for EHR upgrade",
        frm="IS Service Desk <servicedesk@bayviewchildrens.org>",
        to="all-staff@bayviewchildrens.org",
        subject="Planned EHR downtime Sun 11/15 01:00-04:00",
        body=(
            "Epic will be unavailable Sunday 11/15 from 01:00 to 04:00 for the quarterly upgrade.\n"
            "Use downtime forms (blue binders) and the BCA read-only PCs. MAR reports print at 00:30.\n"
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you",
        notes="Foundation thanks a donor; mentions toy drive for hospitalized kids generally",
        frm="Bayview Children's Foundation <foundation@bayviewchildrens.org>",
        to="priya.mahajan.sf@gmail.com",
        subject="Thank you for your gift",
        body=(
            "Dear Priya,\n\nThank you for your generous gift of $250 to the Holiday Toy Drive. Your donation\n"
            "will bring joy to the children spending the holidays in our hospital.\n\n"
            "Tax ID 94-1187650. No goods or services were provided in exchange.\n\nWith gratitude,\nBayview Children's Foundation\n"
        ),
    ),
    Spec(
        phi=False,
        category="dashboard of census aggregate XLSX",
        notes="Hard negative: unit-level census and LOS aggregates with diagnoses groups, two sheets",
        frm="Decision Support <decisionsupport@bayviewchildrens.org>",
        to="executive-team@bayviewchildrens.org",
        subject="October throughput dashboard",
        body="October numbers attached. PICU occupancy averaged 91%.\n",
        atts=(
            Att(
                "throughput_oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Unit", "Avg census", "Occupancy %", "ALOS days"],
                            ["PICU", 21.8, 91, 4.6],
                            ["NICU", 44.2, 85, 18.3],
                            ["4 West", 27.0, 84, 3.1],
                        ],
                        "Top DRG groups": [
                            ["Group", "Discharges"],
                            ["Bronchiolitis/RSV", 142],
                            ["Asthma", 88],
                            ["Appendectomy", 51],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="security phishing warning",
        notes="IT security warns about a phishing campaign spoofing lab results",
        frm="Information Security <infosec@bayviewchildrens.org>",
        to="all-staff@bayviewchildrens.org",
        subject="Phishing: fake 'lab results ready' emails",
        body=(
            "We're seeing emails titled 'Your lab results are ready' from bayview-childrens-portal[.]com.\n"
            "That is NOT our domain. Do not click. Report with the Phish Alert button.\n"
        ),
    ),
    Spec(
        phi=False,
        category="facilities photo of damaged ceiling",
        notes="Hard negative: PNG named by room number (not patient) for ceiling leak work order",
        frm="Facilities <facilities@bayviewchildrens.org>",
        to="service@baycommercialroofing.com",
        subject="Leak photo - 4W room 412",
        body="Photo of the ceiling tile stain in room 412 (currently unoccupied and blocked). Can you come Thursday?\n",
        atts=(Att("4W_rm412_ceiling_leak.png", "image/png", png(5, 5, (180, 170, 150))),),
    ),
    Spec(
        phi=False,
        category="child life volunteer schedule CSV",
        notes="Hard negative: CSV of volunteer names, shifts and units; volunteers are workforce",
        frm="Volunteer Services <volunteers@bayviewchildrens.org>",
        to="childlife@bayviewchildrens.org",
        subject="December volunteer schedule",
        body="CSV attached for December playroom coverage.\n",
        atts=(
            Att(
                "volunteers_dec.csv",
                "text/csv",
                "volunteer,unit,day,shift\r\nHelen Zhou,Oncology playroom,Mon,10-13\r\n"
                "Gabriel Ortiz,4 West playroom,Wed,15-18\r\nSunita Patel,Teen lounge,Sat,12-15\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="case study teaching slides with fictional child",
        notes="Hard negative: simulation scenario with fictional child labelled SIMULATION",
        frm="Simulation Center <simcenter@bayviewchildrens.org>",
        to="picu-fellows@bayviewchildrens.org",
        subject="Sim case for Thursday - anaphylaxis",
        body=(
            "SIMULATION CASE (fictional): 'Sammy Simms', 6 y/o manikin, peanut ingestion at a birthday party,\n"
            "urticaria, stridor, BP 70/40. Learners should give IM epinephrine 0.01 mg/kg within 2 minutes.\n"
            "Debrief at 14:30 in Sim Lab B.\n"
        ),
    ),
    Spec(
        phi=False,
        category="contract zip with vendor",
        notes="Zip of vendor contract and SOW for nurse call system",
        frm="Supply Chain <supplychain@bayviewchildrens.org>",
        to="contracts@rauland-westsales.com",
        subject="Signed SOW - nurse call refresh phase 2",
        body="Signed documents attached. PO to follow from AP.\n",
        atts=(
            Att(
                "nursecall_phase2.zip",
                "application/zip",
                zipped(
                    {
                        "SOW_phase2.txt": "Scope: replace nurse call stations on 4 West and 5 North (62 rooms). Term 9 months.",
                        "pricing.csv": "item,qty,unit\r\nstation,62,1480.00\r\nmaster console,2,9200.00\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive memo on measles exposure aggregate",
        notes="Hard negative: CEO memo about a community measles exposure with counts only",
        frm="Office of the CEO <ceo@bayviewchildrens.org>",
        to="board@bayviewchildrens.org",
        subject="Board update: measles exposure response",
        body=(
            "Board members,\n\nLast week a visitor with measles was in our ED waiting room. Infection Prevention\n"
            "identified 64 exposed children and 11 staff; all have been contacted, 9 received immune globulin,\n"
            "and to date there are no secondary cases. The county health department is satisfied with our response.\n\n"
            "Dr. Evelyn Marchetti\nPresident & CEO\n"
        ),
    ),
    Spec(
        phi=False,
        category="referral guidelines to community pediatricians",
        notes="Hard negative: referral criteria for concussion clinic, generic clinical content",
        frm="Sports Medicine <sportsmed@bayviewchildrens.org>",
        to="members@marinpediatricsociety.org",
        subject="When to refer to the Concussion Clinic",
        body=(
            "Dear colleagues,\n\nPlease refer athletes with symptoms lasting more than 4 weeks, repeated concussions,\n"
            "or worsening school performance. Fax referrals to 415-555-0190 with the last visit note.\n\n"
            "Dr. Andre Lavigne, Pediatric Sports Medicine\n"
        ),
    ),
]
