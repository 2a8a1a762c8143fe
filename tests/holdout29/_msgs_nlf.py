# ruff: noqa: E501
"""Northern Lights Fertility Center: IVF, egg freezing, donor program, andrology lab."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import BLOOM, GW, NLF, Att, Spec

SIG = "\n\n--\nNorthern Lights Fertility Center\n2210 Aurora Pkwy, Suite 300, Minneapolis MN\nThis message may contain confidential information.\n"

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="ivf cycle instructions to patient",
        notes="Nurse gives a named patient her stimulation doses and retrieval date.",
        frm=f"Kirsten Halvorsen RN <khalvorsen@{NLF}>",
        to="priya.raman88@gmail.com",
        subject="Your stim instructions for tonight",
        body=(
            "Hi Priya,\n\nYour estradiol this morning was 1,840 and you have 14 follicles, the lead ones at 18mm.\n"
            "Tonight: Gonal-F 150 IU + Menopur 75 IU, and start Cetrotide 0.25 mg in the morning.\n"
            "If tomorrow's scan looks the same we will trigger Thursday night and plan retrieval "
            "Saturday 11/14 at 7:30am. Nothing to eat after midnight Friday.\n\nKirsten" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="embryology report to patient couple",
        notes="Hard positive: embryo grading for a couple, identified only by first names and gmail address.",
        frm=f"NLF Embryology Lab <embryology@{NLF}>",
        to="tomas.and.lea.novak@gmail.com",
        subject="Day 5 update",
        body=(
            "Tomas and Lea,\n\nQuick day-5 update: of the 9 that fertilized, 3 made it to blastocyst "
            "(4AA, 4AB, 3BB). All three were biopsied for PGT-A and are now vitrified. Results "
            "usually take 10-14 days and Dr. Osei will call you to go over them.\n\n- the embryology team"
        ),
    ),
    Spec(
        phi=False,
        category="embryology lab aggregate KPI",
        notes="Hard negative: monthly lab KPIs (fertilization, blast rates, clinical pregnancy) with no individuals.",
        frm=f"Anders Lindqvist <alindqvist@{NLF}>",
        to=f"lab-leads@{NLF}",
        subject="October lab KPIs - ICSI fertilization dipped",
        body=(
            "Team,\n\nOctober KPIs:\n- ICSI fertilization 71% (target >=75%)\n- Blast conversion 54%\n"
            "- Euploid FET clinical pregnancy rate 63% (n=48 transfers)\n- Warming survival 99%\n\n"
            "The ICSI dip is concentrated in the two weeks the incubator 3 gas sensor was drifting. "
            "Let's review at Thursday's QC huddle.\n\nAnders" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="semen analysis result csv",
        notes="Hard positive: andrology results only in a CSV attachment with names and DOBs.",
        frm=f"Andrology Lab <andrology@{NLF}>",
        to=f"drosei@{NLF}",
        subject="andrology results batch 11/10",
        body="Attached is today's batch for sign-off.\n",
        atts=(
            Att(
                "andrology_1110.csv",
                "text/csv",
                "accession,patient,dob,volume_ml,conc_m_per_ml,motility_pct,morph_strict_pct,comment\n"
                "A26-4410,Marcus Delgado,1987-03-22,2.8,41,52,5,normal\n"
                "A26-4411,Jun-seo Park,1991-08-09,1.4,6,28,2,oligoasthenozoospermia - recommend ICSI\n"
                "A26-4412,Tyrell Washington,1984-12-01,3.1,0,0,0,azoospermia - confirm, refer urology\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient for EMR build",
        notes="Hard negative: clearly labelled TEST patient used to validate the EMR IVF flowsheet.",
        frm=f"Ryan Beck <rbeck@{NLF}>",
        to="support@artemisivfsoftware.com",
        subject="Flowsheet bug - TEST patient ZZTEST, IVFONE",
        body=(
            "Hi support,\n\nIn our TEST environment, test patient ZZTEST, IVFONE (MRN TEST000017, fake DOB 01/01/1980) "
            "shows the trigger dose field blank after saving the stim flowsheet. Steps to reproduce attached "
            "in the ticket. This is synthetic data only, nothing from production.\n\nRyan Beck\nIT Applications" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="donor egg recipient match notice",
        notes="Recipient's name plus donor-egg program enrolment and match; donor by code only.",
        frm=f"Donor Program <donors@{NLF}>",
        to="hannah.feld@outlook.com",
        subject="Good news about your donor match",
        body=(
            "Dear Hannah,\n\nWe're happy to let you know that donor #D-2291 has accepted your match. "
            "Her cycle is expected to start in early December, and we will need to begin your "
            "estrogen priming (Estrace 2 mg twice daily) about two weeks before. Your coordinator, "
            "Maya, will call you to set up your mock transfer and uterine lining check.\n\n"
            "Warmly,\nDonor Program Team" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="donor recruitment marketing",
        notes="Recruitment ad for egg donors, no individual.",
        frm=f"Northern Lights Fertility <hello@{NLF}>",
        to="campus-ads@umnstudentmedia.com",
        subject="Ad copy for the December issue",
        body=(
            "Hi,\n\nHere is our copy for the half-page ad:\n\n\"Give the gift of family. Healthy women 21-31 "
            "may qualify to become egg donors at Northern Lights Fertility Center. Compensation up to "
            "$9,000 per completed cycle. Confidential screening. Learn more at northernlightsfertility.com/donate\"\n\n"
            "Invoice to marketing@northernlightsfertility.com as before.\n\nThanks,\nJess" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="clinician bio with specialty",
        notes="Hard negative: physician names, specialties and an endometriosis research interest to a freelance writer's gmail, no patients.",
        frm=f"Jess Moreno <jmoreno@{NLF}>",
        to="dana.whitcomb.writes@gmail.com",
        subject="Physician bios for the fertility feature",
        body=(
            "Hi Dana,\n\nAs requested:\n\n* Kwame Osei, MD - board certified REI, special interest in recurrent "
            "pregnancy loss and PCOS.\n* Ingrid Solvang, MD - REI, fertility preservation for patients with "
            "cancer, endometriosis surgery.\n* Luis Carrasco, PhD, HCLD - lab director, embryology and andrology.\n\n"
            "Headshots in the shared folder.\n\nJess Moreno\nMarketing" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="egg freezing financing statement",
        notes="Hard positive: billing statement for a named patient for oocyte cryopreservation, in a PDF.",
        frm=f"NLF Billing <billing@{NLF}>",
        to="ava.chen.lawson@icloud.com",
        subject="Statement for your recent services",
        body="Hello,\n\nPlease find your statement attached. Balance due within 30 days.\n\nBilling Office" + SIG,
        atts=(
            Att(
                "statement_NLF_2026-11.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHERN LIGHTS FERTILITY CENTER - PATIENT STATEMENT",
                        "Patient: Ava Chen-Lawson   Account: 60044817   DOB: 05/17/1992",
                        "10/21/2026  89258 Cryopreservation, oocytes   $4,200.00",
                        "10/21/2026  58970 Oocyte retrieval             $3,650.00",
                        "Annual storage fee (oocytes)                     $650.00",
                        "Payments received                              -$6,000.00",
                        "Balance due                                     $2,500.00",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice liquid nitrogen",
        notes="Hard negative: LN2 supplier invoice with PO number shaped like an SSN.",
        frm=f"Accounts Payable <ap@{NLF}>",
        to="ar@northstarcryogas.com",
        subject="Re: Invoice 884-21-0937 for LN2 dewar fills",
        body=(
            "Hello,\n\nWe received invoice 884-21-0937 for the October dewar fills (12 x 240L). Our PO is "
            "PO 412-55-7310. Payment is scheduled for the 20th via ACH.\n\nThanks,\nGreta Lund\nAccounts Payable" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="embryo storage consent reminder",
        notes="Embryo storage status and consent renewal for a named couple with address.",
        frm=f"Cryostorage Office <cryo@{NLF}>",
        to="derek.okafor@yahoo.com",
        subject="Annual embryo storage renewal - action needed",
        body=(
            "Dear Derek Okafor and Amara Okafor,\n\nYou currently have 2 embryos in storage with us from your "
            "March 2024 IVF cycle. Your storage agreement renews on 12/01/2026. Please sign the enclosed "
            "disposition form and return it to us, or let us know if you'd like to transfer them.\n\n"
            "Mailing address on file: 4417 Cedar Lake Rd, St Louis Park MN 55416.\n\nCryostorage Office" + SIG
        ),
        atts=(Att("disposition_form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  docx(["Embryo Disposition Form", "Patients: Derek Okafor / Amara Okafor", "Embryos in storage: 2 (day 5, vitrified 03/2024)",
                        "Choose: continue storage / transfer / donate to research / discard"])),),
    ),
    Spec(
        phi=False,
        category="staff schedule holiday coverage",
        notes="Staff holiday coverage, names of staff only.",
        frm=f"Maya Thorsen <mthorsen@{NLF}>",
        to=f"nursing@{NLF}",
        subject="Thanksgiving week coverage",
        body=(
            "All,\n\nThanksgiving coverage: Kirsten and Abdi on monitoring Wed, Lina on call Thu/Fri, "
            "retrievals Fri morning only (Dr. Solvang). Please swap through the scheduling app, not email.\n\nMaya"
        ),
    ),
    Spec(
        phi=True,
        category="monitoring schedule xlsx",
        notes="Hard positive: multi-sheet workbook of tomorrow's monitoring and retrievals with names and cycle day.",
        frm=f"Maya Thorsen <mthorsen@{NLF}>",
        to=f"frontdesk@{NLF}",
        subject="tomorrow's board",
        body="Board for tomorrow attached, two retrievals moved to 8am.\n",
        atts=(
            Att(
                "board_1112.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Monitoring": [
                            ["Time", "Patient", "MRN", "Cycle day", "Protocol"],
                            ["07:00", "Sofia Ramirez", "NL-208841", 9, "Antagonist"],
                            ["07:15", "Leah Goldstein", "NL-209113", 11, "Lupron flare"],
                            ["07:30", "Mei Tanaka", "NL-207502", 3, "FET natural"],
                        ],
                        "Retrievals": [
                            ["Time", "Patient", "MRN", "Physician"],
                            ["08:00", "Grace Adeyemi", "NL-206977", "Osei"],
                            ["08:00", "Bianca Rossi", "NL-209340", "Solvang"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate SART outcomes",
        notes="Hard negative: clinic success rates by age group, aggregate only.",
        frm=f"Dr. Kwame Osei <kosei@{NLF}>",
        to=f"board@{NLF}",
        subject="2025 SART numbers for the board deck",
        html_only=True,
        body="",
        html=(
            "<p>For the deck, our preliminary 2025 SART live birth rates per intended retrieval:</p>"
            "<table border=1><tr><th>Age</th><th>Retrievals</th><th>Live birth %</th></tr>"
            "<tr><td>&lt;35</td><td>312</td><td>52.4</td></tr><tr><td>35-37</td><td>201</td><td>38.1</td></tr>"
            "<tr><td>38-40</td><td>166</td><td>24.7</td></tr><tr><td>&gt;40</td><td>94</td><td>8.5</td></tr></table>"
            "<p>Kwame</p>"
        ),
    ),
    Spec(
        phi=True,
        category="pregnancy test result to patient",
        notes="Hard positive: beta hCG to a patient's mother who is helping, patient first name only.",
        frm=f"Lina Abdi RN <labdi@{NLF}>",
        to="rosemary.whitfield@aol.com",
        subject="Re: Can you call Jenna?",
        body=(
            "Hi Rosemary,\n\nJenna asked me to email you since her phone is off at work. Her beta today was 212, "
            "which is a great number for 10 days after transfer. She should continue the progesterone in oil "
            "1 mL nightly and the estradiol patches, and come back Friday for a repeat beta.\n\nLina\n\n"
            "> Jenna said you'd have her results today, can you call her or send them to me? - Rosemary"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: shortage of a fertility drug, guidance to staff, no patients.",
        frm=f"Pharmacy Liaison <pharmacy@{NLF}>",
        to=f"clinical-all@{NLF}",
        subject="Menopur shortage - substitution guidance",
        body=(
            "All,\n\nFerring reports Menopur 75 IU backorder through mid-December. For new starts, "
            "physicians have approved substituting low-dose hCG 10 IU/day for the LH component. Do not "
            "change active cycles without the MD. Specialty pharmacies have about 2 weeks of stock.\n\nThanks" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="referral letter to OB",
        notes="Transfer of care letter for a named pregnant IVF patient to the birth center.",
        frm=f"Dr. Ingrid Solvang <isolvang@{NLF}>",
        to=f"intake@{BLOOM}",
        subject="Transfer of care - IVF pregnancy",
        body="Please see attached transfer letter. Happy to discuss.\n",
        atts=(
            Att(
                "transfer_Nakamura_Emi.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHERN LIGHTS FERTILITY CENTER",
                        "Re: Emi Nakamura, DOB 02/09/1990",
                        "Single euploid FET 09/18/2026, EDD 06/05/2027.",
                        "Viable IUP at 8w2d, FHR 162. Weaned off progesterone at 10 weeks.",
                        "History: PCOS, metformin 500 mg BID. Rubella immune.",
                        "Ingrid Solvang MD, NPI: 1599418567",
                    ],
                    "Transfer of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing notice",
        notes="IT notice about phishing, no health info.",
        frm=f"IT Help Desk <it@{NLF}>",
        to=f"allstaff@{NLF}",
        subject="Phishing: fake 'fax received' emails",
        body=(
            "Heads up: several of you received emails claiming a fax is waiting in 'eFax Portal' with a "
            "link to a login page. It is not ours. Do not enter your password. Forward suspicious messages "
            "to it@northernlightsfertility.com and delete them.\n\nIT Help Desk"
        ),
    ),
    Spec(
        phi=True,
        category="image of embryo with patient name in filename",
        notes="Hard positive: PHI only in the file name of an embryo photo sent to patient.",
        frm=f"NLF Embryology Lab <embryology@{NLF}>",
        to="carlos.mendez.fam@hotmail.com",
        subject="the photo you asked for",
        body="Here's the picture from transfer day, as promised. Congratulations again!\n",
        atts=(Att("Mendez_Valentina_FET_2026-11-04_blast.png", "image/png", png(6, 6, (210, 190, 170))),),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified dataset for a study, study IDs, ages in years, no dates.",
        frm=f"Dr. Kwame Osei <kosei@{NLF}>",
        to="biostat@umn-ob-research.org",
        subject="de-identified PCOS letrozole extract",
        body="Attached is the Safe Harbor de-identified extract approved under IRB 2026-114. Ages in years only, no dates.\n",
        atts=(
            Att(
                "pcos_letrozole_deid.csv",
                "text/csv",
                "study_id,age_years,bmi,amh,letrozole_mg,cycles,ovulated,pregnant\n"
                "S001,29,31.2,8.1,5,3,1,1\nS002,34,27.5,6.4,7.5,2,1,0\nS003,27,36.0,11.2,5,4,0,0\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient message",
        notes="Hard positive: forwarded rfc822 patient message about miscarriage symptoms.",
        frm=f"Front Desk <frontdesk@{NLF}>",
        to=f"labdi@{NLF}",
        subject="Fw: bleeding question",
        body="Lina, this came into the general inbox overnight, can you call her?\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Noor Haddad <noor.haddad@gmail.com>",
            to=f"info@{NLF}",
            subject="bleeding question",
            body=(
                "Hello, I'm 6 weeks after my transfer with Dr. Osei and started spotting with cramps tonight. "
                "Should I stop the progesterone? My number is 612-555-0148.\nNoor Haddad"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting embryologist",
        notes="Hard negative: job posting mentioning ICSI, PGT biopsy, no patients.",
        frm=f"HR <careers@{NLF}>",
        to="jobs@indeed-postings.com",
        subject="Posting: Clinical Embryologist II",
        body=(
            "Please post the following:\n\nClinical Embryologist II - Northern Lights Fertility Center\n"
            "Responsibilities: ICSI, trophectoderm biopsy for PGT, vitrification/warming, sperm prep.\n"
            "Requirements: 2+ years IVF lab experience, ELD/TS certification preferred.\nSalary $78-92k.\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="insurance prior auth fax cover",
        notes="Prior authorization request with member id and infertility diagnosis code.",
        frm=f"Benefits Coordinator <benefits@{NLF}>",
        to="priorauth@bluelakeshealth.com",
        subject="PA request - IVF benefit",
        body=(
            "Prior authorization request\nMember: Rachel Bergstrom  DOB 07/30/1989\nMember ID: BLH884201937\n"
            "Dx: N97.1 female infertility of tubal origin; Z31.83\nRequested: 58970, 89250, 89258, 1 cycle IVF\n"
            "Ordering: Kwame Osei MD NPI: 1001735178\n\nPlease fax determination to 612-555-0190." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="payroll notice",
        notes="Hard negative: payroll / benefits enrolment notice to staff, mentions health plan.",
        frm=f"Payroll <payroll@{NLF}>",
        to=f"allstaff@{NLF}",
        subject="Open enrollment closes Friday + W-2 address check",
        body=(
            "Reminder: open enrollment for the 2027 medical, dental and FSA plans closes Friday. "
            "The HSA employer contribution stays at $750. Please also confirm your mailing address in "
            "the payroll portal so W-2s go to the right place.\n\nPayroll"
        ),
    ),
    Spec(
        phi=True,
        category="andrology appointment ICS",
        notes="Hard positive: calendar invite for a named patient's semen analysis collection.",
        frm=f"Andrology Lab <andrology@{NLF}>",
        to="b.ortiz.garcia@gmail.com",
        subject="Your appointment",
        body="Your appointment is attached. Please abstain 2-5 days beforehand.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NLF//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:nlf-andro-55821@northernlightsfertility.com\r\nDTSTAMP:20261109T150000Z\r\n"
            "DTSTART:20261113T143000Z\r\nDTEND:20261113T150000Z\r\n"
            "SUMMARY:Semen analysis + DNA fragmentation - Benjamin Ortiz\r\n"
            "LOCATION:NLF Andrology Lab, Suite 310\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: conference agenda with diseases and speaker names.",
        frm=f"Dr. Ingrid Solvang <isolvang@{NLF}>",
        to=f"physicians@{NLF}",
        subject="ASRM regional agenda",
        body=(
            "FYI agenda for the regional meeting:\n08:30 Oncofertility in adolescents with Hodgkin lymphoma - "
            "Dr. P. Iyer\n09:30 Endometrial receptivity testing: hype or help? - Dr. M. Castellanos\n"
            "11:00 Male factor: varicocele repair before ICSI - Dr. T. Nguyen\n"
        ),
    ),
    Spec(
        phi=True,
        category="oncofertility urgent referral",
        notes="Urgent fertility preservation consult for a named cancer patient from oncology.",
        frm=f"Dr. Ingrid Solvang <isolvang@{NLF}>",
        to="mkoenig@northlandoncology.com",
        subject="Re: urgent - fertility preservation before chemo",
        body=(
            "Dr. Koenig,\n\nWe saw Ms. Aaliyah Brooks (DOB 04/02/1998) today. Random-start antagonist protocol "
            "begins tonight with letrozole 5 mg to keep estradiol low given her ER+ breast cancer. Anticipated "
            "retrieval 11/21, so AC chemo could start 11/24 as planned.\n\nIngrid Solvang MD" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="equipment service report",
        notes="Hard negative: incubator service report with serial numbers (device, not patient).",
        frm=f"Luis Carrasco PhD <lcarrasco@{NLF}>",
        to="service@embryoscopeusa.com",
        subject="Service visit summary - SN ES-D-4419-2207",
        body=(
            "Thanks for yesterday's visit. Summary for our records: time-lapse incubator SN ES-D-4419-2207, "
            "CO2 sensor recalibrated, slide 6 holder replaced. No culture dishes were in the unit during "
            "service. Please send the calibration certificate.\n\nLuis" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PGT result lab coordination",
        notes="Embryo PGT-A results for a named patient to genetic counselor partner.",
        frm=f"Maya Thorsen <mthorsen@{NLF}>",
        to=f"intake@{GW}",
        subject="GC referral - mosaic embryo",
        body=(
            "Hi GeneWise team,\n\nReferring Olivia Petrov (DOB 10/11/1986, NLF MRN NL-204418) for counseling "
            "before a possible transfer of a low-level mosaic embryo (trisomy 16, 30%). Her other 2 embryos "
            "were aneuploid. Report attached. Please call her at 651-555-0173.\n\nMaya Thorsen, RN Coordinator" + SIG
        ),
        atts=(Att("PGTA_Petrov.txt", "text/plain",
                  "PGT-A REPORT\nPatient: Olivia Petrov  DOB 10/11/1986\nEmbryo 1: 47,XX,+16 mosaic 30% (low-level)\n"
                  "Embryo 2: 45,XX,-22 aneuploid\nEmbryo 3: 47,XY,+21 aneuploid\n"),),
    ),
    Spec(
        phi=False,
        category="patient education handout",
        notes="Generic handout on egg freezing, no individual.",
        frm=f"Patient Education <education@{NLF}>",
        to="print@quickprintmn.com",
        subject="print job: egg freezing FAQ (500 copies)",
        body="Hi, please print 500 tri-folds of the attached, same stock as last time.\n",
        atts=(Att("egg_freezing_faq.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  docx(["Egg Freezing: Frequently Asked Questions", "How many eggs should I freeze? It depends on age...",
                        "Are the injections painful? Most patients describe a small pinch..."])),),
    ),
    Spec(
        phi=True,
        category="claims spreadsheet",
        notes="Hard positive: claim lines with member IDs and CPT codes, no diagnosis words.",
        frm=f"NLF Billing <billing@{NLF}>",
        to="provider.relations@bluelakeshealth.com",
        subject="Underpaid claims - October",
        body="Attached are the October underpayments for reprocessing.\n",
        atts=(Att("underpaid_oct.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  xlsx({"Claims": [["Claim #", "Member ID", "Member", "DOS", "CPT", "Billed", "Paid"],
                                   ["C7741082", "BLH550192844", "J. Whitaker", "10/02/2026", "89280", 1450, 612],
                                   ["C7741190", "BLH661027735", "M. Alvarez", "10/08/2026", "76830", 310, 0]],
                        "Notes": [["Claim #", "Note"], ["C7741190", "denied as non-covered; IVF rider active"]]})),),
    ),
    Spec(
        phi=False,
        category="zip of policy documents",
        notes="Hard negative: zip of lab SOPs and consent templates (blank).",
        frm=f"Quality <quality@{NLF}>",
        to="inspector@cap-accreditation.org",
        subject="Requested SOPs for the CAP inspection",
        body="As requested, the zipped SOPs and blank consent templates.\n",
        atts=(Att("nlf_sops.zip", "application/zip", zipped({
            "SOP-EMB-012_vitrification.txt": "Purpose: vitrification of blastocysts. Scope: embryology lab.\n",
            "consent_IVF_template.txt": "Patient name: ____________ Date of birth: ________\nI consent to...\n",
        })),),
    ),
    Spec(
        phi=True,
        category="surrogacy agency update",
        notes="Gestational carrier's transfer and pregnancy status to agency, named.",
        frm=f"Maya Thorsen <mthorsen@{NLF}>",
        to="casemanager@heartlandsurrogacy.com",
        subject="GC update",
        body=(
            "Hi Brenda,\n\nUpdate on your carrier Destiny Harlan: transfer done 11/05 with the Whitmore's embryo, "
            "first beta is 11/14. She's on PIO and Delestrogen per protocol.\n\nMaya" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="meeting minutes",
        notes="Ops meeting minutes with no patients.",
        frm=f"Maya Thorsen <mthorsen@{NLF}>",
        to=f"ops@{NLF}",
        subject="ops minutes 11/9",
        body=(
            "1. New ultrasound machine go-live 11/30.\n2. Patient portal message backlog down to 1 day.\n"
            "3. Parking validation changes Dec 1.\n4. Flu shots for staff Thursday in break room."
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI",
        notes="Hard positive: PHI only in the subject line (name + procedure), body generic.",
        frm=f"Front Desk <frontdesk@{NLF}>",
        to=f"billing@{NLF}",
        subject="Kowalski, Anna - HSG 11/12 needs estimate",
        body="Can you send the estimate before her appointment? Thanks!\n",
    ),
    Spec(
        phi=False,
        category="lab supplies order",
        notes="Supply order, catalogue numbers only.",
        frm=f"Andrology Lab <andrology@{NLF}>",
        to="orders@coopersurgical-dist.com",
        subject="Order: sperm wash media, 10 boxes",
        body="Please ship 10 x cat# 90163 sperm washing medium and 4 x Makler chambers to Suite 310. PO 29-11-0412.\n",
    ),
]
