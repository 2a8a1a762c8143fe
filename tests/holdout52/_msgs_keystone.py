"""Keystone Ride Connect, Medicaid non-emergency medical transportation broker (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import KRC, Att, Spec

OPS = f"Keystone Ride Connect Operations <operations@{KRC}>"
RES = f"Keystone Reservations <reservations@{KRC}>"

_270 = (
    "ISA*00*          *00*          *ZZ*KEYSTONERIDE   *ZZ*PADHSMMIS      *260316*0805*^*00501*000052700*0*P*:~"
    "GS*HS*KEYSTONERIDE*PADHSMMIS*20260316*0805*52700*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*KRC52700*20260316*0805~"
    "HL*1**20*1~NM1*PR*2*PA MEDICAL ASSISTANCE*****PI*PAMA~"
    "HL*2*1*21*1~NM1*1P*2*KEYSTONE RIDE CONNECT*****XX*1182328397~"
    "HL*3*2*22*0~TRN*1*KRC-88102*9KEYSTONE~NM1*IL*1*BOATENG*KWAME****MI*7710448321~DMG*D8*19890417~DTP*291*D8*20260318~EQ*56~"
    "HL*4*2*22*0~TRN*1*KRC-88103*9KEYSTONE~NM1*IL*1*SZABO*ILONA****MI*7710392216~DMG*D8*19440728~DTP*291*D8*20260318~EQ*56~"
    "SE*14*0001~GE*1*52700~IEA*1*000052700~"
)

_271_SPEC = (
    "ISA*00*          *00*          *ZZ*PADHSMMIS      *ZZ*KEYSTONERIDE   *260301*0000*^*00501*000000000*0*T*:~"
    "GS*HB*PADHSMMIS*KEYSTONERIDE*20260301*0000*0*X*005010X279A1~"
    "ST*271*0001*005010X279A1~BHT*0022*11*SAMPLE*20260301*0000~"
    "HL*3*2*22*0~NM1*IL*1*SAMPLE*MEMBER****MI*0000000000~EB*1**56~"
    "SE*6*0001~GE*1*0~IEA*1*000000000~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="X12 270 eligibility batch to state MMIS",
        notes="Hard positive: X12 270 attachment holds member names, Medicaid IDs and DOBs for transport eligibility; body is a batch number.",
        frm="Keystone EDI <edi@keystoneride.com>",
        to="mmis-edi@padhs-example.gov",
        subject="270 batch 52700",
        body="270 batch 52700 attached for manual processing (SFTP outage ticket INC-33107).",
        atts=(Att("KRC_270_52700.x12", "application/edi-x12", _270),),
    ),
    Spec(
        phi=False,
        category="X12 271 companion guide sample",
        notes="Hard negative: sample 271 with SAMPLE MEMBER and zero IDs from a companion guide, sent to a software developer.",
        frm="Keystone EDI <edi@keystoneride.com>",
        to="dev@ridewiselogistics.com",
        subject="271 sample from the companion guide",
        body="This is the sample from the state companion guide, not real data. EB*1**56 means active for transportation.",
        atts=(Att("sample_271.x12", "application/edi-x12", _271_SPEC),),
    ),
    Spec(
        phi=True,
        category="trip confirmation to member personal email",
        notes="Trip confirmation to member's own mailbox with home pickup and dialysis destination.",
        frm=RES,
        to="kwame.boateng89@gmail.com",
        subject="Your ride is confirmed - Trip 88102",
        body="Hello Kwame Boateng,\n\nYour ride is confirmed.\nPickup: Wed 3/18 at 5:40 AM, 215 Locust St Apt 3, Harrisburg PA 17104\nTo: Riverbend Dialysis - Harrisburg (chair time 6:30 AM)\nReturn: will-call after treatment\nProvider: Capital Wheels, 717-555-0133\n\nTo cancel call 717-555-0100 at least 24 hours ahead.\n\nKeystone Ride Connect",
    ),
    Spec(
        phi=False,
        category="booking rules reply to building manager",
        notes="Hard negative: booking rules sent to a building manager's personal mailbox asking for residents in general; no member, trip or condition.",
        frm=RES,
        to="lmcfarland.home@yahoo.com",
        subject="Reminder: how to book rides",
        body="Hello Ms. McFarland,\n\nThank you for asking on behalf of the residents of your senior apartment building. Here is how booking works. Rides must be booked 2 business days ahead. You can bring one escort. Call 717-555-0100, Monday to Friday 7am-6pm.\n\nKeystone Ride Connect Member Services",
    ),
    Spec(
        phi=True,
        category="standing order roster to transport provider",
        notes="Multi-sheet workbook of members with addresses, chemo and dialysis standing rides sent to a subcontracted transport company.",
        frm=OPS,
        to="dispatch@capitalwheelspa.com",
        subject="Standing orders week of 3/23",
        body="Standing orders attached. Note the wheelchair lift requirement for Szabo.",
        atts=(
            Att(
                "standing_orders_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Dialysis": [
                            ["Member", "Medicaid ID", "Pickup", "Destination", "Days", "Mode"],
                            [
                                "Kwame Boateng",
                                "7710448321",
                                "215 Locust St Apt 3",
                                "Riverbend Dialysis",
                                "MWF 05:40",
                                "Ambulatory",
                            ],
                            [
                                "Ilona Szabo",
                                "7710392216",
                                "9 Walnut Ct",
                                "Riverbend Dialysis",
                                "TThS 10:15",
                                "Wheelchair",
                            ],
                        ],
                        "Oncology": [
                            ["Member", "Pickup", "Destination", "Dates"],
                            [
                                "Rosalind Pike",
                                "40 N 3rd St",
                                "Harrisburg Cancer Institute - infusion",
                                "3/24, 3/31",
                            ],
                        ],
                        "Notes": [["Member", "Note"], ["Ilona Szabo", "Oxygen 2L, lift van"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider performance scorecard",
        notes="Hard negative: multi-sheet scorecard of on-time rates and complaints per transport provider; aggregates only.",
        frm="Keystone Network Management <network@keystoneride.com>",
        to="owners@capitalwheelspa.com",
        subject="February scorecard",
        body="February scorecard attached. On-time pickup 88.1% vs 92% standard; corrective action plan due 3/31.",
        atts=(
            Att(
                "scorecard_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Value", "Standard"],
                            ["On-time pickup", 0.881, 0.92],
                            ["Missed trips", 14, 5],
                            ["Complaints per 1,000", 3.2, 2.0],
                        ],
                        "ByDay": [
                            ["Day", "Trips", "OnTime"],
                            ["Mon", 1210, 0.9],
                            ["Tue", 980, 0.87],
                            ["Wed", 1190, 0.86],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="complaint investigation with member details to provider",
        notes="Complaint investigation naming member, her chemotherapy appointment missed and phone to the transport company.",
        frm="Keystone Quality <quality@keystoneride.com>",
        to="compliance@capitalwheelspa.com",
        subject="Complaint QC-2026-0412 - response due in 5 days",
        body="Complaint QC-2026-0412\nMember: Rosalind Pike, 717-555-0146\nTrip 87755 on 03/10/2026, pickup 7:15 AM, to Harrisburg Cancer Institute\nAllegation: driver no-show; member missed her chemotherapy infusion and it was rescheduled a week later.\n\nPlease send GPS logs and driver statement within 5 business days.\n\nKeystone Quality",
    ),
    Spec(
        phi=False,
        category="complaint trends to state agency",
        notes="Aggregate complaint categories and counts to the state Medicaid agency; no members.",
        frm="Keystone Quality <quality@keystoneride.com>",
        to="nemt-oversight@padhs-example.gov",
        subject="Q4 complaint report",
        body="Q4 totals: 611 complaints on 241,880 trips (2.5 per 1,000). Late pickup 44%, no-show 21%, driver conduct 9%, vehicle condition 6%. All resolved within 30 days except 3.",
    ),
    Spec(
        phi=True,
        category="facility trip request with SSN for unenrolled member",
        notes="Hospital-discharge trip request reply containing patient name, SSN and discharge from behavioral health unit.",
        frm=RES,
        to="socialwork@harrisburgbhcenter.org",
        subject="RE: discharge ride request",
        body="Hi Tanya,\n\nWe can't find him in eligibility under the Medicaid ID you sent. We searched by name and SSN:\n\nDevon Albright, SSN 512-48-3307, DOB 12/02/1993\nDischarge from your inpatient psychiatric unit 3/18 at 1pm to Bethany House (recovery residence)\n\nCan you confirm the ID from his card? Once eligible we'll schedule.\n\nReservations",
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder to call center",
        notes="Hard negative: HIPAA training reminder that names trip purposes (dialysis, methadone, chemotherapy) as examples of PHI; no member.",
        frm="Keystone Compliance <compliance@keystoneride.com>",
        to="callcenter@keystoneride.com",
        subject="Annual HIPAA training due 3/31",
        body="Team,\n\nAnnual HIPAA training is due 3/31 in the LMS. Reminder of the verification rule: before discussing any trip, verify two identifiers (for example, Medicaid ID and date of birth). Never read a full SSN back to a caller. Trip purposes such as dialysis, methadone or chemotherapy are PHI and must not be left in voicemails.\n\nCompliance",
    ),
    Spec(
        phi=True,
        category="methadone clinic standing ride confirmation",
        notes="Hard positive: Part 2 content - daily rides to an opioid treatment program for a named member, to the OTP's counselor.",
        frm=OPS,
        to="counselor@susquehannaotp.org",
        subject="Daily rides set up",
        body="Hi Marcus,\n\nDaily rides for Brandon Keefer are set up Mon-Sat, pickup 6:50 AM at 1122 Derry St, to your clinic for dosing. Sunday is take-home so no ride. Standing order runs through 6/30.\n\nOperations",
    ),
    Spec(
        phi=False,
        category="network recruitment letter to transport company",
        notes="Recruitment letter inviting a transport company to join the network; no members.",
        frm="Keystone Network Management <network@keystoneride.com>",
        to="info@yorkcountyvans.com",
        subject="Join the Keystone Ride Connect network",
        body="We are expanding in York and Adams counties. Requirements: ADA wheelchair vans, driver background checks, $1M liability. Trip rates from $24.50 base. Reply to start credentialing.",
    ),
    Spec(
        phi=True,
        category="mileage reimbursement to member",
        notes="Mileage reimbursement notice to member's personal mailbox listing trips to named medical destinations.",
        frm="Keystone Mileage Reimbursement <mileage@keystoneride.com>",
        to="tcarrasco.family@outlook.com",
        subject="Mileage reimbursement approved",
        body="Dear Teresa Carrasco,\n\nYour reimbursement of $86.40 was approved for driving your son Mateo:\n- 03/02 Penn State Children's, pediatric neurology (epilepsy clinic) - 96 mi\n- 03/09 same, EEG - 96 mi\n\nPayment issues to your card ending 4421 within 7 days.",
    ),
    Spec(
        phi=False,
        category="mileage reimbursement form template",
        notes="Hard negative: blank mileage reimbursement DOCX with empty fields for member name, ID and medical appointment.",
        frm="Keystone Mileage Reimbursement <mileage@keystoneride.com>",
        to="frontdesk@midstatefqhc.org",
        subject="Updated mileage form for your lobby",
        body="New version attached; please discard the 2024 form.",
        atts=(
            Att(
                "mileage_form_2026.docx",
                DOCX,
                docx(
                    [
                        "Keystone Ride Connect - Mileage Reimbursement Request",
                        "Member name: ____________  Medicaid ID: ____________",
                        "Appointment date: ______  Provider name/address: ____________",
                        "Provider signature confirming attendance: ____________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="level of service change form to broker nurse",
        notes="DOCX physician certification of need for stretcher transport naming member with paraplegia and pressure ulcer.",
        frm="Keystone Clinical Review <clinicalreview@keystoneride.com>",
        to="nurse.reviewer@keystoneride-contractor.com",
        subject="PCS form for review",
        body="Please review the attached PCS for stretcher level. Due today.",
        atts=(
            Att(
                "PCS_Yoder.docx",
                DOCX,
                docx(
                    [
                        "Physician Certification Statement - Non-Emergency Stretcher",
                        "Member: Caleb Yoder, Medicaid ID 7710553902, DOB 08/14/1979",
                        "Condition: T6 paraplegia; stage 3 sacral pressure injury, cannot sit > 10 min",
                        "Certified by: Dr. Anneliese Brandt, PM&R, NPI: 1834780029",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="no-show report CSV to health plan",
        notes="CSV of member no-shows with Medicaid IDs and appointment types sent to an MCO care manager.",
        frm="Keystone Reporting <reporting@keystoneride.com>",
        to="caremgmt@capitalbluecaremcd-example.com",
        subject="Repeat no-shows for outreach",
        body="Members with 3+ no-shows in February for your care managers to contact.",
        atts=(
            Att(
                "noshows_feb.csv",
                "text/csv",
                "medicaid_id,member,appt_type,no_shows\r\n7710448321,Kwame Boateng,dialysis,4\r\n7710617720,Shauna Whitt,prenatal,3\r\n7710583341,Elias Novak,behavioral health,5\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="trip volume CSV by county",
        notes="Hard negative: CSV of trips by county and trip purpose category (dialysis, behavioral health) with counts only.",
        frm="Keystone Reporting <reporting@keystoneride.com>",
        to="nemt-oversight@padhs-example.gov",
        subject="February encounter volumes",
        body="County-level volumes attached.",
        atts=(
            Att(
                "volumes_feb.csv",
                "text/csv",
                "county,purpose,trips\r\nDauphin,dialysis,8120\r\nDauphin,behavioral health,3304\r\nYork,dialysis,6415\r\nYork,methadone/OTP,5980\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="incident report PDF to state",
        notes="PDF critical incident report naming member, seizure in vehicle and ER transport.",
        frm="Keystone Quality <quality@keystoneride.com>",
        to="incidents@padhs-example.gov",
        subject="Critical incident report CI-0317",
        body="Critical incident report attached within the 24-hour window.",
        atts=(
            Att(
                "CI-0317.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RIDE CONNECT - CRITICAL INCIDENT REPORT CI-0317",
                        "Member: Lionel Haskett   Medicaid ID: 7710604458   DOB: 03/03/1961",
                        "03/16/2026 14:22 during return trip from neurology clinic member had a tonic-clonic seizure.",
                        "Driver pulled over, called 911; EMS transported to Harrisburg Hospital ED.",
                        "Vehicle: Capital Wheels unit 14, plate PA ZKT-4412",
                    ],
                    "Critical incident",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="driver safety bulletin PDF",
        notes="Hard negative: driver bulletin on responding to seizures and diabetic emergencies in vehicles; no member.",
        frm="Keystone Network Management <network@keystoneride.com>",
        to="providers@keystoneride.com",
        subject="Driver safety bulletin: medical emergencies in the vehicle",
        body="Please post in your dispatch office and review at the next driver meeting.",
        atts=(
            Att(
                "safety_bulletin_03.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE RIDE CONNECT - DRIVER SAFETY BULLETIN 2026-03",
                        "Seizure: pull over safely, do not restrain, time it, call 911 if > 5 min.",
                        "Low blood sugar: offer juice if awake and able to swallow.",
                        "Always call dispatch after 911.",
                    ],
                    "Safety bulletin",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded member email about prenatal rides",
        notes="Hard positive: pregnancy and hypertension appear only in the forwarded member message (rfc822); outer body gives her member ID.",
        frm="Keystone Member Services <memberservices@keystoneride.com>",
        to="caremgmt@capitalbluecaremcd-example.com",
        subject="FW: rides for my appointments",
        body="Forwarding for your maternity care manager. Member ID 7710617720. She has asked for a car seat for post-delivery rides.",
        forward=Spec(
            phi=True,
            category="member email",
            notes="inner",
            frm="Shauna Whitt <shaunawhitt22@gmail.com>",
            to="memberservices@keystoneride.com",
            subject="rides for my appointments",
            body="Hi I'm 32 weeks pregnant and my OB wants me every week now because of high blood pressure. I missed 3 times because the van never came. I need rides Tuesdays to Women's Health at Pinnacle. Shauna Whitt",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded fuel surcharge announcement",
        notes="Forwarded state notice on fuel surcharges; no members.",
        frm="Keystone Finance <finance@keystoneride.com>",
        to="providers@keystoneride.com",
        subject="FW: Fuel surcharge extended",
        body="Good news for providers, see below.",
        forward=Spec(
            phi=False,
            category="state notice",
            notes="inner",
            frm="NEMT Program <nemt-program@padhs-example.gov>",
            to="finance@keystoneride.com",
            subject="Fuel adjustment extended through June",
            body="The $0.06/mile fuel adjustment is extended through June 30, 2026.",
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only trip reminder with destination",
        notes="Hard positive: HTML-only reminder to member's personal mailbox whose only health detail is the destination 'Mount Pleasant Behavioral Health'.",
        frm=RES,
        to="e.novak1987@gmail.com",
        subject="Ride reminder for tomorrow",
        body="",
        html="<html><body><p>Hi Elias,</p><p>Reminder: your ride tomorrow (Thu 3/19) picks you up at <b>8:10 AM</b> at 77 Cameron St for your appointment at <b>Mount Pleasant Behavioral Health, Intensive Outpatient Program</b>.</p><p>Keystone Ride Connect</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML service area expansion announcement",
        notes="HTML-only announcement of new service counties to community partners; no individual.",
        frm="Keystone Communications <communications@keystoneride.com>",
        to="community-partners@keystoneride.com",
        subject="Now serving Perry and Juniata counties",
        body="",
        html="<html><body><h2>Keystone Ride Connect is growing</h2><p>Starting April 1, Medicaid members in Perry and Juniata counties can book rides with us. Share our flyer with your clients.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="zip of trip logs for fraud investigation",
        notes="Zip of trip logs with member names and destinations sent to the state program integrity unit.",
        frm="Keystone Program Integrity <integrity@keystoneride.com>",
        to="mfcu-referrals@paoag-example.gov",
        subject="Referral PI-2026-019 supporting data",
        body="Trip logs for the provider under review. Several members' trips were billed on dates their dialysis centers show no treatment.",
        atts=(
            Att(
                "PI-2026-019.zip",
                "application/zip",
                zipped(
                    {
                        "trips.csv": "date,member,medicaid_id,destination,billed\r\n2026-01-06,Ilona Szabo,7710392216,Riverbend Dialysis,44.10\r\n2026-01-08,Ilona Szabo,7710392216,Riverbend Dialysis,44.10\r\n",
                        "readme.txt": "Provider: Quick Care Transit (suspended)\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of vehicle inspection results",
        notes="Zip of vehicle inspection checklists (plates of provider vans, no members).",
        frm="Keystone Network Management <network@keystoneride.com>",
        to="owners@capitalwheelspa.com",
        subject="Inspection results - 6 vehicles",
        body="Two vehicles failed (fire extinguisher expired, lift cycle count). Details attached.",
        atts=(
            Att(
                "inspections.zip",
                "application/zip",
                zipped(
                    {
                        "unit14.txt": "Unit 14 plate ZKT-4412: PASS\r\n",
                        "unit9.txt": "Unit 9 plate ZKR-1180: FAIL - extinguisher expired 01/2026\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="escort approval for minor's appointment",
        notes="Hard positive: father's first name, daughter's first name and 'chemo at Hershey' in a short approval to the father's personal mailbox.",
        frm=RES,
        to="tony.delvecchio@icloud.com",
        subject="RE: can I ride with her",
        body="Yes, Tony, you can ride along as Gianna's escort. Both of you are on the 3/20 trip to Hershey for her chemo, pickup 7:00 AM.",
    ),
    Spec(
        phi=False,
        category="grievance process explanation to advocate",
        notes="Hard negative: reply to an advocate's personal mailbox explaining the grievance process in general; no member, trip or condition.",
        frm="Keystone Member Services <memberservices@keystoneride.com>",
        to="advocate.jpark@gmail.com",
        subject="RE: grievance process question",
        body="Hi Ms. Park,\n\nThanks for asking on behalf of your clients. Members can file a grievance by phone, mail or online within 60 days. We respond within 30 days, and members may request a state fair hearing afterward. If you want us to look at a specific member's trip, that member will need to sign an authorization.\n\nMember Services",
    ),
    Spec(
        phi=True,
        category="call recording transcript excerpt to vendor",
        notes="Text transcript with caller's name, Medicaid ID and wound care appointment sent to QA vendor.",
        frm="Keystone Call Center <callcenter@keystoneride.com>",
        to="qa@callscoreanalytics.com",
        subject="Calls for March calibration",
        body="Transcript for calibration session attached.",
        atts=(
            Att(
                "call_0316_1422.txt",
                "text/plain",
                "AGENT: Keystone Ride Connect, this is Dana.\r\nCALLER: Hi, it's Walter Grimsby, my Medicaid number is 7710529914.\r\nAGENT: Thanks Mr. Grimsby. What's the appointment?\r\nCALLER: Wound care at Holy Spirit for my foot ulcer, Friday at 9.\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="call center script update",
        notes="Hard negative: script text with placeholders like [MEMBER NAME] and [APPOINTMENT]; no real member.",
        frm="Keystone Call Center <callcenter@keystoneride.com>",
        to="qa@callscoreanalytics.com",
        subject="Script v7 for scoring",
        body="Please score against v7 starting 3/23.",
        atts=(
            Att(
                "script_v7.txt",
                "text/plain",
                "Greeting: Keystone Ride Connect, this is [AGENT].\r\nVerify: May I have your Medicaid ID and date of birth?\r\nConfirm: I have you going to [APPOINTMENT] on [DATE], [MEMBER NAME].\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="appeal decision letter to member",
        notes="Denial upheld letter to member's personal mailbox citing out-of-network bariatric surgery consult.",
        frm="Keystone Appeals <appeals@keystoneride.com>",
        to="jolene.marcum@aol.com",
        subject="Decision on your appeal",
        body="Dear Jolene Marcum,\n\nWe reviewed your appeal of the denied trip on 3/12 to Philadelphia for a bariatric surgery consultation. The denial is upheld because the trip exceeds 60 miles and the same service is available in your county at Pinnacle Weight Management. You may request a fair hearing within 120 days.\n\nKeystone Appeals",
    ),
    Spec(
        phi=False,
        category="board meeting minutes",
        notes="Board minutes on budget and contract; no member information.",
        frm="Keystone Executive Office <exec@keystoneride.com>",
        to="board@keystoneride.com",
        subject="Draft minutes - March board meeting",
        body="Draft minutes:\n1. Q4 financials approved.\n2. CEO report: 241,880 trips, on-time 90.2%.\n3. Contract renewal with the state through 2029 approved.\n4. Next meeting May 12.",
    ),
    Spec(
        phi=True,
        category="trip schedule for hospice member to family",
        notes="Short reply to member's sister naming the member, his hospice status and stretcher ride home.",
        frm=OPS,
        to="patricia.lindgren@comcast.net",
        subject="Ride home Thursday",
        body="Ms. Lindgren,\n\nThe stretcher ride for your brother Arne Lindgren from Harrisburg Hospital to his home with hospice is booked for Thursday 3/19 at noon. Oxygen will be on board.\n\nOperations",
    ),
    Spec(
        phi=False,
        category="NPI roster of network providers",
        notes="Hard negative: roster of transport companies and physicians with NPIs for encounter data; no members.",
        frm="Keystone EDI <edi@keystoneride.com>",
        to="encounters@padhs-example.gov",
        subject="Provider roster update",
        body="Roster update for encounter validation:\n\nKeystone Ride Connect (broker) NPI: 1182328397\nCapital Wheels LLC NPI: 1754310104\nMedical director Dr. Anneliese Brandt, PM&R, NPI: 1834780029, DEA BB5697682\n",
    ),
    Spec(
        phi=False,
        category="driver job posting",
        notes="Hard negative: driver job posting mentioning dialysis and wheelchair passengers generically.",
        frm="Keystone HR <hr@keystoneride.com>",
        to="postings@centralpajobs.com",
        subject="Job posting: Community Transport Driver",
        body="Drive members to dialysis, chemotherapy and behavioral health appointments. Wheelchair securement training provided. CDL not required. $19-22/hr.",
    ),
    Spec(
        phi=False,
        category="calendar invite for provider training",
        notes="ICS invite for wheelchair securement training; no members.",
        frm="Keystone Network Management <network@keystoneride.com>",
        to="providers@keystoneride.com",
        subject="Wheelchair securement training",
        body="Mandatory for new drivers.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h52-wc-train@keystoneride.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260402T130000Z\r\nDTEND:20260402T160000Z\r\nSUMMARY:WC securement training\r\nLOCATION:Keystone Training Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="SSN-shaped invoice numbers to provider",
        notes="Hard negative: payment remittance listing invoice numbers in ###-##-#### format; no members.",
        frm="Keystone Finance <finance@keystoneride.com>",
        to="billing@capitalwheelspa.com",
        subject="Payment run 3/16",
        body="Paid invoices: 418-22-0917, 418-22-0918, 418-22-0921. Total $48,112.50 by ACH. Invoice 418-22-0920 held pending GPS data.",
    ),
    Spec(
        phi=True,
        category="late return ride notice to dialysis unit",
        notes="Hard positive: only a Medicaid ID in the subject plus a dialysis-unit return ride; identifier tied to treatment.",
        frm=OPS,
        to="charge.rn@riverbenddialysis.com",
        subject="7710392216 return ride",
        body="Return ride for member 7710392216 from your Harrisburg unit is running about 40 minutes late (lift van had a flat). New ETA 2:10 PM. Please let her wait in the lobby.\n\nKeystone Operations",
    ),
]
