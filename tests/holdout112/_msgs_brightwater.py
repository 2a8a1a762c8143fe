"""Outbound mail of Brightwater Pediatric Heart Associates, a pediatric cardiology practice (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBrightwater Pediatric Heart Associates\n2210 Lakeshore Pkwy, Suite 300, Brightwater, OH\nTel (330) 555-0142 | Fax (330) 555-0143"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee."

_HL7_RESULT = (
    "MSH|^~\\&|BPH_ECHO|BRIGHTWATER|EPIC|NORTHSIDEPEDS|202603171042||ORU^R01|BPH260317-0044|P|2.5.1\r"
    "PID|1||BPH-0448127^^^BPH^MR||OKAFOR^ZION^A||20210904|M|||88 Pinecrest Ct^^Brightwater^OH^44710\r"
    "OBR|1||E26-1187|93306^TTE complete w Doppler^CPT|||20260316\r"
    "OBX|1|TX|IMP^Impression||Small restrictive perimembranous VSD, left-to-right shunt, normal LV size and function.||||||F\r"
    "OBX|2|NM|LVEF^LV ejection fraction||64|%|55-70||||F\r"
)
_HL7_TEST = (
    "MSH|^~\\&|BPH_ECHO|BRIGHTWATER|IFACE|VENDORQA|202603181500||ORU^R01|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST-0001^^^BPH^MR||ZZTEST^PATIENT^ONE||20000101|U\r"
    "OBR|1||TEST-ORDER-1|93306^TTE complete w Doppler^CPT\r"
    "OBX|1|TX|IMP^Impression||TEST RESULT - DO NOT FILE||||||F\r"
)
_FHIR = (
    '{"resourceType": "Bundle", "type": "collection", "entry": ['
    '{"resource": {"resourceType": "Patient", "id": "bph-0451930", "identifier": [{"system": "urn:bph:mrn", "value": "BPH-0451930"}], '
    '"name": [{"family": "Lindqvist", "given": ["Maja"]}], "birthDate": "2019-06-22"}}, '
    '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/bph-0451930"}, '
    '"code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Q21.1", "display": "Atrial septal defect"}]}}}, '
    '{"resource": {"resourceType": "Procedure", "subject": {"reference": "Patient/bph-0451930"}, "code": {"text": "Transcatheter ASD device closure"}, "performedDateTime": "2026-02-27"}}]}'
)
_FHIR_CAP = (
    '{"resourceType": "CapabilityStatement", "status": "active", "date": "2026-03-01", "kind": "instance", '
    '"software": {"name": "Brightwater patient portal gateway"}, "fhirVersion": "4.0.1", "format": ["json"], '
    '"rest": [{"mode": "server", "resource": [{"type": "Patient", "interaction": [{"code": "read"}]}, '
    '{"type": "Observation", "interaction": [{"code": "search-type"}]}]}]}'
)
_X12_837 = (
    "ISA*00*          *00*          *ZZ*BRIGHTWATERPHA *ZZ*BUCKEYEKIDS    *260318*0915*^*00501*000004471*0*P*:~"
    "GS*HC*BRIGHTWATERPHA*BUCKEYEKIDS*20260318*0915*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*BRIGHTWATER PEDIATRIC HEART ASSOCIATES*****XX*1926612569~"
    "NM1*IL*1*ESPARZA*MATEO****MI*BKC77310452~DMG*D8*20170211*M~"
    "CLM*BPH26031804*1240.00***11:B:1~HI*ABK:I47.1~SV1*HC:93306*980.00*UN*1~SV1*HC:93000*260.00*UN*1~"
    "SE*9*0001~GE*1*4471~IEA*1*000004471~"
)
_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
    "<title>Transition of Care Summary</title><recordTarget><patientRole>"
    '<id root="2.16.840.1.113883.3.9112" extension="BPH-0439904"/>'
    "<patient><name><given>Noor</given><family>Haddad</family></name>"
    '<birthTime value="20150314"/></patient></patientRole></recordTarget>'
    "<component><structuredBody><component><section><title>Problems</title>"
    "<text>Tetralogy of Fallot s/p complete repair (2015); moderate pulmonary regurgitation; "
    "transfer to adult congenital heart program.</text></section></component>"
    "<component><section><title>Medications</title><text>None</text></section></component>"
    "</structuredBody></component></ClinicalDocument>"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Echo result sent to PCP as HL7 ORU",
        notes="Hard positive: identifiers and VSD echo findings are only in the attached HL7 v2 result; the body is generic.",
        frm="Echo Lab <echolab@brightwaterpedsheart.com>",
        to="results@northsidepeds.com",
        subject="Result file 26-0317-0044",
        body="Attached result file for your inbox import. Call the echo lab with any interface errors."
        + SIG,
        atts=(Att("ORU_260317_0044.hl7", "application/hl7-v2", _HL7_RESULT),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message to vendor",
        notes="Hard negative: HL7 ORU with a declared ZZTEST dummy patient and 'TEST RESULT - DO NOT FILE', processing id T.",
        frm="Brightwater IT <it@brightwaterpedsheart.com>",
        to="qa@meridianinterfaces.com",
        subject="Interface validation - test ORU for your QA environment",
        body="Hi Pavel,\n\nHere is the synthetic ORU you asked for. It uses our ZZTEST dummy patient, processing ID T, so please route it to your QA channel only. No real patient data.\n\nThanks,\nOwen"
        + SIG,
        atts=(Att("test_oru_zztest.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to hospital cath lab",
        notes="Hard positive: FHIR bundle names Maja Lindqvist with DOB, MRN, ASD diagnosis and device closure; body only says 'records attached'.",
        frm="Medical Records <records@brightwaterpedsheart.com>",
        to="cathlab.intake@lakeeriechildrens.org",
        subject="Records request #RR-2207 fulfilled",
        body="Good afternoon,\n\nPer request RR-2207 please find the structured record attached.\n\nRegards,\nDana Whitfield, RHIT"
        + SIG
        + CONF,
        atts=(Att("RR-2207.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement to app developer",
        notes="Hard negative: FHIR CapabilityStatement describing the server; no patient resources.",
        frm="Brightwater IT <it@brightwaterpedsheart.com>",
        to="dev@kidbeatapp.io",
        subject="Our FHIR endpoint capabilities",
        body="Hi team,\n\nAttached is our CapabilityStatement. Sandbox credentials will follow from our security officer once the developer agreement is countersigned.\n\nOwen Marsh\nIT Manager"
        + SIG,
        atts=(Att("capability.json", "application/fhir+json", _FHIR_CAP),),
    ),
    Spec(
        phi=True,
        category="837P claim file to Medicaid managed care plan",
        notes="Hard positive: X12 837 names Mateo Esparza with member ID, DOB, SVT diagnosis I47.1 and echo/ECG CPT codes.",
        frm="Billing <billing@brightwaterpedsheart.com>",
        to="edi@buckeyekidshealthplan.com",
        subject="Resubmission batch 4471",
        body="Resubmitting batch 4471 (corrected taxonomy). One claim.\n\nBilling Office" + SIG,
        atts=(Att("batch4471.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition to adult congenital program",
        notes="C-CDA names Noor Haddad with DOB, MRN and repaired Tetralogy of Fallot for transfer of care.",
        frm="Dr. Priya Raman <praman@brightwaterpedsheart.com>",
        to="achd.referrals@clevelandheartinst.org",
        subject="Transfer of care - transition summary attached",
        body="Dear ACHD team,\n\nNoor turns 11 this week but her family is relocating and has asked us to transition her to your program early. Summary attached; I am happy to talk.\n\nPriya Raman, MD (NPI: 1387665163)\nPediatric Cardiology"
        + SIG,
        atts=(Att("transition_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="Echo appointment reminder to parent gmail",
        notes="Appointment for echocardiogram of named child sent to parent's personal mailbox.",
        frm="Brightwater Scheduling <scheduling@brightwaterpedsheart.com>",
        to="kayla.brennan88@gmail.com",
        subject="Reminder: Liam's appointment Thursday",
        body="Hi Kayla,\n\nThis is a reminder that Liam Brennan is scheduled for an echocardiogram and visit with Dr. Raman on Thursday, March 19 at 9:40 AM. Please arrive 15 minutes early; Liam may eat normally.\n\nTo reschedule call (330) 555-0142."
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bph-appt-77120@brightwaterpedsheart.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260319T134000Z\r\nDTEND:20260319T144000Z\r\nSUMMARY:Liam Brennan - Echo + Dr. Raman\r\nLOCATION:Brightwater Pediatric Heart, Suite 300\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff meeting calendar invite",
        notes="Internal staff meeting invite about clinic workflow; no patients.",
        frm="Office Manager <tgrant@brightwaterpedsheart.com>",
        to="allstaff@brightwaterpedsheart.com",
        subject="Monthly huddle - Friday 7:30",
        body="Friday huddle agenda: new check-in kiosks, parking lot resurfacing, spring break coverage. Breakfast provided.\n\nTamara",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Office//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bph-huddle-0320@brightwaterpedsheart.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260320T113000Z\r\nDTEND:20260320T120000Z\r\nSUMMARY:Monthly staff huddle\r\nLOCATION:Conference room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Terse Holter result to mother (first name only)",
        notes="Hard positive: terse note with only first names (mother and son), Holter result and atenolol stop, to mother's yahoo address.",
        frm="Nurse Line <nurseline@brightwaterpedsheart.com>",
        to="t.vasquez.home@yahoo.com",
        subject="Holter",
        body="Hi Teresa - Dr. Kessler reviewed Andres's Holter. Only rare PACs, nothing that needs treatment. He can stop the atenolol after Sunday. Call if palpitations come back.\n\nJen, RN",
    ),
    Spec(
        phi=False,
        category="Physician bio for website with diseases named",
        notes="Hard negative: clinician bio listing conditions she treats; no patient.",
        frm="Marketing <marketing@brightwaterpedsheart.com>",
        to="webteam@pixelharborstudio.com",
        subject="New provider bio - Dr. Kessler",
        body="Please add to the Our Team page:\n\nAnneliese Kessler, MD, FAAP (NPI: 1835923669) is board-certified in pediatric cardiology and electrophysiology. She treats children with supraventricular tachycardia, Wolff-Parkinson-White syndrome, long QT syndrome and fainting, and leads our pediatric pacemaker clinic. Outside work she coaches youth soccer.\n\nHeadshot to follow."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Credentialing packet with NPI and DEA",
        notes="Hard negative: provider credentialing details (NPI, DEA) for a physician; no patient information.",
        frm="Credentialing <credentialing@brightwaterpedsheart.com>",
        to="provider.enrollment@buckeyekidshealthplan.com",
        subject="Re-credentialing - Dr. Samuel Kwon",
        body="Hello,\n\nFor the re-credentialing cycle for Samuel Kwon, MD:\nNPI: 1199799341\nDEA BK8682925 (exp 08/2027)\nOhio license 35.118402\nBoard: ABP Pediatric Cardiology, recertified 2024\n\nCV and malpractice face sheet attached.\n\nMarisol Ortega\nCredentialing Coordinator"
        + SIG,
        atts=(
            Att(
                "Kwon_CV.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER PEDIATRIC HEART ASSOCIATES",
                        "Curriculum Vitae - Samuel Kwon, MD",
                        "Fellowship: Pediatric Cardiology, 2012-2015",
                        "Interests: fetal echocardiography, Kawasaki disease outcomes",
                    ],
                    "Kwon CV",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization appeal in password zip",
        notes="Encrypted zip to payer appeals; body names patient and cardiac MRI denial being appealed.",
        frm="Billing <billing@brightwaterpedsheart.com>",
        to="appeals@heartlandchildrensplan.com",
        subject="Appeal - cardiac MRI denial, ref PA-558201",
        body="Appeals Unit,\n\nWe are appealing the denial of cardiac MRI (CPT 75561) for Harper Nguyen, member HCP-2204917, DOB 05/02/2012. Dr. Raman's letter of medical necessity and the echo reports are in the attached archive; the password will be phoned to your unit.\n\nBilling Office"
        + SIG,
        atts=(
            Att(
                "appeal_PA-558201.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "LMN_Nguyen.txt": "Letter of medical necessity: Harper Nguyen, coarctation repair 2013, suspected recoarctation, echo gradient 38 mmHg.",
                        "echo_2026-02.txt": "Harper Nguyen echo 02/10/2026: peak gradient 38 mmHg across arch.",
                    },
                    "Brightwater#2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of echo reports to referring hospital",
        notes="Hard positive: body gives only MRNs and initials with echo findings; full names and DOBs are in the zip members.",
        frm="Echo Lab <echolab@brightwaterpedsheart.com>",
        to="nicu@stmarkswomens.org",
        subject="Outpatient echo reports - NICU graduates",
        body="Attached are last week's outpatient echos for your NICU follow-up clinic:\nBPH-0460211 (J.R.) - PDA closed\nBPH-0460377 (A.M.) - small PFO, no follow-up needed\n\nEcho Lab"
        + SIG,
        atts=(
            Att(
                "echo_reports_wk11.zip",
                "application/zip",
                zipped(
                    {
                        "Rios_Jaylen_BPH-0460211_echo.txt": "Jaylen Rios, DOB 2025-11-30. PDA no longer seen. Normal biventricular function.",
                        "Morales_Ava_BPH-0460377_echo.txt": "Ava Morales, DOB 2025-12-14. Small PFO with L-R flow. No further follow-up.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Patient education handouts zip to school",
        notes="Zip of generic heart-condition handouts for school staff; no individual.",
        frm="Patient Education <education@brightwaterpedsheart.com>",
        to="health.office@stbrigidacademy.org",
        subject="Heart-healthy classroom handouts",
        body="As promised at the nurses' conference, here are our generic handouts on congenital heart defects at school, AED basics and recognizing fainting spells. Feel free to copy them.\n\nGwen Ashby, MSN"
        + SIG,
        atts=(
            Att(
                "school_handouts.zip",
                "application/zip",
                zipped(
                    {
                        "CHD_at_school.txt": "Many children with repaired heart defects take part fully in PE. Ask families for a written activity plan.",
                        "fainting.txt": "Most fainting in teens is benign vasovagal syncope; fainting during exercise needs urgent evaluation.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral consult letter PDF to pediatrician",
        notes="Consult letter PDF naming child with murmur evaluation result.",
        frm="Dr. Samuel Kwon <skwon@brightwaterpedsheart.com>",
        to="drpatel@willowcreekpediatrics.com",
        subject="Consult note",
        body="Dr. Patel,\n\nThanks for the referral. My note is attached.\n\nSam Kwon, MD | NPI: 1199799341"
        + SIG,
        atts=(
            Att(
                "consult_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER PEDIATRIC HEART ASSOCIATES",
                        "Re: Elijah Morrow   DOB 07/19/2020   MRN BPH-0462018",
                        "Seen 03/16/2026 for murmur. Exam: grade 2/6 vibratory murmur.",
                        "Echo normal. Impression: Still's innocent murmur. No follow-up needed.",
                    ],
                    "Consult letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fee schedule PDF to self-pay inquiry",
        notes="Hard negative: generic self-pay price list with CPT codes sent to a parent's gmail; no child or visit mentioned.",
        frm="Billing <billing@brightwaterpedsheart.com>",
        to="jmcallister.family@gmail.com",
        subject="Our self-pay prices",
        body="Hello,\n\nThanks for asking. Our current self-pay price list is attached; a 30% prompt-pay discount applies.\n\nBilling Office"
        + SIG,
        atts=(
            Att(
                "self_pay_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER PEDIATRIC HEART ASSOCIATES - SELF-PAY PRICES 2026",
                        "99204 New patient visit   $310",
                        "93306 Echocardiogram complete   $980",
                        "93000 ECG 12-lead   $85",
                        "93224 Holter 48h   $420",
                    ],
                    "Self-pay prices",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Multi-sheet Holter device log to monitoring vendor",
        notes="Hard positive: workbook with monitor serial numbers tied to child names and indication; sheet names look administrative.",
        frm="Device Clinic <devices@brightwaterpedsheart.com>",
        to="returns@cardiotrackmonitoring.com",
        subject="March device reconciliation",
        body="Attached is our reconciliation. Two units still out; see sheet 2.\n\nDevice Clinic"
        + SIG,
        atts=(
            Att(
                "reconciliation_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Returned": [
                            ["Serial", "Patient", "Hook-up", "Indication"],
                            ["CT-44810", "Sofia Reyes", "2026-03-02", "palpitations"],
                            ["CT-44812", "Owen Fairbanks", "2026-03-04", "syncope"],
                        ],
                        "Outstanding": [
                            ["Serial", "Patient", "Hook-up"],
                            ["CT-44817", "Grace Oyelaran", "2026-03-09"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified registry extract multi-sheet",
        notes="Hard negative: de-identified outcome extract with study IDs, age bands and years only, to a research registry.",
        frm="Research Coordinator <research@brightwaterpedsheart.com>",
        to="submissions@pedheartregistry.org",
        subject="Q1 de-identified submission",
        body="Attached is our Q1 de-identified submission per the data use agreement. Study IDs are random; no dates other than year, no ZIPs.\n\nLeah Friedman, CCRP"
        + SIG,
        atts=(
            Att(
                "bph_q1_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["StudyID", "AgeBand", "Dx", "Procedure", "Year"],
                            ["S-0193", "1-4", "VSD", "surgical closure", "2025"],
                            ["S-0194", "5-9", "ASD", "device closure", "2026"],
                        ],
                        "Summary": [["Dx", "n"], ["VSD", "14"], ["ASD", "9"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Letter to school about activity restrictions (docx)",
        notes="DOCX letter to school naming student with hypertrophic cardiomyopathy and sports restrictions.",
        frm="Dr. Anneliese Kessler <akessler@brightwaterpedsheart.com>",
        to="nurse.jefferson@maplegroveschools.org",
        subject="Activity letter for student",
        body="Please see attached letter, sent at the family's request (release on file).\n\nA. Kessler, MD"
        + SIG,
        atts=(
            Att(
                "activity_letter.docx",
                DOCX,
                docx(
                    [
                        "To the school nurse, Jefferson Middle School",
                        "Re: Caleb Thornton, DOB 10/03/2013",
                        "Caleb has hypertrophic cardiomyopathy and an implanted defibrillator.",
                        "He may not take part in competitive sports or timed runs. Walking and stretching are fine.",
                        "An AED must be available during PE.",
                        "Anneliese Kessler, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting docx for echo sonographer",
        notes="Hard negative: job description mentioning congenital heart disease imaging; no patient.",
        frm="HR <hr@brightwaterpedsheart.com>",
        to="postings@ohiohealthcareers.net",
        subject="Please post: Pediatric Echo Sonographer",
        body="Please post the attached job description for 30 days. Salary range $78-92k.\n\nHR"
        + SIG,
        atts=(
            Att(
                "JD_echo_sonographer.docx",
                DOCX,
                docx(
                    [
                        "Pediatric Echocardiography Sonographer (RDCS-PE)",
                        "Performs transthoracic echocardiograms on neonates through adolescents with congenital heart disease, Kawasaki disease and cardiomyopathy.",
                        "Requires RDCS with pediatric credential or eligibility within 12 months.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ECG image named after patient",
        notes="Hard positive: PNG ECG strip file named with child's name and 'WPW'; body just says 'strip attached'.",
        frm="Dr. Anneliese Kessler <akessler@brightwaterpedsheart.com>",
        to="ep.fellows@lakeeriechildrens.org",
        subject="strip for Thursday conference",
        body="Strip attached for Thursday. Delta wave nicely visible in V2.\n\nAK",
        atts=(
            Att("Rowan_Delacroix_WPW_pre-ablation.png", "image/png", png(16, 8, (250, 240, 235))),
        ),
    ),
    Spec(
        phi=False,
        category="Office logo PNG to print shop",
        notes="Logo image to printer; no patient content.",
        frm="Office Manager <tgrant@brightwaterpedsheart.com>",
        to="orders@lakeshoreprintco.com",
        subject="Logo for new letterhead",
        body="Hi Rich, attached is the logo at the size we discussed. 2,000 sheets of letterhead and 500 envelopes please.\n\nTamara Grant",
        atts=(Att("brightwater_logo.png", "image/png", png(8, 8, (20, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Forwarded parent question with nurse reply",
        notes="Reply to father naming daughter, aspirin and dental antibiotic prophylaxis; forwarded original adds her Fontan.",
        frm="Nurse Line <nurseline@brightwaterpedsheart.com>",
        to="marcus.bellamy@outlook.com",
        subject="RE: aspirin before dentist?",
        body="Hi Marcus,\n\nDr. Raman says Imani should keep taking her aspirin before the dental cleaning; the dentist does not need to stop it. She does need antibiotic prophylaxis; a prescription was sent to the Kroger on Elm.\n\nJen, RN"
        + SIG,
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="Marcus Bellamy <marcus.bellamy@outlook.com>",
            to="nurseline@brightwaterpedsheart.com",
            subject="aspirin before dentist?",
            body="Hi, Imani (Fontan 2022) has a cleaning next week. Should she stop her 81 mg aspirin? Thanks, Marcus",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor quote",
        notes="Forward of an ultrasound service-contract quote to the practice owner; no patients.",
        frm="Office Manager <tgrant@brightwaterpedsheart.com>",
        to="drraman.admin@brightwaterpedsheart.com",
        subject="FW: Service contract renewal - Vivid E95",
        body="Priya, see the quote below. It is 6% higher than last year. Do you want me to get a competing quote?\n\nT",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="Service Sales <sales@sonoserveimaging.com>",
            to="tgrant@brightwaterpedsheart.com",
            subject="Service contract renewal - Vivid E95",
            body="Tamara, renewal for serial VE95-220871: full-service coverage, 12 months, $18,400. Includes two probe replacements.",
        ),
    ),
    Spec(
        phi=True,
        category="Text-file Holter report to cardiologist",
        notes="TXT Holter summary with name and DOB to outside cardiologist.",
        frm="Device Clinic <devices@brightwaterpedsheart.com>",
        to="cardiology@akronvalleymed.org",
        subject="Holter summary",
        body="Dr. Yamada, the 48-hour summary you requested is attached.\n\nDevice Clinic" + SIG,
        atts=(
            Att(
                "holter_summary.txt",
                "text/plain",
                "48-HOUR HOLTER SUMMARY\nPatient: Sofia Reyes   DOB 02/11/2014\nHook-up 03/02/2026\nMax HR 188 during exercise, min 44 asleep.\nTwo runs of SVT, longest 14 beats, symptomatic (diary: 'heart racing').\nReviewed by A. Kessler, MD\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to staff",
        notes="Hard negative: adenosine and propranolol oral solution shortage notice; no patient.",
        frm="Clinical Operations <clinops@brightwaterpedsheart.com>",
        to="clinicians@brightwaterpedsheart.com",
        subject="Shortage: propranolol oral solution 20 mg/5 mL",
        body="Team,\n\nOur wholesaler reports a backorder of propranolol oral solution 20 mg/5 mL through April. Please prescribe the 40 mg/5 mL strength with clear mL dosing, or tablets for older children. Adenosine vials for the procedure room are also limited; the crash cart is stocked.\n\nClinical Operations",
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with example identifiers",
        notes="Hard negative: annual privacy training reminder quoting fake sample identifiers as examples.",
        frm="Privacy Officer <privacy@brightwaterpedsheart.com>",
        to="allstaff@brightwaterpedsheart.com",
        subject="Annual HIPAA training due March 31",
        body="All staff,\n\nThe annual privacy module is due March 31. New this year: never put a name together with a diagnosis in an e-mail subject line. Example of what NOT to write: 'Jane Doe - SVT follow-up'. Use the secure portal for results.\n\nQuestions: privacy@brightwaterpedsheart.com",
        html="<html><body><h2>Annual HIPAA training</h2><p>Due <b>March 31</b>. New this year: no names with diagnoses in subject lines (e.g. <i>'Jane Doe - SVT follow-up'</i> is wrong).</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only portal-bypass lab note to parent",
        notes="HTML-only message to parent's icloud with child's name and lipid results.",
        frm="Preventive Cardiology <lipids@brightwaterpedsheart.com>",
        to="nadia.fairbanks@icloud.com",
        subject="Lab results",
        body="",
        html="<html><body><p>Dear Ms. Fairbanks,</p><p>Owen's fasting lipid panel from March 10:</p><table border='1'><tr><td>LDL</td><td>212 mg/dL</td></tr><tr><td>HDL</td><td>41 mg/dL</td></tr><tr><td>Lp(a)</td><td>96 nmol/L</td></tr></table><p>These confirm familial hypercholesterolemia. Dr. Kwon would like to discuss starting a statin.</p><p>Brightwater Preventive Cardiology</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only newsletter on heart month",
        notes="Patient newsletter about heart health for all families; no individual.",
        frm="Brightwater News <news@brightwaterpedsheart.com>",
        to="families@lists.brightwaterpedsheart.com",
        subject="Spring newsletter: new Saturday clinic hours",
        body="",
        html="<html><body><h1>Spring at Brightwater</h1><p>We now offer Saturday echo appointments. Also: tips for keeping kids active, and meet our new nurse practitioner.</p><p><a href='https://brightwaterpedsheart.com/unsubscribe'>Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Headerless CSV of tomorrow's echo schedule",
        notes="Hard positive: CSV with no header row pairing child names, MRNs, times and study types, sent to contract sonographer.",
        frm="Echo Lab <echolab@brightwaterpedsheart.com>",
        to="r.castellanos.rdcs@gmail.com",
        subject="tomorrow",
        body="Rosa - list for tomorrow attached. Sedation case is first.\n-M",
        atts=(
            Att(
                "0318.csv",
                "text/csv",
                "07:30,BPH-0458822,Ellis Warren,sedated TTE\n08:30,BPH-0449013,Priya Sandhu,TTE f/u AS\n09:15,BPH-0461108,Jonah Pike,fetal echo (mother)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate volume CSV to board",
        notes="Hard negative: monthly procedure counts by type; aggregate only.",
        frm="Practice Administrator <admin@brightwaterpedsheart.com>",
        to="board@brightwaterpedsheart.com",
        subject="February volumes",
        body="Board members, February volumes attached. Echo volume up 8% over January.\n\nGreg Hollis",
        atts=(
            Att(
                "feb_volumes.csv",
                "text/csv",
                "service,count\nnew patient visits,212\nechocardiograms,488\nHolter/event monitors,97\nexercise tests,31\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Eligibility question to Medicare for ESRD child",
        notes="MBI, name and dialysis/transplant care for a child with ESRD-based Medicare sent to payer.",
        frm="Billing <billing@brightwaterpedsheart.com>",
        to="provider.services@cgsmedicareohio.com",
        subject="Coverage question",
        body="Hello,\n\nWe are seeing a 9-year-old beneficiary with ESRD-based Medicare after his heart transplant, Dominic Ferreira, MBI: 3TX7-HN2-RK58. Please confirm whether echocardiograms for transplant surveillance (Z94.1) bill to Part B as primary while he is on dialysis.\n\nBilling Office"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped number",
        notes="Hard negative: supply order number formatted like an SSN; no person or health data.",
        frm="Purchasing <purchasing@brightwaterpedsheart.com>",
        to="orders@medlinesupplyco.com",
        subject="PO 418-27-5530 confirmation",
        body="Confirming PO 418-27-5530: 20 boxes neonatal ECG electrodes, 6 cases ultrasound gel, 4 pediatric BP cuff sets. Deliver to Suite 300 dock.\n\nPurchasing",
    ),
    Spec(
        phi=True,
        category="Lawyer records release with SSN",
        notes="Records sent to family's attorney naming child, SSN and heart surgery complication.",
        frm="Medical Records <records@brightwaterpedsheart.com>",
        to="paralegal@kendrickinjurylaw.com",
        subject="Records per authorization - Greer",
        body="Ms. Alvarado,\n\nPer the signed authorization we enclose records for Tobias Greer (SSN 412-67-3308). The chart documents post-operative complete heart block after his 2024 VSD repair and pacemaker placement on 09/18/2024. Invoice for copying is attached separately.\n\nDana Whitfield, RHIT"
        + SIG
        + CONF,
    ),
    Spec(
        phi=False,
        category="Referral fax cover template to practices",
        notes="Hard negative: blank referral template with field names (Patient name, DOB, MRN) but no values.",
        frm="Referrals <referrals@brightwaterpedsheart.com>",
        to="frontdesk@willowcreekpediatrics.com",
        subject="Updated referral form",
        body="Please use our updated referral form from April 1:\n\nPatient name: ______\nDOB: ______\nInsurance member ID: ______\nReason for referral: [ ] murmur [ ] chest pain [ ] syncope [ ] abnormal ECG [ ] other\n\nFax to (330) 555-0143.\n\nReferral Coordinator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to parent about parking",
        notes="Parent asks about parking and hours; no child or care mentioned.",
        frm="Front Desk <frontdesk@brightwaterpedsheart.com>",
        to="bgoldsmith77@hotmail.com",
        subject="RE: parking",
        body="Hi Ben, yes, the garage on Lakeshore validates for 3 hours. Bring the ticket to the front desk. Our hours are 7:30 to 5:00 weekdays and 8 to noon Saturdays.\n\nFront Desk",
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject to colleague",
        notes="Hard positive: subject pairs child's name with Kawasaki disease; body is just a question.",
        frm="Dr. Samuel Kwon <skwon@brightwaterpedsheart.com>",
        to="idconsult@lakeeriechildrens.org",
        subject="Wren Castellano - Kawasaki, coronary z-score 3.1",
        body="Can you call me about second IVIG dose? On the clinic line until 5.\nSam",
    ),
]
