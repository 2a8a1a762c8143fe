"""Outbound mail of Brightwater Heart Associates, a cardiology practice (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nBrightwater Heart Associates\n2200 Larkspur Parkway, Suite 300, Marlow Heights, OH\n"
    "Tel 555-0100 | Fax 555-0199 | www.brightwaterheart.com"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it."
)

_ICS_CARDIOVERSION = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightwater Heart Associates//Scheduling//EN\n"
    "METHOD:REQUEST\nBEGIN:VEVENT\nUID:bwh-proc-20261020-0730-cv@brightwaterheart.com\n"
    "DTSTAMP:20261012T150000Z\nDTSTART:20261020T123000Z\nDTEND:20261020T143000Z\n"
    "SUMMARY:Electrical cardioversion - Anselm Theroux\n"
    "LOCATION:Brightwater Procedure Suite, 2200 Larkspur Pkwy, 2nd floor\n"
    "DESCRIPTION:Nothing to eat or drink after midnight. Keep taking Eliquis 5 mg twice daily - "
    "do not miss a dose. Bring a driver.\n"
    "ATTENDEE;CN=Anselm Theroux:mailto:a.theroux1958@icloud.com\n"
    "ORGANIZER;CN=BWH Scheduling:mailto:scheduling@brightwaterheart.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

_ICS_LOCUM = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightwater Heart Associates//Staffing//EN\n"
    "METHOD:REQUEST\nBEGIN:VEVENT\nUID:bwh-locum-20261019@brightwaterheart.com\n"
    "DTSTAMP:20261012T160000Z\nDTSTART:20261019T120000Z\nDTEND:20261023T220000Z\n"
    "SUMMARY:Locum coverage - nuclear stress lab (Dr. Halvard Lindahl)\n"
    "LOCATION:Brightwater Heart Associates - Elm Street office\n"
    "DESCRIPTION:Dr. Lindahl reads all SPECT studies this week while Dr. Raman is at ASNC. "
    "Badge and EHR credentials ready Monday 7am.\n"
    "ATTENDEE;CN=Halvard Lindahl MD:mailto:hlindahl@cardiolocums.net\n"
    "ORGANIZER;CN=Practice Manager:mailto:pmanager@brightwaterheart.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)

_HL7_ADT = "\r".join(
    [
        "MSH|^~\\&|BWH_EHR|BRIGHTWATER|MHGH_ADT|MARLOWGEN|202610140912||ADT^A04|BWH20261014091200|P|2.5.1",
        "EVN|A04|202610140910",
        "PID|1||70318842^^^BWH^MR||OYELARAN^BABATUNDE^K||19610722|M|||418 Quarry Hill Rd^^Marlow Heights^OH^45872||555-0147",
        "PV1|1|O|CATH^PREOP^01||||1421072467^RAMAN^PRIYA^^^DR|||CAR||||||||||V8841203",
        "DG1|1||I25.110^Atherosclerotic heart disease of native coronary artery with unstable angina pectoris^I10|||A",
        "AL1|1|DA|^IODINATED CONTRAST|MO|HIVES",
    ]
)

_HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|BWH_EHR|BRIGHTWATER|VENDOR_TST|ECHOVUE|202610130815||ORU^R01|TST000417|T|2.5.1",
        "PID|1||TEST0001^^^BWH^MR||ZZTEST^ECHOPATIENT^ONE||19000101|U",
        "OBR|1||ECHO-TST-417|93306^TTE complete^CPT",
        "OBX|1|NM|LVEF^Left ventricular ejection fraction||55|%|||||F",
    ]
)

_X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*BRIGHTWATERHRT *ZZ*HARBORCLEAR    *261013*1720*^*00501*000004417*0*P*:",
            "GS*HC*BRIGHTWATERHRT*HARBORCLEAR*20261013*1720*4417*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*BWH4417*20261013*1720*CH",
            "NM1*85*2*BRIGHTWATER HEART ASSOCIATES*****XX*1121766848",
            "HL*1**20*1",
            "HL*2*1*22*0",
            "SBR*P*18*GRP55120******CI",
            "NM1*IL*1*VASQUEZ-REYES*ORLANDO****MI*UHC907731150",
            "N3*77 CANAL STREET APT 4",
            "N4*MARLOW HEIGHTS*OH*45872",
            "DMG*D8*19550309*M",
            "CLM*BWH-CLM-88213*612.00***11:B:1*Y*A*Y*Y",
            "HI*ABK:I48.19*ABF:I10",
            "LX*1",
            "SV1*HC:93000*48.00*UN*1***1",
            "LX*2",
            "SV1*HC:99214:25*196.00*UN*1***1",
            "LX*3",
            "SV1*HC:93306*368.00*UN*1***1",
            "SE*19*0001",
            "GE*1*4417",
            "IEA*1*000004417",
        ]
    )
    + "~\n"
)

_FHIR_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "bwh-60027719",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.9141.2", "value": "60027719"}
                    ],
                    "name": [{"family": "Castellanos", "given": ["Ines", "Maribel"]}],
                    "birthDate": "1949-12-02",
                    "telecom": [{"system": "phone", "value": "555-0163"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/bwh-60027719"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "I35.0",
                                "display": "Nonrheumatic aortic (valve) stenosis",
                            }
                        ]
                    },
                    "clinicalStatus": {"text": "active"},
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "subject": {"reference": "Patient/bwh-60027719"},
                    "code": {"text": "Aortic valve mean gradient"},
                    "valueQuantity": {"value": 46, "unit": "mmHg"},
                    "effectiveDateTime": "2026-10-08",
                }
            },
        ],
    },
    indent=1,
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Transition of Care Summary - Brightwater Heart Associates</title>
 <effectiveTime value="20261015"/>
 <recordTarget><patientRole>
  <id extension="51409926" root="2.16.840.1.113883.3.9141.2"/>
  <addr><streetAddressLine>12 Pell Orchard Lane</streetAddressLine><city>Fairweather</city><state>OH</state><postalCode>45870</postalCode></addr>
  <patient><name><given>Winifred</given><family>Ashdown</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19380417"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title><text>Chronic systolic heart failure (I50.22), EF 30%; permanent atrial fibrillation (I48.21); CKD stage 3b.</text></section></component>
  <component><section><title>Medications</title><text>Carvedilol 6.25 mg BID; sacubitril/valsartan 24/26 mg BID; furosemide 40 mg daily; apixaban 2.5 mg BID.</text></section></component>
  <component><section><title>Plan</title><text>Daily weights at facility; call BWH if gain over 3 lb in 2 days. Follow-up in HF clinic 10/29.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_REFERRAL_DOCX = docx(
    [
        "Brightwater Heart Associates - Referral for Electrophysiology Consultation",
        "Patient: Thaddeus Kilbride    DOB: 05/11/1963    BWH MRN: 40882615",
        "Referring: Priya Raman, MD (NPI: 1421072467)",
        "Reason: symptomatic paroxysmal atrial fibrillation despite flecainide 100 mg BID; CHA2DS2-VASc 2.",
        "Requested: evaluation for pulmonary vein isolation.",
        "Recent studies: TTE 09/30/2026 LVEF 55%, LA mildly dilated; 14-day patch 22% AF burden.",
        "Anticoagulation: apixaban 5 mg BID since 06/2026.",
    ]
)

_HIPAA_DOCX = docx(
    [
        "Brightwater Heart Associates - Annual HIPAA Refresher 2026 (module 3 of 5)",
        "What is PHI? Any of the following when linked to care: Patient Name, DOB, MRN, address, phone, e-mail, insurance ID.",
        "Example field layout on our intake form: Patient Name: ________  DOB: ___/___/______  MRN: ________",
        "Scenario: a caller says she is the patient's daughter and asks for echo results. What do you check first?",
        "Answer key is held by the Privacy Officer. Quiz due Oct 31.",
    ]
)

_FORMS_ZIP = zipped(
    {
        "new_patient_intake_blank.docx": docx(
            [
                "BRIGHTWATER HEART ASSOCIATES - NEW PATIENT QUESTIONNAIRE",
                "Name: ____________________  Date of birth: ____________",
                "Do you have: [ ] chest pain  [ ] shortness of breath  [ ] palpitations  [ ] fainting",
                "Current medications: __________________________________",
            ]
        ),
        "holter_diary_blank.docx": docx(
            [
                "HOLTER / PATCH SYMPTOM DIARY",
                "Time | Activity | Symptom (dizzy, racing heart, skipped beat)",
                "______ | ____________ | ____________________",
            ]
        ),
        "print_spec.txt": "Qty 2,000 each, 20 lb white, 2-sided, shrink-wrapped in 100s. Deliver to Suite 300.",
    }
)

_NOSHOW_XLSX = xlsx(
    {
        "Device clinic": [
            ["MRN", "Patient", "Phone", "Device", "Last check", "Missed appt"],
            [
                "30419857",
                "Pemberton, Leland",
                "555-0121",
                "Dual-chamber PPM",
                "2026-03-02",
                "2026-09-14",
            ],
            ["30422190", "Sorensen, Greta", "555-0126", "ICD", "2026-02-11", "2026-09-21"],
            ["30477003", "Abiodun, Femi", "555-0133", "CRT-D", "2026-01-20", "2026-10-05"],
        ],
        "Anticoag": [
            ["MRN", "Patient", "Phone", "Drug", "Last INR", "Missed appt"],
            ["30102294", "Whitlock, Nora", "555-0138", "warfarin", "3.6", "2026-10-02"],
            ["30188517", "Delacroix, Remy", "555-0139", "warfarin", "1.7", "2026-10-07"],
        ],
        "Instructions": [
            ["Note"],
            ["Call each patient twice, leave a callback-only message, log outcome in column G."],
        ],
    }
)

_QUALITY_XLSX = xlsx(
    {
        "Summary Q3": [
            ["Measure", "Numerator", "Denominator", "Rate"],
            ["HFrEF on beta-blocker", 612, 655, 0.934],
            ["CAD on statin", 1488, 1561, 0.953],
            ["BP < 140/90 (HTN)", 2011, 2790, 0.721],
        ],
        "By office": [
            ["Office", "HF panel", "AF panel", "Visits"],
            ["Larkspur", 402, 688, 5120],
            ["Elm Street", 253, 431, 3377],
        ],
        "Definitions": [
            ["Measure", "Source"],
            ["HFrEF on beta-blocker", "CMS 144 v14 logic, practice EHR registry"],
        ],
    }
)

_DEID_CSV = (
    "subject,age_band,sex,year_of_echo,lvef_pct,gls_pct,mitral_regurg,ntprobnp_band\n"
    "S001,60-69,F,2025,58,-19.2,none,<125\n"
    "S002,70-79,M,2025,41,-14.1,mild,400-900\n"
    "S003,50-59,M,2026,33,-11.8,moderate,>900\n"
    "S004,80-89,F,2026,62,-20.5,trace,125-400\n"
    "S005,60-69,M,2026,27,-9.6,moderate,>900\n"
)

_RECORDS_PDF = pdf(
    [
        "BRIGHTWATER HEART ASSOCIATES - RECORDS RELEASE",
        "Released to: Fenwick & Dorsey LLP per signed authorization dated 09/29/2026",
        "Patient: Marguerite Ellison-Boyd   DOB 02/14/1957   MRN 20931174",
        "10/22/2025 Office visit: chest pressure after MVA; troponin negative; ECG NSR.",
        "11/03/2025 Exercise stress echo: no ischemia, 10.2 METs.",
        "01/15/2026 Office visit: atypical chest pain, likely musculoskeletal (R07.89).",
        "Pages enclosed: 14. Custodian of records: D. Ferrante.",
    ],
    "Records release - Ellison-Boyd",
)

_ANNUAL_PDF = pdf(
    [
        "BRIGHTWATER HEART ASSOCIATES - 2025 COMMUNITY REPORT",
        "Patients seen: 18,420   Echocardiograms: 6,115   Stress tests: 3,302",
        "Device checks (in office and remote): 9,874",
        "Median time from referral to new-patient visit: 9 days",
        "Our physicians: Priya Raman MD (heart failure, amyloidosis), Chidi Okafor MD (electrophysiology),",
        "Lena Marchetti MD (interventional), Samuel Whitby MD (preventive cardiology, lipids).",
    ],
    "2025 Community Report",
)

_LIPID_TXT = (
    "Hargrove Delphine   50017742   Lp(a) 212 nmol/L\n"
    "Quist Bernard       50018830   LDL 188 on rosuvastatin 40\n"
    "Mbeki Thandiwe      50020175   HeFH, LDL 241\n"
    "Lorca Esteban       50020991   statin intolerant, LDL 167\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Echo result letter to patient personal mailbox",
        notes="Patient's full name with echo ejection fraction and new heart-failure drug, sent to her gmail.",
        frm="Dr. Priya Raman <praman@brightwaterheart.com>",
        to="loretta.haskins52@gmail.com",
        subject="Your echocardiogram results",
        body=(
            "Dear Ms. Haskins,\n\nI reviewed the echocardiogram you had on October 8. Your heart's pumping "
            "function (ejection fraction) is 35%, lower than the 45% we measured last year. This is "
            "why you have been more short of breath on the stairs.\n\nI would like to start "
            "sacubitril/valsartan (Entresto) 24/26 mg twice a day and stop the lisinopril 36 hours "
            "before the first dose. Our nurse Jolene will call you Thursday to go over it and to set "
            "up blood work in two weeks.\n\nWarm regards,\nPriya Raman, MD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="EP referral letter with DOCX to outside hospital",
        notes="Referral DOCX names the patient, DOB and MRN with atrial fibrillation history for ablation.",
        frm="Referrals <referrals@brightwaterheart.com>",
        to="ep.intake@marlowgeneral.org",
        subject="Referral - EP consult for PVI",
        body="Hello EP intake team,\n\nPlease find our referral attached for your review. Insurance card scans will follow by fax.\n\nThank you,\nReferral Coordinator"
        + SIG
        + DISCLAIMER,
        atts=(Att("Referral_EP_Kilbride.docx", DOCX, _REFERRAL_DOCX),),
    ),
    Spec(
        phi=True,
        category="Nurse reply to daughter about father's Holter",
        notes="Hard positive: daughter's first name and 'your father' with Holter AF finding and new anticoagulant; identity via relationship and her mailbox.",
        frm="Jolene Marsh RN <jmarsh@brightwaterheart.com>",
        to="renee.vandermolen@outlook.com",
        subject="Re: Dad's monitor",
        body=(
            "Hi Renee,\n\nThanks for checking in. Dr. Okafor read your dad's 48-hour Holter this morning. "
            "It showed several runs of atrial fibrillation, the longest about 3 hours, mostly at night. "
            "He wants your father to start Eliquis 5 mg twice a day and to stop the aspirin. The "
            "prescription went to the Walgreens on Tillman Road.\n\nPlease have him call me if he "
            "notices any bleeding or black stools.\n\nJolene Marsh, RN\nBrightwater Heart Associates"
        ),
        headers=(("In-Reply-To", "<CAF7r2x9Lq@mail.outlook.com>"),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to clearinghouse",
        notes="Hard positive: body is just a batch notice; the 837 attachment carries patient name, member ID, DOB, address and AF/HTN codes.",
        frm="BWH Billing <billing@brightwaterheart.com>",
        to="submissions@harborclear.net",
        subject="Batch 4417",
        body="Batch 4417 attached, 1 claim. Please confirm 999 acceptance.\n\nBWH Billing Office",
        atts=(Att("BWH_4417.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT pre-registration to hospital cath lab",
        notes="Hard positive: HL7 A04 in the attachment names the patient with MRN, address, unstable-angina code and contrast allergy; body has no identifiers.",
        frm="Interface Engine <hl7-out@brightwaterheart.com>",
        to="adt-inbound@marlowgeneral.org",
        subject="ADT feed - manual resend",
        body="Resending message BWH20261014091200 that failed on your side at 09:12 (ACK AE). No changes to content.",
        atts=(Att("BWH20261014091200.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle for TAVR evaluation to structural heart team",
        notes="Hard positive: FHIR attachment carries patient name, DOB, phone with aortic stenosis and gradient; body says only 'as requested'.",
        frm="Dr. Lena Marchetti <lmarchetti@brightwaterheart.com>",
        to="structuralheart@stcolumbamedical.org",
        subject="As requested",
        body="Hi Amir - bundle attached as requested. Happy to discuss at Tuesday's heart team.\n\nLena",
        atts=(Att("bundle_60027719.json", "application/fhir+json", _FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to skilled nursing facility",
        notes="C-CDA names the resident with DOB, address, heart failure and AF problems and medication list.",
        frm="Care Transitions <transitions@brightwaterheart.com>",
        to="admissions@willowcrestsnf.com",
        subject="Transition of care document - new admission from our HF clinic",
        body="Attached is the C-CDA for Mrs. Ashdown, who transfers to Willowcrest this afternoon. Please confirm receipt and that daily weights are ordered.\n\nCare Transitions Team"
        + SIG,
        atts=(Att("TOC_Ashdown_W.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="Patient balance reminder for stress test",
        notes="Names the patient with the date and type of cardiac test and a balance owed for it; sent to yahoo.",
        frm="Patient Accounts <accounts@brightwaterheart.com>",
        to="gus.ferreira.sr@yahoo.com",
        subject="Statement reminder - account 7730815",
        body=(
            "Dear Augusto Ferreira,\n\nOur records show a remaining balance of $245.00 for your nuclear "
            "stress test on September 28, 2026, after your Medicare Advantage plan paid its share. You can "
            "pay online at pay.brightwaterheart.com with account number 7730815, or call 555-0102 to set "
            "up a payment plan.\n\nPatient Accounts"
        ),
    ),
    Spec(
        phi=True,
        category="Cardioversion calendar invitation to patient",
        notes="Calendar invite to patient's icloud naming him with cardioversion date, location and anticoagulant instruction.",
        frm="BWH Scheduling <scheduling@brightwaterheart.com>",
        to="a.theroux1958@icloud.com",
        subject="Your procedure appointment",
        body="Mr. Theroux, your cardioversion is booked for Tuesday, October 20 at 7:30 am. The calendar invitation includes the preparation instructions.",
        ics=_ICS_CARDIOVERSION,
    ),
    Spec(
        phi=True,
        category="Device clinic and anticoagulation recall workbook to call-centre contractor",
        notes="Multi-sheet workbook of patients with MRNs, phones, implanted devices and INR values sent to an answering-service contractor.",
        frm="Practice Manager <pmanager@brightwaterheart.com>",
        to="accounts@tricountyanswering.com",
        subject="Recall calls - October list",
        body="Hi Deb,\n\nHere is this month's recall list (two tabs). Same script as last time, callback-only messages please. Outcomes back by the 23rd.\n\nThanks,\nMonica",
        atts=(Att("recall_oct_2026.xlsx", XLSX, _NOSHOW_XLSX),),
    ),
    Spec(
        phi=True,
        category="Return-to-work letter to employer after stent",
        notes="Letter to employer HR naming the employee, his office visit and coronary stent with work restrictions.",
        frm="Dr. Lena Marchetti <lmarchetti@brightwaterheart.com>",
        to="hr.benefits@kessingtonlogistics.com",
        subject="Work status - Dale Pruitt",
        body=(
            "To whom it may concern,\n\nDale Pruitt was seen in our office on October 13, 2026. He "
            "underwent placement of a coronary stent on September 30 and is recovering well. He may "
            "return to work on October 19 with no lifting over 20 lb and no commercial driving until "
            "re-evaluated on November 10.\n\nLena Marchetti, MD, FACC\nInterventional Cardiology"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Records release to law firm with PDF",
        notes="Hard positive: body and file name carry no patient identifier; the PDF holds the patient's name, DOB, MRN and cardiac visit history.",
        frm="Health Information Management <him@brightwaterheart.com>",
        to="records@fenwickdorsey.com",
        subject="Records request RR-26-0913",
        body="Counsel,\n\nPer the HIPAA authorization received 09/29, the requested records are attached. Our invoice for copying ($31.20) follows under separate cover.\n\nD. Ferrante, HIM"
        + SIG,
        atts=(Att("RR-26-0913_records.pdf", "application/pdf", _RECORDS_PDF),),
    ),
    Spec(
        phi=True,
        category="Sports clearance denial to school athletic trainer",
        notes="Student athlete named with WPW ECG finding and not cleared to play, sent to high-school athletic trainer.",
        frm="Dr. Chidi Okafor <cokafor@brightwaterheart.com>",
        to="athletictrainer@marlowheightsschools.org",
        subject="Sports participation - Maya Lindqvist",
        body=(
            "Coach Brandt,\n\nI saw Maya Lindqvist (grade 11) today for her pre-participation evaluation. "
            "Her ECG shows a Wolff-Parkinson-White pattern. She is NOT cleared for basketball until she "
            "has an electrophysiology study, planned for early November. Her parents have a copy of this "
            "note.\n\nChidi Okafor, MD\nCardiac Electrophysiology"
        ),
    ),
    Spec(
        phi=True,
        category="Terse rebill request with account number and CPT codes",
        notes="Hard positive: no name, but an account number, date of service and cardiology CPT codes with a denial reason; payment for care tied to an identifier.",
        frm="Tomasz Wrobel <twrobel@brightwaterheart.com>",
        to="team3@medbillpartners.com",
        subject="rebill",
        body="pls rebill 99214-25 + 93000 acct 55102877 DOS 10/06, denied CO-16 (missing mod). thx -TW",
    ),
    Spec(
        phi=True,
        category="ECG strip image named after patient sent for overread",
        notes="Hard positive: the patient's name and 'ECG' appear only in the PNG file name; body asks a colleague for an opinion on the strip.",
        frm="Dr. Samuel Whitby <swhitby@brightwaterheart.com>",
        to="dr.hanna.kurz@lakeviewcardiology.com",
        subject="quick look?",
        body="Hanna - could you glance at this strip when you have a sec? I'm on the fence about whether that is Mobitz I or II. Thanks! Sam",
        atts=(Att("okonkwo_adaeze_ECG_2026-10-14.png", "image/png", png(6, 3, (250, 230, 230))),),
    ),
    Spec(
        phi=True,
        category="INR dosing message to patient's wife",
        notes="Hard positive: wife addressed by first name; husband 'Jim' with INR value and warfarin dose change, sent to her comcast mailbox.",
        frm="Anticoagulation Clinic <coumadin@brightwaterheart.com>",
        to="carol.brandvold@comcast.net",
        subject="Jim's INR today",
        body="Hi Carol,\n\nJim's INR from this morning was 3.8, a bit high. Please have him SKIP tonight's warfarin dose, then go back to 5 mg daily except 2.5 mg on Mondays and Fridays. Recheck next Wednesday at the Elm St lab.\n\nAnticoagulation Clinic, Brightwater Heart",
    ),
    Spec(
        phi=True,
        category="Headerless lipid clinic list in text attachment",
        notes="Hard positive: text file of names with MRNs and lipid values with no column headers; body only says 'list attached'.",
        frm="Dr. Samuel Whitby <swhitby@brightwaterheart.com>",
        to="pcsk9-support@novacardiahub.com",
        subject="list for Thursday",
        body="Attached is the list we discussed for Thursday's benefits-verification call.\n\nSam",
        atts=(Att("thursday.txt", "text/plain", _LIPID_TXT),),
    ),
    Spec(
        phi=True,
        category="Forward of patient's pacemaker question to device rep",
        notes="Forwarded patient e-mail names her, her pacemaker and dizziness episodes; sent to manufacturer rep.",
        frm="Device Clinic <deviceclinic@brightwaterheart.com>",
        to="k.ostrowski@corvantdevices.com",
        subject="Fwd: question about my pacemaker",
        body="Kris, can you advise on the app pairing issue below before her check on the 22nd? Thanks, Device Clinic",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Imelda Sarkisian <imelda.sarkisian@gmail.com>",
            to="deviceclinic@brightwaterheart.com",
            subject="question about my pacemaker",
            body="Hello, this is Imelda Sarkisian. Since my pacemaker was put in on August 12 I have felt dizzy twice when getting up. Also the phone app keeps saying 'no device found'. Is my pacemaker sending its readings? Thank you, Imelda",
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only TEE preparation letter to patient",
        notes="HTML-only instructions naming the patient, his TEE date and warfarin hold, sent to gmail.",
        frm="BWH Procedures <procedures@brightwaterheart.com>",
        to="w.ashby.ohio@gmail.com",
        subject="Preparing for your transesophageal echo",
        body="",
        html=(
            "<html><body><p>Dear Mr. Wendell Ashby,</p>"
            "<p>Your <b>transesophageal echocardiogram (TEE)</b> is scheduled for <b>Friday, October 16 at 10:00 am</b> "
            "to look for a clot before your planned cardioversion.</p><ul>"
            "<li>Nothing to eat after midnight; sips of water until 8:00 am.</li>"
            "<li>Take your warfarin as usual &mdash; we need your INR above 2.0.</li>"
            "<li>You will be sedated: bring a driver.</li></ul>"
            "<p>Brightwater Heart Associates &middot; 555-0100</p></body></html>"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="New physician announcement with specialty interests",
        notes="Hard negative: clinician bio listing diseases she treats (amyloidosis, heart failure); no patient.",
        frm="Communications <news@brightwaterheart.com>",
        to="newsroom@marlowcourier.com",
        subject="Press release: Dr. Priya Raman named director of Heart Failure & Amyloidosis Program",
        body=(
            "FOR IMMEDIATE RELEASE\n\nMARLOW HEIGHTS, Ohio - Brightwater Heart Associates today named Priya "
            "Raman, MD, director of its Heart Failure & Amyloidosis Program. Dr. Raman trained at the "
            "Cleveland Clinic and has a special interest in transthyretin cardiac amyloidosis, advanced "
            "heart failure therapies and LVAD candidacy. She sees patients at the Larkspur office.\n\n"
            "Media contact: Ellen Park, 555-0108"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quality measures workbook to ACO",
        notes="Hard negative: multi-sheet workbook of measure counts and rates by office; no patient rows.",
        frm="Quality Office <quality@brightwaterheart.com>",
        to="reporting@heartlandaco.org",
        subject="Q3 2026 cardiology quality measures",
        body="Attached are our Q3 numbers for the ACO dashboard (summary, by office, definitions). Denominator exclusions follow CMS logic.\n\nRegards,\nQuality Office",
        atts=(Att("BWH_Q3_2026_quality.xlsx", XLSX, _QUALITY_XLSX),),
    ),
    Spec(
        phi=False,
        category="Supply order confirmation with SSN-shaped order number",
        notes="Hard negative: the 3-2-4 digit string is a vendor purchase-order number for ECG electrodes, not a person's SSN.",
        frm="Purchasing <purchasing@brightwaterheart.com>",
        to="orders@medsupplydirect.com",
        subject="PO 512-44-7781 confirmation",
        body="Hello,\n\nPlease confirm PO 512-44-7781: 40 cases resting ECG tab electrodes (item 2260-T), 12 boxes Holter lead sets, 6 rolls thermal paper 8.5in. Ship to Suite 300, dock B.\n\nThanks,\nPurchasing, Brightwater Heart Associates",
    ),
    Spec(
        phi=False,
        category="Staff flu-shot clinic notice",
        notes="Workforce vaccination notice with no individual.",
        frm="Employee Health <employeehealth@brightwaterheart.com>",
        to="allstaff@brightwaterheart.com",
        subject="Staff flu shots - Oct 21 and 22",
        body="Flu shots for all staff: Oct 21 (Larkspur break room) and Oct 22 (Elm St), 7:30-9:30 am. Bring your badge. If you get vaccinated elsewhere, upload proof in the HR portal by Nov 15.",
    ),
    Spec(
        phi=False,
        category="HIPAA training module with example field names",
        notes="Hard negative: training DOCX shows blank PHI field labels and a generic scenario; no real patient.",
        frm="Privacy Officer <privacy@brightwaterheart.com>",
        to="trainer@compliancepathways.com",
        subject="Module 3 final draft",
        body="Attached is our edited module 3. Please load it to the LMS for the Oct 19 launch. Note the example form fields are intentionally blank.\n\nMargaret Oyelowo, Privacy Officer",
        atts=(Att("HIPAA_2026_module3.docx", DOCX, _HIPAA_DOCX),),
    ),
    Spec(
        phi=False,
        category="Interface vendor ticket with declared test patient HL7",
        notes="Hard negative: HL7 ORU is for the EHR test patient ZZTEST in the test environment (processing ID T); no real person.",
        frm="IT Helpdesk <it@brightwaterheart.com>",
        to="support@echovue.io",
        subject="Case 88120 - ORU rejected in TEST",
        body="Hi EchoVue support,\n\nOur test ORU for the synthetic patient ZZTEST^ECHOPATIENT (test environment only) is rejected with 'OBX-3 unknown code'. Sample attached. Production is not affected.\n\nRavi, BWH IT",
        atts=(Att("TST000417.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to clinicians",
        notes="Hard negative: IV diltiazem shortage and alternatives; drug names and doses but no patient.",
        frm="Clinical Pharmacist <pharmd@brightwaterheart.com>",
        to="physicians@brightwaterheart.com",
        cc="pharmacy@marlowgeneral.org",
        subject="Shortage: IV diltiazem through November",
        body="Colleagues,\n\nOur wholesaler reports IV diltiazem 125 mg vials on backorder until late November. For rate control in the procedure suite consider IV metoprolol 2.5-5 mg or amiodarone per protocol. Oral diltiazem is not affected.\n\nNadia Haddad, PharmD",
    ),
    Spec(
        phi=False,
        category="Echo sonographer job posting",
        notes="Hard negative: job ad mentions TEE, strain imaging and heart failure patients generally; no individual.",
        frm="Human Resources <careers@brightwaterheart.com>",
        to="postings@ohiohealthjobs.com",
        subject="Job posting: Cardiac Sonographer (RDCS), full time",
        body="Please post the following:\n\nCardiac Sonographer (RDCS/RCS) - Brightwater Heart Associates, Marlow Heights OH. Perform TTE, stress echo and assist with TEE; strain and 3D experience preferred. You will image patients with heart failure, valve disease and congenital heart disease. Salary $38-46/hr, sign-on bonus. Apply at brightwaterheart.com/careers.",
    ),
    Spec(
        phi=False,
        category="Payer credentialing with physician NPIs and DEA",
        notes="Hard negative: NPIs and a DEA number of the practice's physicians for credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@brightwaterheart.com>",
        to="provider.enrollment@buckeyeunitedhealth.com",
        subject="Group roster update - Brightwater Heart Associates",
        body=(
            "Please add the following to our group contract effective 11/01/2026:\n\n"
            "Chidi Okafor, MD - Clinical Cardiac Electrophysiology - NPI: 1779609803\n"
            "Samuel Whitby, MD - Cardiovascular Disease - NPI: 1982719803\n"
            "Group NPI: 1121766848. Dr. Whitby's DEA BW8016518 and Ohio licence copies attached to the CAQH profile.\n\n"
            "Regards, Credentialing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="Holiday closure notice to patient newsletter list",
        notes="Bulk newsletter announcing office hours; undisclosed recipients, no individual or condition.",
        frm="Brightwater Heart Associates <newsletter@brightwaterheart.com>",
        to="undisclosed-recipients@brightwaterheart.com",
        subject="Office hours - Thanksgiving week",
        body="Both offices close at noon Wednesday Nov 25 and reopen Monday Nov 30. For urgent questions call 555-0100 and press 1 for the on-call cardiologist. For emergencies call 911.",
    ),
    Spec(
        phi=False,
        category="HTML-only community blood pressure screening invitation",
        notes="Hard negative: marketing for a free public screening event; does not imply any recipient's condition.",
        frm="Brightwater Heart Community <community@brightwaterheart.com>",
        to="events@marlowpubliclibrary.org",
        subject="Free blood pressure checks at the library - Nov 7",
        body="",
        html="<html><body><h2>Know your numbers</h2><p>Free blood pressure and cholesterol checks, <b>Saturday November 7, 10am-1pm</b>, Marlow Public Library community room. No appointment needed. Nurses from Brightwater Heart Associates will answer questions about heart health.</p><p>Please add to your events calendar.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Clinical question to colleague without patient",
        notes="Hard negative: generic therapy question about SGLT2 inhibitors in low eGFR; no individual described.",
        frm="Dr. Priya Raman <praman@brightwaterheart.com>",
        to="n.adeyemi@marlowkidneycare.com",
        subject="SGLT2i below eGFR 20?",
        body="Nkechi, general question for your group: in HFrEF with eGFR falling under 20, do you keep dapagliflozin going until dialysis, or stop? Trying to write a practice-wide guideline. Coffee next week? Priya",
    ),
    Spec(
        phi=False,
        category="De-identified echo research extract to university",
        notes="Hard negative: CSV of subject codes, age bands, years and echo measures only; de-identified under Safe Harbor.",
        frm="Research Office <research@brightwaterheart.com>",
        to="strain-study@ohiovalleyuniv.edu",
        subject="GLS pilot extract v2 (de-identified)",
        body="Dr. Ng,\n\nAttached is the de-identified extract (ages banded, only years kept, subject codes with no key sent). The IRB determination letter is on file.\n\nResearch Office",
        atts=(Att("gls_pilot_deid_v2.csv", "text/csv", _DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="Staff COVID exposure notice without names",
        notes="Hard negative: a staff member's positive test announced with no name and no patient details.",
        frm="Employee Health <employeehealth@brightwaterheart.com>",
        to="elmstreet-staff@brightwaterheart.com",
        subject="Exposure notice - Elm Street office",
        body="A member of the Elm Street team tested positive for COVID-19 on Monday. Contact tracing is complete and no patient exposures met the close-contact definition. Staff who worked in the echo area Oct 8-9 may test free at Employee Health.",
    ),
    Spec(
        phi=False,
        category="Annual community report PDF to donor foundation",
        notes="Hard negative: PDF of aggregate volumes and physician names with specialties; no patient.",
        frm="Communications <news@brightwaterheart.com>",
        to="grants@marlowcommunityfoundation.org",
        subject="Our 2025 community report",
        body="Dear Ms. Tuttle,\n\nThank you for the foundation's support of our mobile screening van. Our 2025 community report is attached.\n\nEllen Park",
        atts=(Att("BWH_2025_community_report.pdf", "application/pdf", _ANNUAL_PDF),),
    ),
    Spec(
        phi=False,
        category="Locum physician coverage calendar invite",
        notes="Hard negative: calendar invite about a physician's coverage week at the stress lab; staff schedule, no patient.",
        frm="Practice Manager <pmanager@brightwaterheart.com>",
        to="hlindahl@cardiolocums.net",
        subject="Coverage week Oct 19-23",
        body="Dr. Lindahl, confirming your coverage of the nuclear lab Oct 19-23. Invite attached; parking pass at the front desk.",
        ics=_ICS_LOCUM,
    ),
    Spec(
        phi=False,
        category="Blank patient forms zip to print shop",
        notes="Hard negative: zip of blank intake and Holter diary templates with symptom checkboxes; no patient data.",
        frm="Office Manager <office@brightwaterheart.com>",
        to="orders@lakesideprintworks.com",
        subject="Reprint order - patient forms",
        body="Please reprint the attached forms (blank templates and print spec in the zip). Proof by Friday please.",
        atts=(Att("bwh_forms_reprint.zip", "application/zip", _FORMS_ZIP),),
    ),
    Spec(
        phi=False,
        category="Job offer to sonographer candidate's personal mailbox",
        notes="Employment offer to a candidate; no patient or health information.",
        frm="Human Resources <careers@brightwaterheart.com>",
        to="tessa.quintero.rdcs@gmail.com",
        subject="Offer letter - Cardiac Sonographer",
        body="Dear Tessa,\n\nWe are delighted to offer you the Cardiac Sonographer position at $42.50/hour starting November 16. Please sign the attached offer in the HR portal by October 23. Onboarding paperwork is waiting in the HR portal.\n\nWelcome aboard!\nKaren Liu, HR",
    ),
    Spec(
        phi=False,
        category="Forwarded vendor quote for stress treadmill",
        notes="Forward of an equipment vendor quote; no patient content.",
        frm="Practice Manager <pmanager@brightwaterheart.com>",
        to="cfo@brightwaterpartners.net",
        subject="Fwd: Quote Q-20931 stress system",
        body="Greg - quote for the replacement stress system below. Within budget if we take the trade-in credit. OK to sign? Monica",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Ray Dunleavy <rdunleavy@cardiosystemsmidwest.com>",
            to="pmanager@brightwaterheart.com",
            subject="Quote Q-20931 stress system",
            body="Monica, as discussed: stress ECG system with treadmill, $41,900 installed, less $6,000 trade-in for your 2014 unit. 5-year service included. Valid 30 days. Ray",
        ),
    ),
]
