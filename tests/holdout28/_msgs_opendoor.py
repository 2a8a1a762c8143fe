"""Open Door Community Services: outbound mail, 18 with PHI and 18 without."""

# ruff: noqa: E501  (message text and attachment payloads are kept as written)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import BPR, KBH, ODC, Att, Spec

SIG_NAV = """
Best,
Karen Marsh
Housing Navigator | Open Door Community Services
233 Hummel St, Harrisburg PA 17104 | 717-555-0330
"""

SIG_BEN = """
Gracias / Thank you,
Lucia Benavides
Benefits Counselor, Open Door Community Services
717-555-0335
"""

MTM_CSV = """client,address,phone,diet,delivery_day,notes
Farida Haidari,1419 Market St Apt 2 Harrisburg 17103,717-555-0902,diabetic,Mon,leave with neighbor 1B
Walter Pinkney,620 Boas St Harrisburg 17102,717-555-0477,renal (dialysis MWF),Tue,deliver after 2pm
Rosa Elena Cardona,88 S 17th St Harrisburg 17104,717-555-0159,low sodium (CHF),Mon,ring twice
Hieu Pham,2135 Derry St Harrisburg 17104,717-555-0640,soft/pureed (post-stroke),Thu,
"""

FHIR_REFERRAL = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "odc-50318",
      "name": [{"family": "Whitehorse", "given": ["Ramona"]}],
      "birthDate": "1979-09-03",
      "telecom": [{"system": "phone", "value": "717-555-0788"}],
      "address": [{"line": ["2008 Swatara St"], "city": "Harrisburg", "state": "PA",
        "postalCode": "17104"}]}},
    {"resource": {"resourceType": "ServiceRequest", "id": "sr-50318-1", "status": "active",
      "intent": "order",
      "code": {"text": "Legal aid referral - eviction defense"},
      "subject": {"reference": "Patient/odc-50318"},
      "reasonCode": [{"text": "Housing instability; PTSD; on disability (SSDI)"}],
      "note": [{"text": "Hearing 12/02/2026. Needs reasonable accommodation letter from therapist."}]}}
  ]
}
"""

CASE_TXT = """OPEN DOOR COMMUNITY SERVICES - case notes export
Client: Oyelaran, Folasade   Client #: OD-41177   DOB: 06/09/1958   SSN: 418-62-7305
11/02 Intake. Lives alone. Type 2 diabetes, recent foot amputation (L), uses wheelchair.
11/04 Applied LIHEAP crisis. Landlord will not install ramp; referred to legal aid.
11/09 KBHP care manager called: member depressed since surgery, starting therapy at home.
"""

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="HRSN food referral to partner",
        notes="Food referral naming a client with household size and type 2 diabetes",
        frm=f"Lucia Benavides <lbenavides@{ODC}>",
        to="agency.referrals@centralpafoodbank.org",
        subject="Referral - diabetic-friendly box",
        body=(
            "Hello,\n\nReferring Ms. Farida Haidari, 1419 Market St Apt 2, household of 5, for "
            "the medically tailored pantry program. She has type 2 diabetes (A1c 9.8 last month "
            "per her clinic) and her insulin was just increased, so she needs the diabetic-"
            "friendly box. She prefers Dari-speaking volunteers if possible.\n" + SIG_BEN
        ),
    ),
    Spec(
        phi=True,
        category="PDF utility medical certificate",
        notes="Hard positive: PHI only in the PDF (name, address, home oxygen for COPD) for "
        "utility shutoff protection",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="medical.certs@ppl-utility-assist.com",
        subject="Medical certificate - account 5520-81733",
        body=(
            "Please see the attached medical certificate to stop the scheduled shutoff. The "
            "physician's signed form will follow by fax." + SIG_NAV
        ),
        atts=(
            Att(
                "medical_certificate_5520-81733.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN DOOR COMMUNITY SERVICES - Utility Medical Certificate Request",
                        "Customer: Walter Pinkney   Account: 5520-81733",
                        "Service address: 620 Boas St, Harrisburg PA 17102",
                        "Household member on home oxygen concentrator (COPD), 24 hours/day",
                        "Also on hemodialysis Mon/Wed/Fri",
                    ],
                    "Medical certificate request",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="benefits help to client (personal mailbox)",
        notes="Benefits counselor to client at hotmail about his wife's dialysis letter for a "
        "SNAP/disability application",
        frm=f"Lucia Benavides <lbenavides@{ODC}>",
        to="minh.nguyen.hbg@hotmail.com",
        subject="What to bring on Thursday",
        body=(
            "Hi Mr. Nguyen,\n\nFor the SNAP and LIHEAP applications on Thursday at 10, please "
            "bring:\n- both IDs and Social Security cards\n- your pay stubs from October\n"
            "- the letter from the kidney center showing Mrs. Lan Nguyen's dialysis schedule "
            "(this lets us count her medical expenses)\n\nSee you then." + SIG_BEN
        ),
    ),
    Spec(
        phi=True,
        category="CSV medically tailored meals roster",
        notes="Hard positive: delivery CSV with client names, addresses and diets that reveal "
        "diabetes, dialysis, CHF and stroke",
        frm=f"Nutrition Program <meals@{ODC}>",
        to="dispatch@capitalmealsonwheels.org",
        subject="Delivery list for next week",
        body="Next week's list attached. 2 new, 1 moved to Thursday. Thanks!",
        atts=(Att("mtm_delivery_wk47.csv", "text/csv", MTM_CSV),),
    ),
    Spec(
        phi=True,
        category="XLSX HRSN screening results to health plan",
        notes="Multi-sheet workbook of HRSN screening results with plan member IDs, names and "
        "behavioral health follow-up flags, to the plan",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to=f"hrsn@{KBH}",
        subject="October HRSN screenings for KBHP members",
        body="Attached are October's screenings for your members per our data sharing agreement."
        + SIG_NAV,
        atts=(
            Att(
                "ODC_HRSN_KBHP_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Screenings": [
                            ["KBHP member ID", "Name", "Screen date", "Housing", "Food", "Utilities"],
                            ["KB20957731", "Dorota Kowalczyk", "2026-10-05", "at risk", "yes", "no"],
                            ["KB88120549", "Abdirahman Warsame", "2026-10-12", "homeless", "yes", "n/a"],
                            ["KB40719358", "Colleen Abernathy", "2026-10-19", "stable", "no", "yes"],
                        ],
                        "BH follow-up": [
                            ["KBHP member ID", "Flag", "Note"],
                            ["KB88120549", "suicidal ideation disclosed at screening",
                             "warm transfer to crisis line 10/12"],
                            ["KB20957731", "missed psychiatry appts x3", "needs transport"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS home visit invite",
        notes="Hard positive: calendar invite for a home visit with the client's name, address "
        "and post-stroke mobility need",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="install@accessiblehomemods.org",
        cc=f"lbenavides@{ODC}",
        subject="Invitation: Home visit - grab bars",
        body="Invite for the home assessment. Client knows you're coming.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Open Door//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:odc-hv-20261118-pham@opendoorcs.org\r\n"
            "DTSTAMP:20261112T180000Z\r\nDTSTART:20261118T140000Z\r\nDTEND:20261118T150000Z\r\n"
            "SUMMARY:Home visit - Hieu Pham (grab bars + shower chair)\r\n"
            "DESCRIPTION:Client had a stroke in Sept\\, left-side weakness\\, uses a walker. "
            "Son Tuan will translate. Phone 717-555-0640.\r\n"
            "LOCATION:2135 Derry St\\, Harrisburg PA 17104\r\n"
            "ORGANIZER:mailto:kmarsh@opendoorcs.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded care manager request (rfc822)",
        notes="Hard positive: outer note is generic; the forwarded plan care manager's email "
        "names a member with schizophrenia needing housing",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to=f"housing.team@{ODC}",
        subject="Fw: housing referral from Keystone",
        body="Who has room on their caseload? Forwarding the referral below.\n\nKaren",
        forward=Spec(
            phi=True,
            category="forwarded",
            notes="inner",
            frm=f"Obinna Eze <oeze@{KBH}>",
            to=f"kmarsh@{ODC}",
            subject="housing referral",
            body=(
                "Hi Karen,\n\nReferring Abdirahman Warsame (KBHP member KB88120549, DOB "
                "1/30/1985), currently staying at the Bethesda Mission. He has schizophrenia, is "
                "stable on Invega Sustenna monthly injections, and would do well in permanent "
                "supportive housing. He has SSI. Phone: 717-555-0195.\n\nObinna Eze, MSW\n"
                "Care Manager, Keystone BHP"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only PHI (eviction + PTSD letter)",
        notes="Hard positive: client's full name and PTSD accommodation only in the subject",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="eviction.defense@midpennlegal.org",
        subject="Ramona Whitehorse eviction hearing 12/2 - PTSD accommodation letter",
        body="Template attached in the next email, I'll fill it in tomorrow.\n\nKaren",
    ),
    Spec(
        phi=True,
        category="internal terse note (Mrs. D, shelter room, insulin)",
        notes="Hard positive: 'Mrs. D' with shelter room number and insulin refrigeration need",
        frm=f"Tamika Rhodes <trhodes@{ODC}>",
        to=f"facilities@{ODC}",
        subject="mini fridge?",
        body=(
            "Mrs. D in room 3B at the Maple St shelter - her insulin pens need a fridge and she's "
            "been keeping them in the staff kitchen. Do we have a mini fridge left from the "
            "donation? Thx, T"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR social care referral",
        notes="FHIR Patient + ServiceRequest with name, DOB, address, PTSD and disability sent "
        "to legal aid",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="intake-api@midpennlegal.org",
        subject="Referral payload (manual resend)",
        body="Our referral platform timed out; here is the payload for manual entry." + SIG_NAV,
        atts=(Att("referral_odc-50318.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="DOCX reasonable accommodation letter",
        notes="Accommodation letter for a named tenant's emotional support animal due to "
        "anxiety and depression",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="management@swatarapointeapts.com",
        subject="Reasonable accommodation request - unit 12",
        body="Please find the tenant's accommodation request attached." + SIG_NAV,
        atts=(
            Att(
                "accommodation_request_unit12.docx",
                DOCX,
                docx(
                    [
                        "Re: Reasonable accommodation request - Ines Carvalho, Unit 12",
                        "Ms. Carvalho is a client of Open Door Community Services. Her treating "
                        "therapist has documented generalized anxiety disorder and major "
                        "depression and recommends an emotional support animal.",
                        "She requests a waiver of the no-pets rule for one cat.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML case review table",
        notes="HTML table (with plain alternative) of clients, needs and health flags for "
        "weekly case review",
        frm=f"Tamika Rhodes <trhodes@{ODC}>",
        to=f"case.review@{ODC}",
        subject="Case review agenda 11/13",
        body=(
            "Case review Friday. Table below.\n\n"
            "Haidari - food + insulin cost\nPinkney - utility shutoff, oxygen\n"
            "Okonjo - eviction, postpartum depression\n"
        ),
        html=(
            "<html><body><p>Case review Friday 11/13, 9 AM.</p><table border='1'>"
            "<tr><th>Client</th><th>Need</th><th>Health flag</th><th>Lead</th></tr>"
            "<tr><td>Farida Haidari</td><td>food, insulin cost</td><td>T2DM</td><td>Lucia</td></tr>"
            "<tr><td>Walter Pinkney</td><td>utility shutoff</td><td>COPD, home O2, dialysis</td>"
            "<td>Karen</td></tr>"
            "<tr><td>Chiamaka Okonjo</td><td>eviction</td><td>postpartum depression</td>"
            "<td>Tamika</td></tr></table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="PNG photo of medication label",
        notes="Hard positive: photo of a client's pill bottle label; the file name carries her name",
        frm=f"Lucia Benavides <lbenavides@{ODC}>",
        to="assist@rxhelpfoundation.org",
        subject="Patient assistance application - label photo",
        body="Photo of the current bottle label attached for the application." + SIG_BEN,
        atts=(
            Att("Estela_Marquez_Eliquis_label.png", "image/png", png(10, 6, (240, 240, 235))),
        ),
    ),
    Spec(
        phi=True,
        category="update to relative (personal mailbox)",
        notes="Hard positive: grandmother (unnamed in body beyond relation) with dialysis days and "
        "meal start, to the granddaughter at yahoo; client named in subject by first name",
        frm=f"Nutrition Program <meals@{ODC}>",
        to="tasha.pinkney@yahoo.com",
        subject="Meals for Grandma Ethel start Monday",
        body=(
            "Hi Tasha,\n\nGood news: your grandmother's home-delivered meals start Monday. The "
            "driver knows she's at dialysis Mon/Wed/Fri mornings, so deliveries will come after "
            "2 PM. The meals are renal-friendly (low potassium and phosphorus), as her nurse "
            "asked.\n\nOpen Door Nutrition Program"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted ZIP client list",
        notes="Hard positive: encrypted zip of clients who screened positive for hepatitis C; the "
        "names are only in the encrypted archive",
        frm=f"Tamika Rhodes <trhodes@{ODC}>",
        to="outreach@dauphinmobilehealth.org",
        subject="List for the Elm St mobile clinic",
        body=(
            "Attached (encrypted, password by text) is the list of the 14 clients at our Elm St "
            "site who screened positive for hep C and agreed to the mobile clinic visit.\n\nTamika"
        ),
        atts=(
            Att(
                "elm_st_hcv.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "elm_st_hcv.csv": (
                            "name,dob,phone,screen\n"
                            "Dwayne Kittredge,1972-04-19,717-555-0511,HCV Ab+\n"
                            "Mei-Ling Sato,1969-10-02,717-555-0512,HCV Ab+\n"
                        )
                    },
                    "ElmSt-2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transport request to plan",
        notes="Transportation request naming a member with DOB and dialysis schedule",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to=f"matp@{KBH}",
        subject="Standing ride request",
        body=(
            "Hello,\n\nRequesting standing MATP rides for Walter Pinkney (DOB 02/27/1951, KBHP "
            "member KB53381406, MBI 6TC2-FJ9-XE15) to Fresenius Kidney Care on Cameron St, Mon/Wed/Fri 6:30 AM pickup, "
            "return 11 AM. He is on home oxygen and needs a vehicle with space for the portable "
            "tank." + SIG_NAV
        ),
    ),
    Spec(
        phi=True,
        category="TXT case notes export",
        notes="TXT case notes with name, client number, DOB, amputation and depression sent to "
        "legal aid",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="intake@disabilityrightspa-hbg.org",
        subject="Case notes for the ramp complaint",
        body="Notes attached (client signed the release 11/4)." + SIG_NAV,
        atts=(Att("ODC_case_OD-41177.txt", "text/plain", CASE_TXT),),
    ),
    Spec(
        phi=True,
        category="reply to client with quoted thread (personal mailbox)",
        notes="Reply to a client at gmail quoting her message about her son's asthma ER visit",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="lucia.ferreira.pa@gmail.com",
        subject="RE: mold in apartment",
        body=(
            "Hi Lucia,\n\nI called codes enforcement and they will inspect on Tuesday. I will "
            "also send the landlord the letter from Dr. Ahmed about Gabriel's asthma.\n" + SIG_NAV
            + "\n> On Mon, Nov 9, Lucia Ferreira wrote:\n> Karen the mold is back in the bedroom, "
            "Gabriel had another asthma attack and we were in the ER Saturday night. He is 7. "
            "please help"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="HTML-only pantry holiday hours",
        notes="HTML-only holiday schedule for the food pantry",
        frm=f"Open Door Community Services <info@{ODC}>",
        to="neighbors@opendoorcs-list.org",
        subject="Thanksgiving pantry hours",
        body="",
        html=(
            "<html><body><h3>Thanksgiving week pantry hours</h3><table border='1'>"
            "<tr><td>Mon 11/23</td><td>9-4</td></tr><tr><td>Tue 11/24</td><td>9-7</td></tr>"
            "<tr><td>Wed 11/25</td><td>9-12</td></tr><tr><td>Thu-Fri</td><td>closed</td></tr>"
            "</table><p>Turkeys while supplies last. Bring a bag!</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate HRSN dashboard PDF",
        notes="Hard negative: screening dashboard PDF with counts and percentages only",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to=f"hrsn@{KBH}",
        subject="Q3 HRSN dashboard",
        body="Aggregate Q3 dashboard attached for the joint committee.",
        atts=(
            Att(
                "ODC_HRSN_Q3_dashboard.pdf",
                "application/pdf",
                pdf(
                    [
                        "OPEN DOOR COMMUNITY SERVICES - HRSN Screening Dashboard Q3 2026",
                        "Screened: 1,430. Food insecure: 38%. Housing unstable: 27%.",
                        "Utility need: 19%. Transportation need: 22%.",
                        "Referred to behavioral health: 96 (6.7%). Closed loop: 61%.",
                    ],
                    "HRSN dashboard",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant report with ZIP3 counts",
        notes="Hard negative: foundation report with client counts by 3-digit ZIP and chronic "
        "condition categories",
        frm=f"Development <development@{ODC}>",
        to="grants@capitalregionfoundation.org",
        subject="Food as Medicine - interim report",
        body=(
            "Dear Ms. Lindgren,\n\nInterim numbers for the Food as Medicine grant:\n"
            "- 312 households served (ZIP3 171: 208; 170: 74; 173: 30)\n"
            "- Medically tailored boxes: 1,904 (diabetic 61%, renal 14%, heart-healthy 25%)\n"
            "- Participants reporting improved food security at 3 months: 72%\n\n"
            "Full report in January.\n\nOpen Door Development"
        ),
    ),
    Spec(
        phi=False,
        category="van maintenance invoice (VIN, plate)",
        notes="Hard negative: organisation vehicle VIN and plate on a maintenance invoice",
        frm=f"Operations <ops@{ODC}>",
        to="service@keystonefleetrepair.com",
        subject="Van 3 - invoice question",
        body=(
            "Hi, invoice 88413 for our pantry van (2019 Ford Transit, VIN 1FTBW2CM5KKA48213, "
            "plate ZKT-4418) shows two brake jobs. We only approved one. Please correct.\n\n"
            "Operations, Open Door"
        ),
    ),
    Spec(
        phi=False,
        category="staff flu clinic notice",
        notes="Hard negative: staff flu shot clinic with vaccine names; no individuals",
        frm=f"Human Resources <hr@{ODC}>",
        to=f"staff@{ODC}",
        subject="Staff flu + COVID shots Wednesday",
        body=(
            "Rite Aid will run a staff vaccine clinic Wednesday 11/18, 11-2, in the community "
            "room. Flu (Flucelvax) and the 2026-27 COVID booster. Bring your insurance card. "
            "Sign up on the sheet by the time clock.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="W-2 payroll reminder",
        notes="Hard negative: payroll reminder about SSN verification on W-2s, no numbers",
        frm=f"Payroll <payroll@{ODC}>",
        to=f"staff@{ODC}",
        subject="Check your name and SSN in Paylocity before W-2s",
        body=(
            "Please log in to Paylocity and check that your legal name, address and Social "
            "Security number match your card before 12/15. Corrections after W-2s print cost $25 "
            "per form. Never email your SSN.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="job posting CHW",
        notes="Community health worker job posting",
        frm=f"Human Resources <hr@{ODC}>",
        to="jobs@pachwcollaborative.org",
        subject="Posting: Community Health Worker (bilingual)",
        body=(
            "Open Door Community Services seeks a bilingual (Spanish/English) Community Health "
            "Worker to screen for health-related social needs and connect neighbors to food, "
            "housing and benefits. CHW certificate preferred. $20.50/hr.\n"
            "Apply: opendoorcs.org/jobs"
        ),
    ),
    Spec(
        phi=False,
        category="volunteer orientation ICS",
        notes="Invite for volunteer orientation",
        frm=f"Volunteer Services <volunteer@{ODC}>",
        to="newvolunteers@opendoorcs-list.org",
        subject="Invitation: Volunteer orientation",
        body="See you Saturday!",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Open Door//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:odc-vol-20261121@opendoorcs.org\r\n"
            "DTSTAMP:20261112T180000Z\r\nDTSTART:20261121T150000Z\r\nDTEND:20261121T163000Z\r\n"
            "SUMMARY:Volunteer orientation\r\nDESCRIPTION:Pantry safety\\, client dignity\\, "
            "confidentiality basics.\r\nLOCATION:233 Hummel St\r\n"
            "ORGANIZER:mailto:volunteer@opendoorcs.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="data sharing policy DOCX",
        notes="Hard negative: HRSN consent and data sharing policy naming health conditions as "
        "data categories",
        frm=f"Tamika Rhodes <trhodes@{ODC}>",
        to=f"kmarsh@{ODC}",
        cc=f"dharrow@{BPR}",
        subject="Updated data sharing policy v2.1",
        body="Final v2.1 attached for the partner meeting.",
        atts=(
            Att(
                "ODC_data_sharing_policy_v2.1.docx",
                DOCX,
                docx(
                    [
                        "Policy 3.4 Sharing client information with health partners",
                        "Staff may share screening results with a health plan only under a "
                        "signed data sharing agreement and the client's consent.",
                        "Diagnoses, substance use and HIV status are never entered in the "
                        "referral platform's free-text notes.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="heat/cold public health notice",
        notes="Hard negative: warming center notice listing at-risk conditions in general",
        frm=f"Open Door Community Services <info@{ODC}>",
        to="neighbors@opendoorcs-list.org",
        subject="Code Blue: warming centers open tonight",
        body=(
            "Temperatures will drop to 12F tonight. Warming centers at 233 Hummel St and the "
            "Downtown Daily Bread are open 7 PM-7 AM. People with heart disease, COPD, diabetes "
            "or who use oxygen are at higher risk: check on neighbors. Call 717-555-0330 for a "
            "ride."
        ),
    ),
    Spec(
        phi=False,
        category="donation pickup (personal mailbox)",
        notes="Donation pickup confirmation to a donor at outlook.com",
        frm=f"Volunteer Services <volunteer@{ODC}>",
        to="gregandpam.holt@outlook.com",
        subject="Pickup confirmed for Saturday",
        body=(
            "Hi Greg,\n\nOur truck will pick up the sofa and two dressers Saturday between 9 and "
            "11. Thank you for furnishing a new home for a family moving out of shelter!\n\n"
            "Open Door Volunteer Services"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT phishing warning to staff",
        frm=f"IT Help <it@{ODC}>",
        to=f"staff@{ODC}",
        subject="Phishing: fake 'DocuSign - benefits form' emails",
        body=(
            "Several of you received a fake DocuSign email asking you to log in to review a "
            "benefits form. Do not click. Report it with the Phish button. If you entered your "
            "password, call ext. 120 right away.\n\nIT"
        ),
    ),
    Spec(
        phi=False,
        category="blank referral template to clinic",
        notes="Hard negative: referral workflow with a blank template (Patient name: ____, DOB: "
        "____)",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to="socialwork@hamiltonhealthcenter.org",
        subject="Referral workflow + blank form",
        body=(
            "Hi Ana,\n\nAs promised, here's how to refer patients to us:\n"
            "1. Get the patient's consent.\n2. Fill in the form below and send it by secure "
            "email or fax 717-555-0339.\n\n"
            "--- OPEN DOOR REFERRAL FORM ---\nPatient name: ____________\nDOB: ___/___/______\n"
            "Phone: ____________\nNeed(s): [ ] food [ ] housing [ ] utilities [ ] benefits\n"
            "Health considerations (optional): ____________\n" + SIG_NAV
        ),
    ),
    Spec(
        phi=False,
        category="XLSX food box inventory",
        notes="Hard negative: inventory workbook with diabetic/renal box counts and suppliers",
        frm=f"Nutrition Program <meals@{ODC}>",
        to="procurement@centralpafoodbank.org",
        subject="December order + inventory",
        body="Inventory and December order attached.",
        atts=(
            Att(
                "ODC_inventory_2026-11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Inventory": [
                            ["Box type", "On hand", "Weekly use"],
                            ["Diabetic-friendly", 84, 62],
                            ["Renal", 20, 17],
                            ["Heart-healthy low sodium", 41, 30],
                        ],
                        "December order": [
                            ["Item", "Cases"],
                            ["Low-sodium canned beans", 40],
                            ["Sugar-free oatmeal", 25],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sandbox test client CSV",
        notes="Hard negative: CSV of clearly labelled sandbox test clients for the referral "
        "platform vendor",
        frm=f"Tamika Rhodes <trhodes@{ODC}>",
        to="support@connectcarereferrals.com",
        subject="Sandbox test clients to load (TEST ONLY)",
        body="Please load these TEST records into our sandbox tenant only. Not real people.",
        atts=(
            Att(
                "sandbox_test_clients.csv",
                "text/csv",
                "client,dob,need,note\n"
                "TEST-ZZ Alpha,1900-01-01,food,SANDBOX TEST RECORD\n"
                "TEST-ZZ Bravo,1900-01-02,housing,SANDBOX TEST RECORD - diabetes flag test\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board minutes with Medicaid waiver rates",
        notes="Hard negative: board minutes about 1115 waiver HRSN billing and budget",
        frm=f"Board Secretary <board@{ODC}>",
        to="directors@opendoorcs-board.org",
        subject="Draft minutes - October board meeting",
        body=(
            "Draft minutes:\n1. Treasurer: FY27 budget $4.2M, 11% from Medicaid HRSN services.\n"
            "2. The 1115 waiver pays $96 per medically tailored meal week and $310 per housing "
            "navigation month; contract with Keystone BHP signed 10/1.\n"
            "3. Motion to open a second pantry site: approved 9-0.\n\nPlease send corrections."
        ),
    ),
    Spec(
        phi=False,
        category="landlord unit list",
        notes="Hard negative: list of available rental units with addresses (buildings, no "
        "tenants)",
        frm=f"Karen Marsh <kmarsh@{ODC}>",
        to=f"housing.team@{ODC}",
        subject="Units available this week",
        body=(
            "Landlord partners have these open:\n- 1420 N 3rd St, 2BR, $1,050, accepts vouchers\n"
            "- 317 Forster St #4, 1BR, $875, ground floor, accessible\n"
            "- 2211 Berryhill St, 3BR, $1,300, voucher OK\n\nKaren"
        ),
    ),
    Spec(
        phi=False,
        category="reply to eligibility question (personal mailbox)",
        notes="Reply to a member of the public asking general pantry eligibility",
        frm=f"Lucia Benavides <lbenavides@{ODC}>",
        to="dmatthews1969@gmail.com",
        subject="RE: pantry question",
        body=(
            "Hi Darlene,\n\nAnyone in Dauphin County can use the pantry once a week, no income "
            "proof needed. Bring an ID or a piece of mail with your address. Hours are Mon-Fri "
            "9-4.\n" + SIG_BEN + "\n> Do I need to show pay stubs to use the pantry?"
        ),
    ),
]
