"""Keystone Health Plan: outbound mail without PHI (30 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

_BLANK_PA_FORM = pdf(
    [
        "KEYSTONE HEALTH PLAN",
        "Outpatient Prior Authorization Request Form (rev. 10/2026)",
        "Fax completed form to 717-555-0148 or submit on the provider portal.",
        "",
        "Member name: ______________________   Date of birth: ___/___/______",
        "Member ID: ____________________   Group #: __________",
        "Diagnosis (ICD-10): ___________   Procedure (CPT/HCPCS): ___________",
        "Requesting provider NPI: __________   Servicing facility: _____________",
        "Clinical notes attached?  [ ] Yes  [ ] No",
        "Urgent (delay could seriously jeopardize life or health)?  [ ] Yes  [ ] No",
    ],
    "Prior authorization request form",
)

_HEDIS = xlsx(
    {
        "Summary": [
            ["Measure", "Denominator", "Numerator", "Rate", "2025 rate", "75th pctl"],
            ["Breast Cancer Screening (BCS-E)", 18412, 13771, 0.748, 0.731, 0.757],
            ["Colorectal Cancer Screening (COL-E)", 40218, 28011, 0.696, 0.684, 0.712],
            ["Controlling High BP (CBP)", 9120, 6230, 0.683, 0.661, 0.702],
            ["Glycemic Status <8% (GSD)", 7714, 4879, 0.632, 0.618, 0.655],
        ],
        "By county": [
            ["County", "BCS-E rate", "COL-E rate", "Members 18+"],
            ["Dauphin", 0.752, 0.701, 61204],
            ["Cumberland", 0.771, 0.719, 58311],
            ["Lebanon", 0.714, 0.662, 22870],
            ["Perry", 0.690, 0.641, 7402],
        ],
    }
)

_FEE_SCHED = xlsx(
    {
        "2027 PT-OT": [
            ["CPT", "Description", "Modifier", "2026 rate", "2027 rate"],
            ["97110", "Therapeutic exercise, 15 min", "GP", 31.20, 32.05],
            ["97140", "Manual therapy, 15 min", "GP", 28.75, 29.40],
            ["97530", "Therapeutic activities, 15 min", "GO", 34.10, 35.00],
            ["97161", "PT eval, low complexity", "GP", 98.60, 101.15],
        ]
    }
)

_BARIATRIC_POLICY = docx(
    [
        "Keystone Health Plan Medical Policy MP-114: Bariatric Surgery",
        "Effective 01/01/2027. Applies to commercial and Medicare Advantage products.",
        "Criteria: BMI >= 40, or BMI >= 35 with at least one comorbidity such as type 2 "
        "diabetes (E11.x), obstructive sleep apnea (G47.33) or hypertension (I10).",
        "Documentation: 6 months of supervised weight management within the prior 2 years, "
        "psychological evaluation, and nutrition consult.",
        "Covered procedures: CPT 43644, 43645, 43775. Not covered: 43843 (vertical banded "
        "gastroplasty) and endoscopic sleeve gastroplasty (43999).",
    ]
)

_TEST_HL7 = (
    "MSH|^~\\&|KHP_TEST|KEYSTONEHP|CAREBRIDGE|CBCM|20261118101500||ADT^A01|TST0001|T|2.5.1\r"
    "EVN|A01|20261118101500\r"
    "PID|1||TEST00001^^^KHP^MB||ZZTEST^PATIENT^ONE||19000101|U|||"
    "1 TEST ST^^TESTVILLE^PA^00000\r"
    "PV1|1|I|TEST^001^A|||||||||||||||||||||||||||||||||||||||||20261118101500\r"
    "DG1|1||R69^Illness, unspecified^I10|||A\r"
)

_DIRECTORY_CSV = (
    "npi,last_name,first_name,credential,specialty,practice,city,accepting_new\n"
    "1267808164,Benning,Karl,MD,Orthopaedic Surgery,Capital Orthopaedics,Camp Hill,Y\n"
    "1250037938,Abara,Lillian,DO,Pulmonology/Sleep Medicine,Harrisburg Lung Assoc,"
    "Harrisburg,N\n"
    "1597434137,Vesely,Hana,MD,Endocrinology,Susquehanna Endocrine,Hershey,Y\n"
    "1556141640,Feeney,Colm,MD,Family Medicine,Lebanon Family Medicine,Lebanon,Y\n"
)

_DEID = (
    "record,age_band,sex,zip3,year_of_service,icd10_primary,cpt,allowed_amount\n"
    "1,40-44,F,170,2025,E11.9,99214,118.40\n"
    "2,65-69,M,171,2025,I50.22,99223,302.15\n"
    "3,90+,F,170,2025,N18.4,90935,251.00\n"
    "4,25-29,M,173,2025,F32.1,90837,141.70\n"
    "5,50-54,F,172,2025,C50.911,96413,1796.15\n"
)

_ID_CARD_PROOF = pdf(
    [
        "KEYSTONE HEALTH PLAN  -  PPO Gold 1500  -  PRINT PROOF v3",
        "MEMBER NAME: JOHN Q SAMPLE",
        "MEMBER ID: XKZ000000000     GROUP: 000000",
        "RxBIN 610555  RxPCN KHPRX  RxGRP KHP01",
        "PCP $25 / SPEC $50 / ER $250 / URGENT CARE $75",
        "Member Services 1-800-555-0164   Providers 1-800-555-0170",
    ],
    "ID card proof",
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="provider_bulletin_pa_changes",
        notes="Hard negative: provider bulletin listing CPT codes and diagnoses that will "
        "need prior authorization; no member anywhere.",
        frm="Keystone Provider Relations <provider.news@keystonehp.com>",
        to="network-providers@lists.keystonehp.com",
        subject="January 1 prior authorization changes - outpatient imaging and PT",
        body="",
        html=(
            "<html><body><h2>Provider Bulletin 2026-22</h2>"
            "<p>Starting January 1, 2027 the following services require prior "
            "authorization for commercial members:</p><ul>"
            "<li>MRI lumbar spine (72148, 72149, 72158) - except with red-flag diagnoses "
            "such as cauda equina syndrome (G83.4)</li>"
            "<li>Outpatient PT/OT beyond visit 12 (97110, 97140, 97530)</li>"
            "<li>Sleep studies in a facility (95810, 95811)</li></ul>"
            "<p>Use the updated form on the portal. Questions: 1-800-555-0170.</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="blank_pa_form",
        notes="Hard negative: blank prior authorization form PDF with Member name / DOB / "
        "Member ID fields but nothing filled in.",
        frm="Jolene Pfister <jpfister@keystonehp.com>",
        to="Renee Castellanos <rcastellanos@capitalorthopa.com>",
        subject="new PA form",
        body=(
            "Renee - the portal was down this morning so here's the fax version of the new "
            "form. Old one gets rejected after 12/31.\n\nJolene\n"
        ),
        atts=(Att("KHP_PA_request_form_rev1026.pdf", "application/pdf", _BLANK_PA_FORM),),
    ),
    Spec(
        phi=False,
        category="formulary_update_brokers",
        notes="Hard negative: formulary tier changes with brand and generic drug names and "
        "doses sent to brokers; no members.",
        frm="Keystone Broker Services <brokers@keystonehp.com>",
        to="broker-partners@lists.keystonehp.com",
        subject="2027 formulary changes - talking points for renewals",
        body=(
            "Brokers,\n\nA few changes your groups will ask about:\n\n"
            "- Humira moves to non-preferred; adalimumab-adaz (Hyrimoz) and adalimumab-aaty "
            "become preferred at tier 2\n"
            "- Ozempic and Mounjaro stay tier 3 with PA for type 2 diabetes only; Wegovy and "
            "Zepbound for weight loss remain excluded unless the group buys the rider\n"
            "- Insulin glargine capped at $35/month on all plans\n"
            "- Atorvastatin 10-80 mg and lisinopril stay $0 under the preventive list\n\n"
            "Full drug list PDF on the broker portal.\n\nKeystone Broker Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="hedis_aggregate_report",
        notes="Hard negative: HEDIS rates workbook with two sheets of aggregate counts by "
        "measure and county; condition names but no individual.",
        frm="Quality Improvement <quality@keystonehp.com>",
        to="Dr. Miriam Sato <msato@capitalhealthcoalition.org>",
        subject="MY2025 HEDIS preliminary rates",
        body=(
            "Dr. Sato,\n\nAttached are the preliminary MY2025 rates for the coalition "
            "meeting. These are pre-audit and not for public release.\n\nBest,\nKeith "
            "Annunzio, MPH\nQuality Improvement Analyst\n"
        ),
        atts=(Att("KHP_HEDIS_MY2025_prelim.xlsx", XLSX, _HEDIS),),
    ),
    Spec(
        phi=False,
        category="staff_potluck_invite",
        notes="Team potluck sign-up sent to a vendor contact who sits with the team.",
        frm="Brenda Kowalczyk <bkowalczyk@keystonehp.com>",
        to="um-team@keystonehp.com",
        cc="lhuang@nursebridgestaffing.com",
        subject="Thanksgiving potluck 11/24!!",
        body=(
            "Hi all!! Potluck is Tues 11/24 in the 3rd floor break room at noon. Lin, you "
            "and the other contract nurses are welcome too :)\n\nSign up so we don't get 9 "
            "mac & cheeses again:\n  mains - Brenda (turkey), Curtis (ham)\n  sides - ?\n"
            "  desserts - Jolene (pumpkin roll)\n\nB\n"
        ),
    ),
    Spec(
        phi=False,
        category="contractor_password_expiry",
        notes="IT notice to a contractor that their remote access password expires.",
        frm="KHP IT Service Desk <itservicedesk@keystonehp.com>",
        to="lhuang@nursebridgestaffing.com",
        subject="Your Keystone remote access password expires in 5 days",
        body="",
        html=(
            "<html><body><p>Your password for KHP\\lhuang.c expires on 11/21/2026.</p>"
            "<p>Change it at https://passwordreset.keystonehp.com before then. Never share "
            "your password; the Service Desk will never ask for it.</p>"
            "<p>KHP IT Service Desk | ext. 4357</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="provider_directory_npi_update",
        notes="Hard negative: CSV of clinician names, NPIs and specialties for a directory "
        "vendor; clinicians, not patients.",
        frm="Provider Data Management <provdata@keystonehp.com>",
        to="loads@directoryaccuracy.com",
        subject="Directory delta file 11/17",
        body=(
            "Weekly delta attached (4 rows). Abara closed her panel as of 11/15, please "
            "update accepting_new. NPI: 1250037938 for reference.\n\nProvider Data Mgmt\n"
        ),
        atts=(Att("khp_directory_delta_20261117.csv", "text/csv", _DIRECTORY_CSV),),
    ),
    Spec(
        phi=False,
        category="interface_test_hl7",
        notes="Hard negative: HL7 ADT test message with ZZTEST placeholder patient, "
        "processing id T and dummy address, for interface validation.",
        frm="Integration Team <hl7ops@keystonehp.com>",
        to="inbound@carebridgecm.com",
        subject="test msg for new A01 endpoint",
        body=(
            "Test message for the new A01 endpoint (processing ID T). Please confirm you "
            "return AA and that it lands in your TEST environment, not prod.\n"
        ),
        atts=(Att("TST0001.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="own_procedure_vendor_notice",
        notes="Hard negative: the sender tells a vendor about his own colonoscopy and "
        "absence; the sender's own health, not a member's.",
        frm="Keith Annunzio <kannunzio@keystonehp.com>",
        to="Priya Natarajan <pnatarajan@hedisvendor.com>",
        subject="moving Thursday's call",
        body=(
            "Hi Priya, can we push Thursday's call to Monday? I'm out Thursday and Friday "
            "for a colonoscopy (turning 45, joy) and the prep day before. Sonia can answer "
            "anything urgent on the supplemental data file.\n\nKeith\n"
        ),
    ),
    Spec(
        phi=False,
        category="broker_commission_statement",
        notes="Commission statement CSV to a broker: groups, premiums and commissions.",
        frm="Commissions <commissions@keystonehp.com>",
        to="dale@prentissbenefits.com",
        subject="October commission statement - Prentiss Benefits",
        body="Your October 2026 statement is attached. Payment issued 11/15 by ACH.\n",
        atts=(
            Att(
                "prentiss_commissions_2026-10.csv",
                "text/csv",
                "group_no,group_name,product,subscribers,premium,rate,commission\n"
                "006120,Millbrook Fabrication Inc,PPO Gold 1500,212,188420.00,0.03,5652.60\n"
                "004417,Dauphin Valley Schools,HMO Silver,391,301776.50,0.025,7544.41\n"
                "007702,Conodoguinet Auto Group,HDHP 3000,58,33930.00,0.04,1357.20\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="group_renewal_aggregate",
        notes="Hard negative: renewal summary for an employer with loss ratio, claimant "
        "counts over $100k and top condition categories, all aggregate.",
        frm="Gwen Sorensen <gsorensen@keystonehp.com>",
        to="benefits@conodoguinetauto.com",
        subject="2027 renewal - Conodoguinet Auto Group",
        body=(
            "Hi Tom,\n\nRenewal highlights for your 58-life group:\n\n"
            "  Incurred claims (12 mo): $402,118   Loss ratio: 91%\n"
            "  Claimants over $100k: 1   Pooling point: $75k\n"
            "  Top categories by spend: musculoskeletal 22%, cancer 18%, pharmacy 31%\n"
            "  Proposed increase: 8.4% (trend 7.1% + experience)\n\n"
            "Per our privacy rules we can't share anything about individual claimants. "
            "Happy to model an HDHP option.\n\nGwen\n"
        ),
    ),
    Spec(
        phi=False,
        category="siu_fraud_alert_providers",
        notes="Hard negative: SIU alert about a billing scheme with CPT codes and a sample "
        "claim pattern; no member named or numbered.",
        frm="Special Investigations Unit <siu@keystonehp.com>",
        to="network-providers@lists.keystonehp.com",
        subject="Fraud alert: unsolicited genetic testing kits",
        body=(
            "Providers,\n\nWe are seeing orders for cancer genetic panels (81432, 81433) and "
            "pharmacogenomic testing (81225, 81226) signed by telemedicine physicians who "
            "never saw the member. Members report getting a cheek-swab kit after a call "
            "about 'free Medicare benefits'.\n\nIf your NPI appears on an order you did not "
            "sign, call the SIU hotline 1-800-555-0199. Do not discuss specifics by email.\n"
            "\nKeystone Health Plan SIU\n"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_um_nurse",
        notes="Job posting for a utilization review nurse sent to a nursing school career office.",
        frm="Talent Acquisition <careers@keystonehp.com>",
        to="careers@harrisburgnursing.edu",
        subject="Please share: Utilization Review Nurse (remote PA)",
        body=(
            "Hello,\n\nWould you share this with your RN-BSN alumni list?\n\n"
            "Utilization Review Nurse - remote within PA\n- Active PA RN license, 3+ yrs "
            "acute care\n- InterQual or MCG experience preferred\n- $82-96k, full benefits\n"
            "\nApply at careers.keystonehp.com req 26-0871.\n\nThank you,\nMonique Tran\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_dispute",
        notes="AP disputes a print vendor's invoice for member mailings; quantities only.",
        frm="Accounts Payable <ap@keystonehp.com>",
        to="billing@precisionmailprint.com",
        subject="Invoice 77180 - quantity mismatch",
        body=(
            "Invoice 77180 bills 48,200 EOB mailings for October; our job tickets show "
            "46,915. Please send the USPS statement or a corrected invoice. Payment on hold.\n"
            "\nAccounts Payable | Keystone Health Plan\n"
        ),
    ),
    Spec(
        phi=False,
        category="ics_ag_steering_meeting",
        notes="Calendar invite for a quarterly appeals steering meeting with an outside "
        "consultant; agenda is metrics only.",
        frm="Renata Szabo <rszabo@keystonehp.com>",
        to="kfleming@bluestoneadvisory.com",
        subject="Q4 A&G steering committee",
        body="Agenda in the invite. Deck to follow.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone Health Plan//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:khp-ag-steer-q4@keystonehp.com\r\n"
            "DTSTAMP:20261116T140000Z\r\nDTSTART:20261210T190000Z\r\n"
            "DTEND:20261210T200000Z\r\nSUMMARY:Q4 Appeals & Grievances steering\r\n"
            "LOCATION:Teams\r\nDESCRIPTION:Timeliness vs CMS standard\\, overturn rate by "
            "category\\, IRO results\\, staffing for AEP.\r\n"
            "ORGANIZER;CN=Renata Szabo:mailto:rszabo@keystonehp.com\r\n"
            "ATTENDEE;CN=Kara Fleming:mailto:kfleming@bluestoneadvisory.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="medicare_seminar_marketing",
        notes="Medicare Advantage seminar invitation to a general prospect list; no condition "
        "targeting.",
        frm="Keystone Medicare Advantage <medicare@keystonehp.com>",
        to="seminar-invites@lists.keystonehp.com",
        subject="Turning 65? Free Medicare seminar at the Lebanon library",
        body="",
        html=(
            "<html><body><h1>Medicare made simple</h1><p>Join a licensed Keystone agent on "
            "Saturday, December 5 at 10 AM, Lebanon Community Library, Room B. Coffee and "
            "light snacks.</p><p>RSVP at 1-800-555-0188 (TTY 711).</p><p style='font-size:9px'>"
            "Keystone Health Plan is an HMO and PPO plan with a Medicare contract. Enrollment "
            "depends on contract renewal. H9921_SEM26_M</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="medical_policy_docx",
        notes="Hard negative: bariatric surgery medical policy DOCX with BMI thresholds, "
        "ICD-10 and CPT codes; a policy, not a person.",
        frm="Dr. Alan Whitcombe <awhitcombe@keystonehp.com>",
        to="policycommittee@capitalsurgicalassoc.com",
        subject="draft MP-114 for your comments",
        body=(
            "Dr. Lindgren,\n\nAs promised, the draft bariatric policy for the surgical "
            "advisory panel. Comments by 12/4 please; we vote 12/10.\n\nAlan Whitcombe, MD\n"
            "Medical Director\n"
        ),
        atts=(Att("MP-114_bariatric_DRAFT.docx", DOCX, _BARIATRIC_POLICY),),
    ),
    Spec(
        phi=False,
        category="ooo_autoreply_plain",
        notes="Out-of-office auto-reply with no quoted content.",
        frm="Gwen Sorensen <gsorensen@keystonehp.com>",
        to="dale@prentissbenefits.com",
        subject="Automatic reply: renewal census",
        body=(
            "Thank you for your email. I'm at the AHIP conference through 11/19 with limited "
            "access. For quotes contact salesops@keystonehp.com.\n\nGwen Sorensen\n"
        ),
    ),
    Spec(
        phi=False,
        category="id_card_print_proof",
        notes="Hard negative: ID card print proof with JOHN Q SAMPLE placeholder member and "
        "zero-filled member ID.",
        frm="Member Communications <membercomms@keystonehp.com>",
        to="proofs@precisionmailprint.com",
        subject="ID card proof v3 - approved with one change",
        body=(
            "Approved with one change: ER copay on the PPO Gold 1500 card is $250 not $200 "
            "(v3 attached is correct). Release the 2027 run.\n"
        ),
        atts=(Att("PPOGold1500_card_proof_v3.pdf", "application/pdf", _ID_CARD_PROOF),),
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes="Hard negative: Safe Harbor de-identified extract (age bands, 90+, 3-digit ZIP, "
        "year only) with ICD-10 and CPT codes for a university study.",
        frm="Analytics <analytics@keystonehp.com>",
        to="Prof. Hui Chen <hchen@susquehanna-u.edu>",
        subject="de-identified sample for the DUA review",
        body=(
            "Professor Chen,\n\nPer the data use agreement, attached is a 5-row sample of "
            "the de-identified extract so your team can check the layout. The privacy "
            "officer signed off on the Safe Harbor review 11/12 (ages 90+ collapsed, ZIP3, "
            "years only).\n\nRegards,\nOwen Brightman\nSenior Data Analyst\n"
        ),
        atts=(Att("khp_deid_sample.csv", "text/csv", _DEID),),
    ),
    Spec(
        phi=False,
        category="clinician_credentialing_update",
        notes="Hard negative: credentialing status of a named physician with NPI and licence "
        "number; a clinician, not a patient.",
        frm="Credentialing <credentialing@keystonehp.com>",
        to="mgr@riverbendbehavioral.com",
        subject="Dr. Amundsen - recredentialing complete",
        body=(
            "Hi Sue,\n\nDr. Felicia Amundsen (NPI: 1091579601, PA license MD447812) is "
            "recredentialed through 11/30/2029. Her board certification in Psychiatry was "
            "verified with ABPN on 11/10. No further action needed.\n\nCredentialing "
            "Coordinator\n"
        ),
    ),
    Spec(
        phi=False,
        category="employee_flu_clinic",
        notes="Employee flu shot clinic notice including contractors; health topic, no individual.",
        frm="Employee Health & Wellness <wellness@keystonehp.com>",
        to="all-staff@keystonehp.com",
        cc="onsite@nursebridgestaffing.com",
        subject="Last flu clinic of the season - Friday",
        body=(
            "Final onsite flu clinic: Friday 11/20, 8-11 AM, Conference Center A. Bring "
            "your badge. Contractors are welcome. If you got your shot elsewhere, upload the "
            "receipt in Workday for the wellness credit.\n"
        ),
    ),
    Spec(
        phi=False,
        category="claims_outage_notice",
        notes="System outage notice to providers from the claims platform.",
        frm="Keystone Provider Portal <noreply@keystonehp.com>",
        to="network-providers@lists.keystonehp.com",
        subject="Planned maintenance: claims status unavailable Sat 11/21 10 PM - 4 AM",
        body="",
        html=(
            "<html><body><p>Claim status, eligibility and remittance lookups will be "
            "unavailable during planned maintenance on Saturday 11/21 from 10 PM to 4 AM "
            "ET. 270/271 and 276/277 real-time transactions will queue and process after "
            "the window.</p><p>Keystone Provider Portal</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="ndc_recall_pharmacies",
        notes="Hard negative: drug recall notice to network pharmacies with NDC and lot "
        "numbers that look like identifiers.",
        frm="KHP Pharmacy Services <rxservices@keystonehp.com>",
        to="network-pharmacies@lists.keystonehp.com",
        subject="Recall: metformin ER 500 mg lots - claims edit effective 11/19",
        body=(
            "Network pharmacies,\n\nFollowing the manufacturer's voluntary recall, claims for "
            "the lots below will reject with NCPDP reject 70 starting 11/19:\n\n"
            "  NDC 65862-0008-01  lot 26C0311A  exp 08/2027\n"
            "  NDC 65862-0008-05  lot 26C0315B  exp 09/2027\n\n"
            "Dispense another manufacturer's product; no new PA is needed. Members affected "
            "will get a letter from us directly.\n\nKHP Pharmacy Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="fee_schedule_workbook",
        notes="Hard negative: PT/OT fee schedule workbook of CPT codes and rates for a "
        "contract negotiation.",
        frm="Provider Contracting <contracting@keystonehp.com>",
        to="ceo@susquehannapt.com",
        subject="2027 rate proposal",
        body=(
            "Mark,\n\nAttached is our 2027 proposal for the PT/OT codes we discussed, "
            "roughly 2.6% over 2026. Let's talk Friday.\n\nDevin Marsh\nContract Manager\n"
        ),
        atts=(Att("SusqPT_2027_proposal.xlsx", XLSX, _FEE_SCHED),),
    ),
    Spec(
        phi=False,
        category="appeals_backlog_metrics",
        notes="Hard negative: appeals backlog figures with overturn rates by service type; "
        "aggregate only.",
        frm="Renata Szabo <rszabo@keystonehp.com>",
        to="kfleming@bluestoneadvisory.com",
        subject="numbers for the deck",
        body=(
            "Kara - numbers through 11/13:\n\n"
            "open appeals 312 (expedited 9)\n"
            "closed QTD 1,104, overturned 41% (imaging 52%, PT 38%, bariatric 17%)\n"
            "timeliness 96.8% vs 95% CMS\n"
            "IRO: 14 decisions, 5 overturned\n\n"
            "the bariatric number is going to get attention, add a note that 60% of those "
            "were missing the 6-month program docs.\n\nR\n"
        ),
    ),
    Spec(
        phi=False,
        category="fax_cover_template",
        notes="Hard negative: DOCX fax cover template with 'Patient name' and 'DOB' "
        "placeholders and the confidentiality notice.",
        frm="Brenda Kowalczyk <bkowalczyk@keystonehp.com>",
        to="office@hallorandpain.com",
        subject="fax cover we need on records",
        body=(
            "Deb, going forward please use this cover sheet when you fax records to UM so "
            "they route to the right nurse. Thanks! Brenda\n"
        ),
        atts=(
            Att(
                "KHP_UM_fax_cover.docx",
                DOCX,
                docx(
                    [
                        "KEYSTONE HEALTH PLAN - UTILIZATION MANAGEMENT FAX COVER",
                        "To: UM Intake   Fax: 717-555-0148",
                        "From (practice): ______________  Phone: ______________",
                        "Patient name: ______________  DOB: __________  Member ID: ________",
                        "Auth # (if known): ______________  Pages incl. cover: ____",
                        "CONFIDENTIALITY NOTICE: This fax may contain protected health "
                        "information. If you received it in error, notify the sender and "
                        "destroy all copies.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phishing_test_debrief",
        notes="Security awareness debrief after a phishing simulation, sent to the "
        "simulation vendor.",
        frm="Information Security <infosec@keystonehp.com>",
        to="csm@phishdrillsecurity.com",
        subject="November campaign results",
        body=(
            "Hi Alex,\n\nQuick read on the November 'EOB ready' lure: 2,140 sent, 188 "
            "clicked (8.8%), 31 entered creds, 412 reported. Clicks were highest in Member "
            "Services. We want December's lure to be a fake fax-to-email notice.\n\nDana "
            "Whitfield, CISSP\nInformation Security\n"
        ),
    ),
    Spec(
        phi=False,
        category="provider_office_phone_list",
        notes="Phone and fax list of provider offices for a call-centre vendor.",
        frm="Provider Relations <provrelations@keystonehp.com>",
        to="ops@callcentric-bpo.com",
        subject="updated transfer list",
        body=(
            "Updated warm-transfer numbers for your agents:\n\n"
            "Capital Orthopaedics       717-555-0121  fax 717-555-0122\n"
            "Harrisburg Lung Assoc      717-555-0135  fax 717-555-0136\n"
            "Lebanon Family Medicine    717-555-0181  fax 717-555-0182\n"
            "Hershey Oncology triage    717-555-0147\n\nThanks\n"
        ),
    ),
    Spec(
        phi=False,
        category="training_case_fictional_member",
        notes="Hard negative: UM training case for new contract reviewers about a clearly "
        "fictional member 'Test Member' with a made-up knee scenario.",
        frm="Brenda Kowalczyk <bkowalczyk@keystonehp.com>",
        to="onsite@nursebridgestaffing.com",
        subject="orientation exercise #3",
        body=(
            "For Monday's orientation, have the new contract nurses work this case in the "
            "training region (TRN), not prod:\n\n"
            "  Member: TEST MEMBER (training ID TRN-000-0003)\n"
            "  Request: total knee arthroplasty, 27447\n"
            "  Given: BMI 38, 3 months PT, no injection trial, x-ray shows moderate OA\n"
            "  Question: does it meet MCG criteria? what would you pend for?\n\n"
            "Answer key is in the trainer binder.\nBrenda Kowalczyk, RN\nUM Educator\n"
        ),
        atts=(Att("orientation_banner.png", "image/png", png(12, 3, (20, 80, 160))),),
    ),
    Spec(
        phi=False,
        category="mailing_zip_vendor_templates",
        notes="Zip of member letter templates with merge fields (no data) to a print vendor.",
        frm="Member Communications <membercomms@keystonehp.com>",
        to="proofs@precisionmailprint.com",
        subject="2027 letter templates",
        body="Templates for the 2027 letters attached, merge fields in double braces.\n",
        atts=(
            Att(
                "khp_letter_templates_2027.zip",
                "application/zip",
                zipped(
                    {
                        "welcome.txt": (
                            "Dear {{member_first_name}},\nWelcome to Keystone Health Plan. "
                            "Your ID card for {{plan_name}} is enclosed.\n"
                        ),
                        "pa_approval.txt": (
                            "Dear {{member_full_name}},\nWe approved {{service_description}} "
                            "(auth {{auth_number}}) requested by {{provider_name}}.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
]
