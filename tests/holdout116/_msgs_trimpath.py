"""TrimPath Health (weight-management telehealth company): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

CARE = "TrimPath Care Team <care@trimpathhealth.com>"
FOOT = "\n\nTrimPath Health | Medical weight care, online\nMember support (888) 555-0120 | trimpathhealth.com\n1100 Congress Ave, Suite 900, Austin, TX 78701"

_MEDREQ = {
    "resourceType": "MedicationRequest",
    "id": "tp-rx-7730418",
    "status": "active",
    "intent": "order",
    "medicationCodeableConcept": {
        "coding": [
            {
                "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                "code": "2553506",
                "display": "tirzepatide 5 MG in 0.5 ML Auto-Injector",
            }
        ]
    },
    "subject": {"reference": "Patient/tp-88140", "display": "Harold Benning"},
    "contained": [
        {
            "resourceType": "Patient",
            "id": "tp-88140",
            "name": [{"family": "Benning", "given": ["Harold"]}],
            "birthDate": "1974-06-30",
            "telecom": [{"system": "phone", "value": "(512) 555-0176"}],
            "address": [
                {
                    "line": ["6802 Shoal Creek Blvd"],
                    "city": "Austin",
                    "state": "TX",
                    "postalCode": "78757",
                }
            ],
        }
    ],
    "reasonCode": [
        {
            "coding": [
                {
                    "system": "http://hl7.org/fhir/sid/icd-10-cm",
                    "code": "E66.811",
                    "display": "Obesity, class 1",
                },
                {
                    "system": "http://hl7.org/fhir/sid/icd-10-cm",
                    "code": "R73.03",
                    "display": "Prediabetes",
                },
            ]
        }
    ],
    "dosageInstruction": [{"text": "Inject 5 mg subcutaneously once weekly"}],
    "requester": {"display": "Jordan Vance, FNP-C"},
}

_OBS_BUNDLE = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "tp-90211",
                "name": [{"family": "Lindqvist-Moore", "given": ["Abigail"]}],
                "birthDate": "1986-01-09",
                "identifier": [
                    {"system": "https://trimpathhealth.com/member", "value": "TP-90211"}
                ],
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {"text": "Body weight"},
                "subject": {"reference": "Patient/tp-90211"},
                "effectiveDateTime": "2026-02-02",
                "valueQuantity": {"value": 231.4, "unit": "lb"},
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {"text": "Body weight"},
                "subject": {"reference": "Patient/tp-90211"},
                "effectiveDateTime": "2026-05-04",
                "valueQuantity": {"value": 209.8, "unit": "lb"},
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {"text": "Blood pressure"},
                "subject": {"reference": "Patient/tp-90211"},
                "effectiveDateTime": "2026-05-04",
                "valueString": "128/82 mmHg",
            }
        },
    ],
}

MESSAGES = [
    Spec(
        phi=True,
        category="program welcome with first GLP-1 prescription",
        notes="Welcome email to the member's gmail naming her, her semaglutide starting dose and the pharmacy shipment.",
        frm=CARE,
        to="lena.marchetti.atx@gmail.com",
        subject="Welcome to TrimPath, Lena - your first month",
        body="Hi Lena,\n\nWelcome! After your video visit with Jordan Vance, FNP-C, on Monday, your prescription for semaglutide 0.25 mg weekly (month 1 starter dose) was sent to our partner pharmacy, Alamo Specialty Rx. It ships in a cold pack to your address on file; expect it Thursday.\n\nInject once a week on the same day. Nausea is common in the first weeks - eat smaller meals and stop when you feel full. Your next check-in with your coach, Bianca, is May 19.\n\nThe TrimPath Care Team"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="FHIR MedicationRequest to partner pharmacy",
        notes="Hard positive: FHIR JSON with the patient's name, DOB, address, obesity and prediabetes codes and a tirzepatide order; the body says only 'order attached'.",
        frm="TrimPath Integrations <integrations@trimpathhealth.com>",
        to="intake@alamospecialtyrx.com",
        subject="Order 7730418",
        body="New order attached (FHIR R4). Please confirm receipt via the usual endpoint; the API was down for maintenance at 02:00 CT.",
        atts=(
            Att(
                "MedicationRequest_7730418.json",
                "application/fhir+json",
                json.dumps(_MEDREQ, indent=1),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR weight observations to primary care",
        notes="Hard positive: FHIR Bundle for the member's PCP with her name, DOB, member ID, weights and blood pressure from the program.",
        frm="TrimPath Clinical Records <records@trimpathhealth.com>",
        to="hie-inbox@hillcountryfamilyclinic.com",
        subject="Care update - shared patient",
        body="Dr. Menon,\n\nWith the member's authorization, her connected-scale weights and latest blood pressure are attached in FHIR format for import.\n\nRenata Cole, MD\nMedical Director, TrimPath Health",
        atts=(
            Att("Bundle_TP-90211.json", "application/fhir+json", json.dumps(_OBS_BUNDLE, indent=1)),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style prior auth approval to member",
        notes="Hard positive: texting-style note to the member's yahoo with his first name, the approved tirzepatide dose and shipping date.",
        frm="Bianca Ruiz <bianca.ruiz@trimpathhealth.com>",
        to="dre.okonkwo@yahoo.com",
        subject="good news!!",
        body="Andre!! your plan approved the Zepbound 5mg, ships Tues. don't skip the protein goal this week lol. -Bianca (your TrimPath coach)",
    ),
    Spec(
        phi=True,
        category="HTML-only medication shipment notice",
        notes="Hard positive: HTML-only shipping notice to the member's gmail naming him and the Wegovy pen and dose in the package.",
        frm="TrimPath Orders <orders@trimpathhealth.com>",
        to="c.vandermeer1979@gmail.com",
        subject="Your order has shipped",
        body="",
        html='<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f7f5"><div style="max-width:560px;margin:auto;background:#fff;padding:24px">'
        '<h2 style="color:#2e7d5b">Your order is on its way</h2><p>Hi Christopher Vandermeer,</p>'
        '<table style="width:100%;border-collapse:collapse"><tr><td>Item</td><td>Wegovy (semaglutide) 1.7 mg/0.75 mL pen x4</td></tr>'
        "<tr><td>Order</td><td>TP-ORD-5518802</td></tr><tr><td>Carrier</td><td>UPS Next Day Air (cold pack)</td></tr>"
        "<tr><td>Ship to</td><td>1419 Barton Hills Dr, Austin TX 78704</td></tr></table>"
        "<p>Refrigerate as soon as it arrives. Questions? Reply or call (888) 555-0120.</p>"
        '<img src="https://t.trimpathhealth.com/o/5518802.gif" width="1" height="1" alt=""></div></body></html>',
    ),
    Spec(
        phi=True,
        category="forwarded PBM approval to member",
        notes="Hard positive: forwards the PBM's approval letter (member name, ID, drug, diagnosis) to the member's outlook mailbox.",
        frm="Prior Auth Team <pa@trimpathhealth.com>",
        to="rosalie.tran.home@outlook.com",
        subject="Fwd: PA determination - approved",
        body="Hi Rosalie,\n\nGreat news - your plan's approval is below. It's valid for 6 months; we'll start the renewal in October. Your pharmacy already has it.\n\nTrimPath Prior Auth Team",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="PA Determinations <pa-noreply@lonestarrxbenefits.com>",
            to="pa@trimpathhealth.com",
            subject="PA determination - approved",
            body="Case PA-26-0418833\nMember: Rosalie Tran   Member ID: LSR480021937   DOB: 12/03/1981\nDrug: Wegovy 2.4 mg/0.75 mL pen, 4 pens per 28 days\nDiagnosis submitted: E66.01 morbid obesity; I10 hypertension; BMI 38.2\nDetermination: APPROVED 05/08/2026 - 11/07/2026\nPrescriber: Jordan Vance FNP-C",
        ),
    ),
    Spec(
        phi=True,
        category="encrypted lab results zip to member",
        notes="Body names the member and says her A1c and lipid results are in the password-protected zip attached to her gmail.",
        frm="TrimPath Clinical Records <records@trimpathhealth.com>",
        to="amira.haddad.k@gmail.com",
        subject="Your lab results (password protected)",
        body="Hi Amira,\n\nYour A1c, fasting lipid panel and thyroid results from your Quest draw on May 6 are in the attached file. We will text you the password separately to the number ending in 0139. Dr. Cole will review them with you at your visit on May 20 - your A1c is now in the prediabetes range, down from the diabetes range in February.\n\nTrimPath Clinical Records"
        + FOOT,
        atts=(
            Att(
                "Haddad_labs_2026-05-06.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "labs.txt": "Amira Haddad DOB 1990-08-15\nHbA1c 6.2% (Feb: 6.7%)\nLDL 131 mg/dL\nHDL 44 mg/dL\nTriglycerides 188 mg/dL\nTSH 2.1 mIU/L\n"
                    },
                    "Tp!May06-0139",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: X12 270 inquiry to the payer with the subscriber's name, DOB and member ID for pharmacy benefit checks of a TrimPath patient.",
        frm="TrimPath Revenue Cycle <rcm@trimpathhealth.com>",
        to="edi@lonestarrxbenefits.com",
        subject="270 batch TP0512",
        body="Batch eligibility inquiry attached; real-time endpoint returned 503 all morning.",
        atts=(
            Att(
                "TP0512_270.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*TRIMPATH       *ZZ*LONESTARRX     *260512*0731*^*00501*000000512*0*P*:~"
                "GS*HS*TRIMPATH*LONESTARRX*20260512*0731*512*X*005010X279A1~ST*270*0001*005010X279A1~"
                "BHT*0022*13*TP0512-1*20260512*0731~HL*1**20*1~NM1*PR*2*LONE STAR RX BENEFITS*****PI*77410~"
                "HL*2*1*21*1~NM1*1P*2*TRIMPATH HEALTH PA*****XX*2012773463~HL*3*2*22*0~"
                "NM1*IL*1*GUTIERREZ*PAULINA****MI*LSR551200874~DMG*D8*19770419*F~DTP*291*D8*20260512~EQ*88~"
                "SE*12*0001~GE*1*512~IEA*1*000000512~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="injection site rash photo to dermatology",
        notes="Hard positive: photo named after the member, with a note on an injection-site reaction to semaglutide, sent to an outside dermatologist.",
        frm="Jordan Vance FNP-C <jvance@trimpathhealth.com>",
        to="consults@capitaldermatologygroup.com",
        subject="e-consult request - injection site reaction",
        body="Hi Dr. Alvarez,\n\nRequesting an e-consult. 44F on semaglutide 1 mg weekly x 10 weeks, new 4 cm indurated pruritic plaque at the abdominal injection site, photo attached (taken by the patient yesterday). No fever. Continue and rotate sites, or hold the drug?\n\nPatient: Lorraine Morris, DOB 02/27/1982, TrimPath member TP-87702.\n\nJordan Vance, FNP-C",
        atts=(Att("LMorris_inj_site_0511.png", "image/png", png(6, 5, (220, 150, 140))),),
    ),
    Spec(
        phi=True,
        category="employer client enrollee workbook with weights",
        notes="Hard positive: multi-sheet workbook to an employer's benefits team listing named employees, their prescriptions and weight change.",
        frm="TrimPath Employer Success <employers@trimpathhealth.com>",
        to="benefits@granitepeakmfg.com",
        subject="Granite Peak - April program report",
        body="Hi Lauren,\n\nApril report attached. As requested we added the named enrollment and prescription tabs so you can reconcile the invoice.\n\nMalik Osei\nEmployer Success Manager",
        atts=(
            Att(
                "GranitePeak_TrimPath_2026-04.xlsx",
                XLSX,
                xlsx(
                    {
                        "Enrollees": [
                            ["Employee ID", "Name", "Enrolled", "Start weight", "Current weight"],
                            ["GP-10442", "Deshawn Miles", "2026-01-12", 284, 262],
                            ["GP-11807", "Karen Voss", "2026-02-03", 211, 199],
                            ["GP-12215", "Ivan Petrenko", "2026-03-09", 305, 297],
                        ],
                        "Prescriptions": [
                            ["Employee ID", "Medication", "Dose"],
                            ["GP-10442", "Zepbound", "7.5 mg weekly"],
                            ["GP-11807", "Wegovy", "1 mg weekly"],
                            ["GP-12215", "Metformin ER", "1000 mg daily"],
                        ],
                        "Invoice": [["Item", "Qty", "Amount"], ["Member months", 9, 2250.0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="adverse event line list CSV without names",
        notes="Hard positive: pharmacovigilance CSV without names but with member IDs, DOBs and ZIPs alongside GLP-1 adverse events such as pancreatitis.",
        frm="TrimPath Drug Safety <safety@trimpathhealth.com>",
        to="cases@pvsafetypartners.com",
        subject="AE line list - week 19",
        body="Weekly adverse event line list attached for case processing. One serious case (row 2) - please prioritise the 15-day report.\n\nDrug Safety",
        atts=(
            Att(
                "ae_linelist_wk19.csv",
                "text/csv",
                "member_id,dob,zip,drug,dose,event,onset,serious,outcome\n"
                "TP-85513,1968-03-02,78745,tirzepatide,10 mg,vomiting,2026-05-03,N,recovered\n"
                "TP-86120,1959-11-21,78613,semaglutide,1.7 mg,acute pancreatitis (hospitalized),2026-05-01,Y,recovering\n"
                "TP-89045,1995-07-14,78702,semaglutide,0.5 mg,gallbladder pain,2026-05-06,N,unknown\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="visit note docx to PCP",
        notes="Visit note document for the member's PCP naming him and recording obesity, sleep apnea, medication and plan.",
        frm="Renata Cole MD <rcole@trimpathhealth.com>",
        to="office@westlakeinternalmed.com",
        subject="Consult note - Benning, Harold",
        body="Dr. Whitaker,\n\nThank you for the referral. My initial visit note for Mr. Benning is attached.\n\nRenata Cole, MD, Diplomate ABOM\nTrimPath Health",
        atts=(
            Att(
                "Benning_Harold_initial_visit.docx",
                DOCX,
                docx(
                    [
                        "TrimPath Health - Obesity Medicine Initial Visit (video)",
                        "Patient: Harold Benning   DOB: 06/30/1974   Visit: 05/04/2026",
                        "Weight 247 lb, BMI 34.4; waist 43 in. Prediabetes (A1c 6.1%), OSA on CPAP, hypertension on lisinopril 20 mg.",
                        "No personal or family history of medullary thyroid cancer or MEN2. No pancreatitis.",
                        "Plan: tirzepatide 2.5 mg weekly x 4 weeks then 5 mg; 1,600 kcal high-protein plan; 150 min/week walking.",
                        "Follow up in 4 weeks. Renata Cole, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab order to reference lab",
        notes="Hard positive: HL7 ORM lab order with the patient's name, DOB, address and metabolic tests ordered for weight-medication monitoring.",
        frm="TrimPath Integrations <integrations@trimpathhealth.com>",
        to="orders-inbound@questline-labs.com",
        subject="ORM batch 0511-2",
        body="Resending the lab order that failed on the MLLP connection. One message.",
        atts=(
            Att(
                "ORM_0511_2.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|TRIMPATH|TPH|QLAB|QUESTLINE|202605110955||ORM^O01|TP0511-2|P|2.3\r"
                "PID|1||TP-91876^^^TPH^MR||Castellano^Miguel^A||19830505|M|||2210 Manor Rd^^Austin^TX^78722||(512)555-0194\r"
                "ORC|NW|TPO-66120|||||^^^20260512\r"
                "OBR|1|TPO-66120||83036^Hemoglobin A1c^CPT|||20260511\r"
                "OBR|2|TPO-66121||80061^Lipid panel^CPT|||20260511\r"
                "DG1|1||E66.9^Obesity, unspecified^I10\r"
                "DG1|2||Z79.85^Long-term use of injectable non-insulin antidiabetic drugs^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coaching session calendar invite to member",
        notes="Hard positive: calendar invite to the member's icloud whose title names her and a GLP-1 side-effect check-in.",
        frm="Bianca Ruiz <bianca.ruiz@trimpathhealth.com>",
        to="priya.s.raman@icloud.com",
        subject="Invitation: coaching check-in",
        body="Hi Priya, here's the link for our video check-in. We'll go over how the nausea has been since the dose increase.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TrimPath Health//Coaching//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:tp-coach-330871@trimpathhealth.com\r\nDTSTAMP:20260511T160000Z\r\n"
            "DTSTART:20260514T170000Z\r\nDTEND:20260514T173000Z\r\n"
            "SUMMARY:Priya Raman - GLP-1 side effects check-in (semaglutide 1 mg)\r\n"
            "LOCATION:https://video.trimpathhealth.com/r/330871\r\n"
            "ORGANIZER;CN=Bianca Ruiz:mailto:bianca.ruiz@trimpathhealth.com\r\n"
            "ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.s.raman@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="membership and compounded medication receipt TXT",
        notes="Hard positive: receipt text file for the member's comcast mailbox listing his program membership, medical visit and medication charges.",
        frm="TrimPath Billing <billing@trimpathhealth.com>",
        to="tom.halvorsen@comcast.net",
        subject="Your receipt for May",
        body="Hi Tom,\n\nYour May receipt is attached - you can submit it to your HSA. Card ending 4417 was charged on May 1.\n\nTrimPath Billing",
        atts=(
            Att(
                "TrimPath_receipt_2026-05.txt",
                "text/plain",
                "TRIMPATH HEALTH - RECEIPT\nMember: Thomas Halvorsen (TP-84450)\n05/01/2026 Medical weight program membership, May     $129.00\n05/01/2026 Provider follow-up visit (telehealth)           $0.00\n05/01/2026 Semaglutide compounded 2.5 mg/mL vial, 1 mL    $199.00\nTotal charged                                            $328.00\nHSA/FSA eligible: yes (letter of medical necessity on file)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="peri-procedure GLP-1 hold question to GI office",
        notes="Hard positive: the subject and two-line body name the patient, her tirzepatide and her upcoming colonoscopy.",
        frm="Jordan Vance FNP-C <jvance@trimpathhealth.com>",
        to="nurseline@austindigestivecare.com",
        subject="Daniela Whitcomb - hold Zepbound before colonoscopy 5/22?",
        body="Her scope is 5/22 at your Round Rock site. She's on Zepbound 10 mg weekly (injects Sundays). Do you want her to skip the 5/17 dose? Will pass on your instructions. -Jordan Vance FNP-C, TrimPath",
    ),
    Spec(
        phi=True,
        category="reply to daughter about mother's medication",
        notes="Hard positive: reply to a daughter's hotmail naming her mother, the mother's missed metformin and semaglutide refill and her kidney labs.",
        frm=CARE,
        to="ximena.ortega.p@hotmail.com",
        subject="RE: question about my mom's refill",
        body="Hi Ximena,\n\nThanks for writing - your mother, Graciela Ortega, listed you as her authorized contact. Her semaglutide refill was paused because Dr. Cole wants repeat kidney labs first (her creatinine was up last month while she was dehydrated). She can keep taking her metformin. Once the lab is done at any Quest location, we'll release the refill the same day.\n\nTrimPath Care Team"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Medicare coverage letter with MBI",
        notes="Letter to the member's aol with his name and Medicare MBI explaining Part D will not cover his weight-loss medication.",
        frm="TrimPath Coverage Team <coverage@trimpathhealth.com>",
        to="walt.pruneda@aol.com",
        subject="About your Medicare coverage for Wegovy",
        body="Dear Mr. Walter Pruneda,\n\nWe checked your Part D plan (MBI: 4TW7-KD5-MR82). Medicare Part D does not cover Wegovy prescribed for weight loss alone. Because you also have established heart disease (your 2023 stent), your plan may cover it to reduce cardiovascular risk; Dr. Cole has submitted that request. We'll email you when we hear back, usually within 72 hours.\n\nTrimPath Coverage Team"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="prior authorization form PDF to PBM",
        notes="Hard positive: PDF prior authorization form naming the member, ID, BMI, diagnoses and requested drug, with a bare cover note.",
        frm="Prior Auth Team <pa@trimpathhealth.com>",
        to="pa-intake@lonestarrxbenefits.com",
        subject="PA form - see attached",
        body="Completed PA form attached. Chart notes available on request.\n\nTrimPath Prior Auth Team",
        atts=(
            Att(
                "PA_LSR551200874.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRIMPATH HEALTH - PRIOR AUTHORIZATION REQUEST",
                        "Member: Paulina Gutierrez   DOB 04/19/1977   ID LSR551200874",
                        "Drug: Zepbound (tirzepatide) 2.5 mg weekly, titrate to 5 mg",
                        "Diagnoses: E66.811 obesity class 1; E78.5 hyperlipidemia; BMI 33.9 (05/05/2026)",
                        "Prior therapy: phentermine 37.5 mg 2024 (palpitations, stopped)",
                        "Prescriber: Jordan Vance FNP-C, NPI: 2917158570",
                    ],
                    "Prior authorization request",
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="HTML-only promotional email to prospects",
        notes="Hard negative: HTML-only promotion to a prospect mailing list about pricing and the programme; no condition or individual revealed.",
        frm="TrimPath Health <hello@trimpathhealth.com>",
        to="prospects-may@lists.trimpathhealth.com",
        subject="Your first month for $79",
        body="",
        html='<html><body style="font-family:Helvetica,Arial,sans-serif"><h1 style="color:#2e7d5b">Start your TrimPath journey</h1>'
        "<p>Board-certified clinicians, a personal coach and a plan built around you - from home.</p>"
        "<ul><li>Video visit within 48 hours</li><li>Coaching by chat, any day</li><li>Transparent pricing: $79 first month, then $129</li></ul>"
        '<p><a href="https://trimpathhealth.com/start?utm_campaign=may26">See if you qualify</a></p>'
        '<p style="font-size:10px;color:#888">Prescriptions only if clinically appropriate. <a href="https://trimpathhealth.com/unsubscribe">Unsubscribe</a></p></body></html>',
    ),
    Spec(
        phi=False,
        category="aggregate cohort outcomes workbook to board",
        notes="Hard negative: multi-sheet workbook of cohort-level weight loss, retention and side-effect rates for the board; no member rows.",
        frm="Data Team <data@trimpathhealth.com>",
        to="board@trimpathhealth.com",
        cc="finance@trimpath-investors.com",
        subject="Q1 board pack - clinical outcomes appendix",
        body="Appendix B attached. Cohort-level only, minimum cell size 20.\n\nYusuf Kamara\nHead of Data",
        atts=(
            Att(
                "TrimPath_Q1_2026_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Weight loss": [
                            ["Cohort", "Members", "Mean % loss 12 wk", "Mean % loss 26 wk"],
                            ["Semaglutide", 4120, 6.8, 11.2],
                            ["Tirzepatide", 3385, 8.9, 14.6],
                            ["Non-GLP-1 (metformin, lifestyle)", 1240, 3.1, 4.9],
                        ],
                        "Retention": [
                            ["Month", "Active members", "Churn %"],
                            ["Jan", 8110, 5.2],
                            ["Feb", 8465, 4.8],
                            ["Mar", 8745, 4.4],
                        ],
                        "Safety": [
                            ["Event", "Rate per 1,000"],
                            ["Nausea reported", 312],
                            ["Gallbladder events", 2.1],
                            ["Pancreatitis", 0.6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician roster CSV with NPIs to payer network",
        notes="Hard negative: network credentialing CSV of clinicians with NPIs, licences and states; provider data only.",
        frm="TrimPath Credentialing <credentialing@trimpathhealth.com>",
        to="provider.enrollment@lonestarrxbenefits.com",
        subject="Roster update - add 2 prescribers",
        body="Updated prescriber roster attached (2 additions, effective June 1).\n\nCredentialing",
        atts=(
            Att(
                "trimpath_prescriber_roster_2026-06.csv",
                "text/csv",
                "name,credential,NPI,licence_state,licence_no,specialty\n"
                "Renata Cole,MD,NPI: 2845606062,TX,R4471,Obesity medicine\n"
                "Jordan Vance,FNP-C,NPI: 2917158570,TX,AP128840,Family nurse practitioner\n"
                "Sienna Park,PA-C,NPI: 2762406611,TX,PA11904,Physician assistant\n"
                "Omar Lindell,MD,NPI: 1402540706,OK,MD33120,Internal medicine\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician on-call rota notice",
        notes="Internal staffing notice for the clinician on-call rota; staff only.",
        frm="Clinical Operations <clinops@trimpathhealth.com>",
        to="clinicians@trimpathhealth.com",
        subject="On-call rota - weeks 20-22",
        body="Team,\n\nWeek 20: Sienna Park (primary), Omar Lindell (backup)\nWeek 21: Jordan Vance, Renata Cole\nWeek 22: Omar Lindell, Sienna Park\n\nReminder: async queue SLA is 24h; urgent symptom messages escalate to the on-call within 1h.\n\nClinical Ops",
    ),
    Spec(
        phi=False,
        category="blank telehealth consent PDF",
        notes="Hard negative: blank telehealth and GLP-1 treatment consent form with empty patient fields, sent to a partner clinic.",
        frm="TrimPath Compliance <compliance@trimpathhealth.com>",
        to="admin@roundrockwellnessclinic.com",
        subject="Consent form v4 for your front desk",
        body="Attached is version 4 of our blank consent form (adds the compounded medication disclosure). Please replace v3 in your packets.\n\nCompliance",
        atts=(
            Att(
                "TrimPath_Consent_v4_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRIMPATH HEALTH - CONSENT TO TELEHEALTH AND MEDICATION TREATMENT (v4)",
                        "Patient name: ______________________  Date of birth: __________",
                        "I understand GLP-1 medications may cause nausea, vomiting, gallbladder disease and pancreatitis.",
                        "I understand compounded medications are not FDA-approved products.",
                        "I will tell my clinician if I become pregnant or plan pregnancy.",
                        "Signature: ______________________  Date: __________",
                    ],
                    "Consent form v4",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cold-chain packaging vendor order",
        notes="Order of insulated shipping packaging from a vendor; no patient information.",
        frm="TrimPath Fulfilment <fulfilment@trimpathhealth.com>",
        to="sales@coolboxpackaging.com",
        subject="PO for June: insulated shippers",
        body="Hi Dara,\n\nPlease ship 6,000 small insulated shippers (48-hour rating) and 12,000 gel packs to our Austin fulfilment partner by May 29. PO TPF-2605-11, net 45.\n\nThanks,\nEvan Brooks\nFulfilment Lead",
    ),
    Spec(
        phi=False,
        category="GLP-1 titration protocol docx to clinicians",
        notes="Hard negative: clinical protocol document full of drugs, doses and contraindications but no patient.",
        frm="Renata Cole MD <rcole@trimpathhealth.com>",
        to="contract-clinicians@trimpathhealth.com",
        cc="medical.director@roundrockwellnessclinic.com",
        subject="Protocol TP-CP-03 rev. May 2026",
        body="Revised titration protocol attached. Main change: hold escalation for persistent vomiting > 48 h, and screen for gallbladder symptoms at every visit.\n\nRenata",
        atts=(
            Att(
                "TP-CP-03_GLP1_titration_rev2026-05.docx",
                DOCX,
                docx(
                    [
                        "TrimPath Clinical Protocol TP-CP-03: GLP-1 and GIP/GLP-1 titration",
                        "Eligibility: BMI >= 30, or >= 27 with a weight-related condition (hypertension, type 2 diabetes, dyslipidemia, OSA).",
                        "Contraindications: personal/family history of medullary thyroid carcinoma or MEN2; pregnancy; prior pancreatitis.",
                        "Semaglutide: 0.25 mg x4 wk, 0.5 mg x4 wk, 1 mg x4 wk, 1.7 mg x4 wk, 2.4 mg maintenance.",
                        "Tirzepatide: 2.5 mg x4 wk, then increase by 2.5 mg every 4 weeks as tolerated to 15 mg.",
                        "Hold escalation for vomiting > 48 h; refer to urgent care for severe abdominal pain.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate pen demand forecast to pharmacy partner",
        notes="Hard negative: monthly pen demand forecast by drug and strength for the pharmacy; totals only.",
        frm="TrimPath Pharmacy Ops <pharmacyops@trimpathhealth.com>",
        to="accounts@alamospecialtyrx.com",
        subject="June demand forecast",
        body="June forecast (pens, 4-pen boxes):\n- Wegovy 0.25/0.5: 610 boxes\n- Wegovy 1/1.7/2.4: 2,940 boxes\n- Zepbound 2.5/5: 880 boxes\n- Zepbound 7.5-15: 2,210 boxes\nUp 6% overall vs May. Please flag any allocation limits by Friday.\n\nPharmacy Ops",
    ),
    Spec(
        phi=False,
        category="employer webinar invitation",
        notes="Hard negative: calendar invite for HR leaders to a webinar on GLP-1 coverage strategy; no individual.",
        frm="TrimPath Employer Success <employers@trimpathhealth.com>",
        to="hr-leaders@austinhrforum.org",
        subject="Invitation: Webinar - paying for GLP-1s without breaking the plan",
        body="Join Dr. Renata Cole and our actuarial partner for 45 minutes on coverage designs employers are using in 2026. Free for forum members.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TrimPath Health//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:tp-webinar-20260604@trimpathhealth.com\r\nDTSTAMP:20260511T170000Z\r\n"
            "DTSTART:20260604T170000Z\r\nDTEND:20260604T174500Z\r\n"
            "SUMMARY:Webinar: Paying for GLP-1s without breaking the plan\r\n"
            "LOCATION:https://events.trimpathhealth.com/glp1-coverage\r\n"
            "ORGANIZER;CN=TrimPath Employer Success:mailto:employers@trimpathhealth.com\r\n"
            "ATTENDEE;CN=Austin HR Forum;RSVP=FALSE:mailto:hr-leaders@austinhrforum.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="coach onboarding scenario with fictional member",
        notes="Hard negative: coach training scenario built on an obviously fictional member ('Pat Example') with made-up numbers.",
        frm="Coaching Academy <academy@trimpathhealth.com>",
        to="new-coaches@trimpathhealth.com",
        subject="Week 2 role-play scenarios",
        body="Role-play for Thursday (fictional - do not search for this member):\n\nScenario 3: 'Pat Example', 45, started semaglutide 6 weeks ago, weight down 9 lb, reports skipping lunch because of nausea and feeling dizzy at the gym.\n- Practise: open questions, reflecting, and when to escalate to a clinician (dizziness + low intake = escalate).\n- Debrief: what would you document?\n\nCoaching Academy",
    ),
    Spec(
        phi=False,
        category="forwarded conference speaking confirmation",
        notes="Hard negative: forwards a conference organiser's speaking confirmation to marketing; talk topic is obesity care but no patient.",
        frm="Renata Cole MD <rcole@trimpathhealth.com>",
        to="marketing@trimpathhealth.com",
        subject="Fwd: Speaker confirmation - ObesityWeek panel",
        body="FYI for the social calendar - please don't announce before the organiser does (June 1).\n\nR",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Speaker Services <speakers@obesitycareconference.org>",
            to="rcole@trimpathhealth.com",
            subject="Speaker confirmation - ObesityWeek panel",
            body="Dear Dr. Cole,\n\nWe're pleased to confirm your place on the panel 'Telehealth and anti-obesity medications: access, safety and equity', Nov 5, 2:00-3:15 pm. Slides due Oct 15.\n\nSpeaker Services",
        ),
    ),
    Spec(
        phi=False,
        category="interview scheduling to candidate's gmail",
        notes="Recruiting email to a job candidate's gmail about interview times; no health information.",
        frm="TrimPath Talent <talent@trimpathhealth.com>",
        to="morgan.ellis.rd@gmail.com",
        subject="Interview - Registered Dietitian Coach",
        body="Hi Morgan,\n\nThanks for applying for the Registered Dietitian Coach role. Could you do a 45-minute video interview with Bianca Ruiz on Wednesday at 11:00 or Thursday at 2:00 CT?\n\nBest,\nTalent Team",
    ),
    Spec(
        phi=False,
        category="phishing simulation results notice",
        notes="IT security notice to staff about a phishing exercise; no patient data.",
        frm="TrimPath Security <security@trimpathhealth.com>",
        to="all@trimpathhealth.com",
        subject="Phishing test results + reminder",
        body="Last week's simulated phishing email ('Your pen shipment is delayed') was clicked by 11% of staff, down from 19% in February. Remember: report with the Phish button, and never open attachments about 'member records' from outside senders.\n\nSecurity",
    ),
    Spec(
        phi=False,
        category="smart scale integration spec TXT with synthetic payload",
        notes="Hard negative: developer spec text file with a synthetic test payload (dummy member, test IDs) for a scale vendor's API.",
        frm="TrimPath Integrations <integrations@trimpathhealth.com>",
        to="partners@balancescale-iot.com",
        subject="Webhook spec v2 for scale readings",
        body="Spec attached. The sample payload uses our sandbox test member; please point your staging at sandbox.api.trimpathhealth.com.",
        atts=(
            Att(
                "scale_webhook_spec_v2.txt",
                "text/plain",
                'TrimPath scale webhook v2\nPOST /v2/readings  (JSON, HMAC-SHA256 signature header X-TP-Signature)\nFields: member_ref (opaque), device_serial, measured_at (ISO 8601 UTC), weight_kg, body_fat_pct (optional)\n\nSandbox sample:\n{"member_ref": "SANDBOX-TEST-0001", "device_serial": "TEST-DEVICE-00", "measured_at": "2026-01-01T12:00:00Z", "weight_kg": 80.0}\n\nErrors: 401 bad signature, 409 duplicate reading, 422 validation.\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="brand assets zip to agency",
        notes="Hard negative: zip of brand guidelines and ad copy for a creative agency; health-themed marketing text but no individual.",
        frm="TrimPath Marketing <marketing@trimpathhealth.com>",
        to="studio@lanternandmoth-creative.com",
        subject="Brand kit + summer campaign copy",
        body="Hi team, brand kit and approved copy attached. Legal reminder: no before/after photos and no claims about specific conditions.",
        atts=(
            Att(
                "trimpath_brandkit_summer26.zip",
                "application/zip",
                zipped(
                    {
                        "brand_guidelines.txt": "TrimPath brand: primary green #2E7D5B, accent sand #E9DCC4. Voice: warm, plain, never shaming. Never say 'fat' or 'obese' in consumer copy.",
                        "summer_copy.txt": "Headline: Care that fits your life.\nBody: Clinicians, coaching and medication when appropriate - all online.\nCTA: See if you qualify.",
                        "logo.png": png(4, 4, (46, 125, 91)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="BAA renewal note to pharmacy partner",
        notes="Contract administration email about renewing a business associate agreement; no PHI.",
        frm="TrimPath Legal <legal@trimpathhealth.com>",
        to="contracts@alamospecialtyrx.com",
        subject="BAA renewal - expires June 30",
        body="Hi Helena,\n\nOur business associate agreement expires June 30, 2026. Legal will send the renewal through DocuSign this week; it is unchanged except the breach-notice window (now 5 business days). Please sign by June 15.\n\nAisha Grant\nCounsel",
    ),
    Spec(
        phi=False,
        category="aggregate weight curve chart PNG",
        notes="Hard negative: chart image of average weight loss by month across all members, for an investor update; aggregate only.",
        frm="Data Team <data@trimpathhealth.com>",
        to="ir@trimpath-investors.com",
        subject="Chart for the investor letter",
        body="Average % body weight change by month on program, all members (n=8,745). PNG attached at 2x for print.\n\nYusuf",
        atts=(Att("avg_weight_curve_q1.png", "image/png", png(10, 6, (46, 125, 91))),),
    ),
    Spec(
        phi=False,
        category="clinician state licence tracker CSV",
        notes="Hard negative: CSV of clinicians' licence numbers and expiry dates for a licensing service; workforce data only.",
        frm="TrimPath Credentialing <credentialing@trimpathhealth.com>",
        to="support@licensetrack-pro.com",
        subject="Licence import for renewal tracking",
        body="Import file attached for renewal alerts.",
        atts=(
            Att(
                "licences_2026.csv",
                "text/csv",
                "clinician,state,type,number,expires\nRenata Cole,TX,MD,R4471,2027-08-31\nRenata Cole,OK,MD,MD30217,2026-10-31\nJordan Vance,TX,APRN,AP128840,2026-07-31\nSienna Park,TX,PA,PA11904,2027-01-31\n",
            ),
        ),
    ),
]
