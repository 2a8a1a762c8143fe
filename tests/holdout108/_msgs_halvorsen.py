"""Halvorsen Manufacturing HR Benefits: an employer's benefits team (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import HAL, Att, Spec

SIG = "\n\nHalvorsen Manufacturing | HR Benefits\n1400 Mill Street, Easton PA | benefits@halvorsenmfg.com | 610-555-0177"

_834 = (
    "ISA*00*          *00*          *ZZ*HALVORSENMFG   *ZZ*KEYSTONECLM    *260310*0915*^*00501*000000812*0*P*:~"
    "GS*BE*HALVORSENMFG*KEYSTONECLM*20260310*0915*812*X*005010X220A1~"
    "ST*834*0001*005010X220A1~BGN*00*HAL0310*20260310*0915****2~"
    "INS*Y*18*021*28*A***FT~REF*0F*H-21340~NM1*IL*1*OYELARAN*FOLAKE****34*402718853~"
    "DMG*D8*19900214*F~HD*021**HLT*PPO500*EMP~DTP*348*D8*20260401~"
    "INS*N*19*021*28*A~REF*0F*H-21340~NM1*IL*1*OYELARAN*TAYO~DMG*D8*20210807*M~HD*021**HLT*PPO500*ECH~"
    "SE*14*0001~GE*1*812~IEA*1*000000812~"
)

_OE_XLSX = xlsx(
    {
        "Enrollment by plan": [
            ["Plan", "Employee only", "Emp + spouse", "Emp + child(ren)", "Family"],
            ["PPO 500", 211, 64, 58, 97],
            ["HDHP 2500 + HSA", 148, 22, 31, 40],
            ["Waived", 73, 0, 0, 0],
        ],
        "Rates": [
            ["Plan", "Tier", "Employee per pay"],
            ["PPO 500", "Employee only", 48.10],
            ["PPO 500", "Family", 171.35],
            ["HDHP 2500", "Employee only", 12.00],
        ],
    }
)

_LEAVE_XLSX = xlsx(
    {
        "Open leaves": [
            ["Emp #", "Name", "Leave type", "Start", "Expected RTW", "Reason"],
            [
                "H-18872",
                "Wade Lindqvist",
                "FMLA continuous",
                "2026-02-23",
                "2026-04-06",
                "Inpatient rehab (substance use)",
            ],
            [
                "H-20104",
                "Priya Natarajan",
                "FMLA intermittent",
                "2026-01-05",
                "n/a",
                "Migraine flares",
            ],
            [
                "H-19510",
                "Carla Mendes",
                "STD",
                "2026-02-16",
                "2026-05-11",
                "Post-op hip replacement",
            ],
        ],
        "Approved WC": [
            ["Emp #", "Name", "Claim", "Status"],
            ["H-20931", "Jorge Benavides", "KCA-26-004390", "Closed, no lost time"],
            ["H-21102", "Anh Tran", "KCA-26-004121", "Modified duty"],
        ],
    }
)

_HEADCOUNT_XLSX = xlsx(
    {
        "Headcount": [
            ["Department", "Headcount", "Open reqs"],
            ["Plant 1", 244, 6],
            ["Plant 2", 201, 3],
            ["Warehouse", 71, 2],
        ],
        "Turnover": [
            ["Quarter", "Voluntary", "Involuntary"],
            ["2025Q4", 14, 3],
            ["2026Q1 to date", 9, 1],
        ],
    }
)

_WELLNESS_PDF = pdf(
    [
        "HALVORSEN MANUFACTURING - 2025 WELLNESS PROGRAM RESULTS",
        "Participants in biometric screening: 402 of 585 eligible (69%)",
        "Blood pressure in elevated range: 31% of participants",
        "BMI 30 or higher: 38%",
        "Tobacco users enrolled in cessation coaching: 27",
        "Data supplied in aggregate by the wellness vendor; no individual results",
        "are shared with Halvorsen.",
    ],
    "Wellness results",
)

_ACCOM_PDF = pdf(
    [
        "HALVORSEN MANUFACTURING - ACCOMMODATION DETERMINATION",
        "Employee: Priya Natarajan   Emp # H-20104   Dept: Quality Lab",
        "Request received: 02/20/2026",
        "Medical basis (per provider form): chronic migraine with photophobia",
        "Approved: anti-glare monitor filter, dimmable task light,",
        "up to 2 intermittent absences per month under FMLA.",
        "Reviewed by: Tamsin Wolde, HR Benefits",
    ],
    "Accommodation",
)

MESSAGES = [
    Spec(
        phi=True,
        category="X12 834 enrollment file to administrator",
        notes="Hard positive: X12 834 names an employee with SSN-style ID, DOB and her child's enrolment in the medical plan.",
        frm=f"HRIS <hris@{HAL}>",
        to="eligibility@keystoneclaimsadmin.com",
        subject="834 weekly changes 0310",
        body="Weekly 834 attached (1 new enrolment + dependent).",
        atts=(Att("HAL_834_20260310.x12", "application/edi-x12", _834),),
    ),
    Spec(
        phi=False,
        category="open enrollment aggregate workbook to broker",
        notes="Hard negative: two-sheet workbook of enrolment counts per plan and rates; no individual.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="account.team@brightwaterbenefits.com",
        subject="OE results for renewal modelling",
        body="Counts by tier and current rates attached for the renewal model. Census comes separately through the secure portal."
        + SIG,
        atts=(Att("OE2026_counts.xlsx", XLSX, _OE_XLSX),),
    ),
    Spec(
        phi=True,
        category="open leave tracker workbook to outside counsel",
        notes="Multi-sheet leave tracker naming employees with substance use rehab, migraine and hip replacement, plus WC claims.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="lmarsh@marshfieldemploymentlaw.com",
        subject="Leave tracker as discussed",
        body="Laura, the current tracker is attached for your review ahead of the Lindqvist call. Tab 2 has the WC items."
        + SIG,
        atts=(Att("leave_tracker_0309.xlsx", XLSX, _LEAVE_XLSX),),
    ),
    Spec(
        phi=False,
        category="headcount workbook to finance",
        notes="Headcount and turnover workbook; no health information.",
        frm=f"HRIS <hris@{HAL}>",
        to="fpa@halvorsenmfg.com",
        subject="Headcount + turnover for the board deck",
        body="As of 03/06. Two tabs.",
        atts=(Att("headcount_0306.xlsx", XLSX, _HEADCOUNT_XLSX),),
    ),
    Spec(
        phi=False,
        category="aggregate wellness results PDF to leadership",
        notes="Hard negative: wellness PDF with percentages of elevated blood pressure and BMI across participants; aggregate only.",
        frm=f"Wellness <wellness@{HAL}>",
        to="leadership@halvorsenmfg.com",
        subject="2025 wellness program results",
        body="Summary attached. Individual results never come to us; the vendor sends only aggregates.",
        atts=(Att("Wellness_2025_results.pdf", "application/pdf", _WELLNESS_PDF),),
    ),
    Spec(
        phi=True,
        category="accommodation determination PDF to employee personal email",
        notes="Accommodation PDF naming employee and chronic migraine sent to her gmail.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="priya.natarajan.home@gmail.com",
        subject="Your accommodation request",
        body="Hi Priya,\n\nAs you asked, here is a copy of the determination to your personal email. Facilities will install the light on Thursday."
        + SIG,
        atts=(Att("Accommodation_Natarajan.pdf", "application/pdf", _ACCOM_PDF),),
    ),
    Spec(
        phi=True,
        category="FMLA approval letter to employee home",
        notes="FMLA approval to employee's yahoo naming the serious health condition of his mother (dementia care).",
        frm=f"Leave Desk <leave@{HAL}>",
        to="r.okafor1975@yahoo.com",
        subject="FMLA approved",
        body="Dear Raymond Okafor,\n\nYour request for intermittent FMLA to care for your mother, who is being treated for Alzheimer's dementia, is approved from 03/09/2026 to 09/08/2026, up to 3 days per month. Please code absences as FMLA-FAM in the time clock."
        + SIG,
    ),
    Spec(
        phi=False,
        category="FMLA policy reminder to managers",
        notes="Hard negative: manager reminder about FMLA process mentions medical certification and serious health conditions generically.",
        frm=f"Leave Desk <leave@{HAL}>",
        to="managers@halvorsenmfg.com",
        subject="Reminder: how to handle a leave request",
        body="Managers, when an employee mentions a hospital stay, pregnancy, a sick parent or any serious health condition, send them to the Leave Desk within 2 business days. Do not ask about the diagnosis. Medical certifications go to HR only, never into the personnel file.",
    ),
    Spec(
        phi=True,
        category="EAP referral to counselor with employee name",
        notes="Hard positive: mandatory EAP referral to the EAP vendor naming employee and reason (alcohol on shift).",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="referrals@summitpathEAP.com",
        subject="Formal referral",
        body="Per our conversation: formal supervisory referral for Wade Lindqvist, Plant 2 maintenance, emp H-18872, cell 610-555-0119. Reason: smelled of alcohol on shift 02/20 and reasonable-suspicion test positive. He has agreed to an assessment. Please confirm attendance only."
        + SIG,
    ),
    Spec(
        phi=False,
        category="EAP awareness newsletter",
        notes="Hard negative: HTML-only EAP promo mentioning depression, addiction and grief counselling generally.",
        frm=f"Wellness <wellness@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="Your EAP: 6 free sessions",
        body="",
        html="<html><body><h3>You are not alone</h3><p>Stress, depression, grief, drinking or drug worries, money problems: the Employee Assistance Program offers 6 free confidential sessions per issue for you and your household. Call 610-555-0188 any time. Halvorsen never learns who calls.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="short-term disability claim forwarded to insurer",
        notes="Employee name, surgery and expected return date sent to the disability carrier.",
        frm=f"Leave Desk <leave@{HAL}>",
        to="std.intake@pinecrestdisability.com",
        subject="STD claim - employer statement",
        body="Employer statement for Carla Mendes (emp H-19510, DOB 07/30/1966): last day worked 02/13/2026, right total hip arthroplasty 02/16, surgeon expects return 05/11. Weekly earnings $1,086. Job: CNC operator, standing 8 h."
        + SIG,
    ),
    Spec(
        phi=False,
        category="401(k) rollover instructions to former employee",
        notes="401(k) rollover instructions to a former employee's personal mailbox; retirement plan, no health information.",
        frm=f"Payroll <payroll@{HAL}>",
        to="jruiz.home1990@yahoo.com",
        subject="Your 401(k) rollover paperwork",
        body="Hi Jacinta,\n\nAs requested, to roll your Halvorsen 401(k) balance into your new employer's plan, call the recordkeeper at 800-555-0199 and ask for a direct rollover. Your final paycheck and PTO payout were deposited on 03/06."
        + SIG,
    ),
    Spec(
        phi=True,
        category="COBRA election notice to former employee",
        notes="COBRA notice to a former employee's personal email naming her and her family's medical/dental coverage; enrolment in health plan.",
        frm=f"Benefits <benefits@{HAL}>",
        to="mkowalczyk88@outlook.com",
        subject="COBRA continuation - election notice",
        body="Dear Marta Kowalczyk,\n\nYour coverage under the Halvorsen PPO 500 medical plan (family tier: you, Piotr and Zofia) and Delta dental ends 03/31/2026. You may elect COBRA within 60 days. Monthly premium: $2,114.60. Member ID HAL-PPO-7731204.\n\nSee the attached instructions."
        + SIG,
        atts=(
            Att(
                "COBRA_instructions.txt",
                "text/plain",
                "How to elect: return the election form or call 610-555-0177. First premium due within 45 days of election.\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="benefits fair calendar invite",
        notes="Calendar invite for the benefits fair; no individual.",
        frm=f"Benefits <benefits@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="Benefits fair - cafeteria",
        body="Vendors on site: medical, dental, vision, EAP, 401(k). Free blood pressure checks by the wellness vendor.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Halvorsen//HR//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hal-fair-2026@halvorsenmfg.com\r\nDTSTAMP:20260309T150000Z\r\n"
            "DTSTART:20260318T160000Z\r\nDTEND:20260318T200000Z\r\nSUMMARY:Benefits fair\r\nLOCATION:Cafeteria, Plant 1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="return-to-work meeting invite naming restrictions",
        notes="Hard positive: calendar invite to supervisor whose description names the employee and his post-surgery lifting restriction.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="supervisor.plant1@halvorsenmfg.com",
        cc="g.estevez.family@gmail.com",
        subject="RTW meeting",
        body="Meeting to plan Gloria's return.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Halvorsen//HR//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hal-rtw-estevez@halvorsenmfg.com\r\nDTSTAMP:20260310T150000Z\r\n"
            "DTSTART:20260313T140000Z\r\nDTEND:20260313T143000Z\r\nSUMMARY:RTW - Gloria Estevez\r\n"
            "DESCRIPTION:Gloria back after knee surgery (meniscectomy). IME says MMI\\, no kneeling or ladders for 60 days.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="flu shot clinic staff notice",
        notes="Staff notice about an onsite vaccine clinic; no individual.",
        frm=f"Wellness <wellness@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="Late-season flu shots Thursday",
        body="Ironbridge nurses will be in the Plant 2 training room Thursday 10-2. Bring your insurance card; no cost to you.",
    ),
    Spec(
        phi=True,
        category="dependent eligibility verification with disability detail",
        notes="Hard positive: note to the TPA asking to extend coverage for an overage dependent because of his cerebral palsy; names employee and son.",
        frm=f"Benefits <benefits@{HAL}>",
        to="eligibility@keystoneclaimsadmin.com",
        subject="Disabled dependent extension - H-17720",
        body="Please keep Eli Haverford (son of employee Janet Haverford, H-17720) on the PPO past age 26. He has cerebral palsy and is incapable of self-support; physician certification attached to the portal upload."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HSA contribution limits notice",
        notes="Hard negative: notice on HSA limits and eligible expenses listing prescriptions and insulin generically.",
        frm=f"Benefits <benefits@{HAL}>",
        to="hdhp-enrollees@halvorsenmfg.com",
        subject="2026 HSA limits and what you can buy",
        body="2026 limits: $4,400 self-only, $8,750 family, +$1,000 if 55+. Eligible: deductibles, copays, prescriptions, insulin, glasses, dental work, hearing aids. Keep your receipts.",
    ),
    Spec(
        phi=True,
        category="HR reply to employee about spouse cancer claim appeal",
        notes="Reply to employee's work-external email naming spouse's denied chemotherapy claim.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="dennis.arbogast@comcast.net",
        subject="Re: Linda's claim denial",
        body="Dennis,\n\nI spoke with Keystone. The denial for Linda's pembrolizumab infusion on 02/11 was coded as out-of-network because the infusion centre billed under a new tax ID. They will reprocess once the oncologist's office resubmits. Reference: KCA appeal AP-26-0318.\n\nTamsin"
        + SIG,
    ),
    Spec(
        phi=False,
        category="benefits guide docx with conditions in examples",
        notes="Hard negative: DOCX plan summary describing coverage for diabetes, pregnancy and mental health in general terms.",
        frm=f"Benefits <benefits@{HAL}>",
        to="newhires@halvorsenmfg.com",
        subject="Your 2026 benefits guide",
        body="Welcome! Your benefits guide is attached. Enrolment window: 30 days from start date.",
        atts=(
            Att(
                "Halvorsen_Benefits_Guide_2026.docx",
                DOCX,
                docx(
                    [
                        "Halvorsen Manufacturing Benefits Guide 2026",
                        "Medical: PPO 500 and HDHP 2500. Diabetes supplies and insulin at $0 copay on both plans.",
                        "Maternity: prenatal visits covered in full; 6 weeks paid parental leave.",
                        "Mental health: therapy $20 copay; EAP 6 sessions free.",
                        "Contact benefits@halvorsenmfg.com",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of FMLA certifications to TPA",
        notes="Password-protected zip of FMLA medical certifications; body names the two employees whose certifications are enclosed.",
        frm=f"Leave Desk <leave@{HAL}>",
        to="leave.admin@keystoneclaimsadmin.com",
        subject="FMLA certifications (encrypted)",
        body="Attached, encrypted: provider certifications for Raymond Okafor (family care) and Priya Natarajan (own condition). Password by phone as usual."
        + SIG,
        atts=(
            Att(
                "FMLA_certs_0310.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Okafor_WH380F.txt": "Patient: Adaeze Okafor, mother of employee. Condition: Alzheimer's disease, moderate.\n",
                        "Natarajan_WH380E.txt": "Employee: Priya Natarajan. Chronic migraine; flare-ups 1-2 per month lasting 1-2 days.\n",
                    },
                    "Hal-Leave-0310",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="retirement party note to retiree personal email",
        notes="Retirement party logistics to the retiree's gmail; no health information.",
        frm=f"HR Communications <hrcomms@{HAL}>",
        to="walt.brenner.tooling@gmail.com",
        subject="Your retirement party - Friday at 3",
        body="Walt, just confirming the party in the cafeteria this Friday at 3 to mark your 38 years in tooling. Your family is welcome; we have cake for 80. Your retiree ID badge will be ready at the front desk.",
    ),
    Spec(
        phi=True,
        category="injury report forwarded to claims administrator",
        notes="Employer's WC injury report names employee, date of birth and back injury, sent to the TPA.",
        frm=f"Safety Office <safety@{HAL}>",
        to="fnoi@keystoneclaimsadmin.com",
        subject="New WC claim - Plant 1 - lifting injury",
        body="Employee: Owen Castellano, emp H-21344, DOB 06/11/1992\nDate/time: 03/05/2026 14:10, Plant 1 press line\nInjury: low back strain lifting a die set; seen at Ironbridge same day, off work 3 days then light duty\nWitness: Sam Ortiz\nSupervisor: Kyle Dunmore"
        + SIG,
    ),
    Spec(
        phi=False,
        category="OSHA 300A summary posting",
        notes="Hard negative: OSHA 300A annual totals (cases, days away) posted to staff; aggregate, no names.",
        frm=f"Safety Office <safety@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="2025 OSHA 300A summary posted",
        body="Our 2025 summary is posted by each time clock through April 30:\nTotal recordable cases: 17\nDays away from work cases: 5\nJob transfer/restriction cases: 8\nInjuries: 15, skin disorders: 1, hearing loss: 1\nTotal hours worked: 1,162,400",
    ),
    Spec(
        phi=True,
        category="manager note about employee hospitalisation",
        notes="Hard positive: manager-to-HR-to-broker note with first name, department and 'admitted for chest pain'; employer context identifies him.",
        frm=f"Benefits <benefits@{HAL}>",
        to="claims.advocate@brightwaterbenefits.com",
        subject="FW: can you help Hector with the hospital bill?",
        body="Hi Jen - Hector in Plant 2 shipping (emp H-16409) was admitted to St. Luke's 02/27 for chest pain, stent placed. He got a $9,800 balance bill from the ambulance. Can your advocate team call him at 610-555-0134?\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=False,
        category="broker renewal meeting follow-up",
        notes="Broker renewal discussion with trend percentages; no individual.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="account.team@brightwaterbenefits.com",
        subject="Renewal follow-ups",
        body="Thanks for today. Action items: (1) model a $750 deductible option, (2) quote stop-loss at $100k and $125k specific, (3) explain the 11.2% trend (you cited specialty Rx and two large claims, no names please). Next meeting 03/24."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only wellness incentive message naming tobacco status",
        notes="Hard positive: HTML-only mail to employee's personal address names him as a tobacco user in cessation coaching.",
        frm=f"Wellness <wellness@{HAL}>",
        to="kdunmore77@aol.com",
        subject="Your premium credit",
        body="",
        html="<html><body><p>Hi Kyle Dunmore,</p><p>Because you completed 4 of 6 sessions of the tobacco cessation coaching program, your $25/paycheck tobacco surcharge will be removed starting April. Keep going!</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only job posting safety coordinator",
        notes="Hard negative: HTML-only job posting mentioning injury case management and drug testing duties; no individual.",
        frm=f"Talent <talent@{HAL}>",
        to="postings@lehighvalleyjobs.net",
        subject="Job posting: Safety & Workers' Comp Coordinator",
        body="",
        html="<html><body><h3>Safety &amp; Workers' Comp Coordinator</h3><ul><li>Manage injury reports and liaise with our TPA and occupational clinic</li><li>Coordinate post-accident drug testing</li><li>Maintain OSHA 300 logs</li></ul><p>Apply at halvorsenmfg.com/careers</p></body></html>",
    ),
    Spec(
        phi=True,
        category="zip of new hire physical clearances",
        notes="Zip of pre-placement clearances with names and a hearing restriction, sent to HRIS vendor.",
        frm=f"HRIS <hris@{HAL}>",
        to="support@peopletrackhris.com",
        subject="Docs for upload - new hires March",
        body="Please attach to each employee file.",
        atts=(
            Att(
                "newhire_clearances_march.zip",
                "application/zip",
                zipped(
                    {
                        "Oyelaran_Folake_clearance.txt": "Folake Oyelaran - pre-placement exam 03/02/2026 - CLEARED, no restrictions.\n",
                        "Rasmussen_Nils_clearance.txt": "Nils Rasmussen - pre-placement exam 03/03/2026 - CLEARED WITH RESTRICTION: hearing protection required, baseline audiogram shows mild loss both ears.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of blank benefits forms",
        notes="Zip of blank enrolment and beneficiary forms; no individual.",
        frm=f"Benefits <benefits@{HAL}>",
        to="frontoffice.plant2@halvorsenmfg.com",
        subject="Forms for the Plant 2 rack",
        body="Please print 20 of each for the forms rack.",
        atts=(
            Att(
                "blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "enrollment_change.txt": "Name: ____ Emp #: ____ Qualifying event: ____ Date: ____\n",
                        "beneficiary.txt": "Primary beneficiary: ____ Relationship: ____ %: ____\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to employee's spouse about maternity leave and pregnancy complication",
        notes="Reply to husband's personal mail confirming his wife's leave dates for pre-eclampsia bed rest.",
        frm=f"Leave Desk <leave@{HAL}>",
        to="tomas.vieira@protonmail.com",
        subject="Re: Ana's leave",
        body="Hi Tomas,\n\nThanks for letting us know. We have Ana's leave starting today, 03/10, since her OB put her on bed rest for pre-eclampsia. She does not need to do anything else right now; STD paperwork can wait until after the baby arrives. Wishing you both well."
        + SIG,
    ),
    Spec(
        phi=False,
        category="mental health awareness month staff notice",
        notes="Hard negative: staff notice about mental health awareness with suicide hotline; no individual.",
        frm=f"HR Communications <hrcomms@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="Check in on each other",
        body="Manufacturing has one of the highest suicide rates of any industry. If you or a co-worker are struggling, call or text 988 any time, or use the EAP at 610-555-0188. Supervisors: the 'Recognise and Refer' training is on 03/19.",
    ),
    Spec(
        phi=False,
        category="vendor BAA renewal email",
        notes="Contract renewal for business associate agreement; no individual.",
        frm=f"Tamsin Wolde <twolde@{HAL}>",
        to="legal@keystoneclaimsadmin.com",
        subject="BAA renewal - signed copy",
        body="Attached is our countersigned BAA renewal for plan years 2026-2028. Please send the fully executed copy for our files.",
        atts=(
            Att(
                "BAA_Halvorsen_Keystone_2026.docx",
                DOCX,
                docx(
                    [
                        "Business Associate Agreement",
                        "Between Halvorsen Manufacturing Group Health Plan and Keystone Claims Administrators, Inc.",
                        "Term: 01/01/2026 - 12/31/2028",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="plan exception request with member ID and drug",
        notes="Hard positive: terse exception request listing only member ID, first initial and a specialty drug.",
        frm=f"Benefits <benefits@{HAL}>",
        to="pharmacy.review@keystoneclaimsadmin.com",
        subject="exception req",
        body="Member HAL-PPO-6620418 (J. Haverford) - plan sponsor approves one-time exception for Humira 40 mg q2w pending step therapy records. Please apply today, she's out.",
    ),
    Spec(
        phi=False,
        category="security awareness phishing notice",
        notes="IT phishing warning mentioning fake 'medical claim' lures; no individual.",
        frm=f"IT Security <itsecurity@{HAL}>",
        to="allemployees@halvorsenmfg.com",
        subject="Phishing: fake 'Explanation of Benefits' emails",
        body="Several of you received emails claiming to be an Explanation of Benefits with a link to 'view your medical claim'. They are fake. Real EOBs come from Keystone's portal only. Report with the Phish button.",
    ),
    Spec(
        phi=False,
        category="sample employee record for HRIS testing",
        notes="Hard negative: test record explicitly fictitious (TEST, EMPLOYEE) with made-up STD leave to test an HRIS interface.",
        frm=f"HRIS <hris@{HAL}>",
        to="support@peopletrackhris.com",
        subject="UAT test case 14",
        body="For UAT in the sandbox: create fictitious employee TEST, EMPLOYEE FOURTEEN (emp T-00014), leave type STD, reason code 'surgery', start 03/01/2026. This is a dummy record; please purge after the test cycle.",
    ),
    Spec(
        phi=False,
        category="reply declining to share employee medical info",
        notes="Hard negative: HR refuses a lender's verification request and states no medical information is shared; names employee only for employment verification.",
        frm=f"HR Service Center <hrservice@{HAL}>",
        to="verifications@keystonemortgagegroup.com",
        subject="Re: Verification of employment - N. Rasmussen",
        body="Nils Rasmussen has been employed full-time since 03/02/2026 as a press operator. We do not release leave, medical or benefits information; for salary please use The Work Number."
        + SIG,
    ),
]
