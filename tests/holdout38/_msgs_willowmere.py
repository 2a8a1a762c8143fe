"""Willowmere Birth Center (freestanding birth center): 37 messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nWillowmere Birth Center\n905 Orchard Lane, Ashgrove, OH\n"
    "Office 614-555-0150 | On-call midwife 614-555-0151\n"
    "Accredited by the Commission for the Accreditation of Birth Centers"
)

_FHIR_TRANSFER = """{
  "resourceType": "Bundle",
  "type": "document",
  "timestamp": "2026-05-13T03:42:00-04:00",
  "entry": [
    {"resource": {"resourceType": "Composition", "status": "final", "title": "Intrapartum transfer summary", "date": "2026-05-13T03:42:00-04:00",
      "author": [{"display": "Keziah Amberly, CPM, LM"}]}},
    {"resource": {"resourceType": "Patient", "id": "wm-3391", "name": [{"family": "Castellanos", "given": ["Ileana"]}], "birthDate": "1997-01-15",
      "telecom": [{"system": "phone", "value": "614-555-0183"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/wm-3391"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "O63.1", "display": "Prolonged second stage of labor"}]}}},
    {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/wm-3391"}, "code": {"text": "Maternal temperature"}, "valueQuantity": {"value": 38.2, "unit": "Cel"}}},
    {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/wm-3391"}, "code": {"text": "Fetal heart rate baseline"}, "valueQuantity": {"value": 168, "unit": "/min"}}}
  ]
}
"""

_FHIR_SYNTH = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "synthetic-001", "name": [{"family": "Sandbox", "given": ["Testmom"]}], "birthDate": "1990-01-01",
      "extension": [{"url": "http://willowmerebirthcenter.org/fhir/synthetic", "valueBoolean": true}]}},
    {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/synthetic-001"}, "code": {"text": "Blood pressure (synthetic)"}, "valueString": "120/80"}}
  ]
}
"""

_HL7_VXU = (
    "\r".join(
        [
            "MSH|^~\\&|WILLOWMERE_EHR|WMBC|OHIO_IIS|ODH|20260512113000||VXU^V04^VXU_V04|WM0512-22|P|2.5.1",
            "PID|1||WM-N-3388^^^WMBC^MR||HALVORSEN-ABARA^ELSIE^^^^^L||20260510|F|||62 Tanager Way^^Ashgrove^OH^43127",
            "NK1|1|HALVORSEN-ABARA^CORINNE|MTH^Mother^HL70063",
            "ORC|RE||WM-IMM-7719",
            "RXA|0|1|20260510153000|20260510153000|08^Hep B, adolescent or pediatric^CVX|0.5|mL||00^New immunization record^NIP001||||||H7T44|20271130|SKB",
            "RXR|C28161^Intramuscular^NCIT|RT^Right thigh^HL70163",
        ]
    )
    + "\r"
)

_X12_837I = (
    "ISA*00*          *00*          *ZZ*WILLOWMERE     *ZZ*TRIRIVERHP     *260514*0915*^*00501*000000732*0*P*:~"
    "GS*HC*WILLOWMERE*TRIRIVERHP*20260514*0915*732*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*18*WM732*20260514*0915*CH~"
    "NM1*85*2*WILLOWMERE BIRTH CENTER*****XX*1726830650~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******CI~"
    "NM1*IL*1*FONTAINE*ROSALIE****MI*TRH660481937~DMG*D8*19950412*F~"
    "CLM*WM-2604-118*3900***79:A:7*Y*A*Y*Y~REF*F8*WM-2603-097~"
    "HI*ABK:O80~HI*BF:Z37.0~"
    "SV2*0724*HC:59410*3900*UN*1~DTP*472*D8*20260419~"
    "SE*15*0001~GE*1*732~IEA*1*000000732~"
)

_X12_835 = (
    "ISA*00*          *00*          *ZZ*TRIRIVERHP     *ZZ*WILLOWMERE     *260511*2300*^*00501*000019904*0*P*:~"
    "GS*HP*TRIRIVERHP*WILLOWMERE*20260511*2300*19904*X*005010X221A1~"
    "ST*835*0001~BPR*I*2140*C*ACH*CCP*01*999000111*DA*1234500*1999999999**01*041000124*DA*88001123*20260512~"
    "TRN*1*EFT77120341*1999999999~N1*PR*TRI-RIVER HEALTH PLAN~N1*PE*WILLOWMERE BIRTH CENTER*XX*1726830650~"
    "CLP*WM-2603-097*4*3900*0*0*MC*TRH26031177*79*1~CAS*CO*16*3900~NM1*QC*1*FONTAINE*ROSALIE****MI*TRH660481937~"
    "CLP*WM-2603-101*1*2400*2140*260*MC*TRH26031190*79*1~CAS*PR*1*260~NM1*QC*1*MBEKI-SOLBERG*TAMARA****MI*TRH770129845~"
    "SE*11*0001~GE*1*19904~IEA*1*000019904~"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Birth registration worksheet to county vital records (PDF)",
        notes="Birth certificate worksheet naming the newborn and mother with date, time and place of birth at the center.",
        frm="Birth Records <records@willowmerebirthcenter.org>",
        to="vitalrecords@franklincountyhealth.org",
        subject="Birth worksheet for electronic registration - WM 05/10",
        body="Hello,\n\nThe EBRS is rejecting our login again, so as discussed attached is the completed worksheet for a birth on 05/10/2026. Please register it and let us know when the certificate is filed.\n\nNell Garber, Birth Records"
        + SIG,
        atts=(
            Att(
                "WM_birth_worksheet_0510.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE BIRTH CENTER - BIRTH CERTIFICATE WORKSHEET",
                        "Child: Elsie Marguerite Halvorsen-Abara   Sex: F",
                        "Date of birth: 05/10/2026   Time: 14:52   Place: Willowmere Birth Center (freestanding)",
                        "Birth weight: 3,460 g   Gestation: 40w1d   Plurality: single",
                        "Mother: Corinne Halvorsen-Abara   DOB 12/04/1992   Residence: 62 Tanager Way, Ashgrove OH 43127",
                        "Prenatal care began: 9 weeks   Water birth: yes",
                        "Attendant: Keziah Amberly, CPM, LM",
                    ],
                    "Birth worksheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR intrapartum transfer bundle to hospital",
        notes="FHIR bundle with the laboring client's name, DOB, phone, prolonged second stage, fever and fetal tachycardia sent on transfer.",
        frm="On-call Midwife <oncall@willowmerebirthcenter.org>",
        to="ldcharge@stbrendanregional.org",
        subject="Transfer en route - summary attached",
        body="Charge RN,\n\nTransferring now by private vehicle with midwife, ETA 15 min. Transfer summary attached (FHIR bundle per our agreement). Will give verbal on arrival.\n\nKeziah Amberly, CPM\n614-555-0151",
        atts=(Att("transfer_wm-3391.json", "application/fhir+json", _FHIR_TRANSFER),),
    ),
    Spec(
        phi=True,
        category="Newborn hearing screen refer result to pediatrician",
        notes="Newborn's name, DOB and a failed (refer) hearing screen in the right ear sent to the pediatric practice.",
        frm="Newborn Care <newborn@willowmerebirthcenter.org>",
        to="nurses@sproutpediatrics.com",
        subject="Hearing screen follow-up needed",
        body=(
            "Hello Sprout Pediatrics,\n\nYour new patient Theo Vashti-Nordin (DOB 05/09/2026, parents Amal and Jonas) had an OAE hearing screen at "
            "24 hours: PASS left, REFER right. We repeated at 36 hours with the same result. Parents are aware and we have referred to the "
            "audiology outpatient rescreen; please confirm it happens before 1 month.\n\nThank you,\nPilar Esquivel, RN"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Newborn photo named after baby sent to family",
        notes="Hard positive: photo file name carries the newborn's name, 'first hour' and the birth center's name, tying the family to a birth at the center.",
        frm="Willowmere Birth Center <hello@willowmerebirthcenter.org>",
        to="lindqvist.family@icloud.com",
        subject="A little something from your birth team",
        body="Dear family,\n\nOur student midwife took this while you were resting - we thought you'd want it. It was an honour to be with you.\n\nWith love,\nThe Willowmere team",
        atts=(
            Att(
                "Ezra_Lindqvist-Moreau_first_hour_Willowmere.png",
                "image/png",
                png(5, 5, (240, 210, 190)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Placenta pickup instructions to client's partner",
        notes="Hard positive: partner's first name and client's first name only, tied to her placenta stored after her birth at the center.",
        frm="Pilar Esquivel <pesquivel@willowmerebirthcenter.org>",
        to="mateo.quispe@protonmail.com",
        subject="Re: placenta",
        body="Hi Mateo,\n\nAna's placenta is in our freezer, labelled with her name and birth date. Bring a cooler with ice; we can hand it over weekdays 9-4. Please pick it up within 7 days - the encapsulation person said she can take it Thursday.\n\nPilar",
    ),
    Spec(
        phi=True,
        category="Birth center superbill to client (DOCX)",
        notes="Superbill to a client's yahoo mailbox with her name, DOB, CPT 59410 and ICD-10 codes for an uncomplicated birth.",
        frm="Billing <billing@willowmerebirthcenter.org>",
        to="r.fontaine95@yahoo.com",
        subject="Your superbill for out-of-network reimbursement",
        body="Hi Rosalie,\n\nAs requested, here is your superbill to submit to your plan for out-of-network reimbursement. Let us know if they ask for anything else.\n\nWillowmere Billing"
        + SIG,
        atts=(
            Att(
                "superbill_Fontaine.docx",
                DOCX,
                docx(
                    [
                        "WILLOWMERE BIRTH CENTER - SUPERBILL",
                        "Client: Rosalie Fontaine   DOB: 04/12/1995   Member ID: TRH660481937",
                        "Date of birth (infant): 04/19/2026",
                        "59410  Vaginal delivery incl. postpartum care    $3,900.00",
                        "Dx: O80 Encounter for full-term uncomplicated delivery; Z37.0 Single live birth",
                        "Rendering: Keziah Amberly, CPM   Facility NPI: 1726830650",
                        "Paid by client 04/19/2026: $3,900.00 (card ending 4471)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Corrected 837I facility claim resubmission",
        notes="Hard positive: body mentions only a denial code; the X12 837I names the client, member ID, DOB and delivery codes.",
        frm="Billing <billing@willowmerebirthcenter.org>",
        to="edi@tririverhealth.com",
        subject="Corrected claim (freq 7) for CO-16 denial",
        body="Resubmitting as a replacement claim with the missing attending info. Original ICN TRH26031177.\n\nThank you",
        atts=(Att("WM_corrected_732.x12", "application/edi-x12", _X12_837I),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to outsourced biller",
        notes="Hard positive: 835 attachment lists two clients with member IDs, claim amounts and a denial; body has none of it.",
        frm="Office Manager <office@willowmerebirthcenter.org>",
        to="team@bluefinbillingpartners.com",
        subject="ERA from Tri-River 5/11",
        body="Nadia - this week's ERA. One denial in there I don't understand, can you look and rework?\n\nThanks, Bev",
        atts=(Att("ERA_19904.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="Due-list workbook sent to backup midwife's personal mailbox",
        notes="Multi-sheet workbook of June clients with names, EDDs and risk notes sent to a contract midwife's gmail.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="hollis.wren.midwife@gmail.com",
        subject="June call - who's due",
        body="Hollis, thanks again for picking up June call. Here's the due list so you can get a sense of things before orientation. Delete after, please.\n\nKeziah",
        atts=(
            Att(
                "june_due.xlsx",
                XLSX,
                xlsx(
                    {
                        "Due June": [
                            ["Client", "EDD", "Parity", "Notes"],
                            ["Okonkwo, Adaeze", "2026-06-03", "G2P1", "GBS+, plans water birth"],
                            ["Barrientos, Lucia", "2026-06-11", "G1P0", "anemia, Hgb 10.2 on iron"],
                            ["Sorensen-Kaye, Mia", "2026-06-17", "G3P2", "hx fast labors (2h)"],
                            [
                                "Achterberg, Rosalind",
                                "2026-06-26",
                                "G2P1",
                                "prior cesarean - VBAC not at WM, transfer of care done",
                            ],
                        ],
                        "Postpartum": [
                            ["Client", "Birth date", "Next visit"],
                            [
                                "Castellanos, Ileana",
                                "2026-05-13",
                                "transferred - hospital birth, f/u 2wk",
                            ],
                            ["Fontaine, Rosalie", "2026-04-19", "6 wk 05/31"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Consult request to OB for elevated blood pressure",
        notes="Named birth-center client with rising blood pressure and proteinuria at 37 weeks referred to a physician for consultation.",
        frm="Keziah Amberly CPM <kamberly@willowmerebirthcenter.org>",
        to="hostrowski@cedarhollowobgyn.com",
        subject="Consult request",
        body=(
            "Dr. Ostrowski,\n\nRequesting a same-day consult for Lucia Barrientos (DOB 03/28/1999), G1P0 at 37w2d. BP today 142/92 and "
            "144/94 fifteen minutes apart, trace protein, no headache or visual symptoms. Labs (CBC, CMP, P:C ratio) drawn and sent. Per our "
            "practice guidelines she risks out of birth center care if gestational hypertension is confirmed.\n\nKeziah Amberly, CPM, LM"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="OCR'd scanned intake form text attachment",
        notes="Hard positive: a TXT of messy OCR from a scanned intake form (broken characters) with name, DOB and prior cesarean history.",
        frm="Front Desk <frontdesk@willowmerebirthcenter.org>",
        to="support@scanwise-docs.com",
        subject="OCR quality is bad again - sample attached",
        body="Hi Scanwise,\n\nYour OCR keeps swapping 0/O and l/1 on our intake forms. Attached is the raw output from one page so you can see. Can your team tune this?\n\nBev Mallory, Office Manager",
        atts=(
            Att(
                "ocr_page_0417.txt",
                "text/plain",
                "W1LLOWMERE B1RTH CENTER  -  CL1ENT 1NTAKE\n"
                "Narne: R0SAL1ND  Achterberg       D0B: 11/O2/1996\n"
                "Addr: 14 Br1ar Path  Ashgr0ve 0H 43l27     Ph: 614-555-Ol88\n"
                "0B h1story: G2 P1   pr1or C/S 2O23 (breech)\n"
                "Al1ergies: PCN (h1ves)\n"
                "Current meds: prenata1 v1tam1n, sertra1ine 5O mg\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 VXU newborn hepatitis B dose to state registry",
        notes="Hard positive: HL7 immunization message names the newborn, DOB, mother and address with hepatitis B vaccine dose.",
        frm="Newborn Care <newborn@willowmerebirthcenter.org>",
        to="iis.support@odh.ohio.gov",
        subject="VXU not accepted via web service - manual submission",
        body="Hello ImpactSIIS team,\n\nOur web service submission failed with 'invalid RXA-11'. Attached is the message. Could you load it manually and advise on the RXA-11 format?\n\nPilar Esquivel, RN",
        atts=(Att("VXU_WM0512-22.hl7", "application/hl7-v2", _HL7_VXU),),
    ),
    Spec(
        phi=True,
        category="Two-week postpartum visit invite to client",
        notes="Calendar invite to a client's gmail for her two-week postpartum and newborn weight check.",
        frm="Scheduling <scheduling@willowmerebirthcenter.org>",
        to="adaeze.okonkwo.nwosu@gmail.com",
        subject="Your 2-week postpartum visit",
        body="Hi Adaeze,\n\nYour 2-week postpartum visit (and a weight check for the baby) is set for the date below. We'll check your bleeding, your stitches, how feeding is going and how you're feeling.\n\nWillowmere",
        atts=(
            Att(
                "postpartum_visit.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Willowmere//Visits//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
                "UID:wm-pp-5521@willowmerebirthcenter.org\nDTSTAMP:20260512T150000Z\nDTSTART:20260526T140000Z\nDTEND:20260526T150000Z\n"
                "SUMMARY:2-week postpartum + newborn weight check (Adaeze Okonkwo)\nLOCATION:Willowmere Birth Center, Room 2\n"
                "END:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless labor board table in HTML email",
        notes="Hard positive: HTML-only table with no headers listing client surnames, gestational ages, GBS status and cervical dilation.",
        frm="On-call Midwife <oncall@willowmerebirthcenter.org>",
        to="kamberly@willowmerebirthcenter.org",
        cc="hollis.wren@willowmerebirth-contract.net",
        subject="board @ 0600",
        body="",
        html=(
            "<html><body><table border='1'>"
            "<tr><td>Okonkwo</td><td>39+2</td><td>GBS+ abx 2nd dose 0410</td><td>7cm</td></tr>"
            "<tr><td>Sorensen-Kaye</td><td>37+6</td><td>GBS-</td><td>prodromal, sent home 0200</td></tr>"
            "<tr><td>PP rm 3</td><td>Halvorsen-Abara</td><td>d/c today, hep B given</td><td></td></tr>"
            "</table><p>quiet otherwise. -P</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Pregnancy verification letter to WIC",
        notes="Letter to the WIC office verifying a named client's pregnancy, due date and hemoglobin for nutrition program enrolment.",
        frm="Front Desk <frontdesk@willowmerebirthcenter.org>",
        to="wic.ashgrove@franklincountyhealth.org",
        subject="Pregnancy verification",
        body=(
            "To the WIC office,\n\nThis confirms that Marisol Teixeira-Vance (DOB 10/05/2001) is a client of Willowmere Birth Center and is "
            "currently pregnant with an estimated due date of 11/14/2026. Hemoglobin on 05/06/2026: 10.9 g/dL. Height 5'3\", pre-pregnancy weight 118 lb.\n\n"
            "Please contact us at 614-555-0150 with any questions." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Client's bleeding message forwarded to consulting OB",
        notes="Hard positive: outer note says only 'see below'; the forwarded client e-mail carries her name and third-trimester bleeding.",
        frm="Keziah Amberly CPM <kamberly@willowmerebirthcenter.org>",
        to="tlindqvist@cedarhollowobgyn.com",
        subject="Fwd: spotting",
        body="Tova - see below, can you see her in triage this afternoon? I'd rather she's scanned before we keep her. K",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Mia Sorensen-Kaye <mia.sk@fastmail.com>",
            to="kamberly@willowmerebirthcenter.org",
            subject="spotting",
            body="Hi Keziah, I had some bright red spotting this morning after nothing in particular, maybe a tablespoon, no cramps. Baby is moving fine. I'm 33 weeks. Should I worry? - Mia",
        ),
    ),
    Spec(
        phi=True,
        category="Response to midwifery board complaint with client records (zip)",
        notes="Zip of a named client's chart notes about a neonatal transfer sent to the state licensing board in a complaint response.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="investigations@ohiomidwiferyboard.gov",
        subject="Complaint 26-0112 - response and records",
        body="Investigator Drummond,\n\nAttached is our response to complaint 26-0112 and the subpoenaed records for the client and her infant. Please direct further requests to our counsel.\n\nKeziah Amberly, CPM, LM\nClinical Director",
        atts=(
            Att(
                "complaint_26-0112.zip",
                "application/zip",
                zipped(
                    {
                        "response_letter.txt": "Re: care of Tamara Mbeki-Solberg and infant, March 2026. The infant was transferred at 2 hours of life for grunting and SpO2 88%; EMS called at 16:04.\n",
                        "chart/labor_flowsheet.csv": "time,fhr,bp,temp\n13:00,140,118/72,37.1\n14:30,145,122/76,37.3\n",
                        "chart/newborn_notes.txt": "Baby boy Mbeki-Solberg b. 03/22/2026 13:58. Apgar 7/8. Retractions at 1h. NICU admission, dx TTN.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicaid presumptive eligibility form with SSN to county",
        notes="Presumptive eligibility request to the county with the client's name, SSN, DOB and pregnancy.",
        frm="Financial Counselor <financial@willowmerebirthcenter.org>",
        to="pe.applications@franklincountyjfs.org",
        subject="PE application - pregnant woman",
        body=(
            "Please process presumptive eligibility for pregnancy:\n\nName: Brisa Almanzar-Ruiz\nSSN: 471-62-8305\nDOB: 07/19/2003\n"
            "Address: 3 Millrace Ct Apt 2, Ashgrove OH 43127\nHousehold size: 2 (incl. unborn)\nMonthly income: $1,640\n"
            "Pregnancy confirmed 05/11/2026, EDD 12/20/2026.\n\nThank you,\nOfelia Marsh, Financial Counselor"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Family birth story in donor newsletter (HTML only)",
        notes="Hard positive: donor newsletter spotlight (with the family's consent) naming the mother and baby, birth date and water birth at the center.",
        frm="Willowmere Friends <friends@willowmerebirthcenter.org>",
        to="donors@lists.willowmerebirthcenter.org",
        subject="Spring update: a very special water birth",
        body="",
        html=(
            "<html><body><h2>Spring at Willowmere</h2><p>Thanks to your gifts, our second birth suite now has a new pool. Its very first "
            "birth? <b>Corinne Halvorsen-Abara</b> welcomed daughter <b>Elsie</b> on May 10 after a 6-hour labor - in the water, just as "
            "she had hoped. 'After my first birth ended in a cesarean, this felt like healing,' Corinne told us.</p>"
            "<p>Corinne and her wife kindly agreed to share their story.</p><p>With gratitude,<br>The Willowmere Friends committee</p>"
            "<img src='https://track.mailblast-stats.com/o/wm-spring26.gif' width='1' height='1'></body></html>"
        ),
    ),
    # ---------------------------------------------------------------- not PHI (18)
    Spec(
        phi=False,
        category="Accreditation statistics workbook (multi-sheet, aggregate)",
        notes="Hard negative: multi-sheet workbook of annual birth-center outcomes (transfer rates, Apgar ranges) with counts only.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="reports@birthcenteraccreditation.org",
        subject="Willowmere 2025 annual data submission",
        body="Attached is our 2025 data for the annual report. All figures are aggregate. Let me know if you need the data dictionary.\n\nKeziah Amberly",
        atts=(
            Att(
                "WM_2025_annual.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "n", "%"],
                            ["Clients admitted in labor", 214, ""],
                            ["Births at center", 181, "84.6%"],
                            ["Intrapartum transfers", 33, "15.4%"],
                            ["Emergent transfers", 4, "1.9%"],
                            ["Cesarean after transfer", 11, "5.1%"],
                        ],
                        "Newborn": [
                            ["Measure", "n"],
                            ["5-min Apgar < 7", 3],
                            ["Newborn transfers", 5],
                            ["Exclusive breastfeeding at 6 wk", 166],
                        ],
                        "Transfer reasons": [
                            ["Reason", "n"],
                            ["Failure to progress / exhaustion", 19],
                            ["Request for epidural", 7],
                            ["Meconium + non-reassuring FHR", 4],
                            ["Hypertension", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Open house and tour invitation to community list",
        notes="Public open-house invitation with a calendar attachment; no client.",
        frm="Willowmere Birth Center <hello@willowmerebirthcenter.org>",
        to="community@lists.willowmerebirthcenter.org",
        subject="Open house Saturday May 30 - tour our new birth suite",
        body="Curious about birth center birth? Join us for an open house: tour the suites, meet the midwives, ask anything. Kids welcome. Light refreshments.\n\nSaturday May 30, 10 AM - 1 PM, 905 Orchard Lane.",
        atts=(
            Att(
                "open_house.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Willowmere//Events//EN\nBEGIN:VEVENT\nUID:wm-openhouse-2026@willowmerebirthcenter.org\n"
                "DTSTAMP:20260512T150000Z\nDTSTART:20260530T140000Z\nDTEND:20260530T170000Z\nSUMMARY:Willowmere open house\n"
                "LOCATION:905 Orchard Lane, Ashgrove OH\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Midwife website bio draft with clinical interests",
        notes="Hard negative: draft bio for a midwife mentioning VBAC counselling and gestational diabetes; clinician, no client.",
        frm="Pilar Esquivel <pesquivel@willowmerebirthcenter.org>",
        to="studio@fernandpinedesign.com",
        subject="Bio text for the new website",
        body=(
            "Hi Rowan,\n\nHere's the text for Keziah's page:\n\n\"Keziah Amberly, CPM, LM, has attended more than 900 births over 17 years, "
            "first in rural Kentucky and since 2015 at Willowmere. She has a special interest in counselling families about VBAC, supporting "
            'people with diet-controlled gestational diabetes, and perineal care. She lives in Ashgrove with two teenagers and too many chickens."\n\n'
            "Photo to follow. Pilar"
        ),
    ),
    Spec(
        phi=False,
        category="Birth supplies reorder (CSV) to vendor",
        notes="Supply order CSV for birth pool liners, underpads and cord clamps; no patient.",
        frm="Office Manager <office@willowmerebirthcenter.org>",
        to="orders@birthingsupplyco.com",
        subject="Reorder - account WB-3318",
        body="Hi, please ship the attached. Same address as last time. - Bev",
        atts=(
            Att(
                "reorder_0512.csv",
                "text/csv",
                "sku,item,qty\nBPL-220,Birth pool liner (La Bassine),6\nUP-3036,Underpads 30x36 (case),4\nCC-100,Umbilical cord clamps (box 100),1\n"
                "DL-08,Sterile delivery kit,12\nAM-10,Amnihook,20\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Synthetic FHIR bundle for EHR vendor sandbox",
        notes="Hard negative: FHIR bundle tagged HTEST with an obviously synthetic 'Testmom Sandbox' patient sent to a vendor.",
        frm="Office Manager <office@willowmerebirthcenter.org>",
        to="integrations@cradlechart.io",
        subject="Sandbox import failing - sample bundle",
        body="Hi Cradlechart team,\n\nYour sandbox rejects this synthetic bundle with 'unknown extension'. The patient is the fake Testmom Sandbox record we made for training, tagged HTEST. Can you whitelist our synthetic-flag extension?\n\nBev",
        atts=(Att("synthetic_bundle.json", "application/fhir+json", _FHIR_SYNTH),),
    ),
    Spec(
        phi=False,
        category="Transfer-of-care policy with blank example fields (DOCX)",
        notes="Hard negative: policy document containing field labels (Client Name, DOB, MRN) left blank as a template.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="ldnursemanager@stbrendanregional.org",
        subject="Updated transfer policy + blank handoff form for your review",
        body="Hi Gwen,\n\nAs promised at the collaboration meeting, here's our revised transfer policy with the blank SBAR handoff form. Red-line anything your team wants changed.\n\nKeziah",
        atts=(
            Att(
                "WM_transfer_policy_v4.docx",
                DOCX,
                docx(
                    [
                        "Willowmere Birth Center - Policy CL-07: Intrapartum and Postpartum Transfer",
                        "Purpose: to ensure safe, timely transfer to St. Brendan Regional Medical Center.",
                        "1. The midwife calls the L&D charge nurse before departure.",
                        "2. Emergent transfers (cord prolapse, hemorrhage, eclampsia) go by EMS.",
                        "Appendix A - SBAR handoff form",
                        "Client Name: ____________  DOB: ___/___/______  WM MRN: ________",
                        "G__ P__   GA: ____   GBS: pos / neg / unknown",
                        "Reason for transfer: ______________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Birth suite plumbing repair request",
        notes="Facilities request about a leaking tub drain; no patient.",
        frm="Office Manager <office@willowmerebirthcenter.org>",
        to="service@ashgroveplumbingco.com",
        subject="Tub drain leaking in Suite 2 again",
        body="Hi Dale,\n\nThe birth tub in Suite 2 is leaking at the drain collar again (same as March). We need it fixed before Friday; we can clear the room Wednesday 10-2. Please bring the part this time.\n\nBev Mallory\n614-555-0150",
    ),
    Spec(
        phi=False,
        category="Birth assistant job posting",
        notes="Hard negative: job ad mentions recognizing neonatal distress and hemorrhage; no individual.",
        frm="Careers <careers@willowmerebirthcenter.org>",
        to="jobs@ashgrovecommunitycollege.edu",
        subject="Job posting for your nursing/EMT students: Birth Assistant",
        body="Please share with your students:\n\nBIRTH ASSISTANT (per diem, on-call). Assist midwives at births, restock suites, chart vitals, help with newborn exams. Must hold NRP and BLS, be able to recognise signs of neonatal distress and postpartum hemorrhage, and reach the center within 30 minutes. $24/hr plus call pay.",
    ),
    Spec(
        phi=False,
        category="Staff pertussis exposure notice without names",
        notes="Hard negative: staff health notice about a pertussis exposure in the building; no staff member or client named.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="staff@willowmerebirthcenter.org",
        subject="Pertussis exposure - action needed by Thursday",
        body="Team,\n\nThe county health department informed us that a visitor to our building on May 5 was later diagnosed with pertussis. Anyone who worked May 5 should check their Tdap date and watch for cough for 21 days. The health department recommends prophylaxis for staff with close contact; call employee health at 614-555-0159. Clients who were here that day are being contacted by the health department directly.\n\nKeziah",
    ),
    Spec(
        phi=False,
        category="Foundation grant report on Medicaid births (PDF)",
        notes="Hard negative: grant report with aggregate outcomes for Medicaid-covered births and a quote attributed anonymously.",
        frm="Development <development@willowmerebirthcenter.org>",
        to="grants@buckeyewomensfund.org",
        subject="Interim grant report - Access to Birth Center Care",
        body="Dear Ms. Pham,\n\nPlease find attached our six-month interim report. Thank you for your continued support.\n\nSincerely,\nAnnika Roos, Development Director",
        atts=(
            Att(
                "WM_interim_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE BIRTH CENTER - INTERIM REPORT TO BUCKEYE WOMEN'S FUND",
                        "Period: Nov 2025 - Apr 2026",
                        "Medicaid-covered clients enrolled: 58 (target 50)",
                        "Births at center: 39   Transfers: 7   Cesarean rate (all enrolled): 6.9%",
                        "Breastfeeding at 6 weeks: 91%",
                        "Client quote (anonymous): 'I felt listened to for the first time.'",
                    ],
                    "Interim report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="State license renewal with staff license numbers and NPIs",
        notes="Hard negative: license renewal listing the facility and midwives' licence numbers and NPIs; no clients.",
        frm="Office Manager <office@willowmerebirthcenter.org>",
        to="licensure@odh.ohio.gov",
        subject="Freestanding birth center license renewal FBC-0044",
        body=(
            "Licensure staff,\n\nWe are renewing license FBC-0044 (exp 06/30/2026). Clinical staff on file:\n\n"
            "- Keziah Amberly, CPM, LM - Ohio LM-00318 - NPI: 1898027143\n- Pilar Esquivel, RN, IBCLC - RN.411872\n"
            "- Hollis Wren, CNM (contract) - APRN.CNM.0052210 - NPI: 1127116428\n- Facility NPI: 1726830650\n\n"
            "Fee paid online, confirmation 88-2217. Fire inspection certificate attached separately.\n\nBev Mallory"
        ),
    ),
    Spec(
        phi=False,
        category="Payer contract negotiation with CPT facility rates",
        notes="Hard negative: negotiation about birth-center facility rates for CPT 59409/59410 and revenue code 0724; no clients.",
        frm="Executive Director <director@willowmerebirthcenter.org>",
        to="contracting@tririverhealth.com",
        subject="Birth center facility rate proposal",
        body="Hello Marcus,\n\nOur proposal for the 2027 renewal: revenue code 0724 facility fee at $2,400, 59409/59410 professional at 100% of the Medicaid fee schedule plus 15%, and a $300 transfer fee when a client transfers in labor. Birth center care saves your plan roughly $4,000 per birth versus hospital vaginal birth.\n\nBest,\nSigrid Mallory-Yates\nExecutive Director",
    ),
    Spec(
        phi=False,
        category="Fundraiser thank-you to community volunteers",
        notes="Thanks to community volunteers for a fundraiser; no client information.",
        frm="Willowmere Friends <friends@willowmerebirthcenter.org>",
        to="volunteers@lists.willowmerebirthcenter.org",
        subject="THANK YOU from the pancake breakfast crew",
        body="You flipped 600 pancakes and raised $4,120 for the sliding-scale fund! Special thanks to the Milkweed doulas for running the kids' table. Photos (crowd shots only) on our Facebook page.\n\n- Annika & the Friends committee",
    ),
    Spec(
        phi=False,
        category="Reply to freelance journalist with aggregate safety data",
        notes="Reply to a freelance reporter's gmail with aggregate transfer and outcome numbers; no individual.",
        frm="Executive Director <director@willowmerebirthcenter.org>",
        to="jenna.alcott.freelance@gmail.com",
        subject="Re: birth center story",
        body="Hi Jenna,\n\nHappy to talk. For background: last year 214 families came to us in labor; 85% gave birth here and 15% transferred to the hospital, almost all for non-emergent reasons like a long labor. Our cesarean rate for everyone who started care with us was under 7%. We can't discuss any individual family, but several have offered to talk to you directly - I'll pass your contact along to them.\n\nSigrid",
    ),
    Spec(
        phi=False,
        category="Oxytocin vial recall notice with lot numbers",
        notes="Hard negative: recall notice listing oxytocin lot numbers and expiry dates; identifiers of products, not people.",
        frm="Clinical Director <clinicaldirector@willowmerebirthcenter.org>",
        to="staff@willowmerebirthcenter.org",
        subject="RECALL: oxytocin 10 units/mL - check your kits",
        body="All,\n\nOur distributor issued a recall for particulate matter in oxytocin 10 units/mL vials, lots OX25K118, OX25K121 and OX26A004 (exp 11/2027). Please check every hemorrhage kit and the med fridge today, quarantine affected vials in the blue bin, and log what you pulled. Replacement stock arrives Wednesday.\n\nKeziah",
    ),
    Spec(
        phi=False,
        category="Neonatal resuscitation drill scenario (TXT)",
        notes="Hard negative: simulation scenario with a clearly fictional 'Baby Girl Doe' and invented vital signs for a mock code.",
        frm="Pilar Esquivel <pesquivel@willowmerebirthcenter.org>",
        to="staff@willowmerebirthcenter.org",
        subject="Mock code Friday - scenario attached",
        body="Mock NRP drill Friday 2 PM. Scenario attached so the assistants can preview the equipment list. It's all made up - please don't treat the mannequin's 'chart' as real.\n\nPilar",
        atts=(
            Att(
                "nrp_drill_scenario.txt",
                "text/plain",
                "SIMULATION ONLY - FICTIONAL PATIENT\nScenario: 'Baby Girl Doe', born at 41w2d in Suite 1 after thick meconium.\n"
                "At birth: apneic, HR 80. Expected: dry/stimulate, PPV within 60 s, MR SOPA, SpO2 on right hand.\n"
                "Equipment: bag-mask, T-piece, suction, 8 Fr feeding tube, pulse oximeter, warm towels.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Lease renewal correspondence with landlord",
        notes="Business correspondence about the building lease; no patient.",
        frm="Executive Director <director@willowmerebirthcenter.org>",
        to="leasing@orchardlaneproperties.com",
        subject="Lease renewal - 905 Orchard Lane",
        body="Hi Gordon,\n\nWe'd like to exercise the 5-year renewal option. Two requests: replace the parking lot lighting (our families arrive at all hours) and confirm the HVAC replacement stays the landlord's responsibility under section 11.\n\nThanks,\nSigrid",
    ),
    Spec(
        phi=False,
        category="Hospital transfer agreement (PDF) with staff contacts",
        notes="Hard negative: signed transfer agreement listing hospital and birth-center staff names and phone numbers; no clients.",
        frm="Executive Director <director@willowmerebirthcenter.org>",
        to="legal@stbrendanregional.org",
        subject="Executed transfer agreement",
        body="Attached is the countersigned agreement. Thank you for turning it around so quickly.\n\nSigrid Mallory-Yates",
        atts=(
            Att(
                "WM_SBRMC_transfer_agreement.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRANSFER AGREEMENT - WILLOWMERE BIRTH CENTER AND ST. BRENDAN REGIONAL MEDICAL CENTER",
                        "Term: July 1, 2026 - June 30, 2029",
                        "Hospital contact: Gwen Takahashi, RN, L&D Nurse Manager, 614-555-0170",
                        "Birth center contact: Keziah Amberly, CPM, Clinical Director, 614-555-0151",
                        "Section 4: Hospital accepts transfers 24/7; birth center provides records at transfer.",
                        "Signed: Sigrid Mallory-Yates (Willowmere), Dr. Anand Kulkarni (SBRMC CMO)",
                    ],
                    "Transfer agreement",
                ),
            ),
        ),
    ),
]
