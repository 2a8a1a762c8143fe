"""Lakeside Recovery Services: ordinary outbound mail with no PHI (some of it alarming-looking)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import LRS, Att, Spec

MESSAGES = [
    Spec(
        phi=False,
        category="drug shortage notice (buprenorphine film)",
        notes="Hard negative: product names, NDCs and doses, no patient.",
        frm=f"Pharmacy Services <pharmacy@{LRS}>",
        to=f"all-clinical@{LRS}",
        subject="SHORTAGE: buprenorphine/naloxone 8-2 mg film - substitution plan",
        body=(
            "All prescribers and nurses,\n\nOur wholesaler has placed buprenorphine/naloxone 8 mg/2"
            " mg sublingual film (NDC 12496-1208-3) on backorder through at least December 4."
            " Effective Monday:\n\n  - New inductions: use buprenorphine/naloxone 8 mg/2 mg SL"
            " tablets.\n  - Existing film patients: convert mg-for-mg to tablets at next refill;"
            " no new order needed, pharmacy will substitute per P&T protocol 14.\n"
            "  - 2 mg/0.5 mg film remains available.\n\nQuestions to me or Dr. Marchetti.\n\n"
            "Priya Raghunathan, PharmD\nDirector of Pharmacy Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="Part 2 rule training (policy DOCX)",
        notes="Hard negative: regulation text about SUD records and consent, no individual.",
        frm=f"Compliance <compliance@{LRS}>",
        to=f"all-staff@{LRS}",
        subject="Required: updated 42 CFR Part 2 policy and attestation by 12/1",
        body=(
            "Team,\n\nThe updated Confidentiality of SUD Patient Records policy (aligned with the"
            " 2024 final rule, compliance date Feb 16, 2026) is attached. Please read it and"
            " complete the attestation in Relias by December 1.\n\nKey changes: single consent for"
            " treatment, payment and health care operations; new breach notification duties;"
            " the redisclosure notice wording.\n\nDiane Kessler, Compliance Officer\n"
        ),
        atts=(
            Att(
                "POL-PRV-007_Part2_confidentiality_v4.docx",
                DOCX,
                docx(
                    [
                        "Lakeside Recovery Services Policy PRV-007: Confidentiality of Substance"
                        " Use Disorder Patient Records",
                        "1. Purpose. To protect records that identify a patient as having or having"
                        " had a substance use disorder, as required by 42 CFR part 2.",
                        "2. Consent. A single written consent may authorize uses and disclosures"
                        " for treatment, payment and health care operations.",
                        "3. Redisclosure. Every disclosure made with consent is accompanied by the"
                        " notice required by 42 CFR 2.32.",
                        "4. Breach. Breaches of unsecured records are reported as set out in"
                        " policy PRV-011.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="open enrollment (HR)",
        notes="Benefits deadline to staff; mentions EAP and counseling generically.",
        frm=f"Human Resources <hr@{LRS}>",
        to=f"all-staff@{LRS}",
        subject="Open enrollment closes Friday 11/20",
        body=(
            "Reminder: 2027 benefits open enrollment closes Friday, November 20 at 5 PM. Log in to"
            " the benefits portal to choose medical, dental and vision plans. If you do nothing"
            " your 2026 elections roll over, except the FSA, which you must re-elect.\n\n"
            "The Employee Assistance Program (6 free confidential counseling sessions) stays the"
            " same. HR office hours this week: Tue and Thu 2-4 PM in the admin building.\n\nHR\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO number (PDF)",
        notes="Hard negative: dispensing pump service invoice; PO 407-18-2265 looks like an SSN.",
        frm=f"Accounts Payable <ap@{LRS}>",
        to="billing@doseguardsystems.com",
        subject="Invoice DG-55120 - PO 407-18-2265 - payment scheduled",
        body=(
            "Hello,\n\nInvoice DG-55120 for the annual preventive maintenance of our two methadone"
            " dispensing pumps has been approved against PO 407-18-2265 and is scheduled in the"
            " 11/19 check run. Remittance copy attached.\n\nAccounts Payable\n"
            "Lakeside Recovery Services\n"
        ),
        atts=(
            Att(
                "remittance_DG-55120.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESIDE RECOVERY SERVICES - REMITTANCE ADVICE",
                        "Vendor: DoseGuard Systems LLC   Vendor # 30418",
                        "PO 407-18-2265   Invoice DG-55120   Date 11/02/2026",
                        "Annual PM, liquid methadone dispensing pump x2      $2,480.00",
                        "Calibration kit                                       $310.00",
                        "Total                                               $2,790.00",
                        "Check run 11/19/2026",
                    ],
                    "Remittance",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard (multi-sheet XLSX)",
        notes="Hard negative: retention and UDS positivity by program, counts only.",
        frm=f"Quality Improvement <qi@{LRS}>",
        to=f"leadership@{LRS}",
        subject="Q3 outcomes dashboard",
        body=(
            "Attached is the Q3 dashboard. Headline: 90-day retention in the OTP rose to 71%"
            " (from 64%), and fentanyl-positive UDS at 6 months fell to 18%. IOP completion is"
            " flat.\n\nNo patient-level data in this file.\n\nJoanne Whitlock, QI Manager\n"
        ),
        atts=(
            Att(
                "LRS_Q3_2026_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Retention": [
                            ["Program", "Admissions", "Retained 90d", "Rate"],
                            ["OTP methadone", 88, 63, 0.716],
                            ["OBOT buprenorphine", 54, 37, 0.685],
                            ["IOP", 71, 40, 0.563],
                        ],
                        "UDS": [
                            ["Month in tx", "Tests", "Fentanyl +", "Rate"],
                            [1, 512, 241, 0.471],
                            [3, 398, 107, 0.269],
                            [6, 287, 52, 0.181],
                        ],
                        "Notes": [["Note"], ["Cells under 11 suppressed per state guidance."]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting (counselor)",
        notes="Hard negative: duties mention methadone, co-occurring disorders, overdose.",
        frm=f"Talent Acquisition <careers@{LRS}>",
        to="jobs@texashealthcareers.org",
        subject="Posting: Licensed Chemical Dependency Counselor (LCDC) - full time",
        body=(
            "Please post the following through 12/15:\n\nLicensed Chemical Dependency Counselor -"
            " Opioid Treatment Program (Bryan, TX)\nCarry a caseload of 45-50 patients receiving"
            " methadone or buprenorphine; complete ASAM assessments, treatment plans and"
            " individual/group counseling; coordinate care for co-occurring mental health"
            " disorders; train patients and families in overdose response with naloxone.\n"
            "Requirements: LCDC (LPC/LCSW a plus), 2 years SUD experience.\nPay: $52,000-$61,000"
            " + $2,000 sign-on. Apply at lakesiderecovery.org/careers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="new prescriber credentials to pharmacy",
        notes="Hard negative: clinician name, specialty, NPI and DEA; no patient.",
        frm=f"Medical Staff Office <medstaff@{LRS}>",
        to="credentialing@brazosvalleypharmacy.com",
        subject="New prescriber - please add to your profile",
        body=(
            "Hello,\n\nPlease add our new prescriber to Lakeside's account effective 11/16:\n\n"
            "  Nadia Ferreira-Lopes, DO - Addiction Medicine / Family Medicine\n"
            "  NPI 1270817798\n  DEA FS4940323 (Schedules II-V)\n\nShe will be writing"
            " buprenorphine and naltrexone prescriptions for our office-based clinic. The"
            " departing prescriber, Dr. Oyelaran, remains active until 12/31.\n\nThank you,\n"
            "Medical Staff Office\n"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: speakers and clinical topics like fentanyl withdrawal.",
        frm=f"Helen Marchetti MD <hmarchetti@{LRS}>",
        to=f"clinical-leads@{LRS}",
        subject="FW: Brazos Valley Addiction Summit agenda - who wants to go?",
        body=(
            "Anyone interested? We can send 4 people. Let me know by Friday.\n\n"
            "-------- Agenda (Dec 10, Hilton College Station) --------\n"
            " 8:30  Managing precipitated withdrawal in the fentanyl era - Dr. Owen Kaczmarek,"
            " UT Health\n"
            "10:00  Methadone take-homes after the 2024 rule - Sandra Whitfield, PharmD\n"
            "11:15  Xylazine wounds: a practical guide - Dr. Ama Boateng, Wound Care\n"
            " 1:30  Hepatitis C treatment inside the OTP - Dr. Luis Arreola, Infectious Disease\n"
            " 3:00  Panel: jail-based MOUD\n\nH.\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract (CSV)",
        notes="Hard negative: age bands, dose ranges and outcomes; no identifiers or dates.",
        frm=f"Joanne Whitlock <jwhitlock@{LRS}>",
        to="research-data@tamuhsc-research.org",
        subject="De-identified extract for the retention study (IRB 2026-0418)",
        body=(
            "Dr. Aldana,\n\nAttached is the de-identified extract (Safe Harbor: no dates other"
            " than year, no geography, ages in bands) for IRB 2026-0418. Row counts under 11 are"
            " suppressed.\n\nJoanne Whitlock\n"
        ),
        atts=(
            Att(
                "retention_extract_deid.csv",
                "text/csv",
                "study_id,age_band,sex,admit_year,medication,dose_band_mg,retained_180d\n"
                "R0001,25-34,F,2025,methadone,80-99,1\nR0002,35-44,M,2025,methadone,60-79,0\n"
                "R0003,25-34,M,2025,buprenorphine,16-24,1\nR0004,45-54,F,2025,methadone,100+,1\n"
                "R0005,18-24,M,2025,buprenorphine,8-15,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient (EHR upgrade)",
        notes="Hard negative: clearly labelled test patient for an EHR upgrade validation.",
        frm=f"LRS IT Help Desk <helpdesk@{LRS}>",
        to="support@ehrvendor-sunrisebh.com",
        subject="Upgrade 24.3 validation - dosing module defect",
        body=(
            "Hi support,\n\nDuring validation of 24.3 in our TEST environment we hit the defect"
            " below. Steps use our synthetic patient only.\n\nPatient: ZZTEST, OTPPATIENT"
            " (test MRN TST-000099, DOB 01/01/1900 - TEST ONLY, not a real person)\n"
            "1. Order methadone 60 mg daily.\n2. Change to 65 mg effective tomorrow.\n3. Dosing"
            " screen still shows 60 mg after midnight job.\n\nTicket priority: high, go-live is"
            " 11/22.\n\nKevin Osei, Applications Analyst\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing simulation results",
        notes="Department-level click rates only.",
        frm=f"LRS IT Security <security@{LRS}>",
        to=f"managers@{LRS}",
        subject="October phishing simulation results",
        body=(
            "Managers,\n\nOctober's simulated 'shared document' phish went to 184 staff.\n"
            "  Clicked: 23 (12.5%), down from 19% in September\n  Reported: 71 (38.6%)\n\n"
            "Highest click rate: front office (5 of 18). Everyone who clicked has been enrolled in"
            " the 10-minute refresher. Thanks for reporting!\n\nIT Security\n"
        ),
    ),
    Spec(
        phi=False,
        category="facilities notice",
        notes="Parking lot resurfacing; no clinical content.",
        frm=f"Facilities <facilities@{LRS}>",
        to=f"all-staff@{LRS}",
        subject="Parking lot closed Saturday 11/14",
        body=(
            "The east lot will be closed Saturday 11/14 from 6 AM to 4 PM for resurfacing. Staff"
            " park in the overflow lot on Briarcrest. The dosing entrance stays open; please put"
            " the sandwich board out so patients can find the side door.\n\nFacilities\n"
        ),
    ),
    Spec(
        phi=False,
        category="community naloxone training (HTML)",
        notes="Hard negative: overdose, naloxone, fentanyl test strips; a public event.",
        frm=f"Community Outreach <outreach@{LRS}>",
        to="events@bryanpubliclibrary.org",
        subject="Free naloxone training - flyer for your December calendar",
        body=(
            "Free Naloxone Training\nSaturday, Dec 5, 10-11:30 AM, Bryan Public Library Room B\n"
            "Learn to recognise an opioid overdose and give naloxone. Free kits and fentanyl test"
            " strips for every participant. No registration needed.\n"
        ),
        html=(
            "<html><body><h2>Free Naloxone Training</h2><p><b>Saturday, Dec 5, 10-11:30 AM</b>"
            "<br>Bryan Public Library, Room B</p><ul><li>Recognise an opioid overdose</li>"
            "<li>Give naloxone nasal spray</li><li>Free kits and fentanyl test strips</li></ul>"
            "<p>Hosted by Lakeside Recovery Services. No registration needed.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="dosing window staff coverage",
        notes="Hard negative: nurse names with 'dosing' schedule; no patients.",
        frm=f"Carla Dominguez RN <cdominguez@{LRS}>",
        to=f"dosing-nurses@{LRS}",
        subject="Thanksgiving dosing window coverage",
        body=(
            "Coverage for the holiday week (window hours 6:00-11:00 both days):\n\n"
            "  Thu 11/26: Ruth Abernathy (window 1), Tomasz Wierzbicki (window 2)\n"
            "  Fri 11/27: Carla Dominguez (window 1), Adaeze Nwosu (window 2)\n\n"
            "Take-home bottles for the holiday get prepared Wed afternoon - I need two volunteers"
            " 1-4 PM. Reply to me.\n\nCarla\n"
        ),
    ),
    Spec(
        phi=False,
        category="CEO note to board (aggregate census)",
        notes="Hard negative: census counts, funding and overdose statistics, no individual.",
        frm=f"Gregory Stanton <gstanton@{LRS}>",
        to="board@lakesiderecovery-board.org",
        subject="November board packet - CEO report",
        body=(
            "Board members,\n\nHighlights for the packet:\n- OTP census 342 (budget 320); detox"
            " occupancy 88%.\n- State SOR grant continuation approved at $1.42M.\n- County"
            " overdose deaths are down 22% year over year; we distributed 1,960 naloxone kits.\n"
            "- Recruitment: 2 counselor vacancies remain.\n\nSee you on the 19th.\nGreg Stanton,"
            " CEO\n"
        ),
    ),
    Spec(
        phi=False,
        category="DEA inspection checklist (forwarded thread)",
        notes="Hard negative: DEA registration, controlled substance inventory; no patient.",
        frm=f"Priya Raghunathan PharmD <praghunathan@{LRS}>",
        to=f"dosing-nurses@{LRS}",
        subject="FW: DEA inspection readiness",
        body=(
            "Team - please read the checklist below from our consultant. Biennial inventory is"
            " due 12/1 and I'd like the vault counts reconciled before then.\n\nPriya\n"
        ),
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="consulting@otpcompliancepartners.com",
            to=f"praghunathan@{LRS}",
            subject="DEA inspection readiness",
            body=(
                "Priya,\n\nChecklist for your site:\n1. Current DEA registration (narcotic"
                " treatment program) posted.\n2. Biennial inventory signed and dated.\n3. DEA"
                " 222 forms / CSOS records for the last 2 years.\n4. Daily dispensing logs"
                " reconciled to stock bottles.\n5. Theft or loss reports (DEA 106), if any.\n"
                "6. Vault alarm test log.\n\nBest,\nMargaret Oduya, OTP Compliance Partners\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant progress report (aggregate)",
        notes="Hard negative: numbers served by demographic group, no individual.",
        frm=f"Grants Office <grants@{LRS}>",
        to="sor-grants@txhhs-sor.org",
        subject="SOR Year 2 Q4 progress report - Lakeside Recovery",
        body=(
            "Attached and summarised below.\n\nIndividuals served with MOUD: 412 (methadone 291,"
            " buprenorphine 98, naltrexone 23)\nNew admissions: 139\nAge 18-24: 31; 25-44: 262;"
            " 45+: 119\nNaloxone kits distributed: 1,960\nPeer recovery contacts: 2,744\n\nNo"
            " client identifiers are included per grant terms.\n\nMonique Baptiste, Grants"
            " Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="compliance training invite (ICS)",
        notes="Staff training invite about confidentiality; no patients.",
        frm=f"Compliance <compliance@{LRS}>",
        to=f"clinical-staff@{LRS}",
        subject="Invitation: Quarterly confidentiality training",
        body="Calendar hold for the quarterly confidentiality training. Lunch provided.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeside Recovery//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lrs-train-20261203@lakesiderecovery.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261203T180000Z\r\nDTEND:20261203T193000Z\r\n"
            "SUMMARY:Quarterly confidentiality training (Part 2 / HIPAA)\r\n"
            "LOCATION:Admin building training room\r\n"
            "ORGANIZER:mailto:compliance@lakesiderecovery.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient education handout (PDF) to partner",
        notes="Hard negative: generic 'your first methadone dose' handout, no patient.",
        frm=f"Brenda Holloway <bholloway@{LRS}>",
        to="navigators@brazoshealthnavigators.org",
        subject="handout for your navigators",
        body=(
            "Hi Rosa, here's the handout we give new patients. Feel free to print it for people"
            " you refer to us.\n\nBrenda\n"
        ),
        atts=(
            Att(
                "What_to_expect_first_methadone_dose.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESIDE RECOVERY SERVICES",
                        "What to expect on your first day of methadone treatment",
                        "- Bring a photo ID. Plan to be here about 3 hours.",
                        "- You will meet a nurse and a doctor and give a urine sample.",
                        "- Your first dose is usually 20-30 mg. It is raised slowly over weeks.",
                        "- Do not drink alcohol or take benzodiazepines with methadone.",
                        "- Dosing hours: Mon-Sat 6:00-11:00, Sun 7:00-9:00.",
                    ],
                    "Patient handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lab supply quote (UDS panels)",
        notes="Hard negative: drug test panel analytes and prices, no patient.",
        frm=f"Purchasing <purchasing@{LRS}>",
        to="sales@clearviewdiagnostics.com",
        subject="RE: quote for 13-panel cups with fentanyl",
        body=(
            "Thanks Derek. We'll go with the 13-panel cup with fentanyl and norfentanyl at $4.85"
            " each, 3,000 units, plus the buprenorphine/norbuprenorphine add-on strips at $1.10."
            " Please send a revised quote with freight to Bryan and we'll cut a PO.\n\n"
            "Anita Gonzales, Purchasing\n\n> Derek: confirmed CLIA-waived, 24-month shelf life.\n"
        ),
    ),
    Spec(
        phi=False,
        category="reply to job applicant (gmail)",
        notes="Interview scheduling to an applicant's personal mailbox; no health information.",
        frm=f"Talent Acquisition <careers@{LRS}>",
        to="jordan.mcbride.lcdc@gmail.com",
        subject="Interview - LCDC position",
        body=(
            "Hi Jordan,\n\nThanks for applying for the LCDC position. We'd like to invite you to a"
            " panel interview on Wednesday 11/18 at 2:00 PM at our Shoreline Dr office. Please"
            " bring a copy of your license. Parking is in the east lot.\n\nBest,\nAlicia Ramos,"
            " Talent Acquisition\n"
        ),
    ),
    Spec(
        phi=False,
        category="community volunteer newsletter (yahoo)",
        notes="Newsletter to a community volunteer's personal mailbox; events only.",
        frm=f"Community Outreach <outreach@{LRS}>",
        to="sam.tolliver77@yahoo.com",
        subject="Volunteer news - November",
        body=(
            "Hi Sam,\n\nThanks for helping at the naloxone kit assembly nights! November"
            " updates:\n- The fall 5K raised $8,200 for community outreach.\n- New volunteer"
            " orientation is January 9.\n- Kit assembly moves to Thursdays 6 PM in the admin"
            " building.\n\nWith gratitude,\nDeShawn Ellis, Outreach Coordinator\n"
        ),
    ),
]
