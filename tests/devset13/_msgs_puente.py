"""Puente Family Health Network (primary care for immigrant communities: patient navigators,
interpreters, community health workers): English messages, PHI and not."""

from __future__ import annotations

from _att import DOCX, docx, png
from _spec import PFH, Att, Spec, npi

SIG = "\n\nPuente Family Health Network | 2417 S Kedzie Ave, Chicago IL 60623 | 773-555-0110\n"
HADDAD_NPI = npi("177204395")
OSEI_NPI = npi("132908471")

_EYE_CSV = (
    "initials,dob,language,interpreter,last_a1c,slot\n"
    "M.R.G.,1961-03-14,Spanish,yes,8.9,09:00\n"
    "T.N.B.,1957-10-02,Vietnamese,yes,7.4,09:20\n"
    "A.H.,1969-06-25,Arabic,yes,10.1,09:40\n"
    "W.L.,1950-01-19,Cantonese,yes,8.2,10:00\n"
    "F.O.,1973-12-08,English,no,9.6,10:20\n"
)

_HL7 = (
    "MSH|^~\\&|PUENTE_EHR|PFH_KEDZIE|QUESTLAB|QDI|202611101022||ORM^O01|PFH884120|P|2.5.1\r"
    "PID|1||PFH00734152^^^PFH^MR||NGUYEN^VAN^THANH||19640519|M|||3318 W 26TH ST^^CHICAGO^IL^60623"
    "||773-555-0186\r"
    "ORC|NW|ORD55120|||||||202611101020|||1720439583^HADDAD^FARAH\r"
    "OBR|1|ORD55120||4548-4^Hemoglobin A1c^LN|||202611101015\r"
    "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10\r"
)

_CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>\n'
    "  <title>Referral Note</title>\n"
    '  <recordTarget><patientRole><id root="2.16.840.1.113883.3.4471" extension="PFH00811407"/>'
    "\n    <addr><streetAddressLine>2651 S Lawndale Ave</streetAddressLine><city>Chicago</city>"
    "<state>IL</state><postalCode>60623</postalCode></addr>\n"
    "    <patient><name><given>Guadalupe</given><family>Ortiz Reyes</family></name>"
    '<birthTime value="19580822"/></patient></patientRole></recordTarget>\n'
    "  <component><structuredBody><component><section><title>Reason for referral</title>"
    "<text>Exertional chest pressure x 3 weeks, abnormal ECG (new LBBB). Please evaluate for "
    "stress testing. Spanish interpreter required.</text></section></component>"
    "<component><section><title>Medications</title><text>metformin 1000 mg BID; lisinopril 20 mg"
    " daily; atorvastatin 40 mg nightly</text></section></component></structuredBody>"
    "</component>\n</ClinicalDocument>\n"
)

_FHIR_IMM = (
    '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
    ' {"resource": {"resourceType": "Patient", "id": "pfh-00922871", "name": [{"family": "Warsame",'
    ' "given": ["Ayaan"]}], "birthDate": "2019-05-03", "address": [{"line": ["2903 W Cermak Rd '
    'Apt 2"], "city": "Chicago", "state": "IL", "postalCode": "60623"}]}},\n'
    ' {"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": '
    '{"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]}, '
    '"patient": {"reference": "Patient/pfh-00922871"}, "occurrenceDateTime": "2026-11-09"}},\n'
    ' {"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": '
    '{"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "130", "display": '
    '"DTaP-IPV"}]}, "patient": {"reference": "Patient/pfh-00922871"}, '
    '"occurrenceDateTime": "2026-11-09"}}\n]}\n'
)

_DEID_CSV = (
    "study_id,age_band,sex,zip3,preferred_language,a1c_baseline,a1c_6mo,chw_visits\n"
    "R001,50-59,F,606,Spanish,9.4,8.1,6\nR002,60-69,M,606,Vietnamese,8.8,8.9,2\n"
    "R003,40-49,F,606,Somali,10.2,8.7,7\nR004,70-79,M,606,Cantonese,8.1,7.6,4\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="navigator_to_partner_social_needs",
        notes="Navigator to a food-pantry partner about a named patient's diabetes and eviction.",
        frm=f"Rosa Elena Quispe <rquispe@{PFH}>",
        to="casemanagers@southwestfoodpartners.org",
        subject="Referral - medically tailored meals",
        body=(
            "Hi Denise,\n\nReferring Mr. Thanh Nguyen (DOB 05/19/1964, 773-555-0186) for the "
            "medically tailored meals program. His A1c is 9.8 and he was hospitalized last month "
            "with DKA. He is also facing eviction from his apartment at 3318 W 26th St, so "
            "please call his daughter Linh first. Vietnamese interpreter needed.\n\nThanks,\n"
            "Rosa Elena Quispe, CHW / Patient Navigator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="initials_dob_screening_roster",
        notes="Hard positive: eye-screening roster with initials, full DOB and A1c values only.",
        frm=f"Lakshmi Venkataraman <lvenkataraman@{PFH}>",
        to="scheduling@lakesideeyeassociates.com",
        subject="Retinal screening day 11/18 - roster",
        body=(
            "Attached is the roster for the 11/18 diabetic retinal screening day at our Kedzie "
            "site. Interpreters are booked for everyone marked yes.\n\nLakshmi" + SIG
        ),
        atts=(Att("retina_day_1118.csv", "text/csv", _EYE_CSV),),
    ),
    Spec(
        phi=True,
        category="interpreter_request_ob_visit",
        notes="Interpreter agency request naming the patient, language and prenatal appointment.",
        frm=f"Front Desk Kedzie <frontdesk.kedzie@{PFH}>",
        to="requests@lingualinkinterpreting.com",
        subject="Interpreter request - Tigrinya - 11/17 2:40pm",
        body=(
            "Language: Tigrinya (in person)\nDate/time: Tue 11/17/2026 2:40-3:40 pm\n"
            "Patient: Selam Gebremedhin, 28 weeks pregnant, glucose tolerance test follow-up "
            "with Dr. Osei (OB)\nLocation: 2417 S Kedzie, 2nd floor women's health\n"
            "Female interpreter requested by patient.\n\nFront Desk - Kedzie"
        ),
    ),
    Spec(
        phi=True,
        category="hl7_order_attachment",
        notes="Hard positive: HL7 ORM order (name, MRN, address, E11.65) in the attachment; the "
        "body only names the interface.",
        frm=f"Interface Team <interfaces@{PFH}>",
        to="clientservices@questdiagnostics-chi.com",
        subject="Resend - message failed ACK",
        body="This ORM failed ACK at 10:22. Resending as a file per your instructions.\n",
        atts=(Att("PFH884120.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="cardiology_referral_ccda",
        notes="Hard positive: the body only mentions a Spanish-speaking patient; name, address, "
        "DOB, chest pain and meds are in the C-CDA.",
        frm=f"Referrals <referrals@{PFH}>",
        to="newpatients@mtsinaiheartcenter.org",
        subject="Referral: cardiology evaluation",
        body=(
            "Please see the attached referral note. Patient prefers Spanish; a telephone "
            "interpreter is fine. Fax confirmation to 773-555-0119.\n\nReferral Coordinator" + SIG
        ),
        atts=(Att("referral_PFH00811407.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="mrs_k_room_med_change",
        notes="Hard positive: 'Mrs. K' with room number, DOB year and a medication change to the "
        "covering NP.",
        frm=f"Dr. Farah Haddad <fhaddad@{PFH}>",
        to=f"mkariuki@{PFH}",
        subject="covering this afternoon",
        body=(
            "Mercy - Mrs. K in exam 4 (the 1952 DOB, Polish interpreter on the iPad) - stop the "
            "glipizide, she's had 3 lows under 60 this week. Start Jardiance 10 mg daily, recheck "
            "BMP in 2 weeks. Her son has the glucose log.\n\nF"
        ),
    ),
    Spec(
        phi=True,
        category="wound_photo_filename",
        notes="Hard positive: name and date only in the PNG file name; body says 'foot photo'.",
        frm=f"Tesfaye Wolde <twolde@{PFH}>",
        to="clinic@westsidepodiatry.com",
        subject="photo for tomorrow",
        body="Foot photo from today for tomorrow's visit, as you asked.\n\nTesfaye, RN\n",
        atts=(Att("Alemu_Tigist_L_heel_2026-11-10.png", "image/png", png(8, 6, (168, 92, 80))),),
    ),
    Spec(
        phi=True,
        category="telehealth_invite_ics",
        notes="Hard positive: the depression follow-up and the patient's name sit only in the ICS "
        "event sent to her gmail.",
        frm=f"Behavioral Health <bh@{PFH}>",
        to="lan.bui.chicago@gmail.com",
        subject="Invitation: Video visit with Ana Morales, LCSW",
        body="Your video visit link is in the invitation. Interpreter: Vietnamese.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Puente//EHR Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pfh-bh-55821@puentefamilyhealth.org\r\n"
            "DTSTAMP:20261110T140000Z\r\nDTSTART:20261116T163000Z\r\nDTEND:20261116T171500Z\r\n"
            "SUMMARY:Bui Thi Lan - depression follow-up (PHQ-9 recheck) - video\r\n"
            "DESCRIPTION:Sertraline dose check. Join: https://visit.puentefamilyhealth.org/j/55821"
            "\r\nORGANIZER:mailto:bh@puentefamilyhealth.org\r\n"
            "ATTENDEE:mailto:lan.bui.chicago@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="fhir_immunization_to_parent",
        notes="FHIR immunization bundle for a child sent to the parent's personal mail.",
        frm=f"Pediatrics <peds@{PFH}>",
        to="hodan.warsame@yahoo.com",
        subject="School vaccine record",
        body=(
            "Hello Ms. Warsame,\n\nAttached is the vaccine record from today's visit for the "
            "school. If the school needs the paper form, we can print it at the front desk.\n\n"
            "Pediatrics team" + SIG
        ),
        atts=(Att("immunizations.json", "application/fhir+json", _FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="first_name_lab_to_relative",
        notes="Hard positive: first name of the father plus A1c and insulin start, to the "
        "daughter's gmail.",
        frm=f"Mercy Kariuki <mkariuki@{PFH}>",
        to="amara.nwosu88@gmail.com",
        subject="your dad's results",
        body=(
            "Hi Amara,\n\nThanks for calling back. Your dad Chidi's A1c came back at 9.2. Dr. "
            "Haddad wants him to start insulin glargine 10 units at night - can you bring him "
            "Thursday at 10 so the nurse can teach both of you the pen?\n\nMercy Kariuki, NP"
        ),
    ),
]

MESSAGES += [
    Spec(
        phi=False,
        category="health_fair_flyer",
        notes="Community health fair announcement: free screenings, no individuals.",
        frm=f"Community Outreach <outreach@{PFH}>",
        to="parish.office@stagnesbohemia.org",
        subject="Flyer for Sunday bulletin - Nov 21 health fair",
        body="",
        html=(
            "<html><body><h2>Free Family Health Fair</h2><p>Saturday, November 21, 10am-2pm<br>"
            "Puente Family Health - 2417 S Kedzie Ave</p><ul><li>Blood pressure and diabetes "
            "screening</li><li>Flu and COVID-19 vaccines (all ages)</li><li>Help applying for "
            "Medicaid and All Kids</li><li>Interpreters: Spanish, Vietnamese, Arabic, Somali, "
            "Polish</li></ul><p>No appointment, no insurance needed.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician_roster_specialties",
        notes="Hard negative: clinician names with specialties, diseases they treat, NPIs.",
        frm=f"Medical Staff Office <medstaff@{PFH}>",
        to="providerrelations@cookcountyhealthplan.org",
        subject="Roster update for directory - December",
        body=(
            "Please update the directory:\n\n- Farah Haddad, MD - Internal Medicine; runs the "
            f"diabetes and hepatitis B clinic (Tue/Thu). NPI: {HADDAD_NPI}\n- Kwame Osei, MD - "
            f"OB/GYN; high-risk pregnancy, gestational diabetes. NPI: {OSEI_NPI}\n- Mercy "
            "Kariuki, NP - Family medicine; HIV PrEP and TB screening for newly arrived "
            "refugees.\n\nLanguages spoken: Arabic (Haddad), Twi (Osei), Swahili (Kariuki).\n\n"
            "Medical Staff Office"
        ),
    ),
    Spec(
        phi=False,
        category="uds_quality_aggregate",
        notes="Hard negative: UDS measure rates by site and language, no individuals.",
        frm=f"Quality Team <quality@{PFH}>",
        to=f"board@{PFH}",
        subject="Q3 UDS measures for the board packet",
        body=(
            "Q3 2026, all sites (n = 11,482 patients seen):\n\n  Diabetes A1c > 9% or untested "
            "... 24.1% (goal < 25%)\n  Hypertension controlled ............ 66.8%\n  Depression "
            "screening + plan ....... 78.2%\n  Cervical cancer screening ........... 58.9%\n\n"
            "By preferred language the A1c > 9% rate is highest in Somali-speaking patients "
            "(31%, n = 212). Outreach plan on page 4.\n\nQuality Team"
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract",
        notes="Hard negative: de-identified extract (study ids, age bands, ZIP3) for a "
        "university partner under the DUA.",
        frm=f"Lakshmi Venkataraman <lvenkataraman@{PFH}>",
        to="chw-study@uic-publichealth.edu",
        subject="CHW diabetes study - extract 3 (de-identified)",
        body=(
            "Dr. Kim,\n\nExtract 3 attached. Safe Harbor de-identified per the DUA: study ids "
            "only, age in 10-year bands, 3-digit ZIP, no dates. Crosswalk stays here.\n\nLakshmi"
        ),
        atts=(Att("chw_extract3_deid.csv", "text/csv", _DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="interpreter_staffing_schedule",
        notes="Hard negative: interpreter staff names, languages and shifts.",
        frm=f"Language Services <language@{PFH}>",
        to=f"sitemanagers@{PFH}",
        subject="Interpreter coverage week of 11/16",
        body=(
            "Coverage next week:\n\n  Mon  Spanish: Beatriz Olmedo, Hector Ruiz | Arabic: Samir "
            "Khoury\n  Tue  Vietnamese: Phuong Tran | Somali: Abdirahman Farah\n  Wed  Polish: "
            "Agnieszka Nowak (AM only) | Haitian Creole: video only\n  Thu  Spanish: Beatriz "
            "Olmedo | Amharic: Meseret Bekele\n  Fri  Mandarin/Cantonese: Wei Chen\n\nSamir is out"
            " Wed for jury duty. Book Tigrinya through LinguaLink.\n\nLanguage Services"
        ),
    ),
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: amoxicillin suspension shortage guidance with doses, no patients.",
        frm=f"Pharmacy & Therapeutics <pt@{PFH}>",
        to=f"clinicians@{PFH}",
        subject="Shortage: amoxicillin 400 mg/5 mL suspension",
        body=(
            "Our wholesaler has amoxicillin 400 mg/5 mL on backorder until late December.\n\n"
            "- Use 250 mg/5 mL and adjust volume, or chewable 250 mg tabs for kids who can chew\n"
            "- For otitis media in children over 2 with mild symptoms, consider watchful waiting\n"
            "- Do not switch to cefdinir by default\n\nP&T Committee"
        ),
    ),
    Spec(
        phi=False,
        category="ehr_downtime_notice",
        notes="IT notice for EHR downtime with downtime forms.",
        frm=f"IT Help Desk <helpdesk@{PFH}>",
        to=f"allstaff@{PFH}",
        subject="EHR downtime Sunday 11/15 1:00-5:00 am",
        body=(
            "The EHR will be unavailable Sunday 11/15 from 1:00 to 5:00 am for the quarterly "
            "upgrade. Urgent care at Kedzie uses the paper downtime packets in the red binder. "
            "Read-only access will be on the downtime PC at each nursing station.\n\nIT Help Desk"
        ),
    ),
    Spec(
        phi=False,
        category="payroll_w2_notice",
        notes="Hard negative: payroll notice about W-2 delivery and SSN verification for staff.",
        frm=f"Payroll <payroll@{PFH}>",
        to=f"allstaff@{PFH}",
        subject="Confirm your address and SSN for 2026 W-2s",
        body=(
            "Please log in to Paylocity by December 4 and confirm your mailing address and the "
            "last four digits of your SSN. We will never ask for your full SSN by email. Staff on"
            " leave (including FMLA and parental leave) will receive W-2s by mail.\n\nPayroll"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_chw",
        notes="Job posting for a Somali-speaking community health worker (DOCX).",
        frm=f"Human Resources <hr@{PFH}>",
        to="postings@illinoischwassociation.org",
        subject="Job posting: Community Health Worker (Somali/English)",
        body="Please post the attached description on your job board. Thank you!\n\nHR",
        atts=(
            Att(
                "CHW_Somali_posting.docx",
                DOCX,
                docx(
                    [
                        "Puente Family Health Network - Community Health Worker (Somali/English)",
                        "Full time, Rogers Park site. $22-$25/hour.",
                        "Help patients with diabetes and high blood pressure get to appointments,"
                        " understand medications and apply for benefits.",
                        "Requirements: fluent Somali and English; IL CHW certificate or "
                        "willingness to obtain within 12 months.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant_report_narrative",
        notes="Grant report with program counts and an anonymized patient story.",
        frm=f"Development <development@{PFH}>",
        to="grants@chicagocommunitytrust.org",
        subject="Interim report - Language Access Navigation grant",
        body=(
            "Dear Ms. Franklin,\n\nInterim figures (Jan-Oct 2026): 4,218 interpreted visits in "
            "19 languages; 612 patients enrolled in navigation; no-show rate for navigated "
            "patients 9% versus 21% before the program. One navigator helped an older "
            "Vietnamese-speaking man (details changed for privacy) finally get his cataract "
            "surgery after two years of missed referrals.\n\nWith gratitude,\nDevelopment Office"
        ),
    ),
]
