"""Bayview Neonatal Follow-Up Clinic (NICU graduate follow-up): 37 outbound messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import BNF, Att, Spec

SIG = "\n\n--\nBayview Neonatal Follow-Up Clinic\n2200 Harbor View Rd, Suite 310 | 555-0100\nThis message may contain confidential information."

HL7_EHDI = (
    "MSH|^~\\&|BNF_EHR|BAYVIEW|EHDI|STATEDOH|202603170915||ORU^R01|BNF88213|P|2.5.1\r"
    "PID|1||BNF-2291473^^^BNF^MR||Adeyemi^Tobi^^^^^L||20251208|M|||47 Quarry Ln^^Port Ellison^ME^04123||^^PH^^^555^0131\r"
    "OBR|1||HS-55012|54111-0^Newborn hearing screen panel^LN|||20260316\r"
    "OBX|1|CWE|54109-4^Hearing screen left ear^LN||Refer||||||F\r"
    "OBX|2|CWE|54108-6^Hearing screen right ear^LN||Pass||||||F\r"
    "NTE|1||Diagnostic ABR scheduled 03/30/2026; NICU stay 41 days, gentamicin exposure\r"
)

HL7_TEST = (
    "MSH|^~\\&|BNF_EHR|BAYVIEW|INTERFACE_TEST|VENDOR|202603161030||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST-0001^^^BNF^MR||ZZTEST^NEWBORN^FAKE||20260101|F\r"
    "PV1|1|O|FOLLOWUP^^^BNF||||TESTDOC^ZZTEST\r"
)

FHIR_REG = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bnf-77120",
      "identifier": [{"system": "urn:bayview:mrn", "value": "BNF-2307718"}],
      "name": [{"family": "Halvorsen", "given": ["Signe"]}], "birthDate": "2025-06-02", "gender": "female"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "Bayley-4 cognitive composite (corrected age 9 mo)"},
      "subject": {"reference": "Patient/bnf-77120"}, "valueQuantity": {"value": 78}}},
    {"resource": {"resourceType": "Condition",
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "P27.1", "display": "Bronchopulmonary dysplasia originating in the perinatal period"}]},
      "subject": {"reference": "Patient/bnf-77120"}}}
  ]
}
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*BAYVIEWNEO     *ZZ*CLEARHUBX      *260317*0842*^*00501*000004417*0*P*:~"
    "GS*HS*BAYVIEWNEO*CLEARHUBX*20260317*0842*4417*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*EL4417*20260317*0842~HL*1**20*1~NM1*PR*2*MAINE CARE PLUS*****PI*77031~"
    "HL*2*1*21*1~NM1*1P*2*BAYVIEW NEONATAL FOLLOW-UP CLINIC*****XX*1583406123~"
    "HL*3*2*22*0~TRN*1*EL4417*1583406123~NM1*IL*1*FONTAINE*REMY****MI*MCP884120357~"
    "DMG*D8*20251119*M~DTP*291*D8*20260320~EQ*30~SE*13*0001~GE*1*4417~IEA*1*000004417~"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>NICU Follow-Up Transition Summary</title>
  <recordTarget><patientRole>
    <id extension="BNF-2288054" root="2.16.840.1.113883.19.5.99"/>
    <patient><name><given>Marisol</given><family>Estrada-Beck</family></name>
      <birthTime value="20250911"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Former 25+3 week infant. Grade III IVH left, resolved ROP stage 2, G-tube dependent, oropharyngeal dysphagia.</text>
    </section></component>
    <component><section><title>Plan</title>
      <text>Transfer follow-up to Dr. K. Oduya, Pine Street Pediatrics. Neurosurgery shunt check due April 2026.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

OCR = """[OCR export - scanner 2 - page 1 of 1 - confidence 0.87]
BAYVIEW NEONATAL F0LLOW-UP  -  NEW PATIENT INTAKE
Infant name: Castillo, Benjamín   DOB: O1/O4/2026
Parent/guardian: Yesenia Castillo   Cell: 555-0156
GA at birth: 29 wks   BW: 1180 g   NICU: St. Brendan's, 52 days
Dx on d/c: apnea of prematurity (on caffeine), anemia of prematurity, PDA - closed
Meds: caffeine citrate 5 mg/kg daily, ferrous sulfate 2 mg/kg
Insurance: Harborline Health  Member # HLH-3309-1472
Signature: ___Y. Castillo____   Date: 3/16/26
"""

MESSAGES = [
    Spec(
        phi=True,
        category="HTML appointment reminder to parent for developmental visit",
        notes="Portal-style reminder to mother's gmail naming infant Mateo Quiroga and his 12-month corrected-age Bayley testing visit.",
        frm="Bayview Scheduling <scheduling@bayviewneofollowup.org>",
        to="karina.quiroga88@gmail.com",
        subject="Reminder: upcoming visit at Bayview",
        body="",
        html=(
            "<html><body><p>Hi Karina,</p><p>This is a reminder that <b>Mateo Quiroga</b> is scheduled for his "
            "<b>12-month corrected-age developmental assessment (Bayley-4)</b> on Thursday, March 19 at 9:30 AM "
            "with Dr. Natarajan and our physical therapist.</p><p>Please allow 2.5 hours and bring his "
            "home oxygen log if he is still on oxygen.</p><p>Bayview Neonatal Follow-Up Clinic<br>555-0100</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="terse EI referral note with initials and DOB",
        notes="Hard positive: initials plus full DOB plus ROP stage and early-intervention referral sent to county EI coordinator.",
        frm="Lena Fairbanks RN <lfairbanks@bayviewneofollowup.org>",
        to="intake@coastalcountyei.org",
        subject="new referral",
        body="JR, DOB 11/02/2025 - ROP st 2 zone II, ophtho f/u 3/24. Hypertonia LE. Mom ok w/ EI referral, best # 555-0119 after 3pm.\n\nLena",
    ),
    Spec(
        phi=True,
        category="referral letter PDF to neurology, name only in attachment",
        notes="Hard positive: body says only 'referral attached'; the PDF names the infant, MRN and periventricular leukomalacia on MRI.",
        frm="Dr. Priya Natarajan <pnatarajan@bayviewneofollowup.org>",
        to="referrals@harborchildrensneuro.org",
        subject="Referral",
        body="Please see the attached referral. Happy to discuss by phone." + SIG,
        atts=(
            Att(
                "referral_neuro_0317.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW NEONATAL FOLLOW-UP CLINIC",
                        "Referral to Pediatric Neurology",
                        "Patient: Oskar Lindgren   MRN BNF-2301196   DOB 07/21/2025",
                        "Reason: cystic periventricular leukomalacia on term-equivalent MRI;",
                        "emerging spastic diplegia at 7 months corrected. Please evaluate for CP.",
                        "Referring: Priya Natarajan MD, NPI 1648302911",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU newborn hearing result to state EHDI program",
        notes="Hard positive: body is a one-liner; the HL7 message carries infant name, MRN, address and a 'refer' hearing screen.",
        frm="Interface Team <interfaces@bayviewneofollowup.org>",
        to="ehdi.reporting@maine-dohs.gov",
        subject="EHDI rescreen report batch 0317",
        body="Attached: rescreen result for this week (1 record).",
        atts=(Att("ehdi_0317.hl7", "application/hl7-v2", HL7_EHDI),),
    ),
    Spec(
        phi=True,
        category="growth chart image named after infant to dietitian",
        notes="Hard positive: infant named only in the PNG file name; body mentions falling weight velocity.",
        frm="Dr. Priya Natarajan <pnatarajan@bayviewneofollowup.org>",
        to="mdevlin@coastalnutritionservices.com",
        subject="growth concern",
        body="Meg - weight velocity has dropped to ~12 g/day since the switch off fortifier. Chart attached. Can you see her next week?\n\nPriya",
        atts=(Att("Okafor_Amara_growth_chart.png", "image/png", png(6, 4, (40, 120, 200))),),
    ),
    Spec(
        phi=True,
        category="daycare letter about home oxygen",
        notes="Letter to daycare director naming Sofia Delgado and her home oxygen and apnea monitor needs.",
        frm="Bayview Nursing <nursing@bayviewneofollowup.org>",
        to="director@littlesproutsdaycare.com",
        subject="Care instructions for Sofia Delgado",
        body=(
            "Dear Ms. Whitcomb,\n\nAt her parents' request, here are care instructions for Sofia Delgado while at "
            "Little Sprouts. Sofia was born at 27 weeks and has chronic lung disease. She uses oxygen at 0.25 L/min "
            "by nasal cannula during naps and wears a pulse oximeter; please call her mother if saturations stay "
            "below 90% for more than a minute. No peanut-containing foods until her allergy evaluation.\n\n"
            "Signed authorization is on file.\n\nRosa Meléndez, RN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry with member ID",
        notes="Hard positive: X12 270 attachment carries infant name, DOB and Medicaid member ID; body is routine.",
        frm="Billing Office <billing@bayviewneofollowup.org>",
        to="edi-support@clearhubx.com",
        subject="270 resubmission - file 4417",
        body="Resending file 4417; the first one failed the ISA length check. Thanks, Dot.",
        atts=(Att("EL4417.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to neonatal outcomes registry",
        notes="FHIR bundle with infant name, MRN, birth date, Bayley score and BPD diagnosis to an outcomes registry.",
        frm="Outcomes Data <outcomes@bayviewneofollowup.org>",
        to="submissions@neonataloutcomesnet.org",
        subject="Q1 submission - site 031",
        body="Test upload of one identified record per your onboarding checklist (BAA on file). Full batch to follow.",
        atts=(Att("site031_record.json", "application/fhir+json", FHIR_REG),),
    ),
    Spec(
        phi=True,
        category="reply to father about reflux medication dose",
        notes="Reply to father's outlook address about Noah's omeprazole dose and weight.",
        frm="Lena Fairbanks RN <lfairbanks@bayviewneofollowup.org>",
        to="d.brennan.home@outlook.com",
        subject="Re: Noah's reflux medicine",
        body=(
            "Hi Declan,\n\nDr. Natarajan reviewed Noah's weight (5.9 kg today) and wants to keep the omeprazole at "
            "5 mg once daily, 30 minutes before the first feed. Keep him upright for 20 minutes after feeds. "
            "If he starts refusing bottles or has blood in his spit-up, call us.\n\nLena\n\n"
            "> On Mon, Declan Brennan wrote:\n> Noah is spitting up more, should we go up on the medicine?"
        ),
    ),
    Spec(
        phi=True,
        category="multi-sheet interpreter booking roster with MRNs",
        notes="Workbook to interpreter agency listing infants, MRNs, languages and high-risk clinic visit types for next week.",
        frm="Front Desk <frontdesk@bayviewneofollowup.org>",
        to="bookings@lingualinkinterpreting.com",
        subject="Interpreter needs w/o 3/23",
        body="Hi team, roster attached. Arabic slots on Tuesday are the priority.\n\nThanks, Gabi",
        atts=(
            Att(
                "interpreters_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Tuesday": [
                            ["Time", "Infant", "MRN", "Language", "Visit"],
                            ["08:30", "Haddad, Yara", "BNF-2296610", "Arabic", "Bayley-4 + PT"],
                            [
                                "10:00",
                                "Salem, Omar",
                                "BNF-2299185",
                                "Arabic",
                                "BPD clinic, home O2 wean",
                            ],
                        ],
                        "Thursday": [
                            ["Time", "Infant", "MRN", "Language", "Visit"],
                            [
                                "09:00",
                                "Nguyen, Khoa",
                                "BNF-2302274",
                                "Vietnamese",
                                "Feeding team, G-tube",
                            ],
                            [
                                "13:30",
                                "Aguilar, Sofía",
                                "BNF-2290347",
                                "Spanish",
                                "Hearing aid check",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records sent with diagnosis in subject only",
        notes="Hard positive: diagnosis (BPD) only in the subject; body names Wren Castellano and her records being sent.",
        frm="Health Information <him@bayviewneofollowup.org>",
        to="dana.pryor@pinestreetpeds.com",
        subject="BPD follow-up records",
        body="Hi Dana,\n\nHere are the last two visit notes for Wren Castellano that you asked for; the portal link expires in 7 days.\n\nThanks,\nHIM",
    ),
    Spec(
        phi=True,
        category="CSV missed-appointment outreach list with phones",
        notes="CSV to home-visiting nurse agency with infant names, parent phones and missed follow-up visits.",
        frm="Outreach <outreach@bayviewneofollowup.org>",
        to="referrals@seasidehomevisiting.org",
        subject="no-show list for home visits",
        body="Families we couldn't reach after two no-shows. Could your nurses try a home visit?",
        atts=(
            Att(
                "noshow_march.csv",
                "text/csv",
                "infant,dob,parent_phone,missed_visit,concern\n"
                "Lucas Ferreira,2025-10-14,555-0123,2026-03-03,hypotonia; PT not started\n"
                "Aaliyah Brooks,2025-12-29,555-0128,2026-03-05,weight check after NEC surgery\n"
                "Jonah Petrakis,2025-08-02,555-0171,2026-03-10,hearing aid fitting\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition summary to new pediatrician",
        notes="C-CDA with infant name, MRN, IVH, ROP and G-tube history sent on transfer of care.",
        frm="Health Information <him@bayviewneofollowup.org>",
        to="records@pinestreetpeds.com",
        subject="Transition of care document",
        body="Attached is the transition summary for a shared patient transferring to Dr. Oduya.",
        atts=(Att("transition_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="password-protected records zip to family attorney",
        notes="Body names Elijah Brandt and the release of his NICU follow-up records to the family's attorney; records in encrypted zip.",
        frm="Release of Information <roi@bayviewneofollowup.org>",
        to="paralegal@marchettilawgroup.com",
        subject="Records request 26-0418",
        body=(
            "Dear Ms. Okonjo,\n\nPursuant to the signed authorization from his parents, enclosed are the follow-up "
            "clinic records for Elijah Brandt (visits 2025-2026). The file is password protected; we will phone "
            "the password to your office.\n\nRelease of Information" + SIG
        ),
        atts=(
            Att(
                "ROI_26-0418.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Brandt_E_records.txt": "Visit notes: Elijah Brandt, MRN BNF-2279930, HIE stage 2, cooled 72h, seizures on levetiracetam."
                    },
                    "Bv!2604",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first name relationship and hearing result to grandmother",
        notes="Hard positive: only the first name Lily plus relationship (granddaughter) and hearing retest result, sent to the grandmother's mailbox.",
        frm="Audiology <audiology@bayviewneofollowup.org>",
        to="bev.tanaka52@yahoo.com",
        subject="Re: Lily's retest",
        body="Hi Bev - thanks for bringing your granddaughter in. Lily passed in the left ear; the right ear needs a sedated ABR, which we'll book with her mom. - Jo (audiology)",
    ),
    Spec(
        phi=True,
        category="calendar invite for neurodevelopmental follow-up",
        notes="Invite to parent's icloud address for Ezra Whitfield's neurodevelopmental follow-up and MRI review.",
        frm="Bayview Scheduling <scheduling@bayviewneofollowup.org>",
        to="whitfield.family@icloud.com",
        subject="Invitation: Ezra Whitfield - neurodevelopmental follow-up",
        body="Ezra's visit with Dr. Natarajan to review his MRI and motor exam. Please arrive 15 minutes early.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bnf-appt-55190@bayviewneofollowup.org\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260325T133000Z\r\n"
            "DTEND:20260325T150000Z\r\nSUMMARY:Ezra Whitfield - neurodevelopmental follow-up (MRI review)\r\n"
            "LOCATION:Bayview Neonatal Follow-Up Clinic\\, Suite 310\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="OCR scanned intake form text attachment",
        notes="Hard positive: OCR text file of a scanned intake form with infant name, DOB, diagnoses, meds and member number.",
        frm="Gabi Torres <gtorres@bayviewneofollowup.org>",
        to="scanning@docuflowbpo.com",
        subject="OCR check - page came out garbled",
        body="The O/0 confusion is back on scanner 2. Output attached so you can see what we mean.",
        atts=(Att("scan2_ocr_0316.txt", "text/plain", OCR),),
    ),
    Spec(
        phi=True,
        category="headerless pipe table of transport patients",
        notes="Hard positive: headerless table of infant names, gestational age, discharge dates and home oxygen sent to a transport nurse.",
        frm="Lena Fairbanks RN <lfairbanks@bayviewneofollowup.org>",
        to="k.moreau@lifeflightnortheast.org",
        subject="for Friday",
        body="Kim, these three need the portable O2 setup for the ride in:\n\nTheo Marsh | 28w | d/c 1/14 | CLD, 0.5 L\nIvy Demir | 26w | d/c 2/02 | CLD, trach\nRaul Santos | 30w | d/c 2/20 | 0.125 L\n\nThanks!",
    ),
    Spec(
        phi=True,
        category="WIC prescription for special formula",
        notes="Medical documentation to WIC naming infant, DOB, prematurity diagnosis and prescribed formula.",
        frm="Bayview Nutrition <nutrition@bayviewneofollowup.org>",
        to="wic.portellison@maine-dohs.gov",
        subject="WIC medical documentation form",
        body=(
            "Infant: Camila Rojas   DOB: 12/15/2025\nDiagnosis: P07.33 preterm newborn, 30 completed weeks; poor weight gain\n"
            "Formula: Similac NeoSure 22 kcal/oz, 28 oz/day, 6 months\nPrescriber: Priya Natarajan MD, NPI 1648302911\n"
            + SIG
        ),
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="clinician spotlight newsletter with NPI",
        notes="Hard negative: bio of a neonatologist listing research interests in BPD and ROP and her NPI; no patient.",
        frm="Bayview Communications <news@bayviewneofollowup.org>",
        to="referringproviders@bayviewneofollowup.org",
        subject="Meet our new medical director",
        body=(
            "Please welcome Priya Natarajan, MD (NPI 1648302911), our new medical director. Dr. Natarajan trained "
            "in neonatal-perinatal medicine and studies long-term outcomes of bronchopulmonary dysplasia and "
            "retinopathy of prematurity. She sees patients Tuesday through Thursday." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate cohort outcomes workbook",
        notes="Hard negative: multi-sheet workbook of aggregate 2025 outcomes (counts and rates by GA band); no individuals.",
        frm="Outcomes Data <outcomes@bayviewneofollowup.org>",
        to="qualitycommittee@stbrendanshealth.org",
        subject="2025 follow-up outcomes for the QI meeting",
        body="Aggregate tables attached. Cells under 11 are suppressed per our policy.",
        atts=(
            Att(
                "outcomes_2025_aggregate.xlsx",
                XLSX,
                xlsx(
                    {
                        "By GA band": [
                            ["GA band", "Infants seen", "CP (%)", "Bayley cog <85 (%)"],
                            ["22-25 wk", "38", "13", "41"],
                            ["26-28 wk", "77", "6", "22"],
                            ["29-32 wk", "99", "<11 suppressed", "12"],
                        ],
                        "Attendance": [
                            ["Quarter", "Scheduled", "Attended"],
                            ["Q1", "312", "251"],
                            ["Q2", "298", "247"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interface test message with declared fake patient",
        notes="Hard negative: HL7 test message for a declared fake ZZTEST patient in the vendor test environment.",
        frm="Interface Team <interfaces@bayviewneofollowup.org>",
        to="support@meridianinterfaces.com",
        subject="TEST env: ADT A04 rejected",
        body="This is the test-environment sample (fake patient ZZTEST^NEWBORN, processing ID T). Your engine rejects it at PV1 - can you look?",
        atts=(Att("test_a04.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="staff notice clinic closure for training",
        notes="Staff notice about a half-day closure for Bayley-4 recertification.",
        frm="Clinic Manager <manager@bayviewneofollowup.org>",
        to="allstaff@bayviewneofollowup.org",
        subject="Friday afternoon closure",
        body="Reminder: clinic closes at noon Friday for Bayley-4 recertification. Please reschedule any PM visits by Wednesday.",
    ),
    Spec(
        phi=False,
        category="reply to job applicant",
        notes="Interview scheduling reply to an applicant's gmail; no health information.",
        frm="Human Resources <hr@bayviewneofollowup.org>",
        to="tessa.ngata.pt@gmail.com",
        subject="Re: Pediatric PT position",
        body="Hi Tessa,\n\nThanks for applying. Could you come in Tuesday 3/24 at 2 pm to meet the team? Parking is free in the garage.\n\nBest,\nMarta, HR",
    ),
    Spec(
        phi=False,
        category="de-identified research extract CSV",
        notes="Hard negative: Safe Harbor de-identified extract (study IDs, birth year, GA weeks, scores) to university collaborator under DUA.",
        frm="Research Coordinator <research@bayviewneofollowup.org>",
        to="lab.manager@northcoastuniv.edu",
        subject="De-identified extract v3 (DUA 2025-17)",
        body="Attached is v3 of the de-identified extract. Study IDs are random and the key stays here. No dates beyond year.",
        atts=(
            Att(
                "bnf_deid_v3.csv",
                "text/csv",
                "study_id,birth_year,ga_weeks,sex,bpd,bayley_cog,bayley_motor\nS-0412,2024,26,F,1,85,79\nS-0413,2024,29,M,0,95,100\nS-0414,2025,25,M,1,70,64\nS-0415,2025,31,F,0,105,97\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="nirsevimab supply notice to practices",
        notes="Hard negative: RSV immunisation supply notice with drug names and doses; no individual.",
        frm="Dr. Priya Natarajan <pnatarajan@bayviewneofollowup.org>",
        to="pediatrics-list@coastalpedsnetwork.org",
        subject="Nirsevimab 100 mg supply update",
        body="Colleagues - the distributor reports the 100 mg nirsevimab syringes are allocated through April. 50 mg is available. Palivizumab remains an option for eligible infants per AAP guidance."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA email training with placeholder names",
        notes="Hard negative: training reminder uses obvious placeholders (Baby Doe, MRN XXXXXXX); no real patient.",
        frm="Privacy Officer <privacy@bayviewneofollowup.org>",
        to="allstaff@bayviewneofollowup.org",
        subject="2-minute privacy tip: subject lines",
        body="Never put patient details in a subject line. Bad: 'Baby Doe, MRN XXXXXXX, ROP results'. Good: 'Follow-up question'. Use the portal for anything with results.\n\nPrivacy Office",
    ),
    Spec(
        phi=False,
        category="test kit order with SSN-shaped PO number",
        notes="Hard negative: purchase order number formatted like an SSN in a vendor order for assessment kits.",
        frm="Purchasing <purchasing@bayviewneofollowup.org>",
        to="orders@pearsonassessmentsupply.com",
        subject="PO 512-48-7730 - Bayley-4 kits",
        body="Please ship 2 Bayley-4 complete kits and 50 record forms against PO 512-48-7730. Ship to Suite 310.\n\nThanks,\nPurchasing",
    ),
    Spec(
        phi=False,
        category="HTML job posting for nurse practitioner",
        notes="Hard negative: job posting that mentions BPD, ROP and G-tubes generically; no individual.",
        frm="Human Resources <hr@bayviewneofollowup.org>",
        to="jobs@maineprovidercareers.com",
        subject="Posting: Neonatal Nurse Practitioner (follow-up clinic)",
        body="",
        html=(
            "<html><body><h2>Neonatal Nurse Practitioner</h2><p>Bayview Neonatal Follow-Up Clinic seeks an NNP to "
            "follow NICU graduates with BPD, ROP, feeding tubes and neurodevelopmental risk.</p><ul><li>NNP-BC required</li>"
            "<li>Four 10-hour days</li></ul></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="email policy document with example field names",
        notes="Hard negative: policy DOCX lists field names (Patient Name, MRN, DOB) as examples; no data.",
        frm="Privacy Officer <privacy@bayviewneofollowup.org>",
        to="leadership@bayviewneofollowup.org",
        subject="Draft: secure email policy v2",
        body="Draft attached for Thursday's review. Section 4 is new.",
        atts=(
            Att(
                "secure_email_policy_v2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Secure Email Policy v2 (DRAFT)",
                        "4. Fields such as Patient Name, MRN, DOB, Diagnosis and Insurance ID must only be sent via encrypted mail or the portal.",
                        "5. Never send to personal addresses without documented patient request.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly case conference invite without patients",
        notes="Recurring staff meeting invite; no patients listed.",
        frm="Clinic Manager <manager@bayviewneofollowup.org>",
        to="clinicalteam@bayviewneofollowup.org",
        subject="Monthly multidisciplinary meeting",
        body="Standing invite. Agenda to follow.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bnf-mdt-2026@bayviewneofollowup.org\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260401T170000Z\r\n"
            "DTEND:20260401T180000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=1WE\r\nSUMMARY:Multidisciplinary meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="foundation grant report PDF with aggregates",
        notes="Grant report PDF with program totals only.",
        frm="Development <development@bayviewneofollowup.org>",
        to="grants@penobscotfoundation.org",
        subject="Year 2 report - home visiting pilot",
        body="Dear Ms. Avery, our year 2 report is attached. Thank you for your support.",
        atts=(
            Att(
                "year2_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW NEONATAL FOLLOW-UP CLINIC - Year 2 Report",
                        "Families enrolled: 64. Home visits completed: 412.",
                        "No-show rate fell from 21% to 12%.",
                    ],
                    "Year 2 report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff pertussis exposure notice with no individual",
        notes="Hard negative: staff exposure notice about pertussis that names no staff member or patient.",
        frm="Occupational Health <occhealth@bayviewneofollowup.org>",
        to="allstaff@bayviewneofollowup.org",
        subject="Pertussis exposure - staff action needed",
        body="A workforce member has confirmed pertussis. If you worked in Suite 310 on March 11-13, check your Tdap status; occupational health offers azithromycin prophylaxis. Do not contact colleagues about who it is.",
    ),
    Spec(
        phi=False,
        category="eligibility criteria reply to public inquiry",
        notes="Hard negative: reply to a member of the public about which babies qualify (under 32 weeks or 1500 g); no individual's health.",
        frm="Bayview Info <info@bayviewneofollowup.org>",
        to="m.ostrowski.writes@gmail.com",
        subject="Re: who is seen at your clinic?",
        body="Thanks for asking. We follow infants born before 32 weeks or under 1500 g, and babies treated with cooling or ECMO, usually until age 3. Referrals come from the NICU team.\n\nBayview Info",
    ),
    Spec(
        phi=False,
        category="grand rounds announcement on neonatal abstinence",
        notes="Hard negative: talk announcement on neonatal opioid withdrawal outcomes with a speaker's name; no patient.",
        frm="Education <education@bayviewneofollowup.org>",
        to="grandrounds@stbrendanshealth.org",
        subject="Grand rounds 3/27: NOWS outcomes at age two",
        body="Speaker: Aaron Kessler, MD, developmental-behavioral pediatrics. Topic: neonatal opioid withdrawal syndrome and buprenorphine exposure - what we see at 24 months. Noon, Auditorium B.",
    ),
    Spec(
        phi=False,
        category="no-show rate dashboard image",
        notes="Hard negative: PNG chart of aggregate no-show rates forwarded to leadership.",
        frm="Clinic Manager <manager@bayviewneofollowup.org>",
        to="ops@stbrendanshealth.org",
        subject="Q1 no-show dashboard",
        body="Chart attached: clinic-wide no-show rate by month. Texting reminders started in February.",
        atts=(Att("noshow_rate_Q1.png", "image/png", png(8, 4, (90, 160, 90))),),
    ),
    Spec(
        phi=False,
        category="forwarded parking garage notice",
        notes="Forward of a building management notice about garage repairs.",
        frm="Clinic Manager <manager@bayviewneofollowup.org>",
        to="allstaff@bayviewneofollowup.org",
        subject="Fwd: Garage level 2 closed",
        body="FYI - please tell families to use level 3 next week.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Harbor View Property Mgmt <notices@harborviewproperties.com>",
            to="manager@bayviewneofollowup.org",
            subject="Garage level 2 closed",
            body="Level 2 of the garage will be closed March 23-27 for resurfacing.",
        ),
    ),
]

assert BNF
