"""Foothill Medical Transport: dispatch, drivers' supervisor, billing, fleet and HR mail."""

from __future__ import annotations

from _att import XLSX, pdf, xlsx, zipped
from _spec import FMT, RVFM, SHH, Att, Spec

SIG = (
    "\n\nDispatch | Foothill Medical Transport\n(530) 555-0109 | Wheelchair & gurney vans, "
    "Nevada, Placer and El Dorado counties"
)

_TRIPS_CSV = (
    "trip_id,date,rider,pickup,dropoff,appt,mode\r\n"
    "T-88120,2026-11-12,Marlowe Ignatius,2290 Old River Rd Hopland,Ukiah Dialysis,06:15,WC\r\n"
    "T-88121,2026-11-12,Quintero Alma,55 Sutter St Grass Valley,Sierra Oncology "
    "infusion,09:00,AMB\r\n"
    "T-88122,2026-11-12,Bjornstad Eero,310 Pine Ave Auburn,Auburn PT wound clinic,13:30,WC\r\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="trip manifest CSV to broker",
        notes=(
            "Hard positive: PHI only in the attachment. Trip manifest with rider names, addresses "
            "and destinations (dialysis, infusion)."
        ),
        frm=f"Dispatch <dispatch@{FMT}>",
        to="trips@modivcare-region9.com",
        subject="Manifest 11/12",
        body="Attached is tomorrow's completed manifest for reconciliation." + SIG,
        atts=(Att("manifest_20261112.csv", "text/csv", _TRIPS_CSV),),
    ),
    Spec(
        phi=True,
        category="ride confirmation to rider",
        notes="Hard positive: pickup confirmation to rider's aol naming chemo appointment.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to="alma.quintero52@aol.com",
        subject="Your ride Thursday",
        body=(
            "Hi Alma,\n\nYour driver Rusty will pick you up Thursday at 8:15 AM for your chemo "
            "infusion at Sierra Oncology, and return pickup is will-call. Please have your "
            "walker ready by the door." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="incident report",
        notes="Incident report: rider name, fall in van, hip pain, taken to ED.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="claims@pacificmutualins.com",
        subject="Incident report FMT-IR-0419",
        body=(
            "Claim notice: on 11/09 rider Eero Bjornstad (DOB 03/15/1941) slipped during "
            "securement on van 14 (plate 8XKR442). He complained of left hip pain and was "
            "taken by ambulance to Sutter Auburn Faithful ED. Driver statement attached "
            "separately.\n\nWade Cartwright, Operations Manager"
        ),
    ),
    Spec(
        phi=True,
        category="billing spreadsheet with Medi-Cal IDs",
        notes=(
            "Hard positive: XLSX of Medi-Cal CINs and trip dates/HCPCS codes, no diagnosis words."
        ),
        frm=f"Billing <billing@{FMT}>",
        to="nemt.claims@partnershiphp.org",
        subject="October NEMT claims batch 2",
        body="Batch 2 attached. 3 trips. Please confirm receipt.",
        atts=(
            Att(
                "oct_batch2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["CIN", "Rider", "DOS", "HCPCS", "Miles", "Amount"],
                            ["94822301B", "MARLOWE, IGNATIUS", "10/05/2026", "A0130", 18, 64.2],
                            ["91033874C", "QUINTERO, ALMA", "10/06/2026", "A0100", 9, 38.5],
                            ["97201466A", "TRAN, VINH", "10/06/2026", "T2005", 22, 211.0],
                        ],
                        "Totals": [["Trips", 3], ["Amount", 313.7]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="driver instructions",
        notes="Driver note naming rider and oxygen / dementia / dialysis needs, internal.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to=f"drivers@{FMT}",
        subject="Heads up - new standing rider",
        body=(
            "Starting Monday: Ignatius Marlowe, MWF 5:30 AM pickup for dialysis. He has a "
            "fistula in the left arm - don't grab that arm. He gets dizzy after treatment so "
            "bring him straight home, no shared ride on the return." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="trip confirmation to hospice",
        notes="Reply confirming gurney transport for named hospice patient with oxygen.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to=f"Renata Solis <rsolis@{SHH}>",
        subject="RE: Gurney transport tomorrow 10am",
        body=(
            "Confirmed: unit 22 with two crew for Mr. Devereaux at 10:00, 3L O2 from our "
            "tank. POLST copy noted.\n\n> Need a gurney van tomorrow 10:00 for Colm Devereaux "
            "from Sierra Hospice House to 1450 Cedar Ravine Rd, Placerville." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PCS form PDF",
        notes=(
            "Hard positive: PHI only in the attachment. Physician Certification Statement PDF with "
            "patient, condition and need for gurney."
        ),
        frm=f"Billing <billing@{FMT}>",
        to=f"Referrals <referrals@{RVFM}>",
        subject="PCS signature needed",
        body="Dr. Mehta-Ellison's signature is needed on the attached PCS before we can bill.",
        atts=(
            Att(
                "PCS_Pennington.pdf",
                "application/pdf",
                pdf(
                    [
                        "FOOTHILL MEDICAL TRANSPORT - PHYSICIAN CERTIFICATION STATEMENT",
                        "Patient: Curtis Pennington  DOB 11/30/1977",
                        "Condition: L1 compression fracture, unable to sit upright > 10 minutes",
                        "Transport: gurney, round trip to MRI 11/17/2026",
                        "Physician: Rohan Mehta-Ellison MD NPI 1645336797",
                    ],
                    "PCS",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="complaint response to relative",
        notes="Apology to rider's daughter referencing late pickup after dialysis and missed meds.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="vinh.tran.family@yahoo.com",
        subject="Re: Dad left waiting",
        body=(
            "Ms. Tran,\n\nI'm very sorry your father Vinh waited 90 minutes after his dialysis "
            "at Ukiah on Monday and missed his 1 pm blood pressure pill. That van broke down; "
            "we should have called. I've moved him to our first return run.\n\nWade Cartwright"
        ),
    ),
    Spec(
        phi=True,
        category="zip of trip logs to auditor",
        notes=(
            "Hard positive: PHI only in the attachment. ZIP of trip logs with rider names and "
            "medical destinations to Medi-Cal auditor."
        ),
        frm=f"Billing <billing@{FMT}>",
        to="nemt.audit@dhcs-contractor.com",
        subject="Audit sample documentation",
        body="Requested documentation for sample items 1-3 attached.",
        atts=(
            Att(
                "audit_sample.zip",
                "application/zip",
                zipped(
                    {
                        "trip_logs.txt": (
                            "T-77410 Haverford Doris 2026-09-30 SHH -> "
                            "Sierra Nevada Memorial radiation oncology\n"
                            "T-77533 Okafor Chidi 2026-10-01 home -> Auburn methadone clinic\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed misfire",
        notes=(
            "Hard positive: HL7 ADT with rider name and admission (PV1) sent to transport for "
            "scheduling."
        ),
        frm=f"Dispatch <dispatch@{FMT}>",
        to="support@ridelinkscheduling.com",
        subject="Bad parse on inbound ADT",
        body=(
            "Your importer dropped this message; the ride never showed up on the board. Raw copy "
            "attached."
        ),
        atts=(
            Att(
                "adt_0442.txt",
                "text/plain",
                "MSH|^~\\&|SNMH|SIERRA NEVADA MEM|RIDELINK|FMT|202611111030||ADT^A03|A0442|P|2.5\r"
                "PID|1||SN7720144^^^SNMH^MR||Okafor^Chidi||19690504|M\r"
                "PV1|1|I|3W^312^1||||||||||||||||||||||||||||||||||||||||20261108|20261111\r"
                "DG1|1||I63.9^Cerebral infarction^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only will-call list",
        notes="HTML-only will-call table with rider names and clinics.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to=f"drivers@{FMT}",
        subject="Will-call returns this afternoon",
        body="",
        html=(
            "<html><body><table><tr><th>Rider</th><th>Clinic</th><th>Phone</th></tr>"
            "<tr><td>Alma Quintero</td><td>Sierra Oncology</td><td>530-555-0184</td></tr>"
            "<tr><td>Eero Bjornstad</td><td>Auburn Wound Clinic</td><td>530-555-0137</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="eligibility verification",
        notes="Eligibility question to plan: name, DOB, member ID, trip to cardiology.",
        frm=f"Billing <billing@{FMT}>",
        to="nemt.eligibility@goldenstatecare.com",
        subject="Eligibility check",
        body=(
            "Please verify NEMT eligibility for Rosalind Achebe, DOB 09/12/1958, D-SNP member "
            "GSC330918846 (MBI 7TR4-GE9-KD15), for a 11/20 ride to Placer Cardiology for her "
            "stress test."
        ),
    ),
    Spec(
        phi=True,
        category="forwarded reservation from relative",
        notes="Forward of relative's booking email describing wheelchair and post-stroke weakness.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to=f"Wade Cartwright <wcartwright@{FMT}>",
        subject="Fwd: booking for my husband",
        body="Wade, private-pay rider; can you quote this?",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Beatriz Okafor <bea.okafor@outlook.com>",
            to=f"dispatch@{FMT}",
            subject="booking for my husband",
            body=(
                "My husband Chidi just came home from the hospital after a stroke and needs "
                "a wheelchair van to outpatient rehab at Auburn, Tue/Thu 1pm. We live at "
                "8 Buckeye Ct, Auburn. What does it cost?"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quiet text-like note to relative",
        notes="Hard positive: first name plus 'methadone clinic' ride to relative's gmail.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to="ngozi.okafor.rn@gmail.com",
        subject="pickup moved",
        body=(
            "Hi Ngozi - Chidi's 7am ride to the methadone clinic is moved to 6:40 tomorrow. "
            "-Dispatch"
        ),
    ),
    Spec(
        phi=True,
        category="ICS ride invite to caregiver",
        notes="ICS invite for ride to cancer center naming rider sent to caregiver.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to="hector.quintero@hotmail.com",
        subject="Ride scheduled: Alma Quintero",
        body="Calendar hold for your mom's ride.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//FMT//Dispatch//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:fmt-t88200@foothillmedtransport.com\r\nDTSTAMP:20261110T160000Z\r\n"
            "DTSTART:20261119T161500Z\r\nDTEND:20261119T170000Z\r\n"
            "SUMMARY:Pickup Alma Quintero - infusion Sierra Oncology\r\n"
            "LOCATION:55 Sutter St, Grass Valley\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="fleet maintenance",
        notes=(
            "Hard negative: van plates and VINs (vehicle identifiers of the company, not riders)."
        ),
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="service@auburnfleetrepair.com",
        subject="Lift service van 14 and 22",
        body=(
            "Van 14 (plate 8XKR442, VIN 1FTBR2CM5KKA33017) wheelchair lift is slow; van 22 "
            "needs the stretcher mount inspected. Can you do both Saturday?"
        ),
    ),
    Spec(
        phi=False,
        category="driver training",
        notes="Hard negative: training on seizures, oxygen, dialysis riders in general.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to=f"drivers@{FMT}",
        subject="Mandatory training Nov 21",
        body=(
            "Topics: wheelchair securement (4-point), transporting riders on oxygen, what to "
            "do if a rider has a seizure, post-dialysis dizziness, and bloodborne pathogens. "
            "Lunch provided."
        ),
    ),
    Spec(
        phi=False,
        category="driver drug test HR",
        notes="Hard negative: DOT random drug testing notice for employees (workforce).",
        frm=f"Human Resources <hr@{FMT}>",
        to=f"drivers@{FMT}",
        subject="Random drug and alcohol testing",
        body=(
            "Reminder: drivers are in the random testing pool. If selected you must report to "
            "Concentra Auburn within 2 hours. Refusal counts as a positive result."
        ),
    ),
    Spec(
        phi=False,
        category="rate sheet to broker",
        notes="Business rate sheet PDF, HCPCS codes and prices, no riders.",
        frm=f"Billing <billing@{FMT}>",
        to="network@modivcare-region9.com",
        subject="2027 rate sheet",
        body="Our proposed 2027 rates are attached.",
        atts=(
            Att(
                "FMT_rates_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "FOOTHILL MEDICAL TRANSPORT - 2027 RATES",
                        "A0130 wheelchair van base $42.00, mileage S0209 $2.40/mi",
                        "T2005 stretcher van base $165.00",
                        "Wait time per 15 min $12.00",
                    ],
                    "Rates",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly ops metrics",
        notes="Hard negative: aggregate trips by destination type (dialysis, oncology) XLSX.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="owner@foothillmedtransport.com",
        subject="October metrics",
        body="October: 2,114 trips, 96.1% on time. Dialysis is 41% of volume.",
        atts=(
            Att(
                "oct_metrics.xlsx",
                XLSX,
                xlsx(
                    {
                        "By purpose": [
                            ["Purpose", "Trips"],
                            ["Dialysis", 867],
                            ["Oncology", 212],
                            ["Behavioral health", 96],
                            ["Other medical", 939],
                        ],
                        "On time": [["Week", "On time %"], ["1", 95.2], ["2", 96.8]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="insurance renewal",
        notes="Business insurance renewal with policy number shaped like an ID.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="renewals@pacificmutualins.com",
        subject="Auto liability renewal PMI-552-81-4470",
        body="Signed renewal for policy PMI-552-81-4470 attached. Fleet count now 24 vans.",
    ),
    Spec(
        phi=False,
        category="job posting driver",
        notes="Driver posting mentions CPR and medical appointments in general.",
        frm=f"Human Resources <hr@{FMT}>",
        to="postings@indeed-employers.com",
        subject="Posting: Wheelchair van driver",
        body=(
            "Drive seniors and people with disabilities to medical appointments. Clean DMV "
            "record, CPR/First Aid (we train), lift up to 50 lbs. $21/hr + tips."
        ),
    ),
    Spec(
        phi=False,
        category="holiday schedule notice to riders",
        notes=(
            "Hard negative: holiday notice to all riders mentioning dialysis schedule changes "
            "generally."
        ),
        frm=f"Foothill Medical Transport <info@{FMT}>",
        to="riders@lists.foothillmedtransport.com",
        subject="Thanksgiving schedule",
        body="",
        html=(
            "<html><body><p>We're running Thanksgiving Day for dialysis and urgent medical "
            "trips only. Other rides move to Friday. Call 530-555-0109 to rebook.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="driver payroll",
        notes=(
            "Hard negative: payroll timesheet correction for a driver (employee hours and W-4, HR)."
        ),
        frm=f"Human Resources <hr@{FMT}>",
        to="support@paylocity-clients.com",
        subject="Timesheet correction",
        body=(
            "Employee Rusty Calloway (emp 1042) is missing 6.5 hours on 11/04. Please add to "
            "this period. Also update his W-4 allowances per the form he signed."
        ),
    ),
    Spec(
        phi=False,
        category="test rider for scheduling system",
        notes="Hard negative: test trip with obviously fake rider TEST RIDER in a vendor ticket.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to="support@ridelinkscheduling.com",
        subject="Test trip not syncing",
        body=(
            "Created test trip T-TEST-001 for 'TEST, RIDER' (fake profile, DOB 01/01/1901), "
            "pickup our yard, dropoff 'Test Dialysis Center'. It never reached the driver "
            "tablet. Build 7.14."
        ),
    ),
    Spec(
        phi=False,
        category="wheelchair vendor quote",
        notes="Purchase of wheelchairs and stretcher straps.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="sales@qstraint-dist.com",
        subject="Quote request Q'Straint QRT-360",
        body=(
            "Please quote 10 QRT-360 retractor kits and 4 bariatric tie-down sets, ship to Auburn."
        ),
    ),
    Spec(
        phi=False,
        category="county NEMT meeting",
        notes="Hard negative: county meeting minutes discussing no-show rates and dialysis demand.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="transit@placercounty-hhs.org",
        subject="Minutes - NEMT coalition",
        body=(
            "Minutes: county dialysis demand up 12% with the new Lincoln clinic. No-show rate "
            "across providers 7%. Sierra Hospice House asked about evening gurney capacity. "
            "Next meeting Jan 14."
        ),
    ),
    Spec(
        phi=False,
        category="accident without rider",
        notes="Hard negative: fender bender with no passengers, driver fine, plate numbers.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to="claims@pacificmutualins.com",
        subject="Property damage only - van 9",
        body=(
            "Van 9 (plate 7RGM118) backed into a bollard at our yard on 11/10. No passengers "
            "aboard, driver uninjured. Rear bumper damage; photos attached in next email."
        ),
    ),
    Spec(
        phi=False,
        category="referral partner thank you",
        notes="Thank-you to hospice partner staff with no rider details.",
        frm=f"Wade Cartwright <wcartwright@{FMT}>",
        to=f"Margaret Lindqvist <mlindqvist@{SHH}>",
        subject="Thank you",
        body="Margaret, thanks for hosting our crews for the tour. The team learned a lot.",
    ),
    Spec(
        phi=False,
        category="clinician contact list",
        notes="Hard negative: list of clinic contacts with doctor names, specialties and NPIs.",
        frm=f"Dispatch <dispatch@{FMT}>",
        to=f"drivers@{FMT}",
        subject="Clinic contacts for will-call",
        body=(
            "Clinic desks to call when a rider is ready:\n"
            "- Sierra Oncology, Dr. Farah Anjum (oncology) NPI 1155174000, 530-555-0151\n"
            "- Placer Cardiology, Dr. Leon Whitfield (cardiology) NPI 1268227877, 530-555-0166\n"
            "- Ukiah Dialysis, charge nurse line 707-555-0175"
        ),
    ),
]
