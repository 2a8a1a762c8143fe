"""Pine Hollow Critical Access Hospital: outbound mail that carries PHI (26 messages)."""

# ruff: noqa: E501  (message text and structured attachments keep their natural line lengths)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import PHH, Att, Spec

PMERCY = "prairiemercy.org"
SIG_ED = (
    "\n\n--\nAdaeze Okafor-Lind, MD\nEmergency Department | Pine Hollow Critical Access Hospital\n"
)
SIG_ED += "410 Hospital Dr, Pine Hollow MN | ED direct 218-555-0140\n"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and "
    "confidential. If you received it in error, notify the sender and delete it."
)

ADT_A03 = (
    "\r".join(
        [
            "MSH|^~\\&|MEDITECH|PINEHOLLOW|HIE|PRAIRIEMERCY|20261110143512||ADT^A03|PH2611100417|P|2.5.1",
            "EVN|A03|20261110143000",
            "PID|1||PH00482291^^^PHCAH^MR||Thorsgaard^Ingvald^M||19410726|M|||77 County Rd 9^^Ferndale^MN^56474||218-555-0187",
            "PV1|1|I|SB^3^A|||||1233626872^Okafor-Lind^Adaeze|||||||||||SB2611-0088|||||||||||||||||01",
            "DG1|1||I50.33^Acute on chronic diastolic heart failure^I10",
            "DG1|2||N18.4^Chronic kidney disease, stage 4^I10",
        ]
    )
    + "\r"
)

FHIR_IMM = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9001.1", "value": "PH00517730"}],
      "name": [{"family": "Nakamura-Reyes", "given": ["Elena"]}],
      "gender": "female", "birthDate": "2024-09-02",
      "address": [{"line": ["1408 Birch Ave"], "city": "Pine Hollow", "state": "MN", "postalCode": "56473"}]}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
      "patient": {"reference": "Patient/p1"}, "occurrenceDateTime": "2026-11-09",
      "lotNumber": "Y0K27HR", "site": {"text": "left thigh"}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18842-5" displayName="Discharge summary"/>
  <title>Pine Hollow CAH - Transition of Care</title>
  <effectiveTime value="20261111"/>
  <recordTarget><patientRole>
    <id extension="PH00390127" root="2.16.840.1.113883.3.9001.1"/>
    <addr><streetAddressLine>5 Lakeview Terrace</streetAddressLine><city>Kettle Lake</city><state>MN</state><postalCode>56481</postalCode></addr>
    <patient><name><given>Beatrice</given><family>Olumide</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19380415"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Left hip fracture s/p hemiarthroplasty 10/29/2026 (Prairie Mercy); type 2 diabetes; macular degeneration</text></section></component>
    <component><section><title>Medications</title>
      <text>apixaban 2.5 mg BID x 30 days; metformin 500 mg BID; acetaminophen 650 mg q6h prn; docusate 100 mg daily</text></section></component>
    <component><section><title>Functional status</title>
      <text>Ambulates 150 ft with front-wheeled walker, contact guard. Weight bearing as tolerated.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="ed_transfer_handoff",
        notes="ED physician to the tertiary transfer center: name, DOB, MRN, STEMI, meds given.",
        frm=f"Adaeze Okafor-Lind <aokaforlind@{PHH}>",
        to=f"Transfer Center <transfercenter@{PMERCY}>",
        subject="Transfer - inferior STEMI, ETA 45 min by Tri-County",
        body=(
            "Accepting: Dr. Weinstock (cath lab) per phone 0612.\n\n"
            "Pt: Gerald Huusko, 68 M, DOB 02/19/1958, MRN PH00411873\n"
            "Inferior STEMI, onset ~0440, door 0531, EKG 0534. ASA 324 mg chewed, heparin 4000 u "
            "bolus, ticagrelor 180 mg given 0558. NTG held (RV involvement, BP 96/60).\n"
            "Last trop 0.87. K 4.1, Cr 1.2. No allergies known.\n"
            "Wife Patricia riding along in her own car, cell 218-555-0162.\n"
            "Tri-County Medic 2 departing ~0620." + SIG_ED
        ),
    ),
    Spec(
        phi=True,
        category="swing_bed_family_update",
        notes=(
            "Hard positive: case manager to a daughter's gmail, only the father's first name, "
            "swing-bed progress and a discharge date."
        ),
        frm=f"Colleen Birchard <cbirchard@{PHH}>",
        to="Linda Pettibone <lindapettibone62@gmail.com>",
        subject="Re: dad this week",
        body=(
            "Hi Linda,\n\n"
            "Good news - Walt walked to the nurses' station and back twice with PT today and his "
            "oxygen stayed above 92 on 2 liters. The cough is a lot looser since they switched the "
            "antibiotic. Dr. Grady wants one more chest x-ray Wednesday and if that looks clear we "
            "are aiming for discharge home Friday the 13th.\n\n"
            "I put in the order for the shower chair and the home O2 with Northstar Medical, they "
            "will call you to set up delivery. Can you or Rick be there Thursday afternoon?\n\n"
            "Colleen\nCase Management / Swing Bed Coordinator\n\n"
            "> On Sun, Nov 8, 2026 at 7:02 PM Linda Pettibone wrote:\n"
            "> How's he doing? He sounded tired on the phone. Is he still coming home this week?\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_lab_value",
        notes="Hard positive: the surname, room and a potassium value sit only in the subject.",
        frm=f"Luis Cardenas <lcardenas@{PHH}>",
        to=f"Tessa Varner <tvarner@{PHH}>",
        subject="Rm 4 Gunderson - K 6.3 hemolyzed? redraw pls",
        body="See subject. Sample looked pink. Can someone redraw before 1400 courier?\n\nLuis\nLab",
    ),
    Spec(
        phi=True,
        category="lab_sendout_manifest_csv",
        notes=(
            "Hard positive: innocuous body; the send-out CSV lists names, DOBs, MRNs and tests "
            "(PHI only in the attachment)."
        ),
        frm=f"Pine Hollow Lab <lab@{PHH}>",
        to="Client Services <clientservices@ruralpathlabs.com>",
        subject="Send-out manifest 11/10 courier 2",
        body="Manifest for courier run 2 attached. 6 specimens, 1 frozen.\n\nThanks,\nPine Hollow Lab",
        atts=(
            Att(
                "sendout_20261110_run2.csv",
                "text/csv",
                "accession,last,first,dob,mrn,test,temp\n"
                "L2611-1033,Sorensen,Dagny,1952-03-08,PH00377120,VITAMIN D 25-OH,refrig\n"
                "L2611-1036,Begay,Marcus,1987-12-01,PH00501844,HEP C RNA QUANT,frozen\n"
                "L2611-1037,Halvorsen,Brit,1949-07-22,PH00222981,SPEP/IFE,refrig\n"
                "L2611-1041,Xiong,Pa Houa,1995-05-30,PH00512207,PRENATAL PANEL,refrig\n"
                "L2611-1044,Kuznetsov,Ilya,1971-10-14,PH00488730,PSA FREE/TOTAL,refrig\n"
                "L2611-1045,Tran,Kim Lien,1963-02-27,PH00467012,ANA W/REFLEX,refrig\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="teleradiology_history_request",
        notes="Hospital to the teleradiology group: name, accession, exam and clinical history.",
        frm=f"Radiology Pine Hollow <radiology@{PHH}>",
        to="Reading Room <reads@northfieldteleradiology.com>",
        cc=f"Marcus Hallberg <mhallberg@{PHH}>",
        subject="Re: missing history acc 2611-04471",
        body=(
            "History for acc 2611-04471, CT head w/o, pt Josefina Aguilar-Brandt, 81F: found down "
            "at home, on warfarin for afib, INR 3.8 tonight, new L facial droop. Please call the "
            "ED 218-555-0140 with the prelim.\n\nThanks - Shannon, CT tech\n\n"
            "> From: reads@northfieldteleradiology.com\n"
            "> Please provide clinical history for accession 2611-04471 to complete the read.\n"
        ),
    ),
    Spec(
        phi=True,
        category="wound_photo_filename",
        notes=(
            "Hard positive: the body names nobody; the photo's file name carries the patient's "
            "name and the wound site."
        ),
        frm=f"Kiana Yazzie <kyazzie@{PHH}>",
        to="Wound Team <woundcare@valleyhomehealth.com>",
        subject="pic for dressing recommendation",
        body=(
            "Here's the pic from this morning's visit. Edges look macerated to me, drainage "
            "moderate serous. Is she ok to keep the silver alginate or switch to foam? "
            "She goes home from us Thursday and you all pick her up Friday.\n\nKiana RN"
        ),
        atts=(
            Att(
                "Haskins_Doreen_sacral_wound_2026-11-10.png",
                "image/png",
                png(6, 6, (181, 120, 110)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient_appt_ics",
        notes="Calendar invite to the patient's yahoo mailbox for a colonoscopy with prep.",
        frm=f"Pine Hollow Scheduling <scheduling@{PHH}>",
        to="Roland Fairbanks <rfairbanks1955@yahoo.com>",
        subject="Your appointment: Colonoscopy, Mon Nov 23 7:30 AM",
        body=(
            "Roland, your colonoscopy with Dr. Haugen is booked for Monday Nov 23 at 7:30 AM. "
            "Please arrive at 6:45 at the Outpatient entrance. Start the clear liquid diet the day "
            "before and the first half of the prep (GoLytely) at 6 PM. You need a driver.\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pine Hollow CAH//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ph-sched-2611-77310@pinehollowhospital.org\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261123T133000Z\r\nDTEND:20261123T150000Z\r\n"
            "SUMMARY:Colonoscopy - Roland Fairbanks (MRN PH00301554)\r\n"
            "LOCATION:Pine Hollow CAH Outpatient Procedures\r\n"
            "DESCRIPTION:Screening colonoscopy\\, hx of adenomatous polyps 2021. Driver required.\r\n"
            "ATTENDEE;CN=Roland Fairbanks:mailto:rfairbanks1955@yahoo.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="hl7_adt_to_hie",
        notes="HL7 ADT^A03 discharge to the regional HIE (name, DOB, MRN, address, diagnoses).",
        frm=f"Interface Engine <interfaces@{PHH}>",
        to=f"HIE Inbound <hie-inbound@{PMERCY}>",
        subject="ADT batch resend 11/10 (queue was stalled)",
        body="Resending the ADT message that errored on your side during the 1400 outage.\n\n-- PHCAH interfaces",
        atts=(Att("PH2611100417.hl7", "application/hl7-v2", ADT_A03),),
    ),
    Spec(
        phi=True,
        category="fhir_immunization_registry",
        notes="FHIR bundle with a toddler's name, DOB, address and an MMR dose to the state registry.",
        frm=f"Rural Health Clinic <rhc@{PHH}>",
        to="MIIC Help <miic-onboarding@health.state.mn.us>",
        subject="Resubmission - rejected VXU converted to FHIR per your instructions",
        body=(
            "Hi, per ticket 88213 here is the one record that rejected last week as a FHIR bundle. "
            "Please confirm receipt.\n\nKiana Yazzie RN, Pine Hollow RHC"
        ),
        atts=(Att("resubmit_bundle_1109.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="ccda_transition_of_care",
        notes="C-CDA transition of care to the nursing home: name, DOB, address, problems, meds.",
        frm=f"Colleen Birchard <cbirchard@{PHH}>",
        to="Admissions <admissions@lakeshoreseniorliving.com>",
        subject="Transition of care doc for tomorrow's admission",
        body=(
            "Attached is the CCD for our swing-bed patient coming to you tomorrow around 10. "
            "Transport is Tri-County wheelchair van. Med list reconciled with Priya this morning."
            "\n\nColleen Birchard, RN, CCM" + CONF
        ),
        atts=(Att("TOC_PH00390127.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="records_request_encrypted_zip",
        notes="HIM sends records to a law firm under authorization; body names the patient and DOB.",
        frm=f"Dale Fenstermacher <dfenstermacher@{PHH}>",
        to="Records <records@bauerlindquistlaw.com>",
        subject="Records - your request 2026-0419",
        body=(
            "Per the signed authorization received 10/28, attached are the requested records "
            "for Rolf Engebretson (DOB 03/14/1948), dates of service 06/01/2026 to 09/30/2026: "
            "ED record of 06/17, radiology reports and the orthopedic follow-up notes. The "
            "password will follow by phone. Invoice for copy fees ($42.50) enclosed separately."
            "\n\nDale Fenstermacher, RHIA\nHealth Information Management" + CONF
        ),
        atts=(
            Att(
                "PHCAH_records_2026-0419.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "ED_2026-06-17.txt": "Engebretson, Rolf  DOB 03/14/1948  MRN PH00193320\n"
                        "CC: fall from ladder, R wrist pain. XR: distal radius fx.\n",
                        "ortho_followup.txt": "Cast removed 08/02. ROM improving.\n",
                    },
                    "Ph-records-0419",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mrs_initial_room_med_change",
        notes=(
            "Hard positive: pharmacist to nursing about 'Mrs. K' in swing bed 3: a room, a held "
            "beta blocker and new hold parameters."
        ),
        frm=f"Priya Ramanathan <pramanathan@{PHH}>",
        to=f"Nursing Swing Bed <swingbed-rn@{PHH}>",
        subject="Mrs. K bed 3 - metoprolol",
        body=(
            "FYI Mrs. K in 3 - Dr. O-L stopped the metoprolol tartrate after the 0800 pressure was "
            "88/50 and HR 52. New order: diltiazem 30 mg q6h, hold for SBP < 100 or HR < 60. "
            "Please pull the metoprolol from her bin, I'll credit it. Orthostatics before PT pls."
            "\n\nPriya"
        ),
    ),
    Spec(
        phi=True,
        category="reportable_initials_dob",
        notes=(
            "Hard positive: infection preventionist lists C. difficile cases by initials and full "
            "DOB only."
        ),
        frm=f"Infection Prevention <ip@{PHH}>",
        to="District Epidemiologist <epi.district4@health.state.mn.us>",
        subject="weekly line list - CDI",
        body=(
            "Line list for week ending 11/07 (lab-confirmed C. difficile, toxin+):\n\n"
            "  R.T.     04/02/1939   swing bed, onset day 6, on vanco PO\n"
            "  M.A.V.   11/19/1957   ED visit 11/04, discharged home, fidaxomicin\n\n"
            "No new cases in the RHC. Call me if you need anything else.\n\n"
            "Heidi Lund, RN, CIC"
        ),
    ),
    Spec(
        phi=True,
        category="billing_placement_xlsx",
        notes=(
            "Hard positive: business office sends a multi-sheet workbook of guarantor accounts "
            "with member IDs and claim lines to the collection agency; body says nothing."
        ),
        frm=f"Shonda Pruitt <spruitt@{PHH}>",
        to="New Placements <placements@northwoodsrecovery.com>",
        subject="Q4 placement file #2",
        body="Attached is placement file 2 for Q4. 4 accounts. Let me know if the upload fails again.\n\nShonda",
        atts=(
            Att(
                "PHCAH_placement_Q4_2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Accounts": [
                            [
                                "Acct",
                                "Guarantor",
                                "Guarantor SSN",
                                "Patient",
                                "DOB",
                                "Address",
                                "Balance",
                            ],
                            [
                                "40017745",
                                "Dwayne Kittelson",
                                "472-68-1053",
                                "Dwayne Kittelson",
                                "1979-06-03",
                                "311 3rd St NE, Pine Hollow MN 56473",
                                1843.20,
                            ],
                            [
                                "40018102",
                                "Maria Esquivel",
                                "531-40-7718",
                                "Adrian Esquivel",
                                "2012-01-18",
                                "22 Elm Ct, Ferndale MN 56474",
                                412.75,
                            ],
                            [
                                "40018356",
                                "Travis Underwood",
                                "",
                                "Travis Underwood",
                                "1990-09-27",
                                "RR 2 Box 14, Kettle Lake MN 56481",
                                2960.00,
                            ],
                            [
                                "40018499",
                                "Naomi Whitehorse",
                                "504-92-3365",
                                "Naomi Whitehorse",
                                "1984-04-11",
                                "8 Tamarack Rd, Pine Hollow MN 56473",
                                388.10,
                            ],
                        ],
                        "Claim lines": [
                            [
                                "Acct",
                                "DOS",
                                "CPT/Rev",
                                "Description",
                                "Payer",
                                "Member ID",
                                "Denial",
                            ],
                            [
                                "40017745",
                                "2026-05-14",
                                "99284",
                                "ED visit level 4",
                                "BCBS MN",
                                "XZM884120573",
                                "CO-197",
                            ],
                            [
                                "40018102",
                                "2026-06-02",
                                "12002",
                                "Laceration repair 3.1 cm",
                                "MN Medical Assistance",
                                "00438127",
                                "PR-1",
                            ],
                            [
                                "40018356",
                                "2026-07-21",
                                "72131",
                                "CT lumbar spine",
                                "self-pay",
                                "",
                                "",
                            ],
                            [
                                "40018499",
                                "2026-08-09",
                                "59025",
                                "Fetal non-stress test",
                                "Medica",
                                "M0077341902",
                                "CO-16",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rhc_no_show_html_table",
        notes="HTML-only no-show table: patient names, phones and the kind of visit (diabetes, prenatal).",
        frm=f"Janelle Whitcomb <jwhitcomb@{PHH}>",
        to=f"Care Coordination <carecoord@{PHH}>",
        subject="RHC no-shows Monday",
        body="",
        html=(
            "<html><body><p>Monday no-shows for callback. I left VMs on the ones marked VM.</p>"
            "<table border='1' cellpadding='3'><tr><th>Time</th><th>Patient</th><th>Phone</th>"
            "<th>Visit</th><th>Note</th></tr>"
            "<tr><td>8:20</td><td>Cody Ahlstrom</td><td>218-555-0119</td><td>Diabetes f/u, A1c due</td><td>VM</td></tr>"
            "<tr><td>9:40</td><td>Yesenia Paredes</td><td>218-555-0133</td><td>Prenatal 28 wk, glucose tolerance</td><td>no VM set up</td></tr>"
            "<tr><td>1:00</td><td>Harvey Blackbird</td><td>218-555-0171</td><td>COPD f/u + spirometry</td><td>VM</td></tr>"
            "<tr><td>3:20</td><td>Lorraine Oyelaran</td><td>218-555-0108</td><td>Depression f/u (PHQ-9)</td><td>daughter answered</td></tr>"
            "</table><p>Janelle<br>Front Desk, Pine Hollow Rural Health Clinic</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="patient_reply_a1c",
        notes="RHC nurse answers a patient's hotmail with her A1c and a metformin change; quoted thread.",
        frm=f"Kiana Yazzie <kyazzie@{PHH}>",
        to="Deb Lonetree <deblonetree@hotmail.com>",
        subject="Re: my blood test",
        body=(
            "Hi Deb,\n\nYour A1c came back at 7.9 (it was 8.6 in July), so it's moving the right "
            "way. Hollis wants you to go up on the metformin to 1000 mg twice a day with meals, "
            "new script sent to Main Street Pharmacy. Kidney numbers were normal. Recheck in 3 "
            "months - I booked you Feb 11 at 9:20.\n\nKiana Yazzie, RN\nPine Hollow Rural Health "
            "Clinic\n\n"
            "-----Original Message-----\nFrom: Deb Lonetree\nSent: Monday, November 9, 2026 8:14 PM\n"
            "Subject: my blood test\n\nHi Kiana did my sugar test come back yet? I have been walking "
            "every day. Thanks Deb\n"
        ),
    ),
    Spec(
        phi=True,
        category="aps_referral_social_work",
        notes="Social worker's vulnerable-adult report to county adult protection: name, address, injuries.",
        frm=f"Maribel Ochoa <mochoa@{PHH}>",
        to="Adult Protection Intake <apsintake@birchcountymn.gov>",
        subject="MAARC follow-up documentation - report #26-3317",
        body=(
            "Following up my phone report this morning (#26-3317).\n\n"
            "Vulnerable adult: Evelyn Marchetti, 84, 1920 Old Mill Rd, Ferndale. Brought to the ED "
            "11/09 by neighbor with stage 3 pressure injury to sacrum, dehydration (Na 151), and "
            "bruising to both upper arms in different stages of healing. Lives with grandson "
            "(Kyle Marchetti, ~30) who is listed as caregiver. Patient is admitted to our "
            "inpatient unit. Patient states grandson 'gets angry when I need help.'\n\n"
            "Maribel Ochoa, LICSW\nSocial Services, Pine Hollow CAH\n218-555-0152"
        ),
    ),
    Spec(
        phi=True,
        category="payment_plan_patient",
        notes=(
            "Hard positive: to the patient's aol mailbox, only an account number and a payment "
            "plan for an emergency visit - payment for care tied to an identifiable person."
        ),
        frm=f"Business Office <billing@{PHH}>",
        to="gmaxwell44@aol.com",
        subject="Payment plan confirmation",
        body=(
            "Dear Mr. Maxwell,\n\nThank you for calling. Your payment plan is set up:\n\n"
            "  Account: 40018610\n  Service: Emergency department visit 10/22/2026\n"
            "  Balance after insurance: $1,150.00\n  Plan: $50.00 per month starting 12/01/2026\n\n"
            "You can pay online at pinehollowhospital.org/pay or by phone at 218-555-0100. If your "
            "income has changed, ask us about our financial assistance program.\n\n"
            "Si necesita ayuda en español, llame al 218-555-0100 y pida un intérprete.\n\n"
            "Pine Hollow Business Office"
        ),
    ),
    Spec(
        phi=True,
        category="swing_bed_referral_docx",
        notes="Swing-bed referral DOCX to the tertiary hospital's case manager: name, DOB, diagnoses, needs.",
        frm=f"Colleen Birchard <cbirchard@{PHH}>",
        to="Case Management 5N <cm5north@prairiemercy.org>",
        subject="Swing bed acceptance - referral form attached",
        body=(
            "Hi Tamsin, we can accept him Thursday. Completed referral form attached; please send "
            "the last 48 h of MAR and the PICC placement note with him.\n\nColleen"
        ),
        atts=(
            Att(
                "swingbed_referral_Ortiz_Benjamin.docx",
                DOCX,
                docx(
                    [
                        "PINE HOLLOW CAH - SWING BED REFERRAL / ACCEPTANCE",
                        "Patient: Benjamin Ortiz    DOB: 07/30/1956    Prairie Mercy MRN: PM2209915",
                        "Referring dx: MSSA bacteremia with L knee septic arthritis, s/p washout 11/02",
                        "Skilled need: IV cefazolin 2 g q8h via PICC through 12/14; PT/OT",
                        "Other: insulin-dependent diabetes, A1c 9.2; former smoker",
                        "Home: lives alone, 4 steps to enter; sister Gloria Ortiz 218-555-0194",
                        "Accepting physician: Adaeze Okafor-Lind, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="shift_handoff_txt",
        notes="ED charge nurse's handoff notes as a TXT attachment to the incoming night charge nurse.",
        frm=f"Tessa Varner <tvarner@{PHH}>",
        to=f"Jolene Stroud <jstroud@{PHH}>",
        subject="handoff notes tonight",
        body="Running late for huddle, notes attached. Bay 2 is the one to watch.\nT",
        atts=(
            Att(
                "handoff_1110_night.txt",
                "text/plain",
                "ED handoff 11/10 1900\n"
                "Bay 1 - Arlo Penske 4 yo, croup, decadron given 1730, reassess 2000, mom at bedside\n"
                "Bay 2 - Frank Zielinski 72 M, GI bleed, Hgb 7.1, 2nd unit PRBC hanging, "
                "awaiting Prairie Mercy callback for GI\n"
                "Bay 3 - empty, needs restock\n"
                "Obs 1 - Tammy Gould 45 F, chest pain r/o, 2nd trop 2200\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="it_ticket_with_patient",
        notes=(
            "Hard positive: an IT ticket forwarded to the EHR vendor names a patient and her INR "
            "results shown on the wrong chart."
        ),
        frm=f"Brandon Keough <bkeough@{PHH}>",
        to="Support <support@cloverehr.com>",
        subject="FW: portal showing wrong results - URGENT ticket 55120",
        body=(
            "Escalating. Patient safety issue, please call me at 218-555-0125.\n\nBrandon Keough\n"
            "IT Manager, Pine Hollow CAH\n\n"
            "---------- Forwarded message ----------\nFrom: Janelle Whitcomb\n"
            "Subject: portal showing wrong results\n\n"
            "Brandon - Deshawn Pryor called, when he logs in to the patient portal he sees INR "
            "results (2.9, 3.4) that aren't his. He's not on Coumadin. The results belong to "
            "someone else - I think Dorothy Pryor, DOB 1944, who is in our anticoag clinic. "
            "Can you pull it down?\n"
        ),
    ),
    Spec(
        phi=True,
        category="discharge_summary_pdf",
        notes="Discharge summary PDF to the PCP office in the next town: name, DOB, diagnoses, meds.",
        frm=f"HIM Pine Hollow <him@{PHH}>",
        to="Records <records@ferndalefamilymed.com>",
        subject="Discharge summary for your patient",
        body="Please see attached discharge summary. Follow-up requested within 7 days.\n\nPine Hollow HIM",
        atts=(
            Att(
                "DS_PH00455318.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINE HOLLOW CRITICAL ACCESS HOSPITAL - DISCHARGE SUMMARY",
                        "Patient: Olufemi Adebayo   DOB: 12/05/1966   MRN: PH00455318",
                        "Admitted: 11/05/2026   Discharged: 11/08/2026",
                        "Diagnosis: Community-acquired pneumonia, RLL; hypoxia resolved",
                        "Secondary: hypertension, obstructive sleep apnea on CPAP",
                        "Discharge meds: amoxicillin-clavulanate 875 mg BID x 3 more days;",
                        "  lisinopril 20 mg daily; albuterol HFA 2 puffs q4h prn",
                        "Follow-up: PCP Dr. Sandvik within 7 days, repeat CXR in 6 weeks",
                    ],
                    "Discharge Summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ages_over_89_radiology_qa",
        notes=(
            "Hard positive: a radiology discrepancy review for a 96-year-old from a named town "
            "with an accession number and the missed finding."
        ),
        frm=f"Marcus Hallberg <mhallberg@{PHH}>",
        to="QA <qa@northfieldteleradiology.com>",
        subject="discrepancy review acc 2611-03988",
        body=(
            "Please route to your QA committee. Acc 2611-03988, CXR 11/06, 96 y/o woman from "
            "Kettle Lake, read as no acute disease. Follow-up CT 11/08 shows 2.3 cm RUL mass that "
            "is visible in retrospect. Family has been told. Requesting peer review.\n\n"
            "Marcus Hallberg, MD\nRadiology, Pine Hollow CAH"
        ),
    ),
    Spec(
        phi=True,
        category="critical_value_personal_mailbox",
        notes="Lab emails a critical troponin with the patient's name to a physician's personal gmail.",
        frm=f"Luis Cardenas <lcardenas@{PHH}>",
        to="Hollis Grady <hollis.grady.pa@gmail.com>",
        subject="critical value - called to ED too",
        body=(
            "Hollis, couldn't reach you on the on-call phone. Critical troponin I on your clinic "
            "pt Ezra Whitford (DOB 8/8/1950): 2.31 ng/mL, collected 1515. He is in the ED now, "
            "Dr. Okafor-Lind aware. Please call back when you see this.\n\nLuis, lab"
        ),
    ),
    Spec(
        phi=True,
        category="diet_order_first_name_room",
        notes="Hard positive: nurse to dietary - first name, room number, renal diet and fluid restriction.",
        frm=f"Jolene Stroud <jstroud@{PHH}>",
        to=f"Dietary <dietary@{PHH}>",
        subject="rm 7 tray change",
        body=(
            "Rm 7 (Arvid) is now renal diet, 2 g Na, 1500 mL fluid restriction starting with "
            "supper. No more OJ on his breakfast tray please - dialysis team says his potassium "
            "is high. He likes the oatmeal.\n\nThanks, Jolene 2nd floor"
        ),
    ),
    Spec(
        phi=True,
        category="ortho_reports_zip",
        notes="Hard positive: short body; a zip of imaging reports for a named patient goes to the orthopedic clinic.",
        frm=f"Radiology Pine Hollow <radiology@{PHH}>",
        to="Referrals <referrals@hawkridgeortho.com>",
        subject="imaging for Tuesday consult",
        body="Reports attached as requested for the Tuesday 11/17 consult. Images pushed to your PACS.\n\nPine Hollow Radiology",
        atts=(
            Att(
                "imaging_reports_Lindgren_K.zip",
                "application/zip",
                zipped(
                    {
                        "XR_R_shoulder_2026-10-30.txt": (
                            "PATIENT: LINDGREN, KAREN J   DOB 1961-01-09   MRN PH00266471\n"
                            "XR RIGHT SHOULDER 3 VIEWS. Moderate glenohumeral osteoarthritis. "
                            "No fracture.\n"
                        ),
                        "MR_R_shoulder_2026-11-06.txt": (
                            "PATIENT: LINDGREN, KAREN J   DOB 1961-01-09   MRN PH00266471\n"
                            "MRI RIGHT SHOULDER W/O. Full-thickness supraspinatus tear, 1.8 cm "
                            "retraction. Moderate subacromial bursitis.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
]
