"""Tallgrass Child Advocacy Center (forensic interviews, medical exams, trauma therapy, advocacy) (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nTallgrass Child Advocacy Center\n88 Prairie Gate Road, Harlan Springs OH 43101 | 555-0170"
)
CONF = (
    "\n\nThis e-mail and any attachments may contain confidential information, including information protected by "
    "ORC 2151.421 and HIPAA. If you are not the intended recipient, do not read, copy or forward it."
)

MESSAGES = [
    Spec(
        phi=True,
        category="forensic medical exam summary to prosecutor",
        notes="Exam summary to assistant prosecutor names the child, the sexual abuse medical exam date and findings.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="apa.whitford@harlancountyprosecutor.gov",
        subject="Exam summary - State v. Greer",
        body=(
            "Ms. Whitford,\n\nAs requested, summary of the medical evaluation of Lily Carver (age 9) performed March 12, 2026 at Tallgrass:\n"
            "- Anogenital exam: healed transection of the hymen at 6 o'clock, consistent with prior penetrating trauma.\n"
            "- STI testing: NAAT chlamydia/gonorrhea negative; HIV and syphilis serology pending.\n"
            "- Diagnosis recorded: T74.22XA child sexual abuse, confirmed.\n\nFull report to follow by secure fax.\n\nCorinne Vasquez, MSN, SANE-P"
            + SIG
            + CONF
        ),
    ),
    Spec(
        phi=False,
        category="forensic nurse CV for court qualification",
        notes="Hard negative: forensic nurse's CV for expert qualification listing her NPI and the exam types she performs; no patient.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="apa.whitford@harlancountyprosecutor.gov",
        subject="My CV for the voir dire",
        body=(
            "Attached and below, the summary you asked for.\n\nCorinne Vasquez, MSN, RN, SANE-P. NPI 1673409250. Performed over 900 pediatric sexual "
            "abuse and physical abuse evaluations since 2014; trained in colposcopy, photo-documentation, STI testing and HIV nPEP in children. "
            "Testified 41 times in Harlan and Marlow counties."
        ),
        atts=(
            Att(
                "Vasquez_CV_2026.docx",
                DOCX,
                docx(
                    [
                        "CORINNE VASQUEZ, MSN, RN, SANE-P",
                        "Tallgrass Child Advocacy Center, Medical Director of Nursing, 2018-present",
                        "Certifications: SANE-P (IAFN), PALS",
                        "Publications: Photo-documentation in pediatric sexual abuse exams, J Forensic Nurs 2022",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of exam photographs to detective",
        notes="Hard positive: password-protected zip of a named child's injury photos sent to a detective; the body names the child and exam.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="det.marsh@harlanspringspd.org",
        subject="Photos - case 26-00417",
        body="Det. Marsh, photo-documentation from Mason Tolliver's physical abuse exam on 3/13 (bruising, back and thighs). Password will come by phone, not email.\n\nCorinne"
        + CONF,
        atts=(
            Att(
                "26-00417_photos.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "index.txt": "Mason Tolliver, DOB 2020-05-19. 14 images: patterned bruising back (loop marks), bilateral posterior thighs. Exam 2026-03-13.",
                        "IMG_0001.txt": "placeholder for image",
                    },
                    "Tg-26-417!x",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="annual report statistics workbook to board",
        notes="Hard negative: multi-sheet XLSX of annual case counts by abuse type, age band and county; aggregate only.",
        frm='"Evelyn Marchbanks, Executive Director" <emarchbanks@tallgrasscac.org>',
        to="board@tallgrasscac.org",
        subject="2025 statistics for the annual report",
        body="Board members, final 2025 numbers attached for review before Thursday. We served 734 children, 12% more than 2024.",
        atts=(
            Att(
                "CAC_stats_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By type": [
                            ["Allegation", "Children"],
                            ["Sexual abuse", 468],
                            ["Physical abuse", 171],
                            ["Witness to violence", 62],
                            ["Neglect", 33],
                        ],
                        "By age": [
                            ["Age band", "Children"],
                            ["0-5", 190],
                            ["6-11", 301],
                            ["12-17", 243],
                        ],
                        "By county": [
                            ["County", "Children"],
                            ["Harlan", 402],
                            ["Marlow", 219],
                            ["Fenwick", 113],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="TF-CBT progress letter to caseworker",
        notes="Therapy progress letter naming the child, PTSD diagnosis and TF-CBT sessions to county caseworker.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="k.brandt@fenwickcountyjfs.gov",
        subject="Progress update - Aaliyah Booker",
        body=(
            "Karen,\n\nAaliyah Booker (11) has completed 9 of 12 TF-CBT sessions for PTSD related to the November disclosure. Nightmares have decreased "
            "from nightly to about once a week; she completed her trauma narrative last week. Her foster mother, Mrs. Pryor, attends conjoint sessions. "
            "I recommend continuing through May.\n\nNoor Haddad, LISW-S" + SIG + CONF
        ),
    ),
    Spec(
        phi=False,
        category="forensic interviewer training with fictional case",
        notes="Hard negative: peer review training exercise using a clearly fictional child ('Sam', composite case) and interview transcript excerpt.",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="fi-peer-review@ohiocacnetwork.org",
        subject="Peer review packet - composite case for April",
        body=(
            "For April's peer review we'll use a composite training case (fictional, assembled from several old interviews, no real child):\n\n"
            "'Sam', age 6, disclosed to a teacher that 'uncle hurt my pee-pee'. Practise the transition from rapport to substantive phase "
            "without leading questions. Transcript excerpt attached.\n\nGideon"
        ),
        atts=(
            Att(
                "composite_case_transcript.txt",
                "text/plain",
                "TRAINING COMPOSITE - FICTIONAL\nINT: Tell me about a time you had fun.\nSAM: My birthday.\nINT: Tell me everything about your birthday...\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="victim compensation application with SSN",
        notes="Victim compensation application packet naming the child, SSN, counseling costs and abuse-related therapy.",
        frm='"Tamsin Ogle, Victim Advocate" <togle@tallgrasscac.org>',
        to="crimevictims@ohioag-claims.gov",
        subject="Application - minor victim, counseling expenses",
        body=(
            "Attached is a crime victims compensation application for a minor victim.\n\nVictim: Jordan Keel, DOB 04/11/2014, SSN 417-62-3308\n"
            "Expenses: 16 trauma therapy sessions at Tallgrass ($2,240), psychiatric evaluation ($410).\nParent/applicant: Shawna Keel, 555-0183.\n\nTamsin Ogle"
            + SIG
        ),
        atts=(
            Att(
                "Keel_application.pdf",
                "application/pdf",
                pdf(
                    [
                        "TALLGRASS CHILD ADVOCACY CENTER",
                        "Crime Victims Compensation - supporting invoice",
                        "Client: Jordan Keel   DOB 04/11/2014",
                        "Trauma therapy (90837) x16 = $2,240.00",
                        "Psychiatric diagnostic evaluation (90792) x1 = $410.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="media inquiry declining comment",
        notes="Hard negative: reply to a reporter declining to confirm whether a child in a named news case was seen; discloses nothing about care.",
        frm='"Evelyn Marchbanks, Executive Director" <emarchbanks@tallgrasscac.org>',
        to="newsdesk@harlancourier.com",
        subject="RE: Request for comment - Rt. 9 daycare investigation",
        body=(
            "Mr. Duffy,\n\nTallgrass never confirms or denies whether any child has been seen at our center. Questions about the investigation "
            "should go to the Harlan Springs Police Department. I'm happy to talk generally about how CACs work for a background piece.\n\nEvelyn Marchbanks"
        ),
    ),
    Spec(
        phi=True,
        category="reply to foster mother about HIV PEP follow-up labs",
        notes="Reply to foster mother's gmail naming the child, nPEP course and repeat HIV test date.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="dana.pryor.fosterhome@gmail.com",
        subject="RE: Aaliyah's medicine",
        body=(
            "Hi Dana,\n\nYes, Aaliyah should finish all 28 days of the PEP medicine (last dose March 27) even if her stomach is upset; give it with food. "
            "Her 6-week HIV test is April 24 at 9:00 here. Call me if she vomits within an hour of a dose.\n\nCorinne"
            + SIG
            + "\n\n> Does she really have to keep taking it? She says it makes her sick."
        ),
    ),
    Spec(
        phi=False,
        category="donor receipt to personal mailbox",
        notes="Donation receipt to a donor's yahoo address; no health information.",
        frm="Tallgrass Development <giving@tallgrasscac.org>",
        to="h.vandermolen@yahoo.com",
        subject="Thank you for your gift",
        body="Dear Mr. and Mrs. Vandermolen,\n\nThank you for your gift of $250 on March 14, 2026. No goods or services were provided in exchange. Tallgrass is a 501(c)(3), EIN 31-4471902.\n\nWith thanks,\nTallgrass Development",
    ),
    Spec(
        phi=True,
        category="MDT case review workbook with child names and services",
        notes="Hard positive: multi-sheet MDT case review workbook with children's names, exam and therapy status; body says only 'agenda'.",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="mdt-harlan@harlancountyjfs.gov",
        subject="Agenda for Wednesday",
        body="Agenda for Wednesday's case review attached. 7 cases. Please bring updates.",
        atts=(
            Att(
                "MDT_agenda_0318.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Case", "Child", "Age", "Interview", "Medical", "Therapy"],
                            [
                                "26-00417",
                                "Mason Tolliver",
                                5,
                                "3/13",
                                "exam done - bruising",
                                "waitlist",
                            ],
                            [
                                "26-00388",
                                "Lily Carver",
                                9,
                                "3/10",
                                "exam 3/12 - positive findings",
                                "TF-CBT intake 3/24",
                            ],
                        ],
                        "Follow-up": [
                            ["Case", "Item"],
                            ["26-00388", "HIV/syphilis serology pending"],
                            ["26-00417", "skeletal survey ordered at Bramblewood"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="MDT protocol document with field list",
        notes="Hard negative: MDT protocol DOCX listing what fields a case tracking form holds (child name, DOB, exam date); policy text only.",
        frm='"Evelyn Marchbanks, Executive Director" <emarchbanks@tallgrasscac.org>',
        to="mdt-partners@harlancountyjfs.gov",
        subject="2026 MDT protocol - final for signatures",
        body="Attached is the final 2026 interagency protocol. Please return signature pages by April 15.",
        atts=(
            Att(
                "MDT_protocol_2026.docx",
                DOCX,
                docx(
                    [
                        "HARLAN COUNTY MULTIDISCIPLINARY TEAM PROTOCOL 2026 - TALLGRASS CHILD ADVOCACY CENTER",
                        "Section 6: Case tracking. The tracking form records: child name, date of birth, case number, referral source, interview date, medical exam date, therapy referral.",
                        "Section 7: Medical evaluations are offered to every child within 72 hours of an acute sexual assault.",
                        "Section 9: Information sharing among MDT members is limited to the minimum necessary.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="psychiatric referral with PTSD and medication",
        notes="Referral to a child psychiatrist naming a teen with PTSD, self-harm and current sertraline.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="intake@prairiechildpsychiatry.com",
        subject="Referral - medication evaluation",
        body=(
            "Hello,\n\nReferring Elijah Strand, 15, DOB 02/28/2011, for medication evaluation. Dx PTSD (F43.10) after physical abuse by stepfather; "
            "started sertraline 25 mg via PCP in January with partial response; two superficial self-harm episodes in February. "
            "Mother Carla Strand (555-0149) holds custody. Signed release attached.\n\nNoor Haddad, LISW-S"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="child abuse prevention month event",
        notes="Pinwheel garden event invitation for Child Abuse Prevention Month; no individual.",
        frm="Tallgrass Community Outreach <outreach@tallgrasscac.org>",
        to="partners@harlanspringschamber.org",
        subject="Pinwheels for Prevention - April 2",
        body="Join us April 2 at 11 am on the courthouse lawn to plant 734 pinwheels, one for each child we served last year. Coffee from Prairie Bean.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tallgrass//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:pinwheels-20260402@tallgrasscac.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260402T150000Z\r\nDTEND:20260402T160000Z\r\n"
            "SUMMARY:Pinwheels for Prevention\r\nLOCATION:Harlan County Courthouse lawn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="medical exam appointment invite to parent",
        notes="Hard positive: invite to a mother's outlook where the body says only 'medical check-up'; the forensic abuse exam and child's full name are in the calendar part.",
        frm="Tallgrass Scheduling <scheduling@tallgrasscac.org>",
        to="renee.castellano84@outlook.com",
        subject="Appointment for Luca",
        body="Hi Renee, here's Luca's appointment for the medical check-up with our nurse after his interview. Please bring his Medicaid card.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tallgrass//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:med-castellano-20260320@tallgrasscac.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260320T140000Z\r\nDTEND:20260320T153000Z\r\n"
            "SUMMARY:Luca Castellano - forensic medical exam (SANE-P)\r\nLOCATION:Tallgrass CAC, Exam Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="law enforcement training invite",
        notes="Training invite for detectives on child forensic interviewing; no case.",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="training@harlanspringspd.org",
        subject="Observation room etiquette training - April 14",
        body="We're offering a 2-hour session for detectives on observation room etiquette, tech setup and how to pass questions to the interviewer. April 14, 1-3 pm.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tallgrass//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:le-training-20260414@tallgrasscac.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260414T170000Z\r\nDTEND:20260414T190000Z\r\n"
            "SUMMARY:LE observation room training\r\nLOCATION:Tallgrass CAC Conference Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded detective request with CAC reply on exam",
        notes="Reply forwarding a detective's request, confirming a named child's exam and STI treatment.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="det.ruiz@marlowcountysheriff.org",
        subject="RE: FW: Kenzie Albright exam?",
        body="Detective Ruiz, yes - Kenzie was examined 3/11. Trichomonas NAAT was positive and she was treated with metronidazole; I'll document chain of custody for the swabs. Report by secure fax.\n\nCorinne"
        + CONF,
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Det. Alma Ruiz <det.ruiz@marlowcountysheriff.org>",
            to="intake@tallgrasscac.org",
            subject="Kenzie Albright exam?",
            body="Was Kenzie Albright (DOB 8/2/2012) seen for a medical exam yet? Need to know before the suspect interview Thursday.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded accreditation reminder",
        notes="Forward of NCA accreditation site visit reminder; no children.",
        frm='"Evelyn Marchbanks, Executive Director" <emarchbanks@tallgrasscac.org>',
        to="leadership@tallgrasscac.org",
        subject="FW: Site visit confirmation",
        body="Team - site visit is confirmed. Gideon, please have peer review minutes ready; Corinne, the medical standard binder.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Accreditation <accreditation@nationalcac-standards.org>",
            to="emarchbanks@tallgrasscac.org",
            subject="Site visit confirmation",
            body="Your re-accreditation site visit is confirmed for May 6-7, 2026. Reviewers will examine the 10 standards.",
        ),
    ),
    Spec(
        phi=True,
        category="photo of injuries named after child",
        notes="Hard positive: PNG attachment named with the child's name and 'burn marks' sent to hospital child abuse pediatrician; body says only 'for your consult'.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="childprotection@bramblewoodchildrens.org",
        subject="for your consult",
        body="For your consult tomorrow. Thanks.",
        atts=(
            Att("Ortega_Bianca_cigarette_burns_forearm.png", "image/png", png(8, 6, (150, 90, 80))),
        ),
    ),
    Spec(
        phi=False,
        category="interview room camera serial numbers to vendor",
        notes="Hard negative: equipment service request listing camera serial numbers (device IDs of equipment, not patients).",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="service@veritasrecording.com",
        subject="Service request - interview room 2 cameras",
        body="Interview Room 2 camera A (SN VR4K-22918-B) drops audio after 40 min; camera B (SN VR4K-22931-B) fine. Under warranty through 2027. Can you send a tech next week? Recordings are stored locally; no access needed.",
    ),
    Spec(
        phi=True,
        category="school notification of therapy absences",
        notes="Hard positive: short note to a school counselor saying a named student comes to the CAC for counseling on Tuesdays; being a client of a CAC therapist is health care.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="counselor@marlowelementary.org",
        subject="Ethan Brooks - Tuesday absences",
        body="Hi Mr. Lutz, Ethan Brooks (4th grade) has weekly counseling with me on Tuesdays at 1:00, so he'll leave at 12:30 through May. His mom signed a release so we can coordinate. Thanks! Noor",
    ),
    Spec(
        phi=False,
        category="job posting forensic interviewer",
        notes="Hard negative: job posting describing sexual abuse interviews; no individual.",
        frm="Tallgrass HR <hr@tallgrasscac.org>",
        to="postings@ohionpjobs.org",
        subject="Job: Forensic Interviewer (bilingual preferred)",
        body="Tallgrass CAC is hiring a full-time Forensic Interviewer to conduct developmentally appropriate interviews of children alleging sexual and physical abuse. ChildFirst or NCAC training within 6 months. Spanish preferred. $54-61k. Apply by April 10.",
    ),
    Spec(
        phi=True,
        category="headerless therapy attendance table to court CASA",
        notes="Hard positive: headerless table of children's names, session numbers and no-shows sent to a CASA volunteer supervisor.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="supervisor@harlancasa.org",
        subject="attendance for the Pike kids",
        body="As requested for the review hearing:\n\nPike, Hunter   | 8  | sessions 1-7 attended | 3/10 no-show\nPike, Aubree   | 5  | play therapy 1-5 attended |\nPike, Colt     | 12 | TF-CBT 1-4, refused 3/3 |\n\nNoor",
    ),
    Spec(
        phi=False,
        category="volunteer background check reminder to personal email",
        notes="Reminder to a volunteer applicant's gmail about fingerprinting; no health info.",
        frm="Tallgrass Volunteers <volunteer@tallgrasscac.org>",
        to="marcy.ellingwood@gmail.com",
        subject="Next step: fingerprinting",
        body="Hi Marcy,\n\nThanks for applying to be a Tallgrass volunteer! Next step: BCI and FBI fingerprinting at the Harlan Springs library (Tues/Thurs 10-2). Bring a photo ID and the code TG-VOL-26. Then orientation!\n\nKendra"
        + SIG,
    ),
    Spec(
        phi=True,
        category="caregiver referral with Medicare MBI",
        notes="Referral of a grandmother caregiver for her own depression counseling, with her Medicare MBI; identifiable adult plus treatment.",
        frm='"Tamsin Ogle, Victim Advocate" <togle@tallgrasscac.org>',
        to="intake@harlanseniorbh.org",
        subject="Caregiver referral",
        body=(
            "Hello,\n\nReferring Doris Pike, 71, grandmother and kinship caregiver of three children in our program. She reports depressed mood, "
            "poor sleep and passive thoughts of 'not wanting to be here' since taking the children. Medicare MBI: 4TG7-HW2-KD83. "
            "Phone 555-0108. She prefers morning appointments.\n\nTamsin Ogle, Victim Advocate"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization request for play therapy",
        notes="Prior authorization request to a Medicaid plan with member ID, child's name and PTSD diagnosis for play therapy sessions.",
        frm="Tallgrass Finance <finance@tallgrasscac.org>",
        to="priorauth@buckeyecaremco.com",
        subject="PA request - 12 sessions 90837",
        body=(
            "Prior authorization request\n\nMember: Aubree Pike, DOB 2020-09-18, Member ID OHM772014539\nDx: F43.10 PTSD; Z62.810 history of physical abuse in childhood\n"
            "Requested: 12 sessions CPT 90837 (child-parent psychotherapy / play therapy), 3/20-6/30/2026\nRendering: Noor Haddad, LISW-S, NPI 1439852769\n\nPlease fax determination to 555-0171."
        ),
    ),
    Spec(
        phi=True,
        category="records release letter to defense attorney",
        notes="Cover letter and PDF of a child's therapy records released under subpoena to defense counsel.",
        frm="Records Custodian <records@tallgrasscac.org>",
        to="jlevering@leveringdefense.com",
        subject="Subpoena response - Case 25CR0812",
        body="Per the court's in-camera order of March 9, enclosed are the records limited to dates 10/1/2025-1/31/2026. Further disclosure prohibited."
        + CONF,
        atts=(
            Att(
                "25CR0812_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "TALLGRASS CHILD ADVOCACY CENTER - RECORDS RELEASE",
                        "Client: Sienna Holloway   DOB 07/15/2012",
                        "10/03/2025 Intake assessment: PTSD symptoms, enuresis, school refusal.",
                        "11/14/2025 TF-CBT session 4: psychoeducation on body safety.",
                        "01/22/2026 Session 10: trauma narrative begun.",
                    ],
                    "Records release",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate CSV for state CAC chapter",
        notes="Hard negative: CSV of quarterly counts of forensic interviews and medical exams for the state chapter; aggregate, small cells suppressed.",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="data@ohiocacnetwork.org",
        subject="Q4 2025 data submission",
        body="Q4 data attached in the chapter template.",
        atts=(
            Att(
                "tallgrass_Q4_2025.csv",
                "text/csv",
                "measure,oct,nov,dec\nforensic_interviews,61,58,49\nmedical_exams,22,19,17\nacute_exams_72h,<5,<5,<5\nmental_health_referrals,40,37,33\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject line to advocate",
        notes="Hard positive: subject names the teen and her chlamydia treatment follow-up; body is generic scheduling.",
        frm='"Corinne Vasquez, MSN, SANE-P" <cvasquez@tallgrasscac.org>',
        to="advocate.team@harlanfamilyjustice.org",
        subject="Ruby Mendenhall - chlamydia test-of-cure follow-up",
        body="Can your advocate bring her Tuesday at 3? She needs a ride. Thanks.",
    ),
    Spec(
        phi=False,
        category="secondary trauma staff notice",
        notes="Hard negative: staff wellness notice about secondary traumatic stress; mentions 'difficult cases' with no child.",
        frm='"Evelyn Marchbanks, Executive Director" <emarchbanks@tallgrasscac.org>',
        to="allstaff@tallgrasscac.org",
        subject="Resilience hour + EAP reminder",
        body="After a heavy month of infant cases, we're adding a monthly resilience hour (first Friday, 3 pm, yoga room). EAP is free and confidential: 555-0190.",
    ),
    Spec(
        phi=True,
        category="zip discovery packet to prosecutor",
        notes="Hard positive: the child's name, disclosure and exam result are only inside the zip members; the body gives just a case number.",
        frm='"Gideon Pratt, Forensic Interview Coordinator" <gpratt@tallgrasscac.org>',
        to="discovery@marlowcountyprosecutor.gov",
        subject="Discovery packet 26-00352",
        body="Discovery packet for 26-00352 attached. Recording is on the encrypted drive picked up by Investigator Lane.",
        atts=(
            Att(
                "26-00352_packet.zip",
                "application/zip",
                zipped(
                    {
                        "interview_log.txt": "Child: Brayden Fultz, age 7. Interview 02/26/2026 10:02-10:48, interviewer G. Pratt. Disclosure: yes.",
                        "medical_summary.txt": "Exam 02/26/2026: normal anogenital exam (does not rule out abuse). Counseling referral accepted.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of prevention curriculum to school district",
        notes="Zip of body-safety curriculum lessons for elementary schools; no child.",
        frm="Tallgrass Community Outreach <outreach@tallgrasscac.org>",
        to="curriculum@marlowschools.org",
        subject="Body safety lessons K-5",
        body="Attached are the K-5 body safety lessons we'll teach in April. Parent opt-out letter is included.",
        atts=(
            Att(
                "body_safety_K5.zip",
                "application/zip",
                zipped(
                    {
                        "K-2_lesson.txt": "Your body belongs to you. Safe and unsafe touches. Tell a trusted grown-up.",
                        "3-5_lesson.txt": "Secrets vs surprises. Online safety. Who are your trusted adults?",
                        "optout_letter.txt": "Dear families, in April Tallgrass educators will teach body safety lessons...",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only portal reminder to teen's personal mailbox",
        notes="HTML-only reminder to a teen's icloud about her therapy session and safety plan at the CAC.",
        frm="Tallgrass Client Portal <portal@tallgrasscac.org>",
        to="kenzie.albright12@icloud.com",
        subject="See you Thursday",
        body="",
        html="<html><body><p>Hi Kenzie,</p><p>Reminder: your counseling session with Noor is <b>Thursday 3/19 at 4:00</b>. Remember your safety plan: call 988 or your aunt if the bad thoughts come back.</p><p>Tallgrass Child Advocacy Center</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only gala invitation",
        notes="HTML-only gala invitation to donors; no individual health info.",
        frm="Tallgrass Development <giving@tallgrasscac.org>",
        to="donors@lists.tallgrasscac.org",
        subject="You're invited: Light the Prairie Gala",
        body="",
        html="<html><body><h1>Light the Prairie Gala</h1><p>Saturday, May 16, Harlan Springs Country Club. Every ticket funds forensic interviews, medical exams and therapy for children in our three counties.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="interpreter request for child's therapy intake",
        notes="Interpreter request names the child, her mother and a trauma therapy intake.",
        frm="Tallgrass Scheduling <scheduling@tallgrasscac.org>",
        to="requests@prairielanguagelink.com",
        subject="Karen interpreter - 3/24",
        body="Please schedule a Karen (Sgaw) interpreter Tue 3/24 10:00-11:30 for a trauma therapy intake: child Paw Htoo, 10, and her mother Naw Eh Say. Same-interpreter continuity for future sessions if possible.",
    ),
    Spec(
        phi=False,
        category="grant budget spreadsheet",
        notes="Multi-sheet grant budget workbook (personnel, supplies); no clients.",
        frm="Tallgrass Finance <finance@tallgrasscac.org>",
        to="vocagrants@ohioag-claims.gov",
        subject="VOCA FY27 budget workbook",
        body="Budget workbook for the FY27 VOCA application attached.",
        atts=(
            Att(
                "VOCA_FY27_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Position", "FTE", "Salary"],
                            ["Forensic Interviewer", 1.0, 57000],
                            ["Therapist", 2.0, 124000],
                            ["SANE-P", 0.5, 42000],
                        ],
                        "Operating": [
                            ["Item", "Cost"],
                            ["Colposcope maintenance", 3800],
                            ["Interpreter services", 9500],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text file export of waitlist to partner therapist",
        notes="Hard positive: plain-text waitlist export with children's initials, ages, phone numbers and diagnoses sent to a partner agency.",
        frm='"Noor Haddad, LISW-S" <nhaddad@tallgrasscac.org>',
        to="intake@riverbendfamilycounseling.com",
        subject="waitlist overflow",
        body="As agreed, our overflow list for your TF-CBT slots. Families consented to transfer.",
        atts=(
            Att(
                "waitlist_overflow.txt",
                "text/plain",
                "M.T.  5  555-0121 (Tolliver, grandmother)  physical abuse, PTSD sx\nJ.R.  12  555-0126 (Rourke, aunt)  sexual abuse, depression\nL.C.  9  555-0135 (Carver, mother)  sexual abuse, enuresis\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="resource list for families to personal mailbox",
        notes="Hard negative: general community resource list sent to a partner advocate's personal hotmail; no client named.",
        frm='"Tamsin Ogle, Victim Advocate" <togle@tallgrasscac.org>',
        to="carla.benning.advocate@hotmail.com",
        subject="The resource list you asked for",
        body="Hi Carla, here's our general resource list for families: Harlan food pantry (Mon/Wed), legal aid protective orders 555-0160, 988 crisis line, Riverbend Family Counseling sliding scale, Safe Harbor shelter 24/7 line 555-0199. Good to meet you at the coalition lunch!",
    ),
]
