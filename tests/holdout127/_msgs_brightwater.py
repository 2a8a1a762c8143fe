"""Brightwater Radiation Oncology Center: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

BRO = "Brightwater Radiation Oncology <frontdesk@brightwaterradonc.com>"
SIG = "\n\nBrightwater Radiation Oncology Center\n410 Lakeshore Dr, Camp Hill, PA 17011 | (717) 555-0140"


def P(category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw) -> Spec:
    return Spec(phi=True, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw)


def N(category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw) -> Spec:
    return Spec(phi=False, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw)


HL7 = (
    "MSH|^~\\&|ARIA|BRIGHTWATER|LMH_EPIC|LARKFIELD|202604151605||ORU^R01|BRO30117|P|2.5.1\r"
    "PID|1||BRO-118204^^^BRO^MR~LMH00731946^^^LMH^MR||Okonkwo^Grace^A||19620917|F\r"
    "OBR|1||RT-26-0331|77427^Radiation treatment management^CPT|||20260415\r"
    "OBX|1|TX|TXSUM||Left breast whole-breast 40.05 Gy/15 fx started 04/27/2026; fx 1 delivered, no acute toxicity||||||F\r"
)

FHIR = json.dumps(
    {
        "resourceType": "Appointment",
        "id": "bro-appt-55102",
        "status": "booked",
        "serviceType": [{"text": "Radiation therapy simulation (CT sim)"}],
        "start": "2026-04-20T09:00:00-04:00",
        "end": "2026-04-20T10:00:00-04:00",
        "participant": [
            {"actor": {"reference": "Patient/bro-121877", "display": "Walter Hensley"}, "status": "accepted"},
            {"actor": {"display": "Dr. Miriam Kowalczyk, Radiation Oncology"}, "status": "accepted"},
        ],
        "comment": "Head and neck mask fabrication; PEG in place; bring med list",
    },
    indent=1,
)

FHIR_CAP = json.dumps(
    {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-04-01",
        "kind": "instance",
        "software": {"name": "Brightwater scheduling FHIR facade", "version": "2.3"},
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [{"mode": "server", "resource": [{"type": "Appointment", "interaction": [{"code": "read"}, {"code": "search-type"}]}]}],
    },
    indent=1,
)

X837 = (
    "ISA*00*          *00*          *ZZ*BRIGHTWATER    *ZZ*CLEARHOUSE01   *260416*1030*^*00501*000004127*0*P*:~"
    "GS*HC*BRIGHTWATER*CLEARHOUSE01*20260416*1030*4127*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*BRO0416A*20260416*1030*CH~"
    "NM1*85*2*BRIGHTWATER RADIATION ONCOLOGY*****XX*1208683288~"
    "NM1*IL*1*HENSLEY*WALTER****MI*4TW7QJ2HA58~"
    "DMG*D8*19550803*M~"
    "CLM*BRO121877-01*2140***11:B:1*Y*A*Y*Y~"
    "HI*ABK:C10.9~"
    "SV1*HC:77301*1450*UN*1***1~"
    "SV1*HC:77290*690*UN*1***1~"
    "SE*11*0001~GE*1*4127~IEA*1*000004127~"
)

X835 = (
    "ISA*00*          *00*          *ZZ*CAPBLUE        *ZZ*BRIGHTWATER    *260410*0815*^*00501*000007781*0*P*:~"
    "GS*HP*CAPBLUE*BRIGHTWATER*20260410*0815*7781*X*005010X221A1~"
    "ST*835*0001~BPR*I*3182.40*C*ACH*CCP*01*031300012*DA*4471028*1458820736*20260410~"
    "N1*PR*CAPITAL BLUE~N1*PE*BRIGHTWATER RADIATION ONCOLOGY*XX*1208683288~"
    "CLP*BRO118204-03*1*4260*3182.40*1077.60*12*CB7733019~"
    "NM1*QC*1*OKONKWO*GRACE****MI*QCB905513207~"
    "SVC*HC:77412*4260*3182.40**15~"
    "SE*8*0001~GE*1*7781~IEA*1*000007781~"
)

MESSAGES = [
    P("simulation appointment FHIR to referring navigator",
      "Hard positive: FHIR Appointment naming the patient and a radiation simulation for head and neck cancer.",
      "Scheduling <scheduling@brightwaterradonc.com>", "moyelaran@larkfieldmemorial.org",
      "CT sim booked", "Marcus, sim is booked; FHIR appointment attached for your navigation record." + SIG,
      atts=(Att("appt_55102.json", "application/fhir+json", FHIR),)),
    N("FHIR capability statement to IT partner",
      "Hard negative: FHIR CapabilityStatement describing the scheduling API; no patient resource.",
      "IT Integration <it@brightwaterradonc.com>", "interfaces@larkfieldmemorial.org",
      "FHIR endpoint for appointment lookups",
      "Hi interface team,\n\nHere is our CapabilityStatement for the new appointment endpoint. Test credentials go out separately through the portal.\n\nDerek Lindqvist\nIT Integration",
      atts=(Att("capability.json", "application/fhir+json", FHIR_CAP),)),
    P("HL7 treatment summary result back to hospital",
      "Hard positive: HL7 ORU with the patient's name, both MRNs, DOB and her breast radiation course.",
      "ARIA Interface <aria-out@brightwaterradonc.com>", "hl7-in@larkfieldmemorial.org",
      "ORU BRO30117", "Automated result message.",
      atts=(Att("BRO30117.hl7", "application/hl7-v2", HL7),)),
    P("837 claim to clearinghouse",
      "Hard positive: X12 837 claim with the patient's name, Medicare MBI, DOB, head and neck cancer code and radiation planning procedures.",
      "Billing <billing@brightwaterradonc.com>", "submissions@clearhouseone.com",
      "Batch 0416A", "Professional claims batch 0416A attached, 1 claim.",
      atts=(Att("BRO0416A.x12", "application/edi-x12", X837),)),
    P("835 remittance forwarded to billing staff",
      "Hard positive: forwarded remittance X12 835 naming the patient, her member ID and paid radiation treatment charges.",
      "Billing <billing@brightwaterradonc.com>", "kmoss.billing@brightwaterradonc.com",
      "FW: ERA 7781 - check underpayment",
      "Kara, can you look at the CO-45 on this one? Contract says 77412 should pay higher. ERA attached.",
      atts=(Att("ERA_7781.x12", "application/edi-x12", X835),)),
    N("physics QA report aggregate",
      "Hard negative: monthly linac QA workbook with machine output constancy values; no patient.",
      "Physics <physics@brightwaterradonc.com>", "qa-committee@brightwaterradonc.com",
      "March linac QA",
      "March QA attached. TrueBeam 2 output drifted +1.4% on 3/22, recalibrated same day; all else within tolerance.\n\nYuki Tanabe, DABR",
      atts=(Att("linac_QA_2026-03.xlsx", XLSX, xlsx({
          "TrueBeam1": [["Date", "6X output %", "10X output %"], ["2026-03-02", 100.2, 99.8], ["2026-03-16", 100.4, 100.1]],
          "TrueBeam2": [["Date", "6X output %", "10X output %"], ["2026-03-02", 100.1, 100.0], ["2026-03-22", 101.4, 100.9]],
          "Summary": [["Machine", "Status"], ["TrueBeam1", "Pass"], ["TrueBeam2", "Pass after recal"]],
      })),)),
    P("daily treatment schedule workbook",
      "Hard positive: multi-sheet daily schedule lists patients by name and MRN with treatment site and machine times.",
      "Scheduling <scheduling@brightwaterradonc.com>", "therapists@brightwaterradonc.com",
      "Tomorrow's schedule (4/16)",
      "Schedule for tomorrow attached. TB2 is running 10 minutes behind from the morning add-on.",
      atts=(Att("schedule_2026-04-16.xlsx", XLSX, xlsx({
          "TB1": [["Time", "Patient", "MRN", "Site", "Fx"],
                  ["07:30", "Ostrander, Ruth", "BRO-119940", "Pelvis", "12/25"],
                  ["07:45", "Kaminski, Leo", "BRO-120112", "Prostate", "3/5 SBRT"]],
          "TB2": [["Time", "Patient", "MRN", "Site", "Fx"],
                  ["08:00", "Hensley, Walter", "BRO-121877", "H&N", "sim"],
                  ["08:20", "Marsh, Delphine", "BRO-117305", "Brain mets", "4/10"]],
          "Notes": [["Note"], ["Kaminski needs full bladder, drink at 07:00"]],
      })),)),
    N("on-treatment visit template",
      "Hard negative: blank on-treatment visit note template as docx; placeholders only.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "nursing@brightwaterradonc.com",
      "New OTV template",
      "Please start using the attached template for weekly on-treatment visits from Monday.",
      atts=(Att("OTV_template_v3.docx", DOCX, docx([
          "Weekly On-Treatment Visit",
          "Patient: [NAME]   MRN: [MRN]   Fraction: [__/__]",
          "Skin (RTOG): [0-4]   Mucositis: [0-4]   Fatigue: [0-3]",
          "Weight: [__] kg   Change since sim: [__]%",
          "Plan: [continue / hold / replan]",
      ])),)),
    P("consult letter pdf to referring physician",
      "Consult letter PDF naming the patient with DOB, prostate cancer diagnosis, PSA and recommended SBRT.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "office@camphillurology.com",
      "Consult letter", "Dear Dr. Bhatt,\n\nThank you for the referral. My consult note is attached.\n\nMiriam Kowalczyk, MD" + SIG,
      atts=(Att("consult_Kaminski_0414.pdf", "application/pdf", pdf([
          "BRIGHTWATER RADIATION ONCOLOGY CENTER - CONSULTATION",
          "Patient: Leo Kaminski   DOB: 09/30/1951   MRN: BRO-120112",
          "Diagnosis: adenocarcinoma of prostate, Gleason 3+4, PSA 7.8, cT2a (C61)",
          "Recommendation: SBRT 36.25 Gy in 5 fractions, fiducials and SpaceOAR placement first",
          "Seen 04/14/2026 by Miriam Kowalczyk, MD, NPI 1963180702",
      ], "Consult letter")),)),
    N("new physician announcement",
      "Hard negative: announcement of a new radiation oncologist with specialty and NPI; clinician data, not patient.",
      "Brightwater Radiation Oncology <news@brightwaterradonc.com>", "referring-offices@lists.brightwaterradonc.com",
      "Welcome Dr. Omar Haddad",
      "We're pleased to welcome Omar Haddad, MD (NPI 1817693553), board-certified in radiation oncology with a focus on CNS and pediatric tumors. Dr. Haddad sees new patients Tuesdays and Thursdays. Referrals: (717) 555-0140." + SIG),
    P("texting-style ride note to patient gmail",
      "Hard positive: terse note to a patient's gmail about his treatment time moving, identifying him as a radiation patient.",
      "Therapy Team TB1 <tb1@brightwaterradonc.com>", "leokaminski51@gmail.com",
      "time change",
      "Leo - TB1 moved you to 7:15 fri for fx 4. same bladder prep. - Jen & Kyle"),
    N("billing office vendor quote",
      "Vendor quote for immobilization masks; business mail.",
      "Purchasing <purchasing@brightwaterradonc.com>", "orders@qfixsupplies.com",
      "PO request: thermoplastic masks",
      "Please quote 40 head-neck-shoulder thermoplastic masks (2.4 mm) and 20 breast boards, ship to 410 Lakeshore Dr. Our PO will be 527-44-0193 format per our new purchasing system.\n\nPurchasing"),
    P("encrypted zip of plans to physicist at partner",
      "Hard positive: encrypted zip of treatment plan reports sent to a partner site; the file name carries the patient's surname and MRN.",
      "Physics <physics@brightwaterradonc.com>", "dosimetry@harrisburgcancercare.org",
      "Plan for peer review (password by phone)",
      "Yuki here - plan attached for the peer review we discussed. Password will come by phone.",
      atts=(Att("Marsh_BRO-117305_plan.zip", "application/zip", encrypted_zip({
          "plan_summary.txt": "Delphine Marsh BRO-117305 WBRT 30 Gy/10 fx, hippocampal avoidance\n"}, "Bw-4417!peer")),)),
    P("zip of daily images to QA vendor",
      "Hard positive: zip of CBCT review logs with patient names and dates of treatment sent to a QA vendor.",
      "Physics <physics@brightwaterradonc.com>", "support@imagingqa-cloud.com",
      "Case 88213 logs",
      "Logs for the registration issue in case 88213 are attached.",
      atts=(Att("case88213_logs.zip", "application/zip", zipped({
          "cbct_log.txt": "2026-04-09 08:02 HENSLEY WALTER BRO-121877 H&N fx1 shift 3mm ant\n2026-04-09 08:40 MARSH DELPHINE BRO-117305 brain fx3 shift 1mm\n",
          "readme.txt": "Exported from ARIA offline review.\n"})),)),
    N("zip of brochure artwork",
      "Hard negative: zip of print files for a brochure about radiation therapy; no patient.",
      "Marketing <marketing@brightwaterradonc.com>", "proofs@keystoneprinting.com",
      "Brochure files", "Final artwork for the 'What to expect during radiation' brochure attached. 2,000 copies please.",
      atts=(Att("brochure_final.zip", "application/zip", zipped({
          "brochure.txt": "What to expect during radiation therapy: simulation, planning, daily treatment, side effects.\n",
          "colors.txt": "PMS 3015 / PMS 7541\n"})),)),
    P("forwarded fax confirmation with patient name",
      "Hard positive: forwarded message confirming records request for a named patient's brain metastasis treatment.",
      "Medical Records <records@brightwaterradonc.com>", "delphine.marsh.art@icloud.com",
      "FW: your records request",
      "Ms. Marsh, as you asked, here is the confirmation that your records were sent to Johns Hopkins.\n\nMedical Records" + SIG,
      forward=Spec(phi=True, category="", notes="", frm="Medical Records <records@brightwaterradonc.com>",
                   to="hopkins-intake@jhmi-records.org", subject="Records for Delphine Marsh",
                   body="Records sent for Delphine Marsh, DOB 12/03/1966: whole-brain RT treatment summary 3/30-4/10/2026, MRI brain reports, consult note.")),
    N("forwarded newsletter from ASTRO",
      "Hard negative: forwarded professional-society newsletter about hypofractionation guidelines; no patient.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "physicians@brightwaterradonc.com",
      "FW: guideline update",
      "FYI - worth reading before our protocol meeting.",
      forward=Spec(phi=False, category="", notes="", frm="Society Updates <news@radoncsociety.org>",
                   to="mkowalczyk@brightwaterradonc.com", subject="Guideline update: hypofractionation for breast",
                   body="The updated guideline supports 26 Gy in 5 fractions for selected early breast cancer patients. Read the full text on our website.")),
    P("ics invite for patient sim",
      "Hard positive: calendar invite to a patient's yahoo with her name and her radiation simulation.",
      BRO, "r.ostrander1955@yahoo.com",
      "Your appointment", "Ms. Ostrander, your appointment is below.",
      ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bro-appt-55230@brightwaterradonc.com\r\nDTSTAMP:20260413T140000Z\r\nDTSTART:20260422T130000Z\r\nDTEND:20260422T140000Z\r\nSUMMARY:Ruth Ostrander - pelvic radiation re-simulation\r\nLOCATION:Brightwater Radiation Oncology, 410 Lakeshore Dr\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    N("staff meeting ics",
      "Staff meeting invitation; no patient.",
      "Practice Manager <manager@brightwaterradonc.com>", "allstaff@brightwaterradonc.com",
      "All-staff meeting", "Quarterly all-staff meeting, lunch provided.",
      ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Admin//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bro-staff-0430@brightwaterradonc.com\r\nDTSTAMP:20260413T140000Z\r\nDTSTART:20260430T160000Z\r\nDTEND:20260430T170000Z\r\nSUMMARY:All-staff meeting\r\nLOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    P("skin reaction photo png",
      "Hard positive: skin reaction photo of a patient attached with a file name carrying her name and fraction number.",
      "Nursing <nursing@brightwaterradonc.com>", "mkowalczyk@brightwaterradonc.com",
      "skin check", "Dr. K, moist desquamation starting in the fold at fx 22. Photo attached. Silvadene ok?",
      atts=(Att("Okonkwo_G_fx22_skin.png", "image/png", png(5, 5, (190, 90, 80))),)),
    N("logo png to web vendor",
      "Hard negative: image attachment of the centre's logo sent to a web vendor.",
      "Marketing <marketing@brightwaterradonc.com>", "design@lakeweb.studio",
      "Logo for site", "Here's the hi-res logo for the homepage refresh.",
      atts=(Att("brightwater_logo.png", "image/png", png(8, 8, (20, 90, 160))),)),
    P("txt dose summary to dental office",
      "Hard positive: text attachment sending a dental office the patient's name, DOB and mandible radiation dose before extractions.",
      "Nursing <nursing@brightwaterradonc.com>", "frontdesk@millersburgdental.com",
      "Pre-extraction info",
      "As requested, dose information for your patient's extractions is attached.",
      atts=(Att("dose_summary_Hensley.txt", "text/plain",
                "Patient: Walter Hensley  DOB 08/03/1955\nPlanned: 70 Gy/35 fx oropharynx, mandible max dose ~66 Gy\nRecommend: extractions complete >=14 days before start; HBO if post-RT.\n"),)),
    N("txt ups tracking",
      "Plain-text shipping manifest for dosimetry badges; no patient.",
      "Radiation Safety <rso@brightwaterradonc.com>", "returns@dosimetryservices.com",
      "Badge return Q1", "Q1 badges returned, manifest attached.",
      atts=(Att("badge_manifest_Q1.txt", "text/plain",
                "Account BRW-4410, 24 whole-body badges, 6 ring badges, shipped UPS 1Z999AA10123456784\n"),)),
    N("csv machine downtime log",
      "Hard negative: CSV machine downtime log with timestamps and reasons; no patient.",
      "Physics <physics@brightwaterradonc.com>", "service@linacfield.com",
      "Downtime log for service review", "Downtime log for the service review meeting.",
      atts=(Att("downtime_2026Q1.csv", "text/csv",
                "machine,start,end,reason\nTB2,2026-03-22 06:10,2026-03-22 09:30,output recal\nTB1,2026-02-11 12:00,2026-02-11 13:20,MLC leaf fault\n"),)),
    P("csv of patients owing balance",
      "Hard positive: CSV of patients with account numbers, balances and treatment courses sent to an outside payment-plan vendor.",
      "Billing <billing@brightwaterradonc.com>", "onboarding@payplanpro.com",
      "Accounts for payment plan enrollment",
      "These patients asked to enrol in payment plans. Please set them up and send them the links.",
      atts=(Att("plan_enroll_0415.csv", "text/csv",
                "acct,name,phone,balance,course\nBW-400118,Leo Kaminski,717-555-0152,1240.00,prostate SBRT\nBW-400131,Delphine Marsh,717-555-0161,2715.50,WBRT\nBW-400147,Ruth Ostrander,717-555-0191,880.00,pelvic RT\n"),)),
    N("html only holiday hours",
      "HTML-only notice of holiday hours to referring offices.",
      BRO, "referring-offices@lists.brightwaterradonc.com", "Memorial Day hours", "",
      html="<html><body><p>Brightwater will be <b>closed Monday, May 25</b>. Patients scheduled that day will be treated Saturday, May 23. Urgent consults: page the on-call physician at (717) 555-0140.</p></body></html>"),
    N("aggregate outcomes for marketing",
      "Hard negative: aggregate treatment volumes and outcomes for a marketing piece; no individual.",
      "Marketing <marketing@brightwaterradonc.com>", "editor@centralpahealthmag.com",
      "Numbers for the feature",
      "For your article: in 2025 we delivered 14,300 fractions to 812 patients; 38% of breast patients received 5-fraction courses; 96% of patients rated care excellent. Quote from Dr. Kowalczyk to follow."),
    P("patient portal message copy to personal email",
      "Hard positive: copy of a portal message to the patient's outlook telling him his PSA after SBRT.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "lkaminski@outlook.com",
      "your follow-up",
      "Mr. Kaminski, your 3-month PSA after radiation is 2.1, down from 7.8. That's the expected trend. Next check in July. - Dr. K"),
    N("residency rotation schedule",
      "Staff rotation schedule naming residents and attendings; no patients.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "gme@larkfieldmemorial.org",
      "Resident rotations May-June",
      "May: Dr. Priya Sethi (PGY-3) with Dr. Haddad (CNS); June: Dr. Ben Okafor (PGY-2) with me (breast/GU). Both have badge access requests in."),
    P("DEA and prescription for patient",
      "Hard positive: pharmacy note naming the patient and an oxycodone prescription for radiation mucositis pain, with the prescriber's DEA.",
      "Dr. Omar Haddad <ohaddad@brightwaterradonc.com>", "rx@camphillpharmacy.com",
      "Rx clarification",
      "Re: Walter Hensley, DOB 08/03/1955 - oxycodone 5 mg/5 mL solution, 5 mL q4h PRN mucositis pain, disp 150 mL. Liquid formulation because he has a PEG tube. Prescriber DEA BH7086300.\n\nOmar Haddad, MD"),
    N("CE course with staff who had cancer",
      "Hard negative: CE course promo features a staff therapist's own survivorship story by her choice; workforce, not a patient record.",
      "Education <education@brightwaterradonc.com>", "rtt-network@lists.brightwaterradonc.com",
      "CE: The patient experience from both sides",
      "Join radiation therapist Jen Alvarado, who was treated for Hodgkin lymphoma as a teenager, and Dr. Haddad for a 1-credit ARRT CE session on what patients remember about simulation. May 14, 6 pm, Zoom."),
    N("reply to job applicant gmail",
      "Reply to a dosimetrist applicant's gmail about interview times; no health information.",
      "Practice Manager <manager@brightwaterradonc.com>", "alana.dosimetry@gmail.com",
      "Interview - medical dosimetrist",
      "Hi Alana,\n\nThanks for applying. Could you come in Thursday 4/23 at 2 pm to meet Yuki and the team? Parking is in the back lot.\n\nBrightwater Practice Manager"),
    P("insurance eligibility question with member id",
      "Patient's name, DOB and member ID sent to the insurer with the proton therapy referral.",
      "Billing <billing@brightwaterradonc.com>", "provider.inquiry@capitalbluenet.com",
      "Auth question",
      "Hello, we have a request to refer Delphine Marsh, DOB 12/03/1966, member QCB771204458, to proton therapy for re-irradiation of brain metastases. Is a separate auth required for the out-of-network facility?"),
    N("policy on sending PHI",
      "Hard negative: policy reminder about encrypting email with a fictional example; no real patient.",
      "Compliance <compliance@brightwaterradonc.com>", "allstaff@brightwaterradonc.com",
      "Reminder: [secure] tag",
      "Reminder: add [secure] to the subject for anything that includes patient information. Example of what NOT to send in plain email: 'John Doe, prostate SBRT fx 3/5'. Questions: compliance@brightwaterradonc.com."),
    N("html only donation campaign",
      "Hard negative: HTML-only fundraising appeal telling an anonymous patient story with no identifiers.",
      "Brightwater Foundation <give@brightwaterradonc.com>", "friends@lists.brightwaterradonc.com",
      "Help a neighbor get to treatment", "",
      html="<html><body><h3>Every day counts</h3><p>A grandmother from Perry County drove 90 minutes each way for six weeks of treatment. Your gift to our Ride Fund covers gas cards for patients like her.</p><p><a href='https://brightwaterradonc.com/give'>Give today</a></p></body></html>"),
    N("equipment service contract",
      "Business email to the linac vendor about service contract renewal.",
      "Practice Manager <manager@brightwaterradonc.com>", "contracts@linacfield.com",
      "Service agreement renewal",
      "We'd like to renew the full-service agreement for both TrueBeams at the current rate, with an uptime guarantee of 98%. Please send the redline."),
    P("docx treatment summary to PCP",
      "Treatment summary docx naming the patient, DOB, cancer, dose and side effects sent to her primary care doctor.",
      "Dr. Miriam Kowalczyk <mkowalczyk@brightwaterradonc.com>", "records@hersheyfamilypractice.com",
      "Treatment summary", "Treatment summary attached for your records." + SIG,
      atts=(Att("TxSummary_Ostrander.docx", DOCX, docx([
          "Brightwater Radiation Oncology Center - Treatment Summary",
          "Patient: Ruth Ostrander   DOB 05/19/1955   MRN BRO-119940",
          "Diagnosis: endometrial carcinoma stage II (C54.1)",
          "Treatment: pelvic IMRT 45 Gy/25 fx 03/16-04/20/2026 plus vaginal brachytherapy",
          "Toxicity: grade 1 diarrhea, resolved; follow-up 6 weeks",
      ])),)),
]
