"""Homeward Home Health: outbound mail, PHI and not, from nurses, therapists, billing and staff."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx
from _spec import HHH, SOS, Att, Spec

RN = f'"Carmen Iturbe, RN" <citurbe@{HHH}>'
SCHED = f"Scheduling <scheduling@{HHH}>"
BILL = f"Homeward Billing <billing@{HHH}>"

_VISITS = xlsx(
    {
        "Mon 11-16": [
            ["Patient", "Address", "Visit", "Clinician", "Window"],
            [
                "Florence Adebayo",
                "1187 Birchwood Ln, Parma",
                "SN wound care",
                "L. Kowalczyk",
                "9-11",
            ],
            ["Stanislaw Wrobel", "62 Ridge Rd Apt 3, Parma", "PT eval", "D. Ahn", "11-1"],
            ["Nadia Hosseini", "4410 Pearl Rd, Cleveland", "SN INR draw", "L. Kowalczyk", "1-3"],
        ],
        "Tue 11-17": [
            ["Patient", "Address", "Visit", "Clinician", "Window"],
            ["Stanislaw Wrobel", "62 Ridge Rd Apt 3, Parma", "PT", "D. Ahn", "9-11"],
            ["Clement Ayodele", "907 W 130th St, Cleveland", "OT ADL training", "M. Soto", "10-12"],
        ],
    }
)

_DELIVERY = (
    "stop,name,address,phone,items,handling\r\n"
    "1,Vernon Castillo,3318 Fulton Rd Cleveland OH 44109,216-555-0152,"
    "TPN bags x7 + lipids,refrigerate\r\n"
    "2,Ada Kwiatkowski,77 Elmwood Dr Lakewood OH 44107,216-555-0178,"
    "ertapenem 1g x5 + elastomeric pumps,refrigerate\r\n"
    "3,Bashir Qureshi,1501 Clark Ave Cleveland OH 44113,216-555-0164,"
    "NS flushes x30 + heparin lock,room temp\r\n"
)

_OASIS = pdf(
    [
        "HOMEWARD HOME HEALTH - OASIS Recertification Summary (for physician signature)",
        "Patient: Leonora Vasquez-Pike     DOB: 05/09/1942     HH#: HW-55219",
        "Cert period: 11/18/2026 - 01/16/2027",
        "Primary dx: I50.32 chronic diastolic heart failure; secondary E11.65, N18.31",
        "Functional: ambulates 30 ft with rollator; needs assist with bathing",
        "Plan: SN 2w4 for HF teaching and weights; PT 1w4; aide 2w4",
        "Physician: Ravi Subramanian MD  NPI 1047251735",
    ],
    "OASIS recert",
)

_POC = docx(
    [
        "Homeward Home Health - Plan of Care (CMS-485 equivalent)",
        "Patient: Bartholomew Ngata   DOB 1944-10-02   HH# HW-55307",
        "Address: 28 Linden Ct, Strongsville OH 44136",
        "Diagnoses: L89.154 pressure ulcer of sacral region stage 4; G20 Parkinson's disease",
        "Orders: SN 3w4 negative pressure wound therapy, change MWF; dietitian consult",
        "Medications: carbidopa/levodopa 25/100 TID; zinc 220 mg daily",
        "Goals: wound size decrease 20% in 4 weeks",
    ]
)

_ORU = (
    "MSH|^~\\&|HHPOC|HOMEWARD|PCPOFFICE|LAKESHOREIM|202611111405||ORU^R01|HW3391|P|2.5.1\r"
    "PID|1||HW-55148^^^HHH^MR||Haddad^Samir||19410227|M\r"
    "OBR|1||POC-3391|6301-6^INR^LN|||202611111330\r"
    "OBX|1|NM|6301-6^INR^LN||3.8||2.0-3.0|H|||F\r"
    "NTE|1||On warfarin 5 mg daily. Minor gum bleeding reported.\r"
)

_FHIR_ENC = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "hw-55402",
      "name": [{"family": "Lindholm", "given": ["Astrid"]}], "birthDate": "1937-03-03",
      "address": [{"line": ["Silver Oaks Senior Care, Apt B109"],
        "city": "Independence", "state": "OH"}]}},
    {"resource": {"resourceType": "Encounter", "status": "finished",
      "class": {"code": "HH", "display": "home health"},
      "subject": {"reference": "Patient/hw-55402"},
      "period": {"start": "2026-11-10T10:05:00-05:00", "end": "2026-11-10T10:55:00-05:00"},
      "reasonCode": [{"text": "post-op R total knee arthroplasty, PT visit"}]}}
  ]
}
"""

_FHIR_TEST = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "test-0001",
      "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
        "code": "HTEST", "display": "test health data"}]},
      "name": [{"family": "Zzztest", "given": ["Sandbox"]}], "birthDate": "1900-01-01"}},
    {"resource": {"resourceType": "Encounter", "status": "planned",
      "subject": {"reference": "Patient/test-0001"},
      "reasonCode": [{"text": "TEST - sample skilled nursing visit"}]}}
  ]
}
"""

_X12_270 = (
    "ISA*00*          *00*          *ZZ*HOMEWARDHH     *ZZ*CHANGEHC       *261112*0915*^*00501*"
    "000000877*0*P*:~GS*HS*HOMEWARDHH*CHANGEHC*20261112*0915*877*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*HW877*20261112*0915~"
    "HL*1**20*1~NM1*PR*2*MEDICARE PART A*****PI*CMS~HL*2*1*21*1~"
    "NM1*1P*2*HOMEWARD HOME HEALTH*****XX*1331651160~HL*3*2*22*0~"
    "NM1*IL*1*PRZYBYLSKI*HALINA****MI*3MF6WK8TQ21~DMG*D8*19390930~EQ*42~"
    "SE*11*0001~GE*1*877~IEA*1*000000877~"
)

_HOME_LIST = (
    "my visits thurs (printing at home, printer at office down)\n\n"
    "R.T.  06/02/1945  wound vac change, 2nd fl walkup\n"
    "D.M.  11/19/1938  foley change + UA\n"
    "K.O.  01/07/1950  IV abx day 6 of 10, draw vanc trough before dose\n"
    "H.B.  08/28/1933  HF weights, lasix teaching\n"
)

_STARS = pdf(
    [
        "HOMEWARD HOME HEALTH - Care Compare summary, reporting period Q2 2025 - Q1 2026",
        "Quality of patient care star rating: 4.0",
        "Improvement in ambulation: 82.1% (national 79.4%)",
        "Improvement in management of oral medications: 74.0%",
        "Acute care hospitalization during first 60 days: 13.9%",
        "HHCAHPS: 88% would recommend the agency",
        "Aggregate figures only; no patient-level data.",
    ],
    "Star ratings",
)

_TABLETS = xlsx(
    {
        "Assigned": [
            ["Serial", "Model", "Staff", "Team"],
            ["R9KT40ZQ2M", "Galaxy Tab A9", "Lena Kowalczyk RN", "North"],
            ["R9KT40ZQ7H", "Galaxy Tab A9", "Daniel Ahn PT", "West"],
            ["R9KT40ZR1C", "Galaxy Tab A9", "Marisol Soto OT", "West"],
        ],
        "Spare": [["Serial", "Model", "Location"], ["R9KT40ZR4F", "Galaxy Tab A9", "IT closet"]],
    }
)

_ZIP_PW = encrypted_zip(
    {
        "Ferreira_Antonio_visit_notes_2026.txt": (
            "Antonio Ferreira DOB 04/16/1948. SN visits 03/02-05/28/2026 for CHF and COPD.\n"
            "05/21 O2 2L continuous, edema 2+ bilateral, lasix increased per Dr. Subramanian.\n"
        ),
    },
    "Hw!records-2026",
)

_SEPSIS_RTF = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 "
    "Homeward Home Health - Sepsis pocket card\\par "
    "Suspect sepsis if infection plus 2 of: RR 22 or more, SBP 100 or less, new confusion\\par "
    "Call the on-call RN and the physician; call 911 if SBP under 90\\par "
    "Older adults may have no fever; watch for new falls or not eating\\par }"
)

FOOTER = (
    "\n\n________________________________\nHomeward Home Health | 2200 Brookpark Rd, Suite 4 | "
    "440-555-0120\nThis message may contain confidential patient information protected by "
    "federal and state law. If received in error, delete it and notify the sender."
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="lowercase surname SOC + infusion",
        notes="Hard positive: lower-case surname, start of care and IV vancomycin orders.",
        frm=RN,
        to=f"Lena Kowalczyk <lkowalczyk@{HHH}>",
        subject="nguyen SOC tmrw",
        body="nguyen SOC tmrw 10am, PICC dressing + vanc 1g q12 via CADD. pharmacy delivering "
        "tonight. son speaks english, mom vietnamese only, use the language line",
    ),
    Spec(
        phi=True,
        category="visit schedule workbook",
        notes="Multi-sheet visit schedule with patients' names, home addresses and visit types.",
        frm=SCHED,
        to=f"North Team <northteam@{HHH}>",
        subject="next week's schedule",
        body="Schedule attached. Swap requests to me by Friday noon.",
        atts=(Att("schedule_wk1116.xlsx", XLSX, _VISITS),),
    ),
    Spec(
        phi=True,
        category="infusion delivery list to courier",
        notes="Hard positive: courier delivery list whose items (TPN, IV antibiotics) imply "
        "each patient's therapy; only in the CSV.",
        frm=f"Infusion Pharmacy <infusionrx@{HHH}>",
        to="routes@metrocourier-oh.com",
        subject="Thursday route",
        body="Three stops Thursday, list attached. Cold chain on stops 1 and 2.",
        atts=(Att("route_1112.csv", "text/csv", _DELIVERY),),
    ),
    Spec(
        phi=True,
        category="therapist update to daughter",
        notes="Hard positive: first-name greeting; 'Dad' walking with a cane after therapy.",
        frm=f'"Daniel Ahn, PT" <dahn@{HHH}>',
        to="grace.obuya@icloud.com",
        subject="today's visit",
        body="Hi Grace,\n\nDad did great today - walked to the mailbox and back with the quad "
        "cane, no rest breaks. Keep up the sit-to-stands 3x a day. I'll see him Friday.\n\n"
        "Daniel",
    ),
    Spec(
        phi=True,
        category="supply drop, care only in subject",
        notes="Hard positive: wound-vac supplies for the reader's husband named only in the "
        "subject; body is logistics.",
        frm=f"Supply Desk <supplies@{HHH}>",
        to="lorraine.beaumont@hotmail.com",
        subject="wound vac canisters + dressings for your husband",
        body="Hi Lorraine,\n\nThe driver will drop them Wednesday between 1 and 3. If nobody's "
        "home he'll leave the box in the side porch like last time.\n\nHomeward Supply Desk\n\n"
        "On Tue, Nov 10, 2026, lorraine.beaumont@hotmail.com wrote:\n"
        "> Hello, what day is the delivery this week? I work Thursday.\n"
        "> Lorraine" + FOOTER,
    ),
    Spec(
        phi=True,
        category="OASIS summary pdf",
        notes="OASIS recertification PDF with name, DOB, diagnoses and plan.",
        frm=RN,
        to="signatures@lakeshoreim.com",
        subject="recert for signature",
        body="Please sign and fax back by 11/17. Thank you!",
        atts=(Att("recert_HW55219.pdf", "application/pdf", _OASIS),),
    ),
    Spec(
        phi=True,
        category="plan of care docx",
        notes="Plan of care DOCX with name, DOB, address, pressure ulcer and Parkinson's.",
        frm=f"Intake <intake@{HHH}>",
        to="orders@parmawoundclinic.com",
        subject="POC - NPWT orders",
        body="Attached plan of care for your signature.",
        atts=(Att("POC_HW55307.docx", DOCX, _POC),),
    ),
    Spec(
        phi=True,
        category="INR result hl7 + note",
        notes="Point-of-care INR result in HL7 plus a warfarin hold in the body ('Mr. H').",
        frm=f'"Lena Kowalczyk, RN" <lkowalczyk@{HHH}>',
        to="nurse.line@lakeshoreim.com",
        subject="critical-ish INR",
        body="INR 3.8 today on Mr. H, some gum bleeding. Holding warfarin tonight per "
        "protocol, recheck Mon. Please advise on dose. Result attached.\n\nLena",
        atts=(Att("inr_1111.hl7", "application/hl7-v2", _ORU),),
    ),
    Spec(
        phi=True,
        category="fhir encounter to senior living partner",
        notes="FHIR bundle with a patient's name, DOB, apartment and a post-op PT encounter.",
        frm=f'"Daniel Ahn, PT" <dahn@{HHH}>',
        to=f"Wellness Nurse <wellness@{SOS}>",
        subject="visit record",
        body="Visit record from this morning attached, as you asked for your chart.",
        atts=(Att("encounter_hw55402.json", "application/fhir+json", _FHIR_ENC),),
    ),
    Spec(
        phi=True,
        category="misdirected to personal mailbox, initials + DOB",
        notes="Hard positive: nurse mails her visit list (initials, full DOBs, procedures) to "
        "her own gmail.",
        frm=f'"Teodora Ilic, RN" <tilic@{HHH}>',
        to="teodora.ilic88@gmail.com",
        subject="thurs",
        body="",
        atts=(Att("thurs.txt", "text/plain", _HOME_LIST),),
    ),
    Spec(
        phi=True,
        category="home visit calendar invite",
        notes="Calendar invite for a home visit naming the patient and wound care.",
        frm=SCHED,
        to=f"Lena Kowalczyk <lkowalczyk@{HHH}>",
        subject="Home visit - Estelle Varga",
        body="Added to your calendar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Homeward//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:visit-88412@homewardhh.com\r\nDTSTAMP:20261110T120000Z\r\n"
            "DTSTART:20261113T150000Z\r\nDTEND:20261113T160000Z\r\n"
            "SUMMARY:SN visit - Estelle Varga - venous stasis ulcer L leg\\, Unna boot change\r\n"
            "LOCATION:5521 Stumph Rd Apt 208\\, Parma OH\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="eligibility 270 x12",
        notes="X12 270 eligibility inquiry with the beneficiary's name, MBI-format id and DOB.",
        frm=BILL,
        to="edi.support@changehc-gateway.com",
        subject="270 batch 877",
        body="Eligibility batch attached for this week's admissions.",
        atts=(Att("elig_877.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="street-only handle + insulin change",
        notes="Hard positive: 'the lady on Birchwood Ln' is the only handle; insulin dose change.",
        frm=f'"Lena Kowalczyk, RN" <lkowalczyk@{HHH}>',
        to=f"Teodora Ilic <tilic@{HHH}>",
        subject="covering my Fri",
        body="thanks for covering Fri. the lady on Birchwood Ln (2nd fl walkup, 1187) - "
        "lantus went to 18u qhs yesterday, fasting sugars were 250s. she keeps her log on "
        "the fridge. the dog is friendly",
    ),
    Spec(
        phi=True,
        category="encrypted records zip, name in member name",
        notes="Encrypted zip for an attorney; the patient's name is visible in the member file "
        "name and the body mentions the records request.",
        frm=f"Health Information <him@{HHH}>",
        to="paralegal@brennanlawcle.com",
        subject="records request - authorization on file",
        body="Per the signed authorization, the requested visit notes are attached (encrypted). "
        "Password follows by phone.\n\nHealth Information Management",
        atts=(Att("records_HW-54871.zip", "application/zip", _ZIP_PW),),
    ),
    Spec(
        phi=False,
        category="territory roster as rows",
        notes="Hard negative: staff rows 'Name - territory' with clinical roles only.",
        frm=SCHED,
        to=f"All Field Staff <field@{HHH}>",
        subject="territories starting 12/1",
        body="North - Lena Kowalczyk RN, Teodora Ilic RN\nWest - Daniel Ahn PT, Marisol Soto OT\n"
        "South - Obinna Chukwu RN, Halvard Jensen PTA\nInfusion float - Carmen Iturbe RN\n"
        "Wound float - Priyanka Desai RN CWON",
    ),
    Spec(
        phi=False,
        category="infusion on-call schedule",
        notes="Hard negative: nurses' on-call schedule with infusion and PICC words.",
        frm=RN,
        to=f"Infusion Team <infusion@{HHH}>",
        subject="on-call December (infusion)",
        body="Dec 1-7 Carmen (PICC/midline issues, pump alarms)\nDec 8-14 Obinna\n"
        "Dec 15-21 Priyanka\nDec 22-28 Carmen\nHoliday pay applies 12/24-12/25.",
    ),
    Spec(
        phi=False,
        category="pump vendor invoice with serial numbers",
        notes="Hard negative: device serial numbers of rental pumps not tied to any patient.",
        frm=f"Accounts Payable <ap@{HHH}>",
        to="billing@curaflo-infusion.com",
        subject="Invoice CF-20931 - question",
        body="Hi,\n\nInvoice CF-20931 bills 14 CADD-Solis pumps but we returned SN 4021177 and "
        "SN 4021183 on 10/28 (tracking 1Z84A2E90371549921). Please credit two units.\n\n"
        "Accounts Payable",
    ),
    Spec(
        phi=False,
        category="readmission statistics to hospital",
        notes="Hard negative: business development letter with county fall and readmission "
        "statistics.",
        frm=f"Joelle Marchetti <jmarchetti@{HHH}>",
        to="cm.director@stlukesregional.org",
        subject="readmissions - our numbers",
        body="Hi Diane,\n\nFollowing our call: in Cuyahoga County about 28% of adults over 65 "
        "reported a fall last year, and heart failure patients discharged home without "
        "services bounce back at about 22% in 30 days. For patients you referred to us in "
        "FY26 that rate was 11.6%. Happy to share the methodology.\n\nJoelle Marchetti\n"
        "Director of Business Development" + FOOTER,
    ),
    Spec(
        phi=False,
        category="sepsis webinar",
        notes="Hard negative: clinical education announcement, no patient.",
        frm=f"Clinical Education <education@{HHH}>",
        to=f"All Field Staff <field@{HHH}>",
        subject="Required: sepsis in the home webinar",
        body="All RNs and LPNs: the 45-minute sepsis recognition webinar (qSOFA, when to call "
        "911, UTI vs. urosepsis in dementia) is due by 11/30. Link in the LMS.",
        atts=(Att("sepsis_pocket_card.rtf", "application/rtf", _SEPSIS_RTF),),
    ),
    Spec(
        phi=False,
        category="flush shortage notice",
        notes="Hard negative: heparin flush shortage and protocol change.",
        frm=f"Infusion Pharmacy <infusionrx@{HHH}>",
        to=f"Infusion Team <infusion@{HHH}>",
        subject="heparin 100u/mL flush backorder",
        body="Heparin lock flush 100 units/mL is backordered until mid-December. For PICCs "
        "where the order allows, use saline-only locking; ports still need heparin - call "
        "pharmacy for the 10u/mL substitute.",
    ),
    Spec(
        phi=False,
        category="staff TB/flu compliance",
        notes="Hard negative: staff health-requirement reminder, no individual.",
        frm=f"Homeward HR <hr@{HHH}>",
        to=f"All Staff <allstaff@{HHH}>",
        subject="TB test + flu shot due 11/30",
        body="Annual TB screening and flu vaccine documentation are due 11/30 for everyone "
        "who makes home visits. Upload to the HR portal or bring the card to Rosa at the "
        "front desk.",
    ),
    Spec(
        phi=False,
        category="synthetic test fhir bundle",
        notes="Hard negative: sandbox FHIR bundle with an HTEST-tagged Zzztest patient.",
        frm=f"IT <it@{HHH}>",
        to="integration@ehrvendor-sandbox.com",
        subject="sandbox bundle for the encounter feed",
        body="Attached is our sandbox test bundle (synthetic, tagged HTEST). Please load it "
        "in the sandbox tenant only.",
        atts=(Att("sandbox_test_bundle.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="star ratings pdf",
        notes="Hard negative: aggregate quality ratings PDF.",
        frm=f"Joelle Marchetti <jmarchetti@{HHH}>",
        to="referrals@lakeshoreim.com",
        subject="Homeward quality snapshot",
        body="Our latest Care Compare summary is attached. Thank you for your referrals!",
        atts=(Att("Homeward_quality_2026.pdf", "application/pdf", _STARS),),
    ),
    Spec(
        phi=False,
        category="aide job posting html",
        notes="Job posting for home health aides.",
        frm=f"Homeward HR <hr@{HHH}>",
        to="postings@clevelandjobsboard.com",
        subject="HHA posting",
        body="",
        html="<html><body><h3>Home Health Aide - Parma/Lakewood</h3><p>STNA required. "
        "Help clients with bathing, light meals and companionship. Mileage paid, "
        "flexible hours.</p><p>Apply: homewardhh.com/jobs</p></body></html>",
    ),
    Spec(
        phi=False,
        category="team lunch order, restaurant names like people",
        notes="Hard negative: restaurant names that look like people's names.",
        frm=f"Rosa Villanueva <rvillanueva@{HHH}>",
        to="catering@tonychengs-cle.com",
        subject="lunch for 25 on 11/19",
        body="Hi, we'd like to order lunch for 25 for our team meeting on 11/19 at noon: "
        "general Tso, veggie lo mein, 2 fried rice. Last time we had Sal & Judy's so we're "
        "excited to try Tony Cheng's! Deliver to 2200 Brookpark Rd, suite 4.\n\nRosa" + FOOTER,
    ),
    Spec(
        phi=False,
        category="referral source newsletter",
        notes="Hard negative: marketing about a cardiac program to referral sources, no "
        "individual.",
        frm=f"Joelle Marchetti <jmarchetti@{HHH}>",
        to="office.manager@westsidecardiology.com",
        subject="New: Homeward HeartWise program",
        body="Dear colleagues,\n\nHeartWise pairs heart failure patients with a cardiac-trained "
        "RN, daily telemonitoring of weight and BP, and a same-day visit when weight rises "
        "3 lb. Referral criteria: EF<40% or 2+ admissions in 12 months. Call 440-555-0120 to "
        "refer.",
    ),
    Spec(
        phi=False,
        category="tablet inventory workbook",
        notes="Hard negative: device serial numbers assigned to staff.",
        frm=f"IT <it@{HHH}>",
        to=f"Operations <ops@{HHH}>",
        subject="point-of-care tablets - assignments",
        body="Inventory attached, two sheets.",
        atts=(Att("tablets.xlsx", XLSX, _TABLETS),),
    ),
    Spec(
        phi=False,
        category="applicant interview scheduling",
        notes="Job applicant at a personal mailbox; licence check for employment.",
        frm=f"Homeward HR <hr@{HHH}>",
        to="jkamara.rn@gmail.com",
        subject="Interview Tuesday 11/17 10am",
        body="Hi Jeneba,\n\nThanks for applying for the field RN role. Please come to 2200 "
        "Brookpark Rd on Tuesday at 10. Bring your nursing license and two references.\n\n"
        "Homeward HR",
    ),
]
