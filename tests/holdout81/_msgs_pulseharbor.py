"""Outbound mail of PulseHarbor, a remote cardiac monitoring vendor (mobile telemetry, patches) (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nPulseHarbor Remote Cardiac Monitoring\n24/7 monitoring center 555-0180 | pulseharbor.io\nCONFIDENTIALITY: intended only for the addressee."

HL7_MCT = (
    "MSH|^~\\&|PULSEHARBOR|PH_MONCTR|ATHENA|EASTGATE_PC|202603141105||ORU^R01|PH88120451|P|2.5.1\r"
    "PID|1||PH-5520913^^^PH^PI~EG-771204^^^EASTGATE^MR||KOWALCZYK^RUDOLF||19590412|M|||902 Tamarack St^^Fenwick^OH^44893\r"
    "OBR|1||MCT-5520913|93229^Mobile cardiac telemetry 30 day^CPT|||20260214|20260314\r"
    "OBX|1|TX|LA-AF^AF burden^L||38%|||A|||F\r"
    "OBX|2|TX|SUMMARY^Interpretation^L||Persistent atrial fibrillation with RVR episodes up to 152 bpm; 2 pauses > 3 s.||||||F\r"
)

HL7_SAMPLE = (
    "MSH|^~\\&|PULSEHARBOR|PH_SANDBOX|YOUR_EHR|YOUR_FACILITY|202601010000||ORU^R01|SAMPLE0001|T|2.5.1\r"
    "PID|1||SYN-0001^^^PH^PI||SYNTHETIC^TESTPATIENT||19700101|U\r"
    "OBX|1|TX|SUMMARY^Interpretation^L||SAMPLE REPORT - synthetic data for interface validation||||||F\r"
)

FHIR_REPORT = json.dumps(
    {
        "resourceType": "DiagnosticReport",
        "id": "ph-dr-5520877",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "18750-0", "display": "Cardiac monitoring study"}]},
        "subject": {"reference": "Patient/PH-5520877", "display": "Yolanda Fairweather"},
        "effectivePeriod": {"start": "2026-03-01", "end": "2026-03-14"},
        "conclusion": "Sinus rhythm with 14 episodes of SVT, longest 47 s at 188 bpm, symptom-correlated (palpitations).",
        "performer": [{"display": "PulseHarbor Monitoring Center"}],
    },
    indent=1,
)

FHIR_SAMPLE = json.dumps(
    {
        "resourceType": "DiagnosticReport",
        "id": "example-synthetic-001",
        "meta": {"tag": [{"code": "SYNTHETIC", "display": "Synthetic test data"}]},
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "18750-0"}]},
        "subject": {"reference": "Patient/example", "display": "Example Patient (synthetic)"},
        "conclusion": "Example conclusion text.",
    },
    indent=1,
)

X12_276 = (
    "ISA*00*          *00*          *ZZ*PULSEHARBOR    *ZZ*NRMHEALTH      *260317*1010*^*00501*000000771*0*P*:~"
    "GS*HR*PULSEHARBOR*NRMHEALTH*20260317*1010*771*X*005010X212~"
    "ST*276*0001*005010X212~BHT*0010*13*PH771*20260317~"
    "HL*1**20*1~NM1*PR*2*NORTHRIDGE MUTUAL HEALTH*****PI*NRM01~"
    "HL*2*1*21*1~NM1*41*2*PULSEHARBOR LLC*****46*PH4471~"
    "HL*3*2*19*1~NM1*1P*2*PULSEHARBOR LLC*****XX*1294600683~"
    "HL*4*3*22*0~DMG*D8*19720928*F~NM1*QC*1*ACHTERBERG*MONIQUE****MI*NRM884301552~"
    "TRN*1*PH771-1~REF*EJ*PH-5519944~AMT*T3*1125.00~DTP*472*RD8*20260105-20260203~"
    "SE*14*0001~GE*1*771~IEA*1*000000771~"
)

_PT_COMPLAINT = Spec(
    phi=True,
    category="inner patient complaint",
    notes="inner",
    frm="Norma Ekwueme <norma.ekwueme@gmail.com>",
    to="support@pulseharbor.io",
    subject="rash from the patch",
    body="Hi, I'm Norma Ekwueme, wearing your heart patch that Dr. Ochoa ordered for my fainting spells. My skin is red and blistered under it. Can I take it off? I still have 6 days left.",
)

_BAA = Spec(
    phi=False,
    category="inner BAA redline",
    notes="inner",
    frm="Legal <legal@eastgateprimarycare.com>",
    to="contracts@pulseharbor.io",
    subject="BAA redline v2",
    body="Attached our redline. Main change: breach notice within 10 days instead of 60, and return or destruction of PHI within 30 days of termination.",
)

MESSAGES = [
    Spec(
        phi=True,
        category="critical pause alert to on-call physician",
        notes="Critical alert names patient, DOB and a 6.2-second pause on mobile telemetry.",
        frm="PulseHarbor Monitoring Center <alerts@pulseharbor.io>",
        to="oncall.cardiology@brightwaterheart.com",
        subject="CRITICAL alert - callback required",
        body="CRITICAL NOTIFICATION\nPatient: Renata Palladino   DOB: 02/27/1956\nOrdering: Dr. Ana Whitcombe\nEvent: 6.2 second sinus pause at 02:41, patient-reported dizziness\nPatient contacted at 555-0117: alert, seated, advised to call 911 if symptoms recur.\n\nPlease call the monitoring center at 555-0180 to acknowledge." + SIG,
    ),
    Spec(
        phi=True,
        category="monitor kit shipment notice to patient",
        notes="Hard positive: shipping notice with no diagnosis, but it names the patient, her home address and the heart monitor kit prescribed for her.",
        frm="PulseHarbor Shipping <shipping@pulseharbor.io>",
        to="yfairweather@gmail.com",
        subject="Your heart monitor kit has shipped",
        body="Hi Yolanda,\n\nThe heart monitor your doctor ordered shipped today to 17 Kestrel Court, Apt 3, Fenwick OH 44892. Tracking: 1Z84R2W10371650042. Put the patch on the day it arrives and call 555-0180 if you need help.\n\nPulseHarbor Patient Services",
    ),
    Spec(
        phi=True,
        category="end-of-study MCT report PDF to ordering physician",
        notes="Report PDF names patient, DOB, and SVT findings of a 14-day monitoring study.",
        frm="PulseHarbor Reports <reports@pulseharbor.io>",
        to="sochoa@brightwaterheart.com",
        subject="End of service report available",
        body="Dr. Ochoa, the end-of-service report is attached and in your portal.",
        atts=(
            Att("EOS_PH-5520877.pdf", "application/pdf", pdf([
                "PULSEHARBOR REMOTE CARDIAC MONITORING - END OF SERVICE REPORT",
                "Patient: Yolanda Fairweather   DOB: 11/30/1988   Patient ID: PH-5520877",
                "Monitoring period: 03/01/2026 - 03/14/2026 (14 days, 97% analyzable)",
                "Findings: 14 episodes of SVT, longest 47 s at 188 bpm; symptom-correlated palpitations",
                "No atrial fibrillation, no pauses > 3 s",
                "Interpreting physician: Lionel Graves, MD",
            ], "End of service report")),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU telemetry result to primary care interface",
        notes="Hard positive: body is a bare resend note; the HL7 message carries name, DOB, address and AF burden.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.io>",
        to="interfaces@eastgateprimarycare.com",
        subject="Resend PH88120451",
        body="Resent per your ticket. Same control ID.",
        atts=(Att("PH88120451.hl7", "application/hl7-v2", HL7_MCT),),
    ),
    Spec(
        phi=True,
        category="FHIR DiagnosticReport to cardiology practice",
        notes="FHIR DiagnosticReport names patient with symptom-correlated SVT conclusion.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.io>",
        to="fhir@brightwaterheart.com",
        subject="DiagnosticReport ph-dr-5520877 (manual delivery)",
        body="Your FHIR endpoint rejected this report (401). Attaching it so your team can load it manually; please fix the token.",
        atts=(Att("ph-dr-5520877.json", "application/fhir+json", FHIR_REPORT),),
    ),
    Spec(
        phi=True,
        category="X12 276 claim status inquiry to payer",
        notes="Hard positive: bare body; X12 276 names member, ID, DOB and monitoring service dates and charge.",
        frm="PulseHarbor Billing <billing@pulseharbor.io>",
        to="edi@northridgemutualhealth.com",
        subject="276 PH771",
        body="276 attached.",
        atts=(Att("PH771_276.x12", "application/edi-x12", X12_276),),
    ),
    Spec(
        phi=True,
        category="patch skin reaction complaint to manufacturer",
        notes="Hard positive: no name, but patch serial, DOB and sex tie the adverse skin reaction and syncope workup to one patient.",
        frm="PulseHarbor Quality <quality@pulseharbor.io>",
        to="complaints@adhesivetechmed.com",
        subject="Complaint CMP-2026-0318 - adhesive reaction",
        body="Complaint CMP-2026-0318\nProduct: PH-14 patch electrode, lot 25K118, device serial PH14-7Z448120\nWearer: female, DOB 06/19/1961, worn for syncope evaluation\nEvent: blistering contact dermatitis under electrode on day 8, removed early; treated with topical steroid by her physician.\n\nPlease send your investigation report within 30 days." + SIG,
    ),
    Spec(
        phi=True,
        category="no-signal support reply to patient",
        notes="Support reply to patient's gmail names him, his ordering cardiologist and 14-day monitoring.",
        frm="PulseHarbor Patient Support <support@pulseharbor.io>",
        to="kwame.boateng50@gmail.com",
        subject="Re: monitor light is blinking",
        body="Hello Mr. Boateng,\n\nWe have not received data from your monitor since Tuesday evening. Dr. Pillai ordered 14 days of monitoring, so we want to make sure we capture the rest. Please charge the phone-like gateway overnight and keep it within 10 feet of you. If the light still blinks amber, reply here or call 555-0180.\n\nDarnell, Patient Support",
    ),
    Spec(
        phi=True,
        category="MCT patient balance statement",
        notes="Statement to patient names her 30-day cardiac telemetry service with CPT and balance.",
        frm="PulseHarbor Billing <billing@pulseharbor.io>",
        to="m.achterberg72@yahoo.com",
        subject="Statement for your heart monitoring service",
        body="Monique Achterberg\nAccount: PHA-220917\nService: 30-day mobile cardiac telemetry (CPT 93229), 01/05/2026 - 02/03/2026\nBilled: $1,125.00   Insurance paid: $812.40   You owe: $312.60\n\nPay at pay.pulseharbor.io or call 555-0182.",
    ),
    Spec(
        phi=True,
        category="daily enrollment roster CSV to clinic",
        notes="Hard positive: bare body; CSV lists patients with DOB, monitor type and indication.",
        frm="PulseHarbor Operations <ops@pulseharbor.io>",
        to="deviceclinic@brightwaterheart.com",
        subject="Daily enrollment file 2026-03-16",
        body="Today's file.",
        atts=(
            Att("enroll_20260316.csv", "text/csv", "patient,dob,monitor,indication,start\nNadia Haddad,1977-02-08,PH-14 patch,palpitations,2026-03-16\nErrol Vanterpool,1944-10-27,MCT 30d,cryptogenic stroke,2026-03-16\nLucinda Harrow,1962-05-19,Holter 48h,syncope,2026-03-16\n"),
        ),
    ),
    Spec(
        phi=True,
        category="monthly billing reconciliation workbook to clinic",
        notes="Hard positive: multi-sheet reconciliation lists patients with service codes, paid amounts and denials.",
        frm="PulseHarbor Billing <billing@pulseharbor.io>",
        to="revenuecycle@eastgateprimarycare.com",
        subject="February reconciliation",
        body="Hi Paula, February reconciliation attached. Two denials on the second tab need new referrals from your side.",
        atts=(
            Att("recon_2026-02.xlsx", XLSX, xlsx({
                "Paid": [
                    ["Patient", "Service", "CPT", "Paid"],
                    ["Rudolf Kowalczyk", "MCT 30d", "93229", 812.40],
                    ["Imelda Sorensen", "Holter 48h", "93224", 96.10],
                ],
                "Denied": [
                    ["Patient", "CPT", "Reason"],
                    ["Grant Osei", "93229", "No referral on file"],
                    ["Pilar Montagne", "93241", "Not medically necessary - palpitations"],
                ],
            })),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient rash complaint to ordering physician",
        notes="Hard positive: outer body only asks for guidance; forwarded patient email names her, the patch and her fainting spells.",
        frm="PulseHarbor Patient Support <support@pulseharbor.io>",
        to="sochoa@brightwaterheart.com",
        subject="Fwd: rash from the patch",
        body="Dr. Ochoa, can you advise whether she should stop early or switch to a new patch? Thanks, Darnell",
        forward=_PT_COMPLAINT,
    ),
    Spec(
        phi=True,
        category="surname and AF burden in subject line",
        notes="Hard positive: subject alone pairs the patient's surname with an AF burden result.",
        frm="PulseHarbor Reports <reports@pulseharbor.io>",
        to="records@eastgateprimarycare.com",
        subject="Re: Kowalczyk - AF burden 38%, report in portal",
        body="Uploaded to the portal this morning. Let us know if you need it faxed.",
    ),
    Spec(
        phi=True,
        category="RPM enrollment with MBI to billing agency",
        notes="Enrollment note names Medicare patient, MBI and heart failure remote monitoring.",
        frm="PulseHarbor Billing <billing@pulseharbor.io>",
        to="intake@meridianrcm.com",
        subject="New RPM enrollment - March",
        body="New remote physiologic monitoring enrollment for your billing:\n\nName: Errol Vanterpool\nMBI: 7HW2-VN8-CE51\nDOB: 10/27/1944\nProgram: heart failure RPM (weight scale + BP cuff), CPT 99454/99457\nStart: 03/16/2026\nConsent on file: yes\n\nThanks,\nPulseHarbor Billing",
    ),
    Spec(
        phi=True,
        category="terse technician handoff note",
        notes="Hard positive: abbreviated shift note with surname, DOB, leads-off and paroxysmal AF history.",
        frm="Monitoring Tech <tech.nights@pulseharbor.io>",
        to="clinicalsupport@brightwaterheart.com",
        subject="handoff",
        body="Boateng K 8/15/50 - leads off x3d, lmtc x2. PAF hx, on apixaban per order. pls have RN call pt, ph on file. -JT",
    ),
    Spec(
        phi=True,
        category="misdirected report incident notice DOCX",
        notes="Incident notice names the affected patient and the Holter report sent to the wrong clinic.",
        frm="PulseHarbor Privacy Office <privacy@pulseharbor.io>",
        to="compliance@brightwaterheart.com",
        subject="Privacy incident notification - ref PI-2026-007",
        body="As required by our BAA, attached is our notice of a misdirected report involving one of your patients." + SIG,
        atts=(
            Att("PI-2026-007_notice.docx", DOCX, docx([
                "PulseHarbor - Privacy Incident Notification PI-2026-007",
                "On 03/12/2026 a Holter report for Lucinda Harrow (DOB 05/19/1962) was faxed to Eastgate Primary Care instead of Brightwater Heart & Vascular.",
                "Content: 48-hour Holter findings (sinus rhythm, rare PVCs), ordering physician name.",
                "Recipient confirmed destruction on 03/13/2026. Risk assessment: low probability of compromise.",
            ])),
        ),
    ),
    Spec(
        phi=True,
        category="EHR support ticket with screenshot about stuck report",
        notes="Ticket to EHR vendor names patient whose Holter report is stuck, with screenshot.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.io>",
        to="support@chartwellehr.com",
        subject="Ticket: result stuck in pending",
        body="Hello,\n\nThe Holter report for patient Imelda Sorensen (Eastgate MRN EG-770318) has been stuck in 'pending' in your inbox since Friday. Screenshot attached. Other results are flowing.\n\nPulseHarbor Integrations",
        atts=(Att("pending_queue_screenshot.png", "image/png", png(32, 18, (230, 230, 240))),),
    ),
    Spec(
        phi=True,
        category="home monitor fitting visit invite to patient",
        notes="Invite to patient's outlook for a home visit to fit her MCT monitor after stroke.",
        frm="PulseHarbor Field Services <fieldservices@pulseharbor.io>",
        to="nadia.haddad77@outlook.com",
        subject="Home visit to fit your heart monitor",
        body="Hi Nadia,\n\nOur technician will come to your home Wednesday at 4 PM to fit the monitor your neurologist ordered after your stroke. It takes about 20 minutes.\n\nPulseHarbor Field Services",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PulseHarbor//Field//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ph-field-20260318-1600@pulseharbor.io\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260318T200000Z\r\nDTEND:20260318T203000Z\r\n"
            "SUMMARY:MCT fitting - Nadia Haddad\r\nLOCATION:patient home\r\n"
            "ATTENDEE;CN=Nadia Haddad:mailto:nadia.haddad77@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML weekly alert digest to physician",
        notes="HTML-only digest lists named patients with their arrhythmia alerts.",
        frm="PulseHarbor Reports <reports@pulseharbor.io>",
        to="awhitcombe@brightwaterheart.com",
        subject="Your weekly PulseHarbor digest",
        body="",
        html="<html><body><p>Dr. Whitcombe, 3 of your patients had alerts this week:</p><table border=\"1\"><tr><th>Patient</th><th>Alert</th></tr><tr><td>Renata Palladino</td><td>6.2 s pause (critical)</td></tr><tr><td>Errol Vanterpool</td><td>AF 4 h, rate 128</td></tr><tr><td>Nadia Haddad</td><td>none - enrolled</td></tr></table><p><a href=\"https://portal.pulseharbor.io\">Open portal</a></p></body></html>",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="API guide with synthetic FHIR example",
        notes="Hard negative: integration guide with a FHIR example explicitly tagged synthetic.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.io>",
        to="devteam@chartwellehr.com",
        subject="FHIR integration guide + example payload",
        body="Attached is an example DiagnosticReport from our sandbox. The patient is synthetic (meta tag SYNTHETIC). Endpoint: https://api.sandbox.pulseharbor.io/fhir/r4." + SIG,
        atts=(Att("example_DiagnosticReport.json", "application/fhir+json", FHIR_SAMPLE),),
    ),
    Spec(
        phi=False,
        category="security questionnaire answers DOCX",
        notes="Hard negative: vendor security answers discuss PHI handling and encryption, but no patient data.",
        frm="PulseHarbor Security <security@pulseharbor.io>",
        to="vendorrisk@mercyvalehealth.org",
        subject="Completed security questionnaire",
        body="Please find our completed questionnaire. Our SOC 2 Type II report is available under NDA.",
        atts=(
            Att("PulseHarbor_security_questionnaire.docx", DOCX, docx([
                "PulseHarbor - Vendor Security Questionnaire (2026)",
                "Q: Is PHI encrypted at rest? A: Yes, AES-256; keys in a managed HSM.",
                "Q: Do you sign BAAs? A: Yes, with every covered entity customer.",
                "Q: MFA for administrators? A: Yes, hardware keys.",
                "Q: Breach notification? A: Within 10 business days of discovery.",
            ])),
        ),
    ),
    Spec(
        phi=False,
        category="sales proposal PDF with CPT reimbursement",
        notes="Hard negative: pricing proposal with monitoring CPT codes and reimbursement figures, no patient.",
        frm="PulseHarbor Sales <sales@pulseharbor.io>",
        to="practicemanager@eastgateprimarycare.com",
        subject="Proposal: in-office Holter and MCT program",
        body="Thanks for meeting with us. Our proposal is attached.\n\nCarla Mendes, Account Executive",
        atts=(
            Att("PulseHarbor_proposal_Eastgate.pdf", "application/pdf", pdf([
                "PULSEHARBOR REMOTE CARDIAC MONITORING - PROPOSAL FOR EASTGATE PRIMARY CARE",
                "Services: Holter 24-48h (93224), extended patch 3-14 days (93241-93248), MCT (93228/93229)",
                "Model: PulseHarbor bills the technical component; your practice bills 93228 interpretation",
                "Turnaround: critical alerts within 15 minutes, final reports within 24 hours",
            ], "Proposal")),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate monitoring quality workbook",
        notes="Hard negative: multi-sheet monthly counts of arrhythmia detections and alert turnaround, no patient rows.",
        frm="PulseHarbor Quality <quality@pulseharbor.io>",
        to="qualitycommittee@mercyvalehealth.org",
        subject="Monthly monitoring KPIs - February",
        body="February KPIs attached. Aggregated across all Mercyvale-referred studies.",
        atts=(
            Att("PH_KPIs_2026-02.xlsx", XLSX, xlsx({
                "Volumes": [
                    ["Study type", "Studies", "Diagnostic yield %"],
                    ["Holter", 211, 34],
                    ["Patch", 148, 52],
                    ["MCT", 63, 61],
                ],
                "Alerts": [
                    ["Priority", "Count", "Median notify min"],
                    ["Critical", 9, 7],
                    ["Urgent", 44, 22],
                ],
            })),
        ),
    ),
    Spec(
        phi=False,
        category="integration kit zip with synthetic HL7 samples",
        notes="Hard negative: zip of synthetic HL7 sample messages and a field map for a new clinic interface.",
        frm="PulseHarbor Integrations <integrations@pulseharbor.io>",
        to="it@fenwickfamilymed.com",
        subject="Interface kit for go-live",
        body="Attached: sample ORU (synthetic patient SYNTHETIC^TESTPATIENT) and our field mapping. Load into your test environment only.",
        atts=(
            Att("PH_interface_kit.zip", "application/zip", zipped({
                "sample_ORU_synthetic.hl7": HL7_SAMPLE,
                "field_map.txt": "PID-3 patient identifier -> your MRN\nPID-5 name\nOBR-4 CPT of study\nOBX-5 interpretation text\n",
            })),
        ),
    ),
    Spec(
        phi=False,
        category="HTML product launch marketing",
        notes="HTML-only marketing for a new monitor; no individual.",
        frm="PulseHarbor <marketing@pulseharbor.io>",
        to="cardiology-leads@lists.pulseharbor.io",
        subject="Introducing the PH-30 patch: 30 days, no gateway",
        body="",
        html="<html><body><h1>PH-30 is here</h1><p>Thirty days of continuous ECG with built-in LTE. No phone, no gateway, fewer lost days.</p><p><a href=\"https://pulseharbor.io/ph30\">Book a demo</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="bulk kit stock order with device serial ranges",
        notes="Hard negative: warehouse order listing unassigned device serial ranges, not linked to patients.",
        frm="PulseHarbor Operations <ops@pulseharbor.io>",
        to="fulfilment@midwestmedlogistics.com",
        subject="Replenishment order RO-3391",
        body="Please pick and ship to our Fenwick depot:\n- 300 PH-14 patches, serials PH14-7Z449000 to PH14-7Z449299\n- 40 MCT gateways, serials GW-22-1800 to GW-22-1839\nShip ground.\n\nOps",
    ),
    Spec(
        phi=False,
        category="monitoring tech on-call rota CSV",
        notes="Staff on-call rota with employee names and shifts.",
        frm="PulseHarbor Operations <ops@pulseharbor.io>",
        to="techs@pulseharbor.io",
        subject="Holiday on-call rota",
        body="Rota for Easter week attached.",
        atts=(
            Att("oncall_easter.csv", "text/csv", "date,shift,tech,supervisor\n2026-04-03,night,Jamal Tate,Rosa Ng\n2026-04-04,day,Kiko Abe,Rosa Ng\n2026-04-05,night,Jamal Tate,Omar Hills\n"),
        ),
    ),
    Spec(
        phi=False,
        category="interview invitation to job candidate",
        notes="Interview scheduling with a job candidate at a personal mailbox; no health information.",
        frm="PulseHarbor Recruiting <recruiting@pulseharbor.io>",
        to="tavon.price.cct@gmail.com",
        subject="Interview: Certified Cardiographic Technician",
        body="Hi Tavon,\n\nThanks for applying for the night-shift Certified Cardiographic Technician role. Could you do a 30-minute video interview Thursday at 3 PM? We'll include a short rhythm-strip quiz.\n\nBest,\nLena, Recruiting",
    ),
    Spec(
        phi=False,
        category="phishing warning to customers",
        notes="Security advisory to customers about phishing; no patient.",
        frm="PulseHarbor Security <security@pulseharbor.io>",
        to="customers@lists.pulseharbor.io",
        subject="Beware: fake PulseHarbor portal emails",
        body="We are seeing phishing emails that imitate our portal login page from pulseharbour-portal.com. We will never ask for your password by email. Report suspicious mail to security@pulseharbor.io.",
    ),
    Spec(
        phi=False,
        category="software release notes about AF display fix",
        notes="Hard negative: release notes mention AF episodes and reports generically, no patient.",
        frm="PulseHarbor Product <product@pulseharbor.io>",
        to="customers@lists.pulseharbor.io",
        subject="Portal release 4.12 notes",
        body="Portal 4.12 (March 19):\n- Fixed: AF episodes shorter than 30 s were hidden from the episode list.\n- New: PDF reports show symptom diary entries next to the strip.\n- Changed: critical alert emails no longer include patient names in the subject line.",
    ),
    Spec(
        phi=False,
        category="outage postmortem text file",
        notes="Hard negative: postmortem gives counts of delayed transmissions only, no patient.",
        frm="PulseHarbor Reliability <sre@pulseharbor.io>",
        to="customers@lists.pulseharbor.io",
        subject="Postmortem: transmission delays March 11",
        body="Summary attached as text. No data was lost.",
        atts=(
            Att("postmortem_2026-03-11.txt", "text/plain", "POSTMORTEM - MARCH 11 INGESTION DELAY\nImpact: 1,842 transmissions from 312 monitors delayed up to 47 minutes.\nCritical alerts affected: 0 (alert path is separate).\nCause: expired certificate on a queue node.\nFix: automated certificate rotation.\n"),
        ),
    ),
    Spec(
        phi=False,
        category="portal training webinar invite for clinic staff",
        notes="Training webinar calendar invite; no patient.",
        frm="PulseHarbor Customer Success <success@pulseharbor.io>",
        to="frontdesk@fenwickfamilymed.com",
        subject="Portal training for your staff",
        body="Join our 45-minute portal training for new clinic staff.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PulseHarbor//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ph-training-20260325@pulseharbor.io\r\nDTSTAMP:20260316T140000Z\r\n"
            "DTSTART:20260325T170000Z\r\nDTEND:20260325T174500Z\r\n"
            "SUMMARY:PulseHarbor portal training\r\nLOCATION:https://meet.pulseharbor.io/training\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded BAA redline to counsel",
        notes="Hard negative: contract negotiation about PHI breach terms, no patient data.",
        frm="PulseHarbor Contracts <contracts@pulseharbor.io>",
        to="outsidecounsel@brennerhaleslaw.com",
        subject="Fwd: BAA redline v2",
        body="Can we live with 10 days? Our standard is 30. Please advise by Friday.",
        forward=_BAA,
    ),
    Spec(
        phi=False,
        category="co-branding logo to clinic marketing",
        notes="Logo image for a co-branded brochure; no patient.",
        frm="PulseHarbor <marketing@pulseharbor.io>",
        to="marketing@brightwaterheart.com",
        subject="Logo for the co-branded brochure",
        body="Here is our logo (RGB). Please keep clear space equal to the height of the P.",
        atts=(Att("pulseharbor_logo_rgb.png", "image/png", png(16, 16, (10, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="de-identified ECG episode dataset for algorithm validation",
        notes="Hard negative: CSV of random study codes, age bands and rhythm labels with no identifiers or dates.",
        frm="PulseHarbor Data Science <datascience@pulseharbor.io>",
        to="ecg.lab@valleystateuniv.edu",
        subject="Validation set v2 (de-identified)",
        body="Per our data use agreement, here is validation set v2. Expert-determination method; no dates, no IDs, age in 10-year bands.",
        atts=(
            Att("validation_v2_deid.csv", "text/csv", "episode_code,age_band,sex,rhythm_label,duration_s\nE00017,60-69,F,AF,412\nE00018,40-49,M,SVT,38\nE00019,70-79,M,pause,4\nE00020,50-59,F,sinus,60\n"),
        ),
    ),
    Spec(
        phi=False,
        category="reading physician panel roster with NPIs",
        notes="Hard negative: interpreting physicians' names, specialties and NPIs for payer enrolment.",
        frm="PulseHarbor Credentialing <credentialing@pulseharbor.io>",
        to="providerenrollment@northridgemutualhealth.com",
        subject="Interpreting physician roster update",
        body="Please add the following interpreting physicians to our IDTF enrolment:\n\nLionel Graves, MD - Cardiovascular Disease - NPI: 1495120648\nHana Petrakis, MD - Clinical Cardiac Electrophysiology - NPI: 1423713316\n\nGroup NPI: 1294600683" + SIG,
    ),
    Spec(
        phi=False,
        category="W-2 reminder to former employee",
        notes="HR payroll reminder to a former employee's personal mailbox; no health information.",
        frm="PulseHarbor People Ops <peopleops@pulseharbor.io>",
        to="dana.whitlock@yahoo.com",
        subject="Your 2025 W-2 is ready",
        body="Hi Dana,\n\nYour 2025 W-2 is available in the payroll portal. Your former-employee access stays active until April 30.\n\nPeople Ops",
    ),
    Spec(
        phi=False,
        category="freelance technical writer contract",
        notes="Contract logistics with a freelance writer at a personal mailbox about patient-facing manuals; no patient.",
        frm="PulseHarbor Product <product@pulseharbor.io>",
        to="mira.kalnins@outlook.com",
        subject="SOW for the patch user guide rewrite",
        body="Hi Mira,\n\nThe SOW in DocuSign covers rewriting the patient-facing patch guide at a 6th-grade reading level, 20 hours at $85/h. Please sign via DocuSign by Friday.\n\nOwen",
    ),
]
