"""Outbound mail of Kestrel Valley Cardiac Rehabilitation, a phase II/III rehab programme (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nKestrel Valley Cardiac Rehabilitation\n88 Millrace Road, Building C | Phone 555-0160 | Fax 555-0161"

FHIR_6MWT = json.dumps(
    {
        "resourceType": "Observation",
        "id": "kv-6mwt-20260313-0412",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "64098-7", "display": "Six minute walk test"}]},
        "subject": {"reference": "Patient/KV-20417", "display": "Ignatius Moreau-Blake"},
        "effectiveDateTime": "2026-03-13T09:40:00-04:00",
        "valueQuantity": {"value": 312, "unit": "m"},
        "note": [{"text": "Post-CABG week 4. Stopped once for dyspnea, SpO2 nadir 91%."}],
    },
    indent=1,
)

_DAUGHTER = Spec(
    phi=True,
    category="inner relative question",
    notes="inner",
    frm="Simone Achebe-Walsh <simone.aw@outlook.com>",
    to="info@kestrelvalleyrehab.org",
    subject="my mother's progress",
    body="Hello, my mother Gloria Achebe started your program after her bypass surgery. She is on my consent form. How is she doing? She won't tell me anything!\n\nSimone",
)

_WEBINAR = Spec(
    phi=False,
    category="inner webinar invite",
    notes="inner",
    frm="Education <education@heartrehabassoc.org>",
    to="director@kestrelvalleyrehab.org",
    subject="Webinar: virtual cardiac rehab reimbursement in 2026",
    body="Join us April 9 at 1 PM ET for an update on virtual cardiac rehabilitation billing rules and documentation. Free for members.",
)

MESSAGES = [
    Spec(
        phi=True,
        category="rehab welcome letter after CABG to patient",
        notes="Welcome letter to named patient's gmail states his bypass surgery and phase II start date.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="hollis.dreyfuss@gmail.com",
        subject="Welcome to Kestrel Valley Cardiac Rehab",
        body="Dear Mr. Dreyfuss,\n\nWelcome! Dr. Ochoa referred you to us after your coronary bypass surgery on February 17. Your first phase II session is Monday, March 23 at 8:00 AM. Wear comfortable shoes, bring your medication list and your nitroglycerin.\n\nYou are scheduled Monday, Wednesday and Friday for 12 weeks.\n\nSee you soon,\nAlma Reyes, RN, Intake Coordinator" + SIG,
    ),
    Spec(
        phi=True,
        category="rehab progress report PDF to referring cardiologist",
        notes="Progress PDF with patient name, DOB, diagnosis, METs and blood pressure response.",
        frm="Exercise Physiology <ep.staff@kestrelvalleyrehab.org>",
        to="sochoa@brightwaterheart.com",
        subject="30-day progress report",
        body="Dr. Ochoa, 30-day report attached for your signature on the updated ITP.\n\nBen Corriveau, MS, CEP",
        atts=(
            Att("ITP_progress_Dreyfuss.pdf", "application/pdf", pdf([
                "KESTREL VALLEY CARDIAC REHABILITATION - INDIVIDUAL TREATMENT PLAN, 30 DAY",
                "Patient: Hollis Dreyfuss   DOB: 06/02/1958   Program ID: KV-20388",
                "Dx: CABG x3 (Z95.1), NSTEMI 01/2026 (I21.4), type 2 diabetes",
                "Sessions attended: 11 of 12   Peak METs: 2.8 -> 4.6",
                "Resting BP 132/78; peak exercise BP 168/82; no arrhythmias on telemetry",
                "Goals: walk 30 min daily; A1c < 7%; quit smokeless tobacco",
            ], "ITP progress")),
        ),
    ),
    Spec(
        phi=True,
        category="headerless session vitals table to medical director",
        notes="Hard positive: table with no headers lists patient surnames with blood pressures and rhythm notes.",
        frm="Ben Corriveau <bcorriveau@kestrelvalleyrehab.org>",
        to="medicaldirector.rehab@mercyvalehealth.org",
        subject="this morning's flags",
        body="Dr. Lindahl - three from the 7am class for your review:\n\nCastillo    188/94    stopped at 6 min, HA\nWexford     104/60    lightheaded, held carvedilol AM?\nPaulsen     118/70    4 PVCs/min, new\n\nAll three sent home OK. Want any of them held Wed?\nBen",
    ),
    Spec(
        phi=True,
        category="rehab session authorization request to payer",
        notes="Authorization request with member name, member ID and heart failure diagnosis.",
        frm="Billing <billing@kestrelvalleyrehab.org>",
        to="auth@northridgemutualhealth.com",
        subject="Authorization request - cardiac rehab 36 sessions",
        body="Member name: Consuelo Varga\nMember ID: NRM884210376\nDOB: 12/11/1955\nDiagnosis: chronic HFrEF, EF 32% (I50.22), stable on GDMT > 6 weeks\nService: cardiac rehabilitation, 36 sessions (CPT 93798)\nReferring: Samuel Ochoa, MD, NPI: 1982526372\n\nPlease fax determination to 555-0161." + SIG,
    ),
    Spec(
        phi=True,
        category="held session note to patient's husband by first name",
        notes="Hard positive: only first names and the husband's mailbox, but it reports the wife's high blood pressure and held exercise.",
        frm="Alma Reyes <areyes@kestrelvalleyrehab.org>",
        to="tom.bergquist@hotmail.com",
        subject="Linda today",
        body="Hi Tom,\n\nJust a heads up since you drive Linda in: we didn't let her exercise today, her pressure was 182/96 twice. She felt fine. We faxed Dr. Whitcombe's office. Please make sure she takes her amlodipine tonight and bring her home cuff readings on Wednesday.\n\nAlma",
    ),
    Spec(
        phi=True,
        category="missed sessions surname and post-MI in subject",
        notes="Hard positive: surname and post-MI status only in the subject; body just asks for a call.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="frontdesk@fenwickfamilymed.com",
        subject="3 missed sessions - Abernathy (post-MI)",
        body="Hi, could Dr. Feeney's nurse give her a call? We haven't been able to reach her. Thank you!",
    ),
    Spec(
        phi=True,
        category="FHIR six-minute walk observation to hospital",
        notes="Hard positive: body is a bare send note; FHIR Observation names patient with post-CABG walk test result.",
        frm="Interfaces <interfaces@kestrelvalleyrehab.org>",
        to="fhir-inbound@mercyvalehealth.org",
        subject="Observation push 0412",
        body="Manual push after the API timeout.",
        atts=(Att("obs_0412.json", "application/fhir+json", FHIR_6MWT),),
    ),
    Spec(
        phi=True,
        category="weekly attendance and vitals workbook to medical director",
        notes="Hard positive: multi-sheet workbook names patients with attendance, diagnoses and weights; body just says it is attached.",
        frm="Program Coordinator <coordinator@kestrelvalleyrehab.org>",
        to="medicaldirector.rehab@mercyvalehealth.org",
        subject="Week 11 sheets",
        body="Week 11 attached.",
        atts=(
            Att("week11_attendance.xlsx", XLSX, xlsx({
                "Attendance": [
                    ["Participant", "Dx", "Mon", "Wed", "Fri"],
                    ["Hollis Dreyfuss", "CABG", "Y", "Y", "Y"],
                    ["Consuelo Varga", "HFrEF", "Y", "N", "Y"],
                    ["Linda Bergquist", "PCI", "Y", "held", "Y"],
                ],
                "Weights": [
                    ["Participant", "Mon lb", "Fri lb"],
                    ["Consuelo Varga", 171.2, 174.8],
                    ["Hollis Dreyfuss", 203.0, 201.6],
                ],
            })),
        ),
    ),
    Spec(
        phi=True,
        category="programme completion summary DOCX to PCP",
        notes="Completion summary names patient with valve surgery, sessions completed and functional gains.",
        frm="Program Coordinator <coordinator@kestrelvalleyrehab.org>",
        to="records@eastgateprimarycare.com",
        subject="Cardiac rehab discharge summary",
        body="Please file the attached discharge summary in the patient's chart. Thank you." + SIG,
        atts=(
            Att("discharge_summary_KV-20211.docx", DOCX, docx([
                "Kestrel Valley Cardiac Rehabilitation - Discharge Summary",
                "Patient: Philippa Onwuachi   DOB: 09/14/1949   Program ID: KV-20211",
                "Qualifying event: surgical aortic valve replacement 11/2025",
                "Sessions completed: 36/36. Peak METs 3.1 -> 6.2. Duke Activity Status Index 24 -> 41.",
                "Recommend: continue maintenance exercise; annual echo.",
            ])),
        ),
    ),
    Spec(
        phi=True,
        category="PHQ-9 depression referral to behavioral health",
        notes="Referral names rehab patient with PHQ-9 score 16 and passive thoughts, mental health information.",
        frm="Alma Reyes <areyes@kestrelvalleyrehab.org>",
        to="intake@riverbendbehavioralhealth.org",
        subject="Referral - depression after MI",
        body="Hello,\n\nReferring Desmond Achterberg (DOB 07/21/1966, phone 555-0173) who scored 16 on the PHQ-9 at his rehab intake, 5 weeks after a heart attack. He denies a plan but reports passive thoughts of not waking up. He agreed to this referral and prefers afternoon appointments.\n\nAlma Reyes, RN" + SIG,
    ),
    Spec(
        phi=True,
        category="OCR text of faxed referral form",
        notes="Hard positive: garbled OCR text of a scanned referral in a .txt attachment carries name, DOB and diagnosis.",
        frm="Intake <intake@kestrelvalleyrehab.org>",
        to="helpdesk@faxbridgecloud.com",
        subject="Ticket 55190 - OCR output looks wrong",
        body="Your OCR output for our inbound fax this morning is garbled, sample attached. Can you check the engine settings?",
        atts=(
            Att("fax_0316_0712_ocr.txt", "text/plain", "CARD1AC REHAB REFERRAL F0RM\nPat1ent: MARGUER1TE DELACR0IX  D0B: O3/3O/1952\nDx: STEM1 s/p PC1 LAD 02/2O26  (I21.O2)\nEF: 4O %  Ph0ne 555-O174\nPhys1cian s1gnature: [illegible]\n"),
        ),
    ),
    Spec(
        phi=True,
        category="terse desaturation note after TAVR",
        notes="Hard positive: brief abbreviated note names patient, age, TAVR and treadmill desaturation.",
        frm="Ben Corriveau <bcorriveau@kestrelvalleyrehab.org>",
        to="sochoa@brightwaterheart.com",
        subject="quick q",
        body="Mr Jaramillo 67M s/p TAVR 2/28 desat 86% on TM @ 2.0mph, recovered w/ rest, no CP. ok to cont w/ O2 2L or want him seen first?",
    ),
    Spec(
        phi=True,
        category="rehab balance reminder to patient",
        notes="Payment reminder names patient and her cardiac rehabilitation sessions with amount owed.",
        frm="Billing <billing@kestrelvalleyrehab.org>",
        to="consuelo.varga55@hotmail.com",
        subject="Your statement from Kestrel Valley",
        body="Dear Consuelo Varga,\n\nAfter your insurance paid, you owe $240.00 for 12 cardiac rehabilitation sessions (February 2 - February 27). Pay online at pay.kestrelvalleyrehab.org with account 55-20416, or call 555-0162 for a payment plan.\n\nKestrel Valley Billing",
    ),
    Spec(
        phi=True,
        category="HTML graduates newsletter naming patients and heart attacks",
        notes="Hard positive: marketing-style HTML newsletter names graduates and says they completed rehab after heart attacks.",
        frm="Kestrel Valley News <news@kestrelvalleyrehab.org>",
        to="community@lists.kestrelvalleyrehab.org",
        subject="Spring graduates!",
        body="",
        html="<html><body><h2>Congratulations, spring graduates!</h2><p>This month <b>Walter Greaves</b>, <b>Ines Palomar</b> and <b>Rudy Kowalczyk</b> completed all 36 sessions of cardiac rehab after their heart attacks. Rudy now walks 3 miles a day!</p><p>Join us for the graduation breakfast on Friday.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="orientation appointment invite to patient",
        notes="Calendar invite to named patient's icloud mailbox for cardiac rehab orientation after his stent.",
        frm="Scheduling <scheduling@kestrelvalleyrehab.org>",
        to="ray.oyelaran@icloud.com",
        subject="Your cardiac rehab orientation",
        body="Hi Ray,\n\nYour orientation and exercise tolerance review is set for Thursday, March 19 at 10:00 AM. We will go over your stent discharge instructions and set your target heart rate.\n\nKestrel Valley Scheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel Valley//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:kv-orient-20260319-1000@kestrelvalleyrehab.org\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260319T140000Z\r\nDTEND:20260319T153000Z\r\n"
            "SUMMARY:Cardiac rehab orientation - Ray Oyelaran\r\nLOCATION:Kestrel Valley\\, 88 Millrace Road\r\n"
            "ATTENDEE;CN=Ray Oyelaran:mailto:ray.oyelaran@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="reply to daughter on mother's progress",
        notes="Reply to daughter's outlook mailbox reports her named mother's attendance and progress after bypass.",
        frm="Alma Reyes <areyes@kestrelvalleyrehab.org>",
        to="simone.aw@outlook.com",
        subject="Re: my mother's progress",
        body="Hi Simone,\n\nThanks for writing - we have your mom's release on file. Gloria is doing well: she has come to 9 of 10 sessions, is up to 20 minutes on the treadmill, and her heart rhythm has been steady. Her main goal now is lowering her salt, so any help with cooking at home is welcome.\n\nAlma Reyes, RN",
        forward=_DAUGHTER,
    ),
    Spec(
        phi=True,
        category="zip of telemetry strips for a named patient",
        notes="Hard positive: body is generic; zip member names and contents identify the patient and his ectopy strips.",
        frm="Ben Corriveau <bcorriveau@kestrelvalleyrehab.org>",
        to="rpillai@brightwaterheart.com",
        subject="strips as requested",
        body="Strips from this week as you asked.",
        atts=(
            Att("strips_wk11.zip", "application/zip", zipped({
                "Paulsen_Edgar_0316_strip1.txt": "Edgar Paulsen KV-20433 03/16/2026 08:22 - sinus 88 with frequent unifocal PVCs, one couplet.\n",
                "Paulsen_Edgar_0316_strip2.txt": "Edgar Paulsen KV-20433 03/16/2026 08:31 - run of NSVT 5 beats during treadmill stage 2.\n",
            })),
        ),
    ),
    Spec(
        phi=True,
        category="FMLA certification PDF to employer",
        notes="Certification names employee's heart attack and rehab schedule for intermittent leave.",
        frm="Program Coordinator <coordinator@kestrelvalleyrehab.org>",
        to="benefits@hollandermfg.com",
        subject="FMLA certification - intermittent leave",
        body="Attached is the completed certification requested by your benefits office.",
        atts=(
            Att("FMLA_cert_Greaves.pdf", "application/pdf", pdf([
                "KESTREL VALLEY CARDIAC REHABILITATION - FMLA HEALTH CARE PROVIDER CERTIFICATION",
                "Employee: Walter Greaves   Employer ID: HM-4471",
                "Condition: acute myocardial infarction 01/29/2026, in cardiac rehabilitation",
                "Leave needed: 3 mornings per week, 8:00-10:00, through 05/29/2026",
            ], "FMLA certification")),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="annual programme outcomes report PDF",
        notes="Hard negative: aggregate outcomes of 412 participants by diagnosis, no individual.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="boardmembers@kestrelvalleyfoundation.org",
        subject="2025 outcomes report",
        body="Board members, attached is the 2025 outcomes summary for Thursday's meeting.\n\nDr. Ingrid Lindahl, Medical Director",
        atts=(
            Att("KV_outcomes_2025.pdf", "application/pdf", pdf([
                "KESTREL VALLEY CARDIAC REHABILITATION - 2025 OUTCOMES",
                "Participants enrolled: 412 (MI 168, CABG 97, PCI 81, HFrEF 44, valve 22)",
                "Completion rate: 71%   Mean peak METs gain: +2.3",
                "30-day readmission among completers: 4.1% vs 9.8% non-completers",
            ], "2025 outcomes")),
        ),
    ),
    Spec(
        phi=False,
        category="staff BLS recertification schedule",
        notes="Staff training logistics; no health information about anyone.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        subject="BLS/ACLS recert dates",
        body="BLS recert is April 2, ACLS April 7-8, both in the gym after 2 PM. Sign up on the sheet by the time clock.",
    ),
    Spec(
        phi=False,
        category="exercise prescription template with sample patient",
        notes="Hard negative: template DOCX uses a clearly labelled fictitious sample patient.",
        frm="Ben Corriveau <bcorriveau@kestrelvalleyrehab.org>",
        to="ep.students@valleystateuniv.edu",
        subject="Exercise prescription template for your practicum",
        body="Students, here is our template. The filled-in example uses a made-up patient (SAMPLE - not a real person) so you can see how target HR is calculated.",
        atts=(
            Att("exrx_template_SAMPLE.docx", DOCX, docx([
                "Kestrel Valley - Exercise Prescription (TRAINING SAMPLE, FICTITIOUS)",
                "Patient: SAMPLE, Jane (fictitious)   Dx: example only",
                "Resting HR 70; peak HR on GXT 140; target HR range (40-80% HRR): 98-126 bpm",
                "RPE target 11-14; progress duration before intensity.",
            ])),
        ),
    ),
    Spec(
        phi=False,
        category="HTML heart-healthy cooking class flyer",
        notes="HTML-only community flyer for a cooking class; no individual.",
        frm="Kestrel Valley News <news@kestrelvalleyrehab.org>",
        to="events@millracecommunitycenter.org",
        subject="Please post: heart-healthy cooking class",
        body="",
        html="<html><body><h3>Heart-Healthy Cooking on a Budget</h3><p>Learn low-sodium swaps with our dietitian. Tuesday, April 14, 6 PM, Millrace Community Center kitchen. Free; open to everyone.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice without names",
        notes="Hard negative: staff exposure notice about an unnamed staff member; no patient or identifiable person.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        subject="COVID exposure in staff room",
        body="A staff member who worked Thursday has tested positive for COVID-19. Contact tracing found no patient exposure. If you ate in the staff room Thursday, wear a mask through Tuesday and test if you have symptoms.",
    ),
    Spec(
        phi=False,
        category="treadmill maintenance quote request",
        notes="Vendor maintenance request; no patient information.",
        frm="Facilities <facilities@kestrelvalleyrehab.org>",
        to="service@fitequipmentpros.com",
        subject="Quote for preventive maintenance",
        body="Hi, please quote preventive maintenance for 6 treadmills, 4 recumbent steppers and 3 arm ergometers, quarterly visits. Weekday visits after 1 PM only.\n\nDale",
    ),
    Spec(
        phi=False,
        category="equipment inventory workbook with serial numbers",
        notes="Hard negative: multi-sheet inventory of gym equipment and telemetry transmitters with serial numbers, not patient devices.",
        frm="Facilities <facilities@kestrelvalleyrehab.org>",
        to="assetmgmt@mercyvalehealth.org",
        subject="Annual asset inventory",
        body="Attached is our annual asset inventory for your fixed-asset register.",
        atts=(
            Att("KV_assets_2026.xlsx", XLSX, xlsx({
                "Gym": [
                    ["Asset", "Serial", "Purchased"],
                    ["Treadmill T5", "TM-55-10231", 2021],
                    ["NuStep T5XR", "NS-80212", 2022],
                ],
                "Telemetry": [
                    ["Transmitter", "Serial", "Status"],
                    ["Tele unit 1", "TX-0091", "in service"],
                    ["Tele unit 2", "TX-0092", "repair"],
                ],
            })),
        ),
    ),
    Spec(
        phi=False,
        category="staffing rota CSV",
        notes="Staff rota with employee names and shifts only.",
        frm="Program Coordinator <coordinator@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        subject="April rota",
        body="April rota attached. Swaps through me please.",
        atts=(
            Att("april_rota.csv", "text/csv", "date,shift,rn,cep\n2026-04-01,AM,Alma Reyes,Ben Corriveau\n2026-04-01,PM,Kiran Doshi,Lea Franke\n2026-04-02,AM,Kiran Doshi,Ben Corriveau\n"),
        ),
    ),
    Spec(
        phi=False,
        category="payer contract rate negotiation with CPT codes",
        notes="Hard negative: contract rates for cardiac rehab CPT codes, no member.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="provider.contracting@northridgemutualhealth.com",
        subject="Re: 2026 fee schedule proposal",
        body="Thank you for the proposal. We are asking for $128 per session for CPT 93798 and $142 for intensive cardiac rehab (G0422), in line with Medicare plus 10%. Our completion rate of 71% is well above the regional average. Happy to meet next week.\n\nIngrid Lindahl, MD",
    ),
    Spec(
        phi=False,
        category="aggregated satisfaction survey workbook",
        notes="Hard negative: anonymous satisfaction survey results aggregated by question and quarter.",
        frm="Program Coordinator <coordinator@kestrelvalleyrehab.org>",
        to="patientexperience@mercyvalehealth.org",
        subject="Q1 patient experience results",
        body="Q1 survey results attached (n=58, anonymous).",
        atts=(
            Att("KV_survey_Q1.xlsx", XLSX, xlsx({
                "Scores": [
                    ["Question", "Top box %"],
                    ["Staff explained exercise safely", 94],
                    ["Would recommend", 91],
                ],
                "Comments (themes)": [
                    ["Theme", "Mentions"],
                    ["Parking", 12],
                    ["Early class times", 7],
                ],
            })),
        ),
    ),
    Spec(
        phi=False,
        category="peer mentor volunteer recruitment to volunteer office",
        notes="Hard negative: general request to post a volunteer notice for former rehab participants; no one named.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="volunteers@mercyvalehealth.org",
        subject="Posting request: Heart Buddies peer mentors",
        body="Could you post this on the volunteer board? \"Have you completed cardiac rehab? Become a Heart Buddy and encourage new participants, two hours a week.\" Contact 555-0160.",
    ),
    Spec(
        phi=False,
        category="warning signs handout to community centre",
        notes="Hard negative: generic heart attack warning signs handout in a text file; no individual.",
        frm="Kestrel Valley News <news@kestrelvalleyrehab.org>",
        to="events@millracecommunitycenter.org",
        subject="Handout for your senior fair table",
        body="Text of our handout is attached; feel free to print.",
        atts=(
            Att("heart_attack_warning_signs.txt", "text/plain", "HEART ATTACK WARNING SIGNS\n- Chest pain or pressure\n- Pain in arm, jaw or back\n- Shortness of breath, cold sweat, nausea\nCall 911. Do not drive yourself.\n"),
        ),
    ),
    Spec(
        phi=False,
        category="programme committee meeting invitation",
        notes="Committee meeting calendar invite; no patient.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="rehabcommittee@mercyvalehealth.org",
        subject="Quarterly rehab committee",
        body="Agenda: outcomes, new virtual track, staffing.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel Valley//Admin//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:kv-committee-20260402@kestrelvalleyrehab.org\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260402T160000Z\r\nDTEND:20260402T170000Z\r\n"
            "SUMMARY:Quarterly cardiac rehab committee\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="exercise physiologist job posting",
        notes="Job posting; no patient.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="jobs@acsmcareers.org",
        subject="Posting: Clinical Exercise Physiologist",
        body="Kestrel Valley Cardiac Rehabilitation seeks a part-time clinical exercise physiologist (ACSM-CEP preferred). Monitor ECG telemetry, prescribe exercise, lead education classes. Mornings, 24 h/week.",
    ),
    Spec(
        phi=False,
        category="accreditation renewal with programme statistics",
        notes="Hard negative: accreditation application with director's credentials and aggregate volumes only.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="certification@heartrehabassoc.org",
        subject="Program certification renewal - Kestrel Valley",
        body="Program: Kestrel Valley Cardiac Rehabilitation\nMedical director: Ingrid Lindahl, MD, NPI: 1370865457\nAnnual enrollees: 412; phase III maintenance members: 96\nStaff: 3 RNs, 2 CEPs, 1 RD\nEmergency drills: quarterly (last 02/11/2026)\n\nOutcome data uploaded to the registry portal in aggregate form." + SIG,
    ),
    Spec(
        phi=False,
        category="Wi-Fi fix reply to IT vendor",
        notes="IT support reply about gym Wi-Fi; no patient information.",
        frm="Facilities <facilities@kestrelvalleyrehab.org>",
        to="support@netwisemsp.com",
        subject="Re: ticket 20771 gym access point",
        body="Access point in the gym still drops every afternoon, telemetry base station uses wired so no clinical impact. Can you swap the AP Thursday?",
    ),
    Spec(
        phi=False,
        category="forwarded professional webinar invite",
        notes="Forward of a professional association webinar to staff; no patient.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="staff@kestrelvalleyrehab.org",
        subject="Fwd: Webinar: virtual cardiac rehab reimbursement in 2026",
        body="Worth attending for billing staff - I'll cover the fee.",
        forward=_WEBINAR,
    ),
    Spec(
        phi=False,
        category="research recruitment flyer draft to IRB",
        notes="Hard negative: study flyer with heart failure eligibility criteria, no participant.",
        frm="Dr. Ingrid Lindahl <ilindahl@kestrelvalleyrehab.org>",
        to="irb@valleystateuniv.edu",
        subject="Protocol 2026-114 recruitment flyer for review",
        body="Flyer text for review:\n\n\"Do you have heart failure? Adults 50-85 with heart failure who have finished cardiac rehab may qualify for a 6-month study of home-based interval walking. Compensation up to $150. Call 555-0165.\"\n\nIngrid Lindahl, MD, Principal Investigator",
    ),
    Spec(
        phi=False,
        category="donor thank-you for rehab equipment",
        notes="Thank-you to a family foundation for equipment funding; no health information.",
        frm="Director <director@kestrelvalleyrehab.org>",
        to="grants@pemberton-familyfdn.org",
        subject="Thank you for the new arm ergometers",
        body="Dear Ms. Pemberton,\n\nOn behalf of our team, thank you for the foundation's gift of $18,000. The three new arm ergometers arrived this week and are already in daily use.\n\nWith gratitude,\nIngrid Lindahl, MD" + SIG,
    ),
]
