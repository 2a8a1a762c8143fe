"""Bright Voices Speech Therapy (speech-language pathology practice): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BVS, Att, Spec

SIG = "\n\nBright Voices Speech Therapy\n91 Orchard Commons, Fenwick, OH 45232 | 513-555-0170 | brightvoicesspeech.com"

MESSAGES = [
    # ---------------------------------------------------------------- PHI (18)
    Spec(
        phi=True,
        category="Articulation progress update to parent",
        notes="Hard positive: only the child's first name, in a note to his parent's gmail, with his /r/ articulation therapy progress.",
        frm=f'"Allison Graves, MS, CCC-SLP" <agraves@{BVS}>',
        to="jessica.tran.fenwick@gmail.com",
        subject="Noah this week",
        body=(
            "Hi Jessica,\n\nQuick update after today's session: Noah is now producing /r/ correctly in "
            "words about 80% of the time (up from 45% in January)! We'll move to phrases next. Keep "
            "doing the 5-minute 'rocket' practice at bedtime - it's working.\n\nAllison"
        ),
    ),
    Spec(
        phi=True,
        category="Evaluation report to school SLP for IEP meeting",
        notes="DOCX evaluation report naming the student with DOB and CELF-5 scores indicating language disorder, sent to school SLP with parental consent.",
        frm=f'"Dr. Renee Falk, CCC-SLP" <rfalk@{BVS}>',
        to="slp.team@fenwickcityschools.org",
        subject="Private eval for IEP meeting 3/24",
        body="Ms. Ibarra, the family signed the release (attached to our file). Our evaluation is attached for the IEP team.\nRenee Falk"
        + SIG,
        atts=(
            Att(
                "Eval_Park_Aiden.docx",
                DOCX,
                docx(
                    [
                        "BRIGHT VOICES SPEECH THERAPY - SPEECH-LANGUAGE EVALUATION",
                        "Client: Aiden Park   DOB: 09/14/2017   Grade: 3",
                        "CELF-5 Core Language 74 (4th percentile); Receptive 78; Expressive 71.",
                        "Impression: developmental language disorder (F80.2), moderate.",
                        "Recommendation: speech-language services 60 min/week; classroom visual supports.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization for childhood apraxia therapy",
        notes="PDF prior-auth with child's name, member ID and childhood apraxia of speech diagnosis to payer.",
        frm=f"Billing <billing@{BVS}>",
        to="pa-therapies@buckeyemutualhealth.com",
        subject="Auth request - speech therapy 24 visits",
        body="Please find the request attached. Plan of care signed by the PCP on 03/10." + SIG,
        atts=(
            Att(
                "PA_Romero.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT VOICES SPEECH THERAPY - THERAPY AUTHORIZATION REQUEST",
                        "Member: Isabella Romero   DOB: 05/30/2021   Member ID: BMH902771346",
                        "Diagnosis: R48.2 childhood apraxia of speech",
                        "Requested: CPT 92507 x 24 visits, 03/23/2026 - 09/22/2026",
                        "Baseline: 38% intelligible to unfamiliar listeners (goal 70%).",
                        "Treating SLP: Renee Falk, CCC-SLP   NPI: 1622926776",
                    ],
                    "Authorization request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Aphasia therapy progress note to neurologist",
        notes="Progress note naming a stroke patient with aphasia therapy scores, sent to his neurologist.",
        frm=f'"Marcus Bell, MA, CCC-SLP" <mbell@{BVS}>',
        to="neurology@fenwickgeneral.org",
        subject="Progress note - Mr. Gerald Fontaine",
        body=(
            "Dr. Ahmadi,\n\nMr. Gerald Fontaine (DOB 03/03/1950) has completed 16 sessions of aphasia therapy "
            "following his left MCA stroke in December. WAB-R Aphasia Quotient improved from 52.4 to 67.8 "
            "(Broca's type, now moderate). Naming accuracy on treated items 85%. He is motivated and his wife "
            "attends every session. Recommend continuing 2x/week for 8 weeks.\n\nMarcus Bell" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Voice disorder accommodation letter to teacher's employer",
        notes="Letter to a school district HR naming a teacher with vocal fold nodules and requesting a voice amplifier accommodation.",
        frm=f'"Marcus Bell, MA, CCC-SLP" <mbell@{BVS}>',
        to="hr-accommodations@fenwickcityschools.org",
        subject="Accommodation request - Ms. Harriet Lowe",
        body=(
            "To the accommodations coordinator,\n\nMs. Harriet Lowe is being treated at our practice for "
            "bilateral vocal fold nodules diagnosed by her laryngologist. As part of her voice therapy plan "
            "I recommend a personal voice amplifier in the classroom and no recess/cafeteria duty through "
            "June 2026.\n\nMarcus Bell, CCC-SLP" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Stuttering therapy session recap to adult client",
        notes="Session recap to an adult client's hotmail naming him and his fluency therapy techniques and goals.",
        frm=f'"Allison Graves, MS, CCC-SLP" <agraves@{BVS}>',
        to="omar.haddad.work@hotmail.com",
        subject="Recap + homework from today",
        body=(
            "Hi Omar,\n\nGreat work today. Recap: your stuttering-like disfluencies on the phone task were "
            "6% of syllables (down from 11%). Homework: 3 phone calls using easy onsets and pullouts, and "
            "rate your avoidance on the 1-10 scale. Before your interview on the 27th we'll do a mock run.\n\nAllison"
        ),
    ),
    Spec(
        phi=True,
        category="Modified barium swallow recommendations to nursing facility",
        notes="Swallow study results and diet order for a named resident sent to the skilled nursing facility.",
        frm=f'"Marcus Bell, MA, CCC-SLP" <mbell@{BVS}>',
        to="don@willowcreeknursing.com",
        subject="MBSS results - diet change",
        body=(
            "Hi Pam,\n\nResults from this morning's MBSS for Mr. Luis Ortiz (Room 214): silent aspiration "
            "with thin liquids; safe with mildly thick (IDDSI level 2) liquids and soft & bite-sized solids "
            "(level 6). Chin tuck with all liquids, upright 90 degrees, 30 min after meals. Please update his "
            "diet order today.\n\nMarcus" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim for speech therapy sessions",
        notes="Hard positive: one-line body; the 837P carries the child client's name, DOB, member ID and speech therapy CPT/diagnosis codes.",
        frm=f"Billing <billing@{BVS}>",
        to="submissions@claimbridge-edi.com",
        subject="837P BV-0317",
        body="Claim file attached." + SIG,
        atts=(
            Att(
                "BV0317.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*BVST001        *ZZ*CLAIMBRIDGE    *260317*0830*^*00501*000000771*0*P*:~"
                    "GS*HC*BVST001*CLAIMBRIDGE*20260317*0830*771*X*005010X222A1~ST*837*0001*005010X222A1~"
                    "NM1*85*2*BRIGHT VOICES SPEECH THERAPY*****XX*1622926776~NM1*IL*1*OKONKWO*CHIDI****MI*OHM4410928~"
                    "DMG*D8*20190611*M~CLM*BV22817*600***11:B:1*Y*A*Y*Y~HI*ABK:F801~SV1*HC:92507*150*UN*4***1~SE*8*0001~GE*1*771~IEA*1*000000771~"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid waiver attendance workbook",
        notes="Hard positive: names appear only in the multi-sheet XLSX listing waiver clients by name and Medicaid ID with session dates and attendance.",
        frm=f"Billing <billing@{BVS}>",
        to="coordinator@ohiodevwaiver-services.org",
        subject="February attendance - waiver clients",
        body="Attendance logs attached; second tab lists no-shows needing your follow-up." + SIG,
        atts=(
            Att(
                "waiver_attendance_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Attended": [
                            ["Client", "Medicaid ID", "Dates", "Units"],
                            ["Jaylen Brooks", "OHM3318204", "2/3, 2/10, 2/17, 2/24", 16],
                            ["Sadie Kowal", "OHM3320977", "2/5, 2/12, 2/19", 12],
                        ],
                        "No-shows": [
                            ["Client", "Medicaid ID", "Missed"],
                            ["Tyrell Simmons", "OHM3319455", "2/6, 2/13, 2/20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Oral mechanism exam photo named after child",
        notes="Hard positive: body is generic but the PNG filename names the child and 'tongue tie' finding, sent to a pediatric dentist.",
        frm=f"Allison Graves <agraves@{BVS}>",
        to="frontdesk@fenwickkidsdental.com",
        subject="Photo for Dr. Sato",
        body="Hi, as discussed on the phone, photo attached for Dr. Sato's review before the consult. Parent consent on file.\nAllison",
        atts=(
            Att("Zoe_Kaminski_oral_mech_tongue_tie.png", "image/png", png(5, 5, (230, 150, 150))),
        ),
    ),
    Spec(
        phi=True,
        category="Telehealth session invite naming child",
        notes="Hard positive: ICS to parent's personal address with child's first name and last initial and the speech therapy session.",
        frm=f"Bright Voices Scheduling <scheduling@{BVS}>",
        to="mrs.rinaldi@icloud.com",
        subject="Teletherapy link for Thursday",
        body="Here is Thursday's link. Please have Olivia's picture cards nearby.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bright Voices//Teletherapy//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bv-tele-30118@brightvoicesspeech.com\r\nDTSTAMP:20260316T160000Z\r\n"
            "DTSTART:20260319T210000Z\r\nDTEND:20260319T214500Z\r\n"
            "SUMMARY:Speech therapy (teletherapy) - Olivia R. - A. Graves\r\n"
            "DESCRIPTION:Join: https://meet.brightvoicesspeech.com/r/olivia-r-30118\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only appointment reminder to parent",
        notes="HTML-only reminder to a parent naming the child and his feeding therapy appointment.",
        frm=f"Bright Voices Reminders <reminders@{BVS}>",
        to="deshawn.miller.dad@gmail.com",
        subject="Reminder for tomorrow",
        body="",
        html=(
            "<html><body><p>Hi DeShawn,</p><p>Reminder: <b>Elijah Miller</b> has <b>feeding therapy</b> "
            "tomorrow, Tuesday 3/17 at 4:00 PM with Marcus Bell.</p><p>Please bring 2 preferred foods and 1 "
            "new food for the food-chaining activity.</p><p>Reply C to confirm.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Autism evaluation waitlist CSV to partner practice",
        notes="CSV of waitlisted children with names, DOBs, parent phones and referral reason (suspected autism) sent to another practice.",
        frm=f"Intake <intake@{BVS}>",
        to="intake@fenwickdevpeds.com",
        subject="Transfer of our waitlist (as agreed)",
        body="As agreed on Friday's call, these families asked to be moved to your list for evaluation. All consented to the transfer."
        + SIG,
        atts=(
            Att(
                "waitlist_transfer.csv",
                "text/csv",
                (
                    "child,dob,parent,phone,reason\nMason Albright,2023-02-11,Kayla Albright,513-555-0181,late talker; suspected autism\n"
                    "Ava Delacroix,2022-08-29,Pierre Delacroix,513-555-0183,no words at 24 mo; suspected autism\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR AAC device trial observation to funding agency",
        notes="Hard positive: body names no one; the FHIR bundle carries patient name/DOB and AAC device trial results supporting a speech-generating device request.",
        frm=f'"Dr. Renee Falk, CCC-SLP" <rfalk@{BVS}>',
        to="sgd-funding@ohiomedicaid-dme.org",
        subject="SGD request supporting data",
        body="Trial data attached in FHIR format per your portal's requirement." + SIG,
        atts=(
            Att(
                "aac_trial.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Bundle","type":"collection","entry":['
                    '{"resource":{"resourceType":"Patient","id":"bv-1188","name":[{"family":"Whitfield","given":["Caleb"]}],"birthDate":"2014-01-09"}},'
                    '{"resource":{"resourceType":"Observation","status":"final","code":{"text":"AAC device trial - communicative turns per 30 min"},'
                    '"subject":{"reference":"Patient/bv-1188"},"valueQuantity":{"value":27},'
                    '"note":[{"text":"Nonverbal, cerebral palsy; 4-week trial of speech-generating device, 60-location grid"}]}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded parent message about regression to neurologist",
        notes="Forward of a parent's e-mail describing her son's loss of words and staring spells, sent to pediatric neurology.",
        frm=f'"Dr. Renee Falk, CCC-SLP" <rfalk@{BVS}>',
        to="pedsneuro@fenwickchildrens.org",
        subject="Fwd: Henry lost words again",
        body="Dr. Novak - please see mom's note below. I've seen the same regression in sessions; requesting an earlier EEG/neuro visit if possible.\nRenee",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Lauren Stiles <lauren.stiles@yahoo.com>",
            to=f"rfalk@{BVS}",
            subject="Henry lost words again",
            body="Hi Dr. Falk, Henry (he's 3, DOB 1/14/2023) has stopped saying about 10 words he used to say and he has these staring spells a few times a day. Should I be worried?",
        ),
    ),
    Spec(
        phi=True,
        category="Terse cancellation with initials and DOB",
        notes="Hard positive: initials plus full DOB and a recurring ear infection reason, in a terse internal-to-contractor note.",
        frm=f"Front Desk <frontdesk@{BVS}>",
        to="jsalazar.slp@therapycontractors.net",
        subject="tues 3pm",
        body="Tues 3pm RJ (DOB 6/2/2019) cx - mom says ear infection again, 3rd this yr, tubes consult pending. Rebook Thurs if you can.",
    ),
    Spec(
        phi=True,
        category="Payment plan letter to parent with account number",
        notes="Payment plan for a child's speech therapy balance naming the child, account number and amounts.",
        frm=f"Billing <billing@{BVS}>",
        to="mwashington.home@aol.com",
        subject="Your payment plan",
        body=(
            "Dear Ms. Washington,\n\nThis confirms the payment plan for speech therapy services for Kiara "
            "Washington (account BV-22817): balance $1,140.00 payable in 6 monthly payments of $190.00 "
            "starting April 1. No interest.\n\nThank you,\nBilling" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare dysphagia plan of care for physician signature",
        notes="Plan of care with beneficiary name, MBI and dysphagia diagnosis sent to the certifying physician.",
        frm=f'"Marcus Bell, MA, CCC-SLP" <mbell@{BVS}>',
        to="signatures@greenhillsinternalmed.com",
        subject="Plan of care needs signature",
        body=(
            "Dr. Sloane, please sign and return the outpatient plan of care:\n\nBeneficiary: Edith Karlsson\n"
            "MBI: 6TN2-JA8-PX41\nDx: R13.12 oropharyngeal dysphagia (post-radiation)\nPlan: 92526 2x/wk x 8 wk, "
            "VitalStim trial\nCert period: 03/16/2026 - 05/10/2026\nSLP: Marcus Bell, NPI: 1234048480"
            + SIG
        ),
    ),
    # ------------------------------------------------------------ not PHI (19)
    Spec(
        phi=False,
        category="HTML-only late talkers parent workshop flyer",
        notes="Community workshop flyer on late talkers; no individual child.",
        frm=f"Bright Voices <events@{BVS}>",
        to="events@fenwickpubliclibrary.org",
        subject="Flyer for your bulletin: Late Talkers workshop",
        body="",
        html=(
            "<html><body><h2>Is my toddler a late talker?</h2><p>Free parent workshop, Saturday April 4, "
            "10:30 AM, Fenwick Public Library. Learn milestones, play-based tips, and when to ask for an "
            "evaluation.</p><p>Presented by Bright Voices Speech Therapy.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Blog post draft on stuttering myths",
        notes="Blog draft about stuttering facts; no individual.",
        frm=f"Allison Graves <agraves@{BVS}>",
        to="editor@fenwickparentmagazine.com",
        subject="Guest post draft - 5 myths about stuttering",
        body=(
            "Hi Dana, here's the draft:\n\n1. Stuttering is not caused by nervousness.\n2. It's not bad "
            "parenting.\n3. About 5% of children stutter at some point; most recover.\n4. Finishing a child's "
            "words doesn't help.\n5. Adults who stutter can be great public speakers.\n\n~600 words, happy to trim."
        ),
    ),
    Spec(
        phi=False,
        category="SLP bio listing dysphagia and aphasia expertise",
        notes="Hard negative: clinician bio naming disorders she treats; no patient.",
        frm=f"Office Manager <office@{BVS}>",
        to="profiles@ohiotherapistdirectory.com",
        subject="Profile update - Marcus Bell",
        body="Please update Marcus's profile: Marcus Bell, MA, CCC-SLP, treats adults with aphasia after stroke, dysphagia after head and neck cancer, Parkinson's-related voice changes (LSVT LOUD certified) and cognitive-communication disorders after TBI.",
    ),
    Spec(
        phi=False,
        category="Caseload statistics workbook (aggregate)",
        notes="Hard negative: multi-sheet XLSX with caseload counts by diagnosis group and payer; no clients.",
        frm=f"Office Manager <office@{BVS}>",
        to=f"owners@{BVS}",
        subject="Caseload snapshot March",
        body="Snapshot attached for the partners meeting.",
        atts=(
            Att(
                "caseload_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Group", "Active clients"],
                            ["Articulation/phonology", 64],
                            ["Language disorder", 41],
                            ["Autism", 28],
                            ["Fluency", 12],
                            ["Adult neuro", 19],
                            ["Dysphagia", 9],
                        ],
                        "By payer": [
                            ["Payer", "Clients"],
                            ["Medicaid", 71],
                            ["Commercial", 78],
                            ["Self-pay", 24],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="School contract invoice with hours only",
        notes="Hard negative: invoice to a school district for contracted SLP hours; no students named.",
        frm=f"Billing <billing@{BVS}>",
        to="accountspayable@fenwickcityschools.org",
        subject="Invoice BV-INV-0312 - contracted SLP services Feb",
        body="Invoice BV-INV-0312: 112.5 contracted hours at Maplewood and Lincoln elementary, February 2026, at $78/hr = $8,775.00. PO 26-0418. Net 30."
        + SIG,
    ),
    Spec(
        phi=False,
        category="CEU certificate with clinician ASHA number",
        notes="Hard negative: continuing-education certificate with clinician name and ASHA account number; not a patient identifier.",
        frm=f"Allison Graves <agraves@{BVS}>",
        to=f"office@{BVS}",
        subject="CEU cert for my file",
        body="For my personnel file - renewal is in June.",
        atts=(
            Att(
                "CEU_Graves.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT VOICES SPEECH THERAPY - CONTINUING EDUCATION RECORD",
                        "Participant: Allison Graves, MS, CCC-SLP   ASHA #: 14427719",
                        "Course: Treating Childhood Apraxia of Speech (DTTC), 1.2 ASHA CEUs",
                        "Completed: 03/07/2026",
                    ],
                    "CEU certificate",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinical fellow supervision schedule",
        notes="Internal supervision schedule for clinical fellows; no clients.",
        frm=f"Dr. Renee Falk <rfalk@{BVS}>",
        to=f"clinicalfellows@{BVS}",
        subject="CF supervision - spring schedule",
        body="Direct observations: Mon 9-11 (Priya), Wed 1-3 (Tom). Indirect meeting Fridays 8 am. Bring one video clip each week (consented families only, view in-office, never e-mail clips).",
    ),
    Spec(
        phi=False,
        category="Report template with placeholders",
        notes="Hard negative: DOCX report template using bracketed placeholders and no real data.",
        frm=f"Dr. Renee Falk <rfalk@{BVS}>",
        to=f"clinicians@{BVS}",
        subject="New eval report template",
        body="Please use this template from April 1.",
        atts=(
            Att(
                "eval_template_v3.docx",
                DOCX,
                docx(
                    [
                        "[Practice letterhead]",
                        "Client: [Child Name]   DOB: [MM/DD/YYYY]   Parent/Guardian: [Name]",
                        "Reason for referral: [text]",
                        "Standardized testing: [test name] [standard score] [percentile]",
                        "Diagnosis: [ICD-10 code and description]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="AAC loaner inventory CSV with device serials",
        notes="Hard negative: inventory of loaner AAC devices by serial and shelf status, not assigned to named clients.",
        frm=f"Office Manager <office@{BVS}>",
        to="loans@aacmentorlibrary.org",
        subject="Loaner inventory reconciliation",
        body="Our count of your loaner devices is attached; 2 are out for repair.",
        atts=(
            Att(
                "loaner_inventory.csv",
                "text/csv",
                (
                    "device,serial,status\nTobii I-13,TI13-0047712,on shelf\nAccent 1000,AC1K-55120,on shelf\n"
                    "NovaChat 8,NC8-20931,out for repair\niPad + TouchChat,IPD-77181,out for repair\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Telehealth vendor BAA renewal",
        notes="Hard negative: business associate agreement renewal discussion with a vendor; no patient data.",
        frm=f"Office Manager <office@{BVS}>",
        to="contracts@teletherapyroom.com",
        subject="BAA renewal - countersigned",
        body=(
            "Hi Sam,\n\nAttached is our countersigned business associate agreement for 2026-2028. A few notes "
            "from our review, for your legal team:\n\n1. Breach notification stays at 10 calendar days from "
            "discovery (section 4.2) - we did not accept the proposed 30.\n2. Session recordings remain "
            "disabled for our account; please confirm that is still the default after the platform update.\n"
            "3. Please confirm in writing that the new data center region is US-only and that subcontractors "
            "(the transcription add-on in particular) are covered by your own downstream BAAs.\n4. On "
            "termination, return or destruction of data within 30 days with a certificate.\n\nOnce I have "
            "your confirmation on 2 and 3 I will file the agreement and renew the subscription for our 11 "
            "clinician seats.\n\nThanks, Gail Hendricks\nOffice Manager / Privacy Officer" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA quiz with obviously fictional patient",
        notes="Hard negative: training quiz TXT using a declared fictional client; no real person.",
        frm=f"Office Manager <office@{BVS}>",
        to=f"allstaff@{BVS}",
        subject="Annual privacy quiz (10 min)",
        body="Quiz attached - answers due Friday. All names in the scenarios are invented.",
        atts=(
            Att(
                "privacy_quiz_2026.txt",
                "text/plain",
                (
                    "Q1. A parent e-mails asking for her child's notes. Can you reply by plain e-mail? (a) yes (b) only with her request on file (c) never\n"
                    "Q2. Scenario (fictional): 'Test Client Bobby Example' shows up in a group text. What do you do?\n"
                    "Q3. Which of these is NOT PHI: (a) a child's name + diagnosis (b) clinic hours (c) a video of a session\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IDDSI diet in-service invitation",
        notes="ICS for a staff in-service on IDDSI diet levels; no patients.",
        frm=f"Marcus Bell <mbell@{BVS}>",
        to="staffdev@willowcreeknursing.com",
        subject="In-service: IDDSI levels for CNAs",
        body="Happy to run this for your day and evening shifts. I'll bring the flow-test syringes.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bright Voices//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bv-iddsi-0324@brightvoicesspeech.com\r\nDTSTAMP:20260316T160000Z\r\n"
            "DTSTART:20260324T190000Z\r\nDTEND:20260324T200000Z\r\nSUMMARY:IDDSI diet levels in-service\r\n"
            "LOCATION:Willow Creek, training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate aphasia group outcomes for conference",
        notes="Hard negative: PDF abstract with group-level aphasia outcomes (n=14); no individuals.",
        frm=f"Marcus Bell <mbell@{BVS}>",
        to="abstracts@ohiospeechhearing.org",
        subject="Poster abstract submission",
        body="Abstract attached for the fall convention.",
        atts=(
            Att(
                "abstract_aphasia_group.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT VOICES SPEECH THERAPY - POSTER ABSTRACT",
                        "Community aphasia conversation group: 12-month outcomes (n=14)",
                        "Mean WAB-R AQ change +6.2 (SD 3.1); ALA-2 quality-of-life gain in 11 of 14 participants.",
                        "Attendance 82%. No identifying data are presented.",
                    ],
                    "Abstract",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface spec with placeholder segment",
        notes="Hard negative: HL7 sample with placeholder values for an EHR interface spec; no real patient.",
        frm=f"Office Manager <office@{BVS}>",
        to="integration@therapynotes-bridge.com",
        subject="Inbound referral interface - sample",
        body="Our sample inbound message with placeholders, as requested in the spec review.",
        atts=(
            Att(
                "sample_ref.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|REFSRC|SAMPLE|BVST|BRIGHTVOICES|20260101000000||REF^I12|SAMPLE01|T|2.5.1\r"
                    "PID|1||<MRN>^^^<FACILITY>^MR||<LAST>^<FIRST>||<YYYYMMDD>|<SEX>\r"
                    "RF1|<STATUS>|<PRIORITY>|<REFERRAL TYPE>\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to job applicant's gmail",
        notes="Reply to a job applicant about an interview; no health information.",
        frm=f"Office Manager <office@{BVS}>",
        to="taylor.nguyen.slp@gmail.com",
        subject="RE: Clinical Fellow position",
        body="Hi Taylor,\n\nThanks for applying! We'd love to meet you Thursday at 11 or Friday at 2 - whichever suits. Bring a writing sample (a de-identified report is fine).\n\nGail"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Payer fee schedule CSV for therapy codes",
        notes="Hard negative: CSV of contracted rates per CPT code; codes but no patients.",
        frm=f"Billing <billing@{BVS}>",
        to="provider-relations@buckeyemutualhealth.com",
        subject="Proposed 2026 rates",
        body="Our proposed rates for the renewal are attached.",
        atts=(
            Att(
                "rates_2026.csv",
                "text/csv",
                (
                    "cpt,description,current,proposed\n92507,Speech/language treatment,88.00,96.00\n"
                    "92523,Speech sound and language eval,210.00,228.00\n92526,Swallowing treatment,92.00,101.00\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Holiday closure notice to families list",
        notes="General closure notice to all families; no individual.",
        frm=f"Front Desk <frontdesk@{BVS}>",
        to=f"families@lists.{BVS}",
        subject="Closed Friday April 3",
        body="Bright Voices will be closed Friday, April 3. Teletherapy sessions that day will be rescheduled by your clinician. Have a restful weekend!",
    ),
    Spec(
        phi=False,
        category="Generic home practice packet zip to school district",
        notes="Hard negative: zip of generic speech-sound practice sheets for the district's resource page; not tied to any child.",
        frm=f"Allison Graves <agraves@{BVS}>",
        to="slp.team@fenwickcityschools.org",
        subject="Free /s/ and /r/ practice sheets for your parent page",
        body="As promised at the district meeting - generic sheets you can post for all families.",
        atts=(
            Att(
                "practice_sheets.zip",
                "application/zip",
                zipped(
                    {
                        "s_words_initial.txt": "sun, sock, soap, sip, seal, saw, sandwich",
                        "r_words_initial.txt": "red, rock, rabbit, rain, road, ring, rocket",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician NPI update to payer",
        notes="Hard negative: SLP's NPI and taxonomy update for payer enrollment; provider identifier only.",
        frm=f"Billing <billing@{BVS}>",
        to="enrollment@buckeyemutualhealth.com",
        subject="Add rendering provider - Priya Sethi, CF-SLP",
        body="Please add Priya Sethi, MS, CF-SLP as a rendering provider under group NPI: 1622926776. Individual NPI: 1558293043. Taxonomy 235Z00000X. Start date 04/01/2026."
        + SIG,
    ),
]
