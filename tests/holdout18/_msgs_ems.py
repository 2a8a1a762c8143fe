"""Tri-County EMS: run reports, interfacility transfers, ambulance billing (14 PHI, 14 not)."""

# ruff: noqa: E501  (message text and structured attachments keep their natural line lengths)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import EMS, PHH, RX, Att, Spec

SIG_BILL = (
    "\n\nDustin Pelletier\nBilling Specialist | Tri-County EMS\n"
    "PO Box 118, Ferndale MN 56474 | 218-555-0230 | fax 218-555-0231"
)

X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*TRICOUNTYEMS   *ZZ*PRAIRIECLR     *261110*1604*^*00501*000004127*0*P*:",
            "GS*HC*TRICOUNTYEMS*PRAIRIECLR*20261110*1604*4127*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*TC2611104127*20261110*1604*CH",
            "NM1*85*2*TRI-COUNTY EMS*****XX*1481479826",
            "N3*PO BOX 118",
            "N4*FERNDALE*MN*56474",
            "HL*1**20*1",
            "HL*2*1*22*0",
            "SBR*P*18*******MB",
            "NM1*IL*1*STANDINGCLOUD*VERNON*J***MI*5P32Q26VR80",
            "N3*41 PRAIRIE VIEW LN",
            "N4*KETTLE LAKE*MN*56481",
            "DMG*D8*19440611*M",
            "CLM*TC26-11804*1842.50***41:B:1*Y*A*Y*Y",
            "HI*ABK:I214*ABF:R0789",
            "CR1*LB*212**A*DH*14****",
            "NM1*PW*2******",
            "N3*41 PRAIRIE VIEW LN",
            "N4*KETTLE LAKE*MN*56481",
            "NM1*45*2*PINE HOLLOW CAH*****XX*1727271318",
            "LX*1",
            "SV1*HC:A0427:RH*1420.00*UN*1***1",
            "DTP*472*D8*20261103",
            "LX*2",
            "SV1*HC:A0425:RH*422.50*UN*14***1",
            "SE*26*0001",
            "GE*1*4127",
            "IEA*1*000004127",
        ]
    )
    + "~\n"
)

X12_999 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*PRAIRIECLR     *ZZ*TRICOUNTYEMS   *261111*0702*^*00501*000088120*0*P*:",
            "GS*FA*PRAIRIECLR*TRICOUNTYEMS*20261111*0702*88120*X*005010X231A1",
            "ST*999*0001*005010X231A1",
            "AK1*HC*4127*005010X222A1",
            "AK2*837*0001*005010X222A1",
            "IK3*CLM*15**8",
            "IK4*5*1331*7*41:B:2",
            "IK5*R*5",
            "AK9*R*1*1*0",
            "SE*9*0001",
            "GE*1*88120",
            "IEA*1*000088120",
        ]
    )
    + "~\n"
)

PHI_MESSAGES = [
    Spec(
        phi=True,
        category="pcr_pdf_to_receiving",
        notes="Patient care report PDF to the receiving hospital's HIM: name, DOB, vitals, treatment.",
        frm=f"Tri-County EMS Records <records@{EMS}>",
        to="HIM ED Records <edrecords@prairiemercy.org>",
        subject="ePCR for incident 26-11872 (ESO upload failed)",
        body="Your ESO hospital hub was down overnight, so here is the PCR as a PDF.\n\nTri-County EMS Records",
        atts=(
            Att(
                "PCR_26-11872.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-COUNTY EMS - PATIENT CARE REPORT   Incident 26-11872   Medic 2",
                        "Patient: Kowalski, Theresa A.   DOB 05/21/1959   F",
                        "Address: 1102 W Lake St, Kettle Lake MN 56481",
                        "CC: chest pressure x 40 min, diaphoretic. Hx DM2, HTN, smoker.",
                        "12-lead: ST elevation II, III, aVF. STEMI alert 0612 to Prairie Mercy.",
                        "Vitals 0604: BP 104/66  HR 58  RR 20  SpO2 95% RA  BGL 212",
                        "Tx: ASA 324 mg PO, IV 18g L AC, NS TKO, fentanyl 50 mcg IV x1",
                        "Transferred care to cath lab RN 0657.  Crew: R. Oduya, Paramedic; G. Runningwater, EMT",
                    ],
                    "Patient Care Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="x12_837_ambulance_claim",
        notes="X12 837P ambulance claim (MBI, name, DOB, address, diagnosis, mileage) to the clearinghouse.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="EDI Support <edi-support@prairieclearinghouse.com>",
        subject="Resubmitting batch 4127 - corrected CLM05",
        body="Corrected claim frequency in CLM05 per your 999. File attached, please reprocess."
        + SIG_BILL,
        atts=(Att("TCEMS_837P_4127_corrected.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="mco_claim_lines_xlsx",
        notes=(
            "Hard positive: spreadsheet with member IDs, dates of service and HCPCS claim lines "
            "to the Medicaid plan's provider rep; body only says 'the list we discussed'."
        ),
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Provider Relations <providerrep@bluestemhealthplan.com>",
        subject="the list we discussed",
        body="Hi Carla,\n\nHere's the list we discussed on the call. Second tab has the denial reasons you asked for."
        + SIG_BILL,
        atts=(
            Att(
                "TCEMS_stuck_claims_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Member ID", "Member", "DOB", "DOS", "HCPCS", "Units", "Billed"],
                            [
                                "BSH40917733",
                                "Amira Haddad",
                                "1988-02-14",
                                "2026-07-08",
                                "A0429",
                                1,
                                1110.00,
                            ],
                            [
                                "BSH40917733",
                                "Amira Haddad",
                                "1988-02-14",
                                "2026-07-08",
                                "A0425",
                                9,
                                271.80,
                            ],
                            [
                                "BSH41022618",
                                "Joseph Two Hawks",
                                "1953-12-30",
                                "2026-08-19",
                                "A0427",
                                1,
                                1420.00,
                            ],
                            [
                                "BSH41022618",
                                "Joseph Two Hawks",
                                "1953-12-30",
                                "2026-08-19",
                                "A0425",
                                22,
                                664.40,
                            ],
                            [
                                "BSH39877201",
                                "Carmen Villalobos",
                                "2019-06-05",
                                "2026-09-02",
                                "A0428",
                                1,
                                690.00,
                            ],
                        ],
                        "Denials": [
                            ["Member ID", "DOS", "CARC", "Note"],
                            [
                                "BSH40917733",
                                "2026-07-08",
                                "CO-50",
                                "medical necessity - seizure, pt refused transport?",
                            ],
                            [
                                "BSH41022618",
                                "2026-08-19",
                                "CO-16",
                                "missing PCS for dialysis transport",
                            ],
                            ["BSH39877201", "2026-09-02", "CO-97", "bundled with facility"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="qa_naloxone_address",
        notes=(
            "Hard positive: QA feedback to a medic with no name, but a run number, street "
            "address, age and naloxone doses (substance use)."
        ),
        frm=f"Renee Oduya <roduya@{EMS}>",
        to=f"Cole Brandvold <cbrandvold@{EMS}>",
        subject="QA - run 26-11790",
        body=(
            "Cole,\n\nNice job on 26-11790 (418 Cedar St, Pine Hollow). Two things for the chart: "
            "you documented one naloxone 0.4 mg IV but the narrative says the 23 y/o needed a "
            "second dose after 6 min - add it with the time. And note the leave-behind Narcan kit "
            "given to his girlfriend. Addendum by Friday please.\n\nRenee\nQA Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="transfer_confirmation_family",
        notes="Transfer time and condition to a daughter's gmail: mother's name, hospitals, oxygen, stretcher.",
        frm=f"Sofia Lindqvist <slindqvist@{EMS}>",
        to="Nadia Rahimi <nadia.rahimi.mn@gmail.com>",
        subject="Your mother's transfer tomorrow",
        body=(
            "Hi Nadia,\n\nConfirming that we will transfer your mother, Parveen Rahimi, from Pine "
            "Hollow CAH to Prairie Mercy 4 West tomorrow (Thursday) at 2:00 PM. She will go by "
            "stretcher on 3 L oxygen with a paramedic because of the heart monitor. There is no "
            "room for a rider, so please plan to drive separately. The trip takes about 80 "
            "minutes.\n\nSofia Lindqvist\nOperations, Tri-County EMS | 218-555-0222"
        ),
    ),
    Spec(
        phi=True,
        category="ambulance_bill_denial_patient",
        notes="Billing letter to the patient's outlook mailbox: insurer denial of an ambulance trip, diagnosis.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Brent Haugland <brent.haugland@outlook.com>",
        subject="Your ambulance claim from 09/14 - action needed",
        body=(
            "Dear Mr. Haugland,\n\nYour insurer (HealthPartners, member ID HP3390017264) denied "
            "the claim for your ambulance transport on 09/14/2026 from your home on Quarry Road "
            "to Pine Hollow CAH, stating that the transport was not medically necessary for a "
            "diagnosis of 'low back pain'. Our crew documented a fall with inability to bear "
            "weight. We can appeal if you sign the enclosed form. Current balance: $1,386.00."
            + SIG_BILL
        ),
        atts=(
            Att(
                "appeal_authorization_Haugland.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 "
                "{\\b Tri-County EMS - Patient Authorization to Appeal}\\par "
                "Patient: Brent Haugland\\par DOB: 03/02/1983\\par "
                "Member ID: HP3390017264\\par "
                "Date of transport: 09/14/2026, residence to Pine Hollow CAH ED\\par "
                "Crew findings: fall from hay loft approx. 8 ft, unable to bear weight, "
                "suspected pelvic injury, fentanyl 75 mcg IV given\\par "
                "I authorize Tri-County EMS to appeal the denial on my behalf.\\par "
                "Signature: ______________________  Date: __________\\par }",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="complaint_forward_rfc822",
        notes="Forwarded patient complaint (message/rfc822) describing a husband's cardiac arrest care.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to=f"Dr. Ikenna Obi <iobi@{EMS}>",
        subject="FW: complaint about Oct 30 call - please review",
        body=(
            "Doc, can you review this with Renee? The PCR for incident 26-11655 is in ESO. I told "
            "her we'd call by next Friday.\n\nWade\nChief, Tri-County EMS"
        ),
        forward=Spec(
            phi=True,
            category="complaint_forward_rfc822",
            notes="inner",
            frm="Gail Sundquist <gail.sundquist@icloud.com>",
            to=f"Info <info@{EMS}>",
            subject="complaint about Oct 30 call",
            body=(
                "To whom it may concern,\n\nOn October 30 my husband Dale Sundquist collapsed in our "
                "barn at 6440 County Road 12. I did CPR until your crew came. They shocked him twice "
                "and got a pulse back, but they waited 20 minutes for the helicopter in our yard "
                "instead of driving. He is now at Prairie Mercy on a ventilator. I want to know why.\n\n"
                "Gail Sundquist\n218-555-0166\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_refusal",
        notes="Hard positive: the subject carries the name, date, road and a diabetic refusal; the body is bare.",
        frm=f"Gabe Runningwater <grunningwater@{EMS}>",
        to=f"Renee Oduya <roduya@{EMS}>",
        subject="11/12 0314 Bergquist Rd - Ed Lofgren diabetic refusal, sugar 41->118",
        body="Signed refusal is in ESO. Wife stayed with him. Pls review when you can.\n\nGabe",
    ),
    Spec(
        phi=True,
        category="narrative_txt_attachment",
        notes="Crew narrative TXT for a psychiatric hold transport, with name and hold details, to the hospital.",
        frm=f"Tri-County EMS Records <records@{EMS}>",
        to=f"Social Services <socialservices@{PHH}>",
        subject="narrative for 72h hold transport",
        body="Narrative you asked for is attached.",
        atts=(
            Att(
                "narrative_26-11901.txt",
                "text/plain",
                "Incident 26-11901  11/11/2026  Unit 4\n"
                "Pt Jacob Tollefson, 19 M, transported from Pine Hollow CAH ED to Prairie Mercy "
                "Behavioral Health on transport hold signed by Dr. Okafor-Lind. Pt calm, "
                "cooperative, voiced suicidal thoughts with plan earlier today per ED. Soft "
                "restraints not needed. Handed off to BH intake RN 1845.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="frequent_caller_initials",
        notes=(
            "Hard positive: to first responders - initials, age, street address and a pattern of "
            "falls and lift assists."
        ),
        frm=f"Renee Oduya <roduya@{EMS}>",
        to="Ferndale Fire First Responders <firstresponders@ferndalefire.org>",
        subject="lift assists at Mill Pond Ln",
        body=(
            "Heads up: W.H., 78, at 22 Mill Pond Ln has had 4 lift assists this month (falls, "
            "no injury each time, lives alone, Parkinson's). We made an adult protection / "
            "home-care referral. If you get toned out there, please check for a head strike and "
            "whether he's taken his carbidopa-levodopa.\n\nRenee Oduya, Paramedic\nTri-County EMS"
        ),
    ),
    Spec(
        phi=True,
        category="mbi_appeal_medicare",
        notes="Medicare redetermination for an ambulance trip: name, MBI, date of service, diagnosis.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Redeterminations <appeals@noridian-jurisdiction.com>",
        subject="Redetermination request - ambulance DOS 08/27/2026",
        body=(
            "Beneficiary: Marjorie Eklund\nMBI: 4F94EX5DP51\nDOS: 08/27/2026, A0428/A0425, "
            "Tri-County EMS NPI: 1481479826\n\n"
            "Basis: the beneficiary is bed-confined after a left above-knee amputation and "
            "cannot sit in a wheelchair; physician certification statement attached in the "
            "portal. Please reconsider." + SIG_BILL
        ),
    ),
    Spec(
        phi=True,
        category="med_list_photo_filename",
        notes=(
            "Hard positive: a photo of a patient's pill bottles sent to the hospital pharmacist; "
            "the surname is only in the file name."
        ),
        frm=f"Gabe Runningwater <grunningwater@{EMS}>",
        to=f"Priya Ramanathan <pramanathan@{PHH}>",
        subject="pill bottles from this morning's call",
        body="Took a pic of everything on the kitchen table like you asked. Hope it helps with the med rec.\n\nGabe",
        atts=(Att("Kowalczyk_pill_bottles_kitchen.png", "image/png", png(5, 7, (120, 140, 90))),),
    ),
    Spec(
        phi=True,
        category="dialysis_transport_ics",
        notes="Recurring dialysis transport calendar invite with the patient's name and home address.",
        frm=f"Sofia Lindqvist <slindqvist@{EMS}>",
        to=f"Crew Schedule <crews@{EMS}>",
        subject="Recurring: dialysis transport Tsosie MWF",
        body="Standing transport added to the crew calendar. Stretcher, needs 2-person carry down the porch.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tri-County EMS//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tcems-dialysis-tsosie@tricountyems.org\r\n"
            "DTSTAMP:20261110T140000Z\r\nDTSTART:20261111T123000Z\r\nDTEND:20261111T133000Z\r\n"
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"
            "SUMMARY:Dialysis transport - Raymond Tsosie\r\n"
            "LOCATION:From 9 Aspen Loop\\, Pine Hollow to Lakes Region Dialysis\r\n"
            "DESCRIPTION:ESRD\\, hemodialysis chair 6. L arm fistula - no BP on L arm.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="relative_icloud_grandpa",
        notes=(
            "Hard positive: chatty note to a granddaughter's icloud - her grandfather's first "
            "name, his condition and where he was taken."
        ),
        frm=f"Cole Brandvold <cbrandvold@{EMS}>",
        to="Marisol Fuentes <marisolfuentes@icloud.com>",
        subject="Re: thank you",
        body=(
            "Hi Marisol,\n\nNo thanks needed, we're glad we got there fast. Ernesto was alert and "
            "talking when we handed him off at Prairie Mercy, and the stroke team took him "
            "straight to CT. The weakness in his right hand was already a little better in the "
            "ambulance. Hope he's home soon.\n\nCole\n\n"
            "> Thank you to the crew who took my grandpa on Sunday night, you were so kind to him.\n"
        ),
    ),
]

CLEAN_MESSAGES = [
    Spec(
        phi=False,
        category="response_time_aggregate_csv",
        notes="Hard negative: monthly response-time and call-type counts by zone for the county board.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to="County Administrator <administrator@birchcountymn.gov>",
        subject="October response times for the board packet",
        body="October numbers attached. Zone 3 (north of Kettle Lake) is still over the 20-minute goal.\n\nWade",
        atts=(
            Att(
                "TCEMS_response_2026-10.csv",
                "text/csv",
                "zone,calls,median_response_min,p90_response_min,cardiac_arrest,stroke_alerts,falls,overdoses\n"
                "1-Pine Hollow,118,7.4,12.1,2,3,31,4\n"
                "2-Ferndale,64,11.9,17.5,1,2,18,1\n"
                "3-Kettle Lake north,41,18.2,26.8,0,1,9,0\n"
                "IFT,57,,,0,0,0,0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="protocol_update_docx",
        notes="Hard negative: stroke protocol update (BE-FAST, LVO scale, tenecteplase) as DOCX; no patient.",
        frm=f"Dr. Ikenna Obi <iobi@{EMS}>",
        to=f"All Crews <crews@{EMS}>",
        cc=f"ED Leadership <edleaders@{PHH}>",
        subject="Protocol 4.12 Stroke - revised, effective Dec 1",
        body="Revised stroke protocol attached. Read and sign in Vector by Nov 30.\n\nDr. Obi, Medical Director",
        atts=(
            Att(
                "Protocol_4-12_Stroke_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Tri-County EMS Protocol 4.12 - Suspected Stroke",
                        "Screen every patient with new neuro deficit using BE-FAST.",
                        "If BE-FAST positive, perform the VAN LVO screen; document last known well.",
                        "Check glucose; treat hypoglycemia < 60 mg/dL before stroke alert.",
                        "LVO positive and LKW < 24 h: alert Prairie Mercy; consider air if ground > 60 min.",
                        "Pine Hollow CAH can give tenecteplase; do not bypass if LVO negative.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical_director_npi",
        notes="Hard negative: medical director's name, specialty and NPI on a state licensing form cover note.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to="EMSRB Licensing <licensing@emsrb.state.mn.us>",
        subject="Service license renewal - medical director attestation",
        body=(
            "Attached in the portal: medical director agreement for Ikenna Obi, MD, board "
            "certified in Emergency Medicine and EMS, NPI: 1139485878, MN license 58217. "
            "Service NPI: 1481479826. Ambulance service license #412.\n\nWade Brannigan, Chief"
        ),
    ),
    Spec(
        phi=False,
        category="naloxone_program_aggregate",
        notes="Hard negative: leave-behind naloxone program totals (kits, reversals) for a grant report.",
        frm=f"Renee Oduya <roduya@{EMS}>",
        to="Grants <grants@lakesregionfoundation.org>",
        subject="Leave-behind naloxone grant - Q3 report",
        body=(
            "Q3 summary for the Lakes Region Foundation grant:\n\n"
            "- 42 naloxone kits left behind on scene\n- 6 reversals reported back by families\n"
            "- 14 crew members completed the overdose response refresher\n"
            "- 0 adverse events\n\nNo patient-level data is kept in the grant file.\n\nRenee"
        ),
    ),
    Spec(
        phi=False,
        category="vehicle_vin_plate",
        notes=(
            "Hard negative: ambulance VIN and licence plate for the insurance carrier - vehicle "
            "identifiers, no patient."
        ),
        frm=f"Sofia Lindqvist <slindqvist@{EMS}>",
        to="Commercial Lines <commercial@northstarmutual.com>",
        subject="Add Medic 4 to fleet policy TC-77120",
        body=(
            "Please add our remounted unit effective 11/16:\n\n"
            "  Unit: Medic 4 (Type III, 2026 remount)\n  VIN: 1FDUF5HT2RDA41871\n"
            "  Plate: MN EMS 4127\n  Garaged: 300 Depot St, Ferndale MN\n\n"
            "Remove Medic 1 (VIN 1FDXE4FS8HDC30522) once it is sold.\n\nSofia"
        ),
    ),
    Spec(
        phi=False,
        category="ce_fictional_scenario",
        notes="Hard negative: CE class with a fictional pediatric seizure scenario, marked as such.",
        frm=f"Gabe Runningwater <grunningwater@{EMS}>",
        to=f"All Crews <crews@{EMS}>",
        subject="CE Thursday: pediatric seizures (2 hrs)",
        body=(
            "Thursday 1900 at Station 1. Scenario (made up): a 3-year-old with fever 103.4 has a "
            "5-minute generalized seizure at daycare. We'll practice midazolam IN dosing by "
            "weight, airway positioning, and talking to scared parents.\n\nPizza provided. 2 hrs "
            "pediatric CE.\n\nGabe"
        ),
    ),
    Spec(
        phi=False,
        category="billing_software_invoice",
        notes="Vendor invoice and renewal for the billing software; business only.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Billing <billing@medicbillpro.com>",
        subject="Invoice 2026-1142 - paid, and renewal question",
        body=(
            "Invoice 2026-1142 ($2,340) was paid by ACH on 11/06. For the 2027 renewal, do we keep "
            "the per-claim price if our volume goes over 3,000 transports?" + SIG_BILL
        ),
    ),
    Spec(
        phi=False,
        category="open_shifts",
        notes="Open shift list for crews.",
        frm=f"Sofia Lindqvist <slindqvist@{EMS}>",
        to=f"All Crews <crews@{EMS}>",
        subject="Open shifts - Thanksgiving week",
        body=(
            "Still open:\n- Wed 11/25 Medic 2 night (paramedic)\n- Thu 11/26 Medic 3 day (EMT)\n"
            "- Fri 11/27 IFT car 0800-1600\n\nHoliday pay 1.5x. First come in When I Work.\n\nSofia"
        ),
    ),
    Spec(
        phi=False,
        category="controlled_substance_audit",
        notes=(
            "Hard negative: monthly controlled substance box audit with drug counts and the "
            "medical director's DEA registration."
        ),
        frm=f"Renee Oduya <roduya@{EMS}>",
        to=f"Dr. Ikenna Obi <iobi@{EMS}>",
        subject="CS box audit November - all counts correct",
        body=(
            "November audit, registration DEA FO5470151:\n\n"
            "  Medic 1: fentanyl 100 mcg x 6, midazolam 5 mg x 4, ketamine 500 mg x 2 - correct\n"
            "  Medic 2: fentanyl 100 mcg x 6, midazolam 5 mg x 4, ketamine 500 mg x 2 - correct\n"
            "  Medic 3: fentanyl 100 mcg x 5 (1 wasted 11/04 with witness), midazolam x 4 - correct\n\n"
            "Seals logged. Expiring: 2 midazolam in Jan, ordering from Main Street Pharmacy.\n\nRenee"
        ),
    ),
    Spec(
        phi=False,
        category="state_notice_forward_rfc822",
        notes="Forwarded state EMS office notice on NEMSIS 3.5 submission deadlines; no patient.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to=f"Renee Oduya <roduya@{EMS}>",
        subject="FW: NEMSIS 3.5.1 cutover and MNSTAR submission deadline",
        body="Renee, can you make sure ESO is set before January? Thanks. W",
        forward=Spec(
            phi=False,
            category="state_notice_forward_rfc822",
            notes="inner",
            frm="MN EMSRB <mnstar@emsrb.state.mn.us>",
            to="Ambulance Service Directors <directors@lists.emsrb.state.mn.us>",
            subject="NEMSIS 3.5.1 cutover and MNSTAR submission deadline",
            body=(
                "All licensed ambulance services must submit NEMSIS 3.5.1 data to MNSTAR beginning "
                "January 1, 2027. Records must be submitted within 72 hours of the call. A webinar "
                "for vendors is scheduled Dec 3. Questions: mnstar@emsrb.state.mn.us\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="community_cpr_ics",
        notes="Community hands-only CPR class invite to a parent volunteer's yahoo mailbox.",
        frm=f"Gabe Runningwater <grunningwater@{EMS}>",
        to="Heidi Marsh <heidimarsh.pta@yahoo.com>",
        subject="Hands-only CPR night for the PTA - Dec 10",
        body=(
            "Hi Heidi, here's the invite for the PTA CPR night. We'll bring 10 mannequins and an "
            "AED trainer. No certification card, just skills. Kids 12+ welcome.\n\nGabe"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tri-County EMS//Community//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tcems-cpr-pta-1210@tricountyems.org\r\n"
            "DTSTAMP:20261110T180000Z\r\nDTSTART:20261211T003000Z\r\nDTEND:20261211T020000Z\r\n"
            "SUMMARY:Hands-only CPR and AED - Pine Hollow Elementary PTA\r\n"
            "LOCATION:Pine Hollow Elementary gym\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="mutual_aid_agreement",
        notes="Mutual aid agreement renewal with the neighbouring service.",
        frm=f"Wade Brannigan <wbrannigan@{EMS}>",
        to="Chief <chief@otterriverambulance.org>",
        subject="Mutual aid agreement 2027 - redline",
        body=(
            "Jim, our attorney's redline: section 6 (billing for mutual aid responses) now says "
            "the transporting agency bills; section 9 adds a 30-day termination notice. If you're "
            "OK I'll bring it to our board Dec 8.\n\nWade"
        ),
        atts=(
            Att(
                "Mutual_Aid_Agreement_2027_redline.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
                "{\\b MUTUAL AID AGREEMENT - Tri-County EMS and Otter River Ambulance}\\par "
                "6. Billing. The agency that transports the patient bills for the transport.\\par "
                "9. Termination. Either party may terminate on thirty (30) days written notice.\\par "
                "12. Each party maintains its own liability and workers compensation coverage.\\par }",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="x12_999_ack",
        notes="Hard negative: an X12 999 rejection acknowledgment forwarded to the billing vendor - segment errors, no patient.",
        frm=f"Dustin Pelletier <dpelletier@{EMS}>",
        to="Support <support@medicbillpro.com>",
        subject="999 reject on batch 4127 - CLM05 format?",
        body="Clearinghouse 999 attached. Looks like our CLM05 frequency code is wrong after your update."
        + SIG_BILL,
        atts=(Att("999_88120.x12", "application/edi-x12", X12_999),),
    ),
    Spec(
        phi=False,
        category="cardiac_arrest_registry_summary",
        notes="Hard negative: CARES cardiac arrest registry annual summary with survival counts; no individuals.",
        frm=f"Dr. Ikenna Obi <iobi@{EMS}>",
        to=f"Ruth Ann Delacroix <rdelacroix@{PHH}>",
        cc=f"Hal Brekke <hbrekke@{RX}>",
        subject="CARES summary YTD - for the heart safe community meeting",
        body=(
            "Ruth Ann, numbers for the meeting:\n\n"
            "  Out-of-hospital cardiac arrests attempted: 18\n  Bystander CPR: 9 (50%)\n"
            "  Public AED applied: 2\n  ROSC at ED arrival: 5\n  Survived to discharge: 3\n\n"
            "Rural benchmark survival is ~8%; we're at 17%. Two more public AEDs go in next "
            "month at the school and the grain elevator.\n\nIkenna"
        ),
    ),
]

MESSAGES = PHI_MESSAGES + CLEAN_MESSAGES
