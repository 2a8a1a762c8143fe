"""MotionWorks Physical Therapy: outbound mail, PHI and not."""
# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import MW, Att, Spec

SIG = "\n\n--\nMotionWorks Physical Therapy\nWestroads | Papillion | Council Bluffs\nmotionworkspt.com\n"
FAX_NOTE = (
    "\n\nThis e-mail and attachments are intended only for the addressee and may contain "
    "confidential information. If received in error, notify the sender and destroy all copies.\n"
)

RTF_NOTE = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
    "MotionWorks Physical Therapy - Daily Note\\par "
    "Patient: Benedikt Sauer   DOB 06/14/1990   Claim WC-26-118734\\par "
    "Dx: L lumbar strain (S39.012A), work injury 09/28/2026 lifting pallets\\par "
    "Visit 9 of 12. Lifting 25 lb floor to waist without pain, 35 lb with pain 4/10.\\par "
    "Plan: progress to 40 lb, work conditioning next week.\\par }"
)

PHI = [
    Spec(
        phi=True,
        category="workers comp progress report PDF",
        notes="Workers' comp progress report PDF to the adjuster with claimant name, claim number, shoulder diagnosis and restrictions.",
        frm=f"Workers' Comp Desk <wc@{MW}>",
        to="jpetrakis@heartlandmutualins.com",
        subject="Progress report - claim WC-26-104482",
        body="Ms. Petrakis, the 30-day progress report is attached. Next re-eval 12/7." + SIG,
        atts=(
            Att(
                "WC-26-104482_progress_1109.pdf",
                "application/pdf",
                pdf(
                    [
                        "MOTIONWORKS PHYSICAL THERAPY - Workers' Compensation Progress Report",
                        "Claimant: Rogelio Estrada   DOB: 02/11/1979   Employer: Midwest Cold Storage",
                        "Claim: WC-26-104482   DOI: 08/21/2026",
                        "Dx: R rotator cuff tear s/p arthroscopic repair 09/15/2026 (M75.121)",
                        "Visits: 14 of 24. AROM flexion 135 deg, ER 50 deg. Strength 4-/5.",
                        "Work status: restricted duty, no lifting over 10 lb with R arm, no overhead work.",
                        "Plan: continue 3x/week x 4 weeks. Expected full duty 01/2027.",
                        "Therapist: Shauna Kettering, PT, DPT",
                    ],
                    "WC progress report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ACL rehab update to mom gmail",
        notes="Hard positive: PT writes to a teen patient's mother at gmail with first name, ACL reconstruction progress and return-to-run plan.",
        frm=f"Trevor Lindquist PT <tlindquist@{MW}>",
        to="jen.haverkamp.family@gmail.com",
        subject="Ava - jogging progression",
        body=(
            "Hi Jen,\n\nGreat session with Ava today! Her quad strength test came in at 78% of the "
            "other leg, so at 4 months out from her ACL reconstruction she's cleared to start the "
            "walk-jog program on the treadmill here (not outside yet). Still no cutting or soccer "
            "drills until we retest in January. Keep up the home exercises!\n\nTrevor" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="visit note TXT to orthopedic office",
        notes="Hard positive: TXT visit note attached for the surgeon's office; body generic.",
        frm=f"Shauna Kettering <skettering@{MW}>",
        to="clinicals@midwestorthoomaha.com",
        subject="Note for Dr. Abernathy - post-op check Friday",
        body="Attached for his Friday clinic. Thanks!" + SIG,
        atts=(
            Att(
                "visit_note_1109.txt",
                "text/plain",
                "MotionWorks PT - Visit note 11/09/2026\n"
                "Pt: Lorraine Vukovich, DOB 10/03/1961\n"
                "Dx: R TKA 10/12/2026 (Z96.651)\n"
                "Knee flexion 98 deg, extension lag -6. Gait with cane, mild effusion.\n"
                "Concern: flexion plateau x 2 weeks - ? manipulation. Please advise.\n"
                "S. Kettering PT DPT\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reschedule to patient yahoo",
        notes="Front desk reschedules a patient's knee replacement therapy visit at her yahoo.",
        frm=f"MotionWorks Papillion <papillion@{MW}>",
        to="ruthanne.greer@yahoo.com",
        subject="Your Thursday therapy visit",
        body=(
            "Hi Ruthanne,\n\nYour therapist Shauna is out Thursday, so we moved your knee "
            "replacement therapy visit to Friday, November 13 at 2:15 PM with Marcus. If that "
            "doesn't work, just reply or call 402-555-0312.\n\nMotionWorks Papillion front desk"
        ),
    ),
    Spec(
        phi=True,
        category="authorization request with member id",
        notes="Authorization request to a health plan with member id, ICD-10 code and visit count.",
        frm=f"Authorizations <auth@{MW}>",
        to="um.outpatient@midlandshealthplan.com",
        subject="Auth request - outpatient PT",
        body=(
            "Requesting authorization for outpatient physical therapy:\n\n"
            "Member: Thanh Nguyen-Bradley\nMember ID: MHP226017944\nDOB: 12/01/1984\n"
            "Dx: M17.11 unilateral primary osteoarthritis, right knee; M25.561 pain in right knee\n"
            "CPT: 97110, 97140, 97530\nVisits requested: 12 over 6 weeks\nReferring: Dr. Helen "
            "Abernathy, Midwest Ortho\n\nEval attached in your portal upload #88124." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="concussion status to school coach",
        notes="Hard positive: athletic trainer tells a high-school coach a named student is in concussion return-to-play step 3.",
        frm=f"Kelsey Ruud ATC <kruud@{MW}>",
        to="coach.delgado@millardwest.org",
        subject="Jaylen - Friday",
        body=(
            "Coach,\n\nJaylen Brooks is at step 3 of the return-to-play protocol after his concussion "
            "on 11/2 (sport-specific drills, no contact). He will not be cleared for Friday's game. "
            "If he stays symptom-free, non-contact practice Monday, full contact Wednesday with "
            "Dr. Osei's sign-off. His parents have signed the release for me to update you.\n\n"
            "Kelsey Ruud, ATC\nMotionWorks Sports Medicine"
        ),
    ),
    Spec(
        phi=True,
        category="therapist caseload workbook",
        notes="Hard positive: two-sheet XLSX schedule listing patients with diagnoses and visit numbers per therapist; body bland.",
        frm=f"Clinic Director <director@{MW}>",
        to="coverage@prnrehabstaffing.com",
        subject="Coverage next week - caseload",
        body="Here is the caseload your PRN therapist will be covering Mon/Tue at Westroads.\n\nBrandon",
        atts=(
            Att(
                "Westroads_caseload_wk1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Monday": [
                            ["Time", "Patient", "Dx", "Visit #", "Payer"],
                            ["08:00", "Haddad, Samir", "L ankle ORIF", 6, "BCBS"],
                            ["09:00", "Whitaker, June", "cervical radiculopathy", 3, "Medicare"],
                            [
                                "10:00",
                                "Castillo, Pedro",
                                "WC - L hand crush",
                                11,
                                "Heartland Mutual",
                            ],
                        ],
                        "Tuesday": [
                            ["Time", "Patient", "Dx", "Visit #", "Payer"],
                            ["08:00", "Okafor, Adaeze", "postpartum pelvic pain", 2, "Midlands HP"],
                            ["09:30", "Lindgren, Pete", "R TKA", 15, "Medicare"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="return-to-work note to employer HR",
        notes="Return-to-work restrictions for a named employee with his low-back injury sent to the employer's HR.",
        frm=f"Workers' Comp Desk <wc@{MW}>",
        to="hr@midwestcoldstorage.com",
        subject="Work status update - B. Sauer",
        body=(
            "Hello,\n\nWork status for your employee Benedikt Sauer following today's therapy visit "
            "for his lumbar strain (claim WC-26-118734): modified duty, may lift up to 25 lb floor to "
            "waist, no repetitive bending, sit/stand as needed. Re-evaluate in 2 weeks. Daily note "
            "attached." + SIG + FAX_NOTE
        ),
        atts=(Att("Sauer_daily_note_1110.rtf", "application/rtf", RTF_NOTE),),
    ),
    Spec(
        phi=True,
        category="plan of care HTML to physician",
        notes="HTML-only plan of care for signature with name, DOB, diagnosis and goals.",
        frm=f"Marcus Tiwari PT <mtiwari@{MW}>",
        to="signatures@westfieldfamilymed.com",
        subject="Plan of care for signature",
        body="",
        html=(
            "<html><body><p>Dr. Halvorsen, please sign and return the plan of care below (Medicare "
            "requires your certification).</p><table border='1'>"
            "<tr><td>Patient</td><td>Eugene Pietrowski</td></tr><tr><td>DOB</td><td>05/30/1940</td></tr>"
            "<tr><td>Dx</td><td>R26.81 unsteadiness on feet; history of falls (Z91.81)</td></tr>"
            "<tr><td>Plan</td><td>2x/week x 8 weeks: balance training, gait, strengthening</td></tr>"
            "<tr><td>Goals</td><td>Berg 38 -> 46; TUG 18 s -> under 13.5 s</td></tr></table>"
            "<p>Marcus Tiwari, PT, DPT</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="WC visit CSV to bill review",
        notes="Hard positive: CSV of claimants, SSNs, claim numbers, dates of service and CPT units for workers' comp bill review.",
        frm=f"Billing <billing@{MW}>",
        to="billreview@compreviewservices.com",
        subject="October WC visits - reconciliation",
        body="October visit export for reconciliation against your EOR batch 2210.",
        atts=(
            Att(
                "MW_WC_Oct_visits.csv",
                "text/csv",
                "claimant,ssn,claim_no,dos,cpt,units,charge\n"
                "Estrada Rogelio,518-62-4471,WC-26-104482,2026-10-05,97110,3,186.00\n"
                "Estrada Rogelio,518-62-4471,WC-26-104482,2026-10-07,97140,2,118.00\n"
                "Castillo Pedro,402-37-8816,WC-26-099315,2026-10-06,97535,2,124.00\n"
                "Sauer Benedikt,231-84-0593,WC-26-118734,2026-10-08,97163,1,210.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FCE invite to patient",
        notes="Hard positive: ICS invite to a patient's outlook for a functional capacity evaluation tied to her injury claim.",
        frm=f"MotionWorks Scheduling <schedule@{MW}>",
        to="danielle.okwu@outlook.com",
        subject="Functional Capacity Evaluation - Nov 19",
        body="Hi Danielle, your FCE is booked. Wear sneakers and bring your splint. Plan for 4 hours.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MotionWorks PT//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mw-fce-20261119-okwu@motionworkspt.com\r\n"
            "DTSTAMP:20261110T180000Z\r\nDTSTART:20261119T140000Z\r\nDTEND:20261119T180000Z\r\n"
            "SUMMARY:FCE - Danielle Okwu (R wrist fracture, claim WC-26-097720)\r\n"
            "LOCATION:MotionWorks Westroads, 10040 Regency Cir, Omaha\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only whiplash eval",
        notes="Hard positive: PHI only in the quoted subject line (patient name, car accident whiplash); body just 'yes'.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to=f"frontdesk@{MW}",
        subject="Re: Priya Venkataraman - MVA whiplash eval, ok to book w/o script?",
        body="Yes, NE is direct access. Book her with Marcus.\n\nB",
    ),
    Spec(
        phi=True,
        category="forwarded attorney records request",
        notes="Forwarded message/rfc822 from a law firm requesting therapy records for a named client's auto-accident injuries.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to=f"records@{MW}",
        subject="Fwd: Records request - Carmen Ybarra",
        body="Please process. Authorization is attached to the original; check it's HIPAA-compliant before releasing.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Paralegal <intake@strandbergpilaw.com>",
            to=f"bkeel@{MW}",
            subject="Records request - Carmen Ybarra",
            body=(
                "Our client Carmen Ybarra (DOB 04/08/1993) treated at your Council Bluffs clinic "
                "from 07/2026 to 10/2026 for neck and low back injuries from a motor vehicle "
                "collision on 06/30/2026. Please send complete therapy records and itemized billing."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home exercise PDF with name in file name",
        notes="Hard positive: the PDF itself is a generic exercise sheet; the patient name and post-op TKA are only in the file name.",
        frm=f"Shauna Kettering <skettering@{MW}>",
        to="grant.tobias.ne@gmail.com",
        subject="Your exercises",
        body="Here's the sheet we went over today. 2 sets of 10, twice a day!\n\nShauna",
        atts=(
            Att(
                "HEP_Grant_Tobias_postop_TKA_wk3.pdf",
                "application/pdf",
                pdf(
                    [
                        "MOTIONWORKS PHYSICAL THERAPY - Home Exercise Program",
                        "1. Heel slides - 10 reps, hold 5 s",
                        "2. Quad sets - 10 reps, hold 5 s",
                        "3. Straight leg raise - 10 reps",
                        "4. Seated knee flexion stretch - 5 x 30 s",
                        "Ice 15 minutes after exercise.",
                    ],
                    "Home Exercise Program",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hand therapy initials DOB to surgeon",
        notes="Hard positive: OT to hand surgeon with initials, DOB and flexor tendon repair splint change.",
        frm=f"Noelle Fontaine OTR/L <nfontaine@{MW}>",
        to="handclinic@midwestorthoomaha.com",
        subject="splint revised",
        body=(
            "Dr. Chen,\n\nFYI R.D. (DOB 3/3/1991), your zone II FDP repair from 10/27 - dorsal "
            "blocking splint remolded today, wrist was sliding into extension. Following the "
            "early active motion protocol, week 2. Some PIP flexion contracture starting, will add "
            "gentle extension in splint per your OK.\n\nNoelle Fontaine, OTR/L, CHT"
        ),
    ),
    Spec(
        phi=True,
        category="outcome score email to patient icloud",
        notes="PT emails a patient his progress scores and remaining visits for his back pain.",
        frm=f"Marcus Tiwari PT <mtiwari@{MW}>",
        to="marcus.dellaporta@icloud.com",
        subject="Your progress so far",
        body=(
            "Hi Marcus (good name!),\n\nAs promised, your numbers: Oswestry back pain disability "
            "score improved from 42% at your evaluation to 18% today, and you can now sit 60 "
            "minutes before symptoms. Your insurance approved 4 more visits, so we'll plan to "
            "discharge you to your gym program by mid-December.\n\nMarcus T." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="discharge summary DOCX to PCP",
        notes="Discharge summary DOCX with patient name, DOB, diagnosis and outcome to the primary care office.",
        frm=f"Trevor Lindquist PT <tlindquist@{MW}>",
        to="records@westfieldfamilymed.com",
        subject="PT discharge summary",
        body="Discharge summary attached for your records.",
        atts=(
            Att(
                "Discharge_Alvarado_Beatriz.docx",
                DOCX,
                docx(
                    [
                        "MotionWorks Physical Therapy - Discharge Summary",
                        "Patient: Beatriz Alvarado   DOB: 09/17/1968",
                        "Diagnosis: adhesive capsulitis, left shoulder (M75.02)",
                        "Visits: 18 from 08/04/2026 to 11/06/2026",
                        "Outcome: flexion 95 -> 160 deg, ER 20 -> 70 deg, QuickDASH 61 -> 14.",
                        "Discharged to independent home program. Goals met.",
                    ]
                ),
            ),
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="knee arthritis blog newsletter",
        notes="Hard negative: newsletter about knee osteoarthritis exercises; no individual.",
        frm=f"MotionWorks PT <news@{MW}>",
        to="members@lists.motionworkspt.com",
        subject="5 exercises for achy knees this winter",
        body=(
            "Osteoarthritis of the knee affects more than 1 in 10 adults over 60. Staying active is "
            "the best medicine:\n\n1. Sit-to-stand\n2. Straight leg raise\n3. Step-ups\n4. Hamstring "
            "stretch\n5. Stationary bike\n\nPain over 5/10 that lasts more than 2 hours after "
            "exercise means you did too much. Questions? Book a free screen.\n\nUnsubscribe: "
            "motionworkspt.com/unsub"
        ),
    ),
    Spec(
        phi=False,
        category="staff CEU course announcement",
        notes="Hard negative: continuing-education course with presenter names and injury topics.",
        frm=f"Education <education@{MW}>",
        to=f"clinicians@{MW}",
        subject="In-service Dec 3: ACL return-to-sport testing update",
        body=(
            "Dec 3, 6-8 PM, Westroads gym. Trevor Lindquist, PT, SCS will present the new hop-test "
            "battery and quad index cutoffs after ACL reconstruction, and Kelsey Ruud, ATC on "
            "concussion return-to-play. 0.2 CEUs. Pizza provided."
        ),
    ),
    Spec(
        phi=False,
        category="recruiting reply to candidate",
        notes="Recruiting reply to a job candidate's gmail; no health information.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to="kwame.asante.dpt@gmail.com",
        subject="Re: PT opening in Council Bluffs",
        body=(
            "Hi Kwame,\n\nThanks for reaching out after the career fair. Yes, the full-time "
            "physical therapist opening in Council Bluffs is still open and new grads are welcome - "
            "we have a 12-month mentorship program and loan repayment assistance up to $10k. We also "
            "have an occupational therapist opening for someone interested in hand therapy "
            "certification, if any classmates are looking. Could you do a call Thursday at 4?\n\n"
            "Brandon Keel, PT, MBA\nDirector, MotionWorks"
        ),
    ),
    Spec(
        phi=False,
        category="treadmill invoice with serial number",
        notes="Hard negative: equipment invoice with device serial number and an SSN-shaped account number.",
        frm=f"Accounts Payable <ap@{MW}>",
        to="invoices@gravitylessfitness.com",
        subject="Invoice question - acct 389-47-1162",
        body=(
            "Hello,\n\nRegarding invoice 55120 on account 389-47-1162: the annual service contract "
            "for our anti-gravity treadmill SN AGT-M320-10877 was billed twice (Oct and Nov). "
            "Please credit one charge.\n\nMotionWorks Accounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="state WC fee schedule update",
        notes="Hard negative: state workers' comp fee schedule with CPT codes and dollar amounts; no claimant.",
        frm=f"Billing <billing@{MW}>",
        to=f"frontdesk@{MW}",
        cc=f"clinicians@{MW}",
        subject="2027 Nebraska WC fee schedule - what changes",
        body=(
            "Effective 1/1/2027 the state WC fee schedule changes:\n"
            "  97110 therapeutic exercise: $44.12/unit (was $42.80)\n"
            "  97140 manual therapy: $40.05/unit\n  97163 PT eval high complexity: $131.90\n"
            "  97545 work hardening first 2 hrs: $156.00\n\nAlso, FCE reports now due within 5 business days."
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook",
        notes="Hard negative: multi-sheet XLSX of average outcome scores by body region and clinic; aggregates only.",
        frm=f"Clinic Director <director@{MW}>",
        to="network@midwestorthoomaha.com",
        subject="MotionWorks 2026 outcomes for your partner review",
        body="Our Q1-Q3 outcomes by region attached; all aggregate, minimum cell size 11.",
        atts=(
            Att(
                "MW_outcomes_2026Q1-Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "By region": [
                            ["Body region", "Episodes", "Avg visits", "Avg FOTO gain"],
                            ["Knee", 412, 11.8, 17.2],
                            ["Shoulder", 298, 13.1, 15.6],
                            ["Lumbar", 355, 9.4, 14.9],
                        ],
                        "By clinic": [
                            ["Clinic", "Episodes", "NPS"],
                            ["Westroads", 611, 82],
                            ["Papillion", 402, 86],
                            ["Council Bluffs", 297, 79],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="employer injury prevention marketing",
        notes="B2B marketing of an injury-prevention program to an employer; no individuals.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to="safety@omahadistribution.com",
        subject="Cutting lifting injuries at your warehouse",
        body=(
            "Hi Rick,\n\nFollowing up from the safety expo: our onsite ergonomics program (job site "
            "analysis, stretch-and-flex training, early symptom triage by an ATC) reduced recordable "
            "strain injuries 38% at a similar warehouse last year. Could we do a walkthrough in "
            "December?\n\nBrandon Keel, PT, MBA\nDirector, MotionWorks"
        ),
    ),
    Spec(
        phi=False,
        category="athletic trainer game coverage schedule",
        notes="Hard negative: game coverage schedule naming athletic trainers and schools; no athletes.",
        frm=f"Kelsey Ruud ATC <kruud@{MW}>",
        to="activities@millardwest.org",
        subject="Winter sports ATC coverage",
        body=(
            "Winter coverage:\n  Wrestling duals (Tue): Kelsey Ruud\n  Basketball home games (Fri): "
            "Devin Marsh\n  Swim invitational 12/12: both\n\nAED checks done, ice machine fixed. "
            "Concussion baseline testing for winter athletes Nov 17 after school."
        ),
    ),
    Spec(
        phi=False,
        category="payroll direct deposit reminder",
        notes="Hard negative: payroll notice with employee ID format and HSA contribution info; staff only.",
        frm=f"Payroll <payroll@{MW}>",
        to=f"all-staff@{MW}",
        subject="Direct deposit and HSA changes by 11/30",
        body=(
            "Reminder: changes to direct deposit or 2027 HSA contributions must be entered in the "
            "payroll portal (login with your employee ID, e.g. MW-00417) by Nov 30. The 2027 HSA "
            "limit is $4,400 single / $8,750 family. W-2s will be available January 22.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="documentation template sample patient",
        notes="Hard negative: documentation template with an obviously fictional sample patient for training.",
        frm=f"Compliance <compliance@{MW}>",
        to=f"clinicians@{MW}",
        subject="New eval template - sample filled in",
        body=(
            "The new eval template goes live Monday. Sample (fictional):\n\n"
            "Patient: SAMPLE, JANE (TEST PATIENT)  DOB 01/01/1900\n"
            "Dx: M54.50 low back pain, unspecified\nSubjective: 'my back hurts when I garden'\n"
            "Objective: lumbar flexion 50% limited, SLR negative\n"
            "Medicare: remember the KX modifier past the threshold.\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="referral partner thank-you with surgeon protocols",
        notes="Hard negative: relationship mail naming surgeons and the post-op protocols they prefer.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to="practice.manager@midwestorthoomaha.com",
        subject="Thanks + protocol library updated",
        body=(
            "Hi Corinne,\n\nThanks for hosting our lunch. We've updated our protocol library so "
            "each of your surgeons' preferences is followed: Dr. Abernathy (TKA - no CPM), Dr. Chen "
            "(flexor tendon - early active motion), Dr. Osei (ACL BTB - brace off at 6 weeks). "
            "Let us know of any changes.\n\nBrandon"
        ),
    ),
    Spec(
        phi=False,
        category="post-op ACL protocol PDF",
        notes="Hard negative: clinical protocol PDF with phases and criteria; no individual.",
        frm=f"Trevor Lindquist PT <tlindquist@{MW}>",
        to="sportsmed@creightonsportsmed.org",
        subject="Our ACL reconstruction protocol (rev 2026)",
        body="As discussed, our current protocol is attached. Happy to hear your feedback.",
        atts=(
            Att(
                "MW_ACLR_protocol_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MOTIONWORKS PHYSICAL THERAPY - ACL Reconstruction Protocol",
                        "Phase 1 (0-2 wk): full extension, quad activation, WBAT with brace.",
                        "Phase 2 (2-6 wk): normal gait, flexion 120 deg, closed-chain strengthening.",
                        "Phase 3 (6-12 wk): single-leg control, bike, leg press.",
                        "Phase 4 (3-6 mo): running when quad index over 70%, no effusion.",
                        "Phase 5 (6-9 mo): return to sport when hop tests over 90% LSI.",
                    ],
                    "ACLR protocol",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="tablet rollout IT notice",
        notes="IT notice about tablets and MFA; no health information.",
        frm=f"IT <it@{MW}>",
        to=f"all-staff@{MW}",
        subject="New treatment tablets + MFA on Monday",
        body=(
            "New iPads for point-of-care documentation arrive Monday. They auto-lock after 2 minutes "
            "and require MFA. Old Surface tablets go back to IT by Friday for wiping. Do not store "
            "any photos on the devices.\n\nIT"
        ),
    ),
    Spec(
        phi=False,
        category="aquatic pool closure",
        notes="Hard negative: notice that aquatic therapy is paused; no patient named.",
        frm=f"MotionWorks Papillion <papillion@{MW}>",
        to=f"clinicians@{MW}",
        subject="Pool closed 11/16-11/20",
        body=(
            "The therapy pool at Papillion is closed 11/16-11/20 for heater replacement. Please "
            "convert aquatic sessions to land-based or move them to the following week. Front desk "
            "will call affected patients.\n\nPapillion"
        ),
    ),
    Spec(
        phi=False,
        category="Saturday hours marketing HTML",
        notes="HTML-only marketing with a banner image reference; general audience.",
        frm=f"MotionWorks PT <news@{MW}>",
        to="members@lists.motionworkspt.com",
        subject="Now open Saturdays in Council Bluffs",
        body="",
        html=(
            "<html><body><h2>Saturday appointments are here!</h2><p>Our Council Bluffs clinic is now "
            "open Saturdays 8 AM-12 PM for physical therapy, sports rehab and free injury screens. "
            "No referral needed in Iowa or Nebraska.</p><p>Call 712-555-0144 to book.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded lease thread",
        notes="Forwarded landlord thread about the lease renewal; no health information.",
        frm=f"Brandon Keel <bkeel@{MW}>",
        to="lease@omahacommercialrealty.com",
        subject="Fwd: Westroads suite 210 renewal",
        body="Forwarding our CFO's questions on the renewal. Can we meet next week?",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm=f"CFO <cfo@{MW}>",
            to=f"bkeel@{MW}",
            subject="Westroads suite 210 renewal",
            body="Brandon - the 3.5% escalator is high. Ask for TI allowance to redo the gym floor and a 5-year term at 2.5%.",
        ),
    ),
    Spec(
        phi=False,
        category="DPT student rotation schedule",
        notes="Student clinical rotation schedule with student and CI names; workforce/training only.",
        frm=f"Education <education@{MW}>",
        to="clinicaled@creightondpt.edu",
        subject="Spring 2027 clinical placements",
        body=(
            "Confirmed spring placements:\n  Westroads - Hannah Ostrowski (CI Trevor Lindquist)\n"
            "  Papillion - Jamal Whitehead (CI Shauna Kettering)\n  Council Bluffs - Lucia Ferraro "
            "(CI Marcus Tiwari)\nStart date 1/11/2027. Background checks and badge photos due 12/15.\n\nEducation"
        ),
    ),
]

MESSAGES = PHI + CLEAN
