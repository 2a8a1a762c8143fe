"""Outbound mail of Riverbend Kidney Care, an in-centre and home dialysis chain (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import Att, Spec

SIG = "\n\n--\nRiverbend Kidney Care | Millbrook - Eastgate - Cedar Falls\n(312) 555-0142"
CONF = (
    "\n\nCONFIDENTIALITY: This message may contain information protected by federal and state "
    "privacy law. If you received it in error, delete it and call (312) 555-0142."
)

_HL7_LABS = "\n".join(
    [
        "MSH|^~\\&|RKC_LAB|RIVERBEND_EASTGATE|CNA_EHR|CASCADE_NEPHRO|202606150612||ORU^R01|RKC0615-0031|P|2.5.1",
        "PID|1||RB-0051297^^^RKC^MR||MAHONEY^THERESA^L||19520911|F|||88 Kestrel Way^^Eastgate^IL^60517||(630)555-0117",
        "PV1|1|O|EG^CH12^2ND||||1919805782^PAULSEN^ERIK^^^DR",
        "ORC|RE|ORD7731|FIL7731",
        "OBR|1|ORD7731|FIL7731|MONTHLY^Monthly dialysis labs|||202606100545",
        "OBX|1|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F",
        "OBX|2|NM|2777-1^Phosphorus^LN||7.2|mg/dL|2.5-4.5|H|||F",
        "OBX|3|NM|718-7^Hemoglobin^LN||9.4|g/dL|12.0-15.5|L|||F",
        "OBX|4|NM|1751-7^Albumin^LN||3.3|g/dL|3.5-5.0|L|||F",
        "OBX|5|NM|URR^Urea reduction ratio^L||71|%|>=65||||F",
    ]
)

_HL7_TEST = "\n".join(
    [
        "MSH|^~\\&|RKC_LAB|RKC_TEST|VND_LIS|VENDOR_QA|202606121030||ORU^R01|TST-0001|T|2.5.1",
        "PID|1||ZZTEST0001^^^RKC^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 Test St^^Testville^IL^60000",
        "OBR|1|TST1|TST1|MONTHLY^Monthly dialysis labs|||202606121000",
        "OBX|1|NM|2823-3^Potassium^LN||4.0|mmol/L|3.5-5.1|N|||F",
        "OBX|2|NM|718-7^Hemoglobin^LN||11.0|g/dL|12.0-15.5|L|||F",
    ]
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note - Kidney Transplant Evaluation</title>
  <effectiveTime value="20260616"/>
  <recordTarget><patientRole>
    <id extension="RB-0039544" root="2.16.840.1.113883.3.9137.1"/>
    <addr><streetAddressLine>2210 Larkspur Ave Apt 3</streetAddressLine><city>Cedar Falls</city><state>IL</state><postalCode>60622</postalCode></addr>
    <telecom value="tel:+1-312-555-0163"/>
    <patient><name><given>Rashad</given><family>Whitfield</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19780403"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>ESRD due to hypertensive nephrosclerosis (N18.6, I12.0); on in-centre hemodialysis since 2023-02; left brachiocephalic AVF.</text></section></component>
    <component><section><title>Results</title>
      <text>Blood type O+. HIV neg, HBsAg neg, anti-HCV neg (05/2026). PRA pending.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_FHIR_SUBMIT = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "rb-0044170",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9137.1", "value": "RB-0044170"}],
      "name": [{"family": "Szymanski", "given": ["Walter"]}], "birthDate": "1947-12-02",
      "gender": "male"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "Single-pool Kt/V"}, "subject": {"reference": "Patient/rb-0044170"},
      "effectiveDateTime": "2026-06-09", "valueQuantity": {"value": 1.08}}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"text": "Hemoglobin"}, "subject": {"reference": "Patient/rb-0044170"},
      "effectiveDateTime": "2026-06-09", "valueQuantity": {"value": 8.7, "unit": "g/dL"}}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="dialysis chair-time change letter to patient",
        notes="Named patient told his in-centre hemodialysis schedule moves, sent to his gmail.",
        frm="Eastgate Front Desk <eastgate@riverbendkidney.com>",
        to="chidi.okafor71@gmail.com",
        subject="Your treatment schedule starting June 22",
        body=(
            "Dear Mr. Okafor,\n\nAs we discussed on Saturday, your hemodialysis treatments at Riverbend "
            "Eastgate will move from the Tuesday/Thursday/Saturday second shift to Monday/Wednesday/Friday "
            "first shift (chair-on 5:30 a.m.) beginning Monday, June 22. Your prescription (4 hours, "
            "2K/2.5Ca bath) does not change.\n\nIf the early start does not work with your ride, call us "
            "before Friday and we will look at the other openings.\n\nKind regards,\nDenise Falk\n"
            "Unit Secretary" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="potassium diet warning e-mail to patient's wife",
        notes="Hard positive: only first names and 'your husband', but the wife's household mailbox ties the dialysis patient to his potassium result and diet advice.",
        frm="Marisol Ortega RN <mortega@riverbendkidney.com>",
        to="luz.and.tomas@yahoo.com",
        subject="Tomas - this morning",
        body=(
            "Hi Luz,\n\nQuick note since your husband says you do the cooking. Tomas's potassium came back 6.1 "
            "this morning (we like it under 5.5). Please keep him off the bananas, orange juice and "
            "the tomato soup this weekend; we'll recheck Wednesday.\n\nMarisol (charge nurse, Millbrook)"
        ),
    ),
    Spec(
        phi=False,
        category="water treatment culture and endotoxin log",
        notes="Hard negative: bacterial culture and endotoxin results of dialysis machines and RO loop, not of any person.",
        frm="Biomed Cedar Falls <biomed.cf@riverbendkidney.com>",
        to="qa-water@aquapurewatersystems.com",
        subject="June monthly cultures - Cedar Falls RO loop and stations",
        body=(
            "Attached are this month's AAMI cultures and LAL endotoxin results for the RO product water, "
            "distribution loop and the 6 sampled dialysis stations. All below action levels except "
            "station 14 (CFU 38, action level 50) which we disinfected and will resample on 6/19.\n\n"
            "Can your tech look at the UV lamp hours on the next PM visit?\n\nGreg Haddad, CBET"
        ),
        atts=(
            Att(
                "CF_water_cultures_2026-06.csv",
                "text/csv",
                "sample_point,collected,cfu_per_ml,endotoxin_eu_ml,action_level_cfu,status\n"
                "RO product,2026-06-08,<1,<0.03,50,OK\n"
                "Loop return,2026-06-08,4,<0.03,50,OK\n"
                "Station 03,2026-06-08,2,<0.03,50,OK\n"
                "Station 07,2026-06-08,11,0.05,50,OK\n"
                "Station 14,2026-06-08,38,0.11,50,ALERT\n"
                "Station 19,2026-06-08,<1,<0.03,50,OK\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transient dialysis travel packet",
        notes="Hard positive: the body never names the patient; the PDF packet (and its file name) gives name, DOB, MRN, diagnosis and dialysis prescription.",
        frm="Travel Coordinator <travel@riverbendkidney.com>",
        to="admissions@gulfshoredialysis.com",
        subject="Transient treatment request - July 6-17 - packet attached",
        body=(
            "Good morning,\n\nWe'd like to request transient chairs for one of our Millbrook patients who "
            "will be visiting family in your area July 6 through July 17 (MWF schedule, 4 treatments "
            "weekly is not needed - standard 3). The full packet is attached: face sheet, last three "
            "run sheets, monthly labs, hepatitis B panel and standing orders.\n\nPlease confirm chair "
            "times and send your consent forms back to this address.\n\nThank you,\nHolly Brandt\n"
            "Travel Coordinator" + SIG + CONF
        ),
        atts=(
            Att(
                "Transient_packet_Kowalczyk_J.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND KIDNEY CARE - MILLBROOK",
                        "TRANSIENT DIALYSIS PATIENT PACKET",
                        "Patient: Joanna Kowalczyk     DOB: 03/27/1958     MRN: RB-0047310",
                        "Home: 415 Poplar St, Millbrook IL 60536    Phone: (630) 555-0129",
                        "Diagnosis: ESRD secondary to IgA nephropathy (N18.6, N02.8)",
                        "Access: right forearm AVF, 15G needles, no issues",
                        "Rx: 3.5 h, Optiflux 180, Qb 400, Qd 600, 2K/2.5Ca, EDW 61.5 kg",
                        "Heparin 1,000 u bolus, 500 u/h, stop 1 h before end",
                        "HBsAg negative (05/28/2026), anti-HBs 42 mIU/mL (immune)",
                        "Meds in unit: Mircera 75 mcg monthly, calcitriol 0.5 mcg each tx",
                        "Allergies: sulfa (rash)",
                        "Nephrologist: Erik Paulsen MD, Cascade Nephrology Associates",
                    ],
                    "Transient packet",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday treatment schedule notice to all patients",
        notes="Generic Independence Day schedule shift sent to all patients (bcc) with no individual named.",
        frm="Riverbend Kidney Care <notices@riverbendkidney.com>",
        to="undisclosed-recipients@riverbendkidney.com",
        subject="July 4 holiday: treatment days shift",
        body=(
            "Dear Riverbend patients and families,\n\nAll three centres are closed on Saturday, July 4. "
            "If you normally dialyze on Tuesday/Thursday/Saturday, your treatment that week will be on "
            "Friday, July 3 instead, at your usual shift time. Monday/Wednesday/Friday schedules are "
            "not affected.\n\nPlease watch your fluids and salt over the long weekend. Have a safe "
            "holiday!\n\nThe Riverbend team"
        ),
    ),
    Spec(
        phi=True,
        category="monthly anemia metrics with patient-level sheet",
        notes="Hard positive: body is about metrics only, but the second workbook sheet lists patients with MRNs and hemoglobin values.",
        frm="Clinical Quality <quality@riverbendkidney.com>",
        to="epaulsen@cascadenephro.com",
        subject="May anemia metrics - Eastgate",
        body=(
            "Erik,\n\nMay numbers for Eastgate attached for Thursday's QAPI. Facility mean Hgb is down a bit "
            "after the ESA protocol change; second tab is the usual drill-down for your review before the "
            "meeting.\n\nThanks,\nPriya"
        ),
        atts=(
            Att(
                "Eastgate_anemia_2026-05.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Apr", "May"],
                            ["Patients", 74, 76],
                            ["Mean Hgb g/dL", 10.6, 10.3],
                            ["% Hgb < 9", 6.8, 9.2],
                            ["% on ESA", 71.6, 73.7],
                        ],
                        "Below 9": [
                            ["MRN", "Patient", "Shift", "Hgb", "ESA dose"],
                            ["RB-0051297", "Mahoney, Theresa", "TTS-2", 8.6, "Mircera 100"],
                            ["RB-0044170", "Szymanski, Walter", "MWF-1", 8.7, "Mircera 150"],
                            ["RB-0049921", "Dufresne, Albert", "MWF-3", 8.4, "held - GI bleed w/u"],
                            ["RB-0050388", "Ng, Patrice", "TTS-1", 8.9, "Mircera 75"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate QIP dashboard for board",
        notes="Hard negative: facility-level quality percentages and counts, no patient-level rows.",
        frm="Clinical Quality <quality@riverbendkidney.com>",
        to="board@riverbendkidney.com",
        cc="cfo@riverbendkidney.com",
        subject="Q2 quality dashboard (preliminary)",
        body=(
            "Board members,\n\nPreliminary Q2 dashboard attached ahead of the June 25 meeting. Highlights: "
            "Kt/V adequacy above 94% at all three centres, catheter rate down to 11.8% chain-wide, and "
            "hospitalisations per patient-year flat. Cedar Falls' standardized transfusion ratio is our "
            "one red cell.\n\nPriya Venkataraman\nDirector of Clinical Quality"
        ),
        atts=(
            Att(
                "Q2_QIP_dashboard_prelim.xlsx",
                XLSX,
                xlsx(
                    {
                        "By facility": [
                            [
                                "Facility",
                                "Census",
                                "Kt/V>=1.2 %",
                                "Catheter >90d %",
                                "Hgb<10 %",
                                "Hosp/pt-yr",
                            ],
                            ["Millbrook", 118, 95.8, 10.2, 18.6, 1.62],
                            ["Eastgate", 76, 94.7, 13.2, 22.4, 1.71],
                            ["Cedar Falls", 93, 96.8, 12.9, 25.8, 1.58],
                        ],
                        "Trend": [
                            ["Quarter", "Chain census", "Deaths", "Transplants", "Transfers out"],
                            ["2025 Q3", 276, 9, 3, 5],
                            ["2025 Q4", 281, 11, 2, 4],
                            ["2026 Q1", 284, 8, 4, 6],
                            ["2026 Q2", 287, 7, 2, 3],
                        ],
                        "Notes": [["Note"], ["STrR from CMS Dialysis Facility Report, 2025 data."]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 monthly lab feed to nephrologist EHR",
        notes="Hard positive: body only says the feed is attached; the HL7 ORU names the patient with MRN, DOB, address and abnormal labs.",
        frm="Interface Team <interfaces@riverbendkidney.com>",
        to="hl7-inbound@cascadenephro.com",
        subject="Resend: ORU batch RKC0615 (1 of 1)",
        body=(
            "Resending the one message that failed ACK on your side this morning (AE - missing PV1-7). "
            "PV1 is now populated. Please confirm it files.\n\n-- RKC Interface Team"
        ),
        atts=(Att("RKC0615-0031.hl7", "application/hl7-v2", _HL7_LABS),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with declared test patient",
        notes="Hard negative: HL7 test message (processing ID T) with an obviously synthetic ZZTEST patient, sent to a vendor for validation.",
        frm="Interface Team <interfaces@riverbendkidney.com>",
        to="integration-support@lisconnectvendor.com",
        subject="Validation message for new ORU mapping (TEST ONLY)",
        body=(
            "Hi Anders,\n\nAs requested, attached is a synthetic ORU^R01 from our TEST environment using the "
            "ZZTEST^PATIENT^ONE dummy record (MSH-11 = T). No production data. Please run it through the "
            "new OBX-3 mapping and tell us whether hemoglobin lands in the right field.\n\nThanks,\n"
            "Jorge Lim, Interface Analyst"
        ),
        atts=(Att("zztest_oru_sample.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="missed treatments notice to nephrologist",
        notes="Named patient's missed dialysis sessions and interdialytic weight gain sent to the outside nephrologist.",
        frm="Millbrook Charge Nurse <millbrook.charge@riverbendkidney.com>",
        to="anwar.siddiqui@cascadenephro.com",
        subject="Missed treatments this week",
        body=(
            "Dr. Siddiqui,\n\nFYI - Darnell Hughes (MWF 2nd shift) missed Monday and Wednesday. He came in "
            "today 4.2 kg over EDW, BP 186/102, mild SOB, K 5.8. We ran 4.5 h and took off 3.6 kg. Social "
            "work is following up on transport; he says the van didn't come. Do you want an extra "
            "treatment Saturday?\n\nThanks,\nKeisha Moore RN"
        ),
    ),
    Spec(
        phi=False,
        category="patient care technician job posting",
        notes="Hard negative: job advert that describes caring for hemodialysis patients in general; no individual.",
        frm="Talent Acquisition <careers@riverbendkidney.com>",
        to="jobs@northsidecommunitycollege.edu",
        subject="Job posting for your allied health board: Dialysis Patient Care Technician",
        body=(
            "Hello,\n\nPlease post the following for your PCT graduates:\n\nDIALYSIS PATIENT CARE TECHNICIAN "
            "(Eastgate, full time)\n- Cannulate AV fistulas and grafts, initiate and monitor hemodialysis\n"
            "- Record vital signs and report changes in patients with ESRD, diabetes and heart failure\n"
            "- CCHT within 18 months (we pay for the exam)\n- Starts $21.50/h, shift differential for 4 a.m. "
            "starts\n\nApply at riverbendkidney.com/careers.\n\nThank you,\nAndrea Nilsen, Recruiter"
        ),
    ),
    Spec(
        phi=True,
        category="ED transfer handoff from dialysis unit",
        notes="Named patient sent to the ED with hypotension and clotted graft; handoff to the hospital.",
        frm="Cedar Falls Charge Nurse <cf.charge@riverbendkidney.com>",
        to="ed-charge@stmarkscedarfalls.org",
        subject="Handoff: patient en route by EMS",
        body=(
            "ED charge,\n\nSending Agnes Lindqvist (DOB 01/19/1944) to you by Cedar Falls EMS, ETA ~15 min.\n"
            "- Arrived for tx with clotted L thigh AVG, unable to cannulate\n- SBP 78 after standing, HR 112, "
            "afebrile\n- Last full treatment Saturday; K unknown today\n- Code status: DNR/DNI (copy sent with "
            "EMS)\n\nShe will need vascular surgery / IR for declot and probably a temporary catheter. Call "
            "(312) 555-0177 for anything.\n\nRhea Castillo RN"
        ),
    ),
    Spec(
        phi=False,
        category="dialyzer purchase order with SSN-shaped PO number",
        notes="Hard negative: supply order whose PO number has the SSN layout; no patient information.",
        frm="Purchasing <purchasing@riverbendkidney.com>",
        to="orders@fluxmedsupplies.com",
        subject="PO 418-22-7731 - dialyzers and bloodlines",
        body=(
            "Hi team,\n\nPlease process PO 418-22-7731 for delivery to Millbrook dock by 6/24:\n\n"
            "  40 cs  Optiflux F180NR dialyzers\n  40 cs  Combiset bloodlines 03-2722-9\n"
            "  12 cs  15G AVF needle sets\n   6 cs  Naturalyte 2K/2.5Ca concentrate\n\n"
            "Bill to our AP box as usual. Backorders: please substitute F200NR, not a different brand.\n\n"
            "Thanks,\nTom Radke\nPurchasing Manager"
        ),
    ),
    Spec(
        phi=True,
        category="transplant referral with C-CDA",
        notes="Hard positive: terse body; the C-CDA referral names the patient with MRN, address, DOB and ESRD diagnosis.",
        frm="Social Work Cedar Falls <sw.cf@riverbendkidney.com>",
        to="transplant.referrals@lakeshoretransplant.org",
        subject="Referral packet per your checklist",
        body="Per your checklist, CCD attached. 2728 and insurance cards to follow by fax.\n\nNadia, MSW",
        atts=(Att("referral_ccd.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=False,
        category="staff hepatitis B vaccination drive",
        notes="Hard negative: staff health notice about hepatitis B titres and vaccination; no individual named.",
        frm="Employee Health <employeehealth@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="Hep B titre and booster clinic - June 23-25",
        body=(
            "Team,\n\nOSHA and CMS require documented hepatitis B immunity for everyone with potential blood "
            "exposure. If your anti-HBs titre is older than your hire date or was below 10 mIU/mL, please "
            "stop by the Millbrook break room June 23-25, 6-10 a.m., for a titre draw or a Heplisav-B dose.\n\n"
            "Results go to Employee Health only, not to your manager.\n\nLinda Park, RN\nEmployee Health"
        ),
    ),
    Spec(
        phi=True,
        category="dialysis balance statement to patient's daughter",
        notes="Balance due for the named patient's June dialysis services, with account number, to his daughter.",
        frm="Patient Accounts <billing@riverbendkidney.com>",
        to="kbarros.home@hotmail.com",
        subject="Statement for your father's account",
        body=(
            "Hello Ms. Barros,\n\nAs you asked on the phone, here is the current balance for your father, "
            "Manuel Barros (account 7730-418-22). After Medicare and his supplement paid for the May "
            "hemodialysis treatments (13 sessions) and the in-centre Epogen, the remaining patient share is "
            "$184.60. You can pay by phone or set up the $25/month plan we talked about.\n\nBest,\n"
            "Ellen Quigley\nPatient Accounts" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="patient newsletter summer fluid tips",
        notes="HTML-only educational newsletter about fluid limits in hot weather; no individual.",
        frm="Riverbend Kidney Care <news@riverbendkidney.com>",
        to="newsletter-list@riverbendkidney.com",
        subject="Beat the heat without the fluid weight",
        body="",
        html=(
            "<html><body><h2>Riverbend Kidney News - June</h2>"
            "<p>Hot days make everyone thirsty. If you are on dialysis, try these tips:</p><ul>"
            "<li>Freeze grapes or lemon water in ice cube trays</li><li>Use small cups</li>"
            "<li>Limit salty snacks - salt makes you thirsty</li><li>Weigh yourself every morning</li></ul>"
            "<p>Ask your dietitian about your personal fluid goal.</p>"
            "<p style='font-size:10px'>Unsubscribe: reply STOP.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="fistulogram appointment reminder HTML",
        notes="HTML-only reminder of a named patient's fistulogram at the vascular access centre.",
        frm="Riverbend Vascular Access <access@riverbendkidney.com>",
        to="bettyjo.simmons@icloud.com",
        subject="Reminder: your procedure on Thursday",
        body="",
        html=(
            "<html><body><p>Dear Betty Jo Simmons,</p><p>This is a reminder of your <b>fistulogram with "
            "possible angioplasty</b> of your left arm fistula on <b>Thursday, June 18 at 9:40 a.m.</b> at "
            "Riverbend Vascular Access Center, 700 Canal St, Suite 2.</p><ul><li>Nothing to eat after midnight"
            "</li><li>Take your blood pressure pills with a sip of water</li><li>Bring someone to drive you "
            "home</li></ul><p>Your dialysis that day will be moved to the afternoon shift.</p>"
            "<p>Questions: (312) 555-0188</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="aggregate mortality and hospitalisation report to ESRD network",
        notes="Hard negative: facility-level counts of deaths and admissions with causes, no individual or dates.",
        frm="Clinical Quality <quality@riverbendkidney.com>",
        to="qi@esrdnetwork10.org",
        subject="Q1 facility summary - deaths and hospitalisations",
        body=(
            "Network 10 QI team,\n\nPer the quarterly request, facility totals for Q1 2026:\n\n"
            "Facility      Deaths  Cardiac  Infection  Withdrawal  Admissions  Readmit<30d\n"
            "Millbrook       3        2         1          0            41          9\n"
            "Eastgate        2        1         0          1            27          7\n"
            "Cedar Falls     3        1         2          0            33          6\n\n"
            "No patient-level data is included. The infection deaths are already reported to NHSN.\n\n"
            "Priya Venkataraman"
        ),
    ),
    Spec(
        phi=True,
        category="CMS-2728 medical evidence form to ESRD network",
        notes="ESRD medical evidence form with patient name, SSN, MBI and primary cause of kidney failure.",
        frm="Admissions Millbrook <admissions.mb@riverbendkidney.com>",
        to="data@esrdnetwork10.org",
        subject="2728 for new start - signed",
        body=(
            "Attached is the signed CMS-2728 for a Millbrook new start (first treatment 05/26/2026). "
            "EQRS admission was entered the same day.\n\nRegards,\nTasha Grant, Admissions Coordinator"
        ),
        atts=(
            Att(
                "CMS2728_Pereira_Domingos.docx",
                DOCX,
                docx(
                    [
                        "END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT (CMS-2728)",
                        "Patient name: Domingos Pereira    Date of birth: 08/14/1961    Sex: M",
                        "Social Security Number: 538-21-4467    MBI: 4TW9-KA2-HN68",
                        "Address: 19 Wren Court, Millbrook IL 60536",
                        "Primary cause of renal failure: Type 2 diabetes with diabetic nephropathy (E11.22)",
                        "Date regular chronic dialysis began: 05/26/2026   Modality: in-centre hemodialysis",
                        "Pre-dialysis: creatinine 8.9 mg/dL, eGFR 6, Hgb 8.8 g/dL, albumin 3.1 g/dL",
                        "Informed of transplant options: yes",
                        "Physician: Anwar Siddiqui MD, NPI: 1179466721",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CMS-2728 completion guide for staff",
        notes="Hard negative: training guide listing form fields (SSN, MBI, primary cause) with no real patient.",
        frm="Compliance <compliance@riverbendkidney.com>",
        to="admissions-all@riverbendkidney.com",
        subject="How to complete the 2728 - updated guide",
        body=(
            "All,\n\nWe had three 2728s returned by the Network last quarter. The updated guide is attached; "
            "please read the section on primary cause of renal failure and the 45-day deadline.\n\n"
            "Marcus Feld, Compliance Officer"
        ),
        atts=(
            Att(
                "2728_completion_guide_v3.docx",
                DOCX,
                docx(
                    [
                        "CMS-2728 Completion Guide (internal, v3)",
                        "Item 1-4: Patient name, Medicare number (MBI), date of birth, Social Security number - copy exactly from the card.",
                        "Item 15: Primary cause of renal failure - use the ICD-10-CM code the nephrologist documents (for example E11.22 or I12.0).",
                        "Item 17: Comorbid conditions - tick every box that applies (CHF, amputation, drug dependence...).",
                        "Item 19: Lab values prior to first dialysis - creatinine, eGFR, Hgb, albumin, HbA1c.",
                        "Deadline: submit in EQRS within 45 days of the first treatment.",
                        "Never e-mail a completed form outside Riverbend unencrypted.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hurricane contact tree of dialysis patients",
        notes="Hard positive: a county emergency office receives a list of named Eastgate dialysis patients with phones and addresses; being a dialysis patient is the health information.",
        frm="Emergency Preparedness <eprep@riverbendkidney.com>",
        to="oem@dupagecountyemergency.gov",
        subject="Special-needs registry update (Eastgate)",
        body=(
            "Hi Carl,\n\nAs agreed in the May tabletop, here are the Eastgate patients who told us they have no "
            "transport and live alone, for the county special-needs registry. Please keep it to the shelter "
            "team.\n\nMaya Ruiz\nEmergency Preparedness Coordinator"
        ),
        atts=(
            Att(
                "eastgate_registry_update.csv",
                "text/csv",
                "name,address,phone,schedule,oxygen\n"
                "Henrietta Wills,12 Cobb Ln Eastgate,(630) 555-0131,MWF-1,no\n"
                "Osvaldo Prieto,77 Quarry Rd Apt 4 Eastgate,(630) 555-0132,TTS-2,yes\n"
                "Gloria Fenn,301 Sycamore Dr Eastgate,(630) 555-0133,MWF-2,no\n"
                "Wilbur Tate,9 Hollis Ct Eastgate,(630) 555-0134,TTS-1,no\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="emergency diet preparedness handout",
        notes="General three-day emergency diet guidance for all dialysis patients; no individual.",
        frm="Renal Dietitians <dietitians@riverbendkidney.com>",
        to="patient-education@riverbendkidney.com",
        subject="Storm season: 3-day emergency kidney diet (final text for printing)",
        body=(
            "Final text for the storm-season handout - please print 300 copies per centre.\n\n"
            "IF YOU CANNOT GET TO DIALYSIS\n1. Follow the 3-day emergency diet: about half your usual fluid, "
            "no salt substitutes, no fruit juices.\n2. Keep 3 days of low-potassium canned food at home.\n"
            "3. Call 1-800-555-0101 (Riverbend emergency line) to find an open centre.\n4. Do not take "
            "Kayexalate unless your doctor told you to.\n\n- The dietitian team"
        ),
    ),
    Spec(
        phi=True,
        category="ESA prior authorisation to Medicare Advantage plan",
        notes="Prior-auth request with member ID, name, DOB, hemoglobin trend and ESA dose.",
        frm="Pharmacy Benefits <pharmacy@riverbendkidney.com>",
        to="pa-requests@heartlandmedicareadvantage.com",
        subject="PA request - Mircera - member HMA-5528143-02",
        body=(
            "Prior authorisation request\n\nMember: Lorraine Atkinson\nMember ID: HMA-5528143-02\nDOB: "
            "11/30/1949\nDrug: methoxy polyethylene glycol-epoetin beta (Mircera) 120 mcg IV monthly\n"
            "Diagnosis: anemia in CKD (D63.1), ESRD on HD (N18.6)\nHgb: 8.9 (4/2), 9.1 (5/4), 9.0 (6/1); "
            "ferritin 612, TSAT 31%\n\nPrescriber: Erik Paulsen MD, NPI: 1919805782\n\nPlease fax "
            "determination to (312) 555-0149.\n\nRiverbend Pharmacy Services"
        ),
    ),
    Spec(
        phi=False,
        category="heparin vial shortage notice",
        notes="Hard negative: drug shortage and substitution notice to charge nurses; no patient.",
        frm="Pharmacy Services <pharmacy@riverbendkidney.com>",
        to="charge-nurses@riverbendkidney.com",
        subject="SHORTAGE: heparin 1,000 u/mL 10 mL vials",
        body=(
            "Charge nurses,\n\nOur wholesaler has heparin 1,000 units/mL 10 mL MDVs on allocation through at "
            "least July. Until further notice:\n- Use 5,000 u/mL vials for circuit priming per the attached "
            "dilution table (double check with a second nurse)\n- Catheter locks: switch to 4% citrate for "
            "all CVCs unless the order says otherwise\n- Do NOT borrow between centres without telling "
            "pharmacy\n\nThanks,\nDr. Ines Carvalho, PharmD"
        ),
    ),
    Spec(
        phi=True,
        category="scanned patient grievance forwarded to ESRD network",
        notes="Hard positive: OCR text of a grievance form (in a .txt attachment) names the patient, her centre and her catheter infection.",
        frm="Patient Services <patientservices@riverbendkidney.com>",
        to="grievances@esrdnetwork10.org",
        subject="Grievance 2026-014 - facility response",
        body=(
            "Network 10,\n\nThe patient asked that her grievance be shared with the Network. The scanned form "
            "(OCR text) and our response are attached. We met with her on 6/12 and changed her charge-nurse "
            "assignment.\n\nRegards,\nBrenda Collier, Patient Services Manager"
        ),
        atts=(
            Att(
                "grievance_2026-014_ocr.txt",
                "text/plain",
                "RIVERBEND KIDNEY CARE  PATIENT GRIEVANCE FORM\n"
                "Name: Yvonne  Delacroix        Centre: Eastgate   Shift: TTS 2nd\n"
                "Phone: (630) 555-0146\n"
                "Describe your concern:  On 6/6 the tech did not wear a mask when hooking\n"
                "up my chest catheter. Two weeks ago I had a catheter infection and was in\n"
                "the hospital 4 days on vancomycin. I am scared it will happen again.\n"
                "Signature: Y. Delacroix       Date: 06/08/2026\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT downtime notice about paper run sheets; no patient information.",
        frm="IT Service Desk <servicedesk@riverbendkidney.com>",
        to="allstaff@riverbendkidney.com",
        subject="Planned downtime Sunday 2:00-4:00 a.m.",
        body=(
            "The clinical system will be unavailable Sunday 2:00-4:00 a.m. for an upgrade. Early shifts at "
            "Cedar Falls start at 3:45 - use the paper run sheets in the blue binder and enter them after "
            "4:00. Machine data will sync automatically.\n\nIT Service Desk, ext. 4400"
        ),
    ),
    Spec(
        phi=True,
        category="dietitian phosphorus counselling to patient",
        notes="Named patient's phosphorus and PTH results with binder change, to her personal mailbox.",
        frm="Renee Albers RD <ralbers@riverbendkidney.com>",
        to="gwen.tarrant@aol.com",
        subject="Your June labs and the new binder",
        body=(
            "Hi Gwen,\n\nYour phosphorus was 7.8 this month (goal 3.5-5.5) and PTH 912. Dr. Siddiqui agreed to "
            "switch you from calcium acetate to sevelamer 1,600 mg with each meal - the pharmacy will have it "
            "Thursday. Remember: the binder only works if you take it WITH the food.\n\nThe big sources we "
            "talked about: cola, processed cheese and the frozen dinners. Let's look at a food diary next "
            "week.\n\nRenee\nRenal Dietitian, Millbrook"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract to university",
        notes="Hard negative: Safe Harbor de-identified treatment extract (random study IDs, years only, ages bucketed) for an approved study.",
        frm="Research Office <research@riverbendkidney.com>",
        to="ckd-outcomes-lab@midwestuniv.edu",
        subject="Extract #3 for protocol 2025-118 (de-identified)",
        body=(
            "Dr. Obi,\n\nExtract #3 is attached. Per the DUA it was de-identified under Safe Harbor: study IDs "
            "are random and not derived from MRNs, dates reduced to year, ages over 89 grouped, ZIP removed. "
            "Our privacy officer signed off on 6/11.\n\nBest,\nHannah Voss, Research Coordinator"
        ),
        atts=(
            Att(
                "p2025-118_extract3.csv",
                "text/csv",
                "study_id,age_group,sex,vintage_year,access,mean_ktv,mean_hgb,hospitalised\n"
                "S-8812,60-69,F,2021,AVF,1.52,10.8,0\n"
                "S-3390,70-79,M,2019,AVG,1.38,10.1,1\n"
                "S-6017,90+,F,2024,CVC,1.21,9.7,1\n"
                "S-2745,40-49,M,2025,AVF,1.61,11.2,0\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="care-plan meeting invite naming patient",
        notes="Hard positive: calendar invite whose title names the patient and the annual interdisciplinary dialysis care plan; the body says only 'Invitation attached'.",
        frm="Social Work Millbrook <sw.mb@riverbendkidney.com>",
        to="anwar.siddiqui@cascadenephro.com",
        cc="charlotte.hale.family@gmail.com",
        subject="Invitation: IDT care plan - R. Castellanos (annual)",
        body="Invitation attached.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Riverbend//Scheduler//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:idt-0623-castellanos@riverbendkidney.com\nDTSTAMP:20260615T140000Z\n"
            "DTSTART:20260623T190000Z\nDTEND:20260623T193000Z\n"
            "SUMMARY:IDT care plan - Rosa Castellanos (annual) - HD adequacy\\, dry weight\\, transplant status\n"
            "LOCATION:Millbrook conference room / phone bridge\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="QAPI committee meeting invite",
        notes="Routine quality committee calendar invite listing agenda topics only.",
        frm="Clinical Quality <quality@riverbendkidney.com>",
        to="qapi-committee@riverbendkidney.com",
        cc="epaulsen@cascadenephro.com",
        subject="Invitation: QAPI - June",
        body="Agenda: water/dialysate, infection control (NHSN), anemia, adequacy, vascular access, patient satisfaction.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Riverbend//Scheduler//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:qapi-2026-06@riverbendkidney.com\nDTSTAMP:20260615T140000Z\nDTSTART:20260618T213000Z\n"
            "DTEND:20260618T230000Z\nSUMMARY:QAPI committee - June\nLOCATION:Eastgate conference room\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR clinical batch with patient observations",
        notes="Hard positive: the body only mentions a correction file; the FHIR bundle names the patient with DOB and low Kt/V and hemoglobin.",
        frm="Clinical Data <clinicaldata@riverbendkidney.com>",
        to="submissions@kidneyoutcomesregistry.org",
        subject="June batch - Cedar Falls (1 patient correction)",
        body=(
            "Correction file for the June batch: one patient's May values were transposed. Bundle attached "
            "(application/fhir+json).\n\nClinical Data Team"
        ),
        atts=(Att("cf_correction_2026-06.json", "application/fhir+json", _FHIR_SUBMIT),),
    ),
    Spec(
        phi=False,
        category="BAA template sent to transport vendor",
        notes="Hard negative: business associate agreement text that lists PHI examples generically; no actual patient.",
        frm="Compliance <compliance@riverbendkidney.com>",
        to="contracts@swiftwheelstransit.com",
        subject="BAA for signature - patient transport",
        body=(
            "Hi Dana,\n\nBefore we can send you the daily ride lists we need the attached business associate "
            "agreement signed. Section 2 describes the PHI you will receive (patient names, home addresses, "
            "phone numbers, treatment days and times) and section 5 the 10-day breach notice.\n\nMarcus Feld"
        ),
        atts=(
            Att(
                "Riverbend_BAA_transport_2026.docx",
                DOCX,
                docx(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT",
                        "1. Parties: Riverbend Kidney Care (Covered Entity) and Swift Wheels Transit LLC (Business Associate).",
                        "2. Permitted uses: Business Associate may use patient names, addresses, telephone numbers and dialysis schedules solely to provide non-emergency transport.",
                        "3. Safeguards: encryption of PHI at rest and in transit; workforce training.",
                        "5. Breach notification: within 10 calendar days of discovery.",
                        "Signature: ______________________   Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient ride request to transport company",
        notes="Social worker forwards a patient's own e-mail about rides to dialysis to the transport vendor; name, address and schedule.",
        frm="Social Work Millbrook <sw.mb@riverbendkidney.com>",
        to="dispatch@swiftwheelstransit.com",
        subject="Fwd: rides please",
        body=(
            "Dana - new rider for you starting Monday, see his note below. Millbrook MWF, chair-on 6:00, "
            "pick-up by 5:30. He uses a walker, not a chair. Thanks! - Nadia"
        ),
        forward=Spec(
            phi=True,
            category="patient email",
            notes="nested",
            frm="Yusuf Adeyemi <yusuf.adeyemi1956@gmail.com>",
            to="sw.mb@riverbendkidney.com",
            subject="rides please",
            body=(
                "Ms Nadia my son's car broke down and I cannot get to dialysis Monday Wednesday Friday. "
                "I live at 2841 Marsh Hawk Dr, Millbrook. Can the van pick me up? Yusuf Adeyemi"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="press release with medical director bio",
        notes="Hard negative: press release naming a nephrologist, her specialty interests in polycystic kidney disease and her NPI; no patient.",
        frm="Communications <media@riverbendkidney.com>",
        to="newsdesk@millbrookgazette.com",
        subject="Press release: Riverbend opens home dialysis training suite",
        body=(
            "FOR IMMEDIATE RELEASE\n\nMILLBROOK, Ill. - Riverbend Kidney Care will open a four-room home "
            "dialysis training suite at its Millbrook centre on July 1, letting people with kidney failure "
            "learn peritoneal dialysis and home hemodialysis close to home.\n\nThe suite is led by medical "
            "director Anjali Rao, MD (NPI: 1016184560), a nephrologist whose research focuses on autosomal "
            'dominant polycystic kidney disease and tolvaptan therapy. "Most of our patients could dialyze at '
            'home," Dr. Rao said.\n\nRiverbend treats about 290 people across three centres.\n\nMedia: '
            "Jamie Ortiz, (312) 555-0190"
        ),
    ),
    Spec(
        phi=True,
        category="terse isolation note with MRN and hepatitis B status",
        notes="Hard positive: abbreviated note with initials, MRN and HBsAg-positive status for isolation.",
        frm="Infection Prevention <ip@riverbendkidney.com>",
        to="facility.admin.mb@riverbendkidney.com",
        cc="rkc-ip@stmarkscedarfalls.org",
        subject="iso rm needed Thurs",
        body=(
            "ch 7 2nd shift MB - J.M. (MRN RB-0048812) HBsAg + on 6/12 (neg 12/2025). needs iso room + "
            "dedicated machine from Thurs. pls notify St Marks IP since he was inpt there 5/30. -Ola"
        ),
    ),
    Spec(
        phi=False,
        category="thank-you note to caterer",
        notes="Staff appreciation lunch thank-you to a caterer; nothing clinical.",
        frm="Sandra Kim <skim@riverbendkidney.com>",
        to="bluebirdcatering.mk@gmail.com",
        subject="Thank you!",
        body=(
            "Hi Bluebird team,\n\nThank you for Friday's nurses' week lunch - the lemon orzo was a hit and the "
            "4 a.m. crew loved that you saved them plates. Invoice paid today.\n\nSandra\nEastgate Facility "
            "Administrator"
        ),
    ),
    Spec(
        phi=False,
        category="ICH CAHPS survey summary with anonymous comments",
        notes="Hard negative: aggregate patient-experience scores and anonymised comments without names or details identifying anyone.",
        frm="Patient Services <patientservices@riverbendkidney.com>",
        to="facility-admins@riverbendkidney.com",
        subject="Spring ICH CAHPS results",
        body=(
            "Hi all,\n\nSpring survey results (vendor report, 212 responses, 57% response rate):\n\n"
            "  Rating of nephrologist 9-10:        Millbrook 71%  Eastgate 64%  Cedar Falls 69%\n"
            "  Rating of dialysis staff 9-10:      78% / 73% / 81%\n  Would recommend:                     "
            '80% / 70% / 83%\n\nSelected anonymous comments:\n  "The 4 a.m. shift is too cold."\n  '
            '"The social worker helped me get my transplant paperwork done."\n\nBrenda Collier'
        ),
    ),
]
