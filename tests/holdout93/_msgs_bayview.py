"""Bayview Women's Health (obstetrics and maternal-fetal medicine) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBayview Women's Health | Obstetrics & Maternal-Fetal Medicine\n2200 Harborline Ave, Suite 400, Port Ellery\nTel 555-0140 | Fax 555-0141"
CONF = "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee. If you received it in error, please delete it and notify the sender."

HL7_ORU = (
    "MSH|^~\\&|BWH_MFM|BAYVIEW|LABCORE|PORTELLERY|20260317091500||ORU^R01|BWH260317001|P|2.5.1\r"
    "PID|1||BWH00481273^^^BWH^MR||OKAFOR^ADAEZE^N||19930611|F|||77 Linden Ct^^Port Ellery^ME^04117||555-0162\r"
    "OBR|1||GTT260316|1554-5^Glucose 1h post 50g load^LN|||20260316081000\r"
    "OBX|1|NM|1504-0^Glucose 1h 50g oral^LN||168|mg/dL|<140|H|||F\r"
    "NTE|1||Failed 1-hour screen at 27w2d. Schedule 3-hour GTT.\r"
)

HL7_ADT = (
    "MSH|^~\\&|BWH_EHR|BAYVIEW|HARBORGEN_LD|HGH|20260318221400||ADT^A04|BWH260318044|P|2.3\r"
    "EVN|A04|20260318221400\r"
    "PID|1||BWH00503918^^^BWH^MR||LINDQVIST^MAJA^||19980203|F|||14 Ferry Rd^^Port Ellery^ME^04118\r"
    "PV1|1|O|LD^TRIAGE^01||||1302486349^HOLLOWAY^GRACE^^^DR|||OB||||||||||||||||||||||||||||||||||20260318221000\r"
    "DG1|1||O42.02^Full-term premature rupture of membranes^I10\r"
)

FHIR_OBS = """{
  "resourceType": "Observation",
  "id": "bwh-cfdna-20260316",
  "status": "final",
  "code": {"text": "Cell-free DNA prenatal screen"},
  "subject": {"reference": "Patient/BWH00477102", "display": "Renata Voss"},
  "effectiveDateTime": "2026-03-13",
  "valueString": "High risk for trisomy 21 (PPV 81%). Recommend genetic counselling and diagnostic testing.",
  "performer": [{"display": "Bayview MFM laboratory liaison"}]
}
"""

CCDA_REFERRAL = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Bayview MFM Transfer of Care Summary</title>
  <recordTarget><patientRole><id extension="BWH00466590" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Tamsin</given><family>Achterberg</family></name>
      <birthTime value="19890925"/></patient></patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Dichorionic diamniotic twin pregnancy, 31w4d. Chronic hypertension on labetalol 200 mg BID. Fetal growth restriction twin B (EFW 7th percentile).</text></section></component>
    <component><section><title>Plan</title><text>Twice-weekly NST and Dopplers. Betamethasone course completed 03/12.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*BAYVIEWWH      *ZZ*CLEARPATH      *260317*1410*^*00501*000009301*0*P*:~"
    "GS*HC*BAYVIEWWH*CLEARPATH*20260317*1410*9301*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "NM1*85*2*BAYVIEW WOMENS HEALTH*****XX*1098578838~"
    "NM1*IL*1*PELLETIER*CORINNE****MI*WMH448120937~"
    "DMG*D8*19910408*F~"
    "CLM*BWH7781*2840***11:B:1*Y*A*Y*Y~"
    "HI*ABK:O24.414*ABF:Z3A.29~"
    "SV1*HC:76811*410*UN*1***1~"
    "SE*9*0001~GE*1*9301~IEA*1*000009301~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="MFM consult letter to referring OB with growth scan",
        notes="Consult letter names patient, DOB and fetal growth restriction findings sent to outside OB.",
        frm="Dr. Imogen Wrenfield <iwrenfield@bayviewwomenshealth.org>",
        to="kstrand@harborgeneralob.org",
        subject="MFM consult - Ms. Delphine Marchetti",
        body=(
            "Dear Dr. Strand,\n\nThank you for referring Delphine Marchetti (DOB 07/19/1994) for MFM consultation. "
            "Today's ultrasound at 30w1d shows EFW at the 6th percentile with elevated umbilical artery PI and normal end-diastolic flow. "
            "We have diagnosed early-onset fetal growth restriction and recommend weekly Dopplers, twice-weekly NSTs and delivery planning at 37 weeks if stable.\n\n"
            "I will see her again on March 23.\n\nImogen Wrenfield, MD\nMaternal-Fetal Medicine"
            + SIG
            + CONF
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU glucose challenge result to outside lab interface",
        notes="Hard positive: body is a bland interface note; the HL7 attachment carries name, MRN, address and a failed glucose screen.",
        frm="Interface Team <hl7-admin@bayviewwomenshealth.org>",
        to="interfaces@labcorepartners.com",
        subject="Resend of message BWH260317001",
        body="Hi team,\n\nResending the ORU that bounced at 09:15 yesterday. Please confirm your engine acked it.\n\nThanks,\nPaolo\nBayview interface team",
        atts=(Att("BWH260317001.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="ADT triage registration feed to hospital L&D",
        notes="Hard positive: terse cover note; HL7 ADT attachment registers a named patient in L&D triage with ruptured membranes.",
        frm="EHR Interfaces <hl7-admin@bayviewwomenshealth.org>",
        to="ld-interface@harborgeneralhosp.org",
        subject="ADT A04 manual push",
        body="Manual push per your on-call request. One message attached.",
        atts=(Att("adt_a04_20260318.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR cfDNA high-risk result to genetic counselling",
        notes="Hard positive: short note with no name; FHIR Observation names patient and a high-risk trisomy 21 screen.",
        frm="MFM Nurse Line <mfmnurses@bayviewwomenshealth.org>",
        to="referrals@coastalgeneticcounseling.com",
        subject="Referral - see attached",
        body="Please schedule within the week; she is 12w5d. Result resource attached for your intake.\n\nMFM nursing",
        atts=(Att("observation.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="C-CDA transfer summary for twin pregnancy",
        notes="C-CDA attachment names a patient with twin pregnancy, chronic hypertension and fetal growth restriction.",
        frm="Dr. Imogen Wrenfield <iwrenfield@bayviewwomenshealth.org>",
        to="mfm-transfers@stcolumbamedical.org",
        subject="Transfer of care - twins, 31 weeks",
        body="Dr. Ahn,\n\nAs discussed by phone, transfer summary attached for your NICU-level delivery planning. She will present to your triage tomorrow morning.\n\nImogen"
        + SIG,
        atts=(Att("transfer_summary.xml", "application/xml", CCDA_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim for growth ultrasound",
        notes="X12 837 claim carries member name, member ID, DOB and gestational diabetes diagnosis.",
        frm="Billing Office <billing@bayviewwomenshealth.org>",
        to="edi-support@clearpathclearinghouse.com",
        subject="Rejected batch 9301 - corrected file",
        body="Attached is the corrected 837P for batch 9301 (the provider loop NPI was missing). Please reprocess.\n\nBayview billing",
        atts=(Att("BWH_9301_corrected.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="GBS swab result email to patient personal mailbox",
        notes="Result email to patient's gmail names her and states GBS positive culture and intrapartum antibiotics plan.",
        frm="Bayview Nurse Line <nurseline@bayviewwomenshealth.org>",
        to="hanna.oduya@gmail.com",
        subject="Your 36-week swab result",
        body=(
            "Hi Hanna,\n\nYour group B strep swab from Monday came back positive. This is common (about 1 in 4 people) and is not harmful to you, "
            "but we will give you IV penicillin when you are in labour to protect the baby. Please tell the L&D nurse you are GBS positive when you arrive. "
            "You have no penicillin allergy on file; let us know if that is wrong.\n\nWarmly,\nJoelle, RN"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Subject-only diagnosis to patient's husband",
        notes="Hard positive: body is only logistics, but subject names the patient and her preeclampsia admission.",
        frm="Front Desk <frontdesk@bayviewwomenshealth.org>",
        to="marcus.teague77@yahoo.com",
        subject="Leah Teague - preeclampsia admission paperwork",
        body="Hi Marcus,\n\nThe FMLA form you asked for is ready. You can pick it up at the front desk any weekday 8-4:30, or we can fax it to your HR.\n\nBayview front desk",
    ),
    Spec(
        phi=True,
        category="Terse MFM on-call handoff with abbreviations",
        notes="Hard positive: abbreviated handoff with first name, last initial and bed plus clinical details (G3P2, PPROM, latency abx).",
        frm="Dr. Felix Aranda <faranda@bayviewwomenshealth.org>",
        to="mfm-oncall@harborgeneralhosp.org",
        subject="o/n",
        body="Rm 412 Priya S. G3P2 @ 29+6 PPROM 3/15, on latency abx (amp/azithro), BMZ #2 given 0600. Cat I. Plan expectant mgmt to 34w.\n413 Jo D. - d/c home.\n-F",
    ),
    Spec(
        phi=True,
        category="Password-protected zip of ultrasound reports to patient's lawyer",
        notes="Hard positive: records request reply naming the patient; the reports are inside an encrypted zip, password sent separately.",
        frm="Health Information Management <him@bayviewwomenshealth.org>",
        to="paralegal@brightwaterlawgroup.com",
        subject="Records request #R-2026-0311 - Kessler, Noor",
        body="Good afternoon,\n\nPer the signed authorization for Noor Kessler, the requested prenatal ultrasound reports (Oct 2025 - Feb 2026) are attached as an encrypted archive. The password will follow by phone.\n\nBayview HIM",
        atts=(
            Att(
                "Kessler_N_US_reports.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "US_20251014.txt": "Patient: Noor Kessler MRN BWH00419930\nAnatomy scan: two-vessel cord, otherwise normal.\n",
                        "US_20260205.txt": "Patient: Noor Kessler\nGrowth: EFW 41st pct; AFI 7.2.\n",
                    },
                    "Harbor#2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Postpartum hemorrhage case for M&M with identifiers left in",
        notes="Hard positive: case review spreadsheet meant to be de-identified still has MRN and delivery date with the hemorrhage details.",
        frm="Quality Office <quality@bayviewwomenshealth.org>",
        to="obqi-collab@mainepqc.org",
        subject="PPH case for April collaborative call",
        body="Attached is our case for the April call (sheet 2 has the timeline). Let me know if you need more detail.\n\nRosalind Beck, RN, Quality",
        atts=(
            Att(
                "PPH_case_BWH.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Field", "Value"],
                            ["MRN", "BWH00452871"],
                            ["Delivery date", "2026-02-27"],
                            ["Mode", "Vaginal, vacuum-assisted"],
                            ["QBL", "1850 mL"],
                            ["Cause", "Uterine atony"],
                        ],
                        "Timeline": [
                            ["Time", "Event"],
                            ["14:02", "Delivery"],
                            ["14:20", "QBL 900 mL, oxytocin bolus"],
                            ["14:31", "Carboprost 250 mcg IM"],
                            ["14:48", "2 units PRBC"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient message to MFM about medication",
        notes="Forward of patient's own email (name, sertraline dose, pregnancy) to the MFM physician.",
        frm="Nurse Line <nurseline@bayviewwomenshealth.org>",
        to="iwrenfield@bayviewwomenshealth.org",
        subject="Fwd: question about my zoloft",
        body="Dr. Wrenfield - forwarding, she is 22 weeks and asked whether to keep taking sertraline. Can you reply or should I?\n-Joelle",
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm="Aurelie Banfield <aurelie.banfield@outlook.com>",
            to="nurseline@bayviewwomenshealth.org",
            subject="question about my zoloft",
            body="Hello, this is Aurelie Banfield (DOB 2/2/1990). I am on sertraline 100 mg for postpartum depression from my first baby and I am now 22 weeks. Should I stop it? I am worried about the baby.\nThanks, Aurelie",
        ),
    ),
    Spec(
        phi=True,
        category="ICS appointment invite for amniocentesis to patient",
        notes="Calendar invite to patient's icloud naming the procedure (amniocentesis) and her name.",
        frm="MFM Scheduling <mfmscheduling@bayviewwomenshealth.org>",
        to="sofia.brennecke@icloud.com",
        subject="Appointment: amniocentesis, Thu Mar 19 10:30",
        body="Hi Sofia,\n\nYour amniocentesis with Dr. Aranda is confirmed. Please bring your partner if you like, drink normally, and plan to rest for the afternoon afterwards.\n\nMFM scheduling",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview Womens Health//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bwh-amnio-20260319-1030@bayviewwomenshealth.org\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260319T143000Z\r\nDTEND:20260319T153000Z\r\nSUMMARY:Amniocentesis - Sofia Brennecke\r\n"
            "LOCATION:Bayview MFM Suite 400\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Short-cervix progesterone prescription to pharmacy",
        notes="Pharmacy request names patient, DOB and vaginal progesterone for short cervix.",
        frm="Dr. Felix Aranda <faranda@bayviewwomenshealth.org>",
        to="rx@harborlinecompounding.com",
        subject="Rx clarification",
        body="Hello,\n\nFor Isadora Quint, DOB 11/30/1996: the progesterone 200 mg vaginal nightly is for a cervical length of 17 mm at 21 weeks, continue to 36w6d. Please do not substitute the IM 17-OHPC.\n\nFelix Aranda, MD  NPI 1897236158"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Scanned intake form text pasted into email",
        notes="Hard positive: OCR-style text of a scanned intake form with name, phone and obstetric history sent to a transcription vendor.",
        frm="Medical Records <records@bayviewwomenshealth.org>",
        to="queue@clearscribeservices.com",
        subject="OCR batch 14 - page 3 failed, retyping",
        body=(
            "Page 3 of batch 14 did not OCR cleanly, text below for manual entry:\n\n"
            "N4ME: Ch1oe Ambrose-Reyes   PH0NE: 555-0177\nG_ P_ : G4 P1-0-2-1   LMP: 08/0?/2025\n"
            "PR1OR: 2 SAB, 1 ectopic (L salpingectomy 2023)\nMEDS: levothyrox1ne 75 mcg\n"
            "[illegible] hx anx1ety - sees therapist q2wk\n\nRecords"
        ),
    ),
    Spec(
        phi=True,
        category="Billing statement to patient about balance for delivery",
        notes="Statement to patient's personal mailbox names her and the delivery charges owed.",
        frm="Patient Accounts <billing@bayviewwomenshealth.org>",
        to="tkovalenko88@hotmail.com",
        subject="Your Bayview statement",
        body="Dear Tatiana Kovalenko,\n\nAfter your insurer's payment for global obstetric care and your cesarean delivery (CPT 59510), your remaining balance is $1,240.00. A payment plan is available; reply or call 555-0143.\n\nPatient Accounts"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Photo of fetal echo still named after the patient",
        notes="Hard positive: the only identifier is the PNG file name (patient's name) attached to a note about a suspected heart defect.",
        frm="Dr. Imogen Wrenfield <iwrenfield@bayviewwomenshealth.org>",
        to="fetalcardio@childrensbaypeds.org",
        subject="Can you look at this 4-chamber view?",
        body="Suspected VSD, maybe more. Attached still from today. Would appreciate a formal fetal echo slot next week.\n-IW",
        atts=(Att("Mbeki_Thandiwe_4ch_20260317.png", "image/png", png(6, 6, (20, 20, 30))),),
    ),
    Spec(
        phi=True,
        category="Employer return-to-work letter with postpartum complication",
        notes="Letter to employer names the employee and her postpartum cardiomyopathy and restrictions.",
        frm="Dr. Grace Holloway <gholloway@bayviewwomenshealth.org>",
        to="hr@northshorelogistics.com",
        subject="Work restrictions - Yolanda Prieto",
        body="To whom it may concern,\n\nYolanda Prieto has been under my care following delivery. Because of peripartum cardiomyopathy she may not lift more than 10 lb or work more than 6 hours a day until re-evaluated on May 4, 2026.\n\nGrace Holloway, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Lab reconciliation CSV with headerless rows",
        notes="Hard positive: CSV with no header row lists names, DOBs and HIV/syphilis prenatal panel results.",
        frm="Lab Liaison <labliaison@bayviewwomenshealth.org>",
        to="clientservices@labcorepartners.com",
        subject="Unmatched results 3/16",
        body="These 3 came across without an ordering provider. Can you re-send with Dr. Holloway attached?",
        atts=(
            Att(
                "unmatched_0316.csv",
                "text/csv",
                "Nakamura,Emi,1995-04-02,RPR,Nonreactive\r\nFolau,Sela,2001-10-21,HIV Ag/Ab,Reactive - confirm pending\r\nBrightwater,Jolene,1988-12-09,HBsAg,Negative\r\n",
            ),
        ),
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="MFM physician bio for hospital website",
        notes="Hard negative: clinician biography listing diseases she treats; no patient.",
        frm="Marketing <marketing@bayviewwomenshealth.org>",
        to="webteam@harborgeneralhosp.org",
        subject="Updated bio - Dr. Wrenfield",
        body=(
            "Please replace the bio on the partner page:\n\nImogen Wrenfield, MD, is board-certified in maternal-fetal medicine. "
            "She cares for pregnancies complicated by preeclampsia, placenta accreta spectrum, twin-twin transfusion syndrome, lupus and "
            "pregestational diabetes. NPI 1696479751.\n\nThanks!"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quarterly obstetric outcomes table",
        notes="Hard negative: aggregate cesarean, PPH and preterm-birth rates by quarter; no individuals.",
        frm="Quality Office <quality@bayviewwomenshealth.org>",
        to="board@bayviewwomenshealth.org",
        subject="Q4 2025 perinatal quality dashboard",
        body="Board members, attached is the Q4 dashboard. Headline: NTSV cesarean rate fell to 22.4% (goal 23.6%).",
        atts=(
            Att(
                "perinatal_dashboard_Q4.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rates": [
                            ["Measure", "Q3", "Q4"],
                            ["NTSV cesarean %", 24.1, 22.4],
                            ["Severe PPH per 1000", 9.2, 7.8],
                            ["Preterm <37w %", 10.3, 9.9],
                        ],
                        "Volumes": [
                            ["Month", "Deliveries"],
                            ["Oct", 212],
                            ["Nov", 198],
                            ["Dec", 205],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Training fixture with declared fake patient",
        notes="Hard negative: EHR training scenario explicitly uses a fictional test patient ZZTEST, marked as not a real person.",
        frm="Clinical Informatics <informatics@bayviewwomenshealth.org>",
        to="newhires@bayviewwomenshealth.org",
        subject="EHR training - prenatal flowsheet exercise",
        body=(
            "Welcome! For Thursday's session, log into the TRAINING environment and open the test patient below. "
            "THIS IS A FICTIONAL TRAINING PATIENT - not a real person.\n\n"
            "Name: ZZTEST, OBPATIENT  |  MRN: TEST000001\nScenario: 28w visit, document fundal height, FHR and a 1-hour GTT order.\n\nInformatics"
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice for Rh immune globulin",
        notes="Hard negative: supply shortage notice mentioning medication and pregnancy indications, no patient.",
        frm="Pharmacy Liaison <pharmacy@bayviewwomenshealth.org>",
        to="allstaff@bayviewwomenshealth.org",
        subject="Supply alert: Rh(D) immune globulin 300 mcg backorder",
        body="The 300 mcg RhIG prefilled syringe is on backorder until mid-April. Continue giving it at 28 weeks and postpartum for Rh-negative patients; use the 1500 IU vials stocked in the MFM suite. Do not stockpile.\n\nPharmacy",
    ),
    Spec(
        phi=False,
        category="HIPAA refresher with example field names",
        notes="Hard negative: compliance training listing identifier types (MRN, DOB, SSN) as examples, no data.",
        frm="Compliance <compliance@bayviewwomenshealth.org>",
        to="allstaff@bayviewwomenshealth.org",
        subject="Annual HIPAA refresher due March 31",
        body="Reminder: the annual module is due March 31. Key point this year: never put the patient name, MRN, DOB, SSN or diagnosis in an e-mail subject line, and use the [secure] tag for anything leaving bayviewwomenshealth.org.\n\nCompliance Office",
        html_only=True,
        html="<html><body><h2>Annual HIPAA refresher</h2><p>Due <b>March 31</b>.</p><ul><li>No patient name, MRN, DOB, SSN or diagnosis in subject lines</li><li>Type <code>[secure]</code> in the subject for external mail</li></ul><p>Compliance Office</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Job posting for perinatal nurse",
        notes="Hard negative: job ad listing high-risk conditions nurses will manage; no patient.",
        frm="Talent <careers@bayviewwomenshealth.org>",
        to="postings@mainenursejobs.com",
        subject="Posting: RN, Antepartum Testing (0.9 FTE)",
        body="Bayview Women's Health seeks an RN for our antepartum testing unit. Duties: NSTs, BPPs, triage of patients with gestational hypertension, diabetes and decreased fetal movement. 2 years L&D experience preferred. Apply by April 10.",
    ),
    Spec(
        phi=False,
        category="Vendor contract renewal for ultrasound service",
        notes="Vendor service contract renewal; ultrasound machine serial numbers are equipment, not patients.",
        frm="Operations <operations@bayviewwomenshealth.org>",
        to="contracts@sonatechmedical.com",
        subject="Renewal - service agreement SA-44120",
        body="Hi Dana,\n\nWe'd like to renew SA-44120 for both Voluson units (serials VE10-88123 and VE10-88177). Please send the 2026-27 quote with the PM schedule.\n\nBen Okwu, Operations"
        + SIG,
        atts=(
            Att(
                "SA-44120_renewal.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW WOMEN'S HEALTH",
                        "Service agreement SA-44120 renewal request",
                        "Equipment: Voluson E10 x2",
                        "Term: 2026-07-01 to 2027-06-30",
                    ],
                    "SA-44120 renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff flu exposure notice without names",
        notes="Hard negative: staff health notice about influenza exposure on a unit, no individual identified.",
        frm="Employee Health <employeehealth@bayviewwomenshealth.org>",
        to="mfm-staff@bayviewwomenshealth.org",
        subject="Influenza A exposure - MFM suite, March 13",
        body="A staff member who worked in the MFM suite on March 13 has tested positive for influenza A. If you worked that day and develop fever or cough, stay home and call Employee Health at 555-0149. Oseltamivir prophylaxis is available for pregnant staff.",
    ),
    Spec(
        phi=False,
        category="Order confirmation with SSN-shaped PO number",
        notes="Hard negative: supply order number formatted like an SSN; no person or health data.",
        frm="Purchasing <purchasing@bayviewwomenshealth.org>",
        to="orders@medlinemainesupply.com",
        subject="PO 471-30-2286 confirmation",
        body="Confirming PO 471-30-2286: 20 cases fetal monitor paper (Corometrics compatible), 6 boxes US gel 250 mL, 4 doppler probes. Ship to Suite 400 loading dock.\n\nPurchasing",
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: de-identified dataset (study IDs, year-only, no ZIP) for an approved preeclampsia aspirin study.",
        frm="Research Office <research@bayviewwomenshealth.org>",
        to="datamanager@umaine-perinatal.edu",
        subject="ASPIRE-PE extract v3 (de-identified)",
        body="Attached is extract v3 under DUA 2025-14. Identifiers removed per Safe Harbor; ages >89 not applicable; dates reduced to year. Study IDs are random and the key stays here.",
        atts=(
            Att(
                "aspire_pe_v3.csv",
                "text/csv",
                "study_id,delivery_year,age_band,aspirin_start_wk,preeclampsia,ga_delivery_wk\r\nS0193,2025,30-34,12,0,39\r\nS0207,2025,35-39,14,1,35\r\nS0211,2025,25-29,13,0,40\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Prenatal class flyer HTML newsletter",
        notes="Generic childbirth class newsletter to subscribers; no individual.",
        frm="Bayview Classes <classes@bayviewwomenshealth.org>",
        to="newsletter-list@bayviewwomenshealth.org",
        subject="Spring classes: childbirth prep, breastfeeding basics, infant CPR",
        body="",
        html="<html><body><h1>Spring classes</h1><p>Childbirth preparation (4 Tuesdays from April 7), Breastfeeding basics with Milkweed Lactation (April 18), Infant CPR (May 2).</p><p>Register at the front desk or call 555-0140.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Referral guidelines PDF to community OBs",
        notes="Hard negative: referral criteria document listing conditions warranting MFM referral, with clinician NPI; no patient.",
        frm="Dr. Grace Holloway <gholloway@bayviewwomenshealth.org>",
        to="ob-partners@downeastobgyn.com",
        subject="Updated MFM referral criteria 2026",
        body="Colleagues,\n\nAttached are our 2026 referral criteria. Main changes: BMI >= 50 and prior classical cesarean now get an in-person consult rather than e-consult.\n\nGrace Holloway, MD, NPI 1302486349"
        + SIG,
        atts=(
            Att(
                "MFM_referral_criteria_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW MATERNAL-FETAL MEDICINE",
                        "Referral criteria 2026",
                        "- Pregestational diabetes",
                        "- Chronic hypertension on medication",
                        "- Monochorionic twins",
                        "- Prior classical cesarean",
                        "- BMI >= 50",
                    ],
                    "MFM referral criteria 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Locum physician credentialing with DEA",
        notes="Hard negative: credentialing packet for a locum physician with her own NPI and DEA; provider identifiers only.",
        frm="Medical Staff Office <medstaff@bayviewwomenshealth.org>",
        to="credentialing@harborgeneralhosp.org",
        subject="Courtesy privileges - Dr. Saoirse Lund (locum MFM)",
        body="Please process courtesy privileges for Dr. Saoirse Lund, MFM locum April 1-30. NPI 1988968784, DEA BM1847360, Maine licence MD-29114. CV and board certificate attached.\n\nMedical Staff Office",
        atts=(
            Att(
                "Lund_CV.docx",
                DOCX,
                docx(
                    [
                        "Saoirse Lund, MD",
                        "Maternal-Fetal Medicine, board certified 2019",
                        "Fellowship: Northeastern University Hospital",
                        "Interests: placenta accreta, fetal therapy",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT downtime notice for EHR upgrade",
        notes="Downtime notice for the EHR; no patient data.",
        frm="IT Service Desk <itservicedesk@bayviewwomenshealth.org>",
        to="allstaff@bayviewwomenshealth.org",
        subject="Planned EHR downtime Sat 3/21 22:00-02:00",
        body="Use downtime forms (yellow binder at each station). Fetal monitoring strips continue to print locally. Call 555-0150 for help.",
        atts=(
            Att(
                "downtime_checklist.txt",
                "text/plain",
                "EHR DOWNTIME CHECKLIST\r\n1. Print census at 21:30\r\n2. Use paper MAR\r\n3. Back-enter within 24 h\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payer contract rate sheet with CPT codes",
        notes="Hard negative: fee schedule listing obstetric CPT codes and rates; no member.",
        frm="Revenue Cycle <revenuecycle@bayviewwomenshealth.org>",
        to="provider-contracting@pinecresthealthplan.com",
        subject="Counter-proposal: MFM fee schedule 2026",
        body="Attached is our counter-proposal for the 2026 MFM schedule (sheet 2 lists the ultrasound codes).",
        atts=(
            Att(
                "MFM_fee_counter_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Global OB": [
                            ["CPT", "Description", "Proposed"],
                            ["59400", "Routine OB care, vaginal", 3150],
                            ["59510", "Routine OB care, cesarean", 3480],
                        ],
                        "Ultrasound": [
                            ["CPT", "Description", "Proposed"],
                            ["76811", "Detailed anatomy", 410],
                            ["76820", "Umbilical artery Doppler", 120],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Patient satisfaction survey aggregate results",
        notes="Aggregate survey results with anonymous comments, no identifiers.",
        frm="Patient Experience <experience@bayviewwomenshealth.org>",
        to="leadership@bayviewwomenshealth.org",
        subject="February survey: 94% would recommend",
        body="n=143 responses. Top themes: wait times at ultrasound (negative), nurse line responsiveness (positive). Anonymous comments in the attached zip.",
        atts=(
            Att(
                "feb_survey.zip",
                "application/zip",
                zipped(
                    {
                        "summary.csv": "question,top_box_pct\r\nrecommend,94\r\nwait_time,71\r\n",
                        "comments.txt": "The ultrasound wait was long but the sonographer was kind.\r\nNurse line called back within an hour.\r\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Reply to public about CPR class parking",
        notes="Reply to a personal mailbox about parking for a public CPR class; no care or condition of the recipient.",
        frm="Front Desk <frontdesk@bayviewwomenshealth.org>",
        to="j.pellworth@gmail.com",
        subject="Re: parking for the community infant CPR class",
        body="Hi,\n\nThe infant CPR class is open to the public (grandparents and sitters welcome). The garage on Harborline Ave validates for 3 hours; bring your ticket to the 4th-floor desk.\n\nFront desk",
    ),
    Spec(
        phi=False,
        category="Grand rounds invitation on placenta accreta",
        notes="Hard negative: educational event about a disease, with a de-identified case, no patient identifiers.",
        frm="Medical Education <meded@bayviewwomenshealth.org>",
        to="ob-partners@downeastobgyn.com",
        subject="Grand rounds 3/26: Placenta accreta spectrum - a multidisciplinary approach",
        body="Join us Thursday 3/26 at 7:30 am. Dr. Felix Aranda will present a de-identified case of a 30s G4 with two prior cesareans and discuss the team approach. 1 CME credit.",
        atts=(
            Att(
                "grand_rounds_0326.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview//MedEd//EN\r\nBEGIN:VEVENT\r\nUID:bwh-gr-20260326@bayviewwomenshealth.org\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260326T113000Z\r\nDTEND:20260326T123000Z\r\nSUMMARY:Grand rounds - Placenta accreta spectrum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
]
