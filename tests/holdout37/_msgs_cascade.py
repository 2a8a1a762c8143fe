"""Outbound mail of Cascade Nephrology Associates, a private nephrology group practice (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nCascade Nephrology Associates\n1450 Alder Parkway, Suite 300, Millbrook IL 60536\n"
    "Tel (312) 555-0120 | Fax (312) 555-0121"
)

_X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*CASCADENEPH    *ZZ*CLEARPOINTHC   *260616*0912*^*00501*000000417*0*P*:",
            "GS*HC*CASCADENEPH*CLEARPOINTHC*20260616*0912*417*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*0616-02*20260616*0912*CH",
            "NM1*41*2*CASCADE NEPHROLOGY ASSOCIATES*****46*CNA0042",
            "NM1*85*2*CASCADE NEPHROLOGY ASSOCIATES*****XX*1995908930",
            "HL*1**20*1",
            "HL*2*1*22*0",
            "SBR*P*18*GRP8841******CI",
            "NM1*IL*1*FONTAINE*CELESTE****MI*W72290418",
            "N3*67 BIRCHWOOD TER",
            "N4*MILLBROOK*IL*60536",
            "DMG*D8*19660705*F",
            "NM1*PR*2*PRAIRIE BLUE HEALTH PLAN*****PI*PBH01",
            "CLM*CNA260605-3*310***11:B:1*Y*A*Y*Y",
            "HI*ABK:N183*ABF:E1122*ABF:I129",
            "LX*1",
            "SV1*HC:99214*210*UN*1***1",
            "DTP*472*D8*20260605",
            "LX*2",
            "SV1*HC:82043*100*UN*1***1",
            "SE*21*0001",
            "GE*1*417",
            "IEA*1*000000417",
        ]
    )
    + "~\n"
)

_X12_270_SAMPLE = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*CASCADENEPH    *ZZ*CLEARPOINTHC   *260615*1100*^*00501*000000001*0*T*:",
            "GS*HS*CASCADENEPH*CLEARPOINTHC*20260615*1100*1*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*TEST0001*20260615*1100",
            "HL*1**20*1",
            "NM1*PR*2*TEST PAYER*****PI*TESTPAYER",
            "HL*2*1*21*1",
            "NM1*1P*2*CASCADE NEPHROLOGY ASSOCIATES*****XX*1995908930",
            "HL*3*2*22*0",
            "NM1*IL*1*TESTCASE*DONOTUSE****MI*TEST0000001",
            "DMG*D8*19000101",
            "EQ*30",
            "SE*12*0001",
            "GE*1*1",
            "IEA*1*000000001",
        ]
    )
    + "~\n"
)

_FHIR_RX = """{
  "resourceType": "Bundle",
  "type": "message",
  "entry": [
    {"resource": {"resourceType": "MessageHeader", "eventCoding": {"code": "medication-order"},
      "source": {"endpoint": "https://fhir.cascadenephro.com/r4"}}},
    {"resource": {"resourceType": "Patient", "id": "cna-218804",
      "name": [{"family": "Oyelaran", "given": ["Bisi"]}], "birthDate": "1983-09-21",
      "telecom": [{"system": "phone", "value": "(312) 555-0151"}]}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/cna-218804"},
      "medicationCodeableConcept": {"text": "mycophenolate mofetil 1000 mg tablet"},
      "dosageInstruction": [{"text": "1 tablet by mouth twice daily"}],
      "reasonCode": [{"text": "Lupus nephritis class IV (M32.14)"}]}}
  ]
}
"""

_FHIR_SANDBOX = """{
  "resourceType": "Patient",
  "id": "example-sandbox-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Synthetic sandbox patient - not a real person</div>"},
  "name": [{"family": "Sandbox", "given": ["Testy"]}],
  "birthDate": "1970-01-01",
  "gender": "unknown"
}
"""

_CCDA_NEWSTART = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care Summary</title>
  <recordTarget><patientRole>
    <id extension="CNA-230117" root="2.16.840.1.113883.3.9137.2"/>
    <patient><name><given>Lucinda</given><family>Marchetti</family></name>
      <birthTime value="19550212"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for referral</title>
      <text>New start in-centre hemodialysis. CKD stage 5 due to ANCA vasculitis (M31.31), eGFR 7. Tunneled right IJ catheter placed 6/11/2026 at St Marks. Left AVF created 6/11, not yet mature.</text></section></component>
    <component><section><title>Medications</title>
      <text>Rituximab (last dose 5/20), prednisone 10 mg daily, amlodipine 10 mg, calcitriol 0.25 mcg.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="consult letter to primary care physician",
        notes="Hard positive: a one-line cover note; the consult PDF names the patient with DOB, MRN, CKD stage 4, eGFR and new medication.",
        frm="Dr. Anwar Siddiqui <anwar.siddiqui@cascadenephro.com>",
        to="referrals@oakhollowfamilymed.com",
        subject="Consult note - new patient seen 6/15",
        body="Dr. Whelan,\n\nThank you for the referral. My note is attached.\n\nAnwar Siddiqui, MD"
        + SIG,
        atts=(
            Att(
                "consult_Brennan_Patrick_2026-06-15.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE NEPHROLOGY ASSOCIATES",
                        "New patient consultation - 06/15/2026",
                        "Patient: Patrick Brennan   DOB: 10/02/1959   MRN: CNA-224590",
                        "Referring: Maura Whelan MD, Oak Hollow Family Medicine",
                        "Assessment: CKD stage 4 (N18.4) due to diabetic kidney disease (E11.22).",
                        "eGFR 22 mL/min/1.73m2 (Cr 2.84), UACR 1,140 mg/g, K 5.2, HCO3 19.",
                        "Plan: start finerenone 10 mg daily; continue empagliflozin 10 mg;",
                        "sodium bicarbonate 650 mg BID; low-potassium diet teaching;",
                        "vein preservation - no IVs/BP in left arm; kidney options class in July.",
                        "Follow-up 6 weeks with BMP in 2 weeks.",
                        "Anwar Siddiqui, MD   NPI: 1179466721",
                    ],
                    "Consultation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="biopsy diagnosis in subject line only",
        notes="Hard positive: the body is a one-line acknowledgement; the subject names the patient and her lupus nephritis biopsy class.",
        frm="Dr. Erik Paulsen <epaulsen@cascadenephro.com>",
        to="renalpath@stmarkscedarfalls.org",
        subject="RE: Ms. Yamamoto - lupus nephritis class IV on today's biopsy",
        body="Thanks Jun, got it. I'll review the EM with you tomorrow at 8.\n\nErik",
    ),
    Spec(
        phi=False,
        category="physician profile for website with specialties",
        notes="Hard negative: clinician bio listing glomerular diseases as interests, with NPI; no patient.",
        frm="Practice Manager <office@cascadenephro.com>",
        to="kelsey.webdesigns@gmail.com",
        subject="New provider bio for the website",
        body=(
            "Hi Kelsey,\n\nPlease add this bio under 'Our Physicians':\n\nSunita Raghavan, MD, FASN\n"
            "Dr. Raghavan completed her nephrology fellowship at Northwestern and joins Cascade in July. She "
            "has a special interest in glomerular diseases - IgA nephropathy, membranous nephropathy and FSGS - "
            "and runs our kidney biopsy clinic. She also sees patients with resistant hypertension and kidney "
            "stones. NPI: 1861008518. Languages: English, Tamil, Hindi.\n\nHeadshot to follow.\n\nThanks,\n"
            "Carla Benning, Practice Manager"
        ),
    ),
    Spec(
        phi=True,
        category="24-hour urine result and new medication to patient",
        notes="Named patient's proteinuria result and lisinopril start sent to her personal yahoo mailbox.",
        frm="Nurse Line <nurse@cascadenephro.com>",
        to="heather.lindgren82@yahoo.com",
        subject="Your urine test result",
        body=(
            "Hi Heather,\n\nDr. Raghavan reviewed your 24-hour urine: protein was 3.2 grams, which is higher "
            "than we want. She would like you to start lisinopril 10 mg once a day and get a blood test "
            "(BMP) in 10 days to check your potassium and kidney function. The prescription went to the "
            "Walgreens on Main.\n\nCall the nurse line with questions.\n\nJoan, RN" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="referral criteria guide for primary care",
        notes="Hard negative: guideline thresholds (eGFR, albuminuria) for when to refer, about no individual.",
        frm="Dr. Anwar Siddiqui <anwar.siddiqui@cascadenephro.com>",
        to="providers@oakhollowfamilymed.com",
        subject="When to refer to nephrology - one-page guide",
        body=(
            "Colleagues,\n\nFollowing last month's lunch-and-learn, here is the one-pager you asked for.\n\n"
            "REFER when:\n- eGFR < 30 mL/min/1.73m2, or a sustained drop > 25% with a change in CKD category\n"
            "- UACR > 300 mg/g (or > 30 mg/g with hematuria)\n- K > 5.5 despite treatment\n- Resistant "
            "hypertension on 4 drugs\n- Suspected glomerulonephritis (active sediment)\n\nDON'T stop "
            "SGLT2 inhibitors for a small creatinine bump (< 30%).\n\nAnwar Siddiqui, MD"
        ),
    ),
    Spec(
        phi=True,
        category="home blood pressure monitor order to DME vendor",
        notes="Written order for a BP monitor with patient name, DOB, phone and ICD-10 code sent to the equipment supplier.",
        frm="Referrals <referrals@cascadenephro.com>",
        to="intake@homesteadmedsupply.com",
        subject="DME order - home BP monitor",
        body=(
            "Standard written order\n\nPatient: Vernon Tillman\nDOB: 04/22/1963\nPhone: (312) 555-0158\n"
            "Item: automatic upper-arm BP monitor, large adult cuff (A4670)\nDiagnosis: hypertensive CKD "
            "stage 3b (I12.9, N18.32)\nLength of need: 99 months\nOrdering: Sunita Raghavan MD, NPI: "
            "1861008518\n\nPlease call the patient to arrange delivery.\n\nReferrals desk" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="synthetic X12 270 for clearinghouse onboarding",
        notes="Hard negative: X12 270 test file (ISA usage T) with a TESTCASE DONOTUSE subscriber, sent during clearinghouse set-up.",
        frm="Billing <billing@cascadenephro.com>",
        to="onboarding@clearpointhc.com",
        subject="Test 270 for connectivity - TEST indicator set",
        body=(
            "Hi Raj,\n\nHere is our test 270 (ISA15 = T, dummy subscriber TESTCASE/DONOTUSE) for the "
            "connectivity check. Please send back the 271 and 999 so we can confirm our parser.\n\n"
            "Diane Cho\nBilling Supervisor"
        ),
        atts=(Att("cna_test_270.x12", "application/edi-x12", _X12_270_SAMPLE),),
    ),
    Spec(
        phi=True,
        category="X12 837P claim resubmission",
        notes="Hard positive: body mentions only a batch number; the 837P names the subscriber with member ID, DOB, address and CKD/diabetes codes.",
        frm="Billing <billing@cascadenephro.com>",
        to="claims@clearpointhc.com",
        subject="Resubmission batch 0616-02",
        body="Batch 0616-02 attached (corrected taxonomy). 1 claim.\n\nDiane",
        atts=(Att("0616-02.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="records release to disability attorney",
        notes="Records sent to a law firm under authorisation; zip of a cover sheet with name, SSN and notes on dialysis-dependent kidney failure.",
        frm="Medical Records <records@cascadenephro.com>",
        to="intake@haverfordlawgroup.com",
        subject="Records request 26-0431 - response",
        body=(
            "Counsel,\n\nIn response to your request dated May 28 and the signed authorisation on file, the "
            "requested records (office notes 1/2025-6/2026 and lab summary) are attached as a zip. Our "
            "invoice for copying ($32.50) will follow.\n\nMedical Records Department" + SIG
        ),
        atts=(
            Att(
                "records_26-0431.zip",
                "application/zip",
                zipped(
                    {
                        "00_cover_sheet.txt": (
                            "CASCADE NEPHROLOGY ASSOCIATES - RELEASE OF INFORMATION\n"
                            "Patient: Gerald Ostrowski  DOB 12/09/1970  SSN 412-73-5580\n"
                            "Authorisation received 05/28/2026 (SSA disability claim)\n"
                        ),
                        "01_office_notes_summary.txt": (
                            "01/14/2025 CKD 4 due to FSGS, eGFR 19.\n"
                            "09/03/2025 Started in-centre HD via R IJ catheter, eGFR 8.\n"
                            "03/10/2026 Fatigue, cannot stand > 20 min; Hgb 9.6. Listed for transplant.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to attorney declining without authorisation",
        notes="Hard negative: reply to a law firm that neither names nor confirms any patient, citing the missing authorisation.",
        frm="Medical Records <records@cascadenephro.com>",
        to="paralegal@brightwaterinjurylaw.com",
        subject="RE: Your letter of June 3 (your ref BW-26-1187)",
        body=(
            "Dear Ms. Ferris,\n\nWe received your letter of June 3 (your reference BW-26-1187). Under HIPAA we "
            "cannot confirm or deny whether any individual is or was a patient of this practice, or release "
            "any records, without a valid authorisation signed by the individual or their personal "
            "representative. A subpoena alone is not sufficient unless accompanied by the assurances in 45 "
            "CFR 164.512(e).\n\nOur authorisation form is available at cascadenephro.com/records.\n\n"
            "Medical Records Department" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="creatinine result to patient's son by first name",
        notes="Hard positive: nurse writes to a son about 'your mom' with creatinine value and a medication hold; only first names.",
        frm="Joan Whitaker RN <jwhitaker@cascadenephro.com>",
        to="dev.prakash.home@gmail.com",
        subject="your mom's labs",
        body=(
            "Hi Dev,\n\nThanks for calling back. Your mom's creatinine came back 2.9 (it was 2.1 in April), so "
            "Dr. Paulsen wants her to hold the furosemide tomorrow and Thursday, drink normally, and repeat the "
            "blood test Friday at the Alder Pkwy lab. If her ankles swell or she gets short of breath, call us "
            "or go to the ER.\n\nJoan"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case report abstract",
        notes="Hard negative: conference abstract of a case with age under 90, no dates, names or locations beyond the state.",
        frm="Dr. Sunita Raghavan <sraghavan@cascadenephro.com>",
        to="abstracts@midwestkidneysymposium.org",
        subject="Abstract submission - case report track",
        body="Please find our case report abstract attached for the October symposium.\n\nSunita Raghavan, MD",
        atts=(
            Att(
                "abstract_C3G_case.docx",
                DOCX,
                docx(
                    [
                        "C3 glomerulopathy after streptococcal pharyngitis: a case report",
                        "S. Raghavan, E. Paulsen - Cascade Nephrology Associates, Illinois",
                        "A woman in her fifties presented with nephrotic-range proteinuria (6.8 g/day) and low C3 three weeks after pharyngitis.",
                        "Biopsy showed dominant C3 staining with subepithelial humps. She responded to mycophenolate and a complement inhibitor.",
                        "Learning point: persistent low C3 beyond 8 weeks should prompt evaluation for C3G.",
                        "Consent for publication was obtained; identifying details have been removed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospital rounding census workbook",
        notes="Multi-sheet rounding list of inpatients by hospital with names, rooms and renal diagnoses sent to partner physicians.",
        frm="Dr. Erik Paulsen <epaulsen@cascadenephro.com>",
        to="partners@cascadenephro.com",
        cc="covering.md@lakeshorehospitalists.com",
        subject="Weekend signout list",
        body="Signout for the weekend attached. Two new consults at St Marks came in after 4.\n\nErik",
        atts=(
            Att(
                "signout_0619.xlsx",
                XLSX,
                xlsx(
                    {
                        "St Marks": [
                            ["Room", "Patient", "Age", "Problem", "To do"],
                            [
                                "412B",
                                "Kessler, Ruth",
                                81,
                                "AKI on CKD3 - contrast",
                                "BMP am, hold lasix",
                            ],
                            [
                                "518",
                                "Abernathy, Cole",
                                47,
                                "ESRD HD TTS - clotted AVG",
                                "HD Sat after IR",
                            ],
                            ["ICU 6", "Pham, Linh", 63, "hyperK 7.1, rhabdo", "CRRT, CK q12"],
                        ],
                        "Lakeshore": [
                            ["Room", "Patient", "Age", "Problem", "To do"],
                            ["3W-20", "Grady, Owen", 72, "PD peritonitis", "vanc IP day 3 of 14"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician call schedule workbook",
        notes="Hard negative: multi-sheet on-call and clinic rota naming only physicians and sites.",
        frm="Practice Manager <office@cascadenephro.com>",
        to="operators@lakeshoreanswering.com",
        subject="July call schedule",
        body="Attached is the July call schedule for the answering service, with the backup list on tab 2.\n\nCarla",
        atts=(
            Att(
                "CNA_call_July2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Primary call": [
                            ["Dates", "Physician", "Cell"],
                            ["Jul 1-7", "Dr. Paulsen", "(312) 555-0171"],
                            ["Jul 8-14", "Dr. Siddiqui", "(312) 555-0172"],
                            ["Jul 15-21", "Dr. Raghavan", "(312) 555-0173"],
                            ["Jul 22-31", "Dr. Paulsen", "(312) 555-0171"],
                        ],
                        "Backup": [
                            ["Dates", "Backup"],
                            ["Jul 1-15", "Dr. Raghavan"],
                            ["Jul 16-31", "Dr. Siddiqui"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fistula photo named after patient to surgeon",
        notes="Hard positive: a PNG whose file name carries the patient's surname and access site; the body only says 'pic from clinic'.",
        frm="Dr. Anwar Siddiqui <anwar.siddiqui@cascadenephro.com>",
        to="dr.huang@vascularassociatesil.com",
        subject="pic from clinic",
        body="Ray - pic from clinic today. Aneurysmal segment, shiny skin over it. Thoughts before her run Sat?\n\nA.",
        atts=(
            Att("AVF_left_upperarm_Beaumont_R_0616.png", "image/png", png(6, 4, (188, 120, 110))),
        ),
    ),
    Spec(
        phi=False,
        category="logo file to letterhead printer",
        notes="Updated practice logo sent to a print vendor; no patient.",
        frm="Practice Manager <office@cascadenephro.com>",
        to="orders@printworksmillbrook.com",
        subject="New logo for letterhead and envelopes",
        body="Hi Sam,\n\nAttached is the updated logo (PNG). Please use it for the 2,000 letterhead and #10 envelope reorder.\n\nCarla",
        atts=(Att("cascade_logo_2026.png", "image/png", png(8, 8, (20, 90, 150))),),
    ),
    Spec(
        phi=True,
        category="return-to-work letter to employer",
        notes="Work status letter to an employer naming the patient and his peritoneal dialysis catheter placement with restrictions.",
        frm="Dr. Erik Paulsen <epaulsen@cascadenephro.com>",
        to="hr@tristatelogisticsco.com",
        subject="Work status - Mr. Harlan Voigt",
        body=(
            "To whom it may concern,\n\nAt Mr. Voigt's request (signed release on file), this confirms he may "
            "return to work on June 29 with restrictions: no lifting over 10 lb for six weeks following "
            "placement of his peritoneal dialysis catheter, and a clean private space for a 30-minute exchange "
            "at midday.\n\nErik Paulsen, MD" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="kidney health talk offer to school nurse",
        notes="Offer of a general kidney health presentation to a school; no individual.",
        frm="Community Outreach <outreach@cascadenephro.com>",
        to="nurse.office@millbrookhighschool.org",
        subject="Free talk for health classes: kidneys, energy drinks and sports supplements",
        body=(
            "Dear Nurse Alvarez,\n\nCascade Nephrology offers a free 30-minute talk for high-school health "
            "classes on how kidneys work, hydration in sports, and what energy drinks, creatine and NSAIDs do "
            "to the kidneys. Dr. Raghavan is available on Tuesday mornings in September.\n\nKind regards,\n"
            "Community Outreach"
        ),
    ),
    Spec(
        phi=True,
        category="kidney biopsy pre-procedure invite to patient",
        notes="Calendar invite to a patient's gmail for a kidney biopsy pre-procedure visit, with name and instructions.",
        frm="Scheduling <scheduling@cascadenephro.com>",
        to="tomasz.wilk.1988@gmail.com",
        subject="Appointment: pre-biopsy visit, Mon June 22",
        body=(
            "Dear Tomasz Wilk,\n\nYour pre-procedure visit for your kidney biopsy is on Monday, June 22 at "
            "1:30 p.m. with Dr. Raghavan. Please stop aspirin and ibuprofen now and bring your medication "
            "list. Labs (CBC, PT/INR) will be drawn the same day. The invitation is attached for your "
            "calendar.\n\nCascade Scheduling"
        ),
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cascade//Appointments//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:appt-88231@cascadenephro.com\nDTSTAMP:20260616T150000Z\nDTSTART:20260622T183000Z\n"
            "DTEND:20260622T191500Z\nSUMMARY:Pre-biopsy visit - Tomasz Wilk - Dr. Raghavan\n"
            "LOCATION:1450 Alder Parkway Suite 300\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="journal club invite",
        notes="Journal club calendar invite about a published trial; no patients.",
        frm="Dr. Sunita Raghavan <sraghavan@cascadenephro.com>",
        to="partners@cascadenephro.com",
        cc="fellows@midwestuniv.edu",
        subject="Journal club: FLOW trial (semaglutide in CKD)",
        body="Dinner provided. Fellows welcome.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cascade//Appointments//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:jc-2026-06@cascadenephro.com\nDTSTAMP:20260616T150000Z\nDTSTART:20260625T230000Z\n"
            "DTEND:20260626T003000Z\nSUMMARY:Journal club - FLOW trial\nLOCATION:Alder Pkwy conference room\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="DEA registration renewal confirmation to hospital credentialing",
        notes="Hard negative: a physician's DEA and NPI numbers sent for credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@cascadenephro.com>",
        to="medstaff@stmarkscedarfalls.org",
        subject="Dr. Paulsen - DEA renewal for reappointment file",
        body=(
            "Hello Medical Staff Office,\n\nFor Dr. Erik Paulsen's reappointment file: his DEA registration "
            "BR0771801 was renewed through 06/30/2029 (schedules 2-5), Illinois controlled substance licence "
            "renewed as well. NPI: 1919805782. Copies attached to the portal upload this morning.\n\n"
            "Thank you,\nMeg Albright, Credentialing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="APOL1 testing patient FAQ",
        notes="Hard negative: general genetic-testing FAQ mailed to a patient education list; no individual result.",
        frm="Cascade Nephrology <education@cascadenephro.com>",
        to="patient-education-list@cascadenephro.com",
        subject="New handout: Should I get tested for APOL1?",
        body=(
            "APOL1 AND YOUR KIDNEYS\n\nWhat is APOL1? A gene. Two 'risk' copies (for example G1/G2) raise the "
            "chance of kidney disease, mostly in people with West African ancestry.\nDoes a high-risk result "
            "mean I will get kidney failure? No - most people with two risk copies never do.\nWho should be "
            "tested? Talk with your nephrologist; we also offer genetic counselling.\n\nThis handout is "
            "general information, not medical advice."
        ),
    ),
    Spec(
        phi=True,
        category="FHIR medication order to specialty pharmacy",
        notes="Hard positive: body mentions only an order number; the FHIR bundle names the patient with DOB, phone and a mycophenolate order for lupus nephritis.",
        frm="e-Prescribing <erx@cascadenephro.com>",
        to="intake@keystonespecialtyrx.com",
        subject="Specialty order - FHIR message (manual resend)",
        body="Our FHIR endpoint to you is down; manual resend of order 66120 attached per your helpdesk.\n\nCNA e-Rx",
        atts=(Att("order_66120.json", "application/fhir+json", _FHIR_RX),),
    ),
    Spec(
        phi=False,
        category="EHR sandbox FHIR example resource",
        notes="Hard negative: FHIR Patient from a vendor sandbox tagged HTEST and labelled synthetic, sent to an app developer.",
        frm="IT <it@cascadenephro.com>",
        to="dev@renalappstudio.io",
        subject="Sandbox patient for your app testing",
        body=(
            "Hi Priyanka,\n\nHere is the synthetic Patient resource from our EHR sandbox (tagged HTEST, not a "
            "real person). Please use only sandbox records until the security review and BAA are done.\n\n"
            "Eli Baptiste, IT"
        ),
        atts=(Att("sandbox_patient.json", "application/fhir+json", _FHIR_SANDBOX),),
    ),
    Spec(
        phi=True,
        category="tolvaptan appeal to health plan",
        notes="Appeal letter with member ID, patient name, ADPKD diagnosis, kidney volume and eGFR decline.",
        frm="Prior Auth <priorauth@cascadenephro.com>",
        to="appeals@prairiebluehealth.com",
        subject="Level 1 appeal - Jynarque denial - member W81177305",
        body=(
            "Appeals Department,\n\nWe are appealing the June 9 denial of tolvaptan (Jynarque) for Celia "
            "Ruiz-Montoya, member W81177305, DOB 07/18/1984.\n\nShe has autosomal dominant polycystic kidney "
            "disease (Q61.2) with height-adjusted total kidney volume of 980 mL/m (Mayo class 1D) and an eGFR "
            "decline from 71 to 58 over 18 months. She meets the plan's own criteria in policy RX-221, "
            "section 3. MRI report and lab trend are available on request.\n\nSunita Raghavan, MD"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule negotiation with CPT codes",
        notes="Hard negative: contract negotiation listing CPT codes and rates; no patient.",
        frm="Carla Benning <cbenning@cascadenephro.com>",
        to="provider.contracting@prairiebluehealth.com",
        subject="2027 fee schedule counter-proposal",
        body=(
            "Hi Mark,\n\nOur counter-proposal for 2027:\n\n  90960 ESRD monthly, 4+ visits     $312 -> $336\n"
            "  90961 ESRD monthly, 2-3 visits   $265 -> $281\n  99214 established, moderate      $118 -> $124\n"
            "  50200 percutaneous renal biopsy  $611 -> $640\n\nWe're flexible on the E/M codes if the monthly "
            "capitation moves. Free Thursday afternoon to talk.\n\nCarla Benning\nPractice Manager"
        ),
    ),
    Spec(
        phi=True,
        category="headerless lab table of named patients",
        notes="Hard positive: a table with no column headers listing patient surnames, dates and potassium/phosphorus/hemoglobin values.",
        frm="Dr. Anwar Siddiqui <anwar.siddiqui@cascadenephro.com>",
        to="ralbers@riverbendkidney.com",
        subject="the ones I mentioned",
        body=(
            "Renee - the ones I mentioned at rounds. Can you see them first next week?\n\n"
            "Rios      6/12  6.4  8.1  10.2\nChen-Ward 6/12  5.9  7.7   9.8\nOkonjo    6/10  6.0  9.3  "
            "11.0\nBeaumont  6/10  5.7  6.9   8.9\n\nA."
        ),
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice",
        notes="Hard negative: workplace exposure notice that does not name or describe the infected staff member.",
        frm="Practice Manager <office@cascadenephro.com>",
        to="staff@cascadenephro.com",
        subject="Possible COVID exposure - front office, June 11",
        body=(
            "Team,\n\nA member of our workforce tested positive for COVID-19. If you spent more than 15 minutes "
            "in the front office or break room on Thursday, June 11, please test on day 5 and wear a mask "
            "through June 21. Please do not speculate about who it is.\n\nCarla"
        ),
    ),
    Spec(
        phi=True,
        category="hospice referral for dialysis withdrawal",
        notes="Hospice referral naming the patient with DOB and MBI, stopping dialysis with prognosis.",
        frm="Dr. Erik Paulsen <epaulsen@cascadenephro.com>",
        to="referrals@gentleharborhospice.org",
        subject="Hospice referral - urgent",
        body=(
            "Hospice intake,\n\nReferral for Edith Carrow, DOB 02/03/1938, MBI: 7CM2FX5RJ31. She has decided, "
            "with her family, to stop hemodialysis after her treatment on June 17. ESRD (N18.6), CHF EF 20%, "
            "dementia. Expected survival 7-14 days after the last treatment. Lives with daughter Ruth "
            "(317 Ferncliff Rd, Millbrook; (630) 555-0168). Comfort orders signed.\n\nErik Paulsen, MD"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with fictitious example",
        notes="Hard negative: HIPAA refresher using a plainly fictitious 'John Doe' scenario for training.",
        frm="Compliance <compliance@cascadenephro.com>",
        to="staff@cascadenephro.com",
        subject="Annual HIPAA refresher due June 30",
        body=(
            "Everyone,\n\nThe annual HIPAA module is due June 30. New this year: a quiz on misdirected e-mail.\n\n"
            'Sample question: \'You type "John Doe dialysis schedule" into an e-mail to a transport company '
            "without a BAA. What should you do?' (John Doe is fictitious.)\n\nReminders: no PHI in subject "
            "lines; use [secure] for anything outside cascadenephro.com.\n\nMeg Albright, Privacy Officer"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient diet question to dietitian",
        notes="Hard positive: short forward; the nested patient e-mail names him, his dialysis and his potassium.",
        frm="Nurse Line <nurse@cascadenephro.com>",
        to="dietitian@renalnutritionpartners.com",
        subject="Fwd: avocado question",
        body="Can you answer this one for us? Thanks - Joan",
        forward=Spec(
            phi=True,
            category="patient email",
            notes="nested",
            frm="Leon Fairbanks <leon.fairbanks@outlook.com>",
            to="nurse@cascadenephro.com",
            subject="avocado question",
            body=(
                "Hello, this is Leon Fairbanks, Dr Siddiqui's patient. Since I started peritoneal dialysis my "
                "potassium has been 3.2. Can I eat avocado every day now? My wife says no."
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new office location announcement to referring providers",
        notes="HTML-only announcement of a new clinic site to referring offices; no patients.",
        frm="Cascade Nephrology <news@cascadenephro.com>",
        to="referring-offices@cascadenephro.com",
        subject="We're opening in Cedar Falls",
        body="",
        html=(
            "<html><body><h2>Cascade Nephrology - now in Cedar Falls</h2><p>Starting August 3 we will see "
            "patients at <b>88 Depot Street, Cedar Falls</b>, Tuesdays and Thursdays. Referrals: fax (312) "
            "555-0121 as usual.</p><p>Same-week appointments for eGFR &lt; 20.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="kidney function result letter HTML",
        notes="HTML-only result letter to a named patient's outlook mailbox with eGFR and UACR values.",
        frm="Patient Results <results@cascadenephro.com>",
        to="m.okwuosa@outlook.com",
        subject="Your recent results",
        body="",
        html=(
            "<html><body><p>Dear Mr. Okwuosa,</p><p>Your results from June 10:</p><table border='1'>"
            "<tr><td>eGFR</td><td>41</td><td>(last 45)</td></tr><tr><td>Urine albumin/creatinine</td>"
            "<td>96 mg/g</td><td>(last 140)</td></tr><tr><td>Potassium</td><td>4.6</td><td></td></tr></table>"
            "<p>Dr. Siddiqui: <i>Stable kidney function, protein better on Farxiga. Keep going.</i></p>"
            "</body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="aggregate CKD registry figures for hospital partnership",
        notes="Hard negative: practice-wide counts of CKD patients, dialysis starts and transplants; no individual.",
        frm="Carla Benning <cbenning@cascadenephro.com>",
        to="strategy@stmarkscedarfalls.org",
        subject="Numbers for the kidney care partnership proposal",
        body=(
            "Hi Jenna,\n\nThe numbers you asked for (calendar 2025):\n- 1,840 active CKD stage 3-5 patients\n"
            "- 212 dialysis starts (31% unplanned, via the ED)\n- 17 pre-emptive transplants\n- 64% of "
            "new starts with an AV fistula or graft\n\nWe think a CKD navigator at St Marks could cut the "
            "unplanned starts by a third.\n\nCarla"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition summary to dialysis unit",
        notes="Hard positive: body says only 'packet for Monday's new start'; the C-CDA names the patient with MRN, DOB, vasculitis and rituximab.",
        frm="Dr. Anwar Siddiqui <anwar.siddiqui@cascadenephro.com>",
        to="admissions.mb@riverbendkidney.com",
        subject="Admission packet - Monday new start",
        body="Packet for Monday's new start attached. Orders signed in your portal.",
        atts=(Att("transition_summary.xml", "application/xml", _CCDA_NEWSTART),),
    ),
    Spec(
        phi=False,
        category="practice management software renewal quote",
        notes="Vendor licence quote PDF; nothing about patients.",
        frm="Carla Benning <cbenning@cascadenephro.com>",
        to="renewals@medofficesoftware.com",
        subject="Signed quote Q-26-5521",
        body="Signed renewal quote attached. Please invoice annually, not monthly.\n\nCarla",
        atts=(
            Att(
                "Q-26-5521_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUOTE Q-26-5521 - ACCEPTED BY CASCADE NEPHROLOGY ASSOCIATES",
                        "Practice management suite, 14 named users, 12 months: $18,480.00",
                        "Clearinghouse connector: $1,200.00",
                        "Term: 07/01/2026 - 06/30/2027",
                        "Signed: Carla Benning, Practice Manager, 06/16/2026",
                    ],
                    "Quote",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vancomycin dosing question to pharmacist",
        notes="Named patient on hemodialysis with vancomycin level and infection source sent to an outside pharmacist.",
        frm="Dr. Sunita Raghavan <sraghavan@cascadenephro.com>",
        to="clinicalpharmacy@lakeshorehospital.org",
        subject="vanc dosing for HD patient on 3W",
        body=(
            "Hi Tom,\n\nFor Kenneth Pruitt on 3W (HD MWF, MRSA bacteremia from his tunneled catheter): pre-HD "
            "vancomycin level today was 14.2. I'd like to keep 15-20. Would you go to 1,250 mg after each "
            "treatment or add a mid-week dose? Catheter comes out tomorrow.\n\nThanks,\nSunita"
        ),
    ),
]
