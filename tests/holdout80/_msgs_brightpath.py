"""Brightpath Occupational Therapy (outpatient hand, paediatric and work-rehab OT): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

SIG = "\n\n--\nBrightpath Occupational Therapy\n2210 Alder Street, Suite 4, Tacoma WA 98405\nT (253) 555-0140 | F (253) 555-0141"
CONF = "\n\nCONFIDENTIALITY: This message may contain information protected by law. If you received it in error, please notify the sender and delete it."

MESSAGES = [
    # ---------------- PHI (19) ----------------
    Spec(
        phi=True,
        category="hand therapy appointment reminder to patient",
        notes="Names the patient and her post-op carpal tunnel hand therapy visit, sent to her personal gmail.",
        frm="Front Desk <frontdesk@brightpathot.com>",
        to="marisol.quintero82@gmail.com",
        subject="Reminder: your hand therapy visit Thursday",
        body=(
            "Hi Marisol,\n\nThis is a reminder of your hand therapy appointment on Thursday 19 March at 9:15 am "
            "with Kelsey Brandt, OTR/L, CHT. Kelsey will check your incision from the carpal tunnel release and "
            "progress your tendon glides. Please wear loose sleeves and bring your night splint.\n\n"
            "Need to reschedule? Call us at (253) 555-0140." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="paediatric session recap to parent with home program",
        notes="Hard positive: first name of child plus mother plus session content and a named home-program attachment tie a child to OT treatment for handwriting/sensory issues.",
        frm="Jenna Whitfield OTR/L <jwhitfield@brightpathot.com>",
        to="dana.okafor.home@outlook.com",
        subject="Leo - today's session + home activities",
        body=(
            "Hi Dana,\n\nLeo worked really hard today. His tripod grasp held for almost the whole copying task and "
            "he tolerated the weighted lap pad for 10 minutes before the fine-motor station. We're still seeing "
            "avoidance with messy play, so I've added two tactile activities to his home list (attached).\n\n"
            "Same time next Tuesday!\nJenna"
        ),
        atts=(
            Att(
                "Leo_O_home_program_wk7.txt",
                "text/plain",
                "HOME PROGRAM - Leo O. (age 6) - week 7\n1. Theraputty finds (green) 5 min daily\n2. Wall push-ups x10 before homework\n3. Shaving-cream letters: L, E, O\n4. Vertical-surface coloring 10 min\nGoal: legible name on lined paper by 4/30\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OT plan of care to referring physician for signature",
        notes="Plan of care PDF with patient name, DOB, diagnosis code and frequency, sent to the referring orthopaedic office.",
        frm="Intake Coordinator <intake@brightpathot.com>",
        to="referrals@tacomaorthopaedicgroup.com",
        subject="Plan of care for signature - please return within 10 days",
        body=(
            "Dr. Sandoval's team,\n\nAttached is the initial OT plan of care for your referral of 3/9. Medicare requires "
            "the physician signature on the plan; please sign page 1 and fax or email it back.\n\nTreating therapist: Aaron Mireles, OTR/L, NPI: 1945921322\n\nThank you,"
            + SIG
        ),
        atts=(
            Att(
                "POC_Gunderson_Harold.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH OCCUPATIONAL THERAPY - PLAN OF CARE",
                        "Patient: Harold Gunderson   DOB: 07/22/1949   MRN: BP-0048817",
                        "Referring: R. Sandoval MD   Onset: 02/27/2026",
                        "Dx: S52.531D Colles fracture R radius, subsequent encounter",
                        "Evaluation 03/16/2026: grip R 18 lb / L 64 lb, wrist ext 25 deg",
                        "Goals: independent ADLs, grip 45 lb, return to woodworking",
                        "Plan: 2x/week x 8 weeks; 97110, 97140, 97530, 97760",
                        "Physician signature: ____________________  Date: ________",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OT progress summary to school IEP team",
        notes="Hard positive: student named in a docx progress summary describing dysgraphia and sensory processing goals, sent to a school district address.",
        frm="Jenna Whitfield OTR/L <jwhitfield@brightpathot.com>",
        to="sped.coordinator@lakewoodschools.org",
        cc="dana.okafor.home@outlook.com",
        subject="Outpatient OT summary for Thursday's IEP meeting",
        body=(
            "Ms. Ferreira,\n\nWith Dana's signed release on file, here is my outpatient summary for the IEP meeting on "
            "Thursday. I can call in at 3:30 if that helps.\n\nBest,\nJenna Whitfield, OTR/L"
        ),
        atts=(
            Att(
                "OT_summary_for_IEP.docx",
                DOCX,
                docx(
                    [
                        "Brightpath Occupational Therapy - Outpatient Summary",
                        "Student: Leo Okafor, Grade 1, Lakewood Elementary",
                        "Seen weekly since 11/2025 for fine-motor delay, suspected dysgraphia and tactile defensiveness.",
                        "BOT-2 fine manual control: 38th percentile (up from 12th).",
                        "Recommend: slant board, pencil grip, movement breaks every 20 minutes, reduced copying load.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P professional claim file to clearinghouse",
        notes="X12 837P with subscriber name, member ID, DOB, diagnosis and OT CPT lines for a patient.",
        frm="Billing <billing@brightpathot.com>",
        to="submissions@evergreenclaimsclearing.com",
        subject="Batch 0317 - 837P resubmission",
        body="Resubmitting the one claim that rejected for a missing taxonomy code yesterday. Batch ID 0317-B."
        + SIG,
        atts=(
            Att(
                "BP_0317B.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*BRIGHTPATHOT   *ZZ*EVERGREENCH    *260317*1015*^*00501*000004417*0*P*:~\n"
                "GS*HC*BRIGHTPATHOT*EVERGREENCH*20260317*1015*4417*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
                "NM1*85*2*BRIGHTPATH OCCUPATIONAL THERAPY*****XX*1807345750~\nPRV*BI*PXC*225X00000X~\n"
                "NM1*IL*1*PHAM*ANH****MI*CSW771048235~\nDMG*D8*19670411*F~\n"
                "CLM*BP26031101*412.00***11:B:1*Y*A*Y*Y~\nHI*ABK:M65.311*ABF:M79.641~\n"
                "SV1*HC:97165*168.00*UN*1***1~\nSV1*HC:97760*122.00*UN*1***1~\nSV1*HC:L3913*122.00*UN*1***1~\n"
                "SE*11*0001~\nGE*1*4417~\nIEA*1*000004417~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse splint fabrication note to orthotics vendor",
        notes="Hard positive: patient surname and procedure (CMC arthroplasty splint) appear only in the subject of a one-line scheduling note.",
        frm="Kelsey Brandt <kbrandt@brightpathot.com>",
        to="fabrication@soundorthoticslab.com",
        subject="Re: Morales - L CMC arthroplasty post-op thumb spica",
        body="Fitting moved to 2:30 Weds. Same measurements as my fax. -K",
    ),
    Spec(
        phi=True,
        category="functional capacity evaluation results to employer",
        notes="Multi-sheet FCE workbook with the employee's name, lumbar injury and lifting limits, sent to the employer's HR.",
        frm="Work Rehab <workrehab@brightpathot.com>",
        to="hr.leave@cascadefreightlines.com",
        subject="FCE results - return-to-work restrictions",
        body=(
            "Hello Ms. Albright,\n\nAs authorised on the release Mr. Kowalczyk signed on 3/16, attached are the results of his "
            "functional capacity evaluation. In short he tested at the MEDIUM physical demand level; the dock-loader role "
            "is HEAVY, so he is not yet cleared for full duty. A 4-week work-conditioning program is recommended."
            + SIG
            + CONF
        ),
        atts=(
            Att(
                "FCE_Kowalczyk_2026-03-16.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Employee", "Tomasz Kowalczyk"],
                            ["Injury", "Lumbar strain with L4-5 disc protrusion, DOI 12/04/2025"],
                            ["Overall PDL", "Medium"],
                            ["Job PDL", "Heavy"],
                        ],
                        "Material handling": [
                            ["Task", "Occasional (lb)", "Frequent (lb)"],
                            ["Floor to waist", 45, 20],
                            ["Waist to shoulder", 35, 15],
                            ["Carry 50 ft", 40, 20],
                        ],
                        "Positional": [
                            ["Tolerance", "Rating"],
                            ["Sitting", "Constant"],
                            ["Stooping", "Occasional"],
                            ["Kneeling", "Frequent"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorisation request for stroke rehab OT",
        notes="Prior-authorisation PDF to the health plan with member ID, name and post-stroke hemiparesis diagnosis.",
        frm="Authorizations <auth@brightpathot.com>",
        to="um.requests@pugetcommunityhealthplan.org",
        subject="PA request - additional OT visits",
        body="Please find attached a request for 12 additional OT visits. Clinical notes available on request."
        + SIG,
        atts=(
            Att(
                "PA_request_0316.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH OCCUPATIONAL THERAPY - PRIOR AUTHORIZATION REQUEST",
                        "Member: Beatrice Lomax    Member ID: PCH-55180294    DOB: 1956-10-03",
                        "Diagnosis: I69.351 Hemiplegia following cerebral infarction, R dominant side",
                        "Visits used: 20 of 20 authorised. Requested: 12 (97530, 97535, 97112)",
                        "Progress: FIM self-care 28 -> 37; now dresses upper body with set-up only",
                        "Treating therapist: Aaron Mireles, OTR/L  NPI: 1945921322",
                    ],
                    "PA request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="driver rehabilitation evaluation confirmation (HTML)",
        notes="HTML-only confirmation naming the patient and her driver rehab evaluation after a stroke, to her yahoo address.",
        frm="Brightpath Scheduling <schedule@brightpathot.com>",
        to="evelyn.marsh1951@yahoo.com",
        subject="Your driving evaluation is confirmed",
        body="",
        html=(
            "<html><body style='font-family:Arial'><h2>Appointment confirmed</h2>"
            "<p>Dear Evelyn Marsh,</p><p>Your <b>clinical driver rehabilitation evaluation</b> is booked for "
            "<b>Monday 23 March, 1:00-3:30 pm</b>. Because this follows your stroke in January, please bring your "
            "glasses, your current medication list and your driver licence.</p>"
            "<p>Someone else must drive you to and from the appointment.</p>"
            "<p style='color:#888'>Brightpath Occupational Therapy &middot; (253) 555-0140</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="home safety visit calendar invite with patient address",
        notes="Hard positive: the calendar invite alone carries the patient's initial+surname, home address and a home-safety eval after hip replacement.",
        frm="Aaron Mireles <amireles@brightpathot.com>",
        to="rtorres.ota@brightpathot.com",
        subject="Invitation: Home eval - R. Tanaka",
        body="Can you co-treat this one? Bring the tub-transfer bench.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightpath//Scheduler//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:h80-home-eval-0318@brightpathot.com\nDTSTAMP:20260316T170000Z\nDTSTART:20260318T210000Z\nDTEND:20260318T223000Z\n"
            "SUMMARY:Home safety eval - R. Tanaka (post THA precautions)\nLOCATION:1418 N Birch Ln, Tacoma WA 98406\n"
            "DESCRIPTION:Daughter Emi will let us in. Check bathroom for raised seat + grab bars.\n"
            "ORGANIZER:mailto:amireles@brightpathot.com\nATTENDEE:mailto:rtorres.ota@brightpathot.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="scar progress photo to surgeon",
        notes="Hard positive: image file named after the patient and scar week, to the surgeon, with only a one-line body.",
        frm="Kelsey Brandt <kbrandt@brightpathot.com>",
        to="dr.ahn@tacomaorthopaedicgroup.com",
        subject="6 wk photo",
        body="Dr. Ahn - 6 week photo attached as requested. Some hypertrophy at the proximal end; starting silicone tonight.",
        atts=(
            Att(
                "Okonkwo_Chidi_flexor_repair_scar_wk6.png", "image/png", png(6, 4, (214, 168, 150))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient balance statement to spouse",
        notes="Statement PDF addressed to the spouse listing the patient's OT visit dates, codes and balance due.",
        frm="Billing <billing@brightpathot.com>",
        to="gary.lindahl@comcast.net",
        subject="Statement for Susan Lindahl's account",
        body="Hi Gary,\n\nAs you asked on the phone, here is the itemised statement for Susan's visits. The remaining balance after Regence paid is $146.20.\n\nThank you,\nBrightpath Billing",
        atts=(
            Att(
                "statement_Lindahl_S.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH OCCUPATIONAL THERAPY - PATIENT STATEMENT",
                        "Patient: Susan Lindahl     Account: 40-22917",
                        "Guarantor: Gary Lindahl, 88 Harbor View Dr, Gig Harbor WA 98335",
                        "02/10/2026  97110 Therapeutic exercise  $54.00",
                        "02/17/2026  97140 Manual therapy (lymphedema)  $61.30",
                        "02/24/2026  97535 ADL training  $30.90",
                        "Balance due: $146.20",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 referral acknowledgement to hospital interface",
        notes="Hard positive: HL7 REF message carries patient name, MRN, DOB and the referral diagnosis; the body just says it is an interface retry.",
        frm="Interface Alerts <interfaces@brightpathot.com>",
        to="hl7-inbound@stfrancismedical-wa.org",
        subject="Manual resend - REF^I12 ack 3 of 3",
        body="The VPN dropped during last night's batch. Resending the last acknowledgement manually per your ticket INC-77104.",
        atts=(
            Att(
                "REF_I12_resend.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|BRIGHTPATH|BPOT|EPIC|SFMC|202603170212||REF^I12|BP00318|P|2.5.1\r"
                "RF1|A|OT|ROUTINE||R|REF2026-3381|20260316\r"
                "PID|1||SF4471882^^^SFMC^MR||VASQUEZ^ROSA^M||19780219|F|||305 S 9th St^^Tacoma^WA^98402\r"
                "DG1|1||G56.01^Carpal tunnel syndrome, right upper limb^I10\r"
                "PRD|RT|MIRELES^AARON|||||1945921322\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="headerless daily schedule CSV to per-diem therapist",
        notes="Hard positive: a CSV with no header row lists patient names, times and short diagnoses, sent to a per-diem therapist's personal mailbox.",
        frm="Aaron Mireles <amireles@brightpathot.com>",
        to="rtorres.ota@gmail.com",
        subject="tmrw",
        body="Rosa - covering for Jenna tomorrow, here's the list. Portal is down so sending this way, sorry.",
        atts=(
            Att(
                "tue.csv",
                "text/csv",
                "08:00,Pham Anh,trigger finger R ring,97760\n08:45,Gunderson Harold,distal radius fx,97110\n09:30,Okafor Leo,fine motor/SPD,97530\n10:15,Marsh Evelyn,CVA L hemi,97535\n11:00,Lindahl Susan,lymphedema R arm,97140\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded relative question to compression garment vendor",
        notes="Hard positive: a forwarded email from a patient's daughter describes her father's arm lymphedema after cancer surgery; the cover note only asks for sizing.",
        frm="Susan Park OTR/L CLT <spark@brightpathot.com>",
        to="orders@northwestcompression.com",
        subject="Fwd: Dad's sleeve",
        body="Hi team, can you advise on the sizing question below? Measurements from my last visit: C 31 cm, E 28 cm, G 33 cm.\n\nSusan",
        forward=Spec(
            phi=True,
            category="forward",
            notes="forward",
            frm="Naomi Feld <naomi.feld77@gmail.com>",
            to="spark@brightpathot.com",
            subject="Dad's sleeve",
            body=(
                "Hi Susan,\n\nDad (Martin Feld) says the new compression sleeve digs in at the elbow and his hand swells by evening. "
                "Since the lymph nodes were removed with his melanoma surgery he's nervous about infection. Should we order the next size up?\n\nNaomi"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers' compensation progress update to adjuster",
        notes="Names the injured worker, claim number, injury and treatment progress for the insurer's adjuster.",
        frm="Work Rehab <workrehab@brightpathot.com>",
        to="c.bergstrom@summitmutualins.com",
        subject="Claim WC-2025-118274 - OT progress",
        body=(
            "Ms. Bergstrom,\n\nUpdate on Devon Richards (claim WC-2025-118274, DOI 11/18/2025, crush injury L index and long fingers):\n"
            "- Attended 14 of 16 visits\n- Composite fist now achieved; pinch 9 lb (goal 14)\n- Desensitisation ongoing for tip hypersensitivity\n\n"
            "We recommend 6 more visits and a light-duty trial at 4 hours/day from 4/1.\n\nKind regards,\nBrightpath Work Rehab"
            + CONF
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated discharge summary to primary care",
        notes="Hard positive: terse abbreviated discharge note with initials, DOB and clinical findings sent to the PCP office.",
        frm="Aaron Mireles <amireles@brightpathot.com>",
        to="inbox@northslopefamilymed.com",
        subject="OT d/c",
        body="Pt J.R. (DOB 4/2/58) d/c'd from OT 3/16, goals met. s/p R RCR. AROM flex 155, MMT 4+/5, QuickDASH 61->14. HEP given. Pls route to Dr Yee.\n\nA. Mireles OTR/L",
    ),
    Spec(
        phi=True,
        category="FHIR referral ServiceRequest to hospital",
        notes="FHIR ServiceRequest JSON with patient name, MRN, birth date and a low-vision OT reason (hemianopia after stroke) is attached to a scheduling email to a hospital.",
        frm="Intake Coordinator <intake@brightpathot.com>",
        to="outpatient.referrals@stfrancismedical-wa.org",
        subject="Referral back - needs neuro OT (not our service)",
        body="We don't offer vision rehab; returning this referral so your team can redirect it. FHIR resource attached for your import."
        + SIG,
        atts=(
            Att(
                "ServiceRequest_return.json",
                "application/fhir+json",
                '{"resourceType":"ServiceRequest","status":"revoked","intent":"order",'
                '"subject":{"display":"Walter Brennan-Cole","identifier":{"system":"urn:sfmc:mrn","value":"SF5590213"}},'
                '"code":{"text":"Occupational therapy - low vision rehab"},'
                '"reasonCode":[{"text":"Homonymous hemianopia after right PCA stroke"}],'
                '"note":[{"text":"Patient DOB 1944-05-30; returned by Brightpath, service not offered"}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing service",
        notes="Hard positive: ERA 835 file carries patient names, member IDs and paid/denied OT services; the email only says it is this week's ERA.",
        frm="Billing <billing@brightpathot.com>",
        to="ar-team@rainierbillingpartners.com",
        subject="ERA wk 11",
        body="Posting file for week 11 attached. Two denials (CO-50) need appeals.",
        atts=(
            Att(
                "ERA_wk11.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*REGENCEWA      *ZZ*BRIGHTPATHOT   *260313*0600*^*00501*000771203*0*P*:~\n"
                "ST*835*0001~\nBPR*I*318.40*C*ACH*CCP*01*125000105*DA*7781204*****20260313~\n"
                "CLP*BP26021001*1*276.00*201.40*40.00*12*RG88104417~\nNM1*QC*1*LINDAHL*SUSAN****MI*RGW440187713~\n"
                "SVC*HC:97140*126.00*92.10**2~\nCLP*BP26022403*4*117.00*0*0*12*RG88104902~\n"
                "NM1*QC*1*MARSH*EVELYN****MI*RGW550902218~\nCAS*CO*50*117.00~\nSE*9*0001~\nIEA*1*000771203~\n",
            ),
        ),
    ),
    # ---------------- not PHI (18) ----------------
    Spec(
        phi=False,
        category="staff in-service flyer on CRPS",
        notes="Hard negative: clinical education flyer about complex regional pain syndrome after wrist fracture; no patient.",
        frm="Clinical Education <education@brightpathot.com>",
        to="allstaff@brightpathot.com",
        subject="Lunch & learn: CRPS after distal radius fracture",
        body="Bring your lunch Friday 12:10 in the gym. Kelsey will cover early signs of CRPS, graded motor imagery and mirror therapy. CEU certificate available.",
        atts=(
            Att(
                "CRPS_inservice.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH OCCUPATIONAL THERAPY - STAFF IN-SERVICE",
                        "Complex Regional Pain Syndrome after distal radius fracture",
                        "Incidence estimates range from 1% to 37% depending on criteria used",
                        "Budapest criteria; vitamin C evidence; graded motor imagery protocol",
                        "Presenter: Kelsey Brandt, OTR/L, CHT   Friday 20 March 12:10",
                    ],
                    "CRPS in-service",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="paediatric OT job posting (HTML)",
        notes="Hard negative: HTML-only job ad listing conditions the clinic treats (autism, sensory processing disorder, CP); no individual.",
        frm="Careers <careers@brightpathot.com>",
        to="postings@wota-jobboard.org",
        subject="Job posting: Pediatric OTR/L (0.8 FTE)",
        body="",
        html=(
            "<html><body><h1>Pediatric Occupational Therapist</h1><p>Brightpath OT is hiring a 0.8 FTE pediatric OTR/L to join our "
            "sensory gym team in Tacoma.</p><ul><li>Caseload: autism spectrum disorder, sensory processing disorder, cerebral palsy, "
            "developmental coordination disorder, handwriting difficulties</li><li>SIPT or EASI certification a plus</li>"
            "<li>$42-$51/hour DOE, CEU stipend</li></ul><p>Apply to careers@brightpathot.com</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="splinting supply order with SSN-shaped PO number",
        notes="Hard negative: purchase order number has the shape of an SSN but the CSV lists only thermoplastic and putty products.",
        frm="Office Manager <office@brightpathot.com>",
        to="orders@rehabsupplydirect.com",
        subject="PO 412-55-0318 - monthly splinting supplies",
        body="Hello,\n\nPlease ship the attached order on PO 412-55-0318. Net 30 as usual. Deliver to suite 4.\n\nThanks,\nLinda Pruitt\nOffice Manager",
        atts=(
            Att(
                "PO_412-55-0318.csv",
                "text/csv",
                "sku,item,qty,unit_price\nTP-3218,Aquaplast-T 1/8in perforated sheet,12,18.40\nTP-0092,Theraputty 3oz green,24,3.10\nVL-220,Velcro loop 1in roll,6,11.25\nST-14,Stockinette 2in,4,9.80\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook to accountable care partner",
        notes="Hard negative: multi-sheet workbook of mean QuickDASH/COPM change by diagnosis group with counts only; no patient rows.",
        frm="Quality <quality@brightpathot.com>",
        to="network.quality@pugetcommunityhealthplan.org",
        subject="Q4 2025 outcomes - Brightpath",
        body="Attached are our Q4 outcome measures for the network scorecard. Groups with n<11 are suppressed.",
        atts=(
            Att(
                "Brightpath_Q4_2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Diagnosis group", "Episodes", "Mean QuickDASH change", "Mean visits"],
                            ["Distal radius fracture", 48, -31.2, 11.4],
                            ["Carpal tunnel release", 37, -24.8, 6.1],
                            ["Stroke UE", 22, -12.5, 18.9],
                            ["Flexor tendon repair", "<11", "suppressed", "suppressed"],
                        ],
                        "COPM": [
                            ["Measure", "Performance", "Satisfaction"],
                            ["Mean change", 2.7, 3.1],
                            ["% >= 2 points", 0.71, 0.76],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR sandbox test HL7 message with declared test patient",
        notes="Hard negative: interface test ADT uses the vendor's declared synthetic patient ZZTEST in a sandbox (processing ID T); no real person.",
        frm="Interface Alerts <interfaces@brightpathot.com>",
        to="integration.support@therapynotesplus.com",
        subject="Sandbox test message - parser error on PV1",
        body=(
            "Hi support,\n\nYour sandbox rejects the attached test ADT^A04 with 'PV1-3 invalid'. This is your synthetic test patient "
            "(ZZTEST^HANDTHERAPY), not a real person, processing ID T. Can you tell us which location format you expect?\n\nThanks"
        ),
        atts=(
            Att(
                "sandbox_A04_test.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|BRIGHTPATH|BPOT|TNP|SANDBOX|202603161100||ADT^A04|TEST0001|T|2.5.1\r"
                "PID|1||TEST-000001^^^TNP^MR||ZZTEST^HANDTHERAPY||19000101|U\r"
                "PV1|1|O|GYM-1^^^BPOT\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interview scheduling with job applicant",
        notes="Interview logistics to a candidate's personal mailbox; no health information.",
        frm="Jenna Whitfield <jwhitfield@brightpathot.com>",
        to="kaylee.ngata.ot@gmail.com",
        subject="Interview - Friday 10 am",
        body="Hi Kaylee,\n\nThanks for applying for the pediatric OT role. Could you come in Friday 20 March at 10:00? We'll tour the sensory gym and you'll meet two of our therapists. Parking is behind the building.\n\nJenna",
    ),
    Spec(
        phi=False,
        category="staff flu and COVID vaccine clinic notice",
        notes="Staff notice about an on-site vaccine clinic; no individual health information.",
        frm="Office Manager <office@brightpathot.com>",
        to="allstaff@brightpathot.com",
        subject="Last call: on-site vaccines Wednesday",
        body="Pierce County Health will be in the break room Wednesday 11-1 for staff flu/COVID boosters. No appointment needed; bring your insurance card. If you've already had yours, no action needed.",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT maintenance notice to staff; no patients.",
        frm="IT Helpdesk <it@brightpathot.com>",
        to="allstaff@brightpathot.com",
        subject="Planned EHR downtime Saturday 6-8 am",
        body="TherapyNotes+ will be unavailable Saturday 21 March 06:00-08:00 for an upgrade. Use the paper downtime forms in the blue binder at each desk and enter them Monday.\n\n-- IT",
    ),
    Spec(
        phi=False,
        category="new clinician bio with NPI to referral sources",
        notes="Hard negative: announces a new therapist with credentials, NPI and the conditions she treats; clinician information only.",
        frm="Brightpath OT <hello@brightpathot.com>",
        to="referrals@tacomaorthopaedicgroup.com",
        subject="Welcome Priya Raman, OTR/L, CHT",
        body=(
            "We're pleased to introduce Priya Raman, OTR/L, CHT (NPI: 1843697438), who joins our hand clinic on Mondays and Thursdays. "
            "Priya has 11 years of experience with flexor and extensor tendon repairs, rheumatoid arthritis joint protection, "
            "Dupuytren's release and CRPS. She speaks Tamil and Hindi. Referrals can go to intake as usual."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher quiz document",
        notes="Hard negative: training quiz with example field names (Patient Name, MRN, DOB) and blank placeholders only.",
        frm="Compliance <compliance@brightpathot.com>",
        to="allstaff@brightpathot.com",
        subject="Annual HIPAA refresher - due 3/31",
        body="Please complete the attached quiz and return it to me by 31 March.\n\nLinda Pruitt, Privacy Officer",
        atts=(
            Att(
                "HIPAA_refresher_2026.docx",
                DOCX,
                docx(
                    [
                        "Brightpath OT - HIPAA Refresher Quiz 2026",
                        "1. Which of these is an identifier? Patient Name / MRN / DOB / all of the above",
                        "2. A parent calls asking for an IEP summary. What must be on file first?",
                        "3. Example label: Patient Name: ________  MRN: BP-_______  DOB: __/__/____",
                        "4. True or false: texting a schedule photo to your personal phone is allowed.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case study abstract to conference",
        notes="Hard negative: conference abstract describes a case by age band and year only, with no name, dates or other identifiers.",
        frm="Kelsey Brandt <kbrandt@brightpathot.com>",
        to="abstracts@asht-annualmeeting.org",
        subject="Abstract submission #2026-417 - revised",
        body=(
            "Revised abstract below per reviewer comments.\n\nTitle: Relative motion orthosis after zone V extensor repair in a manual laborer: a case report\n"
            "A man in his forties sustained a zone V extensor tendon laceration in 2025. Using a relative motion extension orthosis from day 3, "
            "he regained full composite fist by week 8 and returned to work at week 10. This case supports early active motion protocols.\n\nKelsey Brandt, OTR/L, CHT"
        ),
    ),
    Spec(
        phi=False,
        category="peer review meeting invite",
        notes="Internal quarterly meeting invitation with no patient details.",
        frm="Quality <quality@brightpathot.com>",
        to="clinicalteam@brightpathot.com",
        subject="Invitation: Q1 documentation peer review",
        body="Please bring two de-identified notes each. Agenda: goal writing, medical-necessity language, 8-minute rule.",
        atts=(
            Att(
                "peer_review_Q1.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brightpath//Scheduler//EN\nBEGIN:VEVENT\nUID:h80-peer-review-q1@brightpathot.com\n"
                "DTSTAMP:20260316T160000Z\nDTSTART:20260326T230000Z\nDTEND:20260327T003000Z\nSUMMARY:Q1 documentation peer review\n"
                "LOCATION:Conference room B\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="facilities HVAC repair request",
        notes="Building maintenance request to the landlord.",
        frm="Office Manager <office@brightpathot.com>",
        to="maintenance@alderstreetproperties.com",
        subject="Suite 4 - heat not working in gym",
        body="Hi Ray,\n\nThe heat in our treatment gym has been off since Sunday; it's 58F in there this morning. Can someone come today? We're open 7-6.\n\nLinda",
    ),
    Spec(
        phi=False,
        category="backorder notice on compression garments",
        notes="Hard negative: supply shortage notice to clinicians about lymphedema garments; mentions conditions but no patient.",
        frm="Office Manager <office@brightpathot.com>",
        to="clinicalteam@brightpathot.com",
        subject="Backorder: Juzo arm sleeves and gauntlets",
        body="FYI - our supplier says Juzo class 2 arm sleeves (sizes 2-4) and gauntlets are backordered until late April. For new lymphedema patients consider the Medi alternative, or custom flat-knit via Northwest Compression. Please let patients know timelines may slip.",
    ),
    Spec(
        phi=False,
        category="clinic floor plan image to sign printer",
        notes="Wayfinding graphic and order details to a print shop; no people.",
        frm="Office Manager <office@brightpathot.com>",
        to="orders@tacomasignworks.com",
        subject="Wayfinding sign proof",
        body="Attached is the floor plan for the lobby sign (24x36, foam board). Please send a proof before printing.",
        atts=(Att("suite4_floorplan.png", "image/png", png(8, 6, (30, 110, 160))),),
    ),
    Spec(
        phi=False,
        category="blank FHIR intake Questionnaire to EHR vendor",
        notes="Hard negative: FHIR Questionnaire resource defines intake questions (diagnosis, dominant hand) with no answers and no patient.",
        frm="Intake Coordinator <intake@brightpathot.com>",
        to="forms@therapynotesplus.com",
        subject="Custom intake form for portal build",
        body="Please load the attached questionnaire definition into our patient portal build (ticket TNP-5521).",
        atts=(
            Att(
                "hand_intake_Questionnaire.json",
                "application/fhir+json",
                '{"resourceType":"Questionnaire","status":"draft","title":"Brightpath hand therapy intake",'
                '"item":[{"linkId":"1","text":"Which hand is dominant?","type":"choice"},'
                '{"linkId":"2","text":"What diagnosis did your surgeon give you?","type":"string"},'
                '{"linkId":"3","text":"Date of surgery or injury","type":"date"}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule workbook for OT codes",
        notes="Hard negative: contract rate workbook of OT CPT codes and allowed amounts; codes and money but no patients.",
        frm="Billing <billing@brightpathot.com>",
        to="contracting@pugetcommunityhealthplan.org",
        subject="2026 rate proposal - OT codes",
        body="As discussed, our proposed 2026 rates are attached (two tabs: evaluations and treatment). Happy to meet next week.\n\nMaya Chen, Billing Manager",
        atts=(
            Att(
                "Brightpath_2026_rate_proposal.xlsx",
                XLSX,
                xlsx(
                    {
                        "Evaluations": [
                            ["CPT", "Description", "Current", "Proposed"],
                            ["97165", "OT eval low", 96.10, 104.00],
                            ["97166", "OT eval moderate", 96.10, 104.00],
                            ["97168", "OT re-eval", 65.40, 70.00],
                        ],
                        "Treatment": [
                            ["CPT", "Description", "Current", "Proposed"],
                            ["97530", "Therapeutic activities", 37.90, 41.50],
                            ["97760", "Orthotic mgmt", 42.70, 46.00],
                            ["L3913", "HFO custom", 122.00, 128.00],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="thank-you note to referring practice",
        notes="Relationship mail to a physician office about services and hours; no patient.",
        frm="Brightpath OT <hello@brightpathot.com>",
        to="office@northslopefamilymed.com",
        subject="Thank you + new Saturday hours",
        body="Thank you for your referrals this winter! Starting April we'll offer Saturday 8-12 hand therapy and work-rehab slots. Our referral form hasn't changed and same-week evaluations are still available."
        + SIG,
    ),
]
