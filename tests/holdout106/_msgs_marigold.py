"""Marigold Egg Donor Agency (marigolddonors.com): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nMarigold Egg Donor Agency\n1120 Pearl St, Suite 210, Boulder CO 80302\n720-555-0120 | www.marigolddonors.com"
FOOT = "\n\nThis message may contain confidential information. If you received it in error, please delete it and notify the sender."

FHIR_QR = """{
  "resourceType": "QuestionnaireResponse",
  "status": "completed",
  "authored": "2026-03-10",
  "subject": {"display": "Brianna Castellano-Reyes, DOB 1999-10-03"},
  "item": [
    {"linkId": "fam-1", "text": "Family history of breast or ovarian cancer", "answer": [{"valueString": "Mother - breast cancer at 44; maternal aunt - ovarian cancer"}]},
    {"linkId": "med-3", "text": "Current medications", "answer": [{"valueString": "Sertraline 50 mg daily"}]},
    {"linkId": "rep-2", "text": "Prior egg donation cycles", "answer": [{"valueInteger": 1}]}
  ]
}
"""

ICS_SCREEN = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Marigold Donors//Coordinators//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:med-scr-0323-kw@marigolddonors.com\r\nDTSTAMP:20260316T170000Z\r\n"
    "DTSTART:20260323T150000Z\r\nDTEND:20260323T170000Z\r\n"
    "SUMMARY:Kaitlyn Wu - donor medical screening (baseline US + bloodwork, CD2-4)\r\n"
    "LOCATION:Front Range Fertility, 4800 Baseline Rd, Boulder\r\nORGANIZER:mailto:coordinators@marigolddonors.com\r\n"
    "ATTENDEE:mailto:kaitlyn.wu.cu@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_WEBINAR = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Marigold Donors//Events//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:med-webinar-20260326@marigolddonors.com\r\nDTSTAMP:20260316T170000Z\r\n"
    "DTSTART:20260327T010000Z\r\nDTEND:20260327T020000Z\r\n"
    "SUMMARY:Thinking about becoming an egg donor? Live Q&A\r\n"
    "LOCATION:https://zoom.example-meet.com/j/4471\r\nORGANIZER:mailto:outreach@marigolddonors.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="donor AMH and antral count to recipient clinic",
        notes="Named donor with ovarian reserve results sent to the intended parents' clinic.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="thirdparty@bloomfieldwhf.com",
        subject="Donor screening results - Ella Marchetti",
        body=(
            "Hi Bloomfield third-party team,\n\nElla Marchetti's screening labs are in: AMH 4.8 ng/mL, AFC 24 on CD3, FSH 5.9, "
            "infectious disease panel negative. She's ready to start birth control for syncing with your recipient as soon as "
            "you give the OK.\n\nDana Pruitt, Donor Coordinator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="donor screening appointment invite",
        notes="Calendar invite to a named donor's Gmail for baseline ultrasound and bloodwork at a fertility clinic.",
        frm="Marigold Coordinators <coordinators@marigolddonors.com>",
        to="kaitlyn.wu.cu@gmail.com",
        subject="Your screening appointment 3/23",
        body="Hi Kaitlyn! Your screening is booked - see the invite. Please come on cycle day 2-4 (call us if your period timing shifts) and bring photo ID."
        + SIG,
        ics=ICS_SCREEN,
    ),
    Spec(
        phi=True,
        category="donor psychological evaluation summary",
        notes="DOCX psych eval summary naming the donor with anxiety history and clearance.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="thirdparty@frontrangefertility.com",
        subject="Psych eval - donor file #MD-2231",
        body="Attached is the psychological evaluation summary for donor #MD-2231 from Dr. Ferreira. Cleared to proceed."
        + SIG,
        atts=(
            Att(
                "MD-2231_psych_summary.docx",
                DOCX,
                docx(
                    [
                        "Psychological Evaluation Summary - Egg Donor Candidate",
                        "Name: Shelby Larkin   DOB 02/14/1998   Marigold ID MD-2231",
                        "PAI-A completed 03/09/2026. History of generalized anxiety, treated with CBT 2021-2022, no current medication.",
                        "Assessment: understands risks and anonymity terms. Recommendation: cleared.",
                        "Evaluator: Lucia Ferreira, PsyD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first name carrier result to matching coordinator",
        notes="Hard positive: donor's first name and agency ID tied to SMA carrier status in a casual note.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="jcoleman@bloomfieldwhf.com",
        subject="quick one on Kayla",
        body="Jamie - Kayla (MD-2240)'s genetic panel came back and she's an SMA carrier. So we'll need the IPs' sperm source tested before we can confirm the match. Can you ask them? thx, D",
    ),
    Spec(
        phi=True,
        category="donor disqualification after drug screen",
        notes="Letter to a named applicant's Yahoo saying her urine drug screen was positive for THC.",
        frm="Marigold Donor Team <donors@marigolddonors.com>",
        to="maddie.okafor22@yahoo.com",
        subject="Your donor application",
        body=(
            "Dear Madison,\n\nThank you for your time during screening. Unfortunately your urine drug screen from March 11 "
            "was positive for THC, and our partner clinics cannot accept donors with a positive screen. You are welcome to "
            "reapply after six months.\n\nWith appreciation,\nThe Marigold Donor Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="donor complication insurance claim OHSS",
        notes="Claim notice naming the donor, policy number and hospitalisation for OHSS.",
        frm="Claims <claims@marigolddonors.com>",
        to="newclaims@ivfcompinsure.com",
        subject="Notice of claim - policy DC-448190",
        body=(
            "Policy: DC-448190 (donor complications)\nInsured donor: Tamsin Holloway, DOB 07/22/2000\nEvent: admitted to Boulder Community "
            "Hospital 03/14/2026 with severe OHSS after retrieval on 03/11; paracentesis performed; discharged 03/16.\n"
            "Itemized bills to follow.\n\nRoxanne Jeong, Claims Liaison" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="donor compensation for completed retrieval",
        notes="Hard positive: looks like a payroll note but ties a named donor to her egg retrieval date.",
        frm="Accounts <accounts@marigolddonors.com>",
        to="alexa.brennan.co@outlook.com",
        subject="Payment sent",
        body="Hi Alexa, your compensation of $9,000 for your completed retrieval on 3/13 was sent by ACH today. You'll get a 1099 in January. Thank you again! - Accounts",
    ),
    Spec(
        phi=True,
        category="donor travel itinerary for retrieval",
        notes="Hard positive: travel booking tells the travel agent the named donor is having an egg retrieval with dates.",
        frm="Tori Beaumont <tori@marigolddonors.com>",
        to="bookings@summittravelgroup.com",
        subject="Booking: Ms. Noor Haddad, DEN-PDX",
        body=(
            "Hi Chris,\n\nPlease book Noor Haddad (DOB 11/05/1997, 720-555-0138) DEN-PDX on 3/22, returning 3/31. "
            "Her egg retrieval at Bloomfield is tentatively 3/30 and she can't fly for 24 hours after, so the return must stay flexible. "
            "Hotel near NW 23rd, 9 nights, with a companion.\n\nTori" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="active donor cycle tracker workbook",
        notes="Multi-sheet workbook of named donors with BMI, medication start dates and retrieval dates to a partner clinic.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="thirdparty@frontrangefertility.com",
        subject="Weekly cycle tracker",
        body="Updated tracker attached. Two new syncs added this week." + SIG,
        atts=(
            Att(
                "Marigold_cycle_tracker_wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Donor", "ID", "BMI", "OCP start", "Stim start", "Est. retrieval"],
                            [
                                "Ella Marchetti",
                                "MD-2219",
                                22.1,
                                "2026-03-05",
                                "2026-03-26",
                                "2026-04-06",
                            ],
                            [
                                "Priya Natarajan",
                                "MD-2227",
                                24.6,
                                "2026-03-09",
                                "2026-03-30",
                                "2026-04-10",
                            ],
                        ],
                        "Meds": [
                            ["ID", "Protocol", "Notes"],
                            ["MD-2219", "Antagonist, Follistim 225", "Lupron trigger (OHSS risk)"],
                            [
                                "MD-2227",
                                "Antagonist, Gonal-f 150 + Menopur 75",
                                "penicillin allergy",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="donor roster CSV with screening status",
        notes="CSV of named donors with DOB, phone and medical screening outcome sent to the lab scheduler.",
        frm="Marigold Coordinators <coordinators@marigolddonors.com>",
        to="scheduling@rockymtnreprolab.com",
        subject="Donors needing repeat infectious disease panel",
        body="These donors are past the 30-day FDA window and need a repeat ID panel before retrieval. CSV attached."
        + SIG,
        atts=(
            Att(
                "repeat_ID_panel.csv",
                "text/csv",
                "name,dob,phone,last_panel,status\nRiley Amundsen,2001-04-19,720-555-0151,2026-02-03,expired - repeat\nSofia Varga,1998-09-30,720-555-0153,2026-02-06,expired - repeat; prior HBcAb equivocal\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR donor health history questionnaire",
        notes="Hard positive: body is generic; the FHIR QuestionnaireResponse names the donor with family cancer history and sertraline use.",
        frm="Marigold Intake <intake@marigolddonors.com>",
        to="thirdparty@bloomfieldwhf.com",
        subject="Health history import",
        body="Health history questionnaire attached in FHIR format as agreed for your EHR import pilot.",
        atts=(Att("hhq_import.json", "application/fhir+json", FHIR_QR),),
    ),
    Spec(
        phi=True,
        category="forwarded donor side-effect report to clinic nurse",
        notes="Coordinator forwards a named donor's message about pain and spotting after retrieval to the clinic nurse.",
        frm="Tori Beaumont <tori@marigolddonors.com>",
        to="nurses@frontrangefertility.com",
        subject="Fwd: after retrieval",
        body="Forwarding from one of our donors (retrieved with you Monday). Can a nurse call her today? Her number is in the thread.\n\nTori",
        forward=Spec(
            phi=True,
            category="donor message",
            notes="inner",
            frm="Jordyn Pace <jordynpace@icloud.com>",
            to="tori@marigolddonors.com",
            subject="after retrieval",
            body="Hey Tori, it's Jordyn. Still having sharp pain on my left side and some spotting 3 days after the retrieval. Took Tylenol. Is that normal? 720-555-0146",
        ),
    ),
    Spec(
        phi=True,
        category="terse donor BMI exclusion note",
        notes="Hard positive: donor ID and first name with BMI over the clinic cutoff in shorthand.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="liaison@harborlightsurrogacy.com",
        subject="MD-2244",
        body="D-2244 (Brianna) - BMI 31.4 at screening, out per FRF cutoff (30). pull from the Hendricks shortlist pls.",
    ),
    Spec(
        phi=True,
        category="STI screen in subject line",
        notes="Hard positive: the donor's name and the chlamydia screen appear only in the subject; the body says treated and cleared.",
        frm="Tori Beaumont <tori@marigolddonors.com>",
        to="thirdparty@bloomfieldwhf.com",
        subject="Re: Jasmine Thornton - chlamydia screen",
        body="Clinic confirms she was treated and the test of cure on 3/12 is negative. OK to proceed with her cycle?",
    ),
    Spec(
        phi=True,
        category="donor medical clearance letter PDF",
        notes="PDF clearance letter naming the donor with screening tests and outcome.",
        frm="Marigold Coordinators <coordinators@marigolddonors.com>",
        to="ip.liaison@harborlightsurrogacy.com",
        subject="Medical clearance - donor MD-2219",
        body="Please see the attached clearance letter for your intended parents' file." + SIG,
        atts=(
            Att(
                "MD-2219_clearance.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARIGOLD EGG DONOR AGENCY - MEDICAL CLEARANCE",
                        "Donor: Ella Marchetti   Marigold ID MD-2219   DOB 08/28/1999",
                        "Screening completed 03/04/2026 at Front Range Fertility.",
                        "Infectious disease panel (21 CFR 1271): negative. Karyotype 46,XX.",
                        "Expanded carrier screen: no pathogenic variants detected.",
                        "Outcome: medically cleared for donation.",
                    ],
                    "Donor clearance MD-2219",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="class absence letter for donor's university",
        notes="Hard positive: no diagnosis, but tells a professor the named student has an outpatient medical procedure at a fertility clinic.",
        frm="Tori Beaumont <tori@marigolddonors.com>",
        to="prof.amalfitano@colorado.edu",
        subject="Absence - Sienna Park, CHEM 3311",
        body="Professor Amalfitano,\n\nSienna Park will miss class on 3/26 and 3/27 for an outpatient medical procedure at Front Range Fertility. She has asked us to let you know and can provide clinic documentation if needed.\n\nTori Beaumont"
        + SIG,
    ),
    Spec(
        phi=True,
        category="phone screen notes with depression history",
        notes="TXT call notes naming an applicant with depression, sertraline and hospitalisation history.",
        frm="Intake <intake@marigolddonors.com>",
        to="dr.ferreira@ferreirapsychology.com",
        subject="phone screen notes 3/16",
        body="Dr. Ferreira - notes from today's phone screens attached. One needs your review before we schedule her.\n\nIntake team",
        atts=(
            Att(
                "phone_screens_0316.txt",
                "text/plain",
                "3/16 10:10 Rowan Ellery, 23, 720-555-0157\n - MDD dx 2022, sertraline 100mg, 1 inpatient stay 2023 (5 days)\n - non-smoker, BMI ~23\n - FLAG for psych review before moving forward\n3/16 11:40 (no-show)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lab portal screenshot named after donor",
        notes="Hard positive: body is a one-liner; the PNG file name carries the donor's name and bloodwork.",
        frm="Dana Pruitt <dana@marigolddonors.com>",
        to="thirdparty@frontrangefertility.com",
        subject="screenshot she sent",
        body="She could only get a screenshot from the lab portal, hope this works.",
        atts=(Att("Morrison_Leah_bloodwork_0312.png", "image/png", png(10, 6, (240, 240, 240))),),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="HTML donor recruitment ad copy",
        notes="Recruitment ad proof for a marketing agency; no individual.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="studio@sparkwaveads.com",
        subject="Spring campaign - final copy",
        body="",
        html=(
            "<html><body><h1>Give the gift of family</h1><p>Healthy women 21-30 can earn $9,000+ per completed cycle. "
            "All medical screening is free and confidential.</p><p><b>Apply in 10 minutes</b> at marigolddonors.com/apply</p>"
            "<p style='color:#888'>Compensation is for time and effort, not for eggs.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="donor compensation and process PDF",
        notes="Hard negative: general guide describing screening, injections and retrieval; no individual.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="careercenter@metrostatedenver.edu",
        subject="Info sheet for your bulletin board",
        body="Thanks for allowing us to post. Our one-page info sheet is attached." + SIG,
        atts=(
            Att(
                "Marigold_donor_info.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARIGOLD EGG DONOR AGENCY - HOW DONATION WORKS",
                        "1. Online application and phone screen",
                        "2. Medical screening: ultrasound, bloodwork, genetic carrier test, psychological evaluation",
                        "3. About 10-12 days of hormone injections, then a 20-minute retrieval under sedation",
                        "Compensation: $9,000 first cycle, $10,000 repeat cycles",
                    ],
                    "How donation works",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FDA donor eligibility rule summary for staff",
        notes="Hard negative: regulatory summary listing diseases screened for; no individual.",
        frm="Compliance <compliance@marigolddonors.com>",
        to="team@marigolddonors.com",
        subject="Reminder: 21 CFR 1271 timing",
        body=(
            "Team,\n\nReminder of FDA donor eligibility timing: infectious disease testing (HIV-1/2, HBV, HCV, syphilis, "
            "chlamydia, gonorrhea, HTLV for some) must be collected within 30 days before retrieval, and the physical "
            "exam within 6 months. Please check dates on every sync before confirming travel.\n\nMaren"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate donor pool demographics CSV",
        notes="Hard negative: counts of active donors by ethnicity and education; no individual rows.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="partners@frontrangefertility.com",
        subject="Q1 donor pool snapshot",
        body="Here's the Q1 snapshot you asked for, counts only." + SIG,
        atts=(
            Att(
                "donor_pool_Q1.csv",
                "text/csv",
                "group,active_donors,pct_bachelor_or_higher\nEast Asian,14,0.86\nSouth Asian,9,0.89\nHispanic/Latina,17,0.59\nBlack,8,0.63\nWhite,41,0.71\nMixed,11,0.64\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor education newsletter about retrieval",
        notes="Hard negative: general explanation of the retrieval day and OHSS warning signs; no individual.",
        frm="Marigold Newsletter <news@marigolddonors.com>",
        to="donor-community@lists.marigolddonors.com",
        subject="What to expect on retrieval day",
        body=(
            "Retrieval day, step by step:\n- Arrive fasting; you'll get IV sedation\n- The procedure takes about 20 minutes\n"
            "- Expect cramping and bloating for a few days\n- Call your clinic for rapid weight gain, severe pain or shortness of breath (possible OHSS)\n\n"
            "Questions? Reply to this email." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="background check vendor renewal",
        notes="Vendor contract renewal; no individual.",
        frm="Operations <ops@marigolddonors.com>",
        to="contracts@verifirstscreening.com",
        subject="Renewal - MSA 2026",
        body="Hi Pat, we'd like to renew for 2026 at the same per-check price. Please send the updated MSA for signature.\n\nOps",
    ),
    Spec(
        phi=False,
        category="agency KPI workbook",
        notes="Hard negative: multi-sheet KPIs with cancellation reasons as counts; no individual.",
        frm="Operations <ops@marigolddonors.com>",
        to="owners@marigolddonors.com",
        subject="February KPIs",
        body="Feb KPIs attached. Matches up 12%, cancellations steady.",
        atts=(
            Att(
                "KPI_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Funnel": [
                            ["Stage", "Count"],
                            ["Applications", 412],
                            ["Phone screens", 96],
                            ["Medically cleared", 23],
                            ["Matched", 19],
                        ],
                        "Cancellations": [
                            ["Reason", "Count"],
                            ["Poor response to stim", 2],
                            ["Failed genetic screen", 3],
                            ["Donor withdrew", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office closure notice",
        notes="Office closure; no health information.",
        frm="Marigold Egg Donor Agency <hello@marigolddonors.com>",
        to="team@marigolddonors.com",
        subject="Office closed Friday for carpet cleaning",
        body="Work from home Friday 3/20. Phones forward to the on-call coordinator as usual.",
    ),
    Spec(
        phi=False,
        category="declared test donor migration sample",
        notes="Hard negative: zip of sample CSV rows for a clearly labelled fake test donor used in a database migration.",
        frm="Operations <ops@marigolddonors.com>",
        to="support@donorbasecrm.io",
        subject="Migration dry run - sample file",
        body=(
            'Hi DonorBase team,\n\nSample attached for the dry run. It contains ONLY our test record "TEST DONOR - DO NOT MATCH" '
            "(ID MD-0000), which has made-up values in every health field. Real data will go over the BAA-covered SFTP later.\n\nOps"
        ),
        atts=(
            Att(
                "migration_sample.zip",
                "application/zip",
                zipped(
                    {
                        "donors_sample.csv": "id,name,bmi,blood_type,carrier_screen\nMD-0000,TEST DONOR - DO NOT MATCH,99.9,Z+,FAKE-RESULT\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="donor coordinator job posting",
        notes="Hard negative: job ad mentioning IVF medications and FDA screening; no individual.",
        frm="Hiring <jobs@marigolddonors.com>",
        to="postings@coloradonursingjobs.com",
        subject="Job: Donor Coordinator (RN preferred)",
        body="Donor Coordinator, Boulder (hybrid). Guide donors through screening, stimulation (Gonal-f, Menopur, antagonists) and retrieval logistics; track FDA 1271 timelines. RN or MA preferred. $62-74k.",
    ),
    Spec(
        phi=False,
        category="consulting psychologist bio",
        notes="Hard negative: clinician bio listing conditions she evaluates; no patient.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="web@sparkwaveads.com",
        subject="New team page bio",
        body="Please add to the team page:\n\nLucia Ferreira, PsyD - licensed psychologist who conducts donor evaluations. Dr. Ferreira specialises in reproductive mental health, including perinatal depression and anxiety, and has evaluated over 600 donor candidates.",
    ),
    Spec(
        phi=False,
        category="reply to journalist with industry stats",
        notes="Reply to a reporter's personal email with aggregate agency numbers; no individual.",
        frm="Maren Solberg <maren@marigolddonors.com>",
        to="jwestfall.writes@gmail.com",
        subject="Re: interview request",
        body="Hi Julia,\n\nHappy to talk Thursday at 2. For background: we cleared 142 donors last year, about 1 in 18 applicants, and the most common reason for exclusion is family medical history. I can't discuss any individual donor or family.\n\nMaren Solberg, Founder"
        + SIG,
    ),
    Spec(
        phi=False,
        category="complication insurance product quote",
        notes="Hard negative: broker quote for donor complication coverage with claim-type examples; no individual.",
        frm="Operations <ops@marigolddonors.com>",
        to="quotes@ivfcompinsure.com",
        subject="2026 group quote",
        body="Thanks for the quote. Before we sign: does the $1.2M limit cover OHSS hospitalisation and ovarian torsion surgery up to 90 days post-retrieval? And is the premium still $310 per cycle?",
    ),
    Spec(
        phi=False,
        category="donor agreement pricing with law firm",
        notes="Business arrangement between agency and law firm; no individual.",
        frm="Maren Solberg <maren@marigolddonors.com>",
        to="mvasquez@thornevasquezlaw.com",
        subject="Donor agreement review pricing",
        body="Marisol - can we keep the flat $850 donor-side agreement review for 2026? We expect about 60 matches this year. Ethics-wise we don't take referral fees, just want predictable pricing for donors.",
    ),
    Spec(
        phi=False,
        category="invoice with SSN-shaped number",
        notes="Hard negative: SSN-shaped string is an invoice number for print materials.",
        frm="Accounts <accounts@marigolddonors.com>",
        to="billing@boulderprintco.com",
        subject="Payment for invoice 512-44-0719",
        body="Paid today by ACH: invoice 512-44-0719, 500 tri-fold brochures, $684.20. Thanks!",
    ),
    Spec(
        phi=False,
        category="donor info session webinar invite",
        notes="Public webinar invite; no individual.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="events@lists.marigolddonors.com",
        subject="Live Q&A Thursday 7pm MT",
        body="Join our coordinators and a past donor for a live Q&A. No registration needed." + SIG,
        ics=ICS_WEBINAR,
    ),
    Spec(
        phi=False,
        category="blank donor application template",
        notes="Hard negative: DOCX template with blank health-history fields; no data.",
        frm="Compliance <compliance@marigolddonors.com>",
        to="web@sparkwaveads.com",
        subject="Application form v7 for the website",
        body="Please replace the PDF on /apply with the attached v7 wording." + SIG,
        atts=(
            Att(
                "donor_application_v7.docx",
                DOCX,
                docx(
                    [
                        "Egg Donor Application v7",
                        "Full name: ____________   Date of birth: __/__/____",
                        "Height / Weight: ______   Blood type (if known): ____",
                        "Have you ever been diagnosed with: [ ] diabetes [ ] epilepsy [ ] depression [ ] other: ______",
                        "Family history (parents, siblings, grandparents): ______",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="logo file for partner brochure",
        notes="Logo PNG to a partner's designer; no individual.",
        frm="Outreach <outreach@marigolddonors.com>",
        to="design@frontrangefertility.com",
        subject="Marigold logo (transparent)",
        body="Logo attached for the co-branded brochure. Pantone 1235 C.",
        atts=(Att("marigold_logo.png", "image/png", png(8, 8, (250, 180, 20))),),
    ),
    Spec(
        phi=False,
        category="conference speaker thank-you",
        notes="Thank-you note to a conference organiser; no individual health information.",
        frm="Maren Solberg <maren@marigolddonors.com>",
        to="program@asrmconnect-events.org",
        subject="Thank you",
        body="Thanks for including us on the third-party reproduction panel. Slides are posted on our site; happy to speak again next year.\n\nMaren"
        + FOOT,
    ),
]
