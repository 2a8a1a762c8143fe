"""Sierra Hospice House: nurses, social workers, chaplain, admissions, bereavement and admin."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import FMT, RVFM, SHH, Att, Spec

DISCLAIMER = (
    "\n\nSierra Hospice House | 88 Manzanita Way, Grass Valley CA\n"
    "This message is intended only for the named recipient and may contain confidential "
    "information. If you are not the intended recipient, do not read, copy or forward it."
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="room number med change follow-up",
        notes=(
            "Hard positive: 'Mrs. K' with room number and morphine change, internal nurse handoff."
        ),
        frm=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
        to=f"night-nurses@{SHH}",
        subject="handoff rm 6",
        body=(
            "Mrs. K in room 6: Dr. Ambrose increased morphine SL to 10 mg q2h PRN, gave 2 doses "
            "this evening. Increased secretions, started glycopyrrolate. Daughter staying "
            "overnight on the recliner. Please reposition q2h."
        ),
    ),
    Spec(
        phi=True,
        category="death notification to PCP",
        notes="Death notice to the referring physician with name, date and time of death.",
        frm=f"Admissions <admissions@{SHH}>",
        to=f"Dr. Rohan Mehta-Ellison <rmehta@{RVFM}>",
        subject="Notification of death",
        body=(
            "Dr. Mehta-Ellison,\n\nWe wanted to let you know that your patient Winifred "
            "Ashcombe died peacefully at Sierra Hospice House on November 10, 2026 at 03:25, "
            "with her son present. Cause: metastatic breast cancer. Certificate is being "
            "prepared by Dr. Ambrose." + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="family update to relative",
        notes="Hard positive: nurse to son's gmail: 'your mom', first name, decline and sedation.",
        frm=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
        to="lukas.brandt.sf@gmail.com",
        subject="Update on your mom",
        body=(
            "Hi Lukas,\n\nYou asked me to email after rounds. Greta had a quiet night but she's "
            "sleeping most of the day now and not eating. We started a low dose of lorazepam "
            "for the restlessness. If you can come up this weekend I'd encourage it.\n\n"
            "Warmly,\nOdette"
        ),
    ),
    Spec(
        phi=True,
        category="admission face sheet PDF",
        notes="Face sheet PDF: name, DOB, MBI, diagnosis; to pharmacy partner.",
        frm=f"Admissions <admissions@{SHH}>",
        to="orders@hospicerxsolutions.com",
        subject="New admit - meds needed by 4pm",
        body="New admission, face sheet and comfort kit order attached." + DISCLAIMER,
        atts=(
            Att(
                "facesheet_admit_1110.pdf",
                "application/pdf",
                pdf(
                    [
                        "SIERRA HOSPICE HOUSE - ADMISSION FACE SHEET",
                        "Name: Thaddeus Oyelaran   DOB: 04/02/1939   Room 3",
                        "Medicare MBI: 3HT7-QN2-XW48",
                        "Terminal dx: end-stage COPD (J44.1), hypoxia on 4L O2",
                        "Comfort kit: morphine 20 mg/mL, lorazepam 2 mg/mL, haloperidol, atropine",
                    ],
                    "Face sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social worker to funeral home",
        notes="Social worker: name, expected death, family contact to funeral home.",
        frm=f"Imani Delacroix MSW <idelacroix@{SHH}>",
        to="arrangements@chapelofthepinesfh.com",
        subject="Pre-arrangement - Mr. Ferraro",
        body=(
            "Hello Dale,\n\nThe family of Antonio Ferraro (room 2) has chosen Chapel of the Pines. "
            "He is actively dying and we expect a call within 24-48 hours. Contact is his "
            "wife Lucia, 530-555-0172. Cremation; no autopsy.\n\nImani Delacroix, MSW"
        ),
    ),
    Spec(
        phi=True,
        category="census XLSX multi-sheet to medical director",
        notes="Census workbook with names, rooms, diagnoses and LOS; multiple sheets.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to=f"Dr. Celestine Ambrose <cambrose@{SHH}>",
        subject="Census for IDT Wednesday",
        body="Census and recert list attached.",
        atts=(
            Att(
                "IDT_census_1111.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Room", "Resident", "Dx", "Admit", "LOS"],
                            [1, "Haverford, Doris", "ALS", "2026-10-02", 40],
                            [3, "Oyelaran, Thaddeus", "ESCOPD", "2026-11-10", 1],
                            [6, "Kettleson, Marjorie", "Glioblastoma", "2026-10-28", 14],
                        ],
                        "Recerts": [
                            ["Resident", "Benefit period end"],
                            ["Haverford, Doris", "2026-12-30"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bereavement mailing list",
        notes=(
            "Hard positive: bereavement follow-up list naming survivors and the deceased patients."
        ),
        frm=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        to="volunteers@sierrahospicehouse.org",
        subject="Bereavement cards this week",
        body=(
            "Volunteers, please send 3-month cards to:\n"
            "- Lucia Ferraro (husband Antonio, died 8/14), 12 Quartz Ln, Nevada City\n"
            "- Raymond Ashcombe (mother Winifred), 409 Bennett St, Grass Valley\n"
            "- Sun-hee Park (father Jae-won, died 8/19), 77 Ridge Rd, Penn Valley\n\n"
            "Thank you,\nEverett"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip plus password in same mail",
        notes="Encrypted ZIP of a discharge summary; body names the patient and live discharge.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to="intake@goldcountryhomehospice.org",
        subject="Live discharge to your service",
        body=(
            "Colm Devereaux is being discharged home to your routine hospice service tomorrow; "
            "his pain is controlled and he wants to be at home. Summary attached, password "
            "sent by text." + DISCLAIMER
        ),
        atts=(
            Att(
                "discharge_summary.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "summary.txt": (
                            "Colm Devereaux DOB 1944-02-17 pancreatic ca, hydromorphone 2 mg q4h"
                        )
                    },
                    "GrassValley88",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo for memorial with diagnosis",
        notes="Hard positive: PNG named with resident's name and room sent to family's icloud.",
        frm=f"Imani Delacroix MSW <idelacroix@{SHH}>",
        to="paulinekettleson@icloud.com",
        subject="Photo from today",
        body=(
            "Pauline, here is the photo from your mom's birthday party in the garden today. "
            "She really perked up with the music despite how tired the radiation left her."
        ),
        atts=(Att("Marjorie_Kettleson_room6_birthday.png", "image/png", png(5, 5, (90, 160, 90))),),
    ),
    Spec(
        phi=True,
        category="DME order",
        notes="DME order for hospital bed naming resident and diagnosis-driven need.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to="orders@sierradme.com",
        subject="Bariatric bed room 4",
        body=(
            "Please deliver a bariatric low air loss mattress for Harlan Quesnel, room 4, "
            "today. Stage 3 sacral pressure injury, 340 lbs. Bill to hospice per diem."
        ),
    ),
    Spec(
        phi=True,
        category="forwarded family email thread",
        notes="Forwarded thread: daughter asks about her father's medications; nurse forwards.",
        frm=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
        to=f"Dr. Celestine Ambrose <cambrose@{SHH}>",
        subject="Fwd: Dad's meds",
        body="Celeste, can you call her? She's upset about the haloperidol.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Noor Haddad <noor.haddad77@hotmail.com>",
            to=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
            subject="Dad's meds",
            body=(
                "Odette, why is my father Karim Haddad getting haloperidol? He has never had "
                "psychiatric problems. I want to understand before Saturday."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="volunteer visit list",
        notes="Hard positive: volunteer schedule with resident first names, rooms and needs.",
        frm=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        to="weekend-volunteers@sierrahospicehouse.org",
        subject="Weekend visits",
        body="",
        html=(
            "<html><body><ul><li>Room 1 - Doris (ALS, uses letter board, loves Sinatra)</li>"
            "<li>Room 4 - Harlan (wound care at 10, visit after)</li>"
            "<li>Room 6 - Marjorie (brain tumor, confused in the evening)</li></ul>"
            "<p>Thank you for sitting with them. - Everett</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="billing claim to payer",
        notes="Hospice billing: member ID, room and board dates, GIP level to Medicaid plan.",
        frm=f"Billing <billing@{SHH}>",
        to="hospice.claims@anthemmedi-cal.com",
        subject="Room and board claim",
        body=(
            "Resubmitting room and board for Doris Haverford, member ID ANM44820917, "
            "10/02-10/31/2026, 30 days at the SNF-equivalent rate. Level of care changed to "
            "GIP 10/22-10/25 for symptom crisis.\n\nBilling Office"
        ),
    ),
    Spec(
        phi=True,
        category="transport request hospice to home",
        notes="Request to Foothill transport: name, home address, oxygen, stretcher, DNR.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to=f"dispatch@{FMT}",
        subject="Gurney transport tomorrow 10am",
        body=(
            "Need a gurney van tomorrow 10:00 for Colm Devereaux from Sierra Hospice House to "
            "1450 Cedar Ravine Rd, Placerville. On 3L oxygen, POLST/DNR travels with him. "
            "Wife Moira will meet you at the house." + DISCLAIMER
        ),
    ),
    Spec(
        phi=True,
        category="subject line only name and status",
        notes=(
            "Hard positive: resident name and 'actively dying' only in subject; body is logistic."
        ),
        frm=f"Odette Fairbanks RN <ofairbanks@{SHH}>",
        to=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        subject="Jae-won Park actively dying - family requests you",
        body="Family is in the room now. Can you come by before 3?",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="hospice aggregate annual report",
        notes="Hard negative: annual report with death counts, average LOS, top diagnoses.",
        frm=f"Margaret Lindqvist <mlindqvist@{SHH}>",
        to="board@sierrahospicehouse.org",
        subject="FY2026 annual report draft",
        body=(
            "Board members,\n\nDraft highlights: 214 residents served, 188 deaths, median "
            "length of stay 11 days, top diagnoses cancer (52%), dementia (17%), heart "
            "failure (12%). Live discharge rate 6%.\n\nMargaret Lindqvist, Executive Director"
        ),
    ),
    Spec(
        phi=False,
        category="fundraising gala invitation",
        notes="HTML-only donor invitation to a donor's personal mailbox; no patient.",
        frm=f"Sierra Hospice House Foundation <foundation@{SHH}>",
        to="Evelyn Hartigan <evhartigan@yahoo.com>",
        subject="You're invited: Evening of Light",
        body="",
        html=(
            "<html><body><h1>An Evening of Light</h1><p>Join us Dec 5 at the Holbrooke Hotel "
            "to support comfort care for our community. Tickets $85.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="staff condolence",
        notes="Hard negative: staff member's own bereavement leave announcement (workforce, HR).",
        frm=f"Margaret Lindqvist <mlindqvist@{SHH}>",
        to=f"all-staff@{SHH}",
        subject="Sympathy for Odette",
        body=(
            "Dear team, Odette's father passed away last weekend in Oregon. She is on "
            "bereavement leave through next Friday. A card is at the nurses' station."
        ),
    ),
    Spec(
        phi=False,
        category="opioid disposal policy",
        notes=(
            "Hard negative: controlled substance disposal policy with drug names and DEA, no "
            "residents."
        ),
        frm=f"Dr. Celestine Ambrose <cambrose@{SHH}>",
        to=f"nurses@{SHH}",
        subject="Revised medication disposal procedure",
        body=(
            "Effective Monday, two nurses witness every wasting of morphine, hydromorphone, "
            "fentanyl and lorazepam, using the Rx Destroyer bins. Log in the narcotic book. "
            "Registrant: Celestine Ambrose MD, DEA FA3640427, NPI 1127009383."
        ),
    ),
    Spec(
        phi=False,
        category="volunteer training agenda",
        notes=(
            "Hard negative: training agenda to a new volunteer's personal mailbox about dying "
            "process and dementia, no residents."
        ),
        frm=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        to="Marisol Fenn <marisol.fenn@outlook.com>",
        subject="Volunteer training Saturday",
        body=(
            "Agenda:\n9:00 Hospice philosophy\n10:00 Signs of approaching death (Odette "
            "Fairbanks RN)\n11:00 Dementia and communication\n12:00 Lunch\n1:00 HIPAA and "
            "confidentiality\n2:00 Grief and self-care (Imani Delacroix MSW)"
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy vendor invoice",
        notes="Hard negative: per diem pharmacy invoice with drug totals, no resident names.",
        frm=f"Accounts Payable <ap@{SHH}>",
        to="billing@hospicerxsolutions.com",
        subject="October invoice question",
        body=(
            "Invoice HRX-102288 shows 61 morphine concentrate units; our count is 58. Can you "
            "send the line detail? Total $14,207.66 otherwise approved."
        ),
    ),
    Spec(
        phi=False,
        category="CAHPS hospice survey results",
        notes="Hard negative: aggregate family-survey scores PDF.",
        frm=f"Margaret Lindqvist <mlindqvist@{SHH}>",
        to=f"leadership@{SHH}",
        subject="CAHPS Hospice Q2 results",
        body="Results attached, top-box for pain help rose to 81%.",
        atts=(
            Att(
                "CAHPS_Q2.pdf",
                "application/pdf",
                pdf(
                    [
                        "SIERRA HOSPICE HOUSE - CAHPS HOSPICE SURVEY Q2 2026",
                        "Responses: 47   Response rate: 33%",
                        "Getting help for pain and symptoms: 81% top-box",
                        "Willing to recommend: 92%",
                    ],
                    "CAHPS",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="kitchen vendor order",
        notes="Food vendor order mentioning pureed and thickened diets generically.",
        frm=f"Kitchen <kitchen@{SHH}>",
        to="orders@sysco-sacramento.com",
        subject="Weekly order",
        body="Add 2 cases thickened water (nectar), 1 case pureed entrees, ice cream cups x 48.",
    ),
    Spec(
        phi=False,
        category="job posting hospice RN",
        notes="Hard negative: RN job post with symptom management and controlled drug duties.",
        frm=f"Human Resources <hr@{SHH}>",
        to="postings@indeed-employers.com",
        subject="Night RN - inpatient hospice",
        body=(
            "Night RN, 3x12. Pain and symptom management, end-of-life care, opioid "
            "titration under protocol, family support. CHPN a plus. $62-74/hr."
        ),
    ),
    Spec(
        phi=False,
        category="staff CPR certification roster",
        notes="Hard negative: staff license and BLS expirations (workforce data), XLSX.",
        frm=f"Human Resources <hr@{SHH}>",
        to=f"nurse-managers@{SHH}",
        subject="BLS expirations",
        body="Please remind these folks to renew before Dec 31.",
        atts=(
            Att(
                "BLS_expiring.xlsx",
                XLSX,
                xlsx(
                    {
                        "Staff": [
                            ["Employee", "Role", "RN License", "BLS exp"],
                            ["Fairbanks, Odette", "RN", "RN 95188234", "2026-12-15"],
                            ["Moreau, Tobias", "CNA", "", "2026-12-22"],
                        ]
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="partner MOU",
        notes="Business MOU with the family practice about referrals; DOCX, no patients.",
        frm=f"Margaret Lindqvist <mlindqvist@{SHH}>",
        to=f"Donald Kearney <dkearney@{RVFM}>",
        subject="Referral MOU draft",
        body="Don, draft MOU attached. Happy to meet after Thanksgiving.",
        atts=(
            Att(
                "MOU_RVFM_SHH.docx",
                DOCX,
                docx(
                    [
                        "Memorandum of Understanding - Sierra Hospice House and Redwood Valley "
                        "Family Medicine",
                        "Both parties will share referral criteria and hold a quarterly case "
                        "conference.",
                        "No protected health information is exchanged under this MOU outside the "
                        "EHR.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="newsletter article about grief",
        notes="Health topic newsletter to community subscribers, no individuals.",
        frm=f"Imani Delacroix MSW <idelacroix@{SHH}>",
        to="community@lists.sierrahospicehouse.org",
        subject="Grief during the holidays",
        body=(
            "The holidays can be hard after a loss. Our free grief group meets Tuesdays at 6 "
            "in the chapel. Anyone in Nevada County is welcome, whether or not your person "
            "was cared for by hospice."
        ),
    ),
    Spec(
        phi=False,
        category="IT password reset",
        notes="IT mail about EHR password expiry.",
        frm=f"IT <it@{SHH}>",
        to=f"all-staff@{SHH}",
        subject="EHR passwords expire Monday",
        body="All Axxess passwords expire Monday. Reset from any workstation; MFA stays the same.",
    ),
    Spec(
        phi=False,
        category="state survey preparation",
        notes="Hard negative: survey prep list referencing chart audits, medication errors counts.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to=f"leadership@{SHH}",
        subject="Survey window opens",
        body=(
            "CDPH survey window opens next month. Chart audit: 20 charts, 3 missing "
            "signed election statements, 2 late recerts. Medication errors this quarter: 4, "
            "none with harm. Let's fix the election forms first."
        ),
    ),
    Spec(
        phi=False,
        category="memorial service announcement public",
        notes="Hard negative: annual public remembrance event, no names of deceased listed.",
        frm=f"Chaplain Everett Nakashima <enakashima@{SHH}>",
        to="community@lists.sierrahospicehouse.org",
        subject="Tree of Remembrance Dec 13",
        body=(
            "Join us to light the Tree of Remembrance on Dec 13 at 4pm. You may bring an "
            "ornament for anyone you have lost, wherever they died."
        ),
    ),
]
