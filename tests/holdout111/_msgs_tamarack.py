"""Tamarack County EMS (county ground ambulance agency) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nTamarack County EMS\n220 Courthouse Square, Harlan Gap, MT\nNon-emergency (406) 555-0170 | In an emergency dial 911"
GOV = "\n\nThis e-mail is a public record of Tamarack County and may be subject to disclosure under state law."

FHIR_OBS = json.dumps(
    {
        "resourceType": "Observation",
        "id": "tce-ecg-26-5512",
        "status": "final",
        "code": {"text": "12-lead ECG interpretation"},
        "subject": {"display": "Harold Ekstrom, DOB 1951-04-08"},
        "effectiveDateTime": "2026-10-11T06:52:00-06:00",
        "valueString": "ST elevation II, III, aVF; reciprocal depression I, aVL. Inferior STEMI.",
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "example-test-001",
        "meta": {"tag": [{"code": "TEST", "display": "Synthetic test record - not a real person"}]},
        "name": [{"family": "Testpatient", "given": ["Zz"]}],
        "birthDate": "1900-01-01",
    },
    indent=1,
)

HL7_ADT = (
    "MSH|^~\\&|TCE_EPCR|TAMARACKEMS|PHM_ADT|PINEHOLLOW|202610120731||ADT^A04|TCE-55890|P|2.5.1\r"
    "EVN|A04|202610120731\r"
    "PID|1||TCE2610055890^^^TCE||Pflug^Roberta^M||19870911|F|||403 N 3rd St^^Harlan Gap^MT^59433\r"
    "PV1|1|E|ED^^^PHM|||||||||||||||||EMS\r"
    "DG1|1||O20.9^Hemorrhage in early pregnancy^I10\r"
)

MESSAGES = [
    Spec(
        phi=True,
        category="ECG FHIR observation to ED physician",
        notes="FHIR Observation attachment names patient with DOB and inferior STEMI ECG.",
        frm="Paramedic Unit M2 <medic2@tamarackcountyems.gov>",
        to="edcharge@pinehollowmemorial.org",
        subject="12-lead from M2, ETA 12 min",
        body="12-lead transmitted as FHIR for your cath-alert workflow. Pt stable, ASA 324 given, NTG x1.\n\nM2 crew",
        atts=(Att("ecg_26-5512.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=False,
        category="FHIR test patient for interface build",
        notes="Hard negative: FHIR Patient tagged synthetic test record with obvious test name; no real person.",
        frm="EMS IT <emsit@tamarackcountyems.gov>",
        to="integration@pinehollowmemorial.org",
        subject="test payload for the ePCR to EHR interface",
        body="Greg, here is the synthetic Patient resource we will send first. It is tagged TEST and should land in your non-production queue.\n\nMilo Tanaka, EMS IT",
        atts=(Att("test_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT pre-registration to hospital",
        notes="Hard positive: HL7 ADT file identifies pregnant patient with address, DOB and hemorrhage code; body neutral.",
        frm="EMS IT <emsit@tamarackcountyems.gov>",
        to="interfaces@pinehollowmemorial.org",
        subject="ADT A04 that failed validation",
        body="This pre-registration message bounced with 'PV1-2 invalid'. Attaching it so you can see what our ePCR vendor sent.\n\nMilo",
        atts=(Att("TCE-55890.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=False,
        category="County commission budget presentation",
        notes="Budget PDF with call volumes and revenue; no patient.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="commissioners@tamarackcounty.gov",
        subject="FY27 EMS budget request",
        body="Commissioners,\n\nAttached is the FY27 request for Thursday's work session. The main asks are a fourth paramedic FTE and a remount of Medic 3.\n\nDeb Sorenson, EMS Director"
        + SIG
        + GOV,
        atts=(
            Att(
                "TCE_FY27_budget.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY EMS - FY27 BUDGET REQUEST",
                        "Responses FY26: 2,184 (911: 1,902; interfacility: 282)",
                        "Average rural response time: 19 min",
                        "Revenue from billing: $1.41M; county levy: $0.88M",
                        "Request: +1 paramedic FTE ($96,000); Medic 3 remount ($185,000)",
                    ],
                    "FY27 budget",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Ambulance bill face sheet with SSN to billing company",
        notes="Gives billing vendor patient names with SSNs, DOBs, payers and transport reasons.",
        frm="EMS Billing Clerk <billing@tamarackcountyems.gov>",
        to="intake@prairieambulancebilling.com",
        subject="Missing demographics for 3 runs",
        body="Here is what we got from the hospital face sheets for the three runs you flagged:\n\nRun 26-5401 Lorraine Haugen, SSN 482-61-3057, DOB 02/19/1950, Medicare primary, BLS non-emergency to dialysis\nRun 26-5433 Terrence Big Knife, SSN 517-29-8804, DOB 07/07/1981, IHS, ALS1 emergency chest pain\nRun 26-5460 Judy Quale, no SSN on file, Big Sky HP BSH883310964\n\nCarla"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Ambulance billing policy for residents",
        notes="Hard negative: policy describing billing fields (name, SSN, insurance) and rates with no patient.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="commissioners@tamarackcounty.gov",
        subject="Draft resolution: ambulance rates and hardship waiver",
        body="Proposed rates: BLS emergency $1,150; ALS1 $1,400; ALS2 $1,750; mileage $24/loaded mile. Hardship waiver on request; billing staff will collect patient name, SSN, insurance and household income on form EMS-12. No waiver decisions are made by crews.\n\nDeb"
        + GOV,
    ),
    Spec(
        phi=True,
        category="Welfare check follow-up to adult protective services",
        notes="Reports named elderly resident's condition and suspected neglect to APS.",
        frm="EMS Supervisor <supervisor@tamarackcountyems.gov>",
        to="aps.region2@mtdphhs-aps.gov",
        subject="APS referral - Ruby Creek",
        body="Per our phone call, written referral:\n\nClient: Walter Brandvold, approx 84, 19 Mill Rd, Ruby Creek. Found on floor for estimated 2 days, dehydrated, stage 2 pressure sores on both hips, house without heat. Transported to Pine Hollow Memorial. Adult son lives with him and declined to assist.\n\nLt. Marcus Finch, Paramedic"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Mutual aid agreement to neighbouring county",
        notes="Intergovernmental agreement; no patient.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="emsdirector@bitterrootcountyems.gov",
        subject="Mutual aid agreement renewal",
        body="Hi Lou, attached is the redline of the mutual aid agreement. Changes: billing for mutual-aid transports goes to the transporting agency; we added the air medical LZ appendix.\n\nDeb"
        + GOV,
        atts=(
            Att(
                "mutual_aid_redline.docx",
                DOCX,
                docx(
                    [
                        "Mutual Aid Agreement - Tamarack County and Bitterroot County",
                        "Section 4: Each agency bills for patients it transports.",
                        "Appendix C: Air medical landing zones",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded hospital feedback on patient with crew",
        notes="Hard positive: forwards ED doctor's feedback naming patient and missed stroke symptoms to outside QA contractor.",
        frm="EMS Supervisor <supervisor@tamarackcountyems.gov>",
        to="review@emsqualitypartners.com",
        subject="FW: feedback on Tuesday's call",
        body="Adding this to the case review list for your November session.\n\nMarcus",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Min-jun Yoon <myoon@pinehollowmemorial.org>",
            to="supervisor@tamarackcountyems.gov",
            subject="feedback on Tuesday's call",
            body="Marcus - your crew brought in Vera Mikkelsen Tuesday as 'weakness, probable UTI'. She had a left facial droop and aphasia on arrival, last known well 90 min prior. We missed the tPA window for a transfer. Can we review stroke screening with the crew?\nMin-jun",
        ),
    ),
    Spec(
        phi=False,
        category="Stroke scale training announcement",
        notes="Hard negative: training notice describing stroke signs and an anonymous case study; no identifiable patient.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="allcrews@tamarackcountyems.gov",
        subject="Mandatory BE-FAST refresher",
        body="All crews: we will run a BE-FAST refresher Nov 4 and 5. Case study: an elderly woman reported as 'weakness' who had facial droop and aphasia (details removed). Remember: last known well time is the most important thing you bring to the ED.\n\nTraining Officer Joy Halstead",
    ),
    Spec(
        phi=True,
        category="Patient care report PDF to coroner",
        notes="PDF PCR names deceased patient with death time and overdose findings to county coroner.",
        frm="EMS Records <records@tamarackcountyems.gov>",
        to="coroner@tamarackcounty.gov",
        subject="PCR 26-5477 requested by your office",
        body="Sheriff-Coroner Holm, requested report attached.\n\nEMS Records" + SIG + GOV,
        atts=(
            Att(
                "PCR_26-5477.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY EMS - PATIENT CARE REPORT 26-5477",
                        "Patient: Cody Allan Rasmussen  DOB 09/13/1997",
                        "Location: 8 Willow Ct, Harlan Gap",
                        "Found pulseless, apneic. Pinpoint pupils. Pill bottles (oxycodone) and foil at scene.",
                        "Naloxone 4 mg IN x2, CPR 32 min. No ROSC. Pronounced 03:47 by OLMC.",
                    ],
                    "PCR 26-5477",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Overdose trend report to public health",
        notes="Hard negative: monthly county overdose counts and naloxone use; aggregate only.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="epi@tamarackcountyhealth.gov",
        subject="Q3 suspected overdose responses",
        body="Q3 totals: 17 suspected opioid overdose responses (Jul 4, Aug 7, Sep 6), 12 naloxone administrations, 3 fatalities. 11 of 17 in Harlan Gap city limits. Leave-behind naloxone kits distributed: 9.\n\nDeb"
        + GOV,
    ),
    Spec(
        phi=True,
        category="Refusal of care notice to patient's daughter",
        notes="Hard positive: message to daughter's personal mailbox about her father refusing transport after a fall with low sugar.",
        frm="EMS Supervisor <supervisor@tamarackcountyems.gov>",
        to="kari.lindahl.nurse@gmail.com",
        subject="About tonight's call at your dad's",
        body="Kari,\n\nAs you asked, a quick note: your dad Sven refused transport tonight after his fall. His blood sugar was 48 when we arrived, came up to 142 after oral glucose and a sandwich. He was alert and had capacity. Please check on him in the morning and call his doctor about his insulin dose.\n\nLt. Marcus Finch",
    ),
    Spec(
        phi=False,
        category="Reply to resident about CPR class",
        notes="Answers a resident's question about CPR classes; no health info about her.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="shelly.prentice@yahoo.com",
        subject="RE: CPR class for our church group",
        body="Hi Shelly,\n\nHappy to! We can teach Hands-Only CPR and AED use to up to 20 people at your church on a Saturday. No charge for community groups. Pick two dates in November and we will confirm.\n\nJoy Halstead, Training Officer",
    ),
    Spec(
        phi=True,
        category="Records response to law firm about injured worker",
        notes="Response to law firm confirming named patient's EMS call and enclosing care report details.",
        frm="EMS Records <records@tamarackcountyems.gov>",
        to="records@hallandkvammelaw.com",
        subject="Your request - Dahl v. Crestline Feeds",
        body="Counsel,\n\nWith Ms. Ingrid Dahl's signed authorization, enclosed is a summary of our response on 06/03/2026: arm caught in auger at Crestline Feeds; partial amputation right hand, tourniquet applied, fentanyl 100 mcg, transported to Pine Hollow then SkyBridge to Billings. Full PCR by certified mail. Dispatch audio requires a subpoena.\n\nEMS Records"
        + GOV,
    ),
    Spec(
        phi=False,
        category="Response time workbook to state",
        notes="Multi-sheet workbook of response time percentiles by zone; aggregate only.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="ems.office@mtdphhs-ems.gov",
        subject="Annual service report 2026 - attachments",
        body="Attached are our response time and call-type tables for the annual service report.\n\nDeb"
        + GOV,
        atts=(
            Att(
                "TCE_annual_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Response": [
                            ["Zone", "Calls", "90th pct min"],
                            ["Harlan Gap", 1210, 11],
                            ["Ruby Creek", 402, 24],
                            ["Frontier", 290, 38],
                        ],
                        "Call types": [
                            ["Type", "Count"],
                            ["Fall", 388],
                            ["Chest pain", 201],
                            ["Respiratory", 174],
                            ["MVC", 142],
                            ["Overdose", 61],
                        ],
                        "Staffing": [
                            ["Role", "FTE"],
                            ["Paramedic", 7],
                            ["AEMT", 5],
                            ["Volunteer EMT", 22],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Frequent caller care plan workbook to social services",
        notes="Hard positive: multi-sheet workbook lists high-utiliser residents with addresses, conditions and call counts.",
        frm="Community Paramedic <communitymedic@tamarackcountyems.gov>",
        to="casemgr@tamarackcountysocialsvc.gov",
        subject="Mobile integrated health - caseload",
        body="Here is the updated list for our Thursday huddle. Two new enrolments this month.\n\nAlana Pretty On Top, Community Paramedic",
        atts=(
            Att(
                "MIH_caseload_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Enrolled": [
                            ["Name", "Address", "Conditions", "911 calls 90d"],
                            ["Gerald Vinton", "55 Elm, Harlan Gap", "COPD on home O2, CHF", 9],
                            [
                                "Patsy Mercado",
                                "Unit 4 Sunview Apts",
                                "alcohol use disorder, falls",
                                12,
                            ],
                        ],
                        "New": [
                            ["Name", "Phone", "Referral"],
                            ["Oren Schell", "406-555-0183", "diabetes, missed insulin"],
                            ["Fay Lundquist", "406-555-0188", "dementia, lives alone"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Crew schedule workbook",
        notes="Hard negative: shift schedule noting a staff member 'on leave' with no reason; workforce scheduling, not PHI.",
        frm="EMS Supervisor <supervisor@tamarackcountyems.gov>",
        to="allcrews@tamarackcountyems.gov",
        subject="November schedule posted",
        body="November schedule attached. Open shifts are highlighted on the second tab; sign up by Oct 20.\n\nMarcus",
        atts=(
            Att(
                "Nov_schedule.xlsx",
                XLSX,
                xlsx(
                    {
                        "Schedule": [
                            ["Date", "Medic 1", "Medic 2", "Medic 3"],
                            ["11/01", "Finch/Orr", "Tanaka/Beal", "Vol"],
                            ["11/02", "Orr/Beal", "Finch/Quist", "Vol"],
                        ],
                        "Open shifts": [
                            ["Date", "Unit", "Note"],
                            ["11/05", "Medic 2", "staff on leave"],
                            ["11/09", "Medic 1", "training"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="School-based anaphylaxis call follow-up to school",
        notes="Tells school nurse a named student's anaphylaxis to peanut and epinephrine given.",
        frm="Paramedic Unit M1 <medic1@tamarackcountyems.gov>",
        to="nurse@harlangapschools.org",
        subject="Today's call in the cafeteria",
        body="Mrs. Fenske,\n\nFollow-up as requested: Lily Ahlstrom (3rd grade) had anaphylaxis after peanut exposure, received your EpiPen plus one more IM epi from us, and was stable at Pine Hollow ED. Her parents were with her. Please refill your stock auto-injector.\n\nM1 crew",
    ),
    Spec(
        phi=False,
        category="School stock epinephrine programme info",
        notes="Hard negative: generic info on stock epinephrine programme and anaphylaxis signs; no student.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="principal@harlangapschools.org",
        subject="Stock epinephrine training for staff",
        body="Mr. Ekberg, Montana law allows schools to keep undesignated epinephrine. We can train staff on recognising anaphylaxis (hives, wheeze, swelling, vomiting) and giving an auto-injector, 45 minutes, free.\n\nJoy Halstead",
    ),
    Spec(
        phi=True,
        category="HTML community paramedic visit summary to patient",
        notes="HTML-only visit summary to patient's hotmail with blood pressure readings and med changes.",
        frm="Community Paramedic <communitymedic@tamarackcountyems.gov>",
        to="gvinton1948@hotmail.com",
        subject="Summary of today's home visit",
        body="",
        html="<html><body><p>Hi Gerald,</p><p>Summary of today's visit: BP 148/92, SpO2 89% on 2 L, weight up 4 lb since last week. Per Dr. Amundsen, take an extra furosemide 20 mg today and tomorrow. I'll come back Friday.</p><p>Alana Pretty On Top, Community Paramedic</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Ambulance levy newsletter",
        notes="Public levy information; no individual.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="news@tamarackcounty.gov",
        subject="EMS levy FAQ for the county website",
        body="",
        html="<html><body><h2>Why a 4-mill EMS levy?</h2><p>Call volume grew 31% since 2020, mostly falls and chest pain among older residents. The levy funds 24/7 paramedic coverage in Ruby Creek. A $250,000 home would pay about $27/year.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Zip of run reports to out-of-state insurer",
        notes="Zip with run report text naming a tourist patient and his injuries for his travel insurer.",
        frm="EMS Billing Clerk <billing@tamarackcountyems.gov>",
        to="claims@globalvoyageassist.com",
        subject="Claim docs - policy GVA-7730418",
        body="Requested documentation for your insured's ambulance transport is attached.\n\nCarla, EMS Billing"
        + SIG,
        atts=(
            Att(
                "GVA-7730418_docs.zip",
                "application/zip",
                zipped(
                    {
                        "run_26-5318.txt": "Patient: Thibault Marchand, DOB 1979-03-02, Quebec. Snowmobile crash, femur fracture, traction splint, fentanyl 100 mcg. Transported to Pine Hollow Memorial.",
                        "invoice_26-5318.txt": "ALS1 emergency $1,400; mileage 22 mi $528. Total $1,928.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of protocol PDFs to volunteers",
        notes="Zip of generic treatment protocols; no patient.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="volunteers@tamarackcountyems.gov",
        subject="2027 protocol set",
        body="The 2027 protocol set is zipped here. Review the changes to hypoglycemia and pain management before the Nov drill.",
        atts=(
            Att(
                "protocols_2027.zip",
                "application/zip",
                zipped(
                    {
                        "hypoglycemia.txt": "Glucose < 60 with altered mental status: D10 250 mL IV or glucagon 1 mg IM.",
                        "pain.txt": "Fentanyl 1 mcg/kg IN/IV, max 200 mcg. Ketamine 0.3 mg/kg for refractory pain.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Employer notification of work injury",
        notes="Tells employer which named worker was transported and his injury for workers' comp.",
        frm="EMS Billing Clerk <billing@tamarackcountyems.gov>",
        to="safety@crestlinefeeds.com",
        subject="Workers comp billing info needed",
        body="Hello, your employee Jesse Whitford was transported by our ambulance from your mill on 10/06 for a crushed left foot. Please send your workers' comp carrier name and claim number so we can bill the transport.\n\nCarla, EMS Billing",
    ),
    Spec(
        phi=False,
        category="Employer safety stand-down invitation",
        notes="Hard negative: invites employer to farm-injury safety talk citing county injury statistics only.",
        frm="EMS Training Officer <training@tamarackcountyems.gov>",
        to="safety@crestlinefeeds.com",
        subject="Grain bin and auger safety talk",
        body="We responded to 6 auger and grain entrapment injuries in the county last year, two with amputations. We offer a free 1-hour safety talk for your crew at shift change. Interested?\n\nJoy Halstead",
    ),
    Spec(
        phi=True,
        category="Calendar invite for follow-up home visit",
        notes="Hard positive: ICS for community paramedic visit names patient, address and wound check.",
        frm="Community Paramedic <communitymedic@tamarackcountyems.gov>",
        to="calendar@tamarackcountyems.gov",
        subject="Home visit",
        body="Booking for Friday.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamarack EMS//MIH//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:mih-20261016-schell@tamarackcountyems.gov\r\nDTSTAMP:20261012T170000Z\r\nDTSTART:20261016T160000Z\r\nDTEND:20261016T170000Z\r\n"
            "SUMMARY:MIH visit - Oren Schell - diabetic foot ulcer check, insulin teaching\r\nLOCATION:12 Juniper Rd, Ruby Creek\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Vehicle maintenance invite",
        notes="Calendar invite for ambulance servicing; no patient.",
        frm="Fleet <fleet@tamarackcountyems.gov>",
        to="service@harlangapfordfleet.com",
        subject="Medic 3 - transmission service",
        body="Dropping Medic 3 (plate 27-4410G, VIN ending 8831) Monday 7 am.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamarack EMS//Fleet//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:fleet-m3-20261019@tamarackcountyems.gov\r\nDTSTAMP:20261012T170000Z\r\nDTSTART:20261019T130000Z\r\nDTEND:20261019T230000Z\r\n"
            "SUMMARY:Medic 3 transmission service\r\nLOCATION:Harlan Gap Ford Fleet\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Scanned-form OCR text of handwritten run sheet",
        notes="Hard positive: OCR text attachment of volunteer run sheet with patient name, age and chest pain with nitro.",
        frm="EMS Records <records@tamarackcountyems.gov>",
        to="support@narrativepcr.com",
        subject="OCR output garbled - ticket 88120",
        body="The scan import mangled this volunteer run sheet. The text your OCR produced is attached so you can see the problem.\n\nEMS Records",
        atts=(
            Att(
                "scan_0412_ocr.txt",
                "text/plain",
                "TAMARACK C0UNTY EMS VOLUNTEER RUN SHEET\r\nPt nam e: Agnes  Thorvaldson   Age: 79\r\nC/C: chest pa1n 2 hrs, radiat ing L arm\r\nVitals: BP 168/94 P 102 irreg  SpO2 93%\r\nTx: ASA 324 chew, NTG 0.4 SL x2, 02 2L\r\nDest: Pine Hollow ER\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="NEMSIS data dictionary excerpt to vendor",
        notes="Hard negative: text list of NEMSIS element names like ePatient.02 Last Name; schema only.",
        frm="EMS IT <emsit@tamarackcountyems.gov>",
        to="support@narrativepcr.com",
        subject="Which NEMSIS elements are required for our state?",
        body="Our state requires these elements; please confirm your export includes them.",
        atts=(
            Att(
                "nemsis_required.txt",
                "text/plain",
                "ePatient.02 Last Name\r\nePatient.03 First Name\r\nePatient.17 Date of Birth\r\neSituation.11 Provider's Primary Impression\r\neMedications.03 Medication Given\r\neVitals.06 SBP\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV of transports to dialysis centre",
        notes="CSV schedule of named patients for recurring dialysis transports.",
        frm="EMS Scheduling <scheduling@tamarackcountyems.gov>",
        to="charge@greatfallsdialysis.com",
        subject="Standing dialysis transports - Nov",
        body="Confirming November standing orders. Tell us of any chair-time changes 48 hours ahead.",
        atts=(
            Att(
                "dialysis_nov.csv",
                "text/csv",
                "patient,pickup,days,chair_time,mode\r\nLorraine Haugen,19 Sage Ave Harlan Gap,M/W/F,06:30,stretcher BLS\r\nEmil Tveit,7 Ranch Rd Ruby Creek,T/Th/Sa,11:00,stretcher BLS O2\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Equipment inventory CSV to supplier",
        notes="Supply reorder CSV with drug and airway item names and quantities; no patient.",
        frm="Logistics <logistics@tamarackcountyems.gov>",
        to="orders@boundmedicalsupply.com",
        subject="Restock order Oct",
        body="Restock order attached. Please substitute 25 g D50 syringes with D10 bags if D50 remains short.",
        atts=(
            Att(
                "restock_oct.csv",
                "text/csv",
                "item,qty,unit\r\nNaloxone 4 mg nasal,24,each\r\nD10 250 mL,12,bag\r\nKing LT size 4,6,each\r\nTourniquet CAT,10,each\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Short note to hospital with MRN only",
        notes="Hard positive: terse message with hospital MRN and blood glucose/hypothermia data; identifier plus health info.",
        frm="Paramedic Unit M3 <medic3@tamarackcountyems.gov>",
        to="edcharge@pinehollowmemorial.org",
        subject="late vitals for PH00430118",
        body="forgot to give at handoff - initial core temp 31.4 C, BG 52, pt was found in snow ~6 hrs. rewarming started in rig. -M3",
    ),
    Spec(
        phi=False,
        category="Staff member's return to work notice",
        notes="Hard negative: HR notice that an employee returns from leave, no health condition stated; workforce notice.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="allcrews@tamarackcountyems.gov",
        subject="Welcome back Sam",
        body="Please welcome Sam Beal back on shift Monday after his leave. Sam will be on Medic 2 days for the first two weeks.\n\nDeb",
    ),
    Spec(
        phi=True,
        category="Cardiac arrest registry data to CARES",
        notes="Hard positive: registry submission with patient name, age, arrest address and outcome to registry vendor.",
        frm="EMS Records <records@tamarackcountyems.gov>",
        to="data@caresregistrysupport.org",
        subject="CARES manual entry - missing hospital outcome",
        body="Case 26-5398: Harlan Gap, 44 Birch St. Patient Lyle Odegaard, 66 M. Witnessed arrest, bystander CPR, VF, 2 shocks, ROSC at 14 min. Hospital outcome per Billings: discharged home neurologically intact (CPC 1).\n\nEMS Records",
    ),
    Spec(
        phi=False,
        category="Press release on crash with no names",
        notes="Hard negative: press release on a highway crash with number injured and no names; not PHI.",
        frm="EMS Director <director@tamarackcountyems.gov>",
        to="newsroom@montanaradionet.com",
        subject="Media release: Hwy 89 multi-vehicle crash",
        body="FOR IMMEDIATE RELEASE\n\nTamarack County EMS, Harlan Gap VFD and SkyBridge Air Medical responded to a five-vehicle crash on Hwy 89 at mile 42 at 07:15 Monday. Seven people were treated; two were flown to Billings. Names and conditions will not be released by EMS. Questions to the Montana Highway Patrol.\n\nDeb Sorenson, EMS Director"
        + GOV,
    ),
    Spec(
        phi=True,
        category="Reply to relative with abbreviations only",
        notes="Hard positive: reply to wife's personal email about husband 'Ron' with clinical abbreviations (CVA, R hemi, NPO) and destination.",
        frm="EMS Supervisor <supervisor@tamarackcountyems.gov>",
        to="bonnie.ketterling@outlook.com",
        subject="RE: where did they take Ron?",
        body="Bonnie,\n\nRon was taken to Pine Hollow first and then flown to Billings Regional about 15:40. Crew report: ?CVA, R hemi, aphasic, BG 118, NPO. Billings ED number is (406) 555-0190.\n\nLt. Marcus Finch\n\n> where did they take Ron? nobody at the ranch knows",
    ),
]
