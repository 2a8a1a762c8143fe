# ruff: noqa: E501
"""Maplewood Pediatrics: outbound mail without PHI (19 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx
from _spec import MPD, TCH, Att, Spec

SIG_DANA = (
    "\n\nDana Whitfield, MHA\nPractice Manager | Maplewood Pediatrics\n"
    "2210 Maplewood Ave, Suite 100, Linden Park IA\n(319) 555-0140\n"
)

TEST_ADT = (
    "MSH|^~\\&|MPD_EHR|MAPLEWOOD PEDS|PEDSPORTAL|CHARTBRIDGE|20261111091500||ADT^A08|"
    "TEST0001|T|2.5.1\r"
    "EVN|A08|20261111091500\r"
    "PID|1||ZZ-TEST-0001^^^MPD^MR||ZZTEST^PEDSPATIENT^ONE||20000101|U|||"
    "1 TEST WAY^^TESTVILLE^IA^00000||^PRN^PH^^^000^0000000\r"
    "PV1|1|O|MPDTEST^^^MPD||||^TESTPROVIDER^NOTREAL\r"
)

CHAPTER_FWD = Spec(
    phi=False,
    category="chapter_bulletin_inner",
    notes="inner forwarded AAP chapter bulletin",
    frm="Iowa Chapter AAP <bulletin@iowa-aap.org>",
    to="members@iowa-aap.org",
    subject="Chapter Bulletin: 2027 immunization schedule changes, RSV season update",
    body=(
        "Dear members,\n\nThe 2027 child and adolescent immunization schedule was approved last "
        "week. Highlights for practices:\n- Nirsevimab: infants born during or entering their "
        "first RSV season, and high-risk 8-19 month olds in their second season.\n- MenB: "
        "shared clinical decision-making language clarified for ages 16-23.\n- COVID-19: updated "
        "2026-2027 formula, one dose for most children 6 months and older.\n\nThe state VFC "
        "program will update its ordering catalog by December 1. Questions to "
        "vfc@idph.example.org.\n\nIowa Chapter, American Academy of Pediatrics"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="peds_nirsevimab_allocation_staff",
        notes=(
            "Hard negative: drug allocation notice naming nirsevimab, RSV and infant age groups but "
            "no patient."
        ),
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to=f"All Clinical Staff <clinical-all@{MPD}>",
        subject="Beyfortus allocation cut for November - prioritization",
        body=(
            "Team,\n\nOur November allocation of Beyfortus (nirsevimab) from the VFC depot came in "
            "at 60% of what we ordered (40 x 50 mg, 25 x 100 mg). Until the December shipment:\n\n"
            "1. Newborns and infants <8 months whose mother did NOT get Abrysvo in pregnancy come "
            "first.\n2. Infants born <29 weeks and kids with CLD/hemodynamically significant CHD "
            "next.\n3. Do not give the 100 mg dose to anyone under 5 kg.\n\nPlease document "
            "'deferred - supply' in the immunization module so we can recall them. Synagis stock is "
            "unaffected." + SIG_DANA
        ),
    ),
    Spec(
        phi=False,
        category="peds_family_newsletter_html",
        notes="Family newsletter to a distribution list: flu clinic hours, no individual or condition segment.",
        frm=f"Maplewood Pediatrics <news@{MPD}>",
        to=f"Maplewood Families <families@lists.{MPD}>",
        subject="November at Maplewood: Saturday flu clinics, new after-hours line",
        body="",
        html=(
            "<html><body style='font-family:Arial'><h2>Maplewood Pediatrics - November News</h2>"
            "<p><b>Saturday flu clinics</b> run Nov 14 and Nov 21, 8am-noon. No appointment "
            "needed for patients 6 months and up; nasal spray available for ages 2+.</p>"
            "<p><b>New after-hours nurse line:</b> (319) 555-0199. Our nurses now answer "
            "directly until 11pm.</p><p><b>Welcome</b> to Hannah Lindqvist, APRN, CPNP, who joins "
            "our Cedar St office.</p><p>Reminder: the parking lot entrance on 3rd Ave is closed "
            "for repaving Nov 16-18.</p><p style='font-size:10px'>You are receiving this because "
            "you subscribed at maplewoodpeds.com. <a href='https://maplewoodpeds.com/unsubscribe'>"
            "Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="peds_job_posting_rn",
        notes="Job posting for a pediatric RN sent to a recruiting partner.",
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Jobs Desk <postings@iowahealthcareers.com>",
        subject="Please post: Pediatric RN, full time (Linden Park)",
        body=(
            "Hi,\n\nPlease post the following through the end of the year:\n\n"
            "Pediatric Registered Nurse - Full time, Mon-Fri with 1 Saturday/month\n"
            "Maplewood Pediatrics, Linden Park IA\n\n- Phone triage, immunizations, well-child "
            "support, asthma and newborn education\n- Current Iowa RN license, BLS; PALS within 6 "
            "months\n- 2+ years pediatric or family practice preferred\n- $36-$44/hr DOE, PTO, "
            "401(k) match, CEU allowance\n\nApply: careers@maplewoodpeds.com" + SIG_DANA
        ),
    ),
    Spec(
        phi=False,
        category="peds_vaccine_invoice_po_ssn_shaped",
        notes=(
            "Hard negative: vendor invoice dispute with an SSN-shaped purchase-order number and "
            "vaccine product names, no patient."
        ),
        frm=f"Kevin Tran <ktran@{MPD}>",
        to="AR Team <ar@pinnaclevaccinedist.com>",
        subject="Re: Invoice 88213 / PO 418-27-5530 - short shipment",
        body=(
            "Hello,\n\nWe received invoice 88213 against PO 418-27-5530 but the shipment was short: "
            "billed for 20 boxes of Prevnar 20 (NDC 0005-2000-10) and 10 of Vaxelis, received 15 "
            "and 10. Packing slip and the temperature logger printout are in the box photos we "
            "sent Friday. Please issue a credit memo for the 5 Prevnar 20 boxes ($1,187.50 each) "
            "so we can close this out.\n\nThanks,\nKevin Tran\nBilling Manager, Maplewood "
            "Pediatrics\n\n> On Nov 6, 2026, AR Team wrote:\n> Please remit $23,750.00 for invoice "
            "88213 (PO 418-27-5530), net 30."
        ),
    ),
    Spec(
        phi=False,
        category="peds_credentialing_npi_dea",
        notes=(
            "Hard negative: provider credentialing with a pediatrician's NPI, DEA, board "
            "certification and specialty."
        ),
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Provider Enrollment <enrollment@bluemeadowhp.com>",
        subject="Recredentialing packet - Priya Raman MD",
        body=(
            "Hello,\n\nPlease find the recredentialing details for our physician below; the signed "
            "attestation was uploaded to the CAQH profile today.\n\nPriya Raman, MD\nSpecialty: "
            "General Pediatrics (ABP certified, MOC current through 2029)\nNPI: 1730033465\n"
            "DEA: BR5407110 (exp 08/31/2028)\nIowa license MD-48812\nCAQH ID 16402281\n"
            "Hospital privileges: Riverbend Health (newborn nursery, pediatric inpatient)\n"
            "Practice location: 2210 Maplewood Ave, Suite 100, Linden Park IA 52411" + SIG_DANA
        ),
    ),
    Spec(
        phi=False,
        category="peds_ehr_upgrade_downtime",
        notes="IT downtime notice for an EHR upgrade with downtime procedures, no patient.",
        frm=f"Jorge Ruiz <jruiz@{MPD}>",
        to=f"All Staff <staff@{MPD}>",
        cc="Support <support@chartbridge-ehr.com>",
        subject="EHR upgrade Saturday 11/14 6pm - Sunday 6am: downtime procedures",
        body=(
            "All,\n\nChartBridge will upgrade us to v26.4 this weekend. Between 6pm Saturday and "
            "6am Sunday:\n- Use the paper downtime packets in the blue binders (triage, phone "
            "message, Rx) at each station.\n- The read-only downtime PC at the nurse station has a "
            "snapshot of Friday's schedule.\n- Vaccine administrations get logged on the paper VAR "
            "form and back-entered Monday.\n\nAfter the upgrade the immunization forecaster layout "
            "changes; 10-minute tip sheet in the shared drive.\n\nJorge\nIT / Interfaces"
        ),
    ),
    Spec(
        phi=False,
        category="peds_interface_test_patient_hl7",
        notes=(
            "Hard negative: HL7 ADT for an interface test with a clearly labelled ZZTEST synthetic "
            "patient."
        ),
        frm=f"Jorge Ruiz <jruiz@{MPD}>",
        to="Integration Team <integrations@chartbridge-ehr.com>",
        subject="Portal feed validation - test message attached",
        body=(
            "Hi team,\n\nAttached is the A08 from our TEST environment using the standard synthetic "
            "patient (ZZTEST, PEDSPATIENT ONE - not a real person). Processing ID is T. Please "
            "confirm the portal side parses PV1-7 correctly before we point production at it.\n\n"
            "Jorge Ruiz"
        ),
        atts=(Att("TEST_ADT_A08_zztest.hl7", "application/hl7-v2", TEST_ADT),),
    ),
    Spec(
        phi=False,
        category="peds_hedis_quality_workbook",
        notes=(
            "Hard negative: aggregate HEDIS childhood immunisation and well-child rates in a "
            "multi-sheet workbook, no individuals."
        ),
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Quality Team <quality@heartlandaco.org>",
        subject="Q3 quality measures - Maplewood",
        body=(
            "Attached are our Q3 numbers for the ACO dashboard. CIS-10 dipped because of the "
            "flu-vaccine timing; W30 is up after the recall campaign.\n\nDana"
        ),
        atts=(
            Att(
                "Maplewood_Q3_2026_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measures": [
                            ["Measure", "Numerator", "Denominator", "Rate", "Target"],
                            ["CIS Combo 10", 188, 261, 0.720, 0.650],
                            ["IMA Combo 2", 142, 219, 0.648, 0.400],
                            ["W30 (0-15 mo, 6+ visits)", 231, 274, 0.843, 0.780],
                            ["WCV 3-21", 2870, 3904, 0.735, 0.600],
                            ["LSC (lead screening)", 201, 247, 0.814, 0.800],
                        ],
                        "Trend": [
                            ["Quarter", "CIS-10", "W30", "WCV"],
                            ["2025Q4", 0.701, 0.812, 0.709],
                            ["2026Q1", 0.744, 0.826, 0.718],
                            ["2026Q2", 0.738, 0.831, 0.722],
                            ["2026Q3", 0.720, 0.843, 0.735],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="peds_staff_flu_vaccine_deadline",
        notes="Hard negative: workforce flu-vaccine compliance reminder, no named employee health data.",
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to=f"All Staff <staff@{MPD}>",
        subject="Staff flu shots due 11/30 + open enrollment closes Friday",
        body=(
            "Hi everyone,\n\nTwo HR reminders:\n\n1) Annual staff influenza vaccination is due by "
            "November 30. You can get it from Aisha in the nurse room any weekday 12-1, or upload "
            "proof from your pharmacy to the HR portal. Medical or religious exemption forms go to "
            "me in a sealed envelope.\n2) Benefits open enrollment closes Friday 11/13 at 5pm. The "
            "dental plan is changing carriers; vision stays the same.\n\nThanks!" + SIG_DANA
        ),
    ),
    Spec(
        phi=False,
        category="peds_cme_agenda_ics",
        notes="Calendar invite for a CME session on developmental screening with speaker names and specialties.",
        frm=f"Dr. Priya Raman <praman@{MPD}>",
        to="Pediatric Providers <peds-providers@riverbendhealth.org>",
        subject="Invitation: Lunch CME - Autism screening update (1.0 AMA PRA Cat 1)",
        body=(
            "Colleagues,\n\nPlease join us for lunch CME next Wednesday. Dr. Olga Petrenko "
            "(Developmental-Behavioral Pediatrics, Riverbend) will cover the M-CHAT-R/F follow-up "
            "interview, the new telehealth diagnostic pathway and wait-list triage. Lunch "
            "provided.\n\nPriya"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maplewood Pediatrics//CME//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mpd-cme-2611@maplewoodpeds.com\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261118T180000Z\r\nDTEND:20261118T190000Z\r\n"
            "SUMMARY:CME: Autism screening update - Dr. Olga Petrenko (DBP)\r\n"
            "DESCRIPTION:Agenda: M-CHAT-R/F follow-up interview\\; telehealth diagnostic "
            "pathway\\; referral triage. 1.0 AMA PRA Category 1 Credit.\r\n"
            "LOCATION:Riverbend Health Conference Room B\r\n"
            "ORGANIZER:mailto:praman@maplewoodpeds.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="peds_school_requirements_nurses",
        notes="Hard negative: state school immunisation requirement changes for school nurses, no student.",
        frm=f"Hannah Lindqvist APRN <hlindqvist@{MPD}>",
        to="School Nurses <schoolnurses@lindenparkschools.org>",
        subject="2027-28 school immunization requirements - what changes",
        body=(
            "Hi all,\n\nAs promised at the district nurse meeting, here's the short version:\n\n"
            "- 7th grade: Tdap and MenACWY (1 dose) stay required.\n- 12th grade: a second "
            "MenACWY dose becomes required starting fall 2027 (if the first was before age 16).\n"
            "- Kindergarten: no change (DTaP 4-5, IPV 4, MMR 2, varicella 2, Hep B 3).\n- "
            "Certificates of immunization must come from the state registry printout, not "
            "handwritten cards.\n\nWe'll hold a catch-up clinic in January for students who need "
            "MenACWY. Happy to answer questions.\n\nHannah Lindqvist, APRN, CPNP"
        ),
    ),
    Spec(
        phi=False,
        category="peds_prospective_family_reply",
        notes="Reply to a prospective parent's gmail: accepting new patients, insurers, tour times.",
        frm=f"Rosa Delgado <rdelgado@{MPD}>",
        to="Tomasz Wieczorek <t.wieczorek.family@gmail.com>",
        subject="Re: Are you taking new patients?",
        body=(
            "Hi Tomasz,\n\nYes, all of our physicians and our nurse practitioner are accepting new "
            "patients. We're in network with Wellmark, Blue Meadow, Iowa Medicaid (Amerigroup, "
            "Iowa Total Care, Molina) and Aetna.\n\nMeet-the-practice tours are Tuesdays at 5:30 "
            "PM - no need to book, just come to the Maplewood Ave entrance. New-patient forms are on "
            "our website under 'Join our practice'.\n\nRosa Delgado\nFront Desk Lead\n(319) "
            "555-0142\n\n> Hi, we're moving to Linden Park in January with two kids. Are you taking "
            "new patients and what insurance do you take?\n> Thanks, Tomasz"
        ),
    ),
    Spec(
        phi=False,
        category="peds_fridge_logger_serial",
        notes="Hard negative: vaccine refrigerator data-logger excursion ticket with device serial numbers.",
        frm=f"Aisha Bello RN <abello@{MPD}>",
        to="Support <support@coldtrace-monitoring.com>",
        subject="Logger SN CT4-0087213 false alarm again",
        body=(
            "Hello,\n\nOur data logger SN CT4-0087213 (unit 2, VFC fridge) threw a high-temp alarm "
            "at 02:14 last night reading 9.8 C for 3 minutes. The backup logger SN CT4-0087344 in "
            "the same unit stayed at 4.6 C the whole time and the door sensor shows no opening. "
            "This is the third spurious alarm this month. Can you replace the probe or the unit? "
            "VFC wants the excursion documented so please send a statement on your letterhead.\n\n"
            "Aisha Bello, RN\nVaccine Coordinator, Maplewood Pediatrics"
        ),
    ),
    Spec(
        phi=False,
        category="peds_screening_grant_report_docx",
        notes="Hard negative: foundation grant report with aggregate developmental screening counts.",
        frm=f"Mei-Ling Cho <mcho@{MPD}>",
        to="Grants <grants@hawkeyechildrensfund.org>",
        subject="Interim report - Early Screening Initiative grant #HCF-2025-031",
        body=(
            "Dear Ms. Abernathy,\n\nAttached is our 12-month interim report. We are on track with "
            "screening and slightly behind on the bilingual navigator hire.\n\nWarm regards,\n"
            "Mei-Ling Cho"
        ),
        atts=(
            Att(
                "HCF-2025-031_interim_report.docx",
                DOCX,
                docx(
                    [
                        "Maplewood Pediatrics - Early Screening Initiative - Interim Report",
                        "Period: Nov 2025 - Oct 2026",
                        "ASQ-3 screens completed at 9/18/30 months: 1,126 (target 1,000)",
                        "M-CHAT-R/F screens at 18/24 months: 412; positive after follow-up: 23 (5.6%)",
                        "Referred to Early ACCESS: 61; evaluation completed within 45 days: 48 (79%)",
                        "Families screened in Spanish, Somali or Swahili: 187 (17%)",
                        "Budget spent: $58,420 of $90,000 (65%)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="peds_adolescent_confidentiality_policy",
        notes="Hard negative: policy document on adolescent confidential services (contraception, STI testing), no patient.",
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Counsel <kmarsh@marshlawgroup.com>",
        subject="Policy draft for review - adolescent confidential services",
        body=(
            "Karen,\n\nAttached is the draft policy. Our main questions are the portal proxy "
            "access cutoff at 12 and how the explanation-of-benefits letters interact with "
            "confidential STI testing. Could you mark up by 11/20?\n\nDana" + SIG_DANA
        ),
        atts=(
            Att(
                "POL-CL-014_Adolescent_Confidential_Services_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "POLICY CL-014: Confidential Services for Adolescents (DRAFT v3)",
                        "Purpose: to describe which services minors 12-17 may consent to without a parent.",
                        "Scope: all providers and staff of Maplewood Pediatrics.",
                        "1. Minors may consent to STI testing and treatment, contraception, and HIV testing.",
                        "2. Substance use counseling is governed by 42 CFR Part 2 where applicable.",
                        "3. Parent portal proxy access becomes limited at age 12; the adolescent's notes "
                        "are flagged confidential by default.",
                        "4. Staff must ask the adolescent for a private phone number before leaving results.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="peds_asthma_clinic_coverage",
        notes="Hard negative: clinician names with a disease clinic (asthma) and coverage dates, no patient.",
        frm=f"Dr. Priya Raman <praman@{MPD}>",
        to="Respiratory Therapy <rt-scheduling@riverbendhealth.org>",
        subject="Asthma clinic coverage while I'm out",
        body=(
            "Hi RT team,\n\nI'll be out Nov 23 - Dec 4. Dr. Marcus Oyelaran will run the Thursday "
            "asthma clinic in my place and Hannah Lindqvist, APRN, will cover spirometry "
            "interpretation questions. Please keep sending the spirometry and FeNO slots as usual; "
            "the standing orders for bronchodilator response testing are unchanged.\n\nThanks,\n"
            "Priya Raman, MD"
        ),
    ),
    Spec(
        phi=False,
        category="peds_call_roster_csv",
        notes="Hard negative: on-call roster CSV of clinicians with cell phones, no patients.",
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Answering Service <dispatch@prairieanswering.com>",
        subject="December call schedule",
        body="Attached is December's physician call schedule. Changes vs. November highlighted in notes column.\n\nDana",
        atts=(
            Att(
                "MPD_call_Dec2026.csv",
                "text/csv",
                "date_start,date_end,on_call,role,cell,notes\n"
                "2026-12-01,2026-12-04,Marcus Oyelaran MD,physician,(319) 555-0611,\n"
                "2026-12-04,2026-12-11,Priya Raman MD,physician,(319) 555-0612,swapped with Dr. Oyelaran\n"
                "2026-12-11,2026-12-18,Lena Brandt MD,physician,(319) 555-0613,\n"
                "2026-12-18,2026-12-25,Marcus Oyelaran MD,physician,(319) 555-0611,holiday\n"
                "2026-12-01,2026-12-31,Aisha Bello RN,nurse backup,(319) 555-0145,weeknights to 11pm\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="peds_letterhead_logo_png",
        notes="Logo PNG for the print shop, no person.",
        frm=f"Dana Whitfield <dwhitfield@{MPD}>",
        to="Orders <orders@cedarprintco.com>",
        subject="Reorder: letterhead + envelopes with new logo",
        body=(
            "Hi,\n\nPlease reorder 5,000 letterhead and 2,500 #10 envelopes (same stock as "
            "order 31877) but with the attached updated logo - we added the Cedar St address. "
            "Proof to me before printing please.\n\nDana Whitfield\nMaplewood Pediatrics"
        ),
        atts=(Att("maplewood_logo_2027.png", "image/png", png(8, 4, (46, 125, 50))),),
    ),
    Spec(
        phi=False,
        category="peds_forwarded_chapter_bulletin",
        notes="Forwarded (rfc822) AAP chapter bulletin about the immunisation schedule, no patient.",
        frm=f"Dr. Priya Raman <praman@{MPD}>",
        to=f"Public Health Nursing <phn@{TCH}>",
        subject="Fwd: Chapter Bulletin: 2027 immunization schedule changes",
        body=(
            "Carmen - in case this didn't reach your team yet. Are you planning the county VFC "
            "update call before or after the catalog change?\n\nPriya"
        ),
        forward=CHAPTER_FWD,
    ),
]
