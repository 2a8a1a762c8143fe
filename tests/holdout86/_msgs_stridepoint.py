"""Outbound mail of Stride Point Physical Therapy, a clinic chain (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SPT, Att, Spec

SIG = "\n\n--\nStride Point Physical Therapy\n8 clinics across the Fox Valley | 555-0142 | stridepointpt.com"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by federal and state privacy law. If you received it in error, notify the sender and delete it."

MESSAGES = [
    Spec(
        phi=True,
        category="PT appointment reminder to patient gmail",
        notes="Patient's personal mailbox, full name and upcoming knee rehab visit time.",
        frm=f"Stride Point Scheduling <scheduling@{SPT}>",
        to="kevin.marchetti77@gmail.com",
        subject="Reminder: your physical therapy visit Tuesday",
        body="Hi Kevin Marchetti,\n\nThis is a reminder of your physical therapy appointment for your post-op knee rehab on Tuesday, October 20 at 8:15 AM with Jenna Ruiz, DPT, at our Maple Grove clinic (410 Alder Ave).\n\nWear shorts and bring your knee brace. To reschedule call 555-0142."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Plan of care PDF to referring orthopedist",
        notes="Plan of care for named patient with DOB after ACL reconstruction, sent for physician signature.",
        frm=f"Jenna Ruiz DPT <jruiz@{SPT}>",
        to="referrals@foxvalleyortho.com",
        subject="Plan of care for signature - Alvarez, Nicole",
        body="Dr. Hemsworth,\n\nPlease sign and return the attached initial plan of care so we can continue treatment past visit 10.\n\nThank you,\nJenna Ruiz, PT, DPT"
        + SIG,
        atts=(
            Att(
                "POC_Alvarez_N.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE POINT PHYSICAL THERAPY - PLAN OF CARE",
                        "Patient: Nicole Alvarez   DOB: 04/22/1994   Acct: SP-220841",
                        "Referring: Owen Hemsworth MD   Dx: S83.512D, Z98.890 (L ACL reconstruction 09/14/2026)",
                        "Frequency: 2x/week x 8 weeks. Goals: full knee extension, quad lag < 5 deg, return to soccer.",
                        "Interventions: 97110, 97112, 97140, 97530. Precautions: no open-chain 90-45 deg x 12 wks.",
                        "Therapist: Jenna Ruiz, PT, DPT   NPI 1678166327",
                        "Physician signature: ______________________  Date: ________",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Therapist reply to patient's wife on shoulder progress",
        notes="Hard positive: only a first name, but the wife's address and relationship plus shoulder range-of-motion progress identify the patient.",
        frm=f"Marcus Bell PT <mbell@{SPT}>",
        to="lindaferraro@yahoo.com",
        subject="Re: how is Tom doing?",
        body="Hi Linda,\n\nThanks for checking in. Tom is doing well - his shoulder flexion is up to 140 degrees since the surgery and the pain at night is mostly gone. Please make sure he keeps doing the band exercises twice a day even when he feels fine; that is what will get him back to swimming.\n\nSee you both Thursday,\nMarcus",
    ),
    Spec(
        phi=True,
        category="Fax cover with diagnosis only in PDF file name",
        notes="Hard positive: body and cover sheet are bland, but the PDF file name carries the patient's full name and lumbar radiculopathy.",
        frm=f"Front Desk Oshkosh <oshkosh@{SPT}>",
        to="records@lakeshorespine.org",
        subject="Eval as requested",
        body="Eval attached as requested. 3 pages.",
        atts=(
            Att(
                "Okafor_Daniel_lumbar_radiculopathy_eval.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE POINT PHYSICAL THERAPY - FAX COVER",
                        "To: Lakeshore Spine Records   From: Oshkosh clinic",
                        "Pages: 3 including cover. Re: records request 10/16.",
                    ],
                    "Fax cover",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Workers' comp work-status report to adjuster",
        notes="Named injured worker with claim number, restrictions and treatment progress sent to the comp carrier.",
        frm=f"Stride Point Work Comp Desk <workcomp@{SPT}>",
        to="claims.adjuster@badgermutualins.com",
        subject="Work status update - claim WC-26-118430",
        body="Ms. Pratt,\n\nWork status for your claimant Raymond Szymanski (claim WC-26-118430, DOI 08/03/2026):\n\n- Diagnosis: right lateral epicondylitis\n- Visits completed: 9 of 12 authorized\n- Restrictions: light duty, no lifting over 15 lb with the right arm, no repetitive gripping\n- Expected full duty: about 11/16/2026 if progress continues\n\nPlease call with questions.\n\nAngela Voss, PTA\nWork Comp Coordinator"
        + SIG
        + CONF,
    ),
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="Hard positive: the body is a bare batch note; the patient's name, member ID, birth date and shoulder diagnosis are only inside the X12 837P.",
        frm=f"Billing <billing@{SPT}>",
        to="submissions@claimbridge-edi.com",
        subject="Batch 1021-02 professional claims",
        body="Batch 1021-02 attached (1 claim). Control 000004412.",
        atts=(
            Att(
                "SPPT_837P_1021_02.x12",
                "application/EDI-X12",
                "ISA*00*          *00*          *ZZ*STRIDEPT       *ZZ*CLAIMBRIDGE    *261021*1044*^*00501*000004412*0*P*:~"
                "GS*HC*STRIDEPT*CLAIMBRIDGE*20261021*1044*4412*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*STRIDE POINT PHYSICAL THERAPY*****XX*1948340306~"
                "NM1*IL*1*WOJCIK*THERESA****MI*WBX448120937~DMG*D8*19610915*F~"
                "CLM*SP2210441*412.00***11:B:1*Y*A*Y*Y~HI*ABK:M75.121*ABF:M25.611~"
                "SV1*HC:97110:GP*180.00*UN*4***1~DTP*472*D8*20261014~SV1*HC:97140:GP*96.00*UN*2***1~SE*11*0001~GE*1*4412~IEA*1*000004412~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization request to health plan",
        notes="Member ID, name, DOB and lumbar diagnosis with requested CPT visits sent to the payer.",
        frm=f"Authorizations <auth@{SPT}>",
        to="um.requests@northstarhealthplan.com",
        subject="PA request - additional PT visits",
        body="Utilization Management,\n\nRequesting 8 additional visits for:\nMember: Gloria Benavides   Member ID: NSH-5520193-01   DOB 02/11/1972\nDx: M54.16 lumbar radiculopathy, M51.26 disc displacement\nCPT: 97110, 97140, 97112, 97530 (GP)\nProgress: Oswestry improved 46% -> 30%; still unable to sit > 30 min.\n\nClinical notes faxed to 555-0177 today.\n\nTara Lindgren\nAuthorization Specialist"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse discharge handoff to home health agency",
        notes="Hard positive: initials plus full date of birth and total knee arthroplasty discharge details in terse clinical shorthand.",
        frm=f"Neenah Clinic <neenah@{SPT}>",
        to="intake@valleyhomecare.org",
        subject="d/c from OP PT",
        body="JR 2/14/51 - d/c'd from OP PT today. L TKA 8/29. AROM 0-112, amb 150 ft w/ RW, SBA stairs. HEP given. Per family wants HH PT to continue 2x/wk. Order to follow from Dr Patel.\n-Neenah",
    ),
    Spec(
        phi=True,
        category="FHIR bundle of PT evaluation to referring physician",
        notes="FHIR Patient plus Observation with name, birth date, phone and neck pain score.",
        frm=f"Interfaces <interfaces@{SPT}>",
        to="inbound-fhir@appletonfamilymed.org",
        subject="Initial evaluation results (FHIR)",
        body="Automated delivery of the initial PT evaluation for your referred patient. See attachment.",
        atts=(
            Att(
                "pt_eval_bundle_7731.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "sp-7731", "name": [{"family": "Lindqvist-Moreau", "given": ["Helena"]}], "birthDate": "1983-06-30", "telecom": [{"system": "phone", "value": "920-555-0163"}]}},'
                '{"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Neck Disability Index"}, "subject": {"reference": "Patient/sp-7731"}, "effectiveDateTime": "2026-10-15", "valueQuantity": {"value": 38, "unit": "%"}, "note": [{"text": "Cervicalgia M54.2 after rear-end collision; limited rotation L 40 deg"}]}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Multi-sheet visit authorization tracker to billing vendor",
        notes="Workbook of named patients with member IDs, diagnoses and visits used, sent to an outside billing firm.",
        frm=f"Revenue Cycle <revcycle@{SPT}>",
        to="team@precisionrcmpartners.com",
        subject="October auth tracker - all clinics",
        body="Attached is the October authorization tracker. Sheet 2 lists the ones that expire before 11/1; please follow up with the plans.\n\nThanks,\nDeShawn"
        + SIG,
        atts=(
            Att(
                "auth_tracker_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Patient", "DOB", "Plan", "Member ID", "Dx", "Auth visits", "Used"],
                            [
                                "Pham, Lucy",
                                "1990-01-17",
                                "Northstar",
                                "NSH-7711820-02",
                                "M75.41",
                                12,
                                7,
                            ],
                            ["Greer, Anthony", "1957-11-03", "Medicare", "", "Z96.652", 20, 16],
                            [
                                "Osei, Abena",
                                "1988-08-26",
                                "Badger Choice",
                                "BC00412877",
                                "S93.401D",
                                10,
                                4,
                            ],
                        ],
                        "Expiring": [
                            ["Patient", "Auth #", "Expires"],
                            ["Pham, Lucy", "A-55120", "2026-10-28"],
                            ["Greer, Anthony", "M-9910", "2026-10-30"],
                        ],
                        "Notes": [
                            ["Patient", "Note"],
                            ["Osei, Abena", "ankle sprain - plan denied 97112, appeal sent"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless CSV of patients to billing vendor",
        notes="Hard positive: CSV without a header row; rows are names, birth dates, ICD-10 codes and visit counts.",
        frm=f"Revenue Cycle <revcycle@{SPT}>",
        to="uploads@precisionrcmpartners.com",
        subject="resend - file from Friday",
        body="Resending the file from Friday, the first one was truncated.",
        atts=(
            Att(
                "0116_resend.csv",
                "text/csv",
                "Dolan,Grace,1958-03-02,M17.11,12\r\nHaddad,Samir,1979-12-19,M75.101,8\r\nKowalczyk,Irene,1945-05-30,R26.81,16\r\nBrennan,Owen,2009-07-07,S06.0X0D,6\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Telehealth vestibular rehab invite to patient",
        notes="Hard positive: the body mentions only balance work; the invite summary ties the patient's full name to vestibular rehab for BPPV.",
        frm=f"Dana Whitcomb PT <dwhitcomb@{SPT}>",
        to="margo.ellison@icloud.com",
        subject="Telehealth: vestibular rehab follow-up",
        body="Hi Margo, here is the link for Friday's video visit. Have a sturdy chair and a clear wall nearby for the balance work.\n\nDana",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride Point//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sp-tele-55821@stridepointpt.com\r\nDTSTAMP:20261019T130000Z\r\nDTSTART:20261023T150000Z\r\nDTEND:20261023T154500Z\r\nSUMMARY:Vestibular rehab (BPPV) video visit - Margo Ellison\r\nDESCRIPTION:Follow-up for BPPV after Epley maneuver. Join: https://telehealth.stridepointpt.com/v/55821\r\nORGANIZER:mailto:dwhitcomb@stridepointpt.com\r\nATTENDEE:mailto:margo.ellison@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="HTML-only balance due statement for PT services",
        notes="HTML-only statement to patient mailbox with name, account number and therapy charges.",
        frm=f"Stride Point Billing <statements@{SPT}>",
        to="b.okonjo@hotmail.com",
        subject="Your statement is ready",
        body="",
        html="<html><body><p>Dear Blessing Okonjo,</p><p>Your statement for account <b>SP-301558</b> is ready.</p><table border='1'><tr><th>Date</th><th>Service</th><th>Your share</th></tr><tr><td>09/29/2026</td><td>Therapeutic exercise (97110)</td><td>$38.00</td></tr><tr><td>10/06/2026</td><td>Manual therapy (97140)</td><td>$22.00</td></tr></table><p>Balance due: <b>$60.00</b>. Pay online or call 555-0142.</p><p>Stride Point Physical Therapy</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Forwarded return-to-play note to school athletic trainer",
        notes="Forward of a parent's email about a student's concussion, with therapist's return-to-play stage, to the school athletic trainer.",
        frm=f"Chris Navarro DPT <cnavarro@{SPT}>",
        to="athletictrainer@kimberlyhs.k12.wi.us",
        subject="Fwd: Eli - return to play",
        body="Coach Dunn,\n\nForwarding Mrs. Brandt's note below with her permission. Eli Brandt passed stage 4 of the return-to-play progression today (non-contact drills, no symptoms). He can start full-contact practice Monday if he stays symptom-free; game play after his physician clears him.\n\nChris Navarro, DPT",
        forward=Spec(
            phi=True,
            category="-",
            notes="-",
            frm="Karen Brandt <kbrandt.home@gmail.com>",
            to=f"cnavarro@{SPT}",
            subject="Eli - return to play",
            body="Hi Chris, can you please send the athletic trainer an update on Eli's concussion recovery? He is desperate to get back for the playoff game. Thanks, Karen",
        ),
    ),
    Spec(
        phi=True,
        category="Hip fracture rehab discharge letter to patient",
        notes="Long discharge letter to patient's outlook mailbox with name, hip fracture surgery, outcome scores and home program.",
        frm=f"Priya Nandakumar DPT <pnandakumar@{SPT}>",
        to="doris.vantassel@outlook.com",
        subject="Your discharge summary and home program",
        body="Dear Mrs. Van Tassel,\n\nCongratulations on finishing your therapy! As we discussed on your last visit, here is a summary for your records.\n\nYou came to us on August 18 after surgery for your right hip fracture (hemiarthroplasty on July 30). At that time you were walking 40 feet with a walker and your Timed Up and Go was 24 seconds, which put you at high risk for falls. Today you walk in the community with a cane, your Timed Up and Go is 11 seconds, and you climbed the full flight of stairs with one rail.\n\nPlease keep doing:\n1. Sit-to-stand, 10 times, 2 times a day\n2. Side-stepping at the counter, 3 laps\n3. Heel raises, 15 times\n4. Walking 20 minutes a day on level ground\n\nKeep the hip precautions Dr. Albrecht gave you until your 12-week visit. If you have a fall, new groin pain or swelling in your calf, call your doctor right away.\n\nIt was a pleasure working with you.\n\nWarmly,\nPriya Nandakumar, PT, DPT, GCS"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Gait analysis still named after patient to orthotist",
        notes="Hard positive: the body has no name; the PNG file name carries the patient's name and the body describes her pronation for orthotics.",
        frm=f"Marcus Bell PT <mbell@{SPT}>",
        to="fitting@valleyorthoticslab.com",
        subject="still from gait video for the orthotics",
        body="Hi Sam, still from her gait analysis attached - note the excessive pronation on the left at midstance. She's booked with you for casting next week.\n\nMarcus",
        atts=(
            Att(
                "gait_still_Hannah_Brennan_L_pronation.png", "image/png", png(6, 4, (120, 160, 200))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned intake form to records vendor",
        notes="Hard positive: OCR text with scanning errors still gives a name, date of birth, phone and neck pain history.",
        frm=f"Records <records@{SPT}>",
        to="intake@docuscanpros.com",
        subject="OCR check - batch 44 page 7",
        body="Page 7 of batch 44 came out garbled, OCR text attached. Can you re-run it at higher resolution?",
        atts=(
            Att(
                "batch44_p7_ocr.txt",
                "text/plain",
                "STR1DE P0INT PHYS1CAL THERAPY  NEW PAT1ENT INTAKE\nName: W1lliam Hargrove   D0B: 07/1l/1966\nPhone: 920-555-0l38\nReason for v1sit: neck pa1n + numbness R hand x 3 mo\nPa1n 7/10   W0rse w/ comp uter work\nPr1or surg: C5-6 fus1on 2019\nMeds: gabapent1n 300 mg T1D\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare therapy threshold notice with MBI",
        notes="Named Medicare beneficiary with MBI and therapy spending near the KX threshold, sent to the patient's daughter.",
        frm=f"Billing <billing@{SPT}>",
        to="susan.greer.home@aol.com",
        subject="Your father's Medicare therapy coverage",
        body="Dear Ms. Greer,\n\nAs Anthony Greer's authorized contact, we want to let you know that his physical therapy charges this year have reached $2,310, close to the Medicare threshold. We will add the KX modifier because his therapy for the knee replacement remains medically necessary.\n\nPatient: Anthony Greer   MBI: 4TC7-HN2-RW58\n\nNo action is needed from you. Call 555-0142 with questions."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Records produced to personal-injury law firm",
        notes="Records release to the patient's attorney naming the patient, dates of service and the accident injury.",
        frm=f"Release of Information <roi@{SPT}>",
        to=f"records@{'kesslervancelaw.com'}",
        subject="Records - your client Marisol Ochoa",
        body="Counsel,\n\nPursuant to the signed authorization dated 10/02/2026, attached are the physical therapy records for Marisol Ochoa (DOB 05/12/1979), dates of service 03/24/2026 through 07/30/2026, treated for cervical and lumbar strain after the 03/08/2026 motor vehicle collision. 22 visits. Invoice for $35.00 follows.\n\nRelease of Information"
        + SIG,
        atts=(
            Att(
                "Ochoa_M_PT_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE POINT PHYSICAL THERAPY - RECORDS CERTIFICATION",
                        "Patient: Marisol Ochoa  DOB 05/12/1979  Acct SP-188203",
                        "Dates of service: 03/24/2026 - 07/30/2026 (22 visits)",
                        "Dx: S13.4XXA cervical sprain, S39.012A lumbar strain",
                        "Discharge status: goals met, NDI 44% -> 12%",
                    ],
                    "Records certification",
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Holiday hours announcement to patient mailing list",
        notes="Clinic hours notice to a mailing list; no individual or health information.",
        frm=f"Stride Point Physical Therapy <news@{SPT}>",
        to="patients-list@lists.stridepointpt.com",
        subject="Thanksgiving week hours",
        body="All Stride Point clinics will close at 2 PM on Wednesday, November 25 and stay closed Thursday, November 26. Normal hours resume Friday.\n\nHappy Thanksgiving!"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Therapist bio for website with specialties and NPI",
        notes="Hard negative: clinician bio listing conditions she treats and her NPI; no patient.",
        frm=f"Marketing <marketing@{SPT}>",
        to="web@brightlinecreative.com",
        subject="New bio for the Appleton page",
        body="Please add this to the Appleton team page:\n\nPriya Nandakumar, PT, DPT, GCS (NPI 1439189782) is a board-certified geriatric clinical specialist. She treats balance disorders, hip fracture and joint replacement rehabilitation, Parkinson's disease and osteoporosis. Outside the clinic she coaches a senior pickleball league.\n\nPhoto to follow.\nThanks, Kelsey",
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes workbook to payer network manager",
        notes="Hard negative: multi-sheet workbook of clinic-level outcome averages by condition; no individual rows.",
        frm=f"Quality <quality@{SPT}>",
        to="network.quality@northstarhealthplan.com",
        subject="Q3 outcomes data for the value-based program",
        body="Attached are our Q3 functional outcomes, clinic level only, per the program requirements. Low back pain episodes averaged 9.1 visits with 62% reaching MCID."
        + SIG,
        atts=(
            Att(
                "SPPT_Q3_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By condition": [
                            ["Condition", "Episodes", "Mean visits", "% MCID"],
                            ["Low back pain", 1184, 9.1, 62],
                            ["Neck pain", 612, 8.4, 58],
                            ["Knee OA", 433, 10.2, 55],
                            ["Post-op ACL", 97, 24.6, 81],
                        ],
                        "By clinic": [
                            ["Clinic", "Episodes", "NPS"],
                            ["Appleton", 702, 78],
                            ["Oshkosh", 540, 81],
                            ["Neenah", 388, 74],
                        ],
                        "Method": [
                            ["Note"],
                            [
                                "Outcome tools: ODI, NDI, KOOS-JR, LEFS. Episodes with < 2 visits excluded."
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz with example field names",
        notes="Hard negative: staff training quiz uses blank example fields (Patient Name, DOB, MRN) and a made-up scenario; no real person.",
        frm=f"Compliance <compliance@{SPT}>",
        to="training@foxvalleylearninghub.com",
        subject="Annual HIPAA quiz - please load into the LMS",
        body="Attached is this year's HIPAA refresher quiz for all Stride Point staff. Please load it as module HP-2026 with an 80% pass mark.\n\nBeth Kowal, Compliance Officer",
        atts=(
            Att(
                "HIPAA_quiz_2026.docx",
                DOCX,
                docx(
                    [
                        "Stride Point Physical Therapy - HIPAA Refresher 2026",
                        "1. Which of these are identifiers? Patient Name ____  DOB ____  MRN ____  Favourite colour ____",
                        "2. A caller says she is a patient's sister and asks about his knee surgery. What do you do?",
                        "3. True or false: it is fine to email an evaluation to a patient's work address without asking.",
                        "4. You see a neighbour's name on today's schedule. May you mention it to a friend?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Supply order confirmation with SSN-shaped PO number",
        notes="Hard negative: PO number formatted like an SSN on a therapy supply order; no person's health data.",
        frm=f"Purchasing <purchasing@{SPT}>",
        to="orders@rehabsupplydirect.com",
        subject="PO 418-22-7310 - resistance bands and gel",
        body="Please confirm PO 418-22-7310:\n\n- 40 x latex-free resistance band rolls, yellow/red/green\n- 24 x ultrasound gel 5 L\n- 6 x foam rollers 36 in\n\nShip to Appleton clinic, 2201 N Ballard Rd. Net 30.\n\nRita Sandoval\nPurchasing",
    ),
    Spec(
        phi=False,
        category="Physical therapist assistant job posting",
        notes="Hard negative: job ad describing the kinds of conditions treated; no patient.",
        frm=f"Careers <careers@{SPT}>",
        to="postings@wisconsinrehabjobs.com",
        subject="Posting: PTA - Oshkosh (full time)",
        body="Stride Point Physical Therapy is hiring a full-time Physical Therapist Assistant for our Oshkosh clinic.\n\nYou will treat patients recovering from total joint replacement, sports injuries, stroke and chronic low back pain under the supervision of our DPTs. Requirements: Wisconsin PTA licence, CPR, new grads welcome. $27-32/hour, 401(k), CEU allowance.\n\nApply at stridepointpt.com/careers.",
    ),
    Spec(
        phi=False,
        category="Staff influenza exposure notice to cleaning contractor",
        notes="Hard negative: notice that an unnamed staff member has influenza, asking for extra cleaning; no individual identified.",
        frm=f"Operations <ops@{SPT}>",
        to="dispatch@sparkleprocleaning.com",
        subject="Extra disinfection - Oshkosh clinic",
        body="Hi Tony,\n\nA member of our Oshkosh team has tested positive for influenza A this week. Could your crew do an extra disinfection of the gym equipment, treatment tables and door handles tonight and Thursday night? Invoice separately please.\n\nThanks,\nMelissa Ortiz, Operations Manager",
    ),
    Spec(
        phi=False,
        category="EMR downtime notice to IT vendor",
        notes="Scheduled system downtime coordination; no patient data.",
        frm=f"IT <it@{SPT}>",
        to="support@webptcloudsystems.com",
        subject="Confirming Saturday maintenance window",
        body="Confirming the upgrade window Saturday 10/24, 6:00-10:00 PM Central. We will run paper schedules during that time. Please send the release notes for 12.4 beforehand.\n\nThanks,\nJordan",
    ),
    Spec(
        phi=False,
        category="HTML-only low back pain newsletter",
        notes="HTML-only general exercise newsletter; no individual.",
        frm=f"Stride Point Physical Therapy <news@{SPT}>",
        to="subscribers@lists.stridepointpt.com",
        subject="5 desk stretches for a happier back",
        body="",
        html="<html><body><h2>5 desk stretches for a happier back</h2><ol><li>Seated pelvic tilts</li><li>Chin tucks</li><li>Thoracic extension over the chair back</li><li>Standing hip flexor stretch</li><li>Walk for 2 minutes every hour</li></ol><p>Pain that travels below the knee or comes with numbness deserves a professional look. In Wisconsin you can see a physical therapist without a referral.</p><p><a href='https://stridepointpt.com/book'>Book an appointment</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="Synthetic test patient HL7 message to EMR vendor",
        notes="Hard negative: HL7 ADT interface test using an obviously fake ZZTEST patient declared as test data.",
        frm=f"Interfaces <interfaces@{SPT}>",
        to="interfaces@webptcloudsystems.com",
        subject="ADT test message for new Neenah feed (TEST DATA ONLY)",
        body="Attached is the test ADT^A04 we sent to your TEST endpoint. The patient is our standard synthetic record ZZTEST^PATIENTONE; no real data. Please confirm PV1-3 maps to the Neenah location.",
        atts=(
            Att(
                "adt_a04_test.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|SPPT|NEENAH|WEBPT|TEST|20261020101500||ADT^A04|TST00091|T|2.5.1\r"
                "PID|1||TEST0001^^^SPPT^MR||ZZTEST^PATIENTONE||19000101|U|||1 TEST ST^^TESTVILLE^WI^00000\r"
                "PV1|1|O|NEENAH^GYM^01||||||||||||||||TESTVISIT01\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly thank-you to referring practice",
        notes="Referral relationship note with new locations; no patients mentioned.",
        frm=f"Kelsey Hart <khart@{SPT}>",
        to="office@appletonfamilymed.org",
        subject="Thank you + our new Kaukauna location",
        body="Hi Dr. Amundsen and team,\n\nThank you for continuing to trust us with your patients. Quick news: our Kaukauna clinic opens November 2 with early 6:30 AM slots, and we now offer pelvic health therapy in Appleton.\n\nReferral pads are on their way.\n\nKelsey Hart\nCommunity Relations"
        + SIG,
    ),
    Spec(
        phi=False,
        category="De-identified outcomes extract to university researcher",
        notes="Hard negative: de-identified CSV with study IDs, 10-year age bands, year only and outcome scores; no identifiers.",
        frm=f"Quality <quality@{SPT}>",
        to="ttrevino@uwosh.edu",
        subject="De-identified extract for the LBP study",
        body="Dr. Trevino,\n\nAttached is the extract under the data use agreement: study IDs only, ages in 10-year bands, no dates beyond year, no ZIP codes. 3 sample rows below for your parser; full file via SFTP.\n\nLeah",
        atts=(
            Att(
                "lbp_deid_sample.csv",
                "text/csv",
                "study_id,age_band,sex,year,dx,visits,odi_in,odi_out\r\nS0001,40-49,F,2026,M54.50,8,42,18\r\nS0002,60-69,M,2026,M54.16,12,50,34\r\nS0003,30-39,F,2025,M54.50,6,30,10\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Equipment recall notice with device serials",
        notes="Hard negative: serial numbers belong to clinic-owned ultrasound units, not to any patient.",
        frm=f"Biomed <biomed@{SPT}>",
        to="service@chattanoogamedicalrepair.com",
        subject="Recall 26-114: our affected units",
        body="Per recall notice 26-114 (transducer overheating), we own three affected units:\n\nSN IU4-882031 - Appleton\nSN IU4-882047 - Oshkosh\nSN IU4-882119 - Neenah\n\nThey have been tagged out of service. Please schedule the swap.\n\nGreg Pulaski, Facilities",
    ),
    Spec(
        phi=False,
        category="Staff in-service invite on post-op ACL protocol",
        notes="Hard negative: staff education calendar invite about a rehab protocol; no patient.",
        frm=f"Clinical Education <education@{SPT}>",
        to="ortho-residents@foxvalleyortho.com",
        subject="Invitation: ACL protocol update in-service",
        body="You are invited to our joint in-service on the updated ACL reconstruction protocol (blood flow restriction, return-to-sport testing). Pizza provided.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride Point//Education//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:sp-edu-2026-10@stridepointpt.com\r\nDTSTAMP:20261019T130000Z\r\nDTSTART:20261029T230000Z\r\nDTEND:20261030T003000Z\r\nSUMMARY:In-service: ACL reconstruction protocol 2026\r\nLOCATION:Stride Point Appleton - conference room\r\nORGANIZER:mailto:education@stridepointpt.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Fee schedule proposal with CPT rates to payer",
        notes="Hard negative: contract rates by CPT code; codes with no patient.",
        frm=f"Managed Care <contracts@{SPT}>",
        to="provider.contracting@badgerchoicehealth.com",
        subject="2027 rate proposal",
        body="Hi Marisa,\n\nOur 2027 proposal per CPT (GP modifier):\n97110 therapeutic exercise - $34.50/unit\n97140 manual therapy - $31.75/unit\n97112 neuromuscular re-ed - $36.20/unit\n97161-97163 evaluations - $112.00\n\nGroup NPI 1948340306, TIN on file. Happy to discuss on the 28th.\n\nRon Tischler, Director of Managed Care",
    ),
    Spec(
        phi=False,
        category="Therapist credentialing packet to health plan",
        notes="Hard negative: new clinician's NPI, licence and CAQH number for payer enrolment; provider identifiers only.",
        frm=f"Credentialing <credentialing@{SPT}>",
        to="credentialing@northstarhealthplan.com",
        subject="Add practitioner: Chris Navarro, DPT",
        body="Please add Chris Navarro, PT, DPT to our group contract effective 11/1/2026. Attestation attached.",
        atts=(
            Att(
                "Navarro_credentialing.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE POINT PHYSICAL THERAPY - PRACTITIONER ADD FORM",
                        "Practitioner: Chris Navarro, PT, DPT   NPI 1935999742",
                        "WI PT licence 12044-024, exp 05/31/2027   CAQH 15882210",
                        "Group NPI 1948340306   Locations: Appleton, Kimberly",
                        "Specialty: sports, concussion management",
                    ],
                    "Practitioner add form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lease renewal correspondence with landlord",
        notes="Facilities business mail; no health information.",
        frm=f"Operations <ops@{SPT}>",
        to="leasing@riverviewcommercialprop.com",
        subject="Re: Suite 120 renewal",
        body="Hi Alan,\n\nWe're fine with the 3% escalator but need the HVAC replacement on the landlord side before we sign. Can you send a revised draft?\n\nMelissa",
    ),
    Spec(
        phi=False,
        category="Insurance acceptance reply to prospective patient",
        notes="Hard negative: reply to a personal mailbox answers a general insurance and direct-access question; no condition or appointment for the person.",
        frm=f"Front Desk <appleton@{SPT}>",
        to="jt.holloway@gmail.com",
        subject="Re: do you take Aetna?",
        body="Hi,\n\nYes, we are in network with Aetna PPO and Open Access plans. In Wisconsin you don't need a physician referral to start physical therapy, though some plans require one for payment. You can book online any time.\n\nBest,\nStride Point Front Desk, Appleton",
    ),
    Spec(
        phi=False,
        category="Home exercise handout pack zipped to partner gym",
        notes="Generic exercise handouts in a zip for a partner gym; no individual.",
        frm=f"Marcus Bell PT <mbell@{SPT}>",
        to="coach@ironridgefitness.com",
        subject="Handouts for your members",
        body="Here are the generic shoulder and knee handouts we talked about for your members' board. Feel free to print.",
        atts=(
            Att(
                "SPPT_handouts.zip",
                "application/zip",
                zipped(
                    {
                        "shoulder_band_series.txt": "Shoulder band series: external rotation, rows, W raises. 3 x 12.",
                        "knee_basics.txt": "Knee basics: straight leg raise, mini squats, step-ups. 3 x 10.",
                    }
                ),
            ),
        ),
    ),
]
