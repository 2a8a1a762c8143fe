"""Riverside Regional Medical Center emergency department and trauma program: non-PHI mail."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import RRMC, Att, Spec

_SIG = (
    "\n\n--\nRiverside Regional Medical Center | Emergency Department\n"
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for "
    "the addressee. If you received it in error, notify the sender and delete it.\n"
)

_QUALITY_CSV = (
    "month,ed_visits,lwbs_pct,door_to_provider_min_median,admit_boarding_hrs_median,"
    "stroke_door_to_needle_min_median,sepsis_bundle_compliance_pct\r\n"
    "2026-07,6412,3.1,22,5.8,41,78\r\n2026-08,6590,3.6,25,6.4,38,81\r\n"
    "2026-09,6208,2.9,21,5.1,44,83\r\n2026-10,6377,3.3,23,6.0,36,85\r\n"
)

_TEST_HL7 = (
    "MSH|^~\\&|EPIC|RRMC_ED|TRAUMAREG|RRMC|20261109101500||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^RRMC^MR||ZZTEST^EDTRAUMA^ONE||19000101|U\r"
    "PV1|1|E|ED^TEST^01|||||||EM\r"
    "DG1|1||S22.41XA^Multiple fractures of ribs, right side^I10||20261109|A\r"
)

_DEID = (
    "study_id,age_band,sex,arrival_mode,mechanism,gcs,iss,ct_within_60min,los_days,outcome\r\n"
    "S0001,45-54,M,Air,MVC,14,17,Y,6,Home\r\nS0002,75-84,F,Ground,Fall,15,9,Y,4,SNF\r\n"
    "S0003,18-24,M,Ground,GSW,15,10,Y,3,Home\r\nS0004,65-74,M,Air,MVC,8,29,Y,15,Rehab\r\n"
    "S0005,25-34,F,Private,Assault,15,4,N,1,Home\r\n"
)

_FHIR_TEST = {
    "resourceType": "Patient",
    "id": "test-ed-0007",
    "meta": {
        "tag": [
            {
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                "code": "HTEST",
                "display": "test health data",
            }
        ]
    },
    "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812", "value": "ZZTEST0007"}],
    "name": [{"family": "Testpatient", "given": ["Zzed"], "text": "ZZTEST, Zzed (TEST PATIENT)"}],
    "birthDate": "1900-01-01",
}

_ICS_MEETING = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverside Regional//Trauma Program//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h25-tpc-1118@riversideregional.org\r\n"
    "DTSTAMP:20261109T130000Z\r\nDTSTART:20261118T123000Z\r\nDTEND:20261118T133000Z\r\n"
    "SUMMARY:Trauma Operations Committee - November\r\n"
    "DESCRIPTION:Agenda: ACS verification readiness\\, Q3 registry data validation rate\\, "
    "massive transfusion protocol revision\\, helipad lighting project update.\r\n"
    "LOCATION:Admin conference room 2 / Teams\r\n"
    "ORGANIZER:mailto:ebrandvold@riversideregional.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_FWD_VENDOR = Spec(
    phi=False,
    category="x",
    notes="inner",
    frm="orders@medlinecore-supply.com",
    to=f"edsupply@{RRMC}",
    subject="Backorder notice: 10 Fr chest tube trays",
    body="Dear customer,\n\nItem CT-10FR-TRAY (chest tube insertion tray, 10 Fr) is on "
    "backorder until 12/04/2026. Suggested substitute: CT-12FR-TRAY. PO 418-55-2071 will "
    "ship partially.\n\nMedlineCore Customer Service",
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="aggregate ed quality csv",
        notes="Hard negative: monthly ED throughput and stroke/sepsis metrics, aggregates only, "
        "sent to the hospital quality council.",
        frm=f"Aubrey Tan <atan@{RRMC}>",
        to=f"Quality Council <qualitycouncil@{RRMC}>",
        subject="ED dashboard data Jul-Oct",
        body="Attached the four months of ED measures for the council packet. Door-to-needle "
        "improved after the pharmacist-at-bedside change.\n\nAubrey Tan, RN, MSN\nED Quality"
        + _SIG,
        atts=(Att("ed_measures_jul_oct.csv", "text/csv", _QUALITY_CSV),),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: pharmacy drug shortage notice naming drugs and conditions, no "
        "patient.",
        frm=f"ED Pharmacy <edpharm@{RRMC}>",
        to=f"ED Physicians <edmds@{RRMC}>",
        cc=f"ED Nursing <ednursing@{RRMC}>",
        subject="SHORTAGE: IV diltiazem and sodium bicarbonate 8.4% syringes",
        body="All,\n\nEffective today IV diltiazem 25 mg vials are allocated. For rapid AF "
        "please consider IV metoprolol first; diltiazem drips need pharmacist approval. Sodium "
        "bicarbonate 8.4% syringes are down to the crash carts only; for TCA overdose and "
        "hyperkalemia use the 50 mEq vials from the Pyxis.\n\nThanks,\nGwen Ostrowski, PharmD"
        + _SIG,
    ),
    Spec(
        phi=False,
        category="schedule clinician names",
        notes="Hard negative: physician holiday schedule with doctor names, no patients.",
        frm=f"Dr. Helen Yoshida <hyoshida@{RRMC}>",
        to=f"ED Physicians <edmds@{RRMC}>",
        subject="Thanksgiving/Christmas schedule final",
        body="Final holiday schedule:\n\nThanksgiving 11/26: Okafor (days), Bell (swing), "
        "Cojocaru (nights)\nChristmas Eve: Yoshida (days), Brandvold backup trauma\n"
        "Christmas Day: Bell (days), Okafor (nights)\n\nTrades by 11/20 please.\n\nHelen",
    ),
    Spec(
        phi=False,
        category="test patient hl7",
        notes="Hard negative: interface test message with a clearly labelled ZZTEST patient and "
        "a trauma diagnosis code, sent to the vendor.",
        frm=f"Priya Venkataraman <pvenkataraman@{RRMC}>",
        to="support@traumabase-software.com",
        subject="Case 44817 - test message for your lab",
        body="Hi, per your request a synthetic message from our TEST environment (processing "
        "ID T, patient ZZTEST EDTRAUMA ONE, not a real person) to load in your lab.\n\nPriya",
        atts=(Att("test_a04.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="deidentified research extract",
        notes="Hard negative: de-identified trauma registry extract (study ids, age bands, no "
        "dates) sent to a university research partner under a DUA.",
        frm=f"Colleen Abernathy <cabernathy@{RRMC}>",
        to="k.ostergaard@pennstate-trauma-research.edu",
        subject="De-identified extract for the air vs ground study",
        body="Dr. Ostergaard,\n\nHere is the pilot extract under the DUA, Safe Harbor "
        "de-identified: study IDs only, age bands, no dates, no ZIPs. Full file (n=1,812) after "
        "IRB amendment.\n\nColleen",
        atts=(Att("air_ground_pilot_deid.csv", "text/csv", _DEID),),
    ),
    Spec(
        phi=False,
        category="payroll hr",
        notes="Hard negative: payroll correction for a nurse (staff member), SSN-free, "
        "mentions shift differentials.",
        frm=f"Payroll Services <payroll@{RRMC}>",
        to=f"Devon Achterberg <dachterberg@{RRMC}>",
        subject="Pay correction - night differential",
        body="Hi Devon,\n\nYour 10/25 check was missing 36 hours of night differential. The "
        "correction ($162.00) will be on the 11/20 check. Employee ID 104472.\n\nPayroll Services",
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: recruitment posting for an ED trauma nurse with clinical vocabulary.",
        frm=f"Talent Acquisition <careers@{RRMC}>",
        to="jobs@pennsylvanianurses.org",
        subject="Posting: Trauma RN, Emergency Department (nights)",
        body="Please post the following:\n\nRiverside Regional Medical Center, a Level II trauma "
        "center, seeks a full-time night-shift Trauma RN. Requirements: TNCC, ACLS, PALS, 2 years "
        "ED experience caring for patients with multi-system trauma, STEMI, stroke and sepsis. "
        "Sign-on bonus $10,000.\n\nApply at careers.riversideregional.org/req/88102",
    ),
    Spec(
        phi=False,
        category="vendor invoice so po",
        notes="Hard negative: forwarded supplier backorder notice with an SSN-shaped PO number.",
        frm=f"Jared Kimura <jkimura@{RRMC}>",
        to=f"Materials Management <materials@{RRMC}>",
        subject="FW: Backorder notice: 10 Fr chest tube trays",
        body="FYI, we have 6 left in the trauma bays. Can we get the 12 Fr substitutes on the "
        "next truck?\n\nJared\nED Supply Tech",
        forward=_FWD_VENDOR,
    ),
    Spec(
        phi=False,
        category="conference agenda pdf",
        notes="Hard negative: regional trauma symposium agenda PDF with faculty names and talk "
        "topics on injuries and overdoses.",
        frm=f"Trauma Program <traumaprogram@{RRMC}>",
        to="ems-coordinators@harlanfallscounty.gov",
        subject="Save the date: Riverside Trauma Symposium, Jan 15",
        body="Please share with your crews. CE credit available. Agenda attached.\n\nJoy Lachance",
        atts=(
            Att(
                "trauma_symposium_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE REGIONAL MEDICAL CENTER - 2027 TRAUMA SYMPOSIUM",
                        "January 15, 2027 - Riverside Conference Center",
                        "08:00 Geriatric falls and anticoagulation - Elias Brandvold, MD, FACS",
                        "09:00 Prehospital whole blood - Lifeline Air Medical flight team",
                        "10:15 Pediatric non-accidental trauma - Helen Yoshida, MD",
                        "11:15 Toxic alcohols and fomepizole - Renata Kessler, "
                        "MD (Tri-State Poison Center)",
                        "12:00 Lunch",
                    ],
                    "Trauma symposium agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document docx",
        notes="Hard negative: draft ED policy on handling patient belongings and weapons, generic.",
        frm=f"Aubrey Tan <atan@{RRMC}>",
        to=f"ED Policy Committee <edpolicy@{RRMC}>",
        subject="Draft policy ED-114 for comment",
        body="Attached the redlined draft of ED-114 (Patient Belongings, Medications Brought "
        "From Home and Weapons). Comments by Friday.\n\nAubrey",
        atts=(
            Att(
                "ED-114_draft_v3.docx",
                DOCX,
                docx(
                    [
                        "Policy ED-114: Patient Belongings, Home Medications and Weapons",
                        "Purpose: to secure property of patients who are unable to care for it.",
                        "1. Controlled substances brought from home are counted "
                        "by two RNs and sent "
                        "to pharmacy in a sealed bag.",
                        "2. Firearms are secured by Security and never stored in the department.",
                        "3. Patients on a 302 hold have belongings searched and bagged.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="it downtime notice html",
        notes="HTML-only IT downtime notice for the ED tracking board.",
        frm=f"RRMC IS Service Desk <servicedesk@{RRMC}>",
        to=f"ED All Staff <edall@{RRMC}>",
        subject="Planned downtime: ED tracking board Sun 11/15 0200-0400",
        body="",
        html="<html><body><h3>Planned downtime</h3><p>The ED tracking board and "
        "FirstNet will be unavailable <b>Sunday 11/15, 02:00-04:00</b> for an upgrade.</p>"
        "<ul><li>Use the paper downtime packets in the charge desk binder.</li>"
        "<li>Labs will print to the ED printer.</li><li>Enter all orders after recovery.</li>"
        "</ul><p>Questions: x5555.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="trauma ops meeting invite",
        notes="Committee meeting invite (ICS) with an operational agenda, no patients.",
        frm=f"Dr. Elias Brandvold <ebrandvold@{RRMC}>",
        to=f"Trauma Operations Committee <traumaops@{RRMC}>",
        subject="Invitation: Trauma Operations Committee - November",
        body="See agenda in the invite.",
        ics=_ICS_MEETING,
    ),
    Spec(
        phi=False,
        category="staff illness notice",
        notes="Hard negative: manager tells staff a colleague will be out for three weeks; "
        "workforce member, no condition, no care.",
        frm=f"Rosa Delgado <rdelgado@{RRMC}>",
        to=f"ED Nursing <ednursing@{RRMC}>",
        subject="Coverage for Devon's shifts",
        body="Team, Devon will be out for the next three weeks. I need coverage for the "
        "nights of 11/14, 11/15 and 11/21. Premium pay approved. Sign up on the board.\n\nRosa",
    ),
    Spec(
        phi=False,
        category="xlsx staffing multisheet",
        notes="Multi-sheet staffing grid with nurse names and shifts only.",
        frm=f"Rosa Delgado <rdelgado@{RRMC}>",
        to=f"Staffing Office <staffing@{RRMC}>",
        subject="ED December grid",
        body="December grid attached, holes highlighted on the second tab.",
        atts=(
            Att(
                "ED_Dec_grid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Days": [
                            ["Name", "Role", "Dec 1", "Dec 2", "Dec 3"],
                            ["Tamsin Hale", "RN", "D", "D", ""],
                            ["Maribel Ocasio", "RN", "", "D", "D"],
                        ],
                        "Nights": [
                            ["Name", "Role", "Dec 1", "Dec 2", "Dec 3"],
                            ["Lena Marsh", "RN", "N", "", "N"],
                            ["OPEN", "RN", "", "N", ""],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fhir test patient",
        notes="Hard negative: FHIR Patient resource tagged HTEST with a ZZTEST name, for the "
        "HIE onboarding sandbox.",
        frm=f"Priya Venkataraman <pvenkataraman@{RRMC}>",
        to="onboarding@keystonehie.org",
        subject="Sandbox: sample Patient resource",
        body="Sample resource for the sandbox handshake. This is our synthetic test patient "
        "(meta tag HTEST), not a real person.\n\nPriya",
        atts=(
            Att("sample_patient.json", "application/fhir+json", json.dumps(_FHIR_TEST, indent=2)),
        ),
    ),
    Spec(
        phi=False,
        category="clinician with disease names",
        notes="Hard negative: grand rounds announcement, physician names next to diseases.",
        frm=f"ED Education <ededucation@{RRMC}>",
        to=f"ED Physicians <edmds@{RRMC}>",
        cc=f"ED Nursing <ednursing@{RRMC}>",
        subject="Grand rounds Thursday: Dr. Cojocaru on aortic dissection",
        body="Thursday 0730, Auditorium B: Dr. Ana-Maria Cojocaru, 'Aortic dissection: the "
        "great masquerader'. Followed by Dr. Marcus Bell on hyperkalemia ECG pearls. Breakfast "
        "provided. 1.0 CME.",
    ),
    Spec(
        phi=False,
        category="aggregate trauma annual report",
        notes="Hard negative: trauma volume summary with counts by mechanism and mortality, "
        "no individuals.",
        frm=f"Colleen Abernathy <cabernathy@{RRMC}>",
        to="annualreport@pa-traumasystems.org",
        subject="RRMC 2026 YTD volumes for the foundation report",
        body="Jordan,\n\nYTD through October: 1,246 trauma activations (Level 1: 318). "
        "Mechanism: falls 48%, MVC 27%, penetrating 7%. Observed mortality 2.9% vs expected "
        "3.4% (O/E 0.85). 211 arrivals by air, 163 of those by Lifeline.\n\nColleen",
    ),
    Spec(
        phi=False,
        category="ems thank you",
        notes="Hard negative: thank-you note to an EMS agency about a successful STEMI system "
        "response, no patient identifiers (no age, date or name).",
        frm=f"Dr. Marcus Bell <mbell@{RRMC}>",
        to="chief@harlanfallsems.org",
        subject="Kudos to your crews",
        body="Chief Baptiste,\n\nI wanted to pass on our thanks to your crews. Over the last "
        "quarter your 12-lead transmissions let us activate the cath lab before arrival in 14 "
        "STEMI cases; median door-to-balloon for those was 48 minutes. Great work.\n\nMarcus "
        "Bell, MD\nEMS Liaison, Emergency Medicine",
    ),
    Spec(
        phi=False,
        category="it password reset",
        notes="IT reply about MFA enrolment for a resident.",
        frm=f"RRMC IS Service Desk <servicedesk@{RRMC}>",
        to=f"Dr. Owen Fairweather <ofairweather@{RRMC}>",
        subject="RE: INC0488120 cannot log in to Epic Haiku",
        body="Hello Dr. Fairweather,\n\nYour MFA token was reset. Re-enrol in the Authenticator "
        "app, then sign in to Haiku again. The ticket will close in 3 days.\n\nService Desk",
    ),
    Spec(
        phi=False,
        category="vendor invoice pdf",
        notes="Hard negative: vendor invoice for ultrasound probe repair with serial numbers "
        "of equipment (not a patient device) and a tax id shaped like an SSN-free EIN.",
        frm=f"Accounts Payable <ap@{RRMC}>",
        to="billing@sonorepair-services.com",
        subject="Invoice 2026-1187 approved",
        body="Your invoice 2026-1187 for the ED ultrasound probe repair has been approved; "
        "payment in net 30. Remittance attached.\n\nRRMC Accounts Payable",
        atts=(
            Att(
                "remittance_2026-1187.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE REGIONAL MEDICAL CENTER - REMITTANCE ADVICE",
                        "Vendor: SonoRepair Services LLC   EIN 23-7781450",
                        "Invoice 2026-1187: C5-1 curvilinear probe repair, S/N 044812GX",
                        "Amount: $3,420.00   Check 600912",
                    ],
                    "Remittance advice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="press release aggregate",
        notes="Hard negative: communications draft about Stop the Bleed training and injury "
        "statistics, no individuals.",
        frm=f"Public Relations <media@{RRMC}>",
        to="newsdesk@harlanfallsgazette.com",
        subject="Release: Riverside trains 2,000 residents in Stop the Bleed",
        body="FOR IMMEDIATE RELEASE\n\nRiverside Regional Medical Center's trauma program has "
        "trained more than 2,000 county residents in bleeding control this year. Uncontrolled "
        "bleeding remains the leading preventable cause of death after injury. Free classes "
        "continue monthly.\n\nMedia contact: Danielle Forbes, 555-0101",
    ),
    Spec(
        phi=False,
        category="zip of protocols",
        notes="Zip of ED clinical protocol PDFs names only (texts), generic guidance.",
        frm=f"Aubrey Tan <atan@{RRMC}>",
        to="edleadership@stlukes-harlan.org",
        subject="Our sepsis and stroke order-set text, as promised",
        body="Hi Meera, as promised at the regional meeting, our order-set text. Feel free to "
        "adapt.\n\nAubrey",
        atts=(
            Att(
                "rrmc_ed_ordersets.zip",
                "application/zip",
                zipped(
                    {
                        "sepsis_orderset.txt": "Adult sepsis: lactate, blood cultures x2 before "
                        "antibiotics, 30 mL/kg crystalloid for hypotension or lactate >= 4, "
                        "reassess within 6 h.\n",
                        "stroke_orderset.txt": "Code stroke: CT/CTA within 20 min, tenecteplase "
                        "0.25 mg/kg (max 25 mg) if eligible, BP < 185/110 before lysis.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="badge photo png staff",
        notes="Hard negative: new-hire badge photo PNG named after a staff member (not a patient).",
        frm=f"Rosa Delgado <rdelgado@{RRMC}>",
        to=f"Security Badging <badging@{RRMC}>",
        subject="Badge photo for new hire",
        body="Photo for Lena Marsh's badge (new ED RN, starts Monday, cost center 7140). "
        "Needs ED and trauma bay access.\n\nRosa",
        atts=(Att("Marsh_Lena_badge.png", "image/png", png(5, 5, (90, 120, 200))),),
    ),
    Spec(
        phi=False,
        category="accreditation survey prep",
        notes="Hard negative: ACS verification prep email listing required documents and "
        "chart-review counts, no patients.",
        frm=f"Joy Lachance <jlachance@{RRMC}>",
        to=f"Trauma Program <traumaprogram@{RRMC}>",
        subject="ACS site visit - PRQ checklist",
        body="Team,\n\nThe PRQ is due 12/01. Still missing: neurosurgery call schedule, "
        "orthopaedic CME, MTP activation stats (we had 41 activations, 92% with 1:1:1 ratio). "
        "Surveyors will pull 20 deaths and 40 Level 1 charts on site.\n\nJoy",
    ),
    Spec(
        phi=False,
        category="patient experience generic",
        notes="Hard negative: survey vendor thread about Press Ganey ED scores in aggregate.",
        frm=f"Aubrey Tan <atan@{RRMC}>",
        to="accountteam@pxinsights-analytics.com",
        subject="Re: Q3 ED likelihood-to-recommend",
        body="Thanks. To confirm, Q3 LTR was 71.4 (n=612 returned surveys), up from 66.2. Can "
        "you split the comments by 'wait time' and 'pain' themes?\n\nAubrey\n\n> Your Q3 "
        "report is ready in the portal.",
    ),
    Spec(
        phi=False,
        category="cme certificate",
        notes="Clinician CME note with DEA number of the clinician for license renewal; "
        "provider identifiers only.",
        frm=f"Dr. Ana-Maria Cojocaru <acojocaru@{RRMC}>",
        to="licensing@pamedicalboard-renewals.org",
        subject="Opioid prescribing CME for renewal",
        body="Hello,\n\nAttached is my 2 hours of opioid prescribing education for renewal. "
        "License MD471902, NPI 1617193622, DEA FC1407229.\n\nAna-Maria Cojocaru, MD",
    ),
    Spec(
        phi=False,
        category="executive boarding letter",
        notes="Hard negative: CEO writes to county commissioners about ED boarding and "
        "behavioural health waits using aggregate figures only.",
        frm=f"Patricia Van Houten <pvanhouten@{RRMC}>",
        to="commissioners@harlanfallscounty.gov",
        cc=f"Dr. Helen Yoshida <hyoshida@{RRMC}>",
        subject="ED boarding and the county crisis-bed shortage",
        body="Commissioners,\n\nThank you for meeting with us last week. As promised, the "
        "figures: in October our emergency department held an average of 19 admitted patients "
        "per day waiting for inpatient beds, and 11 patients in a mental health crisis waited "
        "more than 72 hours for a psychiatric bed, the longest 9 days. Two of every three of "
        "those were adolescents. We are asking the county to fund 12 crisis stabilization "
        "beds in the 2027 budget.\n\nRespectfully,\nPatricia Van Houten\nPresident and CEO, "
        "Riverside Regional Medical Center",
    ),
]
