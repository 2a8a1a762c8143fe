# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""Little Oaks Pediatrics: outbound mail from front desk, nurses, physicians, billing and admin."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import CFSD, LOP, Att, Spec

SIG_FD = "\n\nThanks,\nKaylee Brandt\nFront Desk | Little Oaks Pediatrics\n4410 Sycamore Pkwy, Suite 200 | (319) 555-0142\n"
SIG_RN = "\n\n-- \nJolene Whitaker, RN\nTriage Nurse, Little Oaks Pediatrics\nNurse line (319) 555-0147\n"
DISC = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain information that is privileged or "
    "confidential. If you received it in error, please notify the sender and delete it.\n"
)

IMM_PDF = pdf(
    [
        "LITTLE OAKS PEDIATRICS - IMMUNIZATION RECORD",
        "Patient: Rosalind Mbeki-Carter    DOB: 03/14/2021    MRN: LOP-0048213",
        "DTaP   06/02/2021  08/04/2021  10/06/2021  06/15/2022",
        "IPV    06/02/2021  08/04/2021  10/06/2021",
        "MMR    03/20/2022       Varicella 03/20/2022",
        "Hep B  03/15/2021  04/19/2021  10/06/2021",
        "Influenza (Flulaval) 10/28/2026",
        "Next due: DTaP #5, IPV #4, MMR #2, Varicella #2 at 4-year well visit",
    ],
    "Immunization record",
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
 <title>Referral Note</title>
 <effectiveTime value="20261110"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.7731" extension="LOP-0051977"/>
  <addr><streetAddressLine>1187 Prairie Rose Ct</streetAddressLine><city>Cedar Falls</city><state>IA</state><postalCode>50613</postalCode></addr>
  <patient><name><given>Owen</given><family>Halvorsen</family></name>
   <administrativeGenderCode code="M"/><birthTime value="20190722"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Reason for Referral</title>
   <text>Chronic constipation with encopresis despite 6 months of PEG 3350 17 g daily; poor weight gain (weight 5th percentile). Please evaluate for celiac disease; tTG-IgA 48 U/mL (ref &lt;4).</text></section></component>
  <component><section><title>Problems</title>
   <text>K59.09 Other constipation; R15.9 Full incontinence of feces; R62.51 Failure to thrive</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

X12 = (
    "ISA*00*          *00*          *ZZ*LITTLEOAKS     *ZZ*AVAILITY       *261111*0915*^*00501*000004417*0*P*:~"
    "GS*HC*LITTLEOAKS*AVAILITY*20261111*0915*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*LOP4417*20261111*0915*CH~"
    "NM1*85*2*LITTLE OAKS PEDIATRICS PC*****XX*1230972154~"
    "NM1*IL*1*DESHMUKH*ANIKA****MI*W417782035~DMG*D8*20200517*F~"
    "CLM*LOP88213*212.00***11:B:1*Y*A*Y*Y~HI*ABK:J02.0*ABF:R50.9~"
    "SV1*HC:99214*168.00*UN*1***1~DTP*472*D8*20261106~"
    "SV1*HC:87880*44.00*UN*1***1~DTP*472*D8*20261106~"
    "SE*12*0001~GE*1*4417~IEA*1*000004417~\n"
)

VXU = (
    "MSH|^~\\&|LOPEHR|LITTLEOAKS|IRIS|IADPH|20261110153000||VXU^V04^VXU_V04|LOP26111000412|P|2.5.1\r"
    "PID|1||LOP-0060342^^^LOP^MR||TESFAYE^LIYA^M||20260908|F|||902 W 9TH ST^^WATERLOO^IA^50702||^PRN^PH^^^319^5550188\r"
    "NK1|1|TESFAYE^SELAM|MTH^Mother\r"
    "ORC|RE||LOP-IMM-77120\r"
    "RXA|0|1|20261110|20261110|20^DTaP^CVX|0.5|mL||00^new immunization record|||||||U7734AA|20280131|SKB\r"
    "RXA|0|1|20261110|20261110|133^PCV13^CVX|0.5|mL||00^new immunization record|||||||HR4412|20270630|PFR\r"
    "RXA|0|1|20261110|20261110|116^Rotavirus pentavalent^CVX|2|mL||00^new immunization record|||||||Y011203|20270228|MSD\r"
)

TEST_HL7 = (
    "MSH|^~\\&|LOPEHR|LITTLEOAKS|IRIS|IADPH|20261112090000||VXU^V04^VXU_V04|TEST0001|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^LOP^MR||ZZTEST^BABYGIRL^ONE||20260101|F|||1 TEST ST^^TESTVILLE^IA^50000\r"
    "RXA|0|1|20261112|20261112|08^Hep B ped^CVX|0.5|mL||00|||||||TESTLOT|20271231|MSD\r"
)

RECALL = xlsx(
    {
        "Overdue WCC": [
            ["MRN", "Patient", "DOB", "Last well visit", "Due", "Parent phone"],
            [
                "LOP-0039184",
                "Castillo, Marisol",
                "2023-02-11",
                "2025-08-19",
                "3y WCC + Flu",
                "(319) 555-0110",
            ],
            [
                "LOP-0041207",
                "Abernathy, Cole",
                "2022-06-30",
                "2025-07-02",
                "4y WCC + DTaP/IPV/MMR/Var",
                "(319) 555-0163",
            ],
            [
                "LOP-0044410",
                "Phan, Bao Tran",
                "2021-11-05",
                "2025-05-14",
                "5y WCC",
                "(319) 555-0129",
            ],
        ],
        "Vaccines due": [
            ["MRN", "Patient", "Vaccine", "Dose"],
            ["LOP-0039184", "Castillo, Marisol", "Influenza", "2 of 2"],
            ["LOP-0041207", "Abernathy, Cole", "DTaP", "5"],
            ["LOP-0052266", "Yilmaz, Deniz", "HPV", "2"],
        ],
        "Called": [["MRN", "Outcome"], ["LOP-0044410", "LVM 11/9"]],
    }
)

QUALITY = xlsx(
    {
        "Summary": [
            ["Measure", "Numerator", "Denominator", "Rate"],
            ["CIS Combo 10", 312, 401, 0.778],
            ["IMA Combo 2", 188, 247, 0.761],
            ["ADD Initiation", 41, 57, 0.719],
            ["W30 6+ visits", 214, 251, 0.853],
        ],
        "By provider": [
            ["Provider", "CIS Combo 10", "ADD Initiation"],
            ["Raman", 0.81, 0.75],
            ["Feld", 0.76, 0.69],
            ["Okoro", 0.77, 0.71],
        ],
    }
)

FORMS_ZIP = zipped(
    {
        "Sports_PE_Kenji_Watanabe.txt": "PREPARTICIPATION PHYSICAL EVALUATION\nName: Kenji Watanabe  DOB 04/02/2012\nCleared for all sports. History: exercise-induced bronchospasm, albuterol 2 puffs 15 min before practice.\nSigned: P. Raman MD\n",
        "Sports_PE_Delaney_Ortiz.txt": "PREPARTICIPATION PHYSICAL EVALUATION\nName: Delaney Ortiz  DOB 09/27/2011\nCleared with restriction: no contact until concussion follow-up 11/20 (concussion 10/31).\nSigned: M. Feld MD\n",
        "Sports_PE_Reid_Cunningham.txt": "PREPARTICIPATION PHYSICAL EVALUATION\nName: Reid Cunningham  DOB 01/15/2012\nCleared for all sports. Hx: Type 1 diabetes on insulin pump; carries glucagon.\nSigned: P. Raman MD\n",
    }
)

LETTER_504 = docx(
    [
        "Little Oaks Pediatrics",
        "November 10, 2026",
        "To: Section 504 Team, Hawthorne Elementary, Cedar Falls School District",
        "Re: Gabriel Ferreira-Lund, DOB 08/19/2017",
        "Gabriel is a patient of this practice. He has been diagnosed with attention-deficit/hyperactivity disorder, combined presentation (F90.2), and takes methylphenidate ER 18 mg each morning.",
        "I recommend preferential seating, movement breaks every 30 minutes, extended time on tests and a daily home-school communication log.",
        "Sincerely,",
        "Priya Raman, MD, FAAP",
    ]
)

POLICY_DOCX = docx(
    [
        "Little Oaks Pediatrics - Policy CS-04: Prescribing Schedule II Stimulants",
        "Effective 12/1/2026. Applies to all prescribers.",
        "1. Check the state PMP before each new prescription and every 90 days thereafter.",
        "2. A controlled substance agreement is signed by the guardian at initiation.",
        "3. Refills require a visit at least every 3 months; early refill requests go to the prescriber.",
        "4. Practice DEA registrations on file: Priya Raman MD BR8360175; Marcus Feld MD FF3208659.",
        "5. Lost or stolen prescriptions are documented and a police report is requested.",
    ]
)

AGENDA_PDF = pdf(
    [
        "LITTLE OAKS PEDIATRICS - hosted evening CME",
        "Iowa AAP Chapter: Bronchiolitis and RSV Prevention Update",
        "Thursday Dec 3, 2026, 6:00-8:30 pm, Cedar Falls Community Center",
        "6:00 Dinner",
        "6:30 Nirsevimab and maternal RSV vaccine: first two seasons - Dr. Ngozi Okoro",
        "7:15 High-flow nasal cannula on the general ward - Dr. Henrik Sandoval (UI Stead Family)",
        "8:00 Panel and Q&A. 2.0 AMA PRA Category 1 credits.",
    ],
    "CME agenda",
)

DEID_CSV = (
    "study_id,age_months,sex,visit_year,dx_codes,stimulant_started,vanderbilt_baseline,vanderbilt_12wk\n"
    "S001,86,M,2025,F90.2,Y,42,28\n"
    "S002,103,F,2025,F90.0,Y,35,22\n"
    "S003,77,M,2026,F90.2;F41.1,N,39,37\n"
    "S004,121,M,2025,F90.1,Y,44,30\n"
    "S005,95,F,2026,F90.0,Y,31,19\n"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="newborn visit confirmation",
        notes="Front desk confirms a 2-week newborn weight check: baby's name, DOB and visit to parent's gmail.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="jessica.alvarez.reyes@gmail.com",
        subject="Appointment confirmation - Little Oaks Pediatrics",
        body=(
            "Hi Jessica,\n\nThis confirms baby Mateo Alvarez-Reyes (DOB 10/29/2026) for his 2-week "
            "newborn visit and weight check with Dr. Okoro on Thursday 11/12 at 9:40 am. Please bring "
            "the hospital discharge papers and the feeding log you started for the jaundice follow-up."
            "\n\nIf you need to reschedule call us at (319) 555-0142." + SIG_FD
        ),
    ),
    Spec(
        phi=True,
        category="immunization record PDF to parent",
        notes="Hard positive: body is generic; the attached PDF carries the child's name, DOB, MRN and vaccine history.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to="tmbekicarter@yahoo.com",
        subject="Requested record",
        body="Hi, attached is the record you asked for at the front desk this morning." + SIG_RN,
        atts=(Att("LOP_record.pdf", "application/pdf", IMM_PDF),),
    ),
    Spec(
        phi=True,
        category="ADHD dose change to parent",
        notes="Hard positive: child's first name only, stimulant dose increase, to a parent's personal mailbox.",
        frm=f"Dr. Marcus Feld <mfeld@{LOP}>",
        to="dana.whitcombe77@yahoo.com",
        subject="Re: afternoons",
        body=(
            "Hi Dana,\n\nThanks for sending the teacher's notes. Since Ethan is doing well in the "
            "morning but losing focus after lunch, let's go up from Concerta 18 mg to 27 mg starting "
            "Monday. I sent the new script to the Hy-Vee on University. Watch appetite and sleep and "
            "let's touch base at his med check in 4 weeks.\n\nDr. Feld\n\n"
            "> On Nov 8, 2026, Dana Whitcombe wrote:\n> His teacher says he is great until about 1pm and then it falls apart.\n"
        ),
    ),
    Spec(
        phi=True,
        category="referral with C-CDA",
        notes="Referral to pediatric GI at a partner org; C-CDA attachment with name, DOB, address, diagnoses and tTG result.",
        frm=f"Referral Coordinator <referrals@{LOP}>",
        to="intake@cvpedsgi.org",
        subject="New referral - pediatric GI",
        body=(
            "Good afternoon,\n\nPlease see the attached referral note from Dr. Priya Raman (NPI 1134059280) "
            "for evaluation of possible celiac disease. Insurance: Wellmark BCBS. Family prefers "
            "afternoon appointments.\n\nBrenda Kowalczyk\nReferral Coordinator, Little Oaks Pediatrics\nFax (319) 555-0150"
        ),
        atts=(Att("referral_LOP-0051977.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 837 claim batch",
        notes="Hard positive: Billing sends an 837P to the clearinghouse: patient name, DOB, member id, strep dx and CPT lines.",
        frm=f"Billing Office <billing@{LOP}>",
        to="edi-support@availity-partner.com",
        subject="Resubmission batch 4417",
        body="Resubmitting batch 4417 after the rejected ISA segment; corrected file attached.\n\nRon Baptiste\nBilling Lead",
        atts=(Att("LOP_837_4417.x12", "application/edi-x12", X12),),
    ),
    Spec(
        phi=True,
        category="HL7 VXU to immunization registry",
        notes="Hard positive: Immunization registry submission: infant name, DOB, address, mother's name, vaccines given.",
        frm=f"Interface Team <interfaces@{LOP}>",
        to="iris-support@idph.iowa.gov",
        subject="Manual VXU resend - message 26111000412",
        body=(
            "Hello IRIS team,\n\nThe queue dropped this message during Tuesday's outage. Attaching the "
            "VXU for manual processing per your instructions in ticket 55821.\n\nThank you,\nAlex Mercado\nIT Analyst"
        ),
        atts=(Att("VXU_26111000412.hl7", "application/hl7-v2", VXU),),
    ),
    Spec(
        phi=True,
        category="strep result in subject",
        notes="Hard positive: PHI only in the subject line (name, positive strep, antibiotic); body is 'done'.",
        frm=f"Dr. Ngozi Okoro <nokoro@{LOP}>",
        to=f"jwhitaker@{LOP}",
        subject="Sofia Nguyen - rapid strep positive, amoxicillin sent to Walgreens",
        body="Done, please call mom after 3.\n\nN.",
    ),
    Spec(
        phi=True,
        category="Vanderbilt forms to teacher",
        notes="Practice asks a school teacher for ADHD rating scales naming the student being evaluated.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to=f"mhollis@{CFSD}",
        subject="Teacher rating scale request",
        body=(
            "Dear Ms. Hollis,\n\nWith his mother's signed release (attached to our chart), Dr. Feld is "
            "evaluating Jaxon Pruitt (2nd grade, your homeroom) for ADHD. Could you complete the "
            "NICHQ Vanderbilt Teacher Informant form and fax it to (319) 555-0150 before his "
            "appointment on 11/23?\n\nThank you so much!" + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="rash photo file name",
        notes="Hard positive: PHI only in the attached photo's file name (child's name) plus 'rash' e-consult context.",
        frm=f"Dr. Marcus Feld <mfeld@{LOP}>",
        to="peds-derm-econsult@uihc-partners.org",
        subject="e-consult photo",
        body="Photo from mom attached for the e-consult I entered this morning. Thanks.\n\nMarcus Feld, MD",
        atts=(Att("Liam_Okafor_rash_11-10.png", "image/png", png(6, 6, (214, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="overdue well-child recall workbook",
        notes="Multi-sheet XLSX to outreach staff: MRN, names, DOB, overdue visits and vaccines, parent phones.",
        frm=f"Quality Team <quality@{LOP}>",
        to=f"outreach@{LOP}",
        subject="November recall list",
        body="Here's this month's recall workbook. Please log outcomes on the 'Called' tab.\n\nTamsin",
        atts=(
            Att(
                "recall_2026-11.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                RECALL,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nirsevimab dose log with initials",
        notes="Hard positive: CSV with only initials and DOB of infants plus the RSV antibody dose and lot.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to=f"inventory@{LOP}",
        subject="Beyfortus doses given this week",
        body="For reconciliation against the VFC order.\n\nJ",
        atts=(
            Att(
                "beyfortus_wk45.csv",
                "text/csv",
                "initials,dob,date_given,product,dose_mg,lot\nA.K.,2026-08-14,2026-11-02,nirsevimab,50,NB2211\n"
                "T.R.,2026-06-30,2026-11-03,nirsevimab,100,NB2211\nM.O.,2026-10-01,2026-11-05,nirsevimab,50,NB2247\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent fever thread",
        notes="Nurse forwards a parent's thread: child's name, fever, ibuprofen dosing by weight; relative's reply quoted.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to=f"nokoro@{LOP}",
        subject="Fwd: Re: fever question",
        body=(
            "Dr. Okoro, FYI - mom is asking if Zara needs to be seen today. I told her yes if still "
            "febrile at 4pm.\n\n---------- Forwarded message ---------\nFrom: Amira Haddad <amira.haddad@outlook.com>\n"
            "Date: Mon, Nov 9, 2026\nSubject: Re: fever question\n\nThanks. She is 38.9 again this morning, "
            "she weighs 31 lbs. Can I give the ibuprofen 7.5 ml with the Tylenol in between? She is pulling at her left ear.\n\n"
            "> On Sun, Nov 8 Little Oaks Nurse Line wrote:\n> Please keep Zara hydrated and call if fever lasts more than 3 days.\n"
        ),
    ),
    Spec(
        phi=True,
        category="ADHD med check invite",
        notes="Calendar invite to a parent for a named child's ADHD medication check.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="keisha.brooks@icloud.com",
        subject="Invitation: Jayden Brooks - ADHD med check",
        body="Calendar invite for Jayden's medication check. Please arrive 10 minutes early to fill out the Vanderbilt parent form."
        + SIG_FD,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Little Oaks Pediatrics//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lop-appt-88417@littleoakspeds.com\r\nDTSTAMP:20261109T160000Z\r\n"
            "DTSTART:20261124T213000Z\r\nDTEND:20261124T215000Z\r\n"
            "SUMMARY:Jayden Brooks - ADHD med check (Dr. Feld)\r\n"
            "DESCRIPTION:Guanfacine ER follow-up\\, BP and weight. Bring teacher form.\r\n"
            "LOCATION:Little Oaks Pediatrics\\, 4410 Sycamore Pkwy Suite 200\r\n"
            "ORGANIZER:mailto:scheduling@littleoakspeds.com\r\nATTENDEE:mailto:keisha.brooks@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="patient balance statement",
        notes="Hard positive: Billing tells a parent about a balance for a child's visit (account number, date of service, CPT).",
        frm=f"Billing Office <billing@{LOP}>",
        to="r.hutchins1984@hotmail.com",
        subject="Your statement from Little Oaks Pediatrics",
        body=(
            "Dear Ryan Hutchins,\n\nOur records show a balance of $86.40 on guarantor account 20077418 "
            "for Ava Hutchins's visit on 10/14/2026 (office visit 99213 and rapid flu test). Your "
            "plan applied this amount to your deductible.\n\nYou can pay online at pay.littleoakspeds.com "
            "or call (319) 555-0144.\n\nLittle Oaks Pediatrics Billing" + DISC
        ),
    ),
    Spec(
        phi=True,
        category="newborn bilirubin to nursery",
        notes="Hard positive: Physician reports a named newborn's bilirubin and phototherapy decision to the birth hospital.",
        frm=f"Dr. Ngozi Okoro <nokoro@{LOP}>",
        to="nursery.charge@cvmc-health.org",
        subject="Bili recheck",
        body=(
            "Hi team,\n\nBaby boy Tesfaye (Liya's brother, born 11/6, MRN at your end CV-7718302) had a "
            "TSB of 17.8 at 96 hours in our office today, above the phototherapy line for his risk group. "
            "Family is on their way to you for readmission for phototherapy. Please send the discharge "
            "summary back to us.\n\nNgozi Okoro, MD"
        ),
    ),
    Spec(
        phi=True,
        category="504 letter DOCX",
        notes="DOCX letter to a school 504 team with child's name, DOB, ADHD diagnosis code and medication.",
        frm=f"Dr. Priya Raman <praman@{LOP}>",
        to=f"504team.hawthorne@{CFSD}",
        subject="Letter for 504 meeting",
        body="Please find my letter attached for Thursday's meeting. Parent consent is on file.\n\nPriya Raman, MD, FAAP",
        atts=(
            Att(
                "504_letter.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                LETTER_504,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="elevated lead report to county",
        notes="Elevated blood lead level reported to county health with child's name, DOB, address.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to="leadprogram@blackhawkcountyhealth.org",
        subject="Elevated BLL report",
        body=(
            "Reporting per Iowa Code 139A:\n\nChild: Adriana Soto, DOB 05/03/2024\nAddress: 318 Franklin St, Apt 2, Waterloo IA 50703\n"
            "Venous lead 11.2 mcg/dL collected 11/4/2026 (capillary screen 14 on 10/20).\nParent: Lucia Soto (319) 555-0176\n"
            "Ordering: Dr. Marcus Feld\n\nPlease contact family for home inspection." + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="lab results HTML-only",
        notes="HTML-only results message with a table: child's name, CBC and ferritin values, iron supplement.",
        frm=f"Little Oaks Patient Messages <noreply@{LOP}>",
        to="hoangthu.le88@gmail.com",
        subject="Results from Dr. Raman",
        body="",
        html=(
            "<html><body><p>Hello,</p><p>Dr. Raman reviewed the labs for <b>Minh Le</b> (DOB 02/17/2025):</p>"
            "<table border='1'><tr><th>Test</th><th>Result</th><th>Range</th></tr>"
            "<tr><td>Hemoglobin</td><td>9.8 g/dL</td><td>10.5-13.5</td></tr>"
            "<tr><td>Ferritin</td><td>6 ng/mL</td><td>12-60</td></tr></table>"
            "<p>This shows iron deficiency anemia. Please start ferrous sulfate drops 15 mg daily and limit milk to 16 oz a day. "
            "We will recheck in 6 weeks.</p><p>Little Oaks Pediatrics</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="sports physical forms ZIP",
        notes="ZIP of three athletes' physical forms to the school athletic trainer: names, DOBs, asthma, concussion, T1D.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to=f"athletictrainer.nhs@{CFSD}",
        subject="Sports physicals - winter season",
        body="Hi Coach Baird, the three physical forms you requested are in the zip. Parent releases on file."
        + SIG_FD,
        atts=(Att("winter_physicals.zip", "application/zip", FORMS_ZIP),),
    ),
    Spec(
        phi=True,
        category="room and formula change note",
        notes="Hard positive: 'the Kowalski twins in room 3', Baby B formula switch for suspected milk protein allergy.",
        frm=f"Dr. Priya Raman <praman@{LOP}>",
        to=f"mas@{LOP}",
        cc=f"jwhitaker@{LOP}",
        subject="rm 3",
        body=(
            "Kowalski twins in rm 3 - Baby B has blood-streaked stools again, suspect CMPA. Please give "
            "mom 2 cans of Nutramigen samples and set up a weight check in 1 wk. Baby A fine, no change."
        ),
    ),
    Spec(
        phi=True,
        category="asthma action plan to grandparent",
        notes="Hard positive: first name + asthma controller and rescue plan sent to a grandmother's aol mailbox.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to="grandmaruthie52@aol.com",
        subject="Plan for this week",
        body=(
            "Hi Ruth,\n\nAs you asked since Lily is staying with you this week: Flovent 44 two puffs "
            "morning and night with the spacer, albuterol 4 puffs every 4 hours if she's coughing or "
            "wheezy. If she needs it more than every 4 hours or is working hard to breathe, go to the ER."
            + SIG_RN
        ),
    ),
    Spec(
        phi=True,
        category="prior auth for growth hormone",
        notes="Prior authorization request to a payer with member id, name, DOB, diagnosis and drug.",
        frm=f"Prior Auth <priorauth@{LOP}>",
        to="pa-requests@wellmark-partner.com",
        subject="PA request - somatropin",
        body=(
            "Member: Tobias Engstrom  DOB 07/11/2015  Member ID WMK883104627\n"
            "Drug: Norditropin FlexPro 10 mg/1.5 mL, 0.3 mg/kg/week\nDx: E23.0 growth hormone deficiency (stim tests peak GH 4.1 and 5.6 ng/mL)\n"
            "Prescriber: Dr. Priya Raman, NPI 1134059280\n\nChart notes and bone age report to follow by fax.\n\nMaribel Osei\nPrior Authorization Specialist"
        ),
    ),
    Spec(
        phi=True,
        category="HTML table of today's sick visits",
        notes="HTML-alternative schedule excerpt to a covering NP: names, ages and reasons for visit.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to=f"sbecker@{LOP}",
        subject="Your afternoon add-ons",
        body="Sam - add-ons below.\n\n1:20 Wren Castellanos 3y croup f/u\n1:40 Idris Mahmoud 9y ankle injury\n2:00 Poppy Lindgren 14mo fever x3 days",
        html=(
            "<p>Sam - add-ons below.</p><table><tr><th>Time</th><th>Patient</th><th>Reason</th></tr>"
            "<tr><td>1:20</td><td>Wren Castellanos (3y)</td><td>croup f/u</td></tr>"
            "<tr><td>1:40</td><td>Idris Mahmoud (9y)</td><td>ankle injury</td></tr>"
            "<tr><td>2:00</td><td>Poppy Lindgren (14mo)</td><td>fever x3 days</td></tr></table>"
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="RSV antibody allocation notice",
        notes="Hard negative: supply notice about nirsevimab doses and eligibility rules, no patient.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"clinical-staff@{LOP}",
        subject="Beyfortus allocation update - read before scheduling",
        body=(
            "All,\n\nOur VFC allocation for December is 40 doses of 50 mg and 25 doses of 100 mg. "
            "Private stock 100 mg is on backorder until mid-December. Until then, prioritize infants "
            "under 8 months whose mothers did not get Abrysvo at 32-36 weeks, and high-risk second-season "
            "children (chronic lung disease of prematurity, hemodynamically significant CHD).\n\n"
            "Please do not promise doses to families over the phone.\n\nTamsin Gale, Clinical Operations Manager"
        ),
    ),
    Spec(
        phi=False,
        category="flu clinic newsletter",
        notes="Hard negative: HTML-only family newsletter about flu and COVID vaccine clinic dates; no individual.",
        frm=f"Little Oaks Pediatrics <news@{LOP}>",
        to=f"families@{LOP}",
        subject="Saturday flu clinics are back!",
        body="",
        html=(
            "<html><body><h2>Flu shots for the whole family</h2><p>Walk-in flu clinics every Saturday in "
            "November, 8:30-11:30 am. Children 6 months to 8 years getting a flu vaccine for the first time "
            "need two doses 4 weeks apart.</p><ul><li>Nov 14</li><li>Nov 21</li><li>Dec 5</li></ul>"
            "<p>Nasal spray (FluMist) is available for healthy children 2 and up. Questions? Call (319) 555-0142.</p>"
            "<p><small>You are receiving this because you subscribed to Little Oaks news. Unsubscribe.</small></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO",
        notes="Hard negative: vaccine refrigerator invoice; PO number formatted like an SSN, device serial of a fridge.",
        frm=f"Accounts Payable <ap@{LOP}>",
        to="billing@helmerscientific-dealer.com",
        subject="Invoice 77102 - PO 512-44-7031",
        body=(
            "Hello,\n\nWe received invoice 77102 for the Helmer iPR256 pharmacy refrigerator (serial "
            "HR2611-0457) and the digital data logger. Please reference our PO 512-44-7031 on the "
            "corrected invoice; the freight line should be $0 per the quote.\n\nNet 30 from receipt.\n\nGloria Anand\nAccounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="job posting NP ADHD clinic",
        notes="Hard negative: job posting mentioning ADHD, asthma and newborn care; no patient.",
        frm=f"Human Resources <hr@{LOP}>",
        to="postings@iowapedsjobs.org",
        subject="Posting: Pediatric Nurse Practitioner (ADHD & behavioral health)",
        body=(
            "Little Oaks Pediatrics is hiring a full-time PNP to grow our ADHD and behavioral health "
            "follow-up clinic. Responsibilities: ADHD medication management (stimulant and non-stimulant), "
            "anxiety and depression screening, well-child and newborn care, asthma follow-up.\n\n"
            "Requirements: Iowa APRN licence, DEA registration or eligibility, PNCB certification. "
            "Salary $118k-$134k. Apply by Dec 15 at littleoakspeds.com/careers."
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality workbook",
        notes="Hard negative: HEDIS-style immunization and ADHD follow-up rates by provider; no individuals.",
        frm=f"Quality Team <quality@{LOP}>",
        to=f"providers@{LOP}",
        subject="Q3 quality dashboard",
        body="Q3 numbers attached. ADD initiation is up 6 points; CIS Combo 10 still below the Wellmark target of 80%.\n\nTamsin",
        atts=(
            Att(
                "Q3_quality.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                QUALITY,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinic coverage with specialties",
        notes="Hard negative: clinicians' names, specialties and NPIs for holiday coverage; diseases named as clinic types.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"allstaff@{LOP}",
        subject="Thanksgiving week coverage",
        body=(
            "Coverage for Nov 23-27:\n\n- Asthma clinic: Dr. Marcus Feld (NPI 1609094465)\n"
            "- ADHD med checks: Sam Becker, PNP (NPI 1321989059)\n- Newborn visits: Dr. Ngozi Okoro\n"
            "- Dr. Raman off Wed-Fri\n\nOn-call after hours goes through the CVMC nurse line as usual."
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test HL7",
        notes="Hard negative: interface test message with ZZTEST patient clearly labelled as test, processing flag T.",
        frm=f"Alex Mercado <amercado@{LOP}>",
        to="iris-support@idph.iowa.gov",
        subject="TEST ONLY - VXU connectivity check after cert renewal",
        body=(
            "Hi,\n\nAfter renewing our TLS certificate we sent the attached TEST message (processing ID 'T', "
            "fake patient ZZTEST BABYGIRL ONE). Please confirm you received an ACK on the test endpoint. No real patient data.\n\nAlex Mercado\nIT Analyst"
        ),
        atts=(Att("TEST_VXU.hl7", "application/hl7-v2", TEST_HL7),),
    ),
    Spec(
        phi=False,
        category="CME agenda PDF",
        notes="Hard negative: bronchiolitis/RSV CME agenda with speakers; no patient.",
        frm=f"Dr. Ngozi Okoro <nokoro@{LOP}>",
        to="iowaaap-members@iowaaap.org",
        subject="Dec 3 CME - bronchiolitis and RSV prevention",
        body="Colleagues, agenda attached. RSVP to tgale@littleoakspeds.com by Nov 25 so we can order dinner.\n\nNgozi",
        atts=(Att("CME_agenda_Dec3.pdf", "application/pdf", AGENDA_PDF),),
    ),
    Spec(
        phi=False,
        category="stimulant prescribing policy DOCX",
        notes="Hard negative: controlled substance policy with prescribers' DEA numbers; no patient.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"providers@{LOP}",
        subject="Updated policy CS-04 for signature",
        body="Please read and attest by 11/30. Main change: PMP check every 90 days instead of every 6 months.",
        atts=(
            Att(
                "CS-04_stimulants.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                POLICY_DOCX,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="amoxicillin shortage",
        notes="Hard negative: drug shortage notice with alternatives and doses in mg/kg; no patient.",
        frm=f"Dr. Priya Raman <praman@{LOP}>",
        to=f"providers@{LOP}",
        subject="Amoxicillin 400 mg/5 mL shortage - alternatives",
        body=(
            "Local pharmacies are out of amoxicillin 400/5 suspension again. Options:\n"
            "1) 250 mg/5 mL suspension (bigger volumes, check the bottle size)\n2) chewables 250 mg for kids who can chew\n"
            "3) for AOM with PCN allergy: cefdinir 14 mg/kg/day\n\nPlease don't switch to azithro just because of the shortage.\n\nPriya"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified ADHD outcomes CSV (study ids, age in months, year, codes) to a university partner under a DUA.",
        frm=f"Dr. Marcus Feld <mfeld@{LOP}>",
        to="kchen@uiowa-research.edu",
        subject="Extract for the stimulant response project",
        body=(
            "Kevin,\n\nAttached is the de-identified extract per the DUA (no dates beyond year, no ZIPs, "
            "study IDs only - the crosswalk stays here). 5 rows is the test batch; the full 212 will "
            "follow once you confirm the columns.\n\nMarcus"
        ),
        atts=(Att("adhd_extract_deid_test.csv", "text/csv", DEID_CSV),),
    ),
    Spec(
        phi=False,
        category="EHR vendor ticket forward",
        notes="Forwarded vendor support thread about the fax interface; no patient.",
        frm=f"Alex Mercado <amercado@{LOP}>",
        to=f"tgale@{LOP}",
        subject="Fwd: Case 00918234 - inbound fax queue",
        body="FYI, vendor says the fix goes out Sunday night. Fax queue will be down 11pm-1am.\n\nAlex",
        forward=Spec(
            phi=False,
            category="vendor ticket",
            notes="forwarded",
            frm="Support <support@athenavendor-help.com>",
            to=f"amercado@{LOP}",
            subject="Case 00918234 - inbound fax queue",
            body=(
                "Hello Alex,\n\nEngineering identified the cause of the duplicated inbound faxes (retry "
                "handler on the SIP trunk). A patch is scheduled for Sunday 11/15 23:00 CT.\n\nRegards,\nDevon, Tier 2 Support"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff huddle invite",
        notes="Hard negative: calendar invite about newborn and jaundice workflow for staff; no patient.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"clinical-staff@{LOP}",
        subject="Invitation: Newborn & jaundice workflow huddle",
        body="15 minutes before clinic on Wednesday. We'll review the new bilirubin nomogram tool.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Little Oaks Pediatrics//Staff//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lop-staff-2211@littleoakspeds.com\r\nDTSTAMP:20261109T150000Z\r\n"
            "DTSTART:20261111T141500Z\r\nDTEND:20261111T143000Z\r\nSUMMARY:Newborn & jaundice workflow huddle\r\n"
            "DESCRIPTION:AAP 2022 hyperbilirubinemia thresholds\\, who calls the nursery\\, TcB device cleaning.\r\n"
            "LOCATION:Break room\r\nORGANIZER:mailto:tgale@littleoakspeds.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="payer credentialing",
        notes="Hard negative: credentialing packet details for a new physician (NPI, DEA, licence); provider identifiers only.",
        frm=f"Credentialing <credentialing@{LOP}>",
        to="provider.enrollment@iowatotalcare-partner.com",
        subject="Provider enrollment - Ngozi Okoro MD",
        body=(
            "Hello,\n\nPlease add Dr. Ngozi Okoro to our group contract (TIN on file).\n"
            "NPI 1954264820\nDEA AO2553700\nIowa licence MD-48821, board certified in Pediatrics (ABP)\nStart date 12/1/2026\n\n"
            "CAQH attested 11/2. Let me know if you need anything else.\n\nLeah Sorensen\nCredentialing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="book drive volunteer reply",
        notes="Reply to a community volunteer's gmail about the Reach Out and Read book drive.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="marnie.olufsen@gmail.com",
        subject="Re: book drive drop-off",
        body=(
            "Hi Marnie,\n\nThank you! You can drop the books at the front desk any weekday 8-5. We "
            "especially need board books and Spanish-language picture books for the 6-month and 1-year "
            "visits.\n\n> Do you still need books for Reach Out and Read? Our church collected about 120."
            + SIG_FD
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT security notice about a phishing email impersonating the EHR; no patient.",
        frm=f"IT Help <ithelp@{LOP}>",
        to=f"allstaff@{LOP}",
        subject="Phishing alert: fake 'Epic password expiring' email",
        body=(
            "Several of you received an email saying your EHR password expires today with a link to "
            "'ehr-login-update.com'. It is phishing. Do not click. If you entered your password, call "
            "x2200 right away so we can reset it and check your MFA.\n\nAlex, IT"
        ),
    ),
    Spec(
        phi=False,
        category="CPR recertification notice",
        notes="Staff notice naming workforce members due for PALS/BLS renewal; no patients.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"clinical-staff@{LOP}",
        subject="BLS/PALS renewals due by Dec 31",
        body=(
            "The following need BLS or PALS renewal before Dec 31: Jolene Whitaker (BLS), Sam Becker (PALS), "
            "Maribel Osei (BLS), Hana Kurosawa (BLS). On-site class Dec 9, 1-5 pm, conference room. "
            "Practice pays the fee.\n\nTamsin"
        ),
    ),
    Spec(
        phi=False,
        category="pharma lunch scheduling",
        notes="Vendor rep lunch scheduling about a vaccine product; no patient.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="jordan.pike@gsk-rep-mail.com",
        subject="Re: lunch in-service",
        body=(
            "Hi Jordan,\n\nTuesday Dec 8 works for a lunch in-service on the new MenABCWY schedule. We "
            "have 14 staff, two vegetarians, one gluten free. Please keep it to 30 minutes.\n\nKaylee"
        ),
    ),
    Spec(
        phi=False,
        category="holiday payroll schedule",
        notes="Hard negative: payroll and HR mail with staff names and employee numbers; no health information.",
        frm=f"Payroll <payroll@{LOP}>",
        to=f"allstaff@{LOP}",
        subject="Holiday payroll dates and PTO cutoff",
        body=(
            "Payday for the 11/16-11/29 period moves to Wednesday 12/2. Submit PTO requests in Paylocity "
            "by 11/20. Employee IDs E1043 (Kaylee Brandt) and E1077 (Ron Baptiste) - please re-enter "
            "your direct deposit after the bank change.\n\nYvette, Payroll"
        ),
    ),
    Spec(
        phi=False,
        category="new family enquiry reply",
        notes="Hard negative: reply to a newly moved family's outlook address asking if the practice takes new families; generic info, no care or condition.",
        frm=f"Kaylee Brandt <kbrandt@{LOP}>",
        to="claire.dufresne@outlook.com",
        subject="Re: new families",
        body=(
            "Hi Claire,\n\nWelcome to Cedar Falls! Yes, all of our providers are accepting new families. "
            "Our free meet-the-practice evening is the first Tuesday of each month at 5:30 pm. We accept Wellmark, Iowa Total Care, Molina and "
            "Iowa Medicaid plans. New-family forms are at littleoakspeds.com/newfamilies.\n\n> We just moved "
            "to Cedar Falls and are looking for a pediatrician. Are you taking new families?"
            + SIG_FD
        ),
    ),
    Spec(
        phi=False,
        category="facilities notice",
        notes="Facilities notice about parking lot resurfacing.",
        frm=f"Tamsin Gale <tgale@{LOP}>",
        to=f"allstaff@{LOP}",
        subject="North lot closed Saturday",
        body="The north lot will be resurfaced Saturday 11/14. Staff please park at the church lot across Sycamore. Sick-visit families can use the south lot.",
    ),
    Spec(
        phi=False,
        category="vaccine information statements ZIP",
        notes="Hard negative: ZIP of generic vaccine information statements sent to a school nurse; no child.",
        frm=f"Jolene Whitaker <jwhitaker@{LOP}>",
        to=f"rokafor@{CFSD}",
        subject="VIS sheets for the school flu clinic",
        body="Renata, here are the current VIS texts you asked for, for the consent packets."
        + SIG_RN,
        atts=(
            Att(
                "VIS_current.zip",
                "application/zip",
                zipped(
                    {
                        "VIS_influenza_inactivated.txt": "Influenza (Flu) Vaccine (Inactivated or Recombinant): What you need to know.\nInfluenza can cause fever, chills, sore throat, muscle aches. Everyone 6 months and older should get a flu vaccine every season.\n",
                        "VIS_influenza_live_intranasal.txt": "Live, Intranasal Influenza Vaccine: What you need to know.\nNot for children under 2, pregnant people, or children 2-4 with asthma or wheezing in the past 12 months.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="triage protocol TXT",
        notes="Hard negative: nurse triage protocol text for fever in infants (temperatures, meds, ER criteria); no patient.",
        frm=f"Dr. Priya Raman <praman@{LOP}>",
        to=f"triage@{LOP}",
        subject="Revised fever protocol for the phone script",
        body="Replaces the 2024 version. Please print for the triage desk.\n\nPriya",
        atts=(
            Att(
                "fever_protocol_v3.txt",
                "text/plain",
                "FEVER - PHONE TRIAGE (v3, Nov 2026)\n"
                "Age < 60 days with rectal temp >= 100.4 F: send to ED now.\n"
                "Age 2-6 months with temp >= 102.2 F or any fever > 24 h: same-day visit.\n"
                "Acetaminophen 15 mg/kg every 4-6 h; ibuprofen 10 mg/kg every 6-8 h only if > 6 months.\n"
                "Call 911: blue lips, limp, not responding, seizure > 5 min.\n",
            ),
        ),
    ),
]
