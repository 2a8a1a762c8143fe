"""Northgate Medical Center Patient Experience (complaints and grievances) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import NMC, Att, Spec

PX = f"Patient Experience Office <patientexperience@{NMC}>"
GR = f'"Tamsin Ortiz, Grievance Coordinator" <tortiz@{NMC}>'
SV = f"Survey Program <surveys@{NMC}>"
DIR = f"Colette Vance <cvance@{NMC}>"

FOOT = "\n\nNorthgate Medical Center | Patient Experience Office | 555-0160\nCONFIDENTIAL: this message may contain protected health information. If you received it in error, delete it and call us."

HL7 = (
    "MSH|^~\\&|PXTRACK|NORTHGATE|RISKMGMT|NORTHGATE|202603170915||ADT^A08|PX20260317001|P|2.5.1\r"
    "PID|1||NG2231874^^^NMC^MR||KOWALCZYK^DOROTA^A||19580412|F|||88 Linden Ct^^Frederick^MD^21702||555-0174\r"
    "PV1|1|I|3W^312^A||||1629440581^HALE^BENJAMIN|||MED||||||||V448812\r"
    "DG1|1||E11.65^Type 2 diabetes mellitus with hyperglycemia^I10\r"
)

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "ng-5512", "identifier": [{"system": "urn:nmc:mrn", "value": "NG5512093"}], "name": [{"family": "Abernathy", "given": ["Lucas"]}], "birthDate": "1990-07-19"}},
    {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "EMER"}, "subject": {"reference": "Patient/ng-5512"}, "period": {"start": "2026-03-08T22:14:00-05:00"}, "reasonCode": [{"text": "closed fracture of left wrist"}]}}
  ]
}
"""

FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "example-test-only",
  "meta": {"tag": [{"system": "urn:nmc:env", "code": "TEST", "display": "synthetic test patient"}]},
  "name": [{"family": "Testpatient", "given": ["Zzpx"]}],
  "identifier": [{"system": "urn:nmc:mrn", "value": "TEST000001"}]
}
"""

X12_835 = (
    "ISA*00*          *00*          *ZZ*SUMMITHEALTH   *ZZ*NORTHGATEMC    *260316*1102*^*00501*000004411*0*P*:~"
    "GS*HP*SUMMITHEALTH*NORTHGATEMC*20260316*1102*4411*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON************20260316~"
    "TRN*1*9920331*1430822713~N1*PR*SUMMIT HEALTH PLAN~N1*PE*NORTHGATE MEDICAL CENTER*XX*1726503844~"
    "CLP*NG-V440021*4*3120*0**MC*77201556~NM1*QC*1*PEMBERTON*GLORIA****MI*SHP448120377~"
    "SVC*HC:99285*3120*0**1~CAS*CO*197*3120~DTM*232*20260218~SE*12*0001~GE*1*4411~IEA*1*000004411~"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*NORTHGATEMC    *ZZ*SUMMITHEALTH   *260317*0915*^*00501*000007702*0*P*:~"
    "GS*HC*NORTHGATEMC*SUMMITHEALTH*20260317*0915*7702*X*005010X223A2~ST*837*0001*005010X223A2~"
    "NM1*85*2*NORTHGATE MEDICAL CENTER*****XX*1726503844~NM1*IL*1*PEMBERTON*GLORIA****MI*SHP448120377~"
    "DMG*D8*19610922*F~CLM*NG-V440021*3120***13:A:7*Y*A*Y*Y~HI*ABK:R07.9~SV2*0450*HC:99285*3120*UN*1~"
    "DTP*472*D8*20260218~SE*10*0001~GE*1*7702~IEA*1*000007702~"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Discharge Summary</title>
  <recordTarget><patientRole><id extension="NG3307461" root="2.16.840.1.113883.3.9921"/>
    <patient><name><given>Imogen</given><family>Sauer</family></name><birthTime value="19470203"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Hospital Course</title>
    <text>Admitted 03/03/2026 with community-acquired pneumonia. Fall on 03/05 during night shift, no fracture. Discharged 03/09 to home on amoxicillin-clavulanate.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Grievance acknowledgement letter to patient",
        notes="Acknowledgement to patient's gmail naming her 3 West stay, delayed insulin doses and high blood sugars.",
        frm=GR,
        to="dorota.kowalczyk58@gmail.com",
        subject="Your concern has been received - case PX-26-0412",
        body=(
            "Dear Ms. Kowalczyk,\n\nThank you for telling us about your stay on 3 West from March 9 to 12. We have opened grievance PX-26-0412 "
            "about the delays in your insulin doses and the blood sugar readings over 300 that you described. A written response will follow within "
            "7 business days.\n\nTamsin Ortiz" + FOOT
        ),
    ),
    Spec(
        phi=False,
        category="Grievance process description on website",
        notes="Hard negative: public description of the grievance process with the confidentiality footer but no individual.",
        frm=PX,
        to="webteam@northgatemc.org",
        subject="Updated text for 'Share a concern' page",
        body='Please replace the page text with: "You may file a concern by phone (555-0160), online, or in writing. We respond within 7 business days. You may also contact the Maryland Office of Health Care Quality."'
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Grievance detail with HL7 extract",
        notes="Hard positive: identity (MRN, DOB, address) lives only in the HL7 attachment with diabetes diagnosis; body is bland.",
        frm=GR,
        to="riskmanagement@northgatemc.org",
        subject="PX-26-0412 supporting data",
        body="ADT extract attached for the case review Thursday.",
        atts=(Att("px260412.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=False,
        category="Survey vendor monthly aggregate",
        notes="Hard negative: HCAHPS top-box scores by unit; aggregate only.",
        frm=SV,
        to="nursingleaders@northgatemc.org",
        subject="February HCAHPS by unit",
        body="Attached: top-box by unit and domain. 3 West nurse communication improved to 81%.",
        atts=(
            Att(
                "hcahps_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByUnit": [
                            ["Unit", "n", "Nurse comm", "Quiet at night"],
                            ["3 West", 64, "81%", "52%"],
                            ["4 East", 58, "77%", "61%"],
                            ["ICU", 19, "88%", "70%"],
                        ],
                        "Trend": [
                            ["Month", "Overall"],
                            ["Dec", "71%"],
                            ["Jan", "72%"],
                            ["Feb", "74%"],
                        ],
                        "Comments": [
                            ["Theme", "Count"],
                            ["Noise", 22],
                            ["Food", 17],
                            ["Discharge wait", 14],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Survey comment file with identifiers",
        notes="Survey verbatim comments with patient names and the care they describe, sent to a unit manager.",
        frm=SV,
        to="jmorrow@northgatemc.org",
        subject="4 East comments - names included per your request",
        body="Jen, comments with names attached. Please don't forward.",
        atts=(
            Att(
                "4e_comments.xlsx",
                XLSX,
                xlsx(
                    {
                        "Comments": [
                            ["Patient", "Discharge", "Comment"],
                            [
                                "Walter Grieve",
                                "2026-02-11",
                                "Nobody explained my new blood thinner (Eliquis).",
                            ],
                            [
                                "Anita Morales",
                                "2026-02-14",
                                "Chest tube removal was painful, nurse Kay was wonderful.",
                            ],
                        ],
                        "Scores": [
                            ["Patient", "Overall"],
                            ["Walter Grieve", 6],
                            ["Anita Morales", 9],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Survey comments de-identified",
        notes="Hard negative: verbatim survey comments stripped of names, dates and unit room numbers.",
        frm=SV,
        to="dietary@northgatemc.org",
        subject="Food comments Q1 (de-identified)",
        body=(
            'De-identified comments mentioning food, Q1:\n- "The low-sodium meals had no flavor at all."\n- "Breakfast arrived cold three days running."\n'
            '- "Loved the soup."\nNo patient identifiers included.'
        ),
    ),
    Spec(
        phi=True,
        category="Complaint response letter PDF",
        notes="Formal grievance resolution PDF to a patient's son with mother's name, fall and hip fracture.",
        frm=GR,
        to="m.haverford@protonmail.com",
        subject="Response to your concern (case PX-26-0388)",
        body="Mr. Haverford, please find our written response attached. I am available at 555-0160 if you wish to discuss it."
        + FOOT,
        atts=(
            Att(
                "PX-26-0388_response.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE MEDICAL CENTER - PATIENT EXPERIENCE",
                        "Re: Mrs. Ruth Haverford, DOB 06/14/1939",
                        "Our review found that the bed alarm was not activated on 2/27.",
                        "Mrs. Haverford fell and sustained a right hip fracture.",
                        "Corrective actions: alarm checks each shift.",
                    ],
                    "Grievance response",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grievance committee minutes template",
        notes="Hard negative: template with placeholder fields '[Patient Name]' and '[MRN]'.",
        frm=DIR,
        to="grievancecommittee@northgatemc.org",
        subject="New minutes template",
        body="Please use the attached template from April on.",
        atts=(
            Att(
                "minutes_template.docx",
                DOCX,
                docx(
                    [
                        "Grievance Committee Minutes",
                        "Case #: [PX-YY-NNNN]",
                        "Patient: [Patient Name]  MRN: [MRN]",
                        "Summary: [free text]",
                        "Determination: [substantiated / not]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Complaint forward to physician with diagnosis in subject",
        notes="Hard positive: only the subject carries diagnosis plus patient's surname; body is generic.",
        frm=GR,
        to="dr.hale@northgatemc.org",
        subject="Kowalczyk - DKA readmit complaint",
        body="Dr. Hale, could you give me 10 minutes this week on this one? Thanks, Tamsin",
    ),
    Spec(
        phi=False,
        category="Physician meeting request without patient",
        notes="Scheduling with physician about service recovery training; no patient.",
        frm=DIR,
        to="dr.hale@northgatemc.org",
        subject="Service recovery session for hospitalists",
        body="Ben, could the hospitalist group give us 20 minutes at the April 8 meeting for the HEART service-recovery refresher?",
    ),
    Spec(
        phi=True,
        category="Billing complaint to payer with 835",
        notes="Hard positive: X12 835 attached with patient name and member ID for denied ED claim; body names no one.",
        frm=GR,
        to="provider.relations@summithealthplan.com",
        subject="Escalation: denied ED claim, patient complaint",
        body="Our patient filed a grievance over this denial (CO-197). Remit attached. Can you reprocess under the prudent layperson standard?",
        atts=(Att("remit_4411.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="Corrected 837 for complaint resolution",
        notes="Corrected institutional claim with member ID, DOB and chest pain diagnosis sent to payer.",
        frm=GR,
        to="edi@summithealthplan.com",
        subject="Corrected claim NG-V440021",
        body="Corrected claim attached per our call. Billing provider NPI: 1726503844.",
        atts=(Att("ng_v440021.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=False,
        category="Payer ombudsman contact update",
        notes="Contact list update for payer ombudsmen; no patients.",
        frm=PX,
        to="patientfinancialservices@northgatemc.org",
        subject="Payer ombudsman contacts 2026",
        body="Summit Health Plan: 555-0111; Chesapeake Care: 555-0112; Medicare QIO (Livanta): 555-0113.",
    ),
    Spec(
        phi=True,
        category="FHIR bundle to quality review",
        notes="FHIR bundle with patient name, MRN, DOB and wrist fracture ED encounter to peer review.",
        frm=GR,
        to="peerreview@northgatemc.org",
        subject="PX-26-0430 encounter data",
        body="Patient alleges wrist fracture missed on first ED visit. Encounter bundle attached.",
        atts=(Att("px260430.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=False,
        category="FHIR test fixture to IT",
        notes="Hard negative: FHIR Patient resource explicitly tagged as synthetic test record for complaint-system integration.",
        frm=PX,
        to="integration@northgatemc.org",
        subject="Test patient for complaint tracker interface",
        body="Please use this synthetic test patient (TEST tag) for the interface testing in the non-production environment. It is not a real person.",
        atts=(Att("test_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=True,
        category="C-CDA to external reviewer",
        notes="C-CDA discharge summary with name, MRN, DOB, pneumonia and fall sent to external reviewer for grievance.",
        frm=GR,
        to="reviews@mdpeerconsult.com",
        subject="External review packet - case PX-26-0401",
        body="Per the BAA, attached is the discharge summary for the external fall review. Attending: Dr. Benjamin Hale, NPI: 1629440581.",
        atts=(Att("PX-26-0401_dc.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="External reviewer contract renewal",
        notes="Hard negative: contract and BAA renewal with reviewing firm; mentions PHI only as a topic.",
        frm=DIR,
        to="contracts@mdpeerconsult.com",
        subject="BAA renewal 2026-2028",
        body="Attached is the signed BAA renewal. Section 4 (safeguards for PHI) is unchanged; the term now runs to 3/31/2028.",
        atts=(
            Att(
                "BAA_renewal.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE MEDICAL CENTER",
                        "Business Associate Agreement - Renewal",
                        "Counterparty: MD Peer Consult LLC",
                        "Term: 4/1/2026 - 3/31/2028",
                    ],
                    "BAA renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient's daughter about discharge complaint",
        notes="Hard positive: first name plus relationship plus 'your mom's potassium' result in reply to a relative's personal mailbox.",
        frm=GR,
        to="kellyb.ramsey@yahoo.com",
        subject="Re: Mom's discharge",
        body=(
            "Hi Kelly,\n\nI spoke with the charge nurse. Your mom's potassium was 3.1 the morning she left, and the team "
            "should have held discharge until the repeat came back. I'm sorry. Dr. Lyle will call you tomorrow.\n\nTamsin"
        ),
    ),
    Spec(
        phi=False,
        category="Reply to visitor about parking complaint",
        notes="Hard negative: visitor complaint about parking, to personal email; visitor is not identified as a patient.",
        frm=PX,
        to="g.templeton77@gmail.com",
        subject="Re: Parking garage gate",
        body="Dear Mr. Templeton,\n\nThank you for letting us know the garage gate charged you twice on Sunday. Parking services has refunded $9.00 to your card.\n\nPatient Experience Office",
    ),
    Spec(
        phi=True,
        category="Language access complaint naming patient",
        notes="Complaint follow-up naming patient, interpreter failure during consent for colonoscopy.",
        frm=GR,
        to="languageservices@northgatemc.org",
        subject="Interpreter not provided - Mr. Nguyen Van Phuc",
        body="Mr. Nguyen Van Phuc (MRN NG4471029) signed his colonoscopy consent on 3/10 without a Vietnamese interpreter. His son has complained. Please review the call logs.",
    ),
    Spec(
        phi=False,
        category="Interpreter services usage report",
        notes="Aggregate interpreter minutes by language; no individuals.",
        frm=PX,
        to="languageservices@northgatemc.org",
        subject="Q1 interpreter usage",
        body="Spanish 41,220 min; Vietnamese 3,905; ASL 2,117; Mandarin 1,480. Video remote now 68% of sessions.",
    ),
    Spec(
        phi=True,
        category="Regulator response with complainant identity",
        notes="Response to state survey agency naming patient, restraint use and date.",
        frm=DIR,
        to="ohcq.complaints@maryland-health.gov",
        subject="Complaint MD00219442 - facility response",
        body="Facility response attached regarding patient Lamont Whitaker (DOB 11/02/1971) and the use of four-point restraints in the ED on 2/20/2026.",
        atts=(
            Att(
                "MD00219442_response.docx",
                DOCX,
                docx(
                    [
                        "Northgate Medical Center response to complaint MD00219442",
                        "Patient: Lamont Whitaker, DOB 11/02/1971",
                        "Restraints applied 2/20/2026 01:40 for acute agitation with alcohol withdrawal; removed 03:15.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Regulator annual grievance statistics",
        notes="Hard negative: annual grievance counts by category to regulator; aggregate.",
        frm=DIR,
        to="ohcq.reports@maryland-health.gov",
        subject="2025 grievance summary",
        body="Total grievances 412 (substantiated 139). Top categories: communication 31%, billing 18%, care delays 16%, discharge 11%. Median closure 6 days.",
    ),
    Spec(
        phi=True,
        category="Meeting invite with patient name and condition",
        notes="Hard positive: calendar invite for family care conference; patient name and 'ALS' appear only in the event summary.",
        frm=GR,
        to="palliative@northgatemc.org",
        subject="Family meeting",
        body="Invite for the family meeting requested by the daughter.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:px-fam-0319@northgatemc.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260319T190000Z\r\nDTEND:20260319T200000Z\r\nSUMMARY:Care conf - E. Brandt (ALS\\, vent decision) - rm 5S-22\r\nLOCATION:5 South family room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff huddle invite",
        notes="Calendar invite for patient experience staff huddle; no patient.",
        frm=DIR,
        to="px-team@northgatemc.org",
        subject="Weekly PX huddle",
        body="Standing huddle.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northgate//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:px-huddle@northgatemc.org\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260317T130000Z\r\nDTEND:20260317T133000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:PX huddle\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Forwarded patient complaint email",
        notes="Forward of patient's own complaint email describing her miscarriage care in the ED.",
        frm=GR,
        to="obchair@northgatemc.org",
        subject="Fw: complaint about my ED visit",
        body="Dr. Singh, forwarding for your review. Please handle with care.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Bianca Fortunato <bfortunato@icloud.com>",
            to=f"patientexperience@{NMC}",
            subject="complaint about my ED visit",
            body="I came to your ER on March 7 bleeding at 11 weeks and waited 5 hours in the lobby. I lost the pregnancy in your bathroom. Nobody came. Bianca Fortunato, 555-0139",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor newsletter",
        notes="Forward of a patient-experience vendor newsletter; no patients.",
        frm=DIR,
        to="px-team@northgatemc.org",
        subject="Fw: 5 ways to cut call-light response time",
        body="Worth a read before Tuesday.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Insights <news@carepulse-analytics.com>",
            to=f"cvance@{NMC}",
            subject="5 ways to cut call-light response time",
            body="Hourly rounding, pod-based call routing, and three more tactics from hospitals that moved their HCAHPS responsiveness score by 8 points.",
        ),
    ),
    Spec(
        phi=True,
        category="Open grievance CSV sent to personal mailbox",
        notes="HTML-only mail carrying a CSV of open grievances with patient names, MRNs and clinical issues to the coordinator's personal outlook mailbox.",
        frm=GR,
        to="tortiz.home@outlook.com",
        subject="open cases to work on from home",
        body="",
        html="<p>sending to myself to finish over the weekend</p>",
        atts=(
            Att(
                "open_cases.csv",
                "text/csv",
                "Case,Patient,MRN,Issue\nPX-26-0412,Dorota Kowalczyk,NG2231874,insulin delays\nPX-26-0419,Hiram Stokes,NG3390012,lost dentures after surgery\nPX-26-0425,Ana Leite,NG1188740,pain meds refused post C-section\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML survey invitation",
        notes="Hard negative: HTML-only generic survey invitation template with merge fields, no real patient.",
        frm=SV,
        to="surveyvendor-templates@carepulse-analytics.com",
        subject="Template approval: post-discharge invite",
        body="",
        html="<html><body><p>Dear {{FirstName}},</p><p>Thank you for choosing Northgate Medical Center. Please tell us about your recent visit.</p><p><a href='{{SurveyLink}}'>Take the survey</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML apology letter to patient",
        notes="HTML-only service recovery letter to patient describing the wrong-side nerve block before his knee replacement.",
        frm=DIR,
        to="ray.calloway@comcast.net",
        subject="Our apology",
        body="",
        html="<html><body><p>Dear Mr. Calloway,</p><p>I am writing to apologize personally that on March 4 the nerve block for your left knee replacement was started on the right side before the error was caught. We have waived the anesthesia charge.</p><p>Colette Vance, Director, Patient Experience</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Job posting patient advocate",
        notes="Hard negative: job posting mentioning HIPAA, grievances and clinical terms; no patient.",
        frm=DIR,
        to="postings@healthcarejobsmd.com",
        subject="Posting: Patient Advocate II",
        body="Northgate seeks a Patient Advocate II. Duties: investigate grievances involving clinical care (falls, medication errors, pressure injuries), coordinate with Risk, maintain HIPAA confidentiality. BSN or 3 yrs experience. Salary $62-74K.",
    ),
    Spec(
        phi=False,
        category="Room photo for facilities complaint",
        notes="Photo of a broken window latch in an empty room for facilities; no patient.",
        frm=PX,
        to="facilities@northgatemc.org",
        subject="Broken window latch 4E-410 (room empty)",
        body="Room is empty and blocked. Photo attached.",
        atts=(Att("latch_4e410.png", "image/png", png(6, 6, (90, 90, 90))),),
    ),
    Spec(
        phi=True,
        category="Lost belongings complaint with patient details",
        notes="Security request naming patient, ICU stay and lost hearing aids with device serial.",
        frm=PX,
        to="security@northgatemc.org",
        subject="Lost hearing aids - ICU patient",
        body="Patient Hiram Stokes (ICU bed 7, admitted 3/2 after his aortic valve surgery) reports missing Oticon hearing aids, serial OT-88214-L/R. Please check lost and found.",
    ),
    Spec(
        phi=False,
        category="Policy document with example identifiers",
        notes="Hard negative: grievance policy text attachment with example SSN-shaped case numbers and explicit fictitious example.",
        frm=DIR,
        to="policycommittee@northgatemc.org",
        subject="Policy PX-101 rev. 7",
        body="Redline attached as text.",
        atts=(
            Att(
                "PX-101_rev7.txt",
                "text/plain",
                "PX-101 Patient Grievances\n4.2 Case numbers use the pattern 226-04-1180 (year-month-sequence) in the legacy tracker.\n4.3 Example (fictitious): 'Patient John Sample complained about wait times.'\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Terse note to unit manager",
        notes="Hard positive: terse abbreviation-heavy note with room, patient's initial and surname, and a chest-tube removal pain event.",
        frm=GR,
        to="jmorrow@northgatemc.org",
        subject="4E-418",
        body="Jen - 4E-418 (A. Morales) fam upset re CT removal pain, no premed. PRN dilaudid not given x2. Pls call dtr today.",
    ),
    Spec(
        phi=False,
        category="Blank intake forms zip for volunteers",
        notes="Hard negative: zip of blank intake forms and scripts; no patient data.",
        frm=PX,
        to="px-volunteers@northgatemc.org",
        subject="Intake forms for lobby rounding",
        body="Blank forms and scripts zipped.",
        atts=(
            Att(
                "intake_forms.zip",
                "application/zip",
                zipped(
                    {
                        "intake_blank.txt": "Name: ____  Room: ____  Concern: ____",
                        "script.txt": "Hello, I'm a patient experience volunteer. How has your stay been?",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lawyer request for complaint file",
        notes="Response to attorney enclosing a named patient's complaint file and surgery details.",
        frm=DIR,
        to="records@shawandpike-law.com",
        subject="Re: Records request - Raymond Calloway",
        body="Per the signed authorization, enclosed is the grievance file for Raymond Calloway (DOB 08/30/1955) regarding his 3/4/2026 knee arthroplasty.",
        atts=(
            Att(
                "calloway_file.zip",
                "application/zip",
                zipped(
                    {
                        "letter.txt": "Wrong-side nerve block, 3/4/2026, caught before incision.",
                        "timeline.csv": "time,event\n07:12,block started right\n07:15,time out stopped\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Compliment to staff naming patient and transplant",
        notes="Internal compliment routing that names the patient and his kidney transplant stay.",
        frm=PX,
        to="kpeters@northgatemc.org",
        cc="tlowry@northgatemc.org",
        subject="You were mentioned!",
        body="Kay, Desmond Achebe wrote in after his discharge from the transplant unit (kidney transplant, 3/2-3/9) to say you were 'the kindest nurse I've ever met'. Your manager is copied. Keep it up!",
    ),
]
