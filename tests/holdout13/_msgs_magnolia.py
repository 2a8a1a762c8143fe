# ruff: noqa: E501
"""Magnolia Women's Health (OB-GYN, prenatal, midwifery, fertility) outbound mail, hand-labelled."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import KRL, MWH, RCHC, Att, Spec

SIG = (
    "\n\n--\nMagnolia Women's Health\n3300 Dogwood Pkwy, Building C\n"
    "Phone 555-0170 | Fax 555-0171 | magnoliawomens.com\n"
)

_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "mwh-55120",
                    "identifier": [{"system": "urn:mwh:mrn", "value": "MGW0055120"}],
                    "name": [{"family": "Abernathy", "given": ["Courtney"]}],
                    "birthDate": "1991-07-19",
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/mwh-55120"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "O24.410",
                                "display": "Gestational diabetes mellitus in pregnancy, diet controlled",
                            }
                        ]
                    },
                }
            },
        ],
    },
    indent=1,
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    " <title>Continuity of Care Document</title>\n"
    ' <recordTarget><patientRole><id extension="MGW0061877" root="2.16.840.1.113883.19.5"/>\n'
    "  <patient><name><given>Yesenia</given><family>Galindo</family></name>\n"
    '   <birthTime value="19880302"/></patient></patientRole></recordTarget>\n'
    " <component><structuredBody><component><section><title>Problems</title>\n"
    "  <text>Polycystic ovary syndrome (E28.2); infertility, female (N97.9)</text>\n"
    " </section></component><component><section><title>Medications</title>\n"
    "  <text>Letrozole 2.5 mg days 3-7; metformin 500 mg BID</text>\n"
    " </section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

_CCDA_SAMPLE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    " <title>SAMPLE - Continuity of Care Document (conformance test, fictitious data)</title>\n"
    ' <recordTarget><patientRole><id extension="TEST-0001" root="2.16.840.1.113883.19.5"/>\n'
    "  <patient><name><given>Testpatient</given><family>Sample</family></name>\n"
    '   <birthTime value="19000101"/></patient></patientRole></recordTarget>\n'
    " <component><structuredBody><component><section><title>Problems</title>\n"
    "  <text>No problems (test fixture)</text>\n"
    " </section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

_FWD_LAB = Spec(
    phi=True,
    category="inner",
    notes="inner",
    frm=f"Keystone Results <results@{KRL}>",
    to=f"results@{MWH}",
    subject="Critical value called: client MWH-118",
    body=(
        "Critical value notification\nPatient: Ortega, Bianca  DOB 12/01/1997\n"
        "Test: Hemoglobin 6.9 g/dL (critical low). Collected 11/09/2026 07:40.\n"
        "Called to: Pam at Magnolia, 11/09/2026 11:02, read back confirmed.\n"
    ),
)

_FWD_CLEAN = Spec(
    phi=False,
    category="inner",
    notes="inner",
    frm="events@acog-district5.org",
    to=f"providers@{MWH}",
    subject="Registration open: District V Annual Meeting",
    body=(
        "Registration is open for the District V Annual Meeting, March 12-14, 2027, Columbus. "
        "Sessions include postpartum hemorrhage bundles, syphilis in pregnancy, and updates on "
        "hypertensive disorders of pregnancy. Early-bird rate ends January 15.\n"
    ),
)

_PHI: list[Spec] = [
    Spec(
        phi=True,
        category="prenatal lab result to patient personal email",
        notes="Midwife emails patient her GBS-positive result and plan.",
        frm=f"Megan Sorensen CNM <msorensen@{MWH}>",
        to="tasha.reynolds88@gmail.com",
        subject="Your 36 week swab",
        body=(
            "Hi Tasha,\n\nYour group B strep swab came back positive. This is common (about 1 in 4 "
            "of us carry it) and just means we'll give you IV penicillin once you're in labor. "
            "Your penicillin allergy listed is 'rash as a child' - we'll talk about that at your "
            "37 week visit on Tuesday.\n\nMegan" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="fertility cycle plan HTML table",
        notes="HTML table (with text alternative) with patient name, cycle day meds and retrieval date.",
        frm=f"Fertility Nurse Line <ivfnurse@{MWH}>",
        to="jpark.kim@outlook.com",
        subject="Your stimulation calendar",
        body="Hi Ji-woo, your stimulation calendar is below. Call us with questions.\n",
        html=(
            "<html><body><p>Hi Ji-woo Park,</p><p>Here is your stimulation calendar:</p>"
            "<table border='1'><tr><th>Date</th><th>Medication</th><th>Visit</th></tr>"
            "<tr><td>11/12</td><td>Gonal-f 225 IU + Menopur 75 IU</td><td>-</td></tr>"
            "<tr><td>11/16</td><td>same, add ganirelix 250 mcg</td><td>US + E2 7:30 AM</td></tr>"
            "<tr><td>11/20</td><td>Ovidrel trigger 9:30 PM</td><td>-</td></tr>"
            "<tr><td>11/22</td><td>-</td><td>Egg retrieval 9:30 AM</td></tr></table>"
            "<p>Magnolia Fertility</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to diabetes educator",
        notes="FHIR JSON attachment only: patient name, DOB, gestational diabetes condition.",
        frm=f"Interfaces <it@{MWH}>",
        to=f"diabetes-ed@{RCHC}",
        subject="Referral bundle (FHIR) - GDM education",
        body="FHIR referral bundle attached per our pilot. Let us know if it loads.\n",
        atts=(Att("referral_bundle.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="C-CDA for transfer of care",
        notes="C-CDA attachment only: PCOS/infertility patient with MRN and DOB to another clinic.",
        frm=f"Medical Records <records@{MWH}>",
        to="records@lakeshorefertility.com",
        subject="Transfer of care documents",
        body="Per the signed authorization, the CCD for the transferring patient is attached.\n",
        atts=(Att("ccd_transfer.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="forwarded critical lab rfc822",
        notes="Hard positive: PHI only inside the forwarded message/rfc822 critical value notice.",
        frm=f"Pam Whitley <pwhitley@{MWH}>",
        to=f"drhughes@{MWH}",
        subject="FW: critical value",
        body="Dr. Hughes - forwarding the critical from Monday AM. She was called in and transfused at Mercy.\n",
        forward=_FWD_LAB,
    ),
    Spec(
        phi=True,
        category="postpartum check to husband",
        notes="Hard positive: front desk emails a husband about his wife's postpartum visit and BP.",
        frm=f"Front Desk <frontdesk@{MWH}>",
        to="d.achterberg@hotmail.com",
        subject="Re: Sofie's appointment",
        body=(
            "Hi Dirk,\n\nYes, we moved Sofie's blood pressure check to Friday at 9:00 since her "
            "readings were still high after delivery. Please bring the home cuff log. If she gets "
            "a bad headache or vision changes before then, go to L&D.\n\nThank you,\nJanelle" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PDF ultrasound report to MFM",
        notes="PDF attachment only: ultrasound report with name, DOB, EDD, findings.",
        frm=f"Ultrasound <ultrasound@{MWH}>",
        to="mfm.referrals@stvincentperinatal.org",
        subject="MFM consult request",
        body="Please see the attached report for the consult request. Thank you.\n",
        atts=(
            Att(
                "us_report_1106.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAGNOLIA WOMEN'S HEALTH - OBSTETRIC ULTRASOUND",
                        "Patient: Renata Vukovic   DOB: 03/30/1986   MRN: MGW0049903",
                        "GA 20w3d by LMP. EDD 03/28/2027.",
                        "Findings: marginal cord insertion; placenta low-lying, 1.4 cm from os.",
                        "Impression: recommend MFM consultation and repeat at 28-32 weeks.",
                    ],
                    "OB ultrasound",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare MBI billing question",
        notes="Billing to Medicare contractor: patient name, MBI, pessary fitting claim.",
        frm=f"Billing <billing@{MWH}>",
        to="provider.inquiry@cgs-medicare-partner.com",
        subject="Claim status inquiry",
        body=(
            "Hello,\n\nRequesting status on the claim for Eleanor Dunmore, MBI 5RM3-KM9-WR44, DOS "
            "09/18/2026, CPT 57160 (pessary fitting) with A4562. Denied CO-16; the corrected claim "
            "was submitted 10/12. Provider NPI 1527888733.\n\nThanks,\nVeronica Liu, CPC\nBilling"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="XLSX claim lines with member ids",
        notes="Hard positive: XLSX with member ids, DOS and CPT claim lines; no names.",
        frm=f"Billing <billing@{MWH}>",
        to="provider.relations@buckeyecaremgmt.com",
        subject="Underpaid global OB claims - detail",
        body=(
            "Attached is the detail for the underpaid global OB claims we discussed. Summary on "
            "the first tab.\n\nVeronica Liu, CPC" + SIG
        ),
        atts=(
            Att(
                "underpaid_global_ob.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Claims", "Billed", "Paid", "Variance"],
                            [3, 12450, 8120, 4330],
                        ],
                        "Lines": [
                            ["Member ID", "DOS", "CPT", "Billed", "Paid"],
                            ["BCM771204589", "2026-08-03", "59400", 4150, 2710],
                            ["BCM771390021", "2026-08-19", "59510", 4600, 3010],
                            ["BCM770855437", "2026-09-02", "59400", 3700, 2400],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject only PHI pregnancy loss",
        notes="Hard positive: subject carries name and miscarriage follow-up, body generic.",
        frm=f"Dr. Adaeze Hughes <drhughes@{MWH}>",
        to=f"counseling@{MWH}",
        subject="Please reach out to Kendra Lowell - SAB at 9 wks, requested grief support",
        body="Thank you. She's OK with a call on her cell.\n",
    ),
    Spec(
        phi=True,
        category="ICS invite procedure",
        notes="ICS calendar invite only: patient name and colposcopy procedure.",
        frm=f"Scheduling <scheduling@{MWH}>",
        to="marisol.vega@yahoo.com",
        subject="Your upcoming visit",
        body="Please add the attached visit to your calendar.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Magnolia Women's Health//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mwh-9917242@magnoliawomens.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261119T143000Z\r\nDTEND:20261119T151500Z\r\n"
            "SUMMARY:Marisol Vega - colposcopy with possible biopsy (abnormal Pap HSIL)\r\n"
            "LOCATION:Magnolia Women's Health, Procedure Room 2\r\n"
            "DESCRIPTION:Take 600 mg ibuprofen 1 hour before. Avoid intercourse 24h before.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="TXT nurse triage notes",
        notes="Hard positive: TXT attachment only: after-hours triage log with first names, phones and complaints.",
        frm=f"After Hours Service <triage@{MWH}>",
        to=f"nursing@{MWH}",
        subject="Overnight call log 11/10",
        body="Overnight log attached.\n",
        atts=(
            Att(
                "call_log_1110.txt",
                "text/plain",
                "22:14  Brianna (555-0133) 31w, decreased fetal movement -> sent to L&D\n"
                "01:40  Mei Ling (555-0168) 7 days postpartum, fever 101.4, incision red -> ED\n"
                "04:05  Olivia Grant (555-0121) heavy bleeding after IUD insertion yesterday -> "
                "call back at 8 with Dr. Hughes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX letter for employer accommodation",
        notes="DOCX only: work note naming patient, pregnancy and lifting restriction.",
        frm=f"Front Desk <frontdesk@{MWH}>",
        to="hr.leaves@tri-statelogistics.com",
        subject="Work note",
        body="Attached as requested by our patient.\n",
        atts=(
            Att(
                "work_note.docx",
                DOCX,
                docx(
                    [
                        "Magnolia Women's Health",
                        "Re: Latoya Simmons, DOB 10/04/1993",
                        "Ms. Simmons is under our care for pregnancy (EDD 04/09/2027) complicated by "
                        "hyperemesis. Please limit lifting to 20 lb and allow breaks every 2 hours.",
                        "Adaeze Hughes, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="genetic carrier screening result",
        notes="Hard positive: genetic counselor to partner's icloud: first names and sickle cell carrier status.",
        frm=f"Genetic Counseling <genetics@{MWH}>",
        to="nate.oyelaran@icloud.com",
        subject="Carrier screening follow-up",
        body=(
            "Hi Nate,\n\nAs Funmi mentioned, her expanded carrier screen showed she is a carrier "
            "for sickle cell (HbS trait). We recommend partner testing; I've placed an order for you "
            "at Keystone Lab, no appointment needed. Results in about 2 weeks.\n\n"
            "Rachel Abramowitz, MS, CGC" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="newborn photo with name in file name",
        notes="Hard positive: newborn photo to the family with baby's name and birth date in the file name, birth-center care.",
        frm=f"Birth Center <birthcenter@{MWH}>",
        to="hollis.family@gmail.com",
        subject="Photos from the birth center",
        body=(
            "Congratulations again! Here is the photo our midwife took after Wren's birth on "
            "Sunday. We'll see you both at the 2-week visit.\n"
        ),
        atts=(Att("Wren_Hollis_born_2026-11-08.png", "image/png", png(10, 8, (230, 200, 180))),),
    ),
    Spec(
        phi=True,
        category="ZIP of prenatal records",
        notes="ZIP with CSV of prenatal roster (names, EDD) to a hospital L&D.",
        frm=f"Clinical Coordinator <coordinator@{MWH}>",
        to="ld.charge@mercyregional.org",
        subject="December EDD list for pre-registration",
        body="As every month, December EDDs for pre-registration. Zip attached.\n",
        atts=(
            Att(
                "dec_edd.zip",
                "application/zip",
                zipped(
                    {
                        "dec_edd.csv": "name,dob,edd,gp,notes\n"
                        "Abernathy Courtney,1991-07-19,2026-12-04,G2P1,GDM A1\n"
                        "Nakamura Eri,1989-11-23,2026-12-11,G1P0,breech - ECV scheduled\n"
                        "Solis Dayana,1999-05-06,2026-12-20,G3P2,prior C/S, TOLAC\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="controlled substance prescription with patient",
        notes="Prescriber DEA and NPI plus patient name and controlled med to pharmacy.",
        frm=f"Dr. Adaeze Hughes <drhughes@{MWH}>",
        to="rx@dogwoodpharmacy.com",
        subject="Rx clarification",
        body=(
            "Clarifying the post-op script for Jasmine Okafor (DOB 06/21/1984): oxycodone 5 mg, "
            "#12, no refills, 1 tab q6h PRN after her laparoscopic hysterectomy. Prescriber "
            "Adaeze Hughes MD, NPI 1024920864, DEA FR6926173.\n"
        ),
    ),
    Spec(
        phi=True,
        category="quiet follow-up lactation",
        notes="Hard positive: first names only with mastitis and baby weight to mother's gmail.",
        frm=f"Lactation <lactation@{MWH}>",
        to="amara.b.1990@gmail.com",
        subject="checking in",
        body=(
            "Hi Amara! How is the left side doing on the dicloxacillin? Noah's weight on Friday "
            "(7 lb 14 oz) was great. Keep the pump at 24 mm. Text or call if the fever comes back.\n"
            "- Joy, IBCLC\n"
        ),
    ),
]

_CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="rfc822 forwarded conference registration",
        notes="Hard negative: forwarded conference mail about hemorrhage and syphilis in pregnancy.",
        frm=f"Dr. Adaeze Hughes <drhughes@{MWH}>",
        to=f"midwives@{MWH}",
        subject="FW: District V Annual Meeting",
        body="Who wants to go? We have CME funds for two.\n",
        forward=_FWD_CLEAN,
    ),
    Spec(
        phi=False,
        category="C-CDA conformance sample",
        notes="Hard negative: C-CDA sample with fictitious TEST patient sent for interface certification.",
        frm=f"Interfaces <it@{MWH}>",
        to="certification@ehrvendor-interop.com",
        subject="CCD conformance sample - test environment",
        body="Sample CCD from our test environment attached. Fictitious test patient only.\n",
        atts=(Att("ccd_sample_TEST.xml", "application/xml", _CCDA_SAMPLE),),
    ),
    Spec(
        phi=False,
        category="patient education prenatal class",
        notes="HTML-only childbirth class announcement; no individual.",
        frm=f"Magnolia Women's Health <events@{MWH}>",
        to="newsletter@magnoliawomens.com",
        subject="Winter childbirth and breastfeeding classes",
        body="",
        html=(
            "<html><body><h3>Winter classes are open</h3><ul><li>Childbirth preparation - "
            "Saturdays in January</li><li>Breastfeeding basics - Jan 14</li><li>Postpartum "
            "mood and you - Jan 21</li></ul><p>All classes free for Magnolia patients and "
            "partners.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician credentialing with NPI DEA",
        notes="Hard negative: new provider credentialing packet with her NPI and DEA (clinician ids).",
        frm=f"Credentialing <credentialing@{MWH}>",
        to="credentialing@mercyregional.org",
        subject="Privileges application - Dr. Lucia Ferreira-Banks",
        body=(
            "Attached please find the privileges application for Lucia Ferreira-Banks, MD, "
            "board-certified OB-GYN joining us 1/4/2027. NPI 1370913588, DEA BN0882161, "
            "Ohio license 35.141177. She will do deliveries and gyn surgery incl. robotic "
            "hysterectomy.\n\nKaren Liu, CPCS\nCredentialing Specialist\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes dashboard",
        notes="Hard negative: monthly OB outcomes table with rates of preeclampsia, C-section, etc.",
        frm=f"Quality <quality@{MWH}>",
        to=f"leadership@{MWH}",
        subject="October OB dashboard",
        body="",
        html=(
            "<html><body><p>October OB dashboard:</p><table border='1'>"
            "<tr><th>Measure</th><th>Oct</th><th>Target</th></tr>"
            "<tr><td>Deliveries</td><td>86</td><td>-</td></tr>"
            "<tr><td>NTSV cesarean rate</td><td>22.4%</td><td>&lt;23.6%</td></tr>"
            "<tr><td>Severe HTN treated within 60 min</td><td>9/10</td><td>100%</td></tr>"
            "<tr><td>Postpartum depression screening</td><td>91%</td><td>90%</td></tr>"
            "<tr><td>Gestational diabetes (new dx)</td><td>7</td><td>-</td></tr></table>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice ultrasound maintenance",
        notes="Vendor service contract with device serial number (not tied to a patient).",
        frm=f"Accounts Payable <ap@{MWH}>",
        to="billing@sonoservice-midwest.com",
        subject="Invoice INV-20417 - Voluson service",
        body=(
            "Hi,\n\nWe received INV-20417 for the preventive maintenance on the Voluson E10 "
            "(serial VE10-4471-K2). Our contract covers PM visits, so please reissue with a $0 "
            "labor line.\n\nThanks, Accounts Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff scheduling for call",
        notes="Call schedule with clinician names, L&D coverage.",
        frm=f"Megan Sorensen CNM <msorensen@{MWH}>",
        to=f"midwives@{MWH}",
        subject="Thanksgiving call swap",
        body=(
            "Hi all - Gabby and I swapped: I'm on L&D Thanksgiving day, she has Friday. Dr. Hughes "
            "is backup both days. Updated grid in the shared drive.\n\nMegan\n"
        ),
    ),
    Spec(
        phi=False,
        category="health topic blog draft",
        notes="Hard negative: blog draft about PCOS and fertility with no individual (a composite persona is labelled).",
        frm=f"Marketing <marketing@{MWH}>",
        to="claire.whitlock.writes@gmail.com",
        subject="Guest post draft: PCOS and your fertility",
        body=(
            "Hi Claire, draft for your edit (the blog collective asked for 300 words):\n\nPCOS affects about 1 in 10 women of reproductive age. "
            "Irregular cycles, acne and weight changes are common signs. Treatments like letrozole "
            "and lifestyle change help many conceive. Talk with your clinician if cycles are longer "
            "than 35 days.\n\nByline: Dr. Nadia Qureshi, reproductive endocrinologist, Magnolia "
            "Women's Health.\n"
        ),
    ),
    Spec(
        phi=False,
        category="XLSX supply order",
        notes="Hard negative: multi-sheet supply order listing contraceptives, pregnancy tests, Rhogam.",
        frm=f"Clinic Operations <ops@{MWH}>",
        to="orders@medlineorders-partner.com",
        subject="PO 512-44-3019 monthly order",
        body="Monthly order attached. Please confirm the Rhophylac backorder ETA.\n",
        atts=(
            Att(
                "po_order_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Med-Surg": [
                            ["Item", "Qty"],
                            ["Speculum, disposable M", 400],
                            ["hCG urine test strips", 300],
                        ],
                        "Pharmacy": [
                            ["Item", "Qty"],
                            ["Medroxyprogesterone 150 mg/mL", 60],
                            ["Rhophylac 300 mcg", 20],
                            ["Levonorgestrel IUD 52 mg", 15],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR FMLA policy",
        notes="Hard negative: HR note about parental leave policy for staff; no medical details of a person.",
        frm=f"People Team <people@{MWH}>",
        to=f"allstaff@{MWH}",
        subject="New in 2027: 12 weeks paid parental leave",
        body=(
            "Team,\n\nStarting January 1, all employees with 6+ months of service get 12 weeks "
            "of paid parental leave for birth, adoption or foster placement, on top of short-term "
            "disability. The FMLA forms are unchanged. Payroll cutoff for December is the 18th.\n\n"
            "Imelda Cruz, People Team\n"
        ),
    ),
    Spec(
        phi=False,
        category="research de-identified aggregate PDF",
        notes="Hard negative: IRB-approved aggregate IVF success rates PDF; no individuals.",
        frm=f"Dr. Nadia Qureshi <nqureshi@{MWH}>",
        to="abstracts@asrm-meeting.org",
        subject="Abstract submission - live birth rates by age band",
        body="Abstract and one-page table attached. All data aggregate (n=1,184 cycles).\n",
        atts=(
            Att(
                "abstract_table.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAGNOLIA WOMEN'S HEALTH - Fertility Program 2022-2025",
                        "Live birth per retrieval: <35: 48%; 35-37: 37%; 38-40: 24%; >40: 9%",
                        "Single embryo transfer rate: 87%. Twin rate: 2.1%.",
                    ],
                    "Abstract table",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICS staff meeting invite",
        notes="Hard negative: ICS invite for M&M conference with no patient identifiers.",
        frm=f"Dr. Adaeze Hughes <drhughes@{MWH}>",
        to=f"providers@{MWH}",
        subject="Monthly M&M - shoulder dystocia drill debrief",
        body="Calendar hold for the M&M and simulation debrief.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Magnolia Women's Health//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mwh-mm-202612@magnoliawomens.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261203T123000Z\r\nDTEND:20261203T133000Z\r\n"
            "SUMMARY:M&M and shoulder dystocia simulation debrief\r\n"
            "LOCATION:Conference Room A\r\nDESCRIPTION:Lunch provided.\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement",
        notes="Hard negative: FHIR CapabilityStatement JSON (no patient) for the lab interface.",
        frm=f"Interfaces <it@{MWH}>",
        to=f"interfaces@{KRL}",
        subject="Our FHIR endpoint capabilities",
        body="Our CapabilityStatement for the results interface is attached.\n",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                json.dumps(
                    {
                        "resourceType": "CapabilityStatement",
                        "status": "active",
                        "date": "2026-11-01",
                        "kind": "instance",
                        "fhirVersion": "4.0.1",
                        "format": ["json"],
                        "rest": [
                            {
                                "mode": "server",
                                "resource": [
                                    {
                                        "type": "DiagnosticReport",
                                        "interaction": [{"code": "create"}],
                                    },
                                    {"type": "Observation", "interaction": [{"code": "create"}]},
                                ],
                            }
                        ],
                    },
                    indent=1,
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive strategy mail",
        notes="Executive email about opening a fertility satellite office; market numbers only.",
        frm=f"Celeste Moreau <cmoreau@{MWH}>",
        to="partners@magnoliawomens.com",
        subject="Westfield satellite - go/no-go numbers",
        body=(
            "Partners,\n\nThe consultant's model: 1,900 new OB visits/yr in the Westfield trade "
            "area, payer mix 58% commercial. Break-even in month 19. I recommend go. Vote at the "
            "12/2 meeting.\n\nCeleste Moreau, CEO\n"
        ),
    ),
    Spec(
        phi=False,
        category="DOCX midwifery protocol",
        notes="Hard negative: DOCX clinical protocol for postpartum hemorrhage (drugs, doses) with no patient.",
        frm=f"Megan Sorensen CNM <msorensen@{MWH}>",
        to=f"birthcenter@{MWH}",
        subject="Revised PPH protocol for sign-off",
        body="Revised PPH protocol attached for sign-off by Friday.\n",
        atts=(
            Att(
                "PPH_protocol_2027.docx",
                DOCX,
                docx(
                    [
                        "Postpartum Hemorrhage Protocol (Birth Center) - 2027 revision",
                        "Stage 1 (QBL > 500 mL vaginal): oxytocin 40 units in 1 L LR, fundal massage.",
                        "Stage 2: methylergonovine 0.2 mg IM (avoid in hypertension), misoprostol 800 mcg.",
                        "Tranexamic acid 1 g IV within 3 hours of birth. Transfer criteria in appendix B.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient survey aggregate to vendor",
        notes="Patient experience vendor gets aggregate scores request; no individuals.",
        frm=f"Quality <quality@{MWH}>",
        to="support@patientvoice-surveys.com",
        subject="Q3 CAHPS results question",
        body=(
            "Hi,\n\nOur Q3 top-box for 'provider explained things clearly' dropped to 84% from 91%. "
            "Can you break that down by site (n per site) without comments? Thanks.\n"
        ),
    ),
    Spec(
        phi=False,
        category="ZIP of marketing assets",
        notes="Hard negative: ZIP with brochure text about IVF services and staff bios.",
        frm=f"Marketing <marketing@{MWH}>",
        to="studio@dogwoodcreative.com",
        subject="Assets for the fertility brochure",
        body="Zip with copy and headshots list. Please send proofs by the 20th.\n",
        atts=(
            Att(
                "fertility_brochure_assets.zip",
                "application/zip",
                zipped(
                    {
                        "copy.txt": "Magnolia Fertility: IUI, IVF, egg freezing and LGBTQ+ family "
                        "building. Meet Dr. Nadia Qureshi, board certified in reproductive "
                        "endocrinology and infertility.\n",
                        "headshots.txt": "qureshi_nadia.jpg\nabramowitz_rachel.jpg\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT warning about a phishing email impersonating a lab portal.",
        frm=f"IT <it@{MWH}>",
        to=f"allstaff@{MWH}",
        subject="Phishing alert: fake 'Keystone results portal' emails",
        body=(
            "Several staff received an email titled 'New lab results available' linking to "
            "keystone-lab-results[.]net. This is NOT Keystone Lab. Do not click; report with the "
            "Phish button. Real results come through the EHR inbox.\n\nMagnolia IT\n"
        ),
    ),
]

MESSAGES: list[Spec] = _PHI + _CLEAN
