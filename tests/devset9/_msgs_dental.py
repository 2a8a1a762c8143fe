"""devset9 messages from Cedar Crest Dental Partners (offices: Oakridge, Millbrook, Fairhaven)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CCD, Att, Spec

SIG_FD = (
    "\n\nYesenia Cabrera\nPatient Coordinator | Cedar Crest Dental Partners - Oakridge\n"
    "(479) 555-0142 | 2210 Oakridge Pkwy, Suite 4, Rogers AR\n"
)
SIG_OM = "\n\nTricia Halvorsen\nPractice Operations Manager\nCedar Crest Dental Partners\n"
SIG_OSEI = "\n\nAmara Osei, DDS\nCedar Crest Dental Partners\n"
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
    "information intended only for the named recipient. If you received it in error, please "
    "notify the sender and delete it."
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="dental_crown_prep_reminder_premed",
        notes="Front desk reminds a patient at gmail of a crown prep on #30 and to take her "
        "antibiotic premedication for her hip replacement: name, date, tooth, medication.",
        frm=f"Yesenia Cabrera <ycabrera@{CCD}>",
        to="lorraine.petrakis61@gmail.com",
        subject="Your appointment Thursday 11/12 at 9:30",
        body=(
            "Hi Lorraine,\n\n"
            "This is a reminder that you are scheduled with Dr. Lindqvist on Thursday, November 12 "
            "at 9:30 AM for the crown preparation on tooth #30 (lower right). Please plan on about "
            "90 minutes.\n\n"
            "Because of your hip replacement, Dr. Lindqvist asks that you take the amoxicillin "
            "2 g (four 500 mg capsules) one hour before the appointment, as your orthopaedic "
            "surgeon prescribed. If you ran out, call us by Wednesday noon and we will contact "
            "Dr. Harmon's office.\n\n"
            "Your estimated portion after insurance is $486.40." + SIG_FD
        ),
    ),
    Spec(
        phi=True,
        category="dental_perio_referral_docx",
        notes="Referral letter DOCX to a periodontist: name, DOB, phone, stage III periodontitis, "
        "probing depths, type 2 diabetes with A1c.",
        frm=f"Brooke Nakamura RDH <bnakamura@{CCD}>",
        to="referrals@lakesideperio.com",
        subject="New referral - Dr. Osei - letter attached",
        body=(
            "Good morning,\n\nPlease find attached Dr. Osei's referral letter and the perio "
            "charting for a patient we would like Dr. Haddad to evaluate. Radiographs (FMX "
            "10/28/2026) are uploaded to your portal under the same name.\n\nThank you,\n"
            "Brooke Nakamura, RDH\nCedar Crest Dental Partners - Millbrook"
        ),
        atts=(
            Att(
                "Referral_Lakeside_Perio_110926.docx",
                DOCX,
                docx(
                    [
                        "Cedar Crest Dental Partners - Millbrook Office",
                        "November 9, 2026",
                        "Farid Haddad, DDS, MS - Lakeside Periodontics",
                        "Re: Oluwaseun Adeyemi   DOB 02/17/1974   Phone (479) 555-0187",
                        "Dear Dr. Haddad,",
                        "Thank you for seeing Mr. Adeyemi for evaluation of generalized stage III, "
                        "grade B periodontitis. Probing depths are 5-7 mm in the posterior "
                        "sextants with BOP at 42% of sites and Class I furcation on #3 and #14.",
                        "Medical history is significant for type 2 diabetes (last A1c 8.1% per his "
                        "PCP in September) and hypertension treated with lisinopril 20 mg. He "
                        "completed SRP in all four quadrants on 10/14 and 10/21 with limited "
                        "response at re-evaluation.",
                        "We would appreciate your opinion on osseous surgery in the maxillary "
                        "posterior sextants. We will continue 3-month perio maintenance in "
                        "alternation with your office.",
                        "Sincerely,",
                        "Amara Osei, DDS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental_partial_ready_daughter",
        notes="Hard positive: office manager tells a patient's daughter at yahoo that her mother's "
        "partial denture is back from the lab and the reline appointment time; name of the "
        "patient plus treatment.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to="Gloria Delgado-Ruiz <gdelgadoruiz@yahoo.com>",
        subject="Re: mom's teeth",
        body=(
            "Hi Gloria,\n\nGood news - your mom's lower partial came back from the lab this "
            "morning. Dr. Zhou can seat it Thursday at 2:15 if that works for you to bring her. "
            "She should bring the old one too so we can compare the fit; the sore spot on the "
            "left side should be gone with the new one.\n\n"
            "If Thursday is hard, Monday 11/16 at 10 is also open.\n\nTricia\n\n"
            "> On Nov 8, 2026, Gloria Delgado-Ruiz wrote:\n"
            "> Hi, is Mrs. Esperanza Delgado's partial ready yet? She has been eating soup all "
            "week lol. Thanks, Gloria"
        ),
    ),
    Spec(
        phi=True,
        category="dental_treatment_estimate_pdf",
        notes="Treatment plan estimate PDF to a patient at outlook: name, chart number, CDT "
        "codes for root canal, core and crown on #19, insurance estimate and balance.",
        frm=f"Darnell Whitaker <dwhitaker@{CCD}>",
        to="marcus.thibodeaux@outlook.com",
        subject="Treatment estimate from your visit",
        body=(
            "Hello Mr. Thibodeaux,\n\nAs promised, attached is the written estimate for the "
            "treatment Dr. Osei reviewed with you yesterday. The insurance figures are estimates "
            "based on your plan's remaining annual maximum of $1,140.\n\n"
            "Let me know if you want to set up CareCredit or split the crown into two payments."
            "\n\nDarnell Whitaker\nInsurance & Billing Coordinator\nCedar Crest Dental Partners"
            + CONF
        ),
        atts=(
            Att(
                "Estimate_Thibodeaux.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR CREST DENTAL PARTNERS - TREATMENT ESTIMATE",
                        "Patient: Marcus Thibodeaux   Chart #: CC-0048817   DOB: 07/22/1983",
                        "Provider: Amara Osei, DDS   Date: 11/10/2026",
                        "Insurance: Guardian Peak Dental PPO  Member ID: GPD771904326",
                        "",
                        "Tooth  CDT    Description                      Fee      Ins Est   Pt Est",
                        "#19    D3330  Endodontic therapy, molar      1,185.00   711.00   474.00",
                        "#19    D2950  Core buildup incl. pins          295.00   147.50   147.50",
                        "#19    D2740  Crown, porcelain/ceramic       1,350.00   281.50 1,068.50",
                        "",
                        "Totals                                       2,830.00 1,140.00 1,690.00",
                        "Estimate valid 90 days. Not a guarantee of insurance payment.",
                    ],
                    "Treatment Estimate",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental_shade_photo_filename",
        notes="Hard positive: lab gets an intraoral photo whose file name carries the patient's "
        "name and date; the body only says shade and tooth number.",
        frm=f"Dr. Gabriel Lindqvist <glindqvist@{CCD}>",
        to="cases@precisiondentallab.com",
        subject="Case 2611-0347 shade photo",
        body=(
            "Hi team,\n\nShade photo for the #8 e.max crown attached. Stump shade ND3, I'd go "
            "A2 body with a little more translucency at the incisal third than last time. "
            "Adjacent #9 has a white hypocalcified spot mid-facial, please don't copy it.\n\n"
            "Need it back by 11/20.\n\nThanks\nGabe"
        ),
        atts=(
            Att(
                "Nguyen_Thao_intraoral_8_2026-11-10.png",
                "image/png",
                png(6, 4, (232, 222, 200)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental_implant_preauth_payer",
        notes="Implant pre-determination narrative to a dental insurer: member name, member ID, "
        "DOB, extraction history, bone loss, CDT D6010/D6058.",
        frm=f"Darnell Whitaker <dwhitaker@{CCD}>",
        to="predeterminations@guardianpeakdental.com",
        subject="Predetermination narrative - implant #14",
        body=(
            "Guardian Peak Dental - Predetermination Unit\n\n"
            "Subscriber/patient: Hyun-woo Baek\nMember ID: GPD304518862   DOB: 05/03/1968\n"
            "Group: 44120 Benton County Schools\n\n"
            "Narrative: Tooth #14 was extracted on 06/18/2026 due to a vertical root fracture "
            "(see periapical 06/11/2026). Socket graft placed at extraction. CBCT on 10/29/2026 "
            "shows adequate healed ridge width (7.8 mm) and height. Adjacent teeth #13 and #15 "
            "are unrestored; a fixed bridge would require preparation of two virgin teeth.\n\n"
            "Requested: D6010 surgical placement of implant body, D6057 custom abutment, "
            "D6058 abutment-supported porcelain/ceramic crown.\n\n"
            "Treating dentist: Amara Osei, DDS  NPI 1639233216\n"
            "Cedar Crest Dental Partners, TIN on file." + CONF
        ),
    ),
    Spec(
        phi=True,
        category="dental_sedation_list_initials_dob",
        notes="Hard positive: a CSV of Thursday's IV sedation cases to the oral surgeon with only "
        "initials, DOB, procedure and ASA class.",
        frm=f"Amara Osei DDS <aosei@{CCD}>",
        to="Dr. Renata Kowalski <rkowalski@summitoms.com>",
        subject="Thursday sedation block",
        body=(
            "Renata - here are the four for Thursday's block at our Fairhaven office. Two are "
            "anxious adults, the teen is wisdom teeth. All have consents signed. Let me know if "
            "you want any of them to get a medical clearance first.\n\nA."
        ),
        atts=(
            Att(
                "thu_1112_sedation.csv",
                "text/csv",
                "initials,dob,procedure,teeth,asa,notes\r\n"
                "J.M.,03/14/2009,extraction 3rd molars,1 16 17 32,I,NPO after midnight\r\n"
                "R.K.T.,11/02/1959,extractions + alveoloplasty,2 3 4 5,III,on apixaban - hold 48h "
                "per cardiology\r\n"
                "D.S.,08/27/1991,extraction,30,II,severe dental anxiety\r\n"
                "A.O.,01/09/1977,implant #14,14,II,controlled asthma - bring inhaler\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental_fmx_zip_to_specialist",
        notes="ZIP with radiograph findings TXT and a PNG, names in the member file names, sent "
        "to an endodontist for a second opinion.",
        frm=f"Brooke Nakamura RDH <bnakamura@{CCD}>",
        to="imaging@ozarkendo.com",
        subject="Images for Dr. Shah consult",
        body=(
            "Hi,\n\nDr. Lindqvist asked me to send the films and his read for the consult "
            "scheduled with Dr. Shah next week. Zip attached.\n\nBrooke"
        ),
        atts=(
            Att(
                "Kowalczyk_Piotr_FMX_2026-11-05.zip",
                "application/zip",
                zipped(
                    {
                        "Kowalczyk_Piotr_findings.txt": (
                            "Patient: Piotr Kowalczyk  DOB 09/30/1958\r\n"
                            "FMX 11/05/2026 - read by G. Lindqvist DMD\r\n"
                            "#3: periapical radiolucency approx 4 mm, prior RCT 2014, short fill "
                            "MB canal - ?persistent apical periodontitis\r\n"
                            "#30: recurrent decay under distal margin of crown\r\n"
                            "Pt reports biting pain UR x3 weeks. Percussion + #3.\r\n"
                        ),
                        "Kowalczyk_Piotr_PA_3.png": png(8, 8, (90, 90, 90)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental_medical_clearance_cardiology",
        notes="Medical clearance request to a cardiology office: name, DOB, apixaban, atrial "
        "fibrillation, planned extractions.",
        frm=f"Yesenia Cabrera <ycabrera@{CCD}>",
        to="records@heartwellcardiology.com",
        subject="Medical clearance request - dental extractions",
        body=(
            "To Dr. Venkataraman's nurse,\n\n"
            "We are requesting medical clearance and anticoagulation guidance for your patient "
            "Raymond K. Tillman, DOB 11/02/1959, who is scheduled for extraction of teeth #2-#5 "
            "with alveoloplasty under IV sedation on Thursday 11/12/2026 at our Fairhaven office."
            "\n\nHis medication list shows apixaban 5 mg BID for atrial fibrillation and "
            "metoprolol 50 mg. Dr. Osei would like to know whether he may hold apixaban for 48 "
            "hours prior, or whether you prefer we proceed without interruption with local "
            "hemostatic measures.\n\n"
            "Please fax your response to (479) 555-0149 or reply to this email." + SIG_FD + CONF
        ),
    ),
    Spec(
        phi=True,
        category="dental_subject_only_dry_socket",
        notes="Hard positive: the subject carries the patient's name and 'dry socket follow-up'; "
        "the body alone says nothing identifying.",
        frm=f"Dr. Gabriel Lindqvist <glindqvist@{CCD}>",
        to=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        subject="Re: Hassan Farah - dry socket f/u",
        body=(
            "Saw him this afternoon, much better, packing changed once more. No need to hold the "
            "Monday slot. Please waive the post-op visit fee.\n\nG"
        ),
    ),
    Spec(
        phi=True,
        category="dental_invisalign_consult_ics",
        notes="Calendar invite to a patient's icloud for an Invisalign consult: name in the event "
        "title, time and location.",
        frm=f"Yesenia Cabrera <ycabrera@{CCD}>",
        to="riya.patel.2007@icloud.com",
        cc="Sunita Patel <sunita.patel.home@icloud.com>",
        subject="Invitation: Invisalign consult - Riya Patel @ Tue Nov 17, 2026 4:00pm",
        body=(
            "Hi Riya and Mrs. Patel,\n\nYou're booked for the Invisalign consultation with "
            "Dr. Zhou. We'll take scans and photos, so please come with brushed teeth and no "
            "lipstick. Parent or guardian must attend since Riya is under 18.\n" + SIG_FD
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nPRODID:-//Cedar Crest Dental//Scheduler 4.2//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ccd-appt-20261117-1600-ryp@cedarcrestdental.com"
            "\r\nDTSTAMP:20261109T150000Z\r\nDTSTART:20261117T220000Z\r\nDTEND:20261117T230000Z\r\n"
            "SUMMARY:Invisalign consult - Riya Patel\r\n"
            "LOCATION:Cedar Crest Dental Partners - Oakridge\\, 2210 Oakridge Pkwy Suite 4\\, "
            "Rogers AR\r\nDESCRIPTION:Ortho consult with Dr. Mei-Ling Zhou. iTero scan and "
            "records.\r\nORGANIZER:mailto:ycabrera@cedarcrestdental.com\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:riya.patel.2007@icloud.com\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="dental_balance_text_like_email",
        notes="Hard positive: short billing nudge to a patient's hotmail: first name, visit date, "
        "root canal and balance; no last name in the body.",
        frm=f"billing@{CCD}",
        to="mthib83@hotmail.com",
        subject="Quick note about your balance",
        body=(
            "Hi Marcus - insurance paid their part for your 11/3 visit (root canal, #19). "
            "Remaining balance is $474.00. You can pay online at pay.cedarcrestdental.com or "
            "over the phone. Thanks! - Cedar Crest billing"
        ),
    ),
    Spec(
        phi=True,
        category="dental_oral_appliance_sleep_apnea_html",
        notes="HTML-only letter to a sleep physician: patient name, DOB, obstructive sleep apnea, "
        "AHI and the oral appliance delivered.",
        frm=f"Amara Osei DDS <aosei@{CCD}>",
        to="Dr. Ikechukwu Obi <iobi@nwasleepcenter.com>",
        subject="Oral appliance delivered - follow-up sleep study requested",
        body="",
        html=(
            "<html><body style='font-family:Calibri'><p>Dr. Obi,</p>"
            "<p>Thank you for referring <b>Shauna McAllister</b> (DOB 04/11/1966). Her custom "
            "mandibular advancement device (SomnoDent-type, 6 mm initial advancement) was "
            "delivered on <b>11/06/2026</b> for mild-moderate obstructive sleep apnea "
            "(baseline AHI 18.4 on her 08/2026 HST). She has titrated 2 mm so far and reports "
            "her husband notices much less snoring; mild morning jaw tightness resolving.</p>"
            "<p>Please schedule a follow-up home sleep test with the appliance in place once she "
            "has completed titration (~4 weeks).</p>"
            "<table border='1' cellpadding='4'><tr><th>Item</th><th>Value</th></tr>"
            "<tr><td>Device</td><td>Custom MAD, D7880 / E0486</td></tr>"
            "<tr><td>Advancement</td><td>8 mm of 11 mm max</td></tr>"
            "<tr><td>Next visit</td><td>12/04/2026</td></tr></table>"
            "<p>Amara Osei, DDS<br>Cedar Crest Dental Partners</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="dental_pedo_forwarded_parent_question",
        notes="Hard positive: a parent's question about her son's fluoride varnish and a cavity, "
        "forwarded as message/rfc822 to the pediatric dentist with a one-line cover note.",
        frm=f"Yesenia Cabrera <ycabrera@{CCD}>",
        to=f"Dr. Mei-Ling Zhou <mzhou@{CCD}>",
        subject="FW: question about Mateo",
        body="Dr. Z, can you answer this one? Mom wants a call back today if possible. - Y",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Camila Restrepo <camirestrepo88@gmail.com>",
            to=f"info@{CCD}",
            subject="question about Mateo",
            body=(
                "Hello, my son Mateo Restrepo (he is 6) saw Dr. Zhou on Oct 30 and she said he "
                "has a cavity on a back tooth that needs a filling. He also got the fluoride "
                "varnish. Tonight he says the tooth hurts when he eats cold things. Is that "
                "normal or should we come in before his filling appointment on the 19th?\n\n"
                "Thank you, Camila"
            ),
        ),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="dental_supply_backorder_vendor",
        notes="Reply to a dental supply rep about backordered composite and nitrous oxide "
        "cylinders; account and PO numbers only.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to="Kyle Brandt <kbrandt@dentsupplyco.com>",
        subject="RE: Backorder notice PO 26-4471",
        body=(
            "Kyle,\n\nThanks for the heads up. Please substitute the Filtek Supreme A2 and A3 "
            "syringes with the Tetric EvoCeram equivalents for the Millbrook office only; "
            "Oakridge can wait for the backorder. For the nitrous cylinders (E size), we need 6 "
            "at Fairhaven by the 16th - if you can't, let me know and I'll call Airgas "
            "directly.\n\nAccount 118204, ship-to 03.\n" + SIG_OM
        ),
    ),
    Spec(
        phi=False,
        category="dental_staff_coverage_premed_guideline",
        notes="Hard negative: staff notice naming dentists, covering schedule and a reminder of "
        "the ADA/AAOS antibiotic prophylaxis guidance for joint replacements and heart "
        "conditions; no patient.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to=f"all-staff@{CCD}",
        subject="Coverage week of 11/16 + premed reminder",
        body=(
            "Team,\n\n"
            "Dr. Osei is at the ADA SmileCon follow-up course 11/16-11/18. Dr. Lindqvist covers "
            "Oakridge emergencies Mon/Tue, Dr. Zhou covers Wednesday. Hygiene runs as normal; "
            "exams on Dr. Osei's hygiene patients go to whichever doctor is in the building.\n\n"
            "Premed reminder (we had two near-misses last month): per the current ADA guidance, "
            "routine antibiotic prophylaxis is NOT recommended for most patients with prosthetic "
            "joints. It IS still recommended for prosthetic heart valves, previous infective "
            "endocarditis, certain congenital heart disease and cardiac transplant with "
            "valvulopathy. If the health history says 'joint replacement' and the surgeon has "
            "asked for premed, follow the surgeon. When in doubt, ask the doctor BEFORE seating "
            "the patient.\n\nThanks all" + SIG_OM
        ),
    ),
    Spec(
        phi=False,
        category="dental_monthly_production_xlsx",
        notes="Hard negative: October production/collections workbook by provider and office "
        "(gross production, CDT mix counts, hygiene reappointment %): providers only, no "
        "patients.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to="Dr. Amara Osei <aosei@cedarcrestdental.com>, cfo@cedarcrestdental.com",
        subject="October 2026 production & collections",
        body=(
            "Attached is October. Headlines: group production $612k (+4% vs Sept), collections "
            "98.1% of net production, hygiene reappointment rate slipped to 84% at Fairhaven. "
            "The crown count jumped at Millbrook with Dr. Lindqvist's new CEREC day.\n" + SIG_OM
        ),
        atts=(
            Att(
                "CCDP_Production_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "By Provider": [
                            [
                                "Provider",
                                "Role",
                                "Office",
                                "Gross Prod",
                                "Adj",
                                "Net Prod",
                                "Collections",
                                "Visits",
                            ],
                            [
                                "Osei, Amara DDS",
                                "Dentist",
                                "Oakridge",
                                168420.0,
                                -21904.5,
                                146515.5,
                                144980.1,
                                402,
                            ],
                            [
                                "Lindqvist, Gabriel DMD",
                                "Dentist",
                                "Millbrook",
                                151088.0,
                                -19200.0,
                                131888.0,
                                127305.4,
                                377,
                            ],
                            [
                                "Zhou, Mei-Ling DDS",
                                "Dentist",
                                "Fairhaven",
                                122640.0,
                                -15911.0,
                                106729.0,
                                104802.9,
                                455,
                            ],
                            [
                                "Nakamura, Brooke RDH",
                                "Hygiene",
                                "Millbrook",
                                41200.0,
                                -5012.0,
                                36188.0,
                                35990.0,
                                298,
                            ],
                            [
                                "Ferreira, Joana RDH",
                                "Hygiene",
                                "Oakridge",
                                39875.0,
                                -4800.0,
                                35075.0,
                                34411.2,
                                286,
                            ],
                        ],
                        "CDT Mix": [
                            ["CDT", "Description", "Oakridge", "Millbrook", "Fairhaven"],
                            ["D0120", "Periodic oral evaluation", 512, 477, 398],
                            ["D1110", "Prophylaxis - adult", 433, 401, 240],
                            ["D4341", "SRP 4+ teeth per quad", 61, 74, 22],
                            ["D2740", "Crown porcelain/ceramic", 48, 71, 19],
                            ["D3330", "Endo molar", 9, 12, 3],
                        ],
                        "KPIs": [
                            ["Metric", "Oakridge", "Millbrook", "Fairhaven", "Target"],
                            ["Hygiene reappointment %", 91, 89, 84, 90],
                            ["New patients", 58, 44, 71, 50],
                            ["Case acceptance %", 67, 72, 61, 70],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dental_payroll_bonus_vendor",
        notes="Hard negative: payroll changes to the payroll vendor: employee IDs, hours, hygiene "
        "production bonus amounts, a new direct deposit; no health information.",
        frm=f"Colleen Fitzgerald <cfitzgerald@{CCD}>",
        to="support@paylinehr.com",
        subject="Payroll changes - pay period ending 11/14/2026 - Client 30917",
        body=(
            "Hi Payline team,\n\nPlease apply the following for the 11/20 check date:\n\n"
            "1. Hygiene production bonus (earning code BON2):\n"
            "   EE 1042 Nakamura, Brooke  $1,215.00\n"
            "   EE 1057 Ferreira, Joana   $980.00\n"
            "   EE 1063 Okonjo, Precious  $640.00\n"
            "2. New hire: EE 1071 Tran, Kevin (dental assistant), start 11/16, $21.50/hr, "
            "Fairhaven. I-9 and W-4 were uploaded to the portal this morning.\n"
            "3. Terminated: EE 1019 Sorensen, Matt, last day 11/06, final check with PTO payout "
            "of 22.5 hours.\n"
            "4. Rate change: EE 1033 Cabrera, Yesenia to $22.75/hr effective 11/01 (retro one "
            "pay period).\n\n"
            "Thanks,\nColleen Fitzgerald\nHR & Payroll | Cedar Crest Dental Partners"
        ),
    ),
    Spec(
        phi=False,
        category="dental_job_posting_assistant",
        notes="Job posting for a dental assistant sent to a community college career office.",
        frm=f"Colleen Fitzgerald <cfitzgerald@{CCD}>",
        to="careers@nwacc-alliedhealth.edu",
        subject="Job posting: Registered Dental Assistant (Fairhaven)",
        body=(
            "Hello,\n\nCould you share this posting with your spring dental assisting "
            "graduates?\n\n"
            "REGISTERED DENTAL ASSISTANT - Cedar Crest Dental Partners, Fairhaven office\n"
            "- Full time, Mon-Thu 7:30-5:30, every other Friday\n"
            "- Arkansas radiography permit required; CDA a plus\n"
            "- Experience with Dentrix Ascend and intraoral scanners preferred; we train\n"
            "- $19-$24/hr DOE, 401(k) with 4% match, health/dental/vision, uniform allowance\n"
            "- Apply: careers.cedarcrestdental.com or email resume to hr@cedarcrestdental.com\n\n"
            "Thank you!\nColleen Fitzgerald, HR"
        ),
    ),
    Spec(
        phi=False,
        category="dental_bbp_exposure_policy_docx",
        notes="Hard negative: bloodborne pathogens exposure control plan DOCX (hepatitis B "
        "vaccination, post-exposure HIV prophylaxis steps) for staff; a policy, no person.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to=f"office-leads@{CCD}",
        subject="Updated Exposure Control Plan 2027 - please review before OSHA training",
        body=(
            "Leads,\n\nThe updated plan is attached. Changes are highlighted in section 6 "
            "(sharps injury log now electronic) and section 8 (we switched occupational health "
            "providers to Mercy WorkCare). Please have everyone read it before the 12/3 annual "
            "OSHA training.\n" + SIG_OM
        ),
        atts=(
            Att(
                "Exposure_Control_Plan_2027.docx",
                DOCX,
                docx(
                    [
                        "Cedar Crest Dental Partners - Bloodborne Pathogens Exposure Control Plan",
                        "Effective January 1, 2027. Reviewed annually.",
                        "1. Purpose: to eliminate or minimize occupational exposure to blood and "
                        "other potentially infectious materials (29 CFR 1910.1030).",
                        "5. Hepatitis B vaccination is offered at no cost to all employees with "
                        "occupational exposure within 10 working days of assignment.",
                        "6. Sharps injuries are recorded in the electronic sharps injury log "
                        "within 24 hours, without the employee's name.",
                        "8. Post-exposure: wash the site, notify the office lead, report to Mercy "
                        "WorkCare within 2 hours for evaluation of HIV PEP; source-patient "
                        "testing is requested with consent per Arkansas law.",
                        "9. Training: annually and at hire; records kept 3 years.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dental_pms_migration_test_patient",
        notes="Hard negative: IT asks the PMS vendor about a conversion defect using the clearly "
        "labelled synthetic test patient (TEST, ZZCONVERSION) and sample CDT codes.",
        frm=f"Suresh Iyer <siyer@{CCD}>",
        to="conversions@ascendpms-support.com",
        subject="Conversion defect #CV-22814 - ledger lines duplicated (test patient only)",
        body=(
            "Hi Marisa,\n\nIn the trial conversion (sandbox tenant ccdp-trial-3), ledger lines "
            "posted with a completed-procedure date and an insurance estimate are duplicated. "
            "I reproduced it with our synthetic test chart only:\n\n"
            "  Patient: ZZCONVERSION, TEST (chart 999001, DOB 01/01/1900, fake record created "
            "for the migration)\n"
            "  Procedures entered: D0150, D0210, D1110, D2391 on #3-O\n"
            "  Result: D2391 appears twice in the ledger, $0.00 and $212.00\n\n"
            "No real patient data is in the trial tenant per our agreement. Can you confirm the "
            "fix lands before the 12/5 go-live rehearsal?\n\n"
            "Suresh Iyer\nIT Manager, Cedar Crest Dental Partners"
        ),
    ),
    Spec(
        phi=False,
        category="dental_newsletter_html_marketing",
        notes="HTML-only patient newsletter about holiday candy, whitening promo and new "
        "Saturday hours; no individual, no condition segmentation.",
        frm=f"Cedar Crest Dental <news@{CCD}>",
        to=f"newsletter-list@{CCD}",
        subject="Cedar Crest News: Saturday hours + holiday whitening special",
        body="",
        html=(
            "<html><body><h2>Cedar Crest News - November 2026</h2>"
            "<p>Halloween is over but the candy isn't! Sticky caramels and sour gummies are "
            "the hardest on enamel. Drink water after treats and wait 30 minutes before "
            "brushing.</p><h3>Now open Saturdays</h3><p>Our Millbrook office is open 8-1 on the "
            "first and third Saturday of each month starting November 21.</p>"
            "<h3>Holiday whitening</h3><p>Take-home whitening trays $199 (reg. $325) through "
            "December 31.</p><p style='font-size:10px'>Cedar Crest Dental Partners, 2210 "
            "Oakridge Pkwy, Rogers AR. <a href='https://cedarcrestdental.com/unsubscribe'>"
            "Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="dental_lease_renewal_landlord",
        notes="Lease renewal terms with the Millbrook landlord (rent, CAM, TI allowance).",
        frm=f"Amara Osei DDS <aosei@{CCD}>",
        to="Pamela Greer <pgreer@millbrookcommons-re.com>",
        cc=f"cfo@{CCD}",
        subject="Millbrook Commons Suite 110 - renewal term sheet comments",
        body=(
            "Pamela,\n\nThanks for the term sheet. Our comments:\n"
            "- Term: we accept 7 years, but want one 5-year renewal option at 95% of FMV.\n"
            "- Base rent: $24.50/sf NNN with 2.5% escalations is above the comps we pulled; "
            "we can do $23.25 with 2.5%.\n"
            "- TI allowance: we need $35/sf to add two operatories and the plumbing for the "
            "new vacuum system.\n"
            "- CAM cap at 5% annual increase on controllable expenses.\n\n"
            "Happy to get on a call Thursday.\n" + SIG_OSEI
        ),
    ),
    Spec(
        phi=False,
        category="dental_ce_agenda_medically_compromised",
        notes="Hard negative: study club agenda on the medically compromised patient "
        "(diabetes, bisphosphonates, MRONJ, anticoagulants) with speaker names; no patients.",
        frm=f"Dr. Gabriel Lindqvist <glindqvist@{CCD}>",
        to="nwa.dental.studyclub@gmail.com",
        subject="Dec study club agenda - the medically complex patient",
        body=(
            "NWA Dental Study Club - Thursday, December 10, 2026, 6:00-9:00 PM\n"
            "Location: Cedar Crest Dental Partners - Oakridge (2 CE hours, AGD PACE pending)\n\n"
            "6:00  Dinner\n"
            "6:30  'Bisphosphonates, denosumab and MRONJ: who is actually at risk?' - Renata "
            "Kowalski, DDS, MD (oral & maxillofacial surgery)\n"
            "7:20  'Diabetes and periodontitis: the bidirectional evidence' - Farid Haddad, DDS, "
            "MS (periodontics)\n"
            "8:10  'DOACs, warfarin and extractions: bridging is usually wrong' - Anjali "
            "Venkataraman, MD (cardiology)\n"
            "8:50  Q&A\n\nRSVP by 12/1. $45 for non-members.\n\nGabe Lindqvist, DMD\nStudy club "
            "program chair"
        ),
    ),
    Spec(
        phi=False,
        category="dental_imaging_software_downtime",
        notes="IT downtime notice for the imaging server upgrade.",
        frm=f"Suresh Iyer <siyer@{CCD}>",
        to=f"all-staff@{CCD}",
        subject="Imaging server upgrade Fri 11/13 after 5pm",
        body=(
            "All,\n\nThe imaging server (sensor/pano software) will be upgraded Friday 11/13 "
            "starting 5:15 PM. Sensors will not work from then until Saturday ~10 AM. Millbrook "
            "Saturday team: first appointment is at 8, so take any needed BWX on the handheld "
            "and import them after 10.\n\nIf the pano at Fairhaven shows 'license invalid' "
            "Monday morning, call me before rebooting it.\n\nSuresh\nIT | x4410"
        ),
    ),
    Spec(
        phi=False,
        category="dental_fee_schedule_payer_negotiation",
        notes="Hard negative: PPO fee schedule counter-proposal to a dental insurer: CDT codes "
        "with fees, no individuals.",
        frm=f"Darnell Whitaker <dwhitaker@{CCD}>",
        to="Provider Relations <providerrelations@guardianpeakdental.com>",
        subject="Fee schedule review 2027 - Cedar Crest Dental Partners (TIN ending 4471)",
        body=(
            "Hello,\n\nFollowing our call, our counter-proposal for the 2027 PPO schedule:\n\n"
            "CDT    Current  Proposed\n"
            "D0120   $41.00   $46.00\n"
            "D0274   $52.00   $58.00\n"
            "D1110   $78.00   $88.00\n"
            "D2392  $142.00  $165.00\n"
            "D2740  $812.00  $905.00\n"
            "D3330  $781.00  $860.00\n"
            "D4341  $168.00  $185.00\n\n"
            "Our 2026 volume with your members across the three offices was 3,214 visits. We "
            "would like a response by 12/15 to keep the schedule loaded for January 1.\n\n"
            "Darnell Whitaker\nCedar Crest Dental Partners"
        ),
    ),
    Spec(
        phi=False,
        category="dental_blank_health_history_form",
        notes="Hard negative: the blank updated medical history form (PDF) sent to the front "
        "desk leads: lists conditions as checkboxes, no patient.",
        frm=f"Tricia Halvorsen <thalvorsen@{CCD}>",
        to=f"frontdesk-leads@{CCD}",
        subject="New health history form - start using 11/16",
        body=(
            "Hi all, attached is the revised health history form. We added GLP-1 medications "
            "and the denosumab question. Please recycle the old printed stock and load the new "
            "one on the tablets.\n\nThanks, Tricia"
        ),
        atts=(
            Att(
                "Health_History_Form_rev11-2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR CREST DENTAL PARTNERS - MEDICAL HISTORY (rev. 11/2026)",
                        "Name: ______________________  Date of birth: ___/___/______",
                        "Do you have or have you had any of the following?  Yes / No",
                        "[ ] Heart disease  [ ] Artificial heart valve  [ ] Joint replacement",
                        "[ ] Diabetes  [ ] High blood pressure  [ ] Hepatitis  [ ] HIV",
                        "[ ] Osteoporosis treated with bisphosphonates or denosumab (Prolia)",
                        "[ ] GLP-1 medication (Ozempic, Wegovy, Mounjaro, Zepbound)",
                        "[ ] Blood thinners (warfarin, Eliquis, Xarelto, Plavix)",
                        "Allergies: [ ] Penicillin [ ] Latex [ ] Local anesthetic [ ] Other ____",
                        "Signature: ______________________  Date: __________",
                    ],
                    "Health History Form",
                ),
            ),
        ),
    ),
]
