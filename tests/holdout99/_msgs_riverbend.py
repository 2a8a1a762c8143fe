"""Riverbend Medical Center emergency department case management: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import RMC, SRH, Att, Spec

CM = f"ED Case Management <edcm@{RMC}>"
DANA = f'"Dana Okafor, RN CM" <dana.okafor@{RMC}>'
LUIS = f'"Luis Ferreira, MSW" <luis.ferreira@{RMC}>'
SIG = "\n\n--\nED Case Management | Riverbend Medical Center\n2200 Riverbend Pkwy, Tacoma WA | 253-555-0140"
DISC = "\n\nCONFIDENTIALITY: This message may contain confidential information intended only for the addressee."

HL7_ADT = (
    "MSH|^~\\&|RMC_EPIC|RIVERBEND|SRH_CM|STREETREACH|202603170412||ADT^A03|RMC55120|P|2.5.1\r"
    "EVN|A03|202603170410\r"
    "PID|1||RMC4471902^^^RMC^MR||HOLLOWAY^DESMOND^R||19680922|M|||NO FIXED ADDRESS^^TACOMA^WA^984||253-555-0163\r"
    "PV1|1|E|ED^B12^01||||1862570292^PATEL^ANJALI|||||||||||V88213004\r"
    "DG1|1||L97.412^Non-pressure chronic ulcer of right heel^I10\r"
    "DG1|2||E11.621^Type 2 diabetes mellitus with foot ulcer^I10\r"
)

FHIR_ENC = """{
  "resourceType": "Encounter",
  "id": "ed-vis-20260316-0093",
  "status": "finished",
  "class": {"code": "EMER"},
  "subject": {"reference": "Patient/RMC3390517", "display": "Marisol Quintero-Baines"},
  "period": {"start": "2026-03-16T02:14:00-07:00", "end": "2026-03-16T09:40:00-07:00"},
  "reasonCode": [{"text": "Alcohol withdrawal, mild; fall with scalp laceration"}],
  "hospitalization": {"dischargeDisposition": {"text": "Shelter with outreach follow-up"}}
}
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*RIVERBENDMC    *ZZ*WAAPPLEHEALTH  *260317*0915*^*00501*000004471*0*P*:~"
    "GS*HS*RIVERBENDMC*WAAPPLEHEALTH*20260317*0915*4471*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*CM4471*20260317*0915~"
    "HL*1**20*1~NM1*PR*2*APPLE HEALTH*****PI*WAMCD~"
    "HL*2*1*21*1~NM1*1P*2*RIVERBEND MEDICAL CENTER*****XX*1658120567~"
    "HL*3*2*22*0~TRN*1*CM4471*1658120567~NM1*IL*1*TRAN*KHANH****MI*201887346WA~DMG*D8*19590411*M~"
    "DTP*291*D8*20260317~EQ*30~SE*12*0001~GE*1*4471~IEA*1*000004471~"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Emergency Department Transition of Care Summary</title>
  <recordTarget><patientRole><id extension="RMC5028841" root="2.16.840.1.113883.3.9999"/>
    <patient><name><given>Oren</given><family>Whitlock</family></name><birthTime value="19540730"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>COPD exacerbation; cellulitis left lower leg; homelessness (Z59.02)</text></section></component>
    <component><section><title>Medications</title><text>Prednisone 40 mg daily x5 days; cephalexin 500 mg QID x7 days; tiotropium inhaler daily</text></section></component>
    <component><section><title>Plan</title><text>Medical respite bed for IV-free wound care, recheck leg in 48h</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="ED-to-respite referral with CCD",
        notes="Hard positive: identity and diagnoses sit only in the attached C-CDA; the body just says 'referral attached'.",
        frm=DANA,
        to="intake@havenhouserespite.org",
        subject="Respite referral - bed request for today",
        body="Hi Haven House intake,\n\nReferral attached, hoping for a bed by 3 pm. He can ambulate with a cane and manages his own inhaler. Call me if you need anything else."
        + SIG,
        atts=(Att("transition_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="ADT discharge feed to outreach partner",
        notes="Hard positive: HL7 A03 attached with MRN, name, DOB and diabetic foot ulcer; body is one line.",
        frm=CM,
        to=f"cm-inbox@{SRH}",
        subject="ADT A03 - shared client discharged",
        body="Auto-forward per data sharing agreement #DSA-2025-14.",
        atts=(Att("adt_a03_RMC55120.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR encounter to outreach team",
        notes="Hard positive: name and alcohol withdrawal only inside the FHIR Encounter resource.",
        frm=LUIS,
        to=f"nurse.team@{SRH}",
        subject="FYI overnight ED visit",
        body="Sending the encounter resource so your nurse can find her this afternoon. She left with a bus pass and the wound care handout.",
        atts=(Att("encounter.json", "application/fhir+json", FHIR_ENC),),
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility inquiry X12 270",
        notes="Hard positive: X12 270 with member name, Medicaid ID and DOB for an ED patient.",
        frm=f"Patient Access <patientaccess@{RMC}>",
        to="edi@waapplehealth-clearing.com",
        subject="270 batch 4471",
        body="Batch attached.",
        atts=(Att("270_4471.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="Frequent ED user care plan to primary clinic",
        notes="Named patient with 14 ED visits, chronic pain plan and opioid limits sent to her primary care clinic.",
        frm=DANA,
        to="care.coord@southsoundfamilyclinic.org",
        subject="Shared ED care plan - please review before Thursday huddle",
        body=(
            "Hi Renata,\n\nAttached is the updated ED care plan for Bethany Kowalczyk (DOB 02/14/1987, MRN RMC2093318). "
            "She has had 14 ED visits since October, mostly for abdominal pain with negative CT x3. "
            "Plan: no IV opioids in the ED, ondansetron ODT and acetaminophen, same-week PCP visit, and a "
            "warm handoff to your behavioral health consultant.\n\nCan you confirm Dr. Amsel is still her PCP?"
            + SIG
        ),
        atts=(
            Att(
                "ED_care_plan_Kowalczyk.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND MEDICAL CENTER - ED INDIVIDUALIZED CARE PLAN",
                        "Patient: Bethany Kowalczyk   MRN RMC2093318   DOB 02/14/1987",
                        "ED visits last 6 months: 14   Primary complaint: abdominal pain",
                        "Plan: no parenteral opioids; ondansetron 4 mg ODT; acetaminophen 1 g",
                        "Follow-up: South Sound Family Clinic within 7 days",
                    ],
                    "ED care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Voicemail callback to patient's sister",
        notes="Hard positive: first name plus relationship plus 'left AMA before his X-ray' and a cell number.",
        frm=LUIS,
        to="trina.mcallister77@yahoo.com",
        subject="returning your call",
        body="Trina - got your voicemail. Your brother Jonah did leave before we could finish his X-ray last night (he signed out AMA around 1am). If he turns up, please encourage him to come back or call me at 253-555-0147. The hand still needs looking at.\n\nLuis",
    ),
    Spec(
        phi=True,
        category="SNF placement referral packet",
        notes="Skilled nursing referral naming patient, hip fracture, Medicare MBI and cognition.",
        frm=DANA,
        to="admissions@cedarhollowrehab.com",
        subject="SNF referral - 81F s/p hip ORIF",
        body=(
            "Good morning,\n\nReferring Mrs. Edith Sandoval, 81, MBI: 5TQ2-RM8-FW63, admitted via ED 3/15 with a right "
            "intertrochanteric fracture, ORIF 3/16. Mild dementia (MoCA 19), lives alone, PT recommends SNF. "
            "Packet attached; she is medically ready 3/19." + SIG
        ),
        atts=(
            Att(
                "SNF_referral_Sandoval.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Medical Center - Post-acute referral",
                        "Name: Edith Sandoval   DOB: 06/03/1944   MBI 5TQ2RM8FW63",
                        "Dx: S72.141A right intertrochanteric fracture; F03.90 dementia",
                        "Weight bearing as tolerated; enoxaparin 40 mg daily x 28 days",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subject-only diagnosis to shelter",
        notes="Hard positive: the subject carries the client's initials plus scabies, and the body names him.",
        frm=LUIS,
        to="frontdesk@tacomamissionshelter.org",
        subject="R.D. - scabies tx done, ok to return tonight",
        body="Hi all, Ray finished the permethrin treatment here this morning. His clothes were bagged. He's good to come back to his bunk tonight.\n\nLuis",
    ),
    Spec(
        phi=True,
        category="Weekly high-utilizer roster to health plan",
        notes="Multi-sheet workbook of named members with ED visit counts sent to the plan's care management.",
        frm=CM,
        to="cm.referrals@cascadiacommunityplan.com",
        subject="Weekly HU roster wk 11",
        body="Attached per our care coordination agreement. Sheet 2 has this week's new adds.",
        atts=(
            Att(
                "HU_roster_wk11.xlsx",
                XLSX,
                xlsx(
                    {
                        "Roster": [
                            ["Member ID", "Name", "DOB", "ED visits 90d", "Top dx"],
                            [
                                "CCP80417723",
                                "Gerald Ashby",
                                "1971-05-19",
                                9,
                                "Alcohol use disorder",
                            ],
                            ["CCP80599012", "Nia Pettaway", "1990-11-02", 7, "Sickle cell crisis"],
                            ["CCP80210388", "Tomasz Wrobel", "1963-08-27", 11, "CHF"],
                        ],
                        "New this week": [
                            ["Member ID", "Name", "Reason"],
                            ["CCP80733145", "Alma Riggins", "Asthma x4 visits"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Employer return-to-work note with diagnosis",
        notes="Work note naming the employee and concussion sent to employer HR at patient request.",
        frm=DANA,
        to="hr@portsideloglogistics.com",
        subject="Work note - Samuel Otieno",
        body="Per Mr. Otieno's signed authorization, he was seen in our ED on 3/16 for a concussion after a fall from a loading dock. He should not operate forklifts until cleared by his primary care provider, expected in 7-10 days.\n\nRiverbend ED Case Management",
    ),
    Spec(
        phi=True,
        category="Transport vendor ride request",
        notes="Hard positive: ride booking with name, dialysis destination and pickup at the ED; dialysis schedule is health info.",
        frm=CM,
        to="dispatch@sounderride.com",
        subject="Ride request 3/18 0545",
        body="Pickup: Riverbend ED ambulance bay\nRider: Curtis Yellowhorse, wheelchair\nDrop: Pierce Dialysis Center, chair time 0630 (MWF)\nReturn: 1045\nAcct: RMC-TRN-2231",
    ),
    Spec(
        phi=True,
        category="Reply-forward chain with lab values",
        notes="Hard positive: forwarded outreach question quoted below; reply gives named client's lactate and blood alcohol.",
        frm=LUIS,
        to=f"k.moreno@{SRH}",
        subject="RE: did Frankie get admitted?",
        body="Not admitted - obs only. Lactate came down to 1.8 and BAL was 0.21 at arrival. Discharged 0800 to your van. He has a follow-up at the wound clinic Friday.\n\nL",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm=f"Kim Moreno <k.moreno@{SRH}>",
            to=f"luis.ferreira@{RMC}",
            subject="did Frankie get admitted?",
            body="Hey Luis, Frankie Delacroix (our guy from under the 15th St bridge) went in by ambulance last night. Did he get admitted? -Kim",
        ),
    ),
    Spec(
        phi=True,
        category="Photo of wound for outreach nurse",
        notes="Hard positive: PNG named after the patient plus wound description, sent to outreach nurse.",
        frm=DANA,
        to=f"nurse.team@{SRH}",
        subject="wound pic",
        body="Baseline photo before dressing change. Stage 3 sacral pressure injury, 4 x 3 cm.",
        atts=(Att("Abernathy_Lionel_sacrum_0317.png", "image/png", png(6, 6, (180, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="Guardian notification of ED visit",
        notes="Notice to a court-appointed guardian that the ward was seen for overdose.",
        frm=DANA,
        to="office@pugetguardianship.org",
        subject="Notification: your ward seen in ED",
        body="Dear Ms. Haldane,\n\nThis is to let you know that Peter Ruiz-Hanley, for whom you hold guardianship, was treated in our emergency department on March 17 for an accidental opioid overdose. He received naloxone and was observed for six hours. He was discharged with a naloxone kit to Haven House medical respite.\n\nPlease call to discuss follow-up."
        + SIG
        + DISC,
    ),
    Spec(
        phi=True,
        category="HTML appointment reminder to patient",
        notes="HTML-only reminder to patient's gmail naming her and her cardiology follow-up after chest pain.",
        frm=f"Riverbend Reminders <reminders@{RMC}>",
        to="jacquie.fontaine@gmail.com",
        subject="Your follow-up appointment",
        body="",
        html="<html><body><p>Hi Jacqueline Fontaine,</p><p>After your emergency visit for chest pain, we booked your <b>cardiology follow-up</b> (stress test) with Dr. Hsu on <b>Monday 3/23 at 9:15</b>.</p><p>Bring your medication list, including the new aspirin and atorvastatin.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Pharmacy meds-to-beds voucher",
        notes="Voucher to pharmacy naming patient and antibiotics paid from charity fund.",
        frm=LUIS,
        to="rx@tacomacommunitypharmacy.com",
        subject="Charity voucher #V-3318",
        body="Please fill on our charity account and bill RMC: Anthony Greer, DOB 09/30/1979 - amoxicillin-clavulanate 875 mg BID x10d, and a glucometer with strips. He has no coverage yet; Medicaid app pending.",
    ),
    Spec(
        phi=True,
        category="Police records request response",
        notes="Response to police naming patient and injuries under a valid subpoena; still PHI in the message.",
        frm=f"Release of Information <roi@{RMC}>",
        to="records@tacomapd-example.gov",
        subject="Response to subpoena 26-CR-0412",
        body="Attached are the records responsive to subpoena 26-CR-0412 for patient Darnell Vickers (MRN RMC3815502), ED visit 03/14/2026: facial fractures, nasal bone and left orbital floor, CT report and discharge instructions.",
        atts=(
            Att(
                "ROI_26-CR-0412.zip",
                "application/zip",
                zipped(
                    {
                        "CT_face_Vickers.txt": "CT MAXILLOFACIAL: Nondisplaced nasal bone fracture. Left orbital floor fracture without entrapment.",
                        "discharge_Vickers.txt": "Darnell Vickers - ice, sinus precautions, oral surgery clinic in 1 week.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse headerless table to colleague",
        notes="Hard positive: headerless tab list of names, bed numbers and diagnoses sent to a colleague's personal mailbox.",
        frm=DANA,
        to="danaokafor.home@outlook.com",
        subject="tomorrow list",
        body="B4  Vo, Minh    cellulitis / needs shelter\nB9  Ortega, Ines    SI - waiting psych\nH2  Grabowski    ETOH, placement\nB15 Lund, Carl   DKA resolved, insulin teaching",
    ),
    Spec(
        phi=True,
        category="Insurance authorization CSV",
        notes="CSV of pending authorizations naming patients, member IDs and procedures sent to payer portal inbox.",
        frm=CM,
        to="auth@cascadiacommunityplan.com",
        subject="Pending auths - observation stays",
        body="See attached; all three exceed 24h obs.",
        atts=(
            Att(
                "pending_auth_0317.csv",
                "text/csv",
                "member_id,name,dob,service,dx\nCCP80855201,Wendell Ames,1958-01-23,Observation 99220,I20.0 unstable angina\nCCP80316744,Rosa Delgado,1982-07-08,Observation 99220,O21.1 hyperemesis\nCCP80190273,Hugh Brandt,1949-12-11,Observation 99220,R55 syncope\n",
            ),
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Community resource list to shelters",
        notes="Generic list of warming centres and clinic hours; no individual.",
        frm=CM,
        to="coalition@piercehomelesscoalition.org",
        subject="Updated resource sheet - March",
        body="Hello partners,\n\nAttached is our updated one-page resource sheet we hand to ED patients leaving without housing: warming centres, free clinics, detox intake lines and bus routes."
        + SIG,
        atts=(
            Att(
                "RMC_resource_sheet_March.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND MEDICAL CENTER - ED COMMUNITY RESOURCES (MARCH 2026)",
                        "Warming centres: Eastside Community Center 7pm-7am",
                        "Detox intake: 253-555-0188 (24/7)",
                        "Free clinic: Hilltop Free Clinic Tue/Thu 5-8pm",
                    ],
                    "Resource sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate ED boarding metrics",
        notes="Hard negative: monthly counts of boarders, diagnoses and LOS by category; no individual.",
        frm=DANA,
        to="quality@riverbendmc.org",
        subject="Feb boarding + psych hold numbers",
        body="Feb totals: 212 boarders, median boarding 14.5h. Psych holds 61 (ITA evaluations 44). Top dx among boarders: sepsis 31, CHF 22, alcohol withdrawal 19. Homeless-identified visits 388 (11.2%).",
        atts=(
            Att(
                "boarding_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Value"],
                            ["Boarders", 212],
                            ["Median boarding h", 14.5],
                            ["Psych holds", 61],
                        ],
                        "By diagnosis": [
                            ["Dx group", "Count"],
                            ["Sepsis", 31],
                            ["CHF", 22],
                            ["Alcohol withdrawal", 19],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Case manager job posting",
        notes="Hard negative: job posting mentioning substance use, psychiatric holds and Medicaid; no patient.",
        frm=f"Talent Acquisition <careers@{RMC}>",
        to="jobs@washingtonnursingjobs.com",
        subject="Posting: RN Case Manager, Emergency Department (nights)",
        body="Riverbend Medical Center seeks an RN Case Manager for the ED night shift. Experience with substance use disorders, involuntary psychiatric holds, homelessness and Medicaid eligibility preferred. 0.9 FTE, $52-68/h. Apply by April 3.",
    ),
    Spec(
        phi=False,
        category="Clinician directory with specialties and NPIs",
        notes="Hard negative: on-call directory of physicians with specialties and NPIs; provider identifiers, not patients.",
        frm=CM,
        to="referrals@southsoundfamilyclinic.org",
        subject="ED on-call consultant list for April",
        body="April on-call consultants:\n\nDr. Anjali Patel, Emergency Medicine, NPI: 1862570292\nDr. Marcus Hsu, Cardiology, NPI: 1316624752\nDr. Yvette Nakamura, Psychiatry, NPI: 1803613979, DEA: FN4789535\n\nPage via operator 253-555-0100.",
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with sample fields",
        notes="Hard negative: training reminder listing example field names (MRN, DOB, diagnosis) with no values.",
        frm=f"Privacy Office <privacy@{RMC}>",
        to=f"ed-staff@{RMC}",
        subject="Reminder: annual privacy module due 3/31",
        body="Please complete the annual privacy module. New this year: a section on texting shelters. Never include MRN, DOB, diagnosis or the word 'patient' with a name in a text to a shelter phone. Use the secure portal instead.",
    ),
    Spec(
        phi=False,
        category="Test patient in EHR build",
        notes="Hard negative: EHR test message using declared fake patient ZZTEST with dummy MRN and diagnosis.",
        frm=f"Clinical Informatics <informatics@{RMC}>",
        to="support@carebridge-referrals.com",
        subject="TEST ONLY - referral interface validation",
        body="This is a TEST message for interface validation. Test patient ZZTEST, CASEMGMT (fictitious), MRN TEST000001, dx 'test diagnosis - ignore'. Please confirm receipt in your staging environment only.",
    ),
    Spec(
        phi=False,
        category="Staff flu outbreak notice",
        notes="Hard negative: notice that several ED staff have influenza, with no names.",
        frm=f"Employee Health <employeehealth@{RMC}>",
        to=f"ed-staff@{RMC}",
        subject="Influenza A among ED staff - masking reminder",
        body="Several ED team members tested positive for influenza A this week. Masks are required in all patient areas through 3/31. Free oseltamivir prophylaxis is available at Employee Health for unvaccinated staff.",
    ),
    Spec(
        phi=False,
        category="Vendor invoice query",
        notes="Question to taxi vendor about invoice totals; trip IDs only, no riders.",
        frm=f"Accounts Payable <ap@{RMC}>",
        to="billing@sounderride.com",
        subject="Invoice 22-0918 - duplicate line?",
        body="Hi, invoice 22-0918 shows trip IDs T-88123 and T-88124 at the same time and amount ($38.50). Could you check whether one is a duplicate? Thanks.",
    ),
    Spec(
        phi=False,
        category="Order number looks like SSN",
        notes="Hard negative: supply order confirmation whose PO number is formatted like an SSN.",
        frm=f"ED Supply <edsupply@{RMC}>",
        to="orders@northwestmedsupply.com",
        subject="PO 412-55-7093 - hygiene kits",
        body="Confirming PO 412-55-7093: 300 hygiene kits, 200 pairs of socks (XL), 150 rain ponchos for ED discharge bags. Ship to Dock C.",
    ),
    Spec(
        phi=False,
        category="Calendar invite for coalition meeting",
        notes="Meeting invite about high-utilizer program design; no patients discussed.",
        frm=DANA,
        to="coalition@piercehomelesscoalition.org",
        subject="Invite: ED-shelter workgroup",
        body="Agenda: discharge times, transport, bed availability dashboard.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RMC//CM//EN\r\nBEGIN:VEVENT\r\nUID:h99-rmc-workgroup-0324@riverbendmc.org\r\nDTSTAMP:20260317T160000Z\r\nDTSTART:20260324T200000Z\r\nDTEND:20260324T210000Z\r\nSUMMARY:ED-shelter workgroup\r\nLOCATION:RMC Conf Room 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Drug shortage notice",
        notes="Hard negative: notice about a lorazepam shortage and alternatives for withdrawal protocol; no patient.",
        frm=f"ED Pharmacy <edpharmacy@{RMC}>",
        to=f"ed-providers@{RMC}",
        subject="Shortage: lorazepam 2 mg/mL vials",
        body="Lorazepam injection is on allocation through April. For CIWA-guided alcohol withdrawal, use phenobarbital per the alternate protocol or oral chlordiazepoxide where appropriate.",
    ),
    Spec(
        phi=False,
        category="De-identified research extract",
        notes="Hard negative: de-identified CSV of ED visits with age bands and 3-digit ZIPs for a university study.",
        frm=DANA,
        to="research@uwtacoma-healthpolicy.edu",
        subject="De-identified extract per DUA 2026-03",
        body="Attached is the Safe Harbor de-identified extract (no dates beyond year, ZIP3 only, ages >89 grouped).",
        atts=(
            Att(
                "deid_extract.csv",
                "text/csv",
                "study_id,year,age_band,zip3,housing_status,dx_group,visits\nS0001,2025,40-49,984,unsheltered,skin/soft tissue,6\nS0002,2025,50-59,983,sheltered,alcohol related,11\nS0003,2025,90+,984,housed,fall,2\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Patient-experience newsletter",
        notes="HTML-only newsletter about ED improvements; no individual.",
        frm=f"Riverbend News <news@{RMC}>",
        to="subscribers@riverbendmc.org",
        subject="Riverbend News: new ED quiet room",
        body="",
        html="<html><body><h2>New quiet room opens in our ED</h2><p>Patients in mental health crisis now have a calmer space while they wait. Peer support specialists are on site 10am-10pm.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Bus pass budget to finance",
        notes="Budget figures for discharge bus passes; no patients.",
        frm=LUIS,
        to=f"finance@{RMC}",
        subject="Bus passes Q1",
        body="We handed out 418 ORCA day passes in Q1 ($2,090). Requesting same allocation for Q2.",
    ),
    Spec(
        phi=False,
        category="Policy doc draft with placeholders",
        notes="Hard negative: DOCX policy draft with template placeholders like [Patient Name] and [MRN].",
        frm=DANA,
        to=f"policy.committee@{RMC}",
        subject="Draft: Discharge to shelter policy v3",
        body="Draft attached for Thursday's committee.",
        atts=(
            Att(
                "Discharge_to_shelter_policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Policy CM-14: Discharge of patients experiencing homelessness",
                        "Template handoff: [Patient Name], [MRN], [Diagnosis], [Shelter], [Follow-up date]",
                        "No patient is discharged to the street between 2200 and 0600 without a documented plan.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forward of vendor marketing",
        notes="Forwarded vendor marketing for a bed-finder app; no patients.",
        frm=LUIS,
        to=f"dana.okafor@{RMC}",
        subject="FW: BedFinder demo?",
        body="Worth a look? Seems like what the coalition talked about.",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="sales@bedfinderapp.io",
            to=f"luis.ferreira@{RMC}",
            subject="See shelter and respite beds in real time",
            body="Hi Luis, BedFinder shows live shelter and respite bed counts across your county. Book a 20-minute demo!",
        ),
    ),
    Spec(
        phi=False,
        category="Grant report narrative",
        notes="Hard negative: grant report with program outcomes and an anonymized vignette ('a man in his fifties'), not identifiable.",
        frm=DANA,
        to="grants@cascadiahealthfoundation.org",
        subject="Q1 narrative - ED Navigator grant",
        body="In Q1 the navigator program enrolled 142 patients; 37% obtained Medicaid coverage and ED revisits fell 22%. One participant, a man in his fifties with diabetes, moved from the street into permanent supportive housing after 40 years of intermittent homelessness.",
    ),
    Spec(
        phi=False,
        category="Staff self-reminder to personal mailbox",
        notes="Staff member's personal logistics to own gmail; no health content.",
        frm=LUIS,
        to="luis.ferreira.pdx@gmail.com",
        subject="parking pass",
        body="Reminder to self: renew garage pass by Friday, form is on the intranet.",
    ),
    Spec(
        phi=False,
        category="Printer and fax IT ticket",
        notes="Hard negative: IT ticket with a fax number and SNF referrals in general; no patient.",
        frm=CM,
        to=f"servicedesk@{RMC}",
        subject="Fax line 253-555-0149 down",
        body="Our CM fax has been failing since Monday. We send SNF referrals through it daily, so please prioritise. Screenshot of the error attached.",
        atts=(Att("fax_error.png", "image/png", png(5, 3, (30, 30, 160))),),
    ),
]
