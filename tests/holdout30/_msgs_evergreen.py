"""Evergreen Adult Family Homes: small licensed care homes for older adults."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import CMC, EAF, Att, Spec

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="fall incident report to state",
        notes="Incident report with resident name, fall and injury to the state complaint line.",
        frm=f"Nadia Petrov <cedarhouse@{EAF}>",
        to="cri@dshs.wa.gov",
        subject="Incident report - Cedar House",
        body=(
            "Reporting per WAC 388-76: resident Margaret Olsen (DOB 04/17/1933) fell in the "
            "bathroom 11/08 at 02:10. Found on floor, skin tear to left forearm, no LOC. Sent to "
            "Evergreen ER, X-ray negative, returned 06:30. Bed alarm added, PT referral.\n\n"
            "Nadia Petrov, Provider\nEvergreen AFH - Cedar House, license #751203\n"
        ),
    ),
    Spec(
        phi=True,
        category="MAR spreadsheet to pharmacy",
        notes=(
            "Hard positive: multi-sheet MAR workbook by room with first names and meds; body is "
            "one line."
        ),
        frm=f"Birch House <birchhouse@{EAF}>",
        to="blisterpacks@communitycarerx.com",
        subject="Dec cycle fill",
        body="Dec cycle fill list attached. Two changes on sheet 2.\n",
        atts=(
            Att(
                "BirchHouse_Dec_cycle.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Current": [
                            ["Room", "Resident", "Medication", "Sig"],
                            [1, "Ethel Granger", "furosemide 20 mg", "daily AM"],
                            [2, "Katarzyna Kowalczyk", "memantine 5 mg", "daily"],
                            [3, "Ray Duchamp", "metformin 500 mg", "BID with meals"],
                        ],
                        "Changes": [
                            ["Room", "Resident", "Change", "Prescriber"],
                            [2, "Katarzyna Kowalczyk", "STOP diphenhydramine", "Dr. N. Brandt"],
                            [3, "Ray Duchamp", "ADD lisinopril 5 mg daily", "Dr. A. Ibarra"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="update to resident's daughter",
        notes="Chatty update to a daughter's hotmail about her dad's UTI and antibiotic.",
        frm=f"Joy Manalo <maplehouse@{EAF}>",
        to="sheila.dombrowski@hotmail.com",
        subject="Your dad this week",
        body=(
            "Hi Sheila!\n\nJust a quick update on your dad. Eddie was more confused Tuesday and "
            "the "
            "nurse delegator sent a urine sample - it came back as a UTI, so Dr. Ibarra started "
            "him on nitrofurantoin for 5 days. He's already more himself, ate all his pancakes "
            "this morning :)\n\nHugs,\nJoy\nMaple House\n"
        ),
    ),
    Spec(
        phi=True,
        category="admission packet PDF",
        notes="Admission assessment PDF with name, DOB, diagnoses and Medicaid id to case manager.",
        frm=f"Admissions <admissions@{EAF}>",
        to="cm.kingcounty@aaa-nwwa.org",
        subject="Signed negotiated care plan",
        body="Attached is the signed NCP for the new admission.\n",
        atts=(
            Att(
                "NCP_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVERGREEN ADULT FAMILY HOMES - NEGOTIATED CARE PLAN",
                        "Resident: Josephine Baptiste  DOB 12/09/1936  ProviderOne ID 200417732WA",
                        "Diagnoses: Alzheimer's dementia, CHF, type 2 diabetes",
                        "Assistance: 1-person transfer, insulin by nurse delegation, diabetic diet",
                    ],
                    "NCP",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of wound named file",
        notes=(
            "Hard positive: pressure-injury photo; resident name only in the PNG file name, body "
            "generic."
        ),
        frm=f"Cedar House <cedarhouse@{EAF}>",
        to="woundcare@bayviewhomehealth.com",
        subject="photo for tomorrow's visit",
        body="Photo from this morning as requested. Thank you.\n",
        atts=(Att("Olsen_Margaret_sacrum_1110.png", "image/png", png(6, 6, (180, 80, 80))),),
    ),
    Spec(
        phi=True,
        category="hospice referral",
        notes="Hospice referral email with name, diagnosis and decline.",
        frm=f"Rosa Delgado <birchhouse@{EAF}>",
        to="referrals@whidbeyhospice.org",
        subject="Hospice referral - Birch House",
        body=(
            "Hello, we'd like to refer Ethel Granger (DOB 09/25/1930), Birch House room 1. "
            "End-stage CHF, eating very little, weight down 12 lb in a month, sleeping most of "
            "the day. Her POLST is DNR/comfort. Family (son Dean, 360-555-0129) agrees.\n\nRosa\n"
        ),
    ),
    Spec(
        phi=True,
        category="ICS appointment transport",
        notes="Hard positive: invite to a driver for a resident's neurology infusion appointment.",
        frm=f"Maple House <maplehouse@{EAF}>",
        to="dispatch@hopelinktransport.org",
        subject="Ride request: Mr. Dziedzic 11/17",
        body="Wheelchair van please, invite attached.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Evergreen AFH//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:eafh-ride-2291@evergreenafh.com\r\nDTSTAMP:20261110T180000Z\r\n"
            "DTSTART:20261117T160000Z\r\nDTEND:20261117T210000Z\r\n"
            "SUMMARY:Stanislaw Dziedzic - MS infusion at Pinecrest Neurology\r\n"
            "DESCRIPTION:Pickup 7:45 AM Maple House 3120 Maple Rd Lynnwood. Return after "
            "infusion.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="private pay invoice to family",
        notes=(
            "Hard positive: payment for care, invoice naming the resident, hospice-level care "
            "and supplies, to a son's gmail."
        ),
        frm=f"Billing <billing@{EAF}>",
        to="d.granger.wa@gmail.com",
        subject="December invoice - Ethel Granger",
        body=(
            "Hi Dean, December invoice for your mother: room and board $6,200; high-care add-on "
            "(hospice-level) $900; incontinence supplies $140. Total $7,240 due Dec 5.\n"
        ),
    ),
    Spec(
        phi=True,
        category="nurse delegation TXT",
        notes="Hard positive: TXT delegation notes for insulin with first names and doses.",
        frm=f"RN Delegator <rn@{EAF}>",
        to="caregivers.cedar@evergreenafh.com",
        subject="updated delegation",
        body="New delegation instructions attached, please sign the training sheet.\n",
        atts=(
            Att(
                "delegation_cedar.txt",
                "text/plain",
                "Cedar House delegation 11/10/2026\nJosephine B. rm 4 - insulin glargine 14 "
                "units at 8 PM; check BG before breakfast.\n"
                "Margaret O. rm 1 - enoxaparin 40 mg SC daily x 10 days post fall.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded pharmacy fax text",
        notes="Forwarded rfc822 from pharmacy about a resident's warfarin INR.",
        frm=f"Joy Manalo <maplehouse@{EAF}>",
        to=f"rn@{EAF}",
        subject="Fwd: INR result",
        body="Can you call them back today? I don't know what to hold.\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Anticoag Clinic <anticoag@northsidefamilymed.com>",
            to=f"maplehouse@{EAF}",
            subject="INR result",
            body=(
                "Resident Stanislaw Dziedzic INR today 4.1. Hold warfarin tonight, recheck "
                "Friday.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="census roster CSV to county",
        notes="Resident census CSV with names, DOB, Medicaid ids and care level.",
        frm=f"Admissions <admissions@{EAF}>",
        to="aaa-billing@aaa-nwwa.org",
        subject="November census",
        body="November census attached for the Medicaid residents.\n",
        atts=(
            Att(
                "census_nov.csv",
                "text/csv",
                "home,resident,dob,providerone,care_level,diagnosis\r\n"
                "Cedar,Josephine Baptiste,1936-12-09,200417732WA,D,dementia\r\n"
                "Maple,Stanislaw Dziedzic,1942-07-19,200388154WA,C,multiple sclerosis\r\n"
                "Birch,Ray Duchamp,1939-03-04,200551209WA,B,diabetes\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOCX behavior log",
        notes="Behaviour log DOCX for a memory clinic visit, resident name and incidents.",
        frm=f"Nadia Petrov <cedarhouse@{EAF}>",
        to=f"coord@{CMC}",
        subject="behavior log for Mr. Jeffers' visit",
        body="Behaviour log attached for Dr. Brandt before his visit Monday.\n",
        atts=(
            Att(
                "behavior_log.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Resident: Harold Jeffers - Cedar House",
                        "11/03 17:30 exit-seeking, redirected with walk",
                        "11/05 19:00 verbal aggression toward caregiver, PRN quetiapine given",
                        "11/07 sleeping better, no incidents",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI",
        notes=(
            "Hard positive: subject names resident and hospital discharge; body is only a question."
        ),
        frm=f"Rosa Delgado <birchhouse@{EAF}>",
        to=f"admissions@{EAF}",
        subject="Ray Duchamp discharged from Swedish after DKA - readmit today?",
        body="Do we need a new assessment before he comes back?\n",
    ),
    Spec(
        phi=True,
        category="HTML-only family newsletter with resident health news",
        notes="Hard positive: cheerful HTML family note that names a resident's hospital stay.",
        frm=f"Maple House <maplehouse@{EAF}>",
        to="maplehouse-families@googlegroups.com",
        subject="Maple House news",
        body="",
        html=(
            "<p>Hello Maple House families!</p><p>Our Thanksgiving potluck is Nov 21 at 1 PM. "
            "Please welcome back <b>Mr. Eddie Dombrowski</b>, home from the hospital after his "
            "pneumonia - he'd love visitors!</p><p>Joy</p>"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of resident face sheets",
        notes="Zip of face sheets for an emergency evacuation binder sent to a partner home.",
        frm=f"Admissions <admissions@{EAF}>",
        to="owner@sunriseafh-partners.com",
        subject="face sheets for evacuation agreement",
        body="Face sheets for our residents per the mutual evacuation agreement.\n",
        atts=(
            Att(
                "facesheets.zip",
                "application/zip",
                zipped(
                    {
                        "cedar_baptiste.txt": (
                            "Josephine Baptiste DOB 12/09/1936. Dx dementia, CHF. Insulin. DNR.\n"
                        ),
                        "maple_dziedzic.txt": (
                            "Stanislaw Dziedzic DOB 07/19/1942. Dx MS, wheelchair. Warfarin.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse reply to son about psych meds",
        notes=(
            "Hard positive: one line to a son's outlook address, first name plus Seroquel dose "
            "change."
        ),
        frm=f"Nadia Petrov <cedarhouse@{EAF}>",
        to="brian.jeffers@outlook.com",
        subject="RE: Dad",
        body="Brian - Dr Brandt lowered Harold's Seroquel to 12.5 at night, he's calmer. Nadia\n",
    ),
    Spec(
        phi=True,
        category="SSN for Medicaid application",
        notes="SSN and name for a Medicaid long-term care application to a financial worker.",
        frm=f"Admissions <admissions@{EAF}>",
        to="ltc-financial@dshs.wa.gov",
        subject="COPES application - missing items",
        body=(
            "Missing items for the COPES application:\nApplicant: Ray Duchamp\nSSN 412-63-8807\n"
            "Physician statement confirming type 2 diabetes and need for assistance with ADLs "
            "attached separately.\n"
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="caregiver job posting",
        notes="Hard negative: caregiver job ad listing dementia and diabetes care skills.",
        frm=f"Hiring <jobs@{EAF}>",
        to="postings@indeed-employer-mail.com",
        subject="Job: Live-in caregiver, Lynnwood AFH",
        body=(
            "Evergreen Adult Family Homes is hiring caregivers. Experience with dementia, "
            "diabetes and Hoyer lifts a plus. HCA certification and nurse delegation training "
            "required within 120 days. $23/hr + room.\n"
        ),
    ),
    Spec(
        phi=False,
        category="state inspection summary",
        notes="Hard negative: licensing inspection result with no resident identifiers.",
        frm=f"Owner <owner@{EAF}>",
        to="insurance@pnwagencies.com",
        subject="inspection result for renewal",
        body=(
            "For our liability renewal: Cedar House's full inspection on 10/15 had no citations. "
            "Maple House had one citation (medication storage temperature log), corrected same "
            "day.\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff training roster",
        notes=(
            "Hard negative: caregiver training roster with CPR/first aid dates (workforce, not "
            "patients)."
        ),
        frm=f"Training <training@{EAF}>",
        to="records@cprnw-training.com",
        subject="roster for Saturday CPR class",
        body="Attending Saturday:\n",
        atts=(
            Att(
                "cpr_roster.csv",
                "text/csv",
                "name,home,hca_cert,cpr_expires\r\nAmara Nwosu,Cedar,HM60711823,2026-12-01\r\n"
                "Felipe Rios,Maple,HM60544210,2026-11-30\r\nLinh "
                "Dao,Birch,HM60899104,2027-01-15\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="food vendor order",
        notes="Hard negative: grocery order mentioning diabetic and pureed diets generically.",
        frm=f"Maple House <maplehouse@{EAF}>",
        to="orders@sysco-nw.com",
        subject="weekly order",
        body=(
            "Weekly order:\n- 2 cases thickened water (nectar)\n- sugar-free pudding x 24\n- "
            "whole milk 4 gal\n- low-sodium broth 12\nAccount 44102. Deliver Tuesday AM.\n"
        ),
    ),
    Spec(
        phi=False,
        category="HTML table vacancies",
        notes="HTML-only vacancy table to hospital discharge planners, no residents.",
        frm=f"Admissions <admissions@{EAF}>",
        to="discharge-planners@swedish-nw.org",
        subject="Openings this month",
        body="",
        html=(
            "<p>Current openings:</p><table border=1><tr><th>Home</th><th>Room</th><th>Care</th>"
            "</tr><tr><td>Birch House</td><td>Private, own bath</td><td>Dementia OK, no "
            "2-person transfers</td></tr><tr><td>Maple House</td><td>Shared</td><td>Medicaid "
            "accepted, diabetic care</td></tr></table>"
        ),
    ),
    Spec(
        phi=False,
        category="policy on flu vaccine",
        notes="Hard negative: flu and COVID vaccine policy for homes, no individuals.",
        frm=f"RN Delegator <rn@{EAF}>",
        to=f"providers@{EAF}",
        subject="Vaccine clinic + policy",
        body=(
            "Walgreens will run a flu/COVID clinic at all three homes Nov 20. Residents and staff "
            "who decline must sign the declination form. Updated infection control policy "
            "attached.\n"
        ),
        atts=(
            Att(
                "infection_control.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVERGREEN ADULT FAMILY HOMES",
                        "Infection Control Policy IC-3 (rev. 11/2026)",
                        "Offer influenza and COVID-19 vaccine annually to all residents and staff.",
                        "Report outbreaks of 2 or more residents with GI illness to the county.",
                    ],
                    "Policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll timesheet",
        notes="Payroll timesheet workbook for caregivers.",
        frm=f"Owner <owner@{EAF}>",
        to="payroll@gustoaccounting-partners.com",
        subject="Timesheets 11/1-11/15",
        body="Timesheets attached. Amara had 8 hours of sick leave.\n",
        atts=(
            Att(
                "timesheets.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Cedar": [["Employee", "Regular", "OT", "Sick"], ["Amara Nwosu", 72, 4, 8]],
                        "Maple": [["Employee", "Regular", "OT", "Sick"], ["Felipe Rios", 80, 0, 0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fire drill report",
        notes="Fire drill log with resident counts only.",
        frm=f"Cedar House <cedarhouse@{EAF}>",
        to=f"owner@{EAF}",
        subject="Fire drill 11/9",
        body=(
            "Night drill 11/9 21:15: 5 residents evacuated in 2m40s, 2 needed wheelchair assist. "
            "Alarm panel OK.\n"
        ),
    ),
    Spec(
        phi=False,
        category="generic reply to prospective family",
        notes=(
            "Hard negative: reply to an inquiry at yahoo about rates, no resident or health "
            "detail about the inquirer's relative."
        ),
        frm=f"Admissions <admissions@{EAF}>",
        to="lpham.family@yahoo.com",
        subject="Re: information about your homes",
        body=(
            "Thank you for reaching out! Our private-pay rates range from $6,800 to $9,500 per "
            "month "
            "depending on care needs. We also accept Medicaid at Maple House. Tours are available "
            "weekdays 10-4; call 425-555-0177.\n"
            "\n--\nAdmissions | Evergreen Adult Family Homes | 425-555-0177\n"
            "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you "
            "received it in error, please notify the sender and delete it.\n"
        ),
    ),
    Spec(
        phi=False,
        category="ZIP of menus",
        notes="Zip of seasonal menus including diabetic variants.",
        frm=f"Maple House <maplehouse@{EAF}>",
        to=f"birchhouse@{EAF}",
        subject="winter menus",
        body="Here are the winter menus, the diabetic version is the second file.\n",
        atts=(
            Att(
                "winter_menus.zip",
                "application/zip",
                zipped(
                    {
                        "menu_regular.txt": (
                            "Mon: oatmeal, turkey soup, baked salmon\nTue: eggs, chili, roast "
                            "chicken\n"
                        ),
                        "menu_diabetic.txt": (
                            "Mon: steel-cut oats no sugar, turkey soup, salmon + greens\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DOCX admission agreement template",
        notes="Hard negative: blank admission agreement template with placeholders.",
        frm=f"Owner <owner@{EAF}>",
        to="attorney@lynnwoodlegalgroup.com",
        subject="Admission agreement for review",
        body="Please review the revised admission agreement template.\n",
        atts=(
            Att(
                "admission_agreement_TEMPLATE.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "ADMISSION AGREEMENT (TEMPLATE)",
                        "Resident name: [RESIDENT]",
                        "The Home will provide assistance with medications per WAC 388-76-10430.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded supplier recall",
        notes="Hard negative: forwarded recall of a glucose meter lot (device lot, no resident).",
        frm=f"RN Delegator <rn@{EAF}>",
        to=f"providers@{EAF}",
        subject="FW: URGENT recall - glucose test strips lot 4471B",
        body="Check your supply closets for this lot and pull them today.\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Safety Notices <recalls@medsupplydirect.com>",
            to=f"rn@{EAF}",
            subject="URGENT recall - glucose test strips lot 4471B",
            body="Lot 4471B may read falsely high by up to 20%. Stop use and return for credit.\n",
        ),
    ),
    Spec(
        phi=False,
        category="owner to insurance with caregiver injury",
        notes=(
            "Hard negative: workers' comp report about a caregiver's back strain (employee, not a "
            "patient of the org)."
        ),
        frm=f"Owner <owner@{EAF}>",
        to="claims@lni-employer-portal.com",
        subject="Employer report of injury",
        body=(
            "Employer report: caregiver Felipe Rios strained his lower back on 11/06 during a "
            "transfer. Seen at urgent care, light duty 1 week. Employer account 551-208-00.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate falls report",
        notes="Hard negative: quarterly falls and hospitalisation counts across homes.",
        frm=f"Owner <owner@{EAF}>",
        to="qi-group@afhcouncil-wa.org",
        subject="Q3 numbers for the QI group",
        body=(
            "Evergreen AFH Q3: 17 residents across 3 homes; falls 6 (2 with injury); hospital "
            "transfers 3; UTIs treated 4; zero pressure injuries stage 3+.\n"
        ),
    ),
    Spec(
        phi=False,
        category="PNG floor plan",
        notes="Floor plan image for a licensing change.",
        frm=f"Owner <owner@{EAF}>",
        to="licensing@dshs.wa.gov",
        subject="floor plan for bed increase",
        body="Floor plan for Birch House showing the new 6th bedroom.\n",
        atts=(Att("BirchHouse_floorplan_rev2.png", "image/png", png(12, 8, (230, 230, 230))),),
    ),
    Spec(
        phi=False,
        category="caregiver appreciation",
        notes="Staff appreciation note naming employees.",
        frm=f"Owner <owner@{EAF}>",
        to=f"staff@{EAF}",
        subject="Thank you all",
        body=(
            "Thank you Amara, Linh and Felipe for covering the storm weekend. Gift cards are in "
            "the office!\n"
        ),
    ),
    Spec(
        phi=False,
        category="mobile X-ray vendor rates with CPT codes",
        notes=(
            "Hard negative: vendor rate sheet with CPT codes and a fracture example, no resident."
        ),
        frm=f"Owner <owner@{EAF}>",
        to="contracts@mobileimaging-nw.com",
        subject="Re: 2027 rate sheet",
        body=(
            "Thanks for the 2027 rates. Confirming: CPT 73502 hip 2 views $165, CPT 71046 chest "
            "2 views $140, trip fee R0070 $95 per visit regardless of how many residents are "
            "imaged. Same-day reads for suspected fractures within 4 hours. We'll sign next week.\n"
        ),
    ),
]
