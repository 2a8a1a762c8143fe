"""Cedar Hollow OB/GYN & Midwifery (obstetrics and midwifery practice): 38 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\n--\nCedar Hollow OB/GYN & Midwifery\n2210 Larch Street, Suite 300, Ashgrove, OH\n"
    "Tel 614-555-0131 | Fax 614-555-0132\n"
    "CONFIDENTIALITY: This message may contain information that is privileged or confidential. "
    "If you received it in error, please notify the sender and delete it."
)

_HL7_PRENATAL = (
    "\r".join(
        [
            "MSH|^~\\&|CHOB_EHR|CEDARHOLLOW|SBRMC_LAB|STBRENDAN|20260512081500||ORU^R01|CH260512-0418|P|2.5.1",
            "PID|1||MR40088217^^^CHOB^MR||KOWALSKI^DANIELA^M||19940314|F|||418 Quarry Hill Rd^^Ashgrove^OH^43127||614-555-0177",
            "PV1|1|O|CHOB^^^CEDARHOLLOW||||1661157507^OSTROWSKI^HELENA^^^MD",
            "OBR|1|CH77120|SB991204|80055^OBSTETRIC PANEL^CPT|||20260508",
            "OBX|1|CE|883-9^ABO GROUP^LN||O||||||F",
            "OBX|2|CE|10331-7^RH TYPE^LN||NEG||||||F",
            "OBX|3|CE|890-4^ANTIBODY SCREEN^LN||NEG||||||F",
            "OBX|4|NM|718-7^HEMOGLOBIN^LN||10.4|g/dL|11.0-15.0|L|||F",
            "OBX|5|CE|5292-8^RPR^LN||NONREACTIVE||||||F",
            "OBX|6|CE|5196-1^HBSAG^LN||NEGATIVE||||||F",
            "OBX|7|CE|7918-6^HIV 1+2 AB^LN||NEGATIVE||||||F",
        ]
    )
    + "\r"
)

_HL7_TEST = (
    "\r".join(
        [
            "MSH|^~\\&|CHOB_EHR|CEDARHOLLOW|ZENLINK_IFACE|ZENLINK|20260513101200||ADT^A04|TEST0001|T|2.5.1",
            "EVN|A04|20260513101200",
            "PID|1||ZZTEST0001^^^CHOB^MR||ZZTEST^OBPATIENT^ONE||20000101|F|||1 TEST WAY^^TESTVILLE^OH^00000",
            "PV1|1|O|CHOB^^^CEDARHOLLOW",
        ]
    )
    + "\r"
)

_FHIR_PA = """{
  "resourceType": "Claim",
  "id": "pa-ch-260514-07",
  "status": "active",
  "use": "preauthorization",
  "patient": {"display": "Renata Vasquez-Holm", "identifier": {"system": "https://tririverhealth.com/member", "value": "TRH884017263"}},
  "created": "2026-05-14",
  "insurer": {"display": "Tri-River Health Plan"},
  "provider": {"display": "Helena Ostrowski MD", "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1661157507"}},
  "priority": {"coding": [{"code": "normal"}]},
  "diagnosis": [
    {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "O09.522", "display": "Supervision of elderly multigravida, second trimester"}]}},
    {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z31.430", "display": "Encounter for genetic testing of female for procreative management"}]}}
  ],
  "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "81420", "display": "Fetal chromosomal aneuploidy genomic sequence analysis"}]}}]
}
"""

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CH-CCD-55302"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Cedar Hollow OB/GYN - Continuity of Care Document</title>
  <effectiveTime value="20260513"/>
  <recordTarget>
    <patientRole>
      <id extension="40091552" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr><streetAddressLine>77 Fennimore Court</streetAddressLine><city>Ashgrove</city><state>OH</state><postalCode>43127</postalCode></addr>
      <telecom value="tel:+1-614-555-0164"/>
      <patient>
        <name><given>Oluwaseun</given><family>Adebayo-Price</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19910922"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Intrauterine pregnancy 24w1d (EDD 2026-08-31); chronic hypertension (O10.912); history of LEEP 2019.</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>Labetalol 200 mg PO BID; aspirin 81 mg daily; prenatal vitamin daily.</text>
    </section></component>
    <component><section><title>Results</title>
      <text>Anatomy ultrasound 2026-04-28 normal, posterior placenta. 24-hr urine protein 180 mg (2026-05-06).</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_X12_837 = (
    "ISA*00*          *00*          *ZZ*CEDARHOLLOW    *ZZ*CLAIMBRIDGE    *260513*1410*^*00501*000004417*0*P*:~"
    "GS*HC*CEDARHOLLOW*CLAIMBRIDGE*20260513*1410*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*CH4417*20260513*1410*CH~"
    "NM1*85*2*CEDAR HOLLOW OBGYN AND MIDWIFERY*****XX*1929554594~"
    "HL*1**20*1~HL*2*1*22*0~"
    "SBR*P*18*******CI~"
    "NM1*IL*1*BRANNIGAN*CORA*J***MI*TRH551902846~"
    "N3*1290 SYCAMORE BEND~N4*ASHGROVE*OH*43127~"
    "DMG*D8*19960705*F~"
    "CLM*CH-26-03318*4250***11:B:1*Y*A*Y*Y~"
    "HI*ABK:Z3A.39*ABF:O48.0~"
    "SV1*HC:59400*4250*UN*1***1~DTP*472*D8*20260509~"
    "SE*16*0001~GE*1*4417~IEA*1*000004417~"
)

_X12_999 = (
    "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*CEDARHOLLOW    *260512*0602*^*00501*000088215*0*P*:~"
    "GS*FA*CLAIMBRIDGE*CEDARHOLLOW*20260512*0602*88215*X*005010X231A1~"
    "ST*999*0001*005010X231A1~"
    "AK1*HC*4409*005010X222A1~"
    "AK2*837*0001*005010X222A1~"
    "IK3*NM1*5**8~IK4*9*66*7~"
    "IK5*R*5~AK9*R*1*1*0~"
    "SE*8*0001~GE*1*88215~IEA*1*000088215~"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Glucose challenge result to patient's personal mailbox",
        notes="Patient's full name with failed 1-hour glucose challenge and order for a 3-hour GTT, sent to her gmail.",
        frm="Nurse Line <nurseline@cedarhollowobgyn.com>",
        to="brianna.kettleworth@gmail.com",
        subject="Your lab result from Tuesday",
        body=(
            "Hi Brianna,\n\nYour 1-hour glucose screen came back at 152 mg/dL. Our cutoff is 140, so "
            "Dr. Ostrowski would like you to do the 3-hour glucose tolerance test. This does NOT mean you "
            "have gestational diabetes - about 1 in 4 people who fail the 1-hour pass the 3-hour.\n\n"
            "Please fast after midnight and come to the lab at 7:30 on Friday. Plan on being here until about "
            "11. Bring a snack for after.\n\nCall the nurse line with any questions.\n\nMaddie Ferreira, RN"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="GBS result relayed to husband by first name",
        notes="Hard positive: only a first name plus relationship, but it ties the patient to a positive group B strep culture and intrapartum antibiotics.",
        frm="Tova Lindqvist CNM <tlindqvist@cedarhollowobgyn.com>",
        to="marcus.oyelaran@outlook.com",
        subject="Re: quick question",
        body=(
            "Hi Marcus - yes, you can pass this along to Priya since her phone is off. Her group B strep swab "
            "came back positive. Very common (about 1 in 4), nothing to do now; she'll just get IV penicillin "
            "when she's in labor, so tell her to call us as soon as contractions start or her water breaks.\n\n"
            "Tova\n\n> On Mon, Marcus Oyelaran wrote:\n> Priya asked me to check if her swab from last week came back?"
        ),
    ),
    Spec(
        phi=True,
        category="MFM referral letter for monochorionic twins (PDF)",
        notes="Referral to maternal-fetal medicine with name, DOB, MRN and monochorionic-diamniotic twin pregnancy.",
        frm="Referrals <referrals@cedarhollowobgyn.com>",
        to="intake@ohiovalleyperinatal.com",
        subject="Referral - please see attached",
        body="Good morning,\n\nPlease see the attached referral. Patient is aware to expect your call. Records to follow via fax.\n\nThank you,\nJudith Amankwah\nReferral Coordinator"
        + SIG,
        atts=(
            Att(
                "referral_CH_0513.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW OB/GYN & MIDWIFERY - REFERRAL FOR CONSULTATION",
                        "To: Ohio Valley Perinatal Associates (Maternal-Fetal Medicine)",
                        "Patient: Lucinda Marrow-Achebe    DOB: 02/17/1993    MRN: 40081966",
                        "Phone: 614-555-0149",
                        "Reason: Monochorionic-diamniotic twin gestation, 13w4d by CRL.",
                        "Request: Serial ultrasound surveillance for TTTS starting 16 weeks; co-management.",
                        "Insurance: Tri-River Health Plan  Member ID TRH339017452",
                        "Referring: Helena Ostrowski MD   NPI: 1661157507",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse scheduling note with diagnosis only in subject",
        notes="Hard positive: the body is only a time; the subject carries the patient's surname and 'missed AB' (missed miscarriage) D&C follow-up.",
        frm="Surgery Scheduling <orscheduling@cedarhollowobgyn.com>",
        to="preop@stbrendanregional.org",
        subject="Hernandez-Beaulieu / missed AB - D&C Thurs",
        body="Thurs 5/14 0740 w/ Dr Ostrowski. H&P attached to chart. Pls confirm.\n\n-Gail",
    ),
    Spec(
        phi=True,
        category="837P claim batch with global OB fee to clearinghouse",
        notes="Hard positive: body says only 'batch attached'; the X12 837 names the patient, member ID, DOB, address and delivery codes.",
        frm="Billing <billing@cedarhollowobgyn.com>",
        to="submissions@claimbridge-edi.com",
        subject="Batch 4417",
        body="Batch 4417 attached for submission. 1 claim.\n\nCH Billing",
        atts=(Att("CH_4417.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="HL7 prenatal panel to hospital lab for transfer of care",
        notes="HL7 ORU with patient name, MRN, address and prenatal panel (Rh negative, low hemoglobin) sent to the delivering hospital.",
        frm="Interface Team <interfaces@cedarhollowobgyn.com>",
        to="labinterfaces@stbrendanregional.org",
        subject="Resend: prenatal panel message that errored Friday",
        body="Hi Paolo,\n\nAttached is the ORU that bounced off your engine Friday (segment delimiter issue on our side, fixed). Can you drop it in manually so L&D has the prenatal labs before her 36-week registration?\n\nThanks,\nDeShawn",
        atts=(Att("ORU_CH260512-0418.hl7", "application/hl7-v2", _HL7_PRENATAL),),
    ),
    Spec(
        phi=True,
        category="Work restriction letter to employer (DOCX)",
        notes="Letter to the patient's employer naming her, her due date and lifting restrictions for pregnancy-related pelvic girdle pain.",
        frm="Front Desk <frontdesk@cedarhollowobgyn.com>",
        to="hr.leaves@kestrelfreightlines.com",
        subject="Work note for your employee",
        body="Hello,\n\nAt our patient's request, please find the attached work restriction letter. She has signed an authorization for us to send it to you.\n\nCedar Hollow front desk",
        atts=(
            Att(
                "work_note_Okafor.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow OB/GYN & Midwifery",
                        "May 12, 2026",
                        "To whom it may concern:",
                        "Tamsin Okafor (DOB 08/30/1990) is under our care for pregnancy with an estimated due date of October 2, 2026.",
                        "Due to pregnancy-related pelvic girdle pain she should not lift more than 20 lb, should not climb ladders, and should be allowed a seated break every two hours until further notice.",
                        "Sincerely,",
                        "Ingrid Baptiste, CNM",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Multi-sheet Rh-negative 28-week RhoGAM worklist to hospital pharmacy",
        notes="Hard positive: workbook with no clinical words in the body; sheets list patient names, MRNs, blood type and RhIG due dates.",
        frm="Clinical Operations <clinops@cedarhollowobgyn.com>",
        to="outpatientpharmacy@stbrendanregional.org",
        subject="June list",
        body="Attached is June. Same as always - pls have doses ready for the Tues/Thurs clinics.\n\nRosa",
        atts=(
            Att(
                "june_list.xlsx",
                XLSX,
                xlsx(
                    {
                        "Tues": [
                            ["Name", "MRN", "Type", "GA on date", "Date"],
                            ["Pellegrino, Anya", "40077311", "A NEG", "28w0d", "2026-06-02"],
                            ["Szabo, Lenka", "40079024", "O NEG", "28w3d", "2026-06-09"],
                            ["Whitcombe, Harriet", "40080870", "B NEG", "28w1d", "2026-06-16"],
                        ],
                        "Thurs": [
                            ["Name", "MRN", "Type", "GA on date", "Date"],
                            ["Dunleavy, Moira", "40081145", "O NEG", "28w2d", "2026-06-04"],
                            ["Ng-Abernathy, Chloe", "40082338", "AB NEG", "28w0d", "2026-06-18"],
                        ],
                        "Notes": [
                            ["Item", "Note"],
                            ["Szabo", "antibody screen pending, hold dose until resulted"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Anatomy ultrasound appointment invite to patient",
        notes="Calendar invite to the patient's yahoo address naming her and her 20-week anatomy ultrasound.",
        frm="Scheduling <scheduling@cedarhollowobgyn.com>",
        to="jo.whitlock.88@yahoo.com",
        subject="Appointment confirmed: 20-week anatomy scan",
        body="Hi Joanna Whitlock,\n\nYou're booked for your 20-week anatomy ultrasound on Tuesday, May 19 at 2:15 PM. Please arrive 15 minutes early with a full bladder. One support person is welcome.\n\nCedar Hollow Scheduling\n614-555-0131",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cedar Hollow OBGYN//Scheduling//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:ch-appt-883104@cedarhollowobgyn.com\nDTSTAMP:20260512T140000Z\n"
            "DTSTART:20260519T181500Z\nDTEND:20260519T191500Z\n"
            "SUMMARY:Anatomy ultrasound (20 wk) - Joanna Whitlock\nLOCATION:Cedar Hollow Imaging, Suite 310\n"
            "ATTENDEE;CN=Joanna Whitlock:mailto:jo.whitlock.88@yahoo.com\n"
            "ORGANIZER:mailto:scheduling@cedarhollowobgyn.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="Portal message with EPDS score forwarded to nurse's personal mailbox",
        notes="Hard positive: nurse forwards a portal thread to her own gmail; the forwarded message holds the patient's name and a postpartum depression score of 16.",
        frm="Keisha Brandt RN <kbrandt@cedarhollowobgyn.com>",
        to="keishabrandt.rn@gmail.com",
        subject="Fwd: portal msg",
        body="to finish from home tonight",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Patient Portal <noreply-portal@cedarhollowobgyn.com>",
            to="Keisha Brandt RN <kbrandt@cedarhollowobgyn.com>",
            subject="New message from Sabine Oduya-Marsh",
            body=(
                "Patient: Sabine Oduya-Marsh (MRN 40074408)\nDelivered 04/21/2026\n\n"
                "Questionnaire: Edinburgh Postnatal Depression Scale, total 16 (item 10 = 1).\n\n"
                "Message: I filled out the form you sent. Honestly I'm not doing great. I cry most days and I'm "
                "not sleeping even when the baby sleeps. Can someone call me?"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Delivery balance statement to patient",
        notes="Statement to patient's yahoo mailbox with her name, account number and balance for vaginal delivery care.",
        frm="Patient Accounts <accounts@cedarhollowobgyn.com>",
        to="lpapadakis77@yahoo.com",
        subject="Statement from Cedar Hollow OB/GYN",
        body=(
            "Dear Leonie Papadakis,\n\nAccount 7730-22185\nStatement date: 05/12/2026\n\n"
            "Global obstetric care incl. vaginal delivery (04/02/2026)   $4,250.00\n"
            "Insurance paid (Tri-River Health Plan)                   -$3,180.00\n"
            "Contractual adjustment                                   -$610.00\n"
            "Patient responsibility                                    $460.00\n\n"
            "Pay online at pay.cedarhollowobgyn.com or call 614-555-0135. Payment plans are available."
        ),
    ),
    Spec(
        phi=True,
        category="Terse triage handoff with MRN and preeclampsia signs",
        notes="Hard positive: no name, but an MRN with gravida/para, gestational age and severe-range blood pressure sent to outside hospital triage.",
        frm="Tova Lindqvist CNM <tlindqvist@cedarhollowobgyn.com>",
        to="ldtriage@stbrendanregional.org",
        subject="sending one over",
        body="MRN 40088530 G2P1 34w2d, BP 162/104 x2, +2 prot, HA since am. Sent by private car, ETA 20 min. Mag not started. Call me 614-555-0138.\n\nT",
    ),
    Spec(
        phi=True,
        category="FHIR prior-auth claim for cell-free DNA screening",
        notes="Hard positive: short note to payer; FHIR Claim attachment names the patient, member ID and advanced maternal age diagnoses.",
        frm="Authorizations <auth@cedarhollowobgyn.com>",
        to="priorauth@tririverhealth.com",
        subject="PA request - ref pa-ch-260514-07",
        body="Please find the PA request attached in FHIR format per your new intake process. Clinical notes available on request.\n\nAuth desk, Cedar Hollow",
        atts=(Att("pa-ch-260514-07.json", "application/fhir+json", _FHIR_PA),),
    ),
    Spec(
        phi=True,
        category="Records zip to plaintiff's attorney under authorization",
        notes="Zip of chart extracts (name, DOB, delivery with shoulder dystocia) sent to a law firm with the patient's authorization.",
        frm="Health Information Management <him@cedarhollowobgyn.com>",
        to="paralegal@harrowgatelaw.com",
        subject="Records request RR-2026-0419 (Ms. Delphine Arceneaux)",
        body="Counsel,\n\nPursuant to the HIPAA-compliant authorization received 05/04/2026, attached are the requested records for Delphine Arceneaux, dates of service 09/2025 - 02/2026. Invoice for copying fees to follow.\n\nRegards,\nHIM Department"
        + SIG,
        atts=(
            Att(
                "RR-2026-0419.zip",
                "application/zip",
                zipped(
                    {
                        "01_prenatal_summary.txt": "Arceneaux, Delphine  DOB 11/03/1988  MRN 40069120\nG3P2 EDD 01/29/2026. A1GDM diet-controlled. EFW 4,100 g at 38w.\n",
                        "02_delivery_note.txt": "Delivered 01/24/2026 SVD. Shoulder dystocia 90 sec, McRoberts + suprapubic pressure, posterior arm delivered. Infant 4,380 g, Apgars 4/8.\n",
                        "03_postpartum.txt": "PPD#1: 3rd degree laceration repaired. Hgb 8.9. Iron started.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Ultrasound picture named after patient to grandmother",
        notes="Hard positive: body says only 'here is the picture'; the PNG file name carries the patient's full name and '12wk ultrasound'.",
        frm="Amy at the front desk <frontdesk@cedarhollowobgyn.com>",
        to="grandma.bernice.boateng@aol.com",
        subject="the picture",
        body="Hi Bernice! Here is the picture you asked for - congratulations to the whole family!\n\nAmy",
        atts=(Att("Amara_Boateng_12wk_ultrasound.png", "image/png", png(6, 4, (30, 30, 30))),),
    ),
    Spec(
        phi=True,
        category="C-CDA transfer of care when patient moves",
        notes="C-CDA continuity-of-care document with name, DOB, address, chronic hypertension in pregnancy and labetalol sent to a new practice.",
        frm="Medical Records <records@cedarhollowobgyn.com>",
        to="newpatients@lakeshorewomenshealth.org",
        subject="Transfer of care - CCD attached",
        body="Hello,\n\nOur patient is relocating to your area and has asked that her records be sent to you for continuation of prenatal care. The CCD is attached; the full chart is available on request.\n\nCedar Hollow Medical Records",
        atts=(Att("CCD_40091552.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="Excused-absence letter to school counselor for pregnant teen",
        notes="Letter to a high school counselor naming an eleventh-grade student and her recurring prenatal appointments.",
        frm="Ingrid Baptiste CNM <ibaptiste@cedarhollowobgyn.com>",
        to="counseling@ashgrovehs.k12.oh.us",
        subject="Attendance - Kaylee Summerford",
        body=(
            "Dear Ms. Pruitt,\n\nWith Kaylee's and her mother's written permission, I'm confirming that Kaylee Summerford "
            "(grade 11) is receiving prenatal care at our practice. She will need to leave school early every other "
            "Wednesday for appointments through July, then weekly. Please excuse these absences and let her eat "
            "snacks in class.\n\nThank you for supporting her.\n\nIngrid Baptiste, CNM" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare gyn patient biopsy result to PCP with MBI",
        notes="Endometrial biopsy result for a named Medicare patient with her MBI and postmenopausal bleeding sent to her primary care doctor.",
        frm="Helena Ostrowski MD <hostrowski@cedarhollowobgyn.com>",
        to="drsalter@ashgrovefamilymed.com",
        subject="Your patient - endometrial biopsy",
        body=(
            "Dr. Salter,\n\nThank you for referring Mrs. Evangeline Thorsby (DOB 06/09/1958, MBI: 5TW7-HR2-KN48) for "
            "postmenopausal bleeding. Endometrial biopsy 05/05 shows complex atypical hyperplasia. I have referred her "
            "to gynecologic oncology (Dr. Amadi) for hysterectomy and discussed this with her today.\n\n"
            "Best,\nHelena Ostrowski, MD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="High-risk NIPT result to genetic counselor by initials",
        notes="Hard positive: initials plus DOB and MRN with a high-risk trisomy 21 cell-free DNA result.",
        frm="Tova Lindqvist CNM <tlindqvist@cedarhollowobgyn.com>",
        to="geneticcounseling@ohiovalleyperinatal.com",
        subject="urgent GC add-on today if possible",
        body="Hi Femi,\n\nCan you squeeze in pt J.W. (DOB 07/02/1989, our MRN 40090017) this week? cfDNA came back high risk for T21 (fetal fraction 9%). She knows the result and wants to talk about CVS vs amnio. She's 12w6d.\n\nThanks,\nTova",
    ),
    # ---------------------------------------------------------------- not PHI (19)
    Spec(
        phi=False,
        category="Practice newsletter clinician bio with disease expertise",
        notes="Hard negative: a new physician's bio lists preeclampsia, gestational diabetes and placenta accreta as interests; no patient.",
        frm="Cedar Hollow News <news@cedarhollowobgyn.com>",
        to="subscribers@lists.cedarhollowobgyn.com",
        subject="Meet Dr. Naomi Reyes-Whitfield",
        body="",
        html=(
            "<html><body><h2>Welcome, Dr. Naomi Reyes-Whitfield!</h2>"
            "<p>We are thrilled to welcome Dr. Reyes-Whitfield, a board-certified OB/GYN with fellowship training in "
            "maternal-fetal medicine. Her clinical interests include <b>preeclampsia</b>, <b>gestational and pregestational "
            "diabetes</b>, twin pregnancies, and <b>placenta accreta spectrum</b>. She completed residency at a large "
            "academic center and has published on low-dose aspirin for preeclampsia prevention.</p>"
            "<p>Outside the office she coaches youth soccer and bakes terrible sourdough.</p>"
            "<p>She is accepting new patients starting June 1. Call 614-555-0131.</p>"
            "<p style='font-size:11px;color:#777'>You are receiving this because you subscribed at cedarhollowobgyn.com. "
            "<a href='https://cedarhollowobgyn.com/unsubscribe'>Unsubscribe</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly obstetric quality dashboard to hospital committee (multi-sheet)",
        notes="Hard negative: multi-sheet workbook of cesarean, VBAC and hemorrhage rates by provider and quarter; counts only, no patient rows.",
        frm="Quality <quality@cedarhollowobgyn.com>",
        to="perinatalqc@stbrendanregional.org",
        subject="Q1 2026 OB quality dashboard",
        body="Attached for Thursday's perinatal quality committee. Denominators are all births attended by our providers at SBRMC.\n\nMeredith Osei, Quality Coordinator",
        atts=(
            Att(
                "CH_OB_quality_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q4 2025", "Q1 2026", "Target"],
                            ["NTSV cesarean rate", "23.1%", "21.4%", "<23.6%"],
                            ["VBAC success rate", "71%", "74%", ">70%"],
                            ["PPH > 1000 mL", 11, 9, ""],
                            ["Exclusive breast milk at discharge", "68%", "72%", ">70%"],
                        ],
                        "By provider": [
                            ["Provider", "Births", "NTSV CS", "3rd/4th degree"],
                            ["Ostrowski MD", 48, 7, 1],
                            ["Reyes-Whitfield MD", 12, 2, 0],
                            ["Lindqvist CNM", 61, 5, 2],
                            ["Baptiste CNM", 57, 4, 1],
                        ],
                        "Definitions": [
                            ["Term", "Definition"],
                            ["NTSV", "Nulliparous, term, singleton, vertex"],
                            ["PPH", "Quantitative blood loss over 1000 mL within 24 h"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Credentialing packet for new midwife with NPI and DEA (PDF)",
        notes="Hard negative: a clinician's NPI, DEA number and licence in a hospital credentialing request; provider identifiers only.",
        frm="Credentialing <credentialing@cedarhollowobgyn.com>",
        to="medstaff@stbrendanregional.org",
        subject="Privileges application - Ingrid Baptiste, CNM",
        body="Hello,\n\nAttached is the completed privileges application for our new certified nurse-midwife (NPI: 1479639183, DEA: MB3519266; Ohio APRN.CNM.0041877). Her board certification and malpractice face sheet are in the portal.\n\nThanks,\nLorraine Kuhlmann\nCredentialing Specialist",
        atts=(
            Att(
                "Baptiste_privileges.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW OB/GYN & MIDWIFERY - PRACTITIONER DATA SHEET",
                        "Name: Ingrid Baptiste, CNM, MSN",
                        "NPI: 1479639183",
                        "DEA: MB3519266",
                        "Ohio APRN license: APRN.CNM.0041877 (exp 10/31/2027)",
                        "AMCB certification: 2014, current",
                        "Privileges requested: intrapartum care, vacuum-assisted birth (supervised), first assist at cesarean",
                        "Supervising/collaborating physician: Helena Ostrowski MD  NPI: 1661157507",
                    ],
                    "Practitioner data sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Employee Tdap booster clinic notice",
        notes="Staff notice about a workplace vaccination clinic; no patient or named employee health data.",
        frm="Office Manager <officemanager@cedarhollowobgyn.com>",
        to="allstaff@cedarhollowobgyn.com",
        subject="Staff Tdap booster clinic Friday",
        body="Team,\n\nEmployee health will be here Friday 12-2 in the break room giving Tdap boosters to anyone due (every 10 years, and we ask everyone who handles newborns to stay current). Bring your badge. If you got it elsewhere, send a copy of your card to HR.\n\nPizza after. - Dolores",
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with declared fictitious patient (DOCX)",
        notes="Hard negative: training quiz uses an explicitly fictitious patient 'Jane Testcase' with invented findings.",
        frm="Compliance <compliance@cedarhollowobgyn.com>",
        to="allstaff@cedarhollowobgyn.com",
        subject="Annual privacy training - quiz due May 29",
        body="Attached is this year's privacy quiz. All names in the scenarios are invented. Return to me by May 29.\n\nCarmen Yoshida, Privacy Officer",
        atts=(
            Att(
                "privacy_quiz_2026.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow OB/GYN - Annual Privacy Quiz 2026",
                        "All patients in these scenarios are FICTITIOUS. Any resemblance to real persons is coincidental.",
                        "1. A caller says she is the sister of 'Jane Testcase', a (fictitious) patient who had a positive pregnancy test. May you confirm the appointment time? (yes/no, explain)",
                        "2. You notice a fax containing a (made-up) chlamydia result was sent to the wrong number. List the first three steps.",
                        "3. True or false: a patient's due date with her name is PHI.",
                        "4. Which of these may be emailed unencrypted to a patient who asked for it in writing?",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Supply purchase order with SSN-shaped PO number",
        notes="Hard negative: vendor order for ultrasound gel and speculums whose PO number looks like an SSN; no person or patient.",
        frm="Purchasing <purchasing@cedarhollowobgyn.com>",
        to="orders@midstatemedsupply.com",
        subject="PO 418-22-7093",
        body=(
            "Hi Trent,\n\nPlease process PO 418-22-7093 (our PO numbers switched format this quarter):\n\n"
            "- Aquasonic 100 gel 5L, qty 6\n- Disposable speculum medium, case of 100, qty 4\n- Doppler probe covers, qty 2 boxes\n"
            "- Fetal monitor paper (Corometrics-compatible), qty 10\n\nShip to Suite 300. Net 30.\n\nThanks,\nAlonzo"
        ),
    ),
    Spec(
        phi=False,
        category="Rho(D) immune globulin shortage memo to clinicians",
        notes="Hard negative: drug shortage memo about RhIG dosing priorities in general terms; no patient.",
        frm="Clinical Operations <clinops@cedarhollowobgyn.com>",
        to="providers@cedarhollowobgyn.com",
        subject="RhIG supply constraint - interim guidance",
        body=(
            "All providers,\n\nOur distributor has allocated Rho(D) immune globulin 300 mcg at 60% of usual volume through June. Until "
            "further notice:\n1. 28-week prophylaxis continues as scheduled.\n2. For first-trimester bleeding under 12 weeks, use the 50 mcg "
            "MICRhoGAM where stocked.\n3. Do not pre-draw syringes for walk-ins.\n\nQuestions to Rosa in ops. Memo reviewed by Dr. Ostrowski."
        ),
    ),
    Spec(
        phi=False,
        category="Certified nurse-midwife job posting",
        notes="Hard negative: job ad listing clinical skills (postpartum hemorrhage, shoulder dystocia); no individual.",
        frm="Careers <careers@cedarhollowobgyn.com>",
        to="postings@midwiferyjobsboard.org",
        subject="Posting: Full-time CNM, Ashgrove OH",
        body=(
            "Please post the following through June 30.\n\nCERTIFIED NURSE-MIDWIFE (1.0 FTE)\nCedar Hollow OB/GYN & Midwifery seeks a CNM "
            "to join a collaborative team of 2 physicians and 4 midwives. Full-scope care: prenatal, intrapartum at St. Brendan Regional "
            "(2,400 births/yr), postpartum and well-person gyn.\n\nRequirements: AMCB certification; Ohio APRN licence or eligibility; "
            "NRP and ACLS; comfort managing postpartum hemorrhage, shoulder dystocia and hypertensive emergencies.\n\n1:6 call, 4-day week, "
            "CME $2,500. Contact careers@cedarhollowobgyn.com."
        ),
    ),
    Spec(
        phi=False,
        category="Postpartum warning signs education newsletter (HTML only)",
        notes="General patient-education newsletter on postpartum warning signs sent to a mailing list; no individual.",
        frm="Cedar Hollow News <news@cedarhollowobgyn.com>",
        to="subscribers@lists.cedarhollowobgyn.com",
        subject="POST-BIRTH warning signs everyone should know",
        body="",
        html=(
            "<html><body><h1>Know the POST-BIRTH warning signs</h1><p>Most people recover well after birth, but call 911 for:</p>"
            "<ul><li>Pain in chest or trouble breathing</li><li>Seizures</li><li>Thoughts of hurting yourself or your baby</li></ul>"
            "<p>Call us right away for: bleeding soaking more than one pad an hour, a headache that won't go away, swelling or "
            "redness in one leg, or a temperature of 100.4&deg;F or higher.</p><p>These signs can happen up to a year after birth.</p>"
            "<p>Cedar Hollow OB/GYN &amp; Midwifery &middot; 614-555-0131</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT notice about a planned EHR upgrade window; no patient data.",
        frm="IT Help Desk <helpdesk@cedarhollowobgyn.com>",
        to="allstaff@cedarhollowobgyn.com",
        subject="Planned EHR downtime Sat 5/16 10pm-2am",
        body="The EHR will be unavailable Saturday 10 PM to Sunday 2 AM for the quarterly upgrade. On-call providers: downtime forms and the read-only backup laptop are in the nurses' station cabinet. L&D will be on paper per their own procedure.\n\nHelp desk x4410",
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university (CSV)",
        notes="Hard negative: CSV of age bands, parity, gestational age and BMI category with random study codes, sent under a de-identification certification.",
        frm="Research Office <research@cedarhollowobgyn.com>",
        to="perinatal.epi@ohiostatemedicalcollege.edu",
        subject="Aspirin adherence study - de-identified extract v2",
        body="Dr. Halloran,\n\nAttached is the revised extract. All 18 Safe Harbor identifiers are removed; study codes are random and the key stays with us. Ages over 89 would be top-coded (none present). Dates are reduced to year.\n\nBest,\nPriyanka Deol, Research Coordinator",
        atts=(
            Att(
                "asa_extract_v2.csv",
                "text/csv",
                "study_code,age_band,parity,ga_at_start_wk,bmi_cat,asa_adherence_pct,preeclampsia,year\n"
                "S-7QK2,30-34,0,12,obese,88,N,2025\nS-M4XD,35-39,1,13,normal,64,N,2025\nS-2HLA,25-29,0,14,overweight,91,Y,2025\n"
                "S-PR8C,40-44,2,12,obese,42,Y,2025\nS-T6VN,20-24,0,15,normal,77,N,2026\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interface test message with declared test patient (HL7)",
        notes="Hard negative: HL7 ADT with an obvious ZZTEST patient sent to the interface vendor for build validation.",
        frm="Interface Team <interfaces@cedarhollowobgyn.com>",
        to="support@zenlink-interfaces.com",
        subject="Ticket 22871 - test ADT for new scheduling feed",
        body="Hi support,\n\nHere is the test A04 from our TEST environment (processing ID T). Patient is the standard ZZTEST dummy. Your engine rejects PID-11 when the ZIP is 00000 - can you relax that in TEST only?\n\nDeShawn Mabry",
        atts=(Att("test_A04.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="X12 999 rejection acknowledgment forwarded to billing vendor",
        notes="Hard negative: an X12 999 functional acknowledgment with segment error codes only; no patient or member data.",
        frm="Billing <billing@cedarhollowobgyn.com>",
        to="support@claimbridge-edi.com",
        subject="999 reject on batch 4409 - what does IK4*9*66 mean?",
        body="Hi ClaimBridge support,\n\nBatch 4409 came back rejected with the attached 999. Looks like NM1 element 9 on the billing provider loop. We didn't change anything on our side. Can you tell us what you need?\n\nThanks,\nCH Billing",
        atts=(Att("999_88215.x12", "application/edi-x12", _X12_999),),
    ),
    Spec(
        phi=False,
        category="De-identified M&M conference invite",
        notes="Hard negative: morbidity and mortality conference invite describing two hemorrhage cases only in de-identified terms.",
        frm="Helena Ostrowski MD <hostrowski@cedarhollowobgyn.com>",
        to="providers@cedarhollowobgyn.com",
        subject="M&M: postpartum hemorrhage review, Wed 5/20 7am",
        body="Colleagues,\n\nThis month's M&M covers two PPH cases from Q1 (both uterine atony, one requiring Bakri balloon). Slides are de-identified; please don't bring up names or dates in discussion. Breakfast provided.\n\nHelena",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cedar Hollow OBGYN//Meetings//EN\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:ch-mm-202605@cedarhollowobgyn.com\nDTSTAMP:20260512T120000Z\n"
            "DTSTART:20260520T110000Z\nDTEND:20260520T120000Z\nSUMMARY:M&M - PPH review (de-identified)\n"
            "LOCATION:Conference room B\nORGANIZER:mailto:hostrowski@cedarhollowobgyn.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="Annual births-attended report to state (PDF)",
        notes="Aggregate annual report to the state health department: counts of births by setting and route; no individual.",
        frm="Compliance <compliance@cedarhollowobgyn.com>",
        to="maternalhealth.reports@odh.ohio.gov",
        subject="2025 annual practice report - Cedar Hollow OB/GYN",
        body="Attached is our 2025 annual report as required for practices with certified nurse-midwives. Please confirm receipt.\n\nCarmen Yoshida",
        atts=(
            Att(
                "CH_2025_annual_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW OB/GYN & MIDWIFERY - 2025 ANNUAL REPORT",
                        "Births attended (hospital): 812",
                        "  Spontaneous vaginal: 598   Operative vaginal: 31   Cesarean: 183",
                        "Transfers of care to MFM: 44",
                        "Maternal deaths: 0     Stillbirths >= 20 wk: 3",
                        "Counts only. No individually identifiable information is included.",
                    ],
                    "2025 annual report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to medical student about shadowing",
        notes="Reply to a student's personal mailbox about a shadowing opportunity; no patient information.",
        frm="Helena Ostrowski MD <hostrowski@cedarhollowobgyn.com>",
        to="ezekiel.tran.premed@gmail.com",
        subject="Re: shadowing request",
        body="Hi Ezekiel,\n\nHappy to have you. Clinic days are Tuesdays and Thursdays. You'll need to complete our volunteer privacy training and a TB test first - Dolores (officemanager@cedarhollowobgyn.com) will send the forms. Wear comfortable shoes.\n\nDr. O",
    ),
    Spec(
        phi=False,
        category="Staff notice of physician's parental leave and coverage",
        notes="Hard negative: names a physician going on parental leave and who covers; workforce notice, no patient health information.",
        frm="Office Manager <officemanager@cedarhollowobgyn.com>",
        to="allstaff@cedarhollowobgyn.com",
        subject="Coverage while Dr. Reyes-Whitfield is on parental leave",
        body="Hi all,\n\nDr. Reyes-Whitfield starts parental leave June 8 and returns in September. Her Tuesday clinic will be covered by Tova and Ingrid; high-risk consults go to Dr. Ostrowski. Please move any of her procedure days through the surgery scheduler, not directly.\n\nCongratulations to her family!\nDolores",
    ),
    Spec(
        phi=False,
        category="Community prenatal class announcement to newsletter list",
        notes="Hard negative: group prenatal care and childbirth class marketing to a general subscriber list, not segmented by condition.",
        frm="Cedar Hollow News <news@cedarhollowobgyn.com>",
        to="community@lists.cedarhollowobgyn.com",
        subject="New: group prenatal care circles and a free childbirth class",
        body=(
            "Hello neighbours!\n\nStarting in June we'll offer group prenatal care circles (8-10 families due around the same month) "
            "and a free 'Birth Basics' evening class open to anyone in the community, patients or not.\n\nBirth Basics: Thursday June 4, 6:30 PM, "
            "Ashgrove Public Library meeting room. No registration needed.\n\nTo stop receiving community updates, reply STOP."
        ),
    ),
    Spec(
        phi=False,
        category="Payer fee schedule question with CPT codes",
        notes="Hard negative: contract question to a payer about reimbursement for CPT 59400/59510/76805; codes and rates, no patient.",
        frm="Practice Administrator <admin@cedarhollowobgyn.com>",
        to="providerrelations@tririverhealth.com",
        subject="2026 fee schedule - OB global codes",
        body="Hi Shannon,\n\nOur 2026 fee schedule shows 59400 at $3,180 but 59510 (cesarean global) unchanged from 2024 at $3,240, and 76805 dropped to $148. Can you confirm whether the 59510 update was missed? Our contract (TRH-PRV-22817) calls for an annual CPI adjustment on all global OB codes.\n\nThanks,\nMarguerite Flood\nPractice Administrator",
    ),
]
