"""Seaside Urology Group: clinic, billing, nursing and admin mail (20 PHI, 20 not)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import ASC, SUG, Att, Spec

CSV = "text/csv"
PDF = "application/pdf"
DOCXT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSXT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIPT = "application/zip"

SIG_NURSE = "\n\nMaribel Ochoa, RN\nNurse Navigator | Seaside Urology Group\n(805) 555-0142\n"
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the\n"
    "intended recipient(s). If you received it in error, please notify the sender and delete it.\n"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="biopsy result callback to patient",
        notes="Patient's gmail; prostate biopsy benign result with PSA follow-up plan.",
        frm=f"Maribel Ochoa <mochoa@{SUG}>",
        to="Gerald Whitfield <gwhitfield58@gmail.com>",
        subject="Your biopsy results",
        body=(
            "Hi Mr. Whitfield,\n\nDr. Nakamura asked me to let you know that the pathology from your\n"
            "prostate biopsy on 11/2 came back benign - no cancer was found in any of the 12 cores.\n"
            "There was some mild chronic inflammation, which is common and not a concern.\n\n"
            "Because your PSA was 6.8 we'd like to repeat it in 6 months. I've put in the lab order;\n"
            "you can go to any Quest location after May 1. Please call if you have blood in the\n"
            "urine lasting more than a week or a fever over 101."
            + SIG_NURSE
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI",
        notes="Hard positive: patient name and procedure only in the subject; body is a bare note.",
        frm=f"Tasha Greene <tgreene@{SUG}>",
        to=f"Scheduling <scheduling@{ASC}>",
        subject="Add-on Thurs: Ramon Echeverria - cysto stent removal",
        body="Can you fit this in after Dr. Kessler's 2pm? Auth is done.\n\nThanks\nTasha",
    ),
    Spec(
        phi=True,
        category="stone clinic follow-up to relative",
        notes="Hard positive: first name only plus kidney stone and medication, to a daughter's yahoo.",
        frm=f"Maribel Ochoa <mochoa@{SUG}>",
        to="Kim Tran <kimtran.home@yahoo.com>",
        subject="Re: question about your dad",
        body=(
            "Hi Kim,\n\nThanks for calling back. Yes, it's fine for Duc to keep taking the tamsulosin\n"
            "until the stone passes - one capsule at bedtime. If he gets dizzy when standing, have him\n"
            "sit first. Please strain his urine and bring any stone to his visit on the 19th.\n\n"
            "> Is he supposed to still take the flomax? He ran out of the pain pills.\n"
            "> Kim"
            + SIG_NURSE
        ),
    ),
    Spec(
        phi=True,
        category="vasectomy post-op semen analysis",
        notes="Patient at outlook.com; vasectomy follow-up semen analysis instructions with date.",
        frm=f"Front Desk <frontdesk@{SUG}>",
        to="Brandon Kowalczyk <b.kowalczyk@outlook.com>",
        subject="Post-vasectomy semen analysis - appointment",
        body=(
            "Dear Brandon,\n\nThis is a reminder that your post-vasectomy semen analysis is\n"
            "scheduled for Tuesday, December 15 at 8:30 am at our Ventura office (lab drop-off\n"
            "window). Please abstain 2-5 days beforehand. Until Dr. Haddad confirms zero sperm,\n"
            "continue to use another form of contraception.\n\nSeaside Urology Group\n"
            "3120 Harbor Blvd, Ventura"
        ),
    ),
    Spec(
        phi=True,
        category="ESWL referral with PDF",
        notes="Referral letter PDF to the ASC with name, DOB, MRN, stone size and lithotripsy.",
        frm=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        to=f"Pre-Admission Testing <pat@{ASC}>",
        subject="ESWL booking packet",
        body="Packet attached for next week's lithotripsy list. Cleared by cardiology.\n\nPN",
        atts=(
            Att(
                "ESWL_packet_Nov.pdf",
                PDF,
                pdf(
                    [
                        "SEASIDE UROLOGY GROUP - Surgical Booking Request",
                        "Patient: Delphine Arceneaux   DOB: 03/22/1961   MRN: SUG-0448213",
                        "Procedure: Extracorporeal shock wave lithotripsy, left (CPT 50590)",
                        "Diagnosis: N20.0 Calculus of kidney - 9 mm left lower pole",
                        "Anticoagulation: apixaban 5 mg BID - hold 48 h per cardiology",
                        "Surgeon: Peter Nakamura MD  NPI: 1132437009",
                    ],
                    "Booking request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing statement question reply",
        notes="Billing reply to patient's wife at icloud with account number and cystoscopy charge.",
        frm=f"Patient Accounts <billing@{SUG}>",
        to="Lorraine Baptiste <lorrbaptiste@icloud.com>",
        subject="RE: Statement question - acct 40031877",
        body=(
            "Hello Mrs. Baptiste,\n\nThe $312.40 balance on your husband Claude's account 40031877 is\n"
            "for the office cystoscopy (52000) on October 6. His secondary, Humana, denied it as\n"
            "timely filing, which is our error, so we've written it off. You should see a $0\n"
            "statement next cycle.\n\nRegards,\nDevon Mayfield\nPatient Accounts"
            + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="daily OR list CSV to ASC",
        notes="CSV roster of patients with DOB and procedures; body is generic.",
        frm=f"Tasha Greene <tgreene@{SUG}>",
        to=f"OR Scheduling <orsched@{ASC}>",
        subject="Monday urology block",
        body="Attached is Monday's list for Dr. Kessler's block. Two need interpreters.\n\nTasha",
        atts=(
            Att(
                "urology_block_1116.csv",
                CSV,
                "last,first,dob,procedure,cpt,interpreter\n"
                "Ferreira,Joaquim,1957-08-14,TURP,52601,Portuguese\n"
                "Hollis,Walter,1949-02-03,Cystoscopy with stent exchange,52332,\n"
                "Mbeki,Thandiwe,1972-11-30,Ureteroscopy laser lithotripsy,52356,\n"
                "Nguyen,Thi Lan,1966-05-09,Urethral sling,57288,Vietnamese\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="initials and DOB list",
        notes="Hard positive: only initials plus DOB with PSA values and biopsy plan.",
        frm=f"Dr. Anika Kessler <akessler@{SUG}>",
        to=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        subject="PSA bumps this week",
        body=(
            "Peter - three from my panel that I want on the MRI-fusion list:\n"
            "- J.R. 4/17/1955  PSA 9.1 (was 5.2)\n"
            "- T.O. 12/02/1962 PSA 7.4, PI-RADS 4 lesion\n"
            "- M.A.W. 6/29/1950 PSA 11.8, on finasteride so really ~24\n\nAnika"
        ),
    ),
    Spec(
        phi=True,
        category="HTML appointment confirmation",
        notes="HTML-only confirmation for a urodynamics study with the patient's name and phone.",
        frm=f"Seaside Urology <noreply@{SUG}>",
        to="Patricia Okonkwo <patokonkwo@hotmail.com>",
        subject="Appointment confirmation",
        body="",
        html=(
            "<html><body><p>Dear Patricia Okonkwo,</p><p>Your <b>urodynamic study</b> is confirmed"
            " for <b>Wednesday, November 18, 2026 at 10:15 AM</b> with Dr. Anika Kessler.</p>"
            "<p>Please arrive with a comfortably full bladder and continue your oxybutynin unless"
            " told otherwise. Phone on file: (805) 555-0187.</p>"
            "<p>Seaside Urology Group &middot; 3120 Harbor Blvd &middot; Ventura</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="room number and med change follow-up",
        notes="Hard positive: 'Mr. D' with a room number and antibiotic change to the ASC nurse.",
        frm=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        to=f"PACU Charge <pacu@{ASC}>",
        subject="bay 6",
        body=(
            "Mr. D in bay 6 - switch the cefazolin to ciprofloxacin 500 PO, his urine culture from\n"
            "last week grew pseudomonas. Foley stays until he voids twice. Call me before discharge.\n\n"
            "Sent from my iPhone"
        ),
    ),
    Spec(
        phi=True,
        category="XLSX multi-sheet denials",
        notes="Hard positive: workbook with member ids and claim lines, no names in the body.",
        frm=f"Devon Mayfield <dmayfield@{SUG}>",
        to="Rhonda Pike <rpike@medrevpartners.com>",
        subject="October denials to rework",
        body="Rhonda, tabs by payer. Let me know what you need from our side.\n\nDevon",
        atts=(
            Att(
                "Oct_denials.xlsx",
                XLSXT,
                xlsx(
                    {
                        "Aetna": [
                            ["Member ID", "Patient", "DOS", "CPT", "Dx", "Billed", "Reason"],
                            ["W284719360", "Samuel Oduya", "2026-10-07", "55700", "R97.20", "1840.00", "CO-197"],
                            ["W302118457", "Henrik Lund", "2026-10-12", "52000", "R31.0", "410.00", "CO-16"],
                        ],
                        "BlueShield": [
                            ["Member ID", "Patient", "DOS", "CPT", "Dx", "Billed", "Reason"],
                            ["XEH771204563", "Carlos Benitez", "2026-10-19", "55250", "Z30.2", "960.00", "CO-50"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email",
        notes="Hard positive: forwarded rfc822 message from a patient describing symptoms after a stent.",
        frm=f"Front Desk <frontdesk@{SUG}>",
        to=f"Maribel Ochoa <mochoa@{SUG}>",
        subject="FW: stent pain",
        body="Maribel, can you call him back? Came into the general inbox.\n\nJen",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Arjun Mehta <arjun.mehta1971@gmail.com>",
            to=f"frontdesk@{SUG}",
            subject="stent pain",
            body=(
                "Hi, I had a stent put in by Dr. Haddad on Friday after the kidney stone surgery.\n"
                "I have a lot of burning and some blood and my flank hurts when I pee. Is that normal?\n"
                "My number is 805-555-0119. Arjun Mehta DOB 2/11/1971"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PNG photo named for patient",
        notes="Hard positive: PHI only in the attachment file name (patient name + wound check).",
        frm=f"Maribel Ochoa <mochoa@{SUG}>",
        to=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        subject="photo from this morning",
        body="Photo he sent through the portal. Looks ok to me but wanted your eyes on it.",
        atts=(Att("Lindqvist_Erik_scrotal_incision_day5.png", "image/png", png(6, 6, (220, 180, 170))),),
    ),
    Spec(
        phi=True,
        category="prior auth letter DOCX",
        notes="Letter of medical necessity for testosterone therapy with name, DOB, member id.",
        frm=f"Auth Team <auth@{SUG}>",
        to=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        subject="LMN for signature",
        body="Please review and sign the attached before 3pm; the payer portal closes the case Friday.",
        atts=(
            Att(
                "LMN_draft.docx",
                DOCXT,
                docx(
                    [
                        "Letter of Medical Necessity",
                        "Re: Malik Jefferson, DOB 09/14/1979, Member ID UHC 938472615",
                        "Mr. Jefferson has confirmed hypogonadism (E29.1) with two morning total "
                        "testosterone values of 182 and 204 ng/dL and symptoms of fatigue and low libido.",
                        "We request coverage of testosterone cypionate 200 mg IM every 2 weeks.",
                        "Omar Haddad, MD, Seaside Urology Group",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MBI eligibility question",
        notes="Medicare MBI with a patient's name and Botox bladder injection.",
        frm=f"Devon Mayfield <dmayfield@{SUG}>",
        to="Provider Services <provider@noridianpartner.com>",
        subject="Eligibility - bladder Botox",
        body=(
            "Hello,\n\nPlease confirm Part B eligibility for Eleanor Vasquez-Lowe, MBI 4RT7-JK2-WD59,\n"
            "DOB 01/08/1944, for onabotulinumtoxinA bladder injection (52287, J0585) for refractory\n"
            "overactive bladder N32.81. Date of service 12/03/2026.\n\nDevon Mayfield\n"
            "Seaside Urology Group, billing NPI: 1158508758"
        ),
    ),
    Spec(
        phi=True,
        category="terse chart note to colleague",
        notes="Hard positive: one line with a surname and a cancer diagnosis.",
        frm=f"Dr. Anika Kessler <akessler@{SUG}>",
        to=f"Dr. Grace Liu <gliu@{SUG}>",
        subject="tumor board",
        body="Add Castellanos to Thursday - Gleason 4+3 in 5/12 cores, wants to talk about HIFU.",
    ),
    Spec(
        phi=True,
        category="zip of op notes",
        notes="Hard positive: ZIP with TXT op notes for two patients sent to a coding vendor.",
        frm=f"Devon Mayfield <dmayfield@{SUG}>",
        to="Coding Queue <queue@accucodehealth.com>",
        subject="Op notes for coding - batch 47",
        body="Two notes in the zip. Password sent separately per the BAA.",
        atts=(
            Att(
                "batch47.zip",
                ZIPT,
                zipped(
                    {
                        "opnote_0471.txt": (
                            "Patient: Howard Feinberg  MRN SUG-0391177  DOS 11/04/2026\n"
                            "Procedure: Robotic radical prostatectomy with bilateral pelvic node dissection.\n"
                            "EBL 150 mL. No complications.\n"
                        ),
                        "opnote_0472.txt": (
                            "Patient: Lucia Marchetti  MRN SUG-0402256  DOS 11/04/2026\n"
                            "Procedure: Cystoscopy, left ureteroscopy, laser lithotripsy, stent placement.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient portal message reply quoted",
        notes="Hard positive: chatty reply to a patient's hotmail; only first name and 'your catheter'.",
        frm=f"Dr. Grace Liu <gliu@{SUG}>",
        to="Yusuf <yusuf.abdi88@hotmail.com>",
        subject="Re: catheter",
        body=(
            "Yusuf - totally normal to see a little pink in the bag the first couple of days. Keep\n"
            "drinking, and we'll take the catheter out at your visit Monday at 9. If it turns red like\n"
            "ketchup or clots, call the after-hours line.\n\nDr. Liu\n\n"
            "On Sun, Nov 8, Yusuf wrote:\n> is the blood in the bag normal?? it's my 2nd day after the surgery"
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite for procedure",
        notes="Calendar invite naming a patient and their vasectomy in the event summary.",
        frm=f"Tasha Greene <tgreene@{SUG}>",
        to=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        subject="Invitation: Office vasectomy - Tomasz Wrobel",
        body="Added to your Friday.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Seaside Urology//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h32-vas-1120@seasideurology.com\r\n"
            "DTSTAMP:20261110T170000Z\r\nDTSTART:20261120T160000Z\r\nDTEND:20261120T164500Z\r\n"
            "SUMMARY:Office vasectomy - Tomasz Wrobel (MRN SUG-0455902)\r\n"
            "LOCATION:Procedure Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="social worker transport note",
        notes="Hard positive: social worker to a ride service; name, address and bladder cancer instillation visits.",
        frm=f"Renee Castillo <rcastillo@{SUG}>",
        to="Dispatch <dispatch@bayridesnemt.com>",
        subject="Standing ride request",
        body=(
            "Hi team,\n\nPlease set up rides for Mr. Albert Nwosu, 417 Seacliff Dr Apt 2, Oxnard, to\n"
            "our office every other Tuesday for his bladder instillation series (BCG) through January.\n"
            "He uses a walker. Best contact is his niece, (805) 555-0163.\n\nRenee Castillo, LCSW"
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="staff schedule",
        notes="Hard negative: clinician names next to procedures in a call schedule, no patients.",
        frm=f"Practice Manager <pm@{SUG}>",
        to=f"All Providers <providers@{SUG}>",
        subject="December call and lithotripsy coverage",
        body=(
            "Team,\n\nDecember call:\n- Dec 1-7 Dr. Kessler (stones/ESWL at Coastal ASC Tues)\n"
            "- Dec 8-14 Dr. Haddad (vasectomy clinic Fri moves to Thu)\n- Dec 15-21 Dr. Nakamura\n"
            "- Dec 22-28 Dr. Liu\n\nSwaps through me, please.\n\nKaren"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report",
        notes="Hard negative: biopsy infection rates and stone-free rates, aggregates only.",
        frm=f"Quality Committee <quality@{SUG}>",
        to=f"Physicians <providers@{SUG}>",
        subject="Q3 outcomes dashboard",
        body=(
            "Q3 summary:\n- Transperineal biopsies: 214, post-biopsy sepsis 0 (0.0%), urinary retention 3 (1.4%)\n"
            "- Ureteroscopy: 131 cases, stone-free at 6 wk 82%\n- ESWL: 96 cases, retreatment 11%\n"
            "- Vasectomy: 158, post-vas azoospermia at first SA 88%\n\nNo individual cases are reported here."
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: BCG shortage notice naming the drug and disease, no patients.",
        frm=f"Clinical Pharmacy <pharmacy@{SUG}>",
        to=f"Providers and Nurses <clinical@{SUG}>",
        subject="BCG (TICE) allocation - action needed",
        body=(
            "Merck has moved TICE BCG to allocation again through Q1. For new non-muscle-invasive\n"
            "bladder cancer inductions, follow the AUA shortage guidance: prioritise high-grade T1 and\n"
            "CIS, consider split dosing, and use gemcitabine/docetaxel for intermediate risk.\n"
            "Our allocation is 18 vials per month."
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice PO dispute",
        notes="Hard negative: invoice with a PO number shaped like an SSN and laser fiber SKUs.",
        frm=f"Accounts Payable <ap@{SUG}>",
        to="Billing <ar@lumenisurology-supply.com>",
        subject="Invoice 88120 - PO 512-44-8137",
        body=(
            "Hi,\n\nWe received invoice 88120 for 40 x 272-micron holmium laser fibers and 12 stone\n"
            "baskets. PO 512-44-8137 covers 30 fibers only; please reissue for the PO quantity or send\n"
            "a change order. Net 45 from the corrected invoice.\n\nAccounts Payable, Seaside Urology Group"
            + DISCLAIMER
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: job posting for a urology MA mentioning catheters and biopsies.",
        frm=f"HR <hr@{SUG}>",
        to="Postings <jobs@centralcoastjobs.org>",
        subject="Posting: Urology Medical Assistant (Ventura)",
        body=(
            "Seaside Urology Group is hiring a full-time Medical Assistant. Duties: rooming patients,\n"
            "assisting with office cystoscopy and prostate biopsy set-up, catheter teaching, bladder\n"
            "scans. Pay $23-27/h. Apply at seasideurology.com/careers."
        ),
    ),
    Spec(
        phi=False,
        category="payroll notice",
        notes="Hard negative: staff payroll/HR mail with an employee name and PTO, no health info of a patient.",
        frm=f"Payroll <payroll@{SUG}>",
        to=f"Tasha Greene <tgreene@{SUG}>",
        subject="Your PTO balance and W-4",
        body=(
            "Hi Tasha,\n\nYour PTO balance after this cycle is 61.5 hours. We still need a signed 2027\n"
            "W-4 by Dec 11. Paystubs are in the ADP portal.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="patient education newsletter",
        notes="Hard negative: HTML newsletter about kidney stone prevention, no individuals.",
        frm=f"Seaside Urology <news@{SUG}>",
        to="subscriber list <newsletter@lists.seasideurology.com>",
        subject="Five habits that keep kidney stones away",
        body="",
        html=(
            "<html><body><h2>Stone season is every season</h2><ul><li>Drink enough to make 2.5 L of"
            " urine a day</li><li>Cut back on salt</li><li>Don't skip calcium - eat it with meals</li>"
            "<li>Go easy on animal protein</li><li>Lemon water adds citrate</li></ul>"
            "<p>Questions? Ask at your next visit.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: CME agenda with speakers, diseases and procedures.",
        frm=f"Dr. Grace Liu <gliu@{SUG}>",
        to="Dr. Samir Qureshi <squreshi@venturacountymed.org>",
        subject="Agenda - Central Coast Uro-Onc Symposium",
        body=(
            "Samir, final agenda:\n08:00 Active surveillance in Gleason 3+4 - A. Kessler MD\n"
            "09:00 PSMA PET in biochemical recurrence - S. Qureshi MD\n10:15 Break\n"
            "10:30 BCG-unresponsive bladder cancer: what's next - G. Liu MD\n"
            "11:30 Panel: metabolic stone workup\n\nThanks for joining us!"
        ),
    ),
    Spec(
        phi=False,
        category="IT notice",
        notes="IT downtime notice for the EHR.",
        frm=f"IT Help Desk <it@{SUG}>",
        to=f"All Staff <allstaff@{SUG}>",
        subject="EHR downtime Saturday 10pm-2am",
        body=(
            "The EHR will be offline Saturday 11/14 from 22:00 to 02:00 for the vendor upgrade.\n"
            "Downtime forms are in the blue binder at each station. Print your Monday schedules\n"
            "before you leave Friday.\n\nIT"
        ),
    ),
    Spec(
        phi=False,
        category="test patient in training",
        notes="Hard negative: clearly labelled synthetic test patient used in EHR training.",
        frm=f"IT Training <training@{SUG}>",
        to=f"New Hires <newhires@{SUG}>",
        subject="EHR training sandbox login",
        body=(
            "Welcome! For Tuesday's session use the TRAIN environment only. Practice on the fake\n"
            "patient 'ZZTEST, UROLOGY' (MRN TEST-000001, DOB 01/01/1900) - schedule a cystoscopy,\n"
            "order a PSA and sign a mock note. This is not a real person and the sandbox is wiped nightly."
        ),
    ),
    Spec(
        phi=False,
        category="policy document DOCX",
        notes="Hard negative: DOCX policy on specimen labelling with no patient data.",
        frm=f"Compliance <compliance@{SUG}>",
        to=f"Clinical Staff <clinical@{SUG}>",
        subject="Revised policy: biopsy specimen labelling",
        body="Revised policy attached; please attest in the LMS by Nov 30.",
        atts=(
            Att(
                "POL-CL-014_specimen_labelling.docx",
                DOCXT,
                docx(
                    [
                        "Policy CL-014: Prostate biopsy specimen labelling",
                        "Each core container is labelled at the bedside with two identifiers and the core site.",
                        "Requisitions to Beacon Pathology list the number of cores and the clinical history.",
                        "Mislabelled specimens are reported through the safety event system within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician referral directory",
        notes="Hard negative: provider names, specialties and NPIs sent to a referring office.",
        frm=f"Outreach <outreach@{SUG}>",
        to="Office Manager <office@oxnardfamilymed.com>",
        subject="Our providers and NPIs for your referral forms",
        body=(
            "Hi Lupe,\n\nAs requested:\n- Peter Nakamura, MD - stones, endourology - NPI: 1132437009\n"
            "- Anika Kessler, MD - urologic oncology, prostate MRI fusion - NPI: 1908280732\n"
            "- Omar Haddad, MD - men's health, vasectomy - NPI: 1437151081\n"
            "- Grace Liu, MD - female urology, bladder cancer - NPI: 1127060089\n\n"
            "Fax referrals to (805) 555-0100.\n\nOutreach Team"
        ),
    ),
    Spec(
        phi=False,
        category="DEA renewal reminder",
        notes="Hard negative: clinician DEA number and licence renewal, workforce data only.",
        frm=f"Credentialing <credentialing@{SUG}>",
        to=f"Dr. Omar Haddad <ohaddad@{SUG}>",
        subject="DEA registration renewal due",
        body=(
            "Dr. Haddad,\n\nYour DEA registration BH1702720 expires 12/31/2026. Renew at the DEA\n"
            "Diversion site and send me the new certificate so Coastal ASC can update your file.\n\n"
            "Credentialing"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified stone composition extract with year-only and 3-digit ZIP.",
        frm=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        to="Research Coordinator <research@ucsbstoneproject.edu>",
        subject="De-identified stone composition data (IRB 2026-114)",
        body="De-identified per Safe Harbor (year only, 3-digit ZIP, no ages over 89).",
        atts=(
            Att(
                "stone_composition_deid.csv",
                CSV,
                "study_id,year,zip3,sex,age_band,composition,size_mm\n"
                "S001,2025,930,M,40-49,calcium oxalate monohydrate,7\n"
                "S002,2025,930,F,30-39,uric acid,11\n"
                "S003,2026,931,M,60-69,struvite,18\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supply order XLSX",
        notes="Hard negative: supply order workbook with stent and catheter SKUs and lot numbers.",
        frm=f"Materials <materials@{SUG}>",
        to="Orders <orders@coastmedsupply.com>",
        subject="Standing order - December",
        body="December standing order attached, two tabs (clinic, ASC consignment).",
        atts=(
            Att(
                "Dec_standing_order.xlsx",
                XLSXT,
                xlsx(
                    {
                        "Clinic": [
                            ["SKU", "Item", "Qty"],
                            ["FC-16", "Foley catheter 16Fr", "200"],
                            ["BX-18G", "Biopsy needle 18G", "60"],
                        ],
                        "ASC consignment": [
                            ["SKU", "Item", "Qty"],
                            ["DJ-626", "Double-J stent 6Fr 26cm", "24"],
                            ["HL-272", "Holmium fiber 272um", "30"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="marketing event",
        notes="Community event invite on men's health, no condition implied about recipient.",
        frm=f"Community Outreach <outreach@{SUG}>",
        to="Events <events@venturachamber.org>",
        subject="Men's Health Month booth request",
        body=(
            "We'd like a booth at the June health fair. Two of our physicians will give free talks on\n"
            "prostate cancer screening and vasectomy myths. We need a 10x10 space and one outlet."
        ),
    ),
    Spec(
        phi=False,
        category="executive board update",
        notes="Hard negative: executive email with volumes, revenue and payer mix, no individuals.",
        frm=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        to="Board <board@seasideurology-partners.com>",
        subject="October operating summary",
        body=(
            "Board,\n\nOctober: 3,412 visits (+6% YoY), 211 ASC cases, 88 ESWL. Net collections $2.31M.\n"
            "Days in A/R 34. Medicare share 46%. The MRI-fusion program broke even in month 7.\n"
            "Denials for 55700 down after the documentation fix.\n\nPeter"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor thread",
        notes="Forwarded rfc822 vendor email about lithotripter service, no patients.",
        frm=f"Karen Doyle <kdoyle@{SUG}>",
        to=f"Dr. Peter Nakamura <pnakamura@{SUG}>",
        subject="FW: Lithotripter preventive maintenance",
        body="FYI - Tuesday list needs to start at 10.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Field Service <service@dornier-field.com>",
            to=f"kdoyle@{SUG}",
            subject="Lithotripter preventive maintenance",
            body="Our engineer will perform the annual PM on serial DLX-4471 on 11/17 from 07:00-10:00.",
        ),
    ),
    Spec(
        phi=False,
        category="patient survey aggregate PDF",
        notes="PDF of aggregate satisfaction scores, no individual patients.",
        frm=f"Quality Committee <quality@{SUG}>",
        to=f"All Staff <allstaff@{SUG}>",
        subject="Patient experience - October",
        body="Thanks all, scores attached. Wait times are still our lowest item.",
        atts=(
            Att(
                "PX_October.pdf",
                PDF,
                pdf(
                    [
                        "SEASIDE UROLOGY GROUP - Patient Experience, October 2026",
                        "Responses: 612   Likelihood to recommend: 91.4%",
                        "Provider explained things clearly: 94%   Wait time: 71%",
                    ],
                    "PX October",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job applicant reply",
        notes="Hard negative: HR reply to an applicant's aol mailbox about an interview; no health data.",
        frm=f"HR <hr@{SUG}>",
        to="Gail Summers <gailsummers@aol.com>",
        subject="Re: Interview - Patient Access Representative",
        body=(
            "Hi Gail,\n\nThanks for applying. Could you come in Thursday 11/19 at 1:30 for a 45-minute\n"
            "panel interview? Free parking is behind the building off Telegraph Rd.\n\n"
            "Best,\nNoor Haddad-Reyes\nHuman Resources, Seaside Urology Group"
        ),
    ),
]

MESSAGES = PHI + CLEAN
