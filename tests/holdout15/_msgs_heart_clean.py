"""Heartland Cardiology Associates: outbound mail without PHI (much of it alarming-looking)."""
# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import HCA, PKD, Att, Spec

HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|HCA_EHR|HEARTLAND|CARDIOREMOTE|CR|202611091010||ADT^A04|TST000117|T|2.5.1",
        "PID|1||ZZTEST0001^^^HCA^MR||ZZTEST^CARDIO^ONE||19500101|M|||1 TEST ST^^TESTVILLE^NE^68000",
        "PV1|1|O|HCA^DEVICE^TEST",
        "NTE|1||TEST PATIENT - INTERFACE VALIDATION ONLY - NOT A REAL PERSON",
    ]
)

MESSAGES = [
    Spec(
        phi=False,
        category="new physician announcement with NPI",
        notes="Hard negative: clinician name, specialty, NPI and clinical interests; no patient.",
        frm=f"Denise Carrow <dcarrow@{HCA}>",
        to="referral-coordinators@westfieldfamilymed.com",
        subject="Welcome Dr. Priya Raman - interventional cardiology",
        body=(
            "Hello referral partners,\n\nWe are pleased to announce that Priya Raman, MD (NPI "
            "1308023005) has joined Heartland Cardiology Associates. Dr. Raman completed her "
            "interventional fellowship at the University of Iowa and has a special interest in "
            "chronic total occlusion PCI, peripheral artery disease and women's heart disease. She "
            "sees patients Tuesday and Thursday at Dodge St and is accepting new referrals for chest "
            "pain, positive stress tests and claudication.\n\nDenise Carrow\nPractice Administrator"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: drug names, doses and substitutions for a shortage; no individual.",
        frm=f"Pharmacy & Therapeutics <pt-committee@{HCA}>",
        to=f"all-clinical@{HCA}",
        subject="SHORTAGE: IV diltiazem and adenosine vials - interim guidance",
        body=(
            "All,\n\nOur wholesaler has placed diltiazem 25 mg/5 mL vials and adenosine 6 mg/2 mL on "
            "allocation through at least December. Until further notice:\n"
            "  1. Cath lab: use IV metoprolol 2.5-5 mg for rate control unless contraindicated.\n"
            "  2. Nuclear: regadenoson remains first line; reserve adenosine for regadenoson intolerance.\n"
            "  3. Do not stock adenosine in the clinic crash carts beyond the two-vial par.\n\n"
            "Questions to pharmacy at x4410.\n\nP&T Committee"
        ),
    ),
    Spec(
        phi=False,
        category="door-to-balloon aggregate quality workbook",
        notes="Hard negative: aggregate STEMI and readmission metrics by month in a multi-sheet XLSX; no patient rows.",
        frm=f"Quality Abstraction <quality@{HCA}>",
        to="qualitycommittee@stbrendanhealth.org",
        subject="Q3 STEMI and HF readmission dashboard",
        body="Attached is the Q3 dashboard for Thursday's joint quality committee.\n\nHeartland Quality",
        atts=(
            Att(
                "HCA_Q3_quality_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "STEMI": [
                            ["Month", "STEMI cases", "Median D2B (min)", "% D2B<90"],
                            ["Jul", 14, 61, 0.93],
                            ["Aug", 11, 58, 1.0],
                            ["Sep", 17, 66, 0.88],
                        ],
                        "HF readmit": [
                            ["Month", "HF discharges", "30-day readmits", "Rate"],
                            ["Jul", 88, 17, 0.193],
                            ["Aug", 92, 15, 0.163],
                            ["Sep", 79, 16, 0.203],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice SSN-shaped PO",
        notes="Hard negative: vendor invoice whose purchase-order number looks like an SSN; device SKUs, no patient.",
        frm=f"Accounts Payable <ap@{HCA}>",
        to="ar@cardiovascsupply.com",
        subject="Remittance for invoice CVS-77410 / PO 417-22-9083",
        body=(
            "Hello,\n\nPayment of $18,742.60 for invoice CVS-77410 (PO 417-22-9083) was released by "
            "ACH today. Line items: 40 x 6F JR4 diagnostic catheters, 25 x 0.035 J-wire 150cm, "
            "10 x TR band radial compression devices, 6 x drug-eluting stent 3.0x18 consignment "
            "replenishment.\n\nPlease note our new remit-to address on future invoices.\n\n"
            "Heartland Cardiology Accounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="employee benefits open enrollment",
        notes="Hard negative: HR open-enrollment notice about health plans and a wellness biometric screening for staff; no individual's health.",
        frm=f"Human Resources <hr@{HCA}>",
        to=f"all-staff@{HCA}",
        subject="Open enrollment closes Nov 20 - biometric screening dates",
        body=(
            "Team,\n\nOpen enrollment for 2027 benefits closes Friday, November 20. Plan options "
            "are unchanged (PPO, HDHP with HSA). To receive the $600 premium credit, complete the "
            "wellness biometric screening (blood pressure, cholesterol, A1c) by December 15. "
            "Screenings are offered in the Dodge St break room Nov 17 and Nov 18, 7-10 AM. Results "
            "go only to you and the wellness vendor, never to Heartland.\n\nPayroll reminder: "
            "paychecks on 11/25 will be deposited a day early for Thanksgiving.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient interface validation",
        notes="Hard negative: HL7 ADT with an obvious ZZTEST synthetic patient for interface validation.",
        frm=f"HCA Interface <interface@{HCA}>",
        to="integration@cardioremote.io",
        subject="Test message for new ADT feed - please confirm receipt",
        body=(
            "Hi CardioRemote team,\n\nAttached is the A04 test message for the new feed (processing "
            "ID T). Patient ZZTEST, CARDIO ONE is our standard synthetic test patient, not a real "
            "person. Please confirm you parsed PID-3 and PV1-3 correctly.\n\nThanks,\nOwen Latimer\n"
            "Interface Analyst"
        ),
        atts=(Att("TST000117.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="job posting cardiac sonographer",
        notes="Hard negative: job posting mentioning echocardiography, TEE and stress echo; no patient.",
        frm=f"Talent Acquisition <careers@{HCA}>",
        to="jobs@nebraskasonographers.org",
        subject="Job posting: Registered Cardiac Sonographer (RDCS), full time",
        body=(
            "Please share with your members:\n\nHeartland Cardiology Associates is hiring a full-time "
            "Registered Cardiac Sonographer. Duties include transthoracic echo, stress echo, "
            "assisting with TEE and bubble studies, and strain imaging. RDCS or RCS required; "
            "congenital experience a plus. Day shift, no weekends, $38-$46/hr, sign-on bonus.\n\n"
            "Apply: careers.heartlandcardio.com/req/2217"
        ),
    ),
    Spec(
        phi=False,
        category="heart failure symposium agenda PDF",
        notes="Hard negative: conference agenda PDF with speaker names and disease topics.",
        frm=f"Events <events@{HCA}>",
        to="cme@stbrendanhealth.org",
        subject="Agenda - Heartland Heart Failure Symposium, Jan 23",
        body="Attached is the final agenda for CME accreditation review. 5.5 AMA PRA Category 1 credits requested.",
        atts=(
            Att(
                "HF_Symposium_2027_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "HEARTLAND CARDIOLOGY ASSOCIATES",
                        "Heart Failure Symposium - Saturday, January 23, 2027",
                        "07:30 Registration and breakfast",
                        "08:00 GDMT in 2027: quadruple therapy - Nadia Chaudhry, MD",
                        "08:45 Cardiorenal syndrome - Omar Haddad, MD (Prairie Kidney & Dialysis)",
                        "09:30 Amyloid cardiomyopathy: who to screen - Luis Ferreira, MD",
                        "10:30 Remote monitoring and CardioMEMS - Tamsin Oduya, RN",
                        "11:15 Cardiac rehab after HFrEF - Bree Lindahl, MS",
                        "12:00 Lunch and case panel",
                    ],
                    "HF Symposium agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified CSV (age bands, EF, outcomes, no dates or ids) sent to a university collaborator under IRB.",
        frm=f"Dr. Luis Ferreira <lferreira@{HCA}>",
        to="afib-study@unmc-research.edu",
        subject="De-identified extract for the ablation outcomes study",
        body=(
            "Hi Sunita,\n\nHere is the de-identified extract per our IRB protocol 2026-0417. Safe "
            "harbor applied: no names, dates beyond year, ZIPs, or record numbers; study IDs are "
            "random and the key stays here.\n\nLuis"
        ),
        atts=(
            Att(
                "ablation_deid_v2.csv",
                "text/csv",
                "study_id,age_band,sex,af_type,ef_pct,procedure_year,recurrence_12m\n"
                "S001,60-69,M,paroxysmal,55,2025,N\n"
                "S002,70-79,F,persistent,40,2025,Y\n"
                "S003,50-59,M,paroxysmal,60,2024,N\n"
                "S004,80-89,F,persistent,35,2025,Y\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="heart month community newsletter HTML",
        notes="HTML-only community newsletter about blood pressure and warning signs of heart attack.",
        frm=f"Heartland Cardiology <news@{HCA}>",
        to="subscribers@lists.heartlandcardio.com",
        subject="Know your numbers this winter",
        body="",
        html=(
            "<html><body><h2>Know your numbers</h2><p>Cold weather raises blood pressure and the "
            "risk of heart attack. A reading above 130/80 is considered high.</p><ul>"
            "<li>Chest pressure, shortness of breath, or pain in the jaw or arm: call 911.</li>"
            "<li>Shoveling snow? Take breaks and push, don't lift.</li>"
            "<li>Free blood pressure checks at Hy-Vee 72nd St every Saturday in December.</li></ul>"
            "<p><a href='https://heartlandcardio.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT planned-downtime notice with procedure for paper charting.",
        frm=f"HCA IT Service Desk <itsupport@{HCA}>",
        to=f"all-staff@{HCA}",
        subject="Planned EHR downtime Sat 11/14 22:00-02:00",
        body=(
            "The EHR will be unavailable Saturday 11/14 from 22:00 to 02:00 for the quarterly upgrade. "
            "Downtime forms are in the red binders at each nursing station. The read-only BCA PCs will "
            "have a census and medication lists as of 21:30. Remote monitoring alerts will queue and "
            "be delivered when the system is back.\n\nIT Service Desk x4357"
        ),
    ),
    Spec(
        phi=False,
        category="device advisory recall notice",
        notes="Hard negative: manufacturer advisory on ICD lead model numbers and recommended actions; no patients listed.",
        frm=f"Tamsin Oduya <toduya@{HCA}>",
        to=f"device-clinic@{HCA}",
        cc=f"Dr. Luis Ferreira <lferreira@{HCA}>",
        subject="Advisory: ICD lead models 6947x / 7122Q - action steps",
        body=(
            "Team,\n\nThe manufacturer issued a Class II advisory for high-voltage lead models 6947x "
            "and 7122Q (conductor fracture risk, 0.3%/yr). Recommendations: enable lead integrity "
            "alert, review impedance trends at each remote check, no prophylactic extraction. I "
            "will pull the list of affected devices from the registry and send it through the EHR "
            "in-basket, not email.\n\nTamsin"
        ),
    ),
    Spec(
        phi=False,
        category="parking garage closure",
        notes="Facilities notice; no health information.",
        frm=f"Facilities <facilities@{HCA}>",
        to=f"all-staff@{HCA}",
        subject="North garage level 2 closed Mon-Wed",
        body="Level 2 of the north garage will be closed Mon-Wed for resealing. Staff please park on level 4 or the overflow lot on 90th.\n\nFacilities",
    ),
    Spec(
        phi=False,
        category="remote monitoring policy DOCX",
        notes="Hard negative: policy document about remote monitoring alerts, shock events and escalation; no individual.",
        frm=f"Compliance <compliance@{HCA}>",
        to=f"policy-reviewers@{HCA}",
        subject="For review: Remote Monitoring Policy RM-04 rev 3",
        body="Please send redlines by 11/20. The escalation table changed in section 5.",
        atts=(
            Att(
                "RM-04_Remote_Monitoring_Policy_rev3.docx",
                DOCX,
                docx(
                    [
                        "Heartland Cardiology Associates - Policy RM-04 Remote Cardiac Device Monitoring",
                        "1. Purpose: timely review of remote transmissions from pacemakers, ICDs, CRT and loop recorders.",
                        "2. Red alerts (ICD shock, VT/VF episodes, lead impedance out of range) are reviewed within 1 business hour.",
                        "3. Yellow alerts (AF burden over 6 hours, battery ERI) are reviewed within 1 business day.",
                        "4. Patients are contacted by phone; results are never sent by unencrypted email.",
                        "5. Escalation: device RN -> on-call EP physician -> ED referral.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cath lab call schedule invite",
        notes="Hard negative: ICS call-schedule invite naming physicians on call; clinicians only.",
        frm=f"Cath Lab Manager <cathlab-mgr@{HCA}>",
        to=f"cath-call@{HCA}",
        subject="December STEMI call schedule",
        body="December call is attached as calendar holds. Swaps through me please.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Heartland Cardiology//Cath Call//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hca-cathcall-202612w1@heartlandcardio.com\r\n"
            "DTSTAMP:20261110T160000Z\r\nDTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261208\r\n"
            "SUMMARY:STEMI call - Dr. Raman (primary) / Dr. Okonkwo (backup)\r\n"
            "DESCRIPTION:Primary interventionalist Priya Raman MD, backup Chidi Okonkwo MD. Cath team pager 402-555-0199.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified ECG teaching case",
        notes="Hard negative: teaching case described without identifiers (age in decades, no dates, no names).",
        frm=f"Dr. Chidi Okonkwo <cokonkwo@{HCA}>",
        to="fellows@unmc-cardiology.edu",
        subject="ECG of the week #41 - answer",
        body=(
            "Fellows,\n\nAnswer to last week's tracing: a man in his 60s with 40 minutes of chest "
            "pain. Subtle ST elevation in III > II with reciprocal depression in aVL - inferior "
            "STEMI with likely RCA culprit; right-sided leads showed V4R elevation. Lesson: check "
            "for RV involvement before giving nitrates.\n\nNext week's tracing attached to the "
            "teaching drive.\n\nChidi Okonkwo, MD"
        ),
    ),
    Spec(
        phi=False,
        category="free BP screening event marketing",
        notes="Event logistics with a library volunteer at her yahoo; no individual's health.",
        frm=f"Community Outreach <outreach@{HCA}>",
        to="janelle.fogarty61@yahoo.com",
        subject="Free blood pressure screening at Millard branch - Dec 5",
        body=(
            "Hi Janelle,\n\nConfirming our table at the Millard branch on Saturday, December 5, "
            "10 AM-1 PM. Two nurses will offer free blood pressure checks and hands-only CPR demos. "
            "We'll bring our own table cloth and flyers in English and Spanish. Do we need a "
            "certificate of insurance?\n\nThanks!\nHana Whitfield\nCommunity Outreach"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded supply order thread",
        notes="Forwarded vendor thread about stent consignment stock; product sizes only.",
        frm=f"Cath Lab Manager <cathlab-mgr@{HCA}>",
        to="orders@cardiovascsupply.com",
        subject="Fwd: consignment count discrepancy",
        body="Forwarding our inventory tech's note. Can your rep come by Tuesday to reconcile?\n\nGreg Paulsen",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm=f"Inventory <inventory@{HCA}>",
            to=f"cathlab-mgr@{HCA}",
            subject="consignment count discrepancy",
            body=(
                "Greg, cycle count shows 3.5x23 DES: system 8, shelf 6. 2.75x15: system 4, shelf 5. "
                "Scanned implant log matches shelf, so the vendor system is off. Lot numbers on the count sheet."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician license renewal reminder",
        notes="Hard negative: credentialing reminder naming physicians with licence and DEA numbers; no patients.",
        frm=f"Credentialing <credentialing@{HCA}>",
        to=f"Dr. Omar Yusuf <oyusuf@{HCA}>",
        subject="Action needed: Nebraska license and DEA renewal",
        body=(
            "Dr. Yusuf,\n\nOur records show your Nebraska medical license #34871 expires 12/31/2026 "
            "and your DEA registration BM3288518 expires 01/31/2027. Please upload the renewed "
            "certificates to the credentialing portal so hospital privileges at St. Brendan's are "
            "not interrupted. Your NPI 1253157543 and board certification are current.\n\n"
            "Credentialing Office"
        ),
    ),
    Spec(
        phi=False,
        category="payer contract rate schedule",
        notes="Hard negative: payer fee schedule with CPT codes and rates; no patients.",
        frm=f"Denise Carrow <dcarrow@{HCA}>",
        to="provider.contracting@midlandshealthplan.com",
        subject="2027 fee schedule counterproposal",
        body=(
            "Hi Tom,\n\nOur counterproposal for the 2027 professional fee schedule:\n"
            "  93306 TTE complete: $212 (you offered $188)\n"
            "  93351 stress echo: $298\n  78452 SPECT MPI: $410\n  93458 LHC w/ vent: $1,120\n"
            "  33208 dual pacemaker implant: $640\n\nWe can accept a 2-year term at these rates. "
            "Also copying our nephrology neighbors' contact for the cardiorenal bundle: "
            f"contracting@{PKD}.\n\nDenise"
        ),
    ),
]
