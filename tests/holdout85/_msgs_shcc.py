"""Ridgemont University Student Health & Counseling Center outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SHC, Att, Spec

SIG = "\n\n--\nRidgemont University Student Health & Counseling Center\n410 Quarry Lane, Ridgemont, VT 05899 | 802-555-0141\nThis message may contain confidential information. If you received it in error, please delete it."

MESSAGES = [
    Spec(
        phi=True,
        category="Strep test result to student's personal email",
        notes="Student's full name with positive rapid strep result and amoxicillin prescription sent to gmail.",
        frm=f"Nurse Line <nurseline@{SHC}>",
        to="kofi.mensah.rmu@gmail.com",
        subject="Your throat culture from Monday",
        body="Hi Kofi,\n\nYour rapid strep test from Monday came back positive. Dr. Halvorsen sent amoxicillin 500 mg twice daily for 10 days to the campus pharmacy; you can pick it up after 2 pm. Stay home from class until you've had 24 hours of antibiotics and no fever.\n\nNurse Carla Dimitriou, RN"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML-only PrEP refill ready notice",
        notes="Hard positive: HTML-only note to personal mailbox, first name only, says his PrEP (Descovy) refill is ready; HIV prophylaxis tied to an individual.",
        frm=f"Campus Pharmacy <pharmacy@{SHC}>",
        to="dev.raghunathan@outlook.com",
        subject="Re: refill",
        body="",
        html="<html><body><p>Hi Dev,</p><p>Your 90-day Descovy refill is ready at the window. Don't forget your 3-month HIV/STI labs are due before the next fill &mdash; you can book them online.</p><p>&ndash; Ridgemont Campus Pharmacy</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only measles exposure advisory with case count",
        notes="Hard negative: campus-wide measles advisory with one confirmed case, locations and times but no identifying detail about the person.",
        frm=f"Student Health Alerts <alerts@{SHC}>",
        to="all-students@lists.ridgemont.edu",
        subject="Measles exposure advisory: Hadley Library, March 3",
        body="",
        html="<html><body><h2>Measles exposure advisory</h2><p>The Vermont Department of Health has confirmed one case of measles in a member of our community. People who were in <b>Hadley Library, 2nd floor, on March 3 between 1 pm and 5 pm</b> may have been exposed.</p><ul><li>Check your MMR record in the patient portal.</li><li>Watch for fever, cough, red eyes and rash through March 24.</li><li>Call 802-555-0141 before coming in.</li></ul><p>We will not share any information about the individual.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HL7 VXU immunisation batch to state registry",
        notes="Hard positive: body is only a transmittal line; attached HL7 VXU messages carry student names, DOBs, addresses and vaccines.",
        frm=f"Immunization Records <immunizations@{SHC}>",
        to="ivr-submissions@healthvermont.gov",
        subject="Weekly VXU batch - facility RMU-SHC",
        body="Weekly batch attached per our data exchange agreement. 2 messages. Contact immunizations@health.ridgemont.edu with any rejects."
        + SIG,
        atts=(
            Att(
                "rmu_vxu_20260306.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RMUSHC|RIDGEMONT SHC|VTIIS|VDH|20260306161500||VXU^V04^VXU_V04|RMU260306001|P|2.5.1\r"
                "PID|1||0052277^^^RMUSHC^MR||PETROVA^ANIKA^L||20050714|F|||88 Ledge Rd^^Ridgemont^VT^05899||^PRN^PH^^^802^5550117\r"
                "RXA|0|1|20260305|20260305|03^MMR^CVX|0.5|mL||00^New immunization record^NIP001||||||Y4471KM||MSD\r"
                "MSH|^~\\&|RMUSHC|RIDGEMONT SHC|VTIIS|VDH|20260306161501||VXU^V04^VXU_V04|RMU260306002|P|2.5.1\r"
                "PID|1||0061904^^^RMUSHC^MR||OYELARAN^TOBI^^||20060122|M|||14 Birch Ct Apt 2^^Ridgemont^VT^05899\r"
                "RXA|0|1|20260304|20260304|187^Zoster recombinant^CVX|0.5|mL||00^New immunization record^NIP001\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: HL7 ORU test message to interface vendor using a declared synthetic patient ZZTEST and processing ID T.",
        frm=f"Health IT <healthit@{SHC}>",
        to="integrations@medchartsystems.com",
        subject="ORU test file for new lab interface (TEST patient only)",
        body="Hi Ravi,\n\nAttached is the test ORU we generated in the sandbox. It uses our standard test patient ZZTEST, TESTPATIENT (not a real person) and processing ID T. Please confirm your parser handles the OBX-5 numeric values and the NTE segment.\n\nThanks,\nMorgan Tills\nHealth IT Analyst"
        + SIG,
        atts=(
            Att(
                "oru_test_sandbox.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RMUSHC|RIDGEMONT SHC|MEDCHART|MCS|20260302101010||ORU^R01|TST0001|T|2.5.1\r"
                "PID|1||TEST0001^^^RMUSHC^MR||ZZTEST^TESTPATIENT||20000101|U\r"
                "OBR|1|TST-1||57021-8^CBC W Auto Differential^LN\r"
                "OBX|1|NM|718-7^Hemoglobin^LN||13.9|g/dL|12.0-16.0|N|||F\r"
                "NTE|1||SYNTHETIC TEST DATA - NOT A PATIENT\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Psychiatry referral with C-CDA summary",
        notes="Hard positive: body omits the name; attached C-CDA names the student with DOB, major depressive disorder and sertraline.",
        frm=f"Dr. Lena Achterberg <lachterberg@{SHC}>",
        to="intake@greenmountainpsychiatry.com",
        subject="Referral - medication evaluation",
        body="Dear Dr. Farouk,\n\nI'm referring a sophomore I've seen for eight sessions for a medication evaluation; her PHQ-9 has stayed at 17-19 despite weekly CBT. The transition-of-care summary is attached. She has consented to this referral (signed ROI on file) and prefers afternoon appointments.\n\nLena Achterberg, PsyD\nStaff Psychologist"
        + SIG,
        atts=(
            Att(
                "ccd_referral_0048391.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.22.1.14"/><title>Referral Note</title>'
                '<recordTarget><patientRole><id extension="0048391" root="2.16.840.1.113883.3.8585.1"/><patient><name><given>Sofia</given><family>Lindqvist</family></name><birthTime value="20060409"/></patient></patientRole></recordTarget>'
                "<component><structuredBody><component><section><title>Problems</title><text>Major depressive disorder, recurrent, moderate (F33.1)</text></section></component>"
                "<component><section><title>Medications</title><text>Sertraline 50 mg daily since 2026-01-15</text></section></component></structuredBody></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="New counseling staff introductions with specialties",
        notes="Hard negative: introduces three new clinicians and their clinical interests (eating disorders, trauma, substance use); workforce names only, no patients.",
        frm=f"Counseling Director <counseling@{SHC}>",
        to="deans-council@lists.ridgemont.edu",
        subject="Welcome our three new counselors",
        body="Colleagues,\n\nPlease welcome three clinicians who joined us this month:\n\n* Dr. Priyanka Welles, PhD - specialises in eating disorders and body image; previously at the Renfrew Center.\n* Tomas Ibarra, LICSW - trauma-focused CBT, EMDR, and work with first-generation students.\n* Alix Moreau, LADC - substance use, harm reduction and collegiate recovery.\n\nReferral procedures are unchanged: students can book through the portal or walk in 10-4.\n\nJanelle Ruiz, PhD\nDirector of Counseling"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Reply to mother about ED transfer",
        notes="Hard positive: first name plus relationship (daughter) with urgent-care visit and transfer to ED for observation, sent to parent's gmail.",
        frm=f"Urgent Care Desk <urgentcare@{SHC}>",
        to="deborah.kwan58@gmail.com",
        subject="Re: is Maya ok?",
        body="Mrs. Kwan,\n\nMaya asked us to let you know: she was seen in our urgent care this afternoon for the abdominal pain and Dr. Osei sent her to Mercy Regional ED to rule out appendicitis. She is stable and has her phone. The ED can update you directly.\n\nBest,\nFront desk\n\n> On Tue, Deborah Kwan wrote:\n> My daughter texted that she is in pain and at your clinic. Is she ok?",
    ),
    Spec(
        phi=False,
        category="Insurance waiver deadline reminder",
        notes="Generic reminder about the student health insurance waiver deadline, sent to a student's personal address; no health information.",
        frm=f"SHIP Office <ship@{SHC}>",
        to="jpark.ridgemont@gmail.com",
        subject="Reminder: SHIP waiver deadline is March 20",
        body="Hi Jiwoo,\n\nYou asked us to copy your personal address on insurance deadlines. The spring waiver deadline for the Student Health Insurance Plan is March 20. If you have comparable coverage, submit the waiver form in the student portal; otherwise you'll be enrolled and billed $1,184.\n\nSHIP Office"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Immunisation compliance hold notice",
        notes="Hard positive: administrative hold notice telling a named student (ID) her record lacks a second MMR dose and a TB screening.",
        frm=f"Immunization Compliance <immunizations@{SHC}>",
        to="aisha.noorani@ridgemont.edu",
        subject="Registration hold: immunization requirements",
        body="Dear Aisha Noorani (ID 20258817),\n\nA hold has been placed on your fall registration because our records show:\n  - MMR: 1 of 2 doses documented\n  - TB risk screening: positive questionnaire, IGRA not yet on file\n\nUpload records or book a nurse visit to clear the hold by April 1."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Aggregate counseling utilisation workbook to dean",
        notes="Hard negative: multi-sheet workbook of monthly counseling visit counts and presenting concerns with small cells suppressed; no individual.",
        frm=f"Counseling Director <counseling@{SHC}>",
        to="dean.students@ridgemont.edu",
        subject="February utilisation numbers",
        body="Sarah,\n\nFebruary figures attached for the board deck. Cells under 10 are suppressed per our reporting policy.\n\nJanelle"
        + SIG,
        atts=(
            Att(
                "counseling_utilisation_feb2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["Month", "Intakes", "Individual", "Group", "Crisis"],
                            ["Jan", 212, 1104, 96, 31],
                            ["Feb", 248, 1390, 122, 44],
                        ],
                        "Concerns": [
                            ["Presenting concern", "Feb count"],
                            ["Anxiety", 402],
                            ["Depression", 287],
                            ["Relationship", 119],
                            ["Eating", "<10"],
                        ],
                        "Wait": [
                            ["Week", "Median days to intake"],
                            ["Feb 2", 6],
                            ["Feb 9", 8],
                            ["Feb 16", 11],
                            ["Feb 23", 9],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Positive QuantiFERON follow-up letter PDF",
        notes="PDF letter to a named student with positive QuantiFERON result and chest x-ray appointment.",
        frm=f"TB Screening <tbscreening@{SHC}>",
        to="b.adeyemi@ridgemont.edu",
        subject="Follow-up letter attached",
        body="Please read the attached letter and call us to confirm." + SIG,
        atts=(
            Att(
                "followup_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIDGEMONT STUDENT HEALTH & COUNSELING CENTER",
                        "March 9, 2026",
                        "Babatunde Adeyemi  DOB 11/30/2004  MRN 0057720",
                        "Your QuantiFERON-TB Gold Plus drawn 03/02/2026 was POSITIVE.",
                        "This suggests latent TB infection. A chest x-ray is booked for",
                        "03/12/2026 at 9:40 at Mercy Regional Imaging. Please bring this letter.",
                        "Dr. N. Osei, MD",
                    ],
                    "TB follow-up",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Psychiatric NP job posting",
        notes="Hard negative: job posting listing ADHD, anxiety and bipolar disorder management and DEA registration as requirements; no patient.",
        frm=f"SHCC Recruiting <jobs@{SHC}>",
        to="postings@higheredjobs-board.com",
        subject="Posting: Psychiatric Nurse Practitioner (1.0 FTE)",
        body="Please post the following through May 1.\n\nPSYCHIATRIC NURSE PRACTITIONER - Ridgemont University Student Health & Counseling\nManage medication for college students with depression, anxiety, ADHD and bipolar disorder; collaborate with 14 counselors; participate in after-hours on-call rotation.\nRequirements: PMHNP-BC, Vermont APRN licence, active DEA registration (Schedule II-V), two years' experience.\nSalary range $128,000-$146,000.\n\nThank you,\nHR Partner, Student Affairs",
    ),
    Spec(
        phi=True,
        category="ICS invite for IUD check to student",
        notes="Hard positive: calendar invite to student's personal mailbox whose summary names her and the IUD check; body is generic.",
        frm=f"Appointments <appointments@{SHC}>",
        to="rosalind.achebe@icloud.com",
        subject="Appointment confirmation",
        body="Your appointment is confirmed. Please arrive 10 minutes early.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ridgemont SHCC//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:shcc-appt-77102@health.ridgemont.edu\r\nDTSTAMP:20260309T140000Z\r\nDTSTART:20260313T153000Z\r\nDTEND:20260313T160000Z\r\nSUMMARY:Rosalind Achebe - IUD string check / 6 wk post-insertion\r\nLOCATION:SHCC Room 114 (Gynecology)\r\nATTENDEE;CN=Rosalind Achebe:mailto:rosalind.achebe@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="QI committee meeting invite on screening rates",
        notes="Hard negative: staff meeting invite about chlamydia screening rates and HPV vaccine uptake; aggregate quality work, no patients.",
        frm=f"Quality Improvement <qi@{SHC}>",
        to="shcc-clinicians@lists.ridgemont.edu",
        subject="QI committee: chlamydia screening rates",
        body="We'll review Q4 chlamydia screening (61% of eligible visits) and HPV vaccine uptake. Please skim the HEDIS definitions beforehand.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ridgemont SHCC//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:qi-20260311@health.ridgemont.edu\r\nDTSTAMP:20260309T140000Z\r\nDTSTART:20260311T170000Z\r\nDTEND:20260311T180000Z\r\nSUMMARY:QI Committee - STI screening & HPV uptake\r\nLOCATION:Conference Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Concussion return-to-play status to coach",
        notes="Named athlete's concussion, symptom status and graduated return-to-play stage sent to the coach.",
        frm=f"Dr. Samuel Osei <sosei@{SHC}>",
        to="coach.lindgren@athletics.ridgemont.edu",
        cc="atc.staff@athletics.ridgemont.edu",
        subject="Hollis - RTP update",
        body="Coach,\n\nEthan Hollis (men's soccer, #14) was re-evaluated today for the concussion he sustained 3/1. SCAT6 symptom score down to 2, ImPACT back to baseline. He can start stage 3 (sport-specific drills, no contact) tomorrow under the ATC. No heading until cleared.\n\nSam Osei, MD\nTeam Physician"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Amoxicillin suspension shortage notice",
        notes="Hard negative: drug shortage notice to prescribers naming amoxicillin suspension and substitutes; no patient.",
        frm=f"Campus Pharmacy <pharmacy@{SHC}>",
        to="shcc-clinicians@lists.ridgemont.edu",
        subject="Shortage: amoxicillin 400 mg/5 mL suspension",
        body="FYI - our wholesaler has amoxicillin 400 mg/5 mL suspension on backorder until at least April. Capsules (500 mg) and amoxicillin-clavulanate 875 mg tablets are in stock. For students who can't swallow capsules, call the pharmacy and we'll compound.\n\nGreg Tasker, PharmD",
    ),
    Spec(
        phi=True,
        category="Zipped outstanding-order reconciliation to reference lab",
        notes="Hard positive: body has no patient; zipped CSV to reference lab lists students' names, DOBs, MRNs and pending tests (HIV, RPR, hepatitis C).",
        frm=f"Lab Desk <lab@{SHC}>",
        to="clientservices@northeastreflab.com",
        subject="Unresulted orders > 7 days",
        body="Hi team, the attached zip has our orders without results after 7 days. Can you check whether the specimens were received? Thanks, Ana (SHCC lab)"
        + SIG,
        atts=(
            Att(
                "unresulted_orders.zip",
                "application/zip",
                zipped(
                    {
                        "unresulted_0309.csv": "mrn,last,first,dob,collected,test\n0049920,Carraway,Jonah,2003-05-19,2026-02-27,HIV-1/2 Ag/Ab\n0050113,Delacroix,Maribel,2005-10-02,2026-02-28,RPR w/reflex\n0044018,Strand,Oskar,2002-01-11,2026-03-01,HCV Ab w/reflex RNA\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified wellbeing survey extract to research office",
        notes="Hard negative: de-identified survey extract with class year bands and PHQ-2 scores, no IDs, under IRB approval.",
        frm=f"Assessment Team <assessment@{SHC}>",
        to="irb-data@research.ridgemont.edu",
        subject="Healthy Minds 2025 extract (de-identified) - protocol 25-118",
        body="Attached is the de-identified extract for protocol 25-118. Respondent IDs were replaced with random sequence numbers and no dates, residence or free text were included. Small cells (<11) are not present at this level.\n\nMira"
        + SIG,
        atts=(
            Att(
                "hm2025_deid.csv",
                "text/csv",
                "seq,class_band,phq2,gad2,used_counseling\n1,lower,2,3,N\n2,upper,4,5,Y\n3,grad,1,0,N\n4,lower,6,4,Y\n5,upper,0,1,N\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Visit statement with CPT code to student",
        notes="Hard positive: billing statement naming the student with visit date, account number and CPT 87491 (chlamydia NAAT); condition only via the code.",
        frm=f"SHCC Billing <billing@{SHC}>",
        to="t.vanderberg@ridgemont.edu",
        subject="Statement - account 70-44812",
        body="Thomas Vanderberg\nAccount 70-44812\n\nDOS 02/17/2026  99213  office visit         $0.00 (covered by fee)\nDOS 02/17/2026  87491  lab                  $38.00\nDOS 02/17/2026  87591  lab                  $38.00\nBalance due: $76.00 - will post to your bursar account unless paid by 03/31.\n"
        + SIG,
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT notice of EHR maintenance window; no patient information.",
        frm=f"Health IT <healthit@{SHC}>",
        to="shcc-all@lists.ridgemont.edu",
        subject="EHR downtime Saturday 3/14 06:00-10:00",
        body="The EHR will be unavailable Saturday 3/14 from 06:00 to 10:00 for the vendor's quarterly upgrade. Use downtime forms in the blue binders at each nurse station and enter them when the system returns. The patient portal will also be down."
        + SIG,
    ),
    Spec(
        phi=True,
        category="CARE team notice of psychiatric transport",
        notes="Named student with ID transported for psychiatric evaluation after suicidal statements, sent to the CARE team.",
        frm=f"After-Hours Counselor <oncall@{SHC}>",
        to="care-team@ridgemont.edu",
        subject="Overnight: student transported for evaluation",
        body="CARE team,\n\nAt 01:20 I was called by Res Life about Julian Alvarez (ID 20231187, Brennan Hall 402), who had made suicidal statements to his roommate. After phone assessment he was transported by RPD to Mercy Regional for psychiatric evaluation. He was admitted at 04:10. Please hold him for Thursday's case review and coordinate a welfare check with his RD.\n\nK. Brandt, LICSW (on call)",
    ),
    Spec(
        phi=False,
        category="RA mental health first aid scenario packet",
        notes="Hard negative: RA training invitation with a role-play scenario about a fictional student 'Alex', explicitly declared invented.",
        frm=f"Outreach & Prevention <outreach@{SHC}>",
        to="ra-staff@reslife.ridgemont.edu",
        subject="Mental Health First Aid for RAs - scenario for Sunday",
        body="Hi RAs,\n\nFor Sunday's session please read this scenario (fictional, composite):\n\n'Alex, a first-year in your hall, has stopped going to class, gave away a favourite jacket and said \"it won't matter soon.\"'\n\nWe'll practise the ALGEE steps and how to walk a student to the counseling centre. Pizza at 6."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forward of student rash photo to dermatology",
        notes="Nurse forwards a student's own message and a photo file named after her with rash description to an outside dermatologist.",
        frm=f"Nurse Line <nurseline@{SHC}>",
        to="consults@burlingtondermgroup.com",
        subject="Fwd: rash pictures",
        body="Dr. Paquette, per our e-consult agreement, forwarding a student's message and photo. Spreading annular rash x 10 days, not improving on clotrimazole. Could this be pityriasis rosea vs tinea? Thank you.\n\nCarla Dimitriou, RN"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Jenna Lee <jennalee.vt@gmail.com>",
            to=f"nurseline@{SHC}",
            subject="rash pictures",
            body="Hi, this is Jenna Lee (DOB 6/2/2005). Attaching a photo of the rash on my arm like you asked. It's itchy and now on my back too.",
            atts=(Att("jenna_lee_rash_arm.png", "image/png", png(6, 6, (210, 120, 110))),),
        ),
    ),
    Spec(
        phi=False,
        category="STI testing week promo with image",
        notes="Hard negative: promotional email for free STI testing week with a flyer image; no individual.",
        frm=f"Outreach & Prevention <outreach@{SHC}>",
        to="student-orgs@lists.ridgemont.edu",
        subject="Free STI testing week - please share",
        body="Hi student org leaders,\n\nPlease share the attached flyer. March 23-27, free, confidential chlamydia/gonorrhea/HIV/syphilis testing, walk-in 11-3. No insurance needed."
        + SIG,
        atts=(Att("sti_testing_week_flyer.png", "image/png", png(8, 8, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Terse chart pull request to records vendor",
        notes="Hard positive: terse note with MRN and destination eating disorder program for a records release; no name but MRN is a patient identifier tied to care.",
        frm=f"Medical Records <records@{SHC}>",
        to="rr-queue@healthportrecords.com",
        subject="ROI 26-0331",
        body="pls pull chart 0048213, visits 9/2025-present incl counseling notes. pt signed ROI 3/6. send to Lakeview Eating Disorder Program, fax 802-555-0178. rush - admission Fri.\n-T",
    ),
    Spec(
        phi=False,
        category="Records release procedure document",
        notes="Hard negative: procedure DOCX showing blank template fields (Patient name, MRN, DOB) for release of information; no real patient.",
        frm=f"Privacy Officer <privacy@{SHC}>",
        to="shcc-frontdesk@lists.ridgemont.edu",
        subject="Updated ROI procedure (v4)",
        body="Attached is version 4 of the release-of-information procedure. Main change: counseling notes now require a separate signature line."
        + SIG,
        atts=(
            Att(
                "ROI_procedure_v4.docx",
                DOCX,
                docx(
                    [
                        "Release of Information Procedure v4 - Ridgemont SHCC",
                        "1. Verify the request form lists: Patient name ____  MRN ____  DOB ____",
                        "2. Counseling/psychotherapy notes require the separate authorisation box (section C).",
                        "3. Substance use records (42 CFR Part 2) require specific consent naming the recipient.",
                        "4. Log the release in the disclosure log within one business day.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Allergy immunotherapy schedule to home allergist",
        notes="DOCX with named student's allergen extract, dose schedule and a reaction note sent to the home allergist.",
        frm=f"Allergy Clinic <allergy@{SHC}>",
        to="nurse@hudsonvalleyallergy.com",
        subject="Shot record for your patient - spring break",
        body="Hello,\n\nOur mutual patient is home for spring break and will get her next injection at your office. Her injection record is attached; note the large local reaction on 2/24.\n\nAllergy Clinic RN"
        + SIG,
        atts=(
            Att(
                "injection_record_Marchetti_G.docx",
                DOCX,
                docx(
                    [
                        "Patient: Giulia Marchetti   DOB 03/18/2005",
                        "Vial: Tree/grass/dust mite mix 1:1 v/v, exp 09/2026",
                        "02/10 0.30 mL  no reaction",
                        "02/17 0.35 mL  no reaction",
                        "02/24 0.40 mL  large local 45 mm, cetirizine given",
                        "03/03 0.35 mL (repeat dose) no reaction",
                        "Next: 0.40 mL if 03/03 dose tolerated",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vendor invoice query with SSN-shaped PO",
        notes="Hard negative: supply invoice dispute whose purchase order number is SSN-shaped (412-55-7803); no person or health data.",
        frm=f"SHCC Operations <operations@{SHC}>",
        to="ar@medlinepartners-supply.com",
        subject="Invoice 88301 - PO 412-55-7803",
        body="Hello,\n\nInvoice 88301 bills 40 cases of nitrile gloves (M) but we received 30. Please credit 10 cases against PO 412-55-7803 and reissue.\n\nDana Whitfield\nOperations Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Work excuse note to campus employer",
        notes="Hard positive: no diagnosis, but tells a campus employer that a named student was seen at the health centre and should be off work; being a patient is health information.",
        frm=f"Urgent Care Desk <urgentcare@{SHC}>",
        to="dining.hr@auxiliary.ridgemont.edu",
        subject="Work note - Patel, Rohan",
        body="To whom it may concern,\n\nRohan Patel was seen at the Student Health & Counseling Center on 3/9/2026 and should be excused from work shifts through 3/12/2026. He may return without restrictions on 3/13.\n\nSHCC Urgent Care"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Faculty notice on excuse note policy",
        notes="Hard negative: policy reminder that the health centre does not issue class excuse notes, mentions illness generally; no student.",
        frm=f"SHCC Director <director@{SHC}>",
        to="faculty@lists.ridgemont.edu",
        subject="Reminder: SHCC does not issue class absence notes",
        body="Dear faculty,\n\nWith flu and COVID circulating, a reminder that SHCC does not provide notes verifying illness for missed classes or exams. Requiring notes sends students with mild illness to a busy clinic. Please use the Dean of Students absence notification system instead.\n\nDr. Hannah Cole, Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Immunization FHIR bundle sent to student",
        notes="FHIR Bundle of Immunization records with student's name and DOB sent to her personal mailbox on request.",
        frm=f"Immunization Records <immunizations@{SHC}>",
        to="marisol.vega.w@yahoo.com",
        subject="Your immunization record (requested)",
        body="Hi Marisol, as requested, attached is your immunization record in FHIR format for your internship's health portal. A PDF copy is available in the patient portal."
        + SIG,
        atts=(
            Att(
                "immunizations_vega_marisol.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "Vega", "given": ["Marisol"]}], "birthDate": "2004-08-27"}},'
                '{"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Hepatitis B (3 dose)"}, "patient": {"reference": "Patient/p1"}, "occurrenceDateTime": "2025-11-04"}},'
                '{"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Tdap"}, "patient": {"reference": "Patient/p1"}, "occurrenceDateTime": "2024-08-19"}}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only student wellness newsletter",
        notes="HTML-only newsletter on sleep and exam stress with general tips; no individual.",
        frm=f"Wellness Newsletter <wellness@{SHC}>",
        to="all-students@lists.ridgemont.edu",
        subject="Wellness Wednesday: sleep before midterms",
        body="",
        html="<html><body><h1>Wellness Wednesday</h1><p>Pulling all-nighters before midterms lowers recall. Aim for 7-9 hours, keep screens out of bed, and cap caffeine after 2 pm.</p><p>Feeling overwhelmed? Drop-in counseling is open daily 10-4, and the 24/7 line is 802-555-0199.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Medicaid coverage verification with SSN",
        notes="Named student's SSN and DOB sent to state Medicaid to verify coverage for an upcoming surgery referral.",
        frm=f"SHIP Office <ship@{SHC}>",
        to="provider.verify@dvha.vermont.gov",
        subject="Coverage verification request",
        body="Hello,\n\nWe are verifying active Green Mountain Care coverage before referring the following student for an orthopedic surgical consult (ACL reconstruction):\n\nName: Clara Whitsett\nDOB: 01/09/2004\nSSN: 041-62-3378\n\nPlease reply with coverage status and PCP assignment.\n\nSHIP Office"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinician NPI roster to payer credentialing",
        notes="Hard negative: credentialing roster of clinicians with NPIs and specialties; provider identifiers only, no patients.",
        frm=f"Credentialing <credentialing@{SHC}>",
        to="providerenrollment@bluecrossvt-partners.com",
        subject="Group roster update - Ridgemont SHCC",
        body="Please update our group roster effective 4/1:\n\nHannah Cole, MD - Family Medicine - NPI: 1214306742\nSamuel Osei, MD - Sports Medicine - NPI: 1660407697\nLena Achterberg, PsyD - Clinical Psychology - NPI: 1731456632\nMarta Kessler, PMHNP - Psychiatric NP - NPI: 1404326567\n\nRemove: Paul Devereux, PA-C (left 2/28).\n\nCredentialing Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="ADHD stimulant prescription to outside pharmacy",
        notes="Named student's DOB and methylphenidate ER prescription with prescriber DEA sent to a community pharmacy.",
        frm=f"Marta Kessler PMHNP <mkessler@{SHC}>",
        to="rx@northfieldpharmacy.com",
        subject="E-Rx sent to you - controlled substance",
        body="Northfield Pharmacy,\n\nOur campus pharmacy is out of stock. Please fill the e-prescription we just sent for:\n\nPatient: Owen Castellanos, DOB 07/22/2005\nMethylphenidate ER 36 mg, #30, take 1 every morning, no refills (dx ADHD, combined type)\nPrescriber: Marta Kessler, PMHNP  NPI: 1404326567  DEA: BK4698330\n\nCall 802-555-0141 with questions."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff bloodborne pathogen exposure protocol",
        notes="Hard negative: staff procedure for needlestick exposures (HIV PEP, hepatitis B labs) with no individual named.",
        frm=f"Employee Health <employeehealth@{SHC}>",
        to="shcc-all@lists.ridgemont.edu",
        subject="Needlestick? Updated exposure protocol",
        body="All staff:\n\nIf you have a needlestick or splash: wash, report to the charge nurse, and come to Employee Health (or Mercy ED after hours) within 2 hours. Source-patient testing (HIV rapid, HBsAg, HCV Ab) is ordered with consent; PEP should start within 72 hours, ideally within 2. The updated flowchart is posted at each station."
        + SIG,
    ),
]
