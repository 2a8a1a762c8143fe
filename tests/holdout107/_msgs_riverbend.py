"""Riverbend Community Health Center dental service (FQHC) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nRiverbend Community Health Center - Dental Service\n412 Millrace Ave, Suite 2\n(608) 555-0140"

HL7_REFERRAL = (
    "MSH|^~\\&|RCHDENT|RIVERBEND|SOMS|SUMMIT|202603161012||REF^I12|RCH0316-88|P|2.5.1\r"
    "PID|1||RB-0047215^^^RCH^MR||TALLCHIEF^DARNELL^J||19880419|M|||77 Wren Ct^^Marlow^WI^53719||(608)555-0161\r"
    "RF1||P^Pending|OMS^Oral surgery||R|RCH-REF-2291|20260316\r"
    "DG1|1||K01.1^Impacted teeth^I10||20260312\r"
    "NTE|1||#17 and #32 horizontally impacted, recurrent pericoronitis. Pt on Medicaid.\r"
)

FHIR_PATIENT = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "rb-0051930",
      "identifier": [{"system": "urn:rch:mrn", "value": "RB-0051930"}],
      "name": [{"family": "Vukovic", "given": ["Mila"]}], "birthDate": "2019-07-02"}},
    {"resource": {"resourceType": "Procedure", "status": "completed",
      "code": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D1351", "display": "Sealant - per tooth"}]},
      "subject": {"reference": "Patient/rb-0051930"}, "performedDateTime": "2026-03-10"}},
    {"resource": {"resourceType": "Procedure", "status": "completed",
      "code": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D1206", "display": "Topical fluoride varnish"}]},
      "subject": {"reference": "Patient/rb-0051930"}, "performedDateTime": "2026-03-10"}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document - Dental</title>
  <recordTarget><patientRole>
    <id extension="RB-0039984" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Hollis</given><family>Brandvold</family></name>
      <birthTime value="19560923"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Chronic periodontitis, generalized, stage III. Type 2 diabetes (A1c 8.4 per PCP).</text></section></component>
    <component><section><title>Medications</title>
      <text>Chlorhexidine 0.12% rinse BID; metformin 1000 mg BID; apixaban 5 mg BID.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="FQHC dental recall reminder with overdue treatment",
        notes="Patient's gmail, named, with unfinished root canal on #19 and appointment time.",
        frm="Riverbend Dental Front Desk <dentalfrontdesk@riverbendchc.org>",
        to="jlindqvist.home@gmail.com",
        subject="Your dental appointment Thursday",
        body=(
            "Hi Jonah,\n\nThis is a reminder that you are scheduled Thursday March 19 at 10:40 am "
            "with Dr. Osei to finish the root canal on tooth #19 and take the crown impression. "
            "Please bring your ForwardHealth card.\n\nReply or call if you need to move it." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Dental service weekly huddle agenda",
        notes="Internal staffing/huddle agenda, sterilizer maintenance and supply items; no patient.",
        frm="Anika Osei DDS <aosei@riverbendchc.org>",
        to="dental-team@riverbendchc.org",
        subject="Huddle Monday 7:45 - agenda",
        body=(
            "Team,\n\n1. Statim cassette autoclave is back from service; log the spore test Tuesday.\n"
            "2. Op 4 suction line is slow again - Marcus put in a ticket.\n"
            "3. We are short one assistant Wed/Thu; Priya covering from Eastside site.\n"
            "4. Fluoride varnish reorder came in, 3 cases.\n\nSee you Monday,\nAnika"
        ),
    ),
    Spec(
        phi=True,
        category="Hygienist note to school nurse about child's abscess",
        notes="Hard positive: first name + grade + school to school nurse with dental abscess and antibiotic; child identifiable.",
        frm="Rosa Delgado RDH <rdelgado@riverbendchc.org>",
        to="nurse.office@marlowelementary.k12.wi.us",
        subject="Re: 3rd grader from the sealant van",
        body=(
            "Hi Carol,\n\nThanks for flagging him. Mateo in Ms. Lindgren's 3rd grade had a draining "
            "abscess on the lower left baby molar when we saw him on the van Tuesday. Mom got him "
            "in to our clinic same day; he is on amoxicillin and the tooth comes out next week. "
            "He may be a little tired, nothing contagious.\n\nRosa Delgado, RDH\nSchool Sealant Program"
        ),
    ),
    Spec(
        phi=False,
        category="School sealant program aggregate results",
        notes="Hard negative: aggregate counts of children screened/sealed per school; no individual.",
        frm="Rosa Delgado RDH <rdelgado@riverbendchc.org>",
        to="principal@marlowelementary.k12.wi.us",
        subject="Sealant day results - Marlow Elementary",
        body=(
            "Dear Mr. Haugen,\n\nThank you for hosting us. Totals for Marlow Elementary:\n\n"
            "Students with consent forms: 143\nScreened: 138\nReceived sealants: 97 (412 teeth)\n"
            "Referred for urgent care: 11\nReferred for routine restorative care: 36\n\n"
            "Families of referred students got a letter in their backpack. We will be back in the fall."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Oral surgery referral with HL7 REF message",
        notes="Hard positive: short cover email; patient name, MRN, address and impacted-teeth diagnosis only in the attached HL7 referral.",
        frm="Referral Coordinator <referrals@riverbendchc.org>",
        to="intake@summitoralsurgery.com",
        subject="Referral RCH-REF-2291",
        body="Please see attached referral. Medicaid, please call patient to schedule.\n\nThanks,\nLeticia",
        atts=(Att("RCH-REF-2291.hl7", "application/hl7-v2", HL7_REFERRAL),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: interface validation message to vendor with a declared synthetic patient TEST^DENTAL, zz-prefixed MRN.",
        frm="Health IT <healthit@riverbendchc.org>",
        to="support@dentrixbridge-interfaces.com",
        subject="REF^I12 outbound - test file for validation (synthetic)",
        body=(
            "Attached is the synthetic test message from our TEST environment. The patient "
            "TEST^DENTAL is a fake record created for interface validation; MRN ZZ-0000001 does not exist "
            "in production. Please confirm the DG1 segment maps to your referral reason field."
        ),
        atts=(
            Att(
                "test_ref_i12.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RCHDENT|RIVERBEND|BRIDGE|VENDOR|202603130900||REF^I12|TST0001|T|2.5.1\r"
                "PID|1||ZZ-0000001^^^RCH^MR||TEST^DENTAL^SYNTHETIC||20000101|U\r"
                "RF1||P^Pending|OMS^Oral surgery||R|TEST-REF-0001|20260313\r"
                "DG1|1||K08.89^Other specified disorders of teeth^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pediatric sealant and fluoride FHIR bundle to Medicaid MCO",
        notes="Hard positive: FHIR bundle with child's name, DOB and MRN plus sealant/fluoride procedures; body is only one line.",
        frm="Dental Quality <dentalquality@riverbendchc.org>",
        to="qualitydata@badgercaremco.com",
        subject="Supplemental data submission - batch 0314",
        body="Supplemental dental data file for the preventive-services measure, batch 0314.",
        atts=(Att("supp_0314.json", "application/fhir+json", FHIR_PATIENT),),
    ),
    Spec(
        phi=False,
        category="UDS dental measures summary to board",
        notes="Hard negative: HRSA UDS aggregate dental counts and percentages by quarter in a multi-sheet workbook.",
        frm="Quality Improvement <qi@riverbendchc.org>",
        to="board-quality@riverbendchc.org",
        subject="Q1 dental UDS measures - draft for committee",
        body="Draft tables for Thursday's quality committee. All numbers are aggregates; small cells under 11 suppressed.",
        atts=(
            Att(
                "UDS_dental_Q1_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sealants 6-9": [
                            ["Site", "Denominator", "Numerator", "Rate"],
                            ["Millrace", 612, 401, 0.655],
                            ["Eastside", 288, 171, 0.594],
                        ],
                        "Visits": [
                            ["Service", "Visits", "Patients"],
                            ["Dental", 3104, 1877],
                            ["Hygiene", 1422, 1190],
                        ],
                        "Notes": [["Item"], ["Cells < 11 suppressed"], ["Draft - not for release"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Daily schedule CSV sent to temp staffing agency",
        notes="Patient names, birthdates and planned procedures (extractions, SRP) in a schedule CSV to an outside staffing agency.",
        frm="Marcus Ly <mly@riverbendchc.org>",
        to="scheduling@smiletempsstaffing.com",
        subject="Wednesday chair schedule for your hygienist",
        body="Here is Wednesday so your temp can prep. She will be in Op 3.\nMarcus",
        atts=(
            Att(
                "op3_wed.csv",
                "text/csv",
                "time,patient,dob,procedure,notes\n"
                "08:00,Ferreira Ana,1979-02-14,D4341 SRP UR/LR,premedicate - joint replacement\n"
                "09:20,Oyelaran Tunde,1966-11-03,D1110 prophy,insulin - eat first\n"
                "10:30,Kessler Brook,1992-05-27,D4910 perio maint,pregnant 2nd tri\n"
                "13:00,Nakamura Jin,2011-08-30,D1120 + D1351,guardian must attend\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dental assistant job posting",
        notes="Hard negative: job posting that lists clinical tasks (extractions, sedation monitoring, HIV clinic chairside); no patient.",
        frm="Riverbend HR <jobs@riverbendchc.org>",
        to="postings@wisconsinhealthjobs.org",
        subject="Posting: Expanded Function Dental Assistant (1.0 FTE)",
        body=(
            "Riverbend Community Health Center seeks an EFDA for our Millrace dental clinic.\n\n"
            "Duties: chairside assisting for extractions and endodontics, placing sealants, coronal polish, "
            "taking radiographs, monitoring patients during nitrous sedation, and assisting in our "
            "Ryan White HIV dental clinic on Fridays. Bilingual Spanish/English preferred.\n\n"
            "Pay $24-29/hr, loan repayment eligible. Apply at riverbendchc.org/careers."
        ),
    ),
    Spec(
        phi=True,
        category="Ryan White HIV dental clinic appointment to patient",
        notes="Hard positive: reminder to personal mailbox for the 'Friday Positive Care dental clinic' implies HIV status of the named patient.",
        frm="Riverbend Dental Front Desk <dentalfrontdesk@riverbendchc.org>",
        to="dquarles77@yahoo.com",
        subject="Friday Positive Care dental clinic - your visit",
        body=(
            "Dear Dennis Quarles,\n\nYou are booked for the Friday Positive Care dental clinic on "
            "March 20 at 1:30 pm for your cleaning and the filling on the upper right. Your Ryan White "
            "eligibility is current through June, so there is no charge.\n\n" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Sterilization spore test failure notice to staff",
        notes="Hard negative: infection-control incident notice about an autoclave, no patient named or listed.",
        frm="Infection Control <infectioncontrol@riverbendchc.org>",
        to="dental-team@riverbendchc.org",
        subject="Spore test POSITIVE - Op area autoclave #2 out of service",
        body=(
            "Autoclave #2 failed the weekly biological indicator this morning. It is tagged out.\n"
            "Do not use any cassettes from loads 2-0311 through 2-0316; they are being reprocessed in #1.\n"
            "Per policy IC-14 we are reviewing which loads were used; I will handle any follow-up with "
            "the dental director. Questions to me, not to patients.\n\nJo Wicklund, RN, Infection Control"
        ),
    ),
    Spec(
        phi=True,
        category="Patient list for instrument reprocessing lookback",
        notes="Hard positive: lookback list of patient names and MRNs exposed to a failed-autoclave load, sent to risk management at the county.",
        frm="Infection Control <infectioncontrol@riverbendchc.org>",
        to="riskmgmt@danecountyhealth.org",
        subject="Lookback list - autoclave 2 loads 0311-0316",
        body=(
            "As requested, patients treated with instruments from the affected loads:\n\n"
            "RB-0044120  Greer, Lorna      03/11  D7140 extraction\n"
            "RB-0031876  Abdi, Hamza       03/12  D2391 filling\n"
            "RB-0050342  Pettibone, Ray    03/13  D4341 SRP\n"
            "RB-0047009  Sandoval, Irene   03/16  D7210 surgical ext\n\n"
            "We will notify them Thursday after counsel reviews the letter.\nJo Wicklund, RN"
        ),
    ),
    Spec(
        phi=False,
        category="Dentist bio for website",
        notes="Hard negative: clinician bio mentioning special-needs dentistry, HIV and diabetes topics; clinician is not a patient.",
        frm="Communications <comms@riverbendchc.org>",
        to="webmaster@riverbendchc.org",
        subject="New provider bio - Dr. Tomasz Wrobel",
        body=(
            "Please add to the Dental page:\n\nTomasz Wrobel, DDS, joined Riverbend in February after a "
            "general practice residency at UW. He has a special interest in care for adults with "
            "disabilities, patients living with HIV and people whose diabetes affects their gums. "
            "He speaks Polish and English. NPI 1268559345."
        ),
    ),
    Spec(
        phi=True,
        category="Medical-dental integration message to PCP about diabetic patient",
        notes="Name and DOB with periodontitis and A1c to outside primary care doctor.",
        frm="Anika Osei DDS <aosei@riverbendchc.org>",
        to="dr.hendrickson@lakeviewfamilymed.com",
        subject="Shared patient - perio and glucose control",
        body=(
            "Dr. Hendrickson,\n\nWe share Hollis Brandvold (DOB 9/23/1956). He has stage III generalized "
            "periodontitis and we started scaling and root planing this week. Your last A1c in the "
            "shared record was 8.4. Could your team reinforce the chlorhexidine rinse and let me know "
            "if you change his apixaban before his extractions? CCD attached.\n\nAnika Osei, DDS, Dental Director"
        ),
        atts=(Att("Brandvold_CCD.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="Sliding fee scale update for front desk",
        notes="Policy: 2026 federal poverty guideline sliding fee table for dental; no individual.",
        frm="Patient Financial Services <pfs@riverbendchc.org>",
        to="frontdesk-all@riverbendchc.org",
        subject="2026 dental sliding fee scale - effective April 1",
        body="New table attached. Nominal fee for Slide A stays $25 per dental visit. Dentures have a separate lab fee schedule.",
        atts=(
            Att(
                "sliding_fee_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND COMMUNITY HEALTH CENTER",
                        "Dental Sliding Fee Discount Schedule 2026",
                        "Household size 1: Slide A <= $15,650  Slide B <= $19,563  Slide C <= $23,475",
                        "Household size 4: Slide A <= $32,150  Slide B <= $40,188  Slide C <= $48,225",
                        "Slide A nominal fee $25 per visit; Slide B 40% of fee; Slide C 60% of fee",
                        "Lab fees for dentures and crowns are charged at cost.",
                    ],
                    "Dental sliding fee 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Denture lab prescription with patient name",
        notes="Lab slip to an outside denture lab naming patient with full upper denture case and medical note.",
        frm="Dental Lab Desk <dentallab@riverbendchc.org>",
        to="cases@northwoodsdentallab.com",
        subject="Case pickup Tue - Greer",
        body="Case for pickup Tuesday. Rx attached. Please call with questions about shade.",
        atts=(
            Att(
                "Rx_Greer_FUD.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Community Health Center - Dental Laboratory Prescription",
                        "Patient: Lorna Greer   Age: 71   Chart RB-0044120",
                        "Full upper denture, immediate, after extraction of #6-#11 on 3/11",
                        "Shade A3, medium ovoid. Patient has xerostomia from radiation - soft liner at delivery.",
                        "Dentist: Tomasz Wrobel DDS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dental supply order confirmation reply",
        notes="Vendor order with SSN-shaped order number and product list; no patient.",
        frm="Marcus Ly <mly@riverbendchc.org>",
        to="orders@lakeshoredentalsupply.com",
        subject="Re: Order 418-27-5530 backorder",
        body=(
            "Hi Danielle,\n\nOK to substitute the 2% lidocaine with epi 1:100k carpules from the other "
            "manufacturer. Please still ship the nitrile gloves (M and L) and the 3M varnish. "
            "Order number 418-27-5530, ship to Millrace dock.\n\nMarcus Ly, Dental Operations"
        ),
    ),
    Spec(
        phi=True,
        category="Emergency dental visit summary to ER physician",
        notes="Reply to hospital ER doctor about named patient's facial cellulitis and dental treatment.",
        frm="Tomasz Wrobel DDS <twrobel@riverbendchc.org>",
        to="ed.physicians@stmarysmadison.org",
        subject="Re: your ED pt sent to us for tooth pain",
        body=(
            "Thanks for the call last night. We saw Hamza Abdi at 8 this morning: #30 non-restorable with "
            "buccal swelling, no airway signs. Extracted under local, drained, continued his clindamycin. "
            "Told him to return to you if swelling spreads under the jaw.\n\nTomasz Wrobel, DDS"
        ),
    ),
    Spec(
        phi=False,
        category="Oral health month newsletter",
        notes="HTML-only community newsletter about oral cancer screening and diabetes and gums; no individual.",
        frm="Riverbend Community Health <news@riverbendchc.org>",
        to="community-list@riverbendchc.org",
        subject="April is Oral Cancer Awareness Month",
        body="",
        html=(
            "<html><body><h2>Free oral cancer screenings in April</h2>"
            "<p>Tobacco and alcohol use and HPV raise the risk of mouth and throat cancer. "
            "Our dentists will check your mouth for free at both clinics every Saturday in April.</p>"
            "<p>People with diabetes have more gum disease. Ask for our gum health class.</p>"
            "<p>Riverbend Community Health Center - 412 Millrace Ave</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Post-extraction instructions HTML to patient",
        notes="HTML-only personal instructions to patient's outlook address naming her and her surgical extraction and prescription.",
        frm="Riverbend Dental <dentalfrontdesk@riverbendchc.org>",
        to="irene.sandoval.m@outlook.com",
        subject="Your care instructions",
        body="",
        html=(
            "<html><body><p>Irene,</p><p>Today Dr. Wrobel surgically removed your lower right wisdom tooth "
            "(#32). Bite on gauze 45 minutes. Take ibuprofen 600 mg every 6 hours and the hydrocodone "
            "only if needed; do not drive on it.</p><p>Call (608) 555-0140 if bleeding does not stop.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer dentist onboarding checklist",
        notes="Onboarding checklist for volunteer dentists (license, DEA, TB test of the volunteer); no patient.",
        frm="Volunteer Coordinator <volunteers@riverbendchc.org>",
        to="dr.kaplan.dds@gmail.com",
        subject="Welcome - volunteer dentist paperwork",
        body=(
            "Dr. Kaplan,\n\nThanks for volunteering Saturdays. Before your first shift we need: copy of WI "
            "license, malpractice (FTCA deeming paperwork attached later), Hep B titer or declination, "
            "and a TB screening form. Parking is behind the building." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded mother's question with child's dental treatment",
        notes="Hard positive: forward of mom's question to colleague; outer body terse, inner message names child and his pulpotomy under nitrous.",
        frm="Rosa Delgado RDH <rdelgado@riverbendchc.org>",
        to="twrobel@riverbendchc.org",
        subject="Fwd: question about Eli",
        body="Can you answer this one? I don't want to guess on the nitrous.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Kayla Munroe <kaylamunroe22@gmail.com>",
            to="dentalfrontdesk@riverbendchc.org",
            subject="question about Eli",
            body=(
                "Hi, my son Eli Munroe (he's 6) is scheduled for the baby tooth nerve treatment "
                "(pulpotomy?) on the 24th with the laughing gas. He has asthma and uses an inhaler. "
                "Is the gas safe for him? Thanks, Kayla"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor webinar invitation",
        notes="Forward of a teledentistry vendor webinar invite; no patient.",
        frm="Anika Osei DDS <aosei@riverbendchc.org>",
        to="dental-leads@riverbendchc.org",
        subject="Fwd: Webinar - teledentistry for FQHCs",
        body="Worth 45 minutes? Could help the school program.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="TeleSmile Events <events@telesmilehealth.com>",
            to="aosei@riverbendchc.org",
            subject="Webinar - teledentistry for FQHCs",
            body="Join us April 2 at noon CT: billing D9995/D9996 for asynchronous teledentistry, workflows for school programs, and state Medicaid rules.",
        ),
    ),
    Spec(
        phi=True,
        category="Photo of oral lesion to oral surgeon",
        notes="Hard positive: intraoral photo file named after patient with suspected leukoplakia, sent for consult; body uses initials only.",
        frm="Anika Osei DDS <aosei@riverbendchc.org>",
        to="drpatel@summitoralsurgery.com",
        subject="Quick look? white lesion L lateral tongue",
        body=(
            "Raj - 58M, heavy smoker, 1.5 cm white non-wipeable patch left lateral tongue, 3 weeks. "
            "Photo attached. Would you see him for biopsy this week? Full referral to follow.\nAnika"
        ),
        atts=(Att("PETTIBONE_RAYMOND_tongue_0316.png", "image/png", png(6, 6, (230, 200, 200))),),
    ),
    Spec(
        phi=False,
        category="Clinic holiday closure notice with calendar",
        notes="Calendar invite for a clinic closure; no patient.",
        frm="Riverbend Operations <operations@riverbendchc.org>",
        to="all-staff@riverbendchc.org",
        subject="Dental closed Friday April 3 (staff training)",
        body="Dental will be closed for the all-day OSHA/CPR training. Calendar hold attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Ops//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h107-closure-0403@riverbendchc.org\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART;VALUE=DATE:20260403\r\nSUMMARY:Dental closed - OSHA/CPR training\r\n"
            "LOCATION:Millrace conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Calendar invite for patient's IV sedation visit",
        notes="Calendar invite to patient's icloud with her name and IV sedation full-mouth extractions in the event summary.",
        frm="Riverbend Dental <dentalfrontdesk@riverbendchc.org>",
        to="tamsin.okafor@icloud.com",
        subject="Appointment confirmation",
        body="Tamsin, your appointment is attached. Nothing to eat or drink after midnight. A driver must bring you.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Dental//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h107-appt-55102@riverbendchc.org\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260325T130000Z\r\nDTEND:20260325T160000Z\r\n"
            "SUMMARY:Tamsin Okafor - IV sedation - full mouth extractions\r\n"
            "LOCATION:Riverbend Dental, 412 Millrace Ave\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz for dental staff",
        notes="Hard negative: training quiz of generic made-up scenarios and a placeholder 'J. Doe, MRN 0000000'; no real patient.",
        frm="Compliance <compliance@riverbendchc.org>",
        to="dental-team@riverbendchc.org",
        subject="Annual HIPAA refresher - 5 question quiz",
        body=(
            "Answer by Friday (all scenarios are made up):\n\n"
            "1. A mom calls asking if her 19-year-old son kept his appointment. Can you say yes?\n"
            "2. You want to text a patient a photo of their x-ray. Is personal phone OK?\n"
            "3. A school nurse emails asking which kids got sealants. What can you share?\n"
            "4. Is 'Patient J. Doe, MRN 0000000' in a training slide PHI?\n"
            "5. Where do you report a misdirected email?\n\nCompliance Office"
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid prior authorization for partial denture",
        notes="Prior-auth request to Medicaid dental plan with patient's member ID, name and missing teeth.",
        frm="Dental Billing <dentalbilling@riverbendchc.org>",
        to="priorauth@forwardhealthdental.com",
        subject="PA request - RPD",
        body=(
            "Member: Oyelaran, Tunde\nMember ID: 4410928375\nDOB: 11/03/1966\n"
            "Requested: D5211 maxillary partial denture, resin base\nMissing: #3, #4, #12, #13, #14\n"
            "Perio stable after SRP 01/2026. Radiographs and perio chart attached to the portal record.\n\n"
            "Riverbend Dental Billing, NPI 1638229694"
        ),
    ),
    Spec(
        phi=False,
        category="Grant report narrative to HRSA",
        notes="Hard negative: grant narrative with aggregate numbers and a composite (explicitly fictional) patient story.",
        frm="Grants Office <grants@riverbendchc.org>",
        to="projectofficer@hrsa-grants.gov",
        subject="Oral health expansion - progress narrative",
        body=(
            "Attached narrative summary: in year 2 we added 2 chairs at Eastside and served 1,034 new "
            "dental patients, 41% uninsured. The illustrative story in section 3 ('Maria') is a composite "
            "drawn from several patients and does not describe a real person."
        ),
        atts=(
            Att(
                "OHE_progress_y2.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Community Health Center - Oral Health Expansion, Year 2 Progress",
                        "1. New dental patients: 1,034 (target 900)",
                        "2. Emergency visits diverted from ED: estimated 212",
                        "3. Composite story: 'Maria', a cook in her 40s, had not seen a dentist in ten years... (composite, not a real patient)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse text to dental lab about named patient's crown remake",
        notes="Hard positive: one-line note naming patient and crown remake due to fractured porcelain.",
        frm="Tomasz Wrobel DDS <twrobel@riverbendchc.org>",
        to="cases@northwoodsdentallab.com",
        subject="remake - J. Lindqvist #19",
        body="Jonah Lindqvist #19 PFM fractured at try-in, remake same shade, rush pls.",
    ),
    Spec(
        phi=False,
        category="Dental chair repair service request",
        notes="Equipment service ticket with device serial number of a chair, not a patient device.",
        frm="Marcus Ly <mly@riverbendchc.org>",
        to="service@midwestdentaltech.com",
        subject="Service request - A-dec 500 chair Op 4",
        body="Chair in Op 4 (serial AD5-22-018834) will not recline past 30 degrees and the foot control sticks. Can a tech come Thursday before 8 am?\n\nMarcus Ly",
    ),
    Spec(
        phi=True,
        category="Patient records release zip to new dentist",
        notes="Zip of records (chart notes text, x-ray list CSV) for a named patient to another dental office.",
        frm="Health Information <hi@riverbendchc.org>",
        to="records@brightsidefamilydental.com",
        subject="Records request - signed release on file",
        body="Per the attached authorization, records for your new patient are in the zip.",
        atts=(
            Att(
                "records_RB-0031876.zip",
                "application/zip",
                zipped(
                    {
                        "chart_notes.txt": "Hamza Abdi DOB 1990-06-12 RB-0031876\n2026-03-12 D2391 #14 MO composite\n2026-03-17 D7140 #30 extraction, cellulitis, clindamycin 300 mg QID\n",
                        "radiographs.csv": "date,type,teeth\n2026-03-12,BWX,4 films\n2026-03-17,PA,#30\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate no-show report by weekday",
        notes="Hard negative: operations CSV of no-show rates per weekday and site; no patients.",
        frm="Dental Operations <dentalops@riverbendchc.org>",
        to="aosei@riverbendchc.org",
        subject="No-show rates Jan-Feb",
        body="Mondays are still the worst. Thinking of double-booking hygiene Monday 8 am.",
        atts=(
            Att(
                "noshow_janfeb.csv",
                "text/csv",
                "site,weekday,scheduled,no_show,rate\nMillrace,Mon,412,93,22.6\nMillrace,Tue,398,61,15.3\nEastside,Mon,201,47,23.4\nEastside,Tue,188,29,15.4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Interpreter request naming patient and procedure",
        notes="Hard positive: interpreter agency request with patient name, language and biopsy appointment.",
        frm="Riverbend Front Desk <dentalfrontdesk@riverbendchc.org>",
        to="requests@capitolinterpreting.com",
        subject="Somali interpreter Mar 23 9:00",
        body="Need an in-person Somali interpreter 3/23 9:00-10:30 for Fadumo Warsame, gum biopsy consent and procedure. Dental clinic, 2nd floor.\nThanks",
    ),
    Spec(
        phi=False,
        category="Plain-text radiation safety survey results",
        notes="Radiation physicist survey of x-ray units in txt attachment; equipment only.",
        frm="Dental Operations <dentalops@riverbendchc.org>",
        to="radiationprogram@dhs.wisconsin.gov",
        subject="Annual X-ray registration - survey results",
        body="Attached survey results for our 6 intraoral units and 1 panoramic unit. Registration # WI-XR-44817.",
        atts=(
            Att(
                "xray_survey_2026.txt",
                "text/plain",
                "Unit  Make         kVp  mA  Exposure(mR)  Pass\nOp1   Planmeca     70   8   148           Y\nOp2   Planmeca     70   8   151           Y\nPan   Carestream   73   10  n/a           Y\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu clinic reminder",
        notes="Hard negative: staff vaccination notice with workforce names of vaccinators; no patients.",
        frm="Employee Health <employeehealth@riverbendchc.org>",
        to="all-staff@riverbendchc.org",
        subject="Last staff flu/COVID clinic - Thursday",
        body="Last chance for staff vaccines Thursday 7-9 am in the break room. Nurse Joanne Pike will be there. If you got yours elsewhere upload the card to the portal. Declinations due 3/31.",
    ),
]
