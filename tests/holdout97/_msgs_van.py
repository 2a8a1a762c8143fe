"""Little Arms Vaccine Van (children's mobile immunisation outreach) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nLittle Arms Vaccine Van - free shots for kids, on wheels\nlittlearmsvan.org | 555-0180"

MESSAGES = [
    Spec(
        phi=True,
        category="Immunization registry VXU submission",
        notes="Hard positive: HL7 VXU with child's name, DOB, mother's maiden name and MMR dose sent to state registry.",
        frm="Data <data@littlearmsvan.org>",
        to="iis-submissions@state-immunization-registry.gov",
        subject="VXU batch resend 0314",
        body="Resending the one message rejected for missing RXA-11.",
        atts=(
            Att(
                "vxu_0314.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LITTLEARMS|VAN1|STATEIIS|IIS|202603141532||VXU^V04^VXU_V04|LAV031401|P|2.5.1\rPID|1||LAV-30982^^^LAV^MR||TRUONG^MINH^A||20210805|M|||17 Quarry St^^Fairhaven^ME^04417\rPD1|||||||||||02\rNK1|1|TRUONG^LAN|MTH\rRXA|0|1|20260314||03^MMR^CVX|0.5|mL||00^New record|||||||LOT K88214\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Van route schedule to community partners",
        notes="Public route schedule for the week; no individuals.",
        frm="Outreach <outreach@littlearmsvan.org>",
        to="partners@littlearmsvan.org",
        subject="Van stops week of March 23",
        body="Mon - Riverside Library 10-2\nTue - Elm Park Elementary 8-12 (school event)\nWed - Harbor Rd Food Pantry 1-5\nThu - Westgate Apartments 3-7\nFri - maintenance\n\nAll routine childhood vaccines + flu. Walk-ups welcome."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Vaccine record to parent after van visit",
        notes="Shot record PDF for a named child with DOB and doses sent to parent's gmail.",
        frm="Little Arms Vaccine Van <records@littlearmsvan.org>",
        to="delgado.yesenia@gmail.com",
        subject="Shot record for your child",
        body="Thank you for visiting the van on Saturday! Your child's updated record is attached. Keep it for school."
        + SIG,
        atts=(
            Att(
                "shot_record.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE ARMS VACCINE VAN - IMMUNIZATION RECORD",
                        "Child: Gael Delgado   DOB 07/22/2020",
                        "03/14/2026  DTaP-IPV (Kinrix)  lot 7H3K2  left deltoid",
                        "03/14/2026  MMRV (ProQuad) dose 2  lot W10522  right arm",
                        "03/14/2026  Influenza (quadrivalent)",
                    ],
                    "Immunization record",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Vaccine inventory multi-sheet",
        notes="Hard negative: vaccine lots and doses administered in aggregate per site, two sheets; no child.",
        frm="Data <data@littlearmsvan.org>",
        to="vfc@state-immunization-registry.gov",
        subject="VFC monthly inventory - Little Arms",
        body="Inventory and doses administered attached.",
        atts=(
            Att(
                "VFC_inventory_Feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Inventory": [
                            ["Vaccine", "Lot", "Exp", "On hand"],
                            ["MMR II", "K88214", "2027-01", 40],
                            ["Vaxelis", "U7731AA", "2026-11", 22],
                            ["Flu quad", "FL2291", "2026-06", 65],
                        ],
                        "Administered": [
                            ["Vaccine", "Doses", "Site"],
                            ["MMR II", 61, "all stops"],
                            ["Vaxelis", 38, "all stops"],
                            ["Flu quad", 212, "all stops"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Adverse event report VAERS draft",
        notes="Hard positive: draft adverse event report with child's name, age and febrile seizure after vaccine, sent to medical director.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="medicaldirector@littlearmsvan.org",
        cc="mcorbin.rn@hotmail.com",
        subject="VAERS draft for your signature",
        body="Draft for review before I file:\n\nChild: Penelope Arkwright, 14 months\nVaccines 3/12: MMR, varicella, PCV20\nEvent: febrile seizure on day 8 (3/20), about 2 min, seen at Fairhaven Children's ED, discharged same night.\nMom's phone 555-0186.\n\nMaya Corbin, RN",
    ),
    Spec(
        phi=False,
        category="VAERS how-to for volunteers",
        notes="Hard negative: general guidance on filing adverse event reports with example fields; no real child.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="volunteers@littlearmsvan.org",
        subject="How we report reactions (VAERS)",
        body="Reminder: if a parent calls about a reaction (high fever, seizure, hives), take the child's name, DOB, vaccines and lot numbers, and pass it to me or the medical director. Do not email it to your personal account. The VAERS form needs: patient info, vaccine info, event description.",
    ),
    Spec(
        phi=True,
        category="School exclusion list to school",
        notes="Hard positive: headerless list of student names and missing vaccines sent to a school nurse.",
        frm="Outreach <outreach@littlearmsvan.org>",
        to="nurse.kim@elmparkelementary.org",
        subject="for Tuesday",
        body="These are the ones still missing after Saturday - can you remind their families?\n\nAshford, Kylie - Tdap, MenACWY\nBaptiste, Joel - MMR2\nCruz, Dayana - varicella 2, Hep A 2\nDiallo, Fatou - all (exemption form pending)\n\nThanks!",
    ),
    Spec(
        phi=False,
        category="School event logistics",
        notes="Logistics for school clinic day; no student named.",
        frm="Outreach <outreach@littlearmsvan.org>",
        to="principal@elmparkelementary.org",
        subject="Tuesday clinic - parking and consent forms",
        body="Hi Mr. Abbott,\n\nWe'll park in the bus loop at 7:30. Please send home the blank consent forms today; kids without a signed form won't be vaccinated. We need one classroom near the door for the waiting area.\n\nThanks, Rosa Ibarra, Outreach Coordinator",
    ),
    Spec(
        phi=True,
        category="Consent forms scanned zip to data entry vendor",
        notes="Hard positive: zip of scanned consent-form text with children's names, DOBs and insurance IDs to a data-entry vendor.",
        frm="Data <data@littlearmsvan.org>",
        to="intake@quickkeydataentry.com",
        subject="Batch 12 forms",
        body="Batch 12 attached (OCR text).",
        atts=(
            Att(
                "batch12.zip",
                "application/zip",
                zipped(
                    {
                        "form_0412.txt": "CONSENT FOR VACCINATION\nChild name: Tyrese Holloway  DOB 2019-04-02\nInsurance: Blue Meadow Medicaid ID BMM81220419\nAllergies: eggs (hives)\nVaccines requested: flu, Hep A\nParent signature: D. Holloway",
                        "form_0413.txt": "CONSENT FOR VACCINATION\nChild name: Lucia Ferro  DOB 2022-09-15\nUninsured / VFC eligible\nVaccines requested: DTaP, IPV, MMR",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant report with aggregate numbers DOCX",
        notes="Hard negative: foundation grant report with doses and coverage stats; no child.",
        frm="Director <director@littlearmsvan.org>",
        to="grants@pinewoodfoundation.org",
        subject="Year 2 interim report",
        body="Report attached. Happy to host a site visit on the van.",
        atts=(
            Att(
                "LAV_Y2_interim.docx",
                DOCX,
                docx(
                    [
                        "Little Arms Vaccine Van - Year 2 interim report",
                        "Doses given: 4,118 to 1,692 children at 96 stops.",
                        "Kindergarten MMR coverage at partner schools rose from 81% to 89%.",
                        "Challenges: measles misinformation, driver turnover.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reminder text for second dose to parent",
        notes="Short reminder to parent's yahoo naming child and HPV dose 2 due.",
        frm="Little Arms Vaccine Van <reminders@littlearmsvan.org>",
        to="jpreston1979@yahoo.com",
        subject="Reminder: Hailey's 2nd HPV shot",
        body="Hi! Hailey Preston is due for her 2nd HPV (Gardasil 9) dose on or after 4/2. We'll be at Riverside Library 4/6. Reply STOP to opt out."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Volunteer sign-up",
        notes="Volunteer shift signup; no patients.",
        frm="Volunteers <volunteers@littlearmsvan.org>",
        to="ethan.cole.volunteer@gmail.com",
        subject="You're confirmed for Saturday",
        body="Thanks Ethan! Saturday 3/21, Westgate Apartments, 9am-1pm: greeter + sticker table. Wear the blue shirt. Parking behind building C.",
    ),
    Spec(
        phi=True,
        category="Measles exposure notice to family",
        notes="Hard positive: exposure notice to a named family saying their child was at the stop with a measles case and is unvaccinated.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="the.oyelaran.family@outlook.com",
        subject="Important - measles exposure",
        body="Dear Mr. and Mrs. Oyelaran,\n\nOn 3/7 a child with measles visited the van at Harbor Rd. Our records show Femi was in line at the same time and has not had his MMR. The health department recommends MMR within 72 hours or immune globulin, and staying home until 3/28. Please call me today at 555-0181.\n\nMaya Corbin, RN",
    ),
    Spec(
        phi=False,
        category="Public measles exposure alert",
        notes="Hard negative: public alert about exposure time/location, no individual identified.",
        frm="Little Arms Vaccine Van <news@littlearmsvan.org>",
        to="subscribers@littlearmsvan.org",
        subject="Measles exposure: Harbor Rd stop, March 7",
        body="",
        html="<html><body><p><b>Health alert:</b> A person with measles was at our Harbor Rd Food Pantry stop on Saturday, March 7, 1-5 pm. If your child was there and is not vaccinated, call the county health department at 555-0199. Free MMR at all van stops this week.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Insurance billing CSV to billing partner",
        notes="CSV of children's names, Medicaid IDs and administered CPT codes for billing.",
        frm="Data <data@littlearmsvan.org>",
        to="claims@summitrcm.com",
        subject="Admin fee billing - week 11",
        body="Week 11 billable admin fees attached.",
        atts=(
            Att(
                "wk11_billing.csv",
                "text/csv",
                "child,dob,medicaid_id,dos,cpt\nHolloway Tyrese,2019-04-02,BMM81220419,2026-03-14,90460\nPark Seo-yeon,2018-01-30,BMM80011372,2026-03-14,90460;90461\nMwangi Baraka,2016-06-11,BMM79933105,2026-03-14,90460\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fake patients for training csv",
        notes="Hard negative: training CSV of clearly declared fictional children for volunteer data-entry practice.",
        frm="Data <data@littlearmsvan.org>",
        to="volunteers@littlearmsvan.org",
        subject="Practice file for Thursday data-entry training",
        body="FICTIONAL PRACTICE DATA - these kids do not exist. Enter them into the TRAINING environment only.",
        atts=(
            Att(
                "PRACTICE_fictional_kids.csv",
                "text/csv",
                "child,dob,vaccine\nPractice Kid One,2020-01-01,MMR\nPractice Kid Two,2019-02-02,DTaP\nCartoon Duck (fake),2021-03-03,Flu\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Immunization to pediatric practice",
        notes="Hard positive: FHIR Immunization resource for named child pushed to child's pediatrician.",
        frm="Data <data@littlearmsvan.org>",
        to="fhir-inbox@maplesproutpeds.com",
        subject="Immunization update",
        body="Auto-sent record of a dose given on the van to your patient.",
        atts=(
            Att(
                "imm_30991.json",
                "application/fhir+json",
                '{"resourceType":"Immunization","status":"completed","vaccineCode":{"text":"Hepatitis A, pediatric (CVX 83)"},"patient":{"display":"Rhys Calloway","identifier":{"value":"LAV-30991"}},"occurrenceDateTime":"2026-03-14","lotNumber":"HA8820","performer":[{"actor":{"display":"Maya Corbin, RN"}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Van maintenance with VIN",
        notes="Hard negative: vehicle VIN and plate for the van's repair - a vehicle identifier not tied to any patient.",
        frm="Ops <ops@littlearmsvan.org>",
        to="service@fairhavenfleet.com",
        subject="Generator + fridge power issue - VIN 1FDUF5HT8NDA04417",
        body="Our van (plate LAV 2, VIN 1FDUF5HT8NDA04417) generator cuts out under fridge load. Vaccines are moved to backup cooler. Can you fit us in Friday?",
    ),
    Spec(
        phi=True,
        category="Consent question reply with exemption detail",
        notes="Reply to parent confirming medical exemption for child with leukemia on chemotherapy.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="nadia.brennan@gmail.com",
        subject="Re: can Oliver get his shots on the van?",
        body="Hi Nadia,\n\nSince Oliver is still on maintenance chemo for his ALL, he should NOT get live vaccines (MMR, varicella) on the van. His oncologist's exemption letter covers school. Siblings can and should be vaccinated though.\n\nMaya",
    ),
    Spec(
        phi=False,
        category="Generic live vaccine contraindication FAQ",
        notes="Hard negative: FAQ on who should not receive live vaccines (chemo, transplant); no individual.",
        frm="Little Arms Vaccine Van <news@littlearmsvan.org>",
        to="partners@littlearmsvan.org",
        subject="FAQ sheet: live vaccines and weakened immune systems",
        body="Please share with families: Children on chemotherapy, high-dose steroids, or after organ transplant should not get live vaccines (MMR, varicella, nasal flu) without their specialist's OK. Household contacts should be vaccinated to protect them.",
    ),
    Spec(
        phi=True,
        category="Forwarded parent email with vaccine history photo",
        notes="Hard positive: coordinator forwards parent's message with child's name and foreign vaccine history to nurse's personal mailbox.",
        frm="Rosa Ibarra <ribarra@littlearmsvan.org>",
        to="maya.corbin.rn@hotmail.com",
        subject="Fwd: records from Honduras",
        body="Can you look at this from home tonight? Need to know which catch-ups he needs.",
        forward=Spec(
            phi=True,
            category="x",
            notes="x",
            frm="Wilmer Sorto <wilmer.sorto@gmail.com>",
            to="outreach@littlearmsvan.org",
            subject="vacunas de mi hijo",
            body="Hello, my son Brayan Sorto born 2017-05-19 had BCG, 3 pentavalente and 1 SRP in Honduras. Card photo attached. What does he need for school?",
            atts=(Att("tarjeta_Brayan.png", "image/png", png(4, 6, (240, 230, 200))),),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded county health alert",
        notes="Forwarded county measles case count advisory; aggregate only.",
        frm="Director <director@littlearmsvan.org>",
        to="staff@littlearmsvan.org",
        subject="Fwd: County HAN - measles update",
        body="FYI - extra MMR stock ordered.",
        forward=Spec(
            phi=False,
            category="x",
            notes="x",
            frm="County Health <han@fairhavencountyhealth.gov>",
            to="director@littlearmsvan.org",
            subject="HAN: measles update",
            body="Total confirmed cases: 7 (ages 1-9, all unvaccinated). Exposure sites posted online. Providers: offer early MMR dose 2 for ages 1-4.",
        ),
    ),
    Spec(
        phi=True,
        category="Registry reconciliation multi-sheet",
        notes="Hard positive: workbook of registry rejects with children's names and DOBs plus corrected values.",
        frm="Data <data@littlearmsvan.org>",
        to="iis-support@state-immunization-registry.gov",
        subject="Rejects Feb - corrections",
        body="Corrections attached; please reprocess.",
        atts=(
            Att(
                "rejects_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rejects": [
                            ["Msg ID", "Child", "DOB", "Error"],
                            ["LAV022103", "Vance, Jaxon", "2020-10-10", "dup patient"],
                            ["LAV022117", "Ruiz, Elena", "2023-01-04", "invalid lot"],
                        ],
                        "Corrections": [
                            ["Msg ID", "Field", "New value"],
                            ["LAV022103", "IIS ID", "88120473"],
                            ["LAV022117", "Lot", "U7731AA"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Driver timesheet multi-sheet",
        notes="Hard negative: staff hours workbook incl. a sick-day column count; no patient and no staff diagnosis.",
        frm="Ops <ops@littlearmsvan.org>",
        to="payroll@greenleafpayroll.com",
        subject="Timesheets 3/1-3/14",
        body="Attached.",
        atts=(
            Att(
                "timesheets_0314.xlsx",
                XLSX,
                xlsx(
                    {
                        "Hours": [
                            ["Employee", "Regular", "OT"],
                            ["Diaz, Rafael", 72, 6],
                            ["Corbin, Maya", 80, 0],
                            ["Ibarra, Rosa", 76, 2],
                        ],
                        "PTO": [
                            ["Employee", "Sick days", "Vacation"],
                            ["Diaz, Rafael", 1, 0],
                            ["Ibarra, Rosa", 0, 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appointment ICS for catch-up dose",
        notes="ICS invite to a parent for named child's catch-up vaccines at a van stop.",
        frm="Little Arms Vaccine Van <reminders@littlearmsvan.org>",
        to="amira.haddad.mom@gmail.com",
        subject="Van appointment",
        body="Your spot is held.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Little Arms//Van//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lav-appt-4410@littlearmsvan.org\r\nDTSTAMP:20260316T150000Z\r\nDTSTART:20260326T200000Z\r\nDTEND:20260326T201500Z\r\nSUMMARY:Layla Haddad - catch-up DTaP/IPV/HepB\r\nLOCATION:Westgate Apartments lot\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Nurse job posting HTML",
        notes="Hard negative: HTML-only job post mentioning immunizations and patient records; no patient.",
        frm="Director <director@littlearmsvan.org>",
        to="postings@nursejobsnewengland.com",
        subject="Posting: Mobile Immunization RN (part-time)",
        body="",
        html="<html><body><h3>Mobile Immunization RN</h3><p>Give routine childhood vaccines on our van, screen for contraindications, document in the state registry, respond to anaphylaxis. Valid RN license and BLS. 24 hrs/week incl. Saturdays.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Anaphylaxis incident report PDF to insurer",
        notes="Incident report to liability insurer naming child treated with epinephrine after vaccine.",
        frm="Director <director@littlearmsvan.org>",
        to="incidents@pediguardmutual.com",
        subject="Incident report LAV-IR-2026-03",
        body="Incident report attached per policy. Child recovered fully.",
        atts=(
            Att(
                "LAV-IR-2026-03.pdf",
                "application/pdf",
                pdf(
                    [
                        "LITTLE ARMS VACCINE VAN - INCIDENT REPORT",
                        "Date: 03/07/2026  Stop: Harbor Rd",
                        "Child: Declan Murtagh, 11 y",
                        "Event: hives + wheeze 8 min after Tdap; IM epinephrine 0.3 mg given; EMS transport",
                        "Outcome: discharged from ED same day",
                    ],
                    "Incident",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Anaphylaxis drill checklist",
        notes="Hard negative: emergency drill checklist with epinephrine doses by weight; no individual.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="staff@littlearmsvan.org",
        subject="Anaphylaxis drill Friday",
        body="Drill Friday 9am at the depot. Checklist:\n- EpiPen Jr 0.15 mg (15-30 kg), EpiPen 0.3 mg (>30 kg)\n- Call 911, note time\n- Diphenhydramine only after epi\n- Observe 15 min after every vaccine, 30 min if prior reaction.",
    ),
    Spec(
        phi=True,
        category="Text summary of day to health dept",
        notes="Hard positive: plain-text line list of refused-MMR households with child names and addresses to health department.",
        frm="Outreach <outreach@littlearmsvan.org>",
        to="measles.response@fairhavencountyhealth.gov",
        subject="line list",
        body="txt attached",
        atts=(
            Att(
                "refusals_0314.txt",
                "text/plain",
                "Westgate Apts 0314 - declined MMR after exposure counseling\nbldg C #12  Jonah Pike 4y\nbldg C #31  Ivy + Rose Lund 2y/6y\nbldg A #3   Mateus Silva 18mo\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Stop feedback text file",
        notes="Plain-text notes on stop logistics; no children identified.",
        frm="Rafael Diaz <rdiaz@littlearmsvan.org>",
        to="ops@littlearmsvan.org",
        subject="Saturday debrief",
        body="notes attached",
        atts=(
            Att(
                "debrief_0314.txt",
                "text/plain",
                "Westgate: 43 kids, line peaked at 11. Need 2nd canopy. Generator fine. Ran low on stickers and flu vials by 12:30.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility check with member IDs",
        notes="Email to Medicaid plan asking eligibility for three named children with member IDs before vaccinating.",
        frm="Data <data@littlearmsvan.org>",
        to="provider.services@bluemeadowmedicaid.com",
        subject="Eligibility check",
        body="Please confirm active coverage as of 3/21 for:\nAmari Wells, DOB 03/03/2015, ID BMM80455210\nGrace Wells, DOB 09/19/2018, ID BMM80455228\nNoah Castillo, DOB 12/01/2021, ID BMM80612009\nWe plan to give flu and HPV at our Saturday stop.",
    ),
    Spec(
        phi=False,
        category="Provider enrollment with NPI to Medicaid",
        notes="Hard negative: van's enrollment letter with standing-order physician NPI; no patient.",
        frm="Director <director@littlearmsvan.org>",
        to="enrollment@bluemeadowmedicaid.com",
        subject="Standing order physician update",
        body="Effective 4/1 our standing-order physician is Dr. Lorenzo Baptiste, pediatrics, NPI 1593208741. Please update our mobile unit enrollment.",
    ),
    Spec(
        phi=True,
        category="Pharmacist dose transfer note",
        notes="Hard positive: terse note to a pharmacy naming child and Tdap/MenACWY doses given to avoid duplication.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="rx.westgate@harborpharmacy.com",
        subject="dup check",
        body="FYI we gave Kiara Nwosu (12y) Tdap + MenACWY on 3/14 - mom says she was booked with you 3/18 for the same. pls cancel.",
    ),
    Spec(
        phi=True,
        category="Vaccine status letter to foster care caseworker",
        notes="Hard positive: note to foster agency caseworker about a named foster child's catch-up vaccines and hepatitis B carrier status.",
        frm="Nurse Lead <nurselead@littlearmsvan.org>",
        to="caseworker.lindgren@fairhavenfamilyservices.org",
        subject="T.W. catch-up plan",
        body="Hi Erik,\n\nFor your foster placement Tariq Wilde (DOB 08/30/2014): he got Tdap and HPV #1 on the van 3/14. His old records show he is a hepatitis B carrier (HBsAg+), so please make sure his new pediatrician has that. HPV #2 due in 6-12 months.\n\nMaya Corbin, RN",
    ),
    Spec(
        phi=False,
        category="Donor newsletter HTML with anonymous anecdote",
        notes="Hard negative: HTML donor newsletter using stock photo and a first-name-free anecdote; no identifiable child.",
        frm="Little Arms Vaccine Van <donors@littlearmsvan.org>",
        to="donors@littlearmsvan.org",
        subject="Spring update from the van",
        body="",
        html="<html><body><p>Dear friends,</p><p>This winter a grandmother walked three miles in the snow so her grandkids could get their flu shots. Stories like that are why we roll. <i>(Photo: stock image, models.)</i></p><p>Your gift of $25 covers supplies for ten kids.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Cold chain SOP DOCX",
        notes="Cold-chain SOP document to staff; no patient.",
        frm="Ops <ops@littlearmsvan.org>",
        to="staff@littlearmsvan.org",
        subject="Cold chain SOP rev C",
        body="Rev C attached.",
        atts=(
            Att(
                "cold_chain_SOP_revC.docx",
                DOCX,
                docx(
                    [
                        "Cold chain SOP rev C",
                        "Keep refrigerated vaccines 2-8 C; check logger every hour on route.",
                        "Excursion: label DO NOT USE, call manufacturer.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Mileage CSV to accountant",
        notes="Van mileage log CSV; no patients.",
        frm="Ops <ops@littlearmsvan.org>",
        to="books@harborlinecpas.com",
        subject="March mileage",
        body="Mileage CSV for the grant reimbursement.",
        atts=(
            Att(
                "mileage_mar.csv",
                "text/csv",
                "date,from,to,miles\n2026-03-02,depot,Riverside Library,11\n2026-03-03,depot,Elm Park Elementary,8\n2026-03-07,depot,Harbor Rd,14\n",
            ),
        ),
    ),
]
