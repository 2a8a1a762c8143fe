"""Outbound mail of Great Prairie Donor Network, an organ procurement organisation (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nGreat Prairie Donor Network\n24-hour referral line 402-555-0150\nwww.greatprairiedonor.org"
)

_SEROLOGY_XLSX = xlsx(
    {
        "Serology": [
            [
                "Donor",
                "GPDN case",
                "DOB",
                "Recovery date",
                "HIV NAT",
                "HBV NAT",
                "HCV NAT",
                "HBcAb",
                "Syphilis",
            ],
            [
                "Thorsen, Lyle A",
                "26-0401",
                "05/17/1971",
                "03/08/2026",
                "NR",
                "NR",
                "NR",
                "NR",
                "NR",
            ],
            [
                "Ambrose, Kellie J",
                "26-0405",
                "11/29/1988",
                "03/10/2026",
                "NR",
                "NR",
                "R",
                "NR",
                "NR",
            ],
        ],
        "Tissue recovered": [
            ["GPDN case", "Tissue", "Recovered by"],
            ["26-0401", "Bilateral corneas, skin, femurs", "GPDN tissue team 2"],
            ["26-0405", "Corneas only (HCV NAT reactive)", "GPDN tissue team 1"],
        ],
    }
)

_HLA_HL7 = (
    "MSH|^~\\&|GPDN_HLA|GREATPRAIRIE|SCT_LIS|SUMMITCREST|202603120412||ORU^R01|GPH0312041|P|2.5.1\r"
    "PID|1||26-0412^^^GPDN^DN||OYELARAN^BABATUNDE^||19850322|M\r"
    "OBR|1|||HLATYPE^Donor HLA typing|||20260312\r"
    "OBX|1|ST|HLA-A^HLA-A||A*02:01, A*30:01||||||F\r"
    "OBX|2|ST|HLA-B^HLA-B||B*44:02, B*53:01||||||F\r"
    "OBX|3|ST|HLA-DRB1^HLA-DRB1||DRB1*11:01, DRB1*15:03||||||F\r"
    "OBX|4|ST|ABO^ABO||O POS||||||F\r"
)

_DEATH_REVIEW_XLSX = xlsx(
    {
        "Deaths Feb": [
            [
                "Hospital MRN",
                "Patient",
                "Age",
                "Unit",
                "Date of death",
                "Vent",
                "Referred",
                "Timely",
                "Outcome",
            ],
            [
                "M2290471",
                "Fenwick, Doris",
                77,
                "MICU",
                "02/04/2026",
                "Y",
                "Y",
                "Y",
                "Ruled out - age/sepsis",
            ],
            [
                "M2291830",
                "Quintero, Javier",
                49,
                "Neuro ICU",
                "02/09/2026",
                "Y",
                "Y",
                "N (4h late)",
                "Donor - DCD",
            ],
            [
                "M2288012",
                "Lusk, Harold",
                63,
                "CVICU",
                "02/17/2026",
                "Y",
                "N",
                "N",
                "Missed referral",
            ],
        ],
        "Summary": [
            ["Measure", "Value"],
            ["Ventilated deaths", 3],
            ["Referral rate", "67%"],
            ["Timely", "33%"],
        ],
    }
)

_SCORECARD_XLSX = xlsx(
    {
        "By hospital": [
            ["Hospital", "Ventilated deaths", "Timely referral %", "Conversion %", "Donors 2025"],
            ["St. Brigid Medical Center", 412, 96, 74, 31],
            ["Platte Valley Regional", 198, 91, 68, 12],
            ["Loup River Community", 41, 83, 50, 2],
        ],
        "Trend": [
            ["Quarter", "Network timely referral %"],
            ["Q2 2025", 90],
            ["Q3 2025", 92],
            ["Q4 2025", 94],
        ],
    }
)

_INVOICE_PDF = pdf(
    [
        "GREAT PRAIRIE DONOR NETWORK - ORGAN ACQUISITION INVOICE",
        "Invoice GPDN-INV-2603-118     Date 03/13/2026",
        "Bill to: Summit Crest Transplant Institute, Organ Acquisition Cost Center",
        "Donor: UNOS ID AGKC219 / GPDN case 26-0398 (male, 34, DBD, St. Brigid Medical Center)",
        "Organ: left kidney, transplanted 03/07/2026",
        "Standard acquisition charge (kidney)          $41,750.00",
        "Pumping / machine perfusion                     $2,300.00",
        "Total due                                      $44,050.00",
        "Remit to GPDN, 1200 Dodge St, Omaha NE. Terms net 30.",
    ],
    "Organ acquisition invoice",
)

_HUDDLE_PDF = pdf(
    [
        "GREAT PRAIRIE DONOR NETWORK - CLINICAL TRIGGERS FOR REFERRAL (HUDDLE CARD)",
        "Call 402-555-0150 within 1 hour when a ventilated patient has ANY of:",
        "  - GCS 5 or less, or loss of one or more brainstem reflexes",
        "  - Family or team is discussing withdrawal of life-sustaining therapy",
        "  - Brain death testing is being considered",
        "Do not approach families about donation - GPDN requesters do this together with you.",
        "Referral is required by CMS Conditions of Participation 42 CFR 482.45.",
    ],
    "Referral triggers huddle card",
)

_METRICS_CSV = (
    "Metric,2023,2024,2025,CMS tier threshold\r\n"
    "Donation rate per 100 deaths,11.2,12.6,13.9,12.8\r\n"
    "Transplant rate per 100 deaths,36.4,39.0,42.3,41.5\r\n"
    "Organs transplanted,1044,1121,1190,\r\n"
    "Donors,351,379,412,\r\n"
)

_BRAIN_DEATH_DOCX = docx(
    [
        "Great Prairie Donor Network - Model Hospital Policy: Determination of Death by Neurologic Criteria",
        "Based on the 2023 AAN/AAP/CNS/SCCM consensus guideline.",
        "Prerequisites: known irreversible cause; normothermia; SBP >= 100; no confounding drugs.",
        "Documentation template fields: Patient Name ____ MRN ____ Date/Time of first exam ____ Examiner ____",
        "Apnea test: PaCO2 >= 60 and >= 20 above baseline.",
        "The OPO does not participate in the determination of death.",
    ]
)

_TABLETOP_DOCX = docx(
    [
        "GPDN EMERGENCY PREPAREDNESS TABLETOP - FICTIONAL SCENARIO (TRAINING ONLY)",
        "Scenario: a tornado closes the Omaha office during an active case. The fictional donor 'Alex Testcase, 40s' is at a fictional hospital 'Example General'.",
        "All names, numbers and facilities in this exercise are invented. Do not enter them in DonorNet or iTransplant.",
        "Objectives: continuity of operating-room coordination, phone tree, backup lab.",
        "Inject 1 (09:15): main phone system down. Inject 2 (09:40): courier vehicle delayed 2 h.",
    ]
)

_CASE_ZIP = zipped(
    {
        "26-0398_CT_chest_report.txt": "CT CHEST W/O CONTRAST  Pt: CALLOWAY, RHETT  MRN M2287719  DOB 06/01/1991\r\nImpression: bibasilar atelectasis, no mass, no contusion.\r\n",
        "26-0398_echo_report.txt": "ECHO  Pt: CALLOWAY, RHETT  EF 60-65%, no wall-motion abnormality, no PFO.\r\n",
        "26-0398_bronch.txt": "Bronchoscopy 03/06/2026: mild secretions RLL, BAL sent for culture.\r\n",
    }
)

_ASSETS_ZIP = zipped(
    {
        "DonateLife_April_banner.png": png(8, 2, (0, 102, 178)),
        "radio_spot_30s.txt": "Say yes at the DMV. One donor can save up to eight lives. Register at greatprairiedonor.org.\r\n",
        "social_posts.txt": "Post 1: April is National Donate Life Month. #DonateLife\r\nPost 2: Blue & Green Day is April 17.\r\n",
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="referral acknowledgement to ICU with patient details",
        notes="Acknowledges a donor referral naming the ventilated ICU patient with age, bed, GCS and neurological status.",
        frm="Referral Center <referrals@greatprairiedonor.org>",
        to="micu.charge@stbrigidmed.org",
        subject="Referral 26-0419 received - coordinator en route",
        body=(
            "Thank you for the referral at 03:12.\n\nPatient: Harold Vincent Simms, 58 M, MICU bed 12\n"
            "Reported: GCS 3T, fixed pupils, off sedation 6 h, CT with diffuse SAH\n\nOur coordinator, Renata Vail, "
            "will arrive by 05:00. Please do not discuss donation with the family before she arrives; continue "
            "current care and notify us of any change in status or plans for withdrawal." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="donor summary by UNOS ID to transplant centre",
        notes="Hard positive: no name, but the UNOS donor ID with age, blood type, cause of death and lab values is a unique identifier tied to health data.",
        frm="Organ Placement <placement@greatprairiedonor.org>",
        to="kidneytx@summitcresttransplant.org",
        subject="Offer follow-up AGKC219",
        body=(
            "Follow-up to the DonorNet offer for AGKC219: 34 yo M, O+, DBD, anoxia after overdose (PHS increased "
            "risk). Terminal Cr 1.1 (peak 1.9), UA clean, HCV Ab pos / NAT neg. Right kidney biopsy: 2% glomerulosclerosis. "
            "OR is set for 14:00 CT. Please respond on the offer within 45 minutes.\n\nKai Rutherford, Placement"
        ),
    ),
    Spec(
        phi=True,
        category="donor family thank-you letter to widow",
        notes="Letter to widow's gmail naming her deceased husband and which organs he donated.",
        frm="Family Aftercare <aftercare@greatprairiedonor.org>",
        to="karen.ostrowski61@gmail.com",
        subject="With gratitude for Michael's gift",
        body=(
            "Dear Karen,\n\nOn behalf of everyone at Great Prairie Donor Network, thank you for honouring Michael "
            "Ostrowski's decision to be a donor. His kidneys and liver were transplanted into three recipients, "
            "and his corneas will restore sight to two more people. We will share any letters the recipients choose "
            "to write.\n\nWith deepest sympathy,\nHelen Morrow\nFamily Aftercare Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="medical examiner coordination with SSN",
        notes="Message to county medical examiner naming the decedent with SSN, ME case number, cause of injury and which organs may be recovered.",
        frm="Organ Recovery Coordinator <recovery@greatprairiedonor.org>",
        to="investigators@douglascountyme.org",
        subject="ME case 26-0388 - release status",
        body=(
            "Investigator Cho,\n\nConfirming our call: decedent Tyrell Banks, SSN 271-09-4418, ME case 26-0388, GSW "
            "to the head. Dr. Pike releases heart, lungs, liver and kidneys; no cornea or skin recovery; photos of the "
            "chest and abdomen before incision. Recovery OR at 16:00 at St. Brigid.\n\nMarcus Ellery, CPTC"
        ),
    ),
    Spec(
        phi=True,
        category="donor serology workbook to tissue bank",
        notes="Hard positive: multi-sheet workbook with donors' names, birth dates, recovery dates and infectious-disease results; body says only 'per our agreement'.",
        frm="Tissue Services <tissue@greatprairiedonor.org>",
        to="qa@heartlandtissuebank.org",
        subject="Results for this week's recoveries",
        body="Per our agreement, attached. One reactive - see sheet 2 for what was recovered.",
        atts=(Att("serology_wk11.xlsx", XLSX, _SEROLOGY_XLSX),),
    ),
    Spec(
        phi=True,
        category="donor HLA typing HL7 to transplant lab",
        notes="Hard positive: the body is about a file drop; the HL7 ORU names the donor with birth date, case number and HLA typing.",
        frm="GPDN Histocompatibility Lab <hlalab@greatprairiedonor.org>",
        to="hla@summitcresttransplant.org",
        subject="resend - typing file",
        body="Your LIS didn't pick up the 04:12 file, resending as attachment.",
        atts=(Att("hla_26-0412.hl7", "application/hl7-v2", _HLA_HL7),),
    ),
    Spec(
        phi=True,
        category="terse DCD evaluation page with initials and MRN",
        notes="Hard positive: terse coordinator note with patient initials, age, sex, hospital room, MRN and anoxic injury for DCD evaluation.",
        frm="On-call Coordinator <oncall@greatprairiedonor.org>",
        to="teamlead@greatprairiedonor.org",
        cc="house.supervisor@stbrigidmed.org",
        subject="DCD eval tonight",
        body="SM 61F anoxic post-arrest, St. Brigid CVICU rm 4, MRN M2293305. Fam at bedside 1400, WLST discussed, pt not registered. Need 2nd coord for family approach. -RV",
    ),
    Spec(
        phi=True,
        category="recipient letter forwarded to donor family",
        notes="Hard positive: sent to donor mother's mailbox using the deceased son's first name 'Danny' and his kidney donation; the forwarded recipient letter is attached.",
        frm="Family Aftercare <aftercare@greatprairiedonor.org>",
        to="debra.kolb.ne@yahoo.com",
        subject="A letter for you",
        body=(
            "Dear Debra,\n\nA man who received one of Danny's kidneys last spring has written to you. We reviewed "
            "it so it contains no identifying details about him, as our policy requires. It is attached below. "
            "If you would like to write back, you can send your letter to me.\n\nHelen"
        ),
        forward=Spec(
            phi=False,
            category="recipient letter",
            notes="forwarded",
            frm="Family Aftercare <aftercare@greatprairiedonor.org>",
            to="aftercare@greatprairiedonor.org",
            subject="Recipient letter (screened)",
            body="To my donor's family: I am a father of two and I was on dialysis for six years. Since the transplant I coached my daughter's softball team. I think about your son every day. Thank you.",
        ),
    ),
    Spec(
        phi=True,
        category="organ acquisition invoice pdf",
        notes="Hard positive: no donor name; the invoice PDF ties the donor's UNOS ID and case number to age, donation type, hospital and transplant date.",
        frm="Accounts Receivable <ar@greatprairiedonor.org>",
        to="organacquisition@summitcresttransplant.org",
        subject="Invoice GPDN-INV-2603-118 (case 26-0398)",
        body="Attached is the acquisition invoice for the left kidney from case 26-0398 (UNOS AGKC219). Please reference the invoice number on remittance.\n\nAccounts Receivable",
        atts=(Att("GPDN-INV-2603-118.pdf", "application/pdf", _INVOICE_PDF),),
    ),
    Spec(
        phi=True,
        category="eye bank referral with time of death",
        notes="Notifies the eye bank of a named decedent with time of death, cause and location for cornea recovery.",
        frm="Referral Center <referrals@greatprairiedonor.org>",
        to="oncall@plainseyebank.org",
        subject="Cornea referral - Platte Valley",
        body="Cornea-only referral: Edwin Mahler, 82 M, died 03/13 at 02:40 at Platte Valley Regional, 3 South room 318, cause CHF exacerbation. Family (daughter Ruth, 402-555-0181) verbally authorised; body in morgue, eyes taped & iced at 03:10.",
    ),
    Spec(
        phi=True,
        category="donor-derived infection notice naming recipient",
        notes="Disease-transmission alert naming a kidney recipient, his transplant date and the donor's reactive HBV NAT.",
        frm="Quality & Patient Safety <quality@greatprairiedonor.org>",
        to="txquality@summitcresttransplant.org",
        subject="Potential donor-derived disease transmission - case 26-0412",
        body=(
            "Summit Crest Quality,\n\nPost-recovery testing on donor 26-0412 returned HBV NAT REACTIVE (03/13, "
            "confirmed). Your center transplanted the left kidney into Kurt Hallstrom on 03/12. Please notify the "
            "recipient's physician, begin HBV monitoring per OPTN policy 15, and report to the Patient Safety "
            "Portal within 24 hours.\n\nQuality & Patient Safety, GPDN"
        ),
    ),
    Spec(
        phi=True,
        category="donor registry match to hospital",
        notes="Confirms that a named ICU patient with date of birth is on the donor registry, linking her to current critical care.",
        frm="Referral Center <referrals@greatprairiedonor.org>",
        to="neuroicu@plattevalleyregional.org",
        subject="Registry search result",
        body="Per your request: Jolene Marsh, DOB 02/02/1987, neuro ICU bed 6, IS registered as a donor (Nebraska DMV, 2014). Please do not share with the family until our coordinator arrives; she will hold the conversation with you.",
    ),
    Spec(
        phi=True,
        category="hospital death record review workbook",
        notes="Multi-sheet death-record review listing hospital MRNs, patient names, ages and dates of death with referral outcomes.",
        frm="Hospital Services <hospitalservices@greatprairiedonor.org>",
        to="quality@crestviewmedicalcenter.org",
        subject="February death record review - Crestview",
        body="Hi Dana, attached is the February death record review. One missed referral (CVICU 2/17); let's debrief at our monthly meeting.\n\nHospital Services Liaison",
        atts=(Att("Crestview_DRR_Feb2026.xlsx", XLSX, _DEATH_REVIEW_XLSX),),
    ),
    Spec(
        phi=True,
        category="anniversary note to donor mother",
        notes="Hard positive: first names only - mother Rosalind and son Ethan - with the anniversary of his donation, to her hotmail.",
        frm="Helen Morrow <hmorrow@greatprairiedonor.org>",
        to="rosalind.vanek@hotmail.com",
        subject="Thinking of you",
        body="Dear Rosalind,\n\nI know next week marks one year since Ethan's donation. We are holding a remembrance evening for donor families on the 26th; you would be most welcome, and so would your girls. No need to reply if it's too much right now.\n\nWarmly,\nHelen",
    ),
    Spec(
        phi=True,
        category="family conference calendar invite",
        notes="Calendar invite naming the patient for a family conference about donation and withdrawal of care.",
        frm="Family Services <familyservices@greatprairiedonor.org>",
        to="palliative@stbrigidmed.org",
        subject="Family conference - Warsame",
        body="Family conference for Mr. Abdi Warsame (Neuro ICU 14) with his brothers and the imam, to discuss the brain death results and donation. Somali interpreter booked.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GPDN//Family Services//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:famconf-warsame-0313@greatprairiedonor.org\r\nDTSTAMP:20260313T120000Z\r\n"
            "DTSTART:20260313T200000Z\r\nDTEND:20260313T210000Z\r\nSUMMARY:Family conference - Abdi Warsame\r\n"
            "LOCATION:St. Brigid Neuro ICU family room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR donor observations from EHR pull",
        notes="Hard positive: body is about a mapping test; the FHIR bundle carries the donor's name, hospital MRN and creatinine/ABG values.",
        frm="Clinical Systems <clinicalsystems@greatprairiedonor.org>",
        to="support@donorlinkintegrations.com",
        subject="mapping issue on Observation.valueQuantity",
        body="The attached bundle (from last night's case, BAA on file) fails your parser at entry 2. Please fix by Monday; we need the units to carry over.",
        atts=(
            Att(
                "case_26-0417_obs.json",
                "application/fhir+json",
                (
                    '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                    ' {"resource": {"resourceType": "Patient", "id": "d1", "identifier": [{"system": "urn:stbrigid:mrn", "value": "M2294410"}],\n'
                    '   "name": [{"family": "Caraway", "given": ["Lorna"]}], "gender": "female", "birthDate": "1979-12-08"}},\n'
                    ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Creatinine"},\n'
                    '   "subject": {"reference": "Patient/d1"}, "valueQuantity": {"value": 1.7, "unit": "mg/dL"}}},\n'
                    ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "PaO2 on FiO2 100%"},\n'
                    '   "subject": {"reference": "Patient/d1"}, "valueQuantity": {"value": 412, "unit": "mmHg"}}}\n]}\n'
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="donor case packet zip to transplant centre",
        notes="Hard positive: identifiers (name, MRN, birth date) appear only inside the zipped imaging reports of the donor.",
        frm="Organ Placement <placement@greatprairiedonor.org>",
        to="livertx@summitcresttransplant.org",
        subject="26-0398 additional docs",
        body="Additional documents you asked for on 26-0398 (CT chest, echo, bronch).",
        atts=(Att("26-0398_docs.zip", "application/zip", _CASE_ZIP),),
    ),
    Spec(
        phi=True,
        category="HTML case outcome letter to hospital",
        notes="HTML-only case outcome letter to the hospital naming the donor, date of death and organs transplanted.",
        frm="Hospital Services <hospitalservices@greatprairiedonor.org>",
        to="cno@plattevalleyregional.org",
        subject="Donation outcome - thank you, 3 South and ICU teams",
        body="",
        html=(
            "<html><body><p>Dear Ms. Garrity,</p><p>Thanks to your teams, <b>Javier Quintero</b>, who died on "
            "02/09/2026 in your Neuro ICU, became a donor after circulatory death. His liver and both kidneys were "
            "transplanted; his corneas and skin were recovered for tissue.</p>"
            "<p>Please share our gratitude with the nurses who cared for him and his family.</p>"
            "<p>Great Prairie Donor Network, Hospital Services</p></body></html>"
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="HTML annual impact newsletter",
        notes="Hard negative: HTML-only annual report with aggregate donor and organ counts and disease mentions; no individual.",
        frm="Great Prairie Donor Network <news@greatprairiedonor.org>",
        to="partners-list@greatprairiedonor.org",
        subject="2025 in numbers: 412 donors, 1,190 lives",
        body="",
        html=(
            "<html><body><h1>2025 Impact</h1><ul><li>412 organ donors</li><li>1,190 organs transplanted</li>"
            "<li>2,870 tissue donors</li><li>Average donor age 41; 27% of donors after circulatory death</li></ul>"
            "<p>Recipients included people living with heart failure, cirrhosis, cystic fibrosis and kidney failure.</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="hospital referral scorecard workbook",
        notes="Hard negative: per-hospital aggregate referral and conversion rates; no patient rows.",
        frm="Hospital Services <hospitalservices@greatprairiedonor.org>",
        to="donationcouncil@stbrigidmed.org",
        subject="Q4 donation scorecard",
        body="Attached is the Q4 scorecard for the donation council. St. Brigid again led the network in timely referral.",
        atts=(Att("Q4_2025_scorecard.xlsx", XLSX, _SCORECARD_XLSX),),
    ),
    Spec(
        phi=False,
        category="HTML registry campaign email",
        notes="Marketing e-mail encouraging donor registration; no health information about anyone.",
        frm="Donate Life Great Prairie <register@greatprairiedonor.org>",
        to="campaign-list@greatprairiedonor.org",
        subject="60 seconds. Up to 8 lives.",
        body="",
        html=(
            "<html><body><h2>Say yes to donation</h2><p>Registering takes 60 seconds and can save up to eight lives "
            "and heal 75 more.</p><p><a href='https://greatprairiedonor.org/register'>Register now</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="organ recovery coordinator job posting",
        notes="Hard negative: job description with clinical donor-management duties; no individual.",
        frm="People & Culture <jobs@greatprairiedonor.org>",
        to="postings@nebraskahealthcareers.org",
        subject="Now hiring: Organ Recovery Coordinator",
        body="ORGAN RECOVERY COORDINATOR (Omaha, on-call rotation)\nEvaluate potential donors, manage hemodynamics and ventilation after brain death, coordinate DCD withdrawals in the OR, run donor labs and serologies, allocate via DonorNet. RN/paramedic with ICU or ED experience. Salary $92-118k plus call pay.",
    ),
    Spec(
        phi=False,
        category="volunteer ambassador schedule",
        notes="Volunteer event schedule to a volunteer's personal mailbox; no health information.",
        frm="Volunteer Services <volunteers@greatprairiedonor.org>",
        to="maggie.trudeau@gmail.com",
        subject="Your April ambassador shifts",
        body="Hi Maggie! You're confirmed for the DMV lobby table at 108th & Fort on April 4 (10-1) and the Creighton health fair on April 18 (9-12). T-shirts and brochures will be in the bin at the front desk.\n\nThanks for all you do,\nVolunteer Services",
    ),
    Spec(
        phi=False,
        category="model brain death policy docx",
        notes="Hard negative: model hospital policy on brain death determination with blank template fields (Patient Name ____ MRN ____).",
        frm="Clinical Education <education@greatprairiedonor.org>",
        to="policy@loupriverhealth.org",
        subject="Model policy you asked about",
        body="Hi Teresa, here is our model neurologic-death policy updated to the 2023 guideline. Adapt freely for your medical staff committee.",
        atts=(Att("Model_DNC_Policy_2026.docx", DOCX, _BRAIN_DEATH_DOCX),),
    ),
    Spec(
        phi=False,
        category="fictional tabletop exercise scenario",
        notes="Hard negative: emergency-preparedness exercise with an explicitly fictional donor and hospital.",
        frm="Emergency Preparedness <preparedness@greatprairiedonor.org>",
        to="coordinators@greatprairiedonor.org",
        cc="emergencymgmt@stbrigidmed.org",
        subject="Tabletop exercise packet - Wed 3/25",
        body="Packet for next week's tabletop is attached. Everything in the scenario is fictional; please don't enter any of it into production systems.",
        atts=(Att("tabletop_scenario.docx", DOCX, _TABLETOP_DOCX),),
    ),
    Spec(
        phi=False,
        category="Donate Life flag raising invite",
        notes="Public ceremony calendar invite for hospital partners; no individual named.",
        frm="Community Relations <community@greatprairiedonor.org>",
        to="publicrelations@plattevalleyregional.org",
        subject="Donate Life flag raising - April 1",
        body="Join us for the Donate Life flag raising at your campus. Hospital leaders and donor families are welcome; we'll bring the flag and programme.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GPDN//Community//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:flag-0401-pvr@greatprairiedonor.org\r\nDTSTAMP:20260313T120000Z\r\n"
            "DTSTART:20260401T150000Z\r\nDTEND:20260401T160000Z\r\nSUMMARY:Donate Life flag raising\r\n"
            "LOCATION:Platte Valley Regional main entrance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="referral triggers huddle card pdf",
        notes="Hard negative: clinical trigger card (GCS, withdrawal discussions) for hospital staff; no patient.",
        frm="Clinical Education <education@greatprairiedonor.org>",
        to="nursingeducation@crestviewmedicalcenter.org",
        subject="Huddle card for ICU and ED",
        body="Please print the attached card for the ICU and ED huddle boards. We'll do a 10-minute in-service on each shift the week of 3/30.",
        atts=(Att("referral_triggers_card.pdf", "application/pdf", _HUDDLE_PDF),),
    ),
    Spec(
        phi=False,
        category="CMS OPO performance metrics csv",
        notes="Hard negative: OPO-level donation and transplant rates over three years against CMS tier thresholds; aggregate only.",
        frm="Executive Office <ceo@greatprairiedonor.org>",
        to="board@greatprairiedonor.org",
        subject="CMS metrics trend for Friday's board meeting",
        body="Board members - the three-year trend against the CMS thresholds is attached. We remain Tier 1 on transplant rate.",
        atts=(Att("cms_metrics_trend.csv", "text/csv", _METRICS_CSV),),
    ),
    Spec(
        phi=False,
        category="laptop and MFA rollout notice",
        notes="IT notice about new coordinator laptops and multi-factor authentication; no health information.",
        frm="IT <it@greatprairiedonor.org>",
        to="coordinators@greatprairiedonor.org",
        subject="New laptops + MFA for DonorNet",
        body="New laptops are ready for pickup. From 4/1, DonorNet and iTransplant require the authenticator app; bring your phone when you pick up. Old devices must be returned within 5 days.",
    ),
    Spec(
        phi=False,
        category="charter flight invoice dispute",
        notes="Hard negative: aviation vendor billing dispute with flight legs and times; no donor or recipient identifiers.",
        frm="Logistics <logistics@greatprairiedonor.org>",
        to="billing@heartlandaircharter.com",
        subject="Invoice 88213 - wait time",
        body="Hello, invoice 88213 (OMA-DEN-OMA, 3/12) bills 4.5 h of wait time; our log shows wheels up from DEN at 02:10, which is 2.0 h. Please reissue.\n\nLogistics",
    ),
    Spec(
        phi=False,
        category="medical director credentialing with NPI and DEA",
        notes="Hard negative: clinician credentialing details (NPI, DEA, specialty) sent to a hospital's medical staff office; no patient.",
        frm="Medical Director Office <mdoffice@greatprairiedonor.org>",
        to="medstaff@stbrigidmed.org",
        subject="Reappointment packet - Dr. Elena Marchetti",
        body="Hello Medical Staff Office,\n\nFor Dr. Elena Marchetti's courtesy-staff reappointment: board certified in critical care and pulmonology; NPI 1360045748; DEA FM7164584 (exp. 08/2027); Nebraska licence current. CV and CME log to follow.\n\nMedical Director Office",
    ),
    Spec(
        phi=False,
        category="staff pertussis exposure notice",
        notes="Hard negative: workplace health notice about a pertussis case in the office without naming the employee.",
        frm="Employee Health <employeehealth@greatprairiedonor.org>",
        to="omahaoffice@greatprairiedonor.org",
        subject="Pertussis exposure - Omaha office 2nd floor",
        body="A staff member on the 2nd floor has confirmed pertussis. If you sat on that floor 3/2-3/10, watch for cough for 21 days; prophylaxis is offered to everyone and is free. Please don't speculate about who it is.",
    ),
    Spec(
        phi=False,
        category="donor recognition ceremony announcement",
        notes="Announcement of an upcoming donor recognition ceremony with no donor named.",
        frm="Family Aftercare <aftercare@greatprairiedonor.org>",
        to="chaplaincy@stbrigidmed.org",
        subject="Save the date: Celebration of Life, June 6",
        body="Our annual Celebration of Life ceremony is June 6 at the Holland Center. Chaplains and unit staff are invited to walk with donor families in the procession. Details in May.",
    ),
    Spec(
        phi=False,
        category="de-identified conference abstract",
        notes="Hard negative: de-identified case abstract (age decade, year only, no place, names or record numbers) sent to a co-author.",
        frm="Dr. Elena Marchetti <emarchetti@greatprairiedonor.org>",
        to="jpark@unmc-criticalcare.edu",
        subject="abstract draft v3",
        body="Jae, v3 below. I removed the hospital, month and exact age.\n\n'A donor in his 40s (2025) with severe neurogenic pulmonary edema was managed with lung-protective ventilation and recruitment; P/F ratio improved from 140 to 390 over 18 h, and both lungs were transplanted. We describe the protocol.'\n\nE.",
    ),
    Spec(
        phi=False,
        category="foundation grant progress report",
        notes="Grant report with aggregate outreach numbers; no individual.",
        frm="Development <development@greatprairiedonor.org>",
        to="grants@prairiehealthfoundation.org",
        subject="Interim report - Rural Registry Project",
        body="Interim results: 41 rural county events, 3,912 new registrations (up 18%), Spanish materials reached 22 congregations. Full financial report due 6/30.",
    ),
    Spec(
        phi=False,
        category="classroom speaker request reply",
        notes="Reply to a teacher's personal mailbox about a speaker for a health class; no health information about anyone.",
        frm="Community Relations <community@greatprairiedonor.org>",
        to="mr.okafor.teaches@gmail.com",
        subject="RE: speaker for health class",
        body="Hi Mr. Okafor,\n\nWe'd be glad to send a speaker to your 11th-grade health classes on April 22. The talk covers how donation works and myths; about 40 minutes plus questions. Please confirm the bell schedule.\n\nCommunity Relations",
    ),
    Spec(
        phi=False,
        category="marketing assets zip and logo png to agency",
        notes="Campaign assets (banner, radio script, social posts) and a logo image sent to an ad agency; no individual.",
        frm="Marketing <marketing@greatprairiedonor.org>",
        to="studio@bluestemcreative.com",
        subject="April assets for the agency",
        body="Files for the April campaign attached, plus the logo PNG. Please keep the blue at Pantone 301.",
        atts=(
            Att("april_assets.zip", "application/zip", _ASSETS_ZIP),
            Att("gpdn_logo.png", "image/png", png(4, 4, (0, 102, 178))),
        ),
    ),
]
