"""Cedar Hollow Skilled Nursing & Rehabilitation: outbound mail of a skilled nursing facility (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nCedar Hollow Skilled Nursing & Rehabilitation\n2200 Quarry Ridge Road, Millbrook, WI 54769\n"
    "Main (715) 555-0110 | Fax (715) 555-0111"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information protected under federal and state "
    "privacy laws. If you received it in error, please notify the sender and delete it."
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7742.1" extension="DS-26031802"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>Cedar Hollow SNF Discharge Summary</title>
  <effectiveTime value="20260318"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7742.2" extension="CH-0048817"/>
      <addr><streetAddressLine>611 Birchwood Terrace</streetAddressLine><city>Millbrook</city><state>WI</state><postalCode>54769</postalCode></addr>
      <telecom value="tel:+1-715-555-0163"/>
      <patient>
        <name><given>Leonard</given><family>Haugen</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19410905"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 02/27/2026 after left total knee arthroplasty for skilled PT/OT. Progressed from walker to cane, 250 ft. Surgical incision healed, staples removed 03/06.</text></section></component>
    <component><section><title>Discharge Diagnoses</title>
      <text>Z96.652 Presence of left artificial knee joint; I10 Essential hypertension; E11.9 Type 2 diabetes mellitus.</text></section></component>
    <component><section><title>Discharge Medications</title>
      <text>Apixaban 2.5 mg BID x 14 more days; metformin 500 mg BID; lisinopril 10 mg daily; acetaminophen 650 mg q6h PRN.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

HL7_ORU = (
    "MSH|^~\\&|NORTHLAB|NWREF|CEDARHOLLOW|CHSNF|202603170611||ORU^R01|NW8831047|P|2.5.1\r"
    "PID|1||CH-0051203^^^CHSNF^MR||Pietrowski^Irene^M||19380214|F|||2200 Quarry Ridge Rd Rm 131^^Millbrook^WI^54769\r"
    "PV1|1|N|2W^131^A\r"
    "OBR|1|CH77120|NW5510932|80048^Basic metabolic panel^CPT|||202603170415\r"
    "OBX|1|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||2.3|mg/dL|0.6-1.1|H|||F\r"
    "OBX|3|NM|2345-7^Glucose^LN||141|mg/dL|70-99|H|||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|CAREWEAVE|CHSNF|NORTHLAB|NWREF|202603161030||ADT^A01|TST0001|T|2.5.1\r"
    "EVN|A01|202603161030\r"
    "PID|1||ZZ9000001^^^CHSNF^MR||ZZTEST^INTERFACE^ALPHA||19000101|U|||1 Test Way^^Testville^WI^00000\r"
    "PV1|1|N|TEST^999^A\r"
    "NTE|1||SYNTHETIC TEST RECORD - NOT A REAL PERSON - VALIDATION ONLY\r"
)

FHIR_ACO = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ch-0049952",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7742.2", "value": "CH-0049952"}],
      "name": [{"family": "Delgado", "given": ["Ramona"]}],
      "birthDate": "1944-07-22", "gender": "female"}},
    {"resource": {"resourceType": "Encounter", "status": "in-progress", "class": {"code": "IMP"},
      "subject": {"reference": "Patient/ch-0049952"}, "period": {"start": "2026-03-12"},
      "serviceType": {"text": "Skilled nursing - IV antibiotics and PT"}}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/ch-0049952"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J18.9", "display": "Pneumonia, unspecified organism"}]}}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/ch-0049952"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J44.1", "display": "COPD with acute exacerbation"}]}}}
  ]
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*CEDARHOLLOW    *ZZ*NGSMEDICARE    *260317*0912*^*00501*000004471*0*P*:~"
    "GS*HC*CEDARHOLLOW*NGSMEDICARE*20260317*0912*4471*X*005010X223A2~"
    "ST*837*0001*005010X223A2~"
    "BHT*0019*00*CH4471*20260317*0912*CH~"
    "NM1*85*2*CEDAR HOLLOW SKILLED NURSING*****XX*1600133890~"
    "N3*2200 QUARRY RIDGE ROAD~N4*MILLBROOK*WI*54769~"
    "NM1*IL*1*SORENSEN*MARGARET*E***MI*4TW7HK2RN58~"
    "N3*48 WESTVIEW DR~N4*MILLBROOK*WI*54769~DMG*D8*19360330*F~"
    "CLM*CH2602-118*14212.40***21:A:1*Y*A*Y*Y~"
    "DTP*434*RD8*20260201-20260228~"
    "HI*ABK:S72.001D*ABF:I48.91*ABF:F03.90~"
    "HI*BG:PDPM~"
    "SV2*0022*HC:KAHD1*0*UN*28~"
    "SE*15*0001~GE*1*4471~IEA*1*000004471~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*WISCAREHMO     *ZZ*CEDARHOLLOW    *260313*1544*^*00501*000090215*0*P*:~"
    "GS*HP*WISCAREHMO*CEDARHOLLOW*20260313*1544*90215*X*005010X221A1~"
    "ST*835*0001~BPR*I*3310.00*C*ACH*CCP*01*071904455*DA*88120044*1396118452**01*071927755*DA*55410027*20260313~"
    "TRN*1*EFT5530219*1396118452~"
    "N1*PE*CEDAR HOLLOW SKILLED NURSING*XX*1600133890~"
    "CLP*CH2601-077*4*8810.00*0.00**MC*WC26011790~"
    "NM1*QC*1*BJORKLUND*ARTHUR****MI*WCH448120917~"
    "CAS*CO*50*8810.00~"
    "CLP*CH2601-081*1*3310.00*3310.00**MC*WC26011794~"
    "NM1*QC*1*ABERNATHY*LOIS****MI*WCH448120355~"
    "CLP*CH2601-090*4*6120.00*0.00**MC*WC26011802~"
    "NM1*QC*1*MWANGI*JOSEPH****MI*WCH448121660~"
    "CAS*CO*197*6120.00~"
    "SE*14*0001~GE*1*90215~IEA*1*000090215~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="SNF discharge summary C-CDA to home health agency",
        notes="Discharge C-CDA naming the resident with DOB, address, diagnoses and medications sent to the receiving home health agency.",
        frm="Kelsey Marchetti RN <kmarchetti@cedarhollowsnf.org>",
        to="intake@brightpathhomecare.com",
        subject="Discharge packet - Haugen, Leonard - home 3/18, HH referral",
        body=(
            "Good morning,\n\nLeonard Haugen is discharging home tomorrow (3/18) after his left TKA rehab stay. "
            "He needs home PT 2-3x/week and a nursing visit for med reconciliation - he is on apixaban for two more weeks "
            "and his metformin was restarted here. The C-CDA discharge summary is attached; signed orders from Dr. Vang will follow by fax.\n\n"
            "Best contact is his wife Joan at (715) 555-0163.\n\nThanks,\nKelsey Marchetti, RN\nDischarge Planning"
            + SIG
            + CONF
        ),
        atts=(Att("Haugen_L_discharge_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="Care conference invitation to resident's daughter",
        notes="Invites the daughter's gmail to a care conference for her named mother and states the hip fracture rehab and room.",
        frm="Social Services <socialservices@cedarhollowsnf.org>",
        to="Lisa Pruitt-Hanley <lisapruitthanley@gmail.com>",
        subject="Care conference for your mother - Thursday 2:00",
        body=(
            "Hi Lisa,\n\nWe have scheduled the 21-day care conference for your mom, Dorothy Pruitt (Room 212), on Thursday at 2:00 pm "
            "in the 1st floor conference room. Therapy, nursing, dietary and I will go over how her hip fracture rehab is going, her "
            "pain control and whether discharge home or long-term care makes more sense.\n\nYou can join by phone if you can't come "
            "in - the calendar invite has the dial-in.\n\nWarmly,\nBeth Ahlquist, MSW\nDirector of Social Services"
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Hollow//Social Services//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:careconf-pruitt-20260319@cedarhollowsnf.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260319T190000Z\r\nDTEND:20260319T194500Z\r\n"
            "SUMMARY:Care conference - Dorothy Pruitt (Rm 212) - hip fx rehab\r\nLOCATION:Conference Room A / dial-in (715) 555-0188\r\n"
            "ORGANIZER:mailto:socialservices@cedarhollowsnf.org\r\nATTENDEE:mailto:lisapruitthanley@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Terse INR hold note to long-term care pharmacy",
        notes="Hard positive: one-line note with surname, room number and INR value asking the pharmacy to hold warfarin.",
        frm="2 West Nurses Station <2west@cedarhollowsnf.org>",
        to="orders@valleyltcpharmacy.com",
        subject="hold coumadin tonight",
        body="Nwosu 118B - INR 4.6 this am. Hold warfarin tonight and tomorrow per Dr Vang, recheck Thurs. New order to follow on the portal.\n-Deb, 2W",
    ),
    Spec(
        phi=True,
        category="Medicare Part A SNF claim 837I to clearinghouse",
        notes="837I institutional claim with the resident's name, MBI, DOB, address and hip fracture/dementia codes.",
        frm="Business Office <billing@cedarhollowsnf.org>",
        to="support@claimbridgeedi.com",
        subject="Rejected batch 4471 - resubmitting corrected 837I",
        body=(
            "Hi ClaimBridge team,\n\nBatch 4471 rejected at the front end with a 2010BA error. We corrected the subscriber segment and "
            "attached the regenerated file for your review before we resend. It's a single February Part A claim.\n\n"
            "Ticket #CB-20931\n\nRegards,\nTodd Riemer\nBusiness Office Manager" + SIG
        ),
        atts=(Att("CH_837I_batch4471_corrected.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 denial question to Medicare Advantage plan",
        notes="Hard positive: body only cites claim numbers; the attached 835 carries three residents' names and member IDs.",
        frm="Todd Riemer <triemer@cedarhollowsnf.org>",
        to="provider.services@wiscarehmo.com",
        subject="ERA 3/13 - two zero-pay lines",
        body=(
            "Hello,\n\nOn the 3/13 remittance two of the three claims paid at zero (CARC 50 and 197). We had authorizations on file for both. "
            "Can someone look at claims CH2601-077 and CH2601-090? The ERA as we received it is attached.\n\nThank you,\nTodd Riemer"
            + SIG
        ),
        atts=(Att("ERA_20260313.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Wound photo to wound care consultant",
        notes="Hard positive: resident name and stage 3 pressure injury appear only in the attached photo's file name.",
        frm="Ana Lucero RN WCC <alucero@cedarhollowsnf.org>",
        to="Dr. Peter Sandoval <psandoval@northwoundcare.com>",
        subject="photo for Wednesday rounds",
        body="Dr. Sandoval,\n\nHere is this morning's photo as discussed. Measurements 3.1 x 2.4 x 0.4 cm, less slough than last week.\n\nAna",
        atts=(
            Att(
                "Berglund_E_sacral_PI_stage3_2026-03-16.png", "image/png", png(6, 6, (182, 96, 90))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Fall notification to resident's son",
        notes="Tells the son at his yahoo address that his named father fell, the time, x-ray result and neuro checks.",
        frm="Night Supervisor <nightsupervisor@cedarhollowsnf.org>",
        to="gary.lindstrom58@yahoo.com",
        subject="Your father - fall overnight",
        body=(
            "Mr. Lindstrom,\n\nI tried to call you at 2:30 this morning and left a voicemail. Your father, Walter Lindstrom, had an unwitnessed "
            "fall in his room at about 2:10 am. He was found sitting next to his bed and said he was trying to get to the bathroom. He has a small "
            "bruise on his right elbow. The portable x-ray this morning showed no fracture. Because he takes Eliquis we are doing neuro checks every "
            "4 hours for 24 hours and Dr. Vang has been notified. We have added a bed alarm and a toileting schedule.\n\nPlease call me or the 2 East "
            "nurse if you have questions.\n\nRegards,\nMarla Fitch, RN\nNight Supervisor" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Abuse allegation initial report to state survey agency",
        notes="Five-day investigation report DOCX to the state agency names the resident with DOB, dementia, bruising and the allegation against a CNA.",
        frm="Administrator <administrator@cedarhollowsnf.org>",
        to="DQAIntake@dhs.wisconsin.gov",
        subject="Cedar Hollow (facility 5218) - 5-day investigation report, self-report #26-0419",
        body=(
            "Attached is our 5-day follow-up for self-report #26-0419 submitted on 3/11. The investigation is complete; the allegation was "
            "not substantiated. The employee has returned to work after retraining.\n\nGreg Anand, NHA\nAdministrator"
            + SIG
        ),
        atts=(
            Att(
                "5day_report_26-0419.docx",
                DOCX,
                docx(
                    [
                        "CEDAR HOLLOW SKILLED NURSING & REHABILITATION - MISCONDUCT INCIDENT REPORT (5-DAY)",
                        "Self-report #26-0419 | Facility ID 5218",
                        "Resident: Helen Marsh, Room 224B, DOB 06/02/1933",
                        "Diagnoses relevant to report: Alzheimer's dementia with behavioral disturbance (F02.811), osteoporosis, on clopidogrel",
                        "Allegation: resident's daughter reported bruising to both forearms on 3/10 and alleged rough handling by a CNA during evening care.",
                        "Findings: bruises consistent with skin tears from transfer gait belt placement; no witnesses to rough handling; 6 staff and 3 residents interviewed.",
                        "Outcome: not substantiated. CNA re-educated on two-person transfers. Resident skin checks daily x 14 days; no new injuries.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hospice referral form PDF",
        notes="Hospice referral PDF with the resident's name, DOB, Medicare number, diagnosis and prognosis.",
        frm="Beth Ahlquist <bahlquist@cedarhollowsnf.org>",
        to="referrals@evergreenhospicewi.org",
        subject="New hospice referral - family requesting eval today",
        body="Hi, referral attached. Family (son Mark, (715) 555-0179) would like the eval today if possible; resident is in 2E-205.\n\nBeth"
        + SIG,
        atts=(
            Att(
                "hospice_referral_0316.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW SKILLED NURSING - HOSPICE REFERRAL",
                        "Resident: Eugene Vasquez-Tollefson   DOB: 11/19/1937   Room 2E-205",
                        "MBI: 7CM2-PD4-XA91   Secondary: WI Medicaid 4401827735",
                        "Primary dx: Pancreatic adenocarcinoma, metastatic to liver (C25.0, C78.7)",
                        "Functional: PPS 30%, bedbound, intake < 25% of meals, weight loss 11 lb in 30 days",
                        "Attending: Dr. Lauren Vang. Code status: DNR/DNI. POA: son, Mark Tollefson",
                    ],
                    "Hospice referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Respiratory outbreak line list to county health department",
        notes="Two-sheet outbreak line list with resident names, rooms, onset dates, test results and hospitalisation.",
        frm="Infection Preventionist <ip@cedarhollowsnf.org>",
        to="Communicable Disease Unit <cdu@chippewacountywi.gov>",
        cc="don@cedarhollowsnf.org",
        subject="Outbreak #2026-CH-03 updated line list (influenza A) 3/17",
        body=(
            "Updated line list attached for outbreak 2026-CH-03. Three new resident cases on 2 East since Friday, one transferred to the "
            "hospital. Staff cases are on the second tab. Oseltamivir prophylaxis started for all 2 East residents on 3/14.\n\n"
            "Renee Kaufman, RN, CIC\nInfection Preventionist" + SIG
        ),
        atts=(
            Att(
                "linelist_2026-CH-03_0317.xlsx",
                XLSX,
                xlsx(
                    {
                        "Residents": [
                            ["Name", "Room", "DOB", "Onset", "Test", "Result", "Hospitalized"],
                            [
                                "Oyelaran, Grace",
                                "2E-201",
                                "1940-01-08",
                                "2026-03-12",
                                "PCR",
                                "Flu A",
                                "No",
                            ],
                            [
                                "Kessler, Donald",
                                "2E-208",
                                "1935-10-30",
                                "2026-03-13",
                                "PCR",
                                "Flu A",
                                "Yes - 3/15",
                            ],
                            [
                                "Moua, Pa",
                                "2E-214",
                                "1947-04-17",
                                "2026-03-15",
                                "Rapid",
                                "Flu A",
                                "No",
                            ],
                            [
                                "Hargrove, Eileen",
                                "2E-216",
                                "1931-12-02",
                                "2026-03-16",
                                "PCR",
                                "Flu A",
                                "No",
                            ],
                        ],
                        "Staff": [
                            ["Role", "Unit", "Onset", "Result", "Excluded until"],
                            ["CNA", "2E", "2026-03-13", "Flu A", "2026-03-18"],
                            ["LPN", "2E", "2026-03-14", "Flu A", "2026-03-19"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Readmission bed-hold reply with diagnosis in subject",
        notes="Hard positive: the resident's name and CHF exacerbation appear only in the subject; the body only talks about the held bed.",
        frm="Admissions <admissions@cedarhollowsnf.org>",
        to="Casey Boateng <cboateng@sacredheartmillbrook.org>",
        subject="RE: readmit - Mrs. Vance - CHF exacerbation",
        body="Casey - yes, we're holding bed 204 for her. Thursday after 11 works. Send the updated med list when you have it.\n\nThanks!\nJenna\nAdmissions Coordinator",
    ),
    Spec(
        phi=True,
        category="Critical lab HL7 result forwarded to attending physician",
        notes="Forwards an HL7 ORU with a named resident's critical potassium and creatinine to her attending physician.",
        frm="Kelsey Marchetti RN <kmarchetti@cedarhollowsnf.org>",
        to="Dr. Lauren Vang <lvang@millbrookinternalmed.com>",
        subject="Critical K+ for your pt on 2W - please call",
        body=(
            "Dr. Vang,\n\nNorthland Lab called a critical potassium of 6.4 this morning (creat 2.3, up from 1.4). The raw result is attached. "
            "She's alert, no complaints, HR 58. We are holding her lisinopril and KCl until we hear from you. Please call 2 West at (715) 555-0124.\n\nKelsey"
        ),
        atts=(Att("ORU_NW8831047.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="Coinsurance statement to resident's POA",
        notes="Statement to the POA's gmail naming the resident with Medicare SNF coinsurance days and a non-covered pharmacy charge.",
        frm="Cedar Hollow Billing <billing@cedarhollowsnf.org>",
        to="robert.kimura.poa@gmail.com",
        subject="Statement for Setsuko Kimura - February 2026",
        body=(
            "Dear Mr. Kimura,\n\nBelow is the February statement for your mother, Setsuko Kimura (account 40-1187).\n\n"
            "  Medicare Part A days 21-28 coinsurance (8 days x $217.00)   $1,736.00\n"
            "  Pharmacy - non-covered (Prevagen)                              $42.18\n"
            "  Beauty shop                                                    $25.00\n"
            "  Payment received 2/14                                       -$500.00\n"
            "  BALANCE DUE                                               $1,303.18\n\n"
            "Her secondary (AARP Medicare Supplement) was billed on 3/2; we will credit anything they pay. You can pay online or call me.\n\n"
            "Sandra Ojeda\nResident Accounts" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Long-term care Medicaid application packet (encrypted zip)",
        notes="Names the resident and her pending nursing-home Medicaid application; the packet itself is in a password-protected zip.",
        frm="Sandra Ojeda <sojeda@cedarhollowsnf.org>",
        to="Lynn Duquette <lynn.duquette@chippewacountywi.gov>",
        subject="LTC Medicaid application - Ellison",
        body=(
            "Lynn,\n\nAttached is the institutional Medicaid application packet for Ruth Ellison, who has been with us since 2/2 and is now "
            "private pay pending eligibility. It includes the physician certification of need for nursing facility care, her bank statements "
            "and the spousal impoverishment worksheet. The password will come from me in a separate message.\n\nSandra Ojeda\nResident Accounts"
            + SIG
        ),
        atts=(
            Att(
                "Ellison_R_Medicaid_packet.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "application_summary.txt": (
                            "Applicant: Ruth A. Ellison  DOB 1939-08-14  SSN 397-52-1184\n"
                            "Facility: Cedar Hollow SNF, admitted 2026-02-02\n"
                            "Level of care: nursing facility (vascular dementia, CHF)\n"
                            "Community spouse: Harold Ellison, 77 Pine Hollow Ct, Millbrook WI\n"
                        ),
                        "physician_certification.txt": "Certify need for 24-hour skilled nursing care. Dx F01.50, I50.32. L. Vang MD\n",
                    },
                    "Cedar-Ellison-0202",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless therapy minutes CSV to contract therapy company",
        notes="Hard positive: CSV with no header row listing residents' names, rooms, therapy disciplines and minutes.",
        frm="Rehab Office <rehab@cedarhollowsnf.org>",
        to="ops@summitrehabpartners.com",
        subject="wk 3/9 minutes",
        body="Attached - please reconcile against your billing export before Friday.\n\nJoel",
        atts=(
            Att(
                "wk0309.csv",
                "text/csv",
                "Hale,Walter,1W-110,PT,OT,,410\r\nRasmussen,Clara,1W-114,PT,,ST,355\r\nNdiaye,Ousmane,1W-119,PT,OT,ST,620\r\n"
                "Fenwick,Lorraine,1W-121,,OT,,180\r\nBrandt,Otto,1W-125,PT,OT,,440\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Dietitian weight-loss update to daughter",
        notes="Hard positive: no resident name, but tells the named daughter (personal gmail) her mom's weight loss and supplement order.",
        frm="Megan Cho RDN <mcho@cedarhollowsnf.org>",
        to="Karen Lindqvist <karen.lindqvist@gmail.com>",
        subject="Re: Mom's eating",
        body=(
            "Hi Karen,\n\nThanks for letting me know she doesn't like the vanilla. Your mom's weight is down 4 lb this month (to 112), so I've "
            "added a chocolate Ensure Plus twice a day between meals and asked the kitchen to send her the finger foods she likes at lunch. "
            "We'll weigh her weekly for now.\n\nMegan Cho, RDN\nClinical Dietitian\n\n> On Sun, Mar 15, Karen Lindqvist wrote:\n> She told me she "
            "isn't hungry and the shakes taste like chalk. Is she losing weight?"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to ACO care transitions team",
        notes="FHIR bundle with a named resident's DOB, ongoing SNF stay and pneumonia/COPD diagnoses sent to the ACO.",
        frm="Care Transitions <transitions@cedarhollowsnf.org>",
        to="snfnetwork@northstaraco.org",
        subject="Weekly SNF census feed - attributed member admitted 3/12",
        body=(
            "Per our preferred-SNF agreement, attached is the FHIR bundle for your attributed member admitted on 3/12. Expected LOS 10-14 days. "
            "Please route to her ACO nurse navigator.\n\nCare Transitions Team" + SIG
        ),
        atts=(Att("aco_feed_20260317.json", "application/fhir+json", FHIR_ACO),),
    ),
    Spec(
        phi=True,
        category="Death notice to funeral home",
        notes="Hard positive: permitted release to a funeral home, but it names the resident with date and time of death at the facility.",
        frm="2 East Nurses Station <2east@cedarhollowsnf.org>",
        to="arrangements@olsonfamilyfuneral.com",
        subject="Release - Cedar Hollow",
        body=(
            "Olson Family Funeral Home,\n\nThis confirms the family of Mr. Clarence Bauer (Room 2E-219) has chosen your home. He passed at "
            "04:52 this morning, 3/16, under hospice care; time of death pronounced by Nancy Pike, RN. The attending has agreed to sign the death "
            "certificate. Please call the 2 East desk at (715) 555-0126 before pickup.\n\nThank you."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Therapy progress note DOCX to orthopaedic surgeon",
        notes="Progress note DOCX with the resident's name, DOB, hip surgery, gait, pain medication and weight-bearing status to her surgeon.",
        frm="Joel Ambrose PT <jambrose@cedarhollowsnf.org>",
        to="clinic@chippewaortho.com",
        subject="PT progress note for 2-week post-op visit",
        body="Please give the attached to Dr. Kaur before tomorrow's post-op appointment. Questions to me at (715) 555-0131.\n\nJoel Ambrose, PT, DPT"
        + SIG,
        atts=(
            Att(
                "PT_progress_Nilsen_0316.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow Rehabilitation - Physical Therapy Progress Note",
                        "Patient: Astrid Nilsen    DOB 01/27/1949    Surgeon: Dr. Harpreet Kaur",
                        "Procedure: R hip hemiarthroplasty 03/02/2026 for femoral neck fracture",
                        "Weight bearing: WBAT, posterior hip precautions",
                        "Gait: 150 ft with rolling walker, CGA; stairs not yet attempted",
                        "Pain: 3/10 with activity, oxycodone 5 mg used once daily before therapy",
                        "Plan: continue PT 6x/week, anticipated discharge home with daughter 03/27",
                    ]
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Medical director bio for newsletter",
        notes="Hard negative: clinician bio listing diseases she treats and her NPI; no patient.",
        frm="Communications <news@cedarhollowsnf.org>",
        to="editor@millbrookcourier.com",
        subject="Bio and photo info for the 'Meet Your Neighbors' column",
        body=(
            "Hi Dana,\n\nHere is the bio you asked for:\n\nDr. Lauren Vang, MD, CMD (NPI 1386379402) has served as medical director of Cedar "
            "Hollow since 2019. Board certified in internal medicine and geriatrics, she focuses on dementia care, Parkinson's disease, heart "
            "failure management and reducing avoidable hospital readmissions. She trained at the Medical College of Wisconsin and volunteers "
            "with the regional Alzheimer's caregiver support network. Outside work she coaches youth soccer.\n\nHigh-res headshot to follow "
            "from our photographer.\n\nThanks,\nAlicia Brenner\nCommunity Relations" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly quality measures workbook to corporate",
        notes="Hard negative: unit-level rates for falls, pressure injuries, antipsychotic use and readmissions; counts only, no residents.",
        frm="Quality Director <quality@cedarhollowsnf.org>",
        to="clinicalops@pinecrestseniorhealth.com",
        subject="Q4/Q1 QAPI dashboard - Cedar Hollow",
        body=(
            "Attached is our QAPI dashboard for the regional meeting. Falls with major injury are back under the state average after the "
            "February bed alarm audit. Antipsychotic use ticked up on memory care; we have a GDR project starting.\n\nPriya Natarajan, RN\nDirector of Quality"
            + SIG
        ),
        atts=(
            Att(
                "CH_QAPI_dashboard_2026Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Long-stay": [
                            ["Measure", "Q3 2025", "Q4 2025", "Q1 2026 (to date)", "State avg"],
                            ["Falls w/ major injury %", 4.1, 3.8, 2.9, 3.4],
                            ["Pressure ulcers (high risk) %", 7.2, 6.5, 6.1, 6.8],
                            ["Antipsychotic use %", 12.9, 13.4, 14.0, 14.6],
                            ["UTI %", 2.2, 1.9, 1.8, 2.0],
                        ],
                        "Short-stay": [
                            ["Measure", "Q3 2025", "Q4 2025", "Q1 2026 (to date)"],
                            ["Rehospitalized %", 21.5, 19.8, 18.2],
                            ["Discharged to community %", 52.0, 55.3, 57.1],
                            ["Improved function %", 71.4, 73.0, 74.8],
                        ],
                        "Census": [
                            ["Unit", "Beds", "Avg daily census"],
                            ["1 West rehab", 30, 26.4],
                            ["2 East LTC", 40, 37.9],
                            ["2 West", 32, 29.5],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dysphagia in-service invitation to staff",
        notes="Hard negative: staff education invite about dysphagia, thickened liquids and aspiration pneumonia; no resident.",
        frm="Staff Development <education@cedarhollowsnf.org>",
        to="allnursing@cedarhollowsnf.org",
        subject="Mandatory in-service: dysphagia and IDDSI diets",
        body=(
            "All nurses and CNAs: our speech therapist will run a 30-minute in-service on recognising swallowing problems, the new IDDSI "
            "diet levels, thickened liquids and preventing aspiration pneumonia. Same session twice so both shifts can attend. Sign-in counts "
            "toward your annual 12 hours.\n\nJudy Kellerman, RN\nStaff Development Coordinator"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Hollow//Education//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:inservice-iddsi-20260318@cedarhollowsnf.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260318T193000Z\r\nDTEND:20260318T200000Z\r\n"
            "SUMMARY:In-service: dysphagia and IDDSI diet levels\r\nLOCATION:Therapy gym\r\nORGANIZER:mailto:education@cedarhollowsnf.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Night-shift CNA job posting",
        notes="Hard negative: job posting describing dementia care, Hoyer lifts and incontinence care for residents in general.",
        frm="Human Resources <hr@cedarhollowsnf.org>",
        to="postings@wisconsinhealthjobs.com",
        subject="Please post: CNA - nights (10p-6a), $2.50 shift differential",
        body=(
            "Position: Certified Nursing Assistant, full time nights, 2 East long-term care.\n\nDuties: assist residents with bathing, dressing, "
            "toileting and incontinence care; safe transfers with Hoyer and sit-to-stand lifts; reposition residents at risk for pressure injuries "
            "every two hours; redirect residents living with dementia; record intake and output in CareWeave.\n\nRequirements: active Wisconsin "
            "nurse aide registry listing, CPR within 60 days of hire.\n\nPay: $21.75-$25.40/hr plus $2.50 nights. Sign-on bonus $2,000.\n\n"
            "Apply: hr@cedarhollowsnf.org or (715) 555-0115. EOE."
        ),
    ),
    Spec(
        phi=False,
        category="Supply order confirmation with SSN-shaped order number",
        notes="Hard negative: incontinence and wound supply order whose order number has the SSN shape; no resident.",
        frm="Central Supply <supply@cedarhollowsnf.org>",
        to="orders@midwestmedsupply.com",
        subject="PO confirmation - order 418-22-7091",
        body=(
            "Please confirm order 418-22-7091 for delivery Thursday:\n\n"
            "  40 cs  briefs, large, heavy absorbency\n  12 cs  underpads 30x36\n  10 bx  foam border dressing 4x4\n"
            "   6 bx  hydrocolloid 6x6\n   4 cs  nitrile gloves M\n\nBill to account CH-MSS-5521, net 30. Dock is open 7a-2p.\n\nRon Halvorsen\nCentral Supply"
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded heparin flush shortage notice",
        notes="Hard negative: pharmacy drug shortage notice forwarded to nurse managers; drug names and doses but no resident.",
        frm="Director of Nursing <don@cedarhollowsnf.org>",
        to="nursemanagers@cedarhollowsnf.org",
        subject="FW: Shortage - heparin lock flush 100 units/mL",
        body="Managers - see below. Please use the saline-only flush protocol for PICCs starting today unless the order says otherwise. I'll update the policy binder.\n\nTina",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="Valley LTC Pharmacy Alerts <alerts@valleyltcpharmacy.com>",
            to="don@cedarhollowsnf.org",
            subject="Shortage - heparin lock flush 100 units/mL",
            body=(
                "Valley LTC Pharmacy clinical alert\n\nHeparin lock flush 100 units/mL 5 mL syringes are on manufacturer backorder until about "
                "April 20. Recommended alternative for PICC and midline maintenance: 0.9% sodium chloride 10 mL flush before and after each "
                "use, per INS guidance, unless the prescriber specifies heparin. Implanted ports may be flushed with heparin 10 units/mL "
                "(available).\n\nNo action needed for residents on therapeutic anticoagulation."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher with fictional example",
        notes="Hard negative: HIPAA training reminder whose example resident is explicitly fictional.",
        frm="Compliance Officer <compliance@cedarhollowsnf.org>",
        to="allstaff@cedarhollowsnf.org",
        subject="HIPAA minute: what not to put in a subject line",
        body=(
            'Team,\n\nThis month\'s HIPAA minute. A subject line like "Rm 101 Jane Doe MRSA" (a made-up example - there is no such resident) '
            "is a privacy incident waiting to happen, because subjects are stored unencrypted and show up on lock screens.\n\n"
            "Do: use the secure messaging app in CareWeave, put no names or conditions in subjects, and use [secure] when you must e-mail "
            "outside Cedar Hollow.\nDon't: text photos of wounds from your personal phone.\n\nThe annual HIPAA module is due in Relias by March 31.\n\n"
            "Sharon Ebert\nCompliance & Privacy Officer"
        ),
    ),
    Spec(
        phi=False,
        category="Unnamed staff influenza exposure notice",
        notes="Hard negative: staff notice that an unnamed employee has influenza; no resident or employee identified.",
        frm="Employee Health <employeehealth@cedarhollowsnf.org>",
        to="2weststaff@cedarhollowsnf.org",
        subject="Flu exposure on 2 West - please read",
        body=(
            "A 2 West team member who worked Saturday day shift has tested positive for influenza A. If you worked with them you were exposed. "
            "If you develop fever, cough or body aches, do not come to work - call Employee Health at ext. 140. Antiviral prophylaxis is "
            "offered free through Employee Health. Masks remain required on 2 West through 3/24.\n\nThanks,\nEmployee Health"
        ),
    ),
    Spec(
        phi=False,
        category="Family newsletter HTML-only",
        notes="HTML family newsletter with events, visiting hours and a general flu reminder; no resident is named.",
        frm="Cedar Hollow Life Enrichment <activities@cedarhollowsnf.org>",
        to="families@lists.cedarhollowsnf.org",
        subject="The Hollow Herald - March 2026",
        body="",
        html=(
            "<html><body style='font-family:Georgia,serif'><h1 style='color:#2f5d3a'>The Hollow Herald</h1><p><i>March 2026</i></p>"
            "<h2>St. Patrick's Day social</h2><p>Join us Tuesday 3/17 at 2 pm for Irish music with the Millbrook Fiddlers, soda bread and "
            "green milkshakes (sugar-free available).</p><h2>Visiting</h2><p>Visiting is open 8 am - 8 pm. During flu season please stay home "
            "if you feel sick, and use the hand sanitizer at every entrance.</p><h2>Thank you, volunteers!</h2><p>Our Tuesday reading "
            "volunteers logged 210 hours last year.</p><p style='font-size:11px'>Cedar Hollow Skilled Nursing &amp; Rehabilitation - "
            "<a href='https://www.cedarhollowsnf.org/unsubscribe'>unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate diet-texture counts CSV to food vendor",
        notes="Hard negative: counts of residents per diet texture and liquid consistency for food ordering; no individual.",
        frm="Dietary Manager <dietary@cedarhollowsnf.org>",
        to="accounts@heartlandfoodservice.com",
        subject="Diet census for next week's order",
        body="Hi Marco - diet census for the week of 3/23 attached so you can size the pureed and thickened beverage order. Same as last time otherwise.\n\nDiane",
        atts=(
            Att(
                "diet_census_wk0323.csv",
                "text/csv",
                "diet,residents\r\nRegular,41\r\nMechanical soft,18\r\nMinced & moist (IDDSI 5),7\r\nPureed (IDDSI 4),6\r\n"
                "Mildly thick liquids,9\r\nModerately thick liquids,4\r\nCarb-controlled,22\r\nRenal,3\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Plan of correction with evidence zip",
        notes="Hard negative: plan of correction for a fall-prevention tag with staff sign-in sheets and a blank audit tool; no resident named.",
        frm="Administrator <administrator@cedarhollowsnf.org>",
        to="DQAIntake@dhs.wisconsin.gov",
        subject="Plan of correction - survey exit 2/26/2026 - F689",
        body=(
            "Attached is Cedar Hollow's plan of correction for the F689 deficiency cited at the 2/26 annual survey, with evidence of staff "
            "education and our audit tool. Systemic change: all residents were re-screened with the Morse fall scale by 3/6; falls huddles "
            "now happen within 24 hours; the DON audits 10 random care plans weekly for 8 weeks and reports to QAPI. Date of compliance: 3/27/2026.\n\n"
            "Greg Anand, NHA" + SIG
        ),
        atts=(
            Att(
                "POC_F689_evidence.zip",
                "application/zip",
                zipped(
                    {
                        "POC_F689.txt": "Tag F689 - accident hazards/supervision. Corrective action for all residents at risk; no individual residents named in this plan.\n",
                        "inservice_signin_0304.csv": "staff_name,role,date\r\nDeb Lorenz,LPN,2026-03-04\r\nTomas Reyes,CNA,2026-03-04\r\nAisha Grant,CNA,2026-03-04\r\n",
                        "falls_audit_tool_blank.txt": "Room: ____  Morse score: ____  Care plan updated Y/N  Bed alarm Y/N  Auditor: ____\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice with procedure text file",
        notes="IT notice of a CareWeave upgrade window with the paper downtime procedure; no resident.",
        frm="IT Help Desk <helpdesk@cedarhollowsnf.org>",
        to="allstaff@cedarhollowsnf.org",
        subject="CareWeave upgrade Sunday 3/22 01:00-04:00 - downtime procedures",
        body=(
            "CareWeave will be down Sunday 3/22 from 01:00 to 04:00 for the spring upgrade. Night nurses: print the MAR and TAR reports by "
            "midnight from the downtime PC at each station. Downtime steps attached. Help desk on call: (715) 555-0199.\n\nIT"
        ),
        atts=(
            Att(
                "downtime_procedure.txt",
                "text/plain",
                "CAREWEAVE DOWNTIME PROCEDURE\n1. Before 00:00 run Reports > eMAR 24h and TAR 24h on the red downtime PC.\n"
                "2. Document on paper MAR; initial and time every pass.\n3. After 04:00 back-enter documentation within 24 h.\n"
                "4. Shred paper reports in the locked bin - do not throw away.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic HL7 test message to lab interface vendor",
        notes="Hard negative: HL7 ADT test message with an explicitly synthetic ZZTEST patient for interface validation.",
        frm="Interfaces <interfaces@cedarhollowsnf.org>",
        to="integration@northlandlabs.com",
        subject="Test ADT^A01 for new lab interface (processing ID T)",
        body=(
            "Hi Northland integration team,\n\nAttached is the test ADT we sent to your TEST endpoint this morning. It uses our synthetic "
            "ZZTEST patient - not a real person. Can you confirm the PID-3 assigning authority parsed correctly before we schedule go-live?\n\n"
            "Thanks,\nMatt Oyelowo\nInterface Analyst"
        ),
        atts=(Att("test_ADT_A01.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Prescriber DEA/NPI update to pharmacy",
        notes="Hard negative: gives a physician's DEA and NPI numbers to the pharmacy for controlled-substance orders; no patient.",
        frm="Director of Nursing <don@cedarhollowsnf.org>",
        to="orders@valleyltcpharmacy.com",
        subject="New attending - prescriber info for your profile",
        body=(
            "Hello,\n\nDr. Stefan Kowalczyk (internal medicine) joins our medical staff on 3/23 and will write orders for 1 West. Please add him "
            "to our prescriber list:\n\n  Stefan Kowalczyk, MD\n  NPI 1559407816\n  DEA AK2081216\n  Millbrook Internal Medicine, (715) 555-0150\n\n"
            "He will use e-prescribing for controlled substances.\n\nTina Grabowski, RN, DON"
        ),
    ),
    Spec(
        phi=False,
        category="Referral marketing to hospital case managers",
        notes="Marketing to hospital case managers about ventilator and bariatric capabilities, with a brochure PDF and logo; no patient.",
        frm="Alicia Brenner <abrenner@cedarhollowsnf.org>",
        to="casemanagement@sacredheartmillbrook.org",
        subject="Now accepting trach/vent and bariatric admissions",
        body=(
            "Hello Sacred Heart case management team,\n\nGood news: as of March 1, Cedar Hollow accepts residents with tracheostomies and "
            "ventilator weaning needs on our new 8-bed respiratory unit, with 24/7 respiratory therapists. We also have bariatric beds and lifts "
            "for patients up to 700 lb. Our admissions team answers referrals within one hour, seven days a week.\n\nBrochure attached. "
            "Lunch-and-learn dates are open in April.\n\nAlicia Brenner\nCommunity Relations Director"
            + SIG
        ),
        atts=(
            Att(
                "CedarHollow_respiratory_unit.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW RESPIRATORY CARE UNIT",
                        "8 private rooms - ventilator weaning - tracheostomy care",
                        "24/7 respiratory therapy, in-house pulmonologist rounds twice weekly",
                        "Average vent wean: 19 days (2025)",
                        "Referrals: (715) 555-0112 - admissions@cedarhollowsnf.org",
                    ],
                    "Respiratory unit brochure",
                ),
            ),
            Att("cedarhollow_logo.png", "image/png", png(8, 4, (47, 93, 58))),
        ),
    ),
    Spec(
        phi=False,
        category="Staff benefits open enrollment reminder",
        notes="HR benefits mail about the staff health plan's diabetes prevention and EAP programmes; no individual.",
        frm="Human Resources <hr@cedarhollowsnf.org>",
        to="allstaff@cedarhollowsnf.org",
        subject="Last week for benefits changes + new wellness perks",
        body=(
            "Open enrollment closes Friday. New this year: the staff health plan covers a diabetes prevention program, free nicotine "
            "replacement, and six free counseling sessions through the EAP (confidential - we never see who uses it). Dental premiums are "
            "unchanged. Log in to the benefits portal to confirm your choices.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="Safe Harbor de-identified falls extract to university",
        notes="Hard negative: de-identified research extract (age bands, year, 3-digit ZIP, diagnoses) under a data use agreement.",
        frm="Priya Natarajan <pnatarajan@cedarhollowsnf.org>",
        to="Dr. Ingrid Solheim <isolheim@uwec-nursingresearch.edu>",
        subject="De-identified falls extract for the sensor study",
        body=(
            "Dr. Solheim,\n\nAs agreed in the DUA, attached is the 2025 falls extract. Our privacy officer reviewed it against Safe Harbor: no "
            "names, record numbers or dates beyond year; ages over 89 grouped as 90+; ZIP truncated to 3 digits. Row IDs are random and we do not "
            "keep a key.\n\nPriya" + SIG
        ),
        atts=(
            Att(
                "falls_2025_deid.csv",
                "text/csv",
                "row_id,age_band,sex,zip3,year,primary_dx_group,falls_count,injury\r\nR0193,80-84,F,547,2025,Dementia,3,minor\r\n"
                "R0561,90+,F,547,2025,Heart failure,1,none\r\nR0822,75-79,M,548,2025,Parkinson disease,4,fracture\r\n"
                "R0307,85-89,M,547,2025,Stroke sequelae,2,none\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Licence renewal reply to state",
        notes="Facility licence renewal correspondence with licence number and bed count; no resident.",
        frm="Greg Anand <ganand@cedarhollowsnf.org>",
        to="licensing@dhs.wisconsin.gov",
        subject="RE: Nursing home license #NH-5218 renewal - fee paid",
        body=(
            "Good afternoon,\n\nThe renewal fee for license NH-5218 (102 licensed beds) was paid online today, confirmation 88314. Our "
            "administrator of record remains Greg Anand (NHA license 3391-NHA). Let me know if you need the updated floor plan.\n\nGreg Anand\nAdministrator"
            + SIG
        ),
    ),
]
