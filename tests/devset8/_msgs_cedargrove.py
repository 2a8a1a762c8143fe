"""Cedar Grove School-Based Health Centers: 18 PHI and 18 non-PHI outbound messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CGS, Att, Spec

SCHOOLS = "cedargrove.k12.mn.us"
SIG_NP = (
    "\n\n--\nAlejandra Fuentes-Moreau, APRN, CPNP\nCedar Grove School-Based Health Center\n"
    "Cedar Grove High School, Room 114 | 612-555-0230\n"
)

SEALANT_CSV = (
    "school,grade,student_last,student_first,dob,consent,teeth_sealed,caries_found,referral\n"
    "Lincoln Elem,2,Vang,Pa Nhia,2018-09-14,Y,3 14 19 30,N,\n"
    "Lincoln Elem,2,Ibrahim,Sumaya,2018-05-02,Y,3 14,Y (#30),Riverbend Dental\n"
    "Lincoln Elem,2,Kowalski,Owen,2019-01-27,Y,3 14 19 30,N,\n"
    "Lincoln Elem,3,Castaneda,Ximena,2017-11-08,Y,19 30,Y (#19 #20),URGENT - pain\n"
    "Lincoln Elem,3,Blackfeather,Tate,2017-07-19,Y,3 14 19 30,N,\n"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <title>Summary of Care - Cedar Grove School-Based Health Center</title>
  <effectiveTime value="20261110"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.8812.4" extension="CGS0027731"/>
      <addr><streetAddressLine>518 Prairie View Dr</streetAddressLine><city>Millbrook</city>
        <state>MN</state><postalCode>55412</postalCode></addr>
      <telecom value="tel:+1-612-555-0261"/>
      <patient>
        <name><given>Isabella</given><family>Marchetti</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="20110613"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Type 1 diabetes mellitus (E10.9); Celiac disease (K90.0)</text></section></component>
    <component><section><title>Medications</title>
      <text>Insulin lispro via pump; insulin glargine backup 14 units; glucagon nasal 3 mg</text>
    </section></component>
    <component><section><title>Results</title>
      <text>HbA1c 8.3% (2026-10-02); TSH 2.1</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

TRAINING_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>TRAINING ENVIRONMENT - SYNTHETIC RECORD - NOT A REAL PERSON</title>
  <recordTarget><patientRole><id extension="TRN-000001"/>
    <patient><name><given>STUDENT ALPHA</given><family>TRAINING</family></name>
      <birthTime value="20120101"/></patient></patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <text>Practice entry: asthma (training only)</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837P = (
    "ISA*00*          *00*          *ZZ*CEDARGROVESBHC *ZZ*CLAIMBRIDGE    *261111*0932*^*00501*"
    "000000772*0*P*:~GS*HC*CEDARGROVESBHC*CLAIMBRIDGE*20261111*0932*772*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*CG772*20261111*0932*CH~"
    "NM1*85*2*CEDAR GROVE SCHOOL BASED HEALTH*****XX*1881645364~"
    "SBR*P*19*******MC~NM1*IL*1*DELACRUZ*ANDRES****MI*00603318842~"
    "N3*77 WILLOW BEND~N4*MILLBROOK*MN*55412~DMG*D8*20100419*M~"
    "CLM*CG55018*185.00***03:B:1*Y*A*Y*Y~HI*ABK:J02.0*ABF:J45.30~DTP*472*D8*20261103~"
    "LX*1~SV1*HC:99213*125.00*UN*1***1~LX*2~SV1*HC:87880*60.00*UN*1***1~"
    "NM1*IL*1*PRINCE*TALIA****MI*00611940377~DMG*D8*20090902*F~"
    "CLM*CG55019*210.00***03:B:1*Y*A*Y*Y~HI*ABK:F41.1~DTP*472*D8*20261104~"
    "LX*1~SV1*HC:90834*210.00*UN*1***1~SE*24*0001~GE*1*772~IEA*1*000000772~"
)


def _imm_book() -> bytes:
    return xlsx(
        {
            "Exclusion risk": [
                ["Student", "DOB", "Grade", "Missing", "Exemption on file", "Parent phone"],
                ["Bashir, Yusuf", "2019-03-30", "1", "MMR #2, Varicella #2", "No", "612-555-0244"],
                ["Lindahl, Emma", "2015-10-07", "5", "Tdap", "No", "612-555-0217"],
                ["Nakamura-Ruiz, Kenji", "2014-02-21", "7", "MenACWY, Tdap", "No", "612-555-0286"],
                ["Osei, Abena", "2014-12-15", "7", "Hep B #3", "Medical - pending", "612-555-0209"],
            ],
            "Scheduled catch-up": [
                ["Student", "Clinic date", "Vaccines"],
                ["Bashir, Yusuf", "2026-11-18", "MMR, VAR"],
                ["Lindahl, Emma", "2026-11-19", "Tdap"],
            ],
        }
    )


def _nurse_schedule() -> bytes:
    return xlsx(
        {
            "Week of 11-16": [
                ["Site", "Mon", "Tue", "Wed", "Thu", "Fri"],
                [
                    "Cedar Grove HS",
                    "Fuentes-Moreau",
                    "Fuentes-Moreau",
                    "Lee",
                    "Fuentes-Moreau",
                    "Lee",
                ],
                ["Lincoln Elem", "Lee", "Haugen", "Haugen", "Lee", "Haugen"],
                ["Roosevelt MS", "Haugen", "Lee", "Fuentes-Moreau", "Haugen", "Fuentes-Moreau"],
            ],
            "Week of 11-23": [
                ["Site", "Mon", "Tue", "Wed", "Thu", "Fri"],
                ["Cedar Grove HS", "Lee", "Lee", "CLOSED", "CLOSED", "CLOSED"],
                ["Lincoln Elem", "Haugen", "Haugen", "CLOSED", "CLOSED", "CLOSED"],
            ],
            "Phone list": [
                ["Name", "Role", "Cell"],
                ["Alejandra Fuentes-Moreau", "CPNP", "612-555-0291"],
                ["Soo-Jin Lee", "RN", "612-555-0292"],
                ["Mikkel Haugen", "LPN", "612-555-0293"],
            ],
        }
    )


_FWD_SEIZURE = Spec(
    phi=True,
    category="fwd",
    notes="forwarded original",
    frm=f"Karin Wold RN <kwold@{SCHOOLS}>",
    to=f"SBHC Roosevelt <roosevelt@{CGS}>",
    subject="FW: Elijah's seizure meds",
    body=(
        "Forwarding from mom. Elijah Freeman, 6th grade, Ms. Ortiz. He had a 2-minute "
        "tonic-clonic seizure in PE on Monday, we gave the Nayzilam per his plan. Mom says "
        "neurology increased his levetiracetam to 750 mg BID last week and she isn't sure the "
        "school dose card was updated. Can your NP confirm with Dr. Abiodun's office?\n\n"
        "Karin Wold, RN, LSN\nRoosevelt Middle School\n"
    ),
)


PHI = [
    Spec(
        phi=True,
        category="sports physical clearance with restriction",
        notes="Student named with a heart murmur and a contact-sports restriction, sent to the "
        "athletic director.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to=f"Athletics <athletics@{SCHOOLS}>",
        subject="Sports physicals from Tuesday - 1 restriction",
        body=(
            "Hi Coach Lindstrom,\n\nFrom Tuesday's sports physical clinic: 22 students fully "
            "cleared (the signed MSHSL forms are in the athletic office drop box).\n\nOne "
            "restriction: Jayden Brooks (grade 10, boys basketball) is NOT cleared for contact "
            "practice until he sees pediatric cardiology for a new heart murmur with "
            "dizziness on exertion. Appointment is 11/20. He can do non-contact conditioning "
            "only. His mom knows and signed the release." + SIG_NP
        ),
    ),
    Spec(
        phi=True,
        category="asthma action plan PDF",
        notes="Asthma action plan PDF for a named student with medications, sent to the school "
        "nurse.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to=f"Health Office Lincoln <healthoffice.lincoln@{SCHOOLS}>",
        subject="Updated asthma action plan",
        body=(
            "Updated plan attached after yesterday's visit. Please replace the one in the binder.\n"
        ),
        atts=(
            Att(
                "asthma_action_plan_2026-27.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR GROVE SCHOOL-BASED HEALTH CENTERS - ASTHMA ACTION PLAN",
                        "Student: Marcus Ogunleye     DOB: 04/11/2017     Grade 3, Room 12",
                        "Diagnosis: Moderate persistent asthma (J45.40)",
                        "GREEN: Flovent HFA 110 mcg 2 puffs twice daily (at home)",
                        "YELLOW: Albuterol 90 mcg 4 puffs with spacer every 4 hours as needed",
                        "RED: Albuterol 6 puffs, call 911, call parent 612-555-0238",
                        "Triggers: cold air, recess after rain, cats",
                        "Prescriber: A. Fuentes-Moreau, CPNP",
                    ],
                    "Asthma Action Plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="immunization exclusion XLSX multisheet",
        notes="Hard positive: workbook of students with DOBs, missing vaccines and an "
        "exemption status, sent to the school office.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to=f"Attendance Office <attendance@{SCHOOLS}>",
        cc=f"afuentes@{CGS}",
        subject="Exclusion date 12/1 - students still out of compliance",
        body=(
            "Hi Renee,\n\nAttached is the list of students who will be excluded on 12/1 "
            "unless they get caught up. Second tab shows the ones we already scheduled at our "
            "catch-up clinic. Can the office call the other families?\n\nSoo-Jin\n"
        ),
        atts=(Att("imm_exclusion_list_1201.xlsx", XLSX, _imm_book()),),
    ),
    Spec(
        phi=True,
        category="strep result to parent gmail",
        notes="NP emails a parent at gmail: child's name, positive strep test and antibiotic.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to="danielle.kerrigan.mom@gmail.com",
        subject="Sophie's throat culture",
        body=(
            "Hi Danielle,\n\nSophie's rapid strep test came back positive this afternoon. I "
            "sent amoxicillin 500 mg twice a day for 10 days to the CVS on Lake St. She can "
            "come back to school after 12 hours on the antibiotic and no fever - so most "
            "likely Thursday. Please call if she can't swallow fluids or the fever goes above "
            "103.\n\nTake care," + SIG_NP
        ),
    ),
    Spec(
        phi=True,
        category="therapy pass request first name + grade",
        notes="Hard positive: first name, grade and homeroom plus anxiety therapy to a school "
        "counselor.",
        frm=f"Devon Achterberg LPCC <dachterberg@{CGS}>",
        to=f"Ms. Grace Nwosu <gnwosu@{SCHOOLS}>",
        subject="pass for Tuesdays",
        body=(
            "Hi Grace - Aaliyah (7th, Mr. Dunn's homeroom) started weekly therapy with me for "
            "anxiety and panic attacks. Can she get a standing pass out of 4th period on "
            "Tuesdays, 11:10-11:55, through January? Her mom signed the release to share "
            "scheduling info with you. She'd prefer her teachers not know why.\n\nThanks!\n"
            "Devon\n"
        ),
    ),
    Spec(
        phi=True,
        category="vision screening referral to parent",
        notes="HTML-only letter to a parent's yahoo address: child failed vision screening "
        "with acuity values.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to="r.alvarez.family@yahoo.com",
        subject="Vision screening follow-up for Mateo",
        body="",
        html=(
            "<html><body><p>Dear Alvarez family,</p><p>At the vision screening on November 4, "
            "<b>Mateo Alvarez</b> (grade 4) did not pass:</p><ul><li>Right eye: 20/50</li>"
            "<li>Left eye: 20/25</li><li>Possible amblyopia - referral to pediatric eye "
            "care recommended</li></ul><p>Medical Assistance covers an eye exam and glasses. "
            "We can book him with Northfield Eye Clinic; call us at 612-555-0230.</p>"
            "<p>Cedar Grove School-Based Health Center</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="dental sealant roster CSV",
        notes="CSV of students with DOBs, sealed teeth and caries findings to the partner "
        "dental clinic.",
        frm=f"Mobile Dental <mobiledental@{CGS}>",
        to="Riverbend Dental <dental@riverbendchc.org>",
        subject="Lincoln sealant day results + 2 referrals",
        body=(
            "Hi Riverbend Dental,\n\nResults from the Lincoln Elementary sealant day are "
            "attached. Two kids need restorative care; Ximena's is urgent (pain, two lower "
            "molars) - her bitewings are in the zip. Parents consented to the referral.\n\n"
            "Thanks,\nNoor Haddad, RDH\n"
            "Cedar Grove Mobile Dental\n"
        ),
        atts=(
            Att("lincoln_sealants_1105.csv", "text/csv", SEALANT_CSV),
            Att(
                "bitewings_Castaneda_Ximena_2026-11-05.zip",
                "application/zip",
                zipped(
                    {
                        "Castaneda_Ximena_BW_L.png": png(5, 5, (90, 90, 90)),
                        "Castaneda_Ximena_BW_R.png": png(5, 5, (100, 100, 100)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="minor contraception initials + DOB",
        notes="Hard positive: teen identified by initials and DOB with Depo due date and "
        "confidentiality request.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to=f"Soo-Jin Lee RN <slee@{CGS}>",
        subject="Depo reminders Dec",
        body=(
            "Soo-Jin, for the December Depo list:\n\nK.T.  DOB 02/11/2010  due 12/1  -- "
            "confidential, minor consent, do NOT call home, text her cell only\n"
            "M.R.  DOB 09/29/2009  due 12/8\nJ.W.-H. DOB 05/16/2009 due 12/10 (also due "
            "for chlamydia screen)\n\nThanks!\nA\n"
        ),
    ),
    Spec(
        phi=True,
        category="well-child ICS to parent",
        notes="Calendar invite to parent's outlook for a child's well visit and vaccines.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to="Tomas Herrera <tomas.herrera77@outlook.com>",
        subject="Appointment for Lucia Herrera - Wed Nov 18",
        body=(
            "Lucia's well-child check and 11-year vaccines are scheduled during the school "
            "day. A parent does not need to attend, but please return the health history "
            "form.\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Grove SBHC//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cgs-5513@cedargrovesbhc.org\r\n"
            "DTSTAMP:20261109T140000Z\r\nDTSTART:20261118T160000Z\r\n"
            "DTEND:20261118T164000Z\r\nSUMMARY:Lucia Herrera - well child 11y + Tdap\\, "
            "HPV\\, MenACWY\r\nLOCATION:Roosevelt MS health center\r\n"
            "ATTENDEE;CN=Tomas Herrera:mailto:tomas.herrera77@outlook.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded seizure med question rfc822",
        notes="Hard positive: NP forwards a school nurse's mail (as attachment) to neurology; "
        "the student's name, seizure and dose sit in the forwarded part.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to="Nurse Line <nurseline@childrensneuro-mn.org>",
        subject="FW: school dose card question",
        body=(
            "Hello, see the forwarded note from the school nurse. Could Dr. Abiodun's team "
            "fax the updated school medication order to 612-555-0231? Thank you." + SIG_NP
        ),
        forward=_FWD_SEIZURE,
    ),
    Spec(
        phi=True,
        category="X12 837P school visits",
        notes="837P with two students' names, MA ids, DOBs, diagnoses (strep, asthma, anxiety).",
        frm=f"SBHC Billing <billing@{CGS}>",
        to="Support <support@claimbridge.net>",
        subject="Batch 772 - please check loop 2010BA",
        body=(
            "Hello, batch 772 came back with a 999 error on the second claim. File attached. "
            "Could you tell us which segment is malformed?\n\nThanks,\nLorenzo Bianchi\n"
        ),
        atts=(Att("CG_batch_772.x12", "application/edi-x12", X12_837P),),
    ),
    Spec(
        phi=True,
        category="EpiPen subject-only",
        notes="Hard positive: subject gives student first name, last initial and grade with an "
        "expired EpiPen; body is a two-line reply.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to=f"Health Office Lincoln <healthoffice.lincoln@{SCHOOLS}>",
        subject="Re: Diego R. 4th gr - EpiPen expired, peanut allergy plan",
        body="Replaced - new one is in his labeled bag in the office. Plan unchanged.\n\nSJ\n",
    ),
    Spec(
        phi=True,
        category="concussion return-to-learn DOCX",
        notes="DOCX academic accommodation plan for a named student after a concussion.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to=f"Student Services <studentservices@{SCHOOLS}>",
        subject="Return to learn plan",
        body="Plan attached. Parents have a copy. Please share with her teachers.\n",
        atts=(
            Att(
                "return_to_learn_Pedersen.docx",
                DOCX,
                docx(
                    [
                        "Cedar Grove School-Based Health Center - Return to Learn Plan",
                        "Student: Annika Pedersen   DOB 07/23/2009   Grade 11",
                        "Injury: concussion (S06.0X0A) during soccer on 11/2/2026",
                        "Symptoms: headache, light sensitivity, trouble concentrating",
                        "Accommodations: half days week 1; no tests until cleared; rest breaks;",
                        "sunglasses allowed; extra time on assignments; no PE",
                        "Re-evaluation: 11/16 at SBHC",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="safety plan to parent icloud",
        notes="Counselor emails a parent the teen's safety plan after a positive suicide-risk "
        "screen.",
        frm=f"Devon Achterberg LPCC <dachterberg@{CGS}>",
        to="karen.mbeki@icloud.com",
        subject="Following up on today - Thabo's safety plan",
        body=(
            "Dear Ms. Mbeki,\n\nThank you for coming in so quickly today. As we discussed, "
            "Thabo screened positive on the ASQ suicide risk screen (no current plan). Here is "
            "the safety plan we wrote together:\n\n1. Warning signs: not sleeping, skipping "
            "meals, staying in his room\n2. Coping: basketball, music, texting his cousin\n"
            "3. People to call: you, Uncle Sipho, me (612-555-0234)\n4. Crisis line: 988\n"
            "5. Lock up the medications and remove the hunting rifle from the house as we "
            "talked about\n\nHis first session with the psychiatric NP is Monday 11/16. "
            "Please call me anytime.\n\nDevon Achterberg, LPCC\nSchool-Based Mental Health\n"
        ),
    ),
    Spec(
        phi=True,
        category="ADHD stimulant prescription to pharmacy",
        notes="Controlled-substance note to a pharmacy: student name, DOB, methylphenidate "
        "dose; prescriber DEA.",
        frm=f"Alejandra Fuentes-Moreau <afuentes@{CGS}>",
        to="Pharmacy <rx1147@lakestreetpharmacy.com>",
        subject="e-Rx sent - please hold old script",
        body=(
            "Hello,\n\nI sent a new e-prescription this morning for Noah Kim (DOB "
            "01/30/2014): methylphenidate ER 27 mg, 1 tab every morning, #30, no refills. "
            "Please cancel the 18 mg script from October - dose was increased because his "
            "ADHD symptoms are still affecting afternoon classes.\n\nPrescriber DEA MT2608276, "
            "NPI 1602264024." + SIG_NP
        ),
    ),
    Spec(
        phi=True,
        category="CGM screenshot PNG",
        notes="PNG glucose-monitor screenshot named with the student's name, sent to pediatric "
        "endocrinology.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to="Diabetes Educators <cde@mnpedsendo.org>",
        subject="lows at lunch again",
        body=(
            "Hi, attaching today's screenshot - third day this week she's dropping to the 50s "
            "after lunch. Can someone review the carb ratio? Parents okay with us contacting "
            "you.\n\nSoo-Jin Lee, RN\nCedar Grove SBHC\n"
        ),
        atts=(Att("Lily_Chen_dexcom_2026-11-10.png", "image/png", png(8, 4, (30, 160, 90))),),
    ),
    Spec(
        phi=True,
        category="C-CDA transfer summary",
        notes="Hard positive: body names no one; C-CDA attachment has name, DOB, address, "
        "type 1 diabetes and celiac disease.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to="Records <records@westlakepeds.com>",
        subject="Summary of care - transfer",
        body=(
            "Hello Westlake Pediatrics,\n\nPer the family's request, attached is the summary of "
            "care for a student transferring to your clinic. Please contact us with any "
            "questions.\n\nCedar Grove SBHC Medical Records\n"
        ),
        atts=(Att("summary_of_care_CGS0027731.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="head lice follow-up named student",
        notes="Hard positive: nurse tells a parent's aol address that her named daughter "
        "was treated for lice and may return.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to="brenda.kowalczyk58@aol.com",
        subject="Harper can come back tomorrow",
        body=(
            "Hi Brenda,\n\nI rechecked Harper this morning after the permethrin treatment and "
            "found no live lice, only a few nits behind her ears. She can go back to class "
            "tomorrow. Repeat the permethrin on day 9 (11/18) and wash pillowcases again.\n\n"
            "Soo-Jin Lee, RN\n"
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="flu clinic family newsletter",
        notes="Family newsletter about school flu clinics; health topic with no individual.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to=f"Families list <families@{SCHOOLS}>",
        subject="Free flu shots at school - Nov 16-20",
        body="",
        html=(
            "<html><body><h2>Flu shots at school!</h2><p>The school-based health center will "
            "give free flu vaccines (shot or nasal spray) to any student with a signed consent "
            "form, insured or not.</p><ul><li>Lincoln Elementary: Mon 11/16</li>"
            "<li>Roosevelt Middle: Wed 11/18</li><li>Cedar Grove High: Fri 11/20</li></ul>"
            "<p>Consent forms are in backpacks and at the front office in English, Spanish, "
            "Somali and Hmong.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate immunization compliance",
        notes="Hard negative: compliance percentages by school and grade, no students.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to=f"Superintendent <superintendent@{SCHOOLS}>",
        subject="Immunization compliance snapshot - Nov 1",
        body=(
            "Dr. Halloran,\n\nSnapshot as of November 1:\n\n  Lincoln Elem (K-5): 93.4% "
            "complete, 2.1% exempt, 4.5% in progress\n  Roosevelt MS (6-8): 88.9% complete, "
            "3.0% exempt, 8.1% in progress (Tdap/MenACWY)\n  Cedar Grove HS (9-12): 91.2% "
            "complete, 2.6% exempt, 6.2% in progress\n\nThe exclusion date is 12/1. We are "
            "running catch-up clinics 11/18 and 11/19.\n\nSoo-Jin Lee, RN\n"
        ),
    ),
    Spec(
        phi=False,
        category="foundation grant report",
        notes="Hard negative: grant report with visit and counselling counts, anxiety and "
        "depression prevalence as percentages.",
        frm=f"Program Director <director@{CGS}>",
        to="Grants <grants@twincitieskidsfoundation.org>",
        subject="Year 2 interim report - school mental health expansion",
        body=(
            "Dear Ms. Abernathy,\n\nPlease find our interim report below.\n\nJuly-October "
            "2026:\n- 1,318 total SBHC visits (up 22%)\n- 412 behavioral health sessions for "
            "186 unique students\n- 38% of students seen for behavioral health had anxiety as "
            "the primary concern, 27% depression, 11% grief/trauma\n- PHQ-A improvement of "
            "5+ points in 61% of students with 6+ sessions\n- Wait for a first counseling "
            "appointment: 6 school days (goal: 5)\n\nThe second LPCC starts in January.\n\n"
            "Warm regards,\nMargarethe Solberg\nProgram Director\n"
        ),
    ),
    Spec(
        phi=False,
        category="NP job posting",
        notes="Job posting for a pediatric nurse practitioner.",
        frm=f"Program Director <director@{CGS}>",
        to="Jobs <jobs@mnnpassociation.org>",
        subject="Job posting: Pediatric NP, school-based (school-year schedule)",
        body=(
            "Please share with your members:\n\nCedar Grove School-Based Health Centers seek "
            "a Pediatric or Family Nurse Practitioner, 0.9 FTE, school-year schedule with "
            "summers off. You'll provide primary care, sports physicals, reproductive health "
            "and mental health first-line care to students K-12 in three school sites.\n\n"
            "Requirements: MN APRN license, DEA registration (or eligible), 2 years pediatric "
            "experience preferred. Spanish or Somali a plus.\n\nContact Margarethe Solberg.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vaccine fridge monitor invoice",
        notes="Hard negative: device serial numbers of vaccine refrigerator loggers (not "
        "patient devices) on a vendor invoice.",
        frm=f"Operations <ops@{CGS}>",
        to="Billing <ar@coldchainsense.com>",
        subject="Invoice 22871 - 3 data loggers, serials don't match",
        body=(
            "Hi,\n\nInvoice 22871 lists loggers SN CCS-4471-0932, CCS-4471-0933 and "
            "CCS-4471-0951, but the units we received are CCS-4471-0932, -0933 and -0948. "
            "Calibration certificates also need to match for our VFC audit. Can you reissue?\n\n"
            "Also confirming the annual monitoring subscription ($540) renews 1/1.\n\n"
            "Thanks,\nHarriet Olumide\nSBHC Operations\n"
        ),
    ),
    Spec(
        phi=False,
        category="school-wide lice notice",
        notes="Hard negative: general head lice notice to families, no child identified.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to=f"Lincoln Families <lincolnfamilies@{SCHOOLS}>",
        subject="Head lice - tips for families",
        body=(
            "Dear Lincoln Elementary families,\n\nLike every fall, we've seen some cases of head "
            "lice this month. Lice are common, are not a sign of poor hygiene and do not spread "
            "disease.\n\n- Check your child's hair weekly, especially behind the ears\n- Avoid "
            "sharing hats and brushes\n- Over-the-counter permethrin works for most families; "
            "the SBHC can provide it free\n\nStudents do not need to be sent home for nits.\n\n"
            "Cedar Grove School-Based Health Center\n"
        ),
    ),
    Spec(
        phi=False,
        category="school board de-identified stats",
        notes="Hard negative: board presentation figures on mental health visits by grade "
        "band; no individuals (smallest cell 14).",
        frm=f"Program Director <director@{CGS}>",
        to=f"School Board Clerk <boardclerk@{SCHOOLS}>",
        subject="Slides for 11/17 board meeting - SBHC update",
        body=(
            "Hi Jan,\n\nCould you add these numbers to slide 6? Mental health visits by grade "
            "band, fall 2026:\n\n  K-5: 14 students, 61 visits\n  6-8: 71 students, 188 "
            "visits\n  9-12: 101 students, 163 visits\n\nTop reasons: anxiety, depression, "
            "family stress, substance use (vaping). No cell under 11 is shown, per our data "
            "policy.\n\nMargarethe\n"
        ),
    ),
    Spec(
        phi=False,
        category="blank consent form template DOCX",
        notes="Hard negative: blank consent form with empty student name, DOB and diagnosis "
        "fields.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to=f"Front Offices <frontoffices@{SCHOOLS}>",
        subject="NEW consent form 2026-27 - please print from this version",
        body=(
            "Front office staff,\n\nAttached is the updated SBHC enrollment & consent form. "
            "Please recycle the old ones (they still list the old fax number).\n\nThank you!\n"
        ),
        atts=(
            Att(
                "SBHC_consent_form_2026-27_BLANK.docx",
                DOCX,
                docx(
                    [
                        "Cedar Grove School-Based Health Centers - Enrollment and Consent",
                        "Student name: ______________________  Date of birth: ___/___/_____",
                        "School: __________  Grade: ____  Student ID: __________",
                        "Insurance: [ ] Medical Assistance  [ ] Private  [ ] None",
                        "Known diagnoses / allergies: ______________________________",
                        "Services I consent to: [ ] primary care [ ] dental [ ] mental health",
                        "Parent/guardian signature: __________________  Date: ________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="naloxone training for school staff",
        notes="Training announcement on naloxone and Stop the Bleed for school staff.",
        frm=f"Soo-Jin Lee RN <slee@{CGS}>",
        to=f"All Staff HS <staff.hs@{SCHOOLS}>",
        subject="Naloxone + Stop the Bleed training, Nov 24 PD day",
        body=(
            "Hello Cedar Grove HS staff,\n\nOn the Nov 24 PD day we'll run two 45-minute "
            "sessions in the media center:\n\n 8:30 Recognizing an opioid overdose and giving "
            "Narcan nasal spray\n 9:30 Stop the Bleed: tourniquets and wound packing\n\nEvery "
            "classroom wing now has a Narcan box next to the AED. Sign up on the PD sheet.\n\n"
            "Soo-Jin Lee, RN\n"
        ),
    ),
    Spec(
        phi=False,
        category="stock medication order",
        notes="Hard negative: school stock epinephrine and albuterol order with NDCs, not "
        "tied to any student.",
        frm=f"Operations <ops@{CGS}>",
        to="Customer Care <orders@medsupplynorth.com>",
        subject="PO 602-18-4410 stock meds for 3 schools",
        body=(
            "Please process PO 602-18-4410:\n\n 6  epinephrine auto-injector 0.3 mg 2-pk "
            "(NDC 49502-0500-02)\n 6  epinephrine auto-injector 0.15 mg 2-pk (NDC "
            "49502-0501-02)\n12  albuterol HFA 90 mcg inhaler\n50  disposable spacers\n"
            " 4  naloxone 4 mg nasal spray 2-pk\n\nThese are undesignated stock meds under the "
            "district's standing order. Ship to Cedar Grove HS, Room 114.\n\nHarriet Olumide\n"
        ),
    ),
    Spec(
        phi=False,
        category="telepsychiatry clinician announcement",
        notes="Hard negative: a named psychiatrist with specialty and the conditions treated.",
        frm=f"Program Director <director@{CGS}>",
        to=f"School Counselors <counselors@{SCHOOLS}>",
        subject="Telepsychiatry now on Thursdays",
        body=(
            "Hi counselors,\n\nStarting 11/19, Dr. Fatima Rahman, a child and adolescent "
            "psychiatrist with Lakeside Behavioral, will hold telepsychiatry hours at Roosevelt "
            "and Cedar Grove HS on Thursdays. She treats ADHD, depression, anxiety, bipolar "
            "disorder and eating disorders and can start medications. Referrals go through our "
            "LPCCs as usual.\n\nMargarethe Solberg\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT kiosk setup",
        notes="IT mail about check-in tablets and Wi-Fi.",
        frm=f"IT Support <it@{CGS}>",
        to="District IT <helpdesk@cedargrove.k12.mn.us>",
        subject="Check-in kiosk needs SSID whitelisted",
        body=(
            "Hi district IT,\n\nWe're deploying 3 check-in tablets (Samsung Tab A9, asset tags "
            "CGS-T-014 to -016) at the SBHCs. They need to join the SBHC-SECURE SSID on the "
            "separate VLAN we agreed (VLAN 240), not the student network. MAC addresses:\n"
            "  3C:2E:F9:10:4A:71\n  3C:2E:F9:10:4A:72\n  3C:2E:F9:10:4B:03\n\nCan you add them "
            "before Monday?\n\nJonah Feldstein\nIT Support\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting ICS",
        notes="Hard negative: calendar invite for a staff case-review meeting agenda with no "
        "student named.",
        frm=f"Program Director <director@{CGS}>",
        to=f"SBHC Staff <staff@{CGS}>",
        subject="Monthly SBHC staff meeting",
        body="Agenda: budget, winter break coverage, new consent form, mental health waitlist.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Grove SBHC//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cgs-staff-1126@cedargrovesbhc.org\r\n"
            "DTSTAMP:20261109T140000Z\r\nDTSTART:20261125T211500Z\r\n"
            "DTEND:20261125T223000Z\r\nSUMMARY:SBHC staff meeting - budget\\, coverage\\, "
            "waitlist\r\nLOCATION:Roosevelt MS conference room\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="reply to parent general inquiry",
        notes="Hard negative: reply to a parent's gmail with hours and forms; no child named "
        "and no care discussed.",
        frm=f"Cedar Grove SBHC <sbhc@{CGS}>",
        to="marcus.oyelaran@gmail.com",
        subject="RE: sports physical hours?",
        headers=(("In-Reply-To", "<CAF3b9vN2kq8x@mail.gmail.com>"),),
        body=(
            "Hi Mr. Oyelaran,\n\nThanks for asking! Sports physicals at Cedar Grove HS are "
            "Tuesdays and Thursdays 2:30-4:00 in Room 114, no appointment needed. Please bring "
            "the MSHSL pre-participation form with the history section filled out by a parent. "
            "There is no cost to families; we bill insurance if there is one.\n\nCedar Grove "
            "SBHC\n\n> Hi, what are your hours for sports physicals? Winter season starts soon.\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic training students",
        notes="Hard negative: EHR training with clearly fake students and made-up diagnoses.",
        frm=f"IT Support <it@{CGS}>",
        to=f"New Staff <newstaff@{CGS}>",
        subject="EHR practice logins + training patients",
        body=(
            "Welcome! For practice in the TRAINING environment (never production), use these "
            "fictional students:\n\n  TRAINING, STUDENT ALPHA  - DOB 01/01/2012 - 'asthma' "
            "practice chart\n  TRAINING, STUDENT BRAVO  - DOB 02/02/2013 - 'ADHD' practice "
            "chart\n  TRAINING, STUDENT CHARLIE - DOB 03/03/2010 - 'sports physical' chart\n\n"
            "They're reset every night. Your training login is your normal username + _trn.\n"
            "A sample C-CDA for STUDENT ALPHA is attached so you can practice the import.\n"
        ),
        atts=(Att("TRAINING_student_alpha_ccda.xml", "application/xml", TRAINING_CCDA),),
    ),
    Spec(
        phi=False,
        category="FERPA HIPAA memo PDF",
        notes="Hard negative: policy memo about FERPA vs HIPAA records at school-based clinics.",
        frm=f"Program Director <director@{CGS}>",
        to=f"Principals <principals@{SCHOOLS}>",
        subject="Who can see SBHC records? (1-page memo)",
        body=(
            "Principals,\n\nSeveral of you asked whether school staff can see SBHC visit "
            "records. Short answer: no, not without written authorization. One-page memo "
            "attached.\n\nMargarethe Solberg\n"
        ),
        atts=(
            Att(
                "SBHC_records_FERPA_HIPAA_memo.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR GROVE SCHOOL-BASED HEALTH CENTERS",
                        "Memo: SBHC records, FERPA and HIPAA",
                        "SBHC charts are health records kept by a HIPAA covered entity.",
                        "They are not education records and are not shared with school staff",
                        "without a signed authorization, except in an emergency.",
                        "Minors may consent on their own to some services under MN law",
                        "(e.g. reproductive health, substance use, mental health age 16+).",
                    ],
                    "SBHC records memo",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mental health week newsletter",
        notes="Newsletter about student mental health week with crisis line info.",
        frm=f"Devon Achterberg LPCC <dachterberg@{CGS}>",
        to=f"Families list <families@{SCHOOLS}>",
        subject="Mental Health Awareness Week at Cedar Grove",
        body=(
            "Dear families,\n\nNext week is Mental Health Awareness Week. Students will make "
            "'coping toolkits' in advisory, and on Thursday evening we host a parent session "
            "on teen anxiety and social media (dinner + childcare provided).\n\nIf your child "
            "is struggling, the SBHC offers free counseling at school. In a crisis call or text "
            "988.\n\nDevon Achterberg, LPCC\n"
        ),
    ),
    Spec(
        phi=False,
        category="nurse staffing schedule XLSX multisheet",
        notes="Hard negative: staff schedule and staff phone list across sites, no students.",
        frm=f"Operations <ops@{CGS}>",
        to=f"SBHC Staff <staff@{CGS}>",
        cc=f"Principals <principals@{SCHOOLS}>",
        subject="Coverage schedule thru Thanksgiving",
        body="Coverage for the next two weeks attached (3 tabs). Swaps go through Harriet.\n",
        atts=(Att("coverage_1116_1127.xlsx", XLSX, _nurse_schedule()),),
    ),
]

MESSAGES = PHI + CLEAN
