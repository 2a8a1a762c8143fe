"""Riverbend Community Health Center (FQHC): outbound mail without PHI (20 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import RB, Att, Spec

DEID_CSV = (
    "study_code,age_band,sex,zip3,year_enrolled,language,a1c_baseline,a1c_6mo,chw_visits\n"
    "S0001,40-49,F,554,2025,Somali,9.8,8.1,6\n"
    "S0002,50-59,M,554,2025,Spanish,10.4,9.9,2\n"
    "S0003,60-69,F,553,2025,English,8.7,7.4,5\n"
    "S0004,30-39,M,554,2026,Vietnamese,11.1,8.6,8\n"
    "S0005,50-59,F,554,2026,Amharic,9.2,9.0,1\n"
    "S0006,70-79,M,553,2026,English,8.9,7.7,4\n"
)

TEST_HL7 = (
    "MSH|^~\\&|RBCHC_EHR|RIVERBEND|HIE_TEST|NMHIE|202611111005||ADT^A04|TST0001|T|2.5.1\r"
    "PID|1||ZZ9990001^^^RBCHC^MR||ZZTEST^INTERFACE^ALPHA||19500101|U|||1 TEST ST^^TESTVILLE"
    "^MN^00000\r"
    "PV1|1|O|TEST^CLINIC||||9999999999^TEST^PROVIDER\r"
)


def _survey_book() -> bytes:
    return xlsx(
        {
            "By site": [
                ["Site", "Responses", "Would recommend %", "Wait time OK %", "Interpreter OK %"],
                ["Mill Street", 412, 91.5, 72.1, 88.0],
                ["Eastside Dental", 138, 94.2, 80.4, 90.5],
                ["Cedar Grove SBHC", 96, 89.6, 85.0, 92.7],
                ["Street Medicine", 41, 95.1, 0, 0],
            ],
            "By language": [
                ["Language", "Responses", "Would recommend %"],
                ["English", 301, 90.7],
                ["Spanish", 188, 92.0],
                ["Somali", 97, 93.8],
                ["Vietnamese", 55, 89.1],
                ["Other", 46, 91.3],
            ],
            "Comments themes": [
                ["Theme", "Count"],
                ["Phone wait too long", 64],
                ["Front desk friendly", 51],
                ["Parking", 33],
            ],
        }
    )


MESSAGES = [
    Spec(
        phi=False,
        category="UDS aggregate quality table",
        notes="Hard negative: HTML table of clinical quality measures (diabetes, hypertension, "
        "depression screening) as counts and percentages, no individual.",
        frm=f"Gwen Abernathy-Lowe <gabernathylowe@{RB}>",
        to=f"Board of Directors <board@{RB}>",
        subject="Q3 UDS clinical measures for Thursday's board packet",
        body="",
        html=(
            "<html><body><p>Board members,</p><p>Below are our Q3 UDS clinical quality "
            "measures against the HRSA national averages. Full packet to follow.</p>"
            "<table border='1'><tr><th>Measure</th><th>Denominator</th><th>Met</th>"
            "<th>Riverbend</th><th>National</th></tr>"
            "<tr><td>Diabetes A1c &gt; 9% (lower is better)</td><td>1,482</td><td>433</td>"
            "<td>29.2%</td><td>31.0%</td></tr>"
            "<tr><td>Controlling high blood pressure</td><td>2,917</td><td>1,808</td>"
            "<td>62.0%</td><td>63.4%</td></tr>"
            "<tr><td>Depression screening and follow-up</td><td>9,114</td><td>7,019</td>"
            "<td>77.0%</td><td>71.2%</td></tr>"
            "<tr><td>HIV linkage to care within 30 days</td><td>9</td><td>9</td><td>100%</td>"
            "<td>85.9%</td></tr>"
            "<tr><td>Early entry into prenatal care</td><td>388</td><td>291</td><td>75.0%</td>"
            "<td>76.1%</td></tr></table>"
            "<p>Gwen Abernathy-Lowe<br>Quality Improvement Manager</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="HRSA grant budget narrative",
        notes="Hard negative: grant narrative about HIV, hepatitis C and opioid use disorder "
        "services with program counts; no patient.",
        frm=f"Clarissa Montague <cmontague@{RB}>",
        to="Lou Fenstermacher <lou@fenstermachergrants.com>",
        subject="SAC budget narrative v3 - comments by Friday?",
        body=(
            "Hi Lou,\n\nAttached is v3 of the Service Area Competition budget narrative. "
            "Changes since v2:\n\n- Moved 0.5 FTE of the HIV/hepatitis C nurse navigator from "
            "Ryan White Part C to the 330 base grant\n- Added $48,000 for buprenorphine "
            "prescriber time (we now treat ~140 patients with opioid use disorder a month)\n"
            "- Interpreter line up 12% (Somali and Dari volume)\n- Enabling services: "
            "transportation vouchers $22,500, CHW salaries\n\nHRSA wants the federal share "
            "under $3.1M. Can you check the indirect rate math in section 4?\n\nThanks,\n"
            "Clarissa Montague\nDirector of Grants & Development\n"
        ),
        atts=(
            Att(
                "SAC_budget_narrative_v3.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Community Health Center - FY2027 Service Area Competition",
                        "Budget Narrative (draft v3)",
                        "Personnel: 14.5 FTE providers, 6.0 FTE CHWs, 2.0 FTE interpreters.",
                        "HIV/HCV navigation: 0.5 FTE RN, serves approx. 60 people living with HIV.",
                        "Substance use disorder services: MOUD for ~140 patients/month.",
                        "Enabling services: transportation, interpretation, benefits enrolment.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: amoxicillin suspension shortage with dosing alternatives, no "
        "patient.",
        frm=f"Pharmacy Services <pharmacy@{RB}>",
        to=f"All Prescribers <prescribers@{RB}>",
        subject="SHORTAGE: amoxicillin 400 mg/5 mL suspension - alternatives",
        body=(
            "Prescribers,\n\nOur wholesaler has amoxicillin 400 mg/5 mL and 250 mg/5 mL "
            "suspension on allocation through at least mid-December. Until then:\n\n"
            "1. For otitis media / strep pharyngitis in kids who can swallow, use 250 mg or "
            "500 mg capsules (can be opened and mixed with applesauce).\n"
            "2. Cefdinir 250 mg/5 mL is available for penicillin-allergic patients (non-"
            "anaphylactic).\n3. Please do NOT default to azithromycin - resistance rates in our "
            "area are over 30%.\n\n340B stock of amoxicillin-clavulanate ES is fine.\n\n"
            "Questions: Dr. Mei-Ling Stroud, PharmD, x4412\n"
        ),
    ),
    Spec(
        phi=False,
        category="interpreter vendor invoice",
        notes="Hard negative: interpreter invoice by language and minutes with an SSN-shaped "
        "PO number; no patient names.",
        frm=f"Accounts Payable <ap@{RB}>",
        to="Billing <billing@lingualinkinterp.com>",
        subject="Invoice LL-10-2026-0388 - approved, PO 418-22-9071",
        body=(
            "Hi,\n\nInvoice LL-10-2026-0388 (October services) is approved for payment under "
            "PO 418-22-9071. Summary as we reconciled it:\n\n"
            "Somali     in-person  3,420 min  $4,104.00\n"
            "Spanish    video      5,910 min  $4,728.00\n"
            "Dari       phone      1,180 min  $1,062.00\n"
            "Vietnamese in-person    960 min  $1,152.00\n"
            "Karen      phone        240 min    $264.00\n"
            "Total                           $11,310.00\n\n"
            "Payment will go out on the Nov 20 ACH run. Remit to the account ending 4471 on "
            "file.\n\nDenise Okafor-Hale\nAccounts Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting CHW",
        notes="Job posting for a Somali-speaking CHW sent to a workforce partner.",
        frm=f"Talent Acquisition <careers@{RB}>",
        to="Job Board <postings@mnhealthworkforce.org>",
        subject="Posting: Community Health Worker (Somali/English) - full time",
        body=(
            "Please post the following on your job board:\n\nCommunity Health Worker - "
            "Somali/English bilingual\nRiverbend Community Health Center, Millbrook MN\n"
            "$24.50-$28.75/hr, full benefits, tuition support for CHW certificate\n\n"
            "Duties: help patients enroll in Medical Assistance/MinnesotaCare, connect "
            "families to food, housing and transportation resources, accompany new refugee "
            "arrivals to appointments, run diabetes and blood pressure outreach.\n\n"
            "Apply at careers.riverbendchc.org by 12/4.\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff flu vaccine reminder",
        notes="Staff notice: influenza vaccination deadline for workforce, no named employee.",
        frm=f"Employee Health <employeehealth@{RB}>",
        to=f"All Staff <allstaff@{RB}>",
        subject="Reminder: staff flu shot deadline Nov 30",
        body=(
            "Hello everyone,\n\nAs a reminder, all workforce members must document a 2026-27 "
            "influenza vaccine or an approved exemption by November 30. Walk-in staff clinics:\n"
            "- Mon 11/16, 7:30-9:00 am, Mill St break room\n- Thu 11/19, 12-1 pm, Eastside "
            "Dental conference room\n\nIf you got your shot at a pharmacy, upload the receipt "
            "in the HR portal. Masks are required in patient areas for anyone without a "
            "vaccine on file.\n\nThanks,\nEmployee Health\n"
        ),
    ),
    Spec(
        phi=False,
        category="provider credentialing with NPI and DEA",
        notes="Hard negative: new physician's name, specialty, NPI and DEA number sent to a "
        "payer for credentialing.",
        frm=f"Credentialing <credentialing@{RB}>",
        to="Provider Enrollment <providerenrollment@northstarhealthplan.com>",
        subject="Add provider to group contract - Dr. Amara Osei",
        body=(
            "Hello,\n\nPlease add the following provider to our group agreement (TIN on file), "
            "effective 12/1/2026:\n\nAmara Osei, MD - Infectious Disease / Internal Medicine\n"
            "NPI 1768678173\nDEA BM8042056\nMN license 62817\nCAQH ID 17741902\n"
            "Locations: 1420 Mill Street; Street Medicine mobile unit\n\n"
            "Dr. Osei will lead our HIV PrEP and latent TB clinics. Signed attestation is "
            "attached in CAQH.\n\nTeodora Vasquez, CPCS\nCredentialing Specialist\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient HL7",
        notes="Hard negative: clearly labelled ZZTEST patient in an HIE interface test message.",
        frm=f"Interfaces <interfaces@{RB}>",
        to="HIE Integration <integration@nmhie.org>",
        subject="TEST ONLY - ADT A04 sample for connectivity check",
        body=(
            "Hi HIE team,\n\nAttached is the test ADT^A04 for the new feed (processing ID T). "
            "The patient is our standard synthetic record ZZTEST, INTERFACE ALPHA (DOB "
            "01/01/1950, MRN ZZ9990001) - it does not correspond to a real person. Please "
            "confirm the ACK comes back AA.\n\nPriya Venkataraman\nEHR Interfaces Analyst\n"
        ),
        atts=(Att("TEST_ADT_A04.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="health fair flyer to volunteer",
        notes="Community health fair flyer (free BP and A1c screening) to a volunteer's gmail.",
        frm=f"Community Outreach <outreach@{RB}>",
        to="bethany.lindgren.volunteer@gmail.com",
        subject="Health fair flyer + volunteer shift times",
        body=(
            "Hi Bethany,\n\nThanks again for signing up! Flyer attached - feel free to share it "
            "at your church. Volunteer shifts on Saturday 11/21 at the Eastside Rec Center:\n"
            "- Setup 8:00-10:00\n- Registration table 10:00-1:00\n- Teardown 1:00-2:30\n\n"
            "We'll have free blood pressure checks, A1c finger-sticks, flu and COVID shots, "
            "MNsure enrollment help and a food shelf pop-up.\n\nCheers,\nRashida Coleman\n"
            "Outreach Coordinator\n"
        ),
        atts=(
            Att(
                "health_fair_2026_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER",
                        "FREE COMMUNITY HEALTH FAIR - Saturday November 21, 10am-1pm",
                        "Eastside Recreation Center, 700 Jackson Ave",
                        "Blood pressure & diabetes checks - Flu and COVID vaccines",
                        "Health insurance sign-up help - Food shelf pop-up - Kids' dental kits",
                        "Interpreters: Spanish, Somali, Vietnamese, Amharic",
                    ],
                    "Health Fair 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="food bank MOU draft",
        notes="MOU draft DOCX with a food bank partner; program terms only.",
        frm=f"Jolene Redcloud LICSW <jredcloud@{RB}>",
        to="Gloria Stenberg <gstenberg@millbrookfoodshelf.org>",
        subject="MOU draft - Food Rx program 2027",
        body=(
            "Gloria,\n\nHere is our draft MOU for the 2027 Food Rx program. Key changes: "
            "referrals will go through the closed-loop platform instead of email, and we "
            "added a data-sharing clause limited to monthly counts. Let me know what your "
            "board thinks.\n\nJolene\n"
        ),
        atts=(
            Att(
                "FoodRx_MOU_2027_draft.docx",
                DOCX,
                docx(
                    [
                        "Memorandum of Understanding - Food Rx Program 2027",
                        "Parties: Riverbend Community Health Center and Millbrook Food Shelf",
                        "1. Riverbend will screen patients for food insecurity "
                        "(Hunger Vital Sign).",
                        "2. The Food Shelf will provide produce boxes twice monthly.",
                        "3. Reporting: monthly aggregate counts only; no individual data.",
                        "4. Term: January 1, 2027 to December 31, 2027.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="NEMT quarterly aggregate",
        notes="Hard negative: ride broker performance figures (rides, no-shows, late pickups) "
        "in aggregate.",
        frm=f"Marisela Ortega <mortega@{RB}>",
        to="Account Manager <accounts@northstarmedride.com>",
        subject="Q3 ride performance - concerns",
        body=(
            "Hi Derek,\n\nOur numbers for Q3 (Jul-Sep):\n\n  Rides booked: 1,944\n  Completed: "
            "1,702 (87.6%)\n  Driver no-shows: 97\n  Pickups >30 min late: 211\n  Missed "
            "dialysis-related trips reported by partners: 6\n\nThe late pickups are mostly "
            "afternoon returns from the Mill St clinic. Can we get a standing will-call driver "
            "between 2 and 5 pm? Happy to meet next week.\n\nMarisela Ortega\nCHW Lead\n"
        ),
    ),
    Spec(
        phi=False,
        category="grand rounds with clinician names and diseases",
        notes="Hard negative: clinicians named with specialties and disease topics; no patient.",
        frm=f"Medical Staff Office <medstaff@{RB}>",
        to=f"Clinical Staff <clinical@{RB}>",
        subject="Noon grand rounds: latent TB and hepatitis B in newly arrived refugees",
        body=(
            "Please join us Wednesday 11/18, 12:00-1:00, Mill St conference room and Teams.\n\n"
            "Speakers:\n- Amara Osei, MD (Infectious Disease): 'Treating LTBI with 3HP and 4R "
            "in primary care'\n- Lena Kowalczyk, RN (Refugee Health): 'What the domestic "
            "screening exam actually covers'\n- Tuan Pham, MD (Gastroenterology, Lakeside "
            "GI): 'Chronic hepatitis B: who needs tenofovir?'\n\n1.0 CME/CE credit. Lunch "
            "from Safari Restaurant.\n"
        ),
        atts=(
            Att(
                "grand_rounds_1118_abstracts.txt",
                "text/plain",
                "Abstracts - Noon Grand Rounds, November 18\n\n"
                "1. Osei A. Short-course LTBI regimens (3HP, 4R) have higher completion than 9H.\n"
                "2. Kowalczyk L. The CDC domestic refugee exam: TB, hepatitis B, parasites, lead.\n"
                "3. Pham T. Hepatitis B: HBeAg, viral load and ALT decide who gets tenofovir.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="open enrollment staff benefits",
        notes="Hard negative: HR benefits mail mentioning mental health coverage, EAP and "
        "HSA, no individual.",
        frm=f"Human Resources <hr@{RB}>",
        to=f"All Staff <allstaff@{RB}>",
        subject="Open enrollment closes 11/20 - what's new for 2027",
        body=(
            "Hi all,\n\nOpen enrollment for 2027 benefits closes Friday, November 20.\n\n"
            "What's new:\n* Medical premiums up 4.1% (employer share stays at 85% for employee-"
            "only coverage)\n* Therapy and psychiatry visits now $0 copay in network\n* EAP "
            "sessions increase from 6 to 8 per issue\n* HSA employer seed: $750 single / "
            "$1,500 family\n* Fertility benefit added\n\nPayroll deductions start with the "
            "1/8/2027 paycheck. Questions? Book a 15-minute slot with Benefits.\n\nHuman "
            "Resources\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing alert",
        notes="IT security notice about a phishing campaign targeting EHR logins.",
        frm=f"IT Service Desk <itservicedesk@{RB}>",
        to=f"All Staff <allstaff@{RB}>",
        subject="[ALERT] Fake 'EHR password expiring' emails",
        headers=(("Importance", "high"), ("X-Priority", "1")),
        body="",
        html=(
            "<html><body><h3 style='color:#b00'>Phishing alert</h3><p>Several staff received "
            "an email titled <b>'Your EHR password expires today'</b> from "
            "<i>support@epic-login-verify.com</i>. It is NOT from us. Do not click the link. "
            "If you entered your password, call x5000 right away so we can reset it and "
            "check your account.</p><p>Reminder: we will never ask for your password or MFA "
            "code by email.</p><p>IT Service Desk</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: Safe-Harbor extract with age bands, ZIP3, year only and A1c "
        "values, random study codes.",
        frm=f"Gwen Abernathy-Lowe <gabernathylowe@{RB}>",
        to="Dr. Hyun-Woo Baek <hbaek@umn-phs.example.edu>",
        subject="CHW diabetes study - de-identified extract (round 2)",
        body=(
            "Hi Dr. Baek,\n\nAttached is round 2 of the extract under our data use agreement. "
            "It was de-identified under Safe Harbor: age bands, 3-digit ZIP, enrolment year "
            "only, and random study codes with no link key leaving Riverbend. 212 rows this "
            "time (6 shown in the sample tab of the codebook).\n\nBest,\nGwen\n"
        ),
        atts=(Att("chw_dm_deid_round2.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="interpreter services policy PDF",
        notes="Hard negative: policy document on language access, with 'patient' and "
        "'diagnosis' wording but no individual.",
        frm=f"Compliance <compliance@{RB}>",
        to=f"Managers <managers@{RB}>",
        subject="Revised policy LA-04 Language Access - please review with your teams",
        body=(
            "Managers,\n\nAttached is revised policy LA-04. Main change: family members, "
            "including minors, may not interpret for clinical conversations about a diagnosis, "
            "medication or consent, even if the patient asks. Please review at your next huddle "
            "and have staff attest in the LMS by 12/15.\n\nDarius Whitfield-Mensah\nCompliance "
            "Officer\n"
        ),
        atts=(
            Att(
                "LA-04_Language_Access_rev2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER",
                        "Policy LA-04: Language Access and Interpreter Services",
                        "Effective: December 1, 2026",
                        "1. Qualified interpreters are offered at no cost to every patient",
                        "   with limited English proficiency or who is Deaf or hard of hearing.",
                        "2. Minors and family members may not interpret clinical content.",
                        "3. Document the interpreter ID in the encounter.",
                    ],
                    "LA-04 Language Access",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dental supply order",
        notes="Hard negative: dental supply order listing anesthetics and fluoride varnish.",
        frm=f"Eastside Dental <dentalops@{RB}>",
        to="Orders <orders@northlanddentalsupply.com>",
        subject="Order - account 55190 - please ship by 11/13",
        body=(
            "Hello,\n\nPlease ship the following to Eastside Dental (account 55190):\n\n"
            "  10 bx  Lidocaine HCl 2% w/ epi 1:100,000 cartridges (50/bx)\n"
            "   4 bx  Articaine 4% w/ epi 1:100,000\n"
            "   6 bx  Fluoride varnish 5% NaF unit dose (200/bx)\n"
            "   3 cs  Nitrile gloves M\n"
            "   2 bx  Silver diamine fluoride 38%\n\nPO 530-71-2288. Thanks!\nKeiko Matsuda\n"
            "Dental Operations Coordinator\n"
        ),
    ),
    Spec(
        phi=False,
        category="CEO board report",
        notes="Board report with visit growth and expected refugee arrivals in aggregate.",
        frm=f"Yolanda Brightwater <ybrightwater@{RB}>",
        to=f"Board of Directors <board@{RB}>",
        subject="CEO report - November",
        body=(
            "Dear Board members,\n\nA few highlights before Thursday:\n\n1. Visits are up 8% "
            "year over year (61,240 YTD). Dental is the fastest-growing line.\n2. The state "
            "resettlement office expects about 140 new refugee arrivals in our service area "
            "in December, mostly from Afghanistan and DR Congo. We are adding two Saturday "
            "screening clinics.\n3. Our 340B savings funded the new mobile unit.\n4. The "
            "school-based partnership with Cedar Grove renews in June.\n\nSee you Thursday,\n"
            "Yolanda Brightwater\nChief Executive Officer\n"
        ),
    ),
    Spec(
        phi=False,
        category="PCA conference agenda",
        notes="Conference agenda forwarded to managers; sessions on SUD, HIV and SDOH.",
        frm=f"Clarissa Montague <cmontague@{RB}>",
        to=f"Leadership <leadership@{RB}>",
        subject="MNACHC annual conference agenda - who wants to go?",
        body=(
            "We have 6 registrations paid for. Agenda highlights:\n\nDay 1\n 9:00 Keynote: "
            "'Health centers and the housing crisis'\n10:30 Billing for CHW services under "
            "Medicaid\n 1:00 Buprenorphine in primary care: two years without the X-waiver\n\n"
            "Day 2\n 9:00 UDS+ patient-level reporting: what changes in 2027\n10:30 Rapid "
            "HIV start and PrEP navigation\n 1:00 Refugee health panel\n\nReply by Monday.\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient survey aggregate XLSX multisheet",
        notes="Hard negative: patient experience survey results by site and language, "
        "aggregate only.",
        frm=f"Quality Team <quality@{RB}>",
        to="Consultant <reports@clearviewhealthanalytics.com>",
        subject="Patient experience results Q3 for the dashboard",
        body=(
            "Hi Nadia,\n\nAttached are the Q3 patient experience tallies for the dashboard "
            "refresh. Three sheets: by site, by language, comment themes. No free-text "
            "comments included this time.\n\nThanks,\nQuality Team\n"
        ),
        atts=(Att("px_q3_2026.xlsx", XLSX, _survey_book()),),
    ),
]
