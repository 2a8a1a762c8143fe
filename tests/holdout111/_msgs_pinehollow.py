"""Pine Hollow Memorial Hospital (rural critical access hospital) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nPine Hollow Memorial Hospital | 410 Larch Street, Harlan Gap, MT | (406) 555-0100\nA Critical Access Hospital serving the upper Tamarack valley since 1952."
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee. If you received it in error, please notify the sender and delete it."

HL7_LAB = (
    "MSH|^~\\&|PHM_LIS|PINEHOLLOW|BILLINGS_REF|BRMC|202610130612||ORU^R01|PH-884120|P|2.5.1\r"
    "PID|1||PH00418822^^^PHM^MR||Kessler^Arvid^J||19580317|M|||77 Cutbank Rd^^Harlan Gap^MT^59433||(406)555-0131\r"
    "PV1|1|I|MED^104^A\r"
    "OBR|1|ORD55120|LAB88412|24331-1^Lipid panel^LN|||202610130540\r"
    "OBX|1|NM|2823-3^Potassium^LN||2.9|mmol/L|3.5-5.1|LL|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||2.41|mg/dL|0.7-1.3|H|||F\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary - Pine Hollow Memorial Hospital</title>
  <recordTarget><patientRole><id extension="PH00397561" root="2.16.840.1.113883.3.9911"/>
    <patient><name><given>Loretta</given><family>Vangsness</family></name>
    <birthTime value="19440922"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title><text>Admitted 10/08/2026 with community-acquired pneumonia (J18.9) and acute on chronic diastolic heart failure. Treated with ceftriaxone and azithromycin, IV furosemide. Swing-bed stay for PT before discharge home 10/12/2026.</text></section></component>
    <component><section><title>Discharge Medications</title><text>Furosemide 40 mg PO daily; amoxicillin-clavulanate 875 mg BID x 3 days; metoprolol succinate 25 mg daily.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*PINEHOLLOW     *ZZ*MTMEDICAID     *261013*0915*^*00501*000004417*0*P*:~"
    "GS*HC*PINEHOLLOW*MTMEDICAID*20261013*0915*4417*X*005010X223A2~"
    "ST*837*0001*005010X223A2~"
    "BHT*0019*00*PH4417*20261013*0915*CH~"
    "NM1*85*2*PINE HOLLOW MEMORIAL HOSPITAL*****XX*1276646357~"
    "NM1*IL*1*DUCHARME*WESLEY****MI*MT70418852~"
    "DMG*D8*20190604*M~"
    "CLM*PH2610-0931*1840.50***13:A:1~"
    "HI*ABK:S52.521A~"
    "SV2*0450*HC:99284*1210.00*UN*1~"
    "SV2*0320*HC:73090*630.50*UN*1~"
    "SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Critical lab HL7 result forwarded to reference hospital",
        notes="HL7 ORU attachment names inpatient Arvid Kessler with MRN, DOB and critical potassium.",
        frm="Laboratory <lab@pinehollowmemorial.org>",
        to="interfaces@billingsregionalmed.org",
        subject="Resend ORU msg PH-884120 (interface dropped it)",
        body="Hi Dana,\n\nYour engine rejected this one at 06:12 with an ACK AE. Re-sending the raw message as a file so you can replay it manually. Segment count is 6.\n\nThanks,\nGreg Tollefson, MLS\nLab systems"
        + SIG,
        atts=(Att("PH-884120.hl7", "application/hl7-v2", HL7_LAB),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to primary care clinic",
        notes="C-CDA attachment identifies Loretta Vangsness with MRN, DOB, pneumonia and heart failure stay.",
        frm="Health Information Management <him@pinehollowmemorial.org>",
        to="records@cutbankfamilyclinic.org",
        subject="Transition of care document",
        body="Please find the transition of care summary attached for your patient, discharged today from swing bed. Let us know if the file does not import.\n\nHIM Department"
        + SIG
        + CONF,
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="837I claim file to state Medicaid with child's fracture",
        notes="Hard positive: X12 837 attachment holds child's name, Medicaid ID, DOB and radius fracture code; body is bland.",
        frm="Patient Financial Services <pfs@pinehollowmemorial.org>",
        to="edi-support@mtmedicaidfiscal.com",
        subject="Test resubmission batch 4417",
        body="Attached is batch 4417 which failed at your front end with a 999 rejection on the HI segment. We corrected the qualifier. Can you confirm it passes now?\n\nRuth Ann Pickering\nPFS Specialist"
        + SIG,
        atts=(Att("PH4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="Swing-bed programme overview for referral partners",
        notes="Hard negative: describes swing-bed eligibility criteria and diagnoses in general terms; no patient.",
        frm="Case Management <casemgmt@pinehollowmemorial.org>",
        to="discharge.planners@billingsregionalmed.org",
        subject="Swing-bed referrals: what we can take this winter",
        body=(
            "Hello discharge planning team,\n\nAs snow season starts, a reminder of what our 12 swing beds accept:\n"
            "- post-op orthopaedic rehab (hip/knee arthroplasty, ORIF)\n- IV antibiotics for osteomyelitis, cellulitis, pneumonia (PICC managed on site)\n"
            "- CHF and COPD reconditioning\n- wound care incl. wound VAC\n\nWe cannot take: ventilator patients, dialysis, or BMI over 50 (bed limits).\n"
            "Call the case manager line (406) 555-0112 before sending a referral packet.\n\nMarisol Decker, RN, Case Manager"
        )
        + SIG,
    ),
    Spec(
        phi=True,
        category="Lab result reply to patient's personal email",
        notes="Tells patient Hank Brodeur by his gmail that his PSA came back 7.8 and urology referral placed.",
        frm="Pine Hollow Clinic <clinic@pinehollowmemorial.org>",
        to="hank.brodeur.ranch@gmail.com",
        subject="RE: did my bloodwork come back",
        body="Hi Hank,\n\nYes - your PSA from last Tuesday was 7.8, which is higher than Dr. Amundsen would like. She has put in a referral to urology in Great Falls and their office should call you within a week. No need to stop any of your medicines.\n\nJanelle, RN\nPine Hollow Clinic\n\n> On Oct 11, Hank Brodeur wrote:\n> did my bloodwork come back? havent heard anything"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Flu shot clinic schedule to community",
        notes="Public flu clinic schedule for residents; no individual.",
        frm="Community Relations <news@pinehollowmemorial.org>",
        to="bev.gazette.hg@gmail.com",
        subject="For the Gazette: drive-through flu clinics",
        body="Hi Bev,\n\nCould you run this in next week's issue?\n\nDRIVE-THROUGH FLU SHOTS - Pine Hollow Memorial Hospital parking lot\nSat Oct 24, 9am-1pm and Sat Nov 7, 9am-1pm\nHigh-dose vaccine available for 65+. Bring your insurance card; no one turned away for inability to pay.\n\nThank you!\nKaren Ostby, Community Relations"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse nurse note to hospice with first name and room",
        notes="Hard positive: first name plus bed and comfort-care details to hospice; an identifiable inpatient.",
        frm="Nursing Supervisor <nursingsup@pinehollowmemorial.org>",
        to="intake@bigskyhospice.org",
        subject="bed 7",
        body="Doris in 7 is now DNR/comfort only per family mtg this am. Daughter Pam wants hospice eval today if possible. Morphine SL q2h prn working. Call me 555-0118.\n- Tove",
    ),
    Spec(
        phi=False,
        category="Hospital board meeting agenda",
        notes="Board agenda with budget and quality items; no patient.",
        frm="Administration <admin@pinehollowmemorial.org>",
        to="board@pinehollowmemorial.org",
        subject="October board meeting packet",
        body="Board members,\n\nThe October meeting is Thursday at 6:30 pm in the education room.\n\n1. Minutes of September\n2. CFO report: days cash on hand 84\n3. CAH recertification survey readiness\n4. Radiology CT replacement (capital request)\n5. Quality: fall rate, readmissions, sepsis bundle compliance\n6. Executive session: CEO evaluation\n\nDinner at 6.\nLinda Halvorsen, CEO"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Aggregate quality dashboard workbook to network",
        notes="Hard negative: multi-sheet workbook of monthly counts and rates by measure; no patient-level rows.",
        frm="Quality Department <quality@pinehollowmemorial.org>",
        to="flex-program@montanaruralhealth.org",
        subject="Q3 MBQIP data submission",
        body="Attached is our Q3 MBQIP workbook. ED transfer communication (EDTC) improved to 96%. Let me know if the ED-2 median looks off to you.\n\nSigrid Lunde, Quality Coordinator"
        + SIG,
        atts=(
            Att(
                "PHM_MBQIP_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Jul", "Aug", "Sep"],
                            ["EDTC all elements %", 91, 94, 96],
                            ["OP-18 median min", 112, 98, 104],
                            ["HCP flu vaccination %", 0, 0, 62],
                        ],
                        "Counts": [
                            ["Measure", "Numerator", "Denominator"],
                            ["EDTC", 71, 74],
                            ["Sepsis SEP-1", 5, 8],
                            ["Falls with injury", 1, 1980],
                        ],
                        "Notes": [
                            ["Item", "Comment"],
                            ["SEP-1", "Two fallouts: lactate timing"],
                            ["Falls", "Rate per 1000 patient days"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient roster workbook to telehealth vendor",
        notes="Hard positive: workbook rows tie named patients with DOB and phone to telepsychiatry appointments.",
        frm="Behavioral Health Scheduling <bhsched@pinehollowmemorial.org>",
        to="scheduling@peaktelepsych.com",
        subject="November tele-sessions",
        body="Hi team,\n\nSchedule for November tele-sessions is attached (two tabs, new and follow-up). Please send the Zoom links to the clinic room iPad, not to patients directly.\n\nThanks,\nCourtney"
        + SIG,
        atts=(
            Att(
                "Nov_telepsych.xlsx",
                XLSX,
                xlsx(
                    {
                        "New": [
                            ["Patient", "DOB", "Phone", "Date", "Reason"],
                            [
                                "Tyler Greyeagle",
                                "03/14/2001",
                                "406-555-0147",
                                "11/03/2026",
                                "depression, passive SI screen +",
                            ],
                            [
                                "Mavis Ortner",
                                "08/29/1967",
                                "406-555-0152",
                                "11/05/2026",
                                "PTSD eval",
                            ],
                        ],
                        "Follow-up": [
                            ["Patient", "Date", "Provider"],
                            ["Jody Stenerson", "11/10/2026", "Dr. Patel"],
                            ["Rylan Birdsbill", "11/12/2026", "Dr. Patel"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Employee influenza vaccination reminder",
        notes="Hard negative: staff flu shot compliance reminder naming departments, not people; no individual's health.",
        frm="Employee Health <employeehealth@pinehollowmemorial.org>",
        to="allstaff@pinehollowmemorial.org",
        subject="Flu shot deadline Nov 30 - 62% done",
        body="All staff,\n\nWe are at 62% for flu vaccination. Dietary and Environmental Services are lowest. Walk-in shots in Employee Health Tues/Thurs 7-9 am. If you decline, complete the declination form and wear a mask in patient areas Dec-March.\n\nThanks,\nBrenda Kuntz, RN, Employee Health",
    ),
    Spec(
        phi=True,
        category="Records release to attorney with PDF",
        notes="PDF encloses ED record of named patient for personal-injury attorney, with DOB and diagnoses.",
        frm="Release of Information <roi@pinehollowmemorial.org>",
        to="paralegal@sorensenlawbillings.com",
        subject="Records request - your ref 26-1183",
        body="Dear Ms. Whitcomb,\n\nIn response to your request and the enclosed HIPAA authorization, please find attached the requested records. Invoice for copying fees follows by mail.\n\nSincerely,\nRelease of Information"
        + SIG
        + CONF,
        atts=(
            Att(
                "ROI_26-1183.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINE HOLLOW MEMORIAL HOSPITAL - EMERGENCY DEPARTMENT RECORD",
                        "Patient: Colby R. Marchetti   DOB: 05/02/1989   MRN: PH00421907",
                        "Date of service: 08/16/2026",
                        "Chief complaint: MVC, rollover on Hwy 89, neck and left shoulder pain",
                        "Dx: cervical strain S16.1XXA; left clavicle fracture S42.002A",
                        "CT c-spine negative. Sling applied. Oxycodone 5 mg #10.",
                        "Disposition: home, ortho follow-up 1 week",
                    ],
                    "ED record",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Medical staff bio for new surgeon",
        notes="Hard negative: surgeon's bio lists conditions she treats and her NPI; a clinician, not a patient.",
        frm="Medical Staff Office <medstaff@pinehollowmemorial.org>",
        to="allstaff@pinehollowmemorial.org",
        subject="Welcome Dr. Renata Oyelaran, general surgery",
        body="Please welcome Dr. Renata Oyelaran, who joins us Nov 2 as our second general surgeon. Dr. Oyelaran completed residency at the University of Utah and treats gallbladder disease, hernias, appendicitis and skin cancers, and performs screening colonoscopy. NPI 1157353800. Clinic days Mon/Wed; OR Tue/Thu.\n\nMedical Staff Office",
    ),
    Spec(
        phi=True,
        category="Transfer center call-back with patient demographics",
        notes="Asks tertiary center to accept STEMI patient identified by name and age; encounter is PHI.",
        frm="ED Charge Nurse <edcharge@pinehollowmemorial.org>",
        to="transfercenter@billingsregionalmed.org",
        subject="Transfer request - please call back",
        body="Transfer center,\n\nFollowing up our 02:10 call. Patient Eldon Fairweather, 71 y/o M, inferior STEMI, post-tenecteplase at 01:38, still with 2 mm ST elevation. Hep drip running. Requesting cath lab acceptance; SkyBridge is on standby. Dr. Yoon at 406-555-0104.\n\nKaia, RN, ED charge",
    ),
    Spec(
        phi=False,
        category="CT scanner downtime notice to EMS",
        notes="Equipment downtime notice for EMS routing; no patient.",
        frm="Imaging Services <imaging@pinehollowmemorial.org>",
        to="dispatch@tamarackcountyems.gov",
        subject="CT down Wed 10/14 0600-1400",
        body="Tamarack dispatch,\n\nOur CT will be down for tube replacement Wednesday 10/14 from 0600 to 1400. Please route suspected stroke and major trauma directly to Billings or Great Falls during that window. We will page when back up.\n\nDale Nygaard, Imaging Manager",
    ),
    Spec(
        phi=True,
        category="Appointment reminder ICS to patient with procedure",
        notes="Hard positive: calendar invite to patient's yahoo names colonoscopy and prep instructions.",
        frm="Surgery Scheduling <surgsched@pinehollowmemorial.org>",
        to="gwen.tallbull@yahoo.com",
        subject="Your appointment on Oct 21",
        body="Hi Gwen, here is a calendar reminder for your procedure. Start the clear-liquid diet the day before. You need a driver.\n\nSurgery Scheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pine Hollow Memorial//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ph-surg-20261021-0730@pinehollowmemorial.org\r\nDTSTAMP:20261012T150000Z\r\nDTSTART:20261021T133000Z\r\nDTEND:20261021T150000Z\r\n"
            "SUMMARY:Colonoscopy - Gwen Tallbull - Dr. Oyelaran\r\nDESCRIPTION:Arrive 7:30 at Outpatient Surgery. Golytely split prep. Hold iron 5 days.\r\nLOCATION:Pine Hollow Memorial Hospital\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Staff meeting invite ICS",
        notes="Hard negative: calendar invite for nursing skills fair covering sepsis and stroke topics; no patient.",
        frm="Education <education@pinehollowmemorial.org>",
        to="nursing@pinehollowmemorial.org",
        subject="Annual skills fair",
        body="Required for all RNs and CNAs: stations on sepsis screening, stroke scale, restraints, and blood transfusion reactions.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pine Hollow Memorial//Education//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:skillsfair-2026@pinehollowmemorial.org\r\nDTSTAMP:20261012T150000Z\r\nDTSTART:20261028T140000Z\r\nDTEND:20261028T220000Z\r\n"
            "SUMMARY:Nursing skills fair 2026\r\nLOCATION:Education room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint to risk manager at insurer",
        notes="Hard positive: forward carries patient's own complaint about a missed fracture with her name and visit.",
        frm="Patient Experience <patientexperience@pinehollowmemorial.org>",
        to="claims@mountainmutualrisk.com",
        subject="FW: complaint - potential claim notice",
        body="Hi Trent,\n\nPer our policy, notifying you of a complaint that may become a claim. Original attached. We have started peer review.\n\nAnnika Sollid, Patient Experience",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Bernadette Kuhr <bkuhr56@hotmail.com>",
            to="patientexperience@pinehollowmemorial.org",
            subject="Broken wrist missed in your ER",
            body="I was seen in your ER on September 19 after I fell on ice and was told it was a sprain. Two weeks later in Great Falls they found my wrist was broken (scaphoid) and now I may need surgery. I want someone to explain this.\nBernadette Kuhr\nDOB 2/11/1956",
        ),
    ),
    Spec(
        phi=False,
        category="Vendor quote for lab analyzer service contract",
        notes="Vendor contract correspondence; no patient.",
        frm="Materials Management <purchasing@pinehollowmemorial.org>",
        to="contracts@meridiandiagnostics.com",
        subject="RE: Service agreement renewal - chemistry analyzer SN CA-44871",
        body="Hi Jordan,\n\nWe can accept the 3-year term at $18,400/yr if loaner coverage is included and response time is 48 hours given our location. Please send a revised quote.\n\nPO will be 2026-0917.\n\nTerry Bakke, Materials Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="School nurse note on student concussion",
        notes="Tells school a named student had a concussion with return-to-learn restrictions.",
        frm="Pine Hollow Clinic <clinic@pinehollowmemorial.org>",
        to="nurse@harlangapschools.org",
        subject="Return to school - Micah Thorsen",
        body="Dear Mrs. Fenske,\n\nMicah Thorsen (grade 10) was evaluated in our clinic on 10/9 for a concussion sustained in Friday's football game. He may attend half days this week, no screens longer than 20 minutes, no PE or contact sports until cleared. Parents signed a release for the school.\n\nDr. Paul Amundsen, MD\nPine Hollow Clinic",
    ),
    Spec(
        phi=False,
        category="De-identified readmission extract to university researcher",
        notes="Hard negative: Safe Harbor de-identified CSV with age bands, 3-digit ZIP, year only and diagnoses; no identifiers.",
        frm="Quality Department <quality@pinehollowmemorial.org>",
        to="rural.research@montanastateu.edu",
        subject="Readmissions extract (Safe Harbor de-identified)",
        body="Dr. Lindqvist,\n\nAttached is the 2025 readmission extract you requested under the data use agreement. Per Safe Harbor: no names, dates reduced to year, ZIP to three digits, ages over 89 grouped. Row IDs are random and not linkable.\n\nSigrid Lunde"
        + SIG,
        atts=(
            Att(
                "readmit_2025_deid.csv",
                "text/csv",
                "row_id,age_band,sex,zip3,year,index_dx,readmit_30d\r\nR0193,70-79,F,594,2025,I50.33,1\r\nR0441,80-89,M,594,2025,J44.1,0\r\nR0578,90+,F,594,2025,J18.9,1\r\nR0802,60-69,M,594,2025,N17.9,0\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of chart copies to auditor",
        notes="Password-protected zip for RAC auditor; body lists the patient accounts and admission dates in the audit.",
        frm="HIM Coding <coding@pinehollowmemorial.org>",
        to="records@cmsracregion3.com",
        subject="ADR response - 3 records",
        body="Enclosed are the medical records for the additional documentation request. Password sent by phone.\n\nAccount 80044129 - Nilsen, Harold - adm 03/02/2026\nAccount 80045507 - Redcloud, Annette - adm 04/17/2026\nAccount 80046013 - Sather, Evelyn - adm 05/29/2026\n\nMelanie Roe, RHIT"
        + SIG,
        atts=(
            Att(
                "ADR_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Nilsen_80044129.txt": "Admission H&P: sepsis from UTI, DM2.",
                        "Redcloud_80045507.txt": "Admission H&P: COPD exacerbation.",
                        "Sather_80046013.txt": "Admission H&P: hip fracture, ORIF.",
                    },
                    "Tamarack#2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with fictional patient",
        notes="Hard negative: training quiz using clearly fictional patient 'Jane Testpatient'; declared made-up.",
        frm="Compliance <compliance@pinehollowmemorial.org>",
        to="allstaff@pinehollowmemorial.org",
        subject="October privacy quiz (5 questions)",
        body="This month's privacy quiz. All names below are made up for training.\n\n1. Jane Testpatient (fictional) is admitted with pneumonia. Her neighbour, who works in dietary, looks up her chart to send a card. Is this allowed? (No - not needed for her job.)\n2. Can you text a lab result to a patient's cell? (Only via the portal.)\n3. A reporter calls about the Hwy 89 crash. What can you say? (Refer to Administration.)\n\nReply with your answers by Oct 30.\nCompliance Officer",
    ),
    Spec(
        phi=True,
        category="Pharmacy note to patient's retail pharmacy",
        notes="Tells outside pharmacy a named discharged patient's new anticoagulant and stopped meds.",
        frm="Pharmacy <pharmacy@pinehollowmemorial.org>",
        to="rx@valleydrugharlangap.com",
        subject="Med rec for discharge",
        body="Hi Stacy,\n\nOle Brekke (DOB 1/30/1949) went home today. New: apixaban 5 mg BID (new AFib). STOP aspirin 81 and naproxen. He said he fills with you; please flag his profile. Discharging MD Dr. Yoon.\n\nMarit, PharmD",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to prescribers",
        notes="Hard negative: IV fluid and drug shortage notice with substitution guidance; no patient.",
        frm="Pharmacy <pharmacy@pinehollowmemorial.org>",
        to="providers@pinehollowmemorial.org",
        subject="Shortage: 1000 mL NS bags and IV metoclopramide",
        body="Providers,\n\nOur wholesaler has allocated NS 1000 mL at 60% of usage. Please order oral hydration when possible and use 500 mL bags. IV metoclopramide is unavailable until December; ondansetron or prochlorperazine are substitutes. Pharmacy will auto-substitute per P&T policy.\n\nMarit Vold, PharmD",
    ),
    Spec(
        phi=True,
        category="HTML portal message notifying result with name",
        notes="HTML-only message to patient's mailbox names her and her abnormal mammogram follow-up.",
        frm="MyPineHollow Portal <noreply@pinehollowmemorial.org>",
        to="ingeborg.aas@outlook.com",
        subject="A message from your care team",
        body="",
        html="<html><body><p>Dear Ingeborg Aas,</p><p>Your screening mammogram on 10/6 needs <b>additional imaging</b> (BI-RADS 0). Please call Imaging at (406) 555-0121 to schedule a diagnostic mammogram and ultrasound.</p><p>Pine Hollow Memorial Hospital</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML newsletter on diabetes classes",
        notes="HTML-only community newsletter about diabetes education; no individual.",
        frm="Community Relations <news@pinehollowmemorial.org>",
        to="subscribers@lists.pinehollowmemorial.org",
        subject="Pine Hollow Health Notes - October",
        body="",
        html="<html><body><h2>Living Well with Diabetes</h2><p>Free 4-week class starting Nov 3, Tuesdays 5:30 pm. Learn about carb counting, insulin pens, and foot care.</p><h3>Our ER is ready for hunting season</h3><p>Tree-stand falls and firearm injuries: know your nearest help.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Wound photo to wound care consultant",
        notes="Hard positive: PNG file named after patient with wound type; body gives only first name and room.",
        frm="Wound Care RN <woundcare@pinehollowmemorial.org>",
        to="consult@northernwoundspecialists.com",
        subject="photo for tomorrow's tele-consult",
        body="Dr. Hale - photo from this morning, sacral wound for Arnie in swing bed 3, measuring 4.2 x 3.1 x 0.8 cm with tunnelling at 12 o'clock. VAC changed Monday.\n\nShelby",
        atts=(
            Att(
                "Arnold_Pruitt_stage4_sacral_2026-10-12.png", "image/png", png(6, 6, (170, 90, 80))
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Facilities photo of roof leak",
        notes="Photo of a roof leak for contractor; no patient.",
        frm="Facilities <facilities@pinehollowmemorial.org>",
        to="bids@bigskyroofing.com",
        subject="Roof leak over med-surg corridor",
        body="Photo attached of the stain above ceiling tile near the med-surg nurses station. Can you come look before the next storm? Access via the east stairwell.\n\nRoy Gunderson, Facilities",
        atts=(Att("roof_leak_medsurg.png", "image/png", png(5, 3, (120, 120, 130))),),
    ),
    Spec(
        phi=True,
        category="Docx referral letter to specialist",
        notes="DOCX referral letter names patient with DOB and suspected melanoma.",
        frm="Dr. Paul Amundsen <pamundsen@pinehollowmemorial.org>",
        to="referrals@greatfallsderm.com",
        subject="Referral",
        body="Referral letter attached. Patient will call to schedule. Thanks.\n\nPaul Amundsen, MD",
        atts=(
            Att(
                "referral_letter.docx",
                DOCX,
                docx(
                    [
                        "Pine Hollow Clinic - Referral",
                        "Re: Solveig Ramberg, DOB 06/19/1962",
                        "Reason: 9 mm irregular pigmented lesion left upper back, changed colour over 3 months. Suspect melanoma; requesting excisional biopsy.",
                        "History: prior BCC 2019. No anticoagulants.",
                        "Paul Amundsen, MD (family medicine), NPI 1957279577",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for travel RN",
        notes="Hard negative: job posting mentioning trauma, STEMI, stroke and swing-bed patient types; no patient.",
        frm="Human Resources <hr@pinehollowmemorial.org>",
        to="postings@ruralnursejobs.com",
        subject="Posting: RN - ED/Med-Surg float, 13 weeks",
        body="Please post:\n\nPine Hollow Memorial Hospital (25-bed CAH, Harlan Gap MT) seeks RN for ED/med-surg float. Must hold ACLS, PALS, TNCC. You will stabilise trauma, STEMI and stroke patients for transfer, and care for swing-bed patients. Housing stipend. Contact hr@pinehollowmemorial.org.",
        atts=(
            Att(
                "RN_float_posting.docx",
                DOCX,
                docx(
                    [
                        "RN - ED/Med-Surg Float",
                        "13-week contract, nights, 3x12",
                        "Requirements: 2 years acute care, ACLS/PALS/TNCC",
                        "Pay: $62/hr plus stipend",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Payer prior auth CSV with member IDs",
        notes="Hard positive: CSV of member IDs with CPT codes for MRI requests; no names but member numbers tied to care.",
        frm="Utilization Review <ur@pinehollowmemorial.org>",
        to="priorauth@bigskyhealthplan.com",
        subject="Batch PA requests wk 42",
        body="Attached PA batch. Clinicals will be faxed.\n\nJoan, UR",
        atts=(
            Att(
                "PA_wk42.csv",
                "text/csv",
                "member_id,cpt,icd10,dos\r\nBSH884120377,72148,M54.16,10/19/2026\r\nBSH884203119,73721,M23.221,10/20/2026\r\nBSH880917245,70553,G43.909,10/22/2026\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice on EHR downtime",
        notes="IT downtime notice mentioning downtime forms; no patient.",
        frm="IT Help Desk <helpdesk@pinehollowmemorial.org>",
        to="allstaff@pinehollowmemorial.org",
        subject="EHR upgrade Sat 10/17 midnight-4am",
        body="The EHR will be unavailable Saturday 10/17 from 00:00 to 04:00 for the vendor upgrade. Use the paper downtime packets (red binders) for orders, MAR and lab requisitions. Print the census report at 23:30.\n\nIT Help Desk x4357",
    ),
    Spec(
        phi=True,
        category="Birth announcement request from OB to newspaper",
        notes="Hard positive: tells newspaper about named mother's delivery at hospital with date and baby details.",
        frm="OB Unit <ob@pinehollowmemorial.org>",
        to="editor@harlangapgazette.com",
        subject="Births for this week's paper",
        body="Hi Bev, births with parent permission forms on file:\n\nBorn Oct 9 at Pine Hollow Memorial to Kayla and Dustin Rusk of Harlan Gap, a girl, Evie Rose, 7 lb 2 oz.\n\nThanks!\nOB Unit",
    ),
    Spec(
        phi=False,
        category="Charity care policy update to finance committee",
        notes="Policy document with income thresholds and example field names; no patient.",
        frm="Patient Financial Services <pfs@pinehollowmemorial.org>",
        to="finance-committee@pinehollowmemorial.org",
        subject="Financial assistance policy - redline",
        body="Redline attached. Key change: 100% discount up to 250% FPL (from 200%). The application form fields are unchanged (Patient Name, Account Number, Household Size, Income).\n\nRuth Ann",
        atts=(
            Att(
                "FAP_redline.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINE HOLLOW MEMORIAL HOSPITAL",
                        "Financial Assistance Policy FIN-204 (draft rev. 7)",
                        "Eligibility: household income up to 250% FPL - full discount",
                        "251-400% FPL - sliding scale",
                        "Application fields: Patient Name, Account Number, Household Size, Income",
                    ],
                    "FAP redline",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of lab CSVs to public health",
        notes="Zip of reportable-disease CSV naming patients with pertussis results to county health.",
        frm="Infection Prevention <ip@pinehollowmemorial.org>",
        to="epi@tamarackcountyhealth.gov",
        subject="Weekly reportables",
        body="Weekly reportable file attached as usual. Two new pertussis PCR positives, both school-age.\n\nHelga, IP",
        atts=(
            Att(
                "reportables_wk41.zip",
                "application/zip",
                zipped(
                    {
                        "reportables_wk41.csv": "name,dob,address,test,result,collected\r\nAddison Krebs,2014-07-22,15 Aspen Ln Harlan Gap,Bordetella PCR,POSITIVE,2026-10-07\r\nNoah Redthunder,2016-01-09,Box 88 Ruby Creek,Bordetella PCR,POSITIVE,2026-10-08\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Text file of interface spec to vendor",
        notes="Hard negative: interface field spec listing PID fields and a declared test patient ZZTEST; no real patient.",
        frm="Lab <lab@pinehollowmemorial.org>",
        to="integration@meridiandiagnostics.com",
        subject="Interface spec - field mapping",
        body="Field mapping attached. Please use only our test patient (ZZTEST, PATIENT ONE, MRN PH99999990) when validating.\n\nGreg",
        atts=(
            Att(
                "field_mapping.txt",
                "text/plain",
                "PID-3 Medical record number (PH + 8 digits)\r\nPID-5 Patient name (last^first^middle)\r\nPID-7 Date of birth YYYYMMDD\r\nOBX-5 Result value\r\nTest patient: ZZTEST^PATIENT ONE, MRN PH99999990 (non-production)\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider enrolment letter with NPI and DEA",
        notes="Hard negative: credentialing letter with physician's NPI and DEA numbers; provider identifiers are not PHI.",
        frm="Medical Staff Office <medstaff@pinehollowmemorial.org>",
        to="enrollment@bigskyhealthplan.com",
        subject="Provider enrollment - Dr. Min-jun Yoon",
        body="Please add Dr. Min-jun Yoon, family medicine/emergency, to our group contract.\nNPI 1847778192\nDEA BY1737367\nMontana license MED-PHY-21880\nEffective 11/01/2026. Specialties: emergency medicine, hospitalist care for pneumonia, CHF, sepsis.\n\nMedical Staff Office",
    ),
]
