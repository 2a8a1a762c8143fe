"""Meridian Positive Health: HIV primary care clinic with a PrEP programme (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import BCM, HLP, MPH, Att, Spec

HL7_VL = (
    "MSH|^~\\&|MPH_LIS|MERIDIAN|STATEHD_ELR|DOH|20260512093000||ORU^R01|MPH260512A|P|2.5.1\r"
    "PID|1||MPH-0418827^^^MPH^MR||OKONJO^DESMOND^A||19890214|M|||2210 Larkspur Ave^^Carver City^OH^44719||^PRN^PH^^^330^5550147\r"
    "OBR|1||LV88213|25836-8^HIV 1 RNA viral load^LN|||20260508\r"
    "OBX|1|NM|25836-8^HIV 1 RNA^LN||48200|copies/mL|<20|H|||F\r"
    "OBX|2|NM|24467-3^CD3+CD4+ cells^LN||212|cells/uL|500-1500|L|||F\r"
)

HL7_ADT_TEST = (
    "MSH|^~\\&|MPH_EHR|MERIDIAN|INTERFACE_TEST|VENDOR|20260511140000||ADT^A04|TEST0001|T|2.5.1\r"
    "PID|1||TEST00001^^^MPH^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
    "PV1|1|O|TESTCLINIC^^^MERIDIAN\r"
)

FHIR_PREP = """{
  "resourceType": "MedicationRequest",
  "id": "mr-prep-55120",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "emtricitabine 200 mg / tenofovir alafenamide 25 mg tablet"},
  "subject": {"reference": "Patient/55120", "display": "Tobias Renfrow"},
  "authoredOn": "2026-05-11",
  "dosageInstruction": [{"text": "1 tablet by mouth daily"}],
  "note": [{"text": "PrEP initiation; HIV Ag/Ab negative 2026-05-04; CrCl 96"}],
  "dispenseRequest": {"quantity": {"value": 30}, "numberOfRepeatsAllowed": 2}
}
"""

CCDA_REFERRAL = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Transition of Care Summary - Meridian Positive Health</title>
  <recordTarget><patientRole><id extension="MPH-0392214" root="2.16.840.1.113883.3.7721"/>
    <patient><name><given>Renata</given><family>Villaseñor</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19760922"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>B20 HIV disease; K74.60 cirrhosis (HCV, SVR 2024); F11.20 opioid use disorder on buprenorphine</text></section></component>
    <component><section><title>Medications</title><text>bictegravir/emtricitabine/TAF daily; buprenorphine-naloxone 8/2 mg BID</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*MERIDIANPH     *ZZ*OHMCDCLEAR     *260512*1015*^*00501*000006301*0*P*:~"
    "GS*HC*MERIDIANPH*OHMCDCLEAR*20260512*1015*6301*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "NM1*85*2*MERIDIAN POSITIVE HEALTH*****XX*1315775100~"
    "NM1*IL*1*PEAKE*LAVONNE****MI*OH88120457~"
    "DMG*D8*19830617*F~"
    "CLM*MPH44102*245***11:B:1*Y*A*Y*Y~"
    "HI*ABK:Z20.6*ABF:Z79.899~"
    "SV1*HC:87389*68*UN*1~"
    "SV1*HC:99214*177*UN*1~"
    "SE*9*0001~GE*1*6301~IEA*1*000006301~"
)

ICS_PREP_CLASS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meridian Positive Health//Outreach//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:h63-prep101-20260521@meridianpositivehealth.org
DTSTART:20260521T230000Z
DTEND:20260522T000000Z
SUMMARY:PrEP 101 community talk (open to all)
LOCATION:Carver City Public Library, Room B
DESCRIPTION:Free info session on PrEP and PEP. No registration needed.
END:VEVENT
END:VCALENDAR
"""

ICS_PEP_FOLLOWUP = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meridian Positive Health//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:h63-pep-fu-88312@meridianpositivehealth.org
DTSTART:20260526T143000Z
DTEND:20260526T150000Z
SUMMARY:Jalen Whitcombe - PEP day-28 follow-up + HIV Ag/Ab
LOCATION:Meridian Positive Health, 3rd floor
DESCRIPTION:Finish last PEP dose the night before. Bring pill bottle.
END:VEVENT
END:VCALENDAR
"""

MESSAGES = [
    Spec(
        phi=True,
        category="viral load result e-mailed to patient's personal mailbox",
        notes="Named patient told his viral load is detectable and CD4 fell, sent to his gmail.",
        frm="Dr. Imani Castellanos <icastellanos@meridianpositivehealth.org>",
        to="desmond.okonjo89@gmail.com",
        subject="Your labs from Friday",
        body=(
            "Hi Desmond,\n\nYour viral load came back at 48,200 and your CD4 is 212, down from 540 in "
            "January. That tells me the Biktarvy hasn't been getting in regularly. No judgment - let's "
            "figure out what's getting in the way. Can you come Tuesday at 10?\n\n"
            "Dr. Castellanos\nMeridian Positive Health | 330-555-0110"
        ),
    ),
    Spec(
        phi=True,
        category="ELR HL7 feed to state health department",
        notes="Hard positive: HL7 ORU attachment carries name, DOB, address, MRN and HIV RNA result; body is routine.",
        frm="Lab Interfaces <lis@meridianpositivehealth.org>",
        to="elr-intake@odh-surveillance.ohio.gov",
        subject="ELR batch 2026-05-12 (1 message)",
        body="Attached is today's electronic lab report batch. Transmission ID MPH260512A.\n\nMeridian LIS team",
        atts=(Att("MPH_ELR_20260512.hl7", "application/hl7-v2", HL7_VL),),
    ),
    Spec(
        phi=False,
        category="interface test message with declared dummy patient",
        notes="Hard negative: HL7 ADT test with ZZTEST dummy patient, explicitly a vendor interface test.",
        frm="Lab Interfaces <lis@meridianpositivehealth.org>",
        to="integration@clarionhealthit.com",
        subject="ADT A04 test payload - please validate parser",
        body=(
            "Hi Priya,\n\nAs discussed, attached is a synthetic A04 from our test environment (processing "
            "ID T). Patient ZZTEST^PATIENT^ONE is our standard dummy record; no real patient data.\n\n"
            "Let us know if the PV1 segment parses.\n\nMarcus Bell, Interface Analyst"
        ),
        atts=(Att("adt_a04_TEST.hl7", "application/hl7-v2", HL7_ADT_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR PrEP prescription to specialty pharmacy",
        notes="Hard positive: FHIR MedicationRequest names patient starting PrEP; body just says 'new Rx attached'.",
        frm="PrEP Navigation <prep@meridianpositivehealth.org>",
        to="intake@lumenspecialtyrx.com",
        subject="New Rx - ref 55120",
        body="New start attached. Please call the patient to set up delivery; he prefers texts.\n\nThanks,\nAlina (PrEP navigator)",
        atts=(Att("MedicationRequest_55120.json", "application/fhir+json", FHIR_PREP),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to hepatology",
        notes="Hard positive: C-CDA carries name, DOB, MRN, HIV, cirrhosis and OUD; the cover note names nobody.",
        frm="Referrals <referrals@meridianpositivehealth.org>",
        to="referrals@northgateliver.org",
        subject="Referral packet - hepatology",
        body="Please find the transition-of-care summary attached for the referral we faxed Monday.\n\nMeridian Referrals Desk\nFax 330-555-0119",
        atts=(Att("ToC_summary.xml", "application/xml", CCDA_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to Medicaid clearinghouse",
        notes="Hard positive: 837 names the member, Medicaid ID, DOB and HIV-exposure diagnosis with viral test CPT.",
        frm="Billing <billing@meridianpositivehealth.org>",
        to="edi-submissions@ohmcdclear.com",
        subject="837P batch 6301",
        body="Batch 6301 attached (1 claim). Control 000006301.",
        atts=(Att("837P_6301.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="community PrEP info session invitation",
        notes="Public PrEP talk calendar invite for community partners; no individual.",
        frm="Community Outreach <outreach@meridianpositivehealth.org>",
        to="events@carvercitylibrary.org",
        subject="Calendar hold: PrEP 101 on May 21",
        body="Hi Joan, sending a calendar hold for the talk in Room B. We'll bring flyers and condoms for the table.\n\nDevon",
        ics=ICS_PREP_CLASS,
    ),
    Spec(
        phi=True,
        category="PEP follow-up appointment invite",
        notes="Calendar invite names patient and his PEP follow-up with HIV test.",
        frm="Scheduling <scheduling@meridianpositivehealth.org>",
        to="jwhitcombe@outlook.com",
        subject="Appointment confirmation",
        body="Jalen, your follow-up is confirmed. Details in the invite.\n\nMeridian Scheduling",
        ics=ICS_PEP_FOLLOWUP,
    ),
    Spec(
        phi=False,
        category="HIV clinician bio for conference program",
        notes="Hard negative: physician bio full of HIV, hepatitis and PrEP terms, about the clinician only.",
        frm="Dr. Imani Castellanos <icastellanos@meridianpositivehealth.org>",
        to="program@midwesthivsummit.org",
        subject="Speaker bio - Castellanos",
        body=(
            "Bio as requested:\n\nImani Castellanos, MD, AAHIVS, is medical director of Meridian Positive Health, "
            "where she has treated people living with HIV since 2011. Her interests include long-acting "
            "cabotegravir/rilpivirine, HCV cure among people who inject drugs, and same-day ART start. "
            "She leads the clinic's PrEP programme, which has enrolled over 1,900 people. NPI 1315775100.\n\n"
            "Headshot attached separately. Thanks!"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate care-continuum dashboard to board",
        notes="Hard negative: multi-sheet workbook of aggregate viral suppression and PrEP counts by quarter; no individuals.",
        frm="Quality Improvement <qi@meridianpositivehealth.org>",
        to="board@meridianpositivehealth.org",
        subject="Q1 2026 HIV care continuum dashboard",
        body="Board members - Q1 dashboard attached. Viral suppression is 88% (target 90%). Smallest cells under 11 are suppressed.\n\nRosa Adeyemi, QI Manager",
        atts=(
            Att(
                "Q1_2026_continuum.xlsx",
                XLSX,
                xlsx(
                    {
                        "Continuum": [
                            ["Measure", "Q4 2025", "Q1 2026"],
                            ["Diagnosed in care", 1412, 1436],
                            ["Retained", 1251, 1279],
                            ["Virally suppressed", 1229, 1264],
                        ],
                        "PrEP": [
                            ["Measure", "Q4 2025", "Q1 2026"],
                            ["New PrEP starts", 118, 131],
                            ["Active PrEP users", 912, 958],
                            ["Persistent at 90 days", "71%", "74%"],
                        ],
                        "Notes": [
                            ["Note"],
                            ["Counts < 11 suppressed"],
                            ["Source: EHR registry extract 2026-04-05"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PrEP lapse outreach list to navigator team",
        notes="Hard positive: CSV with no diagnosis column, but it is a list of named PrEP patients overdue for refills with phone numbers.",
        frm="PrEP Navigation <prep@meridianpositivehealth.org>",
        to="navigators@meridianpositivehealth.org",
        cc="outreach-contractor@tendrilcalls.com",
        subject="Overdue list for this week's calls",
        body="Team + Tendril: 4 people past 14 days without a refill. Please log calls in the tracker by Friday.",
        atts=(
            Att(
                "overdue_0511.csv",
                "text/csv",
                "name,mrn,phone,last_fill,days_overdue\nTobias Renfrow,MPH-0551201,330-555-0161,2026-04-02,9\nKeanu Aldana,MPH-0498312,330-555-0172,2026-03-28,14\nSimone Brathwaite,MPH-0517740,330-555-0138,2026-03-19,23\nMiguel Ochoa,MPH-0521186,330-555-0190,2026-03-30,12\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice to prescribers",
        notes="Hard negative: pharmacy notice on a cabotegravir backorder affecting ordering; no patients.",
        frm="Clinic Pharmacy <pharmacy@meridianpositivehealth.org>",
        to="prescribers@meridianpositivehealth.org",
        subject="Backorder: Apretude 600 mg vials through June",
        body=(
            "All,\n\nOur wholesaler reports a backorder on cabotegravir ER 600 mg/3 mL (Apretude) through mid-June. "
            "We have 22 vials on hand. Please do not start new injectable PrEP until further notice; existing "
            "patients on schedule will be prioritised. Oral PrEP supply is unaffected.\n\nHenrik Solis, PharmD"
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization letter for long-acting ART",
        notes="PDF letter to plan with patient name, member ID and HIV treatment history for Cabenuva PA.",
        frm="Benefits Team <benefits@meridianpositivehealth.org>",
        to="pharmacy-pa@buckeyecarehealthplan.com",
        subject="PA request - Cabenuva",
        body="Please see the attached letter of medical necessity. Fax copy also sent.\n\nAnnette Krol, Benefits Coordinator",
        atts=(
            Att(
                "LMN_Cabenuva.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN POSITIVE HEALTH - Letter of Medical Necessity",
                        "Re: Marisol Quintero-Ash  DOB 07/03/1991  Member ID BCH441207785",
                        "Ms. Quintero-Ash has HIV-1 (B20), suppressed on daily oral ART since 2019.",
                        "She requests cabotegravir/rilpivirine LA q2 months due to pill fatigue and stigma",
                        "at home. No prior NNRTI or INSTI resistance (genotype 2019 attached).",
                        "Imani Castellanos, MD  NPI 1315775100",
                    ],
                    "LMN Cabenuva",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training announcement",
        notes="Hard negative: training e-mail uses a fictional example patient clearly marked as such.",
        frm="Compliance <compliance@meridianpositivehealth.org>",
        to="allstaff@meridianpositivehealth.org",
        subject="Annual HIPAA + Part 2 refresher due May 31",
        body=(
            "Everyone must finish the 40-minute refresher by May 31.\n\nNew this year: a module on HIV "
            "status disclosure under Ohio law and a quiz scenario with a made-up patient ('Pat Example', "
            "a fictional PrEP client) to practise minimum necessary.\n\nLink is in the LMS.\n\nGwen Farraday, Privacy Officer"
        ),
    ),
    Spec(
        phi=True,
        category="terse clinician hallway note",
        notes="Hard positive: two-line note to an outside dermatologist with first name, last initial and syphilis result.",
        frm="Dr. Paolo Lindqvist <plindqvist@meridianpositivehealth.org>",
        to="kfeng@carverderm.com",
        subject="re: your pt",
        body="Kai - Andre T. (your Tues 2pm) RPR 1:64, TP-PA pos. Bicillin x1 given today here. pls recheck titre 6 mo.\n-P",
    ),
    Spec(
        phi=False,
        category="job posting for PrEP navigator",
        notes="Hard negative: job ad mentions HIV testing and PrEP duties but no individual.",
        frm="Human Resources <hr@meridianpositivehealth.org>",
        to="jobs@ohiononprofitjobs.org",
        subject="Please post: PrEP Navigator (bilingual)",
        html=(
            "<html><body><h2>PrEP Navigator (Spanish/English)</h2><p>Meridian Positive Health seeks a navigator "
            "to support clients starting PrEP: HIV and STI test reminders, insurance enrollment and same-day "
            "starts.</p><ul><li>$48,000-$54,000</li><li>Lived experience welcomed</li></ul>"
            "<p>Apply at careers.meridianpositivehealth.org</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="HTML-only portal reminder with result in subject",
        notes="Hard positive: HTML notice to patient; diagnosis is only in the subject line (chlamydia treatment).",
        frm="Meridian Patient Portal <noreply@meridianpositivehealth.org>",
        to="harper.lowe.music@yahoo.com",
        subject="Harper - chlamydia treatment ready for pickup",
        html=(
            "<html><body><p>Hi Harper,</p><p>You have a new message from your care team. "
            "Please sign in to the portal to read it.</p><p><a href='https://portal.meridianpositivehealth.org'>Sign in</a></p>"
            "<p style='font-size:10px'>Meridian Positive Health</p></body></html>"
        ),
        body="",
    ),
    Spec(
        phi=False,
        category="portal maintenance notice to all patients",
        notes="Generic HTML portal downtime notice; no individual or condition.",
        frm="Meridian Patient Portal <noreply@meridianpositivehealth.org>",
        to="portal-announcements@meridianpositivehealth.org",
        subject="Portal maintenance Sunday 1-5 a.m.",
        html="<html><body><p>The patient portal will be unavailable Sunday, May 17, 1-5 a.m. for upgrades. Refill requests can be phoned in at 330-555-0110.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="partner services referral to health department",
        notes="Named newly diagnosed patient referred for partner notification with diagnosis date.",
        frm="Dr. Paolo Lindqvist <plindqvist@meridianpositivehealth.org>",
        to="dis-team@carvercountyhealth.gov",
        subject="Partner services referral",
        body=(
            "Hello DIS team,\n\nReferring Curtis Abernathy (DOB 11/29/1998, 330-555-0125) for partner services. "
            "New HIV diagnosis confirmed 5/8 (Ag/Ab reactive, differentiation HIV-1 positive). He consented to "
            "provider-assisted notification and named two partners; details by phone only.\n\nPaolo Lindqvist, MD"
        ),
    ),
    Spec(
        phi=False,
        category="vendor sharps container service schedule",
        notes="Ordinary vendor logistics mail; no patients.",
        frm="Facilities <facilities@meridianpositivehealth.org>",
        to="service@greenlinemedwaste.com",
        subject="Pickup change for week of May 18",
        body="Hi, please move our sharps/biohazard pickup from Tuesday to Wednesday that week (building closed for floor work). Account 60412.\n\nTom",
    ),
    Spec(
        phi=True,
        category="forwarded patient message to pharmacist",
        notes="Hard positive: forwarded portal message from a named patient asking about doxy-PEP with side effects.",
        frm="Nurse Line <nurseline@meridianpositivehealth.org>",
        to="pharmacy@meridianpositivehealth.org",
        subject="Fwd: question about the doxy",
        body="Henrik - can you answer this one? She's on doxy-PEP since March.\n\nLucia RN",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dana Whitfield <dana.whitfield22@icloud.com>",
            to="nurseline@meridianpositivehealth.org",
            subject="question about the doxy",
            body="Hi, it's Dana Whitfield. The doxycycline after sex is giving me bad heartburn. Can I take it with food or Tums?",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded CDC guideline update",
        notes="Hard negative: forward of a public guideline summary on doxy-PEP; no individual.",
        frm="Dr. Imani Castellanos <icastellanos@meridianpositivehealth.org>",
        to="providers@meridianpositivehealth.org",
        subject="Fwd: Updated doxy-PEP guidance summary",
        body="FYI - worth reading before Thursday's case conference.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="STI Clinical Updates <updates@stiprevnetwork.org>",
            to="icastellanos@meridianpositivehealth.org",
            subject="Updated doxy-PEP guidance summary",
            body="The updated recommendation supports doxycycline 200 mg within 72 hours after condomless sex for MSM and transgender women with a bacterial STI in the past year. Counsel on photosensitivity and GI upset.",
        ),
    ),
    Spec(
        phi=True,
        category="scanned intake form text attachment",
        notes="Hard positive: OCR text of intake form with name, address, SSN, HIV care transfer and viral load.",
        frm="Front Desk <frontdesk@meridianpositivehealth.org>",
        to="records@meridianpositivehealth.org",
        cc="scanning@docuhaven.com",
        subject="OCR output batch 14",
        body="OCR text for batch 14 attached for QA.",
        atts=(
            Att(
                "batch14_page3_ocr.txt",
                "text/plain",
                "NEW PATIENT INTAKE   pg 1/2\nName: Rolando  Fuentes-Ibarra     DOB: O4/18/1985\nAddr: 77 Quarry Rd Apt 2  Carver City OH 44721\nSSN: 412-73-5580\nReason for visit: [x] HIV care transfer  [ ] PrEP  [ ] STI testing\nLast VL: undetectable (Cleveland, Jan 26)\nMeds: Dovato\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: de-identified PrEP adherence extract (study IDs, age bands, 3-digit ZIP) under a DUA.",
        frm="Research Office <research@meridianpositivehealth.org>",
        to="prep-study@ohiostatemed-research.edu",
        subject="De-identified extract v3 (Safe Harbor)",
        body="Attached per DUA 2026-07. Safe Harbor method: no names, dates reduced to year, ZIP3 only, ages banded.\n\nDr. Nnamdi Oyelaran",
        atts=(
            Att(
                "prep_adherence_deid_v3.csv",
                "text/csv",
                "study_id,age_band,zip3,year_start,regimen,pdc_90d\nS0001,25-29,447,2025,F/TAF,0.93\nS0002,30-34,447,2025,F/TDF,0.61\nS0003,18-24,446,2026,F/TAF,0.88\nS0004,40-44,447,2025,CAB-LA,1.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="school nurse letter about student PrEP",
        notes="Letter to a school naming a minor student and his daily PrEP dosing at school.",
        frm="Adolescent Program <teens@meridianpositivehealth.org>",
        to="nurse@carvereasthigh.org",
        subject="Medication authorization - Elijah Marsh",
        body="Dear Nurse Hollis,\n\nAttached is the signed medication authorization for Elijah Marsh (grade 11) to take his daily emtricitabine/tenofovir tablet in your office at lunch. His guardian has consented.\n\nRegards,\nBeth Ocampo, NP",
        atts=(
            Att(
                "med_auth_Marsh.docx",
                DOCX,
                docx(
                    [
                        "Medication Authorization",
                        "Student: Elijah Marsh, DOB 02/11/2009",
                        "Medication: emtricitabine 200 mg/tenofovir DF 300 mg, 1 tab daily at 12:00",
                        "Prescriber: Beth Ocampo, NP, Meridian Positive Health",
                        "Parent/guardian signature on file",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu and mpox vaccine clinic notice",
        notes="Hard negative: staff vaccination notice mentioning mpox and flu; no individual's status.",
        frm="Employee Health <employeehealth@meridianpositivehealth.org>",
        to="allstaff@meridianpositivehealth.org",
        subject="Staff Jynneos + Tdap clinic Thursday",
        body="Employee Health will offer Jynneos (mpox) second doses and Tdap boosters Thursday 7-9 a.m. in the break room. Bring your badge. If you already had both doses, no action needed.",
    ),
    Spec(
        phi=True,
        category="lab requisition zip to reference lab",
        notes="Hard positive: zip of requisitions; member file names and contents tie patients to HIV genotype testing.",
        frm="Lab Interfaces <lis@meridianpositivehealth.org>",
        to="clientservices@ardenreflab.com",
        subject="Requisitions for today's courier",
        body="3 requisitions zipped; courier picks up 4 p.m.",
        atts=(
            Att(
                "reqs_0513.zip",
                "application/zip",
                zipped(
                    {
                        "req_Yusuf_Haddad.txt": "Patient: Yusuf Haddad DOB 1994-08-30 MRN MPH-0602219\nTest: HIV-1 genotype (RT/PR/IN) - VL 3,410\n",
                        "req_Greer_Nakamura.txt": "Patient: Greer Nakamura DOB 1979-12-05 MRN MPH-0287745\nTest: HIV-1 genotype, HLA-B*5701\n",
                        "req_Bo_Lindahl.txt": "Patient: Bo Lindahl DOB 2001-03-14 MRN MPH-0611054\nTest: HIV-1/2 differentiation, HIV RNA qual\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider roster with NPIs and DEAs to payer credentialing",
        notes="Hard negative: credentialing roster of clinicians with NPI and DEA numbers; no patients.",
        frm="Credentialing <credentialing@meridianpositivehealth.org>",
        to="provider-enrollment@buckeyecarehealthplan.com",
        subject="Roster update May 2026",
        body=(
            "Updated roster:\n\nImani Castellanos, MD - Infectious Disease - NPI 1315775100 - DEA BC3951844\n"
            "Paolo Lindqvist, MD - Internal Medicine - NPI 1999109600\nBeth Ocampo, NP - Adolescent HIV/PrEP - NPI 1081001186\n\n"
            "Effective 6/1. Thanks, Corinne"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records release to attorney",
        notes="Records for a named client sent to his lawyer in a password zip; name and HIV records in body.",
        frm="Health Information Management <him@meridianpositivehealth.org>",
        to="mfairbanks@fairbankslegal.com",
        subject="Records request #2026-0388",
        body="Ms. Fairbanks,\n\nPer the signed authorization, attached are Mr. Garrett Pohl's HIV clinic records 2022-2026 (encrypted; password sent separately by phone).\n\nHIM Department",
        atts=(
            Att(
                "Pohl_records_2026-0388.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Pohl_visits.txt": "Garrett Pohl DOB 1968-10-02 MRN MPH-0110432\nB20 HIV disease; F33.1 MDD\n"
                    },
                    "Mer!dian-0388",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice about phishing",
        notes="Ordinary IT security notice.",
        frm="IT Help Desk <helpdesk@meridianpositivehealth.org>",
        to="allstaff@meridianpositivehealth.org",
        subject="Phishing alert: fake 'payroll update' emails",
        body="We are seeing emails from payro11-meridian.com asking you to log in. Don't click. Report with the Phish button.\n\n- IT",
    ),
    Spec(
        phi=True,
        category="wound photo sent to dermatology",
        notes="Hard positive: PNG named after the patient with condition in file name; body only says 'photo as discussed'.",
        frm="Nurse Line <nurseline@meridianpositivehealth.org>",
        to="kfeng@carverderm.com",
        subject="photo as discussed",
        body="Photo from this morning as discussed on the phone.",
        atts=(Att("Lorenzo_Vane_kaposi_lesion_L_calf.png", "image/png", png(6, 6, (120, 40, 90))),),
    ),
    Spec(
        phi=False,
        category="grant progress report narrative",
        notes="Hard negative: grant report PDF with aggregate HIV testing numbers and a programme story without identifiers.",
        frm="Development <grants@meridianpositivehealth.org>",
        to="programofficer@lakeerie-foundation.org",
        subject="Interim report - Grant LEF-2025-117",
        body="Attached is our six-month report. Happy to talk through the numbers.\n\nNadia Ferris, Development Director",
        atts=(
            Att(
                "LEF-2025-117_interim.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN POSITIVE HEALTH - Interim Report",
                        "HIV tests performed: 2,318 (27 new diagnoses, 96% linked within 30 days)",
                        "PrEP starts: 249; median time to first dose 1 day",
                        "Mobile unit visits: 41 events in 9 neighborhoods",
                    ],
                    "Interim report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reply to mother about son's appointment",
        notes="Hard positive: reply to parent's gmail confirming her son is a clinic patient and his next PrEP lab visit.",
        frm="Scheduling <scheduling@meridianpositivehealth.org>",
        to="lorraine.tibbs@gmail.com",
        subject="Re: Can I move Jaden's appt?",
        body="Hi Ms. Tibbs,\n\nYes - Jaden's 3-month PrEP lab check is now Thursday 5/21 at 4:15. He'll need to give a urine sample, so no bathroom right before.\n\nMeridian Scheduling\n\n> Can I move Jaden's appt? He has a game on the 19th.",
    ),
    Spec(
        phi=False,
        category="reply to patient's general question about hours",
        notes="Reply to a personal mailbox about clinic hours only; no health information about the sender.",
        frm="Front Desk <frontdesk@meridianpositivehealth.org>",
        to="b.achterberg@hotmail.com",
        subject="Re: Saturday hours?",
        body="Hello,\n\nWe are open Saturdays 9 a.m.-1 p.m. for walk-in testing. Parking is free behind the building.\n\nFront Desk",
    ),
    Spec(
        phi=True,
        category="multi-sheet STI testing follow-up workbook to county",
        notes="Multi-sheet workbook lists named patients with syphilis and gonorrhea results for county case reporting.",
        frm="Infection Prevention <ip@meridianpositivehealth.org>",
        to="std-surveillance@carvercountyhealth.gov",
        subject="Weekly reportables wk 19",
        body="Week 19 reportables attached (2 tabs).",
        atts=(
            Att(
                "reportables_wk19.xlsx",
                XLSX,
                xlsx(
                    {
                        "Syphilis": [
                            ["Name", "DOB", "Result", "Treated"],
                            ["Andre Toussaint", "1996-06-09", "RPR 1:64", "2026-05-11"],
                            ["Wen Li Baptiste", "1990-01-22", "RPR 1:8", "2026-05-12"],
                        ],
                        "GC-CT": [
                            ["Name", "DOB", "Site", "Result"],
                            ["Harper Lowe", "2000-09-14", "urine", "CT pos"],
                            ["Omar Saleem", "1987-04-03", "pharynx", "GC pos"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy document with example field names",
        notes="Hard negative: policy docx on HIV test result release listing field names like MRN and DOB, with no values.",
        frm="Compliance <compliance@meridianpositivehealth.org>",
        to="policycommittee@meridianpositivehealth.org",
        subject="Draft policy HIM-14 for review",
        body="Draft attached. Comments by Friday please.",
        atts=(
            Att(
                "HIM-14_result_release_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "HIM-14 Release of HIV Test Results",
                        "1. Before releasing, verify two identifiers: patient name and DOB or MRN.",
                        "2. Never leave results on voicemail. Never e-mail results unencrypted.",
                        "3. Minors 13+ may consent to HIV testing; results go to the minor.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Ryan White eligibility confirmation to case manager",
        notes="Clinic tells partner agency a named client's viral load and next visit for RW recertification.",
        frm="Benefits Team <benefits@meridianpositivehealth.org>",
        to=f"intake@{BCM}",
        subject="Recert docs - Saleem",
        body="Hi Bridgeway,\n\nFor Omar Saleem's recert: last VL <20 copies on 4/28, next medical visit 7/30. Proof-of-care letter to follow.\n\nAnnette",
    ),
    Spec(
        phi=False,
        category="thank-you to pantry partner for donation drive",
        notes="Partner thank-you about a staff food drive; no clients.",
        frm="Community Outreach <outreach@meridianpositivehealth.org>",
        to=f"pantry@{HLP}",
        subject="Food drive totals",
        body="Staff collected 412 lb of canned goods and $680 for the pantry! We'll drop it off Wednesday afternoon. Thanks for all you do.\n\nDevon",
    ),
]

assert all(s.frm.endswith(f"@{MPH}>") for s in MESSAGES)
