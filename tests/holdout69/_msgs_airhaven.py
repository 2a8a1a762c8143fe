"""Outbound mail of AirHaven Home Respiratory, a home oxygen / CPAP / ventilator supplier (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import AHR, GBP, Att, Spec

SIG = "\n\nAirHaven Home Respiratory | 2901 Industrial Ave, Bay 6 | 916-555-0120 | airhavenhrs.com"
FOOT = "\n\nThis e-mail and any attachments are intended only for the addressee. AirHaven is an accredited DMEPOS supplier."

X12_835 = (
    "ISA*00*          *00*          *ZZ*AIRHAVENHRS    *ZZ*MEDICAREJD     *260316*0930*^*00501*000069035*0*P*:~"
    "GS*HP*NORIDIANJD*AIRHAVENHRS*20260316*0930*69035*X*005010X221A1~ST*835*0001~BPR*I*412.80*C*ACH~"
    "CLP*AH2602-1187*1*520.00*412.80**MB*2226046183000~NM1*QC*1*MARCHETTI*EUGENE****MI*7HW2R84JN61~"
    "SVC*HC:E1390:RR*520.00*412.80**1~DTM*472*20260201~CAS*CO*45*107.20~SE*9*0001~GE*1*69035~IEA*1*000069035~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*AIRHAVENHRS    *ZZ*PACIFICBLUE    *260318*1105*^*00501*000069270*0*P*:~"
    "GS*HS*AIRHAVENHRS*PACIFICBLUE*20260318*1105*69270*X*005010X279A1~ST*270*0001*005010X279A1~"
    "HL*1**20*1~NM1*PR*2*PACIFIC BLUE HEALTH*****PI*PBH01~HL*2*1*21*1~NM1*1P*2*AIRHAVEN HOME RESPIRATORY*****XX*1113023349~"
    "HL*3*2*22*0~NM1*IL*1*DEVEREAUX*NADINE****MI*PBH5502917741~DMG*D8*19880412*F~EQ*12~SE*10*0001~GE*1*69270~IEA*1*000069270~"
)

HL7_DELIVERY = (
    "MSH|^~\\&|AIRHAVEN|AHR|GBP_EHR|GRANITEBAY|20260319101500||ORU^R01|AHR20260319-07|P|2.5.1\r"
    "PID|1||GBP-0077310^^^GBP^MR||LINDQVIST^MARTA||19690930|F\r"
    "OBR|1||AHR-DLV-55821|E0601^CPAP setup^HCPCS|||20260319\r"
    "OBX|1|TX|SETUP^Setup note||AutoSet 4-15 cmH2O, medium nasal pillows, humidifier 4. Patient fitted and instructed.||||||F\r"
    "OBX|2|ST|SN^Device serial||ASV23B44190||||||F\r"
)

ICS_DELIVERY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//AirHaven//Dispatch//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:ahr-dlv-55830@airhavenhrs.com\r\nDTSTAMP:20260317T170000Z\r\n"
    "DTSTART:20260320T170000Z\r\nDTEND:20260320T190000Z\r\n"
    "SUMMARY:Oxygen concentrator delivery and setup - Eugene Marchetti\r\n"
    "LOCATION:1407 Quail Run Ct, Lincoln CA 95648\r\n"
    "DESCRIPTION:Technician Ray will bring a 5 L concentrator, 6 E-tanks and a conserving regulator.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_INSERVICE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//AirHaven//Education//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:ahr-inservice-0324@airhavenhrs.com\r\nDTSTAMP:20260316T200000Z\r\n"
    "DTSTART:20260324T193000Z\r\nDTEND:20260324T203000Z\r\n"
    "SUMMARY:In-service: home ventilator alarms for SNF nurses\r\nLOCATION:Oakmont SNF training room\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="CPAP setup confirmation HL7 back to ordering practice",
        notes="Hard positive: terse body; HL7 result names patient with MRN, DOB, CPAP setup and device serial.",
        frm="AirHaven Interfaces <interfaces@airhavenhrs.com>",
        to=f"hl7-in@{GBP}",
        subject="AHR20260319-07",
        body="1 msg attached.",
        atts=(Att("AHR20260319-07.hl7", "application/hl7-v2", HL7_DELIVERY),),
    ),
    Spec(
        phi=True,
        category="Medicare remittance 835 forwarded to billing service",
        notes="Hard positive: body only mentions a reconciliation; the 835 names the beneficiary with his MBI and oxygen concentrator rental payment.",
        frm="AirHaven Billing <billing@airhavenhrs.com>",
        to="team@sacbillingpartners.com",
        subject="835 for reconciliation - check 2226046183000",
        body="Hi Nora, one line didn't post automatically. 835 attached, please reconcile against our AR. Thanks, Gil",
        atts=(Att("remit_69035.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Eligibility inquiry 270 to commercial payer",
        notes="X12 270 names member with member ID and DOB for a DME eligibility check.",
        frm="AirHaven Intake <intake@airhavenhrs.com>",
        to="edi@pacificbluehealth.com",
        subject="270 batch 69270",
        body="Real-time endpoint is down again, sending batch 270 by secure mail as agreed.",
        atts=(Att("batch_69270.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="Oxygen delivery calendar invite to daughter",
        notes="Invite to daughter's personal mailbox with patient name, home address and oxygen delivery.",
        frm="AirHaven Dispatch <dispatch@airhavenhrs.com>",
        to="lisa.marchetti.rn@icloud.com",
        subject="Delivery window for your dad",
        body="Hi Lisa, as requested, here's the delivery window for your father's oxygen equipment so you can be there. Ray will call 30 minutes ahead."
        + SIG,
        ics=ICS_DELIVERY,
    ),
    Spec(
        phi=False,
        category="In-service invite for nursing facility",
        notes="Education calendar invite about ventilator alarms; no patient.",
        frm="AirHaven Clinical Education <education@airhavenhrs.com>",
        to="don@oakmontsnf.com",
        subject="Vent alarm in-service next Tuesday",
        body="Looking forward to seeing your night-shift team. We'll bring a Trilogy demo unit.",
        ics=ICS_INSERVICE,
    ),
    Spec(
        phi=True,
        category="Resupply reminder to patient personal email",
        notes="Named patient told her CPAP mask cushions and filters are due under her insurance, to her gmail.",
        frm="AirHaven Resupply <resupply@airhavenhrs.com>",
        to="marta.lindqvist69@gmail.com",
        subject="Marta, your CPAP supplies are ready to ship",
        body="",
        html=(
            "<html><body><p>Hi Marta,</p><p>Your plan covers new <b>nasal pillow cushions</b>, <b>filters</b> and a <b>humidifier chamber</b> for your CPAP as of March 20.</p>"
            "<p><a href='https://resupply.airhavenhrs.com/confirm?acct=AH-114082'>Confirm my order</a></p><p>AirHaven Home Respiratory</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Generic resupply marketing email",
        notes="Hard negative: HTML sale on CPAP accessories to a general newsletter list; no individual and no condition-segmented list.",
        frm="AirHaven Shop <shop@airhavenhrs.com>",
        to="newsletter@lists.airhavenhrs.com",
        subject="Spring sale: 20% off travel cases and wipes",
        body="",
        html=(
            "<html><body><h2>Spring sale</h2><p>20% off travel cases, mask wipes and hose covers through March 31. Free shipping over $40.</p>"
            "<p>Not sure which accessories fit your device? Chat with us.</p><p><a href='https://airhavenhrs.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Compliance download report to physician",
        notes="PDF usage report names patient with 90-day CPAP use, residual AHI and leak for insurance compliance.",
        frm="AirHaven Clinical <rt@airhavenhrs.com>",
        to=f"praman@{GBP}",
        subject="30/90 day compliance report",
        body="Dr. Raman, compliance report attached for your follow-up visit next week. She's meeting Medicare-style criteria."
        + SIG,
        atts=(
            Att(
                "compliance_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "AIRHAVEN HOME RESPIRATORY - CPAP COMPLIANCE REPORT",
                        "Patient: Marta Lindqvist   DOB 09/30/1969   Account AH-114082",
                        "Device: AutoSet, serial ASV23B44190",
                        "Period 03/19/2026 - 04/17/2026",
                        "Days used >= 4 h: 26 of 30 (87%)   Average use 6 h 41 min",
                        "Residual AHI 2.3   95th percentile leak 14 L/min   95th pressure 11.2 cmH2O",
                    ],
                    "Compliance report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Device recall lot list to distributors",
        notes="Hard negative: list of device serial numbers in a recall lot sent to distributors, not tied to any patient.",
        frm="AirHaven Quality <quality@airhavenhrs.com>",
        to="recalls@westcoastmedsupply.com",
        subject="Recall lot RA-26-04: serials in your stock",
        body="These serials from lot RA-26-04 are in your unsold inventory per your last stock report. Please quarantine and ship back with RMA 8804.",
        atts=(
            Att(
                "RA-26-04_serials.csv",
                "text/csv",
                "serial,model,lot,warehouse\r\nASV23B51020,AutoSet,RA-26-04,Stockton\r\nASV23B51021,AutoSet,RA-26-04,Stockton\r\nASV23B51033,AutoSet,RA-26-04,Fresno\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient-serial recall notice letter",
        notes="Hard positive: recall letter to a named patient at home tying her to a CPAP device serial; implies sleep apnea treatment.",
        frm="AirHaven Quality <quality@airhavenhrs.com>",
        to="nadine.devereaux@yahoo.com",
        subject="Action needed: your device is affected by recall RA-26-04",
        body=(
            "Dear Nadine Devereaux,\n\nThe AutoSet unit we delivered to you at 62 Larkspur Lane (serial ASV23B51044) is part of recall RA-26-04. "
            "Please keep using it until your replacement arrives; a technician will swap it on March 24 between 1 and 3 pm.\n\nAirHaven Quality Team"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Fleet vehicle maintenance schedule",
        notes="Hard negative: delivery van plates and VINs in a fleet schedule; vehicle identifiers of the company, not patients.",
        frm="Fleet <fleet@airhavenhrs.com>",
        to="service@rosevilleautocare.com",
        subject="April service schedule - 4 vans",
        body="Van 2 (plate 8XKT412) - brakes; Van 3 (plate 9BRM077) - oil + tires; Van 5 (VIN 1FTBR1C8XMKA40927) - AC; Van 6 - inspection. Drop-off Mondays 7am. Thanks, Sal",
    ),
    Spec(
        phi=True,
        category="Ventilator patient roster to power company",
        notes="Medical-baseline list of named patients on home ventilators with addresses for wildfire shutoff priority.",
        frm="AirHaven Clinical <rt@airhavenhrs.com>",
        to="medicalbaseline@pgande-example.com",
        subject="PSPS priority customers - life support",
        body="Per our emergency plan, customers on life-support equipment in your planned shutoff area:",
        atts=(
            Att(
                "psps_life_support.xlsx",
                XLSX,
                xlsx(
                    {
                        "Vent": [
                            ["Name", "Address", "Phone", "Equipment"],
                            [
                                "Orlando Pike",
                                "33 Gold Hill Rd, Newcastle CA 95658",
                                "916-555-0131",
                                "Trilogy home ventilator (ALS)",
                            ],
                            [
                                "Susan Abernathy",
                                "790 Ridge Vista, Auburn CA 95603",
                                "530-555-0149",
                                "BiPAP ST + O2",
                            ],
                        ],
                        "O2 only": [
                            ["Name", "Address", "Flow"],
                            [
                                "Chidi Okafor",
                                "88 Lantern Cove, Roseville CA 95661",
                                "3 L/min continuous",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate delivery metrics workbook",
        notes="Hard negative: counts of deliveries by equipment type and region; aggregate, no individuals.",
        frm="Operations <ops@airhavenhrs.com>",
        to="leadership@airhavenhrs.com",
        subject="Feb ops review",
        body="Workbook attached. On-time setup rate 96.2%.",
        atts=(
            Att(
                "ops_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Deliveries": [
                            ["Type", "Count"],
                            ["Oxygen concentrator", 182],
                            ["CPAP/APAP", 244],
                            ["BiPAP", 37],
                            ["Home vent", 9],
                        ],
                        "Regions": [
                            ["Region", "Setups", "On-time"],
                            ["Placer", 211, 0.97],
                            ["Sacramento", 198, 0.95],
                            ["El Dorado", 63, 0.96],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of CMNs to auditor",
        notes="Hard positive: body names no one; the password-protected zip holds oxygen certificates of medical necessity for named beneficiaries, one with an MBI.",
        frm="AirHaven Compliance <compliance@airhavenhrs.com>",
        to="audit@rac-region4-review.com",
        subject="ADR response - 3 claims",
        body="ADR response for claims in request 26-ADR-0419 attached as an encrypted zip. The password will be sent separately by phone."
        + FOOT,
        atts=(
            Att(
                "ADR_26-0419.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "cmn_marchetti.txt": "CMS-484 Oxygen CMN\nBeneficiary: Eugene Marchetti  MBI 7HW2-R84-JN61\nQualifying SpO2 81% nocturnal 03/13/2026\n",
                        "cmn_okafor.txt": "CMS-484 Oxygen CMN\nBeneficiary: Chidi Okafor\nQualifying SpO2 86% at rest 01/08/2026\n",
                    },
                    "Qv7!airhaven-ADR",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Password follow-up without content",
        notes="Hard negative: message only says the password will be phoned; no patient data or names.",
        frm="AirHaven Compliance <compliance@airhavenhrs.com>",
        to="audit@rac-region4-review.com",
        subject="RE: ADR response - 3 claims",
        body="Following up: please call 916-555-0121 to receive the archive password. We do not send passwords by e-mail.",
    ),
    Spec(
        phi=True,
        category="Technician visit note forwarded to respiratory therapist",
        notes="Forwarded tech note names patient, her home, smoking near oxygen and COPD.",
        frm="Ray Delgado <rdelgado@airhavenhrs.com>",
        to="k.obrien.rrt@gmail.com",
        subject="FW: safety concern - Quail Run",
        body="Kathy, forwarding to your personal since the portal is down. Can you do a safety visit this week?",
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Ray Delgado <rdelgado@airhavenhrs.com>",
            to=f"rt@{AHR}",
            subject="safety concern - Quail Run",
            body="Delivered O2 to Mr. Marchetti today (1407 Quail Run Ct). Ashtray with fresh butts next to the concentrator. He says his son smokes, not him. COPD, 2 L nocturnal. Told him no smoking in the house. Needs RT follow-up.",
        ),
    ),
    Spec(
        phi=False,
        category="Referring physician directory with DEA",
        notes="Hard negative: internal prescriber directory update with NPIs and a DEA number; provider identifiers only.",
        frm="AirHaven Intake <intake@airhavenhrs.com>",
        to=f"intake-team@{AHR}",
        subject="Prescriber directory update",
        body=(
            "Adding to the referring prescriber table:\n\nAlan Whitcomb, MD - Granite Bay Pulmonary - NPI: 1676978582 - DEA BW7734824\n"
            "Ifeoma Okonjo, MD - Granite Bay Pulmonary (sleep) - NPI: 1232438311\nFax for orders: 916-555-0143"
        ),
    ),
    Spec(
        phi=True,
        category="Insurance denial notice to patient",
        notes="Named patient told his BiPAP claim was denied with member ID and diagnosis code.",
        frm="AirHaven Billing <billing@airhavenhrs.com>",
        to="omar.haddad.sac@hotmail.com",
        subject="About your BiPAP coverage",
        body=(
            "Dear Mr. Haddad,\n\nPacific Blue Health denied coverage of your BiPAP (E0471) under member ID PBH3310029588, stating that the documentation did not show "
            "CPAP failure for your G47.33 diagnosis. We have asked Dr. Okonjo for a new note and will resubmit. You do not owe anything while we appeal.\n\nGil Navarro, Billing"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Payer contract rate schedule",
        notes="Fee schedule with HCPCS codes and allowed amounts; no patient.",
        frm="AirHaven Contracts <contracts@airhavenhrs.com>",
        to="networkmgmt@pacificbluehealth.com",
        subject="2026 rate proposal - respiratory HCPCS",
        body="Proposed rates attached for E1390, E0601, E0471, A7030-A7039. Happy to discuss on Thursday.",
        atts=(
            Att(
                "rates_2026.csv",
                "text/csv",
                "hcpcs,description,current,proposed\r\nE1390,Oxygen concentrator monthly,168.40,176.00\r\nE0601,CPAP device monthly,62.10,66.00\r\nE0471,BiPAP ST monthly,310.00,318.50\r\nA7030,Full face mask,144.00,149.00\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Delivery driver manifest with patient addresses",
        notes="Hard positive: route manifest with no headers listing names, addresses and equipment (oxygen, CPAP) for a contracted courier.",
        frm="AirHaven Dispatch <dispatch@airhavenhrs.com>",
        to="dispatch@foothillcourierco.com",
        subject="Route 4 Thursday",
        body="Route 4 for Thursday below, same cutoff as usual.\n\nD. Fulbright | 2218 Barton Rd Loomis | E0601 + A7034\nN. Devereaux | 62 Larkspur Ln Rocklin | swap ASV23B51044\nH. Bexley | Oakmont SNF rm 14 | E1390 5L + E0431 x6\n\n-Marisol",
    ),
    Spec(
        phi=False,
        category="Courier contract renewal",
        notes="Business contract mail with a courier; no patients.",
        frm="AirHaven Contracts <contracts@airhavenhrs.com>",
        to="accounts@foothillcourierco.com",
        subject="Renewal - signed BAA and MSA",
        body="Attached are the countersigned MSA and business associate agreement for 2026-2028. Please note the new route cutoff time of 2 pm.",
        atts=(
            Att(
                "BAA_foothill_courier_2026.docx",
                DOCX,
                docx(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT",
                        "Between AirHaven Home Respiratory ('Covered Entity') and Foothill Courier Co. ('Business Associate').",
                        "Business Associate may use PHI, such as names, addresses and equipment type, solely to perform deliveries.",
                        "Term: April 1, 2026 to March 31, 2028.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pediatric home oxygen note to school nurse",
        notes="Named child's bronchopulmonary dysplasia and school oxygen use sent to the school nurse.",
        frm="AirHaven Pediatrics <peds@airhavenhrs.com>",
        to="nurse.hernandez@loomisunion.k12.ca.us",
        subject="Oxygen at school - Mateo Reyes, grade 2",
        body=(
            "Hi Ms. Hernandez,\n\nMateo Reyes (grade 2, Ms. Park's class) will start bringing a portable oxygen cylinder to school on Monday because of his bronchopulmonary dysplasia. "
            "He uses 0.5 L/min by nasal cannula during PE only. Attached is the cylinder handling sheet; his mother Elena signed the release.\n\nBeth, RRT"
            + SIG
        ),
        atts=(
            Att(
                "cylinder_handling.txt",
                "text/plain",
                "Store upright in cart. Keep 5 ft from heat. Check gauge before PE. Spare cylinder in nurse office.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Generic oxygen safety sheet to fire department",
        notes="Hard negative: home oxygen fire-safety handout shared with fire marshal; no patient addresses.",
        frm="AirHaven Clinical Education <education@airhavenhrs.com>",
        to="firemarshal@placerfire.gov",
        subject="Home oxygen safety handout - final",
        body="Here's the final text of our joint handout for the community event. We did not include any client list, per your suggestion.",
        atts=(
            Att(
                "oxygen_fire_safety.txt",
                "text/plain",
                "HOME OXYGEN FIRE SAFETY\n- No smoking, candles or open flames within 10 feet.\n- Post a 'No Smoking - Oxygen in Use' sign.\n- Keep tubing away from stoves.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Customer service reply with account number",
        notes="Hard positive: reply ties the patient's first name and account number to her coinsurance for an oxygen concentrator rental; payment for care.",
        frm="AirHaven Customer Care <care@airhavenhrs.com>",
        to="gpenhallow57@aol.com",
        subject="RE: Statement question",
        body="Hi Gloria,\n\nThe $48.22 on account AH-109337 is your 20% coinsurance for the February oxygen concentrator rental after Medicare paid. You can pay online or by phone.\n\nThanks,\nDevon"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Phishing warning to customers",
        notes="General security notice to all customers; no individual data.",
        frm="AirHaven Customer Care <care@airhavenhrs.com>",
        to="customers@lists.airhavenhrs.com",
        subject="Beware of calls pretending to be AirHaven",
        body="We've heard of callers claiming to be from AirHaven asking for Medicare numbers to 'renew' equipment. We never ask for your full Medicare number by phone. Hang up and call 916-555-0120.",
    ),
    Spec(
        phi=True,
        category="Zip of delivery tickets to physician",
        notes="Zip with signed delivery ticket text naming patient and BiPAP settings.",
        frm="AirHaven Clinical <rt@airhavenhrs.com>",
        to=f"iokonjo@{GBP}",
        subject="Proof of delivery for your records",
        body="Dr. Okonjo, delivery ticket and settings sheet attached for the PAP order you sent 3/10.",
        atts=(
            Att(
                "POD_AH-118220.zip",
                "application/zip",
                zipped(
                    {
                        "delivery_ticket.txt": "Delivery ticket AH-118220\nCustomer: Omar Haddad  DOB 02/17/1966\nItem: E0471 BiPAP ST  serial BST22C09812\nSigned: O. Haddad 03/16/2026\n",
                        "settings.txt": "IPAP 16 / EPAP 8 / backup rate 12, full face mask medium\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of product manuals to sales rep",
        notes="Hard negative: zip of device manuals; no patients.",
        frm="AirHaven Clinical Education <education@airhavenhrs.com>",
        to="rep@luminarespiratory.com",
        subject="Which manuals are current?",
        body="We have these two versions on file, can you confirm which is current before our in-service?",
        atts=(
            Att(
                "manuals.zip",
                "application/zip",
                zipped(
                    {
                        "concentrator_v2.txt": "Model OC-5 user manual v2. Alarm codes: E1 low flow, E2 high temp.\n",
                        "concentrator_v3.txt": "Model OC-5 user manual v3. Alarm codes: E1 low flow, E2 high temp, E3 purity.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hospital discharge DME coordination",
        notes="Named inpatient's discharge date, diagnosis and oxygen/BiPAP needs sent to hospital case manager.",
        frm="AirHaven Hospital Liaison <liaison@airhavenhrs.com>",
        to="casemanagement@sierravistamed.org",
        subject="RE: d/c tomorrow rm 512",
        body="Confirmed: we'll deliver BiPAP and a 5 L concentrator to Susan Abernathy's home by 3 pm tomorrow (3/18) before her discharge. Hypercapnic resp failure, ABG pCO2 62, so backup rate 14. Please send the face-to-face note."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Warehouse lifting safety reminder",
        notes="Hard negative: staff safety notice about an unnamed lifting injury; no individual and no patient.",
        frm="Safety <safety@airhavenhrs.com>",
        to=f"warehouse@{AHR}",
        subject="Lifting H-cylinders - use the cart, every time",
        body="Team,\n\nWe had a back strain in the warehouse last week from lifting an H-cylinder by hand. Everyone is fine, but please use the cylinder cart or a second person for anything over 50 lb. Refresher on safe lifting is Thursday 7:30 am in the break room.\n\nSafety Committee",
    ),
    Spec(
        phi=True,
        category="Photo of home setup sent to RT",
        notes="Hard positive: photo file named with patient name and 'trach vent setup'; body only says 'see pic'.",
        frm="Ray Delgado <rdelgado@airhavenhrs.com>",
        to=f"rt@{AHR}",
        cc="nurse.visits@placerhomehealth.org",
        subject="see pic",
        body="see pic, is the humidifier right?",
        atts=(Att("Pike_Orlando_trach_vent_setup.png", "image/png", png(5, 5, (30, 120, 90))),),
    ),
    Spec(
        phi=False,
        category="Warehouse inventory photo",
        notes="Photo of an oxygen cylinder rack sent to a vendor; no patient.",
        frm="Warehouse <warehouse@airhavenhrs.com>",
        to="orders@norcalgasvalves.com",
        subject="Damaged valves - photo",
        body="Three E-cylinder valves arrived bent, photo attached. Please credit.",
        atts=(Att("cylinder_rack_damage.png", "image/png", png(4, 4, (150, 150, 30))),),
    ),
    Spec(
        phi=False,
        category="Accreditation survey prep checklist",
        notes="Hard negative: policy checklist mentioning PHI field names (patient name, DOB) but no data.",
        frm="AirHaven Compliance <compliance@airhavenhrs.com>",
        to=f"managers@{AHR}",
        subject="ACHC survey prep - checklist",
        body="Checklist for next month's survey:\n1. Every delivery ticket has patient name, DOB and signature fields completed.\n2. Complaint log shows resolution within 14 days.\n3. Oxygen cylinder storage logs signed daily.\n4. Staff competency files current.",
    ),
    Spec(
        phi=True,
        category="Spreadsheet of overdue rentals to collections",
        notes="Multi-sheet workbook of named customers with balances for oxygen/CPAP rentals sent to a collection agency.",
        frm="AirHaven Billing <billing@airhavenhrs.com>",
        to="placements@goldcountrycollections.com",
        subject="March placements",
        body="Placements attached. Please note two accounts are Medicare secondary; do not contact before April 15.",
        atts=(
            Att(
                "placements_mar.xlsx",
                XLSX,
                xlsx(
                    {
                        "Placements": [
                            ["Account", "Name", "Phone", "Item", "Balance"],
                            [
                                "AH-101552",
                                "Vernon Tully",
                                "916-555-0109",
                                "CPAP E0601 rental",
                                412.5,
                            ],
                            [
                                "AH-098771",
                                "Irene Castellanos",
                                "916-555-0115",
                                "Oxygen E1390",
                                236.0,
                            ],
                        ],
                        "Hold": [
                            ["Account", "Reason"],
                            ["AH-098771", "Medicare secondary pending"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Training quiz with fictional patient",
        notes="Hard negative: internal quiz explicitly using a fictional patient 'Test Patient Alpha' to practise CMN completion.",
        frm="AirHaven Clinical Education <education@airhavenhrs.com>",
        to=f"newhires@{AHR}",
        subject="Week 2 quiz - CMN practice",
        body="Practice scenario (fictional, not a real customer): 'Test Patient Alpha', 70s, COPD, resting SpO2 87%. Which HCPCS codes and what qualifying test do you need for a concentrator? Answers due Friday.",
    ),
    Spec(
        phi=True,
        category="Ventilator alarm escalation to neurologist",
        notes="Named ALS patient's ventilator alarms and desaturation reported to his neurologist.",
        frm="AirHaven Clinical <rt@airhavenhrs.com>",
        to="als.clinic@ucdhealth-neuro.org",
        subject="Orlando Pike - night alarms",
        body="Dr. Fisher,\n\nOrlando Pike's Trilogy logged 11 low-minute-ventilation alarms over the last 3 nights and his home oximeter shows SpO2 into the 80s around 3 am. FVC per your last note was 38%. Can you review settings? We can visit tomorrow.\n\nBeth, RRT"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Supplier price increase notice reply",
        notes="Vendor correspondence about cannula pricing; no patients.",
        frm="Purchasing <purchasing@airhavenhrs.com>",
        to="sales@medlineish-supply.com",
        subject="RE: 2026 price increase - cannulas",
        body="Thanks for the notice. A 9% increase on adult cannulas is more than we can absorb; please send the volume-tier pricing for 20,000 units/quarter.",
    ),
    Spec(
        phi=False,
        category="HTML webinar invitation to clinicians",
        notes="HTML-only marketing webinar for referring clinicians about oxygen qualification rules; no patient.",
        frm="AirHaven Events <events@airhavenhrs.com>",
        to="staff@placerprimarycare.org",
        subject="Webinar: Oxygen qualification in 2026 (1 CE)",
        body="",
        html="<html><body><h3>Oxygen qualification in 2026</h3><p>Wednesday April 8, 12:15 pm. Learn what documentation Medicare requires for home oxygen and how to avoid ADR denials.</p><p><a href='https://airhavenhrs.com/webinar'>Register</a></p></body></html>",
    ),
]
