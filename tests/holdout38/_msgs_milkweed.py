"""Milkweed Lactation & Postpartum Doulas (lactation and postpartum doula service): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n~ Milkweed Lactation & Postpartum Doulas\nmilkweeddoulas.com | 614-555-0190\nNourishing new families since 2014"

_FHIR_MEDICAID = """{
  "resourceType": "Claim",
  "id": "mw-doula-2605-031",
  "status": "active",
  "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
  "use": "claim",
  "patient": {"display": "Yesenia Obregon-Platt", "identifier": {"system": "https://medicaid.ohio.gov/id", "value": "OH8841029376"}},
  "billablePeriod": {"start": "2026-04-27", "end": "2026-05-08"},
  "provider": {"display": "Milkweed Lactation & Postpartum Doulas", "identifier": {"value": "1576744266"}},
  "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z39.2", "display": "Encounter for routine postpartum follow-up"}]}}],
  "item": [
    {"sequence": 1, "productOrService": {"coding": [{"code": "T1033", "display": "Doula postpartum visit"}]}, "servicedDate": "2026-04-27", "quantity": {"value": 1}},
    {"sequence": 2, "productOrService": {"coding": [{"code": "T1033", "display": "Doula postpartum visit"}]}, "servicedDate": "2026-05-08", "quantity": {"value": 1}}
  ]
}
"""

MESSAGES = [
    # ---------------------------------------------------------------- PHI (18)
    Spec(
        phi=True,
        category="Lactation consult summary to pediatrician (PDF)",
        notes="IBCLC visit summary with mother's and infant's names, infant DOB, weight loss, suspected tongue-tie and nipple trauma.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="fax-inbox@sproutpediatrics.com",
        subject="Lactation visit summary for Dr. Abernethy",
        body="Hello, please route the attached to Dr. Abernethy ahead of Thursday's weight check. Parent consented to sharing.\n\nMarisol Teague, IBCLC"
        + SIG,
        atts=(
            Att(
                "lactation_summary_0511.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION & POSTPARTUM DOULAS - CONSULT SUMMARY",
                        "Infant: Oskar Delacroix-Hahn   DOB 05/02/2026   Parent: Giulia Delacroix-Hahn",
                        "Visit: 05/11/2026 home visit, 90 min",
                        "Birth weight 3,620 g; today 3,290 g (-9.1%). Wet diapers 4/day.",
                        "Oral assessment: restricted tongue elevation, heart-shaped tip; suspect posterior tongue-tie.",
                        "Parent: bilateral nipple fissures, pain 8/10 at latch.",
                        "Plan: supplement 30 mL EBM after feeds via paced bottle; pump 8x/day; ENT/peds evaluation for frenotomy.",
                    ],
                    "Consult summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Supplementation plan texted-style to client's partner",
        notes="Hard positive: partner's and client's first names only, tied to low milk supply, supplemental nursing system and weight check.",
        frm="Juniper Hale <juniper@milkweeddoulas.com>",
        to="dev.ramaswamy@gmail.com",
        subject="Re: tonight",
        body="Hi Dev! Sam's supply is looking better - keep the SNS at 3 feeds a day, power pump once in the evening, and we'll re-weigh the little one Friday at 10. Tell her the domperidone question is one for her OB, not me :)\n\nJuniper",
    ),
    Spec(
        phi=True,
        category="Postpartum depression concern from doula to client's OB",
        notes="Doula reports a named client's EPDS score and intrusive thoughts to her obstetric provider.",
        frm="Wren Okafor-Bell <wren@milkweeddoulas.com>",
        to="tlindqvist@cedarhollowobgyn.com",
        subject="Concern about a shared client",
        body=(
            "Hi Tova,\n\nI'm the postpartum doula for Sabine Oduya-Marsh (delivered 4/21). With her permission I'm letting you know that on my "
            "overnight shift she scored 17 on the EPDS I do with all clients, and she described intrusive thoughts about the baby falling down the stairs. "
            "She denies any intent to harm. She asked me to reach out because she finds it hard to say on the phone. Could someone call her today?\n\n"
            "Wren Okafor-Bell, Postpartum Doula" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Batch billing CSV with member IDs to billing vendor",
        notes="CSV of clients' names, member IDs, service dates and lactation CPT codes sent to an outside biller.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="uploads@bluefinbillingpartners.com",
        subject="May week 2 visits for billing",
        body="Nadia, attached are this week's insurance-billable lactation visits. Two are new plans for us, check eligibility first.\n\nTess",
        atts=(
            Att(
                "mw_visits_wk2.csv",
                "text/csv",
                "client,dob,plan,member_id,dos,cpt,dx\n"
                "Giulia Delacroix-Hahn,1993-08-21,Tri-River,TRH902771364,2026-05-11,99404,O92.13\n"
                "Samira Ramaswamy,1990-02-02,Keystone Mutual,KMU40018823,2026-05-12,S9443,O92.5\n"
                "Hanna Oyelowo,1997-12-30,Tri-River,TRH118820457,2026-05-12,99403,Z39.1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lactation superbill to client for HSA (PDF)",
        notes="Superbill to a client's hotmail with her name, DOB, visit dates and mastitis/low-supply diagnosis codes.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="hanna.oyelowo@hotmail.com",
        subject="Receipt + superbill",
        body="Hi Hanna, here's the superbill for your HSA. Hope you're feeling better!\n\nTess"
        + SIG,
        atts=(
            Att(
                "superbill_Oyelowo.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION & POSTPARTUM DOULAS - SUPERBILL",
                        "Client: Hanna Oyelowo   DOB 12/30/1997",
                        "05/04/2026  99404  Lactation counseling 60 min   $165.00",
                        "05/12/2026  99403  Lactation follow-up 45 min    $125.00",
                        "Dx: O91.23 Non-purulent mastitis associated with lactation; O92.5 Suppressed lactation",
                        "Provider: Marisol Teague, IBCLC   NPI: 1425138934",
                        "Paid in full by card.",
                    ],
                    "Superbill",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Overnight doula shift workbook to doulas' personal mailboxes",
        notes="Hard positive: multi-sheet shift roster sent to contractors' personal mailboxes with client surnames, addresses and notes like 'c/s recovery' and 'NICU grad'.",
        frm="Scheduling <schedule@milkweeddoulas.com>",
        to="wrenokaforbell@gmail.com",
        cc="juniper.hale.doula@yahoo.com",
        subject="Shifts week of 5/18",
        body="Hi doulas! Schedule attached. Please confirm by Thursday. Door codes are in the app, not here.\n\nTess",
        atts=(
            Att(
                "shifts_0518.xlsx",
                XLSX,
                xlsx(
                    {
                        "Overnights": [
                            ["Night", "Family", "Address", "Doula", "Notes"],
                            [
                                "Mon",
                                "Kowalczyk",
                                "19 Heron Ridge Dr",
                                "Wren",
                                "c/s recovery, no lifting; twins",
                            ],
                            [
                                "Tue",
                                "Oduya-Marsh",
                                "40 Bellweather Ln",
                                "Wren",
                                "PPD - check in w/ Wren re: plan",
                            ],
                            [
                                "Wed",
                                "Ferreira",
                                "7 Chalk Hill Rd",
                                "Juniper",
                                "NICU grad, 35wk, feeds q2h",
                            ],
                        ],
                        "Day visits": [
                            ["Day", "Family", "Time", "Doula"],
                            ["Tue", "Delacroix-Hahn", "10:00", "Marisol (lactation)"],
                            ["Thu", "Ramaswamy", "13:00", "Juniper"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Client intake summary to assigned doula (DOCX)",
        notes="Intake summary with client name, phone, prior stillbirth and anxiety medication sent to the assigned doula's personal mailbox.",
        frm="Intake <intake@milkweeddoulas.com>",
        to="juniper.hale.doula@yahoo.com",
        subject="New client match",
        body="Juniper - you've been matched! Intake summary attached. Please reach out within 48 hours.\n\nTess",
        atts=(
            Att(
                "intake_Lindgren.docx",
                DOCX,
                docx(
                    [
                        "Milkweed intake summary",
                        "Client: Freya Lindgren-Acosta   Phone 614-555-0176",
                        "Due 06/29/2026, planning hospital birth at St. Brendan",
                        "History: stillbirth at 38 weeks in 2024. Understandably anxious; on sertraline 100 mg.",
                        "Wants: 3 overnights/week for first 4 weeks, help with bottle prep, sibling is a dog named Pickle.",
                        "Please avoid the phrase 'everything happens for a reason'.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Hospital-grade pump rental agreement with serial number",
        notes="Hard positive: rental confirmation ties a client's name to a pump serial number billed to her plan for a NICU baby.",
        frm="Pump Rentals <pumps@milkweeddoulas.com>",
        to="lferreira.home@gmail.com",
        subject="Your pump rental confirmation",
        body=(
            "Hi Luana,\n\nConfirming your rental:\nDevice: Medela Symphony, serial SN 00447-1928-K\nStart: 05/12/2026   Billed to: Tri-River Health Plan (DME, baby in NICU)\n"
            "Kit: double pumping kit, 24 mm flanges\n\nPlease keep the box. Return within 5 days of ending the rental.\n\nMilkweed Pump Desk"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Reply to client about mastitis symptoms",
        notes="Reply to a client's icloud mailbox about her fever and breast redness, advising her to see her OB for antibiotics.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="noor.haddad-reyes@icloud.com",
        subject="Re: red spot + chills",
        body=(
            "Noor, with a fever of 101.8 and a red, hot wedge on the left breast, please call your OB today - this sounds like mastitis and "
            "you may need antibiotics. Keep feeding or pumping from that side, don't massage hard, ice for swelling, ibuprofen if your doctor okays it.\n\n"
            "I'll check on you tomorrow.\nMarisol\n\n> On Tue, Noor Haddad-Reyes wrote:\n> My left side has a red patch and I have chills. Is this normal?"
        ),
    ),
    Spec(
        phi=True,
        category="Home visit calendar invite with client address and c-section note",
        notes="Hard positive: invite to a doula gives the client's surname, home address and 'C/S day 5, check incision' in the event summary.",
        frm="Scheduling <schedule@milkweeddoulas.com>",
        to="wren@milkweeddoulas.com",
        cc="wrenokaforbell@gmail.com",
        subject="Invitation: Kowalczyk PP visit",
        body="Added to your calendar.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Milkweed//Schedule//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:mw-visit-99201@milkweeddoulas.com\nDTSTAMP:20260512T130000Z\nDTSTART:20260514T150000Z\nDTEND:20260514T180000Z\n"
            "SUMMARY:Kowalczyk PP visit - C/S day 5\\, check incision\\, twins latch help\nLOCATION:19 Heron Ridge Dr\\, Ashgrove OH 43127\n"
            "DESCRIPTION:Gate code in app. Mom Agnieszka\\, cell 614-555-0186.\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted client file handover to partner agency",
        notes="Hard positive: contents are encrypted, but the body names the family being handed over as postpartum clients.",
        frm="Director <director@milkweeddoulas.com>",
        to="intake@riverbendpostpartum.com",
        subject="Ferreira family handover",
        body="Hi Kendra,\n\nAs discussed, Luana Ferreira and her NICU graduate are moving to your service area next week. Her care notes and feeding log are in the attached zip; I'll text you the password. She's expecting your call.\n\nThank you!\nOdile Marchetti, Director"
        + SIG,
        atts=(
            Att(
                "Ferreira_handover.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "care_notes.txt": "Luana Ferreira, baby born 35w on 04/30/2026, NICU 9 days. Triple feeding. Pump rental SN 00447-1928-K.\n",
                        "feeding_log.csv": "date,pumped_ml,bottle_ml\n2026-05-10,420,380\n2026-05-11,455,400\n",
                    },
                    "Milkweed-Rb-2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Medicaid doula benefit claim",
        notes="FHIR Claim with the client's name, Medicaid ID and postpartum doula visits sent to the Medicaid plan's provider support.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="provider.support@medicaid-ohio-mco.com",
        subject="Claim upload error 'item.servicedDate' - FHIR attached",
        body="Hello provider support,\n\nThe portal rejects the attached claim with 'item.servicedDate invalid' although the dates look right to us. Please advise.\n\nTess Abernathy, Office Admin",
        atts=(Att("mw-doula-2605-031.json", "application/fhir+json", _FHIR_MEDICAID),),
    ),
    Spec(
        phi=True,
        category="Lactation break accommodation letter to employer",
        notes="Letter to a client's employer naming her and her low milk supply pumping schedule as a lactation client.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="peopleops@corvidanalytics.com",
        subject="Lactation accommodation - Jordana Pike",
        body=(
            "Dear People Operations,\n\nJordana Pike has been a client of our lactation service since her son's birth in March. Because of low milk "
            "supply she needs to pump every 3 hours for about 20 minutes, in a private space that is not a restroom, with access to a sink and "
            "refrigerator. She returns to work on May 26. She has asked me to send this letter.\n\nMarisol Teague, IBCLC"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Bereavement follow-up to client after infant death",
        notes="Hard positive: gentle condolence note naming the client and her baby who died in the NICU, and offering lactation suppression support.",
        frm="Odile Marchetti <director@milkweeddoulas.com>",
        to="amelie.tran.duval@gmail.com",
        subject="Thinking of you",
        body=(
            "Dear Amelie,\n\nWe are so very sorry about Louis. Juniper told me about the service on Saturday. There are no words.\n\n"
            "If your milk is coming in and it's painful, Marisol can come by or talk on the phone about cabbage leaves, sage and gentle "
            "expression - or about donating, if that ever feels right. No obligation at all. Your remaining visits are refunded.\n\n"
            "With love,\nOdile"
        ),
    ),
    Spec(
        phi=True,
        category="Referral to perinatal mental health therapist",
        notes="Referral naming a client with postpartum anxiety and panic attacks to a therapist.",
        frm="Wren Okafor-Bell <wren@milkweeddoulas.com>",
        to="intake@brightwaterperinatalcounseling.com",
        subject="Referral: postpartum client",
        body=(
            "Hello,\n\nI'd like to refer Hanna Oyelowo (614-555-0179), 5 weeks postpartum, who is having panic attacks at night and "
            "checking the baby's breathing every few minutes. She has Tri-River insurance and prefers telehealth in the evenings. She agreed to this referral.\n\n"
            "Thank you,\nWren Okafor-Bell, Postpartum Doula" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Headerless infant weight CSV named after family",
        notes="Hard positive: CSV without headers (dates and weights) whose file name carries the infant's family name, sent to the pediatric office.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="nurses@sproutpediatrics.com",
        subject="weights",
        body="As requested. M.",
        atts=(
            Att(
                "duarte-ng_baby_weights_may.csv",
                "text/csv",
                "05/04,3.21\n05/06,3.05\n05/08,3.09\n05/11,3.22\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Buprenorphine treatment mention in doula logistics to OB",
        notes="Hard positive: logistics note naming a client and her buprenorphine dose for opioid use disorder (Part 2-sensitive).",
        frm="Juniper Hale <juniper@milkweeddoulas.com>",
        to="ibaptiste@cedarhollowobgyn.com",
        subject="Thursday visit",
        body="Hi Ingrid, I'll bring Kasey Morrow to her 36-week visit Thursday since her ride fell through. She wanted me to mention she's still on Subutex 8 mg twice daily and is worried about the baby's withdrawal monitoring - could you go over the NAS plan with her? Thanks! Juniper",
    ),
    Spec(
        phi=True,
        category="Diaper bank program enrolment list to community partner (DOCX)",
        notes="DOCX list naming clients enrolled in the grant-funded postpartum support program for Medicaid families, with babies' birth dates.",
        frm="Director <director@milkweeddoulas.com>",
        to="coordinator@ashgrovediaperbank.org",
        subject="May enrolments for the diaper program",
        body="Hi Renee, here are the families enrolled in our Medicaid postpartum support program this month for the diaper pickup list.\n\nOdile",
        atts=(
            Att(
                "diaper_program_may.docx",
                DOCX,
                docx(
                    [
                        "Milkweed Postpartum Support Program (Medicaid-funded) - May enrolments",
                        "Yesenia Obregon-Platt - baby born 04/24/2026 - size 1",
                        "Kasey Morrow - due 06/02/2026 - newborn size",
                        "Brisa Almanzar-Ruiz - due 12/20/2026 - (pickup starts Dec)",
                    ]
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI (19)
    Spec(
        phi=False,
        category="Breastfeeding tips newsletter (HTML only)",
        notes="Subscriber newsletter with general breastfeeding tips and class dates; no individual.",
        frm="Milkweed Newsletter <news@milkweeddoulas.com>",
        to="subscribers@lists.milkweeddoulas.com",
        subject="Milk & Honey - May edition",
        body="",
        html=(
            "<html><body><h1>Milk &amp; Honey</h1><h3>Cluster feeding is normal</h3><p>Many babies feed every hour in the evening during "
            "growth spurts (around 2-3 weeks, 6 weeks and 3 months). It does not mean your supply is low.</p><h3>Upcoming classes</h3>"
            "<ul><li>Breastfeeding Basics - June 3</li><li>Back to Work &amp; Pumping - June 10</li></ul>"
            "<p><a href='https://milkweeddoulas.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="IBCLC bio for partner clinic directory",
        notes="Hard negative: lactation consultant bio listing tongue-tie, low supply and NICU graduates as specialties; no client.",
        frm="Director <director@milkweeddoulas.com>",
        to="directory@ashgrovefamilymed.com",
        subject="Provider directory entry - Marisol Teague, IBCLC",
        body="Hi, here is the entry for your community resources directory:\n\nMarisol Teague, IBCLC - International Board Certified Lactation Consultant with 11 years' experience. Specialises in tongue-tie assessment, low milk supply, breastfeeding after breast surgery, and NICU graduates. Home and office visits. Accepts Tri-River and Keystone Mutual. 614-555-0190.\n\nOdile",
    ),
    Spec(
        phi=False,
        category="Doula training syllabus with fictional case studies (DOCX)",
        notes="Hard negative: training syllabus with case studies about invented clients ('Client A', 'Rosa') clearly labelled fictional.",
        frm="Training <training@milkweeddoulas.com>",
        to="cohort2026@lists.milkweeddoulas.com",
        subject="Postpartum doula training - week 3 materials",
        body="Hi cohort! Week 3 readings and case studies attached. Reminder: the cases are composites and invented names - practise your documentation on them, never on a real family.\n\nOdile",
        atts=(
            Att(
                "week3_cases.docx",
                DOCX,
                docx(
                    [
                        "Week 3: Postpartum mood and when to refer",
                        "Case study 1 (fictional): 'Client A', 29, first baby, 2 weeks postpartum, tearful every afternoon, sleeping when the baby sleeps. Baby blues or PPD?",
                        "Case study 2 (fictional): 'Rosa', 34, third baby, can't sleep even when the baby sleeps, says 'they'd be better off without me'. What do you do in the next 10 minutes?",
                        "Discussion: scope of practice - doulas screen and refer, they do not diagnose.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Breast pump inventory with device serials (multi-sheet)",
        notes="Hard negative: multi-sheet pump inventory listing serial numbers by location and service status, none linked to a client.",
        frm="Pump Rentals <pumps@milkweeddoulas.com>",
        to="service@medelarepairdepot.com",
        subject="Annual service - pumps due",
        body="Hello, attached is our rental fleet with the units due for annual service. Please send 4 loaners while they're out.\n\nMilkweed Pump Desk",
        atts=(
            Att(
                "pump_fleet_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Office": [
                            ["Model", "Serial", "Last service", "Due"],
                            ["Symphony", "SN 00447-1931-K", "2025-05-02", "yes"],
                            ["Symphony", "SN 00447-1940-K", "2025-11-20", "no"],
                            ["Symphony", "SN 00451-0072-K", "2025-04-18", "yes"],
                        ],
                        "Out on rental": [
                            ["Model", "Serial", "Out since"],
                            ["Symphony", "SN 00447-1928-K", "2026-05-12"],
                            ["Symphony", "SN 00449-3310-K", "2026-04-02"],
                        ],
                        "Retired": [
                            ["Model", "Serial", "Reason"],
                            ["Lactina", "LX-88120", "motor failure"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Annual impact report (PDF) with aggregate outcomes",
        notes="Hard negative: impact report with counts of families served and breastfeeding rates; no individual.",
        frm="Director <director@milkweeddoulas.com>",
        to="board@milkweeddoulas.com",
        cc="program.officer@ashgrovecommunityfdn.org",
        subject="2025 impact report - final",
        body="Final version attached, incorporating the board's edits. Thank you all!\n\nOdile",
        atts=(
            Att(
                "Milkweed_impact_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "MILKWEED LACTATION & POSTPARTUM DOULAS - 2025 IMPACT",
                        "Families served: 412   Overnight shifts: 1,906   Lactation visits: 688",
                        "Medicaid-covered families: 37%",
                        "Any breast milk at 6 months: 71% (state average 58%)",
                        "Clients screened for postpartum depression: 100%; referred: 54",
                    ],
                    "Impact 2025",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Public breastfeeding class calendar invite",
        notes="Calendar invite for a public breastfeeding class sent to a library events contact; no client.",
        frm="Classes <classes@milkweeddoulas.com>",
        to="events@ashgrovepubliclibrary.org",
        subject="Breastfeeding Basics - June 3 room booking",
        body="Hi Lourdes, sending the invite for the room booking. Up to 20 attendees plus partners; we'll bring our own projector and a few dolls.\n\nJuniper",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Milkweed//Classes//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:mw-class-bfb-0603@milkweeddoulas.com\nDTSTAMP:20260512T130000Z\nDTSTART:20260603T223000Z\nDTEND:20260604T000000Z\n"
            "SUMMARY:Breastfeeding Basics (public class)\nLOCATION:Ashgrove Public Library\\, Room B\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="Contractor W-9 details with doula's SSN",
        notes="Hard negative: a contractor doula's SSN in a payroll/1099 message; workforce data with no health information.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="books@tallyhobookkeeping.com",
        subject="1099 setup for new contractor",
        body="Hi Grant,\n\nPlease add our new contract doula for 1099 reporting:\nJuniper Hale, 88 Wicker St, Ashgrove OH\nSSN 338-14-7726\nRate: $32/hr overnight, $28/hr day\nStart date 05/04/2026\n\nI know, I should have used the secure upload - the portal was down.\n\nTess",
    ),
    Spec(
        phi=False,
        category="Overnight postpartum doula job ad",
        notes="Job ad describing duties (feeding support, newborn care); no individual.",
        frm="Careers <careers@milkweeddoulas.com>",
        to="listings@ohiodoulanetwork.org",
        subject="Hiring: overnight postpartum doulas",
        body="Milkweed is hiring 2 overnight postpartum doulas. You'll support families from 10 PM to 6 AM: bottle and breastfeeding support, soothing, swaddling, light tidying, and helping parents rest. Certification (DONA, CAPPA or equivalent), CPR, and reliable transport required. Spanish or Haitian Creole a plus. $30-34/hr.",
    ),
    Spec(
        phi=False,
        category="Prenatal yoga referral partnership",
        notes="Business partnership email with a yoga studio; no client.",
        frm="Director <director@milkweeddoulas.com>",
        to="hello@lotuslanternyoga.com",
        subject="Cross-referral idea",
        body="Hi Priti,\n\nLoved meeting you at the wellness fair. Would you be open to putting our class flyers at your front desk in exchange for us listing your prenatal and postnatal yoga classes in our newsletter? No money changes hands.\n\nOdile",
    ),
    Spec(
        phi=False,
        category="Privacy onboarding policy with example field names (DOCX)",
        notes="Hard negative: onboarding privacy policy listing kinds of data ('client name, DOB, Medicaid ID') as examples; no actual values.",
        frm="Director <director@milkweeddoulas.com>",
        to="cohort2026@lists.milkweeddoulas.com",
        subject="Please read before your first shift: privacy policy",
        body="Everyone must read and sign the attached policy before their first client shift.\n\nOdile",
        atts=(
            Att(
                "MW_privacy_policy_2026.docx",
                DOCX,
                docx(
                    [
                        "Milkweed Privacy and Confidentiality Policy (rev. 2026)",
                        "Client information includes, for example: client name, date of birth, address, phone, Medicaid ID, birth details, feeding logs, mood screening scores.",
                        "Never text client information to your personal phone contacts or post it on social media, even without a name.",
                        "Use the scheduling app for door codes and addresses. Do not forward shift rosters to personal email.",
                        "Report any mistake to the director within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff COVID exposure notice without names",
        notes="Hard negative: staff notice that an unnamed team member tested positive, with masking guidance; no client or staff identified.",
        frm="Director <director@milkweeddoulas.com>",
        to="team@milkweeddoulas.com",
        subject="Heads up: COVID on the team",
        body="Hi team, one of our doulas tested positive for COVID over the weekend. She's resting and will be back when she's well. If you shared a car or the office with anyone last Thursday, please test before your next shift and mask with newborn families for 10 days. The families she visited have been told. Thank you for looking after each other.\n\nOdile",
    ),
    Spec(
        phi=False,
        category="Reply to doula applicant at personal mailbox",
        notes="Interview scheduling with a job applicant at her gmail; no health information.",
        frm="Careers <careers@milkweeddoulas.com>",
        to="tamsin.oduya.applies@gmail.com",
        subject="Re: overnight doula position",
        body="Hi Tamsin,\n\nThanks for applying! Could you come in for a conversation Wednesday at 11 or Friday at 2? We're at 12 Linden Row, upstairs. Bring a copy of your certification and CPR card.\n\nOdile Marchetti",
    ),
    Spec(
        phi=False,
        category="State Medicaid doula benefit billing summary",
        notes="Hard negative: summary of Medicaid doula billing codes, rates and visit limits for staff; no client.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="team@milkweeddoulas.com",
        subject="Medicaid doula benefit - cheat sheet",
        body=(
            "Team, quick reference for the new Medicaid doula benefit:\n\n- T1032 prenatal/postpartum visit, up to 6 visits, $85 each\n"
            "- T1033 labor and delivery support, once per pregnancy, $900\n- Postpartum visits allowed up to 12 months after birth\n"
            "- Diagnosis code on every claim (we'll handle it - just log visits)\n\nTess"
        ),
    ),
    Spec(
        phi=False,
        category="De-identified client satisfaction survey results (multi-sheet)",
        notes="Hard negative: multi-sheet survey results with scores and scrubbed comments, no names or dates.",
        frm="Director <director@milkweeddoulas.com>",
        to="board@milkweeddoulas.com",
        subject="Q1 client survey results",
        body="Attached are Q1 survey results. Comments were scrubbed of names and details before I exported them.\n\nOdile",
        atts=(
            Att(
                "q1_survey.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scores": [
                            ["Question", "Mean (1-5)", "n"],
                            ["Felt supported", 4.8, 61],
                            ["Doula was on time", 4.6, 61],
                            ["Would recommend", 4.9, 61],
                        ],
                        "Comments": [
                            ["#", "Comment"],
                            [1, "[doula] saved our sanity those first weeks."],
                            [2, "Wish overnight shifts were cheaper."],
                            [3, "Lactation visit fixed our latch in one session."],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Stock photo bundle for website (zip)",
        notes="Zip of licensed stock image captions and credits for the website designer; no client.",
        frm="Director <director@milkweeddoulas.com>",
        to="studio@fernandpinedesign.com",
        subject="Stock photo credits + captions",
        body="Rowan, credits and captions for the stock photos we licensed. None of these are our clients (we checked).\n\nOdile",
        atts=(
            Att(
                "stock_credits.zip",
                "application/zip",
                zipped(
                    {
                        "credits.txt": "hero.jpg - (c) Brightfield Stock, licence BF-22817\nfeeding.jpg - (c) Brightfield Stock, licence BF-22830\n",
                        "captions.txt": "hero.jpg: Parent holding newborn at sunrise\nfeeding.jpg: Parent bottle-feeding on couch\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded breast pump recall notice",
        notes="Hard negative: forwarded manufacturer recall listing pump model and lot numbers; no client.",
        frm="Pump Rentals <pumps@milkweeddoulas.com>",
        to="team@milkweeddoulas.com",
        subject="Fwd: Voluntary recall - Breastflow BX200 power adapters",
        body="FYI - none of our rental fleet is affected (we only rent Symphony), but clients may ask about personal pumps. Tell them to check the lot on the adapter.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Breastflow Safety <safety@breastflowpumps.com>",
            to="partners@lists.breastflowpumps.com",
            subject="Voluntary recall - Breastflow BX200 power adapters",
            body="Breastflow is voluntarily recalling power adapters shipped with BX200 pumps, lots 24B1100 through 24B1399, due to overheating risk. Consumers should stop using the adapter and request a free replacement at breastflowpumps.com/recall. No injuries have been reported.",
        ),
    ),
    Spec(
        phi=False,
        category="IBCLC payer credentialing with NPI",
        notes="Hard negative: credentialing application for the lactation consultant with her NPI and certification number; provider data only.",
        frm="Admin <admin@milkweeddoulas.com>",
        to="credentialing@keystonemutual.com",
        subject="Credentialing application - Marisol Teague, IBCLC",
        body="Hello,\n\nPlease find our credentialing request for lactation services:\nProvider: Marisol Teague, IBCLC\nIndividual NPI: 1425138934\nGroup NPI: 1576744266\nIBLCE cert # L-41877\nTaxonomy 174N00000X\n\nThank you,\nTess Abernathy",
    ),
    Spec(
        phi=False,
        category="Phishing warning to staff",
        notes="IT security warning about a phishing e-mail; no client information.",
        frm="Director <director@milkweeddoulas.com>",
        to="team@milkweeddoulas.com",
        subject="Don't click: fake 'shared document' email",
        body="Several of you got an email 'Odile shared a document with you' from a weird address. It isn't me. Don't click, don't enter your password. If you already did, change it and tell me right away so I can reset the scheduling app.\n\nOdile",
    ),
    Spec(
        phi=False,
        category="Lanolin sample request to manufacturer rep",
        notes="Order of nipple cream and nipple shield samples from a sales rep; no client.",
        frm="Marisol Teague IBCLC <mteague@milkweeddoulas.com>",
        to="territory.rep@lanacaremed.com",
        subject="Samples for June classes",
        body="Hi Devon, could you drop off 40 lanolin samples and a size run of nipple shields (16/20/24 mm) before June 3? Same address. Thanks! Marisol",
    ),
]
