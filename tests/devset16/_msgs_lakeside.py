"""Lakeside Adult Day Center: outbound mail, PHI and not, from nurses, drivers, social work."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import HHH, LAD, SOS, Att, Spec

RN = f'"Odette Fairbanks, RN" <ofairbanks@{LAD}>'
SW = f'"Rhonda Beck, LSW" <rbeck@{LAD}>'
DIR = f'"Manuel Ocampo, Director" <mocampo@{LAD}>'

_RUN = (
    "TUESDAY AM RUN - VAN 2\n"
    "7:05  Alvarez, Bea        1120 Elm St (side door)      w/c, portable O2\n"
    "7:20  Nakashima, George   48 Lakeshore Blvd #3         walker, ring bell twice\n"
    "7:35  Mbatha, Ruth        2210 Wayside Rd              needs escort from door (memory)\n"
    "7:55  Kowal, Edward       91 Orchard Ln                lift - w/c stays at center\n"
)

_ATTEND = xlsx(
    {
        "Attendance 11-10": [
            ["Participant", "In", "BP", "Pulse", "BG", "Meds given", "Notes"],
            ["Dorothea Finch", "8:10", "142/88", 76, 188, "metformin 500", "ate 50% lunch"],
            ["Ezekiel Osei", "8:25", "118/70", 64, "", "donepezil 10", "restless pm"],
            [
                "Wanda Przybylski",
                "8:40",
                "160/92",
                82,
                "",
                "amlodipine 5",
                "recheck BP 1pm: 150/88",
            ],
        ],
        "Absent": [["Participant", "Reason"], ["Hiroshi Tanabe", "hospitalized - family called"]],
    }
)

_WAIVER = (
    "member_id,participant,service_date,procedure,units,rate,amount\r\n"
    "100384719201,Juanita Cordero,2026-10-05,S5102,1,78.40,78.40\r\n"
    "100384719201,Juanita Cordero,2026-10-07,S5102,1,78.40,78.40\r\n"
    "100291553876,Augustin Lemaire,2026-10-05,S5102,1,78.40,78.40\r\n"
    "100291553876,Augustin Lemaire,2026-10-06,T2003,2,12.10,24.20\r\n"
)

_DAUGHTER = Spec(
    phi=True,
    category="family email",
    notes="inner",
    frm="Folake Oyelaran <folake.oyelaran@yahoo.com>",
    to=f"Lakeside Nurse <nurse@{LAD}>",
    subject="Mom's new medicines",
    body="Good morning,\n\nMom (Adunni Oyelaran) saw her cardiologist yesterday. They stopped "
    "the diltiazem and started metoprolol 25mg twice a day, and she now takes Eliquis 5mg "
    "twice a day for the atrial fibrillation. Her noon dose of metoprolol is in her bag.\n\n"
    "Thank you,\nFolake",
)

_RTF = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
    "Lakeside Adult Day Center - Nursing Assessment (quarterly)\\par "
    "Participant: Cyrus Bahrami   DOB 12/04/1940\\par "
    "Diagnoses: Parkinson disease, orthostatic hypotension, depression\\par "
    "Orthostatic BP: lying 132/78, standing 104/66; dizziness on standing\\par "
    "Plan: notify neurologist; fall precautions; sertraline continues 50 mg\\par }"
)

_GRANT = pdf(
    [
        "LAKESIDE ADULT DAY CENTER - FY2026 Report to the Area Agency on Aging",
        "Unduplicated participants served: 212",
        "Participants with a dementia diagnosis: 64%   with diabetes: 31%",
        "Average daily attendance: 58   Caregiver respite hours provided: 96,400",
        "Falls at center: 7 (no major injuries)   ER transfers from center: 4",
        "Caregiver support group sessions: 46, average attendance 11",
    ],
    "FY26 report",
)

_EVAL = (
    "respondent,role,age_band,satisfaction_1to5,comment\r\n"
    "R01,caregiver,60-69,5,respite lets me keep working\r\n"
    "R02,caregiver,70-79,4,wish hours were longer\r\n"
    "R03,caregiver,50-59,5,nurses are great\r\n"
    "R04,caregiver,70-79,3,van is sometimes late\r\n"
)

_EVAC = docx(
    [
        "Lakeside Adult Day Center - Emergency Evacuation Plan (2026 revision)",
        "Primary assembly point: St. Brendan parish hall across Wayside Rd.",
        "Participants using wheelchairs leave first by the east ramp with two staff each.",
        "Nurse brings the emergency med bin and the participant contact binder.",
        "Oxygen cylinders are shut off and carried by the van drivers.",
        "Roles: Manuel Ocampo - incident commander; Odette Fairbanks RN - medical; "
        "Tanisha Boyd - headcount.",
    ]
)

_CALENDAR = """<html><body><h3>December activities</h3>
<table border="1"><tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr>
<tr><td>Chair yoga</td><td>Memory games</td><td>Music with Mr. Delgado (volunteer)</td>
<td>Blood pressure clinic (all welcome)</td><td>Movie + popcorn</td></tr>
<tr><td>Diabetes-friendly baking</td><td>Balance class</td><td>Art studio</td><td>Bingo</td>
<td>Holiday party 12/18</td></tr></table></body></html>"""

_HANDOUT_A = (
    "Anti-amyloid antibodies (lecanemab, donanemab): who may be eligible\n"
    "- Early Alzheimer's disease (mild cognitive impairment or mild dementia)\n"
    "- Amyloid confirmed by PET or spinal fluid\n"
    "- MRI monitoring for ARIA at set intervals\n"
    "Talk to a neurologist about risks and benefits.\n"
)

_HANDOUT_B = (
    "Medicaid planning basics for caregivers\n"
    "- Ohio look-back period: 5 years\n"
    "- PASSPORT waiver can pay for adult day services\n"
    "- Bring: income statements, bank statements, insurance cards\n"
)

_TEST_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <title>TEST DOCUMENT - Continuity of Care Document (trial tenant, not a real person)</title>
 <recordTarget><patientRole>
  <id extension="TEST-0000" root="2.16.840.1.113883.3.99999"/>
  <patient><name><given>TEST</given><family>PARTICIPANT DO NOT BILL</family></name>
  <birthTime value="1900"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody><component><section><title>Problems</title>
  <text>E11.9 (sample data for screen testing)</text>
 </section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="van pickup list txt",
        notes="Hard positive: pickup list with names, home addresses, oxygen and memory needs; "
        "only in the TXT attachment.",
        frm=f"Transportation <vans@{LAD}>",
        to="dispatch@lakeshoreparatransit.com",
        subject="van 2 covering Tuesday",
        body="Our driver is out Tuesday, here is the van 2 run for your sub driver.",
        atts=(Att("van2_tue.txt", "text/plain", _RUN),),
    ),
    Spec(
        phi=True,
        category="social worker to spouse gmail",
        notes="Hard positive: first names only; the husband's diagnosis and a respite grant.",
        frm=SW,
        to="doreen.kettleman@gmail.com",
        subject="respite grant",
        body="Hi Doreen,\n\nI found the respite grant application I mentioned. Since Frank's "
        "diagnosis (the frontotemporal dementia) was made before 65, he qualifies for the "
        "younger-onset track. I can help fill it out Thursday when you pick him up.\n\n"
        "Rhonda\n\n> On Nov 9, 2026, at 8:02 PM, Doreen Kettleman wrote:\n>\n"
        "> Rhonda did you ever find that form you mentioned? Rough week here, he didn't "
        "sleep\n> much. See you Thurs.\n> D",
    ),
    Spec(
        phi=True,
        category="attendance + vitals workbook",
        notes="Multi-sheet workbook with participants' names, vitals, medications and a "
        "hospitalization.",
        frm=RN,
        to=f"Nursing <nursing@{LAD}>",
        subject="daily sheet 11/10",
        body="Daily sheet attached.",
        atts=(Att("daily_1110.xlsx", XLSX, _ATTEND),),
    ),
    Spec(
        phi=True,
        category="nurse to son about BP",
        notes="Hard positive: son greeted by first name; 'your mom' with a BP reading and "
        "missed pills.",
        frm=RN,
        to="samuel.achterberg@outlook.com",
        subject="this afternoon",
        body="Hi Samuel,\n\nYour mom's blood pressure was high again at 2pm (172/98). She told "
        "me she didn't take her morning pills. Could you check her pill box tonight? If it "
        "stays over 170 tomorrow I'll call Dr. Weiss.\n\nOdette Fairbanks, RN",
    ),
    Spec(
        phi=True,
        category="waiver billing csv with member ids",
        notes="Hard positive: Medicaid waiver billing lines with member ids and names, only in "
        "the CSV.",
        frm=f"Billing <billing@{LAD}>",
        to="claims@passportwaiver-oh.com",
        subject="October units",
        body="October adult day units attached for the two participants you asked about.",
        atts=(Att("oct_units.csv", "text/csv", _WAIVER),),
    ),
    Spec(
        phi=True,
        category="lowercase surname no-show",
        notes="Hard positive: lower-case surname, absences and a wellness check.",
        frm=f"Front Desk <frontdesk@{LAD}>",
        to=SW,
        subject="pena - no show x3",
        body="pena hasn't come since thurs and the phone just rings. daughter's cell in the "
        "chart is disconnected. can you do a wellness call? she was dizzy on wed after the "
        "new BP med",
    ),
    Spec(
        phi=True,
        category="activity photo with name to daughter",
        notes="Hard positive: participant's photo from art therapy, name only in the file "
        "name, sent to his daughter.",
        frm=f"Activities <activities@{LAD}>",
        to="ingrid.ibsen@aol.com",
        subject="from today!",
        body="He was so proud of this one, thought you'd want to see it.",
        atts=(Att("Walter_Ibsen_art_therapy_1112.png", "image/png", png(6, 4, (90, 140, 200))),),
    ),
    Spec(
        phi=True,
        category="choking episode to SLP",
        notes="Choking episode and swallow referral for a named participant.",
        frm=RN,
        to=f"Speech Therapy <slp@{HHH}>",
        subject="swallow eval request - Mr. Ferris",
        body="Hi, Mr. Desmond Ferris (he's one of yours on Tuesdays) coughed and choked on "
        "chicken at lunch today, cleared on his own. Daughter asked if you could re-eval his "
        "swallow at the home visit this week. We've put him on chopped meats here.\n\nOdette",
    ),
    Spec(
        phi=True,
        category="immunization fhir to registry",
        notes="FHIR Immunization with the participant's name and birth date.",
        frm=RN,
        to="imm.upload@ohioimmunizationregistry.org",
        subject="flu clinic upload 11/05",
        body="Upload from our 11/05 on-site clinic.",
        atts=(
            Att(
                "imm_1105.json",
                "application/fhir+json",
                '{"resourceType": "Immunization", "status": "completed",\n'
                ' "vaccineCode": {"text": "Influenza, high dose, quadrivalent"},\n'
                ' "occurrenceDateTime": "2026-11-05",\n'
                ' "patient": {"display": "Marguerite Okonjo-Hale, DOB 1943-06-21"},\n'
                ' "lotNumber": "UJ4471AB"}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded daughter's medication email",
        notes="Hard positive: the outer note only says 'update her MAR'; medications and the "
        "name are in the forwarded message.",
        frm=RN,
        to=f"Nursing <nursing@{LAD}>",
        subject="Fwd: Mom's new medicines",
        body="Please update her MAR, noon dose only. Bag check at arrival.",
        forward=_DAUGHTER,
    ),
    Spec(
        phi=True,
        category="care plan meeting invite",
        notes="Calendar invite naming the participant and his care plan items.",
        frm=SW,
        to="mchen.family@icloud.com",
        subject="Invitation: care plan meeting",
        body="Looking forward to seeing you both.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeside//Cal//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cp-chen-1120@lakesideadultday.org\r\nDTSTAMP:20261110T130000Z\r\n"
            "DTSTART:20261120T150000Z\r\nDTEND:20261120T160000Z\r\n"
            "SUMMARY:6-month care plan - Wei-Lun Chen (vascular dementia\\, incontinence plan\\, "
            "transport)\r\nLOCATION:Lakeside Adult Day - office 2\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="nursing assessment rtf",
        notes="Quarterly nursing assessment RTF with name, DOB and diagnoses.",
        frm=RN,
        to="office@clevelandneurologygroup.com",
        subject="orthostatic BPs for Dr. Amari",
        body="Assessment attached for the neurologist's review before his visit next week.",
        atts=(Att("assessment_q4.rtf", "application/rtf", _RTF),),
    ),
    Spec(
        phi=True,
        category="lunch table diet notes (first names)",
        notes="Hard positive: first names at a lunch table with thickened liquids and diabetic "
        "diets.",
        frm=RN,
        to=f"Kitchen <kitchen@{LAD}>",
        subject="table 4",
        body="table 4 changes from today:\nRuthie - nectar thick liquids now (SLP rec), no "
        "straws\nGus - diabetic, no regular dessert. sugar free jello is fine even tho he "
        "complains\nMaxine - still no grapefruit w/ her statin",
    ),
    Spec(
        phi=True,
        category="new enrollee notice",
        notes="New enrollee with full name, age and Alzheimer's care needs.",
        frm=DIR,
        to=f"All Staff <allstaff@{LAD}>",
        subject="new participant Monday",
        body="Please welcome Lucinda Brathwaite (81) starting Monday, M/W/F. Moderate "
        "Alzheimer's, needs toileting assist every 2 hrs and cues at meals. Her husband "
        "Clive will bring her the first week.",
    ),
    Spec(
        phi=False,
        category="floor assignments as rows",
        notes="Hard negative: staff 'Name - room' rows including the memory room; no participant.",
        frm=DIR,
        to=f"All Staff <allstaff@{LAD}>",
        subject="assignments week of 11/16",
        body="Tanisha Boyd - Memory room\nCarl Jensen - Van 2 / greeter\nLuz Marina Pineda - "
        "Activity room\nOdette Fairbanks RN - Nurse station, med pass 12:00\nHamid Rostami - "
        "Kitchen\nBrigid O'Shea - Caregiver group (Wed)",
    ),
    Spec(
        phi=False,
        category="caregiver support group flyer html",
        notes="Hard negative: support-group flyer about dementia caregiving, no individual.",
        frm=SW,
        to="bulletin@lakewoodseniorcenter.org",
        subject="for your December bulletin",
        body="",
        html="<html><body><h2>Caring for someone with dementia?</h2><p>Join our free "
        "caregiver support group, first and third Wednesdays, 6:30 pm at Lakeside Adult Day "
        "Center. Topics: wandering, sleep, guilt and burnout, Medicaid waivers.</p><p>Respite "
        "care available during the meeting. Call Rhonda Beck, LSW, 216-555-0133.</p>"
        "</body></html>",
    ),
    Spec(
        phi=False,
        category="BP screening event",
        notes="Hard negative: public blood pressure screening event.",
        frm=RN,
        to="programs@lakewoodpubliclibrary.org",
        subject="BP screening 12/2 confirmed",
        body="Confirmed for Wednesday 12/2, 10-12 in the lower level. Odette and one student "
        "nurse will do blood pressure checks and stroke warning-sign handouts. No records "
        "are kept.",
    ),
    Spec(
        phi=False,
        category="caterer invoice, caterer named like a person",
        notes="Hard negative: vendor named like a person, renal and diabetic meal counts.",
        frm=f"Billing <billing@{LAD}>",
        to="gloria@gloriamendezcatering.com",
        subject="Invoice 2026-318",
        body="Hi Gloria,\n\nInvoice 2026-318 looks right: 45 regular, 12 diabetic, 6 renal "
        "and 4 puree lunches per day for October. Check mailed today.\n\nThanks,\nBilling",
    ),
    Spec(
        phi=False,
        category="grant report pdf aggregate",
        notes="Hard negative: aggregate participant statistics in a PDF report.",
        frm=DIR,
        to="grants@westernreserveaaa.org",
        subject="FY26 annual report",
        body="Our FY26 report is attached. Happy to present at the January council.",
        atts=(Att("Lakeside_FY26_report.pdf", "application/pdf", _GRANT),),
    ),
    Spec(
        phi=False,
        category="van registration renewal",
        notes="Hard negative: vehicle plate and VIN of the center's own van.",
        frm=f"Transportation <vans@{LAD}>",
        to="fleet@ohiobmvfleetservices.com",
        subject="registration renewal van 2",
        body="Renewing registration for our 2022 Ford Transit wheelchair van, plate LAD 4471, "
        "VIN 1FTBW3XG8NKA20457. Insurance card attached separately.",
    ),
    Spec(
        phi=False,
        category="activity calendar html",
        notes="Hard negative: activity calendar with clinic and diabetes words, no individual.",
        frm=f"Activities <activities@{LAD}>",
        to="families@lakesideadultday.org",
        subject="December calendar",
        body="",
        html=_CALENDAR,
    ),
    Spec(
        phi=False,
        category="caregiving summit agenda",
        notes="Hard negative: conference speakers and dementia topics.",
        frm=SW,
        to=f"Anita Sorensen <asorensen@{SOS}>",
        subject="summit agenda",
        body="Agenda for the Alzheimer's Association caregiving summit (Jan 22):\n9:00 Dr. "
        "Yusuf Demir, neurology - what's new in anti-amyloid therapy\n10:15 Nkechi Umeh, "
        "elder law - Medicaid planning\n11:30 Caregiver panel\nWant to carpool?",
        atts=(
            Att(
                "summit_handouts.zip",
                "application/zip",
                zipped(
                    {
                        "handouts/anti_amyloid_overview.txt": _HANDOUT_A,
                        "handouts/medicaid_planning.txt": _HANDOUT_B,
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="visiting clinicians schedule",
        notes="Hard negative: visiting podiatrist and audiologist schedule with NPIs.",
        frm=RN,
        to=f"Front Desk <frontdesk@{LAD}>",
        subject="visiting clinicians 2027",
        body="Podiatry: Ama Mensah DPM (NPI 1318468992), 2nd Tuesday\nAudiology: Lars "
        "Engstrom AuD, quarterly\nDental hygiene van: March and September\nSign-up sheets go "
        "home in folders.",
    ),
    Spec(
        phi=False,
        category="de-identified caregiver survey",
        notes="Hard negative: de-identified survey responses with age bands.",
        frm=DIR,
        to="evaluation@caseschoolsocialwork.edu",
        subject="survey data",
        body="De-identified caregiver survey responses attached (no names, respondent codes only).",
        atts=(Att("caregiver_survey_deid.csv", "text/csv", _EVAL),),
    ),
    Spec(
        phi=False,
        category="evacuation plan docx",
        notes="Hard negative: emergency plan with oxygen, wheelchairs and staff roles.",
        frm=DIR,
        to="fire.prevention@lakewoodoh.gov",
        subject="evacuation plan for inspection",
        body="Updated plan attached ahead of the 11/24 inspection.",
        atts=(Att("evacuation_plan_2026.docx", DOCX, _EVAC),),
    ),
    Spec(
        phi=False,
        category="software demo with test participant",
        notes="Hard negative: demo notes with a clearly labelled TEST participant.",
        frm=f"Billing <billing@{LAD}>",
        to="support@adultdaysoftware-demo.com",
        subject="demo follow-up",
        body="Thanks for the demo. In the trial tenant we created 'TEST PARTICIPANT, DO NOT "
        "BILL' with a fake diabetes diagnosis to test the care plan screens; please wipe the "
        "trial before go-live.",
        atts=(Att("TEST_ccd_export.xml", "application/xml", _TEST_CCDA),),
    ),
    Spec(
        phi=False,
        category="HR payroll calendar to staff personal mailbox",
        notes="Payroll calendar sent to a staff member's personal mailbox.",
        frm=f"Lakeside HR <hr@{LAD}>",
        to="brigid.oshea.home@yahoo.com",
        subject="2027 payroll calendar",
        body="Hi Brigid,\n\nSince the portal won't load on your home computer, here's the "
        "2027 payroll calendar in plain text: paydays every other Friday starting January 8; "
        "timesheets due the Tuesday before. Holiday pay for Christmas Eve is 1.5x.\n\n"
        "Lakeside HR",
    ),
    Spec(
        phi=False,
        category="state licence renewal",
        notes="Center licence renewal.",
        frm=DIR,
        to="adultday.cert@age.ohio.gov",
        subject="certification renewal - provider 0047713",
        body="Our renewal packet for adult day certification, provider number "
        "0047713, goes out by courier today. Our fire inspection is scheduled for 11/24.",
    ),
]
