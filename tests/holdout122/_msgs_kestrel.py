"""Kestrel Home Health (home health agency): outbound mail (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

INTAKE = "Kestrel Intake <intake@kestrelhomehealth.com>"
CLIN = "Kestrel Clinical <clinical@kestrelhomehealth.com>"
SCHED = "Kestrel Scheduling <scheduling@kestrelhomehealth.com>"
SIG = "\n\nKestrel Home Health\n3300 Commercial St SE, Salem, OR 97302\n(503) 555-0150"


def _ics(uid: str, start: str, end: str, summary: str, location: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}@kestrelhomehealth.com\r\nDTSTAMP:20260414T150000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


MESSAGES = [
    Spec(
        phi=True,
        category="start of care visit confirmation",
        notes="Start-of-care confirmation to the patient's son's gmail naming his mother, her address and the wound care and PT she will receive.",
        frm=SCHED,
        to="mike.ostrowski.pdx@gmail.com",
        subject="Your mom's first home visit",
        body="Hi Michael,\n\nOur nurse Faye Tran will do the start-of-care visit for Halina Ostrowski at 1650 Fairgrounds Rd NE on Thursday April 16 between 10 and noon. She'll set up the wound vac and the physical therapist will call to schedule.\n\nKestrel Scheduling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="caregiver support group flyer",
        notes="Hard negative: caregiver support group flyer mentioning dementia and stroke topics; no individual.",
        frm="Kestrel Community <community@kestrelhomehealth.com>",
        to="office@stmarksalem.org",
        subject="Caregiver support group - bulletin insert",
        body="For your bulletin: Caring for someone at home after a stroke or with dementia? Kestrel Home Health hosts a free caregiver support group the 2nd Tuesday of every month, 6:30 pm, in the parish hall. No registration needed.",
    ),
    Spec(
        phi=True,
        category="OASIS summary PDF to physician for signature",
        notes="Plan of care PDF naming the patient, MBI, diagnoses and ordered skilled nursing visits, sent for physician signature.",
        frm="Kestrel Orders <orders@kestrelhomehealth.com>",
        to="signatures@salemfamilymed.com",
        subject="485 for signature",
        body="Plan of care for signature attached. Please return within 7 days.\n\nOrders Team",
        atts=(
            Att(
                "POC_485_KHH-40312.pdf",
                "application/pdf",
                pdf(
                    [
                        "KESTREL HOME HEALTH - HOME HEALTH CERTIFICATION AND PLAN OF CARE",
                        "Patient: Wendell Marsh   DOB 12/02/1937   MBI: 3KW7-H29-RT51",
                        "Cert period: 04/10/2026 - 06/08/2026",
                        "Dx: I50.22 chronic systolic heart failure; Z79.01 long-term anticoagulant",
                        "SN 2w4, 1w4: weights, med teaching, INR draws. PT 2w3.",
                        "Attending: Harold Nguyen, MD  NPI 1187093467",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OASIS training slides outline",
        notes="Hard negative: OASIS-E training outline for new clinicians with item definitions; training material, no patients.",
        frm="Education <education@kestrelhomehealth.com>",
        to="newhires@kestrelhomehealth.com",
        subject="OASIS-E training - week 1",
        body="Week 1 covers: M1033 hospitalization risk, GG functional items, M1800s ADLs, J1800 falls, N0415 high-risk drugs. Bring a laptop. Examples use fictional patients 'Ms. Sample' and 'Mr. Test'.",
    ),
    Spec(
        phi=True,
        category="visit note texting style to nurse",
        notes="Hard positive: texting-style note with the patient's surname, street and INR result sent to a nurse's personal email.",
        frm="Faye Tran <ftran@kestrelhomehealth.com>",
        to="jolenebakerrn@yahoo.com",
        subject="marsh",
        body="jo - marsh on Hollywood Dr INR 4.1 today, called dr nguyen, hold warfarin tonite, recheck fri. can u do fri visit? im off",
    ),
    Spec(
        phi=False,
        category="mileage reimbursement reminder",
        notes="Hard negative: short staff note about mileage logs sent to a personal mailbox; no patients.",
        frm="Payroll <payroll@kestrelhomehealth.com>",
        to="jolenebakerrn@yahoo.com",
        subject="mileage",
        body="Hi Jolene, your March mileage log is missing odometer totals for 3/18-3/20. Please resubmit by Friday so it goes in the 4/24 check. Thanks, Payroll",
    ),
    Spec(
        phi=True,
        category="referral intake from hospital forwarded",
        notes="Hard positive: forwarded hospital discharge referral naming the patient, diagnoses and home oxygen needs.",
        frm=INTAKE,
        to="clinical@kestrelhomehealth.com",
        subject="FW: New referral - discharge today",
        body="New referral below. Insurance verified (Medicare A). Can we staff SOC tomorrow?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Case Management <cm@salemmemorial-example.org>",
            to="intake@kestrelhomehealth.com",
            subject="New referral - discharge today",
            body="Patient: Evangeline Pratt, DOB 06/21/1941, 2290 Brush College Rd NW, Salem. Dx COPD exacerbation (J44.1), new home O2 2 L. Needs SN for O2 teaching and PT for deconditioning. PCP Dr. Nguyen.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded CMS rule update",
        notes="Hard negative: forwarded association newsletter about the home health payment rule; no patients.",
        frm="Administrator <admin@kestrelhomehealth.com>",
        to="managers@kestrelhomehealth.com",
        subject="FW: Proposed HH PPS rule",
        body="Read before Monday's meeting.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Oregon Home Care Assn <news@orhomecare.org>",
            to="admin@kestrelhomehealth.com",
            subject="Proposed HH PPS rule",
            body="CMS proposes a -1.8% permanent adjustment for CY2027 and changes to the LUPA thresholds. Comments due in 60 days.",
        ),
    ),
    Spec(
        phi=True,
        category="visit schedule workbook to contract therapists",
        notes="Multi-sheet workbook to a therapy contractor with patient names, addresses and therapy orders.",
        frm=SCHED,
        to="schedule@willamettetherapygroup.com",
        subject="Therapy visits week of 4/20",
        body="Visits for your PTs and OTs attached.\n\nScheduling",
        atts=(
            Att(
                "therapy_visits_0420.xlsx",
                XLSX,
                xlsx(
                    {
                        "PT": [
                            ["Patient", "Address", "Order", "Visits"],
                            [
                                "Pratt, Evangeline",
                                "2290 Brush College Rd NW",
                                "Deconditioning after COPD admit",
                                "2w3",
                            ],
                            [
                                "Marsh, Wendell",
                                "915 Hollywood Dr NE",
                                "CHF, fall risk, gait training",
                                "2w3",
                            ],
                        ],
                        "OT": [
                            ["Patient", "Address", "Order"],
                            [
                                "Ostrowski, Halina",
                                "1650 Fairgrounds Rd NE",
                                "ADLs, pressure injury precautions",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="productivity workbook by discipline",
        notes="Hard negative: multi-sheet workbook of visits per clinician and discipline; staff productivity, no patients.",
        frm="Operations <ops@kestrelhomehealth.com>",
        to="managers@kestrelhomehealth.com",
        subject="March productivity",
        body="March productivity by discipline and by clinician attached.",
        atts=(
            Att(
                "productivity_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "By discipline": [
                            ["Discipline", "Visits", "Per FTE/day"],
                            ["SN", 1840, 5.4],
                            ["PT", 1210, 5.9],
                            ["OT", 402, 5.6],
                        ],
                        "By clinician": [
                            ["Clinician", "Visits"],
                            ["Faye Tran, RN", 118],
                            ["Jolene Baker, RN", 109],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV of patients for flu vaccine visits",
        notes="Hard positive: CSV of patient names, phones and vaccine due dates for home visits, sent to a pharmacy partner.",
        frm=CLIN,
        to="immunize@keizerstationpharmacy.com",
        subject="Homebound vaccine list",
        body="Homebound patients due for vaccines; your pharmacist can visit with our nurse.",
        atts=(
            Att(
                "homebound_vaccines.csv",
                "text/csv",
                "name,phone,vaccine,due\nWendell Marsh,503-555-0188,RSV,2026-04-30\nEvangeline Pratt,503-555-0193,Pneumococcal PCV20,2026-04-30\nAurelio Banks,503-555-0197,Shingrix dose 2,2026-05-05\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CSV of service area ZIP codes",
        notes="Hard negative: CSV of service area ZIP codes and counties for a referral directory; no individuals.",
        frm="Intake <intake@kestrelhomehealth.com>",
        to="listings@orcaredirectory.com",
        subject="Service area update",
        body="Updated service area for our directory listing.",
        atts=(
            Att(
                "service_area.csv",
                "text/csv",
                "zip,city,county\n97301,Salem,Marion\n97303,Keizer,Marion\n97304,Salem,Polk\n97071,Woodburn,Marion\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML visit reminder to patient",
        notes="HTML-only reminder to the patient's outlook mailbox naming him and his nurse visit for INR check.",
        frm=SCHED,
        to="wendell.marsh37@outlook.com",
        subject="Tomorrow's visit",
        body="",
        html="<html><body><p>Hello Wendell Marsh,</p><p>Your Kestrel nurse will visit <b>Friday April 17 between 9 and 11 am</b> for your <b>INR blood draw and weight check</b>.</p><p>Please keep your warfarin calendar handy.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML hiring newsletter",
        notes="HTML-only recruiting newsletter for nurses; no patients.",
        frm="Kestrel Careers <careers@kestrelhomehealth.com>",
        to="talent@nursingjobsnw.com",
        subject="We're hiring home health RNs",
        body="",
        html="<html><body><h2>Join Kestrel</h2><p>Full-time and per-diem RNs, PTs and OTs. Flexible schedules, mileage paid, $5,000 sign-on bonus.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="calendar invite naming patient and wound vac",
        notes="Hard positive: calendar invite to a contractor whose summary and location give the patient's name, address and wound vac change.",
        frm=SCHED,
        to="ptcontractor.dmorgan@gmail.com",
        subject="Visit: Sat 4/18",
        body="Weekend cover visit, invite attached.",
        ics=_ics(
            "khh-ostrowski-0418",
            "20260418T170000Z",
            "20260418T180000Z",
            "H. Ostrowski - NPWT dressing change (sacral wound)",
            "1650 Fairgrounds Rd NE, Salem",
        ),
    ),
    Spec(
        phi=False,
        category="in-service calendar invite",
        notes="Hard negative: calendar invite for a staff in-service on wound vac use; staff only.",
        frm="Education <education@kestrelhomehealth.com>",
        to="nurses@kestrelhomehealth.com",
        subject="In-service: NPWT pumps",
        body="Vendor in-service on the new NPWT pumps.",
        ics=_ics(
            "khh-inservice-0423",
            "20260423T200000Z",
            "20260423T210000Z",
            "NPWT pump in-service",
            "Kestrel office, training room",
        ),
    ),
    Spec(
        phi=True,
        category="SSN for Medicaid application",
        notes="Medicaid waiver application support with the patient's name, SSN, DOB and home health diagnoses.",
        frm="Kestrel Social Work <socialwork@kestrelhomehealth.com>",
        to="apd.intake@oregonseniorservices-example.gov",
        subject="Waiver application - supporting documentation",
        body="Supporting documentation for the in-home services application:\n\nApplicant: Aurelio Banks\nDOB: 01/30/1944\nSSN: 604-18-2273\nMedicare MBI: 5TR2-JC4-WK83\nDiagnoses: Parkinson's disease (G20.A1), recurrent falls\nCurrently receiving home health SN and PT.\n\nDeb Fisk, MSW",
    ),
    Spec(
        phi=False,
        category="PO numbers in SSN format",
        notes="Hard negative: supply order confirmation whose order and account numbers have SSN shape; no person.",
        frm="Supply <supply@kestrelhomehealth.com>",
        to="orders@medlinkdistribution.com",
        subject="Order 301-44-2719",
        body="Please confirm order 301-44-2719 on account 219-55-4086: 20 boxes nitrile gloves M, 10 cases saline, 6 digital scales.\n\nSupply",
    ),
    Spec(
        phi=True,
        category="DOCX discharge summary to PCP",
        notes="Home health discharge summary DOCX naming the patient, goals met and diagnoses, sent to the PCP.",
        frm=CLIN,
        to="records@salemfamilymed.com",
        subject="Discharge summary",
        body="Discharge summary attached.",
        atts=(
            Att(
                "KHH_discharge_summary.docx",
                DOCX,
                docx(
                    [
                        "KESTREL HOME HEALTH - DISCHARGE SUMMARY",
                        "Patient: Evangeline Pratt  DOB 06/21/1941",
                        "Admitted 03/02/2026 for COPD exacerbation follow-up; discharged 04/13/2026, goals met.",
                        "O2 weaned to 1 L at night only. Walks 200 ft with rollator.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DOCX emergency preparedness plan",
        notes="Hard negative: emergency preparedness plan DOCX for a survey; policy document, no patient.",
        frm="Compliance <compliance@kestrelhomehealth.com>",
        to="surveyor@achc-example.org",
        subject="Emergency preparedness plan",
        body="Our EP plan attached as requested.",
        atts=(
            Att(
                "EP_plan_2026.docx",
                DOCX,
                docx(
                    [
                        "Kestrel Home Health Emergency Preparedness Plan 2026",
                        "Patients are triaged into acuity levels 1-3; level 1 (ventilator, oxygen-dependent) are called first.",
                        "Communication tree, backup power, alternate office.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of visit notes to auditor",
        notes="Hard positive: zip of visit notes for an ADR review, with the patient's name inside and claim number in the filename.",
        frm="Billing <billing@kestrelhomehealth.com>",
        to="adr@noridian-reviewcontractor-example.com",
        subject="ADR response claim 21026091004407",
        body="ADR documentation attached.",
        atts=(
            Att(
                "ADR_21026091004407.zip",
                "application/zip",
                zipped(
                    {
                        "visit_notes.txt": "Patient: Wendell Marsh. SN visits 3/2-3/27. CHF teaching, weight log, edema 2+ bilateral.\n",
                        "physician_orders.txt": "Orders signed by Harold Nguyen, MD for SN and PT, homebound: dyspnea on exertion 20 ft.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of marketing brochures",
        notes="Zip of marketing brochures for a hospital liaison; no patients.",
        frm="Marketing <marketing@kestrelhomehealth.com>",
        to="liaison.team@kestrelhomehealth.com",
        subject="Brochures",
        body="Brochure files for your rounds.",
        atts=(
            Att(
                "brochures.zip",
                "application/zip",
                zipped(
                    {
                        "services.txt": "Skilled nursing, PT, OT, speech, medical social work, home health aides.\n",
                        "coverage.txt": "Medicare, Medicaid, most commercial plans.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text attachment of weight log",
        notes="Hard positive: text attachment labelled by street address with daily weights and CHF symptoms; the address identifies the patient.",
        frm="Faye Tran <ftran@kestrelhomehealth.com>",
        to="hnguyen@salemfamilymed.com",
        subject="weights",
        body="Dr. Nguyen, weights for the patient on Hollywood Dr, up 4 lb in 3 days.",
        atts=(
            Att(
                "915_Hollywood_Dr_weights.txt",
                "text/plain",
                "915 Hollywood Dr NE, Salem\n4/11 182.4 lb\n4/12 184.0 lb\n4/13 186.5 lb ankles swollen, SOB on stairs\nFurosemide 40 mg daily taken\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aide schedule text file staff only",
        notes="Hard negative: text file of aide shift assignments by staff name and territory; no patients.",
        frm=SCHED,
        to="aides@kestrelhomehealth.com",
        subject="Aide territories May",
        body="Territories for May attached.",
        atts=(
            Att(
                "aide_territories_may.txt",
                "text/plain",
                "North Salem/Keizer: Lupe Ortega, Dana Wick\nSouth Salem: Teo Marin\nWoodburn: Imani Cole\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="family caregiver update to daughter",
        notes="Update to a daughter's icloud naming her father, his Parkinson's and falls, and the therapy plan.",
        frm="Deb Fisk <dfisk@kestrelhomehealth.com>",
        to="renee.banks.home@icloud.com",
        subject="Your dad's care",
        body="Hi Renee,\n\nI spoke with your father Aurelio today. Since his two falls last month, PT will add balance work and we'll get a shower chair and grab bars. His Parkinson's medication timing (carbidopa-levodopa) matters for his walking; please help him keep to 7, 11, 3 and 7.\n\nDeb Fisk, MSW",
    ),
    Spec(
        phi=False,
        category="volunteer thank-you",
        notes="Thank-you to a volunteer who knitted lap blankets; no patient named.",
        frm="Kestrel Community <community@kestrelhomehealth.com>",
        to="grandmaruthknits@aol.com",
        subject="Thank you!",
        body="Dear Ruth,\n\nThank you for the 30 lap blankets! Our nurses will bring them to clients this spring.\n\nWith gratitude,\nKestrel Home Health",
    ),
    Spec(
        phi=True,
        category="hospice referral email",
        notes="Hard positive: referral to hospice naming the patient, her address and the decline, with no diagnosis code.",
        frm=CLIN,
        to="referrals@willowbrookhospice.org",
        subject="Referral",
        body="Referring Mrs. Lorna Vickery, 442 Rural Ave S, Salem, 503-555-0179. Family requests hospice evaluation: eating little, sleeping 20 h/day, two ER visits this month. PCP agrees.\n\nKestrel Clinical",
    ),
    Spec(
        phi=False,
        category="hospice partnership meeting",
        notes="Partnership meeting with a hospice about referral workflows; business mail, no patients.",
        frm="Administrator <admin@kestrelhomehealth.com>",
        to="director@willowbrookhospice.org",
        subject="Referral workflow meeting",
        body="Could we meet the week of 4/27 to set up a shared referral checklist and warm handoff calls? Tuesday or Wednesday afternoon works for us.\n\nGrant Ellery\nAdministrator",
    ),
    Spec(
        phi=True,
        category="infusion pharmacy order",
        notes="IV antibiotic home infusion order to a pharmacy naming the patient, address and osteomyelitis.",
        frm=CLIN,
        to="intake@valleyhomeinfusion.com",
        subject="Home infusion start",
        body="New start: Opal Whitfield, 77 Kale St NW, Keizer, DOB 07/03/1951. Ertapenem 1 g IV daily x 6 weeks for osteomyelitis, PICC placed 4/14. First dose at home 4/15. Our RN visits daily for 3 days then weekly line care.\n\nKestrel Clinical",
    ),
    Spec(
        phi=False,
        category="infusion pharmacy contract",
        notes="Contract rate discussion with an infusion pharmacy; business terms only.",
        frm="Administrator <admin@kestrelhomehealth.com>",
        to="contracts@valleyhomeinfusion.com",
        subject="Nursing visit rates 2026",
        body="We propose $165 per infusion nursing visit (up to 2 h) and $55 per additional hour. Let us know by 4/30.\n\nGrant Ellery",
    ),
    Spec(
        phi=True,
        category="misdirected visit note to personal mailbox",
        notes="Visit note sent to a patient's personal mailbox by autocomplete, naming the patient and her wound and pain medication.",
        frm="Faye Tran <ftran@kestrelhomehealth.com>",
        to="halina.ostrowski40@gmail.com",
        subject="visit note 4/14",
        body="Visit 4/14 Halina Ostrowski: sacral wound 4.0 x 3.2 cm, NPWT functioning, no odor. Pain 3/10 after oxycodone 5 mg. Turning schedule reinforced with son.",
    ),
    Spec(
        phi=False,
        category="aggregate readmission statistics",
        notes="Hard negative: aggregate readmission and star rating figures for the board; no individuals.",
        frm="Quality <quality@kestrelhomehealth.com>",
        to="board@kestrelhomehealth.com",
        subject="Q1 quality dashboard",
        body="Q1: 30-day acute care hospitalization 13.2% (national 15.1%), ED use without admission 11.8%. Discharges to community 79%. 412 admissions, 37 with heart failure. Star rating 4.",
    ),
    Spec(
        phi=True,
        category="fax cover style email with MRN only",
        notes="Hard positive: orders request identified only by an MRN and DOB with anticoagulation dosing.",
        frm="Kestrel Orders <orders@kestrelhomehealth.com>",
        to="hnguyen@salemfamilymed.com",
        subject="order needed",
        body="Need verbal order sign-off for MRN KHH-40312 / DOB 12/02/1937: warfarin 2.5 mg Mon-Fri, 5 mg Sat-Sun per your call 4/14. INR recheck 4/17.",
    ),
    Spec(
        phi=False,
        category="physician orders policy",
        notes="Hard negative: policy text on verbal orders and signature timelines; no patient.",
        frm="Compliance <compliance@kestrelhomehealth.com>",
        to="nurses@kestrelhomehealth.com",
        subject="Policy reminder: verbal orders",
        body="Verbal orders must be read back, documented the same day and signed by the physician within 30 days. Orders for warfarin dose changes require an INR value in the note.",
    ),
    Spec(
        phi=False,
        category="staff recognition notice",
        notes="Staff recognition notice naming employees; workforce notice.",
        frm="Administrator <admin@kestrelhomehealth.com>",
        to="allstaff@kestrelhomehealth.com",
        subject="Kudos: April stars",
        body="Congratulations to Faye Tran, RN and Teo Marin, HHA for our April star awards, both nominated by grateful families. Lunch on us Friday!",
    ),
    Spec(
        phi=True,
        category="patient satisfaction complaint reply",
        notes="Reply to a patient's hotmail naming him and his complaint about late wound care visits.",
        frm="Grant Ellery <gellery@kestrelhomehealth.com>",
        to="lyazzie.salem@hotmail.com",
        subject="RE: missed visits",
        body="Dear Mr. Yazzie,\n\nI'm sorry your nurse arrived late twice last week for your heel dressing changes. Starting Monday, your visits are fixed at 8 am on Monday, Wednesday and Friday, after your hyperbaric treatments.\n\nGrant Ellery\nAdministrator",
    ),
]
