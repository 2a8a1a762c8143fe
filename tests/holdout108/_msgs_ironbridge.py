"""Ironbridge Occupational Health: a workers' compensation occupational health clinic (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import IOH, Att, Spec

SIG = "\n\n--\nIronbridge Occupational Health\n2210 Foundry Road, Suite 4, Allentown PA\nTel 610-555-0142 | Fax 610-555-0143"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, delete it and notify the sender."

_WORK_STATUS_PDF = pdf(
    [
        "IRONBRIDGE OCCUPATIONAL HEALTH - WORK STATUS REPORT",
        "Employee: Darnell Whitfield    DOB: 04/17/1981",
        "Employer: Halvorsen Manufacturing (Plant 2)   Claim: KCA-26-004417",
        "Date of visit: 03/09/2026   Date of injury: 03/02/2026",
        "Diagnosis: S61.412A laceration without foreign body, right hand",
        "Treatment: wound check, sutures intact; remove 03/16/2026",
        "Work status: MODIFIED DUTY - no use of right hand, no gloves with wet work",
        "Next visit: 03/16/2026 09:20   Provider: K. Osei, PA-C",
    ],
    "Work status report",
)

_FEE_PDF = pdf(
    [
        "IRONBRIDGE OCCUPATIONAL HEALTH - 2026 EMPLOYER SERVICE FEES",
        "DOT physical (CDL) ............................ $95",
        "Pre-placement physical, non-DOT ............... $80",
        "5-panel drug screen (urine, lab-based) ........ $42",
        "Breath alcohol test ........................... $30",
        "Respirator fit test (qualitative) ............. $35",
        "Audiogram, baseline or annual ................. $28",
        "Injury care is billed to the WC carrier/TPA, not to the employer.",
    ],
    "Fee schedule",
)

_HEARING_XLSX = xlsx(
    {
        "Summary": [
            ["Site", "Employees tested", "Standard threshold shifts", "Referred"],
            ["Plant 1", 212, 6, 2],
            ["Plant 2", 187, 4, 1],
            ["Warehouse", 64, 0, 0],
        ],
        "Method": [
            ["Item", "Value"],
            ["Audiometer calibration", "2026-01-12"],
            ["Reference", "29 CFR 1910.95"],
            ["Note", "Counts only; individual audiograms are kept in the clinic record"],
        ],
    }
)

_ROSTER_XLSX = xlsx(
    {
        "Results": [
            ["Name", "Emp #", "Test", "Date", "Result"],
            [
                "Lucia Ferraro",
                "H-20418",
                "Audiogram",
                "2026-03-03",
                "STS left ear - retest 30 days",
            ],
            ["Brandon Kessel", "H-20577", "Audiogram", "2026-03-03", "Normal"],
            [
                "Anh Tran",
                "H-21102",
                "Spirometry",
                "2026-03-04",
                "FEV1 71% pred - refer pulmonology",
            ],
            ["Marcus Doyle", "H-19844", "Respirator clearance", "2026-03-04", "Cleared"],
        ],
        "Follow-up": [
            ["Name", "Action", "Due"],
            ["Lucia Ferraro", "Repeat audiogram", "2026-04-02"],
            ["Anh Tran", "Pulmonology referral letter", "2026-03-13"],
        ],
    }
)

_FIT_CSV = (
    "site,month,fit_tests_done,passed,failed_first_attempt\r\n"
    "Plant 1,2026-02,48,45,3\r\n"
    "Plant 2,2026-02,39,38,1\r\n"
    "Warehouse,2026-02,12,12,0\r\n"
)

_DRUG_CSV = (
    "specimen_id,donor_emp_no,collected,reason,mro_result\r\n"
    "IB260304-11,H-20931,2026-03-04,post-accident,NEGATIVE\r\n"
    "IB260304-12,H-21015,2026-03-04,random,NEGATIVE\r\n"
    "IB260305-03,H-18872,2026-03-05,reasonable suspicion,POSITIVE - oxycodone (no valid Rx)\r\n"
)

_HL7 = (
    "MSH|^~\\&|IRONBRIDGE_EHR|IOH|KEYSTONE_CLM|KCA|202603101432||ORU^R01|IOH260310-77|P|2.5.1\r"
    "PID|1||IOH-0088214^^^IOH^MR||PALACIOS^RENATA^M||19790922|F|||41 Quarry Lane^^Bethlehem^PA^18017\r"
    "OBR|1|||73030^XR SHOULDER 2+ VIEWS^CPT|||202603101105\r"
    "OBX|1|TX|IMP^Impression||No fracture or dislocation. Mild AC joint arthrosis.||||||F\r"
)

_FHIR_OBS = """{
  "resourceType": "Observation",
  "status": "final",
  "code": {"text": "Pure tone audiometry, left ear 4 kHz"},
  "subject": {"display": "Lucia Ferraro", "identifier": {"system": "urn:ioh:mrn", "value": "IOH-0091377"}},
  "effectiveDateTime": "2026-03-03",
  "valueQuantity": {"value": 45, "unit": "dB HL"},
  "interpretation": [{"text": "Standard threshold shift versus 2025 baseline"}]
}
"""

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Ironbridge Occupational Health - Visit Summary</title>
  <recordTarget><patientRole><id extension="IOH-0090551" root="2.16.840.1.113883.3.8108"/>
    <patient><name><given>Owen</given><family>Castellano</family></name><birthTime value="19920611"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Assessment</title>
    <text>Lumbar strain (S39.012A) after lifting at work 03/05/2026. Naproxen 500 mg BID, PT 2x/week for 3 weeks. Modified duty: no lifting over 15 lb.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

_FORWARDED_REQ = Spec(
    phi=True,
    category="inner",
    notes="inner",
    frm="Tamsin Wolde <twolde@halvorsenmfg.com>",
    to="scheduling@ironbridgeocchealth.com",
    subject="Post-accident testing - forklift incident",
    body="Hi, please fit in Jorge Benavides (emp H-20931) today for post-accident drug and alcohol. He clipped a rack in Warehouse B this morning, no injury. Thanks, Tamsin",
)

MESSAGES = [
    Spec(
        phi=True,
        category="work status report PDF to employer",
        notes="Named employee's laceration diagnosis and restrictions in the attached work status PDF to the employer.",
        frm=f"Kwame Osei PA-C <kosei@{IOH}>",
        to="tamsin.wolde@halvorsenmfg.com",
        subject="Work status - D. Whitfield 03/09",
        body="Tamsin,\n\nAttached is today's work status for Darnell. He can return on modified duty tomorrow; see restrictions."
        + SIG,
        atts=(Att("WorkStatus_Whitfield_20260309.pdf", "application/pdf", _WORK_STATUS_PDF),),
    ),
    Spec(
        phi=False,
        category="employer service fee schedule",
        notes="Price list for employer services; no individual.",
        frm=f"Client Services <clientservices@{IOH}>",
        to="benefits@halvorsenmfg.com",
        subject="2026 employer fee schedule",
        body="Hello,\n\nAs requested, our 2026 fee schedule for pre-placement and surveillance services is attached. Prices are effective April 1."
        + SIG,
        atts=(Att("IOH_2026_Fees.pdf", "application/pdf", _FEE_PDF),),
    ),
    Spec(
        phi=False,
        category="aggregate hearing conservation summary workbook",
        notes="Hard negative: hearing-test workbook with per-site counts of threshold shifts only; no employee named.",
        frm=f"Dr. Ruth Amsel <ramsel@{IOH}>",
        to="ehs@halvorsenmfg.com",
        subject="Annual hearing conservation summary (counts only)",
        body="Attached is the site-level summary for your OSHA hearing conservation file. Individual results went to each employee by mail."
        + SIG,
        atts=(Att("HCP_Summary_2026Q1.xlsx", XLSX, _HEARING_XLSX),),
    ),
    Spec(
        phi=True,
        category="surveillance results roster workbook",
        notes="Hard positive: two-sheet workbook names employees with audiogram shift and low FEV1 spirometry result.",
        frm=f"Surveillance Team <surveillance@{IOH}>",
        to="ehs@halvorsenmfg.com",
        subject="March surveillance batch",
        body="Attached. Two follow-ups flagged on the second tab.",
        atts=(Att("Batch_0303-0304.xlsx", XLSX, _ROSTER_XLSX),),
    ),
    Spec(
        phi=False,
        category="respirator fit test monthly counts CSV",
        notes="Hard negative: CSV of fit-test pass/fail counts per site; aggregate.",
        frm=f"Surveillance Team <surveillance@{IOH}>",
        to="ehs@halvorsenmfg.com",
        subject="Feb fit test counts",
        body="Monthly counts for your dashboard.",
        atts=(Att("fit_tests_2026-02.csv", "text/csv", _FIT_CSV),),
    ),
    Spec(
        phi=True,
        category="MRO drug test results CSV to employer DER",
        notes="Hard positive: CSV keyed only by employee number shows a positive oxycodone drug test; employee numbers identify staff to the employer.",
        frm=f"MRO Services <mro@{IOH}>",
        to="der@halvorsenmfg.com",
        subject="Verified results 03/04-03/05",
        body="Designated Employer Representative,\n\nVerified results attached. Please contact the MRO line for the non-negative result."
        + SIG
        + CONF,
        atts=(Att("verified_results_0305.csv", "text/csv", _DRUG_CSV),),
    ),
    Spec(
        phi=True,
        category="HL7 radiology result to claims administrator",
        notes="HL7 ORU with patient name, DOB, address, MRN and shoulder X-ray impression sent to the TPA.",
        frm=f"Interfaces <interfaces@{IOH}>",
        to="edi-intake@keystoneclaimsadmin.com",
        subject="ORU batch IOH260310-77",
        body="Automated transmission. 1 message.",
        atts=(Att("IOH260310-77.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="FHIR audiometry observation",
        notes="Hard positive: FHIR Observation names the employee with MRN and a left-ear threshold shift; body says nothing.",
        frm=f"Interfaces <interfaces@{IOH}>",
        to="integration@keystoneclaimsadmin.com",
        subject="FHIR push test 2 of 2",
        body="Second payload per the interface spec. Ack please.",
        atts=(Att("obs_audiometry.json", "application/fhir+json", _FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="C-CDA visit summary to physical therapy",
        notes="C-CDA names patient with DOB, lumbar strain diagnosis, naproxen and PT plan, sent to the PT clinic.",
        frm=f"Referrals <referrals@{IOH}>",
        to="intake@lehighvalleypt.com",
        subject="Referral - visit summary attached",
        body="Please schedule 2x/week for 3 weeks. Visit summary attached. Authorisation is with Keystone Claims."
        + SIG,
        atts=(Att("visit_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="appointment reminder to injured worker personal email",
        notes="Reminder to worker's gmail naming him and his follow-up visit for a hand injury.",
        frm=f"Scheduling <scheduling@{IOH}>",
        to="darnell.whitfield81@gmail.com",
        subject="Reminder: your follow-up visit on Monday",
        body="Hi Darnell,\n\nThis is a reminder of your follow-up visit on Monday 03/16 at 9:20 AM with Kwame Osei, PA-C, for suture removal on your right hand. Bring your claim number KCA-26-004417.\n\nIronbridge Occupational Health",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironbridge//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ioh-appt-88214@ironbridgeocchealth.com\r\nDTSTAMP:20260310T140000Z\r\n"
            "DTSTART:20260316T132000Z\r\nDTEND:20260316T134000Z\r\nSUMMARY:Suture removal - Ironbridge Occ Health\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting calendar invite",
        notes="Internal staff meeting invite; no patients.",
        frm=f"Clinic Manager <manager@{IOH}>",
        to=f"allstaff@{IOH}",
        subject="Monthly staff huddle",
        body="Monthly huddle, break room. Agenda: new EHR templates, parking, spring hours.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironbridge//Admin//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ioh-huddle-0312@ironbridgeocchealth.com\r\nDTSTAMP:20260309T120000Z\r\n"
            "DTSTART:20260312T123000Z\r\nDTEND:20260312T131500Z\r\nSUMMARY:Staff huddle\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="terse first-name lab follow-up between clinicians",
        notes="Hard positive: terse note to outside provider's work address with first name, employer and positive TB test result.",
        frm=f"Dr. Ruth Amsel <ramsel@{IOH}>",
        to="dr.pham@valleychestassociates.com",
        subject="QFT+ from today",
        body="Minh - the Halvorsen warehouse guy I called you about, Teodor, QuantiFERON came back positive (TB Ag-Nil 2.31). CXR clear. Sending him your way for LTBI tx. -R",
    ),
    Spec(
        phi=False,
        category="provider credential update with NPI and DEA",
        notes="Hard negative: credentialing update to the TPA listing the clinic's physicians, NPIs and DEA number; provider identifiers only.",
        frm=f"Credentialing <credentialing@{IOH}>",
        to="providerrelations@keystoneclaimsadmin.com",
        subject="Provider roster update - Ironbridge",
        body="Please update your network directory:\n\nRuth Amsel, MD - Occupational Medicine - NPI 1413489653 - DEA AA5193026\nKwame Osei, PA-C - NPI 1519647352\nHelena Brandt, DO - Occupational Medicine - NPI 1985309446 (new, starts 04/01)\n\nTax ID unchanged."
        + SIG,
    ),
    Spec(
        phi=False,
        category="clinician bio newsletter with disease expertise",
        notes="Hard negative: HTML newsletter introducing a new physician and her interest in silicosis and asthma; no patient.",
        frm=f"Ironbridge News <news@{IOH}>",
        to="safety-contacts@lehighemployers.org",
        subject="Meet Dr. Helena Brandt",
        body="",
        html="<html><body><h2>Welcome Dr. Helena Brandt, DO</h2><p>Dr. Brandt joins us from the Lehigh occupational lung clinic. Her interests include silicosis, occupational asthma and beryllium sensitisation screening. She sees patients Tuesday to Friday.</p><p><a href='https://www.ironbridgeocchealth.com/team'>Our team</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML-only portal message notice with diagnosis",
        notes="Hard positive: HTML-only mail to worker's personal address names her and the carpal tunnel diagnosis in the body.",
        frm=f"Patient Portal <noreply@{IOH}>",
        to="renata.palacios@yahoo.com",
        subject="New message from your care team",
        body="",
        html="<html><body><p>Dear Renata Palacios,</p><p>Dr. Amsel sent you a message about your nerve conduction study: the results are consistent with moderate carpal tunnel syndrome on the right. Please log in to read the full note and book your splint fitting.</p><p>Ironbridge Occupational Health</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML marketing of flu shot clinic to employers",
        notes="Onsite flu shot marketing to employers; no individual.",
        frm=f"Ironbridge Outreach <outreach@{IOH}>",
        to="hr@quarrytonlogistics.com",
        subject="Book onsite wellness days for spring",
        body="",
        html="<html><body><p>Bring Ironbridge to your site: TB skin testing, hepatitis B series, tetanus boosters and biometric screening for crews of 20+.</p><p>Call 610-555-0142 to reserve a date.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="forwarded post-accident testing request with result",
        notes="Hard positive: reply forwards employer's request naming the employee and adds that his alcohol test was 0.000 and drug screen sent to lab.",
        frm=f"Scheduling <scheduling@{IOH}>",
        to="tamsin.wolde@halvorsenmfg.com",
        subject="RE: Post-accident testing - forklift incident",
        body="Tamsin, Jorge was seen at 11:40. Breath alcohol 0.000. Urine collected, split specimen, to lab tonight; MRO will call the DER line. Original below.",
        forward=_FORWARDED_REQ,
    ),
    Spec(
        phi=False,
        category="drug shortage notice to employers",
        notes="Hard negative: notice that tetanus vaccine is short and substitutions; no individual.",
        frm=f"Clinical Operations <clinops@{IOH}>",
        to="safety-contacts@lehighemployers.org",
        subject="Tdap shortage - what it means for your new hires",
        body="Our supplier has backordered Tdap through April. Pre-placement exams will still proceed; new hires needing a tetanus booster will get Td instead, or come back when stock returns. No action needed from you."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder for clinic staff",
        notes="Hard negative: internal training reminder with example PHI field names; no real patient.",
        frm=f"Compliance <compliance@{IOH}>",
        to=f"allstaff@{IOH}",
        subject="Annual HIPAA module due 03/31",
        body="Reminder: complete the annual privacy module by 03/31. New this year: a section on what employers may see. Employers get work status and restrictions, NOT diagnosis, medications or the chart. Example of what never goes to an employer: 'Patient name, DOB, MRN, diagnosis code, drug screen detail beyond verified result.'",
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject line",
        notes="Hard positive: subject names employee and rotator cuff tear; body only says MRI attached elsewhere.",
        frm=f"Kwame Osei PA-C <kosei@{IOH}>",
        to="nadia.roth@keystoneclaimsadmin.com",
        subject="Palacios R - full thickness RC tear on MRI, needs ortho auth",
        body="Nadia, report is in the portal. Can you expedite the ortho consult authorisation? Thanks.",
    ),
    Spec(
        phi=False,
        category="IT downtime notice",
        notes="Staff IT downtime notice; no patients.",
        frm=f"IT Help <it@{IOH}>",
        to=f"allstaff@{IOH}",
        subject="EHR downtime Saturday 6-9 AM",
        body="The EHR will be down Saturday 6-9 AM for an upgrade. Use paper downtime forms in the blue binder at each station.",
    ),
    Spec(
        phi=True,
        category="scanned first report of injury text",
        notes="Hard positive: OCR text of scanned first report of injury with worker name, SSN and injury description, in a .txt attachment.",
        frm=f"Front Desk <frontdesk@{IOH}>",
        to="fnoi@keystoneclaimsadmin.com",
        subject="FROI scan 0306",
        body="Scan attached (OCR text, original on file).",
        atts=(
            Att(
                "scan_0306_ocr.txt",
                "text/plain",
                "EMPLOYER'S FIRST REPORT OF INJURY   [scan p1/1]\r\nEmployee nm: Castellano, Owen  SSN 318-52-7740\r\nDt of inj 03/05/26  Time 14:10\r\nBody part: low back   Nature: strain\r\nHow: lifting die set from cart, felt pop\r\nTreated at: Ironbridge Occ Hlth  Lost time: Y\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank intake form template",
        notes="Hard negative: blank DOCX intake form with field labels (Name, DOB, SSN) and no values.",
        frm=f"Client Services <clientservices@{IOH}>",
        to="hr@quarrytonlogistics.com",
        subject="Our new-patient intake form",
        body="Please print this and have the worker bring it filled in; it saves 10 minutes at check-in.",
        atts=(
            Att(
                "IOH_Intake_Form_blank.docx",
                DOCX,
                docx(
                    [
                        "Ironbridge Occupational Health - Injury Intake",
                        "Name: ____________  DOB: ___/___/____",
                        "SSN (last 4): ____  Employer: ____________",
                        "Date of injury: ________  Body part: ________",
                        "Describe what happened: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="letter to school nurse about student worker injury",
        notes="Letter to high-school co-op coordinator naming a student worker, his wrist fracture and cast.",
        frm=f"Dr. Ruth Amsel <ramsel@{IOH}>",
        to="coop.office@allentownvotech.org",
        subject="Co-op student - return to school activities",
        body="Dear Ms. Greer,\n\nYour co-op student Elijah Munroe (DOB 05/02/2009) was seen here on 03/06 after a fall at his placement. He has a non-displaced distal radius fracture and is in a short-arm cast for four weeks. He may attend class but should skip shop lab and PE until cleared.\n\nSincerely,\nRuth Amsel, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="job posting medical assistant",
        notes="Hard negative: job posting mentions drug screens, audiograms and vaccines as duties; no patient.",
        frm=f"Careers <careers@{IOH}>",
        to="jobs@lehighvalleyjobs.net",
        subject="Posting: Medical Assistant, Occupational Health (FT)",
        body="Please post through 04/15.\n\nDuties: DOT urine collections, breath alcohol testing, audiograms, spirometry, TB skin tests, vitals and injury intake. Requirements: CMA or RMA, DOT collector certification preferred. Pay $21-24/h.",
    ),
    Spec(
        phi=True,
        category="medication refill note to patient relative",
        notes="Hard positive: reply to a wife's hotmail about her husband's (first name only) muscle relaxant prescription for his work injury.",
        frm=f"Nursing Line <nurse@{IOH}>",
        to="bkessel.home@hotmail.com",
        subject="Re: Brandon's prescription",
        body="Hi Becca,\n\nDr. Amsel won't refill the cyclobenzaprine for Brandon; she wants to see his back again first. He's booked for Thursday at 2:15. He can keep using ice and the naproxen until then.\n\nNurse line",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped PO number",
        notes="Hard negative: supply purchase order whose PO number is shaped like an SSN; no patient.",
        frm=f"Purchasing <purchasing@{IOH}>",
        to="orders@keystonemedsupply.net",
        subject="PO 318-44-2071 confirmation",
        body="Please confirm PO 318-44-2071: 20 boxes urine cups (split specimen), 4 cases breathalyzer mouthpieces, 2 audiometer headsets. Ship to Suite 4.",
    ),
    Spec(
        phi=False,
        category="de-identified injury research extract",
        notes="Hard negative: de-identified injury extract for a university study; age bands and body part only.",
        frm=f"Dr. Ruth Amsel <ramsel@{IOH}>",
        to="research@lehighpublichealth.edu",
        subject="De-identified extract for the lifting injury study",
        body="Attached per our data use agreement. Safe Harbor de-identification applied: no names, dates reduced to year, ZIP to 3 digits, ages banded.",
        atts=(
            Att(
                "lifting_injuries_deid.csv",
                "text/csv",
                "study_id,year,age_band,zip3,body_part,days_lost\r\nS001,2025,30-39,180,lumbar,6\r\nS002,2025,40-49,181,shoulder,0\r\nS003,2025,20-29,180,lumbar,3\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="png photo of wound named after patient",
        notes="Hard positive: wound photo named after the worker sent to the TPA nurse case manager; body just says progress.",
        frm=f"Kwame Osei PA-C <kosei@{IOH}>",
        to="nadia.roth@keystoneclaimsadmin.com",
        subject="healing progress",
        body="Day 7 photo as you asked.",
        atts=(Att("Whitfield_Darnell_R_hand_day7.png", "image/png", png(6, 6, (190, 120, 110))),),
    ),
    Spec(
        phi=False,
        category="clinic logo png for employer intranet",
        notes="Logo image for employer's intranet; no patient.",
        frm=f"Ironbridge Outreach <outreach@{IOH}>",
        to="intranet@halvorsenmfg.com",
        subject="Logo for your 'where to go if hurt' page",
        body="Here is our logo and the text: 'Hurt at work? Go to Ironbridge Occupational Health, 2210 Foundry Rd, open 7-7.'",
        atts=(Att("ironbridge_logo.png", "image/png", png(8, 4, (20, 60, 120))),),
    ),
    Spec(
        phi=True,
        category="zip of visit notes to workers comp attorney",
        notes="Records-release zip to an applicant's attorney with named visit notes and diagnosis.",
        frm=f"Release of Information <roi@{IOH}>",
        to="paralegal@brennanwclaw.com",
        subject="Records request #R-2291 - response",
        body="Counsel,\n\nPer the signed authorisation, records for your client are attached (2 visit notes). Invoice follows separately."
        + SIG,
        atts=(
            Att(
                "R-2291_records.zip",
                "application/zip",
                zipped(
                    {
                        "visit_2026-02-10.txt": "Patient: Anh Tran  DOB 1987-08-30\nCC: cough and chest tightness at work (solvent area)\nA/P: occupational asthma suspected; albuterol HFA; spirometry ordered.\n",
                        "visit_2026-03-04.txt": "Patient: Anh Tran\nSpirometry FEV1 71% pred. Refer pulmonology. Restrict from solvent room.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of policy documents to new client",
        notes="Zip of clinic policies and forms; no individual.",
        frm=f"Client Services <clientservices@{IOH}>",
        to="hr@quarrytonlogistics.com",
        subject="Onboarding packet",
        body="Welcome aboard. The zip has our authorisation form, after-hours instructions and the DOT testing policy.",
        atts=(
            Att(
                "IOH_client_onboarding.zip",
                "application/zip",
                zipped(
                    {
                        "after_hours.txt": "After 7 PM send injured workers to St. Luke's ED and call our line next morning.\n",
                        "dot_policy.txt": "DOT testing follows 49 CFR Part 40. Collections 7-7 daily.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="one-line callback to patient cell about result",
        notes="Hard positive: one-line text-style mail to patient's icloud with first name and 'your B12 is low'.",
        frm=f"Nursing Line <nurse@{IOH}>",
        to="teo.marin@icloud.com",
        subject="your labs",
        body="Teodor - B12 came back low (182). Dr Amsel wants you to start the supplement; call us at 610-555-0142.",
    ),
    Spec(
        phi=False,
        category="heat illness prevention tips to employers",
        notes="General heat stress guidance; no individual.",
        frm=f"Dr. Ruth Amsel <ramsel@{IOH}>",
        to="safety-contacts@lehighemployers.org",
        subject="Early heat wave: acclimatisation reminders",
        body="Forecast shows 90F next week. Remind crews: water every 15 minutes, 20% exposure on day one for new workers, watch for cramps, confusion and heat rash. Heat stroke is an emergency: call 911.",
    ),
    Spec(
        phi=True,
        category="DOCX independent medical exam report to TPA",
        notes="DOCX IME report names claimant, DOB and impairment rating for a knee injury.",
        frm=f"Dr. Helena Brandt <hbrandt@{IOH}>",
        to="claims.docs@keystoneclaimsadmin.com",
        subject="IME report - claim KCA-25-019930",
        body="Report attached. Invoice #IME-0412 to follow.",
        atts=(
            Att(
                "IME_KCA-25-019930.docx",
                DOCX,
                docx(
                    [
                        "INDEPENDENT MEDICAL EXAMINATION",
                        "Claimant: Gloria Estevez   DOB 11/23/1968",
                        "History: right knee twisting injury 08/2025; arthroscopic partial medial meniscectomy 10/2025.",
                        "Exam: mild effusion, flexion 0-120.",
                        "Impression: MMI reached. 4% lower-extremity impairment (AMA Guides 6th).",
                        "Helena Brandt, DO",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OSHA recordkeeping webinar invite",
        notes="Webinar invite about OSHA 300 logs; no individual.",
        frm=f"Ironbridge Outreach <outreach@{IOH}>",
        to="safety-contacts@lehighemployers.org",
        subject="Webinar: is it recordable? (Mar 26)",
        body="Join Dr. Amsel for 45 minutes on first aid vs medical treatment, restricted work days and privacy cases on the OSHA 300 log. Register at ironbridgeocchealth.com/webinar.",
    ),
    Spec(
        phi=False,
        category="internal note about fake test patient in EHR",
        notes="Hard negative: message about a declared test patient 'ZZTEST, WORKCOMP' used in EHR training; not a real person.",
        frm=f"IT Help <it@{IOH}>",
        to=f"frontdesk@{IOH}",
        subject="Training patient for new hires",
        body="For practice check-ins use the test patient ZZTEST, WORKCOMP (MRN IOH-TEST-0001, DOB 01/01/1900). It is a fictitious record in the training environment; any diagnosis you enter there goes nowhere. Do not use real charts for practice.",
    ),
]
