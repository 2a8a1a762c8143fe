"""Outbound mail of Northlight Low Vision Rehabilitation, a low-vision rehabilitation service (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import NLV, Att, Spec

D = NLV

MESSAGES = [
    Spec(
        phi=True,
        category="Low vision evaluation report to ophthalmologist",
        notes="PDF evaluation report names client, visual acuity, central scotoma and device recommendations.",
        frm=f"Dr. Miriam Castellanos <mcastellanos@{D}>",
        to="cokafor@brightwatereye.com",
        subject="LV eval - your referral",
        body="Dr. Okafor,\n\nThank you for the referral. My evaluation is attached.\n\nMiriam Castellanos, OD, FAAO\nNorthlight Low Vision Rehabilitation",
        atts=(
            Att(
                "LVE_Podolski_A.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHLIGHT LOW VISION REHABILITATION - EVALUATION",
                        "Client: Agnes Podolski   DOB 03/19/1942",
                        "Dx: Advanced dry AMD with geographic atrophy OU (H35.3133)",
                        "Distance VA: OD 20/400, OS 20/250. Central scotoma OU, PRL superior OS.",
                        "Plan: 4x illuminated stand magnifier, CCTV trial, 6 OT sessions (eccentric viewing).",
                    ],
                    "LV evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Support group flyer",
        notes="Hard negative: flyer for a macular degeneration support group; topic-level, no individual.",
        frm=f"Community Programs <programs@{D}>",
        to="bulletin@stmarkslutheran.org",
        subject="Flyer: Living with Macular Degeneration group",
        body="Could you include this in the Sunday bulletin?\n\nLIVING WITH MACULAR DEGENERATION - peer support group, 2nd Tuesday of every month, 1-2:30 pm, Northlight community room. Free. Large-print handouts. Call (614) 555-0188.",
    ),
    Spec(
        phi=True,
        category="OT session note to Medicare therapy billing",
        notes="Hard positive: terse note with client initials plus MBI and CPT 97535 home training; MBI ties to a beneficiary.",
        frm=f"Therapy Billing <billing@{D}>",
        to="claims@greatlakesmac-billing.com",
        subject="Missing MBI fix - claim NL-7721",
        body="Corrected MBI for claim NL-7721 (E.K., DOS 11/24, 97535 x4 units, low vision ADL training, H54.2X22A):\nMBI: 5KR4-TH7-YW62\nPlease resubmit.",
    ),
    Spec(
        phi=False,
        category="Medicare billing webinar notice",
        notes="Hard negative: billing education on low-vision codes using a clearly fictional example beneficiary.",
        frm=f"Therapy Billing <billing@{D}>",
        to=f"staff@{D}",
        subject="Webinar notes: billing low vision OT",
        body="Notes from the MAC webinar: 97535 requires a vision diagnosis from H54.x and a plan of care signed by the physician. The example claim in the slides used the fictional beneficiary 'Pat Example'; do not copy it into real claims.",
    ),
    Spec(
        phi=True,
        category="Home visit schedule to OT with addresses",
        notes="Hard positive: multi-sheet XLSX ties client names and home addresses to visit purpose, with diagnoses only on the second sheet.",
        frm=f"Scheduling <scheduling@{D}>",
        to=f"kwhitlow@{D}",
        subject="Your home visits next week",
        body="Kara - next week's home visits attached. Mr. Lutz has a new guide dog, please confirm he's okay with visitors.",
        atts=(
            Att(
                "home_visits_wk50.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["Day", "Client", "Address", "Purpose"],
                            [
                                "Mon",
                                "Harvey Lutz",
                                "412 Oakwood Ave, Grandview",
                                "Kitchen marking, glare",
                            ],
                            [
                                "Tue",
                                "Consuelo Ybarra",
                                "88 Briar Ln, Hilliard",
                                "Lighting, magnifier training",
                            ],
                            [
                                "Thu",
                                "Edwin Szabo",
                                "1903 Oxley Rd, Columbus",
                                "Fall risk, contrast tape",
                            ],
                        ],
                        "Notes": [
                            ["Client", "Note"],
                            ["Harvey Lutz", "RP, tunnel vision 10 deg"],
                            ["Edwin Szabo", "Glaucoma, end-stage OD"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer driver roster",
        notes="Hard negative: multi-sheet XLSX of volunteer drivers' names and shifts; workforce/volunteer data, no clients.",
        frm=f"Volunteer Coordinator <volunteers@{D}>",
        to="rose.albers.drives@gmail.com",
        cc="phil.garrity@comcast.net",
        subject="December driver roster",
        body="Roster attached. Thanks for covering the holidays!",
        atts=(
            Att(
                "driver_roster_dec.xlsx",
                XLSX,
                xlsx(
                    {
                        "Drivers": [
                            ["Name", "Phone", "Days"],
                            ["Phil Garrity", "614-555-0191", "Mon/Wed"],
                            ["Rose Albers", "614-555-0192", "Tue/Fri"],
                        ],
                        "Holiday": [
                            ["Date", "Driver"],
                            ["Dec 24", "Rose Albers"],
                            ["Dec 31", "Phil Garrity"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DMV vision statement for driving",
        notes="Form to state licensing bureau names client and reports visual field loss failing driving standard.",
        frm=f"Dr. Miriam Castellanos <mcastellanos@{D}>",
        to="medicalreview@bmv.ohio.gov",
        subject="Vision statement - Gregory Tallis",
        body="Attached is the completed vision statement for Gregory Tallis, DL no. TR418820, DOB 07/08/1956. Binocular horizontal field 88 degrees (hemianopia after stroke); does not meet the 110-degree standard. Bioptic not recommended.\n\nDr. Castellanos",
    ),
    Spec(
        phi=False,
        category="Driving rehab program brochure to clinics",
        notes="Generic brochure about bioptic driving program requirements; no individual.",
        frm=f"Community Programs <programs@{D}>",
        to="frontdesk@riversideoptometry.com",
        subject="Bioptic driving program - brochure",
        body="Our updated brochure is attached for your waiting room.",
        atts=(
            Att(
                "bioptic_brochure.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHLIGHT LOW VISION REHABILITATION",
                        "Bioptic Driving Program",
                        "Who qualifies: best-corrected acuity 20/70 to 20/200, field 110 degrees or more.",
                        "Steps: evaluation, 10 hours in-car training, road test.",
                    ],
                    "Bioptic brochure",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Accessible email to blind client with plan of care",
        notes="Plain-text plan of care to client's personal address naming his diagnosis and goals.",
        frm=f"Kara Whitlow OTR/L <kwhitlow@{D}>",
        to="harvey.lutz.reads@gmail.com",
        subject="Your plan of care (screen reader friendly)",
        body="Harvey,\n\nHere is your plan of care in plain text so your screen reader can read it.\n\nDiagnosis: retinitis pigmentosa, visual field under 10 degrees both eyes.\nGoals: 1. Label kitchen appliances with tactile dots. 2. Use VoiceOver to read mail. 3. Practice cane skills with O&M specialist.\nVisits: weekly for 8 weeks, Mondays 10 am.\n\nKara Whitlow, OTR/L, CLVT",
    ),
    Spec(
        phi=False,
        category="Assistive tech vendor order",
        notes="Purchase order for CCTV magnifiers for loaner pool; no client.",
        frm=f"Purchasing <purchasing@{D}>",
        to="orders@magnivisiontech.com",
        subject="PO 2026-318 - loaner CCTVs",
        body='PO 2026-318: 4x desktop video magnifier 24" (model DVM-24), 6x handheld 5" (HM-5). Ship to loaner closet, 2200 Northwest Blvd.',
    ),
    Spec(
        phi=True,
        category="Device loan agreement to client",
        notes="Hard positive: loan agreement DOCX lists client name, address and loaned CCTV serial for her macular degeneration.",
        frm=f"Loaner Program <loaners@{D}>",
        to="consuelo.ybarra@outlook.com",
        subject="Loaner agreement to sign",
        body="Please sign and return the attached agreement for the video magnifier we dropped off.",
        atts=(
            Att(
                "loan_Ybarra.docx",
                DOCX,
                docx(
                    [
                        "NORTHLIGHT LOAN AGREEMENT",
                        "Client: Consuelo Ybarra, 88 Briar Ln, Hilliard OH 43026",
                        "Device: DVM-24 desktop video magnifier, serial MV24-008812",
                        "Purpose: reading assistance, wet AMD OU",
                        "Return within 90 days or on discharge.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Device recall notice to staff",
        notes="Hard negative: recall notice with device serial number ranges; no client named.",
        frm=f"Loaner Program <loaners@{D}>",
        to=f"staff@{D}",
        subject="Recall: HM-5 batteries (serials HM5-2200 to HM5-2450)",
        body="Magnivision recalled HM-5 handheld magnifier batteries in serials HM5-2200 to HM5-2450 (overheating). Check loaner closet stock; clients with these units will be contacted by the loaner team from the program list.",
    ),
    Spec(
        phi=True,
        category="Teacher of visually impaired report to school",
        notes="Report to school district naming student with albinism, acuity and IEP accommodations.",
        frm=f"Pediatric Services <peds@{D}>",
        to="iep.team@hilliardschools.org",
        subject="Functional vision assessment - Zara Okeke",
        body="Attached is the functional vision assessment for Zara Okeke (grade 5) for her IEP meeting on 12/14.",
        atts=(
            Att(
                "FVA_Okeke.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHLIGHT LOW VISION REHABILITATION - FUNCTIONAL VISION ASSESSMENT",
                        "Student: Zara Okeke   DOB 2015-05-02",
                        "Oculocutaneous albinism with nystagmus; VA 20/200 OU.",
                        "Accommodations: 24-pt print, preferential seating, tablet magnification, extra time.",
                    ],
                    "FVA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="School outreach presentation",
        notes="Presentation offer to schools about visual impairment in general; no student.",
        frm=f"Pediatric Services <peds@{D}>",
        to="principals@hilliardschools.org",
        subject="Free staff in-service: students with low vision",
        body="We offer a free 45-minute in-service for teachers on supporting students with low vision: print size, glare, seating, and assistive tech. Reply with dates in January.",
    ),
    Spec(
        phi=True,
        category="HL7 ADT registration to health-system interface",
        notes="Hard positive: generic body; HL7 A04 attachment registers client with name, DOB, address and diabetic retinopathy diagnosis.",
        frm=f"Intake <intake@{D}>",
        to="interface@ohiohealthpartners.org",
        subject="Registration sync",
        body="Registration message attached per interface spec.",
        atts=(
            Att(
                "adt_a04_55120.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|NLV|NORTHLIGHT|OHP|OHP|20261207113000||ADT^A04|NLV55120|P|2.5.1\rPID|1||NL-20419^^^NLV^MR||BEAUMONT^CLARICE^J||19500822|F|||17 Elmhurst Ct^^Dublin^OH^43017||614-555-0194\rDG1|1||E11.3553^Type 2 DM with stable PDR, bilateral^I10\rPV1|1|O|LV^EVAL\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant report with aggregate outcomes",
        notes="Hard negative: grant report to foundation with aggregate client counts by diagnosis and age group.",
        frm=f"Development <development@{D}>",
        to="grants@columbuslionsfoundation.org",
        subject="2026 outcomes report",
        body="",
        html="<html><body><p>Dear Lions Foundation,</p><p>In 2026 Northlight served <b>1,184</b> clients: AMD 52%, glaucoma 17%, diabetic retinopathy 14%, other 17%. 71% met their reading goal. 38 children received functional vision assessments.</p><p>Thank you for your support.</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="Caregiver update to son about father's progress",
        notes="Hard positive: first name + relationship + progress in training after stroke vision loss, to son's personal email.",
        frm=f"Kara Whitlow OTR/L <kwhitlow@{D}>",
        to="danny.szabo@gmail.com",
        subject="Update on your dad",
        body="Hi Danny,\n\nQuick update: your dad did great today. Edwin is now scanning left on his own when walking the hall (the left-side field cut is still there). He fell once last week at home though, so let's talk about the grab bars.\n\nKara",
    ),
    Spec(
        phi=False,
        category="Staff CPR certification reminder",
        notes="Hard negative: staff notice naming staff whose CPR cards expire; workforce data, not patient health.",
        frm=f"HR <hr@{D}>",
        to=f"staff@{D}",
        subject="CPR cards expiring",
        body="CPR cards expire this month for: Kara Whitlow, Ben Ostrowski, Lina Haddad. Class on 12/15 at 1 pm.",
    ),
    Spec(
        phi=True,
        category="Orientation and mobility referral to agency",
        notes="Referral with client name, phone and glaucoma blindness to O&M agency.",
        frm=f"Intake <intake@{D}>",
        to="referrals@centralohioblindservices.org",
        subject="O&M referral",
        body="Referring Edwin Szabo (614-555-0196), 79, end-stage glaucoma OD and left homonymous hemianopia, for white cane training. Lives alone; son Danny is contact.",
    ),
    Spec(
        phi=False,
        category="Agency partnership MOU",
        notes="MOU draft between agencies; no client data.",
        frm=f"Executive Director <director@{D}>",
        to="director@centralohioblindservices.org",
        subject="MOU draft - shared O&M referrals",
        body="Draft MOU attached. Section 4 says referrals go through the secure portal only, never email.",
        atts=(
            Att(
                "MOU_draft.docx",
                DOCX,
                docx(
                    [
                        "MEMORANDUM OF UNDERSTANDING",
                        "Northlight Low Vision Rehabilitation and Central Ohio Blind Services",
                        "4. Client referrals are exchanged through the secure referral portal only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form text to records vendor",
        notes="Hard positive: OCR text of a scanned intake form in a zip: name, SSN, DOB and vision loss history.",
        frm=f"Records <records@{D}>",
        to="ingest@docuscanrecords.com",
        subject="Batch 1207 OCR",
        body="Batch 1207 attached (1 form).",
        atts=(
            Att(
                "batch1207.zip",
                "application/zip",
                zipped(
                    {
                        "form_0001.txt": "NORTHLIGHT INTAKE  [scanned]\nName: Clarice J. Beaumont   SSN 471-38-2906\nDOB 08/22/1950  Phone 614-555-0194\nEye conditions: diabetic retinopathy, laser both eyes 2019\nTrouble reading: yes  Falls in last year: 2\nInsurance: Medicare + Buckeye Health Plan"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank intake form template",
        notes="Hard negative: blank intake template zip with empty fields such as 'SSN ____' and 'Diagnosis ____'.",
        frm=f"Records <records@{D}>",
        to="print@quickprintcolumbus.com",
        subject="Print job - intake forms (500)",
        body="Please print 500 copies, 18 pt font, on cream paper. Template in the zip.",
        atts=(
            Att(
                "intake_template.zip",
                "application/zip",
                zipped(
                    {
                        "intake_template.txt": "NORTHLIGHT INTAKE\nName: __________  SSN: ___-__-____\nDOB: __/__/____  Phone: __________\nEye conditions: ____________\nFalls in last year: ___"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CCTV funding letter to state VR agency",
        notes="Letter to vocational rehab counselor naming client, her job and vision loss for equipment funding.",
        frm=f"Dr. Miriam Castellanos <mcastellanos@{D}>",
        to="counselor.reyes@ood.ohio.gov",
        subject="Equipment justification - Tamara Okafor-Lee",
        body='Ms. Reyes,\n\nTamara Okafor-Lee (VR case 22-4418) works as a paralegal and has Stargardt disease with acuity 20/300 OU. She requires a 24" video magnifier and ZoomText for her workstation. Quote attached separately.\n\nDr. Castellanos',
    ),
    Spec(
        phi=False,
        category="Workplace accessibility tips for employers",
        notes="General employer guidance on accommodating low-vision employees; no individual.",
        frm=f"Community Programs <programs@{D}>",
        to="hr@columbusfreightlines.com",
        subject="Accommodating employees with low vision",
        body="As promised at the chamber breakfast: large monitors, screen magnification software, task lighting and high-contrast keyboards solve most workplace needs. We can do a free workplace walk-through.",
    ),
    Spec(
        phi=True,
        category="FHIR Observation visual acuity to EHR",
        notes="Hard positive: one-line body; FHIR Observation names client and her visual acuity 20/400.",
        frm=f"Interfaces <fhir@{D}>",
        to="inbound@centralohiohie.org",
        subject="Observation push NL-20419",
        body="Observation attached.",
        atts=(
            Att(
                "obs_va.json",
                "application/fhir+json",
                '{"resourceType": "Observation", "status": "final", "code": {"text": "Best corrected visual acuity, right eye"}, "subject": {"reference": "Patient/NL-20419", "display": "Clarice Beaumont"}, "effectiveDateTime": "2026-12-04", "valueString": "20/400"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Board meeting minutes",
        notes="Board minutes about budget and strategy; mentions total client counts only.",
        frm=f"Executive Director <director@{D}>",
        to=f"board@{D}",
        subject="Draft minutes - November board",
        body="Draft minutes: Budget approved ($2.1M). Waitlist down to 46 clients from 80. New satellite in Delaware County opens March. Motion to expand bioptic program passed 7-0.",
    ),
    Spec(
        phi=True,
        category="Photo of client's kitchen marking sent to family",
        notes="Hard positive: PNG named with client's name and 'RP' diagnosis; body is friendly.",
        frm=f"Kara Whitlow OTR/L <kwhitlow@{D}>",
        to="lutz.family@icloud.com",
        subject="photos from today",
        body="Here's how we marked the stove and microwave - keep the bump dots in place!",
        atts=(Att("HLutz_RP_kitchen_bumpdots.png", "image/png", png(6, 4, (240, 120, 20))),),
    ),
    Spec(
        phi=False,
        category="Loaner closet inventory",
        notes="Hard negative: multi-sheet XLSX of device inventory with serial numbers and status; no clients.",
        frm=f"Loaner Program <loaners@{D}>",
        to=f"purchasing@{D}",
        subject="Inventory count Dec",
        body="Year-end count attached.",
        atts=(
            Att(
                "loaner_inventory.xlsx",
                XLSX,
                xlsx(
                    {
                        "Devices": [
                            ["Serial", "Model", "Status"],
                            ["MV24-008812", "DVM-24", "On loan"],
                            ["MV24-008813", "DVM-24", "In stock"],
                            ["HM5-2311", "HM-5", "Recalled"],
                        ],
                        "Summary": [["Model", "Count"], ["DVM-24", 9], ["HM-5", 14]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to client asking about audiobooks eligibility",
        notes="Reply to client's personal mail confirming her legal blindness certification for talking-book service.",
        frm=f"Intake <intake@{D}>",
        to="hettie.granger1939@aol.com",
        subject="Re: talking books",
        body="Dear Mrs. Granger,\n\nYes - Dr. Castellanos signed your certification of legal blindness (acuity 20/240 both eyes from your macular degeneration) and we mailed the form to the National Library Service today. Your player should arrive in 2-3 weeks.\n\nNorthlight Intake",
    ),
    Spec(
        phi=False,
        category="Talking books program info",
        notes="General info about eligibility for talking-book service; no individual.",
        frm=f"Intake <intake@{D}>",
        to="library@dublinpubliclibrary.org",
        subject="Talking-book eligibility info",
        body="Anyone unable to read standard print due to vision loss or a physical disability can qualify. A certifying authority (eye doctor, OT, librarian) signs the form. We're happy to help patrons fill it out.",
    ),
    Spec(
        phi=True,
        category="Payment plan letter with account and service",
        notes="Letter to client's daughter with account number and low vision evaluation charges.",
        frm=f"Business Office <business@{D}>",
        to="k.beaumont.fam@yahoo.com",
        subject="Payment plan for your mother's account",
        body="Dear Ms. Beaumont,\n\nAs requested, your mother Clarice's account 440-2271 (low vision evaluation 92004 and 3 therapy visits, balance $246.00) is now on a $41/month plan starting January.\n\nNorthlight Business Office",
    ),
    Spec(
        phi=False,
        category="Sliding fee scale policy",
        notes="Hard negative: policy doc with example income table and fee tiers; no individual.",
        frm=f"Business Office <business@{D}>",
        to=f"board@{D}",
        subject="Sliding fee scale 2027",
        body="",
        html="<html><body><p>Proposed 2027 sliding fee scale:</p><ul><li>Under 100% FPL: $0</li><li>100-200% FPL: 25% of charge</li><li>Over 200%: full charge</li></ul><p>Example: a household of 2 at $30,000 pays 25%.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Forwarded ophthalmology note to therapist",
        notes="Forwarded ophthalmologist email (rfc822) about a client's new retinal bleed and pause in training.",
        frm=f"Dr. Miriam Castellanos <mcastellanos@{D}>",
        to=f"kwhitlow@{D}",
        subject="FW: Mrs. Ybarra - hold sessions",
        body="Kara, please pause Mrs. Ybarra's reading sessions until her retina doc clears her.",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Dr. Anand Varghese <avarghese@brightwatereye.com>",
            to=f"mcastellanos@{D}",
            subject="Consuelo Ybarra",
            body="Miriam - Consuelo Ybarra had a new submacular hemorrhage OS today, we injected. Please hold magnifier training 2 weeks; acuity will fluctuate.",
        ),
    ),
    Spec(
        phi=False,
        category="Conference abstract submission",
        notes="Hard negative: research abstract with aggregate results of eccentric viewing training; no individual.",
        frm=f"Dr. Miriam Castellanos <mcastellanos@{D}>",
        to="abstracts@visionrehabconf.org",
        subject="Abstract submission: eccentric viewing outcomes",
        body="Abstract: We reviewed 212 adults with central field loss trained in eccentric viewing over 6 sessions. Median reading speed rose from 38 to 71 wpm (p<0.001). Age range 54-96. Conclusion: short structured EV training improves reading.",
    ),
    Spec(
        phi=True,
        category="Medicare 837 for low vision therapy",
        notes="Hard positive: X12 837 with beneficiary name and MBI for low vision therapy; body generic.",
        frm=f"Therapy Billing <billing@{D}>",
        to="submit@meridianclaimshub.com",
        subject="837P NL batch 1207",
        body="Batch attached.",
        atts=(
            Att(
                "NL-1207.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*NORTHLIGHT     *ZZ*MERIDIAN       *261207*1400*^*00501*000000881*0*P*:~ST*837*0001*005010X222A1~NM1*IL*1*KOWALCZYK*EUGENIA****MI*2EC7GM4NP83~DMG*D8*19380614*F~CLM*NL7730*360.00***11:B:1*Y*A*Y*Y~HI*ABK:H5413~SV1*HC:97535:GO*360.00*UN*4~SE*6*0001~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DEA registration for prescribing optometrist",
        notes="Hard negative: provider credentialing mail with optometrist's DEA and NPI; provider identifiers only.",
        frm=f"Credentialing <credentialing@{D}>",
        to="credentialing@buckeyehealthplan.com",
        subject="Recredentialing - Dr. Castellanos",
        body="Recredentialing packet for Miriam Castellanos, OD. NPI 1231554993, DEA BK2215831, Ohio license OE.0091177. CAQH attested 11/30.",
    ),
    Spec(
        phi=True,
        category="Discharge summary txt to referring PCP",
        notes="Discharge summary as txt attachment with client name and outcome of vision rehab after stroke.",
        frm=f"Kara Whitlow OTR/L <kwhitlow@{D}>",
        to="records@northgatefamilymed.com",
        subject="Discharge summary",
        body="Discharge summary for your patient attached.",
        atts=(
            Att(
                "discharge_Tallis.txt",
                "text/plain",
                "NORTHLIGHT DISCHARGE SUMMARY\nClient: Gregory Tallis  DOB 07/08/1956\nDx: Right homonymous hemianopia after L occipital stroke\n8 OT visits. Goals met: scanning for reading 2/2, community mobility with family 1/2.\nDischarged 12/04/2026.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday party invite",
        notes="Staff social invite; no health info.",
        frm=f"HR <hr@{D}>",
        to=f"staff@{D}",
        subject="Holiday potluck Friday",
        body="Potluck Friday at noon! Sign-up sheet on the fridge. Guide dogs welcome, as always.",
    ),
]
