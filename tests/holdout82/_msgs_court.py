"""Outbound mail of the Marrow County Treatment Court Liaison Office (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nTreatment Court Liaison Office\nMarrow County Superior Court | 100 Courthouse Sq, Rm 214 | 555-0177"
CONF = "\n\nCONFIDENTIAL: contains information protected by 42 CFR Part 2. Do not redisclose."

HL7_COURT = (
    "MSH|^~\\&|MCTC|MARROWCO|CLEARPATH|CPD|202611180902||ORM^O01|MC5520|P|2.5.1\r"
    "PID|1||TC-2026-0417^^^MCTC||Guzman^Alejandro^R||19880115|M\r"
    "ORC|NW|MC5520\r"
    "OBR|1|MC5520||ETG^Ethyl glucuronide urine|||202611180845\r"
    "NTE|1||Observed collection. Participant reports mouthwash use.\r"
)

FHIR_REFERRAL = json.dumps(
    {
        "resourceType": "ServiceRequest",
        "id": "mctc-ref-0431",
        "status": "active",
        "intent": "order",
        "code": {"text": "Substance use disorder assessment (ASAM) - court ordered"},
        "subject": {
            "display": "Wendell Prokop",
            "identifier": {"system": "urn:marrowco:case", "value": "CR-26-01893"},
        },
        "reasonCode": [{"text": "Methamphetamine possession; positive screens 10/30 and 11/6"}],
        "performer": [{"display": "Cobalt Bay Recovery Center"}],
    },
    indent=1,
)

FHIR_DIRECTORY = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Organization",
                    "name": "Cobalt Bay Recovery Center",
                    "telecom": [{"system": "phone", "value": "555-0142"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Practitioner",
                    "name": [{"text": "Samir Haddad MD"}],
                    "identifier": [
                        {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1720354087"}
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Organization",
                    "name": "Lakeshore OTP",
                    "telecom": [{"system": "phone", "value": "555-0151"}],
                }
            },
        ],
    },
    indent=1,
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*MARROWCOBH     *ZZ*MARROWCOCOURT  *261117*1400*^*00501*000000812*0*P*:~"
    "GS*HP*MARROWCOBH*MARROWCOCOURT*20261117*1400*812*X*005010X221A1~ST*835*0001~BPR*I*2220*C*ACH~"
    "N1*PR*MARROW COUNTY BEHAVIORAL HEALTH~N1*PE*COBALT BAY RECOVERY CENTER*XX*1278422427~"
    "CLP*TC-0417-11*1*740*740**MC*MCBH2611170~NM1*QC*1*GUZMAN*ALEJANDRO****MI*TC20260417~SVC*HC:H0020*740*740~"
    "SE*8*0001~GE*1*812~IEA*1*000000812~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="weekly staffing report to judge",
        notes="Staffing report names participants with test results, sanctions and treatment attendance.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="judge.ocampo@marrowcountycourts.gov",
        cc="tc-team@marrowcountycourts.gov",
        subject="Staffing Wednesday 11/18",
        body=(
            "Judge Ocampo,\n\nPre-court staffing summary:\n\n1. Alejandro Guzman (Phase 2) - EtG positive 11/11, denies "
            "drinking; treatment recommends increased IOP. Team suggests 8 hrs community service.\n2. Wendell Prokop (Phase 1) "
            "- meth positive 10/30 and 11/6; referred for residential assessment.\n3. Darnell Okafor (Phase 1) - fentanyl "
            "positive 11/16, on buprenorphine, engaged; team recommends no sanction, therapeutic response.\n4. Lina Sorensen "
            "(Phase 3) - 120 days clean; incentive: gift card.\n\nFull packet in the secure folder."
            + CONF
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="team meeting calendar invite",
        notes="Recurring staffing meeting invite with no participant names.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="Staffing - December series",
        body="Staffing continues Wednesdays 8:30-10 in Room 214 through December. Dial-in unchanged.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marrow County Courts//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:mctc-staffing-dec@marrowcountycourts.gov\r\nDTSTAMP:20261116T150000Z\r\nDTSTART:20261202T163000Z\r\nDTEND:20261202T180000Z\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Treatment court staffing\r\nLOCATION:Courthouse Rm 214\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="drug test order HL7 to lab",
        notes="Hard positive: HL7 order names the participant for an EtG alcohol test; body is routine.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="orders@clearpathdiagnostics.com",
        subject="Order MC5520",
        body="Order attached, specimen couriered at 9:15.",
        atts=(Att("MC5520.hl7", "application/hl7-v2", HL7_COURT),),
    ),
    Spec(
        phi=False,
        category="aggregate grant performance report",
        notes="Hard negative: multi-sheet federal grant report of counts, graduation and recidivism rates; no participant.",
        frm="Grants Manager <grants@marrowcountycourts.gov>",
        to="bja-reports@grantsportal.gov",
        subject="Q4 performance measures - award 2025-DC-BX-0082",
        body="Attached are Q4 performance measures for the Marrow County Adult Treatment Court.",
        atts=(
            Att(
                "PMT_Q4_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Enrollment": [
                            ["Measure", "Count"],
                            ["Active participants", 58],
                            ["New admissions", 14],
                            ["Graduates", 6],
                            ["Terminations", 3],
                        ],
                        "Testing": [
                            ["Measure", "Value"],
                            ["Tests administered", 1312],
                            ["Positive rate %", 7.4],
                            ["Fentanyl positive %", 3.1],
                        ],
                        "Recidivism": [
                            ["Cohort", "12-mo rearrest %"],
                            ["2024 graduates", 11],
                            ["2024 terminations", 46],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="treatment referral FHIR to provider",
        notes="FHIR ServiceRequest names the defendant with court case number and positive methamphetamine screens.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="admissions@cobaltbayrecovery.org",
        subject="Referral for assessment",
        body="Please schedule an ASAM assessment within 7 days. Consent form attached separately by fax.",
        atts=(Att("referral_0431.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=False,
        category="provider directory FHIR to team",
        notes="Hard negative: FHIR directory of organizations and a clinician NPI; no participant.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="Updated treatment provider directory",
        body="The county IT folks want the provider list as FHIR for the new case-management system. Same providers as the paper list.",
        atts=(Att("provider_directory.json", "application/fhir+json", FHIR_DIRECTORY),),
    ),
    Spec(
        phi=True,
        category="phase advancement letter to participant",
        notes="Letter to the participant's personal e-mail about phase promotion and sobriety days.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="lina.sorensen77@gmail.com",
        subject="Congratulations - Phase 4",
        body="Dear Ms. Sorensen,\n\nThe team voted to advance you to Phase 4 at Wednesday's hearing. With 120 days of negative tests and perfect attendance at Cobalt Bay aftercare, testing drops to once a week.\n\nSee you in court on 12/2 at 1:30."
        + SIG,
    ),
    Spec(
        phi=False,
        category="courtroom closure notice",
        notes="Logistics notice; no participants.",
        frm="Court Administration <admin@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="Courtroom 3B closed 11/25",
        body="Courtroom 3B is closed for HVAC work on 11/25. The treatment court calendar moves to 2A, same time.",
    ),
    Spec(
        phi=True,
        category="docket CSV to public defender",
        notes="Hard positive: headerless CSV lists names, case numbers and treatment-court sanction hearing codes.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="pd-treatmentcourt@marrowcountypd.org",
        subject="11/18 calendar",
        body="Calendar for Wednesday attached.",
        atts=(
            Att(
                "tc_calendar_1118.csv",
                "text/csv",
                "CR-26-00412,Guzman Alejandro,P2,SANC-EtG\nCR-26-01893,Prokop Wendell,P1,REVIEW-RES\nCR-25-07711,Sorensen Lina,P3,INCENT\nCR-26-02210,Okafor Darnell,P1,REVIEW-MOUD\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank docket template",
        notes="Hard negative: empty calendar template with column names only.",
        frm="Court Administration <admin@marrowcountycourts.gov>",
        to="liaison@marrowcountycourts.gov",
        subject="New calendar template",
        body="Use this template starting January; the PD asked for a header row.",
        atts=(
            Att(
                "tc_calendar_template.csv",
                "text/csv",
                "case_number,participant_name,phase,hearing_type,notes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance for participant services",
        notes="Hard positive: X12 835 names the participant and the treatment service paid by the county.",
        frm="Fiscal Unit <fiscal@marrowcountycourts.gov>",
        to="billing@cobaltbayrecovery.org",
        subject="ERA for check 812",
        body="ERA attached for the November payment run.",
        atts=(Att("ERA_812.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="drug court conference travel",
        notes="Travel arrangements for staff; no participants.",
        frm="Grants Manager <grants@marrowcountycourts.gov>",
        to="travel@marrowcounty.gov",
        subject="Travel request - RISE conference",
        body="Requesting travel for three staff (Ocampo, Beaulieu, Nakashima) to the national treatment courts conference, June 2027, funded from grant travel line.",
    ),
    Spec(
        phi=True,
        category="progress report docx to probation",
        notes="Progress report for the named participant with attendance, tests and MOUD status.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="pcorrigan@marrowcountyprobation.gov",
        subject="Progress report",
        body="Officer Corrigan, progress report for your mutual client attached." + CONF,
        atts=(
            Att(
                "progress_okafor.docx",
                DOCX,
                docx(
                    [
                        "MARROW COUNTY TREATMENT COURT - PROGRESS REPORT",
                        "Participant: Darnell Okafor, case CR-26-02210",
                        "Treatment: Cobalt Bay IOP; buprenorphine maintenance.",
                        "Tests: 11/4 neg, 11/11 neg, 11/16 POSITIVE fentanyl.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy manual excerpt on sanctions",
        notes="Hard negative: program manual on graduated sanctions and MOUD; no participant.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="newteam@marrowcountycourts.gov",
        subject="Manual section 6 - responses to behavior",
        body="New team members, please read section 6 before your first staffing.",
        atts=(
            Att(
                "manual_section6.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARROW COUNTY TREATMENT COURT - PARTICIPANT HANDBOOK",
                        "6.1 Positive tests are a clinical issue first.",
                        "6.2 Participants on MOUD are never required to taper as a condition of the program.",
                        "6.3 Sanctions escalate: warning, community service, jail (max 3 days).",
                    ],
                    "Manual 6",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to participant's mother",
        notes="Hard positive: confirms to a mother that her named son is in treatment court and in residential treatment.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="ivy.prokop@hotmail.com",
        subject="RE: Wendell",
        body="Mrs. Prokop,\n\nWendell signed a release naming you, so I can tell you he entered residential treatment at Cobalt Bay on Monday and his next court date is 12/9. Visiting hours are set by the program.\n\nThank you for supporting him."
        + SIG,
    ),
    Spec(
        phi=False,
        category="generic reply to public inquiry",
        notes="Hard negative: explains eligibility and how to apply without confirming any person's participation.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="tdelgado.family@gmail.com",
        subject="RE: can my brother get into drug court?",
        body="Hello,\n\nEligibility is decided after referral by the defense attorney or the district attorney. Non-violent felony charges and a substance use disorder diagnosis are usually required. Your brother's attorney can request a screening.\n\nWe can't discuss any individual case by e-mail."
        + SIG,
    ),
    Spec(
        phi=True,
        category="phase tracker workbook to treatment provider",
        notes="Multi-sheet tracker names participants with phases, test results and MOUD status.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="clinicaldirector@cobaltbayrecovery.org",
        subject="Shared tracker - November",
        body="Renata, updated shared tracker for your clients in the program.",
        atts=(
            Att(
                "tracker_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Participants": [
                            ["Name", "Case", "Phase", "MOUD"],
                            ["Darnell Okafor", "CR-26-02210", 1, "buprenorphine"],
                            ["Alejandro Guzman", "CR-26-00412", 2, "none"],
                            ["Lina Sorensen", "CR-25-07711", 3, "naltrexone"],
                        ],
                        "Tests": [
                            ["Case", "Date", "Result"],
                            ["CR-26-02210", "11/16", "fentanyl +"],
                            ["CR-26-00412", "11/11", "EtG +"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="testing vendor contract renewal",
        notes="Vendor contract for testing services with prices; no participant.",
        frm="Fiscal Unit <fiscal@marrowcountycourts.gov>",
        to="contracts@clearpathdiagnostics.com",
        subject="Contract MC-2027-14 pricing",
        body="Confirming 2027 pricing: 12-panel instant $6.10, lab EtG $18.50, LC-MS/MS confirmation $32. Contract MC-2027-14 attached for signature.",
        atts=(
            Att(
                "MC-2027-14.docx",
                DOCX,
                docx(
                    [
                        "Contract MC-2027-14 between Marrow County and ClearPath Diagnostics",
                        "Services: urine and oral fluid testing for treatment court participants.",
                        "Term: 1/1/2027 - 12/31/2027.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bench warrant note mentions treatment abscondment",
        notes="Hard positive: no diagnosis, but the note ties the named participant and DOB to leaving residential treatment and missed testing.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="clerk.criminal@marrowcountycourts.gov",
        subject="Bench warrant request - Prokop",
        body="Please prepare a bench warrant for the judge's signature: Wendell Prokop, CR-26-01893, DOB 05/14/1990. He left Cobalt Bay residential against advice on 11/20 and has not reported for testing."
        + CONF,
    ),
    Spec(
        phi=False,
        category="graduation ceremony announcement",
        notes="Hard negative: public graduation flyer mentions recovery without naming graduates.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="communityrelations@marrowcounty.gov",
        subject="Graduation flyer for county newsletter",
        body="",
        html="<html><body><h2>Treatment Court Graduation</h2><p>Join us December 16 at 4 pm in the Jury Assembly Room to celebrate six graduates who completed 18+ months of recovery work. Cake and coffee provided.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML incentive notice to participant",
        notes="HTML-only notice to the participant naming her negative tests and treatment compliance.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="lina.sorensen77@gmail.com",
        subject="Incentive pick-up",
        body="",
        html="<html><body><p>Lina,</p><p>For 120 days of negative screens and full attendance at aftercare, the judge awarded you a $25 grocery card. Pick it up at Room 214 any weekday.</p><p>- Liaison Office</p></body></html>",
    ),
    Spec(
        phi=False,
        category="de-identified evaluation dataset",
        notes="Hard negative: evaluator dataset with random IDs, age bands and outcomes only.",
        frm="Grants Manager <grants@marrowcountycourts.gov>",
        to="evaluation@westbayuniversity.edu",
        subject="Evaluation file Q4 (de-identified)",
        body="Per the DUA, zip attached; names, case numbers and dates removed and replaced with random IDs.",
        atts=(
            Att(
                "eval_q4.zip",
                "application/zip",
                zipped(
                    {
                        "eval_q4.csv": "rid,age_band,phase_max,days_in_program,graduated,positive_tests\nR8812,25-34,4,540,1,2\nR1093,35-44,2,210,0,9\nR4470,18-24,3,330,0,4\n",
                        "codebook.txt": "rid: random identifier assigned by evaluator\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of referral packets to defense",
        notes="Zip contains named defendants' screening results and SUD diagnoses for eligibility.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="pd-treatmentcourt@marrowcountypd.org",
        subject="Eligibility screens - 3 referrals",
        body="Screening results for the three referrals you sent last week." + CONF,
        atts=(
            Att(
                "screens.zip",
                "application/zip",
                zipped(
                    {
                        "screen_harwick.txt": "Desmond Harwick CR-26-02418\nTCU Drug Screen 5: score 9 (severe). Alcohol and cocaine. ELIGIBLE.\n",
                        "screen_ybarra.txt": "Celeste Ybarra CR-26-02431\nTCU score 4 (moderate). Opioids. ELIGIBLE pending ASAM.\n",
                        "screen_lowe.txt": "Trent Lowe CR-26-02440\nTCU score 1. NOT ELIGIBLE - no SUD indicated.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="chart image for county board",
        notes="Bar chart image of aggregate graduation rates.",
        frm="Grants Manager <grants@marrowcountycourts.gov>",
        to="boardclerk@marrowcounty.gov",
        subject="Chart for the budget presentation",
        body="Chart of graduation rates 2022-2026 for slide 7.",
        atts=(Att("grad_rates_chart.png", "image/png", png(8, 4, (40, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="forwarded lab result to team",
        notes="Forward of a lab confirmation naming the participant positive for alcohol metabolite.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="FW: confirmation result",
        body="Confirms the EtG. Discuss at staffing.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Results <results@clearpathdiagnostics.com>",
            to="liaison@marrowcountycourts.gov",
            subject="Confirmed result - MC5520",
            body="Donor: Guzman, Alejandro  ID TC-2026-0417\nEtG 1,850 ng/mL (cutoff 500) POSITIVE\nEtS 640 ng/mL POSITIVE\nMRO: result consistent with alcohol consumption, not incidental exposure.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded training announcement",
        notes="Forwarded training notice on fentanyl testing science; no participant.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="FW: Free webinar - interpreting EtG and fentanyl results",
        body="Recommended for the whole team.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Training <training@treatmentcourtinstitute.org>",
            to="liaison@marrowcountycourts.gov",
            subject="Free webinar - interpreting EtG and fentanyl results",
            body="December 8, 11 am PT: a toxicologist explains cutoffs, incidental exposure and norfentanyl.",
        ),
    ),
    Spec(
        phi=True,
        category="victim-witness unit note mentions participant treatment",
        notes="Hard positive: note names a participant and says he is in methadone treatment, shared for scheduling.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="victimwitness@marrowcountyda.gov",
        subject="scheduling - Harwick",
        body="Can we avoid 7-9 am for the Harwick restitution hearing? He doses at Lakeshore OTP every morning and the judge doesn't want him missing it.",
    ),
    Spec(
        phi=False,
        category="judge's speech draft",
        notes="Hard negative: speech draft about addiction and MOUD with only program-level remarks; no identifiable participant.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="judge.ocampo@marrowcountycourts.gov",
        subject="Rotary talk draft",
        body='Judge, draft for the Rotary lunch:\n\n"Addiction is a chronic disease. In our court, people on methadone or buprenorphine graduate at the same rate as everyone else. Many of our graduates arrived after more than one overdose; several now mentor new participants."\n\nEdits welcome.',
    ),
    Spec(
        phi=True,
        category="transport voucher request with diagnosis in subject",
        notes="Hard positive: subject line ties the named participant to opioid use disorder; body is logistics.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="vouchers@ardeencaretransit.org",
        subject="Bus pass - Celeste Ybarra (OUD, daily MOUD dosing)",
        body="Please issue a 30-day pass starting 11/23. Billing code TC-TRANS.",
    ),
    Spec(
        phi=False,
        category="interpreter request without case details",
        notes="Interpreter booking for a hearing time; no participant health information or name.",
        frm="Court Administration <admin@marrowcountycourts.gov>",
        to="interpreters@marrowcountycourts.gov",
        subject="Vietnamese interpreter 12/2 1:30",
        body="Need a Vietnamese interpreter in courtroom 2A, 12/2 at 1:30 pm, about 45 minutes.",
    ),
    Spec(
        phi=True,
        category="Medicare info for participant benefits",
        notes="Hard positive: benefits request gives the participant's name, SSN and MBI to enroll in treatment coverage.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="benefits@marrowcountyhhs.gov",
        subject="Benefits help - case 02431",
        body="Hi Omar,\n\nThe participant below needs help with a Medicare Part D plan that covers buprenorphine.\nName: Celeste Ybarra\nSSN: 447-61-3308\nMBI: 3KX7-WN2-HT48\nThanks."
        + CONF,
    ),
    Spec(
        phi=False,
        category="NPI list for billing setup",
        notes="Hard negative: provider NPIs for contracted clinicians; no participant.",
        frm="Fiscal Unit <fiscal@marrowcountycourts.gov>",
        to="billing@marrowcountybh.gov",
        subject="Provider NPIs for the voucher system",
        body="Contracted providers:\nCobalt Bay Recovery Center NPI 1278422427\nSamir Haddad MD NPI 1720354087\nLakeshore OTP NPI 1067913487\nRenata Szabo LCSW NPI 1217155716",
    ),
    Spec(
        phi=True,
        category="termination hearing memo",
        notes="Memo names a participant recommended for termination after repeated cocaine positives and missed treatment.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="da-treatmentcourt@marrowcountyda.gov",
        subject="Termination recommendation",
        body="Counsel,\n\nThe team recommends termination for Desmond Harwick (CR-26-02418): 6 cocaine-positive tests since September, 9 missed IOP sessions, and a new arrest 11/12. Hearing set 12/9."
        + CONF
        + SIG,
        atts=(
            Att(
                "harwick_summary.txt",
                "text/plain",
                "Desmond Harwick CR-26-02418\nPositives: 9/3, 9/17, 10/1, 10/22, 11/5, 11/12 (cocaine)\nIOP attendance 14/23\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="statistics request reply to reporter",
        notes="Hard negative: aggregate statistics to a journalist; no participant.",
        frm="Court Administration <admin@marrowcountycourts.gov>",
        to="newsdesk@ardeendailyherald.com",
        subject="RE: treatment court numbers",
        body="Since 2019: 412 admitted, 231 graduated, 8 deaths among current or former participants (county-wide overdose data). We cannot comment on individual cases.",
    ),
    Spec(
        phi=True,
        category="staffing summary PDF to treatment team",
        notes="PDF status report names participants with results and clinical recommendations.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="clinicaldirector@cobaltbayrecovery.org",
        subject="Staffing outcomes 11/18",
        body="Outcomes from today's staffing attached.",
        atts=(
            Att(
                "staffing_outcomes_1118.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARROW COUNTY TREATMENT COURT - STAFFING OUTCOMES 11/18/2026",
                        "Guzman, Alejandro: EtG+ confirmed; 8 hrs service; IOP increased to 4x/week.",
                        "Okafor, Darnell: fentanyl+; no sanction; bup dose review.",
                        "Sorensen, Lina: advanced to Phase 4.",
                    ],
                    "Staffing outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT password reset notice",
        notes="IT notice to staff; no participant.",
        frm="Court IT <it@marrowcountycourts.gov>",
        to="tc-team@marrowcountycourts.gov",
        subject="Case management system password expiry",
        body="Passwords for the case management system expire 11/30. Reset at https://password.marrowcountycourts.gov. MFA will be required from December 1.",
    ),
    Spec(
        phi=False,
        category="mock staffing exercise with fictional participants",
        notes="Hard negative: training role-play with clearly fictional participants declared as such.",
        frm="Treatment Court Liaison <liaison@marrowcountycourts.gov>",
        to="newteam@marrowcountycourts.gov",
        subject="Mock staffing for Friday's training",
        body="FICTIONAL CASES - TRAINING ONLY\n\nCase A: 'Pat Example', Phase 2, two positive tests for methamphetamine, missed one group.\nCase B: 'Sam Sample', Phase 1, on methadone, negative all month.\n\nCome ready to propose responses for each.",
    ),
]
