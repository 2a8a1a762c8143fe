"""Ironwood Chiropractic & Physical Medicine: outbound mail (18 PHI, 18 not)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import APEX, IRON, VVC, Att, Spec

SIG = (
    "\n\nIronwood Chiropractic & Physical Medicine\n640 Foothill Blvd, Unit 3\n"
    "Tel 555-610-4400 | Fax 555-610-4401 | ironwoodchiro.com\n"
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "PI attorney narrative report",
        "Narrative report for a personal-injury attorney, name, DOI, diagnoses.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "paralegal@harmonsteinlaw.com",
        "Narrative report - Delacroix v. Pruitt Trucking",
        "Ms. Okonjo,\n\nAttached is my narrative report for your client Simone Delacroix (DOI "
        "06/03/2026). "
        "Diagnoses: cervical sprain/strain S13.4XXA, thoracic sprain S23.3XXA, post-traumatic "
        "headache. "
        "She completed 24 visits; MMI expected in January. Outstanding balance on her lien is "
        "$4,860.\n\n"
        "Colby Marsh, DC" + SIG,
        atts=(
            Att(
                "Delacroix_Simone_narrative.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CHIROPRACTIC & PHYSICAL MEDICINE - NARRATIVE REPORT",
                        "Patient: Simone Delacroix   DOB 02/17/1988   DOI 06/03/2026",
                        "Mechanism: rear-end collision, restrained driver",
                        "Dx: S13.4XXA cervical sprain; S23.3XXA thoracic sprain; G44.309 "
                        "post-traumatic headache",
                        "Treatment: CMT 98941, therapeutic exercise 97110, massage 97124, 24 "
                        "visits",
                    ],
                    "Narrative report",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "lien balance to attorney",
        "Hard positive: a bare balance reply naming the client with visit count (payment for "
        "care).",
        f"Front Desk <frontdesk@{IRON}>",
        "intake@rosalesinjurylaw.com",
        "RE: balance for Keanu Alapai",
        "Current balance is $2,315 for 11 visits through 11/10. Still treating 2x/week. Lien on "
        "file.\n\nMonique" + SIG,
    ),
    Spec(
        True,
        "appointment confirmation to patient",
        "Appointment confirmation to patient's gmail with acupuncture for migraines.",
        f"Ironwood Scheduling <appointments@{IRON}>",
        "brianna.costa92@gmail.com",
        "See you Thursday, Brianna!",
        "Hi Brianna,\n\nYou're booked Thursday 11/12 at 4:15 PM with Mei Lin Zhao, LAc, for "
        "acupuncture "
        "(migraine protocol, visit 3 of 8). Wear loose clothing. Reply C to confirm.\n\nIronwood "
        "Scheduling" + SIG,
    ),
    Spec(
        True,
        "massage therapist SOAP note to MD",
        "SOAP note excerpt on a shared patient, to a PCP, no DOB.",
        f'"Jorge Benitez, LMT" <jbenitez@{IRON}>',
        "dr.allen@foothillfamilymed.com",
        "Andrea Kuznetsova - massage progress",
        "Dr. Allen,\n\nS: Andrea reports neck pain 4/10, down from 7/10.\nO: trigger points L "
        "upper trap, "
        "levator scap; ROM improved 15 deg rotation.\nA: myofascial pain improving.\nP: continue "
        "97140 weekly x4.\n\n"
        "Jorge Benitez, LMT" + SIG,
    ),
    Spec(
        True,
        "X12 837 claim file",
        "X12 837P with subscriber name, DOB and member id.",
        f"Billing <billing@{IRON}>",
        "edi@clearpathclearinghouse.com",
        "837 batch 11/11",
        "Batch attached.",
        atts=(
            Att(
                "IRON_837P_20261111.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*IRONWOOD       *ZZ*CLEARPATH      "
                "*261111*1412*^*00501*000000412*0*P*:~"
                "GS*HC*IRONWOOD*CLEARPATH*20261111*1412*412*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*IL*1*HOLLOWAY*PRESTON****MI*XQH44817203~DMG*D8*19750923*M~"
                "CLM*IW55120*185***11:B:1*Y*A*Y*Y~HI*ABK:M54.16~SV1*HC:98941*65*UN*1~SE*8*0001~GE*1*412~IEA*1*000000412~",
            ),
        ),
    ),
    Spec(
        True,
        "forwarded patient email about auto claim",
        "Hard positive: front desk forwards a patient's own email (phone, claim, whiplash) to "
        "billing.",
        f"Front Desk <frontdesk@{IRON}>",
        f"billing@{IRON}",
        "FW: insurance question",
        "Can you answer her? I don't know the med-pay rules.",
        forward=Spec(
            True,
            "-",
            "-",
            "Nadia Hussain <nadia.hussain@outlook.com>",
            f"frontdesk@{IRON}",
            "insurance question",
            "Hi, this is Nadia Hussain, I've been coming for my whiplash since the accident in "
            "August. "
            "Geico claim 0482716-03. Do I need to pay anything if med-pay runs out? 555-442-9017",
        ),
    ),
    Spec(
        True,
        "XLSX PI case tracker",
        "Hard positive: multi-sheet case tracker for an attorney with clients, DOIs, balances.",
        f"Billing <billing@{IRON}>",
        "casemanager@rosalesinjurylaw.com",
        "Monthly lien statement - Rosales Injury Law",
        "Attached is the November lien statement for your clients treating with us.\n\nIronwood "
        "Billing" + SIG,
        atts=(
            Att(
                "Rosales_lien_statement_Nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "Open cases": [
                            ["Client", "DOI", "Visits", "Balance", "Status"],
                            ["Keanu Alapai", "2026-09-02", "11", "2315.00", "treating"],
                            ["Yesenia Paredes", "2026-05-19", "30", "5980.00", "discharged MMI"],
                            ["Thomas Whitlock", "2026-08-27", "6", "1140.00", "treating"],
                        ],
                        "Payments": [
                            ["Client", "Date", "Amount"],
                            ["Gordon Akintola", "2026-11-03", "3200.00"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "x-ray report to referring DC",
        "Imaging finding on a named patient.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "drchen@sunsetspineclinic.com",
        "X-ray read for our mutual patient",
        "Hey Wes,\n\nYour guy Fernando Quintero came in for a second opinion. Films show grade I "
        "spondylolisthesis L5-S1 and moderate DDD L4-5. I'd hold high-velocity lumbar adjustments "
        "and "
        "get an MRI. Happy to discuss.\n\nColby",
    ),
    Spec(
        True,
        "PNG posture photo with name",
        "Hard positive: posture analysis image named after the patient, body neutral.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "reports@posturepro-analytics.com",
        "posture analysis upload",
        "Upload for analysis, lateral view.",
        atts=(
            Att(
                "posture_lateral_Okeke_Chidi_2026-11-10.png",
                "image/png",
                png(8, 12, (120, 140, 160)),
            ),
        ),
    ),
    Spec(
        True,
        "encrypted zip with password in body",
        "Hard positive: encrypted zip of records and the password in the same mail naming the "
        "patient.",
        f"Records <records@{IRON}>",
        "records@statewideins.com",
        "Records for Darlene Fairbanks, claim 77-ALX-30941",
        "Records for Darlene Fairbanks (claim 77-ALX-30941) are in the attached zip. Password: "
        "Ironwood!1110\n\nRecords" + SIG,
        atts=(
            Att(
                "Fairbanks_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Fairbanks_visits.txt": "Darlene Fairbanks DOB 1966-03-03. Lumbar strain "
                        "S39.012A. 14 visits 2026-07-01 to 2026-10-20.",
                    },
                    "Ironwood!1110",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "HTML-only statement",
        "HTML-only patient statement with CPT lines and patient name.",
        f"Billing <billing@{IRON}>",
        "rwashington1961@yahoo.com",
        "Your Ironwood statement",
        "",
        html="<html><body><p>Dear Reginald Washington,</p><p>Statement for account IW-30417:</p>"
        "<table border='1'><tr><th>Date</th><th>Service</th><th>Charge</th></tr>"
        "<tr><td>10/14/2026</td><td>98940 chiropractic manipulation</td><td>$55</td></tr>"
        "<tr><td>10/14/2026</td><td>97140 manual therapy</td><td>$40</td></tr>"
        "</table><p>Amount due after insurance: $38.00</p></body></html>",
    ),
    Spec(
        True,
        "text reply from relative",
        "Hard positive: patient's husband replies with her medication; quoted clinic text below.",
        "Victor Stanescu <vstanescu@icloud.com>",
        f"frontdesk@{IRON}",
        "Re: Elena's visit tomorrow",
        "She's on warfarin now since the DVT, so the doctor said to ask you before any deep "
        "tissue. "
        "Should we still come at 10?\n\nVictor\n\n> On Nov 11, Ironwood Front Desk wrote:\n> "
        "Reminder: "
        "Elena Stanescu, 10:00 AM massage 60 min with Jorge.\n",
    ),
    Spec(
        True,
        "DOCX work status note",
        "Work status note with name and restrictions after back injury, to employer HR.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "hr@centralvalleypackers.com",
        "Work status - return to work",
        "Please see attached work status note.\n\nDr. Marsh" + SIG,
        atts=(
            Att(
                "work_status_RGutierrez.docx",
                DOCX,
                docx(
                    [
                        "Ironwood Chiropractic & Physical Medicine - Work Status",
                        "Employee: Ramon Gutierrez   Date: 11/10/2026",
                        "Condition: lumbar sprain with right sciatica, under active treatment",
                        "Restrictions: no lifting over 20 lb, no repetitive bending, 6-hour "
                        "shifts until 12/1/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "IME scheduling with Apex",
        "Partner mail: IME appointment for a named Ironwood patient.",
        f"Records <records@{IRON}>",
        f"scheduling@{APEX}",
        "IME for Yesenia Paredes - records",
        "Hello Apex,\n\nFor Ms. Yesenia Paredes's IME on 11/19 with Dr. Feldman we are sending 30 "
        "visit notes "
        "and the 8/14 cervical MRI report (C5-6 disc protrusion). Let us know if you need "
        "films.\n\nRecords" + SIG,
    ),
    Spec(
        True,
        "community care visit notes to VVCC",
        "Visit note return to the VA-contracted clinic with the veteran's name and auth.",
        f"Records <records@{IRON}>",
        f"communitycare@{VVC}",
        "Visit notes auth CC-2026-117455",
        "Visit notes for Reynaldo Castellano (auth CC-2026-117455), visits 1-6 for chronic low "
        "back pain, "
        "attached as C-CDA.\n\nRecords" + SIG,
        atts=(
            Att(
                "CCDA_Castellano.xml",
                "application/xml",
                '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>Progress '
                "Notes</title>"
                '<recordTarget><patientRole><id extension="IW-20551"/><patient><name><given>'
                "Reynaldo</given>"
                '<family>Castellano</family></name><birthTime value="19670412"/></patient>'
                "</patientRole></recordTarget>"
                "<component><section><title>Assessment</title><text>Chronic LBP M54.50 improving; "
                "ODI 38% to 24%.</text>"
                "</section></component></ClinicalDocument>",
            ),
        ),
    ),
    Spec(
        True,
        "terse internal chat about patient",
        "Hard positive: one line internal note, first+last name and a red flag.",
        f"Mei Lin Zhao <mzhao@{IRON}>",
        f"cmarsh@{IRON}",
        "quick one",
        "Gwen Albright says new numbness in both legs since Sat + trouble peeing. Sent her to ER. "
        "FYI.",
    ),
    Spec(
        True,
        "CSV no-show list to marketing vendor",
        "Hard positive: recall list of patients with phone and 'last treated for' to a texting "
        "vendor.",
        f"Office Manager <office@{IRON}>",
        "support@textrecallpro.com",
        "upload for reactivation campaign",
        "Here's the list for the reactivation texts. Please use template B.",
        atts=(
            Att(
                "reactivation_list.csv",
                "text/csv",
                "first,last,mobile,last_visit,last_treated_for\nTerrell,Banks,555-302-7781,"
                "2026-04-02,sciatica\n"
                "Hyun-woo,Park,555-610-2289,2026-03-19,TMJ "
                "dysfunction\nPatricia,O'Shea,555-774-0152,2026-05-30,plantar fasciitis\n",
            ),
        ),
    ),
    Spec(
        True,
        "superbill to patient for HSA",
        "Superbill PDF with name, DOB, dx codes to patient's hotmail.",
        f"Billing <billing@{IRON}>",
        "dmitri.volkov77@hotmail.com",
        "Superbill for your HSA",
        "Hi Dmitri, superbill attached for your HSA reimbursement.\n\nBilling" + SIG,
        atts=(
            Att(
                "superbill_2026-10.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CHIROPRACTIC & PHYSICAL MEDICINE - SUPERBILL",
                        "Patient: Dmitri Volkov  DOB 07/21/1977",
                        "Dx: M99.03 segmental dysfunction lumbar; M54.5 low back pain",
                        "10/06 98941 $65; 10/13 98941 $65; 10/20 97810 acupuncture $75",
                    ],
                    "Superbill",
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        False,
        "marketing newsletter",
        "Hard negative: HTML marketing about sciatica and whiplash treatment, no individuals.",
        f"Ironwood Chiropractic <news@{IRON}>",
        "subscribers@ironwoodchiro.com",
        "Sciatica? Whiplash? We can help",
        "",
        html="<html><body><h1>Back pain season</h1><p>Sciatica, whiplash after a car accident, "
        "migraines: "
        "our chiropractors and acupuncturists treat them all. New patient special "
        "$49.</p></body></html>",
    ),
    Spec(
        False,
        "attorney marketing outreach",
        "Business development to a law firm, no clients named.",
        f"Jordan Marsh <jmarsh@{IRON}>",
        "partners@brightonlegalgroup.com",
        "Lunch and learn: documenting soft-tissue injuries",
        "Hi team,\n\nWe'd love to host a lunch-and-learn on how we document soft-tissue injuries "
        "and "
        "impairment ratings for PI cases. We accept liens and provide narrative reports within 10 "
        "days.\n\nJordan Marsh\nPractice Administrator",
    ),
    Spec(
        False,
        "clinician license renewal",
        "Hard negative: DC license number and CE hours for a clinician.",
        f"Office Manager <office@{IRON}>",
        "renewals@chirolicensingboard.ca.gov",
        "License renewal DC 31874 - CE certificates",
        "Attached are Dr. Colby Marsh's CE certificates (24 hours incl. 4 hours on radiology and "
        "2 on "
        "ethics) for license DC 31874. NPI 1583858778.\n\nOffice Manager",
    ),
    Spec(
        False,
        "equipment vendor invoice",
        "Vendor invoice for a decompression table.",
        f"Accounts <accounts@{IRON}>",
        "ar@spinetechequip.com",
        "Remittance for invoice ST-88214",
        "Payment for invoice ST-88214 (decompression table, service plan) sent via ACH, ref "
        "301-55-2290.\n\nAccounts",
    ),
    Spec(
        False,
        "staff schedule",
        "Staff schedule for Thanksgiving week.",
        f"Office Manager <office@{IRON}>",
        f"staff@{IRON}",
        "Thanksgiving week schedule",
        "Mon-Wed normal hours, closed Thu-Fri. Jorge covers Saturday massage. Please submit PTO "
        "by 11/15.",
    ),
    Spec(
        False,
        "CPT coding tip",
        "Hard negative: coding education with CPT and ICD codes, no patient.",
        f"Billing <billing@{IRON}>",
        f"providers@{IRON}",
        "Coding reminder: 98941 vs 98940",
        "Reminder: 98941 needs 3-4 regions documented. Pair with ICD-10 M99.01-M99.03 and a "
        "symptom code "
        "like M54.2 cervicalgia. Modifier AT for Medicare active treatment. Maintenance care is "
        "not billable to Medicare.",
    ),
    Spec(
        False,
        "synthetic test patient in practice software",
        "Hard negative: test patient 'Test Patient' in PM software, clearly labelled.",
        f"Office Manager <office@{IRON}>",
        "support@chiropmsoftware.com",
        "Claim scrubber error on test claim",
        "Hi support,\n\nOur test claim for the demo patient TEST, PATIENT (account TEST-0001, "
        "fake DOB 01/01/1900) "
        "fails with error 'HI segment invalid' when we use M54.50. Screenshot attached. This is a "
        "dummy record.\n\nThanks",
        atts=(Att("scrubber_error.png", "image/png", png(10, 4, (240, 240, 240))),),
    ),
    Spec(
        False,
        "aggregate outcomes",
        "Hard negative: practice outcome aggregates (ODI, NDI improvement), no individuals.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "quality@chironetworkipa.com",
        "Q3 outcomes submission",
        "Q3: 214 new patients. Mean ODI improvement 18.2 points (n=132), NDI 14.7 (n=88). 6% "
        "referred out "
        "for red flags. 4 patients with suspected cauda equina sent to ER, all appropriate.",
    ),
    Spec(
        False,
        "acupuncture supply order",
        "Needle supply order.",
        f"Mei Lin Zhao <mzhao@{IRON}>",
        "orders@eastwestacusupply.com",
        "Order: needles and moxa",
        "Please ship 20 boxes 0.25x30mm, 10 boxes 0.20x15mm, and 5 boxes smokeless moxa. Account "
        "IRON-2207.",
    ),
    Spec(
        False,
        "HR job offer",
        "Job offer letter to a candidate at gmail (employment only).",
        f"Jordan Marsh <jmarsh@{IRON}>",
        "tessa.nguyen.lmt@gmail.com",
        "Offer letter - Licensed Massage Therapist",
        "Hi Tessa,\n\nWe're happy to offer you the LMT position at $32/hour plus tips, starting "
        "12/1. Offer "
        "letter attached; please sign by 11/20.\n\nJordan",
        atts=(
            Att(
                "offer_letter_TNguyen.docx",
                DOCX,
                docx(
                    [
                        "Ironwood Chiropractic & Physical Medicine - Offer of Employment",
                        "Position: Licensed Massage Therapist, 32 hours/week",
                        "Compensation: $32/hour; benefits after 60 days",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "insurance fee schedule",
        "Hard negative: fee schedule workbook with CPT codes and payer names.",
        f"Billing <billing@{IRON}>",
        "contracting@blueoakhealthplan.com",
        "2027 fee schedule counterproposal",
        "Counterproposal attached.",
        atts=(
            Att(
                "Ironwood_2027_fees.xlsx",
                XLSX,
                xlsx(
                    {
                        "Proposed": [
                            ["CPT", "Description", "2026", "2027 ask"],
                            ["98940", "CMT 1-2 regions", "38.50", "42.00"],
                            ["98941", "CMT 3-4 regions", "48.20", "53.00"],
                            ["97810", "Acupuncture initial 15 min", "44.00", "49.00"],
                        ],
                        "Notes": [["Item", "Note"], ["Timely filing", "Request 180 days"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "webinar agenda",
        "Hard negative: CE seminar agenda on concussion and whiplash, presenters named.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "events@calchiroassoc.org",
        "Seminar agenda - Whiplash and mTBI",
        "Agenda:\n8:00 Whiplash-associated disorders grading - Dr. Colby Marsh, DC\n9:30 "
        "Post-concussion "
        "syndrome screening - Dr. Anika Feldman, MD (neurology)\n11:00 Documentation for PI cases "
        "- Jordan Marsh",
    ),
    Spec(
        False,
        "IT phishing warning",
        "IT warning about a phishing mail.",
        f"Office Manager <office@{IRON}>",
        f"staff@{IRON}",
        "Do NOT open 'Fax received' emails",
        "We got a fake 'eFax received' email this morning. Don't click. Forward anything "
        "suspicious to me.",
    ),
    Spec(
        False,
        "landlord business",
        "Lease renewal for the office.",
        f"Jordan Marsh <jmarsh@{IRON}>",
        "leasing@foothillplazaprop.com",
        "Unit 3 lease renewal",
        "Hi Carla, we'd like to renew Unit 3 for 3 years. Can you send the CAM reconciliation for "
        "2026?",
    ),
    Spec(
        False,
        "generic info for employer newsletter",
        "Hard negative: reply to an HR contact's personal gmail about listing the clinic; no "
        "patient.",
        f"Front Desk <frontdesk@{IRON}>",
        "jasmine.ortiz88@gmail.com",
        "Re: listing in your employee newsletter",
        "Hi Jasmine,\n\nThanks for thinking of us for the Sunrise Logistics wellness page! For "
        "the blurb: we take new patients, we're in network with most PPOs and accept "
        "auto claims. "
        "Our hours are Mon-Fri 8-6, Sat 9-1. You can book online at ironwoodchiro.com.\n\nMonique",
    ),
    Spec(
        False,
        "de-identified case study",
        "Hard negative: de-identified case report draft for a journal.",
        f"Dr. Colby Marsh <cmarsh@{IRON}>",
        "submissions@jchiromedcases.org",
        "Case report submission",
        "Please find attached our case report: 'A 40s male with lumbar radiculopathy responding "
        "to flexion-distraction'. "
        "All identifiers removed per journal policy; consent on file.",
        atts=(
            Att(
                "case_report.docx",
                DOCX,
                docx(
                    [
                        "A man in his 40s presented with 3 months of left L5 radicular pain.",
                        "Flexion-distraction was applied over 12 visits; ODI fell from 46% to 12%.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "meeting invite staff",
        "ICS staff meeting invite.",
        f"Office Manager <office@{IRON}>",
        f"staff@{IRON}",
        "Staff meeting Wednesday",
        "Invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ironwood//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:iron-staff-20261118@ironwoodchiro.com\r\nDTSTAMP:20261110T150000Z\r\n"
        "DTSTART:20261118T200000Z\r\nDTEND:20261118T210000Z\r\nSUMMARY:Staff meeting - new intake "
        "forms\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        False,
        "PDF intake form blank",
        "Hard negative: blank intake form template (fields only) sent to the print shop.",
        f"Front Desk <frontdesk@{IRON}>",
        "orders@quickprintfresno.com",
        "Reprint: new patient forms",
        "Hi Carlos, please reprint 500 copies of the attached blank intake form, 2-sided, padded "
        "in 50s.\n\nMonique",
        atts=(
            Att(
                "Ironwood_new_patient_forms.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CHIROPRACTIC & PHYSICAL MEDICINE - NEW PATIENT INTAKE",
                        "Name: ____________  DOB: ________  Phone: __________",
                        "Reason for visit: ______________  Pain scale 0-10: ___",
                    ],
                    "Intake form",
                ),
            ),
        ),
    ),
]
