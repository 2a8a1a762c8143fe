"""More daily mail from all three organisations: relatives replying, billing, IT, coordinators."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import LST, SKD, WIC, Att, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="relative reply quoted by front desk",
        notes=(
            "Hard positive: grandmother's quoted reply about grandson's seizure meds before "
            "dental visit"
        ),
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to="bettyjo.harlan54@aol.com",
        subject="Re: Caden's visit",
        body=(
            "Hi Betty Jo, thank you! I've added the Keppra to his chart and let Dr. Anand know. "
            "We'll see Caden Monday at 9.\n\nMarisol\n\n"
            "> On Nov 12, Betty Jo Harlan wrote:\n> Caden takes Keppra 250 twice a day for his "
            "seizures, he had one last month. I'm his grandma and I'll be bringing him since his "
            "mom works. Does he still take it the morning of?"
        ),
    ),
    Spec(
        phi=False,
        category="software license renewal",
        notes="IT vendor renewal, licence keys and seat counts",
        frm=f"Kevin Tran <ktran@{SKD}>",
        to="renewals@imagingbridge-software.com",
        subject="Renewal - 14 seats, contract CN-7740-2219",
        body=(
            "Hello,\n\nWe'd like to renew 14 seats of ImagingBridge (x-ray bridge) on contract "
            "CN-7740-2219, plus add the CBCT viewer module for the ortho suite. Please send an "
            "updated quote and your SOC 2 report.\n\nKevin Tran, IT Manager"
        ),
    ),
    Spec(
        phi=True,
        category="photo of rash to pediatrician",
        notes=(
            "Hard positive: PNG photo file named with child's name, therapist reports rash after "
            "feeding trial"
        ),
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to="nurse.line@baysidepediatrics.com",
        subject="hives after session",
        body=(
            "Hi, during feeding therapy today our shared patient broke out in hives around the "
            "mouth after a peanut-butter taste trial (parent had approved it). Resolved in 20 "
            "min, no breathing issues. Photo attached. Mom will call you.\n\nCamila"
        ),
        atts=(Att("Teodoro_Alvarez_hives_1117.png", "image/png", png(6, 6, (230, 160, 150))),),
    ),
    Spec(
        phi=False,
        category="board meeting minutes",
        notes="Hard negative: minutes discussing a HIPAA incident count and staff names, no client",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to="ana.lobo.cpa@outlook.com",
        cc=f"board@{LST}",
        subject="Draft minutes - November board meeting",
        body="Draft minutes attached for your review.",
        atts=(Att("Board_minutes_2026-11.docx", DOCX, docx([
            "Little Steps Pediatric Therapy - Board of Directors, November 12, 2026",
            "Present: Helen Ashworth (ED), Dr. Raj Iyer (chair, developmental pediatrician), Ana "
            "Lobo (treasurer)",
            "Privacy report: two misdirected emails in Q3, no breach notification required after "
            "risk assessment.",
            "Motion to approve telehealth expansion for feeding therapy: passed 6-0.",
        ])),),
    ),
    Spec(
        phi=True,
        category="eligibility check results csv",
        notes=(
            "Hard positive: eligibility CSV with member ids and dental plan status for scheduled "
            "kids"
        ),
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to=f"frontdesk@{SKD}",
        subject="eligibility for next week",
        body=(
            "Eligibility run for next week's schedule. Two inactive - please call families "
            "before they come in."
        ),
        atts=(Att("elig_1116-1120.csv", "text/csv",
            "appt,patient,dob,plan,member_id,status\n"
            "11/16 8:00,Aaliyah Brooks,2018-04-30,HarborKids Care,HKC22017436,ACTIVE\n"
            "11/16 9:20,Rohan Mehta,2019-09-14,Delta Dental PPO,DD5501839902,INACTIVE\n"
            "11/17 13:00,Ximena Paredes,2020-02-02,HarborKids Care,HKC22988150,INACTIVE\n"),),
    ),
    Spec(
        phi=False,
        category="clinician schedule template",
        notes="Doctor schedule blocks spreadsheet, no patients (multi-sheet)",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to=f"doctors@{SKD}",
        subject="Q1 2027 provider template",
        body="Here's the Q1 template - sedation blocks moved to Tuesdays/Thursdays mornings.",
        atts=(Att("Q1_2027_provider_template.xlsx", XLSX, xlsx({
            "Bayview": [["Day", "Dr. Anand", "Dr. Ferreira"], ["Mon", "Recall/new pt", "Ortho adj"],
                        ["Tue", "Sedation 8-12", "Ortho starts"]],
            "Eastside": [["Day", "Dr. Okoye"], ["Wed", "Recall"], ["Thu", "Sedation 8-12"]],
        })),),
    ),
    Spec(
        phi=True,
        category="WIC referral to speech therapy with release",
        notes=(
            "WIC nutritionist refers toddler with speech delay and feeding concerns, named, with "
            "parent phone"
        ),
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to=f"intake@{LST}",
        subject="Referral from WIC (release signed)",
        body=(
            "Hello Little Steps intake,\n\nWith mom's signed consent, referring Ezekiel Thompson "
            "(DOB 01/09/2024). At his WIC visit mom reported only ~5 words at 22 months and he "
            "gags on lumpy foods; weight-for-length 8th percentile. Mom: Danielle Thompson, "
            "555-016-4419, prefers texts after 3pm.\n\nRosa Delgado, RDN"
        ),
    ),
    Spec(
        phi=False,
        category="interagency MOU draft",
        notes=(
            "Hard negative: MOU between WIC and therapy practice about referral process, no "
            "individuals"
        ),
        frm=f"Gwendolyn Achebe <gachebe@{WIC}>",
        to=f"hashworth@{LST}",
        subject="Draft referral MOU - WIC / Little Steps",
        body=(
            "Helen,\n\nDraft MOU attached. Key points: referrals only with signed WIC release "
            "form; secure fax or encrypted email only; minimum necessary (name, DOB, reason, "
            "parent contact); annual review.\n\nGwendolyn"
        ),
        atts=(Att("MOU_WIC_LittleSteps_draft.pdf", "application/pdf", pdf([
            "HARBOR COUNTY WIC PROGRAM and LITTLE STEPS PEDIATRIC THERAPY",
            "Memorandum of Understanding - Referral Coordination (DRAFT v2)",
            "Section 4: Information shared is limited to the minimum necessary.",
        ], "MOU")),),
    ),
    Spec(
        phi=True,
        category="superbill to parent for HSA",
        notes="PDF superbill with child's name, CPT codes and diagnosis to parent's icloud",
        frm=f"Brandon Kealoha <bkealoha@{LST}>",
        to="nick.andersson@icloud.com",
        subject="Superbill you requested",
        body=(
            "Hi Nick, superbill for October attached for your HSA reimbursement. - Brandon, "
            "Billing"
        ),
        atts=(Att("superbill_oct2026.pdf", "application/pdf", pdf([
            "LITTLE STEPS PEDIATRIC THERAPY - Superbill",
            "Client: Freya Andersson  DOB 07/25/2020  Responsible party: Nick Andersson",
            "Dx: F80.2 mixed receptive-expressive language disorder",
            "10/05, 10/12, 10/19, 10/26  CPT 92507 x4 @ $165 = $660.00   Paid in full",
            "Rendering: Nadia Petrosyan CCC-SLP  NPI: 1700351251",
        ], "Superbill")),),
    ),
    Spec(
        phi=False,
        category="clinic cleaning contract",
        notes="Vendor mail about janitorial services and biohazard pickup",
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to="scheduling@brightcleanservices.com",
        subject="Westside clinic - extra biohazard pickup",
        body=(
            "Hi, with the added hemoglobin screening days we need a second sharps/biohazard "
            "pickup on Fridays at the Westside WIC clinic starting 12/4. Please confirm pricing."
            "\n\nJulia Sandoval, Clinic Supervisor"
        ),
    ),
    Spec(
        phi=True,
        category="text-only TXT note attachment with room and med change",
        notes=(
            "Hard positive: 'Mrs. K' style handoff: peer counselor notes mom in room 412 "
            "postpartum with med change"
        ),
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to=f"peercounselors@{WIC}",
        subject="hospital rounds handoff",
        body="Handoff for whoever covers rounds tomorrow - notes attached.",
        atts=(Att("rounds_handoff.txt", "text/plain",
            "Harbor County Hospital L&D rounds - 11/18\n"
            "Mrs. K., rm 412: delivered 11/16, baby in NICU (jaundice, bili lights). Started "
            "metoclopramide yesterday for low supply per OB - watch for mood changes. Pumping "
            "q3h.\n"
            "Ms. Olivares, rm 418: going home today, BF going well, WIC appt set 11/24.\n"),),
    ),
    Spec(
        phi=False,
        category="state monitoring review schedule",
        notes=(
            "Hard negative: state review mentions chart audits of participant files but contains "
            "none"
        ),
        frm=f"Gwendolyn Achebe <gachebe@{WIC}>",
        to=f"management@{WIC}",
        subject="State management evaluation Feb 9-12",
        body=(
            "Managers,\n\nThe state will conduct our biennial management evaluation Feb 9-12. "
            "They will pull 60 random participant certification files for review on site - do "
            "NOT email any files; they'll review in the clinic. Please have civil rights, "
            "formula inventory and vendor logs ready.\n\nGwendolyn"
        ),
    ),
    Spec(
        phi=True,
        category="HTML table daily schedule sent to personal email",
        notes=(
            "Hard positive: staff sends day's therapy schedule with client names and services to "
            "own gmail"
        ),
        frm=f"Esi Mensah <emensah@{LST}>",
        to="esi.mensah.ot@gmail.com",
        subject="tomorrow",
        body="",
        html=(
            "<html><body><table border=1><tr><th>Time</th><th>Client</th><th>Service</th></tr>"
            "<tr><td>8:30</td><td>Olivia Brennan</td><td>OT - handwriting, ADHD</td></tr>"
            "<tr><td>9:30</td><td>Amir Haddadi</td><td>OT - sensory diet, ASD</td></tr>"
            "<tr><td>11:00</td><td>Grace Liu</td><td>Feeding - ARFID</td></tr></table>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician names with diseases in CE certificate",
        notes=(
            "Hard negative: CE certificate for a clinician for a course on cleft palate and "
            "dysphagia"
        ),
        frm=f"Nadia Petrosyan <npetrosyan@{LST}>",
        to="ceu@asha-ce-registry.org",
        subject="CEU certificate upload - Nadia Petrosyan",
        body=(
            "Hello, attaching my certificate for 'Cleft Palate and Velopharyngeal Dysfunction' "
            "(0.6 ASHA CEUs) and 'Pediatric Dysphagia Update' (0.3). ASHA #14402871.\n\n"
            "Nadia Petrosyan, M.S., CCC-SLP"
        ),
        atts=(Att("CE_certificate_Petrosyan.pdf", "application/pdf", pdf([
            "LITTLE STEPS PEDIATRIC THERAPY - continuing education record",
            "Nadia Petrosyan, CCC-SLP: Cleft Palate and VPD (0.6 CEU), 10/24/2026",
        ], "CE")),),
    ),
    Spec(
        phi=True,
        category="dental trauma follow-up to school nurse",
        notes="Child's avulsed tooth reimplanted, named, to school nurse with splint instructions",
        frm=f"Dr. Priya Anand <panand@{SKD}>",
        to="nurse.office@harborunified.k12.ca.us",
        subject="Re: playground injury - returning to school",
        body=(
            "Hi Nurse Patel,\n\nThanks for saving the tooth in milk! Marcus Okoye-Bennett "
            "(3rd grade, Ms. Lin's class) had his upper front tooth reimplanted yesterday and "
            "has a wire splint for 2 weeks. Soft foods only, no PE contact sports, and he's on "
            "amoxicillin 500 mg three times a day for 7 days. Mom gave permission to share.\n\n"
            "Dr. Priya Anand"
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped tax id on W-9",
        notes="Hard negative: W-9 request with an EIN/SSN-shaped number for a contractor",
        frm=f"Brandon Kealoha <bkealoha@{LST}>",
        to="layla.haddad.interpreting@gmail.com",
        cc=f"accounting@{LST}",
        subject="Your W-9 and contractor setup",
        body=(
            "Hi Layla,\n\nThanks for sending your W-9 for the Arabic interpreting contract. "
            "Please double-check the TIN - we have 472-81-3306 (sole proprietor). Rate $55/hr, "
            "2-hr minimum; Ana in accounting will set you up for 1099 before the December run."
            "\n\nBrandon Kealoha, Billing & Admin"
        ),
    ),
    Spec(
        phi=True,
        category="WIC participant data correction to state",
        notes=(
            "Hard positive: data fix request with participant id and wrong DOB/breastfeeding "
            "status"
        ),
        frm=f"Julia Sandoval <jsandoval@{WIC}>",
        to="wic.helpdesk@cdph-stateprogram.gov",
        subject="Data correction ticket",
        body=(
            "Hello,\n\nPlease correct participant 42-0094430 (Marisela Ochoa): DOB entered as "
            "03/08/2000, should be 03/08/2002; breastfeeding status should be 'fully "
            "breastfeeding' (she was issued formula by mistake on 11/2). Her infant is "
            "42-0094431.\n\nJulia Sandoval"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic HL7 test message to interface vendor",
        notes=(
            "Hard negative: HL7 test message with clearly fake TEST patient for interface "
            "validation"
        ),
        frm=f"Kevin Tran <ktran@{SKD}>",
        to="interfaces@hl7bridgeworks.com",
        subject="Test msg for validation - SKD ADT feed",
        body=(
            "Attached is a TEST message for the hospital ADT interface validation. Patient "
            "'ZZTEST, SUNRISE' is synthetic and exists only in our test environment."
        ),
        atts=(Att("test_adt.hl7", "application/hl7-v2",
            "MSH|^~\\&|SUNRISEPMS|SKD|HCH_ADT|HCH|202611160800||ADT^A05|TEST0001|T|2.5.1\r"
            "PID|1||TEST-0001^^^SKD^MR||ZZTEST^SUNRISE||20000101|U\r"
            "PV1|1|O|DAYSURG\r"),),
    ),
    Spec(
        phi=True,
        category="FHIR observation weight to WIC",
        notes=(
            "Hard positive: FHIR Patient + Observation of an infant's weight sent by therapy to "
            "WIC"
        ),
        frm=f"Camila Ruiz <cruiz@{LST}>",
        to=f"rdelgado@{WIC}",
        subject="weights for our shared family",
        body=(
            "Rosa - the last 3 weights we took, as FHIR from our EHR export. Formula question "
            "for you."
        ),
        atts=(Att("weights.json", "application/fhir+json", (
            '{"resourceType":"Bundle","type":"collection","entry":['
            '{"resource":{"resourceType":"Patient","id":"c1","name":[{"family":"Asante","given":["Kofi"]}],'
            '"birthDate":"2023-10-05"}},'
            '{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":'
            '"http://loinc.org","code":"29463-7","display":"Body weight"}]},"subject":{"reference":'
            '"Patient/c1"},"effectiveDateTime":"2026-11-12","valueQuantity":{"value":10.2,"unit":"kg"}}}]}'
        )),),
    ),
    Spec(
        phi=False,
        category="aggregate no-show analysis",
        notes="Hard negative: no-show rates by service and weekday, counts only",
        frm=f"Helen Ashworth <hashworth@{LST}>",
        to=f"managers@{LST}",
        subject="No-show analysis - fall",
        body=(
            "Managers,\n\nFall no-shows by service: speech 9.8%, OT 12.1%, feeding 14.6%. "
            "Mondays are worst (16%). Families on Medicaid no-show at 13% vs 8% commercial, so "
            "transport help matters. Let's discuss texting reminders Thursday.\n\nHelen"
        ),
    ),
    Spec(
        phi=True,
        category="prior auth letter for ortho medical necessity",
        notes="DOCX letter of medical necessity: cleft lip/palate patient, named, to payer",
        frm=f"Dr. Lucas Ferreira <lferreira@{SKD}>",
        to="dental.um@harborkidscare-mco.com",
        subject="Letter of medical necessity - handicapping malocclusion",
        body="Please see attached LMN and HLD index score sheet.",
        atts=(Att("LMN_ortho.docx", DOCX, docx([
            "Sunrise Children's Dental & Orthodontics - Letter of Medical Necessity",
            "Patient: Isaiah Kamakana   DOB 11/30/2013   Member ID HKC19930517",
            "Diagnosis: repaired unilateral cleft lip and palate (Q37.1) with anterior crossbite",
            "HLD index score: 32 (qualifying). Requesting comprehensive ortho D8080.",
            "Lucas Ferreira, DDS, MS, orthodontist  NPI: 1291751422",
        ])),),
    ),
    Spec(
        phi=False,
        category="disinfection protocol",
        notes="Infection control SOP, mentions hepatitis B and TB generally",
        frm=f"Tomasz Wierzbicki <twierzbicki@{SKD}>",
        to=f"clinical@{SKD}",
        subject="Updated waterline + instrument SOP",
        body=(
            "Team, updated SOP in the shared drive. Reminders: shock waterlines weekly, spore "
            "test the autoclaves every Monday, and staff hepatitis B titers are due for anyone "
            "hired this year. Annual TB screening forms go to HR, not me.\n\nTomasz"
        ),
    ),
    Spec(
        phi=True,
        category="mother replying with baby's info to WIC",
        notes=(
            "WIC forwards mother's reply (quoted) with baby's name, jaundice and formula "
            "supplementing"
        ),
        frm=f"Amaya Blackfeather <ablackfeather@{WIC}>",
        to=f"rdelgado@{WIC}",
        subject="FW: Re: checking in",
        body=(
            "Rosa - can we add 1 can of formula this month for her? See below.\n\n"
            "-----Original Message-----\nFrom: Tasha Monroe <tashamonroe2003@gmail.com>\n"
            "Subject: Re: checking in\n\nhi amaya, baby Jordyn is doing better, the jaundice "
            "is gone but the pediatrician said to supplement 2 oz after feeds till her weight "
            "check next week. she was 6 lb 4 oz friday. thank u for calling"
        ),
    ),
    Spec(
        phi=False,
        category="conference poster abstract de-identified",
        notes="Hard negative: abstract with aggregate WIC outcomes and author names/affiliations",
        frm=f"Rosa Delgado <rdelgado@{WIC}>",
        to="abstracts@nationalwicassociation-conf.org",
        subject="Abstract submission: peer counseling and 6-month breastfeeding",
        body=(
            "Title: Adding evening peer counselor calls increased breastfeeding at 6 months\n"
            "Authors: Rosa Delgado MS RDN IBCLC; Amaya Blackfeather CLC; Martin Osei MPH\n"
            "Methods: retrospective comparison of 2024 (n=612) and 2025 (n=655) breastfeeding "
            "participants, de-identified state data.\nResults: any breastfeeding at 6 months "
            "rose from 34% to 41% (p=0.01).\n"
        ),
    ),
]
