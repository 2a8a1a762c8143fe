"""Silver Oaks Senior Care: outbound mail without PHI, much of it full of names and health words."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import HHH, LAD, SOS, Att, Spec

HR = f"Tamsin Greer <hr@{SOS}>"
DON = f'"Yvonne Asante, RN DON" <yasante@{SOS}>'
ADMIN = f'"Gordon Pryce, Executive Director" <gpryce@{SOS}>'

_QUALITY = pdf(
    [
        "SILVER OAKS SENIOR CARE - Q3 2026 Quality Dashboard (aggregate)",
        "Resident days: 21,480      Average census: 233",
        "Falls per 1,000 resident days: 6.2 (Q2 7.1)   Falls with major injury: 2",
        "Facility-acquired pressure injuries stage 2+: 3",
        "Antipsychotic use, long-stay memory care: 11.4% (state 14.2%)",
        "30-day rehospitalizations: 14.8%   UTIs (McGeer): 9",
        "Influenza vaccination, residents: 91%   staff: 84%",
    ],
    "Q3 dashboard",
)

_POLICY = docx(
    [
        "Silver Oaks Senior Care - Policy MC-14 (rev. 11/2026)",
        "Use of Antipsychotic Medications in Residents Living with Dementia",
        "Purpose: to comply with 42 CFR 483.45 (F758) and minimise unnecessary psychotropic use.",
        "1. Non-pharmacological interventions are attempted and documented first.",
        "2. PRN antipsychotic orders are limited to 14 days unless the prescriber documents a "
        "rationale.",
        "3. Gradual dose reductions are attempted in two separate quarters in the first year.",
        "4. The interdisciplinary team reviews behaviors monthly at the psychotropic meeting.",
        "Approved: Helen Ostrowski MD, Medical Director; Yvonne Asante RN, DON",
    ]
)

_AGENDA = docx(
    [
        "Ohio Assisted Living Association - Fall Clinical Forum, Columbus, Dec 3, 2026",
        "8:30  Deprescribing in advanced dementia - Helen Ostrowski MD, geriatrics",
        "9:30  Recognizing delirium vs. sundowning - Prakash Venkatraman DNP",
        "10:45 Hospice in assisted living: eligibility myths - Oluwaseun Adeyemi MD, palliative",
        "13:00 Wound care update: moisture lesions vs. pressure injury - Carla Minetti RN CWOCN",
        "14:15 Panel: staffing for memory care after the new ratio rule",
    ]
)

_DEID = (
    "study_id,age_band,sex,primary_dx_group,falls_12mo,psychotropics,hospitalized_12mo\r\n"
    "S001,80-84,F,Alzheimer dementia,2,1,0\r\n"
    "S002,85-89,M,vascular dementia,0,2,1\r\n"
    "S003,90+,F,Alzheimer dementia,1,0,0\r\n"
    "S004,75-79,F,Lewy body dementia,4,1,1\r\n"
    "S005,85-89,M,mixed dementia,0,1,0\r\n"
)

_SURVEY = xlsx(
    {
        "Checklist": [
            ["Area", "Task", "Owner", "Due"],
            ["Nursing", "MAR audit all units", "Yvonne Asante", "2026-11-20"],
            ["Dietary", "Temp logs and tray line", "Mei-Ling Ortiz", "2026-11-18"],
            ["Life Safety", "Fire drill each shift", "Omar Petrakis", "2026-11-25"],
            ["Infection", "Hand hygiene observations x30", "Jae-won Park", "2026-11-22"],
        ],
        "Mock survey findings": [
            ["Tag", "Finding (no resident identifiers)", "Plan"],
            ["F880", "Glove use between rooms inconsistent on 2W", "Huddle + audits"],
            ["F812", "Unlabeled food in nourishment fridge", "Daily check"],
        ],
    }
)

_ICS_QAPI = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Silver Oaks//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:qapi-20261118@silveroaksseniorcare.org\r\n"
    "DTSTAMP:20261109T150000Z\r\nDTSTART:20261118T190000Z\r\nDTEND:20261118T203000Z\r\n"
    "SUMMARY:QAPI Committee - November\r\n"
    "DESCRIPTION:Agenda: falls trend (aggregate)\\, pressure injury PIP\\, readmissions\\, "
    "antibiotic stewardship days of therapy\\, staff flu vaccination rate.\r\n"
    "LOCATION:Board room\r\nORGANIZER;CN=Gordon Pryce:mailto:gpryce@silveroaksseniorcare.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_TEST_HL7 = (
    "MSH|^~\\&|SOSEHR|SILVEROAKS|OMNIRX|OMNI|202611091030||RDE^O11|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^SOS^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
    "ORC|NW|TST1001\r"
    "RXE|1^BID|00000-0000-00^TEST DRUG 10 MG^NDC|10||MG\r"
)

_NEWSLETTER = """<html><body style="font-family:Georgia,serif">
<h2>Silver Oaks Family Connection - November</h2>
<p>Dear families,</p>
<p>Our <b>Memory Care Family Support Group</b> meets the second Tuesday of each month at 6 pm.
This month Dr. Prakash Venkatraman will talk about sundowning, sleep and caregiver burnout.
Light supper provided by Rosalind's Bakery.</p>
<p>Flu shots: our pharmacy partner will hold the resident flu clinic on November 17. Consent
forms went out last week; please return them to the nurse's station.</p>
<p>Holiday visiting hours are 9 am to 8 pm. Please do not visit if you have a cough or fever.</p>
<p>Warmly,<br>Gordon Pryce, Executive Director</p>
</body></html>"""

_JOB = """<html><body>
<h3>Now hiring: Memory Care Charge Nurse (RN/LPN) - nights</h3>
<ul><li>Experience with Alzheimer's disease, Parkinson's and Lewy body dementia</li>
<li>Comfort with hospice collaboration and end-of-life care</li>
<li>$4/hr night differential, sign-on bonus $3,000</li></ul>
<p>Apply at silveroaksseniorcare.org/careers or reply to Tamsin Greer, HR.</p>
</body></html>"""

_SHORTAGE_NOTICE = Spec(
    phi=False,
    category="vendor shortage bulletin",
    notes="inner",
    frm="Omnicare Clinical Services <clinical.bulletins@omnicareltc-rx.com>",
    to="Pharmacy Liaison <rxliaison@silveroaksseniorcare.org>",
    subject="Supply bulletin 26-44: lorazepam injection, haloperidol decanoate",
    body="Customers,\n\nManufacturer allocations continue for lorazepam 2 mg/mL injection "
    "(all NDCs). Haloperidol decanoate 100 mg/mL is on backorder with an estimated release in "
    "late January. Recommended alternative for emergency kits: midazolam nasal spray 5 mg. "
    "Contact your consultant pharmacist for facility-specific guidance.\n\nOmnicare "
    "Clinical Services",
)

DISCLAIMER = (
    "\n\n--\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain "
    "protected health information that is privileged and confidential under HIPAA. If you are "
    "not the intended recipient, please notify the sender and delete this message."
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="staff weekend roster as rows",
        notes="Hard negative: staff names as 'Name - unit' rows with clinical unit names; no "
        "resident.",
        frm=f"Staffing Office <staffing@{SOS}>",
        to=f"All Nursing <allnursing@{SOS}>",
        subject="weekend coverage 11/14-11/15",
        body="Sat days\nPriya Raman RN - Memory Care\nDesmond Achebe CNA - 2 West\n"
        "Lourdes Batista CNA - 2 West\nFelix Nakamura LPN - Assisted Living A\n\nSat nights\n"
        "Oksana Hrytsenko RN - house sup\nTerrell Gaines CNA - Memory Care\n\nSun same as Sat "
        "except Kyle Brandt CNA replaces Desmond on 2 West.\nCall-offs to the staffing line "
        "only please.",
    ),
    Spec(
        phi=False,
        category="clinician rounding schedule with NPIs",
        notes="Hard negative: clinicians' names, specialties and NPIs; no resident.",
        frm=DON,
        to=f"All Nursing <allnursing@{SOS}>",
        subject="provider rounding schedule - December",
        body="December rounds:\n- Helen Ostrowski MD, geriatrics (NPI 1681821686): Tue/Thu "
        "AM, all units\n- Raul Medina MD, geriatric psychiatry (NPI 1646508477): 1st and 3rd "
        "Wed, Memory Care\n- Ngozi Eze NP, wound care (NPI 1642835817): Fridays\n- podiatry "
        "Dec 9 only\n\nPut requests in the provider book by the night before.",
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: injectable lorazepam shortage and substitutions, no patient.",
        frm=f"Pharmacy Liaison <rxliaison@{SOS}>",
        to=f"All Nursing <allnursing@{SOS}>",
        cc=f"Helen Ostrowski MD <hostrowski@{SOS}>",
        subject="SHORTAGE: lorazepam 2mg/mL inj + haloperidol decanoate",
        body="Per Omnicare, lorazepam injection is on allocation through at least January and "
        "haloperidol decanoate 100mg/mL is backordered. Seizure kits will carry midazolam "
        "nasal instead. Prescribers have been notified. Do not borrow between e-kits.",
        forward=_SHORTAGE_NOTICE,
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard pdf",
        notes="Hard negative: aggregate rates (falls, antipsychotics, rehospitalizations) with "
        "no resident.",
        frm=ADMIN,
        to="board@silveroaksseniorcare.org",
        subject="Q3 quality dashboard for Thursday",
        body="Board members,\n\nThe Q3 dashboard is attached. Falls are down for the second "
        "quarter in a row; antipsychotic use is below the state average.\n\nGordon",
        atts=(Att("Q3_quality_dashboard.pdf", "application/pdf", _QUALITY),),
    ),
    Spec(
        phi=False,
        category="HR open enrollment",
        notes="Hard negative: staff benefits mail with EAP, flu shots and diabetes program "
        "words; no individual.",
        frm=HR,
        to=f"All Staff <allstaff@{SOS}>",
        subject="Open enrollment closes Nov 20",
        body="Reminder: benefits open enrollment closes Friday, November 20.\n\n- Medical plan "
        "premiums are unchanged for 2027.\n- The diabetes prevention program and EAP "
        "counseling (6 free sessions) continue.\n- Employee flu shots: Nov 16-18 in the "
        "training room.\n- FSA limit rises to $3,300.\n\nQuestions: Tamsin Greer, ext 214.",
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO",
        notes="Hard negative: supply invoice whose purchase-order number is shaped like an SSN.",
        frm=f"Accounts Payable <ap@{SOS}>",
        to="ar.central@medlinepartners.com",
        subject="Remittance - PO 417-62-0935",
        body="Hello,\n\nPayment for invoice 88120471 (briefs, underpads, barrier cream) was "
        "sent by ACH today, $8,214.66, against PO 417-62-0935. Please apply and confirm.\n\n"
        "Accounts Payable\nSilver Oaks Senior Care" + DISCLAIMER,
    ),
    Spec(
        phi=False,
        category="job posting html",
        notes="Hard negative: job posting naming dementia types and hospice care.",
        frm=HR,
        to="jobs@ohionursesboard-listings.com",
        subject="Posting: Memory Care Charge Nurse (nights)",
        body="",
        html=_JOB,
    ),
    Spec(
        phi=False,
        category="conference agenda docx",
        notes="Hard negative: speakers' names with dementia, delirium and hospice topics.",
        frm=ADMIN,
        to=f"Dept Heads <deptheads@{SOS}>",
        subject="OALA clinical forum Dec 3 - who's going?",
        body="Agenda attached. Helen is speaking at 8:30. I can cover registration for four of "
        "you. Let me know by Friday.",
        atts=(Att("OALA_fall_forum_agenda.docx", DOCX, _AGENDA),),
    ),
    Spec(
        phi=False,
        category="synthetic test order hl7",
        notes="Hard negative: an interface test message with a clearly labelled ZZTEST patient.",
        frm=f"IT Help Desk <it@{SOS}>",
        to="interfaces@omnicareltc-rx.com",
        subject="TEST - pharmacy interface validation message",
        body="Sending the agreed test RDE (processing ID T, patient ZZTEST^PATIENT^ONE). "
        "Please confirm you received it in your test queue, not production.",
        atts=(Att("TEST_rde_o11.hl7", "application/hl7-v2", _TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified extract with study ids, age bands (90+) and "
        "diagnoses for a university partner.",
        frm=f"Helen Ostrowski MD <hostrowski@{SOS}>",
        to="falls.study@case-geriatrics.edu",
        subject="de-identified extract, batch 3",
        body="Batch 3 attached, Safe Harbor de-identified per the DUA (no dates, ages top-coded "
        "at 90, study IDs only). Key stays here.\n\nHelen",
        atts=(Att("batch3_deid.csv", "text/csv", _DEID),),
    ),
    Spec(
        phi=False,
        category="catering order, vendor names like people",
        notes="Hard negative: caterers named after people and diabetic-friendly menu words.",
        frm=f"Activities <activities@{SOS}>",
        to="orders@rosadelgadoskitchen.com",
        subject="Family night 11/20 - order",
        body="Hi Rosa,\n\nFor family night we'd like the tamale tray for 80, plus 2 dozen "
        "sugar-free desserts for our diabetic folks and a low-sodium veggie tray. Marco "
        "Pellegrino's Deli is doing sandwiches so no bread needed.\n\nThanks!\nJanelle "
        "Okafor, Activities Director",
    ),
    Spec(
        phi=False,
        category="community vaccine clinic flyer",
        notes="Hard negative: public shingles/flu clinic announcement, no individual.",
        frm=f"Community Outreach <outreach@{SOS}>",
        to="events@independencelibrary.org",
        subject="Flyer for your board: free shingles + flu clinic Nov 19",
        body="Hello,\n\nCould you post the following? Thank you!\n\nFREE SHINGLES & FLU "
        "VACCINE CLINIC for adults 50+\nThursday Nov 19, 10am-2pm, Silver Oaks Community "
        "Room\nBring your Medicare or insurance card. Walk-ins welcome.\nQuestions: "
        "(216) 555-0100",
    ),
    Spec(
        phi=False,
        category="injury statistics business letter",
        notes="Hard negative: letter to an insurer full of fall and hip-fracture statistics "
        "about the population, no individual.",
        frm=ADMIN,
        to="network.development@buckeyehealthplan.com",
        subject="Fall prevention partnership proposal",
        body="Dear Ms. Lindgren,\n\nAs you know, one in four adults over 65 falls each year, "
        "and hip fractures in your 65+ membership cost on average $40,000 per episode. Over "
        "the last 18 months our fall-prevention program cut falls with injury by 31% across "
        "233 residents. We'd like to discuss a shared-savings pilot for your Medicare "
        "Advantage members in Cuyahoga County.\n\nSincerely,\nGordon Pryce",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="Hard negative: IT downtime notice with MAR, medication and vital signs words.",
        frm=f"IT Help Desk <it@{SOS}>",
        to=f"All Staff <allstaff@{SOS}>",
        subject="EHR downtime Sunday 2-4am",
        body="PointClickCare upgrade Sunday 11/15, 2:00-4:00 am. During downtime use the paper "
        "MARs and vital sign sheets in the red downtime binders on each unit, and back-enter "
        "after 4 am. Med pass at 0200 and insulin sliding scales follow the paper "
        "process.\n\n- IT",
    ),
    Spec(
        phi=False,
        category="staff recognition",
        notes="Hard negative: staff member congratulated on a dementia certification.",
        frm=DON,
        to=f"All Staff <allstaff@{SOS}>",
        subject="Congratulations Imani!",
        body="Please congratulate Imani Brooks, RN on passing her Certified Dementia "
        "Practitioner exam! Imani will lead our Parkinson's and dementia skills day in "
        "January.",
    ),
    Spec(
        phi=False,
        category="policy document docx",
        notes="Hard negative: antipsychotic policy document naming the medical director.",
        frm=DON,
        to=f"Memory Care Team <mcteam@{SOS}>",
        subject="revised policy MC-14",
        body="Revised antipsychotic policy attached; please read and sign the log by 11/30.",
        atts=(Att("Policy_MC-14_antipsychotics.docx", DOCX, _POLICY),),
    ),
    Spec(
        phi=False,
        category="outbreak over notice",
        notes="Hard negative: outbreak closure with unit name and case counts, no resident.",
        frm=f'"Jae-won Park, Infection Preventionist" <jpark@{SOS}>',
        to=f"All Staff <allstaff@{SOS}>",
        subject="2 West COVID outbreak closed",
        body="No new cases in 14 days, so 2 West is off outbreak status as of today. Total "
        "for the outbreak: 6 residents and 4 staff, all recovered. Visiting resumes normally; "
        "keep masks for anyone with symptoms.",
    ),
    Spec(
        phi=False,
        category="QAPI calendar invite",
        notes="Hard negative: meeting invite with falls, pressure injury and antibiotic topics.",
        frm=ADMIN,
        to=f"QAPI Committee <qapi@{SOS}>",
        subject="QAPI - November",
        body="Invite attached. Data packets go out Monday.",
        ics=_ICS_QAPI,
    ),
    Spec(
        phi=False,
        category="family newsletter html",
        notes="Hard negative: support-group and flu clinic newsletter naming a clinician and "
        "a bakery.",
        frm=ADMIN,
        to="families@silveroaksseniorcare.org",
        subject="Family Connection - November",
        body="",
        html=_NEWSLETTER,
    ),
    Spec(
        phi=False,
        category="clinician DEA for e-prescribing setup",
        notes="Hard negative: prescribers' DEA numbers and NPIs sent to set up e-prescribing.",
        frm=f"IT Help Desk <it@{SOS}>",
        to="eprescribe.onboarding@omnicareltc-rx.com",
        subject="EPCS onboarding - two prescribers",
        body="For EPCS setup:\n\nHelen Ostrowski MD, internal medicine/geriatrics, DEA "
        "BK3755759, NPI 1681821686\nRaul Medina MD, psychiatry, DEA FM3415064, NPI "
        "1646508477\n\nBoth completed identity proofing last week.\n\nSilver Oaks IT Help Desk"
        + DISCLAIMER,
    ),
    Spec(
        phi=False,
        category="survey readiness workbook",
        notes="Hard negative: survey checklist with staff owners and deficiency tags, no resident.",
        frm=ADMIN,
        to=f"Dept Heads <deptheads@{SOS}>",
        subject="survey window opens - checklist",
        body="Our annual survey window opens next week. Checklist and mock survey findings "
        "attached.",
        atts=(Att("survey_readiness.xlsx", XLSX, _SURVEY),),
    ),
    Spec(
        phi=False,
        category="volunteer orientation",
        notes="Volunteer orientation schedule.",
        frm=f"Volunteer Office <volunteers@{SOS}>",
        to="kenji.morales@gmail.com",
        subject="Volunteer orientation Saturday",
        body="Hi Kenji,\n\nThanks for signing up! Orientation is Saturday 9-11 in the "
        "community room. Bring a photo ID for your badge. We'll cover visiting etiquette and "
        "hand hygiene.\n\nWelcome aboard,\nDolores Whitaker",
    ),
    Spec(
        phi=False,
        category="referral partner thank-you",
        notes="Hard negative: thanks a home health partner with census totals only.",
        frm=ADMIN,
        to=f"Carmen Iturbe <citurbe@{HHH}>",
        subject="thank you + 2026 numbers",
        body="Carmen,\n\nThanks to your team for a great year. By our count we transitioned "
        "41 residents home with Homeward this year and only 3 came back within 30 days. "
        "Lunch on us in December?\n\nGordon",
    ),
    Spec(
        phi=False,
        category="meeting logistics with partner",
        notes="Partner meeting logistics.",
        frm=f'"Anita Sorensen, LSW" <asorensen@{SOS}>',
        to=f"Rhonda Beck <rbeck@{LAD}>",
        subject="caregiver workshop co-hosting",
        body="Hi Rhonda,\n\nWe'd love to co-host the January caregiver workshop. Our room holds "
        "60. Could your team handle sign-in and we'll do refreshments?\n\nAnita\n\n"
        "-----Original Message-----\nFrom: Rhonda Beck <rbeck@lakesideadultday.org>\n"
        "Sent: Friday, November 6, 2026 3:41 PM\nSubject: caregiver workshop\n\n"
        "Anita - any interest in co-hosting the January workshop on dementia and "
        "incontinence care? Last year we had 48 caregivers. Dr. Eze offered to speak.\n"
        "Rhonda",
    ),
]
