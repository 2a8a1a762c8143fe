"""Outbound mail of Granite Bay Pulmonary & Sleep, a pulmonology and sleep-medicine practice (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import AHR, GBP, Att, Spec

SIG = "\n\n--\nGranite Bay Pulmonary & Sleep\n4410 Sierra College Blvd, Suite 200, Rocklin CA\nPh 916-555-0142 | Fax 916-555-0143"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain information that is privileged. If you received it in error, please delete it and notify the sender."

HL7_PFT = (
    "MSH|^~\\&|GBP_PFT|GRANITEBAY|EPIC|SUTTERROSE|20260316143000||ORU^R01|GBP8812|P|2.5.1\r"
    "PID|1||GBP-0048821^^^GBP^MR||OKAFOR^CHIDI^N||19580214|M|||88 Lantern Cove^^Roseville^CA^95661||916-555-0171\r"
    "OBR|1||PFT26-3310|94729^DLCO^CPT|||20260316\r"
    "OBX|1|NM|FEV1^FEV1 % predicted||48|%|80-120|L|||F\r"
    "OBX|2|NM|FEV1FVC^FEV1/FVC||0.52||>0.70|L|||F\r"
    "OBX|3|NM|DLCO^DLCO % predicted||41|%|75-140|L|||F\r"
    "OBX|4|TX|INTERP^Interpretation||Severe obstruction, markedly reduced DLCO, consistent with emphysema||||||F\r"
)

FHIR_SLEEP = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "gbp-77310", "identifier": [{"system": "urn:gbp:mrn", "value": "GBP-0077310"}],
      "name": [{"family": "Lindqvist", "given": ["Marta"]}], "birthDate": "1969-09-30"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "Apnea-hypopnea index (polysomnography)"},
      "subject": {"reference": "Patient/gbp-77310"}, "effectiveDateTime": "2026-03-12",
      "valueQuantity": {"value": 38.4, "unit": "events/h"}}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/gbp-77310"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G47.33", "display": "Obstructive sleep apnea"}]}}}
  ]
}
"""

FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "test-zz-001",
  "meta": {"tag": [{"system": "urn:gbp:env", "code": "SANDBOX", "display": "Synthetic test record - not a real person"}]},
  "name": [{"family": "ZZTEST", "given": ["Sleepy"]}],
  "birthDate": "1900-01-01"
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transition of Care Summary - Granite Bay Pulmonary &amp; Sleep</title>
  <recordTarget><patientRole><id extension="GBP-0061187" root="2.16.840.1.113883.3.6969"/>
    <patient><name><given>Harold</given><family>Bexley</family></name><birthTime value="19440521"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>J84.112 Idiopathic pulmonary fibrosis; R09.02 Hypoxemia</text></section></component>
    <component><section><title>Medications</title><text>Nintedanib 150 mg BID; home oxygen 3 L/min with exertion</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

ICS_TITRATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Bay Pulmonary//Sleep Lab//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:gbp-titr-20260324-bed3@granitebaypulm.com\r\nDTSTAMP:20260317T160000Z\r\n"
    "DTSTART:20260325T040000Z\r\nDTEND:20260325T140000Z\r\n"
    "SUMMARY:CPAP titration study - Dwayne Fulbright (bed 3)\r\n"
    "LOCATION:Granite Bay Sleep Lab, Suite 210\r\n"
    "DESCRIPTION:Arrive 8:45 pm. Bring your current mask and nightly medications.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_JOURNAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granite Bay Pulmonary//Staff//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:gbp-jc-20260319@granitebaypulm.com\r\nDTSTAMP:20260316T150000Z\r\n"
    "DTSTART:20260319T190000Z\r\nDTEND:20260319T200000Z\r\n"
    "SUMMARY:Journal club - GOLD 2026 update and triple inhaler therapy\r\n"
    "LOCATION:Conference room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="PFT result HL7 feed to hospital EHR",
        notes="Hard positive: body is a terse interface notice; the HL7 attachment carries a named patient with MRN, DOB, address and severe obstruction results.",
        frm="Interface Engine <hl7-out@granitebaypulm.com>",
        to="interfaces@sutterrose-health.org",
        subject="ORU batch 8812",
        body="Batch GBP8812 attached (1 message). Please confirm ACK." + SIG,
        atts=(Att("GBP8812.hl7", "application/hl7-v2", HL7_PFT),),
    ),
    Spec(
        phi=True,
        category="Sleep study result letter to patient gmail",
        notes="Named patient told her polysomnogram shows severe obstructive sleep apnea, sent to her personal mailbox.",
        frm="Dr. Priya Raman <praman@granitebaypulm.com>",
        to="marta.lindqvist69@gmail.com",
        subject="Your sleep study results",
        body=(
            "Dear Ms. Lindqvist,\n\nI have reviewed your overnight sleep study from March 12. Your apnea-hypopnea index was 38 events per hour, "
            "which is in the severe range for obstructive sleep apnea. Your oxygen level dipped as low as 79%.\n\n"
            "The good news is that this is very treatable. I have sent an order for an auto-CPAP to AirHaven Home Respiratory, and they will call you "
            "to set up delivery. I would like to see you six weeks after you start.\n\nWarm regards,\nPriya Raman, MD"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="FHIR sleep study bundle to DME supplier",
        notes="Hard positive: one-line body; FHIR bundle names patient with MRN, DOB, AHI 38.4 and G47.33.",
        frm="Sleep Lab <sleeplab@granitebaypulm.com>",
        to=f"intake@{AHR}",
        subject="PSG supporting docs for CPAP order",
        body="Supporting documentation attached per your checklist.",
        atts=(Att("psg_bundle.json", "application/fhir+json", FHIR_SLEEP),),
    ),
    Spec(
        phi=False,
        category="Sandbox FHIR test patient to EHR vendor",
        notes="Hard negative: FHIR Patient explicitly tagged as a synthetic sandbox record (ZZTEST, 1900-01-01) for an interface test; no real person.",
        frm="IT Help <it@granitebaypulm.com>",
        to="support@nimbusehr.io",
        subject="Ticket 55120 - FHIR Patient POST returns 422",
        body=(
            "Hi Nimbus support,\n\nOur sandbox POST of the attached synthetic Patient resource fails with 422 'birthDate out of range'. "
            "This is the standard ZZTEST record we use in the test tenant only. Can you confirm whether 1900-01-01 is rejected by design?\n\nThanks,\nKevin Dao\nIT, Granite Bay Pulmonary & Sleep"
        ),
        atts=(Att("zztest_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to skilled nursing facility",
        notes="C-CDA names Harold Bexley with MRN, birth date, idiopathic pulmonary fibrosis, nintedanib and home oxygen.",
        frm="Referrals <referrals@granitebaypulm.com>",
        to="admissions@oakmontsnf.com",
        subject="Transition of care summary - incoming resident",
        body="Please find the C-CDA for your incoming resident (admitting Thursday). Call our office with questions."
        + SIG
        + CONF,
        atts=(Att("toc_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="CPAP titration calendar invite to patient",
        notes="Calendar invite to patient's yahoo mailbox naming him and a CPAP titration study.",
        frm="Sleep Lab Scheduling <sleepsched@granitebaypulm.com>",
        to="dfulbright.roofing@yahoo.com",
        subject="Your overnight appointment",
        body="Hello Mr. Fulbright, your overnight titration study is booked for Tuesday night. The invite is attached; please arrive by 8:45 pm."
        + SIG,
        ics=ICS_TITRATION,
    ),
    Spec(
        phi=False,
        category="Journal club invite for physicians",
        notes="Staff calendar invite about COPD guideline update; no patient.",
        frm="Dr. Alan Whitcomb <awhitcomb@granitebaypulm.com>",
        to=f"physicians@{GBP}",
        subject="Journal club Thursday - GOLD 2026",
        body="Bring lunch. Sanjay is presenting the triple-therapy mortality data.",
        ics=ICS_JOURNAL,
    ),
    Spec(
        phi=False,
        category="Physician bio for hospital newsletter",
        notes="Hard negative: clinician biography listing diseases she treats (sarcoidosis, IPF, sleep apnea); no patient.",
        frm="Marketing <marketing@granitebaypulm.com>",
        to="newsletter@sutterrose-health.org",
        subject="Bio and headshot for the April physician spotlight",
        body=(
            "Hi Dana,\n\nHere is the bio for Dr. Priya Raman for the spotlight column:\n\n"
            "Dr. Priya Raman is board certified in pulmonary disease, critical care and sleep medicine. She completed fellowship at UC Davis and "
            "has a special interest in sarcoidosis, interstitial lung disease including idiopathic pulmonary fibrosis, and complex sleep apnea. "
            "She sees patients in Rocklin and Auburn. NPI: 1012195586.\n\nHeadshot attached.\n\nThanks!\nJess"
        ),
        atts=(Att("raman_headshot.png", "image/png", png(6, 6, (120, 140, 180))),),
    ),
    Spec(
        phi=True,
        category="Prior authorization letter for biologic",
        notes="Letter of medical necessity to payer with member ID, named patient, severe eosinophilic asthma and Dupixent request.",
        frm="Prior Auth Team <priorauth@granitebaypulm.com>",
        to="pharmacypa@goldenstatehealthplan.com",
        subject="PA request - dupilumab - member GSH448120937",
        body="Letter of medical necessity and supporting labs attached. Ordering provider Alan Whitcomb, MD, NPI: 1676978582. Fax confirmation to 916-555-0143."
        + SIG,
        atts=(
            Att(
                "LMN_dupilumab.pdf",
                "application/pdf",
                pdf(
                    [
                        "GRANITE BAY PULMONARY & SLEEP",
                        "Letter of Medical Necessity - Dupilumab (Dupixent) 300 mg q2w",
                        "Patient: Rosalind Achebe   DOB 07/11/1983   Member ID GSH448120937",
                        "Diagnosis: J45.51 Severe persistent asthma with acute exacerbation",
                        "Blood eosinophils 640 cells/uL (02/27/2026); FeNO 58 ppb",
                        "Three oral steroid bursts in the last 12 months despite high-dose ICS/LABA + LAMA.",
                        "Prescriber: Alan Whitcomb, MD   NPI: 1676978582",
                    ],
                    "LMN dupilumab",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider enrollment roster to payer",
        notes="Hard negative: roster of clinicians with NPIs and specialties for credentialing; provider identifiers are not PHI.",
        frm="Credentialing <credentialing@granitebaypulm.com>",
        to="provider.enrollment@goldenstatehealthplan.com",
        subject="Updated provider roster - Q2 2026",
        body="Attached is our updated roster. One addition (Dr. Okonjo, sleep medicine) effective April 1."
        + SIG,
        atts=(
            Att(
                "gbp_roster_q2.csv",
                "text/csv",
                "Provider,Credential,Specialty,NPI,Location\r\n"
                "Priya Raman,MD,Pulmonary/Sleep,1012195586,Rocklin\r\n"
                "Alan Whitcomb,MD,Pulmonary/Critical Care,1676978582,Rocklin\r\n"
                "Sanjay Mehta,DO,Pulmonary,1872661644,Auburn\r\n"
                "Ifeoma Okonjo,MD,Sleep Medicine,1232438311,Rocklin\r\n"
                "Teresa Vallejo,NP,Pulmonary,1169149501,Auburn\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Referral note to thoracic surgery",
        notes="Named patient referred for lung nodule with CT findings and smoking history.",
        frm="Dr. Sanjay Mehta <smehta@granitebaypulm.com>",
        to="referrals@placerthoracic.com",
        subject="Referral: RUL nodule",
        body=(
            "Dr. Hsu,\n\nReferring Gloria Penhallow (DOB 3/2/1957) for evaluation of a 19 mm spiculated RUL nodule, up from 11 mm in September. "
            "PET showed SUV 6.2, no nodal uptake. 40 pack-year former smoker, FEV1 71% predicted, so I think she's a surgical candidate. "
            "She prefers afternoon appointments; cell 916-555-0188.\n\nThanks,\nSanjay" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to referring clinics",
        notes="Hard negative: albuterol nebulizer solution shortage and substitution guidance; no patient.",
        frm="Clinical Pharmacist <pharmacy@granitebaypulm.com>",
        to="referringpartners@placerprimarycare.org",
        subject="Albuterol 2.5 mg/3 mL neb shortage - substitution guidance",
        body=(
            "Colleagues,\n\nOur wholesalers report backorders of albuterol sulfate 2.5 mg/3 mL unit-dose vials through at least May. Suggested alternatives:\n"
            "  - albuterol 0.083% multi-dose with careful dilution teaching\n  - levalbuterol 1.25 mg/3 mL where covered\n  - MDI with spacer for patients who can coordinate\n\n"
            "Please avoid switching stable COPD patients to ipratropium-only nebs without talking to us.\n\nMaya Chen, PharmD"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Terse MRN note to hospitalist group",
        notes="Hard positive: terse note to an outside hospitalist group pairing an MRN with an ILD flare, prednisone taper and resting hypoxemia.",
        frm="Teresa Vallejo NP <tvallejo@granitebaypulm.com>",
        to="hospitalist.group@sierravistamed.org",
        subject="fyi",
        body="MRN GBP-0052276 - ILD flare, started pred 40 taper yesterday, sats 87% RA at rest. If she shows up in ED pls call me first. -T",
    ),
    Spec(
        phi=False,
        category="Aggregate sleep lab quality report to board",
        notes="Hard negative: monthly counts and percentages of sleep studies and CPAP adherence; aggregate only.",
        frm="Quality <quality@granitebaypulm.com>",
        to="board@granitebaypulm.com",
        subject="February sleep lab dashboard",
        body="Dashboard attached. Highlights: 212 diagnostic studies, 64% with AHI >= 15, 90-day CPAP adherence 71% (target 70%).",
        atts=(
            Att(
                "sleeplab_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Study type", "Count"],
                            ["In-lab PSG", 94],
                            ["Home sleep test", 118],
                            ["Titration", 41],
                            ["MSLT", 6],
                        ],
                        "Severity": [
                            ["AHI band", "Studies", "Percent"],
                            ["<5", 31, 0.146],
                            ["5-14.9", 45, 0.212],
                            ["15-29.9", 67, 0.316],
                            [">=30", 69, 0.326],
                        ],
                        "Adherence": [
                            ["Cohort", "Patients", "Adherent 90d"],
                            ["New starts Nov", 58, 0.69],
                            ["New starts Dec", 49, 0.73],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to wife about husband's bronchoscopy",
        notes="Hard positive: reply uses only first names and the relationship (surname only in the quoted forward) with bronchoscopy and pending biopsy, to the wife's personal mailbox.",
        frm="Nurse Line <nurseline@granitebaypulm.com>",
        to="lorraine.tsai.home@outlook.com",
        subject="RE: how did Ken do?",
        body=(
            "Hi Lorraine,\n\nKen did well with the bronchoscopy this morning and is in recovery. The lavage and the biopsy of the lymph node are at pathology; "
            "Dr. Mehta expects results by Friday and will call him directly. Please keep him from driving until tomorrow.\n\nAnnie, RN"
            + SIG
        ),
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Lorraine Tsai <lorraine.tsai.home@outlook.com>",
            to=f"nurseline@{GBP}",
            subject="how did Ken do?",
            body="Hi, I'm Ken Tsai's wife. He had his bronchoscopy today. Can you tell me how it went? I'm listed on his release form.",
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training reminder",
        notes="Hard negative: staff training mail with a fictional sample scenario explicitly labelled as an example.",
        frm="Compliance <compliance@granitebaypulm.com>",
        to=f"allstaff@{GBP}",
        subject="Annual HIPAA refresher due March 31",
        body=(
            "Team,\n\nThe annual privacy module is due by March 31. This year's scenario (fictional) asks what you'd do if a caller says she is "
            "'Mrs. Example's daughter' and asks for her mother's oximetry results. Answer: verify the release on file before sharing anything.\n\n"
            "Reminder: never put a patient name or diagnosis in an e-mail subject line.\n\nRuth Ambrose, Compliance Officer"
        ),
    ),
    Spec(
        phi=True,
        category="Overnight oximetry results to DME for oxygen qualification",
        notes="Named Medicare patient with MBI and qualifying overnight oximetry saturation for home oxygen.",
        frm="Sleep Lab <sleeplab@granitebaypulm.com>",
        to=f"oxygen@{AHR}",
        subject="ONO qualification - new O2 order",
        body=(
            "Overnight oximetry for new O2 order:\n\nPatient: Eugene Marchetti\nMBI: 7HW2-R84-JN61\nDate of test: 03/13/2026 (room air)\n"
            "Time SpO2 <= 88%: 47 min of 6 h 12 min\nNadir: 81%\nOrder: O2 2 L/min nocturnal via concentrator\n\nSigned CMN to follow."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for polysomnographic technologist",
        notes="Hard negative: job ad describing sleep disorders and CPAP tasks; no patient.",
        frm="HR <jobs@granitebaypulm.com>",
        to="postings@placerjobsboard.com",
        subject="Posting: Night-shift RPSGT",
        body="",
        html=(
            "<html><body><h2>Registered Polysomnographic Technologist (nights)</h2><p>Granite Bay Pulmonary &amp; Sleep is hiring a full-time RPSGT. "
            "You will run in-lab PSG, split-night and CPAP/BiPAP titration studies, score narcolepsy MSLTs and help patients with claustrophobia get comfortable with masks.</p>"
            "<ul><li>RPSGT required</li><li>3 nights/week, 12-hour shifts</li><li>$38-46/hr</li></ul><p>Apply at jobs@granitebaypulm.com.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML patient portal-style message with inhaler change",
        notes="HTML-only message to patient's gmail naming him and his switch from Symbicort to Trelegy for COPD.",
        frm="Dr. Alan Whitcomb <awhitcomb@granitebaypulm.com>",
        to="bert.ondracek@gmail.com",
        subject="Your new inhaler",
        body="",
        html=(
            "<html><body><p>Hi Bert,</p><p>As we discussed, I'm switching your <b>Symbicort</b> to <b>Trelegy Ellipta 100/62.5/25</b>, one puff once a day, because of your two COPD flare-ups this winter. "
            "Rinse your mouth after each use. The prescription went to the Walgreens on Pacific St.</p><p>Dr. Whitcomb</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Wildfire smoke advisory newsletter",
        notes="Patient newsletter on air quality for people with lung disease; general health topic, no individual.",
        frm="Granite Bay Pulmonary <news@granitebaypulm.com>",
        to="subscribers@lists.granitebaypulm.com",
        subject="Smoke season is coming: 5 steps for your lungs",
        body="",
        html=(
            "<html><body><h1>Breathe easier this smoke season</h1><ol><li>Check AirNow.gov daily.</li><li>Set up a HEPA room in your home.</li>"
            "<li>Keep a 2-week supply of controller inhalers.</li><li>N95s help; cloth masks do not.</li><li>Have an action plan with your pulmonologist.</li></ol>"
            "<p>You are receiving this because you subscribed on our website. <a href='https://granitebaypulm.com/unsub'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Disability form letter to employer HR",
        notes="Named employee's work restrictions citing sarcoidosis and oxygen use, sent to employer.",
        frm="Forms Desk <forms@granitebaypulm.com>",
        to="leaves@rocklinunified.org",
        subject="Accommodation paperwork - T. Nakagawa",
        body=(
            "To Benefits Administration,\n\nTomoko Nakagawa is under our care for pulmonary sarcoidosis and uses supplemental oxygen with exertion. "
            "She may return to teaching on 3/30/2026 with these accommodations: classroom on the ground floor, no outdoor yard duty on poor-air-quality days, "
            "and permission to carry a portable oxygen concentrator.\n\nSanjay Mehta, DO" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Vendor quote request for spirometers",
        notes="Equipment procurement mail; no patient.",
        frm="Operations <ops@granitebaypulm.com>",
        to="sales@vitalpulmodx.com",
        subject="Quote: 2 x desktop spirometers + calibration syringes",
        body="Hi Marcus, please quote two SpiroLite 500 units with 3 L calibration syringes and 500 disposable filters, delivered to Suite 200. Thanks, Brenda",
    ),
    Spec(
        phi=True,
        category="Claim appeal with X12 837 attachment",
        notes="Hard positive: short body; X12 837 names subscriber with member ID, DOB, ICD-10 G47.33 and polysomnography CPT 95810.",
        frm="Billing <billing@granitebaypulm.com>",
        to="appeals@goldenstatehealthplan.com",
        subject="Corrected claim resubmission ICN 26071004418",
        body="Corrected 837P attached (frequency code 7). Original denied for missing modifier.",
        atts=(
            Att(
                "corrected_837p.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*GRANITEBAYPULM *ZZ*GOLDENSTATEHP  *260317*1012*^*00501*000006901*0*P*:~"
                "GS*HC*GRANITEBAYPULM*GOLDENSTATEHP*20260317*1012*6901*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*GRANITE BAY PULMONARY AND SLEEP*****XX*1041146428~"
                "NM1*IL*1*FULBRIGHT*DWAYNE****MI*GSH771203558~DMG*D8*19710806*M~"
                "CLM*GBP26031704*1850***11:B:7*Y*A*Y*Y~REF*F8*26071004418~HI*ABK:G4733~SV1*HC:95810*1850*UN*1***1~DTP*472*D8*20260302~SE*10*0001~GE*1*6901~IEA*1*000006901~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank intake form template to print shop",
        notes="Hard negative: sleep questionnaire template with empty field names (Name, DOB, Epworth score); no data filled in.",
        frm="Front Office <frontdesk@granitebaypulm.com>",
        to="orders@rocklinprintworks.com",
        subject="Reprint: new patient sleep questionnaire (500 copies)",
        body="Please reprint the attached form, same paper as last time, 2-sided.",
        atts=(
            Att(
                "sleep_questionnaire_v7.docx",
                DOCX,
                docx(
                    [
                        "Granite Bay Pulmonary & Sleep - New Patient Sleep Questionnaire",
                        "Name: ____________________  Date of birth: ___/___/______  MRN (office use): ________",
                        "Epworth Sleepiness Scale: rate 0-3 your chance of dozing while sitting and reading, watching TV, ...",
                        "Do you snore loudly? Y / N   Has anyone observed you stop breathing? Y / N",
                        "Current medications: ______________________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Scanned intake form text forwarded to sleep lab",
        notes="Hard positive: OCR text of a completed questionnaire (name, DOB, Epworth 17, witnessed apneas) in a txt attachment.",
        frm="Front Office <frontdesk@granitebaypulm.com>",
        to="scheduling@auburnsleepcenter.com",
        subject="scan 0317-04",
        body="OCR from this morning's scanner attached for your HST booking.",
        atts=(
            Att(
                "scan_0317_04.txt",
                "text/plain",
                "NEW PATIENT SLEEP QUESTIONNAIRE\nName: Ravi Subramanyam   Date of birth: 11/04/1979\nEpworth total: 17\n"
                "Snore loudly: [X] Y  Observed apneas: [X] Y (wife reports)\nMeds: lisinopril 20 mg, atorvastatin\nBMI: 36.1  Neck: 17.5 in\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: Safe Harbor de-identified CPAP adherence extract (study IDs, age bands, 3-digit ZIP) for an IRB-approved study.",
        frm="Research Coordinator <research@granitebaypulm.com>",
        to="osa-study@ucdavis-sleepresearch.org",
        subject="De-identified extract v3 (IRB 2025-1142)",
        body="Extract v3 attached. Safe Harbor method; no dates beyond year, ages bucketed, ZIP3 only. Linkage key stays with us.",
        atts=(
            Att(
                "osa_extract_v3.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,ahi_band,year_start,adherent_90d\r\nS0001,50-59,F,956,severe,2025,1\r\nS0002,60-69,M,957,moderate,2025,0\r\n"
                "S0003,40-49,M,956,severe,2024,1\r\nS0004,70-79,F,956,mild,2025,1\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient list with MRNs to answering service",
        notes="Standalone list of patient names with MRNs and on-call flags sent to an outside answering service.",
        frm="Clinic Manager <manager@granitebaypulm.com>",
        to="accounts@valleyanswering.com",
        subject="Weekend call list",
        body="Weekend priority callers below. If any of them call, page the on-call pulmonologist directly.\n\nMRN GBP-0048821  Chidi Okafor - home O2, COPD\nMRN GBP-0061187  Harold Bexley - IPF\nMRN GBP-0052276  Janet Ruelas - ILD on pred\n\nThanks, Colleen",
    ),
    Spec(
        phi=False,
        category="Office closure notice to patients",
        notes="General holiday hours message to a patient mailing list; no individual health information.",
        frm="Granite Bay Pulmonary <news@granitebaypulm.com>",
        to="patients@lists.granitebaypulm.com",
        subject="Office closed Friday March 27",
        body="Our Rocklin and Auburn offices will be closed Friday, March 27 for staff training. For urgent breathing problems call 911. Refill requests can be sent through the portal.",
    ),
    Spec(
        phi=True,
        category="Lab order to outside lab for alpha-1 testing",
        notes="Named patient with DOB ordered alpha-1 antitrypsin genotype for early emphysema.",
        frm="Dr. Sanjay Mehta <smehta@granitebaypulm.com>",
        to="clientservices@sierralabs.com",
        subject="Add-on request",
        body="Please add alpha-1 antitrypsin level and Pi phenotype to accession SL-448102 (Andrew Kowalczyk, DOB 5/19/1986). Early panlobular emphysema, never smoker. Thanks."
        + SIG,
    ),
    Spec(
        phi=False,
        category="SSN-shaped order number to office supply vendor",
        notes="Hard negative: a purchase-order number formatted like an SSN, clearly labelled as a PO for toner.",
        frm="Operations <ops@granitebaypulm.com>",
        to="billing@capitalofficesupply.com",
        subject="Missing invoice for PO 402-61-7735",
        body="Hi, we received the toner cartridges but no invoice for our PO 402-61-7735 (Auburn office). Please resend. Thanks, Brenda",
    ),
    Spec(
        phi=True,
        category="Forwarded voicemail transcript about refill",
        notes="Hard positive: voicemail transcript names caller, callback number and montelukast/albuterol refill request.",
        frm="Front Office <frontdesk@granitebaypulm.com>",
        to="refills@placerpharmacy.com",
        subject="FW: voicemail 3/18 10:42",
        body="Can you check whether this went through on your end? Thanks.",
        forward=Spec(
            phi=True,
            category="(forwarded)",
            notes="(forwarded)",
            frm="Voicemail <voicemail@granitebaypulm.com>",
            to=f"frontdesk@{GBP}",
            subject="voicemail 3/18 10:42",
            body="Transcript: Hi this is Deborah Fenwick, date of birth June third 1962, I need a refill on my montelukast and my albuterol inhaler, the pharmacy says they never got it. Call me at 916-555-0163.",
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu vaccination compliance notice",
        notes="Hard negative: workforce notice about vaccination rate with no individual named.",
        frm="Employee Health <employeehealth@granitebaypulm.com>",
        to=f"allstaff@{GBP}",
        subject="Flu shot compliance at 94% - last call",
        body="We're at 94% staff flu vaccination. If you haven't turned in your declination or proof, please do so by Friday. Masks are required in clinical areas for anyone without a vaccine on file.",
    ),
    Spec(
        phi=True,
        category="Chest CT image snapshot to radiologist",
        notes="Hard positive: body says only 'second read'; the PNG file name carries patient name and the finding.",
        frm="Dr. Priya Raman <praman@granitebaypulm.com>",
        to="reads@capitolradiology.com",
        subject="second read?",
        body="Could you take a look at this slice? I think this is early UIP but want your opinion.",
        atts=(
            Att(
                "Ochoa_Beatriz_CT_chest_honeycombing_2026-03-10.png",
                "image/png",
                png(8, 8, (60, 60, 60)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Multi-sheet budget workbook to accountant",
        notes="Practice budget with payroll and equipment lines; no patients.",
        frm="Finance <finance@granitebaypulm.com>",
        to="cpa@foothillaccounting.com",
        subject="FY26 budget draft",
        body="Draft budget attached; sheet 3 is the sleep lab expansion capex.",
        atts=(
            Att(
                "fy26_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Revenue": [
                            ["Line", "FY25", "FY26 plan"],
                            ["Office visits", 2410000, 2550000],
                            ["Sleep lab", 1180000, 1390000],
                            ["PFT", 640000, 665000],
                        ],
                        "Expense": [
                            ["Line", "FY25", "FY26 plan"],
                            ["Payroll", 2890000, 3020000],
                            ["Rent", 310000, 322000],
                        ],
                        "Capex": [
                            ["Item", "Cost"],
                            ["Two new PSG beds", 84000],
                            ["Body box", 61000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Records release to attorney",
        notes="Records for a named patient (asbestosis workup) sent to a law firm under signed authorisation, in a zip.",
        frm="Health Information <records@granitebaypulm.com>",
        to="paralegal@hendersonmesothelioma-law.com",
        subject="Records request #R-2026-0311",
        body="Per the HIPAA authorization dated 2/26/2026, records for your client are attached (zip, 2 files). Invoice to follow."
        + SIG,
        atts=(
            Att(
                "R-2026-0311.zip",
                "application/zip",
                zipped(
                    {
                        "office_notes.txt": "Patient: Walter Grebe  DOB 08/30/1949\n2025-11-04 Dx: J61 pneumoconiosis due to asbestos; pleural plaques bilaterally on CT.\n2026-01-20 FVC 68% pred, DLCO 55%.\n",
                        "ct_report.txt": "CT chest 10/28/2025 - Walter Grebe: calcified pleural plaques, basilar reticulation.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Case report draft with fully de-identified patient",
        notes="Hard negative: journal case-report abstract describing 'a woman in her 40s' with no identifiers or dates.",
        frm="Dr. Ifeoma Okonjo <iokonjo@granitebaypulm.com>",
        to="editor@journalofclinsleep.org",
        subject="Abstract submission - idiopathic hypersomnia case",
        body=(
            "Dear Editor,\n\nPlease consider our abstract: 'A woman in her 40s presented with 14 hours of daily sleep despite adequate nighttime sleep. "
            "MSLT mean sleep latency was 6 minutes with no SOREMPs. Low-sodium oxybate improved her Epworth score from 19 to 8 over six months.' "
            "Consent for publication was obtained; no identifying details are included.\n\nIfeoma Okonjo, MD"
        ),
    ),
    Spec(
        phi=False,
        category="Clinic newsletter on CPAP cleaning recall",
        notes="Hard negative: general notice about a CPAP model recall with instructions; no individual.",
        frm="Granite Bay Pulmonary <news@granitebaypulm.com>",
        to="patients@lists.granitebaypulm.com",
        subject="Important: CPAP foam recall update",
        body="If you use a DreamFlow 3 series machine, check the serial number lookup on the manufacturer's recall site. Do not stop CPAP without talking to us. AirHaven will replace affected units at no cost.",
    ),
    Spec(
        phi=True,
        category="Docx consult note to primary care",
        notes="Consult note docx names patient with chronic cough workup and GERD/asthma assessment.",
        frm="Teresa Vallejo NP <tvallejo@granitebaypulm.com>",
        to="drlee@auburnfamilymed.com",
        subject="Consult note",
        body="Dr. Lee, consult note attached. Thanks for the referral.\n\nTeresa Vallejo, NP (NPI: 1169149501)"
        + SIG,
        atts=(
            Att(
                "consult_note.docx",
                DOCX,
                docx(
                    [
                        "Granite Bay Pulmonary & Sleep - Consultation",
                        "Patient: Felicity Harwood   DOB: 01/23/1990",
                        "Reason: chronic cough x 5 months",
                        "Spirometry normal; methacholine challenge positive (PC20 2.1 mg/mL).",
                        "Assessment: cough-variant asthma; possible GERD contribution.",
                        "Plan: budesonide/formoterol 160/4.5 two puffs BID, omeprazole trial, recheck 8 weeks.",
                    ]
                ),
            ),
        ),
    ),
]
