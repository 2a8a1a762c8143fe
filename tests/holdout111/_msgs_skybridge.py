"""SkyBridge Air Medical (rotor and fixed-wing air ambulance) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nSkyBridge Air Medical | Base 2 - Harlan Gap Airport | 24/7 Communications (406) 555-0160\nskybridgeairmed.com"

FHIR_PCR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "document",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "sb-pt-26-2291",
                    "name": [{"family": "Lindgren", "given": ["Bo"]}],
                    "birthDate": "1974-12-03",
                    "gender": "male",
                }
            },
            {
                "resource": {
                    "resourceType": "Encounter",
                    "id": "sb-enc-26-2291",
                    "status": "finished",
                    "class": {"code": "EMER"},
                    "period": {
                        "start": "2026-10-10T16:42:00-06:00",
                        "end": "2026-10-10T18:05:00-06:00",
                    },
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "code": {"text": "Traumatic subdural hematoma, GCS 9"},
                    "subject": {"reference": "Patient/sb-pt-26-2291"},
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationAdministration",
                    "medicationCodeableConcept": {
                        "text": "Ketamine 100 mg IV; rocuronium 100 mg IV (RSI)"
                    },
                    "subject": {"reference": "Patient/sb-pt-26-2291"},
                }
            },
        ],
    },
    indent=1,
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*BIGSKYHP       *ZZ*SKYBRIDGE      *261009*1402*^*00501*000088102*0*P*:~"
    "GS*HP*BIGSKYHP*SKYBRIDGE*20261009*1402*88102*X*005010X221A1~"
    "ST*835*0001~BPR*I*21460.00*C*ACH*CCP*01*091000019*DA*4471902*1234567890**01*092900383*DA*77120944*20261009~"
    "TRN*1*EFT88102*1234567890~"
    "N1*PR*BIG SKY HEALTH PLAN~N1*PE*SKYBRIDGE AIR MEDICAL*XX*1562307144~"
    "CLP*SB26-1877*1*48210.00*21460.00*2410.00*12*BSH770381426~"
    "NM1*QC*1*HJELM*ASTRID****MI*BSH770381426~"
    "SVC*HC:A0431*41800.00*18600.00**1~SVC*HC:A0436*6410.00*2860.00**58~"
    "SE*10*0001~GE*1*88102~IEA*1*000088102~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="FHIR patient care record to receiving trauma center",
        notes="Hard positive: FHIR bundle attachment names patient, DOB, subdural hematoma and RSI drugs; body only says 'run 26-2291'.",
        frm="Clinical Records <records@skybridgeairmed.com>",
        to="traumaregistry@billingsregionalmed.org",
        subject="ePCR for run 26-2291",
        body="Attached is the FHIR export of our ePCR for run 26-2291 per the data sharing agreement. Paper copy was left at the bedside.\n\nClinical Records"
        + SIG,
        atts=(Att("run_26-2291.json", "application/fhir+json", FHIR_PCR),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: X12 835 file names member Astrid Hjelm with member ID and paid air transport codes.",
        frm="Revenue Cycle <billing@skybridgeairmed.com>",
        to="support@aeroclaimsbilling.com",
        subject="ERA 88102 did not auto-post",
        body="Hi team, this ERA didn't post in your system; looks like the CLP payer claim number. Can you look? File attached.\n\nNate Ruud, Revenue Cycle"
        + SIG,
        atts=(Att("ERA_88102.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="Base weather minimums memo",
        notes="Operations memo on weather minimums; no patient.",
        frm="Director of Operations <ops@skybridgeairmed.com>",
        to="pilots@skybridgeairmed.com",
        subject="Winter ops: VFR minimums and NVG currency",
        body="Pilots,\n\nReminder of Part 135 weather minimums for night local flights: 1000 ft ceiling / 3 sm. NVG currency checks due by Nov 15. Icing: no flight into known or forecast icing, no exceptions. If you turn down a flight for weather, the reason is never shared with the medical crew before the decision.\n\nChief Pilot Ray Dufresne",
    ),
    Spec(
        phi=True,
        category="Billing letter to patient's personal email",
        notes="Tells patient by gmail the balance for her air transport from Pine Hollow to Billings.",
        frm="Patient Accounts <patientaccounts@skybridgeairmed.com>",
        to="astrid.hjelm.mt@gmail.com",
        subject="Your SkyBridge statement",
        body="Dear Ms. Hjelm,\n\nYour insurer, Big Sky Health Plan, paid $21,460.00 toward your helicopter transport of 09/14/2026 from Pine Hollow Memorial Hospital to Billings Regional. Under the No Surprises Act your remaining balance is only your in-network cost share: $2,410.00. Payment plans are available at no interest.\n\nPatient Accounts"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Membership programme marketing",
        notes="Hard negative: HTML membership marketing mentions heart attacks and strokes generically; no individual.",
        frm="SkyBridge Membership <membership@skybridgeairmed.com>",
        to="members-list@skybridgeairmed.com",
        subject="Rural living means an hour to the nearest cath lab",
        body="",
        html="<html><body><h1>Protect your household for $85/year</h1><p>Heart attack, stroke, ranch accidents: when minutes matter, SkyBridge flies. Membership covers out-of-pocket costs for medically necessary flights for everyone in your household.</p><p><a href='https://skybridgeairmed.com/join'>Join today</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Membership renewal naming member's previous flight",
        notes="Hard positive: HTML renewal to member's mailbox mentions his wife's flight for her stroke last spring.",
        frm="SkyBridge Membership <membership@skybridgeairmed.com>",
        to="gordy.lamphere@aol.com",
        subject="Gordon, your membership renews Nov 1",
        body="",
        html="<html><body><p>Dear Gordon Lamphere,</p><p>Thank you for being a member since 2019. We were glad your membership covered Darlene's flight to Great Falls for her stroke treatment in April, saving your family $38,900.</p><p>Your renewal of $85 is due Nov 1.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Aircraft maintenance log workbook",
        notes="Multi-sheet maintenance tracking workbook; tail numbers are aircraft, not patients.",
        frm="Maintenance Control <maintenance@skybridgeairmed.com>",
        to="fleet@rotorsupportpartners.com",
        subject="N711SB and N714SB - inspection status",
        body="Attached: inspection due list and parts on order. N714SB will be AOG Oct 19-23 for 300-hr. We need a loaner aircraft for Base 2.\n\nMaintenance Control",
        atts=(
            Att(
                "fleet_status_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Due list": [
                            ["Tail", "Inspection", "Due hrs", "Current"],
                            ["N711SB", "100-hr", 4210, 4188],
                            ["N714SB", "300-hr", 2950, 2941],
                        ],
                        "Parts": [
                            ["Part", "PN", "ETA"],
                            ["Tail rotor bearing", "350A33-1021", "10/16"],
                            ["Starter-generator", "150SG122Q", "10/20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Outcome follow-up to sending nurse by first name",
        notes="Hard positive: follow-up to sending ED nurse identifies 'Bo' by first name, age, ATV rollover and subdural surgery.",
        frm="Flight Nurse <kfarris@skybridgeairmed.com>",
        to="edcharge@pinehollowmemorial.org",
        subject="follow-up on Saturday's flight",
        body="Hey Kaia,\n\nYou asked how Bo did from Saturday's flight (the 52 y/o from the ATV rollover). Billings took him straight to OR for evacuation of the subdural and he was extubated yesterday. Thanks for the fast RSI, it made our scene time short.\n\nKelsey Farris, RN, CFRN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Flight volume statistics to hospital partner",
        notes="Hard negative: aggregate counts of flights by diagnosis category and month; no patient.",
        frm="Outreach <outreach@skybridgeairmed.com>",
        to="admin@pinehollowmemorial.org",
        subject="Your 2026 YTD transports",
        body="Linda,\n\nYTD we flew 46 patients from Pine Hollow: 14 STEMI, 9 stroke, 11 trauma, 6 sepsis, 4 OB, 2 peds respiratory. Median bedside time 17 min. Happy to present at your medical staff meeting.\n\nTess Gorman, Outreach Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Transport summary PDF to sending physician",
        notes="PDF flight summary names patient with DOB, vitals and interventions en route.",
        frm="Clinical Records <records@skybridgeairmed.com>",
        to="pamundsen@pinehollowmemorial.org",
        subject="Transport summary",
        body="Dr. Amundsen, the transport summary you requested is attached.\n\nClinical Records"
        + SIG,
        atts=(
            Att(
                "transport_summary_26-2304.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKYBRIDGE AIR MEDICAL - TRANSPORT SUMMARY  Run 26-2304",
                        "Patient: Marguerite Loendorf  DOB 11/27/1938  Age 87",
                        "From: Pine Hollow Memorial Hospital ED  To: Great Falls Clinic Hospital",
                        "Dx: GI bleed, hemorrhagic shock. Hgb 6.1 at sending.",
                        "En route: 2 units PRBC, TXA 1 g. BP 78/40 -> 104/62.",
                        "Crew: K. Farris RN, J. Ostrander FP-C",
                    ],
                    "Transport summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Landing zone safety class ICS for fire departments",
        notes="Calendar invite for LZ safety training; no patient.",
        frm="Outreach <outreach@skybridgeairmed.com>",
        to="chiefs@tamarackcountyfire.org",
        subject="LZ safety training - Ruby Creek VFD hall",
        body="Open to all county fire and EMS. Covers LZ selection, hot loading, wire hazards and night operations.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SkyBridge//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:lz-ruby-20261103@skybridgeairmed.com\r\nDTSTAMP:20261012T160000Z\r\nDTSTART:20261104T010000Z\r\nDTEND:20261104T030000Z\r\n"
            "SUMMARY:LZ safety training\r\nLOCATION:Ruby Creek VFD hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Scheduled interfacility transfer ICS",
        notes="Hard positive: calendar invite to receiving unit names neonate's mother and NICU transfer reason.",
        frm="Communications Center <comms@skybridgeairmed.com>",
        to="nicu@billingsregionalmed.org",
        subject="Scheduled fixed-wing transport Oct 15",
        body="Confirming the scheduled back-transport. Crew ETA to your NICU 09:30.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SkyBridge//Comms//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:fw-20261015-nicu@skybridgeairmed.com\r\nDTSTAMP:20261012T160000Z\r\nDTSTART:20261015T153000Z\r\nDTEND:20261015T190000Z\r\n"
            "SUMMARY:Baby girl Whitehorse (mother Shawna Whitehorse) - 32 wk preemie, RDS, back-transport to Missoula\r\nLOCATION:Billings Regional NICU\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="FAA drug testing programme notice",
        notes="Hard negative: DOT/FAA random testing programme notice; no individual's result.",
        frm="Safety Department <safety@skybridgeairmed.com>",
        to="allcrew@skybridgeairmed.com",
        subject="Random drug & alcohol testing - Q4 selection rate",
        body="All safety-sensitive employees: the Q4 random selection rate is 25% drugs / 10% alcohol per FAA 14 CFR Part 120. Selected employees will be notified in person at the start of a shift. Results are handled by our MRO and are never sent by email.\n\nSafety Department",
    ),
    Spec(
        phi=True,
        category="Forwarded family inquiry to external QA reviewer",
        notes="Forwarded mail from a son naming his mother and her flight for a heart attack; sent to outside QA consultant.",
        frm="Patient Relations <patientrelations@skybridgeairmed.com>",
        to="qa@airmedqualityreview.com",
        subject="FW: question about my mother's flight",
        body="Per our contract, sending you this for the external review of run 26-2217. Please include in October's review.\n\nPatient Relations",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Derek Stuber <dstuber.ranch@gmail.com>",
            to="patientrelations@skybridgeairmed.com",
            subject="question about my mother's flight",
            body="My mother Irene Stuber was flown from Pine Hollow on Oct 2 for a heart attack. Why did the helicopter wait 40 minutes on the pad? She is doing ok after two stents but I want an answer.\nDerek",
        ),
    ),
    Spec(
        phi=False,
        category="Safety bulletin about wire strike",
        notes="Industry safety bulletin; no patient.",
        frm="Safety Department <safety@skybridgeairmed.com>",
        to="allcrew@skybridgeairmed.com",
        subject="Safety bulletin 26-07: near wire strike at scene LZ",
        body="On 10/3 a crew landing at a highway scene LZ near mile 42 spotted unmarked power lines at 80 ft on short final and executed a go-around. No injuries. Lessons: ground contact must brief wires; crews use a high recon pass. Full bulletin on the SMS portal.\n\nSafety Department",
    ),
    Spec(
        phi=True,
        category="Insurance appeal docx with patient clinicals",
        notes="DOCX appeal letter names member, member ID and clinical necessity for flight.",
        frm="Revenue Cycle <billing@skybridgeairmed.com>",
        to="appeals@bigskyhealthplan.com",
        subject="Level 1 appeal - claim SB26-1655",
        body="Please find our appeal attached. Medical records enclosed separately via your portal.\n\nNate Ruud"
        + SIG,
        atts=(
            Att(
                "appeal_SB26-1655.docx",
                DOCX,
                docx(
                    [
                        "SkyBridge Air Medical - Appeal of denial",
                        "Member: Calvin Roundstone  Member ID: BSH772045183  DOS 08/22/2026",
                        "Denial reason: ground transport was appropriate.",
                        "Response: patient had a tension pneumothorax and GCS 8 after a horse fall 64 road miles from the nearest trauma centre; ground time would have been 90+ minutes.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinical protocol update with drug doses",
        notes="Hard negative: RSI protocol with ketamine, rocuronium and epinephrine doses; no patient.",
        frm="Medical Director <meddir@skybridgeairmed.com>",
        to="clinical@skybridgeairmed.com",
        subject="Protocol 4.12 RSI - rev Oct 2026",
        body="Team, revised RSI protocol attached. Ketamine induction now 1-2 mg/kg (1 mg/kg in shock index > 1). Push-dose epinephrine 10-20 mcg. Please sign the attestation by Oct 31.\n\nDr. Ingrid Solheim, Medical Director",
        atts=(
            Att(
                "protocol_4.12_RSI.docx",
                DOCX,
                docx(
                    [
                        "Protocol 4.12 Rapid Sequence Intubation",
                        "Indications: failure to protect airway, GCS <= 8, refractory hypoxia",
                        "Ketamine 1-2 mg/kg IV; rocuronium 1.2 mg/kg IV",
                        "Post-intubation: fentanyl 1 mcg/kg, ETCO2 monitoring mandatory",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare claim data with MBI to billing vendor",
        notes="Hard positive: terse mail with only MBI, DOS and HCPCS codes for a Medicare beneficiary's flight.",
        frm="Revenue Cycle <billing@skybridgeairmed.com>",
        to="support@aeroclaimsbilling.com",
        subject="fix MBI on SB26-1912",
        body="MBI: 4HW7-KN2-RT63 (the one on the face sheet was the old HICN). DOS 09/30/2026, A0431 + A0436 x 71 mi. Rebill please.\n\nNate",
    ),
    Spec(
        phi=False,
        category="Base open house invitation to schools",
        notes="School outreach invitation; no patient.",
        frm="Outreach <outreach@skybridgeairmed.com>",
        to="principal@harlangapschools.org",
        subject="Helicopter visit for career day?",
        body="Hello Mr. Ekberg,\n\nWe would love to land at the football field for career day on Nov 6, weather permitting. Students can see the aircraft and meet a flight nurse and paramedic. We need the field cleared and a fire engine on standby.\n\nTess Gorman"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Scene photo named after burn patient to burn centre",
        notes="Hard positive: PNG named with patient's name and burn injury sent to burn centre; body has only run number.",
        frm="Flight Paramedic <jostrander@skybridgeairmed.com>",
        to="burnoutreach@intermountainburn.org",
        subject="pic from run 26-2320 for your education deck",
        body="Here's the scene photo you asked about from 26-2320. Please crop before using in teaching.\n\nJake Ostrander, FP-C",
        atts=(
            Att("Wyatt_Kolstad_flash_burn_face_hands.png", "image/png", png(8, 6, (210, 150, 120))),
        ),
    ),
    Spec(
        phi=False,
        category="Aircraft livery photo for press",
        notes="Photo of new aircraft for newspaper; no patient.",
        frm="Communications <media@skybridgeairmed.com>",
        to="editor@harlangapgazette.com",
        subject="New aircraft photo - N718SB",
        body="Hi Bev, attached is a photo of our new Bell 407GXi that enters service at Base 2 next week. Feel free to use with credit SkyBridge Air Medical.",
        atts=(Att("N718SB_livery.png", "image/png", png(8, 4, (20, 60, 160))),),
    ),
    Spec(
        phi=True,
        category="Crew injury exposure follow-up naming patient source",
        notes="Hard positive: needlestick report names source patient and requests his HIV/hepatitis testing.",
        frm="Safety Department <safety@skybridgeairmed.com>",
        to="employeehealth@billingsregionalmed.org",
        subject="Source patient testing request",
        body="Our flight nurse had a needlestick while caring for your patient Russell Tingley (arrived by SkyBridge 10/11 ~14:20, now on 5 North). Please draw source labs: HIV Ag/Ab, HBsAg, HCV Ab, per your exposure protocol. Results to our occupational health provider.\n\nSafety Department",
    ),
    Spec(
        phi=False,
        category="Employee injury statistics to insurer",
        notes="Hard negative: workers' comp loss summary by injury type with counts; no employee named.",
        frm="Human Resources <hr@skybridgeairmed.com>",
        to="underwriting@aviationcompins.com",
        subject="Loss runs for renewal",
        body="For the renewal: 2025-26 we had 4 workers' comp claims (2 back strains lifting stretchers, 1 needlestick, 1 ankle sprain). Total incurred $31,200. No lost-time claims over 30 days.\n\nHR",
    ),
    Spec(
        phi=True,
        category="Zip of PCRs to sending hospital",
        notes="Zip of ePCR text files with patient names for a hospital's quality review.",
        frm="Clinical Records <records@skybridgeairmed.com>",
        to="quality@pinehollowmemorial.org",
        subject="Q3 transfer records for your EDTC review",
        body="Sigrid, the Q3 run sheets for your transfers are zipped here as you asked.\n\nClinical Records"
        + SIG,
        atts=(
            Att(
                "q3_runsheets.zip",
                "application/zip",
                zipped(
                    {
                        "26-1877_Hjelm.txt": "Astrid Hjelm 63F. Acute ischemic stroke, tPA at sending. NIHSS 14 -> 11.",
                        "26-2003_Fairbanks.txt": "Leon Fairbanks 58M. Anterior STEMI. Hep 4000u. Pain 8/10 -> 4/10.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fuel and flight hours workbook to finance",
        notes="Multi-sheet finance workbook of flight hours and fuel; no patient.",
        frm="Finance <finance@skybridgeairmed.com>",
        to="cpa@northernplainscpas.com",
        subject="September flight hour and fuel report",
        body="Attached for the monthly close.",
        atts=(
            Att(
                "Sep_hours_fuel.xlsx",
                XLSX,
                xlsx(
                    {
                        "Hours": [
                            ["Base", "Flights", "Hours"],
                            ["Base 1", 38, 61.4],
                            ["Base 2", 29, 52.8],
                        ],
                        "Fuel": [
                            ["Base", "Gallons", "Cost"],
                            ["Base 1", 3710, 21145.0],
                            ["Base 2", 3190, 18183.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Workbook of unpaid accounts to collection agency",
        notes="Multi-sheet workbook names patients with transport dates and balances for collections.",
        frm="Patient Accounts <patientaccounts@skybridgeairmed.com>",
        to="placements@treasurestatecollections.com",
        subject="October placements",
        body="October placements attached (self-pay and uninsured tabs). Standard 25% contingency.\n\nPatient Accounts",
        atts=(
            Att(
                "placements_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Self-pay": [
                            ["Account", "Guarantor", "DOS", "Transport", "Balance"],
                            [
                                "SB26-0441",
                                "Troy Wendt",
                                "03/11/2026",
                                "Rotor, Ruby Creek to Billings",
                                4120.0,
                            ],
                            [
                                "SB26-0982",
                                "Amber Kipp",
                                "05/02/2026",
                                "Rotor, Pine Hollow to Great Falls",
                                2890.0,
                            ],
                        ],
                        "Uninsured": [
                            ["Account", "Patient", "DOS", "Balance"],
                            ["SB26-1120", "Colt Harwood", "06/19/2026", 48700.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Communication center CAD export test file",
        notes="Hard negative: CAD interface test text with patient fields declared as test values; no real person.",
        frm="Communications Center <comms@skybridgeairmed.com>",
        to="support@dispatchlinksoftware.com",
        subject="CAD push test file",
        body="Attached is the test payload we sent to the county CAD. All values are dummy data from your test script.",
        atts=(
            Att(
                "cad_push_test.txt",
                "text/plain",
                "EVENT=TEST-0001\r\nPATIENT=TEST,TEST (dummy)\r\nAGE=00\r\nCOMPLAINT=TEST CALL - DO NOT DISPATCH\r\nLZ=45.1234,-110.5678\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="One-line note to physician with diagnosis in subject",
        notes="Hard positive: subject line carries patient surname and aortic dissection; body is one line.",
        frm="Flight Nurse <kfarris@skybridgeairmed.com>",
        to="cvsurgery.oncall@billingsregionalmed.org",
        subject="Wadsworth - type A dissection - wheels up 1412",
        body="ETA 38 min, BP 96/50 on esmolol, will call report on approach.",
    ),
    Spec(
        phi=False,
        category="Job posting for flight paramedic",
        notes="Hard negative: job posting describing critical care patient types and certifications; no patient.",
        frm="Human Resources <hr@skybridgeairmed.com>",
        to="jobs@emsjobsnorthwest.com",
        subject="Posting: Flight Paramedic, Base 2",
        body="Flight Paramedic - Harlan Gap, MT. FP-C or CCP-C within 2 years. Experience managing ventilated patients, vasopressor drips, balloon pumps and high-risk OB. 24-hour shifts. Apply at skybridgeairmed.com/careers.",
    ),
    Spec(
        phi=True,
        category="Patient care report CSV to trauma registry",
        notes="CSV of registry data with patient names, DOB and injury scores.",
        frm="Clinical Records <records@skybridgeairmed.com>",
        to="traumaregistry@billingsregionalmed.org",
        subject="Prehospital fields for Sept registry",
        body="Prehospital data elements for September transports to you.",
        atts=(
            Att(
                "prehospital_sep.csv",
                "text/csv",
                "run,patient,dob,mechanism,gcs,sbp,airway\r\n26-1980,Dale Pomeroy,1966-02-14,motorcycle,14,132,none\r\n26-2011,Kristin Yellowrobe,1999-08-30,rollover,7,88,ETT\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FAA certificate renewal correspondence",
        notes="Regulatory correspondence about operating certificate; no patient.",
        frm="Director of Operations <ops@skybridgeairmed.com>",
        to="fsdo.helena@faa-region.gov",
        subject="Ops specs amendment A021 - new base",
        body="Dear Principal Operations Inspector,\n\nAttached is our request to amend Ops Specs A021 to add Base 3 at Ruby Creek. The base will open Jan 2027 with one Bell 407GXi.\n\nRespectfully,\nRay Dufresne"
        + SIG,
        atts=(
            Att(
                "OpsSpec_A021_request.pdf",
                "application/pdf",
                pdf(
                    [
                        "SKYBRIDGE AIR MEDICAL, LLC",
                        "Request to amend Operations Specifications A021",
                        "Proposed base: Ruby Creek Municipal (RCK)",
                        "Aircraft: N718SB Bell 407GXi",
                    ],
                    "OpsSpec A021",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient asking for flight records",
        notes="Reply to patient's icloud confirming his flight and intubation details.",
        frm="Clinical Records <records@skybridgeairmed.com>",
        to="m.oakes77@icloud.com",
        subject="RE: records from my flight",
        body="Mr. Oakes,\n\nWe received your signed request. Your record for the August 3 flight from Ruby Creek to Billings (crush injury to the left leg, intubated in flight) will be mailed to the address on file within 10 business days. Electronic copies go through our secure portal only.\n\nClinical Records"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to prospective member about coverage",
        notes="Answers a member's general coverage question; no health information about him.",
        frm="SkyBridge Membership <membership@skybridgeairmed.com>",
        to="jenkins.family.mt@gmail.com",
        subject="RE: does membership cover my kids at college?",
        body="Hi Mrs. Jenkins,\n\nYes, dependents under 26 are covered anywhere in our service area, including college students in Bozeman and Missoula. Your household membership number is in your welcome packet.\n\nMembership Services",
    ),
    Spec(
        phi=True,
        category="Crew incident report to state EMS office naming patient",
        notes="Report to state office of a medication error naming patient and drug.",
        frm="Medical Director <meddir@skybridgeairmed.com>",
        to="ems.office@mtdphhs-ems.gov",
        subject="Reportable event 26-04",
        body="Per rule, reporting a medication event: on run 26-2288 patient Fern Goodluck (81 F) received 10x the intended dose of fentanyl (500 mcg instead of 50 mcg) via pump programming error. Naloxone given, no lasting harm, admitted to ICU overnight. RCA under way.\n\nDr. Ingrid Solheim",
    ),
    Spec(
        phi=False,
        category="Controlled substance DEA registration update",
        notes="Hard negative: DEA registration and NPI of medical director for base drug box; provider identifiers only.",
        frm="Pharmacy Compliance <rxcompliance@skybridgeairmed.com>",
        to="registration@deadiversion-helpdesk.gov",
        subject="Address change for registration FS6062739",
        body="Please update the registered location for DEA FS6062739 (Ingrid Solheim, MD, NPI 1487690517) to add Base 2, Harlan Gap Airport hangar 3. Controlled substances stocked: fentanyl, ketamine, midazolam.\n\nPharmacy Compliance",
    ),
    Spec(
        phi=False,
        category="Wellness survey results to staff",
        notes="Hard negative: aggregate staff wellness and burnout survey percentages; no individual.",
        frm="Human Resources <hr@skybridgeairmed.com>",
        to="allcrew@skybridgeairmed.com",
        subject="Crew wellness survey results",
        body="Thanks to the 71% who responded. 38% report sleep problems after night shifts; 22% screened positive for burnout; 9% reported symptoms of critical incident stress after pediatric calls. EAP is free and confidential: 1-800-555-0199.\n\nHR",
    ),
    Spec(
        phi=False,
        category="Vendor invoice dispute",
        notes="Hard negative: vendor invoice dispute with an SSN-shaped purchase order number; no patient.",
        frm="Finance <finance@skybridgeairmed.com>",
        to="ar@highplainsmedicalgas.com",
        subject="Invoice 55190 - duplicate charge",
        body="Hi, invoice 55190 bills us twice for 24 D-cylinder refills on 9/28. Please credit the duplicate. Our PO is 318-44-2091.\n\nFinance",
    ),
]
