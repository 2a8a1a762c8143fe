"""holdout26: ClearMind EAP (counseling, referrals, manager consults), 15 PHI + 15 not."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import CM, HF, Att, Spec

INTAKE = f"ClearMind EAP Intake <intake@{CM}>"
SIG_LW = (
    "\n\nLauren Whitcomb, LCSW\nEAP Counselor | ClearMind EAP\n1-800-555-0199 ext. 214\n"
    "clearmindeap.com\n"
)
SIG_NO = "\n\nNadia Farouk, PsyD\nClinical Director, ClearMind EAP\n"
CONF = (
    "\n\n--\nThis e-mail may contain information protected under 42 CFR Part 2 and HIPAA. "
    "If you are not the intended recipient, delete it and notify the sender.\n"
)

_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "cm-26-04633",
                    "name": [{"family": "Raghunathan", "given": ["Priya"]}],
                    "birthDate": "1989-05-21",
                    "telecom": [{"system": "phone", "value": "209-555-0176"}],
                }
            },
            {
                "resource": {
                    "resourceType": "ServiceRequest",
                    "status": "active",
                    "intent": "order",
                    "subject": {"reference": "Patient/cm-26-04633"},
                    "code": {"text": "Outpatient psychotherapy, EAP referral (sessions 4-6)"},
                    "reasonCode": [
                        {
                            "coding": [
                                {
                                    "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                    "code": "F41.1",
                                    "display": "Generalized anxiety disorder",
                                }
                            ]
                        }
                    ],
                }
            },
        ],
    },
    indent=1,
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.14"/>\n'
    " <title>Referral Note - ClearMind EAP</title>\n"
    ' <recordTarget><patientRole><id extension="CM-26-04388" root="2.16.840.1.113883.3.9917"/>'
    "<patient><name><given>Gustavo</given><family>Herrera Lima</family></name>"
    '<administrativeGenderCode code="M"/><birthTime value="19760211"/></patient>'
    "</patientRole></recordTarget>\n"
    " <component><structuredBody><component><section><title>Reason for referral</title>"
    "<text>Major depressive disorder, recurrent, moderate (F33.1). PHQ-9 17 at intake on "
    "2026-10-12, 15 at session 3. Passive SI without plan; safety plan in place. Referred for "
    "psychiatric medication evaluation; EAP session limit reached.</text></section>"
    "</component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="EAP referral authorization to affiliate counselor",
        notes="Client name, case number, phone, presenting problem (grief) and authorized "
        "sessions sent to a network affiliate.",
        frm=INTAKE,
        to="Dr. Alana Brooks <abrooks@riverbendcounseling.com>",
        subject="New EAP authorization CM-26-04417",
        body="Dr. Brooks,\n\nThank you for accepting this referral.\n\n"
        "Client: Marisol Echeverría\nCase #: CM-26-04417\nEmployer: Harbor Foods Inc.\n"
        "Phone: (209) 555-0132 (ok to leave a message)\nPresenting concern: grief, loss of "
        "her father in September; sleep disruption; no SI reported at intake\n"
        "Authorized: 3 sessions, valid through 01/31/2027\n\nPlease submit the session "
        "verification form after the first visit." + CONF,
    ),
    Spec(
        phi=True,
        category="mandatory referral compliance update to manager",
        notes="Hard positive: no diagnosis, but it confirms a named employee attended an EAP "
        "intake and is following recommendations (participation in a health program).",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to=f"Marcus Bell <mbell@{HF}>",
        subject="Formal referral - compliance update",
        body="Hi Marcus,\n\nPer the signed release on file, this confirms that Jamal Okafor "
        "attended his EAP assessment on 11/10/2026 and is currently compliant with the "
        "recommendations made. I'll send the next compliance update in 30 days. No clinical "
        "details will be shared.\n" + SIG_LW,
    ),
    Spec(
        phi=True,
        category="session reminder to client's personal mailbox",
        notes="Hard positive: appointment for counseling to the client's gmail with first "
        "name and counselor; no diagnosis.",
        frm=f"ClearMind EAP <noreply@{CM}>",
        to="Deepak Varma <dvarma.home@gmail.com>",
        subject="Reminder: your counseling session Thursday",
        body="",
        html="<html><body><p>Hi Deepak,</p><p>This is a reminder of your ClearMind EAP "
        "counseling session with <b>Lauren Whitcomb, LCSW</b> on <b>Thursday, November 12 at "
        "5:30 PM</b> (video).</p><p><a href='https://video.clearmindeap.com/j/8841207'>Join "
        "your session</a></p><p>Need to reschedule? Call 1-800-555-0199.</p><p>Session 2 of "
        "6.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="substance use referral to intensive outpatient (Part 2)",
        notes="Client name, DOB, alcohol use disorder with AUDIT score, referral to IOP.",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to="Admissions <admissions@sierrarecoveryiop.com>",
        subject="Referral - IOP evaluation",
        body="Hello,\n\nI'm referring an EAP client for an IOP evaluation; he has agreed and "
        "signed a Part 2-compliant consent (attached on our portal).\n\nName: Tomasz Wieczorek"
        "\nDOB: 07/02/1981\nCell: 209-555-0188\nInsurance: Anthem PPO through employer\n\n"
        "AUDIT score 24; daily drinking ~10 drinks; one DUI in August; withdrawal tremor in "
        "the mornings, no seizure history. He'd prefer evening groups because of work.\n"
        + SIG_LW
        + CONF,
    ),
    Spec(
        phi=True,
        category="intake notes (TXT) with initials and DOB",
        notes="Hard positive: the TXT attachment has only initials, DOB and case number with "
        "clinical intake notes.",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to=f"Nadia Farouk <nfarouk@{CM}>",
        subject="consult for tomorrow's case review",
        body="Nadia, notes attached for the case I want to bring to review tomorrow. Let me "
        "know if you think I should refer out now rather than after session 3.",
        atts=(
            Att(
                "casereview_notes.txt",
                "text/plain",
                "Case CM-26-04502  Client K.T.  DOB 02/17/1994\n"
                "Intake 11/02/26. Referred by self. Employer: Harbor Foods (DC).\n"
                "Presenting: panic attacks 3-4x/week since Sept, avoidance of driving, "
                "EtOH to sleep 4-5 nights/wk.\nGAD-7 16, PHQ-9 11. Denies SI/HI.\n"
                "Plan: CBT for panic, sessions 2-3; consider referral to PCP re: SSRI.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="crisis call follow-up note to team",
        notes="Hard positive: initials, a phone number, safety plan and suicidal ideation "
        "screen; quiet internal note.",
        frm=f"Andre Nakamura <anakamura@{CM}>",
        to=f"Crisis Team <crisis-team@{CM}>",
        subject="after-hours callback done",
        body="Called K.T. back at 9:40 pm on 209-555-0161. Reviewed the safety plan, she "
        "denies SI tonight, sister is staying with her through the weekend. Warm handoff to "
        "Lauren for Monday 10 am. Documented in the case.\n\nAndre",
    ),
    Spec(
        phi=True,
        category="affiliate claims file (CSV) for payment",
        notes="Client names, case numbers, session dates and psychotherapy CPT codes in a CSV "
        "for affiliate payment.",
        frm=f"Network Payments <netpay@{CM}>",
        to="Billing <billing@riverbendcounseling.com>",
        subject="Remittance detail - October sessions",
        body="Attached is the remittance detail for the October sessions we paid on 11/6 "
        "(EFT trace 0044718202). Contact us within 60 days about any discrepancy.\n\n"
        "ClearMind Network Payments",
        atts=(
            Att(
                "riverbend_remit_2026-10.csv",
                "text/csv",
                "case_no,client_name,session_date,cpt,units,paid\n"
                "CM-26-03981,Shanice Robinson,2026-10-05,90834,1,95.00\n"
                "CM-26-03981,Shanice Robinson,2026-10-19,90834,1,95.00\n"
                "CM-26-04117,Gregory Pelletier,2026-10-08,90791,1,125.00\n"
                "CM-26-04230,Fatima Al-Sayed,2026-10-22,90847,1,110.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to network psychologist",
        notes="FHIR Bundle with Patient (name, DOB, phone) and ServiceRequest for "
        "generalized anxiety disorder.",
        frm=INTAKE,
        to="Referrals <referrals@oakviewbehavioral.com>",
        subject="Referral packet (FHIR) - session extension",
        body="Attached per our integration agreement. Please confirm receipt.",
        atts=(Att("referral_bundle.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="PHI only in subject line of a terse reply",
        notes="Hard positive: the subject names the client and his panic attacks; the body "
        "has nothing identifying.",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to=INTAKE,
        subject="Re: Hiroshi Tanabe - panic attacks, needs appt this wk",
        body="Got it, I'll call him this afternoon and put him on Wednesday.\n\nL",
    ),
    Spec(
        phi=True,
        category="forwarded thread: session extension with first name and ICD code",
        notes="Hard positive: quoted reply chain; a first name, an affiliate and an adjustment "
        "disorder code with session counts.",
        frm=f"Nadia Farouk <nfarouk@{CM}>",
        to="Dr. Alana Brooks <abrooks@riverbendcounseling.com>",
        subject="RE: extension request - Leticia",
        body="Dr. Brooks, approved: 2 additional sessions for Leticia (case CM-26-04091), "
        "through 12/31. After that please transition her to her health plan benefit.\n"
        + SIG_NO
        + "\n-----Original Message-----\nFrom: Alana Brooks\nSent: Monday, "
        "November 9, 2026 4:12 PM\nSubject: extension request - Leticia\n\nHi, requesting 2 "
        "more sessions for Leticia Montoya. Dx F43.23 adjustment disorder w/ mixed anxiety "
        "and depressed mood. Making progress but her custody hearing is 12/8 and I'd like to "
        "see her through it.\n",
    ),
    Spec(
        phi=True,
        category="case closure letter (PDF) to client's home",
        notes="Hard positive: the PDF letter has the client's name and home address and "
        "confirms EAP counseling; the body is generic.",
        frm=f"ClearMind EAP Records <records@{CM}>",
        to="Print Vendor <jobs@printpostmail.com>",
        subject="Mail job 11/09 - 1 letter",
        body="One letter for first class mail today, please. Standard #10 window envelope.",
        atts=(
            Att(
                "closure_letter_CM-26-03702.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARMIND EAP",
                        "November 9, 2026",
                        "Ms. Tatiana Volkova",
                        "3318 Brookside Rd, Apt 14",
                        "Stockton, CA 95219",
                        "Dear Ms. Volkova,",
                        "Your EAP counseling case has been closed after 6 sessions.",
                        "If your stress or sleep problems return you may call us again at any",
                        "time, or use your behavioral health benefit through your health plan.",
                    ],
                    "Case closure",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to client's mother at personal mailbox",
        notes="Hard positive: parent's hotmail, client's first name, counselor and next "
        "session time, with a signed release.",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to="Rosa Ibarra <rosaibarra62@hotmail.com>",
        subject="Re: release form",
        body="Hello Mrs. Ibarra,\n\nThank you, we received the release Tomás signed, so I "
        "can now talk with you about scheduling. His next session with Dr. Oyelaran is "
        "Tuesday 11/17 at 4:00 pm at our Pacific Ave office. He mentioned the anxiety is "
        "worse around exams, so the evening slot works best.\n\n> Attached is the release "
        "he signed. Please let me know when his next appointment is.\n> Rosa" + SIG_LW,
    ),
    Spec(
        phi=True,
        category="ZIP of affiliate audit case list",
        notes="Hard positive: only the zipped CSV carries client names, case numbers and "
        "presenting problems.",
        frm=f"Quality Team <quality@{CM}>",
        to="Dr. Alana Brooks <abrooks@riverbendcounseling.com>",
        subject="Annual affiliate chart audit - sample list",
        body="Hi Dr. Brooks,\n\nOur annual audit sample is attached. Please have the charts "
        "ready for the 12/3 visit.\n\nClearMind Quality",
        atts=(
            Att(
                "riverbend_audit_sample.zip",
                "application/zip",
                zipped(
                    {
                        "audit_sample.csv": "case_no,client,opened,presenting_issue\n"
                        "CM-26-02215,Kwame Asante,2026-05-11,marital conflict\n"
                        "CM-26-02870,Mei-Ling Chou,2026-07-02,work stress / insomnia\n"
                        "CM-26-03344,Darnell Whitaker,2026-08-19,cannabis use\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="intake calendar invite for counselor",
        notes="ICS invite naming the client and that it is a supervisor-referred EAP intake.",
        frm=INTAKE,
        to=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        subject="Intake: Esteban Garrido (supervisor referral)",
        body="Booked per your availability. Client prefers Spanish if possible.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ClearMind//Intake//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cm-intake-04655@clearmindeap.com\r\n"
        "DTSTAMP:20261109T170000Z\r\nDTSTART:20261113T220000Z\r\nDTEND:20261113T230000Z\r\n"
        "SUMMARY:EAP intake - Esteban Garrido (CM-26-04655)\r\n"
        "DESCRIPTION:Supervisor referral after conflict at work; anger/irritability since "
        "foot fracture.\r\nORGANIZER:mailto:intake@clearmindeap.com\r\n"
        "ATTENDEE:mailto:lwhitcomb@clearmindeap.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="C-CDA referral note to psychiatrist",
        notes="C-CDA document: client name, DOB, major depressive disorder, PHQ-9 and SI.",
        frm=f"Nadia Farouk <nfarouk@{CM}>",
        to="Dr. Imani Okeke <iokeke@valleypsychiatry.com>",
        subject="Referral for med eval",
        body="Dr. Okeke, thank you for taking this referral on short notice. The referral "
        "note is attached as a C-CDA for your EHR import." + SIG_NO,
        atts=(Att("referral_CM-26-04388.xml", "application/xml", _CCDA),),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="quarterly utilization report (aggregate) to client employer",
        notes="Hard negative: aggregate EAP utilization and presenting-issue percentages for "
        "an employer; no individual.",
        frm=f"Kendra Sloane <ksloane@{CM}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="Harbor Foods EAP utilization - Q3 2026",
        body="Hi Lisa,\n\nQ3 highlights (1,240 covered employees):\n\n"
        "- Utilization: 6.2% annualized (book of business 5.1%)\n"
        "- New cases: 19 counseling, 7 work-life, 3 legal/financial\n"
        "- Presenting issues: stress 31%, relationship 18%, depression 14%, anxiety 12%, "
        "substance use 6%, grief 5%\n- Manager consultations: 4; formal referrals: 2\n\n"
        "Cells under 5 are suppressed in the full PDF, so the department view shows only Plant 3 "
        "and DC.\n\nKendra Sloane\nAccount Manager, ClearMind EAP",
    ),
    Spec(
        phi=False,
        category="manager webinar invitation",
        notes="Hard negative: suicide-warning-signs and substance-use training topics for "
        "managers; no individual.",
        frm=f"ClearMind Training <training@{CM}>",
        to=f"People Leaders <people-leaders@{HF}>",
        subject="Webinar: When an employee is struggling (Dec 3)",
        body="",
        html="<html><body><h3>Supporting an employee in crisis</h3><p>Thursday Dec 3, "
        "11:00-11:45 PT</p><ul><li>Warning signs of depression and suicide risk</li>"
        "<li>What to say (and not say) when you smell alcohol on shift</li><li>How a formal "
        "EAP referral works and what you will and won't hear back</li></ul><p>Presenter: "
        "Nadia Farouk, PsyD</p><p><a href='https://clearmindeap.com/webinars/dec3'>Register"
        "</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="affiliate network recruitment posting",
        notes="Hard negative: job posting for counselors mentioning trauma, substance use "
        "and licences; no client.",
        frm=f"Network Development <network@{CM}>",
        to="Board <jobboard@camft-chapters.org>",
        subject="Affiliate counselors wanted - Central Valley",
        body="ClearMind EAP is expanding its affiliate network in San Joaquin, Stanislaus and "
        "Fresno counties. We're looking for LMFTs, LCSWs, LPCCs and psychologists with "
        "experience in brief solution-focused therapy, trauma, and substance use screening. "
        "Spanish, Hmong, Punjabi or Vietnamese speakers especially welcome. Telehealth OK. "
        "Rate $95/session, paid within 30 days.\n\nApply: network@clearmindeap.com",
    ),
    Spec(
        phi=False,
        category="critical incident response scheduling",
        notes="Hard negative: onsite group debrief after a workplace incident; no person "
        "identified.",
        frm=f"Andre Nakamura <anakamura@{CM}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="CISM onsite - Plant 3 Thursday",
        body="Lisa,\n\nFollowing Tuesday's serious incident on the dock, we'll have two "
        "counselors onsite Thursday:\n\n- 06:00-08:00 group debrief, training room B (1st "
        "shift)\n- 14:30-16:30 group debrief (2nd shift)\n- 1:1 drop-ins in the clinic "
        "conference room in between\n\nAttendance is voluntary; we don't take names or report "
        "who attends. Please put the EAP number on the break room screens.\n\nAndre Nakamura, "
        "LMFT\nCritical Incident Lead",
    ),
    Spec(
        phi=False,
        category="affiliate credentialing roster with licence numbers and NPIs",
        notes="Hard negative: provider names, licence numbers, NPIs and specialties; no client.",
        frm=f"Credentialing <credentialing@{CM}>",
        to="Provider Data <providerdata@pacificcrestbenefits.com>",
        subject="Affiliate roster update - November",
        body="Three affiliates added this month:\n\n"
        "1. Alana Brooks, PsyD - CA PSY 31877 - NPI 1539004881 - trauma, grief\n"
        "2. Imani Okeke, MD - psychiatry - NPI 1180079851 - medication evaluation only\n"
        "3. Vu Hoang Long, LMFT - CA LMFT 118204 - NPI 1566304394 - couples, Vietnamese\n\n"
        "Malpractice certificates are on file.\n\nClearMind Credentialing",
    ),
    Spec(
        phi=False,
        category="invoice with SSN-shaped invoice number",
        notes="Hard negative: PEPM invoice to the employer; invoice number is SSN-shaped.",
        frm=f"ClearMind Billing <billing@{CM}>",
        to=f"Accounts Payable <ap@{HF}>",
        subject="Invoice 527-40-1186 - EAP services November 2026",
        body="Invoice 527-40-1186\nBill to: Harbor Foods Inc.\nPeriod: November 2026\n\n"
        "EAP services, 1,240 employees x $2.15 PEPM ..... $2,666.00\nCritical incident "
        "response 10/20 (4 hrs) .......... $780.00\nTotal due ........................... "
        "$3,446.00\n\nNet 30. Remit to ClearMind EAP, PO Box 2716, Sacramento CA.",
    ),
    Spec(
        phi=False,
        category="phishing simulation results (IT)",
        notes="IT security notice for staff; no clients.",
        frm=f"IT Security <itsec@{CM}>",
        to=f"All Staff <staff@{CM}>",
        subject="October phishing test results",
        body="October's simulated phish (fake 'voicemail from client' link) was clicked by 9 "
        "of 64 staff (14%), down from 22% in July. Three people entered credentials. If you "
        "clicked, you'll get a 10-minute refresher module today. Reminder: never forward "
        "case notes to personal email, and report suspicious mail with the Report button.",
    ),
    Spec(
        phi=False,
        category="de-identified outcomes extract for research partner (CSV)",
        notes="Hard negative: random study ids, age bands and pre/post PHQ-9/GAD-7 scores; no "
        "names, dates or case numbers.",
        frm=f"Nadia Farouk <nfarouk@{CM}>",
        to="Dr. Helena Szabo <hszabo@pacificu-research.edu>",
        subject="De-identified outcomes extract (DUA 2026-07)",
        body="Helena,\n\nHere is the Safe Harbor de-identified extract under our DUA: random "
        "study ids, 10-year age bands, no dates or geography. n=212 closed cases from 2025.",
        atts=(
            Att(
                "cm_outcomes_deid_2025.csv",
                "text/csv",
                "study_id,age_band,sex,sessions,phq9_pre,phq9_post,gad7_pre,gad7_post\n"
                "S0193,30-39,F,5,14,7,12,6\nS0477,40-49,M,3,9,8,10,9\n"
                "S0512,20-29,F,6,19,11,17,10\nS0608,50-59,M,4,12,6,8,5\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="health-topic newsletter (HTML only)",
        notes="Holiday stress tips for employees; no individual.",
        frm=f"ClearMind EAP <news@{CM}>",
        to=f"Harbor Foods Employees <all-employees@{HF}>",
        subject="December: getting through the holidays",
        body="",
        html="<html><body><h2>Holiday stress? You're not alone</h2><p>For many people the "
        "holidays bring grief, money worries and more drinking than usual. Try:</p><ol><li>"
        "Set a budget and stick to it</li><li>Plan alcohol-free events</li><li>Keep sleep "
        "and exercise routines</li></ol><p>Free, confidential counseling: 1-800-555-0199, "
        "24/7.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="telehealth vendor BAA renewal",
        notes="Hard negative: business associate agreement paperwork with a video vendor; "
        "no client data.",
        frm=f"Operations <ops@{CM}>",
        to="Contracts <contracts@securevisit-video.com>",
        subject="BAA renewal - ClearMind EAP account 77-2041",
        body="Hello,\n\nOur BAA with SecureVisit expires 12/31/2026. Attached is our signed "
        "renewal (3-year term, same breach notification terms: 5 business days). Please "
        "countersign and confirm your SOC 2 Type II report for 2026.\n\nPriya Menon\nDirector "
        "of Operations, ClearMind EAP",
        atts=(
            Att(
                "ClearMind_SecureVisit_BAA_2027.docx",
                DOCX,
                docx(
                    [
                        "Business Associate Agreement",
                        "Between ClearMind EAP (Covered Entity) and SecureVisit Inc. "
                        "(Business Associate)",
                        "Term: January 1, 2027 to December 31, 2029",
                        "Business Associate shall report any breach of unsecured PHI within "
                        "five (5) business days of discovery.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="QA test client in case management sandbox",
        notes="Hard negative: a clearly labelled synthetic test client in the sandbox with a "
        "fake diagnosis.",
        frm=f"Samir Haddad <shaddad@{CM}>",
        to="Support <support@eapcasepro.com>",
        subject="Sandbox bug: diagnosis field clears on save",
        body="Hi support,\n\nIn SANDBOX (sandbox.eapcasepro.com/clearmind) the diagnosis field "
        "clears when saving a case note. Repro:\n1. Open test client 'TEST, DONOTUSE' "
        "(case TEST-0001, synthetic)\n2. Add note, set Dx F41.1 (test value)\n3. Save -> "
        "Dx is blank\n\nBrowser Chrome 131. No production data involved.\n\nSamir Haddad\n"
        "Systems Analyst",
    ),
    Spec(
        phi=False,
        category="staff announcement new clinical director",
        notes="Hard negative: workforce announcement with a clinician's name and specialties "
        "(trauma, PTSD).",
        frm=f"CEO <ceo@{CM}>",
        to=f"All Staff <staff@{CM}>",
        subject="Welcome Dr. Nadia Farouk",
        body="Team,\n\nPlease welcome Dr. Nadia Farouk, PsyD, our new Clinical Director. Nadia "
        "spent nine years at the VA treating PTSD and moral injury and is certified in "
        "Cognitive Processing Therapy. She'll lead case review on Wednesdays starting 11/18."
        "\n\nWarmly,\nGreg Halvorsen\nCEO",
    ),
    Spec(
        phi=False,
        category="Part 2 confidentiality policy PDF",
        notes="Hard negative: policy text on substance-use records and redisclosure; no client.",
        frm=f"Compliance <compliance@{CM}>",
        to=f"All Staff <staff@{CM}>",
        subject="Annual attestation: Confidentiality & 42 CFR Part 2 policy",
        body="Please read the attached policy and complete your attestation in the LMS by 11/30.",
        atts=(
            Att(
                "CM-POL-007_Confidentiality_Part2.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARMIND EAP - POLICY CM-POL-007",
                        "Confidentiality of Client Records and 42 CFR Part 2",
                        "1. Records of clients screened or treated for substance use are",
                        "   protected by 42 CFR Part 2 and may not be redisclosed without",
                        "   written consent.",
                        "2. Employers receive attendance/compliance only with a signed release.",
                        "3. Never send case information to personal email accounts.",
                    ],
                    "CM-POL-007",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda EAPA",
        notes="Hard negative: conference sessions on opioid use, suicide postvention and "
        "burnout; speaker names only.",
        frm=f"Kendra Sloane <ksloane@{CM}>",
        to=f"Clinical Team <clinical@{CM}>",
        subject="EAPA Pacific chapter - agenda",
        body="Agenda for the 12/10 chapter meeting (Zoom):\n\n9:00 Suicide postvention in "
        "the workplace - Dr. Ruth Engstrom\n10:15 Fentanyl and the blue-collar workforce - "
        "Marco DeLuca, LAADC\n11:30 Burnout in healthcare workers: data from 40 hospitals - "
        "Dr. Oyelaran\n\n3 CEUs. Reply if you want a seat.",
    ),
    Spec(
        phi=False,
        category="contract renewal pricing (XLSX)",
        notes="Commercial pricing workbook for the employer renewal; no individual.",
        frm=f"Kendra Sloane <ksloane@{CM}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="2027 renewal options",
        body="Lisa, two options for 2027 attached (pricing and service levels tabs). Happy to "
        "walk through them Thursday.",
        atts=(
            Att(
                "HarborFoods_EAP_renewal_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Pricing": [
                            ["Option", "Sessions per issue", "PEPM", "Annual (1,240 EEs)"],
                            ["A - current", 6, 2.15, 31992],
                            ["B - enhanced", 8, 2.55, 37944],
                        ],
                        "Service levels": [
                            ["Metric", "Guarantee"],
                            ["Urgent appointment", "within 24 hours"],
                            ["Routine appointment", "within 3 business days"],
                            ["Onsite CISM", "within 48 hours"],
                        ],
                    }
                ),
            ),
        ),
    ),
]
