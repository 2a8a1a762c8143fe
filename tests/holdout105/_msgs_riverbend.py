"""Riverbend Dialysis Center social work office: outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import RBD, Att, Spec

SW = f'"Renee Okafor, LCSW" <rokafor@{RBD}>'
SIG = "\n\nRenee Okafor, LCSW\nSocial Work Office | Riverbend Dialysis Center\n(608) 555-0141"
DISC = "\n\nCONFIDENTIALITY: This message may contain confidential information intended only for the addressee."

_transport_fwd = Spec(
    phi=True,
    category="inner transport request",
    notes="Inner forwarded transport request naming patient and dialysis schedule.",
    frm=SW,
    to=f"transport@{RBD}",
    subject="MWF chair 11 - ride needed",
    body="Harold Beaumont (chair 11, 2nd shift MWF) lost his ride when his nephew moved. Can we set up paratransit from 418 Maple Grove Rd starting next Monday?"
    + SIG,
)

MESSAGES = [
    Spec(
        phi=True,
        category="paratransit eligibility letter to transit authority",
        notes="Names patient, address and in-centre haemodialysis three times weekly to the transit authority.",
        frm=SW,
        to="eligibility@madisonmetroparatransit.org",
        subject="Paratransit certification - Riverbend patient",
        body="To the ADA Eligibility Unit,\n\nI am writing in support of Harold Beaumont (DOB 02/14/1949), 418 Maple Grove Rd, Fitchburg WI, who receives in-centre haemodialysis Monday, Wednesday and Friday from 11:15 to 15:30. After treatment he has post-dialysis hypotension and cannot safely use fixed-route buses. Please consider him for unconditional certification."
        + SIG,
        forward=_transport_fwd,
    ),
    Spec(
        phi=False,
        category="support group flyer to community centre",
        notes="Hard negative: invitation to a kidney-failure caregiver support group; names only the facilitator.",
        frm=SW,
        to="events@eastsidecommunitycenter.org",
        subject="Flyer for your board: kidney caregivers circle",
        body="Hi Dana,\n\nCould you post the attached on the lobby board? It's our monthly caregivers' circle for families of people on dialysis - third Thursday, 6 pm, free, no referral needed. I facilitate it myself."
        + SIG,
        atts=(
            Att(
                "caregivers_circle_spring.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND DIALYSIS CENTER - SOCIAL WORK",
                        "",
                        "Kidney Caregivers Circle",
                        "Third Thursday of each month, 6:00 pm",
                        "Community Room B, 2200 Riverbend Pkwy",
                        "Facilitator: Renee Okafor, LCSW",
                        "Topics: burnout, sleep, talking to kids about dialysis",
                        "Free. Light supper provided.",
                    ],
                    "Caregivers Circle",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="employer accommodation letter",
        notes="Hard positive: letter to patient's employer HR stating he dialyses MWF afternoons and needs a schedule change.",
        frm=SW,
        to="hr@prairiefreightlogistics.com",
        subject="Work schedule accommodation - Marcus Tillery",
        body="Dear HR team,\n\nWith Mr. Tillery's written permission: Marcus Tillery is treated at our unit three afternoons a week (Mon/Wed/Fri, 1-5 pm) for end-stage kidney disease. He is able to work full shifts on Tuesdays and Thursdays and mornings on dialysis days. We ask that his route assignments be adjusted accordingly under the ADA."
        + SIG,
    ),
    Spec(
        phi=False,
        category="staff in-service reminder",
        notes="Internal reminder about a staff training on advance directives; no patient.",
        frm=SW,
        to=f"allstaff@{RBD}",
        subject="Reminder: advance directive in-service Thursday",
        body="Team - 20-minute in-service Thursday at 06:45 before first shift on the new POLST form. Snacks in the break room."
        + SIG,
    ),
    Spec(
        phi=True,
        category="medication assistance application to foundation",
        notes="Names patient with cinacalcet prescription and income for a pharma assistance programme.",
        frm=SW,
        to="applications@kidneycareassistfund.org",
        subject="Application - copay assistance",
        body="Please find the completed application for Delia Fuentes-Moore, member ID WHP55810337, for copay support for cinacalcet 60 mg daily (secondary hyperparathyroidism on dialysis). Household income statement is attached."
        + SIG,
        atts=(
            Att(
                "income_statement_DFuentesMoore.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND DIALYSIS CENTER",
                        "Household income attestation",
                        "Patient: Delia Fuentes-Moore   DOB 07/30/1961",
                        "Household size: 2",
                        "Monthly income: SSDI $1,412; spouse part-time $860",
                        "Diagnosis: ESRD on hemodialysis (N18.6, Z99.2)",
                        "Signed: D. Fuentes-Moore  03/12/2026",
                    ],
                    "Income attestation",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor quote request for printing",
        notes="Asks a print shop for a quote on patient education booklets; no individual.",
        frm=SW,
        to="orders@quickprintmadison.com",
        subject="Quote: 500 booklets, 12 pages, saddle stitch",
        body="Hello,\n\nCould you quote 500 copies of a 12-page booklet, full colour, saddle stitched? Art files will be PDF. Delivery to 2200 Riverbend Pkwy.\n\nThanks,\nRenee",
    ),
    Spec(
        phi=True,
        category="housing authority support letter",
        notes="Hard positive: names patient and states she needs a ground-floor unit because of dialysis access in her arm and fatigue after treatment.",
        frm=SW,
        to="waitlist@danecountyhousing.org",
        subject="Reasonable accommodation request - T. Ashworth (applicant 2026-0418)",
        body="Dear Housing Specialist,\n\nTamsin Ashworth, applicant 2026-0418, is a patient at our centre. She has an arteriovenous fistula in her left arm and significant fatigue after haemodialysis, and should not carry groceries up stairs. We support her request for a ground-floor unit."
        + SIG
        + DISC,
    ),
    Spec(
        phi=False,
        category="community resource list to colleague",
        notes="Hard negative: list of food pantries and utility assistance programmes for dialysis patients in general.",
        frm=SW,
        to="jlindqvist@lakeviewdialysis.org",
        subject="Resource list you asked for",
        body="Jonas,\n\nHere's my updated resource list (no patient info, just the programmes):\n\n- Second Harvest pantry, renal-friendly boxes on request\n- WHEAP energy assistance, apply Oct-May\n- Lifeline phone programme\n- Medicaid transport: call 555-0177\n\nShare freely."
        + SIG,
        atts=(
            Att(
                "resources_2026.csv",
                "text/csv",
                "programme,need,phone,notes\nSecond Harvest,food,608-555-0102,low-potassium boxes\nWHEAP,utilities,608-555-0103,Oct-May\nLifeline,phone,608-555-0104,federal\nMedicaid NEMT,transport,608-555-0177,48h notice\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="short reply to patient's daughter",
        notes="Hard positive: terse reply to a daughter's gmail (surname in the address) saying her dad missed two treatments and went to the ER with fluid on his lungs.",
        frm=SW,
        to="kbeaumont.lee@gmail.com",
        subject="Re: Dad",
        body="Kelly - yes, he missed Wed and Fri and ended up in the ER Saturday with fluid on his lungs. Let's talk tomorrow at 10 about the ride problem.\n\nRenee",
    ),
    Spec(
        phi=False,
        category="job posting to university career office",
        notes="Hard negative: job posting for a nephrology social worker; mentions ESRD and depression screening as duties only.",
        frm=f"Riverbend HR <careers@{RBD}>",
        to="careers@uwmadisonsocialwork.edu",
        subject="Posting: MSW Social Worker, outpatient dialysis",
        body="Please share with your MSW graduates:\n\nRiverbend Dialysis Center seeks a licensed social worker (LCSW or APSW) to support 110 adults with ESRD. Duties include PHQ-9 depression screening, KDQOL-36 surveys, transplant referral support and insurance counselling. Salary $64-72k. Apply at riverbenddialysis.org/careers.",
    ),
    Spec(
        phi=True,
        category="KDQOL survey results to nephrologist",
        notes="Hard positive: table of KDQOL scores with patient initials plus chair numbers and shift, sent to the nephrologist outside the unit.",
        frm=SW,
        to="dr.pnarayan@capitolnephrology.com",
        subject="Q1 KDQOL - your panel",
        body="Dr. Narayan, your panel's Q1 scores below; low mental component flagged.\n\nHB  ch11 MWF2  PCS 28 MCS 31 *\nTA  ch04 TTS1  PCS 35 MCS 44\nMT  ch17 MWF3  PCS 41 MCS 29 *\nDFM ch02 TTS2  PCS 30 MCS 38\n\n* referred for counselling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate QIP report to board",
        notes="Hard negative: quarterly depression screening and transplant referral rates as percentages only.",
        frm=SW,
        to=f"governingbody@{RBD}",
        subject="Q1 social work metrics",
        body="Board members,\n\nQ1 2026: 96% of 112 patients screened with PHQ-9; 14 positive screens, all with follow-up documented. Transplant education delivered to 100% of new starts; 38% of eligible patients waitlisted. KDQOL completion 91%."
        + SIG,
        atts=(
            Att(
                "Q1_SW_metrics.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q4 2025", "Q1 2026"],
                            ["PHQ-9 screened %", 94, 96],
                            ["Waitlisted %", 35, 38],
                        ],
                        "Trend": [["Month", "Census"], ["Jan", 110], ["Feb", 112], ["Mar", 112]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="APS referral",
        notes="Names a dialysis patient with SSN, address and dementia in a suspected-exploitation referral to Adult Protective Services.",
        frm=SW,
        to="intake@danecountyaps.org",
        subject="Referral - vulnerable adult",
        body="APS intake,\n\nReferral for Evelyn Marsh, age 81, SSN 387-41-2056, 77 Birch Ct Apt 2, Madison, a haemodialysis patient with mild dementia. Her grandson has been taking her SSI; she told me she has not eaten since Sunday and missed Tuesday's treatment. Phone 608-555-0139."
        + SIG,
    ),
    Spec(
        phi=False,
        category="conference registration",
        notes="Registration confirmation for a social work conference; no patient.",
        frm=SW,
        to="registration@nkfcouncilsw.org",
        subject="Registration - Renee Okafor, Spring Clinical Meetings",
        body="Hello, please confirm my registration for the CNSW track and the Friday workshop on motivational interviewing. Invoice to Riverbend Dialysis Center, PO 26-0331."
        + SIG,
    ),
    Spec(
        phi=True,
        category="encrypted zip of transplant referral packet",
        notes="Hard positive: body only says a packet is attached; password-protected zip holds patient names and referral forms.",
        frm=SW,
        to="referrals@summitkidneytx.org",
        subject="Referral packet (password by phone)",
        body="Attached, two referral packets. Password sent by phone as usual." + SIG,
        atts=(
            Att(
                "referrals_0316.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "referral_Tillery.txt": "Marcus Tillery DOB 05/02/1979 ESRD due to IgA nephropathy, HD since 2023\n",
                        "referral_Ashworth.txt": "Tamsin Ashworth DOB 11/19/1988 lupus nephritis, HD since 2025\n",
                    },
                    "Rbd#0316",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="out of office",
        notes="Auto-reply; no patient.",
        frm=SW,
        to="noreply@wisconsinmedicaid.gov",
        subject="Automatic reply: Provider bulletin March",
        body="I am out of the office until March 23. For urgent patient needs call the charge nurse at 608-555-0140.\n\nRenee Okafor",
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility query X12 270",
        notes="Hard positive: X12 270 eligibility inquiry with patient name, DOB and member ID; body is a one-liner.",
        frm=f"Billing Desk <billing@{RBD}>",
        to="edi@wimedicaidgateway.com",
        subject="270 batch 0316",
        body="Batch attached.",
        atts=(
            Att(
                "elig_0316.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*RIVERBEND      *ZZ*WIMCD          *260316*0905*^*00501*000000451*0*P*:~GS*HS*RIVERBEND*WIMCD*20260316*0905*451*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*10001234*20260316*0905~HL*1**20*1~NM1*PR*2*WISCONSIN MEDICAID*****PI*WIMCD~HL*2*1*21*1~NM1*1P*2*RIVERBEND DIALYSIS CENTER*****XX*1562680185~HL*3*2*22*0~NM1*IL*1*MARSH*EVELYN****MI*WI44018827~DMG*D8*19441002~DTP*291*D8*20260316~EQ*30~SE*12*0001~GE*1*451~IEA*1*000000451~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training assignment",
        notes="Hard negative: HIPAA refresher with fictitious example patient clearly marked as training data.",
        frm=f"Compliance <compliance@{RBD}>",
        to=f"allstaff@{RBD}",
        subject="Annual HIPAA refresher - due March 31",
        body='All staff,\n\nPlease complete the refresher by March 31. Module 3 quiz uses a made-up scenario ("Patient Test Sample, MRN TEST-0000, on HD MWF") - this is not a real person. Reminder: never email a chair assignment list to a personal address.\n\nCompliance Office',
    ),
    Spec(
        phi=True,
        category="funeral home coordination after death",
        notes="Names a deceased dialysis patient and date of death to a funeral home about memorial arrangements.",
        frm=SW,
        to="arrangements@hollowayfuneral.com",
        subject="Gerald Pruitt - memorial at the unit",
        body="Mr. Holloway,\n\nGerald Pruitt's family asked whether the staff could attend. He died at home on March 11 after withdrawing from dialysis in February under hospice care. We'd like to send a card and flowers to the service - could you share the date?"
        + SIG,
    ),
    Spec(
        phi=False,
        category="thank-you note to donor",
        notes="Thanks a church for donating blankets to the unit; no patient.",
        frm=SW,
        to="office@stpaulslutheranmadison.org",
        subject="Thank you for the blankets!",
        html="<html><body><p>Dear friends at St. Paul's,</p><p>Thank you for the <b>40 hand-knitted lap blankets</b>. Our patients get cold during four-hour treatments and they were a huge hit.</p><p>Renee Okafor, LCSW<br>Riverbend Dialysis Center</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HTML newsletter shout-out with patient story",
        notes="Hard positive: HTML-only patient newsletter naming a patient celebrating 10 years on dialysis and his transplant listing, sent to an external mailing service.",
        frm=f"Riverbend News <news@{RBD}>",
        to="campaigns@mailbridgeservices.com",
        subject="Spring newsletter - final for send",
        html="<html><body><h2>Riverbend Spring News</h2><p><b>Milestone:</b> Congratulations to <b>Walter Okonkwo</b>, chair 8 Tues/Thurs/Sat, on 10 years of haemodialysis! Walter was just added to the Summit transplant waitlist.</p><p>Parking lot repaving April 6.</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="policy document with field names",
        notes="Hard negative: draft policy on release of information listing field names (Patient name, MRN, DOB) with no values.",
        frm=SW,
        to=f"qapi@{RBD}",
        subject="Draft ROI policy v3 for QAPI review",
        body="Attached is v3 of the release-of-information policy. Section 4 lists what the authorisation must contain."
        + SIG,
        atts=(
            Att(
                "ROI_policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Dialysis Center - Release of Information Policy (DRAFT v3)",
                        "4. An authorisation must include: Patient name; MRN; DOB; recipient; purpose; expiry date; signature.",
                        "5. Social workers may share the minimum necessary with housing, transit and employers only with a signed authorisation.",
                        "6. Verbal consent is documented in the EMR social work note.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite for care plan meeting",
        notes="Hard positive: ICS invite to a family's personal mailbox whose event title names the patient and a withdrawal-from-dialysis discussion.",
        frm=SW,
        to="whitfield.family@yahoo.com",
        subject="Care plan meeting - your mom",
        body="Invite for Thursday's family meeting, as discussed.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//SW//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:rbd-cp-0326@riverbenddialysis.org\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260326T200000Z\r\nDTEND:20260326T210000Z\r\nSUMMARY:Lorraine Whitfield - goals of care / withdrawal from dialysis discussion\r\nLOCATION:Riverbend conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="holiday schedule notice",
        notes="Unit-wide shift change for a holiday; no individual.",
        frm=f"Riverbend Dialysis Center <frontdesk@{RBD}>",
        to=f"patientnotices@{RBD}",
        subject="Memorial Day schedule",
        body="All Monday patients will dialyse on Sunday May 24 instead of Monday May 25. Transport has been notified. Questions: 608-555-0140.",
    ),
    Spec(
        phi=True,
        category="insurance appeal letter",
        notes="Appeal to a plan for denial of transport benefit, naming patient, member ID and ESRD.",
        frm=SW,
        to="appeals@badgerhealthplan.com",
        subject="Appeal - NEMT denial, member BHP7720415",
        body="Re: Walter Okonkwo, member BHP7720415, claim 26-118842.\n\nMr. Okonkwo has ESRD and requires haemodialysis three times weekly. Denying non-emergency transport leaves him without a way to reach life-sustaining treatment. We request reversal."
        + SIG
        + DISC,
    ),
    Spec(
        phi=False,
        category="reply to survey vendor",
        notes="Hard negative: vendor question about KDQOL licensing and aggregate response rate only.",
        frm=SW,
        to="support@qolmetricsvendor.com",
        subject="Re: KDQOL-36 licence renewal",
        body="Thanks - yes, renew for 2026. Our response rate last year was 91% across 112 patients; we don't need the patient-level module."
        + SIG,
    ),
    Spec(
        phi=True,
        category="xlsx caseload handoff to covering social worker",
        notes="Hard positive: multi-sheet workbook of patients with psychosocial issues, sent to a covering social worker at an outside agency.",
        frm=SW,
        to="mkessler@tempsocialworkers.com",
        subject="Caseload for your coverage next week",
        body="Hi Mira, here's who needs attention while I'm out. Thanks for covering!" + SIG,
        atts=(
            Att(
                "coverage_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Priority": [
                            ["Name", "Chair/shift", "Issue"],
                            ["Evelyn Marsh", "6 TTS1", "APS open, missed tx"],
                            ["Harold Beaumont", "11 MWF2", "transport"],
                        ],
                        "Routine": [
                            ["Name", "Issue"],
                            ["Tamsin Ashworth", "housing letter sent"],
                            ["Marcus Tillery", "FMLA renewal"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vacation dialysis facility directory",
        notes="Hard negative: list of dialysis units in Florida for travel planning; no patient named.",
        frm=SW,
        to="travel@kidneytravelnetwork.org",
        subject="Updated transient unit list?",
        body="Do you have a current list of units in Orlando and Tampa that accept transient patients with Medicare Advantage? A few of our folks ask every spring."
        + SIG,
    ),
    Spec(
        phi=True,
        category="school letter for child of patient",
        notes="Hard positive: letter to a school explaining a parent's dialysis schedule and hospitalisation to excuse a child's absences.",
        frm=SW,
        to="attendance@lincolnelementarymadison.org",
        subject="Absences - Jaylen Fuentes-Moore, grade 4",
        body="Dear Ms. Park,\n\nJaylen's mother, Delia Fuentes-Moore, is a dialysis patient at our centre and was hospitalised March 3-9 for a catheter infection. Jaylen stayed with relatives out of town. Please consider his absences excused."
        + SIG,
    ),
    Spec(
        phi=False,
        category="IT ticket",
        notes="Printer problem ticket; no patient data.",
        frm=SW,
        to=f"helpdesk@{RBD}",
        subject="Printer in SW office offline",
        body="The HP in the social work office says 'offline' again. Asset tag RBD-PR-0042.",
    ),
    Spec(
        phi=True,
        category="food bank referral",
        notes="Names patient, phone and dialysis-related diet needs in a food bank referral.",
        frm=SW,
        to="referrals@secondharvestsw.org",
        subject="Renal box referral",
        body="Please enrol Evelyn Marsh (608-555-0139, 77 Birch Ct Apt 2) in the renal-friendly box programme. She's on haemodialysis and needs low-potassium, low-phosphorus items."
        + SIG,
    ),
    Spec(
        phi=False,
        category="zip of blank forms",
        notes="Hard negative: zip of blank intake and consent forms; placeholders only.",
        frm=SW,
        to=f"frontdesk@{RBD}",
        subject="Blank SW forms (printer-ready)",
        body="Blank forms for the new-patient folders." + SIG,
        atts=(
            Att(
                "sw_blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "psychosocial_assessment_blank.txt": "Patient name: ______  DOB: ______  MRN: ______\nLiving situation: ______\nSupport system: ______\n",
                        "consent_to_release_blank.txt": "I, ______, authorise Riverbend Dialysis Center to release ______ to ______.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt note forwarded to transplant coordinator",
        notes="Hard positive: txt attachment of a psychosocial evaluation naming the patient; body is generic.",
        frm=SW,
        to="psychosocial@summitkidneytx.org",
        subject="Psychosocial eval as requested",
        body="As requested for the selection committee." + SIG,
        atts=(
            Att(
                "psychosocial_eval.txt",
                "text/plain",
                "PSYCHOSOCIAL EVALUATION\nPatient: Walter Okonkwo  DOB 09/21/1970\nSupport: wife (Grace), adult son local; agreed to be caregivers 6 weeks post-transplant.\nAdherence: 2 missed treatments in 12 months.\nSubstance use: former smoker, quit 2019. No alcohol.\nImpression: good candidate.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician bio for website",
        notes="Hard negative: bio of the unit's nephrologist listing her research on diabetic kidney disease.",
        frm=SW,
        to="web@capitolnephrology.com",
        subject="Bio for the joint website",
        body="Here's the bio for our medical director:\n\nDr. Priya Narayan, MD, is board certified in nephrology (NPI 1999657764). Her interests include diabetic kidney disease, home dialysis and conservative kidney management."
        + SIG,
    ),
    Spec(
        phi=True,
        category="reply to patient about FMLA paperwork",
        notes="Reply to patient's personal email confirming FMLA forms citing his ESRD treatment were faxed to his employer.",
        frm=SW,
        to="marcus.tillery79@hotmail.com",
        subject="Re: FMLA forms",
        body="Hi Marcus,\n\nDr. Narayan signed the FMLA certification (ESRD, in-centre haemodialysis 3x/week, lifelong) and I faxed it to Prairie Freight this morning. Keep the copy I gave you Wednesday."
        + SIG,
    ),
    Spec(
        phi=False,
        category="reply to patient's relative declining details",
        notes="Hard negative: reply to a personal email that declines to discuss any patient and gives the general number.",
        frm=SW,
        to="concerned.neighbour22@gmail.com",
        subject="Re: question about my neighbour",
        body="Hello,\n\nThank you for writing. I'm not able to confirm whether any person receives care here. If you are worried about someone's safety, please call 911 or Adult Protective Services.\n\nSocial Work Office, Riverbend Dialysis Center",
    ),
    Spec(
        phi=False,
        category="lunch order",
        notes="Catering order for a staff lunch.",
        frm=SW,
        to="catering@brickovenmadison.com",
        subject="Friday lunch for 18",
        body="Hi, confirming 3 large veggie, 2 pepperoni and a salad for 18 people, delivery 12:15 Friday to 2200 Riverbend Pkwy.",
    ),
]
