# ruff: noqa: E501
"""Hand-written devset4 administrative mail across the three senders (mostly not PHI)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

R = "riversideortho.com"
B = "lakeshorebh.org"
D = "brightsmilespeds.com"

_PHISH = Spec(
    False,
    "phishing_test",
    "forwarded simulated phish",
    "IT Service Desk <it-desk@riversideortho-support.com>",
    f"kbrandt@{R}",
    "ACTION REQUIRED: mailbox quota exceeded",
    "Your mailbox is 99% full. Click here within 24 hours to keep receiving mail:\n"
    "http://riversideortho-support.com/quota/verify\n",
)

_FWD_REFERRAL = Spec(
    True,
    "referral",
    "forwarded original",
    "Dr. Ingrid Haakonsen <ihaakonsen@oakwoodfamilymed.com>",
    f"referrals@{R}",
    "Referral: Pauline Ostrowski",
    "Please see Pauline Ostrowski, DOB 12/01/1958, for right hip pain, x-ray shows severe\n"
    "osteoarthritis with joint space loss. She failed 2 steroid injections. Phone 937-555-0155.\n",
)

_FWD_NEWS = Spec(
    False,
    "newsletter",
    "forwarded original",
    "AAOS Now <news@aaos-now.example.org>",
    f"praman@{R}",
    "This week: biologics in rotator cuff repair",
    "Research roundup: a multicenter trial of augmentation patches in large rotator cuff tears\n"
    "showed lower retear rates at 2 years. Registration for the annual meeting is open.\n",
)

MESSAGES: list[Spec] = [
    Spec(
        False,
        "cpr_roster",
        "Hard negative: staff CPR class roster (workforce names, not patients).",
        f"Education <education@{R}>",
        "instructor@miamivalleycpr.com",
        "BLS class 12/12 roster",
        "Roster for the 12/12 BLS renewal attached.\n",
        atts=(
            Att(
                "BLS_roster_2026-12-12.csv",
                "text/csv",
                "name,role,department,card_expires\n"
                "Tamsin Okafor,Surgical Scheduler,Perioperative,12/2026\n"
                "Kaylee Brandt,Medical Assistant,Spine Clinic,01/2027\n"
                "Jolene Marsh,Prior Auth Specialist,Business Office,12/2026\n",
            ),
        ),
    ),
    Spec(
        False,
        "no_show_stats",
        "Hard negative: aggregate no-show statistics by clinic and month.",
        f"Operations <ops@{R}>",
        "leadership@lists.riversideortho.com",
        "No-show rates Jul-Nov",
        "No-show rates attached. Spine new patients remain the worst at 14%.\n",
        atts=(
            Att(
                "no_show_by_clinic.csv",
                "text/csv",
                "clinic,month,scheduled,no_shows,rate\n"
                "Spine,2026-10,812,114,14.0%\nSports,2026-10,1020,71,7.0%\n"
                "Hand,2026-10,455,27,5.9%\nSpine,2026-11,790,109,13.8%\n",
            ),
        ),
    ),
    Spec(
        False,
        "job_offer",
        "Hard negative: job offer letter for a new PA (employee, not patient).",
        f"HR <hr@{R}>",
        "nate.behrens.pa@gmail.com",
        "Offer letter - Physician Assistant, Spine",
        "Nate, we're delighted to offer you the position. Letter attached; please sign by 12/11.\n",
        atts=(
            Att(
                "Offer_Behrens.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERSIDE ORTHOPEDICS & SPINE - HUMAN RESOURCES",
                        "Dear Nathan Behrens,",
                        "We are pleased to offer you the position of Physician Assistant, Spine,",
                        "starting January 4, 2027 at an annual salary of $128,500.",
                        "This offer is contingent on credentialing and a background check.",
                    ],
                    "Offer",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "payroll",
        "Hard negative: payroll export with employee IDs and hours (workforce data, not PHI).",
        f"Payroll <payroll@{B}>",
        "support@paylinehr.com",
        "Pay period 11/15-11/28 corrections",
        "Corrections workbook attached; two overtime lines were missed.\n",
        atts=(
            Att(
                "payroll_corrections.xlsx",
                XLSX,
                xlsx(
                    {
                        "Corrections": [
                            ["Employee ID", "Name", "Regular", "OT", "Shift diff"],
                            ["E1042", "Luis Fairbanks", 80, 6.5, 0],
                            ["E1177", "Bree Halvorsen", 80, 0, 12],
                        ],
                        "Totals": [["Regular", "OT"], [160, 6.5]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "vendor_invoice",
        "Hard negative: vendor invoice with the practice's account numbers, not patient accounts.",
        "AR <ar@clearviewimagingsupply.com>",
        f"ap@{R}",
        "Invoice INV-77120 - account 300-44817",
        "Invoice attached for account 300-44817. Net 30. Remit to lockbox 2281.\n",
        atts=(
            Att(
                "INV-77120.xlsx",
                XLSX,
                xlsx(
                    {
                        "Invoice": [
                            ["Item", "Qty", "Unit", "Amount"],
                            ["MRI coil service contract Q1", 1, 4200, 4200],
                            ["Contrast injector tubing (case)", 4, 185.5, 742],
                        ],
                        "Remit": [["Bank account", "ABA"], ["4471 0093 2215", "041215663"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "phishing_test",
        "Hard negative: IT phishing-awareness test results with the simulated phish forwarded.",
        f"IT Security <security@{R}>",
        "all-staff@lists.riversideortho.com",
        "Phishing test results - November",
        "Thanks to everyone who reported the attached simulated phish. 23% clicked, down from 31%.\n"
        "Red flags: lookalike domain, urgency, mismatched link.\n",
        forward=_PHISH,
    ),
    Spec(
        False,
        "newsletter_forward",
        "Forwarded professional newsletter on rotator cuff research.",
        f"Dr. Priya Raman <praman@{R}>",
        "sports-fellows@lists.riversideortho.com",
        "FW: biologics in cuff repair",
        "Worth reading before journal club.\n",
        forward=_FWD_NEWS,
    ),
    Spec(
        True,
        "referral_forward",
        "Forwarded PCP referral with patient name, DOB and hip OA, sent to a personal mailbox.",
        f"Referrals <referrals@{R}>",
        "priya.raman.home@gmail.com",
        "FW: Referral",
        "Dr. Raman - can you approve this for next week's new-patient slot from home?\n",
        forward=_FWD_REFERRAL,
    ),
    Spec(
        False,
        "marketing_assets",
        "Zip of logos and brochure copy for a print vendor.",
        f"Marketing <marketing@{D}>",
        "print@lakeshoreprinting.com",
        "Brochure files",
        "Files for the spring brochure attached (logo + copy).\n",
        atts=(
            Att(
                "brochure_assets.zip",
                "application/zip",
                zipped(
                    {
                        "logo.png": png(4, 4, (250, 200, 0)),
                        "copy.txt": "Bright Smiles Pediatric Dentistry - gentle care for kids ages "
                        "1-18. Sedation options, Medicaid and CHIP accepted.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "fhir_capability",
        "Hard negative: FHIR CapabilityStatement for an interface, no patient data.",
        f"Interfaces <interfaces@{B}>",
        "integration@statebedboard-vendor.com",
        "Our FHIR endpoint capabilities",
        "CapabilityStatement attached for your onboarding checklist.\n",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                '{"resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-30",'
                ' "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"], "rest": [{"mode":'
                ' "server", "resource": [{"type": "Location"}, {"type": "HealthcareService"}]}]}\n',
            ),
        ),
    ),
    Spec(
        False,
        "staff_meeting",
        "All-staff meeting invite.",
        f"Office Manager <office@{D}>",
        "staff@lists.brightsmilespeds.com",
        "Staff meeting + holiday lunch",
        "Calendar invite attached.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bright Smiles//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bs-staff-1218@brightsmilespeds.com\r\nDTSTAMP:20261201T140000Z\r\n"
            "DTSTART:20261218T170000Z\r\nDTEND:20261218T190000Z\r\n"
            "SUMMARY:Staff meeting and holiday lunch\r\nLOCATION:Break room\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        True,
        "sedation_scheduling",
        "Hard positive: calendar invite to a parent with child's name and 'GA dental rehab' in summary.",
        f"Scheduling <schedule@{D}>",
        "ronnie.fairweather@gmail.com",
        "Appointment: Eli - 12/17",
        "Invite for Eli's appointment at the surgery center attached.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bright Smiles//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bs-ga-1217-eli@brightsmilespeds.com\r\nDTSTAMP:20261201T140000Z\r\n"
            "DTSTART:20261217T130000Z\r\nDTEND:20261217T150000Z\r\n"
            "SUMMARY:Eli Fairweather - dental rehab under general anesthesia\r\n"
            "LOCATION:Lakeview Surgery Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        False,
        "credentialing",
        "Hard negative: clinician credentialing with NPI and licence number (provider identifiers).",
        f"Credentialing <credentialing@{B}>",
        "provider.enrollment@miphealthplan.com",
        "Enrollment - Dr. Chinedu Okonkwo",
        "Please add Dr. Chinedu Okonkwo, MD (psychiatry), NPI 1350692848, Michigan licence\n"
        "4301098812, to our group contract effective 01/01/2027. CAQH attested 11/20.\n",
    ),
    Spec(
        False,
        "facilities",
        "Snow removal contract for the Harbor St building.",
        f"Facilities <facilities@{B}>",
        "dispatch@northshoresnow.com",
        "Plowing for Harbor St",
        "Please plow the Harbor St lot before 6:30 AM on clinic days; the crisis unit entrance must\n"
        "stay clear 24/7.\n",
    ),
    Spec(
        False,
        "policy_update",
        "Hard negative: minimum-necessary policy reminder quoting a hypothetical scenario without names.",
        f"Compliance <compliance@{R}>",
        "all-staff@lists.riversideortho.com",
        "Reminder: attorney records requests",
        "When an attorney or adjuster asks for records, route it to HIM. Never reply with records from\n"
        "your own mailbox, even if the patient called to say it's fine. A valid authorization must be\n"
        "on file, and we send only the dates of service requested.\n",
    ),
    Spec(
        False,
        "device_inventory",
        "Hard negative: IT asset list with device serial numbers of workstations (not patient devices).",
        f"IT <it@{D}>",
        "quotes@midwestitpartners.com",
        "Laptop refresh quote",
        "Current devices for the refresh quote:\nSN 5CG1234XYZ Latitude 5420 front desk\n"
        "SN 5CG1240ABQ Latitude 5420 billing\nSN MXL0918KRT OptiPlex 7090 op 2\n",
    ),
    Spec(
        False,
        "benefits",
        "Open enrollment reminder for staff.",
        f"HR <hr@{B}>",
        "all-staff@lists.lakeshorebh.org",
        "Open enrollment closes Friday",
        "Open enrollment closes Friday 12/4. The EAP remains free and confidential for employees and\n"
        "their households.\n",
    ),
    Spec(
        True,
        "collections",
        "Patient account, SSN and balance for a surgery sent to a collection agency.",
        f"Patient Accounts <accounts@{R}>",
        "placements@ohiovalleyrecovery.com",
        "New placement",
        "New placement: Curtis Lanham, SSN 387-22-4196, acct 70011930, balance $6,212.40 for\n"
        "06/18/2026 L knee arthroscopy. Last payment 08/01/2026.\n",
    ),
    Spec(
        True,
        "peer_support",
        "Hard positive: peer recovery coach texts-to-email summary naming the client and relapse.",
        f"Peer Services <peers@{B}>",
        "jonah.peers.coach@gmail.com",
        "fwd from work - Danny",
        "Danny Kowalski called after hours, used heroin Sunday after 5 months clean, he's scared of\n"
        "getting kicked out of the sober house on Cass St. Said he'd come to OTP intake Tuesday.\n",
    ),
    Spec(
        True,
        "records_zip",
        "Zip of records for a patient's disability claim with name, DOB and diagnosis.",
        f"HIM <him@{B}>",
        "ssa.records@disabilitydeterminations-mi.gov",
        "Records - request 26-44719",
        "Records per your request are in the attached archive.\n",
        atts=(
            Att(
                "26-44719_records.zip",
                "application/zip",
                zipped(
                    {
                        "summary.txt": "Lakeshore County Behavioral Health\nClient: Rhonda Vossberg"
                        "  DOB 11/30/1975\nDx: PTSD, chronic (F43.12); panic disorder (F41.0)\n"
                        "Treated 2023-2026; prazosin 2 mg qhs, sertraline 150 mg.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "ehr_training",
        "Hard negative: EHR training screenshot with a test patient (ZZTEST) described as fictitious.",
        f"Education <education@{R}>",
        "new-hires@lists.riversideortho.com",
        "How to add a work restriction",
        "Screenshot attached uses our training patient ZZTEST, ORTHO (not a real person). Steps:\n"
        "Orders > Work Status > pick restriction > sign.\n",
        atts=(Att("work_status_howto.png", "image/png", png(10, 6, (230, 230, 230))),),
    ),
    Spec(
        True,
        "ehr_screenshot",
        "Hard positive: screenshot PNG sent to a vendor; body transcribes the patient shown.",
        f"Kaylee Brandt <kbrandt@{R}>",
        "helpdesk@epicoresupport.net",
        "Re: ticket 88231",
        "Screenshot attached - it's the chart for Nguyen, Bao (MRN 0102284), the one with the\n"
        "C6 fracture consult today. Error pops when I sign the cervical collar order.\n",
        atts=(Att("screen.png", "image/png", png(12, 8, (255, 255, 255))),),
    ),
    Spec(
        False,
        "conference",
        "CME conference registration confirmation for a surgeon.",
        "Registration <register@midwestspinesociety.org>",
        f"ocastellano@{R}",
        "Registration confirmed: Midwest Spine Society 2027",
        "Dr. Owen Castellano, your registration for the Midwest Spine Society Annual Meeting\n"
        "(Chicago, March 4-6, 2027) is confirmed. Confirmation #MSS-22817.\n",
    ),
    Spec(
        False,
        "lunch_order",
        "Catering order for a drug-rep lunch.",
        f"Front Desk <frontdesk@{R}>",
        "orders@daytondeli.com",
        "Lunch for 18 Thursday",
        "Lunch for 18 on Thursday at 12:00: sandwich platter, 2 salads, cookies. Charge to the rep's\n"
        "account as before.\n",
    ),
    Spec(
        True,
        "utilization_review",
        "Hard positive: UR nurse note with client initials, age, unit and days - in a small county unit.",
        f"UR <ur@{B}>",
        "ur.review@mihealthplan-bh.com",
        "Concurrent review CSU",
        "Concurrent review: J.N., 27F, CSU bed 6, day 4. Admitted for SI with plan after overdose on\n"
        "acetaminophen; medically cleared 11/27. Member ID MHP7741092. Requesting 3 more days.\n",
    ),
    Spec(
        False,
        "waiting_room_survey",
        "Hard negative: anonymous patient satisfaction survey results.",
        f"Quality <quality@{D}>",
        "partners@lists.brightsmilespeds.com",
        "Family survey results",
        "Anonymous family survey (n=164): 94% would recommend us; top request was evening hours.\n"
        'One comment: "My son was scared of the drill but the hygienist was amazing."\n',
    ),
    Spec(
        False,
        "hl7_heartbeat",
        "Hard negative: HL7 ACK/heartbeat message for an interface test, no PID.",
        f"Interfaces <interfaces@{R}>",
        "support@corelinkhl7.com",
        "ACK sample",
        "ACK we return for every message, per your question.\n",
        atts=(
            Att(
                "ack_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CORELINK|HUB|RIS|RIVERSIDE|20261201090000||ACK^R01|A91102|P|2.5.1\r"
                "MSA|AA|RS88213\r",
            ),
        ),
    ),
    Spec(
        False,
        "policy_docx",
        "Telehealth privacy policy draft.",
        f"Compliance <compliance@{B}>",
        "counsel@lakeshorecounty.gov",
        "Telehealth policy draft v3",
        "Draft v3 attached for county counsel review.\n",
        atts=(
            Att(
                "Telehealth_policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Lakeshore County Behavioral Health - Telehealth Privacy Policy (draft v3)",
                        "1. Clinicians conduct sessions from a private room with the door closed.",
                        "2. Clients are asked to confirm their location at the start of each session.",
                        "3. Recording of sessions is prohibited.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "it_ticket",
        "Printer jam ticket.",
        f"Front Desk <frontdesk@{D}>",
        "help@midwestitpartners.com",
        "Front desk printer",
        "The front desk printer jams on every label sheet. Model HP M404. Can someone come today?\n",
    ),
    Spec(
        False,
        "donation",
        "Hard negative: donor thank-you from a behavioral health agency; donors are not patients.",
        f"Development <development@{B}>",
        "the.haldersons@gmail.com",
        "Thank you for your gift",
        "Dear Halderson family,\n\nThank you for your gift of $500 to the Lakeshore Recovery Fund.\n"
        "It will buy naloxone kits for our street outreach team.\n",
    ),
    Spec(
        False,
        "reference_letter",
        "Reference for a former staff therapist (workforce, not patient).",
        f"Dr. Miriam Tollefsen <mtollefsen@{B}>",
        "hiring@northbaycounseling.com",
        "Reference - Ana Vasquez-Lind",
        "Ana worked with us as a child and family therapist for four years. She is a skilled\n"
        "clinician and an excellent colleague; I recommend her without reservation.\n",
    ),
    Spec(
        True,
        "dental_insurance",
        "Hard positive: coordination-of-benefits question naming child, subscriber and employer.",
        f"Billing <billing@{D}>",
        "cob@deltadentalmi-claims.com",
        "COB question",
        "We have Mia Castellano-Reyes on both her mom's plan (subscriber Andrea Reyes, employer\n"
        "Lakeshore Public Schools, ID DDM448207) and CHIP. Which is primary for her 11/20 fillings?\n",
    ),
    Spec(
        False,
        "aggregate_dashboard",
        "Hard negative: quarterly outcomes dashboard with counts and rates only.",
        f"Quality <quality@{R}>",
        "board@riversideortho.com",
        "Q3 outcomes",
        "Q3: 412 arthroplasties, 90-day readmission 2.9%, SSI 0.7%; 188 lumbar fusions, reop at 1 yr\n"
        "3.2%. PROMIS physical function improved 9.4 points on average.\n",
    ),
    Spec(
        False,
        "research_recruitment",
        "Hard negative: IRB-approved study flyer for the public, no subjects named.",
        f"Research <research@{R}>",
        "community@daytonlibrary.org",
        "Study flyer for your bulletin board",
        "We are recruiting adults 40-75 with chronic low back pain for a study of home-based\n"
        "exercise. Participants receive $50 per visit. IRB #2026-118. Call 937-555-0107.\n",
    ),
    Spec(
        True,
        "txt_attachment",
        "Dictation TXT for a transcription vendor: op note with patient name.",
        f"Dr. Priya Raman <praman@{R}>",
        "jobs@medscribe-transcription.com",
        "dictation 12/1",
        "",
        atts=(
            Att(
                "dictation_20261201.txt",
                "text/plain",
                "Operative note. Patient Genevieve Trask. Date 12/01/2026. Procedure: left shoulder "
                "arthroscopy, subacromial decompression, distal clavicle excision. Findings: type 2 "
                "acromion, AC joint arthrosis, intact cuff. EBL minimal.\n",
            ),
        ),
    ),
    Spec(
        False,
        "county_meeting",
        "Minutes of a county board meeting discussing funding.",
        f"Director <director@{B}>",
        "commissioners@lakeshorecounty.gov",
        "Minutes - Nov board meeting",
        "Motion to fund a second mobile crisis team passed 5-2. Next meeting January 14.\n",
    ),
    Spec(
        False,
        "mobile_deploy",
        "Hard negative: crisis team shift roster (staff names, phone extensions), no clients.",
        f"Mobile Crisis <crisis@{B}>",
        "dispatch@lakeshorecounty911.gov",
        "December on-call roster",
        "December nights: Mon-Wed Halvorsen/Fairbanks, Thu-Sun Gillespie/Lindahl. Supervisor on call\n"
        "ext 2201. Please page through CAD as usual.\n",
    ),
    Spec(
        False,
        "pediatric_tips",
        "Hard negative: teething advice email to a newsletter list.",
        f"Bright Smiles <news@{D}>",
        "families@news.brightsmilespeds.com",
        "Teething 101",
        "Teething usually starts around 6 months. Chilled teething rings help; avoid benzocaine gels\n"
        "for children under 2 (FDA warning).\n",
    ),
    Spec(
        True,
        "xlsx_second_sheet",
        "Hard positive: dental recall workbook, sheet 2 lists children with overdue treatment.",
        f"Office Manager <office@{D}>",
        "analyst@dentalkpiconsulting.com",
        "KPI workbook",
        "Workbook for the KPI review attached.\n",
        atts=(
            Att(
                "recall_kpis.xlsx",
                XLSX,
                xlsx(
                    {
                        "KPIs": [["Metric", "Value"], ["Recall rate", 0.71], ["Hyg visits", 942]],
                        "Overdue tx": [
                            ["Patient", "DOB", "Pending tx"],
                            ["Gabriel Moua", "2018-03-11", "SSC #K, #T"],
                            ["Lila Ferreira", "2019-10-02", "Pulpotomy #L"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "welcome",
        "Welcome email to a new hire with first-day logistics.",
        f"HR <hr@{D}>",
        "kim.tran.rdh@gmail.com",
        "Welcome to Bright Smiles!",
        "Welcome aboard, Kim! Your first day is Monday 12/7 at 7:45. Bring your RDH licence and\n"
        "two forms of ID for the I-9.\n",
    ),
    Spec(
        False,
        "rfc822_vendor",
        "Hard negative: forwarded vendor newsletter-style message.",
        f"Operations <ops@{R}>",
        "procurement@lists.riversideortho.com",
        "FW: price increase notice",
        "FYI see below.\n",
        forward=Spec(
            False,
            "vendor",
            "forwarded original",
            "Sales <sales@clearviewimagingsupply.com>",
            f"ops@{R}",
            "2027 price update",
            "Effective January 1, list prices for contrast supplies rise 4.5%. Contract customers are\n"
            "protected through their term.\n",
        ),
    ),
    Spec(
        True,
        "school_form",
        "Dental clearance form for school naming the student and completed treatment.",
        f"Front Desk <frontdesk@{D}>",
        "office@oakdaleelementary.org",
        "Dental form for Zoe",
        "Attached is Zoe Lindqvist's (grade 1) dental exam form: exam 11/30/2026, two fillings\n"
        "completed (#B, #I), no further treatment needed.\n",
    ),
    Spec(
        False,
        "parking",
        "Parking lot repaving notice.",
        f"Facilities <facilities@{R}>",
        "all-staff@lists.riversideortho.com",
        "Lot B repaving",
        "Lot B will be repaved Saturday. Staff please use the garage on Millrace Pkwy.\n",
    ),
    Spec(
        True,
        "dme_delivery",
        "DME delivery confirmation naming the patient, home address and bone stimulator serial.",
        "Deliveries <deliveries@tristatedme.com>",
        f"jmarsh@{R}",
        "Delivered: bone growth stimulator",
        "Delivered 12/01 to Gwendolyn Ashby at 1187 Creekbend Dr, Kettering. Spinal bone growth\n"
        "stimulator E0748, serial BGS-0092214, fitted for her L3-4 fusion. Signed by patient.\n",
    ),
    Spec(
        True,
        "bh_roi",
        "Hard positive: release-of-information fax cover naming the client and SUD program (Part 2).",
        f"HIM <him@{B}>",
        "records@harborviewmed.org",
        "ROI - fax cover",
        "Per the signed consent, faxing 6 pages for Terrence Oduya, DOB 04/02/1988, from our opioid\n"
        "treatment program (admission 03/2025). Fax to 231-555-0199, attention Dr. Lund.\n",
    ),
    Spec(
        False,
        "holiday_card",
        "Holiday greeting to referring offices.",
        f"Dr. Nadia Falkner <nfalkner@{D}>",
        "referrers@lists.brightsmilespeds.com",
        "Happy holidays from Bright Smiles",
        "Thank you for trusting us with your young patients this year. Wishing you a restful\n"
        "holiday season!\n",
    ),
]
