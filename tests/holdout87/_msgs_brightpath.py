"""Outbound mail of Brightpath Home Health (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBrightpath Home Health | 410 Commerce Pkwy, Suite 2, Fairhaven, OH | (419) 555-0120 | fax (419) 555-0121"

FHIR_VISIT = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "bph-77120",
                    "identifier": [{"system": "urn:brightpath:mrn", "value": "BPH-77120"}],
                    "name": [{"family": "Delacroix", "given": ["Simone"]}],
                    "birthDate": "1949-06-21",
                    "address": [
                        {
                            "line": ["1207 Canal St Apt 3"],
                            "city": "Fairhaven",
                            "state": "OH",
                            "postalCode": "44839",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Wound area (venous leg ulcer, left medial malleolus)"},
                    "subject": {"reference": "Patient/bph-77120"},
                    "effectiveDateTime": "2026-11-16",
                    "valueQuantity": {"value": 6.8, "unit": "cm2"},
                }
            },
            {
                "resource": {
                    "resourceType": "Encounter",
                    "status": "finished",
                    "class": {"code": "HH"},
                    "subject": {"reference": "Patient/bph-77120"},
                    "reasonCode": [
                        {
                            "text": "I83.022 varicose veins of left lower extremity with ulcer of ankle"
                        }
                    ],
                }
            },
        ],
    },
    indent=1,
)

FHIR_CAPS = json.dumps(
    {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-10",
        "publisher": "Brightpath Home Health",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [
            {
                "mode": "server",
                "resource": [
                    {"type": "Patient", "interaction": [{"code": "read"}]},
                    {"type": "Encounter", "interaction": [{"code": "search-type"}]},
                ],
            }
        ],
    },
    indent=1,
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*BRIGHTPATHHH   *ZZ*AVAILITYCH     *261118*1402*^*00501*000004417*0*P*:~"
    "GS*HC*BRIGHTPATHHH*AVAILITYCH*20261118*1402*4417*X*005010X223A2~ST*837*0001*005010X223A2~"
    "BHT*0019*00*BPH4417*20261118*1402*CH~NM1*85*2*BRIGHTPATH HOME HEALTH*****XX*1729460380~"
    "HL*2*1*22*0~SBR*P*18*******MA~NM1*IL*1*YOON*HAE-JIN****MI*6RN3TP8KA52~"
    "N3*77 Birchwood Dr~N4*Fairhaven*OH*44839~DMG*D8*19460311*F~"
    "CLM*BPH2611-0098*3420.55***32:A:7*Y*A*Y*Y~DTP*434*RD8*20261001-20261030~"
    "HI*ABK:I110*ABF:E1165*ABF:Z794~"
    "LX*1~SV2*0023*HC:1DC21*3420.55*UN*1~LX*2~SV2*0551*HC:G0299*0*UN*6~LX*3~SV2*0421*HC:G0151*0*UN*4~"
    "SE*20*0001~GE*1*4417~IEA*1*000004417~"
)

X12_276 = (
    "ISA*00*          *00*          *ZZ*BRIGHTPATHHH   *ZZ*BUCKEYEHP      *261119*0830*^*00501*000004502*0*P*:~"
    "GS*HR*BRIGHTPATHHH*BUCKEYEHP*20261119*0830*4502*X*005010X212~ST*276*0001*005010X212~"
    "BHT*0010*13*BPH4502*20261119~HL*1**20*1~NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*BKHP~"
    "HL*2*1*21*1~NM1*41*2*BRIGHTPATH HOME HEALTH*****46*BPH01~HL*3*2*19*1~NM1*1P*2*BRIGHTPATH HOME HEALTH*****XX*1729460380~"
    "HL*4*3*22*0~DMG*D8*19520705*M~NM1*QC*1*PRUITT*DWAYNE****MI*U7742196303~"
    "TRN*1*BPH2610-0211~REF*1K*BPH2610-0211~AMT*T3*2875.00~DTP*472*RD8*20260901-20260930~"
    "SE*14*0001~GE*1*4502~IEA*1*000004502~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="HTML visit reminder to patient's personal mailbox",
        notes="HTML-only reminder to the patient's gmail naming her wound-care nurse visit.",
        frm="Brightpath Scheduling <scheduling@brightpathhomehealth.com>",
        to="simone.delacroix49@gmail.com",
        subject="Your nurse visit on Tuesday",
        body="",
        html="<html><body><p>Hello Ms. Delacroix,</p><p>This is a reminder that <b>Kayla Frost, RN</b> will visit you <b>Tuesday, November 24 between 9 and 11 am</b> to change the dressing on your left leg ulcer and check your compression wraps.</p><p>Please have your supply box out. Need to reschedule? Call (419) 555-0120.</p><p>Brightpath Home Health</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="plan of care PDF for physician signature",
        notes="CMS-485 style plan of care with patient name, diagnoses, medications and visit frequency sent to the physician's office.",
        frm="Medical Records <records@brightpathhomehealth.com>",
        to="signatures@fairhaveninternalmed.com",
        subject="Plan of care for signature - 2 of 5",
        body="Please sign and return the attached plan of care within 30 days (fax or the portal). Let me know if Dr. Pham has changes.\n\nTrina Wolcott, Medical Records"
        + SIG,
        atts=(
            Att(
                "POC_Yoon_H_cert2.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH HOME HEALTH - HOME HEALTH CERTIFICATION AND PLAN OF CARE",
                        "Patient: Yoon, Hae-Jin   DOB 03/11/1946   HI claim no: 6RN3TP8KA52",
                        "Cert period 10/01/2026 - 11/29/2026   SOC 10/01/2026",
                        "Principal dx: I11.0 hypertensive heart disease with heart failure",
                        "Other: E11.65 type 2 DM with hyperglycemia; Z79.4 long-term insulin",
                        "Meds: lisinopril 20 mg daily, insulin glargine 18 units HS, carvedilol 6.25 mg BID",
                        "Orders: SN 2w4 1w5 for CHF/DM teaching; HHA 2w8 personal care",
                        "Physician: Linh Pham MD   NPI: 1908372547",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR wound observation bundle to referring clinic",
        notes="Hard positive: body is generic; FHIR bundle carries patient name, DOB, address and leg-ulcer observation.",
        frm="Integration <integration@brightpathhomehealth.com>",
        to="inbound-fhir@fairhavenvascular.com",
        subject="Weekly wound measurement feed",
        body="Weekly feed attached per our interface agreement. 1 patient this week.\n\n- Brightpath Integration",
        atts=(Att("wound_feed_1116.json", "application/fhir+json", FHIR_VISIT),),
    ),
    Spec(
        phi=True,
        category="X12 837I home health claim to clearinghouse",
        notes="Hard positive: body is a one-liner; the 837I carries the patient's name, MBI-style claim number, address and CHF/diabetes codes.",
        frm="Billing <billing@brightpathhomehealth.com>",
        to="support@availityclearing.com",
        subject="Resubmission batch 4417",
        body="Resubmitting batch 4417, previous file rejected for ISA16. Billing NPI 1729460380. Thanks.",
        atts=(Att("BPH_837I_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="aide assignment with address and care needs",
        notes="Assignment to a contract aide naming patient, home address, diabetes and Hoyer lift needs.",
        frm="Aide Coordinator <aides@brightpathhomehealth.com>",
        to="shawna.prell@carebridgestaffing.com",
        subject="New assignment starting Mon",
        body="Hi Shawna,\n\nNew patient for you M/W/F 8:30am:\nDwayne Pruitt, 44 Alder Ln, Fairhaven. Gate code 4471.\n- Bed bath/shower chair, Hoyer for transfers (2nd person is his wife)\n- Diabetic: no lotion between toes, report any foot sores to RN\n- Foley - empty bag and record output\n\nCall me with questions.\nMaribel Ocampo, Aide Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="blood pressure alert to physician",
        notes="Nurse reports a patient's elevated blood pressure and asks about lisinopril.",
        frm="Kayla Frost RN <kfrost@brightpathhomehealth.com>",
        to="nurse.line@fairhaveninternalmed.com",
        subject="BP concern - pls route to Dr Pham",
        body="Ms. Hae-Jin Yoon (DOB 3/11/46) BP 182/104 and 178/100 recheck this am, HR 88, denies CP/HA. She ran out of lisinopril 2 days ago - pharmacy says refill needs new Rx. Can Dr. Pham send one today? Parameters for call-back?\n\nKayla Frost RN, cell (419) 555-0137",
    ),
    Spec(
        phi=True,
        category="reply to son about mother's INR",
        notes="Hard positive: first-name-only reply to a son's personal mailbox with his mother's INR and warfarin change.",
        frm="Kayla Frost RN <kfrost@brightpathhomehealth.com>",
        to="mattyoon.work@hotmail.com",
        subject="RE: mom's blood test",
        body="Hi Matt,\n\nHer INR today was 3.6, a little high. Dr. Pham's office says hold tonight's warfarin and then 2.5 mg daily, recheck Monday. Please keep an eye out for nosebleeds or dark stools.\n\nKayla\n\n> Did you get her finger stick result? She says you told her but she can't remember the number.",
    ),
    Spec(
        phi=True,
        category="oxygen order to DME supplier",
        notes="DME order with patient name, address, COPD diagnosis and oxygen saturation.",
        frm="Intake <intake@brightpathhomehealth.com>",
        to="orders@tricountyoxygen.com",
        subject="Home O2 setup - today if possible",
        body="Please set up home oxygen for:\nGerald Aukstikalnis, 3390 Quarry Rd, Fairhaven OH 44839, (419) 555-0159\nDx J44.1 COPD w/ exacerbation. SpO2 86% RA at rest, 92% on 2 L.\nOrder: O2 2 L/min NC continuous, concentrator + portable. Signed order from Dr. Pham attached separately by fax.\n\nIntake team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="missed visit notice to physician",
        notes="Missed-visit notification naming the patient and that PT could not be done because she was in the ED.",
        frm="Therapy <therapy@brightpathhomehealth.com>",
        to="nurse.line@fairhavenortho.com",
        subject="Missed visit notification",
        body="Dr. Castellanos,\n\nPT visit for Lorna Pettigrew (R TKA 10/28) was missed on 11/17: per her husband she was in the Fairhaven General ED overnight for calf pain, DVT ruled out. Visit rescheduled to 11/19.\n\nOwen Adeyemi, PT, DPT"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HHCAHPS survey vendor patient sample CSV",
        notes="Hard positive: patient list with names and phone numbers for the satisfaction survey; being a home health patient is the health information.",
        frm="Quality <quality@brightpathhomehealth.com>",
        to="hhcahps-upload@pressmarksurvey.com",
        subject="October sample file",
        body="October sample file attached (format v3.2).\n\nJen Szabo, Quality" + SIG,
        atts=(
            Att(
                "bph_hhcahps_2610.csv",
                "text/csv",
                "Pruitt,Dwayne,44 Alder Ln,Fairhaven,OH,44839,4195550111,1952-07-05,M,SN;HHA\n"
                "Pettigrew,Lorna,915 Elm Ct,Fairhaven,OH,44839,4195550128,1955-01-19,F,PT\n"
                "Aukstikalnis,Gerald,3390 Quarry Rd,Fairhaven,OH,44839,4195550159,1944-10-02,M,SN\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound vac supply request with name in subject",
        notes="Hard positive: patient's surname and wound vac therapy are only in the subject; body asks to ship to address on file.",
        frm="Supply Desk <supplies@brightpathhomehealth.com>",
        to="service@kinetiqnpwt.com",
        subject="Wound vac supply - Delacroix, acct 55102",
        body="Pls ship 2 canisters and 10 medium foam kits to the address on file. Next change is Friday.\nThx",
    ),
    Spec(
        phi=True,
        category="medication profile workbook to consultant pharmacist",
        notes="Multi-sheet medication profile for named patients with high-risk medication flags sent for drug regimen review.",
        frm="Clinical Manager <clinical@brightpathhomehealth.com>",
        to="rxreview@medwisepharmacyconsult.com",
        subject="Drug regimen review - 3 patients",
        body="Attached are the med profiles for this month's DRR. Flags on sheet 2.\n\nRenee Kowalczyk RN, Clinical Manager"
        + SIG,
        atts=(
            Att(
                "DRR_nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Profiles": [
                            ["Patient", "DOB", "Medication", "Dose", "Freq"],
                            ["Yoon, Hae-Jin", "1946-03-11", "insulin glargine", "18 u", "HS"],
                            ["Yoon, Hae-Jin", "1946-03-11", "warfarin", "2.5 mg", "daily"],
                            ["Pruitt, Dwayne", "1952-07-05", "oxycodone", "5 mg", "q6h prn"],
                            ["Pruitt, Dwayne", "1952-07-05", "gabapentin", "300 mg", "TID"],
                        ],
                        "Flags": [
                            ["Patient", "Issue"],
                            ["Pruitt, Dwayne", "opioid + gabapentin, fall risk"],
                            ["Yoon, Hae-Jin", "INR 3.6 on 11/16"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FMLA support letter to caregiver's employer",
        notes="Letter to a family caregiver's employer stating her husband receives home health after a stroke.",
        frm="Social Work <socialwork@brightpathhomehealth.com>",
        to="hr-leave@mapleridgelogistics.com",
        subject="Caregiver leave - Ms. Annette Pruitt",
        body="To the Leave Administrator,\n\nAt Ms. Annette Pruitt's request: her husband, Dwayne Pruitt, is under the care of Brightpath Home Health following a stroke with right-sided weakness. He requires two-person help for transfers three times a week on our visit days, and Ms. Pruitt is his second person. We support her request for intermittent leave through January 2027.\n\nSincerely,\nCaroline Mbeki, MSW"
        + SIG,
    ),
    Spec(
        phi=True,
        category="X12 276 claim status inquiry",
        notes="Hard positive: claim status request whose X12 names the patient with DOB, member ID and service dates.",
        frm="Billing <billing@brightpathhomehealth.com>",
        to="edi@buckeyehealthplan.com",
        subject="276 - 60+ day claim",
        body="Claim over 60 days with no 277 back. 276 attached; please advise.\n\nBilling" + SIG,
        atts=(Att("276_BPH4502.x12", "application/edi-x12", X12_276),),
    ),
    Spec(
        phi=True,
        category="ADR response zip of visit notes to Medicare contractor",
        notes="Zip of a named patient's OASIS and visit notes responding to an additional documentation request.",
        frm="Compliance <compliance@brightpathhomehealth.com>",
        to="adr-submissions@greatlakesmac.com",
        subject="ADR response - DCN 26298004417",
        body="Attached is our ADR response for beneficiary Hae-Jin Yoon, DCN 26298004417: face-to-face encounter note, signed POC, OASIS SOC and all SN/HHA visit notes.\n\nDenise Farraday, Compliance"
        + SIG,
        atts=(
            Att(
                "ADR_26298004417.zip",
                "application/zip",
                zipped(
                    {
                        "01_face_to_face.txt": "F2F 09/24/2026 Dr. Linh Pham: pt seen for CHF exacerbation; homebound due to dyspnea walking >20 ft.\n",
                        "02_oasis_soc.csv": "M0040,M1021,M1860,M2020\nYOON HAE-JIN,I11.0,04,02\n",
                        "03_sn_visits.txt": "10/02 SN: wt 71.2 kg, lungs crackles bases, teaching low-sodium diet.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo PNG named after patient to physician",
        notes="Hard positive: PNG named with patient's name and 'heel ulcer'; body only asks for a look.",
        frm="Kayla Frost RN <kfrost@brightpathhomehealth.com>",
        to="podiatry@fairhavenfootankle.com",
        subject="heel - can you take a look",
        body="Photo from today's visit. Worse than last week, new drainage. Can she be worked in?",
        atts=(
            Att("Gerald_Aukstikalnis_R_heel_ulcer_1118.png", "image/png", png(5, 5, (150, 70, 60))),
        ),
    ),
    Spec(
        phi=True,
        category="scanned verbal order text to physician for signature",
        notes="Hard positive: OCR text of a faxed order in a .txt with patient name, insulin change and signature line.",
        frm="Medical Records <records@brightpathhomehealth.com>",
        to="signatures@fairhaveninternalmed.com",
        subject="unsigned orders (1)",
        body="1 verbal order awaiting signature, text below and attached.\n\nTrina" + SIG,
        atts=(
            Att(
                "VO_scan_1117.txt",
                "text/plain",
                "BRIGHTPATH HOME HEALTH  --  PHYSICIAN VERBAL ORDER\n"
                "Pt: YOON HAE-JIN       MR# BPH-77098     DOB 03/11/1946\n"
                "Order rec'd 11/17/26 1420 from Dr. L Pham by K Frost RN:\n"
                "  Incr insulin glargine from 18 u to 22 u SC HS. FSBS daily, call if >350 or <70.\n"
                "Read back: yes\n"
                "Physician signature: ____________________ Date: ________\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospice handoff to hospice agency",
        notes="Forward of an internal note about a patient's transition to hospice with the original attached as message/rfc822.",
        frm="Renee Kowalczyk RN <rkowalczyk@brightpathhomehealth.com>",
        to="intake@gentlecurrenthospice.org",
        subject="FW: Aukstikalnis - transition to hospice",
        body="Hospice team - below is our RN's note. Patient and daughter elected hospice this morning; our discharge is effective 11/20. Please call the daughter, Ruta, at (419) 555-0160 to schedule your admission visit.\n\nRenee"
        + SIG,
        forward=Spec(
            phi=True,
            category="internal hospice transition note",
            notes="Original internal note.",
            frm="Kayla Frost RN <kfrost@brightpathhomehealth.com>",
            to="rkowalczyk@brightpathhomehealth.com",
            subject="Aukstikalnis - transition to hospice",
            body="Gerald is declining - O2 now 4 L, sleeping 20 h/day, eating a few bites. Heel ulcer unstageable. He told me he wants to stop going to the hospital. Daughter agrees. Can we refer to hospice today?",
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="RN recruitment posting",
        notes="Hard negative: field RN job posting describing wound, ostomy and CHF care; no individual.",
        frm="Recruiting <careers@brightpathhomehealth.com>",
        to="jobs@ohionursesjobboard.com",
        subject="Posting: Field RN - Case Manager",
        body="Field RN Case Manager (full time)\nManage a caseload of 25-30 home health patients: OASIS admissions, wound and ostomy care, CHF and diabetes teaching, IV therapy. Company car or mileage at IRS rate, tablet and phone provided. Ohio RN license and 1 year acute care required. $42-48/hr.\nApply: brightpathhomehealth.com/careers"
        + SIG,
    ),
    Spec(
        phi=False,
        category="mileage reimbursement policy to staff",
        notes="Staff notice about mileage log deadlines.",
        frm="Payroll <payroll@brightpathhomehealth.com>",
        to="fieldstaff@brightpathhomehealth.com",
        subject="Mileage logs due Monday",
        body="Reminder: November mileage logs are due Monday by noon through the HR app. Rate is 70 cents per mile. Trips from home to your first visit count only beyond your normal commute.\n\nPayroll",
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook to board",
        notes="Hard negative: agency-level star rating and outcome percentages by quarter; no patients.",
        frm="Quality <quality@brightpathhomehealth.com>",
        to="board@brightpathhomehealth.com",
        subject="Q3 outcomes packet for Thursday",
        body="Board members, the Q3 outcomes workbook is attached. Improvement in ambulation and in management of oral meds both rose; ED use without hospitalization is flat.\n\nJen Szabo, Quality Director",
        atts=(
            Att(
                "BPH_Q3_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "Q2", "Q3", "State"],
                            ["Improvement in ambulation", "78.1%", "81.4%", "80.2%"],
                            ["Improvement in oral meds mgmt", "71.0%", "74.6%", "73.9%"],
                            ["Acute care hospitalization", "14.2%", "13.8%", "15.1%"],
                        ],
                        "Volume": [
                            ["Quarter", "Admissions", "Visits"],
                            ["Q2", 412, 6120],
                            ["Q3", 438, 6544],
                        ],
                        "Star rating": [
                            ["Domain", "Stars"],
                            ["Quality of patient care", 4],
                            ["Patient survey", 3.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new wound-certified nurse announcement to referral partners",
        notes="Hard negative: clinician name, credentials and specialty (wound and ostomy) in a referral-partner update.",
        frm="Community Liaison <liaison@brightpathhomehealth.com>",
        to="casemanagers@fairhavengeneral.org",
        subject="Now on our team: certified wound & ostomy nurse",
        body="Hello case management team,\n\nPlease welcome Priya Natarajan, RN, CWOCN, to Brightpath. Priya has 11 years of experience with complex pressure injuries, diabetic foot ulcers, fistulas and new ostomies, and will see our most complex wound referrals within 24 hours of SOC.\n\nAs always, send referrals to intake@brightpathhomehealth.com.\n\nTerrence Vail, Community Liaison"
        + SIG,
    ),
    Spec(
        phi=False,
        category="EVV vendor test file with declared fake patients",
        notes="Hard negative: electronic visit verification test CSV with clearly fictional TEST patients for vendor validation.",
        frm="IT <it@brightpathhomehealth.com>",
        to="onboarding@visitverifysolutions.com",
        subject="EVV test file - sandbox only",
        body="Test file for the sandbox. All rows are TEST patients built for certification; none are real people.\n\nMarcus Lee, IT"
        + SIG,
        atts=(
            Att(
                "evv_sandbox_test.csv",
                "text/csv",
                "client_id,client_last,client_first,service,visit_in,visit_out,gps_ok\n"
                "TEST001,TESTPATIENT,ALPHA,G0156,2026-11-16T08:00,2026-11-16T09:00,Y\n"
                "TEST002,TESTPATIENT,BRAVO,T1019,2026-11-16T10:15,2026-11-16T11:15,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training scenario quiz",
        notes="Hard negative: privacy training built on a fictitious patient ('Mr. Example') and a made-up diagnosis.",
        frm="Compliance <compliance@brightpathhomehealth.com>",
        to="fieldstaff@brightpathhomehealth.com",
        subject="November privacy scenario",
        body="SCENARIO (fictitious): You are at Mr. Example's home. His neighbor waves you over and asks 'How's his cancer treatment going?'\n\nWhat do you say?\nA) Tell her he's doing better.\nB) Smile and say you can't discuss anyone's care.\nC) Ask Mr. Example later whether he wants the neighbor involved.\n\nBest answers: B, then C. Reply with your answer for your CE credit.\n\nDenise Farraday, Compliance Officer",
    ),
    Spec(
        phi=False,
        category="HTML heat and cold weather safety newsletter",
        notes="Hard negative: HTML-only seasonal safety tips for all patients; no individual.",
        frm="Brightpath Home Health <news@brightpathhomehealth.com>",
        to="community-list@brightpathhomehealth.com",
        subject="Staying safe this winter",
        body="",
        html="<html><body><h2>Winter safety tips</h2><ul><li>Keep your home at least 68&deg;F; older adults lose heat faster.</li><li>If you use oxygen, keep it 10 feet from space heaters and candles.</li><li>Have a 7-day supply of medications before a storm.</li><li>People with diabetes: check your feet daily; cold can hide injuries.</li></ul><p>Questions? Call us at (419) 555-0120.</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="insulin pen needle recall notice to clinicians",
        notes="Hard negative: product recall with lot numbers; no patients.",
        frm="Clinical Manager <clinical@brightpathhomehealth.com>",
        to="fieldstaff@brightpathhomehealth.com",
        subject="RECALL: 4 mm pen needles lots 26C118, 26C119",
        body="The manufacturer has recalled 32G 4 mm pen needles, lots 26C118 and 26C119 (needle may detach). At your next visit, check insulin users' supplies and swap any affected boxes from the office stock. Log swaps on the recall sheet, not in the visit note.\n\nRenee",
    ),
    Spec(
        phi=False,
        category="HTML referral marketing to physician offices",
        notes="Hard negative: HTML-only marketing listing conditions the agency manages, addressed to practices; no patient.",
        frm="Community Liaison <liaison@brightpathhomehealth.com>",
        to="office@fairhavenfamilymed.com",
        subject="Fewer readmissions for your CHF and COPD patients",
        body="",
        html='<html><body><p>Dear practice manager,</p><p>Brightpath\'s cardiopulmonary program cut 30-day readmissions for heart failure and COPD by 22% last year. Our nurses provide daily weights, telemonitoring and inhaler teaching.</p><p><a href="https://brightpathhomehealth.com/refer">Refer online</a> or fax (419) 555-0121.</p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="open enrollment payroll notice",
        notes="HR notice about benefits enrollment.",
        frm="Human Resources <hr@brightpathhomehealth.com>",
        to="allstaff@brightpathhomehealth.com",
        subject="Benefits open enrollment closes 11/30",
        body="Open enrollment for 2027 medical, dental and vision closes November 30. Premiums rise 4% for the PPO; the HSA plan is unchanged. Log in to the benefits portal to elect or waive.\n\nHR",
    ),
    Spec(
        phi=False,
        category="agency NPI credentialing update to payer",
        notes="Hard negative: agency NPI, tax ID and address for payer credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@brightpathhomehealth.com>",
        to="provider-enrollment@buckeyehealthplan.com",
        subject="Address change - Brightpath Home Health",
        body="Please update our provider record:\nBrightpath Home Health LLC, NPI: 1729460380\nNew service address: 410 Commerce Pkwy, Suite 2, Fairhaven OH 44839 (effective 12/1)\nAdministrator: Colleen Hargrove\n\nThank you,\nDeb Uhl, Credentialing"
        + SIG,
    ),
    Spec(
        phi=False,
        category="general coverage information to prospective family",
        notes="Hard negative: reply to a family member's personal mailbox explaining Medicare home health eligibility in general terms; no one's condition.",
        frm="Intake <intake@brightpathhomehealth.com>",
        to="r.ellingsen@icloud.com",
        subject="RE: does Medicare cover home health?",
        body="Hi Rolf,\n\nIn general, Medicare covers home health when a doctor certifies that someone is homebound and needs skilled nursing or therapy part time. There is no copay for the visits. The doctor's office sends us a referral and we call to set up the first visit. Happy to talk it through: (419) 555-0120.\n\nIntake team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="tablet fleet serial numbers to MDM vendor",
        notes="Hard negative: device serial numbers of staff tablets for enrolment in device management; no patient devices.",
        frm="IT <it@brightpathhomehealth.com>",
        to="support@fieldmdm.com",
        subject="Enroll 6 new tablets",
        body="Please add these to our tenant (group: Field Clinicians):\nR52X40AB11K, R52X40AB19P, R52X40AC02D, R52X40AC07M, R52X40AC13T, R52X40AC22Q\nAll should get the kiosk profile with the EMR app and VPN.\n\nMarcus Lee, IT",
    ),
    Spec(
        phi=False,
        category="staff in-service invitation",
        notes="Hard negative: calendar invite for a staff education session on insulin management; no patients.",
        frm="Education <education@brightpathhomehealth.com>",
        to="fieldstaff@brightpathhomehealth.com",
        subject="In-service: new insulin pens and hypoglycemia protocol",
        body="Required in-service for RNs and LPNs. Lunch provided.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightpath//Education//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:inservice-20261202@brightpathhomehealth.com\nDTSTAMP:20261117T120000Z\nDTSTART:20261202T170000Z\nDTEND:20261202T183000Z\nSUMMARY:In-service: insulin pens and hypoglycemia protocol\nLOCATION:Brightpath office training room\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="fleet lease plates to insurer",
        notes="Hard negative: staff vehicle plates and VINs for the agency's auto policy; no patients.",
        frm="Operations <operations@brightpathhomehealth.com>",
        to="commercial.auto@heartlandmutual.com",
        subject="Add 2 vehicles to policy CA-88120",
        body="Please add to our commercial auto policy CA-88120 effective 11/20:\n2026 Honda HR-V, VIN 3CZRZ2H51TM702214, OH plate JKL 4482\n2026 Toyota Corolla, VIN 5YFB4MDE2TP118820, OH plate JKM 1907\nDrivers are our field nurses on the approved driver list.\n\nColleen Hargrove, Administrator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="QAPI meeting minutes DOCX with aggregate rates",
        notes="Hard negative: QAPI minutes with agency-wide infection and fall rates and action items; no patient identified.",
        frm="Quality <quality@brightpathhomehealth.com>",
        to="qapi-committee@brightpathhomehealth.com",
        subject="QAPI minutes 11/12",
        body="Minutes attached. Next meeting 12/10.\n\nJen" + SIG,
        atts=(
            Att(
                "QAPI_minutes_2026-11-12.docx",
                DOCX,
                docx(
                    [
                        "Brightpath Home Health - QAPI Committee Minutes, 11/12/2026",
                        "Present: C. Hargrove, R. Kowalczyk, J. Szabo, D. Farraday, O. Adeyemi",
                        "Catheter-associated UTI: 3 cases / 1,870 catheter days in Q3 (1.6 per 1,000).",
                        "Falls with injury: 5 in Q3, down from 9 in Q2.",
                        "Action: PIP on wound documentation; audit 10 charts per month.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volunteer newsletter to volunteer's personal mailbox",
        notes="Thank-you and schedule note to a volunteer's personal email; no patient information.",
        frm="Volunteer Services <volunteers@brightpathhomehealth.com>",
        to="bev.hostetler@aol.com",
        subject="Thank you + December schedule",
        body="Hi Bev,\n\nThank you for the 40 hours you gave us this fall packing supply kits and making reminder calls for the flu clinic. December's kit-packing dates are 12/3 and 12/17, 1-3 pm. Cookies are on us.\n\nGina Moretti, Volunteer Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="FHIR CapabilityStatement to integration vendor",
        notes="Hard negative: FHIR CapabilityStatement describing the agency's API; resource types only, no patient.",
        frm="Integration <integration@brightpathhomehealth.com>",
        to="partners@carebridgehie.org",
        subject="Our FHIR capability statement",
        body="As requested for onboarding, our CapabilityStatement is attached. Endpoint base URL will be shared after the BAA is countersigned.\n\nMarcus Lee, IT"
        + SIG,
        atts=(Att("capability.json", "application/fhir+json", FHIR_CAPS),),
    ),
    Spec(
        phi=False,
        category="W-2 correction with employee SSN to payroll vendor",
        notes="Hard negative: employee SSN in an HR payroll correction; workforce record with no health information.",
        frm="Payroll <payroll@brightpathhomehealth.com>",
        to="service@paylinepayroll.com",
        subject="W-2c needed - employee 2217",
        body="Hi,\n\nEmployee 2217 (Teodora Vasquez, LPN) has a transposed SSN in your system. Correct SSN is 538-21-7764. Please issue a W-2c for 2025 and fix it going forward.\n\nPayroll"
        + SIG,
    ),
]
