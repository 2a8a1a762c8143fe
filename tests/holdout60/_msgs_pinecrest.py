"""Pinecrest Valley Hospital emergency department (rural critical-access ED) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import PVH, SRT, Att, Spec

ED = f"Pinecrest Valley ED <ed@{PVH}>"
SIG = "\n\n--\nEmergency Department\nPinecrest Valley Hospital\n411 Tamarack Rd, Ridgeford\nMain 555-0110 | ED fax 555-0111"
DISC = "\n\nCONFIDENTIALITY: This message may contain confidential information intended only for the addressee."

HL7_LAB = (
    "MSH|^~\\&|PVH_LIS|PINECREST|SRT_HIE|SUMMIT|202603170412||ORU^R01|PV260317041|P|2.5.1\r"
    "PID|1||PV-0083152^^^PVH^MR||OKAFOR^DANIEL^T||19790214|M|||88 Quarry Ln^^Ridgeford^MT^59870\r"
    "OBR|1||L2603170088|TROPI^Troponin I hs|||202603170341\r"
    "OBX|1|NM|TROPI^Troponin I hs||412|ng/L|<34|HH|||F\r"
    "OBX|2|NM|K^Potassium||5.9|mmol/L|3.5-5.1|H|||F\r"
)

MESSAGES = [
    Spec(
        phi=True,
        category="ED discharge instructions to patient gmail",
        notes="Discharge summary with name, fracture diagnosis and oxycodone dose to the patient's gmail.",
        frm=ED,
        to="colt.haverly88@gmail.com",
        subject="Your discharge instructions from Pinecrest Valley ED",
        body=(
            "Hi Colt,\n\nAs you asked at checkout, here are your instructions from last night's visit.\n\n"
            "Diagnosis: non-displaced fracture of the left distal radius.\nSplint: keep dry, elevate.\n"
            "Pain: oxycodone 5 mg every 6 hours as needed, no more than 3 days; ibuprofen 400 mg between doses.\n"
            "Follow-up: Dr. Nunes, orthopaedics, within 7 days. Call 555-0114 to book." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Per-diem nurse shift offer to personal email",
        notes="Shift offer to a per-diem RN's gmail; workforce scheduling with no health information.",
        frm=f"Kara Delacroix RN <kdelacroix@{PVH}>",
        to="jess.amundsen.rn@gmail.com",
        subject="ED nights, week of 3/23 - can you pick any up?",
        body="Hi Jess,\n\nStill uncovered:\nMon 3/23 19:00-07:00 - 1 RN\nWed 3/25 19:00-07:00 - 1 RN\nSat 3/28 07:00-19:00 - 1 RN\n\nReply with whichever you want and I'll put you in the scheduler. Thanks!\nKara",
    ),
    Spec(
        phi=True,
        category="HL7 critical lab result feed to trauma centre",
        notes="Hard positive: the body is only 'see attached'; the HL7 attachment carries patient name, MRN, DOB and critical troponin.",
        frm=f"PVH Lab Interface <lis-interface@{PVH}>",
        to=f"hie-inbound@{SRT}",
        subject="ORU resend 0412",
        body="Resend of ORU message after interface timeout. See attached.",
        atts=(Att("PV260317041.hl7", "application/hl7-v2", HL7_LAB),),
    ),
    Spec(
        phi=False,
        category="Stroke alert protocol revision to medical staff",
        notes="Hard negative: protocol with tPA doses, NIHSS thresholds and times but no patient.",
        frm=f"Dr. Ines Calloway <icalloway@{PVH}>",
        to=f"medstaff@{PVH}",
        subject="Revised Code Stroke protocol (v4) - effective April 1",
        body=(
            "Colleagues,\n\nAttached is v4 of the Code Stroke protocol. Key changes:\n"
            "- Tenecteplase 0.25 mg/kg (max 25 mg) replaces alteplase for eligible patients.\n"
            "- Door-to-CT goal 20 min; teleneurology called at triage for NIHSS >= 4.\n"
            "- LVO suspicion (RACE >= 5) triggers early transfer call to Summit Regional.\n\nInes Calloway, MD\nED Medical Director"
        ),
        atts=(
            Att(
                "Code_Stroke_v4.docx",
                DOCX,
                docx(
                    [
                        "PINECREST VALLEY HOSPITAL - CODE STROKE PROTOCOL v4",
                        "Scope: all adult patients presenting within 24 h of last known well.",
                        "Tenecteplase 0.25 mg/kg IV bolus, max 25 mg. Exclusions per checklist B.",
                        "BP must be < 185/110 before lysis. Recheck glucose.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Work note to employer naming ED visit",
        notes="Hard positive: return-to-work note to the employer's HR naming the employee, ED visit date and lifting restriction for back strain.",
        frm=ED,
        to="hr@ridgefordlumber.com",
        subject="Work status - J. Marquez",
        body=(
            "To whom it may concern,\n\nJosefina Marquez was seen in the Pinecrest Valley Emergency Department on 03/16/2026 "
            "for a lumbar strain. She may return to work 03/19 with no lifting over 15 lb for two weeks.\n\n"
            "Signed at the patient's request (authorization on file)." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Monthly ED volume dashboard",
        notes="Hard negative: aggregate ED metrics by diagnosis group with no individual.",
        frm=f"Quality Office <quality@{PVH}>",
        to=f"leadership@{PVH}",
        subject="February ED dashboard",
        body="February: 1,212 visits, LWBS 2.1%, door-to-doc median 18 min, 41 transfers out (23 trauma, 9 STEMI, 6 stroke, 3 peds).\nDetails attached.",
        atts=(
            Att(
                "ED_dashboard_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Week", "Visits", "Admits", "Transfers"],
                            ["W1", 298, 31, 9],
                            ["W2", 311, 28, 12],
                            ["W3", 305, 33, 11],
                            ["W4", 298, 27, 9],
                        ],
                        "DxGroups": [
                            ["Group", "Count"],
                            ["Chest pain", 96],
                            ["Injury", 310],
                            ["Resp infection", 188],
                            ["Sepsis", 14],
                        ],
                        "Throughput": [
                            ["Metric", "Median"],
                            ["Door-to-doc (min)", 18],
                            ["LOS discharged (min)", 162],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Bounce-back list to ED medical director",
        notes="Patient list with MRNs, names and return-visit diagnoses sent to the director's personal yahoo address.",
        frm=f"Quality Office <quality@{PVH}>",
        to="ines.calloway.md@yahoo.com",
        subject="72-hr returns for your review",
        body="Ines - since you're off-site this week, here are the 72-hour returns for peer review. Please don't forward.",
        atts=(
            Att(
                "returns_72h.csv",
                "text/csv",
                (
                    "mrn,name,first_visit,return_visit,first_dx,return_dx\n"
                    "PV-0071844,Wendell Sato,2026-03-09,2026-03-11,abdominal pain NOS,appendicitis\n"
                    "PV-0052310,Loretta Fink,2026-03-10,2026-03-12,UTI,urosepsis\n"
                    "PV-0090127,Abigail Rhee,2026-03-12,2026-03-13,headache,subarachnoid hemorrhage\n"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor quote for ED stretchers",
        notes="Equipment purchase quote from a vendor; no patient.",
        frm=f"Materials Management <materials@{PVH}>",
        to="quotes@strykerpartners-demo.com",
        subject="RE: Quote 88412 - 4 stretchers",
        body="Thanks, Trevor. Please revise to 3 units of the Prime Series and add the IV pole option. Ship-to: receiving dock, 411 Tamarack Rd.\n\nMarisol Green\nMaterials Manager",
    ),
    Spec(
        phi=True,
        category="Terse SANE referral to county advocate",
        notes="Hard positive: terse note giving a first name, age, time of arrival and sexual-assault exam to an outside advocate.",
        frm=f"Charge RN <edcharge@{PVH}>",
        to="oncall@ridgefordcrisiscenter.org",
        subject="advocate needed",
        body="Brianna, 19F, here since 0215, SANE exam consented, asking for an advocate. Rm 6. Pls come when you can.",
    ),
    Spec(
        phi=False,
        category="Test patient in EHR downtime drill",
        notes="Hard negative: downtime drill using clearly declared test patient ZZTEST; no real person.",
        frm=f"Clinical Informatics <informatics@{PVH}>",
        to=f"ed-staff@{PVH}",
        subject="Downtime drill Thursday 0300 - use TEST patient only",
        body=(
            "Thursday's EHR downtime drill will use the fictitious patient ZZTEST, EDDRILL (MRN PV-TEST-0001, DOB 01/01/1900). "
            "Chart a mock chest-pain workup on the paper downtime forms, then back-enter it when we're live. "
            "Do NOT use a real patient's chart for the drill."
        ),
    ),
    Spec(
        phi=True,
        category="ED visit record to outside primary care",
        notes="ED note PDF to the patient's PCP with name, DOB and asthma exacerbation treatment.",
        frm=ED,
        to="records@clarkforkfamilymed.com",
        subject="ED visit note for your patient",
        body="Attached ED note for follow-up within 2-3 days per our plan." + SIG + DISC,
        atts=(
            Att(
                "ED_note_Pruitt.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINECREST VALLEY HOSPITAL - EMERGENCY DEPARTMENT NOTE",
                        "Patient: Harriet Pruitt   DOB: 07/22/1961   MRN: PV-0064409",
                        "Arrival 03/17/2026 05:48. Chief complaint: shortness of breath.",
                        "Dx: acute asthma exacerbation. Tx: albuterol/ipratropium x3, prednisone 40 mg.",
                        "Disposition: home. PCP follow-up 2-3 days.",
                    ],
                    "ED Note",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician bio for hospital newsletter",
        notes="Hard negative: bio of a new ED physician listing diseases she researches; no patient.",
        frm=f"Communications <comms@{PVH}>",
        to="editor@ridgefordgazette.com",
        subject="New ER doctor for your community page",
        body=(
            "Dr. Priya Venkataraman joins Pinecrest Valley's emergency department from Denver Health. "
            "Her research covers sepsis recognition, diabetic ketoacidosis in rural adolescents, and opioid overdose reversal. "
            "She is board certified in emergency medicine (NPI: 1048293751)."
        ),
    ),
    Spec(
        phi=True,
        category="Photo of wound for telehealth consult",
        notes="Hard positive: PNG file named after the patient with a burn description sent to an outside burn centre.",
        frm=f"Dr. Owen Bratt <obratt@{PVH}>",
        to=f"burnconsult@{SRT}",
        subject="photo for consult",
        body="Partial-thickness burn, R forearm, ~4% TBSA. Photo attached. Called your line, waiting on callback.",
        atts=(Att("Tyler_Vance_R_forearm_burn.png", "image/png", png(6, 4, (190, 80, 70))),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz for ED staff",
        notes="Hard negative: HIPAA training quiz with a made-up scenario and no real patient.",
        frm=f"Compliance <compliance@{PVH}>",
        to=f"ed-staff@{PVH}",
        subject="Annual privacy refresher - 10 questions",
        body=(
            "Q1. A reporter calls asking whether 'the driver from the Highway 93 crash' is in the ED. What do you say?\n"
            "Q2. Can you text an ECG photo to a cardiologist's personal phone?\n"
            "Q3. Name three of the 18 Safe Harbor identifiers.\n\nAnswers due by 3/31."
        ),
    ),
    Spec(
        phi=True,
        category="Reply to wife about husband's transfer",
        notes="Hard positive: reply to a relative's outlook mailbox confirming her husband (first name) was transferred with a head bleed.",
        frm=f"ED Social Work <edsocialwork@{PVH}>",
        to="deb.kowalczyk@outlook.com",
        subject="RE: where is Stan",
        body=(
            "Deb,\n\nStan left here by helicopter at 11:40 for Summit Regional in Billings. The CT showed a small bleed "
            "on the brain, and the neurosurgeons there will take over. Their family line is 555-0131.\n\nI'm so sorry you were on the road when this happened.\n\nMaya, ED social worker"
        ),
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="deb.kowalczyk@outlook.com",
            to=f"edsocialwork@{PVH}",
            subject="where is Stan",
            body="They said he was at your hospital after the fall from the ladder. Where is he now? - Deb Kowalczyk",
        ),
    ),
    Spec(
        phi=False,
        category="Influenza surge memo",
        notes="Aggregate flu surge memo to staff with counts and masking guidance.",
        frm=f"Infection Prevention <ip@{PVH}>",
        to=f"allstaff@{PVH}",
        subject="Flu surge - masking in ED waiting room",
        body="We saw 64 influenza A positives in the ED last week, up from 22. Masks are required in the waiting room until further notice.",
    ),
    Spec(
        phi=True,
        category="Unpaid ED bill to patient's personal email",
        notes="Statement to a patient's hotmail with name, account number and ED visit charges.",
        frm=f"Patient Financial Services <pfs@{PVH}>",
        to="rb.lindqvist@hotmail.com",
        subject="Your statement - account 40081277",
        body="Dear Ruth Lindqvist,\n\nYour balance for the emergency visit of 02/04/2026 (CT head, laceration repair) is $412.60 after Blue Cross payment. Pay online or call 555-0115.",
        html=None,
    ),
    Spec(
        phi=False,
        category="Drug shortage notice for ED",
        notes="Hard negative: pharmacy drug shortage notice with drug names and doses; no patient.",
        frm=f"Pharmacy <pharmacy@{PVH}>",
        to=f"ed-providers@{PVH}",
        subject="Shortage: diltiazem IV and ketorolac 30 mg",
        body="Diltiazem 25 mg/5 mL vials and ketorolac 30 mg/mL are on allocation. Use metoprolol 5 mg IV for rate control when appropriate; IV ibuprofen is stocked in the Pyxis.",
    ),
    Spec(
        phi=True,
        category="Law enforcement blood alcohol result",
        notes="Blood alcohol result with name and DOB to the county sheriff under a warrant.",
        frm=f"HIM Release of Information <roi@{PVH}>",
        to="records@ravallicountysheriff.gov",
        subject="Warrant 26-0412 response",
        body="Per warrant 26-0412: Garrett Lyle Fenwick, DOB 11/03/1994, ED arrival 03/14/2026 01:22. Serum ethanol 212 mg/dL collected 01:40. Certified copy follows by mail.",
    ),
    Spec(
        phi=False,
        category="Radio report form template",
        notes="Hard negative: blank EMS radio-report template with field names only.",
        frm=f"EMS Liaison <emsliaison@{PVH}>",
        to="chief@ridgefordfire.org",
        subject="Updated radio report card",
        body="Attached is the updated radio report card for your rigs. Fields: age/sex, chief complaint, vitals, GCS, interventions, ETA. Laminated copies coming.",
        atts=(
            Att(
                "radio_report_card.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINECREST VALLEY ED - EMS RADIO REPORT",
                        "Unit: ____  Age/Sex: ____  Chief complaint: ____________",
                        "BP ___/___  HR ___  RR ___  SpO2 ___%  GCS ___",
                        "Interventions: ____________   ETA: ____ min",
                    ],
                    "Radio Report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Poison control follow-up call summary",
        notes="Hard positive: toddler identified by first name, parent's phone and ingested medication sent to poison centre.",
        frm=f"Dr. Owen Bratt <obratt@{PVH}>",
        to="followup@mtpoisoncenter.org",
        subject="case 26-1188 update",
        body="Update on your case 26-1188: Emmett (2 y), possible ingestion of grandmother's clonidine 0.1 mg x up to 3 tabs. Observed 6 h, HR nadir 78, discharged to mom 22:10. Mom's cell 555-0187 if you call back.",
    ),
    Spec(
        phi=False,
        category="Job posting for ED nurse",
        notes="Hard negative: job posting mentioning trauma, stroke and sepsis care; no individual.",
        frm=f"Talent Acquisition <jobs@{PVH}>",
        to="postings@montananursesjobs.com",
        subject="Posting: RN, Emergency Department (0.9 FTE)",
        body="Pinecrest Valley Hospital seeks an ED RN. Experience with trauma, stroke, STEMI and sepsis care; TNCC and PALS required within 6 months. Sign-on bonus $10,000.",
        html="<html><body><h2>RN - Emergency Department</h2><p>Trauma, stroke, STEMI and sepsis experience. TNCC/PALS within 6 months.</p><p><b>$10,000 sign-on</b></p></body></html>",
    ),
    Spec(
        phi=True,
        category="X12 837I claim for ED visit",
        notes="Hard positive: X12 837 claim with subscriber name, member ID, DOB and ICD-10 codes; body says only 'batch attached'.",
        frm=f"Billing <billing@{PVH}>",
        to="edi@bigskyclearinghouse.com",
        subject="837I batch 0317",
        body="Batch attached. 1 claim.",
        atts=(
            Att(
                "PVH_837I_0317.x12",
                "application/edi-x12",
                (
                    "ISA*00*          *00*          *ZZ*PVH            *ZZ*BIGSKY         *260317*0915*^*00501*000000417*0*P*:~"
                    "GS*HC*PVH*BIGSKY*20260317*0915*417*X*005010X223A2~ST*837*0001*005010X223A2~"
                    "NM1*IL*1*ABERNATHY*COLE****MI*BCM884120377~DMG*D8*19870530*M~"
                    "CLM*PV40081911*1840***13:A:1~HI*ABK:S0101XA*ABF:W010XXA~SE*8*0001~GE*1*417~IEA*1*000000417~"
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Helipad closure notice",
        notes="Operational notice about helipad maintenance; no patient.",
        frm=f"Facilities <facilities@{PVH}>",
        to="dispatch@skywardairmed.com",
        subject="Helipad lighting outage 3/19 2000-2300",
        body="Our helipad perimeter lights will be down 3/19 from 2000 to 2300 for replacement. Please land at the county airport during that window; our ambulance will meet you.",
    ),
    Spec(
        phi=True,
        category="Psychiatric hold paperwork to crisis facility",
        notes="Mental-health referral packet with name, DOB, SSN and suicidal ideation to a crisis stabilisation unit.",
        frm=f"ED Social Work <edsocialwork@{PVH}>",
        to="intake@westernmtcrisis.org",
        subject="Referral - bed request",
        body="Requesting a crisis bed. Packet attached. Medically cleared 14:30.",
        atts=(
            Att(
                "referral_packet.docx",
                DOCX,
                docx(
                    [
                        "Referral for crisis stabilization",
                        "Name: Travis Oyelaran   DOB 04/09/2001   SSN 529-41-7730   Phone 555-0163",
                        "Presenting: suicidal ideation with plan (overdose), intoxicated on arrival, now sober.",
                        "Labs: acetaminophen and salicylate negative. On sertraline 100 mg.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified sepsis bundle audit",
        notes="Hard negative: de-identified bundle compliance table with case numbers 1-6 and no dates or identifiers.",
        frm=f"Quality Office <quality@{PVH}>",
        to="sepsis-collab@mthospitalassoc.org",
        subject="Q1 SEP-1 abstraction (de-identified)",
        body="De-identified per Safe Harbor for the collaborative.\n\nCase  Lactate  Cultures<ABX  ABX<3h  Fluids  Pass\n1     yes      yes           yes     yes     Y\n2     yes      no            yes     yes     N\n3     yes      yes           yes     n/a     Y\n4     no       yes           no      yes     N\n5     yes      yes           yes     yes     Y\n6     yes      yes           yes     yes     Y",
    ),
    Spec(
        phi=True,
        category="Diagnosis only in subject line",
        notes="Hard positive: subject names the patient and a positive pregnancy test; the body is empty of health detail.",
        frm=f"Dr. Priya Venkataraman <pvenkataraman@{PVH}>",
        to="records@bitterrootobgyn.com",
        subject="Alana Greer - HCG positive, ectopic r/o",
        body="Can your office see her tomorrow? She has our number.",
    ),
    Spec(
        phi=False,
        category="ED CME grand rounds invitation",
        notes="Grand rounds calendar invite about toxicology; no patient.",
        frm=f"Medical Staff Office <medstaff@{PVH}>",
        to=f"medstaff@{PVH}",
        subject="Grand Rounds: Rural Toxicology Pearls",
        body="Join us Thursday at noon in Conference B or by Teams.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PVH//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:pvh-gr-0319@pinecrestvalleyhosp.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260319T180000Z\r\n"
            "DTEND:20260319T190000Z\r\nSUMMARY:Grand Rounds - Rural Toxicology Pearls\r\nLOCATION:Conference B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Encounter bundle to state trauma registry",
        notes="FHIR bundle with patient name, birth date and injury encounter sent to the state registry.",
        frm=f"Trauma Program <trauma@{PVH}>",
        to="registry@dphhs-trauma.mt.gov",
        subject="Trauma registry submission - March batch 1",
        body="Batch 1 of March attached (1 record).",
        atts=(
            Att(
                "trauma_batch1.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Bundle","type":"collection","entry":['
                    '{"resource":{"resourceType":"Patient","name":[{"family":"Beaulieu","given":["Marcus"]}],"birthDate":"1968-09-11","identifier":[{"value":"PV-0039920"}]}},'
                    '{"resource":{"resourceType":"Encounter","status":"finished","period":{"start":"2026-03-15T17:05:00-06:00"},'
                    '"reasonCode":[{"text":"rollover MVC, rib fractures 4-7 left, pneumothorax"}]}}]}'
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Security incident test phishing notice",
        notes="IT notice about a phishing simulation; no patient.",
        frm=f"IT Security <itsecurity@{PVH}>",
        to=f"allstaff@{PVH}",
        subject="You may have received a fake 'lab result' email - that was us",
        body="Monday's message titled 'Critical lab result - action needed' was a phishing simulation. 31% of recipients clicked. Please complete the 5-minute module.",
    ),
    Spec(
        phi=True,
        category="Lost property note naming patient",
        notes="Hard positive: lost-property note to a daughter's gmail naming her father, his ED stay and chest-pain workup.",
        frm=f"ED Front Desk <edfrontdesk@{PVH}>",
        to="shelby.ingram.home@gmail.com",
        subject="Your father's hearing aid",
        body="Hi Shelby, we found Mr. Delbert Ingram's left hearing aid in room 4 after his ED stay on Sunday (the chest pain workup). It's at the front desk whenever you can pick it up.",
    ),
    Spec(
        phi=False,
        category="Patient experience survey vendor contract",
        notes="Vendor contract note about a survey programme; no patient data.",
        frm=f"Patient Experience <experience@{PVH}>",
        to="accounts@pressvoicesurveys.com",
        subject="Renewal - ED survey module",
        body="We'd like to renew the ED module for 2026-27 at the quoted rate. Please send the BAA amendment and the updated data-specification document.",
    ),
    Spec(
        phi=True,
        category="Zip of ED records for attorney",
        notes="Zip of records for a named patient's injury claim sent to a personal-injury law firm.",
        frm=f"HIM Release of Information <roi@{PVH}>",
        to="paralegal@hollisandtrent-law.com",
        subject="Records request RQ-2026-0388",
        body="Records for your client per signed authorization attached. Invoice to follow.",
        atts=(
            Att(
                "RQ-2026-0388.zip",
                "application/zip",
                zipped(
                    {
                        "ED_record.txt": "Patient: Sofia Renteria  DOB 02/28/1990\nArrival 01/11/2026 after dog bite to right hand. Irrigation, amoxicillin-clavulanate, tetanus booster.\n",
                        "billing_summary.csv": "date,cpt,desc,charge\n2026-01-11,99284,ED visit level 4,980.00\n2026-01-11,12002,simple repair,420.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate CT utilisation for radiology group",
        notes="Hard negative: xlsx with monthly CT counts by study type and no patient rows.",
        frm=f"Quality Office <quality@{PVH}>",
        to="admin@bigskyteleradiology.com",
        subject="CT volumes for contract review",
        body="Monthly CT volumes attached for the read-rate discussion.",
        atts=(
            Att(
                "ct_volumes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Monthly": [
                            ["Month", "CT head", "CT A/P", "CTA chest"],
                            ["Jan", 212, 148, 61],
                            ["Feb", 198, 139, 57],
                        ],
                        "Turnaround": [["Month", "Median min"], ["Jan", 31], ["Feb", 28]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only patient portal nudge with result",
        notes="HTML-only mail to patient's icloud with name and positive strep result.",
        frm=f"PVH Patient Messages <noreply@{PVH}>",
        to="nora.achterberg@icloud.com",
        subject="A message about your recent ED visit",
        body="",
        html="<html><body><p>Dear Nora Achterberg,</p><p>Your throat culture from the ED on March 14 grew <b>Group A Streptococcus</b>. Please pick up amoxicillin at Ridgeford Drug; the prescription was sent.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only blood drive announcement",
        notes="HTML-only community blood drive flyer; no patient.",
        frm=f"Communications <comms@{PVH}>",
        to="news@ridgefordchamber.org",
        subject="Blood drive March 28",
        body="",
        html="<html><body><h1>Give blood, save a life</h1><p>Saturday March 28, 9-3, PVH lobby. Type O donors especially needed.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="SSN-shaped requisition number",
        notes="Hard negative: supply requisition number in SSN shape with catalogue items; no person.",
        frm=f"Materials Management <materials@{PVH}>",
        to="orders@medlineregional-demo.com",
        subject="Req 482-31-7709 backorder",
        body="Requisition 482-31-7709: 10 cs IV start kits and 4 cs 18g catheters still backordered. Please advise ETA.",
    ),
    Spec(
        phi=True,
        category="Employee-patient ED visit note to occupational health",
        notes="Hard positive: names an ED tech with his needlestick exposure and the baseline HIV/HBV/HCV draws done on him, sent to an outside occupational-health clinic.",
        frm=f"Charge RN <edcharge@{PVH}>",
        to="occhealth@northwestemployerhealth.com",
        subject="BBF exposure - Lyle",
        body="Lyle Haugen (ED tech) had a needlestick from a used 22g at 03:10. Baseline HIV/HBV/HCV drawn on him; source patient rapid HIV negative, HCV Ab pending. He started no PEP. Please see him today.",
    ),
]
