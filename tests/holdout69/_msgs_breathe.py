"""Outbound mail of BreatheStrong Rehab Gym, a pulmonary rehabilitation and maintenance gym (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BSG, GBP, Att, Spec

SIG = "\n\nBreatheStrong Rehab Gym\n615 Galleria Blvd, Roseville CA | 916-555-0155\nbreathestrongfit.com"

HL7_ADT = (
    "MSH|^~\\&|BSG_REHAB|BREATHESTRONG|GBP_EHR|GRANITEBAY|20260318091000||SIU^S12|BSG-0318-3|P|2.5.1\r"
    "SCH|1|RH-22871||||||Pulmonary rehab session 12 of 36\r"
    "PID|1||GBP-0048821^^^GBP^MR||OKAFOR^CHIDI||19580214|M\r"
    "DG1|1||J43.9^Emphysema, unspecified^I10\r"
    "AIL|1||ROSEVILLE GYM FLOOR\r"
)

FHIR_OBS = """{
  "resourceType": "Observation",
  "status": "final",
  "code": {"text": "Six-minute walk distance"},
  "subject": {"display": "Rosalind Achebe", "identifier": {"system": "urn:bsg:member", "value": "BSG-M-40917"}},
  "effectiveDateTime": "2026-03-17",
  "valueQuantity": {"value": 382, "unit": "m"},
  "note": [{"text": "Lowest SpO2 90% on room air; Borg dyspnea 5"}]
}
"""

ICS_CLASS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BreatheStrong//Classes//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:bsg-taichi-0401@breathestrongfit.com\r\nDTSTAMP:20260316T180000Z\r\n"
    "DTSTART:20260401T170000Z\r\nDTEND:20260401T180000Z\r\nRRULE:FREQ=WEEKLY;COUNT=8\r\n"
    "SUMMARY:Tai chi for better breathing (open class)\r\nLOCATION:BreatheStrong Studio B\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_EVAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BreatheStrong//Intake//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:bsg-eval-40988@breathestrongfit.com\r\nDTSTAMP:20260317T150000Z\r\n"
    "DTSTART:20260323T163000Z\r\nDTEND:20260323T180000Z\r\n"
    "SUMMARY:Pulmonary rehab intake evaluation (6MWT) - Gloria Penhallow\r\nLOCATION:BreatheStrong, 615 Galleria Blvd\r\n"
    "DESCRIPTION:Wear walking shoes; bring your inhalers and your oxygen if prescribed.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Rehab session schedule HL7 SIU to referring practice",
        notes="Hard positive: one-word body; HL7 SIU names patient with MRN, DOB and emphysema diagnosis for session 12 of 36.",
        frm="BreatheStrong Interface <hl7@breathestrongfit.com>",
        to=f"hl7-in@{GBP}",
        subject="SIU",
        body="attached",
        atts=(Att("BSG-0318-3.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="Six-minute walk FHIR observation to pulmonologist",
        notes="Hard positive: body names no one; the FHIR Observation carries the member name, member ID, 6MWT distance and desaturation.",
        frm="BreatheStrong Clinical <clinical@breathestrongfit.com>",
        to=f"awhitcomb@{GBP}",
        subject="6MWT results via FHIR (pilot)",
        body="Dr. Whitcomb, here's our first FHIR-formatted walk test from the pilot. Let us know if your EHR team can ingest it."
        + SIG,
        atts=(Att("6mwt_obs.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="Intake evaluation calendar invite to patient",
        notes="Invite to patient's aol mailbox naming her and a pulmonary rehab intake evaluation.",
        frm="BreatheStrong Front Desk <frontdesk@breathestrongfit.com>",
        to="gpenhallow57@aol.com",
        subject="Your first visit at BreatheStrong",
        body="Welcome, Gloria! Your intake evaluation is on the attached invite. Parking is free in the back lot."
        + SIG,
        ics=ICS_EVAL,
    ),
    Spec(
        phi=False,
        category="Open tai chi class calendar invite",
        notes="Hard negative: open community class for 'better breathing' sent to a community centre list; no individual.",
        frm="BreatheStrong Classes <classes@breathestrongfit.com>",
        to="activities@rosevilleseniorcenter.org",
        subject="Free tai chi series - please share with your members",
        body="Eight-week open tai chi class, no referral needed. Calendar file attached for your bulletin.",
        ics=ICS_CLASS,
    ),
    Spec(
        phi=True,
        category="Progress report PDF to Medicare-advantage plan",
        notes="PDF progress report names patient with member ID, COPD, session count and exercise tolerance gains.",
        frm="BreatheStrong Billing <billing@breathestrongfit.com>",
        to="utilization@sierraseniorsadvantage.com",
        subject="Continued-stay request - pulmonary rehab",
        body="Progress report attached supporting sessions 25-36. Please reply with the authorization number."
        + SIG,
        atts=(
            Att(
                "progress_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "BREATHESTRONG REHAB GYM - PULMONARY REHABILITATION PROGRESS REPORT",
                        "Patient: Chidi Okafor   DOB 02/14/1958   Plan member SSA-88120447",
                        "Diagnosis J44.9 COPD (GOLD 3); home O2 3 L/min",
                        "Sessions completed: 24 of 36 (G0424)",
                        "6MWT 248 m -> 331 m; CAT score 26 -> 19",
                        "Plan: continue 2x/week, add upper-extremity training",
                    ],
                    "Progress report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Outcomes brochure PDF to referral sources",
        notes="Hard negative: program outcomes with averages and percentages; aggregate only.",
        frm="BreatheStrong Outreach <outreach@breathestrongfit.com>",
        to="referrals@sierravistamed.org",
        subject="2025 outcomes summary",
        body="Our 2025 outcomes one-pager is attached, happy to drop off printed copies.",
        atts=(
            Att(
                "outcomes_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "BREATHESTRONG REHAB GYM - 2025 PROGRAM OUTCOMES",
                        "Participants completing program: 318",
                        "Mean 6MWT improvement: +62 m (MCID 30 m)",
                        "30-day COPD readmissions among graduates: 6.1% vs 19% regional average",
                        "Diagnoses: COPD 71%, ILD 12%, post-COVID 9%, other 8%",
                    ],
                    "Outcomes 2025",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Text to wife about husband's fall at gym",
        notes="Hard positive: first name + relationship + incident (desaturation and fall during class) to wife's gmail.",
        frm="Coach Dana Ruiz <druiz@breathestrongfit.com>",
        to="pat.fulbright.home@gmail.com",
        subject="Dwayne is okay",
        body="Hi Pat, just so you hear it from us: Dwayne got lightheaded on the treadmill this morning, his sat dropped to 84 and he sat down hard. EMTs checked him out and he declined transport. Please have him call Dr. Okonjo's office today. -Dana",
    ),
    Spec(
        phi=False,
        category="Membership pricing reply to prospect",
        notes="Hard negative: prospect asks about prices; reply describes maintenance program in general terms with no health details about the sender.",
        frm="BreatheStrong Front Desk <frontdesk@breathestrongfit.com>",
        to="jimbo.carver@yahoo.com",
        subject="RE: prices?",
        body="Hi Jim,\n\nOur maintenance membership (after you finish a medically supervised program, or with a doctor's OK) is $59/month, with oxygen available on the floor and a respiratory therapist on site. Drop in any weekday for a free tour!\n\nTanya"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Attendance spreadsheet to referring practice",
        notes="Hard positive: multi-sheet workbook with names and session attendance/missed visits for rehab patients.",
        frm="BreatheStrong Clinical <clinical@breathestrongfit.com>",
        to=f"referrals@{GBP}",
        subject="March attendance - your referrals",
        body="Attendance for patients you referred. Flagged ones have missed 3+ sessions.",
        atts=(
            Att(
                "gbp_referrals_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Attendance": [
                            ["Patient", "Program", "Attended", "Missed"],
                            ["Chidi Okafor", "PR COPD", 8, 0],
                            ["Janet Ruelas", "PR ILD", 3, 4],
                            ["Gloria Penhallow", "PR intake", 0, 0],
                        ],
                        "Flags": [
                            ["Patient", "Note"],
                            ["Janet Ruelas", "On prednisone taper, fatigue, missed 4"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Class capacity workbook for managers",
        notes="Hard negative: class slots and instructor hours by room; workforce and capacity only.",
        frm="BreatheStrong Operations <ops@breathestrongfit.com>",
        to=f"managers@{BSG}",
        subject="Q2 capacity planning",
        body="Capacity workbook attached. Studio B is at 92% Tuesday/Thursday mornings.",
        atts=(
            Att(
                "q2_capacity.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rooms": [
                            ["Room", "Slots/week", "Filled"],
                            ["Gym floor", 60, 51],
                            ["Studio B", 24, 22],
                        ],
                        "Staff": [
                            ["Staff", "Role", "Hours"],
                            ["Dana Ruiz", "Exercise physiologist", 36],
                            ["Beth Lorimer", "RRT", 24],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Member ID in subject only",
        notes="Hard positive: subject carries member ID and 'post-COVID rehab'; body is just a request to reschedule.",
        frm="BreatheStrong Front Desk <frontdesk@breathestrongfit.com>",
        to="r.achebe.work@gmail.com",
        subject="BSG-M-40917 post-COVID rehab - reschedule",
        body="Hi Rosalind, Coach Dana is out Thursday. Can we move you to Friday 10:30? Reply yes and we'll confirm.",
    ),
    Spec(
        phi=False,
        category="Staff schedule swap request",
        notes="Internal staff shift mail; no patients.",
        frm="Dana Ruiz <druiz@breathestrongfit.com>",
        to=f"staff@{BSG}",
        subject="Swap Thursday AM?",
        body="Anyone able to take my Thursday 8-12? I'll trade for any Saturday in April.",
    ),
    Spec(
        phi=True,
        category="Exercise prescription docx to home health agency",
        notes="Docx home exercise plan names patient with IPF, oxygen titration and heart-rate limits.",
        frm="Beth Lorimer RRT <blorimer@breathestrongfit.com>",
        to="intake@placerhomehealth.org",
        subject="Home exercise plan for your PT",
        body="Attached is the home program for our mutual patient who's stopping in-gym sessions. Please share with the visiting PT."
        + SIG,
        atts=(
            Att(
                "home_program.docx",
                DOCX,
                docx(
                    [
                        "BreatheStrong Rehab Gym - Home Exercise Program",
                        "Patient: Harold Bexley (DOB 05/21/1944) - idiopathic pulmonary fibrosis",
                        "Walk 10 min twice daily on 4 L/min O2; keep SpO2 >= 88%, HR < 115.",
                        "Sit-to-stand x10, 2 sets; band rows x12.",
                        "Stop for chest pain or new confusion and call Granite Bay Pulmonary.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Generic home exercise handout docx",
        notes="Hard negative: generic breathing exercise handout (pursed-lip, diaphragmatic) for any member; no individual.",
        frm="BreatheStrong Clinical <clinical@breathestrongfit.com>",
        to="library@placercountylibrary.org",
        subject="Handout for the health corner",
        body="As promised, our generic breathing exercises handout for your health corner rack.",
        atts=(
            Att(
                "breathing_exercises.docx",
                DOCX,
                docx(
                    [
                        "Pursed-lip breathing: in through the nose for 2, out through pursed lips for 4.",
                        "Diaphragmatic breathing: one hand on chest, one on belly.",
                        "Ask your doctor before starting any exercise program.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Member waiver scan zip to insurer",
        notes="Zip of scanned intake text with name, DOB, SSN, COPD and medications for a secondary insurer.",
        frm="BreatheStrong Billing <billing@breathestrongfit.com>",
        to="claims@heartlandsupplemental.com",
        subject="Docs for claim HS-2026-77120",
        body="Requested intake documents attached.",
        atts=(
            Att(
                "HS-2026-77120.zip",
                "application/zip",
                zipped(
                    {
                        "intake_scan.txt": "MEMBER INTAKE\nName: Vernon Tully  DOB 12/03/1951  SSN 538-20-4471\nReferring dx: COPD with chronic hypoxemia\nMeds: tiotropium, albuterol PRN, O2 2L\n",
                        "attestation.txt": "I attest the above is accurate. V. Tully 01/06/2026\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fitness equipment warranty claim",
        notes="Vendor mail about a broken recumbent bike; no patients.",
        frm="BreatheStrong Operations <ops@breathestrongfit.com>",
        to="warranty@steadycyclefitness.com",
        subject="Warranty claim - recumbent bike SN RB-8841-22",
        body="The resistance motor on recumbent bike serial RB-8841-22 failed on 3/14. Purchased 6/2024, invoice attached to follow. Please send a tech.",
    ),
    Spec(
        phi=True,
        category="Oxygen titration note forwarded to pulmonologist",
        notes="Forwarded exercise oximetry note naming member and her oxygen needs during exertion.",
        frm="Beth Lorimer RRT <blorimer@breathestrongfit.com>",
        to=f"smehta@{GBP}",
        subject="FW: Janet's walk today",
        body="Dr. Mehta, FYI below - I think she needs an exertional O2 order before she returns.",
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Dana Ruiz <druiz@breathestrongfit.com>",
            to=f"blorimer@{BSG}",
            subject="Janet's walk today",
            body="Janet Ruelas walked 4 min on treadmill at 1.5 mph, SpO2 fell to 83% on room air, recovered to 91% after 2 min rest. She's been on prednisone for the ILD flare. Stopped session.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor newsletter",
        notes="Hard negative: forward of an industry newsletter about pulmonary rehab reimbursement codes; no individual.",
        frm="Tanya Bell <tbell@breathestrongfit.com>",
        to=f"managers@{BSG}",
        subject="FW: CMS 2026 rehab payment update",
        body="Worth a read - G0424 rate up 3.1%.",
        forward=Spec(
            phi=False,
            category="(forwarded)",
            notes="(forwarded)",
            frm="AACVPR Update <news@aacvpr-bulletin.org>",
            to=f"tbell@{BSG}",
            subject="CMS 2026 rehab payment update",
            body="The 2026 physician fee schedule raises the national rate for G0424 (pulmonary rehabilitation, per session) by 3.1%. Supervision rules remain unchanged.",
        ),
    ),
    Spec(
        phi=True,
        category="Thank-you email revealing program completion",
        notes="Hard positive: HTML congratulations to a named member on graduating the COPD rehab program; enrolment in care programme tied to name.",
        frm="BreatheStrong Team <team@breathestrongfit.com>",
        to="vtully51@hotmail.com",
        subject="Congratulations, Vernon!",
        body="",
        html="<html><body><h2>You did it, Vernon!</h2><p>You completed all 36 sessions of the BreatheStrong <b>COPD pulmonary rehabilitation</b> program and improved your walk by 74 meters. Your maintenance membership starts Monday.</p><p>- The BreatheStrong team</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML open house invitation",
        notes="Hard negative: HTML marketing for a public open house with lung-health screening offer; no recipient condition implied.",
        frm="BreatheStrong Events <events@breathestrongfit.com>",
        to="community@rosevillechamber.org",
        subject="Open house April 11",
        body="",
        html="<html><body><p>Join us April 11, 10-1 for our open house: free spirometry screening, tai chi demo and smoothies. Everyone is welcome.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Interview confirmation to job applicant",
        notes="Hard negative: applicant's personal mailbox; mentions the applicant's own asthma-educator certificate, not a patient's health.",
        frm="BreatheStrong HR <hr@breathestrongfit.com>",
        to="kayla.momberg.jobs@gmail.com",
        subject="Interview Tuesday 2 pm",
        body="Hi Kayla,\n\nThanks for applying for the exercise physiologist role. We'd love to meet you Tuesday at 2 pm. Please bring a copy of your AE-C (certified asthma educator) certificate and be ready to demo a six-minute walk test on one of our coaches.\n\nTanya Bell"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Emergency drill after-action report",
        notes="Hard negative: staff drill report with a mock 'member collapse' scenario; no real person.",
        frm="Safety Lead <safety@breathestrongfit.com>",
        to=f"staff@{BSG}",
        subject="AED drill after-action",
        body="Mock code (manikin 'Resusci Randy') on the gym floor on 3/16: AED on pads in 2:10, 911 call at 0:45. Improve: oxygen cylinder cart was blocked by a rowing machine.",
    ),
    Spec(
        phi=True,
        category="CSV of members' vitals to research partner",
        notes="Hard positive: CSV with no header row listing names, dates of session and SpO2/HR values; identifiable member data.",
        frm="BreatheStrong Clinical <clinical@breathestrongfit.com>",
        to="wearables-study@sierratechlabs.io",
        subject="pilot export",
        body="Pilot export for the wristband validation, as discussed.",
        atts=(
            Att(
                "pilot_export.csv",
                "text/csv",
                "Chidi Okafor,2026-03-16,SpO2 89,HR 104\r\nRosalind Achebe,2026-03-16,SpO2 93,HR 118\r\nDwayne Fulbright,2026-03-17,SpO2 84,HR 121\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic wearables test data to vendor",
        notes="Hard negative: CSV of generated test rows with 'SYNTH' IDs explicitly declared synthetic.",
        frm="BreatheStrong IT <it@breathestrongfit.com>",
        to="support@sierratechlabs.io",
        subject="Import test file (synthetic)",
        body="This is synthetic data generated by our script to test your importer - no member data. Column 3 fails to parse.",
        atts=(
            Att(
                "synthetic_import.csv",
                "text/csv",
                "subject_id,timestamp,spo2,hr\r\nSYNTH-001,2026-01-01T00:00,95,80\r\nSYNTH-002,2026-01-01T00:01,x,81\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to physical therapist about member's knee limitation",
        notes="Named member with COPD on oxygen and knee replacement precautions discussed with outside PT.",
        frm="Dana Ruiz <druiz@breathestrongfit.com>",
        to="ptfrontdesk@granitebayortho-pt.com",
        subject="RE: Irene C.",
        body="Thanks for the heads up. We'll keep Irene Castellanos off the leg press and stick to the arm ergometer until 6 weeks after her right knee replacement. Her O2 stays at 2 L with exercise for the COPD.",
    ),
    Spec(
        phi=False,
        category="Instructor certification renewal",
        notes="Staff credential renewal with certificate number; workforce, not patient.",
        frm="Dana Ruiz <druiz@breathestrongfit.com>",
        to="certification@acsm-certs.org",
        subject="CEP renewal - cert #CEP-558120",
        body="Submitting my CEC log for renewal of certification #CEP-558120. 62 credits attached to my account.",
    ),
    Spec(
        phi=True,
        category="Billing statement text with CPT codes",
        notes="Hard positive: plain text statement with account number, service dates and G0424 pulmonary rehab codes, no diagnosis words.",
        frm="BreatheStrong Billing <billing@breathestrongfit.com>",
        to="rachebe.billing@gmail.com",
        subject="Statement - account BS-22417",
        body="Statement attached.",
        atts=(
            Att(
                "statement_BS-22417.txt",
                "text/plain",
                "BREATHESTRONG REHAB GYM\nAccount BS-22417  Rosalind Achebe\n03/03/2026 G0424 x1  $42.00 patient resp\n03/05/2026 G0424 x1  $42.00\n03/10/2026 G0424 x1  $42.00\nBalance due: $126.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Gym floor photo for social media",
        notes="Hard negative: empty gym photo for Instagram post with no people; caption about new treadmills.",
        frm="BreatheStrong Marketing <marketing@breathestrongfit.com>",
        to="hello@rosevillesocialstudio.com",
        subject="Photo + caption for next week",
        body="Caption: 'New treadmills are in! Stronger lungs start here.' Photo attached (empty floor, no members in frame).",
        atts=(Att("new_treadmills.png", "image/png", png(6, 4, (200, 200, 220))),),
    ),
    Spec(
        phi=False,
        category="Landlord HVAC request",
        notes="Facilities mail about air filtration; no patients.",
        frm="BreatheStrong Operations <ops@breathestrongfit.com>",
        to="pm@galleriacommercialprops.com",
        subject="HVAC filters - MERV 13 request",
        body="Given our clientele, we'd like the building to move our suite to MERV 13 filters before smoke season. Happy to split the cost difference.",
    ),
    Spec(
        phi=True,
        category="Referral acknowledgement with PHI in subject",
        notes="Hard positive: subject names patient and 'lung transplant prehab'; body is a generic acknowledgement.",
        frm="BreatheStrong Intake <intake@breathestrongfit.com>",
        to="transplant.coord@ucsfish-lungtx.org",
        subject="Rec'd: Bexley, Harold - lung transplant prehab",
        body="Referral received. We'll call the patient within 2 business days." + SIG,
    ),
    Spec(
        phi=False,
        category="Grant report with aggregate demographics",
        notes="Hard negative: foundation report with counts by age band and diagnosis; aggregate.",
        frm="BreatheStrong Outreach <outreach@breathestrongfit.com>",
        to="grants@placercommunityfoundation.org",
        subject="Scholarship fund report 2025",
        body="The scholarship fund covered 41 members in 2025: 23 aged 65-74, 12 aged 75+, 6 under 65. 29 had COPD, 7 ILD, 5 post-COVID. Average out-of-pocket saved: $612.",
    ),
    Spec(
        phi=True,
        category="Scholarship approval letter to member",
        notes="Named member approved for financial aid for pulmonary rehab copays, sent to personal mail.",
        frm="BreatheStrong Outreach <outreach@breathestrongfit.com>",
        to="irene.castellanos@yahoo.com",
        subject="Your scholarship application",
        body="Dear Irene,\n\nGood news: the BreatheStrong scholarship will cover your pulmonary rehab copays for sessions 1-36 (about $1,512). Please bring this e-mail to your first session.\n\nWarmly,\nTanya"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Policy document on member data retention",
        notes="Hard negative: retention policy listing data fields (name, DOB, SpO2 logs) as categories only.",
        frm="BreatheStrong Compliance <compliance@breathestrongfit.com>",
        to="counsel@rosevillehealthlaw.com",
        subject="Draft retention policy for review",
        body="Draft v0.3:\n- Member name, DOB, emergency contact: retain 7 years after last visit.\n- Session SpO2/HR logs: retain 7 years.\n- Referral orders from physicians: scan and shred paper within 30 days.\nPlease mark up.",
    ),
    Spec(
        phi=False,
        category="Smoothie bar supplier order",
        notes="Routine vendor order; no patients.",
        frm="BreatheStrong Front Desk <frontdesk@breathestrongfit.com>",
        to="orders@sierrafreshproduce.com",
        subject="Weekly order",
        body="Same as last week plus 2 extra cases of bananas. Delivery Tuesday before 9 please.",
    ),
    Spec(
        phi=True,
        category="Waitlist notification to physician with diagnoses",
        notes="Named waitlisted patients with diagnoses sent to a referring physician.",
        frm="BreatheStrong Intake <intake@breathestrongfit.com>",
        to=f"iokonjo@{GBP}",
        subject="Waitlist update",
        body="Dr. Okonjo, your two referrals are waitlisted for the April cohort:\n- Ravi Subramanyam: obesity hypoventilation, on BiPAP\n- Omar Haddad: OSA + COPD overlap\nWe'll confirm start dates by 3/27."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Job posting exercise physiologist",
        notes="Hard negative: job ad mentioning COPD, oxygen titration and ILD as job duties; no patient.",
        frm="BreatheStrong HR <hr@breathestrongfit.com>",
        to="jobs@sacstatekinesiology.edu",
        subject="Job: clinical exercise physiologist (pulmonary)",
        body="We're hiring a clinical exercise physiologist to lead pulmonary rehab sessions for people with COPD, ILD and post-COVID dyspnea, titrate oxygen during exercise and run 6-minute walk tests. CEP or RCEP preferred. Please share with your graduates.",
    ),
    Spec(
        phi=False,
        category="Parking note to open-house volunteer",
        notes="Reply to a community volunteer's personal mailbox about parking for the open house; no health information.",
        frm="BreatheStrong Front Desk <frontdesk@breathestrongfit.com>",
        to="harold.b.fan@gmail.com",
        subject="RE: parking for the open house",
        body="Hi Harold, thanks again for volunteering at the open house! The back lot is closed Saturday for repaving, so please use the Galleria garage level 1; we validate. Setup starts at 9.",
    ),
]
