"""Cascade Memory Clinic: dementia evaluations, caregiver support and research studies."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import CMC, EAF, PNS, Att, Spec

FHIR_PT = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "cmc-7781",
      "name": [{"family": "Haddad", "given": ["Samira"]}], "birthDate": "1941-05-02",
      "address": [{"line": ["1408 Aurora Ave N"], "city": "Shoreline", "postalCode": "98133"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/cmc-7781"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G30.1",
        "display": "Alzheimer's disease with late onset"}]}}}
  ]
}
"""

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="diagnosis feedback letter to family",
        notes=(
            "Evaluation summary to a daughter's gmail naming the mother and mild Alzheimer's "
            "dementia."
        ),
        frm=f"Dr. Naomi Brandt <nbrandt@{CMC}>",
        to="kwright.seattle@gmail.com",
        subject="Summary from your mother's visit",
        body=(
            "Dear Kim,\n\nThank you for coming with your mother, Evelyn Wright, on Monday. As we "
            "discussed, her testing and MRI fit mild dementia due to Alzheimer's disease. We "
            "started donepezil 5 mg at bedtime; after 4 weeks she can go to 10 mg if her stomach "
            "tolerates it. I recommend she stop driving. Our social worker, Luis, will call you "
            "about the caregiver class.\n\nWarmly,\nNaomi Brandt, MD\nCascade Memory Clinic\n"
        ),
    ),
    Spec(
        phi=True,
        category="neuropsych report PDF",
        notes=(
            "Neuropsychological report PDF with name, DOB and test scores to the referring "
            "neurologist."
        ),
        frm=f"Dr. Pablo Echeverria <pecheverria@{CMC}>",
        to=f"oadeyemi@{PNS}",
        subject="Neuropsych report - your referral",
        body=(
            "Seun, report attached for your patient. Findings favor amnestic MCI over AD "
            "dementia.\n"
        ),
        atts=(
            Att(
                "NP_report_Castellanos_R.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE MEMORY CLINIC - NEUROPSYCHOLOGICAL EVALUATION",
                        "Patient: Rafael Castellanos   DOB 08/14/1949   Date 11/06/2026",
                        "RBANS Total 78; Delayed Memory 64 (impaired); Attention 92",
                        "Impression: amnestic mild cognitive impairment, single domain (G31.84)",
                    ],
                    "Neuropsych",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="research screening log XLSX",
        notes=(
            "Hard positive: study screening workbook with initials, DOB, MoCA and amyloid status "
            "per participant."
        ),
        frm=f"Research Office <research@{CMC}>",
        to="cra@trialmonitors-inc.com",
        subject="Screening log for monitoring visit",
        body="Hi Dana, here is the screening log ahead of the monitoring visit next week.\n",
        atts=(
            Att(
                "CMC-ALZ-204_screening_log.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Screened": [
                            ["Subject", "Initials", "DOB", "MoCA", "Amyloid PET", "Status"],
                            ["204-011", "E.W.", "1946-03-21", 22, "positive", "enrolled"],
                            ["204-012", "H.O.", "1950-10-07", 17, "positive", "screen fail MoCA"],
                            [
                                "204-013",
                                "R.T.",
                                "1944-12-30",
                                24,
                                "negative",
                                "screen fail amyloid",
                            ],
                        ],
                        "AEs": [
                            ["Subject", "Event", "Onset", "Grade"],
                            ["204-011", "ARIA-E on MRI", "2026-10-28", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social worker note to adult family home",
        notes=(
            "Social worker telling a care home about a new resident's dementia behaviours and meds."
        ),
        frm=f"Luis Ferreira MSW <lferreira@{CMC}>",
        to=f"cedarhouse@{EAF}",
        subject="New move-in Friday - background",
        body=(
            "Hi Nadia,\n\nBackground on Mr. Harold Jeffers before his move to Cedar House on "
            "Friday: frontotemporal dementia, disinhibited at times, wanders in the late "
            "afternoon. He is on quetiapine 25 mg at night and sertraline 50 mg. His son Brian "
            "(206-555-0162) is POA.\n\nLuis Ferreira, MSW\nCascade Memory Clinic\n"
        ),
    ),
    Spec(
        phi=True,
        category="lab order FHIR bundle",
        notes="FHIR bundle with patient name, address, DOB and Alzheimer's code to a lab.",
        frm=f"Clinic <clinic@{CMC}>",
        to="orders@pacificlabnet.com",
        subject="Order bundle cmc-7781",
        body="Order for blood biomarker panel (pTau217) attached as FHIR bundle.\n",
        atts=(Att("bundle_cmc-7781.json", "application/fhir+json", FHIR_PT),),
    ),
    Spec(
        phi=True,
        category="caregiver group roster with diagnosis",
        notes=(
            "Hard positive: caregiver support group list that pairs caregivers with their loved "
            "one's diagnosis."
        ),
        frm=f"Luis Ferreira MSW <lferreira@{CMC}>",
        to="facilitator.amyhart@outlook.com",
        subject="Tuesday group list",
        body=(
            "Amy, here is Tuesday's group for you:\n\n"
            "1. Gloria Mendez - husband Arturo, vascular dementia\n"
            "2. Dwayne Carter - mother Bernice, Alzheimer's, moved to memory care in Oct\n"
            "3. Sun-Hee Park - father, Lewy body dementia, hallucinations at night\n"
            "4. Patrick O'Rourke - wife Maureen, early-onset AD (age 58)\n\nThanks!\nLuis\n"
        ),
    ),
    Spec(
        phi=True,
        category="quiet subject + body: initials room med",
        notes="Hard positive: 'Mrs. K' at an AFH, room 2, memantine started; no full name.",
        frm=f"Dr. Naomi Brandt <nbrandt@{CMC}>",
        to=f"birchhouse@{EAF}",
        subject="Mrs. K rm 2",
        body=(
            "Hi Rosa - for Mrs. K in room 2 at Birch House, please start memantine 5 mg daily "
            "and stop the diphenhydramine at bedtime. Let me know how the sundowning goes.\n- NB\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only portal-style message to patient",
        notes="HTML-only message to a patient's aol address: amyloid PET result and appointment.",
        frm=f"Cascade Memory Clinic <noreply@{CMC}>",
        to="walt.brennan1944@aol.com",
        subject="Your PET scan result",
        body="",
        html=(
            "<html><body><p>Hello Walter Brennan,</p><p>Your amyloid PET scan from Nov 2 was "
            "<b>positive</b>. Dr. Brandt would like to discuss treatment options, including "
            "lecanemab, at your visit on <b>Nov 19 at 2:00 PM</b>.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="capacity letter to attorney",
        notes="Capacity evaluation letter with name and dementia stage to an elder law attorney.",
        frm=f"Dr. Naomi Brandt <nbrandt@{CMC}>",
        to="office@sorensenelderlaw.com",
        subject="Capacity letter - Ruth Abernathy-Cole",
        body="Signed letter attached per your request and the patient's authorization.\n",
        atts=(
            Att(
                "capacity_letter.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Cascade Memory Clinic",
                        "Re: Ruth Abernathy-Cole, DOB 02/11/1938",
                        "I evaluated Mrs. Abernathy-Cole on October 30, 2026. She has moderate "
                        "Alzheimer's dementia (MMSE 16/30) and in my opinion lacks capacity to "
                        "execute a new will.",
                        "Naomi Brandt, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of MRI reports for study",
        notes="Hard positive: zip of MRI safety reads per subject with full names inside.",
        frm=f"Research Office <research@{CMC}>",
        to="central-read@neuroimaging-core.com",
        subject="ARIA safety reads batch 7",
        body="Batch 7 attached.\n",
        atts=(
            Att(
                "batch7.zip",
                "application/zip",
                zipped(
                    {
                        "204-011.txt": (
                            "Subject 204-011 (Eleanor Whitfield, DOB 03/21/1946) MRI 11/04/2026: "
                            "new ARIA-E left occipital, mild.\n"
                        ),
                        "204-007.txt": (
                            "Subject 204-007 (George Tanaka, DOB 06/02/1948) MRI 11/04/2026: no "
                            "ARIA.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payment plan for evaluation",
        notes=(
            "Hard positive: billing only, patient account and balance for a dementia evaluation "
            "to a son at icloud."
        ),
        frm=f"Billing <billing@{CMC}>",
        to="jmorales.jr@icloud.com",
        subject="Payment plan for your father's account",
        body=(
            "Hi Javier,\n\nThe balance for your father Julio Morales's neurocognitive evaluation "
            "(account 55102-88) is $640 after Medicare. We set up the plan you asked for: "
            "$80/month "
            "starting Dec 1.\n\nCascade Memory Clinic Billing\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded thread with quoted family reply",
        notes=(
            "Hard positive: coordinator forwards a family's reply about a missed memantine dose "
            "and a fall."
        ),
        frm=f"Care Coordinator <coord@{CMC}>",
        to=f"nbrandt@{CMC}",
        subject="FW: Re: Dad after the fall",
        body="Dr. B, see below from the Okafor family. Should we see him sooner than Jan?\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Ngozi Okafor <ngozi.okafor@yahoo.com>",
            to=f"coord@{CMC}",
            subject="Re: Dad after the fall",
            body=(
                "Hi, Dad (Emmanuel Okafor) fell Sunday night at home and has been more confused "
                "since. He skipped his memantine two days. ER said no fracture.\n\n"
                "> How is your father doing since the last visit?\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT for research visit",
        notes="HL7 ADT with participant name, MRN and research visit for an Alzheimer's trial.",
        frm=f"Interfaces <interfaces@{CMC}>",
        to="hl7@pacificlabnet.com",
        subject="ADT A04 registration",
        body="Registration message for today's research blood draw.\n",
        atts=(
            Att(
                "A04_1112.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CMC|CASCADE|LAB|PLN|20261112081500||ADT^A04|CMC4471|P|2.5.1\r"
                "PID|1||CM-0077123^^^CMC^MR||TANAKA^GEORGE||19480602|M|||88 ALDER "
                "ST^^EDMONDS^WA^98020\r"
                "PV1|1|O|RESEARCH^^^CMC||||||||||||||||CMC-ALZ-204 V12\r"
                "DG1|1||G30.1^Alzheimer disease with late onset^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text notes for home visit",
        notes="TXT home-visit notes with name, address and MMSE to a home-health partner.",
        frm=f"Luis Ferreira MSW <lferreira@{CMC}>",
        to="intake@bayviewhomehealth.com",
        subject="home visit notes",
        body="Notes from my home visit, for your OT eval.\n",
        atts=(
            Att(
                "homevisit_1109.txt",
                "text/plain",
                "Home visit 11/09/2026 - Agnes Thornbury, 7715 Greenwood Ave N Apt 4, Seattle "
                "98103\n"
                "MMSE 21. Lives alone, stove left on twice. Daughter in Spokane. Recommend OT "
                "safety eval, "
                "med dispenser for donepezil.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="short clinician text to PCP",
        notes="Hard positive: one-line note to a PCP, patient last name plus dx and stop order.",
        frm=f"Dr. Naomi Brandt <nbrandt@{CMC}>",
        to="dr.ibarra@northsidefamilymed.com",
        subject="Abernathy-Cole",
        body="Pls stop her oxybutynin - anticholinergic, worsening her dementia. Thx. NB\n",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="caregiver class flyer",
        notes="Hard negative: dementia caregiver class flyer with symptoms, to a library.",
        frm=f"Education <education@{CMC}>",
        to="programs@shorelinelibrary.org",
        subject="Flyer: Understanding dementia - free class",
        body="Could you post this flyer? Thank you!\n",
        atts=(
            Att(
                "flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE MEMORY CLINIC",
                        "Understanding Dementia: a free 4-week class for family caregivers",
                        "Topics: Alzheimer's vs vascular dementia, sundowning, wandering, "
                        "medications",
                        "Thursdays in January, 6-7:30 PM. Register: 206-555-0190",
                    ],
                    "Flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="research recruitment ad",
        notes="Hard negative: study recruitment ad naming a drug and condition, no individual.",
        frm=f"Research Office <research@{CMC}>",
        to="ads@seattlesenior-news.com",
        subject="Ad copy for December issue",
        body=(
            "Ad copy:\n\nMemory concerns? Adults 60-85 with mild memory loss may qualify for a "
            "research study of an investigational anti-amyloid infusion. Study visits, MRI and "
            "PET at no cost. Call Cascade Memory Clinic Research, 206-555-0199.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate research enrolment report",
        notes="Hard negative: enrolment counts and ARIA rates aggregate to the sponsor.",
        frm=f"Research Office <research@{CMC}>",
        to="sponsor-ops@neurotherapeutics-rx.com",
        subject="Site 204 monthly metrics",
        body=(
            "Site 204, October 2026:\nScreened 14, enrolled 5, screen-fail 9 (6 amyloid negative, "
            "3 MoCA)\nCumulative enrolled 31\nARIA-E incidence to date 3/31 (9.7%), all "
            "asymptomatic\nNo SAEs this month.\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff email with bereavement",
        notes=(
            "Hard negative: staff notice about an employee's bereavement leave (workforce, not a "
            "patient)."
        ),
        frm=f"Operations <ops@{CMC}>",
        to=f"staff@{CMC}",
        subject="Dr. Echeverria out next week",
        body=(
            "Pablo is on bereavement leave next week after his father's passing. Neuropsych "
            "testing "
            "slots will be moved; front desk is calling families. A card is at reception.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor contract BAA",
        notes="Hard negative: BAA and contract mail with a transcription vendor, no patient data.",
        frm=f"Compliance <compliance@{CMC}>",
        to="legal@scribewave-ai.com",
        subject="BAA redlines",
        body=(
            "Attached are our redlines to the Business Associate Agreement. Key points: breach "
            "notice within 5 business days, no use of recordings for model training, deletion "
            "within 30 days of termination.\n"
        ),
        atts=(
            Att(
                "BAA_redline.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Business Associate Agreement (redline)",
                        "Section 4.2: Business Associate shall report any Breach of Unsecured "
                        "PHI within five (5) business days.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant budget spreadsheet",
        notes="Grant budget workbook with staff salaries (payroll style) and no patients.",
        frm=f"Finance <finance@{CMC}>",
        to="grants@alzfoundation-nw.org",
        subject="Budget for caregiver respite grant",
        body="Budget and justification attached.\n",
        atts=(
            Att(
                "budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Personnel": [
                            ["Role", "Name", "FTE", "Salary"],
                            ["Social worker", "Luis Ferreira", 0.5, 41000],
                            ["Coordinator", "Hye-jin Seo", 0.3, 19800],
                        ],
                        "Other": [
                            ["Item", "Cost"],
                            ["Respite vouchers", 24000],
                            ["Printing", 1200],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case for teaching",
        notes=(
            "Hard negative: de-identified teaching case (age band, no names/dates) for residents."
        ),
        frm=f"Dr. Naomi Brandt <nbrandt@{CMC}>",
        to="residency@uwneuro-program.edu",
        subject="Case for Thursday's conference",
        body=(
            "De-identified case for the residents:\n\nA woman in her 70s presents with 2 years of "
            "word-finding trouble, preserved memory early, and left perisylvian atrophy on MRI. "
            "Discuss: logopenic variant PPA vs. semantic variant; role of amyloid PET.\n"
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter to donors",
        notes="HTML-only donor newsletter with aggregate numbers.",
        frm=f"Cascade Memory Clinic <giving@{CMC}>",
        to="donors@lists.cascadememory.org",
        subject="Thank you: 2026 in numbers",
        body="",
        html=(
            "<h1>2026 in numbers</h1><ul><li>1,106 memory evaluations</li><li>212 families in "
            "caregiver classes</li><li>3 active research studies</li></ul><p>Thank you for your "
            "support.</p>"
        ),
    ),
    Spec(
        phi=False,
        category="IT ticket about fax server",
        notes="IT ticket about the fax server, mentions 'patient records' generically.",
        frm=f"IT <it@{CMC}>",
        to="support@cloudfaxpro.com",
        subject="Ticket 55831: inbound faxes delayed",
        body=(
            "Inbound faxes to 206-555-0197 are arriving 2-3 hours late since Monday. Our referral "
            "intake depends on this. Account CMC-4410. Please escalate.\n"
        ),
    ),
    Spec(
        phi=False,
        category="PNG brain scan stock image",
        notes="Hard negative: licensed stock MRI illustration for the website, no patient.",
        frm=f"Marketing <marketing@{CMC}>",
        to="web@pixelharborstudio.com",
        subject="hero image for the research page",
        body=(
            "Use this licensed stock illustration (iStock #1180223) for the research page banner.\n"
        ),
        atts=(Att("stock_brain_mri_illustration.png", "image/png", png(10, 5, (90, 90, 200))),),
    ),
    Spec(
        phi=False,
        category="reply to relative about class schedule",
        notes=(
            "Hard negative: reply to a caregiver's gmail about class dates; no info about any "
            "patient."
        ),
        frm=f"Education <education@{CMC}>",
        to="terrence.boyd55@gmail.com",
        subject="Re: caregiver class dates",
        body=(
            "Hi Terrence, the next caregiver series starts January 8 and runs four Thursdays, "
            "6-7:30 PM, in our community room. It's free and open to anyone. See you then!\n"
        ),
    ),
    Spec(
        phi=False,
        category="ICS research team meeting",
        notes="Study team meeting invite, protocol number only.",
        frm=f"Research Office <research@{CMC}>",
        to=f"studyteam@{CMC}",
        subject="Invitation: CMC-ALZ-204 amendment 3 training",
        body="Training on protocol amendment 3 (revised MRI schedule).\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cascade//Cal//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:cmc-204-amd3@cascadememory.org\r\nDTSTAMP:20261109T170000Z\r\n"
            "DTSTART:20261117T200000Z\r\nDTEND:20261117T210000Z\r\n"
            "SUMMARY:CMC-ALZ-204 amendment 3 training\r\nLOCATION:Zoom\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="C-CDA template for vendor",
        notes="Hard negative: empty C-CDA template with placeholder patient for an EHR vendor.",
        frm=f"Interfaces <interfaces@{CMC}>",
        to="implementation@memoryehr.com",
        subject="CCD template question",
        body=(
            "Our template is attached; the patient block is a placeholder. Why does your "
            "validator reject section 2?\n"
        ),
        atts=(
            Att(
                "ccd_template.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                "<title>TEMPLATE</title>"
                '<recordTarget><patientRole><id extension="{MRN}"/><patient><name><given>{GIVEN}'
                "</given><family>{FAMILY}</family></name></patient></patientRole></recordTarget>"
                "<component><section><title>Cognitive Status</title><text>{COG_STATUS}</text>"
                "</section></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive letter on Medicare coverage",
        notes="Executive letter on anti-amyloid coverage policy, no individuals.",
        frm=f"Executive Director <director@{CMC}>",
        to="policy@wahealthcarealliance.org",
        subject="Comment: CMS coverage with evidence development",
        body=(
            "On behalf of Cascade Memory Clinic, we support removing the registry requirement for "
            "anti-amyloid antibodies. Our registry burden averages 45 staff minutes per infusion. "
            "We treated 37 patients with lecanemab in 2026.\n\nMaya Goldstein, Executive Director\n"
        ),
    ),
    Spec(
        phi=False,
        category="invoice from interpreter agency reply",
        notes=(
            "Hard negative: AP reply with invoice numbers and an SSN-shaped vendor tax id format "
            "(EIN)."
        ),
        frm=f"Finance <finance@{CMC}>",
        to="ar@soundinterpreters.com",
        subject="Re: Invoice 2026-1188",
        body=(
            "Paid by ACH today, ref 771-20-4498. Our EIN is 91-2274410 if you need it for your "
            "records. Thanks, Finance\n"
        ),
    ),
]
