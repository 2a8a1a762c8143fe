# ruff: noqa: E501  (CSV rows, HL7/X12 segments and HTML rows are kept on one line as sent)
"""BlueLine Medical Transportation (non-emergency medical transport): dispatchers, schedulers,
billing, the driver supervisor, fleet/safety, the owner and drivers (PHI and not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, ics, pdf, png, xlsx, zipped
from _spec import BLT, Att, Spec, d

ROSA = f"Rosa Jimenez <dispatch@{BLT}>"
KEVIN = f"Kevin Tran <ktran@{BLT}>"
MARCUS = f"Marcus Bell <mbell@{BLT}>"
ANITA = f"Anita Desai <billing@{BLT}>"
SHANE = f"Shane O'Rourke <sorourke@{BLT}>"
LINDA = f"Linda Kowal <linda@{BLT}>"
EDDIE = f"Eddie Marsh <fleet@{BLT}>"
SCHED = f"BlueLine Scheduling <rides@{BLT}>"

SIG_KEVIN = d("""
    Kevin Tran | Scheduling Lead
    BlueLine Medical Transportation | 612-555-0410 (24/7 dispatch 612-555-0400)
    """)

MANIFEST_CSV = d("""
    run,pickup_time,rider,phone,pickup_address,destination,appt,mobility,notes
    V7-01,05:40,Wilfredo Cruz,612-555-0231,"3318 Bloomington Ave, Mpls",Riverbend Dialysis,06:15,Ambulatory,M/W/F standing
    V7-02,06:10,Evelyn Strand,763-555-0175,"901 Xerxes Ave N #204, Mpls",Riverbend Dialysis,06:45,Wheelchair,daughter meets at door
    V7-03,08:15,Hassan Abdi,612-555-0266,"2400 Cedar Ave #1107, Mpls",Mercy Valley Cancer Ctr - infusion,09:00,Ambulatory,chemo - may be nauseated on return
    V7-04,10:30,Gladys Pennington,952-555-0119,"45 Oak Terrace, Richfield",Lakeshore Wound Clinic,11:00,Walker,needs arm assist
    V7-05,13:00,Wilfredo Cruz,612-555-0231,Riverbend Dialysis,"3318 Bloomington Ave, Mpls",--,Ambulatory,return
    """)

X12_NEMT = (
    "ISA*00*          *00*          *ZZ*BLUELINEMT     *ZZ*MEDROUTE       *261112*1730*^*00501*"
    "000000512*0*P*:~\n"
    "GS*HC*BLUELINEMT*MEDROUTE*20261112*1730*512*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*BL512*20261112*1730*CH~\n"
    "NM1*85*2*BLUELINE MEDICAL TRANSPORTATION*****XX*1451839991~\n"
    "HL*2*1*22*0~\nSBR*P*18*******MC~\n"
    "NM1*IL*1*CRUZ*WILFREDO****MI*MA07731942~\nDMG*D8*19580611*M~\n"
    "CLM*BL-T88120*86.40***99:B:1*Y*A*Y*Y~\nHI*ABK:N186~\n"
    "LX*1~\nSV1*HC:A0130*40.00*UN*1***1~\nDTP*472*D8*20261111~\n"
    "LX*2~\nSV1*HC:S0209*46.40*UN*16***1~\nDTP*472*D8*20261111~\n"
    "HL*3*1*22*0~\nSBR*P*18*******MC~\n"
    "NM1*IL*1*ABDI*HASSAN****MI*MA08820417~\nDMG*D8*19660302*M~\n"
    "CLM*BL-T88131*52.10***99:B:1*Y*A*Y*Y~\nHI*ABK:C189~\n"
    "LX*1~\nSV1*HC:A0100*35.00*UN*1***1~\nDTP*472*D8*20261111~\n"
    "SE*24*0001~\nGE*1*512~\nIEA*1*000000512~\n"
)

NOSHOW_XLSX = xlsx(
    {
        "No-shows Oct": [
            ["Trip ID", "Date", "Member ID", "Member", "Dest type", "Reason"],
            ["T87011", "10/03/2026", "MA07731942", "CRUZ W", "Dialysis", "Hospitalized"],
            ["T87254", "10/08/2026", "MA06618830", "TOLLEFSON R", "Behavioral health", "Not home"],
            ["T87530", "10/15/2026", "MA08820417", "ABDI H", "Oncology infusion", "Too sick to travel"],
            ["T87902", "10/24/2026", "MA05512276", "RIVERA-COLON L", "Methadone clinic", "Refused at door"],
        ],
        "Late cancels": [
            ["Trip ID", "Date", "Member ID", "Dest type", "Minutes before"],
            ["T87100", "10/05/2026", "MA04471885", "Dialysis", 20],
            ["T87622", "10/19/2026", "MA06618830", "Behavioral health", 35],
        ],
    }
)

PCS_DOCX = docx(
    [
        "PHYSICIAN CERTIFICATION STATEMENT - NON-EMERGENCY STRETCHER TRANSPORT",
        "Patient: Oluwaseun Oduya   DOB 05/19/1949   Medicare MBI: 6V06CH7GT55",
        "Transport: St. Luke's Westlake (Rm 412) to home, 88 Quarry Rd, Burnsville MN",
        "Date: 11/12/2026",
        "Medical necessity: s/p left hip hemiarthroplasty 11/06, non-weight-bearing, unable to "
        "sit upright > 15 minutes; requires stretcher.",
        "Certifying clinician: Dr. Rebecca Holm, NPI 1756541144",
    ]
)

AUTH_PDF = pdf(
    [
        "BLUELINE MEDICAL TRANSPORTATION - PRIOR AUTHORIZATION REQUEST",
        "To: NorthStar Health Plan (Medicare Advantage) - Transportation Benefit",
        "",
        "Member: Beatrice Sandoval      DOB: 12/03/1944",
        "MBI: 3FT7JY4QR59               Plan ID: NSH-MA-20566107",
        "Requested: stretcher van, round trip, 3x weekly x 6 weeks",
        "From: 1420 Portland Ave Apt 3, St Paul MN  To: Riverbend Dialysis - East",
        "Dx: ESRD on hemodialysis (N18.6); bilateral BKA (Z89.512, Z89.511)",
        "Ordering: Dr. Chukwuma Eze, nephrology",
    ],
    "Prior Auth - Sandoval",
)

TRIP_ZIP = zipped(
    {
        "trips_2026-10_member_MA07731942.csv": d("""
            trip_id,date,member,pickup,dropoff,miles,driver,signature
            T87002,2026-10-02,Wilfredo Cruz,3318 Bloomington Ave,Riverbend Dialysis,2.4,D. Haile,Y
            T87003,2026-10-02,Wilfredo Cruz,Riverbend Dialysis,3318 Bloomington Ave,2.4,D. Haile,Y
            T87011,2026-10-03,Wilfredo Cruz,--,--,0,--,NO-SHOW (hospitalized)
            """),
        "README.txt": "Trip logs requested for audit case MR-AUD-2211. Signatures on file.\n",
    }
)

DRIVER_XLSX = xlsx(
    {
        "Week 47": [
            ["Driver", "Mon", "Tue", "Wed", "Thu", "Fri", "Van"],
            ["D. Haile", "5a-1p", "5a-1p", "5a-1p", "off", "5a-1p", "V7"],
            ["T. Russo", "6a-2p", "6a-2p", "off", "6a-2p", "6a-2p", "V9"],
            ["C. Mendoza", "off", "11a-7p", "11a-7p", "11a-7p", "11a-7p", "V14 (stretcher)"],
        ],
        "Week 48 (Thanksgiving)": [
            ["Driver", "Mon", "Tue", "Wed", "Thu", "Fri", "Van"],
            ["D. Haile", "5a-1p", "5a-1p", "5a-1p", "dialysis only 5a-11a", "off", "V7"],
            ["T. Russo", "6a-2p", "off", "6a-2p", "off", "6a-2p", "V9"],
        ],
    }
)

DRIVER_ROSTER_CSV = d("""
    driver,hire_date,mn_license,license_exp,cpr_exp,pass_cert_exp,mvr_check
    Dawit Haile,2021-04-12,K-552-118-904-337,2028-09-30,2027-03-01,2027-06-15,2026-10-01
    Tony Russo,2019-08-05,R-200-655-871-402,2027-11-18,2026-12-20,2027-02-10,2026-10-01
    Carla Mendoza,2024-02-19,M-530-448-112-905,2029-05-07,2027-08-14,2027-09-01,2026-10-01
    """)

RATE_PDF = pdf(
    [
        "BLUELINE MEDICAL TRANSPORTATION - PRIVATE PAY RATES 2027",
        "",
        "Ambulatory sedan:       $35 base + $2.50/mile",
        "Wheelchair van:         $45 base + $3.00/mile",
        "Stretcher van (2 crew): $120 base + $4.00/mile",
        "Bariatric wheelchair:   $85 base + $3.50/mile",
        "Wait time after 15 min: $30/hour",
        "Facility accounts invoiced monthly, net 30.",
    ],
    "Rates 2027",
)

CHAIR_PNG = png(6, 6, (20, 20, 20))
APP_PNG = png(7, 4, (240, 240, 240))

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="ride_confirmation_dialysis",
        notes="Hard positive: Ride confirmation to a rider's gmail: name, home address, dialysis appointment "
        "times.",
        frm=SCHED,
        to="wilfredo.cruz58@gmail.com",
        subject="Ride confirmed - Tue Nov 10",
        body=d("""
            Hi Wilfredo,

            Your ride is confirmed:
              Pickup: Tue 11/10 at 5:40 AM, 3318 Bloomington Ave
              To: Riverbend Dialysis (chair time 6:15)
              Return: will-call, about 10:15 AM
            Driver will call when 5 minutes away. Reply C to cancel at least 2 hours ahead.

            BlueLine Scheduling
            """),
    ),
    Spec(
        phi=True,
        category="driver_manifest_csv",
        notes="Tomorrow's run manifest CSV for a driver: rider names, phones, home addresses, "
        "dialysis/chemo/wound clinic destinations.",
        frm=ROSA,
        to=f"Dawit Haile <dhaile@{BLT}>",
        subject="V7 tomorrow",
        body="Dawit here's V7 for tomorrow. Mrs. Strand is back in the chair, not walker. Call "
        "me if Cruz isn't out front by 5:45.",
        atts=(Att("V7_manifest_1111.csv", "text/csv", MANIFEST_CSV),),
    ),
    Spec(
        phi=True,
        category="broker_837p_x12",
        notes="837P to the Medicaid NEMT broker: member names, Medicaid IDs, DOBs, ESRD and "
        "colon cancer dx codes.",
        frm=ANITA,
        to="claims-edi@medroutebroker.com",
        subject="BlueLine 837 batch 512",
        body="Batch 512 for 11/11 trips. 2 claims.\n\nAnita Desai\nBilling, BlueLine Medical "
        "Transportation",
        atts=(Att("BL_837P_512.x12", "application/edi-x12", X12_NEMT),),
    ),
    Spec(
        phi=True,
        category="broker_incident_report",
        notes="Incident report to the broker: member name and ID, fall exiting the van at the "
        "dialysis unit.",
        frm=MARCUS,
        to="Quality <quality@medroutebroker.com>",
        subject="Incident report - trip T88204",
        body=d("""
            Incident report, trip T88204, 11/10/2026 06:52.
            Member: Gladys Pennington, Medicaid ID MA05990314.
            While exiting the van at Riverbend Dialysis the member lost her footing on the step
            and sat down hard on the running board. Driver (T. Russo) assisted, no visible
            injury, member declined EMS. Dialysis charge nurse notified and assessed her before
            treatment. Driver retrained on step stool use.

            Marcus Bell, Driver Supervisor
            """),
    ),
    Spec(
        phi=True,
        category="noshow_xlsx_member_ids",
        notes="Hard positive: no-show workbook for the broker with member IDs, abbreviated names "
        "and destination types (dialysis, methadone, behavioral health).",
        frm=SHANE,
        to="Network Mgmt <network@medroutebroker.com>",
        subject="Oct no-show / late cancel report",
        body="October no-show and late cancel report attached per contract section 7.3.",
        atts=(Att("BlueLine_noshows_Oct2026.xlsx", XLSX, NOSHOW_XLSX),),
    ),
    Spec(
        phi=True,
        category="dispatch_text_oxygen",
        notes="Hard positive: texting-style dispatcher note naming a rider, his new oxygen "
        "prescription and home apartment.",
        frm=ROSA,
        to=f"Tony Russo <trusso@{BLT}>",
        subject="abernathy",
        body="tony heads up mr abernathy is on O2 now 2L, bring the portable tank holder. 9:40 "
        "pickup oak terrace apt 3B, going to pulm rehab",
    ),
    Spec(
        phi=True,
        category="dialysis_center_schedule_change",
        notes="Hard positive: Schedule change to a dialysis center about a named rider's chair time.",
        frm=KEVIN,
        to="Front Desk <frontdesk@riverbenddialysis.com>",
        subject="Wilfredo Cruz - chair time",
        body="Hi Janelle, confirming Wilfredo Cruz moves to 11:30 chair M/W/F starting 11/16. "
        "We'll pick him up 10:50 and set return as will-call.\n\n" + SIG_KEVIN,
    ),
    Spec(
        phi=True,
        category="caregiver_thread_stretcher",
        notes="Reply to a rider's daughter at hotmail quoting her message: mother's hip surgery "
        "and stretcher need.",
        frm=KEVIN,
        to="Karin Strand-Olsen <karin.so@hotmail.com>",
        subject="RE: Mom's ride Thursday",
        body=d("""
            Hi Karin, no problem, I changed Thursday to a stretcher van and added a second crew
            member. Pickup 9:15 at Evelyn's place, back home after her follow-up with Dr. Holm.

            Kevin

            > From: Karin Strand-Olsen
            > Sent: Monday, November 9, 2026 8:02 PM
            > Mom (Evelyn Strand) had her hip surgery last week and can't sit in the wheelchair
            > yet. Can Thursday's ride to the ortho follow-up be a stretcher? Thanks, Karin
            """),
    ),
    Spec(
        phi=True,
        category="radiation_rides_ics",
        notes="Recurring calendar invite to a rider's icloud for daily rides to radiation "
        "treatment.",
        frm=SCHED,
        to="hassan.abdi66@icloud.com",
        subject="Your rides to radiation - Mon-Fri",
        body="Hassan, here are your rides as a calendar series so you get reminders.",
        ics=ics(
            "blt-series-abdi-rt",
            "BlueLine ride - Mercy Valley Cancer Center, radiation therapy",
            "20261116T073000",
            "20261116T083000",
            f"rides@{BLT}",
            ("hassan.abdi66@icloud.com",),
            "Pickup: 2400 Cedar Ave #1107",
            "Daily radiation x 5 weeks. Driver calls 5 min out.",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=25",
        ),
    ),
    Spec(
        phi=True,
        category="prior_auth_pdf_mbi",
        notes="Prior authorization PDF to a Medicare Advantage plan: member name, DOB, MBI, "
        "address, ESRD and amputations.",
        frm=ANITA,
        to="transport-auth@northstarhealthplan.com",
        subject="Prior auth request - stretcher, dialysis",
        body="Please see the attached prior auth request. PCS signed by nephrology to follow "
        "by fax.",
        atts=(Att("PA_request_111026.pdf", "application/pdf", AUTH_PDF),),
    ),
    Spec(
        phi=True,
        category="subject_only_refusal",
        notes="Hard positive: subject-only note of a rider refusing the chemo return ride.",
        frm=f"Dawit Haile <dhaile@{BLT}>",
        to=ROSA,
        subject="pt refused ride - Gomez 11/11 4pm chemo return, said son is coming",
        body="",
    ),
    Spec(
        phi=True,
        category="filename_png_bariatric",
        notes="Hard positive: rider's name only in the photo file name; body says bariatric "
        "chair for the van.",
        frm=KEVIN,
        to=EDDIE,
        subject="will this fit V14?",
        body="photo of her chair for her dialysis runs starting mon. its a bariatric, 30in wide. "
        "does it clear the V14 lift?",
        atts=(Att("wheelchair_RosaLopez_bariatric.png", "image/png", CHAIR_PNG),),
    ),
    Spec(
        phi=True,
        category="complaint_reply_son",
        notes="Apology to a rider's son at yahoo about a late pickup from his father's "
        "cardiology appointment.",
        frm=SHANE,
        to="daniel.kim.mn@yahoo.com",
        subject="RE: late pickup 11/4",
        body=d("""
            Mr. Kim,

            I'm sorry your father, Mr. Joon-ho Kim, waited 70 minutes after his cardiology
            appointment at Lakeshore Heart on 11/4. The van ahead of him had a flat and dispatch
            didn't call you, which is on us. I've credited that trip and set his Thursday stress test ride with a 10
            minute earlier pickup.

            Shane O'Rourke, Operations Manager
            """),
    ),
    Spec(
        phi=True,
        category="driver_notes_txt",
        notes="Driver notes TXT about riders: names, seizure on board, insulin, wound dressing.",
        frm=MARCUS,
        to=SHANE,
        subject="driver notes 11/10",
        body="Notes from yesterday's debrief attached, mainly the seizure on V9.",
        atts=(
            Att(
                "driver_notes_1110.txt",
                "text/plain",
                d("""
                    11/10 debrief - V9 (T. Russo)
                    - Rider Rachel Tollefson had a seizure ~2 min on 35W going to her
                      psychiatry appt. Tony pulled over, called 911, EMS took her to Mercy ED.
                    - Rider Lamar Greene asked to stop for juice, sugar low (insulin). Given juice.
                    V7 (D. Haile)
                    - Gladys Pennington's leg dressing was soaked through, told dialysis RN.
                    """),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="discharge_ride_html_table",
        notes="HTML table to a hospital discharge planner: room, patient name, stretcher, home "
        "address, hip surgery.",
        frm=KEVIN,
        to="Discharge Planning 4N <dcplanning4n@stlukeswestlake.org>",
        subject="discharge rides booked today",
        body="Booked, see below.",
        html=d("""
            <p>Booked, see below.</p>
            <table border="1" cellpadding="3">
            <tr><th>Rm</th><th>Patient</th><th>Level</th><th>Pickup</th><th>To</th></tr>
            <tr><td>412</td><td>Oluwaseun Oduya</td><td>Stretcher (hip, NWB)</td><td>2:00 PM</td>
            <td>88 Quarry Rd, Burnsville</td></tr>
            <tr><td>419</td><td>Margit Ek</td><td>Wheelchair</td><td>3:30 PM</td>
            <td>Sunrise Assisted Living, Apple Valley</td></tr>
            </table>
            <p>PCS for 412 please, Medicare.</p>
            """),
    ),
    Spec(
        phi=True,
        category="pcs_docx_mbi",
        notes="Physician certification statement DOCX: patient name, DOB, MBI, room, hip "
        "surgery, clinician NPI.",
        frm=ANITA,
        to="Rebecca Holm MD <rholm@stlukeswestlake.org>",
        subject="PCS for signature - rm 412",
        body="Dr. Holm, PCS for today's stretcher discharge attached. Please sign and fax back "
        "to 612-555-0409 so we can bill Medicare. Thank you!",
        atts=(Att("PCS_Oduya_111226.docx", DOCX, PCS_DOCX),),
    ),
    Spec(
        phi=True,
        category="private_pay_invoice_aol",
        notes="Private-pay invoice to a rider at aol.com: trips to physical therapy.",
        frm=ANITA,
        to="jhalvorsen41@aol.com",
        subject="BlueLine invoice 26-3318",
        body=d("""
            Dear Mr. Halvorsen,

            Invoice 26-3318 for your October wheelchair rides:
              10/06, 10/13, 10/20, 10/27  Home <-> Twin Cities PT (knee rehab)
              4 round trips x $98.00 = $392.00
            Paid 10/06: -$98.00.  Balance $294.00.
            Pay by phone 612-555-0412 or mail a check.

            Anita, BlueLine Billing
            """),
    ),
    Spec(
        phi=True,
        category="audit_trip_zip",
        notes="Hard positive: Zip of a member's trip log for a payer audit: name, home address, dialysis "
        "trips, hospitalization.",
        frm=ANITA,
        to="Audit <programintegrity@medroutebroker.com>",
        subject="Audit MR-AUD-2211 - trip logs",
        body="Trip logs for the member in MR-AUD-2211 attached as requested.",
        atts=(Att("MR-AUD-2211.zip", "application/zip", TRIP_ZIP),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="fleet_vin_brakes",
        notes="Hard negative: van maintenance request with VIN and plate (vehicle identifiers, "
        "no rider).",
        frm=EDDIE,
        to="service@southsidefleetrepair.com",
        subject="V14 brakes + lift inspection",
        body="Bringing V14 Monday 7am. 2022 Ford Transit, VIN 1FTBW3XM5NKA41872, plate "
        "MN HWC-4418. Front pads grinding, annual lift inspection due, check engine on "
        "(P0420). Need it back by Wed, it's our only stretcher van.\n\nEddie",
    ),
    Spec(
        phi=False,
        category="coi_request",
        notes="Certificate of insurance request to the insurance agent.",
        frm=LINDA,
        to="Renee Park <rpark@metroinsuranceagency.com>",
        subject="COI for St. Luke's",
        body="Renee, St. Luke's Westlake needs a certificate of insurance naming them as "
        "additional insured, auto liability $1M/$3M and GL. Can you send by Friday?\n\nLinda",
    ),
    Spec(
        phi=False,
        category="driver_job_posting",
        notes="Driver job posting.",
        frm=f"BlueLine Hiring <jobs@{BLT}>",
        to="postings@indeedemployers-mail.com",
        subject="Post: Wheelchair Van Driver - full time",
        body="Wheelchair Van Driver (FT, Minneapolis). Clean MVR, 21+, pass background and "
        "drug test, we train PASS and CPR. $20-23/hr + tips, early shifts 5a-1p. Apply at "
        "bluelinemedtrans.com/jobs.",
    ),
    Spec(
        phi=False,
        category="driver_schedule_xlsx",
        notes="Driver schedule workbook (two weeks, driver names, vans).",
        frm=ROSA,
        to=f"Drivers <drivers@{BLT}>",
        subject="schedule wk 47 + Thanksgiving wk",
        body="Schedules attached. Thanksgiving is dialysis-only in the morning, volunteers get "
        "time and a half.",
        atts=(Att("Driver_Schedule_W47-48.xlsx", XLSX, DRIVER_XLSX),),
    ),
    Spec(
        phi=False,
        category="securement_training_ics",
        notes="Calendar invite for wheelchair securement training.",
        frm=MARCUS,
        to=f"Drivers <drivers@{BLT}>",
        subject="Invitation: Wheelchair securement refresher (mandatory)",
        body="Mandatory for all drivers, paid. Bring your badge.",
        ics=ics(
            "blt-train-20261121",
            "Wheelchair securement & lift safety refresher",
            "20261121T090000",
            "20261121T110000",
            f"mbell@{BLT}",
            (f"drivers@{BLT}",),
            "BlueLine garage, 2710 Minnehaha Ave",
        ),
    ),
    Spec(
        phi=False,
        category="broker_monthly_aggregate",
        notes="Hard negative: monthly aggregate performance for the broker (trip counts, dialysis "
        "share, on-time rate).",
        frm=SHANE,
        to="Network Mgmt <network@medroutebroker.com>",
        subject="October performance summary",
        body=d("""
            October 2026, BlueLine (provider 4471):
              Trips completed 3,118 (dialysis 62%, oncology 9%, behavioral health 7%, other 22%)
              On-time pickup 94.2% (goal 92%)
              Member no-shows 41, complaints 3 (all closed), incidents 1 (no injury)
            Thanks, Shane
            """),
    ),
    Spec(
        phi=False,
        category="auto_claim_ssn_shaped",
        notes="Hard negative: auto insurance claim for a van fender-bender; claim number is "
        "SSN-shaped and no rider was on board.",
        frm=LINDA,
        to="claims@heartlandautoins.com",
        subject="Claim 301-44-5820 - V9 rear bumper",
        body="Claim 301-44-5820: V9 was rear-ended at the light on Lake St 11/9, empty, driver "
        "ok. Photos and the other driver's info are in the portal. Body shop estimate $2,340.",
    ),
    Spec(
        phi=False,
        category="driver_drug_policy",
        notes="Hard negative: driver drug and alcohol testing policy reminder (workforce policy, "
        "no individual).",
        frm=LINDA,
        to=f"All Staff <staff@{BLT}>",
        subject="Reminder: drug & alcohol policy + random testing",
        body="Reminder that all drivers are in the random pool (25% drug / 10% alcohol per "
        "year). If you're selected, go to Summit Ridge Elm St within 2 hours. Prescription meds "
        "that cause drowsiness (opioids, muscle relaxers, some allergy meds) - tell Marcus "
        "before your shift. Full policy on the wall by the time clock.",
    ),
    Spec(
        phi=False,
        category="driver_roster_license_csv",
        notes="Hard negative: driver credential roster with driver's license numbers and "
        "expirations for the broker (staff, not patients).",
        frm=MARCUS,
        to="Credentialing <credentialing@medroutebroker.com>",
        subject="updated driver roster",
        body="Updated roster attached, Carla's CPR renewed. Tony's CPR expires 12/20, class "
        "booked.",
        atts=(Att("BlueLine_driver_roster_Nov.csv", "text/csv", DRIVER_ROSTER_CSV),),
    ),
    Spec(
        phi=False,
        category="routing_software_ticket_png",
        notes="Support ticket to the routing software vendor with a screenshot; no rider data.",
        frm=ROSA,
        to="support@tripmasterpro.com",
        subject="sync error on tablets since update",
        body="Since last night's update driver tablets show 'Manifest sync failed (code 17)' "
        "and won't pull runs. Screenshot attached. Account BLUELINE-MN. We are on paper right "
        "now, please call 612-555-0400.",
        atts=(Att("sync_error.png", "image/png", APP_PNG),),
    ),
    Spec(
        phi=False,
        category="test_trip_training",
        notes="Hard negative: dispatcher training with an obviously fake test rider and dialysis "
        "trip.",
        frm=KEVIN,
        to=f"Dispatch Trainees <dispatchtrain@{BLT}>",
        subject="practice trip",
        body="Book this in the TRAINING tenant only: rider TEST RIDER (DO NOT DISPATCH), 100 "
        "Test St, to Riverbend Dialysis, chair 06:15, wheelchair. Then cancel it with reason "
        "'training'. If it shows up on a real manifest, tell me right away.",
    ),
    Spec(
        phi=False,
        category="rate_sheet_pdf",
        notes="Private-pay rate sheet PDF to a senior living community.",
        frm=LINDA,
        to="Tamara Wills <twills@sunriseapplevalley.com>",
        subject="BlueLine rates for your residents",
        body="Hi Tamara, great meeting you at the expo. Our 2027 private pay rates are attached; "
        "facility accounts get monthly invoicing. Happy to do a lunch-and-learn for residents.\n"
        "\nLinda Kowal, Owner",
        atts=(Att("BlueLine_Rates_2027.pdf", "application/pdf", RATE_PDF),),
    ),
    Spec(
        phi=False,
        category="holiday_schedule_partners",
        notes="Hard negative: holiday service notice to partner facilities mentioning dialysis "
        "and chemo rides generally.",
        frm=SCHED,
        to="Facility Partners <partners@lists.bluelinemedtrans.com>",
        subject="Thanksgiving schedule",
        body="Thanksgiving Day (11/26): we run dialysis and oncology rides only, 5 AM-1 PM. "
        "Routine appointments resume Friday. Please book Friday discharges by Wednesday noon. "
        "Dispatch is 24/7 at 612-555-0400.",
    ),
    Spec(
        phi=False,
        category="rfp_forward_thread",
        notes="Forwarded county RFP Q&A thread (message/rfc822).",
        frm=LINDA,
        to=SHANE,
        subject="Fwd: Hennepin County NEMT RFP - addendum 2",
        body="Shane - read the Q&A, they want GPS pings every 60 sec now. Can Tripmaster do "
        "that? Due 12/4.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Procurement <procurement@hennepin-county-purchasing.org>",
            to="vendors-list@hennepin-county-purchasing.org",
            subject="RFP 26-118 NEMT Services - Addendum 2",
            body="Q: Is real-time GPS required? A: Yes, location every 60 seconds during "
            "active trips.\nQ: Minimum fleet? A: 10 wheelchair-accessible vehicles.\nQ: "
            "Insurance? A: $1M per occurrence auto liability.",
        ),
    ),
    Spec(
        phi=False,
        category="accountant_pnl",
        notes="Owner to accountant about P&L and payroll.",
        frm=LINDA,
        to="Gary Feldman CPA <garyfeldmancpa@gmail.com>",
        subject="Oct P&L questions",
        body="Gary - Oct P&L: fuel $18,420 (up 11%), payroll $96,300 incl. holiday bonus "
        "accrual, broker revenue $214,880. Can we talk about buying vs leasing two vans before "
        "year end? Thursday?\n\nLinda",
    ),
    Spec(
        phi=False,
        category="partner_newsletter_html",
        notes="HTML-only thank-you newsletter to partner facilities.",
        frm=LINDA,
        to="Facility Partners <partners@lists.bluelinemedtrans.com>",
        subject="Thank you from BlueLine",
        body="",
        html="<html><body><h2>Thank you, partners!</h2><p>This year our 24 drivers completed "
        "more than 36,000 rides. We added a second stretcher van and now serve Dakota County. "
        "Happy Thanksgiving from all of us at BlueLine.</p><p><a href='https://"
        "bluelinemedtrans.com'>bluelinemedtrans.com</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="drivers_group_text",
        notes="Texting-style note to drivers about a van left without fuel.",
        frm=EDDIE,
        to=f"Drivers <drivers@{BLT}>",
        subject="van 9",
        body="whoever had V9 last nite left it on E. fuel card is in the visor. dont make me "
        "check the GPS",
    ),
    Spec(
        phi=False,
        category="broker_rate_amendment_hcpcs",
        notes="Hard negative: rate amendment with HCPCS trip codes and per-mile rates that reads "
        "like claim lines, but names no member.",
        frm=LINDA,
        to="Contracts <contracts@medroutebroker.com>",
        subject="RE: 2027 rate amendment - BlueLine (provider 4471)",
        body=d("""
            Hi Joanne,

            We accept the 2027 amendment as drafted except line 3:
              A0100  ambulatory base        $35.00   ok
              A0130  wheelchair van base    $40.00   ok
              T2005  stretcher van base    $105.00   we need $120.00 (2-person crew)
              S0209  wheelchair mileage      $2.90   ok
              T2049  stretcher mileage       $3.60   ok
            Signed copy back once T2005 is fixed.

            Linda Kowal, Owner
            > Please review the attached amendment and return by 11/20. - Joanne, MedRoute
            """),
    ),
]
