"""Summit Ridge Rehabilitation Hospital: outbound mail with no PHI (some of it alarming)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import PSP, SRR, Att, Spec

DEID_CSV = (
    "study_id,age_band,sex,impairment_group,admit_fim_motor,discharge_fim_motor,los_days,"
    "discharge_setting\r\n"
    "R0001,65-74,M,01.2 stroke right body,31,58,17,community\r\n"
    "R0002,75-84,F,01.1 stroke left body,27,49,21,SNF\r\n"
    "R0003,45-54,M,04.220 paraplegia complete,40,71,28,community\r\n"
    "R0004,55-64,F,05.4 unilateral LE amputation BK,45,70,12,community\r\n"
    "R0005,18-24,M,02.22 TBI closed,38,72,19,community\r\n"
    "R0006,85+,F,01.2 stroke right body,22,35,14,SNF\r\n"
)

QUALITY_PDF = pdf(
    [
        "SUMMIT RIDGE REHABILITATION HOSPITAL",
        "Program Outcomes - Q3 2026 (July-September)",
        "",
        "Stroke program: 142 discharges; 78% discharged to community; mean FIM gain 24.6",
        "Spinal cord injury: 37 discharges; 84% to community; mean LOS 26.1 days",
        "Brain injury: 58 discharges; 71% to community; mean FIM gain 27.3",
        "Amputee program: 44 discharges; 91% to community; 36 fitted with prosthesis by 90 days",
        "",
        "Falls with injury: 0.21 per 1,000 patient days (national benchmark 0.38)",
        "CAUTI: 0 events; pressure injuries stage 2+: 2 (both present on admission)",
        "Patient experience (likelihood to recommend): 91st percentile",
    ],
    "Q3 2026 Program Outcomes",
)

FALLS_POLICY = docx(
    [
        "SUMMIT RIDGE REHABILITATION HOSPITAL - NURSING POLICY NSG-214",
        "Title: Fall Prevention and Post-Fall Huddle",
        "Effective: 12/01/2026    Supersedes: 03/15/2024",
        "1. All patients are screened with the Morse Fall Scale on admission and every shift.",
        "2. Patients with impulsivity, neglect or anosognosia after stroke or brain injury are "
        "placed on the high-risk bundle (bed alarm, low bed, hourly rounding).",
        "3. Patients with new lower-limb amputation must not stand without the residual limb "
        "protector and a staff member present.",
        "4. After any fall the charge nurse leads a huddle within 30 minutes and files a "
        "safety event report. Do not document the event report in the medical record.",
        "Approved: Nurse Executive Council",
    ]
)

STAFFING = xlsx(
    {
        "3 West (SCI-Amputee)": [
            ["Date", "Day RN", "Night RN", "Charge", "PCT"],
            ["2026-12-01", "Greer, T.", "Ibekwe, C.", "Halloran, M.", "Duarte, J."],
            ["2026-12-02", "Greer, T.", "Ibekwe, C.", "Sandoval, R.", "Duarte, J."],
            ["2026-12-03", "Pham, K.", "Lindqvist, E.", "Sandoval, R.", "Begay, A."],
        ],
        "2 East (Stroke-BI)": [
            ["Date", "Day RN", "Night RN", "Charge", "PCT"],
            ["2026-12-01", "Morrow, S.", "Adeyemi, F.", "Kozlov, D.", "Hart, L."],
            ["2026-12-02", "Morrow, S.", "Okonkwo, P.", "Kozlov, D.", "Hart, L."],
        ],
    }
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="employee flu vaccine clinic notice",
        notes="Staff notice about the employee flu clinic; no individual's health information.",
        frm=f"Employee Health <employeehealth@{SRR}>",
        to=f"All Staff <allstaff@{SRR}>",
        subject="Employee flu shots - last two clinics this month",
        body="Reminder: the last two employee flu clinics are Tuesday 11/17 (7-10 AM, "
        "cafeteria) and Thursday 11/19 (2-6 PM, 3 West lounge). Bring your badge. Declination "
        "forms are due 11/30.\n\nEmployee Health",
    ),
    Spec(
        phi=False,
        category="aggregate program outcomes PDF",
        notes="Hard negative: quarterly outcomes by program (stroke, SCI, brain injury, "
        "amputee) with counts and rates only, sent to a referral partner.",
        frm=f"Harriet Lindqvist <hlindqvist@{SRR}>",
        to="Dr. Samuel Oduya <soduya@alleghenygeneralhealth.org>",
        subject="Our Q3 outcomes, as promised",
        body="Sam,\n\nGood to see you at the trauma symposium. As promised, our Q3 program "
        "outcomes are attached - the amputee numbers are the ones I mentioned.\n\nBest,\n"
        "Harriet\n\nHarriet Lindqvist\nChief Executive Officer\nSummit Ridge Rehabilitation "
        "Hospital",
        atts=(Att("SRR_Q3_2026_outcomes.pdf", "application/pdf", QUALITY_PDF),),
    ),
    Spec(
        phi=False,
        category="grand rounds announcement with clinician and disease",
        notes="Hard negative: a physician's name next to spinal cord injury and autonomic "
        "dysreflexia as a lecture topic.",
        frm=f"Medical Staff Office <medstaff@{SRR}>",
        to=f"Medical Staff <medicalstaff@{SRR}>",
        cc="cme@alleghenygeneralhealth.org",
        subject="Grand Rounds 11/19: Autonomic dysreflexia after SCI",
        body="Grand Rounds this Thursday, 12:00-1:00, Auditorium B and Teams.\n\n"
        "Speaker: Anjali Raghunathan, MD, Physical Medicine & Rehabilitation, SCI Medicine\n"
        "Topic: Autonomic dysreflexia after spinal cord injury - recognition, bowel and "
        "bladder triggers, and nifedipine vs. nitropaste\n\n1.0 AMA PRA Category 1 Credit.\n"
        "Lunch provided.",
    ),
    Spec(
        phi=False,
        category="job posting neuro PT",
        notes="Hard negative: job posting mentions stroke, SCI and brain injury caseloads.",
        frm=f"Talent Acquisition <careers@{SRR}>",
        to="postings@alliedhealthjobs.com",
        subject="Posting: Physical Therapist - Brain Injury Unit (FT, days)",
        body="Please post the following through 12/31:\n\nPhysical Therapist - Brain Injury "
        "Unit\nSummit Ridge Rehabilitation Hospital, Pittsburgh PA\n\nCaseload: adults with "
        "traumatic and anoxic brain injury, disorders of consciousness, and dual diagnosis "
        "stroke/TBI. Experience with Lokomat, body-weight-supported treadmill and the "
        "Rancho scale preferred. NCS or CBIS a plus. $5,000 sign-on bonus.\n\nApply at "
        "careers.summitridgerehab.org/req/4471",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT downtime notice to staff and partners; no patient information.",
        frm=f"Summit Ridge IT Service Desk <servicedesk@{SRR}>",
        to=f"All Staff <allstaff@{SRR}>",
        subject="Planned EHR downtime Sun 11/22 01:00-04:00",
        body="The EHR will be unavailable Sunday 11/22 from 01:00 to 04:00 for an upgrade. "
        "Downtime packets (paper MAR, therapy flow sheets) are in each unit's red binder. "
        "The read-only BCA workstation on each unit will stay up.\n\nDale Heffernan\nIT",
    ),
    Spec(
        phi=False,
        category="vendor remittance with SSN-shaped PO",
        notes="Hard negative: accounts payable remittance whose purchase-order number has the "
        "shape of an SSN.",
        frm=f"Accounts Payable <ap@{SRR}>",
        to="AR Department <ar@tristaterehabsupply.com>",
        subject="Remittance advice - PO 471-22-8130",
        body="Hello,\n\nPayment of $18,442.16 was released by ACH today for:\n\n"
        "PO 471-22-8130  Invoice TRS-99817  Hi-lo therapy mats x4\n"
        "PO 471-22-8131  Invoice TRS-99842  Parallel bars, adjustable x1\n\n"
        "Please reference the PO number on all future invoices.\n\nAccounts Payable\n"
        "Summit Ridge Rehabilitation Hospital",
    ),
    Spec(
        phi=False,
        category="synthetic test patient in training environment",
        notes="Hard negative: a clearly labelled test patient in the training environment with "
        "a stroke diagnosis and orders, for an IT build ticket.",
        frm=f"Dale Heffernan <dheffernan@{SRR}>",
        to="Support <support@rehabemrvendor.com>",
        subject="Case 22871 - IRF-PAI section GG not pulling into TRN",
        body="Hi,\n\nRepro steps in TRAIN (not production):\n\n1. Open test patient "
        "ZZTEST, STROKEONE (MRN TST0004412, fictitious, created for build testing).\n"
        "2. Enter admission assessment with impairment group 01.2, CVA right body.\n"
        "3. Section GG self-care items do not flow to the IRF-PAI export.\n\nThis happens for "
        "every test patient we create. Can you look before the 12/1 upgrade?\n\nDale",
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: pharmacy shortage notice naming drugs, doses and substitutes.",
        frm=f"Pharmacy <pharmacy@{SRR}>",
        to=f"Prescribers <prescribers@{SRR}>",
        subject="SHORTAGE: enoxaparin 40 mg syringes",
        body="Due to a national shortage, enoxaparin 40 mg/0.4 mL prefilled syringes are "
        "restricted effective today.\n\n- VTE prophylaxis in SCI patients: continue enoxaparin "
        "(protected supply).\n- All other prophylaxis: heparin 5,000 units SC q8h, or apixaban "
        "2.5 mg BID if already on a DOAC plan.\n- Order set VTE-IRF has been updated.\n\n"
        "Questions: Farah Desai, PharmD, x4410",
    ),
    Spec(
        phi=False,
        category="fall prevention policy DOCX",
        notes="Hard negative: nursing policy document that talks about stroke, brain injury "
        "and amputation in general terms.",
        frm=f"Nursing Administration <nursingadmin@{SRR}>",
        to="Policy Review <policyreview@carelinksnf.org>",
        subject="Our fall policy for the affiliation review",
        body="Attached is our current fall prevention policy for your affiliation review. Let me "
        "know if you need the Morse scale tool as well.\n\nMaureen Halloran, MSN, RN\nDirector "
        "of Nursing",
        atts=(Att("NSG-214_Fall_Prevention.docx", DOCX, FALLS_POLICY),),
    ),
    Spec(
        phi=False,
        category="HR open enrollment reminder",
        notes="Hard negative: employee benefits mail (health plan, HSA, EAP) to all staff, no "
        "individual information.",
        frm=f"Human Resources <hr@{SRR}>",
        to=f"All Staff <allstaff@{SRR}>",
        subject="Open enrollment closes Friday - HSA and dental changes",
        body="Open enrollment for 2027 benefits closes Friday 11/20 at 5 PM.\n\n- The HDHP "
        "employer HSA contribution rises to $1,000 (single) / $2,000 (family).\n- Dental now "
        "covers implants at 50%.\n- The Employee Assistance Program (counselling, substance use "
        "support) stays free and confidential.\n\nLog in to the benefits portal to make "
        "changes. Payroll deductions start with the 1/8 paycheck.\n\nHuman Resources",
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: conference agenda full of clinical topics and speaker names.",
        frm=f"Kofi Mensah <kmensah@{SRR}>",
        to="Program Committee <program@tristaterehabconf.org>",
        subject="Final agenda - Tri-State Rehab Symposium day 2",
        body="Final day-2 agenda below.\n\n 8:00  Spasticity after SCI: botulinum toxin vs. "
        "intrathecal baclofen - G. Achterberg, PhD & A. Raghunathan, MD\n 9:15  Early "
        "prosthetic fitting in dysvascular transtibial amputation - B. Ekwueme, CPO "
        "(ProStride)\n10:30  Home IV antibiotics after osteomyelitis: what rehab teams need "
        "to know - H. Vasquez-Moore, MD (CareFlow)\n11:45  Dysphagia after stroke: IDDSI in "
        "practice - P. Nandakumar, CCC-SLP\n\nKofi",
    ),
    Spec(
        phi=False,
        category="de-identified outcomes extract to university",
        notes="Hard negative: de-identified research extract (study ids, age bands, "
        "impairment groups, FIM scores) under a data use agreement.",
        frm=f"Research Office <research@{SRR}>",
        to="Dr. Meera Kulkarni <mkulkarni@pitt-rehabsci.edu>",
        subject="DUA 2026-07 extract (de-identified)",
        body="Meera,\n\nAttached is the de-identified extract under DUA 2026-07 (Safe Harbor: no "
        "dates beyond year, age bands, ages 90+ collapsed, no geography). Study ids are random "
        "and the key stays with us.\n\nRegards,\nResearch Office",
        atts=(Att("srr_dua2026-07_extract.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="community stroke awareness newsletter HTML",
        notes="Hard negative: HTML-only health newsletter (BE FAST stroke signs) to a community "
        "list; no individual.",
        frm=f"Summit Ridge Community Education <news@{SRR}>",
        to="community-list@summitridgerehab.org",
        subject="Would you know the signs of a stroke?",
        body="",
        html=(
            "<html><body><h2>BE FAST: know the signs of stroke</h2><ul><li><b>B</b>alance - "
            "sudden loss of balance</li><li><b>E</b>yes - sudden vision loss</li><li><b>F</b>"
            "ace - drooping on one side</li><li><b>A</b>rm - weakness</li><li><b>S</b>peech - "
            "slurred or strange</li><li><b>T</b>ime - call 911</li></ul><p>Free blood pressure "
            "screenings every first Saturday at our Bridgeville clinic. Our stroke support "
            "group meets the second Tuesday of each month.</p><p><small>Summit Ridge "
            "Rehabilitation Hospital, Pittsburgh PA. Unsubscribe</small></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="parking garage closure",
        notes="Facilities notice.",
        frm=f"Facilities <facilities@{SRR}>",
        to=f"All Staff <allstaff@{SRR}>",
        subject="Garage level 2 closed Monday",
        body="Garage level 2 will be closed Monday for resurfacing. Staff please use the "
        "overflow lot on Carver St; the shuttle runs every 10 minutes from 6 AM.\n\nFacilities",
    ),
    Spec(
        phi=False,
        category="nurse staffing XLSX",
        notes="Hard negative: multi-sheet staffing schedule with staff names and unit names "
        "like 'SCI-Amputee' and 'Stroke-BI'.",
        frm=f"Maureen Halloran <mhalloran@{SRR}>",
        to="Scheduling <scheduling@nursefindersagency.com>",
        subject="December coverage - agency gaps",
        body="Hi,\n\nOur December schedule is attached. We still need agency RNs for nights on "
        "3 West 12/4-12/6 and a PCT on 2 East 12/3. Rehab or med-surg experience "
        "required.\n\nMaureen",
        atts=(Att("Dec_staffing_3W_2E.xlsx", XLSX, STAFFING),),
    ),
    Spec(
        phi=False,
        category="referral fax change to partners",
        notes="Operational notice to referral sources with phone and fax numbers of the hospital.",
        frm=f"Admissions <admissions@{SRR}>",
        to="Case Management <casemanagement@alleghenygeneralhealth.org>",
        subject="New referral fax number starting 12/1",
        body="Please update your records: starting 12/1 our referral fax is (412) 555-0199 and "
        "the liaison line is (412) 555-0100. E-referrals through the portal are unchanged.\n\n"
        "Summit Ridge Admissions",
    ),
    Spec(
        phi=False,
        category="CME webinar calendar invite",
        notes="Hard negative: ICS invite for a clinical webinar on TBI with clinician speakers.",
        frm=f"Medical Staff Office <medstaff@{SRR}>",
        to=f"Gideon Achterberg <gachterberg@{SRR}>",
        cc="sfeldstein@pittneuropsychassoc.com",
        subject="Invitation: Webinar - Post-traumatic agitation management",
        body="Calendar hold for the regional brain injury webinar. Slides due 11/30.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Ridge//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:srr-cme-20261203@summitridgerehab.org\r\n"
            "DTSTAMP:20261106T150000Z\r\nDTSTART:20261203T170000Z\r\nDTEND:20261203T180000Z\r\n"
            "SUMMARY:CME webinar - Post-traumatic agitation: propranolol\\, amantadine and "
            "environment (G. Achterberg\\, S. Feldstein)\r\nLOCATION:Teams\r\n"
            "ORGANIZER:mailto:medstaff@summitridgerehab.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="donor thank-you to gmail",
        notes="Hard negative: foundation thanks a community donor at a personal mailbox for "
        "golf outing sponsorship; the donor is not a patient and no care is mentioned.",
        frm=f"Summit Ridge Foundation <foundation@{SRR}>",
        to="gregory.mcelhaney@gmail.com",
        subject="Thank you for sponsoring hole 7!",
        body="Dear Greg,\n\nThank you and McElhaney Plumbing & Heating for sponsoring hole 7 at "
        "this year's Swing for Rehab golf outing. The event raised $86,300 for the adaptive "
        "sports program and our new driving rehabilitation simulator.\n\nYour gift receipt "
        "for $2,500 is attached to the portal.\n\nWith gratitude,\nCeleste Amari\nSummit Ridge "
        "Foundation",
    ),
    Spec(
        phi=False,
        category="order set change notice",
        notes="Hard negative: IT/pharmacy notice about a DVT prophylaxis order set with drug "
        "names and doses; no patient.",
        frm=f"Clinical Informatics <informatics@{SRR}>",
        to=f"Prescribers <prescribers@{SRR}>",
        subject="Order set update: IRF admission - SCI",
        body="Effective Monday the IRF SCI admission order set includes:\n- bowel program "
        "defaults (senna 17.2 mg qHS, bisacodyl suppository daily)\n- bladder: intermittent "
        "cath q4-6h, PVR scanner protocol\n- AD kit at bedside for T6 and above\n\nBuild "
        "ticket CI-3318.\n\nClinical Informatics",
    ),
    Spec(
        phi=False,
        category="pet therapy volunteer notice",
        notes="Volunteer services notice to a dog handler's personal mailbox; no patients.",
        frm=f"Volunteer Services <volunteers@{SRR}>",
        to="maggie.lindstrom.paws@gmail.com",
        subject="Thursday visit times",
        body="Hi Maggie - Thursday visits for you and Biscuit: 2 East 1:00-1:45, "
        "3 West 2:00-2:45, then the outpatient "
        "lobby. Please check in at the front desk for badges. Thank you!\n\nVolunteer Services",
    ),
    Spec(
        phi=False,
        category="infection control aggregate rates",
        notes="Hard negative: unit-level infection rates with counts, no patients.",
        frm=f"Infection Prevention <ip@{SRR}>",
        to="HAI Reporting <hai@padoh-partners.org>",
        subject="October HAI summary - Summit Ridge",
        body="October summary:\n- CAUTI: 1 event / 1,214 catheter days (0.82 per 1,000)\n"
        "- CLABSI: 0 / 388 line days\n- C. difficile LabID: 1 (community onset)\n- Hand hygiene "
        "compliance: 94% (n=612 observations)\n\nNHSN upload completed 11/9.\n\nInfection "
        "Prevention",
    ),
    Spec(
        phi=False,
        category="physician enrollment with NPI and DEA",
        notes="Hard negative: credentialing mail to a payer with a new physician's NPI and DEA "
        "numbers and specialty.",
        frm=f"Credentialing <credentialing@{SRR}>",
        to="Enrollment <enrollment@highmarkgateway.com>",
        subject="Add practitioner to group - Summit Ridge",
        body="Please add the following practitioner to our group contract effective 12/1:\n\n"
        "Oluwaseun Adebayo, MD - Physical Medicine & Rehabilitation (Brain Injury Medicine)\n"
        "NPI: 1747149254\nDEA: BK5125061\nPA license MD-471882\nGroup NPI: 1101566879\n\n"
        "Credentialing Office\nSummit Ridge Rehabilitation Hospital",
    ),
    Spec(
        phi=False,
        category="prosthetics vendor meeting logistics",
        notes="Partner coordination about clinic room and schedule, no patients.",
        frm=f"Lauren Ostrowski <lostrowski@{SRR}>",
        to=f"Brandon Ekwueme <bekwueme@{PSP}>",
        subject="Amputee clinic room change in December",
        body="Brandon - heads up that December amputee clinics move to the outpatient gym "
        "(room 140) while 3 West's conference room is renovated. Same time, Wednesdays "
        "1-4.\n\nLauren",
    ),
]
