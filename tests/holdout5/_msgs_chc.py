# ruff: noqa: E501
"""Hand-written holdout5 messages from Harborview Community Health Center (FQHC, refugee clinic)."""

from __future__ import annotations

from _att import DOCX, docx, encrypted_zip, png, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

H = "harborviewchc.org"
SIG = "\n--\nHarborview Community Health Center | Refugee Health Clinic\n1420 Pier Street, Suite 200\nCONFIDENTIALITY NOTICE: This message may contain protected information. If you received it in error, delete it and notify the sender.\n"

MESSAGES: list[Spec] = [
    Spec(
        True, "refugee_screening",
        "Domestic refugee screening results naming the patient, TB and hep B status.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", "tbcontrol@kingcounty-ph.org",
        "Refugee screening - positive IGRA, needs CXR read",
        "Hi TB team,\n\nSending over Abdulwahid Sarwari (DOB 03/14/1988, HCHC MRN 7740215) from the\n"
        "Nov 30 arrival cohort. QuantiFERON-TB Gold Plus POSITIVE (TB1 0.92, TB2 1.14). No cough, no\n"
        "night sweats. HBsAg negative, anti-HBs positive. Ova & parasites x3 pending. CXR done 12/3,\n"
        "awaiting your read before we start LTBI tx (thinking 4R rifampin).\n\nDari interpreter used, ID #4471.\n\nIlse"
        + SIG,
    ),
    Spec(
        True, "refugee_screening",
        "Hard positive: first name plus family size and parasite treatment, no surname.",
        f"Marco Lindqvist <mlindqvist@{H}>", "casework@newrootsresettle.org",
        "re: the family at Cedar Apts",
        "Hey Fatuma,\n\nquick one - Baraka and his two younger sisters all came back positive for\n"
        "strongyloides. Can you make sure mom picks up the ivermectin at our pharmacy Thursday? The\n"
        "little one (age 4) also needs albendazole. They know the dose, interpreter went over it.\n\nthx\nMarco\n\nSent from my iPhone",
    ),
    Spec(
        True, "shelter_coordination",
        "Shelter partner told a named guest's wound care and diabetes meds.",
        f"Street Medicine Team <streetmed@{H}>", "intake@bethanyshelter.org",
        "Guest follow up",
        "Hi Rosa,\n\nFor Dwayne Hollister (bunk 22): he needs his foot dressing changed daily, supplies are in the\n"
        "blue bag. Please remind him to take metformin 1000 mg BID with dinner - his A1c was 11.2 last week.\n"
        "Podiatry appt at HCHC Tues 12/15 2pm, bus pass attached to his file.\n\nThanks so much,\nJo Aldana, CHW" + SIG,
    ),
    Spec(
        True, "sliding_fee",
        "Sliding-fee application naming the applicant with dialysis-related diagnosis and income.",
        f"Patient Financial Services <pfs@{H}>", "kfenwick.home@gmail.com",
        "Your sliding fee discount application",
        "Dear Ms. Kerri Fenwick,\n\nWe received your Sliding Fee Discount application. Household size: 3. Annual income:\n"
        "$28,400 (Slide B, 75% discount). SSN 529-71-4408 verified. Your note that your visits are for type 1 diabetes and\n"
        "depression follow-up has been added to the file. Account #HV-0082291. Please send a copy of\n"
        "your last two pay stubs.\n\nPatient Financial Services" + SIG,
    ),
    Spec(
        True, "wic_form",
        "WIC referral form with a child's anemia result and growth data in a PDF.",
        f"Nadia Osei <nosei@{H}>", "referrals@wic-westdistrict.org",
        "WIC referral",
        "Attached is the WIC medical referral form. Thank you.\n\nNadia Osei, MA\nPediatrics\n",
        atts=(Att("WIC_referral.pdf", "application/pdf", pdf([
            "HARBORVIEW COMMUNITY HEALTH CENTER - WIC MEDICAL REFERRAL",
            "Child: Amira Haidari   DOB: 05/02/2024   Sex: F",
            "Parent/guardian: Shabnam Haidari  Phone: (206) 555-0187",
            "Hemoglobin 9.8 g/dL (12/01/2026) - iron deficiency anemia D50.9",
            "Weight 10.1 kg (8th percentile). Formula: none. Special diet: no cow milk.",
            "Provider: Elena Brandt MD  NPI: 1748293051",
        ], "WIC referral")),),
    ),
    Spec(
        True, "snap_form",
        "Hard positive: SNAP medical-expense letter only implies a condition through monthly costs and insulin.",
        f"Benefits Desk <benefits@{H}>", "dshs.docs@dshs-upload.org",
        "Medical expense verification - SNAP case 5528831",
        "To DSHS:\n\nThis verifies that our patient Laszlo Bencze (DOB 09/21/1951) pays approximately $140 per\n"
        "month out of pocket for insulin pens, pen needles and test strips, and $35 per visit for\n"
        "monthly appointments at our clinic. Please apply to his SNAP excess medical deduction.\n\n"
        "Sincerely,\nGwen Parrish, Benefits Navigator" + SIG,
    ),
    Spec(
        True, "interpreter_note",
        "Interpreter agency told which patient, which clinic and what visit they interpret for.",
        f"Scheduling <schedule@{H}>", "dispatch@lingualinkinterp.com",
        "Pashto interpreter needed Wed",
        "Hi dispatch,\n\nNeed a female Pashto interpreter Wed 12/9 at 10:30 for Zarghuna Ahmadzai, prenatal\n"
        "visit (28 wk, gestational diabetes follow-up) with Dr. Brandt. In person please - patient\n"
        "is hard of hearing. Job ref HCHC-3391.\n\nThanks, Scheduling",
    ),
    Spec(
        True, "incidental_list",
        "CSV of refugee patients with latent TB who have not started treatment.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", f"qi-team@{H}",
        "LTBI not started - Q4",
        "QI team, list attached of everyone IGRA+ who hasn't started LTBI meds. Can we talk about it\nat Thursday huddle?\n",
        atts=(Att("ltbi_not_started.csv", "text/csv",
            "mrn,name,dob,arrival,igra,cxr,status\n"
            "7740215,Abdulwahid Sarwari,1988-03-14,2026-11-30,POS,normal,awaiting TB clinic\n"
            "7739804,Hawa Mohamed Ali,1979-07-02,2026-10-19,POS,normal,declined - wants to discuss w/ husband\n"
            "7741150,Thet Naing Oo,2001-12-25,2026-11-02,POS,granuloma RUL,no show x2\n"),),
    ),
    Spec(
        True, "behavioral_referral",
        "Hard positive: HTML-only message with PTSD screening score and refugee client's name.",
        f"Dr. Yusuf Demir <ydemir@{H}>", "intake@survivorsofTorture-nw.org",
        "Referral",
        "",
        html="<html><body><p>Hello,</p><p>Referring <b>Jean-Baptiste Mukendi</b> (arrived from Uganda 10/2026) for "
        "trauma-focused therapy. PCL-5 score 58 today, severe sleep disturbance, started prazosin 1 mg qhs. "
        "Swahili or French speaking therapist preferred.</p><p>Dr. Yusuf Demir<br>Behavioral Health, Harborview CHC</p></body></html>",
        html_only=True,
    ),
    Spec(
        True, "lab_result",
        "Mobile one-liner to a family member's personal address with a named patient's positive result.",
        f"Dr. Elena Brandt <ebrandt@{H}>", "m.sarwari.family@yahoo.com",
        "Re: your dad",
        "Mr Sarwari - your father's hepatitis B test came back positive, please have him call 206-555-0142 to schedule. -Dr B\n\nSent from my phone",
    ),
    Spec(
        True, "prior_auth",
        "Prior auth request to a Medicaid MCO with member ID and diagnosis.",
        f"Referrals <referrals@{H}>", "um@cascadecarehealthplan.com",
        "PA request - GI consult + colonoscopy",
        "Cascade Care UM,\n\nRequesting auth for GI consult and diagnostic colonoscopy (CPT 45378).\n"
        "Member: Teodora Vasquez Luna  Member ID: CCH40077218  DOB 1974-01-30\n"
        "Dx: K92.1 melena, D64.9 anemia (Hgb 8.9). Referring: Elena Brandt MD NPI: 1748293051\n\nFax back to 206-555-0199.\n\nReferral Coordinator" + SIG,
    ),
    Spec(
        True, "pharmacy",
        "DOCX medication reconciliation for a shelter guest attached to a partner.",
        f"Jo Aldana <jaldana@{H}>", "nursing@hopehavenrespite.org",
        "med rec for transfer",
        "Hi team - med rec for the guest coming to respite tomorrow, attached. Call with questions. Jo\n",
        atts=(Att("MedRec_Hollister_D.docx", DOCX, docx([
            "Medication reconciliation - Dwayne Hollister, DOB 02/11/1967",
            "Metformin 1000 mg BID; lisinopril 20 mg daily; gabapentin 300 mg TID",
            "Wound: L plantar ulcer 2 x 1.5 cm, wet-to-dry daily",
            "Allergy: sulfa (rash)",
        ])),),
    ),
    Spec(
        True, "forwarded_chain",
        "Forwarded chain: staff forwards a nurse's note about a pregnant refugee's syphilis result.",
        f"Marco Lindqvist <mlindqvist@{H}>", "anna.kowalczyk@publichealth-sti.org",
        "Fwd: RPR reactive",
        "Anna - fyi, see below. She's in our refugee clinic, can your DIS reach out? Marco\n",
        forward=Spec(
            True, "lab_result", "inner", f"Ilse Varnholt RN <ivarnholt@{H}>", f"mlindqvist@{H}",
            "RPR reactive",
            "Marco, Esperance Niyonzima (MRN 7741388) RPR reactive 1:32, TP-PA confirmed. She's 19 wks.\nPCN allergy? none. Needs benzathine PCN x3. -Ilse\n",
        ),
    ),
    Spec(
        True, "appointment",
        "Hard positive: subject-only PHI - subject names patient and new HIV diagnosis, body has no detail.",
        f"Front Desk <frontdesk@{H}>", f"ebrandt@{H}",
        "Lwin Moe Aung - new HIV dx, needs slot this week",
        "Can you squeeze in Thurs? thx\n",
    ),
    Spec(
        True, "attachment_filename",
        "Hard positive: PHI only in the attachment filename (name plus diagnosis); body and content generic.",
        f"Medical Records <hims@{H}>", "records@stjamesmedgroup.org",
        "Records request fulfilled",
        "Attached per your request #RQ-20931. Please confirm receipt.\n\nHIMS" + SIG,
        atts=(Att("Okafor_Chidi_HepB_chronic_records.pdf", "application/pdf", pdf([
            "HARBORVIEW COMMUNITY HEALTH CENTER - RELEASE OF INFORMATION COVER SHEET",
            "Request RQ-20931. Pages: 14. Released under signed authorization.",
        ], "ROI cover")),),
    ),
    Spec(
        True, "hl7",
        "HL7 ORU with hepatitis B panel for a named refugee patient sent to state registry vendor.",
        f"Interface Team <interfaces@{H}>", "support@statelabbridge.com",
        "ORU sample failing validation",
        "Hi, this message is bouncing with AR ack, OBX-5 type mismatch? sample attached.\n",
        atts=(Att("oru_sample.hl7", "application/hl7-v2",
            "MSH|^~\\&|HCHC_LIS|HARBORVIEW|ELR|STATE|20261204101500||ORU^R01|H5-88213|P|2.5.1\r"
            "PID|1||7741502^^^HCHC^MR||Hakizimana^Claudine||19910817|F|||77 Alder Ct^^Seattle^WA^98118\r"
            "OBR|1||L99812|5196-1^HBsAg^LN|||20261203\r"
            "OBX|1|ST|5196-1^Hepatitis B surface Ag^LN||Reactive||||||F\r"),),
    ),
    Spec(
        True, "fhir",
        "FHIR Patient + Condition bundle for a named patient sent to a care-management vendor.",
        f"Data Team <data@{H}>", "onboarding@carelinkpop.io",
        "test bundle for connector",
        "Attached one real bundle so you can check mapping (approved by Priya). Please delete after.\n",
        atts=(Att("bundle_7738821.json", "application/fhir+json",
            '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"7738821",'
            '"name":[{"family":"Ramdhani","given":["Sefu"]}],"birthDate":"1983-06-09"}},{"resource":{"resourceType":"Condition",'
            '"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"B18.1","display":"Chronic viral hepatitis B"}]},'
            '"subject":{"reference":"Patient/7738821"}}}]}'),),
    ),
    Spec(
        True, "x12",
        "X12 837P claim with subscriber and diagnosis sent to a clearinghouse support mailbox.",
        f"Billing <billing@{H}>", "help@claimsbridge.net",
        "837 rejected - loop 2010BA",
        "Our 837 for this encounter keeps rejecting, file attached, can you tell us why?\n\nBilling Office",
        atts=(Att("claim_1204.x12", "text/plain",
            "ISA*00*          *00*          *ZZ*HARBORVIEW     *ZZ*CLAIMSBRIDGE   *261204*1012*^*00501*000004417*0*P*:~\n"
            "NM1*IL*1*PETROSYAN*ARMEN****MI*CCH40081934~\nDMG*D8*19650412*M~\n"
            "CLM*HV88213*185***11:B:1*Y*A*Y*Y~\nHI*ABK:E11.65*ABF:I10~\nSV1*HC:99214*185*UN*1***1~\n"),),
    ),
    Spec(
        True, "incidental_list",
        "Multi-sheet XLSX outreach list: children overdue for lead screening with parent phones.",
        f"Pediatrics QI <pedsqi@{H}>", "leadprogram@healthyhomes-coalition.org",
        "Lead screening outreach list (partner MOU)",
        "Per our outreach partnership, here's the list. Sheet 2 has elevated results.\n",
        atts=(Att("lead_outreach.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx({
            "Overdue": [["Child", "DOB", "Parent", "Phone"], ["Nilufar Rahimi", "2024-08-19", "Farida Rahimi", "206-555-0163"],
                        ["Kwame Asante", "2023-11-02", "Abena Asante", "206-555-0111"]],
            "Elevated": [["Child", "DOB", "BLL ug/dL", "Date"], ["Pablo Ixcoy", "2022-04-15", "7.2", "2026-11-12"]],
        })),),
    ),
    Spec(
        True, "encrypted_zip",
        "Encrypted ZIP of immunization records; the body names the patient and the password hint.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", "schoolnurse@rainierbeachhs.org",
        "Immunization records - Thet Naing Oo",
        "Hi, immunization records for Thet Naing Oo (refugee arrival, needs catch-up MMR and Tdap before school\nenrollment). Password is the usual one. Ilse\n",
        atts=(Att("imms.zip", "application/zip", encrypted_zip({"imms.txt": "Thet Naing Oo 2001-12-25 MMR dose 1 2026-11-05"}, "Harbor!2026")),),
    ),
    Spec(
        True, "photo",
        "Hard positive: wound photo PNG with patient name in filename sent to a personal address.",
        f"Jo Aldana <jaldana@{H}>", "jo.aldana77@gmail.com",
        "pics",
        "sending to myself to chart later\n",
        atts=(Att("hollister_foot_ulcer_1207.png", "image/png", png(8, 8, (180, 120, 110))),),
    ),
    Spec(
        True, "calendar",
        "ICS invite for a named patient's case conference about TB treatment adherence.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", "nurse.consult@kingcounty-ph.org",
        "Case conference: Thet Naing Oo",
        "Invite for case conf re: missed DOT doses.\n",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HCHC//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h5-cc-0412@harborviewchc.org\r\n"
        "DTSTART:20261210T190000Z\r\nDTEND:20261210T193000Z\r\nSUMMARY:Case conf - Thet Naing Oo - LTBI DOT nonadherence\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        True, "txt_attachment",
        "TXT export of a refugee clinic visit note with name and diagnoses.",
        f"Dr. Elena Brandt <ebrandt@{H}>", "clinic@eastsidecardiology.com",
        "Consult - heart murmur",
        "Hi Dr. Mensah, note attached for the consult we discussed. Thanks, Elena\n",
        atts=(Att("visit_note.txt", "text/plain",
            "Pt: Hawa Mohamed Ali  DOB 07/02/1979\nAssessment: new systolic murmur 3/6, h/o rheumatic fever as child.\nPlan: echo, cardiology consult.\n"),),
    ),
    # ---- Harborview negatives
    Spec(
        False, "staff_tb",
        "Hard negative: staff TB test compliance by department - counts only, staff domain.",
        f"Employee Health <employeehealth@{H}>", f"managers@{H}",
        "Annual TB screening compliance - Dec",
        "Managers,\n\nCurrent staff TB screening compliance by dept:\n  Pediatrics 41/44 (93%)\n  Refugee Clinic 18/18 (100%)\n"
        "  Dental 22/27 (81%)\n  Behavioral Health 15/19 (79%)\n\nStaff still due got a reminder today. Deadline 12/31.\n\nEmployee Health",
    ),
    Spec(
        False, "refugee_stats",
        "Hard negative: refugee resettlement statistics with countries and counts, no individuals.",
        f"Marco Lindqvist <mlindqvist@{H}>", "board@harborviewchc.org",
        "FY26 refugee clinic numbers for board packet",
        "Board members,\n\nFY26 refugee clinic: 612 domestic screenings completed (Afghanistan 241, DRC 118,\n"
        "Burma 77, Ukraine 64, Haiti 52, other 60). LTBI identified in 19%, chronic hep B in 6%,\n"
        "intestinal parasites in 23%. Median days from arrival to screening: 24.\n\nMarco",
        cc="exec@harborviewchc.org",
    ),
    Spec(
        False, "interpreter_schedule",
        "Hard negative: interpreter staffing schedule - interpreter names and languages only.",
        f"Language Services <language@{H}>", "dispatch@lingualinkinterp.com",
        "Interpreter coverage week of 12/14",
        "Coverage we need from you next week:\n\nMon AM  Dari x2, Swahili x1\nTue all day  Burmese (Htet is on leave)\n"
        "Wed PM  Pashto (female), Haitian Creole\nThu  Spanish x3\n\nStaff interpreters on site: Wahid (Dari), Aline (Creole), Carmen (Spanish).\n",
    ),
    Spec(
        False, "survey_template",
        "Hard negative: patient satisfaction survey template with {{placeholders}}.",
        f"Communications <comms@{H}>", "support@surveyflowmail.com",
        "Template for Dec send",
        "",
        html="<html><body><p>Hi {{first_name}},</p><p>Thank you for visiting Harborview on {{visit_date}} with {{provider_name}}. "
        "How did we do? <a href=\"{{survey_link}}\">Take our 2-minute survey</a>.</p><p>Reply STOP to opt out.</p></body></html>",
        html_only=True,
    ),
    Spec(
        False, "job_posting",
        "Job posting for a refugee health nurse.",
        f"HR <jobs@{H}>", "postings@nwhealthjobs.org",
        "Posting: RN - Refugee Health (1.0 FTE)",
        "Please post: Registered Nurse, Refugee Health Clinic. Conduct domestic medical screenings, TB and hepatitis B\n"
        "follow-up, work with interpreters. Bilingual Dari/Pashto preferred. $46-$61/hr. Apply at harborviewchc.org/careers.\n",
    ),
    Spec(
        False, "leave_request",
        "Staff member's own leave request to personal-ish address of manager; no patient.",
        f"Carmen Ibarra <cibarra@{H}>", "marco.lindqvist@outlook.com",
        "PTO 12/21-12/23",
        "Hi Marco, sorry to bug you on your personal - requesting PTO 12/21-12/23 for family travel. Aline said she can\ncover Spanish walk-ins. Thanks! Carmen\n",
    ),
    Spec(
        False, "flu_newsletter",
        "Flu clinic newsletter with no individual.",
        f"Harborview CHC <news@{H}>", "community-list@harborviewchc.org",
        "Free flu and COVID shots Saturday",
        "Walk-in flu and COVID-19 vaccines Saturday 12/12, 9am-1pm, all ages, no insurance needed. Interpreters available.\n",
    ),
    Spec(
        False, "vendor_zip",
        "Hard negative: ZIP of blank intake forms in five languages for print vendor.",
        f"Communications <comms@{H}>", "orders@printcraftnw.com",
        "Print order - intake packets",
        "Please print 500 each. Files zipped. PO 26-4410.\n",
        atts=(Att("intake_forms.zip", "application/zip", zipped({
            "intake_en.txt": "Name: ________  Date of birth: ________  Allergies: ________",
            "intake_es.txt": "Nombre: ________  Fecha de nacimiento: ________  Alergias: ________",
        })),),
    ),
]
