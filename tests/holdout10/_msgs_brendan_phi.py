"""St. Brendan Community Hospital: outbound mail that carries PHI (case management, discharge
planning, HIM, patient access)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SBC, WCR, Att, Spec

SIG_CM = (
    "\n\n--\nJoanne Pelletier, RN, CCM\nCase Management | St. Brendan Community Hospital\n"
    "Office 715-555-0182 | Fax 715-555-0190\n"
    "CONFIDENTIALITY NOTICE: This message may contain protected health information. If you are "
    "not\nthe intended recipient, notify the sender and delete it.\n"
)

SIG_SW = (
    "\n\nMarcus Oyelaran, LCSW\nDischarge Planning / Social Work\n"
    "St. Brendan Community Hospital | 1200 Abbey Road, Wausau WI\n"
)

HL7_A03 = "\r".join(
    [
        "MSH|^~\\&|EPIC|STBRENDAN|PCC|WILLOWCREEK|20261110143205||ADT^A03|SB1110143205417|P|2.5.1",
        "EVN|A03|20261110143200",
        "PID|1||00517734^^^SBCH^MR||BROOKS^GERALD^T||19480611|M|||"
        "2217 RIVERVIEW DR^^WAUSAU^WI^54401||(715)555-0166|||W|||396-41-8823",
        "PV1|1|I|4W^412^A^SBCH||||1756900720^AMUNDSEN^KARI^^^MD|||MED||||1|||"
        "1756900720^AMUNDSEN^KARI^^^MD|IN||MCR|||||||||||||||||||SNF|||||20261106091500|"
        "20261110142700",
        "DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A",
        "DG1|2||N17.9^Acute kidney failure, unspecified^I10|||S",
        "IN1|1|MCR|MEDICARE||||||||||||BROOKS^GERALD^T|01|19480611|||||||||||||||||||"
        "||||||||5TW4-HN2-KD71",
        "",
    ]
)

FHIR_BUNDLE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "sbch-00629108",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": "00629108"}],
      "name": [{"family": "Haddad", "given": ["Fatima", "N"]}],
      "gender": "female", "birthDate": "1961-09-02",
      "telecom": [{"system": "phone", "value": "715-555-0123"}],
      "address": [{"line": ["508 Grand Ave Apt 3"], "city": "Schofield", "state": "WI",
        "postalCode": "54476"}]}},
    {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "IMP"},
      "subject": {"reference": "Patient/sbch-00629108"},
      "period": {"start": "2026-11-03T18:40:00-06:00", "end": "2026-11-09T11:15:00-06:00"},
      "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
        "code": "J44.1", "display": "COPD with (acute) exacerbation"}]}],
      "hospitalization": {"dischargeDisposition": {"text": "Home with home health"}}}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/sbch-00629108"},
      "medicationCodeableConcept": {"text": "prednisone 40 mg tablet, daily x 3 more days"}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261111"/>
  <recordTarget><patientRole>
    <id extension="00711452" root="2.16.840.1.113883.3.7731.1"/>
    <addr><streetAddressLine>93 Birch Lane</streetAddressLine><city>Rothschild</city>
      <state>WI</state><postalCode>54474</postalCode></addr>
    <patient><name><given>Walter</given><family>Lindqvist</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19390127"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 11/05 after mechanical fall at home with left intertrochanteric femur
      fracture. ORIF 11/06 (Dr. Rasmussen). Post-op delirium resolved by POD 3. Hgb nadir 8.4,
      no transfusion. Weight bearing as tolerated LLE.</text></section></component>
    <component><section><title>Discharge Medications</title>
      <text>enoxaparin 40 mg subcut daily x 28 days; acetaminophen 1 g q8h; oxycodone 5 mg q6h
      PRN severe pain; docusate 100 mg BID; tamsulosin 0.4 mg nightly</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*STBRENDAN      *ZZ*PRAIRIELAND    *261110*0815*^*00501*"
    "000004417*0*P*:~\n"
    "GS*HS*STBRENDAN*PRAIRIELAND*20261110*0815*4417*X*005010X279A1~\n"
    "ST*270*0001*005010X279A1~\n"
    "BHT*0022*13*SB4417*20261110*0815~\n"
    "HL*1**20*1~\nNM1*PR*2*PRAIRIELAND HEALTH PLAN*****PI*60114~\n"
    "HL*2*1*21*1~\nNM1*1P*2*ST BRENDAN COMMUNITY HOSPITAL*****XX*1343122200~\n"
    "HL*3*2*22*0~\nTRN*1*SB4417-03*1391027716~\n"
    "NM1*IL*1*ALVARADO*HECTOR*M***MI*PHP884103927~\n"
    "DMG*D8*19570314*M~\nDTP*291*D8*20261110~\nEQ*48~\n"
    "NM1*IL*1*OKAFOR*CHINEDU****MI*PHP771650284~\n"
    "DMG*D8*19820921*M~\nDTP*291*D8*20261112~\nEQ*62~\n"
    "SE*17*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="snf_referral_body",
        notes="Case manager refers a named patient with DOB, diagnoses and therapy needs to a SNF.",
        frm=f"Joanne Pelletier <jpelletier@{SBC}>",
        to=f"admissions@{WCR}",
        cc=f"cm-4west@{SBC}",
        subject="Referral for SNF placement - anticipated d/c Thursday",
        body=(
            "Hi Renee,\n\nSending a referral for your review. Patient is Gerald T. Brooks, DOB "
            "06/11/1948, Medicare primary (MBI 5TW4-HN2-KD71), Prairieland supplemental.\n\n"
            "Admitted 11/06 with acute on chronic systolic CHF (EF 25%) and AKI, Cr peaked 2.6 now "
            "1.7. Diuresed ~6 L. Currently on 2 L NC, weaning. PT eval: min assist bed mobility, "
            "ambulates 40 ft with RW and CGA. Needs daily weights, strict I&O, and BMP twice "
            "weekly. Full code. Lives alone; daughter (Tanya) is POA.\n\nH&P, last 24h MAR and "
            "therapy notes are in the Allscripts referral. Can you let me know by 3 pm tomorrow "
            "whether you can accept?\n\nThanks," + SIG_CM
        ),
    ),
    Spec(
        phi=True,
        category="home_health_referral_pdf",
        notes="Hard positive: PHI only in the PDF face sheet; the body just says see attached.",
        frm=f"Marcus Oyelaran <moyelaran@{SBC}>",
        to="intake@brightcarehh.com",
        subject="New HH referral - please see attached",
        body="Good morning,\n\nAttached is a new referral for skilled nursing and PT, start of "
        "care requested for Tuesday. Orders signed by the hospitalist. Please confirm receipt.\n"
        + SIG_SW,
        atts=(
            Att(
                "HH_referral_1109.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN COMMUNITY HOSPITAL - HOME HEALTH REFERRAL / FACE SHEET",
                        "Patient: Haddad, Fatima N.       DOB: 09/02/1961      MRN: 00629108",
                        "Address: 508 Grand Ave Apt 3, Schofield WI 54476",
                        "Phone: 715-555-0123     Primary ins: Prairieland HP  ID PHP530118846",
                        "Admit 11/03/2026   Discharge 11/09/2026",
                        "Dx: J44.1 COPD with acute exacerbation; E11.65 T2DM with hyperglycemia",
                        "Services: SN for COPD teaching, inhaler technique, glucose monitoring;",
                        "          PT eval and treat, home safety.",
                        "O2: 2 L via concentrator (Lincare delivering 11/09)",
                        "Ordering MD: Kari Amundsen, MD  NPI 1756900720",
                    ],
                    "HH referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="roi_attorney_records",
        notes="HIM release of information to a law firm under a signed authorization.",
        frm=f"HIM Release of Information <roi@{SBC}>",
        to="records@mcallisterwray-law.com",
        subject="Records request #ROI-26-08817 - fulfilled",
        body=(
            "Dear Ms. Castellanos,\n\nIn response to your request dated 10/21/2026 and the "
            "authorization signed by your client, enclosed via our secure portal link below are "
            "the records of Darnell J. Whitaker (DOB 02/17/1979) for dates of service 07/04/2026 "
            "through 07/09/2026, including the ED record, CT head and cervical spine reports, "
            "orthopedic consult and discharge summary.\n\nPages: 212. Invoice for copying fees "
            "($48.20) will follow under separate cover.\n\nPortal link (expires in 14 days): "
            "https://roi.stbrendan.org/r/8QK2-77XT\n\nHealth Information Management\n"
            "St. Brendan Community Hospital\n715-555-0110"
        ),
    ),
    Spec(
        phi=True,
        category="patient_appointment_prep_gmail",
        notes="Patient access tells a patient at his gmail about his lumbar MRI and prep.",
        frm=f"Patient Access Scheduling <scheduling@{SBC}>",
        to="chinedu.okafor82@gmail.com",
        subject="Your appointment Thursday",
        body=(
            "Hello Mr. Okafor,\n\nThis confirms your MRI of the lumbar spine without contrast on "
            "Thursday 11/12 at 7:30 AM in Imaging, Entrance B. Please arrive 20 minutes early and "
            "bring your Prairieland card. Because you told us you have a spinal cord stimulator, "
            "please also bring the device card from Dr. Feld's office so the technologist can "
            "check MRI compatibility.\n\nYour estimated out-of-pocket cost is $310.00.\n\n"
            "Questions? Call 715-555-0100 option 2.\n\nSt. Brendan Patient Access"
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_bed_request",
        notes="Hard positive: name, unit, room and SNF need only in the subject; body is a nudge.",
        frm=f"Joanne Pelletier <jpelletier@{SBC}>",
        to=f"Renee Kowalski <rkowalski@{WCR}>",
        subject="Dorothy Vance 4W rm 418 - still need SNF bed, trach care",
        body="Any update? Family is asking. Thx\n\nJo",
    ),
    Spec(
        phi=True,
        category="mrs_k_med_change",
        notes="Hard positive: 'Mrs. K' with a room number and a med change to the SNF nurse.",
        frm=f"Amy Thorsen <athorsen@{SBC}>",
        to=f"nursing-2north@{WCR}",
        subject="re: Mrs. K - med rec",
        body=(
            "Hi Luis,\n\nFollow-up on Mrs. K who came to you from our 3 East rm 318 yesterday. "
            "Hospitalist stopped her lisinopril (K+ 5.8 on the day of transfer) and started "
            "amlodipine 5 mg daily instead. The transfer MAR printed before the change, so "
            "please update your copy. Recheck BMP Monday.\n\nAmy T., RN\n3 East charge"
        ),
    ),
    Spec(
        phi=True,
        category="initials_dob_readmit_list",
        notes="Hard positive: readmission review with only initials, DOB and diagnoses.",
        frm=f"Quality & Case Management <cmquality@{SBC}>",
        to="careTransitions@prairielandhealthplan.com",
        subject="October 30-day readmits - your members",
        body=(
            "Lakshmi,\n\nAs discussed on the transitions call, here are the October readmissions "
            "for your members so your care managers can reach out:\n\n"
            "  J.M.   03/14/1951   CHF exacerbation, readmit day 9 (missed diuretic refill)\n"
            "  R.T.   07/22/1944   aspiration pneumonia, readmit day 17 from SNF\n"
            "  S.A.   11/30/1968   DKA, readmit day 4, insulin affordability\n"
            "  B.L.   05/05/1939   UTI/sepsis, readmit day 22\n\n"
            "Full names and member IDs are on the shared tracker. Let me know who you can take."
            "\n\nNicole Brandvold, RN\nReadmission Reduction Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="hl7_adt_attachment",
        notes="Hard positive: PHI only in an HL7 v2 ADT^A03 file sent for interface validation.",
        frm=f"Interface Team <interfaces@{SBC}>",
        to=f"it-support@{WCR}",
        subject="ADT feed cutover - first production A03 for validation",
        body=(
            "Hi Jeff,\n\nThe discharge feed to your PCC instance went live at 14:00. Attached is "
            "the first production A03 so you can confirm field mapping on your side (PV1-36 "
            "disposition and IN1 MBI placement were the open items). Please delete after "
            "validating.\n\nSam Iverson\nIntegration Analyst, St. Brendan IT"
        ),
        atts=(Att("SB1110143205417.hl7", "application/hl7-v2", HL7_A03),),
    ),
    Spec(
        phi=True,
        category="fhir_bundle_hie",
        notes="Hard positive: PHI only in a FHIR bundle (patient, encounter, meds) to the HIE.",
        frm=f"Interface Team <interfaces@{SBC}>",
        to="onboarding@northstarhie.org",
        subject="Resubmission - bundle rejected for missing dischargeDisposition",
        body="Attached is the corrected bundle for message SB-26-11-0093. Disposition added.\n\n"
        "Sam",
        atts=(Att("SB-26-11-0093.json", "application/fhir+json", FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="ccda_discharge_summary",
        notes="Hard positive: PHI only in a C-CDA discharge summary; body is logistics.",
        frm=f"HIM Transitions <himtransitions@{SBC}>",
        to=f"medicalrecords@{WCR}",
        subject="CCD for today's transfer",
        body="Attached, as requested by your DON. Paper copy went with transport.\n",
        atts=(Att("discharge_summary_00711452.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="x12_270_eligibility",
        notes="Hard positive: X12 270 batch with member IDs, names and DOBs; body neutral.",
        frm=f"Patient Access Systems <pasystems@{SBC}>",
        to="edi-support@claimbridge.net",
        subject="Ticket 55812 - 270 batch failing at your gateway",
        body=(
            "Hello,\n\nOur 270 batches to Prairieland have been rejected with TA1 code 024 since "
            "this morning. Sample file attached (2 inquiries). Can you check the ISA08 "
            "qualifier on your end?\n\nKhanh Tran\nPatient Access Systems Analyst"
        ),
        atts=(Att("SB_270_4417.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="ics_family_meeting",
        notes="Hard positive: goals-of-care family meeting; patient name and room only in the ICS.",
        frm=f"Marcus Oyelaran <moyelaran@{SBC}>",
        to="alvarado.lucia@outlook.com",
        cc=f"palliative@{SBC}",
        subject="Invitation: family meeting Thursday 2:00",
        body="Lucia, here is the invite for Thursday. You can also join by phone.\n\nMarcus",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//St Brendan//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sb-fm-20261112-4w422@stbrendan.org\r\n"
            "DTSTAMP:20261109T170000Z\r\nDTSTART:20261112T200000Z\r\nDTEND:20261112T210000Z\r\n"
            "SUMMARY:Goals of care meeting - Hector Alvarado (4W-422)\r\n"
            "DESCRIPTION:Palliative care\\, hospitalist and SW with daughter Lucia re: "
            "metastatic pancreatic cancer\\, hospice options and code status.\r\n"
            "LOCATION:4 West family conference room\r\n"
            "ORGANIZER:mailto:moyelaran@stbrendan.org\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:alvarado.lucia@outlook.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_daughter_request",
        notes="Case manager forwards a daughter's message (rfc822) about her father's rehab.",
        frm=f"Joanne Pelletier <jpelletier@{SBC}>",
        to=f"Renee Kowalski <rkowalski@{WCR}>",
        subject="FW: question about rehab for my dad",
        body=(
            "Renee - forwarding from the daughter. She wants a tour before Thursday, can someone "
            "call her? Her cell is in the message." + SIG_CM
        ),
        forward=Spec(
            phi=True,
            category="forwarded_daughter_request",
            notes="inner",
            frm="Tanya Brooks-Ellison <tbrooksellison@yahoo.com>",
            to=f"jpelletier@{SBC}",
            subject="question about rehab for my dad",
            body=(
                "Hi Joanne,\n\nThanks for calling yesterday. Dad (Gerald Brooks, room 412) said "
                "the doctor told him he will need a few weeks of rehab for his heart and "
                "kidneys. Is Willow Creek the one you recommend? I would like to see it first. "
                "I can be reached at 715-555-0171 after 4.\n\nTanya"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative_gmail_first_name",
        notes="Hard positive: nurse tells a daughter at yahoo her mom Rosa's fever and rehab plan.",
        frm=f"Kelsey Marchetti <kmarchetti@{SBC}>",
        to="tanya.iniguez77@yahoo.com",
        subject="update on your mom",
        body=(
            "Hi Tanya,\n\nJust wanted to let you know your mom had a good night. Rosa's fever "
            "came down after the second day of IV antibiotics and the blood cultures are still "
            "negative. The team thinks she can go to rehab Friday if she keeps eating. She asked "
            "for her reading glasses!\n\nKelsey, RN (nights, 5 South)"
        ),
    ),
    Spec(
        phi=True,
        category="xlsx_coding_queries",
        notes="Hard positive: workbook of open coding queries with MRNs, accounts and diagnoses.",
        frm=f"Coding Manager <codingmgr@{SBC}>",
        to="team@precisioncodingpartners.com",
        subject="Open DNFB accounts - week of 11/9",
        body=(
            "Hi Raj,\n\nAttached are this week's unbilled accounts held for physician queries, "
            "plus the CDI second-level review tab. Please prioritize anything over 7 days.\n\n"
            "Thanks,\nDeb Lindahl, RHIA\nCoding & CDI Manager"
        ),
        atts=(
            Att(
                "DNFB_queries_wk1109.xlsx",
                XLSX,
                xlsx(
                    {
                        "Queries": [
                            ["Account", "MRN", "Patient", "Disch", "Working DRG", "Query"],
                            [
                                40022751,
                                "00598120",
                                "Morimoto, Kenji",
                                "2026-10-30",
                                "291",
                                "Clarify acute resp failure w/ hypoxia vs hypoxemia",
                            ],
                            [
                                40022904,
                                "00633417",
                                "Thornbury, Mae",
                                "2026-11-01",
                                "871",
                                "Sepsis POA? lactate 3.1 on arrival",
                            ],
                            [
                                40023088,
                                "00401552",
                                "Two Bulls, Raymond",
                                "2026-11-02",
                                "683",
                                "AKI stage; baseline Cr needed",
                            ],
                        ],
                        "CDI_2nd_level": [
                            ["Account", "Patient", "Reviewer note"],
                            [40022990, "Venkataraman, Priya", "Malnutrition severity - RD note"],
                            [40023016, "Lupu, Bogdan", "Type 2 MI vs demand ischemia"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound_photo_filename",
        notes="Hard positive: PHI only in the PNG file name (patient name, wound site, date).",
        frm=f"Ingrid Solheim <isolheim@{SBC}>",
        to=f"woundcare@{WCR}",
        subject="photo from this morning",
        body="As promised before transfer. Measured 4.2 x 3.0 x 0.5 cm today.\n\nIngrid, CWON",
        atts=(Att("Brooks_Gerald_sacral_PI_stage3_2026-11-10.png", "image/png", png(6, 6)),),
    ),
    Spec(
        phi=True,
        category="zip_transport_packet",
        notes="Hard positive: PHI only in a ZIP (TXT transport sheet, CSV med list).",
        frm=f"Unit Clerk 4 West <4west-clerk@{SBC}>",
        to="dispatch@cityline-ems.com",
        subject="Transport packet - 1300 pickup",
        body="Transport packet for the 1300 stretcher pickup from 4 West attached. Thx.\n",
        atts=(
            Att(
                "transport_packet_4W.zip",
                "application/zip",
                zipped(
                    {
                        "transport_sheet.txt": (
                            "PATIENT: Lindqvist, Walter   DOB 01/27/1939   MRN 00711452\r\n"
                            "FROM: SBCH 4 West rm 409   TO: Willow Creek Skilled Nursing, "
                            "rm 122\r\nMODE: BLS stretcher, 2 L O2 PRN\r\n"
                            "DX: L hip fx s/p ORIF 11/06; post-op delirium (resolved)\r\n"
                            "PRECAUTIONS: fall risk, WBAT LLE, hard of hearing (L)\r\n"
                            "CODE STATUS: DNR/DNI - POLST in packet\r\n"
                        ),
                        "med_list.csv": (
                            "drug,dose,route,freq,last_given\r\n"
                            "enoxaparin,40 mg,subcut,daily,11/10 0900\r\n"
                            "oxycodone,5 mg,PO,q6h PRN,11/10 1015\r\n"
                            "tamsulosin,0.4 mg,PO,nightly,11/09 2100\r\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="aps_referral_docx",
        notes="Social work psychosocial assessment (DOCX) sent to Adult Protective Services.",
        frm=f"Marcus Oyelaran <moyelaran@{SBC}>",
        to="aps.intake@dhs.marathoncounty.gov",
        subject="APS referral - written follow-up to phone report 11/10",
        body=(
            "Per my phone report this morning (intake #26-4471), attached is my psychosocial "
            "assessment. I am available at 715-555-0188.\n" + SIG_SW
        ),
        atts=(
            Att(
                "APS_followup_26-4471.docx",
                DOCX,
                docx(
                    [
                        "St. Brendan Community Hospital - Social Work Psychosocial Assessment",
                        "Patient: Shirley Abernathy   DOB 08/03/1941   MRN 00655930",
                        "Address: 1410 N 6th St, Wausau WI 54403",
                        "Admitted 11/08/2026 via ED: dehydration, stage 2 sacral pressure injury, "
                        "weight 41 kg (down 9 kg since March), untreated UTI.",
                        "Lives with grandson (Tyler Abernathy, 26) who is listed as caregiver and "
                        "holds her debit card. Patient reports he 'keeps the money for rent' and "
                        "that she has gone days without meals.",
                        "Patient has capacity per psychiatry consult 11/09; she consents to APS "
                        "involvement and does not want to return home at this time.",
                        "Plan: SNF placement, guardianship not pursued, APS to investigate "
                        "financial exploitation and caregiver neglect.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="financial_counseling_outlook",
        notes="HTML-only table: a patient's ED and surgery balances and charity-care approval.",
        frm=f"Financial Counseling <financialcounseling@{SBC}>",
        to="leonie.baptiste@outlook.com",
        subject="Your financial assistance application",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Dear Ms. Baptiste,</p><p>Good news: your "
            "application for financial assistance has been <b>approved at the 75% discount "
            "level</b> for 12 months.</p><table border='1' cellpadding='4'>"
            "<tr><th>Account</th><th>Date of service</th><th>Service</th><th>Balance</th></tr>"
            "<tr><td>40023817</td><td>10/28/2026</td><td>Emergency department visit</td>"
            "<td>$318.40</td></tr><tr><td>40023817</td><td>11/04/2026</td>"
            "<td>General Surgery follow-up, Dr. Singh</td><td>$94.20</td></tr>"
            "<tr><td colspan='3'><b>New balance after discount</b></td><td><b>$412.60</b></td>"
            "</tr></table><p>You can set up a 0% payment plan at 715-555-0145.</p>"
            "<p>Sincerely,<br>Olivia Hartmann<br>Certified Application Counselor<br>"
            "St. Brendan Community Hospital</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="scan_filename_only",
        notes="Hard positive: name, MRN and POLST only in the attachment file name.",
        frm=f"HIM Scanning <himscan@{SBC}>",
        to=f"medicalrecords@{WCR}",
        subject="scanned doc you asked for",
        body="Here you go. Original was returned to the family.\n\nHIM scanning desk",
        atts=(Att("Kowalczyk_Irena_MRN00730145_POLST_signed.png", "image/png", png(8, 10)),),
    ),
    Spec(
        phi=True,
        category="html_table_dc_huddle",
        notes="HTML-only discharge huddle table with names, rooms, barriers and payers.",
        frm=f"Nicole Brandvold <nbrandvold@{SBC}>",
        to=f"cm-team@{SBC}",
        cc=f"rkowalski@{WCR}",
        subject="Huddle list 11/11 - pending post-acute",
        body="",
        html=(
            "<html><body><p>Team, today's list. Renee is cc'd for the Willow Creek referrals.</p>"
            "<table border='1' cellpadding='3'><tr><th>Rm</th><th>Patient</th><th>Dx</th>"
            "<th>Dispo</th><th>Barrier</th></tr>"
            "<tr><td>4W-412</td><td>Brooks, Gerald</td><td>CHF/AKI</td><td>SNF</td>"
            "<td>auth pending Prairieland</td></tr>"
            "<tr><td>4W-418</td><td>Vance, Dorothy</td><td>trach, resp failure</td>"
            "<td>LTACH vs SNF</td><td>no SNF bed w/ trach</td></tr>"
            "<tr><td>5S-507</td><td>Iniguez, Rosa</td><td>pyelonephritis</td><td>SNF</td>"
            "<td>needs 3rd midnight</td></tr>"
            "<tr><td>3E-322</td><td>Petrosyan, Arman</td><td>CVA, L hemiparesis</td><td>IRF</td>"
            "<td>Medicaid pending</td></tr></table>"
            "<p>Nicole</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="payer_auth_inpatient",
        notes="Utilization review request to a health plan with member ID, dates and clinicals.",
        frm=f"Utilization Review <ur@{SBC}>",
        to="um.requests@prairielandhealthplan.com",
        subject="Concurrent review - ref UM26-119084",
        body=(
            "Member: Arman Petrosyan\nMember ID: PHP410982217\nDOB: 04/18/1952\n"
            "Admit: 11/07/2026 inpatient\nAttending: Priya Natarajan, MD (NPI 1242508996)\n\n"
            "Clinicals since last review: L MCA ischemic stroke, NIHSS 9 -> 6. Dense L "
            "hemiparesis, dysphagia on pureed diet, PEG not needed. PT/OT/SLP recommend acute "
            "inpatient rehab (3 hrs/day tolerance demonstrated 11/10).\n\nRequesting 2 additional "
            "days and IRF authorization.\n\nDana Ruiz, RN\nUtilization Review, 715-555-0139"
        ),
    ),
    Spec(
        phi=True,
        category="decedent_funeral_home",
        notes="Decedent's name, date and time of death, and autopsy status to a funeral home.",
        frm=f"Nursing Supervisor <nsupervisor@{SBC}>",
        to="arrangements@hollandfuneralhome.com",
        subject="Release - St. Brendan",
        body=(
            "Mr. Holland,\n\nThe family of Bernard Kessler (DOB 12/02/1936) has chosen your home. "
            "He expired on 11/10/2026 at 03:12 on 2 North. ME declined the case, no autopsy. "
            "Death certificate will be signed by Dr. Amundsen today. Body is ready for release "
            "at the morgue entrance; call the house supervisor at 715-555-0199 when en route.\n\n"
            "Greg Paulsen, RN\nHouse Supervisor"
        ),
    ),
]
