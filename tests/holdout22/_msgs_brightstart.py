# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""Bright Start Early Intervention (Part C): service coordinators, therapists, intake and admin."""

from __future__ import annotations

import json

from _att import docx, encrypted_zip, pdf, png, xlsx
from _spec import BSEI, CFSD, LOP, Att, Spec

SIG_SC = (
    "\n\nTake care,\nMarisol Vega-Tran\nService Coordinator | Bright Start Early Intervention\n"
    "Cell (319) 555-0317 | brightstartei.org\n"
)
SIG_INTAKE = "\n\nDarnell Hughes\nIntake Coordinator, Bright Start Early Intervention\n(319) 555-0300 ext 2\n"

EVAL_PDF = pdf(
    [
        "BRIGHT START EARLY INTERVENTION - MULTIDISCIPLINARY EVALUATION SUMMARY",
        "Child: Noah Abernathy-Sills   DOB 04/09/2025   Age at eval: 19 months",
        "Evaluation date: 11/03/2026   Tool: BDI-3",
        "Adaptive 88 | Social-Emotional 92 | Communication 68 (-2.1 SD) | Motor 95 | Cognitive 90",
        "Expressive language: 4 words; no gestures for 'more' or 'all done'.",
        "Eligible: significant delay in communication (>= 25% in one domain).",
        "Recommended: speech-language therapy 2x/month in the home, audiology screen.",
        "Evaluators: Hannah Reinholt, MA CCC-SLP; Gavin Ostrowski, DPT",
    ],
    "Evaluation summary",
)

IFSP_DOCX = docx(
    [
        "Individualized Family Service Plan (IFSP) - Bright Start Early Intervention",
        "Child: Santiago Ruiz Morales   DOB 02/26/2025   Medicaid ID 2947718K",
        "Address: 2215 Clay St, Cedar Falls, IA 50613",
        "Outcome 1: Santiago will walk between pieces of furniture during play (gross motor delay, hypotonia).",
        "Outcome 2: Santiago will use 5 signs or words to request at meals.",
        "Services: Physical therapy 4x/month, 60 min, home; Developmental therapy 2x/month; Service coordination.",
        "Initial IFSP date: 11/12/2026. Periodic review: 05/12/2027.",
        "Service coordinator: Marisol Vega-Tran",
    ]
)

CLAIMS = xlsx(
    {
        "Claims Oct": [
            ["Medicaid ID", "Child", "DOS", "CPT", "Units", "Billed"],
            ["2947718K", "Ruiz Morales, S", "2026-10-06", "97110", 4, 148.0],
            ["3318804A", "Diallo, A", "2026-10-07", "97530", 3, 126.0],
            ["1190376P", "Hernandez, C", "2026-10-08", "92507", 1, 98.0],
            ["2274410M", "Okonkwo, C", "2026-10-14", "97110", 4, 148.0],
        ],
        "Denials": [
            ["Medicaid ID", "DOS", "Reason"],
            ["3318804A", "2026-10-07", "CO-197 precert absent"],
        ],
    }
)

OUTCOMES_XLSX = xlsx(
    {
        "Child count": [
            ["Measure", "Value"],
            ["Active IFSPs Oct 1", 312],
            ["New referrals Q1", 147],
            ["45-day timeline met", 0.962],
            ["Services in natural environments", 0.987],
        ],
        "By county": [
            ["County", "Active IFSPs", "Referrals"],
            ["Black Hawk", 221, 101],
            ["Butler", 38, 19],
            ["Grundy", 53, 27],
        ],
    }
)

DEID_CSV = (
    "record,age_band_months,months_in_program,cos_social_entry,cos_social_exit,cos_knowledge_entry,cos_knowledge_exit\n"
    "1,12-17,14,3,5,4,6\n2,24-29,9,2,4,3,4\n3,18-23,11,4,6,4,6\n4,30-35,5,3,3,2,3\n"
)

PATIENT_FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "bsei-00871",
                    "identifier": [{"system": "urn:iowa:ei:childid", "value": "EI-2026-00871"}],
                    "name": [{"family": "Diallo", "given": ["Amara"]}],
                    "birthDate": "2024-12-18",
                    "address": [
                        {
                            "line": ["640 Walnut St"],
                            "city": "Waterloo",
                            "state": "IA",
                            "postalCode": "50703",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/bsei-00871"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "G80.1",
                                "display": "Spastic diplegic cerebral palsy",
                            }
                        ]
                    },
                }
            },
        ],
    },
    indent=1,
)

TEST_FHIR = json.dumps(
    {
        "resourceType": "Patient",
        "id": "sandbox-test-0001",
        "meta": {
            "tag": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST",
                    "display": "test health data",
                }
            ]
        },
        "name": [
            {"family": "Testchild", "given": ["Sandbox"], "text": "SANDBOX TESTCHILD (synthetic)"}
        ],
        "birthDate": "2025-01-01",
    },
    indent=1,
)

ADT = (
    "MSH|^~\\&|CVMC_NICU|CVMC|BSEI_INTAKE|BRIGHTSTART|20261109114500||REF^I12|CVMC8841207|P|2.5.1\r"
    "PID|1||CV-7720419^^^CVMC^MR||PHAM^BAO^||20260915|M|||77 Cottonwood Dr^^Cedar Falls^IA^50613||^PRN^PH^^^319^5550352\r"
    "NK1|1|PHAM^HUONG|MTH^Mother\r"
    "DG1|1||P07.32^Preterm newborn, gestational age 29 completed weeks^I10\r"
    "DG1|2||P27.1^Bronchopulmonary dysplasia originating in the perinatal period^I10\r"
    "NTE|1||NICU discharge 11/6 on 1/8 L O2. Referral to Part C for established condition (prematurity < 32 wk).\r"
)

PROGRESS_ZIP = encrypted_zip(
    {
        "Progress_Hernandez_Camila_Dec.txt": "Camila Hernandez DOB 06/11/2024. Speech: now 40+ words, 2-word phrases. Continue 92507 2x/month.\n",
        "Progress_Okonkwo_Chidi_Dec.txt": "Chidi Okonkwo DOB 03/02/2025. PT: cruising, first steps 11/2. Torticollis resolved. Reduce PT to 2x/month.\n",
    },
    "Oak-Tree-4417",
)

AGENDA_PDF = pdf(
    [
        "BRIGHT START EARLY INTERVENTION - STAFF TRAINING",
        "ASQ-3 and ASQ:SE-2 screening refresher for service coordinators",
        "Friday November 20, 2026, 9:00-12:00, Bright Start office, training room",
        "9:00 Scoring and cutoffs (Hannah Reinholt, CCC-SLP)",
        "10:00 Talking with families about a 'monitor' or 'refer' result",
        "11:00 Documentation in the state data system",
    ],
    "ASQ training agenda",
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="IFSP meeting reminder to parent",
        notes="Coordinator reminds a parent at gmail of her son's IFSP review and speech therapy at the home address.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to="brittany.sills22@gmail.com",
        subject="Tuesday visit",
        body=(
            "Hi Brittany,\n\nJust confirming I'll come to the house (1420 Main St, upstairs unit) Tuesday "
            "11/17 at 10 am for Noah's initial IFSP meeting. Hannah the speech therapist will join so we can "
            "plan his speech visits. Plan on about an hour." + SIG_SC
        ),
    ),
    Spec(
        phi=True,
        category="evaluation summary to pediatrician",
        notes="Hard positive: Evaluation results PDF (name, DOB, BDI-3 scores, eligibility) sent to the child's pediatric practice.",
        frm=f"Darnell Hughes <dhughes@{BSEI}>",
        to=f"referrals@{LOP}",
        subject="Evaluation results - your referral of 10/14",
        body="Thank you for the referral. The evaluation summary is attached; the child is eligible and services start this month."
        + SIG_INTAKE,
        atts=(Att("eval_summary.pdf", "application/pdf", EVAL_PDF),),
    ),
    Spec(
        phi=True,
        category="IFSP DOCX to parent",
        notes="Hard positive: IFSP document with child's name, DOB, Medicaid ID, address, delays and services sent to a parent's outlook.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to="moralesruiz.familia@outlook.com",
        subject="Your copy of the plan",
        body="Hi Andrea and Luis, here is your copy of the plan we wrote together on Thursday. Please call me with any changes."
        + SIG_SC,
        atts=(
            Att(
                "IFSP_final.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                IFSP_DOCX,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OT visit note TXT from contractor",
        notes="Contracted OT sends a home visit note (TXT) about a named toddler's feeding and sensory issues.",
        frm=f"Felicity Obi <fobi@{BSEI}>",
        to=f"mvegatran@{BSEI}",
        subject="visit note 11/10",
        body="Marisol - note attached. Mom asked about a feeding clinic referral, can you follow up?\n\nFelicity Obi, OTR/L",
        atts=(
            Att(
                "OT_note_1110.txt",
                "text/plain",
                "Home visit 11/10/2026 9:00-10:00\nChild: Isla Brennan-Watts (22 mo)\n"
                "Present: mother, grandmother\nFocus: feeding - gags on mixed textures, accepts purees only, weight 10.1 kg.\n"
                "Sensory: avoids messy play. Strategies: food play, graded textures.\nPlan: weekly OT, refer feeding clinic (Dr. Nnamdi, GI).\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid claim lines workbook",
        notes="Hard positive: spreadsheet of Medicaid IDs, child names abbreviated, service dates and CPT claim lines; no diagnosis words.",
        frm=f"Billing <billing@{BSEI}>",
        to="claims-support@iowamedicaid-partner.org",
        subject="October reconciliation",
        body="Please see the attached; one denial we believe is in error (precert was on file 9/30).\n\nPatrice Moody\nBilling Specialist",
        atts=(
            Att(
                "BSEI_Oct_claims.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                CLAIMS,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="NICU referral HL7 forwarded",
        notes="Hard positive: Intake forwards a hospital's HL7 referral message (preterm infant, BPD, address, mother) to a coordinator.",
        frm=f"Darnell Hughes <dhughes@{BSEI}>",
        to=f"mvegatran@{BSEI}",
        subject="New NICU referral for your caseload",
        body="Assigning this one to you. 45-day clock started 11/9. Family speaks Vietnamese at home - interpreter booked."
        + SIG_INTAKE,
        atts=(Att("REF_CVMC8841207.hl7", "application/hl7-v2", ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to state data system",
        notes="Hard positive: FHIR Patient + Condition (cerebral palsy) for a child sent to the state's EI data system.",
        frm=f"Data Team <data@{BSEI}>",
        to="ei-data@iowaidea-partner.org",
        subject="Record correction 00871",
        body="Resending the corrected bundle; the address was wrong in the first submission.\n\nTrevor Lindahl\nData Manager",
        atts=(Att("bundle_00871.json", "application/fhir+json", PATIENT_FHIR),),
    ),
    Spec(
        phi=True,
        category="caseload roster initials CSV",
        notes="Hard positive: therapist caseload CSV with initials, DOB, town and services.",
        frm=f"Gavin Ostrowski <gostrowski@{BSEI}>",
        to=f"scheduling@{BSEI}",
        subject="My Dec caseload",
        body="Updated roster so you can build December routes.\n\nGavin",
        atts=(
            Att(
                "caseload_GO_Dec.csv",
                "text/csv",
                "initials,dob,town,service,freq,notes\nS.R.M.,2025-02-26,Cedar Falls,PT,4x/mo,hypotonia\n"
                "C.O.,2025-03-02,Waterloo,PT,2x/mo,torticollis resolved\nA.D.,2024-12-18,Waterloo,PT,4x/mo,CP - AFO fitting 12/3\n"
                "B.P.,2026-09-15,Cedar Falls,PT,2x/mo,preemie 29wk on O2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted progress reports",
        notes="Hard positive: password-protected zip of progress reports; member file names show children's names.",
        frm=f"Hannah Reinholt <hreinholt@{BSEI}>",
        to=f"nferrante@{CFSD}",
        subject="December progress reports",
        body="Nadia, progress reports for the two transition kids are in the protected zip. I'll text you the password.\n\nHannah Reinholt, MA, CCC-SLP",
        atts=(Att("progress_reports.zip", "application/zip", PROGRESS_ZIP),),
    ),
    Spec(
        phi=True,
        category="seating photo to DME vendor",
        notes="Hard positive: PHI only in the photo's file name (child's name) sent to a wheelchair/DME vendor with 'seating eval'.",
        frm=f"Gavin Ostrowski <gostrowski@{BSEI}>",
        to="seating@numotion-partner.com",
        subject="Photo for the seating eval",
        body="Photo of current positioning attached for Thursday's adaptive seating eval. Order is under Medicaid.\n\nGavin Ostrowski, DPT",
        atts=(Att("Amara_Diallo_seating_1110.png", "image/png", png(5, 7, (90, 140, 200))),),
    ),
    Spec(
        phi=True,
        category="grandmother visit reschedule",
        notes="Hard positive: a child's first name + physical therapy visit change sent to the grandmother's hotmail.",
        frm=f"Gavin Ostrowski <gostrowski@{BSEI}>",
        to="ngozi.okonkwo.sr@hotmail.com",
        subject="Thursday instead",
        body=(
            "Hello Mrs. Okonkwo,\n\nChidi's PT visit is moved from Wednesday to Thursday 11/19 at 2 pm at your "
            "house, since you have him on Thursdays. Please have his new shoes ready so we can practice "
            "walking in them.\n\nGavin Ostrowski, DPT\nBright Start Early Intervention"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded audiology thread",
        notes="Forwarded audiologist message (attached) confirming a toddler's hearing loss; coordinator adds hearing aid plan.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to="deafhh.consultant@aea267-audiology.org",
        subject="Fwd: ABR results - Ruby Castellano",
        body="Hi Jenna, forwarding the ABR results below. Family agreed to add a teacher of the deaf/HH to the IFSP."
        + SIG_SC,
        forward=Spec(
            phi=True,
            category="audiology result",
            notes="forwarded",
            frm="Dr. Lorraine Kwan <lkwan@uihc-partners.org>",
            to=f"mvegatran@{BSEI}",
            subject="ABR results - Ruby Castellano",
            body=(
                "Ruby Castellano (DOB 7/8/2025) completed a sedated ABR on 11/6: moderate bilateral "
                "sensorineural hearing loss (50-55 dB HL). Hearing aid fitting scheduled 11/30. Recommend "
                "genetics referral (GJB2) and ophthalmology.\n\nLorraine Kwan, AuD"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transition conference in subject",
        notes="Hard positive: child's name and Part B eligibility appear only in the subject; body is logistics.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to=f"nferrante@{CFSD}",
        subject="Transition conf - Harper Quinlan 11/24, speech delay, Part B referral",
        body="Room booked at the library, 3:30. See you there." + SIG_SC,
    ),
    Spec(
        phi=True,
        category="eligibility letter HTML-only",
        notes="HTML-only eligibility letter to a parent naming the child, his diagnosis and the program.",
        frm=f"Bright Start Early Intervention <notices@{BSEI}>",
        to="huong.pham.cf@gmail.com",
        subject="Eligibility for Early ACCESS services",
        body="",
        html=(
            "<html><body><p>Dear Ms. Huong Pham,</p><p>Your son <b>Bao Pham</b> (born 09/15/2026) is eligible for "
            "Early ACCESS (Part C) services because of a diagnosed condition: premature birth at 29 weeks "
            "with bronchopulmonary dysplasia.</p><p>Your service coordinator is Marisol Vega-Tran, "
            "(319) 555-0317. Services are free to your family.</p><p>Bright Start Early Intervention</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="consent to share with pediatrician",
        notes="Coordinator asks the pediatric practice for records for a named child with autism screening concerns.",
        frm=f"Marisol Vega-Tran <mvegatran@{BSEI}>",
        to=f"frontdesk@{LOP}",
        subject="Records request with signed release",
        body=(
            "Hello,\n\nAttached by fax this morning is the signed release for Elijah Mwangi (DOB 10/02/2024). "
            "Could you send his last two well-child notes and the M-CHAT-R/F from his 24-month visit? He "
            "screened high risk with us and we are arranging an autism diagnostic evaluation."
            + SIG_SC
        ),
    ),
    Spec(
        phi=True,
        category="therapy visit summary HTML table",
        notes="Weekly therapy summary (HTML alternative) to a supervisor listing children by name with missed visits and reasons.",
        frm=f"Hannah Reinholt <hreinholt@{BSEI}>",
        to=f"clinicalsupervisor@{BSEI}",
        subject="Missed visits this week",
        body="Missed visits:\n- Camila Hernandez 11/9 - ear infection\n- Isla Brennan-Watts 11/10 - hospitalized overnight for dehydration\n- Noah Abernathy-Sills 11/9 - family cancelled",
        html=(
            "<table border='1'><tr><th>Child</th><th>Date</th><th>Reason</th></tr>"
            "<tr><td>Camila Hernandez</td><td>11/9</td><td>ear infection</td></tr>"
            "<tr><td>Isla Brennan-Watts</td><td>11/10</td><td>hospitalized overnight for dehydration</td></tr>"
            "<tr><td>Noah Abernathy-Sills</td><td>11/9</td><td>family cancelled</td></tr></table>"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="aggregate child count workbook",
        notes="Hard negative: Part C child count and timeline compliance by county; aggregates only.",
        frm=f"Trevor Lindahl <tlindahl@{BSEI}>",
        to="partc-reports@iowaidea-partner.org",
        subject="Q1 performance report - Bright Start",
        body="Q1 indicators attached. Timely services (Indicator 1) 96.2%; natural environments 98.7%.\n\nTrevor",
        atts=(
            Att(
                "BSEI_Q1_indicators.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                OUTCOMES_XLSX,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new staff announcement",
        notes="Hard negative: welcomes a new speech-language pathologist; credentials and specialty only.",
        frm=f"Director <director@{BSEI}>",
        to=f"allstaff@{BSEI}",
        subject="Welcome Maya Thompson, CCC-SLP",
        body=(
            "Please welcome Maya Thompson, MS, CCC-SLP, who joins us Monday. Maya specializes in feeding "
            "and swallowing and in AAC for toddlers with Down syndrome and autism. She'll cover Grundy "
            "County.\n\nLeticia Armendariz\nProgram Director"
        ),
    ),
    Spec(
        phi=False,
        category="mileage reimbursement",
        notes="Hard negative: payroll mileage reimbursement for home-visiting staff; staff names only.",
        frm=f"Finance <finance@{BSEI}>",
        to=f"allstaff@{BSEI}",
        subject="Mileage rate and October reimbursements",
        body="Mileage is reimbursed at $0.70/mile. October reimbursements for Gavin Ostrowski, Felicity Obi and Hannah Reinholt are in the 11/13 direct deposit. Remember: log home visits by town, not by family address.",
    ),
    Spec(
        phi=False,
        category="ASQ training agenda PDF",
        notes="Hard negative: staff training agenda about developmental screening tools; no child.",
        frm=f"Hannah Reinholt <hreinholt@{BSEI}>",
        to=f"coordinators@{BSEI}",
        subject="ASQ refresher - Nov 20 agenda",
        body="Agenda attached. Bring a blank ASQ-3 24-month form.",
        atts=(Att("ASQ_refresher_agenda.pdf", "application/pdf", AGENDA_PDF),),
    ),
    Spec(
        phi=False,
        category="de-identified outcomes extract",
        notes="Hard negative: de-identified child outcomes CSV (record numbers, age bands, COS ratings) to an evaluator.",
        frm=f"Trevor Lindahl <tlindahl@{BSEI}>",
        to="evaluation@ecta-partners.org",
        subject="COS extract (de-identified)",
        body="Sample of the de-identified COS extract for the evaluation project: age bands only, record numbers are random and not linked to our system.\n\nTrevor",
        atts=(Att("cos_deid_sample.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="PT job posting",
        notes="Hard negative: job posting for a pediatric physical therapist mentioning cerebral palsy and torticollis.",
        frm=f"Director <director@{BSEI}>",
        to="jobs@aptaiowa.org",
        subject="Job posting: Pediatric Physical Therapist - Early Intervention",
        body=(
            "Bright Start Early Intervention is hiring a PT (0.8-1.0 FTE) to provide home-based services to "
            "infants and toddlers with motor delays, torticollis, cerebral palsy and prematurity. Iowa PT "
            "licence, 1+ year pediatric experience. Mileage paid, flexible schedule. brightstartei.org/jobs"
        ),
    ),
    Spec(
        phi=False,
        category="therapy supply invoice SSN-shaped",
        notes="Hard negative: vendor invoice for therapy toys with an SSN-shaped invoice number.",
        frm=f"Finance <finance@{BSEI}>",
        to="ar@therapyshoppe-supply.com",
        subject="Invoice 338-41-6620 - payment sent",
        body="Payment for invoice 338-41-6620 (therapy swings, textured balls, feeding spoons) sent by ACH on 11/10. Please update your records.\n\nFinance, Bright Start",
    ),
    Spec(
        phi=False,
        category="community outreach flyer",
        notes="Hard negative: HTML-only outreach flyer about developmental milestones and how to refer; no child.",
        frm=f"Bright Start Early Intervention <outreach@{BSEI}>",
        to="directors@cedarvalleychildcare.org",
        subject="Flyer for your families: concerned about development?",
        body="",
        html=(
            "<html><body><h2>Is your baby or toddler on track?</h2><ul><li>Not babbling by 12 months</li>"
            "<li>Not walking by 18 months</li><li>Fewer than 50 words at 2 years</li></ul><p>Early ACCESS "
            "evaluations are free for children under 3. Anyone can refer: call (319) 555-0300.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR sandbox test",
        notes="Hard negative: FHIR Patient clearly tagged test/synthetic for the state sandbox.",
        frm=f"Trevor Lindahl <tlindahl@{BSEI}>",
        to="ei-data@iowaidea-partner.org",
        subject="Sandbox test payload - synthetic only",
        body="Attached is the synthetic test patient we used to validate the new endpoint (HTEST tag). Not a real child.\n\nTrevor",
        atts=(Att("sandbox_test_patient.json", "application/fhir+json", TEST_FHIR),),
    ),
    Spec(
        phi=False,
        category="home visit safety policy DOCX",
        notes="Policy document about home visit safety and infection control.",
        frm=f"Director <director@{BSEI}>",
        to=f"allstaff@{BSEI}",
        subject="Revised home visit safety policy",
        body="Please read and sign by 11/30.",
        atts=(
            Att(
                "home_visit_safety.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Bright Start Early Intervention - Home Visit Safety and Infection Control",
                        "Share your visit schedule in the team calendar by town and time only.",
                        "Reschedule if anyone in the home has fever, vomiting or diarrhea in the past 24 hours.",
                        "Disinfect toys between visits with EPA-registered wipes; RSV survives on surfaces for hours.",
                        "Leave immediately if you feel unsafe and call your supervisor.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICC meeting invite",
        notes="Interagency coordinating council meeting invite; no child.",
        frm=f"Director <director@{BSEI}>",
        to=f"icc-members@{BSEI}",
        cc=f"rokafor@{CFSD}",
        subject="Invitation: Regional ICC - December",
        body="Agenda: child find data, transition timelines with districts, family representative openings.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bright Start EI//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bsei-icc-1210@brightstartei.org\r\nDTSTAMP:20261109T180000Z\r\n"
            "DTSTART:20261210T180000Z\r\nDTEND:20261210T193000Z\r\nSUMMARY:Regional ICC meeting\r\n"
            "LOCATION:Cedar Falls Public Library\\, Room B\r\nORGANIZER:mailto:director@brightstartei.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="reply to daycare director",
        notes="Hard negative: reply to a daycare director's gmail explaining how to refer; no child identified.",
        frm=f"Darnell Hughes <dhughes@{BSEI}>",
        to="sunnysidekidsdaycare@gmail.com",
        subject="Re: how do we refer a child?",
        body=(
            "Hi Ms. Carver,\n\nGreat question. Parents can call us directly, or with the parent's permission "
            "you can call our intake line. We'll need the parent's contact information, not the child's "
            "records. The evaluation is free.\n\n> We have a couple of toddlers we're worried about. How does referral work?"
            + SIG_INTAKE
        ),
    ),
    Spec(
        phi=False,
        category="IT laptop and MFA",
        notes="IT notice about laptop replacements and MFA enrollment.",
        frm=f"IT <it@{BSEI}>",
        to=f"allstaff@{BSEI}",
        subject="New laptops + MFA on Nov 18",
        body="New laptops are ready for pickup. You'll need to enroll in Microsoft Authenticator before you log in. Please bring your old laptop; do not save visit notes to the desktop.",
    ),
    Spec(
        phi=False,
        category="contracted therapist directory",
        notes="Hard negative: directory of contracted therapists with disciplines and NPIs; provider identifiers only.",
        frm=f"Patrice Moody <pmoody@{BSEI}>",
        to=f"coordinators@{BSEI}",
        subject="Updated contractor list",
        body=(
            "Contracted providers for FY27:\n\n- Felicity Obi, OTR/L - feeding, sensory - NPI 1648486623\n"
            "- Lakshmi Venkataraman, MS CCC-SLP - apraxia, AAC - NPI 1495690491\n"
            "- Tomasz Zielinski, DPT - torticollis, CP - NPI 1988868612\n\nPatrice"
        ),
    ),
    Spec(
        phi=False,
        category="grant narrative",
        notes="Grant application narrative with program aggregates; no child.",
        frm=f"Director <director@{BSEI}>",
        to="grants@cedarvalleyunitedway.org",
        subject="Bright Start - 2027 application narrative",
        body=(
            "Attached below is our narrative section:\n\nIn FY26 Bright Start served 498 infants and toddlers; 61% "
            "qualified due to communication delays and 18% due to a diagnosed condition. United Way funds "
            "would pay for interpreters for the 22% of families who speak a language other than English.\n\nLeticia Armendariz"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded state rate memo",
        notes="Forwarded state Part C memo (attached message) about FY27 service rates and billing codes; no child.",
        frm=f"Patrice Moody <pmoody@{BSEI}>",
        to=f"director@{BSEI}",
        subject="Fwd: FY27 Early ACCESS rate memo",
        body="Leticia - new rates below; speech (92507) goes up 4%. I'll update the billing grid.\n\nPatrice",
        forward=Spec(
            phi=False,
            category="state memo",
            notes="forwarded",
            frm="Early ACCESS State Office <earlyaccess@iowaidea-partner.org>",
            to=f"pmoody@{BSEI}",
            subject="FY27 Early ACCESS rate memo",
            body=(
                "Effective 1/1/2027, Medicaid rates for Early ACCESS services: 97110 $37.00/unit, 97530 $42.00/unit, "
                "92507 $101.90/visit, T1016 service coordination $18.50/15 min. Claims must include the EI "
                "program modifier. Questions to the state office."
            ),
        ),
    ),
]
