"""Haven House Medical Respite shelter: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import HHR, RMC, SRH, Att, Spec

HH = f"Haven House Respite <info@{HHR}>"
INTAKE = f"Haven House Intake <intake@{HHR}>"
NURSE = f'"Grace Lindahl, RN" <g.lindahl@{HHR}>'
DIR = f'"Tobias Wren, Program Director" <t.wren@{HHR}>'
SIG = "\n\nHaven House Medical Respite\n611 S 19th St, Tacoma WA 98405 | 253-555-0190 | fax 253-555-0191"

X12_835 = (
    "ISA*00*          *00*          *ZZ*CASCADIACCP    *ZZ*HAVENHOUSE     *260319*0800*^*00501*000001203*0*P*:~"
    "GS*HP*CASCADIACCP*HAVENHOUSE*20260319*0800*1203*X*005010X221A1~ST*835*0001~"
    "BPR*I*2340.00*C*ACH*CCP*01*125000024*DA*889201*1730462981**01*121000358*DA*55021~TRN*1*EFT55021*1730462981~"
    "N1*PR*CASCADIA COMMUNITY PLAN~N1*PE*HAVEN HOUSE MEDICAL RESPITE*XX*1526018159~"
    "CLP*HH0302*1*2340.00*2340.00**MC*CCP2026031901~NM1*QC*1*WHITLOCK*OREN****MI*CCP80447160~"
    "SVC*HC:T2033*2340.00*2340.00**9~DTM*150*20260302~DTM*151*20260310~SE*11*0001~GE*1*1203~IEA*1*000001203~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Respite discharge summary to PCP",
        notes="Discharge summary naming client, wound healing, meds and housing placement, to PCP.",
        frm=NURSE,
        to="care.coord@southsoundfamilyclinic.org",
        subject="Respite discharge summary - O. Whitlock",
        body="Hi Renata,\n\nOren Whitlock (DOB 07/30/1954) discharged from Haven House today after 8 days. Left leg cellulitis resolved, completed cephalexin; COPD stable on tiotropium. Moved to Bayview supportive housing, unit 4C. Please see him within 2 weeks."
        + SIG,
        atts=(
            Att(
                "DC_summary_Whitlock.pdf",
                "application/pdf",
                pdf(
                    [
                        "HAVEN HOUSE MEDICAL RESPITE - DISCHARGE SUMMARY",
                        "Client: Oren Whitlock   DOB 07/30/1954",
                        "Stay: 03/02/2026 - 03/10/2026   Dx: L03.116 cellulitis LLE; J44.1 COPD",
                        "Disposition: Bayview Supportive Housing",
                    ],
                    "Discharge summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance for respite stay",
        notes="Hard positive: X12 835 naming client, member ID and respite service dates.",
        frm=f"Haven Billing <billing@{HHR}>",
        to="accounting@havenhouse-cpa.com",
        subject="ERA for posting",
        body="Please post the attached ERA to March receipts.",
        atts=(Att("era_1203.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="SSI application medical source statement",
        notes="Medical source statement with client's SSN and conditions, sent to disability determination.",
        frm=NURSE,
        to="dds-records@ssa-example.gov",
        subject="Medical evidence - claimant Ferris",
        body="Enclosed medical evidence for claimant Lorraine Ferris, SSN 468-31-2257: end-stage renal disease on hemodialysis three times weekly, insulin-dependent diabetes, and right below-knee amputation. Records from 01/2026 to present.",
        atts=(
            Att(
                "Ferris_medical_evidence.docx",
                DOCX,
                docx(
                    [
                        "Haven House Medical Respite - Medical Source Statement",
                        "Claimant: Lorraine Ferris   SSN 468-31-2257   DOB 04/18/1965",
                        "Diagnoses: N18.6 ESRD on dialysis; E10.65 type 1 DM with hyperglycemia; Z89.511",
                        "Functional limits: cannot stand more than 10 minutes",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Bed board to hospital partners",
        notes="Multi-sheet bed board with residents' full names, referring hospitals and needs (MOUD start, IV vancomycin) sent to ED case management.",
        frm=INTAKE,
        to=f"edcm@{RMC}",
        subject="Haven bed board - Thursday",
        body="2 beds open tomorrow. Current census attached so you can see who is ready to step down.",
        atts=(
            Att(
                "bed_board_0319.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Bed", "Resident", "Referred from", "Needs", "Exp DC"],
                            ["1", "Peter Ruiz-Hanley", "Riverbend", "post-OD, MOUD start", "3/24"],
                            ["2", "Edna Cole", "St. Clare", "PICC - IV vancomycin", "3/30"],
                            ["3", "Ray Dumont", "Riverbend", "post scabies, foot wound", "3/20"],
                        ],
                        "Open": [["Bed", "Available"], ["4", "3/20"], ["5", "3/20"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Nursing handoff plain text",
        notes="Hard positive: shift handoff text with first names, bed numbers and meds, no headers.",
        frm=NURSE,
        to=f"nights@{HHR}",
        subject="handoff",
        body="bed 2 Edna - vanc 1250 q12 due 2100, trough tomorrow 0830\nbed 1 Peter - suboxone 8 BID, mood ok, wants NA mtg\nbed 3 Ray - dressing L heel BID, pain 3/10",
    ),
    Spec(
        phi=True,
        category="Home health referral with MRN",
        notes="Referral to home health agency with client's name, MRN and PICC line care.",
        frm=NURSE,
        to="referrals@evergreenhomehealth.com",
        subject="Home health referral - IV abx in supportive housing",
        body="Referring Edna Cole, Riverbend MRN RMC4119026, for home infusion after she moves to supportive housing 3/30: vancomycin via right arm PICC for MRSA osteomyelitis, weekly labs. Ordering MD: Dr. Hsu, NPI: 1316624752."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Resident letter to personal email",
        notes="Letter to former resident's gmail reminding her of dialysis and insulin follow-up.",
        frm=NURSE,
        to="lorraineferris65@gmail.com",
        subject="Checking in",
        body="Hi Lorraine,\n\nJust checking on you since you moved. Don't forget dialysis Tues/Thu/Sat at Pierce Dialysis and your endocrinology appointment on 3/26. If your insulin runs out before then, call us - we still have your pen needles here.\n\nGrace",
    ),
    Spec(
        phi=True,
        category="Incident report to licensing",
        notes="Incident report naming resident and fall with head injury, to state licensing.",
        frm=DIR,
        to="incidents@dshs-example.wa.gov",
        subject="Reportable incident 2026-07",
        body="Reporting a fall on 3/17 at 0215: resident Ray Dumont fell in the bathroom, struck his head, was sent to Riverbend ED by ambulance, CT head negative, returned at 0900. Fall precautions added.",
        atts=(
            Att(
                "incident_2026-07.pdf",
                "application/pdf",
                pdf(
                    [
                        "HAVEN HOUSE MEDICAL RESPITE - INCIDENT REPORT 2026-07",
                        "Resident: Ray Dumont   Date: 03/17/2026 0215",
                        "Event: unwitnessed fall, head strike. ED transfer; CT negative.",
                    ],
                    "Incident report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medication reconciliation spreadsheet to pharmacist",
        notes="Multi-sheet med rec workbook by resident to consulting pharmacist.",
        frm=NURSE,
        to="consult@rxreviewpartners.com",
        subject="Monthly med review",
        body="March med rec for your review. Second tab has the controlled substance counts.",
        atts=(
            Att(
                "medrec_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Med rec": [
                            ["Resident", "Medication", "Dose"],
                            ["Peter Ruiz-Hanley", "buprenorphine-naloxone", "8/2 mg BID"],
                            ["Edna Cole", "vancomycin IV", "1250 mg q12h"],
                            ["Ray Dumont", "gabapentin", "300 mg TID"],
                        ],
                        "Controlled counts": [
                            ["Resident", "Drug", "Count"],
                            ["Peter Ruiz-Hanley", "bup-nal 8/2", 26],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded hospital referral reply",
        notes="Hard positive: acceptance reply with forwarded hospital referral naming patient and PICC/osteomyelitis.",
        frm=INTAKE,
        to="cm@stclarehospital-example.org",
        subject="RE: respite referral - accepted",
        body="Accepted - bed 2 is ready after 1pm. Please send the PICC placement note and the last vanc trough with her.",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="cm@stclarehospital-example.org",
            to=f"intake@{HHR}",
            subject="respite referral",
            body="Referring Edna Cole, 58, MRSA osteomyelitis L foot, needs 6 weeks IV vancomycin via PICC. Currently homeless. Ambulatory with walker.",
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form OCR text",
        notes="Hard positive: OCR text of a scanned intake form with broken spacing, name, DOB and conditions.",
        frm=INTAKE,
        to=f"records@{HHR}",
        subject="scan 0319-004",
        body="Scanner OCR below for indexing.\n\nHAVEN HOUSE INTAKE   Nm: D E S M O N D  H O L L O W A Y   D0B 09/22/l968\nRef by: Rlverbend ED   Dx: diab foot ulcer R heel, DM2\nA1c 10.4  Allergies: PCN (hives)\nSmoker Y  ETOH: 6 beers/day",
    ),
    Spec(
        phi=True,
        category="Family visit coordination",
        notes="Hard positive: reply to resident's son (surname in his address) identifies his mother by relationship only, with a palliative care recommendation and infusion.",
        frm=DIR,
        to="d.cole.seattle@outlook.com",
        subject="Re: visiting my mom",
        body="Hi Darius, yes you can visit your mom Saturday 1-4pm. She has asked to talk with you about the palliative care team's recommendation before her next infusion, so it may help to come early.\n\nTobias",
    ),
    Spec(
        phi=True,
        category="Meds dispensed log CSV",
        notes="Hard positive: body is one line; resident names and buprenorphine doses appear only in the attached MAR CSV.",
        frm=NURSE,
        to="medicaldirector@havenhouserespite.org",
        subject="MAR export wk 12",
        body="MAR export attached.",
        atts=(
            Att(
                "mar_wk12.csv",
                "text/csv",
                "resident,drug,dose,time,given_by\nPeter Ruiz-Hanley,buprenorphine-naloxone,8/2 mg,03-18 08:00,GL\nEdna Cole,vancomycin,1250 mg IV,03-18 09:00,GL\nRay Dumont,gabapentin,300 mg,03-18 08:00,GL\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lab draw appointment invite",
        notes="Hard positive: body says only 'Please confirm.'; the resident's name and vancomycin trough are in the calendar event.",
        frm=NURSE,
        to="mobilephleb@pugetreflab.com",
        subject="Draw request",
        body="Please confirm.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HHR//Nursing//EN\r\nBEGIN:VEVENT\r\nUID:h99-hhr-draw-0320@havenhouserespite.org\r\nDTSTAMP:20260319T150000Z\r\nDTSTART:20260320T153000Z\r\nDTEND:20260320T160000Z\r\nSUMMARY:Edna Cole - vancomycin trough + CBC\r\nLOCATION:Haven House bed 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Records bundle zip to new housing case manager",
        notes="Zip of care plan and med list for named resident sent to housing case manager.",
        frm=DIR,
        to="casemgmt@bayviewpsh.org",
        subject="Records for move-in",
        body="With Mr. Whitlock's signed release, his care plan and med list are attached.",
        atts=(
            Att(
                "Whitlock_records.zip",
                "application/zip",
                zipped(
                    {
                        "care_plan.txt": "Oren Whitlock - COPD action plan; leg elevation; PCP visit by 3/24.",
                        "med_list.txt": "tiotropium 18 mcg daily; albuterol PRN; nicotine patch 21 mg",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML portal message to resident",
        notes="HTML-only message to resident's own email with his test result.",
        frm=f"Haven House Clinic <clinic@{HHR}>",
        to="desmond.holloway68@yahoo.com",
        subject="Your results",
        body="",
        html="<html><body><p>Desmond,</p><p>Your foot X-ray from Tuesday shows <b>no bone infection</b>. Your A1c is still high at 10.4, so Grace will go over the new insulin dose with you at 5pm.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Outreach handback note",
        notes="Hard positive: one-line note to outreach naming a client who left respite with an open wound.",
        frm=INTAKE,
        to=f"k.moreno@{SRH}",
        subject="Ike",
        body="FYI Ike Nakagawa self-discharged this morning, toes still need daily dressing. Please look for him at Portland Ave.",
    ),
    Spec(
        phi=True,
        category="Medicaid MCO authorization request",
        notes="Authorization request with member name, ID and respite days needed after hospital stay.",
        frm=f"Haven Billing <billing@{HHR}>",
        to="auth@cascadiacommunityplan.com",
        subject="Auth request - respite extension",
        body="Requesting 10 additional respite days (T2033) for member Desmond Holloway, ID CCP80512277, diabetic foot ulcer not yet healed; wound clinic follow-up 3/27.\n\nHaven House NPI: 1526018159",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Bed availability broadcast",
        notes="Bed count broadcast with admission criteria; no residents named.",
        frm=INTAKE,
        to="hospital-cms@piercehospitals-list.org",
        subject="Haven House: 2 beds open 3/20",
        body="Two respite beds open Friday. Criteria: independent ADLs, no active IV drug use on site, stable vitals. Send referrals via the secure portal."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes report",
        notes="Hard negative: annual outcomes with counts by diagnosis and readmission rate; no individual.",
        frm=DIR,
        to="board@havenhouserespite.org",
        subject="2025 outcomes",
        body="2025: 214 admissions, average stay 17 days, 30-day readmission 8%. Most common reasons: wound care 81, IV antibiotics 46, post-surgical 39, CHF 18. 41% discharged to housing.",
        atts=(
            Att(
                "outcomes_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "HAVEN HOUSE MEDICAL RESPITE - 2025 OUTCOMES",
                        "Admissions 214; ALOS 17 days; 30-day readmission 8%",
                        "Discharged to housing 41%",
                    ],
                    "Outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Referral form template",
        notes="Hard negative: blank referral form DOCX with field labels (Name, DOB, MRN, Diagnosis) and no values.",
        frm=INTAKE,
        to=f"edcm@{RMC}",
        subject="New referral form (please use from 4/1)",
        body="Updated blank form attached. Main change: we now ask about PICC lines and pets.",
        atts=(
            Att(
                "Haven_referral_form_blank.docx",
                DOCX,
                docx(
                    [
                        "Haven House Medical Respite - Referral Form",
                        "Patient name: ________  DOB: ________  MRN: ________",
                        "Primary diagnosis: ________  IV access (PICC/none): ________",
                        "Pets: Y / N",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Kitchen food order",
        notes="Food order with diabetic-friendly menu items; no residents.",
        frm=f"Haven Kitchen <kitchen@{HHR}>",
        to="orders@pnwfoodbank.org",
        subject="Weekly order",
        body="This week: 20 lb brown rice, 30 dozen eggs, low-sugar oatmeal, 10 cases sugar-free drinks for our diabetic-friendly menu, fresh vegetables as available.",
    ),
    Spec(
        phi=False,
        category="Staff COVID exposure notice",
        notes="Hard negative: staff notice of a COVID-positive staff member without name.",
        frm=DIR,
        to=f"staff@{HHR}",
        subject="COVID exposure - night shift",
        body="A night-shift staff member tested positive for COVID-19 on Tuesday. If you worked nights 3/14-3/16, test on day 5. Masks required on the floor through Sunday.",
    ),
    Spec(
        phi=False,
        category="Nurse job posting",
        notes="Hard negative: job ad mentioning wound care, PICC lines and opioid use disorder; no patient.",
        frm=f"Haven HR <hr@{HHR}>",
        to="postings@indeed-example.com",
        subject="Job: RN, Medical Respite (days)",
        body="Haven House seeks an RN for our 18-bed medical respite: wound care, PICC line maintenance, insulin teaching, buprenorphine induction support. $50-62/h, benefits.",
    ),
    Spec(
        phi=False,
        category="Licensing renewal",
        notes="Hard negative: licence renewal with the facility's licence number and NPI; organisational identifiers, no resident.",
        frm=DIR,
        to="licensing@dshs-example.wa.gov",
        subject="Licence renewal - Haven House",
        body="Enclosed renewal for Haven House Medical Respite, licence ER-20419, NPI: 1526018159. Bed count unchanged at 18.",
    ),
    Spec(
        phi=False,
        category="Fire drill schedule",
        notes="Facility fire drill notice; no health content.",
        frm=HH,
        to=f"staff@{HHR}",
        subject="Fire drill Tuesday 10am",
        body="Fire drill Tuesday at 10am. Residents who use walkers or wheelchairs evacuate via the ramp exit with staff assistance.",
    ),
    Spec(
        phi=False,
        category="De-identified case study for conference",
        notes="Hard negative: conference abstract with de-identified case ('a man in his 60s') and no dates beyond year.",
        frm=NURSE,
        to="abstracts@respitecare-conf.org",
        subject="Abstract submission: wound healing in respite",
        body="Abstract: A man in his 60s experiencing unsheltered homelessness with a diabetic foot ulcer was admitted to medical respite in 2025. With daily dressing, offloading and insulin teaching, the ulcer closed in 9 weeks. We describe our protocol and outcomes across 81 wound admissions.",
    ),
    Spec(
        phi=False,
        category="Medical director contact list",
        notes="Hard negative: list of consulting physicians with specialties and NPIs.",
        frm=DIR,
        to=f"staff@{HHR}",
        subject="Consultant contacts",
        body="Consulting physicians:\nDr. Anjali Patel (emergency medicine) NPI: 1862570292\nDr. Priya Raman (addiction medicine) NPI: 1809416104\nDr. Hollis Grant (podiatry) NPI: 1471049746, DEA: AG3202176",
    ),
    Spec(
        phi=False,
        category="Test HL7 message to vendor",
        notes="Hard negative: HL7 test message with a declared test patient (TEST^PATIENT) for interface setup.",
        frm=f"Haven IT <it@{HHR}>",
        to="integration@carebridge-referrals.com",
        subject="Interface test message - not a real patient",
        body="Sample A04 for the referral interface build. Patient is a TEST record; ignore in production.",
        atts=(
            Att(
                "test_a04.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HAVEN|HHR|CAREBRIDGE|CB|202603190900||ADT^A04|TEST0001|T|2.5.1\rPID|1||TEST00001^^^HHR^MR||TEST^PATIENT||19000101|U\rPV1|1|O\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Donor stewardship email",
        notes="HTML-only donor thank-you with program stats; no resident identified.",
        frm=HH,
        to="pat.gilmore.giving@gmail.com",
        subject="Thank you, Pat",
        body="",
        html="<html><body><p>Dear Pat,</p><p>Your gift funded 40 nights of recovery for people leaving the hospital without a home. Last year 41% of our guests moved into housing.</p><p>With gratitude,<br>Haven House</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Policy question to BAA lawyer",
        notes="Hard negative: legal question about sharing rules with example scenarios and no real person.",
        frm=DIR,
        to="counsel@harborlawpllc.com",
        subject="Question re 42 CFR Part 2 and bed board",
        body="We share a bed board with hospitals. If a hypothetical resident is on buprenorphine, can we list 'MOUD start' as a need, or does Part 2 require separate consent? Can we discuss Thursday?",
    ),
    Spec(
        phi=False,
        category="Cleaning vendor contract",
        notes="Vendor contract renewal; no patients.",
        frm=DIR,
        to="contracts@brightcleanservices.com",
        subject="Contract renewal",
        body="We'd like to renew for 12 months with the same scope plus terminal cleaning of isolation rooms.",
        atts=(
            Att(
                "cleaning_scope.txt",
                "text/plain",
                "Scope: daily common areas, weekly deep clean, terminal clean of 2 isolation rooms as needed.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staffing roster",
        notes="Hard negative: multi-sheet workbook full of names and dates, but they are nurses' shifts, not residents.",
        frm=NURSE,
        to=f"staff@{HHR}",
        subject="April nursing schedule",
        body="April schedule attached; swaps by 3/28.",
        atts=(
            Att(
                "april_schedule.xlsx",
                XLSX,
                xlsx(
                    {
                        "Days": [
                            ["Date", "RN", "MA"],
                            ["4/1", "Grace Lindahl", "Omar Pike"],
                            ["4/2", "Hye-jin Park", "Omar Pike"],
                        ],
                        "Nights": [["Date", "RN"], ["4/1", "Sam Ocampo"], ["4/2", "Sam Ocampo"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Donated supplies zip of receipts",
        notes="Zip of donation receipts (donors, items); no health info about anyone.",
        frm=f"Haven Billing <billing@{HHR}>",
        to="accounting@havenhouse-cpa.com",
        subject="In-kind receipts Q1",
        body="Q1 in-kind receipts attached.",
        atts=(
            Att(
                "inkind_q1.zip",
                "application/zip",
                zipped(
                    {
                        "receipts.csv": "donor,item,value\nRotary Club of Tacoma,bath towels,400\nSt. Mark's,walkers x6,540\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Community health fair invite",
        notes="Community event invite with health topics; no individual.",
        frm=HH,
        to="neighbors@hilltopneighborhood.org",
        subject="Open house and foot care clinic",
        body="Join us April 12 for an open house. Free foot care, blood pressure checks and flu shots for neighbours, plus a tour of our respite rooms.",
    ),
    Spec(
        phi=False,
        category="Volunteer inquiry reply to personal mailbox",
        notes="Hard negative: reply to a would-be volunteer's personal mailbox about kitchen shifts; no health or care details.",
        frm=DIR,
        to="b.okonkwo.volunteer@gmail.com",
        subject="Re: volunteering",
        body="Hi Ben, great to hear from you! Yes, we'd love help in the kitchen Saturday mornings. Orientation is the first Saturday of the month at 9.\n\nTobias",
    ),
    Spec(
        phi=False,
        category="Respite program fact sheet",
        notes="Fact sheet PDF for hospitals describing services and eligibility.",
        frm=INTAKE,
        to="cm@stclarehospital-example.org",
        subject="Respite fact sheet",
        body="As requested, our one-page fact sheet.",
        atts=(
            Att(
                "haven_fact_sheet.pdf",
                "application/pdf",
                pdf(
                    [
                        "HAVEN HOUSE MEDICAL RESPITE - FACT SHEET",
                        "18 beds; 24/7 staff; RN on site days",
                        "We accept: wound care, IV antibiotics via PICC, post-surgical recovery",
                    ],
                    "Fact sheet",
                ),
            ),
        ),
    ),
]
