"""Summit Skin & Mohs Surgery: outbound mail that carries PHI (20 messages, mostly quiet forms)."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import DISCLAIMER, SSK, Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="texting-style surname plus biopsy result",
        notes="Hard positive: lower-case surname, 'bx back bcc' and a Mohs request, no title",
        frm=f"Kiana Roberts <kroberts@{SSK}>",
        to=f"mohs-scheduling@{SSK}",
        subject="hale - bx back",
        body=(
            "hale's shave from tues came back bcc nodular, L nasal ala. he wants mohs before\n"
            "xmas if poss. can u look at wk of 11/30? he's ok w/ any morning\n\n"
            "k\n"
        ),
    ),
    Spec(
        phi=True,
        category="wife's gmail with first name and post-Mohs care",
        notes="Hard positive: first name of the patient next to 'after his Mohs', to his wife",
        frm=f"Dana Whitcomb RN <dwhitcomb@{SSK}>",
        to="leila.haddadi@gmail.com",
        subject="dressing instructions",
        body=(
            "Hi Leila,\n\n"
            "Nice talking to you this afternoon. For Omar after his Mohs yesterday: leave the\n"
            "pressure bandage on his forehead for 48 hours, then clean once a day with soap and\n"
            "water and put on Vaseline and a fresh bandaid. Some bruising around the eye is\n"
            "normal. If it bleeds, press firmly for 20 minutes without peeking.\n\n"
            "Suture removal is next Thursday at 10:40.\n\n"
            "Dana\nSummit Skin & Mohs Surgery | 312-555-0148\n"
        ),
    ),
    Spec(
        phi=True,
        category="lesion photo with patient name only in the PNG file name",
        notes="Hard positive: the body says nothing identifying; the photo's file name names the "
        "patient, body site and date",
        frm=f"Dr. Rafael Alvarez <ralvarez@{SSK}>",
        to="dermpath@midwestdermpath.com",
        subject="clinical photo for correlation",
        body="photo from today for your correlation on the shin shave, thx\n\nRA\n",
        atts=(Att("Okonkwo_Chidi_L_shin_2026-11-03.png", "image/png", png(8, 6, (176, 92, 80))),),
    ),
    Spec(
        phi=True,
        category="PDF whose file name carries the patient and accession",
        notes="Hard positive: the PDF is a fax cover page; the patient's name and the pathology "
        "accession are only in the file name",
        frm=f"Front Desk <frontdesk@{SSK}>",
        to="records@northgatefamilymed.com",
        subject="requested records",
        body=(
            "Please see attached as requested. Fax to follow if you prefer.\n\nSummit Skin\n"
            + DISCLAIMER
        ),
        atts=(
            Att(
                "path_report_Brennan_Moira_S26-41877.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT SKIN & MOHS SURGERY",
                        "Fax cover sheet",
                        "To: Northgate Family Medicine, medical records",
                        "Pages: 3 including cover",
                        "The documents accompanying this transmission are confidential.",
                    ],
                    "Fax cover",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="isotretinoin roster with initials and DOB",
        notes="Hard positive: initials plus full dates of birth plus iPLEDGE pregnancy-test dates "
        "in a CSV",
        frm=f"Sofia Marchetti <smarchetti@{SSK}>",
        to=f"ipledge-team@{SSK}",
        subject="December accutane roster",
        body="Roster for December confirmations attached. Two still need their labs drawn.\n",
        atts=(
            Att(
                "accutane_dec.csv",
                "text/csv",
                "initials,dob,month_on_tx,last_hcg,next_hcg_due,dose_mg\n"
                "J.R.,2004-03-17,3,2026-11-02,2026-12-01,40\n"
                "T.N.,2001-09-30,5,2026-11-04,2026-12-03,60\n"
                "A.M.,2007-01-12,1,2026-10-29,2026-11-27,40\n"
                "K.O.,1999-06-08,4,,2026-11-25,80\n"
                "L.P.,2005-12-22,2,,2026-11-26,40\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Mrs. K room and retinoid switch with callback number",
        notes="Hard positive: 'Mrs. K' with exam room, a medication change and her cell number",
        frm=f"Tess Lindgren PA-C <tlindgren@{SSK}>",
        to=f"cosmetic-desk@{SSK}",
        subject="rm 3",
        body=(
            "Mrs. K in rm 3 wants to come off the tretinoin (too irritating) - switching her to\n"
            "tazarotene 0.045% lotion qhs. She's also the 2pm filler. Please call her back at\n"
            "773-555-0182 once the PA for the taz goes through.\n"
        ),
    ),
    Spec(
        phi=True,
        category="billing workbook with member ids and Mohs claim lines",
        notes="Claim lines with member ids, DOB and Mohs CPT codes on two sheets",
        frm=f"Marcus Bell <mbell@{SSK}>",
        to="team@precisionrcm.com",
        subject="October denials - Summit Skin",
        body=(
            "Attached are the October denials. Sheet 2 has the ones BCBS says need the path\n"
            "report attached. Let me know what else you need.\n\nMarcus Bell, Billing Manager\n"
        ),
        atts=(
            Att(
                "summit_oct_denials.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Denials": [
                            ["Patient", "DOB", "Member ID", "DOS", "CPT", "Dx", "Reason"],
                            [
                                "Feldman, Irene",
                                "1951-04-11",
                                "XQH884210937",
                                "2026-10-06",
                                "17311",
                                "C44.311",
                                "CO-16",
                            ],
                            [
                                "Ortiz, Ramon",
                                "1948-11-02",
                                "W27731904",
                                "2026-10-08",
                                "17312",
                                "C44.212",
                                "CO-197",
                            ],
                            [
                                "Yamada, Ken",
                                "1962-07-25",
                                "MDX5520194",
                                "2026-10-14",
                                "11102",
                                "D48.5",
                                "CO-50",
                            ],
                        ],
                        "Need path": [
                            ["Patient", "Member ID", "DOS", "CPT"],
                            ["Ortiz, Ramon", "W27731904", "2026-10-08", "17312"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only skin check reminder to patient",
        notes="Appointment for care with patient's first name at her personal mailbox",
        frm=f"Summit Skin Reminders <reminders@{SSK}>",
        to="grace.mbeki@yahoo.com",
        subject="Your upcoming appointment",
        body="",
        html=(
            "<html><body><p>Hi Grace,</p>"
            "<p>This is a reminder of your <b>full-body skin exam</b> with Dr. Rafael Alvarez on "
            "<b>Thursday, November 12 at 9:20 AM</b> at our Lincoln Park office.</p>"
            "<p>Since you are following up on the atypical mole removed from your back in May, "
            "please do not wear nail polish or makeup.</p>"
            "<p>Reply C to confirm.</p><p>Summit Skin &amp; Mohs Surgery</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email about hives on dupilumab",
        notes="Patient's own email forwarded internally as message/rfc822",
        frm=f"Nora Castellanos <ncastellanos@{SSK}>",
        to=f"Dr. Priya Venkatesan <pvenkatesan@{SSK}>",
        subject="Fwd: question about my shot",
        body="pt portal msg came to the general inbox, see below. can you advise?\n\nNora\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Hannah Lefebvre <hlefebvre88@icloud.com>",
            to=f"info@{SSK}",
            subject="question about my shot",
            body=(
                "Hello, I started the Dupixent injections 2 weeks ago for my eczema and now I\n"
                "have hives on my arms and my eyes are red and itchy. Should I skip this\n"
                "weekend's dose? My DOB is 02/14/1990.\n\nThanks, Hannah Lefebvre\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization for biologic",
        notes="Prior auth letter with name, DOB, member id, diagnosis and drug",
        frm=f"Prior Auth <priorauth@{SSK}>",
        to="pa-intake@heartlandhealthplan.com",
        subject="PA request - Skyrizi",
        body=(
            "Please find the prior authorization request below.\n\n"
            "Member: Gerald Whitaker   DOB: 08/19/1967   Member ID: HHP884271190\n"
            "Diagnosis: L40.0 psoriasis vulgaris, BSA 14%, PASI 16.2\n"
            "Requested: risankizumab-rzaa 150 mg SC wk 0, 4, then q12w\n"
            "Failed: methotrexate 15 mg weekly x 6 months (transaminitis), NB-UVB x 30 sessions\n"
            "Prescriber: Priya Venkatesan, MD  NPI: 1458228420\n\n"
            "Summit Skin & Mohs Surgery prior authorization team\n"
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite naming Mohs patient and site",
        notes="Hard positive: only the ICS summary names the patient (initial, surname) and site",
        frm=f"OR Scheduler <orsched@{SSK}>",
        to=f"Dr. Helena Vasquez <hvasquez@{SSK}>",
        subject="Mohs add-on Fri 7:30",
        body="Added to your Friday block. Anticoag held per PCP.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Skin//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mohs-20261113-0730@summitskin.org\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261113T133000Z\r\n"
            "DTEND:20261113T163000Z\r\nSUMMARY:Mohs - T. Nakamura - R ear helix SCC\r\n"
            "LOCATION:Procedure room 2\r\nDESCRIPTION:Eliquis held 48h. Possible wedge repair.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="lower-case name with Mohs stage result",
        notes="Hard positive: texting style, full name in lower case with margin status and flap",
        frm=f"Jen Okafor <jokafor@{SSK}>",
        to=f"recon@{SSK}",
        subject="stage 2 clear",
        body=(
            "vikram patel margins clear on stage 2, 1.8 x 1.4 defect L cheek. closing w/ "
            "advancement flap after lunch, can u set up rm 5\n"
        ),
    ),
    Spec(
        phi=True,
        category="zip of cosmetic before-after photos named for patient",
        notes="Hard positive: full-face photo files named for the patient in a zip to a lab",
        frm=f"Tess Lindgren PA-C <tlindgren@{SSK}>",
        to=f"photos@{SSK}",
        subject="2 wk botox f/u pics",
        body="uploading these for the chart, the portal upload is down again\n",
        atts=(
            Att(
                "Reyes_Marisol_botox_2wk.zip",
                "application/zip",
                zipped(
                    {
                        "Reyes_Marisol_front_before.png": png(6, 6, (220, 190, 170)),
                        "Reyes_Marisol_front_2wk.png": png(6, 6, (224, 194, 174)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX consult letter to PCP",
        notes="Consult letter with name, DOB, findings and plan",
        frm=f"Dr. Priya Venkatesan <pvenkatesan@{SSK}>",
        to="dr.osei@northgatefamilymed.com",
        subject="Consult letter",
        body="Dear Dr. Osei, thank you for the referral. My note is attached.\n",
        atts=(
            Att(
                "consult_letter.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Summit Skin & Mohs Surgery",
                        "Re: Anthony Delacroix, DOB 05/03/1958",
                        "Seen 11/05/2026 for a changing pigmented lesion of the upper back.",
                        "Dermoscopy showed atypical network; excisional biopsy was performed.",
                        "Pathology: melanoma in situ, margins involved. Wide local excision "
                        "with 5 mm margins is scheduled.",
                        "Sincerely, Priya Venkatesan, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="financial counselor note on payment plan",
        notes="Hard positive: surname, his daughter and a Mohs balance on a payment plan",
        frm=f"Yolanda Pierce <ypierce@{SSK}>",
        to=f"billing@{SSK}",
        subject="payment plan",
        body=(
            "Talked with Mr. Ferreira's daughter today. They'll do $100/mo on the $1,240 balance\n"
            "from his Mohs + repair in Sept. Please set it up on acct 40017782 and hold\n"
            "collections.\n\nYolanda\n"
        ),
    ),
    Spec(
        phi=True,
        category="reply to daughter about anticoagulant before surgery",
        notes="Hard positive: reply quoting a relative; mother identified through her and her "
        "surgery date and medication",
        frm=f"Dana Whitcomb RN <dwhitcomb@{SSK}>",
        to="priya.raman77@hotmail.com",
        subject="Re: mom's surgery Tuesday",
        body=(
            "Hi Priya,\n\nYes, your mom can take her Eliquis as usual the morning of surgery - "
            "Dr. Vasquez prefers patients stay on it. Have her eat breakfast and bring her "
            "reading glasses. Check-in is 7:15.\n\nDana\n\n"
            "> On Mon, Nov 9, Priya Raman wrote:\n"
            "> Hi, my mother Lakshmi Raman has her skin cancer surgery on her nose Tuesday.\n"
            "> Does she stop her blood thinner?\n"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 pathology result to referring clinic",
        notes="HL7 ORU with patient name, DOB and melanoma result",
        frm=f"Interfaces <hl7@{SSK}>",
        to="inbound-results@northgatefamilymed.com",
        subject="ORU batch 20261110",
        body="Automated result delivery. 1 message.\n",
        atts=(
            Att(
                "oru_20261110.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|SSKPATH|SUMMITSKIN|NGFM|NORTHGATE|202611101422||ORU^R01|SS8841|P|2.5.1\r"
                "PID|1||SSK0048213^^^SSK^MR||KIMURA^AIKO^^^^^L||19740921|F|||118 W ASHLAND AVE"
                "^^CHICAGO^IL^60607\r"
                "OBR|1||S26-41902|88305^Dermpath^CPT|||20261106\r"
                "OBX|1|TX|22637-3^Path report^LN||Superficial spreading melanoma, Breslow 0.6 mm,"
                " margins clear||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="add-on list in lower case with procedures",
        notes="Hard positive: surnames in lower case with cryotherapy and a psoriasis drug",
        frm=f"Kiana Roberts <kroberts@{SSK}>",
        to=f"Dr. Priya Venkatesan <pvenkatesan@{SSK}>",
        subject="tmrw add ons",
        body=(
            "tmrw add-ons:\n"
            "- liu, h  cryo x3 AKs scalp\n"
            "- dembele  recheck psoriasis on otezla, wants to stop bc of GI upset\n"
            "- santos-lima  wart f/u, cantharidin #2\n"
        ),
    ),
    Spec(
        phi=True,
        category="PHI in subject only",
        notes="Hard positive: name and re-excision for melanoma in situ only in the subject line",
        frm=f"Dr. Helena Vasquez <hvasquez@{SSK}>",
        to=f"orsched@{SSK}",
        subject="Re: Beatriz Santos - MIS re-excision",
        body="Done, added to Friday after the second Mohs case.\n\nHV\n",
    ),
    Spec(
        phi=True,
        category="phone message TXT with methotrexate side effect",
        notes="Phone message note in a TXT attachment; body is only 'see attached'",
        frm=f"Call Center <callcenter@{SSK}>",
        to=f"nurse-line@{SSK}",
        subject="phone msg",
        body="see attached\n",
        atts=(
            Att(
                "phone_msg_1110.txt",
                "text/plain",
                "Caller: Darnell Whitfield (self)  cb 708-555-0119\n"
                "Re: mouth sores and nausea since increasing methotrexate to 20 mg weekly for\n"
                "psoriasis. Taking folic acid. Asks if he should hold this week's dose.\n"
                "Taken by: M. Osei 11/10 09:52\n",
            ),
        ),
    ),
]

assert sum(m.phi for m in MESSAGES) == 20 and len(MESSAGES) == 20
