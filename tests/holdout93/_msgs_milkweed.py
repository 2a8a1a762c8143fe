"""Milkweed Lactation Partners (lactation consultant service) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nMilkweed Lactation Partners\n31 Orchard Lane, Port Ellery | 555-0150\nIBCLC home & clinic visits"

FHIR_QR = """{
  "resourceType": "QuestionnaireResponse",
  "id": "mlk-feeding-assess-0316",
  "status": "completed",
  "subject": {"display": "Baby boy Ferreira-Lowe (mother: Beatriz Ferreira-Lowe)"},
  "authored": "2026-03-16",
  "item": [
    {"linkId": "weight", "text": "Infant weight day 5", "answer": [{"valueString": "3.02 kg (birth 3.41 kg, -11.4%)"}]},
    {"linkId": "latch", "text": "LATCH score", "answer": [{"valueInteger": 5}]},
    {"linkId": "plan", "text": "Plan", "answer": [{"valueString": "Posterior tongue-tie suspected; refer ENT. Supplement 30 mL expressed milk after feeds."}]}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Home visit summary to pediatrician about infant weight loss",
        notes="Visit summary names mother and newborn, 11% weight loss and supplementation plan, sent to pediatric practice.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="nurses@harborviewpediatrics.com",
        subject="Lactation visit 3/16 - Ferreira-Lowe baby",
        body="Hello,\n\nI saw Beatriz Ferreira-Lowe and her son (born 3/11) at home today. Baby is down 11.4% from birth weight, LATCH 5, and I suspect a posterior tongue-tie. We started 30 mL expressed milk after each feed. Could your office weigh him Thursday?\n\nNell Ashdown, IBCLC"
        + SIG,
        atts=(Att("feeding_assessment.json", "application/fhir+json", FHIR_QR),),
    ),
    Spec(
        phi=True,
        category="First-name-only text to mother about mastitis",
        notes="Hard positive: only a first name and personal e-mail, but it ties her to mastitis and an antibiotic.",
        frm='"Rowan Teal, IBCLC" <rowan@milkweedlactation.com>',
        to="kaya.runningwater@gmail.com",
        subject="checking in",
        body="Hi Kaya - how is the left side today? If the redness is still spreading after 48 h on the cephalexin Dr. Holloway prescribed, call her office, don't wait for our Friday visit. Keep feeding from that side.\nRowan",
    ),
    Spec(
        phi=True,
        category="Superbill for lactation consult to patient",
        notes="Superbill to patient's email with name, DOB, ICD-10 for breastfeeding difficulty and CPT codes.",
        frm="Milkweed Billing <billing@milkweedlactation.com>",
        to="amara.wexley@outlook.com",
        subject="Superbill for your insurance reimbursement",
        body="Hi Amara,\n\nAttached is the superbill for your 3/9 consult so you can file with your plan.\n\nMilkweed billing"
        + SIG,
        atts=(
            Att(
                "superbill_0309.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION PARTNERS  NPI 1871983700",
                        "Patient: Amara Wexley  DOB 05/14/1992",
                        "Date of service: 03/09/2026",
                        "Dx: O92.70 Unspecified disorder of lactation; P92.5 Neonatal difficulty in feeding at breast",
                        "CPT 99403 x1   $175.00",
                        "Paid in full",
                    ],
                    "Superbill",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pump rental authorization to DME vendor",
        notes="DME order names mother, member ID and NICU admission of infant for hospital-grade pump.",
        frm="Intake <intake@milkweedlactation.com>",
        to="orders@brightflowdme.com",
        subject="Hospital-grade pump - rush",
        body="Please deliver a hospital-grade pump rental to Wren Callaghan, 9 Mast St, Port Ellery (phone 555-0171). Pinecrest member ID PCH-7730185-02. Twins born at 32 weeks, both in the NICU at Harbor General; mother is pumping exclusively.\n\nMilkweed intake"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded NICU discharge note to home visit IBCLC",
        notes="Hard positive: internal forward carrying a hospital discharge message with baby's name, NICU stay and feeding plan.",
        frm="Intake <intake@milkweedlactation.com>",
        to="rowan@milkweedlactation.com",
        subject="Fwd: NICU discharge - feeding plan",
        body="Rowan, can you take this one Tuesday? Address in the forward.",
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm="NICU Discharge Coordinator <nicu-dc@harborgeneralhosp.org>",
            to="intake@milkweedlactation.com",
            subject="NICU discharge - feeding plan",
            body="Referral: Baby girl Osei (Abena), born 34+2, NICU day 12, discharged today to 40 Birch Hollow Rd. Feeds: breast x2 then bottle 45 mL fortified EBM q3h (22 kcal). Mom Efua Osei 555-0183 wants help transitioning to full breastfeeding.",
        ),
    ),
    Spec(
        phi=True,
        category="Consultant's visit note docx to OB",
        notes="Visit note in DOCX with patient name, low milk supply history after breast reduction and domperidone question.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="gholloway@bayviewwomenshealth.org",
        subject="Consult note - request for your input",
        body="Dr. Holloway, note attached. She is asking about galactagogues; I deferred to you.\n\nNell",
        atts=(
            Att(
                "consult_note_Pruett.docx",
                DOCX,
                docx(
                    [
                        "Milkweed Lactation Partners - Consult note",
                        "Client: Harriet Pruett, 34, P1, infant 3 weeks",
                        "History: bilateral breast reduction 2017",
                        "Assessment: low supply, 24h pumped volume 210 mL",
                        "Plan: SNS at breast, pump 8x/day; client asks about domperidone - deferred to OB",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weekly visit schedule spreadsheet to contractor",
        notes="Hard positive: schedule workbook lists client names, addresses and visit reasons (e.g. NICU graduate, thrush).",
        frm="Scheduling <schedule@milkweedlactation.com>",
        to="delia.moreau.ibclc@gmail.com",
        subject="Your visits next week",
        body="Hi Delia, thanks for covering. Your route is on sheet 1; door codes on sheet 2.",
        atts=(
            Att(
                "week12_route.xlsx",
                XLSX,
                xlsx(
                    {
                        "Route": [
                            ["Day", "Client", "Address", "Reason"],
                            ["Mon", "Lise Marchand", "12 Keel Way", "Nipple thrush, on nystatin"],
                            ["Tue", "Odette Quayle", "3 Spruce Ct", "NICU grad, 35w, weight check"],
                            ["Wed", "Ines Barrow", "88 Tide Rd", "Low supply after PPH"],
                        ],
                        "Access": [
                            ["Client", "Note"],
                            ["Quayle", "Gate code 4410"],
                            ["Barrow", "Dog; knock loudly"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Photo of latch named with client name",
        notes="Hard positive: PNG named after client with a question about a cracked nipple; body has no name.",
        frm='"Rowan Teal, IBCLC" <rowan@milkweedlactation.com>',
        to="nell@milkweedlactation.com",
        subject="second opinion?",
        body="Client sent this; cracked and bleeding on the right, day 6. Shallow latch or vasospasm? Thoughts before I call her back.",
        atts=(Att("Greta_Halvorsen_right_latch.png", "image/png", png(5, 5, (230, 180, 160))),),
    ),
    Spec(
        phi=True,
        category="Letter to employer for pumping accommodation with diagnosis",
        notes="Employer letter names the employee and her infant's NICU stay and pumping need.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="benefits@eastportschools.org",
        subject="Lactation accommodation - Ms. Janelle Orrin",
        body="Dear Benefits Office,\n\nJanelle Orrin is my client. Her son was born prematurely and is still receiving her expressed milk in the NICU. She needs three 25-minute pumping breaks in a private space each school day. Please contact me at 555-0150 with questions.\n\nNell Ashdown, IBCLC"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Appointment reminder HTML to client",
        notes="HTML-only reminder to client's personal address naming her and a tongue-tie follow-up consult.",
        frm="Milkweed Reminders <reminders@milkweedlactation.com>",
        to="paloma.renaud@yahoo.com",
        subject="Reminder: your visit tomorrow",
        body="",
        html="<html><body><p>Hi Paloma,</p><p>This is a reminder of your <b>post-frenotomy feeding follow-up</b> for baby Theo tomorrow at 10:00 at our Orchard Lane clinic.</p><p>Milkweed Lactation Partners</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Medicaid prior authorization for donor milk",
        notes="Prior auth request names infant, Medicaid ID, hypoglycemia and need for donor milk.",
        frm="Intake <intake@milkweedlactation.com>",
        to="pa-requests@mainecaremco.org",
        subject="PA request: pasteurized donor human milk",
        body="Member: Rafael Dunmore (infant), MaineCare ID ME-4471902, DOB 03/02/2026.\nDx: P70.4 neonatal hypoglycemia; mother with insufficient glandular tissue.\nRequest: donor milk 60 mL/day x 30 days.\nOrdering: Dr. Lenora Finch, NPI 1015908001."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse client roster in text attachment",
        notes="Hard positive: plain-text callback list of names and phones with abbreviated conditions (IGT, D-MER) and a medication.",
        frm='"Rowan Teal, IBCLC" <rowan@milkweedlactation.com>',
        to="schedule@milkweedlactation.com",
        subject="callbacks",
        body="Couldn't reach these today, list attached.",
        atts=(
            Att(
                "callbacks.txt",
                "text/plain",
                "Sabine Kell 555-0188 IGT, SNS check\r\nMonique Tran 555-0191 D-MER, on sertraline?\r\nLiv Okonjo 555-0192 wkly wt, 2nd %ile\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to grandmother about newborn jaundice",
        notes="Hard positive: reply to grandmother names the baby by first name and his jaundice treatment.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="grandma.june.halloran@aol.com",
        subject="Re: Is it safe to keep nursing?",
        body="Dear June,\n\nYes - Maeve can keep breastfeeding little Cormac while he is on the bili blanket. More frequent feeds actually help clear the jaundice. His bilirubin recheck is Thursday at the pediatrician.\n\nWarmly, Nell",
    ),
    Spec(
        phi=True,
        category="Insurance claim appeal letter for IBCLC visits",
        notes="Appeal letter names member, member ID and the feeding diagnosis being denied.",
        frm="Milkweed Billing <billing@milkweedlactation.com>",
        to="appeals@pinecresthealthplan.com",
        subject="Level 1 appeal - claim 26-0044817",
        body="Re: Ottilie Brandt, member PCH-6612044-01\n\nWe appeal the denial of three lactation visits (CPT 99403) for slow infant weight gain (P92.6) and maternal nipple trauma (O92.13). Under the plan's preventive benefit these services are covered without cost sharing. Visit notes enclosed.\n\nMilkweed billing"
        + SIG,
        atts=(
            Att(
                "appeal_notes.zip",
                "application/zip",
                zipped(
                    {
                        "visit_0302.txt": "Ottilie Brandt - weight gain 12 g/day, latch corrected\r\n",
                        "visit_0309.txt": "Ottilie Brandt - nipple healing, weight gain 24 g/day\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for weighted feed with client name",
        notes="ICS invite attached to a client's personal mailbox titled with her name and 'weighted feed - slow gain'.",
        frm="Scheduling <schedule@milkweedlactation.com>",
        to="t.abernathy.home@icloud.com",
        subject="Your Milkweed appointment",
        body="Hi Tova, calendar invite attached. Bring the nipple shield and your pump flanges.",
        atts=(
            Att(
                "milkweed_visit.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Milkweed//Sched//EN\r\nBEGIN:VEVENT\r\nUID:mlk-20260318-abernathy@milkweedlactation.com\r\nDTSTAMP:20260316T130000Z\r\nDTSTART:20260318T140000Z\r\nDTEND:20260318T153000Z\r\nSUMMARY:Tova Abernathy - weighted feed (slow gain)\r\nLOCATION:Milkweed clinic, 31 Orchard Lane\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral to therapist about postpartum anxiety",
        notes="Referral names client and her postpartum anxiety and intrusive thoughts, to outside counselling practice.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="intake@seaglasscounseling.com",
        subject="Referral (client consented)",
        body="Hello,\n\nWith her permission I'm referring Marisol Eckert (555-0194). She is 5 weeks postpartum with worsening anxiety and intrusive thoughts about the baby's feeding; EPDS 15 at my visit. She is not in danger today but would like to be seen soon.\n\nNell Ashdown"
        + SIG,
    ),
    Spec(
        phi=True,
        category="CSV export of class attendees with infant NICU flags",
        notes="Hard positive: attendee CSV to a partner includes names, emails and a column flagging NICU infants and low supply.",
        frm="Classes <classes@milkweedlactation.com>",
        to="events@harborgeneralhosp.org",
        subject="attendee list for the room booking",
        body="List for Saturday's back-to-work pumping class. Please don't share beyond room setup.",
        atts=(
            Att(
                "attendees_0321.csv",
                "text/csv",
                "name,email,notes\r\nFrances Ibe,fibe@gmail.com,NICU baby - hospital pump\r\nCarla Weiss,cweiss@outlook.com,low supply on domperidone\r\nNadia Roux,nroux@yahoo.com,\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Message about HIV-positive mother and infant feeding",
        notes="Hard positive: names the client and discloses HIV status and infant feeding counselling to her OB.",
        frm='"Rowan Teal, IBCLC" <rowan@milkweedlactation.com>',
        to="faranda@bayviewwomenshealth.org",
        subject="Feeding plan question",
        body="Dr. Aranda,\n\nYour patient Zawadi Mensah asked me about breastfeeding with an undetectable viral load on her ART. I've shared the shared-decision guidance but would like your and ID's view before her next visit.\n\nRowan Teal, IBCLC"
        + SIG,
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="Breastfeeding class newsletter HTML",
        notes="Generic newsletter about classes and support groups, no individuals.",
        frm="Milkweed News <news@milkweedlactation.com>",
        to="subscribers@lists.milkweedlactation.com",
        subject="March at Milkweed: support circle, pumping 101, new clinic hours",
        body="",
        html="<html><body><h2>March at Milkweed</h2><ul><li>Free support circle every Wednesday 10am</li><li>Pumping 101 - March 21</li><li>Clinic now open Saturdays</li></ul></body></html>",
    ),
    Spec(
        phi=False,
        category="Aggregate exclusive-breastfeeding rates to funder",
        notes="Hard negative: aggregate outcome counts (exclusive breastfeeding at 6 weeks) by quarter for a grant report.",
        frm="Program Director <director@milkweedlactation.com>",
        to="grants@coastalhealthfoundation.org",
        subject="Q4 grant report",
        body="Attached is the Q4 report. 212 families served; 68% exclusively breastfeeding at 6 weeks (up from 61%).",
        atts=(
            Att(
                "Q4_grant_report.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Metric", "Q3", "Q4"],
                            ["Families served", 187, 212],
                            ["Exclusive BF at 6 wk %", 61, 68],
                            ["Any BF at 6 mo %", 49, 52],
                        ],
                        "Visits": [
                            ["Type", "Count"],
                            ["Home", 301],
                            ["Clinic", 254],
                            ["Telehealth", 97],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IBCLC staff bio with conditions treated",
        notes="Hard negative: consultant bio mentions tongue-tie, low supply, mastitis as specialties; no client.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="editor@portellerymoms.com",
        subject="Bio for your directory",
        body="Rowan Teal, IBCLC, has supported families for 12 years. She specializes in tongue-tie feeding difficulties, low milk supply, mastitis, and breastfeeding after breast surgery. She speaks English and Portuguese.",
    ),
    Spec(
        phi=False,
        category="Recall notice for pump part",
        notes="Hard negative: manufacturer recall of pump valves with device lot numbers, no client.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="allclients-announce@lists.milkweedlactation.com",
        subject="Recall: duckbill valves lot DV-2025-118",
        body="The manufacturer has recalled duckbill valves from lot DV-2025-118 (may tear and reduce suction). If you rented a pump from us after Jan 5, we will swap the valves free at your next visit or by mail.",
    ),
    Spec(
        phi=False,
        category="Contractor agreement docx",
        notes="Independent contractor agreement for an IBCLC; business terms only.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="delia.moreau.ibclc@gmail.com",
        subject="Contractor agreement 2026",
        body="Hi Delia, please sign and return the attached agreement. Mileage rate is now $0.70/mile.",
        atts=(
            Att(
                "contractor_agreement_2026.docx",
                DOCX,
                docx(
                    [
                        "Independent Contractor Agreement",
                        "Milkweed Lactation Partners and Delia Moreau, IBCLC",
                        "Rate: $95 per home visit; $0.70 per mile",
                        "Contractor shall sign the HIPAA Business Associate addendum",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Handout on safe milk storage PDF",
        notes="Hard negative: generic clinical handout on milk storage and mastitis warning signs; no client.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="frontdesk@harborviewpediatrics.com",
        subject="Updated milk storage handout for your waiting room",
        body="Updated to match the 2025 ABM protocol. Feel free to print.",
        atts=(
            Att(
                "milk_storage.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION PARTNERS",
                        "Storing expressed milk",
                        "Room temp: up to 4 hours",
                        "Fridge: up to 4 days",
                        "Freezer: up to 6 months",
                        "Call your doctor for fever with a red, painful breast (mastitis)",
                    ],
                    "Milk storage",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Invoice to hospital for contracted inpatient coverage",
        notes="Business invoice for hours worked; no patient data.",
        frm="Milkweed Billing <billing@milkweedlactation.com>",
        to="ap@harborgeneralhosp.org",
        subject="Invoice MLK-2026-031 - February inpatient coverage",
        body="Invoice MLK-2026-031: 86 hours of inpatient IBCLC coverage on Mother-Baby, Feb 1-28, at $72/h = $6,192.00. Net 30.",
        atts=(
            Att(
                "MLK-2026-031.csv",
                "text/csv",
                "date,consultant,hours\r\n2026-02-02,R. Teal,8\r\n2026-02-03,N. Ashdown,8\r\n2026-02-05,D. Moreau,6\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pricing reply to doula for resource list",
        notes="Hard negative: reply to a doula compiling a resource list about fees and insurance; no client or condition.",
        frm="Intake <intake@milkweedlactation.com>",
        to="hollis.benning@gmail.com",
        subject="Re: how much is a home visit?",
        body="Hi Hollis,\n\nThanks for including us in your doula collective's resource list for clients. A 90-minute home visit is $185; many plans reimburse it as preventive care and we provide a superbill. Prenatal classes are $45. Happy to answer other questions!\n\nMilkweed intake",
    ),
    Spec(
        phi=False,
        category="Conference abstract on tongue-tie outcomes",
        notes="Hard negative: research abstract with aggregate numbers on frenotomy outcomes; no individuals.",
        frm='"Nell Ashdown, IBCLC" <nell@milkweedlactation.com>',
        to="abstracts@ilca-conference.org",
        subject="Abstract submission: feeding outcomes after frenotomy",
        body="Title: Feeding outcomes 2 weeks after frenotomy in a community lactation practice.\nMethods: retrospective review of 64 dyads, 2024-2025.\nResults: LATCH improved by a median 2 points; 9% reported no change.\nAuthors: N. Ashdown, R. Teal.",
    ),
    Spec(
        phi=False,
        category="Job posting for IBCLC",
        notes="Job ad; no patient.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="jobs@uslca-careers.org",
        subject="Hiring: part-time IBCLC, Port Ellery",
        body="Milkweed Lactation Partners is hiring a part-time IBCLC for home visits (20 h/week). Car required. Experience with NICU graduates a plus.",
    ),
    Spec(
        phi=False,
        category="Support group calendar invite",
        notes="Recurring group calendar invite with no attendee health details.",
        frm="Classes <classes@milkweedlactation.com>",
        to="support-circle@lists.milkweedlactation.com",
        subject="Wednesday support circle (recurring)",
        body="Add this to your calendar. Babies welcome, no registration needed.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Milkweed//Classes//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mlk-circle@milkweedlactation.com\r\nDTSTAMP:20260316T100000Z\r\nDTSTART:20260318T140000Z\r\nDTEND:20260318T150000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=WE\r\nSUMMARY:Milkweed support circle\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="BAA renewal with scheduling software vendor",
        notes="Hard negative: business associate agreement renewal that names PHI categories in legal text; no data.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="legal@nestbooksoftware.com",
        subject="BAA renewal - signed",
        body="Signed BAA attached. Note section 4.2: vendor may process client names, contact details, infant dates of birth and visit reasons only to provide the scheduling service.",
        atts=(
            Att(
                "BAA_signed_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION PARTNERS - BUSINESS ASSOCIATE AGREEMENT",
                        "Vendor: NestBook Software Inc.",
                        "Term: 2026-04-01 to 2028-03-31",
                        "Signed: Program Director",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mileage reimbursement spreadsheet",
        notes="Staff mileage log with towns only, no clients.",
        frm='"Rowan Teal, IBCLC" <rowan@milkweedlactation.com>',
        to="billing@milkweedlactation.com",
        subject="Feb mileage",
        body="Feb mileage attached, 412 miles total.",
        atts=(
            Att(
                "mileage_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Log": [
                            ["Date", "From-To", "Miles"],
                            ["2/2", "Office - Eastport", 38],
                            ["2/4", "Office - Harbor Gen", 12],
                        ],
                        "Total": [["Miles", "Rate", "Amount"], [412, 0.70, 288.40]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pediatric practice thanks note with no patient",
        notes="Courtesy note thanking a practice for referrals, no patient mentioned.",
        frm="Program Director <director@milkweedlactation.com>",
        to="office@harborviewpediatrics.com",
        subject="Thank you!",
        body="Thank you all for the lunch and the warm welcome last week. We're glad to be your go-to for feeding support. Muffins on us next time.\n\nAlma, Milkweed",
    ),
    Spec(
        phi=False,
        category="Donated milk depot logistics with cooler serials",
        notes="Hard negative: donor milk depot shipment with cooler IDs and volumes; donors not identified.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="shipping@northeastmilkbank.org",
        subject="Depot shipment 3/17 - 4 coolers",
        body="Shipping 4 coolers today via FedEx Priority: C-1182, C-1183, C-1190, C-1191, total 1,320 oz from screened donors (donor IDs on the sealed bags per your protocol). Tracking 7781 4420 9913.",
    ),
    Spec(
        phi=False,
        category="Website text about services for insurance page",
        notes="Hard negative: marketing copy listing covered diagnoses codes generically; no patient.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="hello@driftwoodwebstudio.com",
        subject="Copy for the insurance page",
        body="Please add: 'We bill most plans for lactation counselling (CPT 99401-99404, S9443). Common diagnoses we see include O92.x lactation disorders and P92.x newborn feeding problems. Bring your insurance card to your first visit.'",
    ),
    Spec(
        phi=False,
        category="Password reset notice for staff EHR",
        notes="IT notice about password policy; no PHI.",
        frm="IT <it@milkweedlactation.com>",
        to="staff@milkweedlactation.com",
        subject="Charting app: password reset required by Friday",
        body="Everyone: please reset your charting app password by Friday and turn on MFA. Use at least 14 characters.",
        html_only=True,
        html="<html><body><p>Please reset your charting app password by <b>Friday</b> and enable MFA (14+ characters).</p><p>- IT</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Test patient record for software vendor demo",
        notes="Hard negative: demo record for vendor support clearly labelled as fictional test client 'DEMO, MOTHER'.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="support@nestbooksoftware.com",
        subject="Bug: weight chart wrong units",
        body="Repro on our sandbox with the fictional test client DEMO, MOTHER (infant DEMO, BABY, test DOB 01/01/2026): enter 3.20 kg and the chart shows 3200 lb. This is a test record, not a real family. Screenshot attached.",
        atts=(Att("weight_chart_bug.png", "image/png", png(8, 4, (240, 240, 240))),),
    ),
    Spec(
        phi=False,
        category="Aggregate pump inventory in zip",
        notes="Equipment inventory archive with serials and rental counts, no client names.",
        frm="Milkweed Admin <admin@milkweedlactation.com>",
        to="accounting@harborcpa.com",
        subject="Year-end pump inventory",
        body="Inventory files for the asset schedule.",
        atts=(
            Att(
                "inventory_2025.zip",
                "application/zip",
                zipped(
                    {
                        "pumps.csv": "serial,model,status\r\nSY-40221,Symphony,rented\r\nSY-40222,Symphony,in stock\r\n",
                        "readme.txt": "Counts as of Dec 31. Rentals by serial only.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to reporter about breastfeeding statistics",
        notes="Hard negative: comments to press about state breastfeeding rates and common problems, no client.",
        frm="Program Director <director@milkweedlactation.com>",
        to="newsdesk@portelleryherald.com",
        subject="Re: interview for breastfeeding awareness piece",
        body="Happy to help. Statewide, about 84% of babies start breastfeeding but only 1 in 4 are exclusively breastfed at 6 months. The most common problems we see are latch pain, worries about low supply and going back to work. I can't discuss any individual families.",
    ),
]
