"""St. Brendan Community Hospital: ordinary outbound mail without PHI (staff notices, vendors,
aggregates, clinicians, test patients, policies)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import SBC, WCR, Att, Spec

HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|EPIC|STBRENDAN|PCC|WILLOWCREEK|20261109100000||ADT^A01|TEST0001|T|2.5.1",
        "EVN|A01|20261109100000",
        "PID|1||ZZ9990001^^^SBCH^MR||ZZTEST^INTERFACE^ONE||19000101|U|||"
        "1 TEST ST^^TESTVILLE^WI^00000",
        "PV1|1|I|TEST^001^A^SBCH||||||||MED",
        "DG1|1||Z00.00^TEST DIAGNOSIS - NOT A REAL PATIENT^I10",
        "",
    ]
)

MESSAGES = [
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: pharmacy shortage bulletin naming drugs and conditions, no patient.",
        frm=f"Pharmacy Department <pharmacy@{SBC}>",
        to=f"medstaff@{SBC}",
        cc=f"don@{WCR}",
        subject="Shortage update: furosemide injection, iohexol (Omnipaque) 350",
        body=(
            "Prescribers and nursing leaders,\n\n1. Furosemide 10 mg/mL injection: wholesaler "
            "allocation cut to 60%. For stable CHF patients able to take PO, convert to oral "
            "furosemide (IV:PO ~1:2) or bumetanide. Reserve IV for acute decompensated heart "
            "failure and patients who are NPO.\n2. Iohexol 350: contrast CT protocols for "
            "suspected PE remain unchanged; radiology will screen non-urgent contrast studies.\n"
            "3. Our SNF partners (Willow Creek cc'd) report the same furosemide shortage; "
            "please include PO equivalents on transfer orders.\n\n"
            "Mei-Ling Cho, PharmD, BCPS\nDirector of Pharmacy"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate_readmission_report_pdf",
        notes="Hard negative: aggregate 30-day readmission rates by condition, no individuals.",
        frm=f"Quality & Case Management <cmquality@{SBC}>",
        to="qualityboard@stbrendanfoundation.org",
        subject="Q3 readmissions dashboard for Thursday's Quality Committee",
        body="Attached is the Q3 dashboard. Headline: CHF readmits down to 17.9% from 21.4%.\n",
        atts=(
            Att(
                "Q3_2026_readmissions.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN COMMUNITY HOSPITAL - 30-DAY READMISSIONS, Q3 2026",
                        "Condition        Index discharges   Readmits   Rate    CMS benchmark",
                        "Heart failure              134            24     17.9%      20.2%",
                        "Pneumonia                  118            17     14.4%      16.6%",
                        "COPD                        87            16     18.4%      19.5%",
                        "AMI                         41             6     14.6%      15.8%",
                        "Hip/knee replacement        96             4      4.2%       4.5%",
                        "All-cause                2,311           302     13.1%      14.9%",
                        "Top driver: discharges to SNF (readmit rate 22% vs 11% home).",
                    ],
                    "Q3 readmissions",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll_open_enrollment",
        notes="Hard negative: HR benefits mail mentioning health plans, HSA and employee IDs.",
        frm=f"Human Resources <benefits@{SBC}>",
        to=f"allstaff@{SBC}",
        subject="Open enrollment closes Nov 20 - action required",
        body=(
            "Team,\n\nOpen enrollment for 2027 benefits closes Friday 11/20 at 5 PM. If you do "
            "nothing, your medical plan carries over but your FSA/HSA elections do NOT.\n\n"
            "- Medical: Prairieland PPO premiums rise 4.1%; the HDHP stays flat.\n"
            "- New: virtual physical therapy and diabetes prevention program at no cost.\n"
            "- Payroll: the 12/4 paycheck is the first with 2027 deductions.\n\n"
            "Log in to Workday with your employee ID (starts with E0) to elect. Questions: "
            "benefits@stbrendan.org or ext. 4410.\n\nCarla Wojcik, Benefits Manager"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_cm",
        notes="Hard negative: job posting for an RN case manager listing clinical duties.",
        frm=f"Talent Acquisition <careers@{SBC}>",
        to="jobs@wisconsinhospitalassoc.org",
        subject="Posting: RN Case Manager, 0.9 FTE (req 26-1187)",
        body=(
            "Please post on the WHA job board:\n\nRN Case Manager - Inpatient, 0.9 FTE, days\n"
            "Coordinate discharge plans for medical-surgical patients, including SNF, IRF, "
            "LTACH and hospice referrals; complete InterQual reviews; lead multidisciplinary "
            "rounds. Requires WI RN license, 3 years acute care; CCM preferred. Pay range "
            "$41.20-$58.75/hr, $7,500 sign-on.\nApply: stbrendan.org/careers\n\nThanks,\nEmma"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped_po",
        notes="Hard negative: supply invoice with an SSN-shaped purchase order number.",
        frm=f"Accounts Payable <ap@{SBC}>",
        to="ar@northwoodsmedicalsupply.com",
        subject="Remittance - PO 418-22-7301, invoice NMS-88214",
        body=(
            "Hello,\n\nPayment of $18,442.16 was released by ACH today for invoice NMS-88214 "
            "(PO 418-22-7301): 40 cs wound vac canisters, 12 cs foley kits 16Fr, 6 bariatric "
            "walkers. Short-shipped line 4 (hydrocolloid dressings) was deducted.\n\n"
            "Remit detail ref: ACH 0009188342\n\nSteve Olander\nAccounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="conference_agenda_clinicians",
        notes="Hard negative: care transitions summit agenda; clinician names with disease topics.",
        frm=f"Continuing Education <ce@{SBC}>",
        to="members@wicasemanagers.org",
        cc=f"jpelletier@{SBC}",
        subject="Agenda: Northwoods Care Transitions Summit, Dec 4",
        body=(
            "Northwoods Care Transitions Summit - Friday Dec 4, St. Brendan Auditorium\n\n"
            "08:00  Registration\n"
            "08:30  Anita Raman, MD (Pulmonology): Keeping COPD patients out of the hospital\n"
            "09:30  Kwame Asante, DO (Cardiology): Heart failure handoffs to SNFs that work\n"
            "10:45  Panel: 42 CFR Part 2 and coordinating opioid use disorder care - Rebecca "
            "Lindgren, JD; Ana Ruiz, MD (Addiction Medicine, New Horizons Recovery Center)\n"
            "12:00  Lunch\n13:00  Sepsis survivors after discharge - Joanne Pelletier, RN, CCM\n\n"
            "5.5 contact hours. Register at stbrendan.org/ce"
        ),
    ),
    Spec(
        phi=False,
        category="credentialing_npi_dea",
        notes="Hard negative: medical staff approval with a physician's NPI and DEA number.",
        frm=f"Medical Staff Services <medstaff.office@{SBC}>",
        to="credentialing@prairielandhealthplan.com",
        subject="Provider update - new cardiologist effective 12/1",
        body=(
            "Please add to our roster for network participation:\n\n"
            "Tomasz Nowak, MD - Cardiovascular Disease\nNPI: 1848733311\nDEA: BN6220002\n"
            "WI license 71455-20\nPrivileges: general cardiology, TEE, cardioversion; approved by "
            "the Board 11/05/2026. Effective 12/01/2026.\nPractice location: St. Brendan Heart "
            "Clinic, 1200 Abbey Road, Suite 300.\n\nLinda Marsh, CPMSM"
        ),
    ),
    Spec(
        phi=False,
        category="test_patient_script",
        notes="Hard negative: EHR upgrade test script with clearly labelled ZZTEST patients.",
        frm=f"Epic Application Team <epicteam@{SBC}>",
        to=f"superusers@{SBC}",
        subject="Upgrade testing - Case Management scripts for Saturday",
        body=(
            "Superusers,\n\nUse only the TEST environment (TST) and these test patients:\n\n"
            "  ZZTEST, CASEMGMT ONE   MRN ZZ9990011  test admit dx: CHF (fake)\n"
            "  ZZTEST, CASEMGMT TWO   MRN ZZ9990012  test admit dx: hip fracture (fake)\n\n"
            "Script CM-04: place a SNF referral for ZZTEST TWO, attach PT note, send to "
            "'Willow Creek TEST' in Allscripts sandbox. Confirm the discharge disposition flows "
            "to the A03.\nNone of these are real patients; do not use production.\n\nBrandon"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research_csv",
        notes="Hard negative: de-identified extract (age bands, 3-digit ZIP, LOS) for a study.",
        frm=f"Research Office <research@{SBC}>",
        to="hsr-team@uwmadison-hsr.edu",
        subject="De-identified extract for SNF transitions study (IRB 2026-0412)",
        body=(
            "Dr. Feldman,\n\nAttached is the Safe Harbor de-identified extract under our DUA. "
            "No dates beyond year, ages 90+ grouped, ZIP3 only. 1,806 rows.\n\nRita Osei\n"
            "Research Coordinator"
        ),
        atts=(
            Att(
                "snf_transitions_deid_2025.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,year,primary_dx,los_days,dispo,readmit30\n"
                "R00001,80-89,F,544,2025,I50.23,6,SNF,1\n"
                "R00002,70-79,M,544,2025,J44.1,4,HOME_HH,0\n"
                "R00003,90+,F,544,2025,S72.142A,7,SNF,0\n"
                "R00004,60-69,M,545,2025,A41.9,9,SNF,1\n"
                "R00005,50-59,F,544,2025,N39.0,3,HOME,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy_docx",
        notes="Hard negative: discharge planning policy DOCX with clinical wording, no patient.",
        frm=f"Policy Administrator <policies@{SBC}>",
        to=f"cm-team@{SBC}",
        subject="Revised policy CM-14 Discharge Planning - effective 12/1",
        body="Revised policy attached; changes are highlighted in section 4.\n",
        atts=(
            Att(
                "CM-14_Discharge_Planning_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Policy CM-14: Discharge Planning",
                        "Scope: all inpatients and observation patients over 48 hours.",
                        "4.1 Patients with heart failure, COPD, pneumonia or sepsis receive a "
                        "follow-up appointment within 7 days before discharge.",
                        "4.2 For SNF discharges, the case manager offers a choice list with CMS "
                        "star ratings and documents the patient's selection.",
                        "4.3 Patients receiving buprenorphine are referred to a community MOUD "
                        "provider with consent compliant with 42 CFR Part 2.",
                        "Approved: Patient Care Committee, 10/28/2026.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="it_downtime_notice",
        notes="IT downtime notice for the EHR and referral portal.",
        frm=f"IT Service Desk <servicedesk@{SBC}>",
        to=f"allstaff@{SBC}",
        cc=f"it-support@{WCR}",
        subject="Planned downtime Sun 11/15 02:00-04:30",
        body=(
            "Epic, the Allscripts referral portal and the ADT interfaces to Willow Creek will be "
            "unavailable Sunday 11/15 from 02:00 to 04:30. Downtime packets and BCA PCs are on "
            "every unit. Queued HL7 messages will be sent after the window.\n\nIT Service Desk "
            "x4357"
        ),
    ),
    Spec(
        phi=False,
        category="community_flu_newsletter_html",
        notes="Health topics for the public (flu shots, RSV), no individual; HTML-only.",
        frm=f"St. Brendan Community Health <community@{SBC}>",
        to="subscribers@lists.stbrendan.org",
        subject="Flu and RSV shots this Saturday - no appointment needed",
        body="",
        html=(
            "<html><body><h2>Protect yourself this winter</h2><p>Free flu shots for adults and "
            "kids 6 months+ this Saturday, 9-1, St. Brendan Community Room. Adults 60 and over "
            "and pregnant people at 32-36 weeks can ask about the RSV vaccine.</p>"
            "<ul><li>Bring your insurance card if you have one</li><li>No one turned away</li>"
            "</ul><p>People with asthma, diabetes or heart disease are at higher risk of "
            "complications - talk to your doctor.</p>"
            "<p><a href='https://www.stbrendan.org/flu'>Learn more</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="ceo_update_census",
        notes="Executive update with average census, margins and volumes.",
        frm=f"Office of the President <president@{SBC}>",
        to=f"leaders@{SBC}",
        subject="October operating results",
        body=(
            "Leaders,\n\nOctober average daily census was 118 (budget 112); ED visits 3,402; "
            "surgical cases 611. Operating margin 1.8% YTD. Length of stay improved to 4.3 days, "
            "mostly from faster SNF placements since the Willow Creek liaison started.\n\n"
            "Thank you for a strong month.\n\nFr. Daniel Mulcahy\nPresident & CEO"
        ),
    ),
    Spec(
        phi=False,
        category="grand_rounds_clinician_disease",
        notes="Hard negative: grand rounds announcement, physician name with sepsis/HIV topics.",
        frm=f"Medical Education <meded@{SBC}>",
        to=f"medstaff@{SBC}",
        subject="Grand Rounds Wed: Dr. Samuel Osei on sepsis and HIV co-infection",
        body=(
            "Wednesday noon, Auditorium and Teams.\nSamuel Osei, MD, Infectious Diseases: "
            "'Sepsis bundles in the ED: what changed in 2026, and managing patients living with "
            "HIV'.\nLunch provided. 1.0 AMA PRA Category 1 Credit."
        ),
    ),
    Spec(
        phi=False,
        category="ems_bed_status",
        notes="Bed availability and diversion status to county EMS, counts only.",
        frm=f"House Supervisor <nsupervisor@{SBC}>",
        to="dispatch@cityline-ems.com",
        subject="Capacity 1900",
        body=(
            "St. Brendan status 19:00: OPEN. ICU 3 beds, step-down 2, med-surg 7, peds 4. "
            "Cath lab available. ED wait for ESI 3: 55 min. No diversion.\n\nGreg"
        ),
    ),
    Spec(
        phi=False,
        category="staff_recognition_daisy",
        notes="Hard negative: DAISY award to a nurse (workforce member), no patient named.",
        frm=f"Nursing Administration <cno@{SBC}>",
        to=f"allstaff@{SBC}",
        subject="Congratulations to our November DAISY honoree",
        body=(
            "Please join me in congratulating Maria Delgado, RN, of 4 West, our November DAISY "
            "Award honoree. A family wrote that Maria stayed past the end of her shift to help "
            "them understand hospice options, and that she 'made a frightening week feel "
            "manageable.' Celebration Friday 2 PM on 4 West.\n\nKaren Lindberg, MSN, RN, CNO"
        ),
    ),
    Spec(
        phi=False,
        category="linen_contract_renewal",
        notes="Vendor contract renewal with pricing.",
        frm=f"Supply Chain <contracts@{SBC}>",
        to="accounts@tristatelinen.com",
        subject="Contract renewal 2027 - counter-proposal",
        body=(
            "Hi Dave,\n\nWe can accept the 3-year term at $0.71/lb for standard linen if "
            "isolation gowns stay at $0.38 each and the surcharge for weekend pickups is waived. "
            "Redlined agreement to follow from legal.\n\nPatricia Engel\nSupply Chain Manager"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_demo_forward_ics",
        notes="Forwarded vendor thread plus a calendar invite for a software demo; no patients.",
        frm=f"Joanne Pelletier <jpelletier@{SBC}>",
        to=f"Renee Kowalski <rkowalski@{WCR}>",
        subject="FW: CarePort demo - want to join?",
        body=(
            "Renee, they're demoing the post-acute network features on the 18th. Thought your "
            "admissions team might want to see how referrals would look from your side.\n\nJo"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//St Brendan//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sb-demo-20261118@stbrendan.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261118T190000Z\r\nDTEND:20261118T200000Z\r\n"
            "SUMMARY:CarePort post-acute network demo\r\nLOCATION:Teams\r\n"
            "ORGANIZER:mailto:jpelletier@stbrendan.org\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:rkowalski@willowcreekrehab.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
        forward=Spec(
            phi=False,
            category="vendor_demo_forward_ics",
            notes="inner",
            frm="Jared Lutz <jlutz@careportvendor.com>",
            to=f"jpelletier@{SBC}",
            subject="CarePort demo - post-acute network",
            body=(
                "Hi Joanne,\n\nConfirming the demo for 11/18 at 1 PM CT. We'll cover referral "
                "tracking, SNF bed availability and the readmission analytics dashboard. Feel "
                "free to invite your SNF partners.\n\nJared Lutz\nAccount Executive"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cm_productivity_xlsx",
        notes="Hard negative: staff productivity workbook (case manager names, counts, LOS).",
        frm=f"Nicole Brandvold <nbrandvold@{SBC}>",
        to=f"director.cm@{SBC}",
        subject="October CM productivity",
        body="Attached; two tabs (by case manager and by payer). Averages only.\n",
        atts=(
            Att(
                "CM_productivity_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By_case_manager": [
                            ["Case manager", "Discharges", "Avg LOS", "SNF refs", "Avoid days"],
                            ["Pelletier, Joanne", 142, 4.1, 38, 6],
                            ["Oyelaran, Marcus", 118, 4.6, 29, 11],
                            ["Haugen, Kristi", 131, 3.9, 22, 4],
                        ],
                        "By_payer": [
                            ["Payer", "Discharges", "Avg LOS", "Denied days"],
                            ["Medicare FFS", 201, 4.8, 3],
                            ["Prairieland", 96, 3.7, 12],
                            ["Medicaid HMO", 94, 4.2, 7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient_access_week_html",
        notes="HTML-only staff celebration newsletter.",
        frm=f"Patient Access Leadership <pa-leaders@{SBC}>",
        to=f"patientaccess@{SBC}",
        subject="Happy Patient Access Week!",
        body="",
        html=(
            "<html><body><h3>Thank you, Patient Access!</h3><p>This year you registered 61,000 "
            "visits, cut average ED registration time to 3.2 minutes, and verified insurance on "
            "98.6% of scheduled visits before arrival.</p><p>Breakfast burritos Tuesday, "
            "trivia Thursday (prize: extra PTO day).</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="interpreter_usage_stats",
        notes="Interpreter vendor usage by language, minutes only.",
        frm=f"Language Services <interpreters@{SBC}>",
        to="accountmgr@voicebridgelanguage.com",
        subject="October usage reconciliation",
        body=(
            "Hi Sana,\n\nOur October video/phone minutes by language: Hmong 4,112; Spanish "
            "3,870; Vietnamese 410; Russian 205; ASL (VRI) 388. Your invoice shows 9,410 total; "
            "our logs show 8,985. Can you send the call detail so we can reconcile?\n\n"
            "Tou Vang\nLanguage Services Coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="hl7_spec_test_message",
        notes="Hard negative: interface spec with a clearly fake ZZTEST HL7 sample message.",
        frm=f"Interface Team <interfaces@{SBC}>",
        to="interfaces@pccvendor-integrations.com",
        subject="ADT spec v1.3 and test message",
        body=(
            "Attached is the sample A01 we'll send in the TEST lane (processing ID T). Patient "
            "is our standard interface test record ZZTEST^INTERFACE^ONE, not a real person. "
            "Spec changes: PV1-36 now populated, IN1-49 carries MBI.\n\nSam"
        ),
        atts=(Att("ADT_A01_TEST_sample.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="hcahps_aggregate",
        notes="Hard negative: HCAHPS top-box scores by unit, aggregate only.",
        frm=f"Patient Experience <experience@{SBC}>",
        to=f"nursemanagers@{SBC}",
        subject="HCAHPS Q3: discharge information domain",
        body=(
            "Managers,\n\nQ3 top-box 'Discharge information' by unit (n returned surveys):\n"
            "4 West 84% (n=61) | 5 South 79% (n=55) | 3 East 88% (n=40) | ICU 91% (n=22)\n"
            "Lowest item: 'Staff talked about help you would need at home' - 71% house-wide. "
            "Please review at huddles.\n\nJen Marquardt, Patient Experience"
        ),
    ),
]
