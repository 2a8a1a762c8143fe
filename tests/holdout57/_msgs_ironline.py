"""Ironline Occupational Health (ironlineoccmed.com): DOT physicals and occ-med for a trucking fleet (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nIronline Occupational Health\n2400 Commerce Pkwy, Suite 110, Fenwick OH 44105\nP 555-0155  F 555-0156"
RM = "redmesafreight.com"

X12_837 = (
    "ISA*00*          *00*          *ZZ*IRONLINEOH     *ZZ*BUCKEYEMUTUAL  *260318*0915*^*00501*000005702*0*P*:~"
    "GS*HC*IRONLINEOH*BUCKEYEMUTUAL*20260318*0915*5702*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*IOH5702*20260318*0915*CH~"
    "NM1*85*2*IRONLINE OCCUPATIONAL HEALTH*****XX*1812412744~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*WC-26-118204******WC~"
    "NM1*IL*1*BAPTISTE*HUGO****MI*538219046~N3*5 RIDGE CT~N4*FENWICK*OH*44103~DMG*D8*19770611*M~"
    "REF*SY*538-21-9046~"
    "CLM*IOH26031801*310***11:B:1*Y*A*Y*Y~DTP*439*D8*20260312~"
    "HI*ABK:S39.012A*ABF:M54.50~"
    "LX*1~SV1*HC:99204*210*UN*1***1~LX*2~SV1*HC:97110*100*UN*2***1~"
    "SE*17*0001~GE*1*5702~IEA*1*000005702~"
)

OCR_FORM = (
    "[OCR scan - MCSA-5875 page 2 - driver health history]\n"
    "Driver name: DEWITT, CALVIN R        DOB: 09/14/1968\n"
    "CDL #: OH RK448120   State: OH\n"
    "Do you have or have you ever had:\n"
    "  [X] Yes [ ] No  Diabetes or elevated blood sugar controlled by: [ ] diet [X] pills [ ] insulin\n"
    "  [ ] Yes [X] No  Seizures, epilepsy\n"
    "  [X] Yes [ ] No  Sleep disorders, pauses in breathing while asleep, daytime sleepiness, loud snoring\n"
    "  [X] Yes [ ] No  High blood pressure\n"
    "Medications: metformin 1000 BID, lisinopril 20 daily\n"
    "Examiner comment: STOP-BANG 6 -> sleep study before certification\n"
)

HL7_SPEC = (
    "Ironline OH - Results interface spec v0.3 (for Red Mesa HRIS vendor)\n\n"
    "We send ONLY the certification outcome, never exam findings.\n\n"
    "Segment  Field   Meaning                  Example\n"
    "PID      PID-3   Employee number          <employee id>\n"
    "PID      PID-5   Driver name              LAST^FIRST\n"
    "PID      PID-7   Date of birth            YYYYMMDD\n"
    "OBX      OBX-5   Certification status     CERT-2YR | CERT-1YR | TEMP | DQ | PENDING\n"
    "OBX      OBX-14  Exam date                YYYYMMDD\n\n"
    "No sample production data will be shared before the BAA/DPA is signed.\n"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="DOT one-year card for hypertension to employer",
        notes="Employer told a named driver got a one-year card because of stage 1 hypertension with BP reading.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to=f"safety@{RM}",
        subject="DOT exam - Luis Ortega",
        body=(
            "Jim,\n\nLuis Ortega completed his DOT physical today. He is certified for 1 year only: BP was 148/92 on two "
            "readings (stage 1 hypertension) and he is not yet on medication. I've asked him to see his PCP. His card "
            "is in the portal.\n\nNadia Kaplan, DO, Certified Medical Examiner" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="medical examiner certificate PDF",
        notes="Hard positive: body says only 'MEC attached'; the PDF names the driver, DOB, CDL number and corrective-lens restriction.",
        frm="Front Desk <frontdesk@ironlineoccmed.com>",
        to=f"dqfiles@{RM}",
        subject="MEC for driver file",
        body="MEC attached for your DQ file.",
        atts=(
            Att(
                "MEC_0317_RK.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONLINE OCCUPATIONAL HEALTH",
                        "MEDICAL EXAMINER'S CERTIFICATE (MCSA-5876)",
                        "Driver: Rebecca J. Kowal    DOB: 04/22/1981",
                        "Driver licence: OH RK772019",
                        "Meets standards in 49 CFR 391.41; qualifies for 2-year certificate",
                        "Restriction: wearing corrective lenses",
                        "Exam date: 03/17/2026   Expires: 03/17/2028",
                        "Examiner: Nadia Kaplan, DO   NPI: 1025918537",
                    ],
                    "MCSA-5876",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="driver roster workbook with certification restrictions",
        notes="Hard positive: multi-sheet roster to the employer with driver names, card lengths and reasons (BP, ITDM, sleep apnea).",
        frm="Client Services <clients@ironlineoccmed.com>",
        to=f"compliance@{RM}",
        subject="DOT card expirations Apr-Jun",
        body="Attached is the expiring-cards list you asked for, plus the short-card tab. Please get these drivers scheduled.\n\nMarla",
        atts=(
            Att(
                "RedMesa_DOT_expirations_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Expiring": [
                            ["Driver", "Emp #", "Card expires", "Terminal"],
                            ["Ortega, Luis", "RM1182", "2026-04-09", "Fenwick"],
                            ["Dewitt, Calvin", "RM0744", "2026-04-30", "Dover Hts"],
                            ["Haines, Russell", "RM1320", "2026-05-15", "Fenwick"],
                        ],
                        "Short cards": [
                            ["Driver", "Card length", "Reason"],
                            ["Ortega, Luis", "1 yr", "HTN stage 1"],
                            ["Pryor, Deshawn", "1 yr", "ITDM - MCSA-5870 on file"],
                            ["Dewitt, Calvin", "3 mo", "OSA - CPAP compliance needed"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="sleep study referral for driver",
        notes="Referral of a named driver with BMI and neck size to a sleep center for suspected OSA.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to="referrals@fenwicksleepcenter.org",
        subject="Referral: in-lab or home sleep test",
        body=(
            "Hello,\n\nPlease evaluate Calvin Dewitt (DOB 09/14/1968, cell 555-0124), a commercial driver, for obstructive "
            "sleep apnea. BMI 41, neck 18.5 in, STOP-BANG 6, type 2 diabetes and hypertension. He has a 3-month "
            "temporary card pending your results, so a home sleep test within 2-3 weeks would be ideal.\n\n"
            "Thank you,\nNadia Kaplan, DO" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse recheck note to dispatcher",
        notes="Hard positive: one-line note with a driver's surname, a temporary 3-month card and a required sleep study.",
        frm="Marla Jensen <mjensen@ironlineoccmed.com>",
        to=f"dispatch@{RM}",
        subject="Dewitt",
        body="Dewitt - temp 3 mo card only. Needs sleep study + CPAP data by 6/15 or he's off the board. -MJ",
    ),
    Spec(
        phi=True,
        category="ITDM assessment form request to driver gmail",
        notes="Driver's gmail told he must bring the insulin-treated diabetes form and A1c from his treating clinician.",
        frm="Front Desk <frontdesk@ironlineoccmed.com>",
        to="deshawn.pryor@gmail.com",
        subject="Before your DOT exam next week",
        body=(
            "Mr. Pryor,\n\nBecause you use insulin, FMCSA requires your treating clinician to complete form MCSA-5870 "
            "(Insulin-Treated Diabetes Mellitus Assessment) within 45 days before your exam. Please bring it along "
            "with your most recent A1c and 3 months of glucose logs. Your exam is Tuesday 3/24 at 9:00.\n\nThanks!"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="return-to-work restrictions after back strain",
        notes="Work status of a named employee after lumbar strain with lifting restrictions, sent to HR.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to=f"hr@{RM}",
        subject="Work status update - Hugo Baptiste (claim WC-26-118204)",
        body=(
            "Work status as of 3/18/2026:\n\nEmployee: Hugo Baptiste\nDiagnosis: lumbar strain (S39.012A)\n"
            "Status: modified duty - no lifting over 25 lb, no driving the tractor, may do yard/office work\n"
            "Next visit: 3/25 (PT 2x/week in between)\n\nNadia Kaplan, DO" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 workers comp claim with SSN",
        notes="Hard positive: 837 claim file with the injured worker's name, SSN, address and diagnosis codes; cover note is blank-ish.",
        frm="Billing <billing@ironlineoccmed.com>",
        to="edi@buckeyemutualcomp.com",
        subject="837P batch 5702",
        body="Batch attached. 1 claim.",
        atts=(Att("IOH_837P_5702.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="audiogram result to driver",
        notes="Hearing test result showing high-frequency loss for a named driver sent to his hotmail.",
        frm="Hearing Conservation <hearing@ironlineoccmed.com>",
        to="rhaines_1970@hotmail.com",
        subject="Your hearing test",
        body=(
            "Russell,\n\nYour annual audiogram (3/16) shows a standard threshold shift in the left ear at 4000-6000 Hz "
            "compared with your 2023 baseline. You still meet the DOT whisper/audiometric standard, but we recommend "
            "an ENT visit and wearing your plugs in the shop. A retest in 30 days is required by OSHA.\n\n"
            "Gwen Tran, CAOHC" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="disqualification in subject line",
        notes="Hard positive: subject alone names the driver, his licence number and a vision disqualification.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to=f"safety@{RM}",
        subject="DQ - vision - R. Haines, CDL OH RH550182 - do not dispatch",
        body="See subject. Called him already. He can come back with an eye doctor's report.",
    ),
    Spec(
        phi=True,
        category="National Registry results upload CSV",
        notes="Hard positive: weekly CSV for the FMCSA registry lists drivers' names, DOBs, licence numbers and exam outcomes; body is routine.",
        frm="Registry Clerk <registry@ironlineoccmed.com>",
        to="nrcme-batch@fmcsa-registry-portal.org",
        subject="Weekly batch - ME 3817725599",
        body="Weekly results batch attached (examiner ME 3817725599). 4 records.",
        atts=(
            Att(
                "nrcme_week11.csv",
                "text/csv",
                "exam_date,last,first,dob,lic_state,lic_no,outcome,cert_months\n2026-03-16,KOWAL,REBECCA,1981-04-22,OH,RK772019,MEETS,24\n2026-03-16,ORTEGA,LUIS,1979-12-03,OH,RL118202,MEETS,12\n2026-03-17,DEWITT,CALVIN,1968-09-14,OH,RK448120,DETERMINATION PENDING,0\n2026-03-18,HAINES,RUSSELL,1970-01-27,OH,RH550182,DOES NOT MEET,0\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded driver email about stent to MRO",
        notes="Hard positive: forward of a driver's own email describing his stent and cardiology clearance, sent on to a consulting cardiologist.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to="consults@lakeviewcardiology.com",
        subject="Fwd: my cardiologist cleared me",
        body="Dr. Raines - is 6 weeks post-stent enough under the FMCSA cardio guidance in your opinion? His ETT report is coming.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Tom Bergstrom <tbergstrom.trucker@yahoo.com>",
            to="nkaplan@ironlineoccmed.com",
            subject="my cardiologist cleared me",
            body="Dr Kaplan, I had 2 stents put in on Feb 2 at St. Vincent after the heart attack. Dr. Malik says I'm good to drive. Can I get my card back? My CDL is OH TB330917. - Tom",
        ),
    ),
    Spec(
        phi=True,
        category="respirator clearance with asthma for warehouse worker",
        notes="Respirator medical clearance naming a worker, mild asthma and conditional clearance, sent to the employer.",
        frm="Clinic <clinic@ironlineoccmed.com>",
        to=f"warehouse.safety@{RM}",
        subject="Respirator clearance - paint booth",
        body=(
            "Respirator medical evaluation (OSHA 1910.134) for Imani Sutherland, paint booth tech:\n\n"
            "Cleared for half-face APR with restrictions - mild intermittent asthma, keep rescue inhaler on site, "
            "no SCBA. Re-evaluate in 1 year or if symptoms change. Fit test passed 3/17 (3M 6200, medium).\n"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="hepatitis B series reminder to worker",
        notes="Reminder to a worker's personal email naming him and his hepatitis B vaccine dose due.",
        frm="Clinic <clinic@ironlineoccmed.com>",
        to="a.novak.dockworker@gmail.com",
        subject="Dose 3 due",
        body="Hi Andrej, your third Engerix-B dose (hepatitis B series) is due after 4/2. Walk in any weekday 7-4. Your titer will be drawn 1-2 months later.\n\nIronline Clinic",
    ),
    Spec(
        phi=True,
        category="recertification invite implying sleep apnea",
        notes="Hard positive: calendar invite to a driver for DOT recertification asking him to bring his CPAP compliance download, revealing sleep apnea.",
        frm="Front Desk <frontdesk@ironlineoccmed.com>",
        to="calvin.dewitt68@yahoo.com",
        subject="Invitation: DOT recert",
        body="See invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironline//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ioh-recert-0744@ironlineoccmed.com\r\nDTSTAMP:20260318T130000Z\r\n"
            "DTSTART:20260615T123000Z\r\nDTEND:20260615T131500Z\r\nSUMMARY:DOT recert - C. Dewitt\r\n"
            "DESCRIPTION:Bring 90-day CPAP compliance download (>=4 h/night on 70% of nights) and glucose log.\r\n"
            "LOCATION:Ironline OH\\, 2400 Commerce Pkwy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="scanned health history OCR text to examiner",
        notes="Hard positive: OCR text of a driver's health history form with checkboxes for diabetes, sleep disorder and hypertension.",
        frm="Scanning <scan@ironlineoccmed.com>",
        to="drkaplan.consult@medexaminerpartners.com",
        subject="scan 0318-07",
        body="Scanned page attached (OCR). Original in the chart.",
        atts=(Att("scan_0318-07.txt", "text/plain", OCR_FORM),),
    ),
    Spec(
        phi=True,
        category="seizure history clearance request to PCP",
        notes="Letter to a driver's PCP asking for neurology clearance after a reported seizure.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to="records@riversidefamilypractice.net",
        subject="Request for records - commercial driver exam",
        body=(
            "Dear Dr. Huang,\n\nYour patient Emeka Baptiste-Obi (DOB 12/01/1985) is applying for a commercial driver "
            "certificate. He reports a single unprovoked seizure in 2019 and has been on levetiracetam since. Please send "
            "neurology notes, most recent EEG, and a statement about seizure-free interval. A signed release is attached.\n\n"
            "Sincerely,\nNadia Kaplan, DO" + SIG
        ),
        atts=(
            Att(
                "release_Baptiste-Obi.docx",
                DOCX,
                docx(
                    [
                        "AUTHORIZATION TO RELEASE HEALTH INFORMATION",
                        "Patient: Emeka Baptiste-Obi  DOB 12/01/1985",
                        "Release to: Ironline Occupational Health",
                        "Information: neurology notes, EEG 2019-2026",
                        "Signed: E. Baptiste-Obi  03/16/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vision test photo named after driver",
        notes="Hard positive: body says little; the PNG file name carries the driver's name and a failed vision test.",
        frm="Gwen Tran <gtran@ironlineoccmed.com>",
        to="eyecare@clearviewoptometry.net",
        subject="photo of screener printout",
        body="Here's the screener printout you asked about. Call me if it's unreadable.",
        atts=(
            Att("Haines_Russell_vision_FAIL_20-50_OS.png", "image/png", png(5, 3, (240, 240, 240))),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only post-accident alcohol and injury note",
        notes="HTML-only note to the employer naming a driver seen after a crash with a wrist fracture and the post-accident test done.",
        frm="Clinic <clinic@ironlineoccmed.com>",
        to=f"safety@{RM}",
        subject="Post-accident visit",
        body="",
        html=(
            "<html><body><p>Jim,</p><p><b>Tyrell Manning</b> was seen at 14:10 after the jackknife on I-71. "
            "X-ray: non-displaced scaphoid fracture, right wrist; thumb spica splint, no driving until ortho clearance. "
            "Post-accident DOT breath alcohol and urine collection done at 14:35 (results to you via the MRO).</p>"
            "<p>Ironline Clinic</p></body></html>"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="DOT services proposal DOCX",
        notes="Hard negative: service proposal listing sleep apnea screening and diabetes assessments as services and prices; no individual.",
        frm="Business Development <bizdev@ironlineoccmed.com>",
        to="procurement@granitelinetrucking.com",
        subject="Proposal - DOT physicals and drug testing program",
        body="Thank you for meeting with us. Our proposal is attached; pricing is held for 60 days.\n\nOwen Price\nBusiness Development"
        + SIG,
        atts=(
            Att(
                "Ironline_proposal_GraniteLine.docx",
                DOCX,
                docx(
                    [
                        "Ironline Occupational Health - Proposal for Granite Line Trucking",
                        "DOT physical (MCSA-5875/5876): $95",
                        "Sleep apnea screening (STOP-BANG) and HST coordination: $60",
                        "Insulin-treated diabetes assessment review: included",
                        "DOT 5-panel urine drug test with MRO: $48; breath alcohol: $30",
                        "Mobile clinic day (up to 25 drivers): $450 trip fee",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FMCSA rule update for clients",
        notes="Hard negative: regulatory update on insulin and vision standards; discusses conditions but no individual.",
        frm="Dr. Nadia Kaplan <nkaplan@ironlineoccmed.com>",
        to="clients@list.ironlineoccmed.com",
        subject="What changed: FMCSA vision and insulin rules",
        body=(
            "Fleet safety managers,\n\nA quick reminder of two rules that still confuse people:\n\n"
            "1. Drivers who treat diabetes with insulin no longer need an exemption. They need form MCSA-5870 from "
            "their treating clinician, and may get a card of up to 12 months.\n"
            "2. Drivers who do not meet the vision standard in one eye may qualify through MCSA-5871 from an eye "
            "specialist, after a 3-month wait period for new drivers.\n\nQuestions welcome." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="quarterly aggregate exam outcomes workbook",
        notes="Hard negative: multi-sheet counts of exam outcomes and injury types for the fleet; no names or IDs.",
        frm="Client Services <clients@ironlineoccmed.com>",
        to=f"vp.safety@{RM}",
        subject="Q1 program report",
        body="Q1 report attached. Counts only, per our agreement - we do not list drivers in this report.",
        atts=(
            Att(
                "RedMesa_Q1_report.xlsx",
                XLSX,
                xlsx(
                    {
                        "Exams": [
                            ["Outcome", "Count"],
                            ["2-year card", 118],
                            ["1-year card", 19],
                            ["Short-term card", 6],
                            ["Does not meet", 3],
                        ],
                        "Injuries": [
                            ["Type", "Count"],
                            ["Strain/sprain", 11],
                            ["Laceration", 4],
                            ["Fracture", 2],
                        ],
                        "Drug and alcohol": [
                            ["Test reason", "Tests", "Positive"],
                            ["Pre-employment", 64, 3],
                            ["Random", 88, 1],
                            ["Post-accident", 5, 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours notice",
        notes="Clinic holiday hours to client companies; no health information.",
        frm="Front Desk <frontdesk@ironlineoccmed.com>",
        to="clients@list.ironlineoccmed.com",
        subject="Closed Good Friday 4/3",
        body="Ironline will be closed Friday 4/3. Post-accident testing is still available 24/7 through our on-call collector at 555-0159.",
    ),
    Spec(
        phi=False,
        category="examiner credential verification",
        notes="Hard negative: examiner's NPI and National Registry number for a client audit; clinician identifiers only.",
        frm="Credentialing <credentialing@ironlineoccmed.com>",
        to=f"audit@{RM}",
        subject="Examiner credentials for your DQ audit",
        body=(
            "For your FMCSA audit binder:\n\nNadia Kaplan, DO\nNPI: 1025918537\nNational Registry ME 3817725599 (exp 2030)\n\n"
            "Samir Aziz, PA-C\nNPI: 1301796615\nNational Registry ME 2209144810 (exp 2029)\n\nBoth verified on the registry website today."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="job posting certified medical examiner",
        notes="Hard negative: job ad mentioning DOT exams, sleep apnea and diabetes screening; no individual.",
        frm="Careers <careers@ironlineoccmed.com>",
        to="postings@occmedjobs.net",
        subject="Job: Certified Medical Examiner (NP/PA) - Fenwick OH",
        body="Ironline seeks an NP or PA listed on the National Registry to perform DOT physicals, screen for sleep apnea and diabetes, and manage work injuries. Mon-Fri days. Apply at ironlineoccmed.com/jobs.",
    ),
    Spec(
        phi=False,
        category="sample MEC for HR training",
        notes="Hard negative: training PDF of a sample medical examiner certificate for a clearly fictional 'SAMPLE DRIVER'.",
        frm="Client Services <clients@ironlineoccmed.com>",
        to=f"hr.training@{RM}",
        subject="How to read a medical card - training handout",
        body="For your new HR coordinators: a marked-up SAMPLE card showing where to find the expiry and restrictions. This is not a real driver.",
        atts=(
            Att(
                "SAMPLE_medical_card_training.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONLINE OCCUPATIONAL HEALTH - TRAINING SAMPLE",
                        "*** SAMPLE - NOT A REAL DRIVER ***",
                        "Driver: SAMPLE DRIVER   DOB: 01/01/1970",
                        "Restriction box: e.g. 'wearing corrective lenses', 'accompanied by SPE certificate'",
                        "Expiry: check this date against the MVR",
                    ],
                    "Training sample",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly invoice with counts only",
        notes="Hard negative: invoice listing numbers of DOT physicals and alcohol tests with no driver names.",
        frm="Billing <billing@ironlineoccmed.com>",
        to=f"ap@{RM}",
        subject="Invoice IOH-2026-0311",
        body="Invoice attached, net 30. Itemised driver list available in the portal to authorised users.",
        atts=(
            Att(
                "IOH-2026-0311.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONLINE OCCUPATIONAL HEALTH - INVOICE IOH-2026-0311",
                        "Bill to: Red Mesa Freight, Accounts Payable",
                        "DOT physicals  24 x $95.00 = $2,280.00",
                        "Breath alcohol tests  6 x $30.00 = $180.00",
                        "Total due: $2,460.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only ergonomics newsletter",
        notes="HTML-only wellness newsletter on back injury prevention for drivers; no individual.",
        frm="Ironline Wellness <wellness@ironlineoccmed.com>",
        to=f"alldrivers@{RM}",
        subject="3 stretches for your next fuel stop",
        body="",
        html="<html><body><h2>Save your back</h2><ol><li>Standing hamstring stretch</li><li>Hip flexor lunge</li><li>Shoulder rolls</li></ol><p>Most strains we see happen climbing down from the cab. Use three points of contact!</p></body></html>",
    ),
    Spec(
        phi=False,
        category="mobile clinic day invite",
        notes="Calendar invite for an on-site mobile clinic day at the fleet yard; no driver named.",
        frm="Client Services <clients@ironlineoccmed.com>",
        to=f"terminal.mgr@{RM}",
        subject="Mobile clinic - Dover Heights yard",
        body="Booked. Please reserve the break room and send us the sign-up sheet 48 h before.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironline//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ioh-mobile-0408@ironlineoccmed.com\r\nDTSTAMP:20260317T140000Z\r\n"
            "DTSTART:20260408T120000Z\r\nDTEND:20260408T200000Z\r\nSUMMARY:Ironline mobile clinic - DOT physicals & randoms\r\n"
            "LOCATION:Red Mesa Dover Heights terminal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="audiometer calibration certificate",
        notes="Hard negative: calibration certificate with device serial numbers of clinic audiometers; equipment only.",
        frm="Gwen Tran <gtran@ironlineoccmed.com>",
        to="service@acoustek-calibration.com",
        subject="RE: annual calibration - certificates",
        body="Thanks, certificate received. One correction: booth 2's audiometer serial is AT-2207718, not AT-2207178. Please reissue.",
        atts=(
            Att(
                "calibration_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONLINE OCCUPATIONAL HEALTH - AUDIOMETER CALIBRATION 2026",
                        "Booth 1: AT-2207702 - ANSI S3.6 pass",
                        "Booth 2: AT-2207178 - ANSI S3.6 pass",
                        "Technician: L. Moreau, Acoustek",
                    ],
                    "Calibration",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec with field names",
        notes="Hard negative: interface spec text listing field names like DOB and employee ID with placeholders; no real data.",
        frm="IT <it@ironlineoccmed.com>",
        to="implementation@haulhr-software.com",
        subject="Results interface spec v0.3",
        body="Spec attached. Note we send certification status only; no exam findings will ever cross this interface.",
        atts=(Att("Ironline_results_interface_v0.3.txt", "text/plain", HL7_SPEC),),
    ),
    Spec(
        phi=False,
        category="reply declining to share exam details",
        notes="Hard negative: policy reply explaining the employer only receives the certificate; no driver named.",
        frm="Privacy Officer <privacy@ironlineoccmed.com>",
        to=f"hr@{RM}",
        subject="RE: can you send us the full DOT exam forms?",
        body=(
            "Hi Kelly,\n\nWe can't send the long form (MCSA-5875) to the employer; it holds the driver's health history. "
            "Under 49 CFR 391.43 and our privacy policy you receive the medical examiner's certificate, which is all the DQ "
            "file needs. If a driver wants to share more, he can sign our release.\n\nPat Greene, Privacy Officer"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HTML marketing to other fleets",
        notes="Marketing email offering DOT services to an owner-operator who asked for info; no health information about him.",
        frm="Ironline Occupational Health <hello@ironlineoccmed.com>",
        to="bigrig.bob.ownerop@yahoo.com",
        subject="DOT physicals in 45 minutes, door to door",
        body="Ironline: DOT physicals, drug and alcohol testing, injury care. Same-day appointments. Call 555-0155.",
        html="<html><body><h1>DOT physicals in 45 minutes</h1><p>Same-day appointments, on-site mobile clinic, 24/7 post-accident testing.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="blank DOT forms zip",
        notes="Hard negative: zip of blank forms with empty Name/DOB/SSN fields; no person.",
        frm="Front Desk <frontdesk@ironlineoccmed.com>",
        to=f"hr@{RM}",
        subject="Blank forms for new hires",
        body="Blank intake forms attached for your onboarding packet. Drivers can fill page 1 before they come in.",
        atts=(
            Att(
                "Ironline_blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "intake_page1.txt": "IRONLINE OCCUPATIONAL HEALTH - NEW PATIENT INTAKE\nName: ____________  DOB: __/__/____  SSN (last 4): ____\nEmployer: ____________  Phone: ____________\nReason for visit: [ ] DOT physical [ ] drug test [ ] injury\n",
                        "consent_to_release_results.txt": "I authorise Ironline to release my certification status to my employer.\nSignature: ____________ Date: ______\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="loss-control meeting minutes",
        notes="Minutes of a meeting with the carrier's loss-control team using aggregate injury counts only.",
        frm="Owen Price <oprice@ironlineoccmed.com>",
        to="losscontrol@buckeyemutualcomp.com",
        subject="Minutes - loss control meeting 3/12",
        body="Minutes attached. Action items for each of us at the end.",
        atts=(
            Att(
                "minutes_2026-03-12.docx",
                DOCX,
                docx(
                    [
                        "Loss control meeting - Red Mesa Freight / Buckeye Mutual / Ironline",
                        "Q4: 17 recordable injuries, 11 strains from cab exits",
                        "Action: three-point-contact campaign (Ironline)",
                        "Action: review dock lighting (Red Mesa)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="client portal MFA rollout",
        notes="IT notice to client users about MFA on the results portal; no health information.",
        frm="IT <it@ironlineoccmed.com>",
        to="portal-users@list.ironlineoccmed.com",
        subject="Portal sign-in change on April 1",
        body="From April 1 the Ironline client portal requires an authenticator app. Sessions time out after 15 idle minutes. Setup guide: ironlineoccmed.com/portal-mfa",
    ),
    Spec(
        phi=False,
        category="DOT random testing rates notice",
        notes="Hard negative: notice of the annual minimum random drug and alcohol testing rates; policy only, no employee.",
        frm="Drug & Alcohol Program <dapm@ironlineoccmed.com>",
        to=f"der@{RM}",
        subject="2026 FMCSA random testing rates",
        body="FMCSA kept the 2026 minimum annual random rates at 50% for controlled substances and 10% for alcohol. With 212 drivers in your pool, plan on at least 106 drug and 22 alcohol tests spread across the year. Selections will keep coming from the consortium each quarter."
        + SIG,
    ),
]
