"""Apex Specialty Pharmacy: biologics, hub services, copay assistance, courier (32 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

_BI_PDF = pdf(
    [
        "APEX SPECIALTY PHARMACY - Benefits Investigation Summary",
        "Patient: Lorna Fitzgerald   DOB: 07/08/1986   Phone: 610-555-0193",
        "Drug: Stelara 90 mg/mL SC q8 weeks   Dx: K50.90 Crohn's disease",
        "Primary: Keystone Health Plan, ID KPB661028473, Group 004417",
        "PA required: YES (submitted 11/16, ref PA-77120)",
        "Est. patient cost per fill: $3,412.50 before copay card",
        "Copay card: eligible, enrolled 11/17, patient pays $5",
        "Prescriber: Dr. Naveen Kapoor, NPI: 1532054040",
    ],
    "Benefits investigation",
)

_GRANT_DOCX = docx(
    [
        "Patient Assistance Foundation - Grant Application (prepared by Apex Specialty Pharmacy)",
        "Applicant: Harold Jennings, 57 Ridgeview Dr, Lansdale PA 19446, DOB 12/21/1955",
        "Diagnosis: Multiple sclerosis, relapsing-remitting (G35)",
        "Medication: Kesimpta 20 mg/0.4 mL monthly",
        "Household size 2, annual income $38,400 (Social Security + pension)",
        "Insurance: Medicare Part D, MBI: 3FK7WJ2HN84; coverage gap reached 08/2026",
        "SSN (required by foundation for income verification): 211-48-4417",
    ]
)

_MANIFEST = (
    "stop,route,recipient,address,city,zip,phone,items,temp,window,signature\n"
    "1,APX-NE-3,Ilse Marchetti,14 Orchard Rd,Doylestown,18901,215-555-0108,"
    "CIMZIA 200MG/ML KIT x1,2-8C,10:00-14:00,Y\n"
    "2,APX-NE-3,Harold Jennings,57 Ridgeview Dr,Lansdale,19446,215-555-0162,"
    "KESIMPTA 20MG PEN x1,2-8C,10:00-14:00,Y\n"
    "3,APX-NE-3,Benedikt Oyelaran,880 Mill Race Ln,North Wales,19454,267-555-0115,"
    "ENBREL 50MG SURECLICK x4,2-8C,12:00-16:00,N\n"
)

_FHIR_DISPENSE = """{
  "resourceType": "MedicationDispense",
  "id": "apx-disp-55120471",
  "status": "completed",
  "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "code": "1876399", "display": "dupilumab 300 MG/2 ML prefilled syringe"}]},
  "subject": {"reference": "Patient/apx-pt-40917",
              "display": "Naomi Strickland (DOB 2009-02-11)"},
  "identifier": [{"system": "https://apexspecialtyrx.com/rx", "value": "RX-7719402"}],
  "quantity": {"value": 2, "unit": "syringe"},
  "whenHandedOver": "2026-11-17T13:42:00-05:00",
  "dosageInstruction": [{"text": "Inject 300 mg subcutaneously every 2 weeks"}]
}
"""

_X12_837 = (
    "ISA*00*          *00*          *ZZ*APEXSPRX       *ZZ*KEYSTONEHP     "
    "*261118*1402*^*00501*000000882*0*P*:~"
    "GS*HC*APEXSPRX*KEYSTONEHP*20261118*1402*882*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*APX882*20261118*1402*CH~"
    "NM1*85*2*APEX SPECIALTY PHARMACY*****XX*1759750981~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******CI~"
    "NM1*IL*1*MARCHETTI*ILSE****MI*KPA340982216~"
    "N3*14 ORCHARD RD~N4*DOYLESTOWN*PA*18901~DMG*D8*19640930*F~"
    "CLM*APX-26-88120*4980***12:B:1*Y*A*Y*Y~HI*ABK:M05.79~"
    "SV1*HC:J0717*4980*UN*400***1~DTP*472*D8*20261116~"
    "SE*14*0001~GE*1*882~IEA*1*000000882~"
)

_LOGGER_CSV = (
    "trip_id,logger_sn,route,min_c,max_c,minutes_out_of_range,status\n"
    "TRIP-88B-1117-01,TL-88B-20417,APX-NE-3,2.9,7.6,0,OK\n"
    "TRIP-88B-1117-02,TL-88B-20451,APX-NE-3,3.1,12.4,38,EXCURSION\n"
    "TRIP-88B-1117-03,TL-88B-20488,APX-SW-1,2.6,7.9,0,OK\n"
)

_MFR_DATA = xlsx(
    {
        "Dispenses by NDC": [
            ["Month", "NDC", "Product", "Dispenses", "Units", "New starts"],
            ["2026-09", "0074-0554-02", "Humira 40 mg pen", 412, 824, 18],
            ["2026-10", "0074-0554-02", "Humira 40 mg pen", 377, 754, 9],
            ["2026-10", "61314-0457-02", "Hyrimoz 40 mg pen", 298, 596, 61],
        ],
        "Abandonment": [
            ["Month", "Referrals", "Abandoned", "Rate", "Top reason"],
            ["2026-09", 140, 11, 0.079, "Cost after PA"],
            ["2026-10", 158, 14, 0.089, "Cost after PA"],
        ],
        "Time to fill": [
            ["Month", "Median days referral-to-ship", "PA median days"],
            ["2026-09", 6.5, 3.0],
            ["2026-10", 5.8, 2.5],
        ],
    }
)

_SELF_INJECT_PDF = pdf(
    [
        "APEX SPECIALTY PHARMACY - How to use your prefilled pen",
        "1. Take the pen out of the refrigerator 30 minutes before your injection.",
        "2. Wash your hands. Choose the thigh or stomach (2 inches from the navel).",
        "3. Clean the site with an alcohol swab and let it dry.",
        "4. Press the pen firmly against the skin; hold for 10 seconds after the click.",
        "5. Put the used pen in your sharps container. Never reuse a pen.",
        "Questions? Our pharmacists are available 24/7 at 1-888-555-0140.",
    ],
    "Self-injection guide",
)

_COPAY_FORM = pdf(
    [
        "APEX SPECIALTY PHARMACY - Copay Assistance Enrollment",
        "Patient name ______________________  Date of birth ____/____/______",
        "Address ____________________________________________",
        "Insurance ID ______________  Medication _______________",
        "I certify I am not enrolled in Medicare, Medicaid or any federal program.",
        "Signature ___________________________  Date ____________",
    ],
    "Copay assistance enrollment form (blank)",
)

_FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "apx-sandbox-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Sandbox"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "identifier": [{"system": "https://apexspecialtyrx.com/sandbox", "value": "SBX-0001"}]
}
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="delivery_confirmation_patient_email",
        notes="Delivery window confirmation to a patient's gmail naming the biologic and "
        "her home address.",
        frm="Apex Delivery Desk <delivery@apexspecialtyrx.com>",
        to="ilse.marchetti@gmail.com",
        subject="Your delivery is scheduled for Thursday",
        body=(
            "Hi Ilse,\n\nYour Cimzia 200 mg kit will be delivered Thursday, November 19 "
            "between 10 AM and 2 PM to 14 Orchard Rd, Doylestown. Someone must be home to "
            "sign and put it in the refrigerator right away.\n\nNeed to change the time? "
            "Reply to this email or call 1-888-555-0140.\n\nApex Specialty Pharmacy\n"
        ),
    ),
    Spec(
        phi=True,
        category="benefits_investigation_prescriber",
        notes="Benefits investigation PDF to the prescriber: name, DOB, phone, Crohn's "
        "diagnosis, drug, member ID and cost.",
        frm="Reimbursement Team <bi@apexspecialtyrx.com>",
        to="priorauth@mainlinegastro.com",
        subject="BI complete - Stelara referral 11/13",
        body="BI results attached for your referral from 11/13. PA submitted on our side.\n",
        atts=(Att("BI_summary_Fitzgerald.pdf", "application/pdf", _BI_PDF),),
    ),
    Spec(
        phi=True,
        category="courier_manifest_csv",
        notes="Courier route manifest CSV: names, home addresses, phones and the biologics "
        "each person receives.",
        frm="Apex Dispatch <dispatch@apexspecialtyrx.com>",
        to="routes@swiftcoldcourier.com",
        subject="Manifest APX-NE-3 Thu 11/19",
        body="Tomorrow's NE-3 manifest. Stop 3 no signature needed, leave in cooler.\n",
        atts=(Att("APX-NE-3_20261119.csv", "text/csv", _MANIFEST),),
    ),
    Spec(
        phi=True,
        category="adverse_event_report_mfr",
        notes="Hard positive: pharmacovigilance report to the manufacturer using initials, "
        "DOB and Rx number with the adverse event; no full name.",
        frm="Apex Clinical Pharmacy <clinical@apexspecialtyrx.com>",
        to="drugsafety@corvantabio.com",
        subject="AE report - Apex case 26-1188",
        body=(
            "Adverse event report per our PV agreement.\n\n"
            "Patient: H.J., male, DOB 12/21/1955\nApex Rx #: 7712304\n"
            "Product: Kesimpta 20 mg pen, lot KS2604419\n"
            "Event: fever 101.8F, chills and injection-site erythema 6 cm, onset 11/15, "
            "about 12 h after 2nd dose. Seen at urgent care 11/16; no hospitalization.\n"
            "Reporter: Joanna Liebermann, PharmD, Clinical Pharmacist\n"
        ),
    ),
    Spec(
        phi=True,
        category="pa_submission_fax_email",
        notes="Prior authorization request with clinicals sent by the pharmacy to the "
        "health plan's fax-to-email gateway.",
        frm="Reimbursement Team <bi@apexspecialtyrx.com>",
        to="umfax@keystonehp.com",
        subject="PA request - Dupixent - urgent",
        body=(
            "PRIOR AUTHORIZATION REQUEST (pharmacy benefit)\n\n"
            "Patient: Naomi Strickland   DOB 02/11/2009   ID KPC204719388\n"
            "Drug: Dupixent 300 mg/2 mL q2w after 600 mg load\n"
            "Dx: L20.9 atopic dermatitis, severe; EASI 31\n"
            "Tried/failed: triamcinolone 0.1% x 8 wks, tacrolimus 0.1% x 6 wks\n"
            "Prescriber: Dr. Eun-ji Park, Main Line Dermatology, NPI: 1245150515\n\n"
            "Please fax determination to 484-555-0171.\n"
        ),
    ),
    Spec(
        phi=True,
        category="injection_site_photo",
        notes="Hard positive: photo file named after the patient ('Okonkwo injection site') "
        "forwarded to the prescriber's nurse; body has no name.",
        frm="Joanna Liebermann PharmD <jliebermann@apexspecialtyrx.com>",
        to="nurse@mainlinerheum.com",
        subject="fw: pic from pt",
        body=(
            "Pt sent this after her 3rd Enbrel dose, redness about 5 cm, no fever. I told "
            "her cold compress + claritin and we'd check with Dr. Rao. Thoughts?\n\n-Joanna\n"
        ),
        atts=(Att("IMG_Okonkwo_injection_site_1116.png", "image/png", png(5, 5, (220, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="hub_case_status_mfr",
        notes="Hard positive: hub status to a manufacturer field rep names no patient; a hub "
        "case number, the start date and first shipment identify the therapy start.",
        frm="Apex Hub Services <hub@apexspecialtyrx.com>",
        to="Kyle Brandt <kbrandt@regenmedfield.com>",
        subject="status update HUB-22817",
        body=(
            "Kyle,\n\nHUB-22817 (Dr. Park's referral): PA approved 11/16, patient started "
            "Dupixent 11/17, first shipment of 2 syringes delivered, nurse injection "
            "training done by video. Copay card applied, patient pays $0.\n\nNext refill "
            "due 12/1.\n\nApex Hub Services\n"
        ),
    ),
    Spec(
        phi=True,
        category="adherence_cost_concern_prescriber",
        notes="Hard positive: lower-case note to a prescriber about 'mrs. hadley' skipping "
        "Enbrel doses because of cost; surname plus drug only.",
        frm="Joanna Liebermann PharmD <jliebermann@apexspecialtyrx.com>",
        to="nurse@mainlinerheum.com",
        subject="enbrel",
        body=(
            "fyi ur pt mrs. hadley said on the refill call she's been skipping every other "
            "enbrel dose bc of the cost, she hit her deductible reset. could dr rao switch "
            "her to the biosimilar (erelzi)? it's preferred on her plan and the card would "
            "cover it. i can do the PA today if so\n\njoanna\n"
        ),
    ),
    Spec(
        phi=True,
        category="x12_837_medical_benefit_drug",
        notes="X12 837P for a medical-benefit drug (J0717) with patient name, address, DOB, "
        "member ID and RA diagnosis, sent to the payer's EDI inbox.",
        frm="Apex Billing <billing@apexspecialtyrx.com>",
        to="edi-support@keystonehp.com",
        subject="test file rejected? batch 882",
        body="Batch 882 attached - your portal said 'rejected' with no 999. Can you check?\n",
        atts=(Att("APX_882.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="fhir_dispense_prescriber",
        notes="FHIR MedicationDispense to the prescriber's EHR inbox with the patient's name, "
        "DOB and dupilumab dispense.",
        frm="Apex Interfaces <interfaces@apexspecialtyrx.com>",
        to="ehr-inbound@mainlinederm.com",
        subject="dispense notification RX-7719402",
        body="Automated dispense notification. Do not reply.\n",
        atts=(Att("RX-7719402.json", "application/fhir+json", _FHIR_DISPENSE),),
    ),
    Spec(
        phi=True,
        category="foundation_grant_application",
        notes="Grant application DOCX to a patient assistance foundation: name, address, "
        "DOB, MS diagnosis, income and MBI.",
        frm="Copay Assistance <copay@apexspecialtyrx.com>",
        to="applications@msaccessfund.org",
        subject="Grant application - Apex ref CA-26-3302",
        body=(
            "Please find attached the application for Apex ref CA-26-3302. Proof of income "
            "follows by fax. Thank you!\n\nMaribel Ochoa | Patient Financial Advocate\n"
        ),
        atts=(Att("CA-26-3302_application.docx", DOCX, _GRANT_DOCX),),
    ),
    Spec(
        phi=True,
        category="misdirected_lookalike_domain",
        notes="Hard positive: reply sent to a look-alike payer domain (keystonehp.co) with a "
        "patient's appeal status; misdirected mail.",
        frm="Maribel Ochoa <mochoa@apexspecialtyrx.com>",
        to="appeals@keystonehp.co",
        subject="RE: appeal status",
        body=(
            "Hi, following up on the appeal for Benedikt Oyelaran (ID KPA880115472) - the "
            "Enbrel denial from 10/30. He has 2 doses left. Can you expedite?\n\nMaribel "
            "Ochoa\nPatient Financial Advocate, Apex Specialty Pharmacy\n"
        ),
    ),
    Spec(
        phi=True,
        category="copay_refund_notice",
        notes="Hard positive: refund notice to a patient's personal email; a copay refund "
        "for a prescription number is payment for care.",
        frm="Apex Billing <billing@apexspecialtyrx.com>",
        to="hjennings1955@aol.com",
        subject="Refund on your account",
        body=(
            "Dear Harold Jennings,\n\nWe overcharged the $25 copay on prescription 7712304 "
            "filled 11/02. A refund check for $25.00 was mailed to 57 Ridgeview Dr on 11/17."
            "\n\nApex Specialty Pharmacy Billing\n"
        ),
    ),
    Spec(
        phi=True,
        category="voicemail_transcript_txt",
        notes="Hard positive: voicemail transcript TXT attachment from a phone system where "
        "the caller states her name, callback number and a missed Humira delivery.",
        frm="Apex Phone System <voicemail@apexspecialtyrx.com>",
        to="afterhours@triagecallpartners.com",
        subject="Voicemail from 484-555-0176 (0:42)",
        body="You have a new voicemail. Transcript attached.\n",
        atts=(
            Att(
                "vm_4845550176_1117_2112.txt",
                "text/plain",
                "Hi this is Wanda Pereira, um, date of birth 3/3/72, my Humira never came "
                "today and I'm supposed to inject tomorrow for my psoriasis, please call me "
                "back at 484-555-0176, thank you.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ics_home_injection_training",
        notes="Calendar invite to a contracted home nurse: patient name, address and "
        "Cimzia injection training in the invite.",
        frm="Apex Nursing <nursing@apexspecialtyrx.com>",
        to="tbeaumont@homeinfusionnurses.com",
        subject="Injection teach - Doylestown",
        body="Visit booked, details in invite.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apex Specialty Pharmacy//Nursing//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:apx-teach-55831@apexspecialtyrx.com\r\n"
            "DTSTAMP:20261116T170000Z\r\nDTSTART:20261120T150000Z\r\n"
            "DTEND:20261120T160000Z\r\nSUMMARY:Injection teach - Ilse Marchetti (Cimzia)\r\n"
            "LOCATION:14 Orchard Rd\\, Doylestown PA\r\n"
            "DESCRIPTION:First dose 400 mg. RA. Latex allergy. Daughter will attend.\r\n"
            "ORGANIZER;CN=Apex Nursing:mailto:nursing@apexspecialtyrx.com\r\n"
            "ATTENDEE;CN=Tess Beaumont RN:mailto:tbeaumont@homeinfusionnurses.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="temp_excursion_patient_replacement",
        notes="Temperature excursion follow-up naming the patient whose Kesimpta shipment "
        "went out of range and must be replaced.",
        frm="Apex Quality <quality@apexspecialtyrx.com>",
        to="claims@swiftcoldcourier.com",
        subject="Excursion claim SHP-2611-40219",
        body=(
            "Logger TL-88B-20451 shows 38 min above 8C on route APX-NE-3. The package was "
            "Harold Jennings' Kesimpta pen (Lansdale); we are reshipping at our cost and "
            "filing this claim for the $7,110 product loss.\n\nApex Quality\n"
        ),
    ),
    Spec(
        phi=True,
        category="pharmacist_transfer_chain",
        notes="Forwarded transfer request chain with the quoted earlier message holding the "
        "patient's name and MRN from the clinic.",
        frm="Joanna Liebermann PharmD <jliebermann@apexspecialtyrx.com>",
        to="transfers@lehighspecialtyrx.com",
        subject="FW: transfer - Orencia",
        body=(
            "Please see below - patient's new plan requires Lehigh. Rx on file #RX-7730218, "
            "2 refills left. Our fax 484-555-0171.\n\nJoanna\n\n"
            "---------- Forwarded message ---------\nFrom: Main Line Rheumatology\n"
            "Date: Mon, Nov 16, 2026\nSubject: transfer - Orencia\n\n"
            "Please transfer Orencia ClickJect 125 mg weekly for Beatrix Sandoval, MRN "
            "MLR-448210, to Lehigh Specialty as of 12/1.\n"
        ),
    ),
    Spec(
        phi=False,
        category="temperature_logger_data",
        notes="Hard negative: cold-chain logger CSV with shipment IDs, serial numbers and "
        "temperatures; no patient data.",
        frm="Apex Quality <quality@apexspecialtyrx.com>",
        to="support@coldtraq-loggers.com",
        subject="logger TL-88B-20451 reading high?",
        body=(
            "One of yesterday's loggers reported an excursion but the other two on the same "
            "van were fine. Can you check calibration on serial TL-88B-20451? Export "
            "attached.\n"
        ),
        atts=(Att("loggers_20261117.csv", "text/csv", _LOGGER_CSV),),
    ),
    Spec(
        phi=False,
        category="manufacturer_aggregate_data",
        notes="Hard negative: three-sheet workbook of dispenses by NDC, abandonment and "
        "time-to-fill; aggregate data for the manufacturer.",
        frm="Apex Trade Relations <trade@apexspecialtyrx.com>",
        to="data-intake@abvellpharma.com",
        subject="October 852 / performance data",
        body="October performance data per the data agreement, aggregate only.\n",
        atts=(Att("Apex_Oct2026_performance.xlsx", XLSX, _MFR_DATA),),
    ),
    Spec(
        phi=False,
        category="blank_copay_form",
        notes="Hard negative: blank copay assistance enrollment form PDF sent to a clinic.",
        frm="Copay Assistance <copay@apexspecialtyrx.com>",
        to="frontdesk@mainlinegastro.com",
        subject="copay enrollment form",
        body="Here's the blank form you asked for. Patients can also enroll by phone.\n",
        atts=(Att("Apex_copay_enrollment.pdf", "application/pdf", _COPAY_FORM),),
    ),
    Spec(
        phi=False,
        category="urac_survey_scheduling",
        notes="Accreditation survey scheduling invite with an outside surveyor.",
        frm="Apex Compliance <compliance@apexspecialtyrx.com>",
        to="surveyor.ldaniels@urac-surveys.org",
        subject="URAC reaccreditation onsite - confirmed",
        body="Confirmed for the onsite review. Parking details in the invite.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apex Specialty Pharmacy//Cal//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:apx-urac-2027@apexspecialtyrx.com\r\n"
            "DTSTAMP:20261117T150000Z\r\nDTSTART:20270112T140000Z\r\n"
            "DTEND:20270112T220000Z\r\nSUMMARY:URAC Specialty Pharmacy reaccreditation\r\n"
            "LOCATION:Apex HQ\\, 2200 Horizon Blvd\\, Trevose PA\r\n"
            "DESCRIPTION:Visitor parking lot B. Document room 2nd floor.\r\n"
            "ORGANIZER;CN=Apex Compliance:mailto:compliance@apexspecialtyrx.com\r\n"
            "ATTENDEE;CN=L. Daniels:mailto:surveyor.ldaniels@urac-surveys.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="pharmacist_license_roster",
        notes="Hard negative: pharmacist licence numbers and expiry dates for a state board "
        "audit; staff, not patients.",
        frm="Apex Compliance <compliance@apexspecialtyrx.com>",
        to="audits@pharmacyboard-review.com",
        subject="staff license roster for audit",
        body=(
            "Roster as requested:\n\n"
            "Joanna Liebermann, PharmD   RP-451208   exp 09/30/2028\n"
            "Dmitri Halvorsen, RPh       RP-437791   exp 09/30/2028\n"
            "Anaya Brooks, CPhT          TC-088412   exp 03/31/2027\n\n"
            "Pharmacy permit PP-003318, DEA FA8618146.\n"
        ),
    ),
    Spec(
        phi=False,
        category="drug_shortage_update",
        notes="Hard negative: drug shortage update to prescribers with product names, "
        "strengths and suggested alternatives.",
        frm="Apex Clinical Pharmacy <clinical@apexspecialtyrx.com>",
        to="prescriber-updates@lists.apexspecialtyrx.com",
        subject="Supply update: methotrexate injection and Cimzia vials",
        body=(
            "Prescribers,\n\n- Methotrexate 25 mg/mL injection (preservative-free) is on "
            "allocation through January; consider Otrexup or Rasuvo autoinjectors.\n"
            "- Cimzia lyophilized vials are backordered; prefilled syringes are available.\n"
            "- No issues with Enbrel, Humira biosimilars or Stelara.\n\n"
            "Apex Clinical Pharmacy Team\n"
        ),
    ),
    Spec(
        phi=False,
        category="lunch_and_learn_rep",
        notes="Lunch-and-learn scheduling with a manufacturer rep.",
        frm="Sheena Patel <spatel@apexspecialtyrx.com>",
        to="Kyle Brandt <kbrandt@regenmedfield.com>",
        subject="lunch 12/3?",
        body=(
            "Hi Kyle - 12/3 works for the in-service on the new pen. We'll have ~14 "
            "pharmacists and techs. No seafood pls, two people are allergic. Thx! Sheena\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient_education_pdf",
        notes="Hard negative: generic self-injection guide PDF for all patients.",
        frm="Apex Nursing <nursing@apexspecialtyrx.com>",
        to="education@mainlinerheum.com",
        subject="updated pen instructions for your waiting room",
        body="Updated self-injection handout attached, feel free to print.\n",
        atts=(Att("Apex_self_injection_guide.pdf", "application/pdf", _SELF_INJECT_PDF),),
    ),
    Spec(
        phi=False,
        category="press_release_new_site",
        notes="Press release about a new pharmacy location.",
        frm="Apex Communications <press@apexspecialtyrx.com>",
        to="newsdesk@phillybizjournal.com",
        subject="Release: Apex Specialty Pharmacy opens Allentown site",
        body=(
            "FOR IMMEDIATE RELEASE\n\nApex Specialty Pharmacy opens its third Pennsylvania "
            "site in Allentown, adding 40 jobs and same-day cold-chain delivery across the "
            "Lehigh Valley. The site dispensed its first prescriptions on November 16.\n\n"
            "Media contact: Rhea Donnelly, 215-555-0139\n"
        ),
    ),
    Spec(
        phi=False,
        category="dea_registration_renewal",
        notes="Hard negative: DEA registration renewal for the pharmacy itself with its DEA "
        "number; an organisation identifier.",
        frm="Apex Compliance <compliance@apexspecialtyrx.com>",
        to="renewals@regulatorypath.com",
        subject="DEA renewal - Trevose",
        body=(
            "Please file the renewal for our Trevose registration FA8618146 (exp 01/31/2027) "
            "and the new Allentown one FA6993100. Schedules 2, 2N, 3, 3N, 4, 5.\n"
        ),
    ),
    Spec(
        phi=False,
        category="sharps_vendor_order",
        notes="Sharps container and cooler supply order to a vendor.",
        frm="Apex Purchasing <purchasing@apexspecialtyrx.com>",
        to="orders@medsupplydirect.com",
        subject="PO 26-4471",
        body=(
            "PO 26-4471\n  1 qt sharps container  x 600\n  gel packs 24 oz      x 2,400\n"
            "  EPS cooler 12L       x 400\nShip to Trevose dock 3.\n"
        ),
    ),
    Spec(
        phi=False,
        category="fhir_sandbox_test_patient",
        notes="Hard negative: FHIR Patient resource for a sandbox test patient tagged HTEST "
        "with 1900-01-01 birth date, for EHR integration.",
        frm="Apex Interfaces <interfaces@apexspecialtyrx.com>",
        to="integrations@mainlinederm.com",
        subject="sandbox patient for connectivity test",
        body=(
            "Use this sandbox patient for the connectivity test tomorrow; it only exists in "
            "our SBX environment.\n"
        ),
        atts=(Att("sandbox_patient.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="med_error_rate_quality",
        notes="Hard negative: quarterly medication error rates and categories to the "
        "P&T consultant; no patient.",
        frm="Apex Quality <quality@apexspecialtyrx.com>",
        to="consult@rxqualitypartners.com",
        subject="Q3 dispensing error summary",
        body=(
            "Q3: 41,208 dispenses, 6 errors reached patient (0.015%), 0 with harm. "
            "Categories: wrong quantity 3, late delivery causing missed dose 2, wrong "
            "strength (Humira 40 vs 80) 1. Near misses caught at final check: 58.\n"
        ),
    ),
    Spec(
        phi=False,
        category="holiday_coverage_schedule",
        notes="Staff holiday coverage schedule, in a zip with a contact sheet for a "
        "staffing agency.",
        frm="Sheena Patel <spatel@apexspecialtyrx.com>",
        to="scheduling@rxstaffsolutions.com",
        subject="Thanksgiving week coverage",
        body="Coverage plan + contacts attached. Need 2 more techs Wed/Fri.\n",
        atts=(
            Att(
                "thanksgiving_coverage.zip",
                "application/zip",
                zipped(
                    {
                        "coverage.txt": (
                            "Wed 11/25: RPh Liebermann, Halvorsen; CPhT Brooks + 2 agency\n"
                            "Thu 11/26: on-call RPh only (Halvorsen)\n"
                            "Fri 11/27: RPh Liebermann; CPhT Brooks + 2 agency\n"
                        ),
                        "contacts.txt": "Sheena Patel 215-555-0150 | Pharmacy main 215-555-0140\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer_contract_negotiation",
        notes="Contract negotiation note to a payer about dispensing fees and network access.",
        frm="Apex Trade Relations <trade@apexspecialtyrx.com>",
        to="rxcontracting@keystonehp.com",
        subject="2027 specialty network terms",
        body=(
            "Thanks for the call. We can accept AWP-18.5% on the limited-distribution "
            "drugs if the dispensing fee stays $45 and Keystone keeps us as preferred for "
            "the immunology class. Redlines by Friday.\n\nVictor Almeida\nVP Trade Relations\n"
        ),
        atts=(
            Att(
                "terms_redline.docx",
                DOCX,
                docx(
                    [
                        "Apex / Keystone specialty network amendment - redline draft",
                        "Section 4.2 Reimbursement: AWP minus 18.5% (LDD), 19.5% (open).",
                        "Section 4.5 Dispensing fee: $45.00 per fill.",
                    ]
                ),
            ),
        ),
    ),
]
