"""Meridian Home Medical Supply: outbound mail, 16 with PHI and 16 without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import MH, RW, Att, Spec

SIG_CSR = (
    "\n\nAlma Reyes\nCustomer Care | Meridian Home Medical Supply\n"
    "Phone 303-555-0110 | Fax 303-555-0119\nwww.meridianhme.com"
)
SIG_RT = "\n\nColm Brennan, RRT\nRespiratory Therapist, Meridian Home Medical Supply"
FOOT = (
    "\n\n--\nMeridian Home Medical Supply is an accredited DMEPOS supplier. This message may "
    "contain confidential information intended only for the addressee."
)

_X12_837 = "~\n".join(
    [
        "ISA*00*          *00*          *ZZ*MERIDIANHME    *ZZ*CLAIMBRIDGE    *261117*0930*^*"
        "00501*000000882*0*P*:",
        "GS*HC*MERIDIANHME*CLAIMBRIDGE*20261117*0930*882*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "NM1*85*2*MERIDIAN HOME MEDICAL SUPPLY*****XX*1768121752",
        "NM1*IL*1*FONTAINE*MARGUERITE****MI*4WK4CW2WR65",
        "N3*310 MAPLETON AVE",
        "N4*BOULDER*CO*80304",
        "DMG*D8*19490318*F",
        "CLM*MH2611-3308*312.40***12:B:1*Y*A*Y*Y",
        "HI*ABK:G47.33",
        "SV1*HC:E0601:RR:KH*98.50*UN*1***1",
        "SV1*HC:A7030:NU*163.90*UN*1***1",
        "SV1*HC:A7038:NU*50.00*UN*2***1",
        "DTP*472*D8*20261101",
        "SE*14*0001",
        "GE*1*882",
        "IEA*1*000000882",
        "",
    ]
)

_X12_270_TEST = "~\n".join(
    [
        "ISA*00*          *00*          *ZZ*MERIDIANHME    *ZZ*CLAIMBRIDGE    *261116*1105*^*"
        "00501*000000901*0*T*:",
        "GS*HS*MERIDIANHME*CLAIMBRIDGE*20261116*1105*901*X*005010X279A1",
        "ST*270*0001*005010X279A1",
        "BHT*0022*13*TEST901*20261116*1105",
        "NM1*PR*2*TEST PAYER*****PI*00000",
        "NM1*1P*2*MERIDIAN HOME MEDICAL SUPPLY*****XX*1768121752",
        "NM1*IL*1*TESTPATIENT*DONOTUSE****MI*TEST00000001",
        "DMG*D8*19000101*U",
        "EQ*12",
        "SE*9*0001",
        "GE*1*901",
        "IEA*1*000000901",
        "",
    ]
)

PHI = [
    Spec(
        phi=True,
        category="oxygen delivery ticket PDF",
        notes="Delivery ticket PDF with patient's name, address, oxygen prescription and "
        "concentrator serial.",
        frm=f"Meridian Dispatch <dispatch@{MH}>",
        to="homehealth@peaksidehomecare.com",
        subject="Delivery confirmation - oxygen setup 11/16",
        body="Attached is the signed delivery ticket for today's oxygen setup for your shared "
        "patient. Home health RN visit is on your side for tomorrow.\n\nMeridian Dispatch" + FOOT,
        atts=(
            Att(
                "DT_118842.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN HOME MEDICAL SUPPLY - DELIVERY TICKET 118842",
                        "Patient: Arne Sorensen   DOB: 06/21/1946",
                        "Address: 722 Cottonwood Dr, Lafayette, CO 80026   Ph 303-555-0131",
                        "Rx: O2 2 L/min continuous via nasal cannula, with sleep and exertion",
                        "Dx: J44.1 COPD with exacerbation; J96.11 chronic resp. failure",
                        "Equipment: stationary concentrator (E1390) SN OXC5-2209-44817; "
                        "E cylinders x6",
                        "Set up by: C. Brennan, RRT   Signed: A. Sorensen 11/16/2026",
                    ],
                    "Delivery ticket",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="power wheelchair documentation to physician",
        notes="Detailed written order and face-to-face request with name, MBI, MS diagnosis and "
        "mobility findings.",
        frm=f"Priya Venkataraman <pvenkataraman@{MH}>",
        to="office@aspenneurologygroup.com",
        subject="Power wheelchair - documents needed for Medicare",
        body="Good morning,\n\nFor Danielle Kotsiopoulos (DOB 10/05/1968, MBI 6UD7-QR4-PF37), "
        "Medicare needs the following before we can deliver the Group 2 power wheelchair "
        "(K0823):\n\n1. Face-to-face mobility exam note from her visit with Dr. Brandt "
        "documenting that she cannot safely use a cane, walker or manual chair (MS, G35, with "
        "bilateral leg weakness and fatigue)\n2. Signed 7-element order dated after the "
        "exam\n3. Home assessment (done by us 11/11)\n\nPlease fax to 303-555-0119.\n\n"
        "Priya Venkataraman\nDocumentation Specialist" + FOOT,
    ),
    Spec(
        phi=True,
        category="CPAP resupply eligibility to patient",
        notes="Hard positive: friendly resupply mail to the patient's yahoo address; his name "
        "plus CPAP mask cushions and filters reveal his sleep apnea treatment.",
        frm=f"Meridian Resupply <resupply@{MH}>",
        to="lkowalski.brk@yahoo.com",
        subject="Leon, you're due for new CPAP supplies",
        body="Hi Leon Kowalski,\n\nGood news, your insurance now covers replacements for:\n\n"
        "- ResMed AirFit N30i nasal cushion (medium)\n- Disposable filters (2)\n- Heated "
        "tubing (ClimateLine)\n\nReply YES to ship to your address on file (Brookside Ln), or "
        "call 303-555-0110 to make changes.\n\nSleep well,\nMeridian Resupply Team" + FOOT,
    ),
    Spec(
        phi=True,
        category="driver route workbook",
        notes="Hard positive: two-sheet route workbook with patients' names, street addresses, "
        "phones and equipment (oxygen, hospital bed).",
        frm=f"Dale Hutchins <dhutchins@{MH}>",
        to=f"drivers@{MH}",
        subject="Routes Tue 11/17",
        body="Routes for tomorrow. North truck has the two bed swaps, leave by 7:15. Call me if "
        "anyone's not home.\n\nDale",
        atts=(
            Att(
                "routes_1117.xlsx",
                XLSX,
                xlsx(
                    {
                        "North": [
                            ["Stop", "Name", "Address", "Phone", "Item", "Notes"],
                            [
                                1,
                                "Ruth Abernathy",
                                "4471 Birchwood Ln, Longmont",
                                "720-555-0102",
                                "Hospital bed swap (E0260)",
                                "dog in yard",
                            ],
                            [
                                2,
                                "Walter Pryce",
                                "18 Ponderosa Cir, Lyons",
                                "303-555-0177",
                                "O2 E-tanks x8",
                                "COPD, 2L",
                            ],
                            [
                                3,
                                "Yuki Tanabe",
                                "930 Sunset St, Longmont",
                                "720-555-0124",
                                "Shower chair, raised toilet seat",
                                "post hip surgery",
                            ],
                        ],
                        "South": [
                            ["Stop", "Name", "Address", "Phone", "Item", "Notes"],
                            [
                                1,
                                "Hector Alvarado",
                                "2551 Iris Ave, Boulder",
                                "303-555-0109",
                                "CPAP swap (recall)",
                                "bring new humidifier",
                            ],
                            [
                                2,
                                "Danielle Kotsiopoulos",
                                "66 Elk Run, Louisville",
                                "720-555-0146",
                                "Wheelchair eval",
                                "MS, ramp at back",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837 claim file to clearinghouse",
        notes="Hard positive: X12 837 with the beneficiary's name, MBI, address, DOB, OSA "
        "diagnosis and CPAP rental codes; body is only about a rejection.",
        frm=f"Meridian Billing <billing@{MH}>",
        to="support@claimbridge.net",
        subject="File 882 rejected - NM1 loop 2010BA",
        body="Hi support,\n\nFile 882 got a 277CA rejection on loop 2010BA. We believe the "
        "MBI is right; can you check whether your edit is stripping the suffix? File attached "
        "as sent.\n\nMeridian Billing",
        atts=(Att("MHS_837_882.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="compliance request to sleep practice",
        notes="Request to the sleep physician's office naming the patient and his CPAP "
        "compliance and re-evaluation needs.",
        frm=f"Harriet Osei <hosei@{MH}>",
        to=f"tholloway@{RW}",
        subject="Need re-eval note - Hector Alvarado",
        body="Hi Tricia,\n\nFor Hector Alvarado (DOB 02/11/1959) we have his 84% compliance "
        "download, but Medicare also needs the clinical re-evaluation between day 31 and 91 "
        "documenting that his OSA symptoms improved on CPAP. His 91st day is 11/20. Could you "
        "send Dr. Feld's note from 11/04?\n\nThanks,\nHarriet Osei\nCompliance Coordinator" + FOOT,
    ),
    Spec(
        phi=True,
        category="RT home visit note DOCX",
        notes="Respiratory therapist visit note with patient name, oximetry and oxygen change, "
        "to the ordering pulmonologist.",
        frm=f"Colm Brennan <cbrennan@{MH}>",
        to="pulmonary@stlukesvalley.org",
        subject="RT visit note - O2 titration",
        body="Dr. Amadi,\n\nMy visit note from this morning is attached. Sats with exertion "
        "are lower than at setup; please advise if you'd like to increase to 3 L with "
        "exertion." + SIG_RT,
        atts=(
            Att(
                "RT_visit_Pryce_W_1116.docx",
                DOCX,
                docx(
                    [
                        "Meridian Home Medical Supply - Respiratory Therapy Visit",
                        "Patient: Walter Pryce   DOB: 09/02/1940   Visit: 11/16/2026",
                        "Dx: COPD (J44.9), chronic hypoxemic respiratory failure",
                        "Rest on 2 L: SpO2 93%, HR 84. Walk 100 ft on 2 L: SpO2 85%, HR 112.",
                        "Cannula and tubing replaced. Patient still smoking 4-5 cigarettes "
                        "a day; counseled on fire risk with oxygen.",
                        "Recommend: 3 L/min with exertion, re-check in 2 weeks.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wheelchair repair ticket with serial and street",
        notes="Hard positive: repair ticket to the manufacturer naming 'Mr. Petrakis' on Linden "
        "St, his chair's serial number and that he is bed-bound without it.",
        frm=f"Service Department <service@{MH}>",
        to="techsupport@velomotionchairs.com",
        subject="Warranty claim - joystick failure SN VM4-2219837",
        body="Hi Velo tech support,\n\nWarranty claim for a Velo M4 power chair, SN "
        "VM4-2219837, delivered 06/2026. The joystick module throws error 7 and the chair "
        "won't drive. The client, Mr. Petrakis on Linden St in Boulder, has ALS and is stuck "
        "in bed without it, so we need a module overnighted. Loaner chair doesn't fit his "
        "seating system.\n\nService Department\nMeridian Home Medical Supply",
    ),
    Spec(
        phi=True,
        category="collections note to patient's son",
        notes="Hard positive: a balance reminder to the son's aol address naming his mother and "
        "the hospital bed rental she receives.",
        frm=f"Meridian Billing <billing@{MH}>",
        to="bigmike.okafor@aol.com",
        subject="Balance for your mother's account",
        body="Hello Mr. Okafor,\n\nAs the responsible party for Adaeze Okafor's account, "
        "there is a balance of $412.60 for the semi-electric hospital bed and pressure-"
        "relief mattress rental (August-October) after Medicaid's denial. We can set up a "
        "payment plan of $50/month. Account number 00771942.\n\nPlease call 303-555-0115.\n\n"
        "Meridian Billing",
    ),
    Spec(
        phi=True,
        category="zipped scanned delivery paperwork",
        notes="Hard positive: the zip's member file names and text carry patient names and the "
        "equipment delivered; the email itself is a one-liner.",
        frm=f"Dale Hutchins <dhutchins@{MH}>",
        to=f"billing@{MH}",
        cc="scans@docuvaultstorage.com",
        subject="Friday's tickets",
        body="Friday's signed tickets, for billing and the off-site archive.",
        atts=(
            Att(
                "tickets_1113.zip",
                "application/zip",
                zipped(
                    {
                        "1113_Tanabe_Yuki_shower_chair.txt": "Delivered shower chair E0240, "
                        "raised toilet seat E0244 to Yuki Tanabe, 930 Sunset St, Longmont. "
                        "Dx Z96.641 (R hip replacement). Signed by patient.\r\n",
                        "1113_Pryce_Walter_O2.txt": "Delivered 8 E cylinders to Walter Pryce, "
                        "18 Ponderosa Cir, Lyons. O2 2 L continuous, COPD.\r\n",
                        "1113_Nguyen_Bao_walker.txt": "Delivered front-wheeled walker E0143 "
                        "to Bao Nguyen, 1702 Hover St, Longmont. After L TKA.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oxygen patient roster for emergency management",
        notes="Roster of oxygen-dependent patients with names, addresses and liter flow shared "
        "with county emergency management ahead of a power shutoff.",
        frm=f"Harriet Osei <hosei@{MH}>",
        to="oem-planning@bouldercounty-oem.org",
        subject="Oxygen-dependent clients in the PSPS zone",
        body="Per the public safety power shutoff notice for Wednesday, here are our clients "
        "in the affected area who depend on electric concentrators. All have backup "
        "cylinders for ~6-8 hours.\n\n"
        "Name | Address | Phone | O2 | Backup\n"
        "Walter Pryce | 18 Ponderosa Cir, Lyons | 303-555-0177 | 2 L cont | 8 E tanks\n"
        "Marion Eckhardt | 5 Steamboat Valley Rd, Lyons | 303-555-0135 | 3 L cont | 6 E tanks\n"
        "Jose Luis Ybarra | 40 Apple Valley Rd, Lyons | 720-555-0162 | 4 L cont + BiPAP | 10 "
        "E tanks\n\nHarriet Osei\nCompliance / Emergency Preparedness" + FOOT,
    ),
    Spec(
        phi=True,
        category="bathroom photo with name in file name",
        notes="Hard positive: the PNG's file name carries the patient's name and bathroom "
        "safety equipment; the body only asks about fit.",
        frm=f"Jordan Blakely <jblakely@{MH}>",
        to="homemods@safestephomes.com",
        subject="grab bar placement",
        body="Hey Marco, pic from this morning's home eval attached. Tub is 15\" high, we're "
        "putting in a transfer bench, can your crew do two grab bars on the long wall "
        "Thursday?\n\nJordan",
        atts=(
            Att("Abernathy_Ruth_bathroom_eval_1116.png", "image/png", png(5, 4, (180, 190, 200))),
        ),
    ),
    Spec(
        phi=True,
        category="delivery appointment invite to patient",
        notes="Hard positive: calendar invite to the patient's outlook address with her home "
        "address and the hospital bed delivery.",
        frm=f"Meridian Scheduling <schedule@{MH}>",
        to="ruth.abernathy@outlook.com",
        subject="Delivery: hospital bed and mattress - Thu 11/19 9-11 AM",
        body="Hi Ms. Abernathy, this is your delivery window. Please clear a path to the "
        "bedroom. Our driver will call 30 minutes ahead." + SIG_CSR,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian HME//Dispatch//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:del-118907@meridianhme.com\r\n"
        "DTSTAMP:20261116T180000Z\r\nDTSTART:20261119T160000Z\r\nDTEND:20261119T180000Z\r\n"
        "SUMMARY:Meridian delivery - semi-electric hospital bed + alternating pressure "
        "mattress (Ruth Abernathy)\r\nLOCATION:4471 Birchwood Ln\\, Longmont CO 80504\r\n"
        "DESCRIPTION:Order 118907. Old bed pickup. Patient uses wheelchair - ground floor "
        "bedroom.\r\nATTENDEE;CN=Ruth Abernathy:mailto:ruth.abernathy@outlook.com\r\n"
        "ORGANIZER;CN=Meridian Scheduling:mailto:schedule@meridianhme.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="pending authorizations HTML table",
        notes="HTML-only table of pending prior authorizations with patient names, member ids and "
        "HCPCS codes to the payer rep.",
        frm=f"Priya Venkataraman <pvenkataraman@{MH}>",
        to="dmeauth@bluecrestplan.com",
        subject="Pending DME auths over 14 days",
        body="",
        html_only=True,
        html="<html><body><p>Hi Shanice,</p><p>These have been pending more than 14 days. "
        "Can you escalate?</p><table border='1' cellpadding='3'><tr><th>Member</th>"
        "<th>Member ID</th><th>HCPCS</th><th>Dx</th><th>Submitted</th></tr>"
        "<tr><td>Kwame Asante</td><td>BCX903318205</td><td>E0601</td><td>G47.33</td>"
        "<td>10/26</td></tr><tr><td>Lindsey Carrow</td><td>BCX415520397</td><td>E0470 "
        "(BiPAP)</td><td>G47.31</td><td>10/29</td></tr><tr><td>Oren Feldstein</td>"
        "<td>BCX288103764</td><td>K0823</td><td>G12.21</td><td>10/30</td></tr></table>"
        "<p>Thanks!<br>Priya</p></body></html>",
    ),
    Spec(
        phi=True,
        category="forwarded CPAP pressure change order",
        notes="Hard positive: the forwarded rfc822 order from the sleep practice carries the "
        "patient's name, DOB and new pressure; outer text says 'please do remotely'.",
        frm=f"Alma Reyes <areyes@{MH}>",
        to=f"cbrennan@{MH}",
        subject="Fwd: pressure change",
        body="Colm, can you do this one remotely through AirView today? Thx" + SIG_CSR,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=f"Samuel Feld MD <sfeld@{RW}>",
            to=f"intake@{MH}",
            subject="pressure change",
            body="Please change Sunita Ramaswamy (DOB 07/29/1971) from APAP 5-15 to CPAP 9 cm "
            "H2O fixed with EPR 2. Residual AHI 4.8 with high leak on auto; she prefers fixed. "
            "Also a medium nasal mask instead of the full face.\n\nSamuel Feld, MD",
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip with call log, password in body",
        notes="Hard positive: a ZipCrypto archive of the oxygen refill call log sent to the "
        "answering service with the password in the same mail; the body names the patient "
        "who needs an urgent refill.",
        frm=f"Alma Reyes <areyes@{MH}>",
        to="accounts@frontrangeanswering.com",
        subject="after-hours list update",
        body="Hi, updated after-hours oxygen list attached (password: Meridian1116). Please "
        "note Marion Eckhardt on Steamboat Valley Rd is down to 2 tanks, if she calls "
        "tonight page the on-call RT right away." + SIG_CSR,
        atts=(
            Att(
                "afterhours_o2_1116.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "o2_calls.txt": "Marion Eckhardt 303-555-0135 3L cont, 2 tanks left\r\n"
                        "Jose Luis Ybarra 720-555-0162 4L + BiPAP\r\n"
                        "Walter Pryce 303-555-0177 2L, smoker\r\n",
                    },
                    "Meridian1116",
                ),
            ),
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="concentrator recall notice by serial range",
        notes="Hard negative: manufacturer recall passed to referral partners with model, lot "
        "and serial ranges; no patient.",
        frm=f"Harriet Osei <hosei@{MH}>",
        to="providers@pinecresthealth.org",
        cc=f"providers@{RW}",
        subject="Recall: LunarOx 5 concentrators, SN OXC5-2208-* to OXC5-2210-*",
        body="Dear partners,\n\nLunarOx has recalled LunarOx 5 stationary concentrators with "
        "serial numbers OXC5-2208-00001 through OXC5-2210-99999 (oxygen concentration alarm "
        "may not trigger below 82%). Meridian will swap every affected unit in the field by "
        "12/15; clients do not need to do anything and should keep using their oxygen. "
        "We will contact each client directly.\n\nHarriet Osei\nCompliance" + FOOT,
    ),
    Spec(
        phi=False,
        category="DMEPOS fee schedule update",
        notes="Hard negative: HCPCS codes and 2027 fee schedule amounts; no beneficiaries.",
        frm=f"Priya Venkataraman <pvenkataraman@{MH}>",
        to=f"billing@{MH}",
        subject="2027 DMEPOS fee schedule - what changes for us",
        body="Team,\n\nCMS posted the January 2027 DMEPOS fee schedule. For Colorado "
        "(non-rural):\n\nE0601 CPAP rental: $84.12 -> $86.05/month\nE1390 concentrator: "
        "$158.42 -> $161.80/month\nA7030 full face mask: $147.20 -> $150.33\nK0823 Group 2 "
        "power chair: $3,926.14 purchase equivalent\n\nLoad into the billing system by 12/28."
        "\n\nPriya",
    ),
    Spec(
        phi=False,
        category="manufacturer PO with SSN-shaped number",
        notes="Hard negative: purchase order numbered like an SSN for CPAP units and masks with "
        "device serials for stock.",
        frm=f"Purchasing <purchasing@{MH}>",
        to="orders@resmedical-dist.com",
        subject="PO 603-48-2217 confirmation",
        body="Hi Jenna,\n\nConfirming PO 603-48-2217:\n- AirSense 11 AutoSet x 40\n- AirFit "
        "F20 medium x 30, small x 15\n- AirFit N30i starter packs x 25\n- ClimateLine tubing "
        "x 60\n\nPlease send the serial list (SN range 23242100000-series) with the ASN so we "
        "can receive into inventory. Ship to 9100 W 100th Ave, Westminster CO.\n\nPurchasing"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="hazmat driver training",
        notes="Hard negative: DOT hazmat training reminder for oxygen cylinder transport; staff "
        "only.",
        frm=f"Dale Hutchins <dhutchins@{MH}>",
        to=f"drivers@{MH}",
        subject="DOT hazmat refresher due 12/1",
        body="Drivers,\n\nYour 3-year DOT hazmat refresher (49 CFR 172.704) is due by 12/1 for "
        "Marcus, Tanya and Eli. It covers securing compressed oxygen cylinders (UN1072), "
        "placarding limits and what to do if a valve is damaged. Sign up in the LMS. No "
        "certificate, no oxygen runs after 12/1.\n\nDale",
    ),
    Spec(
        phi=False,
        category="respiratory therapist job posting",
        notes="Hard negative: job posting describing CPAP setups, oxygen and ventilator patients "
        "in general.",
        frm=f"Meridian HR <hr@{MH}>",
        to="jobs@coloradorespiratory.org",
        subject="Job post: Home Care RRT",
        body="Meridian Home Medical Supply is hiring a Registered Respiratory Therapist for "
        "home care: CPAP/BiPAP setups and mask fittings, oxygen assessments, home ventilator "
        "checks (Trilogy, Astral), on-call 1 week in 5. Colorado RRT license, 1 yr experience. "
        "Company car. $36-$44/h. Apply at meridianhme.com/careers.",
    ),
    Spec(
        phi=False,
        category="aggregate CPAP adherence report",
        notes="Hard negative: monthly setup counts and adherence percentages to a referral "
        "partner; aggregates only.",
        frm=f"Jordan Blakely <jblakely@{MH}>",
        to=f"sfeld@{RW}",
        subject="Your October CPAP numbers",
        body="Hi Dr. Feld,\n\nQuick summary for Restwell referrals in October: 214 new CPAP "
        "setups, median 2.1 days from order to setup. 90-day adherence (CMS definition) for "
        "the July cohort was 71% (national average ~60%). Top mask: AirFit F20 (38%). Happy "
        "to present at your staff meeting.\n\nJordan Blakely\nAccount Manager" + FOOT,
    ),
    Spec(
        phi=False,
        category="warehouse inventory serial list",
        notes="Hard negative: workbook of unassigned device serial numbers in the warehouse; "
        "device identifiers not linked to anyone.",
        frm=f"Purchasing <purchasing@{MH}>",
        to=f"dhutchins@{MH}",
        subject="cycle count variances",
        body="Dale, cycle count variances attached. Two concentrators missing from bay C, "
        "please check the trucks.",
        atts=(
            Att(
                "cycle_count_1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Concentrators": [
                            ["Model", "Serial", "Location", "Status"],
                            ["LunarOx 5", "OXC5-2301-10442", "Bay C", "Ready"],
                            ["LunarOx 5", "OXC5-2301-10447", "Bay C", "Missing"],
                            ["LunarOx 5", "OXC5-2301-10451", "Bay C", "Missing"],
                            ["Inogen G5", "G5-884102", "Bay D", "Cleaning"],
                        ],
                        "CPAP": [
                            ["Model", "Serial", "Location", "Status"],
                            ["AirSense 11", "23242100417", "Bay A", "Ready"],
                            ["AirSense 11", "23242100422", "Bay A", "Ready"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning IT notice",
        notes="IT security warning to staff about a phishing campaign.",
        frm=f"Meridian IT <it@{MH}>",
        to=f"allstaff@{MH}",
        subject="Phishing alert: fake 'Medicare audit' emails",
        body="Several of you got an email titled 'Medicare Audit - Action Required' with a "
        "link to medicare-dmepos-review.com. It is NOT real. Don't click, use the Report "
        "Phish button. If you entered your password, call IT at x200 now.\n\nMeridian IT",
    ),
    Spec(
        phi=False,
        category="accreditation survey checklist DOCX",
        notes="Hard negative: accreditation readiness checklist about patient records, "
        "infection control and complaints; no individual.",
        frm=f"Harriet Osei <hosei@{MH}>",
        to=f"managers@{MH}",
        subject="ACHC survey window opens Dec 1 - checklist",
        body="Managers, our reaccreditation survey window opens 12/1. Checklist attached; "
        "please have your sections ready by 11/27.\n\nHarriet",
        atts=(
            Att(
                "ACHC_readiness_2026.docx",
                DOCX,
                docx(
                    [
                        "Meridian Home Medical Supply - ACHC Survey Readiness",
                        "1. Patient files: signed delivery tickets, CMN/DWO, face-to-face "
                        "notes present for a sample of 20 charts.",
                        "2. Equipment cleaning logs for returned CPAPs and concentrators.",
                        "3. Complaint log with resolution within 14 days.",
                        "4. Emergency preparedness plan incl. oxygen-dependent clients.",
                        "5. Staff competencies: RT annual skills, driver hazmat training.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HSA and payroll notice",
        notes="Hard negative: payroll/benefits notice mentioning HSA, FSA and W-2 changes; no "
        "individual health data.",
        frm=f"Payroll <payroll@{MH}>",
        to=f"allstaff@{MH}",
        subject="2027 HSA limits and last payroll of the year",
        body="Hi all,\n\n- 2027 HSA limits: $4,400 self-only, $8,750 family\n- Health FSA "
        "limit: $3,400\n- Last payroll of 2026 is 12/24, paid on 12/23 because of the "
        "holiday\n- Verify your W-2 mailing address in the payroll portal by 12/15\n\n"
        "Payroll",
    ),
    Spec(
        phi=False,
        category="holiday hours to referral partners",
        notes="Holiday hours and on-call numbers sent to referral partners.",
        frm=f"Meridian Customer Care <care@{MH}>",
        to="discharge-planning@stlukesvalley.org",
        subject="Thanksgiving hours and on-call",
        body="Hello discharge planners,\n\nMeridian is closed Thursday 11/26. Friday we run "
        "oxygen and hospital-discharge deliveries only. For same-day discharge needs call the "
        "on-call line 303-555-0199; orders received by 2 PM Wednesday deliver Wednesday.\n\n"
        "Happy Thanksgiving!" + SIG_CSR,
    ),
    Spec(
        phi=False,
        category="X12 270 eligibility test transaction",
        notes="Hard negative: X12 270 test file (usage indicator T) with a TESTPATIENT "
        "DONOTUSE subscriber; clearly synthetic.",
        frm=f"Meridian Billing <billing@{MH}>",
        to="support@claimbridge.net",
        subject="Test 270 for real-time eligibility onboarding",
        body="Hi, attached is our test 270 for the real-time eligibility certification "
        "(ISA15 = T, subscriber TESTPATIENT DONOTUSE). Please confirm you got a 271 back "
        "on your side.\n\nMeridian Billing",
        atts=(Att("MHS_270_TEST.x12", "application/edi-x12", _X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="bariatric equipment marketing to referral sources",
        notes="Hard negative: HTML-only product announcement to discharge planners about "
        "bariatric beds and wheelchairs; no patient.",
        frm=f"Jordan Blakely <jblakely@{MH}>",
        to="casemanagers@stlukesvalley.org",
        subject="Now stocking bariatric beds & wheelchairs (up to 750 lb)",
        body="",
        html="<html><body><h3>Bariatric equipment now in stock</h3><ul><li>Bariatric "
        'semi-electric bed 42" wide, 750 lb capacity (E0303)</li><li>Heavy-duty wheelchair '
        '24" seat (K0007)</li><li>Bariatric commode and shower chair</li></ul><p>Same-day '
        "delivery for hospital discharges ordered by noon. Call Jordan at 303-555-0112.</p>"
        "</body></html>",
    ),
    Spec(
        phi=False,
        category="supplier standards policy PDF",
        notes="Hard negative: Medicare supplier standards policy PDF given to new hires.",
        frm=f"Harriet Osei <hosei@{MH}>",
        to=f"newhires@{MH}",
        subject="Required reading: Medicare supplier standards",
        body="Welcome aboard! Please read the attached and sign the acknowledgement in the "
        "LMS this week.\n\nHarriet",
        atts=(
            Att(
                "MHS_Supplier_Standards.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN HOME MEDICAL SUPPLY - MEDICARE DMEPOS SUPPLIER STANDARDS",
                        "42 CFR 424.57(c): 30 standards every supplier must meet.",
                        "We deliver only what is ordered and document every delivery.",
                        "We answer beneficiary questions and complaints within 5 days.",
                        "We do not contact beneficiaries by phone without their consent "
                        "(no cold calls).",
                        "We maintain liability insurance and a physical location open 30 "
                        "hours per week.",
                    ],
                    "Supplier standards",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fleet maintenance",
        notes="Fleet maintenance request for delivery trucks to the mechanic's gmail.",
        frm=f"Dale Hutchins <dhutchins@{MH}>",
        to="greg.frontrangefleet@gmail.com",
        subject="Trucks 4 and 7 - service appointments",
        body="Hi Greg, can you take trucks 4 and 7 (2022 Transit 250s) on Saturday? Truck 4 "
        "needs brakes and the liftgate hydraulic line; 7 is due for the 60k service. Plates "
        "are on the work orders.\n\nDale",
    ),
    Spec(
        phi=False,
        category="referral source summary naming physicians",
        notes="Hard negative: sales summary ranking referring physicians (names, specialties, "
        "order counts); no patients.",
        frm=f"Jordan Blakely <jblakely@{MH}>",
        to=f"sales@{MH}",
        subject="Top referrers Q3",
        body="Team,\n\nTop referrers Q3 (orders):\n1. Samuel Feld, MD - sleep medicine - 312 "
        "(CPAP/BiPAP)\n2. Aiko Nakamura, MD - sleep/pulmonary - 188\n3. Rashid Amadi, MD - "
        "pulmonology - 96 (oxygen)\n4. Marcus Whitcombe, MD - orthopaedics - 74 (walkers, "
        "CPM, commodes)\n5. Helga Brandt, MD - neurology - 21 (power mobility)\n\nLet's get "
        "lunch-and-learns on the calendar for 3 and 5.\n\nJordan",
    ),
]

MESSAGES = PHI + CLEAN
