"""Summit Kidney Transplant Institute: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SKT, Att, Spec

TC = f'"Aisha Brennan, RN, CCTC" <abrennan@{SKT}>'
SIG = "\n\n--\nAisha Brennan, RN, CCTC | Pre-Transplant Coordinator\nSummit Kidney Transplant Institute\nT 608-555-0162 | F 608-555-0163"
LD = f"Living Donor Office <livingdonor@{SKT}>"

_fhir_obs = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "skt-20931",
                    "name": [{"family": "Lindahl", "given": ["Oskar"]}],
                    "birthDate": "1966-04-08",
                    "identifier": [{"system": "urn:skt:mrn", "value": "SKT-20931"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Tacrolimus trough"},
                    "subject": {"reference": "Patient/skt-20931"},
                    "valueQuantity": {"value": 11.8, "unit": "ng/mL"},
                    "effectiveDateTime": "2026-03-16",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Creatinine"},
                    "subject": {"reference": "Patient/skt-20931"},
                    "valueQuantity": {"value": 1.9, "unit": "mg/dL"},
                }
            },
        ],
    },
    indent=1,
)

_fhir_test = json.dumps(
    {
        "resourceType": "Patient",
        "id": "test-0001",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "name": [{"family": "Testpatient", "given": ["Zzinterface"]}],
        "birthDate": "1900-01-01",
    },
    indent=1,
)

_ccda = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '<title>Transplant Discharge Summary</title>\n<recordTarget><patientRole><id extension="SKT-18877" root="2.16.840.1.113883.3.9105"/>\n'
    '<patient><name><given>Rosalind</given><family>Achebe</family></name><birthTime value="19750612"/></patient></patientRole></recordTarget>\n'
    "<component><structuredBody><component><section><title>Hospital Course</title><text>Deceased-donor kidney transplant 03/09/2026. Delayed graft function, one session of haemodialysis POD2. Discharged POD6 on tacrolimus 4 mg BID, mycophenolate 720 mg BID, prednisone 10 mg.</text></section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

_hl7 = (
    "MSH|^~\\&|SKT_EPIC|SUMMIT|LABCORP|LC|202603160712||ORM^O01|SKT260316071|P|2.5.1\r"
    "PID|1||SKT-20931^^^SKT^MR||LINDAHL^OSKAR||19660408|M|||55 Quarry Ln^^Verona^WI^53593\r"
    "ORC|NW|ORD88213\r"
    "OBR|1|ORD88213||TACRO^Tacrolimus level|||202603160700\r"
    "DG1|1||Z94.0^Kidney transplant status^I10\r"
)

_x12_837 = (
    "ISA*00*          *00*          *ZZ*SUMMITKTX      *ZZ*BADGERHP       *260317*1410*^*00501*000000883*0*P*:~"
    "GS*HC*SUMMITKTX*BADGERHP*20260317*1410*883*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*SUMMIT KIDNEY TRANSPLANT INSTITUTE*****XX*1414960884~"
    "NM1*IL*1*ACHEBE*ROSALIND****MI*BHP3391027~DMG*D8*19750612*F~"
    "CLM*SKT260309A*184250***11:B:1~HI*ABK:N18.6*ABF:Z99.2~SV1*HC:50360*184250*UN*1~DTP*472*D8*20260309~"
    "SE*10*0001~GE*1*883~IEA*1*000000883~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="FHIR lab bundle to referring nephrologist",
        notes="Hard positive: FHIR bundle with patient name, MRN and tacrolimus/creatinine results; body says only 'results attached'.",
        frm=TC,
        to="results@capitolnephrology.com",
        subject="Results attached",
        body="Attached per our interface agreement." + SIG,
        atts=(Att("skt_obs_0316.json", "application/fhir+json", _fhir_obs),),
    ),
    Spec(
        phi=False,
        category="interface test message FHIR",
        notes="Hard negative: FHIR Patient resource tagged HTEST with an obvious test name, sent to validate the interface.",
        frm=f"Integration Team <integration@{SKT}>",
        to="interfaces@capitolnephrology.com",
        subject="TEST ONLY - FHIR endpoint validation",
        body="Please confirm receipt of the attached synthetic test resource (no real patient, HTEST tag). We will switch to production on April 1.",
        atts=(Att("test_patient.json", "application/fhir+json", _fhir_test),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to dialysis unit",
        notes="Hard positive: C-CDA discharge summary of a new transplant recipient sent to her former dialysis unit.",
        frm=f"Post-Transplant Clinic <posttx@{SKT}>",
        to="charge.rn@riverbenddialysis.org",
        subject="Discharge summary - former patient of yours",
        body="FYI your former chair 14 patient got her kidney; discharge summary attached. She won't be back!",
        atts=(Att("dc_summary.xml", "application/xml", _ccda),),
    ),
    Spec(
        phi=False,
        category="organ donation awareness newsletter",
        notes="Hard negative: HTML newsletter with aggregate transplant numbers and a donor-registry call to action.",
        frm=f"Summit News <news@{SKT}>",
        to="subscribers@summitkidneytx.org",
        subject="April is Donate Life Month",
        html="<html><body><h1>Donate Life Month</h1><p>In 2025 our team performed <b>214 kidney transplants</b>, including 71 from living donors. One-year graft survival was 97.1%.</p><p>Register as a donor at the DMV or online.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HL7 order to reference lab",
        notes="HL7 ORM with patient name, MRN, address and transplant status code.",
        frm=f"Lab Interface <labif@{SKT}>",
        to="hl7inbound@labcorpconnect.com",
        subject="ORM batch 071",
        body="HL7 batch.",
        atts=(Att("orm_071.hl7", "application/hl7-v2", _hl7),),
    ),
    Spec(
        phi=False,
        category="selection committee agenda template",
        notes="Hard negative: blank committee agenda template with placeholder fields only.",
        frm=TC,
        to=f"selectioncommittee@{SKT}",
        subject="New agenda template for Thursdays",
        body="New template attached - please use it from next week." + SIG,
        atts=(
            Att(
                "agenda_template.docx",
                DOCX,
                docx(
                    [
                        "Summit Kidney Transplant Institute - Selection Committee",
                        "Date: [ ]",
                        "Candidate: [Last, First] | MRN: [ ] | Referring unit: [ ]",
                        "Decision: Approve / Defer / Decline",
                        "Rationale: [ ]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="claim X12 837 to payer",
        notes="837 claim with recipient name, member ID, ESRD diagnosis and transplant CPT.",
        frm=f"Transplant Billing <billing@{SKT}>",
        to="edi-claims@badgerhealthplan.com",
        subject="837P submission 883",
        body="Claim file attached. Acknowledgement to this address please.",
        atts=(Att("claims_883.x12", "application/edi-x12", _x12_837),),
    ),
    Spec(
        phi=False,
        category="payer contract rate sheet",
        notes="Hard negative: multi-sheet fee schedule with CPT codes and prices; no patient.",
        frm=f"Managed Care <contracts@{SKT}>",
        to="providercontracting@badgerhealthplan.com",
        subject="2026 transplant case rate proposal",
        body="Our proposal for the 2026 global case rates is attached. Happy to meet next week.",
        atts=(
            Att(
                "case_rates_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Kidney": [
                            ["CPT", "Description", "Rate"],
                            ["50360", "Renal allotransplant", 184250],
                            ["50365", "with nephrectomy", 196000],
                        ],
                        "Living donor": [
                            ["CPT", "Description", "Rate"],
                            ["50320", "Open donor nephrectomy", 41000],
                            ["50547", "Laparoscopic donor nephrectomy", 43500],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="living donor compatibility result to donor",
        notes="Hard positive: tells a prospective donor (by first name, personal email) his crossmatch with 'your sister' was positive.",
        frm=LD,
        to="danny.ferreira88@gmail.com",
        subject="Your results",
        body="Hi Danny,\n\nThe crossmatch between you and your sister came back positive, so a direct donation isn't possible. You could still help her through paired exchange - can you call me this week?\n\nLiving Donor Office\nSummit Kidney Transplant Institute",
    ),
    Spec(
        phi=False,
        category="living donor information session invite",
        notes="General invitation to a living donor information evening; no individual.",
        frm=LD,
        to="members@madisonrotary.org",
        subject="Could we speak at a meeting?",
        body="Hello,\n\nOur living donor team would love 15 minutes at a Rotary lunch to explain how living kidney donation works, the evaluation, recovery time and costs (covered by the recipient's insurance). No sign-up, just information.",
    ),
    Spec(
        phi=True,
        category="forwarded waitlist status to patient",
        notes="Forwarded letter to patient's personal email confirming active waitlist status, listing date and dialysis start.",
        frm=TC,
        to="w.okonkwo1970@yahoo.com",
        subject="Fwd: waitlist letter",
        body="Walter, here's a copy of your listing letter for your records." + SIG,
        forward=Spec(
            phi=True,
            category="inner listing letter",
            notes="Listing letter naming patient.",
            frm=TC,
            to=f"records@{SKT}",
            subject="Listing letter - Okonkwo, Walter",
            body="Dear Mr. Okonkwo,\n\nYou were added to the national kidney waiting list on March 12, 2026 (status: active). Your waiting time counts from your dialysis start date of 04/2016.\n\nSummit Kidney Transplant Institute",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded OPO notice about policy",
        notes="Hard negative: forwarded OPTN policy update about allocation rules; no patient.",
        frm=TC,
        to=f"txteam@{SKT}",
        subject="Fwd: OPTN policy notice - eGFR waiting time modification",
        body="FYI - deadline for submitting eligible modifications is June 30. I'll run the report."
        + SIG,
        forward=Spec(
            phi=False,
            category="inner policy notice",
            notes="Policy notice.",
            frm="OPTN Communications <notices@optnpolicynews.org>",
            to="coordinators@summitkidneytx.org",
            subject="Policy notice: race-neutral eGFR waiting time",
            body="Programs must review all registered kidney candidates for eligibility for waiting time modification. Aggregate completion will be reported by program.",
        ),
    ),
    Spec(
        phi=True,
        category="post-transplant med change to pharmacy",
        notes="Names recipient, DOB and tacrolimus dose change to a retail specialty pharmacy.",
        frm=f"Transplant Pharmacy <txpharm@{SKT}>",
        to="refills@hilldalespecialtyrx.com",
        subject="Dose change - please update",
        body="Patient: Oskar Lindahl, DOB 04/08/1966.\nTacrolimus decreased from 5 mg BID to 4 mg BID effective today (trough 11.8). Please fill the new Rx sent via eRx and discard the old one.\n\nPrescriber: Dr. Samuel Ortiz, NPI 1891378576, DEA BO7986942.",
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: shortage of basiliximab and substitution plan for all patients; no individual.",
        frm=f"Transplant Pharmacy <txpharm@{SKT}>",
        to=f"txteam@{SKT}",
        subject="Shortage: basiliximab - induction plan",
        body="Team, our wholesaler has basiliximab on allocation through May. Until then low-risk recipients get ATG 1.5 mg/kg x3 per protocol 7.2. Please do not hoard vials.",
    ),
    Spec(
        phi=True,
        category="subject-only diagnosis to interpreter agency",
        notes="Hard positive: subject names patient and 'rejection biopsy'; body just books an interpreter.",
        frm=f"Clinic Scheduling <scheduling@{SKT}>",
        to="bookings@bridgeinterpreters.com",
        subject="Mandarin interpreter - Wei Zhang rejection biopsy 3/19 0800",
        body="Please confirm an in-person interpreter for 2 hours, Summit clinic level 3.",
    ),
    Spec(
        phi=False,
        category="interpreter agency invoice dispute",
        notes="Billing dispute about interpreter hours; job numbers only, no patient.",
        frm=f"Accounts Payable <ap@{SKT}>",
        to="billing@bridgeinterpreters.com",
        subject="Invoice 44120 - hours",
        body="Invoice 44120 lists 46 hours in February; our log shows 41. Jobs 8812, 8830 and 8851 were cancelled with 48h notice. Please reissue.",
    ),
    Spec(
        phi=True,
        category="photo of surgical wound to plastic surgery",
        notes="Hard positive: PNG named after patient showing incision, sent to an outside surgeon for wound consult.",
        frm=f"Dr. Samuel Ortiz <sortiz@{SKT}>",
        to="wound@capitolplasticsurgery.com",
        subject="Wound consult?",
        body="Could you look at this? POD 12, lower pole dehiscence. Happy to send her over Friday.",
        atts=(Att("achebe_rosalind_incision_0321.png", "image/png", png(8, 8, (190, 120, 110))),),
    ),
    Spec(
        phi=False,
        category="marketing brochure image",
        notes="Hard negative: PNG of the new clinic building for a brochure; no patient.",
        frm=f"Marketing <marketing@{SKT}>",
        to="studio@inkwelldesignco.com",
        subject="Building photo for brochure",
        body="Here's the exterior shot for the cover. Please use the blue logo version.",
        atts=(Att("summit_clinic_exterior.png", "image/png", png(8, 6, (60, 110, 170))),),
    ),
    Spec(
        phi=True,
        category="donor evaluation clearance letter PDF",
        notes="PDF letter to a donor's employer confirming surgery date and 6-week leave, naming the donor.",
        frm=LD,
        to="benefits@capitalcitycu.org",
        subject="Leave documentation",
        body="Please see attached documentation for your employee's leave, sent at her request.",
        atts=(
            Att(
                "leave_letter_NPatel.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT KIDNEY TRANSPLANT INSTITUTE",
                        "To whom it may concern:",
                        "Nisha Patel will undergo laparoscopic donor nephrectomy on 04/07/2026",
                        "and requires 6 weeks of leave for recovery.",
                        "Living Donor Office",
                    ],
                    "Leave letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor travel reimbursement programme info",
        notes="General NLDAC reimbursement information for prospective donors; no individual.",
        frm=LD,
        to="info@wisconsinkidneyfriends.org",
        subject="Travel support for donors - info sheet",
        body="For your website: living donors who have travel costs can apply to the national assistance centre; income limits apply to the recipient. Our office helps with the paperwork.",
        atts=(
            Att(
                "donor_travel_support.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT KIDNEY TRANSPLANT INSTITUTE",
                        "Living Donor Travel Support",
                        "Who qualifies: donors whose recipient meets income guidelines",
                        "What is covered: travel, lodging, meals",
                        "How to apply: ask your donor coordinator",
                    ],
                    "Donor travel",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="xlsx waitlist report to dialysis units",
        notes="Multi-sheet workbook of waitlisted candidates with names, blood type and status to outside dialysis social workers.",
        frm=TC,
        to="socialwork@lakeviewdialysis.org",
        subject="Quarterly waitlist status - your patients",
        body="Quarterly update attached. Please help us get the inactive folks' testing done."
        + SIG,
        atts=(
            Att(
                "waitlist_Q1_lakeview.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Candidate", "DOB", "ABO", "Listed"],
                            ["Lydia Carver", "1958-09-12", "O", "2024-06-03"],
                            ["Ramon Ortega", "1981-02-27", "B", "2025-01-14"],
                        ],
                        "Inactive": [
                            ["Candidate", "Reason"],
                            ["Joseph Nakamura", "needs cardiac stress test"],
                            ["Ida Franzen", "dental clearance"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook to registry",
        notes="Hard negative: multi-sheet aggregate outcomes (counts, rates) with no patient rows.",
        frm=f"Quality <quality@{SKT}>",
        to="datasubmissions@srtrregistry.org",
        subject="Q4 aggregate submission",
        body="Aggregate Q4 figures for your verification, per the data request.",
        atts=(
            Att(
                "q4_aggregate.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [["Type", "N"], ["Deceased donor", 39], ["Living donor", 17]],
                        "Outcomes": [
                            ["Measure", "Value"],
                            ["1-yr graft survival", "97.1%"],
                            ["DGF rate", "18%"],
                        ],
                        "Waitlist": [
                            ["Measure", "Value"],
                            ["Active candidates", 612],
                            ["Median wait (months)", 41],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="clinic appointment ICS to patient",
        notes="Hard positive: ICS file to patient's icloud titled 'post-transplant visit + labs' with her name.",
        frm=f"Clinic Scheduling <scheduling@{SKT}>",
        to="rosalind.achebe@icloud.com",
        subject="Your appointment",
        body="Hi Rosalind, your next visit is attached - add it to your calendar. Come fasting, and hold the morning tacrolimus dose until after the blood draw.",
        atts=(
            Att(
                "appointment.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Clinic//EN\r\nBEGIN:VEVENT\r\nUID:skt-appt-88123@summitkidneytx.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260323T130000Z\r\nDTEND:20260323T140000Z\r\nSUMMARY:Rosalind Achebe - post-transplant visit + tacrolimus level\r\nLOCATION:Summit Transplant Clinic, Level 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting ICS",
        notes="Staff meeting invite; no patient.",
        frm=TC,
        to=f"txteam@{SKT}",
        subject="Coordinator huddle moved",
        body="Moved to 8:15 on Tuesdays." + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Team//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:skt-huddle@summitkidneytx.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260317T131500Z\r\nDTEND:20260317T134500Z\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\nSUMMARY:Coordinator huddle\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="lawyer records request response",
        notes="Reply to attorney with enclosed records index for a named client, listing transplant dates and rejection episode.",
        frm=f"Health Information Management <him@{SKT}>",
        to="paralegal@hendersonlawgroup.com",
        subject="Records request 26-0211 - Wei Zhang",
        body="Per the authorisation signed 02/27/2026, enclosed is the records index for Wei Zhang (MRN SKT-19402): transplant admission 11/03/2025, readmission for acute cellular rejection 01/18/2026, biopsy report 03/19/2026. Invoice follows.",
        atts=(
            Att(
                "records_index_Zhang.csv",
                "text/csv",
                "doc,date,pages\nOperative report,2025-11-03,6\nDischarge summary,2025-11-09,4\nRejection admission H&P,2026-01-18,5\nBiopsy pathology,2026-03-19,2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified extract for an IRB study: study IDs, age bands, year only; no identifiers.",
        frm=f"Research Office <research@{SKT}>",
        to="biostat@uwkidneyresearch.edu",
        subject="De-identified extract for protocol 2025-118",
        body="Safe Harbor de-identified extract attached (study IDs only, ages banded, years only). Key stays here.",
        atts=(
            Att(
                "extract_2025-118.csv",
                "text/csv",
                "study_id,age_band,sex,tx_year,donor_type,dgf,egfr_12m\nS001,50-59,M,2024,DD,1,48\nS002,30-39,F,2024,LD,0,71\nS003,60-69,F,2025,DD,0,52\nS004,40-49,M,2025,LD,0,66\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse text to on-call surgeon",
        notes="Hard positive: terse message with patient surname, bed and post-op creatinine.",
        frm=f"Transplant Floor 6 <6west@{SKT}>",
        to="dr.ortiz.samuel@gmail.com",
        subject="6W-12",
        body="Achebe 6W-12 Cr 4.8 from 3.1, UO 15/hr x3h. Doppler ordered. Pls call.",
    ),
    Spec(
        phi=False,
        category="parking and shuttle notice",
        notes="Visitor parking changes; no patient.",
        frm=f"Facilities <facilities@{SKT}>",
        to=f"allstaff@{SKT}",
        subject="Garage B closed March 23-27",
        body="Garage B is closed for resurfacing. Patients and visitors: use Lot E; shuttle every 10 minutes.",
    ),
    Spec(
        phi=True,
        category="zip of pre-transplant test results to outside cardiologist",
        notes="Zip of echo and stress test reports for a named candidate to an outside cardiologist.",
        frm=TC,
        to="cardiology.referrals@meriterheart.org",
        subject="Cardiac clearance request - Joseph Nakamura",
        body="Could Dr. Hale review for cardiac clearance? He is inactive on our list until cleared."
        + SIG,
        atts=(
            Att(
                "nakamura_cardiac.zip",
                "application/zip",
                zipped(
                    {
                        "echo_2026-02-20.txt": "Joseph Nakamura DOB 1962-07-15\nEF 45%, mild LVH, moderate MR.\n",
                        "stress_2026-03-02.txt": "Regadenoson SPECT: small reversible inferior defect.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor vs recipient FAQ with examples",
        notes="Hard negative: donor FAQ copy using generic placeholder roles ('Donor A', 'your friend'); no individual.",
        frm=LD,
        to="webteam@summitkidneytx.org",
        subject="FAQ copy for donor pages",
        body="Copy for the FAQ (names are illustrative only):\n\nQ: My blood type doesn't match my friend's. Can I still help?\nA: Yes. In paired exchange, 'Donor A' gives to a stranger and the stranger's donor gives to your friend.\n\nQ: How long is recovery?\nA: Most donors return to desk work in 2-3 weeks.",
    ),
    Spec(
        phi=True,
        category="Medicare secondary payer questionnaire",
        notes="Names patient with Medicare MBI and ESRD-based entitlement to a billing vendor.",
        frm=f"Transplant Billing <billing@{SKT}>",
        to="msp@revcyclepartners.com",
        subject="MSP questionnaire completed",
        body="Completed MSP for Lydia Carver, MBI 3QW7HN2RT48, Medicare entitlement based on ESRD; coordination period ends 09/2026. Employer group plan primary until then.",
    ),
    Spec(
        phi=False,
        category="transplant fellow recruitment",
        notes="Hard negative: fellowship advert mentioning ABO-incompatible transplants and desensitisation as program features.",
        frm=f"Dr. Samuel Ortiz <sortiz@{SKT}>",
        to="fellowships@astsnetwork.org",
        subject="Abdominal transplant fellowship 2027 listing",
        body="Please list our 2-year fellowship: 200+ kidney transplants a year, ABO-incompatible and HLA desensitisation programmes, robotic donor nephrectomy. Program director: Samuel Ortiz, MD (NPI 1891378576).",
    ),
    Spec(
        phi=True,
        category="txt handoff notes to outside coordinator",
        notes="Hard positive: txt of coordinator shorthand notes with initials, MRNs and PRA values sent to a sister program.",
        frm=TC,
        to="coordinators@northstartransplant.org",
        subject="Transfer of listing - notes",
        body="Notes for the two candidates transferring to you." + SIG,
        atts=(
            Att(
                "transfer_notes.txt",
                "text/plain",
                "SKT-20455 R.O. cPRA 98%, B+, on HD since 2019, wants multi-listing.\nSKT-20712 I.F. cPRA 12%, A-, dental clearance pending.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped order number to supplier",
        notes="Hard negative: purchase order number formatted like an SSN; surgical supply order only.",
        frm=f"OR Supply <orsupply@{SKT}>",
        to="orders@midwestsurgicalsupply.com",
        subject="PO 412-58-3306 - perfusion kits",
        body="Please ship 6 LifePort perfusion kits on PO 412-58-3306. Dock 4, attn OR materials.",
    ),
    Spec(
        phi=True,
        category="HTML portal message to recipient's spouse",
        notes="Hard positive: HTML-only message to spouse's personal email about the husband's BK virus result.",
        frm=f"Post-Transplant Clinic <posttx@{SKT}>",
        to="greta.lindahl@outlook.com",
        subject="Oskar's lab follow-up",
        html="<html><body><p>Hi Greta,</p><p>As Oskar asked us to include you: his <b>BK virus PCR</b> came back at 12,400 copies/mL, so Dr. Ortiz is lowering his mycophenolate. Repeat labs in 2 weeks.</p><p>Post-Transplant Clinic</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="grand rounds announcement",
        notes="Hard negative: grand rounds on BK nephropathy with a speaker bio; no patient.",
        frm=f"Education <education@{SKT}>",
        to="nephrologyfaculty@uwhealthdocs.org",
        subject="Grand Rounds 3/26: BK polyomavirus nephropathy",
        body="Speaker: Dr. Helena Voss, transplant ID. Topics: screening intervals, immunosuppression reduction, IVIG evidence. 7:30 am, Auditorium A and Zoom.",
    ),
]
