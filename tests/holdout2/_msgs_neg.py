# ruff: noqa: E501
"""Hand-written non-PHI messages; notes starting "Hard negative" look clinical but name no patient."""

from __future__ import annotations

from _spec import Att, Spec
from _xlsx import xlsx

DOM = "marlowvalleyhealth.org"

ICS_COMMITTEE = """\
BEGIN:VCALENDAR\r
PRODID:-//Marlow Valley//Outlook//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:h2-ics-0002@marlowvalleyhealth.org\r
DTSTAMP:20261116T150000Z\r
DTSTART:20261208T130000Z\r
DTEND:20261208T140000Z\r
SUMMARY:Pharmacy & Therapeutics Committee\r
DESCRIPTION:Agenda: formulary review (GLP-1 agonists\\, IV iron products)\\, anticoagulation\r
  reversal protocol update\\, sepsis order set antibiotic timing.\r
LOCATION:Board Room A / Teams\r
ORGANIZER;CN=Pharmacy Administration:mailto:pharmacyadmin@marlowvalleyhealth.org\r
ATTENDEE;CN=Dr. Lena Fairbanks:mailto:lfairbanks@ohiovalleyhealthplan.com\r
END:VEVENT\r
END:VCALENDAR\r
"""

MESSAGES: list[Spec] = [
    Spec(
        False,
        "education",
        "Hard negative: grand rounds announcement full of clinical terms and doses, no patient.",
        f"Medical Staff Office <medstaff@{DOM}>",
        "cme-list@centralohiophysicians.org",
        "Grand Rounds Thursday: Sepsis 2026 update",
        """\
Medicine Grand Rounds - Thursday, December 3, 7:30 AM, Auditorium and Teams

"Early Sepsis Recognition: What Changed in 2026"
Speaker: Kofi Mensah, MD, Hospital Medicine

Objectives: apply the SEP-1 bundle (lactate, blood cultures before antibiotics, 30 mL/kg
crystalloid for hypotension or lactate >= 4); choose empiric therapy such as piperacillin-
tazobactam 4.5 g q6h or cefepime 2 g q8h plus vancomycin; recognise when to start
norepinephrine.

1.0 AMA PRA Category 1 Credit(TM). Open to community physicians.
""",
    ),
    Spec(
        False,
        "deidentified_case",
        "Hard negative: de-identified case for a conference, age under 90, no dates or identifiers.",
        f"Dr. Priya Raghunathan <praghunathan@{DOM}>",
        "Dr. Leon Okafor <lokafor@heartlandcardiology.com>",
        "Interesting case for the regional M&M?",
        """\
Leon,

Thought this might work for the regional M&M. De-identified summary:

A man in his sixties with long-standing hypertension presented with exertional syncope. ECG
showed sinus rhythm with left ventricular hypertrophy; echo revealed severe calcific aortic
stenosis (mean gradient 52 mmHg, AVA 0.7 cm2). He underwent TAVR and did well, but developed
complete heart block on day 2 requiring a permanent pacemaker.

Teaching points: conduction disease after TAVR, predictors (pre-existing RBBB, valve depth).

Happy to put slides together.
Priya
""",
    ),
    Spec(
        False,
        "aggregate_report",
        "Hard negative: ED throughput dashboard with aggregate counts only.",
        f"Decision Support <decisionsupport@{DOM}>",
        "board-quality@marlowvalleyfoundation.org",
        "October ED dashboard",
        """\
October 2026 - Emergency Department

Visits: 4,812 (+3.1% vs Sept)
Admitted: 812 (16.9%)
Left without being seen: 1.8%
Median door-to-provider: 14 min
Median length of stay, discharged patients: 3 h 12 min
Sepsis bundle compliance (SEP-1): 71% (goal 75%)
STEMI door-to-balloon median: 58 min (n = 11)
Behavioral health boarding > 24 h: 19 patients

No patient-level data included.
""",
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: weekly influenza-like illness aggregate report to health department.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "surveillance@fairfieldcountyhealth.gov",
        "Week 46 ILI surveillance",
        """\
Week 46 (11/8 - 11/14) sentinel report, Marlow Valley Medical Center

Total ED + urgent care visits: 1,604
ILI visits: 61 (3.8%)
Age groups: 0-4: 14 | 5-24: 19 | 25-49: 13 | 50-64: 8 | 65+: 7
Rapid flu A positive: 38; flu B: 2; RSV: 21; SARS-CoV-2: 9
Influenza admissions: 6 (ICU: 1)

Infection Prevention
""",
    ),
    Spec(
        False,
        "policy",
        "Hard negative: privacy policy memo quoting HIPAA identifiers and example field names.",
        f"Privacy Office <privacy@{DOM}>",
        "compliance-network@ohiohospitalassoc.org",
        "Draft policy PR-114: email containing PHI",
        """\
Colleagues,

Sharing our revised policy draft for comment at next month's network meeting.

PR-114 section 3: Workforce members must not send protected health information by unencrypted
email. PHI includes any of the 18 identifiers under 45 CFR 164.514(b)(2) - for example names,
medical record numbers, health plan beneficiary numbers, Social Security numbers, dates of
service and full-face photographs - together with information on a person's health, care or
payment for care. Use [secure] in the subject to trigger encryption. Do not put diagnoses or
MRNs in subject lines.

Comments to the Privacy Office by December 15.
""",
    ),
    Spec(
        False,
        "irb",
        "Hard negative: IRB approval letter naming PI and protocol; no participants.",
        f"Institutional Review Board <irb@{DOM}>",
        "Dr. Nadia Qureshi <nqureshi@ohiostateresearch.edu>",
        "IRB approval - protocol MV-2026-031",
        """\
Dear Dr. Qureshi,

The Marlow Valley Medical Center IRB approved the following study on November 16, 2026 under
expedited review category 5:

Protocol: MV-2026-031, "Remote blood-pressure monitoring after preeclampsia: a pragmatic
randomized trial"
Site PI: Sunita Barua, MD
Approval period: 11/16/2026 - 11/15/2027
Enrollment cap at this site: 120 participants
Waiver of documentation of consent: not granted

Please use the stamped consent form version 3.1. Report unanticipated problems within 5
business days.

IRB Office
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: research protocol synopsis with inclusion criteria, no participants.",
        f"Clinical Research Office <research@{DOM}>",
        "feasibility@tridentcro.com",
        "Feasibility questionnaire - NASH study",
        """\
Hello,

Responses to your feasibility questionnaire:

- Estimated eligible patients per year (adults with biopsy-proven NASH F2-F3, BMI 27-45,
  HbA1c < 9.5%): about 40, based on de-identified EHR counts.
- Hepatology investigators: 2; research coordinators: 1.5 FTE
- Fibroscan on site: yes. Central pathology shipping: yes.
- Competing studies: 1 (different mechanism).

Clinical Research Office
""",
    ),
    Spec(
        False,
        "drill",
        "Hard negative: mass-casualty drill with fictitious 'Patient A' placeholders.",
        f"Emergency Management <emergencyprep@{DOM}>",
        "ems-coordinators@fairfieldcountyema.gov",
        "Drill scenario cards - Dec 9 MCI exercise",
        """\
EXERCISE EXERCISE EXERCISE

Scenario cards for the December 9 full-scale MCI exercise (bus rollover, 22 victims):

Patient A - adult male, moulage: open tib/fib fracture, triage YELLOW
Patient B - adult female, simulated tension pneumothorax, triage RED
Patient C - child, ~8 y/o manikin, unresponsive, triage RED
Patient D - "walking wounded", simulated panic attack, triage GREEN
Victims 5-22: see attached matrix

All names on wristbands will be "EXERCISE" + number. No real patient information is used.

EXERCISE EXERCISE EXERCISE
""",
    ),
    Spec(
        False,
        "journal_club",
        "Hard negative: journal club announcement discussing a trial and drug names.",
        f"Dr. Alan Whitfield <awhitfield@{DOM}>",
        "neuro-journalclub@valleyneurology.com",
        "Journal club Dec 10",
        """\
All,

For December we'll discuss the trial comparing early versus delayed initiation of apixaban after
acute ischemic stroke with atrial fibrillation. Key questions: was the hemorrhagic
transformation rate really lower, and how does infarct size change our practice?

Pizza at 6; bring your own critiques.
Alan
""",
    ),
    Spec(
        False,
        "grant_report",
        "Hard negative: grant progress report with counts only.",
        f"Community Health Programs <communityhealth@{DOM}>",
        "grants@midohiofoundation.org",
        "Year 2 progress report - Hypertension outreach grant",
        """\
Dear Program Officer,

Year 2 highlights for grant MOF-2024-117:

- Blood-pressure screenings at 31 barbershops and churches: 2,946 adults screened
- Elevated readings referred to care: 604; linked to a primary-care visit within 60 days: 389
- Home BP cuffs distributed: 450
- Average systolic reduction among enrolled participants at 6 months: 11 mmHg

No participant-level data are included. The full financial report follows under separate cover.
""",
    ),
    Spec(
        False,
        "recall",
        "Hard negative: manufacturer recall to materials management with lot numbers, no patients.",
        f"Supply Chain <supplychain@{DOM}>",
        "recalls@regionalhospitalpurchasing.org",
        "Recall acknowledgment - infusion set lots",
        """\
Acknowledging Class II recall notice RC-26-0912 (infusion pump administration sets, possible
free-flow):

Lots on hand: 24K118, 24K121 - 312 units quarantined in Central Supply on 11/17.
Lots not on hand: 24K130.
Replacement order PO 4500881923 placed.

Supply Chain, Marlow Valley Medical Center
""",
    ),
    Spec(
        False,
        "condolence",
        "Hard negative: condolence to staff member about her father's death; workforce family, not a patient record.",
        f"Janet Brookings <jbrookings@{DOM}>",
        "Maria Delgado <maria.delgado.rn@gmail.com>",
        "Thinking of you",
        """\
Maria,

All of us on 4 West were so sorry to hear that your father passed away after his long fight with
lung cancer. Please don't worry about the schedule at all - Kelly and I have covered your shifts
through the 30th, and your bereavement leave is approved. The team sent flowers to the service
in Zanesville.

With love and sympathy,
Janet
""",
    ),
    Spec(
        False,
        "veterinary",
        "Hard negative: staff member emails their vet about their dog's lab results (animal, not PHI).",
        f"Greg Tomlinson <gtomlinson@{DOM}>",
        "frontdesk@pickeringtonanimalclinic.com",
        "Biscuit's bloodwork",
        """\
Hi,

Following up on Biscuit's (beagle, 9 yrs) bloodwork from Saturday. Dr. Patel said his T4 was low
at 0.6 and his cholesterol high, so hypothyroidism is likely. Can we start the levothyroxine
0.2 mg twice daily she mentioned and recheck in 6 weeks? I can pick up the pills Friday.

Thanks,
Greg Tomlinson
""",
    ),
    Spec(
        False,
        "vendor_marketing",
        "Vendor marketing about remote patient monitoring; mentions conditions, no patient.",
        f"Tracy Ellison <tellison@{DOM}>",
        "Brandon Hale <bhale@lakesidesurgical.com>",
        "FW: RPM platform demo",
        """\
Brandon - this is the vendor I mentioned. Their pricing looked reasonable.

---------- Forwarded message ---------
From: CardioLink Health <sales@cardiolinkhealth.com>
Subject: See how CardioLink cuts CHF readmissions by 38%

Remote patient monitoring for heart failure, COPD and hypertension: Bluetooth scales, BP cuffs
and pulse oximeters, billed under CPT 99453, 99454 and 99457. Book a 20-minute demo today!
""",
    ),
    Spec(
        False,
        "staff_roster",
        "Hard negative: CSV roster of nursing staff (workforce names, phones, licence) to staffing agency.",
        f"Nursing Administration <nursingadmin@{DOM}>",
        "scheduler@flexnursestaffing.com",
        "Charge nurse contact list for agency staff",
        """\
Attached is the charge nurse contact list for your travelers' orientation packets.
""",
        atts=(
            Att(
                "charge_nurses_dec.csv",
                "text/csv",
                "Unit,Charge RN,Shift,Unit phone,RN license\r\n"
                "3 North,Tamsin Carrow,Days,740-555-0171,RN.443918\r\n"
                "3 North,Devon Pike,Nights,740-555-0171,RN.512044\r\n"
                "4 West,Janet Brookings,Days,740-555-0174,RN.398210\r\n"
                "ICU,Cassandra Wilde,Days,740-555-0179,RN.477120\r\n"
                "ED,Marcus Oyelowo,Nights,740-555-0190,RN.501763\r\n",
            ),
        ),
    ),
    Spec(
        False,
        "staff_notice",
        "Hard negative: staff birthday list with names and birth dates (workforce, no health info).",
        f"3 North Unit Council <3north@{DOM}>",
        "Ashley Greenwood <agreenwood.home@gmail.com>",
        "December birthdays for the potluck",
        """\
Hi Ashley (sending to your home email since you're on leave!),

December birthdays for the potluck on the 12th:
- Devon Pike - Dec 3
- Tamsin Carrow - Dec 9
- Luis Echeverria - Dec 17
- Mona Friedrich - Dec 28

Please bring a dish - sign-up sheet is in the break room.
""",
    ),
    Spec(
        False,
        "hr_benefits",
        "Hard negative: open enrolment reminder with plan, member ID card and deductible vocabulary.",
        f"Benefits Team <benefits@{DOM}>",
        "all-staff-personal@lists.marlowvalleyhealth.org",
        "Last week of open enrollment",
        """\
Open enrollment for 2027 benefits closes Friday, November 20 at 11:59 PM.

- Medical: PPO and HDHP with HSA; the HDHP deductible rises to $1,900 single / $3,800 family.
- New member ID cards will be mailed in late December.
- Add dependents by uploading a birth or marriage certificate.
- Vision and dental premiums are unchanged.

Questions? Benefits hotline 740-555-0109.
""",
    ),
    Spec(
        False,
        "job_posting",
        "Job posting for oncology RN; clinical vocabulary, no patient.",
        f"Talent Acquisition <careers@{DOM}>",
        "jobs@ohionursesassociation.org",
        "Posting: RN - Outpatient Infusion (Oncology)",
        """\
Marlow Valley Cancer Center seeks an experienced RN for outpatient infusion.

Responsibilities: administer chemotherapy and biotherapy, manage central lines and ports, monitor
for infusion reactions and neutropenic fever, educate patients and families.
Requirements: Ohio RN license, 2 years oncology experience, ONS/ONCC Chemotherapy Biotherapy
Certificate, BLS. OCN preferred.

Full time, days, no weekends. Apply by 12/15, req 26-0412.
""",
    ),
    Spec(
        False,
        "out_of_office",
        "Clinician's own out-of-office auto-reply.",
        f"Dr. Hannah Szabo <hszabo@{DOM}>",
        "orders@apexhomemedical.com",
        "Automatic reply: order status",
        """\
I am out of the office November 18-27 with limited access to email. For urgent clinical matters
please contact the Wound Care Clinic at 740-555-0155 or page the covering physician, Dr. Olsen.
For DME paperwork, contact Kerri Voss.

Hannah Szabo, MD
""",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Spec(
        False,
        "it_ticket",
        "Hard negative: IT ticket about specimen label printer, no patient.",
        f"IT Service Desk <servicedesk@{DOM}>",
        "support@zebrapartnerservices.com",
        "Case 00918301 - label printer 3N-LAB-02 misfeeds",
        """\
Vendor support,

Specimen label printer 3N-LAB-02 (ZD621, S/N 52J224901877) misfeeds every 3rd label since the
firmware update on 11/12, so nurses are reprinting labels for blood cultures. Please advise on
the firmware rollback. Printer IP 10.44.12.87.

IT Service Desk
""",
    ),
    Spec(
        False,
        "supply_chain",
        "Hard negative: purchase order for drugs with doses and NDCs.",
        f"Pharmacy Purchasing <rxpurchasing@{DOM}>",
        "orders@cardinalwholesale-partner.com",
        "PO 4500882011 - weekly order",
        """\
Please confirm the following:

NDC 63323-0540-31  Heparin sodium 5,000 units/mL, 1 mL vial    qty 25 x 25
NDC 0169-4772-15   Ozempic 2 mg/1.5 mL pen                      qty 40
NDC 0088-2220-33   Lantus SoloStar 100 units/mL pen             qty 60
NDC 0409-4888-10   Sodium chloride 0.9% 10 mL flush             qty 100 x 20
NDC 55150-0185-10  Vancomycin 1 g vial                          qty 50

Ship to: Marlow Valley Medical Center, Receiving Dock B.
""",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: staff newsletter 'nurse of the month' naming staff and unit work.",
        f"Communications <communications@{DOM}>",
        "news@marlowvalleyfoundation.org",
        "Copy for the December newsletter",
        """\
Nurse of the Month: Cassandra Wilde, RN, ICU

Cassandra has worked in our ICU for 12 years. This fall she led the unit's effort to cut
central-line infections, and the ICU has now gone 240 days without a CLABSI. "It's the whole
team," she says. Outside work, Cassandra coaches her daughter's softball team and volunteers
at the county fair first-aid tent.
""",
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: provider roster with NPIs to a health plan (clinician identifiers are not PHI).",
        f"Medical Staff Credentialing <credentialing@{DOM}>",
        "provdata@buckeyecommunityplan.com",
        "Roster update - new providers effective 12/1",
        """\
Please add the following providers to our group contract (TIN on file), effective 12/1/2026:

Hannah Szabo, MD - Wound Care / General Surgery - NPI 1526018159
Anil Mehra, MD - Gastroenterology - NPI 1908301660
Benedikt Hauser, MD - Pulmonology - NPI 1131860912
Sunita Barua, MD - Obstetrics & Gynecology - NPI 1390996035
Kofi Mensah, MD - Hospital Medicine - NPI 1082462817

Practice location: 1500 Harmon Pkwy, Marlow OH. Accepting new patients: yes.
""",
    ),
    Spec(
        False,
        "formulary",
        "Hard negative: formulary update memo with drug names, doses and indications.",
        f"Pharmacy & Therapeutics <pharmacyadmin@{DOM}>",
        "rx-directors@regionalhospitalpurchasing.org",
        "P&T decisions - November",
        """\
Summary of November P&T decisions (for the regional GPO):

- Added: tirzepatide (restricted to continuation of home therapy)
- Removed: ertapenem from ED stock; use ceftriaxone 2 g for most intra-abdominal infections
- Therapeutic interchange: pantoprazole 40 mg for all PPIs; rosuvastatin 20 mg for
  atorvastatin 40 mg when not in stock
- Andexanet alfa restricted to ICH with apixaban or rivaroxaban within 18 hours
""",
    ),
    Spec(
        False,
        "education",
        "Hard negative: ICD-10 coding tip sheet with codes, no patient.",
        f"Coding Education <codingeducation@{DOM}>",
        "coders@himpartnersgroup.com",
        "Coding tip: diabetes with complications",
        """\
Reminder for the outsourced coding team:

- E11.9 is type 2 diabetes without complications; if the provider links hyperglycemia, use E11.65.
- Diabetic CKD requires two codes: E11.22 plus N18.x for the stage.
- Long-term insulin use: Z79.4; oral hypoglycemics: Z79.84.
- Do not code "uncontrolled" without documentation of hyper- or hypoglycemia.

Coding Education, HIM
""",
    ),
    Spec(
        False,
        "lab_notice",
        "Hard negative: lab reference-range change notice to client physicians.",
        f"MVMC Laboratory <lab-results@{DOM}>",
        "office@greenfieldfamilypractice.com",
        "Reference range change - high-sensitivity troponin",
        """\
Effective December 1, 2026, the laboratory will report high-sensitivity troponin T (hs-cTnT)
with sex-specific 99th percentile limits: female 10 ng/L, male 15 ng/L. Delta values at 0 and
1 hour will be reported automatically. Results are in ng/L, not ng/mL.

Questions: Laboratory Client Services, 740-555-0199.
""",
    ),
    Spec(
        False,
        "aggregate_report",
        "Hard negative: infection counts by unit (aggregate quality data).",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "quality@ohiopatientsafetycollab.org",
        "Q3 HAI data submission",
        """\
Q3 2026 HAI summary, Marlow Valley Medical Center:

CLABSI: 1 (ICU), SIR 0.42
CAUTI: 3 (3 North 2, 4 West 1), SIR 0.88
C. difficile (hospital-onset): 5, SIR 0.71
MRSA bacteremia: 0
SSI colon: 2 of 61 procedures

Hand-hygiene compliance: 91%.
""",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: patient-safety story, de-identified event, no names or dates.",
        f"Patient Safety <patientsafety@{DOM}>",
        "safety-network@ohiopatientsafetycollab.org",
        "Lessons learned: look-alike insulin pens",
        """\
Safe Story for the network bulletin:

On one of our medical units, a patient was nearly given rapid-acting insulin instead of basal
insulin because the two pens were stored side by side in the same bin. A second nurse caught
the error during the double-check, and no harm occurred. We now store basal and bolus pens in
separate, colour-coded bins and added a barcode scan step.

Please share with your nursing leaders.
""",
    ),
    Spec(
        False,
        "template_review",
        "Hard negative: appointment-reminder template with placeholders sent to vendor.",
        f"Patient Access <patientaccess@{DOM}>",
        "implementation@remindlyhealth.com",
        "Template approval - SMS reminder v4",
        """\
Approved wording for the SMS reminder (please load to production):

"Hi {{FirstName}}, this is Marlow Valley reminding you of your appointment on {{ApptDate}} at
{{ApptTime}} at {{DeptName}}. Reply C to confirm or R to reschedule. Reply STOP to opt out."

Do not include provider specialty or department names for Behavioral Health, OB or Infectious
Diseases; use "Marlow Valley clinic" instead.
""",
    ),
    Spec(
        False,
        "it_ticket",
        "Hard negative: HL7 test message with obvious test patient (ZZTEST) in attachment.",
        f"Interface Team <interfaces@{DOM}>",
        "support@medibridgeinterfaces.com",
        "Test message for the new ORU feed",
        """\
Attached is the sample ORU^R01 from our TEST environment for the new feed. The patient is a
synthetic test record (ZZTEST, INTERFACE) that exists only in TST; values are made up.
""",
        atts=(
            Att(
                "sample_oru_tst.hl7",
                "text/plain",
                "MSH|^~\\&|EPIC|MVMC-TST|MEDIBRIDGE|LAB|20261116101500||ORU^R01|TST0001|T|2.5.1\r\n"
                "PID|1||TST9999001^^^MVMC^MR||ZZTEST^INTERFACE||19000101|U\r\n"
                "OBR|1||TST-ORD-1|CBC^COMPLETE BLOOD COUNT\r\n"
                "OBX|1|NM|WBC^WBC||9.9|10*3/uL|4.0-11.0|N|||F\r\n",
            ),
        ),
    ),
    Spec(
        False,
        "meeting_minutes",
        "Hard negative: medical executive committee minutes (privileging, no patients).",
        f"Medical Staff Office <medstaff@{DOM}>",
        "lfairbanks@ohiovalleyhealthplan.com",
        "MEC minutes - November (community member copy)",
        """\
Medical Executive Committee - November 10, 2026 (approved)

1. Privileges granted: robotic-assisted prostatectomy (Dr. Abernathy); TAVR proctoring complete
   (Dr. Okafor).
2. Sepsis order set revision approved.
3. Peer review: 4 cases referred, 3 closed with no opportunity for improvement, 1 educational
   letter (details confidential under ORC 2305.252).
4. Next meeting December 8.
""",
    ),
    Spec(
        False,
        "clinical_question",
        "Hard negative: pharmacist's generic dosing question to a colleague, no patient.",
        f'"Rachel Soto, PharmD" <rsoto@{DOM}>',
        "Jin Woo Bae <jbae@ohiostatetertiary.org>",
        "Vanc AUC dosing in obesity",
        """\
Jin Woo,

Quick question for your AUC program: for patients over 150 kg, do you still cap the loading dose
at 3 g, and do you use Bayesian software from the first level or only after two levels? We are
writing our protocol and would love to borrow yours.

Rachel
""",
    ),
    Spec(
        False,
        "contract",
        "Vendor BAA negotiation email; mentions PHI generically.",
        f"Contracts Office <contracts@{DOM}>",
        "legal@remindlyhealth.com",
        "BAA redlines",
        """\
Counsel,

Our redlines to the Business Associate Agreement are attached in your portal. Main points:
breach notification within 5 business days (not 30); subcontractors handling PHI must sign
equivalent terms; return or destruction of PHI within 30 days of termination; audit rights once
per year. We can sign once these are resolved.

Contracts Office
""",
    ),
    Spec(
        False,
        "press_release",
        "Press release about new cath lab with aggregate volumes.",
        f"Communications <communications@{DOM}>",
        "newsdesk@lancastereaglegazette.com",
        "News release: Marlow Valley opens second cardiac cath lab",
        """\
FOR IMMEDIATE RELEASE

Marlow Valley Medical Center opened its second cardiac catheterization lab on November 16. The
hospital performed 1,140 cardiac catheterizations and 312 emergency angioplasties last year;
the new lab will shorten wait times for scheduled procedures. "Minutes matter in a heart attack,"
said Leon Okafor, MD, director of interventional cardiology.

Media contact: Communications, 740-555-0102.
""",
    ),
    Spec(
        False,
        "facilities",
        "Hard negative: EVS cleaning schedule with room numbers only.",
        f"Environmental Services <evs@{DOM}>",
        "supervisor@brightstarcleaningservices.com",
        "Terminal cleans Saturday",
        """\
Team lead,

Saturday terminal cleans for your contract crew: 3N rooms 301-318, 4W rooms 401-408, plus the
ICU isolation rooms 7 and 9 (C. diff protocol - use the sporicidal wipes, 10-minute contact
time). UV robot available from 10:00.

EVS Manager
""",
    ),
    Spec(
        False,
        "facilities",
        "Parking garage closure notice to neighbours.",
        f"Facilities <facilities@{DOM}>",
        "neighbors@harmonparkwayassoc.org",
        "Garage B closure Dec 5-6",
        """\
Garage B on Harmon Parkway will be closed December 5-6 for resurfacing. Visitors should use
Garage A or the surface lot on Elm Street; shuttle service runs every 10 minutes. We apologize
for the inconvenience.
""",
    ),
    Spec(
        False,
        "aggregate_report",
        "Community benefit summary with counts.",
        f"Community Health Programs <communityhealth@{DOM}>",
        "reporting@ohiohospitalassoc.org",
        "Community benefit figures 2026",
        """\
Community benefit, FY2026:

Charity care at cost: $6.2 million
Free mammograms (mobile unit): 1,018
Sports physicals for uninsured students: 744
Naloxone kits distributed: 2,300
Smoking cessation class graduates: 96
""",
    ),
    Spec(
        False,
        "residency",
        "Residency interview schedule naming applicants (not patients).",
        f"GME Office <gme@{DOM}>",
        "interviewers@eastsideinternists.com",
        "Interview day Dec 4 - faculty schedule",
        """\
Thank you for interviewing on December 4. Your applicants:

9:00  Aaliyah Brooks (Ohio University HCOM)
9:30  Tomasz Wieczorek (St. George's)
10:00 Priyanka Nair (Wright State)
10:30 Samuel Otieno (Case Western)

Evaluations in the portal by Dec 7.
""",
    ),
    Spec(
        False,
        "staff_notice",
        "Hard negative: blood drive with blood types and eligibility, no patient.",
        f"Volunteer Services <volunteers@{DOM}>",
        "members@marlowrotary.org",
        "Blood drive Dec 11 - O negative urgently needed",
        """\
The Red Cross blood drive returns to Marlow Valley on Friday, December 11, 8 AM - 2 PM,
Community Room A. Type O negative and platelet donors are especially needed. You must be 16+
(with consent), weigh at least 110 lb, and wait 8 weeks after your last whole-blood donation.
Eat a good meal and drink water beforehand!
""",
    ),
    Spec(
        False,
        "aggregate_report",
        "Staff flu-vaccination compliance by department, percentages only.",
        f"Employee Health <employeehealth@{DOM}>",
        "reporting@ohiohospitalassoc.org",
        "Workforce influenza vaccination - season to date",
        """\
Season to date (as of 11/16):

Nursing 94% | Physicians 97% | Environmental Services 81% | Food Services 78% |
Administration 89% | Contracted staff 72%
Overall: 90.4% of 2,418 workers. Medical/religious exemptions: 3.1%.
""",
    ),
    Spec(
        False,
        "calendar",
        "Hard negative: committee meeting invite (text/calendar) with drug topics only.",
        f"Pharmacy Administration <pharmacyadmin@{DOM}>",
        "Dr. Lena Fairbanks <lfairbanks@ohiovalleyhealthplan.com>",
        "Invitation: P&T Committee - Tue Dec 8 8am",
        """\
You have been invited to the Pharmacy & Therapeutics Committee, Tuesday December 8, 8:00 AM.
""",
        ics=ICS_COMMITTEE,
    ),
    Spec(
        False,
        "report_attachment",
        "Hard negative: XLSX overtime report with staff rows only.",
        f"Reports Server <reports-noreply@{DOM}>",
        "payroll@paylineservices.com",
        "Scheduled report: Overtime by employee, PP 2026-23",
        """\
This is an automated report generated by MVMC Reporting Services.
Report: Overtime by employee | Pay period 2026-23 | Rows: 4
""",
        atts=(
            Att(
                "overtime_pp2026-23.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    [
                        ["Employee ID", "Name", "Department", "Job", "Regular hrs", "OT hrs"],
                        ["E10442", "Devon Pike", "3 North", "RN", 72, 14.5],
                        ["E10918", "Marcus Oyelowo", "Emergency", "RN", 80, 22.0],
                        ["E11203", "Luis Echeverria", "Radiology", "CT Technologist", 76, 8.25],
                        ["E09877", "Mona Friedrich", "Laboratory", "MLS", 80, 6.0],
                    ],
                    "Overtime",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "education",
        "Hard negative: lecture on rare disease with literature case series, no patients.",
        f"Dr. Walter Imhoff <wimhoff@{DOM}>",
        "residents@ohiostatepathology.edu",
        "Slides: Fabry disease on renal biopsy",
        """\
Residents,

Slides from yesterday's session are in the shared drive. Key images: zebra bodies on electron
microscopy, podocyte vacuolization on light microscopy. The literature case series we discussed
(n = 59) found proteinuria as the presenting feature in 40%. Remember to suggest alpha-
galactosidase A enzyme activity and GLA sequencing in the report comment.
""",
    ),
    Spec(
        False,
        "patient_education",
        "Generic patient education handout sent to print vendor.",
        f"Patient Education <patiented@{DOM}>",
        "orders@printworksohio.com",
        "Print job: Going home after hip replacement (rev. 11/2026)",
        """\
Please print 2,000 copies of the attached handout (tri-fold, color):

"Going Home After Your Hip Replacement" - hip precautions (no bending past 90 degrees, no
crossing legs), blood-thinner reminders, signs of infection, when to call your surgeon.

Proof to Patient Education by Dec 1.
""",
    ),
    Spec(
        False,
        "system_notification",
        "Automated password-expiry notice to a staff member.",
        f"IT Identity <no-reply-identity@{DOM}>",
        "Luis Echeverria <lechevarria.personal@outlook.com>",
        "Your network password expires in 5 days",
        """\
Hello Luis Echeverria,

Your Marlow Valley network password expires in 5 days. Change it at https://password.marlowvalleyhealth.org
from a hospital workstation. If you did not expect this message, contact the Service Desk at x4357.
""",
    ),
    Spec(
        False,
        "system_notification",
        "Hard negative: EHR downtime notice with downtime procedures.",
        f"Clinical Informatics <informatics@{DOM}>",
        "affiliates@eastsideinternists.com",
        "Planned EHR downtime Sun 11/22 01:00-05:00",
        """\
The EHR will be unavailable Sunday 11/22 from 01:00 to 05:00 for an upgrade. Affiliated
practices will not be able to view results or place orders. Use downtime requisitions; critical
lab values will be phoned by the laboratory. The read-only BCA PCs remain available on each unit.
""",
    ),
    Spec(
        False,
        "philanthropy",
        "Donor thank-you letter; donor, not a patient.",
        f"Marlow Valley Foundation <foundation@{DOM}>",
        "gerald.whitcombe@whitcombeinsurance.com",
        "Thank you for your gift",
        """\
Dear Mr. Whitcombe,

On behalf of the Foundation board, thank you for your generous gift of $25,000 to the Cancer
Center Infusion Suite campaign. Your support will fund eight new infusion chairs with views of
the garden. We will recognize your gift on the donor wall unless you prefer to remain anonymous.

With gratitude,
Foundation Office
""",
    ),
    Spec(
        False,
        "education",
        "Medical student evaluation (education record, not PHI).",
        f"Dr. Kofi Mensah <kmensah@{DOM}>",
        "clerkship@ohiouniversityhcom.edu",
        "Clerkship evaluation - student",
        """\
Evaluation for medical student Ethan Koval, internal medicine clerkship (Block 4):

Clinical reasoning: exceeds expectations; presentations were organized and he consistently
generated a thoughtful differential. Areas for growth: efficiency with notes. Recommend Honors.
""",
    ),
    Spec(
        False,
        "personal",
        "Clinician's personal mail about a child's soccer game.",
        f"Dr. Priya Raghunathan <praghunathan@{DOM}>",
        "coach.benson@pickeringtonyouthsoccer.org",
        "Saturday carpool",
        """\
Hi Coach,

I can drive four kids to the away game in Granville on Saturday - we leave the school lot at
8:15. Anika will bring the orange slices. Go Hornets!

Priya
""",
    ),
    Spec(
        False,
        "nutrition",
        "Hard negative: cafeteria and patient menu cycle with therapeutic diet names.",
        f"Food and Nutrition Services <nutrition@{DOM}>",
        "menus@sodexopartner-services.com",
        "Week 49 menu cycle",
        """\
Week 49 cycle approved with changes:

- Cardiac (2 g Na) and renal (2 g K, 1 g phos) diets: replace ham and bean soup with chicken
  vegetable, low sodium.
- Consistent-carbohydrate diet: 60 g carbohydrate per meal; swap the cornbread for a dinner roll.
- Dysphagia level 5 (minced and moist): add the new pureed turkey option.
""",
    ),
    Spec(
        False,
        "chaplaincy",
        "Hard negative: annual remembrance service announcement, no patient names.",
        f"Spiritual Care <spiritualcare@{DOM}>",
        "clergy-association@marlowministerial.org",
        "Service of Remembrance - December 13",
        """\
Dear colleagues in ministry,

Our annual Service of Remembrance for families who lost a loved one at Marlow Valley this year
will be held Sunday, December 13 at 3 PM in the hospital chapel. Families receive a personal
invitation from us; we ask only that you share the date with your congregations and consider
joining the procession.

Rev. Thomas Hargrove, Spiritual Care
""",
    ),
    Spec(
        False,
        "public_health",
        "Hard negative: health department's aggregate measles alert forwarded to clinics.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "office@westgatepediatrics.com",
        "FW: Health alert - measles in Fairfield County",
        """\
Forwarding for your awareness.

> Fairfield County Health Department Health Alert, 11/16/2026:
> Two confirmed measles cases have been reported in the county, both unvaccinated. Exposure
> sites will be posted on our website. Clinicians should consider measles in patients with fever
> and rash, isolate promptly, and call us before sending specimens.
""",
    ),
    Spec(
        False,
        "interpreter",
        "Hard negative: interpreter training schedule, no patients.",
        f"Language Services <interpreters@{DOM}>",
        "dispatch@globallinkinterpreting.com",
        "Medical terminology refresher for contract interpreters",
        """\
We're offering a medical-terminology refresher for contract interpreters on December 2, 9-12.
Topics: oncology vocabulary (chemotherapy, radiation, staging), consent for surgery, and the
teach-back method for discharge instructions. Spanish, Arabic, Nepali and Haitian Creole tracks.
Please send me the names of interpreters who will attend.
""",
    ),
    Spec(
        False,
        "transport",
        "Hard negative: transport vendor rate sheet and contract terms.",
        f"Contracts Office <contracts@{DOM}>",
        "accounts@ridesafemedtrans.com",
        "2027 rates - non-emergency transport",
        """\
Confirming the 2027 rates: ambulatory $38 base + $2.10/mile; wheelchair $62 base + $2.60/mile;
stretcher $185 base + $4.50/mile; wait time $30/hour after 15 minutes. Standing dialysis routes
billed monthly. Please send the updated certificate of insurance.
""",
    ),
    Spec(
        False,
        "supply_chain",
        "Saline backorder notice to clinics.",
        f"Supply Chain <supplychain@{DOM}>",
        "managers@eastsideinternists.com",
        "Backorder: 250 mL normal saline bags",
        """\
The 250 mL 0.9% sodium chloride bags are on manufacturer backorder until mid-January. Please use
100 mL bags for IV push dilution where possible and limit par levels to 2 days' supply. Central
Supply will reallocate stock weekly.
""",
    ),
    Spec(
        False,
        "dme",
        "Hard negative: DME vendor catalogue pricing for clinic stock, no patient.",
        f"Orthopedic Clinic <orthoclinic@{DOM}>",
        "sales@apexhomemedical.com",
        "Consignment stock pricing",
        """\
Hi, please quote consignment stock for the ortho clinic: post-op knee brace (hinged, universal),
CAM boots (short and tall), wrist splints S/M/L, and standard walkers. We use about 30 CAM boots
per month. HCPCS codes L1833, L4361, L3908 on the invoices, please.
""",
    ),
    Spec(
        False,
        "emergency_prep",
        "Hard negative: hazmat decontamination drill after-action report with placeholder names.",
        f"Emergency Management <emergencyprep@{DOM}>",
        "hpp-region5@odh-partners.org",
        "After-action report - decon drill 11/14",
        """\
After-action summary, 11/14 hazmat decontamination drill:

- 14 simulated victims (volunteers tagged "DRILL-01" to "DRILL-14") processed in 46 minutes
- Simulated organophosphate exposure: atropine/pralidoxime kits retrieved in 6 minutes
- Gap: decon tent heater failed; replacement ordered
- Gap: radio dead zone at the ambulance bay

No real patients were involved.
""",
    ),
    Spec(
        False,
        "hr_benefits",
        "Employee Assistance Program reminder to staff (no individual).",
        f"Human Resources <hr@{DOM}>",
        "all-staff-personal@lists.marlowvalleyhealth.org",
        "You are not alone - EAP over the holidays",
        """\
The holidays can be hard. Our Employee Assistance Program offers free, confidential counseling
for you and your household members - for stress, grief, substance use or financial worries -
24/7 at 1-800-555-0127. Up to six sessions per issue at no cost.
""",
    ),
    Spec(
        False,
        "vendor_marketing",
        "Hospital's own service-line marketing to a general list (no condition segmentation).",
        f"Marlow Valley Health <news@{DOM}>",
        "community-subscribers@lists.marlowvalleyhealth.org",
        "New: same-day sports medicine appointments",
        """\
Sprained ankle on Saturday? Our new Sports Medicine walk-in clinic is open Saturdays 8 AM - noon
at the Pickerington campus. X-ray on site, most insurance accepted.

You are receiving this newsletter because you subscribed at marlowvalleyhealth.org.
Unsubscribe at any time.
""",
    ),
    Spec(
        False,
        "research",
        "Hard negative: de-identified aggregate dataset description for a registry.",
        f"Clinical Research Office <research@{DOM}>",
        "data@ohiostrokeregistry.org",
        "Q3 de-identified registry extract",
        """\
The Q3 de-identified extract has been uploaded to the registry SFTP: 214 acute ischemic stroke
encounters, fields limited to age band (18-44, 45-64, 65-79, 80+), sex, NIHSS, tPA yes/no,
door-to-needle minutes and 90-day mRS. No names, dates, ZIP codes or record numbers, per the
expert-determination memo on file.
""",
    ),
]
