"""Metro County EMS (metrocountyems.gov): run reports, billing, QA, mutual aid."""

# ruff: noqa: E501, RUF001
from __future__ import annotations

from _kit import CSV, HL7, PNG, TXT, X12, ZIP, ZW, Att, Spec, docx, pdf, png, xlsx

SIG_LUND = """Capt. Derrick Lund, NRP
EMS Quality Assurance Coordinator
Metro County EMS | 555-0105"""

SIG_ROSA = """Rosa Delacroix
Ambulance Billing Supervisor
Metro County EMS
P 555-0111 | F 555-0112"""

SIG_JANELLE = """Janelle Pruitt
Records Custodian, Metro County EMS
1500 Civic Center Dr, Millbrook IL 60536"""

SIG_HARWICK = """Ben Harwick
Deputy Chief of Operations
Metro County EMS"""

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="pcr_to_receiving_hospital",
        notes="Patient care report PDF sent to the receiving ED after the tablet failed to sync at handoff.",
        frm="Medic 7 Crew <medic7@metrocountyems.gov>",
        to="ED Records <edrecords@mercygeneral.org>",
        subject="PCR for 11/17 2214 arrival - tablet didn't sync",
        body="""Our tablet didn't push this one at handoff. PCR attached for the patient we brought to your bay 4 at 22:14 last night.

Medic 7 / B shift
""",
        atts=(
            pdf(
                "PCR_26-118802.pdf",
                [
                    "METRO COUNTY EMS - PATIENT CARE REPORT",
                    "Incident 26-118802   Unit: Medic 7   Date: 11/17/2026",
                    "Patient: Gerald Fairbanks   DOB 08/30/1949   Age 77 M",
                    "Address: 3320 Ridgeview Ter, Millbrook IL",
                    "CC: shortness of breath, 3 days worsening. Hx CHF, COPD, AFib on apixaban.",
                    "Vitals 21:52  BP 168/94  HR 112 irreg  RR 28  SpO2 84% RA -> 93% CPAP",
                    "Tx: CPAP 10 cmH2O, NTG 0.4 mg SL x3, 12-lead AFib RVR no STEMI",
                    "Transport to Mercy General, priority 2",
                    "Crew: P. Okeke NRP (lead), S. Marsh EMT",
                ],
                "Patient Care Report",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mutual_aid_qa_run_number",
        notes="Hard positive: QA note to a mutual-aid fire district identifies the patient only by run number, date, store location and age/sex; cardiac arrest care details.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Lt. Amy Castor <acastor@riverbendfire.gov>",
        subject="QA - run 26-118734 (your E-3 first on scene)",
        body=f"""Amy,

Nice work by E-3 on run 26-118734 Monday 11/16 - the arrest in the Route 9 Walmart pharmacy line. 67 y/o M, witnessed, bystander CPR, your crew had pads on in under 2 minutes, shock x2 before Medic 4 arrived. ROSC at 14 min. Mercy says he's extubated and talking.

Two QA items for the debrief: compression fraction dropped to 71% during the move to the cot, and the initial rhythm strip didn't make it into our upload. Can you send the LP15 code summary?

{SIG_LUND}
""",
    ),
    Spec(
        phi=True,
        category="ambulance_837_claim_to_vendor",
        notes="X12 837P ambulance claim file to the billing vendor with patient name, DOB, Medicare MBI, pick-up address and HCPCS codes.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Claims Ops <claims@arpbilling.com>",
        subject="Manual 837 - 1 claim (export failed)",
        body=f"""The nightly export choked on this one (bad char in the address). Hand-built 837 attached, please run it through your scrubber.

{SIG_ROSA}
""",
        atts=(
            Att(
                "MCEMS_manual_20261118.x12",
                X12,
                "ISA*00*          *00*          *ZZ*METROCOEMS     *ZZ*ARPBILLING     *261118*1402*^*00501*000000881*0*P*:~"
                "GS*HC*METROCOEMS*ARPBILLING*20261118*1402*881*X*005010X222A1~"
                "ST*837*0001*005010X222A1~"
                "NM1*85*2*METRO COUNTY EMS*****XX*1606819658~"
                "NM1*IL*1*OYELARAN*BEATRICE****MI*4TW7HN2QK58~"
                "N3*77 COMMONS WAY APT 12~N4*MILLBROOK*IL*60536~"
                "DMG*D8*19410412*F~"
                "CLM*26-118655*1184.50***41:B:1*Y*A*Y*Y~"
                "CR1*LB*14**A*DH*9~"
                "HI*ABK:R0600*ABF:I509~"
                "LX*1~SV1*HC:A0427:RH*960.00*UN*1***1~"
                "LX*2~SV1*HC:A0425:RH*224.50*UN*9***1~"
                "SE*14*0001~GE*1*881~IEA*1*000000881~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ambulance_bill_letter_russian",
        notes="Russian letter to a patient's personal mailbox about her ambulance bill, the transport date and missing insurance information.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Галина Веремеенко <galina.veremeenko@mail.com>",
        subject="Счёт за перевозку скорой помощью 3 ноября",
        body="""Уважаемая Галина Петровна,

Пишу Вам из отдела оплаты службы скорой помощи Metro County EMS. 3 ноября 2026 г. наша бригада доставила Вас из дома (ул. Линден 418, кв. 2) в больницу Mercy General с болью в груди.

Счёт номер 26-117904 на сумму $1 084,00 пока не оплачен, потому что у нас нет данных о Вашей страховке. Если у Вас есть Medicare или Medicaid, пришлите, пожалуйста, фото карточки с обеих сторон в ответ на это письмо или позвоните нам по телефону 555-0111.

Если Вам трудно оплатить счёт, Вы можете подать заявление на финансовую помощь.

С уважением,
Роза Делакруа
Отдел оплаты, Metro County EMS
""",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=True,
        category="attorney_records_release",
        notes="Hard positive: cover note to a law firm for an authorized records release; client named by title and surname, date of injury, run report PDF attached.",
        frm="Janelle Pruitt <jpruitt@metrocountyems.gov>",
        to="Records <records@haldanelaw.com>",
        subject="Your request 26-R-0412",
        body=f"""Counsel,

In response to your request 26-R-0412 and the signed authorization received 11/13, attached are the EMS records for your client, Mr. Dobrowski (date of incident 10/28/2026). Invoice for the $25 copy fee to follow.

{SIG_JANELLE}
""",
        atts=(
            pdf(
                "26-R-0412_Dobrowski_records.pdf",
                [
                    "METRO COUNTY EMS - CERTIFIED COPY OF RECORDS",
                    "Incident 26-114420   Date 10/28/2026   Unit: Medic 2",
                    "Patient: Stefan Dobrowski   DOB 11/02/1980",
                    "Mechanism: pedestrian struck by vehicle at ~25 mph, Oak St & 4th Ave",
                    "Injuries: L tib/fib deformity, abrasions L forearm, GCS 15",
                    "Tx: traction splint, fentanyl 100 mcg IN, transport to Mercy General (trauma II)",
                    "Certified by Janelle Pruitt, Records Custodian",
                ],
                "Certified records",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vehicle_plate_injury_after_action",
        notes="Hard positive: after-action note names no patient but ties a licence plate and vehicle to the driver's femur fracture and transport.",
        frm="Ben Harwick <bharwick@metrocountyems.gov>",
        to="Chief Dale Ruskin <druskin@riverbendfire.gov>",
        subject="I-70 MM 212 after-action - our side",
        body=f"""Dale,

Our side of Saturday's I-70 pileup for your after-action:

- Medic 14 transported the driver of the red F-150 (IL plate 7KXR219), entrapped ~25 min, open R femur fx, TXA given, to Mercy trauma.
- Medic 9 transported the two teenagers from the silver Civic, both minor, to St. Brendan.
- 4 refusals signed on scene.

Extrication-to-door was 38 min, which I think is the thing to talk about.

{SIG_HARWICK}
""",
    ),
    Spec(
        phi=True,
        category="community_paramedic_enrollment_xlsx",
        notes="Community paramedic enrollment workbook for county social services: names, addresses, chronic conditions and visit counts.",
        frm="Sgt. Paula Ybarra <pybarra@metrocountyems.gov>",
        to="Case Management <casemgmt@metrocountyhhs.org>",
        subject="CP program - December enrollees",
        body="""Hi Tom,

December enrollees for the community paramedic program attached (sheet 1) plus the ones graduating out (sheet 2). Can your team do the benefits screening before our first home visits the week of 12/7?

Paula Ybarra, CP-C
Community Paramedicine, Metro County EMS
""",
        atts=(
            xlsx(
                "CP_enrollment_2026-12.xlsx",
                {
                    "New enrollees": [
                        ["Name", "DOB", "Address", "Phone", "Program", "911 calls (90d)"],
                        ["Harold Pinsky", "1948-02-17", "905 Alder St", "555-0191", "CHF", 6],
                        [
                            "Marguerite Oduya",
                            "1957-09-30",
                            "12 Quarry Ln #2",
                            "555-0156",
                            "COPD + O2",
                            4,
                        ],
                        [
                            "Dwayne Kessler",
                            "1969-12-08",
                            "2218 Fenwick Ave",
                            "555-0178",
                            "Diabetes, foot wound",
                            5,
                        ],
                    ],
                    "Graduating": [
                        ["Name", "Program", "Reason"],
                        ["Lorraine Tibbs", "CHF", "Stable 90 days, PCP follow-up established"],
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=True,
        category="naloxone_leave_behind_address",
        notes="Hard positive: no name, but a street address tied to an opioid overdose reversal and refusal, sent to a harm-reduction partner.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Outreach <outreach@safepassageil.org>",
        subject="leave-behind follow up request",
        body=f"""Hi Marisa,

Can your peer team do a follow-up visit? Medic 3 reversed an OD at 2207 Osage St #4 at about 0300 today - 2 mg IN naloxone, pt came around, refused transport. Crew left a kit and your card. Same address as the one we sent you in October.

{SIG_LUND}
""",
    ),
    Spec(
        phi=True,
        category="hie_adt_notification_hl7",
        notes="HL7 ADT message with an EMS patient's demographics, chief complaint and destination sent to the HIE's mailbox.",
        frm="MCEMS Interface <interface@metrocountyems.gov>",
        to="HIE Inbound <inbound@prairiehie.org>",
        subject="ADT A04 resend 26-118910",
        body="""Resend of ADT A04 for incident 26-118910 (original rejected: missing PV1-3). File attached.
""",
        atts=(
            Att(
                "ADT_26-118910.hl7",
                HL7,
                "MSH|^~\\&|MCEMS_EPCR|METROCOEMS|PRAIRIEHIE|HIE|202611181744||ADT^A04|MC26118910|P|2.5.1\r"
                "EVN|A04|202611181702\r"
                "PID|1||MC26118910^^^MCEMS^PI||ALDANA^RICARDO^J||19760221|M|||4016 Kestrel Dr^^Millbrook^IL^60536||(555)013-2284\r"
                "PV1|1|E|MERCY^ED^^MERCYGEN||||||||||||||||26118910\r"
                "PV2|||R07.9^Chest pain, unspecified^I10\r"
                "OBX|1|TX|CC^Chief complaint||Chest pressure radiating to L arm, diaphoretic; ASA 324 mg given||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pcs_form_request_mbi",
        notes="Hard positive: request to a nursing facility for a physician certification statement, identifying the resident only by Medicare MBI and the dialysis transport schedule.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Admissions <admissions@maplecourtcare.com>",
        subject="PCS needed - repeat dialysis transports",
        body=f"""Hello,

For the resident with MBI 7FJ2-UA9-RM14 (room 214B), we still need a signed Physician Certification Statement for the Mon/Wed/Fri dialysis transports to Prairie Kidney Center. Medicare won't pay the November runs without it. Stretcher-bound, needs 2-person transfer.

Form attached in our last email; can Dr. Imani sign it this week?

{SIG_ROSA}
""",
    ),
    Spec(
        phi=True,
        category="outcome_inquiry_texting_style",
        notes="Hard positive: lower-case informal outcome question to an ED physician; patient identified by incident number and call circumstances, mentions intubation.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Dr. Kwame Asante <kasante@mercygeneral.org>",
        subject="bridge call",
        body="""hey doc its lund. the guy from the bridge call last night (inc 26-118851) - the one we tubed on the riverbank after the fall - did he make it? his family's been calling the station and i dont want my crew hearing it on the news first.

thx
D
""",
    ),
    Spec(
        phi=True,
        category="ama_refusal_form_docx",
        notes="Signed refusal-of-care form DOCX to the county risk pool with the patient's name, vitals and refusal of transport.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Claims <claims@ilcountyriskpool.org>",
        subject="Notice of potential claim - refusal 11/15",
        body=f"""Per our notice-of-claim procedure: attached is the refusal form for a patient who declined transport on 11/15 and was admitted to St. Brendan the next day with a stroke. Family has called asking about our crew's assessment. No demand letter yet.

{SIG_LUND}
""",
        atts=(
            docx(
                "Refusal_26-118421.docx",
                [
                    "Metro County EMS - Refusal of Treatment / Transport",
                    "Incident 26-118421   Date 11/15/2026 19:40",
                    "Patient: Eunice Halvorsen   DOB 03/09/1952",
                    "Complaint: dizziness, 'felt off' since lunch. BGL 142. BP 188/102. Cincinnati stroke scale negative.",
                    "Risks of refusal explained including stroke; patient alert and oriented x4, declines transport.",
                    "Patient signature: on file   Witness: daughter (Carol Halvorsen)",
                ],
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peer_review_calendar_invite",
        notes="Hard positive: calendar invite to outside physicians for a case peer review; the patient's surname, age and event sit in the invite summary.",
        frm="Dr. Simone Achterberg <sachterberg@metrocountyems.gov>",
        to="Dr. Kwame Asante <kasante@mercygeneral.org>",
        cc="Dr. Laila Haddad <lhaddad@sbmc.org>",
        subject="Invitation: Peer review - Hsu (11/14 pediatric drowning)",
        body="""Peer review invitation attached. Confidential under the state EMS peer review statute - please don't forward.
""",
        ics="""BEGIN:VCALENDAR\r
PRODID:-//Metro County EMS//Outlook 16.0//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:mcems-peer-20261202-hsu@metrocountyems.gov\r
DTSTAMP:20261119T150000Z\r
DTSTART:20261202T220000Z\r
DTEND:20261202T233000Z\r
SUMMARY:Peer review - Hsu\\, Tyler (age 4) - 11/14 drowning Anderson Lake\r
DESCRIPTION:Review of airway management and time to first epi. Medic 7 and E-12 crews attending.\r
LOCATION:MCEMS HQ Conference Room B\r
ORGANIZER;CN=Simone Achterberg:mailto:sachterberg@metrocountyems.gov\r
ATTENDEE;CN=Kwame Asante:mailto:kasante@mercygeneral.org\r
ATTENDEE;CN=Laila Haddad:mailto:lhaddad@sbmc.org\r
END:VEVENT\r
END:VCALENDAR\r
""",
    ),
    Spec(
        phi=True,
        category="billing_account_daughter_personal",
        notes="Hard positive: reply to the patient's daughter at her personal mailbox with the account number, transport date and balance after insurance; no diagnosis.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Carla Benedetti <carlabenedetti62@hotmail.com>",
        subject="RE: my mom's ambulance bill",
        body=f"""Hi Carla,

Thanks for calling. Account 8834102 (your mother, Angela Benedetti) is for the 11/02 transport from her home to St. Brendan. Medicare paid $742.18; the remaining $185.55 went to her supplement (AARP) on 11/16. She should not pay anything until that processes.

I've put a 45-day hold on the account.

{SIG_ROSA}

-----Original Message-----
From: Carla Benedetti <carlabenedetti62@hotmail.com>
Sent: Wednesday, November 18, 2026 9:12 AM
Subject: my mom's ambulance bill

Hi my mom got a bill for $927 and she is very upset. She has Medicare. Can you help?
""",
    ),
    Spec(
        phi=True,
        category="scene_photo_filename_to_insurer",
        notes="Hard positive: short note to an auto insurer with a scene photo whose file name carries the patient's name; the body mentions only the claim number.",
        frm="Janelle Pruitt <jpruitt@metrocountyems.gov>",
        to="Claims Docs <claimsdocs@heartlandauto.com>",
        subject="Claim HA-26-3318004 - requested photo",
        body=f"""Attached is the scene photo requested under the subpoena for claim HA-26-3318004.

{SIG_JANELLE}
""",
        atts=(Att("scene_MVC_Rt9_Tolliver_Evan_extrication.png", PNG, png(8, 6, (90, 90, 110))),),
    ),
    Spec(
        phi=True,
        category="dialysis_transport_roster_csv",
        notes="Recurring transport roster to a nursing facility: resident names, rooms, dialysis chair times and oxygen needs.",
        frm="MCEMS Scheduling <scheduling@metrocountyems.gov>",
        to="Nursing Station <nursing@maplecourtcare.com>",
        subject="Dialysis transport schedule week of 11/23",
        body="""Attached is next week's scheduled transport roster for Maple Court residents. Please have residents ready 20 minutes before pick-up, with face sheet and med list.

MCEMS Scheduling - 555-0108
""",
        atts=(
            Att(
                "MapleCourt_transports_2026-11-23.csv",
                CSV,
                "date,pickup,resident,room,destination,chair_time,mobility,oxygen\r\n"
                "2026-11-23,05:40,Beatrice Oyelaran,214B,Prairie Kidney Center,06:15,stretcher,2L NC\r\n"
                "2026-11-23,10:20,Walter Grzyb,118,Prairie Kidney Center,11:00,wheelchair,none\r\n"
                "2026-11-24,06:00,Ines Carvalho,305A,Millbrook Dialysis,06:30,stretcher,none\r\n"
                "2026-11-25,05:40,Beatrice Oyelaran,214B,Prairie Kidney Center,06:15,stretcher,2L NC\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="qa_case_packet_zip",
        notes="Hard positive: zip of QA files for the medical director's external reviewer; monitor text export and narrative inside name the patient and the arrest care.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Dr. Martin Obi <mobi@ems-qa-review.com>",
        subject="files for external review #26-07",
        body=f"""Dr. Obi,

Files for external review #26-07 per our BAA and the signed review agreement. Please confirm you can open the zip.

{SIG_LUND}
""",
        atts=(
            Att(
                "ext_review_26-07.zip",
                ZIP,
                ZW.zipped(
                    {
                        "narrative.txt": "Incident 26-116207 10/31/2026. Pt Florencio Ybanez, 58M, cardiac arrest at home, wife witnessed. "
                        "Initial VF, shocked x4, amiodarone 300 mg then 150 mg, epi 1 mg x5. King airway after 2 failed ETI attempts. No ROSC; "
                        "termination of resuscitation called on scene at 04:12 per online medical control.\r\n",
                        "monitor_events.csv": "time,event\r\n03:31:10,power on\r\n03:32:44,shock 200J\r\n03:35:02,shock 300J\r\n03:41:50,epi 1mg\r\n04:12:00,TOR\r\n",
                    }
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="response_time_report_aggregate",
        notes="Hard negative: monthly response-time report by district with call counts, cardiac arrests and ROSC rate; aggregate only.",
        frm="Ben Harwick <bharwick@metrocountyems.gov>",
        to="County Board Staff <boardstaff@metrocounty.gov>",
        subject="October performance report",
        body=f"""Attached is October's performance report for the board packet. Urban 90th percentile was 8:52 (goal 9:00); rural missed again at 16:40 vs 15:00 goal, mostly District 5 while Medic 11 was out of service.

{SIG_HARWICK}
""",
        atts=(
            xlsx(
                "MCEMS_performance_2026-10.xlsx",
                {
                    "Response": [
                        ["District", "Calls", "Transports", "90th pct response", "Goal"],
                        ["1 (urban)", 1422, 1011, "8:31", "9:00"],
                        ["2 (urban)", 1187, 862, "9:06", "9:00"],
                        ["3 (suburban)", 701, 488, "11:12", "12:00"],
                        ["5 (rural)", 266, 190, "16:40", "15:00"],
                    ],
                    "Clinical": [
                        ["Measure", "October", "YTD"],
                        ["Cardiac arrests attempted", 38, 371],
                        ["ROSC at ED arrival", "31.6%", "29.1%"],
                        ["STEMI alerts", 22, 214],
                        ["Stroke alerts", 41, 398],
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="protocol_update_drug_doses",
        notes="Hard negative: protocol change memo listing medications, doses and indications (ketamine, midazolam, droperidol); no patient.",
        frm="Dr. Simone Achterberg <sachterberg@metrocountyems.gov>",
        to="Training Officers <training@riverbendfire.gov>",
        subject="Protocol 4.12 agitation - effective 12/1",
        body="""Training officers,

Protocol 4.12 (Severe Agitation) changes effective 12/1 for all Metro County and mutual-aid ALS units:

- Ketamine IM dose reduced from 4 mg/kg to 2 mg/kg (max 200 mg); repeat requires OLMC.
- Midazolam 5 mg IM/IN is now first line for age >65.
- Droperidol 5 mg IM added as an alternative.
- Continuous SpO2 and EtCO2 required after any sedative; no prone restraint, ever.

Please complete the 20-minute module in Vector by 11/30.

Simone Achterberg, MD, FAEMS
EMS Medical Director
""",
    ),
    Spec(
        phi=False,
        category="controlled_substance_inventory_dea",
        notes="Hard negative: controlled-substance box inventory to the hospital pharmacy with lot numbers, expiry dates and the agency DEA registration; no patient.",
        frm="Ben Harwick <bharwick@metrocountyems.gov>",
        to="Pharmacy Buyer <rxbuyer@mercygeneral.org>",
        subject="Narc box restock - Stations 2 and 7",
        body=f"""Hi Monica,

Restock request under our agency registration DEA BL4759758 (Metro County EMS). 222 forms signed by Dr. Achterberg will be hand-carried Friday.

  Box M2-01: fentanyl 100 mcg/2 mL x4 (lot FNT2608811, exp 03/2027), midazolam 10 mg/2 mL x3
  Box M7-03: fentanyl 100 mcg/2 mL x2, ketamine 500 mg/10 mL x1 (lot KT2607740, exp 09/2027)

Expired stock (3 vials) goes back with the reverse distributor next week.

{SIG_HARWICK}
""",
    ),
    Spec(
        phi=False,
        category="ambulance_fleet_maintenance",
        notes="Hard negative: fleet service email listing ambulance unit numbers, VINs and licence plates; vehicle identifiers of agency vehicles, not patients.",
        frm="Fleet Services <fleet@metrocountyems.gov>",
        to="Service Desk <service@prairieemergencyvehicles.com>",
        subject="Warranty work - 3 units",
        body="""Please schedule warranty work for the following:

  Medic 4   2024 Ford F-450 Type I   VIN 1FDUF4HT4RDA27715   plate IL M 40217   - module A/C blowing warm
  Medic 11  2025 Ram 4500 Type I     VIN 3C7WRKFL8SG118420   plate IL M 40233   - rear step sensor fault
  Medic 14  2023 Ford E-450 Type III VIN 1FDXE4FN9PDC40991   plate IL M 40198   - inverter tripping

We can spare one unit at a time. Medic 11 first please.

Luis Arreola
Fleet Supervisor, Metro County EMS
""",
    ),
    Spec(
        phi=False,
        category="cpr_class_flyer_tagalog",
        notes="Hard negative: Tagalog community CPR class announcement with cardiac arrest facts; no individual.",
        frm="Metro County EMS Community Outreach <outreach@metrocountyems.gov>",
        to="Filipino-American Association <info@fil-amassocmillbrook.org>",
        subject="Libreng klase sa CPR - Disyembre 12",
        body="""Magandang araw po!

Ang Metro County EMS ay magbibigay ng LIBRENG klase sa Hands-Only CPR at paggamit ng AED para sa inyong mga miyembro.

Kailan: Sabado, Disyembre 12, 10:00 ng umaga - 12:00 ng tanghali
Saan: St. Joseph Parish Hall, 300 Elm St
Wika: Tagalog at Ingles

Alam ba ninyo? Mahigit 350,000 katao sa Amerika ang inaatake sa puso sa labas ng ospital bawat taon. Ang mabilis na CPR ay maaaring doblehin ang tsansang mabuhay.

Mangyaring ipaalam sa amin kung ilan ang dadalo.

Salamat po,
Community Outreach, Metro County EMS
555-0109
""",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="billing_assistance_notice_russian",
        notes="Hard negative: Russian notice to a community centre about the ambulance billing financial-assistance programme; general, no individual.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Русский общинный центр <office@russiancommunitymillbrook.org>",
        subject="Программа помощи при оплате счетов за скорую помощь",
        body="""Здравствуйте!

Служба скорой помощи Metro County EMS просит Вас рассказать членам центра о нашей программе финансовой помощи.

- Жители округа с доходом ниже 250% федерального уровня бедности могут получить скидку до 100% по счёту за перевозку.
- Заявление можно подать на русском языке.
- Мы никогда не отказываем в помощи из-за невозможности оплаты.

Бланки заявлений прилагаем к следующему письму. Вопросы - по телефону 555-0111.

С уважением,
Роза Делакруа
Metro County EMS
""",
        charset="koi8-r",
        lang="ru",
    ),
    Spec(
        phi=False,
        category="paramedic_job_offer_personal",
        notes="Conditional job offer to a paramedic candidate's personal mailbox; mentions a pre-employment physical generically.",
        frm="HR - Metro County EMS <hr@metrocountyems.gov>",
        to="Jordan Ekwueme <jordan.ekwueme@gmail.com>",
        subject="Conditional offer - Paramedic I",
        body="""Dear Jordan,

We're pleased to offer you the position of Paramedic I with Metro County EMS at $27.84/hr (24/48 schedule), contingent on a background check and the standard pre-employment physical and drug screen at our contracted clinic. HR will send you the scheduling link.

Academy starts January 11, 2027.

Metro County EMS Human Resources
""",
    ),
    Spec(
        phi=False,
        category="training_scenario_docx",
        notes="Hard negative: paramedic class scenario sheet with a fictional patient (age, vitals, medications); explicitly a training scenario.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Adjunct Faculty <faculty@millbrookcc.edu>",
        subject="scenarios for the 12/3 medic class",
        body=f"""Attached are the four scenarios for next Thursday's capstone lab. All fictional - please don't improvise real calls from your shift, we got a complaint last term.

{SIG_LUND}
""",
        atts=(
            docx(
                "Capstone_scenarios_Dec2026.docx",
                [
                    "TRAINING SCENARIO 3 (FICTIONAL) - Millbrook CC Paramedic Program",
                    "Dispatch: 58 y/o male, chest pain, at a hardware store.",
                    "Initial: pale, diaphoretic, BP 92/60, HR 48, 12-lead inferior STEMI with RV involvement.",
                    "Meds: metoprolol, atorvastatin. Allergy: sulfa.",
                    "Expected: avoid NTG, fluid bolus, STEMI alert, transcutaneous pacing readiness.",
                ],
            ),
        ),
    ),
    Spec(
        phi=False,
        category="press_release_mvc_no_names",
        notes="Hard negative: HTML-only press release about a multi-vehicle collision with numbers transported and hospitals, no names or identifying details.",
        frm="Metro County EMS PIO <pio@metrocountyems.gov>",
        to="Newsroom <news@millbrookdispatch.com>",
        subject="MEDIA RELEASE: I-70 multi-vehicle collision",
        body="",
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>FOR IMMEDIATE RELEASE</b><br>Metro County EMS &ndash; Public Information Office</p>
<p>MILLBROOK, Ill. &mdash; Metro County EMS and Riverbend Fire District responded Saturday afternoon to a seven-vehicle collision on eastbound I-70 near mile marker 212. Three people were transported to area hospitals; four others were evaluated and released at the scene. No fatalities were reported.</p>
<p>Eastbound lanes reopened at 6:40 p.m. The Illinois State Police is investigating the cause.</p>
<p>Metro County EMS reminds drivers to slow down in winter conditions and move over for emergency vehicles.</p>
<p>Media contact: PIO desk, 555-0100</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="billing_remit_summary_aggregate",
        notes="Hard negative: monthly billing summary from the county to its vendor with claim counts, denials by reason and payer mix; no accounts listed.",
        frm="Rosa Delacroix <rdelacroix@metrocountyems.gov>",
        to="Account Manager <amgr@arpbilling.com>",
        subject="Oct numbers - denial rate question",
        body=f"""Hi Keith,

Our October summary is attached. The medical-necessity denial rate for Medicaid MCOs jumped from 6% to 11% - can your coding team look at whether the new ePCR narrative template is the problem?

{SIG_ROSA}
""",
        atts=(
            xlsx(
                "MCEMS_billing_Oct2026.xlsx",
                {
                    "Summary": [
                        ["Payer class", "Claims", "Paid", "Denied", "Denial rate"],
                        ["Medicare", 612, 571, 41, "6.7%"],
                        ["Medicaid MCO", 388, 345, 43, "11.1%"],
                        ["Commercial", 241, 226, 15, "6.2%"],
                        ["Self-pay", 71, 0, 0, "n/a"],
                    ]
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="nemsis_validation_errors_txt",
        notes="Hard negative: NEMSIS schema validation report text file with element names and counts only.",
        frm="MCEMS Interface <interface@metrocountyems.gov>",
        to="Support <support@pulsepcr.com>",
        subject="NEMSIS 3.5.1 export errors - ticket 44871",
        body="""Adding the validation report to ticket 44871. No record-level content, just element counts. These started after your 11/10 update.
""",
        atts=(
            Att(
                "nemsis_validation_20261118.txt",
                TXT,
                "NEMSIS v3.5.1 schematron validation - Metro County EMS - export 2026-11-18\r\n"
                "Records checked: 1,284   Passed: 1,198   Failed: 86\r\n"
                "ERR eVitals.06 (SBP) missing when eVitals.01 present ........ 41\r\n"
                "ERR eMedications.03 not in RxNorm value set ................. 27\r\n"
                "ERR eDisposition.21 invalid destination code ................ 14\r\n"
                "WARN eSituation.11 (primary impression) 'not recorded' ...... 4\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="station_chili_cookoff",
        notes="Staff social event with a local business sponsor.",
        frm="Ben Harwick <bharwick@metrocountyems.gov>",
        to="Marty Vogel <marty@vogelsmeats.com>",
        subject="chili cook-off sponsorship again?",
        body="""Marty,

Station 2's chili cook-off is Saturday 12/5 again, noon at the station bay. Would Vogel's donate the ground beef like last year? We'll put your banner up and you're welcome to judge. Proceeds go to the Burn Camp fund.

Ben
""",
    ),
    Spec(
        phi=False,
        category="out_of_office_qa",
        notes="Hard negative: auto-reply mentioning run reports, QA and patient care reports generically with a backup contact.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Dr. Kwame Asante <kasante@mercygeneral.org>",
        subject="Automatic reply: RE: bridge call",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""I'm at the state EMS conference Nov 30 - Dec 3. For QA reviews or PCR corrections please email qa@metrocountyems.gov. For records requests, Janelle Pruitt (jpruitt@metrocountyems.gov). For anything urgent call dispatch at 555-0100 and ask for the on-duty supervisor.

Capt. Derrick Lund
""",
    ),
    Spec(
        phi=False,
        category="blank_authorization_form_reply",
        notes="Hard negative: reply to an unnamed requester declining a records request until a HIPAA authorization is signed; blank authorization PDF attached.",
        frm="Janelle Pruitt <jpruitt@metrocountyems.gov>",
        to="Intake <intake@ridgewayinvestigations.com>",
        subject="RE: records request",
        body=f"""Hello,

We can't release EMS records without a valid HIPAA authorization signed by the patient or their legal representative, or a subpoena meeting the requirements in 45 CFR 164.512(e). A blank authorization form is attached. We have not confirmed or denied that any records exist.

{SIG_JANELLE}
""",
        atts=(
            pdf(
                "MCEMS_authorization_blank.pdf",
                [
                    "METRO COUNTY EMS - AUTHORIZATION TO RELEASE PROTECTED HEALTH INFORMATION",
                    "Patient name: ______________________  Date of birth: ____________",
                    "Date(s) of service: __________________",
                    "Release to: ________________________________",
                    "Information to release: [ ] Patient care report [ ] Billing records [ ] Audio recordings",
                    "This authorization expires on: ____________",
                    "Signature of patient or legal representative: ____________________",
                ],
                "Authorization form",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="naloxone_grant_report_aggregate",
        notes="Hard negative: quarterly grant report CSV of naloxone administrations by 3-digit ZIP and age band; aggregate counts only.",
        frm="Derrick Lund <dlund@metrocountyems.gov>",
        to="Grants <opioidgrants@idph-partners.org>",
        subject="Q3 naloxone data - grant SOR-26-114",
        body=f"""Attached is Q3 for SOR-26-114. Counts are by 3-digit ZIP and age band; cells under 11 suppressed per the data use agreement.

{SIG_LUND}
""",
        atts=(
            Att(
                "SOR-26-114_Q3_naloxone.csv",
                CSV,
                "quarter,zip3,age_band,naloxone_admin,transported,refused\r\n"
                "2026Q3,605,18-29,47,31,16\r\n"
                "2026Q3,605,30-44,63,44,19\r\n"
                "2026Q3,605,45-64,38,30,<11\r\n"
                "2026Q3,604,all ages,22,15,<11\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="acls_recert_calendar",
        notes="Staff recertification class invite with the instructor and a hospital education contact.",
        frm="Training Division <training@metrocountyems.gov>",
        to="Education Dept <education@mercygeneral.org>",
        subject="Invitation: ACLS recert - Dec 8 (Mercy sim lab)",
        body="""Booking the sim lab for our ACLS recert. 12 medics, instructor Capt. Reyna Olsen.
""",
        ics="""BEGIN:VCALENDAR\r
PRODID:-//Metro County EMS//Outlook 16.0//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:mcems-acls-20261208@metrocountyems.gov\r
DTSTAMP:20261117T150000Z\r
DTSTART:20261208T140000Z\r
DTEND:20261208T230000Z\r
SUMMARY:ACLS recertification - MCEMS B shift (12 medics)\r
LOCATION:Mercy General Simulation Lab\r
ORGANIZER;CN=MCEMS Training:mailto:training@metrocountyems.gov\r
ATTENDEE;CN=Mercy Education:mailto:education@mercygeneral.org\r
END:VEVENT\r
END:VCALENDAR\r
""",
    ),
    Spec(
        phi=False,
        category="station_roof_leak_photo",
        notes="Facilities photo of a station roof leak sent to a contractor.",
        frm="Fleet Services <fleet@metrocountyems.gov>",
        to="Estimates <estimates@summitroofingil.com>",
        subject="Station 5 roof leak - photo",
        body="""Leak over the Station 5 apparatus bay got worse with Tuesday's rain. Photo attached. Can someone come out this week for an estimate? Gate code is at the front desk.

Luis Arreola
Fleet & Facilities, Metro County EMS
""",
        atts=(Att("station5_bay_roof_leak_2026-11-17.png", PNG, png(6, 6, (120, 120, 130))),),
    ),
]
