# ruff: noqa: E501
"""Bloom Midwifery & Birth Center: midwives, birth center, postpartum home visits, lactation."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import BLOOM, GW, Att, Spec

SIG = "\n\nBloom Midwifery & Birth Center\n1180 Linden Ave, Duluth MN | bloombirthcenter.org\n"

FHIR_BABY = (
    '{"resourceType": "Bundle", "type": "collection", "entry": ['
    '{"resource": {"resourceType": "Patient", "id": "bb-7731", "name": [{"family": "Yazzie", "given": ["Baby Girl"]}], '
    '"birthDate": "2026-11-07", "gender": "female"}}, '
    '{"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Newborn weight"}, '
    '"subject": {"reference": "Patient/bb-7731"}, "valueQuantity": {"value": 3410, "unit": "g"}}}, '
    '{"resource": {"resourceType": "Condition", "code": {"text": "Neonatal jaundice"}, '
    '"subject": {"reference": "Patient/bb-7731"}}}]}'
)

HL7_ADT = (
    "MSH|^~\\&|BLOOMEHR|BLOOM|STLUKES|ADT|202611101422||ADT^A04|BL0451|P|2.5\r"
    "PID|1||BL-30917^^^BLOOM^MR||Moua^Pa Nhia||19960314|F|||2205 E 4th St^^Duluth^MN^55812||218-555-0122\r"
    "PV1|1|O|L&D^^^STLUKES||||1861004412^Brandt^Helga^^^CNM\r"
    "DG1|1||O48.0^Post-term pregnancy^I10\r"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="hospital transfer handoff HL7",
        notes="Hard positive: intrapartum transfer ADT message (HL7) with name, MRN, address and dx.",
        frm=f"Bloom EHR Interface <interface@{BLOOM}>",
        to="adt-inbound@stlukesduluth.org",
        subject="ADT A04 BL0451",
        body="Automated interface message.\n",
        atts=(Att("BL0451.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="postpartum home visit note to family",
        notes="Hard positive: chatty note to a new dad's gmail with baby's weight and mother's stitches.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to="j.freeman.woodwork@gmail.com",
        subject="notes from today's visit",
        body=(
            "Hi Jamal!\n\nSo great to see you three today. For your records: Zuri is back to 7 lb 9 oz, "
            "above birth weight already. Keisha's perineal stitches look good, keep up the sitz baths, and "
            "she can take ibuprofen 600 every 6 hours. Her blood pressure was 128/82, we'll recheck Friday.\n\n"
            "Call the on-call line if she gets a headache that won't quit.\n\nTova" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="birth center newsletter",
        notes="HTML newsletter on postpartum depression topic, no individual.",
        frm=f"Bloom Birth Center <news@{BLOOM}>",
        to="community-list@bloombirthcenter.org",
        subject="November newsletter: the fourth trimester",
        html_only=True,
        body="",
        html=(
            "<h2>The fourth trimester</h2><p>Up to 1 in 7 new parents experience postpartum depression. "
            "Signs include persistent sadness, trouble sleeping even when the baby sleeps, and intrusive thoughts. "
            "Our free support circle meets Tuesdays at 10am.</p><p>Lactation drop-in: Thursdays 1-3pm.</p>"
        ),
    ),
    Spec(
        phi=False,
        category="midwife staff bio",
        notes="Hard negative: midwife names with credentials, NPI numbers of clinicians, no patients.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="credentialing@northstarhealthplan.com",
        subject="Credentialing roster update",
        body=(
            "Please update our roster:\nHelga Brandt, CNM - NPI: 1986372369\nTova Lindgren, CPM - NPI: 1983864483\n"
            "Renata Silva, IBCLC (lactation, not billing separately)\nEffective 12/1/2026.\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="lactation consult note",
        notes="Lactation consult summary to pediatrician with mother and baby names.",
        frm=f"Renata Silva IBCLC <renata@{BLOOM}>",
        to="frontdesk@lakesuperiorpeds.com",
        subject="Lactation consult - Baby Boy Lindahl",
        body=(
            "Hello,\n\nFor Dr. Reyes: saw Erik Lindahl (DOB 11/02/2026) and mom Sarah Lindahl today. "
            "Posterior tongue tie noted, poor latch, weight down 11% from birth. Started supplementation "
            "with pumped milk 30 mL after each feed. Recommend frenotomy evaluation.\n\nRenata Silva, IBCLC" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate birth outcomes",
        notes="Hard negative: annual aggregate birth statistics, transfer rates.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="data@birthcenters-mn.org",
        subject="2026 YTD stats for the state association",
        body=(
            "YTD through October:\nBirths at center: 186\nIntrapartum transfers: 23 (12.4%), most for failure to progress\n"
            "Cesarean after transfer: 9\nBreastfeeding at 6 weeks: 94%\nNo maternal or neonatal deaths.\n\nHelga" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="newborn screen FHIR bundle",
        notes="Hard positive: PHI only in a FHIR JSON attachment (newborn name, birth date, jaundice).",
        frm=f"Bloom EHR Interface <interface@{BLOOM}>",
        to="results@lakesuperiorpeds.com",
        subject="Newborn summary bb-7731",
        body="Structured newborn summary attached per interface agreement.\n",
        atts=(Att("bb-7731.json", "application/fhir+json", FHIR_BABY),),
    ),
    Spec(
        phi=False,
        category="class schedule childbirth ed",
        notes="Public class schedule.",
        frm=f"Education <classes@{BLOOM}>",
        to="events@duluthnewstribune.com",
        subject="Community calendar listing",
        body="Please list: Childbirth Basics, Saturdays Dec 5 & 12, 9am-1pm, Bloom Birth Center. $120/couple, scholarships available.\n",
    ),
    Spec(
        phi=True,
        category="prenatal lab results to patient",
        notes="Patient's GBS positive result and plan.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="whitney.ashby@yahoo.com",
        subject="Your 36 week labs",
        body=(
            "Hi Whitney,\n\nYour group B strep swab came back positive, which is common (about 1 in 4). "
            "It means we'll give you IV penicillin in labor, every 4 hours. Your hemoglobin is 11.2, so keep "
            "taking the iron every other day.\n\nSee you at your 37 week visit Tuesday.\nHelga" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="vendor contract birth tubs",
        notes="Vendor email about birth tub purchase, serial numbers.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="sales@aquabirthsupply.com",
        subject="Re: quote Q-55-2019-441 for two birth pools",
        body="We accept quote Q-55-2019-441. Please ship to 1180 Linden Ave. Serials of the old pools for trade-in: AB-7720-11, AB-7720-14.\n" + SIG,
    ),
    Spec(
        phi=True,
        category="on-call signout quiet",
        notes="Hard positive: signout by initials, room, gestational age and med change.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to=f"oncall@{BLOOM}",
        subject="signout",
        body=(
            "Suite 2: K.M., G2P1, 39+4, 6cm at 1900, GBS neg, doing great in the tub.\n"
            "Suite 3: Mrs. D postpartum day 0, EBL 650, gave Pitocin 10 u IM + started Cytotec 800 PR at 2130, "
            "fundus firm now. Recheck bleeding q15 x4.\nHome visit tomorrow: T.N. day 3 jaundice check, bili due.\n"
        ),
    ),
    Spec(
        phi=False,
        category="clinical guideline",
        notes="Hard negative: postpartum hemorrhage protocol with drug doses, no patients.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to=f"midwives@{BLOOM}",
        subject="Updated PPH protocol (v4)",
        body=(
            "Updated PPH protocol attached. Changes: TXA 1 g IV within 3 hours added; Cytotec dose now 800 mcg "
            "buccal/PR; transfer threshold EBL > 1000 mL or any instability. Please sign the read receipt.\n"
        ),
        atts=(Att("PPH_protocol_v4.pdf", "application/pdf",
                  pdf(["BLOOM MIDWIFERY & BIRTH CENTER - Clinical Protocol", "Postpartum hemorrhage v4",
                       "1. Oxytocin 10 units IM", "2. Fundal massage", "3. Misoprostol 800 mcg", "4. TXA 1 g IV"],
                      "PPH protocol")),),
    ),
    Spec(
        phi=True,
        category="birth certificate worksheet",
        notes="Birth certificate worksheet to vital records with parents' names, address, birth details.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="vitalrecords@stlouiscountymn.gov",
        subject="Birth registration worksheet",
        body="Attached is the worksheet for a birth at our center on 11/07/2026.\n",
        atts=(Att("birth_worksheet.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  docx(["Child: Nizhoni Yazzie, female, born 11/07/2026 03:12, 3410 g", "Mother: Lorraine Yazzie, DOB 06/21/1994",
                        "Address: 88 Skyline Pkwy Apt 4, Duluth MN 55806", "Attendant: Tova Lindgren CPM",
                        "Pregnancy risk factors: gestational diabetes (diet controlled)"])),),
    ),
    Spec(
        phi=False,
        category="HR job posting midwife",
        notes="Hard negative: job posting with clinical terms.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="postings@acnm-careers.org",
        subject="Job posting: Certified Nurse-Midwife",
        body="Full-time CNM for out-of-hospital births, ~15 births/month, home postpartum visits, NRP and neonatal resuscitation required. Competitive salary, CME.\n" + SIG,
    ),
    Spec(
        phi=True,
        category="relative reply thread",
        notes="Hard positive: reply from midwife to patient's sister quoting thread about mastitis.",
        frm=f"Renata Silva IBCLC <renata@{BLOOM}>",
        to="camila.ortega.r@hotmail.com",
        subject="Re: Re: Marisol fever",
        body=(
            "Hi Camila, thanks for letting me know. Since Marisol's fever is 101.8 and the right breast is red "
            "and hard, this sounds like mastitis. I've asked Helga to call in dicloxacillin 500 mg four times a day "
            "to the Walgreens on Central. Keep nursing on that side.\n\nRenata\n\n"
            "> On Tue, Camila Ortega wrote:\n> My sister Marisol had the baby with you 2 weeks ago, she has a fever and "
            "her breast hurts a lot. She asked me to write since she's exhausted.\n"
        ),
    ),
    Spec(
        phi=False,
        category="facility maintenance",
        notes="Facilities email, nothing clinical.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="service@lakeheadhvac.com",
        subject="Furnace in suite 1",
        body="Hi, the furnace serving birth suite 1 is short-cycling again. Could someone come Thursday morning? Door code will be texted.\n",
    ),
    Spec(
        phi=True,
        category="ultrasound referral",
        notes="Referral for growth ultrasound with patient name and DOB.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="scheduling@duluthimaging.com",
        subject="Referral: growth scan",
        body="Please schedule a growth ultrasound + AFI for Pa Nhia Moua, DOB 03/14/1996, 34 weeks, fundal height lagging 3 cm. Ph 218-555-0122.\n" + SIG,
    ),
    Spec(
        phi=False,
        category="state reporting aggregate xlsx",
        notes="Hard negative: multi-sheet aggregate quarterly report, counts only.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="mch@health.state.mn.us",
        subject="Q3 birth center report",
        body="Q3 aggregate report attached.\n",
        atts=(Att("Q3_aggregate.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  xlsx({"Births": [["Month", "Births", "Transfers"], ["Jul", 19, 2], ["Aug", 22, 3], ["Sep", 17, 2]],
                        "Outcomes": [["Measure", "Count"], ["Apgar<7 at 5 min", 1], ["NICU admit after transfer", 1]]})),),
    ),
    Spec(
        phi=True,
        category="payment plan email",
        notes="Hard positive: payment for care, patient name and balance for birth package.",
        frm=f"Billing <billing@{BLOOM}>",
        to="tessa.grunwald@outlook.com",
        subject="Payment plan confirmation",
        body=(
            "Hi Tessa,\n\nConfirming your payment plan for your global maternity care package (59400): $4,800 total, "
            "$400/month starting 12/1. Your Medica claim for the 20-week anatomy scan was applied. Account #BL-55102.\n\n"
            "Billing" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="payroll timesheet",
        notes="Hard negative: staff payroll correction with employee id shaped like SSN.",
        frm=f"Billing <billing@{BLOOM}>",
        to="support@prairiepayroll.com",
        subject="Timesheet correction employee 402-18-7735",
        body="Please correct employee 402-18-7735 (Tova Lindgren): 6 on-call hours on 11/7 should be at on-call rate. Thanks.\n",
    ),
    Spec(
        phi=True,
        category="photo of newborn with family name",
        notes="Hard positive: newborn photo file name names the baby; sent to the mom's shared-family icloud.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to="the.nguyenfamily@icloud.com",
        subject="first photo!",
        body="As promised, the first picture after the birth. Welcome to the world, little one.\n",
        atts=(Att("Nguyen_Bao_born_2026-11-08_BloomSuite2.png", "image/png", png(5, 5, (240, 200, 200))),),
    ),
    Spec(
        phi=False,
        category="tracking pixel vendor",
        notes="Marketing ops discussion about removing a tracking pixel from generic newsletters.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="help@mailblastpro.com",
        subject="Disable open tracking on our account",
        body="Please disable open/click tracking on our account for all campaigns. We only send general newsletters but our privacy officer wants it off.\n",
    ),
    Spec(
        phi=True,
        category="home visit schedule html table",
        notes="Hard positive: HTML table of tomorrow's postpartum home visits with addresses.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to=f"renata@{BLOOM}",
        subject="tomorrow's route",
        body="",
        html=(
            "<table><tr><th>Time</th><th>Family</th><th>Address</th><th>Reason</th></tr>"
            "<tr><td>9:00</td><td>Yazzie</td><td>88 Skyline Pkwy #4</td><td>day 5, GDM mom glucose</td></tr>"
            "<tr><td>10:30</td><td>Moua</td><td>2205 E 4th St</td><td>bili recheck</td></tr>"
            "<tr><td>12:00</td><td>Freeman</td><td>731 N 19th Ave E</td><td>BP check 128/82</td></tr></table>"
        ),
    ),
    Spec(
        phi=False,
        category="supply order",
        notes="Order of Rhogam and vitamin K stock, no patients.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="orders@northernmedsupply.com",
        subject="stock order",
        body="Please send: RhoGAM 300 mcg x 4, vitamin K 1 mg/0.5 mL x 20, erythromycin ointment x 20, Pitocin 10u x 10. DEA on file: BK2400048.\n",
    ),
    Spec(
        phi=True,
        category="genetic referral to GeneWise",
        notes="Referral for prenatal genetic counseling after abnormal NIPT.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to=f"intake@{GW}",
        subject="referral",
        body=(
            "Referring Abigail Fontaine, DOB 12/03/1988, 13 weeks, NIPT high risk for trisomy 18. "
            "She's understandably anxious; would appreciate a visit this week. Cell 218-555-0167.\n\nHelga" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="rfc822 forwarded vendor thread",
        notes="Hard negative: forwarded message from EHR vendor about an upgrade.",
        frm=f"Office Manager <office@{BLOOM}>",
        to=f"midwives@{BLOOM}",
        subject="Fwd: EHR maintenance Sunday",
        body="FYI, charting downtime Sunday 2-4am, use paper forms.\n",
        forward=Spec(
            phi=False, category="", notes="",
            frm="Notifications <notices@midwiferycharting.com>",
            to=f"office@{BLOOM}",
            subject="Scheduled maintenance",
            body="We will perform maintenance on Sunday 2:00-4:00 AM CT. The system will be unavailable.\n",
        ),
    ),
    Spec(
        phi=True,
        category="zip of prenatal records",
        notes="Hard positive: zip of a patient's prenatal records for a hospital transfer.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="lnd-nurses@stlukesduluth.org",
        subject="records for transfer",
        body="Prenatal records for the patient we're sending over now.\n",
        atts=(Att("records.zip", "application/zip", zipped({
            "prenatal_flowsheet.txt": "Pa Nhia Moua DOB 03/14/1996 MRN BL-30917\n41+3 weeks, post-dates, BP 118/74, NST reactive 11/09\n",
            "labs.txt": "Blood type O+, antibody neg, HIV neg, HBsAg neg, GBS negative\n",
        })),),
    ),
    Spec(
        phi=False,
        category="midwife on conference panel",
        notes="Hard negative: midwife speaking about preeclampsia on a panel, no patients.",
        frm=f"Helga Brandt CNM <helga@{BLOOM}>",
        to="program@mnmidwives.org",
        subject="Panel abstract",
        body="Abstract: 'Recognising preeclampsia at home visits: lessons from 400 postpartum visits'. Speaker: Helga Brandt, CNM, MSN.\n",
    ),
    Spec(
        phi=True,
        category="insurance eligibility question",
        notes="Member id and pregnancy for a named person.",
        frm=f"Billing <billing@{BLOOM}>",
        to="providers@northstarhealthplan.com",
        subject="Eligibility - maternity benefits",
        body="Please confirm maternity coverage for out-of-network birth center: member Tessa Grunwald, DOB 01/19/1993, ID NSH4471029810, EDD 02/14/2027.\n",
    ),
    Spec(
        phi=False,
        category="blank intake form",
        notes="Blank intake form template sent to print shop.",
        frm=f"Office Manager <office@{BLOOM}>",
        to="print@quickprintmn.com",
        subject="intake forms reprint",
        body="Please reprint 300 of the attached intake form.\n",
        atts=(Att("intake_blank.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  docx(["New Client Intake", "Name: _____  DOB: _____", "Last menstrual period: _____", "Previous births: _____"])),),
    ),
    Spec(
        phi=True,
        category="discharge summary pdf",
        notes="Birth center discharge summary for mother.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to="records@lakesuperiorpeds.com",
        subject="Discharge summary",
        body="Discharge summary attached.\n",
        atts=(Att("discharge_summary.pdf", "application/pdf",
                  pdf(["BLOOM MIDWIFERY & BIRTH CENTER - DISCHARGE", "Mother: Keisha Freeman DOB 08/30/1995",
                       "Infant: Zuri Freeman born 11/04/2026 7 lb 12 oz", "2nd degree laceration repaired", "Rh positive, rubella immune"],
                      "Discharge")),),
    ),
    Spec(
        phi=False,
        category="board meeting finance",
        notes="Finance update, revenue by payer in aggregate.",
        frm=f"Executive Director <director@{BLOOM}>",
        to="board@bloombirthcenter.org",
        subject="October financials",
        body="October revenue $214k (Medicaid 46%, commercial 41%, self-pay 13%). Days in AR 38. Still on track for breakeven.\n",
    ),
    Spec(
        phi=True,
        category="text-only note TXT attachment",
        notes="Hard positive: visit notes only in TXT attachment; body says nothing.",
        frm=f"Tova Lindgren CPM <tova@{BLOOM}>",
        to=f"helga@{BLOOM}",
        subject="notes",
        body="see attached\n",
        atts=(Att("visit_notes_1110.txt", "text/plain",
                  "Lorraine Yazzie - PP day 3 home visit\nFasting glucose 96, stopped checks. Baby Nizhoni feeding q2-3h, 6 wet diapers.\n"
                  "Mild baby blues, EPDS 8. Follow up 1 week.\n"),),
    ),
    Spec(
        phi=False,
        category="donor thank-you letter",
        notes="Charity donor thank-you, no patients.",
        frm=f"Executive Director <director@{BLOOM}>",
        to="margaret.holm@gmail.com",
        subject="Thank you for your gift",
        body="Dear Margaret,\n\nThank you for your generous gift to the Bloom scholarship fund. It will help families attend childbirth classes.\n\nWith gratitude,\nNell" + SIG,
    ),
    Spec(
        phi=True,
        category="ICS invite postpartum visit",
        notes="Calendar invite for a named patient's 6-week postpartum visit.",
        frm=f"Front Desk <frontdesk@{BLOOM}>",
        to="marisol.ortega22@gmail.com",
        subject="Invitation: 6-week postpartum visit",
        body="Your appointment is attached.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bloom//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bloom-8812@bloombirthcenter.org\r\nDTSTAMP:20261109T160000Z\r\nDTSTART:20261210T170000Z\r\n"
            "DTEND:20261210T174500Z\r\nSUMMARY:Marisol Ortega - 6wk postpartum + mastitis follow-up\r\n"
            "LOCATION:Bloom Birth Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="volunteer doula schedule",
        notes="Hard negative: volunteer doula roster (volunteers, phone numbers) sent to a volunteer's personal mailbox.",
        frm=f"Volunteer Coordinator <volunteers@{BLOOM}>",
        to="ruth.anand.doula@outlook.com",
        cc=f"doulas@{BLOOM}",
        subject="December volunteer doula on-call",
        body="Dec 1-7: Ruth Anand 218-555-0101\nDec 8-14: Fatima Diallo 218-555-0102\nDec 15-21: Kim Lee 218-555-0103\n",
    ),
]
