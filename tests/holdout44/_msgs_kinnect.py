"""Outbound mail of Kinnect Care, a telehealth start-up (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nKinnect Care | virtual care, same day\n1-800-555-0142 | kinnectcare.com"
CONF = (
    "\n\nCONFIDENTIALITY: This message may contain protected health information. If you received it "
    "in error, delete it and notify the sender at privacy@kinnectcare.com."
)

_ENCOUNTER_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "kc-pt-551902",
                    "identifier": [{"system": "https://kinnectcare.com/mrn", "value": "KC-551902"}],
                    "name": [{"family": "Haddad", "given": ["Rania"]}],
                    "birthDate": "1987-09-30",
                    "telecom": [{"system": "phone", "value": "512-555-0118"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Encounter",
                    "status": "finished",
                    "class": {"code": "VR", "display": "virtual"},
                    "period": {"start": "2026-04-19T20:14:00-05:00", "end": "2026-04-19T20:31:00-05:00"},
                    "subject": {"reference": "Patient/kc-pt-551902"},
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J01.90", "display": "Acute sinusitis, unspecified"}]},
                    "subject": {"reference": "Patient/kc-pt-551902"},
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "intent": "order",
                    "medicationCodeableConcept": {"text": "amoxicillin-clavulanate 875-125 mg tablet, 1 PO BID x 7 days"},
                    "subject": {"reference": "Patient/kc-pt-551902"},
                }
            },
        ],
    },
    indent=1,
)

_TEST_PATIENT = json.dumps(
    {
        "resourceType": "Patient",
        "id": "synthetic-0007",
        "meta": {"tag": [{"system": "https://kinnectcare.com/tags", "code": "SYNTHETIC", "display": "Synthetic test record - not a real person"}]},
        "identifier": [{"system": "https://kinnectcare.com/mrn", "value": "TEST-000007"}],
        "name": [{"family": "ZZTESTPATIENT", "given": ["Sandbox"]}],
        "birthDate": "1900-01-01",
        "telecom": [{"system": "email", "value": "sandbox7@example.com"}],
    },
    indent=1,
)

_ORU = "\r".join(
    [
        "MSH|^~\\&|KINNECT|KINNECTCARE|PCPINBOX|ELMSTREETFM|202604211015||ORU^R01|KC0421-0093|P|2.5.1",
        "PID|1||KC-604417^^^KINNECT^MR||Brandt^Oskar^L||19720611|M|||2207 Wexford Ln^^Round Rock^TX^78664||512-555-0163",
        "PV1|1|O|VIRTUAL^^^KINNECT||||1372505366^Ashby^Noel^^^^MD",
        "OBR|1|KC-ORD-22871||4548-4^Hemoglobin A1c^LN|||202604170830",
        "OBX|1|NM|4548-4^Hemoglobin A1c^LN||7.9|%|4.0-5.6|H|||F",
        "OBX|2|NM|2093-3^Cholesterol total^LN||231|mg/dL|<200|H|||F",
        "",
    ]
)

_X12_270 = (
    "ISA*00*          *00*          *ZZ*KINNECTCARE    *ZZ*CLEARPATHEDI   *260421*0912*^*00501*000004471*0*P*:~"
    "GS*HS*KINNECTCARE*CLEARPATHEDI*20260421*0912*4471*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*KC270-4471*20260421*0912~"
    "HL*1**20*1~NM1*PR*2*TEXCARE HEALTH PLAN*****PI*74411~"
    "HL*2*1*21*1~NM1*1P*2*KINNECT CARE PA*****XX*1990423950~"
    "HL*3*2*22*0~TRN*1*KC-ELG-88140*9KINNECTCR~"
    "NM1*IL*1*ESPARZA*LUCIA****MI*TXC448120975~DMG*D8*19900214*F~DTP*291*D8*20260421~EQ*30~"
    "SE*12*0001~GE*1*4471~IEA*1*000004471~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="virtual visit summary to patient mailbox",
        notes="Patient's own gmail gets her name, UTI diagnosis and nitrofurantoin prescription.",
        frm="Kinnect Care Visits <visits@kinnectcare.com>",
        to="marisol.quintero88@gmail.com",
        subject="Your visit summary from Kinnect Care",
        body=(
            "Hi Marisol,\n\nThanks for seeing us tonight. Here is your visit summary.\n\n"
            "Patient: Marisol Quintero\nVisit: video, April 20, 2026, 9:42 PM CT, with Noel Ashby, MD\n"
            "Assessment: acute cystitis (uncomplicated urinary tract infection)\n"
            "Plan: nitrofurantoin 100 mg twice a day for 5 days, sent to your H-E-B pharmacy on Bee Cave Rd. "
            "Drink plenty of fluids. If you develop fever, back pain or vomiting, go to urgent care.\n\n"
            "You can reply in the app if you have questions." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="e-prescription clarification to retail pharmacy",
        notes="Pharmacy is told the patient's name, DOB and semaglutide titration dose.",
        frm="Dr. Helena Voss <helena.voss@kinnectcare.com>",
        to="rx.store4412@brazospharmacy.com",
        subject="Rx clarification - semaglutide",
        body=(
            "Hello,\n\nYou called about the Wegovy script for Terrence Oyelaran, DOB 03/08/1979. "
            "The correct strength is 0.5 mg/0.5 mL once weekly (step 2 of titration), not 1 mg. "
            "I have cancelled the erroneous e-script (ref 88f1-2c) and resent.\n\n"
            "Helena Voss, MD\nKinnect Care Weight Health\nDirect line 737-555-0127"
        ),
    ),
    Spec(
        phi=True,
        category="therapy session invitation with calendar file",
        notes="Hard positive: body is generic, but the calendar invite names the patient and says it is a sertraline/adjustment-disorder follow-up therapy session.",
        frm="Kinnect Care Scheduling <schedule@kinnectcare.com>",
        to="dana.whitfield@icloud.com",
        subject="Your session is confirmed",
        body="Your session is confirmed. Join from the Kinnect app 5 minutes early. Need to reschedule? Reply to this e-mail." + SIG,
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kinnect Care//Scheduling//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:kc-sess-77310@kinnectcare.com\nDTSTAMP:20260420T150000Z\n"
            "DTSTART:20260423T230000Z\nDTEND:20260423T235000Z\n"
            "SUMMARY:Therapy follow-up - Dana Whitfield with Corinne Lam\\, LCSW\n"
            "DESCRIPTION:Follow-up #4: adjustment disorder with anxiety; review sleep log and sertraline 50 mg tolerance.\n"
            "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@icloud.com\n"
            "ORGANIZER;CN=Kinnect Care:mailto:schedule@kinnectcare.com\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="orthopaedic referral letter PDF",
        notes="Hard positive: the body is a generic cover note; the attached referral PDF holds the patient's name, DOB and suspected ACL tear.",
        frm="Kinnect Care Referrals <referrals@kinnectcare.com>",
        to="intake@capitalsportsortho.com",
        subject="Referral - Kinnect Care",
        body="Good morning,\n\nPlease find our referral attached for scheduling. Imaging not yet done. Call 1-800-555-0142 ext 4 with questions.\n\nThanks,\nReferral Coordination Team" + SIG,
        atts=(
            Att(
                "KC_referral_20260421_ortho.pdf",
                "application/pdf",
                pdf(
                    [
                        "KINNECT CARE - REFERRAL FOR SPECIALTY CARE",
                        "",
                        "Patient: Devon Marchbanks    DOB: 11/02/1996    Phone: 512-555-0174",
                        "Referring clinician: Noel Ashby, MD (telehealth)",
                        "Referred to: Capital Sports Orthopedics",
                        "Reason: right knee injury playing soccer 04/18/2026, pop + immediate swelling,",
                        "positive self-performed Lachman per video exam; suspect ACL tear.",
                        "Requested: in-person evaluation within 7 days, consider MRI right knee.",
                        "Current meds: ibuprofen 600 mg TID PRN.  Allergies: NKDA.",
                    ],
                    "Referral - Marchbanks",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parent e-mail with child's home strep result",
        notes="Hard positive: only the child's first name plus the parent's personal mailbox and surname, with a positive strep result and antibiotic.",
        frm="Pediatric Care Team <peds@kinnectcare.com>",
        to="ortega.household@gmail.com",
        subject="Mateo's test",
        body=(
            "Hi Ms. Ortega,\n\nMateo's rapid strep swab from the home kit read positive. Dr. Ibsen sent amoxicillin "
            "(400 mg/5 mL, 6 mL twice daily for 10 days) to the Walgreens you picked. He can go back to school "
            "after 12 hours on the antibiotic if he has no fever.\n\nWarmly,\nJess, RN\nKinnect Care Pediatrics"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR encounter bundle to partner health system",
        notes="FHIR bundle with patient name, DOB, phone, sinusitis diagnosis and antibiotic order sent to the patient's health system.",
        frm="Interop Bot <interop@kinnectcare.com>",
        to="hie-inbound@stlukeshealthtx.org",
        subject="Encounter notification KC-551902",
        body="Automated encounter notification per care coordination agreement SLHT-KC-2025-03. Bundle attached.",
        atts=(Att("encounter_KC-551902.json", "application/fhir+json", _ENCOUNTER_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="HL7 result copy to primary care practice",
        notes="Hard positive: body names no one; the HL7 ORU attachment carries name, address, DOB and elevated A1c and cholesterol.",
        frm="Kinnect Lab Routing <labrouting@kinnectcare.com>",
        to="results@elmstreetfamilymed.com",
        subject="Copy of results - ORU attached",
        body="Per patient request, a copy of results ordered during a Kinnect virtual visit is attached in HL7 2.5.1 format.",
        atts=(Att("KC0421-0093.hl7", "application/hl7-v2", _ORU),),
    ),
    Spec(
        phi=True,
        category="PrEP renewal lab order to lab partner",
        notes="Hard positive: the body is terse; the subject pairs the patient's name with PrEP renewal and HIV/creatinine labs.",
        frm="Sexual Health Team <sexualhealth@kinnectcare.com>",
        to="orders@pinnacledrawcenters.com",
        subject="Priya Raman - PrEP renewal, HIV Ag/Ab + creatinine due",
        body="Order sent through the portal this morning. She'll walk in at your Lamar location. Thx.\n\n- K. Dufresne, PA-C",
    ),
    Spec(
        phi=True,
        category="self-pay receipt for dermatology visit",
        notes="Receipt to patient's outlook mailbox names him and the acne follow-up visit he paid for.",
        frm="Kinnect Billing <billing@kinnectcare.com>",
        to="g.feldmann@outlook.com",
        subject="Receipt for your Kinnect Care payment",
        html=(
            "<html><body style='font-family:Arial'><h2>Payment received</h2>"
            "<p>Thank you, Gabriel Feldmann.</p><table border='1' cellpadding='4'>"
            "<tr><td>Date of service</td><td>04/16/2026</td></tr>"
            "<tr><td>Service</td><td>Async dermatology follow-up - acne vulgaris (tretinoin refill)</td></tr>"
            "<tr><td>Amount</td><td>$49.00</td></tr><tr><td>Card</td><td>Visa ending 4410</td></tr>"
            "</table><p>Questions? billing@kinnectcare.com</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="headerless programme enrolment CSV to wellness vendor",
        notes="Hard positive: CSV with no header row lists names, DOBs and GLP-1 weight-programme cohort for an employer wellness vendor.",
        frm="Partnerships <partners@kinnectcare.com>",
        to="data@thrivepointwellness.com",
        subject="April file",
        body="Hi Marcus, April file attached, same layout as March. Let me know if the SFTP comes back up and I'll switch.\n\nAnya",
        atts=(
            Att(
                "kc_april.csv",
                "text/csv",
                "Beck,Lorraine,1981-06-02,GLP1-B,enrolled,2026-04-03\n"
                "Santangelo,Vic,1975-12-19,GLP1-B,enrolled,2026-04-07\n"
                "Mbeki,Thandiwe,1990-03-27,GLP1-A,paused-GI-intolerance,2026-04-09\n"
                "Whitcombe,Harlan,1968-08-14,GLP1-A,enrolled,2026-04-14\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rash photo to consulting dermatologist",
        notes="Hard positive: the patient's name is only in the photo's file name; body mentions third photo of the rash.",
        frm="Async Derm Queue <dermqueue@kinnectcare.com>",
        to="dr.okonkwo@lonestardermassociates.com",
        subject="e-consult #3318 - photos",
        body="Dr. Okonkwo,\n\nThird photo is the best one, taken in daylight. Spreading over 5 days, mildly pruritic, no new meds. Would value your read on tinea vs nummular eczema.\n\nThanks,\nRae (care coordinator)",
        atts=(Att("rash_Tobias_Engel_0419_3.png", "image/png", png(6, 6, (196, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="patient message forwarded to clinical lead",
        notes="Hard positive: the outer note has no identifier; the forwarded patient e-mail gives her name, mailbox, lithium dose and level.",
        frm="Support Desk <support@kinnectcare.com>",
        to="clinical.lead@kinnectcare.com",
        subject="Fwd: question about my lithium level",
        body="Forwarding - this came to support instead of the app. Can someone from psych reply via the portal? - Tomas",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Yvette Caldwell <yvette.caldwell71@yahoo.com>",
            to="support@kinnectcare.com",
            subject="question about my lithium level",
            body="Hello, Dr. Penrose ordered a lithium level last week and the result says 1.3. Is that too high? I've had shaky hands. I take 600 mg twice a day. Yvette Caldwell",
        ),
    ),
    Spec(
        phi=True,
        category="work excuse note to employer HR",
        notes="Hard positive: no diagnosis, but tells the employer a named employee was evaluated by the telehealth provider on given dates.",
        frm="Kinnect Care Documents <documents@kinnectcare.com>",
        to="hr@ridgelinelogistics.com",
        subject="Work note",
        body=(
            "To whom it may concern,\n\nJordan Pike was evaluated by a Kinnect Care clinician via telehealth on "
            "April 20, 2026 and may return to work on April 22, 2026 without restrictions.\n\n"
            "Kinnect Care Medical Group\nThis note was requested by the patient."
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization request with clinical docx",
        notes="Prior-auth form to payer with member ID, BMI, type 2 diabetes and GLP-1 request.",
        frm="Prior Auth Team <priorauth@kinnectcare.com>",
        to="pa.pharmacy@texcarehealth.com",
        subject="PA request - tirzepatide - TexCare member",
        body="Attached is our completed PA request and chart note. Please fax determination to 512-555-0149.",
        atts=(
            Att(
                "PA_tirzepatide_Esparza.docx",
                DOCX,
                docx(
                    [
                        "Kinnect Care Medical Group - Prior Authorization Request",
                        "Member: Lucia Esparza   DOB 02/14/1990   Member ID TXC448120975",
                        "Drug requested: tirzepatide (Mounjaro) 2.5 mg SC weekly, titrate to 5 mg",
                        "Diagnosis: E11.65 type 2 diabetes with hyperglycemia; E66.01 severe obesity, BMI 37.2",
                        "Prior therapy: metformin 1000 mg BID x 14 months (A1c 8.6% on 03/30/2026)",
                        "Prescriber: Helena Voss, MD, NPI 1839223801",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse safety escalation to on-call psychiatrist",
        notes="Hard positive: abbreviations only (pt initials, age, MRN, positive suicide-risk screen) to a contracted psychiatrist.",
        frm="BH Triage <bhtriage@kinnectcare.com>",
        to="r.salgado@hillcountrypsychpartners.com",
        subject="callback needed today",
        body="Dr S - pt KM 34F MRN KC-0088213, C-SSRS + (passive SI, no plan) at intake 4/20. Safety plan done, 988 given. Needs psych f/u w/in 24h. Cell on file. -LB",
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry to clearinghouse",
        notes="X12 270 with subscriber name, DOB and member ID sent to the clearinghouse for a visit.",
        frm="RCM Automation <rcm@kinnectcare.com>",
        to="batch@clearpathedi.com",
        subject="270 batch 4471",
        body="Batch 4471 attached (1 inquiry). Real-time endpoint timed out again, please check.",
        atts=(Att("KC270_4471.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=True,
        category="records production to plaintiff attorney",
        notes="Zip of a named patient's visit notes sent to a law firm under a signed authorization.",
        frm="Health Information Requests <roi@kinnectcare.com>",
        to="paralegal@brannockhaleylaw.com",
        subject="Records request - Mendez v. Ridgeline / our ref ROI-2026-0217",
        body=(
            "Counsel,\n\nPursuant to the HIPAA authorization signed by Arturo Mendez on 03/31/2026, enclosed are his "
            "Kinnect Care visit records (3 encounters, 01/2026-03/2026) and a certification of records. "
            "Invoice for $25.00 to follow.\n\nRelease of Information Desk\nKinnect Care" + CONF
        ),
        atts=(
            Att(
                "ROI-2026-0217_Mendez.zip",
                "application/zip",
                zipped(
                    {
                        "01_visit_2026-01-12.txt": "Patient: Arturo Mendez DOB 07/22/1983\nCC: low back pain after lifting at work\nA/P: lumbar strain; naproxen 500 mg BID; PT referral.\n",
                        "02_visit_2026-02-09.txt": "Patient: Arturo Mendez\nFollow-up: persistent L5 radicular pain. Ordered MRI lumbar spine.\n",
                        "03_visit_2026-03-16.txt": "Patient: Arturo Mendez\nMRI: L4-5 disc protrusion. Referred to spine surgery.\n",
                        "certification.txt": "I certify these are true copies of records kept in the ordinary course. - ROI Desk, Kinnect Care\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school medication authorisation form",
        notes="Hard positive: the body says only 'your student'; the PDF names the student with asthma and albuterol orders.",
        frm="Pediatric Care Team <peds@kinnectcare.com>",
        to="nurse.office@lincolnelem-risd.org",
        subject="Medication form for your student",
        body="Hello Nurse Patel,\n\nThe family asked us to send the signed inhaler authorization directly to you. It is attached.\n\nKinnect Care Pediatrics",
        atts=(
            Att(
                "med_authorization_Lindqvist.pdf",
                "application/pdf",
                pdf(
                    [
                        "KINNECT CARE PEDIATRICS - SCHOOL MEDICATION AUTHORIZATION",
                        "Student: Ava Lindqvist   Grade 4   DOB 05/09/2016",
                        "Condition: mild persistent asthma (J45.30)",
                        "Medication: albuterol HFA 90 mcg, 2 puffs q4h PRN wheeze, with spacer",
                        "May self-carry: yes.  Before PE: 2 puffs 15 minutes prior.",
                        "Prescriber: Ingrid Ibsen, MD    Signed 04/20/2026",
                    ],
                    "School medication authorization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="missed behavioral-health intake fee notice",
        notes="No-show notice to patient's aol mailbox names her and the missed behavioral-health intake.",
        frm="Kinnect Care Scheduling <schedule@kinnectcare.com>",
        to="bernadette.kolb@aol.com",
        subject="We missed you on April 17",
        body=(
            "Dear Bernadette Kolb,\n\nWe're sorry we missed you at your behavioral health intake video visit with "
            "Corinne Lam, LCSW, on Friday, April 17 at 10:00 AM. Under our policy a $25 missed-visit fee has been "
            "applied to your account. You can rebook in the app at any time.\n\nKinnect Care" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="lab result notice to patient personal mailbox",
        notes="Patient's yahoo mailbox receives his name with a normal TSH and vitamin D deficiency result.",
        frm="Kinnect Care Results <results@kinnectcare.com>",
        to="hollis.ward55@yahoo.com",
        subject="Your results are back",
        body=(
            "Hi Hollis,\n\nYour blood work from April 15 is back. Your thyroid test (TSH 2.1) is normal. Your "
            "vitamin D is low at 14 ng/mL. Dr. Ashby recommends vitamin D3 2,000 IU daily and a recheck in 3 months.\n\n"
            "Log in to see the full report." + SIG
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="monthly investor update with aggregate volumes",
        notes="Hard negative: conditions and visit counts are aggregate company metrics, no individual.",
        frm="Sana Whitlock <sana@kinnectcare.com>",
        to="investors@kinnectcare.com",
        cc="board@kinnectcare.com",
        subject="Kinnect Care - March 2026 investor update",
        body=(
            "Hi all,\n\nHeadline: 14,212 completed visits in March (+18% MoM), NPS 71, gross margin 58%.\n\n"
            "Top visit reasons: UTI (2,140), upper respiratory infection (1,987), sinusitis (1,204), "
            "anxiety/depression follow-ups (1,150), GLP-1 weight programme check-ins (960).\n"
            "Behavioral health wait time down to 2.8 days. Two new employer contracts signed (~6,400 lives).\n\n"
            "Asks: intros to Medicaid MCO digital-health leads in Texas and Florida.\n\nSana\nCEO, Kinnect Care"
        ),
    ),
    Spec(
        phi=False,
        category="clinical social worker job posting",
        notes="Hard negative: job ad lists conditions the role treats but concerns no patient.",
        frm="Kinnect Talent <talent@kinnectcare.com>",
        to="jobs-feed@healthcarecareerboard.com",
        subject="Posting: Licensed Clinical Social Worker (remote, TX/FL)",
        body=(
            "Title: LCSW - Virtual Behavioral Health (1.0 FTE, remote)\n\nYou will provide short-term therapy via video "
            "for adults with depression, generalized anxiety, PTSD and adjustment disorders, use PHQ-9/GAD-7 measurement-based "
            "care and coordinate with our psychiatric NPs on SSRIs and other medications.\n\nRequirements: active LCSW in Texas "
            "or Florida, 2+ years post-licensure. Salary $78k-$92k + equity.\nApply: kinnectcare.com/careers"
        ),
    ),
    Spec(
        phi=False,
        category="clinician bio for website",
        notes="Hard negative: clinician's name, specialty, conditions treated and NPI are provider information.",
        frm="Marketing <marketing@kinnectcare.com>",
        to="content@pixelfernagency.com",
        subject="Bio for the new endocrinology page",
        body=(
            "Here's the approved copy for Dr. Voss:\n\n"
            "Helena Voss, MD, is board-certified in endocrinology, diabetes and metabolism. She leads Kinnect's weight-health "
            "programme and treats type 2 diabetes, thyroid disease, PCOS and obesity, including GLP-1 medicines such as semaglutide "
            "and tirzepatide. Before Kinnect she practiced at Austin Diabetes Center for nine years.\n"
            "NPI 1839223801 (for the directory schema only, don't display).\n\nThanks! - Mo"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test patient to integration partner",
        notes="Hard negative: FHIR Patient resource is a tagged synthetic sandbox record, declared not a real person.",
        frm="Platform Engineering <eng@kinnectcare.com>",
        to="integrations@medbridgeapi.dev",
        subject="Sandbox fixture for the Patient $match test",
        body=(
            "Hi team,\n\nAttached is the synthetic Patient we use for $match (SYNTHETIC tag, ZZTESTPATIENT family name, DOB 1900-01-01). "
            "It only exists in our sandbox tenant. Please don't use production identifiers in the test plan.\n\nRaj"
        ),
        atts=(Att("synthetic-patient-0007.json", "application/fhir+json", _TEST_PATIENT),),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training reminder",
        notes="Hard negative: staff training mail uses generic examples of PHI and lists identifier types, no real person.",
        frm="Compliance <compliance@kinnectcare.com>",
        to="all-clinicians@kinnectcare.com",
        subject="Reminder: annual HIPAA refresher due April 30",
        body=(
            "Team,\n\nThe 2026 HIPAA refresher is live in the LMS (25 minutes). New this year:\n"
            "- Never paste a patient's name, DOB or MRN into Slack, even in #clinical-questions.\n"
            "- \"Jane was seen for a UTI\" is PHI if it can identify Jane - use the chart, not e-mail.\n"
            "- Screenshots of the visit queue count as PHI.\n\nCompletion is required by April 30.\n\nLeah Morrow, Privacy Officer"
        ),
    ),
    Spec(
        phi=False,
        category="SMS vendor pricing negotiation",
        notes="Commercial discussion with a messaging vendor; volumes only.",
        frm="Ops <ops@kinnectcare.com>",
        to="accounts@signalwirecomms.io",
        subject="Re: 2026 SMS pricing",
        body="Thanks Greg. At ~410k outbound SMS/month we'd need to be under $0.0062 per segment to move off our current provider. Can you also confirm you'll sign our BAA template before we route any reminder traffic?\n\nBest,\nElan Ruiz, Head of Operations",
    ),
    Spec(
        phi=False,
        category="seasonal allergy newsletter to subscriber",
        notes="Generic HTML newsletter to a newsletter subscriber's gmail; implies neither a condition nor that she is a patient.",
        frm="Kinnect Care <hello@kinnectcare.com>",
        to="nina.brockway@gmail.com",
        subject="Spring is here: 5 ways to handle allergy season",
        html=(
            "<html><body><h1>Allergy season survival guide</h1><ol>"
            "<li>Check the daily pollen count.</li><li>Shower after outdoor time.</li>"
            "<li>Try a saline rinse.</li><li>Non-drowsy antihistamines like loratadine can help.</li>"
            "<li>Persistent wheeze? Talk to a clinician.</li></ol>"
            "<p>You are receiving this because you subscribed to our newsletter at kinnectcare.com. <a href='https://kinnectcare.com/unsubscribe'>Unsubscribe</a></p>"
            "</body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="antibiotic shortage clinical guidance",
        notes="Hard negative: drug shortage notice with dosing substitutions, no patient.",
        frm="Pharmacy & Therapeutics <pnt@kinnectcare.com>",
        to="all-clinicians@kinnectcare.com",
        subject="Amoxicillin oral suspension shortage - substitutions",
        body=(
            "Clinicians,\n\nMultiple wholesalers report backorders of amoxicillin 400 mg/5 mL suspension through May. For pediatric strep "
            "pharyngitis, prefer amoxicillin chewable tablets when age-appropriate; otherwise cefdinir 7 mg/kg BID x 10 days (non-anaphylactic "
            "penicillin allergy) or azithromycin 12 mg/kg daily x 5 days. Please call the pharmacy before sending to confirm stock.\n\n"
            "Kinnect P&T Committee"
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule proposal workbook",
        notes="Hard negative: multi-sheet workbook of CPT codes and proposed rates; contract data, no patient.",
        frm="Payer Contracting <contracting@kinnectcare.com>",
        to="provider.contracts@texcarehealth.com",
        subject="Kinnect Care - proposed 2026-27 telehealth fee schedule",
        body="Attached is our counter-proposal. Sheet 2 has the behavioral health codes with modifier 95 and POS 10.",
        atts=(
            Att(
                "Kinnect_TexCare_fee_schedule_v3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Medical": [["CPT", "Description", "Current", "Proposed"], ["99212", "Office/outpatient est, straightforward", 52.10, 58.00], ["99213", "Office/outpatient est, low MDM", 78.40, 86.00], ["99214", "Office/outpatient est, moderate MDM", 112.75, 121.00]],
                        "Behavioral": [["CPT", "Description", "Current", "Proposed"], ["90791", "Psychiatric diagnostic evaluation", 142.00, 155.00], ["90834", "Psychotherapy 45 min", 88.60, 97.00], ["90837", "Psychotherapy 60 min", 121.30, 132.00]],
                        "Notes": [["Item", "Detail"], ["Modifier", "95 on all synchronous video"], ["Effective", "2026-07-01"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="candidate interview invitation",
        notes="Interview calendar invite to a job candidate's personal gmail; no health information.",
        frm="Kinnect Talent <talent@kinnectcare.com>",
        to="oliver.nakashima.dev@gmail.com",
        subject="Interview: Senior Backend Engineer - Thursday",
        body="Hi Oliver,\n\nLooking forward to Thursday. Invite attached; it's a 60-minute system design session with Raj and Priscilla.\n\nBest,\nDee from Talent",
        atts=(
            Att(
                "interview.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kinnect Care//Talent//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
                "UID:kc-int-2291@kinnectcare.com\nDTSTAMP:20260420T160000Z\nDTSTART:20260423T170000Z\nDTEND:20260423T180000Z\n"
                "SUMMARY:Kinnect Care - System design interview (Oliver Nakashima)\nLOCATION:https://meet.kinnectcare.com/int-2291\n"
                "END:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="workplace COVID exposure notice without names",
        notes="Hard negative: staff notice of a positive case in an office without identifying the employee.",
        frm="People Team <people@kinnectcare.com>",
        to="austin-office@kinnectcare.com",
        subject="Austin office: COVID-19 case notice",
        body="Hi Austin team,\n\nA team member who was in the office on Wednesday has tested positive for COVID-19. Contact tracing found no close contacts. We are not sharing who it is; please respect their privacy. Masks are optional; test kits are in the kitchen.\n\nPeople Team",
    ),
    Spec(
        phi=False,
        category="SOC 2 user access review evidence",
        notes="Hard negative: CSV of employee names, roles and EHR access levels for an auditor; workforce data only.",
        frm="Security <security@kinnectcare.com>",
        to="evidence@vantagepointaudit.com",
        subject="SOC 2 Type II - CC6.2 access review Q1",
        body="Attached: Q1 user access review for the clinical platform. Two terminations were deprovisioned same day (rows 4 and 7).",
        atts=(
            Att(
                "access_review_2026Q1.csv",
                "text/csv",
                "employee,role,system,access_level,reviewed_by,status\n"
                "Noel Ashby,Physician,Kinnect EHR,clinician,L. Morrow,retained\n"
                "Corinne Lam,LCSW,Kinnect EHR,clinician,L. Morrow,retained\n"
                "Pete Varga,Support agent,Kinnect EHR,scheduling,E. Ruiz,removed (terminated 2026-02-11)\n"
                "Raj Menon,Engineer,Prod DB,read-only break-glass,S. Whitlock,retained\n"
                "Tomas Greer,Support agent,Zendesk,agent,E. Ruiz,retained\n"
                "Ilse Brun,Engineer,Prod DB,admin,S. Whitlock,removed (terminated 2026-03-02)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: Safe Harbor de-identified workbook (age bands, 3-digit ZIP, year only) for a research partner.",
        frm="Data Science <data@kinnectcare.com>",
        to="telehealth-lab@utaustin-research.edu",
        subject="DUA 2026-04: de-identified extract v1",
        body="Per the data use agreement, attached is the Safe Harbor de-identified extract (n=5 shown as sample; full file on the enclave). No dates beyond year, ZIP3 only, ages over 89 grouped.",
        atts=(
            Att(
                "kc_deid_extract_v1.xlsx",
                XLSX,
                xlsx(
                    {
                        "visits": [["study_id", "age_band", "sex", "zip3", "visit_year", "icd10"], ["S0001", "30-39", "F", "787", 2025, "N39.0"], ["S0002", "60-69", "M", "786", 2025, "I10"], ["S0003", "18-29", "F", "770", 2026, "F41.1"], ["S0004", "90+", "F", "787", 2025, "J06.9"], ["S0005", "40-49", "M", "781", 2026, "E66.9"]],
                        "dictionary": [["field", "meaning"], ["study_id", "random, key destroyed"], ["zip3", "first 3 digits; ZIP3<20k pop suppressed"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR vendor bug report with test screenshot",
        notes="Hard negative: bug report about patient search in a test environment; screenshot shows a test tenant, no real patient.",
        frm="Platform Engineering <eng@kinnectcare.com>",
        to="support@charthivecloud.com",
        subject="[Sev3] Patient search returns HTTP 500 when DOB left blank (staging)",
        body="Repro on staging tenant kc-stg: open Patient Search, enter last name only, leave DOB blank, submit -> 500. Screenshot attached (staging, test data only). Expected: results or validation message.\n\nRaj Menon",
        atts=(Att("staging_search_500.png", "image/png", png(8, 5, (240, 240, 240))),),
    ),
    Spec(
        phi=False,
        category="SSO migration IT notice",
        notes="Internal IT notice about the identity provider change.",
        frm="IT <it@kinnectcare.com>",
        to="everyone@kinnectcare.com",
        subject="Okta cutover Saturday 6 AM CT",
        body="We move to the new Okta tenant Saturday. You'll be asked to re-enroll MFA on Monday. The clinical app will be down 6:00-6:30 AM CT; on-call clinicians have the downtime number.",
    ),
    Spec(
        phi=False,
        category="employer partnership press release",
        notes="Press release about a commercial partnership; no patient.",
        frm="Comms <press@kinnectcare.com>",
        to="newsdesk@austinbizjournal.com",
        subject="Embargoed: Kinnect Care and Ridgeline Logistics launch 24/7 virtual care",
        body="EMBARGOED UNTIL APRIL 22, 9 AM CT\n\nKinnect Care today announced that Ridgeline Logistics will offer its 3,100 drivers and warehouse staff $0 virtual urgent care and behavioral health visits...\n\nMedia contact: press@kinnectcare.com",
    ),
    Spec(
        phi=False,
        category="pricing reply to prospective member",
        notes="Support reply to a prospective member's hotmail about membership pricing and coverage area; no health information about her.",
        frm="Kinnect Support <support@kinnectcare.com>",
        to="kbarlow_92@hotmail.com",
        subject="Re: how much does it cost?",
        body="Hi Kelsey,\n\nThanks for asking! A membership is $12/month and urgent care visits are $39 each. We currently see patients located in Texas, Florida, Arizona and Colorado at the time of the visit. Many employer plans cover us at $0 - check with your HR.\n\nTomas\nKinnect Support",
    ),
    Spec(
        phi=False,
        category="clinician licence and DEA verification to credentialing vendor",
        notes="Hard negative: a physician's licence, NPI and DEA numbers for credentialing are provider identifiers, not PHI.",
        frm="Credentialing <credentialing@kinnectcare.com>",
        to="verifications@credentialstream.com",
        subject="Primary source verification - Ingrid Ibsen, MD",
        body=(
            "Please run PSV for our new pediatrician:\n\nIngrid Ibsen, MD - Pediatrics\nNPI 1520701461\n"
            "Texas license Q7741 (exp 11/2027); Florida ME 161290\nDEA FI1556654 (schedules 2-5)\nBoard: ABP, certified 2014\n\n"
            "Target start date May 4.\n\nMaya, Credentialing Specialist"
        ),
    ),
]
