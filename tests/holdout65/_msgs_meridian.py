"""Meridian Ridge Specialty Hospital (long-term acute care hospital) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nMeridian Ridge Specialty Hospital | Long-Term Acute Care\n4100 Quarry Bend Rd, Harlan Falls, OH 43999 | 614-555-0140"
CONF = "\n\nCONFIDENTIALITY: This message may contain privileged information. If you received it in error, delete it and notify the sender."

HL7_ADT = (
    "MSH|^~\\&|MRH_ADT|MERIDIAN|HIE_OH|STATEHIE|202611170612||ADT^A03|MRH88231|P|2.5.1\r"
    "EVN|A03|202611170600\r"
    "PID|1||8820417^^^MRH^MR||VANTERPOOL^GORDON^R||19480311|M|||17 Birchwood Ct^^Harlan Falls^OH^43999||614-555-0117\r"
    "PV1|1|I|3N^312^A|||||1644837787^OKAFOR^CHINEDU|||||||||||||||||||||||||||||||202610190915|202611170600\r"
    "DG1|1||J96.11^Chronic respiratory failure with hypoxia^I10\r"
    "DG1|2||Z99.11^Dependence on respirator status^I10\r"
)
HL7_TEST = (
    "MSH|^~\\&|MRH_LAB|MERIDIAN|REFLAB|VALLEYREF|202611160800||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||TEST000001^^^MRH^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
    "OBR|1||T1|CBC^Complete blood count\r"
    "OBX|1|NM|WBC^WBC||99.9|10*3/uL|||||F\r"
)
FHIR_MED = """{
  "resourceType": "MedicationRequest",
  "id": "mrh-mr-55102",
  "status": "active",
  "intent": "order",
  "subject": {"reference": "Patient/8820455", "display": "Lucinda Marrow"},
  "medicationCodeableConcept": {"text": "Meropenem 1 g IV q8h"},
  "reasonCode": [{"text": "Pseudomonas ventilator-associated pneumonia"}],
  "dosageInstruction": [{"text": "Continue through 12/01/2026, then reassess"}],
  "requester": {"display": "Hana Lindqvist, PharmD"}
}
"""
CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Transition of Care Summary - Meridian Ridge Specialty Hospital</title>
  <recordTarget><patientRole><id extension="8820399" root="2.16.840.1.113883.3.6565"/>
    <patient><name><given>Rosalind</given><family>Achterberg</family></name>
    <birthTime value="19440827"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <section><title>Problems</title><text>Stage 4 sacral pressure injury; tracheostomy status; type 2 diabetes</text></section>
    <section><title>Discharge disposition</title><text>Skilled nursing facility, Larchmont Manor, 11/18/2026</text></section>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="LTACH discharge ADT feed to HIE",
        notes="Hard positive: patient name, MRN, DOB and respiratory failure diagnoses only in HL7 ADT attachment; body is boilerplate.",
        frm="Interface Engine <interfaces@meridianridgehospital.org>",
        to="inbound-adt@ohiohie-exchange.org",
        subject="Batch MRH88231",
        body="Automated batch transmission. 1 message(s) attached." + CONF,
        atts=(Att("MRH88231.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with synthetic patient",
        notes="Hard negative: HL7 ORU validation message with ZZTEST synthetic patient, processing ID T, explicitly declared test data.",
        frm="Interface Engine <interfaces@meridianridgehospital.org>",
        to="interfaces@valleyreflab.com",
        subject="Connectivity test - ORU channel (TEST patient only)",
        body="Hi Marco,\n\nAttached is the test ORU we agreed on. Patient ZZTEST^PATIENT^ONE is our synthetic test record; the WBC of 99.9 is deliberately out of range to trip your flagging. Nothing real in it.\n\nThanks,\nDevi Raman, Integration Analyst"
        + SIG,
        atts=(Att("oru_test_T0001.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="Wife update on ventilator weaning",
        notes="Patient's wife at personal mailbox told by first name about husband's spontaneous breathing trial and trach collar hours.",
        frm="Tamsin Okoro RN <tokoro@meridianridgehospital.org>",
        to="bev.halloran52@gmail.com",
        subject="Dennis today",
        body="Hi Bev,\n\nQuick update as promised. Dennis did 6 hours on the trach collar today before we put him back on the vent for the night - his best yet. Sats stayed 93-95%. Respiratory will try 8 hours tomorrow. He mouthed 'tell Bev' when I said I'd email you.\n\nTamsin, 3 North",
    ),
    Spec(
        phi=False,
        category="Ventilator weaning outcomes aggregate",
        notes="Hard negative: quarterly aggregate weaning rates and median days for referral partners; no individual.",
        frm="Clinical Outcomes <outcomes@meridianridgehospital.org>",
        to="casemanagement@stbarnabasmedical.org",
        subject="Q3 ventilator liberation outcomes",
        body="Colleagues,\n\nQ3 2026 at Meridian Ridge:\n- Vent-dependent admissions: 64\n- Liberated from mechanical ventilation: 41 (64%)\n- Median days to liberation: 19\n- Discharged home or to IRF: 22\n- Mortality: 7 (10.9%)\n\nFull report attached to last month's newsletter. Happy to present at your case management huddle.\n\nRenata Fiske, Director of Quality"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Referral acceptance to acute hospital case manager",
        notes="Names patient, DOB, acute hospital, trach/PEG status and admission date to LTACH bed.",
        frm="Admissions <admissions@meridianridgehospital.org>",
        to="kbrightwater@stbarnabasmedical.org",
        subject="RE: Referral - accepted, bed Thursday",
        body="Kara,\n\nWe accept Mr. Thaddeus Ocampo (DOB 02/14/1957) for admission Thursday 11/19. Please send the last 48h of vent settings, the sputum culture, and confirm PEG placed 11/12. Our transport will arrive 10:00.\n\nJolene Pratt, Clinical Liaison"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinical liaison in-service offer",
        notes="Liaison offers a case-manager in-service on LTACH admission criteria; no patients.",
        frm="Jolene Pratt <jpratt@meridianridgehospital.org>",
        to="kbrightwater@stbarnabasmedical.org",
        subject="In-service on LTACH criteria - Dec 3?",
        body="Kara, could I do a 20-minute lunch in-service for your case managers on LTACH admission criteria (3+ days ICU, prolonged ventilation, complex wounds)? Dec 3 or Dec 10 work for me. I'll bring lunch.\n\nJolene",
    ),
    Spec(
        phi=True,
        category="Medication request FHIR to consulting pharmacy",
        notes="Hard positive: patient name, antibiotic and VAP diagnosis only in FHIR MedicationRequest attachment.",
        frm="Pharmacy <pharmacy@meridianridgehospital.org>",
        to="orders@rxcompounding-partners.com",
        subject="Order 55102",
        body="Please see attached. Reply with expected delivery window." + SIG,
        atts=(Att("mr-55102.json", "application/fhir+json", FHIR_MED),),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to prescribers",
        notes="Hard negative: meropenem and cisatracurium shortage with substitution guidance; no patient.",
        frm="Pharmacy & Therapeutics <pharmacy@meridianridgehospital.org>",
        to="medstaff@meridianridgehospital.org",
        cc="hospitalists@harlanvalleyphysicians.com",
        subject="SHORTAGE: meropenem 1 g vials, cisatracurium",
        body="Prescribers,\n\nOur wholesaler has meropenem 1 g on allocation through at least mid-December. For new orders, consider cefepime where susceptibilities allow; ID approval is required for meropenem starts. Cisatracurium: use vecuronium per the ICU protocol.\n\nHana Lindqvist, PharmD, Director of Pharmacy"
        + SIG,
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to SNF",
        notes="C-CDA with patient name, DOB, stage 4 pressure injury, trach and discharge to named SNF.",
        frm="Case Management <casemgmt@meridianridgehospital.org>",
        to="admissions@larchmontmanorsnf.com",
        subject="Transition of care - discharge 11/18",
        body="Attached is the continuity of care document for tomorrow's transfer. Wound vac settings and supplies list follow by fax.\n\nMarisol Dunleavy, RN CCM"
        + SIG,
        atts=(Att("toc_8820399.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Daughter asked about father's MRSA isolation",
        notes="Hard positive: first name plus relationship and MRSA contact precautions, to daughter's personal email.",
        frm="Infection Prevention <ip@meridianridgehospital.org>",
        to="kimi.ashdown@yahoo.com",
        subject="Re: gowns when visiting Dad",
        body="Hi Kimi,\n\nYes - because your father's sputum grew MRSA, he's on contact precautions. Please gown and glove each time you go into 214, and wash your hands on the way out. You don't need a mask unless you're sick yourself.\n\nPaulette Greer, Infection Preventionist",
    ),
    Spec(
        phi=False,
        category="Visitor policy for isolation rooms",
        notes="Hard negative: general visitor instructions on contact precautions and MRSA; no individual.",
        frm="Infection Prevention <ip@meridianridgehospital.org>",
        to="volunteers@meridianridgehospital.org",
        subject="Updated signage: contact precautions",
        body="Volunteers,\n\nNew yellow signs are up outside rooms on contact precautions (MRSA, VRE, C. diff, CRE). Please don't deliver flowers or magazines into those rooms; leave them at the nurses' station. C. diff rooms need soap and water, not gel.\n\nPaulette"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Payer concurrent review for LTACH stay",
        notes="Member ID, patient name, ventilator settings, failed breathing trial and Pseudomonas antibiotic course sent to payer utilization management.",
        frm="Utilization Review <ur@meridianridgehospital.org>",
        to="um.ltac@buckeyehealthplan.com",
        subject="Concurrent review - auth 26-LT-40911",
        body="Auth 26-LT-40911\nMember: Consuelo Brightman  Member ID BHP448190273\nLOS day 21. Remains on AC 14/500/PEEP 8/FiO2 40%. Failed SBT 11/15 (RSBI 118). Completing 14 days IV cefepime for Pseudomonas. Requesting 7 additional days.\n\nNed Takahashi, RN, UR"
        + CONF,
    ),
    Spec(
        phi=False,
        category="Payer contract rate discussion",
        notes="Per-diem rate negotiation by MS-LTC-DRG; no individuals.",
        frm="Managed Care Contracting <contracting@meridianridgehospital.org>",
        to="provider.contracts@buckeyehealthplan.com",
        subject="2027 LTAC rate proposal",
        body="Greg,\n\nFollowing our call: we propose 2027 case rates of $78,400 for MS-LTC-DRG 207 and $41,250 for 189, with a high-cost outlier threshold at $92,000. Our ALOS for your members last year was 27.1 days. Attached terms to follow from legal.\n\nSimone Achebe, VP Managed Care"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Wound photo sent to consulting plastic surgeon",
        notes="Hard positive: photo file name carries patient's name and 'sacral flap'; body is just 'see attached'.",
        frm="Wound Nurse <woundteam@meridianridgehospital.org>",
        to="dr.velasquez@harlanplasticsurgery.com",
        subject="for your Thurs consult",
        body="See attached. Measures 9 x 7 x 3.5 cm, tunneling at 12 o'clock.\n\nLiesl",
        atts=(
            Att("Achterberg_R_sacral_flap_eval_1117.png", "image/png", png(6, 6, (170, 90, 80))),
        ),
    ),
    Spec(
        phi=False,
        category="Wound care product formulary change",
        notes="Hard negative: product formulary with pressure injury stages; no patient.",
        frm="Wound Care Committee <woundteam@meridianridgehospital.org>",
        to="nursing-all@meridianridgehospital.org",
        subject="Formulary change: foam dressings effective 12/1",
        body="Team,\n\nEffective 12/1 we switch from Mepilex Border to Allevyn Life for stage 2 pressure injuries and prevention over the sacrum. Stage 3/4 and unstageable wounds: no change, consult wound team. Old stock stays on 3N until used.\n\nLiesl Varga, CWOCN",
    ),
    Spec(
        phi=True,
        category="Family meeting invite with prognosis",
        notes="Calendar invite to son naming mother's goals-of-care meeting and hospice discussion.",
        frm="Palliative Care <palliative@meridianridgehospital.org>",
        to="m.kovalenko.home@outlook.com",
        subject="Family meeting about your mother - Friday",
        body="Mikhail,\n\nAs discussed by phone, here is the invitation for Friday's family meeting about your mother Halyna's care. Dr. Okafor and I would like to talk about her kidney function, whether to continue dialysis, and what hospice could look like.\n\nBernadette Olu, NP, Palliative Care",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian Ridge//Palliative//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fm-kovalenko-20261120@meridianridgehospital.org\r\nDTSTART:20261120T150000Z\r\nDTEND:20261120T160000Z\r\nSUMMARY:Family meeting - Halyna Kovalenko - goals of care / dialysis\r\nLOCATION:3 North conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Schwartz rounds invitation",
        notes="Staff Schwartz Rounds calendar invite on moral distress; no patient.",
        frm="Chaplaincy <chaplain@meridianridgehospital.org>",
        to="allstaff@meridianridgehospital.org",
        subject="Schwartz Rounds: 'When the family wants everything done'",
        body="All staff welcome. Lunch provided. Stories are shared without patient identifiers.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian Ridge//Chaplaincy//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:schwartz-202612@meridianridgehospital.org\r\nDTSTART:20261209T170000Z\r\nDTEND:20261209T180000Z\r\nSUMMARY:Schwartz Rounds\r\nLOCATION:Auditorium B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Dialysis vendor daily treatment roster",
        notes="Hard positive: headerless CSV of room, name, MRN, HD schedule sent to contracted dialysis vendor.",
        frm="3 North Charge <3ncharge@meridianridgehospital.org>",
        to="scheduling@renalpartnersdialysis.com",
        subject="tomorrow",
        body="List for Wed attached. 318 may go to CRRT, will call.",
        atts=(
            Att(
                "wed.csv",
                "text/csv",
                "312,Vanterpool G,8820417,HD 07:00,UF 2L\r\n318,Marrow L,8820455,HD 09:30,K 6.1 recheck\r\n322,Kovalenko H,8820362,HOLD,family mtg Fri\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dialysis vendor invoice dispute",
        notes="Treatment counts and invoice totals only; no patients.",
        frm="Accounts Payable <ap@meridianridgehospital.org>",
        to="billing@renalpartnersdialysis.com",
        subject="Invoice RP-2026-10 - treatment count mismatch",
        body="Hello,\n\nInvoice RP-2026-10 bills 212 HD treatments; our log shows 204. Please send your treatment-level detail through the secure portal (not e-mail) and we'll reconcile. Payment of the undisputed $61,200 is released today.\n\nFrancine Ulloa, AP Supervisor"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Quality committee pressure injury review workbook",
        notes="Multi-sheet workbook lists hospital-acquired pressure injuries by patient name and MRN, sent to external consultant.",
        frm="Renata Fiske <rfiske@meridianridgehospital.org>",
        to="a.moreau@ltacqualityadvisors.com",
        subject="HAPI cases for your review",
        body="Amelie,\n\nAttached are the October HAPI cases for the root-cause review (BAA is on file). Sheet 2 has the Braden scores.\n\nRenata",
        atts=(
            Att(
                "HAPI_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["MRN", "Patient", "Site", "Stage", "Found"],
                            ["8820399", "Achterberg, Rosalind", "Sacrum", "4", "2026-10-04"],
                            ["8820471", "Pelletier, Omar", "L heel", "DTI", "2026-10-19"],
                        ],
                        "Braden": [
                            ["MRN", "Score on admit", "Score at finding"],
                            ["8820399", 12, 9],
                            ["8820471", 14, 11],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Quality dashboard aggregate workbook",
        notes="Hard negative: multi-sheet workbook of monthly HAPI, CLABSI and CAUTI rates; aggregate only.",
        frm="Renata Fiske <rfiske@meridianridgehospital.org>",
        to="board@meridianridgehospital.org",
        subject="Board quality dashboard - October",
        body="Board members, October dashboard attached. CAUTI is above our target for the second month; action plan on sheet 3.\n\nRenata",
        atts=(
            Att(
                "Quality_Dashboard_Oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "HAI": [
                            ["Measure", "Aug", "Sep", "Oct"],
                            ["CLABSI per 1000 line days", 0.9, 0.0, 1.1],
                            ["CAUTI per 1000 cath days", 1.2, 2.4, 2.6],
                        ],
                        "Skin": [
                            ["Measure", "Aug", "Sep", "Oct"],
                            ["HAPI stage 2+ per 1000 pt days", 1.8, 1.5, 2.0],
                        ],
                        "Actions": [
                            ["Item", "Owner"],
                            ["Catheter removal nurse-driven protocol", "CNO"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Attorney records response with discharge summary",
        notes="PDF discharge summary with patient name and tracheostomy complications sent to plaintiff attorney under authorization.",
        frm="Health Information Management <him@meridianridgehospital.org>",
        to="paralegal@dornandvance-law.com",
        subject="Records request #R-7781 - partial production",
        body="Ms. Crane,\n\nPer the signed authorization received 11/09, attached is the discharge summary. Remaining records will follow on encrypted media. Invoice for copying fees to follow.\n\nHIM Release of Information"
        + SIG,
        atts=(
            Att(
                "R-7781_discharge_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN RIDGE SPECIALTY HOSPITAL - DISCHARGE SUMMARY",
                        "Patient: Wendell Abernathy-Cole   MRN 8820288   DOB 07/30/1961",
                        "Admit 09/02/2026  Discharge 10/21/2026",
                        "Dx: Tracheal stenosis after prolonged intubation; decannulation failed x2",
                        "Disposition: home with home health",
                    ],
                    "Discharge summary R-7781",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Release of information fee schedule",
        notes="Fee schedule PDF for records requests; no patient.",
        frm="Health Information Management <him@meridianridgehospital.org>",
        to="records@dornandvance-law.com",
        subject="Our ROI fee schedule and authorization form",
        body="Attached is our current fee schedule. Requests must include a HIPAA-compliant authorization naming Meridian Ridge.\n\nHIM"
        + SIG,
        atts=(
            Att(
                "ROI_fees_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN RIDGE SPECIALTY HOSPITAL",
                        "Release of Information - Fee Schedule 2026",
                        "Paper copies: $1.00/page first 10, $0.50/page after",
                        "Electronic copy: flat $6.50",
                        "Patient's own request: no charge for electronic copy",
                    ],
                    "ROI fee schedule",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medical staff recredentialing notice with NPIs",
        notes="Hard negative: physicians' names, specialties and NPIs for recredentialing; provider identifiers only.",
        frm="Medical Staff Office <medstaff@meridianridgehospital.org>",
        to="credentialing@buckeyehealthplan.com",
        subject="Roster update - pulmonary/critical care",
        body="Please add to our roster effective 12/1:\n\nChinedu Okafor, MD - Pulmonary & Critical Care - NPI 1644837787\nSvetlana Ivers, DO - Infectious Disease - NPI 1785631874\nPrakash Menon, MD - Nephrology - NPI 1437904125\n\nTerm: Louis Haddad, MD (relocated).\n\nMedical Staff Office"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hospitalist sign-out forwarded to personal Gmail",
        notes="Hard positive: terse abbreviated sign-out with room, surname and clinical items forwarded by the physician to his own personal Gmail.",
        frm="Dr. Chinedu Okafor <cokafor@meridianridgehospital.org>",
        to="okafor.chinedu.md@gmail.com",
        subject="fw: signout",
        body="for tonight\n\n312 Vanterpool - d/c AM, HHA set\n318 Marrow - K 6.1, repeat 2200, meropenem day 9\n214 Ashdown - MRSA PNA, on vanc trough 2300\n322 Kovalenko - DNR/DNI, fam mtg Fri, no escalation",
    ),
    Spec(
        phi=False,
        category="IT notice on secure messaging",
        notes="IT reminder not to forward sign-out to personal mail; no patient data.",
        frm="IT Service Desk <itsd@meridianridgehospital.org>",
        to="medstaff@meridianridgehospital.org",
        subject="Reminder: no patient info to personal e-mail",
        body="Physicians,\n\nPlease use TigerConnect for sign-out. Forwarding census or sign-out to Gmail/Yahoo is a reportable privacy incident. If you cover remotely, request VPN access through the portal.\n\nIT Service Desk",
        html="<html><body><p><b>Physicians</b>, please use TigerConnect for sign-out.</p><p>Forwarding census or sign-out to Gmail/Yahoo is a <span style='color:red'>reportable privacy incident</span>.</p><p>IT Service Desk</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HIPAA training module with sample MRN fields",
        notes="Hard negative: training quiz uses clearly fictional 'Jane Sample' and placeholder MRN; declared as training example.",
        frm="Compliance <compliance@meridianridgehospital.org>",
        to="allstaff@meridianridgehospital.org",
        subject="Annual HIPAA module due 12/15",
        body="",
        html="<html><body><h2>Annual Privacy Training</h2><p>Due December 15. Sample question:</p><blockquote>A nurse e-mails a census containing 'Jane Sample, MRN 0000000, pneumonia' to her Gmail to finish charting at home. Is this a breach? (Jane Sample is a fictional training example.)</blockquote><p>Answer: Yes - report to Compliance within 24 hours.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Home health referral after discharge",
        notes="HTML-only referral with patient name, address, trach care and O2 orders to home health agency.",
        frm="Case Management <casemgmt@meridianridgehospital.org>",
        to="intake@heartlandhomehealth.net",
        subject="Referral: start of care 11/17",
        body="",
        html="<html><body><table border='1'><tr><td>Patient</td><td>Gordon Vanterpool</td></tr><tr><td>Address</td><td>17 Birchwood Ct, Harlan Falls OH 43999</td></tr><tr><td>Needs</td><td>Trach care teaching, O2 2 L, PT/OT, RN weekly</td></tr><tr><td>PCP</td><td>Dr. Amos Freel</td></tr></table><p>Marisol Dunleavy RN CCM, Meridian Ridge</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Job posting respiratory therapist",
        notes="Hard negative: job ad mentions ventilator weaning and trach care; no patients.",
        frm="Talent Acquisition <careers@meridianridgehospital.org>",
        to="jobs@ohiorespiratorycareassoc.org",
        subject="Please post: RRT, nights, $5,000 sign-on",
        body="Registered Respiratory Therapist - 3 North, 12-hr nights. Manage 8-10 ventilated patients with tracheostomies, lead weaning protocols, ABG draws. RRT and BLS required; ACLS within 6 months.\n\nApply at meridianridgehospital.org/careers"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Death notification to organ procurement organisation",
        notes="Patient name, age, time of death and cause to OPO referral line.",
        frm="House Supervisor <housesup@meridianridgehospital.org>",
        to="referrals@lifelinkohio-opo.org",
        subject="Referral follow-up - case 26-11873",
        body="Confirming the phone referral: Eustace Palomino, 71 y/o M, asystole 11/16 at 03:42. Cause: septic shock, chronic respiratory failure. Family (son Ray, 614-555-0162) aware of your call.\n\nNight House Supervisor",
    ),
    Spec(
        phi=False,
        category="Vendor mail on ventilator firmware",
        notes="Device vendor firmware update; device serials not linked to patients.",
        frm="Biomedical Engineering <biomed@meridianridgehospital.org>",
        to="service@trilogyvent-support.com",
        subject="Firmware 4.2 rollout - 11 units",
        body="Hi,\n\nWe'll take the 11 Astral units to firmware 4.2 during the 12/2 maintenance window. Serial list: AS150211 through AS150221. Please confirm the alarm-volume bug is fixed in 4.2.\n\nGary Novak, Biomed",
    ),
    Spec(
        phi=True,
        category="Reply-forward about patient complaint",
        notes="Reply to grievance includes forwarded complaint naming patient and missed insulin doses.",
        frm="Patient Relations <patientrelations@meridianridgehospital.org>",
        to="cno@meridianridgehospital.org",
        cc="riskmgmt@harlanmutualinsurance.com",
        subject="FW: complaint - my father's insulin",
        body="Dolores - forwarding for your review and for our carrier. Please send me the MAR for the 11/13-11/14 nights.\n\nTrey",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Alana Sweeney <alana.sweeney88@icloud.com>",
            to="patientrelations@meridianridgehospital.org",
            subject="complaint - my father's insulin",
            body="My father Patrick Sweeney in room 209 did not get his Lantus two nights in a row and his sugar was 412 this morning. Nobody told us. I want to know why.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded newsletter about LTACH site-neutral payment",
        notes="Forward of trade association policy update; no patient.",
        frm="Simone Achebe <sachebe@meridianridgehospital.org>",
        to="cfo@meridianridgehospital.org",
        subject="FW: CMS LTCH PPS final rule",
        body="Worth a read before budget on Monday - site-neutral cases still 30% of our volume.\n\nS.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="NALTH Policy <policy@naltachospitals.org>",
            to="sachebe@meridianridgehospital.org",
            subject="CMS LTCH PPS final rule",
            body="The FY2027 final rule keeps the site-neutral rate and raises the high-cost outlier fixed-loss amount. Members should model the impact on cases not meeting the 3-day ICU or 96-hour ventilation criteria.",
        ),
    ),
    Spec(
        phi=True,
        category="Lab add-on request with MRN only",
        notes="Hard positive: MRN plus procalcitonin and blood culture order to outside lab; no name.",
        frm="3 North Charge <3ncharge@meridianridgehospital.org>",
        to="clientservices@valleyreflab.com",
        subject="add-on",
        body="MRN 8820455 - please add procalcitonin to this morning's red top and send 2 sets blood cx results when final, fever 39.2 overnight. Thx",
    ),
    Spec(
        phi=True,
        category="Discharge prescription coordination with retail pharmacy",
        notes="Hard positive: patient surname, DOB and enoxaparin bridge plus tube-feeding formula sent to retail pharmacy without a diagnosis word in the subject.",
        frm="Pharmacy <pharmacy@meridianridgehospital.org>",
        to="rx1187@harlanfallsdrug.com",
        subject="discharge scripts 11/17",
        body="Hi, e-scripts sent for VANTERPOOL, G (DOB 03/11/1948): enoxaparin 80 mg SQ q12h x 10 days, then warfarin per PCP. Also Jevity 1.5 via PEG 5 cans/day - please check his Part D covers it. Family picking up at 15:00.\n\nHana Lindqvist, PharmD",
    ),
    Spec(
        phi=True,
        category="Employer note for patient's return date",
        notes="Letter to employer confirming named patient's hospitalisation and expected recovery period.",
        frm="Case Management <casemgmt@meridianridgehospital.org>",
        to="hr@greystonelogistics.com",
        subject="Leave paperwork - Omar Pelletier",
        body="To Greystone HR,\n\nAt Mr. Pelletier's request: Omar Pelletier has been an inpatient at Meridian Ridge since 10/02/2026 and is expected to be unable to work for at least 8 weeks after discharge. The FMLA certification is attached.\n\nMarisol Dunleavy"
        + SIG,
        atts=(
            Att(
                "FMLA_Pelletier.docx",
                DOCX,
                docx(
                    [
                        "Certification of Health Care Provider",
                        "Employee: Omar Pelletier",
                        "Condition: prolonged respiratory failure after septic shock; heel pressure injury",
                        "Expected incapacity: 10/02/2026 through approx. 02/2027",
                        "Chinedu Okafor, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Policy document with example fields",
        notes="Hard negative: policy docx lists required identifier fields (name, MRN, DOB) generically; no real data.",
        frm="Compliance <compliance@meridianridgehospital.org>",
        to="policy-committee@meridianridgehospital.org",
        subject="Draft policy HIM-114 patient identification",
        body="Draft attached for Tuesday. Comments in track changes please.\n\nKeisha Marr, Compliance Officer",
        atts=(
            Att(
                "HIM-114_draft.docx",
                DOCX,
                docx(
                    [
                        "HIM-114 Two-Identifier Patient Identification",
                        "Staff must confirm two identifiers: patient name and date of birth, or name and MRN.",
                        "Room number is never an identifier.",
                        "Example wristband layout: LAST, FIRST | MRN ####### | DOB MM/DD/YYYY",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination compliance",
        notes="Hard negative: staff flu vaccination rate by unit, workforce aggregate; no individual.",
        frm="Employee Health <employeehealth@meridianridgehospital.org>",
        to="managers@meridianridgehospital.org",
        subject="Flu vaccine compliance by unit - 11/16",
        body="Managers,\n\nStaff influenza vaccination as of today: 3N 94%, 3S 88%, Rehab 97%, RT 91%, EVS 72%. Deadline is 11/30; declinations need the masking form. One-on-one names go to you separately through Workday.\n\nEmployee Health",
        atts=(
            Att(
                "flu_by_unit.txt",
                "text/plain",
                "Unit  Staff  Vaccinated  Pct\r\n3N    62     58          94%\r\n3S    49     43          88%\r\nRehab 31     30          97%\r\nRT    33     30          91%\r\nEVS   25     18          72%\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of scanned advance directives to SNF",
        notes="Hard positive: zip with text of scanned POLST naming patient and DNR/no intubation choices.",
        frm="HIM Scanning <him@meridianridgehospital.org>",
        to="admissions@larchmontmanorsnf.com",
        subject="docs for tomorrow's transfer",
        body="Scans attached as promised.",
        atts=(
            Att(
                "transfer_docs.zip",
                "application/zip",
                zipped(
                    {
                        "polst_scan_ocr.txt": "POLST - PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT\nPatient: ACHTERBERG, ROSALIND  DOB 08/27/1944\nSection A: Do Not Attempt Resuscitation\nSection B: Selective treatment - no intubation\nSigned: daughter/HCPOA Greta Achterberg 11/10/2026",
                        "face_sheet.txt": "MRN 8820399 | Medicare MBI 4TW7-HK2-RD58 | 55 Ferncliff Ln, Harlan Falls OH",
                    }
                ),
            ),
        ),
    ),
]
