"""Harborview Community Mental Health Center (community mental health centre): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

HCM = "Harborview Community Mental Health Center <frontdesk@harborviewcmhc.org>"
SIG = "\n\nHarborview Community Mental Health Center\n2210 Wharf Street, New Bedford, MA 02740\n(508) 555-0110 | 24/7 crisis line (508) 555-0111"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by 42 CFR Part 2 and HIPAA. If you received it in error, delete it and call us."

MESSAGES = [
    Spec(
        phi=True,
        category="intake appointment confirmation to client gmail",
        notes="Appointment confirmation to the client's gmail naming her, the intake with a psychiatric clinician and the date.",
        frm=HCM,
        to="jocelyn.rebelo88@gmail.com",
        subject="Your appointment on Tuesday",
        body="Hi Jocelyn,\n\nThis confirms your psychiatric intake evaluation with Dr. Anand Mehta on Tuesday, April 28 at 10:30 am at our Wharf Street clinic. Please arrive 20 minutes early to complete the PHQ-9 and GAD-7 forms, and bring your MassHealth card.\n\nJocelyn Rebelo, DOB 03/14/1988 - if any of this is wrong, reply and let us know."
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style reminder with initials and clinic",
        notes="Hard positive: short texting-style note to a client's cell-carrier email gives his first name, phone number and a Suboxone clinic visit time.",
        frm="Harborview Reminders <reminders@harborviewcmhc.org>",
        to="5085550162@vtext.com",
        subject="Harborview reminder",
        body="Harborview: Marcus, reminder - OBOT group + Suboxone refill visit tmrw 9am, bldg B. Bring urine cup from last wk. Reply C to confirm. Q? 508-555-0110",
    ),
    Spec(
        phi=False,
        category="staff notice about parking lot repaving",
        notes="Staff notice about parking lot repaving with staff names only; no client information.",
        frm="Facilities <facilities@harborviewcmhc.org>",
        to="allstaff@harborviewcmhc.org",
        subject="Lot B repaving Friday",
        body="Team,\n\nLot B will be closed Friday, April 24 for repaving. Please park at the St. Anne's overflow lot; Luis Furtado from facilities will run the shuttle from 7:30 to 9:30.\n\nThanks,\nDenise Amaral\nFacilities Coordinator",
    ),
    Spec(
        phi=True,
        category="crisis team handoff to hospital ED",
        notes="Crisis handoff to the ED naming the client, DOB, suicidal ideation, lithium dose and the Section 12 evaluation.",
        frm="Mobile Crisis <crisis@harborviewcmhc.org>",
        to="ed.socialwork@southcoasthealth-demo.org",
        subject="Handoff - client transported by mobile crisis",
        body="ED SW team,\n\nMobile crisis transported Gareth Pimental (DOB 09/02/1979, Harborview MRN HV-004417) to your ED at 01:40. Active SI with plan (overdose), recent discontinuation of lithium 600 mg BID, BAL not drawn. Section 12 paperwork was completed by clinician Rita Oliveira, LICSW. Outpatient psychiatrist: Dr. Mehta.\n\nCall 508-555-0111 for collateral.\n\nRita Oliveira, LICSW\nMobile Crisis Clinician"
        + CONF,
    ),
    Spec(
        phi=False,
        category="aggregate quarterly outcomes table",
        notes="Hard negative: quarterly table of PHQ-9 improvement counts by program; aggregate only, no individual.",
        frm="Quality Improvement <qi@harborviewcmhc.org>",
        to="board@harborviewcmhc.org",
        subject="Q1 outcomes dashboard",
        body="Board members,\n\nQ1 2026 outcomes:\n\nProgram            | Clients | PHQ-9 >=5 pt drop | Avg visits\nAdult outpatient   | 1,184   | 61%               | 7.2\nOBOT               | 212     | n/a               | 11.9\nCSP (housing)      | 97      | 44%               | 15.1\nYouth & family     | 340     | 57%               | 6.4\n\nCells under 11 are suppressed per our DUA. Full report at the May meeting.\n\nKaren Souza, MPH\nDirector of Quality",
    ),
    Spec(
        phi=True,
        category="referral letter pdf to outside psychiatrist",
        notes="Hard positive: body is neutral; the attached referral PDF names the client, diagnosis F31.81 and medications.",
        frm="Intake Coordinator <intake@harborviewcmhc.org>",
        to="referrals@buzzardsbaypsychiatry.com",
        subject="Referral packet",
        body="Good afternoon,\n\nPlease find the referral packet attached. Our client consented to this release (signed ROI on file). Let me know when you can schedule.\n\nMaribel Costa\nIntake Coordinator"
        + SIG,
        atts=(
            Att(
                "referral_HV-003982.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORVIEW COMMUNITY MENTAL HEALTH CENTER - REFERRAL",
                        "Client: Teodoro Vieira   DOB 11/27/1992   MRN HV-003982",
                        "Diagnosis: F31.81 Bipolar II disorder; F41.1 Generalized anxiety disorder",
                        "Current meds: lamotrigine 200 mg daily, quetiapine 50 mg qhs",
                        "Reason: medication management; last hospitalization 02/2026 (St. Luke's 5 North)",
                        "Referring clinician: Anand Mehta, MD",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="prescriber roster with DEA for pharmacy",
        notes="Hard negative: roster of prescribers with NPI and DEA numbers sent to a pharmacy; provider identifiers only, no patient.",
        frm="Medical Director <meddirector@harborviewcmhc.org>",
        to="pharmacy.manager@coastalrxnb.com",
        subject="Updated prescriber list - Harborview",
        body="Hi Pete,\n\nFor your verification file, our current prescribers:\n\nAnand Mehta, MD (psychiatry) - NPI 1648293052 - DEA BM4829151\nLena Oakes, PMHNP-BC - NPI 1372049589\n\nDr. Frank Cabral retired on March 31; please remove him.\n\nAnand Mehta, MD\nMedical Director",
    ),
    Spec(
        phi=True,
        category="family member update to personal yahoo",
        notes="Message to a mother's yahoo address naming her adult son, his missed injections of Invega Sustenna and his case manager.",
        frm="Kayla Mendes <kmendes@harborviewcmhc.org>",
        to="fatima.dasilva52@yahoo.com",
        subject="Following up about Rui",
        body="Hi Fatima,\n\nRui signed a release so I can talk with you. He missed his Invega Sustenna injection on April 14 and again this week. Can you help him get to the clinic Thursday at 2? He is also due for his labs.\n\nKayla Mendes\nCommunity Support Program Case Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="continuing education invitation on suicide risk",
        notes="Hard negative: CE invitation with a fictional case vignette and presenter names and credentials; no real client.",
        frm="Training <training@harborviewcmhc.org>",
        to="clinicians-list@semassbehavioral.org",
        subject="CE: Suicide risk formulation - May 14",
        body="Colleagues,\n\nHarborview invites you to a 3-CE workshop on collaborative suicide risk formulation (CAMS), led by Dr. Priya Natarajan, PhD, and Rita Oliveira, LICSW.\n\nSample vignette (fictional): 'Client A, a 34-year-old fisherman with major depressive disorder and alcohol use disorder, reports passive SI after a boating accident...'\n\nThursday, May 14, 9am-12pm, Harborview Room 3. Free for partner agencies.\n\nRegister by replying to this email.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborview CMHC//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ce-cams-20260514@harborviewcmhc.org\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260514T130000Z\r\nDTEND:20260514T160000Z\r\nSUMMARY:CE workshop - Suicide risk formulation (CAMS)\r\nLOCATION:Harborview Room 3, 2210 Wharf St\r\nORGANIZER:mailto:training@harborviewcmhc.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="837 professional claim file to clearinghouse",
        notes="Hard positive: X12 837P attachment carries member ID, name, DOB and psychotherapy CPT 90837 with F33.1.",
        frm="Billing <billing@harborviewcmhc.org>",
        to="submissions@claimbridge-edi.com",
        subject="Batch 0421 837P",
        body="Batch 0421 attached (1 claim, resubmission). Control 000004211.\n\nHarborview Billing",
        atts=(
            Att(
                "HCMHC_0421.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HARBORVIEWCM   *ZZ*CLAIMBRIDGE    *260421*0930*^*00501*000004211*0*P*:~"
                "GS*HC*HARBORVIEWCM*CLAIMBRIDGE*20260421*0930*4211*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*HARBORVIEW COMMUNITY MENTAL HEALTH CENTER*****XX*1760493324~"
                "NM1*IL*1*FURTADO*DIANA****MI*MH7740921~DMG*D8*19750618*F~"
                "CLM*HV26041701*180***11:B:1*Y*A*Y*Y~HI*ABK:F331~SV1*HC:90837*180*UN*1***1~DTP*472*D8*20260415~"
                "SE*9*0001~GE*1*4211~IEA*1*000004211~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice for interpreter services",
        notes="Hard negative: interpreter vendor invoice with hours by language and a PO number shaped like an SSN; no client named.",
        frm="Accounts Payable <ap@harborviewcmhc.org>",
        to="billing@lusolinguainterpreting.com",
        subject="Re: Invoice 2026-0388",
        body="Hello,\n\nWe approved invoice 2026-0388 (March): Portuguese 41.5 h, Cape Verdean Creole 18 h, Spanish 22 h, total $6,842.00. Our purchase order is 212-48-7735; please quote it on April's invoice. Payment goes out on the 30th.\n\nAccounts Payable\nHarborview Community Mental Health Center",
    ),
    Spec(
        phi=True,
        category="HL7 ADT for crisis stabilization admission",
        notes="Hard positive: HL7 ADT^A01 attachment admitting a named client to the crisis stabilization unit with diagnosis code.",
        frm="Interfaces <interfaces@harborviewcmhc.org>",
        to="hie-intake@massconnecthie-demo.org",
        subject="ADT test message replay - CSU",
        body="Replaying the A01 that failed on Friday's interface run. Please confirm receipt.\n\nHarborview IT Interfaces",
        atts=(
            Att(
                "csu_adt_0417.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HVEHR|HARBORVIEW|HIE|MASSCONNECT|202604171822||ADT^A01|HV0417182201|P|2.5.1\r"
                "EVN|A01|202604171815\r"
                "PID|1||HV-005120^^^HARBORVIEW^MR||NUNES^ADRIANA^M||19960405|F|||88 Rivet St^^New Bedford^MA^02744||5085550173\r"
                "PV1|1|I|CSU^04^A|E|||1648293052^MEHTA^ANAND\r"
                "DG1|1||F43.10^Post-traumatic stress disorder, unspecified^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank release of information form",
        notes="Hard negative: blank ROI template sent to a partner clinic; fields are empty placeholders.",
        frm="Health Information <him@harborviewcmhc.org>",
        to="frontdesk@acushnetfamilymed.com",
        subject="ROI form (42 CFR Part 2 compliant)",
        body="Attached is our current release form that meets Part 2 consent requirements. Please use it for any requests for substance use treatment records.\n\nHarborview HIM",
        atts=(
            Att(
                "Harborview_ROI_blank.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Harborview Community Mental Health Center - Authorization to Release Information",
                        "Client name: ______________________  Date of birth: ____/____/______",
                        "I authorize Harborview to disclose: [ ] mental health records  [ ] substance use disorder records (42 CFR Part 2)",
                        "To: ______________________  Purpose: ______________________",
                        "This consent expires on: ____________  Signature: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="waitlist spreadsheet to partner agency",
        notes="Multi-sheet workbook of waitlisted clients with phone numbers, diagnoses and priority flags sent to a partner agency.",
        frm="Maribel Costa <mcosta@harborviewcmhc.org>",
        to="intake@greaterfallriverbh.org",
        subject="Waitlist transfer - clients who agreed to go to you",
        body="Hi Sandra,\n\nAs discussed, the clients on the attached list agreed to be contacted by your team. Second tab has the ones flagged high priority.\n\nMaribel",
        atts=(
            Att(
                "waitlist_transfer_0422.xlsx",
                XLSX,
                xlsx(
                    {
                        "Waitlist": [
                            ["Name", "DOB", "Phone", "Presenting problem", "Wait since"],
                            [
                                "Correia, Nathan",
                                "2001-06-11",
                                "508-555-0164",
                                "Panic disorder",
                                "2026-02-03",
                            ],
                            [
                                "Batista, Yolanda",
                                "1968-12-19",
                                "508-555-0179",
                                "Depression after loss",
                                "2026-02-10",
                            ],
                            [
                                "Lopes, Derek",
                                "1990-03-25",
                                "774-555-0181",
                                "Alcohol use, wants IOP",
                                "2026-02-24",
                            ],
                        ],
                        "High priority": [
                            ["Name", "Reason"],
                            ["Lopes, Derek", "Recent ED visit for withdrawal"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="newsletter on depression screening day",
        notes="HTML-only community newsletter about a free depression screening day; health topic, no individual.",
        frm="Harborview Community <news@harborviewcmhc.org>",
        to="subscribers@harborviewcmhc.org",
        subject="Free depression screening on May 7",
        body="",
        html="<html><body><h2>National Depression Screening Day</h2><p>Drop in to <b>Harborview</b> on <b>May 7, 10am-4pm</b> for a free, anonymous screening. Licensed clinicians will be on hand to talk about depression, anxiety and substance use.</p><p>No appointment needed. Se habla español e português.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only telehealth link with client name",
        notes="Hard positive: HTML-only telehealth invitation to the client's outlook mailbox naming him and the therapy session time.",
        frm="Harborview Telehealth <telehealth@harborviewcmhc.org>",
        to="d.tavares.nb@outlook.com",
        subject="Your video visit link",
        body="",
        html="<html><body><p>Hello Domingos Tavares,</p><p>Your <b>individual therapy session</b> with Joana Freitas, LMHC is on <b>Wednesday, April 29, 4:00 pm</b>.</p><p><a href='https://telehealth.harborviewcmhc.org/j/8842017'>Join the video visit</a></p><p>Harborview Community Mental Health Center</p></body></html>",
    ),
    Spec(
        phi=False,
        category="grant report narrative with aggregate data",
        notes="Hard negative: SAMHSA grant progress narrative with counts of clients served and overdoses reversed; aggregate only.",
        frm="Grants Office <grants@harborviewcmhc.org>",
        to="project.officer@samhsa-grants-demo.gov",
        subject="CCBHC semiannual progress narrative",
        body="Dear Ms. Hutchins,\n\nOur semiannual narrative is below.\n\nDuring October-March we served 2,311 unduplicated clients, 412 of them with co-occurring disorders. The mobile crisis team responded to 638 calls (median response 41 minutes). Peer recovery coaches distributed 920 naloxone kits; 37 reversals were reported back to us. Staffing: we filled the two vacant PMHNP positions.\n\nRespectfully,\nEmily Carvalho\nGrants Manager",
    ),
    Spec(
        phi=True,
        category="forwarded pharmacy message about clozapine ANC",
        notes="Hard positive: forwarded pharmacy email names the client, clozapine and his ANC result; the cover note is short.",
        frm="Lena Oakes <loakes@harborviewcmhc.org>",
        to="lab.orders@southcoastlabs-demo.com",
        subject="Fwd: ANC needed before dispense",
        body="Can you add a STAT CBC with diff to his standing order? See below.\n\nLena Oakes, PMHNP-BC",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Coastal Pharmacy <rx@coastalrxnb.com>",
            to="loakes@harborviewcmhc.org",
            subject="Clozapine hold - Silveira, Anthony",
            body="Anthony Silveira (DOB 07/30/1985) is due for clozapine 300 mg fill on 4/23. Last ANC on file 1,480 (04/02) - below REMS threshold for dispense without prescriber override. Please send new ANC.",
        ),
    ),
    Spec(
        phi=False,
        category="job posting for peer recovery specialist",
        notes="Job posting; describes the role in recovery services, no individual client.",
        frm="Human Resources <hr@harborviewcmhc.org>",
        to="jobs@massnonprofitjobs.org",
        subject="Posting: Peer Recovery Specialist (30 hrs)",
        body="Please post the following:\n\nPeer Recovery Specialist - Harborview CMHC, New Bedford. Lived experience of recovery from substance use required; CARC or willingness to obtain within 12 months. Bilingual Portuguese preferred. $24-27/hour.\n\nApply to hr@harborviewcmhc.org.",
    ),
    Spec(
        phi=True,
        category="encrypted zip of group notes to auditor",
        notes="Hard positive: encrypted zip of DBT group attendance and progress notes for named clients sent to the payer auditor.",
        frm="Compliance <compliance@harborviewcmhc.org>",
        to="audit.requests@bayshorehealthplan.com",
        subject="Records for audit request AR-2026-114",
        body="Attached are the 6 requested records for audit AR-2026-114. Password sent separately by phone.\n\nCompliance Office",
        atts=(
            Att(
                "AR-2026-114.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "dbt_group_notes.txt": "DBT skills group 03/11/2026\nAttendees: Carla Medeiros (MH7731002), Jenna Rocha (MH7731088)\nCarla reports two self-harm urges, no acts; used TIPP skill.\n",
                    },
                    "Hv!Audit114",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff wellness potluck invite",
        notes="Staff potluck invitation; no clients.",
        frm="Wellness Committee <wellness@harborviewcmhc.org>",
        to="allstaff@harborviewcmhc.org",
        subject="Spring potluck Friday 5/1",
        body="Hi all,\n\nSpring potluck Friday, May 1, 12:30 in the Room 3. Sign up on the sheet by the kitchen. Cristina is bringing her famous malassadas!\n\nWellness Committee",
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest for injectable",
        notes="Hard positive: FHIR JSON attachment with the patient's name, MRN and an aripiprazole long-acting injection order.",
        frm="Interfaces <interfaces@harborviewcmhc.org>",
        to="integration@coastalrxnb.com",
        subject="Sample payload for e-order interface",
        body="Here is one live order in the new format so you can check the mapping. Please delete after testing.\n\nHarborview IT",
        atts=(
            Att(
                "medreq_HV-002871.json",
                "application/fhir+json",
                '{"resourceType": "MedicationRequest", "id": "mr-2871-0419", "status": "active", "intent": "order",\n'
                ' "subject": {"reference": "Patient/HV-002871", "display": "Elena Moniz"},\n'
                ' "medicationCodeableConcept": {"text": "Abilify Maintena 400 mg IM every 4 weeks"},\n'
                ' "authoredOn": "2026-04-19",\n'
                ' "requester": {"display": "Anand Mehta, MD"},\n'
                ' "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F20.9"}]}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy on email use with clients",
        notes="Hard negative: policy document on emailing clients mentioning PHI examples generically; no individual.",
        frm="Privacy Officer <privacy@harborviewcmhc.org>",
        to="allstaff@harborviewcmhc.org",
        subject="Updated policy PR-12: email with clients",
        body="All,\n\nPolicy PR-12 is updated. Key points:\n- Never put a client's name, diagnosis or medication in the subject line.\n- Use secure mail ([secure] in the subject) for anything about treatment.\n- Do not confirm to callers or emailers that someone is a client without a signed release.\n- Substance use treatment information requires Part 2 consent even for other providers.\n\nAttestation due May 15.\n\nGail Ferreira\nPrivacy Officer",
    ),
    Spec(
        phi=True,
        category="screenshot png of scheduling grid",
        notes="Hard positive: PNG screenshot of the schedule is attached and the body lists the client names and visit types it shows.",
        frm="Front Desk <frontdesk@harborviewcmhc.org>",
        to="support@carelogic-ehr-demo.com",
        subject="Ticket 55812 - double bookings",
        body="Screenshot attached. The grid shows 10:00 for both 'Pacheco, Lisa - med mgmt' and 'Ventura, Sam - methadone intake' in Dr. Mehta's column, which should be impossible.\n\nFront Desk",
        atts=(Att("schedule_0420.png", "image/png", png(6, 4, (30, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="vendor quote for shredding",
        notes="Vendor quote for document shredding; business mail with no client.",
        frm="Operations <ops@harborviewcmhc.org>",
        to="sales@securedocshred-ma.com",
        subject="Shredding quote - 3 sites",
        body="Hi Jeff,\n\nWe'd like a quote for biweekly shredding at our three sites (Wharf St, Acushnet Ave, Dartmouth). Roughly 6 consoles per site. Certificate of destruction needed each pickup.\n\nThanks,\nTina Rezendes\nOperations",
    ),
    Spec(
        phi=True,
        category="csv of naloxone training attendees who are clients",
        notes="Hard positive: CSV of OBOT clients with phone numbers and buprenorphine doses, attached to mail to the state program.",
        frm="OBOT Program <obot@harborviewcmhc.org>",
        to="bsas.reporting@mass-dph-demo.gov",
        subject="Monthly OBOT enrollment file",
        body="March enrollment file attached per our contract.\n\nHarborview OBOT",
        atts=(
            Att(
                "obot_2026-03.csv",
                "text/csv",
                "client_id,last,first,dob,phone,bup_dose_mg,enroll_date\n"
                "HV-006011,Arruda,Kevin,1987-01-09,508-555-0185,16,2026-03-02\n"
                "HV-006034,Sousa,Melissa,1993-08-21,508-555-0188,12,2026-03-09\n"
                "HV-006052,Raposo,Jason,1982-05-30,774-555-0190,24,2026-03-23\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case study for conference",
        notes="Hard negative: de-identified case summary for a conference poster; no name, dates reduced to years, no identifiers.",
        frm="Dr. Anand Mehta <amehta@harborviewcmhc.org>",
        to="posters@nebhconference.org",
        subject="Poster abstract submission",
        body="Title: Long-acting injectables after first-episode psychosis in a community setting\n\nCase: a man in his twenties with first-episode schizophrenia (2024) stopped oral risperidone twice; after a switch to paliperidone palmitate his readmissions fell from three to zero over 18 months. Data were de-identified under Safe Harbor.\n\nAnand Mehta, MD, Harborview CMHC",
    ),
    Spec(
        phi=True,
        category="subject line only reveals client and program",
        notes="Hard positive: body is a one-liner; the subject gives the client's full name and methadone program discharge.",
        frm="Joana Freitas <jfreitas@harborviewcmhc.org>",
        to="recordsroom@harborviewcmhc.org",
        subject="Nelson Amaral - discharge from methadone program 4/20",
        body="Please close the chart. Thanks.",
    ),
    Spec(
        phi=False,
        category="event invite for community forum",
        notes="Hard negative: calendar invite to a community forum on opioid overdoses with panel names; no client.",
        frm="Community Relations <community@harborviewcmhc.org>",
        to="mayor.office@newbedford-demo.gov",
        subject="Invitation: Community forum on overdose prevention",
        body="Dear Mayor's office,\n\nYou are invited to our community forum on overdose prevention, May 21, 6pm at the Zeiterion lobby. Panelists: Dr. Anand Mehta (psychiatry), Chief Dana Lima (fire department), and a peer recovery coach.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborview CMHC//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:forum-20260521@harborviewcmhc.org\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260521T220000Z\r\nDTEND:20260522T000000Z\r\nSUMMARY:Community forum on overdose prevention\r\nLOCATION:Zeiterion lobby\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="zip of court evaluation letters",
        notes="Hard positive: zip of text letters to the court clinic naming a client, a competency evaluation and her diagnoses.",
        frm="Forensic Services <forensics@harborviewcmhc.org>",
        to="courtclinic@bristoldistrictcourt-demo.gov",
        subject="Docket 2633CR000418 - requested letters",
        body="Attached as requested by Judge Almeida's clerk.\n\nForensic Services",
        atts=(
            Att(
                "2633CR000418_letters.zip",
                "application/zip",
                zipped(
                    {
                        "treatment_letter.txt": "To the Court: Ms. Andrea Pires (DOB 10/04/1990) has been in treatment at Harborview since 01/2025 for schizoaffective disorder and opioid use disorder in remission on buprenorphine. She attends weekly.\n",
                        "attendance.txt": "Andrea Pires attendance 01/2026-04/2026: 15 of 16 sessions attended.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice about phishing test",
        notes="IT phishing-awareness notice to staff; no client information.",
        frm="IT Help Desk <helpdesk@harborviewcmhc.org>",
        to="allstaff@harborviewcmhc.org",
        subject="Phishing test results and reminder",
        body="Team,\n\nLast week's phishing test: 14% clicked, down from 22%. Reminder: report suspicious mail with the Report button. Never send client information to a personal mailbox.\n\nIT Help Desk",
    ),
    Spec(
        phi=True,
        category="txt of voicemail transcript",
        notes="Hard positive: voicemail transcript txt attachment with a caller's name, callback number and relapse on alcohol.",
        frm="Front Desk <frontdesk@harborviewcmhc.org>",
        to="ljesus@harborviewcmhc-partners.org",
        subject="VM for you",
        body="Transcript attached, came in at 7:52.",
        atts=(
            Att(
                "vm_0421_0752.txt",
                "text/plain",
                "Voicemail 04/21/2026 07:52 from 508-555-0193\n\"Hi Luis, it's Paulo Mello, I'm one of your clients in the Tuesday IOP group. I drank again this weekend and I don't want to lose my spot. Please call me back.\"\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to personal email declining to confirm",
        notes="Hard negative: reply to a member of the public's gmail declining to confirm whether anyone is a client; no health information about an individual.",
        frm=HCM,
        to="bobby.s.pereira@gmail.com",
        subject="Re: is my brother there?",
        body="Hello,\n\nFederal confidentiality rules do not allow us to confirm or deny whether any person receives services at Harborview. If you are worried about someone's safety, you can call our 24/7 crisis line at (508) 555-0111 or 988.\n\nHarborview Front Desk",
    ),
    Spec(
        phi=True,
        category="HTML statement of balance for counseling",
        notes="HTML-only billing statement to a client's icloud address with name, account number and counseling visit charges.",
        frm="Billing <billing@harborviewcmhc.org>",
        to="amanda.rosa.lima@icloud.com",
        subject="Your statement is ready",
        body="",
        html="<html><body><p>Amanda Rosa-Lima, account 80044712</p><table border='1'><tr><th>Date</th><th>Service</th><th>You owe</th></tr><tr><td>03/04/2026</td><td>Psychotherapy 53 min (90837)</td><td>$35.00</td></tr><tr><td>03/18/2026</td><td>Psychotherapy 53 min (90837)</td><td>$35.00</td></tr></table><p>Total due: $70.00</p></body></html>",
    ),
    Spec(
        phi=False,
        category="multi-sheet staffing and budget workbook",
        notes="Hard negative: multi-sheet budget workbook with staff FTEs and program costs; no clients.",
        frm="Finance <finance@harborviewcmhc.org>",
        to="cfo@harborviewcmhc.org",
        subject="FY27 budget draft v3",
        body="Draft v3 attached with the new crisis stabilization staffing.",
        atts=(
            Att(
                "FY27_budget_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Staffing": [
                            ["Position", "FTE", "Cost"],
                            ["LICSW clinician", 14.0, 1176000.0],
                            ["PMHNP", 3.0, 465000.0],
                        ],
                        "Programs": [
                            ["Program", "Budget"],
                            ["Mobile crisis", 1840000.0],
                            ["OBOT", 720000.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="outlook reply to client about letter for employer",
        notes="Reply to a client's hotmail confirming her treatment for PTSD and attaching nothing; name and diagnosis in the body.",
        frm="Joana Freitas <jfreitas@harborviewcmhc.org>",
        to="vanessa.b.cruz@hotmail.com",
        subject="Re: letter for work",
        body="Hi Vanessa,\n\nYes, I can write the letter for your employer saying you are in weekly treatment with me for PTSD and need Thursday afternoons off through June. I'll keep the details to that. You can pick it up at the front desk Friday.\n\nJoana Freitas, LMHC",
    ),
    Spec(
        phi=False,
        category="MOU draft with partner school",
        notes="Draft memorandum of understanding with a partner agency; no client information.",
        frm="Executive Director <ed@harborviewcmhc.org>",
        to="director@brightpathschooltherapy.org",
        subject="Draft MOU - crisis backup for school clinicians",
        body="Hi Renee,\n\nHere is the MOU language: Harborview's mobile crisis team will respond to BrightPath school sites within 60 minutes during school hours, and BrightPath will refer students needing medication evaluation to Harborview's youth clinic. Data sharing only with parent consent.\n\nBest,\nMarcia Botelho\nExecutive Director",
    ),
]
