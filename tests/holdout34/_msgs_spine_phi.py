"""Metro Spine & Pain Institute: outbound mail that carries PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import ALIGN, MSP, PIC, Att, Spec

SIG_RN = (
    "\n\nThanks,\nDenise Okafor, RN\nProcedure Coordinator | Metro Spine & Pain Institute\n"
    "(614) 555-0182"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
    "information intended only for the named recipient. If you received it in error, notify "
    "the sender and delete it."
)

MESSAGES = [
    Spec(
        phi=True,
        category="procedure schedule to PT partner",
        notes="Patient name + DOB + scheduled lumbar ESI date sent to the PT clinic.",
        frm=f"Denise Okafor <dokafor@{MSP}>",
        to=f"frontdesk@{ALIGN}",
        subject="Hold PT visits - ESI scheduled",
        body=(
            "Hi Align team,\n\nPlease hold PT for Marisol Estrada (DOB 04/17/1968) on 11/12 and "
            "11/13. She is scheduled for an L4-L5 interlaminar epidural steroid injection with "
            "Dr. Brandt on 11/12 at 7:30 am. She can resume her lumbar stabilization program "
            "on 11/14 as long as there is no increase in radicular pain." + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="opioid agreement to patient gmail",
        notes=(
            "Hard positive: signed controlled-substance agreement PDF sent to the patient's "
            "personal mailbox; PHI only in the attachment."
        ),
        frm=f"Metro Spine & Pain Records <records@{MSP}>",
        to="tbuckley.1959@gmail.com",
        subject="Copy of the document you requested",
        body=(
            "Hello,\n\nAs requested at your visit, a copy of the signed document is "
            "attached.\n\nMetro Spine & Pain Institute\nMedical Records"
        ),
        atts=(
            Att(
                "agreement_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "METRO SPINE & PAIN INSTITUTE",
                        "Controlled Substance Treatment Agreement",
                        "Patient: Thomas J. Buckley   DOB: 09/02/1959   MRN: MSP-0418823",
                        "Medication: oxycodone/acetaminophen 5/325 mg, one tablet every 8 hours "
                        "as needed",
                        "Urine drug screen: random, at least twice yearly",
                        "Dispensing pharmacy: Kroger Pharmacy #412, Hilliard OH",
                        "Signed by patient 10/28/2026. Prescriber: Ravi Menon, MD",
                    ],
                    "Opioid agreement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse internal med change",
        notes="Hard positive: 'Mrs. K' + room/bay + a medication change, no full name.",
        frm=f"Ravi Menon <rmenon@{MSP}>",
        to=f"asc-nursing@{MSP}",
        subject="bay 3",
        body=(
            "Mrs. K in bay 3 -- hold the midazolam, BP 88/50 after the RFA. Give 250 mL bolus and "
            "recheck in 15. I'll be over after the next case.\n\nRM"
        ),
    ),
    Spec(
        phi=True,
        category="SCS trial device rep coordination",
        notes=(
            "Spinal cord stimulator trial date, patient name and device serial to the "
            "manufacturer rep."
        ),
        frm=f"Kelsey Varga <kvarga@{MSP}>",
        to="jordan.pike@nevrosolutions-rep.com",
        subject="SCS trial - Fri 11/13 OR 2",
        body=(
            "Jordan,\n\nConfirming rep coverage for the percutaneous SCS trial on Friday 11/13, "
            "OR 2, "
            "7:00 am start. Patient: Harold Nwachukwu, 61, failed back surgery syndrome "
            "(M96.1). Trial leads only, 2 x 8-contact. Please bring the external generator; last "
            "trial's IPG serial SN 4471-22938 needs to be swapped.\n\nKelsey Varga\nSurgery "
            "Scheduler"
        ),
    ),
    Spec(
        phi=True,
        category="prior auth fax cover to payer",
        notes="Prior authorization request with member ID, CPT 64635 and diagnosis.",
        frm=f"Priya Ramaswamy <pramaswamy@{MSP}>",
        to="priorauth@ohiocarehealthplan.com",
        subject="PA request - radiofrequency ablation",
        body=(
            "Please see the prior authorization request below.\n\nMember: Loretta Sims\nMember ID: "
            "OCH884210357\nDOB: 12/06/1955\nCPT: 64635, 64636 (lumbar facet RFA, L3-L5 right)\n"
            "ICD-10: M47.816 lumbar spondylosis\nTwo diagnostic medial branch blocks 09/22 and "
            "10/06 "
            "gave 85% and 80% relief.\nRequested DOS: 11/30/2026\n\nOrdering: Ravi Menon, MD, NPI: "
            "1742395860\n\nPriya Ramaswamy\nAuthorization Specialist" + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="relative reply about first name and condition",
        notes=(
            "Hard positive: first name only + condition + appointment, to a daughter's yahoo "
            "address."
        ),
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to="kimberly.hoang88@yahoo.com",
        subject="Re: your dad's appointment",
        body=(
            "Hi Kimberly,\n\nYes, your dad can keep taking his gabapentin the morning of the nerve "
            "block. Just no food after midnight since Dr. Brandt is doing it under sedation. Have "
            "Minh arrive at 6:45 on Tuesday and bring his walker.\n\nAngela\nFront desk\n\n"
            "> On Mon, Nov 9, Kimberly Hoang wrote:\n> Can Dad take his nerve pill before the "
            "procedure tuesday? He gets really bad without it."
        ),
    ),
    Spec(
        phi=True,
        category="daily ASC roster CSV",
        notes=(
            "Hard positive: procedure roster CSV with initials + DOB + procedure; empty-ish body."
        ),
        frm=f"Denise Okafor <dokafor@{MSP}>",
        to=f"anesthesia@{MSP}",
        subject="Thursday list",
        body="Attached. Two added late.",
        atts=(
            Att(
                "asc_thu_1112.csv",
                "text/csv",
                "Time,Pt,DOB,Procedure,Sedation,Notes\n"
                "07:30,M.E.,04/17/1968,L4-5 ILESI,MAC,latex allergy\n"
                "08:15,R.T.,01/30/1974,C5-6 ILESI,MAC,\n"
                "09:00,D.W.,07/08/1949,bilat L3-5 MBB,local,on apixaban - held x3d\n"
                "09:45,S.A.,11/21/1982,SI joint inj R,local,\n"
                "10:30,P.G.,02/14/1961,genicular RFA L knee,MAC,DM2 - check BG\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="imaging order to imaging center",
        notes="MRI order with patient name, DOB, phone and clinical indication.",
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to=f"scheduling@{PIC}",
        subject="MRI order - please call to schedule",
        body=(
            "Please schedule:\n\nMRI lumbar spine without contrast\nPatient: Obinna Eze\nDOB: "
            "06/25/1977\nPhone: (614) 555-0139\nIndication: progressive L5 radiculopathy, foot "
            "drop R, r/o recurrent disc herniation s/p L5-S1 microdiscectomy 2023\nNo pacemaker, "
            "no "
            "implants other than surgical clips.\nOrdering: Hannah Brandt, DO\n\nThank "
            "you,\nAngela Ruiz"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 referral to PT",
        notes="Hard positive: HL7 v2 REF message attached, body only says 'referral attached'.",
        frm=f"interfaces@{MSP}",
        to=f"referrals@{ALIGN}",
        subject="Outbound referral batch 20261110-03",
        body="Automated referral transmission. 1 message(s).",
        atts=(
            Att(
                "REF_20261110_03.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|MSPEHR|MSP|ALIGNPT|ALIGN|202611101422||REF^I12|MSP77120|P|2.5.1\r"
                "PID|1||MSP-0533170^^^MSP^MR||Lindqvist^Erik^A||19720311|M|||88 Harbor View "
                "Dr^^Dublin^OH^43017||(614)555-0175\r"
                "DG1|1||M54.16^Radiculopathy, lumbar region^I10\r"
                "PV1|1|O\r"
                "NTE|1||PT eval and treat, McKenzie, 2x/week x 6 weeks. Post TFESI L5 right "
                "11/04.\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient portal-style HTML appointment reminder",
        notes="HTML-only reminder naming the patient and the procedure, to an outlook address.",
        frm=f"Metro Spine & Pain Institute <reminders@{MSP}>",
        to="grace.ohanlon@outlook.com",
        subject="Your procedure instructions",
        body="",
        html=(
            "<html><body><p>Dear Grace O'Hanlon,</p><p>This is a reminder of your <b>cervical "
            "radiofrequency ablation</b> on <b>Wednesday, November 18 at 8:00 AM</b> at our "
            "Worthington surgery center.</p><ul><li>Stop aspirin 7 days before</li><li>You need a "
            "driver</li><li>Nothing to eat after midnight</li></ul><p>Questions: (614) "
            "555-0100.</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="billing denial spreadsheet to billing vendor",
        notes="Hard positive: multi-sheet XLSX with member ids and claim lines; body generic.",
        frm=f"Victor Almeida <valmeida@{MSP}>",
        to="ar-team@summitrcm.com",
        subject="October denials for rework",
        body=(
            "Hi team,\n\nAttached are the October denials, second tab is the appeals already "
            "filed. Please work the CO-50s first.\n\nVictor Almeida\nRevenue Cycle Manager"
        ),
        atts=(
            Att(
                "oct_denials.xlsx",
                XLSX,
                xlsx(
                    {
                        "Denials": [
                            ["Claim", "Patient", "Member ID", "DOS", "CPT", "Billed", "Reason"],
                            [
                                "C2610-4481",
                                "Baptiste, Yvonne",
                                "ZMH702214459",
                                "10/02/2026",
                                "64483",
                                "1850.00",
                                "CO-50",
                            ],
                            [
                                "C2610-4517",
                                "Kowalczyk, Piotr",
                                "W88120937",
                                "10/07/2026",
                                "64635",
                                "3120.00",
                                "CO-197",
                            ],
                            [
                                "C2610-4602",
                                "Abara, Chidi",
                                "OCH661028734",
                                "10/15/2026",
                                "62323",
                                "1475.00",
                                "CO-50",
                            ],
                        ],
                        "Appeals filed": [
                            ["Claim", "Patient", "Filed", "Status"],
                            ["C2609-3920", "Reyes-Molina, Ana", "10/20/2026", "pending"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI in subject only",
        notes=(
            "Hard positive: subject carries patient name + procedure; body is just 'see attached "
            "schedule change'."
        ),
        frm=f"Kelsey Varga <kvarga@{MSP}>",
        to=f"dr.brandt@{MSP}",
        subject="Delmont, Ruth - kyphoplasty T12 moved to 11/19",
        body="FYI, updated. Anesthesia is aware.",
    ),
    Spec(
        phi=True,
        category="PNG photo with name in filename",
        notes="Hard positive: wound photo whose file name carries the patient name; body vague.",
        frm=f"Ravi Menon <rmenon@{MSP}>",
        to=f"hbrandt@{MSP}",
        subject="incision pic",
        body="Does this look like early cellulitis to you? Day 5 after the IPG implant.",
        atts=(Att("Gutierrez_Ramon_IPG_site_1111.png", "image/png", png(6, 6, (210, 150, 140))),),
    ),
    Spec(
        phi=True,
        category="forwarded thread about post-procedure CT",
        notes="Forwarded message/rfc822 containing a procedure note for a named patient.",
        frm=f"Hannah Brandt <hbrandt@{MSP}>",
        to=f"dr.feld@{PIC}",
        subject="Fw: post-procedure CT question",
        body=(
            "Eli - forwarding the thread below. Can you take a look at the CT from yesterday and "
            "tell me if the cement extravasation is significant?\n\nHannah"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm=f"Kelsey Varga <kvarga@{MSP}>",
            to=f"hbrandt@{MSP}",
            subject="Ruth Delmont post-op",
            body=(
                "Dr. Brandt, Ruth Delmont called, more pain at T12 since the kyphoplasty, CT done "
                "at Precision 11/20. Acc# PIC-2611-07734."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="urine drug screen result to PCP",
        notes="UDS result (substance use) and opioid plan for a named patient to the PCP office.",
        frm=f"Ravi Menon <rmenon@{MSP}>",
        to="nurse.line@riversidefamilymed.org",
        subject="Shared patient - UDS result",
        body=(
            "Dr. Achebe,\n\nFYI on our shared patient Darnell Whitfield (DOB 3/3/1971). His random "
            "urine drug screen on 11/05 was negative for prescribed hydrocodone and positive for "
            "methamphetamine. Per our agreement I am tapering him off opioids over 4 weeks and "
            "have "
            "referred him to addiction medicine. Please do not bridge.\n\nRavi Menon, MD"
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite with patient name",
        notes=(
            "Hard positive: calendar invite for a procedure consult; name and procedure only in "
            "the ICS."
        ),
        frm=f"Kelsey Varga <kvarga@{MSP}>",
        to=f"hbrandt@{MSP}",
        subject="Invitation: consult",
        body="Added to your calendar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MSP//Scheduler//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:msp-20261116-0930-hb@metrospinepain.com\r\nDTSTAMP:20261109T140000Z\r\n"
            "DTSTART:20261116T143000Z\r\nDTEND:20261116T150000Z\r\n"
            "SUMMARY:SCS permanent implant consult - Nwachukwu\\, Harold (trial 70% relief)\r\n"
            "LOCATION:Exam 4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="DOCX work status letter",
        notes=(
            "Work-restriction letter for a named patient with diagnosis, sent to the employer's HR."
        ),
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to="hr.leaves@columbusfreightlines.com",
        subject="Work status letter",
        body="Please see the attached work status letter requested by your employee.",
        atts=(
            Att(
                "work_status_letter.docx",
                DOCX,
                docx(
                    [
                        "Metro Spine & Pain Institute",
                        "November 10, 2026",
                        "RE: Tomasz Wisniewski, DOB 08/19/1980",
                        "Mr. Wisniewski is under our care for lumbar disc herniation with "
                        "radiculopathy. "
                        "He had a transforaminal epidural steroid injection on 11/06/2026.",
                        "Restrictions: no lifting over 20 lb, no driving forklift, through "
                        "12/04/2026.",
                        "Hannah Brandt, DO",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of records for attorney",
        notes=(
            "Hard positive: ZIP of records for a named patient sent to a law firm; body mentions "
            "only the request number."
        ),
        frm=f"Metro Spine & Pain Records <records@{MSP}>",
        to="paralegal@hartleyinjurylaw.com",
        subject="Records request ROI-26-1187",
        body=(
            "Attached please find the records responsive to ROI-26-1187 pursuant to the signed "
            "authorization on file. Invoice to follow."
        ),
        atts=(
            Att(
                "ROI-26-1187.zip",
                "application/zip",
                zipped(
                    {
                        "visit_notes.txt": (
                            "Patient: Shaniqua Berry  DOB 05/09/1990  MRN MSP-0611904\n"
                            "10/01/2026 New patient: neck pain after MVA 08/14/2026. Dx: cervical "
                            "strain S13.4XXA, C5-6 facet pain.\n"
                            "10/22/2026 C5-6 medial branch block bilateral, 70% relief x 6h.\n"
                        ),
                        "billing_ledger.csv": (
                            "DOS,CPT,Charge,Paid\n10/01/2026,99204,385.00,0.00\n"
                            "10/22/2026,64490,1210.00,0.00\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nurse chatty follow-up to patient",
        notes="Nurse replies to a patient's icloud address about post-ablation pain and meds.",
        frm=f"Denise Okafor <dokafor@{MSP}>",
        to="lmarchetti@icloud.com",
        subject="Re: still sore",
        body=(
            "Hi Lucia,\n\nSo sorry you're still sore! A flare for 1-2 weeks after a genicular "
            "nerve "
            "ablation is really common. Keep icing 20 minutes on/off, and Dr. Menon says you can "
            "take the meloxicam 15 mg once a day with food for the next 10 days. If the knee gets "
            "hot or red, call us right away. We'll see you at your 4-week follow-up on 12/3."
            + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim test file",
        notes=(
            "Hard positive: X12 837P attached with subscriber name, member ID and dx; body "
            "technical."
        ),
        frm=f"edi@{MSP}",
        to="support@clearlinkedi.com",
        subject="837P file rejected at 999 - please check segment",
        body=(
            "Hi, our batch from this morning rejected with IK3 at loop 2300. Sample file "
            "attached, can you tell us what's wrong with the HI segment?\n\nMSP EDI"
        ),
        atts=(
            Att(
                "msp_837p_1110.x12",
                "text/plain",
                "ISA*00*          *00*          *ZZ*MSPPAIN        *ZZ*CLEARLINK      "
                "*261110*0915*^*00501*000004412*0*P*:~"
                "GS*HC*MSPPAIN*CLEARLINK*20261110*0915*4412*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*IL*1*FONTAINE*CLAUDETTE****MI*OCH530981126~DMG*D8*19640722*F~"
                "CLM*MSP26110044*1475***11:B:1*Y*A*Y*Y~HI*ABK:M5416*ABF:G8929~SV1*HC:62323*1475*UN*1***1~"
                "DTP*472*D8*20261103~SE*9*0001~GE*1*4412~IEA*1*000004412~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR ServiceRequest to imaging",
        notes="FHIR JSON order for CT with patient identifiers; body just 'order attached'.",
        frm=f"interfaces@{MSP}",
        to=f"orders@{PIC}",
        subject="Order 7731902",
        body="Electronic order attached.",
        atts=(
            Att(
                "order_7731902.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"system": '
                '"urn:msp:mrn", "value": "MSP-0702285"}], '
                '"name": [{"family": "Castellanos", "given": ["Beatriz"]}], "birthDate": '
                '"1958-02-27", '
                '"telecom": [{"system": "phone", "value": "614-555-0166"}]}}, '
                '{"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": '
                '"order", '
                '"code": {"text": "CT thoracic spine without contrast"}, "subject": {"reference": '
                '"Patient/p1"}, '
                '"reasonCode": [{"text": "T11 compression fracture, osteoporosis, pre-kyphoplasty '
                'planning"}]}}]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social worker to community agency",
        notes=(
            "Social worker shares a patient's name, phone and chronic pain/depression with a "
            "transport charity."
        ),
        frm=f"Nadia Petrossian LCSW <npetrossian@{MSP}>",
        to="rides@franklincountyseniorconnect.org",
        subject="Ride request for a client",
        body=(
            "Hello,\n\nI'm referring Mr. Eugene Farrow (phone 614-555-0127, 412 Chittenden Ave) "
            "for "
            "medical transport. He has chronic lumbar pain and depression and has missed three "
            "injection appointments because he can no longer drive. His next procedure is "
            "11/24 at 9:15 am at our Grandview site.\n\nNadia Petrossian, LCSW\nBehavioral Health"
        ),
    ),
]
