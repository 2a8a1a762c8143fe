"""Lakeview Metabolic & Bariatric Surgery: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import LBS, MDE, NW, Att, Spec

SIG_COORD = (
    "\n\nRenata Oyelaran, RN, BSN\nBariatric Nurse Navigator\n"
    "Lakeview Metabolic & Bariatric Surgery\n2200 Shoreline Pkwy, Suite 310\n"
    "P 614-555-0182 | F 614-555-0183"
)
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "addressee and may contain information that is privileged or confidential. If you received "
    "it in error, please notify the sender and delete it."
)

PRIOR_AUTH_PDF = pdf(
    [
        "LAKEVIEW METABOLIC & BARIATRIC SURGERY",
        "Letter of Medical Necessity - Laparoscopic Sleeve Gastrectomy (CPT 43775)",
        "",
        "Patient: Dolores M. Whitfield    DOB: 04/22/1978",
        "Member ID: BCX884120377    Group: 55120",
        "",
        "Ms. Whitfield has class III obesity (BMI 44.2, E66.813) with obstructive sleep apnea",
        "on CPAP (G47.33), hypertension (I10) and type 2 diabetes (E11.9, A1c 7.8%).",
        "She completed a 6-month supervised diet program (weights 271 -> 264 lb),",
        "psychological evaluation (cleared 10/14/2026) and nutrition evaluation.",
        "We request authorization for laparoscopic sleeve gastrectomy on 12/08/2026.",
        "",
        "Priya Raman, MD, FACS  NPI 1272480207",
    ],
    "LMN Whitfield",
)

ORSCHED_TXT = (
    "LAKEVIEW BARIATRIC - OR BLOCK WK OF 11/16 (Mercy Shoreline OR 6)\n"
    "Mon 11/16\n"
    "  0730  J.R.  03/14/1979  RYGB revision (prior band)  Raman   - needs EGD same day\n"
    "  1030  A.O.  09/02/1990  Lap sleeve                 Raman\n"
    "  1300  T.W.  12/30/1968  Lap sleeve + hiatal hernia  Kessler - OSA, bring CPAP\n"
    "Wed 11/18\n"
    "  0730  M.K.  06/19/1983  RYGB                        Kessler - on Eliquis, hold 48h\n"
    "  1030  D.P.  01/07/1975  Band removal                Raman\n"
)

SEMINAR_CSV = (
    "attended,first,last,email,phone,insurance,interest,bmi_self_report\n"
    "11/05 in-person,Gwendolyn,Achterberg,gwen.achterberg@yahoo.com,614-555-0147,Anthem PPO,"
    "sleeve,46\n"
    "11/05 in-person,Rashid,Mahmoud,rmahmoud77@gmail.com,614-555-0162,Medicaid MCO,bypass,52\n"
    "11/05 webinar,Courtney,Blevins,cblevins@outlook.com,740-555-0139,self-pay,sleeve,38\n"
    "11/05 webinar,Hector,Villalobos,hvillalobos@icloud.com,614-555-0115,Aetna,undecided,41\n"
    "11/05 webinar,Lorraine,Fitzhugh,lfitzhugh52@aol.com,740-555-0191,Medicare,revision,44\n"
)

REFERRAL_XLSX = xlsx(
    {
        "Post-op 2wk": [
            ["Name", "DOB", "Surgery date", "Procedure", "Phone", "Diet stage", "Notes"],
            [
                "Okonkwo, Adaeze",
                "1990-09-02",
                "2026-10-26",
                "Lap sleeve",
                "614-555-0178",
                "Pureed",
                "nausea resolved",
            ],
            [
                "Brandt, Wesley",
                "1972-05-11",
                "2026-10-28",
                "RYGB",
                "740-555-0120",
                "Pureed",
                "lactose intolerant",
            ],
            [
                "Quintero, Yesenia",
                "1985-12-03",
                "2026-10-29",
                "Lap sleeve",
                "614-555-0133",
                "Full liquid",
                "dehydration ED visit 11/1",
            ],
        ],
        "6-month": [
            ["Name", "DOB", "Surgery date", "Procedure", "%EWL", "Labs due"],
            ["Haugen, Sigrid", "1969-02-14", "2026-05-12", "RYGB", 48, "B12, ferritin, vit D"],
            ["Mensah, Kofi", "1988-08-30", "2026-05-19", "Lap sleeve", 41, "CMP, vit D"],
        ],
    }
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*LAKEVIEWBAR    *ZZ*CLAIMBRIDGE    *261110*0915*^*00501*"
    "000004417*0*P*:~\n"
    "GS*HC*LAKEVIEWBAR*CLAIMBRIDGE*20261110*0915*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*LBS4417*20261110*0915*CH~\n"
    "NM1*85*2*LAKEVIEW METABOLIC AND BARIATRIC SURGERY*****XX*1910686876~\n"
    "NM1*IL*1*BRANDT*WESLEY*J***MI*W83314098201~\n"
    "DMG*D8*19720511*M~\n"
    "N3*418 ORCHARD HILL DR~\nN4*DELAWARE*OH*43015~\n"
    "CLM*LBS26-10288*28450***22:B:1*Y*A*Y*Y~\n"
    "HI*ABK:E6601*ABF:E119*ABF:G4733~\n"
    "SV1*HC:43644*28450*UN*1***1~\nDTP*472*D8*20261028~\n"
    "SE*13*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

HL7_ADT = (
    "MSH|^~\\&|LBS_EHR|LAKEVIEW|MERCY_ADT|MERCYSHORE|202611171412||ADT^A01|LBS771204|P|2.5.1\r"
    "EVN|A01|202611171410\r"
    "PID|1||LB00447812^^^LBS^MR||KOWALCZYK^MARTA^E||19830619|F|||77 BIRCHWOOD LN^^WORTHINGTON^OH"
    "^43085||614-555-0104\r"
    "PV1|1|I|5W^512^A^MERCYSHORE||||1750618054^KESSLER^ANDREW|||SUR||||1|||||||||||||||||||||||"
    "||202611171400\r"
    "DG1|1||K91.89^Other postprocedural complications of digestive system^I10|||A\r"
    "DG1|2||Z98.84^Bariatric surgery status^I10|||A\r"
)

PSYCH_DOCX = docx(
    [
        "Lakeview Metabolic & Bariatric Surgery - Referral for Pre-surgical Psychological "
        "Evaluation",
        "Patient: Tomasz Wierzbicki   DOB: 12/30/1968   Phone: 614-555-0196",
        "Planned procedure: laparoscopic sleeve gastrectomy with hiatal hernia repair",
        "Current BMI: 47.9. Comorbidities: OSA, GERD, depression (on sertraline 100 mg).",
        "Reported history of binge eating; prior inpatient stay for alcohol use disorder in 2019, "
        "sober since.",
        "Please evaluate readiness and send report to fax 614-555-0183.",
    ]
)

PA_ZIP = zipped(
    {
        "progress_notes_Quintero.txt": (
            "Supervised weight-management visit 6 of 6 - Yesenia Quintero, DOB 12/03/1985\n"
            "Weight 248.6 lb (start 256.0). BMI 42.7. PCOS, prediabetes (A1c 6.2).\n"
            "Plan: proceed with sleeve submission.\n"
        ),
        "weight_history.csv": (
            "date,weight_lb,bmi\n2026-04-07,256.0,44.0\n2026-05-05,254.2,43.6\n"
            "2026-06-02,252.9,43.4\n2026-07-07,251.0,43.1\n2026-08-04,250.3,43.0\n"
            "2026-09-01,248.6,42.7\n"
        ),
    }
)

OUTCOMES_XLSX = xlsx(
    {
        "Summary": [
            ["Metric", "Q3 2026", "Q2 2026", "National benchmark"],
            ["Primary cases", 112, 104, ""],
            ["30-day readmission %", 2.7, 3.8, 4.1],
            ["30-day reoperation %", 0.9, 1.0, 1.4],
            ["Leak rate %", 0.0, 1.0, 0.7],
            ["Mean LOS (days)", 1.3, 1.4, 1.5],
        ],
        "By procedure": [
            ["Procedure", "Cases", "Mean %EWL 12mo"],
            ["Sleeve gastrectomy", 71, 58.2],
            ["RYGB", 33, 67.4],
            ["Revision", 8, 44.0],
        ],
    }
)

POLICY_DOCX = docx(
    [
        "Lakeview Metabolic & Bariatric Surgery - Policy BS-12: Pre-operative Psychological "
        "Evaluation",
        "Effective 01/01/2027. Owner: Program Director.",
        "1. All candidates for primary or revisional metabolic surgery complete a psychological "
        "evaluation by a licensed psychologist within 12 months before surgery.",
        "2. Active substance use disorder, untreated severe depression or active suicidal ideation "
        "defers surgery until treatment is documented.",
        "3. The navigator tracks completion in the pre-op checklist; reports are scanned to the "
        "chart, never e-mailed unencrypted.",
    ]
)

AGENDA_PDF = pdf(
    [
        "LAKEVIEW METABOLIC & BARIATRIC SURGERY",
        "Ohio Valley Bariatric Symposium - Saturday, January 23, 2027",
        "0800  Registration and breakfast",
        "0830  GERD after sleeve gastrectomy: when to convert - Priya Raman, MD",
        "0915  Marginal ulcers after RYGB - Andrew Kessler, MD",
        "1000  GLP-1 agonists before and after surgery - Farah Haddad, MD (Midstate Diabetes)",
        "1100  Micronutrient deficiencies: a case-based review - Keisha Obi, RD (NourishWell)",
        "1200  Lunch and MBSAQIP data panel",
        "CME: 3.5 AMA PRA Category 1 Credits",
    ],
    "Symposium agenda",
)

DEID_CSV = (
    "study_id,age_band,sex,procedure,baseline_bmi,bmi_12mo,pct_ewl_12mo,t2d_baseline,"
    "t2d_remission_12mo\n"
    "LV-R001,40-49,F,sleeve,44.1,31.9,59.4,1,1\n"
    "LV-R002,50-59,M,RYGB,49.8,33.0,66.2,1,0\n"
    "LV-R003,30-39,F,sleeve,41.6,29.7,64.8,0,NA\n"
    "LV-R004,60-69,F,RYGB,43.3,30.8,68.9,1,1\n"
    "LV-R005,20-29,M,sleeve,52.7,38.1,52.3,0,NA\n"
)

TEST_HL7 = (
    "MSH|^~\\&|LBS_EHR|LAKEVIEW|MERCY_ADT|MERCYSHORE|202611121030||ADT^A04|LBSTEST0091|T|2.5.1\r"
    "EVN|A04|202611121030\r"
    "PID|1||ZZ9990001^^^LBS^MR||ZZTEST^BARIATRIC^ONE||19000101|U|||1 TEST ST^^TESTVILLE^OH"
    "^43000||000-000-0000\r"
    "PV1|1|O|TEST^^^LBS\r"
)

LAB_HTML = (
    "<html><body><p>Hi Shanice,</p>"
    "<p>Your 6-month post-op visit with Dr. Andrew Kessler is set for "
    "<b>Thursday, November 19 at 9:40 AM</b>. Please go to the lab at least 3 days before so "
    "we have your results at the visit:</p>"
    "<ul><li>CBC, CMP</li><li>Vitamin B12 and ferritin</li><li>Vitamin D 25-OH</li>"
    "<li>PTH (because your calcium was low in May)</li></ul>"
    "<p>Keep taking your bariatric multivitamin twice daily and calcium citrate 500 mg three "
    "times a day. Bring your food log.</p>"
    "<p>Renata<br>Bariatric Nurse Navigator<br>Lakeview Metabolic &amp; Bariatric Surgery</p>"
    "</body></html>"
)

SEMINAR_HTML = (
    "<html><body style='font-family:Arial'>"
    "<h2>Is weight-loss surgery right for you?</h2>"
    "<p>Join our surgeons for a free information seminar. Learn how sleeve gastrectomy and "
    "gastric bypass work, what the pre-op process looks like and how insurance approval "
    "works. Most patients with type 2 diabetes see their A1c improve within months.</p>"
    "<table border='1' cellpadding='4'><tr><th>Date</th><th>Format</th><th>Time</th></tr>"
    "<tr><td>Dec 3</td><td>In person, Suite 310</td><td>6:00 PM</td></tr>"
    "<tr><td>Dec 10</td><td>Live webinar</td><td>12:00 PM</td></tr>"
    "<tr><td>Jan 7</td><td>In person, Suite 310</td><td>6:00 PM</td></tr></table>"
    "<p>Register at lakeviewbariatric.com/seminar or call 614-555-0180.</p>"
    "<p style='font-size:10px'>You are receiving this because you subscribed on our website. "
    "Unsubscribe.</p></body></html>"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="surgery_date_confirmation_patient",
        notes="Surgery date, procedure and pre-op instructions to the patient's gmail.",
        frm=f"Marisa Delgado <mdelgado@{LBS}>",
        to="aleksandra.brandt.home@gmail.com",
        subject="Your surgery date is confirmed",
        body=(
            "Hi Aleksandra,\n\nGreat news - Anthem approved your authorization. Your laparoscopic "
            "sleeve gastrectomy with Dr. Raman is scheduled for Tuesday, December 8 at Mercy "
            "Shoreline. Arrival time is 5:30 AM.\n\n"
            "Reminders:\n- Start the 2-week liquid diet on November 24\n"
            "- Stop your phentermine now and your metformin the morning of surgery\n"
            "- Pre-op class is December 1 at 1 PM\n\n"
            "Call me with any questions.\n\nMarisa Delgado\nSurgery Scheduler\n"
            "Lakeview Metabolic & Bariatric Surgery\n614-555-0185"
        ),
    ),
    Spec(
        phi=True,
        category="prior_auth_letter_pdf",
        notes="Hard positive: body is generic; the PDF letter carries name, DOB, member ID, BMI "
        "and comorbidities.",
        frm=f"Insurance Coordinator <authorizations@{LBS}>",
        to="um.intake@bluecresthealthplan.com",
        subject="Prior authorization request - ref LBS-PA-26-1187",
        body=(
            "Good afternoon,\n\nPlease find attached the letter of medical necessity and "
            "supporting documentation for the above reference. Clinical notes follow by fax.\n\n"
            "Thank you,\nJanelle Fortier\nInsurance Coordinator\nLakeview Metabolic & Bariatric "
            "Surgery\nP 614-555-0187" + DISCLAIMER
        ),
        atts=(Att("LMN_LBS-PA-26-1187.pdf", "application/pdf", PRIOR_AUTH_PDF),),
    ),
    Spec(
        phi=True,
        category="subject_only_psych_clearance",
        notes="Hard positive: patient name and psych clearance only in the subject line.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to=f"authorizations@{LBS}",
        subject="Re: Dolores Whitfield - psych eval cleared, OK to submit",
        body="Got it, report is scanned in. Go ahead and submit.\n\nR.",
    ),
    Spec(
        phi=True,
        category="inpatient_handoff_room_med_change",
        notes="Hard positive: 'Mrs. K' in room 512, post-op day, vitals and med change to the "
        "covering surgeon.",
        frm=f"Andrew Kessler <akessler@{LBS}>",
        to=f"Priya Raman <praman@{LBS}>",
        subject="covering tonight",
        body=(
            "Priya -\n\nOnly one to watch: Mrs. K in 512, POD1 RYGB. HR 112 this afternoon, "
            "afebrile, UGI negative. I switched enoxaparin to 40 BID given BMI, restarted her "
            "Eliquis plan for POD3. If HR stays >110 get a CTA chest.\n\nThanks,\nAndy"
        ),
    ),
    Spec(
        phi=True,
        category="seminar_attendee_roster_csv",
        notes="Hard positive: roster of prospective surgery patients with emails, insurance and "
        "self-reported BMI, CSV only.",
        frm=f"Tamsin Greer <tgreer@{LBS}>",
        to=f"Renata Oyelaran <royelaran@{LBS}>",
        subject="seminar follow-up list",
        body=(
            "Hi Renata, here's the follow-up list from Thursday's seminar (in-person and webinar). "
            "Can you start the intake calls this week?\n\nTamsin"
        ),
        atts=(Att("seminar_1105_followup.csv", "text/csv", SEMINAR_CSV),),
    ),
    Spec(
        phi=True,
        category="dietitian_referral_xlsx_multisheet",
        notes="Post-op patient list with names, DOBs, surgery dates and diet stage to the partner "
        "dietitian practice, two sheets.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to=f"Keisha Obi <kobi@{NW}>",
        subject="Post-op nutrition follow-ups for November",
        body=(
            "Hi Keisha,\n\nAttached are the patients due for post-op nutrition visits (2-week and "
            "6-month tabs). Yesenia had an ED visit for dehydration, so please see her first."
            + SIG_COORD
        ),
        atts=(Att("postop_nutrition_nov.xlsx", XLSX, REFERRAL_XLSX),),
    ),
    Spec(
        phi=True,
        category="preop_visit_calendar_invite",
        notes="Hard positive: the ICS invite names the patient and the pre-op H&P; the body is "
        "generic.",
        frm=f"Front Desk <frontdesk@{LBS}>",
        to="tomasz.wierzbicki@outlook.com",
        subject="Appointment invitation",
        body="Please accept the attached calendar invitation for your upcoming appointment.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeview Bariatric//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lbs-appt-88120@lakeviewbariatric.com\r\n"
            "DTSTAMP:20261110T140000Z\r\nDTSTART:20261123T143000Z\r\nDTEND:20261123T153000Z\r\n"
            "SUMMARY:Pre-op H&P - Tomasz Wierzbicki (sleeve + hiatal hernia)\r\n"
            "DESCRIPTION:Bring your CPAP settings card and list of medications. Labs and EKG "
            "same day.\r\nLOCATION:Lakeview Bariatric\\, Suite 310\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_patient_message_band",
        notes="Surgeon forwards the patient's own message (rfc822) about vomiting after a band "
        "fill to the NP.",
        frm=f"Priya Raman <praman@{LBS}>",
        to=f"Colleen Ashby NP <cashby@{LBS}>",
        subject="Fwd: can't keep anything down",
        body=(
            "Colleen - can you call her today? Sounds like the fill was too tight. If she can't "
            "keep water down bring her in for an unfill this afternoon.\n\nP"
        ),
        forward=Spec(
            phi=True,
            category="patient_message",
            notes="nested",
            frm="Bernadette Hollis <bhollis1961@hotmail.com>",
            to=f"praman@{LBS}",
            subject="can't keep anything down",
            body=(
                "Dr. Raman, since my band adjustment on Monday I've been throwing up everything, "
                "even water. I have heartburn at night too. Should I come in?\n\nBernadette Hollis"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound_photo_filename_only",
        notes="Hard positive: patient name only in the PNG file name; body just asks for an "
        "incision check.",
        frm=f"Colleen Ashby NP <cashby@{LBS}>",
        to=f"Wound Care <woundcare@{LBS}>",
        subject="incision check please",
        body="Photo sent in through the portal this morning. Redness around port site?\n\nC.",
        atts=(Att("Okonkwo_Adaeze_POD10_portsite.png", "image/png", png(6, 6, (210, 150, 140))),),
    ),
    Spec(
        phi=True,
        category="x12_837_claim_file",
        notes="Hard positive: X12 837 professional claim with subscriber name, DOB, address and "
        "diagnosis codes; body generic.",
        frm=f"Billing Office <billing@{LBS}>",
        to="submissions@claimbridgeedi.com",
        subject="Batch 4417 resubmission",
        body="Resubmitting batch 4417 after the payer ID correction. One claim in the file.\n\n"
        "Lakeview Billing",
        atts=(Att("LBS_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="hl7_adt_readmission",
        notes="HL7 ADT A01 for a readmission with name, MRN, address and diagnosis, to the "
        "hospital interface team.",
        frm=f"Interfaces <ehr-interfaces@{LBS}>",
        to="hl7support@mercyshoreline.org",
        subject="ADT not crossing - sample message attached",
        body=(
            "Hi team,\n\nThe readmission below did not show up on your side. Attaching the "
            "outbound message from our engine so you can trace it. Message control id LBS771204."
            "\n\nDevon Park\nEHR Analyst, Lakeview"
        ),
        atts=(Att("LBS771204.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="relative_update_gmail",
        notes="Hard positive: first names only; the daughter is told about her mother's recovery "
        "and transfer after surgery.",
        frm=f"Colleen Ashby NP <cashby@{LBS}>",
        to="marisol.quintana82@gmail.com",
        subject="Re: how is my mom doing",
        body=(
            "Hi Marisol,\n\nYour mom is doing well. She walked twice today and is tolerating "
            "sips of clear liquids. Her swallow study was fine, so she'll move to 4B tomorrow "
            "morning and likely go home Friday. She asked that you bring her reading glasses.\n\n"
            "Colleen\n\n> On Tue, Marisol Quintana wrote:\n> Hi, I'm Carmen's daughter. She "
            "said I could email you. How did her surgery go?"
        ),
    ),
    Spec(
        phi=True,
        category="patient_balance_statement",
        notes="Balance reminder with account number, date of service and procedure to the "
        "patient's hotmail.",
        frm=f"Patient Accounts <billing@{LBS}>",
        to="wbrandt.delaware@hotmail.com",
        subject="Statement reminder - account 4410928",
        body=(
            "Dear Wesley Brandt,\n\nOur records show a remaining balance of $1,240.00 on account "
            "4410928 for your laparoscopic gastric bypass on 10/28/2026 after your plan paid its "
            "portion. You may pay online or set up a payment plan by calling 614-555-0189.\n\n"
            "Lakeview Patient Accounts"
        ),
    ),
    Spec(
        phi=True,
        category="psych_referral_docx",
        notes="Referral DOCX to an outside psychologist with name, DOB, psychiatric and "
        "substance use history.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to="intake@harborviewpsychology.com",
        subject="Pre-surgical psych evaluation referral",
        body="Hello, please see the attached referral. The patient will call to schedule."
        + SIG_COORD,
        atts=(Att("psych_referral.docx", DOCX, PSYCH_DOCX),),
    ),
    Spec(
        phi=True,
        category="or_schedule_initials_dob_txt",
        notes="Hard positive: OR block list with initials, DOBs, procedures and anticoagulant "
        "notes in a TXT attachment.",
        frm=f"Marisa Delgado <mdelgado@{LBS}>",
        to="orscheduling@mercyshoreline.org",
        subject="Bariatric block wk of 11/16",
        body="Attached. Please note the EGD add-on Monday first case.\n\nMarisa",
        atts=(Att("bariatric_block_1116.txt", "text/plain", ORSCHED_TXT),),
    ),
    Spec(
        phi=True,
        category="postop_lab_reminder_html_only",
        notes="HTML-only reminder to the patient of her 6-month post-op visit and lab orders.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to="shanice.prewitt@icloud.com",
        subject="Before your 6-month visit",
        body="",
        html=LAB_HTML,
    ),
    Spec(
        phi=True,
        category="vitamin_d_result_patient",
        notes="Lab result and new prescription to the patient's yahoo.",
        frm=f"Colleen Ashby NP <cashby@{LBS}>",
        to="kmensah88@yahoo.com",
        subject="your lab results",
        body=(
            "Hi Kofi,\n\nYour labs from last week look good except vitamin D, which is low at "
            "14 ng/mL. I sent ergocalciferol 50,000 IU once weekly for 8 weeks to the CVS on "
            "Sawmill Rd. Keep your regular multivitamin. We'll recheck at your 9-month visit.\n\n"
            "Colleen Ashby, NP"
        ),
    ),
    Spec(
        phi=True,
        category="prior_auth_zip_packet",
        notes="Hard positive: zip with progress note and weight history of a named patient to "
        "the payer; body only cites a reference number.",
        frm=f"Insurance Coordinator <authorizations@{LBS}>",
        to="priorauth@meridiancarehealth.com",
        subject="Additional documentation - case 26-PA-55871",
        body="Per your request of 11/6, supervised weight program documentation attached.\n\n"
        "Janelle Fortier" + DISCLAIMER,
        atts=(Att("case_26-PA-55871.zip", "application/zip", PA_ZIP),),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="seminar_newsletter_html",
        notes="Hard negative: marketing newsletter about surgery and diabetes with no individual.",
        frm=f"Lakeview Bariatric <news@{LBS}>",
        to="subscribers@lists.lakeviewbariatric.com",
        subject="Free weight-loss surgery seminars this winter",
        body="",
        html=SEMINAR_HTML,
    ),
    Spec(
        phi=False,
        category="aggregate_outcomes_xlsx",
        notes="Hard negative: quarterly MBSAQIP outcome rates and case counts, no patients.",
        frm=f"Priya Raman <praman@{LBS}>",
        to=f"Board <board@{LBS}>",
        subject="Q3 outcomes for Thursday's meeting",
        body=(
            "All,\n\nQ3 numbers attached. Readmissions down to 2.7% after the hydration clinic "
            "started; zero leaks this quarter. Revision volume is up.\n\nPriya"
        ),
        atts=(Att("LBS_outcomes_Q3_2026.xlsx", XLSX, OUTCOMES_XLSX),),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped_po",
        notes="Hard negative: accounts payable reply about stapler reloads; PO number is "
        "SSN-shaped.",
        frm=f"Accounts Payable <ap@{LBS}>",
        to="ar@medsurgsupplyco.com",
        subject="Re: Invoice 88213 - PO 418-22-7093",
        body=(
            "Hi Gloria,\n\nInvoice 88213 for the 60 mm stapler reloads (qty 48) was matched to "
            "PO 418-22-7093 and released for payment on the 20th. The short-shipped 45 mm "
            "cartridges are on backorder PO 418-22-7110.\n\nThanks,\nMiles Carver\nAccounts "
            "Payable"
        ),
    ),
    Spec(
        phi=False,
        category="staff_coverage_notice",
        notes="Hard negative: surgeon coverage notice for staff, clinician names only.",
        frm=f"Practice Manager <pm@{LBS}>",
        to=f"allstaff@{LBS}",
        subject="Coverage Nov 23-27",
        body=(
            "Team,\n\nDr. Raman is at the ASMBS fall course Nov 23-25. Dr. Kessler covers "
            "inpatients and call. Colleen Ashby NP runs post-op clinic Tuesday and Wednesday. "
            "Office closes at noon Wednesday and is closed Thanksgiving and Friday.\n\nThanks,\n"
            "Lorna"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting",
        notes="Job posting for a bariatric nurse navigator.",
        frm=f"Human Resources <hr@{LBS}>",
        to="jobs@ohionursesassociation.org",
        subject="Job posting: Bariatric Nurse Navigator (full time)",
        body=(
            "Please post the following opening:\n\nBariatric Nurse Navigator - Lakeview Metabolic "
            "& Bariatric Surgery, Columbus OH\n- RN with 2+ years in surgical or weight management "
            "nursing\n- Guides candidates from seminar through surgery and 5-year follow-up\n"
            "- Certified Bariatric Nurse (CBN) preferred\nSalary $78-92k. Apply at "
            "lakeviewbariatric.com/careers.\n\nThank you,\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="drug_shortage_notice",
        notes="Hard negative: enoxaparin shortage and substitute prophylaxis protocol, no "
        "patients.",
        frm=f"Priya Raman <praman@{LBS}>",
        to=f"clinical@{LBS}",
        cc="pharmacy@mercyshoreline.org",
        subject="Enoxaparin 40 mg syringe shortage - interim VTE protocol",
        body=(
            "All,\n\nMercy pharmacy reports a shortage of enoxaparin 40 mg prefilled syringes "
            "through January. Until further notice, post-op VTE prophylaxis for BMI >50 is "
            "heparin 7,500 units SC q8h; BMI 40-50 heparin 5,000 units q8h. Discharge "
            "extended prophylaxis stays enoxaparin from the 300 mg vials drawn up by pharmacy.\n\n"
            "Priya Raman, MD\nMedical Director"
        ),
    ),
    Spec(
        phi=False,
        category="it_downtime_notice",
        notes="EHR downtime notice.",
        frm=f"IT Service Desk <it@{LBS}>",
        to=f"allstaff@{LBS}",
        subject="Planned EHR downtime Sunday 11/15 01:00-05:00",
        body=(
            "The EHR will be unavailable Sunday from 1 to 5 AM for the quarterly upgrade. "
            "Downtime forms are in the blue binder at each nurses' station. Scan them into the "
            "chart once the system is back.\n\nIT Service Desk x4400"
        ),
    ),
    Spec(
        phi=False,
        category="symposium_agenda_pdf",
        notes="Hard negative: CME agenda with clinician names and disease topics.",
        frm=f"Events <events@{LBS}>",
        to="cme@midstatediabetes.org",
        subject="Symposium agenda for CME accreditation",
        body="Hi, final agenda attached for your CME office. Speaker disclosures to follow.\n\n"
        "Tamsin Greer, Events",
        atts=(Att("OVBS_2027_agenda.pdf", "application/pdf", AGENDA_PDF),),
    ),
    Spec(
        phi=False,
        category="credentialing_npi_dea",
        notes="Hard negative: surgeon's NPI, DEA and licence for hospital credentialing.",
        frm=f"Credentialing <credentialing@{LBS}>",
        to="medicalstaff@mercyshoreline.org",
        subject="Reappointment packet - Andrew Kessler, MD",
        body=(
            "Hello,\n\nFor Dr. Kessler's reappointment:\n\nAndrew Kessler, MD, General and "
            "Bariatric Surgery\nNPI: 1750618054\nDEA: FK7295846 (exp 06/30/2028)\nOhio licence "
            "35.127744\nBoard certification: ABS, recertified 2024\n\nCase log and CME "
            "certificates follow separately.\n\nSondra Wells\nCredentialing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="test_patient_hl7",
        notes="Hard negative: HL7 message for a clearly labelled ZZTEST patient in the test "
        "environment.",
        frm=f"Interfaces <ehr-interfaces@{LBS}>",
        to="hl7support@mercyshoreline.org",
        subject="TEST env - A04 sample for new feed",
        body=(
            "Sample A04 from our TEST environment for the new outpatient feed (processing id T). "
            "Patient is the standard ZZTEST dummy, not a real person.\n\nDevon"
        ),
        atts=(Att("A04_test_sample.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="deidentified_research_csv",
        notes="Hard negative: de-identified outcome extract with study IDs and age bands to a "
        "university partner.",
        frm=f"Priya Raman <praman@{LBS}>",
        to="obesity.research@osu-medcenter.edu",
        subject="De-identified extract v2",
        body=(
            "Dr. Nakamura,\n\nThe revised extract is attached per the data use agreement: study "
            "IDs only, ages in 10-year bands, no dates. 5-row sample below is what the full file "
            "looks like (n=418).\n\nPriya"
        ),
        atts=(Att("lbs_deid_outcomes_sample.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="hr_open_enrollment",
        notes="Hard negative: employee benefits open enrollment mentioning diabetes prevention "
        "program, no individual.",
        frm=f"Human Resources <hr@{LBS}>",
        to=f"allstaff@{LBS}",
        subject="Open enrollment closes Nov 20",
        body=(
            "Reminder: benefits open enrollment closes Friday, November 20. New this year: the "
            "wellness program covers a diabetes prevention program and two free nutrition visits. "
            "HSA contribution limit is $4,400 individual. Questions: hr@lakeviewbariatric.com."
        ),
    ),
    Spec(
        phi=False,
        category="support_group_schedule",
        notes="Support group meeting schedule, no individuals.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to="community@mercyshoreline.org",
        subject="Bariatric support group 2027 dates",
        body=(
            "Hi Jen, could you add our 2027 support group dates to the community calendar? Second "
            "Tuesday of each month, 6-7:30 PM, Conference Room B. Open to anyone before or after "
            "weight-loss surgery. Topics: January - protein goals, February - alcohol after "
            "surgery, March - body image." + SIG_COORD
        ),
    ),
    Spec(
        phi=False,
        category="policy_docx",
        notes="Hard negative: policy document on psychological evaluation, no patient.",
        frm=f"Practice Manager <pm@{LBS}>",
        to=f"clinical@{LBS}",
        subject="Revised policy BS-12 for sign-off",
        body="Please review the attached revision and reply with approval by Nov 25.\n\nLorna",
        atts=(Att("BS-12_psych_eval_policy_rev3.docx", DOCX, POLICY_DOCX),),
    ),
    Spec(
        phi=False,
        category="blank_referral_form_pcp",
        notes="Hard negative: thank-you letter to a referring practice with a blank form PDF.",
        frm=f"Outreach <outreach@{LBS}>",
        to="office@bexleyfamilymed.com",
        subject="Updated bariatric referral form",
        body=(
            "Dear Bexley Family Medicine team,\n\nThank you for your referrals this year. Our "
            "referral form has changed: we now need the last 2 years of weights and any sleep "
            "study. The blank form is attached; fax completed forms to 614-555-0183."
        ),
        atts=(
            Att(
                "LBS_referral_form_2027.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKEVIEW METABOLIC & BARIATRIC SURGERY - REFERRAL FORM",
                        "Patient name: ____________________  DOB: ___/___/_____",
                        "Insurance: ________________  Member ID: ______________",
                        "Current BMI: _____  Weight history attached: [ ] yes",
                        "Comorbidities: [ ] T2D  [ ] OSA  [ ] HTN  [ ] GERD  [ ] NAFLD",
                        "Referring provider: ______________  NPI: __________",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded_vendor_scale_service",
        notes="Hard negative: forwarded vendor thread about bariatric scale calibration with "
        "device serial numbers of equipment, no patients.",
        frm=f"Lorna Whitcomb <pm@{LBS}>",
        to=f"facilities@{LBS}",
        subject="Fwd: annual calibration visit",
        body="Can you let them into exam rooms 2 and 4 on the 17th? Thanks, Lorna",
        forward=Spec(
            phi=False,
            category="vendor",
            notes="nested",
            frm="Service Dispatch <service@precisionscalesvc.com>",
            to=f"pm@{LBS}",
            subject="annual calibration visit",
            body=(
                "Hello,\n\nYour annual calibration is booked for 11/17 at 8 AM for:\n"
                "- Wheelchair/bariatric platform scale, 1000 lb, SN PS-88411-B\n"
                "- Column scale with BMI display, SN CS-20774\n"
                "Technician: Raul Ortega.\n\nPrecision Scale Service"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="data_review_meeting_invite",
        notes="Hard negative: staff ICS invite for quarterly registry data review, no cases.",
        frm=f"Priya Raman <praman@{LBS}>",
        to=f"clinical@{LBS}",
        subject="Quarterly MBSAQIP data review",
        body="Invite for the Q4 data review. Agenda: readmission drivers, leak rate, LOS.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeview Bariatric//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lbs-mtg-q4review@lakeviewbariatric.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
            "SUMMARY:MBSAQIP quarterly data review\r\nLOCATION:Conference Room B\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="partner_workflow_nutrition",
        notes="Hard negative: referral workflow between the surgery program and the dietitian "
        "practice, no patients.",
        frm=f"Renata Oyelaran <royelaran@{LBS}>",
        to=f"Keisha Obi <kobi@{NW}>",
        cc=f"fhaddad@{MDE}",
        subject="Post-op nutrition workflow for 2027",
        body=(
            "Hi Keisha,\n\nProposal for next year: we send referrals through the secure portal "
            "only (no spreadsheets by email), 2-week, 3-month and 6-month visits are standing "
            "orders, and your notes come back through the fax-to-chart line. Dr. Haddad's team "
            "will take anyone whose A1c is above 8 after surgery.\n\nCan we meet the week of "
            "Dec 7?" + SIG_COORD
        ),
    ),
]
