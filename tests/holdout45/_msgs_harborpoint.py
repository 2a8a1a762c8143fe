"""Outbound mail of Harbor Point ENT & Audiology, an ear, nose and throat clinic (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HPE, Att, Spec

SIG = "\n\nHarbor Point ENT & Audiology\n41 Wharf Street, 2nd floor | T 555-0161 | F 555-0162\nharborpointent.com"

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="Audiogram results and hearing aid recommendation to patient",
        notes="Patient's gmail receives his named audiogram results (bilateral sensorineural loss) and hearing aid recommendation.",
        frm='"Leah Kristoffersen, AuD" <lkristoffersen@harborpointent.com>',
        to="walt.brennan1951@gmail.com",
        subject="Your hearing test from Tuesday",
        body=(
            "Dear Mr. Brennan,\n\nThank you for coming in on Tuesday. To recap your results:\n\n"
            "- Both ears: mild sloping to moderately-severe sensorineural hearing loss above 2000 Hz\n"
            "- Word recognition: 84% right, 76% left\n- Middle ear (tympanometry): normal both sides\n\n"
            "This pattern is typical of age-related hearing loss. I recommend bilateral receiver-in-canal "
            "hearing aids; your plan covers $1,500 per ear every 3 years. A copy of the audiogram is in your "
            "portal.\n\nWarmly,\nLeah Kristoffersen, AuD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Hearing aid repair RMA with device serial and patient name",
        notes="Hard positive: manufacturer repair request tying a patient's name to his hearing aid serial numbers and feedback problem.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="repairs@sonivaraudio.com",
        subject="RMA request - account HPE-2231",
        body=(
            "Hi Sonivar repair team,\n\nPlease issue an RMA for the following, under warranty:\n\n"
            "Patient: Harold Kim\nModel: Lumen 7 RIC-R, pair\nSerials: L 2407K33819 / R 2407K33826\n"
            "Issue: right aid intermittent dead, left whistling with new dome; fit 03/2025\n\n"
            "Loaners already issued. Ship back to our Wharf St address.\n\nThanks,\nNadia" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Post-tonsillectomy instructions to parent",
        notes="Parent's gmail gets post-op instructions naming the child, her tonsillectomy date and pain medicine doses.",
        frm="Surgery Scheduling <surgery@harborpointent.com>",
        to="megan.saltzman.home@gmail.com",
        subject="Sophie - after surgery instructions",
        body=(
            "Hi Megan,\n\nAs promised, here are Sophie's instructions after her tonsillectomy and adenoidectomy "
            "on Friday 9/18:\n\n- Alternate acetaminophen 320 mg and ibuprofen 200 mg every 3 hours for 5 days\n"
            "- Push fluids: popsicles count!\n- Days 5-10 are when bleeding is most likely; any bright red blood "
            "means go to the ER\n- Post-op phone call from our nurse on Monday\n\nDr. Osterhout's team"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Thyroid FNA result curbside to outside surgeon",
        notes="Hard positive: terse note giving MRN and initials with a Bethesda IV thyroid FNA result and planned hemithyroidectomy.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="m.quintero@stvincentharbor.org",
        subject="FNA back - HPE 0451627",
        body=(
            "Maria -\n\nR.P. (our MRN HPE 0451627) - right lobe 2.8 cm, FNA Bethesda IV, ThyroSeq pending. "
            "I'd like to book R hemi on your OR day 10/6 if you still have the slot. Pt aware.\n\nPaul"
        ),
    ),
    Spec(
        phi=True,
        category="OR booking CSV for ear tubes",
        notes="CSV to the surgery center listing patient names, DOBs, CPT 69436 and diagnosis codes for tympanostomy tubes.",
        frm="Surgery Scheduling <surgery@harborpointent.com>",
        to="booking@baysidesurgerycenter.com",
        subject="Bookings for Dr. Osterhout 10/2",
        body="Please add the attached cases to Dr. Osterhout's block on 10/2. Consents signed, H&Ps to follow.\n\nTamsin",
        atts=(
            Att(
                "hpe_bookings_1002.csv",
                "text/csv",
                "patient_name,dob,procedure,cpt,dx,guardian_phone\r\n"
                "Ezra Lindgren,2023-04-17,Bilateral tympanostomy tubes,69436,H65.33,555-0166\r\n"
                "Maya Castellano,2022-11-02,Bilateral tympanostomy tubes + adenoidectomy,69436;42830,H66.93,555-0167\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for cochlear implant candidate",
        notes="Hard positive: the body says only 'inquiry attached'; the 270 carries the subscriber name, DOB and member ID.",
        frm="Billing <billing@harborpointent.com>",
        to="edi@keystonemutualhealth.com",
        subject="270 inquiry - manual submission",
        body="Portal is down on our side; manual 270 attached per your EDI desk's instructions. Please return the 271 to this address.",
        atts=(
            Att(
                "hpe_270_0916.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HARBORPOINT    *ZZ*KEYSTONEMH     *260916*0840*^*00501*000000931*0*P*:~\n"
                "GS*HS*HARBORPOINT*KEYSTONEMH*20260916*0840*931*X*005010X279A1~\n"
                "ST*270*0001*005010X279A1~\nBHT*0022*13*HPE931*20260916*0840~\n"
                "NM1*1P*2*HARBOR POINT ENT AND AUDIOLOGY*****XX*1569463031~\n"
                "NM1*IL*1*VANTERPOOL*GRACE****MI*KMH330917462~\nDMG*D8*19570122~\n"
                "EQ*30~\nEQ*BL*HC:69930~\nSE*9*0001~\nGE*1*931~\nIEA*1*000000931~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Cochlear implant candidacy letter to Medicare contractor",
        notes="Letter of medical necessity with beneficiary name, MBI and cochlear implant candidacy test scores.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="medicalreview@greatlakesmac.com",
        subject="Letter of medical necessity - cochlear implant",
        body=(
            "To the medical review department:\n\nBeneficiary: Francis O'Dell\nMBI: 7KD3-TN8-WR62\nDOB: 12/02/1949\n\n"
            "Mr. O'Dell has bilateral profound sensorineural hearing loss. Best-aided AzBio sentence score "
            "in quiet is 22% right and 31% left, meeting the CMS criterion of 60% or less. MRI shows normal "
            "cochleae. He is a candidate for right cochlear implantation (CPT 69930).\n\n"
            "Paul Osterhout, MD, Otolaryngology  NPI: 1823929272" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Classroom accommodation letter for student with hearing loss",
        notes="Hard positive: letter to a teacher naming a student with unilateral hearing loss and his FM system needs, written as a 'classroom tips' note.",
        frm='"Leah Kristoffersen, AuD" <lkristoffersen@harborpointent.com>',
        to="j.whitcombe@harborviewmiddle.org",
        subject="Classroom tips for Nico",
        body=(
            "Dear Ms. Whitcombe,\n\nNico's mom asked me to send a few tips for your classroom. Nico Abernathy "
            "has a permanent hearing loss in his left ear and uses a remote microphone (FM) receiver on the "
            "right. Please:\n- seat him front-left so his better ear faces you\n- wear the transmitter during "
            "lessons and videos\n- repeat classmates' questions\n\nHappy to join his 504 meeting by phone.\n\n"
            "Leah Kristoffersen, AuD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Occupational hearing shift report to employer safety officer",
        notes="Named worker's standard threshold shift on an occupational audiogram reported to his employer.",
        frm="Occupational Hearing <occhearing@harborpointent.com>",
        to="safety@portsidemarinefab.com",
        subject="Annual audiograms - 1 STS to review",
        body=(
            "Hi Dale,\n\nAll 46 annual audiograms from your Sept 9 van visit are done. One employee needs "
            "follow-up:\n\nEmployee: Trevor Munoz (badge 11873)\nStandard threshold shift, left ear (avg "
            "change 12 dB at 2-3-4 kHz); retest within 30 days, refit hearing protection, OSHA 300 "
            "recordability to be determined after retest.\n\nRemaining 45: no STS.\n\nHarbor Point Occupational Hearing"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Headerless clinic list pasted to answering service",
        notes="Hard positive: pipe table with no headers listing patient surnames, ages and ENT complaints for tomorrow's callbacks.",
        frm="Front Desk <frontdesk@harborpointent.com>",
        to="dispatch@tidewateranswering.com",
        subject="callbacks if we lose phones tmrw",
        body=(
            "In case the phone cutover goes badly tomorrow, please call these folks to reschedule:\n\n"
            "0830 | Alvarez, M | 62 | R AOM recurrent, tubes? | 555-0171\n"
            "0900 | Duchesne, P | 44 | epistaxis f/u cautery | 555-0172\n"
            "0930 | Ng, W | 71 | HA fitting | 555-0173\n\nThanks - Harbor Point front desk"
        ),
    ),
    Spec(
        phi=True,
        category="Laryngoscopy still image named after patient to speech pathologist",
        notes="Hard positive: a videostroboscopy image whose filename names the patient and vocal fold lesion.",
        frm="Voice Clinic <voice@harborpointent.com>",
        to="slp@tidewatervoicerehab.com",
        subject="still from today's strobe",
        body="For your eval next week - still frame attached. Dr. O agrees with voice therapy first.",
        atts=(
            Att("strobe_Faraday_Colette_L_VF_nodule.png", "image/png", png(8, 6, (230, 170, 160))),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA summary of care to primary care",
        notes="Hard positive: the body is a one-line transmittal; the C-CDA names the patient with chronic sinusitis and a sinus surgery.",
        frm="Harbor Point Records <records@harborpointent.com>",
        to="direct@bayfrontprimarycare.direct-hie.net",
        subject="Summary of care",
        body="Summary of care document attached.",
        atts=(
            Att(
                "summary_of_care.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                " <title>Summary of Care - HARBOR POINT ENT AND AUDIOLOGY</title>\n"
                ' <recordTarget><patientRole><id extension="HPE0338814"/><patient><name><given>Darnell</given>'
                '<family>Prewitt</family></name><birthTime value="19810714"/></patient></patientRole></recordTarget>\n'
                " <component><section><title>Problems</title><text>Chronic pansinusitis with nasal polyps (J33.9)</text></section>"
                "<section><title>Procedures</title><text>Bilateral functional endoscopic sinus surgery 2026-09-10</text></section>"
                "<section><title>Medications</title><text>Budesonide sinus rinse 0.5 mg BID</text></section></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Vestibular testing report to neurologist",
        notes="VNG/vHIT report docx naming the patient and a right peripheral vestibular weakness.",
        frm="Balance Center <balance@harborpointent.com>",
        to="referrals@coastalneurology.com",
        subject="VNG report - your referral",
        body="Dr. Farouk, the vestibular report you requested is attached." + SIG,
        atts=(
            Att(
                "VNG_report_Sandoval.docx",
                DOCX,
                docx(
                    [
                        "Harbor Point Balance Center - Vestibular Evaluation",
                        "Patient: Irene Sandoval   DOB 06/30/1966   Test date 09/15/2026",
                        "Caloric testing: 41% right unilateral weakness",
                        "Video head impulse: reduced right horizontal canal gain (0.62) with catch-up saccades",
                        "Impression: right peripheral vestibular hypofunction, consistent with prior vestibular neuritis.",
                        "Plan: vestibular rehabilitation therapy.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's nosebleed question with quoted thread",
        notes="Hard positive: brief nurse reply to a patient's yahoo; her own quoted message names her and her recurrent epistaxis and anticoagulant.",
        frm="Nurse Line <nurseline@harborpointent.com>",
        to="pdugas.retired@yahoo.com",
        subject="RE: bleeding again",
        body=(
            "Yes - please come in tomorrow at 10:15, and hold pressure as we showed you. If it won't stop after "
            "20 minutes, go to the ER.\n\nJen, RN\n\n-----Original Message-----\nFrom: Pauline Dugas\n"
            "Subject: bleeding again\n\nMy right nostril started bleeding again this morning, 3rd time since "
            "the cautery. I'm still on the Eliquis. Should I come in?\nPauline Dugas"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 SIU sinus surgery scheduling to surgery center",
        notes="Hard positive: HL7 scheduling message with patient name, DOB and septoplasty booking; the body only calls it a production sample for mapping.",
        frm="Interfaces <interfaces@harborpointent.com>",
        to="integration@baysidesurgerycenter.com",
        subject="SIU from prod - one for your mapping",
        body="As asked, one real SIU from production for the mapping review (BAA covers). Delete after use please.",
        atts=(
            Att(
                "siu_s12_prod.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HPE_PM|HARBORPOINT|BSC_OR|BAYSIDE|202609161120||SIU^S12|HP88120|P|2.4\r"
                "SCH|HP88120||||||SEPTO^Septoplasty with turbinate reduction|||90|min\r"
                "PID|1||HPE0419276^^^HPE^MR||ABERCROMBIE^LUCAS^T||19920305|M\r"
                "DG1|1||J34.2^Deviated nasal septum^I10\r"
                "AIS|1||30520^Septoplasty|20261009073000\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Overpayment refund letter to patient",
        notes="Refund notice naming the patient and the paid service (hearing aid fitting) to her personal mailbox.",
        frm="Patient Accounts <accounts@harborpointent.com>",
        to="evelyn.sato@aol.com",
        subject="Refund of your credit balance",
        body=(
            "Dear Evelyn Sato,\n\nAfter your insurer's final payment for your hearing aid fitting and follow-up "
            "visits (dates of service 06/11/2026 and 07/09/2026), your account shows a credit of $86.40. A "
            "refund check has been mailed to your address on file.\n\nPatient Accounts" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis and name only in subject to neurotology",
        notes="Hard positive: subject carries the child's name and cholesteatoma; body is a scheduling request with no diagnosis.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="neurotology@lakeshoreuniv.edu",
        subject="Cholesteatoma w/ erosion - Ava Ruiz",
        body="Could Dr. Hanlon see her Tuesday or Wednesday? CT is on the shared PACS. Mom has the referral.\n\nPaul",
    ),
    Spec(
        phi=True,
        category="Hearing aid fitting calendar invite to patient",
        notes="Calendar invite to a patient's personal mailbox naming him and his hearing aid fitting appointment.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="walter.ng.71@outlook.com",
        subject="Appointment: Hearing aid fitting - Walter Ng",
        body="Mr. Ng, your hearing aid fitting is confirmed. Please bring your current aids and a family member if you can.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor Point//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hpe-appt-552190@harborpointent.com\r\nDTSTAMP:20260916T140000Z\r\n"
            "DTSTART:20260924T150000Z\r\nDTEND:20260924T161500Z\r\n"
            "SUMMARY:Hearing aid fitting (bilateral) - Walter Ng\r\nLOCATION:Harbor Point Audiology, 41 Wharf St\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="Audiologist-written newsletter on musicians' hearing",
        notes="Hard negative: public newsletter about noise-induced hearing loss with audiologist bios; no patient.",
        frm="Harbor Point ENT & Audiology <news@harborpointent.com>",
        to="newsletter@lists.harborpointent.com",
        subject="Turn it down: hearing health for musicians",
        body=(
            "Noise-induced hearing loss is permanent but preventable. Musicians are nearly 4 times more likely "
            "to develop it and often notice tinnitus first.\n\nMeet our team: Leah Kristoffersen, AuD, fits "
            "custom musicians' earplugs and manages tinnitus and hyperacusis. Ravi Menon, AuD, leads our "
            "pediatric and cochlear implant programs.\n\nFree earplug fittings at the Harbor Jazz Fest, Sept 26."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate cochlear implant outcomes workbook",
        notes="Hard negative: multi-sheet annual CI outcomes with mean scores by cohort; no individuals.",
        frm='"Ravi Menon, AuD" <rmenon@harborpointent.com>',
        to="programs@implantcareconsortium.org",
        subject="2025-26 CI outcomes (aggregate)",
        body="Attached is our aggregate submission. N=31 adults, 12 children; no patient-level data included."
        + SIG,
        atts=(
            Att(
                "HPE_CI_outcomes_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Adults": [
                            ["Measure", "Pre-op mean", "12-mo mean", "N"],
                            ["AzBio quiet (%)", 24, 71, 31],
                            ["CNC words (%)", 18, 58, 31],
                        ],
                        "Pediatric": [
                            ["Measure", "Value", "N"],
                            ["Implanted before 12 months", "58%", 12],
                            ["Mainstream school at 5 yrs", "83%", 6],
                        ],
                        "Complications": [
                            ["Type", "Count"],
                            ["Device failure", 1],
                            ["Wound infection", 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Demo hearing aid stock order with device serials",
        notes="Hard negative: stock order listing demo device serial numbers; no patient assigned.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="orders@sonivaraudio.com",
        subject="PO 26-0915 - demo stock",
        body=(
            "Please ship the following demo/loaner stock on PO 26-0915:\n\n"
            "Lumen 5 RIC-R x 4 (beige)\nLumen 7 RIC-R x 2 (graphite)\nCharging cases x 6\n\n"
            "Please also credit the two demo units returned last week, serials 2405K10442 and 2405K10459.\n\nNadia"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Declared test X12 file for clearinghouse connectivity",
        notes="Hard negative: X12 837 connectivity test with usage indicator T and a declared dummy subscriber.",
        frm="Billing <billing@harborpointent.com>",
        to="enrollment@clearpathedi.com",
        subject="Connectivity test file (T) - Harbor Point",
        body=(
            "Attached is our test file for connectivity certification. ISA15 is T; the subscriber TESTPATIENT "
            "ONE is your published dummy record, not a real person."
        ),
        atts=(
            Att(
                "hpe_837_test.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HARBORPOINT    *ZZ*CLEARPATH      *260915*1300*^*00501*000000001*1*T*:~\n"
                "GS*HC*HARBORPOINT*CLEARPATH*20260915*1300*1*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*85*2*HARBOR POINT ENT AND AUDIOLOGY*****XX*1569463031~\n"
                "NM1*IL*1*TESTPATIENT*ONE****MI*TEST00000001~\nCLM*TEST1*1.00***11:B:1*Y*A*Y*Y~\n"
                "SE*6*0001~\nGE*1*1~\nIEA*1*000000001~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Phishing warning to staff",
        notes="IT security notice about a phishing campaign; no patient.",
        frm="IT Security <security@harborpointent.com>",
        to="allstaff@harborpointent.com",
        subject="Fake 'voicemail' emails going around",
        body="Several of you got emails with a 'New voicemail' button asking for your password. It's phishing. Don't click; use Report Phish in Outlook. If you entered your password, call the help desk right away (x4410).",
    ),
    Spec(
        phi=False,
        category="Provider roster with NPIs for payer credentialing",
        notes="Hard negative: multi-sheet credentialing roster of clinicians, specialties and NPIs; no patients.",
        frm="Credentialing <credentialing@harborpointent.com>",
        to="providerdata@keystonemutualhealth.com",
        subject="Roster update - Harbor Point ENT & Audiology",
        body="Updated roster attached: one new audiologist, one address change." + SIG,
        atts=(
            Att(
                "HPE_roster_Sept2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Providers": [
                            ["Name", "Credential", "Specialty", "NPI"],
                            ["Paul Osterhout", "MD", "Otolaryngology", "1823929272"],
                            ["Leah Kristoffersen", "AuD", "Audiology", "1870735887"],
                            ["Ravi Menon", "AuD", "Audiology", "1573488743"],
                        ],
                        "Locations": [
                            ["Site", "Address", "Phone"],
                            ["Main", "41 Wharf Street, 2nd floor", "555-0161"],
                            ["North", "9 Cannery Row", "555-0163"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Minimum necessary policy with placeholder field names",
        notes="Hard negative: policy document listing which patient fields may be sent, with placeholders and no data.",
        frm="Privacy Officer <privacy@harborpointent.com>",
        to="managers@harborpointent.com",
        subject="Revised policy PRV-07 (minimum necessary) for sign-off",
        body="Managers, please review the attached revision and sign off by 9/30.",
        atts=(
            Att(
                "PRV-07_minimum_necessary_v3.docx",
                DOCX,
                docx(
                    [
                        "Harbor Point ENT & Audiology - Policy PRV-07 Minimum Necessary",
                        "When scheduling surgery externally, send only: Patient Name, DOB, MRN, Procedure, CPT, Surgeon.",
                        "Never send: full audiogram history, SSN, insurance card images unless the facility requires them.",
                        "Example format: [Last], [First] | [MM/DD/YYYY] | [MRN] | [CPT]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Audiologist job posting",
        notes="Hard negative: job ad describing cochlear implant mapping and pediatric hearing loss duties; no patient.",
        frm="Careers <careers@harborpointent.com>",
        to="jobs@audiologyjobboard.org",
        subject="Posting: Clinical Audiologist (pediatrics & implants)",
        body="Harbor Point ENT & Audiology seeks a clinical audiologist for pediatric diagnostics (ABR, OAE), cochlear implant mapping and vestibular testing. State license required. Sign-on bonus. Apply to careers@harborpointent.com.",
    ),
    Spec(
        phi=False,
        category="CME lunch-and-learn invitation",
        notes="Calendar invite for a CME talk on otitis media guidelines; no patients.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="clinicians@bayfrontprimarycare.com",
        subject="Lunch & learn: when to refer for ear tubes",
        body="Join us for lunch and a 30-minute review of the updated tympanostomy tube guideline. 1 CME credit.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor Point//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:hpe-cme-20261001@harborpointent.com\r\nDTSTAMP:20260915T130000Z\r\n"
            "DTSTART:20261001T163000Z\r\nDTEND:20261001T173000Z\r\nSUMMARY:Lunch & learn - otitis media and tubes\r\n"
            "LOCATION:Bayfront Primary Care, conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Community hearing screening aggregate results",
        notes="Hard negative: aggregate screening counts and referral rate from a health fair; no individuals.",
        frm='"Ravi Menon, AuD" <rmenon@harborpointent.com>',
        to="events@harborseniorcenter.org",
        subject="Thank you + screening numbers",
        body=(
            "Thank you for hosting us! Final numbers from the senior center health fair: 212 adults screened, "
            "38 (18%) did not pass at 40 dB and were given referral information, and 9 hearing aids were "
            "cleaned and checked. We'd love to come back in the spring.\n\nRavi" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Audiometer calibration certificate from service vendor",
        notes="Equipment calibration certificate PDF with device serials; no patient.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="service@precisioncalibration.com",
        subject="Re: calibration certificates for booth 2",
        body="Thanks - forwarding back the signed copy of the booth 2 certificate for your records.",
        atts=(
            Att(
                "calibration_booth2_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR POINT ENT & AUDIOLOGY - Booth 2",
                        "Audiometer AD-629 serial 0731195  Calibrated to ANSI S3.6-2018",
                        "Tympanometer serial TY-44120  Pass",
                        "Next due: 09/2027   Technician: G. Halloran",
                    ],
                    "Calibration certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interview scheduling to applicant personal mailbox",
        notes="Interview logistics to a job applicant's gmail; no health information.",
        frm="Careers <careers@harborpointent.com>",
        to="tanvi.raghunathan.aud@gmail.com",
        subject="Interview - Clinical Audiologist",
        body="Hi Tanvi,\n\nThanks for applying. Could you interview on Thursday 9/24 at 1 pm at our Wharf St office? Plan on 90 minutes including a tour.\n\nBest,\nHarbor Point Careers",
    ),
    Spec(
        phi=False,
        category="Otic drop shortage notice",
        notes="Hard negative: drug shortage notice for ciprofloxacin-dexamethasone otic with alternatives; no patient.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="referringproviders@harborpointent.com",
        subject="Shortage: ciprofloxacin/dexamethasone otic drops",
        body=(
            "Colleagues,\n\nCipro/dex otic suspension is on national backorder. For acute otitis externa or "
            "tube otorrhea we suggest ofloxacin 0.3% otic solution (5 drops BID x 7 days; 10 drops for adults). "
            "Avoid aminoglycoside drops with non-intact drums.\n\nPaul Osterhout, MD" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Building elevator outage notice to landlord",
        notes="Facilities email about elevator repair; no patients.",
        frm="Office Manager <office@harborpointent.com>",
        to="maintenance@wharfstreetproperties.com",
        subject="Elevator out again - 41 Wharf",
        body="Hi Greg, the east elevator is stuck on 2 again. Many of our patients use walkers - can the tech come today? Thanks, Doreen",
    ),
    Spec(
        phi=False,
        category="Grand rounds de-identified case outline",
        notes="Hard negative: de-identified teaching case with age decade and findings only; no identifiers.",
        frm="Dr. Paul Osterhout <posterhout@harborpointent.com>",
        to="ent-residents@lakeshoreuniv.edu",
        subject="Grand rounds Thursday - case for discussion",
        body=(
            "Residents,\n\nFor Thursday: a man in his 50s with 6 months of unilateral tinnitus and asymmetric "
            "high-frequency hearing loss. MRI with contrast shows a 7 mm intracanalicular lesion. Come ready to "
            "discuss observation vs radiosurgery vs microsurgery, with evidence.\n\nPO"
        ),
    ),
    Spec(
        phi=False,
        category="Anonymous staff COVID exposure notice",
        notes="Hard negative: workplace exposure notice without naming the staff member; no patient.",
        frm="Office Manager <office@harborpointent.com>",
        to="allstaff@harborpointent.com",
        subject="Possible COVID exposure - 2nd floor",
        body="A team member on the 2nd floor tested positive on Monday. If you worked with them closely you've already been contacted. Everyone else: masks in clinical areas through Friday, and test if you develop symptoms.",
    ),
    Spec(
        phi=False,
        category="North office open house HTML invitation",
        notes="HTML-only marketing invite to an open house; not condition-targeted, no individual.",
        frm="Harbor Point ENT & Audiology <news@harborpointent.com>",
        to="community@lists.harborpointent.com",
        subject="You're invited: Harbor Point North open house",
        body="",
        html=(
            "<html><body><h1>Harbor Point North is open!</h1><p>Join us Saturday, October 3, 10 am-1 pm at 9 Cannery "
            "Row for tours, kids' crafts and coffee.</p><p>Free parking. RSVP not required.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Earmold lab order zip of specs by order number",
        notes="Hard negative: zip of swim-plug and musician-plug order specs labelled only with the lab's order numbers; no names or health details.",
        frm="Audiology Front Desk <audiology@harborpointent.com>",
        to="orders@earcraftlab.com",
        subject="Earmold orders 7741-7743",
        body="Two swim plugs and one musician plug, specs in the zip. Standard turnaround is fine.",
        atts=(
            Att(
                "earcraft_orders_7741-7743.zip",
                "application/zip",
                zipped(
                    {
                        "7741_swimplug_blue.txt": "order 7741 | swim plug | full shell | blue | floatable",
                        "7742_swimplug_red.txt": "order 7742 | swim plug | full shell | red | floatable",
                        "7743_musician_ER15.txt": "order 7743 | musicians plug | ER-15 filter | clear",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer shift reminder to volunteer personal mailbox",
        notes="Volunteer shift reminder for the jazz fest booth to a volunteer's yahoo; no health information.",
        frm='"Ravi Menon, AuD" <rmenon@harborpointent.com>',
        to="ken.whitlow@yahoo.com",
        subject="Jazz Fest booth - your shift",
        body="Hi Ken, you're on the earplug booth Saturday 12-3. Wear the blue T-shirt and bring water. Thanks for volunteering again!\n\nRavi",
    ),
]

assert all(m.frm.endswith(f"{HPE}>") or m.frm.endswith(HPE) for m in MESSAGES)
