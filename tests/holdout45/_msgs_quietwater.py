"""Outbound mail of Quietwater Sleep Center, a sleep medicine lab (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import QWS, Att, Spec

SIG = "\n\n-- \nQuietwater Sleep Center | 780 Lantern Hill Road | 555-0181 (day) | 555-0182 (lab, nights)"
FOOT = (
    "\n\nThis e-mail and any attachments are intended only for the addressee and may contain protected "
    "information. If you are not the intended recipient, please delete it and notify us."
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="Polysomnogram result letter to patient",
        notes="Named patient's PSG result (severe OSA, AHI 34) and CPAP plan sent to his gmail.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="ray.duchamp62@gmail.com",
        subject="Your sleep study results",
        body=(
            "Dear Mr. Duchamp,\n\nYour overnight sleep study on September 10 showed severe obstructive sleep "
            "apnea: an apnea-hypopnea index of 34 events per hour, with oxygen levels dropping to 79%. The "
            "good news is that this is very treatable.\n\nNext step: an auto-CPAP (pressure 6-16 cm H2O). Our "
            "DME partner will call you to set up a mask fitting. Please avoid driving when drowsy until you are "
            "on treatment.\n\nSincerely,\nMiriam Castellanos, MD\nBoard certified, Sleep Medicine"
            + SIG
            + FOOT
        ),
    ),
    Spec(
        phi=True,
        category="CPAP order to DME supplier",
        notes="DME order PDF with patient name, DOB, phone, OSA diagnosis, AHI and CPAP settings.",
        frm="Quietwater Orders <orders@quietwatersleep.org>",
        to="intake@restwellmedicalsupply.com",
        subject="New CPAP order - Quietwater Sleep Center",
        body="New order attached with the sleep study and office note. Please confirm receipt."
        + FOOT,
        atts=(
            Att(
                "CPAP_order_Duchamp.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUIETWATER SLEEP CENTER - Durable Medical Equipment Order",
                        "Patient: Raymond Duchamp   DOB: 01/28/1962   Phone: 555-0184",
                        "Diagnosis: G47.33 Obstructive sleep apnea, severe (AHI 34/h)",
                        "Device: auto-CPAP 6-16 cm H2O, heated humidifier, nasal pillows (M)",
                        "Length of need: 99 months",
                        "Ordering physician: Miriam Castellanos, MD  NPI: 1489305312",
                    ],
                    "DME order",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CPAP adherence download CSV to payer",
        notes="Hard positive: compliance CSV keyed by member ID and device serial with nightly usage, sent to a payer for 90-day review.",
        frm="Quietwater Orders <orders@quietwatersleep.org>",
        to="dme.review@keystonemutualhealth.com",
        subject="90-day compliance documentation",
        body="Compliance download attached for continued coverage review. Face-to-face note to follow.",
        atts=(
            Att(
                "compliance_KMH557203118.csv",
                "text/csv",
                "member_id,device_serial,period,days_used_4h,pct_used_4h,avg_hours,residual_AHI\r\n"
                "KMH557203118,23161845092,2026-06-15..2026-09-12,71/90,79%,6.1,2.4\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Commercial driver OSA treatment letter to trucking employer",
        notes="Letter to employer naming a CDL driver, his OSA diagnosis and CPAP adherence.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="safety@ironbridgefreight.com",
        subject="Driver sleep apnea clearance - Curtis Fenwick",
        body=(
            "To the Safety Director,\n\nAt Mr. Fenwick's request and with his written authorization: Curtis "
            "Fenwick is being treated at our center for obstructive sleep apnea. His CPAP data for the last "
            "30 days shows use of 4 hours or more on 93% of nights with a residual AHI of 1.8. From a sleep "
            "medicine standpoint he is adherent to treatment.\n\nMiriam Castellanos, MD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Titration reschedule to spouse using first name",
        notes="Hard positive: to a wife's hotmail, only the husband's first name and that his CPAP titration night is moved.",
        frm="Night Lab Scheduling <schedule@quietwatersleep.org>",
        to="annette.pike@hotmail.com",
        subject="Dale's study moved to Thursday",
        body=(
            "Hi Annette,\n\nThanks for calling for Dale. We've moved his CPAP titration night to Thursday "
            "9/24, check-in 8:30 pm. He should bring his pajamas, any bedtime meds, and the mask he's been "
            "practicing with.\n\nSee you then,\nQuietwater night scheduling"
        ),
    ),
    Spec(
        phi=True,
        category="MSLT narcolepsy result to referring neurologist",
        notes="Result letter to the referring neurologist with patient name, MSLT latency, SOREMPs and narcolepsy type 1 diagnosis.",
        frm="Dr. Elliot Brauer <ebrauer@quietwatersleep.org>",
        to="dr.sanyal@coastalneurology.com",
        subject="MSLT results - your patient",
        body=(
            "Dear Dr. Sanyal,\n\nYour patient Priyanka Hallett (DOB 08/09/1998) completed PSG/MSLT on 9/14-15. "
            "Preceding PSG: TST 7.1 h, no significant apnea. MSLT: mean sleep latency 2.8 minutes with 4 of 5 "
            "sleep-onset REM periods. With her clear cataplexy history, this supports narcolepsy type 1 "
            "(G47.411). I'll see her back to discuss sodium oxybate vs pitolisant.\n\nElliot Brauer, MD"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Night schedule workbook to tech staffing agency",
        notes="Hard positive: multi-sheet schedule giving patients' names, rooms, study types and fall-risk/oxygen notes to an outside staffing agency.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="scheduling@nightowlstaffing.com",
        subject="This week's beds for your per-diem techs",
        body="Bed board for Mon-Wed attached so your techs can prep. Same as last week.",
        atts=(
            Att(
                "bed_board_0914.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mon": [
                            ["Room", "Patient", "Study", "Notes"],
                            ["1", "Gloria Estrada", "Split-night PSG", "O2 2L at home; fall risk"],
                            ["2", "Harlan Voss", "CPAP titration", "PTSD - leave hall light on"],
                        ],
                        "Tue": [
                            ["Room", "Patient", "Study", "Notes"],
                            ["1", "Minh Pham", "PSG + MSLT", "stop fluoxetine per Dr. Brauer"],
                        ],
                        "Wed": [
                            ["Room", "Patient", "Study", "Notes"],
                            ["3", "Ada Nwankwo (age 9)", "Pediatric PSG", "parent stays overnight"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Home sleep test device return reminder",
        notes="Reminder to patient's yahoo naming her and the home sleep apnea test device serial she must return.",
        frm="Home Testing <hst@quietwatersleep.org>",
        to="lorraine.beckwith@yahoo.com",
        subject="Please return your home sleep test",
        body=(
            "Hi Lorraine Beckwith,\n\nOur records show the home sleep apnea test device (serial WP-30-118745) "
            "you picked up on 9/8 hasn't been returned yet. Please drop it at the front desk or use the prepaid "
            "mailer so we can score your study and get results to Dr. Brauer.\n\nQuietwater Home Testing"
        ),
    ),
    Spec(
        phi=True,
        category="Sodium oxybate REMS prior authorization",
        notes="Prior authorization with patient name, member ID and narcolepsy diagnosis for sodium oxybate.",
        frm="Prior Auth <priorauth@quietwatersleep.org>",
        to="specialty.pa@cobaltrxbenefits.com",
        subject="PA - sodium oxybate - Hallett",
        body=(
            "Member: Priyanka Hallett\nMember ID: CRX-77104-2289\nDOB: 08/09/1998\n"
            "Dx: narcolepsy type 1 with cataplexy (G47.411); MSLT MSL 2.8 min, 4 SOREMPs\n"
            "Failed: modafinil 400 mg (inadequate), armodafinil (headache)\n"
            "Request: low-sodium oxybate 4.5 g nightly divided, REMS enrollment complete\n\n"
            "Elliot Brauer, MD  NPI: 1289807889"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU PSG summary to hospital EHR",
        notes="Hard positive: body is an interface note; the HL7 carries the patient name, MRN and PSG indices.",
        frm="Interfaces <interfaces@quietwatersleep.org>",
        to="hl7team@stvincentharbor.org",
        subject="Resend: batch from 9/15 outage",
        body="Per our call, resending the result that failed during your 9/15 outage.",
        atts=(
            Att(
                "qws_oru_resend.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|QWS_SLEEP|QUIETWATER|SVH_EHR|STVINCENT|202609160612||ORU^R01|QW20771|P|2.5.1\r"
                "PID|1||SVH8830165^^^SVH^MR||LOMBARDI^ENZO^R||19700211|M\r"
                "OBR|1||QW20771|95810^Polysomnography\r"
                "OBX|1|NM|AHI^Apnea-hypopnea index||27.4|/h\r"
                "OBX|2|NM|SPO2NADIR^SpO2 nadir||82|%\r"
                "OBX|3|TX|IMPRESSION^Impression||Moderate obstructive sleep apnea\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Observation of AHI to referring health system",
        notes="Hard positive: the FHIR Observation links a named patient with DOB to a home sleep test AHI; the body is a generic transmittal.",
        frm="Interfaces <interfaces@quietwatersleep.org>",
        to="fhir-intake@bayfrontprimarycare.com",
        subject="Result delivery",
        body="Automated delivery. Please do not reply to this mailbox.",
        atts=(
            Att(
                "observation_20260915.json",
                "application/fhir+json",
                '{"resourceType": "Observation", "status": "final",\n'
                ' "code": {"text": "Respiratory event index (home sleep apnea test)"},\n'
                ' "subject": {"display": "Wendell Okafor", "identifier": {"value": "QWS-118204"}},\n'
                ' "contained": [{"resourceType": "Patient", "id": "p1", "birthDate": "1959-03-16"}],\n'
                ' "effectiveDateTime": "2026-09-13", "valueQuantity": {"value": 18.2, "unit": "/h"}}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 for attended polysomnography",
        notes="Hard positive: claim file with subscriber name, member ID, OSA diagnosis and CPT 95810 behind a one-line body.",
        frm="Billing <billing@quietwatersleep.org>",
        to="claims@clearpathedi.com",
        subject="QWS batch 0916",
        body="batch 0916 attached",
        atts=(
            Att(
                "QWS_837P_0916.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*QUIETWATER     *ZZ*CLEARPATH      *260916*1705*^*00501*000002206*0*P*:~\n"
                "GS*HC*QUIETWATER*CLEARPATH*20260916*1705*2206*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*85*2*QUIETWATER SLEEP CENTER*****XX*1489305312~\n"
                "NM1*IL*1*LOMBARDI*ENZO****MI*PLM6610452~\nDMG*D8*19700211*M~\n"
                "CLM*QW20771*1650.00***11:B:1*Y*A*Y*Y~\nHI*ABK:G4733~\nSV1*HC:95810*1650.00*UN*1***1~\n"
                "SE*9*0001~\nGE*1*2206~\nIEA*1*000002206~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned sleep questionnaire OCR text to psychologist",
        notes="Hard positive: OCR text of a scanned intake form with name, SSN, Epworth score, insomnia and PHQ answers.",
        frm="Front Desk <frontdesk@quietwatersleep.org>",
        to="intake@harbormindbehavioral.com",
        subject="scan for CBT-I referral",
        body="The intake packet you asked for (OCR text, original scan is in the fax queue).",
        atts=(
            Att(
                "intake_scan_ocr.txt",
                "text/plain",
                "QUIETWATER SLEEP CENTER  SLEEP QUESTIONNAIRE   page 1 of 4\n"
                "Name: M0RGAN  TREMBLAY        DOB: 11/ 05/1987\n"
                "SSN: 318-52-4076     Phone: 555-0187\n"
                "Epworth Sleepiness Scale total: 6\n"
                "Trouble falling asleep? [X] most nights   Waking at 3-4 am? [X]\n"
                "Sleep meds: zolpidem 10 mg ~4 nights/wk, melatonin\n"
                "PHQ-2: 3   Alcohol to sleep: [X] 2-3 glasses wine\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CBT-I referral to behavioral health",
        notes="Referral naming the patient with chronic insomnia, hypnotic use and anxiety to a psychologist.",
        frm="Dr. Elliot Brauer <ebrauer@quietwatersleep.org>",
        to="dr.lindahl@harbormindbehavioral.com",
        subject="CBT-I referral",
        body=(
            "Dr. Lindahl,\n\nI'd like to refer Morgan Tremblay (DOB 11/05/1987) for CBT-I. Chronic insomnia "
            "disorder x 3 years, zolpidem most nights, generalized anxiety, no sleep apnea on HSAT. Goal is "
            "taper off zolpidem. Intake form coming from our front desk.\n\nThanks,\nElliot" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded mask complaint to DME",
        notes="Hard positive: forward to DME of a patient's own email about mask rash and leaks; identity and CPAP therapy are in the attached message.",
        frm="Quietwater Orders <orders@quietwatersleep.org>",
        to="respiratory@restwellmedicalsupply.com",
        subject="Fwd: mask problems",
        body="Can your RT call her about a mask refit (full face -> nasal cushion)? Dr. C approved.",
        forward=Spec(
            phi=True,
            category="(forwarded) patient mask complaint",
            notes="inner",
            frm="Bernadette Lowry <bern.lowry@icloud.com>",
            to="orders@quietwatersleep.org",
            subject="mask problems",
            body=(
                "Hello, the full face mask leaves a raw spot on my nose bridge and leaks so much my AHI on the "
                "app is 11. I'm only getting 3 hours a night on the CPAP. Can I try a different one? - Bernadette Lowry"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pediatric sleep study results HTML to parent",
        notes="HTML-only letter to a parent's gmail with a child's name, pediatric OSA result and ENT referral.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="jhollings.family@gmail.com",
        subject="Results of Caleb's sleep study",
        body="",
        html=(
            "<html><body><p>Dear Mr. and Mrs. Hollings,</p><p>Caleb's sleep study on 9/11 showed "
            "<b>moderate obstructive sleep apnea</b> for his age (obstructive AHI 7.2 per hour), most likely from "
            "his large tonsils and adenoids. I've sent a referral to Harbor Point ENT to discuss "
            "adenotonsillectomy.</p><p>Dr. Castellanos<br>Quietwater Sleep Center</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis abbreviation and name in reply subject",
        notes="Hard positive: subject names RBD (abbreviated) and the patient; body is a terse medication update with no name.",
        frm="Dr. Elliot Brauer <ebrauer@quietwatersleep.org>",
        to="dr.sanyal@coastalneurology.com",
        subject="Re: RBD - Wendell Okafor",
        body="Agree. Started melatonin 6 mg, will go to 12 if needed; avoiding clonazepam given his falls. DAT scan your call.\n\nE.",
    ),
    Spec(
        phi=True,
        category="Payment plan confirmation for sleep study balance",
        notes="Payment plan to patient's personal mailbox naming him, the in-lab sleep study and balance.",
        frm="Patient Accounts <accounts@quietwatersleep.org>",
        to="gabe.whitaker@outlook.com",
        subject="Your payment plan is set up",
        body=(
            "Dear Gabriel Whitaker,\n\nYour payment plan for the balance of $1,120.00 from your in-lab sleep "
            "study (CPT 95811, 08/19/2026) is confirmed: $93.34 per month for 12 months, drafted on the 5th.\n\n"
            "Questions? 555-0185.\n\nQuietwater Patient Accounts"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of home sleep test raw files named by patient to scoring vendor",
        notes="Hard positive: zip whose member files are named with patients' surnames, DOBs and HSAT recordings, sent to an outsourced scorer.",
        frm="Home Testing <hst@quietwatersleep.org>",
        to="upload@nightscorepartners.com",
        subject="HSAT batch 38 for scoring",
        body="Batch 38 - 3 studies. Turnaround 48 h please.",
        atts=(
            Att(
                "hsat_batch38.zip",
                "application/zip",
                zipped(
                    {
                        "Beckwith_L_19640703_HSAT.txt": "channels: airflow, effort, SpO2, pulse; recording 7h12m; referring Dr. Brauer",
                        "Okafor_W_19590316_HSAT.txt": "channels: airflow, effort, SpO2, pulse; recording 6h40m",
                        "Rhee_S_19881127_HSAT.txt": "channels: airflow, effort, SpO2, pulse; recording 5h05m; snoring complaint",
                    }
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="Quarterly AHI distribution QA workbook",
        notes="Hard negative: multi-sheet QA report of studies by severity and scorer agreement; aggregates only.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="qa-committee@quietwatersleep.org",
        subject="Q3 QA packet",
        body="Q3 QA workbook attached for Thursday. Inter-scorer agreement is up to 91%.",
        atts=(
            Att(
                "QWS_QA_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Severity": [
                            ["AHI band", "In-lab", "HSAT"],
                            ["<5 normal", 38, 51],
                            ["5-14 mild", 44, 63],
                            ["15-29 moderate", 29, 40],
                            ["30+ severe", 35, 22],
                        ],
                        "Scorer agreement": [
                            ["Scorer", "Epoch agreement"],
                            ["Tech A", "92%"],
                            ["Tech B", "90%"],
                        ],
                        "Turnaround": [["Study type", "Median days"], ["PSG", 4], ["HSAT", 2]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Accreditation policy with example report fields",
        notes="Hard negative: accreditation-ready report template listing field names with placeholders; no patient data.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="accreditation@sleepaccreditationcouncil.org",
        subject="Report template for our reaccreditation file",
        body="As requested, here's our standard PSG report template (fields only).",
        atts=(
            Att(
                "PSG_report_template.docx",
                DOCX,
                docx(
                    [
                        "Quietwater Sleep Center - Polysomnography Report (TEMPLATE)",
                        "Patient name: {{name}}   DOB: {{dob}}   MRN: {{mrn}}",
                        "Total sleep time: {{tst}}   Sleep efficiency: {{se}}",
                        "AHI (AASM 1A/3%): {{ahi}}   SpO2 nadir: {{nadir}}",
                        "Interpretation: {{interpreting_physician}}",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Scoring software training with demo patient",
        notes="Hard negative: training note about the vendor's built-in demo study 'DEMO, PATIENT'; declared synthetic.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="newtechs@nightowlstaffing.com",
        subject="Before your first shift: scoring practice",
        body=(
            "Welcome! Before your first night, please score the practice study in the software: open "
            "'DEMO, PATIENT - Sample PSG 2' (a synthetic study shipped by the vendor, not a real person) and "
            "score epochs 1-200. Compare with the answer key. Expect AHI around 22 and two PLM clusters.\n\n"
            "Questions: labmanager@quietwatersleep.org"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified PSG dataset to research collaborator",
        notes="Hard negative: de-identified CSV of study codes, age band and indices for a collaboration; no identifiers.",
        frm="Research <research@quietwatersleep.org>",
        to="sleeplab@lakeshoreuniv.edu",
        subject="Deidentified PSG features - DUA 2026-07",
        body="Per the DUA, de-identified features attached. Age in 5-year bands, no dates.",
        atts=(
            Att(
                "qws_deid_features.csv",
                "text/csv",
                "code,age_band,sex,bmi_band,ahi,odi,t90_pct,rem_ahi\r\nQ001,45-49,M,30-34,27.4,22.1,6.2,41.0\r\n"
                "Q002,60-64,F,25-29,8.1,6.3,0.9,19.5\r\nQ003,35-39,M,35-39,52.0,47.8,18.4,60.2\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CPAP model field safety notice to DME partner",
        notes="Hard negative: device field safety notice about a CPAP model's humidifier; no individual.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="respiratory@restwellmedicalsupply.com",
        subject="FSN: humidifier chamber cracks - SomnAir 3",
        body=(
            "Hi Rosa,\n\nFYI the manufacturer issued a field safety notice on the SomnAir 3 humidifier chamber "
            "(lots 24A-24F). Cracks can cause water to reach the blower. Can you tell us your plan for swapping "
            "chambers? We'll post a generic notice in the lobby.\n\nMiriam"
        ),
    ),
    Spec(
        phi=False,
        category="Sensor and electrode supply order",
        notes="Supply order to vendor; no patients.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="sales@polysupplydirect.com",
        subject="Order - electrodes and cannulas",
        body="Please send: gold cup electrodes x 200, nasal pressure cannulas (adult) x 300, (pediatric) x 50, Ten20 paste x 24, RIP belts M/L x 10. Bill to account QWS-0032.",
    ),
    Spec(
        phi=False,
        category="Night sleep technologist job posting",
        notes="Hard negative: job ad mentioning patient conditions generally (OSA, narcolepsy, pediatric); no patient.",
        frm="Careers <careers@quietwatersleep.org>",
        to="jobs@alliedhealthcareers.com",
        subject="Post: Registered Polysomnographic Technologist (nights)",
        body="Quietwater Sleep Center is hiring an RPSGT for 3 x 12 night shifts. You'll run PSG, split-night and CPAP titrations, MSLT/MWT for narcolepsy and hypersomnia, and pediatric studies. Shift differential. Apply: careers@quietwatersleep.org",
    ),
    Spec(
        phi=False,
        category="Technologist shift schedule workbook",
        notes="Staff shift workbook with technologist names and nights; no patients.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="techs@quietwatersleep.org",
        subject="October tech schedule",
        body="October schedule attached. Swaps by the 25th please.",
        atts=(
            Att(
                "tech_schedule_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Week 1": [
                            ["Night", "Tech 1", "Tech 2"],
                            ["Thu 1", "Angela R.", "Marco D."],
                            ["Fri 2", "Sung K.", "Angela R."],
                        ],
                        "Week 2": [
                            ["Night", "Tech 1", "Tech 2"],
                            ["Mon 5", "Marco D.", "Priti V."],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="New sleep physician announcement with NPI",
        notes="Hard negative: announcement of a new physician with specialties and NPI; no patient.",
        frm="Quietwater Sleep Center <info@quietwatersleep.org>",
        to="referringoffices@quietwatersleep.org",
        subject="Welcome Dr. Elliot Brauer",
        body=(
            "We are pleased to welcome Elliot Brauer, MD (NPI: 1289807889), board certified in neurology and "
            "sleep medicine. Dr. Brauer sees patients with narcolepsy, idiopathic hypersomnia, REM sleep "
            "behavior disorder, restless legs syndrome and insomnia. New referrals: fax 555-0186."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Insomnia awareness webinar HTML invitation",
        notes="HTML-only community webinar invite about insomnia; general audience, no individual.",
        frm="Quietwater Sleep Center <events@quietwatersleep.org>",
        to="community@lists.quietwatersleep.org",
        subject="Free webinar: Sleep better without pills",
        body="",
        html=(
            "<html><body><h2>Sleep better without pills</h2><p>Join psychologist Dr. Hana Lindahl and Dr. Brauer "
            "on October 6 at 7 pm for a free talk on cognitive behavioral therapy for insomnia.</p>"
            "<p><a href='https://quietwatersleep.org/webinar'>Register</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Drowsy driving talk statistics to driving school",
        notes="Hard negative: community talk outline with national drowsy-driving and OSA prevalence stats; no individual.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="owner@safestartdriving.com",
        subject="Slides outline for your parent night",
        body="Outline for the 20-minute talk:\n1. About 1 in 25 adult drivers report falling asleep at the wheel in the past month\n2. Untreated sleep apnea roughly doubles crash risk\n3. Teen sleep need: 8-10 hours\n4. Warning signs and what to do\nSee you Oct 8.\nMiriam",
    ),
    Spec(
        phi=False,
        category="Offer letter to technologist personal mailbox",
        notes="Employment offer to a candidate's gmail; no health information.",
        frm="Careers <careers@quietwatersleep.org>",
        to="angela.rourke.rpsgt@gmail.com",
        subject="Your offer - RPSGT nights",
        body="Hi Angela,\n\nWe're thrilled to offer you the RPSGT night position at $36.75/hour plus a $3.00 night differential, starting October 19. Please reply to accept and we'll start onboarding.\n\nQuietwater HR",
    ),
    Spec(
        phi=False,
        category="Night-shift wellness tips for staff",
        notes="Hard negative: staff wellness notice on sleep hygiene for night workers; no individual.",
        frm="HR <hr@quietwatersleep.org>",
        to="allstaff@quietwatersleep.org",
        subject="Wellness Wednesday: surviving night shift",
        body="Blackout curtains, a consistent anchor sleep, no caffeine in the last 4 hours of your shift, and a nap before driving home if you're drowsy. The EAP (555-0189) offers free confidential counseling, including for sleep problems.",
    ),
    Spec(
        phi=False,
        category="State facility license renewal with medical director NPI",
        notes="Hard negative: licensure renewal naming medical director and NPI; facility information only.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="facilitylicensing@statehealth.gov",
        subject="Renewal - Quietwater Sleep Center, license DT-4471",
        body="Attached is our renewal application.\n\nMedical director: Miriam Castellanos, MD, NPI: 1489305312\nBeds: 6 attended PSG rooms\nHours: 7 pm - 7 am, Sun-Fri",
        atts=(
            Att(
                "license_renewal_DT4471.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUIETWATER SLEEP CENTER - Diagnostic Facility License Renewal",
                        "License: DT-4471   Address: 780 Lantern Hill Road",
                        "Medical director: Miriam Castellanos, MD",
                        "Attended PSG rooms: 6   Accreditation: current through 2028",
                    ],
                    "License renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="QA committee meeting calendar invite",
        notes="Meeting invite for the QA committee; no patients.",
        frm="Lab Manager <labmanager@quietwatersleep.org>",
        to="qa-committee@quietwatersleep.org",
        subject="Invitation: Q3 QA committee",
        body="Agenda: scorer agreement, HSAT turnaround, incident log.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Quietwater//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:qws-qa-20260917@quietwatersleep.org\r\nDTSTAMP:20260914T180000Z\r\n"
            "DTSTART:20260917T200000Z\r\nDTEND:20260917T210000Z\r\nSUMMARY:Q3 QA committee\r\n"
            "LOCATION:Quietwater conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Home sleep test device inventory to vendor",
        notes="Hard negative: device serial inventory and battery status list with no patient assignment.",
        frm="Home Testing <hst@quietwatersleep.org>",
        to="service@watchpatdevices.com",
        subject="Annual device audit - serials",
        body="Our HST device inventory is below for the service contract audit. All units unassigned at time of audit.\n\nWP-30-118741 OK\nWP-30-118749 OK\nWP-30-118752 battery fault\nWP-30-118760 OK",
    ),
    Spec(
        phi=False,
        category="Sleep literature digest to colleagues",
        notes="Hard negative: journal digest discussing diseases and drugs in general; no individual.",
        frm="Dr. Elliot Brauer <ebrauer@quietwatersleep.org>",
        to="sleepjournalclub@lakeshoreuniv.edu",
        subject="Journal club picks for October",
        body="Three picks:\n1. Orexin receptor 2 agonists in narcolepsy type 1 - phase 2 data\n2. Tirzepatide and OSA severity in obesity\n3. Hypoglossal nerve stimulation outcomes at 5 years\nPDFs in the shared drive.\nElliot",
    ),
    Spec(
        phi=False,
        category="Oral appliance partnership note to dentist personal mailbox",
        notes="Partnership note to a dentist's personal gmail about referral logistics; no patient.",
        frm="Dr. Miriam Castellanos <mcastellanos@quietwatersleep.org>",
        to="drkaplan.dds@gmail.com",
        subject="Oral appliance referrals - next steps",
        body="Hi Noah, great meeting you at the study club. Going forward we'll send oral appliance referrals with the sleep report by secure fax, and we'd appreciate a copy of your titration notes. Coffee next month?\n\nMiriam",
    ),
    Spec(
        phi=False,
        category="Forwarded vendor price update",
        notes="Forward of a mask vendor's price list notice to the billing team's outside consultant; no patient.",
        frm="Quietwater Orders <orders@quietwatersleep.org>",
        to="consulting@dmebillingadvisors.com",
        subject="Fwd: 2027 mask pricing",
        body="FYI for the fee schedule review.",
        forward=Spec(
            phi=False,
            category="(forwarded) vendor pricing",
            notes="inner",
            frm="Restwell Sales <sales@restwellmedicalsupply.com>",
            to="orders@quietwatersleep.org",
            subject="2027 mask pricing",
            body="Effective January 1, nasal pillow masks increase 3.5% and full face masks 4%. Cushions unchanged.",
        ),
    ),
]

assert all(m.frm.endswith(f"{QWS}>") or m.frm.endswith(QWS) for m in MESSAGES)
