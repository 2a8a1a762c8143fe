"""Bramblewood Children's Hospital, Social Work & Child Life department (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBramblewood Children's Hospital | Social Work & Child Life\n1400 Larkspur Avenue, Fenwick OH 43012 | 555-0142"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, please delete it and notify the sender."

MESSAGES = [
    Spec(
        phi=True,
        category="social worker to parent re discharge equipment",
        notes="Parent's gmail told her son Mateo's home oxygen and feeding pump delivery before discharge from the NICU step-down.",
        frm='"Renata Oyelaran, LMSW" <royelaran@bramblewoodchildrens.org>',
        to="claudia.villasenor.home@gmail.com",
        subject="Mateo's equipment before Thursday",
        body=(
            "Hi Claudia,\n\nQuick update: Apria confirmed they'll deliver Mateo's home oxygen concentrator and the Kangaroo feeding pump "
            "to your apartment Wednesday between 2 and 6. Dr. Haskins still expects discharge from the step-down unit Thursday if he keeps "
            "his sats up on 1/4 liter overnight.\n\nThe car seat test is scheduled for Wednesday morning too, so please bring the seat in.\n\nRenata"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="child life volunteer orientation schedule",
        notes="Volunteer orientation logistics for new child life volunteers; no patients.",
        frm="Child Life Volunteers <childlife.volunteers@bramblewoodchildrens.org>",
        to="volunteer-cohort-spring@bramblewoodchildrens.org",
        subject="Spring volunteer orientation - room change",
        body=(
            "Hello spring cohort!\n\nOrientation on Saturday moves to Conference Room B (Atrium level). Bring your badge photo ID and your TB test "
            "record if you have not uploaded it yet. We will tour the playroom, teen lounge and the sibling space, then practise "
            "infection-control toy cleaning.\n\nSee you at 9:00,\nMarisol, Volunteer Coordinator"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="child life specialist bio for newsletter",
        notes="Hard negative: staff bio mentions oncology, burns and sickle cell as work areas of a child life specialist; no patient.",
        frm="Communications <news@bramblewoodchildrens.org>",
        to="editor@fenwickparentmagazine.com",
        subject="Bio and photo for your 'Helpers' column",
        body=(
            "Hi Dana,\n\nHere is the bio for the column:\n\nPriya Anand, MS, CCLS, has been a certified child life specialist at Bramblewood since 2017. "
            "She works mostly with children on the hematology/oncology and burn units and runs our sickle cell clinic's 'Brave Beads' program, "
            "which gives kids a bead for every poke, scan and chemo day. Before Bramblewood she worked at a pediatric hospice.\n\n"
            "Headshot attached; credit Bramblewood Communications.\n\nThanks, Jo"
        ),
        atts=(Att("anand_headshot.png", "image/png", png(6, 6, (180, 150, 120))),),
    ),
    Spec(
        phi=True,
        category="psychosocial assessment to outside therapist",
        notes="Hard positive: psychosocial assessment DOCX for an adolescent after a suicide attempt sent to community therapist; identifiers only in the attachment.",
        frm='"Deshawn Pruitt, LCSW" <dpruitt@bramblewoodchildrens.org>',
        to="intake@riverbendfamilycounseling.com",
        subject="Referral packet as discussed",
        body="Attached is the packet we discussed by phone this morning. Family consented (signed ROI in the packet). Please call me with an intake date."
        + SIG
        + CONF,
        atts=(
            Att(
                "psychosocial_assessment.docx",
                DOCX,
                docx(
                    [
                        "BRAMBLEWOOD CHILDREN'S HOSPITAL - PSYCHOSOCIAL ASSESSMENT",
                        "Patient: Kaylee R. Dunmore   MRN 40718832   DOB 06/22/2011",
                        "Admitted 03/09/2026 to PICU after intentional ingestion of acetaminophen (approx. 40 tablets).",
                        "Medically cleared 03/12. Psychiatry consult: major depressive disorder, single episode, severe.",
                        "Stressors: parents' divorce, online bullying. Lives with mother (Tara Dunmore, 555-0178).",
                        "Safety plan completed; medications locked at home. Recommend weekly outpatient therapy within 7 days of discharge.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="toy donation thank-you to company",
        notes="Thank-you to a corporate donor for toys; no patient information.",
        frm="Child Life Department <childlife@bramblewoodchildrens.org>",
        to="community@brightbrickstoys.com",
        subject="Thank you for 340 building sets!",
        body=(
            "Dear Bright Brick team,\n\nYour donation of 340 building sets arrived last Friday and is already in our playrooms, the ED waiting room "
            "and our procedure 'treasure chest'. Kids who spend long weeks with us really value something they can build and take home.\n\n"
            "A tax acknowledgement letter will follow from our Foundation.\n\nWith gratitude,\nThe Child Life Team"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="financial assistance application to foundation",
        notes="Grant request to a charity names the child, his leukemia diagnosis and hospital stay for travel costs.",
        frm='"Gail Emberton, MSW" <gemberton@bramblewoodchildrens.org>',
        to="grants@littlelanternfund.org",
        subject="Emergency travel grant request",
        body=(
            "Hello Little Lantern grants team,\n\nI'm requesting an emergency travel grant for the family of Jaxon Whitlow (age 7), "
            "who was diagnosed with B-cell acute lymphoblastic leukemia on March 2 and is in induction chemotherapy on our 5 North unit. "
            "His parents drive 140 miles each way from Coldwater and his father has had to take unpaid leave.\n\n"
            "Requested: $600 for fuel and lodging for March-April. Parent contact: Brandy Whitlow, 555-0163.\n\nThank you,\nGail Emberton, MSW"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate social work consult volumes report",
        notes="Hard negative: quarterly consult counts by unit and reason (abuse concern, food insecurity) in an XLSX; aggregate only.",
        frm="Renee Caldwell <rcaldwell@bramblewoodchildrens.org>",
        to="vp-patientservices@bramblewoodchildrens.org",
        subject="Q1 social work consult volume (draft)",
        body="Draft Q1 numbers attached; March is through the 13th. Suspected-abuse consults are up 18% on Q4, mostly from the ED.",
        atts=(
            Att(
                "SW_consults_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By unit": [
                            ["Unit", "Jan", "Feb", "Mar (partial)"],
                            ["ED", 88, 91, 47],
                            ["PICU", 41, 38, 19],
                            ["NICU", 63, 58, 30],
                            ["5 North Onc", 22, 27, 12],
                        ],
                        "By reason": [
                            ["Reason", "Count"],
                            ["Suspected abuse/neglect", 96],
                            ["Food/housing insecurity", 71],
                            ["Adjustment to diagnosis", 143],
                            ["Bereavement", 19],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bereavement card mailing list to print vendor",
        notes="Hard positive: CSV for a print vendor lists families with the deceased child's first name and date of death for bereavement cards.",
        frm="Bereavement Program <bereavement@bramblewoodchildrens.org>",
        to="orders@meadowlarkprinting.com",
        subject="Spring remembrance card run - address file",
        body="Hi Tom, address file for the spring remembrance card run is attached (38 families). Same stock as last year, please. Proof to me before printing.\n\nLucia",
        atts=(
            Att(
                "remembrance_spring.csv",
                "text/csv",
                "family_name,address,city,zip,child_first_name,date_of_death\n"
                "Okafor,22 Birchcrest Ln,Fenwick,43012,Chidi,2025-10-04\n"
                "Lindqvist,908 Route 9,Marlow,43077,Elsa,2025-11-19\n"
                "Reyes-Moreno,41 Quarry St Apt 3,Fenwick,43015,Santiago,2025-12-28\n"
                "Baptiste,1120 Old Mill Rd,Harlan Springs,43101,Noah,2026-01-15\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sibling support group flyer to schools",
        notes="Hard negative: flyer for a sibling support group for kids whose brother or sister has cancer; no individual named.",
        frm="Child Life Department <childlife@bramblewoodchildrens.org>",
        to="counselors@fenwickcityschools.org",
        subject="SibShop - please share with families",
        body=(
            "Dear school counselors,\n\nSibShop is a free Saturday group for children 6-12 who have a brother or sister with cancer, a heart condition "
            "or another serious illness. Games, art and time with other kids who get it. Next sessions: April 11 and May 9, 10 am-1 pm, "
            "Bramblewood Family Resource Center. Flyer attached.\n\nChild Life"
        ),
        atts=(
            Att(
                "SibShop_flyer_spring2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRAMBLEWOOD CHILDREN'S HOSPITAL - CHILD LIFE",
                        "SibShop: for brothers and sisters",
                        "Ages 6-12 | Saturdays April 11 and May 9 | 10 am - 1 pm",
                        "Family Resource Center, 1400 Larkspur Ave",
                        "Free. Lunch provided. Call 555-0142 to sign up.",
                    ],
                    "SibShop flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse text-style note to charge nurse about child's visitor restriction",
        notes="Hard positive: terse note to a nurse's personal gmail naming an inpatient by room number, first name and initial, with a DCFS safety plan restricting the father's visits.",
        frm='"Deshawn Pruitt, LCSW" <dpruitt@bramblewoodchildrens.org>',
        to="k.ostrowski.rn@gmail.com",
        subject="rm 4112",
        body="Kat - 4112 (Amari B.) - dad NOT allowed per DCFS safety plan as of tonight. Mom + grandma only. Security has photo. Pls pass to nights. -D",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher for child life students",
        notes="Hard negative: HIPAA training slide text with made-up example 'Jane Doe' clearly labelled as a fictional scenario.",
        frm='"Priya Anand, CCLS" <panand@bramblewoodchildrens.org>',
        to="cl-interns@bramblewoodchildrens.org",
        subject="Privacy module before your first shift",
        body=(
            "Interns,\n\nBefore Monday please complete the privacy module. Key points:\n"
            "- Never post photos from the playroom, even if a child's face is hidden.\n"
            "- Do not talk about patients in elevators or the cafeteria.\n"
            "- Scenario (fictional): 'Jane Doe, 8, is in for a tonsillectomy and her aunt calls asking how surgery went.' What can you say? Answer: nothing, refer to the nurse.\n\n"
            "Quiz link is in the LMS.\nPriya"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed to external family housing charity",
        notes="Hard positive: HL7 A01 admission message for a child sent to a family housing charity's integration inbox; patient identity only in the HL7.",
        frm="Interface Team <interfaces@bramblewoodchildrens.org>",
        to="integration@harborlighthouse-families.org",
        subject="Test of live referral feed - 1 message",
        body="Per the project plan, one live referral message for end-to-end validation is attached. Please confirm receipt and parse.",
        atts=(
            Att(
                "adt_referral_0317.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|BCH_ADT|BRAMBLEWOOD|HLH_REF|HARBORLIGHT|202603170842||ADT^A01|BCH0317084201|P|2.5.1\r"
                "PID|1||40722915^^^BCH^MR||TORRES^ISABELLA^M||20190402|F|||77 Ashgrove Ct^^Lindale^OH^43088||555-0117\r"
                "PV1|1|I|3W^3112^A||||1982736450^HASKINS^LEE|||CAR\r"
                "DG1|1||Q21.3^Tetralogy of Fallot^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor quote for playroom furniture",
        notes="Vendor purchasing thread for playroom furniture; no patients.",
        frm="Marisol Quintero <mquintero@bramblewoodchildrens.org>",
        to="sales@kidspacecommercial.com",
        subject="RE: Quote 26-0419 playroom tables",
        body=(
            "Hi Alan,\n\nThanks for the quote. We need the tables with antimicrobial laminate and rounded corners, and the chairs must be wipeable "
            "with our bleach wipes (Sani-Cloth). Can you revise for 6 tables and 24 chairs and confirm lead time before April 30?\n\nMarisol Quintero\nChild Life Program Manager"
        ),
    ),
    Spec(
        phi=True,
        category="school re-entry letter for child after burn injury",
        notes="Letter to school nurse names the child, her burn grafts and the pressure garment and activity limits.",
        frm='"Priya Anand, CCLS" <panand@bramblewoodchildrens.org>',
        to="nurse.hollis@marlowelementary.org",
        subject="School re-entry plan - Harper Quist",
        body=(
            "Dear Ms. Hollis,\n\nWith Harper's parents' permission, here is the re-entry plan we talked about. Harper Quist (2nd grade, Mrs. Amato's class) "
            "returns Monday after 5 weeks with us for burns to her right arm and hand that needed skin grafts. She wears a pressure garment all day; "
            "please let her skip recess in direct sun and PE until her surgeon clears her (visit April 8). She may ask to apply lotion around 11.\n\n"
            "I'll visit the class Tuesday at 1:30 to answer the kids' questions with Harper.\n\nPriya Anand, CCLS"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice for sedation alternatives",
        notes="Hard negative: pharmacy shortage notice about oral midazolam with alternatives for procedures; no patient.",
        frm="Pharmacy Communications <rx-news@bramblewoodchildrens.org>",
        to="sedation-team@bramblewoodchildrens.org",
        cc="childlife@bramblewoodchildrens.org",
        subject="SHORTAGE: midazolam oral syrup 2 mg/mL",
        body=(
            "Midazolam oral syrup 2 mg/mL is on national backorder through at least May. Until then:\n"
            "- Intranasal midazolam via atomizer for procedural anxiolysis (dose per formulary).\n"
            "- Child life distraction and comfort positioning first-line for IV starts.\n"
            "- Do not compound from IV solution without pharmacist approval.\n\nQuestions: ext 4-7730."
        ),
    ),
    Spec(
        phi=True,
        category="FHIR referral to hospice for palliative child",
        notes="Hard positive: FHIR ServiceRequest bundle to pediatric hospice naming the child with DIPG; body only says 'referral attached'.",
        frm="Palliative Care Social Work <palliative.sw@bramblewoodchildrens.org>",
        to="referrals@gentletidehospice.org",
        subject="Referral",
        body="Referral attached. Family prefers calls after 4 pm.",
        atts=(
            Att(
                "servicerequest.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "urn:bch:mrn", "value": "40699104"}], "name": [{"family": "Castellanos", "given": ["Emilio"]}], "birthDate": "2017-08-30", "telecom": [{"system": "phone", "value": "555-0129"}]}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p1"}, "code": {"text": "Diffuse intrinsic pontine glioma"}}},\n'
                ' {"resource": {"resourceType": "ServiceRequest", "subject": {"reference": "Patient/p1"}, "code": {"text": "Pediatric hospice home care evaluation"}, "intent": "order", "status": "active"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting for child life specialist",
        notes="Hard negative: job posting describing work with children with cancer and trauma; no patients.",
        frm="Talent Acquisition <careers@bramblewoodchildrens.org>",
        to="jobs@acclslistserv.org",
        subject="Posting: Certified Child Life Specialist - Emergency Dept (1.0 FTE)",
        body=(
            "Bramblewood Children's Hospital seeks a CCLS for our Level I pediatric trauma center ED.\n\n"
            "You will prepare children for sutures, fracture reductions, lumbar punctures and sexual assault exams; support families at end of life; "
            "and teach staff about developmentally appropriate care. Requirements: CCLS certification, 1 year clinical experience, BLS. "
            "Spanish a plus.\n\nApply at careers.bramblewoodchildrens.org, req 26-1184."
        ),
    ),
    Spec(
        phi=True,
        category="reply to grandmother about guardianship paperwork and visit",
        notes="Reply to grandmother's yahoo address confirms her granddaughter is an inpatient and discusses temporary guardianship for consent to surgery.",
        frm='"Gail Emberton, MSW" <gemberton@bramblewoodchildrens.org>',
        to="bettyjo.fairclough@yahoo.com",
        subject="RE: papers for Skylar",
        body=(
            "Dear Mrs. Fairclough,\n\nYes, please bring the probate court's temporary guardianship order when you come tomorrow. Without it the "
            "surgeons can't take your signature for Skylar's spinal fusion on the 24th. She is doing well on 6 East and asked me to tell you "
            "she wants the purple blanket.\n\nVisiting is 8 am-8 pm; ask for me at the 6 East desk.\n\nGail"
            + SIG
            + "\n\n> From: Betty Jo Fairclough\n> What do I need to bring about being her guardian?"
        ),
    ),
    Spec(
        phi=False,
        category="child life meeting invite",
        notes="Calendar invite for a department meeting; no patients.",
        frm="Marisol Quintero <mquintero@bramblewoodchildrens.org>",
        to="childlife@bramblewoodchildrens.org",
        subject="Child Life staff meeting - March",
        body="Agenda: Child Life Month recap, new medical play kits, holiday schedule for summer. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bramblewood//ChildLife//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:cl-staff-20260319@bramblewoodchildrens.org\r\nDTSTAMP:20260313T150000Z\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T180000Z\r\n"
            "SUMMARY:Child Life staff meeting\r\nLOCATION:Conference Room B\r\nORGANIZER:mailto:mquintero@bramblewoodchildrens.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="medical interpreter scheduling with patient name and procedure",
        notes="Request to interpreter agency names the child and his MRI under sedation with date and time.",
        frm="Social Work Scheduling <sw.scheduling@bramblewoodchildrens.org>",
        to="dispatch@tricountyinterpreters.com",
        subject="Nepali interpreter needed Thu 3/19 7:15",
        body=(
            "Please send an in-person Nepali interpreter:\n\nDate: Thu 3/19, 7:15-10:00\nPatient: Bikash Gurung, age 4 (parent: Sita Gurung)\n"
            "Location: Radiology, 1st floor, Sedation Suite\nVisit: MRI brain with sedation, consent and recovery teaching\n\nPO 26-3318. Thank you."
        ),
    ),
    Spec(
        phi=False,
        category="de-identified child life research extract",
        notes="Hard negative: de-identified study extract (study IDs, age bands, procedure type, distress scores) for IRB-approved research collaborator.",
        frm='"Priya Anand, CCLS" <panand@bramblewoodchildrens.org>',
        to="l.moretti@ohiostate-childdev.edu",
        subject="Distress study extract v2 (de-identified)",
        body=(
            "Laura,\n\nAttached is v2 of the extract for the IV-start distress study. Safe Harbor de-identified by our honest broker: study IDs only, "
            "ages in bands, no dates. 212 rows. Let me know if the CHEOPS columns look right.\n\nPriya"
        ),
        atts=(
            Att(
                "distress_extract_v2.csv",
                "text/csv",
                "study_id,age_band,procedure,intervention,cheops_pre,cheops_post\nS-0001,4-6,PIV,distraction_tablet,9,6\nS-0002,7-9,PIV,none,8,8\nS-0003,4-6,lab_draw,comfort_position,10,7\nS-0004,10-12,PIV,distraction_tablet,7,5\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition summary to rehab hospital",
        notes="Hard positive: C-CDA of a teen with traumatic brain injury sent to rehab social worker; body only says 'see attached'.",
        frm='"Renata Oyelaran, LMSW" <royelaran@bramblewoodchildrens.org>',
        to="admissions.sw@crestviewpedsrehab.org",
        subject="Transition packet",
        body="See attached. Bed offer accepted by family for Monday.",
        atts=(
            Att(
                "transition_summary.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                "  <title>Transition of Care Summary - Bramblewood Children's Hospital</title>\n"
                '  <recordTarget><patientRole><id extension="40731206" root="2.16.840.1.113883.19.5"/>\n'
                '    <patient><name><given>Dominic</given><family>Ferraro</family></name><birthTime value="20100114"/></patient>\n'
                "  </patientRole></recordTarget>\n"
                "  <component><section><title>Problems</title><text>Severe traumatic brain injury after ATV crash 02/21/2026; tracheostomy decannulated 03/10.</text></section></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter Child Life Month",
        notes="HTML-only donor newsletter celebrating Child Life Month with aggregate numbers; no individual patient.",
        frm="Bramblewood Foundation <foundation@bramblewoodchildrens.org>",
        to="friends@lists.bramblewoodchildrens.org",
        subject="March is Child Life Month - thank you!",
        body="",
        html=(
            "<html><body><h1>Child Life Month</h1><p>Last year our child life specialists supported <b>11,480</b> children through procedures, "
            "surgeries and long stays, and hosted <b>212</b> sibling visits.</p><p>Your gifts paid for medical play dolls, the teen lounge gaming "
            "console and 3,000 'bravery beads'.</p><p><a href=\"https://give.bramblewoodchildrens.org\">Give today</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only portal alert with diagnosis in subject",
        notes="Hard positive: HTML-only mail to a parent's personal mailbox; the child's name and sickle cell crisis follow-up appear in the subject.",
        frm="Bramblewood MyChart <noreply@bramblewoodchildrens.org>",
        to="tshombe.adeyemi@outlook.com",
        subject="Zuri - sickle cell crisis follow-up: new message from social work",
        body="",
        html=(
            "<html><body><p>You have a new message from Social Work in Bramblewood MyChart.</p>"
            '<p><a href="https://mychart.bramblewoodchildrens.org/msg">Sign in to read it</a></p></body></html>'
        ),
    ),
    Spec(
        phi=False,
        category="staff wellness notice after patient death cluster",
        notes="Hard negative: staff support notice after several difficult deaths; no patient identified.",
        frm="Employee Assistance <eap@bramblewoodchildrens.org>",
        to="all-pediatric-icu@bramblewoodchildrens.org",
        subject="Support for PICU team this week",
        body=(
            "PICU colleagues,\n\nThe last two weeks have brought several losses on the unit. Chaplaincy and EAP counselors will hold drop-in debriefs "
            "Tuesday 7 am and 7 pm in the family lounge. Confidential counseling: 555-0190, 24/7.\n\nTake care of yourselves and each other."
        ),
    ),
    Spec(
        phi=True,
        category="mileage reimbursement spreadsheet with family and treatment dates",
        notes="Hard positive: multi-sheet XLSX to a charity with headerless rows of parent names, child first names and chemo dates.",
        frm='"Gail Emberton, MSW" <gemberton@bramblewoodchildrens.org>',
        to="finance@littlelanternfund.org",
        subject="March mileage reimbursements",
        body="Hi Rosa, attached are March reimbursements for the families on the travel grant. Second tab is the visit log you asked for.",
        atts=(
            Att(
                "mileage_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Payees": [
                            ["Payee", "Miles", "Amount"],
                            ["Brandy Whitlow", 1120, 786.24],
                            ["Omar Haddad", 640, 449.28],
                        ],
                        "Log": [
                            ["Whitlow", "Jaxon", "2026-03-02", "induction chemo day 1"],
                            ["Whitlow", "Jaxon", "2026-03-09", "LP + intrathecal MTX"],
                            ["Haddad", "Layla", "2026-03-05", "port placement"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="legal team question about subpoena policy",
        notes="Policy question to hospital counsel about handling subpoenas in custody disputes; no patient named.",
        frm="Renee Caldwell <rcaldwell@bramblewoodchildrens.org>",
        to="counsel@hartwellgreenlaw.com",
        subject="Policy question - custody subpoenas",
        body=(
            "Mr. Hartwell,\n\nOur social workers increasingly receive subpoenas to testify in custody cases. Could you review the attached draft policy: "
            "staff route all subpoenas to HIM, never testify without counsel, and release records only with a court order or both parents' authorization?\n\nRenee Caldwell, Director of Social Work"
        ),
        atts=(
            Att(
                "DRAFT_subpoena_policy.docx",
                DOCX,
                docx(
                    [
                        "DRAFT - Social Work Response to Subpoenas",
                        "1. Route all subpoenas to Health Information Management the same day.",
                        "2. Do not discuss any patient with attorneys before HIM and Legal review.",
                        "3. Fields HIM will verify: patient name, MRN, date range, type of records, court order number.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent complaint about pain management",
        notes="Forward of a mother's complaint naming her son, his appendectomy and pain medication, sent to patient relations contractor.",
        frm="Renee Caldwell <rcaldwell@bramblewoodchildrens.org>",
        to="casework@clearpathpatientadvocates.com",
        subject="FW: complaint - please open a case",
        body="Please open a grievance case for this one; 7-day letter due 3/23. Thanks, Renee",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Monica Delacroix <monica.delacroix77@gmail.com>",
            to="patientrelations@bramblewoodchildrens.org",
            subject="My son was left in pain",
            body=(
                "My son Theo Delacroix (10) had his appendix out on March 11 and for 6 hours after surgery nobody gave him anything but Tylenol. "
                "The nurse said the morphine order was 'not in yet'. He was screaming. I want to know why. Room 5218. Monica Delacroix, 555-0154"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="conference abstract on medical play with aggregate results",
        notes="Hard negative: conference abstract with aggregate outcomes for children undergoing cardiac surgery; no individual.",
        frm='"Priya Anand, CCLS" <panand@bramblewoodchildrens.org>',
        to="abstracts@childlifecouncil.org",
        subject="Abstract submission: medical play before cardiac surgery",
        body=(
            "Title: Medical play and pre-operative anxiety in children before cardiac surgery\n\n"
            "Methods: 64 children aged 4-10 scheduled for open-heart surgery were randomized to standard preparation or a 30-minute medical play session. "
            "Results: mean mYPAS at induction 38.2 vs 51.7 (p=0.01). Parents in the play group reported less anxiety.\n\n"
            "Authors: P. Anand, CCLS; M. Quintero, MS, CCLS; L. Haskins, MD (Pediatric Cardiology, NPI 1982736450)."
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form text from social work to shelter",
        notes="Hard positive: OCR text of a scanned intake form sent to a DV shelter with the mother's and infant's names, NICU stay and address.",
        frm='"Deshawn Pruitt, LCSW" <dpruitt@bramblewoodchildrens.org>',
        to="advocates@safeharborshelter.org",
        subject="scan",
        body="Scanned form attached (OCR text). Mom agreed to the referral.",
        atts=(
            Att(
                "scan_0316_1422.txt",
                "text/plain",
                "SAFE HARBOR REFERRAL F0RM\nReferring agency: Bramblewood Childrens Hosp - Soc Work\nAdult: Jessamyn Ruel   DOB 11/03/1998\nChild(ren): Ava Ruel  DOB 01/30/2026\n"
                "Current location: inf@nt in NICU bed 14 (prematurity 31 wks, resp distress) - expected d/c 3/25\nLast addr: 519 Vinton St #2, Fenwick 43015  Ph 555-0131\n"
                "Safety concern: partner strangulation 3/14, protective order pending\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped purchase order to vendor",
        notes="Hard negative: supply order whose PO number looks like an SSN; no person.",
        frm="Child Life Supplies <cl.supplies@bramblewoodchildrens.org>",
        to="orders@playwellmedicalkits.com",
        subject="PO 412-83-5519 medical play kits",
        body=(
            "Please ship under PO 412-83-5519:\n- 20 x Medical play doll kits (IV, port, G-tube accessories)\n- 10 x Pretend MRI scanners (cardboard)\n"
            "- 50 x Bravery bead starter strands\nShip to Child Life, 1400 Larkspur Ave, Receiving Dock 3.\n\nThanks, Lucia"
        ),
    ),
    Spec(
        phi=True,
        category="appointment reminder ics to teen with clinic name",
        notes="Calendar invite to a teen's gmail for a gender clinic psychosocial visit; clinic type and her name reveal health care.",
        frm='"Deshawn Pruitt, LCSW" <dpruitt@bramblewoodchildrens.org>',
        to="riley.okonkwo.2009@gmail.com",
        subject="Your visit with me on Friday",
        body="Hi Riley, here's the invite for Friday's check-in at the Gender Health Clinic. Bring your journal if you want. - Deshawn",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bramblewood//SW//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:sw-okonkwo-20260320@bramblewoodchildrens.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260320T193000Z\r\nDTEND:20260320T203000Z\r\n"
            "SUMMARY:Riley Okonkwo - Gender Health Clinic psychosocial follow-up\r\nLOCATION:Bramblewood Adolescent Center, Suite 210\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="zip of teaching scripts for procedures",
        notes="Zip of generic preparation scripts for procedures (MRI, VCUG, IV start); no patient.",
        frm='"Priya Anand, CCLS" <panand@bramblewoodchildrens.org>',
        to="childlife@mercyvalleyhospital.org",
        subject="Our prep scripts, as promised",
        body="Hi Jen, great meeting you at the regional meeting. Here are our preparation scripts; adapt freely.\n\nPriya",
        atts=(
            Att(
                "prep_scripts.zip",
                "application/zip",
                zipped(
                    {
                        "MRI_prep.txt": "The MRI is a big camera that takes pictures of the inside of your body. It makes loud knocking sounds...",
                        "VCUG_prep.txt": "A nurse will put a small soft tube where your pee comes out. It might feel cold and a little uncomfortable...",
                        "IV_start.txt": "Choose your comfort position. You can look or look away. Count the bubbles with me...",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PDF letter of medical necessity for housing",
        notes="PDF letter to a landlord's housing authority naming the child, his asthma hospitalizations and mold.",
        frm='"Renata Oyelaran, LMSW" <royelaran@bramblewoodchildrens.org>',
        to="reasonableaccommodation@fenwickhousing.org",
        subject="Letter supporting transfer request - Pham household",
        body="Attached is our letter supporting the Pham family's emergency transfer request. Please contact me with questions."
        + SIG,
        atts=(
            Att(
                "Pham_transfer_support.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRAMBLEWOOD CHILDREN'S HOSPITAL - SOCIAL WORK",
                        "March 16, 2026",
                        "Re: Minh Pham, DOB 09/12/2018, 300 Cedar Row Apt 6C, Fenwick",
                        "Minh has severe persistent asthma and has been admitted to our hospital three times since",
                        "November 2025, including one PICU stay. His pulmonologist believes mold in the unit is a trigger.",
                        "We support an emergency transfer to a unit without water damage.",
                        "Renata Oyelaran, LMSW",
                    ],
                    "Letter of support",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="parking validation process change",
        notes="Operational notice about family parking vouchers; no individual.",
        frm="Social Work Department <socialwork@bramblewoodchildrens.org>",
        to="parking.office@bramblewoodchildrens.org",
        subject="Family parking vouchers - new process April 1",
        body="From April 1 social work will issue weekly family parking passes from the portal instead of paper vouchers. Families staying 7+ days qualify. Please retire the blue voucher stock.",
    ),
    Spec(
        phi=True,
        category="one-line reply confirming child's NAS withdrawal plan to CPS",
        notes="Hard positive: one-line reply to a county caseworker that the baby's neonatal abstinence score is down and morphine wean continues; the family name is only in the subject and quoted text.",
        frm='"Renata Oyelaran, LMSW" <royelaran@bramblewoodchildrens.org>',
        to="k.brandt@fenwickcountyjfs.gov",
        subject="RE: Baby Lowry",
        body="Scores under 8 for 48h, morphine wean continues; earliest d/c Monday.\n\n> Any update on the Lowry infant (born 3/3)? Mom's drug screen came back positive for fentanyl.",
    ),
    Spec(
        phi=False,
        category="clinician directory update with DEA number",
        notes="Hard negative: internal directory update of a clinician's credentials including DEA and NPI; provider identifiers only.",
        frm="Medical Staff Office <medstaff@bramblewoodchildrens.org>",
        to="directory@bramblewoodchildrens.org",
        subject="Directory update: Dr. Lee Haskins",
        body="Please update: Lee Haskins, MD, Pediatric Cardiology. NPI 1982736450. DEA AR4829175 (renewed, exp 2029). Clinic days Tue/Thu. Pager 3317.",
    ),
]
