"""Outbound mail of Brightwater Heart & Vascular, a cardiology practice with a device clinic (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBrightwater Heart & Vascular | 2200 Larkspur Pkwy, Suite 400 | 555-0140\nThis message may contain confidential information. If you received it in error, delete it and tell the sender."

HL7_HOLTER = (
    "MSH|^~\\&|BWH_CARDIO|BRIGHTWATER|EPIC|MERCYVALE_HOSP|202603131512||ORU^R01|BWH260313001|P|2.5.1\r"
    "PID|1||BW00418827^^^BWH^MR||PALLADINO^RENATA^J||19560227|F|||41 Orchard Lane^^Fenwick^OH^44892||^PRN^PH^^^555^0117\r"
    "OBR|1||HOL-55021|93224^Holter monitor 48h^CPT|||202603101030|||||||||1875886701^WHITCOMBE^ANA\r"
    "OBX|1|TX|18750-0^Holter study^LN||Sinus rhythm, avg HR 74. Paroxysmal atrial fibrillation 3 episodes, longest 42 min. Max pause 2.1 s.||||||F\r"
    "OBX|2|NM|8867-4^Heart rate^LN||74|/min|||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|BWH_CARDIO|BRIGHTWATER|EPIC|MERCYVALE_HOSP|202603120900||ORU^R01|BWHTEST0007|T|2.5.1\r"
    "PID|1||ZZ9000001^^^BWH^MR||ZZTEST^CARDIO^ONE||19000101|U\r"
    "OBR|1||TEST-0001|93000^ECG 12 lead^CPT\r"
    "OBX|1|TX|TEST^Interface test^L||THIS IS A TEST MESSAGE - NOT A REAL PATIENT||||||F\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*BWHCARDIO      *ZZ*CLEARSTREAM    *260313*1420*^*00501*000004418*0*P*:~"
    "GS*HC*BWHCARDIO*CLEARSTREAM*20260313*1420*4418*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*BW4418*20260313*1420*CH~"
    "NM1*85*2*BRIGHTWATER HEART AND VASCULAR*****XX*1227905456~"
    "NM1*IL*1*ESPARZA*DOMINIC****MI*YHK448201937~"
    "DMG*D8*19610919*M~"
    "CLM*BW26031377*412.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:I495*ABF:Z950~"
    "SV1*HC:93288*188.00*UN*1***1~"
    "SV1*HC:93296*224.00*UN*1***1~"
    "SE*11*0001~GE*1*4418~IEA*1*000004418~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*BWHCARDIO      *ZZ*LAKESHOREHP    *260316*0815*^*00501*000004502*0*P*:~"
    "GS*HS*BWHCARDIO*LAKESHOREHP*20260316*0815*4502*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*EL4502*20260316*0815~"
    "HL*1**20*1~NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*LSHP01~"
    "HL*2*1*21*1~NM1*1P*2*BRIGHTWATER HEART AND VASCULAR*****XX*1227905456~"
    "HL*3*2*22*0~TRN*1*EL4502-01*1227905456~"
    "NM1*IL*1*TRAN*VIVIAN****MI*LSH30927714~DMG*D8*19740402~DTP*291*D8*20260324~EQ*MC~"
    "HL*4*2*22*0~TRN*1*EL4502-02*1227905456~"
    "NM1*IL*1*BOATENG*KWAME****MI*LSH30411820~DMG*D8*19500815~DTP*291*D8*20260324~EQ*MC~"
    "SE*16*0001~GE*1*4502~IEA*1*000004502~"
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    '  <code code="18761-7" displayName="Transfer summary note"/>\n'
    "  <title>Brightwater Heart &amp; Vascular - Transition of Care</title>\n"
    "  <recordTarget><patientRole><id extension=\"BW00392215\" root=\"2.16.840.1.113883.3.8181\"/>\n"
    "    <patient><name><given>Harold</given><family>Kitteridge</family></name>\n"
    '    <birthTime value="19380611"/></patient></patientRole></recordTarget>\n'
    "  <component><structuredBody>\n"
    "    <section><title>Problems</title><text>Heart failure with reduced ejection fraction (I50.22), EF 25%; CRT-D implanted 2024; chronic kidney disease stage 3b.</text></section>\n"
    "    <section><title>Medications</title><text>Sacubitril/valsartan 49/51 mg BID; metoprolol succinate 50 mg daily; furosemide 40 mg daily; spironolactone 25 mg daily.</text></section>\n"
    "    <section><title>Plan</title><text>Daily weights; call if gain &gt; 3 lb in 2 days. Device clinic remote check 04/14/2026.</text></section>\n"
    "  </structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

_INVOICE = Spec(
    phi=False,
    category="inner vendor invoice",
    notes="inner",
    frm="Accounts Receivable <ar@corvanemedical.com>",
    to="ap@brightwaterheart.com",
    subject="Invoice 88213 - programmer tablet service contract",
    body="Hello,\n\nAttached is invoice 88213 for the annual service contract on two device programmer tablets (serials PRG-7741 and PRG-7742), $3,420.00 net 30.\n\nCorvane Medical Accounts Receivable",
)

_PT_MSG = Spec(
    phi=True,
    category="inner patient portal message",
    notes="inner",
    frm="Gus Levandowski <gus.levandowski@comcast.net>",
    to="nurseline@brightwaterheart.com",
    subject="chest feels tight again",
    body="Hi, this is Gus Levandowski (DOB 1/30/1949). Since Saturday I get a tight chest walking up the driveway, goes away after 5 min rest. I took one of the nitro tablets Dr. Pruitt gave me after my stent. Should I come in?\n\nGus",
)

MESSAGES = [
    Spec(
        phi=True,
        category="pacemaker remote check result to patient",
        notes="Named patient told her pacemaker battery status and AF burden at her personal gmail.",
        frm="Device Clinic <deviceclinic@brightwaterheart.com>",
        to="lorna.pettibone52@gmail.com",
        subject="Your remote pacemaker check",
        body="Dear Ms. Pettibone,\n\nWe received the scheduled transmission from your pacemaker on March 12. The battery has about 7 years left and your leads are working normally. The device recorded a little atrial fibrillation (less than 1% of the time), which Dr. Whitcombe will review at your visit in May. No change to your apixaban.\n\nIf you feel dizzy or faint, call us at 555-0141.\n\nKind regards,\nTheresa Munroe, RN\nDevice Clinic" + SIG,
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject to referring PCP",
        notes="Hard positive: patient surname and new AF on loop recorder appear only in the subject line.",
        frm="Dr. Ana Whitcombe <awhitcombe@brightwaterheart.com>",
        to="dr.feeney@fenwickfamilymed.com",
        subject="Re: Ellsworth - new AF on ILR, starting DOAC",
        body="Mike - agreed, will see her Thursday and take it from there. Thanks for the heads up.\n\nAna",
    ),
    Spec(
        phi=True,
        category="EP referral letter with PDF to tertiary centre",
        notes="Referral PDF names patient with DOB, MRN and VT diagnosis for ablation consult.",
        frm="Referrals <referrals@brightwaterheart.com>",
        to="ep.intake@mercyvalehealth.org",
        subject="Referral for VT ablation consult",
        body="Please find attached our referral for electrophysiology consultation. Records are also available on the HIE. Call 555-0142 with scheduling questions." + SIG,
        atts=(
            Att("referral_EP_BW00510933.pdf", "application/pdf", pdf([
                "BRIGHTWATER HEART & VASCULAR - REFERRAL",
                "Patient: Osvaldo Ferreira-Lund   DOB: 08/22/1963   MRN: BW00510933",
                "Referring: Ana Whitcombe, MD   NPI: 1875886701",
                "Reason: recurrent monomorphic ventricular tachycardia, ICD shocks x3 (02/27, 03/04, 03/09)",
                "History: ischemic cardiomyopathy, EF 30%, prior anterior MI 2019",
                "Meds: amiodarone 200 mg daily, carvedilol 12.5 mg BID",
                "Request: VT ablation evaluation",
            ], "EP referral")),
        ),
    ),
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="X12 837 with patient name, member ID, DOB, device diagnosis codes and remote interrogation CPTs.",
        frm="Billing <billing@brightwaterheart.com>",
        to="submissions@clearstreamedi.com",
        subject="837P batch 4418",
        body="Batch 4418 attached, 1 claim, total $412.00.\n\nBrightwater billing",
        atts=(Att("BWH_837P_4418.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="270 eligibility batch to health plan",
        notes="Hard positive: body is bare; the X12 270 attachment carries two members' names, IDs and DOBs for cardiology visits.",
        frm="Front Desk <frontdesk@brightwaterheart.com>",
        to="edi@lakeshorehealthplan.com",
        subject="270 batch EL4502",
        body="Eligibility batch for 3/24 clinic attached.",
        atts=(Att("EL4502.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="encrypted records release to plaintiff attorney",
        notes="Body names patient with his SSN and the cardiac records released under authorisation; encrypted zip holds the records.",
        frm="Health Information Management <him@brightwaterheart.com>",
        to="paralegal@okonkwoandreyes.com",
        subject="Records request - authorization on file",
        body="Dear Ms. Reyes,\n\nPer the signed HIPAA authorization dated 02/20/2026, attached are the cardiology records for Teodoro Vance (SSN 538-21-0946, as listed on your request; office notes, echo 11/2025 and stress test 01/2026). The file is password protected; the password will come by phone.\n\nInvoice for copying fees ($38.50) to follow.\n\nMarguerite Sills, RHIT\nHIM Coordinator" + SIG,
        atts=(
            Att("Vance_T_records.zip", "application/zip", encrypted_zip({
                "Vance_T_office_notes.txt": "Teodoro Vance DOB 05/14/1970 MRN BW00288104\n01/08/2026: exertional dyspnea, abnormal stress test, referred for cath.\n",
                "Vance_T_echo.txt": "Echo 11/19/2025: LVEF 45%, mild MR, inferior hypokinesis.\n",
            }, "Brightwater-0316")),
        ),
    ),
    Spec(
        phi=True,
        category="echocardiogram appointment invitation to patient",
        notes="Calendar invite for a named patient's echocardiogram sent to her personal yahoo mailbox.",
        frm="Scheduling <scheduling@brightwaterheart.com>",
        to="marisol.quint@yahoo.com",
        subject="Appointment: Echocardiogram, Mon Mar 23 9:30",
        body="Hi Marisol,\n\nYour transthoracic echocardiogram is booked for Monday, March 23 at 9:30 AM at our Larkspur office. Please arrive 15 minutes early; no fasting needed.\n\nBrightwater Scheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-echo-20260323-0930@brightwaterheart.com\r\nDTSTAMP:20260316T120000Z\r\n"
            "DTSTART:20260323T133000Z\r\nDTEND:20260323T143000Z\r\n"
            "SUMMARY:Echocardiogram - Marisol Quint\r\nLOCATION:Brightwater Heart & Vascular\\, 2200 Larkspur Pkwy\r\n"
            "ATTENDEE;CN=Marisol Quint:mailto:marisol.quint@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 Holter result to hospital interface",
        notes="HL7 ORU with patient name, MRN, DOB, address and paroxysmal AF Holter findings.",
        frm="Interface Engine <interfaces@brightwaterheart.com>",
        to="hl7-inbound@mercyvalehealth.org",
        subject="ORU resend - BWH260313001",
        body="Resending the Holter result that failed on your side yesterday (ACK AE). Message attached.\n\nBWH integration team",
        atts=(Att("BWH260313001.hl7", "application/hl7-v2", HL7_HOLTER),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to skilled nursing facility",
        notes="C-CDA with patient name, DOB, ID, HFrEF diagnosis and medication list sent to SNF.",
        frm="Care Coordination <carecoord@brightwaterheart.com>",
        to="admissions@willowbendnursing.com",
        subject="Transition of care document - admission tomorrow",
        body="Attached is the C-CDA for your admission tomorrow. Weight on discharge 172 lb. Please schedule follow-up with us within 7 days.\n\nJill Abernathy, RN, Care Coordinator",
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="INR instruction to patient's wife by first name",
        notes="Hard positive: only first names plus relationship, but INR value and warfarin instruction tie to an identifiable patient via his wife's mailbox.",
        frm="Anticoag Clinic <anticoag@brightwaterheart.com>",
        to="donna.haverkamp@icloud.com",
        subject="Walt's result today",
        body="Hi Donna,\n\nWalt's INR came back at 3.8 this morning, a bit high. Please have him skip tonight's warfarin and then go back to 5 mg daily. Recheck next Tuesday at the clinic.\n\nThanks,\nPriya (anticoag nurse)",
    ),
    Spec(
        phi=True,
        category="school nurse letter for student with long QT",
        notes="Letter names student, diagnosis of long QT syndrome, beta blocker and emergency plan for the school nurse.",
        frm="Dr. Samuel Ochoa <sochoa@brightwaterheart.com>",
        to="nurse.office@fenwickcityschools.org",
        subject="Cardiac care plan for student",
        body="Dear Nurse Halvorsen,\n\nAs requested by the family, attached is the cardiac emergency plan for their son. Please keep it with his health file.\n\nSamuel Ochoa, MD\nPediatric & Adult Congenital Cardiology" + SIG,
        atts=(
            Att("care_plan_Eli_Brandvold.docx", DOCX, docx([
                "Brightwater Heart & Vascular - School Cardiac Care Plan",
                "Student: Eli Brandvold, grade 7, DOB 04/03/2013",
                "Diagnosis: congenital long QT syndrome type 1",
                "Medication: nadolol 20 mg each morning (given at home)",
                "Avoid: QT-prolonging drugs (e.g. azithromycin, ondansetron); no competitive swimming",
                "Emergency: if he collapses, call 911 and use the AED immediately.",
            ])),
        ),
    ),
    Spec(
        phi=True,
        category="terse potassium alert to covering physician",
        notes="Hard positive: abbreviated note ties surname, bed and high potassium after ablation.",
        frm="Dr. Raj Pillai <rpillai@brightwaterheart.com>",
        to="hospitalist.night@mercyvalehealth.org",
        subject="4W bed 12",
        body="Okafor 4W-12 s/p AF ablation today, K 5.9 on PM BMP, was on spironolactone at home - held. pls repeat 2200 + ECG. cell 555-0148\n-RP",
    ),
    Spec(
        phi=True,
        category="return to work letter to employer after ICD",
        notes="Letter to employer names employee, ICD implant and driving restriction.",
        frm="Dr. Ana Whitcombe <awhitcombe@brightwaterheart.com>",
        to="hr.leave@tristatefreight.com",
        subject="Work status - Jerome Castellanos",
        body="To whom it may concern,\n\nJerome Castellanos was under my care and had an implantable cardioverter-defibrillator placed on 02/26/2026. He may return to desk duties on 03/23/2026. He must not drive commercial vehicles (CDL) under FMCSA guidance for ICD recipients and should avoid strong magnetic fields such as arc welding.\n\nAna Whitcombe, MD, FACC" + SIG,
    ),
    Spec(
        phi=True,
        category="ECG image named after patient for over-read",
        notes="Hard positive: patient's name and date appear only in the PNG file name of the ECG sent out for reading.",
        frm="ECG Lab <ecglab@brightwaterheart.com>",
        to="overread@cardioreadpartners.com",
        subject="12-lead for over-read",
        body="One more for the queue, thx.",
        atts=(Att("ECG_Harrow_Lucinda_2026-03-12.png", "image/png", png(24, 12, (250, 235, 235))),),
    ),
    Spec(
        phi=True,
        category="cardiac MRI prior authorization to payer",
        notes="Prior auth request with member name, member ID and suspected cardiac sarcoidosis.",
        frm="Prior Auth Team <priorauth@brightwaterheart.com>",
        to="um.cardiology@lakeshorehealthplan.com",
        subject="PA request - cardiac MRI",
        body="Member: Beatrix Okonjo\nMember ID: LSH30588214\nDOB: 10/09/1981\nService: Cardiac MRI with and without contrast (CPT 75561)\nDiagnosis: complete heart block at age 44, suspected cardiac sarcoidosis (D86.85)\nOrdering: Raj Pillai, MD, NPI: 1342913849\n\nClinical notes attached in the portal. Please expedite; pacemaker placement decision depends on result.\n\nBrightwater Prior Authorization",
    ),
    Spec(
        phi=True,
        category="forwarded patient chest pain message to physician",
        notes="Hard positive: outer body is one line; the forwarded patient message has his name, DOB, angina symptoms and stent history.",
        frm="Nurse Line <nurseline@brightwaterheart.com>",
        to="dpruitt@mercyvalehealth.org",
        subject="Fwd: chest feels tight again",
        body="Dr. P - FYI, I told him to come in today at 2. See below.\n\nKaren",
        forward=_PT_MSG,
    ),
    Spec(
        phi=True,
        category="device clinic overdue list to call centre",
        notes="Hard positive: spreadsheet of patient names, phones, device types and missed transmissions; body is neutral.",
        frm="Device Clinic <deviceclinic@brightwaterheart.com>",
        to="outreach@callbridgeservices.com",
        subject="Call list for this week",
        body="Hi team, here is this week's list as discussed. Script is on the second tab. Thanks!",
        atts=(
            Att("overdue_week12.xlsx", XLSX, xlsx({
                "List": [
                    ["Name", "Phone", "Device", "Last transmission"],
                    ["Corinne Astley", "555-0121", "Dual-chamber PPM", "2025-12-02"],
                    ["Basil Nwachukwu", "555-0122", "ICD", "2025-11-18"],
                    ["Hedda Lindqvist", "555-0123", "Loop recorder", "2025-12-20"],
                ],
                "Script": [
                    ["Step", "Say"],
                    [1, "Hello, this is Brightwater Heart calling about your home monitor."],
                    [2, "Please check the monitor is plugged in near your bed."],
                ],
            })),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare ABN note to billing service",
        notes="Names Medicare patient with MBI and a non-covered cardiac CT calcium score.",
        frm="Billing <billing@brightwaterheart.com>",
        to="team@keystonebillingpartners.com",
        subject="ABN signed - hold claim",
        body="Please hold the claim for Winifred Szabo, MBI: 3KD6-TM4-RX27, DOS 03/11/2026, CPT 75571 (coronary calcium score). She signed the ABN (option 1), so bill as non-covered with GA modifier.\n\nThanks,\nLeon",
    ),
    Spec(
        phi=True,
        category="HTML ICD shock notification to patient",
        notes="HTML-only message tells named patient his defibrillator delivered a shock and asks him to call.",
        frm="Brightwater Device Clinic <deviceclinic@brightwaterheart.com>",
        to="r.amundsen1958@aol.com",
        subject="Please call the device clinic today",
        body="",
        html="<html><body><p>Dear Mr. Amundsen,</p><p>Your implantable defibrillator sent an alert overnight showing it delivered <b>one shock on March 15 at 3:12 AM</b>. Please call us today at 555-0141 so we can review how you are feeling and whether your medications need adjusting.</p><p>If you receive two or more shocks within 24 hours, call 911.</p><p>Brightwater Device Clinic</p></body></html>",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="physician bio newsletter with specialties and NPI",
        notes="Hard negative: clinician bio lists diseases she treats and her NPI, but no patient.",
        frm="Marketing <marketing@brightwaterheart.com>",
        to="referralnetwork@fenwickfamilymed.com",
        subject="Welcome our new electrophysiologist",
        body="We are pleased to welcome Ana Whitcombe, MD (NPI: 1875886701) to Brightwater Heart & Vascular. Dr. Whitcombe completed her EP fellowship at Lakeview University and treats atrial fibrillation, supraventricular tachycardia, ventricular arrhythmias and inherited channelopathies such as Brugada and long QT syndrome. She performs pulsed-field ablation and leadless pacemaker implants.\n\nNew patients can be referred through the usual fax line or our referral portal." + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate device infection quality workbook",
        notes="Hard negative: multi-sheet quarterly rates of device infections and complications, counts only.",
        frm="Quality Office <quality@brightwaterheart.com>",
        to="qualitycommittee@mercyvalehealth.org",
        subject="Q4 device quality dashboard",
        body="Attached is the Q4 2025 dashboard for the joint committee. No patient-level data included.",
        atts=(
            Att("device_quality_Q4_2025.xlsx", XLSX, xlsx({
                "Summary": [
                    ["Metric", "Q3 2025", "Q4 2025"],
                    ["New implants", 142, 157],
                    ["Pocket infections", 1, 2],
                    ["Lead dislodgement", 2, 1],
                ],
                "By device": [
                    ["Device", "Implants", "Complications"],
                    ["PPM", 88, 2],
                    ["ICD/CRT-D", 51, 1],
                    ["ILR", 18, 0],
                ],
            })),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with dummy patient",
        notes="Hard negative: HL7 ORU for a declared ZZTEST dummy patient in the test environment.",
        frm="Interface Engine <interfaces@brightwaterheart.com>",
        to="integration.test@mercyvalehealth.org",
        subject="TEST ORU for new ECG feed - please confirm ACK",
        body="Sending the agreed test message (processing ID T) for the new ECG result feed. Patient ZZTEST,CARDIO ONE is our standard dummy record, not a real person.\n\nBWH integration team",
        atts=(Att("BWHTEST0007.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="staff flu and COVID vaccination clinic notice",
        notes="Staff notice about a vaccination clinic; no individual health information.",
        frm="Employee Health <employeehealth@brightwaterheart.com>",
        to="allstaff@brightwaterheart.com",
        subject="Last call: staff vaccination clinic Friday",
        body="Reminder: the staff vaccination clinic runs Friday 7-11 AM in Conference B. Bring your badge. If you were vaccinated elsewhere, upload your record in the HR portal by March 31.\n\nEmployee Health",
    ),
    Spec(
        phi=False,
        category="lead advisory notice to referring physicians",
        notes="Hard negative: manufacturer advisory about a lead model and serial range, no patient named.",
        frm="Device Clinic <deviceclinic@brightwaterheart.com>",
        to="referringphysicians@fenwickfamilymed.com",
        subject="Manufacturer advisory: Corvane Sprint 6949X leads",
        body="Colleagues,\n\nCorvane Medical has issued an advisory for Sprint 6949X defibrillation leads (serial range LFX200000-LFX245000) due to conductor fracture risk. We are contacting our affected patients directly and enrolling them in monthly remote monitoring. No action is needed from you unless a patient reports shocks or syncope, in which case please send them to us the same day.\n\nBrightwater Device Clinic" + SIG,
    ),
    Spec(
        phi=False,
        category="supply order with SSN-shaped PO number",
        notes="Hard negative: 9-digit PO number formatted like an SSN on a Holter electrode order.",
        frm="Purchasing <purchasing@brightwaterheart.com>",
        to="orders@medsupplydirect.com",
        subject="PO 412-55-8830 Holter electrodes",
        body="Please ship under PO 412-55-8830:\n- 40 boxes Holter electrodes, snap, 50/bx\n- 6 Holter recorder pouches\nShip to: Brightwater Heart & Vascular, receiving dock, 2200 Larkspur Pkwy.\n\nThanks,\nDenise Ortmann, Purchasing",
    ),
    Spec(
        phi=False,
        category="job posting for cardiac device specialist",
        notes="Hard negative: job posting describing pacemaker and ICD interrogation duties, no patient.",
        frm="Talent Acquisition <careers@brightwaterheart.com>",
        to="postings@alliedhealthjobs.com",
        subject="Job posting: Cardiac Device Specialist (CCDS)",
        body="Position: Cardiac Device Specialist, full time\nLocation: Larkspur campus\nDuties: interrogate and program pacemakers, ICDs and CRT devices; triage remote transmissions for arrhythmias and lead alerts; support implant procedures in the EP lab.\nRequirements: CCDS or CEPS preferred, BLS/ACLS.\nPay: $38-$52/hour.\nApply at brightwaterheart.com/careers.",
    ),
    Spec(
        phi=False,
        category="EHR downtime IT notice",
        notes="IT notice about planned downtime; no patient data.",
        frm="IT Service Desk <itservicedesk@brightwaterheart.com>",
        to="allstaff@brightwaterheart.com",
        subject="Planned EHR downtime Sat 3/21 10pm-2am",
        body="The EHR will be unavailable Saturday 10 PM to Sunday 2 AM for an upgrade. Use downtime forms in the blue binder; the device clinic read-only viewer stays up.\n\nIT Service Desk, ext 4400",
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with field names",
        notes="Hard negative: compliance reminder lists identifier field names as examples, no actual values.",
        frm="Compliance <compliance@brightwaterheart.com>",
        to="allstaff@brightwaterheart.com",
        subject="Annual HIPAA refresher due March 31",
        body="Please complete the annual HIPAA module by March 31. New this year: a section on email. Never put Patient Name, MRN, DOB or diagnosis in a subject line, and use [secure] in the subject when sending records outside Brightwater. Device serial numbers count as identifiers too.\n\nOffice of Compliance",
    ),
    Spec(
        phi=False,
        category="physician credentialing packet to hospital",
        notes="Hard negative: physician's own NPI, DEA and licence for hospital credentialing.",
        frm="Credentialing <credentialing@brightwaterheart.com>",
        to="medstaff@mercyvalehealth.org",
        subject="Reappointment packet - Dr. Raj Pillai",
        body="Attached is Dr. Pillai's reappointment summary (NPI: 1342913849, DEA BP2216631, licence MD-55102, all renewed this year). Full CV and case logs were uploaded to your portal.\n\nNora Kask, Credentialing Specialist",
        atts=(
            Att("Pillai_reappointment.pdf", "application/pdf", pdf([
                "BRIGHTWATER HEART & VASCULAR - PROVIDER CREDENTIALING SUMMARY",
                "Provider: Raj Pillai, MD, FACC   Specialty: Interventional Cardiology",
                "NPI: 1342913849   DEA: BP2216631   State licence: MD-55102",
                "Board certification: ABIM Cardiovascular Disease, Interventional Cardiology",
                "Privileges requested: PCI, TAVR, temporary pacemaker",
            ], "Credentialing summary")),
        ),
    ),
    Spec(
        phi=False,
        category="HTML Heart Month screening newsletter",
        notes="HTML-only marketing newsletter about free blood pressure screenings; no individual.",
        frm="Brightwater Heart <news@brightwaterheart.com>",
        to="subscribers@lists.brightwaterheart.com",
        subject="Know your numbers: free BP checks this Saturday",
        body="",
        html="<html><body><h2>Know your numbers</h2><p>High blood pressure often has no symptoms. Stop by our Larkspur lobby this Saturday 9-1 for a free blood pressure and cholesterol check.</p><ul><li>No appointment needed</li><li>Results explained by a nurse</li></ul><p><a href=\"https://brightwaterheart.com/events\">See all events</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="de-identified device registry extract for research",
        notes="Hard negative: CSV of age bands, EF and device types without names, dates or IDs for a research collaborator.",
        frm="Research Office <research@brightwaterheart.com>",
        to="hf.outcomes@lakeviewuniv.edu",
        subject="De-identified CRT extract (Safe Harbor)",
        body="Per the DUA, attached is the de-identified CRT responder extract. Identifiers removed per Safe Harbor; ages over 89 collapsed; only year of implant retained.\n\nMaya Ruiz, Research Coordinator",
        atts=(
            Att("crt_deid.csv", "text/csv", "study_id,age_band,sex,implant_year,baseline_ef,ef_6mo,qrs_ms\nS001,60-69,M,2023,25,38,162\nS002,70-79,F,2024,20,22,148\nS003,80-89,M,2023,30,41,170\nS004,90+,F,2022,28,35,155\n"),
        ),
    ),
    Spec(
        phi=False,
        category="device clinic staff meeting invitation",
        notes="Staff meeting calendar invite; no patient.",
        frm="Theresa Munroe <tmunroe@brightwaterheart.com>",
        to="deviceteam@brightwaterheart.com",
        subject="Device team huddle - new triage thresholds",
        body="Let's meet Wednesday to walk through the new remote triage thresholds before go-live.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Staff//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bw-huddle-20260318@brightwaterheart.com\r\nDTSTAMP:20260316T120000Z\r\n"
            "DTSTART:20260318T170000Z\r\nDTEND:20260318T173000Z\r\n"
            "SUMMARY:Device team huddle\r\nLOCATION:Conference B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="amiodarone IV shortage substitution notice",
        notes="Hard negative: drug shortage and substitution protocol, no patient.",
        frm="Clinical Pharmacy <pharmacy@brightwaterheart.com>",
        to="pharmacy.ops@mercyvalehealth.org",
        subject="IV amiodarone shortage - interim protocol",
        body="Our wholesaler reports IV amiodarone 150 mg/3 mL on backorder until late April. Interim protocol for our EP lab: reserve premixed bags for VT; use IV diltiazem or esmolol for AF rate control where appropriate. Please let us know what your supply looks like.\n\nGreta Lowe, PharmD",
    ),
    Spec(
        phi=False,
        category="blank intake forms zip to new satellite office",
        notes="Hard negative: zip of blank intake and consent templates whose field labels look like PHI but hold no values.",
        frm="Practice Administration <admin@brightwaterheart.com>",
        to="office@brightwatersatellite-eastgate.com",
        subject="Forms for Eastgate opening",
        body="Attached are the blank templates to print for Eastgate. Please use these versions only.",
        atts=(
            Att("eastgate_forms.zip", "application/zip", zipped({
                "intake_form_blank.txt": "PATIENT INTAKE\nName: ____________  DOB: __/__/____\nMRN: ________  Insurance member ID: ________\nReason for visit: [ ] chest pain [ ] palpitations [ ] shortness of breath\n",
                "device_consent_blank.txt": "CONSENT FOR REMOTE MONITORING\nI, ____________, agree to transmit data from my implanted device.\nSignature: __________ Date: ______\n",
            })),
        ),
    ),
    Spec(
        phi=False,
        category="remote monitoring triage protocol document",
        notes="Hard negative: clinical protocol with AF burden and impedance thresholds, no individual.",
        frm="Dr. Ana Whitcombe <awhitcombe@brightwaterheart.com>",
        to="clinicalops@pulseharbor.io",
        subject="Our triage protocol v3 for your monitoring techs",
        body="As discussed, attached is our protocol so your techs escalate the same way we do.\n\nAna",
        atts=(
            Att("BWH_remote_triage_protocol_v3.docx", DOCX, docx([
                "Brightwater Heart & Vascular - Remote Monitoring Triage Protocol v3",
                "Red (call physician now): ICD shock, VT/VF episode, lead impedance change > 30%, battery at ERI.",
                "Amber (same day RN review): new AF lasting > 6 hours, AF burden > 10%, ventricular rate > 110 in AF.",
                "Green (routine report): scheduled transmission with no alerts.",
            ])),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor service invoice",
        notes="Forward of a programmer service contract invoice to accounts payable; no patient.",
        frm="Practice Administration <admin@brightwaterheart.com>",
        to="ap@keystonebillingpartners.com",
        subject="Fwd: Invoice 88213 - programmer tablet service contract",
        body="Approved, please pay from the device clinic cost centre 4410.",
        forward=_INVOICE,
    ),
    Spec(
        phi=False,
        category="parking validation reply to building management",
        notes="Building logistics about parking validation; no patient information.",
        frm="Practice Administration <admin@brightwaterheart.com>",
        to="manager@larkspurplazaproperties.com",
        subject="Re: garage validation machine",
        body="Thanks, Gil. The validation stamp at our front desk still shows the old rate. Can your vendor come out Tuesday morning before clinic?\n\nFrances",
    ),
]
