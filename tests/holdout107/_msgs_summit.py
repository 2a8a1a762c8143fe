"""Summit Oral & Maxillofacial Surgery outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nSummit Oral & Maxillofacial Surgery\n2250 Ridgecrest Pkwy, Madison WI\n"
    "Tel (608) 555-0172 | Fax (608) 555-0173\n"
    "CONFIDENTIALITY: This message may contain privileged information. If you received it in error, delete it and notify the sender."
)

HL7_ORU = (
    "MSH|^~\\&|SOMS|SUMMIT|RCHDENT|RIVERBEND|202603181530||ORU^R01|SOM0318-12|P|2.5.1\r"
    "PID|1||SO-228417^^^SOMS^MR||PETTIBONE^RAYMOND^L||19670914|M\r"
    "OBR|1||PATH-26-00913|88305^Tissue exam^CPT|||20260317\r"
    "OBX|1|TX|22637-3^Path report.final diagnosis^LN||Left lateral tongue, incisional biopsy: moderate epithelial dysplasia, no invasive carcinoma identified.||||||F\r"
)

FHIR_APPT = """{
  "resourceType": "Appointment",
  "id": "som-apt-7781",
  "status": "booked",
  "serviceType": [{"text": "Consult - dental implants"}],
  "start": "2026-03-24T14:00:00-05:00",
  "participant": [
    {"actor": {"reference": "Patient/so-231150", "display": "Gwendolyn Achterberg"}, "status": "accepted"},
    {"actor": {"reference": "Practitioner/som-rpatel", "display": "Rajesh Patel DDS MD"}, "status": "accepted"}
  ],
  "comment": "Failing #8 root fracture; on alendronate 6 yrs - discuss MRONJ risk"
}
"""

FHIR_DIRECTORY = """{
  "resourceType": "Practitioner",
  "id": "som-rpatel",
  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1973646395"}],
  "name": [{"family": "Patel", "given": ["Rajesh"], "suffix": ["DDS", "MD"]}],
  "qualification": [{"code": {"text": "Oral and Maxillofacial Surgery"}}],
  "telecom": [{"system": "phone", "value": "(608) 555-0172"}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Biopsy pathology result letter to referring dentist",
        notes="Hard positive: cover note says only 'path back'; patient name, MRN and dysplasia diagnosis are in the attached HL7 ORU.",
        frm="Rajesh Patel DDS MD <rpatel@summitoralsurgery.com>",
        to="aosei@riverbendchc.org",
        subject="path back on your tongue pt",
        body="Anika - path back, attached. Not cancer but needs close follow-up and he has to quit smoking. I'll see him in 2 wks.\nRaj",
        atts=(Att("ORU_PATH-26-00913.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=False,
        category="Surgeon directory FHIR Practitioner to health plan",
        notes="Hard negative: FHIR Practitioner resource with surgeon NPI and specialty for a provider directory; no patient.",
        frm="Credentialing <credentialing@summitoralsurgery.com>",
        to="providerdata@badgercaremco.com",
        subject="Directory update - Dr. Patel",
        body="Updated Practitioner resource for your directory feed. NPI 1973646395 unchanged; new phone.",
        atts=(Att("Practitioner_rpatel.json", "application/fhir+json", FHIR_DIRECTORY),),
    ),
    Spec(
        phi=True,
        category="Implant consult appointment FHIR to scheduling vendor",
        notes="FHIR Appointment naming patient, implant consult and bisphosphonate history sent to an outside scheduling platform.",
        frm="Summit Scheduling <scheduling@summitoralsurgery.com>",
        to="api-support@bookwellscheduling.com",
        subject="Appointment payload failing validation",
        body="This Appointment resource gets a 422 from your endpoint. Can you tell us which field is wrong?",
        atts=(Att("apt_7781.json", "application/fhir+json", FHIR_APPT),),
    ),
    Spec(
        phi=True,
        category="Wisdom teeth pre-op instructions to parent",
        notes="Mother's gmail; names teen daughter, sedation time and pre-op fasting.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="heather.brandt.home@gmail.com",
        subject="Sophie's surgery Friday - pre-op instructions",
        body=(
            "Hi Heather,\n\nSophie is scheduled Friday March 20 at 7:30 am for removal of all four wisdom "
            "teeth under IV sedation with Dr. Nguyen. Nothing to eat or drink after midnight, she may take "
            "her sertraline with a sip of water. A parent must stay in the building.\n" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Generic wisdom teeth FAQ for website",
        notes="Hard negative: general pre-op/post-op FAQ text, no individual.",
        frm="Summit Oral Surgery <marketing@summitoralsurgery.com>",
        to="webteam@pixelpinedesign.com",
        subject="FAQ copy for the wisdom teeth page",
        body=(
            "Copy for the page:\n\nQ: How long is recovery after wisdom teeth removal?\nA: Most patients "
            "return to school or work in 3-4 days. Swelling peaks on day 2.\n\nQ: Can I take my regular "
            "medicines?\nA: Usually yes; bring a list. Tell us if you take blood thinners.\n\nQ: What is "
            "dry socket?\nA: A painful condition where the clot is lost, usually days 3-5."
        ),
    ),
    Spec(
        phi=True,
        category="Operative report PDF to referring dentist",
        notes="Op report PDF with patient name, DOB and procedures to referring general dentist.",
        frm="Dr. Linh Nguyen <lnguyen@summitoralsurgery.com>",
        to="office@cedarcrestdental.com",
        subject="Op note - your referral",
        body="Thank you for the referral. Operative note attached." + SIG,
        atts=(
            Att(
                "opnote_SO-229903.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY - OPERATIVE REPORT",
                        "Patient: Brook Kessler   DOB: 05/27/1992   MRN: SO-229903",
                        "Date: 03/16/2026   Surgeon: Linh Nguyen DDS",
                        "Procedure: D7240 removal of impacted #1, #16 (full bony); D7230 #17, #32",
                        "Anesthesia: local only (2nd trimester pregnancy, OB cleared)",
                        "EBL minimal. Dispo: home with companion. Acetaminophen only.",
                    ],
                    "Operative report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fee schedule PDF to dental office",
        notes="Fee schedule of procedure codes and prices; no patient.",
        frm="Summit Business Office <business@summitoralsurgery.com>",
        to="office@cedarcrestdental.com",
        subject="2026 self-pay fee schedule",
        body="For your front desk when patients ask about cost.",
        atts=(
            Att(
                "summit_selfpay_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY - 2026 SELF-PAY FEES",
                        "D7140 simple extraction ........ $195",
                        "D7240 full bony impaction ...... $485",
                        "D9239 IV sedation first 15 min . $320",
                        "D6010 implant body ............. $2,150",
                    ],
                    "Self-pay fees",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Controlled substance prescription clarification to pharmacy",
        notes="Pharmacy message with patient name, DOB and oxycodone script; prescriber DEA present.",
        frm="Dr. Linh Nguyen <lnguyen@summitoralsurgery.com>",
        to="rx@ridgecrestpharmacy.com",
        subject="Re: clarification on script",
        body=(
            "Yes, I wrote it. Sofia Marchetti, DOB 01/22/1985: oxycodone 5 mg, #8, 1 q6h prn severe pain "
            "after bilateral mandibular third molar removal. No refills. DEA BN9076185, NPI 1336575679.\n\nDr. Nguyen"
        ),
    ),
    Spec(
        phi=False,
        category="Opioid prescribing policy memo",
        notes="Hard negative: internal prescribing policy naming drugs and doses in general; no patient.",
        frm="Rajesh Patel DDS MD <rpatel@summitoralsurgery.com>",
        to="surgeons@summitoralsurgery.com",
        subject="Updated post-op analgesia protocol",
        body=(
            "Effective Monday: first-line ibuprofen 600 mg + acetaminophen 500 mg alternating. Opioids only "
            "for full bony impactions and no more than 8 tablets of oxycodone 5 mg. Check the PDMP before "
            "every controlled script. Exceptions need a note in the chart."
        ),
    ),
    Spec(
        phi=True,
        category="Medicare MBI in split-billing question to hospital",
        notes="Patient name with Medicare MBI and jaw fracture treatment to the hospital billing office.",
        frm="Summit Business Office <business@summitoralsurgery.com>",
        to="pfs@stmarysmadison.org",
        subject="Split billing - mandible fracture",
        body=(
            "Hi, for the mandible ORIF done at St. Mary's on 3/9 we need to coordinate professional vs facility "
            "claims. Patient Harold Eckstrom, MBI 4TJ7-WK2-MC85. Our CPT 21470 goes to Medicare Part B.\n\nThanks, Nadia"
        ),
    ),
    Spec(
        phi=False,
        category="Hospital call schedule",
        notes="Surgeon on-call rota for hospital; workforce names only.",
        frm="Summit Scheduling <scheduling@summitoralsurgery.com>",
        to="medstaff@stmarysmadison.org",
        subject="OMS call April",
        body="April facial trauma call: 1-7 Patel, 8-14 Nguyen, 15-21 Okonkwo, 22-30 Patel. Page via operator.",
    ),
    Spec(
        phi=True,
        category="Post-op check text to patient's personal email",
        notes="Hard positive: very short note to patient's hotmail about 'your dry socket' and packing change.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="t.nakamura.j@hotmail.com",
        subject="packing change",
        body="Jin - come in at 4 today so Dr. Nguyen can change the dressing in your dry socket. No charge.",
    ),
    Spec(
        phi=False,
        category="Patient satisfaction survey invite generic",
        notes="Hard negative: HTML-only mass survey invitation with merge fields not filled in; no patient data.",
        frm="Summit Oral Surgery <feedback@summitoralsurgery.com>",
        to="survey-sends@surveyloop.io",
        subject="Template review - post-visit survey",
        body="",
        html=(
            "<html><body><p>Dear {{first_name}},</p><p>Thank you for visiting Summit Oral &amp; Maxillofacial "
            "Surgery. How was your experience? <a href='https://surveyloop.io/s/{{token}}'>Take the 2 minute survey</a>.</p>"
            "<p>Template only - please check link tracking is OFF for this template.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Implant treatment plan DOCX to patient",
        notes="Treatment plan with patient name, implant procedures, bone graft and cost to personal mailbox.",
        frm="Treatment Coordinator <tc@summitoralsurgery.com>",
        to="g.achterberg@aol.com",
        subject="Your treatment plan and estimate",
        body="Dear Mrs. Achterberg,\n\nAs discussed, here is your plan. Please sign and return page 2 before we schedule."
        + SIG,
        atts=(
            Att(
                "Achterberg_treatment_plan.docx",
                DOCX,
                docx(
                    [
                        "Summit Oral & Maxillofacial Surgery - Treatment Plan",
                        "Patient: Gwendolyn Achterberg  MRN SO-231150",
                        "1. D7140 extraction #8 (root fracture)  $195",
                        "2. D7953 bone graft socket preservation  $560",
                        "3. D6010 implant #8 after 4 months  $2,150",
                        "Note: alendronate 6 years - drug holiday discussed with PCP; MRONJ risk explained.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank consent form DOCX to translator",
        notes="Hard negative: blank IV sedation consent form with empty name fields, sent for translation.",
        frm="Office Manager <office@summitoralsurgery.com>",
        to="projects@lakesidetranslations.com",
        subject="Translation quote - sedation consent",
        body="Please quote Spanish and Hmong translations of the attached form (blank template).",
        atts=(
            Att(
                "consent_IV_sedation_blank.docx",
                DOCX,
                docx(
                    [
                        "Consent for Intravenous Sedation",
                        "Patient name: ____________________  Date of birth: ___/___/_____",
                        "Risks include nausea, bruising, breathing problems and, rarely, allergic reaction.",
                        "I have not eaten for 8 hours. I have a responsible adult to drive me home.",
                        "Signature: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Surgery schedule workbook to ambulatory surgery center",
        notes="Multi-sheet workbook of named patients, DOBs, procedures and ASA/medical notes to the ASC.",
        frm="Summit Scheduling <scheduling@summitoralsurgery.com>",
        to="preop@ridgecrestsurgerycenter.com",
        subject="ASC block Tuesday 3/24",
        body="Tuesday block attached. Second sheet has the anesthesia flags.",
        atts=(
            Att(
                "ASC_0324.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Time", "Patient", "DOB", "Procedure"],
                            [
                                "07:30",
                                "Eckstrom, Harold",
                                "1949-04-02",
                                "Removal of mandible hardware",
                            ],
                            ["09:00", "Vang, Pa Houa", "2003-10-19", "Orthognathic - BSSO"],
                            ["12:30", "Reinholt, Cyrus", "1971-01-08", "Excision of jaw cyst"],
                        ],
                        "Anesthesia": [
                            ["Patient", "ASA", "Notes"],
                            ["Eckstrom, Harold", "3", "CHF, on furosemide"],
                            ["Vang, Pa Houa", "1", ""],
                            ["Reinholt, Cyrus", "2", "OSA - CPAP"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Case volume workbook for partner meeting",
        notes="Hard negative: multi-sheet aggregate procedure counts and payer mix; no individual.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="partners@summitoralsurgery.com",
        subject="Feb volumes",
        body="Feb numbers. Implants up 14% over Jan; trauma flat.",
        atts=(
            Att(
                "volumes_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "By procedure": [
                            ["Procedure", "Cases"],
                            ["Third molars", 188],
                            ["Implants", 64],
                            ["Biopsies", 22],
                            ["Trauma", 9],
                        ],
                        "Payer mix": [
                            ["Payer", "Share"],
                            ["Commercial", 0.58],
                            ["Medicaid", 0.27],
                            ["Self-pay", 0.15],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of CBCT report to orthodontist",
        notes="Hard positive: CBCT findings sit in a password-protected zip, but the subject and body name the patient with her jaw-surgery planning.",
        frm="Dr. Linh Nguyen <lnguyen@summitoralsurgery.com>",
        to="dr.ferraro@ferraroortho.com",
        subject="Pa Houa Vang - CBCT for surgical planning",
        body="Mario, CBCT report for Pa Houa Vang's BSSO planning in the zip. Password is her chart number, I'll text it to you.\nLinh",
        atts=(
            Att(
                "Vang_CBCT.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Vang_CBCT_report.txt": "Pa Houa Vang SO-230477 CBCT 03/10/2026: Class III skeletal, mandibular prognathism 7 mm."
                    },
                    "SO230477",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Implant lot recall notice with device serials",
        notes="Hard negative: manufacturer lot recall forwarded to staff; implant lot numbers only, no patient.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="surgeons@summitoralsurgery.com",
        subject="Fwd: Voluntary recall - abutment screws lot 44B-1187",
        body="FYI - pull these from inventory today. I'll run the implant log separately.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Quality Notices <quality@osteonimplants.com>",
            to="admin@summitoralsurgery.com",
            subject="Voluntary recall - abutment screws lot 44B-1187",
            body="Osteon Implants is voluntarily recalling abutment screws, lots 44B-1187 through 44B-1192, due to thread tolerance. Return unused stock; no action is needed for screws already torqued to specification.",
        ),
    ),
    Spec(
        phi=True,
        category="Implant recall lookback patient list",
        notes="Hard positive: table without headers of patient names, dates and implant sites that received recalled lot, to manufacturer.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="quality@osteonimplants.com",
        subject="Re: recall 44B-1187 - placed units",
        body=(
            "Units from the affected lots placed here:\n\n"
            "Marchetti S   02/11/26   #19   44B-1188\n"
            "Greer L       02/18/26   #30   44B-1188\n"
            "Olander P     03/02/26   #8    44B-1190\n\n"
            "Let us know if you want radiographs."
        ),
    ),
    Spec(
        phi=False,
        category="CE course announcement for referring dentists",
        notes="HTML-only continuing education invitation with clinical topics; no patient.",
        frm="Summit Oral Surgery <events@summitoralsurgery.com>",
        to="referring-dentists@summitoralsurgery.com",
        subject="CE evening: managing patients on anticoagulants",
        body="",
        html=(
            "<html><body><h3>Study club - April 9, 6 pm</h3><p>Dr. Okonkwo on extractions in patients taking "
            "apixaban, warfarin or bisphosphonates. 2 CE credits. Dinner provided.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Letter to employer confirming surgery dates",
        notes="Work excuse to employer naming employee, oral surgery and recovery days.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="hr@badgerlogistics.com",
        subject="Work note - Cyrus Reinholt",
        body=(
            "To whom it may concern,\n\nCyrus Reinholt will have jaw surgery (cyst removal) at our surgery center on "
            "March 24 and should be off work through March 30, then light duty with no heavy lifting for 2 weeks.\n"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Employer wellness talk proposal",
        notes="Hard negative: offer to an employer for a talk on jaw injuries and mouthguards; no individual.",
        frm="Dr. Chidi Okonkwo <cokonkwo@summitoralsurgery.com>",
        to="hr@badgerlogistics.com",
        subject="Lunch-and-learn offer: facial injury prevention",
        body="Hi Dana, following up from the chamber event - happy to give a 30-minute talk for your warehouse teams on preventing facial and dental injuries, sleep apnea and snoring, and when a toothache is an emergency. No cost.\n\nChidi Okonkwo, DMD",
    ),
    Spec(
        phi=True,
        category="Sedation adverse event record to hospital ED",
        notes="Text attachment with patient name, sedation drugs and adverse event (laryngospasm) to hospital ED.",
        frm="Dr. Chidi Okonkwo <cokonkwo@summitoralsurgery.com>",
        to="ed.charge@stmarysmadison.org",
        subject="Transfer - sedation event",
        body="Patient en route by EMS, ETA 15 min. Sedation record attached.",
        atts=(
            Att(
                "sedation_record.txt",
                "text/plain",
                "Patient: Preston Olander  DOB 1958-12-01\nMidazolam 4 mg, fentanyl 75 mcg, propofol 40 mg total\n"
                "10:42 laryngospasm, SpO2 nadir 78%, PPV, succinylcholine 20 mg IV\n10:47 SpO2 96% RA, awake\nTransferred for observation.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Emergency drill debrief",
        notes="Hard negative: mock sedation emergency drill debrief with a mannequin 'patient'; no real person.",
        frm="Dr. Chidi Okonkwo <cokonkwo@summitoralsurgery.com>",
        to="surgeons@summitoralsurgery.com",
        subject="Drill debrief - simulated laryngospasm",
        body="Good drill Thursday. 'Patient' (SimMan) desaturated at 2:10; PPV started at 2:40, sux drawn at 3:30 - too slow. We are moving the emergency kit to Op 2 and adding a pre-drawn card.",
    ),
    Spec(
        phi=True,
        category="Reply to attorney with records for injury claim",
        notes="Records in zip to plaintiff attorney: client name, fracture treatment and bill.",
        frm="Records <records@summitoralsurgery.com>",
        to="paralegal@hartwellinjurylaw.com",
        subject="Re: Records request - Eckstrom",
        body="Attached per the HIPAA authorization you sent 3/4. Invoice for copying is included.",
        atts=(
            Att(
                "Eckstrom_records.zip",
                "application/zip",
                zipped(
                    {
                        "clinic_notes.txt": "Harold Eckstrom DOB 04/02/1949\n03/09 mandible fracture L body after fall; ORIF at St. Mary's.\n03/16 post-op check, occlusion stable.\n",
                        "ledger.csv": "date,code,charge\n2026-03-09,21470,4120.00\n2026-03-16,99024,0.00\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal with answering service",
        notes="Contract/BAA paperwork with vendor; no patient.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="contracts@nightowlanswering.com",
        subject="BAA renewal signed",
        body="Signed business associate agreement attached as PDF; our term now runs to 3/31/2028.",
        atts=(
            Att(
                "BAA_NightOwl_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT ORAL & MAXILLOFACIAL SURGERY",
                        "Business Associate Agreement - Night Owl Answering Service",
                        "Term: 04/01/2026 - 03/31/2028",
                        "Signed: K. Lindahl, Practice Administrator",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Answering service overnight log to surgeon",
        notes="Hard positive: after-hours call log with patient first names, phone numbers and complaints.",
        frm="Summit Oral Surgery <frontdesk@summitoralsurgery.com>",
        to="lnguyen@summitoralsurgery.com",
        cc="oncall-log@nightowlanswering.com",
        subject="overnight calls 3/17",
        body=(
            "11:52p  Sofia (608) 555-0184  bleeding from extraction site 6 hrs post op - told firm gauze pressure, call back if not stopped\n"
            "02:10a  Jin (608) 555-0119  pain 8/10 day 4, foul taste - booked 9am dry socket check\n"
            "06:05a  Cyrus's wife (608) 555-0193  asking about CPAP after surgery"
        ),
    ),
    Spec(
        phi=False,
        category="Answering service script update",
        notes="Triage script for the answering service; generic symptoms, no patient.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="oncall-log@nightowlanswering.com",
        subject="Script update - after hours triage",
        body="Please add: any caller with swelling that makes it hard to swallow or breathe goes to 911/ER, then page the surgeon. Bleeding: firm pressure with gauze or a tea bag 30 minutes before paging.",
    ),
    Spec(
        phi=True,
        category="Cleft team conference PNG and note",
        notes="Hard positive: image named with child's name and alveolar cleft bone graft timing to the hospital cleft team.",
        frm="Rajesh Patel DDS MD <rpatel@summitoralsurgery.com>",
        to="cleftteam@uwchildrenshealth.org",
        subject="For Thursday conference",
        body="Pano for discussion attached. I'd plan the alveolar bone graft this summer before #6 erupts.",
        atts=(Att("Mila_Vukovic_pano_age6.png", "image/png", png(8, 4, (90, 90, 90))),),
    ),
    Spec(
        phi=False,
        category="Logo PNG to print shop",
        notes="Practice logo for business cards; no patient.",
        frm="Summit Oral Surgery <marketing@summitoralsurgery.com>",
        to="orders@capitalcityprint.com",
        subject="Business cards - Dr. Okonkwo",
        body="500 cards for Chidi Okonkwo, DMD, Oral & Maxillofacial Surgeon. Logo attached, same layout as Dr. Patel's.",
        atts=(Att("summit_logo.png", "image/png", png(10, 10, (20, 80, 140))),),
    ),
    Spec(
        phi=True,
        category="Consult appointment calendar invite to patient",
        notes="ICS invite to patient's gmail naming her and TMJ consult.",
        frm="Summit Scheduling <scheduling@summitoralsurgery.com>",
        to="renata.oduya@gmail.com",
        subject="Your consult is booked",
        body="Renata, see you on the 26th. Bring your night guard and any MRI disc.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h107-som-2611@summitoralsurgery.com\r\nDTSTAMP:20260317T120000Z\r\n"
            "DTSTART:20260326T150000Z\r\nDTEND:20260326T154500Z\r\n"
            "SUMMARY:Renata Oduya - TMJ consult (jaw locking, arthrocentesis eval)\r\n"
            "LOCATION:Summit OMS, 2250 Ridgecrest Pkwy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Vendor sales rep meeting invite",
        notes="Calendar invite with a sales rep; no patient.",
        frm="Practice Administrator <admin@summitoralsurgery.com>",
        to="jwhitcomb@osteonimplants.com",
        subject="Meeting: 2026 pricing",
        body="Confirming Tuesday.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//Admin//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h107-som-vendor@summitoralsurgery.com\r\nDTSTAMP:20260316T120000Z\r\n"
            "DTSTART:20260324T170000Z\r\nDTEND:20260324T180000Z\r\nSUMMARY:Osteon pricing review\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Referral acknowledgement to referring dentist with CSV",
        notes="Weekly CSV of referred patients' names and consult status to a referring dentist.",
        frm="Referral Desk <referrals@summitoralsurgery.com>",
        to="office@cedarcrestdental.com",
        subject="Your referrals this week",
        body="Status of the patients you sent us this week.",
        atts=(
            Att(
                "cedarcrest_referrals.csv",
                "text/csv",
                "patient,referred,reason,status\nKessler Brook,03/02,impacted 3rd molars,completed 03/16\nMarchetti Gianni,03/09,implant #30,consult 03/27\nDuBois Alain,02/27,lesion floor of mouth,biopsy 03/05 - path benign\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Carrier newsletter excerpt sent to own personal mailbox",
        notes="Hard negative: surgeon sends himself a carrier newsletter excerpt describing a de-identified claim case; no identifiable person.",
        frm="Rajesh Patel DDS MD <rpatel@summitoralsurgery.com>",
        to="raj.patel.oms@gmail.com",
        subject="worth reading - nerve injury claims (save for CE talk)",
        body="Note to self - case 2 is exactly why we document the lingual nerve discussion.\n\nFrom the newsletter: 'A 34-year-old patient had paresthesia after third molar removal; the claim was settled because the consent did not mention nerve injury.' (carrier de-identified case summary)",
    ),
    Spec(
        phi=True,
        category="Reply to patient's spouse about recovery",
        notes="Hard positive: reply to wife's personal email about husband's jaw wiring diet; first name plus relationship.",
        frm="Dr. Chidi Okonkwo <cokonkwo@summitoralsurgery.com>",
        to="maryellen.eck@yahoo.com",
        subject="Re: Harold's diet",
        body="Mary Ellen,\n\nYes, keep Harold on full liquids while the jaw is wired - protein shakes are fine, no straws for the first week. Keep the wire cutters with him at all times.\n\nDr. Okonkwo",
    ),
    Spec(
        phi=False,
        category="Out of office auto-reply",
        notes="Auto-reply with alternate contacts; no patient.",
        frm="Dr. Linh Nguyen <lnguyen@summitoralsurgery.com>",
        to="office@cedarcrestdental.com",
        subject="Automatic reply: Op note - your referral",
        body="I am at the AAOMS meeting until March 23. For urgent referrals call (608) 555-0172 and ask for Dr. Patel.",
    ),
]
