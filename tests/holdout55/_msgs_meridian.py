"""Outbound mail of Meridian Trial Sites, a network of clinical research sites (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import Att, Spec

SIG = "\n\n--\nMeridian Trial Sites | Research Operations\n4100 Larkspur Parkway, Suite 300, Columbus OH 43219\n(614) 555-0142"
CONF = "\n\nCONFIDENTIALITY: This message may contain confidential research information intended only for the named recipient."

_hl7 = (
    "MSH|^~\\&|MTS_EDC|MERIDIAN_COL|KESTREL_CTMS|KESTREL|202603171015||ORU^R01|MTS260317-044|P|2.5.1\r"
    "PID|1||MTS-COL-118204^^^MERIDIAN^MR||PARRISH^DELLA^M||19580712|F|||77 Orchard Bend^^Westerville^OH^43081||(614)555-0177\r"
    "OBR|1||LB55120|2345-7^Glucose^LN|||202603160830\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.6-1.1|H|||F\r"
)

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ex-screen-001",
      "meta": {"tag": [{"code": "SYNTHETIC", "display": "Synthetic test record - not a real person"}]},
      "name": [{"family": "Testperson", "given": ["Zzmeridian"]}],
      "birthDate": "1970-01-01"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "eGFR"}, "subject": {"reference": "Patient/ex-screen-001"},
      "valueQuantity": {"value": 55, "unit": "mL/min/1.73m2"}}}
  ]
}
"""

_x12 = (
    "ISA*00*          *00*          *ZZ*MERIDIANTS     *ZZ*BUCKEYEHP      *260317*1102*^*00501*000000911*0*P*:~"
    "GS*HS*MERIDIANTS*BUCKEYEHP*20260317*1102*911*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*MTS0317*20260317*1102~"
    "HL*1**20*1~NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*44120~"
    "HL*2*1*21*1~NM1*1P*2*MERIDIAN TRIAL SITES*****XX*1493827103~"
    "HL*3*2*22*0~TRN*1*EV0317-22*1314567890~NM1*IL*1*OYELARAN*TOBI****MI*BHX448201937~DMG*D8*19670304~DTP*291*D8*20260317~EQ*30~"
    "SE*12*0001~GE*1*911~IEA*1*000000911~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="visit reminder to participant personal mailbox",
        notes="Participant named at her gmail with a dosing visit in a named psoriasis trial.",
        frm="Columbus Site Coordinators <columbus.crc@meridiantrialsites.com>",
        to="della.parrish58@gmail.com",
        subject="Your Week 12 visit on Thursday",
        body=(
            "Hi Della,\n\nJust a reminder that your Week 12 visit for the PSO-2207 plaque psoriasis study is this Thursday, March 19 at 8:30 am. "
            "Please come fasting (water is fine) because we will draw your labs, and bring your study diary and the empty injection pens in the sharps box.\n\n"
            "Parking validation is at the front desk. Call me if you need to reschedule.\n\nKendra Moss, CRC"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="screen failure letter attached to participant mail",
        notes="Hard positive: body is bland; the attached PDF names the participant and his screening eGFR exclusion.",
        frm="Dayton Research Office <dayton.research@meridiantrialsites.com>",
        to="r.vukovich@outlook.com",
        subject="Letter from the research office",
        body="Mr. Vukovich,\n\nPlease see the attached letter from Dr. Amari. You are welcome to call us with any questions."
        + SIG,
        atts=(
            Att(
                "letter_vukovich.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN TRIAL SITES - DAYTON",
                        "March 17, 2026",
                        "Radomir Vukovich, 2290 Keowee St, Dayton OH 45410",
                        "Dear Mr. Vukovich,",
                        "Thank you for screening for the CKD-HF outcomes study on March 9.",
                        "Your kidney function (eGFR 22) is below the level the study allows,",
                        "so you are not eligible to continue. Please share these results with",
                        "your nephrologist, Dr. Haskins. Your screening labs are enclosed.",
                        "Sincerely, Imani Amari, MD, Sub-Investigator",
                    ],
                    "Screening outcome letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="site feasibility questionnaire response",
        notes="Hard negative: counts of diabetic patients in the network's EHR for feasibility; aggregate only.",
        frm="Feasibility <feasibility@meridiantrialsites.com>",
        to="feasibility@kestrelclinical.com",
        subject="RE: Feasibility - KC-DM-3310 (T2D, CKD stage 3)",
        body=(
            "Hello Priya,\n\nOur responses for KC-DM-3310:\n\n"
            "- Patients with T2D and eGFR 30-59 seen in past 12 months across 4 sites: 1,812\n"
            "- Of these on SGLT2 inhibitor: 640 (35%)\n- Estimated enrolment: 14-18 in 9 months\n"
            "- Competing studies: 2 (one CKD, one HF)\n- PI: Dr. Imani Amari (nephrology), 11 years in industry trials\n\n"
            "Happy to do a pre-study visit the week of April 6." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="participant stipend reimbursement to accounts payable vendor",
        notes="Hard positive: payee list to payment vendor ties names and home addresses to visits in an opioid use disorder study.",
        frm="Site Finance <site.finance@meridiantrialsites.com>",
        to="support@clincardpay.com",
        subject="March stipend batch - site 104",
        body="Attached is the March stipend batch for site 104 (study OUD-4412). Please load by Friday."
        + SIG,
        atts=(
            Att(
                "site104_stipends_mar.csv",
                "text/csv",
                "payee,street,city,zip,visit,amount\n"
                "Brandon Tighe,18 Weller Ave,Columbus,43207,Week 4 buprenorphine depot,75.00\n"
                "Shawna Petit,611 Linden Pl,Columbus,43211,Week 8 buprenorphine depot,75.00\n"
                "Arturo Zelaya,92 Hague Rd,Grove City,43123,Screening,50.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="coordinator job posting",
        notes="Hard negative: job posting listing therapeutic areas and EDC skills; no individual.",
        frm="Talent <careers@meridiantrialsites.com>",
        to="jobs@ohioresearchprofessionals.org",
        subject="Posting: Clinical Research Coordinator II (oncology) - Cincinnati",
        body=(
            "Please post the following:\n\nClinical Research Coordinator II - Oncology\nMeridian Trial Sites, Cincinnati\n\n"
            "Coordinate phase 2/3 trials in breast cancer, NSCLC and multiple myeloma. Consent participants, manage IP accountability, "
            "enter data in Medidata Rave and handle SAE reporting within 24 hours. CCRP or ACRP-CP preferred. "
            "Salary range $62,000-$74,000." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab result feed to CRO CTMS",
        notes="Hard positive: HL7 ORU carries participant name, DOB, address and A1c/creatinine; body says only 'feed file'.",
        frm="EDC Integration <edc-integration@meridiantrialsites.com>",
        to="ctms-inbound@kestrelclinical.com",
        subject="Manual resend of feed file 044",
        body="Resending message 044 after yesterday's interface error. Please confirm receipt.",
        atts=(Att("MTS260317-044.hl7", "application/hl7-v2", _hl7),),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test bundle for EDC interface",
        notes="Hard negative: FHIR bundle is a declared synthetic test patient for interface validation.",
        frm="EDC Integration <edc-integration@meridiantrialsites.com>",
        to="integration@kestrelclinical.com",
        subject="Test bundle for eSource mapping (synthetic)",
        body=(
            "Attached is the synthetic test bundle we use in the UAT tenant. The patient 'Zzmeridian Testperson' is not a real person "
            "(tagged SYNTHETIC). Please confirm the eGFR Observation maps to LB.LBORRES." + SIG
        ),
        atts=(Att("uat_synthetic_bundle.json", "application/fhir+json", _fhir),),
    ),
    Spec(
        phi=True,
        category="insurance eligibility inquiry X12 270",
        notes="Hard positive: X12 270 gives participant name, member ID and DOB to check coverage for standard-of-care visits.",
        frm="Billing Compliance <billing.compliance@meridiantrialsites.com>",
        to="edi@buckeyehealthplan.com",
        subject="270 batch 911",
        body="Batch 911 attached (1 inquiry). Routine-cost coverage check.",
        atts=(Att("mts_270_000000911.x12", "application/edi-x12", _x12),),
    ),
    Spec(
        phi=False,
        category="clinical trial billing coverage analysis",
        notes="Hard negative: coverage analysis grid listing procedures and CPT codes by visit for a protocol; no participant.",
        frm="Billing Compliance <billing.compliance@meridiantrialsites.com>",
        to="budgets@kestrelclinical.com",
        subject="Coverage analysis v2 - KC-ONC-2091",
        body="Our coverage analysis is attached. Two sheets: visit grid and rationale. SOC vs. sponsor-paid flagged per NCD 310.1."
        + SIG,
        atts=(
            Att(
                "KC-ONC-2091_coverage_v2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Grid": [
                            ["Procedure", "CPT", "Screening", "C1D1", "C2D1", "EOT"],
                            ["CBC with diff", "85025", "S", "S", "S", "M"],
                            ["CT chest/abd/pelvis", "74177", "M", "", "S", "M"],
                            ["Infusion, first hour", "96413", "", "S", "S", ""],
                        ],
                        "Rationale": [
                            ["Code", "Meaning"],
                            ["S", "Sponsor-paid per CTA"],
                            ["M", "Billable to Medicare as routine cost"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy IP dispensing note to sponsor monitor",
        notes="Participant's full name and DOB with a dose reduction for neutropenia sent to the sponsor's monitor.",
        frm="Investigational Pharmacy <ip.pharmacy@meridiantrialsites.com>",
        to="cra.team7@kestrelclinical.com",
        subject="KC-ONC-2091 dose reduction - subject 104-007",
        body=(
            "Hi Marcus,\n\nFor your SDV: subject 104-007 (Harold Penwarden, DOB 02/11/1951) was dose-reduced to 100 mg on C3D1 for grade 3 neutropenia "
            "(ANC 0.8). Kit 55120 dispensed; kit 55094 returned with 6 capsules.\n\nLeah" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="IP temperature excursion report",
        notes="Hard negative: drug storage excursion with kit numbers and fridge serial; no participant.",
        frm="Investigational Pharmacy <ip.pharmacy@meridiantrialsites.com>",
        to="supply@kestrelclinical.com",
        subject="Temp excursion - fridge SN 88-40217 - kits quarantined",
        body=(
            "Fridge SN 88-40217 at site 104 read 9.4 C for 47 minutes overnight (power cut 02:10-02:57). "
            "Kits 55131-55140 quarantined pending your assessment. Logger file and chart attached."
            + SIG
        ),
        atts=(
            Att(
                "logger_8840217.txt",
                "text/plain",
                "timestamp,temp_c\n2026-03-16 02:00,4.8\n2026-03-16 02:30,7.9\n2026-03-16 02:50,9.4\n2026-03-16 03:20,5.1\n",
            ),
            Att("excursion_chart.png", "image/png", png(8, 4, (30, 120, 200))),
        ),
    ),
    Spec(
        phi=True,
        category="family member update on hospitalised participant",
        notes="Hard positive: first name plus relationship plus hospitalisation and study drug held, to daughter's yahoo.",
        frm="Kendra Moss <kendra.moss@meridiantrialsites.com>",
        to="jsanborn_77@yahoo.com",
        subject="Re: your mom",
        body=(
            "Hi Jolene,\n\nThanks for letting us know. Dr. Amari spoke with the hospitalist at Riverside this morning; we are holding your mom's study injections "
            "until she is discharged and her potassium is back to normal. Please have Margaret call me when she is home so we can book the safety visit.\n\nKendra"
        ),
    ),
    Spec(
        phi=False,
        category="staff TB and flu attestation reminder",
        notes="Hard negative: internal staff vaccination compliance notice; no individual.",
        frm="Occupational Health <occhealth@meridiantrialsites.com>",
        to="all-staff@meridiantrialsites.com",
        subject="Reminder: TB screening and flu attestation due March 31",
        body="All research staff with participant contact must upload their annual TB screening and flu attestation in Workday by March 31. Staff who are overdue will be removed from the visit schedule until complete."
        + SIG,
    ),
    Spec(
        phi=True,
        category="consent form scan to central files",
        notes="Hard positive: scanned consent text in DOCX carries participant name, signature date and the HIV PrEP study.",
        frm="Regulatory <regulatory@meridiantrialsites.com>",
        to="etmf@kestrelclinical.com",
        subject="ICF upload - site 102",
        body="Certified copy attached for eTMF filing (site 102, subject 102-031). Original in site binder.",
        atts=(
            Att(
                "102-031_ICF_certified.docx",
                DOCX,
                docx(
                    [
                        "[scanned page 14 of 14 - OCR]",
                        "CONSENT TO PARTICIPATE - Long-acting cabotegravir PrEP adherence study (PREP-LA-07)",
                        "Printed name of participant: Dorian K. Achebe",
                        "Signature: [signed]   Date: 03/12/2026",
                        "Person obtaining consent: Teresa Flood, RN",
                        "Participant phone: (614) 555-0139",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="recruitment ad for IRB review",
        notes="Hard negative: draft recruitment flyer naming a condition but no individual.",
        frm="Recruitment <recruitment@meridiantrialsites.com>",
        to="submissions@northstarirb.org",
        subject="Advertisement for review - MIG-118 migraine study",
        body="Please review the attached flyer text for MIG-118 (Northstar study #NS-26-0419).\n\n'Do you have 4 or more migraine days a month? Adults 18-65 may qualify for a research study of an investigational nasal spray. Compensation up to $600 for time and travel. Call (614) 555-0150.'"
        + SIG,
    ),
    Spec(
        phi=True,
        category="referral of participant to cardiologist",
        notes="Incidental ECG finding for named participant referred to outside cardiologist.",
        frm="Dr. Imani Amari <imani.amari@meridiantrialsites.com>",
        to="referrals@capitalheartohio.com",
        subject="Referral - incidental finding at research ECG",
        body=(
            "Dear colleagues,\n\nI am referring Ms. Nadia Fairweather (DOB 09/23/1979, phone 614-555-0163) who had a new left bundle branch block on her screening ECG "
            "for one of our trials on March 13. She is asymptomatic. ECG attached. She is not eligible for the study, so please see her as a regular patient.\n\n"
            "Imani Amari, MD\nNPI: 1287456036" + SIG
        ),
        atts=(Att("ecg_fairweather_0313.png", "image/png", png(12, 6, (250, 240, 230))),),
    ),
    Spec(
        phi=False,
        category="investigator CV and licence for regulatory packet",
        notes="Hard negative: investigator's own CV, NPI and DEA for a 1572 packet; clinician identifiers are not PHI.",
        frm="Regulatory <regulatory@meridiantrialsites.com>",
        to="startup@kestrelclinical.com",
        subject="KC-DM-3310 essential docs - Dr. Amari",
        body=(
            "Attached are Dr. Amari's signed CV and medical licence. For the 1572: Imani Amari, MD, nephrology, NPI: 1287456036, DEA: FA7302641, "
            "Ohio licence 35.118207. Sub-I: Dr. Paul Kerrigan (cardiology), NPI: 1672039488." + SIG
        ),
        atts=(
            Att(
                "Amari_CV_2026.docx",
                DOCX,
                docx(
                    [
                        "Imani Amari, MD",
                        "Nephrology; clinical research in diabetic kidney disease, lupus nephritis and IgA nephropathy",
                        "Principal Investigator, 23 industry trials",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="password-protected source documents to monitor",
        notes="Encrypted zip of source documents; body names the participant and the SAE of pancreatitis.",
        frm="Kendra Moss <kendra.moss@meridiantrialsites.com>",
        to="cra.team7@kestrelclinical.com",
        subject="Source for SAE 104-012 (password by phone)",
        body="Marcus,\n\nAttached is the hospital discharge summary for Wendell Okafor (104-012), admitted 3/8 with acute pancreatitis. Password sent by text.\n\nKendra",
        atts=(
            Att(
                "104-012_source.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "discharge_summary.txt": "Wendell Okafor admitted 03/08/2026 acute pancreatitis, lipase 1,450."
                    },
                    "Mrd#2026sae",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="site monthly enrolment metrics to sponsor",
        notes="Hard negative: enrolment counts per study and site, multi-sheet; no participant rows.",
        frm="Network Operations <ops@meridiantrialsites.com>",
        to="portfolio@kestrelclinical.com",
        subject="February enrolment dashboard",
        body="February metrics attached: screened, randomised and screen-fail reasons by study."
        + SIG,
        atts=(
            Att(
                "MTS_enrolment_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "By study": [
                            ["Study", "Screened", "Randomised", "Screen fail"],
                            ["KC-DM-3310", 11, 6, 5],
                            ["KC-ONC-2091", 4, 3, 1],
                            ["PSO-2207", 9, 7, 2],
                        ],
                        "Fail reasons": [
                            ["Reason", "Count"],
                            ["eGFR below range", 3],
                            ["HbA1c out of range", 2],
                            ["Withdrew consent", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="appointment invitation to participant calendar",
        notes="Calendar invite to participant's personal mailbox naming her and an infusion visit in a lupus trial.",
        frm="Cincinnati Site <cincy.visits@meridiantrialsites.com>",
        to="tamsin.orrell@icloud.com",
        subject="Infusion visit - Tamsin Orrell - LUP-330 Day 85",
        body="Hi Tamsin, your Day 85 infusion for the lupus study LUP-330 is booked. Plan for about 4 hours.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian Trial Sites//Visits//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:mts-lup330-day85-orrell@meridiantrialsites.com\r\nDTSTART:20260324T130000Z\r\nDTEND:20260324T170000Z\r\n"
            "SUMMARY:LUP-330 Day 85 infusion - Tamsin Orrell\r\nLOCATION:Meridian Cincinnati Infusion Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="site initiation visit calendar invite",
        notes="Invite for a site initiation visit among staff; no participant.",
        frm="Startup Team <startup@meridiantrialsites.com>",
        to="cra.team7@kestrelclinical.com",
        subject="SIV - KC-DM-3310 - Columbus",
        body="Invite for the SIV. Agenda: protocol training, IP handling, EDC, lab kits.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian Trial Sites//Startup//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:siv-kcdm3310-col@meridiantrialsites.com\r\nDTSTART:20260407T140000Z\r\nDTEND:20260407T200000Z\r\n"
            "SUMMARY:SIV KC-DM-3310 Columbus\r\nLOCATION:Conference room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="participant withdrawal notice with reason",
        notes="Hard positive: terse note naming participant and that she withdrew because of depression relapse.",
        frm="Teresa Flood <teresa.flood@meridiantrialsites.com>",
        to="data.mgmt@kestrelclinical.com",
        subject="ET 102-018",
        body="102-018 (Ruth Calloway) ET today, AE = MDD relapse, started sertraline by PCP. EOS eCRF done. -T",
    ),
    Spec(
        phi=False,
        category="HIPAA and GCP refresher training announcement",
        notes="Hard negative: training announcement with made-up example record fields; no real individual.",
        frm="Compliance <compliance@meridiantrialsites.com>",
        to="research-staff@meridiantrialsites.com",
        subject="Q2 refresher: de-identifying source before upload",
        html=(
            "<html><body><h2>Q2 privacy refresher</h2><p>Before uploading source to a sponsor portal, redact the 18 identifiers. "
            "Example of what to black out: <i>Name: [PATIENT NAME], MRN: [MRN], DOB: [DATE]</i>. Keep only the subject number (e.g. 000-000).</p>"
            "<p>Session: April 2, 12:00-12:45, Teams. Attendance is required for all CRCs.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="HTML payment confirmation to participant",
        notes="HTML-only email to participant's gmail confirming stipend for a named alcohol use disorder trial visit.",
        frm="Participant Payments <payments@meridiantrialsites.com>",
        to="lucas.brennan.oh@gmail.com",
        subject="Payment loaded to your card",
        html=(
            "<html><body><p>Hello Lucas Brennan,</p><p>$100.00 has been loaded to your ClinCard ending 4471 for your <b>Week 6 visit</b> in the "
            "AUD-215 alcohol use disorder study (naltrexone implant).</p><p>Meridian Trial Sites Participant Payments</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="HTML newsletter to research volunteers registry",
        notes="Hard negative: general newsletter to registry subscribers listing open studies; no individual's health.",
        frm="Meridian Research Volunteers <news@meridiantrialsites.com>",
        to="volunteers-list@meridiantrialsites.com",
        subject="Spring studies now enrolling",
        html=(
            "<html><body><h1>Now enrolling</h1><ul><li>Migraine (adults 18-65)</li><li>Type 2 diabetes with kidney disease</li>"
            "<li>Plaque psoriasis</li></ul><p>Call (614) 555-0150 to learn more. Unsubscribe anytime.</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="forwarded participant email to PI",
        notes="Forward to outside consulting PI of a participant's own email describing chest pain and her phone number.",
        frm="Kendra Moss <kendra.moss@meridiantrialsites.com>",
        to="p.kerrigan@capitalheartohio.com",
        subject="Fwd: question about my heart",
        body="Dr. Kerrigan, forwarding since you are sub-I on her study. Can you call her today?\n\nKendra",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Bernadette Lyle <bern.lyle@aol.com>",
            to="kendra.moss@meridiantrialsites.com",
            subject="question about my heart",
            body="Kendra, since the last study shot I get chest tightness climbing stairs. Is that from the drug? My cell is 614-555-0188. Bernadette Lyle",
        ),
    ),
    Spec(
        phi=False,
        category="vendor quote for lab kits",
        notes="Hard negative: vendor quote request; the SSN-shaped string is a purchase order number.",
        frm="Procurement <procurement@meridiantrialsites.com>",
        to="sales@medkitlogistics.com",
        subject="Quote request - ambient kits and dry ice shipping",
        body="Hi Dana,\n\nCould you quote 200 ambient kits (2x SST, 1x EDTA) and weekly dry-ice pickups for our Dayton and Columbus sites? PO numbers look like 482-19-6604 in our system, so please reference that.\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=True,
        category="participant list for parking validation",
        notes="Hard positive: list to garage vendor of names with visit times and 'oncology infusion' column header.",
        frm="Front Desk <frontdesk.cincy@meridiantrialsites.com>",
        to="validation@queencityparking.com",
        subject="Validation list week of 3/23",
        body="Names for free validation next week:" + SIG,
        atts=(
            Att(
                "validation_0323.csv",
                "text/csv",
                "Name,Date,Time,Clinic\nOtis Marchetti,03/23,09:00,Oncology infusion\nGwen Haldane,03/24,10:30,Oncology infusion\nFelix Arbuckle,03/26,08:00,Oncology infusion\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing alert",
        notes="IT security notice about a phishing campaign imitating a sponsor portal.",
        frm="IT Security <itsec@meridiantrialsites.com>",
        to="all-staff@meridiantrialsites.com",
        subject="Phishing: fake 'Medidata password expiry' emails",
        body="We are seeing emails claiming your Rave password expires today with a link to rave-medidata-login.co. Do not click. Report with the Phish button. IT will never ask for your MFA code.",
    ),
    Spec(
        phi=True,
        category="MRN crosswalk sent to CRO data manager",
        notes="Hard positive: headerless table pairing subject numbers with hospital MRNs and names; standalone identifier set.",
        frm="Data Coordinator <data.coord@meridiantrialsites.com>",
        to="data.mgmt@kestrelclinical.com",
        subject="crosswalk you asked for",
        body="Here it is - please delete after the reconciliation.\n\n104-001  MRN 00418827  Hollis, Garrett\n104-002  MRN 00422915  Yoon, Clara\n104-003  MRN 00431077  Mbeki, Thandiwe\n\nJ.",
    ),
    Spec(
        phi=False,
        category="de-identified adverse event listing for DSMB",
        notes="Hard negative: AE listing by subject code with age bands and study days, no dates or names; de-identified.",
        frm="Data Coordinator <data.coord@meridiantrialsites.com>",
        to="dsmb.support@kestrelclinical.com",
        subject="AE listing extract (coded, no dates) - site 104",
        body="Per the DSMB charter, coded extract only: subject code, age band, study day, MedDRA PT, grade."
        + SIG,
        atts=(
            Att(
                "ae_extract_site104.csv",
                "text/csv",
                "code,age_band,study_day,pt,grade\nS-0147,60-69,22,Neutropenia,3\nS-0152,50-59,8,Nausea,1\nS-0159,70-79,41,Fatigue,2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to attorney records request",
        notes="Records of a named participant released to her attorney, with study and injury details.",
        frm="Release of Information <roi@meridiantrialsites.com>",
        to="mhalvorsen@halvorsenlaw.com",
        subject="Records - Celeste Wardlow - research injury",
        body=(
            "Counsel,\n\nUnder the authorization signed by Ms. Celeste Wardlow (DOB 06/30/1984), enclosed are her research records for study PSO-2207, "
            "including the March 2 injection-site cellulitis visit and the ED note from Mount Carmel."
            + CONF
            + SIG
        ),
        atts=(
            Att(
                "Wardlow_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN TRIAL SITES - RELEASE OF INFORMATION",
                        "Patient: Celeste Wardlow  DOB 06/30/1984",
                        "Study PSO-2207, participant 101-044",
                        "03/02/2026 injection-site cellulitis, cephalexin 500 mg QID x7d",
                    ],
                    "Records release",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice to investigators",
        notes="Hard negative: supply notice about a comparator drug shortage; no individual.",
        frm="Investigational Pharmacy <ip.pharmacy@meridiantrialsites.com>",
        to="investigators@meridiantrialsites.com",
        subject="Carboplatin shortage - impact on KC-ONC-2091 comparator arm",
        body="Our wholesaler has carboplatin on allocation through April. Sponsor confirms central supply of comparator for KC-ONC-2091; do not use commercial stock for study patients. No change to other protocols."
        + SIG,
    ),
    Spec(
        phi=True,
        category="school note for teen participant",
        notes="Letter to school nurse naming a student enrolled in a paediatric asthma trial and her inhaler.",
        frm="Pediatric Research <peds.research@meridiantrialsites.com>",
        to="nurse@westervillecityschools.org",
        subject="Study inhaler at school - Ava Lindqvist (grade 8)",
        body="Dear Nurse Patel,\n\nAva Lindqvist is taking part in our asthma research study and uses a blinded study inhaler plus albuterol as rescue. Please allow her to carry both. Her mother, Ingrid, has signed the school medication form (attached separately).\n\nPeds Research team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="conference abstract with case counts",
        notes="Hard negative: abstract draft with cohort statistics only.",
        frm="Dr. Imani Amari <imani.amari@meridiantrialsites.com>",
        to="abstracts@asn-online.org",
        subject="Abstract submission - recruitment yield in CKD trials",
        body="Title: Recruitment yield of EHR pre-screening for CKD outcome trials.\nOf 1,812 EHR-flagged patients, 214 were contacted, 61 screened and 28 randomised (46% screen-fail, mostly eGFR). Median age 67."
        + SIG,
    ),
    Spec(
        phi=True,
        category="text-file export of visit schedule to transport vendor",
        notes="Hard positive: txt ride list with names, home addresses, phone and dialysis-study visits.",
        frm="Participant Services <participant.services@meridiantrialsites.com>",
        to="dispatch@ridewellohio.com",
        subject="Rides - next week",
        body="Ride list attached, same as usual. Wheelchair van for the second one.",
        atts=(
            Att(
                "rides_0323.txt",
                "text/plain",
                "03/23 07:15 pickup Lorraine Beaumont, 1440 Sunbury Rd Columbus 43219, 614-555-0121 -> Meridian Columbus (dialysis study visit)\n03/25 06:45 pickup Edgar Nwosu, 312 Mound St Columbus 43215, 614-555-0124 -> Meridian Columbus (dialysis study visit, wheelchair)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="facilities notice",
        notes="Building maintenance notice; no health content.",
        frm="Facilities <facilities@meridiantrialsites.com>",
        to="columbus-staff@meridiantrialsites.com",
        subject="Elevator 2 out of service Mon-Tue",
        body="Elevator 2 will be out of service March 23-24 for inspection. Please direct participants with mobility needs to elevator 1 by the pharmacy.",
    ),
]
