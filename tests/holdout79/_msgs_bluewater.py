"""Outbound mail of Bluewater Diabetes Education Center (DSMES programme) (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, fhir, pdf, x12, xlsx
from _spec import BDE, Att, Spec

SIG = (
    "\n\nBluewater Diabetes Education Center\n6150 Harbor Light Blvd, Toledo OH\n"
    "Phone 419-555-0120 | Fax 419-555-0121"
)
EDU = f'"Marguerite Osei, RN, CDCES" <mosei@{BDE}>'
RD = f'"Daniel Ferreira, RD, CDCES" <dferreira@{BDE}>'
ENROLL = f"Bluewater Enrollment <enroll@{BDE}>"
ADMIN = f'"Paula Renner, Program Director" <prenner@{BDE}>'
BILL = f"Bluewater Billing <billing@{BDE}>"

ICS_CLASS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bluewater Diabetes Education//Classes//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bde-dsmes-t2-winter-01@bluewaterdiabetes.org\r\n"
    "DTSTAMP:20261116T140000Z\r\nDTSTART:20261201T230000Z\r\nDTEND:20261202T010000Z\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Living Well with Type 2 Diabetes - Session 1 of 4\r\n"
    "LOCATION:Bluewater Center, Classroom B\r\n"
    "ATTENDEE;CN=Rosalind Achterberg:mailto:r.achterberg@gmail.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
ICS_WEBINAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bluewater Diabetes Education//Staff//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bde-ce-automated-insulin-delivery@bluewaterdiabetes.org\r\n"
    "DTSTAMP:20261116T140000Z\r\nDTSTART:20261209T170000Z\r\nDTEND:20261209T180000Z\r\n"
    "SUMMARY:CE webinar: automated insulin delivery systems for educators (1.0 CE)\r\n"
    "LOCATION:Online\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="DSMES class enrolment confirmation with invite",
        notes="Patient named as enrolled in a type 2 diabetes education series, sent to her gmail with a calendar invite.",
        frm=ENROLL,
        to="r.achterberg@gmail.com",
        subject="You're enrolled: Living Well with Type 2 Diabetes",
        body=(
            "Dear Rosalind Achterberg,\n\nWelcome! Your referral from Dr. Palmquist was received and you are enrolled "
            "in our 4-week series Living Well with Type 2 Diabetes, Tuesdays 6-8 PM starting December 1. Please bring "
            "your meter and your current medication list. Medicare covers this class as DSMT.\n\nSee you soon!"
            + SIG
        ),
        ics=ICS_CLASS,
    ),
    Spec(
        phi=True,
        category="class roster to off-site host instructor",
        notes="Hard positive: attendance roster CSV with names and phones for a diabetes class held at a YMCA; the class name implies the condition.",
        frm=EDU,
        to="wellness.coord@maumeebayymca.org",
        subject="Roster for Thursday at your site",
        body="Hi Brenda - here's who should be signing in Thursday. Please send back the sign-in sheet after.\n\nMarguerite",
        atts=(
            Att(
                "Type2_Basics_Maumee_roster.csv",
                "text/csv",
                "class,session,last,first,phone,insulin_user\n"
                "Type 2 Basics,3,Ahlgren,Curtis,419-555-0131,N\n"
                "Type 2 Basics,3,Bustamante,Yolanda,419-555-0133,Y\n"
                "Type 2 Basics,3,Chau,Vincent,419-555-0136,N\n"
                "Type 2 Basics,3,Dresser,Nancy,419-555-0138,Y\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CGM summary report to endocrinologist (PDF)",
        notes="PDF CGM ambulatory glucose summary with patient name, DOB, time-in-range and hypoglycemia to the endocrinologist.",
        frm=EDU,
        to="endo.inbox@lakeeriediabetesendo.com",
        subject="CGM review before Dec visit",
        body="Dr. Haddad, 14-day CGM summary attached. Overnight lows are the main issue; I suggested she call you about basal.\n\nMarguerite Osei, RN, CDCES"
        + SIG,
        atts=(
            Att(
                "CGM_14day_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLUEWATER DIABETES EDUCATION CENTER - CGM REVIEW",
                        "Patient: Helena Marchetti   DOB: 11/03/1985   Type 1 diabetes since 1998",
                        "Period: 11/02/2026 - 11/15/2026   Sensor wear: 96%",
                        "Mean glucose 168 mg/dL   GMI 7.3%   CV 41%",
                        "Time in range 70-180: 58%   >250: 12%   <70: 6%   <54: 2%",
                        "Pattern: lows 2-4 AM on 9 of 14 nights; post-breakfast highs.",
                        "Pump: basal 0.85 u/h overnight. Educator suggests review of overnight basal.",
                    ],
                    "CGM review",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="education progress note to primary care (DOCX)",
        notes="DOCX progress note naming the patient with A1c, weight, medications and self-care goals sent to PCP office.",
        frm=RD,
        to="records@northwoodfamilypractice.com",
        subject="DSMES progress note - please file to chart",
        body="Please file the attached note to the patient's chart and route to Dr. Palmquist."
        + SIG,
        atts=(
            Att(
                "DSMES_progress_Iverson_T.docx",
                DOCX,
                docx(
                    [
                        "Bluewater Diabetes Education Center - Progress Note",
                        "Patient: Theodore Iverson   DOB 06/19/1959   Visit 11/16/2026 (individual, 60 min)",
                        "A1c 8.9% (09/2026) -> 7.8% (11/2026). Weight 231 lb (-6 lb).",
                        "Meds: metformin ER 1000 mg daily, semaglutide 0.5 mg weekly.",
                        "Goals: carb-consistent breakfast, walk 20 min after dinner 5 days/week, foot checks daily.",
                        "Plan: follow-up in 6 weeks; recommend PCP consider semaglutide titration.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="A1c result shared with patient's husband",
        notes="Hard positive: first name + spouse relationship + A1c value to the husband's personal mailbox.",
        frm=RD,
        to="tom.hallworth@hotmail.com",
        subject="Re: Linda's numbers",
        body=(
            "Hi Tom,\n\nThanks for coming with Linda on Monday. Her A1c came down to 7.1 from 8.4 in the summer - "
            "that's a huge change, please tell her great job! Keep the low-carb breakfasts going.\n\nDaniel"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare DSMT claim 837 with MBI",
        notes="X12 837 for DSMT G0109 with beneficiary name, MBI and diabetes diagnosis code.",
        frm=BILL,
        to="edi@greatlakesclaimsnet.com",
        subject="DSMT claims 11/17",
        body="Claim file attached. Beneficiary MBI: 4TE7-KW3-HN52 had a name mismatch last week, corrected now.\n\nBilling"
        + SIG,
        atts=(
            Att(
                "BDE_837P_20261117.x12",
                "application/EDI-X12",
                x12(
                    [
                        "ISA*00*          *00*          *ZZ*BLUEWATERDSME  *ZZ*GLCLAIMS       *261117*0915*^*00501*000004411*0*P*:",
                        "GS*HC*BLUEWATERDSME*GLCLAIMS*20261117*0915*4411*X*005010X222A1",
                        "ST*837*0001*005010X222A1",
                        "NM1*85*2*BLUEWATER DIABETES EDUCATION CENTER*****XX*1664139403",
                        "NM1*IL*1*ZIMMERLY*GERALD****MI*4TE7KW3HN52",
                        "DMG*D8*19480527*M",
                        "CLM*BDE-8812*180***11:B:1*Y*A*Y*Y",
                        "HI*ABK:E1165",
                        "SV1*HC:G0109*180*UN*4***1",
                        "SE*9*0001",
                        "GE*1*4411",
                        "IEA*1*000004411",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR glucose observations to health information exchange",
        notes="Hard positive: body mentions only a coding fix; the FHIR Bundle carries patient name, DOB, MRN and a fasting glucose result.",
        frm=f"Bluewater Interfaces <interfaces@{BDE}>",
        to="submissions@nwohiohie.org",
        subject="Resubmission - bundle rejected for missing coding system",
        body="Corrected bundle attached (LOINC system URI added).",
        atts=(
            Att(
                "bundle_BDE_20261116_112.json",
                "application/fhir+json",
                fhir(
                    {
                        "resourceType": "Bundle",
                        "type": "collection",
                        "entry": [
                            {
                                "resource": {
                                    "resourceType": "Patient",
                                    "id": "bde-44120",
                                    "identifier": [
                                        {"system": "urn:bde:mrn", "value": "BDE-044120"}
                                    ],
                                    "name": [{"family": "Okonjo", "given": ["Adaeze"]}],
                                    "birthDate": "1977-02-14",
                                }
                            },
                            {
                                "resource": {
                                    "resourceType": "Observation",
                                    "status": "final",
                                    "code": {
                                        "coding": [
                                            {
                                                "system": "http://loinc.org",
                                                "code": "1558-6",
                                                "display": "Fasting glucose",
                                            }
                                        ]
                                    },
                                    "subject": {"reference": "Patient/bde-44120"},
                                    "effectiveDateTime": "2026-11-13",
                                    "valueQuantity": {"value": 162, "unit": "mg/dL"},
                                }
                            },
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="gestational diabetes follow-up to OB office",
        notes="Hard positive: terse note with first name, last initial, due date, phone and GDM on insulin to the OB clinic.",
        frm=EDU,
        to="triage@harborwomenshealth.com",
        subject="GDM f/u",
        body=(
            "Priya S. (EDD 2/9/27, cell 419-555-0152) - GDM A2, started NPH 8u HS on 11/12, fasting still 100-108. "
            "She'd like to talk to Dr. Brandt about increasing. Next BDE visit 11/24. -M"
        ),
    ),
    Spec(
        phi=True,
        category="insulin pump training schedule workbook to pump trainer",
        notes="Hard positive: multi-sheet workbook listing patients (name, DOB) with pump model and training dates to an outside pump trainer.",
        frm=EDU,
        to="trainer.northohio@tandemlinkclinical.com",
        subject="December pump starts",
        body="Hi Jess, December starts below and in the attachment. Sheet 2 has the ones still waiting on insurance.",
        atts=(
            Att(
                "pump_starts_Dec.xlsx",
                XLSX,
                xlsx(
                    {
                        "Confirmed": [
                            ["Name", "DOB", "Pump", "CGM", "Start date"],
                            ["Ellison, Marcus", "2001-04-30", "t:slim X2", "G7", "2026-12-03"],
                            ["Fontaine, Gabrielle", "1994-08-12", "t:slim X2", "G7", "2026-12-03"],
                        ],
                        "Pending auth": [
                            ["Name", "DOB", "Pump", "Payer", "Note"],
                            [
                                "Gutierrez, Samuel",
                                "2012-01-09",
                                "Mobi",
                                "Medicaid",
                                "peds, parent to attend",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="programme completion attestation to employer",
        notes="Hard positive: tells the employer a named employee completed diabetes self-management education (enrolment in a health programme).",
        frm=ENROLL,
        to="benefits@portclintonfoods.com",
        subject="Wellness credit verification - Marcus Reyes",
        body=(
            "To the Benefits Office,\n\nAt the participant's request, we confirm that Marcus Reyes (employee ID PCF-20931) "
            "completed 10 hours of diabetes self-management education at Bluewater between September 8 and November 10, 2026.\n\n"
            "Paula Renner, Program Director" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="diabetes medical management plan to school nurse",
        notes="DOCX diabetes management plan for a named student with insulin ratios and hypoglycemia treatment.",
        frm=EDU,
        to="jstruble@sylvaniaschools.org",
        subject="Updated DMMP for Ava",
        body="Hi Mrs. Struble, updated plan attached after Ava's visit today. The carb ratio for lunch changed.\n\nMarguerite"
        + SIG,
        atts=(
            Att(
                "DMMP_Ava_Kowalski_2026-27.docx",
                DOCX,
                docx(
                    [
                        "Diabetes Medical Management Plan 2026-27",
                        "Student: Ava Kowalski   Grade 4   DOB 05/27/2017   Type 1 diabetes",
                        "Insulin: Humalog by pen. Lunch carb ratio 1 unit : 15 g (was 1:18). Correction 1 unit per 50 over 150.",
                        "Hypoglycemia (<70): 15 g fast carbs, recheck in 15 min. Severe: glucagon nasal 3 mg.",
                        "CGM: Dexcom G7, parent follows remotely. Parent: Joanna Kowalski 419-555-0157.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="camper insulin plan to diabetes camp nurse",
        notes="Camper named with insulin doses and recent severe low sent to the camp nurse.",
        frm=EDU,
        to="nurse@camphopewinterretreat.org",
        subject="Winter retreat - dosing for Elijah Brandvold",
        body=(
            "Nurse Kim,\n\nElijah Brandvold (age 11) will attend the January retreat. Current doses: Tresiba 9 units at 8 PM, "
            "Novolog 1:12 at meals. He had a severe low with a seizure in October after hockey, so please reduce the dinner "
            "dose by 20% on active days. Mom's cell is 419-555-0159.\n\nMarguerite Osei" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only carb log feedback to patient",
        notes="HTML-only message to a patient with her glucose readings and insulin-to-carb advice.",
        frm=RD,
        to="rosa.villanueva88@yahoo.com",
        subject="Your food and glucose log review",
        body="",
        html=(
            "<html><body><p>Hi Rosa,</p><p>I looked at the log you sent. Your readings after lunch (210-240) are high on "
            "days with the rice bowl. Try half the rice and add vegetables, and remember to give your <b>Novolog</b> 15 minutes "
            'before eating.</p><table border="1"><tr><td>Nov 12</td><td>238</td></tr><tr><td>Nov 13</td><td>142</td></tr></table>'
            "<p>Daniel Ferreira, RD, CDCES</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="patient food log with identity only in file name",
        notes="Hard positive: CSV content is dates, carbs and glucose only; the file name carries the patient's full name.",
        frm=RD,
        to="consult@lakesidenutritionpartners.com",
        subject="log for Thursday's consult",
        body="Attached is the log you asked for. Thanks for seeing her on short notice.",
        atts=(
            Att(
                "Nguyen_Thi_Hoa_food_glucose_log.csv",
                "text/csv",
                "date,meal,carbs_g,pre_mgdl,post_mgdl\n2026-11-10,breakfast,45,131,188\n"
                "2026-11-10,lunch,70,140,232\n2026-11-11,breakfast,40,126,171\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient hypoglycemia report to endocrinologist",
        notes="Forward of a patient's e-mail describing hypoglycemia episodes and insulin doses to the endocrinology office.",
        frm=EDU,
        to="endo.inbox@lakeeriediabetesendo.com",
        subject="Fwd: low sugars again",
        body="Dr. Haddad - forwarding Mr. Lindahl's note. I advised him to skip the bedtime snack correction and call your office today.",
        forward=Spec(
            phi=True,
            category="forwarded patient hypoglycemia report to endocrinologist",
            notes="inner",
            frm="Arne Lindahl <arne.lindahl@gmail.com>",
            to=f"mosei@{BDE}",
            subject="low sugars again",
            body="Marguerite - woke up at 52 twice this week. I take 38 units Lantus. Wife had to give me juice. What should I do?\nArne",
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA summary of care to primary care",
        notes="C-CDA XML with patient demographics, diabetes problem and A1c result sent to a PCP office.",
        frm=f"Bluewater Interfaces <interfaces@{BDE}>",
        to="direct@northwoodfamilypractice.com",
        subject="Summary of care document",
        body="Summary of care attached for your records.",
        atts=(
            Att(
                "CCDA_BDE_044187.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Summary of Care - Bluewater Diabetes Education Center</title>'
                '<recordTarget><patientRole><id extension="BDE-044187" root="2.16.840.1.113883.3.7979"/>'
                "<addr><streetAddressLine>903 Maplewood Ct</streetAddressLine><city>Perrysburg</city><state>OH</state><postalCode>43551</postalCode></addr>"
                '<patient><name><given>Clarence</given><family>Oduya</family></name><birthTime value="19620308"/></patient></patientRole></recordTarget>'
                "<component><structuredBody><component><section><title>Problems</title><text>Type 2 diabetes mellitus with hyperglycemia (E11.65)</text></section></component>"
                "<component><section><title>Results</title><text>Hemoglobin A1c 9.4% (2026-11-09)</text></section></component></structuredBody></component>"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="password-protected outcomes file to research partner",
        notes="Hard positive: encrypted zip of a patient-level A1c list; body says the password follows separately, content is identified patient data.",
        frm=ADMIN,
        to="k.schultz@utoledo-healthsciences.edu",
        subject="Patient-level file for the registry match",
        body=(
            "Karin,\n\nAs agreed under the BAA for the registry linkage, attached is the patient-level file (names, DOB, MRN, "
            "baseline and 6-month A1c) for our 2025 participants. Password by phone.\n\nPaula" + SIG
        ),
        atts=(
            Att(
                "BDE_2025_participants.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "participants.csv": (
                            "mrn,last,first,dob,a1c_baseline,a1c_6mo\n"
                            "BDE-039112,Petrakis,Eleni,1958-10-02,9.1,7.6\n"
                            "BDE-039140,Wardlow,James,1971-03-22,10.4,8.2\n"
                        )
                    },
                    "Harbor-Light-2025",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="missed education visit letter to patient",
        notes="Tells a named patient at his personal mailbox that he missed his diabetes education appointment.",
        frm=ENROLL,
        to="benji.okafor@icloud.com",
        subject="We missed you on November 12",
        body=(
            "Dear Benjamin Okafor,\n\nWe missed you at your diabetes education appointment (insulin start visit) on "
            "November 12. Your doctor asked us to help you begin Basaglar, so please call 419-555-0120 to reschedule soon.\n\n"
            "Bluewater Enrollment Team" + SIG
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate programme outcomes to accreditor",
        notes="Hard negative: multi-sheet workbook of aggregate A1c change and participant counts for accreditation; no individual rows.",
        frm=ADMIN,
        to="accreditation@adces-standards.org",
        subject="Annual status report - Bluewater DSMES (program #OH-7741)",
        body="Attached is our annual report. All figures are program-level aggregates.\n\nPaula Renner"
        + SIG,
        atts=(
            Att(
                "BDE_annual_status_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "Value"],
                            ["Participants completing >=10 h", 214],
                            ["Mean A1c change (pct points)", -1.2],
                            ["Participants with A1c < 7% at 6 mo", 0.46],
                        ],
                        "Demographics": [
                            ["Age band", "Count"],
                            ["18-44", 38],
                            ["45-64", 101],
                            ["65+", 75],
                        ],
                        "Staff": [["Role", "FTE"], ["RN CDCES", 2.0], ["RD CDCES", 1.5]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only class calendar for community partners",
        notes="HTML-only class schedule flyer for partner organisations; no individual.",
        frm=f"Bluewater Community Outreach <outreach@{BDE}>",
        to="partners@toledocommunityhealthcoalition.org",
        subject="Winter 2027 diabetes class calendar",
        body="",
        html=(
            "<html><body><h3>Bluewater classes - Winter 2027</h3><ul><li>Prediabetes: Small Steps - Mondays, Jan 11-Feb 1</li>"
            "<li>Living Well with Type 2 - Tuesdays, Jan 12-Feb 2</li><li>Carb counting for insulin users - Sat Jan 23</li></ul>"
            "<p>Referral needed for Medicare DSMT. Self-referral welcome for prediabetes.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: de-identified CSV with study codes, age bands and A1c values, no names, dates or ZIPs, under a data use agreement.",
        frm=ADMIN,
        to="k.schultz@utoledo-healthsciences.edu",
        subject="De-identified extract v2 (safe harbor)",
        body="Karin - v2 attached. Study IDs are random and the crosswalk stays with us. Ages over 89 are top-coded.\n\nPaula",
        atts=(
            Att(
                "BDE_deid_extract_v2.csv",
                "text/csv",
                "study_id,age_band,sex,diabetes_type,a1c_baseline,a1c_6mo,classes_attended\n"
                "S0417,45-54,F,T2,9.2,7.8,4\nS0822,65-74,M,T2,8.1,7.4,3\nS1093,90+,F,T2,7.9,7.7,2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sample meal plan handout to partner clinic",
        notes="Hard negative: generic 1,800-calorie meal plan for people with type 2 diabetes; no individual.",
        frm=RD,
        to="nursing@eastsidecommunityclinic.org",
        subject="Sample meal plan handout you asked for",
        body=(
            "Here's the one-page sample plan (about 45 g carbs per meal):\nBreakfast: 2 eggs, 1 slice whole-grain toast, 1 small apple\n"
            "Lunch: turkey wrap, side salad, 1 cup milk\nDinner: 4 oz salmon, 2/3 cup brown rice, green beans\n"
            "Snack: 15 almonds. Adjust for the person's medicines and goals.\n\nDaniel"
        ),
    ),
    Spec(
        phi=False,
        category="CDCES educator job posting",
        notes="Hard negative: job ad listing insulin pump training and CGM interpretation duties; no patient.",
        frm=ADMIN,
        to="postings@ohionursingjobs.com",
        subject="Posting: Diabetes Educator (RN or RD, CDCES preferred)",
        body=(
            "Bluewater Diabetes Education Center seeks a diabetes educator to teach group DSMES classes, start insulin and GLP-1 "
            "therapy under protocol, train patients on pumps and CGMs, and interpret CGM reports for referring providers. "
            "CDCES or eligible within 2 years. 0.8-1.0 FTE.\n\nApply: careers@bluewaterdiabetes.org"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="FHIR questionnaire template to EHR vendor",
        notes="Hard negative: FHIR Questionnaire resource (a blank intake template) with diabetes questions; no patient data.",
        frm=f"Bluewater Interfaces <interfaces@{BDE}>",
        to="build@caretrackehr.com",
        subject="Questionnaire resource for the DSMES intake build",
        body="Please load the attached Questionnaire into our tenant. It replaces version 3.",
        atts=(
            Att(
                "Questionnaire_DSMES_intake_v4.json",
                "application/fhir+json",
                fhir(
                    {
                        "resourceType": "Questionnaire",
                        "id": "bde-dsmes-intake",
                        "version": "4",
                        "status": "active",
                        "title": "DSMES intake assessment",
                        "item": [
                            {"linkId": "1", "text": "Type of diabetes", "type": "choice"},
                            {"linkId": "2", "text": "Most recent A1c (%)", "type": "decimal"},
                            {"linkId": "3", "text": "Do you use insulin?", "type": "boolean"},
                            {
                                "linkId": "4",
                                "text": "Episodes of low blood sugar in the past month",
                                "type": "integer",
                            },
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="device safety notice to partner clinics",
        notes="Hard negative: general notice about a pump infusion-set recall with lot guidance; no patient named.",
        frm=EDU,
        to="diabetes-educators@nwohiodiabetesnetwork.org",
        subject="Infusion set recall - what we're telling patients",
        body=(
            "FYI - the manufacturer recalled certain lots of 9 mm infusion sets for cannula kinking. We're telling anyone who calls "
            "to check the lot on the box against the manufacturer's website and to change sets every 2-3 days. Nothing needed if lot is not listed.\n\nMarguerite"
        ),
    ),
    Spec(
        phi=False,
        category="sign-up page maintenance notice to announcement list",
        notes="IT notice about scheduling portal maintenance sent to a general list; no health detail about anyone.",
        frm=f"Bluewater IT <it@{BDE}>",
        to="announcements@list.bluewaterdiabetes.org",
        subject="Online class sign-up unavailable Sunday morning",
        body="Our online sign-up page will be down Sunday 6-9 AM for maintenance. Call 419-555-0120 if you need help.",
    ),
    Spec(
        phi=False,
        category="grant progress report with aggregate counts",
        notes="Hard negative: foundation grant report with counts of participants with prediabetes and diabetes; no individuals.",
        frm=ADMIN,
        to="grants@lucascountyhealthfoundation.org",
        subject="Q3 progress report - Prediabetes Small Steps grant",
        body=(
            "Q3 summary:\n- 87 adults with prediabetes enrolled (goal 80)\n- 61% completed 6+ sessions\n- Average weight loss 4.1%\n"
            "- 9 participants progressed to type 2 diabetes and were referred to DSMES\nFull narrative to follow.\n\nPaula"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="meter sample order from manufacturer rep",
        notes="Vendor correspondence ordering demonstration meters; no patient.",
        frm=RD,
        to="kevin.ortiz@glucoseworksdevices.com",
        subject="Demo meters for classes",
        body="Kevin, could you send 30 demo meters and 10 boxes of control solution for the January classes? Same address. Thanks, Daniel",
    ),
    Spec(
        phi=False,
        category="staff immunization reminder",
        notes="Hard negative: staff-wide hepatitis B titer and flu vaccine reminder; no individual's health named.",
        frm=ADMIN,
        to="staff@list.bluewaterdiabetes.org",
        subject="Reminder: flu shot and hep B titer due by Dec 15",
        body="All staff who handle lancets and pump sites: upload your flu shot record and hepatitis B titer to the HR portal by December 15. Occupational health has walk-in hours Wednesdays.",
    ),
    Spec(
        phi=False,
        category="e-mail policy with example field names (DOCX)",
        notes="Hard negative: policy document listing field names (Patient Name, DOB, MRN, A1c) that must not be e-mailed unencrypted; no data.",
        frm=ADMIN,
        to="compliance@nwohiodiabetesnetwork.org",
        subject="Our e-mail and texting policy (for the network template)",
        body="As promised, our policy attached for the shared template project.",
        atts=(
            Att(
                "BDE_policy_email_texting_v3.docx",
                DOCX,
                docx(
                    [
                        "Policy 4.12 - E-mail and Text Messaging with Patients and Partners",
                        "Staff must not send the following by unencrypted e-mail: Patient Name with DOB, MRN, Member ID, A1c or glucose values, diagnosis.",
                        "Use [SECURE] in the subject to trigger encryption. Never place a diagnosis in the subject line.",
                        "Group class reminders may be sent by BCC only and must not name the class topic.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff continuing-education webinar invite",
        notes="Staff CE webinar invitation with calendar part; no patient.",
        frm=ADMIN,
        to="educators@list.bluewaterdiabetes.org",
        subject="CE webinar Dec 9: automated insulin delivery",
        body="Team - please join the 1-hour CE webinar on AID systems on December 9 at noon. Invite attached.",
        ics=ICS_WEBINAR,
    ),
    Spec(
        phi=False,
        category="teaching slides with cartoon mascot patient",
        notes="Hard negative: class slides use a fictional mascot 'Penny Pancreas' with invented glucose numbers; no real person.",
        frm=EDU,
        to="a.greer@harborhealthmedia.com",
        subject="Slide edits - Penny Pancreas deck",
        body=(
            "Hi Alana, edits for the pump-class deck: slide 7, change Penny Pancreas's made-up reading from 320 to 280 mg/dL so the "
            "correction math works (280-120)/40 = 4 units. Slide 12: Penny's cartoon should hold a CGM reader, not a phone.\n\nMarguerite"
        ),
    ),
    Spec(
        phi=False,
        category="health fair screening aggregate summary",
        notes="Hard negative: community screening summary with counts of elevated glucose results; no individuals.",
        frm=f"Bluewater Community Outreach <outreach@{BDE}>",
        to="events@maumeebayymca.org",
        subject="Thank you + screening numbers from Saturday",
        body="Thanks for hosting! We screened 132 adults: 19 had a random glucose over 200 and 31 were 140-199; all got a referral card. No names were recorded.",
    ),
    Spec(
        phi=False,
        category="referral process reply to outside clinician",
        notes="Explains how to refer patients (forms and fax) to a clinician at another clinic; no patient mentioned.",
        frm=ENROLL,
        to="np.garcia@bowlinggreenurgentcare.com",
        subject="Re: how to refer to your classes",
        body="Hi Nurse Practitioner Garcia, just fax our one-page referral with the most recent A1c and a signed DSMT order to 419-555-0121. We call the patient within 3 business days."
        + SIG,
    ),
    Spec(
        phi=False,
        category="awareness month newsletter to subscriber mailbox",
        notes="General Diabetes Awareness Month newsletter to a subscriber's personal mailbox; no personal health content.",
        frm=f"Bluewater News <news@{BDE}>",
        to="lou.pettibone@gmail.com",
        subject="November is Diabetes Awareness Month",
        body="Did you know 1 in 3 adults has prediabetes? Take the 1-minute risk test at bluewaterdiabetes.org/risk and bring a friend to our free cooking demo on November 21.\n\nUnsubscribe: bluewaterdiabetes.org/u",
    ),
    Spec(
        phi=False,
        category="DSMT billing code guide to partner billing staff",
        notes="Hard negative: billing guide listing HCPCS/CPT codes (G0108, G0109, 97802) and rules; no claims or patients.",
        frm=BILL,
        to="billing@northwoodfamilypractice.com",
        subject="Cheat sheet: DSMT vs MNT codes",
        body=(
            "As discussed:\nG0108 - DSMT individual, per 30 min\nG0109 - DSMT group (2+), per 30 min\n97802/97803 - MNT individual initial/subsequent, per 15 min\n"
            "Medicare allows 10 h DSMT in the first year, 2 h each year after. MNT and DSMT can't be billed the same day.\n\nBluewater Billing"
        ),
    ),
    Spec(
        phi=False,
        category="volunteer thank-you to personal mailbox",
        notes="Thanks a volunteer cook at her personal mailbox for helping at a cooking demo; nothing about her health.",
        frm=RD,
        to="marlene.vosburgh@yahoo.com",
        subject="Thank you for the cooking demo!",
        body="Marlene, thank you for volunteering Saturday - the cauliflower rice was a hit and we ran out of recipe cards. Hope to see you in January!\n\nDaniel",
    ),
]
