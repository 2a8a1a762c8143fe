# ruff: noqa: E501
"""Maplewood Pediatrics: outbound mail that carries PHI (18 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx, zipped
from _spec import MPD, TCH, Att, Spec

SIG_FRONT = (
    "\n\nRosa Delgado\nFront Desk Lead | Maplewood Pediatrics\n"
    "2210 Maplewood Ave, Suite 100, Linden Park\nMain (319) 555-0142 | Fax (319) 555-0149\n"
)
SIG_NURSE = "\n\nAisha Bello, RN\nNurse Triage | Maplewood Pediatrics\n(319) 555-0145\n"
DISCLAIMER = (
    "\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments may contain information that is "
    "privileged and confidential. If you are not the intended recipient, please notify the sender "
    "and delete this message.\n"
)

VXU = (
    "MSH|^~\\&|MPD_EHR|MAPLEWOOD PEDS|TCIIS|TAMARACK CO HD|20261110143512||VXU^V04^VXU_V04|"
    "MPD2611101435|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r"
    "PID|1||MPD-0417736^^^MPD^MR||Haddock^Wren^Elise^^^^L|Haddock^Tamsin^^^^^M|20220628|F|||"
    "418 Birchwood Ct^^Linden Park^IA^52411^^H||^PRN^PH^^^319^5550871|||||||||||N\r"
    "PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|20261110|||A|20220628|20261110\r"
    "NK1|1|Haddock^Tamsin^^^^^L|MTH^Mother^HL70063|418 Birchwood Ct^^Linden Park^IA^52411\r"
    "ORC|RE||MPD88140^MPD||CM\r"
    "RXA|0|1|20261110|20261110|130^DTaP-IPV^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001|"
    "^Lindqvist^Hannah^^^^^^^^^^NPI|^^^MPD||||U7319AA|20270831|SKB^GlaxoSmithKline^MVX|||CP|A\r"
    "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163\r"
    "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - "
    "Medicaid/Medicaid Managed Care^HL70064||||||F|||20261110|||VXC40^per imm^CDCPHINVS\r"
    "ORC|RE||MPD88141^MPD||CM\r"
    "RXA|0|1|20261110|20261110|94^MMRV^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001|"
    "^Lindqvist^Hannah^^^^^^^^^^NPI|^^^MPD||||Y004821|20270412|MSD^Merck^MVX|||CP|A\r"
    "RXR|C38299^Subcutaneous^NCIT|RA^Right Arm^HL70163\r"
)

FHIR_IMM = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "mpd-0388215",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "MPD-0388215"}],
      "name": [{"family": "Okwuosa", "given": ["Chidera", "Grace"]}],
      "gender": "female", "birthDate": "2014-03-02",
      "address": [{"line": ["77 Tamarack Ridge Rd"], "city": "Linden Park", "state": "IA",
                   "postalCode": "52413"}]}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115",
                                  "display": "Tdap"}]},
      "patient": {"reference": "Patient/mpd-0388215"}, "occurrenceDateTime": "2025-03-11"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "147",
                                  "display": "MenACWY-D"}]},
      "patient": {"reference": "Patient/mpd-0388215"}, "occurrenceDateTime": "2025-03-11"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "165",
                                  "display": "HPV9"}]},
      "patient": {"reference": "Patient/mpd-0388215"}, "occurrenceDateTime": "2026-09-22"}}
  ]
}
"""

PARENT_MSG = Spec(
    phi=True,
    category="parent_message_quoted",
    notes="inner forwarded parent message",
    frm="Lauren Pekkala <lauren.pekkala82@gmail.com>",
    to=f"frontdesk@{MPD}",
    subject="Owen ears AGAIN",
    body=(
        "Hi, it's Lauren Pekkala, Owen's mom (he's 3, DOB 5/14/2023). He's on his 5th ear infection "
        "since June - the urgent care put him on augmentin again Sunday and he's still pulling at "
        "the left one and had 102.4 last night. Dr. Raman said last time if it happened again we'd "
        "talk about tubes. Can we just get the ENT referral going? Our insurance is Wellmark, "
        "member ID W8K3301947.\n\nThanks,\nLauren\n(319) 555-0628"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="peds_wellvisit_vaccines_due_parent",
        notes="Well-child reminder to a parent's gmail naming the child, DOB and vaccines due.",
        frm=f"Rosa Delgado <rdelgado@{MPD}>",
        to="Brianna Sutter <bri.sutter.home@gmail.com>",
        subject="Reminder: Elijah's 4-year well visit",
        body=(
            "Hi Brianna,\n\nThis is a reminder that Elijah Sutter (DOB 11/18/2022) is due for his "
            "4-year well-child check. We have him on the schedule for Thursday 11/19 at 3:40 PM with "
            "Dr. Oyelaran.\n\nAt this visit he is due for his kindergarten shots (DTaP-IPV and MMRV) "
            "plus his flu vaccine, and we'll do the hearing and vision screen. Please bring the "
            "preschool physical form if the school sent one home.\n\nIf you need to reschedule just "
            "reply here or call the front desk." + SIG_FRONT
        ),
    ),
    Spec(
        phi=True,
        category="peds_strep_result_to_father",
        notes=(
            "Hard positive: first name plus positive strep result and antibiotic to the father's "
            "yahoo address, no surname anywhere."
        ),
        frm=f"Aisha Bello RN <abello@{MPD}>",
        to="Dev Mahajan <devmahajan77@yahoo.com>",
        subject="throat culture",
        body=(
            "Hi Dev - Zoe's throat culture came back positive for strep after all (the rapid was "
            "negative Monday). Dr. Raman sent amoxicillin to the Walgreens on Elm, 10 days, twice a "
            "day. She can go back to school after 12 hours on the antibiotic if no fever.\n\n"
            "Call us if she's not drinking.\nAisha"
        ),
    ),
    Spec(
        phi=True,
        category="peds_asthma_action_plan_school",
        notes="Asthma action plan for a named student (DOB, albuterol dosing) to the school nurse, in a DOCX.",
        frm=f"Hannah Lindqvist APRN <hlindqvist@{MPD}>",
        to="Cheryl Moen RN <cmoen@lindenparkschools.org>",
        subject="Updated asthma action plan - Linden Park Elementary",
        body=(
            "Cheryl,\n\nAttached is the updated action plan we went over with the family yesterday. "
            "Main change is he now has a controller and the yellow-zone albuterol is 4 puffs. Mom "
            "signed the release for the school.\n\nHannah Lindqvist, APRN, CPNP\nMaplewood Pediatrics"
        ),
        atts=(
            Att(
                "Asthma_Action_Plan_Vasquez_Adrian.docx",
                DOCX,
                docx(
                    [
                        "MAPLEWOOD PEDIATRICS - ASTHMA ACTION PLAN (SCHOOL COPY)",
                        "Student: Adrian Vasquez    DOB: 02/09/2017    Grade: 4 (Ms. Lutz)",
                        "Diagnosis: Moderate persistent asthma (J45.40)",
                        "GREEN ZONE: Flovent HFA 44 mcg 2 puffs twice daily at home.",
                        "Before PE / recess: albuterol HFA 2 puffs with spacer 15 min prior.",
                        "YELLOW ZONE (cough, wheeze, chest tight): albuterol 4 puffs every 4 hours, call parent.",
                        "RED ZONE: albuterol 6 puffs, call 911, then parent Marisol Vasquez (319) 555-0913.",
                        "Student may self-carry inhaler: YES",
                        "Provider: Hannah Lindqvist, APRN, CPNP   Date: 11/09/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peds_mchat_referral_early_intervention",
        notes="Early Intervention referral with child name, DOB, M-CHAT-R score and speech delay in a DOCX.",
        frm=f"Mei-Ling Cho <mcho@{MPD}>",
        to="Intake <intake@ea-earlyaccess.org>",
        subject="New Early ACCESS referral from Maplewood Pediatrics",
        body=(
            "Good afternoon,\n\nPlease see attached referral for evaluation. Family is aware and "
            "prefers a home visit, afternoons. Parent's best number is in the form.\n\nThank you,\n"
            "Mei-Ling Cho\nCare Coordinator, Maplewood Pediatrics\n(319) 555-0151"
        ),
        atts=(
            Att(
                "EA_referral_Mbeki.docx",
                DOCX,
                docx(
                    [
                        "Early ACCESS Referral - Maplewood Pediatrics",
                        "Child: Thabo Mbeki-Larsen   DOB: 01/22/2025   Age: 22 months",
                        "Parent/guardian: Nomvula Mbeki, 5120 Prairie Lane Apt 3B, Linden Park IA 52411, (319) 555-0734",
                        "Reason for referral: failed M-CHAT-R/F at 18 mo (score 9, high risk); expressive speech",
                        "delay (4 words), limited pointing and joint attention. Hearing screen passed 10/2026.",
                        "Insurance: Iowa Medicaid (Amerigroup)",
                        "Referring provider: Priya Raman, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peds_billing_ar_workbook_vendor",
        notes="Multi-sheet A/R workbook to the billing company: patient names, account numbers, guarantor SSN, CPT lines.",
        frm=f"Kevin Tran <ktran@{MPD}>",
        to="Angela Brooks <abrooks@medrevpartners.com>",
        subject="Oct 90+ day AR for follow up",
        body=(
            "Angela,\n\nHere is the aged AR pull for October. Sheet 2 are the Wellmark denials for "
            "the missing modifier 25 - can your team rebill those this week? Sheet 3 is self-pay "
            "we want to send to statements before collections.\n\nKevin Tran\nBilling Manager"
        ),
        atts=(
            Att(
                "MPD_AR_90plus_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Bucket", "Accounts", "Balance"],
                            ["Wellmark denials", 3, 612.40],
                            ["Self-pay", 2, 388.00],
                        ],
                        "Wellmark_denials": [
                            ["Acct", "Patient", "DOB", "DOS", "CPT", "Dx", "Billed", "Denial"],
                            ["A204418", "Kowalczyk, Nina", "2019-07-30", "2026-08-14", "99393-25", "J02.0", 248.00, "CO-4"],
                            ["A204562", "Rahimi, Dariush", "2016-12-03", "2026-08-21", "99213-25", "F90.2", 182.40, "CO-4"],
                            ["A205019", "Whitfield, June", "2021-04-17", "2026-09-02", "99392-25", "H66.93", 182.00, "CO-4"],
                        ],
                        "Self_pay": [
                            ["Acct", "Patient", "Guarantor", "Guarantor SSN", "Balance", "Last stmt"],
                            ["A199870", "Bautista, Leo", "Bautista, Ramon", "517-62-8843", 240.00, "2026-09-30"],
                            ["A201133", "Greer, Skylar", "Greer, Tasha", "484-19-3026", 148.00, "2026-09-30"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peds_subject_only_adhd_forms",
        notes=(
            "Hard positive: the PHI sits only in the subject (child's full name, ADHD follow-up); "
            "the body is a two-line acknowledgement."
        ),
        frm=f"Dr. Marcus Oyelaran <moyelaran@{MPD}>",
        to="Intake Team <intake@brightmindsbh.org>",
        subject="RE: Mateo Alvarez - ADHD med f/u + Vanderbilt teacher forms",
        body="Got them, thanks. Will review before his visit and send you my note.\n\nM.",
    ),
    Spec(
        phi=True,
        category="peds_vxu_to_county_registry",
        notes=(
            "Hard positive: the body names no one; the child's name, DOB, address and vaccines "
            "are only in the HL7 VXU attachment."
        ),
        frm=f"Interface Alerts <hl7-alerts@{MPD}>",
        to=f"IIS Onboarding <iis.onboarding@{TCH}>",
        subject="Manual resend - VXU batch 2611101435 (1 msg rejected on transport)",
        body=(
            "Tom,\n\nOur engine rejected this one on the SFTP push yesterday (ack timeout) so "
            "attaching the raw message per your instructions. Let me know once it's loaded.\n\n"
            "Jorge Ruiz\nIT / Interfaces, Maplewood Pediatrics"
        ),
        atts=(Att("VXU_2611101435.hl7", "application/hl7-v2", VXU),),
    ),
    Spec(
        phi=True,
        category="peds_flu_noshow_initials_csv",
        notes="Hard positive: CSV of flu-clinic no-shows with only initials, DOB and vaccine due.",
        frm=f"Mei-Ling Cho <mcho@{MPD}>",
        to="Pat Ochoa <pochoa@lindenparkfqhc.org>",
        subject="Saturday flu clinic no-shows - can your outreach pick these up?",
        body=(
            "Pat,\n\nThese are the kids from your shared-patient list who didn't show Saturday. "
            "Initials only per our agreement, you can match on your side. All VFC.\n\nMei-Ling"
        ),
        atts=(
            Att(
                "flu_noshows_1107.csv",
                "text/csv",
                "initials,dob,vaccine_due,dose\n"
                "K.A.,2024-02-11,influenza (IIV4),dose 2 of 2\n"
                "J.T.M.,2020-08-30,influenza (IIV4),dose 1\n"
                "S.R.,2025-05-19,influenza (IIV4),dose 1 of 2 + nirsevimab review\n"
                "D.O.,2018-01-06,influenza (LAIV),dose 1\n"
                "A.B.W.,2022-10-27,influenza (IIV4),dose 1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peds_cardiology_referral_html_table",
        notes="HTML-only cardiology referral with a table of patient name, DOB, murmur and echo request.",
        frm=f"Dr. Priya Raman <praman@{MPD}>",
        to="Pediatric Cardiology Referrals <pedscardio@riverbendhealth.org>",
        subject="Referral - new murmur, echo requested",
        body="",
        html=(
            "<html><body><p>Hello,</p><p>Referring the patient below for evaluation. "
            "Thank you!</p><table border='1' cellpadding='4'>"
            "<tr><th>Patient</th><td>Yusuf Abdirahman</td></tr>"
            "<tr><th>DOB</th><td>06/03/2015</td></tr>"
            "<tr><th>MRN</th><td>MPD-0351904</td></tr>"
            "<tr><th>Reason</th><td>New grade III/VI holosystolic murmur LLSB, louder supine; "
            "intermittent palpitations with soccer. ECG in clinic: sinus, borderline LVH.</td></tr>"
            "<tr><th>Request</th><td>Echo + cardiology consult, sports clearance question</td></tr>"
            "<tr><th>Parent</th><td>Hodan Ali (319) 555-0276, Somali interpreter needed</td></tr>"
            "</table><p>Priya Raman, MD<br>Maplewood Pediatrics</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="peds_rash_photo_filename",
        notes=(
            "Hard positive: the child's name is only in the PNG photo's file name; the body gives "
            "the clinical question without naming anyone."
        ),
        frm=f"Aisha Bello RN <abello@{MPD}>",
        to="Dr. Ines Carvalho <icarvalho@riverbendhealth.org>",
        subject="photos as discussed",
        body=(
            "Dr. Carvalho,\n\nHere are the photos mom sent through the portal this morning (day 3). "
            "This is the 2 y/o with the eczema flare Dr. Raman called you about - she's worried about "
            "eczema herpeticum given the punched-out spots on the neck. Can you take a look before "
            "Thursday?\n\nThanks,\nAisha Bello, RN"
        ),
        atts=(
            Att("Aria_Nguyen_rash_neck_day3.png", "image/png", png(6, 6, (214, 160, 150))),
            Att("Aria_Nguyen_rash_arm_day3.png", "image/png", png(6, 6, (204, 150, 140))),
        ),
    ),
    Spec(
        phi=True,
        category="peds_forwarded_parent_ent_referral",
        notes="Forwards a parent's message (rfc822) about recurrent otitis with DOB and member ID to ENT.",
        frm=f"Dr. Priya Raman <praman@{MPD}>",
        to="ENT Scheduling <entscheduling@riverbendhealth.org>",
        subject="Fwd: Owen ears AGAIN",
        body=(
            "Please see mom's note below - 5 AOM episodes in 5 months, meets criteria for tube "
            "eval. Referral order is in Epic Care Link as well. Thank you.\n\nPriya Raman, MD"
        ),
        forward=PARENT_MSG,
    ),
    Spec(
        phi=True,
        category="peds_synagis_appointment_ics",
        notes="Calendar invite to a parent's outlook.com for a named infant's RSV prophylaxis injection.",
        frm=f"Rosa Delgado <rdelgado@{MPD}>",
        to="Femi Adebayo <femi.adebayo@outlook.com>",
        subject="Invitation: Synagis injection - Tobi Adebayo",
        body=(
            "Hi Femi,\n\nTobi's monthly Synagis shot is on the calendar below. Nurse visit only, "
            "about 15 minutes. Please bring his NICU discharge summary if you have it - we still "
            "need his weight from the cardiology visit." + SIG_FRONT
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maplewood Pediatrics//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mpd-appt-772104@maplewoodpeds.com\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261116T153000Z\r\nDTEND:20261116T154500Z\r\n"
            "SUMMARY:Synagis (palivizumab) injection - Tobi Adebayo\r\n"
            "DESCRIPTION:Tobi Adebayo DOB 07/30/2026 - RSV prophylaxis dose 3 of 5 (ex-29 wk "
            "preemie\\, CLD). Nurse visit.\r\n"
            "LOCATION:Maplewood Pediatrics\\, 2210 Maplewood Ave Suite 100\r\n"
            "ORGANIZER:mailto:rdelgado@maplewoodpeds.com\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:femi.adebayo@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="peds_growth_hormone_prior_auth",
        notes="Prior authorization for growth hormone with member ID, diagnosis and IGF-1 values.",
        frm=f"Kevin Tran <ktran@{MPD}>",
        to="Pharmacy Prior Auth <rxpa@bluemeadowhp.com>",
        subject="PA request - somatropin - additional clinicals",
        body=(
            "Per your fax request dated 11/05, additional clinical information for the pending "
            "request:\n\nPatient: Cole Harrington\nDOB: 09/12/2015\nMember ID: BMH448201937-02\n"
            "Drug: Norditropin FlexPro 10 mg/1.5 mL, 0.28 mg/kg/week\nDiagnosis: E23.0 growth "
            "hormone deficiency\n- Height 121.4 cm (-2.6 SD), growth velocity 3.9 cm/yr\n- IGF-1 "
            "61 ng/mL (low for age), IGFBP-3 low\n- Two stimulation tests (arginine, clonidine) peak "
            "GH 6.2 and 7.1 ng/mL\n- Bone age delayed 2 yr; MRI pituitary normal\n\nPrescriber: "
            "Dr. Lena Fischbach, Pediatric Endocrinology, NPI 1631885492 (we coordinate PA for the "
            "family as PCP).\n\nKevin Tran\nBilling Manager, Maplewood Pediatrics\n(319) 555-0160"
        ),
    ),
    Spec(
        phi=True,
        category="peds_social_work_cps_followup",
        notes=(
            "Hard positive: social worker to the child-protection caseworker; first name, last "
            "initial, birth month and the injury concern."
        ),
        frm=f"Denise Hollowell LISW <dhollowell@{MPD}>",
        to="Caseworker Ryan Pruitt <rpruitt@hhs-iowa-region3.org>",
        subject="follow up from Tuesday",
        body=(
            "Ryan,\n\nFollowing up on my call Tuesday about Jaylen W. (7 mo, born April 2026). The "
            "skeletal survey at Riverbend confirmed the spiral fracture of the right femur and also "
            "showed a healing posterior rib fracture. Mom's explanation (fell off the couch) has not "
            "changed. He's still inpatient on peds; discharge planning meeting is Friday at 10.\n\n"
            "Please call my cell if you need anything from our chart before then.\n\nDenise "
            "Hollowell, LISW\nSocial Work, Maplewood Pediatrics\n(319) 555-0188" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="peds_newborn_bilirubin_mom",
        notes="Hard positive: baby's first name and bilirubin level with a recheck time, to mom's icloud.",
        frm=f"Aisha Bello RN <abello@{MPD}>",
        to="Kayla Rusk <kaylarusk@icloud.com>",
        subject="Nora's bili",
        body=(
            "Hi Kayla,\n\nNora's bilirubin today was 14.2, which is a little higher than Dr. "
            "Raman wanted at 4 days old but still below the light level. Keep feeding every 2-3 "
            "hours and we need a recheck tomorrow at 9:00 at the lab on the first floor. If she "
            "gets sleepy and won't wake for feeds call us right away.\n\nAisha"
        ),
    ),
    Spec(
        phi=True,
        category="peds_records_transfer_zip",
        notes=(
            "Hard positive: the body only cites a request number; the named child's visit notes "
            "and immunisations are inside a ZIP (TXT + CSV)."
        ),
        frm=f"Medical Records <records@{MPD}>",
        to="Records Dept <records@prairiechildrensclinic.com>",
        subject="Records request #R-26-1184 fulfilled",
        body=(
            "Hello,\n\nAttached are the requested records per the signed authorization on file "
            "(request R-26-1184). The zip holds the last two years of visit notes and the "
            "immunization history. Growth charts will follow by fax.\n\nMaplewood Pediatrics "
            "Medical Records\n(319) 555-0147"
        ),
        atts=(
            Att(
                "R-26-1184.zip",
                "application/zip",
                zipped(
                    {
                        "visit_notes_2025-2026.txt": (
                            "Patient: Soren Lindahl   DOB 04/25/2018   MRN MPD-0298730\n\n"
                            "2025-10-02 WCC 7y: growth 60th %ile, vision 20/25 OU. Enuresis "
                            "nocturnal, discussed alarm.\n"
                            "2026-02-14 Sick visit: croup, dexamethasone 0.6 mg/kg x1.\n"
                            "2026-06-30 Sick visit: nocturnal enuresis persists, started "
                            "desmopressin 0.2 mg qhs.\n"
                        ),
                        "immunizations.csv": (
                            "patient,dob,vaccine,date\n"
                            "Soren Lindahl,2018-04-25,DTaP-IPV,2022-05-03\n"
                            "Soren Lindahl,2018-04-25,MMRV,2022-05-03\n"
                            "Soren Lindahl,2018-04-25,Influenza,2025-10-02\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peds_fhir_imm_school_portal",
        notes=(
            "Hard positive: a vendor support ticket whose PHI (named adolescent, DOB, address, "
            "vaccines) is only in the FHIR bundle."
        ),
        frm=f"Interface Alerts <hl7-alerts@{MPD}>",
        to="Support <support@schoolhealthlink.com>",
        subject="Ticket 55120 - record failed to post, payload attached",
        body=(
            "Hi SchoolHealthLink support,\n\nThe 7th-grade requirement sync failed for one student "
            "with a 422 from your endpoint. Attaching the exact bundle we sent so you can see which "
            "element you reject. We have a BAA on file (signed 2025).\n\nJorge Ruiz\nMaplewood "
            "Pediatrics IT"
        ),
        atts=(Att("bundle_mpd-0388215.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="peds_adolescent_depression_school_counselor",
        notes="Teen's PHQ-A score, depression diagnosis and sertraline start to the school counselor with consent.",
        frm=f"Dr. Marcus Oyelaran <moyelaran@{MPD}>",
        to="Ms. Tricia Gaines <tgaines@lindenparkschools.org>",
        cc=f"Denise Hollowell <dhollowell@{MPD}>",
        subject="Safety plan / school supports",
        body=(
            "Ms. Gaines,\n\nThank you for calling. With Isabella Ferreira's and her mother's written "
            "permission (copy faxed to your office), here is what will help at school:\n\n"
            "- Isabella (9th grade) was seen 11/10 for depression; PHQ-A was 17, no current plan "
            "or intent, safety plan completed.\n- We started sertraline 25 mg daily; it can cause "
            "some stomach upset the first 2 weeks.\n- She is linked with a therapist at Bright Minds "
            "starting next week, Wednesdays 3:30, so she will leave 7th period early.\n- Please let "
            "her use the counseling office pass as needed.\n\nMarcus Oyelaran, MD\nMaplewood "
            "Pediatrics" + DISCLAIMER
        ),
    ),
]
