"""Bloomfield Women's Health & Fertility (bloomfieldwhf.com): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, typographic punctuation)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBloomfield Women's Health & Fertility\n2210 NW Glisan St, Suite 400, Portland OR 97210\n503-555-0140 | bloomfieldwhf.com"
CONF = "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee."

HL7_ORU = (
    "MSH|^~\\&|BWF_LIS|BLOOMFIELD|EPIC|WILLAMETTEOB|20260317091500||ORU^R01|BWF260317001|P|2.5.1\r"
    "PID|1||20466183^^^BWF^MR||ABERNATHY^CLAIRE^M||19880611|F|||1418 SE Salmon St^^Portland^OR^97214||503-555-0163\r"
    "OBR|1|ORD55102|LAB77120|83001^FSH^CPT|||20260316074000\r"
    "OBX|1|NM|83001^FSH^CPT||11.8|mIU/mL|3.5-12.5|N|||F\r"
    "OBX|2|NM|AMH^Anti-Mullerian hormone^L||0.62|ng/mL|1.0-3.5|L|||F\r"
    "OBX|3|NM|82670^Estradiol^CPT||41|pg/mL|25-75|N|||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|BWF_LIS|BLOOMFIELD|NEXGEN_IF|TESTENV|20260318140200||ORU^R01|TST0001|T|2.5.1\r"
    "PID|1||TEST000001^^^BWF^MR||ZZTEST^FERTILITY^ONE||19000101|F\r"
    "OBR|1|TSTORD1|TSTLAB1|84702^hCG quant^CPT\r"
    "OBX|1|NM|84702^hCG quant^CPT||999|mIU/mL||N|||F\r"
)

FHIR_SEMEN = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bwf-m-3381",
      "name": [{"family": "Castellanos", "given": ["Mateo"]}],
      "birthDate": "1985-02-27", "gender": "male",
      "identifier": [{"system": "urn:bwf:mrn", "value": "20471906"}]}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "Semen analysis - total motile count"},
      "subject": {"reference": "Patient/bwf-m-3381"},
      "effectiveDateTime": "2026-03-13",
      "valueQuantity": {"value": 3.1, "unit": "million"},
      "interpretation": [{"text": "Severely reduced; ICSI recommended"}]}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Transfer of Care Summary</title>
  <recordTarget><patientRole>
    <id extension="20439517" root="2.16.840.1.113883.3.9106"/>
    <patient><name><given>Nadia</given><family>Farouk</family></name>
      <birthTime value="19900719"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Intrauterine pregnancy 9w2d after frozen embryo transfer (Z33.1); history of bilateral tubal occlusion (N97.1)</text></section></component>
    <component><section><title>Medications</title>
      <text>Progesterone in oil 50 mg IM daily until 10 weeks; estradiol 2 mg PO BID, taper</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*BLOOMFIELDWHF  *ZZ*CASCADECLEAR   *260317*1015*^*00501*000010612*0*P*:~"
    "GS*HC*BLOOMFIELDWHF*CASCADECLEAR*20260317*1015*10612*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "NM1*85*2*BLOOMFIELD WOMENS HEALTH AND FERTILITY*****XX*1470011648~"
    "NM1*IL*1*OYELARAN*TEMITOPE****MI*PKW448201937~"
    "DMG*D8*19870904*F~"
    "CLM*BWF88123*6850***11:B:1*Y*A*Y*Y~"
    "HI*ABK:N97.9*ABF:E28.2~"
    "SV1*HC:58970*4200*UN*1~"
    "SV1*HC:89258*2650*UN*1~"
    "SE*10*0001~GE*1*10612~IEA*1*000010612~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*BLOOMFIELDWHF  *ZZ*MEDICAREOR     *260318*0902*^*00501*000010613*0*P*:~"
    "GS*HS*BLOOMFIELDWHF*MEDICAREOR*20260318*0902*10613*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "HL*1**20*1~NM1*PR*2*MEDICARE PART B*****PI*00832~"
    "HL*2*1*21*1~NM1*1P*2*BLOOMFIELD WOMENS HEALTH*****XX*1470011648~"
    "HL*3*2*22*0~NM1*IL*1*PRZYBYLSKI*HALINA****MI*5QW8HN2RK47~DMG*D8*19570330*F~"
    "EQ*30~EQ*BT:77080~SE*9*0001~GE*1*10613~IEA*1*000010613~"
)

ICS_RETRIEVAL = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Bloomfield WHF//Scheduling//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:bwf-or-20260320-0715@bloomfieldwhf.com\r\nDTSTAMP:20260317T180000Z\r\n"
    "DTSTART:20260320T141500Z\r\nDTEND:20260320T153000Z\r\n"
    "SUMMARY:Egg retrieval - Sunita Ramaswamy (arrive 7:15, NPO after midnight)\r\n"
    "LOCATION:Bloomfield Surgery Suite 410\r\nORGANIZER:mailto:ivfnurses@bloomfieldwhf.com\r\n"
    "ATTENDEE:mailto:sunita.ramaswamy@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_LN2 = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Bloomfield WHF//Facilities//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:bwf-ln2-20260319@bloomfieldwhf.com\r\nDTSTAMP:20260316T160000Z\r\n"
    "DTSTART:20260319T160000Z\r\nDTEND:20260319T170000Z\r\n"
    "SUMMARY:LN2 bulk fill - cryo room B (dock access needed)\r\n"
    "LOCATION:Loading dock, 2210 NW Glisan\r\nORGANIZER:mailto:facilities@bloomfieldwhf.com\r\n"
    "ATTENDEE:mailto:dispatch@pacificcryogas.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="beta hCG positive result to patient personal email",
        notes="Patient's full name with positive pregnancy blood test value and next step.",
        frm="IVF Nursing Team <ivfnurses@bloomfieldwhf.com>",
        to="lauren.whitcombe@gmail.com",
        subject="Your blood test from this morning",
        body=(
            "Hi Lauren,\n\nCongratulations! Your beta hCG from today (14 days after your frozen embryo transfer) "
            "is 287 mIU/mL, which is a very good first number. Please keep taking your progesterone in oil and "
            "estradiol exactly as you have been. We will repeat the beta on Friday to make sure it is doubling.\n\n"
            "Warmly,\nTessa Marlow RN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="first name beta result to husband",
        notes="Hard positive: only the wife's first name plus husband relationship and a low beta value, sent to his mailbox.",
        frm="Tessa Marlow RN <tmarlow@bloomfieldwhf.com>",
        to="dev.anand.pdx@gmail.com",
        subject="re: callback",
        body=(
            "Hi Dev - returning your call since Priya's phone keeps going to voicemail. Her beta came back at 19, "
            "which is lower than we'd like. She should stay on her meds and we'll recheck Thursday at 7:30. "
            "Have her call the nurse line if she has any bleeding or one-sided pain.\n\nTessa"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ovarian reserve results to referring OB",
        notes="Hard positive: the patient's name, MRN, DOB and low AMH appear only in the HL7 attachment.",
        frm="Bloomfield Lab Interface <lab-interface@bloomfieldwhf.com>",
        to="results@willametteobgyn.com",
        subject="ORU batch BWF260317001",
        body="Automated result delivery. 1 message attached. Contact lab-interface@bloomfieldwhf.com with questions.",
        atts=(Att("BWF260317001.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR semen analysis bundle to urologist",
        notes="Hard positive: body names no one; the FHIR bundle carries the male partner's name, MRN and severely reduced motile count.",
        frm="Andrology Lab <andrology@bloomfieldwhf.com>",
        to="referrals@rosecityurology.com",
        subject="Andrology result - your referral of 3/9",
        body="Dr. Haddad,\n\nResult bundle attached as FHIR JSON for import. Happy to discuss by phone.\n\nKeiko Brandt, Andrology Supervisor"
        + SIG,
        atts=(Att("andrology_result.json", "application/fhir+json", FHIR_SEMEN),),
    ),
    Spec(
        phi=True,
        category="C-CDA transfer of care at graduation to OB",
        notes="Hard positive: 'our mutual patient' in body; the C-CDA names the patient with pregnancy after FET and medications.",
        frm="Dr. Renata Salgado <rsalgado@bloomfieldwhf.com>",
        to="intake@pearldistrictobgyn.com",
        subject="Graduation to OB care - CCD attached",
        body=(
            "Hello Pearl District team,\n\nOur mutual patient is graduating from our care at 9 weeks with a normal "
            "heartbeat today. Her transfer-of-care document is attached; please schedule her first OB visit for "
            "next week.\n\nThank you,\nRenata Salgado MD, REI" + SIG
        ),
        atts=(Att("transfer_of_care.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 837 egg retrieval claim to clearinghouse",
        notes="Hard positive: the 837 carries the member name, member ID, DOB, infertility diagnosis codes and retrieval CPT.",
        frm="Revenue Cycle <billing@bloomfieldwhf.com>",
        to="submissions@cascadeclear.net",
        subject="837P batch 10612",
        body="Batch 10612 attached (1 claim). Please confirm 999 acceptance.\n\nBloomfield Revenue Cycle",
        atts=(Att("BWF_837P_10612.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="X12 270 Medicare eligibility for DEXA",
        notes="Hard positive: eligibility inquiry with a menopause patient's name, MBI and DOB for bone density testing.",
        frm="Revenue Cycle <billing@bloomfieldwhf.com>",
        to="edi@medicare-or-gateway.net",
        subject="270 inquiry 10613",
        body=(
            "Eligibility inquiry attached for Ms. Halina Przybylski, MBI: 5QW8-HN2-RK47, DOB 03/30/1957, "
            "scheduled for DEXA (77080) in our menopause clinic on 3/24.\n\nRevenue Cycle"
        ),
        atts=(Att("BWF_270_10613.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="egg retrieval calendar invite to patient",
        notes="Calendar invite naming the patient with egg retrieval time and NPO instruction, sent to her iCloud.",
        frm="IVF Scheduling <ivfnurses@bloomfieldwhf.com>",
        to="sunita.ramaswamy@icloud.com",
        subject="Your retrieval on Friday 3/20",
        body=(
            "Sunita, your egg retrieval is confirmed for Friday 3/20. Trigger shot (Ovidrel + Lupron) tonight at exactly 9:15 pm. "
            "Nothing to eat or drink after midnight, and please bring a driver." + SIG
        ),
        ics=ICS_RETRIEVAL,
    ),
    Spec(
        phi=True,
        category="ultrasound image named after patient",
        notes="Hard positive: body is a congratulations with no name; the PNG file name carries the patient's name and 8-week scan.",
        frm="Sonography <ultrasound@bloomfieldwhf.com>",
        to="chidi.okonkwo77@gmail.com",
        subject="the picture you asked for",
        body="Here's the picture from this morning's scan, as promised. Congratulations to you both!\n\n- Marisa, RDMS",
        atts=(Att("Okonkwo_Adaeze_8wk_ultrasound.png", "image/png", png(6, 6, (30, 30, 30))),),
    ),
    Spec(
        phi=True,
        category="IUI cycle balance statement",
        notes="Statement to patient's Yahoo mailbox naming her, her account and an IUI cycle charge.",
        frm="Patient Accounts <accounts@bloomfieldwhf.com>",
        to="kbergstrom_82@yahoo.com",
        subject="Statement - account 7731905",
        body=(
            "Dear Karin Bergstrom,\n\nAccount 7731905\n\n  02/24/26  IUI with ultrasound monitoring (cycle 2)   $1,140.00\n"
            "  02/24/26  Sperm wash / prep                           $  310.00\n  03/02/26  Payment - thank you               -$  800.00\n\n"
            "  Balance due:                                       $  650.00\n\nPay online at bloomfieldwhf.com/pay or call 503-555-0142."
        ),
    ),
    Spec(
        phi=True,
        category="embryo storage renewal workbook to cryobank",
        notes="Multi-sheet workbook listing patients by name and MRN with embryo counts and tank positions, sent to the storage vendor.",
        frm="Embryology Lab <embryology@bloomfieldwhf.com>",
        to="transfers@northstarcryo.com",
        subject="Q2 long-term storage transfer list",
        body="Attached is the list of patients moving to long-term storage at your Beaverton site. Shipper arrives 3/23.\n\nJonah Pike, Embryology Manager"
        + SIG,
        atts=(
            Att(
                "BWF_storage_transfer_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Transfer": [
                            ["Patient", "MRN", "DOB", "Embryos", "Day", "Tank/Canister"],
                            ["Hollis, Joanna", "20401337", "1984-08-02", 3, "D5", "T4/C12"],
                            ["Mbeki, Lindiwe", "20412258", "1989-01-15", 2, "D6", "T4/C13"],
                            ["Tran, Kimberly", "20398801", "1982-11-30", 5, "D5", "T5/C02"],
                        ],
                        "Consents": [
                            ["MRN", "Storage consent signed", "Disposition election"],
                            ["20401337", "2026-02-11", "Donate to research"],
                            ["20412258", "2026-02-27", "Thaw and discard"],
                            ["20398801", "2026-03-04", "Keep frozen"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="work excuse letter to employer HR",
        notes="Hard positive: no diagnosis, but tells the employer the named employee is a patient having a procedure at a fertility clinic.",
        frm="Front Desk <frontdesk@bloomfieldwhf.com>",
        to="hr@cascadeprecision.com",
        subject="Medical excuse - Gabriela Soto",
        body=(
            "To whom it may concern,\n\nGabriela Soto is under the care of Bloomfield Women's Health & Fertility and will have an "
            "outpatient procedure on March 20, 2026. She should be excused from work March 20-21 and may return without "
            "restrictions on March 23.\n\nSincerely,\nFront Desk" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="stimulation protocol prescription to specialty pharmacy",
        notes="IVF medication orders with patient name, DOB and doses; prescriber NPI and DEA included.",
        frm="Dr. Renata Salgado <rsalgado@bloomfieldwhf.com>",
        to="rx@freedomfertilityrx.com",
        subject="New IVF protocol - please ship by 3/19",
        body=(
            "Patient: Ayesha Qureshi   DOB 05/12/1991   Phone 503-555-0177\n"
            "Ship to: home address on file\n\n"
            "1. Gonal-f RFF pen 900 IU - 225 IU SC nightly x 10 days\n2. Menopur 75 IU vials #20 - 150 IU SC nightly\n"
            "3. Cetrotide 0.25 mg #6 - start stim day 6\n4. Ovidrel 250 mcg #1 - trigger as directed\n\n"
            "Prescriber: Renata Salgado MD   NPI: 1109199897   DEA BS7638565\n" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="misdirected forward of OHSS symptoms to personal email",
        notes="Nurse forwards a patient's message about bloating and weight gain after retrieval to a physician's personal Gmail.",
        frm="Tessa Marlow RN <tmarlow@bloomfieldwhf.com>",
        to="renata.salgado.md@gmail.com",
        subject="Fwd: still feeling awful",
        body="Renata - forwarding since you're off site. Sounds like early OHSS to me. OK to bring her in for an US and labs tomorrow?\nT",
        forward=Spec(
            phi=True,
            category="patient message",
            notes="inner",
            frm="Melissa Yarrow <melyarrow@outlook.com>",
            to="ivfnurses@bloomfieldwhf.com",
            subject="still feeling awful",
            body=(
                "Hi, it's Melissa Yarrow (retrieval Monday, 31 eggs). I've gained 6 pounds since Tuesday, my belly is "
                "really tight and I'm short of breath lying down. Is this normal?"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse MRN stim update to covering physician",
        notes="Hard positive: MRN with estradiol level, follicle sizes and trigger timing in clinical shorthand.",
        frm="Dr. Owen Achterberg <oachterberg@bloomfieldwhf.com>",
        to="oncall-rei@providenceportland.org",
        subject="weekend coverage",
        body="MRN 20466871 - E2 4,120, lead 19mm x3, 16-18 x7. trigger tonight 2130 dual. ER Sun 0830. OHSS risk mod, cab 0.5 x3d.\n-OA",
    ),
    Spec(
        phi=True,
        category="carrier screening positive to genetic counselor",
        notes="Patient named as a cystic fibrosis carrier with partner testing request.",
        frm="Genetics Coordinator <genetics@bloomfieldwhf.com>",
        to="gc-referrals@ohsu-genetics.org",
        subject="Referral for genetic counseling",
        body=(
            "Hello,\n\nWe are referring Hannah Liebowitz (DOB 09/21/1993, MRN 20482214) for pre-IVF genetic counseling. "
            "Her expanded carrier screen shows she is a carrier of cystic fibrosis (CFTR F508del). Her partner, Noah "
            "Liebowitz, has not yet been tested. They are hoping to discuss PGT-M.\n\nThank you,\nDana Whitfield, MS"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject with cycle notes",
        notes="Hard positive: subject names the patient and PCOS letrozole cycle; body is just 'see attached'.",
        frm="Dr. Owen Achterberg <oachterberg@bloomfieldwhf.com>",
        to="mfolau@willametteobgyn.com",
        subject="Lindqvist - PCOS letrozole cycle 3",
        body="see attached, thx",
        atts=(
            Att(
                "cycle3_notes.txt",
                "text/plain",
                "CD3 baseline: AFC 28, no cysts\nLetrozole 7.5 mg CD3-7\nCD12: R 17mm, E2 212\nhCG trigger CD13, timed IC\nBeta due 4/1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PGT-A embryo reports zip to patient",
        notes="Zip of PGT-A reports named after the couple, sent to patient's Hotmail with embryo results in the body.",
        frm="Embryology Lab <embryology@bloomfieldwhf.com>",
        to="jess.fairbanks@hotmail.com",
        subject="Your PGT-A results",
        body=(
            "Hi Jess and Marcus,\n\nYour PGT-A results are back: of the 6 blastocysts biopsied, 3 are euploid (normal), "
            "2 are aneuploid and 1 is mosaic. Dr. Salgado will go over the reports with you on Tuesday. The full reports are attached.\n\nJonah Pike"
            + SIG
        ),
        atts=(
            Att(
                "Fairbanks_PGT-A_reports.zip",
                "application/zip",
                zipped(
                    {
                        "Fairbanks_J_PGTA_summary.txt": "Patient: Jessica Fairbanks  DOB 1990-06-08\nEmbryo 1 D5 4AA euploid XX\nEmbryo 2 D5 4AB euploid XY\nEmbryo 3 D6 5BB aneuploid +16\n",
                        "Fairbanks_J_PGTA_detail.txt": "Embryo 4 D6 4BB euploid XY\nEmbryo 5 D6 3BC aneuploid -22\nEmbryo 6 D6 4BC mosaic 30% +7\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records release to law firm",
        notes="Names the patient whose fertility records are being released under her authorization; records in a password-protected zip.",
        frm="Health Information Management <him@bloomfieldwhf.com>",
        to="records@thornevasquezlaw.com",
        subject="Records request #R-2291 fulfilled",
        body=(
            "Counsel,\n\nPer the authorization signed by Hana Kimura on 3/2/2026, attached are her IVF cycle records and embryo "
            "creation reports for the period 2024-2026. The archive is password protected; we will phone the password to your office.\n\n"
            "HIM Department" + SIG + CONF
        ),
        atts=(
            Att(
                "R-2291_Kimura.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Kimura_H_IVF_records.txt": "Hana Kimura DOB 1986-12-04\nIVF #1 2024-10: 9 oocytes, 4 blasts\nFET 2025-06 negative\n"
                    },
                    "Bwf-R2291!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insurance appeal letter for IVF denial",
        notes="Appeal letter DOCX naming the patient, member ID and diagnosis of diminished ovarian reserve.",
        frm="Benefits Advocate <benefits@bloomfieldwhf.com>",
        to="appeals@pacificsourcehealthplan.com",
        subject="Level 1 appeal - IVF authorization",
        body="Please find attached our Level 1 appeal of the denial dated 02/28/2026. Member: Rachel Oduya.\n\nMorgan Lai, Benefits Advocate"
        + SIG,
        atts=(
            Att(
                "appeal_Oduya.docx",
                DOCX,
                docx(
                    [
                        "Re: Rachel Oduya, Member ID PSH-3308841-02, DOB 04/17/1988",
                        "We appeal the denial of prior authorization for IVF (CPT 58970, 89250).",
                        "Ms. Oduya has diminished ovarian reserve (E28.39) with AMH 0.4 ng/mL and three failed IUI cycles.",
                        "Her plan's infertility rider covers IVF after failed IUI; the denial cites the wrong exclusion.",
                    ]
                ),
            ),
        ),
    ),
    # ---------- not PHI ----------
    Spec(
        phi=False,
        category="HTML community seminar newsletter",
        notes="Seminar schedule for the public; no individual.",
        frm="Bloomfield Events <events@bloomfieldwhf.com>",
        to="subscribers@lists.bloomfieldwhf.com",
        subject="March at Bloomfield: free seminars",
        body="",
        html=(
            "<html><body><h2>March seminars</h2><ul><li>Mar 24 - Egg freezing 101 (virtual)</li>"
            "<li>Mar 26 - Perimenopause: what's normal?</li><li>Mar 31 - LGBTQ+ family building</li></ul>"
            "<p>Free, registration required. <a href='https://bloomfieldwhf.com/events'>Register</a></p>"
            "<p style='font-size:10px'>Unsubscribe at any time.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="physician bio with diseases for magazine",
        notes="Hard negative: clinician's name and specialty list diseases she treats; no patient.",
        frm="Marketing <marketing@bloomfieldwhf.com>",
        to="editor@portlandmonthlymag.com",
        subject="Top Docs bio - Dr. Salgado",
        body=(
            "Hi Alana,\n\nHere is the bio for the Top Docs feature:\n\nRenata Salgado, MD, is board certified in reproductive "
            "endocrinology and infertility. She focuses on recurrent pregnancy loss, endometriosis, PCOS and fertility "
            "preservation for patients facing cancer treatment. She trained at UCSF and joined Bloomfield in 2017.\n\nThanks, Jo"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="de-identified SART outcomes CSV",
        notes="Hard negative: aggregate cycle outcomes by age band, no individual rows.",
        frm="Quality Office <quality@bloomfieldwhf.com>",
        to="data@sartcors-submissions.org",
        subject="2025 clinic summary for validation",
        body="Attached is our 2025 summary table for validation visit prep. Counts only; patient-level data stays in CORS.",
        atts=(
            Att(
                "BWF_2025_summary.csv",
                "text/csv",
                "age_band,retrievals,transfers,live_births,live_birth_rate\n<35,212,188,109,0.58\n35-37,141,119,57,0.48\n38-40,118,90,31,0.34\n41-42,52,33,6,0.18\n>42,19,8,1,0.13\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality dashboard workbook",
        notes="Hard negative: multi-sheet monthly dashboard with OHSS and cancellation rates, aggregates only.",
        frm="Quality Office <quality@bloomfieldwhf.com>",
        to="board@bloomfieldwhf-partners.com",
        subject="February quality dashboard",
        body="Board members - February dashboard attached. OHSS rate remains under 1%.\n\nPriscilla Nwosu, Quality Director",
        atts=(
            Att(
                "dashboard_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Jan", "Feb"],
                            ["Retrievals", 61, 57],
                            ["OHSS admissions", 0, 1],
                            ["Cycle cancellations", 4, 3],
                        ],
                        "By age": [
                            ["Age band", "Euploid rate"],
                            ["<35", 0.61],
                            ["35-37", 0.49],
                            ["38-40", 0.33],
                        ],
                        "Lab KPIs": [
                            ["KPI", "Value"],
                            ["Fertilization (ICSI)", 0.79],
                            ["Blast conversion", 0.52],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training quiz with fictional patient",
        notes="Hard negative: staff training quiz using a clearly fictional patient and placeholder MRN.",
        frm="Privacy Officer <privacy@bloomfieldwhf.com>",
        to="allstaff@bloomfieldwhf.com",
        subject="Annual HIPAA quiz - due 3/31",
        body=(
            'Team,\n\nPlease complete the quiz by 3/31. Sample question:\n\nA caller says she is the sister of "Jane Example" '
            "(a FICTIONAL patient, MRN 00000000) and asks whether Jane's transfer worked. What do you do?\n"
            "a) Confirm, she is family  b) Check the HIPAA release on file  c) Transfer to the doctor\n\n"
            "This scenario is invented for training.\n\nLeila Brandvold, Privacy Officer"
        ),
    ),
    Spec(
        phi=False,
        category="declared test patient HL7 interface validation",
        notes="Hard negative: HL7 test message for a declared ZZTEST patient in the vendor's test environment.",
        frm="IT Integration <it-integration@bloomfieldwhf.com>",
        to="support@nexgenlabinterfaces.com",
        subject="Ticket 48812 - test ORU attached",
        body=(
            "Hi Raj,\n\nAttached is the test ORU for ticket 48812 (processing ID T, patient ZZTEST^FERTILITY^ONE, a "
            "dummy record that exists only in TESTENV). The OBX value should map to the hCG quant field.\n\nBen Okafor, IT Integration"
        ),
        atts=(Att("test_oru_48812.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="Menopur shortage protocol notice",
        notes="Hard negative: drug shortage and protocol substitution for all patients; no individual.",
        frm="Pharmacy Liaison <pharmacy@bloomfieldwhf.com>",
        to="physicians@bloomfieldwhf.com",
        subject="Menopur backorder through April",
        body=(
            "Docs and NPs,\n\nFerring reports Menopur 75 IU on backorder through late April. Until then, for new starts "
            "please use Gonal-f or Follistim with low-dose hCG (10 IU/day) for LH activity. Patients already mid-cycle "
            "have supply. Updated protocol templates are in the EHR.\n\nNina"
        ),
    ),
    Spec(
        phi=False,
        category="staff medical leave coverage without name",
        notes="Hard negative: staff notice that an unnamed embryologist is on leave; no individual identified.",
        frm="Lab Director <labdirector@bloomfieldwhf.com>",
        to="embryology@bloomfieldwhf.com",
        subject="Coverage through April",
        body="Team - one of our embryologists is on leave through the end of April. Vitrification coverage rotates per the grid posted in Teams; vitrification witnessing stays double-signed. Thanks for pitching in. - Elise",
    ),
    Spec(
        phi=False,
        category="embryologist job posting",
        notes="Hard negative: job posting mentioning ICSI, PGT biopsy and vitrification; no individual.",
        frm="Talent <careers@bloomfieldwhf.com>",
        to="jobs@embryologyjobboard.org",
        subject="Posting: Senior Clinical Embryologist",
        body=(
            "Senior Clinical Embryologist - Portland, OR\n\nResponsibilities: ICSI, trophectoderm biopsy for PGT-A/PGT-M, "
            "vitrification/warming, andrology. Requirements: ELD or TS(ABB) preferred, 3+ years ICSI. Salary $92-118k.\n\nApply at bloomfieldwhf.com/careers"
        ),
    ),
    Spec(
        phi=False,
        category="liquid nitrogen delivery invite",
        notes="Facilities calendar invite for a cryogen delivery; no patient.",
        frm="Facilities <facilities@bloomfieldwhf.com>",
        to="dispatch@pacificcryogas.com",
        subject="LN2 bulk fill Thursday",
        body="Confirming Thursday's fill. Dock code 4471#. Please call 503-555-0149 on arrival.",
        ics=ICS_LN2,
    ),
    Spec(
        phi=False,
        category="IVF package fee schedule PDF to broker",
        notes="Hard negative: self-pay price list with CPT codes; no individual.",
        frm="Financial Counseling <finance@bloomfieldwhf.com>",
        to="accounts@carrotbenefitsbroker.com",
        subject="2026 self-pay pricing",
        body="Attached is our 2026 self-pay schedule for your employer clients.\n\nMorgan",
        atts=(
            Att(
                "BWF_2026_selfpay.pdf",
                "application/pdf",
                pdf(
                    [
                        "BLOOMFIELD WOMEN'S HEALTH & FERTILITY - 2026 SELF-PAY PRICES",
                        "IVF cycle incl. retrieval (58970) and ICSI (89280): $14,900",
                        "Frozen embryo transfer (58974): $4,200",
                        "Egg freezing cycle: $9,800   Annual storage: $650",
                        "PGT-A per embryo: $350 plus $1,500 biopsy fee",
                    ],
                    "Bloomfield self-pay 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lab supply order with SSN-shaped PO",
        notes="Hard negative: SSN-shaped number is a purchase order for culture media.",
        frm="Purchasing <purchasing@bloomfieldwhf.com>",
        to="orders@vitrolifesupply.com",
        subject="PO 417-22-0938 - culture media",
        body="Please ship on PO 417-22-0938:\n- G-TL 30 mL x 6\n- Vit Kit Freeze x 10\n- Oil for tissue culture 100 mL x 4\nShip to Embryology, Suite 410.\n\nThanks, Purchasing",
    ),
    Spec(
        phi=False,
        category="EHR downtime IT notice",
        notes="IT downtime notice; no health information about anyone.",
        frm="IT Service Desk <itdesk@bloomfieldwhf.com>",
        to="allstaff@bloomfieldwhf.com",
        subject="Planned EHR downtime Sat 3/21 22:00-02:00",
        body="The EHR will be unavailable for upgrade Saturday night. Use the downtime binders at each station. Questions: x4400.",
    ),
    Spec(
        phi=False,
        category="check-in identity policy with field names",
        notes="Hard negative: policy DOCX listing example field names (Patient Name, DOB, MRN) but no real person.",
        frm="Compliance <compliance@bloomfieldwhf.com>",
        to="frontdesk@bloomfieldwhf.com",
        subject="Updated policy FD-07: two-identifier check-in",
        body="Attached is the revised policy. Key change: embryology witnessing labels now require two identifiers plus partner name.",
        atts=(
            Att(
                "FD-07_identity_verification.docx",
                DOCX,
                docx(
                    [
                        "Policy FD-07 Patient Identity Verification",
                        "Staff must confirm two identifiers: Patient Name and DOB; MRN may substitute for DOB.",
                        "Example label layout: [Patient Name] / [DOB] / [MRN] / [Partner Name].",
                        "Never read identifiers aloud in the waiting room.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referral thank-you with aggregate counts",
        notes="Hard negative: tells a referring OB how many patients they referred; no individual.",
        frm="Dr. Renata Salgado <rsalgado@bloomfieldwhf.com>",
        to="mfolau@willametteobgyn.com",
        subject="Thank you!",
        body="Mele - thank you for the 14 referrals this quarter. Our new PCOS clinic on Wednesdays has openings if that helps your wait list. Coffee soon? - Renata",
    ),
    Spec(
        phi=False,
        category="credentialing roster with provider NPIs",
        notes="Hard negative: clinicians' names with NPIs for payer credentialing; no patients.",
        frm="Credentialing <credentialing@bloomfieldwhf.com>",
        to="provider.enrollment@pacificsourcehealthplan.com",
        subject="Roster update - Bloomfield WHF",
        body=(
            "Please add to our group roster effective 4/1/2026:\n\nOwen Achterberg MD, REI - NPI: 1672722687\n"
            "Priyanka Dube NP, women's health - NPI: 1853392672\n\nGroup NPI: 1470011648\n\nCredentialing"
        ),
    ),
    Spec(
        phi=False,
        category="community event partnership to personal mailbox",
        notes="Planning a wellness event with a yoga studio owner; no health information about anyone.",
        frm="Jo Whitaker <jwhitaker@bloomfieldwhf.com>",
        to="suki.moonrise.yoga@gmail.com",
        subject="Saturday wellness morning - logistics",
        body="Hi Suki! We'd love to co-host on April 11. We'll bring a nurse to talk about cycle tracking and you lead the gentle flow. Our logo is attached for the flyer.\n\nJo",
        atts=(Att("bloomfield_logo.png", "image/png", png(8, 4, (120, 60, 150))),),
    ),
]
