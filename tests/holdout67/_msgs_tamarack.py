"""Outbound mail of the Tamarack County Jail Diversion Program (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import TCD, Att, Spec

SIG = "\n\nTamarack County Jail Diversion Program\nBehavioral Health Court Services | 200 Courthouse Square | 555-0104\nThis e-mail may contain confidential information. If received in error, delete it and notify the sender."

MESSAGES = [
    Spec(
        phi=True,
        category="Eligibility screen result to public defender",
        notes="Defendant's name and case number tied to serious mental illness screen and schizophrenia history sent to public defender.",
        frm=f"Diversion Screening <screening@{TCD}>",
        to="apd.nguyen@tamarackpublicdefender.org",
        subject="Diversion screen - State v. Holloway",
        body="Ms. Nguyen,\n\nYour client Jerome Holloway (case 26-CR-00318) screened ELIGIBLE for mental health diversion. BJMHS positive; records from Brightwater confirm schizophrenia diagnosis since 2014 and two prior hospitalizations. He agrees to treatment with long-acting injectable.\n\nScreening team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Diversion program eligibility criteria handout",
        notes="Hard negative: criteria handout lists qualifying diagnoses generally; no defendant.",
        frm=f"Program Office <office@{TCD}>",
        to="defenders@tamarackpublicdefender.org",
        subject="Updated eligibility criteria (2026)",
        body="Updated criteria attached. Qualifying: serious mental illness (schizophrenia spectrum, bipolar, major depression with psychosis) or co-occurring SUD; non-violent misdemeanor or low-level felony; willing to engage."
        + SIG,
        atts=(
            Att(
                "eligibility_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY JAIL DIVERSION PROGRAM - ELIGIBILITY 2026",
                        "Serious mental illness or co-occurring substance use disorder",
                        "Non-violent charge; DA consent",
                        "Referral: 555-0104",
                    ],
                    "Eligibility 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Court status report PDF",
        notes="Status report to judge's chambers: participant name, compliance, positive drug screen for methamphetamine and medication adherence.",
        frm=f"Court Liaison <liaison@{TCD}>",
        to="chambers.judgeaskew@tamarackcourts.gov",
        subject="BHC docket 3/19 - status reports",
        body="Judge Askew, status reports for Thursday's behavioral health court docket are attached."
        + SIG,
        atts=(
            Att(
                "status_0319.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY JAIL DIVERSION PROGRAM - STATUS REPORT",
                        "Participant: Wendell Opoku   Case 25-CR-01822   Phase 2",
                        "Treatment: attending Brightwater ACT; olanzapine adherence 90%",
                        "UDS 3/10: positive methamphetamine (first since January)",
                        "Recommendation: continue, add IOP",
                    ],
                    "Status report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff training calendar invite",
        notes="Invite for crisis intervention training for deputies and staff; no participants' health info.",
        frm=f"Training <training@{TCD}>",
        to="cit-instructors@tamaracksheriff.gov",
        subject="CIT 40-hour course - April",
        body="Invite for the April CIT course.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TCDP//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tcd-cit-0406@tamarackdiversion.org\r\nDTSTART:20260406T130000Z\r\nDTEND:20260406T220000Z\r\nSUMMARY:Crisis Intervention Team training - week 1\r\nLOCATION:Sheriff training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Jail medical records request reply with HL7",
        notes="Hard positive: HL7 medication message from jail health with inmate name and psychiatric meds; body only says 'meds list'.",
        frm=f"Jail Health Liaison <jailhealth@{TCD}>",
        to="pharmacy@brightwatercmhc.org",
        subject="meds list for release tomorrow",
        body="Attached from jail health EHR." + SIG,
        atts=(
            Att(
                "rde_release.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|TCJAILEHR|TCJ|BWCMHC|BRIGHTWATER|202603171130||RDE^O11|TCJ0317A|P|2.5.1\rPID|1||TCJ-204471^^^TCJ^MR||Saldana^Reuben||19880112|M\rORC|NW|TCJ55120\rRXE|^^^20260318|1721^divalproex 500 mg^NDC||||||||||||||||||||||||||||F31.2\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate recidivism report to commissioners",
        notes="Hard negative: two-sheet workbook of recidivism and jail-days-saved aggregates.",
        frm=f"Program Office <office@{TCD}>",
        to="commissioners@tamarackcounty.gov",
        subject="Annual outcomes 2025",
        body="Attached: 2025 outcomes. 188 participants; 12-month re-arrest 19% vs 41% comparison group; 9,420 jail bed-days avoided."
        + SIG,
        atts=(
            Att(
                "outcomes_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Recidivism": [
                            ["Group", "n", "Re-arrest 12 mo"],
                            ["Diverted", "188", "19%"],
                            ["Comparison", "201", "41%"],
                        ],
                        "Cost": [
                            ["Item", "Amount"],
                            ["Jail bed-days avoided", "9,420"],
                            ["Savings", "$1.04M"],
                        ],
                        "Diagnoses": [
                            ["Category", "%"],
                            ["Schizophrenia spectrum", "38"],
                            ["Bipolar", "27"],
                            ["Depression", "21"],
                            ["Other", "14"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Email to participant's grandmother about missed psychiatric appointment",
        notes="Hard positive: first name plus 'your grandson' plus missed psychiatric appointment and warrant risk, to grandmother's personal mailbox.",
        frm=f"Case Manager Tasha Greer <tgreer@{TCD}>",
        to="ruthie.mcallister@aol.com",
        subject="Please call me about Devon",
        body="Mrs. McAllister,\n\nDevon missed his psych appointment Monday and his check-in with me today. If he misses court Thursday the judge may issue a warrant. He listed you as his support person on his release. Please have him call me at 555-0104.\n\nTasha Greer, Case Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Sheriff jail population weekly stats",
        notes="Aggregate jail census with counts of people flagged for mental illness; no individuals.",
        frm=f"Data Analyst <data@{TCD}>",
        to="stats@tamaracksheriff.gov",
        subject="RE: weekly census",
        body="Thanks. Our summary: census 412, 96 with SMI flag (23%), 14 referred to diversion this week, 6 accepted."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Eligibility inquiry X12 270 to Medicaid",
        notes="Hard positive: X12 270 eligibility request carries participant name, DOB and Medicaid ID; body has only a batch number.",
        frm=f"Benefits Unit <benefits@{TCD}>",
        to="edi@showmecaremcd.com",
        subject="270 batch 0317",
        body="270 batch 0317 attached." + SIG,
        atts=(
            Att(
                "elig_0317.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*TAMARACKDIV    *ZZ*SHOWMECARE     *260317*0815*^*00501*000000672*0*P*:~GS*HS*TAMARACKDIV*SHOWMECARE*20260317*0815*672*X*005010X279A1~ST*270*0001*005010X279A1~HL*1**20*1~NM1*PR*2*SHOWMECARE MEDICAID*****PI*44102~HL*2*1*21*1~NM1*1P*2*TAMARACK DIVERSION*****XX*1884686118~HL*3*2*22*0~NM1*IL*1*GUTIERREZ*AMPARO****MI*MCD7782031~DMG*D8*19770923~EQ*MH~SE*11*0001~GE*1*672~IEA*1*000000672~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant budget spreadsheet to BJA",
        notes="Hard negative: federal grant budget workbook with staff positions and salaries; no participants.",
        frm=f"Program Office <office@{TCD}>",
        to="jmhcp@bja-grants.gov",
        subject="JMHCP budget revision",
        body="Revised budget attached per your comments." + SIG,
        atts=(
            Att(
                "jmhcp_budget_rev2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Position", "FTE", "Salary"],
                            ["Case manager", "3", "$52,000"],
                            ["Peer specialist", "1", "$41,000"],
                        ],
                        "Other": [
                            ["Item", "Amount"],
                            ["Evaluation", "$30,000"],
                            ["Training", "$8,500"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Release plan to community provider with SSN",
        notes="Release plan with participant name and SSN plus psychiatric follow-up sent to benefits-enrolment partner.",
        frm=f"Reentry Planning <reentry@{TCD}>",
        to="enroll@harlanbenefitshelp.org",
        subject="SSI/SOAR application - release 3/20",
        body="Please start the SOAR application for Cedric Lamontagne, SSN 512-38-4471, releasing 3/20. Diagnoses: schizoaffective disorder and PTSD; treating psychiatrist at Brightwater. Medical records release attached separately."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Court calendar of program hearings without details",
        notes="Hard negative: courtroom booking for the behavioural health court docket with an expected hearing count; no names or health details.",
        frm=f"Court Liaison <liaison@{TCD}>",
        to="clerks@tamarackcourts.gov",
        subject="Courtroom 3B block for April",
        body="Please hold Courtroom 3B Thursdays 1:30-4:30 in April for the behavioral health court docket. We expect about 22 review hearings per session."
        + SIG,
    ),
    Spec(
        phi=True,
        category="FHIR observation of drug screen to court portal",
        notes="FHIR bundle with participant name and positive fentanyl urine screen posted to the court case-management system.",
        frm=f"Testing Unit <testing@{TCD}>",
        to="integration@tamarackcourts.gov",
        subject="UDS results push - 3/16",
        body="Daily push attached." + SIG,
        atts=(
            Att(
                "uds_20260316.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "id": "tcd-5531", "name": [{"family": "Abernathy", "given": ["Lucille"]}], "birthDate": "1990-06-15"}}, {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Fentanyl, urine screen"}, "subject": {"reference": "Patient/tcd-5531"}, "effectiveDateTime": "2026-03-16", "valueString": "POSITIVE"}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor invoice dispute for drug testing supplies",
        notes="Vendor invoice dispute about test cups; product names only.",
        frm=f"Program Office <office@{TCD}>",
        to="ar@labsupplydirect.com",
        subject="Invoice 55190 - quantity",
        body="We received 40 cases of 12-panel cups, not 50 as invoiced. Please issue a credit for 10 cases. PO 2026-031."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded jail nurse note to case manager",
        notes="Hard positive: forward with an empty-ish body; inner jail nurse note names the detainee and withdrawal symptoms and COWS score.",
        frm=f"Jail Health Liaison <jailhealth@{TCD}>",
        to="casemgmt@harlanrecoveryservices.org",
        subject="Fwd: booking note",
        body="FYI for Monday's intake." + SIG,
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="nursing@tamaracksheriff.gov",
            to=f"jailhealth@{TCD}",
            subject="booking note",
            body="Booked 3/15 22:40: Tobias Renwick, DOB 02/27/1995. COWS 14 (moderate opioid withdrawal). Started on buprenorphine per jail MOUD protocol. Reports daily fentanyl use.",
        ),
    ),
    Spec(
        phi=False,
        category="Reentry resource fair HTML",
        notes="HTML-only flyer for a reentry resource fair; no individual.",
        frm=f"Reentry Planning <reentry@{TCD}>",
        to="partners@tamarackreentrycoalition.org",
        subject="Reentry Resource Fair - 17 April",
        body="",
        html="<html><body><h2>Reentry Resource Fair</h2><p>ID replacement, Medicaid enrolment, housing, jobs, mental health and recovery services in one place.</p><p>Friday 17 April, 10-2, Tamarack Fairgrounds Hall B.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Medicare beneficiary enrolment help for older participant",
        notes="Participant name with MBI, psychiatric medications and a neurocognitive disorder sent to a SHIP counsellor.",
        frm=f"Benefits Unit <benefits@{TCD}>",
        to="counselor@tamarackship.org",
        subject="Part D enrolment for a participant",
        body="Hi Gail,\n\nCan you help Earl Whitcombe (71) pick a Part D plan before release? MBI: 4QX7-JN2-RK58. He's on donepezil and sertraline; the jail psychiatrist documented mild neurocognitive disorder, so his niece will join the call (555-0181)."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Policy memo on sharing records under Part 2",
        notes="Hard negative: policy memo quoting regulation and a fictional example clearly labelled 'John Doe'.",
        frm=f"Program Director <director@{TCD}>",
        to=f"staff@{TCD}",
        subject="Memo: what we can tell the court",
        body="Staff,\n\nUnder 42 CFR Part 2, SUD treatment information can go to the court only under the participant's signed criminal-justice consent. Example (fictional): 'John Doe attended IOP 3x/week' is OK with consent; his diagnosis code is not needed. Use the minimum necessary."
        + SIG,
        atts=(
            Att(
                "part2_memo.docx",
                DOCX,
                docx(
                    [
                        "TAMARACK COUNTY JAIL DIVERSION PROGRAM - MEMO",
                        "Disclosures to the court under 42 CFR 2.35",
                        "Fictional example: John Doe - attendance only",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Competency restoration referral docx",
        notes="Referral letter to state hospital with defendant name, DOB, charges and psychotic symptoms.",
        frm=f"Court Liaison <liaison@{TCD}>",
        to="admissions@westernstatehospital.gov",
        subject="Referral - outpatient competency restoration",
        body="Referral attached." + SIG,
        atts=(
            Att(
                "referral_Pruitt.docx",
                DOCX,
                docx(
                    [
                        "Tamarack County Jail Diversion Program",
                        "Defendant: Nathaniel Pruitt  DOB: 1984-01-17  Jail ID TCJ-198802",
                        "Found incompetent to stand trial 3/12/2026 (case 26-CR-00141)",
                        "Symptoms: auditory hallucinations, disorganized speech; refusing risperidone",
                        "Requesting outpatient restoration slot",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Request to IT for encrypted email setup",
        notes="IT request about enabling encryption for court mail; no PHI.",
        frm=f"Program Office <office@{TCD}>",
        to="helpdesk@tamarackcounty.gov",
        subject="Encryption for court emails",
        body="Can you enable the [secure] subject tag for our mailboxes? We need to send treatment status reports to the court encrypted starting 1 April."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Housing application letter with diagnosis",
        notes="Letter text sent to a housing caseworker's gmail names the participant and her bipolar I treatment and programme participation.",
        frm=f"Case Manager Tasha Greer <tgreer@{TCD}>",
        to="lucy.harmon.caseworker@gmail.com",
        subject="Letter for Shanice's housing application",
        body="Lucy, here's the letter:\n\nShanice Dorsey is a participant in the Tamarack County Jail Diversion Program and is in treatment for bipolar I disorder at Brightwater CMHC. She qualifies for the disability preference.\n\nTasha"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Zip of blank forms to new partner",
        notes="Hard negative: zip of blank release and referral forms with field labels only.",
        frm=f"Program Office <office@{TCD}>",
        to="intake@harlanrecoveryservices.org",
        subject="Our forms",
        body="Blank forms zipped, as requested." + SIG,
        atts=(
            Att(
                "tcd_forms_blank.zip",
                "application/zip",
                zipped(
                    {
                        "referral_form.txt": "Referral form\nName: ______  DOB: ______  Case #: ______\nDiagnosis (if known): ______\n",
                        "consent_42cfr2.txt": "Consent for disclosure to criminal justice system (blank)\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weekly team roster CSV to treatment partner",
        notes="Hard positive: headerless CSV of names, case numbers and treatment status codes sent to partner clinic.",
        frm=f"Data Analyst <data@{TCD}>",
        to="reports@harlanrecoveryservices.org",
        subject="wk11",
        body="wk11 attached, same format as last time." + SIG,
        atts=(
            Att(
                "wk11.csv",
                "text/csv",
                "Opoku,Wendell,25-CR-01822,IOP,UDS+\nRenwick,Tobias,26-CR-00402,MOUD,new\nAbernathy,Lucille,25-CR-01577,IOP,UDS+ fentanyl\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Conference abstract submission",
        notes="Hard negative: conference abstract reports de-identified programme results.",
        frm=f"Program Director <director@{TCD}>",
        to="abstracts@nationaldiversionconf.org",
        subject="Abstract submission - Tamarack model",
        body="Title: Co-responder diversion in a rural county\nResults: Of 188 adults with SMI diverted in 2025, 81% engaged in treatment within 14 days; re-arrest fell from 41% to 19%. No identifiable data were used."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Reply to participant about urine test schedule",
        notes="Reply to participant's personal email confirming his name, testing colour line and prior positive for cannabis.",
        frm=f"Testing Unit <testing@{TCD}>",
        to="mateo.ferrante93@gmail.com",
        subject="RE: testing colour",
        body="Mateo,\n\nYour colour is still ORANGE. Because your last screen on 3/9 was positive for THC, you're on 3x weekly testing for 30 days per Judge Askew's order.\n\nTesting Unit"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Co-responder ride-along request from journalist",
        notes="Media logistics reply; no individual.",
        frm=f"Program Director <director@{TCD}>",
        to="rene.batiste.reports@gmail.com",
        subject="RE: ride-along",
        body="Happy to arrange a ride-along with our co-responder team on 8 April. Reporters may not record participants' faces or names; we'll brief you on ground rules."
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only graduation congratulations naming program",
        notes="Hard positive: HTML-only email to graduate's outlook mailbox ties her name to completing mental health court and treatment.",
        frm=f"Program Director <director@{TCD}>",
        to="nia.colquitt@outlook.com",
        subject="Congratulations, Nia!",
        body="",
        html="<html><body><p>Dear Nia Colquitt,</p><p>Congratulations on graduating from Behavioral Health Court on 19 March! You completed 14 months of treatment for PTSD and alcohol use and your charges will be dismissed.</p><p>We're proud of you.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Deputy CIT certification list",
        notes="Hard negative: list of deputies certified in crisis intervention with badge numbers; workforce data only.",
        frm=f"Training <training@{TCD}>",
        to="post@statepostcommission.gov",
        subject="CIT certifications - Q1",
        body="Certified in Q1: Dep. Arlo Kincaid #4471, Dep. Mina Sorensen #4502, Sgt. Paul Ebbers #3318. Certificates attached."
        + SIG,
        atts=(
            Att(
                "cit_certs_q1.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY JAIL DIVERSION PROGRAM - CIT CERTIFICATES Q1",
                        "Arlo Kincaid #4471",
                        "Mina Sorensen #4502",
                        "Paul Ebbers #3318",
                    ],
                    "CIT Q1",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Multi-sheet referral tracker to defender's office",
        notes="Workbook with defendant names, charges and diagnoses across sheets sent to the public defender.",
        frm=f"Diversion Screening <screening@{TCD}>",
        to="defenders@tamarackpublicdefender.org",
        subject="Referral tracker - March",
        body="Tracker attached. Second tab has screen outcomes." + SIG,
        atts=(
            Att(
                "referrals_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Referrals": [
                            ["Name", "Case", "Charge"],
                            ["Jerome Holloway", "26-CR-00318", "trespass"],
                            ["Amparo Gutierrez", "26-CR-00355", "theft <$500"],
                        ],
                        "Screens": [
                            ["Name", "Outcome", "Dx"],
                            ["Jerome Holloway", "eligible", "schizophrenia"],
                            ["Amparo Gutierrez", "eligible", "MDD w/ psychosis"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="E-filing receipt with SSN-shaped number",
        notes="Hard negative: court filing receipt with an SSN-shaped e-filing number; administrative, no health info.",
        frm=f"Court Liaison <liaison@{TCD}>",
        to="efile-support@tamarackcourts.gov",
        subject="E-filing receipt 347-62-1908 failed to upload",
        body="Our program's quarterly MOU report (receipt 347-62-1908) shows as pending. It contains only program statistics. Can you re-run the upload?"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medicaid reinstatement request on release",
        notes="Request to county Medicaid office with participant name, SSN and release date for psychiatric meds continuity.",
        frm=f"Benefits Unit <benefits@{TCD}>",
        to="medicaid.unit@tamarackcounty.gov",
        subject="Reinstatement on release",
        body="Please reinstate Medicaid for Dolores Quintanilla, SSN 451-73-2286, DOB 1969-04-04, releasing 3/23. She needs continuity of clozapine on release."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Thank-you note to police chief",
        notes="Thank-you for co-responder collaboration with aggregate call counts.",
        frm=f"Program Director <director@{TCD}>",
        to="chief@harlanpd.gov",
        subject="Thank you",
        body="Chief Ramos,\n\nThank you for your officers' partnership. In February our co-responders joined 63 calls and 41 people were linked to care instead of booked."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Text attachment of co-responder call notes",
        notes="Hard positive: plain-text call log with caller's name, address and psychosis observations sent to CMHC crisis team.",
        frm=f"Co-Responder Team <coresponder@{TCD}>",
        to="crisis@brightwatercmhc.org",
        subject="last night",
        body="notes from last night's call attached for your follow-up." + SIG,
        atts=(
            Att(
                "call_0315_2210.txt",
                "text/plain",
                "22:10 call to 14 Larkspur Ave, Harlan. Ivy Brennecke, ~40s. Hearing voices telling her neighbours are poisoning water. No weapons. Declined transport. Safety plan with sister. Needs f/u in AM.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Regulator data request response with blank template",
        notes="Hard negative: reply to state auditor enclosing the blank data dictionary with field names like participant DOB and diagnosis.",
        frm=f"Data Analyst <data@{TCD}>",
        to="audits@stateauditor.gov",
        subject="Data dictionary for audit",
        body="Attached is our data dictionary. Fields include participant_name, dob, case_no, dx_primary, uds_result; the audit sample itself will go via your secure portal."
        + SIG,
        atts=(
            Att(
                "data_dictionary.csv",
                "text/csv",
                "field,type,description\nparticipant_name,text,Legal name\ndob,date,Date of birth\ncase_no,text,Court case number\ndx_primary,text,Primary diagnosis\nuds_result,text,Latest drug screen\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Psychiatric hold only in subject line to probation",
        notes="Hard positive: subject line names the participant and 'psych hold'; body is logistical.",
        frm=f"Case Manager Tasha Greer <tgreer@{TCD}>",
        to="pwhitley@ravencountyprobation.gov",
        subject="Jarvis Kemp - on 72hr psych hold, will miss Tues",
        body="Officer Whitley - he'll miss Tuesday's appointment. I'll update you Wednesday." + SIG,
    ),
    Spec(
        phi=False,
        category="Zoom link for partner meeting",
        notes="Meeting link for monthly partner meeting; no individual.",
        frm=f"Program Office <office@{TCD}>",
        to="partners@tamarackreentrycoalition.org",
        subject="Partner meeting link",
        body="Monthly partner meeting Wednesday 10 am: https://zoom.us/j/5550104220. Agenda: MOU renewals, peer specialist hiring."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Victim-witness notice mentions defendant's treatment",
        notes="Hard positive: letter to victim's personal mailbox notes defendant (named) entered mental health diversion with residential treatment.",
        frm=f"Program Office <office@{TCD}>",
        to="k.sandoval.harlan@yahoo.com",
        subject="Update on State v. Fenwick",
        body="Dear Ms. Sandoval,\n\nAs the victim in State v. Fenwick, you asked to be notified. Bradley Fenwick was accepted into the diversion program on 13 March and is in residential treatment for alcohol use disorder at Cornerstone. The no-contact order remains in place."
        + SIG,
    ),
]
