"""Little Molars Pediatric Dentistry: outbound mail of a children's dental practice (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LMP, SOM, Att, Spec

FRONT = f"Little Molars Front Desk <frontdesk@{LMP}>"
BILL = f"Little Molars Billing <billing@{LMP}>"
DRR = f"Dr. Priya Raman <praman@{LMP}>"
MGR = f"Colleen Hartigan <chartigan@{LMP}>"
SIG = "\n\nLittle Molars Pediatric Dentistry\n2210 Orchard Row, Suite 4, Fairbanks Hollow\n(555) 555-0142"

MESSAGES = [
    Spec(
        phi=True,
        category="Parent appointment reminder for sealants",
        notes="Child's full name with a sealant and cleaning appointment sent to the parent's gmail.",
        frm=FRONT,
        to="rosa.delgado.home@gmail.com",
        subject="Reminder: Mateo's visit Thursday 3:40 pm",
        body="Hi Rosa,\n\nThis is a reminder that Mateo Delgado is scheduled Thursday, March 19 at 3:40 pm for his six-month cleaning and sealants on the lower molars. Please arrive 10 minutes early.\n\nReply C to confirm."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Parent note on bitewing findings by first name",
        notes="Hard positive: only a child's first name and the parent's e-mail address, but it reports two cavities found on bitewing X-rays.",
        frm=DRR,
        to="dana.whitcomb@yahoo.com",
        subject="Following up on today",
        body="Hi Dana,\n\nThanks for bringing Ava in this morning. As we discussed, her bitewings showed two small cavities between the lower back teeth (K and L). They're early, so we can do tooth-colored fillings with just numbing gel and a little laughing gas. Shelby at the front will call to book 40 minutes.\n\nPriya",
    ),
    Spec(
        phi=True,
        category="Referral to oral surgeon with panoramic image",
        notes="Referral naming the child, DOB and a mesiodens, with a panoramic PNG named after him.",
        frm=DRR,
        to=f"referrals@{SOM}",
        subject="Referral - supernumerary tooth extraction",
        body="Dear Summit team,\n\nPlease see Elias Brandt (DOB 08/02/2018) for evaluation and extraction of an unerupted mesiodens between #8 and #9 that is blocking eruption of #9. Pano attached. Healthy, no allergies. Mom is Karin Brandt, (555) 555-0117.\n\nThank you,\nPriya Raman, DDS\nNPI: 1742039187"
        + SIG,
        atts=(Att("Brandt_Elias_pano_2026-03-12.png", "image/png", png(6, 3, (180, 180, 180))),),
    ),
    Spec(
        phi=True,
        category="Dental trauma letter to school nurse",
        notes="Letter to a school nurse naming a pupil with an avulsed incisor, splint and activity limits.",
        frm=DRR,
        to="nurse.okoye@brookviewelementary.org",
        subject="Return to school - Jalen Price (grade 2)",
        body="Ms. Okoye,\n\nJalen Price was seen in our office yesterday after his fall at recess. His upper front tooth was reimplanted and he has a flexible splint for two weeks. Please allow him to skip contact sports and the water fountain on the playground, and call his father if the splint loosens. He is taking children's ibuprofen at home only.\n\nDr. Raman"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Pre-authorization request to dental plan",
        notes="Pre-authorization for stainless steel crowns with member ID, child's name and DOB.",
        frm=BILL,
        to="predeterminations@brightarchdental.com",
        subject="Predetermination request - SSC x4",
        body="Please review the attached predetermination.\n\nPatient: Noor Haddad, DOB 11/30/2020\nSubscriber: Sami Haddad, Member ID BAX604118273\nD2930 prefabricated stainless steel crown, primary tooth - teeth A, J, K, T\nD9230 nitrous oxide\nNarrative: early childhood caries, large multi-surface lesions, poor candidates for restorations.\n\nBilling Dept."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Sedation consent with procedure in subject only",
        notes="Hard positive: the body just says a form is attached and the form is blank; the child's name with nitrous sedation and fillings appears only in the subject.",
        frm=FRONT,
        to="okafor.family@outlook.com",
        subject="Sedation consent - Liam Okafor - nitrous + 2 fillings",
        body="Hello,\n\nPlease sign and bring the attached form on the day of the visit.\n\nThanks!"
        + SIG,
        atts=(
            Att(
                "consent_form.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE MOLARS PEDIATRIC DENTISTRY",
                        "Consent for nitrous oxide/oxygen inhalation",
                        "Parent/guardian signature: ____________",
                        "Date: ______",
                    ],
                    "Consent",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pre-operative H&P request to pediatrician",
        notes="Hard positive: terse abbreviations (ECC, GA, H&P) with the child's name and chart number to a pediatric office.",
        frm=MGR,
        to="records@willowbendpediatrics.com",
        subject="H&P needed by 3/27",
        body="Hi - need pre-op H&P + wt for pt below, GA case at Fairbanks Hollow Surgery Ctr 3/31.\n\nOkonkwo, Chidera  chart# LM-20431  4yo  dx severe ECC\n\nFax 555-0149 or reply here. Thx, Colleen",
    ),
    Spec(
        phi=True,
        category="Patient balance statement to parent",
        notes="Statement PDF with the child's name, visit date and procedures and the balance due, to the parent's mailbox.",
        frm=BILL,
        to="tkowalczyk82@hotmail.com",
        subject="Your statement from Little Molars",
        body="Dear Tomasz Kowalczyk,\n\nYour statement is attached. Your balance of $84.00 is after insurance. You can pay online or call us."
        + SIG,
        atts=(
            Att(
                "statement_March2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE MOLARS PEDIATRIC DENTISTRY - STATEMENT",
                        "Guarantor: Tomasz Kowalczyk",
                        "Patient: Zofia Kowalczyk",
                        "02/24/2026  D1120 prophylaxis-child   $92.00",
                        "02/24/2026  D1206 fluoride varnish    $38.00",
                        "02/24/2026  D2391 resin, 1 surf, #S   $165.00",
                        "Insurance paid: $211.00",
                        "Balance due: $84.00",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless CSV to billing service",
        notes="Hard positive: CSV with no header row of children's names, DOBs, member IDs and CDT codes sent to the outsourced biller.",
        frm=BILL,
        to="intake@toothpickrcm.com",
        subject="Week 11 batch",
        body="Hi Maya, this week's batch attached. Two corrections from last week are at the bottom.\n\nThanks",
        atts=(
            Att(
                "wk11.csv",
                "text/csv",
                "Harper Nguyen,2019-05-14,BAX330918264,D0120;D1120;D1206\nOwen Castillo,2017-10-02,BAX771240956,D0150;D0272;D2930\nIsla Ferreira,2021-01-19,BAX509338120,D0145;D1206\nGrayson Ames,2016-07-07,BAX283746150,D3220;D2930\nAva Whitcomb,2019-12-23,BAX648201937,D2392;D2391\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="School screening follow-up workbook",
        notes="Hard positive: the body names no child; the multi-sheet workbook lists pupils by class with decay findings and urgent referrals.",
        frm=MGR,
        to="health.office@brookviewelementary.org",
        subject="Smile screening results - referrals needing follow-up",
        body="Hi Teresa,\n\nAttached are the screening results from our visit on March 10. The 'Urgent' tab lists the children we saw with visible decay or pain who need to see a dentist soon. Could the family liaison reach out to those parents this week?\n\nColleen Hartigan\nCommunity Programs"
        + SIG,
        atts=(
            Att(
                "Brookview_screening_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Urgent": [
                            ["Student", "Class", "Finding", "Referral"],
                            ["Marcus Bell", "K-Ruiz", "Abscess lower left, pain", "Urgent"],
                            ["Yasmin Idris", "1-Cho", "Multiple open cavities", "Urgent"],
                        ],
                        "Early": [
                            ["Student", "Class", "Finding"],
                            ["Leo Sandoval", "2-Patel", "Early decay upper molars"],
                            ["Ruby Tan", "K-Ruiz", "Plaque, gingivitis"],
                        ],
                        "Sealants": [
                            ["Student", "Class", "Sealants placed"],
                            ["Emma Lorenz", "2-Patel", 4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="State Medicaid dental eligibility inquiry",
        notes="Eligibility question to the Medicaid dental vendor with recipient ID, DOB and planned extraction.",
        frm=BILL,
        to="providerservices@statekidsdental.org",
        subject="Eligibility question",
        body="Hello,\n\nWe show Bryce Lemaire (DOB 04/09/2017, Medicaid ID 8830471925) as active but your portal rejected our D7140 extraction claim for DOS 03/05/2026 as 'recipient not eligible'. Can you confirm his coverage dates?\n\nThank you,\nBilling, Little Molars"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Dental neglect report to child protective services",
        notes="Report to the child welfare agency naming a child with untreated rampant decay and missed treatment.",
        frm=DRR,
        to="intake@fhcountycps.gov",
        subject="Dental neglect referral",
        body="To the intake worker,\n\nI am writing as a mandated reporter regarding Destiny Rollins, age 6, address 418 Canal St. Apt 2B. She has rampant untreated decay with two facial swellings in the past three months. Antibiotics were prescribed twice; the family has missed four scheduled treatment visits and the GA referral. I have discussed this with her grandmother, the legal guardian. Please call me at (555) 555-0142.\n\nPriya Raman, DDS"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded parent allergy message to anesthesia group",
        notes="Hard positive: the cover note is bland; the forwarded parent message names the child with a latex allergy and asthma before GA.",
        frm=MGR,
        to="scheduling@bluepineanesthesia.com",
        subject="FW: before Oliver's surgery",
        body="FYI for your pre-op call next week.",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="forwarded",
            frm="meg.fontaine@icloud.com",
            to=f"frontdesk@{LMP}",
            subject="before Oliver's surgery",
            body="Hi, I forgot to say that Oliver (Fontaine, 5) is allergic to latex - he broke out in hives at his pediatrician. He also uses an albuterol inhaler for asthma. Is that okay for the sleep dentistry on the 31st?\n\nMeg",
        ),
    ),
    Spec(
        phi=True,
        category="Frenectomy consult calendar invite to parent",
        notes="Calendar invitation to a parent naming the child and a frenectomy consultation.",
        frm=FRONT,
        to="jpark.fam@gmail.com",
        subject="Invitation: Emma Park - frenectomy consult",
        body="You're invited: Emma Park, tongue-tie (frenectomy) consult with Dr. Raman, Tue March 24, 9:00-9:30."
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Little Molars//Scheduler//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lm-appt-77120@littlemolarspeds.com\r\nDTSTAMP:20260316T130000Z\r\nDTSTART:20260324T140000Z\r\nDTEND:20260324T143000Z\r\nSUMMARY:Emma Park - frenectomy consult (Dr. Raman)\r\nLOCATION:Little Molars Pediatric Dentistry\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Records transfer zip to new dentist",
        notes="Zip of a child's chart notes and treatment history sent to the family's new dental office.",
        frm=FRONT,
        to="newpatients@harborsmilesdental.com",
        subject="Records request - Caleb Ostrowski",
        body="Per the signed release, attached are records for Caleb Ostrowski (DOB 02/17/2016). X-rays follow by separate mail."
        + SIG,
        atts=(
            Att(
                "Ostrowski_records.zip",
                "application/zip",
                zipped(
                    {
                        "chart_notes.txt": "Caleb Ostrowski DOB 02/17/2016\n2024-09-10 D0120, D1120, D1206. Caries risk high.\n2025-03-12 D2930 #K SSC. Nitrous.\n2025-10-01 D3220 pulpotomy #L, D2930 #L.\n",
                        "medical_history.txt": "Allergies: amoxicillin (rash). Meds: none. ADHD - methylphenidate 10 mg AM.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Orthodontic referral letter in DOCX",
        notes="Hard positive: body says only 'letter attached'; the DOCX names the child with a crossbite and crowding.",
        frm=DRR,
        to="office@straightpathortho.com",
        subject="Referral letter attached",
        body="Hi Lauren, referral letter attached. Family will call you.\n\nPriya",
        atts=(
            Att(
                "referral_letter.docx",
                DOCX,
                docx(
                    [
                        "Dear Dr. Vance,",
                        "I am referring Sienna Moretti (age 8, DOB 06/21/2017) for evaluation of a posterior crossbite on the right and moderate anterior crowding.",
                        "She is caries-free and has good hygiene. Her mother, Gina Moretti, can be reached at (555) 555-0163.",
                        "Sincerely, Priya Raman, DDS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Antibiotic dose question to pediatrician",
        notes="Names a child with a dental abscess and amoxicillin dosing to his pediatrician.",
        frm=DRR,
        to="nurseline@willowbendpediatrics.com",
        subject="Jayden Marsh - amoxicillin dose",
        body="Hi,\n\nJayden Marsh (DOB 01/05/2019) was seen here today for an abscess on tooth #T. Mom says your office started amoxicillin 400 mg/5 mL yesterday. At 19 kg, can you confirm the dose you prescribed so we don't double up? Extraction planned Monday.\n\nThanks,\nDr. Raman",
    ),
    Spec(
        phi=True,
        category="HTML birthday recall to parent",
        notes="Hard positive: friendly HTML-only birthday card that names the child and reminds the parent she is due for her check-up and fluoride varnish.",
        frm=f"Little Molars <hello@{LMP}>",
        to="nguyen.thuy.a@gmail.com",
        subject="Happy 6th birthday, Sofia!",
        body="",
        html="<html><body style='font-family:Arial'><h2>Happy 6th birthday, Sofia Nguyen! &#127874;</h2><p>Six is a big year - first grown-up molars are on their way! Sofia is due for her six-month check-up, cleaning and fluoride varnish. <a href='https://littlemolarspeds.com/book?pt=55012'>Book her visit</a>.</p><p>Love, the Little Molars team</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Before-and-after smile photo to marketing agency",
        notes="Hard positive: photo files named after a child patient after crowns, sent to an outside agency for social media.",
        frm=MGR,
        to="studio@brightpixelmarketing.com",
        subject="photos for the April posts",
        body="Hi Jess,\n\nHere are the before/after shots for the 'smile makeover' post. Parent signed the photo release. Please crop to just the smile.\n\nColleen",
        atts=(
            Att("Harper_Nguyen_before_crowns.png", "image/png", png(5, 5, (230, 200, 120))),
            Att("Harper_Nguyen_after_crowns.png", "image/png", png(5, 5, (250, 250, 245))),
        ),
    ),
    Spec(
        phi=False,
        category="Children's Dental Health Month newsletter",
        notes="HTML newsletter with general tooth-care tips to the practice's mailing list; no individual.",
        frm=f"Little Molars <news@{LMP}>",
        to=f"families@lists.{LMP}",
        subject="Spring snack swaps for healthy teeth",
        body="",
        html="<html><body><h1>Spring snack swaps</h1><ul><li>Swap fruit snacks for apple slices</li><li>Water between meals</li><li>Cheese sticks instead of crackers</li></ul><p>Fluoride toothpaste: a rice-grain smear under 3, a pea-size amount from 3 to 6.</p><p><small>You are receiving this because you subscribed. Unsubscribe.</small></p></body></html>",
    ),
    Spec(
        phi=False,
        category="Office closure for staff CPR training",
        notes="Staff/operations notice about closing for CPR recertification; no patient.",
        frm=MGR,
        to=f"allstaff@{LMP}",
        subject="Closed Friday afternoon 3/27 - CPR recert",
        body="Team,\n\nWe'll close at noon on Friday 3/27 for BLS/CPR recertification with the Red Cross instructor. Please move any afternoon patients to next week. Lunch provided.\n\nColleen",
    ),
    Spec(
        phi=False,
        category="Dentist website bio",
        notes="Hard negative: clinician bio mentioning early childhood caries and autism as practice interests; no patient.",
        frm=MGR,
        to="support@smilesitebuilder.com",
        subject="New bio for the Meet Our Doctors page",
        body="Please replace Dr. Raman's bio with this:\n\nDr. Priya Raman is a board-certified pediatric dentist with a special interest in preventing early childhood caries and in caring for children with autism spectrum disorder, cerebral palsy and other special health care needs. She trained at Lakeshore Children's Hospital and loves hiking with her two kids.\n\nNPI: 1742039187\n\nThanks, Colleen",
    ),
    Spec(
        phi=False,
        category="School sealant program aggregate report",
        notes="Hard negative: multi-sheet workbook of counts and percentages by school and grade; no child named.",
        frm=MGR,
        to="oralhealth@fhcountyhealth.gov",
        subject="2025-26 school sealant program totals",
        body="Attached are the year-to-date totals for the county grant report. Per-school numbers under 11 are shown as '<11'.\n\nColleen Hartigan",
        atts=(
            Att(
                "sealant_program_totals.xlsx",
                XLSX,
                xlsx(
                    {
                        "By school": [
                            ["School", "Screened", "With untreated decay", "Sealants placed"],
                            ["Brookview", 312, 68, 544],
                            ["Canal Street", 205, 51, 361],
                            ["Pinecrest", 98, "<11", 170],
                        ],
                        "By grade": [
                            ["Grade", "Screened", "% untreated decay"],
                            ["K", 180, 0.24],
                            ["2", 214, 0.19],
                            ["6", 221, 0.17],
                        ],
                        "Notes": [
                            ["Item", "Text"],
                            ["Method", "Visual screening, ASTDD BSS criteria"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Nitrous oxide supply order with SSN-shaped number",
        notes="Hard negative: gas supplier order whose order number looks like an SSN; no patient.",
        frm=MGR,
        to="orders@valleymedicalgas.com",
        subject="Re: Order 417-22-9081 - N2O cylinders",
        body="Hi Ray,\n\nConfirming order 417-22-9081: 4 x E-cylinders nitrous oxide, 4 x E-cylinders oxygen, delivery Tuesday before 10. Please pick up the empties from the back hall.\n\nColleen",
    ),
    Spec(
        phi=False,
        category="Pediatric dental assistant job posting",
        notes="Hard negative: job ad mentioning nitrous, radiographs and children with special needs; no patient.",
        frm=MGR,
        to="postings@dentalcareersboard.com",
        subject="Job posting - Registered Dental Assistant (pediatric)",
        body="Position: RDA, full time\nDuties: chairside assisting for restorative and nitrous oxide cases, taking bitewing and panoramic radiographs, helping anxious children and kids with special health care needs feel safe.\nRequirements: RDA license, radiography certificate, CPR.\nPay: $24-29/hr + benefits.\nApply: careers@littlemolarspeds.com",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher for front desk",
        notes="Hard negative: privacy training reminder listing field names and generic examples; no real patient.",
        frm=MGR,
        to=f"frontdesk-team@{LMP}",
        subject="HIPAA refresher - what not to leave on voicemail",
        body="Quick reminder from Tuesday's huddle:\n\n- Voicemail: name of the practice and a call-back number only. Never the child's name plus 'cavities', 'extraction' or 'sedation'.\n- Email to parents: use the portal for anything with treatment, X-rays or balances.\n- Sign-in sheet: first name only, no reason for visit.\n- Fields that are PHI: patient name, DOB, chart #, member ID, tooth chart, address.\n\nThanks all!",
    ),
    Spec(
        phi=False,
        category="Software support ticket with declared test patient",
        notes="Hard negative: practice software ticket using a clearly labelled fake test patient.",
        frm=BILL,
        to="support@molarwaresoftware.com",
        subject="Ticket 55210 - ADA claim form prints tooth # in wrong box",
        body="Hi,\n\nTo reproduce, use our TEST patient (not a real person): TESTPATIENT, CHILD, DOB 01/01/2015, chart LM-TEST-01. Enter D2930 on tooth A and print the 2024 ADA form - the tooth number lands in box 29 instead of 27.\n\nScreenshot attached.\n\nBilling",
        atts=(Att("claimform_screenshot.png", "image/png", png(8, 4, (240, 240, 255))),),
    ),
    Spec(
        phi=False,
        category="X-ray sensor calibration service",
        notes="Equipment service email with device serial numbers of sensors, not of patients.",
        frm=MGR,
        to="service@claritydentalimaging.com",
        subject="Sensor calibration visit",
        body="Hello,\n\nOur two size-0 sensors (S/N CDI-0S-448120 and CDI-0S-448133) are showing banding. Could your tech come on Wednesday morning? Ops 2 and 3 will be free.\n\nColleen Hartigan, Office Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff influenza notice without names",
        notes="Hard negative: staff illness notice with no named person and no patient exposure.",
        frm=MGR,
        to=f"allstaff@{LMP}",
        subject="Flu in the office",
        body="Hi everyone,\n\nOne of our team members has tested positive for influenza A and is home this week. No patient contact since symptoms started. Please wash hands, wear masks in the lab, and stay home if you have a fever. Flu shots are still available at the pharmacy next door.\n\nColleen",
    ),
    Spec(
        phi=False,
        category="Study club CE invitation on MIH",
        notes="Continuing-education invitation on a dental condition to referring dentists; no patient.",
        frm=DRR,
        to="members@hollowdentalstudyclub.org",
        subject="April study club: molar-incisor hypomineralization",
        body="Colleagues,\n\nI'll be presenting 'Molar-Incisor Hypomineralization: when to seal, restore or extract' on April 9, 6:30 pm, at the Hollow Library community room. 1.5 CE credits. RSVP to this email.\n\nPriya Raman, DDS",
    ),
    Spec(
        phi=False,
        category="De-identified case for study club",
        notes="Hard negative: teaching case with age in years only, no name, no dates and no images that identify.",
        frm=DRR,
        to="members@hollowdentalstudyclub.org",
        subject="Case for discussion Thursday",
        body="For Thursday's case discussion (de-identified):\n\nA 7-year-old girl with MIH affecting all four first permanent molars, sensitivity to cold, and hypoplastic enamel on the upper incisors. Medical history non-contributory. Options: SSCs vs. indirect composite onlays vs. planned extraction with ortho consult. Bring your thoughts.\n\nP.",
    ),
    Spec(
        phi=False,
        category="Building maintenance request",
        notes="Facilities request about HVAC; nothing about patients.",
        frm=MGR,
        to="gary.orchardrow.hvac@gmail.com",
        subject="Suite 4 - thermostat",
        body="Hi Gary, the thermostat in our waiting room is stuck at 78 again. Can someone look at it before Monday? Thanks, Colleen",
    ),
    Spec(
        phi=False,
        category="Silver diamine fluoride backorder notice",
        notes="Hard negative: product shortage notice to peer practices naming a caries drug; no patient.",
        frm=DRR,
        to="members@hollowdentalstudyclub.org",
        subject="SDF backorder - heads up",
        body="FYI our distributor says 38% silver diamine fluoride is backordered until May. We have a few extra bottles if anyone runs out for their arrest-of-caries patients; happy to swap for fluoride varnish.\n\nPriya",
    ),
    Spec(
        phi=False,
        category="In-network fee discussion with dental plan",
        notes="Hard negative: contract fee schedule by CDT code with the plan's provider relations; no patient.",
        frm=MGR,
        to="providerrelations@brightarchdental.com",
        subject="2026 fee schedule - counter-proposal",
        body="Hi Denise,\n\nThanks for the proposed schedule. Our counter on the codes that matter most for a pediatric office:\n\nD1120 $88 -> $96\nD1206 $34 -> $40\nD1351 $45 -> $52\nD2930 $210 -> $245\nD9230 $60 -> $75\n\nHappy to talk Thursday.\n\nColleen Hartigan",
    ),
    Spec(
        phi=False,
        category="Generic post-extraction instructions to community center",
        notes="Generic printable after-care sheet PDF for a community center; no individual.",
        frm=FRONT,
        to="programs@eastsidefamilycenter.org",
        subject="Printable after-care sheets you asked for",
        body="Hi Marisol, here is the kid-friendly after-extraction sheet. Feel free to print as many as you need."
        + SIG,
        atts=(
            Att(
                "after_extraction_kids.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE MOLARS PEDIATRIC DENTISTRY",
                        "After a tooth is taken out",
                        "- Bite on the gauze for 20 minutes",
                        "- No straws or spitting today",
                        "- Soft cool foods; children's acetaminophen or ibuprofen as directed",
                        "- Call us if bleeding does not stop",
                    ],
                    "After extraction",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Insurance question reply to prospective parent",
        notes="Reply to a prospective family's personal mailbox about accepted plans; no child or care mentioned.",
        frm=FRONT,
        to="kmbrennan77@gmail.com",
        subject="Re: Do you take BrightArch?",
        body="Hi Kelly,\n\nYes, we're in-network with BrightArch PPO and the state kids' dental plan. New patient forms are on our website under 'First Visit', and we have openings for new families in April.\n\nShelby"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Staff uniform order",
        notes="Vendor order for scrubs; no patient.",
        frm=MGR,
        to="orders@happyscrubs.com",
        subject="Scrub order - PO 2026-014",
        body="Please ship PO 2026-014: 12 tops in Ocean print (6 S, 4 M, 2 L), 8 pants navy. Bill to Little Molars Pediatric Dentistry.\n\nThanks, Colleen",
    ),
]
