"""Summit Regional Trauma Center transfer centre outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import PVH, SKY, SRT, Att, Spec

TC = f"Summit Transfer Center <transfercenter@{SRT}>"
SIG = "\n\nSummit Regional Trauma Center | Transfer Center\n24/7 line 555-0130 | fax 555-0132\nOne call. One bed. One team."

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '<title>Transfer Summary</title>\n<recordTarget><patientRole><id extension="SR-5520914" root="2.16.840.1.113883.19.5"/>'
    '<patient><name><given>Lucinda</given><family>Moravec</family></name><birthTime value="19540306"/></patient></patientRole></recordTarget>\n'
    "<component><structuredBody><component><section><title>Problems</title><text>Acute subdural hematoma after fall; on apixaban for atrial fibrillation; reversed with andexanet.</text></section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Transfer acceptance confirmation to referring ED",
        notes="Acceptance with patient name, diagnosis and accepting surgeon to the referring hospital.",
        frm=TC,
        to=f"edcharge@{PVH}",
        subject="ACCEPTED - transfer TC-26-03170",
        body="Transfer TC-26-03170 accepted.\nPatient: Marcus Beaulieu, 57M\nDx: L rib fx 4-7, L PTX s/p chest tube\nAccepting: Dr. Halvorsen, Trauma Surgery\nBed: STICU 12\nMode: Skyward rotor, ETA 40 min"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Transfer center call volume report",
        notes="Hard negative: monthly aggregate transfer counts by service and referring hospital, no patients.",
        frm=f"Transfer Center Analytics <tc-analytics@{SRT}>",
        to="ceo@pinecrestvalleyhosp.org",
        subject="Your facility's transfers to Summit - February",
        body="February summary for Pinecrest Valley: 41 transfer requests, 39 accepted, 2 declined (no ICU bed). Median call-to-acceptance 9 min. Breakdown attached.",
        atts=(
            Att(
                "PVH_transfers_Feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByService": [
                            ["Service", "Requests", "Accepted"],
                            ["Trauma", 23, 23],
                            ["Cardiology", 9, 9],
                            ["Neuro", 6, 5],
                            ["Peds", 3, 2],
                        ],
                        "ByMode": [
                            ["Mode", "Count"],
                            ["Rotor", 14],
                            ["Fixed wing", 3],
                            ["Ground ALS", 22],
                        ],
                        "Timing": [
                            ["Metric", "Median"],
                            ["Call to accept (min)", 9],
                            ["Accept to arrival (min)", 96],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transfer summary C-CDA to receiving rehab",
        notes="Hard positive: body is only routing text; C-CDA attachment carries name, DOB, MRN and subdural hematoma.",
        frm=TC,
        to="admissions@bigskyrehab.org",
        subject="Outbound transfer packet 3 of 3",
        body="Third part of the packet (CCD).",
        atts=(Att("transfer_ccd.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="Transfer agreement renewal with rural hospital",
        notes="Contract renewal for inter-facility transfer agreement; no patient.",
        frm=f"Outreach Director <outreach@{SRT}>",
        to=f"administrator@{PVH}",
        subject="Transfer agreement renewal 2026-2029",
        body="Attached is the redlined transfer agreement. Changes: EMTALA language update, a 30-minute callback guarantee, and shared radio channel 4 for ETA updates.",
        atts=(
            Att(
                "Transfer_Agreement_2026_redline.docx",
                DOCX,
                docx(
                    [
                        "TRANSFER AGREEMENT between Summit Regional Trauma Center and Pinecrest Valley Hospital",
                        "1. Summit shall accept patients requiring services not available at the referring facility, subject to capacity.",
                        "2. The referring facility shall send copies of medical records with the patient.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Transfer log export to personal email",
        notes="Shift transfer log with names, ages, diagnoses and origin hospitals sent by a nurse to her own gmail.",
        frm=f"Renee Obuya RN <robuya@{SRT}>",
        to="renee.obuya@gmail.com",
        subject="log for tonight's handoff",
        body="Sending to myself so I can finish the handoff at home.",
        atts=(
            Att(
                "tc_log_0317.csv",
                "text/csv",
                (
                    "time,tc#,patient,age,from,dx,status\n"
                    "01:12,TC-26-03161,Hollis Brandt,71,Dillon Hospital,STEMI inferior,accepted cath lab\n"
                    "02:40,TC-26-03162,Mei Tanaka-Ruiz,34,Hamilton ED,placental abruption 31wk,accepted L&D\n"
                    "04:05,TC-26-03163,Joaquin Pell,16,Pinecrest Valley,open femur fx,accepted peds trauma\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICU bed status broadcast",
        notes="Hard negative: bed-availability board with counts per unit and no patients.",
        frm=f"Transfer Center <transfercenter@{SRT}>",
        to="regional-eds@mtruralhealth.net",
        subject="Summit capacity 0700: STICU 2, MICU 0, NICU 3",
        body="Current capacity as of 0700:\nSTICU 2 open | MICU 0 (diversion for medical ICU until 1200) | CVICU 1 | NICU 3 | PICU 2\nTrauma, STEMI and stroke accepted regardless of capacity."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Declined transfer note to referring physician",
        notes="Decline note naming patient and condition to the referring physician.",
        frm=f"Dr. Anders Halvorsen <ahalvorsen@{SRT}>",
        to=f"obratt@{PVH}",
        subject="RE: Vance burn consult",
        body="Owen - looked at the photo of Tyler Vance's forearm. ~4% partial thickness, no circumferential, hands spared: OK to manage locally with silver dressing and burn clinic on Monday. We'll send him an appointment. Call if it changes.",
    ),
    Spec(
        phi=False,
        category="Inter-facility transfer criteria guideline",
        notes="Hard negative: guideline listing clinical transfer triggers (GCS, injuries) without any patient.",
        frm=f"Trauma Outreach <traumaoutreach@{SRT}>",
        to="regional-eds@mtruralhealth.net",
        subject="Updated criteria: when to call us",
        body="Call Summit early for: GCS <= 13 with anticoagulant use, pelvic fracture with hemodynamic instability, burns > 10% TBSA, any penetrating torso trauma, pregnancy > 20 wk with abdominal trauma. Full PDF attached.",
        atts=(
            Att(
                "when_to_call.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT REGIONAL TRAUMA CENTER - TRANSFER CRITERIA",
                        "GCS <= 13 on anticoagulants; pelvic fracture with SBP < 90;",
                        "burns > 10% TBSA or involving face/hands; penetrating torso trauma.",
                    ],
                    "Transfer criteria",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient family update with MRN",
        notes="Update to patient's son at yahoo with MRN, room and ICU status.",
        frm=f"Family Liaison <familyliaison@{SRT}>",
        to="kmoravec77@yahoo.com",
        subject="Visiting info for your mother",
        body="Kyle,\n\nYour mother Lucinda Moravec (MRN SR-5520914) is in Neuro ICU room 8. She is stable after the bleed was reversed. Visiting is 9-9; two at a time. Ask for her nurse at 555-0134.",
    ),
    Spec(
        phi=False,
        category="Interview invitation to applicant",
        notes="Interview scheduling to a nursing applicant's hotmail; no health information about anyone.",
        frm=f"Transfer Center Manager <tcmanager@{SRT}>",
        to="diego.ferrer.rn@hotmail.com",
        subject="Interview - RN Transfer Coordinator",
        body="Hi Diego,\n\nThanks for applying. Could you do a 45-minute video interview Thursday 3/19 at 10:00 or 14:00 Mountain? You'll meet me and two of our coordinators, and we'll walk through a mock transfer call.\n\nBest,\nAnnika Holm, Transfer Center Manager",
    ),
    Spec(
        phi=True,
        category="Headerless table of pending transfers",
        notes="Hard positive: a table with no headers listing names, ages, injuries and origin hospitals to a bed-management vendor.",
        frm=f"Bed Management <bedmgmt@{SRT}>",
        to="support@bedtrackpro.com",
        subject="import failing - sample rows",
        body="Your import chokes on these rows, can you look?\n\nCorliss, Jean | 82 | hip fx | Dillon\nAbara, Tobi | 29 | GSW abd | Butte\nSvensson, Erik | 61 | NSTEMI | Pinecrest",
    ),
    Spec(
        phi=False,
        category="Synthetic test rows for bed-tracking vendor",
        notes="Hard negative: vendor test file with explicitly synthetic patients (TEST/ZZZ names).",
        frm=f"Bed Management <bedmgmt@{SRT}>",
        to="support@bedtrackpro.com",
        subject="synthetic import file for UAT",
        body="As agreed, here is a fully synthetic file for UAT. None of these are real people.",
        atts=(
            Att(
                "uat_synthetic.csv",
                "text/csv",
                (
                    "name,age,dx,origin\nZZZTEST Alpha,45,TEST-DX fracture,TESTHOSP\nZZZTEST Bravo,70,TEST-DX stroke,TESTHOSP\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT notification to referring ED",
        notes="Hard positive: HL7 ADT A03 discharge message with patient name, MRN, discharge dates and a Colles fracture code; body says only 'FYI'.",
        frm=f"Summit Interface <interface@{SRT}>",
        to=f"lis-interface@{PVH}",
        subject="FYI ADT",
        body="FYI",
        atts=(
            Att(
                "adt_a03.hl7",
                "application/hl7-v2",
                (
                    "MSH|^~\\&|SRT_ADT|SUMMIT|PVH|PINECREST|202603181020||ADT^A03|SR031810|P|2.5.1\r"
                    "PID|1||SR-6610372^^^SRT^MR||DRUMMOND^ELISE||19720405|F\r"
                    "PV1|1|I|ORTHO^412^A||||||||||||||||SR-V990213|||||||||||||||||01|||||||20260316|20260318\r"
                    "DG1|1||S52.532A^Colles fracture right radius^I10\r"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Regional trauma symposium invitation",
        notes="Conference invitation with case-based talk titles; no patient.",
        frm=f"Trauma Outreach <traumaoutreach@{SRT}>",
        to="regional-eds@mtruralhealth.net",
        subject="Save the date: Big Sky Trauma Symposium, May 14",
        body="Talks include 'Whole blood on the rotor', 'REBOA in the rural ED' and 'Pediatric non-accidental trauma: the first hour'. CME 6 hours.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SRT//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:srt-sym-2026@summitregionaltrauma.org\r\nDTSTAMP:20260317T160000Z\r\nDTSTART:20260514T140000Z\r\n"
            "DTEND:20260514T230000Z\r\nSUMMARY:Big Sky Trauma Symposium\r\nLOCATION:Summit Conference Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Insurance eligibility check X12 270",
        notes="X12 270 eligibility inquiry with subscriber name, member ID and DOB for an incoming transfer.",
        frm=f"Access Services <access@{SRT}>",
        to="edi@bigskyclearinghouse.com",
        subject="270 inquiry - incoming transfer",
        body="Eligibility inquiry attached.",
        atts=(
            Att(
                "elig_270.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*SUMMITRTC      *ZZ*BIGSKY         *260317*1122*^*00501*000000882*0*P*:~"
                    "GS*HS*SUMMITRTC*BIGSKY*20260317*1122*882*X*005010X279A1~ST*270*0001*005010X279A1~"
                    "NM1*IL*1*PELL*JOAQUIN****MI*MTC7739021408~DMG*D8*20090621*M~EQ*30~SE*6*0001~GE*1*882~IEA*1*000000882~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider roster with NPIs",
        notes="Hard negative: on-call surgeon roster with NPIs and specialties; providers only.",
        frm=f"Medical Staff Services <medstaff@{SRT}>",
        to="credentialing@skywardairmed.com",
        subject="Accepting physician roster for April",
        body="Accepting physicians for April (for your online medical control list):\n\nDr. Anders Halvorsen, Trauma Surgery, NPI: 1193847567\nDr. Fumiko Stahl, Neurosurgery, NPI: 1328475698\nDr. Reuben Ashworth, Interventional Cardiology, NPI: 1459382713",
    ),
    Spec(
        phi=True,
        category="Death notification to organ procurement",
        notes="Referral with name, age, time of death and cause to the organ procurement organisation.",
        frm=TC,
        to="referrals@rockiesdonornetwork.org",
        subject="Referral #RDN-26-0291",
        body="Referral for Donnell Whitcomb, 44M, declared brain death 03/17/2026 16:52 after GSW to head. Family at bedside, not yet approached. STICU 4. Call 555-0130."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Phone system outage notice",
        notes="Notice of alternate phone numbers during outage; no patient.",
        frm=TC,
        to="regional-eds@mtruralhealth.net",
        subject="Transfer line backup numbers tonight",
        body="Tonight 2300-0200 our main line is being migrated. If 555-0130 fails, call 555-0135 or 555-0136."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Recorded line transcript for QA",
        notes="Hard positive: QA transcript excerpt in a txt file with the patient's first and last name, age and stroke symptoms.",
        frm=f"Transfer Center Manager <tcmanager@{SRT}>",
        to="qa@teleneuropartners.com",
        subject="call transcript 3/15 for joint review",
        body="Transcript for our joint case review of the delayed teleneurology connection. Call excerpt attached.",
        atts=(
            Att(
                "call_0315_2214.txt",
                "text/plain",
                (
                    "22:14:03 Referring RN: I've got Wanda Pickering, 67, last known well 20:45, left facial droop, aphasic, NIHSS 14.\n"
                    "22:14:40 Coordinator: Connecting teleneuro now... (no answer)\n22:19:12 Coordinator: Second page sent.\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Transfer center KPI for board",
        notes="Aggregate quarterly KPIs for the board; no individual.",
        frm=f"Transfer Center Analytics <tc-analytics@{SRT}>",
        to=f"board@{SRT}",
        subject="Q1 transfer center KPIs",
        body="Q1: 1,804 requests, 93% accepted, median time to accept 8 min, 12 declines for capacity. PDF attached.",
        atts=(
            Att(
                "Q1_KPIs.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT REGIONAL TRANSFER CENTER - Q1 2026 KPIs",
                        "Requests 1,804 | Accepted 93% | Median accept 8 min | Capacity declines 12",
                    ],
                    "Q1 KPIs",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted transfer packet",
        notes="Hard positive: password-protected zip of a named patient's imaging report; the subject carries the patient's last name and 'CT'.",
        frm=TC,
        to=f"ed@{PVH}",
        subject="Pell CT reads (pw by phone)",
        body="Encrypted zip attached. Password via phone as usual.",
        atts=(
            Att(
                "Pell_CT.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "CT_report.txt": "Joaquin Pell DOB 06/21/2009. CT femur: comminuted open midshaft fracture.",
                    },
                    "Summit#0317",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Radio frequency coordination with air ambulance",
        notes="Operational radio frequency memo; no patient.",
        frm=f"Communications Center <comms@{SRT}>",
        to=f"dispatch@{SKY}",
        subject="Helipad freq change 4/1",
        body="Effective 4/1, Summit helipad CTAF moves to 123.025. Tower notification done. Please update your pilots' kneeboards.",
    ),
    Spec(
        phi=True,
        category="Scanned consent form text from referring",
        notes="Hard positive: OCR text of a scanned consent form with name, DOB and procedure forwarded to the cath lab scheduler.",
        frm=f"Renee Obuya RN <robuya@{SRT}>",
        to="scheduling@montanaheartgroup.com",
        subject="FW: consent scan",
        body="OCR from the consent that came with the Dillon transfer:\n\nCONSENT FOR PROCEDURE\nPt nm: HOLLIS R BRANDT   D0B: O8/14/1954\nProcedure: L heart cath, poss PCI\nSig: [illegible]  Witness: RN T. Kade\n\nPlease match to your schedule.",
    ),
    Spec(
        phi=False,
        category="EMTALA policy excerpt with example fields",
        notes="Hard negative: policy document listing example field names (name, DOB, MRN) with placeholders only.",
        frm=f"Compliance <compliance@{SRT}>",
        to=f"tc-staff@{SRT}",
        subject="EMTALA documentation policy - revised",
        body="Every transfer record must capture: patient name, DOB, MRN, referring physician, accepting physician, time of call, time of acceptance, reason for transfer. Example: [Name] [DOB mm/dd/yyyy] [MRN SR-XXXXXXX]. Policy TC-07 attached.",
        atts=(
            Att(
                "TC-07_EMTALA.docx",
                DOCX,
                docx(
                    [
                        "POLICY TC-07 EMTALA DOCUMENTATION",
                        "Required fields: [Patient name], [DOB], [MRN], [Accepting MD], [Time of acceptance].",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Payer notification of trauma admission",
        notes="Notice of admission to the health plan with member ID, name and diagnosis codes.",
        frm=f"Utilization Review <ur@{SRT}>",
        to="notifications@treasurestatehealthplan.com",
        subject="Notice of admission",
        body="Inpatient admission notice\nMember: Erik Svensson\nMember ID: TSH004418827\nAdmit: 03/17/2026 via transfer\nDx: I21.4 NSTEMI\nAttending: Dr. Reuben Ashworth",
    ),
    Spec(
        phi=False,
        category="HTML-only transfer center newsletter",
        notes="HTML-only outreach newsletter with aggregate stats; no patient.",
        frm=f"Trauma Outreach <traumaoutreach@{SRT}>",
        to="regional-eds@mtruralhealth.net",
        subject="Summit Transfer News - March",
        body="",
        html="<html><body><h2>Transfer News</h2><p>In February we accepted 612 patients from 28 hospitals. Thank you, partners!</p><p>New: direct-to-cath-lab pathway for STEMI.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only patient feedback reply",
        notes="HTML-only reply to a former patient's gmail naming her and her stay after a transfer.",
        frm=f"Patient Relations <patientrelations@{SRT}>",
        to="mei.tanakaruiz@gmail.com",
        subject="RE: my complaint about the transfer wait",
        body="",
        html="<html><body><p>Dear Ms. Tanaka-Ruiz,</p><p>Thank you for writing about your transfer from Hamilton during your placental abruption on March 17. We reviewed the timeline and the 40-minute wait for the aircraft. Our findings are below.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Aggregate diversion log to state",
        notes="Hard negative: diversion hours by day in an xlsx; no patients.",
        frm=f"Transfer Center Analytics <tc-analytics@{SRT}>",
        to="ems@dphhs-trauma.mt.gov",
        subject="Diversion hours report - Q1",
        body="Quarterly diversion log attached.",
        atts=(
            Att(
                "diversion_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Jan": [
                            ["Date", "Unit", "Hours"],
                            ["2026-01-07", "MICU", 6],
                            ["2026-01-22", "CVICU", 3],
                        ],
                        "Feb": [["Date", "Unit", "Hours"], ["2026-02-11", "MICU", 4]],
                        "Mar": [["Date", "Unit", "Hours"], ["2026-03-17", "MICU", 5]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Attachment-only PNG of ECG",
        notes="Hard positive: PNG named with the patient's name and 'STEMI' sent to the cardiologist; body says only 'ECG'.",
        frm=TC,
        to="ashworth.reuben@montanaheartgroup.com",
        subject="ECG",
        body="ECG from Dillon, 12-lead attached.",
        atts=(Att("Brandt_Hollis_STEMI_inferior.png", "image/png", png(8, 3, (240, 240, 240))),),
    ),
    Spec(
        phi=False,
        category="Transfer coordinator job posting",
        notes="Hard negative: job posting listing clinical conditions coordinators triage; no patient.",
        frm=f"Recruiting <careers@{SRT}>",
        to="jobs@healthcareerswest.com",
        subject="RN Transfer Coordinator - nights",
        body="Coordinate inter-facility transfers for STEMI, stroke, trauma, OB hemorrhage and pediatric sepsis. 3+ years ICU or ED experience. Remote after orientation.",
    ),
    Spec(
        phi=True,
        category="Zip of referral documents to neurosurgery group",
        notes="Zip with CT report and med list for a named patient sent to an outside neurosurgery group.",
        frm=f"Renee Obuya RN <robuya@{SRT}>",
        to="intake@rockymtnneurosurgery.com",
        subject="Outpatient follow-up referral",
        body="Referral documents attached for clinic follow-up after discharge.",
        atts=(
            Att(
                "referral_Moravec.zip",
                "application/zip",
                zipped(
                    {
                        "ct_head.txt": "Lucinda Moravec, 72F. CT head 03/16: 9 mm L acute SDH, 3 mm shift. Repeat stable.",
                        "meds.csv": "drug,dose\napixaban,held\nmetoprolol,25 mg BID\nlevetiracetam,500 mg BID\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of transfer center forms",
        notes="Hard negative: zip of blank transfer forms and checklists; no patient.",
        frm=TC,
        to="regional-eds@mtruralhealth.net",
        subject="Updated transfer packet forms (blank)",
        body="Blank forms for your transfer binders attached.",
        atts=(
            Att(
                "blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "checklist.txt": "[ ] Face sheet  [ ] Imaging on disc  [ ] Last 24h MAR  [ ] Code status\n",
                        "consent_template.txt": "I, ________, consent to transfer to Summit Regional Trauma Center.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare patient transfer billing query",
        notes="Billing query with patient name, MBI and the transfer flight to the Medicare contractor.",
        frm=f"Patient Financial Services <pfs@{SRT}>",
        to="provider.inquiry@noridianmac-demo.com",
        subject="Inquiry - claim held for transfer",
        body="Beneficiary: Jean Corliss, MBI: 3KT7-WN2-RH85. Inpatient stay 03/16-03/21 after hip fracture transfer from Dillon. Claim is held for missing transfer code; please advise.",
    ),
    Spec(
        phi=False,
        category="Quality committee agenda",
        notes="Meeting agenda naming review topics only; no patient or case identifiers.",
        frm=f"Trauma Quality <traumaquality@{SRT}>",
        to=f"pips-committee@{SRT}",
        subject="PIPS agenda 3/24",
        body="1. Delayed transfer review (de-identified summary to be presented)\n2. Missed C-spine injury review\n3. Massive transfusion audit Q1",
    ),
    Spec(
        phi=True,
        category="Forwarded referral from referring physician",
        notes="Forward to the accepting surgeon with the referring doctor's note naming the patient and open fracture.",
        frm=TC,
        to=f"peds-ortho-oncall@{SRT}",
        subject="FW: 16yo open femur from Pinecrest",
        body="Forwarding the referring note, see below. Aircraft en route.",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm=f"Dr. Owen Bratt <obratt@{PVH}>",
            to=TC,
            subject="16yo open femur",
            body="Joaquin Pell, 16, ATV rollover, open R femur fx, distal pulses intact, cefazolin given 04:20, splinted. Mom riding along.",
        ),
    ),
    Spec(
        phi=False,
        category="CSV of referring facility contacts",
        notes="Hard negative: csv of hospital phone and fax numbers; institutions only.",
        frm=f"Transfer Center Manager <tcmanager@{SRT}>",
        to=f"dispatch@{SKY}",
        subject="updated referring facility directory",
        body="Directory attached.",
        atts=(
            Att(
                "facility_directory.csv",
                "text/csv",
                (
                    "facility,ed_phone,fax\nPinecrest Valley Hospital,555-0110,555-0111\nDillon Hospital,555-0120,555-0121\nHamilton Medical,555-0122,555-0123\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Incoming patient docx to receiving unit leaders",
        notes="Hard positive: body only says 'tonight's incoming'; the docx lists incoming patients by name with their injuries.",
        frm=f"Chief Nursing Officer <cno@{SRT}>",
        to=f"nursing-leaders@{SRT}",
        subject="tonight's incoming",
        body="See attached for staffing.",
        atts=(
            Att(
                "incoming_0317.docx",
                DOCX,
                docx(
                    [
                        "Expected arrivals 03/17 evening",
                        "Jean Corliss 82F hip fx from Dillon - ortho floor",
                        "Tobi Abara 29M GSW abdomen from Butte - STICU after OR",
                    ]
                ),
            ),
        ),
    ),
]
