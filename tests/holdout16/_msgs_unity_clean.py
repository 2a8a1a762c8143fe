"""Unity Health Plan outbound mail without PHI (24 messages)."""

from __future__ import annotations

from _att import XLSX, pdf, xlsx
from _spec import QC, TMD, UHP, Att, Spec

_HEDIS_XLSX = xlsx(
    {
        "Summary": [
            ["Measure", "Denominator", "Numerator", "Rate", "2025 rate", "NCQA 50th pct"],
            ["CDC - HbA1c poor control (>9.0%)", 4812, 1395, "29.0%", "31.4%", "32.1%"],
            ["Eye exam for patients with diabetes", 4812, 2791, "58.0%", "55.2%", "52.3%"],
            ["Controlling high blood pressure", 9177, 5873, "64.0%", "61.9%", "62.0%"],
            ["Breast cancer screening", 11204, 8067, "72.0%", "70.5%", "71.1%"],
            [
                "Follow-up after ED visit for mental illness (7-day)",
                388,
                171,
                "44.1%",
                "40.2%",
                "42.6%",
            ],
        ],
        "By county": [
            ["County", "Members", "BCS rate", "CBP rate"],
            ["Scott", 41207, "73.8%", "65.1%"],
            ["Johnson", 28816, "74.2%", "66.0%"],
            ["Black Hawk", 19550, "68.9%", "60.4%"],
        ],
    }
)

_CRED_XLSX = xlsx(
    {
        "Expiring Q1": [
            ["Provider", "Specialty", "NPI", "DEA", "DEA exp", "License exp"],
            [
                "Ansah, Kwabena MD",
                "Endocrinology",
                "1643304458",
                "BK7071791",
                "2027-02-28",
                "2027-06-30",
            ],
            [
                "Sokolov, Ivan DO",
                "Orthopedic spine",
                "1294039403",
                "FM1702364",
                "2027-03-31",
                "2027-09-30",
            ],
            [
                "Whitford, Amanda NP",
                "Family practice",
                "1290779432",
                "MR5080697",
                "2027-01-31",
                "2028-01-31",
            ],
        ],
        "Notes": [
            ["Item", "Detail"],
            ["Source", "CAQH ProView pull 11/06/2026"],
            ["Action", "Provider relations to send reminders 90 days before expiry"],
        ],
    }
)

_POLICY_PDF = pdf(
    [
        "UNITY HEALTH PLAN - MEDICAL POLICY MP-114",
        "Bariatric Surgery for Adults (effective January 1, 2027)",
        "",
        "Criteria: BMI >= 40, or BMI >= 35 with a serious comorbidity such as type 2 diabetes,",
        "obstructive sleep apnea or hypertension uncontrolled on 3 agents.",
        "Documented participation in a supervised weight-loss program of 6 months.",
        "Psychological evaluation within 12 months of the request.",
        "Covered CPT: 43644, 43645, 43775. Revisions (43848) need medical director review.",
        "Changes from 2026: removed age ceiling of 65; added GLP-1 trial documentation.",
    ],
    "MP-114 Bariatric Surgery",
)

_DEID_CSV = (
    "study_id,age_band,sex,zip3,year_of_service,icd10_primary,cpt,allowed_amt\r\n"
    "S0001,40-44,F,527,2025,E11.9,99214,112.40\r\n"
    "S0002,65-69,M,522,2025,I50.22,99223,318.77\r\n"
    "S0003,20-24,F,524,2025,F32.1,90837,141.02\r\n"
    "S0004,85-89,F,527,2025,S72.001A,27236,1874.15\r\n"
    "S0005,30-34,M,522,2026,J45.40,94640,22.10\r\n"
)

_TEST_834 = (
    "ISA*00*          *00*          *ZZ*UNITYHPTEST    *ZZ*TELEMDCONN     "
    "*261105*0930*^*00501*000000091*0*T*:~"
    "GS*BE*UNITYHPTEST*TELEMDCONN*20261105*0930*91*X*005010X220A1~ST*834*0001*005010X220A1~"
    "BGN*00*TEST-ROUND-3*20261105*0930****2~"
    "INS*Y*18*021*28*A***FT~REF*0F*ZZTEST00001~NM1*IL*1*TESTPATIENT*ALPHA****34*000000000~"
    "N3*1 TEST LANE~N4*TESTVILLE*IA*00000~DMG*D8*19000101*F~"
    "INS*Y*18*021*28*A***FT~REF*0F*ZZTEST00002~NM1*IL*1*TESTPATIENT*BRAVO****34*000000000~"
    "N3*2 TEST LANE~N4*TESTVILLE*IA*00000~DMG*D8*19000101*M~"
    "SE*12*0001~GE*1*91~IEA*1*000000091~"
)

MESSAGES = [
    Spec(
        phi=False,
        category="provider newsletter with clinician names",
        notes=(
            "Hard negative: HTML provider bulletin welcoming clinicians by name, specialty and "
            "NPI; no patients."
        ),
        frm=f"Provider Relations <providernews@{UHP}>",
        to="practice-managers@eastiowaipa.org",
        subject="Provider Bulletin - November 2026",
        body="",
        html=(
            "<html><body><h2>Unity Provider Bulletin</h2><h3>Welcome to the network</h3><ul>"
            "<li>Dr. Kwabena Ansah, endocrinology, Cedar Valley Endocrine (NPI 1643304458)</li>"
            "<li>Dr. Lucia Ferrante, pediatric endocrinology, accepting new patients with type 1 "
            "diabetes</li>"
            "<li>Amanda Whitford, NP, family practice, QuickCare North Liberty</li></ul>"
            "<h3>Reminders</h3><p>Prior authorization for sleep studies (95810) moves to our "
            "portal "
            "January 1. Hepatitis C DAA requests no longer require a fibrosis score.</p>"
            "<p>Questions? providerrelations@unityhealthplan.com</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate HEDIS quality report",
        notes=(
            "Hard negative: multi-sheet XLSX of HEDIS measure rates and county aggregates with "
            "diabetes, blood pressure and mental illness measures; no individuals."
        ),
        frm=f"Quality Analytics <quality@{UHP}>",
        to="qi-committee@eastiowaipa.org",
        subject="MY2026 interim HEDIS rates",
        body=(
            "All,\n\nInterim rates through September claims are attached. HbA1c poor control is "
            "down 2.4 points; FUH-7 still lags. Final rates after chart chase in March.\n\n"
            "Naomi Achebe, MPH\nDirector, Quality Analytics\n"
        ),
        atts=(Att("HEDIS_MY2026_interim.xlsx", XLSX, _HEDIS_XLSX),),
    ),
    Spec(
        phi=False,
        category="drug shortage formulary notice",
        notes=(
            "Hard negative: amoxicillin and albuterol shortage notice with alternative drugs "
            "and doses; no patients."
        ),
        frm=f"Pharmacy Services <rxservices@{UHP}>",
        to=f"clinical-leads@{QC}",
        subject="Shortage update: amoxicillin susp, albuterol HFA",
        body=(
            "Clinical leads,\n\nFDA lists amoxicillin 400 mg/5 mL suspension and some albuterol "
            "HFA "
            "NDCs in shortage. Through 1/31/2027 we will:\n"
            "- cover amoxicillin-clavulanate 600 mg/5 mL or cefdinir without PA for pediatric "
            "otitis media\n"
            "- cover levalbuterol HFA at tier 2\n- waive the early-refill edit for inhalers\n\n"
            "Unity Pharmacy Services | Formulary Management\n"
        ),
    ),
    Spec(
        phi=False,
        category="employee benefits open enrollment (HR)",
        notes=(
            "Hard negative: HR open enrollment mail to all staff with FSA limits and "
            "diabetes/EAP program descriptions; no individual health data."
        ),
        frm=f"People Team <hr@{UHP}>",
        to=f"allstaff@{UHP}",
        cc=f"benefits@{UHP}",
        subject="Open enrollment closes Friday 11/20",
        body=(
            "Hi all,\n\nReminder that employee open enrollment in Workday closes Friday 11/20 at "
            "5pm.\n\n"
            "- Health FSA limit is $3,400 for 2027\n- Our own Unity HMO plan premium stays flat\n"
            "- New: Livongo diabetes and hypertension coaching at no cost for employees\n"
            "- EAP now offers 8 free counseling sessions per issue\n\nPayroll deductions start "
            "with "
            "the 1/8 paycheck.\n\nThe People Team\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO",
        notes=(
            "Hard negative: print vendor invoice query with a PO number shaped like an SSN and "
            "ID card quantities; no members."
        ),
        frm=f"Accounts Payable <ap@{UHP}>",
        to="billing@heartlandprintmail.com",
        subject="Invoice HPM-88412 / PO 482-19-7730",
        body=(
            "Hello,\n\nWe received invoice HPM-88412 for $14,872.60 against PO 482-19-7730 (2027 "
            "member "
            "ID card print and mailing, 41,500 cards). The PO allows $0.33/card; the invoice bills "
            "$0.358. Please send a corrected invoice.\n\nThanks,\nGreta Vossberg\nAccounts "
            "Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="job posting care manager RN",
        notes=(
            "Hard negative: job posting for an RN care manager mentioning chronic disease "
            "caseloads."
        ),
        frm=f"Talent Acquisition <careers@{UHP}>",
        to="jobs@iowanursesassociation.org",
        subject="Please post: RN Care Manager (remote, Iowa)",
        body=(
            "Hi, please post the following on your job board:\n\nRN Care Manager - Complex Care\n"
            "Unity Health Plan, remote within Iowa. Manage a caseload of 60-80 members with CHF, "
            "COPD, "
            "diabetes and behavioral health needs. Iowa RN license, 3 years acute care, CCM "
            "preferred. "
            "$82k-$98k plus bonus.\nApply: unityhealthplan.com/careers req 26-0417\n\nThank you!\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes=(
            "Hard negative: Safe Harbor de-identified claims extract (age bands, zip3, year, "
            "ICD-10) to a university partner."
        ),
        frm=f"Naomi Achebe <nachebe@{UHP}>",
        to="hsr-data@uiowa.edu",
        subject="Sample of de-identified extract (DUA 2026-07)",
        body=(
            "Dr. Lindgren,\n\nAs agreed under the DUA, here is a 5-row sample of the Safe Harbor "
            "extract layout before we run the full pull: age in 5-year bands (90+ collapsed), "
            "3-digit ZIP, year only, no member IDs.\n\nNaomi\n"
        ),
        atts=(Att("deid_sample_layout.csv", "text/csv", _DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes=(
            "Hard negative: population health summit agenda with clinician speakers on heart "
            "failure, opioids and depression."
        ),
        frm=f"Events <events@{UHP}>",
        to="attendees@iowapophealth.org",
        subject="Agenda: Population Health Summit, Dec 4",
        body=(
            "Population Health Summit - Friday December 4, Davenport RiverCenter\n\n"
            "8:00  Registration\n8:30  Keynote: Dr. Olamide Fashola, 'Heart failure readmissions "
            "after the hospital-at-home pilot'\n9:45  Panel: Buprenorphine access in rural Iowa "
            "(Dr. Ruth Engebretsen, Marcus Feeney LMSW)\n11:00 Depression screening in urgent care "
            "(Dr. Samir Qureshi, QuickCare)\n12:00 Lunch\n\nCME: 4.0 AMA PRA Category 1\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test members EDI 834",
        notes=(
            "Hard negative: X12 834 test file with clearly labelled synthetic members "
            "(TESTPATIENT, ZZTEST ids, usage indicator T)."
        ),
        frm=f"EDI Operations <edi@{UHP}>",
        to=f"integrations@{TMD}",
        subject="834 test round 3 - synthetic members only",
        body=(
            "Priyanka,\n\nRound 3 test 834 attached. Both members are synthetic (TESTPATIENT ALPHA/"
            "BRAVO, ids ZZTEST00001-2, ISA15=T). Please confirm your 999 by Friday.\n\nUHP EDI\n"
        ),
        atts=(Att("UHP_834_TEST_round3.x12", "application/edi-x12", _TEST_834),),
    ),
    Spec(
        phi=False,
        category="medical policy document",
        notes=(
            "Hard negative: medical policy PDF on bariatric surgery criteria with conditions "
            "and CPT codes; no individual."
        ),
        frm=f"Medical Policy <medpolicy@{UHP}>",
        to="policy-notices@eastiowaipa.org",
        subject="90-day notice: MP-114 Bariatric Surgery",
        body=(
            "Attached is the 90-day notice of changes to MP-114, effective 1/1/2027.\n\nUnity "
            "Medical Policy Committee\n"
        ),
        atts=(Att("MP-114_bariatric_2027.pdf", "application/pdf", _POLICY_PDF),),
    ),
    Spec(
        phi=False,
        category="IT MFA rollout",
        notes="IT notice about MFA enrolment for external portal users.",
        frm=f"Unity IT Service Desk <servicedesk@{UHP}>",
        to=f"portal-admins@{QC}",
        subject="Action required: provider portal MFA by Dec 1",
        body=(
            "Hello portal administrators,\n\nStarting December 1 every provider portal login will "
            "require an authenticator app code. Users who have not enrolled will be prompted at "
            "next "
            "login. SMS codes will not be offered.\n\nGuide: unityhealthplan.com/portal-mfa\n\n"
            "Unity IT Service Desk\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff flu clinic notice",
        notes=(
            "Hard negative: workforce flu shot clinic notice naming the employee health nurse; "
            "no one's health info."
        ),
        frm=f"Employee Health <employeehealth@{UHP}>",
        to=f"allstaff@{UHP}",
        subject="Staff flu shots Thursday, 3rd floor",
        body=(
            "Our employee flu clinic is Thursday 11/12, 9-3, room 3B. Quadrivalent and high-dose "
            "vaccine available. Bring your badge. Nurse Tomasz Wierzbicki will be there all day.\n"
            "If you got your shot elsewhere, upload the record in Workday by 12/15.\n"
        ),
    ),
    Spec(
        phi=False,
        category="provider directory update",
        notes=(
            "Hard negative: directory correction with clinician names, clinic addresses and "
            "phone numbers."
        ),
        frm=f"Devin Marsh <dmarsh@{UHP}>",
        to=f"credentialing@{QC}",
        subject="Directory attestation - 3 corrections",
        body=(
            "Hi Carla,\n\nFrom your Q4 attestation we updated:\n"
            "- Dr. Samir Qureshi now at QuickCare Coralville, 910 N 1st Ave, 319-555-0176\n"
            "- Amanda Whitford NP added to North Liberty\n- Bettendorf x-ray hours now 8a-8p "
            "daily\n\n"
            "Please confirm by replying. Thanks!\nDevin\n"
        ),
    ),
    Spec(
        phi=False,
        category="SIU provider billing pattern",
        notes=(
            "Hard negative: special investigations note about a provider's E/M coding rate vs "
            "peers, aggregate only, NPI of a clinician."
        ),
        frm=f"Special Investigations <siu@{UHP}>",
        to="audit@meridianpaymentintegrity.com",
        subject="Referral: outlier E/M coding",
        body=(
            "Team,\n\nReferring a coding outlier for focused review. Provider NPI 1454615760 "
            "billed "
            "99215 on 61% of established visits in Q3 vs a peer median of 14%, across 1,142 "
            "claims. "
            "Please request 30 random records under the standard audit clause.\n\nSIU\n"
        ),
    ),
    Spec(
        phi=False,
        category="broker marketing AEP",
        notes="Medicare Advantage annual enrollment marketing update to brokers; no members.",
        frm=f"Broker Services <brokers@{UHP}>",
        to="agents@hawkeyeinsuranceadvisors.com",
        subject="AEP week 5: talking points + new $0 dental",
        body=(
            "Agents,\n\nWeek 5 of AEP. Reminders: scope of appointment 48 hours ahead; no "
            "unsolicited "
            "calls. Talking points: $0 PCP copay, $0 dental cleanings, OTC card $75/quarter, "
            "insulin $35/month.\n\nBroker Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="finance MLR summary",
        notes=(
            "Hard negative: executive financial summary with PMPM, MLR and inpatient days per "
            "1,000; aggregates only."
        ),
        frm=f"Graham Oyelowo <goyelowo@{UHP}>",
        to="board@unityhealthplan-trustees.org",
        subject="Q3 financial summary for the Finance Committee",
        body=(
            "Board members,\n\nQ3 headlines: medical loss ratio 87.2% (budget 86.0%), PMPM medical "
            "cost $498, inpatient days 231/1,000, specialty drug trend +14% driven by GLP-1s. Full "
            "deck will be in the board portal Thursday.\n\nGraham Oyelowo\nCFO\n"
        ),
    ),
    Spec(
        phi=False,
        category="fee schedule to urgent care",
        notes=(
            "Hard negative: contracted fee schedule rates by CPT code for urgent care and "
            "x-ray; no patients."
        ),
        frm=f"Network Contracting <contracting@{UHP}>",
        to=f"cfo@{QC}",
        subject="2027 fee schedule proposal",
        body=(
            "Hi Daniel,\n\nProposed 2027 rates (% of Medicare):\n"
            "S9083 urgent care global: $142.00\n99213: 118%\n99214: 118%\n71046 chest x-ray 2v: "
            "125%\n"
            "73610 ankle x-ray 3v: 125%\n87880 rapid strep: 100%\n\nHappy to discuss Thursday.\n\n"
            "Owen Kilbride\n"
        ),
    ),
    Spec(
        phi=False,
        category="member newsletter template flu",
        notes=(
            "Generic HTML member newsletter on flu and RSV shots sent to the mailing vendor for "
            "proofing."
        ),
        frm=f"Member Communications <communications@{UHP}>",
        to="proofs@heartlandprintmail.com",
        subject="Proof: December member e-news",
        body="",
        html=(
            "<html><body><h1>Stay well this winter</h1><p>Flu shots are free for all Unity "
            "members at "
            "any in-network pharmacy. Adults 60+ can also get the RSV vaccine at no cost.</p>"
            "<p>Feeling sick? Try a $0 virtual visit with TeleMD Connect or walk into any "
            "QuickCare.</p>"
            "<p style='font-size:10px'>Unity Health Plan | Unsubscribe</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="prospective member plan question",
        notes=(
            "Hard negative: reply to a prospective customer's gmail about plan networks, virtual "
            "visits and copays; general benefits only, nothing about anyone's health or care."
        ),
        frm=f"Sales Support <sales@{UHP}>",
        to="kpetrakis.home@gmail.com",
        subject="Re: question about 2027 Silver plans",
        body=(
            "Hi Katerina,\n\nThanks for reaching out. All 2027 Unity Silver plans include the "
            "QuickCare urgent care network ($35 copay) and $0 TeleMD Connect virtual visits. "
            "Preventive care such as vaccines and screenings is covered at $0 on every plan. You "
            "can compare plans at unityhealthplan.com/shop or call 1-800-555-0190.\n\n"
            "Open enrollment runs through January 15.\n\nBest,\nJordan Mayfield\nSales Support\n"
        ),
    ),
    Spec(
        phi=False,
        category="facilities HVAC notice",
        notes="Facilities notice to the building landlord about HVAC work; no health content.",
        frm=f"Facilities <facilities@{UHP}>",
        to="pm@commercepkwyproperties.com",
        subject="HVAC work Saturday - suite 300",
        body=(
            "Hi Rich,\n\nConfirming the RTU-3 compressor swap Saturday 7am-1pm. Badge access for "
            "Midwest Mechanical is set.\n\nPaula\n"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training with fictional scenario",
        notes=(
            "Hard negative: compliance training reminder with a clearly fictional example "
            "patient used as a quiz scenario."
        ),
        frm=f"Compliance <compliance@{UHP}>",
        to=f"vendor-staff@{TMD}",
        subject="Annual privacy training due 12/15 (delegated vendors)",
        body=(
            "Hello,\n\nDelegated vendor staff must complete the 2026 privacy module by 12/15. This "
            "year's quiz uses a fictional scenario ('a member we'll call Pat Example asks you to "
            "email lab results to a personal address') - no real member data is in the module.\n\n"
            "Link: unityhealthplan.com/vendor-training\n\nUnity Compliance Office\n"
        ),
    ),
    Spec(
        phi=False,
        category="credentialing DEA/NPI expiry list",
        notes=(
            "Hard negative: multi-sheet XLSX of clinicians with NPI, DEA and license expirations."
        ),
        frm=f"Credentialing <credentialing@{UHP}>",
        to="credentialing@eastiowaipa.org",
        subject="Q1 2027 expiring DEA/licenses",
        body=(
            "Attached is the list of your providers with DEA or license expiring in Q1. Please "
            "upload renewals to CAQH.\n\nUnity Credentialing\n"
        ),
        atts=(Att("expiring_Q1_2027.xlsx", XLSX, _CRED_XLSX),),
    ),
    Spec(
        phi=False,
        category="call center metrics",
        notes="HTML-only call center weekly metrics table, aggregates only.",
        frm=f"Member Services Ops <msops@{UHP}>",
        to="accountteam@contactpointbpo.com",
        subject="Week 45 service levels",
        body="",
        html=(
            "<html><body><p>Week 45 service levels:</p><table border='1'>"
            "<tr><th>Calls</th><th>ASA</th><th>Abandon</th><th>FCR</th></tr>"
            "<tr><td>18,204</td><td>41s</td><td>3.8%</td><td>78%</td></tr></table>"
            "<p>Spanish queue ASA was 2m10s, please add two bilingual agents on Mondays.</p>"
            "<p>Member Services Operations</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="P&T committee invite",
        notes=(
            "Hard negative: ICS invite for the P&T committee with GLP-1 and biosimilar agenda; "
            "no members."
        ),
        frm=f"Pharmacy Services <rxservices@{UHP}>",
        to="dr.fashola@genesishealthsystem.org",
        subject="Invitation: P&T Committee - December",
        body="Dr. Fashola, the December P&T invite is attached. Pre-read goes out 11/30.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Unity Health Plan//Pharmacy//EN\r\n"
            "METHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:pt-20261208@unityhealthplan.com\r\nDTSTAMP:20261109T150000Z\r\n"
            "DTSTART:20261208T230000Z\r\nDTEND:20261209T003000Z\r\nSUMMARY:P&T Committee - "
            "December\r\n"
            "DESCRIPTION:Agenda: GLP-1 utilization management\\, adalimumab biosimilar tiering\\, "
            "insulin $35 cap implementation.\r\nLOCATION:Unity HQ Board Room / Teams\r\n"
            "ORGANIZER:mailto:rxservices@unityhealthplan.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
]
