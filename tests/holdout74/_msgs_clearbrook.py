"""Clearbrook Hearing Center (audiology and hearing aids): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CBH, SVE, Att, Spec

SIG = "\n\n--\nClearbrook Hearing Center\n2210 Millrace Road, Suite 4, Fenwick, OH 45231\nT 513-555-0117 | F 513-555-0118"

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Audiogram results letter to patient's gmail",
        notes="Patient's full name with audiogram result (moderate sensorineural loss) and hearing-aid recommendation, PDF audiogram attached.",
        frm=f'"Dr. Priya Nandakumar, AuD" <pnandakumar@{CBH}>',
        to="harold.pruett52@gmail.com",
        subject="Your hearing test results from March 12",
        body=(
            "Dear Mr. Pruett,\n\nThank you for coming in last Thursday. As we discussed, your hearing test "
            "shows a moderate sensorineural hearing loss in both ears, a little worse on the right, with "
            "word recognition of 84% right and 92% left. This pattern is typical of age-related loss and "
            "we think you are a good candidate for hearing aids.\n\nI've attached a copy of your audiogram "
            "for your records. When you're ready, call the front desk to book a hearing aid consultation "
            "(about 90 minutes; bring your wife if you can)." + SIG
        ),
        atts=(
            Att(
                "Pruett_audiogram_2026-03-12.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARBROOK HEARING CENTER - AUDIOLOGIC EVALUATION",
                        "Patient: Harold T. Pruett      DOB: 08/19/1952      Acct: CB-0031877",
                        "Date of test: 03/12/2026       Audiologist: P. Nandakumar, AuD",
                        "",
                        "Freq (Hz)    250  500  1k   2k   3k   4k   6k   8k",
                        "Right AC     30   35   45   55   60   65   70   70",
                        "Left AC      25   30   40   50   55   60   65   65",
                        "Word recognition: R 84% @ 75 dB HL, L 92% @ 70 dB HL",
                        "Tympanometry: Type A bilaterally",
                        "Impression: bilateral moderate sensorineural hearing loss, R > L.",
                        "Plan: binaural amplification consult.",
                    ],
                    "Audiologic evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hearing aid repair pickup notice with device serial",
        notes="Hard positive: patient name plus hearing-aid model and serial number back from repair; being a hearing-aid patient is health information.",
        frm=f"Clearbrook Front Desk <frontdesk@{CBH}>",
        to="gwen.halvorsen@yahoo.com",
        subject="Your repair is back",
        body=(
            "Hi Gwen,\n\nGood news - your left Phonak Audeo L90-R (serial 2214X8731) is back from the "
            "manufacturer. They replaced the receiver and the microphone cover; still under warranty so "
            "no charge. You can pick it up any weekday 8:30-4:30, no appointment needed.\n\nMarla"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim for binaural hearing aid fitting",
        notes="Hard positive: body is a one-line batch note; the 837P attachment carries the patient name, DOB, member ID and hearing-aid HCPCS/diagnosis codes.",
        frm=f"Billing <billing@{CBH}>",
        to="submissions@claimbridge-edi.com",
        subject="837P batch CB0316-A (1 claim)",
        body="Batch attached. Submitter ID CBH0447. Please confirm 999 acceptance." + SIG,
        atts=(
            Att(
                "CB0316A.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*CBH0447        *ZZ*CLAIMBRIDGE    *260316*0915*^*00501*000004471*0*P*:~"
                    "GS*HC*CBH0447*CLAIMBRIDGE*20260316*0915*4471*X*005010X222A1~"
                    "ST*837*0001*005010X222A1~BHT*0019*00*CB0316A*20260316*0915*CH~"
                    "NM1*85*2*CLEARBROOK HEARING CENTER*****XX*1514235179~"
                    "NM1*IL*1*KOWALCZYK*BERNADETTE****MI*WHX448120937~DMG*D8*19480302*F~"
                    "CLM*CB31877*4680***11:B:1*Y*A*Y*Y~HI*ABK:H903~"
                    "SV1*HC:V5261*4200*UN*1***1~SV1*HC:V5160*480*UN*1***1~SE*9*0001~GE*1*4471~IEA*1*000004471~"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral to ENT for asymmetric hearing loss",
        notes="Referral letter (DOCX) naming patient with asymmetric loss and tinnitus, asking ENT to rule out vestibular schwannoma.",
        frm=f'"Dr. Tomas Reyes, AuD" <treyes@{CBH}>',
        to=f"referrals@{SVE}",
        subject="Referral - asymmetric SNHL",
        body="Hello,\n\nPlease see the attached referral and audiogram summary. Patient is aware and expects your call."
        + SIG,
        atts=(
            Att(
                "referral_Abernathy.docx",
                DOCX,
                docx(
                    [
                        "Clearbrook Hearing Center - Referral",
                        "To: Summit Valley ENT Surgery Center",
                        "Patient: Louise Abernathy, DOB 11/02/1967, phone 513-555-0162",
                        "Reason: right-sided asymmetric sensorineural hearing loss (25 dB greater at 2-4 kHz) with unilateral tinnitus, onset ~6 months.",
                        "Word recognition R 64% vs L 96%. Acoustic reflexes absent right ipsilateral.",
                        "Request: otologic evaluation and MRI of the internal auditory canals to rule out vestibular schwannoma.",
                        "Tomas Reyes, AuD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to daughter about father's new hearing aids",
        notes="Hard positive: first name plus relationship (her dad Walt) and his hearing-aid fitting and care instructions, to daughter's mailbox.",
        frm=f"Jen Okoro <jokoro@{CBH}>",
        to="karen.lindbloom@outlook.com",
        subject="RE: Dad's new aids",
        body=(
            "Hi Karen,\n\nYour dad did really well on Tuesday! Walt will probably say everything sounds "
            "'tinny' for the first couple of weeks - that's normal while his brain adjusts. Please remind "
            "him to wear them at least 8 hours a day and to open the battery doors at night. His 2-week "
            "check is on the 31st.\n\nJen\n\n> Hi, just wondering how Dad's fitting went, he's not great "
            "at telling us things. - Karen"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only tinnitus program reminder",
        notes="HTML-only reminder naming patient and her tinnitus retraining appointment, sent to her hotmail.",
        frm=f"Clearbrook Reminders <reminders@{CBH}>",
        to="denise.marchetti@hotmail.com",
        subject="Reminder: your appointment on Thursday",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Hello Denise Marchetti,</p>"
            "<p>This is a reminder of your <b>Tinnitus Retraining Therapy - session 3 of 6</b> with "
            "Dr. Nandakumar on <b>Thursday, March 19 at 2:15 PM</b>.</p>"
            "<p>Please bring your sound generator and your tinnitus diary.</p>"
            "<p><a href='https://clearbrookhearing.com/confirm?c=77Q2K'>Confirm</a> | "
            "<a href='https://clearbrookhearing.com/resched?c=77Q2K'>Reschedule</a></p>"
            "<p style='font-size:11px;color:#777'>Clearbrook Hearing Center, 513-555-0117</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR cochlear implant candidacy observation to CI centre",
        notes="Hard positive: body names no one; the FHIR Bundle carries the Patient (name, DOB) and AzBio sentence score observation for cochlear implant candidacy.",
        frm=f'"Dr. Tomas Reyes, AuD" <treyes@{CBH}>',
        to="ci-intake@tristateimplantcenter.org",
        subject="CI candidacy results (FHIR)",
        body="Attached via our export. Pt has been counselled and wants to proceed with the surgical consult."
        + SIG,
        atts=(
            Att(
                "ci_candidacy.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Bundle","type":"collection","entry":['
                    '{"resource":{"resourceType":"Patient","id":"cb-20417","name":[{"family":"Szabo","given":["Imre"]}],'
                    '"birthDate":"1959-06-14","telecom":[{"system":"phone","value":"513-555-0149"}]}},'
                    '{"resource":{"resourceType":"Observation","status":"final","code":{"text":"AzBio sentences in quiet, best aided"},'
                    '"subject":{"reference":"Patient/cb-20417"},"effectiveDateTime":"2026-03-13",'
                    '"valueQuantity":{"value":31,"unit":"%"},"note":[{"text":"Bilateral severe-to-profound SNHL; meets CI candidacy criteria"}]}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 newborn hearing screen refer result to pediatrician",
        notes="HL7 ORU naming infant, DOB and mother with a failed (refer) OAE screen in the left ear.",
        frm=f"Clearbrook Pediatric Audiology <peds@{CBH}>",
        to="results@fenwickpediatrics.com",
        subject="Rescreen result - baby Ramirez",
        body="Outpatient rescreen result attached. Left ear referred again; diagnostic ABR scheduled."
        + SIG,
        atts=(
            Att(
                "oru_rescreen.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|CBH_AUD|CLEARBROOK|PEDS|FENWICKPEDS|202603161020||ORU^R01|CB7741|P|2.5.1\r"
                    "PID|1||CB-55120^^^CBH^MR||RAMIREZ^SOFIA^^^^^L||20260221|F|||88 Pell St^^Fenwick^OH^45231\r"
                    "NK1|1|RAMIREZ^ANA|MTH|||513-555-0133\r"
                    "OBR|1||CB7741|92587^Distortion product OAE^CPT|||20260316\r"
                    "OBX|1|ST|OAE-R^OAE right ear||PASS||||||F\r"
                    "OBX|2|ST|OAE-L^OAE left ear||REFER||A||||F\r"
                    "NTE|1||Diagnostic ABR under natural sleep booked 03/27/2026\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Warranty expiry patient list to manufacturer rep",
        notes="Hard positive: looks like a sales-campaign vendor mail, but the multi-sheet XLSX lists patients by name, phone and hearing-aid serials with warranty end dates: bulk patient list.",
        frm=f"Operations <ops@{CBH}>",
        to="territory.rep@sonovahearing-partners.com",
        subject="Q2 warranty expiries for loss & damage upsell campaign",
        body=(
            "Hi Brett,\n\nHere's the list you asked for so your team can prep the extended warranty "
            "offers. Second tab has the ones who already declined last year.\n\nThanks,\nRuth" + SIG
        ),
        atts=(
            Att(
                "warranty_expiring_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Expiring": [
                            ["Patient", "Phone", "Model", "Serial L", "Serial R", "Warranty end"],
                            [
                                "Joan Petrakis",
                                "513-555-0121",
                                "Audeo L90-R",
                                "2214X1002",
                                "2214X1003",
                                "2026-04-09",
                            ],
                            [
                                "Oscar Lindqvist",
                                "513-555-0124",
                                "Audeo L70-R",
                                "2207Y5510",
                                "2207Y5511",
                                "2026-05-22",
                            ],
                            [
                                "Fatima Haddad",
                                "513-555-0128",
                                "Naida L50",
                                "2191K0032",
                                "",
                                "2026-06-01",
                            ],
                        ],
                        "Declined 2025": [
                            ["Patient", "Phone", "Model"],
                            ["Walter Brinkley", "513-555-0139", "Audeo P90"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject line with scanned note",
        notes="Hard positive: only the subject ties the patient (L. Okafor) to Meniere's follow-up; the body says 'see attached' and the TXT note has findings but no name.",
        frm=f'"Dr. Priya Nandakumar, AuD" <pnandakumar@{CBH}>',
        to="mwestfall@fenwickfamilymed.com",
        subject="Meniere's f/u - L. Okafor",
        body="See attached. Thx\nPN",
        atts=(
            Att(
                "note.txt",
                "text/plain",
                (
                    "Low-frequency fluctuating SNHL left, improved from last visit (LF PTA 45 -> 30 dB). "
                    "Episodic vertigo x2 this month. Continue low-sodium diet and betahistine per ENT. "
                    "Recheck audiogram 6 weeks."
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Occupational audiometry standard threshold shift to employer",
        notes="Named employee's hearing test result (OSHA standard threshold shift) sent by the clinic to the employer's safety manager.",
        frm=f"Occupational Hearing <occhearing@{CBH}>",
        to="safety@brightlinestamping.com",
        subject="Annual audiometric testing - follow-up required",
        body=(
            "Mr. Gaines,\n\nAll 46 employees tested on March 10 were reviewed. One employee requires "
            "follow-up: Dale Whitcomb (press line 3) shows a standard threshold shift in the left ear "
            "(average 2/3/4 kHz shift of 12 dB vs. baseline). Per 1910.95 he should be refitted with "
            "hearing protection and retested within 30 days; we've offered him a retest on April 7.\n\n"
            "The summary for the other 45 employees shows no reportable shifts." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Terse ABR finding by account number to colleague",
        notes="Hard positive: only an account number, but it is a patient identifier tied to an abnormal ABR and an MRI request.",
        frm=f"Tomas Reyes <treyes@{CBH}>",
        to="audiology-westside@clearbrookhearing.net",
        subject="0044817",
        body="acct 0044817 - ABR wave V latency prolonged AD, I-V IPL 4.6 ms. needs MRI IAC, pls make sure Dr. Feld sees it before Fri\nTR",
    ),
    Spec(
        phi=True,
        category="Audiogram image named after patient to PCP",
        notes="Hard positive: body says only 'scan attached'; the PNG filename carries the patient's name and 'audiogram'.",
        frm=f"Clearbrook Records <records@{CBH}>",
        to="records@fenwickfamilymed.com",
        subject="Requested scan",
        body="Good morning, the scan you requested is attached.\n\nRecords desk" + SIG,
        atts=(
            Att(
                "Tremblay_Jacques_audiogram_2026-03-12.png", "image/png", png(6, 4, (240, 240, 255))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Payment receipt for hearing aids to patient",
        notes="Receipt to patient with name, account number and payment for binaural hearing aids (payment for care).",
        frm=f"Billing <billing@{CBH}>",
        to="tcallister@icloud.com",
        subject="Receipt - Clearbrook Hearing Center",
        body=(
            "Thank you for your payment.\n\nPatient: Theodore Callister\nAccount: 77-40192\n"
            "Date: 03/16/2026\nDescription: Binaural hearing aids (Oticon Intent 1), fitting and 3-yr "
            "service plan\nPayment: $2,340.00 (Visa ending 4471)\nRemaining balance: $0.00" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient email about sudden hearing loss to ENT",
        notes="Forward (message/rfc822) of a named patient's report of sudden right-ear hearing loss, sent to ENT for urgent steroid evaluation.",
        frm=f'"Dr. Priya Nandakumar, AuD" <pnandakumar@{CBH}>',
        to=f"urgent@{SVE}",
        subject="Fwd: woke up and can't hear out of my right ear",
        body=(
            "Dr. Lim - forwarding below. I tested her at 8 this morning: right 70 dB flat SNHL, left "
            "normal. Sudden SNHL <48 h, can you see her today for steroids?\n\nPriya"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Noreen Castellanos <noreen.castellanos@gmail.com>",
            to=f"frontdesk@{CBH}",
            subject="woke up and can't hear out of my right ear",
            body="Hi, this is Noreen Castellanos (DOB 2/9/1981). I woke up Sunday with my right ear completely muffled and ringing. No cold. Can someone see me Monday?",
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of audit records to payer",
        notes="Hard positive: records of named patients sit only inside the password-protected zip; body says it holds patient fitting records for the audit.",
        frm=f"Compliance <compliance@{CBH}>",
        to="audits@heartlandvisionhearingplan.com",
        subject="Records request HA-2026-118",
        body=(
            "Hello Ms. Ortega,\n\nAttached are the fitting and verification records for the 3 members "
            "listed in your request HA-2026-118. The file is encrypted; I'll phone you with the password.\n\n"
            "Ruth Adeyemi, Compliance" + SIG
        ),
        atts=(
            Att(
                "HA-2026-118.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "members.csv": "member_id,name,dob,fit_date,device\nHVH2209381,Gloria Stamps,1944-12-01,2025-11-04,Oticon Real 2\nHVH2209457,Rudy Vance,1951-03-30,2025-12-09,ReSound Nexia 7\nHVH2210013,June Albers,1939-07-22,2026-01-13,Phonak Audeo L50\n",
                        "REM_verification.txt": "Real-ear measures within 5 dB of NAL-NL2 targets for all three members.",
                    },
                    "Cb!Hear2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VNG caloric data CSV to physical therapist",
        notes="CSV and body naming a patient with DOB and VNG result (left unilateral weakness) sent to vestibular PT.",
        frm=f'"Dr. Tomas Reyes, AuD" <treyes@{CBH}>',
        to="vestibular@stridept.com",
        subject="VNG results for your patient",
        body="Hi Amy, VNG for Maria Lindqvist (DOB 04/22/1958) is attached - 38% left unilateral weakness, no central signs. She's a good VRT candidate.\nTomas",
        atts=(
            Att(
                "VNG_Lindqvist.csv",
                "text/csv",
                (
                    "test,ear,temp,spv_deg_s\ncaloric,R,warm,24\ncaloric,R,cool,22\ncaloric,L,warm,13\ncaloric,L,cool,14\n"
                    "summary,UW,L,38%\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare ABN for non-covered hearing aids",
        notes="Letter naming a Medicare beneficiary with MBI and the non-covered hearing-aid service she is receiving.",
        frm=f"Billing <billing@{CBH}>",
        to="patricia.dunmore@aol.com",
        subject="Copy of your signed Advance Beneficiary Notice",
        body=(
            "Dear Mrs. Dunmore,\n\nAs requested, here is the information from the Advance Beneficiary "
            "Notice you signed on March 12:\n\nBeneficiary: Patricia A. Dunmore\nMBI: 3QW7-RD2-HK58\n"
            "Items: hearing aids, binaural (V5261), fitting/orientation (V5011)\nReason Medicare may not "
            "pay: Medicare does not cover hearing aids or exams for fitting hearing aids.\nEstimated "
            "cost: $3,980.00\n\nYour diagnostic audiogram (92557) was billed to Medicare separately."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for hearing aid follow-up to patient",
        notes="ICS invitation to the patient's icloud address naming him and his hearing-aid follow-up visit.",
        frm=f"Clearbrook Scheduling <scheduling@{CBH}>",
        to="gene.whitacre@icloud.com",
        subject="Appointment: hearing aid 2-week check",
        body="Hi Gene, your 2-week check is booked. Add it to your calendar with the attached invite."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearbrook Hearing//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cb-appt-55821@clearbrookhearing.com\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260330T150000Z\r\nDTEND:20260330T154500Z\r\n"
            "SUMMARY:Gene Whitacre - hearing aid follow-up (Oticon Intent) with J. Okoro\r\n"
            "LOCATION:Clearbrook Hearing Center, 2210 Millrace Rd, Fenwick\r\n"
            "ATTENDEE;CN=Gene Whitacre:mailto:gene.whitacre@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    # ------------------------------------------------------------ not PHI (18)
    Spec(
        phi=False,
        category="HTML-only World Hearing Day newsletter",
        notes="Marketing newsletter to a subscriber list about a free hearing screening event; no individual's health data.",
        frm=f"Clearbrook Hearing <news@{CBH}>",
        to=f"newsletter-subscribers@lists.{CBH}",
        subject="Free hearing screenings for World Hearing Day",
        body="",
        html=(
            "<html><body><h2>Hear the world - free screenings this Saturday</h2>"
            "<p>1 in 8 Americans over 12 has hearing loss in both ears. Join us March 21, 9-1, for free "
            "5-minute screenings, battery drop-off and a talk on protecting your hearing at concerts.</p>"
            "<p><a href='https://clearbrookhearing.com/events'>Details</a></p>"
            "<p style='font-size:10px'>Unsubscribe | Clearbrook Hearing Center, 2210 Millrace Rd, Fenwick OH</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Battery and dome supply order with SSN-shaped order number",
        notes="Hard negative: supply reorder to a distributor; the 3-2-4 digit number is a vendor order number, not an SSN.",
        frm=f"Operations <ops@{CBH}>",
        to="orders@midwestaudiologysupply.com",
        subject="Reorder - your ref 518-24-7730",
        body=(
            "Hi team,\n\nPlease repeat order 518-24-7730 with these changes:\n- Size 312 zinc-air batteries: "
            "40 cartons (was 30)\n- Open domes 8 mm: 10 boxes\n- Wax guards CeruShield: 15 packs\n- Otoscope "
            "specula 4 mm: 2 bags\n\nShip to Suite 4. Net 30 as usual.\n\nRuth" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Audiologist bio for website listing specialties",
        notes="Hard negative: clinician's name, credentials and the conditions she treats; no patient.",
        frm=f"Marketing <marketing@{CBH}>",
        to="webteam@pixelharborstudio.com",
        subject="Updated bio for Dr. Nandakumar",
        body=(
            "Please replace the bio on /our-team with this:\n\nDr. Priya Nandakumar, AuD, CCC-A, has "
            "practised audiology for 14 years. She specialises in tinnitus management, vestibular "
            "disorders (BPPV, vestibular neuritis, Meniere's disease) and cochlear implant programming. "
            "She completed her doctorate at Ohio State and is fluent in Tamil.\n\nNew headshot in the shared drive."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Monthly fitting statistics workbook to owner",
        notes="Hard negative: multi-sheet XLSX of aggregate fittings, return-for-credit rates and revenue by brand; no patients.",
        frm=f"Operations <ops@{CBH}>",
        to=f"owner@{CBH}",
        subject="February dashboard",
        body="February numbers attached. Returns are up at the Westside office, mostly one brand.\nRuth",
        atts=(
            Att(
                "Feb2026_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Fittings": [
                            ["Brand", "Units fit", "Returned", "Return %"],
                            ["Phonak", 48, 3, 6.3],
                            ["Oticon", 37, 2, 5.4],
                            ["ReSound", 21, 4, 19.0],
                        ],
                        "Revenue": [
                            ["Line", "USD"],
                            ["Devices", 211400],
                            ["Diagnostics", 38250],
                            ["Service plans", 12900],
                        ],
                        "Referrals": [
                            ["Source", "New patients"],
                            ["PCP", 41],
                            ["ENT", 17],
                            ["Self", 29],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu exposure notice without names",
        notes="Hard negative: staff notice that a colleague has influenza; no one is named.",
        frm=f"Office Manager <office@{CBH}>",
        to=f"allstaff@{CBH}",
        subject="Flu exposure at the front desk",
        body=(
            "Team,\n\nA member of our front-desk staff tested positive for influenza A yesterday and will be "
            "out through Friday. If you worked the desk Monday or Tuesday, please watch for symptoms. "
            "Masks are in the break room and we'll wipe the tablets and pens twice daily this week.\n\nLinda"
        ),
    ),
    Spec(
        phi=False,
        category="Audiometer calibration certificate with equipment serials",
        notes="Hard negative: calibration certificate for clinic equipment; serial numbers belong to audiometers, not patients.",
        frm=f"Operations <ops@{CBH}>",
        to="service@precisionacousticcal.com",
        subject="Signed calibration certificates - booths 1 and 2",
        body="Thanks for Monday's visit. Signed copy attached for your records." + SIG,
        atts=(
            Att(
                "calibration_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARBROOK HEARING CENTER - ANNUAL CALIBRATION (ANSI S3.6-2018)",
                        "Audiometer GSI AudioStar Pro   S/N AS-4471209   PASS",
                        "Audiometer Interacoustics AC40  S/N 1193377      PASS",
                        "Tympanometer Titan              S/N TT-0058821   PASS",
                        "Sound booth ambient noise (ANSI S3.1): within limits",
                        "Technician: K. Osei   Date: 03/16/2026",
                    ],
                    "Calibration certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Audiology assistant job posting",
        notes="Job posting to a university career board; mentions hearing tests but no individual.",
        frm=f"HR <hr@{CBH}>",
        to="jobs@fenwickstatecareers.edu",
        subject="Posting: Audiology Assistant (full time)",
        body=(
            "Please post the following:\n\nAudiology Assistant - Clearbrook Hearing Center\nDuties: hearing "
            "aid cleaning and repairs, otoscopy support, scheduling, check-in. Will train on "
            "tympanometry and hearing screening. $19-22/hr, benefits. Apply to hr@clearbrookhearing.com."
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training example with declared fake patient",
        notes="Hard negative: HIPAA refresher e-mail whose example sentence uses a clearly labelled fictitious patient; no real person.",
        frm=f"Compliance <compliance@{CBH}>",
        to=f"allstaff@{CBH}",
        subject="HIPAA refresher - what NOT to email",
        body=(
            "Quick refresher before the annual module is due.\n\nEXAMPLE (fictitious - do not look her up): "
            "'Jane Sample, DOB 01/01/1950, mild-moderate loss, wants Oticon.' That sentence is PHI and "
            "must only go through the portal or encrypted mail.\n\nAlso: never put a patient name in a "
            "subject line, and double-check autocomplete before sending to ENT offices.\n\nRuth"
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded manufacturer receiver recall notice",
        notes="Hard negative: forwarded vendor recall notice listing lot numbers; no patients identified.",
        frm=f'"Dr. Tomas Reyes, AuD" <treyes@{CBH}>',
        to=f"clinicians@{CBH}",
        subject="Fwd: Voluntary recall - M-receivers lots 24K-26B",
        body="FYI - please check the receiver lot on any repair that comes in this month. No action needed for devices already swapped.\nT",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Product Safety <productsafety@aurisound-mfg.com>",
            to="customers@aurisound-mfg.com",
            subject="Voluntary recall - M-receivers lots 24K-26B",
            body="AuriSound is voluntarily recalling M-power receivers from lots 24K through 26B due to possible intermittent output. Return affected receivers using RMA form R-12. No injuries reported.",
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting invite on OTC hearing aids",
        notes="ICS for an internal meeting about OTC hearing-aid strategy; no patients.",
        frm=f"Office Manager <office@{CBH}>",
        to=f"clinicians@{CBH}",
        subject="Staff meeting: OTC hearing aids - pricing and bundled services",
        body="Lunch provided. Please review the OTC pricing sheet beforehand.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clearbrook Hearing//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cb-staff-0319@clearbrookhearing.com\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260319T163000Z\r\nDTEND:20260319T173000Z\r\nSUMMARY:OTC hearing aids strategy\r\n"
            "LOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with dummy patient",
        notes="Hard negative: HL7 ORU test message to an EHR vendor using an obviously fake TEST^PATIENT record.",
        frm=f"IT <it@{CBH}>",
        to="interfaces@noahlinkconnect.com",
        subject="Interface test - please confirm ACK",
        body="Sending the agreed test message from our test environment (dummy patient, not real). Please confirm the OBX mapping.\n\nKevin, IT",
        atts=(
            Att(
                "test_oru.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|CBH_AUD_TEST|CLEARBROOK|NOAHLINK|NL|202603161100||ORU^R01|TEST0001|T|2.5.1\r"
                    "PID|1||TEST0001^^^CBH^MR||TEST^PATIENT^ZZ||19000101|U\r"
                    "OBX|1|NM|PTA-R^Pure tone average right||0|dB HL|||||F\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Noise-induced hearing loss talk to middle school",
        notes="Education outreach to a teacher about a classroom talk on earbuds and noise; no individual health data.",
        frm=f"Jen Okoro <jokoro@{CBH}>",
        to="mrs.delgado@fenwickms.k12.oh.us",
        subject="Re: 7th grade health class visit",
        body=(
            "Hi Mrs. Delgado,\n\nHappy to come on April 2! I'll bring the decibel meter and the 'how loud "
            "is too loud' demo. The main message: 60% volume for no more than 60 minutes. I'll leave "
            "earplugs for everyone.\n\nJen Okoro, Au.D. student extern"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified hearing outcomes extract for university study",
        notes="Hard negative: de-identified CSV with age bands and pure-tone averages only, no identifiers, under a data use agreement.",
        frm=f'"Dr. Priya Nandakumar, AuD" <pnandakumar@{CBH}>',
        to="hearinglab@fenwickstate.edu",
        subject="De-identified extract (DUA 2025-14)",
        body="Prof. Chen, as per the DUA, the Safe Harbor extract is attached: no names, dates, ZIPs or record numbers; ages banded.\nPriya",
        atts=(
            Att(
                "extract_deid.csv",
                "text/csv",
                (
                    "study_id,age_band,sex,pta_right,pta_left,aided_satisfaction\n"
                    "S001,70-79,F,48,45,4\nS002,60-69,M,52,58,3\nS003,80-89,M,61,60,5\nS004,50-59,F,35,30,4\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Hearing aid price reply to an enquirer's gmail",
        notes="Reply to a member of the public asking about price tiers; no health information about the person.",
        frm=f"Clearbrook Front Desk <frontdesk@{CBH}>",
        to="bobbyfranzen77@gmail.com",
        subject="RE: how much do hearing aids cost",
        body=(
            "Hi Bobby,\n\nThanks for reaching out. Our prescription hearing aids range from $1,900 to "
            "$5,800 a pair, including fitting and 3 years of follow-up. We also sell OTC devices from "
            "$399. A basic hearing test is $95 if your insurance doesn't cover it. Happy to answer "
            "anything else!\n\nMarla" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Sound booth HVAC repair request to landlord",
        notes="Facilities mail about the sound booth ventilation; nothing about patients.",
        frm=f"Office Manager <office@{CBH}>",
        to="maintenance@millraceplazaproperties.com",
        subject="Suite 4 - booth fan noise again",
        body="Hi Don, the ventilation fan in our sound booth is rattling again and it's loud enough to affect testing. Can someone come before Thursday? Key is at the front desk.\nLinda",
    ),
    Spec(
        phi=False,
        category="Aggregate referral thank-you to physician group",
        notes="Hard negative: thanks a practice for referrals with aggregate counts and outcomes only.",
        frm=f'"Dr. Tomas Reyes, AuD" <treyes@{CBH}>',
        to="physicians@fenwickfamilymed.com",
        subject="Thank you - Q1 referrals",
        body=(
            "Dear colleagues,\n\nThank you for the 42 patients you referred this quarter. 31 have completed "
            "evaluations, 19 were fit with hearing aids and 3 were sent on to ENT for asymmetric findings. "
            "Average wait from referral to test is now 6 days.\n\nTomas Reyes, AuD" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="FHIR Practitioner resource for provider directory",
        notes="Hard negative: FHIR Practitioner with a clinician's name and NPI for a payer directory; no patient.",
        frm=f"Credentialing <credentialing@{CBH}>",
        to="directory@heartlandvisionhearingplan.com",
        subject="Provider directory update - new audiologist",
        body="Please add Dr. Reyes to our location in your directory. Practitioner resource attached. NPI: 1847254897."
        + SIG,
        atts=(
            Att(
                "practitioner_reyes.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1847254897"}],'
                    '"name":[{"family":"Reyes","given":["Tomas"],"suffix":["AuD"]}],'
                    '"qualification":[{"code":{"text":"Audiologist"}}],'
                    '"address":[{"line":["2210 Millrace Road, Suite 4"],"city":"Fenwick","state":"OH"}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Firmware release notes zip to clinicians",
        notes="Zip of manufacturer firmware release notes shared internally; no patients.",
        frm=f"IT <it@{CBH}>",
        to=f"clinicians@{CBH}",
        subject="Fitting software 2.4 + firmware notes",
        body="Target 10.2 is installed in both fitting rooms. Release notes zipped here.\nKevin",
        atts=(
            Att(
                "release_notes.zip",
                "application/zip",
                zipped(
                    {
                        "target_10_2.txt": "Target 10.2: adds Bluetooth LE Audio pairing, fixes feedback canceller calibration crash.",
                        "firmware_L_2_4.txt": "Firmware 2.4 for Lumity devices: improved speech in loud noise, battery indicator fix.",
                    }
                ),
            ),
        ),
    ),
]
