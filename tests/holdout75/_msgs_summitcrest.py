"""Outbound mail of Summit Crest Transplant Institute, a kidney, liver and pancreas transplant centre (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import Att, Spec

SIG = "\n\nSummit Crest Transplant Institute\n4400 Crestview Parkway, Denver CO\nMain 303-555-0100"

_X12_270 = (
    "ISA*00*          *00*          *ZZ*SUMMITCREST    *ZZ*AVAILITYCO     *260313*0905*^*00501*000002701*0*P*:~"
    "GS*HS*SUMMITCREST*AVAILITYCO*20260313*0905*2701*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*SCT2701*20260313*0905~"
    "HL*1**20*1~NM1*PR*2*ROCKY MOUNTAIN HEALTH PLANS*****PI*84105~"
    "HL*2*1*21*1~NM1*1P*2*SUMMIT CREST TRANSPLANT INSTITUTE*****XX*1068973233~"
    "HL*3*2*22*0~TRN*1*SCT-EV-0413*9SUMMITCRS~NM1*IL*1*ESQUIVEL*RAMONA****MI*RMH448201937~"
    "DMG*D8*19720905*F~DTP*291*D8*20260313~EQ*30~"
    "HL*4*2*22*0~TRN*1*SCT-EV-0414*9SUMMITCRS~NM1*IL*1*BRANNIGAN*COLM****MI*RMH440076215~"
    "DMG*D8*19660228*M~DTP*291*D8*20260313~EQ*30~"
    "SE*17*0001~GE*1*2701~IEA*1*000002701~"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20260312"/>
  <recordTarget><patientRole>
    <id extension="SC4471820" root="2.16.840.1.113883.3.7575"/>
    <addr><streetAddressLine>2719 W Caley Ave</streetAddressLine><city>Littleton</city><state>CO</state><postalCode>80120</postalCode></addr>
    <patient><name><given>Desmond</given><family>Achterberg</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19590417"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital course</title>
      <text>Deceased-donor kidney transplant 03/06/2026 for ESRD due to ADPKD. Delayed graft function, one dialysis session POD1. Creatinine 2.3 at discharge and falling. Induction thymoglobulin x3.</text></section></component>
    <component><section><title>Discharge medications</title>
      <text>Tacrolimus 4 mg BID; mycophenolate 720 mg BID; prednisone 20 mg daily taper; valganciclovir 450 mg daily; TMP-SMX SS daily.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_HL7_ADT = (
    "MSH|^~\\&|SCT_ADT|SUMMITCREST|RBK_EHR|RIVERBEND|202603120744||ADT^A03|SCT0312074|P|2.5.1\r"
    "EVN|A03|202603120740\r"
    "PID|1||SC4480077^^^SCT^MR||NAKASHIMA^GLEN^T||19700611|M|||55 Spruce Dr^^Cedar Falls^IA^50613||319-555-0171\r"
    "PV1|1|I|7B^12^01||||||||||||||||TX2603|||||||||||||||||||||||||202603040310|202603120740\r"
    "DG1|1||Z94.0^Kidney transplant status^I10\r"
    "DG1|2||N18.6^End stage renal disease^I10\r"
)

_COMMITTEE_XLSX = xlsx(
    {
        "Candidates 3-17": [
            ["#", "Candidate", "MRN", "Organ", "Referring", "Key issues", "Recommendation"],
            [
                1,
                "Esquivel, Ramona",
                "SC4469013",
                "Kidney",
                "Riverbend Eastgate",
                "cPRA 87%, prior transplant 2011",
                "List",
            ],
            [
                2,
                "Brannigan, Colm",
                "SC4470288",
                "Liver",
                "St. Anselm GI",
                "EtOH cirrhosis, 7 mo sobriety, MELD 24",
                "Defer - psychosocial",
            ],
            [
                3,
                "Yoon, Daniel",
                "SC4471002",
                "Kidney/pancreas",
                "Front Range Nephrology",
                "T1DM, CAD screening pending",
                "Defer - cardiology",
            ],
            [
                4,
                "Maddox, Tiana",
                "SC4471133",
                "Kidney",
                "Self",
                "BMI 42",
                "Decline - refer weight program",
            ],
        ],
        "Living donors": [
            ["Donor", "Intended recipient", "Status"],
            ["Esquivel, Paulo (brother)", "Esquivel, Ramona", "Incompatible - paired exchange"],
        ],
    }
)

_OCR_TXT = (
    "[OCR text - fax received 03/12/2026 14:02 from 970-555-0139, 3 pages]\r\n"
    "SUMM1T CREST TRANSPLANT INSTlTUTE    INFORMED CONSENT - KIDNEY TRANSPLANT\r\n"
    "Pt Name: HOLLIS, GRANT W          DOB 04/11/1969      MRN SC44 72 561\r\n"
    "I understand I am being placed on the deceased donor waiting list ... increased-risk donor (PHS) organs: [X] accept [ ] decline\r\n"
    "Hepatitis C positive donor organs: [X] accept\r\n"
    "Signature: Grant Hollis      Date: 03/11/2026     Witness: K. Ibarra RN\r\n"
)

_CASE_RATE_XLSX = xlsx(
    {
        "Case rates": [
            ["Phase", "Codes", "Proposed 2027", "Current"],
            ["Evaluation", "CPT 99205, 93306, 71250", 14800, 13950],
            ["Kidney transplant (deceased donor)", "CPT 50360; MS-DRG 652", 148500, 141000],
            ["Living donor nephrectomy", "CPT 50547", 52400, 50100],
            ["Post-transplant 90 days", "Global", 31200, 29800],
        ],
        "Carve-outs": [
            ["Item", "Terms"],
            ["Thymoglobulin", "ASP + 4%"],
            ["Readmission > 5 days", "Per diem $4,950"],
        ],
        "Assumptions": [
            ["Item", "Value"],
            ["Volume 2025", "212 kidney, 88 liver"],
            ["Outlier threshold", "$275,000"],
        ],
    }
)

_OR_XLSX = xlsx(
    {
        "April block": [
            ["Day", "Room", "Surgeon", "Service", "Block"],
            ["Mon", "OR 11", "Dr. Harlan Voss", "Kidney", "07:30-15:30"],
            ["Tue", "OR 11", "Dr. Imani Osei", "Liver", "07:30-19:00"],
            ["Wed", "OR 12", "Dr. Sergio Lamb", "Living donor", "07:30-15:30"],
            ["Thu", "OR 11", "Dr. Harlan Voss", "Access/PD catheters", "12:00-17:00"],
        ],
        "On-call": [
            ["Week of", "Kidney", "Liver"],
            ["04/06", "Voss", "Osei"],
            ["04/13", "Lamb", "Osei"],
        ],
    }
)

_OUTCOMES_PDF = pdf(
    [
        "SUMMIT CREST TRANSPLANT INSTITUTE - OUTCOMES AT A GLANCE (SRTR JANUARY 2026 RELEASE)",
        "Kidney, adult: 1-year graft survival 96.1% (expected 95.2%); 1-year patient survival 98.4%",
        "Liver, adult: 1-year graft survival 91.8% (expected 90.6%); 1-year patient survival 93.0%",
        "Median time to kidney transplant at Summit Crest: 2.9 years (region 3.8 years)",
        "Transplants 2025: 212 kidney (61 living donor), 88 liver, 14 kidney-pancreas",
        "Referral line for physicians: 303-555-0107",
    ],
    "Outcomes at a glance",
)

_SYNTH_CSV = (
    "synthetic_id,age,sex,organ,diagnosis,listing_date,transplant_date,tac_trough\r\n"
    "SYN-000001,52,F,kidney,IgA nephropathy,2021-05-03,2023-11-18,7.9\r\n"
    "SYN-000002,61,M,liver,NASH cirrhosis,2022-01-12,2022-09-30,6.4\r\n"
    "SYN-000003,38,M,kidney,Alport syndrome,2020-07-22,2024-02-14,9.1\r\n"
)

_EDU_DOCX = docx(
    [
        "After Your Kidney Transplant: Signs of Rejection and Infection",
        "Call the transplant office the same day if you have any of these:",
        "- Fever of 100.4 F or higher, chills or flu-like aches",
        "- Less urine than usual, or weight gain of more than 3 lb in a day",
        "- Pain or tenderness over the new kidney",
        "- Missed doses of tacrolimus or mycophenolate",
        "Never stop or change anti-rejection medicines on your own.",
        "Summit Crest Transplant Institute - Patient Education PE-K14 (rev. 2026)",
    ]
)

_PSYCHOSOCIAL_DOCX = docx(
    [
        "Summit Crest Transplant Institute - Psychosocial Evaluation Summary",
        "Candidate: Colm Brannigan   MRN SC4470288   DOB 02/28/1966",
        "Referral: liver transplant evaluation, alcohol-associated cirrhosis",
        "Substance use: last drink 08/2025 per patient and wife; PEth negative x3; attends AA 3x weekly.",
        "Committee requests: 6 months documented relapse-prevention treatment; monthly PEth.",
        "Support: wife Siobhan (primary caregiver), adult son local.",
        "Evaluator: Rosa Kimball, LCSW",
    ]
)

_TEMPLATE_TXT = (
    "Dear {{patient_first_name}},\r\n\r\n"
    "Your {{organ}} transplant evaluation is complete. The selection committee met on {{committee_date}} "
    "and your status is {{listing_status}}.\r\n\r\n"
    "If you have questions, call your coordinator, {{coordinator_name}}, at {{coordinator_phone}}.\r\n\r\n"
    "Summit Crest Transplant Institute\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="waitlist activation letter to patient",
        notes="Letter to patient's gmail confirming her active kidney waitlist status with cPRA and listing date.",
        frm="Kidney Transplant Coordinators <kidneytx@summitcresttransplant.org>",
        to="ramona.esquivel72@gmail.com",
        subject="You are now active on the kidney waiting list",
        body=(
            "Dear Ramona Esquivel,\n\nThe Selection Committee approved you, and as of March 17, 2026 you are "
            "ACTIVE on the national deceased-donor kidney waiting list. Because of your prior transplant your "
            "calculated PRA is 87%, which gives you additional allocation priority. Your waiting time counts "
            "from your dialysis start date (08/14/2019).\n\nKeep your phone on at all times and tell us about any "
            "hospital stay or infection.\n\nYour coordinator,\nKaren Ibarra, RN, CCTC" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="living donor clearance results to donor",
        notes="Living-donor candidate's evaluation results (GFR, CT angiogram, committee approval) sent to his personal mailbox.",
        frm="Living Donor Program <livingdonor@summitcresttransplant.org>",
        to="wes.halvorsen@icloud.com",
        subject="Your donor evaluation - committee decision",
        body=(
            "Hi Wes,\n\nGreat news: the committee approved you on Tuesday to donate a kidney. Your measured GFR "
            "was 104 mL/min, the CT angiogram shows single arteries on both sides, and your 24-hour urine protein "
            "was normal. Surgery would be the left kidney, laparoscopic.\n\nYour independent living donor advocate, "
            "Marla Quist, will call you this week. You can still change your mind at any time, confidentially.\n\n"
            "Beth Arnaud, RN\nLiving Donor Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="tacrolimus level callback to husband",
        notes="Hard positive: message to husband's mailbox about 'Anita' (first name only) with a high tacrolimus trough and a dose hold.",
        frm="Post-Transplant Nurse Line <posttx@summitcresttransplant.org>",
        to="raj.menon.home@outlook.com",
        subject="today's level",
        body=(
            "Hi Raj,\n\nAs we discussed by phone, Anita's tacro trough this morning was 14.2 (goal 8-10). Please have "
            "her skip tonight's 3 mg dose, then restart at 2 mg twice daily tomorrow morning. Repeat labs Monday "
            "7 am, before her dose.\n\nCall the nurse line if she has tremor or headache.\n\nJudy, RN"
        ),
    ),
    Spec(
        phi=True,
        category="referral workup gaps to dialysis unit",
        notes="Reply to dialysis unit naming the referred patient and his outstanding evaluation items (colonoscopy, dental, cardiac stress test).",
        frm="Transplant Referral Intake <referrals@summitcresttransplant.org>",
        to="transplant.liaison@riverbendkidney.com",
        subject="RE: Kidney transplant referral - Riverbend Eastgate",
        body=(
            "Hi Anita,\n\nWe've opened a referral for Lamar Whitfield. Before we can schedule his evaluation day "
            "we still need:\n 1. Screening colonoscopy report (age 45+)\n 2. Dental clearance\n 3. Nuclear stress test "
            "(diabetic? please confirm - chart says no)\n 4. Last 3 months of monthly labs and hepatitis panel\n\n"
            "Fax to 303-555-0108 or send via Direct.\n\nThanks,\nOlivia Strand\nReferral Intake"
        ),
    ),
    Spec(
        phi=True,
        category="belatacept prior authorization to health plan",
        notes="Prior authorization request naming the recipient with member ID, transplant date and drug rationale.",
        frm="Transplant Pharmacy <txpharmacy@summitcresttransplant.org>",
        to="pharmacy.pa@rockymountainhp.com",
        subject="Urgent PA: belatacept - member RMH440912208",
        body=(
            "Prior Authorization Request\n\nMember: Augustin Pelletier   Member ID: RMH440912208   DOB 10/03/1981\n"
            "Drug: belatacept (Nulojix) 5 mg/kg IV monthly\nDx: Z94.0 kidney transplant status (DDKT 09/2025); "
            "T86.12 graft dysfunction\nRationale: calcineurin-inhibitor nephrotoxicity on biopsy 02/27/2026; EBV IgG "
            "positive.\nPrescriber: Dr. Harlan Voss, NPI 1479270492\n\nPlease respond within 72 hours.\nTransplant Pharmacy"
        ),
    ),
    Spec(
        phi=True,
        category="270 eligibility batch for evaluation candidates",
        notes="Hard positive: body is a routine note to the clearinghouse; the X12 270 attachment names two candidates with member IDs and birth dates.",
        frm="Financial Clearance <financialclearance@summitcresttransplant.org>",
        to="edi.support@availityco.com",
        subject="270 file for manual run",
        body="Our real-time connection is timing out. Could you run the attached 270 manually and send the 271s back to this mailbox? Thanks - Financial Clearance",
        atts=(Att("SCT_270_2701.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to referring nephrologist",
        notes="C-CDA discharge summary with patient name, MRN, address, birth date, transplant details and immunosuppression.",
        frm="Transplant Records <txrecords@summitcresttransplant.org>",
        to="records@frontrangenephrology.com",
        subject="Discharge summary (C-CDA) - Achterberg",
        body="Dr. Kaur,\n\nYour patient Desmond Achterberg was discharged today after his kidney transplant. The C-CDA discharge summary is attached for your EHR.\n\nTransplant Records",
        atts=(Att("discharge_summary_ccda.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="manual ADT discharge file to dialysis unit",
        notes="Hard positive: body only says the interface is down; the attached HL7 A03 carries the patient's name, MRN, address, phone and kidney-transplant diagnosis.",
        frm="Integration Services <integration@summitcresttransplant.org>",
        to="interfaces@riverbendkidney.com",
        subject="ADT feed down - manual A03 attached",
        body="Hi Riverbend team, our ADT feed to you has been down since Tuesday. Attached is the one discharge event you'd have missed so you can stop scheduling chairs. Feed should be back tonight.",
        atts=(Att("a03_manual_0312.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="biopsy rejection reply with diagnosis in subject",
        notes="Hard positive: the rejection diagnosis is only in the subject; the body gives the MRN, room and steroid plan.",
        frm="Dr. Harlan Voss <hvoss@summitcresttransplant.org>",
        to="iosei@stanselmpathology.org",
        subject="Re: biopsy - acute cellular rejection Banff 1A",
        body="Imani - agree. Pulse methylpred 500 x3 starting tonight. MRN SC4466710, she's on 7B room 9. Will repeat DSA Monday. Thanks for the quick read. - HV",
    ),
    Spec(
        phi=True,
        category="selection committee workbook to external member",
        notes="Multi-sheet committee agenda with candidates' names, MRNs, organs, psychosocial issues and decisions, sent to an outside hospital member.",
        frm="Selection Committee <selectioncommittee@summitcresttransplant.org>",
        to="lfrazier@stanselmhealth.org",
        subject="Agenda for Tuesday's selection committee",
        body="Dr. Frazier - attached is Tuesday's agenda and the living donor sheet. Please do not forward.\n\nCommittee Coordinator",
        atts=(Att("selection_committee_0317.xlsx", XLSX, _COMMITTEE_XLSX),),
    ),
    Spec(
        phi=True,
        category="OCR text of faxed transplant consent",
        notes="Hard positive: noisy OCR text of a faxed consent form with name, DOB, MRN and acceptance of HCV-positive organs; the body is one line.",
        frm="Document Imaging <imaging@summitcresttransplant.org>",
        to="docs@medscribeindexing.com",
        subject="Batch 0312-B page needs manual indexing",
        body="OCR confidence too low for auto-index on this one, text attached. Please index to the correct chart.",
        atts=(Att("fax_0312_1402_ocr.txt", "text/plain", _OCR_TXT),),
    ),
    Spec(
        phi=True,
        category="financial clearance letter with MBI",
        notes="Letter to patient's gmail with his name, MBI, SSN and out-of-pocket estimate for kidney transplant and immunosuppressants.",
        frm="Financial Clearance <financialclearance@summitcresttransplant.org>",
        to="ghollis1969@gmail.com",
        subject="Your transplant cost estimate",
        body=(
            "Dear Mr. Grant Hollis,\n\nWe verified your coverage for kidney transplant:\n\n  Medicare MBI: 6HN2-JX5-MC08\n"
            "  SSN on file (last verified): 538-21-7746\n  Secondary: none\n\nEstimated out-of-pocket for the transplant "
            "admission: $1,676 (Part A deductible). Anti-rejection medicines after transplant are covered under Part B "
            "at 20% coinsurance, roughly $190/month. Our financial counselor, Noel Barr, can help you apply for "
            "assistance.\n\nFinancial Clearance" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated post-transplant update to local nephrologist",
        notes="Hard positive: abbreviation-heavy update with patient initials and full DOB, transplant date, creatinine, BK virus and immunosuppression.",
        frm="Post-Transplant Clinic <posttxclinic@summitcresttransplant.org>",
        to="dr.kaur@frontrangenephrology.com",
        subject="JM f/u",
        body="J.M. (DOB 07/19/1958) s/p DDKT 2/28, Cr 1.4 today, tac 9.1, on tac/MMF/pred 10. BK PCR neg, CMV neg. UTI on day 12 tx w/ cipro. Next SCTI clinic Thu 3/26, then back to you 4/27.",
    ),
    Spec(
        phi=True,
        category="post-transplant clinic calendar invite",
        notes="Calendar invite to patient's gmail for post-transplant clinic with his name and pre-visit lab instructions.",
        frm="Transplant Clinic Scheduling <txscheduling@summitcresttransplant.org>",
        to="glen.nakashima@gmail.com",
        subject="Kidney Transplant Clinic - Thu 3/19",
        body="Glen, your 1-week post-transplant visit: labs 7:30 am (do NOT take your tacrolimus until after the blood draw), then Dr. Voss at 9:00. Bring your pill box and blood pressure log.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//Clinic//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:txclinic-0319-nakashima@summitcresttransplant.org\r\nDTSTAMP:20260313T150000Z\r\n"
            "DTSTART:20260319T133000Z\r\nDTEND:20260319T160000Z\r\n"
            "SUMMARY:Post kidney transplant visit - labs then Dr. Voss\r\nLOCATION:Summit Crest Clinic, 3rd floor\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient message to specialty pharmacist",
        notes="Forward of a transplant patient's own e-mail about a rash on mycophenolate to the specialty pharmacy, with her name and medications.",
        frm="Transplant Pharmacy <txpharmacy@summitcresttransplant.org>",
        to="clinical@peaktransplantrx.com",
        subject="Fw: rash question",
        body="Dana - can you call her? She fills at your Aurora site. Her MMF was increased last week. Thanks, Luis",
        forward=Spec(
            phi=True,
            category="patient message",
            notes="forwarded",
            frm="Beatriz Okonkwo-Lind <bea.okonkwolind@yahoo.com>",
            to="txpharmacy@summitcresttransplant.org",
            subject="rash question",
            body="Hello, this is Beatriz Okonkwo-Lind, liver transplant Jan 2026. Since the CellCept went up to 1000 mg I have an itchy rash on my arms and stomach. Should I stop it? I also take Prograf 2 mg and Bactrim.",
        ),
    ),
    Spec(
        phi=True,
        category="HTML medication list update to patient",
        notes="HTML-only notice to patient's personal mailbox listing her updated transplant medications by name.",
        frm="Summit Crest MyTransplant <noreply@summitcresttransplant.org>",
        to="anita.menon.73@outlook.com",
        subject="Your medication list was updated",
        body="",
        html=(
            "<html><body><p>Hello Anita Menon,</p><p>Your transplant team updated your medication list on 03/13/2026:</p>"
            "<ul><li>Tacrolimus 2 mg twice daily (changed)</li><li>Mycophenolate 720 mg twice daily</li>"
            "<li>Prednisone 5 mg daily</li><li>Valganciclovir 450 mg daily - stop after 04/06/2026</li></ul>"
            "<p>Questions? Call 303-555-0112.</p><p>Summit Crest Transplant Institute</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="school PE excuse after pediatric liver transplant",
        notes="Letter to a school nurse naming the child and his liver transplant with activity restrictions.",
        frm="Pediatric Transplant <pedstx@summitcresttransplant.org>",
        to="nurse@maplegroveelementary.org",
        subject="Mateo Ruiz - return to school",
        body=(
            "Dear Nurse Halvey,\n\nMateo Ruiz (grade 4) may return to school on Monday 3/23 following his liver "
            "transplant. Please excuse him from PE and recess contact play for 8 weeks. Because he takes "
            "immunosuppressants, please notify his mother right away about any chickenpox or measles exposure in "
            "his class. He may carry a water bottle at all times.\n\nTheresa Yun, CPNP\nPediatric Transplant"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR crossmatch order to HLA lab",
        notes="Hard positive: body is two lines; the FHIR ServiceRequest and Patient name the candidate, MRN, birth date and crossmatch reason.",
        frm="Kidney Transplant Coordinators <kidneytx@summitcresttransplant.org>",
        to="hla.orders@mountainimmunogenetics.com",
        subject="stat XM",
        body="Stat flow crossmatch order attached (FHIR). Donor sample arriving by courier ~22:00.",
        atts=(
            Att(
                "xm_order.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "transaction", "entry": [\n'
                    ' {"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "urn:sct:mrn", "value": "SC4469013"}],\n'
                    '   "name": [{"family": "Esquivel", "given": ["Ramona"]}], "birthDate": "1972-09-05"}},\n'
                    ' {"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "priority": "stat",\n'
                    '   "code": {"text": "Flow cytometry crossmatch, T and B cell"}, "subject": {"reference": "Patient/p1"},\n'
                    '   "reasonCode": [{"text": "Deceased donor kidney offer, cPRA 87%"}]}}\n]}\n'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="psychosocial evaluation summary to rehab program",
        notes="Psychosocial evaluation naming the liver candidate with MRN, alcohol use history and sobriety monitoring, sent to his treatment program.",
        frm="Rosa Kimball LCSW <rkimball@summitcresttransplant.org>",
        to="intake@clearwaterrecoverycenter.org",
        subject="Summary for your intake - per signed release",
        body="Hello, per the release Mr. Brannigan signed on 3/10 (42 CFR Part 2 compliant form attached to his chart), here is our psychosocial summary so your program can build his relapse-prevention plan.\n\nRosa Kimball, LCSW",
        atts=(Att("psychosocial_summary.docx", DOCX, _PSYCHOSOCIAL_DOCX),),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="HTML new surgeon announcement to referring physicians",
        notes="Hard negative: HTML-only announcement of new surgeons with their specialties, disease interests and NPIs; no patient.",
        frm="Physician Relations <physicianrelations@summitcresttransplant.org>",
        to="referring-physicians@summitcresttransplant.org",
        subject="Welcome Dr. Imani Osei and Dr. Sergio Lamb",
        body="",
        html=(
            "<html><body><h2>New to Summit Crest</h2>"
            "<p><b>Imani Osei, MD</b> (NPI 1104530161), hepatobiliary and liver transplant surgery; interests in "
            "hepatocellular carcinoma, living donor liver transplant and machine perfusion.</p>"
            "<p><b>Sergio Lamb, MD</b> (NPI 1458174491), kidney and pancreas transplant; robotic donor nephrectomy.</p>"
            "<p>To refer, call 303-555-0107.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="SRTR outcomes summary pdf",
        notes="Hard negative: program-level graft and patient survival and volumes from SRTR; aggregate only.",
        frm="Physician Relations <physicianrelations@summitcresttransplant.org>",
        to="dr.kaur@frontrangenephrology.com",
        subject="Our latest outcomes",
        body="Dr. Kaur, thanks for your referrals this year. Our one-page outcomes summary from the January SRTR release is attached.\n\nLinnea Fox\nPhysician Relations",
        atts=(Att("SCTI_outcomes_2026.pdf", "application/pdf", _OUTCOMES_PDF),),
    ),
    Spec(
        phi=False,
        category="living donor information night flyer",
        notes="Public event announcement about living kidney donation; no individual.",
        frm="Living Donor Program <livingdonor@summitcresttransplant.org>",
        to="events@denverlibraryfriends.org",
        subject="Community talk: What it means to be a living kidney donor",
        body="Hello, we'd love to list this in your April events calendar: Thursday 4/9, 6:30 pm, Central Library Room B. Speakers: a transplant surgeon, a donor advocate and a former donor. Free; no registration required.\n\nSummit Crest Living Donor Program",
    ),
    Spec(
        phi=False,
        category="transplant coordinator job posting",
        notes="Hard negative: job description mentioning caseloads of kidney and pancreas candidates and clinical tasks; no patient.",
        frm="Talent Acquisition <careers@summitcresttransplant.org>",
        to="jobs@coloradonursesassoc.org",
        subject="Job posting: Pre-Transplant Coordinator RN",
        body=(
            "PRE-TRANSPLANT COORDINATOR, RN (Kidney/Pancreas)\nManage a caseload of ~250 candidates on the waiting "
            "list: track cPRA, dialysis records, cardiac and cancer screening; present candidates at selection "
            "committee; educate on increased-risk and HCV-positive donor organs. BSN, 3 years nephrology or "
            "transplant experience; CCTC within 2 years. Hybrid after orientation."
        ),
    ),
    Spec(
        phi=False,
        category="generic tacrolimus formulary change to pharmacies",
        notes="Hard negative: formulary and substitution guidance for tacrolimus products to community pharmacies; no patient.",
        frm="Transplant Pharmacy <txpharmacy@summitcresttransplant.org>",
        to="pharmacists@frontrangecommunityrx.org",
        subject="Tacrolimus substitution - please read",
        body=(
            "Colleagues,\n\nEffective April 1, Summit Crest prescriptions for immediate-release tacrolimus will allow "
            "generic substitution, but please keep each patient on the SAME manufacturer refill to refill. "
            "Extended-release products (Envarsus XR, Astagraf XL) are NOT interchangeable with each other or with "
            "immediate release. If a switch is unavoidable, call our pharmacy line so we can order a trough in 5-7 days.\n\n"
            "Luis Arredondo, PharmD, BCTXP"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic dataset to analytics vendor",
        notes="Hard negative: explicitly synthetic (generated) transplant records for testing a vendor dashboard; no real patient.",
        frm="Data Analytics <analytics@summitcresttransplant.org>",
        to="onboarding@graftviewanalytics.com",
        subject="Sample file for dashboard build",
        body="As agreed, we will not send production data until the BAA is signed. Attached is a SYNTHETIC sample (generated, not real patients) with the same columns as the production extract so you can build the mappings.\n\nAnalytics",
        atts=(Att("synthetic_sample.csv", "text/csv", _SYNTH_CSV),),
    ),
    Spec(
        phi=False,
        category="speaker invitation to professor",
        notes="Invitation to a visiting speaker at his personal mailbox; no health information.",
        frm="Education Office <education@summitcresttransplant.org>",
        to="prof.hendrik.vanloon@gmail.com",
        subject="Grand rounds invitation - September",
        body="Dear Professor van Loon,\n\nWe would be honoured to host you for transplant grand rounds on 9/17 on normothermic machine perfusion. We cover travel and a $1,500 honorarium. Please reply with dates that suit.\n\nWarm regards,\nEducation Office",
    ),
    Spec(
        phi=False,
        category="rejection warning signs handout to clinic",
        notes="Hard negative: generic patient-education handout about rejection and infection symptoms; no individual.",
        frm="Transplant Education <education@summitcresttransplant.org>",
        to="frontdesk@plainsviewfamilyclinic.org",
        subject="Handout for your transplant patients",
        body="As requested, here is our standard 'after your kidney transplant' handout you can print for any of your patients who had transplants with us.\n\nTransplant Education",
        atts=(Att("PE-K14_rejection_signs.docx", DOCX, _EDU_DOCX),),
    ),
    Spec(
        phi=False,
        category="OR block schedule workbook",
        notes="Hard negative: operating-room block and on-call schedule listing surgeons and services; no patient.",
        frm="Perioperative Services <periop@summitcresttransplant.org>",
        to="orscheduling@crestviewmedicalcenter.org",
        subject="April transplant OR blocks + call",
        body="Attached: April block assignments and surgeon on-call. Please hold OR 11 open overnight Mon-Fri for deceased-donor cases as usual.",
        atts=(Att("april_blocks.xlsx", XLSX, _OR_XLSX),),
    ),
    Spec(
        phi=False,
        category="phishing simulation results notice",
        notes="IT security notice with department-level phishing results; no health information.",
        frm="Information Security <infosec@summitcresttransplant.org>",
        to="allstaff@summitcresttransplant.org",
        subject="February phishing test: 7% clicked",
        body="Thanks to everyone who reported the fake 'UNOS password expiry' message. 7% of staff clicked, down from 12%. Reminder: use the Report Phish button; never enter your password from an e-mail link.\n\nInformation Security",
    ),
    Spec(
        phi=False,
        category="living donor champion class invite",
        notes="Calendar invite for a public class teaching families how to search for a living donor; no individual.",
        frm="Living Donor Program <livingdonor@summitcresttransplant.org>",
        to="supportgroup@coloradokidneyfriends.org",
        subject="Living Donor Champion class - April 14",
        body="Please share with your group. Anyone may attend; the class teaches friends and family how to share a loved one's need for a living donor.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//Education//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:champion-0414@summitcresttransplant.org\r\nDTSTAMP:20260313T150000Z\r\n"
            "DTSTART:20260415T000000Z\r\nDTEND:20260415T013000Z\r\nSUMMARY:Living Donor Champion class\r\n"
            "LOCATION:Summit Crest Education Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="case-rate proposal workbook to payer",
        notes="Hard negative: transplant case-rate proposal with CPT and DRG codes and program volumes; no patient.",
        frm="Managed Care <managedcare@summitcresttransplant.org>",
        to="transplantnetwork@rockymountainhp.com",
        subject="2027 Centers of Excellence case rates",
        body="Attached is our 2027 proposal (rates, carve-outs, assumptions). We're asking for a 5.3% increase on the kidney global.\n\nNadia Brooks, Managed Care",
        atts=(Att("SCTI_case_rates_2027.xlsx", XLSX, _CASE_RATE_XLSX),),
    ),
    Spec(
        phi=False,
        category="staff vaccination compliance by unit",
        notes="Hard negative: staff health notice with unit-level vaccination percentages; no employee or patient named.",
        frm="Employee Health <employeehealth@summitcresttransplant.org>",
        to="managers@summitcresttransplant.org",
        subject="Flu/COVID vaccine compliance by unit",
        body="Managers,\n\nStaff compliance as of 3/12: 7B transplant unit 97%, Transplant ICU 94%, outpatient clinic 91%, coordinators 88%. Units under 90% by 3/31 will need masking attestation for unvaccinated staff. Individual lists are available only to you in the Employee Health portal.\n\nEmployee Health",
    ),
    Spec(
        phi=False,
        category="courier contract renewal forward",
        notes="Forwarded vendor thread about specimen courier contract terms; no patient.",
        frm="Procurement <procurement@summitcresttransplant.org>",
        to="legal@summitcresttransplant.org",
        subject="Fw: Courier agreement renewal",
        body="Legal - see the courier's proposed changes below (liability cap and fuel surcharge). Can you review by the 25th?",
        forward=Spec(
            phi=False,
            category="vendor email",
            notes="forwarded",
            frm="Account Manager <contracts@swiftmedcourier.com>",
            to="procurement@summitcresttransplant.org",
            subject="Courier agreement renewal",
            body="Hi, attached redlines: liability cap raised to $250k per occurrence, fuel surcharge indexed monthly, after-hours stat runs $185. Term 2 years.",
        ),
    ),
    Spec(
        phi=False,
        category="letter mail-merge template with placeholders",
        notes="Hard negative: evaluation-result letter template containing only merge fields such as {{patient_first_name}}; no real data.",
        frm="Kidney Transplant Coordinators <kidneytx@summitcresttransplant.org>",
        to="templates@letterflowsystems.com",
        subject="Template TX-EVAL-03 for your build",
        body="Please load the attached template into our letter library. Merge fields match the names in the spec sheet.",
        atts=(Att("TX-EVAL-03.txt", "text/plain", _TEMPLATE_TXT),),
    ),
    Spec(
        phi=False,
        category="milestone press release",
        notes="Hard negative: press release on transplant volumes and disease categories treated; no patient identified.",
        frm="Media Relations <media@summitcresttransplant.org>",
        to="newsdesk@denverpostmetro.com",
        subject="Press release: Summit Crest reaches 3,000 kidney transplants",
        body=(
            "FOR IMMEDIATE RELEASE\n\nDENVER - Summit Crest Transplant Institute performed its 3,000th kidney "
            "transplant this month. Recipients have included people with diabetes, polycystic kidney disease, lupus "
            "nephritis and IgA nephropathy. Nearly one in three kidneys came from living donors. 'Each number is a "
            "family that got time back,' said Dr. Harlan Voss, surgical director.\n\nMedia contact: 303-555-0119"
        ),
    ),
    Spec(
        phi=False,
        category="parking garage closure notice",
        notes="Facilities notice about garage closure for staff and visitors; no health information.",
        frm="Facilities <facilities@summitcresttransplant.org>",
        to="allstaff@summitcresttransplant.org",
        subject="Garage B closed 3/21-3/22",
        body="Garage B will be closed for resurfacing this weekend. Staff please use the Crestview Pkwy lot; shuttles every 10 minutes. Valet remains open for clinic visitors.",
    ),
    Spec(
        phi=False,
        category="eligibility criteria reply to referring physician",
        notes="Hard negative: answers a physician's general question on BMI, HIV and age criteria for listing; no individual patient described.",
        frm="Dr. Sergio Lamb <slamb@summitcresttransplant.org>",
        to="dr.pruett@highplainsinternalmed.com",
        subject="RE: general question - referral criteria",
        body=(
            "Dr. Pruett,\n\nGood question, and it comes up a lot. Our general criteria: BMI up to 40 for kidney alone "
            "(we'll evaluate 40-45 case by case), HIV-positive candidates accepted if on ART with undetectable viral "
            "load and CD4 >200, no upper age limit but frailty assessment over 70. Refer early - at eGFR 20 or below "
            "- so waiting time can start.\n\nSergio Lamb, MD"
        ),
    ),
]
