"""Skyward Air Medical (rotor and fixed-wing air ambulance) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import PVH, SKY, SRT, Att, Spec

DISP = f"Skyward Dispatch <dispatch@{SKY}>"
BILL = f"Skyward Billing <billing@{SKY}>"
SIG = "\n\nSkyward Air Medical\nComm Center 555-0140 | Billing 555-0145\n2200 Airport Way, Hangar 3, Billings"

MESSAGES = [
    Spec(
        phi=True,
        category="Flight invoice to patient",
        notes="Invoice to patient's gmail with name, transport date, origin/destination and charges.",
        frm=BILL,
        to="joaquin.pell.mom@gmail.com",
        subject="Statement for air transport 03/17/2026",
        body="Dear Parent/Guardian of Joaquin Pell,\n\nTransport 03/17/2026 Pinecrest Valley Hospital to Summit Regional Trauma Center (rotor, ALS).\nBase rate $38,900.00, mileage 84 mi $9,240.00. Insurance billed: Montana Cares. Balance will follow after payment."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Membership programme marketing",
        notes="Hard negative: membership marketing mentioning heart attacks and strokes generically; no individual.",
        frm=f"Skyward Membership <members@{SKY}>",
        to="subscribers@ridgefordgazette.com",
        subject="Protect your family from a $50,000 flight bill",
        body="",
        html="<html><body><h2>Skyward Membership: $85/year per household</h2><p>Heart attacks, strokes and ranch accidents happen far from a trauma center. Members pay $0 out of pocket for medically necessary flights.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Patient care report PDF to receiving hospital",
        notes="ePCR PDF with name, DOB, vitals and interventions to the receiving trauma centre.",
        frm=f"Flight Crew Base 2 <base2@{SKY}>",
        to=f"himrecords@{SRT}",
        subject="PCR flight 26-0412",
        body="Final PCR for flight 26-0412 attached for the chart.",
        atts=(
            Att(
                "PCR_26-0412.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKYWARD AIR MEDICAL - PATIENT CARE REPORT 26-0412",
                        "Patient: Marcus Beaulieu  DOB 09/11/1968  Wt 96 kg",
                        "From Pinecrest Valley ED to Summit Regional STICU. Liftoff 15:02, arrival 15:41.",
                        "Vitals: BP 104/62 HR 118 SpO2 91% on NRB. L chest tube draining 250 mL.",
                        "Interventions: fentanyl 50 mcg x2, 1 unit whole blood.",
                    ],
                    "PCR",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aircraft maintenance schedule",
        notes="Aircraft maintenance memo with tail number; no patient.",
        frm=f"Director of Maintenance <maintenance@{SKY}>",
        to=f"pilots@{SKY}",
        subject="N412SK out of service 3/20-3/23",
        body="N412SK goes down for its 800-hour inspection 3/20-3/23. N388SK covers Base 2. N901SK (King Air) unaffected.",
    ),
    Spec(
        phi=True,
        category="X12 835 remittance with patient detail",
        notes="Hard positive: 835 remittance attachment with patient name, claim number and paid amount; body is generic.",
        frm=BILL,
        to="remit@bigskyclearinghouse.com",
        subject="835 posting question",
        body="This 835 won't auto-post on our side - the CLP looks off. Can you check?",
        atts=(
            Att(
                "remit_0318.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*BIGSKY         *ZZ*SKYWARD        *260318*0700*^*00501*000001202*0*P*:~"
                    "GS*HP*BIGSKY*SKYWARD*20260318*0700*1202*X*005010X221A1~ST*835*0001~"
                    "CLP*SKY26-0391*1*48140*21500*0*12*MTC5510988~NM1*QC*1*BEAULIEU*MARCUS****MI*BCM77120091~"
                    "SVC*HC:A0431*38900*17200~SVC*HC:A0436*9240*4300~SE*7*0001~GE*1*1202~IEA*1*000001202~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Weather hold notice to referring hospitals",
        notes="Weather hold broadcast; no patient.",
        frm=DISP,
        to="regional-eds@mtruralhealth.net",
        subject="WX HOLD - Base 1 and 2 rotor until 1400",
        body="Icing and 400 ft ceilings. Rotor on weather hold until at least 1400. Fixed-wing available from Billings. Call 555-0140 to request."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Crew debrief with patient first name and outcome",
        notes="Hard positive: debrief email to an outside EMS agency naming the patient by first name, age, town and cardiac arrest outcome.",
        frm=f"Clinical Base Lead <base1lead@{SKY}>",
        to="training@twinbridgesems.org",
        subject="Great save Tuesday",
        body="Your crew's handoff on Tuesday's Twin Bridges arrest was textbook. Update you asked for: Gary (58) had ROSC after the 3rd shock, was cathed at Summit for a 100% LAD, and is extubated and talking today. Please pass it on to your medics.",
    ),
    Spec(
        phi=False,
        category="Crew debrief with no identifiable patient",
        notes="Hard negative: teaching debrief of an anonymised 'adult male' case with no name, date, place or other identifier.",
        frm=f"Education Coordinator <education@{SKY}>",
        to=f"flightcrews@{SKY}",
        subject="Case of the month: RSI in a tight cabin",
        body="This month: an adult male, polytrauma, difficult airway, first-pass success with video laryngoscopy after positioning on the ground. Discussion points attached.",
        atts=(
            Att(
                "case_of_month.docx",
                DOCX,
                docx(
                    [
                        "Case of the Month - De-identified",
                        "Adult male, polytrauma. GCS 7. Difficult airway predictors: C-collar, blood in airway.",
                        "Lesson: intubate on the ground before loading when the cabin limits access.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Member claim for air transport",
        notes="Membership claim to the member's personal mailbox with name, flight date and hospital, implying the emergency.",
        frm=f"Skyward Membership <members@{SKY}>",
        to="gcarlsen1966@aol.com",
        subject="Your membership covered your March 10 flight",
        body="Dear Gary Carlsen,\n\nGood news: your Skyward membership covers the balance for your flight from Twin Bridges to Summit Regional on March 10 after your cardiac arrest. You owe nothing. Welcome home.",
    ),
    Spec(
        phi=False,
        category="Fuel contract with FBO",
        notes="Vendor fuel contract; no patient.",
        frm=f"Operations <ops@{SKY}>",
        to="sales@yellowstonejetcenter.com",
        subject="Jet-A contract pricing 2026",
        body="Please confirm the $0.45/gal discount for our King Air and the two EC135s through Dec 2026.",
    ),
    Spec(
        phi=True,
        category="FHIR transport record to HIE",
        notes="Hard positive: FHIR attachment with patient name and flight diagnosis; body only mentions 'nightly push'.",
        frm=f"Skyward IT <it@{SKY}>",
        to="hie-inbound@summitregionaltrauma.org",
        subject="nightly push 3/18 (1 resource failed earlier)",
        body="Re-sending the resource that failed in last night's push.",
        atts=(
            Att(
                "transport_0318.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Encounter","status":"finished","class":{"code":"AMB"},'
                    '"subject":{"display":"Wanda Pickering","reference":"Patient/SKY-P-20771"},'
                    '"reasonCode":[{"text":"acute ischemic stroke, LVO suspected, tenecteplase given at referring"}],'
                    '"period":{"start":"2026-03-15T23:02:00-06:00","end":"2026-03-15T23:48:00-06:00"}}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR CapabilityStatement for integration",
        notes="Hard negative: FHIR server capability statement, no patient resources.",
        frm=f"Skyward IT <it@{SKY}>",
        to="integrations@summitregionaltrauma.org",
        subject="Our FHIR endpoint capabilities",
        body="As requested, our CapabilityStatement is attached.",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                (
                    '{"resourceType":"CapabilityStatement","status":"active","date":"2026-03-01","kind":"instance",'
                    '"fhirVersion":"4.0.1","format":["json"],"rest":[{"mode":"server","resource":[{"type":"Encounter"},{"type":"Observation"}]}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medical necessity letter to insurer",
        notes="Letter to the payer with name, member ID, diagnosis and justification for flight.",
        frm=f"Skyward Appeals <appeals@{SKY}>",
        to="appeals@montanacaresplan.com",
        subject="Appeal - claim SKY26-0377",
        body="Re: Wanda Pickering, member ID MCP88120457, DOS 03/15/2026.\n\nRotor transport was medically necessary: suspected large-vessel occlusion stroke (NIHSS 14) requiring thrombectomy not available at the referring hospital; ground transport 2 h 40 min vs flight 46 min. Physician certification attached.",
        atts=(
            Att(
                "PCS_Pickering.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKYWARD AIR MEDICAL - PHYSICIAN CERTIFICATION STATEMENT",
                        "Patient: Wanda Pickering  Member ID MCP88120457",
                        "Condition: acute stroke, time-critical thrombectomy.",
                    ],
                    "PCS",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Safety management system report",
        notes="Aviation safety report about a bird strike; no patient.",
        frm=f"Safety Officer <safety@{SKY}>",
        to="asap@faa-demo.gov",
        subject="ASAP report - bird strike 3/14",
        body="Bird strike on approach to Dillon, N388SK, 0.5 nm final, windscreen undamaged. No passengers aboard. Inspection completed.",
    ),
    Spec(
        phi=True,
        category="Dispatch log xlsx to county 911",
        notes="Multi-sheet dispatch log with patient names, ages and complaints sent to the county 911 centre.",
        frm=DISP,
        to="supervisor@beaverheadcounty911.gov",
        subject="March requests from your dispatch",
        body="Log for your reconciliation attached.",
        atts=(
            Att(
                "beaverhead_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scene": [
                            ["Date", "Patient", "Age", "Complaint", "Outcome"],
                            ["2026-03-10", "Gary Carlsen", 58, "cardiac arrest", "flown"],
                            ["2026-03-12", "Lacey Wirth", 23, "horse fall head injury", "flown"],
                        ],
                        "Cancelled": [
                            ["Date", "Patient", "Reason"],
                            ["2026-03-08", "Abel Torrance", "ground faster"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fleet utilisation workbook",
        notes="Hard negative: multi-sheet flight hours per aircraft and mission counts; no patients.",
        frm=f"Operations <ops@{SKY}>",
        to="reports@airmedalliance.org",
        subject="Q1 fleet utilization",
        body="Utilization workbook attached.",
        atts=(
            Att(
                "fleet_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Hours": [
                            ["Tail", "Jan", "Feb", "Mar"],
                            ["N412SK", 61, 58, 40],
                            ["N388SK", 49, 52, 66],
                            ["N901SK", 88, 79, 91],
                        ],
                        "Missions": [["Type", "Count"], ["Scene", 74], ["Interfacility", 201]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient records request with attachment",
        notes="Reply to a former patient's outlook address with her flight record as a docx.",
        frm=f"Skyward Records <records@{SKY}>",
        to="lacey.wirth@outlook.com",
        subject="RE: copy of my flight record",
        body="Hi Lacey, attached is your patient care record as requested. Your ID verification was completed by phone.",
        atts=(
            Att(
                "Wirth_PCR.docx",
                DOCX,
                docx(
                    [
                        "Skyward Air Medical - Patient Care Record",
                        "Lacey Wirth, DOB 05/03/2002. Scene flight 03/12/2026 from Dell ranch.",
                        "Horse fall, GCS 13, scalp laceration, C-collar. Transported to Summit Regional.",
                    ]
                ),
            ),
        ),
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="lacey.wirth@outlook.com",
            to=f"records@{SKY}",
            subject="copy of my flight record",
            body="Hi, I was flown after my horse accident on March 12. Can I get a copy of the report for my insurance? Lacey Wirth 555-0171",
        ),
    ),
    Spec(
        phi=False,
        category="Crew scheduling ics",
        notes="Crew training calendar invite; no patient.",
        frm=f"Education Coordinator <education@{SKY}>",
        to=f"flightcrews@{SKY}",
        subject="NVG refresher - Base 2",
        body="Mandatory night-vision goggle refresher.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SKY//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sky-nvg-0326@skywardairmed.com\r\nDTSTAMP:20260318T150000Z\r\nDTSTART:20260326T010000Z\r\n"
            "DTEND:20260326T040000Z\r\nSUMMARY:NVG refresher Base 2\r\nLOCATION:Hangar 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Follow-up appointment invite to patient",
        notes="Hard positive: calendar invite to a patient's gmail for a post-flight clinic visit; only the invite summary names the condition.",
        frm=f"Skyward Patient Liaison <liaison@{SKY}>",
        to="lacey.wirth.rides@gmail.com",
        subject="Invitation: your visit",
        body="Lacey, we set this up with Summit as you asked. Details are in the invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SKY//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sky-liaison-0402@skywardairmed.com\r\nDTSTAMP:20260318T160000Z\r\nDTSTART:20260402T160000Z\r\n"
            "DTEND:20260402T170000Z\r\nSUMMARY:Lacey Wirth - post-concussion follow-up, Summit Neuro Clinic\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="DEA registration renewal for controlled substances",
        notes="Hard negative: DEA registration renewal for the service's medical director; provider identifiers only.",
        frm=f"Pharmacy Compliance <pharmacy@{SKY}>",
        to="registration@deadiversion-demo.gov",
        subject="Renewal - registration BK4829175",
        body="Renewal for Skyward Air Medical, medical director Dr. Helena Brisco (DEA BK4829175, NPI: 1672839457). Schedules II-V for fentanyl, ketamine, midazolam stock on aircraft.",
    ),
    Spec(
        phi=True,
        category="Controlled substance waste log",
        notes="Hard positive: narcotic waste log tying flight number and patient initials+DOB to fentanyl dose, sent to an outside pharmacy consultant.",
        frm=f"Pharmacy Compliance <pharmacy@{SKY}>",
        to="consult@rxauditpartners.com",
        subject="March waste log discrepancy",
        body="Discrepancy on flight 26-0412: fentanyl 100 mcg drawn, 100 mcg given to pt M.B. (DOB 09/11/1968, Pinecrest Valley to Summit), 0 wasted but witness signature missing. Crew: RN Gates, Medic Soto.",
    ),
    Spec(
        phi=False,
        category="Job offer letter to paramedic candidate",
        notes="Hard negative: offer letter to a candidate's gmail mentioning a required drug screen and fitness-for-duty physical but no results or health information.",
        frm=f"Human Resources <hr@{SKY}>",
        to="jordan.reyes.medic@gmail.com",
        subject="Your offer - Flight Paramedic, Base 1",
        body="Dear Jordan,\n\nWe are pleased to offer you the position of Flight Paramedic at Base 1, starting April 13, at $31.40/hour plus flight differential. The offer is contingent on a pre-employment drug screen, a fitness-for-duty physical and a helicopter egress course. Please sign the attached terms by March 27.\n\nHuman Resources, Skyward Air Medical",
    ),
    Spec(
        phi=True,
        category="HL7 ORU from onboard i-STAT",
        notes="HL7 point-of-care results with name and lactate sent to the receiving lab.",
        frm=f"Skyward IT <it@{SKY}>",
        to=f"lis@{SRT}",
        subject="POC results flight 26-0419",
        body="i-STAT results for the chart.",
        atts=(
            Att(
                "poc_26-0419.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|SKY_POC|SKYWARD|SRT_LIS|SUMMIT|202603181402||ORU^R01|SK0419|P|2.5.1\r"
                    "PID|1||SKY-P-20812||ABARA^TOBI||19961102|M\r"
                    "OBX|1|NM|LAC^Lactate||6.8|mmol/L|0.5-2.0|HH|||F\r"
                    "OBX|2|NM|HGB^Hemoglobin||8.1|g/dL|13.5-17.5|L|||F\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Protocol update with drug doses",
        notes="Hard negative: clinical protocol update with drug doses; no patient.",
        frm=f"Medical Director <meddirector@{SKY}>",
        to=f"flightcrews@{SKY}",
        subject="Protocol 14 (TXA) update",
        body="TXA 2 g IV push for hemorrhagic shock within 3 h of injury (replaces 1 g + infusion). Protocol 14 PDF attached.",
        atts=(
            Att(
                "protocol14.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKYWARD AIR MEDICAL - CLINICAL PROTOCOL 14",
                        "Tranexamic acid 2 g IV push, within 3 h of injury, SBP < 90 or HR > 120.",
                    ],
                    "Protocol 14",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subrogation letter to auto insurer",
        notes="Letter to an auto insurer naming the patient, crash date and flight charges.",
        frm=BILL,
        to="claims@northernplainsauto.com",
        subject="Your claim 88-41-2207 / our account SKY26-0391",
        body="Regarding your insured's passenger Marcus Beaulieu (rollover 03/15/2026): air transport charges of $48,140.00 remain unpaid after health plan payment of $21,500.00. Please forward to the adjuster."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Reply to patient's thank-you card",
        notes="Reply to a patient's icloud mailbox naming him, his heart attack and his stents.",
        frm=f"Flight Crew Base 2 <base2@{SKY}>",
        to="dan.okafor79@icloud.com",
        subject="Thank you for your card!",
        body="Daniel,\n\nYour card is pinned up in the crew room. We're so glad to hear you're home and back walking after the heart attack and the stents. Take care of that ticker!\n\n- RN Gates, Medic Soto and pilot Nakai",
    ),
    Spec(
        phi=True,
        category="Text message transcript txt to hospital",
        notes="Hard positive: txt attachment of a crew text thread naming the patient and her pregnancy complication.",
        frm=f"Clinical Base Lead <base1lead@{SKY}>",
        to=f"ldcharge@{SRT}",
        subject="thread from last night for your timeline",
        body="You asked for our side of the timeline. Thread attached.",
        atts=(
            Att(
                "crew_thread.txt",
                "text/plain",
                (
                    "02:51 RN Gates: lift off Hamilton w Mei Tanaka-Ruiz 31wk abruption, bleeding heavy\n"
                    "02:58 Medic Soto: FHR 110s on doppler\n03:22 RN Gates: landing 5 min, have L&D meet us\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Passenger policy txt",
        notes="Hard negative: ride-along policy text with weight limits and example ages; no person.",
        frm=f"Operations <ops@{SKY}>",
        to=f"base2@{SKY}",
        subject="ride-along policy for parents (print this)",
        body="Updated policy attached for the base binder.",
        atts=(
            Att(
                "ride_along_policy.txt",
                "text/plain",
                (
                    "One parent may ride along with a pediatric patient (under 18) if weight under 250 lb and aircraft performance allows. "
                    "Parent must be calm, sober and briefed. Pilot has final say.\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Landing zone report naming patient",
        notes="Hard positive: landing-zone debrief to a county sheriff mentioning the rancher by name, his address and the tractor-rollover injuries.",
        frm=DISP,
        to="dispatch@madisoncountysheriff.gov",
        subject="LZ debrief 3/16",
        body="Thanks for securing the LZ at 1140 Ruby Valley Rd. Your deputy asked: Mr. Abel Torrance was flown with a crushed pelvis after the tractor rollover and went straight to OR at Summit.",
    ),
    Spec(
        phi=False,
        category="Community landing zone training",
        notes="Training invitation for volunteer firefighters; no patient.",
        frm=f"Outreach <outreach@{SKY}>",
        to="chief@ridgefordfire.org",
        subject="LZ safety class - April 9",
        body="We'd like to fly in for LZ safety training with your volunteers April 9 at 1900. Hot-load demo if weather allows.",
    ),
    Spec(
        phi=False,
        category="Accreditation survey document list",
        notes="Hard negative: CAMTS survey checklist mentioning chart audits and PCR fields, with no patient data.",
        frm=f"Quality <quality@{SKY}>",
        to="surveyor@camts-demo.org",
        subject="Document list for April site visit",
        body="Available onsite: 20 randomly selected PCRs (redacted), controlled substance logs (redacted), crew training records, SMS reports. PCR fields include name, DOB, vitals, interventions.",
    ),
    Spec(
        phi=False,
        category="Air ambulance price transparency notice",
        notes="Public No Surprises Act notice with average charges; no individual.",
        frm=f"Skyward Billing <billing@{SKY}>",
        to="webmaster@skywardairmed.com",
        subject="Post to website: No Surprises Act notice",
        body="",
        html="<html><body><h3>Your rights under the No Surprises Act</h3><p>Air ambulance patients with coverage pay only their in-network cost share. Median billed charge 2025: $44,210 (rotor).</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Forwarded SMS from crew to manager's personal mail",
        notes="Forwarded crew message with patient name and overdose to the base manager's personal mailbox.",
        frm=f"Base 1 Manager <base1mgr@{SKY}>",
        to="dana.whitfield.home@gmail.com",
        subject="FW: flight 26-0427 issue",
        body="Forwarding to myself to deal with tomorrow.",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm=f"Flight Crew Base 1 <base1@{SKY}>",
            to=f"base1mgr@{SKY}",
            subject="flight 26-0427 issue",
            body="Pt Travis Oyelaran, intentional overdose, got combative at altitude, needed ketamine 100 mg IM. Restraint form attached to ePCR. Want to talk about restraint policy.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor notice",
        notes="Forwarded vendor recall notice about a device lot; no patient.",
        frm=f"Biomed <biomed@{SKY}>",
        to=f"flightcrews@{SKY}",
        subject="FW: Field safety notice - ventilator circuit lot",
        body="FYI - check your aircraft stock for lot 24K118.",
        forward=Spec(
            phi=False,
            category="-",
            notes="-",
            frm="safety@ventcircuits-demo.com",
            to=f"biomed@{SKY}",
            subject="Field safety notice - ventilator circuit lot",
            body="Lot 24K118 transport ventilator circuits may crack at the wye. Replace stock.",
        ),
    ),
    Spec(
        phi=True,
        category="Ground handoff summary to referring hospital",
        notes="Hard positive: short note naming the patient's last name and 'intubated' to the referring ED, as status update.",
        frm=DISP,
        to=f"edcharge@{PVH}",
        subject="Okafor - arrived Summit 0610, intubated en route",
        body="FYI landed 0610. Handed to cath lab team.",
    ),
    Spec(
        phi=False,
        category="PNG of new base map",
        notes="Hard negative: PNG named after a place with GPS note; no person.",
        frm=f"Operations <ops@{SKY}>",
        to="chief@ridgefordfire.org",
        subject="New LZ map for Ridgeford HS field",
        body="Pre-surveyed LZ coordinates 46.2711 N, 114.1598 W. Map attached.",
        atts=(Att("Ridgeford_HS_LZ_map.png", "image/png", png(5, 5, (60, 140, 60))),),
    ),
    Spec(
        phi=False,
        category="Employee benefits open enrolment",
        notes="Hard negative: HR benefits memo mentioning EAP, mental health and maternity coverage generically.",
        frm=f"Human Resources <hr@{SKY}>",
        to=f"allstaff@{SKY}",
        subject="Benefits open enrollment closes 3/31",
        body="Reminder: new this year, EAP counseling sessions increase to 8, maternity coverage at 100%, and the infertility rider is available. Log in to the benefits portal to elect.",
    ),
]
