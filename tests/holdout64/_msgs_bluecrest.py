"""BlueCrest Member Care (member services call centre for health plans): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBlueCrest Member Care Center\nOn behalf of Northwind Health Plan | 555-0110 (TTY 711)\nPlease do not reply to this automated mailbox."


def ics(uid: str, start: str, summary: str, extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BlueCrest//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}@bluecrestmembercare.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:{start}\r\n"
        f"SUMMARY:{summary}\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


MESSAGES = [
    Spec(
        phi=True,
        category="Call summary to member after claim inquiry",
        notes="Call recap to member's gmail confirming a colonoscopy claim and her balance.",
        frm="BlueCrest Member Care <noreply@bluecrestmembercare.com>",
        to="hbarrowman62@gmail.com",
        subject="Summary of your call today",
        body="Hello Helen Barrowman,\n\nThanks for calling. As discussed, claim NW26-0228-55102 for your colonoscopy with polyp removal at Amberfield Endoscopy on 2/28 was reprocessed as preventive. Your new balance is $0.\n\nReference: CALL-884213"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Generic call-centre hours change notice",
        notes="Holiday hours notice to all members; no individual health content.",
        frm="BlueCrest Member Care <noreply@bluecrestmembercare.com>",
        to="members-all@lists.northwindhealthplan.com",
        subject="Member services hours on April 3",
        body="Our member services line will close at 3 pm on Friday, April 3. The 24/7 nurse line (555-0111) stays open."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Replacement ID card sent to member",
        notes="Hard positive: ID card PDF with member name, member ID and PCP; body says only 'your new card'.",
        frm="BlueCrest Member Care <noreply@bluecrestmembercare.com>",
        to="t.fairweather@outlook.com",
        subject="Your new card",
        body="Your replacement card is attached. Print it or show it on your phone." + SIG,
        atts=(
            Att(
                "idcard.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUECREST MEMBER CARE - NORTHWIND HEALTH PLAN ID CARD",
                        "Member: Theodore Fairweather",
                        "Member ID: W620672045   Group 88104",
                        "PCP: Dr. Amara Yusuf   Copay $25 / Specialist $50",
                        "Rx BIN 610144 PCN NWRX",
                    ],
                    "ID card",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Specimen ID card PDF for agent training",
        notes="Hard negative: training material using a specimen ID card marked SPECIMEN with fake member 'Jane Sample'.",
        frm="Training Team <training@bluecrestmembercare.com>",
        to="agents@bluecrestmembercare.com",
        subject="How to read the new Northwind ID card",
        body="New agents: the attached specimen card (member 'Jane Sample', ID W000000001, marked SPECIMEN) shows where copays and Rx BIN appear.",
        atts=(
            Att(
                "idcard_specimen.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUECREST TRAINING - SPECIMEN - NOT A REAL MEMBER",
                        "Member: Jane Sample",
                        "Member ID: W000000001   Group 00000",
                        "Copay $25 / Specialist $50",
                    ],
                    "Specimen card",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Escalation to care management after call",
        notes="Agent escalation with caller's name, member ID and suicidal statement during a call.",
        frm="Agent Rosa Delgado <rdelgado@bluecrestmembercare.com>",
        to="bh-cm@northwindhealthplan.com",
        subject="URGENT warm transfer follow-up",
        body="Member Calvin Pruett, W620188390, called about a pharmacy denial for his quetiapine and said he 'doesn't see the point anymore'. I warm-transferred to the crisis line at 10:42; please follow up today. Callback 555-0172.\n\nRosa Delgado, Tier 2",
    ),
    Spec(
        phi=False,
        category="Crisis-line procedure reminder to agents",
        notes="Hard negative: procedure for handling callers who mention suicide; no caller identified.",
        frm="Quality Assurance <qa@bluecrestmembercare.com>",
        to="agents@bluecrestmembercare.com",
        subject="Reminder: warm transfer for crisis calls",
        body="If a caller mentions suicide or self-harm: stay on the line, warm transfer to 988 or the plan crisis line, then send an URGENT escalation to the plan BH team. Last month we handled 23 such transfers - thank you.",
    ),
    Spec(
        phi=True,
        category="Daily escalation log to health plan",
        notes="Hard positive: multi-sheet xlsx escalation log with member IDs and reasons (pregnancy, chemo delays).",
        frm="Ops Reporting <opsreports@bluecrestmembercare.com>",
        to="memberservices-oversight@northwindhealthplan.com",
        subject="Escalations 3/16",
        body="Daily escalations attached.",
        atts=(
            Att(
                "escalations_0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "Escalations": [
                            ["Member ID", "Reason", "Owner"],
                            ["W620720155", "Chemo infusion auth delayed", "UM"],
                            ["W620315927", "Pregnant, OB out of network", "CM"],
                            ["W620188390", "Crisis transfer", "BH"],
                        ],
                        "Metrics": [["Metric", "Value"], ["Calls", 2214], ["ASA sec", 41]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Call centre SLA report",
        notes="Hard negative: multi-sheet SLA workbook with call volumes by reason code (e.g. 'pharmacy'), no members.",
        frm="Ops Reporting <opsreports@bluecrestmembercare.com>",
        to="memberservices-oversight@northwindhealthplan.com",
        subject="February SLA report",
        body="February: 61,204 calls, 82.4% answered in 30 s, abandonment 2.1%.",
        atts=(
            Att(
                "sla_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "SLA": [
                            ["Metric", "Feb", "Target"],
                            ["Service level", 82.4, 80],
                            ["Abandon %", 2.1, 5],
                        ],
                        "Reasons": [
                            ["Reason", "Calls"],
                            ["Claims", 18422],
                            ["Pharmacy", 11050],
                            ["Behavioral health referral", 2310],
                        ],
                        "Staffing": [["Site", "FTE"], ["Dayton", 112], ["Remote", 64]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transportation ride booking for dialysis",
        notes="Ride booking to transport vendor with member name, home address and dialysis schedule.",
        frm="Benefit Coordination <benefits@bluecrestmembercare.com>",
        to="dispatch@metrocareride.com",
        subject="Standing ride order",
        body="Please set up a standing ride for Victor Amundsen, 55 Larkspur Ct Apt 2, Amberfield OH 44720, 555-0178. Mon/Wed/Fri pickup 5:45 am to Amberfield Dialysis Center, return 10:30 am. Wheelchair.\n\nAuth NT-26-11873",
    ),
    Spec(
        phi=False,
        category="Transport vendor invoice dispute",
        notes="Hard negative: aggregate trip counts and billing dispute with vendor; no riders.",
        frm="Vendor Oversight <vendors@bluecrestmembercare.com>",
        to="billing@metrocareride.com",
        subject="Invoice MCR-2026-02 dispute",
        body="We show 4,880 completed trips in February vs 5,012 billed. Please send trip-level support for the 132-trip difference (trip IDs only, no rider details needed).",
    ),
    Spec(
        phi=True,
        category="Member letter on pharmacy prior auth approval (HTML)",
        notes="HTML-only approval to member's personal mail naming the drug (adalimumab) and her name.",
        frm="BlueCrest Member Care <noreply@bluecrestmembercare.com>",
        to="oksana.petrenko.mail@gmail.com",
        subject="Good news about your prescription",
        body="",
        html="<html><body><p>Dear Oksana Petrenko,</p><p>Your prior authorization for <b>Humira (adalimumab) 40 mg</b> every other week has been approved through 3/15/2027. Your specialty pharmacy will call to schedule delivery.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Formulary change notice HTML",
        notes="Hard negative: HTML notice of formulary tier changes for drugs in general; sent to all members.",
        frm="BlueCrest Member Care <noreply@bluecrestmembercare.com>",
        to="members-all@lists.northwindhealthplan.com",
        subject="Formulary changes effective April 1",
        body="",
        html="<html><body><p>Starting April 1, adalimumab biosimilars move to Tier 2 and brand Humira moves to Tier 4. Insulin lispro stays at $35/month.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Call recording transcript excerpt to compliance",
        notes="Hard positive: transcript text naming caller, DOB verification and her breast cancer treatment.",
        frm="Quality Assurance <qa@bluecrestmembercare.com>",
        to="compliance@northwindhealthplan.com",
        subject="Complaint call transcript (case 3311)",
        body="Transcript excerpt attached for your review of complaint case 3311.",
        atts=(
            Att(
                "transcript_3311.txt",
                "text/plain",
                "AGENT: Can I have your date of birth?\nCALLER: March 3rd, 1972. Natalie Oduya.\nAGENT: Thank you Ms. Oduya.\nCALLER: My radiation for breast cancer was supposed to start Monday and the auth still isn't there.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="QA scorecard template",
        notes="Blank QA scoring template for calls; no caller data.",
        frm="Quality Assurance <qa@bluecrestmembercare.com>",
        to="team-leads@bluecrestmembercare.com",
        subject="QA scorecard 2026 template",
        body="New scorecard attached. HIPAA verification (name + DOB + member ID) is now a fatal error if missed.",
        atts=(
            Att(
                "qa_scorecard_2026.docx",
                DOCX,
                docx(
                    [
                        "BlueCrest QA Scorecard 2026",
                        "1. Greeting (5)",
                        "2. HIPAA verification: name, DOB, member ID (fatal)",
                        "3. Accurate benefit information (20)",
                        "4. Empathy (10)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to member's daughter with POA",
        notes="Reply to daughter's personal mail confirming father's hospice enrolment and coverage.",
        frm="Agent Marcus Lee <mlee@bluecrestmembercare.com>",
        to="sophia.rinaldi.home@gmail.com",
        subject="RE: Dad's hospice coverage",
        body="Hi Sophia,\n\nWe have your power of attorney on file. Your father, Giuseppe Rinaldi, is covered for hospice care with Gentle Harbor Hospice starting March 14 with no copay. His oxygen concentrator is included.\n\nMarcus Lee\nBlueCrest Member Care",
    ),
    Spec(
        phi=False,
        category="Reply to general benefits question from prospective member",
        notes="Benefit answer to a prospective member's personal address; nothing about her own health.",
        frm="Agent Marcus Lee <mlee@bluecrestmembercare.com>",
        to="ana.whitlow.88@yahoo.com",
        subject="RE: does the plan cover hospice?",
        body="Hi Ana,\n\nYes, all Northwind plans cover hospice care at 100% when ordered by a physician. Open enrollment for individual plans runs Nov 1 - Jan 15.\n\nMarcus",
    ),
    Spec(
        phi=True,
        category="Member SSN verification to enrollment team",
        notes="Mail with the caller's name and SSN plus her newborn's C-section delivery date and hospital.",
        frm="Enrollment Support <enrollsupport@bluecrestmembercare.com>",
        to="enrollment@northwindhealthplan.com",
        subject="SSN mismatch - newborn add",
        body="Caller Brianna Kettering (SSN 503-61-2948) wants to add her newborn; baby delivered 3/11 at Mercy Amberfield by C-section. Our system shows a different SSN on file. Please verify.",
    ),
    Spec(
        phi=False,
        category="Call centre staff ID badge request with employee numbers",
        notes="Hard negative: employee numbers in SSN-like format for badges; staff, not patients, no health info.",
        frm="Site Admin <siteadmin@bluecrestmembercare.com>",
        to="security@bluecrestmembercare.com",
        subject="Badges for new hires",
        body="Please print badges:\nJ. Ferreira  emp 204-88-1173\nK. Odum      emp 204-88-1174\nStart date 3/23.",
    ),
    Spec(
        phi=True,
        category="Provider office call-back with appointment",
        notes="Agent confirming a member's MRI appointment with the provider office, name and DOB included.",
        frm="Agent Rosa Delgado <rdelgado@bluecrestmembercare.com>",
        to="scheduling@amberfieldimaging.com",
        subject="Appointment confirmation for our member",
        body="Confirming the brain MRI with contrast for Lucia Fenwright (DOB 09/14/1983) on 3/20 at 8:15 am. Auth 26-0314-2290 is approved. She needs a Spanish interpreter.",
    ),
    Spec(
        phi=False,
        category="Provider office general question",
        notes="Hard negative: reply to provider office about auth fax numbers and CPT codes in general.",
        frm="Provider Line <providerline@bluecrestmembercare.com>",
        to="frontdesk@amberfieldimaging.com",
        subject="RE: where to fax MRI auth requests",
        body="For Northwind members, MRI (CPT 70551-70553) auth requests go to fax 555-0115 or the provider portal. Turnaround is 2 business days.",
    ),
    Spec(
        phi=True,
        category="ICS for interpreter-assisted call",
        notes="Hard positive: calendar invite to interpreter service naming member and the topic (HIV medication benefits) in the description.",
        frm="Agent Rosa Delgado <rdelgado@bluecrestmembercare.com>",
        to="scheduling@lingualinkinterpreters.com",
        subject="Interpreter needed - Amharic",
        body="Please confirm an Amharic interpreter for this call.",
        ics=ics(
            "bcm-interp-0318",
            "20260318T140000Z",
            "Amharic interpreter - member call",
            "DESCRIPTION:Member Abebe Tesfaye W620462218 - review of Biktarvy coverage and specialty pharmacy\r\n",
        ),
    ),
    Spec(
        phi=False,
        category="ICS for vendor QBR meeting",
        notes="Business review meeting invite; no member content.",
        frm="Vendor Oversight <vendors@bluecrestmembercare.com>",
        to="accountteam@lingualinkinterpreters.com",
        subject="Q1 business review",
        body="Invite for our Q1 review.",
        ics=ics("bcm-qbr-0326", "20260326T180000Z", "LinguaLink Q1 QBR", "LOCATION:Teams\r\n"),
    ),
    Spec(
        phi=True,
        category="FHIR Coverage resource sent to pharmacy",
        notes="Hard positive: FHIR Coverage JSON names beneficiary and member ID; body says only 'coverage attached'.",
        frm="Pharmacy Help Desk <rxhelp@bluecrestmembercare.com>",
        to="help@corneroakpharmacy.com",
        subject="coverage attached",
        body="coverage attached",
        atts=(
            Att(
                "coverage.json",
                "application/fhir+json",
                '{"resourceType": "Coverage", "status": "active", "subscriberId": "W620381144", "beneficiary": {"display": "Tomas Alvarez", "birthDate": "1966-08-30"}, "payor": [{"display": "Northwind Health Plan"}], "class": [{"type": {"text": "rxgroup"}, "value": "NWRX"}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Grievance acknowledgement letter to member (docx)",
        notes="Letter to member's personal address acknowledging grievance about denied insulin pump supplies.",
        frm="Grievance Intake <grievances@bluecrestmembercare.com>",
        to="rfoxworth@aol.com",
        subject="We received your grievance",
        body="Dear Raymond Foxworth, your acknowledgement letter is attached." + SIG,
        atts=(
            Att(
                "ack_GR-26-1120.docx",
                DOCX,
                docx(
                    [
                        "Grievance GR-26-1120",
                        "Member: Raymond Foxworth  ID W620598871",
                        "Issue: denied Omnipod insulin pump supplies (type 1 diabetes)",
                        "We will respond within 30 days.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Agent schedule csv",
        notes="Hard negative: workforce schedule CSV with agent names and skills (incl. 'behavioral health' queue).",
        frm="Workforce Mgmt <wfm@bluecrestmembercare.com>",
        to="team-leads@bluecrestmembercare.com",
        subject="Schedules wk 13",
        body="Week 13 schedules attached.",
        atts=(
            Att(
                "schedule_wk13.csv",
                "text/csv",
                "agent,queue,shift\nRosa Delgado,behavioral health,07:00-15:30\nMarcus Lee,hospice & end of life,09:00-17:30\nJ. Ferreira,claims,11:00-19:30\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Callback list csv to nurse line",
        notes="Hard positive: headerless CSV of phone numbers, first names and symptoms for nurse callbacks.",
        frm="Ops Reporting <opsreports@bluecrestmembercare.com>",
        to="nurseline@northwindhealthplan.com",
        subject="overnight callbacks",
        body="Overflow callbacks from last night attached.",
        atts=(
            Att(
                "callbacks.csv",
                "text/csv",
                "555-0181,Maya,W620701552,child fever 103.4 since Sat\n555-0183,Gordon,W620355108,chest tightness after new inhaler\n555-0186,Esther,W620290764,UTI symptoms on nitrofurantoin day 3\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Nurse line marketing flyer zip",
        notes="Hard negative: zip of flyers promoting the nurse line with symptom examples; no individuals.",
        frm="Communications <comms@bluecrestmembercare.com>",
        to="marketing@northwindhealthplan.com",
        subject="Nurse line flyers for approval",
        body="Three flyer drafts attached (fever in kids, asthma flare, UTI). Please approve by 3/25.",
        atts=(
            Att(
                "nurseline_flyers.zip",
                "application/zip",
                zipped(
                    {
                        "fever.txt": "Fever over 104? Call our 24/7 nurse line: 555-0111.",
                        "asthma.txt": "Inhaler not helping? Our nurses can help.",
                        "uti.txt": "Burning when you pee? Talk to a nurse tonight.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of call notes for subpoena response",
        notes="Zip with call notes about a named member's workers' comp back injury sent to plan legal.",
        frm="Records Custodian <records@bluecrestmembercare.com>",
        to="legal@northwindhealthplan.com",
        subject="Subpoena 26-CV-0441 call records",
        body="Call records responsive to subpoena 26-CV-0441 (member Dale Pemberton) attached.",
        atts=(
            Att(
                "pemberton_calls.zip",
                "application/zip",
                zipped(
                    {
                        "calls.txt": "2026-01-08 Dale Pemberton asked if lumbar MRI covered after work injury.\n2026-01-22 asked about physical therapy visit limit (12 used).\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Subpoena acknowledgement without records",
        notes="Hard negative: legal acknowledgement naming the case number only; no member or health details.",
        frm="Records Custodian <records@bluecrestmembercare.com>",
        to="paralegal@hollandmercerlaw.com",
        subject="Receipt of subpoena 26-CV-0512",
        body="We received your subpoena 26-CV-0512 on March 16. BlueCrest is a business associate; please direct record requests to Northwind Health Plan Legal, who will respond within 30 days.",
    ),
    Spec(
        phi=True,
        category="Forwarded member voicemail transcription",
        notes="Forward of voicemail transcription with caller name, callback number and pregnancy loss.",
        frm="Agent Marcus Lee <mlee@bluecrestmembercare.com>",
        to="cm-ops@northwindhealthplan.com",
        subject="FW: Voicemail from member",
        body="Forwarding - she asked to cancel the prenatal program mailings. Please handle gently.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Voicemail <voicemail@bluecrestmembercare.com>",
            to="mlee@bluecrestmembercare.com",
            subject="Voicemail from 555-0189 (Corinne Ames)",
            body="Transcription: Hi, this is Corinne Ames, member W620533019. I lost the baby last week at 14 weeks. Please stop sending me the pregnancy packets. Thanks.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded IT phishing warning",
        notes="Forwarded security alert about a phishing campaign; no member data.",
        frm="Site Admin <siteadmin@bluecrestmembercare.com>",
        to="agents@bluecrestmembercare.com",
        subject="FW: Phishing alert - fake benefits portal",
        body="Do not click. Report to security.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Security <security@bluecrestmembercare.com>",
            to="siteadmin@bluecrestmembercare.com",
            subject="Phishing alert - fake benefits portal",
            body="Emails claiming to be 'Northwind Benefits Portal' are circulating with a link to northwind-benefits-login.com. It is not ours.",
        ),
    ),
    Spec(
        phi=True,
        category="Member email about EOB with diagnosis code",
        notes="Hard positive: reply to member quoting an EOB line with ICD-10 F33.1 and psychotherapy CPT; first name only plus claim number.",
        frm="BlueCrest Member Care <memberhelp@bluecrestmembercare.com>",
        to="jonah.bergstrom@protonmail.com",
        subject="RE: EOB question",
        body="Hi Jonah,\n\nThe line you asked about on claim NW26-0205-33817 is 90837 (psychotherapy, 60 min) with diagnosis F33.1; it was paid at the in-network rate and your coinsurance was $32.\n\nMember Help",
    ),
    Spec(
        phi=False,
        category="Reply explaining EOB terms in general",
        notes="Hard negative: generic explanation of EOB columns to a member's personal mailbox, no claims or conditions of theirs.",
        frm="BlueCrest Member Care <memberhelp@bluecrestmembercare.com>",
        to="w.tanaka.family@icloud.com",
        subject="RE: how do I read an EOB?",
        body="Hi Wes,\n\nAn EOB is not a bill. 'Allowed amount' is the negotiated rate; 'Plan paid' is what we paid; 'You may owe' is your deductible, copay or coinsurance. Procedure codes like 99213 describe the visit type.\n\nMember Help",
    ),
    Spec(
        phi=True,
        category="Headerless HTML callback ticket to supervisor",
        notes="Hard positive: HTML-only ticket with name, phone and 'chemo' abbreviation, sent to a supervisor's personal gmail.",
        frm="Ticketing <tickets@bluecrestmembercare.com>",
        to="kwan.supervisor.bc@gmail.com",
        subject="Ticket 77410 reassigned to you",
        body="",
        html="<html><body><table><tr><td>77410</td><td>Harriet Osgood</td><td>555-0192</td><td>needs chemo auth status, infusion Thu</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="Supervisor coaching note to agent",
        notes="Hard negative: performance feedback mentioning a call type (cancer auth) without identifying any caller.",
        frm="Kwan Supervisor <kwan@bluecrestmembercare.com>",
        to="rdelgado@bluecrestmembercare.com",
        subject="Great call handling",
        body="Rosa, your handling of the oncology auth calls this week was excellent: calm, accurate, and you set expectations on timelines. Score 98/100.",
    ),
    Spec(
        phi=True,
        category="Multi-sheet spreadsheet of OON claims for member reimbursement",
        notes="Multi-sheet xlsx with named member's out-of-network physical therapy visits and amounts sent to claims vendor.",
        frm="Claims Support <claimsupport@bluecrestmembercare.com>",
        to="reprice@mediclaimsolutions.com",
        subject="Member-submitted claims for repricing",
        body="Please reprice the member-submitted OON claims attached.",
        atts=(
            Att(
                "oon_claims_Liang.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Member", "ID", "DOS", "CPT", "Billed"],
                            ["Wei Liang", "W620644720", "2026-02-03", "97110", 180],
                            ["Wei Liang", "W620644720", "2026-02-10", "97140", 160],
                        ],
                        "Notes": [["Note"], ["Rotator cuff repair rehab, left shoulder"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Training quiz with fictional callers",
        notes="Hard negative: quiz docx using fictional callers clearly marked fictional; no real members.",
        frm="Training Team <training@bluecrestmembercare.com>",
        to="agents@bluecrestmembercare.com",
        subject="Week 2 quiz - HIPAA verification",
        body="Quiz attached. All names are fictional.",
        atts=(
            Att(
                "quiz_wk2.docx",
                DOCX,
                docx(
                    [
                        "Quiz: HIPAA verification (all scenarios fictional)",
                        "1. 'Sam Fictional' calls for his wife's MRI results. What do you need?",
                        "2. A caller gives name and ZIP but not DOB. Can you discuss claims?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Survey invitation naming the diabetic supply call",
        notes="Hard positive: survey mail to member's gmail by first name that mentions her test strips and insulin pen needles order.",
        frm="BlueCrest Surveys <survey@bluecrestmembercare.com>",
        to="l.okonjo.home@gmail.com",
        subject="How did we do, Lola?",
        body="Hi Lola,\n\nThanks for calling about your order of glucose test strips and insulin pen needles on March 16. Please rate that call (2 minutes): https://survey.bluecrestmembercare.com/s/5521"
        + SIG,
    ),
]
