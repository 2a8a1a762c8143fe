"""WorkWell Occupational Partners (corporate occupational health vendor): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nWorkWell Occupational Partners\n1800 Industrial Blvd, Suite 210, Cleveland, OH 44114\n(216) 555-0170 | workwellocc.com"
CASE = "WorkWell Case Management <casemgmt@workwellocc.com>"
ACCT = "WorkWell Client Accounts <accounts@workwellocc.com>"

MESSAGES = [
    Spec(
        phi=True,
        category="work status report to employer",
        notes="Work status report to an employer naming an injured worker, his shoulder injury, restrictions and next visit.",
        frm=CASE,
        to="hr@lakeshoremetalworks.com",
        subject="Work status - Victor Almeida",
        body="Victor Almeida was re-evaluated today (claim WC-26-11842). Dx: right rotator cuff strain. Restrictions: no overhead reaching, lift max 15 lb with right arm. Physical therapy 2x/week. Next visit 05/26/2026.\n\nHeather Quinlan, RN, CCM"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="client onboarding welcome",
        notes="Client onboarding email describing services and contacts; no individual health information.",
        frm=ACCT,
        to="ops@greenfieldlogistics.com",
        subject="Welcome to WorkWell",
        body="Welcome aboard! Your account manager is Colin Baptiste. Services live June 1: pre-placement physicals, DOT exams, drug testing, injury care. Authorization forms and clinic list to follow."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="drug test MRO positive notice",
        notes="Hard positive: MRO verified-positive notice to the employer's designated representative naming the donor and specimen ID.",
        frm="WorkWell MRO Services <mro@workwellocc.com>",
        to="der@greenfieldlogistics.com",
        subject="Verified result - CCF 0418827",
        body="DER notification: Specimen CCF 0418827, donor Terrence Pollard, collected 05/06/2026 (random, DOT FMCSA). MRO verified result: POSITIVE - marijuana metabolite. Remove from safety-sensitive duty; SAP referral required.\n\nDr. Alan Whitmore, MRO",
    ),
    Spec(
        phi=False,
        category="drug testing policy document",
        notes="Hard negative: DOCX drug and alcohol testing policy for a client; policy text, no individuals.",
        frm="Colin Baptiste <cbaptiste@workwellocc.com>",
        to="ops@greenfieldlogistics.com",
        subject="Draft testing policy",
        body="Draft policy attached for legal review.",
        atts=(
            Att(
                "Greenfield_DA_policy_draft.docx",
                DOCX,
                docx(
                    [
                        "Greenfield Logistics Drug and Alcohol Testing Policy (draft)",
                        "Applies to all CDL drivers under 49 CFR Part 382.",
                        "Test types: pre-employment, random (50% drug, 10% alcohol), post-accident, reasonable suspicion.",
                        "Results are reported by the MRO to the Designated Employer Representative only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-placement roster with SSNs",
        notes="Hard positive: CSV of candidates with SSNs, DOBs and pre-placement physical/drug screen outcomes.",
        frm="Scheduling <scheduling@workwellocc.com>",
        to="talent@lakeshoremetalworks.com",
        subject="Pre-placement results week 19",
        body="Week 19 results attached.",
        atts=(
            Att(
                "prep_results_wk19.csv",
                "text/csv",
                "name,ssn,dob,physical,drug_screen,audiogram\nEzra Holloway,412-58-7301,1996-04-11,Cleared,Negative,Normal\nMarisol Vega,529-31-6648,1988-12-02,Cleared w/ restriction (no respirator pending PFT),Negative,Mild HF loss L\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped purchase order",
        notes="Hard negative: purchase order numbers in 3-2-4 format that look like SSNs; vendor billing mail.",
        frm=ACCT,
        to="ap@lakeshoremetalworks.com",
        subject="PO numbers for April invoices",
        body="Hi Denise,\n\nPlease reference these POs on payment: PO 301-44-2917 (April physicals, 38 exams) and PO 301-44-2958 (April drug tests, 61 panels). Total $7,412.00.\n\nThanks,\nWorkWell Client Accounts",
    ),
    Spec(
        phi=True,
        category="eligibility 271 response",
        notes="Hard positive: X12 271 attachment with a worker's name, member ID and coverage for an occupational visit.",
        frm="WorkWell Billing <billing@workwellocc.com>",
        to="eligibility@clevelandmedassoc.com",
        subject="271 for your records",
        body="Forwarding the eligibility response you asked for.",
        atts=(
            Att(
                "elig_271_0511.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*OHIOCARE       *ZZ*WORKWELL       *260511*1020*^*00501*000000882*0*P*:~\nGS*HB*OHIOCARE*WORKWELL*20260511*1020*882*X*005010X279A1~\nST*271*0001*005010X279A1~\nNM1*IL*1*KASPRZAK*DOROTA****MI*OHC55820417~\nDMG*D8*19830305*F~\nEB*1*IND*30**GOLD PPO~\nEB*B*IND*UC***27*75~\nSE*6*0001~\nGE*1*882~\nIEA*1*000000882~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 companion guide request",
        notes="Hard negative: request for an X12 companion guide mentioning transaction types; no patient.",
        frm="WorkWell Billing <billing@workwellocc.com>",
        to="edi@ohiocareplan.com",
        subject="Companion guide for 270/271 and 837P",
        body="Could you send the current companion guides for 270/271 and 837P? We're moving to a new clearinghouse June 1 and need to retest.",
    ),
    Spec(
        phi=True,
        category="injury case workbook to insurer",
        notes="Multi-sheet workbook to the workers' comp carrier with injured workers' names, claims, diagnoses and lost days.",
        frm=CASE,
        to="claims@buckeyemutualwc.com",
        subject="Open claims - Lakeshore Metalworks",
        body="Open claims attached; second tab has lost time.",
        atts=(
            Att(
                "Lakeshore_open_claims.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Claim", "Worker", "DOI", "Dx"],
                            [
                                "WC-26-11842",
                                "Victor Almeida",
                                "2026-04-21",
                                "Rotator cuff strain R",
                            ],
                            [
                                "WC-26-11903",
                                "Janelle Frisch",
                                "2026-04-29",
                                "Laceration L hand, 6 sutures",
                            ],
                        ],
                        "LostTime": [
                            ["Claim", "Days lost", "RTW"],
                            ["WC-26-11842", 4, "Modified duty"],
                            ["WC-26-11903", 0, "Full duty"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="injury rate benchmark workbook",
        notes="Hard negative: multi-sheet workbook of aggregate injury rates and case counts by site; no names.",
        frm="Analytics <analytics@workwellocc.com>",
        to="ehs@lakeshoremetalworks.com",
        subject="Q1 injury benchmarks",
        body="Your Q1 benchmarks are attached. TRIR improved to 3.1.",
        atts=(
            Att(
                "Lakeshore_Q1_benchmarks.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rates": [
                            ["Site", "Hours", "Recordables", "TRIR"],
                            ["Plant 1", 412000, 6, 2.9],
                            ["Plant 2", 298000, 5, 3.4],
                        ],
                        "ByType": [
                            ["Injury type", "Count"],
                            ["Laceration", 4],
                            ["Strain/sprain", 5],
                            ["Burn", 2],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fitness for duty letter pdf",
        notes="PDF fitness-for-duty letter naming a worker, her seizure history and driving restriction.",
        frm="Dr. Alan Whitmore <awhitmore@workwellocc.com>",
        to="hr@greenfieldlogistics.com",
        subject="Fitness for duty determination",
        body="Determination letter attached.",
        atts=(
            Att(
                "FFD_Reinholt_Anya.pdf",
                "application/pdf",
                pdf(
                    [
                        "WORKWELL OCCUPATIONAL PARTNERS - FITNESS FOR DUTY",
                        "Employee: Anya Reinholt   Employee ID G-20417",
                        "Evaluation 05/07/2026",
                        "Not medically qualified for commercial driving: seizure 03/2026, on levetiracetam.",
                        "May perform warehouse duties without forklift operation. Re-evaluate 09/2026.",
                    ],
                    "FFD letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pdf services brochure",
        notes="Hard negative: PDF brochure listing occupational health services and prices.",
        frm="Colin Baptiste <cbaptiste@workwellocc.com>",
        to="safety@northcoastpaving.com",
        subject="WorkWell services overview",
        body="Our overview is attached - happy to set up a call.",
        atts=(
            Att(
                "WorkWell_services_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "WORKWELL OCCUPATIONAL PARTNERS",
                        "DOT physicals, drug and alcohol testing, respirator clearance",
                        "Injury care at 14 partner clinics across Ohio",
                        "Average report turnaround: 24 hours",
                    ],
                    "Services overview",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded clinic note to case manager",
        notes="Hard positive: forwarded partner-clinic note in an rfc822 part about a named worker's burn treatment, sent on to the employer's safety manager.",
        frm=CASE,
        to="ehs@lakeshoremetalworks.com",
        subject="Fwd: visit note",
        body="See below from the clinic. He can come back on light duty Monday.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Provider <provider@parmaoccclinic.com>",
            to="casemgmt@workwellocc.com",
            subject="Visit note - Wade Kittredge",
            body="Wade Kittredge, DOB 01/19/1990. Second-degree burn to left forearm (T22.212A), 3% TBSA, silver sulfadiazine dressing daily. Keep dry, no gloves work x7 days.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded clinic network update",
        notes="Forwarded partner-clinic message about new hours; network logistics, no worker.",
        frm="Network <network@workwellocc.com>",
        to="clients@list.workwellocc.com",
        subject="Fwd: Parma clinic extended hours",
        body="FYI for your supervisors.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Office <office@parmaoccclinic.com>",
            to="network@workwellocc.com",
            subject="Extended hours",
            body="Starting June 1 we will see work injuries until 10pm weekdays and 9-3 Saturdays.",
        ),
    ),
    Spec(
        phi=True,
        category="respirator clearance zip",
        notes="Hard positive: zip of respirator questionnaire results for named employees with asthma and a pulmonary function finding.",
        frm="Respiratory Program <resp@workwellocc.com>",
        to="ehs@northcoastpaving.com",
        subject="Respirator clearances",
        body="Clearance results attached (zip).",
        atts=(
            Att(
                "NCP_resp_clearance.zip",
                "application/zip",
                zipped(
                    {
                        "clearances.txt": "North Coast Paving respirator clearance 05/2026\nBrandon Tisdale - CLEARED half-face APR\nOmar Qureshi - NOT CLEARED pending pulmonology: FEV1 61% predicted, asthma\nLucia Ferraro - CLEARED PAPR only\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of fit test SOP",
        notes="Hard negative: zip of blank fit-test forms and SOP; no individual.",
        frm="Respiratory Program <resp@workwellocc.com>",
        to="ehs@northcoastpaving.com",
        subject="Fit test SOP and forms",
        body="SOP and blank forms attached.",
        atts=(
            Att(
                "fit_test_kit.zip",
                "application/zip",
                zipped(
                    {
                        "fit_test_SOP.txt": "Quantitative fit testing per OSHA 1910.134 Appendix A. Fit factor >= 100 half-face.",
                        "fit_test_form.txt": "Employee: ______ Respirator model: ______ Fit factor: ______",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="audiogram shift notice to worker",
        notes="Letter to a worker's personal gmail about his standard threshold shift on annual audiogram.",
        frm="Hearing Conservation <hearing@workwellocc.com>",
        to="dmitri.sokolov77@gmail.com",
        subject="Your hearing test result",
        body="Dear Dmitri Sokolov,\n\nYour annual hearing test on 05/05/2026 showed a standard threshold shift in your left ear compared with your 2024 baseline. Please wear double protection in the press area and return for a retest within 30 days. An ENT referral may follow."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="hearing conservation training slides",
        notes="Hard negative: training note with obviously fictional sample audiograms ('Worker X').",
        frm="Hearing Conservation <hearing@workwellocc.com>",
        to="supervisors@lakeshoremetalworks.com",
        subject="Toolbox talk: noise",
        body="For your toolbox talk: 'Worker X' shows a 10 dB shift at 4 kHz after two years without plugs. 'Worker Y' with plugs shows no change. Reminder: 85 dBA action level.",
    ),
    Spec(
        phi=True,
        category="html texting-style restriction update",
        notes="Hard positive: HTML-only short update to a supervisor naming a worker and a pregnancy-related lifting restriction.",
        frm=CASE,
        to="supervisor.plant2@lakeshoremetalworks.com",
        subject="Restriction update",
        body="",
        html="<html><body><p>hi Ray - <b>Monique Caldwell</b> ok to work, no lifting over 20 lb and no solvent area for rest of pregnancy per OB note rec'd today. - Heather</p></body></html>",
    ),
    Spec(
        phi=False,
        category="html wellness fair invite",
        notes="Hard negative: HTML-only invitation to a worksite wellness fair with blood pressure screenings; event mail, no individual.",
        frm="WorkWell Events <events@workwellocc.com>",
        to="all-employees@greenfieldlogistics.com",
        subject="Wellness fair June 10",
        body="",
        html="<html><body><h2>Wellness fair - June 10</h2><p>Free blood pressure, glucose and cholesterol screenings in the break room, 7am-3pm. Flu shots will be offered in October.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="DOT physical certificate to driver",
        notes="Email to a driver's hotmail with his name, medical examiner certificate validity and hypertension-limited 1-year card.",
        frm="DOT Exams <dot@workwellocc.com>",
        to="gil.navarro.cdl@hotmail.com",
        subject="Your DOT medical card",
        body="Gil, your medical examiner's certificate is valid for 1 year only (to 05/08/2027) because of your stage 1 hypertension (BP 148/92 today). Keep taking lisinopril and bring a BP log next year.\n\nWorkWell DOT Exams"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="medical examiner registry credentials",
        notes="Examiner names and NPIs for the FMCSA registry update; provider identifiers, no drivers.",
        frm="DOT Exams <dot@workwellocc.com>",
        to="compliance@workwellocc.com",
        subject="NRCME examiners list",
        body="Current certified examiners:\nAlan Whitmore, MD, Occupational Medicine, NPI 1623048711\nBeatriz Lenz, DO, NPI 1198534061\nBoth NRCME certificates valid through 2030.",
    ),
    Spec(
        phi=True,
        category="workers comp bill with SSN",
        notes="Hard positive: bill text to the carrier with the claimant's SSN, claim and physical therapy services.",
        frm="WorkWell Billing <billing@workwellocc.com>",
        to="medbills@buckeyemutualwc.com",
        subject="WC-26-11842 bill",
        body="Claimant: Victor Almeida  SSN 287-64-1093  Claim WC-26-11842\n05/04 97110 Therapeutic exercise x3 units $186.00\n05/06 97110 Therapeutic exercise x3 units $186.00\n05/06 97140 Manual therapy x1 $58.00\nTotal $430.00",
    ),
    Spec(
        phi=False,
        category="carrier fee schedule question",
        notes="Fee schedule question to a carrier; no claimant.",
        frm="WorkWell Billing <billing@workwellocc.com>",
        to="provider-relations@buckeyemutualwc.com",
        subject="2026 fee schedule",
        body="Is the Ohio BWC 2026 fee schedule now applied for 97110 and 99213, or still the 2025 rates? Our April remits look inconsistent.",
    ),
    Spec(
        phi=True,
        category="calendar invite for IME",
        notes="Hard positive: calendar invite to an attorney naming a claimant and an independent medical exam of his lumbar spine.",
        frm="IME Scheduling <ime@workwellocc.com>",
        to="paralegal@ferrisandlowe-law.com",
        subject="IME scheduled",
        body="IME confirmed; invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WorkWell//IME//EN\r\nBEGIN:VEVENT\r\nUID:ww-ime-5512@workwellocc.com\r\nDTSTAMP:20260511T140000Z\r\nDTSTART:20260527T130000Z\r\nDTEND:20260527T150000Z\r\nSUMMARY:IME - Curtis Oyelowo - lumbar spine (claim WC-25-09917)\r\nLOCATION:WorkWell Cleveland exam suite 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="quarterly business review invite",
        notes="Hard negative: calendar invite for a client business review; meeting mail, no individuals.",
        frm="Colin Baptiste <cbaptiste@workwellocc.com>",
        to="ops@greenfieldlogistics.com",
        subject="QBR - June 3",
        body="Invite attached for our quarterly review.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WorkWell//Accounts//EN\r\nBEGIN:VEVENT\r\nUID:ww-qbr-0603@workwellocc.com\r\nDTSTAMP:20260511T140000Z\r\nDTSTART:20260603T150000Z\r\nDTEND:20260603T160000Z\r\nSUMMARY:Greenfield / WorkWell quarterly business review\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="employee ID only positive TB test",
        notes="Hard positive: email identifies a hospital-contract worker only by employee ID and unit with a positive TB blood test and chest x-ray.",
        frm="Employee Health Services <ehs@workwellocc.com>",
        to="employeehealth@stvincentcharity.org",
        subject="Annual TB screen - follow-up needed",
        body="Employee ID SV-30418 (Environmental Services, nights): QuantiFERON-TB Gold POSITIVE 05/05/2026, chest x-ray 05/08 clear. Likely latent TB; referred to county TB clinic for treatment discussion. Cleared to work.",
    ),
    Spec(
        phi=False,
        category="TB screening compliance rate",
        notes="Hard negative: aggregate TB screening compliance percentages by department.",
        frm="Employee Health Services <ehs@workwellocc.com>",
        to="employeehealth@stvincentcharity.org",
        subject="TB screening compliance - May",
        body="Compliance to date: Nursing 94%, EVS 81%, Food Service 77%, Admin 98%. 6 positive screens system-wide, all referred. Final report June 15.",
    ),
    Spec(
        phi=True,
        category="docx return to work plan",
        notes="DOCX return-to-work plan for a named worker after carpal tunnel surgery, sent to the employer.",
        frm=CASE,
        to="hr@northcoastpaving.com",
        subject="RTW plan",
        body="Return-to-work plan attached for signature.",
        atts=(
            Att(
                "RTW_plan_Bellamy.docx",
                DOCX,
                docx(
                    [
                        "WorkWell Occupational Partners - Return to Work Plan",
                        "Employee: Shawna Bellamy   Claim WC-26-10277",
                        "Right carpal tunnel release 04/14/2026",
                        "Weeks 1-2: no vibrating tools; weeks 3-4: 4 hours vibrating tools per day",
                        "Full duty expected 06/08/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="txt clinic network list",
        notes="Text file of partner clinic addresses and hours; directory, no patient.",
        frm="Network <network@workwellocc.com>",
        to="ops@greenfieldlogistics.com",
        subject="Clinic list",
        body="Partner clinic list attached.",
        atts=(
            Att(
                "workwell_clinics.txt",
                "text/plain",
                "WorkWell partner clinics (Ohio)\nParma Occupational Clinic - 5500 Ridge Rd, Parma - 7a-10p\nAkron Work Health - 88 S Main St, Akron - 7a-7p\nToledo Occ Med - 1200 Monroe St, Toledo - 8a-6p\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt vaccine titer list to hospital",
        notes="Hard positive: text attachment listing named contract nurses with negative hepatitis B and measles titers.",
        frm="Employee Health Services <ehs@workwellocc.com>",
        to="staffing@stvincentcharity.org",
        subject="Titers - new contract nurses",
        body="Titer results for the June cohort attached.",
        atts=(
            Att(
                "titers_june_cohort.txt",
                "text/plain",
                "June cohort titers\nKelsey Amundsen RN - HBsAb <10 (non-immune), booster series started 05/08\nRaj Venkataraman RN - Measles IgG negative, MMR given 05/08\nOlga Petrenko RN - all immune\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="EAP referral confirmation to employee",
        notes="Confirmation to an employee's yahoo that her EAP counselling for alcohol use was scheduled.",
        frm="WorkWell EAP <eap@workwellocc.com>",
        to="jlaramie.home@yahoo.com",
        subject="Your EAP appointment",
        body="Hi Jessica Laramie,\n\nYour first counselling session about alcohol use is set for Tuesday 05/19 at 5:30 pm with Lorraine Dutton, LICDC. This is confidential; your employer only knows that you were referred, not what you discuss."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="EAP service flyer",
        notes="Hard negative: EAP flyer text mentioning depression and substance use as topics; no individual.",
        frm="WorkWell EAP <eap@workwellocc.com>",
        to="hr@lakeshoremetalworks.com",
        subject="EAP flyer for break rooms",
        body="Please post: 'Stress, depression, alcohol or drug problems, family issues? Call WorkWell EAP 24/7 at (216) 555-0177. Free and confidential for you and your household.'",
    ),
    Spec(
        phi=True,
        category="SSN-only audit sample request",
        notes="Hard positive: auditor reply listing a sample of records by SSN with the services received.",
        frm="Compliance <compliance@workwellocc.com>",
        to="fieldwork@hollanderaudit.com",
        subject="Re: audit sample",
        body="Sample records you selected:\n- SSN 538-20-4471: pre-employment drug screen 03/02, DOT physical 03/02\n- SSN 401-77-3356: post-accident drug/alcohol 03/19, laceration repair 03/19\nCharts will be available in the portal Thursday.",
    ),
    Spec(
        phi=False,
        category="audit engagement letter",
        notes="Audit engagement scheduling; business mail.",
        frm="Compliance <compliance@workwellocc.com>",
        to="fieldwork@hollanderaudit.com",
        subject="Fieldwork dates",
        body="Confirming fieldwork June 8-10 at our Cleveland office. Conference room B is reserved; badge in at the front desk.",
    ),
    Spec(
        phi=False,
        category="staff promotion announcement",
        notes="Staff announcement naming employees; workforce information.",
        frm="People Team <people@workwellocc.com>",
        to="staff@workwellocc.com",
        subject="Congratulations Heather and Colin",
        body="Please congratulate Heather Quinlan, RN, promoted to Case Management Lead, and Colin Baptiste, now Director of Client Accounts.",
    ),
    Spec(
        phi=False,
        category="board meeting minutes excerpt",
        notes="Hard negative: board minutes excerpt citing aggregate injury-case and drug-test positivity rates.",
        frm="Office of the CEO <ceo@workwellocc.com>",
        to="board@workwellocc.com",
        subject="Minutes draft - May board meeting",
        body="Draft minutes: revenue up 12%; 4,310 injury cases managed in Q1; random drug-test positivity 4.8% (national 4.6%). Motion to open Columbus office approved.",
    ),
    Spec(
        phi=True,
        category="blood lead surveillance result",
        notes="Medical surveillance result to the employer naming a worker with an elevated blood lead level and medical removal.",
        frm="Medical Surveillance <surveillance@workwellocc.com>",
        to="ehs@lakeshoremetalworks.com",
        subject="Blood lead - medical removal required",
        body="Isaac Brandvold (Plant 2, casting): blood lead 52 ug/dL on 05/04/2026, confirmed 51 ug/dL on 05/08. Under OSHA 1910.1025 he must be removed from lead exposure with pay; retest in 30 days. Zinc protoporphyrin also elevated.\n\nDr. Alan Whitmore",
    ),
]
