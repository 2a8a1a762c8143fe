"""Keystone Claims Administrators: a third-party claims administrator (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, pdf, png, xlsx, zipped
from _spec import KCA, Att, Spec

SIG = "\n\nKeystone Claims Administrators, Inc.\n300 Commerce Blvd, Harrisburg PA 17101 | 717-555-0160"
DISC = "\n\nThis e-mail and any attachments are intended for the addressee only and may contain confidential claim information."

_837 = (
    "ISA*00*          *00*          *ZZ*KEYSTONECLM    *ZZ*CLEARBILLREV   *260311*1020*^*00501*000004471*0*P*:~"
    "GS*HC*KEYSTONECLM*CLEARBILLREV*20260311*1020*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*IRONBRIDGE OCCUPATIONAL HEALTH*****XX*1519647352~"
    "NM1*IL*1*CASTELLANO*OWEN****MI*KCA26004402~DMG*D8*19920611*M~"
    "CLM*IOH0305-221*412.00***11:B:1*Y*A*Y*Y~HI*ABK:S39012A~"
    "SV1*HC:99203*185.00*UN*1***1~SV1*HC:72100*96.00*UN*1***1~SV1*HC:97110*131.00*UN*3***1~"
    "SE*11*0001~GE*1*4471~IEA*1*000004471~"
)

_835 = (
    "ISA*00*          *00*          *ZZ*KEYSTONECLM    *ZZ*IRONBRIDGEOH   *260312*0800*^*00501*000004502*0*P*:~"
    "GS*HP*KEYSTONECLM*IRONBRIDGEOH*20260312*0800*4502*X*005010X221A1~ST*835*0001~"
    "BPR*I*1186.40*C*ACH*CCP*01*031000053*DA*88120443*1442087713**01*031300012*DA*55210087*20260313~"
    "TRN*1*EFT4502*1442087713~N1*PE*IRONBRIDGE OCCUPATIONAL HEALTH*XX*1519647352~"
    "CLP*IOH0305-221*1*412.00*371.80**WC*KCA26004402~NM1*QC*1*CASTELLANO*OWEN~SVC*HC:97110*131.00*90.80**3~CAS*CO*45*40.20~"
    "CLP*IOH0309-017*1*814.60*814.60**WC*KCA26004417~NM1*QC*1*WHITFIELD*DARNELL~"
    "SE*10*0001~GE*1*4502~IEA*1*000004502~"
)

_837_TEST = (
    "ISA*00*          *00*          *ZZ*KEYSTONECLM    *ZZ*CLEARBILLREV   *260309*0900*^*00501*000000001*0*T*:~"
    "GS*HC*KEYSTONECLM*CLEARBILLREV*20260309*0900*1*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*IL*1*TESTPATIENT*ALPHA****MI*TEST0000001~DMG*D8*19000101*U~"
    "CLM*TESTCLM001*1.00***11:B:1*Y*A*Y*Y~HI*ABK:Z0000~SV1*HC:99213*1.00*UN*1***1~"
    "SE*7*0001~GE*1*1~IEA*1*000000001~"
)

_HL7_DFT = (
    "MSH|^~\\&|KCA_CLAIMS|KEYSTONE|BILLREVIEW|CLEARBILL|202603111030||DFT^P03|KCA-DFT-3391|P|2.5.1\r"
    "PID|1||KCA26004390^^^KCA^MI||BENAVIDES^JORGE||19850317|M\r"
    "FT1|1|||20260305||CG|80305^Drug screen presumptive^CPT|||1|38.00\r"
    "DG1|1||Z02.83^Encounter for blood-alcohol and blood-drug test^I10\r"
)

_HL7_TEST = (
    "MSH|^~\\&|KCA_CLAIMS|KEYSTONE|BILLREVIEW|CLEARBILL|202603091000||ADT^A08|KCA-TEST-0001|T|2.5.1\r"
    "PID|1||TEST000001^^^KCA^MI||ZZTEST^INTERFACE^^^^^T||19000101|U\r"
    "NTE|1||Synthetic record for interface certification - not a real person\r"
)

_FHIR_CLAIM = """{
  "resourceType": "Claim",
  "status": "active",
  "use": "claim",
  "patient": {"display": "Gloria Estevez", "identifier": {"value": "KCA25019930"}},
  "created": "2026-03-10",
  "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S83.241D"}]}}],
  "item": [{"sequence": 1, "productOrService": {"text": "Celecoxib 200 mg capsule, #30"}, "unitPrice": {"value": 42.18, "currency": "USD"}}]
}
"""

_FHIR_ORG = """{
  "resourceType": "Organization",
  "name": "Lehigh Valley Physical Therapy",
  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1119762718"}],
  "telecom": [{"system": "phone", "value": "610-555-0151"}],
  "address": [{"line": ["88 Cedar Crest Blvd"], "city": "Allentown", "state": "PA"}]
}
"""

_LOSS_XLSX = xlsx(
    {
        "By cause": [
            ["Cause", "Claims", "Paid medical", "Paid indemnity", "Reserves"],
            ["Lifting/strain", 9, 41250, 18800, 22000],
            ["Struck by object", 4, 12900, 0, 3500],
            ["Slip/fall", 3, 28400, 14200, 31000],
            ["Cut/laceration", 6, 5800, 0, 900],
        ],
        "By year": [
            ["Policy year", "Claims", "Incurred"],
            ["2024", 27, 188400],
            ["2025", 22, 143750],
        ],
    }
)

_LARGE_LOSS_XLSX = xlsx(
    {
        "Large losses": [
            ["Claim", "Claimant", "Injury", "Incurred", "Notes"],
            [
                "KCA-25-019930",
                "Gloria Estevez",
                "R knee meniscus tear, post-op",
                48200,
                "MMI, 4% LE rating",
            ],
            [
                "KCA-25-017702",
                "Reggie Thibodeaux",
                "Crush injury L foot, 2 surgeries",
                186500,
                "Possible CRPS, pain mgmt",
            ],
        ],
        "Reserve changes": [
            ["Claim", "Old", "New", "Reason"],
            ["KCA-25-017702", 120000, 186500, "Spinal cord stimulator trial requested"],
        ],
    }
)

_CLMT_PDF = pdf(
    [
        "KEYSTONE CLAIMS ADMINISTRATORS - NOTICE OF DETERMINATION",
        "Claimant: Reggie Thibodeaux     Claim: KCA-25-017702",
        "Request: spinal cord stimulator trial (CPT 63650)",
        "Requested by: Lehigh Pain Specialists",
        "Determination: DENIED pending utilization review (PA UR Organisation)",
        "Reason: psychological evaluation required before neuromodulation trial",
        "You may request review within 30 days.",
    ],
    "Determination",
)

_STEWARD_PDF = pdf(
    [
        "KEYSTONE CLAIMS ADMINISTRATORS - CLIENT STEWARDSHIP REPORT 2025",
        "Client: Halvorsen Manufacturing",
        "Claims reported: 22 (2024: 27)   Lost-time claims: 6",
        "Average days from injury to report: 1.4",
        "Average medical cost per claim: $3,420 (PA manufacturing benchmark $4,110)",
        "Bill review savings: 38.6% below billed",
        "Return-to-work within 7 days: 81% of lost-time claims",
    ],
    "Stewardship",
)

_VENDOR_MAIL = Spec(
    phi=False,
    category="inner",
    notes="inner",
    frm="Newsletter <news@pawcompinsights.org>",
    to="claims-all@keystoneclaimsadmin.com",
    subject="PA WC Insights: 2026 maximum weekly rate",
    body="The 2026 maximum weekly compensation rate is $1,396.00. Medical fee schedule updates take effect January 1. Read more on our site.",
)

_CLINIC_NOTE = Spec(
    phi=True,
    category="inner",
    notes="inner",
    frm="Kwame Osei PA-C <kosei@ironbridgeocchealth.com>",
    to="nadia.roth@keystoneclaimsadmin.com",
    subject="Castellano follow-up 03/10",
    body="Owen Castellano seen today. Lumbar strain improving, pain 3/10, SLR negative. Continue PT. Restrictions: no lifting >15 lb through 03/24. Next visit 03/24.",
)

_CLAIMANT_Q = Spec(
    phi=True,
    category="inner",
    notes="inner",
    frm="Renata Palacios <renata.palacios@yahoo.com>",
    to="nadia.roth@keystoneclaimsadmin.com",
    subject="question about my surgery",
    body="Hi Nadia, the orthopedic office says they still don't have approval for my shoulder surgery. Do you know when? My pain is bad at night. Renata",
)

MESSAGES = [
    Spec(
        phi=True,
        category="X12 837 professional claim to bill review vendor",
        notes="837 names claimant with DOB, lumbar strain ICD code and services billed.",
        frm=f"EDI Operations <edi@{KCA}>",
        to="inbound@clearbillreview.com",
        subject="837P batch 4471 for repricing",
        body="Batch 4471 attached, 1 claim. Return repriced 837 to the usual folder.",
        atts=(Att("KCA_837P_4471.x12", "application/edi-x12", _837),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance to clinic",
        notes="Hard positive: 835 remittance lists two claimants' names with their claim payments; body is only a payment notice.",
        frm=f"Provider Payments <payments@{KCA}>",
        to="billing@ironbridgeocchealth.com",
        subject="Remittance EFT4502",
        body="EFT of $1,186.40 released 03/13. 835 attached.",
        atts=(Att("ERA_EFT4502.x12", "application/edi-x12", _835),),
    ),
    Spec(
        phi=False,
        category="X12 837 test transaction with declared test patient",
        notes="Hard negative: clearinghouse certification 837 with usage indicator T and an obvious TESTPATIENT record.",
        frm=f"EDI Operations <edi@{KCA}>",
        to="certification@clearbillreview.com",
        subject="Cert test file #1 (usage T)",
        body="Test file for trading partner certification. Synthetic data only: patient TESTPATIENT ALPHA, DOB 1900-01-01.",
        atts=(Att("KCA_837P_TEST.x12", "application/edi-x12", _837_TEST),),
    ),
    Spec(
        phi=True,
        category="HL7 DFT charge for post-accident drug test",
        notes="Hard positive: HL7 DFT names the worker with DOB and a drug-screen charge; body is just 'see file'.",
        frm=f"EDI Operations <edi@{KCA}>",
        to="inbound@clearbillreview.com",
        subject="DFT 3391",
        body="see file",
        atts=(Att("KCA-DFT-3391.hl7", "application/hl7-v2", _HL7_DFT),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with synthetic patient",
        notes="Hard negative: HL7 test message with ZZTEST patient and an explicit 'not a real person' note.",
        frm=f"EDI Operations <edi@{KCA}>",
        to="interfaces@ironbridgeocchealth.com",
        subject="ADT test for new feed",
        body="Sending the agreed synthetic test message. Processing ID T. Please confirm you can parse PID-5.",
        atts=(Att("KCA-TEST-0001.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR pharmacy claim to PBM",
        notes="FHIR Claim names claimant with claim number, knee injury ICD code and celecoxib.",
        frm=f"Pharmacy Program <pharmacy@{KCA}>",
        to="api-support@scriptlinkpbm.com",
        subject="Payload that failed validation",
        body="This Claim resource was rejected with error 422 'unitPrice missing quantity'. Can you check?",
        atts=(Att("claim_failed.json", "application/fhir+json", _FHIR_CLAIM),),
    ),
    Spec(
        phi=False,
        category="FHIR organization resource for provider directory",
        notes="Hard negative: FHIR Organization with a clinic NPI, phone and address; provider data only.",
        frm=f"Provider Relations <providerrelations@{KCA}>",
        to="directory@scriptlinkpbm.com",
        subject="Directory add - PT clinic",
        body="New in-network PT clinic, resource attached. NPI 1119762718.",
        atts=(Att("org_lvpt.json", "application/fhir+json", _FHIR_ORG),),
    ),
    Spec(
        phi=True,
        category="claim acknowledgement to injured worker personal email",
        notes="Acknowledgement to worker's gmail naming him, his claim number and back strain treatment.",
        frm=f"Nadia Roth RN <nadia.roth@{KCA}>",
        to="owen.castellano92@gmail.com",
        subject="Your workers' compensation claim",
        body="Dear Mr. Castellano,\n\nKeystone Claims Administrators handles workers' compensation claims for Halvorsen Manufacturing. Your claim for the low back strain of 03/05/2026 is accepted under claim number KCA-26-004402. Your physical therapy at Lehigh Valley PT is authorised for 6 visits. Please keep your mileage log; we reimburse at $0.70/mile.\n\nNadia Roth, RN, Nurse Case Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="interview invitation to job candidate personal email",
        notes="Interview invitation to a candidate's gmail for an adjuster job; no health information.",
        frm=f"Talent Acquisition <talent@{KCA}>",
        to="jmcallister.jobs@gmail.com",
        subject="Interview - Workers' Comp Claims Adjuster",
        body="Hi Jordan,\n\nThanks for applying. Could you meet with our claims manager on Tuesday 03/17 at 10:00 via video? Please reply to confirm.\n\nTalent Acquisition"
        + SIG,
    ),
    Spec(
        phi=True,
        category="large loss report workbook to excess carrier",
        notes="Two-sheet large loss workbook names claimants with injuries, CRPS and stimulator request.",
        frm=f"Claims Management <claimsmgmt@{KCA}>",
        to="excess.claims@granitereinsurance.com",
        subject="Q1 large loss report - Halvorsen",
        body="Quarterly large-loss report for the Halvorsen excess policy attached. KCA-25-017702 is approaching the SIR."
        + SIG
        + DISC,
        atts=(Att("LargeLoss_Halvorsen_2026Q1.xlsx", XLSX, _LARGE_LOSS_XLSX),),
    ),
    Spec(
        phi=False,
        category="loss run by cause workbook to employer",
        notes="Hard negative: loss run aggregated by cause and policy year with paid medical totals; no claimant.",
        frm=f"Account Management <accounts@{KCA}>",
        to="safety@halvorsenmfg.com",
        subject="Loss summary for your safety committee",
        body="Summarised by cause only (no claimant names) so you can share it with the committee.",
        atts=(Att("Halvorsen_loss_summary.xlsx", XLSX, _LOSS_XLSX),),
    ),
    Spec(
        phi=True,
        category="UR denial notice PDF to pain clinic",
        notes="Determination PDF naming claimant and denial of spinal cord stimulator trial sent to provider.",
        frm=f"Utilization Review <ur@{KCA}>",
        to="auth@lehighpainspecialists.com",
        subject="Determination - auth request 26-0771",
        body="Please see the attached determination. Peer-to-peer available this week." + SIG,
        atts=(Att("Determination_26-0771.pdf", "application/pdf", _CLMT_PDF),),
    ),
    Spec(
        phi=False,
        category="stewardship report PDF to employer",
        notes="Hard negative: client stewardship report with claim counts, average medical cost and RTW percentages; aggregate.",
        frm=f"Account Management <accounts@{KCA}>",
        to="leadership@halvorsenmfg.com",
        subject="2025 stewardship report",
        body="Ahead of our review meeting, the 2025 stewardship report is attached.",
        atts=(Att("Stewardship_2025.pdf", "application/pdf", _STEWARD_PDF),),
    ),
    Spec(
        phi=True,
        category="subrogation demand to auto insurer",
        notes="Subrogation letter to an auto insurer names the claimant, the crash and medical paid for his fractures.",
        frm=f"Recovery Unit <recovery@{KCA}>",
        to="claims.intake@sentinelautoins.com",
        subject="Subrogation lien notice - your insured Paula Griggs",
        body="Re: accident of 01/14/2026, Route 22 eastbound\n\nKeystone administers the workers' compensation claim of Marcus Doyle (claim KCA-26-000388), a delivery driver injured when your insured rear-ended his van. Medical paid to date: $23,416.70 (ED visit, ORIF of left wrist fracture, 12 therapy visits). Indemnity paid: $7,980. Please note our lien under Section 319.\n\nRecovery Unit"
        + SIG,
    ),
    Spec(
        phi=True,
        category="MSA referral with Medicare MBI",
        notes="Medicare set-aside referral naming claimant with MBI, SSN and future medical for a crush injury.",
        frm=f"Settlements <settlements@{KCA}>",
        to="referrals@medsetasidepartners.com",
        subject="MSA referral - Thibodeaux",
        body="Please prepare an MSA.\n\nClaimant: Reggie Thibodeaux\nDOB: 09/02/1961\nSSN: 427-61-3385\nMBI: 3TW7-HJ2-RK58 (SSDI entitled)\nInjury: crush injury left foot 04/2025, two surgeries, possible CRPS\nCurrent meds: gabapentin 600 mg TID, duloxetine 60 mg\nTarget settlement: Q3 2026"
        + SIG,
    ),
    Spec(
        phi=True,
        category="state board filing to regulator",
        notes="Filing to the state bureau with claimant name, SSN and injury description.",
        frm=f"Compliance Filings <filings@{KCA}>",
        to="edi.support@dli-wcbureau.pa.gov",
        subject="Resubmission - LIBC-495 rejected",
        body="Resubmitting the Notice of Compensation Payable rejected for missing SSN:\nEmployee: Anh Tran, SSN 219-38-4406\nEmployer: Halvorsen Manufacturing\nInjury: occupational asthma, solvent exposure, first treated 02/10/2026\nWeekly rate: $742.15"
        + SIG,
    ),
    Spec(
        phi=True,
        category="forward of clinic note to employer with restrictions",
        notes="Hard positive: forward of the clinic's note (in an attached message) names the worker and lumbar strain findings sent on to the employer.",
        frm=f"Nadia Roth RN <nadia.roth@{KCA}>",
        to="safety@halvorsenmfg.com",
        subject="FW: Castellano follow-up 03/10",
        body="FYI - restrictions through 03/24 below. Please confirm light duty is available.",
        forward=_CLINIC_NOTE,
    ),
    Spec(
        phi=True,
        category="reply to claimant with forwarded question",
        notes="Hard positive: reply to claimant's yahoo quoting her own message about shoulder surgery approval.",
        frm=f"Nadia Roth RN <nadia.roth@{KCA}>",
        to="renata.palacios@yahoo.com",
        subject="Re: question about my surgery",
        body="Hi Renata, the arthroscopy was approved this morning (auth 26-0802) and I faxed it to Dr. Kuhlman's office. They should call you today to schedule. Your message is attached for reference.\n\nNadia",
        forward=_CLAIMANT_Q,
    ),
    Spec(
        phi=False,
        category="forwarded industry newsletter",
        notes="Forward of a workers' comp newsletter about state rates; no individual.",
        frm=f"Claims Manager <claimsmgr@{KCA}>",
        to="claims-all@keystoneclaimsadmin.com",
        subject="FW: PA WC Insights: 2026 maximum weekly rate",
        body="Team - update your rate tables. See below.",
        forward=_VENDOR_MAIL,
    ),
    Spec(
        phi=True,
        category="adjuster shorthand diary note to carrier",
        notes="Hard positive: abbreviations-only status note (clmt, HNP, ESI, TTD) with claimant surname and claim number.",
        frm=f"Greg Pappas <gpappas@{KCA}>",
        to="wc.oversight@harborlineinsurance.com",
        subject="status KCA-25-018214",
        body="Clmt Sorensen: L4-5 HNP, s/p ESI x2 w/ minimal relief, NS consult 3/19 re: microdisc. TTD cont @ $918/wk. IME sched 4/2. Res inc to $95k.",
    ),
    Spec(
        phi=True,
        category="headerless CSV of claimants and ICD codes",
        notes="Hard positive: CSV with no header row listing names, claim numbers and ICD-10 codes.",
        frm=f"Data Services <data@{KCA}>",
        to="analyst@granitereinsurance.com",
        subject="file you asked for",
        body="Here it is.",
        atts=(
            Att(
                "export_0311.csv",
                "text/csv",
                "Sorensen,Erik,KCA-25-018214,M51.26\r\nThibodeaux,Reggie,KCA-25-017702,S97.82XD\r\nTran,Anh,KCA-26-004121,J68.3\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified claims extract to actuary",
        notes="Hard negative: de-identified claim-level CSV for reserving (random IDs, injury year, body part, paid amounts).",
        frm=f"Data Services <data@{KCA}>",
        to="reserving@northfieldactuarial.com",
        subject="Triangle data - de-identified",
        body="Claim-level data for the reserve study. IDs are random, no names or dates beyond year.",
        atts=(
            Att(
                "triangle_input.csv",
                "text/csv",
                "rand_id,acc_year,body_part,paid_med,paid_ind,open\r\nR8812,2023,knee,18220,4100,N\r\nR2290,2024,back,6610,0,N\r\nR4475,2025,hand,1320,0,Y\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="WC fee schedule update with CPT codes",
        notes="Hard negative: fee schedule update listing CPT codes and allowed amounts; no patient.",
        frm=f"Bill Review <billreview@{KCA}>",
        to="network-providers@keystoneclaimsadmin.com",
        subject="2026 PA WC fee schedule loaded",
        body="The 2026 fee schedule is loaded as of 03/09. Examples of allowed amounts:\n99203 new patient visit - $118.40\n97110 therapeutic exercise (per 15 min) - $30.26\n72100 X-ray lumbar spine 2-3 views - $41.07\n80305 drug screen presumptive - $12.60\nBills received before 03/09 are repriced on the 2025 schedule."
        + SIG,
    ),
    Spec(
        phi=False,
        category="opioid policy notice to prescribers",
        notes="Hard negative: opioid prescribing policy for WC claims with drug names and MME thresholds; no patient.",
        frm=f"Pharmacy Program <pharmacy@{KCA}>",
        to="prescribers@lehighemployers.org",
        subject="Opioid first-fill limits for workers' comp claims",
        body="Effective 04/01: first fill of oxycodone, hydrocodone or tramadol after a work injury is limited to 7 days and 50 MME/day. Longer courses need a treatment plan and a urine drug test. Buprenorphine for OUD is always covered without prior auth.",
    ),
    Spec(
        phi=True,
        category="mileage reimbursement to claimant",
        notes="Mileage reimbursement to claimant's hotmail listing her physical therapy visit dates (payment related to care).",
        frm=f"Claims Payments <claimspay@{KCA}>",
        to="gloria.estevez68@hotmail.com",
        subject="Mileage reimbursement processed",
        body="Hello Ms. Estevez,\n\nWe processed $84.70 for your mileage to Lehigh Valley PT on 02/03, 02/05, 02/10, 02/12, 02/17 and 02/19 (claim KCA-25-019930). The check will arrive in 5-7 days."
        + SIG,
    ),
    Spec(
        phi=True,
        category="denial of psychological injury claim to claimant",
        notes="Denial letter to claimant's outlook naming her PTSD claim after a workplace robbery.",
        frm=f"Claims Determinations <determinations@{KCA}>",
        to="shay.morrow@outlook.com",
        subject="Decision on your claim",
        body="Dear Ms. Shay Morrow,\n\nWe have reviewed your claim for post-traumatic stress disorder following the robbery at the Quarryton Logistics will-call counter on 12/30/2025. Based on the treating psychologist's records and the recorded statement, the claim is denied because the records do not establish an abnormal working condition. The formal Notice of Workers' Compensation Denial is being mailed to your home address. You may file a claim petition with the Bureau within three years."
        + SIG,
    ),
    Spec(
        phi=True,
        category="nurse case manager note to treating surgeon",
        notes="Case manager note to an orthopedic office naming claimant and post-op PT progress.",
        frm=f"Nadia Roth RN <nadia.roth@{KCA}>",
        to="ortho.clinic@kuhlmanortho.com",
        subject="Pre-visit note: Palacios, Renata 03/18",
        body="Dr. Kuhlman,\n\nAhead of Ms. Palacios's pre-op visit on 03/18: MRI shows full-thickness supraspinatus tear; she has done 8 PT visits without gain, and her employer can offer one-handed duty. Arthroscopic repair is authorised (26-0802).\n\nNadia Roth, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="vendor payment with SSN-shaped check number",
        notes="Hard negative: remittance to a court reporting vendor with a check number shaped like an SSN; no claimant health.",
        frm=f"Accounts Payable <ap@{KCA}>",
        to="billing@capitolcourtreporting.com",
        subject="Payment sent - invoices 7781, 7790",
        body="Check no. 512-40-7718 for $1,140.00 was mailed 03/11 covering invoices 7781 and 7790 (deposition transcripts, February).",
    ),
    Spec(
        phi=False,
        category="network directory with provider NPIs",
        notes="Hard negative: panel of physicians with specialties and NPIs posted for employers; provider identifiers only.",
        frm=f"Provider Relations <providerrelations@{KCA}>",
        to="employer-contacts@keystoneclaimsadmin.com",
        subject="Updated panel of physicians (post by time clocks)",
        body="PA law requires you to post at least six designated providers. Current panel for Lehigh County:\n1. Ironbridge Occupational Health - Ruth Amsel, MD (occupational medicine) NPI 1413489653\n2. Kuhlman Orthopaedics - Erik Kuhlman, MD (orthopaedic surgery, shoulder) NPI 1200264996\n3. Lehigh Valley PT - NPI 1119762718\n4. Valley Chest Associates - Minh Pham, MD (pulmonology) NPI 1471100101\n5. Lehigh Pain Specialists - NPI 1628053815\n6. Summit Psychology Group - NPI 1526259266",
    ),
    Spec(
        phi=False,
        category="claims privacy training deck notes",
        notes="Hard negative: training note with example identifiers and an example diagnosis explicitly fictional.",
        frm=f"Compliance <compliance@{KCA}>",
        to="claims-all@keystoneclaimsadmin.com",
        subject="Privacy training - examples for Thursday",
        body="For Thursday's session we will use this FICTIONAL example on slide 4: 'Jane Example, claim KCA-00-000000, DOB 01/01/1970, lumbar strain'. Discuss: which parts may go to the employer (work status, restrictions) and which may not (diagnosis, meds, psych history). Do not bring real files.",
    ),
    Spec(
        phi=False,
        category="claims roundtable calendar invite",
        notes="Internal roundtable invite; no claimants named.",
        frm=f"Claims Manager <claimsmgr@{KCA}>",
        to="claims-all@keystoneclaimsadmin.com",
        subject="Monthly large-loss roundtable",
        body="Bring your top 3 files by incurred. Names stay on screen, not in the invite.",
        atts=(
            Att(
                "roundtable.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//Claims//EN\r\nBEGIN:VEVENT\r\nUID:kca-rt-0325@keystoneclaimsadmin.com\r\nDTSTAMP:20260310T130000Z\r\nDTSTART:20260325T180000Z\r\nDTEND:20260325T193000Z\r\nSUMMARY:Large-loss roundtable\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="annual statistical report to state regulator",
        notes="Hard negative: annual report to the state with counts of claims by injury type; aggregate.",
        frm=f"Compliance Filings <filings@{KCA}>",
        to="tpa.licensing@insurance.pa.gov",
        subject="2025 TPA annual statistical report",
        body="Keystone Claims Administrators, license TPA-004418. 2025 totals administered in PA: 1,846 claims reported; 412 lost-time; 2 fatalities; most frequent injuries: strains 38%, contusions 17%, lacerations 14%, fractures 7%. Full report attached via the portal.",
    ),
    Spec(
        phi=True,
        category="surveillance assignment naming claimant and injury",
        notes="Assignment to a surveillance vendor naming claimant, home address and claimed back injury restrictions.",
        frm=f"Greg Pappas <gpappas@{KCA}>",
        to="assignments@tristateinvestigations.com",
        subject="New assignment - 2 days activity check",
        body="Subject: Erik Sorensen, 61 Birch Hollow Rd, Whitehall PA 18052, cell 610-555-0127. Claims a lumbar disc herniation with no lifting over 10 lb and cannot drive more than 30 min. Please do 2 days (Sat/Mon). Photo attached.",
        atts=(Att("Sorensen_E_photo.png", "image/png", png(5, 7, (140, 110, 90))),),
    ),
    Spec(
        phi=True,
        category="settlement figures to claimant attorney",
        notes="Settlement email to applicant attorney naming client, future medical and CRPS.",
        frm=f"Settlements <settlements@{KCA}>",
        to="rbrennan@brennanwclaw.com",
        subject="Thibodeaux - C&R proposal",
        body="Ray,\n\nOur authority for a compromise and release for Mr. Thibodeaux is $210,000 inclusive, with an MSA for future medical (pain management, gabapentin, possible stimulator) funded separately at the CMS-approved amount. Offer open through 04/10."
        + SIG,
    ),
    Spec(
        phi=True,
        category="zip of medical bills to bill review",
        notes="Zip of scanned bill text naming two claimants with CPT codes and diagnoses, sent to bill review.",
        frm=f"Mailroom <mailroom@{KCA}>",
        to="inbound@clearbillreview.com",
        subject="Paper bills batch 0311",
        body="Batch of paper bills converted to text, 2 items.",
        atts=(
            Att(
                "paperbills_0311.zip",
                "application/zip",
                zipped(
                    {
                        "bill_01.txt": "HCFA 1500 - Patient: Shay Morrow - DOB 05/19/1994 - 90837 psychotherapy 60 min x4 - Dx F43.10 - $720.00\n",
                        "bill_02.txt": "UB04 - Patient: Reggie Thibodeaux - ED visit 02/22/2026 - foot pain flare - 99284 - $1,412.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="adjuster job posting",
        notes="Job posting for a claims adjuster; no health data.",
        frm=f"Talent Acquisition <talent@{KCA}>",
        to="postings@lehighvalleyjobs.net",
        subject="Posting: Workers' Comp Claims Adjuster II",
        body="Handle a caseload of 140 lost-time and medical-only claims, coordinate with nurse case managers, set reserves, negotiate settlements. PA adjuster licence required. Hybrid, Harrisburg.",
    ),
    Spec(
        phi=True,
        category="eligibility verification X12 270 to group health plan",
        notes="Hard positive: X12 270 eligibility inquiry with member name, DOB and member ID to check other coverage for a claimant.",
        frm=f"EDI Operations <edi@{KCA}>",
        to="edi@harborlineinsurance.com",
        subject="270 inquiry",
        body="270 attached for coordination of benefits check.",
        atts=(
            Att(
                "KCA_270_0311.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*KEYSTONECLM    *ZZ*HARBORLINE     *260311*1100*^*00501*000000090*0*P*:~GS*HS*KEYSTONECLM*HARBORLINE*20260311*1100*90*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*KCA0311*20260311*1100~NM1*IL*1*MORROW*SHAY****MI*HLN55820391~DMG*D8*19940519~EQ*30~SE*6*0001~GE*1*90~IEA*1*000000090~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="system status message to employer portal users",
        notes="HTML-only portal maintenance notice; no individual.",
        frm=f"Keystone Portal <portal@{KCA}>",
        to="employer-contacts@keystoneclaimsadmin.com",
        subject="Portal maintenance Sunday",
        body="",
        html="<html><body><p>The employer portal will be unavailable Sunday 03/15 from 1:00 to 5:00 AM ET. First reports of injury can still be phoned in to 717-555-0160.</p></body></html>",
    ),
]
